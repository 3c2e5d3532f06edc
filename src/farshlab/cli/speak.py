"""
``farshlab speak``: rows of a chart said aloud, one WAV file per row and a playlist.

::

    farshlab speak CHART [--rows 1-20] [--lang fa|en] [--columns-from right|left]
                   [--speed WPM] -o OUTDIR

reads a ``.farshchart`` file (:mod:`farshlab.chart.chartfile`) and writes into ``OUTDIR``
``row-0001.wav`` … (each row's run-length calls spoken by espeak-ng,
:mod:`farshlab.speech`) and ``rows.m3u``, printing each file with its length. ``--rows`` takes
one row (``12``) or a range (``1-20``, ``1–20``), counted from 1 at the bottom, in Latin or
Persian digits; without it every row is spoken. Bad input (no such chart, not a chart file, rows
that are malformed or not in the chart, espeak-ng missing) stops with one clear line
(``farshlab: error: …``) and exit status 1 before any file is written. Messages come from
:mod:`farshlab.locale` (area ``reader``).

This module imports nothing heavy until the command runs, so ``farshlab --help`` stays quick.

Functions
---------
register
    Add the subcommand to the ``farshlab`` parser; return its handler.
parse_rows
    ``"1-20"`` → ``range(1, 21)``, checked against the chart's rows.
run_speak
    Run it from parsed arguments; returns the exit status.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from farshlab.chart.options import COLUMN_ORIGINS, DEFAULT_COLUMNS_FROM
from farshlab.cli._common import Handler, help_text
from farshlab.locale import current_language, localise_digits, message

__all__ = ["parse_rows", "register", "run_speak"]

SPOKEN = ("fa", "en")
"""The spoken languages (:data:`farshlab.speech.SPOKEN_LANGUAGES`, written here so that
``farshlab --help`` loads nothing; a test keeps the two equal)."""
WORDS_PER_MINUTE = 175
"""espeak-ng's own speed (:data:`farshlab.speech.DEFAULT_WORDS_PER_MINUTE`, likewise)."""

_ROWS = re.compile(r"^\s*(\d+)\s*(?:[-–]\s*(\d+)\s*)?$")
"""One row or a range; ``\\d`` and ``int`` take Persian and Arabic-Indic digits as well as 0-9."""


class _Stop(Exception):
    """A problem to report in one line."""


def register(commands) -> dict[str, Handler]:
    """Add ``speak`` to ``commands``; return its handler."""
    text = message("reader.speak.help.command")
    sub = commands.add_parser("speak", help=text.replace("%", "%%"), description=text)
    sub.add_argument("chart", metavar="CHART", type=Path, help=help_text("reader.speak.help.chart"))
    sub.add_argument("--rows", metavar="FIRST-LAST", help=help_text("reader.speak.help.rows"))
    default_lang = current_language() if current_language() in SPOKEN else SPOKEN[0]
    sub.add_argument(
        "--lang",
        choices=SPOKEN,
        default=default_lang,
        help=help_text("reader.speak.help.lang", choices=", ".join(SPOKEN), default=default_lang),
    )
    sub.add_argument(
        "--columns-from",
        choices=COLUMN_ORIGINS,
        default=DEFAULT_COLUMNS_FROM,
        help=help_text("reader.speak.help.columns_from", default=DEFAULT_COLUMNS_FROM),
    )
    sub.add_argument(
        "--speed",
        type=int,
        default=WORDS_PER_MINUTE,
        metavar="WPM",
        help=help_text("reader.speak.help.speed", default=WORDS_PER_MINUTE),
    )
    sub.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="OUTDIR",
        help=help_text("reader.speak.help.output"),
    )
    return {"speak": run_speak}


def parse_rows(text: str | None, rows: int) -> range:
    """
    Return the rows ``text`` names in a chart of ``rows`` rows (all of them for ``None``).

    Parameters
    ----------
    text : str or None
        What ``--rows`` was given: one row (``"12"``) or a range (``"1-20"``, ``"1–20"``), the
        weaver's rows from 1 at the bottom, in Latin, Persian or Arabic-Indic digits.
    rows : int
        The chart's rows.

    Returns
    -------
    range
        The rows, lowest first.

    Raises
    ------
    ValueError
        With the message to print: malformed, the wrong way round, or not in the chart.

    Examples
    --------
    >>> parse_rows("1-20", 500), parse_rows("۱۲", 500), parse_rows(None, 3)
    (range(1, 21), range(12, 13), range(1, 4))
    >>> parse_rows("5-2", 500)
    Traceback (most recent call last):
    ...
    ValueError: --rows 5-2: the first row comes after the last; write the lower row first, such as 2-5
    """
    if text is None:
        return range(1, rows + 1)
    found = _ROWS.match(text)
    if found is None:
        raise ValueError(message("reader.speak.error.rows", value=text))
    first = int(found[1])
    last = int(found[2]) if found[2] is not None else first
    if first > last:
        raise ValueError(message("reader.speak.error.rows_order", value=text, suggestion=f"{last}-{first}"))
    if first < 1 or last > rows:
        raise ValueError(message("reader.speak.error.rows_range", value=text, rows=localise_digits(rows)))
    return range(first, last + 1)


def _speak(args: argparse.Namespace) -> None:
    from farshlab.chart import load_chart
    from farshlab.speech import SpeechError, speak_rows
    from farshlab.speech.recording import PLAYLIST

    if not args.chart.is_file():
        raise _Stop(message("reader.speak.error.chart_missing", chart=args.chart))
    try:
        chart = load_chart(args.chart)
        rows = parse_rows(args.rows, chart.rows)
        spoken = speak_rows(
            chart,
            rows,
            args.output,
            lang=args.lang,
            columns_from=args.columns_from,
            words_per_minute=args.speed,
        )
    except (ValueError, SpeechError) as error:
        raise _Stop(str(error)) from None
    except OSError as error:
        raise _Stop(message("reader.speak.error.output", output=args.output, detail=error)) from None
    for row in spoken:
        seconds = localise_digits(f"{row.seconds:.1f}")
        print(message("reader.speak.row", name=row.path.name, seconds=seconds), flush=True)
    print(
        message(
            "reader.speak.done",
            first=localise_digits(rows.start),
            last=localise_digits(rows.stop - 1),
            count=localise_digits(len(spoken)),
            seconds=localise_digits(f"{sum(row.seconds for row in spoken):.1f}"),
            output=args.output,
            playlist=args.output / PLAYLIST,
        ),
        flush=True,
    )


def run_speak(args: argparse.Namespace) -> int:
    """
    Run ``farshlab speak`` with parsed arguments.

    Returns
    -------
    int
        0 when every file was written, 1 after a clear error message on stderr.
    """
    try:
        _speak(args)
    except _Stop as problem:
        print(message("cli.error", detail=problem), file=sys.stderr)
        return 1
    return 0
