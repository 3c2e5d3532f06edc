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
    "notebook_name",
    "translated_path",
    "translated_texts",
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
        """The English jupytext ``.py`` files, one per notebook of the assignment, sorted by name."""
        return sorted(p for p in self.folder.glob("*.py") if p.is_file() and len(p.suffixes) == 1)

    def texts(self, lang: str = COURSE_LANGUAGE) -> list[Path]:
        """
        The notebook texts of the assignment in language ``lang`` (``<name>.<lang>.py`` beside each
        English ``<name>.py``).

        Raises
        ------
        ProjectError
            If a notebook has no text in ``lang``.
        """
        return translated_texts(self.notebook_texts, lang)

    @property
    def data_files(self) -> list[Path]:
        """Every other file under the folder (data the notebooks read), sorted."""
        texts = set(self.folder.glob("*.py"))
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
        """``build/course``: where ``farshlab build`` writes the English course by default."""
        return self.root / "build" / "course"

    def course_dir(self, lang: str = COURSE_LANGUAGE) -> Path:
        """
        Where ``farshlab build --lang LANG`` writes by default: ``build/course``, ``build/course-fa``.

        Examples
        --------
        >>> find_project().course_dir("fa").name
        'course-fa'
        """
        name = "course" if lang == COURSE_LANGUAGE else f"course-{lang}"
        return self.root / "build" / name

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

    def lessons(self, lang: str = COURSE_LANGUAGE) -> list[Path]:
        """
        Return the lesson texts ``notebooks/*.py`` (``notebooks/*.<lang>.py``), sorted by name.

        Raises
        ------
        ProjectError
            If a lesson has no text in ``lang``.
        """
        english = sorted(p for p in self.notebooks.glob("*.py") if p.is_file() and len(p.suffixes) == 1)
        return translated_texts(english, lang)

    def lesson_data(self) -> Path:
        """Return ``notebooks/data/``, the folder of files the lessons read."""
        return self.notebooks / "data"


def translated_path(english: Path, lang: str) -> Path:
    """
    Return where the ``lang`` text of an English file sits: beside it, with ``.<lang>`` before the
    extension.

    Examples
    --------
    >>> translated_path(Path("notebooks/01_knots_and_sizes.py"), "fa").name
    '01_knots_and_sizes.fa.py'
    >>> translated_path(Path("curriculum/syllabus.md"), "en").name
    'syllabus.md'
    """
    english = Path(english)
    if lang == COURSE_LANGUAGE:
        return english
    return english.with_name(f"{english.stem}.{lang}{english.suffix}")


def notebook_name(text: Path) -> str:
    """
    Return the notebook name a text is built into: the same for every language.

    Examples
    --------
    >>> notebook_name(Path("a01_knots_and_sizes.fa.py")), notebook_name(Path("a01_knots_and_sizes.py"))
    ('a01_knots_and_sizes.ipynb', 'a01_knots_and_sizes.ipynb')
    """
    return Path(text).name.split(".", 1)[0] + ".ipynb"


def translated_texts(english: list[Path], lang: str) -> list[Path]:
    """
    Return the ``lang`` texts of English files, in the same order.

    Raises
    ------
    ProjectError
        Naming every file that has no ``lang`` text yet.
    """
    texts = [translated_path(path, lang) for path in english]
    missing = [str(path) for path in texts if not path.is_file()]
    if missing:
        raise ProjectError(f"not translated into {lang!r} yet: {', '.join(missing)}")
    return texts


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
