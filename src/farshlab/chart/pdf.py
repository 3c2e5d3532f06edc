"""
The printable chart: one PDF (A4 or A3) with a cover, the legend, numbered chart pages and layer lists.

Pages, in order:

1. **cover** — title, a preview of the chart in its yarn colours, size, raj, knots, maghat, colours;
2. **legend** — for every code: swatch, code, yarn name, colour, knots and grams of yarn;
3. **chart pages** — whole 10 × 10 blocks (khaneh) with the code number in every cell, heavy block
   lines, every row and column numbered (rows from 1 at the bottom; columns from the right or the
   left edge) and a page map showing where the page lies; the bottom strip first (the weaver's
   order);
4. **layer lists** — ``Row 1: colour 53: columns 140–142, 148, 150–154`` lines, row 1 first
   (optional).

The pages are drawn by :mod:`farshlab.plotting.chart_pages` with matplotlib and collected with
``matplotlib.backends.backend_pdf.PdfPages``; they stay readable printed in black and white (light
tints, black numbers, heavy black block lines). A page whose text is all Western-European is written
with the PDF's built-in Helvetica and Courier (about 20 times faster to write than embedded fonts);
other pages (Persian headings, yarn names) embed matplotlib's DejaVu fonts. matplotlib does not shape
Arabic-script text, so Persian comes out with unjoined letters: print English headings until that is
solved. This is the one module of :mod:`farshlab.chart`
that draws; it is not imported by ``farshlab.chart`` itself.

Classes
-------
PdfReport
    Where the PDF went and how many pages of each kind it has.

Functions
---------
write_chart_pdf
    Write the PDF of a chart.

References
----------
Reading formats and khaneh: DOMAIN notes §1–2; matplotlib, *backend_pdf.PdfPages*.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import matplotlib as mpl
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.text import Text

from farshlab.carpet import maghat
from farshlab.chart.chartfile import Chart
from farshlab.chart.materials import YarnTable
from farshlab.chart.options import COLUMN_ORIGINS, DEFAULT_COLUMNS_FROM, DEFAULT_PAPER
from farshlab.chart.reading import layer_lists
from farshlab.locale import message
from farshlab.plotting.chart_pages import (
    CORE_FONTS,
    PAPER_INCHES,
    chart_page,
    chart_page_windows,
    cover_page,
    legend_pages,
    text_pages,
)

__all__ = ["PdfReport", "write_chart_pdf"]


def _western(*texts: str) -> bool:
    """True when every text can be written with the PDF's built-in fonts (cp1252)."""
    try:
        for text in texts:
            text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _save(pdf: PdfPages, figure) -> None:
    """Add a page, with the built-in fonts when all its text allows (much faster), else matplotlib's."""
    if not _western(*(artist.get_text() for artist in figure.findobj(Text))):
        pdf.savefig(figure)
        return
    fonts = logging.getLogger("matplotlib.font_manager")
    level = fonts.level
    fonts.setLevel(logging.ERROR)  # "Failed to find font weight normal for Courier, now using medium"
    try:
        with mpl.rc_context(CORE_FONTS):
            pdf.savefig(figure)
    finally:
        fonts.setLevel(level)


@dataclass(frozen=True)
class PdfReport:
    """
    The PDF written by :func:`write_chart_pdf`.

    Attributes
    ----------
    path : pathlib.Path
    pages : dict of str → int
        Pages of each kind: ``"cover"``, ``"legend"``, ``"chart"``, ``"layers"``.
    """

    path: Path
    pages: dict

    @property
    def total_pages(self) -> int:
        """All pages."""
        return sum(self.pages.values())


