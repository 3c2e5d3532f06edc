r"""
``farshlab collect``: bring a cohort's submissions into the course's ``submitted/`` folder.

Inputs understood (the original files are only read, never changed):

* nbgrader's layout: ``PATH/<student_id>/<assignment_id>/*`` (``timestamp.txt`` kept);
* a flat folder of ``<student_id>.ipynb`` (one-notebook assignments);
* an **LMS download**: by default files named ``<student_id>__<anything>.ipynb`` — the student
  id, two underscores, then whatever the LMS adds (``t01_parisa__a00_orientation (2).ipynb``).
  Another LMS's naming is given as a *name pattern*: a regular expression matched against the
  whole file name, whose group ``student`` is the student id, e.g.
  ``^(?P<student>[a-z0-9]+)_(?:LATE_)?\d+_\d+_.*\.ipynb$`` for a download named
  ``<login>_[LATE_]<number>_<number>_<file>.ipynb``. Files the pattern does not match are
  listed as skipped, never guessed at;
* a **zip** of any of the above (entries with absolute paths or ``..`` are refused);
* a **JupyterHub exchange inbound folder**: ``<exchange>/<course>/inbound/`` holding
  ``<student_id>+<assignment_id>+<timestamp>[+<random>]/`` folders; the newest per trainee wins.

A roster (CSV with a header; column ``id`` or ``student_id``, optional ``first_name``,
``last_name``, ``email`` — nbgrader's ``db student import`` format) is validated line by line
and imported into the gradebook. Submission time: ``timestamp.txt`` where it exists, else the
file's modification time. A zip stores its entries' times without a time zone: they are read in
the zone given (an IANA name such as ``Asia/Tehran``), by default this machine's own. With a due
date the gradebook (nbgrader's ``duedate``) says how late each submission is. The gradebook is
the one the course's settings name (:class:`farshlab.course.context.CourseContext`).

**No link is followed.** Only regular files of a trainee's are read, each opened without
following a symbolic link (``O_NOFOLLOW``, folder by folder from the cohort folder down): a
file or folder that is a link (to the course's solutions, to ``/etc/passwd``), a zip entry that
is one, a named pipe or a device is refused and named; the trainee is still imported with what
else was handed in, and the refusals are kept in the submission's ``farshlab_refused.txt``, from
which grading flags them ``symlink_refused``.

Functions
---------
collect_cohort
    Roster, due date and submissions, every option checked before anything is written.
import_submissions
    Copy a cohort into ``submitted/<student>/<assignment>/``.
open_regular
    Open a trainee's file only if it is a regular file reached without a link.
regular_files
    The regular files of a trainee's folder, and what else is there (refused).
refused_files
    What was refused in one submission.
read_roster
    Validate a roster CSV.
import_roster
    Validate and add the roster's trainees to the gradebook.
name_pattern
    Check an LMS file-name pattern.
time_zone
    Check a time-zone name.
set_due_date
    Record the assignment's due date in the gradebook.

Classes
-------
NotRegularFile
    The error for a file that is not read: a link, a pipe, a device, or one in a linked folder.
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import stat
import tempfile
import zipfile
from datetime import UTC, datetime, tzinfo
from pathlib import Path, PurePath
from typing import BinaryIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from farshlab.course.context import CourseContext
from farshlab.course.project import ProjectError

__all__ = [
    "LMS_PATTERN",
    "REFUSED_RECORD",
    "STUDENT_ID_PATTERN",
    "NotRegularFile",
    "collect_cohort",
    "import_roster",
    "import_submissions",
    "name_pattern",
    "open_regular",
    "read_roster",
    "refused_files",
    "regular_files",
    "set_due_date",
    "time_zone",
]

STUDENT_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
#: An LMS download's file name: the student id, two underscores, anything.
LMS_PATTERN = re.compile(r"^(?P<student>[^_].*?)__.*\.ipynb$")
MAX_ZIP_BYTES = 2 * 1024**3
#: Written into ``submitted/<student>/<assignment>/``: one line per file refused at import.
REFUSED_RECORD = "farshlab_refused.txt"
MAX_RECORD_BYTES = 64 * 1024


def name_pattern(text: str | None) -> re.Pattern:
    r"""
    Compile an LMS file-name pattern (``None``: the default ``<student_id>__<anything>.ipynb``).

    Parameters
    ----------
    text : str or None
        A regular expression with a group named ``student``, matched against whole file names.

    Returns
    -------
    re.Pattern

    Raises
    ------
    ProjectError
        If the expression does not compile or has no ``student`` group.

    Examples
    --------
    >>> name_pattern(r"^(?P<student>[a-z0-9]+)_\d+_.*\.ipynb$").match("rezaei_1234_hw.ipynb")["student"]
    'rezaei'
    >>> name_pattern(r"^(\w+)_.*")
    Traceback (most recent call last):
    ...
    farshlab.course.project.ProjectError: the name pattern '^(\\w+)_.*' has no group (?P<student>...) for the student id
    """  # noqa: E501
    if text is None:
        return LMS_PATTERN
    if not isinstance(text, str) or not text:
        raise ProjectError(f"the name pattern must be a regular expression, got {text!r}")
    try:
        pattern = re.compile(text)
    except re.error as error:
        raise ProjectError(f"the name pattern {text!r} is not a regular expression: {error}") from error
    if "student" not in pattern.groupindex:
        raise ProjectError(f"the name pattern {text!r} has no group (?P<student>...) for the student id")
    return pattern


def time_zone(name: str | None) -> tzinfo | None:
    """
    The time zone called ``name`` (an IANA name); ``None`` stays ``None``: this machine's own
    zone, with its daylight-saving rules, is then applied by the system.

    Examples
    --------
    >>> time_zone("Asia/Tehran")
    zoneinfo.ZoneInfo(key='Asia/Tehran')
    >>> time_zone("Sardrud")
    Traceback (most recent call last):
    ...
    farshlab.course.project.ProjectError: unknown time zone 'Sardrud': give an IANA name such as Asia/Tehran or UTC
    """  # noqa: E501
    if name is None:
        return None
    try:
        return ZoneInfo(str(name))
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ProjectError(
            f"unknown time zone {name!r}: give an IANA name such as Asia/Tehran or UTC"
        ) from error


class NotRegularFile(OSError):
    """A trainee's file that farshlab does not read: a link, a pipe, a device, or one in a linked folder."""


