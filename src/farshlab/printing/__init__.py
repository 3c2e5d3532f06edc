"""
farshlab.printing — what farshlab renders for paper: chart PDF and files, the kit, recipe sheets.

The domain packages compute (:mod:`farshlab.chart`: palette, mapping, reading formats, yarn;
:mod:`farshlab.dye`: recipes); this package lays their results out for a printer, in Persian or
English. PDFs are written with fpdf2, which shapes Persian through HarfBuzz, in the bundled Vazirmatn
fonts (SIL Open Font License, ``printing/fonts/OFL.txt``); matplotlib is not used here.

Modules
-------
layout
    Paper sizes (A4, A3, A2), the chart page's cells and bands, and which knots each page holds.
sheet
    A PDF being written: fonts, shaped right-to-left words, Persian or Latin digits, fast numbers.
chart_pages
    Cover, legend, chart pages and layer lists.
chart_pdf
    ``write_chart_pdf``: the whole printable chart.
preview
    ``preview_image``: the chart in its yarn colours as a picture.
chart_files
    ``write_chart_files``: the PDF, the ``.farshchart``, the legend CSV, the rows text and the preview.
recipe_sheet
    A dye batch's recipe sheet as text or HTML.
kit_pdf
    ``write_kit_pdf``: the weaving kit's PDF (cover with the estimate, legend with recipes and dye
    lots, then the chart pages and layer lists).
kit_files
    ``write_kit_files``: the kit's PDF, ``recipes.csv``, ``.farshchart``, legend CSV and preview.

Examples
--------
>>> from farshlab.printing import PAPERS
>>> PAPERS
('A4', 'A3', 'A2')
"""

from farshlab._lazy import lazy_names
from farshlab.chart.options import PAPERS

_WHERE = {
    "ChartLayout": "layout",
    "page_windows": "layout",
    "Sheet": "sheet",
    "PdfReport": "chart_pdf",
    "write_chart_pdf": "chart_pdf",
    "preview_image": "preview",
    "OUTPUT_FILES": "chart_files",
    "write_chart_files": "chart_files",
    "recipe_sheet_html": "recipe_sheet",
    "recipe_sheet_text": "recipe_sheet",
    "write_kit_pdf": "kit_pdf",
    "write_kit_files": "kit_files",
}

__all__ = ["PAPERS", *_WHERE]

__getattr__, __dir__ = lazy_names("farshlab.printing", _WHERE, globals(), __all__)
