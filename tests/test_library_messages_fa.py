"""
What the domain packages (carpet, design, dye, chart's reading formats) write for a person comes from
the catalogues of farshlab.locale: English exactly as before, Persian in the trade's words with
Persian digits when FARSHLAB_LANG=fa, and values that programs compare (the assignments' answers)
the same in every language. Nothing here runs a notebook.
"""

import ast
import json
import re
import warnings
from pathlib import Path

import numpy as np
import pytest

from farshlab import carpet, design, dye
from farshlab.chart import clean_chart, condense_ranges, layer_lists, numbered_grid, run_length_calls
from farshlab.colour import Yarn, YarnLegend, delta_e, hex_to_srgb, load_example_legend, nearest_yarn
from farshlab.locale import catalogue
from farshlab.locale.display import is_persian

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "farshlab"
LOCALE = PACKAGE / "locale"
AREAS = ("carpet", "design", "dye", "colour")
ALLOWED_LATIN = {
    line.strip()
    for line in (ROOT / "curriculum" / "latin-terms.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
}
#: Code in a message: quoted «like this», or a Python string literal ('x', "x"), or a {field}.
_CODE = re.compile(r"«[^«»]*»|'[^']*'|\"[^\"]*\"|\{[^{}]*\}")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_*]*")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")


def _persian_keys() -> dict[str, str]:
    """The Persian templates of these areas (and of chart's reading formats)."""
    return {
        key: text
        for key, text in catalogue("fa").items()
        if key.split(".")[0] in AREAS or key.startswith(("chart.reading.", "chart.check."))
    }


def _prose(text: str) -> str:
    """The text without its code and values: what must be Persian."""
    return _CODE.sub(" ", text)


def _foreign_words(text: str, values=()) -> list[str]:
    """Latin words in the prose that are neither allowed terms nor one of ``values`` (code shown)."""
    return [
        word
        for word in _LATIN_WORD.findall(_prose(text))
        if word not in ALLOWED_LATIN and word not in values and "_" not in word and not re.search(r"\d", word)
    ]


def _assert_persian(text: str, values=()) -> None:
    """Persian letters, no English words, and digits only in code (the allowed terms and ``values`` aside)."""
    prose = _LATIN_WORD.sub(
        lambda w: " " if w.group() in ALLOWED_LATIN or w.group() in values else w.group(), _prose(text)
    )
    letters = [c for c in prose if c.isalpha()]
    arabic = [c for c in letters if _ARABIC_LETTER.match(c)]
    assert is_persian(text) and len(arabic) >= 0.8 * len(letters), f"not Persian enough: {text}"
    assert not _foreign_words(text, values), f"English words {_foreign_words(text, values)} in: {text}"
    digits = re.sub(r"[A-Za-z][A-Za-z0-9_*]*", " ", prose)
    assert not re.search(r"[0-9]", digits), f"Latin digits outside code in: {text}"


# --- the catalogues -------------------------------------------------------------------------------


@pytest.mark.parametrize("area", AREAS)
def test_every_key_has_english_and_persian_and_its_area_prefix(area):
    english = json.loads((LOCALE / "en" / f"{area}.json").read_text(encoding="utf-8"))
    persian = json.loads((LOCALE / "fa" / f"{area}.json").read_text(encoding="utf-8"))
    assert english.keys() == persian.keys()
    assert all(key.startswith(f"{area}.") for key in english)


def test_chart_reading_words_have_english_and_persian():
    english = {
        k for k in json.loads((LOCALE / "en" / "chart.json").read_text()) if k.startswith("chart.reading.")
    }
    persian = {
        k for k in json.loads((LOCALE / "fa" / "chart.json").read_text()) if k.startswith("chart.reading.")
    }
    assert english == persian and len(english) >= 13


@pytest.mark.parametrize("key", sorted(_persian_keys()))
def test_persian_templates_are_persian(key):
    text = _persian_keys()[key]
    if not any(c.isalpha() for c in _prose(text)):  # separators and code names: "، ", "{name}[0]"
        return
    _assert_persian(text)


def _used_keys():
    """Catalogue keys named in the domain packages' source: literal keys, and prefixes of f-string keys."""
    literal, prefixes = set(), set()
    for folder in ("carpet", "chart", "design", "dye", "colour"):
        for path in (PACKAGE / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Call) and node.args):
                    continue
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                if name not in ("words", "message", "_template"):
                    continue
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    literal.add(first.value)
                elif isinstance(first, ast.JoinedStr) and isinstance(first.values[0], ast.Constant):
                    prefixes.add(first.values[0].value)
    return literal, prefixes


