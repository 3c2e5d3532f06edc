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
# # Assignment a01 — Knots and sizes: density, chart size, maghat, yarn and borders
#
# This assignment practises Lesson 1 (`lessons/01_knots_and_sizes.ipynb`). There are 15 questions, 26 points:
# 14 small pieces of code that the computer checks (23 points) and 1 written answer that your
# instructor reads (3 points).
#
# **What to do** (the same as in assignment a00)
# - Run the cells from the top with **Shift + Enter**. Run the grey *setup* cell below first.
# - In each answer cell, delete the line `raise NotImplementedError()` and write your code in its place.
#   Keep the `def …` line as it is: the name and the order of the arguments must stay the same.
# - Run the **test cell** under each answer. Nothing appears: your answer passed the tests you can see.
#   A pink box: read its last line, it says what was expected. When you hand in, more tests (which you
#   cannot see) try your function with other sizes and numbers, so make it work for any values.
# - Write the sums yourself with plain Python (`round`, `math.ceil`, `%`, `//`). Do **not** call
#   `farshlab` here: the point is that you can do the maths.
# - Before you hand in: **Validate**, or *Kernel → Restart Kernel and Run All Cells…*.
#
# Remember from the lesson: raj = knots across **7 cm**; kheft = knots across **6.5 cm**;
# 1 maghat = 12,000 knots; Nm = metres of yarn per gram; a yarn of `ply` strands of Nm `nm` has
# `nm / ply` metres per gram.

# %% [markdown]
# Run this setup cell first.

# %% nbgrader={"grade": false, "grade_id": "a01-setup", "locked": true, "schema_version": 3, "solution": false}
import math

# %% [markdown]
# # Part 1 — Knot density

# %% [markdown]
# ## Q1.1 (1 point) The two-node pitfall
# On the back of a rug whose warps lie **level** (side by side), each knot shows as **two nodes**
# (bumps). A trainee counts the nodes along 7 cm on the back of such a rug. Write `raj_from_nodes(nodes)` that returns the raj (knots per
# 7 cm) as a number.
#
# Example: 100 nodes along 7 cm → 50 raj.

# %% nbgrader={"grade": false, "grade_id": "a01-q1_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["raj_from_nodes"], "answered_by": ["farshlab.carpet.raj_from_back_count"]}
def raj_from_nodes(nodes):
    ### BEGIN SOLUTION
    return nodes / 2
    ### END SOLUTION

# %% farshlab={"library_answer": "a01-q1_1-answer"}
from farshlab.carpet import raj_from_back_count


def raj_from_nodes(nodes):
    return raj_from_back_count(nodes, 2)

# %% farshlab={"wrong_answer": "a01-q1_1-answer", "mistake": "takes the nodes for knots: does not halve (the two-node pitfall itself)"}
def raj_from_nodes(nodes):
    return nodes

# %% farshlab={"wrong_answer": "a01-q1_1-answer", "mistake": "floor division // drops the half knot"}
def raj_from_nodes(nodes):
    return nodes // 2

# %% farshlab={"wrong_answer": "a01-q1_1-answer", "mistake": "rounds to a whole knot"}
def raj_from_nodes(nodes):
    return round(nodes / 2)

# %% nbgrader={"grade": true, "grade_id": "a01-q1_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = raj_from_nodes(100)
assert math.isclose(got, 50, rel_tol=1e-9), f"100 nodes on the back are 50 knots (each knot shows two nodes); your function gave {got}"
### BEGIN HIDDEN TESTS
assert math.isclose(raj_from_nodes(96), 48, rel_tol=1e-9), f"96 nodes are 48 knots; your function gave {raj_from_nodes(96)}"
assert math.isclose(raj_from_nodes(61), 30.5, rel_tol=1e-9), f"61 nodes are 30.5 knots (do not round); your function gave {raj_from_nodes(61)}"
### END HIDDEN TESTS

# %% [markdown]
# ## Q1.2 (2 points) Knots per square metre
# Write `knots_per_m2(raj_w, raj_h)`: the knots in one square metre of a carpet woven at `raj_w` knots
# per 7 cm across and `raj_h` rows per 7 cm along. In words: *knots per cm across, times knots per cm
# along, times 10,000 (the square cm in a square metre).* As a formula:
# `(raj_w / 7) * (raj_h / 7) * 10000`. Do not round.
#
# Example: 70 raj both ways → 1,000,000 knots per m²; 50 raj both ways → about 510,204.

# %% nbgrader={"grade": false, "grade_id": "a01-q1_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["knots_per_m2"], "answered_by": ["farshlab.carpet.knots_per_m2", "farshlab.carpet.knots_per_cm"]}
def knots_per_m2(raj_w, raj_h):
    ### BEGIN SOLUTION
    return (raj_w / 7) * (raj_h / 7) * 10000
    ### END SOLUTION

# %% farshlab={"library_answer": "a01-q1_2-answer"}
from farshlab.carpet import knots_per_m2

# %% farshlab={"library_answer": "a01-q1_2-answer"}
from farshlab.carpet import knots_per_cm


def knots_per_m2(raj_w, raj_h):
    return knots_per_cm(raj_w) * knots_per_cm(raj_h) * 10000

# %% farshlab={"wrong_answer": "a01-q1_2-answer", "mistake": "divides by 7 only once"}
def knots_per_m2(raj_w, raj_h):
    return raj_w * raj_h / 7 * 10000

# %% farshlab={"wrong_answer": "a01-q1_2-answer", "mistake": "100 square cm in a square metre instead of 10,000"}
def knots_per_m2(raj_w, raj_h):
    return (raj_w / 7) * (raj_h / 7) * 100

# %% farshlab={"wrong_answer": "a01-q1_2-answer", "mistake": "squares the raj across and forgets the raj along"}
def knots_per_m2(raj_w, raj_h):
    return (raj_w / 7) ** 2 * 10000

# %% nbgrader={"grade": true, "grade_id": "a01-q1_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = knots_per_m2(70, 70)
assert math.isclose(got, 1_000_000, rel_tol=1e-9), f"70 raj both ways is 10 knots per cm each way: 1,000,000 knots per m²; your function gave {got}"
got = knots_per_m2(50, 50)
assert math.isclose(got, 510_204.08, rel_tol=1e-6), f"50 raj both ways is about 510,204 knots per m²; your function gave {got}"
### BEGIN HIDDEN TESTS
got = knots_per_m2(40, 45)
assert math.isclose(got, 367_346.94, rel_tol=1e-6), f"40 raj across and 45 along: (40/7)·(45/7)·10,000 ≈ 367,346.94; your function gave {got}"
got = knots_per_m2(60, 60)
assert math.isclose(got, 734_693.88, rel_tol=1e-6), f"60 raj both ways: about 734,693.88 knots per m²; your function gave {got}"
### END HIDDEN TESTS

