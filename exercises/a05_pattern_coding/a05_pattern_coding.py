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
# # Assignment a05 — Pattern coding: from colours to a coded chart
#
# This assignment practises Lesson 5 (`lessons/05_pattern_coding.ipynb`). There are 17 questions, 27 points:
# 16 small pieces of code that the computer checks (24 points) and 1 written answer that your
# instructor reads (3 points).
#
# **What to do**
# - Run the cells from the top with **Shift + Enter**. Run the grey *setup* cell below first.
# - In each answer cell, delete the line `raise NotImplementedError()` and write your code in its place.
#   Keep the `def …` line as it is: the name and the order of the arguments must stay the same.
# - Under each answer cell is a locked **test cell**. Run it: if nothing appears, your answer passed the
#   tests you can see. If a pink box appears, read its last line. When you hand in, more tests (which you
#   cannot see) check your answer with other charts, so make your code work for any chart.
# - Before you hand in, click **Validate** (or *Kernel → Restart Kernel and Run All Cells…*).
# - Write the steps yourself with plain Python and numpy: do **not** import `farshlab.chart` (it would do
#   the work for you, and you would not learn the steps).
#
# Remember from the lesson: a chart is a grid of yarn codes, `grid[row][column]`, and **row 0 is the
# bottom row** — the weaver's row 1, the first row woven. In this assignment columns are counted from
# the **left**, starting at 1.

# %% [markdown]
# Run this setup cell first (it loads the tools and the chart the questions use).

# %% nbgrader={"grade": false, "grade_id": "a05-setup", "locked": true, "schema_version": 3, "solution": false}
import math

import numpy as np

# A small chart in loom order: row 0 is the bottom row (the weaver's row 1).
CHART = np.array([
    [7, 7, 7, 12, 12, 7],   # row 1 (bottom, woven first)
    [7, 12, 7, 12, 12, 7],  # row 2
    [3, 3, 7, 7, 12, 12],   # row 3 (top)
])

# A palette of four yarns: code → its CIELAB colour (L*, a*, b*).
PALETTE = {
    1: [95.0, 0.0, 2.0],     # cream
    7: [40.0, 55.0, 40.0],   # madder red
    12: [25.0, 5.0, -30.0],  # navy
    20: [60.0, -30.0, 35.0], # leaf green
}

# %% [markdown]
# # Part 1 — How big is the chart?

# %% [markdown]
# ## Q1.1 (1 point) Knots across
# Raj counts the knots across 7 cm. Write `knots_across(width_cm, raj)` that returns the number of knots
# across a tableau: raj × width ÷ 7, **rounded** to the nearest whole number (use `round`), as an `int`.
#
# Example: a 50 cm wide tableau at 50 raj has 357 knots across.

# %% nbgrader={"grade": false, "grade_id": "a05-q1_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["knots_across"], "answered_by": ["farshlab.carpet.knots_across", "farshlab.carpet.knot_rows"]}
def knots_across(width_cm, raj):
    ### BEGIN SOLUTION
    return round(raj * width_cm / 7)
    ### END SOLUTION

# %% farshlab={"library_answer": "a05-q1_1-answer"}
from farshlab.carpet import knots_across

# %% farshlab={"library_answer": "a05-q1_1-answer"}
from farshlab.carpet import knot_rows


def knots_across(width_cm, raj):
    return knot_rows(width_cm, raj)

# %% farshlab={"wrong_answer": "a05-q1_1-answer", "mistake": "truncates with int() instead of rounding"}
def knots_across(width_cm, raj):
    return int(raj * width_cm / 7)

# %% farshlab={"wrong_answer": "a05-q1_1-answer", "mistake": "rounds up with math.ceil"}
def knots_across(width_cm, raj):
    return math.ceil(raj * width_cm / 7)

# %% farshlab={"wrong_answer": "a05-q1_1-answer", "mistake": "counts over 6.5 cm (kheft) instead of 7 cm"}
def knots_across(width_cm, raj):
    return round(raj * width_cm / 6.5)

# %% nbgrader={"grade": true, "grade_id": "a05-q1_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = knots_across(50, 50)
assert got == 357, f"50 cm at 50 raj: 50 × 50 ÷ 7 = 357.1, rounded 357 knots; your function gave {got}"
assert isinstance(got, int), f"the answer should be a whole number (int), got {type(got).__name__}"
### BEGIN HIDDEN TESTS
assert knots_across(35, 40) == 200, "35 cm at 40 raj: 40 × 35 ÷ 7 = 200 knots"
assert knots_across(100, 60) == 857, "100 cm at 60 raj: 857.1 → 857 knots"
assert knots_across(45, 80) == 514, "45 cm at 80 raj: 514.3 → 514 knots"
assert knots_across(50, 40) == 286, f"50 cm at 40 raj: 285.7 rounds to 286 knots (round, do not cut off); your function gave {knots_across(50, 40)}"
### END HIDDEN TESTS

# %% [markdown]
# ## Q1.2 (1 point) The whole grid
# Raj along the length can differ from raj across. Write `grid_size(width_cm, height_cm, raj_w, raj_h)`
# that returns the pair `(knots_across, rows)`: knots across from `raj_w` and the width, rows from
# `raj_h` and the height (rows = raj_h × height ÷ 7, rounded). Use your `knots_across`.
#
# Example: 50 × 70 cm at 50 raj both ways is `(357, 500)`.

# %% nbgrader={"grade": false, "grade_id": "a05-q1_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["grid_size"], "answered_by": ["farshlab.carpet.chart_size"]}
def grid_size(width_cm, height_cm, raj_w, raj_h):
    ### BEGIN SOLUTION
    return knots_across(width_cm, raj_w), round(raj_h * height_cm / 7)
    ### END SOLUTION

# %% farshlab={"library_answer": "a05-q1_2-answer"}
from farshlab.carpet import chart_size


def grid_size(width_cm, height_cm, raj_w, raj_h):
    return chart_size(width_cm, height_cm, raj_w, raj_h)

# %% farshlab={"wrong_answer": "a05-q1_2-answer", "mistake": "uses the raj across for the rows too"}
def grid_size(width_cm, height_cm, raj_w, raj_h):
    return knots_across(width_cm, raj_w), round(raj_w * height_cm / 7)

# %% farshlab={"wrong_answer": "a05-q1_2-answer", "mistake": "gives (rows, knots_across): the pair in the wrong order"}
def grid_size(width_cm, height_cm, raj_w, raj_h):
    return round(raj_h * height_cm / 7), knots_across(width_cm, raj_w)

# %% farshlab={"wrong_answer": "a05-q1_2-answer", "mistake": "truncates the rows with int()"}
def grid_size(width_cm, height_cm, raj_w, raj_h):
    return knots_across(width_cm, raj_w), int(raj_h * height_cm / 7)

