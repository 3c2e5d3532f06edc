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
# # Assignment a04 — Dye mixing: recipes, K/S, predicting and matching a shade
#
# This assignment practises Lesson 4 (`lessons/04_dye_mixing.ipynb`). There are 18 questions, 29 points:
# 17 small pieces of code that the computer checks (26 points) and 1 written answer that your
# instructor reads (3 points).
#
# **What to do**
# - Run the cells from the top with **Shift + Enter**. Run the grey *setup* cell below first.
# - In each answer cell, delete the line `raise NotImplementedError()` and write your code in its place.
#   Keep the `def …` line as it is: the name and the order of the arguments must stay the same.
# - Under each answer cell is a locked **test cell**. Run it: if nothing appears, your answer passed the
#   tests you can see. If a pink box appears, read its last line. When you hand in, more tests (which you
#   cannot see) check your answer with other numbers, so make your code work for any batch.
# - Before you hand in, click **Validate** (or *Kernel → Restart Kernel and Run All Cells…*).
# - Write the maths yourself with `math` and numpy: do **not** import `farshlab.dye` (it would do the
#   work for you, and you would not learn the steps).
#
# Remember from the lesson: % owf means "grams of dye per 100 g of dry wool"; a 1 % stock solution
# holds 10 g of dye per litre; a liquor ratio 1:40 means 40 litres of bath per kg of wool.

# %% [markdown]
# Run this setup cell first. Parts 3 and 4 use a **tiny made-up dye set** with only three wavelength
# bands (blue 450 nm, green 550 nm, red 650 nm) instead of 31, so that you can check every number by
# hand. The numbers are for practice only: they are not real dyes.

# %% nbgrader={"grade": false, "grade_id": "a04-setup", "locked": true, "schema_version": 3, "solution": false}
import math

import numpy as np

BANDS_NM = [450, 550, 650]
# undyed off-white wool: its reflectance (0-1) in the three bands
SUBSTRATE_R = np.array([0.60, 0.75, 0.80])
# unit K/S of two made-up dyes: the K/S one dye adds per 1 % owf, in each band
UNIT_KS = {
    "yellow": np.array([6.0, 0.4, 0.05]),
    "blue": np.array([0.3, 1.5, 5.0]),
}
# how much each band counts towards X, Y, Z (rows: bands; columns: X, Y, Z); made up for practice
WEIGHTS = np.array([
    [0.20, 0.06, 0.95],
    [0.35, 0.80, 0.06],
    [0.40, 0.14, 0.00],
])
# the white: a perfect white reflects 1 in every band, so its X, Y, Z are the column sums
WHITE = WEIGHTS.sum(axis=0)  # [0.95, 1.0, 1.01]


def lab_f(t):
    """CIELAB's f(t) from Lesson 2: the cube root, with a straight line for very dark colours."""
    if t > 216 / 24389:
        return t ** (1 / 3)
    return (24389 / 27 * t + 16) / 116


# %% [markdown]
# # Part 1 — Recipe arithmetic

# %% [markdown]
# ## Q1.1 (1 point) Grams of dye
# Write `dye_grams(fibre_g, owf_percent)` that returns the grams of dye for `fibre_g` grams of dry wool
# dyed at `owf_percent` % on weight of fibre.
#
# Example: 500 g of wool at 2.5 % owf needs 12.5 g of dye.

# %% nbgrader={"grade": false, "grade_id": "a04-q1_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["dye_grams"], "answered_by": ["farshlab.dye.dye_grams"]}
def dye_grams(fibre_g, owf_percent):
    ### BEGIN SOLUTION
    return fibre_g * owf_percent / 100
    ### END SOLUTION

# %% farshlab={"library_answer": "a04-q1_1-answer"}
from farshlab.dye import dye_grams

# %% farshlab={"wrong_answer": "a04-q1_1-answer", "mistake": "forgets ÷ 100: takes 2.5 % as 2.5 times"}
def dye_grams(fibre_g, owf_percent):
    return fibre_g * owf_percent

# %% farshlab={"wrong_answer": "a04-q1_1-answer", "mistake": "÷ 1000 (grams to kilograms) instead of ÷ 100"}
def dye_grams(fibre_g, owf_percent):
    return fibre_g * owf_percent / 1000

# %% farshlab={"wrong_answer": "a04-q1_1-answer", "mistake": "divides the wool by the percent"}
def dye_grams(fibre_g, owf_percent):
    return fibre_g / owf_percent

# %% nbgrader={"grade": true, "grade_id": "a04-q1_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = dye_grams(500, 2.5)
assert math.isclose(got, 12.5, rel_tol=1e-9), f"500 g of wool at 2.5 % owf needs 12.5 g of dye (500 × 2.5 / 100); your function gave {got}"
### BEGIN HIDDEN TESTS
assert math.isclose(dye_grams(1000, 0.5), 5.0, rel_tol=1e-9), f"1 kg at 0.5 % is 5 g, got {dye_grams(1000, 0.5)}"
assert math.isclose(dye_grams(250, 4), 10.0, rel_tol=1e-9), f"250 g at 4 % is 10 g, got {dye_grams(250, 4)}"
assert math.isclose(dye_grams(10, 0.3), 0.03, rel_tol=1e-9), f"a 10 g lab dip at 0.3 % is 0.03 g, got {dye_grams(10, 0.3)}"
### END HIDDEN TESTS

# %% [markdown]
# ## Q1.2 (1 point) Millilitres of stock solution
# Dye for small batches is measured as a solution. A `stock_percent` % stock holds `stock_percent × 10`
# grams of dye per litre (a 1 % stock is 10 g/L). Write `stock_ml(fibre_g, owf_percent, stock_percent)`
# that returns the millilitres of stock to pipette.
#
# Example: 2.5 % owf on 500 g from a 1 % stock is 12.5 g ÷ 10 g/L = 1.25 L = 1250 ml.

# %% nbgrader={"grade": false, "grade_id": "a04-q1_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["stock_ml"], "answered_by": ["farshlab.dye.stock_ml", "farshlab.dye.stock_g_per_l"]}
def stock_ml(fibre_g, owf_percent, stock_percent):
    ### BEGIN SOLUTION
    return fibre_g * owf_percent / stock_percent
    ### END SOLUTION

# %% farshlab={"library_answer": "a04-q1_2-answer"}
from farshlab.dye import stock_ml

# %% farshlab={"library_answer": "a04-q1_2-answer"}
from farshlab.dye import stock_g_per_l


def stock_ml(fibre_g, owf_percent, stock_percent):
    return fibre_g * owf_percent / 100 / stock_g_per_l(stock_percent) * 1000

# %% farshlab={"wrong_answer": "a04-q1_2-answer", "mistake": "takes a 1 % stock as 1 g per litre: 12,500 ml instead of 1,250"}
def stock_ml(fibre_g, owf_percent, stock_percent):
    return fibre_g * owf_percent / 100 / stock_percent * 1000

# %% farshlab={"wrong_answer": "a04-q1_2-answer", "mistake": "answers in litres, not millilitres"}
def stock_ml(fibre_g, owf_percent, stock_percent):
    return fibre_g * owf_percent / 100 / (stock_percent * 10)