def _what(mode: int) -> str:
    if stat.S_ISREG(mode):
        return "a file where a folder should be"
    if stat.S_ISDIR(mode):
        return "a folder, not a regular file"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO), not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a regular file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a regular file"
    return "not a regular file"


def _refusal(name: PurePath, mode: int, dir_fd: int) -> NotRegularFile:
    """The refusal of ``name`` (its last part an entry of ``dir_fd``), in a sentence naming it."""
    if stat.S_ISLNK(mode):
        try:
            target = os.readlink(name.name, dir_fd=dir_fd)
        except OSError:
            target = "?"
        sentence = f"{name} is a symbolic link to {target[:200]!r}: not followed, not read"
    else:
        sentence = f"{name} is {_what(mode)}: not read"
    return NotRegularFile(" ".join(sentence.splitlines()))


def _open_folder(root: Path, parts: tuple[str, ...]) -> int:
    """A descriptor of ``root/parts…``, opened without following a link below ``root``."""
    fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    for depth in range(len(parts)):
        try:
            inner = _open_folder_at(fd, parts[depth], PurePath(*parts[: depth + 1]))
        finally:
            os.close(fd)
        fd = inner
    return fd


def _open_folder_at(fd: int, name: str, shown: PurePath) -> int:
    """Open the folder ``name`` of the folder ``fd``; a link or anything else is refused."""
    try:
        return os.open(name, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC, dir_fd=fd)
    except OSError:
        try:
            mode = os.stat(name, dir_fd=fd, follow_symlinks=False).st_mode
        except OSError:
            mode = stat.S_IFDIR
        if stat.S_ISDIR(mode):
            raise  # missing, or not allowed: the system's own error
        raise _refusal(shown, mode, fd) from None


