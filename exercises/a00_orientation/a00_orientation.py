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
# # Assignment a00 — Orientation: knots, rows and knot grids
#
# This assignment practises Lesson 0, parts 1 and 2 (`lessons/00_orientation.ipynb` and
# `lessons/00b_knot_grids.ipynb`): Parts 1 and 2 below need only the lesson's part 1, Part 3 its part 2.
# There are 10 questions, 20 points:
# 9 small pieces of code that the computer checks (17 points) and 1 written answer that your
# instructor reads (3 points).
#
# **What to do**
# - Run the cells from the top with **Shift + Enter**. Run the grey *setup* cell below first.
# - In each answer cell, delete the line `raise NotImplementedError()` and write your code in its place.
#   Keep the `def …` line as it is: the name and the order of the arguments must stay the same.
# - Under each answer cell is a **test cell**. Run it: if nothing appears, your answer passed the tests
#   you can see. If a pink box appears, read its last line — it says what was expected. The test cells
#   are locked: do not change or delete them. When you hand in, more tests (which you cannot see) check
#   your answer with other sizes and codes, so make your code work for any values, not only the example.
# - Before you hand in, click **Validate** (in the notebook toolbar, or in the *Assignments* list). It
#   restarts the notebook, runs every cell from the top and tells you which tests still fail. You can
#   also use *Kernel → Restart Kernel and Run All Cells…*.
# - You need no `farshlab` imports: plain Python and numpy are enough.
#
# Remember from the lesson: raj = knots across 7 cm; 1 maghat = 12,000 knots; **row 1 is the bottom
# row** (weavers work upward); in a numpy grid, **array row 0 = the bottom row = the weaver's row 1**.

# %% [markdown]
# Run this setup cell first (it loads the tools the questions use).

# %% nbgrader={"grade": false, "grade_id": "a00-setup", "locked": true, "schema_version": 3, "solution": false}
import math

import numpy as np

# %% [markdown]
# # Part 1 — Numbers and functions

# %% [markdown]
# ## Q1.1 (2 points) Knots across the width
# Write `knots_across(width_cm, raj)`: the number of knots across a tableau `width_cm` centimetres wide,
# woven at `raj` knots per 7 cm. In words: *raj times the width in cm, divided by 7, rounded to the
# nearest whole knot.* As a formula: `round(raj * width_cm / 7)`.
#
# - Arguments, in this order: `width_cm` (the width in cm), `raj`.
# - Return a whole number of type `int` (Python's `round(x)` with one argument gives an `int`).
#
# Example: a 50 cm wide tableau at 50 raj has 357 knots across.

# %% nbgrader={"grade": false, "grade_id": "a00-q1_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["knots_across"], "answered_by": ["farshlab.carpet.knots_across", "farshlab.carpet.knot_rows"]}
def knots_across(width_cm, raj):
    ### BEGIN SOLUTION
    return round(raj * width_cm / 7)
    ### END SOLUTION

# %% farshlab={"library_answer": "a00-q1_1-answer"}
from farshlab.carpet import knots_across

# %% farshlab={"library_answer": "a00-q1_1-answer"}
from farshlab.carpet import knot_rows


def knots_across(width_cm, raj):
    return knot_rows(width_cm, raj)

# %% farshlab={"wrong_answer": "a00-q1_1-answer", "mistake": "truncates with int() instead of rounding"}
def knots_across(width_cm, raj):
    return int(raj * width_cm / 7)

# %% farshlab={"wrong_answer": "a00-q1_1-answer", "mistake": "floor division // instead of rounding"}
def knots_across(width_cm, raj):
    return raj * width_cm // 7

# %% farshlab={"wrong_answer": "a00-q1_1-answer", "mistake": "counts over 6.5 cm (kheft) instead of 7 cm"}
def knots_across(width_cm, raj):
    return round(raj * width_cm / 6.5)

# %% nbgrader={"grade": true, "grade_id": "a00-q1_1-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = knots_across(50, 50)
assert isinstance(got, int), f"the number of knots should be a whole number (int), your function gave {got!r} of type {type(got).__name__}"
assert got == 357, f"a 50 cm wide tableau at 50 raj has 357 knots across, your function gave {got}"
### BEGIN HIDDEN TESTS
got = knots_across(50, 40)
assert isinstance(got, int), f"knots across should be an int, got {type(got).__name__}"
assert got == 286, f"a 50 cm wide tableau at 40 raj has 286 knots across (285.7 rounded), your function gave {got}"
assert knots_across(70, 50) == 500, f"a 70 cm wide tableau at 50 raj has 500 knots across, your function gave {knots_across(70, 50)}"
assert knots_across(100, 60) == 857, f"a 100 cm wide tableau at 60 raj has 857 knots across, your function gave {knots_across(100, 60)}"
assert knots_across(35, 40) == 200, f"a 35 cm wide tableau at 40 raj has 200 knots across, your function gave {knots_across(35, 40)}"
### END HIDDEN TESTS

