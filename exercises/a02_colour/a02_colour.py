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
# # Assignment a02 — Colour for carpets: Lab, ΔE and the nearest yarn
#
# This assignment practises Lesson 2 (`lessons/02_colour.ipynb`). There are 15 questions, 26 points:
# 14 small pieces of code that the computer checks (23 points) and 1 written answer that your
# instructor reads (3 points).
#
# **What to do**
# - Run the cells from the top with **Shift + Enter**. Run the grey *setup* cell below first.
# - In each answer cell, delete the line `raise NotImplementedError()` and write your code in its place.
#   Keep the `def …` line as it is: the name and the order of the arguments must stay the same.
# - Under each answer cell is a locked **test cell**. Run it: if nothing appears, your answer passed the
#   tests you can see. If a pink box appears, read its last line. When you hand in, more tests (which you
#   cannot see) check your answer with other colours, so make your code work for any colour.
# - Before you hand in, click **Validate** (or *Kernel → Restart Kernel and Run All Cells…*).
# - Write the maths yourself with `math` and numpy: do **not** import `farshlab.colour` (it would do the
#   work for you, and you would not learn the steps).
#
# Remember from the lesson: sRGB numbers are 0–255; Lab uses daylight D65 as the white, with
# X = 0.9505, Y = 1, Z = 1.0890; L\* is lightness 0–100, a\* green ↔ red, b\* blue ↔ yellow.

# %% [markdown]
# Run this setup cell first (it loads the tools and the numbers the questions use).

# %% nbgrader={"grade": false, "grade_id": "a02-setup", "locked": true, "schema_version": 3, "solution": false}
import math

import numpy as np

# linear sRGB (0–1) → XYZ: the matrix of the sRGB standard, IEC 61966-2-1
SRGB_MATRIX = np.array([
    [0.4124, 0.3576, 0.1805],
    [0.2126, 0.7152, 0.0722],
    [0.0193, 0.1192, 0.9505],
])
# the D65 daylight white, as the sRGB standard gives it (X, Y, Z)
WHITE = np.array([0.9505, 1.0, 1.0890])

# %% [markdown]
# # Part 1 — Hex codes and RGB

# %% [markdown]
# ## Q1.1 (1 point) From a hex code to RGB
# Write `hex_to_rgb(hex_code)` that turns a code such as `"#b3261e"` into the list of three whole
# numbers `[179, 38, 30]`. The code is `#` followed by three pairs of hexadecimal digits (upper or
# lower case): red, green, blue. Hint: `int("b3", 16)` is 179.

# %% nbgrader={"grade": false, "grade_id": "a02-q1_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["hex_to_rgb"], "answered_by": ["farshlab.colour.hex_to_srgb", "colour.notation.HEX_to_RGB", "matplotlib.colors.to_rgb", "PIL.ImageColor.getrgb"]}
def hex_to_rgb(hex_code):
    ### BEGIN SOLUTION
    digits = hex_code.lstrip("#")
    return [int(digits[i:i + 2], 16) for i in (0, 2, 4)]
    ### END SOLUTION

# %% farshlab={"library_answer": "a02-q1_1-answer"}
from farshlab.colour import hex_to_srgb


def hex_to_rgb(hex_code):
    return hex_to_srgb(hex_code).tolist()

# %% farshlab={"library_answer": "a02-q1_1-answer"}
import colour


def hex_to_rgb(hex_code):
    return [round(value * 255) for value in colour.notation.HEX_to_RGB(hex_code)]

# %% farshlab={"library_answer": "a02-q1_1-answer"}
from matplotlib.colors import to_rgb


def hex_to_rgb(hex_code):
    return [round(value * 255) for value in to_rgb(hex_code)]

# %% farshlab={"library_answer": "a02-q1_1-answer"}
from PIL import ImageColor


def hex_to_rgb(hex_code):
    return list(ImageColor.getrgb(hex_code))

# %% farshlab={"wrong_answer": "a02-q1_1-answer", "mistake": "forgets the '#': reads the pairs from the first character"}
def hex_to_rgb(hex_code):
    return [int(hex_code[i:i + 2], 16) for i in (0, 2, 4)]

# %% farshlab={"wrong_answer": "a02-q1_1-answer", "mistake": "blue, green, red: the pairs in the wrong order"}
def hex_to_rgb(hex_code):
    digits = hex_code.lstrip("#")
    return [int(digits[i:i + 2], 16) for i in (4, 2, 0)]

# %% farshlab={"wrong_answer": "a02-q1_1-answer", "mistake": "one hexadecimal digit per colour instead of two"}
def hex_to_rgb(hex_code):
    digits = hex_code.lstrip("#")
    return [int(digits[i], 16) for i in (0, 1, 2)]

# %% nbgrader={"grade": true, "grade_id": "a02-q1_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = hex_to_rgb("#b3261e")
assert list(got) == [179, 38, 30], f"#b3261e is red 179 (b3), green 38 (26), blue 30 (1e); your function gave {got}"
assert all(isinstance(value, int) for value in got), "each value should be a whole number (int)"
### BEGIN HIDDEN TESTS
assert list(hex_to_rgb("#FFFFFF")) == [255, 255, 255], "#FFFFFF (upper case) is white: [255, 255, 255]"
assert list(hex_to_rgb("#000000")) == [0, 0, 0], "#000000 is black: [0, 0, 0]"
assert list(hex_to_rgb("#1f2a44")) == [31, 42, 68], f"#1f2a44 is [31, 42, 68], got {hex_to_rgb('#1f2a44')}"
### END HIDDEN TESTS

# %% [markdown]
# ## Q1.2 (1 point) From RGB to a hex code
# Write `rgb_to_hex(rgb)` that turns three whole numbers 0–255 into a code `"#rrggbb"` written in
# **lower case**, two digits per colour. Hint: `f"{179:02x}"` is `"b3"` and `f"{5:02x}"` is `"05"`.

# %% nbgrader={"grade": false, "grade_id": "a02-q1_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["rgb_to_hex"], "answered_by": ["farshlab.colour.srgb_to_hex", "colour.notation.RGB_to_HEX", "matplotlib.colors.to_hex"]}
def rgb_to_hex(rgb):
    ### BEGIN SOLUTION
    red, green, blue = rgb
    return f"#{red:02x}{green:02x}{blue:02x}"
    ### END SOLUTION

# %% farshlab={"library_answer": "a02-q1_2-answer"}
from farshlab.colour import srgb_to_hex


def rgb_to_hex(rgb):
    return srgb_to_hex(list(rgb))

# %% farshlab={"library_answer": "a02-q1_2-answer"}
import colour


def rgb_to_hex(rgb):
    return colour.notation.RGB_to_HEX(np.asarray(rgb) / 255)

# %% farshlab={"library_answer": "a02-q1_2-answer"}
from matplotlib.colors import to_hex


def rgb_to_hex(rgb):
    return to_hex(np.asarray(rgb) / 255)

# %% farshlab={"wrong_answer": "a02-q1_2-answer", "mistake": "no leading zero: {5:x} gives '5', not '05'"}
def rgb_to_hex(rgb):
    red, green, blue = rgb
    return f"#{red:x}{green:x}{blue:x}"

# %% farshlab={"wrong_answer": "a02-q1_2-answer", "mistake": "upper-case digits (:02X)"}
def rgb_to_hex(rgb):
    red, green, blue = rgb
    return f"#{red:02X}{green:02X}{blue:02X}"

