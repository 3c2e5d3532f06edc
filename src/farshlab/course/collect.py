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
date the gradebook (nbgrader's ``duedate``) says how late each submission is.

Functions
---------
collect_cohort
    Roster, due date and submissions, every option checked before anything is written.
import_submissions
    Copy a cohort into ``submitted/<student>/<assignment>/``.
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
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import tempfile
import zipfile
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from farshlab.course.project import ProjectError

__all__ = [
    "LMS_PATTERN",
    "STUDENT_ID_PATTERN",
    "collect_cohort",
    "import_roster",
    "import_submissions",
    "name_pattern",
    "read_roster",
    "set_due_date",
    "time_zone",
]

STUDENT_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
#: An LMS download's file name: the student id, two underscores, anything.
LMS_PATTERN = re.compile(r"^(?P<student>[^_].*?)__.*\.ipynb$")
MAX_ZIP_BYTES = 2 * 1024**3


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


def _released_notebooks(course_dir: Path, assignment_id: str) -> list[str]:
    release = Path(course_dir) / "release" / assignment_id
    names = sorted(p.name for p in release.glob("*.ipynb"))
    if not names:
        raise ProjectError(
            f"assignment {assignment_id!r} is not built in {course_dir}: run `farshlab build` first"
        )
    return names


def _stamp(moment: float) -> str:
    return datetime.fromtimestamp(moment, tz=UTC).strftime("%Y-%m-%d %H:%M:%S.%f %Z")


def _replace_submission(
    course_dir: Path, student: str, assignment_id: str, files: dict[Path, str], stamp: str | None = None
) -> None:
    """Copy ``{source file: name in the submission}`` into a fresh submitted folder."""
    folder = course_dir / "submitted" / student / assignment_id
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    newest = 0.0
    for source, name in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        newest = max(newest, source.stat().st_mtime)
    (folder / "timestamp.txt").write_text(stamp or _stamp(newest), encoding="utf-8")


def _unzip(archive: Path, into: Path, zone: tzinfo | None) -> None:
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
            zipped.extract(info, into)
            if not info.is_dir():
                # without a zone, a naive time is read as this machine's local time
                moment = datetime(*info.date_time, tzinfo=zone).timestamp()
                target = into / info.filename
                os.utime(target, (moment, moment))


def _exchange_folders(submissions: Path, assignment_id: str) -> dict[str, tuple[str, Path]]:
    newest: dict[str, tuple[str, Path]] = {}
    for folder in sorted(p for p in submissions.iterdir() if p.is_dir() and "+" in p.name):
        parts = folder.name.split("+")
        if len(parts) < 3 or parts[1] != assignment_id:
            continue
        student, stamp = parts[0], parts[2]
        if student not in newest or stamp > newest[student][0]:
            newest[student] = (stamp, folder)
    return newest


def import_submissions(
    course_dir: Path,
    assignment_id: str,
    submissions: Path,
    *,
    pattern: str | None = None,
    zip_timezone: str | None = None,
) -> tuple[list[str], list[str]]:
    """
    Copy a cohort's submissions into ``course_dir/submitted/<student>/<assignment>/``.

    Parameters
    ----------
    course_dir : pathlib.Path
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
    course_dir = Path(course_dir)
    submissions = Path(submissions)
    lms = name_pattern(pattern)
    zone = time_zone(zip_timezone)
    if submissions.is_file() and zipfile.is_zipfile(submissions):
        with tempfile.TemporaryDirectory(prefix="farshlab-zip-") as unpacked:
            _unzip(submissions, Path(unpacked), zone)
            root = Path(unpacked)
            inner = [p for p in root.iterdir() if not p.name.startswith("__MACOSX")]
            # a zip of one folder (the usual "compress this folder"): look inside it
            if len(inner) == 1 and inner[0].is_dir() and not _looks_nested(root, assignment_id):
                root = inner[0]
            return import_submissions(course_dir, assignment_id, root, pattern=pattern)
    if not submissions.is_dir():
        raise ProjectError(f"the submissions folder {submissions} does not exist")
    notebooks = _released_notebooks(course_dir, assignment_id)
    imported, skipped = [], []
    nested = sorted(p for p in submissions.glob(f"*/{assignment_id}") if p.is_dir())
    exchange = _exchange_folders(submissions, assignment_id)
    if nested:
        for folder in nested:
            student = folder.parent.name
            if not STUDENT_ID_PATTERN.match(student):
                skipped.append(f"{folder}: {student!r} is not a usable student id")
                continue
            files = {
                p: str(p.relative_to(folder))
                for p in sorted(folder.rglob("*"))
                if p.is_file() and ".ipynb_checkpoints" not in p.parts and p.name != "timestamp.txt"
            }
            stamp = folder / "timestamp.txt"
            text = stamp.read_text(encoding="utf-8", errors="replace").strip() if stamp.is_file() else None
            _replace_submission(course_dir, student, assignment_id, files, text)
            imported.append(student)
    elif exchange:
        for student, (stamp, folder) in sorted(exchange.items()):
            if not STUDENT_ID_PATTERN.match(student):
                skipped.append(f"{folder.name}: {student!r} is not a usable student id")
                continue
            files = {
                p: str(p.relative_to(folder))
                for p in sorted(folder.rglob("*"))
                if p.is_file() and ".ipynb_checkpoints" not in p.parts and p.name != "timestamp.txt"
            }
            _replace_submission(course_dir, student, assignment_id, files, stamp)
            imported.append(student)
    else:
        flat = sorted(p for p in submissions.glob("*.ipynb") if p.is_file())
        if flat and len(notebooks) != 1:
            raise ProjectError(
                f"{assignment_id} has {len(notebooks)} notebooks; hand its submissions in as "
                f"<student>/{assignment_id}/<notebook>.ipynb folders"
            )
        chosen: dict[str, Path] = {}
        for path in flat:
            match = lms.fullmatch(path.name)
            if match is None and pattern is not None:
                skipped.append(f"{path.name}: the name pattern does not match this file name")
                continue
            student = match.group("student") if match else path.stem
            if not STUDENT_ID_PATTERN.match(student):
                skipped.append(f"{path.name}: {student!r} is not a usable student id")
                continue
            if student in chosen:
                newer = max(chosen[student], path, key=lambda p: (p.stat().st_mtime, p.name))
                older = path if newer is chosen[student] else chosen[student]
                skipped.append(f"{older.name}: an older copy of {student}'s submission; {newer.name} is used")
                chosen[student] = newer
            else:
                chosen[student] = path
        for student, path in sorted(chosen.items()):
            _replace_submission(course_dir, student, assignment_id, {path: notebooks[0]})
            imported.append(student)
    if not imported and not skipped:
        raise ProjectError(
            f"no submissions for {assignment_id} in {submissions}: expected <student_id>.ipynb "
            f"files or <student_id>/{assignment_id}/ folders"
        )
    return sorted(imported), skipped


def _looks_nested(folder: Path, assignment_id: str) -> bool:
    return any(p.is_dir() for p in folder.glob(f"*/{assignment_id}"))


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


def import_roster(course_dir: Path, path: Path) -> list[str]:
    """Validate a roster and add (or update) its trainees in the gradebook; return their ids."""
    from nbgrader.api import Gradebook

    roster = read_roster(path)
    with Gradebook(f"sqlite:///{Path(course_dir).resolve() / 'gradebook.db'}") as gb:
        for record in roster:
            details = {k: v for k, v in record.items() if k != "id" and v}
            gb.update_or_create_student(record["id"], **details)
    return [r["id"] for r in roster]


def set_due_date(course_dir: Path, assignment_id: str, due: str) -> datetime:
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
    from nbgrader.api import Gradebook

    moment = _due_utc(due)
    with Gradebook(f"sqlite:///{Path(course_dir).resolve() / 'gradebook.db'}") as gb:
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
    course_dir: Path,
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
    course_dir : pathlib.Path
        A built course folder.
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
    name_pattern(pattern)
    time_zone(zip_timezone)
    if due is not None:
        _due_utc(due)
    if roster is not None:
        read_roster(roster)
    roster_ids = import_roster(course_dir, roster) if roster is not None else None
    if due is not None:
        set_due_date(course_dir, assignment_id, due)
    if submissions is None:
        return roster_ids, None, []
    imported, skipped = import_submissions(
        course_dir, assignment_id, Path(submissions), pattern=pattern, zip_timezone=zip_timezone
    )
    return roster_ids, imported, skipped