def open_regular(path: Path, root: Path | None = None) -> BinaryIO:
    """
    Open a trainee's file for reading, only if it is a regular file reached without a link.

    Neither the file nor any folder between ``root`` and it may be a symbolic link, and the
    file must be a regular file (not a named pipe, a device or a socket); every step is opened
    with ``O_NOFOLLOW`` and checked on the descriptor, so a link put in its place meanwhile is
    refused as well.

    Parameters
    ----------
    path : pathlib.Path
        The file.
    root : pathlib.Path, optional
        The folder the check starts from (its own path may hold links: the grader gave it);
        default the file's folder.

    Returns
    -------
    file object
        Opened in binary mode.

    Raises
    ------
    NotRegularFile
        Naming the file, or the linked folder, relative to ``root``.
    FileNotFoundError
        If the file does not exist.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> (folder / "answers.ipynb").symlink_to("/etc/passwd")
    >>> open_regular(folder / "answers.ipynb")
    Traceback (most recent call last):
    ...
    farshlab.course.collect.NotRegularFile: answers.ipynb is a symbolic link to '/etc/passwd': not followed, not read
    """  # noqa: E501
    path = Path(path)
    root = Path(root) if root is not None else path.parent
    relative = path.relative_to(root)
    folder = _open_folder(root, relative.parts[:-1])
    try:
        mode = os.stat(relative.name, dir_fd=folder, follow_symlinks=False).st_mode
        if not stat.S_ISREG(mode):
            raise _refusal(relative, mode, folder)
        flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
        try:
            fd = os.open(relative.name, flags, dir_fd=folder)
        except OSError as error:
            mode = os.stat(relative.name, dir_fd=folder, follow_symlinks=False).st_mode
            raise (error if stat.S_ISREG(mode) else _refusal(relative, mode, folder)) from None
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            os.close(fd)
            raise _refusal(relative, mode, folder)
    finally:
        os.close(folder)
    return os.fdopen(fd, "rb")


def regular_files(
    folder: Path, root: Path | None = None, *, skip: tuple[str, ...] = (".ipynb_checkpoints",)
) -> tuple[list[str], list[str]]:
    """
    The regular files under a trainee's folder, and a sentence for everything else found there.

    Nothing is followed: a symbolic link (to a file or a folder), a named pipe, a device or a
    socket is refused and named, and never opened; the folders are walked by descriptor.

    Parameters
    ----------
    folder : pathlib.Path
        The folder to walk (a folder that does not exist holds nothing).
    root : pathlib.Path, optional
        Where the check for links starts, as for :func:`open_regular` (default ``folder``).
    skip : tuple of str
        Names left out wherever they are (default JupyterLab's ``.ipynb_checkpoints``).

    Returns
    -------
    names : list of str
        Regular files, relative to ``folder`` (``data/knots.csv``), sorted as paths.
    refused : list of str
        One sentence per entry not read, naming it relative to ``root``.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a00_orientation.ipynb").write_text("{}")
    >>> (folder / "notes.txt").symlink_to("/etc/passwd")
    >>> regular_files(folder)
    (['a00_orientation.ipynb'], ["notes.txt is a symbolic link to '/etc/passwd': not followed, not read"])
    """
    folder = Path(folder)
    root = Path(root) if root is not None else folder
    relative = folder.relative_to(root)
    try:
        fd = _open_folder(root, relative.parts)
    except NotRegularFile as error:
        return [], [str(error)]
    except FileNotFoundError:
        return [], []
    names: list[str] = []
    refused: list[str] = []
    try:
        _walk(fd, relative, PurePath(), skip, names, refused)
    finally:
        os.close(fd)
    return sorted(names, key=lambda name: PurePath(name).parts), refused


