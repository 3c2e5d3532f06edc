"""Symmetry builders are exact on odd and even sizes; checks and errors."""

import numpy as np
import pytest

from farshlab.design import (
    SYMMETRY_CHECKS,
    four_fold,
    frieze,
    is_symmetric,
    mirror_half,
    mirror_quarter,
    rotate,
)

RNG = np.random.default_rng(3)


def random_grid(rows, columns):
    return RNG.integers(0, 6, size=(rows, columns))


@pytest.mark.parametrize("shape", [(1, 1), (2, 3), (3, 2), (4, 4), (5, 7), (6, 9)])
@pytest.mark.parametrize("centre", ["double", "shared"])
def test_mirror_quarter_is_exact(shape, centre):
    quarter = random_grid(*shape)
    field = mirror_quarter(quarter, centre)
    rows, columns = shape
    if centre == "double":
        assert field.shape == (2 * rows, 2 * columns)
    else:
        assert field.shape == (2 * rows - 1, 2 * columns - 1)
    assert np.array_equal(field, field[::-1]) and np.array_equal(field, field[:, ::-1])
    assert np.array_equal(field[:rows, :columns], quarter)  # the quarter is the bottom-left
    assert is_symmetric(field, "quarter")


def test_mirror_quarter_by_hand():
    quarter = [[1, 2, 3], [4, 5, 6]]  # row 0 (bottom) = 1 2 3
    assert mirror_quarter(quarter, "shared").tolist() == [
        [1, 2, 3, 2, 1],
        [4, 5, 6, 5, 4],
        [1, 2, 3, 2, 1],
    ]
    assert mirror_quarter(quarter)[0].tolist() == [1, 2, 3, 3, 2, 1]
    # counts: a doubled quarter has every knot 4 times; a shared one 4, 2 (centre lines) or 1 (centre)
    assert (mirror_quarter(quarter) == 5).sum() == 4
    shared = mirror_quarter(quarter, "shared")
    assert ((shared == 6).sum(), (shared == 3).sum(), (shared == 1).sum()) == (1, 2, 4)


def test_mirror_half():
    half = random_grid(5, 3)
    left = mirror_half(half, "left", "shared")
    assert left.shape == (5, 5) and is_symmetric(left, "mirror_left_right")
    bottom = mirror_half(half, "bottom")
    assert bottom.shape == (10, 3) and is_symmetric(bottom, "mirror_top_bottom")
    with pytest.raises(ValueError, match="which must be 'left' or 'bottom'"):
        mirror_half(half, "right")


def test_rotate_counter_clockwise_as_seen_with_row_zero_at_the_bottom():
    grid = [[1, 2, 3], [4, 5, 6]]  # bottom row 1 2 3, top row 4 5 6
    # a quarter turn counter-clockwise: the bottom row becomes the right column, read upwards
    assert rotate(grid, 90).tolist() == [[4, 1], [5, 2], [6, 3]]
    assert rotate(grid, 180).tolist() == [[6, 5, 4], [3, 2, 1]]
    assert np.array_equal(rotate(rotate(grid, 90), 270), grid)
    assert np.array_equal(rotate(grid, -90), rotate(grid, 270))
    with pytest.raises(ValueError, match="degrees must be 0, 90, 180 or 270"):
        rotate(grid, 30)


@pytest.mark.parametrize("n", [1, 2, 3, 4, 7])
def test_four_fold_is_exact(n):
    quarter = random_grid(n, n)
    field = four_fold(quarter)
    assert field.shape == (2 * n, 2 * n)
    assert np.array_equal(field, np.rot90(field)) and is_symmetric(field, "rotation_90")
    assert np.array_equal(field[:n, :n], quarter)


def test_four_fold_shared_centre():
    quarter = [[1, 0, 2], [0, 3, 4], [5, 4, 9]]  # last column top-down 9 4 2 … last row right-to-left 9 4 5
    with pytest.raises(ValueError, match="must agree"):
        four_fold(quarter, "shared")
    good = [[1, 0, 5], [0, 3, 4], [5, 4, 9]]  # last column top-down 9 4 5 = last row right-to-left 9 4 5
    field = four_fold(good, "shared")
    assert field.shape == (5, 5) and is_symmetric(field, "rotation_90") and field[2, 2] == 9
    with pytest.raises(ValueError, match="square quarter"):
        four_fold([[1, 2]])


def test_frieze():
    assert frieze([[1, 2], [3, 4]], 3).tolist() == [[1, 2, 1, 2, 1, 2], [3, 4, 3, 4, 3, 4]]
    assert frieze([[1, 2, 3]], 2, mirror_every_other=True).tolist() == [[1, 2, 3, 3, 2, 1]]
    with pytest.raises(ValueError, match="repeats must be a whole number of at least 1"):
        frieze([[1]], 0)


def test_is_symmetric_checks_and_errors():
    assert set(SYMMETRY_CHECKS) == {
        "mirror_left_right",
        "mirror_top_bottom",
        "quarter",
        "rotation_180",
        "rotation_90",
    }
    s_shape = np.array([[1, 1, 0], [0, 1, 0], [0, 1, 1]])
    assert is_symmetric(s_shape, "rotation_180") and not is_symmetric(s_shape, "quarter")
    assert not is_symmetric(np.ones((2, 3), dtype=int), "rotation_90")  # not square
    with pytest.raises(ValueError, match="kind must be one of"):
        is_symmetric(s_shape, "spiral")
    with pytest.raises(ValueError, match="whole-number colour codes"):
        is_symmetric(s_shape.astype(float), "quarter")
    with pytest.raises(ValueError, match="centre must be 'double' or 'shared'"):
        mirror_quarter(s_shape, "middle")
    with pytest.raises(ValueError, match="quarter is empty"):
        mirror_quarter(np.zeros((0, 2), dtype=int))
