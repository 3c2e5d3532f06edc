"""Every simulator in Persian (FARSHLAB_LANG=fa): numbers shown in Persian digits, typed in either."""

import html
import re

import ipywidgets as widgets
import numpy as np
import pytest

from farshlab.colour import delta_e, hex_to_srgb, srgb_to_lab
from farshlab.design import grid_to_text, motif
from farshlab.dye import load_dye_set
from farshlab.locale import message
from farshlab.plotting.grid import grid_raster
from farshlab.widgets.base import RTL_CLASS
from farshlab.widgets.chart_studio import ChartStudio
from farshlab.widgets.colour_matcher import ColourMatcher
from farshlab.widgets.dye_lab import DyeLab
from farshlab.widgets.loom_planner import LoomPlanner
from farshlab.widgets.numbers import NumberText, SliderReadout
from farshlab.widgets.symmetry_designer import SymmetryDesigner

np.set_printoptions(legacy=False)  # importing colour-science switches numpy to legacy printing

#: Codes that keep their Latin digits: hex colours and names such as ΔE00, D65, F11, CIEDE2000.
KEPT = re.compile(r"#[0-9A-Fa-f]{3,8}\b|[A-Za-zΔ][A-Za-z0-9_*-]*\d[A-Za-z0-9_*]*")
PERSIAN_NUMBER = re.compile(r"^-?[۰-۹]+(٫[۰-۹]+)?$")
RED = load_dye_set().names[2]


def fa(text: str) -> str:
    """Latin digits and separators written as Persian writes them (the expected text, by hand)."""
    return text.translate(str.maketrans("0123456789.,", "۰۱۲۳۴۵۶۷۸۹٫٬"))


@pytest.fixture(autouse=True)
def persian(monkeypatch):
    monkeypatch.setenv("FARSHLAB_LANG", "fa")


def shown_texts(widget) -> list[str]:
    """Every text a person reads in a laid-out simulator (hidden widgets left out)."""
    texts = []
    if widget.layout.display == "none":
        return texts
    if isinstance(widget, widgets.Box):
        for child in widget.children:
            texts += shown_texts(child)
        return texts
    texts += [text for text in (getattr(widget, "description", ""), getattr(widget, "tooltip", "")) if text]
    if isinstance(widget, widgets.HTML):
        texts.append(html.unescape(re.sub(r"<[^>]*>", " ", widget.value)))
    elif isinstance(widget, widgets.Text | widgets.Textarea):
        texts.append(widget.value)
    elif isinstance(widget, widgets.Dropdown):
        texts += widget._options_labels  # every choice the list opens on
    elif isinstance(widget, widgets.FloatSlider | widgets.IntSlider) and widget.readout:
        texts.append(f"{widget.value}")  # the browser would write it in Latin digits
    return texts


def every_widget(widget):
    """The widget and every widget inside it."""
    yield widget
    for child in getattr(widget, "children", ()):
        yield from every_widget(child)


def latin_numbers(texts: list[str]) -> list[str]:
    return [text for text in texts if re.search("[0-9]", KEPT.sub("", text))]


def _dye_lab():
    lab = DyeLab()
    lab.controls[RED].value = 2.5
    return lab


def _studio():
    studio = ChartStudio(refine_in="thread")
    assert studio.wait_refined(timeout=120)
    return studio


SIMULATORS = {
    "loom_planner": LoomPlanner,
    "dye_lab": _dye_lab,
    "colour_matcher": ColourMatcher,
    "symmetry_designer": SymmetryDesigner,
    "chart_studio": _studio,
}