def _walk(fd: int, shown: PurePath, inner: PurePath, skip, names: list[str], refused: list[str]) -> None:
    with os.scandir(fd) as scan:
        entries = sorted(scan, key=lambda entry: entry.name)
    for entry in entries:
        if entry.name in skip:
            continue
        mode = entry.stat(follow_symlinks=False).st_mode
        if stat.S_ISREG(mode):
            names.append(str(inner / entry.name))
        elif stat.S_ISDIR(mode):
            try:
                sub = _open_folder_at(fd, entry.name, shown / entry.name)
            except NotRegularFile as error:
                refused.append(str(error))
                continue
            try:
                _walk(sub, shown / entry.name, inner / entry.name, skip, names, refused)
            finally:
                os.close(sub)
        else:
            refused.append(str(_refusal(shown / entry.name, mode, fd)))


def refused_files(course_dir: Path | CourseContext, student: str, assignment_id: str) -> list[str]:
    """
    What was refused in one trainee's submission: the import's record, or a linked folder.

    Parameters
    ----------
    course_dir : pathlib.Path or CourseContext
    student : str
    assignment_id : str

    Returns
    -------
    list of str
        One sentence per file not read (empty for an ordinary submission).
    """
    submitted = CourseContext.load(course_dir).submitted
    record = submitted / student / assignment_id / REFUSED_RECORD
    try:
        with open_regular(record, submitted) as handle:
            text = handle.read(MAX_RECORD_BYTES).decode("utf-8", errors="replace")
    except NotRegularFile as error:
        return [str(error)]
    except FileNotFoundError:
        return []
    return [line for line in text.splitlines() if line.strip()]


def _released_notebooks(context: CourseContext, assignment_id: str) -> list[str]:
    names = sorted(p.name for p in (context.release / assignment_id).glob("*.ipynb"))
    if not names:
        raise ProjectError(
            f"assignment {assignment_id!r} is not built in {context.course_dir}: run `farshlab build` first"
        )
    return names


def _stamp(moment: float) -> str:
    return datetime.fromtimestamp(moment, tz=UTC).strftime("%Y-%m-%d %H:%M:%S.%f %Z")


def _usable_stamp(text: str | None, where: str, notes: list[str]) -> str | None:
    """A submission time nbgrader can read, else ``None`` (the files' time is used) and a note."""
    from nbgrader.utils import parse_utc

    if text is None:
        return None
    try:
        parse_utc(text)
    except (ValueError, OverflowError, TypeError):
        notes.append(f"{where}: {text[:60]!r} is not a time; the files' own time is used")
        return None
    return text


def _replace_submission(
    context: CourseContext,
    student: str,
    assignment_id: str,
    root: Path,
    files: dict[Path, str],
    stamp: str | None = None,
    refused: list[str] | None = None,
) -> list[str]:
    """
    Copy ``{trainee's file: name in the submission}`` into a fresh submitted folder.

    Every file is opened with :func:`open_regular` from ``root``; what is refused (given, or
    found while copying) is written to the folder's ``farshlab_refused.txt`` and returned.
    """
    refused = list(refused or [])
    student_folder = context.submitted / student
    folder = student_folder / assignment_id
    for path in (student_folder, folder):
        if path.is_symlink():  # put there by hand: removing a link never touches its target
            path.unlink()
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    newest = 0.0
    for source, name in files.items():
        target = folder / name
        try:
            with open_regular(source, root) as original:
                target.parent.mkdir(parents=True, exist_ok=True)
                with target.open("wb") as copy:
                    shutil.copyfileobj(original, copy)
                newest = max(newest, os.fstat(original.fileno()).st_mtime)
        except NotRegularFile as error:
            refused.append(str(error))
    (folder / "timestamp.txt").write_text(stamp or _stamp(newest), encoding="utf-8")
    if refused:
        (folder / REFUSED_RECORD).write_text("\n".join(refused) + "\n", encoding="utf-8")
    return refused