# %% nbgrader={"grade": true, "grade_id": "a05-q1_2-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, knots_across is a correct one, so that a mistake in an
# earlier answer does not cost the points of Q1.2 as well.
def _correct_knots_across(width_cm, raj):
    return round(raj * width_cm / 7)


_yours = {name: globals().get(name) for name in ["knots_across"]}
knots_across = _correct_knots_across
### END HIDDEN TESTS
got = grid_size(50, 70, 50, 50)
assert tuple(got) == (357, 500), f"50 × 70 cm at 50 raj is 357 knots across and 500 rows; your function gave {got}"
### BEGIN HIDDEN TESTS
assert tuple(grid_size(50, 70, 50, 56)) == (357, 560), "with 56 rows per 7 cm along, 70 cm has 560 rows"
assert tuple(grid_size(35, 50, 40, 40)) == (200, 286), "35 × 50 cm at 40 raj: 200 across, 285.7 → 286 rows"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# # Part 2 — The nearest colour

# %% [markdown]
# ## Q2.1 (1 point) ΔE76
# Write `delta_e76(lab1, lab2)`: the straight distance between two Lab colours,
# √((L1 − L2)² + (a1 − a2)² + (b1 − b2)²), as a float. (In the lesson the computer uses CIEDE2000, which
# is better for yarns; ΔE76 is the same idea in a simpler formula.)

# %% nbgrader={"grade": false, "grade_id": "a05-q2_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["delta_e76"], "answered_by": ["farshlab.colour.delta_e_cie76", "farshlab.colour.delta_e", "colour.delta_E", "colour.difference.delta_E_CIE1976", "skimage.color.deltaE_cie76", "scipy.spatial.distance.euclidean"]}
def delta_e76(lab1, lab2):
    ### BEGIN SOLUTION
    return math.sqrt(sum((first - second) ** 2 for first, second in zip(lab1, lab2)))
    ### END SOLUTION

# %% farshlab={"library_answer": "a05-q2_1-answer"}
from farshlab.colour import delta_e_cie76


def delta_e76(lab1, lab2):
    return float(delta_e_cie76(lab1, lab2))

# %% farshlab={"library_answer": "a05-q2_1-answer"}
from farshlab.colour import delta_e


def delta_e76(lab1, lab2):
    return float(delta_e(lab1, lab2, method="cie76"))

# %% farshlab={"library_answer": "a05-q2_1-answer"}
import colour


def delta_e76(lab1, lab2):
    return float(colour.delta_E(lab1, lab2, method="CIE 1976"))

# %% farshlab={"library_answer": "a05-q2_1-answer"}
from skimage.color import deltaE_cie76


def delta_e76(lab1, lab2):
    return float(deltaE_cie76(lab1, lab2))

# %% farshlab={"library_answer": "a05-q2_1-answer"}
from scipy.spatial.distance import euclidean


def delta_e76(lab1, lab2):
    return float(euclidean(lab1, lab2))

# %% farshlab={"wrong_answer": "a05-q2_1-answer", "mistake": "forgets the square root"}
def delta_e76(lab1, lab2):
    return sum((first - second) ** 2 for first, second in zip(lab1, lab2))

# %% farshlab={"wrong_answer": "a05-q2_1-answer", "mistake": "adds the differences without squaring them"}
def delta_e76(lab1, lab2):
    return sum(abs(first - second) for first, second in zip(lab1, lab2))

# %% farshlab={"wrong_answer": "a05-q2_1-answer", "mistake": "leaves out the lightness L*"}
def delta_e76(lab1, lab2):
    return math.hypot(lab1[1] - lab2[1], lab1[2] - lab2[2])

# %% nbgrader={"grade": true, "grade_id": "a05-q2_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = delta_e76([50, 10, 10], [53, 14, 22])
assert math.isclose(got, 13.0, abs_tol=1e-9), f"differences 3, 4 and 12 give √(9 + 16 + 144) = 13; your function gave {got}"
### BEGIN HIDDEN TESTS
assert math.isclose(delta_e76([62.5, -3.2, 18.0], [60.1, 2.4, 15.3]), 6.6640828326, abs_tol=1e-8), "expected 6.66408"
assert math.isclose(delta_e76([20, 0, 0], [20, 0, 0]), 0.0, abs_tol=1e-12), "a colour is 0 away from itself"
### END HIDDEN TESTS

# %% [markdown]
# ## Q2.2 (2 points) The nearest yarn
# Write `nearest_code(lab, palette)`: `palette` is a dictionary code → Lab colour, like `PALETTE` in the
# setup cell. Return the **code** of the yarn with the smallest `delta_e76` to `lab`. (If two are equally
# near, return either.)
#
# Example: `[42, 50, 38]` (a red) is nearest to code 7, madder red.

# %% nbgrader={"grade": false, "grade_id": "a05-q2_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["nearest_code"], "answered_by": ["farshlab.colour.k_nearest_yarns"]}
def nearest_code(lab, palette):
    ### BEGIN SOLUTION
    return min(palette, key=lambda code: delta_e76(lab, palette[code]))
    ### END SOLUTION

# %% farshlab={"library_answer": "a05-q2_2-answer"}
from farshlab.colour import k_nearest_yarns


def nearest_code(lab, palette):
    codes = list(palette)
    index, _ = k_nearest_yarns(np.array([lab], dtype=float), np.array([palette[c] for c in codes], dtype=float), 1, method="cie76")
    return codes[int(index[0][0])]

# %% farshlab={"wrong_answer": "a05-q2_2-answer", "mistake": "returns the yarn's place in the palette (0, 1, 2 …) instead of its code"}
def nearest_code(lab, palette):
    colours = list(palette.values())
    return min(range(len(colours)), key=lambda i: delta_e76(lab, colours[i]))

# %% farshlab={"wrong_answer": "a05-q2_2-answer", "mistake": "max instead of min: the farthest yarn"}
def nearest_code(lab, palette):
    return max(palette, key=lambda code: delta_e76(lab, palette[code]))

# %% farshlab={"wrong_answer": "a05-q2_2-answer", "mistake": "compares the lightness L* only"}
def nearest_code(lab, palette):
    return min(palette, key=lambda code: abs(lab[0] - palette[code][0]))

# %% nbgrader={"grade": true, "grade_id": "a05-q2_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, delta_e76 is a correct one, so that a mistake in an
# earlier answer does not cost the points of Q2.2 as well.
def _correct_delta_e76(lab1, lab2):
    return math.dist(lab1, lab2)