# %% [markdown]
# ## Q1.3 (1 point) From raj to kheft
# A buyer from Isfahan counts knots over **6.5 cm** (kheft) instead of 7 cm. The carpet is the same, only
# the counting length changes. Write `kheft_from_raj(raj)` that returns the kheft of a carpet of `raj`
# knots per 7 cm: *knots per cm × 6.5*. Do not round.
#
# Example: 70 raj = 10 knots per cm = 65 kheft.

# %% nbgrader={"grade": false, "grade_id": "a01-q1_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["kheft_from_raj"], "answered_by": ["farshlab.carpet.convert_density"]}
def kheft_from_raj(raj):
    ### BEGIN SOLUTION
    return raj / 7 * 6.5
    ### END SOLUTION

# %% farshlab={"library_answer": "a01-q1_3-answer"}
from farshlab.carpet import convert_density


def kheft_from_raj(raj):
    return convert_density(raj, 7, 6.5)

# %% farshlab={"wrong_answer": "a01-q1_3-answer", "mistake": "turns the ratio upside down: × 7 ÷ 6.5"}
def kheft_from_raj(raj):
    return raj * 7 / 6.5

# %% farshlab={"wrong_answer": "a01-q1_3-answer", "mistake": "rounds to a whole knot"}
def kheft_from_raj(raj):
    return round(raj / 7 * 6.5)

# %% farshlab={"wrong_answer": "a01-q1_3-answer", "mistake": "floor division // for the knots per cm"}
def kheft_from_raj(raj):
    return raj // 7 * 6.5

# %% nbgrader={"grade": true, "grade_id": "a01-q1_3-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = kheft_from_raj(70)
assert math.isclose(got, 65, rel_tol=1e-9), f"70 raj is 10 knots per cm, so 65 knots over 6.5 cm; your function gave {got}"
### BEGIN HIDDEN TESTS
assert math.isclose(kheft_from_raj(50), 46.428571, rel_tol=1e-6), f"50 raj is 50 × 6.5 / 7 ≈ 46.43 kheft; your function gave {kheft_from_raj(50)}"
assert math.isclose(kheft_from_raj(35), 32.5, rel_tol=1e-9), f"35 raj is 32.5 kheft; your function gave {kheft_from_raj(35)}"
### END HIDDEN TESTS

# %% [markdown]
# # Part 2 — Chart size

# %% [markdown]
# ## Q2.1 (2 points) Chart size from the tableau's size
# Write `chart_size(width_cm, height_cm, raj_w, raj_h)` that returns a **tuple** `(knots_across, rows)`
# of two whole numbers (`int`):
#
# - knots across = raj across × width in cm ÷ 7, rounded to the nearest whole knot;
# - rows = raj along × height in cm ÷ 7, rounded.
#
# Example: `chart_size(50, 70, 50, 50)` gives `(357, 500)`.

# %% nbgrader={"grade": false, "grade_id": "a01-q2_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["chart_size"], "answered_by": ["farshlab.carpet.chart_size", "farshlab.carpet.knots_across", "farshlab.carpet.knot_rows"]}
def chart_size(width_cm, height_cm, raj_w, raj_h):
    ### BEGIN SOLUTION
    return round(raj_w * width_cm / 7), round(raj_h * height_cm / 7)
    ### END SOLUTION

# %% farshlab={"library_answer": "a01-q2_1-answer"}
from farshlab.carpet import chart_size

# %% farshlab={"library_answer": "a01-q2_1-answer"}
from farshlab.carpet import knot_rows, knots_across


def chart_size(width_cm, height_cm, raj_w, raj_h):
    return knots_across(width_cm, raj_w), knot_rows(height_cm, raj_h)

# %% farshlab={"wrong_answer": "a01-q2_1-answer", "mistake": "truncates with int() instead of rounding"}
def chart_size(width_cm, height_cm, raj_w, raj_h):
    return int(raj_w * width_cm / 7), int(raj_h * height_cm / 7)

# %% farshlab={"wrong_answer": "a01-q2_1-answer", "mistake": "uses the raj across for the rows too"}
def chart_size(width_cm, height_cm, raj_w, raj_h):
    return round(raj_w * width_cm / 7), round(raj_w * height_cm / 7)

# %% farshlab={"wrong_answer": "a01-q2_1-answer", "mistake": "gives (rows, knots_across): the pair in the wrong order"}
def chart_size(width_cm, height_cm, raj_w, raj_h):
    return round(raj_h * height_cm / 7), round(raj_w * width_cm / 7)

# %% nbgrader={"grade": true, "grade_id": "a01-q2_1-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = chart_size(50, 70, 50, 50)
assert isinstance(got, tuple) and len(got) == 2, f"the answer should be a tuple of two numbers (knots_across, rows), your function gave {got!r}"
assert all(isinstance(n, int) for n in got), f"knots and rows are whole numbers (int): use round(...); your function gave {got!r}"
assert got == (357, 500), f"50 × 70 cm at 50 raj is 357 knots across and 500 rows; your function gave {got}"
### BEGIN HIDDEN TESTS
got = chart_size(35, 50, 40, 40)
assert got == (200, 286), f"35 × 50 cm at 40 raj: 200 across, 285.7 → 286 rows; your function gave {got}"
got = chart_size(80, 120, 60, 60)
assert got == (686, 1029), f"80 × 120 cm at 60 raj: 685.7 → 686 across, 1028.6 → 1029 rows; your function gave {got}"
got = chart_size(70, 100, 40, 45)
assert got == (400, 643), f"70 × 100 cm at 40 raj across and 45 along: 400 across, 642.9 → 643 rows; your function gave {got}"
assert all(isinstance(n, int) for n in got), f"knots and rows should be int, got {got!r}"
### END HIDDEN TESTS

# %% [markdown]
# ## Q2.2 (2 points) When the rows are packed tighter
# A chart has `rows` rows, drawn for `chart_raj_h` rows per 7 cm. The weaver beats the wefts harder and
# packs `woven_raj_h` rows into each 7 cm. Write `length_drift_cm(rows, chart_raj_h, woven_raj_h)` that
# returns how much longer the woven tableau is than the chart assumed, in cm:
# *the woven length (rows × 7 ÷ woven_raj_h) minus the chart's length (rows × 7 ÷ chart_raj_h)*.
# A negative answer means the tableau comes out **shorter**. Do not round.
#
# Example: 500 rows drawn for 50 raj (70 cm), woven at 52 rows per 7 cm → about −2.69 cm.

