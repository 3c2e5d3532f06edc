"""Yarn per code: knots → metres → grams with waste, worked by hand."""

import numpy as np
import pytest

from farshlab.chart import YarnFigures, knots_per_code, yarn_table
from farshlab.colour import Yarn, YarnLegend

LEGEND = YarnLegend([Yarn(9, "Navy", "#1f2a44"), Yarn(1, "Cream", "#efe3c8"), Yarn(4, "Red", "#a8323a")])


def test_the_worked_example_tableau():
    # 50 × 70 cm at 50 raj: 357 × 500 = 178,500 knots; 150,000 cream and 28,500 navy
    codes = np.ones((500, 357), dtype=int)
    codes.ravel()[:28_500] = 9
    table = yarn_table(codes, LEGEND, nm=6, ply=2, waste_percent=10)
    assert [line.code for line in table] == [9, 1]  # legend order, red (unused) left out
    navy, cream = table.lines
    assert (navy.knots, cream.knots) == (28_500, 150_000)
    # metres = knots × 4 cm / 100: 1,140 m and 6,000 m
    assert navy.metres == pytest.approx(1140.0) and cream.metres == pytest.approx(6000.0)
    # grams = metres / (Nm 6 / 2 ply) × 1.10: 418 g and 2,200 g
    assert navy.grams == pytest.approx(418.0) and cream.grams == pytest.approx(2200.0)
    assert table.total_knots == 178_500
    assert table.total_grams == pytest.approx(2618.0)
    text = table.to_csv_text().splitlines()
    assert text[0] == "code,name,colour,knots,metres,grams"
    assert text[1] == "9,Navy,#1f2a44,28500,1140.00,418.000"


def test_knots_per_code_and_errors():
    assert knots_per_code([[4, 1], [1, 1]], LEGEND) == {1: 3, 4: 1}
    with pytest.raises(ValueError, match=r"codes \[2\]"):
        knots_per_code([[2]], LEGEND)
    with pytest.raises(ValueError, match="nm must be a positive number"):
        yarn_table([[1]], LEGEND, nm=0)
    with pytest.raises(ValueError, match="waste_percent must be zero or a positive"):
        yarn_table([[1]], LEGEND, nm=6, waste_percent=-5)


def test_large_codes_are_counted_too():
    legend = YarnLegend([Yarn(3, "Cream", "#efe3c8"), Yarn(7_000_000, "Far code", "#123456")])
    assert knots_per_code(np.array([[7_000_000, 3, 7_000_000]], dtype=np.uint32), legend) == {
        3: 1,
        7_000_000: 2,
    }


def test_yarn_figures_build_the_same_table_and_tables_give_back_their_figures():
    codes = np.ones((500, 357), dtype=np.uint8)
    codes.ravel()[:28_500] = 9
    figures = YarnFigures(nm=6, ply=2, cm_per_knot=4, waste_percent=10)
    table = figures.table(codes, LEGEND)
    assert table == yarn_table(codes, LEGEND, nm=6, ply=2, cm_per_knot=4, waste_percent=10)
    assert table.total_grams == pytest.approx(2618.0)  # the worked example above
    assert table.figures == figures
    assert (figures.nm, figures.ply, figures.cm_per_knot, figures.waste_percent) == (6.0, 2, 4.0, 10.0)
    assert type(figures.ply) is int and type(figures.nm) is float
    assert YarnFigures(nm=8) == YarnFigures(8.0, 1, 4.0, 0.0)  # defaults: one strand, 4 cm, no waste


@pytest.mark.parametrize(
    ("figures", "match"),
    [
        ({"nm": 0}, "nm must be a positive number, got 0"),
        ({"nm": "6"}, "nm must be a positive number, got '6'"),
        ({"nm": [6, 8]}, r"nm must be one number, got \[6, 8\]"),
        ({"nm": 6, "ply": 0}, "ply must be a whole number of at least 1, got 0"),
        ({"nm": 6, "ply": 2.5}, "ply must be a whole number of at least 1, got 2.5"),
        ({"nm": 6, "ply": True}, "ply must be a whole number"),
        ({"nm": 6, "cm_per_knot": -4}, "cm_per_knot must be a positive number, got -4"),
        ({"nm": 6, "waste_percent": -1}, "waste_percent must be zero or a positive number, got -1"),
        ({"nm": 6, "waste_percent": float("nan")}, "waste_percent must be zero or a positive number"),
    ],
)
def test_bad_yarn_figures_are_named(figures, match):
    with pytest.raises(ValueError, match=match):
        YarnFigures(**figures)