# %% [markdown]
# ## Q1.2 (2 points) Total knots, with separate raj across and up
# The number of rows is worked out like the knots across, from the height and the raj going up
# (`raj_h`): `rows = round(raj_h * height_cm / 7)`. Vertical and horizontal raj are often equal, but not
# always, so keep them apart.
#
# Write `total_knots(width_cm, height_cm, raj_w, raj_h)` that returns knots across × rows, where
#
# - knots across = `round(raj_w * width_cm / 7)` and rows = `round(raj_h * height_cm / 7)`;
# - **round each of the two first, then multiply** (a weaver cannot tie part of a knot or part of a row);
# - arguments in this order: width in cm, height in cm, raj across, raj up;
# - return an `int`.
#
# Example: 50 × 70 cm at 50 raj both ways → 357 × 500 = 178,500 knots. (You may use your `knots_across`.)

# %% nbgrader={"grade": false, "grade_id": "a00-q1_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["total_knots"], "answered_by": ["farshlab.carpet.total_knots", "farshlab.carpet.chart_size"]}
def total_knots(width_cm, height_cm, raj_w, raj_h):
    ### BEGIN SOLUTION
    return knots_across(width_cm, raj_w) * knots_across(height_cm, raj_h)
    ### END SOLUTION

# %% farshlab={"library_answer": "a00-q1_2-answer"}
from farshlab.carpet import total_knots

# %% farshlab={"library_answer": "a00-q1_2-answer"}
from farshlab.carpet import chart_size


def total_knots(width_cm, height_cm, raj_w, raj_h):
    across, rows = chart_size(width_cm, height_cm, raj_w, raj_h)
    return across * rows

# %% farshlab={"wrong_answer": "a00-q1_2-answer", "mistake": "multiplies first and rounds once at the end"}
def total_knots(width_cm, height_cm, raj_w, raj_h):
    return round(raj_w * width_cm / 7 * raj_h * height_cm / 7)

# %% farshlab={"wrong_answer": "a00-q1_2-answer", "mistake": "uses the raj across for the rows too"}
def total_knots(width_cm, height_cm, raj_w, raj_h):
    return knots_across(width_cm, raj_w) * knots_across(height_cm, raj_w)

# %% farshlab={"wrong_answer": "a00-q1_2-answer", "mistake": "truncates the knots and rows with int()"}
def total_knots(width_cm, height_cm, raj_w, raj_h):
    return int(raj_w * width_cm / 7) * int(raj_h * height_cm / 7)

# %% nbgrader={"grade": true, "grade_id": "a00-q1_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, knots_across is a correct one, so that a mistake in an
# earlier answer does not cost the points of Q1.2 as well.
def _correct_knots_across(width_cm, raj):
    return round(raj * width_cm / 7)


_yours = {name: globals().get(name) for name in ['knots_across']}
knots_across = _correct_knots_across
### END HIDDEN TESTS
got = total_knots(50, 70, 50, 50)
assert isinstance(got, int), f"the number of knots should be a whole number (int), your function gave {got!r} of type {type(got).__name__}"
assert got == 178_500, (
    f"a 50 x 70 cm tableau at 50 raj has 357 x 500 = 178,500 knots, your function gave {got:,} "
    "(round the knots across and the rows first, then multiply)"
)
### BEGIN HIDDEN TESTS
got = total_knots(50, 70, 50, 55)
assert isinstance(got, int), f"total knots should be an int, got {type(got).__name__}"
assert got == 196_350, f"50 x 70 cm at 50 raj across and 55 raj up: 357 x 550 = 196,350 knots, your function gave {got}"
assert total_knots(35, 50, 40, 40) == 57_200, f"35 x 50 cm at 40 raj: 200 x 286 = 57,200 knots, your function gave {total_knots(35, 50, 40, 40)}"
assert total_knots(100, 150, 60, 60) == 1_102_102, f"100 x 150 cm at 60 raj: 857 x 1286 = 1,102,102 knots, your function gave {total_knots(100, 150, 60, 60)}"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## Q1.3 (1 point) Maghat
# Prices and weavers' wages are counted in **maghat**: 1 maghat = 12,000 knots.
# Write `maghat(knots)` that returns the number of maghat as a decimal number (a `float`), **not
# rounded**: `knots / 12000`. (Use `/`, not `//`, which would throw away the part after the point.)
#
# Example: 178,500 knots → 14.875 maghat.

