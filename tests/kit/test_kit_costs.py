"""The kit's weaving days and cost against hand-worked numbers (Lesson 6 and assignment a06)."""

import pytest

from farshlab.kit.costs import KitEstimate, KitFigures, estimate_kit
from farshlab.kit.options import EXAMPLE_FIGURES, MADE_UP


def test_the_default_figures_are_the_lessons_made_up_examples():
    figures = KitFigures()
    assert (figures.weavers, figures.knots_per_day, figures.rial_per_maghat) == (2, 1200, 1_800_000)
    assert (figures.wool_rial_per_kg, figures.dye_rial_per_kg) == (6_000_000, 40_000_000)
    assert figures.auxiliaries_rial_per_kg == EXAMPLE_FIGURES["auxiliaries_rial_per_kg"] == 500_000
    assert figures.source == MADE_UP == "made-up example figures"


def test_the_lessons_plan():
    """35 × 50 cm at 40 raj: 57,200 knots, 4.77 maghat; 57,200 ÷ 2,400 = 23.8 → 24 days; 8,580,000 rial wages;
    2,300 g of yarn, 60 g of dye: 13,800,000 + 2,400,000 (assignment a06, Q4.2)."""
    e = estimate_kit(57_200, 2300, 60, 0)
    assert isinstance(e, KitEstimate)
    assert (e.knots, e.weaving_days) == (57_200, 24)
    assert e.maghat == pytest.approx(4.7667, abs=1e-4)
    assert (e.wages_rial, e.wool_rial, e.dye_rial, e.auxiliaries_rial) == pytest.approx(
        (8_580_000, 13_800_000, 2_400_000, 0)
    )
    assert e.total_rial == pytest.approx(24_780_000)
    assert isinstance(e.weaving_days, int)


def test_a_50_by_70_tableau_with_chemicals():
    """178,500 knots (14.875 maghat) = 26,775,000 rial; 982 g wool = 5,892,000; 20 g dye = 800,000;
    130 g Glauber's salt and acid at 500,000 a kg = 65,000; 74.4 days → 75."""
    e = estimate_kit(178_500, 982, 20, 130)
    assert (e.maghat, e.weaving_days) == (14.875, 75)
    assert (e.wages_rial, e.wool_rial, e.dye_rial, e.auxiliaries_rial) == pytest.approx(
        (26_775_000, 5_892_000, 800_000, 65_000)
    )
    assert e.total_rial == pytest.approx(33_532_000)
    assert (e.yarn_grams, e.dye_grams, e.auxiliary_grams) == (982, 20, 130)


def test_whole_days_stay_whole_and_a_part_of_a_day_is_a_day():
    assert estimate_kit(24_000, 0, 0, 0).weaving_days == 10  # 24,000 ÷ 2,400 exactly
    assert estimate_kit(24_001, 0, 0, 0).weaving_days == 11
    assert estimate_kit(0, 500, 10, 0).weaving_days == 0


def test_the_workshops_own_figures():
    """Three weavers at 1,400 knots, 2,100,000 rial a maghat: 178,500 ÷ 4,200 = 42.5 → 43 days; wages
    31,237,500 rial."""
    figures = KitFigures(3, 1400, 2_100_000, 5_000_000, 30_000_000, 1_000_000, source="our workshop, 1404")
    e = estimate_kit(178_500, 500, 10, 40, figures)
    assert (e.weaving_days, e.figures) == (43, figures)
    assert (e.wages_rial, e.wool_rial, e.dye_rial, e.auxiliaries_rial) == pytest.approx(
        (31_237_500, 2_500_000, 300_000, 40_000)
    )
    assert e.total_rial == pytest.approx(34_077_500)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: KitFigures(weavers=0), "weavers must be a positive number, got 0"),
        (lambda: KitFigures(knots_per_day=-5), "knots_per_day must be a positive number, got -5"),
        (lambda: KitFigures(dye_rial_per_kg=-1), "dye_rial_per_kg must be zero or a positive number, got -1"),
        (lambda: KitFigures(source=None), "the figures' source must be text"),
        (lambda: estimate_kit(1000.5, 0, 0, 0), "knots must be a whole number"),
        (lambda: estimate_kit(-1, 0, 0, 0), "knots must be zero or a positive number, got -1"),
        (lambda: estimate_kit(1000, -5, 0, 0), "yarn_grams_total must be zero or a positive number, got -5"),
        (lambda: estimate_kit(1000, 0, 0, 0, figures={"weavers": 2}), "figures must be KitFigures"),
    ],
)
def test_wrong_inputs_give_clear_errors(call, message):
    with pytest.raises(ValueError, match=message):
        call()