# %% farshlab={"wrong_answer": "a04-q1_2-answer", "mistake": "takes a 1 % stock as 100 g per litre: 125 ml"}
def stock_ml(fibre_g, owf_percent, stock_percent):
    return fibre_g * owf_percent / 100 / (stock_percent * 100) * 1000

# %% nbgrader={"grade": true, "grade_id": "a04-q1_2-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, dye_grams is a correct one, so that a mistake in an
# earlier answer does not cost the points of Q1.2 as well.
def _correct_dye_grams(fibre_g, owf_percent):
    return fibre_g * owf_percent / 100


_yours = {name: globals().get(name) for name in ["dye_grams"]}
dye_grams = _correct_dye_grams
### END HIDDEN TESTS
got = stock_ml(500, 2.5, 1.0)
assert math.isclose(got, 1250.0, rel_tol=1e-9), f"2.5 % on 500 g from a 1 % stock is 1250 ml; your function gave {got}"
### BEGIN HIDDEN TESTS
assert math.isclose(stock_ml(10, 1.0, 0.5), 20.0, rel_tol=1e-9), f"0.1 g of dye from a 0.5 % stock (5 g/L) is 20 ml, got {stock_ml(10, 1.0, 0.5)}"
assert math.isclose(stock_ml(200, 0.25, 2.0), 25.0, rel_tol=1e-9), f"0.5 g from a 2 % stock (20 g/L) is 25 ml, got {stock_ml(200, 0.25, 2.0)}"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## Q1.3 (1 point) Litres of liquor
# Write `liquor_litres(fibre_g, liquor_ratio)`: the litres of bath for `fibre_g` grams of wool at a
# liquor ratio 1:`liquor_ratio` (that many litres per **kilogram** of wool).
#
# Example: 500 g at 1:40 needs 20 L.

# %% nbgrader={"grade": false, "grade_id": "a04-q1_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["liquor_litres"], "answered_by": ["farshlab.dye.liquor_litres"]}
def liquor_litres(fibre_g, liquor_ratio):
    ### BEGIN SOLUTION
    return fibre_g / 1000 * liquor_ratio
    ### END SOLUTION

# %% farshlab={"library_answer": "a04-q1_3-answer"}
from farshlab.dye import liquor_litres

# %% farshlab={"wrong_answer": "a04-q1_3-answer", "mistake": "forgets to turn grams into kilograms"}
def liquor_litres(fibre_g, liquor_ratio):
    return fibre_g * liquor_ratio

# %% farshlab={"wrong_answer": "a04-q1_3-answer", "mistake": "divides by the ratio instead of multiplying"}
def liquor_litres(fibre_g, liquor_ratio):
    return fibre_g / liquor_ratio

# %% farshlab={"wrong_answer": "a04-q1_3-answer", "mistake": "÷ 100 instead of ÷ 1000 for the kilograms"}
def liquor_litres(fibre_g, liquor_ratio):
    return fibre_g / 100 * liquor_ratio

# %% nbgrader={"grade": true, "grade_id": "a04-q1_3-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = liquor_litres(500, 40)
assert math.isclose(got, 20.0, rel_tol=1e-9), f"500 g is 0.5 kg; at 1:40 that is 0.5 × 40 = 20 L; your function gave {got}"
### BEGIN HIDDEN TESTS
assert math.isclose(liquor_litres(2500, 30), 75.0, rel_tol=1e-9), f"2.5 kg at 1:30 is 75 L, got {liquor_litres(2500, 30)}"
assert math.isclose(liquor_litres(10, 50), 0.5, rel_tol=1e-9), f"a 10 g dip at 1:50 is 0.5 L, got {liquor_litres(10, 50)}"
### END HIDDEN TESTS

# %% [markdown]
# ## Q1.4 (2 points) Auxiliaries: % owf or g/L
# Bath chemicals are given in two ways. Write `auxiliary_grams(amount, unit, fibre_g, liquor_l)`:
# - when `unit` is `"% owf"`, the grams come from the wool: `fibre_g × amount / 100`;
# - when `unit` is `"g/L"`, the grams come from the bath: `amount × liquor_l`.
#
# Example: Glauber's salt at 10 % owf on 500 g is 50 g; sodium acetate at 2 g/L in a 20 L bath is 40 g.

# %% nbgrader={"grade": false, "grade_id": "a04-q1_4-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["auxiliary_grams"], "answered_by": ["farshlab.dye.auxiliary_grams"]}
def auxiliary_grams(amount, unit, fibre_g, liquor_l):
    ### BEGIN SOLUTION
    if unit == "% owf":
        return fibre_g * amount / 100
    return amount * liquor_l
    ### END SOLUTION

# %% farshlab={"library_answer": "a04-q1_4-answer"}
from farshlab.dye import auxiliary_grams

# %% farshlab={"wrong_answer": "a04-q1_4-answer", "mistake": "% owf without ÷ 100"}
def auxiliary_grams(amount, unit, fibre_g, liquor_l):
    if unit == "% owf":
        return fibre_g * amount
    return amount * liquor_l

# %% farshlab={"wrong_answer": "a04-q1_4-answer", "mistake": "g/L worked from the wool (kg) instead of the bath (litres)"}
def auxiliary_grams(amount, unit, fibre_g, liquor_l):
    if unit == "% owf":
        return fibre_g * amount / 100
    return amount * fibre_g / 1000

# %% farshlab={"wrong_answer": "a04-q1_4-answer", "mistake": "the two units the wrong way round"}
def auxiliary_grams(amount, unit, fibre_g, liquor_l):
    if unit == "g/L":
        return fibre_g * amount / 100
    return amount * liquor_l

# %% nbgrader={"grade": true, "grade_id": "a04-q1_4-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = auxiliary_grams(10, "% owf", 500, 20)
assert math.isclose(got, 50.0, rel_tol=1e-9), f"Glauber's salt 10 % owf on 500 g is 50 g; your function gave {got}"
got = auxiliary_grams(2, "g/L", 500, 20)
assert math.isclose(got, 40.0, rel_tol=1e-9), f"2 g/L in a 20 L bath is 40 g; your function gave {got}"
### BEGIN HIDDEN TESTS
assert math.isclose(auxiliary_grams(3, "% owf", 2000, 80), 60.0, rel_tol=1e-9), f"sulfuric acid 3 % on 2 kg is 60 g, got {auxiliary_grams(3, '% owf', 2000, 80)}"
assert math.isclose(auxiliary_grams(0.5, "g/L", 2000, 80), 40.0, rel_tol=1e-9), f"0.5 g/L in 80 L is 40 g, got {auxiliary_grams(0.5, 'g/L', 2000, 80)}"
### END HIDDEN TESTS

# %% [markdown]
# ## Q1.5 (1 point) From the lab dip to the bulk batch
# The lab dip recipe is a dictionary dye → % owf. The depth stays the same in bulk; only the grams
# change. Write `bulk_grams(recipe_owf, bulk_fibre_g)` that returns a dictionary dye → grams for the
# bulk batch.
#
# Example: `bulk_grams({"red": 1.0, "yellow": 0.2}, 25000)` is `{"red": 250.0, "yellow": 50.0}`.

