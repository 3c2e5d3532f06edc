"""
The scores of one assignment's submissions, read from the gradebook in two queries.

nbgrader's objects give the same numbers one attribute at a time (``submission.score``, each
grade's ``name``, ``max_score`` and ``cell_type`` are queries of their own): for a cohort of
40 on a01 that is about 0.35 s of the grader's time after every batch, and the cohort report
reads every assignment so. Here a submission's score, maximum, whether it waits for a person,
its seconds late and each grade come from one query for the submissions and one for their
grades, with nbgrader's own column expressions.

Classes
-------
GradeScore
    One graded cell of a submission.
SubmissionScores
    One trainee's submission of an assignment.

Functions
---------
submission_scores
    Every submission of one assignment, by trainee.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["GradeScore", "SubmissionScores", "submission_scores"]


@dataclass(frozen=True)
class GradeScore:
    """
    One graded cell of a submission, as nbgrader's ``Grade`` gives it.

    Attributes
    ----------
    name : str
        The cell's grade id.
    score : float
        Points given (a person's score before the autograder's; extra credit included).
    auto_score : float or None
        The autograder's points (None for a written answer not graded automatically).
    max_score : float
        Points the cell is worth.
    cell_type : str
        ``"code"`` (a test) or ``"markdown"`` (a written answer).
    needs_manual_grade : bool
        Whether a person still has to grade it.
    """

    name: str
    score: float
    auto_score: float | None
    max_score: float
    cell_type: str
    needs_manual_grade: bool


@dataclass
class SubmissionScores:
    """
    One trainee's submission of an assignment.

    Attributes
    ----------
    student_id : str
    score, max_score : float
        Points of the submission and of the assignment (late penalty not taken off).
    needs_manual_grade : bool
        Whether any of its cells waits for a person.
    seconds_late : float
        Seconds after the due date (0 when on time or no due date).
    grades : list of GradeScore
    """

    student_id: str
    score: float
    max_score: float
    needs_manual_grade: bool
    seconds_late: float
    grades: list[GradeScore] = field(default_factory=list)


def submission_scores(gradebook, assignment_id: str) -> dict[str, SubmissionScores]:
    """
    Every submission of ``assignment_id`` in ``gradebook``, by trainee id.

    Parameters
    ----------
    gradebook : nbgrader.api.Gradebook
        An open gradebook (its transaction is left to the caller).
    assignment_id : str

    Returns
    -------
    dict of str to SubmissionScores
        Trainees without a submission are absent; an unknown assignment gives ``{}``.

    Examples
    --------
    >>> import warnings
    >>> from farshlab.course.context import CourseContext
    >>> from farshlab.course.project import find_project
    >>> course = find_project().default_course_dir
    >>> if (course / "gradebook.db").is_file():  # after make demo
    ...     with warnings.catch_warnings(), CourseContext.load(course).gradebook() as gb:
    ...         warnings.simplefilter("ignore")
    ...         found = submission_scores(gb, "a00_orientation")
    ...         theirs = {s.student.id: s.score for s in gb.assignment_submissions("a00_orientation")}
    ...     ok = {s: r.score for s, r in found.items()} == theirs
    ... else:
    ...     ok = True
    >>> ok
    True
    """
    from nbgrader.api import Assignment, BaseCell, Grade, SubmittedAssignment, SubmittedNotebook
    from sqlalchemy.orm import undefer

    if not isinstance(assignment_id, str) or not assignment_id:
        raise ValueError(f"assignment_id must be an assignment's name, got {assignment_id!r}")
    submissions = (
        gradebook.db.query(SubmittedAssignment)
        .join(Assignment, Assignment.id == SubmittedAssignment.assignment_id)
        .filter(Assignment.name == assignment_id)
        .options(
            undefer(SubmittedAssignment.score),
            undefer(SubmittedAssignment.max_score),
            undefer(SubmittedAssignment.needs_manual_grade),
        )
        .all()
    )
    grades = (
        gradebook.db.query(
            SubmittedAssignment.student_id,
            BaseCell.name,
            Grade.score,
            Grade.auto_score,
            Grade.max_score,
            Grade.cell_type,
            Grade.needs_manual_grade,
        )
        .select_from(Grade)
        .join(SubmittedNotebook, SubmittedNotebook.id == Grade.notebook_id)
        .join(SubmittedAssignment, SubmittedAssignment.id == SubmittedNotebook.assignment_id)
        .join(Assignment, Assignment.id == SubmittedAssignment.assignment_id)
        .join(BaseCell, BaseCell.id == Grade.cell_id)
        .filter(Assignment.name == assignment_id)
        .all()
    )
    found = {
        s.student_id: SubmissionScores(
            s.student_id,
            float(s.score),
            float(s.max_score),
            bool(s.needs_manual_grade),
            float(s.total_seconds_late or 0),
        )
        for s in submissions
    }
    for student, name, score, auto, most, kind, waiting in grades:
        found[student].grades.append(
            GradeScore(
                name,
                float(score or 0),
                None if auto is None else float(auto),
                float(most or 0),
                kind,
                bool(waiting),
            )
        )
    return found
