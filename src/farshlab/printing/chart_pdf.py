"""
The printable chart: one PDF (A4, A3 or A2) with a cover, the legend, numbered chart pages and layer
lists, in Persian or English.

Pages, in order:

1. **cover** — title, the chart in its yarn colours, size, raj, knots, maghat, colours, grams of yarn,
   the yarn figures used, and how many sheets the whole print takes;
2. **legend** — for every code: swatch, code, yarn name, colour, knots and grams of yarn;
3. **chart pages** — whole 10 × 10 blocks (khaneh), a code in every cell, heavy block lines, every row
   and column numbered (rows from 1 at the bottom; columns from the right or the left edge), a page
   map; the bottom strip first, starting at column 1 (the weaver's order);
4. **layer lists** — for each row its colours and their columns, compactly set (optional).

Words come from :mod:`farshlab.locale` in the chosen language, shaped and right to left in Persian
(:mod:`farshlab.printing.sheet`); numbers are printed in Persian or Latin digits as chosen.

Classes
-------
PdfReport
    Where the PDF went and how many pages of each kind it has.
ChartSections
    The chart pages and layer lists of a chart, laid out (shared with the kit PDF).

Functions
---------
write_chart_pdf
    Write the PDF of a chart.
cover_facts, plan_chart_sections, draw_chart_sections
    The cover's lines about a chart; laying out and drawing its chart pages and layer lists
    (:mod:`farshlab.printing.kit_pdf` prints them too).

References
----------
Reading formats and khaneh (sources.md: wikicarpet-naqsheh, coding-tools, cpt-ir).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from farshlab.carpet import maghat
from farshlab.chart.chartfile import Chart
from farshlab.chart.materials import YarnTable
from farshlab.chart.options import COLUMN_ORIGINS, DEFAULT_COLUMNS_FROM, DEFAULT_PAPER
from farshlab.colour import hex_to_srgb
from farshlab.locale import message
from farshlab.printing.chart_pages import (
    ChartInk,
    LayerLists,
    draw_chart_page,
    draw_cover,
    draw_layer_lists,
    draw_legend,
    lay_out_layer_lists,
    legend_pages_needed,
)
from farshlab.printing.layout import ChartLayout, page_windows
from farshlab.printing.preview import preview_image
from farshlab.printing.sheet import Sheet

__all__ = [
    "ChartSections",
    "PdfReport",
    "cover_facts",
    "draw_chart_sections",
    "plan_chart_sections",
    "write_chart_pdf",
]


@dataclass(frozen=True)
class PdfReport:
    """
    The PDF written by :func:`write_chart_pdf`.

    Attributes
    ----------
    path : pathlib.Path
    pages : dict of str → int
        Pages of each kind: ``"cover"``, ``"legend"``, ``"chart"``, ``"layers"``.
    paper : str
        The paper size.
    """

    path: Path
    pages: dict
    paper: str = DEFAULT_PAPER

    @property
    def total_pages(self) -> int:
        """All pages: the sheets to print (one side each)."""
        return sum(self.pages.values())


def write_chart_pdf(
    chart: Chart,
    path,
    yarn: YarnTable | None = None,
    *,
    paper: str = DEFAULT_PAPER,
    columns_from: str = DEFAULT_COLUMNS_FROM,
    lang: str = "en",
    digits: str | None = None,
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
    yarn : farshlab.chart.YarnTable, optional
        Knots and grams per code (the legend shows them); default: worked out from the yarn
        figures the chart was made with (``chart.yarn_figures``, kept in its ``.farshchart``), so
        a reloaded chart reprints the same legend.
    paper : {"A4", "A3", "A2"}
        Paper size, portrait.
    columns_from : {"right", "left"}
        Which edge is column 1.
    lang : {"en", "fa"}
        Language of every word on the pages.
    digits : {"fa", "latin"}, optional
        Digits of the codes and numbers; default Persian digits for ``lang="fa"``, else Latin.
    layers : bool
        Add the layer-list pages.
    progress : callable, optional
        Called as ``progress(fraction, "pdf")`` while the pages are drawn.

    Returns
    -------
    PdfReport

    Examples
    --------
    >>> import numpy as np, tempfile, pathlib
    >>> from farshlab.chart import Chart, yarn_table
    >>> from farshlab.colour import Yarn, YarnLegend
    >>> legend = YarnLegend([Yarn(1, "Cream", "#efe3c8"), Yarn(7, "Madder red", "#a8323a")])
    >>> chart = Chart(np.tile([1, 7], (45, 40)), legend, width_cm=11.2, height_cm=6.3, raj_w=50)
    >>> table = yarn_table(chart.codes, legend, nm=6, ply=2)
    >>> report = write_chart_pdf(chart, pathlib.Path(tempfile.mkdtemp()) / "c.pdf", table)
    >>> report.pages
    {'cover': 1, 'legend': 1, 'chart': 2, 'layers': 2}
    """
    if not isinstance(chart, Chart):
        raise ValueError(f"chart must be a Chart, got {type(chart).__name__}")
    if yarn is None:
        if chart.yarn_figures is None:
            raise ValueError(
                "this chart keeps no yarn figures (a chart file from before they were kept): "
                "give its yarn table (farshlab.chart.yarn_table with your Nm, ply and waste)"
            )
        yarn = chart.yarn_figures.table(chart.codes, chart.legend)
    if not isinstance(yarn, YarnTable):
        raise ValueError(f"yarn must be a YarnTable, got {type(yarn).__name__}")
    if columns_from not in COLUMN_ORIGINS:
        raise ValueError(f"columns_from must be 'right' or 'left', got {columns_from!r}")
    ChartLayout.for_paper(paper)  # checks the paper before anything is drawn
    digits = digits or ("fa" if lang == "fa" else "latin")
    report = progress or (lambda fraction, stage: None)
    path = Path(path)

    def say(key: str, **fields) -> str:
        return message(key, lang=lang, **fields)

    title = chart.title or say("chart.pdf.untitled")
    sheet = Sheet(paper, lang=lang, digits=digits, title=title)
    try:
        return _write(
            sheet,
            chart,
            path,
            yarn,
            columns_from=columns_from,
            layers=layers,
            report=report,
            title=title,
            say=say,
        )
    finally:
        sheet.close()