# %% nbgrader={"grade": false, "grade_id": "a04-q1_5-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["bulk_grams"], "answered_by": ["farshlab.dye.batch_recipe", "farshlab.dye.scale_recipe"]}
def bulk_grams(recipe_owf, bulk_fibre_g):
    ### BEGIN SOLUTION
    return {dye: bulk_fibre_g * owf / 100 for dye, owf in recipe_owf.items()}
    ### END SOLUTION

# %% farshlab={"library_answer": "a04-q1_5-answer"}
from farshlab.dye import batch_recipe


def bulk_grams(recipe_owf, bulk_fibre_g):
    return {line.name: line.grams for line in batch_recipe(recipe_owf, bulk_fibre_g, 40).dyes}

# %% farshlab={"library_answer": "a04-q1_5-answer"}
from farshlab.dye import BatchRecipe, DyeLine, scale_recipe


def bulk_grams(recipe_owf, bulk_fibre_g):
    dip = BatchRecipe(10.0, 40.0, 0.4, 1.0, tuple(DyeLine(dye, owf, owf / 10, 0.0) for dye, owf in recipe_owf.items()), ())
    return {line.name: line.grams for line in scale_recipe(dip, bulk_fibre_g).dyes}

# %% farshlab={"wrong_answer": "a04-q1_5-answer", "mistake": "forgets ÷ 100"}
def bulk_grams(recipe_owf, bulk_fibre_g):
    return {dye: bulk_fibre_g * owf for dye, owf in recipe_owf.items()}

# %% farshlab={"wrong_answer": "a04-q1_5-answer", "mistake": "gives kilograms instead of grams"}
def bulk_grams(recipe_owf, bulk_fibre_g):
    return {dye: bulk_fibre_g * owf / 100 / 1000 for dye, owf in recipe_owf.items()}

# %% farshlab={"wrong_answer": "a04-q1_5-answer", "mistake": "leaves out a dye at 0 %"}
def bulk_grams(recipe_owf, bulk_fibre_g):
    return {dye: bulk_fibre_g * owf / 100 for dye, owf in recipe_owf.items() if owf}

# %% nbgrader={"grade": true, "grade_id": "a04-q1_5-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, dye_grams is a correct one, so that a mistake in an
# earlier answer does not cost the points of Q1.5 as well.
def _correct_dye_grams(fibre_g, owf_percent):
    return fibre_g * owf_percent / 100


_yours = {name: globals().get(name) for name in ["dye_grams"]}
dye_grams = _correct_dye_grams
### END HIDDEN TESTS
got = bulk_grams({"red": 1.0, "yellow": 0.2}, 25000)
assert set(got) == {"red", "yellow"}, f"the answer should have the same dyes as the recipe, got {got}"
assert math.isclose(got["red"], 250.0) and math.isclose(got["yellow"], 50.0), f"25 kg at 1 % is 250 g and at 0.2 % is 50 g; got {got}"
### BEGIN HIDDEN TESTS
got = bulk_grams({"blue": 0.35, "black": 1.5, "orange": 0.0}, 8000)
assert math.isclose(got["blue"], 28.0) and math.isclose(got["black"], 120.0) and got["orange"] == 0, f"expected blue 28, black 120, orange 0; got {got}"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## Q1.6 (2 points) Cost per kg of yarn
# Write `cost_per_kg(recipe_owf, prices_per_kg)`: the cost of the dyes and chemicals for **1 kg** of
# wool. `recipe_owf` gives each product in % owf, `prices_per_kg` its price per kg of product.
# (1 kg of wool at 2 % owf takes 0.02 kg of that product.)
#
# Example: red 2 % at 3,000,000 per kg plus Glauber's salt 10 % at 50,000 per kg:
# 0.02 × 3,000,000 + 0.10 × 50,000 = 65,000 per kg of yarn.

# %% nbgrader={"grade": false, "grade_id": "a04-q1_6-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["cost_per_kg"], "answered_by": ["farshlab.dye.cost_per_kg"]}
def cost_per_kg(recipe_owf, prices_per_kg):
    ### BEGIN SOLUTION
    return sum(owf / 100 * prices_per_kg[name] for name, owf in recipe_owf.items())
    ### END SOLUTION

# %% farshlab={"library_answer": "a04-q1_6-answer"}
from farshlab.dye import BatchRecipe, DyeLine
from farshlab.dye import cost_per_kg as _cost


def cost_per_kg(recipe_owf, prices_per_kg):
    lines = tuple(DyeLine(name, owf, 1000 * owf / 100, 0.0) for name, owf in recipe_owf.items())
    return _cost(BatchRecipe(1000.0, 40.0, 40.0, 1.0, lines, ()), prices_per_kg)

# %% farshlab={"wrong_answer": "a04-q1_6-answer", "mistake": "forgets ÷ 100: 2 % taken as 2 kg of product"}
def cost_per_kg(recipe_owf, prices_per_kg):
    return sum(owf * prices_per_kg[name] for name, owf in recipe_owf.items())

# %% farshlab={"wrong_answer": "a04-q1_6-answer", "mistake": "works in grams of product but prices per kg: 1,000 times too much"}
def cost_per_kg(recipe_owf, prices_per_kg):
    return sum(1000 * owf / 100 * prices_per_kg[name] for name, owf in recipe_owf.items())

# %% farshlab={"wrong_answer": "a04-q1_6-answer", "mistake": "takes the price per gram (÷ 1000) as well: 1,000 times too little"}
def cost_per_kg(recipe_owf, prices_per_kg):
    return sum(owf / 100 * prices_per_kg[name] / 1000 for name, owf in recipe_owf.items())

# %% nbgrader={"grade": true, "grade_id": "a04-q1_6-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = cost_per_kg({"red": 2.0, "salt": 10.0}, {"red": 3_000_000, "salt": 50_000})
assert math.isclose(got, 65_000, rel_tol=1e-9), f"0.02 × 3,000,000 + 0.10 × 50,000 = 65,000; your function gave {got}"
### BEGIN HIDDEN TESTS
got = cost_per_kg({"yellow": 0.5, "blue": 0.25, "acid": 3.0}, {"yellow": 2_000_000, "blue": 4_000_000, "acid": 100_000})
assert math.isclose(got, 23_000, rel_tol=1e-9), f"10,000 + 10,000 + 3,000 = 23,000; got {got}"
### END HIDDEN TESTS

# %% [markdown]
# # Part 2 — Kubelka–Munk: reflectance and K/S

# %% [markdown]
# ## Q2.1 (1 point) From reflectance to K/S
# Write `ks_from_reflectance(R)` that returns $K/S = (1-R)^2 / (2R)$. It must work for one number and
# for a numpy array of reflectances alike.

# %% nbgrader={"grade": false, "grade_id": "a04-q2_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["ks_from_reflectance"], "answered_by": ["farshlab.dye.ks_from_reflectance"]}
def ks_from_reflectance(R):
    ### BEGIN SOLUTION
    return (1 - R) ** 2 / (2 * R)
    ### END SOLUTION

# %% farshlab={"library_answer": "a04-q2_1-answer"}
from farshlab.dye import ks_from_reflectance

# %% farshlab={"wrong_answer": "a04-q2_1-answer", "mistake": "(1 - R) ** 2 / 2 * R: multiplies by R instead of dividing by 2R"}
def ks_from_reflectance(R):
    return (1 - R) ** 2 / 2 * R

