"""
The choices and defaults of a photo → chart job, in a module that imports nothing.

:func:`~farshlab.chart.pipeline.picture_to_chart`, :func:`~farshlab.chart.outputs.write_chart_files`,
the reading formats and the PDF take their defaults from here, and so does the ``farshlab chart``
command, which shows them in its ``--help`` without loading numpy, Pillow or colour-science.

Constants
---------
PALETTE_METHOD_NAMES, DEFAULT_PALETTE_METHOD
    How the colours of a palette are chosen (the keys of
    :data:`farshlab.chart.palette.PALETTE_METHODS`), and the usual way: k-means in Lab.
COLUMN_ORIGINS, DEFAULT_COLUMNS_FROM
    Where column 1 of a chart is: the right edge (the usual way) or the left edge.
PAPERS, DEFAULT_PAPER
    Paper sizes of the printable chart, and the usual one.
DIGIT_STYLES
    Persian or Latin digits on the printed chart.
EXAMPLE_NM, EXAMPLE_PLY, EXAMPLE_WASTE_PERCENT
    The yarn figures of the grams unless the workshop gives its own (the Loom Planner's starting
    values): Nm 8 as used (ply 1), Ahrari's count for 40-raj pile
    (:data:`farshlab.carpet.AHRARI_PILE_NM_AT_40_RAJ`, a test keeps the two equal; a finer raj
    needs a finer yarn), and a waste allowance of 10 %, made up. Replace them with the spinner's
    count and the workshop's own waste.
CM_PER_KNOT
    Centimetres of pile yarn per knot: :data:`farshlab.carpet.DEFAULT_CM_PER_KNOT`, the figure
    quoted at 40 raj (Ahrari), written here again so that this module imports nothing; a test
    keeps the two equal.

Examples
--------
>>> from farshlab.chart.options import COLUMN_ORIGINS, DEFAULT_COLUMNS_FROM
>>> DEFAULT_COLUMNS_FROM, COLUMN_ORIGINS
('right', ('right', 'left'))
"""

__all__ = [
    "CM_PER_KNOT",
    "COLUMN_ORIGINS",
    "DEFAULT_COLUMNS_FROM",
    "DEFAULT_PALETTE_METHOD",
    "DEFAULT_PAPER",
    "DIGIT_STYLES",
    "EXAMPLE_NM",
    "EXAMPLE_PLY",
    "EXAMPLE_WASTE_PERCENT",
    "PALETTE_METHOD_NAMES",
    "PAPERS",
]

PALETTE_METHOD_NAMES = ("kmeans", "median_cut")
"""How a palette's colours are chosen: k-means in Lab (best) or Pillow's median cut (fast)."""
DEFAULT_PALETTE_METHOD = "kmeans"

COLUMN_ORIGINS = ("right", "left")
"""Where column 1 is: the right edge or the left edge of the chart."""
DEFAULT_COLUMNS_FROM = "right"

PAPERS = ("A4", "A3", "A2")
"""Paper sizes of the printable chart (portrait, ISO 216)."""
DEFAULT_PAPER = "A4"

DIGIT_STYLES = ("fa", "latin")
"""How the printed chart writes its numbers: Persian digits (۱۲۳) or Latin digits (123)."""

EXAMPLE_NM = 8.0
EXAMPLE_PLY = 1
"""Nm 8 as used, one ply: Ahrari's pile count at 40 raj (sources.md: ahrari-yarn-raj)."""
EXAMPLE_WASTE_PERCENT = 10.0
"""Waste allowance in %: made up, replace with the workshop's own."""

CM_PER_KNOT = 4.0
"""Centimetres of pile yarn per knot quoted at 40 raj (Ahrari), as in :mod:`farshlab.carpet`."""
