"""The grading engine's parts on their own: records, journal, steps, scheduler (no kernels started)."""

import os
import shutil
import threading

import pytest
from traitlets.config import Config

from farshlab.course.engine import scheduler, steps
from farshlab.course.engine.journal import Journal, journal_key, read_journal, submission_digest
from farshlab.course.engine.records import BatchRow, JournalEntry, Task
from farshlab.course.grade import grade_assignment
from farshlab.course.sandbox import Limits
from farshlab.course.tamper import Flag

ASSIGNMENT = "a00_orientation"


def test_a_journal_entry_keeps_its_flags_as_flags(tmp_path):
    entry = JournalEntry("t01", "k", (Flag("budget_hit", "120 s"), Flag("late", "")), 3.25, sandbox="none")
    with Journal(tmp_path / "reports" / "j.jsonl") as journal:
        journal.append(entry)
    (read,) = read_journal(tmp_path / "reports" / "j.jsonl").values()
    assert read == entry
    assert all(isinstance(flag, Flag) for flag in read.flags)


def test_a_journal_line_with_an_unknown_flag_code_keeps_the_rest(tmp_path):
    path = tmp_path / "j.jsonl"
    path.write_text(
        '{"student_id": "t01", "key": "k", "flags": [{"code": "gone", "detail": ""}, '
        '{"code": "late", "detail": "1 h"}]}\nnot json\n'
    )
    assert read_journal(path)["t01"].flags == (Flag("late", "1 h"),)