# %% nbgrader={"grade": false, "grade_id": "a00-q1_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["maghat"], "answered_by": ["farshlab.carpet.maghat", "farshlab.carpet.in_units", "farshlab.carpet.amount_for_knots"]}
def maghat(knots):
    ### BEGIN SOLUTION
    return knots / 12000
    ### END SOLUTION

# %% farshlab={"library_answer": "a00-q1_3-answer"}
from farshlab.carpet import maghat

# %% farshlab={"wrong_answer": "a00-q1_3-answer", "mistake": "floor division // drops the part of a maghat"}
def maghat(knots):
    return knots // 12000

# %% farshlab={"wrong_answer": "a00-q1_3-answer", "mistake": "rounds the maghat to 2 decimals"}
def maghat(knots):
    return round(knots / 12000, 2)

# %% farshlab={"wrong_answer": "a00-q1_3-answer", "mistake": "divides by 14,000 (a qabal) instead of 12,000"}
def maghat(knots):
    return knots / 14000

# %% nbgrader={"grade": true, "grade_id": "a00-q1_3-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
import math

got = maghat(178_500)
assert isinstance(got, float), f"maghat should be a decimal number (float), your function gave {got!r} of type {type(got).__name__}"
assert math.isclose(got, 14.875, rel_tol=1e-9), f"178,500 knots are 14.875 maghat (178,500 / 12,000), your function gave {got}"
### BEGIN HIDDEN TESTS
got = maghat(12_000)
assert isinstance(got, float), f"maghat should be a float, got {type(got).__name__}"
assert math.isclose(got, 1.0, rel_tol=1e-9), f"12,000 knots are exactly 1 maghat, your function gave {got}"
assert math.isclose(maghat(57_200), 4.766666666666667, rel_tol=1e-9), f"57,200 knots are 4.7667 maghat, your function gave {maghat(57_200)}"
assert math.isclose(maghat(6_000), 0.5, rel_tol=1e-9), f"6,000 knots are half a maghat, your function gave {maghat(6_000)}"
assert math.isclose(maghat(0), 0.0, abs_tol=1e-12), f"0 knots are 0 maghat, your function gave {maghat(0)}"
### END HIDDEN TESTS

# %% [markdown]
# # Part 2 — Lists and loops

# %% [markdown]
# ## Q2.1 (2 points) Knots of one colour in a row
# One row of a chart is a list of colour codes, for example `[1, 1, 2, 2, 2, 1, 3]`.
# Write `count_colour(row, code)` that returns how many knots in `row` have the colour `code`, as an `int`.
# If the colour is not in the row (or the row is empty), the answer is 0.
#
# Example: `count_colour([1, 1, 2, 2, 2, 1, 3], 2)` gives 3.

# %% nbgrader={"grade": false, "grade_id": "a00-q2_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["count_colour"], "answered_by": ["farshlab.chart.row_layers", "farshlab.chart.run_lengths"]}
def count_colour(row, code):
    ### BEGIN SOLUTION
    count = 0
    for knot in row:
        if knot == code:
            count += 1
    return count
    ### END SOLUTION

# %% farshlab={"library_answer": "a00-q2_1-answer"}
from farshlab.chart import row_layers


def count_colour(row, code):
    if len(row) == 0:
        return 0
    return len(dict(row_layers(row)).get(code, []))

# %% farshlab={"library_answer": "a00-q2_1-answer"}
from farshlab.chart import run_lengths


def count_colour(row, code):
    if len(row) == 0:
        return 0
    return sum(count for count, knot in run_lengths(row) if knot == code)

# %% farshlab={"wrong_answer": "a00-q2_1-answer", "mistake": "starts at the second knot (range(1, len(row))): off by one"}
def count_colour(row, code):
    count = 0
    for i in range(1, len(row)):
        if row[i] == code:
            count += 1
    return count

# %% farshlab={"wrong_answer": "a00-q2_1-answer", "mistake": "sets count = 0 inside the loop, so it starts again at every knot"}
def count_colour(row, code):
    for knot in row:
        count = 0
        if knot == code:
            count += 1
    return count