def test_every_key_the_code_names_exists_and_every_key_is_used():
    literal, prefixes = _used_keys()
    english = catalogue("en")
    assert not literal - english.keys(), f"no English text for {sorted(literal - english.keys())}"
    for prefix in prefixes:
        assert any(key.startswith(prefix) for key in english), f"no key starts with {prefix!r}"
    ours = [
        key
        for key in english
        if key.split(".")[0] in AREAS or key.startswith(("chart.reading.", "chart.check."))
    ]
    unused = [key for key in ours if key not in literal and not any(key.startswith(p) for p in prefixes)]
    assert not unused, f"catalogue keys no code uses: {unused}"


# --- the messages: English unchanged, Persian in Persian ------------------------------------------

GRID = design.blank_grid(3, 3)

#: (a call that fails, its English message exactly as before, code values the message may show)
FAILURES = [
    (lambda: carpet.raj_from_back_count(100, nodes_per_knot=3), "nodes_per_knot must be 1 or 2, got 3", ()),
    (
        lambda: carpet.knots_across(0.01, 10),
        "width_cm is too small for even one knot at this raj: width_cm=0.01 cm, raj=10",
        (),
    ),
    (lambda: carpet.in_units(100, "gaz"), "unit must be one of ['maghat', 'qabal'], got 'gaz'", ()),
    (
        lambda: carpet.materials_bill(50, 70, 50, nm=8, knots_by_colour={1: 1000}),
        "knots_by_colour adds up to 1000 knots, but the carpet has 178500 (357 across × 500 rows)",
        (),
    ),
    (
        lambda: carpet.centre_of_side(153, 10),
        "side 153 does not hold a whole number of repeats of 10 (15.3 repeats): "
        "the repeats cannot meet at the centre",
        (),
    ),
    (lambda: condense_ranges([3, 2]), "columns must be increasing with no repeats, got [3, 2]", ()),
    (lambda: layer_lists([[1]], columns_from="top"), "columns_from must be 'right' or 'left', got 'top'", ()),
    (
        lambda: layer_lists([1, 2]),
        "codes must be a 2-D grid of whole-number yarn codes (row 0 = bottom), got shape (2,) of int64",
        ("int64",),
    ),
    (
        lambda: design.grid_from_text(["12", "1x"]),
        "grid line 2 from the top has 'x': use the digits 0-9 and '.' for the ground",
        (),
    ),
    (
        lambda: design.as_grid([[1.5]]),
        "grid must hold whole-number colour codes (int), got float64 values such as 1.5",
        ("float64",),
    ),
    (
        lambda: design.draw_line(GRID, (0.5, 1), (1, 1), 1),
        "start row must be a whole number of knots, got 0.5",
        (),
    ),
    (
        lambda: design.draw_line(GRID, (5, 1), (1, 1), 1),
        "start (5, 1) is off the grid of 3 rows × 3 knots (rows 0–2, columns 0–2)",
        (),
    ),
    (
        lambda: design.stamp(GRID, [[1, 1], [1, 1]], [(-1, 2)]),
        "the motif placed at (-1, 2) runs below the bottom row and past the right edge "
        "(needs columns up to 3, the grid has 0–2)",
        (),
    ),
    (lambda: design.rotate([[1]], 45), "degrees must be 0, 90, 180 or 270, got 45", ()),
    (
        lambda: design.motif("lion"),
        "no motif 'lion' in the library: choose one of boteh, diamond, gul, star, tree",
        ("boteh", "diamond", "gul", "star", "tree"),
    ),
    (
        lambda: design.compose_carpet(design.motif("gul")[:, :5], design.motif("diamond")),
        "the bottom and top borders: a side of 5 knots does not hold a whole number of repeats of 7 knots "
        "(0.71 repeats): the repeats would not meet at the centre; the nearest side that fits is 7 knots",
        (),
    ),
    (
        lambda: design.compose_carpet(design.blank_grid(13, 19), design.motif("diamond"), inner_guard=(1, 1)),
        "the left and right borders: a side of 15 knots does not hold a whole number of repeats of 7 knots "
        "(2.14 repeats): the repeats would not meet at the centre; the nearest side that fits is 14 knots",
        (),
    ),
    (
        lambda: design.picture_to_knots(np.zeros((30, 90, 3), dtype=np.uint8), 10, 10, 10, crop=False),
        "the picture's proportions (width/height 3.000) differ from the tableau's (10 × 10 cm, 1.000): "
        "it would be stretched; crop it first or use crop=True",
        (),
    ),
    (
        lambda: dye.liquor_litres(500, 0.5),
        "liquor_ratio must be at least 1 (1:1, litres per kg of fibre), got 0.5",
        (),
    ),
    (lambda: dye.auxiliary_grams(1, "kg", 500, 20), "unit must be '% owf' or 'g/L', got 'kg'", ()),
    (
        lambda: dye.ks_from_reflectance(45),
        "reflectance must be a reflectance between 0 and 1 (0 excluded), got 45 "
        "(reflectance is a fraction 0–1: write 45 % as 0.45)",
        (),
    ),
    (
        lambda: dye.batch_recipe({"red": "x"}, 500, 40),
        "the % owf of 'red' must be zero or a positive number, got 'x'",
        (),
    ),
    (
        lambda: dye.cost_per_kg(dye.batch_recipe({"red": 1}, 500, 40), {}),
        "prices_per_kg has no price for 'red'",
        (),
    ),
    (
        lambda: dye.match_recipe(dye.load_dye_set(), [200, 0, 0]),
        "target_lab must be 3 finite numbers L*, a*, b* with L* 0–100, got [200, 0, 0]",
        (),
    ),
    (
        lambda: dye.reflectance_to_lab([0.5] * 31, "D65", 5),
        "observer must be 10 (1964, 10°) or 2 (1931, 2°) degrees, got 5",
        (),
    ),
    (
        lambda: dye.read_dye_set("/nonexistent/dyes.csv"),
        "path must be a CSV file of calibration dyeings, got '/nonexistent/dyes.csv' (no such file)",
        (),
    ),
    (lambda: hex_to_srgb("#12"), "hex_colour must be like '#a1b2c3' (six hex digits), got '#12'", ()),
    (lambda: Yarn(-1, "red", "#aa0000"), "code must be a whole number 0 or more, got -1", ()),
    (lambda: YarnLegend([]), "a yarn legend needs at least one yarn, got none", ()),
    (
        lambda: delta_e([50, 0, 0], [50, 0, 0], method="cie42"),
        "method must be one of ['cie76', 'cie94', 'ciede2000', 'cmc'], got 'cie42'",
        (),
    ),
    (lambda: nearest_yarn([[50, 0, 0]], [[50, 0, np.nan]]), "yarns_lab must not contain NaN or infinity", ()),
    (
        lambda: clean_chart([[1]], load_example_legend(), min_run=0),
        "min_run must be a whole number of at least 1, got 0",
        (),
    ),
]


