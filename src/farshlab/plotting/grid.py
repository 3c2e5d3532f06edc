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
grid_raster, grid_raster_png
    The grid painted straight into pixels (no matplotlib): a few milliseconds, for live views.
rgb_png
    An RGB(A) pixel array or Pillow image as PNG bytes, with fast compression.

References
----------
Chart paper and khaneh: wikicarpet.com «كاغذ نقشه» (sources.md: wikicarpet-naqsheh); rows numbered
from the bottom (sources.md: workshop-practice).

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
from functools import cache

import numpy as np
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from PIL import Image, ImageDraw, ImageFont

from farshlab.colour import YarnLegend, hex_to_srgb, srgb_to_hex, srgb_to_lab
from farshlab.design import as_grid
from farshlab.locale import localise_digits
from farshlab.plotting.fonts import font_bytes

__all__ = [
    "LegendEntry",
    "legend_entries",
    "draw_grid",
    "grid_figure",
    "figure_to_png",
    "grid_png",
    "grid_image",
    "GridRaster",
    "grid_raster",
    "grid_raster_png",
    "rgb_png",
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


FAST_PNG_LEVEL = 1
"""zlib level of :func:`rgb_png`: 1 encodes several times faster than the default 6, a little larger."""

RASTER_MAX_PX = 640
"""Default longest side of a :func:`grid_raster` picture's grid, in pixels."""

RASTER_MAX_CELL_PX = 28
"""Largest knot cell :func:`grid_raster` chooses by itself, in pixels."""

RASTER_NUMBER_PX = 11
"""Font size of a raster's row and column numbers, in pixels."""

KNOT_LINE_RGB = np.array([0x55, 0x55, 0x55], dtype=float)
BLOCK_LINE_RGB = np.array([0x11, 0x11, 0x11], dtype=np.uint8)
NUMBER_RGB = (0x33, 0x33, 0x33)


def rgb_png(pixels, *, compress_level: int = FAST_PNG_LEVEL) -> bytes:
    """
    Pixels as PNG bytes, encoded by Pillow (fast: zlib level 1 by default).

    Parameters
    ----------
    pixels : array_like of uint8, shape (height, width, 3 or 4), or PIL.Image.Image
        The picture, top row first; an alpha channel (4th) is dropped.
    compress_level : int
        zlib level 0–9 (0: none, 9: smallest and slowest).

    Returns
    -------
    bytes

    Examples
    --------
    >>> import numpy as np
    >>> png = rgb_png(np.zeros((2, 3, 4), dtype=np.uint8))
    >>> png[:4], Image.open(io.BytesIO(png)).size
    (b'\\x89PNG', (3, 2))
    """
    image = pixels if isinstance(pixels, Image.Image) else Image.fromarray(np.asarray(pixels)[..., :3])
    if image.mode != "RGB":
        image = image.convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, format="png", compress_level=compress_level)
    return buffer.getvalue()


@dataclass(frozen=True)
class GridRaster:
    """
    A knot grid painted into pixels by :func:`grid_raster`, and where each knot lies in it.

    Attributes
    ----------
    image : PIL.Image.Image
        The picture (RGB): the grid with its lines, row numbers on the left and column numbers below.
    cell_px : int
        Pixels from one knot line to the next (one knot, square).
    left, top : int
        Pixel column and row of the grid's left and top edge lines.
    shape : (int, int)
        Rows and columns of the grid.
    """

    image: Image.Image
    cell_px: int
    left: int
    top: int
    shape: tuple[int, int]

    def knot_centre(self, row: int, column: int) -> tuple[int, int]:
        """
        The pixel ``(x, y)`` in the middle of knot ``(row, column)`` (row 0 = bottom), as Pillow counts.

        Examples
        --------
        >>> raster = grid_raster([[0, 1]], {0: "#ffffff", 1: "#000000"}, cell_px=10)
        >>> raster.image.getpixel(raster.knot_centre(0, 1))
        (0, 0, 0)
        """
        rows, columns = self.shape
        if not (0 <= row < rows and 0 <= column < columns):
            raise ValueError(f"knot ({row}, {column}) is outside the {rows} × {columns} grid")
        half = self.cell_px // 2
        return self.left + column * self.cell_px + half, self.top + (rows - 1 - row) * self.cell_px + half

    def png(self, *, compress_level: int = FAST_PNG_LEVEL) -> bytes:
        """The picture as PNG bytes (see :func:`rgb_png`)."""
        return rgb_png(self.image, compress_level=compress_level)


