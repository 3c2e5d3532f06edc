"""The numbers the course's texts quote, recomputed with farshlab's functions.

Each claim is a piece of text with its numbers filled in from a computation: the test fails when a
text quotes a number the maths does not give (or when the maths changes under a text). The common
mistakes of the unit files compute both the trainee's wrong number and the right one.
"""

import ast
import math
import re

import colour
import numpy as np
import pytest

from farshlab.carpet import (
    AHRARI_PILE_NM_AT_40_RAJ,
    amount_for_knots,
    chart_size,
    field_fits,
    finished_size,
    fitting_repeats,
    knot_rows,
    knots_across,
    maghat,
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
from farshlab.kit.costs import estimate_kit
from farshlab.kit.lots import lots_needed


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
# module 6: the lesson's 35 × 50 cm plan at 40 raj, 2 weavers at 1,200 knots a day each;
# a colour of 2,300 g dyed in baths of 1,000 g
PLAN_KNOTS = total_knots(35, 50, 40)  # 57,200
PLAN_DAYS = weaving_days(PLAN_KNOTS, 2, 1_200)  # 23.8
PLAN_PILE_M = pile_length_m(PLAN_KNOTS)  # 2,288 m
A06_DAYS = weaving_days(178_500, 3, 1_400)  # a06 Q1.1's example, 42.5 days
LOTS = lots_needed(2_300, 1_000)
LOT_WOOL = 2_300 / LOTS  # 766.7 g


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
    # unit 6, common mistakes
    (
        "curriculum/units/06-capstone.md",
        f"{round(A06_DAYS)} days instead of {math.ceil(A06_DAYS)} for 178,500 knots, "
        f"3 weavers at 1,400 a day ({A06_DAYS:g} days)",
    ),
    (
        "curriculum/units/06-capstone.md",
        f"{round(2_300 / 1_000)} lots instead of {LOTS} for 2,300 g in 1,000 g baths",
    ),
    ("curriculum/units/06-capstone.md", f"{min(2_300, 1_000):,} g instead of {LOT_WOOL:.1f} g a lot"),
    (
        "curriculum/units/06-capstone.md",
        f"{_thousands(500 * 40)} instead of {liquor_litres(500, 40):g} L for 500 g at 1:40",
    ),
    (
        "curriculum/units/06-capstone.md",
        f"{dye_grams(LOT_WOOL, 1.25 * 100):.1f} g instead of {dye_grams(LOT_WOOL, 1.25):.2f} g of Acid Red",
    ),
    (
        "curriculum/units/06-capstone.md",
        f"{yarn_grams(pile_length_m(12_000), nm=8, ply=1, waste_percent=5):g} g instead of "
        f"{yarn_grams(pile_length_m(12_000), nm=8, ply=2, waste_percent=5):g} g for Q1.2's example",
    ),
    (
        "curriculum/units/06-capstone.md",
        f"{_thousands(PLAN_KNOTS // 12_000 * 1_800_000)} instead of "
        f"{_thousands(amount_for_knots(PLAN_KNOTS, 1_800_000))} rial for 57,200 knots",
    ),
    # lesson 6, the plan, the yarn and the lots worked by hand
    (
        "notebooks/06_capstone.py",
        f"{PLAN_KNOTS:,} knots, {maghat(PLAN_KNOTS):.2f} maghat. With two weavers at 1,200 knots a day each, "
        f"that is {PLAN_KNOTS:,} ÷ 2,400 = {PLAN_DAYS:.1f}, so **{math.ceil(PLAN_DAYS)} days**",
    ),
    (
        "notebooks/06_capstone.py",
        f"the wages are {_thousands(amount_for_knots(PLAN_KNOTS, 1_800_000))} rial",
    ),
    (
        "notebooks/06_capstone.py",
        f"A 50 × 70 cm tableau at 40 raj has {total_knots(50, 70, 40):,} knots and takes "
        f"{math.ceil(weaving_days(total_knots(50, 70, 40), 2, 1_200))} days",
    ),
    (
        "notebooks/06_capstone.py",
        f"need {PLAN_PILE_M:,g} m, {yarn_grams(PLAN_PILE_M, nm=8):g} g, and "
        f"**{yarn_grams(PLAN_PILE_M, nm=8, waste_percent=10):g} g** with the waste",
    ),
    (
        "notebooks/06_capstone.py",
        f"so **{LOTS} lots** (round up: the last {2_300 - 2 * 1_000} g still need a bath)",
    ),
    ("notebooks/06_capstone.py", f"lots of 2,300 ÷ {LOTS} = {LOT_WOOL:.1f} g"),
    (
        "notebooks/06_capstone.py",
        f"({LOT_WOOL:.1f} g at 1:40 is {liquor_litres(LOT_WOOL, 40):.1f} L); each dye = g of wool × % owf ÷ "
        f"100 (Acid Red at 1.25 % is {dye_grams(LOT_WOOL, 1.25):.2f} g)",
    ),
    # a06, the visible examples
    (
        "exercises/a06_capstone/a06_capstone.py",
        f"{pile_length_m(12_000):g} m → {yarn_grams(pile_length_m(12_000), nm=8, ply=2):g} g → "
        f"{yarn_grams(pile_length_m(12_000), nm=8, ply=2, waste_percent=5):g} g",
    ),
    (
        "exercises/a06_capstone/a06_capstone.py",
        f"{_thousands(amount_for_knots(PLAN_KNOTS, 1_800_000))} + {_thousands(2_300 * 6_000)} + "
        f"{_thousands(60 * 40_000)} = {_thousands(estimate_kit(PLAN_KNOTS, 2_300, 60, 0).total_rial)} rial",
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


def _setup_value(text, name):
    """A literal assigned in an exercise's set-up cell (``NAME = …``), read without running the cell."""
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == [name]:
            return ast.literal_eval(node.value)
    raise AssertionError(f"no {name} = … in the exercise")


def test_a06_plans_and_model_answers_are_worked_from_the_stated_figures(project):
    """The set-up's plans and the project's model answers: knots, days and cost from the kit's figures."""
    source = (project.root / "exercises/a06_capstone/a06_capstone.py").read_text(encoding="utf-8")
    plans = _setup_value(source, "PLANS")
    assert len(plans) == 4
    for plan in plans:
        width, height, raj = map(int, re.fullmatch(r"(\d+) × (\d+) cm, (\d+) raj", plan["name"]).groups())
        knots = total_knots(width, height, raj)
        # the set-up cell's figures: 2 weavers at 1,200 knots a day; 4 cm a knot, Nm 8, 1 ply, 10 % waste;
        # dyes at 2 % owf; the kit's prices (1,800,000 rial a maghat, wool and dyes by the kg)
        wool = yarn_grams(pile_length_m(knots, 4), nm=8, ply=1, waste_percent=10)
        estimate = estimate_kit(knots, wool, dye_grams(wool, 2), 0)
        assert (estimate.figures.weavers, estimate.figures.knots_per_day) == (2, 1_200)
        assert plan["knots"] == knots, plan["name"]
        assert plan["days"] == math.ceil(weaving_days(knots, 2, 1_200)) == estimate.weaving_days, plan["name"]
        assert plan["cost_rial"] == round(estimate.total_rial, -3), plan["name"]
    knots = _setup_value(source, "KNOTS")
    assert sum(knots.values()) == PLAN_KNOTS == plans[0]["knots"]
    text = _text(project, "exercises/a06_capstone/a06_capstone.py")
    numbers = text.split("## Q6.1", 1)[1].split("## Q6.2", 1)[0]
    wool = yarn_grams(PLAN_PILE_M, nm=8, waste_percent=10)
    biggest = max(knots, key=knots.get)
    biggest_g = yarn_grams(pile_length_m(knots[biggest]), nm=8, waste_percent=10)
    assert f"200 × 286 = {PLAN_KNOTS:,} knots, {maghat(PLAN_KNOTS):.2f} maghat" in numbers
    assert f"{round(wool)} g of yarn" in numbers
    assert f"code {biggest} with {knots[biggest]:,} knots, needs {biggest_g:g} g: one lot" in numbers
    assert lots_needed(biggest_g, 1_000) == 1
    assert f"day: {math.ceil(PLAN_DAYS)} days; cost {plans[0]['cost_rial']:,} rial" in numbers
    choice = text.split("## Q6.2", 1)[1].split("## Q6.3", 1)[0]
    assert f"({plans[1]['knots']:,} against {plans[0]['knots']:,})" in choice
    costs = f"{plans[1]['cost_rial']:,} rial against {plans[0]['cost_rial']:,}"
    assert f"{costs}, and {plans[1]['days']} weaving days against {plans[0]['days']}" in choice
    dyer = text.split("## Q6.3", 1)[1]
    out_of_reach = [code for code, delta_e in _setup_value(source, "DELTA_E").items() if delta_e > 2.0]
    assert f"{sum(knots[c] for c in out_of_reach):,} knots between them" in dyer
    assert round(PLAN_KNOTS / sum(knots[c] for c in out_of_reach)) == 8  # "about an eighth of the picture"


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
