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
# # Assignment a06 — Capstone: from a customer's photo to a weaving kit
#
# This assignment practises Lesson 6 (`lessons/06_capstone.ipynb`). It has two parts, 16 questions,
# 27 points:
#
# - **Parts 1–5**: 13 small pieces of the kit's arithmetic that the computer checks (18 points):
#   weaving days, yarn grams, dye lots and baths, the colours the dyer can reach, cost, and choosing a plan.
# - **Part 6, the project**: you make a kit for a customer's photo and explain your choices. Your
#   instructor reads it and scores it with a rubric (9 points).
#
# **What to do**
# - Run the cells from the top with **Shift + Enter**. Run the grey *setup* cell below first.
# - In each answer cell, delete the line `raise NotImplementedError()` and write your code in its place.
#   Keep the `def …` line as it is: the name and the order of the arguments must stay the same.
# - Under each answer cell is a locked **test cell**. Run it: if nothing appears, your answer passed the
#   tests you can see. If a pink box appears, read its last line. When you hand in, more tests (which you
#   cannot see) check your answer with other numbers, so make your code work for any kit.
# - Before you hand in, click **Validate** (or *Kernel → Restart Kernel and Run All Cells…*).
# - In Parts 1–5 write the steps yourself with plain Python: the functions of `farshlab.kit`,
#   `farshlab.dye` and `farshlab.carpet` that would do this arithmetic for you are switched off in this
#   assignment. In Part 6 you use `farshlab kit` freely, in a terminal (see the lesson, section 8).
#
# The figures in this assignment (wages, prices, weaving speed) are made-up examples: your workshop
# has its own.

# %% [markdown]
# Run this setup cell first (it loads the tools and the kit the questions use).

# %% nbgrader={"grade": false, "grade_id": "a06-setup", "locked": true, "schema_version": 3, "solution": false}
import math

# The customer's tableau: 35 × 50 cm at 40 raj, 200 knots across × 286 rows = 57,200 knots.
# A first chart of it in six colours: the knots of each colour code.
KNOTS = {1: 21000, 3: 9000, 7: 12600, 12: 4200, 20: 3000, 25: 7400}

# For each code, how near (ΔE00) the dyer's best recipe comes to the colour of the chart.
DELTA_E = {1: 0.4, 3: 1.2, 7: 2.0, 12: 3.6, 20: 2.04, 25: 0.9}

# Four plans for the same photo: size and raj, colours, knots, cost in rial and weaving days.
# Cost: wages at 1,800,000 rial a maghat + wool (4 cm a knot, Nm 8, 1 ply, 10 % waste) at 6,000,000
# rial a kg + dyes (2 % owf) at 40,000,000 rial a kg, to the nearest 1,000 rial.
# Days: 2 weavers at 1,200 knots a day each, rounded up.
PLANS = [
    {"name": "35 × 50 cm, 40 raj", "colours": 24, "knots": 57200, "cost_rial": 10719000, "days": 24},
    {"name": "35 × 50 cm, 50 raj", "colours": 32, "knots": 89250, "cost_rial": 16725000, "days": 38},
    {"name": "50 × 70 cm, 40 raj", "colours": 32, "knots": 114400, "cost_rial": 21439000, "days": 48},
    {"name": "50 × 70 cm, 50 raj", "colours": 48, "knots": 178500, "cost_rial": 33451000, "days": 75},
]

# %% [markdown]
# # Part 1 — Time and yarn

# %% [markdown]
# ## Q1.1 (1 point) Weaving days
# Write `weaving_days(knots, weavers, knots_per_day)`: the whole days a team needs to weave a carpet.
# Each of the `weavers` ties `knots_per_day` knots a day, so the team ties weavers × knots_per_day a day;
# days = knots ÷ (weavers × knots_per_day), **rounded up** (a part of a day is still a day at the loom:
# use `math.ceil`), as an `int`.
#
# Example: 178,500 knots, 3 weavers, 1,400 knots a day each: 178,500 ÷ 4,200 = 42.5 → 43 days.

# %% nbgrader={"grade": false, "grade_id": "a06-q1_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["weaving_days"], "answered_by": ["farshlab.carpet.weaving_days", "farshlab.kit.costs.estimate_kit"]}
def weaving_days(knots, weavers, knots_per_day):
    ### BEGIN SOLUTION
    return math.ceil(knots / (weavers * knots_per_day))
    ### END SOLUTION

# %% farshlab={"library_answer": "a06-q1_1-answer"}
from farshlab.carpet import weaving_days as days_of_work


def weaving_days(knots, weavers, knots_per_day):
    return math.ceil(days_of_work(knots, weavers, knots_per_day))

# %% farshlab={"library_answer": "a06-q1_1-answer"}
from farshlab.kit.costs import KitFigures, estimate_kit


def weaving_days(knots, weavers, knots_per_day):
    figures = KitFigures(weavers=weavers, knots_per_day=knots_per_day)
    return estimate_kit(knots, 0, 0, 0, figures).weaving_days

# %% farshlab={"wrong_answer": "a06-q1_1-answer", "mistake": "round instead of rounding up: 42.5 days becomes 42"}
def weaving_days(knots, weavers, knots_per_day):
    return round(knots / (weavers * knots_per_day))

# %% farshlab={"wrong_answer": "a06-q1_1-answer", "mistake": "forgets the weavers: one weaver's days"}
def weaving_days(knots, weavers, knots_per_day):
    return math.ceil(knots / knots_per_day)

# %% farshlab={"wrong_answer": "a06-q1_1-answer", "mistake": "cuts off the part of a day with int()"}
def weaving_days(knots, weavers, knots_per_day):
    return int(knots / (weavers * knots_per_day))

# %% nbgrader={"grade": true, "grade_id": "a06-q1_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = weaving_days(178500, 3, 1400)
assert got == 43, f"178,500 knots ÷ (3 × 1,400 a day) = 42.5 days: the team needs 43 days at the loom; your function gave {got}"
assert isinstance(got, int), f"the answer should be a whole number of days (int), got {type(got).__name__}"
### BEGIN HIDDEN TESTS
assert weaving_days(61200, 1, 6000) == 11, "61,200 knots at 6,000 a day: 10.2 days → 11 (rounded up, not to 10)"
assert weaving_days(57200, 2, 1500) == 20, "57,200 knots, 2 weavers at 1,500: 19.07 days → 20"
assert weaving_days(24000, 2, 1200) == 10, "exactly 10 days stays 10"
assert weaving_days(114400, 2, 1200) == 48, "114,400 knots, 2 weavers at 1,200: 47.7 days → 48"
### END HIDDEN TESTS

# %% [markdown]
# ## Q1.2 (2 points) Grams of yarn for a colour
# The same yarn arithmetic as in Lessons 1 and 5. Write `yarn_grams(knots, cm_per_knot, nm, ply, waste_percent)`:
# metres = knots × cm per knot ÷ 100; a yarn of `ply` strands of Nm `nm` gives nm ÷ ply metres per gram, so
# grams = metres ÷ (nm ÷ ply); then add the waste: × (1 + waste_percent ÷ 100).
#
# Example: 12,000 knots at 4 cm per knot, Nm 8 in 2 ply, 5 % waste: 480 m → 120 g → 126 g.