_yours = {name: globals().get(name) for name in ["delta_e76"]}
delta_e76 = _correct_delta_e76
### END HIDDEN TESTS
got = nearest_code([42, 50, 38], PALETTE)
assert got == 7, f"[42, 50, 38] is 5.7 from madder red (code 7) and further from the others; your function gave {got}"
### BEGIN HIDDEN TESTS
assert nearest_code([90, 1, 1], PALETTE) == 1, "[90, 1, 1] is nearest to cream (code 1)"
assert nearest_code([30, 20, -10], PALETTE) == 12, "[30, 20, -10] is nearest to navy (code 12, ΔE76 25.5); the next nearest is madder red (code 7, ΔE76 61.8)"
assert nearest_code([55, -25, 30], PALETTE) == 20, "[55, -25, 30] is nearest to leaf green (code 20)"
assert nearest_code([70, 10, 10], {3: [20, 0, 0], 9: [72, 8, 14]}) == 9, "any palette: the nearest is code 9"
got = nearest_code([40, -30, 35], PALETTE)
assert got == 20, (
    "[40, -30, 35] (a dark green) is nearest to leaf green (code 20, ΔE76 20), not to madder red (code 7) of the "
    f"same lightness (ΔE76 85): compare all three numbers L*, a*, b*; your function gave {got}")
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## Q2.3 (2 points) Code a tiny picture
# A tiny picture is given as a list of rows, each a list of Lab colours (row 0 = the bottom row). Write
# `code_picture(picture_lab, palette)` that returns a numpy array of the same rows and columns holding,
# for every knot, the code of its nearest yarn (use your `nearest_code`).

# %% nbgrader={"grade": false, "grade_id": "a05-q2_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["code_picture"], "answered_by": ["farshlab.colour.nearest_yarn"]}
def code_picture(picture_lab, palette):
    ### BEGIN SOLUTION
    return np.array([[nearest_code(lab, palette) for lab in row] for row in picture_lab])
    ### END SOLUTION

# %% farshlab={"library_answer": "a05-q2_3-answer"}
from farshlab.colour import nearest_yarn


def code_picture(picture_lab, palette):
    codes = np.array(list(palette))
    index, _ = nearest_yarn(np.asarray(picture_lab, dtype=float), np.array(list(palette.values()), dtype=float), method="cie76")
    return codes[index]

# %% farshlab={"wrong_answer": "a05-q2_3-answer", "mistake": "one flat list of codes: loses the rows"}
def code_picture(picture_lab, palette):
    return np.array([nearest_code(lab, palette) for row in picture_lab for lab in row])

# %% farshlab={"wrong_answer": "a05-q2_3-answer", "mistake": "turns the rows upside down (as if the picture began with its top row)"}
def code_picture(picture_lab, palette):
    return np.array([[nearest_code(lab, palette) for lab in row] for row in picture_lab[::-1]])

# %% farshlab={"wrong_answer": "a05-q2_3-answer", "mistake": "columns and rows swapped (the loops the wrong way round)"}
def code_picture(picture_lab, palette):
    return np.array([[nearest_code(row[i], palette) for row in picture_lab] for i in range(len(picture_lab[0]))])

# %% nbgrader={"grade": true, "grade_id": "a05-q2_3-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, delta_e76 and nearest_code are correct ones, so that a
# mistake in an earlier answer does not cost the points of Q2.3 as well.
def _correct_delta_e76(lab1, lab2):
    return math.dist(lab1, lab2)


def _correct_nearest_code(lab, palette):
    return min(palette, key=lambda code: math.dist(lab, palette[code]))


_yours = {name: globals().get(name) for name in ["delta_e76", "nearest_code"]}
delta_e76 = _correct_delta_e76
nearest_code = _correct_nearest_code
### END HIDDEN TESTS
picture = [[[42, 50, 38], [90, 1, 1]], [[30, 20, -10], [55, -25, 30]]]
got = code_picture(picture, PALETTE)
assert np.shape(got) == (2, 2), f"2 rows of 2 knots should give a 2 × 2 grid; got shape {np.shape(got)}"
assert np.array_equal(got, [[7, 1], [12, 20]]), f"expected [[7, 1], [12, 20]]; your function gave {got}"
### BEGIN HIDDEN TESTS
got = code_picture([[[70, 10, 10], [26, 4, -28], [41, 50, 39]]], PALETTE)
assert np.array_equal(got, [[1, 12, 7]]), f"one row of three knots: expected [[1, 12, 7]], got {got}"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# # Part 3 — Counting knots

# %% [markdown]
# ## Q3.1 (1 point) Knots per code
# Write `count_codes(grid)` that returns a dictionary code → number of knots with that code, for every
# code in the grid. Hint: loop over the rows and the knots, or use `np.unique(grid, return_counts=True)`.

# %% nbgrader={"grade": false, "grade_id": "a05-q3_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["count_codes"], "answered_by": ["farshlab.design.colour_counts"]}
def count_codes(grid):
    ### BEGIN SOLUTION
    codes, counts = np.unique(np.asarray(grid), return_counts=True)
    return {int(code): int(count) for code, count in zip(codes, counts)}
    ### END SOLUTION

# %% farshlab={"library_answer": "a05-q3_1-answer"}
from farshlab.design import colour_counts


def count_codes(grid):
    return colour_counts(grid)

# %% farshlab={"wrong_answer": "a05-q3_1-answer", "mistake": "counts the first (bottom) row only"}
def count_codes(grid):
    counts = {}
    for code in grid[0]:
        counts[int(code)] = counts.get(int(code), 0) + 1
    return counts

# %% farshlab={"wrong_answer": "a05-q3_1-answer", "mistake": "np.bincount: keeps the codes that do not appear, with 0 knots"}
def count_codes(grid):
    return dict(enumerate(np.bincount(np.ravel(grid)).tolist()))

# %% farshlab={"wrong_answer": "a05-q3_1-answer", "mistake": "counts the rows a code appears in, not its knots"}
def count_codes(grid):
    counts = {}
    for row in grid:
        for code in set(int(c) for c in row):
            counts[code] = counts.get(code, 0) + 1
    return counts

# %% nbgrader={"grade": true, "grade_id": "a05-q3_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = count_codes(CHART)
assert dict(got) == {3: 2, 7: 9, 12: 7}, f"CHART has 2 knots of code 3, 9 of code 7 and 7 of code 12; your function gave {got}"
### BEGIN HIDDEN TESTS
assert dict(count_codes([[5, 5], [5, 9]])) == {5: 3, 9: 1}, "[[5, 5], [5, 9]]: three 5s and one 9"
assert dict(count_codes(np.full((4, 3), 2))) == {2: 12}, "a 4 × 3 grid of code 2 has 12 knots of code 2"
### END HIDDEN TESTS

# %% [markdown]
# ## Q3.2 (1 point) The main colour
# Write `most_used(grid)` that returns the code with the most knots (use your `count_codes`). The dyer
# starts with this one: it needs the most yarn.

# %% nbgrader={"grade": false, "grade_id": "a05-q3_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["most_used"], "answered_by": []}
def most_used(grid):
    ### BEGIN SOLUTION
    counts = count_codes(grid)
    return max(counts, key=counts.get)
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a05-q3_2-answer", "mistake": "max of the codes: the largest code, not the most used"}
def most_used(grid):
    return max(count_codes(grid))

