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
checkout
    The project ``--project`` names, for the commands that read the checkout itself.
folder_or_default
    A folder an option names, else its default inside the checkout.
course_folder
    The course folder ``--course-dir`` names, else the checkout's default one.
project_and_course
    The project and course folder that ``--project`` and ``--course-dir`` name.
reporting_errors
    A handler from a function that raises: one ``farshlab: error:`` line per problem, status 1.

A command that works on a course folder alone (``grade``, ``collect``, ``report``; ``workspace``
and ``apps`` given their folders) needs no checkout when every folder is named: in a classroom,
farshlab is installed without one. A command that reads the checkout (``build``, ``demo``, ``translations``)
says so when none is found.

This module imports nothing heavy: the course tools are imported when a command runs.
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable
from pathlib import Path

from farshlab.locale import localise_digits, message

__all__ = [
    "Handler",
    "add_command",
    "checkout",
    "course_folder",
    "folder_or_default",
    "help_text",
    "project_and_course",
    "reporting_errors",
    "say",
]

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


def _searched(args: argparse.Namespace) -> Path:
    """Where the checkout was looked for: ``--project``, else the current folder."""
    return (getattr(args, "project", None) or Path.cwd()).resolve()


def checkout(args: argparse.Namespace):
    """
    Return the project ``--project`` names (default: the one around the current folder).

    For the commands that read the checkout itself (its ``exercises/``, ``notebooks/``,
    ``autograder/``).

    Raises
    ------
    ProjectError
        If there is none: the message names the command and says it needs the checkout.
    """
    from farshlab.course.project import ProjectError, find_project

    try:
        return find_project(getattr(args, "project", None))
    except ProjectError as error:
        command, folder = getattr(args, "command", ""), _searched(args)
        raise ProjectError(message("cli.error.needs_project", command=command, folder=folder)) from error


def folder_or_default(args: argparse.Namespace, given: Path | None, option: str, default: Path) -> Path:
    """
    Return the folder ``given`` (resolved), else ``default`` inside the checkout.

    Only a missing folder needs the checkout, so a command given every folder runs anywhere.

    Parameters
    ----------
    args : argparse.Namespace
        The command's arguments (``--project`` is looked at only when ``given`` is None).
    given : pathlib.Path or None
        The folder the option named.
    option : str
        The option, e.g. ``"--course-dir"``, for the message when there is no default.
    default : pathlib.Path
        The default, relative to the checkout, e.g. ``build/course``.

    Raises
    ------
    ProjectError
        If ``given`` is None and no checkout is found: the message says to pass ``option``.

    Examples
    --------
    >>> args = argparse.Namespace(project=None)
    >>> folder_or_default(args, Path("/srv/course"), "--course-dir", Path("build/course"))
    PosixPath('/srv/course')
    >>> import tempfile
    >>> outside = argparse.Namespace(project=Path(tempfile.mkdtemp()))
    >>> folder_or_default(outside, None, "--course-dir", Path("build/course"))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    farshlab.course.project.ProjectError: no --course-dir given, and no farshlab checkout found ...
    """
    from farshlab.course.project import ProjectError, find_project

    if given is not None:
        return Path(given).resolve()
    try:
        project = find_project(getattr(args, "project", None))
    except ProjectError as error:
        raise ProjectError(
            message("cli.error.no_default", option=option, default=default, folder=_searched(args))
        ) from error
    return (project.root / default).resolve()


def course_folder(args: argparse.Namespace) -> Path:
    """
    Return the course folder ``--course-dir`` names, resolved; without it the checkout's
    ``build/course`` (``build/course-<lang>`` for a command given ``--lang``).

    Examples
    --------
    >>> course_folder(argparse.Namespace(project=None, course_dir=Path("/home/instructor/course")))
    PosixPath('/home/instructor/course')
    """
    from farshlab.course.project import COURSE_LANGUAGE, Project

    lang = getattr(args, "lang", None) or COURSE_LANGUAGE
    return folder_or_default(args, args.course_dir, "--course-dir", Project(Path()).course_dir(lang))


def project_and_course(args: argparse.Namespace):
    """
    Return the project ``--project`` names (:func:`checkout`) and the course folder
    (:func:`course_folder`): for the commands that need both.
    """
    return checkout(args), course_folder(args)


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
