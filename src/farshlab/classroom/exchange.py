"""
nbgrader's exchange for the classroom, and the settings that make every account's server use it.

The exchange is a folder on this machine (nbgrader's file-system exchange). nbgrader wants its
root writable by everyone (mode 0777); farshlab adds the sticky bit (1777) so that no trainee
can rename or remove the course's folder inside it, which the instructor's first release makes
(``<exchange>/<course_id>/outbound``, ``inbound`` — 0733: trainees can hand in but not list
others' submissions, each of which :mod:`farshlab.classroom.submit` closes to other trainees —
and ``feedback``, 0711: feedback files are named by a hash only the submission's owner can work
out).

Every account's server reads the classroom's shared Jupyter folder (``JUPYTER_CONFIG_PATH``), whose
``nbgrader_config.py`` names the exchange and the course id; the instructor's own
``~/.jupyter/nbgrader_config.py`` adds the course folder for Formgrader. nbgrader's own feedback
release works on what ``farshlab grade`` writes: the autograded folder keeps each submission's
``submission_secret.txt``, and the feedback step copies it beside the page.

Functions
---------
prepare_exchange
    Make the exchange root with the permissions nbgrader expects (and the sticky bit).
shared_settings_text
    The ``nbgrader_config.py`` every account's server reads.
instructor_settings_text
    The instructor's own ``nbgrader_config.py``: the course folder for Formgrader.
inbound_folder
    Where the trainees' submissions arrive.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["inbound_folder", "instructor_settings_text", "prepare_exchange", "shared_settings_text"]

EXCHANGE_MODE = 0o1777


def prepare_exchange(root: Path) -> Path:
    """
    Make the exchange folder ``root`` (mode 1777; its parents 0755 when made); return it.

    Examples
    --------
    >>> import tempfile
    >>> root = prepare_exchange(Path(tempfile.mkdtemp()) / "srv" / "exchange")
    >>> oct(root.stat().st_mode & 0o7777)
    '0o1777'
    """
    root = Path(root)
    for folder in reversed(root.parents):
        if not folder.exists():
            folder.mkdir(mode=0o755)
    root.mkdir(exist_ok=True)
    os.chmod(root, EXCHANGE_MODE)
    return root


def shared_settings_text(exchange: Path, course_id: str) -> str:
    """
    The ``nbgrader_config.py`` every account's server reads: the exchange and the course id.

    Examples
    --------
    >>> print(shared_settings_text(Path("/srv/nbgrader/exchange"), "farshlab"))
    # Written by `farshlab classroom up`: every account's nbgrader uses this exchange and course.
    c = get_config()  # noqa: F821
    c.Exchange.root = '/srv/nbgrader/exchange'
    c.CourseDirectory.course_id = 'farshlab'
    # a submission is closed to other trainees (farshlab.classroom.submit)
    c.ExchangeFactory.submit = 'farshlab.classroom.submit.Submit'
    <BLANKLINE>
    """
    return (
        "# Written by `farshlab classroom up`: every account's nbgrader uses this exchange and course.\n"
        "c = get_config()  # noqa: F821\n"
        f"c.Exchange.root = {str(exchange)!r}\n"
        f"c.CourseDirectory.course_id = {course_id!r}\n"
        "# a submission is closed to other trainees (farshlab.classroom.submit)\n"
        "c.ExchangeFactory.submit = 'farshlab.classroom.submit.Submit'\n"
    )


def instructor_settings_text(course_dir: Path) -> str:
    """
    The instructor's ``~/.jupyter/nbgrader_config.py``: Formgrader works on ``course_dir``.

    Examples
    --------
    >>> "c.CourseDirectory.root = '/home/instructor/course'" in instructor_settings_text(
    ...     Path("/home/instructor/course"))
    True
    """
    return (
        "# Written by `farshlab classroom up`: Formgrader and nbgrader's commands use this course.\n"
        "c = get_config()  # noqa: F821\n"
        f"c.CourseDirectory.root = {str(course_dir)!r}\n"
    )


def inbound_folder(exchange: Path, course_id: str) -> Path:
    """
    The exchange's ``inbound/`` folder of the course: what ``farshlab grade --submissions`` reads.

    Examples
    --------
    >>> inbound_folder(Path("/srv/nbgrader/exchange"), "farshlab")
    PosixPath('/srv/nbgrader/exchange/farshlab/inbound')
    """
    return Path(exchange) / course_id / "inbound"