# %% farshlab={"wrong_answer": "a05-q3_2-answer", "mistake": "returns the number of knots instead of the code"}
def most_used(grid):
    return max(count_codes(grid).values())

# %% farshlab={"wrong_answer": "a05-q3_2-answer", "mistake": "min instead of max: the least used code"}
def most_used(grid):
    counts = count_codes(grid)
    return min(counts, key=counts.get)

# %% nbgrader={"grade": true, "grade_id": "a05-q3_2-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, count_codes is a correct one, so that a mistake in an
# earlier answer does not cost the points of Q3.2 as well.
def _correct_count_codes(grid):
    codes, counts = np.unique(np.asarray(grid), return_counts=True)
    return {int(code): int(count) for code, count in zip(codes, counts)}


_yours = {name: globals().get(name) for name in ["count_codes"]}
count_codes = _correct_count_codes
### END HIDDEN TESTS
got = most_used(CHART)
assert got == 7, f"code 7 has 9 knots in CHART, more than any other; your function gave {got}"
### BEGIN HIDDEN TESTS
assert most_used([[4, 9, 9], [9, 4, 1]]) == 9, "three knots of code 9: it is the main colour"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# # Part 4 — Reading formats

# %% [markdown]
# ## Q4.1 (2 points) Run-length calls
# Weavers call a row as "3 × colour 7, then 2 × colour 12 …". Write `run_length(row)` that takes one row
# (a list of codes, left to right) and returns a list of pairs `(count, code)`, one per run of equal
# neighbouring codes.
#
# Example: `[7, 7, 7, 12, 12, 7]` gives `[(3, 7), (2, 12), (1, 7)]`.

# %% nbgrader={"grade": false, "grade_id": "a05-q4_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["run_length"], "answered_by": ["farshlab.chart.run_lengths"]}
def run_length(row):
    ### BEGIN SOLUTION
    runs = []
    for code in row:
        if runs and runs[-1][1] == code:
            runs[-1] = (runs[-1][0] + 1, code)
        else:
            runs.append((1, code))
    return runs
    ### END SOLUTION

# %% farshlab={"library_answer": "a05-q4_1-answer"}
from farshlab.chart import run_lengths


def run_length(row):
    return run_lengths(row)

# %% farshlab={"wrong_answer": "a05-q4_1-answer", "mistake": "counts each code in the whole row, not runs of neighbours"}
def run_length(row):
    counts = {}
    for code in row:
        counts[code] = counts.get(code, 0) + 1
    return [(count, code) for code, count in counts.items()]

# %% farshlab={"wrong_answer": "a05-q4_1-answer", "mistake": "pairs the wrong way round: (code, count)"}
def run_length(row):
    runs = []
    for code in row:
        if runs and runs[-1][0] == code:
            runs[-1] = (code, runs[-1][1] + 1)
        else:
            runs.append((code, 1))
    return runs

# %% farshlab={"wrong_answer": "a05-q4_1-answer", "mistake": "writes a run only when the code changes: loses the last run"}
def run_length(row):
    runs, count = [], 1
    for i in range(1, len(row)):
        if row[i] == row[i - 1]:
            count += 1
        else:
            runs.append((count, row[i - 1]))
            count = 1
    return runs

# %% nbgrader={"grade": true, "grade_id": "a05-q4_1-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = run_length([7, 7, 7, 12, 12, 7])
assert [tuple(pair) for pair in got] == [(3, 7), (2, 12), (1, 7)], f"expected [(3, 7), (2, 12), (1, 7)]; your function gave {got}"
### BEGIN HIDDEN TESTS
assert [tuple(p) for p in run_length([5])] == [(1, 5)], "a row of one knot is one run"
assert [tuple(p) for p in run_length([3, 3, 7, 7, 12, 12])] == [(2, 3), (2, 7), (2, 12)], "row 3 of CHART: (2, 3), (2, 7), (2, 12)"
assert [tuple(p) for p in run_length([1, 2, 1, 2])] == [(1, 1), (1, 2), (1, 1), (1, 2)], "every change of code starts a new run"
### END HIDDEN TESTS

# %% [markdown]
# ## Q4.2 (2 points) Ranges of columns
# The layer print writes neighbouring columns as a range. Write `condense(columns)`: it takes increasing
# column numbers and returns the text with runs of two or more neighbours written `first–last` (an **en
# dash** `–`, not a hyphen), separated by `", "`.
#
# Example: `[140, 141, 142, 148, 150, 151, 152, 153, 154]` gives `"140–142, 148, 150–154"`.

# %% nbgrader={"grade": false, "grade_id": "a05-q4_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["condense"], "answered_by": ["farshlab.chart.condense_ranges"]}
def condense(columns):
    ### BEGIN SOLUTION
    parts = []
    start = previous = columns[0]
    for column in list(columns[1:]) + [None]:
        if column is not None and column == previous + 1:
            previous = column
            continue
        parts.append(str(start) if start == previous else f"{start}–{previous}")
        start = previous = column
    return ", ".join(parts)
    ### END SOLUTION

# %% farshlab={"library_answer": "a05-q4_2-answer"}
from farshlab.chart import condense_ranges


def condense(columns):
    return condense_ranges(columns)

# %% farshlab={"wrong_answer": "a05-q4_2-answer", "mistake": "a hyphen - instead of the en dash –"}
def condense(columns):
    parts = []
    start = previous = columns[0]
    for column in list(columns[1:]) + [None]:
        if column is not None and column == previous + 1:
            previous = column
            continue
        parts.append(str(start) if start == previous else f"{start}-{previous}")
        start = previous = column
    return ", ".join(parts)

# %% farshlab={"wrong_answer": "a05-q4_2-answer", "mistake": "ranges only for three or more neighbours: writes two as '1, 2'"}
def condense(columns):
    parts = []
    start = previous = columns[0]
    for column in list(columns[1:]) + [None]:
        if column is not None and column == previous + 1:
            previous = column
            continue
        if previous - start >= 2:
            parts.append(f"{start}–{previous}")
        else:
            parts += [str(c) for c in range(start, previous + 1)]
        start = previous = column
    return ", ".join(parts)

# %% farshlab={"wrong_answer": "a05-q4_2-answer", "mistake": "forgets the last run (no closing step after the loop)"}
def condense(columns):
    parts = []
    start = previous = columns[0]
    for column in columns[1:]:
        if column == previous + 1:
            previous = column
            continue
        parts.append(str(start) if start == previous else f"{start}–{previous}")
        start = previous = column
    return ", ".join(parts)

