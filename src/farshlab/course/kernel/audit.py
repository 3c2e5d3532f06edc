"""
The audit hook of a grading kernel: every file opened outside the scratch folder is written down.

Installed by :mod:`farshlab.course.kernel.shim` (PEP 578, ``sys.addaudithook``) before ipykernel
starts, so no trainee code runs without it, and it cannot be removed. The sandbox has already
refused what the kernel may not touch; the log is the evidence a grader reads as the flags
``read_outside`` and ``write_outside`` (:func:`farshlab.course.tamper.outcome_flags`).

Functions
---------
make_hook
    The hook for one kernel: its scratch folder, the folders it may read, its log file.
"""

from __future__ import annotations

import json
import os

__all__ = ["MAX_ENTRIES", "make_hook"]

#: Most distinct accesses written to the log (a notebook that lists a folder in a loop is seen
#: once per path, and never fills the disk with its log).
MAX_ENTRIES = 200
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_WRITING_EVENTS = ("os.remove", "os.rename", "os.mkdir", "shutil.rmtree", "os.rmdir")


def make_hook(scratch: str, allowed: tuple[str, ...], log):
    """
    Return an audit hook that logs accesses outside ``scratch`` and, for reading, ``allowed``.

    Parameters
    ----------
    scratch : str
        The kernel's scratch folder (absolute): everything inside it is the kernel's own.
    allowed : tuple of str
        Folders (absolute, each ending in ``/``) the kernel may read without a note.
    log : file
        Open text file; one JSON object per line: ``{"event", "path", "write"}``.

    Returns
    -------
    callable
        ``hook(event, args)`` for ``sys.addaudithook``.

    Examples
    --------
    >>> import io
    >>> log = io.StringIO()
    >>> hook = make_hook("/scratch/k1", ("/usr/",), log)
    >>> hook("open", ("/scratch/k1/a.ipynb", "r", 0))
    >>> hook("open", ("/usr/lib/x.py", "r", 0))
    >>> hook("open", ("/etc/shadow", "r", 0))
    >>> hook("open", ("/usr/lib/x.pyc", "wb", 0))
    >>> for line in log.getvalue().splitlines():
    ...     print(line)
    {"event": "open", "path": "/etc/shadow", "write": false}
    {"event": "open", "path": "/usr/lib/x.pyc", "write": true}
    """
    seen: set = set()
    abspath, dumps, write_flags = os.path.abspath, json.dumps, _WRITE_FLAGS
    inside = scratch + "/"

    def hook(event, args):
        if event == "open":
            path, mode, flags = args
            writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                isinstance(flags, int) and bool(flags & write_flags)
            )
        elif event in ("os.listdir", "os.scandir"):
            path, writing = args[0], False
        elif event in _WRITING_EVENTS:
            path, writing = args[0], True
        else:
            return
        if isinstance(path, bytes):
            path = path.decode("utf-8", "replace")
        if not isinstance(path, str):
            return
        full = abspath(path)
        if full == scratch or full.startswith(inside) or full == "/dev/null":
            return
        if not writing and (full + "/").startswith(allowed):
            return
        key = (event, full, writing)
        if key in seen or len(seen) > MAX_ENTRIES:
            return
        seen.add(key)
        log.write(dumps({"event": event, "path": full, "write": writing}) + "\n")

    return hook
