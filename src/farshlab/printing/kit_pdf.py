"""
The printed weaving kit: one PDF (A4, A3 or A2) with a cover, the legend with every colour's dye recipe,
then the chart pages and layer lists as ``farshlab chart`` prints them.

Pages, in order:

1. **cover** — title, the chart in its yarn colours, the chart's facts (size, raj, knots, maghat,
   colours, grams of yarn, the yarn figures), what the dyer can reach, the dye set and the lots,
   then the **estimate**: weaving days and each cost worked out with the figures used, which are
   printed with it (made-up examples unless the workshop gave its own);
2. **legend and recipes** — for every colour: the chart's colour and what its recipe gives side by
   side, code, knots, grams of yarn, lots, ΔE00, whether the dyer can reach it (and, when not, that
   the second swatch is the nearest shade the dyes reach) or it changes under lamp or shop light;
   under it the recipe in % owf and, for one lot, the wool, the water and each dye in grams;
3. **chart pages** and 4. **layer lists** — :func:`farshlab.printing.chart_pdf.draw_chart_sections`.

Words come from :mod:`farshlab.locale` (areas ``kit`` and ``chart``), shaped and right to left in
Persian (:mod:`farshlab.printing.sheet`); dyes and chemicals by :func:`farshlab.dye.product_name`;
numbers in Persian or Latin digits as chosen.

Functions
---------
write_kit_pdf
    Write the PDF of a kit.

Examples
--------
>>> import numpy as np, pathlib, tempfile
>>> from farshlab.kit import make_kit
>>> picture = np.zeros((40, 30, 3), dtype=np.uint8)
>>> picture[:20], picture[20:] = [205, 160, 120], [20, 90, 230]
>>> kit = make_kit(picture, 6, 35, colours=2)
>>> report = write_kit_pdf(kit, pathlib.Path(tempfile.mkdtemp()) / "kit.pdf")
>>> report.pages
{'cover': 1, 'legend': 1, 'chart': 1, 'layers': 1}
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import numpy as np

from farshlab.chart.options import COLUMN_ORIGINS, DEFAULT_COLUMNS_FROM, DEFAULT_PAPER
from farshlab.colour import hex_to_srgb
from farshlab.dye import product_name
from farshlab.kit.make import Kit
from farshlab.kit.options import MADE_UP
from farshlab.kit.recipes import METAMERISM_LIMIT, REACHABLE_DELTA_E00
from farshlab.locale import current_language, message
from farshlab.printing.chart_pdf import PdfReport, cover_facts, draw_chart_sections, plan_chart_sections
from farshlab.printing.layout import MARGIN_MM, ChartLayout
from farshlab.printing.preview import preview_image
from farshlab.printing.sheet import Sheet

__all__ = ["write_kit_pdf"]

ROW_MM = 12.6
"""Height of one colour in the legend: its figures, its recipe, one lot's weights."""

_TOP_MM = 25.0  # title and the key above the legend's headings
_HEADING_MM = 6.0
# share of the legend's width: chart colour, recipe's colour, code, knots, grams, lots, ΔE00, verdict
_SHARES = np.array([0.06, 0.06, 0.06, 0.09, 0.08, 0.05, 0.07, 0.53])


