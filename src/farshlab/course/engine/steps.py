"""
The nbgrader steps a submission goes through in farshlab's engine, and a course's settings of them.

nbgrader's ``autograde`` runs ``Autograde.sanitize_preprocessors`` on the submitted notebook,
then ``Autograde.autograde_preprocessors``, the first of which (``Execute``) runs the notebook.
farshlab runs the same preprocessors in the same order, with the course's configuration, except
``Execute``: the notebook runs in a sandboxed kernel (:mod:`farshlab.course.execute`). The
workers run the steps before and after the kernel; the main process alone runs the ones that
write the gradebook. The final ``CheckCellMetadata`` is not repeated there: the worker ran it on
the same nbgrader metadata (running a notebook changes its outputs only).

A course that changes these lists (``c.Autograde.sanitize_preprocessors = …``) is refused with a
message: farshlab cannot run preprocessors it does not know in the sandbox's place. The two
other ``Autograde`` settings are honoured: ``exclude_overwriting`` (the files listed are taken
from the trainee's submission, not from ``source/``) and ``create_student`` (when false, a
trainee not already in the gradebook is not graded, as nbgrader refuses them).

Constants
---------
SANITIZE, AFTER_EXECUTE, SAVE
    The preprocessors (names in :mod:`nbgrader.preprocessors` or nbconvert) of each stage.

Functions
---------
check_autograde_settings
    Refuse a course whose ``Autograde`` preprocessor lists are not nbgrader's.
preprocessors
    The classes of one stage.
excluded_files
    The files ``c.Autograde.exclude_overwriting`` keeps from the submission.
assignment_files
    The files a kernel gets beside the notebooks: the assignment's, or the trainee's where kept.
creates_students
    ``c.Autograde.create_student``.
resources
    The ``resources`` nbgrader's preprocessors read for one notebook.
"""

from __future__ import annotations

import functools

from farshlab.course.project import ProjectError

__all__ = [
    "AFTER_EXECUTE",
    "SANITIZE",
    "SAVE",
    "AutogradeSettingsError",
    "assignment_files",
    "check_autograde_settings",
    "creates_students",
    "excluded_files",
    "preprocessors",
    "resources",
]

#: nbgrader's ``Autograde.sanitize_preprocessors``, in order (run by a worker before the kernel).
SANITIZE = ("ClearOutput", "DeduplicateIds", "OverwriteKernelspec", "OverwriteCells", "CheckCellMetadata")
#: The steps of nbgrader's ``Autograde.autograde_preprocessors`` after ``Execute``.
AFTER_EXECUTE = ("IgnorePattern", "ClearMetadataPreprocessor", "LimitOutput")
#: The steps that write the gradebook (the main process alone).
SAVE = ("SaveAutoGrades", "AssignLatePenalties")
#: nbgrader's ``Autograde.autograde_preprocessors``, in order.
AUTOGRADE = ("Execute", *AFTER_EXECUTE, *SAVE, "CheckCellMetadata")


class AutogradeSettingsError(ProjectError):
    """A course's ``c.Autograde`` settings that farshlab's engine cannot honour."""


def _name(item) -> str:
    if isinstance(item, str):
        return item.rsplit(".", 1)[-1]
    return getattr(item, "__name__", repr(item))


def check_autograde_settings(config) -> None:
    """
    Refuse a course whose ``c.Autograde`` preprocessor lists differ from nbgrader's.

    Parameters
    ----------
    config : traitlets.config.Config
        The course's nbgrader configuration.

    Raises
    ------
    AutogradeSettingsError
        Naming the setting, what it holds and what farshlab runs instead.

    Examples
    --------
    >>> from traitlets.config import Config
    >>> check_autograde_settings(Config())
    >>> config = Config()
    >>> config.Autograde.sanitize_preprocessors = ["nbgrader.preprocessors.ClearOutput"]
    >>> try:
    ...     check_autograde_settings(config)
    ... except AutogradeSettingsError as error:
    ...     print(str(error)[:68])
    the course sets c.Autograde.sanitize_preprocessors to ClearOutput; f
    """
    settings = config.get("Autograde", {})
    for name, expected in (
        ("sanitize_preprocessors", SANITIZE),
        ("autograde_preprocessors", AUTOGRADE),
        ("preprocessors", ()),
    ):
        if name not in settings:
            continue
        value = settings[name]
        names = tuple(_name(item) for item in value) if isinstance(value, list | tuple) else (repr(value),)
        if names != expected:
            raise AutogradeSettingsError(
                f"the course sets c.Autograde.{name} to {', '.join(names) or 'nothing'}; farshlab grade "
                f"runs nbgrader's own list ({', '.join(expected) or 'nothing'}) around its sandboxed "
                "kernel and cannot run other steps: remove the setting from nbgrader_config.py"
            )


