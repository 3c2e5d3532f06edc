"""
``farshlab build``: from the project's text sources to a course folder nbgrader can serve.

Steps, in order: write the course's ``nbgrader_config.py``; convert each
``exercises/<id>/*.py`` into ``source/<id>/*.ipynb`` after checking its nbgrader cells, with
the assignment's data files beside it; run nbgrader's ``generate_assignment`` into
``release/<id>/``; convert ``notebooks/*.py`` into ``lessons/`` with ``notebooks/data/``;
validate every assignment (solution passes, release fails every autograded test).

Functions
---------
build_course
    Run every step; raise :class:`BuildError` naming each broken file and cell.

Classes
-------
BuildReport, AssignmentBuild
    What was built.
BuildError
    Why a build failed, one line per problem.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from nbgrader.apps import NbGraderAPI

from farshlab.course.catalogue import check_course, load_course
from farshlab.course.nbgrader_setup import (
    load_course_config,
    prepare_environment,
    write_course_config,
)
from farshlab.course.notebooks import (
    GradeCell,
    check_exercise,
    read_text_notebook,
    total_points,
    write_notebook,
)
from farshlab.course.project import COURSE_LANGUAGE, Assignment, Project, ProjectError
from farshlab.course.validate import validate_assignment

__all__ = ["AssignmentBuild", "BuildError", "BuildReport", "build_course"]


class BuildError(RuntimeError):
    """
    A build that cannot be used, with one line per problem.

    Attributes
    ----------
    problems : list of str
        Each names the file (and line, cell and grade_id where known) and what is wrong.
    """

    def __init__(self, problems: list[str]):
        self.problems = [str(problem) for problem in problems]
        super().__init__("\n".join(self.problems))


@dataclass
class AssignmentBuild:
    """One built assignment: its id, notebooks, graded cells and whether it was validated."""

    id: str
    notebooks: list[Path]
    cells: list[GradeCell]
    validated: bool = False

    @property
    def points(self) -> float:
        """All points of the assignment, autograded and written."""
        return total_points(self.cells)

    @property
    def autograded_points(self) -> float:
        """Points given by tests alone."""
        return total_points(c for c in self.cells if c.kind == "autograded")


@dataclass
class BuildReport:
    """What ``build_course`` wrote."""

    course_dir: Path
    assignments: list[AssignmentBuild] = field(default_factory=list)
    lessons: list[Path] = field(default_factory=list)


def _copy_data(files: list[Path], base: Path, target: Path) -> None:
    for file in files:
        destination = target / file.relative_to(base)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(file, destination)


def _write_source(assignment: Assignment, course_dir: Path) -> AssignmentBuild:
    folder = course_dir / "source" / assignment.id
    if folder.exists():
        shutil.rmtree(folder)
    built = AssignmentBuild(assignment.id, [], [])
    for text in assignment.notebook_texts:
        notebook = read_text_notebook(text)
        built.cells += check_exercise(notebook, text, assignment.id)
        built.notebooks.append(write_notebook(notebook, folder / text.with_suffix(".ipynb").name))
    _copy_data(assignment.data_files, assignment.folder, folder)
    return built


def _write_lessons(project: Project, course_dir: Path) -> list[Path]:
    folder = course_dir / "lessons"
    if folder.exists():
        shutil.rmtree(folder)
    written = [
        write_notebook(read_text_notebook(text), folder / text.with_suffix(".ipynb").name)
        for text in project.lessons()
    ]
    data = project.lesson_data()
    if data.is_dir():
        _copy_data(sorted(p for p in data.rglob("*") if p.is_file()), project.notebooks, folder)
    return written


def build_course(
    project: Project,
    course_dir: Path | None = None,
    lang: str = COURSE_LANGUAGE,
    validate: bool = True,
) -> BuildReport:
    """
    Build the course folder from the project's text sources.

    Parameters
    ----------
    project : Project
        The checkout to build from.
    course_dir : pathlib.Path, optional
        Where to build; default ``build/course`` in the project.
    lang : str
        Language of the course text; must be one ``course.yml`` lists.
    validate : bool
        Prove every assignment sound (default). Only a caller that validates by other
        means should turn this off.

    Returns
    -------
    BuildReport

    Raises
    ------
    BuildError
        Naming each broken exercise file and cell, each nbgrader failure and each
        disagreement between ``course.yml`` and the files.
    ProjectError
        If the project or language is unknown.
    """
    course = load_course(project)
    if lang not in course.languages:
        raise ProjectError(
            f"the course text is not written in {lang!r} yet (available: {', '.join(course.languages)})"
        )
    course_dir = Path(course_dir or project.default_course_dir).resolve()
    prepare_environment()
    write_course_config(project, course_dir)
    config = load_course_config(course_dir)
    report = BuildReport(course_dir)

    problems: list[str] = []
    for assignment in project.assignments():
        try:
            report.assignments.append(_write_source(assignment, course_dir))
        except ValueError as error:  # ExerciseError names file, line, cell and grade_id
            problems.append(str(error))
    problems += check_course(project, course) if not problems else []
    if problems:
        raise BuildError(problems)

    api = NbGraderAPI(config=config)
    for built in report.assignments:
        result = api.generate_assignment(built.id, force=True, create=True)
        if not result["success"]:
            detail = (result.get("error") or result.get("log") or "").strip().splitlines()
            problems.append(f"nbgrader generate_assignment {built.id} failed: {detail[-1] if detail else ''}")
    if problems:
        raise BuildError(problems)

    report.lessons = _write_lessons(project, course_dir)
    if validate:
        for assignment, built in zip(project.assignments(), report.assignments, strict=True):
            problems += [str(p) for p in validate_assignment(course_dir, assignment, config)]
            built.validated = True
        if problems:
            raise BuildError(problems)
    return report
