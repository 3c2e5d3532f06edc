"""Wages and prices from rates per maghat or qabal (rates here are made-up test numbers)."""

import pytest

from farshlab.carpet import amount_for_knots, rate_from_amount, wage_per_weaver


def test_amount_by_hand():
    # 14.875 maghat × 400,000 = 5,950,000
    assert amount_for_knots(178_500, 400_000) == pytest.approx(5_950_000)
    # 12.75 qabal × 350,000 = 4,462,500
    assert amount_for_knots(178_500, 350_000, unit="qabal") == pytest.approx(4_462_500)
    assert wage_per_weaver(178_500, 400_000, 2) == pytest.approx(2_975_000)


def test_round_trip_rate():
    assert rate_from_amount(amount_for_knots(64_200, 123_456), 64_200) == pytest.approx(123_456)


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: amount_for_knots(1000, -1), "rate must be zero or a positive number, got -1"),
        (lambda: amount_for_knots(-1000, 1), "knots must be zero or a positive number"),
        (lambda: amount_for_knots(1000, 1, unit="gaz"), "unit must be one of"),
        (lambda: wage_per_weaver(1000, 1, 0), "weavers must be a positive number, got 0"),
        (lambda: rate_from_amount(100, 0), "knots must be a positive number, got 0"),
    ],
)
def test_bad_input(call, message):
    with pytest.raises(ValueError, match=message):
        call()
