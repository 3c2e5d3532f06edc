"""
The system-wide environment the hub and every account's server run.

Trainees' servers run as the trainees' own Unix users, so the Python they start must be readable
and runnable by any account. A virtual environment made from a Python under root's home (mode
0700, as pyenv's) does not start for them. ``make classroom`` therefore copies the Python the
project's ``.venv`` is made from (its standard library, without its site-packages) to
``/opt/farshlab-classroom/python``, points its interpreter at its own ``lib/`` (``patchelf``),
and makes the virtual environment ``/opt/farshlab-classroom/env`` from it, with farshlab and
JupyterHub installed from the same ``constraints.txt``.

Functions
---------
unreadable_part
    The first folder or file on the way to a path that other accounts cannot use, if any.
check_environment
    Refuse an environment that is missing or that trainees' accounts could not run.
environment_command
    The path of one of the environment's programs.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from farshlab.course.project import ProjectError
from farshlab.locale import message

__all__ = ["PROGRAMS", "check_environment", "environment_command", "unreadable_part"]

#: What the classroom runs from the environment.
PROGRAMS = ("jupyterhub", "jupyterhub-singleuser", "farshlab", "nbgrader", "python")


def unreadable_part(path: Path) -> Path | None:
    """
    Return the first folder on the way to ``path`` that other users cannot enter, or ``path``
    itself if they cannot read it; ``None`` when everyone can reach and read it.

    Symbolic links are followed (the interpreter of a virtual environment is one).

    Examples
    --------
    >>> unreadable_part(Path("/usr/bin/env")) is None
    True
    >>> import tempfile
    >>> secret = Path(tempfile.mkdtemp())
    >>> secret.chmod(0o700)
    >>> unreadable_part(secret / "file") == secret
    True
    """
    target = Path(os.path.realpath(path))
    for folder in reversed(target.parents):
        if not os.stat(folder).st_mode & stat.S_IXOTH:
            return folder
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return None
    wanted = stat.S_IROTH | (stat.S_IXOTH if stat.S_ISDIR(mode) or mode & stat.S_IXUSR else 0)
    return None if mode & wanted == wanted else target


def environment_command(environment: Path, name: str) -> Path:
    """
    The program ``name`` of the environment.

    Examples
    --------
    >>> environment_command(Path("/opt/farshlab-classroom/env"), "jupyterhub")
    PosixPath('/opt/farshlab-classroom/env/bin/jupyterhub')
    """
    return Path(environment) / "bin" / name


def check_environment(environment: Path) -> None:
    """
    Check that ``environment`` has every program the classroom runs and that other accounts
    can run its interpreter.

    Raises
    ------
    ProjectError
        Naming what is missing (``make classroom`` builds it) or the folder that is closed.
    """
    for name in PROGRAMS:
        program = environment_command(environment, name)
        if not program.exists():
            raise ProjectError(message("classroom.error.no_environment", path=environment, program=name))
        closed = unreadable_part(program)
        if closed is not None:
            raise ProjectError(message("classroom.error.closed_environment", path=closed, program=program))
