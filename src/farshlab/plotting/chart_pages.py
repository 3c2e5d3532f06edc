"""
Printable pages of a coded chart: cover, legend table, numbered chart pages with a page map, text pages.

Each function draws one page on a ``matplotlib.figure.Figure`` made directly (never pyplot), sized to
A4 or A3 paper, for :mod:`farshlab.chart.pdf` to collect into a PDF. Pages are meant to be read
when printed in **black and white**: chart cells are light tints of their yarn colours (blended
75 % towards white) with the code number in black, block lines are heavy black, and the page map
marks the current page in solid grey. The cells themselves are drawn by
:func:`farshlab.plotting.grid.draw_grid` (knot lines, heavy 10-knot lines, numbers in cells).

Chart pages show whole 10 × 10 blocks (khaneh), square cells as on chart paper, every row numbered
on both sides (row 1 = the bottom row) and every column numbered above and below, from the right
or the left edge.

Text is written in matplotlib's own fonts (DejaVu, embedded: any script) or, much faster, in the
PDF's built-in Helvetica and Courier when every text of a page is Western-European
(:data:`CORE_FONTS`, chosen by :mod:`farshlab.chart.pdf`; Persian headings keep DejaVu).

Attributes
----------
PAPER_INCHES
    Portrait paper sizes in inches: ``{"A4": (8.27, 11.69), "A3": (11.69, 16.54)}``.
BLOCKS_PER_PAGE
    10-knot blocks across and up on one chart page, per paper size.

Functions
---------
chart_page_windows
    The (rows, columns) windows of the chart pages, bottom-left first.
tint
    Yarn colours blended towards white for printing.
cover_page, legend_pages, chart_page, text_pages
    Draw the pages.

References
----------
Chart paper in khaneh of 10 × 10 cells: wikicarpet.com «كاغذ نقشه» (DOMAIN notes §1–2).

Examples
--------
>>> chart_page_windows(95, 45, "A4")[:2]
[((0, 40), (0, 30)), ((0, 40), (30, 60))]
>>> len(chart_page_windows(95, 45, "A4"))
8
"""

from __future__ import annotations

import textwrap

import numpy as np
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from farshlab.colour import YarnLegend, srgb_to_hex
from farshlab.plotting.grid import draw_grid

__all__ = [
    "BLOCKS_PER_PAGE",
    "CORE_FONTS",
    "MONOSPACE_ADVANCE",
    "PAPER_INCHES",
    "chart_page",
    "chart_page_windows",
    "cover_page",
    "legend_pages",
    "text_pages",
    "tint",
]

PAPER_INCHES = {"A4": (8.27, 11.69), "A3": (11.69, 16.54)}
BLOCKS_PER_PAGE = {"A4": (3, 4), "A3": (5, 6)}
TINT_TO_WHITE = 0.75
MONOSPACE_ADVANCE = {False: 1233 / 2048, True: 0.6}
"""Advance width of one character, in em: DejaVu Sans Mono (matplotlib's monospace), Courier (core fonts)."""

CORE_FONTS = {
    "pdf.use14corefonts": True,
    "font.family": "sans-serif",
    "font.sans-serif": ["Helvetica"],
    "font.monospace": ["Courier"],
}
"""matplotlib settings that write a page with the PDF's built-in fonts (Helvetica, Courier): no font
is embedded and text is written 20 times faster, but only for Western-European (cp1252) text."""
LEGEND_LINES = {"A4": 36, "A3": 52}
TEXT_LINES = {"A4": 70, "A3": 100}
TEXT_WIDTH = {"A4": 92, "A3": 130}


def _paper(paper: str) -> tuple[float, float]:
    if paper not in PAPER_INCHES:
        raise ValueError(f"paper must be one of {sorted(PAPER_INCHES)}, got {paper!r}")
    return PAPER_INCHES[paper]


def chart_page_windows(knots_across: int, rows: int, paper: str = "A4") -> list:
    """
    The windows ``((row_start, row_stop), (column_start, column_stop))`` of the chart pages.

    Pages cover whole 10-knot blocks (the last ones may be cut by the chart's edge) and run along the
    bottom strip first, then up: the weaver's order.
    """
    _paper(paper)
    across, up = (10 * n for n in BLOCKS_PER_PAGE[paper])
    return [
        ((r, min(r + up, rows)), (c, min(c + across, knots_across)))
        for r in range(0, rows, up)
        for c in range(0, knots_across, across)
    ]