@pytest.mark.parametrize("name", SIMULATORS)
def test_every_number_shown_is_in_persian_digits(name):
    sim = SIMULATORS[name]()
    try:
        layout = sim.layout()
        laid_out = list(every_widget(layout))
        texts = shown_texts(layout)
        assert sim.error is None and sim.lang == "fa"
        assert latin_numbers(texts) == []
        assert sum(bool(re.search("[۰-۹]", text)) for text in texts) >= 5
        sliders = [c for c in sim.controls.values() if isinstance(c, widgets.FloatSlider | widgets.IntSlider)]
        assert sliders, name
        for slider in sliders:  # each slider's value is written beside it, in Persian digits
            assert slider.readout is False
            box = next(
                shown for shown in sim.shown_controls.values() if slider in getattr(shown, "children", ())
            )
            (readout,) = [child for child in box.children if isinstance(child, SliderReadout)]
            assert re.fullmatch("[۰-۹٫]+", readout.value), readout.value
            assert any(readout is shown for shown in laid_out), f"{name}: a slider's readout is not laid out"
        for control in sim.controls.values():
            assert not isinstance(control, widgets.FloatText | widgets.IntText | widgets.BoundedFloatText)
    finally:
        if isinstance(sim, ChartStudio):
            sim.close()


def test_loom_planner_reads_persian_and_latin_digits_alike():
    planner = LoomPlanner()
    width = planner.controls["width_cm"]
    assert isinstance(width, NumberText) and width.text.value == "۵۰"
    for typed in ("۷۰", "70", "۷۰٫۰"):
        width.text.value = typed
        # 50 raj over 70 cm: 50 · 70 / 7 = 500 knots across
        assert width.value == 70.0 and planner.result.knots_across == 500, typed
        assert width.text.value == "۷۰"
    for typed in ("۱۲٫۵", "12.5"):
        width.text.value = typed
        # 50 · 12.5 / 7 = 89.3 → 89 knots across
        assert width.value == 12.5 and planner.result.knots_across == 89, typed
        assert width.text.value == "۱۲٫۵"
    assert "۸۹ گره در عرض" in planner.summary.value
    assert "برنامه فرش ۱۲٫۵ × ۷۰ سانتی‌متر" in planner.summary.value
    # the same as setting the number from code
    planner.controls["width_cm"].value = 12.5
    assert planner.result.knots_across == 89


def test_a_typed_non_number_keeps_the_plan_and_says_so_in_persian():
    planner = LoomPlanner()
    width = planner.controls["width_cm"]
    width.text.value = "۷۰"
    shown = planner.summary.value
    width.text.value = "هفتاد"
    assert width.value == 70.0 and planner.result.knots_across == 500
    assert planner.summary.value == shown and planner.error is None
    expected = message("widgets.number.not_a_number", lang="fa", text="هفتاد", value="۷۰")
    assert width.problem == expected and html.escape(expected) in width.note.value
    assert expected == "«هفتاد» عدد نیست، برای همین همان ۷۰ ماند: عدد را با رقم بنویسید، مثلاً ۵۰ یا 50."
    assert width.note in width.children and width.note.layout.display is None
    # a whole-number box refuses a fraction
    width.text.value = "۵۰"
    speed = planner.controls["knots_per_weaver_per_day"]
    speed.text.value = "۵۹۵۰"
    planner.controls["weavers"].value = 3
    # 178,500 knots / (3 × 5,950 a day) = 10 days
    assert speed.value == 5950 and planner.result.weaving_days == pytest.approx(10.0)
    speed.text.value = "۵۹۵۰٫۵"
    assert speed.value == 5950 and speed.problem.startswith("«۵۹۵۰٫۵» عدد صحیح نیست")
    assert "روزهای بافت برای گروه: ۱۰٫۰" in planner.summary.value


def test_loom_planner_sliders_and_figure_in_persian_digits():
    planner = LoomPlanner()
    raj = planner.shown_controls["raj_w"].children[1]
    assert raj.value == "۵۰٫۰۰"
    planner.controls["raj_w"].value = 55
    assert raj.value == "۵۵٫۰۰" and planner.result.knots_across == 393  # 55 · 50 / 7 = 392.9
    ply = planner.shown_controls["ply"].children[1]
    planner.controls["ply"].value = 3
    assert ply.value == "۳"
    ax = planner._drawing.ax
    for axis in (ax.xaxis, ax.yaxis):
        numbers = [label.get_text() for label in axis.get_ticklabels()]
        assert numbers and all(PERSIAN_NUMBER.match(text) for text in numbers), numbers
    assert ax.get_xticklabels()[0].get_fontname() == "Vazirmatn"
    assert ax.title.get_fontname() == "Vazirmatn"


