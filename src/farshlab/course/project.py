"""
Where a farshlab checkout keeps its lessons, exercises and grading settings.

A *project* is a folder holding ``exercises/<assignment_id>/*.py`` (nbgrader source
assignments as jupytext text), ``notebooks/*.py`` (lessons), ``autograder/`` (nbgrader
settings and the sample cohort) and ``curriculum/``.

Classes
-------
Project
    The paths of one project and the assignments and lessons it holds.
Assignment
    One assignment: its id, its notebook texts and its data files.

Functions
---------
find_project
    The project containing a folder (by default the current one, then farshlab's own).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "Assignment",
    "Project",
    "ProjectError",
    "find_project",
    "ASSIGNMENT_ID_PATTERN",
    "COURSE_LANGUAGE",
]

ASSIGNMENT_ID_PATTERN = re.compile(r"^a\d\d_[a-z0-9_]+$")
"""Assignment ids: ``a`` + two-digit module number + ``_`` + a lower-case name."""

COURSE_LANGUAGE = "en"
"""The language the course text is written in first: what ``farshlab build`` builds unless told
otherwise, and the one language of a ``course.yml`` that lists none."""

MARKER = Path("autograder") / "nbgrader_config.py"


class ProjectError(ValueError):
    """A project folder, assignment or lesson is missing or misnamed."""


@dataclass(frozen=True)
class Assignment:
    """
    One nbgrader assignment written as text.

    Attributes
    ----------
    id : str
        The assignment id, e.g. ``"a00_orientation"``; also its folder name.
    folder : pathlib.Path
        ``exercises/<id>/``.
    """

    id: str
    folder: Path

    @property
    def notebook_texts(self) -> list[Path]:
        """The jupytext ``.py`` files, one per notebook of the assignment, sorted by name."""
        return sorted(p for p in self.folder.glob("*.py") if p.is_file())

    @property
    def data_files(self) -> list[Path]:
        """Every other file under the folder (data the notebooks read), sorted."""
        texts = set(self.notebook_texts)
        return sorted(
            p
            for p in self.folder.rglob("*")
            if p.is_file()
            and p not in texts
            and "__pycache__" not in p.parts
            and ".ipynb_checkpoints" not in p.parts
        )


@dataclass(frozen=True)
class Project:
    """
    The folders of one farshlab project.

    Parameters
    ----------
    root : pathlib.Path
        The project's top folder (the repository root).

    Examples
    --------
    >>> project = find_project()
    >>> project.exercises.name
    'exercises'
    """

    root: Path

    @property
    def exercises(self) -> Path:
        """``exercises/``: one folder per assignment."""
        return self.root / "exercises"

    @property
    def notebooks(self) -> Path:
        """``notebooks/``: lesson texts, with their data files in ``notebooks/data/``."""
        return self.root / "notebooks"

    @property
    def autograder(self) -> Path:
        """``autograder/``: the nbgrader settings and the sample cohort."""
        return self.root / "autograder"

    @property
    def nbgrader_config_template(self) -> Path:
        """``autograder/nbgrader_config.py``, copied into every built course."""
        return self.root / MARKER

    @property
    def samples(self) -> Path:
        """``autograder/samples/``: the bundled sample cohort, one folder per assignment."""
        return self.autograder / "samples"

    @property
    def course_file(self) -> Path:
        """``curriculum/course.yml``."""
        return self.root / "curriculum" / "course.yml"

    @property
    def default_course_dir(self) -> Path:
        """``build/course``: where ``farshlab build`` writes by default."""
        return self.root / "build" / "course"

    def assignments(self) -> list[Assignment]:
        """
        Return every assignment under ``exercises/``, sorted by id.

        Raises
        ------
        ProjectError
            If a folder's name is not a valid assignment id or it holds no notebook text.
        """
        found = []
        for folder in sorted(p for p in self.exercises.iterdir() if p.is_dir()):
            if folder.name.startswith((".", "_")):
                continue
            if not ASSIGNMENT_ID_PATTERN.match(folder.name):
                raise ProjectError(
                    f"{folder}: assignment folders are named like 'a01_knots_and_sizes' "
                    "(a, two digits, _, lower-case name)"
                )
            assignment = Assignment(folder.name, folder)
            if not assignment.notebook_texts:
                raise ProjectError(f"{folder}: no notebook text (*.py) in this assignment folder")
            found.append(assignment)
        return found

    def assignment(self, assignment_id: str) -> Assignment:
        """
        Return one assignment by id.

        Raises
        ------
        ProjectError
            If there is no such assignment; the message lists the ones there are.
        """
        for assignment in self.assignments():
            if assignment.id == assignment_id:
                return assignment
        known = ", ".join(a.id for a in self.assignments()) or "none"
        raise ProjectError(f"no assignment {assignment_id!r} in {self.exercises} (there are: {known})")

    def lessons(self) -> list[Path]:
        """Return the lesson texts ``notebooks/*.py``, sorted by name."""
        return sorted(p for p in self.notebooks.glob("*.py") if p.is_file())

    def lesson_data(self) -> Path:
        """Return ``notebooks/data/``, the folder of files the lessons read."""
        return self.notebooks / "data"


def find_project(start: Path | str | None = None) -> Project:
    """
    Return the farshlab project containing ``start``.

    Looks upward from ``start`` (default: the current folder) for a folder holding
    ``autograder/nbgrader_config.py`` and ``exercises/``; if none is found and ``start`` was
    not given, falls back to the checkout farshlab itself is installed from.

    Parameters
    ----------
    start : path-like, optional
        A folder inside the project.

    Returns
    -------
    Project

    Raises
    ------
    ProjectError
        If no project is found.

    Examples
    --------
    >>> (find_project().root / "exercises").is_dir()
    True
    """
    candidates = []
    if start is not None:
        candidates.append(Path(start).resolve())
    else:
        candidates.append(Path.cwd().resolve())
        candidates.append(Path(__file__).resolve().parents[3])
    for candidate in candidates:
        for folder in (candidate, *candidate.parents):
            if (folder / MARKER).is_file() and (folder / "exercises").is_dir():
                return Project(folder)
    raise ProjectError(
        f"no farshlab project found at or above {candidates[0]}: run the command inside the "
        "farshlab repository or pass --project"
    )