@pytest.mark.parametrize(("fails", "english", "values"), FAILURES, ids=[f[1][:40] for f in FAILURES])
def test_english_messages_are_unchanged(monkeypatch, fails, english, values):
    monkeypatch.delenv("FARSHLAB_LANG", raising=False)
    with pytest.raises(ValueError) as error:
        fails()
    assert str(error.value) == english


@pytest.mark.parametrize(("fails", "english", "values"), FAILURES, ids=[f[1][:40] for f in FAILURES])
def test_persian_messages_are_persian(monkeypatch, fails, english, values):
    monkeypatch.setenv("FARSHLAB_LANG", "fa")
    with pytest.raises(ValueError) as error:
        fails()
    _assert_persian(str(error.value), values)


def test_the_lesson_messages_in_persian(monkeypatch):
    monkeypatch.setenv("FARSHLAB_LANG", "fa")
    with pytest.raises(ValueError) as error:  # lesson 3: a border that cannot meet at the centre
        design.compose_carpet(design.blank_grid(13, 19), design.motif("diamond"), inner_guard=(1, 1))
    assert str(error.value) == (
        "حاشیه‌های چپ و راست: ضلعی به طول ۱۵ گره تعداد کاملی از واگیرهٔ ۷ گره‌ای را جا نمی‌دهد "
        "(۲٫۱۴ واگیره): واگیره‌ها در وسط ضلع به هم نمی‌رسند؛ نزدیک‌ترین طول ضلعی که جور است ۱۴ گره است"
    )
    with pytest.raises(ValueError) as error:  # code keeps its digits: start[0], not start[۰]
        design.draw_line(GRID, (0.5, 1), (1, 1), 1)
    assert str(error.value) == "«start[0]» باید عددی صحیح (تعداد گره) باشد، نه ۰٫۵"


def test_warnings_in_both_languages(monkeypatch):
    monkeypatch.delenv("FARSHLAB_LANG", raising=False)
    with pytest.warns(carpet.UnusualDensityWarning, match=r"^raj_w = 500 is outside the usual 10–120: check"):
        carpet.chart_size(50, 70, 500, 50)
    monkeypatch.setenv("FARSHLAB_LANG", "fa")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        carpet.chart_size(50, 70, 500, 50)
        dye.predict_lab(dye.load_dye_set(), {"Acid Red (synthetic)": 9})
    texts = [str(w.message) for w in caught]
    assert texts[0].startswith("«raj_w» = ۵۰۰ بیرون از بازهٔ معمول ۱۰ تا ۱۲۰ است")
    assert texts[1].startswith("قرمز اسیدی (ساختگی) با ۹ درصد owf")
    for text in texts:
        _assert_persian(text)


