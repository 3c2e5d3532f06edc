"""
The files of a finished chart, written into one folder: what a workshop prints, keeps and sends.

====================  ==========================================================================
``chart.pdf``         cover, legend with knots and grams, numbered chart pages, layer lists
                      (:mod:`farshlab.printing.chart_pdf`), in Persian or English
``chart.farshchart``  the lossless chart file (:mod:`farshlab.chart.chartfile`)
``legend.csv``        code, name, colour, knots, metres, grams of yarn per code
``rows.txt``          the layer lists, row 1 (the bottom row) first
``preview.png``       the chart in its yarn colours, one block of pixels per knot
====================  ==========================================================================

Used by the ``farshlab chart`` command and Chart Studio's export button.

Functions
---------
write_chart_files
    Write the five files.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from farshlab.chart.chartfile import Chart, save_chart
from farshlab.chart.materials import YarnTable
from farshlab.chart.options import DEFAULT_COLUMNS_FROM, DEFAULT_PAPER
from farshlab.chart.reading import layer_lists
from farshlab.printing.chart_pdf import PdfReport, write_chart_pdf
from farshlab.printing.preview import preview_image

__all__ = ["OUTPUT_FILES", "write_chart_files"]

OUTPUT_FILES = ("chart.pdf", "chart.farshchart", "legend.csv", "rows.txt", "preview.png")
"""The files :func:`write_chart_files` writes."""


def write_chart_files(
    chart: Chart,
    yarn: YarnTable,
    folder,
    *,
    paper: str = DEFAULT_PAPER,
    columns_from: str = DEFAULT_COLUMNS_FROM,
    lang: str = "en",
    digits: str | None = None,
    progress: Callable[[float, str], None] | None = None,
) -> tuple[dict[str, Path], PdfReport]:
    """
    Write the chart's five files into ``folder`` (made if missing).

    Parameters
    ----------
    chart, yarn
        The chart and its yarn table.
    folder : str or pathlib.Path
        Where the files go.
    paper, columns_from, lang, digits
        As :func:`farshlab.printing.chart_pdf.write_chart_pdf`.
    progress : callable, optional
        ``progress(fraction, stage)`` while the PDF is drawn.

    Returns
    -------
    (dict of str → pathlib.Path, PdfReport)
        ``{file name: path}`` and what the PDF holds.

    Examples
    --------
    >>> import numpy as np, tempfile
    >>> from farshlab.chart import Chart, yarn_table
    >>> from farshlab.colour import Yarn, YarnLegend
    >>> legend = YarnLegend([Yarn(1, "Cream", "#efe3c8"), Yarn(2, "Red", "#a8323a")])
    >>> chart = Chart(np.array([[1, 2], [2, 2]]), legend, width_cm=1, height_cm=1, raj_w=14)
    >>> paths, report = write_chart_files(chart, yarn_table(chart.codes, legend, nm=8), tempfile.mkdtemp())
    >>> sorted(paths) == sorted(OUTPUT_FILES), report.total_pages
    (True, 4)
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = {name: folder / name for name in OUTPUT_FILES}
    save_chart(chart, paths["chart.farshchart"])
    paths["legend.csv"].write_text(yarn.to_csv_text(), encoding="utf-8")
    paths["rows.txt"].write_text("\n".join(layer_lists(chart.codes, columns_from)) + "\n", encoding="utf-8")
    preview_image(chart).save(paths["preview.png"])
    report = write_chart_pdf(
        chart,
        paths["chart.pdf"],
        yarn,
        paper=paper,
        columns_from=columns_from,
        lang=lang,
        digits=digits,
        progress=progress,
    )
    return paths, report