# %% farshlab={"wrong_answer": "a02-q1_2-answer", "mistake": "forgets the '#'"}
def rgb_to_hex(rgb):
    red, green, blue = rgb
    return f"{red:02x}{green:02x}{blue:02x}"

# %% nbgrader={"grade": true, "grade_id": "a02-q1_2-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = rgb_to_hex([179, 38, 30])
assert got == "#b3261e", f"[179, 38, 30] should give '#b3261e', your function gave {got!r}"
### BEGIN HIDDEN TESTS
assert rgb_to_hex([5, 10, 15]) == "#050a0f", f"small numbers need a leading 0: '#050a0f', got {rgb_to_hex([5, 10, 15])!r}"
assert rgb_to_hex((255, 255, 255)) == "#ffffff", "white is '#ffffff' in lower case"
assert rgb_to_hex([31, 42, 68]) == "#1f2a44", f"[31, 42, 68] is '#1f2a44', got {rgb_to_hex([31, 42, 68])!r}"
### END HIDDEN TESTS

# %% [markdown]
# # Part 2 — From sRGB to Lab, step by step

# %% [markdown]
# ## Q2.1 (2 points) Step 1: linearise one channel
# Screen numbers are not proportional to light. Write `linearise(value)` for **one** channel given as a
# whole number 0–255. In words: divide by 255 to get `c`; if `c` is 0.04045 or less, the answer is
# `c / 12.92`; otherwise it is `((c + 0.055) / 1.055) ** 2.4`. Return a float.
#
# Example: `linearise(128)` is about 0.21586.

# %% nbgrader={"grade": false, "grade_id": "a02-q2_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["linearise"], "answered_by": ["farshlab.colour.srgb_to_linear", "colour.models.eotf_sRGB", "colour.cctf_decoding"]}
def linearise(value):
    ### BEGIN SOLUTION
    c = value / 255
    if c <= 0.04045:
        return c / 12.92
    return ((c + 0.055) / 1.055) ** 2.4
    ### END SOLUTION

# %% farshlab={"library_answer": "a02-q2_1-answer"}
from farshlab.colour import srgb_to_linear


def linearise(value):
    return float(srgb_to_linear([value, value, value])[0])

# %% farshlab={"library_answer": "a02-q2_1-answer"}
import colour


def linearise(value):
    return float(colour.cctf_decoding(value / 255, function="sRGB"))

# %% farshlab={"wrong_answer": "a02-q2_1-answer", "mistake": "forgets to divide by 255"}
def linearise(value):
    c = value
    if c <= 0.04045:
        return c / 12.92
    return ((c + 0.055) / 1.055) ** 2.4

# %% farshlab={"wrong_answer": "a02-q2_1-answer", "mistake": "a plain power 2.2 instead of the two-part formula"}
def linearise(value):
    return (value / 255) ** 2.2

# %% farshlab={"wrong_answer": "a02-q2_1-answer", "mistake": "compares the 0-255 number, not c, with 0.04045"}
def linearise(value):
    c = value / 255
    if value <= 0.04045:
        return c / 12.92
    return ((c + 0.055) / 1.055) ** 2.4

# %% nbgrader={"grade": true, "grade_id": "a02-q2_1-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = linearise(128)
assert math.isclose(got, 0.2158605, abs_tol=1e-6), f"linearise(128) should be about 0.2158605, your function gave {got}"
### BEGIN HIDDEN TESTS
assert math.isclose(linearise(10), 0.0030352698, abs_tol=1e-9), f"10/255 = 0.0392 is below 0.04045, so divide by 12.92: 0.0030353; got {linearise(10)}"
assert math.isclose(linearise(255), 1.0, abs_tol=1e-12), "full light (255) stays 1"
assert math.isclose(linearise(0), 0.0, abs_tol=1e-12), "no light (0) stays 0"
assert math.isclose(linearise(200), 0.5775804, abs_tol=1e-6), f"linearise(200) should be about 0.57758, got {linearise(200)}"
### END HIDDEN TESTS

# %% [markdown]
# ## Q2.2 (2 points) Step 2: the matrix, RGB → XYZ
# Write `rgb_to_xyz(rgb)`: linearise each of the three channels with your `linearise`, put them in a
# numpy array, and multiply by `SRGB_MATRIX` from the setup cell (`SRGB_MATRIX @ linear`). Return the
# numpy array `[X, Y, Z]`.
#
# Example: white `[255, 255, 255]` gives `[0.9505, 1.0, 1.089]`, the white itself.

# %% nbgrader={"grade": false, "grade_id": "a02-q2_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["rgb_to_xyz"], "answered_by": ["farshlab.colour.linear_rgb_to_xyz"]}
def rgb_to_xyz(rgb):
    ### BEGIN SOLUTION
    linear = np.array([linearise(value) for value in rgb])
    return SRGB_MATRIX @ linear
    ### END SOLUTION

# %% farshlab={"library_answer": "a02-q2_2-answer"}
from farshlab.colour import linear_rgb_to_xyz


def rgb_to_xyz(rgb):
    c = np.asarray(rgb) / 255
    return linear_rgb_to_xyz(np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4))

# %% farshlab={"wrong_answer": "a02-q2_2-answer", "mistake": "forgets to linearise: multiplies the screen numbers ÷ 255"}
def rgb_to_xyz(rgb):
    return SRGB_MATRIX @ (np.array(rgb) / 255)

# %% farshlab={"wrong_answer": "a02-q2_2-answer", "mistake": "linear @ SRGB_MATRIX: the matrix on the wrong side"}
def rgb_to_xyz(rgb):
    linear = np.array([linearise(value) for value in rgb])
    return linear @ SRGB_MATRIX

# %% farshlab={"wrong_answer": "a02-q2_2-answer", "mistake": "multiplies the raw 0-255 numbers"}
def rgb_to_xyz(rgb):
    return SRGB_MATRIX @ np.array(rgb)

# %% nbgrader={"grade": true, "grade_id": "a02-q2_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, linearise is a correct one, so that a mistake in an
# earlier answer does not cost the points of Q2.2 as well.
def _correct_linearise(value):
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


_yours = {name: globals().get(name) for name in ["linearise"]}
linearise = _correct_linearise
### END HIDDEN TESTS
got = rgb_to_xyz([255, 255, 255])
assert np.shape(got) == (3,), f"the answer should be three numbers X, Y, Z; got shape {np.shape(got)}"
assert np.allclose(got, [0.9505, 1.0, 1.089], atol=1e-9), f"white should give [0.9505, 1.0, 1.089], your function gave {got}"
### BEGIN HIDDEN TESTS
got = rgb_to_xyz([179, 38, 30])
assert np.allclose(got, [0.19517863, 0.11063670, 0.02335092], atol=1e-7), f"[179, 38, 30] should give about [0.19518, 0.11064, 0.02335], got {got}"
got = rgb_to_xyz([0, 128, 0])
assert np.allclose(got, [0.07719171, 0.15438343, 0.02573057], atol=1e-7), f"[0, 128, 0] should give about [0.07719, 0.15438, 0.02573], got {got}"
assert np.allclose(rgb_to_xyz([0, 0, 0]), [0, 0, 0], atol=1e-12), "black gives [0, 0, 0]"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## Q2.3 (1 point) Step 3a: the function f(t)
# Lab takes (about) the cube root of each ratio `t` (X ÷ white X, and so on). Very dark colours use a
# straight line instead. Write `lab_f(t)`: if `t > 216 / 24389`, return `t ** (1 / 3)`; otherwise
# return `(24389 / 27 * t + 16) / 116`.
#
# Example: `lab_f(0.216)` is 0.6 (because 0.6 × 0.6 × 0.6 = 0.216).