# %% nbgrader={"grade": false, "grade_id": "a01-q2_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["length_drift_cm"], "answered_by": ["farshlab.carpet.length_drift_cm"]}
def length_drift_cm(rows, chart_raj_h, woven_raj_h):
    ### BEGIN SOLUTION
    return rows * 7 / woven_raj_h - rows * 7 / chart_raj_h
    ### END SOLUTION

# %% farshlab={"library_answer": "a01-q2_2-answer"}
from farshlab.carpet import length_drift_cm as _drift


def length_drift_cm(rows, chart_raj_h, woven_raj_h):
    return _drift(rows, chart_raj_h, woven_raj_h)

# %% farshlab={"wrong_answer": "a01-q2_2-answer", "mistake": "the chart's length minus the woven length: the sign is turned"}
def length_drift_cm(rows, chart_raj_h, woven_raj_h):
    return rows * 7 / chart_raj_h - rows * 7 / woven_raj_h

# %% farshlab={"wrong_answer": "a01-q2_2-answer", "mistake": "forgets the 7 cm: rows ÷ raj is not a length in cm"}
def length_drift_cm(rows, chart_raj_h, woven_raj_h):
    return rows / woven_raj_h - rows / chart_raj_h

# %% farshlab={"wrong_answer": "a01-q2_2-answer", "mistake": "multiplies rows by the raj instead of dividing"}
def length_drift_cm(rows, chart_raj_h, woven_raj_h):
    return rows * woven_raj_h / 7 - rows * chart_raj_h / 7

# %% nbgrader={"grade": true, "grade_id": "a01-q2_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = length_drift_cm(500, 50, 52)
assert math.isclose(got, -2.6923, abs_tol=1e-3), (
    f"500 rows woven at 52 per 7 cm measure 67.31 cm instead of 70 cm: the drift is about -2.69 cm; your function gave {got}"
)
### BEGIN HIDDEN TESTS
got = length_drift_cm(643, 45, 47)
assert math.isclose(got, -4.2563, abs_tol=1e-3), f"643 rows drawn for 45 raj, woven at 47: about -4.26 cm; your function gave {got}"
got = length_drift_cm(500, 50, 49)
assert math.isclose(got, 1.4286, abs_tol=1e-3), f"packed looser (49 instead of 50) the tableau is about 1.43 cm longer; your function gave {got}"
got = length_drift_cm(1000, 62, 60)
assert math.isclose(got, 3.7634, abs_tol=1e-3), f"1000 rows drawn for 62, woven at 60: about +3.76 cm; your function gave {got}"
assert math.isclose(length_drift_cm(500, 50, 50), 0, abs_tol=1e-9), "woven exactly as drawn, there is no drift"
### END HIDDEN TESTS

# %% [markdown]
# # Part 3 — Maghat, wages and days

# %% [markdown]
# ## Q3.1 (1 point) Maghat
# Write `maghat(knots)`: the number of maghat (1 maghat = 12,000 knots), as a decimal number.
#
# Example: 178,500 knots = 14.875 maghat.

# %% nbgrader={"grade": false, "grade_id": "a01-q3_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["maghat"], "answered_by": ["farshlab.carpet.maghat", "farshlab.carpet.in_units"]}
def maghat(knots):
    ### BEGIN SOLUTION
    return knots / 12000
    ### END SOLUTION

# %% farshlab={"library_answer": "a01-q3_1-answer"}
from farshlab.carpet import maghat

# %% farshlab={"wrong_answer": "a01-q3_1-answer", "mistake": "divides by 14,000 (a qabal) instead of 12,000"}
def maghat(knots):
    return knots / 14000

# %% farshlab={"wrong_answer": "a01-q3_1-answer", "mistake": "floor division // drops the part of a maghat"}
def maghat(knots):
    return knots // 12000

# %% farshlab={"wrong_answer": "a01-q3_1-answer", "mistake": "rounds to a whole maghat"}
def maghat(knots):
    return round(knots / 12000)

# %% nbgrader={"grade": true, "grade_id": "a01-q3_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = maghat(178_500)
assert math.isclose(got, 14.875, rel_tol=1e-9), f"178,500 knots ÷ 12,000 = 14.875 maghat; your function gave {got}"
### BEGIN HIDDEN TESTS
assert math.isclose(maghat(57_200), 4.766667, rel_tol=1e-6), f"57,200 knots are about 4.767 maghat; your function gave {maghat(57_200)}"
assert math.isclose(maghat(764_694), 63.7245, rel_tol=1e-9), f"764,694 knots are 63.7245 maghat; your function gave {maghat(764_694)}"
### END HIDDEN TESTS

# %% [markdown]
# ## Q3.2 (1 point) A wage from a rate per maghat
# Write `wage(knots, rate_per_maghat)`: the money for weaving `knots` at `rate_per_maghat` per maghat.
# Do not round. (The rates in the tests are made-up numbers.)
#
# Example: 178,500 knots at 400,000 per maghat → 5,950,000.

# %% nbgrader={"grade": false, "grade_id": "a01-q3_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["wage"], "answered_by": ["farshlab.carpet.amount_for_knots", "farshlab.carpet.wage_per_weaver"]}
def wage(knots, rate_per_maghat):
    ### BEGIN SOLUTION
    return knots / 12000 * rate_per_maghat
    ### END SOLUTION

# %% farshlab={"library_answer": "a01-q3_2-answer"}
from farshlab.carpet import amount_for_knots


def wage(knots, rate_per_maghat):
    return amount_for_knots(knots, rate_per_maghat)

# %% farshlab={"library_answer": "a01-q3_2-answer"}
from farshlab.carpet import wage_per_weaver


def wage(knots, rate_per_maghat):
    return wage_per_weaver(knots, rate_per_maghat, 1)

# %% farshlab={"wrong_answer": "a01-q3_2-answer", "mistake": "pays the rate per knot: forgets to turn knots into maghat"}
def wage(knots, rate_per_maghat):
    return knots * rate_per_maghat

# %% farshlab={"wrong_answer": "a01-q3_2-answer", "mistake": "pays only the whole maghat (floor division //)"}
def wage(knots, rate_per_maghat):
    return knots // 12000 * rate_per_maghat

# %% farshlab={"wrong_answer": "a01-q3_2-answer", "mistake": "counts in qabal (14,000 knots) instead of maghat"}
def wage(knots, rate_per_maghat):
    return knots / 14000 * rate_per_maghat

# %% nbgrader={"grade": true, "grade_id": "a01-q3_2-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, maghat is a correct one, so that a mistake in an earlier
# answer does not cost the points of Q3.2 as well.
def _correct_maghat(knots):
    return knots / 12000


