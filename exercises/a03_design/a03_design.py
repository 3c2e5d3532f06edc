# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Assignment a03 — Design: knot grids, mirroring, borders and scaling a picture
#
# This assignment practises Lesson 3 (`lessons/03_design.ipynb`). There are 17 questions, 27 points:
# 16 small pieces of code that the computer checks (24 points) and 1 written design critique that
# your instructor reads (3 points).
#
# **What to do** (the same as in the earlier assignments)
# - Run the cells from the top with **Shift + Enter**. Run the grey *setup* cell below first.
# - In each answer cell, delete the line `raise NotImplementedError()` and write your code in its place.
#   Keep the `def …` line as it is: the name and the order of the arguments must stay the same.
# - Run the **test cell** under each answer. Nothing appears: your answer passed the tests you can see.
#   A pink box: read its last line, it says what was expected. When you hand in, more tests (which you
#   cannot see) try your function with other grids, so make it work for any size.
# - Write the code yourself with numpy. Do **not** call `farshlab` here: the point is that you can do it.
# - Before you hand in: **Validate**, or *Kernel → Restart Kernel and Run All Cells…*.
#
# Remember from the lesson: a design is a numpy array of colour codes, one per knot;
# `grid[row, column]`; **row 0 is the bottom row**, the first row the weaver ties (the weaver calls it
# row 1). A quarter design is the **bottom-left** quarter of the field.

# %% [markdown]
# Run this setup cell first.

# %% nbgrader={"grade": false, "grade_id": "a03-setup", "locked": true, "schema_version": 3, "solution": false}
import math

import numpy as np

# %% [markdown]
# # Part 1 — Drawing on a knot grid

# %% [markdown]
# ## Q1.1 (1 point) An empty chart
# Write `empty_chart(rows, knots_across, ground)` that returns a numpy array of `rows` rows and
# `knots_across` columns, every knot holding the whole number `ground`. Hint: `np.full`, with
# `dtype=int`.

# %% nbgrader={"grade": false, "grade_id": "a03-q1_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["empty_chart"], "answered_by": ["farshlab.design.blank_grid"]}
def empty_chart(rows, knots_across, ground):
    ### BEGIN SOLUTION
    return np.full((rows, knots_across), ground, dtype=int)
    ### END SOLUTION

# %% farshlab={"library_answer": "a03-q1_1-answer"}
from farshlab.design import blank_grid


def empty_chart(rows, knots_across, ground):
    return blank_grid(rows, knots_across, ground)

# %% farshlab={"wrong_answer": "a03-q1_1-answer", "mistake": "rows and knots across swapped in the shape"}
def empty_chart(rows, knots_across, ground):
    return np.full((knots_across, rows), ground, dtype=int)

# %% farshlab={"wrong_answer": "a03-q1_1-answer", "mistake": "np.ones(...) * ground: decimal numbers (float), not whole-number codes"}
def empty_chart(rows, knots_across, ground):
    return np.ones((rows, knots_across)) * ground

# %% farshlab={"wrong_answer": "a03-q1_1-answer", "mistake": "np.zeros: forgets the ground code"}
def empty_chart(rows, knots_across, ground):
    return np.zeros((rows, knots_across), dtype=int)

# %% nbgrader={"grade": true, "grade_id": "a03-q1_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = empty_chart(2, 3, 5)
assert np.shape(got) == (2, 3), f"2 rows of 3 knots: the shape should be (2, 3), your function gave {np.shape(got)}"
assert np.array_equal(got, [[5, 5, 5], [5, 5, 5]]), f"every knot should hold 5, your function gave {got}"
assert np.issubdtype(np.asarray(got).dtype, np.integer), "colour codes are whole numbers: use dtype=int"
### BEGIN HIDDEN TESTS
assert np.array_equal(empty_chart(1, 4, 0), [[0, 0, 0, 0]]), "1 row of 4 knots of code 0"
assert np.shape(empty_chart(10, 7, 3)) == (10, 7), "10 rows of 7 knots: shape (10, 7), rows first"
assert np.issubdtype(np.asarray(empty_chart(3, 3, 2)).dtype, np.integer), "dtype=int"
### END HIDDEN TESTS

# %% [markdown]
# ## Q1.2 (2 points) Paint a rectangle
# Write `paint_rectangle(grid, bottom, left, rows, columns, code)` that returns a **new** grid (start
# with `grid.copy()`: the original must not change) where the rectangle of `rows × columns` knots whose
# bottom-left knot is at row `bottom`, column `left` holds `code`. The rectangle always fits the grid.
#
# Example: on a 4 × 5 grid, `paint_rectangle(grid, 1, 1, 2, 3, 7)` paints rows 1–2, columns 1–3.

# %% nbgrader={"grade": false, "grade_id": "a03-q1_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["paint_rectangle"], "answered_by": ["farshlab.design.draw_rectangle", "skimage.draw.rectangle"]}
def paint_rectangle(grid, bottom, left, rows, columns, code):
    ### BEGIN SOLUTION
    new = grid.copy()
    new[bottom:bottom + rows, left:left + columns] = code
    return new
    ### END SOLUTION

# %% farshlab={"library_answer": "a03-q1_2-answer"}
from farshlab.design import draw_rectangle


def paint_rectangle(grid, bottom, left, rows, columns, code):
    return draw_rectangle(grid, bottom, left, rows, columns, code)

# %% farshlab={"library_answer": "a03-q1_2-answer"}
from skimage.draw import rectangle


def paint_rectangle(grid, bottom, left, rows, columns, code):
    new = grid.copy()
    new[rectangle((bottom, left), extent=(rows, columns))] = code
    return new

# %% farshlab={"wrong_answer": "a03-q1_2-answer", "mistake": "paints the grid it was given (no copy)"}
def paint_rectangle(grid, bottom, left, rows, columns, code):
    grid[bottom:bottom + rows, left:left + columns] = code
    return grid

# %% farshlab={"wrong_answer": "a03-q1_2-answer", "mistake": "one row and one column too many (bottom + rows + 1)"}
def paint_rectangle(grid, bottom, left, rows, columns, code):
    new = grid.copy()
    new[bottom:bottom + rows + 1, left:left + columns + 1] = code
    return new

# %% farshlab={"wrong_answer": "a03-q1_2-answer", "mistake": "counts the rows from the top"}
def paint_rectangle(grid, bottom, left, rows, columns, code):
    new = grid.copy()
    top = grid.shape[0] - bottom
    new[top - rows:top, left:left + columns] = code
    return new

