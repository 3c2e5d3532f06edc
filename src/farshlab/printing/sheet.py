"""
A PDF being written: pages of one paper size, the bundled Vazirmatn fonts, shaped right-to-left text for
Persian, and a fast path for the thousands of numbers a chart page carries.

Words a person reads (titles, the legend, notes) go through fpdf2's own text layout with HarfBuzz
shaping (``uharfbuzz``): Persian letters join, lines run right to left, Latin names inside Persian
text keep their order, and ``pdftotext`` returns the words in logical order. The numbers of a chart
page (a code in every cell, row and column numbers, layer lists) are digits and punctuation, which
need no shaping: they are written straight into the page's content stream, one text-matrix move and
one string per number, which is what makes a 1,000-page chart quick to print.

The fast path uses three non-public hooks of fpdf2 (``FPDF._out``, ``FPDF._set_font_for_page`` and
``FPDF.current_font_is_set_on_page``), all in :meth:`Sheet.raw` and :meth:`Sheet.font_operator`;
``pyproject.toml`` holds fpdf2 below its next minor version and ``tests/printing`` reads the
written PDFs back with ``pdftotext``.

Units: positions and sizes in **mm** from the page's top-left corner; font sizes in **pt**.

Classes
-------
Sheet
    The PDF document: pages, fonts, text in the chart's language and digits, raw drawing.

References
----------
Vazirmatn 33.0.3 by Saber Rastikerdar and the Vazirmatn Project Authors, SIL Open Font License 1.1
(``printing/fonts/OFL.txt``), from its npm package ``vazirmatn``; fpdf2 2.8 *Text shaping*.

Examples
--------
>>> import pathlib, tempfile
>>> sheet = Sheet("A4", lang="fa", digits="fa", title="نمونه")
>>> sheet.add_page()
>>> sheet.number(1234.5, ",.1f")
'۱٬۲۳۴٫۵'
>>> sheet.text(10, 10, 190, 8, "راهنمای رنگ", size=12)
>>> path = sheet.save(pathlib.Path(tempfile.mkdtemp()) / "s.pdf")
>>> path.read_bytes()[:5]
b'%PDF-'
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from fpdf import FPDF

from farshlab.chart.options import DIGIT_STYLES
from farshlab.locale import available_languages, localise_digits
from farshlab.printing.layout import PAPER_MM

__all__ = ["DIGIT_STYLES", "FONT_FAMILY", "Sheet"]

FONT_FAMILY = "Vazirmatn"
PT_PER_MM = 72 / 25.4

_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
# Thousands and decimal separators as Persian writes them (U+066C, U+066B).
# Arabic-script letters by how they join (Unicode's ArabicShaping.txt): dual-joining letters join on
# both sides, right-joining ones only to the letter before them.
_DUAL_JOINING = set("بپتثجچحخسشصضطظعغفقکگلمنهیئيكـ")
_RIGHT_JOINING = set("اآأإدذرزژوؤة")
# what keeps its left-to-right order inside right-to-left text: a Latin phrase, a number (digits with
# their separators); anything else is one character
_DIGIT = "0-9\u06f0-\u06f9\u0660-\u0669"
_RUNS = re.compile(
    f"[A-Za-z#][A-Za-z{_DIGIT}#.,:'()\\- ]*[A-Za-z{_DIGIT})]|[A-Za-z]|[{_DIGIT}][{_DIGIT}\u066b\u066c.,]*|.",
    re.S,
)


def _font_file(name: str) -> Path:
    return Path(str(resources.files("farshlab.printing").joinpath("fonts", name)))


class Sheet:
    """
    A PDF of one paper size, in one language, with numbers in one digit style.

    Parameters
    ----------
    paper : {"A4", "A3", "A2"}
        Portrait sheets.
    lang : str
        Language of the words: ``"fa"`` (right to left, shaped) or ``"en"``.
    digits : {"fa", "latin"}
        Digits of every number printed.
    title : str
        The PDF's title (its metadata).

    Attributes
    ----------
    paper : str
        The paper size.
    rtl : bool
        True when the words run right to left (Persian).
    width_mm, height_mm : float
        The sheet.
    """

    def __init__(self, paper: str, *, lang: str, digits: str, title: str) -> None:
        if paper not in PAPER_MM:
            raise ValueError(f"paper must be one of {', '.join(PAPER_MM)}, got {paper!r}")
        if lang not in available_languages():
            raise ValueError(f"lang must be one of {', '.join(available_languages())}, got {lang!r}")
        if digits not in DIGIT_STYLES:
            raise ValueError(f"digits must be 'fa' or 'latin', got {digits!r}")
        self.paper, self.lang, self.digits, self.rtl = paper, lang, digits, lang == "fa"
        self.width_mm, self.height_mm = PAPER_MM[paper]
        pdf = FPDF(orientation="portrait", unit="mm", format=(self.width_mm, self.height_mm))
        pdf.set_auto_page_break(False)
        pdf.set_margins(0, 0, 0)
        pdf.set_creator("farshlab")
        pdf.set_title(title)
        pdf.set_lang("fa-IR" if self.rtl else lang)
        pdf.add_font(FONT_FAMILY, "", _font_file("Vazirmatn-Regular.ttf"))
        pdf.add_font(FONT_FAMILY, "B", _font_file("Vazirmatn-Bold.ttf"))
        pdf.set_font(FONT_FAMILY, "", 10)
        self.pdf = pdf
        self._shaping: str | None = None
        self._encoded: dict[tuple[bool, str], str] = {}
        self._widths: dict[tuple[bool, str], int] = {}
        self._numbers: dict[tuple[object, str], str] = {}

    # ---------------------------------------------------------------- pages and numbers
    def add_page(self) -> None:
        """Start a new page."""
        self.pdf.add_page()

    @property
    def pages(self) -> int:
        """Pages so far."""
        return self.pdf.page_no()

    def number(self, value, spec: str = "") -> str:
        """
        ``value`` formatted with ``spec`` (Python's format mini-language) in the sheet's digits.

        Persian digits come with Persian thousands and decimal separators (٬ ٫).
        """
        key = (value, spec)
        text = self._numbers.get(key)
        if text is None:
            text = format(value, spec)
            if self.digits == "fa":
                text = localise_digits(text, lang="fa")  # with Persian separators ٬ ٫
            self._numbers[key] = text
        return text

    # ---------------------------------------------------------------- words
    def _shape_for(self, text: str) -> None:
        wanted = "rtl" if self.rtl else ("auto" if _ARABIC_SCRIPT.search(text) else None)
        if wanted == self._shaping:
            return
        if wanted is None:
            self.pdf.set_text_shaping(False)
        elif wanted == "rtl":
            self.pdf.set_text_shaping(True, direction="rtl", script="arab", language="fas")
        else:
            self.pdf.set_text_shaping(True)
        self._shaping = wanted

    def _font(self, size: float, bold: bool) -> None:
        self.pdf.set_font(FONT_FAMILY, "B" if bold else "", size)

    def text(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        text: str,
        *,
        size: float = 10,
        bold: bool = False,
        align: str = "start",
        colour: tuple[int, int, int] = (0, 0, 0),
    ) -> None:
        """
        One line of words in the box ``(x, y, w, h)`` (mm), shaped; ``align`` is ``"start"`` (the right
        edge in Persian), ``"end"``, ``"center"``, ``"left"`` or ``"right"``.
        """
        self._shape_for(text)
        self._font(size, bold)
        self.pdf.set_text_color(*colour)
        self.pdf.set_xy(x, y)
        self.pdf.cell(w, h, text, align=self._align(align))

    def fitted_text(self, x: float, y: float, w: float, h: float, text: str, *, size: float, **style) -> None:
        """As :meth:`text`, at ``size`` pt or smaller so that the line fits in width ``w`` (mm)."""
        natural = 1.05 * self.width(text, size, style.get("bold", False))  # unshaped, a little wider
        self.text(x, y, w, h, text, size=size * min(1.0, 0.98 * w / max(natural, 1e-6)), **style)

    def paragraph(self, x: float, y: float, w: float, line_h: float, text: str, *, size: float = 10) -> float:
        """Words wrapped into lines ``line_h`` mm apart within width ``w``; returns the y below them."""
        self._shape_for(text)
        self._font(size, False)
        self.pdf.set_text_color(0, 0, 0)
        self.pdf.set_xy(x, y)
        self.pdf.multi_cell(w, line_h, text, align=self._align("start"))
        return self.pdf.get_y()

    def _align(self, align: str) -> str:
        start, end = ("R", "L") if self.rtl else ("L", "R")
        choices = {"start": start, "end": end, "center": "C", "left": "L", "right": "R"}
        if align not in choices:
            raise ValueError(f"align must be one of {sorted(choices)}, got {align!r}")
        return choices[align]

    def image(self, picture, x: float, y: float, w: float, h: float) -> None:
        """A Pillow image in the box ``(x, y, w, h)`` (mm)."""
        self.pdf.image(picture, x=x, y=y, w=w, h=h)

    def box(self, x: float, y: float, w: float, h: float, *, fill=None, line: float = 0.2) -> None:
        """A rectangle (mm) with a black outline ``line`` mm wide, filled with ``fill`` (RGB) if given."""
        self.pdf.set_line_width(line)
        self.pdf.set_draw_color(0, 0, 0)
        if fill is not None:
            self.pdf.set_fill_color(*(int(v) for v in fill))
        self.pdf.rect(x, y, w, h, style="DF" if fill is not None else "D")

    # ---------------------------------------------------------------- numbers, fast
    def width(self, text: str, size: float, bold: bool = False) -> float:
        """Width (mm) of unshaped ``text`` (digits, punctuation, letters that do not join) at ``size`` pt."""
        key = (bold, text)
        units = self._widths.get(key)
        if units is None:
            self._font(10, bold)
            advances = self.pdf.current_font.cw  # advance widths in 1/1000 em, by code point
            units = self._widths[key] = sum(advances[ord(char)] for char in text)
        return units * size / 1000 / PT_PER_MM

    def encode(self, text: str, bold: bool = False) -> str:
        """
        ``text`` (digits, punctuation, letters that do not join) as a PDF string for :meth:`raw`:
        ``(…)`` in the embedded font's encoding. Registers the glyphs in the font subset.
        """
        key = (bold, text)
        if key not in self._encoded:
            self._font(10, bold)
            self._encoded[key] = self.pdf.current_font.encode_text(text)[: -len(" Tj")]
        return self._encoded[key]

    def needs_shaping(self, text: str) -> bool:
        """
        True when ``text`` holds two Arabic-script letters that join (its glyphs change when shaped);
        False for digits, punctuation, Latin and words like «رج» whose letters never join.
        """
        previous_joins_left = False
        for char in text:
            if char in _DUAL_JOINING:
                if previous_joins_left:
                    return True
                previous_joins_left = True
            elif char in _RIGHT_JOINING:
                if previous_joins_left:
                    return True
                previous_joins_left = False
            else:
                previous_joins_left = False
        return False

    def visual(self, text: str) -> str:
        """
        ``text`` in the order its glyphs stand from left to right: as written in English; in Persian the
        words in reverse with every number kept left to right (for text that needs no shaping).
        """
        if not self.rtl:
            return text
        return "".join(reversed(_RUNS.findall(text)))

    def words_block(self, items, size: float, bold: bool = False) -> str:
        """
        A ``BT … ET`` block (for :meth:`raw`) writing many short texts that need no shaping.

        ``items`` are ``(x_mm, y_mm, text, anchor)``: ``y_mm`` is the middle of the line, ``anchor``
        ``"left"``, ``"right"`` or ``"center"`` says which point of the text ``x_mm`` is.
        """
        lines = ["BT", "0 g", self.font_operator(size, bold)]
        for x_mm, y_mm, text, anchor in items:
            shown = self.visual(text)
            w = self.width(shown, size, bold)
            x = x_mm - (w if anchor == "right" else w / 2 if anchor == "center" else 0.0)
            y = self.y_pt(y_mm) - 0.36 * size
            lines.append(f"1 0 0 1 {self.x_pt(x):.2f} {y:.2f} Tm {self.encode(shown, bold)} Tj")
        lines.append("ET")
        return "\n".join(lines)

    def font_operator(self, size: float, bold: bool = False) -> str:
        """The ``Tf`` operator selecting the font at ``size`` pt on this page (for use inside ``BT … ET``)."""
        self._font(size, bold)
        return self.pdf._set_font_for_page(self.pdf.current_font, size, wrap_in_text_object=False)

    def raw(self, content: str) -> None:
        """
        Append PDF drawing operators (points, origin at the page's bottom-left) to the current page,
        in their own graphics state (``q … Q``), so that what fpdf2 draws next is not affected.
        """
        self.pdf._out(f"q\n{content}\nQ")
        self.pdf.current_font_is_set_on_page = False  # the q … Q above restored the font state

    def x_pt(self, x_mm: float) -> float:
        """A page x in mm as PDF points."""
        return x_mm * PT_PER_MM

    def y_pt(self, y_mm: float) -> float:
        """A page y in mm from the top as PDF points from the bottom."""
        return (self.height_mm - y_mm) * PT_PER_MM

    # ---------------------------------------------------------------- out
    def save(self, path) -> Path:
        """Write the PDF to ``path`` and close the font files; returns the path."""
        path = Path(path)
        try:
            self.pdf.output(str(path))
        finally:
            self.close()
        return path

    def __enter__(self) -> Sheet:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Close the font files fpdf2 keeps open (fontTools reads them lazily); :meth:`save` does."""
        for font in self.pdf.fonts.values():
            ttfont = getattr(font, "ttfont", None)
            if ttfont is not None:
                ttfont.close()
