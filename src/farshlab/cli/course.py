"""
``farshlab build``, ``demo``, ``workspace`` and ``apps``: the course folder and what is made from it.

``build`` turns the text sources into the course folder (:func:`farshlab.course.build.build_course`),
``demo`` builds it and grades every bundled sample cohort, ``workspace`` fills a trainee's folder
(:func:`farshlab.course.workspace.fill_workspace`) and ``apps`` serves the simulators with Voilà
(:mod:`farshlab.widgets.apps`). Option defaults are the library's: the course language of
:data:`farshlab.course.project.COURSE_LANGUAGE`, the address and port of
:data:`~farshlab.widgets.apps.APPS_IP` and :data:`~farshlab.widgets.apps.APPS_PORT`.

Functions
---------
register
    Add the four subcommands to the ``farshlab`` parser; return their handlers.
build_and_report
    Build the course folder, printing each assignment built.
"""

from __future__ import annotations

import argparse
import os
import secrets
import subprocess
from pathlib import Path

from farshlab.cli._common import (
    Handler,
    add_command,
    checkout,
    course_folder,
    folder_or_default,
    help_text,
    project_and_course,
    reporting_errors,
    say,
)
from farshlab.cli.grading import grade_and_report, write_cohort
from farshlab.course.project import COURSE_LANGUAGE
from farshlab.locale import message
from farshlab.widgets.apps import APPS_IP, APPS_PORT

__all__ = ["build_and_report", "register"]


def register(commands) -> dict[str, Handler]:
    """Add ``build``, ``demo``, ``workspace`` and ``apps`` to ``commands``; return their handlers."""
    build = add_command(commands, "build")
    demo = add_command(commands, "demo")
    workspace = add_command(commands, "workspace")
    for command in (build, demo, workspace):
        command.add_argument(
            "--lang", default=COURSE_LANGUAGE, help=help_text("cli.help.lang", default=COURSE_LANGUAGE)
        )
    workspace.add_argument("--workspace", type=Path, metavar="DIR", help=help_text("cli.help.workspace_dir"))
    workspace.add_argument(
        "--jupyter-config", type=Path, metavar="DIR", help=help_text("cli.help.jupyter_config")
    )
    translations = add_command(commands, "translations", course_dir=False)
    translations.add_argument(
        "--lang", default="fa", help=help_text("cli.help.translation_lang", default="fa")
    )
    translations.add_argument(
        "--stamp", nargs="+", type=Path, metavar="FILE", help=help_text("cli.help.translation_stamp")
    )
    apps = add_command(commands, "apps", course_dir=False)
    apps.add_argument("--folder", type=Path, metavar="DIR", help=help_text("cli.help.apps_folder"))
    apps.add_argument("--ip", default=APPS_IP, help=help_text("cli.help.apps_ip", default=APPS_IP))
    apps.add_argument(
        "--port", type=int, default=APPS_PORT, help=help_text("cli.help.apps_port", default=APPS_PORT)
    )
    apps.add_argument("--token", help=help_text("cli.help.apps_token"))
    return {
        "build": reporting_errors(_build),
        "demo": reporting_errors(_demo),
        "workspace": reporting_errors(_workspace),
        "translations": reporting_errors(_translations),
        "apps": reporting_errors(_apps),
    }


def build_and_report(project, course_dir: Path, lang: str = COURSE_LANGUAGE) -> None:
    """Build the course folder ``course_dir`` from ``project``, printing what was built."""
    from farshlab.course.build import build_course

    say("cli.build.start", course_dir=course_dir)
    report = build_course(project, course_dir, lang=lang)
    for built in report.assignments:
        say(
            "cli.build.assignment",
            id=built.id,
            notebooks=len(built.notebooks),
            points=f"{built.points:g}",
            auto=f"{built.autograded_points:g}",
        )
        if built.validated:
            say(
                "cli.build.proven",
                questions=sum(len(e.questions) for e in built.exercises),
                wrong=built.proven["wrong"],
                library=built.proven["library"],
                switched=len(built.rule),
            )
        if built.unavailable:
            say("cli.build.unavailable", packages=", ".join(sorted(built.unavailable)))
    if report.behind:
        shown = ", ".join(str(path.relative_to(project.root)) for path in report.behind)
        say("cli.build.behind", count=len(report.behind), language=report.lang, files=shown)
    say(
        "cli.build.done",
        assignments=len(report.assignments),
        lessons=len(report.lessons),
        course_dir=report.course_dir,
    )


