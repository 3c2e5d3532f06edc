"""
Dye lots: a colour's yarn split into baths the dyer's pot can hold, all the same size.

A colour that runs out and is dyed again leaves a two-shade patch in the carpet (دورنگی,
sources.md: workshop-practice), so a kit dyes all the yarn of a colour before weaving starts. A pot
holds ``wool_per_bath_g`` grams of wool: the colour takes ⌈yarn ÷ wool per bath⌉ lots (a part of a
bath is still a bath), and the wool is split **equally** between them — every bath then has the same
wool, the same recipe in % owf and the same liquor ratio, so each comes out the same shade. For each
lot: water = kg of wool × liquor ratio (litres); dye grams = wool × % owf ÷ 100; auxiliaries in
% owf from the wool, in g/L from the water (:func:`farshlab.dye.batch_recipe`).

The defaults (a 1 kg pot at 1:40, a levelling-acid bath) are made-up examples from
:mod:`farshlab.kit.options`.

Classes
-------
DyeLot
    One bath: its number, wool, water and worked recipe.

Functions
---------
lots_needed
    Baths a colour's yarn needs.
dye_lots
    The equal lots of a colour.

Examples
--------
>>> lots_needed(2300, 1000)
3
>>> [round(lot.wool_g, 1) for lot in dye_lots(2300, {"Acid Red (synthetic)": 1.25})]
[766.7, 766.7, 766.7]
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from farshlab.checks import non_negative, positive, words
from farshlab.dye import BATHS, Auxiliary, BatchRecipe, batch_recipe
from farshlab.kit.options import DEFAULT_BATH, DEFAULT_LIQUOR_RATIO, DEFAULT_WOOL_PER_BATH_G

__all__ = ["DyeLot", "dye_lots", "lots_needed"]

_ROUNDING = 1e-9  # grams of float noise that do not make another lot (2000.0000000001 g in 1000 g pots: 2)


def lots_needed(yarn_grams, wool_per_bath_g=DEFAULT_WOOL_PER_BATH_G) -> int:
    """
    Baths a colour's yarn needs: ⌈yarn ÷ wool per bath⌉, at least 1.

    Parameters
    ----------
    yarn_grams : float
        Yarn of the colour, grams (0 or more).
    wool_per_bath_g : float
        Wool one bath holds, grams (above 0).

    Returns
    -------
    int

    Examples
    --------
    >>> lots_needed(2000, 1000), lots_needed(2000.5, 1000), lots_needed(12.5, 1000), lots_needed(0, 1000)
    (2, 3, 1, 1)
    """
    grams = float(non_negative("yarn_grams", yarn_grams))
    per_bath = float(positive("wool_per_bath_g", wool_per_bath_g))
    return max(1, math.ceil(grams / per_bath - _ROUNDING))


@dataclass(frozen=True)
class DyeLot:
    """
    One dye bath of a colour.

    Attributes
    ----------
    number : int
        1, 2, … within the colour.
    wool_g : float
        Dry wool in the bath, grams.
    water_l : float
        Bath volume, litres (wool kg × liquor ratio).
    batch : farshlab.dye.BatchRecipe
        The worked recipe: ``.dyes`` lines (``.name``, ``.owf_percent``, ``.grams``, ``.stock_ml``) and
        ``.auxiliaries`` lines (``.auxiliary``, ``.grams``).
    """

    number: int
    wool_g: float
    water_l: float
    batch: BatchRecipe

    @property
    def dye_grams(self) -> float:
        """All dyes of the bath together, grams."""
        return self.batch.total_dye_g

    @property
    def auxiliary_grams(self) -> float:
        """All auxiliaries of the bath together, grams."""
        return sum(line.grams for line in self.batch.auxiliaries)


def dye_lots(
    yarn_grams,
    recipe: Mapping[str, float],
    *,
    wool_per_bath_g=DEFAULT_WOOL_PER_BATH_G,
    liquor_ratio=DEFAULT_LIQUOR_RATIO,
    auxiliaries: Sequence[Auxiliary] | str = BATHS[DEFAULT_BATH],
) -> list[DyeLot]:
    """
    A colour's yarn as equal dye lots, each with its water, dyes and auxiliaries.

    Parameters
    ----------
    yarn_grams : float
        Yarn of the colour, grams (above 0).
    recipe : mapping of str to float
        Dye name → % owf (an empty recipe: the wool goes through the bath undyed).
    wool_per_bath_g : float
        Wool one bath holds at most, grams.
    liquor_ratio : float
        Litres of bath per kg of wool (the 40 of 1:40), at least 1.
    auxiliaries : sequence of farshlab.dye.Auxiliary, or a key of farshlab.dye.BATHS
        The bath's chemicals (default: the levelling-acid bath).

    Returns
    -------
    list of DyeLot
        :func:`lots_needed` lots of yarn ÷ lots grams each.

    Examples
    --------
    >>> lots = dye_lots(2300, {"Acid Red (synthetic)": 1.25}, wool_per_bath_g=1000, liquor_ratio=40)
    >>> lot = lots[0]
    >>> len(lots), round(lot.water_l, 2), round(lot.batch.dyes[0].grams, 2)
    (3, 30.67, 9.58)
    >>> [(line.auxiliary.name, round(line.grams, 1)) for line in lot.batch.auxiliaries]
    [("Glauber's salt", 76.7), ('sulfuric acid', 23.0)]
    """
    grams = float(positive("yarn_grams", yarn_grams))
    count = lots_needed(grams, wool_per_bath_g)
    if not isinstance(recipe, Mapping):
        raise ValueError(words("kit.check.recipe", value=repr(recipe)))
    wool = grams / count
    batch = batch_recipe(recipe, wool, liquor_ratio, auxiliaries)
    return [DyeLot(number, wool, batch.liquor_l, batch) for number in range(1, count + 1)]
