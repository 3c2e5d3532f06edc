"""
The main process's one gradebook connection: nbgrader's ``SaveAutoGrades`` for each trainee.

Only the main process of a batch writes the gradebook; workers never open it for writing. One
connection stays open for the whole batch (a new ``Gradebook`` per trainee would rebuild its
engine and recompile every SQL statement), and each use ends its transaction, so nbgrader's own
preprocessors, which open their own connection, never wait on a lock held here.

Classes
-------
GradebookWriter
    Save one trainee's executed notebooks; read back a digest of what feedback shows.
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import warnings
from pathlib import Path

import nbformat

from farshlab.course.engine import kept, steps
from farshlab.course.engine.records import BatchRow, Task

__all__ = ["SUBMISSION_RECORDS", "GradebookWriter"]

#: What nbgrader's exchange writes beside a submission and the autograded folder keeps (as
#: nbgrader's ``autograde`` copies it): the time it was handed in, and the secret under which
#: ``release_feedback`` files the feedback page for that trainee to fetch.
SUBMISSION_RECORDS = ("timestamp.txt", "submission_secret.txt")
#: Neither record is longer than this (bytes); a larger file is not a record and is not copied.
RECORD_MAX_BYTES = 4096


def _copy_regular(source: Path, root: Path, target: Path) -> None:
    """Copy a trainee's record when it is a small regular file reached without a link."""
    from farshlab.course.collect import NotRegularFile, open_regular

    try:
        with open_regular(source, root) as handle:
            data = handle.read(RECORD_MAX_BYTES + 1)
    except (FileNotFoundError, NotRegularFile):
        return
    if len(data) <= RECORD_MAX_BYTES:
        target.write_bytes(data)