# %% nbgrader={"grade": true, "grade_id": "a05-q4_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = condense([140, 141, 142, 148, 150, 151, 152, 153, 154])
assert got == "140–142, 148, 150–154", f"expected '140–142, 148, 150–154'; your function gave {got!r}"
### BEGIN HIDDEN TESTS
assert condense([5]) == "5", "a single column is written alone"
assert condense([1, 2, 4, 6, 7]) == "1–2, 4, 6–7", f"expected '1–2, 4, 6–7', got {condense([1, 2, 4, 6, 7])!r}"
assert condense([3, 4, 5, 6]) == "3–6", "four neighbours make one range"
### END HIDDEN TESTS

# %% [markdown]
# ## Q4.3 (2 points) One line of the layer print
# Write `layer_line(grid, row_number, code)`. `row_number` is the **weaver's** row number (1 = the bottom
# row, which is `grid[0]`). Return the line
# `"Row 1: colour 12: columns 4–5"` — the columns (counted from 1 at the left) whose knot in that row has
# the code, condensed with your `condense`.

# %% nbgrader={"grade": false, "grade_id": "a05-q4_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["layer_line"], "answered_by": ["farshlab.chart.layer_lists", "farshlab.chart.row_layers"]}
def layer_line(grid, row_number, code):
    ### BEGIN SOLUTION
    row = list(grid[row_number - 1])
    columns = [index + 1 for index, value in enumerate(row) if value == code]
    return f"Row {row_number}: colour {code}: columns {condense(columns)}"
    ### END SOLUTION

# %% farshlab={"library_answer": "a05-q4_3-answer"}
from farshlab.chart import layer_lists


def layer_line(grid, row_number, code):
    start = f"Row {row_number}: colour {code}: "
    return next(line for line in layer_lists(np.asarray(grid), columns_from="left") if line.startswith(start))

# %% farshlab={"library_answer": "a05-q4_3-answer"}
from farshlab.chart import row_layers


def layer_line(grid, row_number, code):
    columns = dict(row_layers(list(grid[row_number - 1])))[code]
    return f"Row {row_number}: colour {code}: columns {condense(columns)}"

# %% farshlab={"wrong_answer": "a05-q4_3-answer", "mistake": "counts the rows from the top: row 1 taken as grid[-1]"}
def layer_line(grid, row_number, code):
    row = list(grid[-row_number])
    columns = [index + 1 for index, value in enumerate(row) if value == code]
    return f"Row {row_number}: colour {code}: columns {condense(columns)}"

# %% farshlab={"wrong_answer": "a05-q4_3-answer", "mistake": "grid[row_number]: forgets that row 1 is grid[0]"}
def layer_line(grid, row_number, code):
    row = list(grid[row_number % len(grid)])
    columns = [index + 1 for index, value in enumerate(row) if value == code]
    return f"Row {row_number}: colour {code}: columns {condense(columns)}"

# %% farshlab={"wrong_answer": "a05-q4_3-answer", "mistake": "counts the columns from 0"}
def layer_line(grid, row_number, code):
    row = list(grid[row_number - 1])
    columns = [index for index, value in enumerate(row) if value == code]
    return f"Row {row_number}: colour {code}: columns {condense(columns)}"

# %% nbgrader={"grade": true, "grade_id": "a05-q4_3-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, condense is a correct one, so that a mistake in an
# earlier answer does not cost the points of Q4.3 as well.
def _correct_condense(columns):
    columns, parts = list(columns), []
    start = 0
    for i in range(1, len(columns) + 1):
        if i == len(columns) or columns[i] != columns[i - 1] + 1:
            first, last = columns[start], columns[i - 1]
            parts.append(str(first) if first == last else f"{first}–{last}")
            start = i
    return ", ".join(parts)


_yours = {name: globals().get(name) for name in ["condense"]}
condense = _correct_condense
### END HIDDEN TESTS
got = layer_line(CHART, 1, 12)
assert got == "Row 1: colour 12: columns 4–5", f"row 1 is the BOTTOM row [7, 7, 7, 12, 12, 7]: code 12 is in columns 4–5; your function gave {got!r}"
### BEGIN HIDDEN TESTS
assert layer_line(CHART, 1, 7) == "Row 1: colour 7: columns 1–3, 6", "row 1, colour 7: columns 1–3, 6"
assert layer_line(CHART, 3, 12) == "Row 3: colour 12: columns 5–6", "row 3 is the top row here: colour 12 in columns 5–6"
assert layer_line(CHART, 2, 7) == "Row 2: colour 7: columns 1, 3, 6", "row 2, colour 7: columns 1, 3, 6"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## Q4.4 (1 point) The whole row, bottom up
# Write `row_calls(grid)` that returns one text per row, **starting with row 1 (the bottom)**, like
# `"Row 1: 3 × colour 7, 2 × colour 12, 1 × colour 7"`, using your `run_length`. The `×` sign is the
# multiplication sign (copy it from here: ×).

# %% nbgrader={"grade": false, "grade_id": "a05-q4_4-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["row_calls"], "answered_by": ["farshlab.chart.run_length_calls", "farshlab.chart.chart_runs"]}
def row_calls(grid):
    ### BEGIN SOLUTION
    lines = []
    for number, row in enumerate(grid, start=1):
        calls = ", ".join(f"{count} × colour {code}" for count, code in run_length(list(row)))
        lines.append(f"Row {number}: {calls}")
    return lines
    ### END SOLUTION

# %% farshlab={"library_answer": "a05-q4_4-answer"}
from farshlab.chart import run_length_calls


def row_calls(grid):
    return run_length_calls(np.asarray(grid), columns_from="left")

# %% farshlab={"library_answer": "a05-q4_4-answer"}
from farshlab.chart import chart_runs


def row_calls(grid):
    rows, _, knots, codes = chart_runs(np.asarray(grid))
    lines = []
    for number in range(len(grid)):
        calls = [f"{k} × colour {c}" for r, k, c in zip(rows, knots, codes) if r == number]
        lines.append(f"Row {number + 1}: " + ", ".join(calls))
    return lines

# %% farshlab={"wrong_answer": "a05-q4_4-answer", "mistake": "the top row first"}
def row_calls(grid):
    lines = []
    for number, row in reversed(list(enumerate(grid, start=1))):
        calls = ", ".join(f"{count} × colour {code}" for count, code in run_length(list(row)))
        lines.append(f"Row {number}: {calls}")
    return lines

# %% farshlab={"wrong_answer": "a05-q4_4-answer", "mistake": "a letter x instead of the multiplication sign ×"}
def row_calls(grid):
    lines = []
    for number, row in enumerate(grid, start=1):
        calls = ", ".join(f"{count} x colour {code}" for count, code in run_length(list(row)))
        lines.append(f"Row {number}: {calls}")
    return lines

# %% farshlab={"wrong_answer": "a05-q4_4-answer", "mistake": "numbers the rows from 0"}
def row_calls(grid):
    lines = []
    for number, row in enumerate(grid):
        calls = ", ".join(f"{count} × colour {code}" for count, code in run_length(list(row)))
        lines.append(f"Row {number}: {calls}")
    return lines