_yours = {name: globals().get(name) for name in ['maghat']}
maghat = _correct_maghat
### END HIDDEN TESTS
got = wage(178_500, 400_000)
assert math.isclose(got, 5_950_000, rel_tol=1e-9), f"14.875 maghat × 400,000 = 5,950,000; your function gave {got}"
### BEGIN HIDDEN TESTS
assert math.isclose(wage(57_200, 350_000), 1_668_333.33, rel_tol=1e-6), f"57,200 knots at 350,000 per maghat: about 1,668,333.33; your function gave {wage(57_200, 350_000)}"
assert math.isclose(wage(12_000, 1), 1, rel_tol=1e-9), f"one maghat at a rate of 1 is 1; your function gave {wage(12_000, 1)}"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## Q3.3 (2 points) Days on the loom
# A team of `weavers` weavers each ties `knots_per_weaver_per_day` knots a day. Write
# `weaving_days(knots, weavers, knots_per_weaver_per_day)` that returns the number of **whole working
# days** needed: a part of a day counts as a full day (round **up**; `math.ceil` does this). A job that
# ends exactly at the end of a day takes exactly that many days.
#
# Example: 178,500 knots, 2 weavers at 7,000 knots a day: 12.75 days → 13 days.

# %% nbgrader={"grade": false, "grade_id": "a01-q3_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["weaving_days"], "answered_by": ["farshlab.carpet.weaving_days"]}
def weaving_days(knots, weavers, knots_per_weaver_per_day):
    ### BEGIN SOLUTION
    return math.ceil(knots / (weavers * knots_per_weaver_per_day))
    ### END SOLUTION

# %% farshlab={"library_answer": "a01-q3_3-answer"}
from farshlab.carpet import weaving_days as _days


def weaving_days(knots, weavers, knots_per_weaver_per_day):
    return math.ceil(_days(knots, weavers, knots_per_weaver_per_day))

# %% farshlab={"wrong_answer": "a01-q3_3-answer", "mistake": "round() instead of rounding up: 10.2 days become 10"}
def weaving_days(knots, weavers, knots_per_weaver_per_day):
    return round(knots / (weavers * knots_per_weaver_per_day))

# %% farshlab={"wrong_answer": "a01-q3_3-answer", "mistake": "// + 1: adds a day even when the job ends exactly at the end of a day"}
def weaving_days(knots, weavers, knots_per_weaver_per_day):
    return knots // (weavers * knots_per_weaver_per_day) + 1

# %% farshlab={"wrong_answer": "a01-q3_3-answer", "mistake": "forgets the number of weavers"}
def weaving_days(knots, weavers, knots_per_weaver_per_day):
    return math.ceil(knots / knots_per_weaver_per_day)

# %% nbgrader={"grade": true, "grade_id": "a01-q3_3-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = weaving_days(178_500, 2, 7_000)
assert got == 13, f"178,500 ÷ (2 × 7,000) = 12.75 days, which needs 13 working days; your function gave {got}"
### BEGIN HIDDEN TESTS
assert weaving_days(57_200, 1, 6_000) == 10, f"57,200 ÷ 6,000 = 9.53 → 10 days; your function gave {weaving_days(57_200, 1, 6_000)}"
assert weaving_days(764_694, 3, 8_000) == 32, f"764,694 ÷ 24,000 = 31.86 → 32 days; your function gave {weaving_days(764_694, 3, 8_000)}"
assert weaving_days(61_200, 1, 6_000) == 11, f"61,200 ÷ 6,000 = 10.2 days: the weaver still works on day 11; round UP (math.ceil); your function gave {weaving_days(61_200, 1, 6_000)}"
assert weaving_days(14_000, 2, 7_000) == 1, f"14,000 knots by 2 weavers at 7,000 a day is exactly 1 day; your function gave {weaving_days(14_000, 2, 7_000)}"
### END HIDDEN TESTS

# %% [markdown]
# # Part 4 — Yarn, warp and weft

# %% [markdown]
# ## Q4.1 (2 points) Pile yarn in grams
# Write `pile_grams(knots, cm_per_knot, nm, ply, waste_percent)`:
#
# 1. metres of yarn = knots × cm per knot ÷ 100;
# 2. grams = metres ÷ (nm ÷ ply) — a yarn of `ply` strands of Nm `nm` holds `nm / ply` metres per gram;
# 3. add the waste: grams × (1 + waste_percent ÷ 100).
#
# Do not round. Example: 178,500 knots, 4 cm per knot, Nm 8 single yarn (1 ply), 10 % waste → 981.75 g
# (the figures of the lesson: 4 cm per knot and Nm 8 are Ahrari's at 40 raj). Your function must work for
# any count and any number of strands.

# %% nbgrader={"grade": false, "grade_id": "a01-q4_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["pile_grams"], "answered_by": ["farshlab.carpet.yarn_grams", "farshlab.carpet.pile_length_m"]}
def pile_grams(knots, cm_per_knot, nm, ply, waste_percent):
    ### BEGIN SOLUTION
    metres = knots * cm_per_knot / 100
    return metres / (nm / ply) * (1 + waste_percent / 100)
    ### END SOLUTION

# %% farshlab={"library_answer": "a01-q4_1-answer"}
from farshlab.carpet import pile_length_m, yarn_grams


def pile_grams(knots, cm_per_knot, nm, ply, waste_percent):
    return yarn_grams(pile_length_m(knots, cm_per_knot), nm, ply, waste_percent)

# %% farshlab={"wrong_answer": "a01-q4_1-answer", "mistake": "forgets the waste allowance"}
def pile_grams(knots, cm_per_knot, nm, ply, waste_percent):
    metres = knots * cm_per_knot / 100
    return metres / (nm / ply)

# %% farshlab={"wrong_answer": "a01-q4_1-answer", "mistake": "Nm × ply instead of Nm ÷ ply"}
def pile_grams(knots, cm_per_knot, nm, ply, waste_percent):
    metres = knots * cm_per_knot / 100
    return metres / (nm * ply) * (1 + waste_percent / 100)

# %% farshlab={"wrong_answer": "a01-q4_1-answer", "mistake": "the waste in percent taken as a fraction: × (1 + 10) instead of × 1.10"}
def pile_grams(knots, cm_per_knot, nm, ply, waste_percent):
    metres = knots * cm_per_knot / 100
    return metres / (nm / ply) * (1 + waste_percent)

# %% farshlab={"wrong_answer": "a01-q4_1-answer", "mistake": "leaves the length in cm (no ÷ 100)"}
def pile_grams(knots, cm_per_knot, nm, ply, waste_percent):
    length = knots * cm_per_knot
    return length / (nm / ply) * (1 + waste_percent / 100)

