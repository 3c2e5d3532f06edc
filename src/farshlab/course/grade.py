"""
``farshlab grade``: import a cohort's submissions, autograde them in parallel sandboxed kernels,
write feedback, ``reports/<assignment>/grades.csv`` and ``report.html``.

This module is the façade of the grading engine: :func:`grade_assignment` imports
(:mod:`farshlab.course.collect`), runs the batch (:mod:`farshlab.course.engine`: N workers,
fresh kernels in a bubblewrap sandbox from :mod:`farshlab.course.sandbox` and
:mod:`farshlab.course.execute`, one writer to nbgrader's gradebook, a resumable journal),
collects flags for review (:mod:`farshlab.course.tamper`) and writes the reports
(:mod:`farshlab.course.report`). Scores are nbgrader's own: its preprocessors and gradebook.

A broken submission never stops the batch: it is recorded with its reason and flags. Submissions
are copied into the course folder; the trainee's files are only read (hashed before and after),
and never through a link: a linked file or folder, a pipe or a device is refused at import and
when the batch reads ``submitted/``, and flagged ``symlink_refused``. Every gradebook opening
uses the course's one :class:`farshlab.course.context.CourseContext`.

Functions
---------
import_submissions
    Copy a cohort into ``submitted/<student>/<assignment>/`` (from :mod:`farshlab.course.collect`).
grade_assignment
    Autograde, generate feedback and write ``grades.csv`` and ``report.html``.
format_table
    The grade table printed by the command.

Classes
-------
GradeRow, GradeReport
    One trainee's result; the whole batch.
Limits
    Time budget and resource limits (from :mod:`farshlab.course.sandbox`).
"""

from __future__ import annotations

import csv
import hashlib
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from nbgrader.api import Gradebook
from sqlalchemy.exc import SAWarning

from farshlab.course.collect import (
    NotRegularFile,
    _released_notebooks,
    collect_cohort,
    import_submissions,
    open_regular,
    refused_files,
    regular_files,
)
from farshlab.course.context import CourseContext
from farshlab.course.nbgrader_setup import prepare_environment
from farshlab.course.project import ProjectError
from farshlab.course.report import prepare_plotting, write_html_report
from farshlab.course.sandbox import Limits, sandbox_mode
from farshlab.course.scores import submission_scores
from farshlab.course.tamper import Flag

__all__ = ["GradeReport", "GradeRow", "Limits", "format_table", "grade_assignment", "import_submissions"]

CSV_FIELDS = [
    "student_id",
    "score",
    "max_score",
    "flags",
    "auto_score",
    "auto_max",
    "needs_manual_grade",
    "status",
    "feedback",
    "seconds",
]


@dataclass
class GradeRow:
    """
    One trainee's result for one assignment.

    Attributes
    ----------
    student_id : str
    score, max_score : float
        Points so far (autograded plus any manual grades) out of all points.
    auto_score, auto_max : float
        Points from autograded test cells alone.
    needs_manual_grade : bool
        True while a written answer waits for the instructor.
    status : str
        ``"graded"``, or why the submission could not be graded.
    feedback : str
        Path of the feedback HTML folder, relative to the course folder.
    cells : dict
        Score of every graded cell by ``grade_id``.
    flags : list of Flag
        Flags for human review (see :mod:`farshlab.course.tamper`): code and detail.
    seconds : float
        Time the submission took to grade (s).
    """

    student_id: str
    score: float = 0.0
    max_score: float = 0.0
    auto_score: float = 0.0
    auto_max: float = 0.0
    needs_manual_grade: bool = False
    status: str = "graded"
    feedback: str = ""
    cells: dict[str, float] = field(default_factory=dict)
    flags: list[Flag] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def flag_codes(self) -> list[str]:
        """The flags' codes, in order (one per flag)."""
        return [flag.code for flag in self.flags]

    @property
    def flag_details(self) -> list[str]:
        """One sentence per flag: ``"code: detail"``."""
        return [f"{flag.code}: {flag.detail}" if flag.detail else flag.code for flag in self.flags]


@dataclass
class GradeReport:
    """The result of grading one assignment: rows by trainee, and where files were written."""

    assignment_id: str
    course_dir: Path
    rows: list[GradeRow]
    csv_path: Path
    skipped: list[str] = field(default_factory=list)
    html_path: Path | None = None
    sandbox: str = ""

    @property
    def feedback_dir(self) -> Path:
        """``feedback/``: one HTML folder per trainee and assignment."""
        return self.course_dir / "feedback"


