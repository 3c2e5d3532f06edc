"""The cohort report across assignments: progress, success per question, where the class is stuck."""

import csv
import shutil
import subprocess
import sys
import warnings

import nbformat
import pytest
from bs4 import BeautifulSoup

from farshlab.course.cohort import CSV_FIELDS, cohort_report, write_cohort_report
from farshlab.course.context import CourseContext
from farshlab.course.grade import grade_assignment
from farshlab.course.nbgrader_setup import write_course_config
from farshlab.course.notebooks import FAILED_LINE_KEY
from farshlab.course.project import ProjectError
from farshlab.course.questions import question_key
from farshlab.locale import message

pytestmark = pytest.mark.slow

ASSIGNMENTS = ("a00_orientation", "a01_knots_and_sizes")
DUE = "2026-03-21T12:00+03:30"  # long past: every hand-in is late


@pytest.fixture(scope="module")
def graded(project, built_course, tmp_path_factory):
    """A copy of the course with two assignments' sample cohorts graded (a00 with a due date)."""
    course = tmp_path_factory.mktemp("cohort") / "course"
    shutil.copytree(built_course.course_dir, course)
    write_course_config(project, course)
    # only this module's trainees: the session's course may hold other tests' submissions
    for folder in ("submitted", "autograded", "feedback", "reports"):
        shutil.rmtree(course / folder, ignore_errors=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # nbgrader's gradebook warns (SAWarning) about its own session
        with CourseContext.load(course).gradebook() as gradebook:
            for student in [s.id for s in gradebook.students]:
                gradebook.remove_student(student)
            gradebook.db.commit()
    reports = {
        name: grade_assignment(
            course, name, project.samples / name, due=DUE if name == ASSIGNMENTS[0] else None
        )
        for name in ASSIGNMENTS
    }
    return course, reports


def _points(course, assignment):
    """grade_id → points, from the released notebook's nbgrader metadata."""
    points = {}
    for path in (course / "release" / assignment).glob("*.ipynb"):
        for cell in nbformat.read(path, as_version=4).cells:
            meta = cell.metadata.get("nbgrader", {})
            if meta.get("grade"):
                points[meta["grade_id"]] = float(meta["points"])
    return points


def test_progress_and_the_csv_are_the_gradebooks(graded, tmp_path):
    course, reports = graded
    report = cohort_report(course)
    assert list(report.assignments) == sorted(p.name for p in (course / "release").iterdir())  # all, in order
    assert list(report.assignments)[:2] == list(ASSIGNMENTS)
    assert report.assignments["a00_orientation"].startswith("Assignment a00")
    graded_students = {row.student_id for rows in reports.values() for row in rows.rows}
    assert set(report.students) == graded_students
    for name, grading in reports.items():
        for row in grading.rows:
            result = report.results[(row.student_id, name)]
            assert result.handed_in and (result.score, result.max_score) == (row.score, row.max_score)
            assert result.flags == sorted(set(row.flag_codes))
        others = graded_students - {row.student_id for row in grading.rows}
        assert all(not report.results[(student, name)].handed_in for student in others)
    written = write_cohort_report(report, "en", tmp_path)
    with written["cohort.csv"].open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == CSV_FIELDS
    assert len(rows) == len(graded_students) * len(report.assignments)
    assert sum(r["handed_in"] == "true" for r in rows) == sum(len(g.rows) for g in reports.values())
    first = reports["a00_orientation"].rows[0]
    line = next(
        r for r in rows if (r["student_id"], r["assignment"]) == (first.student_id, "a00_orientation")
    )
    assert (float(line["score"]), float(line["max_score"])) == (first.score, first.max_score)
    assert float(line["percent"]) == pytest.approx(100 * first.score / first.max_score, abs=0.05)


def test_late_work_is_the_gradebooks_lateness(graded):
    course, reports = graded
    report = cohort_report(course)
    late = {(r.student_id, r.assignment) for r in report.late}
    assert late == {(row.student_id, "a00_orientation") for row in reports["a00_orientation"].rows}
    assert all(r.late_hours > 24 for r in report.late)  # months after the due date
    assert all("late" in r.flags for r in report.late)


def test_success_per_question_is_counted_from_each_trainees_points(graded):
    course, reports = graded
    report = cohort_report(course)
    for name, grading in reports.items():
        points = _points(course, name)
        expected: dict[str, list[int]] = {}
        for row in grading.rows:
            by_question: dict[str, list[float]] = {}
            for grade_id, score in row.cells.items():
                key = question_key(grade_id)
                if key is not None and grade_id.endswith("-tests"):
                    by_question.setdefault(key, [0.0, 0.0])
                    by_question[key][0] += score
                    by_question[key][1] += points[grade_id]
            for key, (score, most) in by_question.items():
                counts = expected.setdefault(key, [0, 0])
                counts[0] += score >= most
                counts[1] += 1
        found = {q.key: [q.full, q.graded] for q in report.questions if q.assignment == name}
        for key, counts in expected.items():
            assert found[key] == counts, (name, key)
        titles = {q.key: q.title for q in report.questions if q.assignment == name}
        assert all(titles[key] for key in expected)  # every question under its title
    a00 = [q for q in report.questions if q.assignment == "a00_orientation"]
    assert [q.rate for q in a00] == sorted(q.rate for q in a00)  # hardest first


def test_the_checks_that_stop_most_trainees_come_first_with_a_message(graded):
    course, _ = graded
    report = cohort_report(course)
    assert report.stuck, "the sample cohorts have failing checks"
    counts = [len(check.students) for check in report.stuck]
    assert counts == sorted(counts, reverse=True)
    for check in report.stuck:
        assert not check.message.startswith("NotImplementedError")  # unanswered is not stuck
        for student in check.students:  # the same line of the same test cell failed for each of them
            path = course / "autograded" / student / check.assignment / f"{check.assignment}.ipynb"
            cells = [
                c
                for c in nbformat.read(path, as_version=4).cells
                if question_key(c.metadata.get("nbgrader", {}).get("grade_id", "")) == check.key
                and c.metadata.get(FAILED_LINE_KEY) == check.line
            ]
            assert cells, (student, check.assignment, check.key, check.line)


def test_the_pages_in_english_and_persian(graded, tmp_path):
    course, _ = graded
    report = cohort_report(course)
    english = BeautifulSoup(
        write_cohort_report(report, "en", tmp_path / "en")["cohort.html"].read_text(), "html.parser"
    )
    assert english.html.attrs == {"lang": "en", "dir": "ltr"}
    assert english.h1.get_text() == message("grading.cohort.title", "en")
    persian = write_cohort_report(report, "fa", tmp_path / "fa")["cohort.html"].read_text(encoding="utf-8")
    page = BeautifulSoup(persian, "html.parser")
    assert (page.html["lang"], page.html["dir"]) == ("fa", "rtl")
    assert page.h1.get_text() == message("grading.cohort.title", "fa")
    progress = page.select("table")[0]
    assert not any(ch.isascii() and ch.isdigit() for td in progress.select("td") for ch in td.get_text())


def test_the_command_writes_the_report(graded, project):
    course, _ = graded
    result = subprocess.run(
        [sys.executable, "-m", "farshlab.cli", "report", "--course-dir", str(course), "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert str(course / "reports" / "cohort.html") in result.stdout
    assert (course / "reports" / "cohort.csv").is_file()


def test_a_course_without_assignments_is_refused(project, tmp_path):
    empty = tmp_path / "course"
    write_course_config(project, empty)
    with pytest.raises(ProjectError, match="has no assignment yet"):
        cohort_report(empty)