def test_the_journal_key_follows_the_files_and_the_limits(tmp_path):
    course = tmp_path
    (course / "submitted" / "t01" / ASSIGNMENT).mkdir(parents=True)
    (course / "release" / ASSIGNMENT).mkdir(parents=True)
    notebook = course / "submitted" / "t01" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    notebook.write_text("{}")
    (course / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").write_text("{}")
    task = Task(str(course), ASSIGNMENT, "t01", (ASSIGNMENT,), Limits())
    first = journal_key(course, task)
    assert journal_key(course, task) == first
    assert (
        journal_key(course, Task(str(course), ASSIGNMENT, "t01", (ASSIGNMENT,), Limits(budget_s=60))) != first
    )
    notebook.write_text('{"cells": []}')
    assert journal_key(course, task) != first


def test_a_submission_digest_never_reads_through_a_link(tmp_path):
    folder = tmp_path / "sub"
    folder.mkdir()
    (folder / "a.ipynb").write_text("{}")
    secret = tmp_path / "secret.txt"
    secret.write_text("one")
    os.symlink(secret, folder / "link.txt")
    before = submission_digest(folder)
    secret.write_text("two")  # what the link leads to changed: not read, so the digest stays
    assert submission_digest(folder) == before


def test_a_course_that_changes_the_autograde_steps_is_refused():
    config = Config()
    config.Autograde.autograde_preprocessors = ["nbgrader.preprocessors.Execute", "my_course.Cheat"]
    with pytest.raises(steps.AutogradeSettingsError, match="c.Autograde.autograde_preprocessors"):
        steps.check_autograde_settings(config)
    same = Config()
    same.Autograde.sanitize_preprocessors = [f"nbgrader.preprocessors.{n}" for n in steps.SANITIZE]
    steps.check_autograde_settings(same)  # nbgrader's own list, written out: accepted


def test_exclude_overwriting_takes_the_trainees_regular_file(tmp_path):
    course = tmp_path
    source = course / "source" / ASSIGNMENT
    theirs = course / "submitted" / "t01" / ASSIGNMENT
    source.mkdir(parents=True)
    theirs.mkdir(parents=True)
    for name in ("helpers.py", "legend.csv", "notes.py"):
        (source / name).write_text(f"course {name}")
    (source / f"{ASSIGNMENT}.ipynb").write_text("{}")
    (theirs / "helpers.py").write_text("trainee helpers")
    os.symlink(source / "notes.py", theirs / "notes.py")  # a link is never taken
    config = Config()
    config.Autograde.exclude_overwriting = {ASSIGNMENT: ["helpers.py", "notes.py"]}
    files = steps.assignment_files(config, course, ASSIGNMENT, "t01")
    assert sorted(files) == ["helpers.py", "legend.csv"]
    assert files["helpers.py"] == theirs / "helpers.py"
    assert files["legend.csv"] == source / "legend.csv"
    assert sorted(steps.assignment_files(Config(), course, ASSIGNMENT, "t01")) == [
        "helpers.py", "legend.csv", "notes.py",
    ]  # fmt: skip


class _InlineExecutor:
    """An executor that runs each task at once in this thread (no worker processes)."""

    def submit(self, fn, *args):
        import concurrent.futures as cf

        future = cf.Future()
        try:
            future.set_result(fn(*args))
        except Exception as error:  # noqa: BLE001
            future.set_exception(error)
        return future


@pytest.fixture()
def course_copy(built_course, tmp_path):
    course = tmp_path / "course"
    shutil.copytree(built_course.course_dir, course)
    for folder in ("submitted", "autograded", "feedback", "reports"):  # only these three trainees
        shutil.rmtree(course / folder, ignore_errors=True)
    for student in ("s01", "s02", "s03"):
        folder = course / "submitted" / student / ASSIGNMENT
        folder.mkdir(parents=True)
        shutil.copyfile(
            course / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", folder / f"{ASSIGNMENT}.ipynb"
        )
    return course


def test_the_scheduler_journals_each_trainee_once_and_survives_a_lost_worker(course_copy, monkeypatch):
    calls = []
    lock = threading.Lock()

    def fake_grade(task):
        with lock:
            calls.append(task.student_id)
        if task.student_id == "s02":
            raise RuntimeError("the worker process was killed")
        return BatchRow(
            task.student_id, {ASSIGNMENT: None}, [Flag("budget_hit", "1 s")], 0.5, "nothing ran", "none"
        )

    monkeypatch.setattr(scheduler, "grade_submission", fake_grade)
    monkeypatch.setattr(scheduler, "feedback_submission", lambda task: "")
    students = ["s01", "s02", "s03"]
    entries = scheduler.run_batch(
        course_copy, ASSIGNMENT, students, [ASSIGNMENT], Limits(), executor=_InlineExecutor()
    )
    assert sorted(calls) == students
    assert entries["s01"].flags == (Flag("budget_hit", "1 s"),)
    assert entries["s02"].problem == "worker failed: the worker process was killed"
    journal = read_journal(course_copy / "reports" / ASSIGNMENT / "journal.jsonl")
    assert sorted(journal) == students
    # started again: nothing changed, nothing is graded again; with force, all of it
    calls.clear()
    scheduler.run_batch(course_copy, ASSIGNMENT, students, [ASSIGNMENT], Limits(), executor=_InlineExecutor())
    assert calls == []
    scheduler.run_batch(
        course_copy, ASSIGNMENT, students, [ASSIGNMENT], Limits(), executor=_InlineExecutor(), force=True
    )
    assert sorted(calls) == students


def test_create_student_false_refuses_trainees_the_gradebook_does_not_know(course_copy, monkeypatch):
    config_file = course_copy / "nbgrader_config.py"
    config_file.write_text(config_file.read_text() + "\nc.Autograde.create_student = False\n")
    monkeypatch.setattr(scheduler, "grade_submission", lambda task: pytest.fail("must not be graded"))
    entries = scheduler.run_batch(
        course_copy, ASSIGNMENT, ["s01"], [ASSIGNMENT], Limits(), executor=_InlineExecutor()
    )
    assert "c.Autograde.create_student = False" in entries["s01"].problem


def test_grading_a_course_with_changed_autograde_steps_says_which_setting(course_copy):
    config_file = course_copy / "nbgrader_config.py"
    config_file.write_text(config_file.read_text() + "\nc.Autograde.sanitize_preprocessors = []\n")
    with pytest.raises(steps.AutogradeSettingsError, match="remove the setting from nbgrader_config.py"):
        grade_assignment(course_copy, ASSIGNMENT, None)


def _snapshot_by_objects(gb, assignment_id, student):
    """The digest written the slow way, through nbgrader's objects (the reference)."""
    import hashlib

    from nbgrader.api import MissingEntry

    try:
        submission = gb.find_submission(assignment_id, student)
    except MissingEntry:
        return ""
    digest = hashlib.sha256()
    for notebook in sorted(submission.notebooks, key=lambda n: n.name):
        for grade in sorted(notebook.grades, key=lambda g: g.name):
            digest.update(f"{notebook.name}/{grade.name}={grade.auto_score}/{grade.manual_score}".encode())
            digest.update(f"{grade.extra_credit}".encode())
        for comment in sorted(notebook.comments, key=lambda c: c.name):
            digest.update(f"{comment.name}:{comment.auto_comment}/{comment.manual_comment}".encode())
    return digest.hexdigest()


def test_the_gradebook_snapshot_is_the_digest_of_what_feedback_shows(graded_demo):
    from farshlab.course.context import CourseContext
    from farshlab.course.engine.gradebook import GradebookWriter

    context = CourseContext.load(graded_demo.course_dir)
    with GradebookWriter(context) as writer:
        students = [row.student_id for row in graded_demo.rows]
        for student in [*students, "nobody"]:
            expected = _snapshot_by_objects(writer.gb, ASSIGNMENT, student)
            writer.gb.db.rollback()
            assert writer.snapshot(ASSIGNMENT, student) == expected, student
        assert writer.snapshot(ASSIGNMENT, "nobody") == ""
        # a manual grade changes the digest (seen inside this transaction, then rolled back)
        before = writer.snapshot(ASSIGNMENT, students[0])
        grade = writer.gb.find_submission(ASSIGNMENT, students[0]).notebooks[0].grades[0]
        grade.manual_score = 0.5
        writer.gb.db.flush()
        assert writer.snapshot(ASSIGNMENT, students[0]) != before
        assert writer.snapshot(ASSIGNMENT, students[0]) == before  # the snapshot ended that transaction


def test_the_writer_enters_a_whole_batch_in_one_commit_and_saves_only_grades(course_copy, monkeypatch):
    from farshlab.course.context import CourseContext
    from farshlab.course.engine.gradebook import GradebookWriter

    (course_copy / "submitted" / "s02" / ASSIGNMENT / "timestamp.txt").write_text("2026-11-30 10:00:00 UTC")
    context = CourseContext.load(course_copy)
    students = ["s01", "s02", "s03"]
    tasks = [Task(str(course_copy), ASSIGNMENT, s, (ASSIGNMENT,), Limits(), None, "") for s in students]
    with GradebookWriter(context) as writer:
        commits = []
        real_commit = writer.gb.db.commit
        monkeypatch.setattr(writer.gb.db, "commit", lambda: commits.append(1) or real_commit())
        writer.register(tasks)
        assert len(commits) == 1  # nbgrader's own: two per trainee
        for student in students:
            submission = writer.gb.find_submission(ASSIGNMENT, student)
            assert len(submission.notebooks[0].grades) > 0
        assert str(writer.gb.find_submission(ASSIGNMENT, "s02").timestamp) == "2026-11-30 10:00:00"
        writer.gb.db.rollback()
        twice = lambda *a, **k: pytest.fail("entered twice")  # noqa: E731
        monkeypatch.setattr(writer.gb, "update_or_create_submission", twice)
        writer.save(tasks[0], BatchRow("s01", {ASSIGNMENT: None}))
        grades = writer.gb.find_submission(ASSIGNMENT, "s01").notebooks[0].grades
        assert {grade.auto_score for grade in grades} == {0}
        writer.gb.db.rollback()


def test_the_submission_secret_reaches_the_feedback_folder_and_a_link_does_not(course_copy):
    # nbgrader's release_feedback files each page under the hash of this secret: without it
    # beside the page, a trainee's Assignment List never offers the feedback
    from farshlab.course.context import CourseContext
    from farshlab.course.engine.gradebook import GradebookWriter
    from farshlab.course.engine.worker import write_feedback

    (course_copy / "submitted" / "s01" / ASSIGNMENT / "submission_secret.txt").write_text("s01-secret\n")
    (course_copy / "submitted" / "s02" / ASSIGNMENT / "submission_secret.txt").symlink_to("/etc/passwd")
    context = CourseContext.load(course_copy)
    released = (course_copy / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").read_text()
    tasks = {
        s: Task(str(course_copy), ASSIGNMENT, s, (ASSIGNMENT,), Limits(), None, "") for s in ("s01", "s02")
    }
    with GradebookWriter(context) as writer:
        for task in tasks.values():
            writer.save(task, BatchRow(task.student_id, {ASSIGNMENT: released}))
    for student, task in tasks.items():
        assert write_feedback(context.config, task) == ""
        assert (course_copy / "feedback" / student / ASSIGNMENT / f"{ASSIGNMENT}.html").is_file()
    secret = course_copy / "feedback" / "s01" / ASSIGNMENT / "submission_secret.txt"
    assert secret.read_text() == "s01-secret\n"
    for folder in ("autograded", "feedback"):
        assert not (course_copy / folder / "s02" / ASSIGNMENT / "submission_secret.txt").exists()
