"""
What the ``farshlab`` commands share: the common options, help text, printing and error lines.

Functions
---------
add_command
    A subcommand with its help from the catalogue, ``--project`` and (usually) ``--course-dir``.
help_text
    A catalogue message ready to be an option's help.
say
    Print a catalogue message.
project_and_course
    The project and course folder that ``--project`` and ``--course-dir`` name.
reporting_errors
    A handler from a function that raises: one ``farshlab: error:`` line per problem, status 1.

This module imports nothing heavy: the course tools are imported when a command runs.
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable
from pathlib import Path

from farshlab.locale import localise_digits, message

__all__ = ["Handler", "add_command", "help_text", "project_and_course", "reporting_errors", "say"]

Handler = Callable[[argparse.Namespace], int]
"""What a command runs: parsed arguments in, exit status out."""


def help_text(key: str, lang: str | None = None, **fields: object) -> str:
    """
    Return the catalogue message ``key`` for argparse's ``help=`` (which expands ``%``).

    Numbers in ``fields`` (the defaults shown) are written in the language's own digits.

    Examples
    --------
    >>> help_text("chart.help.waste", lang="en", default="10")
    'waste allowance added to the grams, in %% (default 10, an example)'
    >>> "۱۰" in help_text("chart.help.waste", lang="fa", default="10")
    True
    """
    shown = {name: localise_digits(value, lang) for name, value in fields.items()}
    return message(key, lang=lang, **shown).replace("%", "%%")


def add_command(
    commands, name: str, help_key: str | None = None, course_dir: bool = True
) -> argparse.ArgumentParser:
    """
    Add the subcommand ``name`` with ``--project`` (and ``--course-dir``); return its parser.

    Parameters
    ----------
    commands
        The ``farshlab`` parser's subparsers.
    name : str
        The subcommand.
    help_key : str, optional
        Catalogue key of its one-line description; default ``cli.help.<name>``.
    course_dir : bool
        Add ``--course-dir``.
    """
    text = message(help_key or f"cli.help.{name}")
    sub = commands.add_parser(name, help=text.replace("%", "%%"), description=text)
    sub.add_argument("--project", type=Path, metavar="DIR", help=help_text("cli.help.project"))
    if course_dir:
        sub.add_argument("--course-dir", type=Path, metavar="DIR", help=help_text("cli.help.course_dir"))
    return sub


def say(key: str, **fields: object) -> None:
    """Print the catalogue message ``key`` on stdout at once."""
    print(message(key, **fields), flush=True)


def project_and_course(args: argparse.Namespace):
    """
    Return the project ``--project`` names (default: the one around the current folder) and the
    course folder ``--course-dir`` names (default: the project's ``build/course``, or
    ``build/course-<lang>`` for a command given ``--lang``), resolved.
    """
    from farshlab.course.project import find_project

    project = find_project(args.project)
    lang = getattr(args, "lang", None)
    default = project.course_dir(lang) if lang else project.default_course_dir
    return project, (args.course_dir or default).resolve()


def reporting_errors(run: Callable[[argparse.Namespace], None]) -> Handler:
    """
    Make a command's handler from ``run``, which raises when the work fails.

    A :class:`~farshlab.course.build.BuildError` prints one ``farshlab: error:`` line per problem,
    a :class:`~farshlab.course.project.ProjectError` or an ``OSError`` one line; either way the
    status is 1, and 0 when ``run`` returns.
    """

    @functools.wraps(run)
    def handler(args: argparse.Namespace) -> int:
        from farshlab.course.build import BuildError
        from farshlab.course.project import ProjectError

        try:
            run(args)
        except BuildError as error:
            for problem in error.problems:
                print(message("cli.error", detail=problem), file=sys.stderr)
            return 1
        except (ProjectError, OSError) as error:
            print(message("cli.error", detail=error), file=sys.stderr)
            return 1
        return 0

    return handler