# %% nbgrader={"grade": true, "grade_id": "a05-q4_4-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, run_length is a correct one, so that a mistake in an
# earlier answer does not cost the points of Q4.4 as well.
def _correct_run_length(row):
    runs = []
    for code in row:
        if runs and runs[-1][1] == code:
            runs[-1] = (runs[-1][0] + 1, code)
        else:
            runs.append((1, code))
    return runs


_yours = {name: globals().get(name) for name in ["run_length"]}
run_length = _correct_run_length
### END HIDDEN TESTS
got = row_calls(CHART)
assert len(got) == 3, f"CHART has 3 rows, so 3 lines; got {len(got)}"
assert got[0] == "Row 1: 3 × colour 7, 2 × colour 12, 1 × colour 7", f"the first line is the bottom row; your first line was {got[0]!r}"
### BEGIN HIDDEN TESTS
lines = list(row_calls(CHART))
assert lines[1] == "Row 2: 1 × colour 7, 1 × colour 12, 1 × colour 7, 2 × colour 12, 1 × colour 7", "row 2 of CHART"
assert lines[2] == "Row 3: 2 × colour 3, 2 × colour 7, 2 × colour 12", "row 3 (the top row) comes last"
assert list(row_calls([[4, 4], [9, 4]])) == ["Row 1: 2 × colour 4", "Row 2: 1 × colour 9, 1 × colour 4"]
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# # Part 5 — Isolated knots

# %% [markdown]
# ## Q5.1 (2 points) Is this knot alone?
# A knot is **isolated** when none of its four neighbours — left, right, above, below — has its code.
# Knots on the edge have fewer neighbours (do not look outside the grid!). Write
# `is_isolated(grid, row, column)` (0-based indices) that returns `True` or `False`.
#
# Example: in `CHART`, the 12 at row 1, column 1 (0-based) has 7s left, right and below and a 3 above:
# no 12 beside it, so it is isolated.

# %% nbgrader={"grade": false, "grade_id": "a05-q5_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["is_isolated"], "answered_by": []}
def is_isolated(grid, row, column):
    ### BEGIN SOLUTION
    grid = np.asarray(grid)
    rows, columns = grid.shape
    for r, c in ((row - 1, column), (row + 1, column), (row, column - 1), (row, column + 1)):
        if 0 <= r < rows and 0 <= c < columns and grid[r, c] == grid[row, column]:
            return False
    return True
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a05-q5_1-answer", "mistake": "counts the diagonal neighbours too"}
def is_isolated(grid, row, column):
    grid = np.asarray(grid)
    rows, columns = grid.shape
    for r in (row - 1, row, row + 1):
        for c in (column - 1, column, column + 1):
            if (r, c) != (row, column) and 0 <= r < rows and 0 <= c < columns and grid[r, c] == grid[row, column]:
                return False
    return True

# %% farshlab={"wrong_answer": "a05-q5_1-answer", "mistake": "checks only the upper edge of the grid: index −1 wraps round to the other side"}
def is_isolated(grid, row, column):
    grid = np.asarray(grid)
    rows, columns = grid.shape
    for r, c in ((row - 1, column), (row + 1, column), (row, column - 1), (row, column + 1)):
        if r < rows and c < columns and grid[r, c] == grid[row, column]:
            return False
    return True

# %% farshlab={"wrong_answer": "a05-q5_1-answer", "mistake": "looks left and right only, not above and below"}
def is_isolated(grid, row, column):
    grid = np.asarray(grid)
    columns = grid.shape[1]
    for c in (column - 1, column + 1):
        if 0 <= c < columns and grid[row, c] == grid[row, column]:
            return False
    return True

# %% nbgrader={"grade": true, "grade_id": "a05-q5_1-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
assert is_isolated(CHART, 1, 1) == True, "the 12 at row 1, column 1 has 7, 7, 7 and 3 around it, no 12: isolated"
assert is_isolated(CHART, 0, 0) == False, "the corner 7 at row 0, column 0 has a 7 to its right: not isolated"
### BEGIN HIDDEN TESTS
assert is_isolated(CHART, 2, 0) == False, "the top-left 3 has a 3 to its right"
assert is_isolated([[1, 2, 1]], 0, 1) == True, "a 2 between two 1s in a one-row chart is isolated"
assert is_isolated([[1, 2, 1], [1, 2, 1]], 0, 1) == False, "a 2 with a 2 above it is not isolated"
assert is_isolated([[5, 6], [6, 5]], 1, 1) == True, "diagonal neighbours do not count"
### END HIDDEN TESTS

# %% [markdown]
# ## Q5.2 (1 point) Find them all
# Write `find_isolated(grid)` that returns the list of `(row, column)` pairs (0-based) of every isolated
# knot, row by row from the bottom, left to right in each row. Use your `is_isolated`.

# %% nbgrader={"grade": false, "grade_id": "a05-q5_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["find_isolated"], "answered_by": ["farshlab.chart.isolated_knots"]}
def find_isolated(grid):
    ### BEGIN SOLUTION
    grid = np.asarray(grid)
    return [(r, c) for r in range(grid.shape[0]) for c in range(grid.shape[1]) if is_isolated(grid, r, c)]
    ### END SOLUTION

# %% farshlab={"library_answer": "a05-q5_2-answer"}
from farshlab.chart import isolated_knots


def find_isolated(grid):
    return [(int(r), int(c)) for r, c in np.argwhere(isolated_knots(np.asarray(grid)))]

# %% farshlab={"wrong_answer": "a05-q5_2-answer", "mistake": "column by column instead of row by row"}
def find_isolated(grid):
    grid = np.asarray(grid)
    return [(r, c) for c in range(grid.shape[1]) for r in range(grid.shape[0]) if is_isolated(grid, r, c)]

# %% farshlab={"wrong_answer": "a05-q5_2-answer", "mistake": "(column, row) pairs instead of (row, column)"}
def find_isolated(grid):
    grid = np.asarray(grid)
    return [(c, r) for r in range(grid.shape[0]) for c in range(grid.shape[1]) if is_isolated(grid, r, c)]

# %% farshlab={"wrong_answer": "a05-q5_2-answer", "mistake": "counts the rows and columns from 1 (the weaver's numbers), not 0"}
def find_isolated(grid):
    grid = np.asarray(grid)
    return [(r + 1, c + 1) for r in range(grid.shape[0]) for c in range(grid.shape[1]) if is_isolated(grid, r, c)]

# %% nbgrader={"grade": true, "grade_id": "a05-q5_2-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, is_isolated is a correct one, so that a mistake in an
# earlier answer does not cost the points of Q5.2 as well.
def _correct_is_isolated(grid, row, column):
    grid = np.asarray(grid)
    rows, columns = grid.shape
    around = ((row - 1, column), (row + 1, column), (row, column - 1), (row, column + 1))
    return not any(0 <= r < rows and 0 <= c < columns and grid[r, c] == grid[row, column] for r, c in around)