# %% nbgrader={"grade": true, "grade_id": "a01-q4_1-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = pile_grams(178_500, 4, 8, 1, 10)
assert math.isclose(got, 981.75, rel_tol=1e-6), (
    f"178,500 knots × 4 cm = 7,140 m; Nm 8 single yarn holds 8 m per gram: 892.5 g; plus 10 %: 981.75 g; your function gave {got}"
)
### BEGIN HIDDEN TESTS
assert math.isclose(pile_grams(57_200, 4, 8, 2, 10), 629.2, rel_tol=1e-6), f"57,200 knots, 4 cm, Nm 8, 2 ply, 10 %: 629.2 g; your function gave {pile_grams(57_200, 4, 8, 2, 10)}"
assert math.isclose(pile_grams(178_500, 3.5, 6, 2, 5), 2186.625, rel_tol=1e-6), f"178,500 knots, 3.5 cm, Nm 6, 2 ply, 5 %: 2,186.625 g; your function gave {pile_grams(178_500, 3.5, 6, 2, 5)}"
assert math.isclose(pile_grams(764_694, 4, 10, 3, 15), 10552.7772, rel_tol=1e-6), f"764,694 knots, 4 cm, Nm 10, 3 ply, 15 %: about 10,552.78 g; your function gave {pile_grams(764_694, 4, 10, 3, 15)}"
assert math.isclose(pile_grams(12_000, 4, 6, 1, 0), 80, rel_tol=1e-9), f"12,000 knots × 4 cm = 480 m of Nm 6 single yarn, no waste: 80 g; your function gave {pile_grams(12_000, 4, 6, 1, 0)}"
### END HIDDEN TESTS

# %% [markdown]
# ## Q4.2 (2 points) Warp and weft
# Write `warp_and_weft(knots_across, rows, width_cm, height_cm, loom_allowance_cm)` that returns a tuple
# `(warp_ends, warp_m, weft_m)`:
#
# - warp ends: **2 per knot across** (each knot is tied on a pair of warps) — an `int`;
# - warp metres: every end is the tableau's height plus the loom allowance: ends × (height_cm +
#   loom_allowance_cm) ÷ 100;
# - weft metres of the **thick** weft (one pass per row, as Ahrari estimates it): rows × width_cm × 1.2
#   ÷ 100. (A Tabriz-style weaver also passes a thin weft after each row; it is left out here.)
#
# Example: `warp_and_weft(357, 500, 50, 70, 60)` gives `(714, 928.2, 300.0)`.

# %% nbgrader={"grade": false, "grade_id": "a01-q4_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["warp_and_weft"], "answered_by": ["farshlab.carpet.warp_ends", "farshlab.carpet.warp_length_m", "farshlab.carpet.weft_length_m"]}
def warp_and_weft(knots_across, rows, width_cm, height_cm, loom_allowance_cm):
    ### BEGIN SOLUTION
    ends = 2 * knots_across
    warp_m = ends * (height_cm + loom_allowance_cm) / 100
    weft_m = rows * width_cm * 1.2 / 100
    return ends, warp_m, weft_m
    ### END SOLUTION

# %% farshlab={"library_answer": "a01-q4_2-answer"}
from farshlab.carpet import warp_ends, warp_length_m, weft_length_m


def warp_and_weft(knots_across, rows, width_cm, height_cm, loom_allowance_cm):
    return (
        warp_ends(knots_across),
        warp_length_m(knots_across, height_cm, loom_allowance_cm),
        weft_length_m(rows, width_cm, passes_per_row=1),
    )

# %% farshlab={"wrong_answer": "a01-q4_2-answer", "mistake": "one warp end per knot instead of two"}
def warp_and_weft(knots_across, rows, width_cm, height_cm, loom_allowance_cm):
    ends = knots_across
    return ends, ends * (height_cm + loom_allowance_cm) / 100, rows * width_cm * 1.2 / 100

# %% farshlab={"wrong_answer": "a01-q4_2-answer", "mistake": "forgets the loom allowance"}
def warp_and_weft(knots_across, rows, width_cm, height_cm, loom_allowance_cm):
    ends = 2 * knots_across
    return ends, ends * height_cm / 100, rows * width_cm * 1.2 / 100

# %% farshlab={"wrong_answer": "a01-q4_2-answer", "mistake": "forgets the weft's 1.2 (it waves over and under the warps)"}
def warp_and_weft(knots_across, rows, width_cm, height_cm, loom_allowance_cm):
    ends = 2 * knots_across
    return ends, ends * (height_cm + loom_allowance_cm) / 100, rows * width_cm / 100

# %% farshlab={"wrong_answer": "a01-q4_2-answer", "mistake": "two weft passes per row, where the question counts the thick weft once"}
def warp_and_weft(knots_across, rows, width_cm, height_cm, loom_allowance_cm):
    ends = 2 * knots_across
    return ends, ends * (height_cm + loom_allowance_cm) / 100, 2 * rows * width_cm * 1.2 / 100

# %% nbgrader={"grade": true, "grade_id": "a01-q4_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = warp_and_weft(357, 500, 50, 70, 60)
assert isinstance(got, tuple) and len(got) == 3, f"the answer should be a tuple (warp_ends, warp_m, weft_m), your function gave {got!r}"
ends, warp_m, weft_m = got
assert ends == 714, f"357 knots across need 2 × 357 = 714 warp ends; your function gave {ends}"
assert math.isclose(warp_m, 928.2, rel_tol=1e-9), f"714 ends × (70 + 60) cm = 928.2 m of warp; your function gave {warp_m}"
assert math.isclose(weft_m, 300.0, rel_tol=1e-9), f"500 rows × 50 cm × 1.2 = 300 m of weft; your function gave {weft_m}"
### BEGIN HIDDEN TESTS
ends, warp_m, weft_m = warp_and_weft(400, 643, 70, 100, 60)
assert (ends, round(warp_m, 6), round(weft_m, 6)) == (800, 1280.0, 540.12), f"400 across, 643 rows, 70 × 100 cm: expected (800, 1280.0, 540.12), got {(ends, warp_m, weft_m)}"
ends, warp_m, weft_m = warp_and_weft(571, 857, 80, 120, 50)
assert ends == 1142 and math.isclose(warp_m, 1941.4, rel_tol=1e-9) and math.isclose(weft_m, 822.72, rel_tol=1e-9), (
    f"571 across, 857 rows, 80 × 120 cm, 50 cm allowance: expected (1142, 1941.4, 822.72), got {(ends, warp_m, weft_m)}"
)
### END HIDDEN TESTS

