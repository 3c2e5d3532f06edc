"""
The classroom's Unix accounts: one for the instructor, one per trainee on the roster.

nbgrader names a submission after the operating-system user who made it, and ``collect`` checks
the files' owner, so every trainee needs a real account whose name is the roster's student id.
Homes are made with ``useradd -m`` and closed to everyone else (mode 0700): a trainee cannot
read another trainee's work or the instructor's course. Passwords are generated for the pilot,
set with ``chpasswd`` (the system keeps only their hash) and shown once, when the account is
made.

Functions
---------
check_account_name
    A roster id that can be a Unix user name, or an error saying why not.
account_exists
    Whether a Unix user of that name exists.
new_password
    A password easy to read aloud and type (no look-alike letters).
create_account
    Make the account and its closed home; set its password.
set_password
    Set an account's password.
remove_account
    Stop the account's processes, remove it and its home.
accounts_with_prefix
    Existing accounts whose name starts with a prefix (the tests' clean-up).
processes_of
    The process ids running as a user.
"""

from __future__ import annotations

import os
import pwd
import re
import secrets
import signal
import subprocess
import time
from pathlib import Path

from farshlab.course.project import ProjectError
from farshlab.locale import message

__all__ = [
    "account_exists",
    "accounts_with_prefix",
    "check_account_name",
    "create_account",
    "new_password",
    "processes_of",
    "remove_account",
    "set_password",
]

#: Debian's default for user names (useradd's NAME_REGEX), at most 32 characters.
UNIX_NAME = re.compile(r"^[a-z_][a-z0-9_-]{0,31}$")
#: Letters and digits of generated passwords: none that can be misread (0/O, 1/l/I).
PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"
PASSWORD_LENGTH = 12


def check_account_name(name: str) -> str:
    """
    Return ``name`` if it can be a Unix account; raise naming the problem if not.

    Examples
    --------
    >>> check_account_name("t01_parisa")
    't01_parisa'
    >>> check_account_name("T01.Parisa")
    Traceback (most recent call last):
    ...
    farshlab.course.project.ProjectError: 'T01.Parisa' cannot be an account name on the hub: use small Latin letters, digits, _ and - only, starting with a letter, at most 32 characters
    """  # noqa: E501
    if not UNIX_NAME.match(name) or name[0] in "-_0123456789":
        raise ProjectError(message("classroom.error.account_name", name=name))
    return name


def account_exists(name: str) -> bool:
    """
    Whether the Unix user ``name`` exists.

    Examples
    --------
    >>> account_exists("root"), account_exists("no-such-user-here")
    (True, False)
    """
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def new_password(length: int = PASSWORD_LENGTH) -> str:
    """
    Return a random password of ``length`` letters and digits without look-alikes.

    Examples
    --------
    >>> password = new_password()
    >>> len(password), set(password) <= set(PASSWORD_ALPHABET)
    (12, True)
    """
    return "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(length))


def _run(command: list[str], stdin: str | None = None) -> None:
    result = subprocess.run(command, input=stdin, capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip()
        raise ProjectError(message("classroom.error.command", command=" ".join(command[:2]), detail=detail))


def set_password(name: str, password: str) -> None:
    """Set the password of the account ``name`` (root only)."""
    _run(["chpasswd"], stdin=f"{name}:{password}\n")


def create_account(name: str, password: str | None = None) -> Path:
    """
    Make the account ``name`` with a home closed to others (mode 0700); return the home.

    Parameters
    ----------
    name : str
        A Unix user name (see :func:`check_account_name`).
    password : str, optional
        Set as the account's password; without it the account has none (no login).
    """
    check_account_name(name)
    _run(["useradd", "--create-home", "--shell", "/bin/bash", "--user-group", name])
    home = Path(pwd.getpwnam(name).pw_dir)
    os.chmod(home, 0o700)
    if password is not None:
        set_password(name, password)
    return home


def processes_of(name: str) -> list[int]:
    """
    The ids of the running processes of the user ``name`` (read from ``/proc``).

    A zombie (ended, waiting for its parent to collect it) runs nothing and is left out.

    Examples
    --------
    >>> os.getpid() in processes_of(pwd.getpwuid(os.getuid()).pw_name)
    True
    >>> processes_of("no-such-user-here")
    []
    """
    try:
        uid = pwd.getpwnam(name).pw_uid
    except KeyError:
        return []
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if entry.stat().st_uid != uid:
                continue
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if state != "Z":
            found.append(int(entry.name))
    return found


def remove_account(name: str, timeout: float = 10.0) -> None:
    """
    Stop every process of ``name`` (SIGTERM, then SIGKILL after ``timeout`` s), then remove the
    account and its home (``userdel --remove``). An account that does not exist is left alone.
    """
    if not account_exists(name):
        return
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pid in processes_of(name):
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + timeout
        while processes_of(name) and time.monotonic() < deadline:
            time.sleep(0.1)
    _run(["userdel", "--remove", name])


def accounts_with_prefix(prefix: str) -> list[str]:
    """
    The existing Unix accounts whose name starts with ``prefix``.

    Examples
    --------
    >>> accounts_with_prefix("no-such-prefix-")
    []
    """
    return sorted(entry.pw_name for entry in pwd.getpwall() if entry.pw_name.startswith(prefix))