_yours = {name: globals().get(name) for name in ["is_isolated"]}
is_isolated = _correct_is_isolated
### END HIDDEN TESTS
got = find_isolated(CHART)
assert [tuple(p) for p in got] == [(1, 1)], f"CHART has one isolated knot, at (1, 1); your function gave {got}"
### BEGIN HIDDEN TESTS
got = [tuple(p) for p in find_isolated([[1, 2, 1], [1, 1, 3]])]
assert got == [(0, 1), (0, 2), (1, 2)], f"expected [(0, 1), (0, 2), (1, 2)], got {got}"
assert find_isolated([[4, 4], [4, 4]]) == [], "one colour everywhere: no isolated knot"
got = [tuple(p) for p in find_isolated([[1, 2], [3, 1]])]
assert got == [(0, 0), (0, 1), (1, 0), (1, 1)], (
    "in [[1, 2], [3, 1]] every knot is isolated; list them row by row from the bottom, left to right: "
    f"[(0, 0), (0, 1), (1, 0), (1, 1)]; your function gave {got}")
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## Q5.3 (2 points) Clean one knot
# Write `clean_knot(grid, row, column)` that returns a **new** numpy array (leave `grid` unchanged) in
# which that knot takes the code most of its four neighbours have (only neighbours inside the grid).
# If two codes are equally common, take the **smaller** code.
#
# Example: the isolated 12 at (1, 1) in `CHART` has 7, 7, 7 and 3 around it, so it becomes 7.

# %% nbgrader={"grade": false, "grade_id": "a05-q5_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["clean_knot"], "answered_by": []}
def clean_knot(grid, row, column):
    ### BEGIN SOLUTION
    new = np.array(grid, copy=True)
    rows, columns = new.shape
    votes = {}
    for r, c in ((row - 1, column), (row + 1, column), (row, column - 1), (row, column + 1)):
        if 0 <= r < rows and 0 <= c < columns:
            code = int(new[r, c])
            votes[code] = votes.get(code, 0) + 1
    most = max(votes.values())
    new[row, column] = min(code for code, count in votes.items() if count == most)
    return new
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a05-q5_3-answer", "mistake": "a tie goes to whichever neighbour was counted first"}
def clean_knot(grid, row, column):
    new = np.array(grid, copy=True)
    rows, columns = new.shape
    votes = {}
    for r, c in ((row - 1, column), (row + 1, column), (row, column - 1), (row, column + 1)):
        if 0 <= r < rows and 0 <= c < columns:
            votes[int(new[r, c])] = votes.get(int(new[r, c]), 0) + 1
    new[row, column] = max(votes, key=votes.get)
    return new

# %% farshlab={"wrong_answer": "a05-q5_3-answer", "mistake": "changes the grid it was given (np.asarray makes no copy)"}
def clean_knot(grid, row, column):
    new = np.asarray(grid)
    rows, columns = new.shape
    votes = {}
    for r, c in ((row - 1, column), (row + 1, column), (row, column - 1), (row, column + 1)):
        if 0 <= r < rows and 0 <= c < columns:
            votes[int(new[r, c])] = votes.get(int(new[r, c]), 0) + 1
    most = max(votes.values())
    new[row, column] = min(code for code, count in votes.items() if count == most)
    return new

# %% farshlab={"wrong_answer": "a05-q5_3-answer", "mistake": "lets the knot itself vote (a 3 × 3 window without the corners)"}
def clean_knot(grid, row, column):
    new = np.array(grid, copy=True)
    rows, columns = new.shape
    votes = {}
    for r, c in ((row, column), (row - 1, column), (row + 1, column), (row, column - 1), (row, column + 1)):
        if 0 <= r < rows and 0 <= c < columns:
            votes[int(new[r, c])] = votes.get(int(new[r, c]), 0) + 1
    most = max(votes.values())
    new[row, column] = min(code for code, count in votes.items() if count == most)
    return new

# %% nbgrader={"grade": true, "grade_id": "a05-q5_3-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
chart = CHART.copy()
got = clean_knot(chart, 1, 1)
assert got[1][1] == 7, f"three 7s and one 3 around the knot: it becomes 7; your function gave {got[1][1]}"
assert np.array_equal(chart, CHART), "clean_knot must not change the grid it is given: work on a copy"
### BEGIN HIDDEN TESTS
assert np.array_equal(clean_knot(CHART.copy(), 1, 1), [[7, 7, 7, 12, 12, 7], [7, 7, 7, 12, 12, 7], [3, 3, 7, 7, 12, 12]]), "only that knot changes"
assert clean_knot([[1, 2, 3]], 0, 1)[0][1] == 1, "one 1 and one 3 around it: a tie goes to the smaller code, 1"
got = clean_knot([[3, 2, 1]], 0, 1)[0][1]
assert got == 1, f"a 3 on the left and a 1 on the right: a tie goes to the smaller code, 1, wherever it is; your function gave {got}"
got = clean_knot([[9], [2], [5]], 1, 0)[1][0]
assert got == 5, f"a 9 below and a 5 above: a tie goes to the smaller code, 5; your function gave {got}"
got = clean_knot([[5], [2], [9]], 1, 0)[1][0]
assert got == 5, f"a 5 below and a 9 above: a tie goes to the smaller code, 5; your function gave {got}"
got = clean_knot([[1, 3, 3]], 0, 1)[0][1]
assert got == 1, f"the knot's own code does not vote: a 1 and a 3 beside it are a tie, which goes to 1; your function gave {got}"
assert clean_knot([[5, 9], [9, 9]], 0, 0)[0][0] == 9, "a corner knot has two neighbours, both 9"
### END HIDDEN TESTS

# %% [markdown]
# # Part 6 — Yarn for each colour

# %% [markdown]
# ## Q6.1 (1 point) Grams for some knots
# Write `grams_for_knots(knots, cm_per_knot, nm, ply, waste_percent)`: metres = knots × cm per knot ÷ 100;
# grams = metres ÷ (Nm ÷ ply); then add the waste: × (1 + waste_percent ÷ 100).
#
# Example: 30,000 knots at 4 cm per knot, Nm 6, 2 ply, 10 % waste: 1,200 m → 400 g → 440 g.

# %% nbgrader={"grade": false, "grade_id": "a05-q6_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["grams_for_knots"], "answered_by": ["farshlab.carpet.yarn_grams", "farshlab.carpet.pile_length_m"]}
def grams_for_knots(knots, cm_per_knot, nm, ply, waste_percent):
    ### BEGIN SOLUTION
    metres = knots * cm_per_knot / 100
    return metres / (nm / ply) * (1 + waste_percent / 100)
    ### END SOLUTION

# %% farshlab={"library_answer": "a05-q6_1-answer"}
from farshlab.carpet import pile_length_m, yarn_grams


