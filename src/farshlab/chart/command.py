"""
The ``farshlab chart`` command: a picture in, a printable coded chart and its yarn list out.

::

    farshlab chart IMAGE --width-cm W --raj R [--raj-h R] [--height-cm H]
                   (--colours K | --legend FILE) [--dither] [--clean N]
                   [--columns-from right|left] [--paper A4|A3] -o OUTDIR

writes into ``OUTDIR``: ``chart.pdf`` (cover, legend, numbered chart pages, layer lists),
``chart.farshchart`` (the lossless chart file, :mod:`farshlab.chart.chartfile`), ``legend.csv``
(code, name, colour, knots, grams, metres), ``rows.txt`` (the layer lists, row 1 first) and
``preview.png`` (the chart in its yarn colours), showing a progress bar meanwhile. With both
``--colours`` and ``--legend``, K colours are chosen for the picture and snapped to the legend's
nearest yarns. Bad input stops with one clear line (``farshlab: error: …``) and exit status 1.
Messages come from :mod:`farshlab.locale` (area ``chart``).

This module imports nothing heavy until the command runs, so ``farshlab --help`` stays quick.

Functions
---------
add_chart_command
    Register the subcommand on the ``farshlab`` parser's subparsers.
run_chart
    Run it from parsed arguments; returns the exit status.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

from farshlab.locale import message

__all__ = ["add_chart_command", "run_chart"]


def add_chart_command(commands) -> argparse.ArgumentParser:
    """Add ``chart`` to the ``farshlab`` subparsers and return its parser."""
    text = message("chart.help.command")
    sub = commands.add_parser("chart", help=text, description=text)
    sub.add_argument("image", metavar="IMAGE", type=Path, help=message("chart.help.image"))
    sub.add_argument(
        "--width-cm", type=float, required=True, metavar="W", help=message("chart.help.width_cm")
    )
    sub.add_argument("--height-cm", type=float, metavar="H", help=message("chart.help.height_cm"))
    sub.add_argument("--raj", type=float, required=True, metavar="R", help=message("chart.help.raj"))
    sub.add_argument("--raj-h", type=float, metavar="R", help=message("chart.help.raj_h"))
    sub.add_argument("--colours", type=int, metavar="K", help=message("chart.help.colours"))
    sub.add_argument("--legend", type=Path, metavar="FILE", help=message("chart.help.legend"))
    sub.add_argument(
        "--method", choices=("kmeans", "median_cut"), default="kmeans", help=message("chart.help.method")
    )
    sub.add_argument("--dither", action="store_true", help=message("chart.help.dither"))
    sub.add_argument("--clean", type=int, default=0, metavar="N", help=message("chart.help.clean"))
    sub.add_argument(
        "--columns-from", choices=("right", "left"), default="right", help=message("chart.help.columns_from")
    )
    sub.add_argument("--paper", choices=("A4", "A3"), default="A4", help=message("chart.help.paper"))
    sub.add_argument("--nm", type=float, default=6.0, help=message("chart.help.nm"))
    sub.add_argument("--ply", type=int, default=2, help=message("chart.help.ply"))
    sub.add_argument("--waste", type=float, default=10.0, metavar="PERCENT", help=message("chart.help.waste"))
    sub.add_argument(
        "--cm-per-knot", type=float, default=4.0, metavar="CM", help=message("chart.help.cm_per_knot")
    )
    sub.add_argument("--title", default="", help=message("chart.help.title"))
    sub.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUTDIR", help=message("chart.help.output")
    )
    return sub


class _Stop(Exception):
    """A problem to report in one line."""


class _ProgressBar:
    """A text progress bar on stderr: ``[#########-----------]  45 %  choosing the colours``."""

    width = 30

    def __init__(self, stream) -> None:
        self.stream = stream
        self.started = False

    def __call__(self, fraction: float, stage: str) -> None:
        self.started = True
        filled = round(self.width * fraction)
        bar = "#" * filled + "-" * (self.width - filled)
        text = message(f"chart.stage.{stage}")
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
    if args.clean < 0:
        raise _Stop(message("chart.error.clean", clean=args.clean))
    if args.ply < 1:
        raise _Stop(message("chart.error.ply", ply=args.ply))
    if not math.isfinite(args.waste) or args.waste < 0:
        raise _Stop(message("chart.error.waste", waste=f"{args.waste:g}"))


def _make(args: argparse.Namespace, bar: _ProgressBar) -> dict[str, Path]:
    from farshlab.chart.outputs import write_chart_files
    from farshlab.chart.pipeline import PictureError, picture_to_chart
    from farshlab.colour import YarnLegend

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
        paths = write_chart_files(
            result.chart,
            result.yarn,
            out,
            paper=args.paper,
            columns_from=args.columns_from,
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