def _build(args: argparse.Namespace) -> None:
    project, course_dir = project_and_course(args)
    build_and_report(project, course_dir, args.lang)


def _demo(args: argparse.Namespace) -> None:
    from farshlab.course.project import ProjectError

    project, course_dir = project_and_course(args)
    build_and_report(project, course_dir, args.lang)
    samples = project.samples
    cohorts = sorted(p for p in samples.iterdir() if p.is_dir()) if samples.is_dir() else []
    if not cohorts:
        raise ProjectError(f"no sample cohort in {samples}")
    if args.lang != COURSE_LANGUAGE:
        cohorts = _translated_cohorts(project, course_dir, args.lang, cohorts)
    for cohort in cohorts:
        grade_and_report(course_dir, cohort.name, cohort)
    write_cohort(course_dir, args.lang)
    say("cli.demo.done", course_dir=course_dir)


def _translated_cohorts(project, course_dir: Path, lang: str, cohorts: list[Path]) -> list[Path]:
    """The English sample cohorts given in ``lang``'s released notebooks, in ``build/samples-<lang>/``."""
    import tempfile

    from farshlab.course.build import build_course
    from farshlab.course.samples import translate_cohort

    target = project.root / "build" / f"samples-{lang}"
    with tempfile.TemporaryDirectory() as english:  # only its releases are read
        build_course(project, Path(english), validate=False)
        for cohort in cohorts:
            translate_cohort(cohort.name, lang, course_dir, Path(english), target / cohort.name)
    say("cli.demo.translated", count=len(cohorts), language=lang, folder=target)
    return [target / cohort.name for cohort in cohorts]


def _workspace(args: argparse.Namespace) -> None:
    from farshlab.course.workspace import fill_workspace, write_kernel_startup
    from farshlab.locale.style import write_lab_css

    course_dir = course_folder(args)
    suffix = "" if args.lang == COURSE_LANGUAGE else f"-{args.lang}"
    workspace = folder_or_default(args, args.workspace, "--workspace", Path("build") / f"workspace{suffix}")
    copied, kept = fill_workspace(course_dir, workspace)
    say("cli.workspace.done", workspace=workspace, copied=len(copied), kept=len(kept))
    config = folder_or_default(args, args.jupyter_config, "--jupyter-config", Path("build/jupyter-config"))
    say("cli.workspace.style", path=write_lab_css(config))
    say("cli.workspace.startup", path=write_kernel_startup(config / "ipython"))


def _translations(args: argparse.Namespace) -> None:
    from farshlab.course.project import ProjectError
    from farshlab.course.translation import (
        document_pairs,
        english_of,
        notebook_pairs,
        stamp,
        translation_status,
    )

    project = checkout(args)
    for path in args.stamp or []:
        path = path.resolve()
        if not path.is_file():
            raise ProjectError(message("cli.translations.no_file", path=path))
        digest = stamp(path, english_of(path))
        say("cli.translations.stamped", path=path.relative_to(project.root), digest=digest[:12])
    if args.stamp:
        return
    counts: dict[str, int] = {}
    for english, _ in notebook_pairs(project, args.lang) + document_pairs(project, args.lang):
        status = translation_status(english, args.lang)
        counts[status.state] = counts.get(status.state, 0) + 1
        shown = status.translation.relative_to(project.root)
        say(f"cli.translations.{status.state}", path=shown)
    say(
        "cli.translations.summary",
        language=args.lang,
        **{k: counts.get(k, 0) for k in ("current", "behind", "unstamped", "missing")},
    )


def _apps(args: argparse.Namespace) -> None:
    from farshlab.course.project import ProjectError
    from farshlab.widgets.apps import app_url, available_apps, voila_command, write_app_notebooks

    folder = folder_or_default(args, args.folder, "--folder", Path("build/apps"))
    notebooks = write_app_notebooks(folder)
    if not notebooks:
        raise ProjectError(message("cli.apps.none"))
    token = args.token or secrets.token_hex(16)
    titles = {app.notebook: app.title for app in available_apps()}
    for notebook in notebooks:
        say(
            "cli.apps.url", title=titles[notebook.name], url=app_url(notebook.name, token, args.ip, args.port)
        )
    say("cli.apps.stop")
    try:
        subprocess.run(voila_command(folder, token, args.ip, args.port), check=True, env=dict(os.environ))
    except KeyboardInterrupt:
        pass
    except subprocess.CalledProcessError as error:
        raise ProjectError(message("cli.apps.failed", code=error.returncode)) from error
