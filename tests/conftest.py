"""Shared fixtures: the project, one built course per test session, the graded demo cohort."""

import shutil
from pathlib import Path

import pytest
import yaml

from farshlab.course.build import build_course
from farshlab.course.grade import grade_assignment
from farshlab.course.nbgrader_setup import prepare_environment
from farshlab.course.project import Project, find_project, translated_path

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def project() -> Project:
    return find_project(ROOT)


@pytest.fixture(scope="session")
def built_course(project, tmp_path_factory):
    """The whole course built (and validated) once, in a folder of its own."""
    prepare_environment()
    course_dir = tmp_path_factory.mktemp("course")
    report = build_course(project, course_dir)
    return report


@pytest.fixture(scope="session")
def built_course_fa(project, tmp_path_factory):
    """The Persian course built (and proven, as the English one) once per session."""
    prepare_environment()
    return build_course(project, tmp_path_factory.mktemp("course-fa"), lang="fa")


@pytest.fixture(scope="session")
def graded_cohort(project, built_course):
    """Grade an assignment's bundled sample cohort once per session: ``graded_cohort("a00_orientation")``."""
    reports = {}

    def grade(assignment_id):
        if assignment_id not in reports:
            cohort = project.samples / assignment_id
            reports[assignment_id] = grade_assignment(built_course.course_dir, assignment_id, cohort)
        return reports[assignment_id]

    return grade


@pytest.fixture(scope="session")
def check_cohort(graded_cohort):
    """Check a sample cohort's grades: ``check_cohort(id, {student: (auto score, waiting)}, auto_max, max)``.

    ``waiting`` is whether a written answer waits for the instructor. ``flagged`` maps the students
    whose work should be looked at to their flag codes; every other sample trainee answers honestly
    and must raise none (a stale sample, made before a test cell changed, would be flagged
    ``test_cell_edited``). Returns the grading report.
    """

    def check(assignment_id, expected, auto_max, max_score, flagged=None):
        flagged = flagged or {}
        report = graded_cohort(assignment_id)
        rows = {row.student_id: row for row in report.rows}
        assert set(rows) == set(expected)
        for student, (score, waiting) in expected.items():
            row = rows[student]
            assert row.status == "graded", (student, row.status)
            assert (row.auto_score, row.auto_max) == (score, auto_max), student
            assert (row.score, row.max_score) == (score, max_score), student
            assert row.needs_manual_grade is waiting, student
            assert set(row.flag_codes) == set(flagged.get(student, ())), (student, row.flag_details)
        return report

    return check


@pytest.fixture(scope="session")
def graded_demo(graded_cohort):
    """The bundled a00 sample cohort graded in the session's course."""
    return graded_cohort("a00_orientation")


@pytest.fixture(scope="session")
def code_notebook():
    """Build a notebook of code cells: ``code_notebook("x = 1", "#test\\nassert x == 1")``.

    A source starting with ``#test`` becomes an nbgrader test cell worth 1 point (``grade_id``
    ``t<position>``).
    """
    import nbformat

    def build(*sources):
        nb = nbformat.v4.new_notebook()
        for number, source in enumerate(sources):
            cell = nbformat.v4.new_code_cell(source)
            if source.startswith("#test"):
                cell.metadata["nbgrader"] = {
                    "grade": True, "solution": False, "locked": True, "points": 1,
                    "grade_id": f"t{number}", "schema_version": 3,
                }  # fmt: skip
            nb.cells.append(cell)
        return nb

    return build


@pytest.fixture()
def project_copy(project, tmp_path) -> Project:
    """A throw-away copy of module 0's sources (lessons, exercise, catalogue), to break on purpose.

    Only module 0 is copied so that a build of the copy stays quick whatever the course grows to.
    """
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(
        project.exercises / "a00_orientation", tmp_path / "exercises" / "a00_orientation", ignore=ignore
    )
    course = yaml.safe_load(project.course_file.read_text())
    course["modules"] = [m for m in course["modules"] if m["number"] == 0]
    (tmp_path / "notebooks").mkdir()
    for lesson in course["modules"][0]["lessons"]:
        for language in course.get("languages", ["en"]):
            text = translated_path(project.root / lesson, language)
            if text.is_file():
                shutil.copy2(text, tmp_path / "notebooks")
    shutil.copytree(project.lesson_data(), tmp_path / "notebooks" / "data", ignore=ignore)
    shutil.copytree(project.root / "curriculum", tmp_path / "curriculum", ignore=ignore)
    (tmp_path / "curriculum" / "course.yml").write_text(yaml.safe_dump(course, allow_unicode=True))
    (tmp_path / "autograder").mkdir()
    shutil.copy2(project.nbgrader_config_template, tmp_path / "autograder" / "nbgrader_config.py")
    return Project(tmp_path)


@pytest.fixture(scope="session")
def hidden_test_lines():
    """The hidden checks' lines of an exercise text: ``hidden_test_lines(path, ("got =", "assert"))``."""

    def lines(exercise, starts) -> list[str]:
        text = exercise.read_text(encoding="utf-8")
        return [
            line.strip()
            for block in text.split("### BEGIN HIDDEN TESTS")[1:]
            for line in block.split("### END HIDDEN TESTS")[0].splitlines()
            if line.strip().startswith(tuple(starts))
        ]

    return lines