# %% nbgrader={"grade": true, "grade_id": "a03-q1_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
grid = np.zeros((4, 5), dtype=int)
got = paint_rectangle(grid, 1, 1, 2, 3, 7)
expected = [[0, 0, 0, 0, 0], [0, 7, 7, 7, 0], [0, 7, 7, 7, 0], [0, 0, 0, 0, 0]]
assert np.array_equal(got, expected), f"rows 1-2 and columns 1-3 should be 7:\n{np.array(expected)}\nyour function gave\n{got}"
assert (grid == 0).all(), "the original grid changed: start with new = grid.copy()"
### BEGIN HIDDEN TESTS
got = paint_rectangle(np.ones((3, 3), dtype=int), 0, 0, 1, 1, 4)
assert np.array_equal(got, [[4, 1, 1], [1, 1, 1], [1, 1, 1]]), f"one knot at the bottom-left (row 0, column 0); got {got}"
got = paint_rectangle(np.zeros((6, 4), dtype=int), 2, 0, 4, 4, 9)
assert int((got == 9).sum()) == 16 and (got[:2] == 0).all() and (got[2:] == 9).all(), "rows 2-5, all columns: 16 knots"
### END HIDDEN TESTS

# %% [markdown]
# ## Q1.3 (2 points) Paint a round medallion
# A knot belongs to a circle when its centre is inside it: `(row - centre_row)² + (column - centre_column)²
# ≤ radius²`. Write `paint_circle(grid, centre_row, centre_column, radius, code)` that returns a new grid
# with those knots painted. Hint: `rows, columns = np.indices(grid.shape)` gives the row and column of
# every knot; compare arrays to make a True/False mask, then `new[mask] = code`.
#
# Example: a circle of radius 2 centred on the middle knot of a 5 × 5 grid covers 1 + 3 + 5 + 3 + 1 =
# 13 knots.

# %% nbgrader={"grade": false, "grade_id": "a03-q1_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["paint_circle"], "answered_by": ["farshlab.design.draw_circle", "farshlab.design.draw_ellipse"]}
def paint_circle(grid, centre_row, centre_column, radius, code):
    ### BEGIN SOLUTION
    new = grid.copy()
    rows, columns = np.indices(grid.shape)
    inside = (rows - centre_row) ** 2 + (columns - centre_column) ** 2 <= radius**2
    new[inside] = code
    return new
    ### END SOLUTION

# %% farshlab={"library_answer": "a03-q1_3-answer"}
from farshlab.design import draw_circle


def paint_circle(grid, centre_row, centre_column, radius, code):
    return draw_circle(grid, (centre_row, centre_column), radius, code)

# %% farshlab={"library_answer": "a03-q1_3-answer"}
from farshlab.design import draw_ellipse


def paint_circle(grid, centre_row, centre_column, radius, code):
    return draw_ellipse(grid, (centre_row, centre_column), radius, radius, code)

# %% farshlab={"wrong_answer": "a03-q1_3-answer", "mistake": "< instead of ≤: leaves out the knots exactly on the circle"}
def paint_circle(grid, centre_row, centre_column, radius, code):
    new = grid.copy()
    rows, columns = np.indices(grid.shape)
    new[(rows - centre_row) ** 2 + (columns - centre_column) ** 2 < radius**2] = code
    return new

# %% farshlab={"wrong_answer": "a03-q1_3-answer", "mistake": "compares with the radius, not the radius squared"}
def paint_circle(grid, centre_row, centre_column, radius, code):
    new = grid.copy()
    rows, columns = np.indices(grid.shape)
    new[(rows - centre_row) ** 2 + (columns - centre_column) ** 2 <= radius] = code
    return new

# %% farshlab={"wrong_answer": "a03-q1_3-answer", "mistake": "paints the grid it was given (no copy)"}
def paint_circle(grid, centre_row, centre_column, radius, code):
    rows, columns = np.indices(grid.shape)
    grid[(rows - centre_row) ** 2 + (columns - centre_column) ** 2 <= radius**2] = code
    return grid

# %% nbgrader={"grade": true, "grade_id": "a03-q1_3-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
grid = np.zeros((5, 5), dtype=int)
got = paint_circle(grid, 2, 2, 2, 1)
expected = [[0, 0, 1, 0, 0], [0, 1, 1, 1, 0], [1, 1, 1, 1, 1], [0, 1, 1, 1, 0], [0, 0, 1, 0, 0]]
assert np.array_equal(got, expected), f"radius 2 on a 5 × 5 grid should give\n{np.array(expected)}\nyour function gave\n{got}"
assert (grid == 0).all(), "the original grid changed: work on a copy"
### BEGIN HIDDEN TESTS
got = paint_circle(np.zeros((7, 7), dtype=int), 3, 3, 3, 2)
assert int((got == 2).sum()) == 29, f"radius 3 on a 7 × 7 grid covers 7 + 2·(5 + 5 + 1) = 29 knots; got {int((got == 2).sum())}"
got = paint_circle(np.zeros((6, 6), dtype=int), 2.5, 2.5, 3, 1)
assert int(got.sum()) == 32 and got[0, 0] == 0 and got[5, 5] == 0, "a centre between knots (2.5, 2.5), radius 3: 32 knots, corners left out"
### END HIDDEN TESTS

# %% [markdown]
# ## Q1.4 (1 point) Knots of one colour
# Write `count_colour(grid, code)` that returns how many knots hold `code`, as a whole number (`int`).

# %% nbgrader={"grade": false, "grade_id": "a03-q1_4-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["count_colour"], "answered_by": ["farshlab.design.colour_counts"]}
def count_colour(grid, code):
    ### BEGIN SOLUTION
    return int((grid == code).sum())
    ### END SOLUTION

# %% farshlab={"library_answer": "a03-q1_4-answer"}
from farshlab.design import colour_counts


def count_colour(grid, code):
    return colour_counts(grid).get(code, 0)

# %% farshlab={"wrong_answer": "a03-q1_4-answer", "mistake": "returns numpy's number (forgets int(...))"}
def count_colour(grid, code):
    return (grid == code).sum()

# %% farshlab={"wrong_answer": "a03-q1_4-answer", "mistake": "counts the first (bottom) row only"}
def count_colour(grid, code):
    return list(grid[0]).count(code)

# %% farshlab={"wrong_answer": "a03-q1_4-answer", "mistake": "len of the True/False grid: the number of rows"}
def count_colour(grid, code):
    return len(grid == code)

