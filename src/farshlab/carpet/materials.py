"""
Yarn and thread estimates: pile per colour, warp and weft, and a materials bill for a carpet.

- **Pile**: metres = knots × cm of yarn per knot / 100. Ahrari quotes 4 cm per knot at 40 raj;
  finer raj use less, so ``cm_per_knot`` is a parameter each workshop calibrates (default 4.0).
  Grams = metres / Nm of the plied yarn, where Nm (metric count) is metres per gram and a yarn of
  ``ply`` strands of single Nm has a resultant Nm of ``nm / ply``. No yarn count is built in: give
  your spinner's Nm and ply. The course's example count is Ahrari's for 40-raj pile,
  ``AHRARI_PILE_NM_AT_40_RAJ`` (Nm 8 as used, ply 1); a finer raj needs a finer yarn, so at 50 raj
  it overestimates. A waste allowance (``waste_percent``) is added on top; no figure for it is
  built in (default 0 %).
- **Warp**: 2 ends per knot across; each end is the carpet's length plus a loom allowance of up
  to 60 cm (the default, the upper figure).
- **Weft**: Tabriz and Sardrud weaving passes **two wefts after each row** of knots, a thick one
  and a thin one (``WEFT_PASSES_PER_ROW``); each pass is the width × 1.2 (Ahrari's allowance for
  the thick weft, used for the thin one too), so length = rows × passes × width × 1.2. With
  ``passes_per_row=1`` it is Ahrari's thick weft alone.

Constants
---------
DEFAULT_CM_PER_KNOT, AHRARI_PILE_NM_AT_40_RAJ
    4 cm of pile per knot and Nm 8, Ahrari's figures at 40 raj.
LOOM_ALLOWANCE_CM, WEFT_FACTOR, WEFT_PASSES_PER_ROW
    60 cm of warp per end for the loom; 1.2 × the width per weft pass; 2 passes a row.

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
Pile per knot, warp, thick weft, and yarn counts by raj (sources.md: ahrari-materials,
ahrari-yarn-raj); Nm and ply (sources.md: farshir-nm); two wefts a row in Tabriz weaving, one thick
and one thin (sources.md: iran-carpet-1984, carpetmaster-pood).

Examples
--------
A 50 × 70 cm tableau at 50 raj (178,500 knots) with the example count, Nm 8:

>>> pile_length_m(178_500)
7140.0
>>> round(yarn_grams(7140.0, nm=AHRARI_PILE_NM_AT_40_RAJ), 1)
892.5

Ahrari's warp example: 640 knots across, ends of 2 m, wool warp Nm 8 in three ply:

>>> warp_length_m(640, 156, loom_allowance_cm=44), yarn_grams(2560.0, nm=8, ply=3)
(2560.0, 960.0)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from farshlab.carpet._checks import as_output, non_negative, positive, whole, words
from farshlab.carpet.geometry import chart_size

__all__ = [
    "DEFAULT_CM_PER_KNOT",
    "AHRARI_PILE_NM_AT_40_RAJ",
    "LOOM_ALLOWANCE_CM",
    "WEFT_FACTOR",
    "WEFT_PASSES_PER_ROW",
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

AHRARI_PILE_NM_AT_40_RAJ = 8.0
"""The count (Nm, metres per gram, as used: ply 1) of 40-raj pile yarn in Ahrari's estimates — the
course's example; give your spinner's count (finer raj need finer yarn)."""

LOOM_ALLOWANCE_CM = 60.0
"""Extra warp length per end for the loom, the upper figure of "up to 60 cm" (Ahrari)."""

WEFT_FACTOR = 1.2
"""Weft length of one pass as a multiple of the width (Ahrari, for the thick weft): width × 1.2."""

WEFT_PASSES_PER_ROW = 2
"""Weft passes after each row of knots in Tabriz and Sardrud weaving: a thick and a thin weft."""


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
        Metric count (Nm) of one single strand: metres per gram (your spinner's figure; no count is
        built in).
    ply : int
        Number of strands plied together; the plied yarn's Nm is ``nm / ply``. Leave it at 1 when
        ``nm`` is already the count of the yarn as used.
    waste_percent : float
        Extra allowance for waste, in percent of the estimate (e.g. 10 for 10 %).

    Returns
    -------
    float or numpy.ndarray
        Grams.

    Examples
    --------
    >>> round(yarn_grams(2560.0, nm=8, ply=2, waste_percent=10), 2)
    704.0
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
    >>> grams = pile_grams_per_colour({1: 30_000, 7: 6_000}, nm=8, waste_percent=10)
    >>> {code: round(g, 1) for code, g in grams.items()}
    {1: 165.0, 7: 33.0}
    """
    if not isinstance(knots_by_colour, Mapping) or not knots_by_colour:
        raise ValueError(words("carpet.error.knots_by_colour", value=repr(knots_by_colour)))
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


def weft_length_m(rows, width_cm, weft_factor=WEFT_FACTOR, passes_per_row=WEFT_PASSES_PER_ROW):
    """
    Total weft in metres: ``rows × passes_per_row × width_cm × weft_factor / 100``.

    Parameters
    ----------
    rows : int
        Rows of knots.
    width_cm : float
        Finished width in cm.
    weft_factor : float
        Length of one weft pass as a multiple of the width (1.2: the turn at each edge and the weft's
        wave between the warps).
    passes_per_row : int
        Wefts passed after each row: 2 in Tabriz and Sardrud weaving (a thick and a thin weft), 1 for
        the thick weft alone (Ahrari's estimate) or a weave with one weft.

    Examples
    --------
    >>> weft_length_m(500, 50)
    600.0
    >>> weft_length_m(500, 50, passes_per_row=1)
    300.0
    """
    rows = positive("rows", rows)
    width_cm = positive("width_cm", width_cm)
    weft_factor = positive("weft_factor", weft_factor)
    passes = whole("passes_per_row", passes_per_row)
    return as_output(np.round(rows * passes * width_cm * weft_factor / 100, 6))


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
        Total weft in metres, every pass of every row.
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
    weft_passes_per_row=WEFT_PASSES_PER_ROW,
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
    loom_allowance_cm, weft_factor, weft_passes_per_row
        As for :func:`warp_length_m` and :func:`weft_length_m` (``passes_per_row``).
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
    >>> bill = materials_bill(50, 70, 50, nm=8, knots_by_colour={1: 150_000, 2: 28_500})
    >>> bill.total_knots, bill.pile_m, bill.warp_ends, bill.warp_m, bill.weft_m
    (178500, 7140.0, 714, 928.2, 600.0)
    >>> {code: round(g, 1) for code, g in bill.pile_g.items()}, round(bill.pile_total_g, 1)
    ({1: 750.0, 2: 142.5}, 892.5)
    """
    across, rows = chart_size(width_cm, height_cm, raj_w, raj_h, unit_cm)
    total = across * rows
    if knots_by_colour is None:
        knots_by_colour = {"all": total}
    else:
        counted = sum(knots_by_colour.values()) if isinstance(knots_by_colour, Mapping) else None
        if counted is not None and counted != total:
            raise ValueError(
                words("carpet.error.knots_add_up", counted=counted, total=total, across=across, rows=rows)
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
        weft_m=weft_length_m(rows, width_cm, weft_factor, weft_passes_per_row),
    )
