"""Total knots, maghat, qabal, weaving days."""

import numpy as np
import pytest

from farshlab.carpet import KNOTS_PER_UNIT, in_units, maghat, qabal, total_knots, weaving_days


def test_worked_example_from_domain():
    # 357 × 500 = 178,500 knots ≈ 14.9 maghat (178,500 / 12,000 = 14.875; sources.md: tablofarsheiran-2019)
    assert total_knots(50, 70, 50) == 178_500
    assert maghat(178_500) == 14.875
    assert type(maghat(178_500)) is float
    # qabal = 14,000 knots: 178,500 / 14,000 = 12.75
    assert qabal(178_500) == 12.75


def test_units_registry():
    assert KNOTS_PER_UNIT == {"maghat": 12_000, "qabal": 14_000}
    assert in_units(24_000, "maghat") == 2.0
    with pytest.raises(ValueError, match="unit must be one of"):
        in_units(1000, "zar")


def test_separate_raj():
    # 35 × 50 cm at 40 across, 45 along: 200 × round(321.43) = 200 × 321 = 64,200
    assert total_knots(35, 50, 40, 45) == 64_200


def test_maghat_vectorised_and_zero():
    assert maghat(0) == 0.0
    np.testing.assert_allclose(maghat(np.array([12_000, 178_500])), [1.0, 14.875])


def test_weaving_days():
    # 178,500 knots, 2 weavers at 7,000 a day: 178,500 / 14,000 = 12.75 days
    assert weaving_days(178_500, 2, 7_000) == pytest.approx(12.75)
    assert weaving_days(0, 1, 5_000) == 0.0


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: maghat(-1), "knots must be zero or a positive number, got -1"),
        (lambda: maghat(float("nan")), "knots must be zero or a positive number, got nan"),
        (lambda: weaving_days(1000, 0, 5000), "weavers must be a positive number, got 0"),
        (lambda: weaving_days(1000, 2, -3), "knots_per_weaver_per_day must be a positive number, got -3"),
        (lambda: total_knots(50, 0, 50), "height_cm must be a positive number, got 0"),
    ],
)
def test_bad_input(call, message):
    with pytest.raises(ValueError, match=message):
        call()
