"""
A customer's photo to a weaving kit («نخ و نقشه»): the chart, recipes and dye lots of every colour, the cost.

:func:`make_kit` runs the course's steps in order:

1. **chart** the photo (:func:`farshlab.chart.picture_to_chart`: size, raj, palette, yarn per code);
2. **recipes** for every colour of the chart (:func:`farshlab.kit.recipes.match_colours`): reachable
   or not, metameric or not;
3. with ``only_reachable``, every colour out of reach is replaced by the nearest colour the dyes reach
   and the photo is **charted again** with that legend (a second pass), so that every knot is dyeable;
4. **lots** for every colour (:func:`farshlab.kit.lots.dye_lots`): equal baths with water, dyes and
   auxiliaries;
5. the **estimate** (:func:`farshlab.kit.costs.estimate_kit`): weaving days and cost.

:func:`write_kit_files` writes the kit into a folder:

====================  ==========================================================================
``kit.pdf``           cover (preview, sizes, knots, maghat, colours, yarn, days and cost with the
                      figures used), legend with every colour's recipe and lots, the chart pages and
                      layer lists as ``farshlab chart`` prints them
``recipes.csv``       one row a colour: target and predicted CIELAB, recipe, ΔE00, flags, one bath
``chart.farshchart``  the chart file (:mod:`farshlab.chart.chartfile`)
``legend.csv``        code, name, colour, knots, metres and grams of yarn
``preview.png``       the chart in its yarn colours
====================  ==========================================================================

Classes
-------
Kit
    Everything of a kit.

Functions
---------
make_kit
    Photo → kit.
write_kit_files
    The kit's five files.

Examples
--------
>>> import numpy as np
>>> picture = np.zeros((40, 30, 3), dtype=np.uint8)
>>> picture[:20] = [205, 160, 120]
>>> picture[20:] = [60, 70, 110]
>>> kit = make_kit(picture, 6, 35, colours=2)
>>> kit.result.chart.knots_across, len(kit.recipes), kit.reachable_count
(30, 2, 2)
>>> round(kit.total_grams, 2) == round(kit.result.yarn.total_grams, 2)
True
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from farshlab.chart.options import DEFAULT_COLUMNS_FROM, DEFAULT_PAPER
from farshlab.chart.pipeline import ChartResult, picture_to_chart
from farshlab.checks import positive, words
from farshlab.colour import Yarn, YarnLegend
from farshlab.dye import BATHS, Auxiliary, DyeSet, liquor_litres, load_dye_set
from farshlab.kit.costs import KitEstimate, KitFigures, estimate_kit
from farshlab.kit.lots import dye_lots
from farshlab.kit.options import DEFAULT_BATH, DEFAULT_LIQUOR_RATIO, DEFAULT_MAX_DYES, DEFAULT_WOOL_PER_BATH_G
from farshlab.kit.recipes import ColourRecipe, check_dye_set, match_colours, recipe_text

__all__ = ["KIT_FILES", "RECIPE_COLUMNS", "STAGES", "Kit", "make_kit", "write_kit_files"]

KIT_FILES = ("kit.pdf", "recipes.csv", "chart.farshchart", "legend.csv", "preview.png")
"""The files :func:`write_kit_files` writes."""

RECIPE_COLUMNS = (
    "code", "yarn_grams", "target_L", "target_a", "target_b", "recipe", "predicted_L", "predicted_a",
    "predicted_b", "delta_e00", "reachable", "metameric", "bath_wool_g", "bath_water_l", "bath_auxiliaries",
)  # fmt: skip
"""The columns of ``recipes.csv``, in order."""

STAGES = ("open", "scale", "palette", "map", "clean", "yarn", "recipes", "reachable", "lots", "done")
"""The stages :func:`make_kit` reports to its progress callback (the chart's first, then the kit's)."""

_PASSES = 4  # chart passes at most with only_reachable (a replaced colour is reachable after one, measured)


@dataclass(frozen=True)
class Kit:
    """
    A weaving kit: the chart and, for every colour of it, a dye recipe and dye lots; the estimate.

    Attributes
    ----------
    result : farshlab.chart.ChartResult
        The chart, its yarn table and the knots' picture colours.
    recipes : list of ColourRecipe
        One per colour of the chart (codes with knots, legend order).
    lots : dict of int to list of DyeLot
        Code → its equal dye lots.
    estimate : KitEstimate
        Knots, maghat, weaving days, costs, and the figures used.
    dye_set : farshlab.dye.DyeSet
        The dyes and wool the recipes are for (its name: ``dye_set.name``).
    wool_per_bath_g, liquor_ratio : float
        Wool a bath holds at most (g) and litres of bath per kg of wool.
    replaced : dict of int to str
        With ``only_reachable``: code → the chart colour (``"#rrggbb"``) it replaced, for every
        colour that was out of reach; empty otherwise.
    """

    result: ChartResult
    recipes: list
    lots: dict
    estimate: KitEstimate
    dye_set: DyeSet
    wool_per_bath_g: float
    liquor_ratio: float
    replaced: dict = field(default_factory=dict)

    @property
    def total_grams(self) -> float:
        """Grams of yarn to dye, all colours (== the chart's yarn total)."""
        return float(sum(recipe.yarn_grams for recipe in self.recipes))

    @property
    def reachable_count(self) -> int:
        """Colours the dyer can reach (ΔE00 ≤ 2.0)."""
        return sum(recipe.reachable for recipe in self.recipes)

    @property
    def metameric_count(self) -> int:
        """Colours whose recipe is flagged metameric (under A or F11)."""
        return sum(recipe.metameric for recipe in self.recipes)

    @property
    def total_lots(self) -> int:
        """Dye baths, all colours."""
        return sum(len(lots) for lots in self.lots.values())

    def recipes_csv_text(self) -> str:
        """
        ``recipes.csv``: one row a colour, columns :data:`RECIPE_COLUMNS`; ``bath_*`` are for one lot.

        Numbers: grams of yarn and CIELAB to 4 decimals, ΔE00 to 4, wool to 3, water in litres to 3;
        ``reachable`` and ``metameric`` are ``true`` or ``false``; ``bath_auxiliaries`` is
        ``name=grams g`` joined by ``;``.
        """
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(RECIPE_COLUMNS)
        for recipe in self.recipes:
            lot = self.lots[recipe.code][0]
            auxiliaries = ";".join(
                f"{line.auxiliary.name}={_short(line.grams, 3)} g" for line in lot.batch.auxiliaries
            )
            writer.writerow(
                [
                    recipe.code,
                    f"{recipe.yarn_grams:.4f}",
                    *(f"{value:.4f}" for value in recipe.target_lab),
                    recipe_text(recipe.recipe),
                    *(f"{value:.4f}" for value in recipe.predicted_lab),
                    f"{recipe.delta_e00:.4f}",
                    "true" if recipe.reachable else "false",
                    "true" if recipe.metameric else "false",
                    f"{lot.wool_g:.3f}",
                    f"{lot.water_l:.3f}",
                    auxiliaries,
                ]
            )
        return buffer.getvalue()


def _short(value: float, decimals: int) -> str:
    """``value`` with up to ``decimals`` decimals, no trailing zeros."""
    return f"{value:.{decimals}f}".rstrip("0").rstrip(".")


def _progress(report: Callable[[float, str], None], low: float, high: float) -> Callable[[float, str], None]:
    """The chart's progress, fitted into ``low``–``high`` of the kit's (its "done" is the yarn count)."""
    return lambda fraction, stage: report(low + (high - low) * fraction, "yarn" if stage == "done" else stage)


def _reachable_legend(result: ChartResult, recipes: list[ColourRecipe]) -> YarnLegend:
    """The chart's colours, each out of reach replaced by the nearest colour the dyes reach (no repeats)."""
    yarns, colours = [], set()
    for recipe in recipes:
        yarn = result.chart.legend.by_code(recipe.code)
        colour = recipe.colour if recipe.reachable else recipe.predicted_colour
        if colour not in colours:
            colours.add(colour)
            yarns.append(Yarn(yarn.code, yarn.name, colour, yarn.notes, yarn.recipe_id))
    return YarnLegend(yarns, result.chart.legend.comments)


def make_kit(
    picture,
    width_cm,
    raj,
    *,
    colours: int | None = None,
    legend: YarnLegend | None = None,
    dye_set: DyeSet | None = None,
    wool_per_bath_g=DEFAULT_WOOL_PER_BATH_G,
    liquor_ratio=DEFAULT_LIQUOR_RATIO,
    figures: KitFigures = KitFigures(),  # noqa: B008 — frozen, the made-up example figures
    only_reachable: bool = False,
    height_cm=None,
    max_dyes: int = DEFAULT_MAX_DYES,
    auxiliaries: Sequence[Auxiliary] | str = BATHS[DEFAULT_BATH],
    progress: Callable[[float, str], None] | None = None,
    **chart_options,
) -> Kit:
    """
    Make a weaving kit from a photo: chart, recipes, lots and estimate.

    Parameters
    ----------
    picture
        The photo: a file, bytes, a Pillow image or an RGB array (:func:`farshlab.chart.open_picture`).
    width_cm : float
        Finished width of the tableau, cm.
    raj : float
        Knots across per 7 cm (``raj_h=`` among ``chart_options`` for another density along).
    colours, legend
        The palette: K colours chosen for the photo, a workshop's yarn legend, or both
        (:func:`farshlab.chart.make_palette`).
    dye_set : farshlab.dye.DyeSet, optional
        The dyes the recipes are for, at least 3; default the course's SYNTHETIC set
        (:func:`farshlab.dye.load_dye_set`).
    wool_per_bath_g : float
        Wool a dye bath holds at most, grams (default 1000, an example).
    liquor_ratio : float
        Litres of bath per kg of wool (default 40, an example), at least 1.
    figures : KitFigures
        Weavers, speed, rates and prices of the estimate (made-up defaults).
    only_reachable : bool
        Replace every colour out of reach by the nearest colour the dyes reach and chart the photo
        again with them, so that every recipe is reachable.
    height_cm : float, optional
        Finished height; default from the photo's proportions.
    max_dyes : int
        Dyes in a recipe at most.
    auxiliaries : sequence of farshlab.dye.Auxiliary, or a key of farshlab.dye.BATHS
        The chemicals of every bath (default the levelling-acid bath).
    progress : callable, optional
        Called as ``progress(fraction, stage)``, ``stage`` one of :data:`STAGES`.
    **chart_options
        Passed to :func:`farshlab.chart.picture_to_chart` (``raj_h``, ``palette_method``,
        ``dither``, ``clean``, ``nm``, ``ply``, ``cm_per_knot``, ``waste_percent``, ``title`` …);
        the title defaults to the photo's file name.

    Returns
    -------
    Kit

    Raises
    ------
    farshlab.chart.PictureError
        Not a picture (as ``farshlab chart``).
    ValueError
        A bad size, raj or palette (as ``farshlab chart``); a dye set that is not one or has fewer than
        3 dyes; wool per bath not above 0; a liquor ratio below 1; bad figures.
    """
    report = progress or (lambda fraction, stage: None)
    dye_set = check_dye_set(load_dye_set() if dye_set is None else dye_set)
    wool_per_bath_g = float(positive("wool_per_bath_g", wool_per_bath_g))
    liquor_ratio = float(positive("liquor_ratio", liquor_ratio))
    liquor_litres(wool_per_bath_g, liquor_ratio)  # a ratio below 1:1 is refused here, before any work
    if not isinstance(figures, KitFigures):
        raise ValueError(words("kit.check.figures", kind=type(figures).__name__))
    if isinstance(picture, str | Path) and "title" not in chart_options:
        chart_options["title"] = Path(picture).stem
    result = picture_to_chart(
        picture,
        width_cm,
        raj,
        height_cm=height_cm,
        colours=colours,
        legend=legend,
        progress=_progress(report, 0.0, 0.4),
        **chart_options,
    )
    report(0.4, "recipes")
    recipes = match_colours(result.chart, result.yarn, dye_set, max_dyes=max_dyes)
    replaced: dict[int, str] = {}
    matched = list(recipes)
    for _ in range(_PASSES):
        if not only_reachable or all(recipe.reachable for recipe in recipes):
            break
        report(0.8, "reachable")
        for recipe in recipes:
            if not recipe.reachable:
                replaced.setdefault(recipe.code, recipe.colour)
        result = picture_to_chart(
            picture,
            width_cm,
            raj,
            height_cm=height_cm,
            legend=_reachable_legend(result, recipes),
            **chart_options,
        )
        recipes = match_colours(result.chart, result.yarn, dye_set, max_dyes=max_dyes, previous=matched)
        matched += recipes
    if only_reachable and not all(recipe.reachable for recipe in recipes):
        raise ValueError(words("kit.check.still_unreachable", passes=_PASSES))
    used = {recipe.code for recipe in recipes}
    replaced = {code: colour for code, colour in replaced.items() if code in used}
    report(0.95, "lots")
    lots = {
        recipe.code: dye_lots(
            recipe.yarn_grams,
            recipe.recipe,
            wool_per_bath_g=wool_per_bath_g,
            liquor_ratio=liquor_ratio,
            auxiliaries=auxiliaries,
        )
        for recipe in recipes
    }
    every_lot = [lot for colour in lots.values() for lot in colour]
    estimate = estimate_kit(
        result.chart.total_knots,
        sum(recipe.yarn_grams for recipe in recipes),
        sum(lot.dye_grams for lot in every_lot),
        sum(lot.auxiliary_grams for lot in every_lot),
        figures,
    )
    report(1.0, "done")
    return Kit(
        result=result,
        recipes=recipes,
        lots=lots,
        estimate=estimate,
        dye_set=dye_set,
        wool_per_bath_g=wool_per_bath_g,
        liquor_ratio=liquor_ratio,
        replaced=replaced,
    )


def write_kit_files(
    kit: Kit,
    folder,
    *,
    lang: str | None = None,
    paper: str = DEFAULT_PAPER,
    columns_from: str = DEFAULT_COLUMNS_FROM,
    digits: str | None = None,
    progress: Callable[[float, str], None] | None = None,
) -> dict[str, Path]:
    """
    Write the kit's five files into ``folder`` (made if missing).

    Parameters
    ----------
    kit : Kit
    folder : str or pathlib.Path
    lang : {"en", "fa"}, optional
        Language of the PDF; default the language of messages (``$FARSHLAB_LANG``).
    paper : {"A4", "A3", "A2"}
    columns_from : {"right", "left"}
        Which edge is column 1 on the chart pages.
    digits : {"fa", "latin"}, optional
        Digits on the PDF; default Persian for Persian pages.
    progress : callable, optional
        ``progress(fraction, stage)`` while the PDF is drawn.

    Returns
    -------
    dict of str to pathlib.Path
        File name (:data:`KIT_FILES`) → path.
    """
    from farshlab.printing.kit_files import write_kit_files as write

    paths, _ = write(
        kit, folder, lang=lang, paper=paper, columns_from=columns_from, digits=digits, progress=progress
    )
    return paths
