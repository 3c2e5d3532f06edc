"""Knot density units: reference values from the course's sources (curriculum/sources.md), by hand."""

import math

import numpy as np
import pytest

from farshlab.carpet import (
    UNIT_CM,
    UnusualDensityWarning,
    convert_density,
    knots_per_cm,
    knots_per_m2,
    knots_per_square_inch,
    raj_from_back_count,
    raj_from_reg,
    reg_from_raj,
)


def test_knots_per_m2_reference_values():
    # 50 raj ≈ 510,204 knots/m²; 70 raj = 1,000,000 knots/m² (sources.md: rugtales)
    assert round(knots_per_m2(50)) == 510_204
    assert knots_per_m2(70) == pytest.approx(1_000_000, rel=1e-12)
    # separate raj: (50/7)·(60/7)·10⁴ = 30,000,000 / 49 = 612,244.9
    assert knots_per_m2(50, 60) == pytest.approx(30_000_000 / 49, rel=1e-12)
    # kheft counts over 6.5 cm: (65/6.5)² · 10⁴ = 1,000,000
    assert knots_per_m2(65, unit_cm=6.5) == pytest.approx(1_000_000, rel=1e-12)


def test_scalars_in_python_scalars_out_arrays_broadcast():
    assert type(knots_per_m2(50)) is float
    assert type(knots_per_cm(70)) is float
    got = knots_per_m2(np.array([35, 70]), np.array([[35], [70]]))
    assert got.shape == (2, 2)
    # 35 × 70 raj: 5 · 10 · 10⁴
    assert got[0, 1] == pytest.approx(500_000)


def test_knots_per_cm_and_kpsi():
    assert knots_per_cm(70) == pytest.approx(10.0)
    assert knots_per_cm(65, unit_cm=6.5) == pytest.approx(10.0)
    # rugrag.com chart formula: (70/7·2.54)² = 25.4² = 645.16
    assert knots_per_square_inch(70) == pytest.approx(645.16, rel=1e-12)
    # 1 m² = (100/2.54)² in² so KPSI = knots/m² · 2.54² / 10⁴
    assert knots_per_square_inch(50, 40) == pytest.approx(knots_per_m2(50, 40) * 2.54**2 / 1e4)


def test_reg_raj_kheft_conversions():
    # 160 reg = 40 knots per gereh (sources.md: wikicarpet-naqsheh): true when the raj counts the
    # reg's own gereh — with a 7 cm gereh, reg = 4 × raj
    assert raj_from_reg(160, gereh_cm=7.0) == 40.0
    assert reg_from_raj(40, gereh_cm=7.0) == 160.0
    assert raj_from_reg(160, unit_cm=6.75) == pytest.approx(40.0)
    # a Kerman reg counts a charak of 4 × 6.75 = 27 cm (sources.md: zarvancarpet): 160 knots per
    # 27 cm are 160 × 7 / 27 = 41.48 knots per 7 cm, not 40
    assert raj_from_reg(160) == pytest.approx(1120 / 27)
    assert reg_from_raj(40) == pytest.approx(40 / 7 * 27)
    assert raj_from_reg(reg_from_raj(47.5)) == pytest.approx(47.5)
    assert raj_from_reg(reg_from_raj(47.5, unit_cm=6.5), unit_cm=6.5) == pytest.approx(47.5)
    with pytest.raises(ValueError, match="gereh_cm must be a positive number, got 0"):
        raj_from_reg(160, gereh_cm=0)
    # the same 50 knots per 7 cm are 50 · 6.5 / 7 = 46.43 per 6.5 cm
    assert convert_density(50, UNIT_CM["raj"], UNIT_CM["kheft"]) == pytest.approx(325 / 7)
    back = convert_density(convert_density(50, 7.0, 6.75), 6.75, 7.0)
    assert math.isclose(back, 50.0, rel_tol=1e-12)


def test_two_node_pitfall():
    # two nodes per knot (level warps): 100 nodes over 7 cm on the back are 50 knots
    assert raj_from_back_count(100, nodes_per_knot=2) == 50.0
    assert raj_from_back_count(50, nodes_per_knot=1) == 50.0
    for bad in (3, True, 0):
        with pytest.raises(ValueError, match="nodes_per_knot must be 1 or 2"):
            raj_from_back_count(100, nodes_per_knot=bad)
    # no default: which weave a rug has is seen on its back, not assumed
    with pytest.raises(TypeError):
        raj_from_back_count(100)


@pytest.mark.parametrize("bad", [0, -5, float("nan"), float("inf"), "50", None, True])
def test_bad_raj_raises_naming_the_parameter(bad):
    with pytest.raises(ValueError, match="raj_w must be a positive number"):
        knots_per_m2(bad)
    with pytest.raises(ValueError, match="raj must be a positive number"):
        knots_per_cm(bad)


def test_bad_raj_h_and_unit():
    with pytest.raises(ValueError, match=r"raj_h must be a positive number, got -5"):
        knots_per_m2(50, -5)
    with pytest.raises(ValueError, match="unit_cm must be a positive number, got 0"):
        knots_per_m2(50, unit_cm=0)
    with pytest.raises(ValueError, match=r"raj_w must be a positive number, got nan"):
        knots_per_m2([50, float("nan")])


@pytest.mark.parametrize("odd", [5, 150, 357])
def test_unusual_raj_is_accepted_with_a_warning(odd):
    with pytest.warns(UnusualDensityWarning, match=f"raj_w = {odd} is outside the usual 10–120"):
        got = knots_per_m2(odd)
    assert got == pytest.approx((odd / 7) ** 2 * 1e4)


def test_usual_range_gives_no_warning():
    # filterwarnings = error would turn any warning into a failure here
    for raj in (10, 35, 50, 80, 120):
        knots_per_m2(raj)