# %% [markdown]
# ## Q4.3 (3 points) A materials bill
# The chart of a tableau has `knots_across` × `rows` knots; `knots_by_colour` is a dictionary
# `{colour code: knots of that colour}` counted from it. Write
# `materials_bill(knots_across, rows, width_cm, height_cm, knots_by_colour, cm_per_knot, nm, ply, waste_percent)`
# that returns a dictionary with these five keys:
#
# - `"pile_g"`: a dictionary `{colour code: grams of pile yarn}` for every colour, waste included
#   (your `pile_grams` from Q4.1 does one colour);
# - `"total_pile_g"`: the grams of all colours added up;
# - `"warp_ends"`, `"warp_m"`, `"weft_m"`: as in Q4.2, with a loom allowance of **60 cm**.
#
# You may call your own functions from Q4.1 and Q4.2.

# %% nbgrader={"grade": false, "grade_id": "a01-q4_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["materials_bill"], "answered_by": ["farshlab.carpet.materials_bill", "farshlab.carpet.pile_grams_per_colour"]}
def materials_bill(knots_across, rows, width_cm, height_cm, knots_by_colour, cm_per_knot, nm, ply, waste_percent):
    ### BEGIN SOLUTION
    pile_g = {}
    for code, knots in knots_by_colour.items():
        pile_g[code] = pile_grams(knots, cm_per_knot, nm, ply, waste_percent)
    ends, warp_m, weft_m = warp_and_weft(knots_across, rows, width_cm, height_cm, 60)
    return {
        "pile_g": pile_g,
        "total_pile_g": sum(pile_g.values()),
        "warp_ends": ends,
        "warp_m": warp_m,
        "weft_m": weft_m,
    }
    ### END SOLUTION

# %% farshlab={"library_answer": "a01-q4_3-answer"}
from farshlab.carpet import materials_bill as _bill


def materials_bill(knots_across, rows, width_cm, height_cm, knots_by_colour, cm_per_knot, nm, ply, waste_percent):
    bill = _bill(
        width_cm, height_cm, knots_across * 7 / width_cm, rows * 7 / height_cm, nm=nm, ply=ply,
        knots_by_colour=knots_by_colour, cm_per_knot=cm_per_knot, waste_percent=waste_percent,
        weft_passes_per_row=1,
    )
    return {
        "pile_g": bill.pile_g, "total_pile_g": bill.pile_total_g,
        "warp_ends": bill.warp_ends, "warp_m": bill.warp_m, "weft_m": bill.weft_m,
    }

# %% farshlab={"library_answer": "a01-q4_3-answer"}
from farshlab.carpet import pile_grams_per_colour, warp_ends, warp_length_m, weft_length_m


def materials_bill(knots_across, rows, width_cm, height_cm, knots_by_colour, cm_per_knot, nm, ply, waste_percent):
    pile_g = pile_grams_per_colour(knots_by_colour, nm, ply, cm_per_knot, waste_percent)
    return {
        "pile_g": pile_g, "total_pile_g": sum(pile_g.values()),
        "warp_ends": warp_ends(knots_across), "warp_m": warp_length_m(knots_across, height_cm, 60),
        "weft_m": weft_length_m(rows, width_cm, passes_per_row=1),
    }

# %% farshlab={"wrong_answer": "a01-q4_3-answer", "mistake": "forgets the loom allowance (0 instead of 60 cm)"}
def materials_bill(knots_across, rows, width_cm, height_cm, knots_by_colour, cm_per_knot, nm, ply, waste_percent):
    pile_g = {code: pile_grams(knots, cm_per_knot, nm, ply, waste_percent) for code, knots in knots_by_colour.items()}
    ends, warp_m, weft_m = warp_and_weft(knots_across, rows, width_cm, height_cm, 0)
    return {"pile_g": pile_g, "total_pile_g": sum(pile_g.values()), "warp_ends": ends, "warp_m": warp_m, "weft_m": weft_m}

# %% farshlab={"wrong_answer": "a01-q4_3-answer", "mistake": "adds the waste a second time to the total"}
def materials_bill(knots_across, rows, width_cm, height_cm, knots_by_colour, cm_per_knot, nm, ply, waste_percent):
    pile_g = {code: pile_grams(knots, cm_per_knot, nm, ply, waste_percent) for code, knots in knots_by_colour.items()}
    total = sum(pile_g.values()) * (1 + waste_percent / 100)
    ends, warp_m, weft_m = warp_and_weft(knots_across, rows, width_cm, height_cm, 60)
    return {"pile_g": pile_g, "total_pile_g": total, "warp_ends": ends, "warp_m": warp_m, "weft_m": weft_m}

# %% farshlab={"wrong_answer": "a01-q4_3-answer", "mistake": "numbers the colours 0, 1, … instead of keeping their codes"}
def materials_bill(knots_across, rows, width_cm, height_cm, knots_by_colour, cm_per_knot, nm, ply, waste_percent):
    pile_g = {i: pile_grams(knots, cm_per_knot, nm, ply, waste_percent) for i, knots in enumerate(knots_by_colour.values())}
    ends, warp_m, weft_m = warp_and_weft(knots_across, rows, width_cm, height_cm, 60)
    return {"pile_g": pile_g, "total_pile_g": sum(pile_g.values()), "warp_ends": ends, "warp_m": warp_m, "weft_m": weft_m}

# %% farshlab={"wrong_answer": "a01-q4_3-answer", "mistake": "total_pile_g adds up the knots instead of the grams"}
def materials_bill(knots_across, rows, width_cm, height_cm, knots_by_colour, cm_per_knot, nm, ply, waste_percent):
    pile_g = {code: pile_grams(knots, cm_per_knot, nm, ply, waste_percent) for code, knots in knots_by_colour.items()}
    ends, warp_m, weft_m = warp_and_weft(knots_across, rows, width_cm, height_cm, 60)
    return {"pile_g": pile_g, "total_pile_g": sum(knots_by_colour.values()), "warp_ends": ends, "warp_m": warp_m, "weft_m": weft_m}

# %% nbgrader={"grade": true, "grade_id": "a01-q4_3-tests", "locked": true, "points": 3, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, pile_grams and warp_and_weft are correct ones, so that a
# mistake in an earlier answer does not cost the points of Q4.3 as well.
def _correct_pile_grams(knots, cm_per_knot, nm, ply, waste_percent):
    return knots * cm_per_knot / 100 / (nm / ply) * (1 + waste_percent / 100)


def _correct_warp_and_weft(knots_across, rows, width_cm, height_cm, loom_allowance_cm):
    ends = 2 * knots_across
    return ends, ends * (height_cm + loom_allowance_cm) / 100, rows * width_cm * 1.2 / 100