# %% nbgrader={"grade": true, "grade_id": "a03-q1_4-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = count_colour(np.array([[1, 2, 2], [2, 3, 1]]), 2)
assert got == 3, f"code 2 appears 3 times; your function gave {got}"
assert isinstance(got, int), f"return an int (use int(...)); got {type(got).__name__}"
### BEGIN HIDDEN TESTS
assert count_colour(np.array([[1, 2, 2], [2, 3, 1]]), 7) == 0, "a code that is not there: 0"
assert count_colour(np.full((20, 30), 4), 4) == 600, "20 × 30 knots all of code 4: 600"
### END HIDDEN TESTS

# %% [markdown]
# # Part 2 — Quarters, halves and turns

# %% [markdown]
# ## Q2.1 (2 points) Mirror a quarter (centre doubled)
# A floor-carpet field is drawn as its **bottom-left quarter**. Write `mirror_quarter(quarter)` that
# returns the whole field: the quarter, its mirror image to the right (`quarter[:, ::-1]`), and the
# whole bottom half mirrored upwards (`bottom[::-1]`). The quarter's last row and column are repeated
# at the centre, so the field is twice as wide and twice as tall. Hint: `np.hstack` and `np.vstack`.
#
# Example: `[[1, 2], [3, 4]]` (bottom row 1 2) gives
# `[[1, 2, 2, 1], [3, 4, 4, 3], [3, 4, 4, 3], [1, 2, 2, 1]]`.

# %% nbgrader={"grade": false, "grade_id": "a03-q2_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["mirror_quarter"], "answered_by": ["farshlab.design.mirror_quarter"]}
def mirror_quarter(quarter):
    ### BEGIN SOLUTION
    quarter = np.asarray(quarter)
    bottom = np.hstack([quarter, quarter[:, ::-1]])
    return np.vstack([bottom, bottom[::-1]])
    ### END SOLUTION

# %% farshlab={"library_answer": "a03-q2_1-answer"}
from farshlab.design import mirror_quarter as _mirror_quarter


def mirror_quarter(quarter):
    return _mirror_quarter(quarter, centre="double")

# %% farshlab={"wrong_answer": "a03-q2_1-answer", "mistake": "puts the mirror image on the left of the quarter"}
def mirror_quarter(quarter):
    quarter = np.asarray(quarter)
    bottom = np.hstack([quarter[:, ::-1], quarter])
    return np.vstack([bottom, bottom[::-1]])

# %% farshlab={"wrong_answer": "a03-q2_1-answer", "mistake": "repeats the bottom half instead of mirroring it upwards"}
def mirror_quarter(quarter):
    quarter = np.asarray(quarter)
    bottom = np.hstack([quarter, quarter[:, ::-1]])
    return np.vstack([bottom, bottom])

# %% farshlab={"wrong_answer": "a03-q2_1-answer", "mistake": "draws the centre once (Q2.2's shared centre) instead of twice"}
def mirror_quarter(quarter):
    quarter = np.asarray(quarter)
    bottom = np.hstack([quarter, quarter[:, -2::-1]])
    return np.vstack([bottom, bottom[-2::-1]])

# %% nbgrader={"grade": true, "grade_id": "a03-q2_1-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = mirror_quarter(np.array([[1, 2], [3, 4]]))
expected = [[1, 2, 2, 1], [3, 4, 4, 3], [3, 4, 4, 3], [1, 2, 2, 1]]
assert np.array_equal(got, expected), f"expected\n{np.array(expected)}\nyour function gave\n{got}"
### BEGIN HIDDEN TESTS
got = mirror_quarter(np.array([[1, 2, 3], [4, 5, 6]]))
assert np.array_equal(got, [[1, 2, 3, 3, 2, 1], [4, 5, 6, 6, 5, 4], [4, 5, 6, 6, 5, 4], [1, 2, 3, 3, 2, 1]]), f"a 2 × 3 quarter gives a 4 × 6 field; got\n{got}"
assert np.array_equal(mirror_quarter(np.array([[7]])), [[7, 7], [7, 7]]), "a one-knot quarter gives 2 × 2"
### END HIDDEN TESTS

# %% [markdown]
# ## Q2.2 (2 points) Mirror a quarter (centre shared)
# Often the centre row and column are drawn **once**: the quarter's last row is the field's centre row
# and its last column the centre column. Write `mirror_quarter_shared(quarter)`: the same as Q2.1, but
# the mirrored copies leave out the line that would be repeated (`quarter[:, -2::-1]` is the mirror
# without the last column). The field then has an odd size: `2·rows − 1` by `2·columns − 1`.
#
# Example: `[[1, 2], [3, 4]]` gives `[[1, 2, 1], [3, 4, 3], [1, 2, 1]]`.

# %% nbgrader={"grade": false, "grade_id": "a03-q2_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["mirror_quarter_shared"], "answered_by": ["farshlab.design.mirror_half"]}
def mirror_quarter_shared(quarter):
    ### BEGIN SOLUTION
    quarter = np.asarray(quarter)
    bottom = np.hstack([quarter, quarter[:, -2::-1]])
    return np.vstack([bottom, bottom[-2::-1]])
    ### END SOLUTION

# %% farshlab={"library_answer": "a03-q2_2-answer"}
from farshlab.design import mirror_half


def mirror_quarter_shared(quarter):
    return mirror_half(mirror_half(quarter, "left", centre="shared"), "bottom", centre="shared")

# %% farshlab={"wrong_answer": "a03-q2_2-answer", "mistake": "repeats the centre line (Q2.1's doubled centre)"}
def mirror_quarter_shared(quarter):
    quarter = np.asarray(quarter)
    bottom = np.hstack([quarter, quarter[:, ::-1]])
    return np.vstack([bottom, bottom[::-1]])

# %% farshlab={"wrong_answer": "a03-q2_2-answer", "mistake": "leaves out the outer edge (quarter[:, :0:-1]) instead of the centre line"}
def mirror_quarter_shared(quarter):
    quarter = np.asarray(quarter)
    bottom = np.hstack([quarter, quarter[:, :0:-1]])
    return np.vstack([bottom, bottom[:0:-1]])

# %% farshlab={"wrong_answer": "a03-q2_2-answer", "mistake": "shares the centre column but doubles the centre row"}
def mirror_quarter_shared(quarter):
    quarter = np.asarray(quarter)
    bottom = np.hstack([quarter, quarter[:, -2::-1]])
    return np.vstack([bottom, bottom[::-1]])

