"""Field + guard stripes + border repeats: sizes, fitting at the centre, corners, symmetry."""

import numpy as np
import pytest

from farshlab.carpet import field_fits
from farshlab.design import (
    border_band,
    carpet_size,
    compose_carpet,
    field_size_for,
    is_symmetric,
    mirror_quarter,
    motif,
)

REPEAT = np.array([[1, 1, 1, 1], [2, 3, 4, 2], [1, 1, 1, 1]])  # 3 rows deep, 4 knots long


@pytest.mark.parametrize("side", [4, 8, 12, 20])
def test_band_is_whole_repeats_and_symmetric(side):
    band = border_band(REPEAT, side)
    assert band.shape == (3, side)
    assert np.array_equal(band, band[:, ::-1])
    if side // 4 > 1:
        assert np.array_equal(band[:, :4], REPEAT)  # the first repeat is drawn as given
    else:  # one repeat: it sits at the centre, its left half mirrored into its right half
        assert band[1].tolist() == [2, 3, 3, 2]


def test_band_with_an_odd_number_of_repeats_meets_at_a_repeat_centre():
    band = border_band([[5, 6, 7]], 9)
    # repeats 5 6 7 | 5 6 7 | 5 6 7 → middle column 4 is the middle repeat's centre; right half mirrored
    assert band.tolist() == [[5, 6, 7, 5, 6, 5, 7, 6, 5]]


def test_repeats_that_cannot_fit_raise_with_the_nearest_side():
    with pytest.raises(ValueError, match="nearest side that fits is 12 knots"):
        border_band(REPEAT, 13)
    # the trade's example in khaneh (sources.md: iran-carpet-13122): a 100 × 150 field fits a
    # 10-khaneh repeat, 102 × 153 does not
    assert field_fits(100, 150, 10) and not field_fits(102, 153, 10)
    with pytest.raises(ValueError, match="the bottom and top borders: a side of 102 knots"):
        compose_carpet(np.zeros((150, 102), dtype=int), np.ones((2, 10), dtype=int))
    with pytest.raises(ValueError, match="the left and right borders: a side of 153 knots"):
        compose_carpet(np.zeros((153, 100), dtype=int), np.ones((2, 10), dtype=int))
    carpet = compose_carpet(np.zeros((150, 100), dtype=int), np.ones((2, 10), dtype=int))
    assert carpet.shape == (154, 104)


def test_compose_sizes_stripes_and_symmetry():
    field = mirror_quarter(motif("gul"))  # 18 × 18, quarter-symmetric
    carpet = compose_carpet(field, REPEAT, inner_guard=(5, 1), outer_guard=(4, 2))
    # each side adds 2 (outer) + 3 (border) + 1 (inner) = 6 knots: 18 + 12 = 30
    assert carpet.shape == (30, 30) and carpet_size(field.shape, 3, (5, 1), (4, 2)) == (30, 30)
    assert is_symmetric(carpet, "quarter")
    assert (carpet[:2] == 4).all() and (carpet[:, :2] == 4).all()  # outer stripe
    assert carpet[5, 5] == 5 and carpet[5, 15] == 5  # inner stripe ring, 5 knots in
    assert np.array_equal(carpet[6:-6, 6:-6], field)
    # bottom border row 0 (outer edge) follows REPEAT row 0 along the side of 18 + 2 = 20 knots
    assert carpet[2, 5:25].tolist() == [1] * 20
    assert carpet[3, 5:9].tolist() == [2, 3, 4, 2]


def test_corners_mitred_by_default_or_drawn():
    carpet = compose_carpet(np.zeros((8, 8), dtype=int), REPEAT)
    # mitred corner: knot (r, c) takes REPEAT[min(r, c), 0] → [[1,1,1],[1,2,2],[1,2,1]]
    assert carpet[:3, :3].tolist() == [[1, 1, 1], [1, 2, 2], [1, 2, 1]]
    corner = np.array([[7, 7, 7], [7, 8, 8], [7, 8, 9]])
    drawn = compose_carpet(np.zeros((8, 8), dtype=int), REPEAT, corner=corner)
    assert np.array_equal(drawn[:3, :3], corner)
    assert np.array_equal(drawn[-3:, -3:], corner[::-1, ::-1])
    assert is_symmetric(drawn, "quarter")
    with pytest.raises(ValueError, match="corner must be 3 × 3 knots"):
        compose_carpet(np.zeros((8, 8), dtype=int), REPEAT, corner=[[1, 2], [3, 4]])


def test_wanted_size_and_field_size_for():
    # the 50 × 70 cm tableau at 50 raj is 357 × 500 knots; 30-knot border between 2-knot guards:
    # 357 − 2·(2 + 30 + 2) = 289 across, 500 − 68 = 432 rows
    assert field_size_for(357, 500, 30, (1, 2), (1, 2)) == (289, 432)
    field = np.zeros((8, 8), dtype=int)
    assert compose_carpet(field, REPEAT, size=(14, 14)).shape == (14, 14)
    with pytest.raises(ValueError, match="the field must be 10 knots across × 12 rows"):
        compose_carpet(field, REPEAT, size=(16, 18))
    with pytest.raises(ValueError, match="no room for a field"):
        field_size_for(10, 10, 5)


def test_bad_stripes_and_repeats():
    field = np.zeros((8, 8), dtype=int)
    with pytest.raises(ValueError, match="inner_guard knots wide must be a whole number of at least 1"):
        compose_carpet(field, REPEAT, inner_guard=(1, 0))
    with pytest.raises(ValueError, match="outer_guard must be"):
        compose_carpet(field, REPEAT, outer_guard=3)
    with pytest.raises(ValueError, match="repeat is empty"):
        compose_carpet(field, np.zeros((2, 0), dtype=int))
    with pytest.raises(ValueError, match="field must hold whole-number colour codes"):
        compose_carpet(field.astype(float), REPEAT)
