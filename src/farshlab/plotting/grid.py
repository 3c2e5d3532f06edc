"""
Drawing a knot grid to scale, as on chart paper: cells in their yarn colours, thin knot lines, heavy
lines every 10 knots (the khaneh), row numbers from the bottom, optional code numbers, a legend.

The grid follows :mod:`farshlab.design`'s convention: ``grid[row, column]`` is a colour code, row 0
the bottom row — shown at the bottom and numbered **1**, as the weaver counts. Cell ``(r, c)`` covers
``[c, c + 1] × [r, r + 1]`` in the axes' data units, so heavy lines sit at multiples of 10 counted from
the chart's bottom-left corner, whichever window of rows and columns is drawn. Cells are drawn as
wide as one knot across and as tall as one row: their height / width is ``raj_w / raj_h`` (square
when the raj are equal), so the drawing has the woven carpet's proportions.

Colours come from a :class:`farshlab.colour.YarnLegend` (names shown in the legend) or a mapping
``{code: colour}`` with hex text ``"#rrggbb"`` or ``(r, g, b)`` 0–255.

Functions
---------
legend_entries
    The legend rows of a grid: code, yarn name, hex colour, knots.
draw_grid
    Draw (a window of) a grid on a matplotlib ``Axes``.
grid_figure
    A new ``matplotlib.figure.Figure`` with the grid drawn, sized to its proportions.
figure_to_png, grid_png, grid_image
    The figure as PNG bytes or a Pillow image (for widgets and printouts).

References
----------
Chart paper and khaneh: wikicarpet.com «كاغذ نقشه»; rows numbered from the bottom (DOMAIN notes §1).

Examples
--------
>>> from farshlab.design import motif, motif_legend
>>> figure = grid_figure(motif("gul"), motif_legend(), numbers=True)
>>> [text.get_text() for text in figure.axes[0].get_legend().get_texts()][:2]
['0  Ivory ground — 24 knots', '1  Walnut brown — 20 knots']
>>> grid_png(motif("gul"), motif_legend())[:4]
b'\\x89PNG'
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from PIL import Image

from farshlab.colour import YarnLegend, hex_to_srgb, srgb_to_hex, srgb_to_lab
from farshlab.design import as_grid

__all__ = [
    "LegendEntry",
    "legend_entries",
    "draw_grid",
    "grid_figure",
    "figure_to_png",
    "grid_png",
    "grid_image",
]

MOST_KNOT_LINES = 150
"""With more cells than this along a side of the window, thin knot lines are left out (they would merge)."""

MOST_NUMBERS = 4000
"""Code numbers are written in at most this many cells (more would be unreadable)."""


@dataclass(frozen=True)
class LegendEntry:
    """One row of a chart's legend: the code, the yarn's name, its ``#rrggbb`` colour, its knots."""

    code: int
    name: str
    colour: str
    knots: int


def _palette(colours) -> dict[int, tuple[str, str]]:
    """``{code: (name, '#rrggbb')}`` from a YarnLegend or a mapping code → colour."""
    if isinstance(colours, YarnLegend):
        return {yarn.code: (yarn.name, yarn.colour) for yarn in colours}
    if not isinstance(colours, Mapping) or not colours:
        raise ValueError(
            "colours must be a YarnLegend or a mapping {code: '#rrggbb' or (r, g, b)}, "
            f"got {type(colours).__name__}"
        )
    palette = {}
    for code, colour in colours.items():
        try:
            hex_colour = colour if isinstance(colour, str) else str(srgb_to_hex(colour))
            hex_colour = str(srgb_to_hex(hex_to_srgb(hex_colour)))
        except (TypeError, ValueError):
            raise ValueError(
                f"colour of code {code} must be '#rrggbb' or (r, g, b) 0-255, got {colour!r}"
            ) from None
        palette[int(code)] = (f"code {int(code)}", hex_colour)
    return palette


def _window(name: str, window, size: int) -> tuple[int, int]:
    if window is None:
        return 0, size
    try:
        start, stop = (int(v) for v in window)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be (start, stop) indices, got {window!r}") from None
    if not 0 <= start < stop <= size:
        raise ValueError(f"{name} must satisfy 0 <= start < stop <= {size}, got {window!r}")
    return start, stop