# %% nbgrader={"grade": true, "grade_id": "a03-q2_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = mirror_quarter_shared(np.array([[1, 2], [3, 4]]))
assert np.array_equal(got, [[1, 2, 1], [3, 4, 3], [1, 2, 1]]), f"expected [[1, 2, 1], [3, 4, 3], [1, 2, 1]], your function gave\n{got}"
### BEGIN HIDDEN TESTS
got = mirror_quarter_shared(np.array([[1, 2, 3], [4, 5, 6]]))
assert np.array_equal(got, [[1, 2, 3, 2, 1], [4, 5, 6, 5, 4], [1, 2, 3, 2, 1]]), f"a 2 × 3 quarter gives a 3 × 5 field; got\n{got}"
assert np.array_equal(mirror_quarter_shared(np.array([[7]])), [[7]]), "a one-knot quarter is its own centre: [[7]]"
got = mirror_quarter_shared(np.array([[1, 2], [3, 4], [5, 6]]))
assert np.shape(got) == (5, 3) and np.array_equal(got[2], [5, 6, 5]) and np.array_equal(got[4], [1, 2, 1]), f"a 3 × 2 quarter gives 5 × 3; got\n{got}"
### END HIDDEN TESTS

# %% [markdown]
# ## Q2.3 (1 point) Mirrored left-right?
# Write `is_mirror_left_right(grid)` that returns `True` when the grid equals its own mirror image
# left-right, else `False`. Hint: `np.array_equal`.

# %% nbgrader={"grade": false, "grade_id": "a03-q2_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["is_mirror_left_right"], "answered_by": []}
def is_mirror_left_right(grid):
    ### BEGIN SOLUTION
    return bool(np.array_equal(grid, grid[:, ::-1]))
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a03-q2_3-answer", "mistake": "checks the first (bottom) row only"}
def is_mirror_left_right(grid):
    return bool(np.array_equal(grid[0], grid[0][::-1]))

# %% farshlab={"wrong_answer": "a03-q2_3-answer", "mistake": "compares with the grid upside down (grid[::-1]) instead of left-right"}
def is_mirror_left_right(grid):
    return bool(np.array_equal(grid, grid[::-1]))

# %% farshlab={"wrong_answer": "a03-q2_3-answer", "mistake": "returns numpy's True/False (np.all) instead of Python's True or False"}
def is_mirror_left_right(grid):
    return np.all(grid == grid[:, ::-1])

# %% nbgrader={"grade": true, "grade_id": "a03-q2_3-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
assert is_mirror_left_right(np.array([[1, 2, 1], [3, 3, 3]])) is True, "[[1, 2, 1], [3, 3, 3]] reads the same from both sides: True"
assert is_mirror_left_right(np.array([[1, 2], [3, 3]])) is False, "[[1, 2], [3, 3]] is not mirrored: 1 2 against 2 1"
### BEGIN HIDDEN TESTS
assert is_mirror_left_right(np.array([[5]])) is True, "one knot is its own mirror"
assert is_mirror_left_right(np.array([[1, 2, 2, 1], [1, 2, 2, 0]])) is False, "every row must be mirrored, not only the first"
### END HIDDEN TESTS

# %% [markdown]
# ## Q2.4 (1 point) Quarter-symmetric?
# Write `is_quarter_symmetric(grid)`: `True` when the grid is mirrored left-right **and** top-bottom
# (`grid[::-1]` is the grid upside down), as every field made from a quarter is.

# %% nbgrader={"grade": false, "grade_id": "a03-q2_4-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["is_quarter_symmetric"], "answered_by": ["farshlab.design.is_symmetric"]}
def is_quarter_symmetric(grid):
    ### BEGIN SOLUTION
    return bool(np.array_equal(grid, grid[:, ::-1]) and np.array_equal(grid, grid[::-1]))
    ### END SOLUTION

# %% farshlab={"library_answer": "a03-q2_4-answer"}
from farshlab.design import is_symmetric


def is_quarter_symmetric(grid):
    return is_symmetric(grid, "quarter")

# %% farshlab={"wrong_answer": "a03-q2_4-answer", "mistake": "top-bottom checked on the first and the last row only"}
def is_quarter_symmetric(grid):
    return bool(np.array_equal(grid, grid[:, ::-1]) and np.array_equal(grid[0], grid[-1]))

# %% farshlab={"wrong_answer": "a03-q2_4-answer", "mistake": "or instead of and: one of the two mirrors is enough"}
def is_quarter_symmetric(grid):
    return bool(np.array_equal(grid, grid[:, ::-1]) or np.array_equal(grid, grid[::-1]))

# %% farshlab={"wrong_answer": "a03-q2_4-answer", "mistake": "checks left-right only"}
def is_quarter_symmetric(grid):
    return bool(np.array_equal(grid, grid[:, ::-1]))

# %% nbgrader={"grade": true, "grade_id": "a03-q2_4-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, is_mirror_left_right is a correct one, so that a mistake
# in an earlier answer does not cost the points of Q2.4 as well.
def _correct_is_mirror_left_right(grid):
    return bool(np.array_equal(grid, np.asarray(grid)[:, ::-1]))


_yours = {name: globals().get(name) for name in ["is_mirror_left_right"]}
is_mirror_left_right = _correct_is_mirror_left_right
### END HIDDEN TESTS
assert is_quarter_symmetric(np.array([[1, 2, 1], [3, 4, 3], [1, 2, 1]])) is True, "a field mirrored from a quarter: True"
assert is_quarter_symmetric(np.array([[1, 2, 1], [3, 4, 3]])) is False, "[[1, 2, 1], [3, 4, 3]] is mirrored left-right but not top-bottom: False"
### BEGIN HIDDEN TESTS
assert is_quarter_symmetric(np.array([[1, 2], [1, 2]])) is False, "mirrored top-bottom only: False"
assert is_quarter_symmetric(np.array([[1, 1], [1, 1]])) is True, "all one colour: True"
assert is_quarter_symmetric(np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]])) is False, "a diagonal is not mirrored: False"
got = is_quarter_symmetric(np.array([[1, 2, 1], [3, 4, 3], [5, 6, 5], [1, 2, 1]]))
assert got is False, (
    "in [[1, 2, 1], [3, 4, 3], [5, 6, 5], [1, 2, 1]] the first and last rows match, but rows 2 and 3 do not "
    f"mirror each other: compare the whole grid with grid[::-1], so the answer is False; your function gave {got!r}")
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## Q2.5 (2 points) A quarter turn
# Write `turn_quarter(grid)` that turns a design **counter-clockwise** by 90° **as the weaver sees it,
# with row 0 at the bottom**: the bottom row becomes the right-hand column, read from the bottom up.
# Careful: `np.rot90` thinks row 0 is at the **top**, so one of `np.rot90(grid, 1)` and
# `np.rot90(grid, -1)` is right for us — check with the example.
#
# Example: `[[1, 2, 3], [4, 5, 6]]` (bottom row 1 2 3) gives `[[4, 1], [5, 2], [6, 3]]`.

