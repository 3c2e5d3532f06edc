"""
The ``farshlab`` command: ``build``, ``grade``, ``demo``, ``workspace``, ``apps`` and ``chart``.

Every subcommand has ``--help``; a failure prints one line per problem, prefixed
``farshlab: error:``, and exits with status 1 (2 for a mistyped command line). Messages come
from :mod:`farshlab.locale` (``FARSHLAB_LANG=fa`` for Persian).

Functions
---------
main
    The console entry point.
"""

from __future__ import annotations

import argparse
import os
import secrets
import subprocess
import sys
from pathlib import Path

from farshlab._version import __version__
from farshlab.chart.command import add_chart_command, run_chart
from farshlab.locale import message

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="farshlab", description=message("cli.help.main"))
    parser.add_argument("--version", action="version", version=f"farshlab {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, course_dir: bool = True) -> argparse.ArgumentParser:
        text = message(f"cli.help.{name}")
        sub = commands.add_parser(name, help=text, description=text)
        sub.add_argument("--project", type=Path, metavar="DIR", help=message("cli.help.project"))
        if course_dir:
            sub.add_argument("--course-dir", type=Path, metavar="DIR", help=message("cli.help.course_dir"))
        return sub

    build = command("build")
    build.add_argument("--lang", default="en", help=message("cli.help.lang"))
    grade = command("grade")
    grade.add_argument("assignment", metavar="ASSIGNMENT", help=message("cli.help.assignment"))
    grade.add_argument("--submissions", type=Path, metavar="PATH", help=message("cli.help.submissions"))
    command("demo")
    workspace = command("workspace")
    workspace.add_argument("--workspace", type=Path, metavar="DIR", help=message("cli.help.workspace_dir"))
    apps = command("apps", course_dir=False)
    apps.add_argument("--folder", type=Path, metavar="DIR", help=message("cli.help.apps_folder"))
    apps.add_argument("--ip", default="127.0.0.1", help=message("cli.help.apps_ip"))
    apps.add_argument("--port", type=int, default=8866, help=message("cli.help.apps_port"))
    apps.add_argument("--token", help=message("cli.help.apps_token"))
    add_chart_command(commands)
    return parser


def _say(key: str, **fields: object) -> None:
    print(message(key, **fields), flush=True)


def _build(project, course_dir: Path, lang: str) -> None:
    from farshlab.course.build import build_course

    _say("cli.build.start", course_dir=course_dir)
    report = build_course(project, course_dir, lang=lang)
    for built in report.assignments:
        _say(
            "cli.build.assignment",
            id=built.id,
            notebooks=len(built.notebooks),
            points=f"{built.points:g}",
            auto=f"{built.autograded_points:g}",
        )
    _say(
        "cli.build.done",
        assignments=len(report.assignments),
        lessons=len(report.lessons),
        course_dir=report.course_dir,
    )


def _grade(course_dir: Path, assignment: str, submissions: Path | None) -> None:
    from farshlab.course.grade import format_table, grade_assignment

    _say("cli.grade.start", assignment=assignment)
    report = grade_assignment(course_dir, assignment, submissions)
    for reason in report.skipped:
        _say("cli.grade.skipped", reason=reason)
    print(format_table(report.rows))
    _say("cli.grade.csv", path=report.csv_path)
    _say("cli.grade.feedback", path=report.feedback_dir)


def _apps(project, folder: Path | None, ip: str, port: int, token: str | None) -> None:
    from farshlab.course.project import ProjectError
    from farshlab.widgets.apps import available_apps, write_app_notebooks

    folder = (folder or project.root / "build" / "apps").resolve()
    notebooks = write_app_notebooks(folder)
    if not notebooks:
        raise ProjectError(message("cli.apps.none"))
    token = token or secrets.token_hex(16)
    titles = {app.notebook: app.title for app in available_apps()}
    for notebook in notebooks:
        url = f"http://{ip}:{port}/voila/render/{notebook.name}?token={token}"
        _say("cli.apps.url", title=titles[notebook.name], url=url)
    _say("cli.apps.stop")
    voila = Path(sys.executable).with_name("voila")
    command = [
        str(voila),
        str(folder),
        "--no-browser",
        f"--Voila.ip={ip}",
        f"--Voila.port={port}",
        "--Voila.port_retries=0",
        f"--Voila.token={token}",
    ]
    try:
        subprocess.run(command, check=True, env=dict(os.environ))
    except KeyboardInterrupt:
        pass
    except subprocess.CalledProcessError as error:
        raise ProjectError(message("cli.apps.failed", code=error.returncode)) from error


def _run(args: argparse.Namespace) -> None:
    from farshlab.course.project import ProjectError, find_project

    project = find_project(args.project)
    if args.command == "apps":
        _apps(project, args.folder, args.ip, args.port, args.token)
        return
    course_dir = (args.course_dir or project.default_course_dir).resolve()
    if args.command == "build":
        _build(project, course_dir, args.lang)
    elif args.command == "grade":
        _grade(course_dir, args.assignment, args.submissions)
    elif args.command == "demo":
        _build(project, course_dir, "en")
        cohorts = (
            sorted(p for p in project.samples.iterdir() if p.is_dir()) if project.samples.is_dir() else []
        )
        if not cohorts:
            raise ProjectError(f"no sample cohort in {project.samples}")
        for cohort in cohorts:
            _grade(course_dir, cohort.name, cohort)
        _say("cli.demo.done", course_dir=course_dir)
    elif args.command == "workspace":
        from farshlab.course.workspace import fill_workspace

        workspace = (args.workspace or project.root / "build" / "workspace").resolve()
        copied, kept = fill_workspace(course_dir, workspace)
        _say("cli.workspace.done", workspace=workspace, copied=len(copied), kept=len(kept))


def main(argv: list[str] | None = None) -> int:
    """
    Run the ``farshlab`` command.

    Parameters
    ----------
    argv : list of str, optional
        Arguments after the program name; default ``sys.argv[1:]``.

    Returns
    -------
    int
        0 on success, 1 when the work failed, 2 for a mistyped command line.

    Examples
    --------
    >>> main(["build", "--lang", "xx", "--course-dir", "/nonexistent/never-written"])
    Building the course in /nonexistent/never-written …
    1
    """
    args = _parser().parse_args(argv)
    if args.command == "chart":
        return run_chart(args)
    from farshlab.course.build import BuildError
    from farshlab.course.project import ProjectError

    try:
        _run(args)
    except BuildError as error:
        for problem in error.problems:
            print(message("cli.error", detail=problem), file=sys.stderr)
        return 1
    except (ProjectError, OSError) as error:
        print(message("cli.error", detail=error), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