# --- what a trainee reads, and what programs compare ---------------------------------------------

WINDOW = np.array([[5, 2, 2, 2, 5, 2, 5, 5, 2, 2, 2, 2], [2, 2, 2, 5, 5, 5, 5, 5, 5, 2, 2, 2]])


def test_reading_formats_stay_english_by_default_in_a_persian_course(monkeypatch):
    # the assignments compare a trainee's lines with these English ones: FARSHLAB_LANG must not change them
    monkeypatch.setenv("FARSHLAB_LANG", "fa")
    assert layer_lists(WINDOW)[0] == "Row 1: colour 2: columns 1–4, 7, 9–11"
    assert run_length_calls(WINDOW)[1] == "Row 2: 3 × colour 2, 6 × colour 5, 3 × colour 2"
    assert condense_ranges([140, 141, 142, 148]) == "140–142, 148"
    assert carpet.centre_of_side(100, 25) == "joint"


def test_reading_formats_in_persian():
    assert layer_lists(WINDOW, lang="fa")[:2] == [
        "رج ۱: رنگ ۲: ستون‌های ۱–۴، ۷، ۹–۱۱",
        "رج ۱: رنگ ۵: ستون‌های ۵–۶، ۸، ۱۲",
    ]
    assert run_length_calls(WINDOW, lang="fa")[1] == "رج ۲: ۳ × رنگ ۲، ۶ × رنگ ۵، ۳ × رنگ ۲"
    assert condense_ranges([140, 141, 142, 148], lang="fa") == "۱۴۰–۱۴۲، ۱۴۸"
    for line in layer_lists(WINDOW, lang="fa") + run_length_calls(WINDOW, lang="fa"):
        _assert_persian(line)


def test_numbered_grid_speaks_the_current_language_and_never_mirrors(monkeypatch):
    monkeypatch.delenv("FARSHLAB_LANG", raising=False)
    english = numbered_grid(WINDOW)
    assert english.splitlines()[0] == "column: 2 1 | 9 8 7 6 5 4 3 2 1"
    monkeypatch.setenv("FARSHLAB_LANG", "fa")
    persian = numbered_grid(WINDOW)
    assert persian == (
        "ستون:\u200e ۲ ۱ | ۹ ۸ ۷ ۶ ۵ ۴ ۳ ۲ ۱\n"
        "رج ۲:\u200e ۲ ۲ ۲ ۵ ۵ ۵ ۵ ۵ ۵ ۲ ۲ ۲\n"
        "رج ۱:\u200e ۵ ۲ ۲ ۲ ۵ ۲ ۵ ۵ ۲ ۲ ۲ ۲"
    )
    assert numbered_grid(WINDOW, lang="en") == english


def test_centre_of_side_in_words(monkeypatch):
    assert carpet.centre_of_side_words(100, 25, lang="en") == carpet.centre_of_side(100, 25) == "joint"
    assert carpet.centre_of_side_words(150, 50, lang="en") == "repeat centre"
    monkeypatch.setenv("FARSHLAB_LANG", "fa")
    assert carpet.centre_of_side_words(100, 25) == "محل اتصال دو واگیره"
    assert carpet.centre_of_side_words(150, 50) == "وسط یک واگیره"


def test_product_names_in_persian_and_data_names_unchanged(monkeypatch):
    batch = dye.batch_recipe({"Acid Red (synthetic)": 2.5}, 500, 40, "levelling_acid")
    monkeypatch.setenv("FARSHLAB_LANG", "fa")
    assert [line.auxiliary.name for line in batch.auxiliaries] == ["Glauber's salt", "sulfuric acid"]
    shown = [dye.product_name(line.auxiliary.name) for line in batch.auxiliaries]
    assert shown == ["نمک گلابر", "اسید سولفوریک"]
    every = [aux.name for bath in dye.BATHS.values() for aux in bath]
    every += dye.load_dye_set().names + list(dye.load_standards())
    for name in every:
        _assert_persian(dye.product_name(name))
        assert dye.product_name(name, lang="en") == name
    assert dye.product_name("Lanaset Navy") == "Lanaset Navy"


def test_yarn_names_in_the_course_language(monkeypatch):
    monkeypatch.setenv("FARSHLAB_LANG", "fa")
    yarns = list(load_example_legend()) + list(design.motif_legend())
    assert all(is_persian(yarn.local_name()) for yarn in yarns)
    assert design.motif_legend().by_code(2).local_name() == "روناسی"
    assert Yarn(7, "Madder red", "#a8323a").local_name() == "Madder red"
    monkeypatch.delenv("FARSHLAB_LANG")
    assert [yarn.local_name() for yarn in yarns] == [yarn.name for yarn in yarns]