# %% nbgrader={"grade": false, "grade_id": "a02-q2_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["lab_f"], "answered_by": ["colour.colorimetry.intermediate_lightness_function_CIE1976"]}
def lab_f(t):
    ### BEGIN SOLUTION
    if t > 216 / 24389:
        return t ** (1 / 3)
    return (24389 / 27 * t + 16) / 116
    ### END SOLUTION

# %% farshlab={"library_answer": "a02-q2_3-answer"}
import colour


def lab_f(t):
    return float(colour.colorimetry.intermediate_lightness_function_CIE1976(t, 1))

# %% farshlab={"wrong_answer": "a02-q2_3-answer", "mistake": "the cube, t ** 3, instead of the cube root"}
def lab_f(t):
    if t > 216 / 24389:
        return t ** 3
    return (24389 / 27 * t + 16) / 116

# %% farshlab={"wrong_answer": "a02-q2_3-answer", "mistake": "the cube root everywhere: forgets the straight line for dark colours"}
def lab_f(t):
    return t ** (1 / 3)

# %% farshlab={"wrong_answer": "a02-q2_3-answer", "mistake": "the two parts the wrong way round"}
def lab_f(t):
    if t < 216 / 24389:
        return t ** (1 / 3)
    return (24389 / 27 * t + 16) / 116

# %% nbgrader={"grade": true, "grade_id": "a02-q2_3-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = lab_f(0.216)
assert math.isclose(got, 0.6, abs_tol=1e-9), f"lab_f(0.216) should be 0.6 (the cube root), your function gave {got}"
### BEGIN HIDDEN TESTS
assert math.isclose(lab_f(0.001), 0.1457180715, abs_tol=1e-9), f"0.001 is below 216/24389, so use the straight line: 0.145718; got {lab_f(0.001)}"
assert math.isclose(lab_f(1.0), 1.0, abs_tol=1e-12), "lab_f(1) is 1"
assert math.isclose(lab_f(0.5), 0.7937005260, abs_tol=1e-9), f"lab_f(0.5) is the cube root 0.7937; got {lab_f(0.5)}"
### END HIDDEN TESTS

# %% [markdown]
# ## Q2.4 (2 points) Step 3b: XYZ → Lab
# Write `xyz_to_lab(xyz)` that returns a numpy array `[L, a, b]`:
#
# 1. divide X, Y, Z by the white `WHITE` (X by 0.9505, Y by 1, Z by 1.0890) and apply `lab_f` to
#    each, giving `fx, fy, fz`;
# 2. `L = 116 * fy - 16`, `a = 500 * (fx - fy)`, `b = 200 * (fy - fz)`.
#
# Example: the white `[0.9505, 1.0, 1.089]` gives `[100, 0, 0]`.

# %% nbgrader={"grade": false, "grade_id": "a02-q2_4-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["xyz_to_lab"], "answered_by": ["farshlab.colour.xyz_to_lab", "colour.XYZ_to_Lab"]}
def xyz_to_lab(xyz):
    ### BEGIN SOLUTION
    fx, fy, fz = (lab_f(value / white) for value, white in zip(xyz, WHITE))
    return np.array([116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)])
    ### END SOLUTION

# %% farshlab={"library_answer": "a02-q2_4-answer"}
from farshlab.colour import xyz_to_lab as _xyz_to_lab


def xyz_to_lab(xyz):
    return _xyz_to_lab(xyz)

# %% farshlab={"library_answer": "a02-q2_4-answer"}
import colour


def xyz_to_lab(xyz):
    return colour.XYZ_to_Lab(np.asarray(xyz), illuminant=colour.XYZ_to_xy(WHITE))

# %% farshlab={"wrong_answer": "a02-q2_4-answer", "mistake": "forgets to divide by the white"}
def xyz_to_lab(xyz):
    fx, fy, fz = (lab_f(value) for value in xyz)
    return np.array([116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)])

# %% farshlab={"wrong_answer": "a02-q2_4-answer", "mistake": "a* the wrong way round: 500 × (fy − fx)"}
def xyz_to_lab(xyz):
    fx, fy, fz = (lab_f(value / white) for value, white in zip(xyz, WHITE))
    return np.array([116 * fy - 16, 500 * (fy - fx), 200 * (fy - fz)])

# %% farshlab={"wrong_answer": "a02-q2_4-answer", "mistake": "forgets the − 16 in L*"}
def xyz_to_lab(xyz):
    fx, fy, fz = (lab_f(value / white) for value, white in zip(xyz, WHITE))
    return np.array([116 * fy, 500 * (fx - fy), 200 * (fy - fz)])

# %% nbgrader={"grade": true, "grade_id": "a02-q2_4-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, lab_f is a correct one, so that a mistake in an earlier
# answer does not cost the points of Q2.4 as well.
def _correct_lab_f(t):
    return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116


_yours = {name: globals().get(name) for name in ["lab_f"]}
lab_f = _correct_lab_f
### END HIDDEN TESTS
got = xyz_to_lab([0.9505, 1.0, 1.089])
assert np.shape(got) == (3,), f"the answer should be three numbers L, a, b; got shape {np.shape(got)}"
assert np.allclose(got, [100, 0, 0], atol=1e-9), f"the white should give L = 100, a = 0, b = 0; your function gave {got}"
### BEGIN HIDDEN TESTS
got = xyz_to_lab([0.2, 0.3, 0.4])
assert np.allclose(got, [61.654222, -37.324465, -9.345622], atol=1e-5), f"[0.2, 0.3, 0.4] should give about [61.654, -37.324, -9.346], got {got}"
got = xyz_to_lab([0.001, 0.002, 0.003])
assert np.allclose(got, [1.806593, -3.690752, -1.175564], atol=1e-5), f"a very dark colour uses the straight line of lab_f: about [1.8066, -3.6908, -1.1756], got {got}"
got = xyz_to_lab([0.19517863, 0.11063670, 0.02335092])
assert np.allclose(got, [39.6875, 54.9505, 40.4495], atol=1e-3), f"madder red #b3261e is about L 39.69, a 54.95, b 40.45; got {got}"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# # Part 3 — Colour difference, chroma and hue

# %% [markdown]
# ## Q3.1 (1 point) ΔE76
# Write `delta_e76(lab1, lab2)`: the straight distance between two Lab colours,
# √((L1 − L2)² + (a1 − a2)² + (b1 − b2)²), as a float.

# %% nbgrader={"grade": false, "grade_id": "a02-q3_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["delta_e76"], "answered_by": ["farshlab.colour.delta_e_cie76", "colour.difference.delta_E_CIE1976", "skimage.color.deltaE_cie76", "scipy.spatial.distance.euclidean"]}
def delta_e76(lab1, lab2):
    ### BEGIN SOLUTION
    return math.sqrt(sum((first - second) ** 2 for first, second in zip(lab1, lab2)))
    ### END SOLUTION