# %% nbgrader={"grade": false, "grade_id": "a03-q2_5-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["turn_quarter"], "answered_by": ["farshlab.design.rotate"]}
def turn_quarter(grid):
    ### BEGIN SOLUTION
    return np.rot90(grid, -1)
    ### END SOLUTION

# %% farshlab={"library_answer": "a03-q2_5-answer"}
from farshlab.design import rotate


def turn_quarter(grid):
    return rotate(grid, 90)

# %% farshlab={"wrong_answer": "a03-q2_5-answer", "mistake": "np.rot90(grid, 1): numpy's turn, for row 0 at the top"}
def turn_quarter(grid):
    return np.rot90(grid, 1)

# %% farshlab={"wrong_answer": "a03-q2_5-answer", "mistake": "the transpose grid.T: a mirror along the diagonal, not a turn"}
def turn_quarter(grid):
    return np.asarray(grid).T

# %% farshlab={"wrong_answer": "a03-q2_5-answer", "mistake": "a half turn: np.rot90(grid, 2)"}
def turn_quarter(grid):
    return np.rot90(grid, 2)

# %% nbgrader={"grade": true, "grade_id": "a03-q2_5-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = turn_quarter(np.array([[1, 2, 3], [4, 5, 6]]))
assert np.array_equal(got, [[4, 1], [5, 2], [6, 3]]), f"the bottom row 1 2 3 should become the right column read upwards: [[4, 1], [5, 2], [6, 3]]; your function gave\n{got}"
### BEGIN HIDDEN TESTS
got = turn_quarter(np.array([[1, 0], [0, 0]]))
assert np.array_equal(got, [[0, 1], [0, 0]]), f"the bottom-left knot moves to the bottom-right; got\n{got}"
got = turn_quarter(turn_quarter(turn_quarter(turn_quarter(np.array([[1, 2, 3], [4, 5, 6]])))))
assert np.array_equal(got, [[1, 2, 3], [4, 5, 6]]), "four quarter turns bring the design back"
### END HIDDEN TESTS

# %% [markdown]
# # Part 3 — Borders that meet at the centre

# %% [markdown]
# ## Q3.1 (1 point) Does a repeat fit?
# Border repeats (واگیره) meet at the centre of a side when the side holds a **whole number** of
# repeats. Write `repeat_fits(side, repeat)`: `True` when `side` (knots or khaneh) divided by `repeat`
# leaves nothing over. Hint: `%`.

# %% nbgrader={"grade": false, "grade_id": "a03-q3_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["repeat_fits"], "answered_by": ["farshlab.carpet.repeats_fit", "farshlab.carpet.field_fits"]}
def repeat_fits(side, repeat):
    ### BEGIN SOLUTION
    return side % repeat == 0
    ### END SOLUTION

# %% farshlab={"library_answer": "a03-q3_1-answer"}
from farshlab.carpet import repeats_fit


def repeat_fits(side, repeat):
    return repeats_fit(side, repeat)

# %% farshlab={"library_answer": "a03-q3_1-answer"}
from farshlab.carpet import field_fits


def repeat_fits(side, repeat):
    return field_fits(side, side, repeat)

# %% farshlab={"wrong_answer": "a03-q3_1-answer", "mistake": "returns the remainder itself (0 when it fits, which counts as False)"}
def repeat_fits(side, repeat):
    return side % repeat

# %% farshlab={"wrong_answer": "a03-q3_1-answer", "mistake": "the remainder the wrong way round: repeat % side"}
def repeat_fits(side, repeat):
    return repeat % side == 0

# %% farshlab={"wrong_answer": "a03-q3_1-answer", "mistake": "only asks whether one repeat fits: side // repeat > 0"}
def repeat_fits(side, repeat):
    return side // repeat > 0

# %% nbgrader={"grade": true, "grade_id": "a03-q3_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
assert repeat_fits(150, 10), "150 khaneh hold 15 repeats of 10: it fits"
assert not repeat_fits(153, 10), "153 khaneh hold 15.3 repeats of 10: it does not fit"
### BEGIN HIDDEN TESTS
assert repeat_fits(100, 25) and repeat_fits(102, 51), "100 / 25 = 4 and 102 / 51 = 2: both fit"
assert not repeat_fits(102, 25), "102 / 25 = 4.08: no"
assert repeat_fits(40, 40), "one repeat fills the side: it fits"
### END HIDDEN TESTS

# %% [markdown]
# ## Q3.2 (2 points) A border strip
# A repeat is a small grid (`depth` rows × `length` knots) drawn as it runs along the bottom border.
# Write `border_strip(repeat, side)` that returns the repeat placed side by side `side // length` times
# (hint: `np.tile(repeat, (1, count))`). If the side does **not** hold a whole number of repeats, stop
# with `raise ValueError("the repeats do not meet at the centre")` — a broken repeat must never reach
# the weaver.