_yours = {name: globals().get(name) for name in ['pile_grams', 'warp_and_weft']}
pile_grams = _correct_pile_grams
warp_and_weft = _correct_warp_and_weft
### END HIDDEN TESTS
bill = materials_bill(357, 500, 50, 70, {1: 150_000, 2: 28_500}, 4, 6, 2, 10)
assert isinstance(bill, dict), f"the bill should be a dictionary, your function gave {type(bill).__name__}"
missing = {"pile_g", "total_pile_g", "warp_ends", "warp_m", "weft_m"} - set(bill)
assert not missing, f"the bill is missing the keys {sorted(missing)}"
assert set(bill["pile_g"]) == {1, 2}, f"pile_g should have one entry per colour (1 and 2), yours has {sorted(bill['pile_g'])}"
assert math.isclose(bill["pile_g"][1], 2200, rel_tol=1e-6), f"colour 1: 150,000 knots × 4 cm = 6,000 m ÷ 3 m/g = 2,000 g, plus 10 % = 2,200 g; yours is {bill['pile_g'][1]}"
assert math.isclose(bill["pile_g"][2], 418, rel_tol=1e-6), f"colour 2: 28,500 knots → 380 g, plus 10 % = 418 g; yours is {bill['pile_g'][2]}"
assert math.isclose(bill["total_pile_g"], 2618, rel_tol=1e-6), f"all pile yarn: 2,200 + 418 = 2,618 g; yours is {bill['total_pile_g']}"
assert bill["warp_ends"] == 714, f"357 knots across need 714 warp ends; yours is {bill['warp_ends']}"
assert math.isclose(bill["warp_m"], 928.2, rel_tol=1e-9), f"714 ends × 1.30 m = 928.2 m (loom allowance 60 cm); yours is {bill['warp_m']}"
assert math.isclose(bill["weft_m"], 300, rel_tol=1e-9), f"500 rows × 50 cm × 1.2 = 300 m of weft; yours is {bill['weft_m']}"
### BEGIN HIDDEN TESTS
bill = materials_bill(400, 643, 70, 100, {5: 200_000, 9: 57_200}, 3.5, 8, 2, 0)
assert set(bill["pile_g"]) == {5, 9}, f"pile_g should have the colours 5 and 9, yours has {sorted(bill['pile_g'])}"
assert math.isclose(bill["pile_g"][5], 1750, rel_tol=1e-6), f"colour 5: 200,000 × 3.5 cm = 7,000 m ÷ 4 m/g = 1,750 g; yours is {bill['pile_g'][5]}"
assert math.isclose(bill["pile_g"][9], 500.5, rel_tol=1e-6), f"colour 9: 57,200 × 3.5 cm = 2,002 m ÷ 4 = 500.5 g; yours is {bill['pile_g'][9]}"
assert math.isclose(bill["total_pile_g"], 2250.5, rel_tol=1e-6), f"all pile yarn: 2,250.5 g; yours is {bill['total_pile_g']}"
assert bill["warp_ends"] == 800 and math.isclose(bill["warp_m"], 1280, rel_tol=1e-9), f"warp: 800 ends, 1,280 m; yours {bill['warp_ends']}, {bill['warp_m']}"
assert math.isclose(bill["weft_m"], 540.12, rel_tol=1e-9), f"weft: 643 × 70 × 1.2 cm = 540.12 m; yours is {bill['weft_m']}"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# # Part 5 — Border repeats

# %% [markdown]
# ## Q5.1 (1 point) Does a repeat fit a side?
# A border repeat fits a side of the field when the side holds a **whole number** of repeats, so that the
# repeats drawn from the two corners meet at the middle of the side. Both are whole numbers of khaneh.
# Write `repeats_fit(side, repeat)` that returns `True` or `False`. Hint: the remainder `side % repeat`.
#
# Example: a side of 150 khaneh holds 6 repeats of 25 (fits); a side of 153 does not.

# %% nbgrader={"grade": false, "grade_id": "a01-q5_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["repeats_fit"], "answered_by": ["farshlab.carpet.repeats_fit", "farshlab.carpet.field_fits"]}
def repeats_fit(side, repeat):
    ### BEGIN SOLUTION
    return side % repeat == 0
    ### END SOLUTION

# %% farshlab={"library_answer": "a01-q5_1-answer"}
from farshlab.carpet import repeats_fit

# %% farshlab={"library_answer": "a01-q5_1-answer"}
from farshlab.carpet import field_fits


def repeats_fit(side, repeat):
    return field_fits(side, side, repeat)

# %% farshlab={"wrong_answer": "a01-q5_1-answer", "mistake": "returns the remainder itself instead of True or False"}
def repeats_fit(side, repeat):
    return side % repeat

# %% farshlab={"wrong_answer": "a01-q5_1-answer", "mistake": "the remainder the wrong way round: repeat % side"}
def repeats_fit(side, repeat):
    return repeat % side == 0

# %% farshlab={"wrong_answer": "a01-q5_1-answer", "mistake": "only asks whether one repeat fits: side >= repeat"}
def repeats_fit(side, repeat):
    return side >= repeat

# %% nbgrader={"grade": true, "grade_id": "a01-q5_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
assert repeats_fit(150, 25) is True, f"150 khaneh hold exactly 6 repeats of 25: the answer is True; your function gave {repeats_fit(150, 25)!r}"
assert repeats_fit(153, 25) is False, f"153 ÷ 25 = 6.12 repeats: the answer is False; your function gave {repeats_fit(153, 25)!r}"
### BEGIN HIDDEN TESTS
assert repeats_fit(100, 10) is True, "100 khaneh hold 10 repeats of 10"
assert repeats_fit(102, 10) is False, "102 khaneh do not hold a whole number of 10-khaneh repeats"
assert repeats_fit(153, 51) is True, "153 khaneh hold 3 repeats of 51"
assert repeats_fit(7, 7) is True, "a side of one repeat fits"
assert repeats_fit(5, 10) is False, "a side shorter than one repeat does not fit"
### END HIDDEN TESTS

# %% [markdown]
# ## Q5.2 (2 points) The nearest side that fits
# When a side does not fit, the designer changes it to the nearest length that holds a whole number of
# repeats. Write `nearest_fitting_side(side, repeat)` that returns that length (an `int`):
#
# - the whole number of repeats nearest to `side`, times `repeat`;
# - if two lengths are equally near, take the **longer** one;
# - always at least **one** repeat.
#
# Careful: Python's `round` sends an exact half to the even number (`round(10.5)` is 10), which does not
# follow the "take the longer" rule. Example: `nearest_fitting_side(153, 10)` gives 150.

# %% nbgrader={"grade": false, "grade_id": "a01-q5_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["nearest_fitting_side"], "answered_by": ["farshlab.carpet.nearest_fitting_side"]}
def nearest_fitting_side(side, repeat):
    ### BEGIN SOLUTION
    count = math.floor(side / repeat + 0.5)
    return max(count, 1) * repeat
    ### END SOLUTION