def test_a_rejected_plan_shows_its_numbers_in_persian():
    planner = LoomPlanner()
    planner.controls["width_cm"].text.value = "۰"
    assert planner.result is None and planner.error == "«width_cm» باید عددی مثبت باشد، نه ۰٫۰"
    assert "نه ۰٫۰" in planner.message.value
    assert message("widgets.input_problem", lang="fa") in planner.message.value


def test_dye_lab_in_persian():
    lab = DyeLab()
    lab.controls[RED].value = 2.5
    readout = next(shown for name, shown in lab.shown_controls.items() if name == RED).children[1]
    assert readout.value == "۲٫۵۰"
    for typed in ("۱٬۰۰۰", "1000"):
        lab.controls["fibre_g"].text.value = typed
        assert lab.controls["fibre_g"].value == 1000.0
        # 1000 g of wool at 2.5 % owf: 25 g of dye; 1:40 → 40 L of bath
        red = next(line for line in lab.result.batch.dyes if line.name == RED)
        assert red.grams == pytest.approx(25.0)
        assert "<td>۲۵٫۰۰۰</td>" in lab.sheet.value and "۴۰٫۰۰ لیتر حمام" in lab.sheet.value
        assert 'cellpadding="3"' in lab.sheet.value  # the table's markup keeps its digits
    de = fa(f"{lab.result.trial.delta_e00:.2f}")
    assert f"ΔE00 تا هدف در نور روز (D65): {de}" in lab.swatches.value
    for axes in (lab.plot.reflectance_axes, lab.plot.ks_axes):
        for axis in (axes.xaxis, axes.yaxis):
            numbers = [label.get_text() for label in axis.get_ticklabels()]
            assert numbers and all(PERSIAN_NUMBER.match(text) for text in numbers), numbers
    assert {text.get_fontname() for text in lab.plot.legend.get_texts()} == {"Vazirmatn"}
    # dyes, standards and bath chemicals by their Persian names; the recipe keeps the data's names
    shown = " ".join(shown_texts(lab.layout()))
    assert "synthetic" not in shown and "salt" not in shown and "acid" not in shown, shown[:400]
    assert "قرمز اسیدی (ساختگی)" in lab.sheet.value and RED in {line.name for line in lab.result.batch.dyes}
    lab.match_button.click()
    assert "(synthetic)" not in lab.match_note.value and "اسیدی" in lab.match_note.value


def test_colour_matcher_reads_a_hex_code_typed_with_persian_digits():
    matcher = ColourMatcher()
    matcher.controls["colour"].value = "#۱f۲a۴۴"
    persian = matcher.result
    assert matcher.error is None and persian.colour == "#1f2a44" and matcher.picker.value == "#1f2a44"
    np.testing.assert_allclose(persian.lab, srgb_to_lab(hex_to_srgb("#1f2a44")))
    matcher.controls["colour"].value = "#1f2a44"
    assert [yarn.code for yarn in matcher.result.yarns] == [yarn.code for yarn in persian.yarns]
    first = matcher.result.yarns[0]
    de = float(delta_e(persian.lab, srgb_to_lab(hex_to_srgb(first.colour))))
    assert f"<b>{fa(f'{de:.2f}')}</b>" in matcher.table.value  # the ranked ΔE, in Persian digits
    assert f"<td>{first.colour}</td>" in matcher.table.value  # the hex code kept as written
    matcher.controls["count"].value = 3
    assert matcher.shown_controls["count"].children[1].value == "۳"
    assert matcher.table.value.count("<tr>") == 1 + 3