# %% nbgrader={"grade": false, "grade_id": "a03-q3_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["border_strip"], "answered_by": ["farshlab.design.frieze"]}
def border_strip(repeat, side):
    ### BEGIN SOLUTION
    repeat = np.asarray(repeat)
    length = repeat.shape[1]
    if side % length != 0:
        raise ValueError("the repeats do not meet at the centre")
    return np.tile(repeat, (1, side // length))
    ### END SOLUTION

# %% farshlab={"library_answer": "a03-q3_2-answer"}
from farshlab.design import frieze


def border_strip(repeat, side):
    length = np.shape(repeat)[1]
    if side % length != 0:
        raise ValueError("the repeats do not meet at the centre")
    return frieze(repeat, side // length)

# %% farshlab={"wrong_answer": "a03-q3_2-answer", "mistake": "forgets the check: never raises ValueError"}
def border_strip(repeat, side):
    repeat = np.asarray(repeat)
    return np.tile(repeat, (1, side // repeat.shape[1]))

# %% farshlab={"wrong_answer": "a03-q3_2-answer", "mistake": "counts the repeats with the depth (rows) instead of the length"}
def border_strip(repeat, side):
    repeat = np.asarray(repeat)
    length = repeat.shape[0]
    if side % length != 0:
        raise ValueError("the repeats do not meet at the centre")
    return np.tile(repeat, (1, side // length))

# %% farshlab={"wrong_answer": "a03-q3_2-answer", "mistake": "np.tile(repeat, (count, 1)): stacks the repeats upwards"}
def border_strip(repeat, side):
    repeat = np.asarray(repeat)
    length = repeat.shape[1]
    if side % length != 0:
        raise ValueError("the repeats do not meet at the centre")
    return np.tile(repeat, (side // length, 1))

# %% nbgrader={"grade": true, "grade_id": "a03-q3_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, repeat_fits is a correct one, so that a mistake in an
# earlier answer does not cost the points of Q3.2 as well.
def _correct_repeat_fits(side, repeat):
    return side % repeat == 0


_yours = {name: globals().get(name) for name in ["repeat_fits"]}
repeat_fits = _correct_repeat_fits
### END HIDDEN TESTS
got = border_strip(np.array([[1, 2, 3]]), 6)
assert np.array_equal(got, [[1, 2, 3, 1, 2, 3]]), f"two repeats of 1 2 3 along 6 knots: [[1, 2, 3, 1, 2, 3]]; your function gave {got}"
try:
    border_strip(np.array([[1, 2, 3]]), 7)
    stopped = False
except ValueError:
    stopped = True
assert stopped, "7 knots do not hold a whole number of 3-knot repeats: raise ValueError"
### BEGIN HIDDEN TESTS
got = border_strip(np.array([[1, 1], [2, 3]]), 4)
assert np.array_equal(got, [[1, 1, 1, 1], [2, 3, 2, 3]]), f"a 2-row repeat: both rows repeat; got\n{got}"
assert np.shape(border_strip(np.ones((3, 10), dtype=int), 150)) == (3, 150), "15 repeats of 10 along 150"
try:
    border_strip(np.ones((3, 10), dtype=int), 153)
    stopped = False
except ValueError:
    stopped = True
assert stopped, "153 does not hold whole repeats of 10: raise ValueError"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## Q3.3 (1 point) A guard stripe
# Write `add_guard_stripe(field, code, knots)` that returns the field with a plain stripe `knots` wide of
# colour `code` all around it. Hint: `np.pad(field, knots, constant_values=code)`.

# %% nbgrader={"grade": false, "grade_id": "a03-q3_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["add_guard_stripe"], "answered_by": []}
def add_guard_stripe(field, code, knots):
    ### BEGIN SOLUTION
    return np.pad(field, knots, mode="constant", constant_values=code)
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a03-q3_3-answer", "mistake": "adds the stripe at the top and bottom only"}
def add_guard_stripe(field, code, knots):
    return np.pad(field, ((knots, knots), (0, 0)), mode="constant", constant_values=code)

# %% farshlab={"wrong_answer": "a03-q3_3-answer", "mistake": "forgets constant_values: the stripe is 0"}
def add_guard_stripe(field, code, knots):
    return np.pad(field, knots, mode="constant")

# %% farshlab={"wrong_answer": "a03-q3_3-answer", "mistake": "always a 1-knot stripe"}
def add_guard_stripe(field, code, knots):
    return np.pad(field, 1, mode="constant", constant_values=code)

# %% nbgrader={"grade": true, "grade_id": "a03-q3_3-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = add_guard_stripe(np.array([[5, 5]]), 1, 1)
assert np.array_equal(got, [[1, 1, 1, 1], [1, 5, 5, 1], [1, 1, 1, 1]]), f"a 1-knot stripe of code 1 around [[5, 5]]; your function gave\n{got}"
### BEGIN HIDDEN TESTS
got = add_guard_stripe(np.zeros((4, 6), dtype=int), 2, 3)
assert np.shape(got) == (10, 12) and int((got == 2).sum()) == 120 - 24, f"3 knots each side: 10 × 12 with 96 stripe knots; got shape {np.shape(got)}"
### END HIDDEN TESTS

# %% [markdown]
# ## Q3.4 (2 points) Field, guards and border
# Write `frame_carpet(field, border_code, border_knots, guard_code)` that returns the whole carpet, from
# the inside out: the field, a 1-knot guard stripe of `guard_code`, a plain border `border_knots` wide
# of `border_code`, and another 1-knot guard stripe of `guard_code` (you may use your
# `add_guard_stripe`). Each side grows by `border_knots + 2`.

# %% nbgrader={"grade": false, "grade_id": "a03-q3_4-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["frame_carpet"], "answered_by": ["farshlab.design.compose_carpet"]}
def frame_carpet(field, border_code, border_knots, guard_code):
    ### BEGIN SOLUTION
    inner = add_guard_stripe(field, guard_code, 1)
    bordered = add_guard_stripe(inner, border_code, border_knots)
    return add_guard_stripe(bordered, guard_code, 1)
    ### END SOLUTION

# %% farshlab={"library_answer": "a03-q3_4-answer"}
from farshlab.design import compose_carpet


def frame_carpet(field, border_code, border_knots, guard_code):
    repeat = np.full((border_knots, 1), border_code)
    return compose_carpet(field, repeat, inner_guard=(guard_code, 1), outer_guard=(guard_code, 1))

# %% farshlab={"wrong_answer": "a03-q3_4-answer", "mistake": "forgets the inner guard stripe"}
def frame_carpet(field, border_code, border_knots, guard_code):
    bordered = add_guard_stripe(field, border_code, border_knots)
    return add_guard_stripe(bordered, guard_code, 1)

# %% farshlab={"wrong_answer": "a03-q3_4-answer", "mistake": "a border border_knots + 2 wide (the growth of each side taken as the border)"}
def frame_carpet(field, border_code, border_knots, guard_code):
    inner = add_guard_stripe(field, guard_code, 1)
    bordered = add_guard_stripe(inner, border_code, border_knots + 2)
    return add_guard_stripe(bordered, guard_code, 1)

# %% farshlab={"wrong_answer": "a03-q3_4-answer", "mistake": "guard and border colours swapped"}
def frame_carpet(field, border_code, border_knots, guard_code):
    inner = add_guard_stripe(field, border_code, 1)
    bordered = add_guard_stripe(inner, guard_code, border_knots)
    return add_guard_stripe(bordered, border_code, 1)

# %% nbgrader={"grade": true, "grade_id": "a03-q3_4-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, add_guard_stripe is a correct one, so that a mistake in
# an earlier answer does not cost the points of Q3.4 as well.
def _correct_add_guard_stripe(field, code, knots):
    return np.pad(field, knots, mode="constant", constant_values=code)


_yours = {name: globals().get(name) for name in ["add_guard_stripe"]}
add_guard_stripe = _correct_add_guard_stripe
### END HIDDEN TESTS
got = frame_carpet(np.array([[0]]), 3, 1, 9)
expected = [
    [9, 9, 9, 9, 9, 9, 9],
    [9, 3, 3, 3, 3, 3, 9],
    [9, 3, 9, 9, 9, 3, 9],
    [9, 3, 9, 0, 9, 3, 9],
    [9, 3, 9, 9, 9, 3, 9],
    [9, 3, 3, 3, 3, 3, 9],
    [9, 9, 9, 9, 9, 9, 9],
]
assert np.array_equal(got, expected), f"from the outside in: guard 9, border 3 (1 knot), guard 9, field 0 — 7 × 7 in all:\n{np.array(expected)}\nyour function gave\n{got}"
### BEGIN HIDDEN TESTS
got = frame_carpet(np.zeros((10, 6), dtype=int), 4, 3, 1)
assert np.shape(got) == (20, 16), f"each side grows by 3 + 2 = 5: 20 × 16; got {np.shape(got)}"
assert np.array_equal(got[:, 0], [1] * 20) and np.array_equal(got[1, 1:15], [4] * 14) and got[4, 4] == 1 and got[5, 5] == 0, "guard, border, guard, then field"
assert int((got == 4).sum()) == 18 * 14 - 12 * 8, f"the border fills 18 × 14 knots less the 12 × 8 inside it: 156; got {int((got == 4).sum())}"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# # Part 4 — Scaling a picture to the knot grid

# %% [markdown]
# ## Q4.1 (1 point) Pixels per knot
# A picture of `picture_width_px × picture_height_px` pixels becomes a chart of `knots_across × rows`
# knots. Write `pixels_per_knot(picture_width_px, picture_height_px, knots_across, rows)` that returns
# the pair `(pixels across one knot, pixels up one row)`, as numbers (do not round). When raj across
# and raj along differ, the two are **not** equal — that is what keeps the picture from stretching.
#
# Example: a 700 × 1000 px photo for a 50 × 70 cm tableau at 50 raj across and 60 raj along
# (357 knots × 600 rows) gives about (1.961, 1.667).

# %% nbgrader={"grade": false, "grade_id": "a03-q4_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["pixels_per_knot"], "answered_by": []}
def pixels_per_knot(picture_width_px, picture_height_px, knots_across, rows):
    ### BEGIN SOLUTION
    return picture_width_px / knots_across, picture_height_px / rows
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a03-q4_1-answer", "mistake": "knots per pixel: the division upside down"}
def pixels_per_knot(picture_width_px, picture_height_px, knots_across, rows):
    return knots_across / picture_width_px, rows / picture_height_px

# %% farshlab={"wrong_answer": "a03-q4_1-answer", "mistake": "the same number both ways, from the width"}
def pixels_per_knot(picture_width_px, picture_height_px, knots_across, rows):
    across = picture_width_px / knots_across
    return across, across

# %% farshlab={"wrong_answer": "a03-q4_1-answer", "mistake": "floor division // rounds the pixels down"}
def pixels_per_knot(picture_width_px, picture_height_px, knots_across, rows):
    return picture_width_px // knots_across, picture_height_px // rows

# %% nbgrader={"grade": true, "grade_id": "a03-q4_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = pixels_per_knot(700, 1000, 357, 600)
assert len(got) == 2, f"return two numbers (across, up); your function gave {got}"
assert np.allclose(got, [700 / 357, 1000 / 600], rtol=1e-9), f"700 / 357 = 1.961 px across a knot, 1000 / 600 = 1.667 px up a row; your function gave {got}"
### BEGIN HIDDEN TESTS
assert np.allclose(pixels_per_knot(400, 300, 100, 75), [4.0, 4.0], rtol=1e-9), "equal raj, same proportions: 4 px each way"
assert np.allclose(pixels_per_knot(500, 700, 250, 300), [2.0, 2.3333333333], rtol=1e-9), "2 px across, 2.333 px up"
### END HIDDEN TESTS

# %% [markdown]
# ## Q4.2 (2 points) Shrink by averaging blocks
# The fairest colour for a knot is the **average** of the picture's pixels under it (the "box" filter).
# Write `shrink_by_blocks(picture, block_rows, block_columns)` for a grey picture (a 2-D array whose
# height and width are whole multiples of the block): each block of `block_rows × block_columns` pixels
# becomes one number, their mean. Hint: `picture.reshape(h // block_rows, block_rows, w // block_columns,
# block_columns).mean(axis=(1, 3))`.
#
# Example: `[[0, 2, 4, 6], [2, 4, 6, 8]]` with blocks of 2 × 2 gives `[[2.0, 6.0]]`.

# %% nbgrader={"grade": false, "grade_id": "a03-q4_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["shrink_by_blocks"], "answered_by": ["skimage.measure.block_reduce", "skimage.transform.downscale_local_mean"]}
def shrink_by_blocks(picture, block_rows, block_columns):
    ### BEGIN SOLUTION
    picture = np.asarray(picture, dtype=float)
    height, width = picture.shape
    return picture.reshape(height // block_rows, block_rows, width // block_columns, block_columns).mean(axis=(1, 3))
    ### END SOLUTION

# %% farshlab={"library_answer": "a03-q4_2-answer"}
from skimage.measure import block_reduce


def shrink_by_blocks(picture, block_rows, block_columns):
    return block_reduce(np.asarray(picture, dtype=float), (block_rows, block_columns), np.mean)

# %% farshlab={"library_answer": "a03-q4_2-answer"}
from skimage.transform import downscale_local_mean


def shrink_by_blocks(picture, block_rows, block_columns):
    return downscale_local_mean(np.asarray(picture, dtype=float), (block_rows, block_columns))

# %% farshlab={"wrong_answer": "a03-q4_2-answer", "mistake": "takes each block's first pixel instead of the average"}
def shrink_by_blocks(picture, block_rows, block_columns):
    return np.asarray(picture, dtype=float)[::block_rows, ::block_columns]

# %% farshlab={"wrong_answer": "a03-q4_2-answer", "mistake": "reshapes in the wrong order: (h // rows, w // columns, rows, columns)"}
def shrink_by_blocks(picture, block_rows, block_columns):
    picture = np.asarray(picture, dtype=float)
    height, width = picture.shape
    return picture.reshape(height // block_rows, width // block_columns, block_rows, block_columns).mean(axis=(2, 3))

# %% farshlab={"wrong_answer": "a03-q4_2-answer", "mistake": "integer division // for the average: drops the part after the point"}
def shrink_by_blocks(picture, block_rows, block_columns):
    picture = np.asarray(picture)
    height, width = picture.shape
    blocks = picture.reshape(height // block_rows, block_rows, width // block_columns, block_columns)
    return blocks.sum(axis=(1, 3)) // (block_rows * block_columns)

# %% farshlab={"wrong_answer": "a03-q4_2-answer", "mistake": "block rows and block columns swapped"}
def shrink_by_blocks(picture, block_rows, block_columns):
    picture = np.asarray(picture, dtype=float)
    height, width = picture.shape
    return picture.reshape(height // block_columns, block_columns, width // block_rows, block_rows).mean(axis=(1, 3))

# %% nbgrader={"grade": true, "grade_id": "a03-q4_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = shrink_by_blocks(np.array([[0, 2, 4, 6], [2, 4, 6, 8]]), 2, 2)
assert np.allclose(got, [[2.0, 6.0]]), f"the two 2 × 2 blocks average 2 and 6: [[2.0, 6.0]]; your function gave {got}"
### BEGIN HIDDEN TESTS
picture = np.arange(24).reshape(4, 6)
got = shrink_by_blocks(picture, 2, 3)
assert np.allclose(got, [[4.0, 7.0], [16.0, 19.0]]), f"blocks of 2 rows × 3 columns: [[4, 7], [16, 19]]; got {got}"
got = shrink_by_blocks(picture, 4, 1)
assert np.allclose(got, [[9.0, 10.0, 11.0, 12.0, 13.0, 14.0]]), f"blocks of 4 rows × 1 column, taller than wide (rows spaced further apart than the knots across): [[9, 10, 11, 12, 13, 14]]; got {got}"
got = shrink_by_blocks(np.array([[0, 1], [1, 1]]), 2, 2)
assert np.allclose(got, [[0.75]]), f"the block 0, 1, 1, 1 averages 3 / 4 = 0.75: keep the part after the point (a mean, not //); got {got}"
### END HIDDEN TESTS

# %% [markdown]
# ## Q4.3 (1 point) Pictures start at the top, weavers at the bottom
# A picture's row 0 is its **top**; a chart's row 0 is the **bottom** row. Write `to_loom_order(picture)`
# that returns the rows in the weaver's order (the picture upside down).

# %% nbgrader={"grade": false, "grade_id": "a03-q4_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["to_loom_order"], "answered_by": []}
def to_loom_order(picture):
    ### BEGIN SOLUTION
    return np.asarray(picture)[::-1]
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a03-q4_3-answer", "mistake": "turns left and right (picture[:, ::-1]) instead of top and bottom"}
def to_loom_order(picture):
    return np.asarray(picture)[:, ::-1]

# %% farshlab={"wrong_answer": "a03-q4_3-answer", "mistake": "np.flip without an axis: turns left-right (and the colour channels) as well"}
def to_loom_order(picture):
    return np.flip(np.asarray(picture))

# %% farshlab={"wrong_answer": "a03-q4_3-answer", "mistake": "forgets to turn it: keeps the picture's top row first"}
def to_loom_order(picture):
    return np.asarray(picture)

# %% nbgrader={"grade": true, "grade_id": "a03-q4_3-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = to_loom_order(np.array([[9, 9], [1, 2]]))
assert np.array_equal(got, [[1, 2], [9, 9]]), f"the picture's bottom row 1 2 becomes row 0: [[1, 2], [9, 9]]; your function gave {got}"
### BEGIN HIDDEN TESTS
got = to_loom_order(np.arange(6).reshape(3, 2))
assert np.array_equal(got, [[4, 5], [2, 3], [0, 1]]), f"three rows reversed; got {got}"
got = to_loom_order(np.zeros((2, 3, 3), dtype=np.uint8) + np.array([[[1, 1, 1]], [[2, 2, 2]]], dtype=np.uint8))
assert got[0, 0].tolist() == [2, 2, 2], "a colour picture (rows, columns, 3) is flipped by rows only"
### END HIDDEN TESTS

# %% [markdown]
# # Part 5 — A design critique

# %% [markdown]
# ## Q5.1 (3 points, read by your instructor)
# A new designer brings you two plans. For a 200 × 300 cm floor carpet at 50 raj: *"I drew the field as
# one quarter and mirrored it; the field is 102 × 153 khaneh, and the border repeat is 10 khaneh
# long."* For a customer's 70 × 100 cm portrait tableau at 50 raj across, on a loom where the weaver
# packs 60 rows per 7 cm: *"I will also draw a quarter and mirror it, to save time. The photo is
# square, so I scaled it to a square grid of 500 × 500 knots."*
# In four to six sentences, say what will go wrong with each of the three decisions and what you would
# change (give numbers where you can).

# %% [markdown] nbgrader={"grade": true, "grade_id": "a03-q5_1-written", "locked": false, "points": 3, "schema_version": 3, "solution": true}
# (The instructor's model answer goes here; the released copy shows "YOUR ANSWER HERE" in its place.)
# The 102 × 153 khaneh field (1,020 × 1,530 knots, inside the carpet's 1,429 × 2,143) does not hold
# whole 10-khaneh repeats (10.2 and 15.3), so the border repeats would not meet at the centre of a
# side: change the field to 100 × 150 (10 × 15 repeats) or choose a repeat that fits both sides (3, 17
# or 51 khaneh). A portrait is not symmetric, so a mirrored quarter would give a face with four copies
# of one eye: a pictorial tableau needs the full chart. The knot grid must come from the finished size
# and both densities: 70 × 50 ÷ 7 = 500 knots across and 100 × 60 ÷ 7 = 857 rows, and the square photo
# must be cropped to the tableau's 70:100 proportions (its full height, 70 % of its width), not
# stretched. The 500 × 500 grid woven at 60 rows per 7 cm would come out 70 cm wide but only
# 500 × 7 ÷ 60 = 58.3 cm tall, the face squashed to 50/60 of its height.
