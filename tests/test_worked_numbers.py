"""The numbers the course's texts quote, recomputed with farshlab's functions.

Each claim is a piece of text with its numbers filled in from a computation: the test fails when a
text quotes a number the maths does not give (or when the maths changes under a text). The common
mistakes of the unit files compute both the trainee's wrong number and the right one.
"""

import math
import re

import colour
import numpy as np
import pytest

from farshlab.carpet import (
    AHRARI_PILE_NM_AT_40_RAJ,
    chart_size,
    field_fits,
    finished_size,
    fitting_repeats,
    knot_rows,
    knots_across,
    materials_bill,
    nearest_fitting_side,
    pile_length_m,
    raj_from_reg,
    total_knots,
    weaving_days,
    weft_length_m,
    yarn_grams,
)
from farshlab.dye import dye_grams, liquor_litres, stock_ml


def _text(project, name):
    """A file's text as prose: comment markers off, lines joined, spaces collapsed."""
    lines = (re.sub(r"^\s*#+ ?", "", line) for line in (project.root / name).read_text().splitlines())
    return " ".join(" ".join(lines).split())


def _thousands(value):
    return f"{value:,g}" if value != int(value) else f"{int(value):,}"


WORKED = (50 * 50 / 7) * (50 * 70 / 7)  # 50 × 70 cm at 50 raj, multiplied before rounding
RIGHT_KNOTS = total_knots(50, 70, 50)
PILE_M = pile_length_m(RIGHT_KNOTS)  # 7,140 m at 4 cm per knot
Q41 = yarn_grams(PILE_M, nm=8, ply=1, waste_percent=10)  # a01 Q4.1's visible example, 981.75 g
COARSE = yarn_grams(PILE_M, nm=6, ply=2, waste_percent=10)  # the lesson's coarser yarn, 2,618 g
DAYS = weaving_days(61_200, 1, 6_000)  # a01 Q3.3's visible example, 10.2 days
Q61_RIGHT = yarn_grams(pile_length_m(30_000), nm=6, ply=2, waste_percent=10)  # a05 Q6.1's example, 440 g


def _hue(srgb):
    """The CIELAB hue angle of an sRGB colour (0–255), by colour-science under D65/2°."""
    xyz = colour.sRGB_to_XYZ(np.asarray(srgb) / 255)
    return float(colour.Lab_to_LCHab(colour.XYZ_to_Lab(xyz))[2])


HUES = {
    name: _hue(srgb)
    for name, srgb in {
        "red": [255, 0, 0],
        "yellow": [255, 255, 0],
        "green": [0, 255, 0],
        "cyan": [0, 255, 255],
        "blue": [0, 0, 255],
        "magenta": [255, 0, 255],
    }.items()
}