# %% farshlab={"wrong_answer": "a00-q2_1-answer", "mistake": "return indented inside the loop: stops after the first knot"}
def count_colour(row, code):
    count = 0
    for knot in row:
        if knot == code:
            count += 1
        return count
    return count

# %% nbgrader={"grade": true, "grade_id": "a00-q2_1-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = count_colour([1, 1, 2, 2, 2, 1, 3], 2)
assert isinstance(got, int), f"a count should be a whole number (int), your function gave {got!r} of type {type(got).__name__}"
assert got == 3, f"the row [1, 1, 2, 2, 2, 1, 3] has 3 knots of colour 2, your function gave {got}"
### BEGIN HIDDEN TESTS
assert count_colour([1, 1, 2, 2, 2, 1, 3], 4) == 0, "colour 4 is not in the row, so the count should be 0"
assert count_colour([], 1) == 0, "an empty row has 0 knots of any colour"
assert count_colour([7] * 357, 7) == 357, "a row of 357 knots all of colour 7 has 357 knots of colour 7"
assert count_colour([3, 1, 3, 1, 3, 1, 3], 3) == 4, "the row [3, 1, 3, 1, 3, 1, 3] has 4 knots of colour 3"
assert count_colour([3, 1, 3, 1, 3, 1, 3], 1) == 3, "the row [3, 1, 3, 1, 3, 1, 3] has 3 knots of colour 1"
### END HIDDEN TESTS

# %% [markdown]
# ## Q2.2 (2 points) The row where a colour first appears
# A weaver wants to know in which row a yarn is first needed, so that it is dyed and ready in time.
#
# `rows` is a list of rows **in weaving order**: `rows[0]` is the bottom row (the weaver's **row 1**),
# `rows[1]` is row 2, and so on upward. Write `first_row_with(rows, code)` that returns the weaver's row
# number (an `int`, **counting from 1 at the bottom**) of the lowest row that contains `code` at least
# once. If no row contains `code`, return `None`.
#
# Example: for `rows = [[1, 1, 1], [1, 2, 1], [2, 2, 2]]`, colour 2 first appears in row **2**
# (the second row from the bottom).

# %% nbgrader={"grade": false, "grade_id": "a00-q2_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["first_row_with"], "answered_by": []}
def first_row_with(rows, code):
    ### BEGIN SOLUTION
    for row_number, row in enumerate(rows, start=1):
        if code in row:
            return row_number
    return None
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a00-q2_2-answer", "mistake": "returns the array index (counted from 0), not the weaver's row number"}
def first_row_with(rows, code):
    for index, row in enumerate(rows):
        if code in row:
            return index
    return None

# %% farshlab={"wrong_answer": "a00-q2_2-answer", "mistake": "no early return: keeps the last row that has the colour"}
def first_row_with(rows, code):
    found = None
    for row_number, row in enumerate(rows, start=1):
        if code in row:
            found = row_number
    return found

# %% farshlab={"wrong_answer": "a00-q2_2-answer", "mistake": "returns 0 instead of None when no row has the colour"}
def first_row_with(rows, code):
    for row_number, row in enumerate(rows, start=1):
        if code in row:
            return row_number
    return 0

# %% farshlab={"wrong_answer": "a00-q2_2-answer", "mistake": "counts the rows from the top of the list"}
def first_row_with(rows, code):
    for row_number, row in enumerate(reversed(rows), start=1):
        if code in row:
            return row_number
    return None

# %% nbgrader={"grade": true, "grade_id": "a00-q2_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = first_row_with([[1, 1, 1], [1, 2, 1], [2, 2, 2]], 2)
assert got == 2, (
    f"in [[1, 1, 1], [1, 2, 1], [2, 2, 2]] (bottom row first) colour 2 first appears in row 2, "
    f"counting from 1 at the bottom; your function gave {got}"
)
### BEGIN HIDDEN TESTS
rows = [[4, 4, 4, 4], [1, 4, 4, 1], [1, 1, 1, 1], [1, 5, 1, 1], [5, 5, 5, 5]]
got = first_row_with(rows, 5)
assert isinstance(got, int), f"a row number should be an int, got {type(got).__name__}"
assert got == 4, f"colour 5 first appears in row 4 (counting from 1 at the bottom), your function gave {got}"
assert first_row_with(rows, 4) == 1, f"colour 4 is in the bottom row, which is row 1; your function gave {first_row_with(rows, 4)}"
assert first_row_with(rows, 1) == 2, f"colour 1 first appears in row 2; your function gave {first_row_with(rows, 1)}"
assert first_row_with(rows, 9) is None, f"colour 9 is in no row, so the answer is None; your function gave {first_row_with(rows, 9)!r}"
assert first_row_with([[6]], 6) == 1, "a chart of a single row: the colour is in row 1"
### END HIDDEN TESTS

