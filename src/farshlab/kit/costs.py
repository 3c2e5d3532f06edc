"""
What a kit costs and how long it takes to weave, from figures the workshop puts in.

- weaving days = knots ÷ (weavers × knots a weaver ties a day), **rounded up** (a part of a day is
  still a day at the loom; :func:`farshlab.carpet.weaving_days`);
- wages = knots ÷ 12,000 (the maghat, sources.md: tablofarsheiran-2019) × the rate a maghat
  (:func:`farshlab.carpet.amount_for_knots`);
- wool, dyes and auxiliaries: grams ÷ 1000 × their price a kilogram;
- total = wages + wool + dyes + auxiliaries, in rial.

The default figures (:class:`KitFigures`, from :mod:`farshlab.kit.options`) are **made-up
examples**, the same as Lesson 6's: replace them with your workshop's own. The kit prints the figures
it used next to its estimate.

Classes
-------
KitFigures
    Weavers, knots a day, rates and prices (made-up defaults).
KitEstimate
    Knots, maghat, weaving days and each cost.

Functions
---------
estimate_kit
    The estimate of a kit from its knots and grams.

Examples
--------
>>> estimate = estimate_kit(57_200, 2300, 60, 0)
>>> estimate.weaving_days, estimate.wages_rial, estimate.total_rial
(24, 8580000.0, 24780000.0)
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from farshlab.carpet import amount_for_knots, maghat, weaving_days
from farshlab.checks import non_negative, positive, words
from farshlab.kit.options import EXAMPLE_FIGURES, MADE_UP

__all__ = ["KitEstimate", "KitFigures", "estimate_kit"]

_ROUNDING = 1e-9  # days of float noise that do not make another day


@dataclass(frozen=True)
class KitFigures:
    """
    The figures a kit's estimate rests on. The defaults are made-up examples: put in your own.

    Attributes
    ----------
    weavers : float
        Weavers at the loom at once.
    knots_per_day : float
        Knots one weaver ties in a working day.
    rial_per_maghat : float
        Weavers' wage for 12,000 knots, rial.
    wool_rial_per_kg, dye_rial_per_kg, auxiliaries_rial_per_kg : float
        Prices a kilogram, rial: wool yarn, dye powder, bath chemicals (Glauber's salt, acid).
    source : str
        Where the figures come from.

    Examples
    --------
    >>> KitFigures().rial_per_maghat, KitFigures().source
    (1800000, 'made-up example figures')
    >>> KitFigures(weavers=0)
    Traceback (most recent call last):
    ...
    ValueError: weavers must be a positive number, got 0
    """

    weavers: float = EXAMPLE_FIGURES["weavers"]
    knots_per_day: float = EXAMPLE_FIGURES["knots_per_day"]
    rial_per_maghat: float = EXAMPLE_FIGURES["rial_per_maghat"]
    wool_rial_per_kg: float = EXAMPLE_FIGURES["wool_rial_per_kg"]
    dye_rial_per_kg: float = EXAMPLE_FIGURES["dye_rial_per_kg"]
    auxiliaries_rial_per_kg: float = EXAMPLE_FIGURES["auxiliaries_rial_per_kg"]
    source: str = MADE_UP

    def __post_init__(self) -> None:
        positive("weavers", self.weavers)
        positive("knots_per_day", self.knots_per_day)
        for name in ("rial_per_maghat", "wool_rial_per_kg", "dye_rial_per_kg", "auxiliaries_rial_per_kg"):
            non_negative(name, getattr(self, name))
        if not isinstance(self.source, str):
            raise ValueError(words("kit.check.source", value=repr(self.source)))


@dataclass(frozen=True)
class KitEstimate:
    """
    A kit's knots, weaving time and cost.

    Attributes
    ----------
    knots : int
    maghat : float
        Knots ÷ 12,000.
    weaving_days : int
        Working days, rounded up.
    wages_rial, wool_rial, dye_rial, auxiliaries_rial, total_rial : float
        Each cost and their sum, rial.
    yarn_grams, dye_grams, auxiliary_grams : float
        What was priced, grams.
    figures : KitFigures
        The figures used.
    """

    knots: int
    maghat: float
    weaving_days: int
    wages_rial: float
    wool_rial: float
    dye_rial: float
    auxiliaries_rial: float
    total_rial: float
    yarn_grams: float
    dye_grams: float
    auxiliary_grams: float
    figures: KitFigures


def estimate_kit(
    knots, yarn_grams_total, dye_grams_total, auxiliary_grams_total, figures: KitFigures | None = None
) -> KitEstimate:
    """
    The estimate of a kit: weaving days, wages, wool, dyes, auxiliaries and the total.

    Parameters
    ----------
    knots : int
        Knots of the chart.
    yarn_grams_total, dye_grams_total, auxiliary_grams_total : float
        Grams of pile yarn (waste included), of dye and of bath chemicals, all lots together.
    figures : KitFigures, optional
        Default ``KitFigures()`` (made-up examples).

    Returns
    -------
    KitEstimate

    Examples
    --------
    50 × 70 cm at 50 raj, 982 g of yarn, 20 g of dye and 130 g of auxiliaries:

    >>> e = estimate_kit(178_500, 982, 20, 130)
    >>> e.maghat, e.weaving_days
    (14.875, 75)
    >>> e.wages_rial, e.wool_rial, e.dye_rial, e.auxiliaries_rial, e.total_rial
    (26775000.0, 5892000.0, 800000.0, 65000.0, 33532000.0)
    """
    figures = KitFigures() if figures is None else figures
    if not isinstance(figures, KitFigures):
        raise ValueError(words("kit.check.figures", kind=type(figures).__name__))
    count = non_negative("knots", knots)
    if count != int(count):
        raise ValueError(words("checks.error.whole", name="knots", minimum=0, value=repr(knots)))
    grams = {
        name: float(non_negative(name, value))
        for name, value in (
            ("yarn_grams_total", yarn_grams_total),
            ("dye_grams_total", dye_grams_total),
            ("auxiliary_grams_total", auxiliary_grams_total),
        )
    }
    days = float(weaving_days(count, figures.weavers, figures.knots_per_day))
    wages = float(amount_for_knots(count, figures.rial_per_maghat))
    wool = grams["yarn_grams_total"] / 1000 * figures.wool_rial_per_kg
    dye = grams["dye_grams_total"] / 1000 * figures.dye_rial_per_kg
    auxiliaries = grams["auxiliary_grams_total"] / 1000 * figures.auxiliaries_rial_per_kg
    return KitEstimate(
        knots=int(count),
        maghat=float(maghat(count)),
        weaving_days=math.ceil(days - _ROUNDING),
        wages_rial=wages,
        wool_rial=wool,
        dye_rial=dye,
        auxiliaries_rial=auxiliaries,
        total_rial=wages + wool + dye + auxiliaries,
        yarn_grams=grams["yarn_grams_total"],
        dye_grams=grams["dye_grams_total"],
        auxiliary_grams=grams["auxiliary_grams_total"],
        figures=figures,
    )