def tint(legend: YarnLegend) -> dict[int, str]:
    """
    ``{code: '#rrggbb'}``: each yarn's colour blended 75 % towards white (black numbers stay readable).

    Examples
    --------
    >>> from farshlab.colour import Yarn, YarnLegend
    >>> tint(YarnLegend([Yarn(1, "Black", "#000000")]))
    {1: '#bfbfbf'}
    """
    light = legend.srgb + (255 - legend.srgb.astype(float)) * TINT_TO_WHITE
    hexes = np.atleast_1d(srgb_to_hex(np.round(light).astype(np.uint8)))
    return {int(code): str(text) for code, text in zip(legend.codes, hexes, strict=True)}


def _picture(codes: np.ndarray, legend: YarnLegend) -> np.ndarray:
    lookup = np.zeros((max(int(codes.max()), int(legend.codes.max())) + 1, 3), dtype=np.uint8)
    lookup[legend.codes] = legend.srgb
    return lookup[codes]


def cover_page(codes, legend: YarnLegend, lines: list[str], title: str, paper: str = "A4") -> Figure:
    """The cover: title, a preview of the chart in its yarn colours (row 1 at the bottom), and facts."""
    width, height = _paper(paper)
    figure = Figure(figsize=(width, height))
    figure.text(0.5, 0.95, title, ha="center", va="top", fontsize=18, weight="bold")
    codes = np.asarray(codes)
    ax = figure.add_axes((0.12, 0.3, 0.76, 0.6))
    ax.imshow(_picture(codes, legend), origin="lower", interpolation="nearest")
    ax.set_xticks([])
    ax.set_yticks([])
    figure.text(0.12, 0.26, "\n".join(lines), ha="left", va="top", fontsize=10, linespacing=1.6)
    return figure


def legend_pages(rows: list[tuple], headings: tuple[str, ...], title: str, paper: str = "A4") -> list[Figure]:
    """
    Legend table pages: a swatch, then one column per heading (code, name, colour, knots, grams …).

    ``rows`` are ``(hex_colour, value, value, …)`` tuples, one per yarn.
    """
    width, height = _paper(paper)
    per_page = LEGEND_LINES[paper]
    pages = []
    for start in range(0, len(rows), per_page):
        figure = Figure(figsize=(width, height))
        ax = figure.add_axes((0.06, 0.05, 0.88, 0.88))
        ax.set_xlim(0, 1)
        ax.set_ylim(per_page + 1, -1)
        ax.axis("off")
        figure.text(0.5, 0.96, title, ha="center", va="top", fontsize=13, weight="bold")
        stops = np.linspace(0.1, 1.0, len(headings) + 1)[:-1]
        for x, heading in zip(stops, headings, strict=True):
            ax.text(x, 0, heading, fontsize=9, weight="bold", va="center")
        ax.plot([0, 1], [0.6, 0.6], color="black", linewidth=0.8)
        for line, (colour, *values) in enumerate(rows[start : start + per_page], start=1):
            ax.add_patch(
                Rectangle((0.0, line - 0.4), 0.07, 0.8, facecolor=colour, edgecolor="black", linewidth=0.6)
            )
            for x, value in zip(stops, values, strict=True):
                ax.text(x, line, str(value), fontsize=9, va="center")
        pages.append(figure)
    return pages


def _page_map(ax, windows: list, current: int, knots_across: int, rows: int) -> None:
    """A small map of all chart pages with the current one filled grey (bottom row of pages at the bottom)."""
    (r0, r1), (c0, c1) = windows[current]
    ax.add_patch(Rectangle((c0, r0), c1 - c0, r1 - r0, facecolor="#7f7f7f", edgecolor="none"))
    columns = sorted({window[1][0] for window in windows} | {knots_across})
    bands = sorted({window[0][0] for window in windows} | {rows})
    lines = [[(x, 0), (x, rows)] for x in columns] + [[(0, y), (knots_across, y)] for y in bands]
    ax.add_collection(LineCollection(lines, colors="black", linewidths=0.4))
    ax.set_xlim(0, knots_across)
    ax.set_ylim(0, rows)
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])