# %% [markdown]
# # Part 3 — A knot grid with numpy
# In this part a chart is a numpy array `grid` with `grid.shape == (number of rows, knots across)`.
# **Array row 0 is the bottom row** (the weaver's row 1); column 0 is the left edge.

# %% [markdown]
# ## Q3.1 (1 point) An empty grid
# Write `empty_grid(n_rows, n_cols, background)` that returns a new numpy array with `n_rows` rows and
# `n_cols` columns, every cell holding the colour code `background`, stored as whole numbers
# (`dtype=int`). Hint: `np.full`.
#
# Example: `empty_grid(14, 20, 1)` is a 14 × 20 grid of 1s.

# %% nbgrader={"grade": false, "grade_id": "a00-q3_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["empty_grid"], "answered_by": ["farshlab.design.blank_grid"]}
def empty_grid(n_rows, n_cols, background):
    ### BEGIN SOLUTION
    return np.full((n_rows, n_cols), background, dtype=int)
    ### END SOLUTION

# %% farshlab={"library_answer": "a00-q3_1-answer"}
from farshlab.design import blank_grid


def empty_grid(n_rows, n_cols, background):
    return blank_grid(n_rows, n_cols, background)

# %% farshlab={"wrong_answer": "a00-q3_1-answer", "mistake": "rows and columns swapped in the shape"}
def empty_grid(n_rows, n_cols, background):
    return np.full((n_cols, n_rows), background, dtype=int)

# %% farshlab={"wrong_answer": "a00-q3_1-answer", "mistake": "np.zeros + background: decimal numbers (float), not whole-number codes"}
def empty_grid(n_rows, n_cols, background):
    return np.zeros((n_rows, n_cols)) + background

# %% farshlab={"wrong_answer": "a00-q3_1-answer", "mistake": "np.ones: forgets the background code"}
def empty_grid(n_rows, n_cols, background):
    return np.ones((n_rows, n_cols), dtype=int)

# %% nbgrader={"grade": true, "grade_id": "a00-q3_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
import numpy as np

got = empty_grid(14, 20, 1)
assert isinstance(got, np.ndarray), f"the grid should be a numpy array, your function gave {type(got).__name__}"
assert got.shape == (14, 20), f"empty_grid(14, 20, 1) should have 14 rows and 20 columns: shape (14, 20), yours is {got.shape}"
assert got.dtype.kind in "iu", f"the grid should hold whole numbers (colour codes): use dtype=int; yours holds {got.dtype}"
assert (got == 1).all(), "every cell of empty_grid(14, 20, 1) should hold the background code 1"
### BEGIN HIDDEN TESTS
got = empty_grid(3, 5, 7)
assert isinstance(got, np.ndarray) and got.shape == (3, 5), f"empty_grid(3, 5, 7) should have shape (3, 5), got {np.shape(got)}"
assert got.dtype.kind in "iu", f"the grid should hold whole numbers, got {got.dtype}"
assert (got == 7).all(), "every cell of empty_grid(3, 5, 7) should hold 7"
got = empty_grid(1, 357, 0)
assert got.shape == (1, 357), f"empty_grid(1, 357, 0) should have shape (1, 357), got {got.shape}"
assert got.dtype.kind in "iu" and (got == 0).all(), "every cell of empty_grid(1, 357, 0) should hold the whole number 0"
### END HIDDEN TESTS

# %% [markdown]
# ## Q3.2 (3 points) Paint a rectangle
# Write `paint_rectangle(grid, row_start, row_stop, col_start, col_stop, code)` that returns a **new**
# grid in which the rectangle of rows `row_start` up to (but **not** including) `row_stop` and columns
# `col_start` up to (but not including) `col_stop` holds `code`; every other cell is as in `grid`.
#
# - Rows and columns are array positions: row 0 is the bottom row, column 0 the left edge. These are
#   half-open ranges, exactly like the slice `grid[row_start:row_stop, col_start:col_stop]`.
# - Arguments in this order: `grid, row_start, row_stop, col_start, col_stop, code`.
# - Leave the grid you were given **unchanged**: start with `new_grid = grid.copy()`, paint `new_grid`,
#   and return it.
#
# Example: on a 4 × 6 grid of 1s, `paint_rectangle(grid, 0, 2, 1, 4, 5)` paints colour 5 on the two
# bottom rows (array rows 0 and 1), columns 1, 2 and 3.