def grams_for_knots(knots, cm_per_knot, nm, ply, waste_percent):
    return yarn_grams(pile_length_m(knots, cm_per_knot), nm, ply, waste_percent)

# %% farshlab={"wrong_answer": "a05-q6_1-answer", "mistake": "forgets the waste allowance"}
def grams_for_knots(knots, cm_per_knot, nm, ply, waste_percent):
    return knots * cm_per_knot / 100 / (nm / ply)

# %% farshlab={"wrong_answer": "a05-q6_1-answer", "mistake": "leaves the length in cm (no ÷ 100)"}
def grams_for_knots(knots, cm_per_knot, nm, ply, waste_percent):
    return knots * cm_per_knot / (nm / ply) * (1 + waste_percent / 100)

# %% farshlab={"wrong_answer": "a05-q6_1-answer", "mistake": "the waste in percent taken as a fraction: × (1 + 10) instead of × 1.10"}
def grams_for_knots(knots, cm_per_knot, nm, ply, waste_percent):
    return knots * cm_per_knot / 100 / (nm / ply) * (1 + waste_percent)

# %% nbgrader={"grade": true, "grade_id": "a05-q6_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = grams_for_knots(30000, 4, 6, 2, 10)
assert math.isclose(got, 440.0, rel_tol=1e-9), f"1,200 m of a yarn of 3 m per gram is 400 g, plus 10 % = 440 g; your function gave {got}"
### BEGIN HIDDEN TESTS
assert math.isclose(grams_for_knots(178500, 4.5, 8, 2, 5), 2108.53125, rel_tol=1e-9), "expected 2108.53 g"
assert math.isclose(grams_for_knots(1000, 4, 6, 2, 0), 13.3333333333, rel_tol=1e-9), "no waste: 40 m ÷ 3 m/g = 13.33 g"
### END HIDDEN TESTS

# %% [markdown]
# ## Q6.2 (2 points) Grams per code
# Write `grams_per_code(grid, cm_per_knot, nm, ply, waste_percent)` that returns a dictionary code →
# grams of yarn for that code, using your `count_codes` and `grams_for_knots`.

# %% nbgrader={"grade": false, "grade_id": "a05-q6_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["grams_per_code"], "answered_by": ["farshlab.carpet.pile_grams_per_colour"]}
def grams_per_code(grid, cm_per_knot, nm, ply, waste_percent):
    ### BEGIN SOLUTION
    return {
        code: grams_for_knots(knots, cm_per_knot, nm, ply, waste_percent)
        for code, knots in count_codes(grid).items()
    }
    ### END SOLUTION

# %% farshlab={"library_answer": "a05-q6_2-answer"}
from farshlab.carpet import pile_grams_per_colour


def grams_per_code(grid, cm_per_knot, nm, ply, waste_percent):
    codes, counts = np.unique(np.asarray(grid), return_counts=True)
    knots = {int(code): int(count) for code, count in zip(codes, counts)}
    return pile_grams_per_colour(knots, nm, ply, cm_per_knot, waste_percent)

# %% farshlab={"wrong_answer": "a05-q6_2-answer", "mistake": "gives every code the grams of all the knots of the chart"}
def grams_per_code(grid, cm_per_knot, nm, ply, waste_percent):
    total = sum(count_codes(grid).values())
    return {code: grams_for_knots(total, cm_per_knot, nm, ply, waste_percent) for code in count_codes(grid)}

# %% farshlab={"wrong_answer": "a05-q6_2-answer", "mistake": "Nm and ply passed in the wrong order"}
def grams_per_code(grid, cm_per_knot, nm, ply, waste_percent):
    return {code: grams_for_knots(knots, cm_per_knot, ply, nm, waste_percent) for code, knots in count_codes(grid).items()}

# %% farshlab={"wrong_answer": "a05-q6_2-answer", "mistake": "forgets the waste (passes 0)"}
def grams_per_code(grid, cm_per_knot, nm, ply, waste_percent):
    return {code: grams_for_knots(knots, cm_per_knot, nm, ply, 0) for code, knots in count_codes(grid).items()}

# %% nbgrader={"grade": true, "grade_id": "a05-q6_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, count_codes and grams_for_knots are correct ones, so that
# a mistake in an earlier answer does not cost the points of Q6.2 as well.
def _correct_count_codes(grid):
    codes, counts = np.unique(np.asarray(grid), return_counts=True)
    return {int(code): int(count) for code, count in zip(codes, counts)}


def _correct_grams_for_knots(knots, cm_per_knot, nm, ply, waste_percent):
    return knots * cm_per_knot / 100 / (nm / ply) * (1 + waste_percent / 100)


_yours = {name: globals().get(name) for name in ["count_codes", "grams_for_knots"]}
count_codes = _correct_count_codes
grams_for_knots = _correct_grams_for_knots
### END HIDDEN TESTS
got = grams_per_code(CHART, 4, 6, 2, 10)
assert set(got) == {3, 7, 12}, f"CHART uses codes 3, 7 and 12; your dictionary has {sorted(got)}"
assert math.isclose(got[7], 0.132, rel_tol=1e-9), f"9 knots of code 7: 0.36 m → 0.12 g → 0.132 g with waste; your function gave {got[7]}"
### BEGIN HIDDEN TESTS
got = grams_per_code(CHART, 4, 6, 2, 10)
assert math.isclose(got[3], 0.0293333333, rel_tol=1e-6), "2 knots of code 3: 0.0293 g"
assert math.isclose(got[12], 0.1026666667, rel_tol=1e-6), "7 knots of code 12: 0.1027 g"
got = grams_per_code(np.full((500, 357), 1), 4, 6, 2, 0)
assert math.isclose(got[1], 2380.0, rel_tol=1e-9), "the 50 × 70 cm worked example in one colour: 2,380 g"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# # Part 7 — In your own words

# %% [markdown]
# ## Q7.1 (3 points, read by your instructor)
# (a) A weaver who has woven for twenty years and a new weaver each get the same chart. Which reading
# format — numbered grid, layer lists or run-length calls — would you give each of them, and why?
# (b) Why does the clean-up never replace a knot by a yarn that is very different (a large ΔE)? Give an
# example from a portrait. Answer in three to five sentences in the cell below.

# %% [markdown] nbgrader={"grade": true, "grade_id": "a05-q7_1-written", "locked": false, "points": 3, "schema_version": 3, "solution": true}
# (The instructor's model answer.) (a) The new weaver is best served by the numbered grid in strips of
# 10 rows: every knot is visible, so mistakes are easy to find, and the picture can be seen. The
# experienced weaver works faster from the layer lists (each colour once per row, all its knots tied in
# one go — how most tableaux are woven) or from run-length calls read aloud. (b) An isolated knot of a very
# different yarn is usually a real detail: the white highlight in an eye or a dark eyelash. Replacing it
# by its neighbours' colour would remove the detail, so the clean-up only replaces knots by a close yarn.
