"""
``farshlab chart``: a picture in, a printable coded chart and its yarn list out.

::

    farshlab chart IMAGE --width-cm W --raj R [--raj-h R] [--height-cm H]
                   (--colours K | --legend FILE) [--dither] [--clean N]
                   [--columns-from right|left] [--paper A4|A3|A2] [--lang fa|en]
                   [--digits fa|latin] -o OUTDIR

writes into ``OUTDIR``: ``chart.pdf`` (cover, legend, numbered chart pages, layer lists),
``chart.farshchart`` (the lossless chart file, :mod:`farshlab.chart.chartfile`), ``legend.csv``
(code, name, colour, knots, grams, metres), ``rows.txt`` (the layer lists, row 1 first) and
``preview.png`` (the chart in its yarn colours), showing a progress bar meanwhile. With both
``--colours`` and ``--legend``, K colours are chosen for the picture and snapped to the legend's
nearest yarns. Bad input stops with one clear line (``farshlab: error: …``) and exit status 1.
Messages come from :mod:`farshlab.locale` (area ``chart``); the choices and defaults of the
options are those of :mod:`farshlab.chart.options`, which
:func:`~farshlab.chart.pipeline.picture_to_chart` and
:func:`~farshlab.chart.outputs.write_chart_files` use.

This module imports nothing heavy until the command runs, so ``farshlab --help`` stays quick.

Functions
---------
register
    Add the subcommand to the ``farshlab`` parser; return its handler.
run_chart
    Run it from parsed arguments; returns the exit status.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

from farshlab.chart.options import (
    CM_PER_KNOT,
    COLUMN_ORIGINS,
    DEFAULT_COLUMNS_FROM,
    DEFAULT_PALETTE_METHOD,
    DEFAULT_PAPER,
    DIGIT_STYLES,
    EXAMPLE_NM,
    EXAMPLE_PLY,
    EXAMPLE_WASTE_PERCENT,
    PALETTE_METHOD_NAMES,
    PAPERS,
)
from farshlab.cli._common import Handler, help_text
from farshlab.locale import available_languages, current_language, message

__all__ = ["register", "run_chart"]


def register(commands) -> dict[str, Handler]:
    """Add ``chart`` to ``commands``; return its handler."""
    text = message("chart.help.command")
    sub = commands.add_parser("chart", help=text.replace("%", "%%"), description=text)
    sub.add_argument("image", metavar="IMAGE", type=Path, help=help_text("chart.help.image"))
    sub.add_argument(
        "--width-cm", type=float, required=True, metavar="W", help=help_text("chart.help.width_cm")
    )
    sub.add_argument("--height-cm", type=float, metavar="H", help=help_text("chart.help.height_cm"))
    sub.add_argument("--raj", type=float, required=True, metavar="R", help=help_text("chart.help.raj"))
    sub.add_argument("--raj-h", type=float, metavar="R", help=help_text("chart.help.raj_h"))
    sub.add_argument("--colours", type=int, metavar="K", help=help_text("chart.help.colours"))
    sub.add_argument("--legend", type=Path, metavar="FILE", help=help_text("chart.help.legend"))
    sub.add_argument(
        "--method",
        choices=PALETTE_METHOD_NAMES,
        default=DEFAULT_PALETTE_METHOD,
        help=help_text("chart.help.method"),
    )
    sub.add_argument("--dither", action="store_true", help=help_text("chart.help.dither"))
    sub.add_argument("--clean", type=int, metavar="N", help=help_text("chart.help.clean"))
    sub.add_argument(
        "--columns-from",
        choices=COLUMN_ORIGINS,
        default=DEFAULT_COLUMNS_FROM,
        help=help_text("chart.help.columns_from", default=DEFAULT_COLUMNS_FROM),
    )
    sub.add_argument(
        "--paper",
        choices=PAPERS,
        default=DEFAULT_PAPER,
        help=help_text("chart.help.paper", default=DEFAULT_PAPER),
    )
    sub.add_argument(
        "--lang",
        choices=available_languages(),
        default=current_language(),
        help=help_text(
            "chart.help.lang", choices=", ".join(available_languages()), default=current_language()
        ),
    )
    sub.add_argument("--digits", choices=DIGIT_STYLES, help=help_text("chart.help.digits"))
    sub.add_argument(
        "--nm", type=float, default=EXAMPLE_NM, help=help_text("chart.help.nm", default=f"{EXAMPLE_NM:g}")
    )
    sub.add_argument(
        "--ply", type=int, default=EXAMPLE_PLY, help=help_text("chart.help.ply", default=EXAMPLE_PLY)
    )
    sub.add_argument(
        "--waste",
        type=float,
        default=EXAMPLE_WASTE_PERCENT,
        metavar="PERCENT",
        help=help_text("chart.help.waste", default=f"{EXAMPLE_WASTE_PERCENT:g}"),
    )
    sub.add_argument(
        "--cm-per-knot",
        type=float,
        default=CM_PER_KNOT,
        metavar="CM",
        help=help_text("chart.help.cm_per_knot", default=f"{CM_PER_KNOT:g}"),
    )
    sub.add_argument("--title", help=help_text("chart.help.title"))
    sub.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUTDIR", help=help_text("chart.help.output")
    )
    return {"chart": run_chart}


class _Stop(Exception):
    """A problem to report in one line."""


class _ProgressBar:
    """
    Progress on stderr: on a terminal a bar redrawn in place (``[#########-----]  45 %  choosing the
    colours``); otherwise (a log, a pipe) one quiet line per stage as it starts.
    """

    width = 30

    def __init__(self, stream) -> None:
        self.stream = stream
        self.started = False
        self.terminal = bool(getattr(stream, "isatty", lambda: False)())
        self.stage = None

    def stage_text(self, stage: str) -> str:
        """The words for a stage of the job (the ``chart.stage`` catalogue)."""
        return message(f"chart.stage.{stage}")

    def __call__(self, fraction: float, stage: str) -> None:
        text = self.stage_text(stage)
        if not self.terminal:
            if stage != self.stage:
                self.stream.write(f"{100 * fraction:3.0f} %  {text}\n")
                self.stream.flush()
            self.stage = stage
            return
        self.started = True
        filled = round(self.width * fraction)
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\r[{bar}] {100 * fraction:3.0f} %  {text:<40}")
        self.stream.flush()

    def finish(self) -> None:
        if self.started:
            self.stream.write("\n")
            self.stream.flush()
        self.started = False


def _check(args: argparse.Namespace) -> None:
    for option, value in (
        ("--width-cm", args.width_cm),
        ("--height-cm", args.height_cm),
        ("--raj", args.raj),
        ("--raj-h", args.raj_h),
        ("--nm", args.nm),
        ("--cm-per-knot", args.cm_per_knot),
    ):
        if value is not None and (not math.isfinite(value) or value <= 0):
            raise _Stop(message("chart.error.positive", option=option, value=f"{value:g}"))
    if args.colours is None and args.legend is None:
        raise _Stop(message("chart.error.palette"))
    if args.colours is not None and not 2 <= args.colours <= 256:
        raise _Stop(message("chart.error.colours", colours=args.colours))
    if args.clean is not None and args.clean < 0:
        raise _Stop(message("chart.error.clean", clean=args.clean))
    if args.ply < 1:
        raise _Stop(message("chart.error.ply", ply=args.ply))
    if not math.isfinite(args.waste) or args.waste < 0:
        raise _Stop(message("chart.error.waste", waste=f"{args.waste:g}"))


def _make(args: argparse.Namespace, bar: _ProgressBar) -> dict[str, Path]:
    from farshlab.chart.pipeline import PictureError, picture_to_chart
    from farshlab.colour import YarnLegend
    from farshlab.printing.chart_files import write_chart_files

    legend = None
    if args.legend is not None:
        try:
            legend = YarnLegend.from_csv(args.legend)
        except ValueError as error:
            raise _Stop(message("chart.error.legend", detail=error)) from None
    try:
        result = picture_to_chart(
            args.image,
            args.width_cm,
            args.raj,
            args.raj_h,
            args.height_cm,
            colours=args.colours,
            legend=legend,
            palette_method=args.method,
            dither=args.dither,
            clean=args.clean or None,
            nm=args.nm,
            ply=args.ply,
            cm_per_knot=args.cm_per_knot,
            waste_percent=args.waste,
            title=args.title or args.image.stem,
            progress=lambda fraction, stage: bar(0.6 * fraction, "map" if stage == "done" else stage),
        )
    except PictureError as error:
        raise _Stop(
            message(f"chart.error.{error.kind}", image=args.image, limit=f"{error.limit:,}")
        ) from None
    except ValueError as error:
        raise _Stop(str(error)) from None
    out = args.output
    try:
        paths, pdf = write_chart_files(
            result.chart,
            result.yarn,
            out,
            paper=args.paper,
            columns_from=args.columns_from,
            lang=args.lang,
            digits=args.digits,
            progress=lambda fraction, stage: bar(0.6 + 0.4 * fraction, stage),
        )
    except OSError as error:
        raise _Stop(message("chart.error.output", output=out, detail=error)) from None
    bar(1.0, "done")
    bar.finish()
    print(
        message(
            "chart.done",
            across=result.chart.knots_across,
            rows=result.chart.rows,
            colours=len(result.yarn),
            delta_e=f"{result.mean_delta_e:.2f}",
            grams=f"{result.yarn.total_grams:,.0f}",
            sheets=pdf.total_pages,
            paper=args.paper,
            output=out,
        ),
        flush=True,
    )
    for key, count in result.changed.items():
        print(message(f"chart.changed.{key}", knots=count), flush=True)
    return paths


def run_chart(args: argparse.Namespace) -> int:
    """
    Run ``farshlab chart`` with parsed arguments.

    Returns
    -------
    int
        0 when every file was written, 1 after a clear error message on stderr.
    """
    bar = _ProgressBar(sys.stderr)
    try:
        _check(args)
        _make(args, bar)
    except _Stop as problem:
        bar.finish()
        print(message("cli.error", detail=problem), file=sys.stderr)
        return 1
    return 0