def _number_font(latin: bool = True) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    """Pillow's own font for Latin digits; the bundled Vazirmatn for digits of another script."""
    return ImageFont.load_default(size=RASTER_NUMBER_PX) if latin else _vazirmatn_numbers()


@cache
def _vazirmatn_numbers() -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(io.BytesIO(font_bytes()), RASTER_NUMBER_PX)


def _spaced(numbers: list[int], position, extent, gap: float) -> list[int]:
    """Keep numbers (in order) whose labels stay ``gap`` pixels clear of the last one kept."""
    kept, last_end = [], -np.inf
    for n in numbers:
        start = position(n) - extent(n) / 2
        if start >= last_end + gap:
            kept.append(n)
            last_end = start + extent(n)
    return kept


def grid_raster(
    grid,
    colours,
    *,
    cell_px: int | None = None,
    max_px: int = RASTER_MAX_PX,
    block_knots: int = 10,
    knot_lines: bool | None = None,
    axis_numbers: bool = True,
    lang: str | None = None,
) -> GridRaster:
    """
    Paint a grid into pixels, as on chart paper, with numpy and Pillow (no matplotlib).

    Each knot is a square of ``cell_px`` pixels in its yarn's colour (the colours table indexed by
    the codes, then scaled up by whole-pixel repetition), with a thin line between knots, a heavy
    line every ``block_knots`` knots and rows counted from the bottom-left corner (the khaneh) and
    round the edge, and the weaver's numbers (row 1 at the bottom, then every 10) on the left and
    below. It shows what :func:`grid_png` shows apart from the legend, in a few milliseconds,
    for views redrawn at every change.

    Parameters
    ----------
    grid : array_like of int
        The codes, row 0 = bottom.
    colours : YarnLegend or mapping
        Colour of each code (see the module notes).
    cell_px : int, optional
        Pixels per knot (one knot line included), at least 1; default the largest (up to 28) that
        keeps the grid's longest side within ``max_px``, and at least 1.
    max_px : int
        Longest side of the grid in pixels when ``cell_px`` is chosen for you.
    block_knots : int
        Heavy lines every this many knots and rows (10: the khaneh).
    knot_lines : bool, optional
        Thin lines between knots; default when a knot is at least 5 pixels.
    axis_numbers : bool
        Write row numbers on the left and column numbers below.
    lang : str, optional
        Language whose digits write those numbers (default: the session's); Persian digits are
        drawn in the bundled Vazirmatn.

    Returns
    -------
    GridRaster
        The picture and where each knot is in it.

    Raises
    ------
    ValueError
        If a code has no colour, or ``cell_px`` / ``block_knots`` is not a whole number ≥ 1.

    Notes
    -----
    Heavy lines are 3 pixels wide when a knot is at least 8 pixels, else 1; with ``cell_px`` 1
    there is no room for lines, and only the knots are painted.

    Examples
    --------
    >>> raster = grid_raster(np.zeros((12, 25), dtype=int), {0: "#efe3c8"}, cell_px=6)
    >>> raster.shape, raster.cell_px, raster.image.getpixel(raster.knot_centre(11, 24))
    ((12, 25), 6, (239, 227, 200))
    >>> raster.image.getpixel((raster.left + 10 * 6, raster.top + 30))  # the 10-knot line
    (17, 17, 17)
    """
    grid = as_grid(grid)
    legend_entries(grid, colours)  # raises for a code without a colour
    for label, value in (("block_knots", block_knots), ("cell_px", 1 if cell_px is None else cell_px)):
        if isinstance(value, bool) or int(value) != value or value < 1:
            raise ValueError(f"{label} must be a whole number of at least 1, got {value!r}")
    rows, columns = grid.shape
    if cell_px is None:
        cell_px = int(np.clip(max_px // max(rows, columns), 1, RASTER_MAX_CELL_PX))
    cell_px, block_knots = int(cell_px), int(block_knots)
    if knot_lines is None:
        knot_lines = cell_px >= 5
    lines = cell_px >= 2
    half = 1 if cell_px >= 8 else 0  # heavy lines reach this many pixels either side of the knot line
    pad = half if lines else 0

    rgb = _rgb_image(grid, _palette(colours))[::-1]  # top row first, as pixels go
    height, width = rows * cell_px + (1 if lines else 0), columns * cell_px + (1 if lines else 0)
    pixels = np.empty((height + 2 * pad, width + 2 * pad, 3), dtype=np.uint8)
    pixels[...] = BLOCK_LINE_RGB
    field = pixels[pad : pad + height, pad : pad + width]
    field[: rows * cell_px, : columns * cell_px] = np.repeat(np.repeat(rgb, cell_px, axis=0), cell_px, axis=1)
    if lines:
        if knot_lines:
            for axis in (0, 1):
                index = [slice(None)] * 2
                index[axis] = slice(0, None, cell_px)
                seam = field[tuple(index)]
                field[tuple(index)] = (0.45 * seam + 0.55 * KNOT_LINE_RGB).astype(np.uint8)
        # heavy lines at multiples of block_knots counted from the left and from the bottom, and the edges
        xs = sorted({*range(0, columns + 1, block_knots), columns})
        ys = sorted({*range(0, rows + 1, block_knots), rows})
        for x in xs:
            pixels[:, x * cell_px : x * cell_px + 2 * half + 1] = BLOCK_LINE_RGB
        for y in ys:
            top = (rows - y) * cell_px
            pixels[top : top + 2 * half + 1, :] = BLOCK_LINE_RGB

    if not axis_numbers:
        return GridRaster(Image.fromarray(pixels), cell_px, pad, pad, (rows, columns))

    def written(n: int) -> str:
        return localise_digits(n, lang)

    font = _number_font(latin=written(0) == "0")
    measure = ImageDraw.Draw(Image.new("RGB", (1, 1)))

    def text_width(n: int) -> float:
        return measure.textlength(written(n), font=font)

    gap = 3
    left = int(np.ceil(text_width(rows))) + 2 * gap  # room for the widest row number
    below = RASTER_NUMBER_PX + 2 * gap
    right = int(np.ceil(text_width(columns) / 2)) + gap  # room for the last column's number
    above = RASTER_NUMBER_PX // 2 + gap  # room for the top row's number
    size = (left + pixels.shape[1] + right, above + pixels.shape[0] + below)
    canvas = Image.new("RGB", size, "white")
    canvas.paste(Image.fromarray(pixels), (left, above))
    draw = ImageDraw.Draw(canvas)
    x0, y0 = left + pad, above + pad

    def column_x(n: int) -> float:  # the middle of the weaver's knot n (1-based) across
        return x0 + (n - 0.5) * cell_px

    def row_y(n: int) -> float:  # the middle of the weaver's row n (1-based, from the bottom)
        return y0 + (rows - n + 0.5) * cell_px

    for n in _spaced(_ticks(0, columns, block_knots), column_x, text_width, gap):
        draw.text((column_x(n), y0 + height + pad + gap), written(n), fill=NUMBER_RGB, font=font, anchor="mt")
    row_numbers = _ticks(0, rows, block_knots)[::-1]  # top to bottom, as the labels go down the page
    for n in _spaced(row_numbers, row_y, lambda n: RASTER_NUMBER_PX, 1):
        draw.text((left - gap, row_y(n)), written(n), fill=NUMBER_RGB, font=font, anchor="rm")
    return GridRaster(canvas, cell_px, x0, y0, (rows, columns))


def grid_raster_png(grid, colours, *, compress_level: int = FAST_PNG_LEVEL, **options) -> bytes:
    """
    The grid painted by :func:`grid_raster`, as PNG bytes (for an ``ipywidgets.Image``).

    Examples
    --------
    >>> png = grid_raster_png([[0, 1]], {0: "#ffffff", 1: "#000000"}, cell_px=10)
    >>> png[:4], Image.open(io.BytesIO(png)).size[1] > 10
    (b'\\x89PNG', True)
    """
    return grid_raster(grid, colours, **options).png(compress_level=compress_level)
