"""Round axis sizes: the next round number at or above a value."""

import math

import pytest

from farshlab.plotting.scale import ROUND_STEPS, round_up


@pytest.mark.parametrize(
    "value, expected",
    [(1.0, 1.0), (1.01, 1.5), (2.4, 2.5), (7.0, 8.0), (8.01, 10.0), (52.5, 60.0), (105.0, 150.0), (0.3, 0.3)],
)
def test_round_up(value, expected):
    assert round_up(value) == pytest.approx(expected, rel=1e-12)


def test_every_result_is_at_or_above_the_value_and_round():
    for k in range(1, 2000):
        value = k * 0.731
        top = round_up(value)
        assert top >= value
        mantissa = top / 10 ** math.floor(math.log10(top))
        assert any(mantissa == pytest.approx(step) for step in ROUND_STEPS), (value, top)
        # and no round number lies between the value and the result
        assert round_up(value) == round_up(top)


@pytest.mark.parametrize("bad", [0, -3.0, float("nan"), float("inf"), "50"])
def test_bad_values_are_refused(bad):
    with pytest.raises(ValueError, match="value must be a positive finite number"):
        round_up(bad)
