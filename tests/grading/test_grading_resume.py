"""A batch killed at any moment and started again finishes with the same grades, no duplicates."""

import csv
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from nbgrader.api import Gradebook

from farshlab.course.grade import grade_assignment
from farshlab.course.sandbox import Limits

ASSIGNMENT = "a00_orientation"
# the four samples twice over: 17, 0, 8, 9 points (see test_demo_cohort.py)
SCORES = {"t01_parisa": 17, "t02_bahram": 0, "t03_leyla": 8, "t04_davud": 9}


def _table(path):
    with path.open() as handle:
        return {r["student_id"]: r for r in csv.DictReader(handle)}


def _gradebook(course, students):
    """Every graded cell of these trainees (the course copy also holds earlier tests' trainees)."""
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        submissions = [s for s in gb.assignment_submissions(ASSIGNMENT) if s.student.id in students]
        return sorted(
            (s.student.id, g.name, float(g.score)) for s in submissions for n in s.notebooks for g in n.grades
        )


@pytest.mark.slow
def test_kill_and_resume_gives_the_same_grades(project, built_course, tmp_path):
    course = tmp_path / "course"
    shutil.copytree(built_course.course_dir, course)
    journal = course / "reports" / ASSIGNMENT / "journal.jsonl"
    journal.unlink(missing_ok=True)  # earlier tests of the session graded other cohorts in this course
    cohort = tmp_path / "cohort"
    cohort.mkdir()
    expected = {}
    for copy in ("a", "b"):
        for name, score in SCORES.items():
            shutil.copyfile(project.samples / ASSIGNMENT / f"{name}.ipynb", cohort / f"{name}_{copy}.ipynb")
            expected[f"{name}_{copy}"] = score
    command = [sys.executable, "-m", "farshlab.cli", "grade", ASSIGNMENT, "--course-dir", str(course)]
    command += ["--submissions", str(cohort), "--budget", "20", "--workers", "2"]
    process = subprocess.Popen(
        command,
        cwd=project.root,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if journal.is_file() and len(journal.read_text().splitlines()) >= 3:
            break
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)  # the grader, its workers and their kernels, at once
    process.wait()
    left = list(Path(tempfile.gettempdir()).glob(f"farshlab-grading-{process.pid}-*"))
    assert len(left) == 1, "the killed batch had no chance to remove its scratch folders"
    graded_before = len(journal.read_text().splitlines())
    assert 3 <= graded_before < len(expected), "kill the batch while it is half done"
    report = grade_assignment(course, ASSIGNMENT, cohort, limits=Limits(budget_s=20), workers=2)
    rows = {r.student_id: r for r in report.rows}
    assert {s: rows[s].auto_score for s in expected} == expected
    assert not left[0].exists()  # the next batch removed the killed one's scratch folders
    table = _table(report.csv_path)
    assert sorted(table) == sorted(expected)  # one line each: no duplicate
    # the trainees graded before the kill were not graded again
    assert len(journal.read_text().splitlines()) - graded_before == len(expected) - graded_before
    first = _gradebook(course, expected)
    assert len(first) == len(set(first)) == len(expected) * 10  # 9 test cells and 1 written answer each
    # grading the same inputs again, from scratch, gives the same gradebook
    again = grade_assignment(course, ASSIGNMENT, cohort, limits=Limits(budget_s=20), workers=2, force=True)
    assert {r.student_id: r.auto_score for r in again.rows} == expected
    assert _gradebook(course, expected) == first


@pytest.mark.slow
def test_a_manual_grade_refreshes_only_that_feedback(project, built_course, tmp_path):
    course = tmp_path / "course"
    shutil.copytree(built_course.course_dir, course)
    cohort = project.samples / ASSIGNMENT
    grade_assignment(course, ASSIGNMENT, cohort, limits=Limits(budget_s=20), workers=2)
    pages = {s: course / "feedback" / s / ASSIGNMENT / f"{ASSIGNMENT}.html" for s in SCORES}
    before = {s: p.stat().st_mtime_ns for s, p in pages.items()}
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        grade = gb.find_grade("a00-q4_1-written", ASSIGNMENT, ASSIGNMENT, "t01_parisa")
        grade.manual_score = 3  # the instructor read the written answer in Formgrader,
        grade.needs_manual_grade = False  # as Formgrader records it
        gb.db.commit()
    report = grade_assignment(course, ASSIGNMENT, cohort, limits=Limits(budget_s=20), workers=2)
    rows = {r.student_id: r for r in report.rows}
    assert (rows["t01_parisa"].score, rows["t01_parisa"].needs_manual_grade) == (20, False)  # 17 + 3
    after = {s: p.stat().st_mtime_ns for s, p in pages.items()}
    assert [s for s in SCORES if after[s] != before[s]] == ["t01_parisa"]
