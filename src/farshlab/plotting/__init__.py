"""
farshlab.plotting — matplotlib drawings of farshlab's domain data, for widgets, lessons and printouts.

Functions here take domain data (knot grids, legends …) and draw on ``matplotlib.figure.Figure`` /
``Axes`` objects made directly, never through ``pyplot``, so no window or global figure is left
open. Domain packages (carpet, colour, design …) never import this package; widgets and printable
outputs do.

Modules
-------
grid
    A knot grid to scale as on chart paper: knot lines, heavy 10-knot (khaneh) lines, rows numbered
    from 1 at the bottom, optional code numbers, a legend with knots per colour; PNG bytes or a
    Pillow image.
dye
    Reflectance and K/S curves and swatches for the Dye Lab.
canvas
    A figure for a live view: still layers kept as pixels, moving artists drawn on them, fast PNG.
scale
    Round numbers for axis limits that stay put while a value moves a little.

Examples
--------
>>> from farshlab.plotting import grid_figure
>>> [float(y) for y in grid_figure([[0, 1], [1, 0]], {0: "#efe3c8", 1: "#a8323a"}).axes[0].get_ylim()]
[0.0, 2.0]
"""

from farshlab.plotting.grid import (
    LegendEntry,
    draw_grid,
    figure_to_png,
    grid_figure,
    grid_image,
    grid_png,
    legend_entries,
)

__all__ = [
    "LegendEntry",
    "draw_grid",
    "figure_to_png",
    "grid_figure",
    "grid_image",
    "grid_png",
    "legend_entries",
]