def cover_facts(sheet: Sheet, chart: Chart, yarn: YarnTable, columns_from: str, say) -> list[str]:
    """
    The cover's lines about a chart, in the sheet's language and digits: finished size, density, knots
    and maghat, colours and grams of yarn, the yarn figures, where column 1 is.

    ``say(key, **fields)`` gives a catalogue message in the sheet's language.
    """
    n = sheet.number
    return [
        say("chart.pdf.size", width=n(chart.width_cm, ".4g"), height=n(chart.height_cm, ".4g")),
        say("chart.pdf.density", raj_w=n(chart.raj_w, "g"), raj_h=n(chart.raj_h, "g")),
        say(
            "chart.pdf.knots",
            across=n(chart.knots_across),
            rows=n(chart.rows),
            total=n(chart.total_knots, ","),
            maghat=n(maghat(chart.total_knots), ",.2f"),
        ),
        say("chart.pdf.colours", colours=n(len(yarn)), grams=n(yarn.total_grams, ",.0f")),
        say(
            "chart.pdf.yarn",
            cm_per_knot=n(yarn.cm_per_knot, "g"),
            nm=n(yarn.nm, "g"),
            ply=n(yarn.ply),
            waste=n(yarn.waste_percent, "g"),
        ),
        say(f"chart.pdf.columns_from.{columns_from}"),
    ]


@dataclass(frozen=True)
class ChartSections:
    """
    The chart pages and layer lists of one chart, laid out for one sheet (:func:`plan_chart_sections`).

    Attributes
    ----------
    chart : Chart
    ink : ChartInk
        Codes, tints and numbers of the pages.
    windows : list
        The knots of every chart page, in printing order (:func:`~farshlab.printing.layout.page_windows`).
    lists : LayerLists or None
        The laid-out layer lists (None: no layer-list pages).
    """

    chart: Chart
    ink: ChartInk
    windows: list
    lists: LayerLists | None

    @property
    def chart_pages(self) -> int:
        """Chart pages."""
        return len(self.windows)

    @property
    def layer_pages(self) -> int:
        """Layer-list pages."""
        return self.lists.pages if self.lists else 0


