"""
The ``farshlab`` command: ``build``, ``grade``, ``collect``, ``demo``, ``workspace``, ``apps`` and
``chart``.

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
    grade.add_argument("--submissions", type=Path, metavar="PATH", help=message("grading.help.submissions"))
    grade.add_argument("--roster", type=Path, metavar="CSV", help=message("grading.help.roster"))
    grade.add_argument("--due", metavar="DATETIME", help=message("grading.help.due"))
    grade.add_argument("--workers", type=int, metavar="N", help=message("grading.help.workers"))
    grade.add_argument(
        "--budget", type=float, default=120.0, metavar="SECONDS", help=message("grading.help.budget")
    )
    grade.add_argument("--memory", type=int, default=2048, metavar="MB", help=message("grading.help.memory"))
    grade.add_argument("--json", type=Path, metavar="FILE", help=message("grading.help.json"))
    grade.add_argument("--force", action="store_true", help=message("grading.help.force"))
    grade.add_argument("--dask-scheduler", metavar="ADDRESS", help=message("grading.help.dask"))
    collect = commands.add_parser(
        "collect", help=message("grading.help.collect"), description=message("grading.help.collect")
    )
    collect.add_argument("--project", type=Path, metavar="DIR", help=message("cli.help.project"))
    collect.add_argument("--course-dir", type=Path, metavar="DIR", help=message("cli.help.course_dir"))
    collect.add_argument("assignment", metavar="ASSIGNMENT", help=message("cli.help.assignment"))
    collect.add_argument(
        "--submissions", type=Path, metavar="PATH", required=True, help=message("grading.help.submissions")
    )
    collect.add_argument("--roster", type=Path, metavar="CSV", help=message("grading.help.roster"))
    collect.add_argument("--due", metavar="DATETIME", help=message("grading.help.due"))
    for sub in (grade, collect):
        sub.add_argument("--name-pattern", metavar="REGEX", help=message("grading.help.name_pattern"))
        sub.add_argument("--zip-timezone", metavar="ZONE", help=message("grading.help.zip_timezone"))
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


def _grade(
    course_dir: Path,
    assignment: str,
    submissions: Path | None,
    workers: int | None = None,
    budget: float = 120.0,
    memory: int = 2048,
    json_path: Path | None = None,
    force: bool = False,
    roster: Path | None = None,
    due: str | None = None,
    dask_scheduler: str | None = None,
    name_pattern: str | None = None,
    zip_timezone: str | None = None,
) -> None:
    import json
    import time

    from farshlab.course.grade import format_table, grade_assignment
    from farshlab.course.report import progress_line, summary
    from farshlab.course.sandbox import Limits, sandbox_mode

    _say("cli.grade.start", assignment=assignment)
    mode = sandbox_mode()
    _say("grading.sandbox", mode=mode)
    if mode == "none":
        _say("grading.sandbox_none")
    try:
        limits = Limits(budget_s=budget, memory_mb=memory)
        if workers is not None and workers < 1:
            raise ValueError(f"workers must be a positive whole number, got {workers}")
    except ValueError as error:
        from farshlab.course.project import ProjectError

        raise ProjectError(str(error)) from error
    started = time.monotonic()

    def progress(done: int, total: int, student: str) -> None:
        _say("grading.progress", bar=progress_line(done, total, time.monotonic() - started), student=student)

    client = executor = None
    if dask_scheduler:
        try:
            from distributed import Client
        except ImportError as error:
            from farshlab.course.project import ProjectError

            raise ProjectError(
                "--dask-scheduler needs the cluster extra: pip install 'farshlab[cluster]'"
            ) from error
        client = Client(dask_scheduler)
        executor = client.get_executor()
    try:
        report = grade_assignment(
            course_dir,
            assignment,
            submissions,
            workers=workers,
            limits=limits,
            force=force,
            progress=progress,
            roster=roster,
            due=due,
            executor=executor,
            name_pattern=name_pattern,
            zip_timezone=zip_timezone,
        )
    finally:
        if client is not None:
            client.close()
    for reason in report.skipped:
        _say("cli.grade.skipped", reason=reason)
    print(format_table(report.rows))
    for row in report.rows:
        if row.flags:
            _say("grading.flags", student=row.student_id, flags=", ".join(sorted(set(row.flags))))
    _say("cli.grade.csv", path=report.csv_path)
    _say("cli.grade.feedback", path=report.feedback_dir)
    if report.html_path is not None:
        _say("grading.report", path=report.html_path)
    if json_path is not None:
        data = summary(
            assignment,
            report.rows,
            report.sandbox,
            limits.as_dict(),
            time.monotonic() - started,
            report.csv_path,
        )
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
        _say("grading.json", path=json_path)


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
        _grade(
            course_dir,
            args.assignment,
            args.submissions,
            args.workers,
            args.budget,
            args.memory,
            args.json,
            args.force,
            args.roster,
            args.due,
            args.dask_scheduler,
            args.name_pattern,
            args.zip_timezone,
        )
    elif args.command == "collect":
        from farshlab.course.collect import collect_cohort

        roster_ids, imported, skipped = collect_cohort(
            course_dir,
            args.assignment,
            args.submissions,
            roster=args.roster,
            due=args.due,
            pattern=args.name_pattern,
            zip_timezone=args.zip_timezone,
        )
        if roster_ids is not None:
            _say("grading.roster", count=len(roster_ids))
        for reason in skipped:
            _say("cli.grade.skipped", reason=reason)
        _say(
            "grading.collected",
            count=len(imported),
            assignment=args.assignment,
            path=course_dir / "submitted",
        )
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
