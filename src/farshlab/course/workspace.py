"""
A trainee's JupyterLab folder, filled from the released course without overwriting work.

``make lab`` opens JupyterLab on ``build/workspace/``: ``lessons/`` (the lesson notebooks and
their data) and ``assignments/<id>/`` (the released copies, never the solutions). A file the
trainee already has is kept as it is, so rebuilding the course never loses an answer.

Functions
---------
fill_workspace
    Copy what is missing from the course folder into the workspace.
write_kernel_startup
    The start-up file that gives the trainees' kernels figures in the session's language.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from farshlab.course.project import ProjectError

__all__ = ["fill_workspace", "write_kernel_startup"]

#: What every kernel of the trainees' JupyterLab runs first (IPython's start-up folder).
KERNEL_STARTUP = """\
# Written by `farshlab workspace`: figures drawn in the session's language (FARSHLAB_LANG),
# Persian labels in the bundled Vazirmatn font with Persian tick digits, and failed tests'
# messages shown with their numbers in Persian digits.
import os as _os

if _os.environ.get("FARSHLAB_LANG", "en") != "en":
    try:
        from farshlab.plotting.fonts import use_language as _use_language

        _use_language()
    except Exception as _error:  # a kernel must start even if this fails
        print("farshlab: figures keep matplotlib's fonts:", _error)
    try:
        from IPython import get_ipython as _get_ipython

        from farshlab.locale.assertions import show_assertions_in as _show_assertions_in

        _show_assertions_in(_get_ipython())
    except Exception as _error:
        print("farshlab: test messages keep Latin digits:", _error)
"""


def _copy_missing(source: Path, target: Path) -> tuple[list[Path], list[Path]]:
    copied, kept = [], []
    for file in sorted(p for p in source.rglob("*") if p.is_file()):
        if ".ipynb_checkpoints" in file.parts:
            continue
        destination = target / file.relative_to(source)
        if destination.exists():
            kept.append(destination)
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(file, destination)
        copied.append(destination)
    return copied, kept


def fill_workspace(course_dir: Path, workspace: Path) -> tuple[list[Path], list[Path]]:
    """
    Copy the released assignments and the lessons into a trainee's workspace.

    Parameters
    ----------
    course_dir : pathlib.Path
        A course folder made by ``farshlab build``.
    workspace : pathlib.Path
        The trainee's folder; created when missing.

    Returns
    -------
    copied : list of pathlib.Path
        Files newly placed in the workspace.
    kept : list of pathlib.Path
        Files the workspace already had and that were left untouched.

    Raises
    ------
    ProjectError
        If ``course_dir`` has no ``release/`` folder (the course was not built).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> course = pathlib.Path(tempfile.mkdtemp())
    >>> (course / "release" / "a00_orientation").mkdir(parents=True)
    >>> _ = (course / "release" / "a00_orientation" / "a00_orientation.ipynb").write_text("{}")
    >>> copied, kept = fill_workspace(course, course / "workspace")
    >>> [p.name for p in copied], kept
    (['a00_orientation.ipynb'], [])
    >>> fill_workspace(course, course / "workspace")[0]
    []
    """
    course_dir, workspace = Path(course_dir), Path(workspace)
    release = course_dir / "release"
    if not release.is_dir():
        raise ProjectError(f"{course_dir} has no released assignments: run `farshlab build` first")
    copied, kept = _copy_missing(release, workspace / "assignments")
    lessons = course_dir / "lessons"
    if lessons.is_dir():
        more_copied, more_kept = _copy_missing(lessons, workspace / "lessons")
        copied += more_copied
        kept += more_kept
    return copied, kept


def write_kernel_startup(ipython_dir: Path) -> Path:
    """
    Write the start-up file the trainees' kernels run (``IPYTHONDIR`` is ``ipython_dir``).

    With ``FARSHLAB_LANG=fa`` a kernel then draws figures with Persian fonts and digits
    (:func:`farshlab.plotting.fonts.use_language`) and shows failed tests' messages in Persian
    digits (:func:`farshlab.locale.assertions.show_assertions_in`); in English it does nothing.
    Grading kernels never run it: they start from the grader's own, empty IPython folder.

    Returns
    -------
    pathlib.Path
        The file written, ``<ipython_dir>/profile_default/startup/00-farshlab-language.py``.
    """
    target = Path(ipython_dir) / "profile_default" / "startup" / "00-farshlab-language.py"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(KERNEL_STARTUP, encoding="utf-8")
    return target