# %% farshlab={"library_answer": "a01-q5_2-answer"}
from farshlab.carpet import nearest_fitting_side

# %% farshlab={"wrong_answer": "a01-q5_2-answer", "mistake": "Python's round(): an exact half goes to the even count, not the longer side"}
def nearest_fitting_side(side, repeat):
    return max(round(side / repeat), 1) * repeat

# %% farshlab={"wrong_answer": "a01-q5_2-answer", "mistake": "forgets the rule of at least one repeat"}
def nearest_fitting_side(side, repeat):
    return math.floor(side / repeat + 0.5) * repeat

# %% farshlab={"wrong_answer": "a01-q5_2-answer", "mistake": "always rounds down (floor division //)"}
def nearest_fitting_side(side, repeat):
    return max(side // repeat, 1) * repeat

# %% nbgrader={"grade": true, "grade_id": "a01-q5_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = nearest_fitting_side(153, 10)
assert got == 150, f"the multiples of 10 nearest to 153 are 150 (3 away) and 160 (7 away): the answer is 150; your function gave {got}"
### BEGIN HIDDEN TESTS
assert nearest_fitting_side(157, 10) == 160, f"157 is nearer to 160 than to 150; your function gave {nearest_fitting_side(157, 10)}"
assert nearest_fitting_side(105, 10) == 110, f"105 is equally near 100 and 110: take the longer, 110; your function gave {nearest_fitting_side(105, 10)}"
assert nearest_fitting_side(102, 25) == 100, f"102 is nearest to 100 (4 repeats of 25); your function gave {nearest_fitting_side(102, 25)}"
assert nearest_fitting_side(3, 10) == 10, f"a side must hold at least one repeat: the answer is 10; your function gave {nearest_fitting_side(3, 10)}"
assert nearest_fitting_side(150, 50) == 150, f"150 already fits repeats of 50; your function gave {nearest_fitting_side(150, 50)}"
### END HIDDEN TESTS

# %% [markdown]
# ## Q5.3 (1 point) What meets at the centre?
# When a side fits, the middle of the side falls either on a **joint** between two repeats (an even number
# of repeats) or on the **centre of one repeat** (an odd number). Write `centre_of_side(side, repeat)`
# that returns the text `"joint"` or `"repeat centre"`, or `None` when the side does not fit.
#
# Example: 100 khaneh with a repeat of 25 holds 4 repeats → `"joint"`.

# %% nbgrader={"grade": false, "grade_id": "a01-q5_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["centre_of_side"], "answered_by": ["farshlab.carpet.centre_of_side"]}
def centre_of_side(side, repeat):
    ### BEGIN SOLUTION
    if side % repeat != 0:
        return None
    if (side // repeat) % 2 == 0:
        return "joint"
    return "repeat centre"
    ### END SOLUTION

# %% farshlab={"library_answer": "a01-q5_3-answer"}
from farshlab.carpet import centre_of_side as _centre


def centre_of_side(side, repeat):
    if side % repeat != 0:
        return None
    return _centre(side, repeat)

# %% farshlab={"wrong_answer": "a01-q5_3-answer", "mistake": "even and odd the wrong way round"}
def centre_of_side(side, repeat):
    if side % repeat != 0:
        return None
    return "repeat centre" if (side // repeat) % 2 == 0 else "joint"

# %% farshlab={"wrong_answer": "a01-q5_3-answer", "mistake": "forgets the None for a side that does not fit"}
def centre_of_side(side, repeat):
    return "joint" if (side // repeat) % 2 == 0 else "repeat centre"

# %% farshlab={"wrong_answer": "a01-q5_3-answer", "mistake": "asks whether the side is even, not the number of repeats"}
def centre_of_side(side, repeat):
    if side % repeat != 0:
        return None
    return "joint" if side % 2 == 0 else "repeat centre"

# %% nbgrader={"grade": true, "grade_id": "a01-q5_3-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, repeats_fit is a correct one, so that a mistake in an
# earlier answer does not cost the points of Q5.3 as well.
def _correct_repeats_fit(side, repeat):
    return side % repeat == 0


_yours = {name: globals().get(name) for name in ['repeats_fit']}
repeats_fit = _correct_repeats_fit
### END HIDDEN TESTS
got = centre_of_side(100, 25)
assert got == "joint", f"100 ÷ 25 = 4 repeats, an even number: the middle falls on a joint, answer \"joint\"; your function gave {got!r}"
### BEGIN HIDDEN TESTS
assert centre_of_side(150, 50) == "repeat centre", f"150 ÷ 50 = 3 repeats (odd): \"repeat centre\"; your function gave {centre_of_side(150, 50)!r}"
assert centre_of_side(153, 10) is None, f"153 does not hold whole repeats of 10: None; your function gave {centre_of_side(153, 10)!r}"
assert centre_of_side(30, 30) == "repeat centre", "one repeat: its centre is the middle of the side"
assert centre_of_side(60, 10) == "joint", "6 repeats: the middle is a joint"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# # Part 6 — In your own words

# %% [markdown]
# ## Q6.1 (3 points, read by your instructor) A buyer, a chart and a ruler
# In four to six sentences, in the cell below:
# (a) a buyer counts 100 bumps along 7 cm on the back of your tableau, whose warps lie level, and says it
# is 100 raj. What do you tell them, and why?
# (b) A chart of 500 rows was drawn for a 70 cm tableau at 50 raj, but the finished tableau measures
# 67.3 cm. What happened on the loom, and how can the weaver prevent it?

# %% [markdown] nbgrader={"grade": true, "grade_id": "a01-q6_1-written", "locked": false, "points": 3, "schema_version": 3, "solution": true}
# (The instructor's model answer goes here; the released copy shows "YOUR ANSWER HERE" in its place.)
# (a) The warps lie level, so each knot is tied around two warps lying side by side and shows as two
# nodes on the back: 100 nodes along 7 cm are 50 knots, and the tableau is 50 raj, not 100. Counting
# nodes doubles the density (and would double the price). (On a weave whose warps lie on two levels a
# knot can show one node: look at the back before halving.)
# (b) The weaver packed the rows tighter than the chart assumed — about 52 rows per 7 cm instead of 50
# (500 × 7 ÷ 52 ≈ 67.3 cm) — by beating the wefts harder, so the tableau came out about 2.7 cm short
# and the picture is squashed. The weaver prevents it by measuring the rows per 7 cm (the vertical raj)
# every few centimetres and comparing the woven height with the row number on the chart, beating
# lighter or harder to keep them together.
