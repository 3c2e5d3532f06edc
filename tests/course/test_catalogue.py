"""curriculum/course.yml tells the truth about the files."""

import re

import pytest
import yaml

from farshlab.course.catalogue import check_course, front_matter, load_course
from farshlab.course.project import ProjectError


def test_course_yml_matches_the_files(project):
    assert check_course(project) == []


def test_module_zero_is_listed_with_its_objectives(project):
    course = load_course(project)
    module = course.modules[0]
    assert (module.number, module.assignment, module.points) == (0, "a00_orientation", 20)
    assert len(module.objectives) >= 3
    unit = front_matter(project.root / module.unit)
    assert unit["objectives"] == list(module.objectives)
    assert "en" in course.languages


def test_syllabus_describes_all_seven_modules(project):
    text = (project.root / "curriculum" / "syllabus.md").read_text()
    for title in (
        "Orientation",
        "Knots and sizes",
        "Colour",
        "Design",
        "Dye mixing",
        "Pattern coding",
        "Capstone",
    ):
        assert re.search(title, text, re.IGNORECASE), title


def test_guides_exist(project):
    for name in ("instructor-guide.md", "trainee-guide.md"):
        assert len((project.root / "curriculum" / name).read_text()) > 1000


def _edit_course(project, change):
    data = yaml.safe_load(project.course_file.read_text())
    change(data)
    project.course_file.write_text(yaml.safe_dump(data, allow_unicode=True))


def test_disagreements_are_reported(project_copy):
    _edit_course(project_copy, lambda d: d["modules"][0].update(points=25, teaching_minutes=1))
    problems = check_course(project_copy)
    assert any("course.yml gives 25 points, the exercise has 20" in p for p in problems)
    assert any("says teaching:" in p for p in problems)


def test_missing_files_and_unlisted_ones_are_reported(project_copy):
    _edit_course(project_copy, lambda d: d["modules"][0].update(lessons=["notebooks/99_missing.py"]))
    problems = check_course(project_copy)
    assert any("lesson notebooks/99_missing.py does not exist" in p for p in problems)
    assert any("lesson notebooks/00_orientation.py is not listed" in p for p in problems)
    assert any("lesson notebooks/00b_knot_grids.py is not listed" in p for p in problems)


def test_module_zero_is_taught_in_two_lessons(project):
    module = load_course(project).modules[0]
    assert module.lessons == ("notebooks/00_orientation.py", "notebooks/00b_knot_grids.py")


def test_a_module_without_lessons_is_a_clear_error(project_copy):
    _edit_course(project_copy, lambda d: d["modules"][0].update(lessons=[]))
    with pytest.raises(ProjectError, match=r"modules\[0\] needs 'lessons', a list of one or more"):
        load_course(project_copy)


def test_a_lesson_listed_twice_is_reported(project_copy):
    def twice(data):
        data["modules"][0]["lessons"].append("notebooks/00_orientation.py")

    _edit_course(project_copy, twice)
    assert any("lesson notebooks/00_orientation.py is listed twice" in p for p in check_course(project_copy))


def test_bad_catalogue_is_a_clear_error(project_copy):
    project_copy.course_file.write_text("modules: [\n")
    with pytest.raises(ProjectError, match="not valid YAML"):
        load_course(project_copy)
    project_copy.course_file.write_text("modules:\n  - number: 0\n")
    with pytest.raises(ProjectError, match=r"modules\[0\] needs 'slug'"):
        load_course(project_copy)
