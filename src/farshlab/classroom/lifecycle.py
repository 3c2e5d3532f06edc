"""
``farshlab classroom up``, ``down`` and ``status``: the classroom as a whole.

``up`` (as root) checks the system-wide environment, makes the accounts that are missing (the
instructor and every trainee on the roster; a new account's password is generated and returned
once, to be shown once), prepares the exchange, builds the course in the instructor's home if it
is not there yet, writes every account's Jupyter settings, the hub's configuration and its home
page (the cohort report's link for the instructor, :mod:`farshlab.classroom.hubconfig`), and
starts the hub. ``down`` stops the hub, the proxy and every server and keeps every file; ``up`` again
resumes with the same accounts, course, gradebook and exchange (passwords unchanged).

Functions
---------
classroom_up
    Set up what is missing and start the hub.
classroom_down
    Stop the hub; keep everything.
classroom_status
    Whether the hub runs, and each account's server.

Classes
-------
UpReport
    What ``up`` did.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from farshlab.classroom import accounts, hub
from farshlab.classroom.environment import check_environment, unreadable_part
from farshlab.classroom.exchange import prepare_exchange, shared_settings_text
from farshlab.classroom.homes import prepare_instructor_home, prepare_trainee_home
from farshlab.classroom.hubconfig import AUTHENTICATORS, HOME_TEMPLATE, TEMPLATES_NAME, hub_config_text
from farshlab.classroom.settings import (
    DEFAULT_ENVIRONMENT,
    DEFAULT_EXCHANGE,
    DEFAULT_INSTRUCTOR,
    DEFAULT_IP,
    DEFAULT_PORT,
    DEFAULT_STATE,
    Classroom,
)
from farshlab.course.project import ProjectError
from farshlab.locale import message

__all__ = ["UpReport", "classroom_down", "classroom_status", "classroom_up"]

#: The course id every classroom's nbgrader uses (the course's own nbgrader_config.py sets it too).
COURSE_ID = "farshlab"
ROSTER_NAME = "roster.csv"
#: Folders of the checkout that hold the solutions and hidden tests.
SOLUTION_FOLDERS = ("exercises", "build")


@dataclass
class UpReport:
    """
    What ``classroom_up`` did.

    Attributes
    ----------
    room : Classroom
        The classroom's settings.
    pid : int
        The hub's process id.
    passwords : dict
        ``{account: password}`` of the accounts made now (shown once; empty on a resume).
    built : bool
        Whether the course was built now.
    resumed : bool
        Whether the classroom had been set up before.
    exposed : list of pathlib.Path
        Folders of the checkout that hold solutions and that trainees' accounts can read (the
        checkout should be closed to them: ``chmod o-rwx``).
    """

    room: Classroom
    pid: int
    passwords: dict[str, str] = field(default_factory=dict)
    built: bool = False
    resumed: bool = False
    exposed: list[Path] = field(default_factory=list)


def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.chmod(path, 0o600)


def _settings(
    state_dir: Path,
    roster: Path | None,
    instructor: str | None,
    lang: str | None,
    ip: str | None,
    port: int | None,
    exchange: Path | None,
    environment: Path | None,
    project: Path | None,
    auth: str | None,
) -> tuple[Classroom, bool]:
    """The classroom's settings: those saved before, with what was given now on top."""
    from farshlab.course.collect import read_roster

    try:
        saved = Classroom.load(state_dir)
    except ProjectError:
        saved = None
    if roster is None and saved is None:
        raise ProjectError(message("classroom.error.no_roster"))
    trainees = (
        tuple(accounts.check_account_name(r["id"]) for r in read_roster(roster))
        if roster is not None
        else saved.trainees
    )
    instructor = accounts.check_account_name(
        instructor or (saved.instructor if saved else DEFAULT_INSTRUCTOR)
    )
    if instructor in trainees:
        raise ProjectError(message("classroom.error.instructor_on_roster", name=instructor))
    room = Classroom(
        state_dir=Path(state_dir).resolve(),
        instructor=instructor,
        trainees=trainees,
        lang=lang or (saved.lang if saved else "en"),
        ip=ip or (saved.ip if saved else DEFAULT_IP),
        port=port or (saved.port if saved else DEFAULT_PORT),
        exchange=Path(exchange or (saved.exchange if saved else DEFAULT_EXCHANGE)).resolve(),
        environment=Path(environment or (saved.environment if saved else DEFAULT_ENVIRONMENT)),
        hub_port=saved.hub_port if saved else hub.free_port(),
        proxy_api_port=saved.proxy_api_port if saved else hub.free_port(),
        project=Path(project or (saved.project if saved else Path.cwd())).resolve(),
        auth=auth or (saved.auth if saved else AUTHENTICATORS[0]),
    )
    if room.auth not in AUTHENTICATORS:
        raise ProjectError(message("classroom.error.auth", auth=room.auth, choices=", ".join(AUTHENTICATORS)))
    return room, saved is not None