# %% nbgrader={"grade": false, "grade_id": "a06-q1_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["yarn_grams"], "answered_by": ["farshlab.carpet.yarn_grams", "farshlab.carpet.pile_length_m", "farshlab.carpet.pile_grams_per_colour"]}
def yarn_grams(knots, cm_per_knot, nm, ply, waste_percent):
    ### BEGIN SOLUTION
    metres = knots * cm_per_knot / 100
    return metres / (nm / ply) * (1 + waste_percent / 100)
    ### END SOLUTION

# %% farshlab={"library_answer": "a06-q1_2-answer"}
from farshlab.carpet import pile_length_m
from farshlab.carpet import yarn_grams as grams_of


def yarn_grams(knots, cm_per_knot, nm, ply, waste_percent):
    return grams_of(pile_length_m(knots, cm_per_knot), nm, ply, waste_percent)

# %% farshlab={"library_answer": "a06-q1_2-answer"}
from farshlab.carpet import pile_grams_per_colour


def yarn_grams(knots, cm_per_knot, nm, ply, waste_percent):
    return pile_grams_per_colour({1: knots}, nm, ply, cm_per_knot, waste_percent)[1]

# %% farshlab={"wrong_answer": "a06-q1_2-answer", "mistake": "forgets the ply: divides by Nm alone"}
def yarn_grams(knots, cm_per_knot, nm, ply, waste_percent):
    return knots * cm_per_knot / 100 / nm * (1 + waste_percent / 100)

# %% farshlab={"wrong_answer": "a06-q1_2-answer", "mistake": "forgets the waste allowance"}
def yarn_grams(knots, cm_per_knot, nm, ply, waste_percent):
    return knots * cm_per_knot / 100 / (nm / ply)

# %% farshlab={"wrong_answer": "a06-q1_2-answer", "mistake": "the waste in percent taken as a fraction: × (1 + 5) instead of × 1.05"}
def yarn_grams(knots, cm_per_knot, nm, ply, waste_percent):
    return knots * cm_per_knot / 100 / (nm / ply) * (1 + waste_percent)

# %% farshlab={"wrong_answer": "a06-q1_2-answer", "mistake": "multiplies Nm by the ply instead of dividing"}
def yarn_grams(knots, cm_per_knot, nm, ply, waste_percent):
    return knots * cm_per_knot / 100 / (nm * ply) * (1 + waste_percent / 100)

# %% farshlab={"wrong_answer": "a06-q1_2-answer", "mistake": "leaves the length in cm (no ÷ 100)"}
def yarn_grams(knots, cm_per_knot, nm, ply, waste_percent):
    return knots * cm_per_knot / (nm / ply) * (1 + waste_percent / 100)

# %% nbgrader={"grade": true, "grade_id": "a06-q1_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = yarn_grams(12000, 4, 8, 2, 5)
assert math.isclose(got, 126.0, rel_tol=1e-9), (
    "12,000 knots × 4 cm = 480 m; Nm 8 in 2 ply is 4 m per gram, so 120 g; plus 5 % waste = 126 g; "
    f"your function gave {got}")
### BEGIN HIDDEN TESTS
assert math.isclose(yarn_grams(57200, 4, 8, 1, 10), 314.6, rel_tol=1e-9), "57,200 knots, Nm 8 in 1 ply, 10 % waste: 314.6 g"
assert math.isclose(yarn_grams(178500, 4.5, 6, 2, 0), 2677.5, rel_tol=1e-9), "178,500 knots at 4.5 cm, Nm 6 in 2 ply, no waste: 2,677.5 g"
assert math.isclose(yarn_grams(9000, 3.5, 10, 3, 8), 102.06, rel_tol=1e-9), "9,000 knots at 3.5 cm, Nm 10 in 3 ply, 8 % waste: 102.06 g"
### END HIDDEN TESTS

# %% [markdown]
# # Part 2 — Dye lots and baths
#
# A dyer's pot holds at most `wool_per_bath_g` grams of wool. A colour needs as many **lots** (baths) as it
# takes to dye all its yarn, and the kit splits the yarn into **equal** lots, so that every lot is dyed by the
# same recipe at the same liquor ratio — and the lots come out the same shade.

# %% [markdown]
# ## Q2.1 (1 point) How many lots
# Write `lots_needed(yarn_g, wool_per_bath_g)`: yarn ÷ wool per bath, **rounded up** (`math.ceil`), as an
# `int`. Even a few grams left over need a bath of their own, and a colour of only a few grams still needs
# one lot.
#
# Example: 2,300 g of yarn in baths of 1,000 g: 2.3 → 3 lots. 3,000 g: exactly 3 lots.

# %% nbgrader={"grade": false, "grade_id": "a06-q2_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["lots_needed"], "answered_by": ["farshlab.kit.lots.lots_needed", "farshlab.kit.lots.dye_lots"]}
def lots_needed(yarn_g, wool_per_bath_g):
    ### BEGIN SOLUTION
    return math.ceil(yarn_g / wool_per_bath_g)
    ### END SOLUTION

# %% farshlab={"library_answer": "a06-q2_1-answer"}
from farshlab.kit.lots import lots_needed

# %% farshlab={"library_answer": "a06-q2_1-answer"}
from farshlab.kit.lots import dye_lots


def lots_needed(yarn_g, wool_per_bath_g):
    return len(dye_lots(yarn_g, {}, wool_per_bath_g=wool_per_bath_g))

# %% farshlab={"wrong_answer": "a06-q2_1-answer", "mistake": "round instead of rounding up: 2.3 lots becomes 2, and 300 g has no bath"}
def lots_needed(yarn_g, wool_per_bath_g):
    return max(1, round(yarn_g / wool_per_bath_g))