def legend_entries(grid, colours) -> list[LegendEntry]:
    """
    The legend of a grid: one entry per code used, in increasing code order, with its knots.

    Raises
    ------
    ValueError
        If the grid uses a code that ``colours`` lacks (all such codes are named).

    Examples
    --------
    >>> entries = legend_entries([[1, 1, 3]], {1: "#ffffff", 3: (0, 0, 0)})
    >>> entries[1]
    LegendEntry(code=3, name='code 3', colour='#000000', knots=1)
    >>> [entry.knots for entry in entries]
    [2, 1]
    """
    grid = as_grid(grid)
    palette = _palette(colours)
    codes, counts = np.unique(grid, return_counts=True)
    missing = [int(code) for code in codes if int(code) not in palette]
    if missing:
        raise ValueError(f"no colour for the codes {missing} in colours")
    return [
        LegendEntry(int(code), palette[int(code)][0], palette[int(code)][1], int(count))
        for code, count in zip(codes, counts, strict=True)
    ]


def _rgb_image(grid: np.ndarray, palette: dict[int, tuple[str, str]]) -> np.ndarray:
    table = np.zeros((max(max(palette), int(grid.max())) + 1, 3), dtype=np.uint8)
    for code, (_, colour) in palette.items():
        table[code] = hex_to_srgb(colour)
    return table[grid]


