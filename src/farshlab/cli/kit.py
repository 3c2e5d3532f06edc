"""
``farshlab kit``: a customer's photo in, a weaving kit out — chart, dye recipes, dye lots and the estimate.

::

    farshlab kit IMAGE --width-cm W --raj R (--colours K | --legend FILE) [--dye-set CSV]
                 [--wool-per-bath G] [--liquor-ratio N] [--only-reachable] [--lang fa|en]
                 [--paper A4|A3|A2] [every option of farshlab chart] [--weavers N]
                 [--knots-per-day N] [--rial-per-maghat R] [--wool-price R] [--dye-price R]
                 [--auxiliaries-price R] -o OUTDIR

writes into ``OUTDIR``: ``kit.pdf`` (cover with the estimate and the figures used, legend with every
colour's recipe and lots, chart pages, layer lists), ``recipes.csv`` (the dyer's sheet),
``chart.farshchart``, ``legend.csv`` and ``preview.png`` (as ``farshlab chart``), showing a progress
bar meanwhile (:func:`farshlab.kit.make_kit`, :func:`farshlab.printing.kit_files.write_kit_files`).
The chart's options are ``farshlab chart``'s own (the same names, choices, defaults and help), and
bad input stops as it does, with one clear line (``farshlab: error: …``) and exit status 1: a
missing or unreadable picture, sizes that are not positive, no palette, a legend that cannot be
used — and a dye set that is not a valid calibration file or has fewer than 3 dyes, wool per bath not
above 0, a liquor ratio below 1, a figure that is not a number in its range. Messages come from
:mod:`farshlab.locale` (areas ``kit`` and ``chart``); the defaults of the kit's options are those of
:mod:`farshlab.kit.options`.

This module imports nothing heavy until the command runs, so ``farshlab --help`` stays quick.

Functions
---------
register
    Add the subcommand to the ``farshlab`` parser; return its handler.
run_kit
    Run it from parsed arguments; returns the exit status.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

from farshlab.cli import chart
from farshlab.cli._common import Handler, help_text
from farshlab.kit.options import DEFAULT_LIQUOR_RATIO, DEFAULT_WOOL_PER_BATH_G, EXAMPLE_FIGURES, MADE_UP
from farshlab.locale import catalogue, message

__all__ = ["register", "run_kit"]

FIGURE_OPTIONS = {
    "weavers": "--weavers",
    "knots_per_day": "--knots-per-day",
    "rial_per_maghat": "--rial-per-maghat",
    "wool_rial_per_kg": "--wool-price",
    "dye_rial_per_kg": "--dye-price",
    "auxiliaries_rial_per_kg": "--auxiliaries-price",
}
"""The estimate's figures (:class:`farshlab.kit.costs.KitFigures` fields) → their options."""


def _chart_options() -> argparse.ArgumentParser:
    """``farshlab chart``'s parser, whose options the kit shares (the same names, choices and help)."""
    holder = argparse.ArgumentParser(add_help=False)
    commands = holder.add_subparsers()
    chart.register(commands)
    return commands.choices["chart"]


def register(commands) -> dict[str, Handler]:
    """Add ``kit`` to ``commands``; return its handler."""
    text = message("kit.help.command")
    sub = commands.add_parser(
        "kit",
        help=text.replace("%", "%%"),
        description=text,
        parents=[_chart_options()],
        conflict_handler="resolve",
    )
    sub.add_argument("--dye-set", type=Path, metavar="CSV", help=help_text("kit.help.dye_set"))
    sub.add_argument(
        "--wool-per-bath",
        type=float,
        default=DEFAULT_WOOL_PER_BATH_G,
        metavar="G",
        help=help_text("kit.help.wool_per_bath", default=f"{DEFAULT_WOOL_PER_BATH_G:g}"),
    )
    sub.add_argument(
        "--liquor-ratio",
        type=float,
        default=DEFAULT_LIQUOR_RATIO,
        metavar="N",
        help=help_text("kit.help.liquor_ratio", default=f"{DEFAULT_LIQUOR_RATIO:g}"),
    )
    sub.add_argument("--only-reachable", action="store_true", help=help_text("kit.help.only_reachable"))
    for name, option in FIGURE_OPTIONS.items():
        default = EXAMPLE_FIGURES[name]
        sub.add_argument(
            option,
            dest=name,
            type=int,
            default=default,
            metavar="N",
            help=help_text(f"kit.help.{name}", default=default),
        )
    sub.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUTDIR", help=help_text("kit.help.output")
    )
    return {"kit": run_kit}


class _Bar(chart._ProgressBar):
    """``farshlab chart``'s progress bar, with the kit's stages named from the ``kit`` catalogue."""

    def stage_text(self, stage: str) -> str:
        """The kit's own stages from the ``kit`` catalogue, the chart's from ``chart``."""
        ours = f"kit.stage.{stage}" in catalogue()
        return message(f"kit.stage.{stage}") if ours else super().stage_text(stage)