def test_symmetry_designer_motif_in_persian_digits():
    designer = SymmetryDesigner()
    text = designer.controls["motif_text"]
    gul = grid_to_text(motif("gul"))
    assert text.value == gul.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))  # ground stays '.'
    # the gul mirrored from a quarter: 18 × 18 = 324 knots, its 24 ground knots 4 times → 96
    assert "۱۸ گره در عرض × ۱۸ رج = ۳۲۴ گره" in designer.summary.value
    assert "<td>۰</td>" in designer.table.value and "<td>۹۶</td>" in designer.table.value
    before = designer.result.counts
    text.value = gul  # Latin digits read the same
    assert designer.error is None and designer.result.counts == before
    designer.paint.value = 3
    assert designer.paint.label.startswith("۳  ")
    designer.cells[(0, 0)].click()  # paint the motif's bottom-left knot (ground) with yarn 3
    assert text.value.splitlines()[-1][0] == "۳" and designer.cells[(0, 0)].tooltip.startswith("۳ ")
    assert designer.result.counts[0] == 96 - 4 and "<td>۹۲</td>" in designer.table.value
    designer.controls["repeats"].value = 2
    assert designer.shown_controls["repeats"].children[1].value == "۲"


def test_symmetry_designer_picture_numbers_its_rows_in_persian():
    designer = SymmetryDesigner()
    design = designer.result.design
    persian, latin = (
        grid_raster(design, designer.legend, lang="fa"),
        grid_raster(design, designer.legend, lang="en"),
    )
    assert designer.picture.value == persian.png()
    assert persian.cell_px == latin.cell_px and persian.shape == latin.shape
    rows, columns = persian.shape
    size = persian.cell_px * np.array([columns, rows])

    def knots(raster):
        pixels = np.asarray(raster.image)
        return pixels[raster.top : raster.top + size[1], raster.left : raster.left + size[0]]

    def numbers_below(raster):
        pixels = np.asarray(raster.image)
        return pixels[raster.top + size[1] + 3 :, raster.left : raster.left + size[0]]

    assert np.array_equal(knots(persian), knots(latin))  # the same knots …
    below = numbers_below(persian)
    assert (below < 128).any()  # … numbered below in ink …
    assert not np.array_equal(below, numbers_below(latin)[: below.shape[0]])  # … in other digits


def test_chart_studio_in_persian():
    studio = ChartStudio(refine_in="thread")
    try:
        assert studio.wait_refined(timeout=120)
        # 20 cm at 35 raj: 35 · 20 / 7 = 100 knots across
        assert "۱۰۰ گره در عرض" in studio.summary.value
        first = next(iter(studio.result.yarn))
        assert f"{fa(f'{first.knots:,}')}</td>" in studio.table.value
        assert f"background:{first.colour}" in studio.table.value
        studio.controls["colours"].value = 8
        assert studio.shown_controls["colours"].children[1].value == "۸"
        assert studio.wait_refined(timeout=120) and len(studio.result.chart.legend) == 8
        assert "۸ رنگ" in studio.summary.value
    finally:
        studio.close()


@pytest.mark.parametrize("name", ["loom_planner", "dye_lab", "colour_matcher", "symmetry_designer"])
def test_a_persian_simulator_is_laid_out_right_to_left(name, monkeypatch):
    sim = SIMULATORS[name]()
    layout = sim.layout()
    assert RTL_CLASS in layout._dom_classes  # rtl.css mirrors its rows (tests/browser measures it)
    shown = [
        w.value
        for w in every_widget(layout)
        if isinstance(w, widgets.HTML) and not isinstance(w, SliderReadout) and w.value
    ]
    results = [value for value in shown if re.search("[۰-۹]", value)]
    assert results, name
    for value in results:
        assert value.startswith('<div dir="rtl" lang="fa">') or value.startswith("<span dir="), value[:80]
    monkeypatch.setenv("FARSHLAB_LANG", "en")
    english = SIMULATORS[name]()
    layout = english.layout()
    assert RTL_CLASS not in layout._dom_classes
    assert not any('dir="rtl"' in w.value for w in every_widget(layout) if isinstance(w, widgets.HTML))
