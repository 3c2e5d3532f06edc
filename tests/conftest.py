"""Shared fixtures: the project, one built course per test session, the graded demo cohort."""

import shutil
from pathlib import Path

import pytest

from farshlab.course.build import build_course
from farshlab.course.grade import grade_assignment
from farshlab.course.nbgrader_setup import prepare_environment
from farshlab.course.project import Project, find_project

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
def graded_demo(graded_cohort):
    """The bundled a00 sample cohort graded in the session's course."""
    return graded_cohort("a00_orientation")


@pytest.fixture()
def project_copy(project, tmp_path) -> Project:
    """A throw-away copy of the project's sources, to break on purpose."""
    for name in ("exercises", "notebooks", "curriculum"):
        shutil.copytree(project.root / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "autograder").mkdir()
    shutil.copy2(project.nbgrader_config_template, tmp_path / "autograder" / "nbgrader_config.py")
    return Project(tmp_path)
