"""
``farshlab grade``: import a cohort's submissions, autograde them with nbgrader, write
feedback and ``reports/<assignment>/grades.csv``.

This first grading engine runs nbgrader's own Python API (``NbGraderAPI``) one submission
after another in one process (≈ 1.5 s per trainee on 2 cores, against ≈ 4 s for one
``nbgrader autograde`` call each). It is kept behind :func:`grade_assignment` so a faster,
sandboxed engine can replace it without touching the command line.

A broken submission never stops the batch: it is recorded with its reason and the next one
is graded. Submissions are copied into the course folder; the trainee's files are never
changed.

Functions
---------
import_submissions
    Copy a cohort into ``submitted/<student>/<assignment>/``.
grade_assignment
    Autograde, generate feedback and write ``grades.csv``.
format_table
    The grade table printed by the command.

Classes
-------
GradeRow, GradeReport
    One trainee's result; the whole batch.
"""

from __future__ import annotations

import csv
import re
import shutil
import warnings
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from nbgrader.api import Gradebook, MissingEntry
from nbgrader.apps import NbGraderAPI
from sqlalchemy.exc import SAWarning

from farshlab.course.nbgrader_setup import load_course_config, prepare_environment
from farshlab.course.project import ProjectError

__all__ = ["GradeReport", "GradeRow", "format_table", "grade_assignment", "import_submissions"]