def write_chart_pdf(
    chart: Chart,
    path,
    yarn: YarnTable,
    *,
    paper: str = DEFAULT_PAPER,
    columns_from: str = DEFAULT_COLUMNS_FROM,
    layers: bool = True,
    progress: Callable[[float, str], None] | None = None,
) -> PdfReport:
    """
    Write the printable PDF of a chart.

    Parameters
    ----------
    chart : farshlab.chart.Chart
        The chart.
    path : str or pathlib.Path
        The PDF file to write.
    yarn : farshlab.chart.YarnTable
        Knots and grams per code (the legend pages show them).
    paper : {"A4", "A3"}
        Paper size, portrait.
    columns_from : {"right", "left"}
        Which edge is column 1.
    layers : bool
        Add the layer-list pages.
    progress : callable, optional
        Called as ``progress(fraction, "pdf")`` while the chart pages are drawn.

    Returns
    -------
    PdfReport

    Examples
    --------
    >>> import numpy as np, tempfile, pathlib
    >>> from farshlab.chart import Chart, yarn_table
    >>> from farshlab.colour import Yarn, YarnLegend
    >>> legend = YarnLegend([Yarn(1, "Cream", "#efe3c8"), Yarn(7, "Madder red", "#a8323a")])
    >>> chart = Chart(np.tile([1, 7], (45, 20)), legend, width_cm=5.6, height_cm=6.3, raj_w=50)
    >>> table = yarn_table(chart.codes, legend, nm=6, ply=2)
    >>> report = write_chart_pdf(chart, pathlib.Path(tempfile.mkdtemp()) / "c.pdf", table)
    >>> report.pages
    {'cover': 1, 'legend': 1, 'chart': 4, 'layers': 3}
    """
    if not isinstance(chart, Chart):
        raise ValueError(f"chart must be a Chart, got {type(chart).__name__}")
    if not isinstance(yarn, YarnTable):
        raise ValueError(f"yarn must be a YarnTable, got {type(yarn).__name__}")
    if paper not in PAPER_INCHES:
        raise ValueError(f"paper must be one of {sorted(PAPER_INCHES)}, got {paper!r}")
    if columns_from not in COLUMN_ORIGINS:
        raise ValueError(f"columns_from must be 'right' or 'left', got {columns_from!r}")
    report = progress or (lambda fraction, stage: None)
    path = Path(path)
    title = chart.title or message("chart.pdf.untitled")
    facts = [
        message("chart.pdf.size", width=f"{chart.width_cm:g}", height=f"{chart.height_cm:g}"),
        message("chart.pdf.density", raj_w=f"{chart.raj_w:g}", raj_h=f"{chart.raj_h:g}"),
        message(
            "chart.pdf.knots",
            across=chart.knots_across,
            rows=chart.rows,
            total=f"{chart.total_knots:,}",
            maghat=f"{maghat(chart.total_knots):.2f}",
        ),
        message("chart.pdf.colours", colours=len(yarn), grams=f"{yarn.total_grams:,.0f}"),
        message(
            "chart.pdf.yarn",
            cm_per_knot=f"{yarn.cm_per_knot:g}",
            nm=f"{yarn.nm:g}",
            ply=yarn.ply,
            waste=f"{yarn.waste_percent:g}",
        ),
        message(f"chart.pdf.columns_from.{columns_from}"),
    ]
    windows = chart_page_windows(chart.knots_across, chart.rows, paper)
    if columns_from == "right":  # page 1 holds row 1 and column 1, wherever column 1 is
        windows.sort(key=lambda window: (window[0][0], -window[1][0]))
    pages = {"cover": 0, "legend": 0, "chart": 0, "layers": 0}
    with PdfPages(path, metadata={"Title": title, "Creator": "farshlab"}) as pdf:
        _save(pdf, cover_page(chart.codes, chart.legend, facts, title, paper))
        pages["cover"] = 1
        headings = tuple(
            message(f"chart.pdf.legend.{key}") for key in ("code", "name", "colour", "knots", "grams")
        )
        rows = [
            (line.colour, line.code, line.name, line.colour, f"{line.knots:,}", f"{line.grams:,.1f}")
            for line in yarn
        ]
        for figure in legend_pages(rows, headings, message("chart.pdf.legend.title", title=title), paper):
            _save(pdf, figure)
            pages["legend"] += 1
        for number, window in enumerate(windows, start=1):
            (r0, r1), (c0, c1) = window
            first, last = (
                (c0 + 1, c1)
                if columns_from == "left"
                else (chart.knots_across - c0, chart.knots_across - c1 + 1)
            )
            heading = message(
                "chart.pdf.page",
                title=title,
                first_row=r0 + 1,
                last_row=r1,
                first_column=min(first, last),
                last_column=max(first, last),
                page=number,
                pages=len(windows),
            )
            page = chart_page(
                chart.codes,
                chart.legend,
                window,
                windows=windows,
                heading=heading,
                columns_from=columns_from,
                paper=paper,
                core_fonts=_western(heading),  # the numbers are digits: the heading decides the font
            )
            _save(pdf, page)
            pages["chart"] += 1
            report(number / len(windows), "pdf")
        if layers:
            lines = layer_lists(chart.codes, columns_from)
            for figure in text_pages(lines, message("chart.pdf.layers", title=title), paper):
                _save(pdf, figure)
                pages["layers"] += 1
    return PdfReport(path=path, pages=pages)