# %% farshlab={"wrong_answer": "a04-q2_1-answer", "mistake": "(1 - R ** 2): squares R instead of (1 - R)"}
def ks_from_reflectance(R):
    return (1 - R ** 2) / (2 * R)

# %% farshlab={"wrong_answer": "a04-q2_1-answer", "mistake": "math.pow: works for one number but not for an array"}
def ks_from_reflectance(R):
    return math.pow(1 - R, 2) / (2 * R)

# %% nbgrader={"grade": true, "grade_id": "a04-q2_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = ks_from_reflectance(0.5)
assert math.isclose(got, 0.25, rel_tol=1e-9), f"for R = 0.5 the answer is 0.25 (0.5² / 1); your function gave {got}"
### BEGIN HIDDEN TESTS
assert math.isclose(ks_from_reflectance(0.2), 1.6, rel_tol=1e-9), f"R = 0.2 gives 0.64 / 0.4 = 1.6, got {ks_from_reflectance(0.2)}"
assert math.isclose(ks_from_reflectance(1.0), 0.0, abs_tol=1e-12), "a perfect white (R = 1) has K/S = 0"
assert np.allclose(ks_from_reflectance(np.array([0.05, 0.9])), [9.025, 0.0055555556]), "an array of reflectances should give an array of K/S"
### END HIDDEN TESTS

# %% [markdown]
# ## Q2.2 (2 points) From K/S back to reflectance
# Write `reflectance_from_ks(ks)` that returns $R = 1 + K/S - \sqrt{(K/S)^2 + 2\,K/S}$ (use `np.sqrt`,
# so that it works for arrays too).

# %% nbgrader={"grade": false, "grade_id": "a04-q2_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["reflectance_from_ks"], "answered_by": ["farshlab.dye.reflectance_from_ks"]}
def reflectance_from_ks(ks):
    ### BEGIN SOLUTION
    return 1 + ks - np.sqrt(ks ** 2 + 2 * ks)
    ### END SOLUTION

# %% farshlab={"library_answer": "a04-q2_2-answer"}
from farshlab.dye import reflectance_from_ks

# %% farshlab={"wrong_answer": "a04-q2_2-answer", "mistake": "math.sqrt: works for one number but not for an array"}
def reflectance_from_ks(ks):
    return 1 + ks - math.sqrt(ks ** 2 + 2 * ks)

# %% farshlab={"wrong_answer": "a04-q2_2-answer", "mistake": "+ √ instead of − √"}
def reflectance_from_ks(ks):
    return 1 + ks + np.sqrt(ks ** 2 + 2 * ks)

# %% farshlab={"wrong_answer": "a04-q2_2-answer", "mistake": "forgets the 2 in 2·K/S"}
def reflectance_from_ks(ks):
    return 1 + ks - np.sqrt(ks ** 2 + ks)

# %% nbgrader={"grade": true, "grade_id": "a04-q2_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = reflectance_from_ks(0.25)
assert math.isclose(got, 0.5, rel_tol=1e-9), f"K/S = 0.25 gives R = 1.25 − 0.75 = 0.5; your function gave {got}"
### BEGIN HIDDEN TESTS
assert math.isclose(reflectance_from_ks(3.0), 0.1270166538, rel_tol=1e-8), f"K/S = 3 gives R = 0.12702, got {reflectance_from_ks(3.0)}"
assert math.isclose(reflectance_from_ks(0.0), 1.0, rel_tol=1e-12), "K/S = 0 is a perfect white, R = 1"
assert np.allclose(reflectance_from_ks(np.array([0.1, 1.6])), [0.6417424305, 0.2]), "an array of K/S should give an array of R"
### END HIDDEN TESTS

# %% [markdown]
# ## Q2.3 (2 points) Unit K/S from a calibration dyeing
# A dyer dyes a skein at `owf_percent` % and measures it: reflectance `dyed_R` in one band, where the
# undyed wool reflects `substrate_R`. Write `unit_ks(dyed_R, substrate_R, owf_percent)`: the K/S the dye
# added, **per 1 % owf**: (K/S of the dyeing − K/S of the wool) ÷ owf_percent.
#
# Example: `unit_ks(0.3, 0.75, 0.5)` is (0.81667 − 0.04167) / 0.5 = 1.55.

# %% nbgrader={"grade": false, "grade_id": "a04-q2_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["unit_ks"], "answered_by": ["farshlab.dye.unit_ks"]}
def unit_ks(dyed_R, substrate_R, owf_percent):
    ### BEGIN SOLUTION
    return (ks_from_reflectance(dyed_R) - ks_from_reflectance(substrate_R)) / owf_percent
    ### END SOLUTION

# %% farshlab={"library_answer": "a04-q2_3-answer"}
from farshlab.dye import unit_ks as _unit_ks


def unit_ks(dyed_R, substrate_R, owf_percent):
    return float(_unit_ks([owf_percent], [[dyed_R]], [substrate_R])[0][0])

# %% farshlab={"wrong_answer": "a04-q2_3-answer", "mistake": "forgets to take off the wool's own K/S"}
def unit_ks(dyed_R, substrate_R, owf_percent):
    return ks_from_reflectance(dyed_R) / owf_percent

# %% farshlab={"wrong_answer": "a04-q2_3-answer", "mistake": "multiplies by the % owf instead of dividing"}
def unit_ks(dyed_R, substrate_R, owf_percent):
    return (ks_from_reflectance(dyed_R) - ks_from_reflectance(substrate_R)) * owf_percent

# %% farshlab={"wrong_answer": "a04-q2_3-answer", "mistake": "brackets missing: divides only the wool's K/S by the % owf"}
def unit_ks(dyed_R, substrate_R, owf_percent):
    return ks_from_reflectance(dyed_R) - ks_from_reflectance(substrate_R) / owf_percent

# %% nbgrader={"grade": true, "grade_id": "a04-q2_3-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, ks_from_reflectance is a correct one, so that a mistake
# in an earlier answer does not cost the points of Q2.3 as well.
def _correct_ks_from_reflectance(R):
    R = np.asarray(R, dtype=float)
    ks = (1 - R) ** 2 / (2 * R)
    return ks if ks.ndim else float(ks)


_yours = {name: globals().get(name) for name in ["ks_from_reflectance"]}
ks_from_reflectance = _correct_ks_from_reflectance
### END HIDDEN TESTS
got = unit_ks(0.3, 0.75, 0.5)
assert math.isclose(got, 1.55, rel_tol=1e-8), f"(0.81667 − 0.04167) / 0.5 = 1.55; your function gave {got}"
### BEGIN HIDDEN TESTS
assert math.isclose(unit_ks(0.12, 0.6, 2.0), 1.5466666667, rel_tol=1e-8), f"(3.22667 − 0.13333) / 2 = 1.54667, got {unit_ks(0.12, 0.6, 2.0)}"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# # Part 3 — Predicting a mix (three bands)

