"""Drawing functions: shapes rasterised to knots, pure (inputs unchanged)."""

import numpy as np
import pytest

from farshlab.design import (
    blank_grid,
    colour_counts,
    draw_circle,
    draw_ellipse,
    draw_line,
    draw_rectangle,
    flood_fill,
    grid_from_text,
    is_symmetric,
    stamp,
)


def test_functions_are_pure():
    grid = blank_grid(6, 6)
    before = grid.copy()
    draw_rectangle(grid, 1, 1, 2, 2, 3)
    draw_line(grid, (0, 0), (5, 5), 3)
    draw_circle(grid, (2.5, 2.5), 2, 3)
    flood_fill(grid, (0, 0), 3)
    stamp(grid, [[1]], [(0, 0)])
    assert np.array_equal(grid, before)


def test_rectangle_filled_outline_and_clipped():
    filled = draw_rectangle(blank_grid(5, 6), bottom=1, left=2, rows=3, columns=4, code=1)
    assert colour_counts(filled)[1] == 12  # 3 rows × 4 knots
    assert filled[1, 2] == 1 and filled[0, 2] == 0 and filled[3, 5] == 1
    outline = draw_rectangle(blank_grid(5, 6), 1, 2, 3, 4, 1, filled=False)
    assert colour_counts(outline)[1] == 12 - 2  # the 1 × 2 inside stays ground
    assert outline[2, 3] == 0 and outline[2, 4] == 0
    clipped = draw_rectangle(blank_grid(3, 3), 2, 2, 5, 5, 4)
    assert colour_counts(clipped) == {0: 8, 4: 1}


def test_line_cases():
    horizontal = draw_line(blank_grid(3, 6), (1, 0), (1, 5), 2)
    assert horizontal[1].tolist() == [2] * 6 and colour_counts(horizontal)[2] == 6
    diagonal = draw_line(blank_grid(4, 4), (0, 0), (3, 3), 2)
    assert np.array_equal(diagonal, 2 * np.eye(4, dtype=int))
    # a shallow line: one knot per column, 9 columns, rising 3 rows
    shallow = draw_line(blank_grid(4, 9), (0, 0), (3, 8), 1)
    assert (shallow.sum(axis=0) == 1).all()
    assert shallow[0, 0] == 1 and shallow[3, 8] == 1
    backwards = draw_line(blank_grid(4, 9), (3, 8), (0, 0), 1)
    assert np.array_equal(shallow, backwards)
    with pytest.raises(ValueError, match=r"start \(0, 9\) is off the grid"):
        draw_line(blank_grid(4, 9), (0, 9), (0, 0), 1)
    with pytest.raises(ValueError, match="start row must be a whole number"):
        draw_line(blank_grid(4, 9), (0.5, 1), (0, 0), 1)


def test_circle_counts_and_symmetry_on_odd_and_even_grids():
    odd = draw_circle(blank_grid(7, 7), (3, 3), 3, 1)
    # knots with dr² + dc² ≤ 9: rows dr = 0..3 hold 7, 5, 5, 1 knots (|dc| ≤ 3, 2, 2, 0)
    # → 7 + 2·(5 + 5 + 1) = 29
    assert colour_counts(odd)[1] == 29
    assert is_symmetric(odd, "quarter") and is_symmetric(odd, "rotation_90")
    even = draw_circle(blank_grid(6, 6), (2.5, 2.5), 3, 1)
    assert colour_counts(even) == {0: 4, 1: 32}  # only the four corners (2.5² + 2.5² = 12.5 > 9) stay out
    assert is_symmetric(even, "quarter")


def test_ellipse_and_outline():
    ellipse = draw_ellipse(blank_grid(5, 9), (2, 4), 2, 4, 5)
    assert ellipse[2].tolist() == [5] * 9 and ellipse[0].tolist() == [0, 0, 0, 0, 5, 0, 0, 0, 0]
    ring = draw_circle(blank_grid(7, 7), (3, 3), 3, 1, filled=False)
    assert ring[3, 3] == 0 and ring[3, 0] == 1 and ring[0, 3] == 1
    assert is_symmetric(ring, "quarter")
    with pytest.raises(ValueError, match="radii must be above 0"):
        draw_ellipse(blank_grid(3, 3), (1, 1), 0, 1, 1)
    with pytest.raises(ValueError, match="centre row must be a finite number"):
        draw_circle(blank_grid(3, 3), (float("nan"), 1), 1, 1)


def test_flood_fill_is_four_connected():
    grid = grid_from_text(["..1", ".1.", "1.."])
    filled = flood_fill(grid, (0, 2), 3)
    # the bottom-right patch is 3 knots; the top-left patch touches it only at corners
    assert colour_counts(filled) == {0: 3, 1: 3, 3: 3}
    assert filled[2, 0] == 0
    with pytest.raises(ValueError, match="seed"):
        flood_fill(grid, (3, 0), 3)


def test_stamp_positions_transparency_and_edges():
    motif = [[1, 0], [1, 1]]
    grid = stamp(blank_grid(4, 6, code=7), motif, [(0, 0), (2, 4)], transparent=0)
    assert grid[0].tolist() == [1, 7, 7, 7, 7, 7] and grid[3, 4:].tolist() == [1, 1]
    # 3 knots per copy (the 0 is transparent) × 2 copies
    assert colour_counts(grid) == {1: 6, 7: 18}
    with pytest.raises(ValueError, match="runs past the top"):
        stamp(blank_grid(4, 6), motif, [(3, 0)])
    with pytest.raises(ValueError, match="past the right edge"):
        stamp(blank_grid(4, 6), motif, [(0, 5)])
    with pytest.raises(ValueError, match="positions is empty"):
        stamp(blank_grid(4, 6), motif, [])
    with pytest.raises(ValueError, match="motif is empty"):
        stamp(blank_grid(4, 6), np.zeros((0, 0), dtype=int), [(0, 0)])
