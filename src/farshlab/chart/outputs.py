"""
The files of a finished chart, written into one folder: what a workshop prints, keeps and sends.

====================  ==========================================================================
``chart.pdf``         cover, legend with knots and grams, numbered chart pages, layer lists
                      (:mod:`farshlab.chart.pdf`)
``chart.farshchart``  the lossless chart file (:mod:`farshlab.chart.chartfile`)
``legend.csv``        code, name, colour, knots, metres, grams of yarn per code
``rows.txt``          the layer lists, row 1 (the bottom row) first
``preview.png``       the chart in its yarn colours, one block of pixels per knot
====================  ==========================================================================

Used by the ``farshlab chart`` command and Chart Studio's export button.

Functions
---------
preview_image
    The chart in its yarn colours as a Pillow image (top row first, as pictures are stored).
write_chart_files
    Write the five files.

Examples
--------
>>> import numpy as np
>>> from farshlab.chart import Chart
>>> from farshlab.colour import Yarn, YarnLegend
>>> legend = YarnLegend([Yarn(1, "Cream", "#efe3c8"), Yarn(2, "Red", "#a8323a")])
>>> chart = Chart(np.array([[1, 2]]), legend, width_cm=1, height_cm=1, raj_w=14)
>>> image = preview_image(chart, pixels=10)
>>> image.size, image.getpixel((0, 0)), image.getpixel((9, 0))
((10, 5), (239, 227, 200), (168, 50, 58))
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image

from farshlab.chart.chartfile import Chart, save_chart
from farshlab.chart.materials import YarnTable
from farshlab.chart.options import DEFAULT_COLUMNS_FROM, DEFAULT_PAPER
from farshlab.chart.pdf import write_chart_pdf
from farshlab.chart.reading import layer_lists

__all__ = ["OUTPUT_FILES", "preview_image", "write_chart_files"]

OUTPUT_FILES = ("chart.pdf", "chart.farshchart", "legend.csv", "rows.txt", "preview.png")
"""The files :func:`write_chart_files` writes."""


def preview_image(chart: Chart, pixels: int = 900) -> Image.Image:
    """
    The chart in its yarn colours, each knot a square of whole pixels, the longer side at most ``pixels``
    (at least one pixel per knot).
    """
    lookup = np.zeros((int(chart.legend.codes.max()) + 1, 3), dtype=np.uint8)
    lookup[chart.legend.codes] = chart.legend.srgb
    picture = Image.fromarray(lookup[chart.codes[::-1]], mode="RGB")
    scale = max(1, pixels // max(chart.rows, chart.knots_across))
    return picture.resize((chart.knots_across * scale, chart.rows * scale), Image.Resampling.NEAREST)


def write_chart_files(
    chart: Chart,
    yarn: YarnTable,
    folder,
    *,
    paper: str = DEFAULT_PAPER,
    columns_from: str = DEFAULT_COLUMNS_FROM,
    progress: Callable[[float, str], None] | None = None,
) -> dict[str, Path]:
    """
    Write the chart's five files into ``folder`` (made if missing); returns ``{file name: path}``.

    ``progress(fraction, stage)`` is called while the PDF's chart pages are drawn.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = {name: folder / name for name in OUTPUT_FILES}
    save_chart(chart, paths["chart.farshchart"])
    paths["legend.csv"].write_text(yarn.to_csv_text(), encoding="utf-8")
    paths["rows.txt"].write_text("\n".join(layer_lists(chart.codes, columns_from)) + "\n", encoding="utf-8")
    preview_image(chart).save(paths["preview.png"])
    write_chart_pdf(
        chart, paths["chart.pdf"], yarn, paper=paper, columns_from=columns_from, progress=progress
    )
    return paths