def classroom_up(
    state_dir: Path = DEFAULT_STATE,
    roster: Path | None = None,
    *,
    instructor: str | None = None,
    lang: str | None = None,
    ip: str | None = None,
    port: int | None = None,
    exchange: Path | None = None,
    environment: Path | None = None,
    project: Path | None = None,
    auth: str | None = None,
    course_from: Path | None = None,
    timeout: float = 90.0,
) -> UpReport:
    """
    Set up whatever is missing of the classroom and start its hub.

    Parameters
    ----------
    state_dir : pathlib.Path
        The hub's state folder (default ``/srv/farshlab-classroom``).
    roster : pathlib.Path, optional
        The roster CSV (``farshlab grade --roster``'s format); needed the first time, later the
        saved copy is used unless another is given (new trainees then get accounts).
    instructor, lang, ip, port, exchange, environment, project : optional
        The classroom's settings (see :class:`~farshlab.classroom.settings.Classroom`); each
        defaults to the value saved before, else ``instructor``, ``en``, ``127.0.0.1``,
        ``8000``, ``/srv/nbgrader/exchange``, ``/opt/farshlab-classroom/env`` and the current
        folder's checkout.
    auth : {"pam", "shared"}, optional
        How accounts log in (:mod:`farshlab.classroom.hubconfig`); default the one saved, else
        ``pam``.
    course_from : pathlib.Path, optional
        A course ``farshlab build`` made, copied into the instructor's home instead of building
        it there (only when the home has no course yet).
    timeout : float
        Seconds to wait for the hub to answer.

    Raises
    ------
    ProjectError
        Not root, an environment other accounts cannot run, a roster id that cannot be an
        account, or a hub that does not start.
    """
    if os.geteuid() != 0:
        raise ProjectError(message("classroom.error.not_root"))
    # nbgrader makes a new gradebook by running its `alembic` program: the one beside this Python
    bin_dir = str(Path(sys.executable).parent)
    if bin_dir not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = os.pathsep.join([bin_dir, os.environ.get("PATH", "")])
    room, resumed = _settings(
        state_dir, roster, instructor, lang, ip, port, exchange, environment, project, auth
    )
    auth = room.auth
    check_environment(room.environment)
    if shutil.which("configurable-http-proxy") is None:
        raise ProjectError(message("classroom.error.no_proxy"))
    if hub.hub_pid(room) is not None:
        raise ProjectError(message("classroom.error.running", url=room.url))
    room.save()
    if roster is not None:
        _write_private(room.path(ROSTER_NAME), Path(roster).read_text(encoding="utf-8-sig"))
    passwords = {}
    for name in room.accounts:
        if not accounts.account_exists(name):
            password = accounts.new_password() if auth == "pam" else None
            accounts.create_account(name, password)
            if password is not None:
                passwords[name] = password
    prepare_exchange(room.exchange)
    room.shared_config.mkdir(exist_ok=True)
    os.chmod(room.shared_config, 0o755)
    (room.shared_config / "nbgrader_config.py").write_text(shared_settings_text(room.exchange, COURSE_ID))
    built = prepare_instructor_home(
        room.instructor, room.course_dir, room.lang, room.project, room.path(ROSTER_NAME), course_from
    )
    for name in room.trainees:
        prepare_trainee_home(name, room.lang)
    token_path = room.path(hub.TOKEN_NAME)
    if not token_path.exists():
        _write_private(token_path, secrets.token_hex(32))
    user_password, admin_password = _shared_passwords(room, auth, passwords)
    text = hub_config_text(room, token_path.read_text().strip(), auth, user_password, admin_password)
    _write_private(room.path(hub.CONFIG_NAME), text)
    room.path(TEMPLATES_NAME).mkdir(mode=0o700, exist_ok=True)
    _write_private(room.path(TEMPLATES_NAME) / "home.html", HOME_TEMPLATE)
    pid = hub.start_hub(room, timeout=timeout)
    exposed = [path for path in SOLUTION_FOLDERS if unreadable_part(room.project / path) is None]
    return UpReport(room, pid, passwords, built, resumed, [room.project / path for path in exposed])