# %% [markdown]
# ## Q3.1 (2 points) Mixing in K/S
# Dyes add up in K/S, not in reflectance or RGB: K/S of the mix = K/S of the wool + Σ (% owf × unit K/S).
# Write `mix_ks(substrate_ks, unit_ks_by_dye, recipe)` where `substrate_ks` is a numpy array (one value
# per band), `unit_ks_by_dye` a dictionary like `UNIT_KS`, and `recipe` a dictionary dye → % owf. Return
# a numpy array.
#
# Example: yellow 1 % + blue 0.5 % on our wool gives K/S `[6.28333, 1.19167, 2.575]`.

# %% nbgrader={"grade": false, "grade_id": "a04-q3_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["mix_ks"], "answered_by": []}
def mix_ks(substrate_ks, unit_ks_by_dye, recipe):
    ### BEGIN SOLUTION
    total = np.array(substrate_ks, dtype=float)
    for dye, owf in recipe.items():
        total = total + owf * np.asarray(unit_ks_by_dye[dye])
    return total
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a04-q3_1-answer", "mistake": "forgets the wool: starts from zero"}
def mix_ks(substrate_ks, unit_ks_by_dye, recipe):
    total = np.zeros(len(substrate_ks))
    for dye, owf in recipe.items():
        total = total + owf * np.asarray(unit_ks_by_dye[dye])
    return total

# %% farshlab={"wrong_answer": "a04-q3_1-answer", "mistake": "adds each dye's unit K/S without its % owf"}
def mix_ks(substrate_ks, unit_ks_by_dye, recipe):
    total = np.array(substrate_ks, dtype=float)
    for dye in recipe:
        total = total + np.asarray(unit_ks_by_dye[dye])
    return total

# %% farshlab={"wrong_answer": "a04-q3_1-answer", "mistake": "adds into the wool's array in place (+=): changes the array it was given"}
def mix_ks(substrate_ks, unit_ks_by_dye, recipe):
    total = substrate_ks
    for dye, owf in recipe.items():
        total += owf * np.asarray(unit_ks_by_dye[dye])
    return total

# %% nbgrader={"grade": true, "grade_id": "a04-q3_1-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
wool_ks = (1 - SUBSTRATE_R) ** 2 / (2 * SUBSTRATE_R)
got = mix_ks(wool_ks, UNIT_KS, {"yellow": 1.0, "blue": 0.5})
assert np.allclose(got, [6.2833333333, 1.1916666667, 2.575]), f"wool K/S + 1 × yellow + 0.5 × blue should be [6.28333, 1.19167, 2.575]; got {got}"
### BEGIN HIDDEN TESTS
got = mix_ks(wool_ks, UNIT_KS, {"blue": 2.0})
assert np.allclose(got, [0.7333333333, 3.0416666667, 10.025]), f"blue 2 % alone should be [0.73333, 3.04167, 10.025]; got {got}"
got = mix_ks(np.zeros(3), UNIT_KS, {})
assert np.allclose(got, [0.0, 0.0, 0.0]), f"no dye on a perfect white gives K/S 0 everywhere; got {got}"
### END HIDDEN TESTS

# %% [markdown]
# ## Q3.2 (1 point) The reflectance of a recipe
# Write `predict_reflectance(recipe)`: the reflectance in the three bands of our wool (`SUBSTRATE_R`)
# dyed with `recipe` (dye → % owf) using `UNIT_KS`. Use your `ks_from_reflectance`, `mix_ks` and
# `reflectance_from_ks`.
#
# Example: yellow 1 % + blue 0.5 % reflects `[0.06898, 0.24144, 0.14271]`.

# %% nbgrader={"grade": false, "grade_id": "a04-q3_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["predict_reflectance"], "answered_by": []}
def predict_reflectance(recipe):
    ### BEGIN SOLUTION
    return reflectance_from_ks(mix_ks(ks_from_reflectance(SUBSTRATE_R), UNIT_KS, recipe))
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a04-q3_2-answer", "mistake": "mixes the dyes into the wool's reflectance instead of its K/S"}
def predict_reflectance(recipe):
    return reflectance_from_ks(mix_ks(SUBSTRATE_R, UNIT_KS, recipe))

# %% farshlab={"wrong_answer": "a04-q3_2-answer", "mistake": "forgets to turn the K/S back into reflectance"}
def predict_reflectance(recipe):
    return mix_ks(ks_from_reflectance(SUBSTRATE_R), UNIT_KS, recipe)

# %% farshlab={"wrong_answer": "a04-q3_2-answer", "mistake": "forgets the wool: the dyes alone on a perfect white"}
def predict_reflectance(recipe):
    return reflectance_from_ks(mix_ks(np.zeros(3), UNIT_KS, recipe))

# %% nbgrader={"grade": true, "grade_id": "a04-q3_2-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, ks_from_reflectance, reflectance_from_ks and mix_ks are
# correct ones, so that a mistake in an earlier answer does not cost the points of Q3.2 as well.
def _correct_ks_from_reflectance(R):
    R = np.asarray(R, dtype=float)
    ks = (1 - R) ** 2 / (2 * R)
    return ks if ks.ndim else float(ks)


def _correct_reflectance_from_ks(ks):
    ks = np.asarray(ks, dtype=float)
    R = 1 + ks - np.sqrt(ks**2 + 2 * ks)
    return R if R.ndim else float(R)


def _correct_mix_ks(substrate_ks, unit_ks_by_dye, recipe):
    total = np.array(substrate_ks, dtype=float)
    for dye, owf in recipe.items():
        total = total + owf * np.asarray(unit_ks_by_dye[dye], dtype=float)
    return total


_yours = {name: globals().get(name) for name in ["ks_from_reflectance", "reflectance_from_ks", "mix_ks"]}
ks_from_reflectance = _correct_ks_from_reflectance
reflectance_from_ks = _correct_reflectance_from_ks
mix_ks = _correct_mix_ks
### END HIDDEN TESTS
got = predict_reflectance({"yellow": 1.0, "blue": 0.5})
assert np.allclose(got, [0.0689765051, 0.2414351989, 0.1427084914]), f"expected [0.06898, 0.24144, 0.14271]; got {got}"
### BEGIN HIDDEN TESTS
got = predict_reflectance({"yellow": 0.2})
assert np.allclose(got, [0.2251482266, 0.6135956961, 0.7681198771]), f"yellow 0.2 % should reflect [0.22515, 0.61360, 0.76812]; got {got}"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## Q3.3 (2 points) From a spectrum to X, Y, Z
# Each band adds to X, Y and Z by its row of `WEIGHTS`: X = R₁·W₁ₓ + R₂·W₂ₓ + R₃·W₃ₓ, and the same for
# Y and Z. Write `spectrum_to_xyz(R)` that returns the numpy array `[X, Y, Z]` (hint: `R @ WEIGHTS`).
#
# Example: a grey reflecting 0.5 in every band has X, Y, Z = `[0.475, 0.5, 0.505]`.

# %% nbgrader={"grade": false, "grade_id": "a04-q3_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["spectrum_to_xyz"], "answered_by": []}
def spectrum_to_xyz(R):
    ### BEGIN SOLUTION
    return np.asarray(R, dtype=float) @ WEIGHTS
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a04-q3_3-answer", "mistake": "WEIGHTS @ R: the multiplication the wrong way round"}
def spectrum_to_xyz(R):
    return WEIGHTS @ np.asarray(R, dtype=float)

