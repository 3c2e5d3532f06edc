"""Finding the project and its assignments."""

import pytest

from farshlab.course.project import Project, ProjectError, find_project


def test_find_project_from_a_subfolder(project):
    assert find_project(project.root / "src" / "farshlab").root == project.root


def test_find_project_outside_any_project(tmp_path):
    with pytest.raises(ProjectError, match="no farshlab project found"):
        find_project(tmp_path)


def test_assignments_and_lessons(project):
    ids = [a.id for a in project.assignments()]
    assert "a00_orientation" in ids
    a00 = project.assignment("a00_orientation")
    assert [p.name for p in a00.notebook_texts] == ["a00_orientation.py"]
    assert project.notebooks / "00_orientation.py" in project.lessons()


def test_unknown_assignment_lists_the_known_ones(project):
    with pytest.raises(ProjectError, match=r"no assignment 'a99_x'.*a00_orientation"):
        project.assignment("a99_x")


def test_misnamed_or_empty_assignment_folders(tmp_path):
    (tmp_path / "exercises" / "Orientation").mkdir(parents=True)
    with pytest.raises(ProjectError, match="assignment folders are named like"):
        Project(tmp_path).assignments()
    (tmp_path / "exercises" / "Orientation").rmdir()
    (tmp_path / "exercises" / "a05_empty").mkdir()
    with pytest.raises(ProjectError, match="no notebook text"):
        Project(tmp_path).assignments()