# %% farshlab={"wrong_answer": "a06-q2_1-answer", "mistake": "whole baths plus one: an extra lot when the yarn fills the baths exactly"}
def lots_needed(yarn_g, wool_per_bath_g):
    return int(yarn_g // wool_per_bath_g) + 1

# %% farshlab={"wrong_answer": "a06-q2_1-answer", "mistake": "counts whole baths only (yarn // bath): the last 300 g have no bath"}
def lots_needed(yarn_g, wool_per_bath_g):
    return max(1, int(yarn_g // wool_per_bath_g))

# %% farshlab={"wrong_answer": "a06-q2_1-answer", "mistake": "divides the bath by the yarn"}
def lots_needed(yarn_g, wool_per_bath_g):
    return max(1, math.ceil(wool_per_bath_g / yarn_g))

# %% nbgrader={"grade": true, "grade_id": "a06-q2_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = lots_needed(2300, 1000)
assert got == 3, f"2,300 g in baths of 1,000 g: 2.3 baths, so 3 lots (rounded up: 300 g still need a bath); your function gave {got}"
assert isinstance(got, int), f"the answer should be a whole number of lots (int), got {type(got).__name__}"
got = lots_needed(3000, 1000)
assert got == 3, f"3,000 g fill three baths of 1,000 g exactly: 3 lots, not more; your function gave {got}"
### BEGIN HIDDEN TESTS
assert lots_needed(126, 1000) == 1, "126 g fit in one bath: 1 lot"
assert lots_needed(4.5, 1000) == 1, "a colour of only 4.5 g still needs 1 lot"
assert lots_needed(4001, 2000) == 3, "4,001 g in baths of 2,000 g: 2.0005 → 3 lots"
assert lots_needed(5000, 2500) == 2, "5,000 g in baths of 2,500 g: exactly 2 lots"
assert lots_needed(2600, 1000) == 3, "2,600 g in baths of 1,000 g: 3 lots"
### END HIDDEN TESTS

# %% [markdown]
# ## Q2.2 (1 point) Wool in each lot
# Write `wool_per_lot(yarn_g, wool_per_bath_g)`: the grams of wool in **each** lot when the yarn is split into
# equal lots: yarn ÷ the number of lots (use your `lots_needed`).
#
# Example: 2,300 g in baths of 1,000 g: 3 lots of 766.7 g each (not two full baths and a small one).

# %% nbgrader={"grade": false, "grade_id": "a06-q2_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["wool_per_lot"], "answered_by": ["farshlab.kit.lots.dye_lots"]}
def wool_per_lot(yarn_g, wool_per_bath_g):
    ### BEGIN SOLUTION
    return yarn_g / lots_needed(yarn_g, wool_per_bath_g)
    ### END SOLUTION

# %% farshlab={"library_answer": "a06-q2_2-answer"}
from farshlab.kit.lots import dye_lots


def wool_per_lot(yarn_g, wool_per_bath_g):
    return dye_lots(yarn_g, {}, wool_per_bath_g=wool_per_bath_g)[0].wool_g

# %% farshlab={"wrong_answer": "a06-q2_2-answer", "mistake": "fills every bath: gives the bath size, not an equal share"}
def wool_per_lot(yarn_g, wool_per_bath_g):
    return min(yarn_g, wool_per_bath_g)

# %% farshlab={"wrong_answer": "a06-q2_2-answer", "mistake": "gives the whole colour's yarn, not one lot's"}
def wool_per_lot(yarn_g, wool_per_bath_g):
    return yarn_g

# %% farshlab={"wrong_answer": "a06-q2_2-answer", "mistake": "counts whole baths only (yarn // bath), so the lots are too big"}
def wool_per_lot(yarn_g, wool_per_bath_g):
    return yarn_g / max(1, yarn_g // wool_per_bath_g)

# %% nbgrader={"grade": true, "grade_id": "a06-q2_2-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, lots_needed is a correct one, so that a mistake in an
# earlier answer does not cost the points of Q2.2 as well.
def _correct_lots_needed(yarn_g, wool_per_bath_g):
    return math.ceil(yarn_g / wool_per_bath_g)


_yours = {name: globals().get(name) for name in ["lots_needed"]}
lots_needed = _correct_lots_needed
### END HIDDEN TESTS
got = wool_per_lot(2300, 1000)
assert math.isclose(got, 766.6666666667, rel_tol=1e-9), (
    f"2,300 g in 3 equal lots: 766.67 g in each, so every bath has the same recipe; your function gave {got}")
### BEGIN HIDDEN TESTS
assert math.isclose(wool_per_lot(126, 1000), 126.0, rel_tol=1e-9), "126 g: one lot of 126 g"
assert math.isclose(wool_per_lot(5000, 2500), 2500.0, rel_tol=1e-9), "5,000 g in baths of 2,500 g: 2 lots of 2,500 g"
assert math.isclose(wool_per_lot(4200, 1000), 840.0, rel_tol=1e-9), "4,200 g in baths of 1,000 g: 5 lots of 840 g"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## Q2.3 (1 point) Water for a bath
# The liquor ratio says how many **litres** of water a bath takes for each **kilogram** of wool (1:40 is 40 L
# per kg). Write `water_litres(wool_g, liquor_ratio)` that returns the litres of water for `wool_g` grams of wool.
#
# Example: 500 g of wool at 1:40 takes 0.5 kg × 40 = 20 L.

# %% nbgrader={"grade": false, "grade_id": "a06-q2_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["water_litres"], "answered_by": ["farshlab.dye.liquor_litres", "farshlab.kit.lots.dye_lots"]}
def water_litres(wool_g, liquor_ratio):
    ### BEGIN SOLUTION
    return wool_g / 1000 * liquor_ratio
    ### END SOLUTION

# %% farshlab={"library_answer": "a06-q2_3-answer"}
from farshlab.dye import liquor_litres


def water_litres(wool_g, liquor_ratio):
    return liquor_litres(wool_g, liquor_ratio)

# %% farshlab={"library_answer": "a06-q2_3-answer"}
from farshlab.kit.lots import dye_lots


def water_litres(wool_g, liquor_ratio):
    return dye_lots(wool_g, {}, wool_per_bath_g=wool_g, liquor_ratio=liquor_ratio)[0].water_l

# %% farshlab={"wrong_answer": "a06-q2_3-answer", "mistake": "grams × ratio: millilitres, not litres (20,000 for 20 L)"}
def water_litres(wool_g, liquor_ratio):
    return wool_g * liquor_ratio

# %% farshlab={"wrong_answer": "a06-q2_3-answer", "mistake": "divides by the ratio"}
def water_litres(wool_g, liquor_ratio):
    return wool_g / 1000 / liquor_ratio

# %% farshlab={"wrong_answer": "a06-q2_3-answer", "mistake": "÷ 100 instead of ÷ 1000 to turn grams into kilograms: ten times the water"}
def water_litres(wool_g, liquor_ratio):
    return wool_g / 100 * liquor_ratio

# %% nbgrader={"grade": true, "grade_id": "a06-q2_3-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = water_litres(500, 40)
assert math.isclose(got, 20.0, rel_tol=1e-9), f"500 g is 0.5 kg; at 1:40 that is 0.5 × 40 = 20 litres; your function gave {got}"
### BEGIN HIDDEN TESTS
assert math.isclose(water_litres(1250, 30), 37.5, rel_tol=1e-9), "1,250 g at 1:30: 37.5 L"
assert math.isclose(water_litres(2300 / 3, 40), 30.6666666667, rel_tol=1e-9), "a lot of 766.67 g at 1:40: 30.67 L"
assert math.isclose(water_litres(80, 50), 4.0, rel_tol=1e-9), "80 g at 1:50: 4 L"
### END HIDDEN TESTS

# %% [markdown]
# ## Q2.4 (2 points) Dye for one lot
# A recipe gives each dye in **% owf** (on the weight of fibre): grams of dye = grams of wool × % ÷ 100. The
# dyer weighs the dyes **for each lot**. Write `lot_dyes(yarn_g, wool_per_bath_g, recipe)`: `recipe` is a
# dictionary dye name → % owf; return a dictionary dye name → grams of that dye for **one lot** of this
# colour (use your `wool_per_lot`).
#
# Example: 2,300 g in baths of 1,000 g with `{"Acid Red": 1.25, "Acid Yellow": 0.3}`: each lot has 766.67 g
# of wool, so 9.58 g of Acid Red and 2.3 g of Acid Yellow.

# %% nbgrader={"grade": false, "grade_id": "a06-q2_4-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["lot_dyes"], "answered_by": ["farshlab.dye.dye_grams", "farshlab.dye.batch_recipe", "farshlab.kit.lots.dye_lots"]}
def lot_dyes(yarn_g, wool_per_bath_g, recipe):
    ### BEGIN SOLUTION
    wool = wool_per_lot(yarn_g, wool_per_bath_g)
    return {dye: wool * percent / 100 for dye, percent in recipe.items()}
    ### END SOLUTION

# %% farshlab={"library_answer": "a06-q2_4-answer"}
from farshlab.dye import dye_grams


def lot_dyes(yarn_g, wool_per_bath_g, recipe):
    wool = wool_per_lot(yarn_g, wool_per_bath_g)
    return {dye: dye_grams(wool, percent) for dye, percent in recipe.items()}

# %% farshlab={"library_answer": "a06-q2_4-answer"}
from farshlab.dye import batch_recipe


def lot_dyes(yarn_g, wool_per_bath_g, recipe):
    batch = batch_recipe(recipe, wool_per_lot(yarn_g, wool_per_bath_g), 40)
    return {line.name: line.grams for line in batch.dyes}

# %% farshlab={"library_answer": "a06-q2_4-answer"}
from farshlab.kit.lots import dye_lots


def lot_dyes(yarn_g, wool_per_bath_g, recipe):
    (lot, *_) = dye_lots(yarn_g, recipe, wool_per_bath_g=wool_per_bath_g)
    return {line.name: line.grams for line in lot.batch.dyes}

# %% farshlab={"wrong_answer": "a06-q2_4-answer", "mistake": "dye for all the colour's yarn at once, not for one lot"}
def lot_dyes(yarn_g, wool_per_bath_g, recipe):
    return {dye: yarn_g * percent / 100 for dye, percent in recipe.items()}

# %% farshlab={"wrong_answer": "a06-q2_4-answer", "mistake": "takes the % as a fraction: forgets ÷ 100"}
def lot_dyes(yarn_g, wool_per_bath_g, recipe):
    wool = wool_per_lot(yarn_g, wool_per_bath_g)
    return {dye: wool * percent for dye, percent in recipe.items()}

# %% farshlab={"wrong_answer": "a06-q2_4-answer", "mistake": "weighs for a full bath instead of the equal lot"}
def lot_dyes(yarn_g, wool_per_bath_g, recipe):
    wool = min(yarn_g, wool_per_bath_g)
    return {dye: wool * percent / 100 for dye, percent in recipe.items()}

# %% nbgrader={"grade": true, "grade_id": "a06-q2_4-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, lots_needed and wool_per_lot are correct ones, so that a
# mistake in an earlier answer does not cost the points of Q2.4 as well.
def _correct_lots_needed(yarn_g, wool_per_bath_g):
    return math.ceil(yarn_g / wool_per_bath_g)


def _correct_wool_per_lot(yarn_g, wool_per_bath_g):
    return yarn_g / _correct_lots_needed(yarn_g, wool_per_bath_g)


_yours = {name: globals().get(name) for name in ["lots_needed", "wool_per_lot"]}
lots_needed = _correct_lots_needed
wool_per_lot = _correct_wool_per_lot
### END HIDDEN TESTS
got = lot_dyes(2300, 1000, {"Acid Red": 1.25, "Acid Yellow": 0.3})
assert set(got) == {"Acid Red", "Acid Yellow"}, f"one entry for each dye of the recipe; your dictionary has {sorted(got)}"
assert math.isclose(got["Acid Red"], 9.5833333333, rel_tol=1e-9), (
    f"one lot has 766.67 g of wool: 766.67 × 1.25 ÷ 100 = 9.58 g of Acid Red; your function gave {got['Acid Red']}")
### BEGIN HIDDEN TESTS
got = lot_dyes(2300, 1000, {"Acid Red": 1.25, "Acid Yellow": 0.3})
assert math.isclose(got["Acid Yellow"], 2.3, rel_tol=1e-9), "766.67 g × 0.3 % = 2.3 g of Acid Yellow"
got = lot_dyes(5000, 2500, {"Acid Blue": 2.0, "Acid Red": 0.15, "Acid Yellow": 0.05})
assert math.isclose(got["Acid Blue"], 50.0, rel_tol=1e-9), "two lots of 2,500 g: 50 g of Acid Blue in each"
assert math.isclose(got["Acid Red"], 3.75, rel_tol=1e-9), "2,500 g × 0.15 % = 3.75 g"
assert math.isclose(got["Acid Yellow"], 1.25, rel_tol=1e-9), "2,500 g × 0.05 % = 1.25 g"
got = lot_dyes(126, 1000, {"Acid Black": 3.0})
assert math.isclose(got["Acid Black"], 3.78, rel_tol=1e-9), "126 g in one lot at 3 %: 3.78 g"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## Q2.5 (2 points) Auxiliaries for one lot
# A bath also takes auxiliaries (Glauber's salt, acid …). Some are given in **% owf** (of the wool's grams, as
# dyes are), some in **g/L** (grams for each litre of water). Write `lot_auxiliaries(wool_g, water_l,
# auxiliaries)`: `auxiliaries` is a list of `(name, amount, unit)` with unit `"% owf"` or `"g/L"`; return a
# dictionary name → grams for a bath of `wool_g` grams of wool in `water_l` litres.
#
# Example: 500 g of wool in 20 L with `[("Glauber's salt", 10, "% owf"), ("acetic acid", 1, "g/L")]`:
# 50 g of Glauber's salt and 20 g of acetic acid.

# %% nbgrader={"grade": false, "grade_id": "a06-q2_5-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["lot_auxiliaries"], "answered_by": ["farshlab.dye.auxiliary_grams", "farshlab.dye.batch_recipe", "farshlab.kit.lots.dye_lots"]}
def lot_auxiliaries(wool_g, water_l, auxiliaries):
    ### BEGIN SOLUTION
    grams = {}
    for name, amount, unit in auxiliaries:
        if unit == "% owf":
            grams[name] = wool_g * amount / 100
        else:
            grams[name] = water_l * amount
    return grams
    ### END SOLUTION

# %% farshlab={"library_answer": "a06-q2_5-answer"}
from farshlab.dye import auxiliary_grams


def lot_auxiliaries(wool_g, water_l, auxiliaries):
    return {name: auxiliary_grams(amount, unit, wool_g, water_l) for name, amount, unit in auxiliaries}

# %% farshlab={"library_answer": "a06-q2_5-answer"}
from farshlab.dye import Auxiliary, batch_recipe


def lot_auxiliaries(wool_g, water_l, auxiliaries):
    chemicals = [Auxiliary(name, amount, unit) for name, amount, unit in auxiliaries]
    batch = batch_recipe({}, wool_g, water_l / (wool_g / 1000), chemicals)
    return {line.auxiliary.name: line.grams for line in batch.auxiliaries}

# %% farshlab={"library_answer": "a06-q2_5-answer"}
from farshlab.dye import Auxiliary
from farshlab.kit.lots import dye_lots


def lot_auxiliaries(wool_g, water_l, auxiliaries):
    chemicals = [Auxiliary(name, amount, unit) for name, amount, unit in auxiliaries]
    (lot, *_) = dye_lots(wool_g, {}, wool_per_bath_g=wool_g, liquor_ratio=water_l / (wool_g / 1000), auxiliaries=chemicals)
    return {line.auxiliary.name: line.grams for line in lot.batch.auxiliaries}

# %% farshlab={"wrong_answer": "a06-q2_5-answer", "mistake": "treats g/L as % owf: every auxiliary from the wool"}
def lot_auxiliaries(wool_g, water_l, auxiliaries):
    return {name: wool_g * amount / 100 for name, amount, unit in auxiliaries}

# %% farshlab={"wrong_answer": "a06-q2_5-answer", "mistake": "takes % owf of the water instead of the wool"}
def lot_auxiliaries(wool_g, water_l, auxiliaries):
    grams = {}
    for name, amount, unit in auxiliaries:
        if unit == "% owf":
            grams[name] = water_l * amount / 100
        else:
            grams[name] = water_l * amount
    return grams

# %% farshlab={"wrong_answer": "a06-q2_5-answer", "mistake": "% owf without ÷ 100"}
def lot_auxiliaries(wool_g, water_l, auxiliaries):
    grams = {}
    for name, amount, unit in auxiliaries:
        if unit == "% owf":
            grams[name] = wool_g * amount
        else:
            grams[name] = water_l * amount
    return grams

# %% farshlab={"wrong_answer": "a06-q2_5-answer", "mistake": "g/L counted per millilitre: × 1000"}
def lot_auxiliaries(wool_g, water_l, auxiliaries):
    grams = {}
    for name, amount, unit in auxiliaries:
        if unit == "% owf":
            grams[name] = wool_g * amount / 100
        else:
            grams[name] = water_l * 1000 * amount
    return grams

# %% nbgrader={"grade": true, "grade_id": "a06-q2_5-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = lot_auxiliaries(500, 20, [("Glauber's salt", 10, "% owf"), ("acetic acid", 1, "g/L")])
assert set(got) == {"Glauber's salt", "acetic acid"}, f"one entry for each auxiliary; your dictionary has {sorted(got)}"
salt = got["Glauber's salt"]
assert math.isclose(salt, 50.0, rel_tol=1e-9), f"10 % owf of 500 g of wool is 50 g of Glauber's salt; your function gave {salt}"
assert math.isclose(got["acetic acid"], 20.0, rel_tol=1e-9), (
    f"1 g/L in 20 litres of water is 20 g of acetic acid; your function gave {got['acetic acid']}")
### BEGIN HIDDEN TESTS
got = lot_auxiliaries(2300 / 3, 2300 / 3 * 40 / 1000, [("Glauber's salt", 10, "% owf"), ("sulfuric acid", 3, "% owf")])
assert math.isclose(got["Glauber's salt"], 76.6666666667, rel_tol=1e-9), "766.67 g at 10 % owf: 76.67 g"
assert math.isclose(got["sulfuric acid"], 23.0, rel_tol=1e-9), "766.67 g at 3 % owf: 23 g"
got = lot_auxiliaries(1250, 37.5, [("ammonium sulfate", 2, "g/L"), ("levelling agent", 1.5, "% owf")])
assert math.isclose(got["ammonium sulfate"], 75.0, rel_tol=1e-9), "2 g/L in 37.5 L: 75 g"
assert math.isclose(got["levelling agent"], 18.75, rel_tol=1e-9), "1.5 % owf of 1,250 g: 18.75 g"
assert lot_auxiliaries(500, 20, []) == {}, "no auxiliaries: an empty dictionary"
### END HIDDEN TESTS

# %% [markdown]
# # Part 3 — Can the dyer reach every colour?
#
# For each colour of the chart the kit looks for the dyer's best recipe, and measures how far its shade
# still is from the chart's colour (ΔE00, from Lesson 2). A colour is **reachable** when that ΔE00 is
# **2.0 or less**: ΔE00 = 2.0 exactly is still reachable. `DELTA_E` in the setup cell gives these values:
# you do not compute ΔE00 here, you read the table.

# %% [markdown]
# ## Q3.1 (1 point) The reachable colours
# Write `reachable_codes(delta_e_by_code, limit)` that returns the **sorted** list of codes whose ΔE00 is
# at most `limit`.
#
# Example: `reachable_codes(DELTA_E, 2.0)` is `[1, 3, 7, 25]` (code 7 is exactly 2.0: reachable; code 20,
# 2.04, is not).

# %% nbgrader={"grade": false, "grade_id": "a06-q3_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["reachable_codes"], "answered_by": []}
def reachable_codes(delta_e_by_code, limit):
    ### BEGIN SOLUTION
    return sorted(code for code, delta_e in delta_e_by_code.items() if delta_e <= limit)
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a06-q3_1-answer", "mistake": "< instead of ≤: leaves out a colour exactly at 2.0"}
def reachable_codes(delta_e_by_code, limit):
    return sorted(code for code, delta_e in delta_e_by_code.items() if delta_e < limit)

# %% farshlab={"wrong_answer": "a06-q3_1-answer", "mistake": "lists the colours the dyer cannot reach"}
def reachable_codes(delta_e_by_code, limit):
    return sorted(code for code, delta_e in delta_e_by_code.items() if delta_e > limit)

# %% farshlab={"wrong_answer": "a06-q3_1-answer", "mistake": "rounds ΔE to one decimal first: 2.04 becomes 2.0 and passes"}
def reachable_codes(delta_e_by_code, limit):
    return sorted(code for code, delta_e in delta_e_by_code.items() if round(delta_e, 1) <= limit)

# %% farshlab={"wrong_answer": "a06-q3_1-answer", "mistake": "returns the ΔE values instead of the codes"}
def reachable_codes(delta_e_by_code, limit):
    return sorted(delta_e for delta_e in delta_e_by_code.values() if delta_e <= limit)

# %% nbgrader={"grade": true, "grade_id": "a06-q3_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = reachable_codes(DELTA_E, 2.0)
assert list(got) == [1, 3, 7, 25], (
    "codes 1, 3, 7 and 25 are within ΔE00 2.0 (code 7 is exactly 2.0, which counts as reachable); "
    f"your function gave {got}")
### BEGIN HIDDEN TESTS
got = reachable_codes({4: 2.0, 9: 2.01, 2: 1.99, 15: 0.0}, 2.0)
assert list(got) == [2, 4, 15], f"2.0 is reachable, 2.01 is not: expected [2, 4, 15], got {got}"
got = reachable_codes({5: 2.04, 6: 2.049, 8: 1.95}, 2.0)
assert list(got) == [8], f"2.04 and 2.049 are above 2.0 even if they print as 2.0: expected [8], got {got}"
assert list(reachable_codes({1: 0.9, 2: 1.4}, 1.0)) == [1], "another limit: ΔE00 1.0"
assert list(reachable_codes({3: 5.0}, 2.0)) == [], "no reachable colour: an empty list"
### END HIDDEN TESTS

# %% [markdown]
# ## Q3.2 (1 point) How much of the picture would change
# An unreachable colour must be replaced by the nearest shade the dyer can make, and every knot of it then
# changes. Write `unreachable_knots(delta_e_by_code, knots_by_code, limit)` that returns the number of
# **knots** whose colour is not reachable (use your `reachable_codes`).
#
# Example: in the customer's chart, codes 12 and 20 are out of reach: 4,200 + 3,000 = 7,200 knots.

# %% nbgrader={"grade": false, "grade_id": "a06-q3_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["unreachable_knots"], "answered_by": []}
def unreachable_knots(delta_e_by_code, knots_by_code, limit):
    ### BEGIN SOLUTION
    reachable = reachable_codes(delta_e_by_code, limit)
    return sum(knots for code, knots in knots_by_code.items() if code not in reachable)
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a06-q3_2-answer", "mistake": "counts the colours, not their knots"}
def unreachable_knots(delta_e_by_code, knots_by_code, limit):
    reachable = reachable_codes(delta_e_by_code, limit)
    return len([code for code in knots_by_code if code not in reachable])

# %% farshlab={"wrong_answer": "a06-q3_2-answer", "mistake": "counts the knots of the reachable colours"}
def unreachable_knots(delta_e_by_code, knots_by_code, limit):
    reachable = reachable_codes(delta_e_by_code, limit)
    return sum(knots for code, knots in knots_by_code.items() if code in reachable)

# %% farshlab={"wrong_answer": "a06-q3_2-answer", "mistake": "counts a colour exactly at the limit as unreachable"}
def unreachable_knots(delta_e_by_code, knots_by_code, limit):
    return sum(knots for code, knots in knots_by_code.items() if delta_e_by_code[code] >= limit)

# %% nbgrader={"grade": true, "grade_id": "a06-q3_2-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, reachable_codes is a correct one, so that a mistake in an
# earlier answer does not cost the points of Q3.2 as well.
def _correct_reachable_codes(delta_e_by_code, limit):
    return sorted(code for code, delta_e in delta_e_by_code.items() if delta_e <= limit)


_yours = {name: globals().get(name) for name in ["reachable_codes"]}
reachable_codes = _correct_reachable_codes
### END HIDDEN TESTS
got = unreachable_knots(DELTA_E, KNOTS, 2.0)
assert got == 7200, f"codes 12 (4,200 knots) and 20 (3,000 knots) are out of reach: 7,200 knots; your function gave {got}"
### BEGIN HIDDEN TESTS
assert unreachable_knots(DELTA_E, KNOTS, 1.0) == 28800, "limit 1.0: codes 3, 7, 12 and 20 are out of reach, 28,800 knots"
assert unreachable_knots({4: 2.0, 9: 2.5}, {4: 100, 9: 40}, 2.0) == 40, "code 4 at exactly 2.0 is reachable: only code 9's 40 knots"
assert unreachable_knots({4: 1.0}, {4: 100}, 2.0) == 0, "every colour reachable: 0 knots change"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# # Part 4 — What the kit costs

# %% [markdown]
# ## Q4.1 (1 point) Wages
# Weavers are paid by the **maghat** (12,000 knots). Write `wages_rial(knots, rial_per_maghat)`: knots ÷ 12,000
# × the rate. Do not round the maghat: 57,200 knots are 4.77 maghat.
#
# Example: 57,200 knots at 1,800,000 rial a maghat: 4.77 × 1,800,000 = 8,580,000 rial.

# %% nbgrader={"grade": false, "grade_id": "a06-q4_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["wages_rial"], "answered_by": ["farshlab.carpet.maghat", "farshlab.carpet.amount_for_knots", "farshlab.carpet.in_units", "farshlab.kit.costs.estimate_kit"]}
def wages_rial(knots, rial_per_maghat):
    ### BEGIN SOLUTION
    return knots / 12000 * rial_per_maghat
    ### END SOLUTION

# %% farshlab={"library_answer": "a06-q4_1-answer"}
from farshlab.carpet import amount_for_knots


def wages_rial(knots, rial_per_maghat):
    return amount_for_knots(knots, rial_per_maghat)

# %% farshlab={"library_answer": "a06-q4_1-answer"}
from farshlab.carpet import maghat


def wages_rial(knots, rial_per_maghat):
    return maghat(knots) * rial_per_maghat

# %% farshlab={"library_answer": "a06-q4_1-answer"}
from farshlab.kit.costs import KitFigures, estimate_kit


def wages_rial(knots, rial_per_maghat):
    return estimate_kit(knots, 0, 0, 0, KitFigures(rial_per_maghat=rial_per_maghat)).wages_rial

# %% farshlab={"wrong_answer": "a06-q4_1-answer", "mistake": "counts a maghat as 14,000 knots (that is a qabal)"}
def wages_rial(knots, rial_per_maghat):
    return knots / 14000 * rial_per_maghat

# %% farshlab={"wrong_answer": "a06-q4_1-answer", "mistake": "pays whole maghat only (knots // 12000)"}
def wages_rial(knots, rial_per_maghat):
    return knots // 12000 * rial_per_maghat

# %% farshlab={"wrong_answer": "a06-q4_1-answer", "mistake": "rounds the maghat to a whole number first"}
def wages_rial(knots, rial_per_maghat):
    return round(knots / 12000) * rial_per_maghat

# %% nbgrader={"grade": true, "grade_id": "a06-q4_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = wages_rial(57200, 1800000)
assert math.isclose(got, 8580000, rel_tol=1e-9), (
    f"57,200 knots are 4.77 maghat; × 1,800,000 rial = 8,580,000 rial; your function gave {got}")
### BEGIN HIDDEN TESTS
assert math.isclose(wages_rial(178500, 2100000), 31237500, rel_tol=1e-9), "178,500 knots (14.875 maghat) at 2,100,000: 31,237,500 rial"
assert math.isclose(wages_rial(89250, 1800000), 13387500, rel_tol=1e-9), "89,250 knots at 1,800,000: 13,387,500 rial"
assert math.isclose(wages_rial(12000, 1500000), 1500000, rel_tol=1e-9), "one maghat: the rate itself"
### END HIDDEN TESTS

# %% [markdown]
# ## Q4.2 (2 points) The kit's cost
# Write `kit_cost(knots, yarn_g, dye_g, rial_per_maghat, wool_rial_per_kg, dye_rial_per_kg)`: the weavers'
# wages (use your `wages_rial`) + the wool + the dyes. Wool and dye are weighed in **grams** but priced **per
# kilogram**: ÷ 1000 first.
#
# Example: 57,200 knots, 2,300 g of yarn, 60 g of dye, 1,800,000 rial a maghat, wool 6,000,000 rial a kg and
# dye 40,000,000 rial a kg: 8,580,000 + 13,800,000 + 2,400,000 = 24,780,000 rial.

# %% nbgrader={"grade": false, "grade_id": "a06-q4_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["kit_cost"], "answered_by": ["farshlab.kit.costs.estimate_kit"]}
def kit_cost(knots, yarn_g, dye_g, rial_per_maghat, wool_rial_per_kg, dye_rial_per_kg):
    ### BEGIN SOLUTION
    wool = yarn_g / 1000 * wool_rial_per_kg
    dye = dye_g / 1000 * dye_rial_per_kg
    return wages_rial(knots, rial_per_maghat) + wool + dye
    ### END SOLUTION

# %% farshlab={"library_answer": "a06-q4_2-answer"}
from farshlab.kit.costs import KitFigures, estimate_kit


def kit_cost(knots, yarn_g, dye_g, rial_per_maghat, wool_rial_per_kg, dye_rial_per_kg):
    figures = KitFigures(rial_per_maghat=rial_per_maghat, wool_rial_per_kg=wool_rial_per_kg, dye_rial_per_kg=dye_rial_per_kg)
    return estimate_kit(knots, yarn_g, dye_g, 0, figures).total_rial

# %% farshlab={"wrong_answer": "a06-q4_2-answer", "mistake": "prices grams as if they were kilograms (no ÷ 1000)"}
def kit_cost(knots, yarn_g, dye_g, rial_per_maghat, wool_rial_per_kg, dye_rial_per_kg):
    return wages_rial(knots, rial_per_maghat) + yarn_g * wool_rial_per_kg + dye_g * dye_rial_per_kg

# %% farshlab={"wrong_answer": "a06-q4_2-answer", "mistake": "forgets the weavers' wages"}
def kit_cost(knots, yarn_g, dye_g, rial_per_maghat, wool_rial_per_kg, dye_rial_per_kg):
    return yarn_g / 1000 * wool_rial_per_kg + dye_g / 1000 * dye_rial_per_kg

# %% farshlab={"wrong_answer": "a06-q4_2-answer", "mistake": "forgets the dyes"}
def kit_cost(knots, yarn_g, dye_g, rial_per_maghat, wool_rial_per_kg, dye_rial_per_kg):
    return wages_rial(knots, rial_per_maghat) + yarn_g / 1000 * wool_rial_per_kg

# %% nbgrader={"grade": true, "grade_id": "a06-q4_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, wages_rial is a correct one, so that a mistake in an
# earlier answer does not cost the points of Q4.2 as well.
def _correct_wages_rial(knots, rial_per_maghat):
    return knots / 12000 * rial_per_maghat


_yours = {name: globals().get(name) for name in ["wages_rial"]}
wages_rial = _correct_wages_rial
### END HIDDEN TESTS
got = kit_cost(57200, 2300, 60, 1800000, 6000000, 40000000)
assert math.isclose(got, 24780000, rel_tol=1e-9), (
    "wages 8,580,000 + wool 2.3 kg × 6,000,000 = 13,800,000 + dye 0.06 kg × 40,000,000 = 2,400,000: "
    f"24,780,000 rial; your function gave {got}")
### BEGIN HIDDEN TESTS
assert math.isclose(kit_cost(178500, 982, 20, 1800000, 6000000, 40000000), 33467000, rel_tol=1e-9), (
    "26,775,000 + 5,892,000 + 800,000 = 33,467,000 rial")
assert math.isclose(kit_cost(12000, 0, 0, 1500000, 6000000, 40000000), 1500000, rel_tol=1e-9), "no yarn yet: wages only"
assert math.isclose(kit_cost(0, 500, 10, 1800000, 5000000, 30000000), 2800000, rel_tol=1e-9), "no knots: 2,500,000 + 300,000"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# # Part 5 — Choosing the plan
#
# `PLANS` in the setup cell holds four plans for the same photo: a size and a raj, a number of colours, and
# what each costs and how long it takes. A bigger, finer tableau shows the picture better but costs more
# and takes longer.

# %% [markdown]
# ## Q5.1 (2 points) The best plan within budget and time
# Write `best_plan(plans, budget_rial, max_days)` that returns the **name** of the plan with the **most knots**
# among those that cost at most `budget_rial` **and** take at most `max_days`; return `None` when no plan fits.
#
# Example: with 20,000,000 rial and 45 days, `"35 × 50 cm, 50 raj"` (89,250 knots): 50 × 70 cm at 40 raj
# costs too much and takes too long.

# %% nbgrader={"grade": false, "grade_id": "a06-q5_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["best_plan"], "answered_by": []}
def best_plan(plans, budget_rial, max_days):
    ### BEGIN SOLUTION
    fitting = [plan for plan in plans if plan["cost_rial"] <= budget_rial and plan["days"] <= max_days]
    if not fitting:
        return None
    return max(fitting, key=lambda plan: plan["knots"])["name"]
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a06-q5_1-answer", "mistake": "checks the budget but forgets the days"}
def best_plan(plans, budget_rial, max_days):
    fitting = [plan for plan in plans if plan["cost_rial"] <= budget_rial]
    if not fitting:
        return None
    return max(fitting, key=lambda plan: plan["knots"])["name"]

# %% farshlab={"wrong_answer": "a06-q5_1-answer", "mistake": "takes the cheapest plan, not the finest that fits"}
def best_plan(plans, budget_rial, max_days):
    fitting = [plan for plan in plans if plan["cost_rial"] <= budget_rial and plan["days"] <= max_days]
    if not fitting:
        return None
    return min(fitting, key=lambda plan: plan["cost_rial"])["name"]

# %% farshlab={"wrong_answer": "a06-q5_1-answer", "mistake": "< instead of ≤: a plan costing exactly the budget is refused"}
def best_plan(plans, budget_rial, max_days):
    fitting = [plan for plan in plans if plan["cost_rial"] < budget_rial and plan["days"] < max_days]
    if not fitting:
        return None
    return max(fitting, key=lambda plan: plan["knots"])["name"]

# %% farshlab={"wrong_answer": "a06-q5_1-answer", "mistake": "returns the whole plan (a dictionary) instead of its name"}
def best_plan(plans, budget_rial, max_days):
    fitting = [plan for plan in plans if plan["cost_rial"] <= budget_rial and plan["days"] <= max_days]
    if not fitting:
        return None
    return max(fitting, key=lambda plan: plan["knots"])

# %% nbgrader={"grade": true, "grade_id": "a06-q5_1-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = best_plan(PLANS, 20000000, 45)
assert got == "35 × 50 cm, 50 raj", (
    "within 20,000,000 rial and 45 days the plan with most knots is '35 × 50 cm, 50 raj' (89,250 knots); "
    f"your function gave {got!r}")
### BEGIN HIDDEN TESTS
got = best_plan(PLANS, 22000000, 45)
assert got == "35 × 50 cm, 50 raj", f"50 × 70 cm at 40 raj fits 22,000,000 rial but takes 48 days, more than 45; got {got!r}"
assert best_plan(PLANS, 22000000, 50) == "50 × 70 cm, 40 raj", "22,000,000 rial and 50 days: 50 × 70 cm at 40 raj"
assert best_plan(PLANS, 16725000, 38) == "35 × 50 cm, 50 raj", "a plan that costs exactly the budget and takes exactly the days fits"
assert best_plan(PLANS, 10000000, 100) is None, "nothing costs 10,000,000 rial or less: None"
assert best_plan(PLANS, 50000000, 100) == "50 × 70 cm, 50 raj", "a large budget: the finest, biggest plan"
### END HIDDEN TESTS

# %% [markdown]
# ## Q5.2 (1 point) How many colours
# More colours show the photo more faithfully (the mean ΔE00 between the photo and the chart falls) but each
# colour needs its own dye lots. Write `fewest_colours(mean_delta_e_by_count, tolerance)`: the dictionary gives,
# for each number of colours, the mean ΔE00 of the chart; return the **smallest** number of colours whose mean
# ΔE00 is at most `tolerance`, or `None` if none is.
#
# Example: `{8: 6.1, 12: 4.8, 16: 3.9, 24: 3.1, 32: 2.6}` with tolerance 4.0 gives 16.

# %% nbgrader={"grade": false, "grade_id": "a06-q5_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["fewest_colours"], "answered_by": []}
def fewest_colours(mean_delta_e_by_count, tolerance):
    ### BEGIN SOLUTION
    good = [count for count, delta_e in mean_delta_e_by_count.items() if delta_e <= tolerance]
    if not good:
        return None
    return min(good)
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a06-q5_2-answer", "mistake": "the largest count that is good enough, not the smallest"}
def fewest_colours(mean_delta_e_by_count, tolerance):
    good = [count for count, delta_e in mean_delta_e_by_count.items() if delta_e <= tolerance]
    if not good:
        return None
    return max(good)

# %% farshlab={"wrong_answer": "a06-q5_2-answer", "mistake": "returns the mean ΔE instead of the number of colours"}
def fewest_colours(mean_delta_e_by_count, tolerance):
    good = [delta_e for count, delta_e in mean_delta_e_by_count.items() if delta_e <= tolerance]
    if not good:
        return None
    return max(good)

# %% farshlab={"wrong_answer": "a06-q5_2-answer", "mistake": "< instead of ≤: a count exactly at the tolerance is refused"}
def fewest_colours(mean_delta_e_by_count, tolerance):
    good = [count for count, delta_e in mean_delta_e_by_count.items() if delta_e < tolerance]
    if not good:
        return None
    return min(good)

# %% nbgrader={"grade": true, "grade_id": "a06-q5_2-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = fewest_colours({8: 6.1, 12: 4.8, 16: 3.9, 24: 3.1, 32: 2.6}, 4.0)
assert got == 16, f"16 colours is the fewest with a mean ΔE00 of 4.0 or less (3.9); your function gave {got}"
### BEGIN HIDDEN TESTS
assert fewest_colours({8: 6.1, 12: 4.8, 16: 3.9, 24: 3.1, 32: 2.6}, 3.1) == 24, "exactly 3.1 is good enough: 24 colours"
assert fewest_colours({32: 2.6, 8: 6.1, 24: 3.1}, 7.0) == 8, "every count is good enough: the fewest, 8 (in any order)"
assert fewest_colours({8: 6.1, 12: 4.8}, 2.0) is None, "none is good enough: None"
### END HIDDEN TESTS

# %% [markdown]
# # Part 6 — The project: a kit for a customer (read by your instructor)
#
# A customer brings a photo and asks for a tableau. Make the kit with `farshlab kit` in a terminal
# (Lesson 6, section 8, shows how): choose a size, a raj and a number of colours, run it, and open the
# `kit.pdf` and `recipes.csv` it writes. Try at least two plans. Use the photo your instructor gives you, or
# one of your own. Then answer the three questions below, in English or Persian. Your instructor scores
# them with a rubric (9 points): numbers that agree with your kit files, choices weighed against cost and
# weaving time, and a dyer's check of every colour.

# %% [markdown]
# ## Q6.1 (3 points, read by your instructor) Your kit in numbers
# Write down the plan you chose: the photo, the size in cm, the raj, the number of colours, the knots, the
# maghat, the yarn in grams, the number of dye lots of the biggest colour, the weaving days (say how many
# weavers and how many knots a day), and the cost in rial with the figures it rests on. Copy the numbers
# from your kit files, and say which file each comes from.

# %% [markdown] nbgrader={"grade": true, "grade_id": "a06-q6_1-written", "locked": false, "points": 3, "schema_version": 3, "solution": true}
# (The instructor's model answer.) Photo `portrait.png`; 35 × 50 cm at 40 raj: 200 × 286 = 57,200 knots,
# 4.77 maghat; 24 colours; 315 g of yarn (4 cm a knot, Nm 8, 1 ply, 10 % waste, from `recipes.csv`, column
# `yarn_grams`, summed); the biggest colour, code 1 with 21,000 knots, needs 115.5 g: one lot at 1,000 g a bath; 2 weavers at 1,200 knots a
# day: 24 days; cost 10,719,000 rial (wages 1,800,000 rial a maghat, wool 6,000,000 and dye 40,000,000 rial a
# kg, from `kit.pdf`, page 1).

# %% [markdown]
# ## Q6.2 (4 points, read by your instructor) Why this plan
# Compare the plans you tried (at least two: another size, raj or number of colours). Which did you choose
# for the customer, and why — what does the customer gain or lose in the picture, in the price and in the
# waiting time? Would you advise a different plan for a customer with half the budget?

# %% [markdown] nbgrader={"grade": true, "grade_id": "a06-q6_2-written", "locked": false, "points": 4, "schema_version": 3, "solution": true}
# (The instructor's model answer.) I tried 35 × 50 cm at 40 raj with 24 colours and 35 × 50 cm at 50 raj with
# 32 colours. At 50 raj the face has more knots (89,250 against 57,200), so the eyes and the mouth are finer,
# but wages grow with the knots: 16,725,000 rial against 10,719,000, and 38 weaving days against 24. The
# customer wanted it within two months for about 17,000,000 rial, so I chose 50 raj: it fits both, and the
# extra colours keep the skin tones smooth. With half the budget I would advise 40 raj and fewer colours:
# the picture is coarser but still clear from two metres away.

# %% [markdown]
# ## Q6.3 (2 points, read by your instructor) Can the dyer make every colour?
# Look at the `reachable` and `delta_e00` columns of your `recipes.csv`. Which colours could the dyer not
# reach (ΔE00 above 2.0), how many knots do they cover, and what did you do about them (`--only-reachable`,
# fewer colours, another yarn legend, or ask the dyer for a lab dip)? Are any recipes flagged metameric, and
# what would you tell the dyer about them?

# %% [markdown] nbgrader={"grade": true, "grade_id": "a06-q6_3-written", "locked": false, "points": 2, "schema_version": 3, "solution": true}
# (The instructor's model answer.) Two colours were out of reach: a bright sky blue (ΔE00 3.6) and a
# yellow-green (2.04), 7,200 knots between them, about an eighth of the picture. I made the kit again with
# `--only-reachable`, so they were replaced by the nearest shades the dyer can make; the sky came out a
# little greyer but nothing else changed. One recipe was flagged metameric: I would ask the dyer to judge
# that lab dip in daylight and again under the shop light before dyeing the lots.
