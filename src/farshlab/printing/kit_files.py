"""
The files of a weaving kit, written into one folder: what a workshop prints, gives the dyer and keeps.

====================  ==========================================================================
``kit.pdf``           cover with the estimate, legend with every colour's recipe and lots, chart
                      pages and layer lists (:mod:`farshlab.printing.kit_pdf`), in Persian or English
``recipes.csv``       the dyer's sheet, one row a colour (:meth:`farshlab.kit.Kit.recipes_csv_text`)
``chart.farshchart``  the chart file (:mod:`farshlab.chart.chartfile`), as ``farshlab chart`` writes it
``legend.csv``        code, name, colour, knots, metres, grams of yarn per code, as ``farshlab chart``
``preview.png``       the chart in its yarn colours, as ``farshlab chart``
====================  ==========================================================================

Used by :func:`farshlab.kit.write_kit_files` and the ``farshlab kit`` command.

Functions
---------
write_kit_files
    Write the five files; return their paths and what the PDF holds.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from farshlab.chart.chartfile import save_chart
from farshlab.chart.options import DEFAULT_COLUMNS_FROM, DEFAULT_PAPER
from farshlab.kit.make import KIT_FILES, Kit
from farshlab.printing.chart_pdf import PdfReport
from farshlab.printing.kit_pdf import write_kit_pdf
from farshlab.printing.preview import preview_image

__all__ = ["write_kit_files"]


def write_kit_files(
    kit: Kit,
    folder,
    *,
    lang: str | None = None,
    paper: str = DEFAULT_PAPER,
    columns_from: str = DEFAULT_COLUMNS_FROM,
    digits: str | None = None,
    progress: Callable[[float, str], None] | None = None,
) -> tuple[dict[str, Path], PdfReport]:
    """
    Write the kit's five files into ``folder`` (made if missing).

    Parameters
    ----------
    kit : farshlab.kit.Kit
    folder : str or pathlib.Path
    lang, paper, columns_from, digits, progress
        As :func:`farshlab.printing.kit_pdf.write_kit_pdf`.

    Returns
    -------
    (dict of str → pathlib.Path, PdfReport)
        ``{file name: path}`` and what the PDF holds.

    Examples
    --------
    >>> import numpy as np, tempfile
    >>> from farshlab.kit import make_kit
    >>> picture = np.zeros((40, 30, 3), dtype=np.uint8)
    >>> picture[:20], picture[20:] = [205, 160, 120], [60, 70, 110]
    >>> paths, report = write_kit_files(make_kit(picture, 6, 35, colours=2), tempfile.mkdtemp(), lang="fa")
    >>> sorted(paths) == sorted(KIT_FILES), report.total_pages
    (True, 4)
    """
    if not isinstance(kit, Kit):
        raise ValueError(f"kit must be a Kit (farshlab.kit.make_kit), got {type(kit).__name__}")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = {name: folder / name for name in KIT_FILES}
    chart = kit.result.chart
    save_chart(chart, paths["chart.farshchart"])
    paths["legend.csv"].write_text(kit.result.yarn.to_csv_text(), encoding="utf-8")
    paths["recipes.csv"].write_text(kit.recipes_csv_text(), encoding="utf-8")
    preview_image(chart).save(paths["preview.png"])
    report = write_kit_pdf(
        kit,
        paths["kit.pdf"],
        paper=paper,
        columns_from=columns_from,
        lang=lang,
        digits=digits,
        progress=progress,
    )
    return paths, report
