"""Knot grids: checks, text in and out, counts."""

import numpy as np
import pytest

from farshlab.design import as_grid, blank_grid, colour_counts, grid_from_text, grid_to_text


def test_row_zero_is_the_bottom_line_of_the_text():
    grid = grid_from_text(["3..", "..1"])
    assert grid.tolist() == [[0, 0, 1], [3, 0, 0]]
    assert grid_to_text(grid) == "3..\n..1"


def test_as_grid_copies_and_keeps_integers():
    original = np.array([[1, 2]], dtype=np.int16)
    grid = as_grid(original)
    grid[0, 0] = 9
    assert original[0, 0] == 1 and grid.dtype == np.int64


@pytest.mark.parametrize(
    ("bad", "words"),
    [
        ([[1.0, 2.0]], "whole-number colour codes"),
        (np.array([[0.5]]), "whole-number colour codes"),
        ([[True, False]], "True/False"),
        ([], "2-D"),
        (np.zeros((0, 3), dtype=int), "is empty"),
        ([[1, 2], [3]], "different lengths"),
        ([1, 2, 3], "2-D"),
        ([["a", "b"]], "whole-number colour codes"),
        ([[1, -2]], "0 or more"),
    ],
)
def test_bad_grids_raise_clear_errors(bad, words):
    with pytest.raises(ValueError, match=words):
        as_grid(bad)


def test_errors_name_the_grid():
    with pytest.raises(ValueError, match="^motif is empty"):
        as_grid(np.zeros((2, 0), dtype=int), name="motif")
    with pytest.raises(ValueError, match="motif is empty"):
        grid_from_text("\n\n", name="motif")
    with pytest.raises(ValueError, match="line 1 from the top has 'x'"):
        grid_from_text(["1x", "11"])
    with pytest.raises(ValueError, match="different lengths"):
        grid_from_text(["1", "11"])


def test_blank_grid_and_counts():
    grid = blank_grid(3, 4, code=2)
    assert grid.shape == (3, 4) and colour_counts(grid) == {2: 12}
    grid[0, :2] = 7
    # 12 knots: 2 painted with 7, the other 10 stay 2
    assert colour_counts(grid) == {2: 10, 7: 2}
    with pytest.raises(ValueError, match="knots_across must be a whole number of at least 1"):
        blank_grid(2, 2.5)
    with pytest.raises(ValueError, match="only codes 0-9"):
        grid_to_text([[10]])
