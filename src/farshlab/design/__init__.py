"""
farshlab.design — carpet designs as knot grids: drawing, motifs, symmetry, borders, pictures.

**The convention, everywhere in farshlab:** a design is a 2-D integer array of colour codes, one
cell per knot, ``grid[row, column]``; **row 0 is the bottom row, the first row the weaver ties**
(the weaver's "row 1"), and column 0 is the chart's left edge. Codes are whole numbers 0 or more
that point into a yarn legend (:class:`farshlab.colour.YarnLegend`). Pictures, which are stored
top row first, are flipped when they become knot grids. Every function returns a new array and
leaves its input unchanged; bad input (float or True/False grids, empty motifs, repeats that cannot
fit) raises a ``ValueError`` saying what is wrong.

Modules
-------
grid
    Checked grids, blank grids, grids from and to text (top row first), knots per code.
draw
    Rectangles, Bresenham lines, circles and ellipses rasterised to knots, flood fill, stamping a motif.
symmetry
    ``mirror_quarter`` (from the **bottom-left** quarter, centre ``"double"`` or ``"shared"``),
    ``mirror_half``, ``rotate``, ``four_fold``, ``frieze``, ``is_symmetric``.
compose
    Field + guard stripes + border of repeats (fitted with :mod:`farshlab.carpet`'s rule so that
    repeats meet at the centre) + mitred or drawn corners → one carpet.
scale
    A picture → ``(rows, knots_across, 3)`` colours for a size in cm and raj across and along.
motifs
    A small practice library (boteh, gul, star, tree, diamond) and the legend of its codes.
designer
    ``symmetric_design``: a motif and a kind of symmetry → a whole design (the Symmetry Designer's model).

References
----------
Quarter designs and border repeats (sources.md: iran-carpet-13122), the khaneh of 10 × 10 cells
(sources.md: wikicarpet-naqsheh), rows counted from the bottom (sources.md: workshop-practice);
chart size from cm and raj (sources.md: tavoosbaft). Bresenham, *IBM Systems Journal* 4(1):25–30,
1965.

Examples
--------
>>> from farshlab.design import colour_counts, is_symmetric, mirror_quarter, motif
>>> field = mirror_quarter(motif("boteh"), centre="shared")
>>> field.shape, is_symmetric(field, "quarter")
((19, 15), True)
>>> colour_counts(field)[4] == 4 * colour_counts(motif("boteh"))[4]
True
"""

from farshlab.design.compose import border_band, carpet_size, compose_carpet, field_size_for
from farshlab.design.designer import DESIGN_SYMMETRIES, DesignResult, symmetric_design
from farshlab.design.draw import draw_circle, draw_ellipse, draw_line, draw_rectangle, flood_fill, stamp
from farshlab.design.grid import (
    GROUND_CHARACTER,
    as_grid,
    blank_grid,
    colour_counts,
    grid_from_text,
    grid_to_text,
)
from farshlab.design.motifs import MOTIF_TEXTS, MOTIFS, motif, motif_legend
from farshlab.design.scale import RESAMPLING_FILTERS, crop_box, picture_to_knots
from farshlab.design.symmetry import (
    CENTRES,
    SYMMETRY_CHECKS,
    four_fold,
    frieze,
    is_symmetric,
    mirror_half,
    mirror_quarter,
    rotate,
)

__all__ = [
    # grid
    "GROUND_CHARACTER",
    "as_grid",
    "blank_grid",
    "grid_from_text",
    "grid_to_text",
    "colour_counts",
    # draw
    "draw_rectangle",
    "draw_line",
    "draw_ellipse",
    "draw_circle",
    "flood_fill",
    "stamp",
    # symmetry
    "CENTRES",
    "SYMMETRY_CHECKS",
    "mirror_quarter",
    "mirror_half",
    "rotate",
    "four_fold",
    "frieze",
    "is_symmetric",
    # compose
    "border_band",
    "carpet_size",
    "field_size_for",
    "compose_carpet",
    # scale
    "RESAMPLING_FILTERS",
    "crop_box",
    "picture_to_knots",
    # motifs
    "MOTIFS",
    "MOTIF_TEXTS",
    "motif",
    "motif_legend",
    # designer
    "DESIGN_SYMMETRIES",
    "DesignResult",
    "symmetric_design",
]
