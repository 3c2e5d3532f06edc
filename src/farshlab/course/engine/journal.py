"""
The resume journal of a grading batch: ``reports/<assignment>/journal.jsonl``.

One JSON line per trainee, written (flushed and synced) after the trainee's gradebook entry and
feedback are written. Its key is a digest of the submitted files, the released notebooks and the
limits: a batch started again skips a trainee whose key is unchanged.

Functions
---------
submission_digest
    SHA-256 of one submission folder, no link followed.
journal_key
    The key of one task.
read_journal
    The last entry per trainee.

Classes
-------
Journal
    The journal file of one batch, open for appending.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from farshlab.course.engine.records import JournalEntry, Task

__all__ = ["Journal", "journal_key", "read_journal", "submission_digest"]


def submission_digest(folder: Path, root: Path | None = None) -> str:
    """
    SHA-256 of every file of one submission folder (names and bytes), in name order.

    No link is followed and only regular files are read (:func:`farshlab.course.collect.regular_files`):
    a link or a pipe counts by what it is (a link by its target's name), never by what it leads to.

    Parameters
    ----------
    folder : pathlib.Path
        ``submitted/<student>/<assignment>/``.
    root : pathlib.Path, optional
        Where the check for linked folders starts (``submitted/``); default ``folder``.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = (Path(d) / "a.ipynb").write_text("{}")
    ...     len(submission_digest(Path(d)))
    64
    """
    from farshlab.course.collect import NotRegularFile, open_regular, regular_files

    digest = hashlib.sha256()
    folder = Path(folder)
    root = Path(root) if root is not None else folder
    names, refused = regular_files(folder, root, skip=())
    for name in names:
        digest.update(name.encode())
        try:
            with open_regular(folder / name, root) as handle:
                for block in iter(lambda h=handle: h.read(1 << 20), b""):
                    digest.update(block)
        except NotRegularFile as error:  # changed into a link meanwhile
            digest.update(str(error).encode())
    for sentence in refused:
        digest.update(sentence.encode())
    return digest.hexdigest()


def journal_key(course: Path, task: Task) -> str:
    """
    The journal key of ``task``: its submitted files, its released notebooks, its limits.

    Parameters
    ----------
    course : pathlib.Path
        The course folder.
    task : Task

    Returns
    -------
    str
        A SHA-256 hex digest.
    """
    digest = hashlib.sha256()
    submitted = course / "submitted"
    digest.update(submission_digest(submitted / task.student_id / task.assignment_id, submitted).encode())
    for notebook_id in task.notebook_ids:
        release = course / "release" / task.assignment_id / f"{notebook_id}.ipynb"
        digest.update(hashlib.sha256(release.read_bytes()).hexdigest().encode())
    limits = {name: float(value) for name, value in task.limits.as_dict().items()}
    digest.update(json.dumps(limits, sort_keys=True).encode())
    return digest.hexdigest()


def read_journal(path: Path) -> dict[str, JournalEntry]:
    """
    The journal's last entry per trainee (a torn last line from a kill is ignored).

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     path = Path(d) / "journal.jsonl"
    ...     with Journal(path) as journal:
    ...         journal.append(JournalEntry("t01", "k1"))
    ...         journal.append(JournalEntry("t01", "k2"))
    ...     with path.open("a") as torn:
    ...         _ = torn.write('{"student_id": "t02", "ke')
    ...     {s: e.key for s, e in read_journal(path).items()}
    {'t01': 'k2'}
    """
    entries: dict[str, JournalEntry] = {}
    if not Path(path).is_file():
        return entries
    for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            data = json.loads(line)
        except ValueError:
            continue
        if isinstance(data, dict) and "student_id" in data:
            try:
                entries[str(data["student_id"])] = JournalEntry.from_json(data)
            except (TypeError, ValueError):
                continue
    return entries


class Journal:
    """
    The journal file of one batch, open for appending (a context manager).

    Parameters
    ----------
    path : pathlib.Path
        ``reports/<assignment>/journal.jsonl``; its folder is made if missing.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._file = self.path.open("a", encoding="utf-8")

    def append(self, entry: JournalEntry) -> None:
        """Write one entry and make sure it is on disk before returning."""
        self._file.write(json.dumps(entry.to_json(), ensure_ascii=False) + "\n")
        self._file.flush()
        os.fsync(self._file.fileno())

    def close(self) -> None:
        """Close the file (safe to call twice)."""
        self._file.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