def _read_text(path: Path, root: Path, refused: list[str]) -> str | None:
    try:
        with open_regular(path, root) as handle:
            return handle.read(MAX_RECORD_BYTES).decode("utf-8", errors="replace").strip()
    except NotRegularFile as error:
        refused.append(str(error))
        return None


def _entry_kind(path: Path) -> int | None:
    """The file type of ``path`` itself (``stat.S_IFMT`` of ``lstat``), ``None`` if missing."""
    try:
        return stat.S_IFMT(os.lstat(path).st_mode)
    except FileNotFoundError:
        return None


def _unzip(archive: Path, into: Path, zone: tzinfo | None) -> list[str]:
    """
    Unpack ``archive`` into the empty folder ``into``; return what was left out, and why.

    Regular entries are written as files; an entry that is a symbolic link (``S_IFLNK`` in its
    Unix mode) is never written as a file: it is made into a link in ``into`` (not followed by
    anything afterwards) once every file is written, so that :func:`import_submissions` refuses
    it, names it and keeps its trainee's row, and so that no entry is written through it.
    """
    skipped, links = [], []
    with zipfile.ZipFile(archive) as zipped:
        total = 0
        for info in zipped.infolist():
            name = Path(info.filename)
            if name.is_absolute() or ".." in name.parts:
                raise ProjectError(f"{archive}: refusing the entry {info.filename!r} (outside the archive)")
            total += info.file_size
            if total > MAX_ZIP_BYTES:
                raise ProjectError(f"{archive} unpacks to more than {MAX_ZIP_BYTES} bytes")
        for info in zipped.infolist():
            kind = stat.S_IFMT(info.external_attr >> 16)
            if kind == stat.S_IFLNK:
                links.append(info)
                continue
            if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
                skipped.append(f"{archive.name}: the entry {info.filename!r} is {_what(kind)}: not unpacked")
                continue
            zipped.extract(info, into)
            if not info.is_dir():
                # without a zone, a naive time is read as this machine's local time
                moment = datetime(*info.date_time, tzinfo=zone).timestamp()
                target = into / info.filename
                os.utime(target, (moment, moment))
        for info in links:
            parts = [part for part in info.filename.split("/") if part not in ("", ".")]
            folder, free = into, bool(parts)
            for part in parts[:-1]:  # never through an earlier link, never over a file
                folder = folder / part
                if _entry_kind(folder) is None:
                    folder.mkdir()
                free = free and _entry_kind(folder) == stat.S_IFDIR
                if not free:
                    break
            if not free or _entry_kind(folder / parts[-1]) is not None:
                skipped.append(
                    f"{archive.name}: the link {info.filename!r} is not unpacked (its place is taken)"
                )
                continue
            target = zipped.read(info)[:4096].decode("utf-8", errors="replace")
            os.symlink(target or "?", folder / parts[-1])
    return skipped


def _top_entries(submissions: Path) -> dict[str, int]:
    """The file type of every entry of the cohort folder, by name (links not followed)."""
    return {p.name: stat.S_IFMT(os.lstat(p).st_mode) for p in sorted(submissions.iterdir())}


def _nested_students(submissions: Path, assignment_id: str, entries: dict[str, int]) -> list[str]:
    """
    Students of the ``<student>/<assignment>/`` layout: real folders holding the assignment
    (a folder or anything else in its place), and links where a student folder would be.
    """
    real = [
        name
        for name, kind in entries.items()
        if kind == stat.S_IFDIR and _entry_kind(submissions / name / assignment_id) is not None
    ]
    looks_flat = any(name.endswith(".ipynb") or "+" in name for name in entries)
    linked = [name for name, kind in entries.items() if kind == stat.S_IFLNK and "+" not in name]
    linked = [name for name in linked if not name.endswith(".ipynb")]
    return sorted(real + linked) if real or not looks_flat else []