def plan_chart_sections(sheet: Sheet, chart: Chart, *, columns_from: str, layers: bool, say) -> ChartSections:
    """Lay out the chart pages and (with ``layers``) the layer lists of ``chart`` on ``sheet``'s paper."""
    layout = ChartLayout.for_paper(sheet.paper)
    ink = ChartInk(chart.codes, chart.legend, columns_from, layout)
    windows = page_windows(chart.knots_across, chart.rows, layout, columns_from)
    lists = (
        lay_out_layer_lists(
            sheet,
            ink,
            say("chart.pdf.row_label", row="{row}"),
            comma=say("chart.pdf.comma"),
            semicolon=say("chart.pdf.semicolon"),
        )
        if layers
        else None
    )
    return ChartSections(chart, ink, windows, lists)


def draw_chart_sections(sheet: Sheet, sections: ChartSections, *, title: str, say, report) -> None:
    """
    Draw the chart pages, then the layer lists, of :func:`plan_chart_sections`; ``report(fraction, "pdf")``
    after each chart page (up to 0.9).
    """
    n, ink, windows = sheet.number, sections.ink, sections.windows
    for number, window in enumerate(windows, start=1):
        (r0, r1), (c0, c1) = window
        first, last = ink.column_number(c0), ink.column_number(c1 - 1)
        heading = say(
            "chart.pdf.page",
            title=title,
            first_row=n(r0 + 1),
            last_row=n(r1),
            first_column=n(min(first, last)),
            last_column=n(max(first, last)),
            page=n(number),
            pages=n(len(windows)),
        )
        draw_chart_page(sheet, ink, window, windows=windows, heading=heading)
        report(0.9 * number / len(windows), "pdf")
    if sections.lists:
        draw_layer_lists(sheet, sections.lists, say("chart.pdf.layers", title=title))


def _write(
    sheet: Sheet, chart: Chart, path: Path, yarn: YarnTable, *, columns_from, layers, report, title, say
) -> PdfReport:
    """The pages of :func:`write_chart_pdf`, drawn on ``sheet`` and saved to ``path``."""
    layout = ChartLayout.for_paper(paper := sheet.paper)
    n = sheet.number
    sections = plan_chart_sections(sheet, chart, columns_from=columns_from, layers=layers, say=say)
    pages = {
        "cover": 1,
        "legend": legend_pages_needed(len(yarn), layout.height_mm),
        "chart": sections.chart_pages,
        "layers": sections.layer_pages,
    }
    facts = cover_facts(sheet, chart, yarn, columns_from, say)
    sheets_line = say(
        "chart.pdf.sheets",
        sheets=n(sum(pages.values())),
        paper=paper,
        legend=n(pages["legend"]),
        chart=n(pages["chart"]),
        layers=n(pages["layers"]),
    )
    draw_cover(sheet, title, preview_image(chart), facts, sheets_line)
    headings = tuple(say(f"chart.pdf.legend.{key}") for key in ("code", "name", "colour", "knots", "grams"))
    rows = [
        (
            tuple(hex_to_srgb(line.colour).tolist()),
            n(line.code),
            # a generated palette names its colours "colour 1" … (farshlab.chart.order_light_to_dark)
            say("chart.pdf.generated_name", code=n(line.code))
            if line.name == f"colour {line.code}"
            else line.name,
            line.colour,
            n(line.knots, ","),
            n(line.grams, ",.1f"),
        )
        for line in yarn
    ]
    draw_legend(sheet, say("chart.pdf.legend.title", title=title), headings, rows)
    draw_chart_sections(sheet, sections, title=title, say=say, report=report)
    sheet.save(path)
    report(1.0, "pdf")
    return PdfReport(path=path, pages=pages, paper=paper)