@functools.cache
def preprocessors(stage: tuple[str, ...]) -> tuple[type, ...]:
    """
    The preprocessor classes of one stage (``SANITIZE``, ``AFTER_EXECUTE`` or ``SAVE``), looked
    up once per process (every notebook of a batch goes through them).

    Examples
    --------
    >>> [cls.__name__ for cls in preprocessors(AFTER_EXECUTE)]
    ['IgnorePattern', 'ClearMetadataPreprocessor', 'LimitOutput']
    """
    import nbconvert.preprocessors
    import nbgrader.preprocessors

    return tuple(
        getattr(nbgrader.preprocessors, n, None) or getattr(nbconvert.preprocessors, n) for n in stage
    )


def excluded_files(config, assignment_id: str) -> tuple[str, ...]:
    """
    The files of ``source/<assignment>/`` that ``c.Autograde.exclude_overwriting`` takes from the
    trainee's submission instead.

    Examples
    --------
    >>> from traitlets.config import Config
    >>> config = Config()
    >>> config.Autograde.exclude_overwriting = {"a05": ["helpers.py"]}
    >>> excluded_files(config, "a05"), excluded_files(config, "a00")
    (('helpers.py',), ())
    """
    table = config.get("Autograde", {}).get("exclude_overwriting", {}) or {}
    names = table.get(assignment_id, []) if isinstance(table, dict) else []
    return tuple(str(name) for name in names)


def assignment_files(config, course, assignment_id: str, student_id: str) -> dict:
    """
    The files a trainee's kernel and autograded folder get beside the notebooks.

    Every file of ``source/<assignment>/`` except notebooks, and except those
    ``c.Autograde.exclude_overwriting`` lists, which come from the trainee's submission when it
    holds them as regular files (no link is followed; see
    :func:`farshlab.course.collect.regular_files`).

    Parameters
    ----------
    config : traitlets.config.Config
    course : pathlib.Path
        The course folder.
    assignment_id, student_id : str

    Returns
    -------
    dict
        ``{relative name: pathlib.Path of the file to copy}``.
    """
    from pathlib import Path

    from farshlab.course.collect import regular_files

    course = Path(course)
    source = course / "source" / assignment_id
    files = {
        str(p.relative_to(source)): p
        for p in sorted(source.rglob("*"))
        if p.is_file() and p.suffix != ".ipynb" and ".ipynb_checkpoints" not in p.parts
    }
    excluded = excluded_files(config, assignment_id)
    if excluded:
        folder = course / "submitted" / student_id / assignment_id
        theirs, _refused = regular_files(folder, course / "submitted")
        for name in excluded:
            files.pop(name, None)
            if name in theirs:
                files[name] = folder / name
    return files


def resources(student_id: str, assignment_id: str, notebook_id: str, db_url: str) -> dict:
    """
    The ``resources`` nbgrader's preprocessors read for one trainee's notebook.

    Examples
    --------
    >>> resources("t01", "a00", "a00", "sqlite:///g.db")["nbgrader"]["student"]
    't01'
    """
    return {
        "unique_key": notebook_id,
        "nbgrader": {
            "student": student_id,
            "assignment": assignment_id,
            "notebook": notebook_id,
            "db_url": db_url,
        },
    }


def creates_students(config) -> bool:
    """
    ``c.Autograde.create_student`` (nbgrader's default: true).

    Examples
    --------
    >>> from traitlets.config import Config
    >>> creates_students(Config())
    True
    """
    return bool(config.get("Autograde", {}).get("create_student", True))