CLAIMS = [
    # unit 0, common mistakes
    (
        "curriculum/units/00-orientation.md",
        f"{math.floor(50 * 50 / 7 * 1000) / 1000}… knots",
    ),
    (
        "curriculum/units/00-orientation.md",
        f"absurd numbers ({round(50 * 7 / 50)} knots for 50 × 7 ÷ 50 instead of {knots_across(50, 50)}; "
        f"{_thousands(RIGHT_KNOTS / 12)} maghat instead of {RIGHT_KNOTS / 12_000:g})",
    ),
    (
        "curriculum/units/00-orientation.md",
        f"{RIGHT_KNOTS // 12_000} instead of {RIGHT_KNOTS / 12_000:g}",
    ),
    (
        "curriculum/units/00-orientation.md",
        f"a total {round(WORKED) - RIGHT_KNOTS} knots off ({round(WORKED):,} instead of {RIGHT_KNOTS:,} "
        "for 50 × 70 cm at 50 raj)",
    ),
    # unit 1, common mistakes
    (
        "curriculum/units/01-knots-and-sizes.md",
        f"{knots_across(50, 50, unit_cm=6.5)} knots instead of {knots_across(50, 50)}",
    ),
    (
        "curriculum/units/01-knots-and-sizes.md",
        f"{160 // 4} raj for 160 reg instead of {raj_from_reg(160):.1f}",
    ),
    (
        "curriculum/units/01-knots-and-sizes.md",
        f"{round(DAYS)} days instead of {math.ceil(DAYS)} for 61,200 knots at 6,000 a day ({DAYS:g} days)",
    ),
    (
        "curriculum/units/01-knots-and-sizes.md",
        f"with Q4.1's knots in Nm 8 and 2 ply: half the grams "
        f"({_thousands(yarn_grams(PILE_M, nm=8, ply=1, waste_percent=10))} g instead of "
        f"{_thousands(yarn_grams(PILE_M, nm=8, ply=2, waste_percent=10))} g), or a quarter "
        f"({_thousands(yarn_grams(PILE_M, nm=8 * 2, ply=1, waste_percent=10))} g)",
    ),
    (
        "curriculum/units/01-knots-and-sizes.md",
        f"ten times the yarn ({_thousands(yarn_grams(PILE_M, nm=8, ply=1, waste_percent=1000))} g instead of "
        f"{_thousands(Q41)} g for Q4.1's example)",
    ),
    (
        "curriculum/units/01-knots-and-sizes.md",
        f"{round(105 / 10) * 10} for 105 with a repeat of 10, instead of {nearest_fitting_side(105, 10)}",
    ),
    (
        "curriculum/units/01-knots-and-sizes.md",
        f"{157 // 10 * 10} for 157 instead of {nearest_fitting_side(157, 10)}",
    ),
    (
        "curriculum/units/01-knots-and-sizes.md",
        f"{weft_length_m(500, 50, passes_per_row=1):g} m of weft instead of "
        f"{materials_bill(50, 70, 50, nm=8).weft_m:g} m for 50 × 70 cm",
    ),
    # unit 2
    (
        "curriculum/units/02-colour.md",
        f"sRGB blue at {HUES['blue'] - 360:.1f}° instead of {HUES['blue']:.1f}°".replace("-", "−"),
    ),
    (
        "curriculum/units/02-colour.md",
        f"sRGB yellow is at {HUES['yellow']:.0f}°, blue at {HUES['blue']:.0f}°",
    ),
    # unit 4
    (
        "curriculum/units/04-dye-mixing.md",
        f"{_thousands(liquor_litres(500 * 1000, 40))} L for a 500 g skein",
    ),
    (
        "curriculum/units/04-dye-mixing.md",
        # a 1 % stock read as 1 g per litre: 12.5 g of dye in 12.5 litres
        f"{_thousands(dye_grams(500, 2.5) / 1 * 1000)} ml instead of "
        f"{_thousands(stock_ml(500, 2.5, stock_percent=1.0))} ml for 500 g at 2.5 % from a 1 % stock",
    ),
    # unit 5
    (
        "curriculum/units/05-pattern-coding.md",
        f"{int(40 * 50 / 7)} rows instead of {knot_rows(50, 40)}",
    ),
    (
        "curriculum/units/05-pattern-coding.md",
        f"{_thousands(Q61_RIGHT / 1.1 + 10)} g instead of {_thousands(Q61_RIGHT)} g for Q6.1's example",
    ),
    # lesson 1, the yarn and the weft worked by hand
    (
        "notebooks/01_knots_and_sizes.py",
        f"{RIGHT_KNOTS:,} × 4 ÷ 100 = {PILE_M:,g} m; {PILE_M:,g} ÷ 8 = "
        f"{yarn_grams(PILE_M, nm=AHRARI_PILE_NM_AT_40_RAJ):g} g; plus 10 % = "
        f"{yarn_grams(PILE_M, nm=AHRARI_PILE_NM_AT_40_RAJ, waste_percent=10):g} g",
    ),
    (
        "notebooks/01_knots_and_sizes.py",
        f"Nm 6 in 2 ply = 3 metres per gram, would give {_thousands(COARSE)} g",
    ),
    ("exercises/a01_knots_and_sizes/a01_knots_and_sizes.py", f"1 ply), 10 % waste → {_thousands(Q41)} g"),
    (
        "notebooks/01_knots_and_sizes.py",
        f"500 rows × 2 passes × 50 cm × 1.2 = 60,000 cm = {weft_length_m(500, 50):g} m",
    ),
    (
        "notebooks/01_knots_and_sizes.py",
        f"160 reg are 160 × 7 ÷ 27 ≈ {raj_from_reg(160):.1f} knots per 7 cm",
    ),
]