def _field(codes: np.ndarray, knots_across: int, rows: int) -> int:
    """Characters per cell: the widest code or column number, plus one space."""
    return max(len(str(int(codes.max()))), len(str(knots_across)), len(str(rows))) + 1


def chart_page(
    codes,
    legend: YarnLegend,
    window: tuple,
    *,
    windows: list,
    heading: str,
    columns_from: str = "right",
    paper: str = "A4",
    core_fonts: bool = False,
) -> Figure:
    """
    One chart page: the window's cells with code numbers, heavy 10-knot lines, numbered rows and columns,
    a heading and the page map.

    Numbers are written one text line per row in a monospaced font sized so that each cell holds
    exactly one field of characters (the widest code or column number plus a space): a page
    costs a few dozen text objects instead of one per cell, which keeps a 178,500-knot chart quick
    to print. Row numbers stand at both ends of each row line, column numbers above and below.
    """
    width, height = _paper(paper)
    codes = np.asarray(codes)
    total_rows, knots_across = codes.shape
    (r0, r1), (c0, c1) = window
    across, up = (10 * n for n in BLOCKS_PER_PAGE[paper])
    figure = Figure(figsize=(width, height))
    grid_width = 0.8
    cell = grid_width * width / across  # inches per cell, square cells as on chart paper
    grid_height = cell * up / height
    left, bottom = 0.1, 0.05
    ax = figure.add_axes((left, bottom, grid_width * (c1 - c0) / across, grid_height * (r1 - r0) / up))
    draw_grid(ax, codes, tint(legend), rows=(r0, r1), columns=(c0, c1), numbers=False, legend=False)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_aspect("auto")
    field = _field(codes, knots_across, total_rows)
    advance = MONOSPACE_ADVANCE[bool(core_fonts)]  # set core_fonts when the page is saved with CORE_FONTS
    font = {"family": "monospace", "fontsize": cell * 72 / (field * advance), "clip_on": False}
    for r in range(r0, r1):
        cells = "".join(str(int(code)).center(field) for code in codes[r, c0:c1])
        line = f"{r + 1:>{field - 1}} " + cells + f" {r + 1:<{field - 1}}"
        ax.text(c0 - 1, r + 0.5, line, ha="left", va="center", **font)
    numbers = [c + 1 if columns_from == "left" else knots_across - c for c in range(c0, c1)]
    header = "".join(str(n).center(field) for n in numbers)
    ax.text(c0, r1 + 0.6, header, ha="left", va="center", **font)
    ax.text(c0, r0 - 0.6, header, ha="left", va="center", **font)
    figure.text(0.1, 0.975, heading, ha="left", va="top", fontsize=10, weight="bold")
    map_height = 0.07
    map_width = min(0.3, map_height * height / width * knots_across / total_rows)
    _page_map(
        figure.add_axes((0.9 - map_width, 0.975 - map_height, map_width, map_height)),
        windows,
        windows.index(window),
        knots_across,
        total_rows,
    )
    return figure


def text_pages(lines: list[str], title: str, paper: str = "A4") -> list[Figure]:
    """Pages of monospaced text lines (layer lists …), long lines wrapped with an indent."""
    width, height = _paper(paper)
    wrapped = []
    for line in lines:
        wrapped.extend(textwrap.wrap(line, TEXT_WIDTH[paper], subsequent_indent="        ") or [""])
    per_page = TEXT_LINES[paper]
    pages = []
    for start in range(0, max(len(wrapped), 1), per_page):
        figure = Figure(figsize=(width, height))
        figure.text(0.06, 0.97, title, ha="left", va="top", fontsize=11, weight="bold")
        figure.text(
            0.06,
            0.94,
            "\n".join(wrapped[start : start + per_page]),
            ha="left",
            va="top",
            family="monospace",
            fontsize=7.5 if paper == "A4" else 8,
            linespacing=1.25,
        )
        pages.append(figure)
    return pages
