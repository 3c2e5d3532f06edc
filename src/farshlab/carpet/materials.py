"""
Yarn and thread estimates: pile per colour, warp and weft, and a materials bill for a carpet.

- **Pile**: metres = knots × cm of yarn per knot / 100. Ahrari quotes 4 cm per knot at 40 raj;
  finer raj use less, so ``cm_per_knot`` is a parameter each workshop calibrates (default 4.0).
  Grams = metres / Nm of the plied yarn, where Nm (metric count) is metres per gram and a yarn of
  ``ply`` strands of single Nm has a resultant Nm of ``nm / ply``. A waste allowance
  (``waste_percent``) is added on top; no figure for it is built in (default 0 %).
- **Warp**: 2 ends per knot across; each end is the carpet's length plus a loom allowance of up
  to 60 cm (the default, the upper figure).
- **Weft** (thick weft, one pass per row): length = rows × width × 1.2.

Classes
-------
MaterialsBill
    Every estimate for one carpet.

Functions
---------
pile_length_m
    Metres of pile yarn for a number of knots.
yarn_grams
    Grams of a yarn for a length in metres, from its Nm and ply, plus waste.
pile_grams_per_colour
    Grams of pile yarn per colour from knots per colour.
warp_ends, warp_length_m, weft_length_m
    Warp ends, total warp length and total weft length.
materials_bill
    The whole bill for a carpet.

References
----------
Ahrari, iran-carpet.com/fa/blog/detail/1705, 1726, 1804, 1819 (pile per knot, warp, weft).

Examples
--------
>>> pile_length_m(178_500)
7140.0
>>> round(yarn_grams(7140.0, nm=6, ply=2), 1)
2380.0
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from farshlab.carpet._checks import as_output, non_negative, positive, whole
from farshlab.carpet.geometry import chart_size

__all__ = [
    "DEFAULT_CM_PER_KNOT",
    "LOOM_ALLOWANCE_CM",
    "WEFT_FACTOR",
    "MaterialsBill",
    "pile_length_m",
    "yarn_grams",
    "pile_grams_per_colour",
    "warp_ends",
    "warp_length_m",
    "weft_length_m",
    "materials_bill",
]

DEFAULT_CM_PER_KNOT = 4.0
"""Centimetres of pile yarn per knot quoted at 40 raj (Ahrari); calibrate for your density."""

LOOM_ALLOWANCE_CM = 60.0
"""Extra warp length per end for the loom, the upper figure of "up to 60 cm" (Ahrari)."""

WEFT_FACTOR = 1.2
"""Weft length per row as a multiple of the width (Ahrari): rows × width × 1.2."""


def pile_length_m(knots, cm_per_knot=DEFAULT_CM_PER_KNOT):
    """
    Metres of pile yarn for ``knots``: ``knots × cm_per_knot / 100``.

    Parameters
    ----------
    knots : float or array_like
        Number of knots (zero or more).
    cm_per_knot : float
        Centimetres of yarn one knot uses, pile and knotting together (4.0 at 40 raj).

    Returns
    -------
    float or numpy.ndarray
        Metres of yarn.

    Examples
    --------
    >>> pile_length_m(57_000, cm_per_knot=4.5)
    2565.0
    """
    knots = non_negative("knots", knots)
    cm_per_knot = positive("cm_per_knot", cm_per_knot)
    return as_output(knots * cm_per_knot / 100)


def yarn_grams(metres, nm, ply=1, waste_percent=0.0):
    """
    Grams of yarn for a length: ``metres / (nm / ply) × (1 + waste_percent / 100)``.

    Parameters
    ----------
    metres : float or array_like
        Length of yarn in metres.
    nm : float
        Metric count (Nm) of one single strand: metres per gram.
    ply : int
        Number of strands plied together; the plied yarn's Nm is ``nm / ply``.
    waste_percent : float
        Extra allowance for waste, in percent of the estimate (e.g. 10 for 10 %).

    Returns
    -------
    float or numpy.ndarray
        Grams.

    Examples
    --------
    >>> round(yarn_grams(2565.0, nm=6, ply=2, waste_percent=10), 2)
    940.5
    """
    metres = non_negative("metres", metres)
    nm = positive("nm", nm)
    ply = whole("ply", ply)
    waste = non_negative("waste_percent", waste_percent)
    return as_output(metres / (nm / ply) * (1 + waste / 100))


def pile_grams_per_colour(
    knots_by_colour: Mapping, nm, ply=1, cm_per_knot=DEFAULT_CM_PER_KNOT, waste_percent=0.0
) -> dict:
    """
    Grams of pile yarn for each colour: knots → metres → grams, plus waste.

    Parameters
    ----------
    knots_by_colour : mapping
        Knots of each colour, ``{colour code: knots}`` (e.g. from ``np.unique`` of a chart).
    nm, ply, waste_percent
        As for :func:`yarn_grams`.
    cm_per_knot : float
        Centimetres of yarn per knot.

    Returns
    -------
    dict
        ``{colour code: grams}`` in the same order.

    Examples
    --------
    >>> grams = pile_grams_per_colour({1: 30_000, 7: 6_000}, nm=6, ply=2, waste_percent=10)
    >>> {code: round(g, 1) for code, g in grams.items()}
    {1: 440.0, 7: 88.0}
    """
    if not isinstance(knots_by_colour, Mapping) or not knots_by_colour:
        raise ValueError(
            f"knots_by_colour must be a non-empty {{colour: knots}} mapping, got {knots_by_colour!r}"
        )
    return {
        code: yarn_grams(pile_length_m(knots, cm_per_knot), nm, ply, waste_percent)
        for code, knots in knots_by_colour.items()
    }


def warp_ends(knots_across):
    """
    Warp ends: two per knot across (each knot is tied on a pair of warps).

    Examples
    --------
    >>> warp_ends(357)
    714
    """
    return as_output(2 * positive("knots_across", knots_across), integer=True)


def warp_length_m(knots_across, height_cm, loom_allowance_cm=LOOM_ALLOWANCE_CM):
    """
    Total warp in metres: ``2 × knots_across × (height_cm + loom_allowance_cm) / 100``.

    Parameters
    ----------
    knots_across : int
        Knots across the width.
    height_cm : float
        Finished length of the carpet in cm.
    loom_allowance_cm : float
        Extra length per end for tying on the loom (up to 60 cm).

    Examples
    --------
    >>> warp_length_m(357, 70)
    928.2
    """
    height_cm = positive("height_cm", height_cm)
    allowance = non_negative("loom_allowance_cm", loom_allowance_cm)
    return as_output(np.round(warp_ends(knots_across) * (height_cm + allowance) / 100, 6))


def weft_length_m(rows, width_cm, weft_factor=WEFT_FACTOR):
    """
    Total thick weft in metres, one pass per row: ``rows × width_cm × weft_factor / 100``.

    Examples
    --------
    >>> weft_length_m(500, 50)
    300.0
    """
    rows = positive("rows", rows)
    width_cm = positive("width_cm", width_cm)
    weft_factor = positive("weft_factor", weft_factor)
    return as_output(np.round(rows * width_cm * weft_factor / 100, 6))


@dataclass(frozen=True)
class MaterialsBill:
    """
    Materials for one carpet.

    Attributes
    ----------
    knots_across, rows, total_knots : int
        The chart's size in knots.
    pile_m : float
        Metres of pile yarn, all colours (without waste).
    pile_g : dict
        Grams of pile yarn per colour, waste included (one entry ``"all"`` when no colours given).
    pile_total_g : float
        Grams of pile yarn, all colours, waste included.
    warp_ends : int
        Number of warp ends.
    warp_m : float
        Total warp length in metres, loom allowance included.
    weft_m : float
        Total thick weft in metres.
    """

    knots_across: int
    rows: int
    total_knots: int
    pile_m: float
    pile_g: dict
    pile_total_g: float
    warp_ends: int
    warp_m: float
    weft_m: float


def materials_bill(
    width_cm,
    height_cm,
    raj_w,
    raj_h=None,
    *,
    nm,
    ply=1,
    knots_by_colour: Mapping | None = None,
    cm_per_knot=DEFAULT_CM_PER_KNOT,
    waste_percent=0.0,
    loom_allowance_cm=LOOM_ALLOWANCE_CM,
    weft_factor=WEFT_FACTOR,
    unit_cm=7.0,
) -> MaterialsBill:
    """
    The materials bill for a carpet of a finished size and density.

    Parameters
    ----------
    width_cm, height_cm : float
        Finished width and length in cm.
    raj_w : float
        Horizontal raj; ``raj_h`` (vertical) defaults to it.
    nm, ply : float, int
        Metric count of a single strand of pile yarn and the number of strands plied.
    knots_by_colour : mapping, optional
        Knots per colour from the chart; they must add up to the carpet's total knots.
        Default: one entry ``"all"`` for the whole pile.
    cm_per_knot, waste_percent
        As for :func:`pile_grams_per_colour`.
    loom_allowance_cm, weft_factor
        As for :func:`warp_length_m` and :func:`weft_length_m`.
    unit_cm : float
        The counting length of the raj in cm.

    Returns
    -------
    MaterialsBill

    Raises
    ------
    ValueError
        For bad sizes or densities, or colour counts that do not add up to the total knots.

    Examples
    --------
    >>> bill = materials_bill(50, 70, 50, nm=6, ply=2, knots_by_colour={1: 150_000, 2: 28_500})
    >>> bill.total_knots, bill.pile_m, bill.warp_ends, bill.warp_m, bill.weft_m
    (178500, 7140.0, 714, 928.2, 300.0)
    >>> {code: round(g) for code, g in bill.pile_g.items()}, round(bill.pile_total_g)
    ({1: 2000, 2: 380}, 2380)
    """
    across, rows = chart_size(width_cm, height_cm, raj_w, raj_h, unit_cm)
    total = across * rows
    if knots_by_colour is None:
        knots_by_colour = {"all": total}
    else:
        counted = sum(knots_by_colour.values()) if isinstance(knots_by_colour, Mapping) else None
        if counted is not None and counted != total:
            raise ValueError(
                f"knots_by_colour adds up to {counted} knots, but the carpet has {total} "
                f"({across} across × {rows} rows)"
            )
    grams = pile_grams_per_colour(knots_by_colour, nm, ply, cm_per_knot, waste_percent)
    return MaterialsBill(
        knots_across=across,
        rows=rows,
        total_knots=total,
        pile_m=pile_length_m(total, cm_per_knot),
        pile_g=grams,
        pile_total_g=float(sum(grams.values())),
        warp_ends=warp_ends(across),
        warp_m=warp_length_m(across, height_cm, loom_allowance_cm),
        weft_m=weft_length_m(rows, width_cm, weft_factor),
    )
