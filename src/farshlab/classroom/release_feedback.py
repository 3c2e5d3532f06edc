"""
nbgrader's ``release_feedback`` for courses graded by ``farshlab grade``.

nbgrader files each feedback page in the exchange under a hash of the submission's secret
(``submission_secret.txt``, written by ``nbgrader submit``), read from the feedback folder
``feedback/<student>/<assignment>/``. ``farshlab grade`` writes the feedback pages and
``timestamp.txt`` there but not the secret, so this exchange class first copies each
submission's secret from ``submitted/<student>/<assignment>/`` (a regular file, read without
following links) into its feedback folder, then releases as nbgrader does. The instructor's
``nbgrader_config.py`` names it (``c.ExchangeFactory.release_feedback``), so Formgrader's
"Release feedback" button and ``nbgrader release_feedback`` both use it.

Classes
-------
ReleaseFeedback
    nbgrader's ``ExchangeReleaseFeedback`` that completes the feedback folders first.

Functions
---------
complete_feedback_folders
    Copy missing submission secrets into the feedback folders of one assignment.
"""

from __future__ import annotations

from pathlib import Path

from nbgrader.exchange.default.release_feedback import ExchangeReleaseFeedback

from farshlab.course.collect import NotRegularFile, open_regular

__all__ = ["SECRET_NAME", "ReleaseFeedback", "complete_feedback_folders"]

SECRET_NAME = "submission_secret.txt"


def complete_feedback_folders(course_dir: Path, assignment_id: str) -> list[str]:
    """
    Copy each trainee's ``submission_secret.txt`` into their feedback folder when it is missing.

    Returns the trainees whose folder was completed.

    Examples
    --------
    >>> import tempfile
    >>> course = Path(tempfile.mkdtemp())
    >>> for folder in ("submitted", "feedback"):
    ...     (course / folder / "t01" / "a00").mkdir(parents=True)
    >>> _ = (course / "submitted" / "t01" / "a00" / SECRET_NAME).write_text("abc")
    >>> complete_feedback_folders(course, "a00")
    ['t01']
    >>> (course / "feedback" / "t01" / "a00" / SECRET_NAME).read_text()
    'abc'
    """
    course_dir = Path(course_dir)
    completed = []
    for folder in sorted((course_dir / "feedback").glob(f"*/{assignment_id}")):
        student = folder.parent.name
        target = folder / SECRET_NAME
        source = course_dir / "submitted" / student / assignment_id / SECRET_NAME
        if target.exists() or not source.exists():
            continue
        try:
            with open_regular(source, course_dir / "submitted") as secret:
                target.write_bytes(secret.read())
        except NotRegularFile:
            continue
        completed.append(student)
    return completed


class ReleaseFeedback(ExchangeReleaseFeedback):
    """nbgrader's feedback release, after the submission secrets are copied beside the pages."""

    def copy_files(self):
        root = Path(self.coursedir.root)
        assignment = self.coursedir.assignment_id
        if assignment:
            complete_feedback_folders(root, assignment)
        super().copy_files()