def _submitted_students(context: CourseContext, assignment_id: str) -> list[str]:
    """Trainees with ``submitted/<student>/<assignment>/``; a linked student folder counts (refused)."""
    if not context.submitted.is_dir():
        return []
    return sorted(
        p.name
        for p in context.submitted.iterdir()
        if p.is_symlink() or (p / assignment_id).is_symlink() or (p / assignment_id).is_dir()
    )


def _last_line(text: str | None) -> str:
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    return lines[-1] if lines else "nbgrader gave no reason"


def _rows(gradebook: Gradebook, assignment_id: str, max_score: float) -> dict[str, tuple[GradeRow, float]]:
    """Every graded trainee's row of one assignment and its seconds late (two queries)."""
    rows = {}
    for student, found in submission_scores(gradebook, assignment_id).items():
        row = GradeRow(student, max_score=max_score)
        row.score, row.max_score = found.score, found.max_score
        row.needs_manual_grade = found.needs_manual_grade
        row.cells = {grade.name: grade.score for grade in found.grades}
        tests = [g for g in found.grades if g.cell_type == "code" and g.auto_score is not None]
        row.auto_score = float(sum(grade.auto_score for grade in tests))
        row.auto_max = float(sum(grade.max_score for grade in tests))
        rows[student] = (row, found.seconds_late)
    return rows


def grade_assignment(
    course_dir: Path,
    assignment_id: str,
    submissions: Path | None = None,
    *,
    workers: int | None = None,
    limits: Limits | None = None,
    force: bool = False,
    executor=None,
    progress=None,
    roster: Path | None = None,
    due: str | None = None,
    name_pattern: str | None = None,
    zip_timezone: str | None = None,
) -> GradeReport:
    """
    Autograde every submission of one assignment and write feedback and ``grades.csv``.

    Parameters
    ----------
    course_dir : pathlib.Path or CourseContext
        A course folder made by ``farshlab build``.
    assignment_id : str
        The assignment to grade.
    submissions : pathlib.Path, optional
        A cohort folder to import first (see :func:`import_submissions`); without it, the
        submissions already in ``course_dir/submitted/`` are graded (e.g. after
        ``nbgrader collect``).
    workers : int, optional
        Parallel kernels (default: the machine's cores).
    limits : Limits, optional
        Time budget and resource limits per submission (default :class:`Limits`).
    force : bool
        Regrade trainees whose unchanged submission is already graded (default: resume).
    executor : concurrent.futures.Executor, optional
        Run the submissions elsewhere (a Dask cluster); default a local process pool.
    progress : callable, optional
        ``progress(done, total, student_id)`` after each trainee.
    roster : pathlib.Path, optional
        Roster CSV (see :func:`farshlab.course.collect.read_roster`): its trainees are added to
        the gradebook, submissions from others are flagged ``not_in_roster`` and trainees
        without a submission get a row ``no submission``.
    due : str, optional
        Due date (ISO 8601) recorded in the gradebook; later submissions are flagged ``late``.
    name_pattern : str, optional
        File-name pattern of an LMS download (see :func:`farshlab.course.collect.name_pattern`).
    zip_timezone : str, optional
        Time zone of a zip's entry times (default: this machine's).

    Returns
    -------
    GradeReport
        One row per trainee, sorted by student id. A trainee whose submission did not change
        since it was graded is not run again (see :mod:`farshlab.course.engine`); manual
        grades an instructor gave in Formgrader are kept by nbgrader's gradebook.

    Raises
    ------
    ProjectError
        If the course is not built, the assignment is unknown or there is nothing to grade.
    """
    from farshlab.course.engine.scheduler import run_batch

    context = CourseContext.load(course_dir)
    course_dir = context.course_dir
    notebooks = _released_notebooks(context, assignment_id)
    limits = limits or Limits()
    originals_before = _original_hashes(submissions)
    roster_ids, students, skipped = collect_cohort(
        context,
        assignment_id,
        submissions,
        roster=roster,
        due=due,
        pattern=name_pattern,
        zip_timezone=zip_timezone,
    )
    if students is None:
        students = _submitted_students(context, assignment_id)
    if not students:
        raise ProjectError(f"no submissions of {assignment_id} to grade in {context.submitted}")

    prepare_environment()
    with context.gradebook() as gradebook:
        gradebook.find_assignment(assignment_id)
    entries = run_batch(
        context,
        assignment_id,
        students,
        [Path(n).stem for n in notebooks],
        limits,
        workers=workers,
        executor=executor,
        force=force,
        progress=progress,
        while_starting=prepare_plotting,
    )
    changed = sorted(
        name for name, digest in _original_hashes(submissions).items() if originals_before.get(name) != digest
    )
    rows = []
    with warnings.catch_warnings(), context.gradebook() as gradebook:
        warnings.simplefilter("ignore", SAWarning)
        max_score = float(gradebook.find_assignment(assignment_id).max_score)
        graded = _rows(gradebook, assignment_id, max_score)
        for student in students:
            entry = entries[student]
            row, late = graded.get(student) or (
                GradeRow(student, max_score=max_score, status="not graded: no gradebook entry"),
                0,
            )
            row.flags = list(entry.flags)
            if any(name.startswith(student) for name in changed):
                row.flags.append(Flag("original_changed", "the submitted file changed while it was graded"))
            row.seconds = entry.seconds
            if late and late > 0:
                row.flags.append(Flag("late", f"{late / 3600:.1f} hours after the due date"))
            if roster_ids is not None and student not in roster_ids:
                row.flags.append(Flag("not_in_roster", f"{student} is not on the roster"))
            refused = refused_files(context, student, assignment_id)
            for sentence in refused:
                if Flag("symlink_refused", sentence) not in row.flags:
                    row.flags.append(Flag("symlink_refused", sentence))
            if entry.problem and refused:
                row.status = f"not graded: {'; '.join(refused)}"[:300]
            elif entry.problem:
                row.status = f"not graded: {entry.problem}"
            elif entry.feedback_error:
                row.status = f"graded, feedback failed: {entry.feedback_error}"
            else:
                row.feedback = str(Path("feedback") / student / assignment_id)
            rows.append(row)
    for student in sorted(set(roster_ids or []) - set(students)):
        rows.append(
            GradeRow(
                student,
                max_score=max_score,
                status="no submission",
                flags=[Flag("missing_notebook", "nothing was handed in")],
            )
        )
    rows.sort(key=lambda r: r.student_id)
    csv_path = _write_csv(course_dir / "reports" / assignment_id / "grades.csv", rows)
    modes = sorted({entries[s].sandbox for s in students} - {""})
    sandbox = ", ".join(modes) or sandbox_mode()
    html_path = write_html_report(csv_path.with_name("report.html"), assignment_id, rows, sandbox)
    return GradeReport(assignment_id, course_dir, rows, csv_path, skipped, html_path, sandbox)


