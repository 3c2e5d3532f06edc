"""
``farshlab classroom up|down|status``, ``farshlab backup`` and ``farshlab restore``.

``classroom`` runs the training centre's JupyterHub (:mod:`farshlab.classroom.lifecycle`): ``up``
makes what is missing (accounts from the roster, exchange, the course in the instructor's home)
and starts the hub, printing each new account's password once; ``down`` stops it and keeps every
file; ``status`` says whether it runs and whose server is up. ``backup`` writes the gradebook
(SQLite's online backup, safe while the hub runs), the course folder and the exchange into one
archive; ``restore`` unpacks one into a new course folder (:mod:`farshlab.classroom.backup`).

Functions
---------
register
    Add the three subcommands to the ``farshlab`` parser; return their handlers.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from farshlab.classroom.hubconfig import AUTHENTICATORS
from farshlab.classroom.settings import DEFAULT_IP, DEFAULT_PORT, DEFAULT_STATE
from farshlab.cli._common import Handler, add_command, help_text, reporting_errors, say

__all__ = ["ACTIONS", "register"]

ACTIONS = ("up", "down", "status")


def register(commands) -> dict[str, Handler]:
    """Add ``classroom``, ``backup`` and ``restore`` to ``commands``; return their handlers."""
    classroom = add_command(commands, "classroom", help_key="classroom.help.classroom", course_dir=False)
    classroom.add_argument("action", choices=ACTIONS, help=help_text("classroom.help.action"))
    classroom.add_argument("--roster", type=Path, metavar="CSV", help=help_text("classroom.help.roster"))
    classroom.add_argument("--instructor", metavar="NAME", help=help_text("classroom.help.instructor"))
    classroom.add_argument("--lang", help=help_text("classroom.help.lang"))
    classroom.add_argument("--ip", help=help_text("classroom.help.ip", default=DEFAULT_IP))
    classroom.add_argument("--port", type=int, help=help_text("classroom.help.port", default=DEFAULT_PORT))
    classroom.add_argument(
        "--auth", choices=AUTHENTICATORS, help=help_text("classroom.help.auth", default=AUTHENTICATORS[0])
    )
    classroom.add_argument("--exchange", type=Path, metavar="DIR", help=help_text("classroom.help.exchange"))
    classroom.add_argument(
        "--environment", type=Path, metavar="DIR", help=help_text("classroom.help.environment")
    )
    classroom.add_argument(
        "--state-dir",
        type=Path,
        default=DEFAULT_STATE,
        metavar="DIR",
        help=help_text("classroom.help.state_dir", default=DEFAULT_STATE),
    )
    backup = add_command(commands, "backup", help_key="classroom.help.backup")
    backup.add_argument("folder", type=Path, metavar="DIR", help=help_text("classroom.help.backup_dir"))
    backup.add_argument("--exchange", type=Path, metavar="DIR", help=help_text("classroom.help.exchange"))
    backup.add_argument(
        "--state-dir", type=Path, metavar="DIR", help=help_text("classroom.help.backup_state")
    )
    restore = add_command(commands, "restore", help_key="classroom.help.restore", course_dir=False)
    restore.add_argument("archive", type=Path, metavar="ARCHIVE", help=help_text("classroom.help.archive"))
    restore.add_argument(
        "--course-dir",
        type=Path,
        metavar="DIR",
        required=True,
        help=help_text("classroom.help.restore_course"),
    )
    restore.add_argument(
        "--exchange", type=Path, metavar="DIR", help=help_text("classroom.help.restore_exchange")
    )
    return {
        "classroom": reporting_errors(_classroom),
        "backup": reporting_errors(_backup),
        "restore": reporting_errors(_restore),
    }


def _classroom(args: argparse.Namespace) -> None:
    from farshlab.classroom.lifecycle import classroom_down, classroom_status

    if args.action == "up":
        _up(args)
    elif args.action == "down":
        say("classroom.down" if classroom_down(args.state_dir) else "classroom.down_not_running")
    else:
        status = classroom_status(args.state_dir)
        if not status["running"]:
            say("classroom.status_stopped", path=args.state_dir)
            return
        say("classroom.status_running", url=status["url"], pid=status["pid"])
        for name, ready in sorted(status["servers"].items()):
            say("classroom.status_server_up" if ready else "classroom.status_server_down", name=name)


def _up(args: argparse.Namespace) -> None:
    from farshlab.classroom.lifecycle import classroom_up

    if args.ip not in (None, "127.0.0.1", "localhost"):
        say("classroom.ip_warning", ip=args.ip)
    started = time.monotonic()
    say("classroom.starting", path=args.state_dir)
    report = classroom_up(
        args.state_dir,
        args.roster,
        instructor=args.instructor,
        lang=args.lang,
        ip=args.ip,
        port=args.port,
        exchange=args.exchange,
        environment=args.environment,
        project=args.project,
        auth=args.auth,
    )
    room = report.room
    if report.built:
        say("classroom.built", path=room.course_dir)
    if report.passwords:
        say("classroom.passwords_once")
        for name, password in report.passwords.items():
            shown = message_name(name)
            print(f"  {shown:<24} {password}", flush=True)
    say("classroom.up", url=f"{room.url}/hub/login", seconds=f"{time.monotonic() - started:.1f}")
    say("classroom.formgrader", url=f"{room.url}/user/{room.instructor}/formgrader", name=room.instructor)
    cohort = f"{room.url}/user/{room.instructor}/files/{room.cohort_report_file}"
    say("classroom.cohort_report", url=cohort, name=room.instructor)
    say("classroom.accounts", count=len(room.trainees), exchange=room.exchange)
    for path in report.exposed:
        say("classroom.exposed", path=path)


def message_name(name: str) -> str:
    """An account name as the password list shows it (``*``: every trainee, shared password)."""
    from farshlab.locale import message

    return message("classroom.every_trainee") if name == "*" else name


def _backup(args: argparse.Namespace) -> None:
    from farshlab.classroom.backup import backup_classroom
    from farshlab.classroom.settings import Classroom

    course_dir, exchange = args.course_dir, args.exchange
    if course_dir is None:
        room = Classroom.load(args.state_dir or DEFAULT_STATE)
        course_dir, exchange = room.course_dir, exchange or room.exchange
    path = backup_classroom(args.folder, course_dir, exchange)
    say("classroom.backup_done", path=path)


def _restore(args: argparse.Namespace) -> None:
    from farshlab.classroom.backup import restore_classroom

    manifest = restore_classroom(args.archive, args.course_dir, args.exchange)
    say("classroom.restored", path=args.course_dir.resolve(), created=manifest["created"])
    if args.exchange:
        say("classroom.restored_exchange", path=args.exchange.resolve())