def _exchange_folders(
    submissions: Path, assignment_id: str, entries: dict[str, int]
) -> dict[str, tuple[str, str]]:
    """The newest ``<student>+<assignment>+<timestamp>[+…]`` entry of each trainee (even a link)."""
    newest: dict[str, tuple[str, str]] = {}
    for name, kind in sorted(entries.items()):
        parts = name.split("+")
        if kind not in (stat.S_IFDIR, stat.S_IFLNK) or len(parts) < 3 or parts[1] != assignment_id:
            continue
        student, stamp = parts[0], parts[2]
        if student not in newest or stamp > newest[student][0]:
            newest[student] = (stamp, name)
    return newest


def _import_folder(
    context: CourseContext,
    student: str,
    assignment_id: str,
    root: Path,
    relative: PurePath,
    stamp: str | None,
    notes: list[str],
) -> None:
    """Import one trainee's folder ``root/relative``; what was not copied goes to ``notes``."""
    folder = root / relative
    names, refused = regular_files(folder, root)
    if REFUSED_RECORD in names:
        names.remove(REFUSED_RECORD)
        notes.append(f"{relative / REFUSED_RECORD}: a name farshlab keeps for its own record; not copied")
    if "timestamp.txt" in names:
        names.remove("timestamp.txt")
        text = _read_text(folder / "timestamp.txt", root, refused)
        stamp = stamp or _usable_stamp(text, str(relative / "timestamp.txt"), notes)
    files = {folder / name: name for name in names}
    notes.extend(_replace_submission(context, student, assignment_id, root, files, stamp, refused))


