"""
The cohort report across all assignments: where each trainee is, and where the class is stuck.

An instructor reads it after grading (``farshlab report``; ``reports/cohort.html`` and
``reports/cohort.csv`` in the course folder), in the course's language:

- **progress**: each trainee's points in every assignment, module by module (blank: not handed in);
- **questions**: each question's success rate (trainees with all its points, of those graded) under
  its title, hardest first within an assignment;
- **where the class is stuck**: the checks that failed for most trainees — the same check is the
  same line of the same test cell (the line the grader recorded, ``FAILED_LINE_KEY``), shown with
  one trainee's message; a question left unanswered (``NotImplementedError``) is not counted;
- **late and flagged work**: hand-ins after the due date (from the gradebook) and the review flags
  ``farshlab grade`` raised (``reports/<assignment>/grades.csv``).

Scores come from the gradebook, so an instructor's manual grades in Formgrader count. The report
is for the instructor: its messages come from the autograded notebooks, hidden checks included;
never give it to trainees.

Classes
-------
Result
    One trainee's result in one assignment.
QuestionRate
    One question's success rate.
StuckCheck
    One check and the trainees it stopped.
CohortReport
    Everything the report shows.

Functions
---------
cohort_page
    Where a course keeps its cohort report.
cohort_report
    Read a course folder's gradebook, reports and autograded notebooks.
write_cohort_report
    Write ``cohort.html`` and ``cohort.csv``.
"""

from __future__ import annotations

import csv
import html
import warnings
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from farshlab.course.context import CourseContext
from farshlab.course.notebooks import FAILED_LINE_KEY
from farshlab.course.project import ProjectError
from farshlab.course.questions import question_key, question_titles
from farshlab.course.scores import submission_scores
from farshlab.locale import RIGHT_TO_LEFT, localise_digits, message
from farshlab.locale.style import stylesheet

__all__ = [
    "PAGE_NAME", "CohortReport", "QuestionRate", "Result", "StuckCheck", "cohort_page", "cohort_report",
    "write_cohort_report",
]  # fmt: skip

#: The columns of ``cohort.csv``: one row per trainee and assignment.
CSV_FIELDS = ("student_id", "assignment", "score", "max_score", "percent", "handed_in", "late_hours", "flags")


@dataclass
class Result:
    """One trainee's result in one assignment (``handed_in`` False: no submission)."""

    student_id: str
    assignment: str
    score: float = 0.0
    max_score: float = 0.0
    handed_in: bool = False
    late_hours: float = 0.0
    flags: list[str] = field(default_factory=list)

    @property
    def percent(self) -> float:
        """Points as a percentage of the assignment's (0 when it has none)."""
        return 100 * self.score / self.max_score if self.max_score else 0.0


@dataclass
class QuestionRate:
    """One question: trainees with all its points, of those graded (``waiting``: answers not read yet)."""

    assignment: str
    key: str
    title: str
    full: int = 0
    graded: int = 0
    waiting: int = 0

    @property
    def rate(self) -> float:
        """Share of graded trainees with all its points, 0–1."""
        return self.full / self.graded if self.graded else 0.0


@dataclass
class StuckCheck:
    """One check (a line of a test cell) and the trainees it stopped."""

    assignment: str
    key: str
    title: str
    line: int
    message: str
    students: list[str] = field(default_factory=list)


@dataclass
class CohortReport:
    """The cohort's results: assignments in order (id → title), trainees, results, questions, checks."""

    course_dir: Path
    assignments: dict[str, str]
    students: list[str]
    results: dict[tuple[str, str], Result]
    questions: list[QuestionRate]
    stuck: list[StuckCheck]

    @property
    def late(self) -> list[Result]:
        """Work handed in after its due date."""
        return [r for r in self.results.values() if r.handed_in and r.late_hours > 0]

    @property
    def flagged(self) -> list[Result]:
        """Work with review flags."""
        return [r for r in self.results.values() if r.flags]