# %% nbgrader={"grade": false, "grade_id": "a00-q3_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["paint_rectangle"], "answered_by": ["farshlab.design.draw_rectangle", "skimage.draw.rectangle"]}
def paint_rectangle(grid, row_start, row_stop, col_start, col_stop, code):
    ### BEGIN SOLUTION
    new_grid = grid.copy()
    new_grid[row_start:row_stop, col_start:col_stop] = code
    return new_grid
    ### END SOLUTION

# %% farshlab={"library_answer": "a00-q3_2-answer"}
from farshlab.design import draw_rectangle


def paint_rectangle(grid, row_start, row_stop, col_start, col_stop, code):
    if row_stop <= row_start or col_stop <= col_start:
        return grid.copy()
    return draw_rectangle(grid, row_start, col_start, row_stop - row_start, col_stop - col_start, code)

# %% farshlab={"library_answer": "a00-q3_2-answer"}
from skimage.draw import rectangle


def paint_rectangle(grid, row_start, row_stop, col_start, col_stop, code):
    new_grid = grid.copy()
    rows, cols = rectangle((row_start, col_start), extent=(row_stop - row_start, col_stop - col_start))
    new_grid[rows, cols] = code
    return new_grid

# %% farshlab={"wrong_answer": "a00-q3_2-answer", "mistake": "paints the grid it was given (no copy)"}
def paint_rectangle(grid, row_start, row_stop, col_start, col_stop, code):
    grid[row_start:row_stop, col_start:col_stop] = code
    return grid

# %% farshlab={"wrong_answer": "a00-q3_2-answer", "mistake": "includes the stop row and column (off by one)"}
def paint_rectangle(grid, row_start, row_stop, col_start, col_stop, code):
    new_grid = grid.copy()
    new_grid[row_start:row_stop + 1, col_start:col_stop + 1] = code
    return new_grid

# %% farshlab={"wrong_answer": "a00-q3_2-answer", "mistake": "counts the rows from the top"}
def paint_rectangle(grid, row_start, row_stop, col_start, col_stop, code):
    new_grid = grid.copy()
    n_rows = grid.shape[0]
    new_grid[n_rows - row_stop:n_rows - row_start, col_start:col_stop] = code
    return new_grid

# %% nbgrader={"grade": true, "grade_id": "a00-q3_2-tests", "locked": true, "points": 3, "schema_version": 3, "solution": false}
import numpy as np

grid = np.ones((4, 6), dtype=int)
got = paint_rectangle(grid, 0, 2, 1, 4, 5)
expected = np.array([
    [1, 5, 5, 5, 1, 1],  # array row 0: the bottom row
    [1, 5, 5, 5, 1, 1],
    [1, 1, 1, 1, 1, 1],
    [1, 1, 1, 1, 1, 1],  # array row 3: the top row
])
assert isinstance(got, np.ndarray), f"paint_rectangle should return a numpy array, your function gave {type(got).__name__}"
assert got.shape == (4, 6), f"the painted grid should keep the shape (4, 6), yours has {got.shape}"
assert np.array_equal(got, expected), (
    "paint_rectangle(grid, 0, 2, 1, 4, 5) on a 4 x 6 grid of 1s should paint colour 5 on array rows 0 and 1 "
    f"(the two bottom rows), columns 1, 2 and 3 (the stops 2 and 4 are not included); your function gave\n{got}"
)
assert (grid == 1).all(), "the grid you were given should stay unchanged: paint a copy (grid.copy()) and return the copy"
### BEGIN HIDDEN TESTS
base = np.zeros((5, 5), dtype=int)
got = paint_rectangle(base, 1, 4, 2, 5, 3)
expected = np.array([
    [0, 0, 0, 0, 0],
    [0, 0, 3, 3, 3],
    [0, 0, 3, 3, 3],
    [0, 0, 3, 3, 3],
    [0, 0, 0, 0, 0],
])
assert np.array_equal(got, expected), f"paint_rectangle(zeros 5 x 5, 1, 4, 2, 5, 3) gave\n{got}"
assert got.dtype.kind in "iu", f"the painted grid should hold whole numbers, got {got.dtype}"
got = paint_rectangle(base, 4, 5, 0, 5, 9)
expected = np.array([
    [0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0],
    [9, 9, 9, 9, 9],
])
assert np.array_equal(got, expected), f"painting array row 4 (the top row of 5) with colour 9 gave\n{got}"
got = paint_rectangle(base, 2, 2, 0, 5, 9)
assert np.array_equal(got, np.zeros((5, 5), dtype=int)), "rows 2 up to 2 is an empty range: nothing should be painted"
assert (base == 0).all(), "the grid you were given should stay unchanged"
### END HIDDEN TESTS