def import_submissions(
    course_dir: Path | CourseContext,
    assignment_id: str,
    submissions: Path,
    *,
    pattern: str | None = None,
    zip_timezone: str | None = None,
) -> tuple[list[str], list[str]]:
    """
    Copy a cohort's submissions into ``course_dir/submitted/<student>/<assignment>/``.

    Only regular files are read, and no link is ever followed: a trainee's file or folder that
    is a symbolic link (a zip entry as well), a named pipe or a device is refused, named in
    ``skipped`` and in the submission's ``farshlab_refused.txt`` (so that grading flags it
    ``symlink_refused``); the trainee is still imported, with whatever else was handed in.

    Parameters
    ----------
    course_dir : pathlib.Path or CourseContext
        A built course folder.
    assignment_id : str
        The assignment the files answer.
    submissions : pathlib.Path
        A folder or a zip in one of the layouts of this module's description.
    pattern : str, optional
        The LMS download's file-name pattern (see :func:`name_pattern`).
    zip_timezone : str, optional
        Time zone of a zip's entry times (default: this machine's).

    Returns
    -------
    imported : list of str
        Student ids imported, sorted.
    skipped : list of str
        One sentence per file or folder that could not be imported, and why.

    Raises
    ------
    ProjectError
        If ``submissions`` does not exist, holds no submission, or the assignment has several
        notebooks and a flat layout was used.
    """
    context = CourseContext.load(course_dir)
    submissions = Path(submissions)
    lms = name_pattern(pattern)
    zone = time_zone(zip_timezone)
    if submissions.is_file() and zipfile.is_zipfile(submissions):
        with tempfile.TemporaryDirectory(prefix="farshlab-zip-") as unpacked:
            root = Path(unpacked)
            unzipped = _unzip(submissions, root, zone)
            inner = [p for p in root.iterdir() if not p.name.startswith("__MACOSX")]
            # a zip of one folder (the usual "compress this folder"): look inside it
            if (
                len(inner) == 1
                and _entry_kind(inner[0]) == stat.S_IFDIR
                and not _nested_students(root, assignment_id, _top_entries(root))
            ):
                root = inner[0]
            imported, skipped = import_submissions(context, assignment_id, root, pattern=pattern)
            return imported, unzipped + skipped
    if not submissions.is_dir():
        raise ProjectError(f"the submissions folder {submissions} does not exist")
    notebooks = _released_notebooks(context, assignment_id)
    imported, skipped = [], []
    entries = _top_entries(submissions)
    nested = _nested_students(submissions, assignment_id, entries)
    exchange = _exchange_folders(submissions, assignment_id, entries)
    if nested:
        for student in nested:
            if not STUDENT_ID_PATTERN.match(student):
                skipped.append(f"{submissions / student}: {student!r} is not a usable student id")
                continue
            relative = PurePath(student, assignment_id)
            if entries[student] == stat.S_IFLNK:
                relative = PurePath(student)  # refused by the walk, named as the student's folder
            _import_folder(context, student, assignment_id, submissions, relative, None, skipped)
            imported.append(student)
    elif exchange:
        for student, (stamp, name) in sorted(exchange.items()):
            if not STUDENT_ID_PATTERN.match(student):
                skipped.append(f"{name}: {student!r} is not a usable student id")
                continue
            stamp = _usable_stamp(stamp, name, skipped)
            _import_folder(context, student, assignment_id, submissions, PurePath(name), stamp, skipped)
            imported.append(student)
    else:
        flat = [name for name, kind in entries.items() if name.endswith(".ipynb") and kind != stat.S_IFDIR]
        if flat and len(notebooks) != 1:
            raise ProjectError(
                f"{assignment_id} has {len(notebooks)} notebooks; hand its submissions in as "
                f"<student>/{assignment_id}/<notebook>.ipynb folders"
            )
        chosen: dict[str, Path] = {}
        for name in flat:
            path = submissions / name
            match = lms.fullmatch(name)
            if match is None and pattern is not None:
                skipped.append(f"{name}: the name pattern does not match this file name")
                continue
            student = match.group("student") if match else path.stem
            if not STUDENT_ID_PATTERN.match(student):
                skipped.append(f"{name}: {student!r} is not a usable student id")
                continue
            if student in chosen:
                newer = max(chosen[student], path, key=lambda p: (os.lstat(p).st_mtime, p.name))
                older = path if newer is chosen[student] else chosen[student]
                skipped.append(f"{older.name}: an older copy of {student}'s submission; {newer.name} is used")
                chosen[student] = newer
            else:
                chosen[student] = path
        for student, path in sorted(chosen.items()):
            skipped.extend(
                _replace_submission(context, student, assignment_id, submissions, {path: notebooks[0]})
            )
            imported.append(student)
    if not imported and not skipped:
        raise ProjectError(
            f"no submissions for {assignment_id} in {submissions}: expected <student_id>.ipynb "
            f"files or <student_id>/{assignment_id}/ folders"
        )
    return sorted(imported), skipped


def read_roster(path: Path) -> list[dict[str, str]]:
    """
    Read and check a roster CSV.

    Parameters
    ----------
    path : pathlib.Path
        CSV with a header row; an ``id`` (or ``student_id``) column, optional ``first_name``,
        ``last_name``, ``email``.

    Returns
    -------
    list of dict
        One ``{"id", "first_name", "last_name", "email"}`` per trainee, in file order.

    Raises
    ------
    ProjectError
        Naming every bad line: missing or unusable id, duplicate id, no id column.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "roster.csv").write_text("id,first_name\\nt01_parisa,Parisa\\nt02 bahram,Bahram\\n")
    >>> read_roster(folder / "roster.csv")
    Traceback (most recent call last):
    ...
    farshlab.course.project.ProjectError: roster.csv line 3: 't02 bahram' is not a usable student id (letters, digits, _ . - only)
    """  # noqa: E501
    path = Path(path)
    if not path.is_file():
        raise ProjectError(f"the roster {path} does not exist")
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        fields = [f.strip().lower() for f in reader.fieldnames or []]
        key = "id" if "id" in fields else "student_id" if "student_id" in fields else None
        if key is None:
            raise ProjectError(f"{path.name}: the first line must name the columns, one of them 'id'")
        problems, seen, roster = [], {}, []
        for raw in reader:
            line = reader.line_num
            record = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
            student = record.get(key, "")
            if not student:
                problems.append(f"{path.name} line {line}: no student id")
            elif not STUDENT_ID_PATTERN.match(student):
                problems.append(
                    f"{path.name} line {line}: {student!r} is not a usable student id "
                    "(letters, digits, _ . - only)"
                )
            elif student in seen:
                problems.append(f"{path.name} line {line}: {student!r} is already on line {seen[student]}")
            else:
                seen[student] = line
                roster.append(
                    {
                        "id": student,
                        "first_name": record.get("first_name", ""),
                        "last_name": record.get("last_name", ""),
                        "email": record.get("email", ""),
                    }
                )
    if problems:
        raise ProjectError("; ".join(problems))
    if not roster:
        raise ProjectError(f"{path.name}: the roster names no trainee")
    return roster