# %% farshlab={"library_answer": "a02-q3_1-answer"}
from farshlab.colour import delta_e_cie76


def delta_e76(lab1, lab2):
    return float(delta_e_cie76(lab1, lab2))

# %% farshlab={"library_answer": "a02-q3_1-answer"}
import colour


def delta_e76(lab1, lab2):
    return float(colour.difference.delta_E_CIE1976(lab1, lab2))

# %% farshlab={"library_answer": "a02-q3_1-answer"}
from skimage.color import deltaE_cie76


def delta_e76(lab1, lab2):
    return float(deltaE_cie76(lab1, lab2))

# %% farshlab={"library_answer": "a02-q3_1-answer"}
from scipy.spatial.distance import euclidean


def delta_e76(lab1, lab2):
    return float(euclidean(lab1, lab2))

# %% farshlab={"wrong_answer": "a02-q3_1-answer", "mistake": "forgets the square root"}
def delta_e76(lab1, lab2):
    return sum((first - second) ** 2 for first, second in zip(lab1, lab2))

# %% farshlab={"wrong_answer": "a02-q3_1-answer", "mistake": "adds the differences without squaring them"}
def delta_e76(lab1, lab2):
    return sum(abs(first - second) for first, second in zip(lab1, lab2))

# %% farshlab={"wrong_answer": "a02-q3_1-answer", "mistake": "leaves out the lightness L*"}
def delta_e76(lab1, lab2):
    return math.hypot(lab1[1] - lab2[1], lab1[2] - lab2[2])

# %% nbgrader={"grade": true, "grade_id": "a02-q3_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = delta_e76([50, 10, 10], [53, 14, 22])
assert math.isclose(got, 13.0, abs_tol=1e-9), f"differences 3, 4 and 12 give √(9 + 16 + 144) = 13; your function gave {got}"
### BEGIN HIDDEN TESTS
assert math.isclose(delta_e76([62.5, -3.2, 18.0], [60.1, 2.4, 15.3]), 6.6640828326, abs_tol=1e-8), "expected 6.66408"
assert math.isclose(delta_e76([20, 0, 0], [20, 0, 0]), 0.0, abs_tol=1e-12), "a colour is 0 away from itself"
assert math.isclose(delta_e76([53, 14, 22], [50, 10, 10]), 13.0, abs_tol=1e-9), "the order of the two colours does not matter"
### END HIDDEN TESTS

# %% [markdown]
# ## Q3.2 (1 point) Chroma
# Write `chroma(lab)`: how far a colour is from grey, C\* = √(a\*² + b\*²), as a float.

# %% nbgrader={"grade": false, "grade_id": "a02-q3_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["chroma"], "answered_by": ["farshlab.colour.lab_to_lch", "colour.Lab_to_LCHab"]}
def chroma(lab):
    ### BEGIN SOLUTION
    return math.hypot(lab[1], lab[2])
    ### END SOLUTION

# %% farshlab={"library_answer": "a02-q3_2-answer"}
from farshlab.colour import lab_to_lch


def chroma(lab):
    return float(lab_to_lch(lab)[1])

# %% farshlab={"library_answer": "a02-q3_2-answer"}
import colour


def chroma(lab):
    return float(colour.Lab_to_LCHab(lab)[1])

# %% farshlab={"wrong_answer": "a02-q3_2-answer", "mistake": "counts L* in as well"}
def chroma(lab):
    return math.sqrt(lab[0] ** 2 + lab[1] ** 2 + lab[2] ** 2)

# %% farshlab={"wrong_answer": "a02-q3_2-answer", "mistake": "a* + b* without squares"}
def chroma(lab):
    return abs(lab[1]) + abs(lab[2])

# %% farshlab={"wrong_answer": "a02-q3_2-answer", "mistake": "takes L* and a* (positions 0 and 1) instead of a* and b*"}
def chroma(lab):
    return math.hypot(lab[0], lab[1])

# %% nbgrader={"grade": true, "grade_id": "a02-q3_2-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = chroma([50, 3, 4])
assert math.isclose(got, 5.0, abs_tol=1e-9), f"a* = 3, b* = 4 give chroma √(9 + 16) = 5; your function gave {got}"
### BEGIN HIDDEN TESTS
assert math.isclose(chroma([60, -20, -20]), 28.2842712475, abs_tol=1e-8), "chroma of a* = -20, b* = -20 is 28.2843"
assert math.isclose(chroma([50, 0, 0]), 0.0, abs_tol=1e-12), "a grey has chroma 0"
assert math.isclose(chroma([45, 55, 40]), 68.0073525437, abs_tol=1e-8), "chroma of a* = 55, b* = 40 is 68.0074"
### END HIDDEN TESTS

# %% [markdown]
# ## Q3.3 (2 points) Hue angle
# Write `hue_angle(lab)`: the direction of the colour around the grey axis, in **degrees from 0 up to
# (not including) 360**: `math.degrees(math.atan2(b, a))`, then make negative angles positive by adding
# 360 (or use `% 360`). A grey (a\* = b\* = 0) gets 0.
#
# Example: a\* = 3, b\* = 4 give 53.13°.

# %% nbgrader={"grade": false, "grade_id": "a02-q3_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["hue_angle"], "answered_by": ["skimage.color.lab2lch"]}
def hue_angle(lab):
    ### BEGIN SOLUTION
    return math.degrees(math.atan2(lab[2], lab[1])) % 360
    ### END SOLUTION

# %% farshlab={"library_answer": "a02-q3_3-answer"}
from skimage.color import lab2lch


def hue_angle(lab):
    return float(np.degrees(lab2lch(np.asarray(lab, dtype=float))[2]))

# %% farshlab={"wrong_answer": "a02-q3_3-answer", "mistake": "forgets % 360: gives −90° instead of 270°"}
def hue_angle(lab):
    return math.degrees(math.atan2(lab[2], lab[1]))

# %% farshlab={"wrong_answer": "a02-q3_3-answer", "mistake": "atan2(a, b) instead of atan2(b, a)"}
def hue_angle(lab):
    return math.degrees(math.atan2(lab[1], lab[2])) % 360

# %% farshlab={"wrong_answer": "a02-q3_3-answer", "mistake": "math.atan(b / a): loses the quarter and fails for a grey"}
def hue_angle(lab):
    return math.degrees(math.atan(lab[2] / lab[1])) % 360

# %% nbgrader={"grade": true, "grade_id": "a02-q3_3-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = hue_angle([50, 3, 4])
assert math.isclose(got, 53.1301023542, abs_tol=1e-8), f"a* = 3, b* = 4 point to 53.13°; your function gave {got}"
### BEGIN HIDDEN TESTS
got = hue_angle([40, 0, -2])
assert math.isclose(got, 270.0, abs_tol=1e-9), f"straight towards blue (b* negative) is 270°, not -90°; got {got}"
assert math.isclose(hue_angle([60, -20, -20]), 225.0, abs_tol=1e-9), f"a* = -20, b* = -20 is 225°; got {hue_angle([60, -20, -20])}"
assert math.isclose(hue_angle([70, -30, 10]), 161.5650511771, abs_tol=1e-8), "a* = -30, b* = 10 is 161.565°"
assert math.isclose(hue_angle([50, 0, 0]), 0.0, abs_tol=1e-12), "a grey gets hue 0"
### END HIDDEN TESTS

