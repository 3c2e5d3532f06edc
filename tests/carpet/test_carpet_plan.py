"""The Loom Planner's model: one plan for a carpet."""

import dataclasses

import pytest

from farshlab.carpet import CarpetPlan, plan_carpet


def test_plan_of_the_worked_example():
    plan = plan_carpet(50, 70, 50, nm=6, ply=2, waste_percent=10, weavers=2, knots_per_weaver_per_day=7_000)
    assert isinstance(plan, CarpetPlan)
    assert (plan.knots_across, plan.rows, plan.total_knots) == (357, 500, 178_500)
    assert plan.maghat == 14.875
    assert plan.qabal == 12.75
    assert round(plan.knots_per_m2) == 510_204
    # 7,140 m / (6/2) × 1.1 = 2,618 g
    assert plan.pile_kg == pytest.approx(2.618)
    # weft: two passes a row, 500 × 2 × 50 cm × 1.2 = 600 m
    assert (plan.warp_ends, plan.warp_m, plan.weft_m) == (714, pytest.approx(928.2), pytest.approx(600.0))
    assert plan.weaving_days == pytest.approx(12.75)
    assert dataclasses.is_dataclass(plan)


def test_weft_passes_reach_the_plan():
    plan = plan_carpet(50, 70, 50, nm=8, weavers=2, knots_per_weaver_per_day=7_000, weft_passes_per_row=1)
    assert plan.weft_m == pytest.approx(300.0)


def test_separate_raj_along():
    plan = plan_carpet(70, 100, 40, 45, nm=6, weavers=1, knots_per_weaver_per_day=5_000)
    assert (plan.raj_w, plan.raj_h, plan.knots_across, plan.rows) == (40.0, 45.0, 400, 643)


@pytest.mark.parametrize(
    "change, name",
    [
        ({"width_cm": 0}, "width_cm"),
        ({"raj_w": -5}, "raj_w"),
        ({"nm": 0}, "nm"),
        ({"weavers": 0}, "weavers"),
        ({"knots_per_weaver_per_day": float("nan")}, "knots_per_weaver_per_day"),
    ],
)
def test_bad_input(change, name):
    values = dict(width_cm=50, height_cm=70, raj_w=50, nm=6, weavers=2, knots_per_weaver_per_day=7000)
    values.update(change)
    with pytest.raises(ValueError, match=f"^{name} must be"):
        plan_carpet(**values)
