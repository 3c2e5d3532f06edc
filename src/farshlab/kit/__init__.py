"""
farshlab.kit — a customer's photo to a weaving kit («نخ و نقشه»): chart, dye recipes, dye lots, cost.

A Sardrud workshop sells a tableau as a kit: the coded chart and, for every colour of it, yarn dyed in
enough equal lots that no colour runs out halfway (sources.md: workshop-practice). This package puts
the course's pieces together for that job: :mod:`farshlab.chart` (photo → chart, yarn per code),
:mod:`farshlab.dye` (recipes, prediction, metamerism), :mod:`farshlab.carpet` (maghat, wages, days);
the kit's PDF comes from :mod:`farshlab.printing`.

Modules
-------
recovery
    A plausible reflectance curve for each screen colour of a chart (colour-science, Jakob 2019).
recipes
    The best recipe for every colour, reachable (ΔE00 ≤ 2.0) or not, metameric (A, F11) or not;
    ``recipe_text`` and ``parse_recipe_text``.
lots
    ``lots_needed`` and ``dye_lots``: a colour's yarn in equal baths with water, dyes and auxiliaries.
costs
    ``KitFigures`` (made-up example figures), ``KitEstimate``, ``estimate_kit``: days and cost.
make
    ``make_kit`` (photo → ``Kit``) and ``write_kit_files`` (kit.pdf, recipes.csv, chart.farshchart,
    legend.csv, preview.png).

References
----------
Allen, *JOSA* 56:1256, 1966 (sources.md: allen-1966); Jakob & Hanika, *Computer Graphics Forum*
38(2), 2019; the maghat (sources.md: tablofarsheiran-2019).

Examples
--------
>>> from farshlab.kit import REACHABLE_DELTA_E00, lots_needed
>>> REACHABLE_DELTA_E00, lots_needed(2300, 1000)
(2.0, 3)
"""

from farshlab._lazy import lazy_names

# loaded on first use, so that the `farshlab` command line can read the defaults of farshlab.kit.lots
# and farshlab.kit.costs without loading colour-science and scipy
_WHERE = {
    "Kit": "make",
    "KIT_FILES": "make",
    "RECIPE_COLUMNS": "make",
    "make_kit": "make",
    "write_kit_files": "make",
    "ColourRecipe": "recipes",
    "METAMERISM_LIMIT": "recipes",
    "REACHABLE_DELTA_E00": "recipes",
    "match_colours": "recipes",
    "parse_recipe_text": "recipes",
    "recipe_text": "recipes",
    "DyeLot": "lots",
    "dye_lots": "lots",
    "lots_needed": "lots",
    "KitEstimate": "costs",
    "KitFigures": "costs",
    "estimate_kit": "costs",
    "recover_reflectance": "recovery",
}

__all__ = list(_WHERE)

__getattr__, __dir__ = lazy_names("farshlab.kit", _WHERE, globals(), __all__)