# %% [markdown]
# # Part 4 — CIEDE2000, step by step
# The steps and test pairs follow G. Sharma, W. Wu, E. N. Dalal, "The CIEDE2000 color-difference
# formula: implementation notes, supplementary test data, and mathematical observations", *Color
# Research and Application* 30(1):21–30, 2005. Angles are in **degrees** here; use `math.radians`
# inside `math.cos` and `math.sin`.

# %% [markdown]
# ## Q4.1 (2 points) The factor G
# CIEDE2000 first stretches a\* of greyish colours. Write `g_factor(lab1, lab2)`:
#
# 1. the chroma of each colour, C1 and C2 (as in Q3.2), and their mean `C_mean = (C1 + C2) / 2`;
# 2. `G = 0.5 * (1 - math.sqrt(C_mean ** 7 / (C_mean ** 7 + 25 ** 7)))`.
#
# G is near 0.5 for near-greys and near 0 for strong colours.

# %% nbgrader={"grade": false, "grade_id": "a02-q4_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["g_factor"], "answered_by": []}
def g_factor(lab1, lab2):
    ### BEGIN SOLUTION
    c_mean = (chroma(lab1) + chroma(lab2)) / 2
    return 0.5 * (1 - math.sqrt(c_mean**7 / (c_mean**7 + 25**7)))
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a02-q4_1-answer", "mistake": "C_mean ** 7 / 25 ** 7 under the root, without adding C_mean ** 7 below"}
def g_factor(lab1, lab2):
    c_mean = (chroma(lab1) + chroma(lab2)) / 2
    return 0.5 * (1 - math.sqrt(c_mean**7 / 25**7))

# %% farshlab={"wrong_answer": "a02-q4_1-answer", "mistake": "the chroma of the mean colour instead of the mean of the two chromas"}
def g_factor(lab1, lab2):
    c_mean = math.hypot((lab1[1] + lab2[1]) / 2, (lab1[2] + lab2[2]) / 2)
    return 0.5 * (1 - math.sqrt(c_mean**7 / (c_mean**7 + 25**7)))

# %% farshlab={"wrong_answer": "a02-q4_1-answer", "mistake": "forgets the 0.5"}
def g_factor(lab1, lab2):
    c_mean = (chroma(lab1) + chroma(lab2)) / 2
    return 1 - math.sqrt(c_mean**7 / (c_mean**7 + 25**7))

# %% nbgrader={"grade": true, "grade_id": "a02-q4_1-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, chroma is a correct one, so that a mistake in an earlier
# answer does not cost the points of Q4.1 as well.
def _correct_chroma(lab):
    return math.hypot(lab[1], lab[2])


_yours = {name: globals().get(name) for name in ["chroma"]}
chroma = _correct_chroma
### END HIDDEN TESTS
got = g_factor([50.0, 2.6772, -79.7751], [50.0, 0.0, -82.7485])
assert math.isclose(got, 0.0000650714, abs_tol=1e-9), f"Sharma pair 1 (strong blues) has G = 0.0000651; your function gave {got}"
### BEGIN HIDDEN TESTS
got = g_factor([50.0, 0.0, 0.0], [50.0, -1.0, 2.0])
assert math.isclose(got, 0.4999905426, abs_tol=1e-9), f"Sharma pair 7 (near-greys) has G = 0.49999; got {got}"
got = g_factor([50.0, 2.5, 0.0], [73.0, 25.0, -18.0])
assert math.isclose(got, 0.3827495365, abs_tol=1e-9), f"Sharma pair 17 has G = 0.38275; got {got}"
got = g_factor([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])
assert math.isclose(got, 0.0017026886, abs_tol=1e-9), f"Sharma pair 25 has G = 0.0017027; got {got}"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## Q4.2 (2 points) a′, C′ and h′ of one colour
# Write `prime_values(lab, G)` that returns the three numbers `(a_p, C_p, h_p)` of one colour:
#
# - `a_p = (1 + G) * a` (a\* stretched);
# - `C_p = √(a_p² + b²)`;
# - `h_p` = the hue angle of (a_p, b) in degrees 0–360, as in Q3.3; **0 when a_p and b are both 0**.

# %% nbgrader={"grade": false, "grade_id": "a02-q4_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["prime_values"], "answered_by": []}
def prime_values(lab, G):
    ### BEGIN SOLUTION
    a_p = (1 + G) * lab[1]
    c_p = math.hypot(a_p, lab[2])
    h_p = 0.0 if c_p == 0 else hue_angle([lab[0], a_p, lab[2]])
    return a_p, c_p, h_p
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a02-q4_2-answer", "mistake": "the hue from a*, not from the stretched a′"}
def prime_values(lab, G):
    a_p = (1 + G) * lab[1]
    c_p = math.hypot(a_p, lab[2])
    return a_p, c_p, hue_angle(lab)

# %% farshlab={"wrong_answer": "a02-q4_2-answer", "mistake": "a′ = G × a: forgets the 1 +"}
def prime_values(lab, G):
    a_p = G * lab[1]
    c_p = math.hypot(a_p, lab[2])
    h_p = 0.0 if c_p == 0 else math.degrees(math.atan2(lab[2], a_p)) % 360
    return a_p, c_p, h_p

# %% farshlab={"wrong_answer": "a02-q4_2-answer", "mistake": "leaves h′ negative (no % 360)"}
def prime_values(lab, G):
    a_p = (1 + G) * lab[1]
    c_p = math.hypot(a_p, lab[2])
    h_p = 0.0 if c_p == 0 else math.degrees(math.atan2(lab[2], a_p))
    return a_p, c_p, h_p

# %% nbgrader={"grade": true, "grade_id": "a02-q4_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, chroma and hue_angle are correct ones, so that a mistake
# in an earlier answer does not cost the points of Q4.2 as well.
def _correct_chroma(lab):
    return math.hypot(lab[1], lab[2])


def _correct_hue_angle(lab):
    return math.degrees(math.atan2(lab[2], lab[1])) % 360