# %% farshlab={"wrong_answer": "a04-q3_3-answer", "mistake": "scales the white by R band for band instead of weighting the bands"}
def spectrum_to_xyz(R):
    return np.asarray(R, dtype=float) * WHITE

# %% farshlab={"wrong_answer": "a04-q3_3-answer", "mistake": "divides by the white as well (that belongs to Lab)"}
def spectrum_to_xyz(R):
    return np.asarray(R, dtype=float) @ WEIGHTS / WHITE

# %% nbgrader={"grade": true, "grade_id": "a04-q3_3-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = spectrum_to_xyz(np.array([0.5, 0.5, 0.5]))
assert np.allclose(got, [0.475, 0.5, 0.505]), f"half of the white [0.95, 1, 1.01] is [0.475, 0.5, 0.505]; got {got}"
### BEGIN HIDDEN TESTS
got = spectrum_to_xyz(np.array([0.2, 0.4, 0.7]))
assert np.allclose(got, [0.46, 0.43, 0.214]), f"expected [0.46, 0.43, 0.214]; got {got}"
### END HIDDEN TESTS

# %% [markdown]
# ## Q3.4 (2 points) From X, Y, Z to Lab
# As in Lesson 2: divide X, Y, Z by `WHITE`, apply `lab_f` (given in the setup cell) to each, giving
# `fx, fy, fz`; then `L = 116 * fy - 16`, `a = 500 * (fx - fy)`, `b = 200 * (fy - fz)`. Write
# `xyz_to_lab(xyz)` returning the numpy array `[L, a, b]`.
#
# Example: the 0.5 grey is `[76.069, 0, 0]`.

# %% nbgrader={"grade": false, "grade_id": "a04-q3_4-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["xyz_to_lab"], "answered_by": ["colour.XYZ_to_Lab", "farshlab.colour.xyz_to_lab", "farshlab.dye.xyz_to_lab"]}
def xyz_to_lab(xyz):
    ### BEGIN SOLUTION
    fx, fy, fz = (lab_f(xyz[i] / WHITE[i]) for i in range(3))
    return np.array([116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)])
    ### END SOLUTION

# %% farshlab={"library_answer": "a04-q3_4-answer"}
import colour


def xyz_to_lab(xyz):
    return colour.XYZ_to_Lab(np.asarray(xyz, dtype=float), illuminant=colour.XYZ_to_xy(WHITE))

# %% farshlab={"library_answer": "a04-q3_4-answer"}
from farshlab.colour import D65_WHITE_XYZ
from farshlab.colour import xyz_to_lab as _xyz_to_lab


def xyz_to_lab(xyz):
    return _xyz_to_lab(np.asarray(xyz, dtype=float) / WHITE * D65_WHITE_XYZ)

# %% farshlab={"library_answer": "a04-q3_4-answer"}
import farshlab.dye


def xyz_to_lab(xyz):
    return farshlab.dye.xyz_to_lab(np.asarray(xyz, dtype=float) / WHITE * farshlab.dye.white_xyz())

# %% farshlab={"wrong_answer": "a04-q3_4-answer", "mistake": "uses Lesson 2's sRGB white (0.9505, 1, 1.089) instead of WHITE"}
def xyz_to_lab(xyz):
    white = [0.9505, 1.0, 1.0890]
    fx, fy, fz = (lab_f(xyz[i] / white[i]) for i in range(3))
    return np.array([116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)])

# %% farshlab={"wrong_answer": "a04-q3_4-answer", "mistake": "the cube root everywhere, not lab_f: no straight line for very dark colours"}
def xyz_to_lab(xyz):
    fx, fy, fz = ((xyz[i] / WHITE[i]) ** (1 / 3) for i in range(3))
    return np.array([116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)])

# %% farshlab={"wrong_answer": "a04-q3_4-answer", "mistake": "a* the wrong way round: 500 × (fy − fx)"}
def xyz_to_lab(xyz):
    fx, fy, fz = (lab_f(xyz[i] / WHITE[i]) for i in range(3))
    return np.array([116 * fy - 16, 500 * (fy - fx), 200 * (fy - fz)])

# %% nbgrader={"grade": true, "grade_id": "a04-q3_4-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = xyz_to_lab(np.array([0.475, 0.5, 0.505]))
assert np.allclose(got, [76.0692610142, 0.0, 0.0], atol=1e-6), f"the 0.5 grey should be L 76.069, a 0, b 0; got {got}"
### BEGIN HIDDEN TESTS
got = xyz_to_lab(np.array([0.46, 0.43, 0.214]))
assert np.allclose(got, [71.5549708457, 15.2360156891, 31.7244893883], atol=1e-6), f"expected [71.555, 15.236, 31.724]; got {got}"
got = xyz_to_lab(np.array([0.00222, 0.00229, 0.00316]))
assert np.allclose(got, [2.0685485185, 0.1823806043, -1.3062176384], atol=1e-6), f"a very dark colour uses the straight part of lab_f; got {got}"
### END HIDDEN TESTS

# %% [markdown]
# ## Q3.5 (1 point) Predict the colour of a recipe
# Put it together: write `predict_lab(recipe)` = Lab of the reflectance `recipe` gives on our wool.
#
# Example: yellow 1 % + blue 0.5 % is a green, about `[53.74, -27.15, 34.34]`.

# %% nbgrader={"grade": false, "grade_id": "a04-q3_5-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["predict_lab"], "answered_by": []}
def predict_lab(recipe):
    ### BEGIN SOLUTION
    return xyz_to_lab(spectrum_to_xyz(predict_reflectance(recipe)))
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a04-q3_5-answer", "mistake": "skips X, Y, Z: gives the reflectance straight to xyz_to_lab"}
def predict_lab(recipe):
    return xyz_to_lab(predict_reflectance(recipe))

# %% farshlab={"wrong_answer": "a04-q3_5-answer", "mistake": "takes the K/S of the mix for its reflectance"}
def predict_lab(recipe):
    return xyz_to_lab(spectrum_to_xyz(mix_ks(ks_from_reflectance(SUBSTRATE_R), UNIT_KS, recipe)))

# %% farshlab={"wrong_answer": "a04-q3_5-answer", "mistake": "the colour of the undyed wool: forgets the recipe"}
def predict_lab(recipe):
    return xyz_to_lab(spectrum_to_xyz(SUBSTRATE_R))

# %% nbgrader={"grade": true, "grade_id": "a04-q3_5-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, ks_from_reflectance, reflectance_from_ks, mix_ks,
# predict_reflectance, spectrum_to_xyz and xyz_to_lab are correct ones, so that a mistake in an
# earlier answer does not cost the points of Q3.5 as well.
def _correct_ks_from_reflectance(R):
    R = np.asarray(R, dtype=float)
    ks = (1 - R) ** 2 / (2 * R)
    return ks if ks.ndim else float(ks)


def _correct_reflectance_from_ks(ks):
    ks = np.asarray(ks, dtype=float)
    R = 1 + ks - np.sqrt(ks**2 + 2 * ks)
    return R if R.ndim else float(R)


def _correct_mix_ks(substrate_ks, unit_ks_by_dye, recipe):
    total = np.array(substrate_ks, dtype=float)
    for dye, owf in recipe.items():
        total = total + owf * np.asarray(unit_ks_by_dye[dye], dtype=float)
    return total


