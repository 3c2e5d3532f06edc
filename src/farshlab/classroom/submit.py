"""
nbgrader's ``submit`` with the submission closed to other trainees.

nbgrader's file-system exchange makes each submission in ``inbound/`` readable by everyone
(folders 0755, files 0444); only the inbound folder's mode (0733, not listable) and a random
part of the submission's name keep it from other trainees. This exchange class, named in every
account's nbgrader settings (``c.ExchangeFactory.submit``), submits as nbgrader does, then gives
the submission folder to the course's group only — the inbound folder is set-group-id, so that
is the instructor's group — by removing every permission of others (folder 0770, the notebooks
0640): the instructor collects it, no other trainee can enter it even knowing its name.

Classes
-------
Submit
    nbgrader's ``ExchangeSubmit``, closing the submission to others.

Functions
---------
close_to_others
    Remove the permissions of others from a folder and everything in it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from nbgrader.exchange.default.submit import ExchangeSubmit

__all__ = ["Submit", "close_to_others"]


def close_to_others(folder: Path) -> None:
    """
    Remove the permissions of others from ``folder`` and from what under it has its group.

    A file of another group (``timestamp.txt`` and ``submission_secret.txt``, which nbgrader
    writes after copying the folder's own mode over the set-group-id one) keeps its read
    permission for others, so that the instructor can read it: the closed folder already keeps
    every other account out. Links are not followed.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.ipynb").write_text("{}")
    >>> folder.chmod(0o777); (folder / "a.ipynb").chmod(0o644)
    >>> close_to_others(folder)
    >>> oct(folder.stat().st_mode & 0o777), oct((folder / "a.ipynb").stat().st_mode & 0o777)
    ('0o770', '0o640')
    """
    folder = Path(folder)
    group = folder.stat().st_gid
    paths = [folder]
    for parent, names, files in os.walk(folder):
        paths.extend(Path(parent, name) for name in names + files)
    for path in paths:
        if path.is_symlink():
            continue
        status = path.stat()
        if path == folder or status.st_gid == group:
            os.chmod(path, stat.S_IMODE(status.st_mode) & ~stat.S_IRWXO)


class Submit(ExchangeSubmit):
    """nbgrader's submit; the submission is then readable by its owner and the course's group only."""

    def copy_files(self):
        super().copy_files()
        close_to_others(Path(self.inbound_path) / self.assignment_filename)