def _ticks(start: int, stop: int, block: int) -> list[int]:
    """Weaver's numbers (1-based) to label in a window: the first, then every multiple of ``block``."""
    numbers = {start + 1} | set(range((start // block + 1) * block, stop + 1, block))
    return sorted(n for n in numbers if start < n <= stop)


def draw_grid(
    ax,
    grid,
    colours,
    *,
    raj_w: float = 1.0,
    raj_h: float | None = None,
    rows=None,
    columns=None,
    numbers: bool = False,
    knot_lines: bool | None = None,
    block_knots: int = 10,
    knot_line_width: float = 0.3,
    block_line_width: float = 1.2,
    legend: bool = True,
    title: str | None = None,
) -> list[LegendEntry]:
    """
    Draw a grid (or a window of it) on ``ax`` to scale, as on chart paper.

    Parameters
    ----------
    ax : matplotlib.axes.Axes
        Where to draw.
    grid : array_like of int
        The codes, row 0 = bottom.
    colours : YarnLegend or mapping
        Colour of each code (see the module notes).
    raj_w, raj_h : float
        Raj across and along; only their ratio matters (cell height / width = ``raj_w / raj_h``).
        ``raj_h`` defaults to ``raj_w`` (square cells).
    rows, columns : (int, int), optional
        The window to draw, as 0-based ``(start, stop)`` indices (stop excluded); default all.
    numbers : bool
        Write each cell's code in it (windows of up to 4,000 cells).
    knot_lines : bool, optional
        Thin lines between knots; default only when the window is at most 150 cells each way.
    block_knots : int
        Heavy lines every this many knots and rows (10: the khaneh).
    knot_line_width, block_line_width : float
        Line widths in points.
    legend : bool
        Show the legend (code, name, knots in the window) to the right of the grid.
    title : str, optional
        A title above the grid.

    Returns
    -------
    list of LegendEntry
        The window's legend entries.

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> ax = Figure().add_subplot()
    >>> entries = draw_grid(ax, [[0, 1], [1, 0]], {0: "#ffffff", 1: "#000000"}, raj_w=50, raj_h=60)
    >>> [(e.code, e.knots) for e in entries], round(ax.get_aspect(), 4)
    ([(0, 2), (1, 2)], 0.8333)
    """
    grid = as_grid(grid)
    for label, value in (("raj_w", raj_w), ("raj_h", raj_w if raj_h is None else raj_h)):
        if isinstance(value, bool) or not np.isfinite(value) or value <= 0:
            raise ValueError(f"{label} must be a positive number, got {value!r}")
    raj_h = raj_w if raj_h is None else raj_h
    if isinstance(block_knots, bool) or int(block_knots) != block_knots or block_knots < 1:
        raise ValueError(f"block_knots must be a whole number of at least 1, got {block_knots!r}")
    block_knots = int(block_knots)
    r0, r1 = _window("rows", rows, grid.shape[0])
    c0, c1 = _window("columns", columns, grid.shape[1])
    window = grid[r0:r1, c0:c1]
    palette = _palette(colours)
    entries = legend_entries(window, colours)
    image = _rgb_image(window, palette)
    ax.imshow(image, origin="lower", extent=(c0, c1, r0, r1), interpolation="nearest", aspect=raj_w / raj_h)
    height, width = window.shape
    if knot_lines is None:
        knot_lines = max(height, width) <= MOST_KNOT_LINES
    thin, heavy = [], []
    for x in range(c0, c1 + 1):
        (heavy if x % block_knots == 0 or x in (c0, c1) else thin).append([(x, r0), (x, r1)])
    for y in range(r0, r1 + 1):
        (heavy if y % block_knots == 0 or y in (r0, r1) else thin).append([(c0, y), (c1, y)])
    if knot_lines:
        ax.add_collection(LineCollection(thin, colors="#555555", linewidths=knot_line_width))
    ax.add_collection(LineCollection(heavy, colors="#111111", linewidths=block_line_width))
    if numbers:
        if window.size > MOST_NUMBERS:
            raise ValueError(
                f"numbers can be written in at most {MOST_NUMBERS} cells; this window has {window.size}: "
                "draw a smaller window (rows=..., columns=...)"
            )
        dark = srgb_to_lab(image)[..., 0] < 50
        size = max(3.0, min(9.0, 400 / max(height, width)))
        for (r, c), code in np.ndenumerate(window):
            ax.text(
                c0 + c + 0.5,
                r0 + r + 0.5,
                str(code),
                ha="center",
                va="center",
                fontsize=size,
                color="white" if dark[r, c] else "black",
            )
    row_ticks = _ticks(r0, r1, block_knots)
    column_ticks = _ticks(c0, c1, block_knots)
    ax.set_yticks([n - 0.5 for n in row_ticks], [str(n) for n in row_ticks])
    ax.set_xticks([n - 0.5 for n in column_ticks], [str(n) for n in column_ticks])
    ax.tick_params(labelsize=7, length=2)
    ax.set_xlim(c0, c1)
    ax.set_ylim(r0, r1)
    if title:
        ax.set_title(title, fontsize=9)
    if legend:
        handles = [
            Patch(facecolor=e.colour, edgecolor="#333333", label=f"{e.code}  {e.name} — {e.knots:,} knots")
            for e in entries
        ]
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.02, 1.0), fontsize=7, frameon=False)
    return entries


def grid_figure(grid, colours, *, width_inches: float = 6.0, **options) -> Figure:
    """
    A new figure (``matplotlib.figure.Figure``, not pyplot) with the grid drawn by :func:`draw_grid`.

    The figure's height follows the window's proportions (knots across / raj_w against rows /
    raj_h), between 1.5 and 12 inches; the legend adds room on the right.

    Parameters
    ----------
    grid, colours
        As for :func:`draw_grid`.
    width_inches : float
        Width of the grid part of the figure.
    **options
        Passed to :func:`draw_grid` (``raj_w``, ``rows``, ``numbers`` …).

    Examples
    --------
    >>> figure = grid_figure([[0, 1]], {0: "#ffffff", 1: "#000000"}, legend=False)
    >>> len(figure.axes)
    1
    """
    grid = as_grid(grid)
    raj_w = options.get("raj_w", 1.0)
    raj_h = options.get("raj_h") or raj_w
    r0, r1 = _window("rows", options.get("rows"), grid.shape[0])
    c0, c1 = _window("columns", options.get("columns"), grid.shape[1])
    proportion = ((r1 - r0) / raj_h) / ((c1 - c0) / raj_w)
    height = float(np.clip(width_inches * proportion, 1.5, 12.0))
    extra = 2.6 if options.get("legend", True) else 0.0
    figure = Figure(figsize=(width_inches + extra, height + 0.6))
    draw_grid(figure.add_subplot(), grid, colours, **options)
    return figure


def figure_to_png(figure: Figure, dpi: int = 100) -> bytes:
    """
    A figure as PNG bytes (tight bounding box).

    Examples
    --------
    >>> figure_to_png(Figure(figsize=(1, 1)))[:4]
    b'\\x89PNG'
    """
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight")
    return buffer.getvalue()


def grid_png(grid, colours, *, dpi: int = 100, **options) -> bytes:
    """The grid drawn by :func:`grid_figure`, as PNG bytes (for an ``ipywidgets.Image``)."""
    return figure_to_png(grid_figure(grid, colours, **options), dpi=dpi)


def grid_image(grid, colours, *, dpi: int = 100, **options) -> Image.Image:
    """
    The grid drawn by :func:`grid_figure`, as a Pillow RGBA image.

    Examples
    --------
    >>> grid_image([[0, 1]], {0: "#ffffff", 1: "#000000"}, legend=False).mode
    'RGBA'
    """
    image = Image.open(io.BytesIO(grid_png(grid, colours, dpi=dpi, **options)))
    image.load()
    return image
