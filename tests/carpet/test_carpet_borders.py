"""Border repeats meeting at the centre (sources.md: iran-carpet-13122)."""

import pytest

from farshlab.carpet import (
    centre_of_side,
    field_fits,
    fitting_repeats,
    nearest_fitting_field,
    nearest_fitting_side,
    repeats_fit,
)


@pytest.mark.parametrize("repeat", [10, 25, 50])
def test_domain_example_100_by_150_works_102_by_153_does_not(repeat):
    assert field_fits(100, 150, repeat)
    assert not field_fits(102, 153, repeat)
    assert nearest_fitting_field(102, 153, repeat) == (100, 150)


def test_which_repeats_fit():
    # common divisors of 100 and 150 (gcd 50); of 102 and 153 (gcd 51 = 3 · 17)
    assert fitting_repeats(100, 150) == [1, 2, 5, 10, 25, 50]
    assert fitting_repeats(102, 153, smallest=2) == [3, 17, 51]
    assert field_fits(102, 153, 17)


def test_what_meets_at_the_centre():
    # 100 / 25 = 4 repeats (even): a joint at the centre; 150 / 50 = 3 (odd): a repeat's centre
    assert centre_of_side(100, 25) == "joint"
    assert centre_of_side(150, 50) == "repeat centre"
    assert centre_of_side(30, 30) == "repeat centre"
    with pytest.raises(ValueError, match=r"side 153 does not hold a whole number of repeats of 10 \(15.3"):
        centre_of_side(153, 10)


def test_nearest_side():
    assert nearest_fitting_side(153, 10) == 150
    assert nearest_fitting_side(157, 10) == 160
    assert nearest_fitting_side(105, 10) == 110  # a tie goes to the longer side
    assert nearest_fitting_side(150, 10) == 150
    assert nearest_fitting_side(3, 10) == 10  # at least one repeat
    assert repeats_fit(nearest_fitting_side(1234, 37), 37)


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: repeats_fit(100, 0), "repeat must be a whole number of at least 1, got 0"),
        (lambda: repeats_fit(100.5, 10), "side must be a whole number of at least 1, got 100.5"),
        (lambda: field_fits(-100, 150, 10), "width must be a whole number"),
        (lambda: field_fits(100, float("nan"), 10), "length must be a whole number"),
        (lambda: nearest_fitting_field(100, 0, 10), "length must be a whole number"),
    ],
)
def test_bad_input(call, message):
    with pytest.raises(ValueError, match=message):
        call()