_yours = {name: globals().get(name) for name in ["chroma", "hue_angle"]}
chroma = _correct_chroma
hue_angle = _correct_hue_angle
### END HIDDEN TESTS
got = prime_values([50.0, 2.6772, -79.7751], 0.0000650714)
assert len(got) == 3, f"return three numbers (a_p, C_p, h_p); your function gave {got}"
assert np.allclose(got, [2.6773742, 79.8200157, 271.9222124], atol=1e-6), (
    f"Sharma pair 1, first colour: a' = 2.67737, C' = 79.82002, h' = 271.92221; your function gave {got}"
)
### BEGIN HIDDEN TESTS
got = prime_values([50.0, -1.0, 2.0], 0.4999905426)
assert np.allclose(got, [-1.4999905, 2.4999943, 126.8697242], atol=1e-6), f"Sharma pair 7, second colour: a' = -1.49999, C' = 2.49999, h' = 126.8697; got {got}"
got = prime_values([50.0, 0.0, 0.0], 0.4999905426)
assert np.allclose(got, [0.0, 0.0, 0.0], atol=1e-12), f"a grey has a' = C' = h' = 0; got {got}"
got = prime_values([73.0, 25.0, -18.0], 0.3827495365)
assert np.allclose(got, [34.5687384, 38.9743207, 332.4939315], atol=1e-6), f"Sharma pair 17, second colour: a' = 34.56874, C' = 38.97432, h' = 332.4939; got {got}"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## Q4.3 (3 points) The whole CIEDE2000
# Write `ciede2000(lab1, lab2)` (with kL = kC = kH = 1), using your `g_factor` and `prime_values`:
#
# 1. `G = g_factor(lab1, lab2)`; `(a1p, C1p, h1p)` and `(a2p, C2p, h2p)` from `prime_values`.
# 2. Differences: `dL = L2 - L1`, `dC = C2p - C1p`. Hue: if `C1p * C2p == 0`, `dh = 0`; otherwise
#    `dh = h2p - h1p`, then subtract 360 if `dh > 180`, add 360 if `dh < -180`.
#    `dH = 2 * math.sqrt(C1p * C2p) * math.sin(math.radians(dh / 2))`.
# 3. Means: `L_m = (L1 + L2) / 2`, `C_m = (C1p + C2p) / 2`. Mean hue `h_m`: if `C1p * C2p == 0`,
#    `h_m = h1p + h2p`; else if `abs(h1p - h2p) <= 180`, `h_m = (h1p + h2p) / 2`; else if
#    `h1p + h2p < 360`, `h_m = (h1p + h2p + 360) / 2`; else `h_m = (h1p + h2p - 360) / 2`.
# 4. `T = 1 - 0.17 cos(h_m - 30°) + 0.24 cos(2 h_m) + 0.32 cos(3 h_m + 6°) - 0.20 cos(4 h_m - 63°)`.
# 5. `d_theta = 30 * exp(-((h_m - 275) / 25) ** 2)` (degrees);
#    `R_C = 2 * sqrt(C_m ** 7 / (C_m ** 7 + 25 ** 7))`; `R_T = -sin(2 * d_theta) * R_C`.
# 6. `S_L = 1 + 0.015 (L_m - 50)² / sqrt(20 + (L_m - 50)²)`, `S_C = 1 + 0.045 C_m`,
#    `S_H = 1 + 0.015 C_m T`.
# 7. ΔE00 = √((dL/S_L)² + (dC/S_C)² + (dH/S_H)² + R_T (dC/S_C)(dH/S_H)).