def _original_hashes(submissions: Path | None) -> dict[str, str]:
    """
    SHA-256 of every original submitted file, to prove they were only read.

    Only regular files are read, never through a link; a link, a pipe or a device counts by
    the sentence that refuses it (a link by its target's name), so a changed link shows too.
    """
    if submissions is None or not Path(submissions).exists():
        return {}
    root = Path(submissions)
    if root.is_file():  # a zip: the grader's own file
        return {root.name: _sha256(root.open("rb"))}
    names, refused = regular_files(root, skip=())
    hashes = {sentence: "not read" for sentence in refused}
    for name in names:
        try:
            hashes[name] = _sha256(open_regular(root / name, root))
        except NotRegularFile as error:  # changed into a link meanwhile
            hashes[str(error)] = "not read"
    return hashes


def _sha256(handle) -> str:
    digest = hashlib.sha256()
    with handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _write_csv(path: Path, rows: list[GradeRow]) -> Path:
    cell_ids = sorted({grade_id for row in rows for grade_id in row.cells})
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_FIELDS + cell_ids)
        for row in rows:
            values = [getattr(row, name) for name in CSV_FIELDS]
            values[CSV_FIELDS.index("flags")] = ";".join(sorted(set(row.flag_codes)))
            values[CSV_FIELDS.index("seconds")] = f"{row.seconds:.2f}"
            values = [f"{v:g}" if isinstance(v, float) else v for v in values]
            writer.writerow(values + [f"{row.cells[c]:g}" if c in row.cells else "" for c in cell_ids])
    return path


def format_table(rows: list[GradeRow]) -> str:
    """
    Return the grade table the command prints, one line per trainee.

    Examples
    --------
    >>> print(format_table([GradeRow("t01", 17, 20, 17, 17, True, "graded")]))
    student_id  score  max_score  autograded  written answers  status
    t01         17     20         17/17       to be read       graded
    """
    header = ["student_id", "score", "max_score", "autograded", "written answers", "status"]
    lines = [header] + [
        [
            row.student_id,
            f"{row.score:g}",
            f"{row.max_score:g}",
            f"{row.auto_score:g}/{row.auto_max:g}",
            "to be read" if row.needs_manual_grade else "done",
            row.status,
        ]
        for row in rows
    ]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header) - 1)]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=False)) + "  " + line[-1]
        for line in lines
    ).replace("  \n", "\n")
