"""
farshlab.carpet — everything a workshop computes before weaving a carpet.

Knot density in the trade's units, chart size from a finished size and back, knots in maghat
and qabal, weaving days, yarn, warp and weft, border repeats, wages and prices. Lengths are in cm
(``_cm``), yarn in metres (``_m``) and grams (``_g``); densities are knots per ``unit_cm``
(7.0 cm for raj — the default — 6.5 cm for kheft, 6.75 cm for Kerman's gereh). Bad input raises a
``ValueError`` naming the parameter; a density outside 10–120 is accepted with an
:class:`UnusualDensityWarning`.

Modules
-------
density
    raj, kheft, reg (for the gereh it is counted in); knots per cm, per m², per square inch; the
    two-node counting pitfall.
geometry
    ``knots_across``, ``knot_rows``, ``chart_size``, ``finished_size``, ``length_drift_cm``.
knots
    ``total_knots``, ``maghat``, ``qabal``, ``weaving_days``.
materials
    Pile yarn per colour (metres, grams via Nm and ply, waste), warp, weft (two passes a row),
    ``materials_bill``.
borders
    Border repeats that meet at the centre of each side (and what lies there, in words); the nearest
    fitting field.
wages
    Wages and prices from rates per maghat or qabal.
plan
    ``plan_carpet``: the whole plan (the Loom Planner's model).

References
----------
See each module; the sources are listed in the course's ``curriculum/sources.md`` (raj: sources.md:
entezarcarpet; maghat: sources.md: tablofarsheiran-2019; qabal: sources.md: ghalikhan; yarn, warp and
weft: sources.md: ahrari-materials, iran-carpet-1984; border repeats: sources.md: iran-carpet-13122).

Examples
--------
>>> from farshlab.carpet import knots_across, knots_per_m2, maghat
>>> knots_across(50, 50), maghat(357 * 500), round(knots_per_m2(50))
(357, 14.875, 510204)
"""

from farshlab.carpet._checks import RAJ_USUAL_RANGE, UnusualDensityWarning
from farshlab.carpet.borders import (
    centre_of_side,
    centre_of_side_words,
    field_fits,
    fitting_repeats,
    nearest_fitting_field,
    nearest_fitting_side,
    repeats_fit,
)
from farshlab.carpet.density import (
    CM_PER_INCH,
    GEREH_PER_CHARAK,
    UNIT_CM,
    convert_density,
    knots_per_cm,
    knots_per_m2,
    knots_per_square_inch,
    raj_from_back_count,
    raj_from_reg,
    reg_from_raj,
)
from farshlab.carpet.geometry import chart_size, finished_size, knot_rows, knots_across, length_drift_cm
from farshlab.carpet.knots import KNOTS_PER_UNIT, in_units, maghat, qabal, total_knots, weaving_days
from farshlab.carpet.materials import (
    AHRARI_PILE_NM_AT_40_RAJ,
    DEFAULT_CM_PER_KNOT,
    LOOM_ALLOWANCE_CM,
    WEFT_FACTOR,
    WEFT_PASSES_PER_ROW,
    MaterialsBill,
    materials_bill,
    pile_grams_per_colour,
    pile_length_m,
    warp_ends,
    warp_length_m,
    weft_length_m,
    yarn_grams,
)
from farshlab.carpet.plan import CarpetPlan, plan_carpet
from farshlab.carpet.wages import amount_for_knots, rate_from_amount, wage_per_weaver

__all__ = [
    "RAJ_USUAL_RANGE",
    "UnusualDensityWarning",
    # density
    "UNIT_CM",
    "GEREH_PER_CHARAK",
    "CM_PER_INCH",
    "knots_per_cm",
    "knots_per_m2",
    "knots_per_square_inch",
    "convert_density",
    "raj_from_reg",
    "reg_from_raj",
    "raj_from_back_count",
    # geometry
    "knots_across",
    "knot_rows",
    "chart_size",
    "finished_size",
    "length_drift_cm",
    # knots
    "KNOTS_PER_UNIT",
    "total_knots",
    "in_units",
    "maghat",
    "qabal",
    "weaving_days",
    # materials
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
    # borders
    "repeats_fit",
    "centre_of_side",
    "centre_of_side_words",
    "field_fits",
    "fitting_repeats",
    "nearest_fitting_side",
    "nearest_fitting_field",
    # wages
    "amount_for_knots",
    "wage_per_weaver",
    "rate_from_amount",
    # plan
    "CarpetPlan",
    "plan_carpet",
]
