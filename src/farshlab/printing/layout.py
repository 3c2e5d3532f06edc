"""
Where things go on paper: paper sizes, the chart page's cell size and bands, and which knots each chart
page holds.

All lengths are in **millimetres** from the top-left corner of the sheet (portrait), as the PDF
writer (:mod:`farshlab.printing.sheet`) takes them. A chart page shows whole 10 × 10 blocks (khaneh)
of square cells, as on chart paper; the pages across and up are sized evenly, so a 250-knot chart on
A4 prints as 5 strips of 50 knots, not 8 of 30 and one of 10.

Constants
---------
PAPER_MM
    Portrait paper sizes: A4, A3, A2 (ISO 216), width × height in mm.
CELL_MM
    The side of one knot's cell on a chart page (3.5 mm: a 3-digit code stays readable at 5 pt).

Classes
-------
ChartLayout
    The geometry of the chart pages for one chart on one paper size.

Functions
---------
page_windows
    The ``((row_start, row_stop), (column_start, column_stop))`` of every chart page, in printing order.

References
----------
ISO 216 paper sizes; chart paper in khaneh of 10 × 10 cells: wikicarpet.com «كاغذ نقشه»
(sources.md: wikicarpet-naqsheh, coding-tools).

Examples
--------
>>> layout = ChartLayout.for_paper("A4")
>>> layout.columns_per_page, layout.rows_per_page
(50, 70)
>>> page_windows(250, 293, layout)[:2]
[((0, 60), (0, 50)), ((0, 60), (50, 100))]
>>> len(page_windows(250, 293, layout))
25
"""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = ["CELL_MM", "MARGIN_MM", "PAPER_MM", "ChartLayout", "page_windows"]

PAPER_MM = {"A4": (210.0, 297.0), "A3": (297.0, 420.0), "A2": (420.0, 594.0)}
"""Portrait paper sizes, width × height in mm (ISO 216)."""

CELL_MM = 3.5
"""Side of a knot's cell on a chart page, mm."""

MARGIN_MM = 10.0
"""White border on every side of a page, mm (inside what office printers can print)."""

BLOCK = 10
"""Knots in a khaneh side: heavy lines every 10 knots."""

HEADING_MM = 14.0
"""Band at the top of a chart page for the heading and the page map, mm."""

NUMBER_BAND_MM = 4.0
"""Band above and below the grid for the column numbers, mm."""

ROW_NUMBER_MM = 6.0
"""Band left and right of the grid for the row numbers, mm."""


def _paper(paper: str) -> tuple[float, float]:
    if paper not in PAPER_MM:
        raise ValueError(f"paper must be one of {', '.join(PAPER_MM)}, got {paper!r}")
    return PAPER_MM[paper]


@dataclass(frozen=True)
class ChartLayout:
    """
    The geometry of chart pages on one paper size (mm, from the sheet's top-left corner).

    Attributes
    ----------
    paper : str
        ``"A4"``, ``"A3"`` or ``"A2"``.
    width_mm, height_mm : float
        The sheet, portrait.
    cell_mm : float
        Side of one knot's cell.
    columns_per_page, rows_per_page : int
        Most knots across and rows one page holds: whole blocks of 10.
    grid_left_mm, grid_top_mm : float
        Top-left corner of the grid area (a page with fewer knots is drawn from here).
    """

    paper: str
    width_mm: float
    height_mm: float
    cell_mm: float
    columns_per_page: int
    rows_per_page: int
    grid_left_mm: float
    grid_top_mm: float

    @classmethod
    def for_paper(cls, paper: str = "A4", cell_mm: float = CELL_MM) -> ChartLayout:
        """
        The layout of ``paper`` with cells of ``cell_mm`` (2.5–8 mm).

        Raises
        ------
        ValueError
            Unknown paper, or a cell size outside 2.5–8 mm.
        """
        width, height = _paper(paper)
        if isinstance(cell_mm, bool) or not isinstance(cell_mm, int | float) or not 2.5 <= cell_mm <= 8:
            raise ValueError(f"cell_mm must be a number from 2.5 to 8 (mm), got {cell_mm!r}")
        usable_w = width - 2 * MARGIN_MM - 2 * ROW_NUMBER_MM
        usable_h = height - 2 * MARGIN_MM - HEADING_MM - 2 * NUMBER_BAND_MM
        across = BLOCK * int(usable_w // (BLOCK * cell_mm))
        up = BLOCK * int(usable_h // (BLOCK * cell_mm))
        return cls(
            paper=paper,
            width_mm=width,
            height_mm=height,
            cell_mm=float(cell_mm),
            columns_per_page=across,
            rows_per_page=up,
            grid_left_mm=MARGIN_MM + ROW_NUMBER_MM,
            grid_top_mm=MARGIN_MM + HEADING_MM + NUMBER_BAND_MM,
        )


def _even_blocks(knots: int, most: int) -> list[tuple[int, int]]:
    """Split ``knots`` into pages of whole blocks, at most ``most`` knots each, as even as blocks allow."""
    blocks = math.ceil(knots / BLOCK)
    pages = math.ceil(blocks / (most // BLOCK))
    per_page = math.ceil(blocks / pages)
    return [(start * BLOCK, min((start + per_page) * BLOCK, knots)) for start in range(0, blocks, per_page)]


def page_windows(knots_across: int, rows: int, layout: ChartLayout, columns_from: str = "left") -> list:
    """
    The knots of every chart page: ``((row_start, row_stop), (column_start, column_stop))``.

    Indices are 0-based array positions (row 0 = the bottom row, column 0 = the left edge), stops
    excluded. Pages hold whole blocks counted from the bottom and from column 1's edge, and run along
    the bottom strip first (starting at column 1), then up: the weaver's order.

    Parameters
    ----------
    knots_across, rows : int
        The chart's size in knots.
    layout : ChartLayout
        The paper's geometry.
    columns_from : {"left", "right"}
        Which edge is column 1 (page 1 starts there, and blocks are counted from there).

    Examples
    --------
    >>> layout = ChartLayout.for_paper("A4")
    >>> page_windows(65, 95, layout, columns_from="right")
    [((0, 50), (25, 65)), ((0, 50), (0, 25)), ((50, 95), (25, 65)), ((50, 95), (0, 25))]
    """
    for name, value in (("knots_across", knots_across), ("rows", rows)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValueError(f"{name} must be a whole number of knots ≥ 1, got {value!r}")
    if columns_from not in ("left", "right"):
        raise ValueError(f"columns_from must be 'right' or 'left', got {columns_from!r}")
    bands = _even_blocks(rows, layout.rows_per_page)
    strips = _even_blocks(knots_across, layout.columns_per_page)
    if columns_from == "right":  # blocks counted from the right edge; column 1's strip first
        strips = [(knots_across - stop, knots_across - start) for start, stop in strips]
    return [(band, strip) for band in bands for strip in strips]