class GradebookWriter:
    """
    The batch's single writer of the gradebook (a context manager).

    Parameters
    ----------
    context : farshlab.course.context.CourseContext
        The course: its configuration and ``db_url``.
    """

    def __init__(self, context):
        from nbgrader.api import Gradebook
        from nbgrader.coursedir import CourseDirectory

        self.context = context
        self.config = context.config
        self.coursedir = CourseDirectory(config=context.config)
        self.gb = Gradebook(context.db_url, self.coursedir.course_id)
        self._entered: set[tuple[str, str]] = set()  # (assignment, student) entered by register()

    def __enter__(self) -> GradebookWriter:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self):
        """Commit what the block did, or roll it back if it failed."""
        try:
            yield self.gb
        except BaseException:
            self.gb.db.rollback()
            raise
        self.gb.db.commit()

    @contextlib.contextmanager
    def _one_commit(self):
        """nbgrader's own commits inside (``update_or_create_*``) wait for the end of the block."""
        session = self.gb.db
        with self.transaction():  # ends on the real session: it is put back first
            self.gb.db = kept.DeferredCommits(session)
            try:
                yield
            finally:
                self.gb.db = session

    def close(self) -> None:
        """Close the connection."""
        self.gb.close()

    def register(self, tasks: list[Task]) -> None:
        """
        Enter every trainee and submission of a batch in the gradebook, in one transaction.

        nbgrader's ``autograde`` enters each trainee and submission (with its timestamp) before
        grading it, each step a commit of its own; here the whole batch's are written at once,
        while the workers start their kernels, and :meth:`save` then writes only grades and
        files. On a01 (15 graded cells), 40 trainees: 80 commits become one.
        """
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # nbgrader's SAWarning on regrades, as in save()
            with self._one_commit():
                for task in tasks:
                    self._enter(task)
        self._entered.update((task.assignment_id, task.student_id) for task in tasks)

    def _enter(self, task: Task) -> None:
        submitted = Path(task.course_dir) / "submitted" / task.student_id / task.assignment_id
        timestamp = self.coursedir.get_existing_timestamp(str(submitted))
        self.gb.update_or_create_student(task.student_id)
        if timestamp:
            self.gb.update_or_create_submission(task.assignment_id, task.student_id, timestamp=timestamp)
        else:
            self.gb.update_or_create_submission(task.assignment_id, task.student_id)

    def has_student(self, student_id: str) -> bool:
        """Whether the gradebook knows the trainee already."""
        from nbgrader.api import MissingEntry

        try:
            self.gb.find_student(student_id)
        except MissingEntry:
            self.gb.db.rollback()
            return False
        self.gb.db.rollback()
        return True

    def save(self, task: Task, row: BatchRow) -> None:
        """
        Write one trainee's result: the submission's entry, the grades (nbgrader's
        ``SaveAutoGrades`` and ``AssignLatePenalties``) and ``autograded/<student>/<assignment>/``
        (the notebooks, the course's files and :data:`SUBMISSION_RECORDS`, from which nbgrader's
        feedback step copies the records beside the feedback page).

        A notebook that could not be graded (``None`` in ``row.notebooks``) scores 0 on every cell.
        """
        course = Path(task.course_dir)
        submitted = course / "submitted" / task.student_id / task.assignment_id
        with warnings.catch_warnings():
            # nbgrader's gradebook warns (SAWarning) about its own session on regrades
            warnings.simplefilter("ignore")
            if (task.assignment_id, task.student_id) not in self._entered:
                with self.transaction():
                    self._enter(task)
            target = course / "autograded" / task.student_id / task.assignment_id
            if target.exists():
                shutil.rmtree(target)
            target.mkdir(parents=True)
            files = steps.assignment_files(self.config, course, task.assignment_id, task.student_id)
            for name, path in files.items():
                dest = target / name
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, dest)
            for name in SUBMISSION_RECORDS:
                _copy_regular(submitted / name, course / "submitted", target / name)
            for notebook_id, text in row.notebooks.items():
                self._save_notebook(task, notebook_id, text, target)

    def _save_notebook(self, task: Task, notebook_id: str, text: str | None, target: Path) -> None:
        gb = self.gb
        if text is None:
            with self.transaction():
                notebook = gb.find_submission_notebook(notebook_id, task.assignment_id, task.student_id)
                for grade in notebook.grades:
                    grade.auto_score = 0
                    grade.needs_manual_grade = False
            return
        nb = nbformat.convert(nbformat.reader.reads(text), 4)  # from the worker, validated there
        resources = steps.resources(task.student_id, task.assignment_id, notebook_id, self.context.db_url)
        with kept.one_transaction(self.context.db_url):
            for cls in steps.preprocessors(steps.SAVE):
                nb, resources = cls(config=self.config)(nb, resources)
        # the worker's text (nbformat.writes of the executed notebook) is the file: the save
        # preprocessors write the gradebook and leave the notebook as it came
        (target / f"{notebook_id}.ipynb").write_text(
            text if text.endswith("\n") else text + "\n", encoding="utf-8"
        )

    def snapshot(self, assignment_id: str, student: str) -> str:
        """
        A digest of the trainee's grades and comments in the gradebook (what feedback shows).

        Two queries (grades, comments) instead of walking nbgrader's objects, whose every
        attribute is a query of its own: the same digest, ``""`` when there is no submission.
        """
        from nbgrader.api import (
            Assignment,
            BaseCell,
            Comment,
            Grade,
            Notebook,
            SubmittedAssignment,
            SubmittedNotebook,
        )

        db = self.gb.db
        try:
            submitted = (
                db.query(SubmittedAssignment.id)
                .join(Assignment, SubmittedAssignment.assignment_id == Assignment.id)
                .filter(Assignment.name == assignment_id, SubmittedAssignment.student_id == student)
                .first()
            )
            if submitted is None:
                return ""

            def rows(entity, *columns):
                return (
                    db.query(Notebook.name, BaseCell.name, *columns)
                    .select_from(entity)
                    .join(SubmittedNotebook, entity.notebook_id == SubmittedNotebook.id)
                    .join(Notebook, SubmittedNotebook.notebook_id == Notebook.id)
                    .join(BaseCell, entity.cell_id == BaseCell.id)
                    .filter(SubmittedNotebook.assignment_id == submitted.id)
                    .all()
                )

            grades = rows(Grade, Grade.auto_score, Grade.manual_score, Grade.extra_credit)
            comments = rows(Comment, Comment.auto_comment, Comment.manual_comment)
        finally:
            db.rollback()  # read only: end the transaction
        notebooks = sorted({row[0] for row in grades} | {row[0] for row in comments})
        digest = hashlib.sha256()
        for notebook in notebooks:
            for _nb, name, auto, manual, extra in sorted(r for r in grades if r[0] == notebook):
                digest.update(f"{notebook}/{name}={auto}/{manual}".encode())
                digest.update(f"{extra}".encode())
            for _nb, name, auto, manual in sorted(
                (r for r in comments if r[0] == notebook), key=lambda r: r[1]
            ):
                digest.update(f"{name}:{auto}/{manual}".encode())
        return digest.hexdigest()
