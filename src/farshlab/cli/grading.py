"""
``farshlab grade``, ``farshlab collect`` and ``farshlab report``: a cohort's work in, graded, reported.

``collect`` imports submissions without grading (:func:`farshlab.course.collect.collect_cohort`);
``grade`` imports and autogrades them in sandboxed kernels
(:func:`farshlab.course.grade.grade_assignment`), printing progress, the table of scores and the
review flags, and optionally a JSON summary, then writes the course's cohort report again where it
has one (``report``, ``demo`` and ``classroom up`` write the first), in the session's language:
0.3 s for 44 trainees and seven assignments.
``--budget`` and ``--memory`` default to the fields of :class:`farshlab.course.sandbox.Limits`.
``report`` writes the cohort report across all assignments (:mod:`farshlab.course.cohort`).

Functions
---------
register
    Add the three subcommands to the ``farshlab`` parser; return their handlers.
grade_and_report
    Grade one assignment's cohort, printing what happened.
write_cohort
    Write the cohort report of a course folder, printing where.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from farshlab.cli._common import Handler, add_command, course_folder, help_text, reporting_errors, say
from farshlab.course.sandbox import Limits
from farshlab.locale import available_languages, current_language

__all__ = ["grade_and_report", "register", "write_cohort"]

_LIMITS = Limits()


def register(commands) -> dict[str, Handler]:
    """Add ``grade``, ``collect`` and ``report`` to ``commands``; return their handlers."""
    grade = add_command(commands, "grade")
    grade.add_argument("assignment", metavar="ASSIGNMENT", help=help_text("cli.help.assignment"))
    grade.add_argument("--submissions", type=Path, metavar="PATH", help=help_text("grading.help.submissions"))
    grade.add_argument("--roster", type=Path, metavar="CSV", help=help_text("grading.help.roster"))
    grade.add_argument("--due", metavar="DATETIME", help=help_text("grading.help.due"))
    grade.add_argument("--workers", type=int, metavar="N", help=help_text("grading.help.workers"))
    grade.add_argument(
        "--budget",
        type=float,
        default=_LIMITS.budget_s,
        metavar="SECONDS",
        help=help_text("grading.help.budget", default=f"{_LIMITS.budget_s:g}"),
    )
    grade.add_argument(
        "--memory",
        type=int,
        default=_LIMITS.memory_mb,
        metavar="MB",
        help=help_text("grading.help.memory", default=_LIMITS.memory_mb),
    )
    grade.add_argument("--json", type=Path, metavar="FILE", help=help_text("grading.help.json"))
    grade.add_argument("--force", action="store_true", help=help_text("grading.help.force"))
    grade.add_argument("--dask-scheduler", metavar="ADDRESS", help=help_text("grading.help.dask"))
    collect = add_command(commands, "collect", help_key="grading.help.collect")
    collect.add_argument("assignment", metavar="ASSIGNMENT", help=help_text("cli.help.assignment"))
    collect.add_argument(
        "--submissions",
        type=Path,
        metavar="PATH",
        required=True,
        help=help_text("grading.help.submissions"),
    )
    collect.add_argument("--roster", type=Path, metavar="CSV", help=help_text("grading.help.roster"))
    collect.add_argument("--due", metavar="DATETIME", help=help_text("grading.help.due"))
    for sub in (grade, collect):
        sub.add_argument("--name-pattern", metavar="REGEX", help=help_text("grading.help.name_pattern"))
        sub.add_argument("--zip-timezone", metavar="ZONE", help=help_text("grading.help.zip_timezone"))
    report = add_command(commands, "report", help_key="grading.help.report")
    lang = current_language()
    report.add_argument(
        "--lang",
        choices=available_languages(),
        default=lang,
        help=help_text("grading.help.report_lang", choices=", ".join(available_languages()), default=lang),
    )
    return {
        "grade": reporting_errors(_grade),
        "collect": reporting_errors(_collect),
        "report": reporting_errors(_report),
    }


def write_cohort(course_dir: Path, lang: str) -> None:
    """Write ``reports/cohort.html`` (in ``lang``) and ``cohort.csv`` of a course; say where."""
    from farshlab.course.cohort import cohort_report, write_cohort_report

    written = write_cohort_report(cohort_report(course_dir), lang)
    say("cli.report.written", html=written["cohort.html"], csv=written["cohort.csv"])


def _report(args: argparse.Namespace) -> None:
    write_cohort(course_folder(args), args.lang)


def grade_and_report(
    course_dir: Path,
    assignment: str,
    submissions: Path | None,
    *,
    limits: dict[str, float] | None = None,
    workers: int | None = None,
    json_path: Path | None = None,
    force: bool = False,
    roster: Path | None = None,
    due: str | None = None,
    dask_scheduler: str | None = None,
    name_pattern: str | None = None,
    zip_timezone: str | None = None,
) -> None:
    """
    Grade one assignment's submissions, printing progress, the scores, flags and where things are.

    ``limits`` sets fields of :class:`~farshlab.course.sandbox.Limits` (the others keep their
    defaults); the other parameters are those of :func:`farshlab.course.grade.grade_assignment`,
    plus ``json_path`` (also write the JSON summary there) and ``dask_scheduler`` (grade on that
    Dask cluster's workers). Bad values raise :class:`~farshlab.course.project.ProjectError`.
    """
    import json
    import time

    from farshlab.course.grade import format_table, grade_assignment
    from farshlab.course.project import ProjectError
    from farshlab.course.report import progress_line, summary
    from farshlab.course.sandbox import sandbox_mode

    say("cli.grade.start", assignment=assignment)
    mode = sandbox_mode()
    say("grading.sandbox", mode=mode)
    if mode == "none":
        say("grading.sandbox_none")
    try:
        chosen = Limits(**(limits or {}))
        if workers is not None and workers < 1:
            raise ValueError(f"workers must be a positive whole number, got {workers}")
    except ValueError as error:
        raise ProjectError(str(error)) from error
    started = time.monotonic()

    def progress(done: int, total: int, student: str) -> None:
        say("grading.progress", bar=progress_line(done, total, time.monotonic() - started), student=student)

    client = executor = None
    if dask_scheduler:
        try:
            from distributed import Client
        except ImportError as error:
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
            limits=chosen,
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
        say("cli.grade.skipped", reason=reason)
    print(format_table(report.rows))
    for row in report.rows:
        if row.flags:
            say("grading.flags", student=row.student_id, flags=", ".join(sorted(set(row.flag_codes))))
    say("cli.grade.csv", path=report.csv_path)
    say("cli.grade.feedback", path=report.feedback_dir)
    if report.html_path is not None:
        say("grading.report", path=report.html_path)
    if json_path is not None:
        data = summary(
            assignment,
            report.rows,
            report.sandbox,
            chosen.as_dict(),
            time.monotonic() - started,
            report.csv_path,
        )
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
        say("grading.json", path=json_path)


def _grade(args: argparse.Namespace) -> None:
    course_dir = course_folder(args)
    grade_and_report(
        course_dir,
        args.assignment,
        args.submissions,
        limits={"budget_s": args.budget, "memory_mb": args.memory},
        workers=args.workers,
        json_path=args.json,
        force=args.force,
        roster=args.roster,
        due=args.due,
        dask_scheduler=args.dask_scheduler,
        name_pattern=args.name_pattern,
        zip_timezone=args.zip_timezone,
    )
    from farshlab.course.cohort import cohort_page

    if cohort_page(course_dir).is_file():  # kept current once there is one
        write_cohort(course_dir, current_language())


def _collect(args: argparse.Namespace) -> None:
    from farshlab.course.collect import collect_cohort

    course_dir = course_folder(args)
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
        say("grading.roster", count=len(roster_ids))
    for reason in skipped:
        say("cli.grade.skipped", reason=reason)
    say("grading.collected", count=len(imported), assignment=args.assignment, path=course_dir / "submitted")
