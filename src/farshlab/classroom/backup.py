"""
``farshlab backup`` and ``farshlab restore``: the gradebook, the course folder and the exchange in
one archive, and back.

The gradebook is copied with SQLite's online backup (``sqlite3.Connection.backup``): a consistent
copy even while the hub runs and Formgrader or ``farshlab grade`` write to it. The course folder
(without the live gradebook file) and the exchange are added as they are, with their owners and
modes, so a restore as root gives every trainee back their own submissions. The archive is a
``.tar.gz`` readable by its owner only (it holds solutions and grades).

A restore puts the course in a new folder, the gradebook inside it, and points the course's
``nbgrader_config.py`` at the new place (``c.CourseDirectory.root``); grades read from it are
the same as before. Nothing in the archive can be written outside the folders named (tarfile's
``data`` filter refuses absolute names, ``..`` and links leading out).

Functions
---------
backup_classroom
    Write the archive.
restore_classroom
    Unpack an archive into a course folder (and an exchange folder).
read_manifest
    What an archive holds.
"""

from __future__ import annotations

import io
import json
import os
import sqlite3
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from farshlab.classroom.homes import point_course_at
from farshlab.course.context import CourseContext
from farshlab.course.project import ProjectError
from farshlab.locale import message

__all__ = ["backup_classroom", "read_manifest", "restore_classroom"]

MANIFEST = "farshlab-backup.json"
GRADEBOOK = "gradebook.db"
COURSE = "course"
EXCHANGE = "exchange"


def _gradebook_file(context: CourseContext) -> Path:
    from sqlalchemy.engine import make_url

    url = make_url(context.db_url)
    if url.get_backend_name() != "sqlite" or not url.database:
        raise ProjectError(message("classroom.error.not_sqlite", url=context.db_url))
    return Path(url.database)


def _online_copy(source: Path, target: Path) -> None:
    """Copy an SQLite database with its online backup, safe while others write to it."""
    with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as live, sqlite3.connect(target) as copy:
        live.backup(copy)
    live.close()
    copy.close()


def backup_classroom(folder: Path, course_dir: Path, exchange: Path | None = None) -> Path:
    """
    Write ``farshlab-backup-<UTC time>.tar.gz`` into ``folder``; return its path.

    Parameters
    ----------
    folder : pathlib.Path
        Where the archive goes (made if missing).
    course_dir : pathlib.Path
        The course folder (its gradebook is the one its settings name, an SQLite file).
    exchange : pathlib.Path, optional
        nbgrader's exchange folder, added as ``exchange/``.
    """
    context = CourseContext.load(course_dir)
    gradebook = _gradebook_file(context)
    skipped = {gradebook, *(gradebook.with_name(gradebook.name + s) for s in ("-journal", "-wal", "-shm"))}
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    moment = datetime.now(UTC)
    target = folder / f"farshlab-backup-{moment:%Y%m%dT%H%M%S}Z.tar.gz"
    manifest = {
        "created": moment.isoformat(timespec="seconds"),
        "course_dir": str(context.course_dir),
        "course_id": context.course_id,
        "exchange": str(exchange) if exchange else None,
    }
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / GRADEBOOK
        _online_copy(gradebook, copy)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as raw, tarfile.open(fileobj=raw, mode="w:gz") as archive:
            data = json.dumps(manifest, indent=2).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size, info.mtime, info.mode = len(data), int(moment.timestamp()), 0o600
            archive.addfile(info, io.BytesIO(data))
            archive.add(copy, GRADEBOOK)

            def live_gradebook_left_out(member: tarfile.TarInfo) -> tarfile.TarInfo | None:
                path = context.course_dir / Path(member.name).relative_to(COURSE)
                return None if path in skipped else member

            archive.add(context.course_dir, COURSE, filter=live_gradebook_left_out)
            if exchange is not None:
                archive.add(Path(exchange), EXCHANGE)
    return target


def _renamed(member: tarfile.TarInfo, old: str) -> str:
    return str(Path(member.name).relative_to(old)) if member.name != old else "."


def read_manifest(archive_path: Path) -> dict:
    """
    What a backup archive says about itself (when it was made, from where).

    Raises
    ------
    ProjectError
        If the file is not a farshlab backup.
    """
    try:
        with tarfile.open(archive_path, "r:gz") as archive:
            return json.loads(archive.extractfile(MANIFEST).read())
    except (OSError, KeyError, tarfile.TarError, json.JSONDecodeError, AttributeError) as error:
        raise ProjectError(message("classroom.error.not_backup", path=archive_path)) from error


def _keep_owner_and_mode(member: tarfile.TarInfo, destination: str) -> tarfile.TarInfo:
    """tarfile's ``data`` filter for the names, then the owner and mode the backup recorded."""
    checked = tarfile.data_filter(member, destination)
    return checked.replace(
        mode=member.mode, uid=member.uid, gid=member.gid, uname=member.uname, gname=member.gname, deep=False
    )


def restore_classroom(archive_path: Path, course_dir: Path, exchange: Path | None = None) -> dict:
    """
    Unpack a backup: the course into ``course_dir`` (which must not exist or be empty), its
    gradebook inside it, and the exchange into ``exchange`` if given. Returns the manifest.

    Raises
    ------
    ProjectError
        If the archive is not a farshlab backup, or a target folder already holds files.
    """
    manifest = read_manifest(archive_path)
    course_dir = Path(course_dir).resolve()
    targets = [(COURSE, course_dir)] + ([(EXCHANGE, Path(exchange).resolve())] if exchange else [])
    for _, folder in targets:
        if folder.exists() and any(folder.iterdir()):
            raise ProjectError(message("classroom.error.restore_not_empty", path=folder))
    with tarfile.open(archive_path, "r:gz") as archive:
        members = archive.getmembers()
        for prefix, folder in targets:
            folder.mkdir(parents=True, exist_ok=True)
            chosen = []
            for member in members:
                if member.name == prefix or member.name.startswith(prefix + "/"):
                    chosen.append(member.replace(name=_renamed(member, prefix), deep=False))
            archive.extractall(folder, members=chosen, filter=_keep_owner_and_mode)
        gradebook = archive.getmember(GRADEBOOK)
        archive.extractall(course_dir, members=[gradebook], filter=_keep_owner_and_mode)
    owner = course_dir.stat()
    os.chown(course_dir / GRADEBOOK, owner.st_uid, owner.st_gid)
    point_course_at(course_dir)
    return manifest
