"""
A dye recipe for every colour of a chart: how close the dyer comes, and whether it holds under other lights.

For each colour of the chart (a legend colour that has knots):

1. its **target** on wool: a plausible reflectance for its screen colour
   (:func:`farshlab.kit.recovery.recover_reflectance`), and that curve's CIELAB under D65/10°, the
   light and observer :mod:`farshlab.dye` matches in;
2. the **best recipe** of at most ``max_dyes`` dyes of the dye set, found as
   :func:`farshlab.dye.match_recipe` finds it — every group of ``max_dyes`` dyes from the depths 0.5,
   0.1 and 2 % owf, bounded by each dye's deepest calibration; a target not reached is polished
   on ΔE00 itself for its best three groups; ties go to the least dye — but for all
   colours at once (:func:`farshlab.kit._solve.least_squares_batch`), 10–40 times faster than one
   ``match_recipe`` call a colour (``benchmarks/bench_kit.py``) and never worse;
3. the recipe written to 4 decimals of % owf, and **its** prediction
   (:func:`farshlab.dye.predict_lab`): so that the recipe as printed gives the figures printed;
4. **reachable** when that prediction is within ΔE00 :data:`REACHABLE_DELTA_E00` of the target
   (2.0 itself counts); otherwise the prediction is the nearest colour the dyes reach;
5. **metameric** when the target's curve and the recipe's differ by more than
   :data:`METAMERISM_LIMIT` ΔE00 under A (tungsten) or F11 (shop fluorescent), each in its own CIELAB
   (:func:`farshlab.dye.metamerism_index`; no correction for a daylight mismatch left, so an
   unreachable colour is usually metameric too).

Constants
---------
REACHABLE_DELTA_E00, METAMERISM_LIMIT
    The course's limits (its choice, not a trade standard).
MIN_DYES
    Dyes a dye set needs at least for a kit.

Classes
-------
ColourRecipe
    One colour of the chart with its recipe, prediction and flags.

Functions
---------
match_colours
    The recipes of every colour of a chart.
recipe_text, parse_recipe_text
    A recipe as ``dye=percent;dye=percent`` and back (the ``recipe`` column of ``recipes.csv``).

References
----------
Allen, *JOSA* 56:1256, 1966 (colorimetric matching, sources.md: allen-1966); CIE 15:2004 and CIE
142-2001 (CIEDE2000, sources.md: cie-15-2004, cie-142-2001); Jakob & Hanika 2019 (the target's curve).

Examples
--------
>>> recipe_text({"Acid Yellow (synthetic)": 0.8, "Acid Red (synthetic)": 0.31250004, "Acid Blue": 0.0})
'Acid Yellow (synthetic)=0.8;Acid Red (synthetic)=0.3125'
>>> parse_recipe_text("Acid Yellow (synthetic)=0.8;Acid Red (synthetic)=0.3125")
{'Acid Yellow (synthetic)': 0.8, 'Acid Red (synthetic)': 0.3125}
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

import numpy as np
from scipy.optimize import minimize

from farshlab.chart.chartfile import Chart
from farshlab.chart.materials import YarnTable
from farshlab.checks import whole, words
from farshlab.colour import YarnLegend, delta_e_ciede2000, hex_to_srgb
from farshlab.dye import (
    METAMERISM_ILLUMINANTS,
    DyeSet,
    metamerism_index,
    predict_lab,
    predict_reflectance,
    reflectance_to_hex,
    reflectance_to_lab,
    tristimulus_weights,
    xyz_to_lab,
)
from farshlab.kit._solve import least_squares_batch
from farshlab.kit.options import DEFAULT_MAX_DYES
from farshlab.kit.recovery import recover_reflectance

__all__ = [
    "METAMERISM_LIMIT", "MIN_DYES", "REACHABLE_DELTA_E00", "RECIPE_DECIMALS", "ColourRecipe",
    "check_dye_set", "match_colours", "parse_recipe_text", "recipe_text",
]  # fmt: skip

REACHABLE_DELTA_E00 = 2.0
"""A colour is reachable when its best recipe comes within this ΔE00 (D65/10°) of it; 2.0 itself counts."""

METAMERISM_LIMIT = 2.0
"""ΔE00 between target and recipe under A or F11 above which the recipe is flagged metameric."""

MIN_DYES = 3
"""Dyes a dye set needs at least: fewer cannot make the colours of a picture."""

RECIPE_DECIMALS = 4
"""Decimals of % owf a recipe is written with (and predicted from)."""

_STARTS_PERCENT = (0.5, 0.1, 2.0)  # as farshlab.dye.match_recipe starts a target without a spectrum
_FINALISTS = 3  # dye groups polished on ΔE00 for a target not reached
_REACHED = 0.05  # ΔE00 below which a solve counts as reaching its target (no polish)
_PROBLEMS_AT_ONCE = 20_000  # dye groups × starts × colours solved in one batch (memory)


@dataclass(frozen=True)
class ColourRecipe:
    """
    One colour of a chart and the dye recipe for it.

    Attributes
    ----------
    code : int
        The colour's code in the chart.
    colour : str
        Its legend colour, ``"#rrggbb"`` (sRGB).
    knots : int
        Knots of it in the chart.
    yarn_grams : float
        Grams of pile yarn to dye for it, waste included (the chart's yarn table).
    target_lab : numpy.ndarray, shape (3,)
        CIELAB (D65/10°) of the colour as wool: of the reflectance recovered for ``colour``.
    recipe : dict of str to float
        Dye name (as in the dye set) → % owf, written to 4 decimals; dyes at 0 left out (an empty
        recipe is undyed wool).
    predicted_lab : numpy.ndarray, shape (3,)
        ``farshlab.dye.predict_lab(dye_set, recipe)``: what the recipe gives, D65/10°.
    predicted_colour : str
        The predicted dyeing as a screen colour, ``"#rrggbb"`` (:func:`farshlab.dye.reflectance_to_hex`).
    delta_e00 : float
        CIEDE2000 between ``target_lab`` and ``predicted_lab``.
    reachable : bool
        ``delta_e00 ≤ REACHABLE_DELTA_E00``.
    metameric : bool
        The metamerism index under A or F11 is above ``METAMERISM_LIMIT``.
    metamerism : dict of str to float
        ``{"A": ΔE00, "F11": ΔE00}`` between the target's and the recipe's reflectance under each light.
    nearest_reachable : str or None
        For a colour out of reach, the nearest colour the dyes reach — the prediction,
        ``predicted_colour`` (its CIELAB is ``predicted_lab``); None for a reachable colour.
    """

    code: int
    colour: str
    knots: int
    yarn_grams: float
    target_lab: np.ndarray
    recipe: dict
    predicted_lab: np.ndarray
    predicted_colour: str
    delta_e00: float
    reachable: bool
    metameric: bool
    metamerism: dict
    nearest_reachable: str | None

    @property
    def dye_percent(self) -> float:
        """All dyes of the recipe together, % owf."""
        return float(sum(self.recipe.values()))


# ------------------------------------------------------------------------------------- recipe text
def _check_name(name) -> str:
    if not isinstance(name, str) or not name.strip() or "=" in name or ";" in name:
        raise ValueError(words("kit.check.dye_name", value=repr(name)))
    return name


def recipe_text(recipe: Mapping[str, float]) -> str:
    """
    A recipe as ``dye=percent;dye=percent``: % owf with up to 4 decimals, no trailing zeros.

    Dyes whose % owf is 0 at 4 decimals are left out; an empty text is undyed wool.

    Parameters
    ----------
    recipe : mapping of str to float
        Dye name → % owf (0 or more). A name may not hold ``=`` or ``;``.

    Examples
    --------
    >>> recipe_text({"Acid Red (synthetic)": 2.0, "Acid Blue (synthetic)": 0.04999})
    'Acid Red (synthetic)=2;Acid Blue (synthetic)=0.05'
    >>> recipe_text({})
    ''
    """
    if not isinstance(recipe, Mapping):
        raise ValueError(words("kit.check.recipe", value=repr(recipe)))
    parts = []
    for name, percent in recipe.items():
        _check_name(name)
        if (
            isinstance(percent, bool)
            or not isinstance(percent, int | float)
            or not math.isfinite(percent)
            or percent < 0
        ):
            raise ValueError(words("kit.check.percent", name=repr(name), value=repr(percent)))
        written = f"{percent:.{RECIPE_DECIMALS}f}".rstrip("0").rstrip(".")
        if float(written) > 0:
            parts.append(f"{name}={written}")
    return ";".join(parts)


def parse_recipe_text(text: str) -> dict[str, float]:
    """
    The recipe that :func:`recipe_text` wrote: dye name → % owf.

    Raises
    ------
    ValueError
        A part that is not ``name=percent``, a percent that is not a number 0 or more, a dye twice.

    Examples
    --------
    >>> parse_recipe_text("")
    {}
    >>> parse_recipe_text("Acid Red (synthetic)=two")
    Traceback (most recent call last):
    ...
    ValueError: recipe part 'Acid Red (synthetic)=two' is not dye=percent (a number, % owf)
    """
    if not isinstance(text, str):
        raise ValueError(words("kit.check.recipe_text", value=repr(text)))
    recipe: dict[str, float] = {}
    for part in filter(None, (piece.strip() for piece in text.split(";"))):
        name, _, percent = part.rpartition("=")
        try:
            value = float(percent)
        except ValueError:
            value = math.nan
        if not name.strip() or not math.isfinite(value) or value < 0:
            raise ValueError(words("kit.check.recipe_part", part=repr(part)))
        if name.strip() in recipe:
            raise ValueError(words("kit.check.recipe_twice", name=repr(name.strip())))
        recipe[name.strip()] = value
    return recipe


# ------------------------------------------------------------------------------------- matching
def check_dye_set(dye_set) -> DyeSet:
    """
    ``dye_set`` checked for a kit: a :class:`farshlab.dye.DyeSet` of at least :data:`MIN_DYES` dyes.

    Examples
    --------
    >>> from farshlab.dye import calibration_template_path, read_dye_set
    >>> check_dye_set(read_dye_set(calibration_template_path()))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: a kit needs at least 3 dyes to make the colours of a picture; the dye set ... has 1
    """
    if not isinstance(dye_set, DyeSet):
        raise ValueError(words("kit.check.dye_set_type", kind=type(dye_set).__name__))
    if len(dye_set) < MIN_DYES:
        raise ValueError(words("kit.check.few_dyes", name=dye_set.name, count=len(dye_set), least=MIN_DYES))
    for name in dye_set.names:
        _check_name(name)
    return dye_set


class _Mixtures:
    """Predicted CIELAB (D65/10°) of many recipes at once, each of its own group of dyes."""

    def __init__(self, dye_set: DyeSet, groups: np.ndarray) -> None:
        self.dyes = dye_set.dyes
        self.substrate_ks = dye_set.substrate_ks
        self.groups = groups  # (problems, dyes per group): indices into the dye set
        self.weights = tristimulus_weights("D65", 10)

    def lab(self, owf: np.ndarray, rows: np.ndarray) -> np.ndarray:
        groups = self.groups[rows]
        ks = np.repeat(self.substrate_ks[None], len(owf), axis=0)
        for index, dye in enumerate(self.dyes):
            line, place = np.nonzero(groups == index)
            if line.size:  # a dye is in a group once, so each line once
                ks[line] += dye.ks_at(np.maximum(owf[line, place], 0.0))
        reflectance = 1.0 / (1.0 + ks + np.sqrt(ks * ks + 2 * ks))  # farshlab.dye.reflectance_from_ks
        return xyz_to_lab(reflectance @ self.weights, "D65", 10)


def _solve_batch(dye_set: DyeSet, targets: np.ndarray, groups: np.ndarray) -> tuple[np.ndarray, ...]:
    """Every target with every group from every start: (% owf, ΔE00, groups, upper) per candidate."""
    n_targets, n_groups, n_starts = len(targets), len(groups), len(_STARTS_PERCENT)
    per_group = groups.shape[1]
    group = np.broadcast_to(groups[None, :, None], (n_targets, n_groups, n_starts, per_group))
    group = group.reshape(-1, per_group)
    target = np.repeat(np.arange(n_targets), n_groups * n_starts)
    deepest = np.array([dye.max_depth_percent for dye in dye_set.dyes])
    upper = deepest[group]
    start = np.broadcast_to(
        np.array(_STARTS_PERCENT)[None, None, :, None], (n_targets, n_groups, n_starts, per_group)
    ).reshape(-1, per_group)
    model = _Mixtures(dye_set, group)
    owf, _ = least_squares_batch(
        lambda x, rows: model.lab(x, rows) - targets[target[rows]], start, 0.0, upper
    )
    delta_e = delta_e_ciede2000(model.lab(owf, np.arange(len(owf))), targets[target])
    shape = (n_targets, n_groups * n_starts)
    return (
        owf.reshape(*shape, per_group),
        np.asarray(delta_e).reshape(shape),
        group.reshape(*shape, per_group),
        upper.reshape(*shape, per_group),
    )


def _polish(dye_set: DyeSet, target: np.ndarray, group: np.ndarray, owf: np.ndarray, upper: np.ndarray):
    """Minimise ΔE00 itself from ``owf`` (bounded SLSQP, the gradient from one batched evaluation)."""
    model = _Mixtures(dye_set, np.repeat(group[None], len(group) + 1, axis=0))
    rows = np.arange(len(group) + 1)
    steps = 1e-7 * np.maximum(upper, 1.0)

    def value_and_gradient(x):
        shift = np.where(x + steps > upper, -steps, steps)
        trial = np.vstack([x, x + np.diag(shift)])
        values = np.asarray(delta_e_ciede2000(model.lab(trial, rows), target))
        return float(values[0]), (values[1:] - values[0]) / shift

    found = minimize(
        value_and_gradient,
        np.clip(owf, 0, upper),
        jac=True,
        method="SLSQP",
        bounds=list(zip(np.zeros_like(upper), upper, strict=True)),
    )
    return np.clip(found.x, 0, upper), float(found.fun)


def _best_recipes(dye_set: DyeSet, targets: np.ndarray, max_dyes: int) -> list[dict[str, float]]:
    """The best recipe (dye name → % owf, unrounded) of at most ``max_dyes`` dyes for each target."""
    per_group = min(max_dyes, len(dye_set))
    groups = np.array(list(itertools.combinations(range(len(dye_set)), per_group)))
    chunk = max(1, _PROBLEMS_AT_ONCE // (len(groups) * len(_STARTS_PERCENT)))
    names = dye_set.names
    found = []
    for first in range(0, len(targets), chunk):
        part = targets[first : first + chunk]
        owf, delta_e, group, upper = _solve_batch(dye_set, part, groups)
        for t, target in enumerate(part):
            candidates = [(float(delta_e[t, j]), owf[t, j], group[t, j]) for j in range(delta_e.shape[1])]
            if delta_e[t].min() > _REACHED:  # not reached: polish the best start of the best groups
                best_of_group = {}
                for j in np.argsort(delta_e[t], kind="stable"):
                    best_of_group.setdefault(tuple(group[t, j]), j)
                for j in list(best_of_group.values())[:_FINALISTS]:
                    x, value = _polish(dye_set, target, group[t, j], owf[t, j], upper[t, j])
                    candidates.append((value, x, group[t, j]))
            _, x, chosen = min(
                candidates, key=lambda c: (round(c[0], 3), float(c[1].sum()))
            )  # ties: least dye
            found.append({names[i]: float(c) for i, c in zip(chosen, x, strict=True)})
    return found


def _written(dye_set: DyeSet, recipe: dict[str, float]) -> dict[str, float]:
    """The recipe as :func:`recipe_text` writes it: 4 decimals, never above a dye's deepest dyeing."""
    written = {}
    for name, percent in recipe.items():
        value = round(percent, RECIPE_DECIMALS)
        deepest = dye_set[name].max_depth_percent
        if value > deepest:
            value = math.floor(deepest * 10**RECIPE_DECIMALS) / 10**RECIPE_DECIMALS
        if value > 0:
            written[name] = value
    return written


def _lines_with_knots(legend_or_chart, yarn) -> list:
    """The yarn table's lines with knots, checked against the legend (of the chart)."""
    legend = legend_or_chart.legend if isinstance(legend_or_chart, Chart) else legend_or_chart
    if not isinstance(legend, YarnLegend):
        raise ValueError(words("kit.check.legend_or_chart", kind=type(legend_or_chart).__name__))
    if not isinstance(yarn, YarnTable):
        raise ValueError(words("kit.check.yarn", kind=type(yarn).__name__))
    lines = [line for line in yarn if line.knots > 0]
    for line in lines:
        if legend.by_code(line.code).colour != line.colour:
            raise ValueError(words("kit.check.yarn_legend", code=line.code))
    return lines


def match_colours(
    legend_or_chart,
    yarn: YarnTable,
    dye_set: DyeSet,
    *,
    max_dyes: int = DEFAULT_MAX_DYES,
    previous: Iterable = (),
) -> list[ColourRecipe]:
    """
    The dye recipe of every colour of a chart, with its prediction and flags.

    Parameters
    ----------
    legend_or_chart : farshlab.colour.YarnLegend or farshlab.chart.Chart
        The chart's legend (or the chart, whose legend is used).
    yarn : farshlab.chart.YarnTable
        Knots and grams per code (the chart's yarn table); codes without knots get no recipe.
    dye_set : farshlab.dye.DyeSet
        The dyes and wool the recipes are for, at least :data:`MIN_DYES` dyes.
    max_dyes : int
        Dyes in a recipe at most (default 3).
    previous : iterable of ColourRecipe
        Recipes matched before for the same dye set (a first chart pass): a colour among them keeps
        its recipe, with this chart's code, knots and grams. Each distinct colour is matched once.

    Returns
    -------
    list of ColourRecipe
        One per code with knots, in the yarn table's (legend) order.

    Raises
    ------
    ValueError
        Not a legend or chart, not a yarn table, a yarn table of another legend, a dye set that is
        not one or has fewer than 3 dyes, ``max_dyes`` not a whole number ≥ 1.

    Examples
    --------
    >>> import numpy as np
    >>> from farshlab.chart import yarn_table
    >>> from farshlab.colour import Yarn, YarnLegend
    >>> from farshlab.dye import load_dye_set
    >>> legend = YarnLegend([Yarn(1, "Rose", "#c98a7d"), Yarn(2, "Screen blue", "#0050ff")])
    >>> table = yarn_table(np.array([[1, 1, 2]]), legend, nm=6)
    >>> rose, blue = match_colours(legend, table, load_dye_set())
    >>> rose.reachable, round(rose.delta_e00, 2), blue.reachable, blue.nearest_reachable is not None
    (True, 0.0, False, True)
    """
    lines = _lines_with_knots(legend_or_chart, yarn)
    check_dye_set(dye_set)
    max_dyes = whole("max_dyes", max_dyes)
    known = {}
    for recipe in previous:
        if not isinstance(recipe, ColourRecipe):
            raise ValueError(words("kit.check.previous", kind=type(recipe).__name__))
        known[recipe.colour] = recipe
    new = sorted({line.colour for line in lines} - set(known))
    if new:
        reflectance = recover_reflectance(hex_to_srgb(new).reshape(-1, 3))
        targets = reflectance_to_lab(reflectance)
        for colour, curve, target, found in zip(
            new, reflectance, targets, _best_recipes(dye_set, targets, max_dyes), strict=True
        ):
            known[colour] = _colour_recipe(dye_set, colour, curve, target, found)
    return [
        replace(known[line.colour], code=line.code, knots=line.knots, yarn_grams=line.grams) for line in lines
    ]


def _colour_recipe(dye_set: DyeSet, colour: str, curve, target, found) -> ColourRecipe:
    """A colour's record from its target (curve and CIELAB) and its best recipe (unrounded)."""
    recipe = _written(dye_set, found)
    predicted = predict_lab(dye_set, recipe)
    reflectance = predict_reflectance(dye_set, recipe)
    delta_e = float(delta_e_ciede2000(target, predicted))
    reachable = delta_e <= REACHABLE_DELTA_E00
    metamerism = {light: metamerism_index(curve, reflectance, light) for light in METAMERISM_ILLUMINANTS}
    shown = str(reflectance_to_hex(reflectance))
    return ColourRecipe(
        code=0,
        colour=colour,
        knots=0,
        yarn_grams=0.0,
        target_lab=np.asarray(target, dtype=float),
        recipe=recipe,
        predicted_lab=predicted,
        predicted_colour=shown,
        delta_e00=delta_e,
        reachable=reachable,
        metameric=max(metamerism.values()) > METAMERISM_LIMIT,
        metamerism=metamerism,
        nearest_reachable=None if reachable else shown,
    )
