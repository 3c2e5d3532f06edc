"""
The ``farshlab`` command: ``build``, ``demo``, ``workspace``, ``apps``, ``grade``, ``collect``, ``report``,
``chart``, ``speak``, ``kit``, ``classroom``, ``backup`` and ``restore``.

Every subcommand has ``--help``; a failure prints one line per problem, prefixed
``farshlab: error:``, and exits with status 1 (2 for a mistyped command line). Messages come
from :mod:`farshlab.locale` (``FARSHLAB_LANG=fa`` for Persian). Each module below adds its
subcommands to the parser and returns their handlers; :func:`main` runs the one named through
that table. The defaults the options show are the library's own (the dataclass fields and
constants its functions use), and ``farshlab --help`` loads none of numpy, Pillow,
colour-science or nbgrader: each command imports its machinery when it runs. Nothing in
farshlab imports this package.

Modules
-------
course
    ``build``, ``demo``, ``workspace`` and ``apps``.
grading
    ``grade``, ``collect`` and ``report``.
chart
    ``chart``.
speak
    ``speak``.
kit
    ``kit``.
classroom
    ``classroom`` (up, down, status), ``backup`` and ``restore``.

Functions
---------
command_line
    The parser and its dispatch table ``{command: handler}``.
main
    The console entry point.
without_iri_grammar
    Keep jsonschema from compiling its IRI grammar in this process (done by :func:`main`).
"""

from __future__ import annotations

import argparse
import sys

from farshlab._version import __version__
from farshlab.cli import chart, classroom, course, grading, kit, speak
from farshlab.cli._common import Handler
from farshlab.locale import message

__all__ = ["command_line", "main", "without_iri_grammar"]

COMMAND_GROUPS = (course, grading, chart, speak, kit, classroom)
"""The modules that add subcommands, in the order ``farshlab --help`` lists them."""


def command_line() -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    """
    Return the ``farshlab`` parser and the handler of each of its subcommands.

    Examples
    --------
    >>> parser, handlers = command_line()
    >>> list(handlers)  # doctest: +NORMALIZE_WHITESPACE
    ['build', 'demo', 'workspace', 'translations', 'apps', 'grade', 'collect', 'report', 'chart', 'speak',
     'kit', 'classroom', 'backup', 'restore']
    >>> parser.parse_args(["grade", "a00_orientation"]).budget
    120.0
    """
    parser = argparse.ArgumentParser(prog="farshlab", description=message("cli.help.main"))
    parser.add_argument("--version", action="version", version=f"farshlab {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    handlers: dict[str, Handler] = {}
    for group in COMMAND_GROUPS:
        handlers.update(group.register(commands))
    return parser, handlers


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
    without_iri_grammar()
    parser, handlers = command_line()
    args = parser.parse_args(argv)
    return handlers[args.command](args)


def without_iri_grammar() -> None:
    """
    Keep jsonschema from compiling its IRI grammar in this process: 1.8 CPU-seconds per start.

    jsonschema checks the ``iri`` and ``iri-reference`` formats with ``rfc3987_syntax`` where
    that module is installed (jupyter_server's dependencies install it), and importing it
    compiles a Lark grammar: on the test machine ``import nbformat`` takes 2.0 s with it and
    0.24 s without. Every command that reads a notebook imports nbformat, and ``farshlab grade``
    pays it before the first submission starts. No schema farshlab, nbformat or nbgrader
    validates uses those formats, and jsonschema's format checker simply leaves them out (as
    on a machine without the module). A process that has imported the module already keeps it.

    Examples
    --------
    >>> import subprocess
    >>> code = "from farshlab.cli import without_iri_grammar as w; w(); import nbformat, sys; "
    >>> code += "print('rfc3987_syntax' in sys.modules and sys.modules['rfc3987_syntax'] is not None)"
    >>> subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    'False\\n'
    """
    sys.modules.setdefault("rfc3987_syntax", None)