def _shared_passwords(room: Classroom, auth: str, shown: dict[str, str]) -> tuple[str, str]:
    """
    With the shared-password log-in: the trainees' password and the instructor's, made once and
    kept root-only in the state folder; when made now they are added to ``shown`` (``*`` is
    every trainee).
    """
    if auth != "shared":
        return "", ""
    path = room.path("shared-passwords")
    if not path.exists():
        _write_private(path, f"{accounts.new_password(12)} {accounts.new_password(32)}\n")
        user, admin = path.read_text().split()
        shown.update({"*": user, room.instructor: admin})
    user, admin = path.read_text().split()
    return user, admin


def classroom_down(state_dir: Path = DEFAULT_STATE, timeout: float = 30.0) -> bool:
    """
    Stop the classroom's hub, its proxy and every server; keep every file.

    Returns True if a hub was running. A process of a classroom account still running from the
    classroom's environment a few seconds later (a kernel its server left behind) is stopped too.
    """
    room = Classroom.load(state_dir)
    was_running = hub.stop_hub(room, timeout=timeout)
    _stop_leftovers(room, timeout=min(timeout, 10.0))
    return was_running


def _runs_from(pid: int, environment: Path) -> bool:
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    prefix = str(environment).encode()
    return any(part.startswith(prefix) for part in command[:2])


def _stop_leftovers(room: Classroom, timeout: float) -> None:
    """Wait for the accounts' servers and kernels to end; stop those still there after ``timeout``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        left = [pid for name in room.accounts for pid in accounts.processes_of(name)]
        if not [pid for pid in left if _runs_from(pid, room.environment)]:
            return
        time.sleep(0.2)
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for name in room.accounts:
            for pid in accounts.processes_of(name):
                if _runs_from(pid, room.environment):
                    try:
                        os.kill(pid, sig)
                    except ProcessLookupError:
                        pass
        time.sleep(1.0)


def classroom_status(state_dir: Path = DEFAULT_STATE) -> dict:
    """
    Whether the hub runs, where, and each account's server.

    Returns
    -------
    dict
        ``{"running": bool, "url": str, "pid": int or None, "servers": {account: bool}}``
        (``servers`` empty when the hub is not running).
    """
    room = Classroom.load(state_dir)
    pid = hub.hub_pid(room)
    servers = {}
    if pid is not None:
        for user in hub.hub_api(room, "users"):
            servers[user["name"]] = bool(user.get("servers", {}).get("", {}).get("ready"))
    return {"running": pid is not None, "url": room.url, "pid": pid, "servers": servers}