STUDENT_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
CSV_FIELDS = [
    "student_id",
    "score",
    "max_score",
    "auto_score",
    "auto_max",
    "needs_manual_grade",
    "status",
    "feedback",
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


@dataclass
class GradeReport:
    """The result of grading one assignment: rows by trainee, and where files were written."""

    assignment_id: str
    course_dir: Path
    rows: list[GradeRow]
    csv_path: Path
    skipped: list[str] = field(default_factory=list)

    @property
    def feedback_dir(self) -> Path:
        """``feedback/``: one HTML folder per trainee and assignment."""
        return self.course_dir / "feedback"


def _released_notebooks(course_dir: Path, assignment_id: str) -> list[str]:
    release = course_dir / "release" / assignment_id
    names = sorted(p.name for p in release.glob("*.ipynb"))
    if not names:
        raise ProjectError(
            f"assignment {assignment_id!r} is not built in {course_dir}: run `farshlab build` first"
        )
    return names


def _replace_submission(course_dir: Path, student: str, assignment_id: str, files: dict[Path, str]) -> None:
    """Copy ``{source file: name in the submission}`` into a fresh submitted folder."""
    folder = course_dir / "submitted" / student / assignment_id
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    newest = 0.0
    for source, name in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        newest = max(newest, source.stat().st_mtime)
    stamp = datetime.fromtimestamp(newest, tz=UTC).strftime("%Y-%m-%d %H:%M:%S.%f %Z")
    (folder / "timestamp.txt").write_text(stamp, encoding="utf-8")


def import_submissions(
    course_dir: Path, assignment_id: str, submissions: Path
) -> tuple[list[str], list[str]]:
    """
    Copy a cohort's submissions into ``course_dir/submitted/<student>/<assignment>/``.

    Two layouts are understood:

    * nbgrader's: ``submissions/<student_id>/<assignment_id>/*`` (every file copied);
    * a flat folder of ``<student_id>.ipynb`` files, for an assignment of one notebook.

    A re-imported trainee's earlier submission is replaced. The original files are only read.

    Parameters
    ----------
    course_dir : pathlib.Path
        A built course folder.
    assignment_id : str
        The assignment the files answer.
    submissions : pathlib.Path
        The cohort's folder.

    Returns
    -------
    imported : list of str
        Student ids imported, sorted.
    skipped : list of str
        One sentence per file or folder that could not be imported, and why.

    Raises
    ------
    ProjectError
        If ``submissions`` is not a folder, holds no submission, or the assignment has
        several notebooks and the flat layout was used.
    """
    submissions = Path(submissions)
    if not submissions.is_dir():
        raise ProjectError(f"the submissions folder {submissions} does not exist")
    notebooks = _released_notebooks(course_dir, assignment_id)
    imported, skipped = [], []
    nested = sorted(p for p in submissions.glob(f"*/{assignment_id}") if p.is_dir())
    if nested:
        for folder in nested:
            student = folder.parent.name
            if not STUDENT_ID_PATTERN.match(student):
                skipped.append(f"{folder}: {student!r} is not a usable student id")
                continue
            files = {
                p: str(p.relative_to(folder))
                for p in sorted(folder.rglob("*"))
                if p.is_file() and ".ipynb_checkpoints" not in p.parts and p.name != "timestamp.txt"
            }
            stamp = folder / "timestamp.txt"
            _replace_submission(course_dir, student, assignment_id, files)
            if stamp.is_file():
                shutil.copyfile(stamp, course_dir / "submitted" / student / assignment_id / "timestamp.txt")
            imported.append(student)
    else:
        flat = sorted(p for p in submissions.glob("*.ipynb") if p.is_file())
        if flat and len(notebooks) != 1:
            raise ProjectError(
                f"{assignment_id} has {len(notebooks)} notebooks; hand its submissions in as "
                f"<student>/{assignment_id}/<notebook>.ipynb folders"
            )
        for path in flat:
            student = path.stem
            if not STUDENT_ID_PATTERN.match(student):
                skipped.append(f"{path.name}: {student!r} is not a usable student id")
                continue
            _replace_submission(course_dir, student, assignment_id, {path: notebooks[0]})
            imported.append(student)
    if not imported and not skipped:
        raise ProjectError(
            f"no submissions for {assignment_id} in {submissions}: expected <student_id>.ipynb "
            f"files or <student_id>/{assignment_id}/ folders"
        )
    return sorted(imported), skipped


def _submitted_students(course_dir: Path, assignment_id: str) -> list[str]:
    return sorted(p.parent.name for p in (course_dir / "submitted").glob(f"*/{assignment_id}") if p.is_dir())


def _last_line(text: str | None) -> str:
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    return lines[-1] if lines else "nbgrader gave no reason"


def _row(gradebook: Gradebook, assignment_id: str, student: str, max_score: float) -> GradeRow:
    row = GradeRow(student, max_score=max_score)
    submission = gradebook.find_submission(assignment_id, student)
    row.score = float(submission.score)
    row.max_score = float(submission.max_score)
    row.needs_manual_grade = bool(submission.needs_manual_grade)
    grades = [grade for notebook in submission.notebooks for grade in notebook.grades]
    row.cells = {grade.name: float(grade.score) for grade in grades}
    tests = [grade for grade in grades if grade.cell_type == "code" and grade.auto_score is not None]
    row.auto_score = float(sum(grade.auto_score for grade in tests))
    row.auto_max = float(sum(grade.max_score for grade in tests))
    return row


def grade_assignment(
    course_dir: Path,
    assignment_id: str,
    submissions: Path | None = None,
) -> GradeReport:
    """
    Autograde every submission of one assignment and write feedback and ``grades.csv``.

    Parameters
    ----------
    course_dir : pathlib.Path
        A course folder made by ``farshlab build``.
    assignment_id : str
        The assignment to grade.
    submissions : pathlib.Path, optional
        A cohort folder to import first (see :func:`import_submissions`); without it, the
        submissions already in ``course_dir/submitted/`` are graded (e.g. after
        ``nbgrader collect``).

    Returns
    -------
    GradeReport
        One row per trainee, sorted by student id. Grading always starts afresh
        (nbgrader's ``force``), so running it again regrades; manual grades an instructor
        gave in Formgrader are kept by nbgrader's gradebook.

    Raises
    ------
    ProjectError
        If the course is not built, the assignment is unknown or there is nothing to grade.
    """
    course_dir = Path(course_dir).resolve()
    config = load_course_config(course_dir)
    _released_notebooks(course_dir, assignment_id)
    skipped: list[str] = []
    if submissions is not None:
        students, skipped = import_submissions(course_dir, assignment_id, Path(submissions))
    else:
        students = _submitted_students(course_dir, assignment_id)
    if not students:
        raise ProjectError(f"no submissions of {assignment_id} to grade in {course_dir / 'submitted'}")

    prepare_environment()
    api = NbGraderAPI(config=config)
    db_url = api.coursedir.db_url
    with Gradebook(db_url) as gradebook:
        max_score = float(gradebook.find_assignment(assignment_id).max_score)
        for student in students:
            gradebook.update_or_create_student(student)

    rows = []
    for student in students:
        with warnings.catch_warnings():
            # nbgrader's gradebook warns (SAWarning) about its own database session on every
            # regrade; the scores are unaffected, so keep the grader's screen readable.
            warnings.simplefilter("ignore", SAWarning)
            result = api.autograde(assignment_id, student, force=True, create=True)
        if not result["success"]:
            rows.append(
                GradeRow(
                    student,
                    max_score=max_score,
                    status=f"not graded: {_last_line(result.get('error') or result.get('log'))}",
                )
            )
            continue
        feedback = api.generate_feedback(assignment_id, student, force=True)
        with Gradebook(db_url) as gradebook:
            try:
                row = _row(gradebook, assignment_id, student, max_score)
            except MissingEntry:
                row = GradeRow(student, max_score=max_score, status="not graded: no gradebook entry")
        if feedback["success"]:
            row.feedback = str(Path("feedback") / student / assignment_id)
        else:
            row.status = (
                f"graded, feedback failed: {_last_line(feedback.get('error') or feedback.get('log'))}"
            )
        rows.append(row)

    csv_path = _write_csv(course_dir / "reports" / assignment_id / "grades.csv", rows)
    return GradeReport(assignment_id, course_dir, rows, csv_path, skipped)


def _write_csv(path: Path, rows: list[GradeRow]) -> Path:
    cell_ids = sorted({grade_id for row in rows for grade_id in row.cells})
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_FIELDS + cell_ids)
        for row in rows:
            values = [getattr(row, name) for name in CSV_FIELDS]
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
