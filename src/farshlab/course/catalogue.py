"""
``curriculum/course.yml``: the machine-readable list of the course's modules.

Each module names its unit file, its lesson texts (one or more, taught in that order), its
assignment id, points and minutes. The catalogue must tell the truth about the files:
:func:`check_course` compares it with the lessons and exercises on disk and with the unit
file's front matter.

Classes
-------
Module, Course
    The parsed catalogue.

Functions
---------
load_course
    Read and check the shape of ``course.yml``.
check_course
    Compare the catalogue with the files it names.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from farshlab.course.notebooks import check_exercise, read_text_notebook, total_points
from farshlab.course.project import COURSE_LANGUAGE, Project, ProjectError

__all__ = ["Course", "Module", "check_course", "load_course", "front_matter"]

MODULE_FIELDS = {
    "number": int,
    "slug": str,
    "title": str,
    "unit": str,
    "lessons": list,
    "assignment": str,
    "points": (int, float),
    "teaching_minutes": int,
    "exercise_minutes": int,
    "objectives": list,
}


@dataclass(frozen=True)
class Module:
    """One module of the course as ``course.yml`` lists it (paths relative to the project).

    ``lessons`` are the module's lesson texts in teaching order: a module taught over two
    sessions has one lesson per session.
    """

    number: int
    slug: str
    title: str
    unit: str
    lessons: tuple[str, ...]
    assignment: str
    points: float
    teaching_minutes: int
    exercise_minutes: int
    objectives: tuple[str, ...]


@dataclass(frozen=True)
class Course:
    """The whole catalogue: id, title, languages the course text exists in, modules in order."""

    course_id: str
    title: str
    languages: tuple[str, ...]
    modules: tuple[Module, ...]


def _module(entry: object, index: int, path: Path) -> Module:
    if not isinstance(entry, dict):
        raise ProjectError(f"{path}: modules[{index}] must be a mapping of fields")
    for name, kind in MODULE_FIELDS.items():
        value = entry.get(name)
        if value is None or isinstance(value, bool) or not isinstance(value, kind):
            raise ProjectError(
                f"{path}: modules[{index}] needs '{name}' ({getattr(kind, '__name__', 'number')})"
            )
    lessons = entry["lessons"]
    if not lessons or not all(isinstance(lesson, str) for lesson in lessons):
        raise ProjectError(f"{path}: modules[{index}] needs 'lessons', a list of one or more lesson paths")
    return Module(
        **{name: entry[name] for name in MODULE_FIELDS}
        | {"lessons": tuple(lessons), "objectives": tuple(entry["objectives"])}
    )


def load_course(project: Project) -> Course:
    """
    Read ``curriculum/course.yml``.

    Raises
    ------
    ProjectError
        If the file is missing, is not valid YAML, or lacks a field.

    Examples
    --------
    >>> from farshlab.course.project import find_project
    >>> course = load_course(find_project())
    >>> course.modules[0].assignment
    'a00_orientation'
    >>> course.modules[0].lessons
    ('notebooks/00_orientation.py', 'notebooks/00b_knot_grids.py')
    """
    path = project.course_file
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ProjectError(f"cannot read the course catalogue {path}: {error}") from error
    except yaml.YAMLError as error:
        raise ProjectError(f"{path} is not valid YAML: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("modules"), list):
        raise ProjectError(f"{path}: expected a mapping with a 'modules' list")
    languages = data.get("languages") or [COURSE_LANGUAGE]
    modules = tuple(_module(entry, i, path) for i, entry in enumerate(data["modules"]))
    return Course(str(data.get("course_id", "")), str(data.get("title", "")), tuple(languages), modules)


def front_matter(path: Path) -> dict:
    """
    Return the YAML front matter of a Markdown unit file (between the first two ``---``).

    Raises
    ------
    ProjectError
        If the file has no front matter.
    """
    text = Path(path).read_text(encoding="utf-8")
    parts = text.split("---", 2)
    if not text.startswith("---") or len(parts) < 3:
        raise ProjectError(f"{path}: a unit file starts with YAML front matter between '---' lines")
    return yaml.safe_load(parts[1]) or {}


def check_course(project: Project, course: Course | None = None) -> list[str]:
    """
    Compare the catalogue with the files on disk.

    Checks that every listed unit, lesson and assignment exists; that each module's points
    equal the points of its exercise's graded cells; that its unit file's ``teaching`` and
    ``exercises`` minutes match; and that every lesson and assignment on disk is listed.

    Returns
    -------
    list of str
        One sentence per disagreement; empty when the catalogue tells the truth.

    Examples
    --------
    >>> from farshlab.course.project import find_project
    >>> check_course(find_project())
    []
    """
    course = course or load_course(project)
    problems = []
    listed_lessons, listed_assignments = set(), set()
    for module in course.modules:
        label = f"course.yml module {module.number} ({module.slug})"
        for name in module.lessons:
            lesson = project.root / name
            if lesson.resolve() in listed_lessons:
                problems.append(f"{label}: lesson {name} is listed twice")
            listed_lessons.add(lesson.resolve())
            if not lesson.is_file():
                problems.append(f"{label}: lesson {name} does not exist")
        listed_assignments.add(module.assignment)
        unit = project.root / module.unit
        if not unit.is_file():
            problems.append(f"{label}: unit file {module.unit} does not exist")
        else:
            meta = front_matter(unit)
            for key, expected in (
                ("teaching", module.teaching_minutes),
                ("exercises", module.exercise_minutes),
            ):
                if meta.get(key) != expected:
                    problems.append(
                        f"{label}: {module.unit} says {key}: {meta.get(key)!r}, course.yml says {expected}"
                    )
        try:
            assignment = project.assignment(module.assignment)
        except ProjectError as error:
            problems.append(f"{label}: {error}")
            continue
        points = sum(
            total_points(check_exercise(read_text_notebook(text), text, assignment.id))
            for text in assignment.notebook_texts
        )
        if abs(points - module.points) > 1e-9:
            problems.append(f"{label}: course.yml gives {module.points} points, the exercise has {points:g}")
    for lesson in project.lessons():
        if lesson.resolve() not in listed_lessons:
            problems.append(f"lesson {lesson.relative_to(project.root)} is not listed in course.yml")
    for assignment in project.assignments():
        if assignment.id not in listed_assignments:
            problems.append(f"assignment {assignment.id} is not listed in course.yml")
    return problems