def _rows_per_page(height_mm: float) -> int:
    return int((height_mm - 2 * MARGIN_MM - _TOP_MM - _HEADING_MM) // ROW_MM)


def write_kit_pdf(
    kit: Kit,
    path,
    *,
    paper: str = DEFAULT_PAPER,
    columns_from: str = DEFAULT_COLUMNS_FROM,
    lang: str | None = None,
    digits: str | None = None,
    layers: bool = True,
    progress: Callable[[float, str], None] | None = None,
) -> PdfReport:
    """
    Write the printable PDF of a kit.

    Parameters
    ----------
    kit : farshlab.kit.Kit
        The kit (:func:`farshlab.kit.make_kit`).
    path : str or pathlib.Path
        The PDF file to write.
    paper : {"A4", "A3", "A2"}
        Paper size, portrait.
    columns_from : {"right", "left"}
        Which edge is column 1 on the chart pages.
    lang : {"en", "fa"}, optional
        Language of every word; default the language of messages.
    digits : {"fa", "latin"}, optional
        Digits of the numbers; default Persian digits for ``lang="fa"``, else Latin.
    layers : bool
        Add the layer-list pages.
    progress : callable, optional
        Called as ``progress(fraction, "pdf")`` while the pages are drawn.

    Returns
    -------
    farshlab.printing.chart_pdf.PdfReport
        Pages ``"cover"``, ``"legend"`` (legend and recipes), ``"chart"``, ``"layers"``.
    """
    if not isinstance(kit, Kit):
        raise ValueError(f"kit must be a Kit (farshlab.kit.make_kit), got {type(kit).__name__}")
    if columns_from not in COLUMN_ORIGINS:
        raise ValueError(f"columns_from must be 'right' or 'left', got {columns_from!r}")
    ChartLayout.for_paper(paper)  # checks the paper before anything is drawn
    lang = lang or current_language()
    digits = digits or ("fa" if lang == "fa" else "latin")
    report = progress or (lambda fraction, stage: None)

    def say(key: str, **fields) -> str:
        return message(key, lang=lang, **fields)

    chart = kit.result.chart
    title = chart.title or say("kit.pdf.untitled")
    sheet = Sheet(paper, lang=lang, digits=digits, title=title)
    try:
        sections = plan_chart_sections(sheet, chart, columns_from=columns_from, layers=layers, say=say)
        pages = {
            "cover": 1,
            "legend": math.ceil(len(kit.recipes) / _rows_per_page(sheet.height_mm)),
            "chart": sections.chart_pages,
            "layers": sections.layer_pages,
        }
        _draw_cover(sheet, kit, title, pages, columns_from, say)
        _draw_legend(sheet, kit, title, say)
        report(0.05, "pdf")
        draw_chart_sections(
            sheet, sections, title=title, say=say, report=lambda f, stage: report(0.05 + 0.9 * f, stage)
        )
        sheet.save(Path(path))
    finally:
        sheet.close()
    report(1.0, "pdf")
    return PdfReport(path=Path(path), pages=pages, paper=paper)


# ------------------------------------------------------------------------------------------ cover
_UNITS = {"% owf": "owf", "g/L": "g_per_l"}  # farshlab.dye's units → their catalogue keys


def _bath_words(kit: Kit, lang: str, n) -> str:
    """The chemicals of every bath, as a person reads them: «Glauber's salt 10 % owf, …»."""
    (first, *_) = next(iter(kit.lots.values()))
    return message("kit.pdf.list_comma", lang=lang).join(
        f"{product_name(line.auxiliary.name, lang)} {n(line.auxiliary.amount, 'g')} "
        + message(f"kit.pdf.unit.{_UNITS[line.auxiliary.unit]}", lang=lang)
        for line in first.batch.auxiliaries
    ) or message("kit.pdf.no_auxiliaries", lang=lang)


def _kit_facts(kit: Kit, say, n, lang: str) -> list[str]:
    colours = len(kit.recipes)
    facts = []
    if kit.replaced:
        facts.append(say("kit.pdf.replaced", replaced=n(len(kit.replaced)), colours=n(colours)))
    elif kit.reachable_count == colours:
        facts.append(say("kit.pdf.all_reachable", colours=n(colours), limit=n(REACHABLE_DELTA_E00, ".1f")))
    else:
        facts.append(
            say(
                "kit.pdf.reachable",
                reachable=n(kit.reachable_count),
                colours=n(colours),
                limit=n(REACHABLE_DELTA_E00, ".1f"),
                out=n(colours - kit.reachable_count),
            )
        )
    facts.append(say("kit.pdf.metameric", metameric=n(kit.metameric_count), limit=n(METAMERISM_LIMIT, ".1f")))
    facts.append(say("kit.pdf.dye_set", name=kit.dye_set.name))
    if kit.dye_set.synthetic:
        facts.append(say("kit.pdf.synthetic"))
    facts.append(
        say(
            "kit.pdf.lots",
            lots=n(kit.total_lots),
            wool=n(kit.wool_per_bath_g, ",.0f"),
            ratio=n(kit.liquor_ratio, "g"),
            bath=_bath_words(kit, lang, n),
            dye=n(kit.estimate.dye_grams, ",.1f"),
        )
    )
    return facts


def _estimate_lines(kit: Kit, say, n) -> list[str]:
    e, f = kit.estimate, kit.estimate.figures
    days = e.knots / (f.weavers * f.knots_per_day)
    return [
        say(
            "kit.pdf.days",
            knots=n(e.knots, ","),
            weavers=n(f.weavers, "g"),
            per_day=n(f.knots_per_day, ",g"),
            exact=n(days, ",.1f"),
            days=n(e.weaving_days),
        ),
        say(
            "kit.pdf.wages",
            maghat=n(e.maghat, ",.3f"),
            rate=n(f.rial_per_maghat, ",.0f"),
            rial=n(e.wages_rial, ",.0f"),
        ),
        say(
            "kit.pdf.wool",
            grams=n(e.yarn_grams, ",.2f"),
            price=n(f.wool_rial_per_kg, ",.0f"),
            rial=n(e.wool_rial, ",.0f"),
        ),
        say(
            "kit.pdf.dyes",
            grams=n(e.dye_grams, ",.2f"),
            price=n(f.dye_rial_per_kg, ",.0f"),
            rial=n(e.dye_rial, ",.0f"),
        ),
        say(
            "kit.pdf.auxiliaries",
            grams=n(e.auxiliary_grams, ",.2f"),
            price=n(f.auxiliaries_rial_per_kg, ",.0f"),
            rial=n(e.auxiliaries_rial, ",.0f"),
        ),
    ]


def _draw_cover(sheet: Sheet, kit: Kit, title: str, pages: dict, columns_from: str, say) -> None:
    n, lang = sheet.number, sheet.lang
    chart = kit.result.chart
    sheet.add_page()
    width = sheet.width_mm - 2 * MARGIN_MM
    sheet.text(MARGIN_MM, MARGIN_MM, width, 10, title, size=17, bold=True, align="center")
    sheet.text(MARGIN_MM, MARGIN_MM + 10, width, 6, say("kit.pdf.subtitle"), size=10.5, align="center")
    preview = preview_image(chart)
    box_h = sheet.height_mm * 0.3
    scale = min(width / preview.width, box_h / preview.height)
    w, h = preview.width * scale, preview.height * scale
    top = MARGIN_MM + 19
    sheet.image(preview, MARGIN_MM + (width - w) / 2, top, w, h)
    sheet.box(MARGIN_MM + (width - w) / 2, top, w, h, line=0.3)
    y = top + h + 5
    for line in cover_facts(sheet, chart, kit.result.yarn, columns_from, say):
        y = sheet.paragraph(MARGIN_MM, y, width, 5, line, size=9.5) + 0.6
    y += 2
    sheet.text(MARGIN_MM, y, width, 6, say("kit.pdf.dyeing"), size=10.5, bold=True)
    y += 6.5
    for line in _kit_facts(kit, say, n, lang):
        y = sheet.paragraph(MARGIN_MM, y, width, 5, line, size=9.5) + 0.6
    y += 2
    sheet.text(MARGIN_MM, y, width, 6, say("kit.pdf.estimate"), size=10.5, bold=True)
    y += 6.5
    for line in _estimate_lines(kit, say, n):
        y = sheet.paragraph(MARGIN_MM, y, width, 5, line, size=9.5) + 0.6
    total = say("kit.pdf.total", rial=n(kit.estimate.total_rial, ",.0f"))
    sheet.text(MARGIN_MM, y + 0.5, width, 6, total, size=10.5, bold=True)
    y += 7
    source = kit.estimate.figures.source
    figures = say("kit.pdf.made_up") if source == MADE_UP else say("kit.pdf.figures_from", source=source)
    y = sheet.paragraph(MARGIN_MM, y, width, 5, figures, size=9) + 2
    sheets = say(
        "kit.pdf.sheets",
        sheets=n(sum(pages.values())),
        paper=sheet.paper,
        legend=n(pages["legend"]),
        chart=n(pages["chart"]),
        layers=n(pages["layers"]),
    )
    sheet.paragraph(MARGIN_MM, y, width, 5.5, sheets, size=10)


# ------------------------------------------------------------------------------------------ legend
def _columns(sheet: Sheet, width: float) -> tuple[list[float], np.ndarray]:
    """Left edges (mm) and widths of the legend's columns; the first column at the right in Persian."""
    widths = _SHARES * width
    edges = np.concatenate([[0.0], np.cumsum(widths)])
    if sheet.rtl:
        return [MARGIN_MM + width - edges[i + 1] for i in range(len(widths))], widths
    return [MARGIN_MM + edges[i] for i in range(len(widths))], widths


def _verdict(kit: Kit, recipe, say, n) -> str:
    if recipe.code in kit.replaced:
        words = say("kit.pdf.verdict.replaced", colour=kit.replaced[recipe.code])
    elif recipe.reachable:
        words = say("kit.pdf.verdict.reachable")
    else:
        words = say("kit.pdf.verdict.out_of_reach")
    if recipe.metameric:
        words += say(
            "kit.pdf.verdict.metameric",
            a=n(recipe.metamerism["A"], ".1f"),
            f11=n(recipe.metamerism["F11"], ".1f"),
        )
    return words


def _amount(grams: float, say, n) -> str:
    """A dye's weight as a dyer weighs it: grams, or milligrams below 0.1 g (never 3.7e-05 g)."""
    if grams >= 10:
        return say("kit.pdf.grams", grams=n(grams, ",.1f"))
    if grams >= 0.1:
        return say("kit.pdf.grams", grams=n(grams, ".2f"))
    milligrams = 1000 * grams
    return say("kit.pdf.milligrams", mg=n(milligrams, ".2f" if milligrams < 10 else ".1f"))


def _recipe_lines(kit: Kit, recipe, say, n, lang: str) -> tuple[str, str]:
    """The recipe in % owf; one lot's wool, water and each dye's weight."""
    lots = kit.lots[recipe.code]
    lot = lots[0]
    comma = say("kit.pdf.list_comma")
    names = [product_name(line.name, lang) for line in lot.batch.dyes]
    percents = comma.join(
        say("kit.pdf.dye_percent", dye=name, percent=n(line.owf_percent, ".4g"))
        for name, line in zip(names, lot.batch.dyes, strict=True)
    )
    weights = comma.join(
        say("kit.pdf.dye_weight", dye=name, amount=_amount(line.grams, say, n))
        for name, line in zip(names, lot.batch.dyes, strict=True)
    )
    figures = {"lots": n(len(lots)), "wool": n(lot.wool_g, ",.1f"), "water": n(lot.water_l, ",.2f")}
    bath = say("kit.pdf.lot_one", **figures) if len(lots) == 1 else say("kit.pdf.lot_many", **figures)
    if names:
        first, second = say("kit.pdf.recipe", dyes=percents), say("kit.pdf.lot_dyes", bath=bath, dyes=weights)
    else:
        first, second = say("kit.pdf.recipe", dyes=say("kit.pdf.undyed")), bath
    yarn = kit.result.chart.legend.by_code(recipe.code)
    if yarn.name != f"colour {recipe.code}":  # a workshop's yarn, not a generated colour: its name first
        first = say("kit.pdf.named", yarn=yarn.local_name(lang), recipe=first)
    return first, second


def _draw_legend(sheet: Sheet, kit: Kit, title: str, say) -> None:
    """Legend pages: per colour its figures and verdict, then its recipe, then one lot's weights."""
    n, lang = sheet.number, sheet.lang
    width = sheet.width_mm - 2 * MARGIN_MM
    xs, widths = _columns(sheet, width)
    keys = ("chart_colour", "dyed_colour", "code", "knots", "grams", "lots", "delta_e", "verdict")
    headings = [say(f"kit.pdf.legend.{key}") for key in keys]
    per_page = _rows_per_page(sheet.height_mm)
    key_line = say("kit.pdf.legend.key", bath=_bath_words(kit, lang, n), ratio=n(kit.liquor_ratio, "g"))
    line_h = ROW_MM / 3
    # the recipe's two lines stand under the figures, beside the swatches
    words_x = MARGIN_MM + 1 if sheet.rtl else xs[2] + 1
    words_w = width - widths[0] - widths[1] - 2
    for start in range(0, len(kit.recipes), per_page):
        sheet.add_page()
        heading = say("kit.pdf.legend.title", title=title)
        sheet.text(MARGIN_MM, MARGIN_MM, width, 8, heading, size=13, bold=True)
        sheet.paragraph(MARGIN_MM, MARGIN_MM + 9, width, 4.2, key_line, size=8)
        y = MARGIN_MM + _TOP_MM
        for column, (x, w, heading) in enumerate(zip(xs, widths, headings, strict=True)):
            align = "start" if column == len(keys) - 1 else "center" if column < 2 else "right"
            sheet.fitted_text(x + 0.5, y, w - 1, _HEADING_MM, heading, size=7.5, bold=True, align=align)
        y += _HEADING_MM
        sheet.pdf.set_draw_color(0, 0, 0)
        sheet.pdf.set_line_width(0.3)
        sheet.pdf.line(MARGIN_MM, y, MARGIN_MM + width, y)
        numbers = []
        for recipe in kit.recipes[start : start + per_page]:
            for column, colour in ((0, recipe.colour), (1, recipe.predicted_colour)):
                fill = hex_to_srgb(colour).tolist()
                sheet.box(xs[column] + 1, y + 0.8, widths[column] - 2, ROW_MM - 1.6, fill=fill)
            values = (
                n(recipe.code),
                n(recipe.knots, ","),
                n(recipe.yarn_grams, ",.1f"),
                n(len(kit.lots[recipe.code])),
                n(recipe.delta_e00, ".2f"),
            )
            for column, value in zip(range(2, 7), values, strict=True):
                numbers.append((xs[column] + widths[column] - 1, y + line_h / 2 + 0.3, value, "right"))
            ink = (0, 0, 0) if recipe.reachable and not recipe.metameric else (170, 20, 20)
            verdict = _verdict(kit, recipe, say, n)
            sheet.fitted_text(xs[7] + 1, y + 0.3, widths[7] - 2, line_h, verdict, size=7.5, colour=ink)
            for row, text in enumerate(_recipe_lines(kit, recipe, say, n, lang), start=1):
                sheet.fitted_text(words_x, y + row * line_h - 0.2, words_w, line_h, text, size=7)
            y += ROW_MM
            sheet.pdf.set_line_width(0.1)
            sheet.pdf.set_draw_color(150, 150, 150)
            sheet.pdf.line(MARGIN_MM, y, MARGIN_MM + width, y)
        sheet.raw(sheet.words_block(numbers, 8))