# %% nbgrader={"grade": false, "grade_id": "a02-q4_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["ciede2000"], "answered_by": ["farshlab.colour.delta_e_ciede2000", "farshlab.colour.delta_e", "colour.delta_E", "colour.difference.delta_E_CIE2000", "skimage.color.deltaE_ciede2000"]}
def ciede2000(lab1, lab2):
    ### BEGIN SOLUTION
    G = g_factor(lab1, lab2)
    _, c1p, h1p = prime_values(lab1, G)
    _, c2p, h2p = prime_values(lab2, G)
    d_l = lab2[0] - lab1[0]
    d_c = c2p - c1p
    product = c1p * c2p
    if product == 0:
        dh = 0.0
    else:
        dh = h2p - h1p
        if dh > 180:
            dh -= 360
        elif dh < -180:
            dh += 360
    d_h = 2 * math.sqrt(product) * math.sin(math.radians(dh / 2))
    l_m = (lab1[0] + lab2[0]) / 2
    c_m = (c1p + c2p) / 2
    if product == 0:
        h_m = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_m = (h1p + h2p) / 2
    elif h1p + h2p < 360:
        h_m = (h1p + h2p + 360) / 2
    else:
        h_m = (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_m - 30))
        + 0.24 * math.cos(math.radians(2 * h_m))
        + 0.32 * math.cos(math.radians(3 * h_m + 6))
        - 0.20 * math.cos(math.radians(4 * h_m - 63))
    )
    d_theta = 30 * math.exp(-(((h_m - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(c_m**7 / (c_m**7 + 25**7))
    r_t = -math.sin(math.radians(2 * d_theta)) * r_c
    s_l = 1 + 0.015 * (l_m - 50) ** 2 / math.sqrt(20 + (l_m - 50) ** 2)
    s_c = 1 + 0.045 * c_m
    s_h = 1 + 0.015 * c_m * t
    return math.sqrt(
        (d_l / s_l) ** 2 + (d_c / s_c) ** 2 + (d_h / s_h) ** 2 + r_t * (d_c / s_c) * (d_h / s_h)
    )
    ### END SOLUTION

# %% farshlab={"library_answer": "a02-q4_3-answer"}
from farshlab.colour import delta_e_ciede2000


def ciede2000(lab1, lab2):
    return float(delta_e_ciede2000(lab1, lab2))

# %% farshlab={"library_answer": "a02-q4_3-answer"}
from farshlab.colour import delta_e


def ciede2000(lab1, lab2):
    return float(delta_e(lab1, lab2, method="ciede2000"))

# %% farshlab={"library_answer": "a02-q4_3-answer"}
import colour


def ciede2000(lab1, lab2):
    return float(colour.delta_E(lab1, lab2, method="CIE 2000"))

# %% farshlab={"library_answer": "a02-q4_3-answer"}
import colour


def ciede2000(lab1, lab2):
    return float(colour.difference.delta_E_CIE2000(lab1, lab2))

# %% farshlab={"library_answer": "a02-q4_3-answer"}
from skimage.color import deltaE_ciede2000


def ciede2000(lab1, lab2):
    return float(deltaE_ciede2000(lab1, lab2))

# %% farshlab={"wrong_answer": "a02-q4_3-answer", "mistake": "forgets to bring the hue difference into −180…180 (the 360 wrap)"}
def ciede2000(lab1, lab2):
    G = g_factor(lab1, lab2)
    _, c1p, h1p = prime_values(lab1, G)
    _, c2p, h2p = prime_values(lab2, G)
    d_l = lab2[0] - lab1[0]
    d_c = c2p - c1p
    product = c1p * c2p
    dh = 0.0 if product == 0 else h2p - h1p
    d_h = 2 * math.sqrt(product) * math.sin(math.radians(dh / 2))
    l_m = (lab1[0] + lab2[0]) / 2
    c_m = (c1p + c2p) / 2
    if product == 0:
        h_m = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_m = (h1p + h2p) / 2
    elif h1p + h2p < 360:
        h_m = (h1p + h2p + 360) / 2
    else:
        h_m = (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_m - 30))
        + 0.24 * math.cos(math.radians(2 * h_m))
        + 0.32 * math.cos(math.radians(3 * h_m + 6))
        - 0.20 * math.cos(math.radians(4 * h_m - 63))
    )
    d_theta = 30 * math.exp(-(((h_m - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(c_m**7 / (c_m**7 + 25**7))
    r_t = -math.sin(math.radians(2 * d_theta)) * r_c
    s_l = 1 + 0.015 * (l_m - 50) ** 2 / math.sqrt(20 + (l_m - 50) ** 2)
    s_c = 1 + 0.045 * c_m
    s_h = 1 + 0.015 * c_m * t
    return math.sqrt((d_l / s_l) ** 2 + (d_c / s_c) ** 2 + (d_h / s_h) ** 2 + r_t * (d_c / s_c) * (d_h / s_h))

# %% farshlab={"wrong_answer": "a02-q4_3-answer", "mistake": "the mean hue as a plain average, without the cases across 0°/360°"}
def ciede2000(lab1, lab2):
    G = g_factor(lab1, lab2)
    _, c1p, h1p = prime_values(lab1, G)
    _, c2p, h2p = prime_values(lab2, G)
    d_l = lab2[0] - lab1[0]
    d_c = c2p - c1p
    product = c1p * c2p
    dh = 0.0 if product == 0 else h2p - h1p
    if product != 0 and dh > 180:
        dh -= 360
    elif product != 0 and dh < -180:
        dh += 360
    d_h = 2 * math.sqrt(product) * math.sin(math.radians(dh / 2))
    l_m = (lab1[0] + lab2[0]) / 2
    c_m = (c1p + c2p) / 2
    if product == 0:
        h_m = h1p + h2p
    else:
        h_m = (h1p + h2p) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_m - 30))
        + 0.24 * math.cos(math.radians(2 * h_m))
        + 0.32 * math.cos(math.radians(3 * h_m + 6))
        - 0.20 * math.cos(math.radians(4 * h_m - 63))
    )
    d_theta = 30 * math.exp(-(((h_m - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(c_m**7 / (c_m**7 + 25**7))
    r_t = -math.sin(math.radians(2 * d_theta)) * r_c
    s_l = 1 + 0.015 * (l_m - 50) ** 2 / math.sqrt(20 + (l_m - 50) ** 2)
    s_c = 1 + 0.045 * c_m
    s_h = 1 + 0.015 * c_m * t
    return math.sqrt((d_l / s_l) ** 2 + (d_c / s_c) ** 2 + (d_h / s_h) ** 2 + r_t * (d_c / s_c) * (d_h / s_h))

# %% farshlab={"wrong_answer": "a02-q4_3-answer", "mistake": "degrees straight into math.cos in T (no math.radians)"}
def ciede2000(lab1, lab2):
    G = g_factor(lab1, lab2)
    _, c1p, h1p = prime_values(lab1, G)
    _, c2p, h2p = prime_values(lab2, G)
    d_l = lab2[0] - lab1[0]
    d_c = c2p - c1p
    product = c1p * c2p
    dh = 0.0 if product == 0 else h2p - h1p
    if product != 0 and dh > 180:
        dh -= 360
    elif product != 0 and dh < -180:
        dh += 360
    d_h = 2 * math.sqrt(product) * math.sin(math.radians(dh / 2))
    l_m = (lab1[0] + lab2[0]) / 2
    c_m = (c1p + c2p) / 2
    if product == 0:
        h_m = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_m = (h1p + h2p) / 2
    elif h1p + h2p < 360:
        h_m = (h1p + h2p + 360) / 2
    else:
        h_m = (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(h_m - 30)
        + 0.24 * math.cos(2 * h_m)
        + 0.32 * math.cos(3 * h_m + 6)
        - 0.20 * math.cos(4 * h_m - 63)
    )
    d_theta = 30 * math.exp(-(((h_m - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(c_m**7 / (c_m**7 + 25**7))
    r_t = -math.sin(math.radians(2 * d_theta)) * r_c
    s_l = 1 + 0.015 * (l_m - 50) ** 2 / math.sqrt(20 + (l_m - 50) ** 2)
    s_c = 1 + 0.045 * c_m
    s_h = 1 + 0.015 * c_m * t
    return math.sqrt((d_l / s_l) ** 2 + (d_c / s_c) ** 2 + (d_h / s_h) ** 2 + r_t * (d_c / s_c) * (d_h / s_h))

# %% nbgrader={"grade": true, "grade_id": "a02-q4_3-tests", "locked": true, "points": 3, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, chroma, hue_angle, g_factor and prime_values are correct
# ones, so that a mistake in an earlier answer does not cost the points of Q4.3 as well.
def _correct_chroma(lab):
    return math.hypot(lab[1], lab[2])


def _correct_hue_angle(lab):
    return math.degrees(math.atan2(lab[2], lab[1])) % 360


def _correct_g_factor(lab1, lab2):
    c_mean = (math.hypot(lab1[1], lab1[2]) + math.hypot(lab2[1], lab2[2])) / 2
    return 0.5 * (1 - math.sqrt(c_mean**7 / (c_mean**7 + 25**7)))


def _correct_prime_values(lab, G):
    a_p = (1 + G) * lab[1]
    c_p = math.hypot(a_p, lab[2])
    return a_p, c_p, 0.0 if c_p == 0 else math.degrees(math.atan2(lab[2], a_p)) % 360


_yours = {name: globals().get(name) for name in ["chroma", "hue_angle", "g_factor", "prime_values"]}
chroma = _correct_chroma
hue_angle = _correct_hue_angle
g_factor = _correct_g_factor
prime_values = _correct_prime_values
### END HIDDEN TESTS
got = ciede2000([50.0, 2.6772, -79.7751], [50.0, 0.0, -82.7485])
assert math.isclose(got, 2.0425, abs_tol=1e-4), f"Sharma pair 1 has ΔE00 = 2.0425 (published); your function gave {got}"
### BEGIN HIDDEN TESTS
# expected values: Sharma, Wu & Dalal 2005, Table 1 (pairs 7, 13, 17, 21, 25, 34)
assert math.isclose(ciede2000([50.0, 0.0, 0.0], [50.0, -1.0, 2.0]), 2.3669, abs_tol=1e-4), "Sharma pair 7 (a grey) is 2.3669"
assert math.isclose(ciede2000([50.0, -0.001, 2.49], [50.0, 0.0009, -2.49]), 4.8045, abs_tol=1e-4), "Sharma pair 13 (hues 180° apart) is 4.8045"
assert math.isclose(ciede2000([50.0, 2.5, 0.0], [73.0, 25.0, -18.0]), 27.1492, abs_tol=1e-4), "Sharma pair 17 is 27.1492"
assert math.isclose(ciede2000([50.0, 2.5, 0.0], [50.0, 3.1736, 0.5854]), 1.0, abs_tol=1e-4), "Sharma pair 21 is 1.0000"
assert math.isclose(ciede2000([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387]), 1.2644, abs_tol=1e-4), "Sharma pair 25 is 1.2644"
assert math.isclose(ciede2000([2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514]), 0.9082, abs_tol=1e-4), "Sharma pair 34 (very dark) is 0.9082"
assert math.isclose(ciede2000([50.0, 0.0009, -2.49], [50.0, -0.001, 2.49]), 4.8045, abs_tol=1e-4), "CIEDE2000 is symmetric: swap the colours of pair 13 and get 4.8045 again"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# # Part 5 — The yarn legend

# %% [markdown]
# ## Q5.1 (2 points) The nearest yarn
# A small legend is a dictionary `{code: (L, a, b)}`. Write `nearest_yarn(lab, legend)` that returns the
# **code** of the yarn with the smallest ΔE76 to the colour `lab` (you may call your `delta_e76`).
#
# Example: with `{1: (95, 0, 2), 2: (40, 55, 40), 3: (25, 5, -30)}`, the colour `(42, 50, 38)` is
# nearest to yarn 2.

# %% nbgrader={"grade": false, "grade_id": "a02-q5_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["nearest_yarn"], "answered_by": ["farshlab.colour.nearest_yarn", "farshlab.colour.k_nearest_yarns"]}
def nearest_yarn(lab, legend):
    ### BEGIN SOLUTION
    return min(legend, key=lambda code: delta_e76(lab, legend[code]))
    ### END SOLUTION

# %% farshlab={"library_answer": "a02-q5_1-answer"}
from farshlab.colour import nearest_yarn as _nearest


def nearest_yarn(lab, legend):
    codes = list(legend)
    index, _ = _nearest(np.array([lab], dtype=float), np.array([legend[c] for c in codes], dtype=float), method="cie76")
    return codes[int(index[0])]

# %% farshlab={"library_answer": "a02-q5_1-answer"}
from farshlab.colour import k_nearest_yarns


def nearest_yarn(lab, legend):
    codes = list(legend)
    index, _ = k_nearest_yarns(np.array([lab], dtype=float), np.array([legend[c] for c in codes], dtype=float), 1, method="cie76")
    return codes[int(index[0][0])]

# %% farshlab={"wrong_answer": "a02-q5_1-answer", "mistake": "returns the yarn's Lab colour instead of its code"}
def nearest_yarn(lab, legend):
    return legend[min(legend, key=lambda code: delta_e76(lab, legend[code]))]

# %% farshlab={"wrong_answer": "a02-q5_1-answer", "mistake": "max instead of min: the farthest yarn"}
def nearest_yarn(lab, legend):
    return max(legend, key=lambda code: delta_e76(lab, legend[code]))

# %% farshlab={"wrong_answer": "a02-q5_1-answer", "mistake": "compares the lightness L* only"}
def nearest_yarn(lab, legend):
    return min(legend, key=lambda code: abs(lab[0] - legend[code][0]))

# %% nbgrader={"grade": true, "grade_id": "a02-q5_1-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# Graded on its own: while this cell runs, delta_e76 is a correct one, so that a mistake in an
# earlier answer does not cost the points of Q5.1 as well.
def _correct_delta_e76(lab1, lab2):
    return math.dist(lab1, lab2)


_yours = {name: globals().get(name) for name in ["delta_e76"]}
delta_e76 = _correct_delta_e76
### END HIDDEN TESTS
small_legend = {1: (95, 0, 2), 2: (40, 55, 40), 3: (25, 5, -30)}
got = nearest_yarn((42, 50, 38), small_legend)
assert got == 2, f"(42, 50, 38) is nearest to yarn 2 (40, 55, 40); your function gave {got!r}"
### BEGIN HIDDEN TESTS
legend = {12: (88, 4, 18), 40: (40, 55, 40), 53: (24, 6, -30), 68: (52, -30, 28), 87: (68, -6, -24)}
assert nearest_yarn((70, -8, -20), legend) == 87, f"a sky colour is nearest to yarn 87; got {nearest_yarn((70, -8, -20), legend)!r}"
assert nearest_yarn((50, -25, 30), legend) == 68, "a leaf colour is nearest to yarn 68"
assert nearest_yarn((85, 6, 20), legend) == 12, "a cream colour is nearest to yarn 12"
assert nearest_yarn((24, 6, -30), legend) == 53, "a colour equal to yarn 53 is nearest to yarn 53"
got = nearest_yarn((40, -30, 28), legend)
assert got == 68, (
    "the dark green (40, -30, 28) is nearest to the leaf green 68 (ΔE76 12), not to the red 40 of the same "
    f"lightness (ΔE76 86): compare all three numbers L*, a*, b*; your function gave {got!r}")
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## Q5.2 (1 point) Light to dark
# Chart tools often number yarns from light to dark. Write `light_to_dark(legend)` that returns the list
# of the legend's codes sorted by L\* from the **lightest** (largest L\*) to the darkest.
#
# Example: `{1: (40, 0, 0), 2: (90, 0, 0), 3: (10, 0, 0)}` gives `[2, 1, 3]`.

# %% nbgrader={"grade": false, "grade_id": "a02-q5_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["light_to_dark"], "answered_by": []}
def light_to_dark(legend):
    ### BEGIN SOLUTION
    return sorted(legend, key=lambda code: legend[code][0], reverse=True)
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a02-q5_2-answer", "mistake": "dark to light: forgets reverse=True"}
def light_to_dark(legend):
    return sorted(legend, key=lambda code: legend[code][0])

# %% farshlab={"wrong_answer": "a02-q5_2-answer", "mistake": "sorts the codes themselves, not by L*"}
def light_to_dark(legend):
    return sorted(legend, reverse=True)

# %% farshlab={"wrong_answer": "a02-q5_2-answer", "mistake": "returns the L* values instead of the codes"}
def light_to_dark(legend):
    return sorted((lab[0] for lab in legend.values()), reverse=True)

# %% nbgrader={"grade": true, "grade_id": "a02-q5_2-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = light_to_dark({1: (40, 0, 0), 2: (90, 0, 0), 3: (10, 0, 0)})
assert list(got) == [2, 1, 3], f"lightest first: yarn 2 (L 90), yarn 1 (L 40), yarn 3 (L 10); your function gave {got}"
### BEGIN HIDDEN TESTS
legend = {12: (88, 4, 18), 40: (40, 55, 40), 53: (24, 6, -30), 68: (52, -30, 28), 87: (68, -6, -24)}
assert list(light_to_dark(legend)) == [12, 87, 68, 40, 53], f"expected [12, 87, 68, 40, 53], got {light_to_dark(legend)}"
assert list(light_to_dark({7: (55.5, 0, 0)})) == [7], "a legend of one yarn gives a list of that one code"
### END HIDDEN TESTS

# %% [markdown]
# # Part 6 — In your own words

# %% [markdown]
# ## Q6.1 (3 points, read by your instructor) Same ΔE76, different look
# Two pairs of yarns both have ΔE76 = 5: one pair of dark navy blues, one pair of bright yellows.
# In three to five sentences: (a) would a weaver see the two pairs as equally different? Why or why
# not? (b) Which ΔE method and setting would you use to choose yarns for a chart, and which to decide
# whether a new dye lot matches the old one, and why? (c) Two yarns match in the workshop under
# daylight; the customer says they differ at home. What is happening, and what would you check before
# dyeing the next lot?

# %% [markdown] nbgrader={"grade": true, "grade_id": "a02-q6_1-written", "locked": false, "points": 3, "schema_version": 3, "solution": true}
# (The instructor's model answer goes here; the released copy shows "YOUR ANSWER HERE" in its place.)
# (a) No: CIELAB is only roughly even. The eye tells strong, saturated colours such as bright yellows
# apart less well than ΔE76 counts (CIEDE2000 shrinks their chroma and hue differences a lot), while the
# navies are far less saturated, and blue is where CIELAB's hues are least even; so the navy pair usually
# looks more different than the yellow pair. Darkness itself is not the reason: CIEDE2000 counts a
# lightness step in a dark colour as slightly smaller than the same step at mid-lightness.
# (b) CIEDE2000, which corrects these unevennesses. To choose the yarn nearest to a picture's colour,
# the reference setting kL = 1, as farshlab's chart tools use (the question is "which yarn is
# nearest?"). To judge a new dye lot against the old one, the textile tolerance, kL = 2 or CMC 2:1,
# because between two yarns a small lightness step matters less than a hue step. Compare under one
# method and one setting only.
# (c) Metamerism: the two yarns reflect light differently across the spectrum, and match only under
# daylight. Judge in daylight, check under a second light (tungsten, shop light), and dye the next lot
# with the same dyes as the first rather than a different recipe that matches only in daylight.