def _check(args: argparse.Namespace) -> None:
    """The chart's checks, then the kit's own."""
    chart._check(args)
    if not math.isfinite(args.wool_per_bath) or args.wool_per_bath <= 0:
        raise chart._Stop(
            message("chart.error.positive", option="--wool-per-bath", value=f"{args.wool_per_bath:g}")
        )
    if not math.isfinite(args.liquor_ratio) or args.liquor_ratio < 1:
        raise chart._Stop(message("kit.error.liquor_ratio", value=f"{args.liquor_ratio:g}"))
    for name, option in FIGURE_OPTIONS.items():
        value = getattr(args, name)
        if name in ("weavers", "knots_per_day") and value <= 0:
            raise chart._Stop(message("chart.error.positive", option=option, value=value))
        if value < 0:
            raise chart._Stop(message("kit.error.not_negative", option=option, value=value))


def _figures(args: argparse.Namespace):
    from farshlab.kit.costs import KitFigures

    given = {name: getattr(args, name) for name in FIGURE_OPTIONS}
    if all(given[name] == EXAMPLE_FIGURES[name] for name in given):
        return KitFigures()
    return KitFigures(**given, source=message("kit.figures.command_line"))


def _dye_set(args: argparse.Namespace):
    from farshlab.dye import load_dye_set, read_dye_set
    from farshlab.kit.recipes import check_dye_set

    try:
        return check_dye_set(load_dye_set() if args.dye_set is None else read_dye_set(args.dye_set))
    except ValueError as error:
        raise chart._Stop(message("kit.error.dye_set", detail=error)) from None


def _make(args: argparse.Namespace, bar: _Bar) -> None:
    from farshlab.chart.pipeline import PictureError
    from farshlab.colour import YarnLegend
    from farshlab.kit import make_kit
    from farshlab.printing.kit_files import write_kit_files

    legend = None
    if args.legend is not None:
        try:
            legend = YarnLegend.from_csv(args.legend)
        except ValueError as error:
            raise chart._Stop(message("chart.error.legend", detail=error)) from None
    dye_set = _dye_set(args)
    try:
        kit = make_kit(
            args.image,
            args.width_cm,
            args.raj,
            height_cm=args.height_cm,
            raj_h=args.raj_h,
            colours=args.colours,
            legend=legend,
            dye_set=dye_set,
            wool_per_bath_g=args.wool_per_bath,
            liquor_ratio=args.liquor_ratio,
            figures=_figures(args),
            only_reachable=args.only_reachable,
            palette_method=args.method,
            dither=args.dither,
            clean=args.clean or None,
            nm=args.nm,
            ply=args.ply,
            cm_per_knot=args.cm_per_knot,
            waste_percent=args.waste,
            title=args.title or args.image.stem,
            progress=lambda fraction, stage: bar(0.6 * fraction, "lots" if stage == "done" else stage),
        )
    except PictureError as error:
        raise chart._Stop(
            message(f"chart.error.{error.kind}", image=args.image, limit=f"{error.limit:,}")
        ) from None
    except ValueError as error:
        raise chart._Stop(str(error)) from None
    try:
        _, pdf = write_kit_files(
            kit,
            args.output,
            lang=args.lang,
            paper=args.paper,
            columns_from=args.columns_from,
            digits=args.digits,
            progress=lambda fraction, stage: bar(0.6 + 0.4 * fraction, stage),
        )
    except OSError as error:
        raise chart._Stop(message("chart.error.output", output=args.output, detail=error)) from None
    bar(1.0, "done")
    bar.finish()
    _report(kit, pdf, args)


def _report(kit, pdf, args: argparse.Namespace) -> None:
    chart_ = kit.result.chart
    estimate = kit.estimate
    lines = [
        message(
            "kit.done",
            across=chart_.knots_across,
            rows=chart_.rows,
            colours=len(kit.recipes),
            grams=f"{kit.total_grams:,.0f}",
            lots=kit.total_lots,
            days=estimate.weaving_days,
            rial=f"{estimate.total_rial:,.0f}",
            sheets=pdf.total_pages,
            paper=args.paper,
            output=args.output,
        )
    ]
    if kit.replaced:
        lines.append(message("kit.done.replaced", replaced=len(kit.replaced)))
    elif kit.reachable_count == len(kit.recipes):
        lines.append(message("kit.done.all_reachable", colours=len(kit.recipes)))
    else:
        lines.append(
            message(
                "kit.done.reachable",
                reachable=kit.reachable_count,
                colours=len(kit.recipes),
                out=len(kit.recipes) - kit.reachable_count,
            )
        )
    lines.append(message("kit.done.metameric", metameric=kit.metameric_count))
    if estimate.figures.source == MADE_UP:
        lines.append(message("kit.done.made_up"))
    for key, count in kit.result.changed.items():
        lines.append(message(f"chart.changed.{key}", knots=count))
    print("\n".join(lines), flush=True)


def run_kit(args: argparse.Namespace) -> int:
    """
    Run ``farshlab kit`` with parsed arguments.

    Returns
    -------
    int
        0 when every file was written, 1 after a clear error message on stderr.
    """
    bar = _Bar(sys.stderr)
    try:
        _check(args)
        _make(args, bar)
    except chart._Stop as problem:
        bar.finish()
        print(message("cli.error", detail=problem), file=sys.stderr)
        return 1
    return 0
