"""
The defaults of a kit, in a module that imports nothing.

:func:`~farshlab.kit.make_kit`, :func:`~farshlab.kit.lots.dye_lots` and
:class:`~farshlab.kit.costs.KitFigures` take their defaults from here, and so does the ``farshlab kit``
command, which shows them in its ``--help`` without loading numpy, scipy or colour-science. Every
figure is a **made-up example**: a workshop puts in its own pot size, liquor ratio, weavers, speed,
rates and prices.

Constants
---------
DEFAULT_WOOL_PER_BATH_G, DEFAULT_LIQUOR_RATIO
    A dye pot of 1 kg of wool at 1:40 (within the 1:30–1:50 of sources.md: textileinformation-2007,
    jennycowern-dyeing).
DEFAULT_BATH
    The bath of acid dyes on wool: levelling acid, Glauber's salt 10 % owf and sulfuric acid 3 % owf
    (a key of :data:`farshlab.dye.BATHS`, sources.md: broadbent-2001).
DEFAULT_MAX_DYES
    Dyes in a recipe at most.
EXAMPLE_FIGURES, MADE_UP
    The estimate's figures (two weavers at 1,200 knots a day each, 1,800,000 rial a maghat, wool
    6,000,000, dyes 40,000,000 and bath chemicals 500,000 rial a kg: Lesson 6's examples) and the
    words that say they are made up.

Examples
--------
>>> from farshlab.kit.options import DEFAULT_WOOL_PER_BATH_G, EXAMPLE_FIGURES
>>> DEFAULT_WOOL_PER_BATH_G, EXAMPLE_FIGURES["rial_per_maghat"]
(1000.0, 1800000)
"""

__all__ = [
    "DEFAULT_BATH",
    "DEFAULT_LIQUOR_RATIO",
    "DEFAULT_MAX_DYES",
    "DEFAULT_WOOL_PER_BATH_G",
    "EXAMPLE_FIGURES",
    "MADE_UP",
]

DEFAULT_WOOL_PER_BATH_G = 1000.0
"""Grams of wool a dye pot holds (a made-up example: use your pot's)."""

DEFAULT_LIQUOR_RATIO = 40.0
"""Litres of bath per kg of wool (1:40, a made-up example within the usual 1:30–1:50)."""

DEFAULT_BATH = "levelling_acid"
"""The bath of the kit's acid dyes (a key of :data:`farshlab.dye.BATHS`)."""

DEFAULT_MAX_DYES = 3
"""Dyes in a recipe at most."""

EXAMPLE_FIGURES = {
    "weavers": 2,
    "knots_per_day": 1200,
    "rial_per_maghat": 1_800_000,
    "wool_rial_per_kg": 6_000_000,
    "dye_rial_per_kg": 40_000_000,
    "auxiliaries_rial_per_kg": 500_000,
}
"""The figures of a kit's estimate unless the workshop gives its own: made-up examples."""

MADE_UP = "made-up example figures"
"""Where the example figures come from, as :class:`~farshlab.kit.costs.KitFigures` records it."""