def _title(notebook: Path) -> str:
    """The first ``# `` heading of an assignment notebook (its title in the course's language)."""
    nb = nbformat.read(notebook, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return notebook.stem


def _flags(reports: Path, assignment: str) -> dict[str, list[str]]:
    path = reports / assignment / "grades.csv"
    if not path.is_file():
        return {}
    with path.open(newline="", encoding="utf-8") as handle:
        return {
            row["student_id"]: [f for f in row.get("flags", "").split(";") if f]
            for row in csv.DictReader(handle)
        }


def _first_line(text: str) -> str:
    return (text or "").strip().splitlines()[0] if (text or "").strip() else ""


def cohort_report(course_dir: Path | str) -> CohortReport:
    """
    Read a graded course: its gradebook, ``reports/`` and ``autograded/`` notebooks.

    Parameters
    ----------
    course_dir : pathlib.Path or str
        A course folder made by ``farshlab build`` (with ``farshlab grade`` run on some of it).

    Returns
    -------
    CohortReport

    Raises
    ------
    ProjectError
        When the folder is not a course, or its gradebook has no assignment.
    """
    context = CourseContext.load(course_dir)
    results: dict[tuple[str, str], Result] = {}
    rates: dict[tuple[str, str], QuestionRate] = {}
    stuck: dict[tuple[str, str, int], StuckCheck] = {}
    assignments: dict[str, str] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # nbgrader's gradebook warns (SAWarning) about its own session
        with context.gradebook() as gradebook:
            names = sorted(a.name for a in gradebook.assignments)
            students = sorted(s.id for s in gradebook.students)
            if not names:
                raise ProjectError(message("grading.cohort.no_assignment", course=context.course_dir))
            for name in names:
                notebooks = sorted((context.release / name).glob("*.ipynb"))
                assignments[name] = _title(notebooks[0]) if notebooks else name
                titles = {}
                for notebook in notebooks:
                    titles.update(question_titles(nbformat.read(notebook, as_version=4)))
                flags = _flags(context.reports, name)
                scores = submission_scores(gradebook, name)
                for student in students:
                    result = Result(student, name, flags=flags.get(student, []))
                    results[(student, name)] = result
                    submission = scores.get(student)
                    if submission is None:
                        continue
                    result.handed_in = True
                    result.score, result.max_score = submission.score, submission.max_score
                    result.late_hours = submission.seconds_late / 3600
                    points: dict[str, list] = defaultdict(lambda: [0.0, 0.0, False])
                    for grade in submission.grades:
                        key = question_key(grade.name)
                        if key is not None:
                            points[key][0] += grade.score
                            points[key][1] += grade.max_score
                            points[key][2] = points[key][2] or grade.needs_manual_grade
                    for key, (score, most, waiting) in points.items():
                        rate = rates.setdefault((name, key), QuestionRate(name, key, titles.get(key, "")))
                        if waiting:  # a written answer not read yet: neither a success nor a failure
                            rate.waiting += 1
                            continue
                        rate.graded += 1
                        rate.full += most > 0 and score >= most
                    for path in sorted((context.autograded / student / name).glob("*.ipynb")):
                        # written by the grader from a notebook it validated: read, not validated again
                        text = path.read_text(encoding="utf-8")
                        for cell in nbformat.convert(nbformat.reader.reads(text), 4).cells:
                            line = cell.get("metadata", {}).get(FAILED_LINE_KEY)
                            key = question_key(
                                cell.get("metadata", {}).get("nbgrader", {}).get("grade_id", "")
                            )
                            if type(line) is not int or key is None:
                                continue
                            error = next(
                                (o for o in cell.get("outputs", []) if o.output_type == "error"), None
                            )
                            if error is not None and error.ename == "NotImplementedError":
                                continue  # not answered (the answer cell as released): not stuck
                            text = f"{error.ename}: {_first_line(error.evalue)}" if error else ""
                            check = stuck.setdefault(
                                (name, key, line), StuckCheck(name, key, titles.get(key, ""), line, text)
                            )
                            check.students.append(student)
    questions = sorted(rates.values(), key=lambda r: (names.index(r.assignment), r.rate, r.key))
    checks = sorted(
        stuck.values(), key=lambda c: (-len(c.students), names.index(c.assignment), c.key, c.line)
    )
    return CohortReport(context.course_dir, assignments, students, results, questions, checks)


def _number(value: float, lang: str) -> str:
    return localise_digits(f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}", lang)


#: The cohort report's file name (in the course's ``reports/`` unless written elsewhere).
PAGE_NAME = "cohort.html"


def cohort_page(course_dir: Path | str) -> Path:
    """
    Where a course keeps its cohort report (``reports/cohort.html``; ``cohort.csv`` beside it).

    Examples
    --------
    >>> cohort_page("/home/instructor/course")
    PosixPath('/home/instructor/course/reports/cohort.html')
    """
    return Path(course_dir) / "reports" / PAGE_NAME


def write_cohort_report(
    report: CohortReport, lang: str = "en", folder: Path | None = None
) -> dict[str, Path]:
    """
    Write ``cohort.html`` (the report, in ``lang``) and ``cohort.csv`` (the centre's records).

    Parameters
    ----------
    report : CohortReport
    lang : str
        The page's language (``"en"``, ``"fa"``): words, digits and direction.
    folder : pathlib.Path, optional
        Where to write (default: the course's ``reports/``).

    Returns
    -------
    dict of str to pathlib.Path
        ``"cohort.html"`` and ``"cohort.csv"``.
    """
    folder = Path(folder) if folder is not None else cohort_page(report.course_dir).parent
    folder.mkdir(parents=True, exist_ok=True)

    def say(key: str, **fields) -> str:
        return html.escape(message(f"grading.cohort.{key}", lang, **fields))

    def num(value: float) -> str:
        return _number(value, lang)

    head = "".join(
        f"<th>{html.escape(a)}<br><small>{html.escape(t)}</small></th>" for a, t in report.assignments.items()
    )
    progress = []
    for student in report.students:
        cells = []
        for assignment in report.assignments:
            result = report.results[(student, assignment)]
            if not result.handed_in:
                cells.append(f"<td class='missing'>{say('not_handed_in')}</td>")
                continue
            band = "good" if result.percent >= 80 else ("fair" if result.percent >= 50 else "low")
            marks = (" ⚑" if result.flags else "") + (" ◷" if result.late_hours > 0 else "")
            cells.append(f"<td class='{band}'>{num(result.score)} / {num(result.max_score)}{marks}</td>")
        progress.append(f"<tr><th>{html.escape(student)}</th>{''.join(cells)}</tr>")
    percent = "٪" if lang in RIGHT_TO_LEFT else "%"
    questions = "".join(
        f"<tr><td>{html.escape(q.assignment)}</td><td>{say('question', number=localise_digits(q.key, lang))} "
        f"{html.escape(q.title)}</td><td class='rate'>"
        f"<span class='bar' style='width:{100 * q.rate:.0f}%'></span>"
        f"{num(100 * q.rate)}{percent}</td><td>{num(q.full)} / {num(q.graded)}"
        + (f" <small>{say('waiting', count=num(q.waiting))}</small>" if q.waiting else "")
        + "</td></tr>"
        for q in report.questions
    )
    stuck = "".join(
        f"<tr><td>{num(len(c.students))}</td><td>{html.escape(c.assignment)} "
        f"{say('question', number=localise_digits(c.key, lang))} {html.escape(c.title)}</td>"
        f"<td>{say('line', line=num(c.line))}</td><td class='message'>{html.escape(c.message)}</td>"
        f"<td>{html.escape(', '.join(c.students))}</td></tr>"
        for c in report.stuck[:20]
    )
    late = "".join(
        f"<tr><td>{html.escape(r.student_id)}</td><td>{html.escape(r.assignment)}</td>"
        f"<td>{say('hours_late', hours=num(r.late_hours))}</td></tr>"
        for r in report.late
    )
    flagged = "".join(
        f"<tr><td>{html.escape(r.student_id)}</td><td>{html.escape(r.assignment)}</td>"
        f"<td>{html.escape(', '.join(r.flags))}</td></tr>"
        for r in report.flagged
    )
    right_to_left = lang in RIGHT_TO_LEFT
    style = (
        "body{font-family:sans-serif;max-width:75em;margin:auto;padding:1em}"
        "table{border-collapse:collapse;margin-bottom:1.5em}td,th{border:1px solid #ccc;padding:3px 7px;"
        "vertical-align:top;text-align:start}td.good{background:#dff0d8}td.fair{background:#fcf8e3}"
        "td.low{background:#f2dede}td.missing{color:#888}td.rate{min-width:10em;position:relative}"
        "span.bar{position:absolute;inset-block:3px;inset-inline-start:0;background:#1f5f8b33}"
        "td.message{unicode-bidi:plaintext}"
    )
    direction = "rtl" if right_to_left else "ltr"
    intro = say("intro", trainees=num(len(report.students)), assignments=num(len(report.assignments)))
    page = (
        f"<!DOCTYPE html><html lang='{lang}' dir='{direction}'><head><meta charset='utf-8'>"
        f"<title>{say('title')}</title><style>{stylesheet() if right_to_left else ''}{style}</style>"
        f"</head><body><h1>{say('title')}</h1><p>{intro}</p>"
        f"<h2>{say('progress')}</h2><table><tr><th>{say('trainee')}</th>{head}</tr>{''.join(progress)}</table>"
        f"<p><small>{say('legend')}</small></p>"
        f"<h2>{say('questions')}</h2><table><tr><th>{say('assignment')}</th><th>{say('question_heading')}</th>"
        f"<th>{say('success')}</th><th>{say('trainees')}</th></tr>{questions}</table>"
        f"<h2>{say('stuck')}</h2>"
        + (
            f"<table><tr><th>{say('trainees')}</th><th>{say('question_heading')}</th><th>{say('check')}</th>"
            f"<th>{say('message')}</th><th>{say('who')}</th></tr>{stuck}</table>"
            if stuck
            else f"<p>{say('nobody_stuck')}</p>"
        )
        + f"<h2>{say('late')}</h2>"
        + (f"<table>{late}</table>" if late else f"<p>{say('none_late')}</p>")
        + f"<h2>{say('flagged')}</h2>"
        + (f"<table>{flagged}</table>" if flagged else f"<p>{say('none_flagged')}</p>")
        + f"<p><small>{say('for_instructors')}</small></p></body></html>"
    )
    html_path = folder / PAGE_NAME
    html_path.write_text(page, encoding="utf-8")
    csv_path = folder / "cohort.csv"
    with csv_path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_FIELDS)
        for (student, assignment), r in sorted(report.results.items()):
            writer.writerow(
                [student, assignment, f"{r.score:g}", f"{r.max_score:g}", f"{r.percent:.1f}",
                 "true" if r.handed_in else "false", f"{r.late_hours:.2f}", ";".join(r.flags)]
            )  # fmt: skip
    return {"cohort.html": html_path, "cohort.csv": csv_path}