@pytest.mark.parametrize("name, claim", CLAIMS, ids=[f"{n.split('/')[-1]}:{c[:40]}" for n, c in CLAIMS])
def test_the_text_quotes_the_computed_numbers(project, name, claim):
    assert claim in _text(project, name)


def test_the_claims_hold_the_right_numbers():
    # the fixed figures of issue #14, section 3: a few hundred knots off was 71; 125 ml was 12,500 ml
    assert round(WORKED) - RIGHT_KNOTS == 71
    assert dye_grams(500, 2.5) * 1000 == pytest.approx(12_500)
    # the old "waste before dividing" gave the right number (multiplying commutes): not a mistake
    assert yarn_grams(pile_length_m(30_000) * 1.1, nm=6, ply=2) == pytest.approx(Q61_RIGHT)
    assert Q61_RIGHT / 1.1 + 10 != pytest.approx(Q61_RIGHT)
    # the rounding rule of the lesson is not Python's round
    assert round(105 / 10) * 10 != nearest_fitting_side(105, 10)


def test_a03_critique_model_answer(project):
    text = _text(project, "exercises/a03_design/a03_design.py")
    question = text.split("## Q5.1", 1)[1]
    # the floor carpet: the field fits inside it, and its repeat does not fit the field
    across, rows = chart_size(200, 300, 50)
    assert "a 200 × 300 cm floor carpet at 50 raj" in question
    assert f"inside the carpet's {across:,} × {rows:,}" in question
    assert 102 * 10 < across and 153 * 10 < rows
    assert f"(1,020 × 1,530 knots, inside the carpet's {across:,} × {rows:,})" in question
    assert not field_fits(102, 153, 10) and field_fits(100, 150, 10)
    others = [str(r) for r in fitting_repeats(102, 153) if r > 1]
    assert f"({', '.join(others[:-1])} or {others[-1]} khaneh)" in question
    # the portrait: 70 × 100 cm at 50 raj across, 60 rows per 7 cm
    portrait_across, portrait_rows = chart_size(70, 100, 50, 60)
    assert (portrait_across, portrait_rows) == (500, 857)
    assert f"70 × 50 ÷ 7 = {portrait_across} knots across and 100 × 60 ÷ 7 = {portrait_rows} rows" in question
    width, height = finished_size(500, 500, 50, 60)
    assert f"{width:g} cm wide but only 500 × 7 ÷ 60 = {height:.1f} cm tall" in question
    assert "357" not in question  # 357 is 50 cm at 50 raj, not 70 cm


def test_hue_guide_bands_hold_the_srgb_colours(project):
    text = _text(project, "notebooks/02_colour.py")
    guide = text.split("A rough guide", 1)[1].split("The bands are not equal", 1)[0]
    bands = re.findall(r"(\d+)–(\d+)° ([a-z -]+?)(?: and ([a-z-]+))?(?= \(|,|\.)", guide)
    named = {}
    for low, high, first, second in bands:
        for word in (first.strip(), second):
            if word:
                named[word] = (int(low), int(high))
    assert set(named) >= {"reds", "yellows", "greens", "blue-greens", "blues", "magentas"}
    family = {
        "red": "reds",
        "yellow": "yellows",
        "green": "greens",
        "cyan": "blue-greens",
        "blue": "blues",
        "magenta": "magentas",
    }
    for colour_name, hue in HUES.items():
        low, high = named[family[colour_name]]
        assert low <= hue < high, f"sRGB {colour_name} at {hue:.1f}° is not in the {family[colour_name]} band"
        assert f"sRGB {colour_name} {hue:.0f}°" in guide
    # the bands cover the circle once, without gaps or overlaps
    edges = sorted((int(low), int(high)) for low, high, *_ in bands)
    assert edges[0][0] == 0 and edges[-1][1] == 360
    assert all(a[1] == b[0] for a, b in zip(edges, edges[1:], strict=False))
    # where the old guide put them: yellow in its 100–180° greens, blue in its 290–350° purples
    assert 100 <= HUES["yellow"] <= 180 and 290 <= HUES["blue"] <= 350