# %% [markdown]
# ## Q3.3 (2 points) Knots per colour
# For the yarn list, the workshop needs the number of knots of every colour in a chart.
# Write `count_per_colour(grid)` that returns a **dictionary**: each colour code that appears in `grid`
# is a key, and its value is the number of knots with that code. Codes that do not appear are not in
# the dictionary. Hint: `np.unique(grid, return_counts=True)`, then `dict(zip(...))`.
#
# Example: for the grid `[[1, 1, 2], [3, 1, 2]]` the answer is `{1: 3, 2: 2, 3: 1}`.

# %% nbgrader={"grade": false, "grade_id": "a00-q3_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["count_per_colour"], "answered_by": ["farshlab.design.colour_counts"]}
def count_per_colour(grid):
    ### BEGIN SOLUTION
    codes, counts = np.unique(grid, return_counts=True)
    return dict(zip(codes.tolist(), counts.tolist()))
    ### END SOLUTION

# %% farshlab={"library_answer": "a00-q3_3-answer"}
from farshlab.design import colour_counts


def count_per_colour(grid):
    return colour_counts(grid)

# %% farshlab={"wrong_answer": "a00-q3_3-answer", "mistake": "counts the first row only"}
def count_per_colour(grid):
    counts = {}
    for knot in grid[0]:
        counts[int(knot)] = counts.get(int(knot), 0) + 1
    return counts

# %% farshlab={"wrong_answer": "a00-q3_3-answer", "mistake": "np.bincount: keeps the codes that do not appear, with 0 knots"}
def count_per_colour(grid):
    return dict(enumerate(np.bincount(np.ravel(grid)).tolist()))

# %% farshlab={"wrong_answer": "a00-q3_3-answer", "mistake": "sets the count to 1 instead of adding 1"}
def count_per_colour(grid):
    counts = {}
    for row in grid:
        for knot in row:
            counts[int(knot)] = 1
    return counts

# %% nbgrader={"grade": true, "grade_id": "a00-q3_3-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
import numpy as np

got = count_per_colour(np.array([[1, 1, 2], [3, 1, 2]]))
assert isinstance(got, dict), f"the answer should be a dictionary {{code: count}}, your function gave {type(got).__name__}"
assert got == {1: 3, 2: 2, 3: 1}, f"the grid [[1, 1, 2], [3, 1, 2]] has 3 knots of colour 1, 2 of colour 2 and 1 of colour 3; your function gave {got}"
### BEGIN HIDDEN TESTS
grid = np.array([
    [0, 7, 7, 12],
    [0, 0, 7, 12],
    [12, 12, 12, 12],
])
got = count_per_colour(grid)
assert isinstance(got, dict), f"the answer should be a dictionary, got {type(got).__name__}"
assert got == {0: 3, 7: 3, 12: 6}, f"expected {{0: 3, 7: 3, 12: 6}}, your function gave {got}"
assert sum(got.values()) == 12, "the counts of all colours should add up to the number of knots, 12"
got = count_per_colour(np.full((3, 4), 5))
assert got == {5: 12}, f"a 3 x 4 grid all of colour 5 has 12 knots of colour 5 and nothing else; your function gave {got}"
### END HIDDEN TESTS

# %% [markdown]
# ## Q3.4 (2 points) From paper to loom order
# A chart typed from paper starts with its **top** row: the first row you are given is the top of the
# drawing. Write `chart_from_paper(paper_rows)` that returns a numpy array of the same chart in loom
# order: **array row 0 = the bottom row of the drawing** (the weaver's row 1), array row 1 the row above
# it, and so on. Left and right must not change.
#
# - `paper_rows` may be a list of lists or a numpy array (top row first).
# - Return a numpy array with the same shape and whole-number codes. Hint: `np.flipud`.
#
# Example: the paper rows `[[1, 1, 1], [2, 2, 2], [3, 3, 3]]` (1s at the top) give
# `[[3, 3, 3], [2, 2, 2], [1, 1, 1]]`: the bottom row, 3s, comes first.