def import_roster(course_dir: Path | CourseContext, path: Path) -> list[str]:
    """Validate a roster and add (or update) its trainees in the course's gradebook; return their ids."""
    context = CourseContext.load(course_dir)
    roster = read_roster(path)
    with context.gradebook() as gb:
        for record in roster:
            details = {k: v for k, v in record.items() if k != "id" and v}
            gb.update_or_create_student(record["id"], **details)
    return [r["id"] for r in roster]


def set_due_date(course_dir: Path | CourseContext, assignment_id: str, due: str) -> datetime:
    """
    Record the assignment's due date in the gradebook (nbgrader's ``duedate``).

    Parameters
    ----------
    due : str
        ISO 8601 date and time, e.g. ``"2026-12-01T18:00+03:30"``; without a zone, UTC.

    Returns
    -------
    datetime.datetime
        The due date in UTC.
    """
    context = CourseContext.load(course_dir)
    moment = _due_utc(due)
    with context.gradebook() as gb:
        gb.update_or_create_assignment(assignment_id, duedate=moment.replace(tzinfo=None))
    return moment


def _due_utc(due: str) -> datetime:
    try:
        moment = datetime.fromisoformat(due)
    except (TypeError, ValueError) as error:
        raise ProjectError(f"due must be a date and time like 2026-12-01T18:00+03:30, got {due!r}") from error
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def collect_cohort(
    course_dir: Path | CourseContext,
    assignment_id: str,
    submissions: Path | None,
    *,
    roster: Path | None = None,
    due: str | None = None,
    pattern: str | None = None,
    zip_timezone: str | None = None,
) -> tuple[list[str] | None, list[str] | None, list[str]]:
    """
    Everything ``farshlab collect`` (and ``farshlab grade`` before grading) brings in.

    The name pattern, the time zone, the due date and the roster are all checked before
    anything is written; then the roster goes into the gradebook, the due date is recorded
    and the submissions are copied (:func:`import_submissions`).

    Parameters
    ----------
    course_dir : pathlib.Path or CourseContext
        A built course folder (checked first, see :meth:`CourseContext.load`).
    assignment_id : str
    submissions : pathlib.Path or None
        The cohort (``None``: nothing to import).
    roster, due, pattern, zip_timezone : optional
        See :func:`import_roster`, :func:`set_due_date`, :func:`name_pattern`, :func:`time_zone`.

    Returns
    -------
    roster_ids : list of str or None
        The roster's trainees (``None`` without a roster).
    imported : list of str or None
        Student ids imported (``None`` without ``submissions``).
    skipped : list of str
        Why each file or folder that was not imported was not.
    """
    context = CourseContext.load(course_dir)
    name_pattern(pattern)
    time_zone(zip_timezone)
    if due is not None:
        _due_utc(due)
    if roster is not None:
        read_roster(roster)
    roster_ids = import_roster(context, roster) if roster is not None else None
    if due is not None:
        set_due_date(context, assignment_id, due)
    if submissions is None:
        return roster_ids, None, []
    imported, skipped = import_submissions(
        context, assignment_id, Path(submissions), pattern=pattern, zip_timezone=zip_timezone
    )
    return roster_ids, imported, skipped
