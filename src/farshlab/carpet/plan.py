"""
A whole plan for one carpet before weaving: the Loom Planner's model.

:func:`plan_carpet` gathers the other modules' answers for one finished size and density —
chart size, knots, maghat and qabal, density per m², pile yarn, warp, weft and weaving days —
into one :class:`CarpetPlan`. It is a pure function (no widgets, no drawing), so the simulator in
:mod:`farshlab.widgets.loom_planner` only shows what it returns.

Classes
-------
CarpetPlan
    The plan's numbers.

Functions
---------
plan_carpet
    Plan a carpet from its size, density, yarn and team.

Examples
--------
>>> plan = plan_carpet(50, 70, 50, nm=8, weavers=2, knots_per_weaver_per_day=7_000)
>>> plan.knots_across, plan.rows, plan.total_knots, plan.maghat
(357, 500, 178500, 14.875)
>>> plan.pile_kg, plan.weft_m, plan.weaving_days
(0.892, 600.0, 12.75)
"""

from __future__ import annotations

from dataclasses import dataclass

from farshlab.carpet.density import knots_per_m2
from farshlab.carpet.knots import maghat, qabal, weaving_days
from farshlab.carpet.materials import (
    DEFAULT_CM_PER_KNOT,
    LOOM_ALLOWANCE_CM,
    WEFT_FACTOR,
    WEFT_PASSES_PER_ROW,
    materials_bill,
)

__all__ = ["CarpetPlan", "plan_carpet"]


@dataclass(frozen=True)
class CarpetPlan:
    """
    The numbers of a carpet plan.

    Attributes
    ----------
    width_cm, height_cm : float
        Finished size in cm.
    raj_w, raj_h : float
        Horizontal and vertical raj (knots per ``unit_cm``).
    unit_cm : float
        The counting length of the raj in cm.
    knots_across, rows, total_knots : int
        The chart's size in knots.
    maghat, qabal : float
        Total knots in maghat (12,000) and qabal (14,000).
    knots_per_m2 : float
        Density in knots per square metre.
    pile_m : float
        Pile yarn in metres (without waste).
    pile_kg : float
        Pile yarn in kilograms, waste included, rounded to grams.
    warp_ends : int
        Warp ends (2 per knot across).
    warp_m, weft_m : float
        Total warp (with loom allowance) and weft (every pass of every row) in metres.
    weaving_days : float
        Working days for the team.
    """

    width_cm: float
    height_cm: float
    raj_w: float
    raj_h: float
    unit_cm: float
    knots_across: int
    rows: int
    total_knots: int
    maghat: float
    qabal: float
    knots_per_m2: float
    pile_m: float
    pile_kg: float
    warp_ends: int
    warp_m: float
    weft_m: float
    weaving_days: float


def plan_carpet(
    width_cm,
    height_cm,
    raj_w,
    raj_h=None,
    *,
    nm,
    ply=1,
    weavers,
    knots_per_weaver_per_day,
    cm_per_knot=DEFAULT_CM_PER_KNOT,
    waste_percent=0.0,
    loom_allowance_cm=LOOM_ALLOWANCE_CM,
    weft_factor=WEFT_FACTOR,
    weft_passes_per_row=WEFT_PASSES_PER_ROW,
    unit_cm=7.0,
) -> CarpetPlan:
    """
    Plan a carpet: chart size, knots, maghat, yarn, warp, weft and weaving days.

    Parameters
    ----------
    width_cm, height_cm : float
        Finished width and length in cm.
    raj_w : float
        Horizontal raj; ``raj_h`` (vertical) defaults to it.
    nm, ply : float, int
        Metric count (metres per gram) of one strand of pile yarn, and strands plied.
    weavers : float
        Weavers working at once.
    knots_per_weaver_per_day : float
        Knots one weaver ties in a day (your workshop's figure).
    cm_per_knot, waste_percent, loom_allowance_cm, weft_factor, weft_passes_per_row
        As in :func:`farshlab.carpet.materials.materials_bill`.
    unit_cm : float
        The counting length of the raj in cm (7.0 raj, 6.5 kheft).

    Returns
    -------
    CarpetPlan

    Raises
    ------
    ValueError
        Naming the first bad parameter.

    Examples
    --------
    >>> plan_carpet(35, 50, 40, nm=8, weavers=1, knots_per_weaver_per_day=6_000).total_knots
    57200
    """
    raj_h = raj_w if raj_h is None else raj_h
    bill = materials_bill(
        width_cm,
        height_cm,
        raj_w,
        raj_h,
        nm=nm,
        ply=ply,
        cm_per_knot=cm_per_knot,
        waste_percent=waste_percent,
        loom_allowance_cm=loom_allowance_cm,
        weft_factor=weft_factor,
        weft_passes_per_row=weft_passes_per_row,
        unit_cm=unit_cm,
    )
    return CarpetPlan(
        width_cm=float(width_cm),
        height_cm=float(height_cm),
        raj_w=float(raj_w),
        raj_h=float(raj_h),
        unit_cm=float(unit_cm),
        knots_across=bill.knots_across,
        rows=bill.rows,
        total_knots=bill.total_knots,
        maghat=maghat(bill.total_knots),
        qabal=qabal(bill.total_knots),
        knots_per_m2=knots_per_m2(raj_w, raj_h, unit_cm),
        pile_m=bill.pile_m,
        pile_kg=round(bill.pile_total_g / 1000, 3),
        warp_ends=bill.warp_ends,
        warp_m=bill.warp_m,
        weft_m=bill.weft_m,
        weaving_days=weaving_days(bill.total_knots, weavers, knots_per_weaver_per_day),
    )