def _correct_predict_reflectance(recipe):
    ks = (1 - SUBSTRATE_R) ** 2 / SUBSTRATE_R / 2
    for dye, owf in recipe.items():
        ks = ks + owf * UNIT_KS[dye]
    return 1 + ks - np.sqrt(ks**2 + 2 * ks)


def _correct_spectrum_to_xyz(R):
    return np.asarray(R, dtype=float) @ WEIGHTS


def _correct_xyz_to_lab(xyz):
    fx, fy, fz = (lab_f(xyz[i] / WHITE[i]) for i in range(3))
    return np.array([116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)])


_yours = {name: globals().get(name) for name in ["ks_from_reflectance", "reflectance_from_ks", "mix_ks", "predict_reflectance", "spectrum_to_xyz", "xyz_to_lab"]}
ks_from_reflectance = _correct_ks_from_reflectance
reflectance_from_ks = _correct_reflectance_from_ks
mix_ks = _correct_mix_ks
predict_reflectance = _correct_predict_reflectance
spectrum_to_xyz = _correct_spectrum_to_xyz
xyz_to_lab = _correct_xyz_to_lab
### END HIDDEN TESTS
got = predict_lab({"yellow": 1.0, "blue": 0.5})
assert np.allclose(got, [53.7357063718, -27.1453123447, 34.3370109979], atol=1e-4), f"expected about [53.74, -27.15, 34.34]; got {got}"
### BEGIN HIDDEN TESTS
got = predict_lab({"blue": 2.0})
assert np.allclose(got, [42.1461374455, 4.1352857623, -34.5433720457], atol=1e-4), f"blue 2 % should be about [42.15, 4.14, -34.54]; got {got}"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# # Part 4 — Matching and correcting

# %% [markdown]
# ## Q4.1 (2 points) A two-dye match
# A customer brings a green skein; the spectrophotometer gives its reflectance `target_R` in the three
# bands. Find the % owf of yellow and blue that give its K/S: the K/S the dyes must add is
# `ks_from_reflectance(target_R) − ks_from_reflectance(SUBSTRATE_R)`, and it should equal
# `c_yellow × UNIT_KS["yellow"] + c_blue × UNIT_KS["blue"]`. Three bands, two unknowns: solve it by
# least squares with `np.linalg.lstsq(A, added, rcond=None)`, where the columns of `A` are the two unit
# K/S arrays. Write `two_dye_match(target_R)` returning `(c_yellow, c_blue)`.
#
# Example: the skein `[0.05936, 0.25045, 0.16657]` was dyed with yellow 1.2 % and blue 0.4 %.

# %% nbgrader={"grade": false, "grade_id": "a04-q4_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["two_dye_match"], "answered_by": []}
def two_dye_match(target_R):
    ### BEGIN SOLUTION
    added = ks_from_reflectance(np.asarray(target_R)) - ks_from_reflectance(SUBSTRATE_R)
    A = np.column_stack([UNIT_KS["yellow"], UNIT_KS["blue"]])
    c, *_ = np.linalg.lstsq(A, added, rcond=None)
    return float(c[0]), float(c[1])
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a04-q4_1-answer", "mistake": "forgets to take off the wool's own K/S"}
def two_dye_match(target_R):
    added = ks_from_reflectance(np.asarray(target_R))
    A = np.column_stack([UNIT_KS["yellow"], UNIT_KS["blue"]])
    c, *_ = np.linalg.lstsq(A, added, rcond=None)
    return float(c[0]), float(c[1])

# %% farshlab={"wrong_answer": "a04-q4_1-answer", "mistake": "solves in reflectance instead of K/S"}
def two_dye_match(target_R):
    added = np.asarray(target_R) - SUBSTRATE_R
    A = np.column_stack([UNIT_KS["yellow"], UNIT_KS["blue"]])
    c, *_ = np.linalg.lstsq(A, added, rcond=None)
    return float(c[0]), float(c[1])

# %% farshlab={"wrong_answer": "a04-q4_1-answer", "mistake": "returns (blue, yellow): the two amounts in the wrong order"}
def two_dye_match(target_R):
    added = ks_from_reflectance(np.asarray(target_R)) - ks_from_reflectance(SUBSTRATE_R)
    A = np.column_stack([UNIT_KS["yellow"], UNIT_KS["blue"]])
    c, *_ = np.linalg.lstsq(A, added, rcond=None)
    return float(c[1]), float(c[0])

# %% nbgrader={"grade": true, "grade_id": "a04-q4_1-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, ks_from_reflectance is a correct one, so that a mistake
# in an earlier answer does not cost the points of Q4.1 as well.
def _correct_ks_from_reflectance(R):
    R = np.asarray(R, dtype=float)
    ks = (1 - R) ** 2 / (2 * R)
    return ks if ks.ndim else float(ks)


_yours = {name: globals().get(name) for name in ["ks_from_reflectance"]}
ks_from_reflectance = _correct_ks_from_reflectance
### END HIDDEN TESTS
got = two_dye_match(np.array([0.0593566569, 0.2504452889, 0.1665714845]))
assert len(got) == 2, f"return two numbers: (c_yellow, c_blue); got {got}"
assert np.allclose(got, [1.2, 0.4], atol=1e-6), f"this skein was dyed with yellow 1.2 % and blue 0.4 %; your function gave {got}"
### BEGIN HIDDEN TESTS
got = two_dye_match(np.array([0.1569939371, 0.1838406746, 0.0769047663]))
assert np.allclose(got, [0.3, 1.1], atol=1e-6), f"expected yellow 0.3 %, blue 1.1 %; got {got}"
got = two_dye_match(np.array([0.2, 0.3, 0.5]))
assert np.allclose(got, [0.2466709842, 0.0758530319], atol=1e-6), f"a skein these two dyes cannot make exactly: the best compromise is [0.24667, 0.07585]; got {got}"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## Q4.2 (2 points) Correcting after a lab dip
# The dip came out lighter than wanted. In the dye's main band the wool reflects `substrate_R`, the
# target reflects `wanted_R`, and the dip measures `measured_R`. At these depths the K/S a dye adds grows
# in proportion to its % owf, so the corrected depth is
# `used_owf × (K/S wanted − K/S wool) / (K/S measured − K/S wool)`.
# Write `corrected_owf(used_owf, substrate_R, wanted_R, measured_R)`.
#
# Example: dyed at 1 %, wool 0.75, wanted 0.25, measured 0.30 → 1 × 1.08333 / 0.775 = 1.3978 %.

# %% nbgrader={"grade": false, "grade_id": "a04-q4_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["corrected_owf"], "answered_by": []}
def corrected_owf(used_owf, substrate_R, wanted_R, measured_R):
    ### BEGIN SOLUTION
    wool = ks_from_reflectance(substrate_R)
    return used_owf * (ks_from_reflectance(wanted_R) - wool) / (ks_from_reflectance(measured_R) - wool)
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a04-q4_2-answer", "mistake": "forgets to take off the wool's K/S"}
def corrected_owf(used_owf, substrate_R, wanted_R, measured_R):
    return used_owf * ks_from_reflectance(wanted_R) / ks_from_reflectance(measured_R)