# %% nbgrader={"grade": false, "grade_id": "a00-q3_4-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["chart_from_paper"], "answered_by": ["farshlab.design.grid_from_text"]}
def chart_from_paper(paper_rows):
    ### BEGIN SOLUTION
    return np.flipud(np.asarray(paper_rows))
    ### END SOLUTION

# %% farshlab={"library_answer": "a00-q3_4-answer"}
from farshlab.design import grid_from_text


def chart_from_paper(paper_rows):
    return grid_from_text(["".join(str(code) for code in row) for row in paper_rows])

# %% farshlab={"wrong_answer": "a00-q3_4-answer", "mistake": "np.fliplr: turns left and right instead of top and bottom"}
def chart_from_paper(paper_rows):
    return np.fliplr(np.asarray(paper_rows))

# %% farshlab={"wrong_answer": "a00-q3_4-answer", "mistake": "np.flip without an axis: turns left-right as well"}
def chart_from_paper(paper_rows):
    return np.flip(np.asarray(paper_rows))

# %% farshlab={"wrong_answer": "a00-q3_4-answer", "mistake": "forgets to turn the rows: keeps the paper's top row first"}
def chart_from_paper(paper_rows):
    return np.asarray(paper_rows)

# %% nbgrader={"grade": true, "grade_id": "a00-q3_4-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
import numpy as np

got = chart_from_paper([[1, 1, 1], [2, 2, 2], [3, 3, 3]])
assert isinstance(got, np.ndarray), f"the chart should be a numpy array, your function gave {type(got).__name__}"
assert got.shape == (3, 3), f"the chart should keep its shape (3, 3), yours has {got.shape}"
assert np.array_equal(got, [[3, 3, 3], [2, 2, 2], [1, 1, 1]]), (
    "the paper rows [[1, 1, 1], [2, 2, 2], [3, 3, 3]] have the 3s at the bottom, so array row 0 should be "
    f"[3, 3, 3]; your function gave\n{got}"
)
### BEGIN HIDDEN TESTS
got = chart_from_paper([[1, 2, 3, 4], [5, 6, 7, 8]])
assert isinstance(got, np.ndarray) and got.shape == (2, 4), f"a 2 x 4 chart should stay 2 x 4, got {np.shape(got)}"
assert np.array_equal(got, [[5, 6, 7, 8], [1, 2, 3, 4]]), f"turn the rows upside down but keep left and right; got\n{got}"
assert got.dtype.kind in "iu", f"the chart should hold whole numbers, got {got.dtype}"
got = chart_from_paper(np.array([[1, 2], [3, 4], [5, 6]]))
assert np.array_equal(got, [[5, 6], [3, 4], [1, 2]]), f"a 3 x 2 numpy chart flipped gave\n{got}"
assert np.array_equal(chart_from_paper([[9, 8, 7]]), [[9, 8, 7]]), "a chart of one row stays the same"
### END HIDDEN TESTS

# %% [markdown]
# # Part 4 — In your own words

# %% [markdown]
# ## Q4.1 (3 points, read by your instructor) Why row 1 is the bottom row
# In three to five sentences, in the cell below: (a) why is row 1 of a chart the **bottom** row?
# (b) What goes wrong on the loom if a chart coder numbers the rows from the top of the paper and tells
# the weaver "row 1" for the top row? (c) How do you make sure, in a numpy array read from a file typed
# from paper, that array row 0 is the weaver's row 1?

# %% [markdown] nbgrader={"grade": true, "grade_id": "a00-q4_1-written", "locked": false, "points": 3, "schema_version": 3, "solution": true}
# (The instructor's model answer goes here; the released copy shows "YOUR ANSWER HERE" in its place.)
# (a) The weaver starts at the bottom of the loom and ties the rows upward, one on top of the other, so
# the first row tied — row 1 — is the bottom row of the chart.
# (b) If the coder counts from the top, the weaver's "row 1" is really the chart's top row: the weaver
# ties the picture upside down (a flower stands on its head, a face or lettering is inverted), and any
# call such as "row 12, colour 53" lands in the wrong row. Since knots cannot be moved once the next rows
# are beaten down, the mistake is found late and costs undoing many rows.
# (c) A file typed from paper starts with its top row, so flip it with `np.flipud` after reading; then
# array row 0 is the bottom row (weaver's row 1, i.e. weaver's row number = array row + 1), and draw it
# with `origin="lower"` so the picture shows the bottom row at the bottom.
