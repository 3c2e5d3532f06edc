"""Chart size from finished size and back, and length drift."""

import numpy as np
import pytest

from farshlab.carpet import (
    UnusualDensityWarning,
    chart_size,
    finished_size,
    knot_rows,
    knots_across,
    length_drift_cm,
)


def test_worked_example_from_domain():
    # the course's worked example: 50 × 70 cm at 50 raj → 357 knots per row × 500 rows
    assert knots_across(50, 50) == 357
    assert knot_rows(70, 50) == 500
    assert chart_size(50, 70, 50) == (357, 500)
    assert type(knots_across(50, 50)) is int


@pytest.mark.parametrize(
    "width_cm, height_cm, raj, expected",
    [
        (35, 50, 50, (250, 357)),  # 50·35/7 = 250; 50·50/7 = 357.14
        (70, 100, 50, (500, 714)),  # 500; 714.29
        (80, 120, 40, (457, 686)),  # 457.14; 685.71
        (100, 150, 60, (857, 1286)),  # 857.14; 1285.71
        (200, 300, 70, (2000, 3000)),
    ],
)
def test_usual_tableau_sizes(width_cm, height_cm, raj, expected):
    # the usual sizes (sources.md: icro), counts worked by hand in the comments
    assert chart_size(width_cm, height_cm, raj) == expected


def test_separate_raj_across_and_along_and_kheft():
    # 40·70/7 = 400 across; 45·100/7 = 642.86 → 643 rows
    assert chart_size(70, 100, 40, 45) == (400, 643)
    # Isfahan kheft over 6.5 cm: 50·50/6.5 = 384.6 → 385
    assert knots_across(50, 50, unit_cm=6.5) == 385


def test_vectorised_sizes():
    got = knots_across(np.array([35, 50, 70]), 50)
    assert got.dtype.kind == "i"
    assert got.tolist() == [250, 357, 500]


def test_round_trip_size_to_chart_and_back():
    across, rows = chart_size(50, 70, 50)
    width, height = finished_size(across, rows, 50)
    # 357 · 7 / 50 = 49.98 cm: the rounding to whole knots costs 0.02 cm
    assert (width, height) == (49.98, 70.0)
    assert chart_size(width, height, 50) == (357, 500)


def test_length_drift():
    # 500 rows drawn at 50 raj (70 cm), woven at 52: 500·7/52 = 67.31 cm → 2.69 cm short
    assert length_drift_cm(500, 50, 52) == pytest.approx(500 * 7 / 52 - 70)
    assert length_drift_cm(500, 50, 52) == pytest.approx(-2.6923, abs=1e-4)
    assert length_drift_cm(500, 50, 50) == 0.0
    assert length_drift_cm(500, 50, 48) > 0
    got = length_drift_cm(500, 50, np.array([48, 50, 52]))
    assert got.shape == (3,)


@pytest.mark.parametrize(
    "call, name",
    [
        (lambda: knots_across(0, 50), "width_cm"),
        (lambda: knots_across(-50, 50), "width_cm"),
        (lambda: knots_across(float("nan"), 50), "width_cm"),
        (lambda: knots_across(50, 0), "raj"),
        (lambda: knots_across(50, -5), "raj"),
        (lambda: knot_rows(float("inf"), 50), "height_cm"),
        (lambda: chart_size(50, 70, 50, -1), "raj_h"),
        (lambda: finished_size(0, 500, 50), "knots_across"),
        (lambda: length_drift_cm(500, 50, 0), "woven_raj_h"),
    ],
)
def test_bad_input_names_the_parameter(call, name):
    with pytest.raises(ValueError, match=f"^{name} must be"):
        call()


def test_too_small_for_one_knot():
    with pytest.raises(ValueError, match="width_cm is too small for even one knot"):
        knots_across(0.05, 50)


def test_unusual_raj_warns_but_computes():
    with pytest.warns(UnusualDensityWarning, match="raj = 200"):
        assert knots_across(7, 200) == 200