# %% farshlab={"wrong_answer": "a04-q4_2-answer", "mistake": "the ratio upside down: measured over wanted"}
def corrected_owf(used_owf, substrate_R, wanted_R, measured_R):
    wool = ks_from_reflectance(substrate_R)
    return used_owf * (ks_from_reflectance(measured_R) - wool) / (ks_from_reflectance(wanted_R) - wool)

# %% farshlab={"wrong_answer": "a04-q4_2-answer", "mistake": "works the ratio in reflectance instead of K/S"}
def corrected_owf(used_owf, substrate_R, wanted_R, measured_R):
    return used_owf * (wanted_R - substrate_R) / (measured_R - substrate_R)

# %% nbgrader={"grade": true, "grade_id": "a04-q4_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, ks_from_reflectance is a correct one, so that a mistake
# in an earlier answer does not cost the points of Q4.2 as well.
def _correct_ks_from_reflectance(R):
    R = np.asarray(R, dtype=float)
    ks = (1 - R) ** 2 / (2 * R)
    return ks if ks.ndim else float(ks)


_yours = {name: globals().get(name) for name in ["ks_from_reflectance"]}
ks_from_reflectance = _correct_ks_from_reflectance
### END HIDDEN TESTS
got = corrected_owf(1.0, 0.75, 0.25, 0.30)
assert math.isclose(got, 1.3978494624, rel_tol=1e-8), f"1 × (1.125 − 0.04167) / (0.81667 − 0.04167) = 1.39785; your function gave {got}"
### BEGIN HIDDEN TESTS
assert math.isclose(corrected_owf(0.5, 0.8, 0.4, 0.35), 0.3672839506, rel_tol=1e-8), f"a dip too dark needs less dye: 0.36728 %, got {corrected_owf(0.5, 0.8, 0.4, 0.35)}"
assert math.isclose(corrected_owf(2.0, 0.6, 0.1, 0.1), 2.0, rel_tol=1e-9), "a dip that hit the target keeps its depth"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## Q4.3 (1 point) Is the match metameric?
# A match is **metameric** when it looks right in daylight but not under another light. Write
# `is_metameric(std_d65, trial_d65, std_a, trial_a, tolerance)`: the first four arguments are Lab colours
# (standard and trial, in daylight D65 and under tungsten A), and `tolerance` is the largest ΔE that still
# counts as a match. Return `True` when the ΔE76 (straight-line distance in Lab) is at most `tolerance` in
# daylight **and** more than `tolerance` under A; else `False`.

# %% nbgrader={"grade": false, "grade_id": "a04-q4_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["is_metameric"], "answered_by": []}
def is_metameric(std_d65, trial_d65, std_a, trial_a, tolerance):
    ### BEGIN SOLUTION
    daylight = math.dist(std_d65, trial_d65)
    tungsten = math.dist(std_a, trial_a)
    return daylight <= tolerance and tungsten > tolerance
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a04-q4_3-answer", "mistake": "compares the two lights with each other and ignores the tolerance"}
def is_metameric(std_d65, trial_d65, std_a, trial_a, tolerance):
    return math.dist(std_a, trial_a) > math.dist(std_d65, trial_d65)

# %% farshlab={"wrong_answer": "a04-q4_3-answer", "mistake": "< instead of ≤ in daylight: a ΔE exactly at the tolerance does not count as a match"}
def is_metameric(std_d65, trial_d65, std_a, trial_a, tolerance):
    return math.dist(std_d65, trial_d65) < tolerance and math.dist(std_a, trial_a) > tolerance

# %% farshlab={"wrong_answer": "a04-q4_3-answer", "mistake": "or instead of and"}
def is_metameric(std_d65, trial_d65, std_a, trial_a, tolerance):
    return math.dist(std_d65, trial_d65) <= tolerance or math.dist(std_a, trial_a) > tolerance

# %% nbgrader={"grade": true, "grade_id": "a04-q4_3-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = is_metameric([50, 10, 10], [50.3, 10, 10], [55, 14, 30], [55, 16, 33], 1.0)
assert got, f"ΔE 0.3 in daylight but 3.6 under A: metameric; your function gave {got}"
### BEGIN HIDDEN TESTS
assert not is_metameric([50, 10, 10], [50.3, 10, 10], [55, 14, 30], [55.2, 14, 30], 1.0), "a match under both lights is not metameric"
assert not is_metameric([50, 10, 10], [53, 10, 10], [55, 14, 30], [58, 14, 30], 1.0), "a trial that does not match in daylight is simply a bad match, not metamerism"
assert is_metameric([40, 0, 0], [40, 0, 2], [40, 0, 0], [40, 0, 2.5], 2.0), "ΔE exactly 2 in daylight counts as a match; 2.5 under A does not"
got = is_metameric([50, 10, 10], [50.2, 10, 10], [55, 14, 30], [55.8, 14, 30], 1.0)
assert not got, (
    "ΔE 0.2 in daylight and 0.8 under A, with a tolerance of 1.0: the trial matches under both lights, so it "
    f"is not metameric, even though A shows the larger difference; compare each ΔE with the tolerance; your function gave {got}")
got = is_metameric([50, 10, 10], [53, 10, 10], [55, 14, 30], [60, 14, 30], 1.0)
assert not got, (
    "ΔE 3 in daylight (more than the tolerance 1.0): the trial does not match in daylight, so it is a bad match, "
    f"not metamerism, even though A shows a larger difference (5); your function gave {got}")
### END HIDDEN TESTS

# %% [markdown]
# # Part 5 — In your own words

# %% [markdown]
# ## Q5.1 (3 points, read by your instructor) Why not just mix the colours?
# In three to five sentences: (a) why can a dyer not find a recipe by averaging the RGB numbers of the
# dyes, and why do we mix in K/S instead? (b) Why does a skein dyed twice as deep not reflect half as
# much light? (c) Your match looks right in daylight; what do you check before dyeing the bulk batch,
# and why?

# %% [markdown] nbgrader={"grade": true, "grade_id": "a04-q5_1-written", "locked": false, "points": 3, "schema_version": 3, "solution": true}
# (The instructor's model answer goes here; the released copy shows "YOUR ANSWER HERE" in its place.)
# (a) Dyes do not add light like a screen does: each dye takes light away (absorbs) at its own
# wavelengths, and what the wool still reflects is what is left. RGB numbers only describe how the
# colour looks, not which wavelengths a dye absorbs, so two dyes' RGB cannot be averaged. Absorption
# adds up (K/S of the mix = K/S of the wool + each dye's depth × its unit K/S), so recipes are worked in
# K/S and turned back into reflectance and Lab at the end.
# (b) Reflectance and dye amount are not proportional: K/S grows with the dye, and R falls ever more
# slowly as K/S grows (R = 1 + K/S − √((K/S)² + 2 K/S)); at depth the fibre also saturates, so even
# K/S stops doubling.
# (c) A lab dip first, judged in daylight against the standard; then check it under a second light
# (tungsten A or shop light F11): if it matches in daylight but not there, the match is metameric
# (different dyes from the standard's) and the customer may see the difference. Correct the recipe from
# the dip's measurement before the bulk batch.
