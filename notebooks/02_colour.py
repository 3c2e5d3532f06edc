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
# # Lesson 2 — Colour for carpets: Lab, ΔE and the yarn legend
#
# Every number on a coded chart points to a dyed yarn. When a picture becomes a chart, the computer
# must answer one question millions of times: **which yarn of our legend looks most like this
# colour?** This lesson shows how to ask that question properly.
#
# By the end you will be able to:
#
# 1. explain why the distance between two RGB colours is a poor guide to how different they look;
# 2. describe a colour by CIELAB numbers — lightness L\*, a\*, b\* — and by lightness, chroma and hue;
# 3. compute a colour difference ΔE by CIE76 and CIEDE2000, and say what ΔE ≈ 1, 2 and 5 mean;
# 4. say which CIEDE2000 setting a job needs — kL = 1 to choose yarns for a chart, the textile
#    tolerance kL = 2 (or CMC 2:1) to judge a dyed lot against its standard — and why;
# 5. say in plain words what metamerism is and why dyers judge colour in daylight;
# 6. read a yarn legend and find the nearest yarn for any colour, with the **Colour Matcher**.
#
# Time: about 2¾ hours, practice included. All the colour maths comes from the tested package
# `farshlab.colour`; along the way you meet the Python the assignment needs: text and hex numbers,
# lists made by a rule, the `math` module, `@`, and choosing with `min`, `max` and `sorted`. Each
# **Practice** has an empty cell to try it in and the answer folded under *Show the answer*.

# %%
import math

import matplotlib.pyplot as plt
import numpy as np

from farshlab.locale import say
from farshlab.colour import (
    delta_e,
    hex_to_srgb,
    lab_to_lch,
    load_example_legend,
    srgb_to_hex,
    srgb_to_lab,
    srgb_to_linear,
)

# %% [markdown]
# ## 1. Colours on a screen: RGB and hex
#
# A screen makes every colour from three lights: **R**ed, **G**reen and **B**lue. Each is a whole
# number from 0 (off) to 255 (full). `[255, 255, 255]` is white, `[0, 0, 0]` black, `[179, 38, 30]` a
# madder red. Designers often write the same three numbers as a **hex code**: `#b3261e` means
# b3 = 179, 26 = 38, 1e = 30 (each pair is a number in base 16). These sRGB numbers describe a
# *screen* colour; a dyed yarn only looks like it when the screen is set up well.

# %%
say(hex_to_srgb("#b3261e"))
say(srgb_to_hex([179, 38, 30]))

# %% [markdown]
# ### Hex codes by hand: text, base 16, and f-strings
# A hex code is **text** (a *string*). Text can be sliced like a list, `.lstrip("#")` takes a `#` off
# its start, and `int(text, 16)` reads text as a number in base 16:

# %%
code = "#b3261e"
digits = code.lstrip("#")
say(digits, digits[0:2], digits[2:4], digits[4:6])
say(int("b3", 16), int("26", 16), int("1e", 16))

# %% [markdown]
# The other way, an f-string writes a number in hex with the format `x`; `02x` asks for at least two
# digits, with a 0 in front when needed (5 becomes `05`, not `5`):

# %%
say(f"{179:x}", f"{5:x}", f"{5:02x}", f"#{179:02x}{38:02x}{30:02x}")

# %% [markdown]
# ### A list made by a rule: `[… for …]`
# To do the same thing to every value of a list, Python has a short form, a **list comprehension**:
# `[rule for value in values]` makes a new list with the rule applied to each value. Knots per cm for
# three densities, in one line:

# %%
say([raj / 7 for raj in (35, 50, 70)])

# %% [markdown]
# ### Practice 1 — Leaf green by hand
# The lesson-0 legend wrote leaf green as `#4f7942`. Work out its three RGB numbers by hand, with
# `int(..., 16)` and slices of the text, then check with `hex_to_srgb`.

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# green_digits = "#4f7942".lstrip("#")
# print(int(green_digits[0:2], 16), int(green_digits[2:4], 16), int(green_digits[4:6], 16))
# print(hex_to_srgb("#4f7942"))
# ```
#
# It prints:
#
# ```text
# 79 121 66
# [ 79 121  66]
# ```
#
# 4f = 4 × 16 + 15 = 79, 79 = 7 × 16 + 9 = 121, 42 = 4 × 16 + 2 = 66.
#
# </details>

# %% [markdown]
# ### Practice 2 — Gold as a hex code
# The gold of the lesson-0 chart has the RGB numbers `[224, 165, 38]`. Write its hex code with an
# f-string (two hex digits per number), and check with `srgb_to_hex`.

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# print(f"#{224:02x}{165:02x}{38:02x}")
# print(srgb_to_hex([224, 165, 38]))
# ```
#
# It prints:
#
# ```text
# #e0a526
# #e0a526
# ```
#
# </details>

# %% [markdown]
# ## 2. Why RGB distance misleads
#
# A first idea: measure how different two colours are by the straight distance between their RGB
# numbers, √(ΔR² + ΔG² + ΔB²). Look at two pairs of yarn colours:
#
# - **pair A**, two golds: `[230, 220, 40]` and `[255, 245, 40]`;
# - **pair B**, two dark browns: `[60, 20, 20]` and `[60, 40, 20]`.

# %%
pair_a = np.array([[230, 220, 40], [255, 245, 40]])
pair_b = np.array([[60, 20, 20], [60, 40, 20]])

for name, pair in (("A (golds)", pair_a), ("B (dark browns)", pair_b)):
    rgb_distance = np.linalg.norm(pair[0] - pair[1])
    de00 = delta_e(srgb_to_lab(pair[0]), srgb_to_lab(pair[1]))
    say(f"pair {name}: RGB distance {rgb_distance:5.1f}   ΔE00 {de00:5.2f}")

# %% [markdown]
# The RGB distance can be worked out by hand too. `zip` pairs the three numbers of one colour with the
# three of the other; a list comprehension takes the differences; and `sum(d ** 2 for d in …)` adds up
# the squares one by one (written in round brackets inside `sum`, this is a **generator**: a list
# comprehension whose values are used at once, without keeping the list). `math.sqrt` is the square root.

# %%
light_gold, bright_gold = pair_a
differences = [int(first) - int(second) for first, second in zip(light_gold, bright_gold)]
say(differences, math.sqrt(sum(d ** 2 for d in differences)))

# %% [markdown]
# By RGB, pair A is **further apart** (35.4 against 20.0). Now look at them:

# %%
fig, axes = plt.subplots(1, 2, figsize=(7, 2.2))
for ax, pair, title in zip(axes, (pair_a, pair_b), ("pair A: golds", "pair B: dark browns")):
    ax.imshow(pair[None, :, :].astype(np.uint8), aspect="auto")
    ax.set_title(title)
    ax.set_xticks([0, 1], [srgb_to_hex(pair[0]), srgb_to_hex(pair[1])])
    ax.set_yticks([])
fig.tight_layout()
plt.show()

# %% [markdown]
# Most eyes see the two browns as **clearly different** (one is a red-brown, the other an olive
# brown) and the two golds as close cousins. The colour difference ΔE00, which we meet below, agrees
# with the eye: 14.0 for the browns, 5.6 for the golds. RGB numbers are instructions for a screen,
# not a map of what we see: the eye is much more sensitive to some changes (in dark colours, in hue)
# than to others (in bright yellows). For choosing yarns we need a colour space built on what people
# see.

# %% [markdown]
# ## 3. CIELAB: a map of colour built on seeing
#
# **CIELAB** (or "Lab") describes a colour by three numbers, set up by the CIE (the international
# commission on illumination) so that equal steps look roughly equally different:
#
# - **L\*** — lightness, from 0 (black) to 100 (white);
# - **a\*** — green (negative) ↔ red (positive);
# - **b\*** — blue (negative) ↔ yellow (positive).
#
# Going from sRGB to Lab takes three steps (CIE 15:2004; IEC 61966-2-1 for sRGB):
#
# 1. **linearise**: screen numbers are not proportional to light. Divide by 255, then small values
#    are divided by 12.92 and the others become ((c + 0.055) / 1.055)^2.4;
# 2. **matrix**: multiply by a fixed 3 × 3 table to get X, Y, Z, the light as the eye's three kinds of
#    cone would sum it; Y is the luminance;
# 3. **f(t)**: divide by the white's X, Y, Z and take (about) the cube root — the eye's response to
#    light is far from proportional. Then L\* = 116 f(Y) − 16, a\* = 500 (f(X) − f(Y)),
#    b\* = 200 (f(Y) − f(Z)).
#
# Step 2 multiplies a table of numbers by a column of three numbers. numpy writes that with `@`: each
# row of the table is multiplied number by number with the column, and the products are added up. A
# small example (not the sRGB table):

# %%
table = np.array([[1, 2], [3, 4]])
column = np.array([10, 1])
say(table @ column)   # [1 × 10 + 2 × 1, 3 × 10 + 4 × 1]

# %% [markdown]
# farshlab uses daylight D65 as the white, with the numbers the sRGB standard itself gives
# (X = 0.9505, Y = 1, Z = 1.0890), so pure white is exactly L\* = 100, a\* = b\* = 0. Other programs
# use the same white written with more digits; their Lab numbers can differ in the second decimal.

# %%
madder = np.array([179, 38, 30])
say("step 1, linear RGB:", srgb_to_linear(madder).round(4))
say("all steps, Lab:    ", srgb_to_lab(madder).round(2))
say("white:", srgb_to_lab([255, 255, 255]).round(6) + 0.0, " black:", srgb_to_lab([0, 0, 0]) + 0.0)

# %% [markdown]
# ### Lightness, chroma and hue
# Dyers talk about a colour as **how light**, **how strong** and **which colour**. Lab gives all
# three. Lightness is L\*. **Chroma** C\* = √(a\*² + b\*²) is the distance from grey: a grey has
# C\* = 0, a vivid madder red about 68. **Hue angle** h = atan2(b\*, a\*) in degrees says which colour.
# A rough guide, with the hue of the screen's own pure colours (computed in the next cell): about
# 0–50° reds (sRGB red 40°), 50–85° oranges, 85–115° yellows (sRGB yellow 103°), 115–180° greens
# (sRGB green 136°), 180–240° blue-greens (sRGB cyan 196°), 240–315° blues (sRGB blue 306°), 315–360°
# purples and magentas (sRGB magenta 328°). The bands are not equal, and the screen's pure colours do
# not sit at 0°, 90°, 180° and 270°: the a\* and b\* axes are not the screen's red, yellow, green and
# blue.

# %%
L, C, h = lab_to_lch(srgb_to_lab(madder))
say(f"madder red: lightness {L:.1f}, chroma {C:.1f}, hue {h:.1f}°")
pure = {"red": "#ff0000", "yellow": "#ffff00", "green": "#00ff00", "cyan": "#00ffff", "blue": "#0000ff",
        "magenta": "#ff00ff"}
for name, code in pure.items():
    L, C, h = lab_to_lch(srgb_to_lab(hex_to_srgb(code)))
    say(f"sRGB {name:7s} {code}: hue {h:5.1f}°")

# %% [markdown]
# ### The `math` module
# Python's `math` module has the functions these formulas need: `math.sqrt` (square root),
# `math.hypot(a, b)` = √(a² + b²), `math.atan2(b, a)` (the angle of the point a, b, in radians),
# `math.degrees` and `math.radians` (turn radians into degrees and back), `math.cos`, `math.sin` and
# `math.exp`. An angle below 0 is the same direction as that angle + 360°; `% 360` turns any angle into
# one from 0 up to 360:

# %%
say(math.hypot(3, 4), math.degrees(math.atan2(1, 1)), math.cos(math.radians(60)))
say(-53.7 % 360, 400 % 360)

# %% [markdown]
# ### Practice 3 — Leaf green in Lab
# What are the lightness, chroma and hue angle of the leaf green `#4f7942`? Use `lab_to_lch`, print them
# with one decimal, and say in which band of the hue guide above it falls.

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# leaf_L, leaf_C, leaf_h = lab_to_lch(srgb_to_lab(hex_to_srgb("#4f7942")))
# print(f"lightness {leaf_L:.1f}, chroma {leaf_C:.1f}, hue {leaf_h:.1f}°")
# ```
#
# It prints:
#
# ```text
# lightness 46.6, chroma 36.4, hue 135.4°
# ```
#
# A hue of 135° is in the greens (115–180°), close to sRGB green (136°); lightness 46.6 is a middle
# tone, and chroma 36 is about half as strong as the madder red.
#
# </details>

# %% [markdown]
# ## 4. Colour difference ΔE
#
# **ΔE** ("delta E") is a number for how different two colours look. The simplest, **CIE76**, is
# the straight distance in Lab: ΔE76 = √(ΔL\*² + Δa\*² + Δb\*²). It is better than RGB distance but
# still too large for strong colours and too small for near-greys and blues. Later formulas fix this:
# **CIE94**, **CMC(l:c)** (made by textile colourists in Britain) and **CIEDE2000** (ΔE00), which
# weighs lightness, chroma and hue differences separately and corrects blues.
#
# Rough guides (not standards): ΔE ≈ 1 is about the smallest difference a trained eye sees with two
# yarns side by side in daylight; ΔE ≈ 2 most people see side by side (the just-noticeable
# difference in CIELAB is about 2.3 ΔE76: Mahy, Van Eycken & Oosterlinck, *Color Res. Appl.* 19:105,
# 1994); ΔE ≈ 5 is clearly another shade even when the yarns lie apart. The formulas give different
# numbers for the same pair, so always compare yarns under **one** method.

# %%
gold_1, gold_2 = srgb_to_lab(pair_a)
for method in ("cie76", "cie94", "ciede2000", "cmc"):
    say(f"golds, {method:9s}: ΔE = {delta_e(gold_1, gold_2, method=method):.2f}")

# %% [markdown]
# ### Two jobs, two settings: kL = 1 and kL = 2
# CIEDE2000 divides its lightness, chroma and hue parts by three weights, kL, kC and kH. Under the
# CIE's **reference conditions** all three are 1 (sources.md: cie-142-2001).
#
# - **Judging a dyed lot against its standard** (a lab dip against the target, a new lot of yarn
#   against the old one): in carpets and cloth, a small **lightness** difference between two pieces of
#   yarn is less objectionable than the same step in hue or chroma. Textile practice therefore weighs
#   lightness half: CIEDE2000 with **kL = 2**, or **CMC 2:1** (sources.md: clarke-1984, cie-142-2001).
#   This is a *tolerance*: "is this lot close enough to pass?"
# - **Choosing the yarn for a picture's colour** (coding a chart): the colour comes from a photo on a
#   screen, not from a piece of yarn lying beside another, and the question is "which yarn is
#   nearest?", not "does it pass?". For this farshlab's tools — `legend.nearest`, the Colour Matcher's
#   ranking and the chart tools of Lesson 5 — use the **reference setting, kL = 1**. Every ΔE figure
#   quoted in this course is kL = 1 too: the golds and browns above, Sharma's test pairs below, the
#   chart measurements of Lesson 5.
#
# So: kL = 1 to pick yarns for a chart, kL = 2 (or CMC 2:1) to accept or refuse a dye lot — and always
# say which one a number was computed with. A pure lightness step of 4 units shows the difference:

# %%
grey, lighter_grey = [50.0, 0.0, 0.0], [54.0, 0.0, 0.0]
say(f"CIEDE2000, kL = 1 (reference): {delta_e(grey, lighter_grey):.2f}")
say(f"CIEDE2000, kL = 2 (textile):   {delta_e(grey, lighter_grey, kL=2):.2f}")
say(f"CMC 2:1:           {delta_e(grey, lighter_grey, method='cmc', l=2, c=1):.2f}")

# %% [markdown]
# ### Checking the formula against published numbers
# CIEDE2000 is easy to get slightly wrong. Sharma, Wu & Dalal (*Color Res. Appl.* 30(1):21–30, 2005)
# published 34 test pairs with the right answers; farshlab's tests check all 34. Their first pair:

# %%
say(round(float(delta_e([50.0, 2.6772, -79.7751], [50.0, 0.0, -82.7485])), 4), "(published: 2.0425)")

# %% [markdown]
# ### Practice 4 — Does the new lot pass?
# A new dye lot of madder red measures `#a8281f`; the standard is `#b3261e`. Work out their ΔE00 with
# the reference setting (kL = 1) and with the textile tolerance (kL = 2). If the workshop accepts a lot
# within ΔE00 2 at kL = 2, does this lot pass?

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# standard = srgb_to_lab(hex_to_srgb("#b3261e"))
# new_lot = srgb_to_lab(hex_to_srgb("#a8281f"))
# print(round(float(delta_e(standard, new_lot)), 2), round(float(delta_e(standard, new_lot, kL=2)), 2))
# ```
#
# It prints:
#
# ```text
# 2.13 1.55
# ```
#
# Judged as a dye lot (kL = 2) it is 1.55, within 2: it passes. Most of the difference is lightness
# (the new lot is a little darker), which the tolerance weighs half. Say which setting you used.
#
# </details>

# %% [markdown]
# ## 5. Metamerism, in plain words
# Two yarns can match perfectly under daylight and part ways under a shop's lamp. Each dye reflects
# light in its own pattern across the rainbow; our eyes sum that pattern into just three signals.
# Two different patterns can give the same three signals under one light (a **metameric match**)
# but not under another light, whose rainbow is weighted differently. Lab and ΔE describe colour
# **under one light** (here daylight D65), so a ΔE of 0.5 does not promise a match under a tungsten
# bulb. That is why dyers judge lab dips in daylight and check a second light (Lesson 4 returns to
# this), and why two yarns of the same dye in two lots match better than two different dyes.

# %% [markdown]
# ## 6. Reading a yarn legend
# A chart's numbers point to a **legend**: for each code, a dyed yarn with a name and a colour.
# farshlab keeps a legend as a CSV file (code, name, colour, notes, recipe_id). The course ships an
# **example legend made for this course** — 103 plausible tableau yarns with many skin, sky and
# foliage tones. It is not a real workshop's or supplier's range: use your workshop's own legend
# for real work (`YarnLegend.from_csv("my_legend.csv")`).
#
# Below are five of its yarns: code, name, colour and notes. The `name` column holds the workshop's
# name, the one files and programs match; `yarn.local_name()` is the name to show a person, in the
# course's language: in English the same name, in Persian the name the notes give after `fa:`.

# %%
legend = load_example_legend()
for yarn in list(legend)[40:45]:
    say(yarn.code, yarn.local_name(), yarn.colour, "|", yarn.notes)

# %% [markdown]
# Here are all 103 yarns, sorted **light to dark** by L\* (as Tavoos Baft orders its codes), with
# their codes:

# %%
order = np.argsort(-legend.lab[:, 0])
fig, ax = plt.subplots(figsize=(10, 4.2))
columns = 13
for place, index in enumerate(order):
    row, col = divmod(place, columns)
    yarn = legend[int(index)]
    ax.add_patch(plt.Rectangle((col, -row), 0.95, 0.95, color=yarn.colour))
    ink = "white" if legend.lab[index, 0] < 50 else "black"
    ax.text(col + 0.47, -row + 0.47, str(yarn.code), ha="center", va="center", fontsize=8, color=ink)
ax.set_xlim(0, columns)
ax.set_ylim(-len(order) // columns - 0.1, 1)
ax.set_axis_off()
ax.set_title("The example legend, light to dark (codes on the swatches)")
plt.show()

# %% [markdown]
# ### Choosing by a rule: `min`, `max` and `sorted` with `key=`
# `min(values)` gives the smallest value. With `key=`, it gives the value whose **key** is smallest —
# the key being a number worked out for each value. The key is often written as a **lambda**: a
# one-line function without a name, `lambda value: number`. `sorted(values, key=…)` puts the values in
# order of their keys, smallest first; `reverse=True` turns the order round. Two examples with the usual
# tableau sizes (width, height in cm):

# %%
sizes = {"35 x 50": (35, 50), "50 x 70": (50, 70), "70 x 100": (70, 100), "100 x 150": (100, 150)}
say(min(sizes, key=lambda name: abs(sizes[name][0] - 60)))   # the width nearest to 60 cm
say(sorted(sizes, key=lambda name: sizes[name][0] * sizes[name][1], reverse=True))   # largest area first

# %% [markdown]
# Going through a dictionary gives its keys, so `min(sizes, …)` and `sorted(sizes, …)` give names. The
# first line compares |35 − 60| = 25, |50 − 60| = 10, |70 − 60| = 10, |100 − 60| = 40: on a tie, `min`
# keeps the first it met, "50 x 70".
#
# ### The nearest yarn
# To code a picture, every colour gets the yarn with the smallest ΔE. `legend.nearest` does this
# exactly — it compares every colour with every yarn — and fast enough for a whole photo. It uses
# CIEDE2000 at kL = 1, as the chart tools do. Three colours from a portrait: a cheek, a sky and a leaf.

# %%
picture_colours = hex_to_srgb(["#e0ac8c", "#87bde6", "#4d7a32"])
codes, distances = legend.nearest(srgb_to_lab(picture_colours))
for colour_hex, code, distance in zip(["#e0ac8c", "#87bde6", "#4d7a32"], codes, distances):
    say(f"{colour_hex} → yarn {code} {legend.by_code(int(code)).local_name():18s} ΔE00 (kL = 1) = {distance:.2f}")

# %% [markdown]
# With kL = 2 the sky gets another yarn: lightness counts half, so a yarn a little lighter or darker
# but closer in hue wins. That is why a number or a choice must always carry its setting.

# %%
codes_2, distances_2 = legend.nearest(srgb_to_lab(picture_colours), kL=2)
for colour_hex, code, distance in zip(["#e0ac8c", "#87bde6", "#4d7a32"], codes_2, distances_2):
    say(f"{colour_hex} → yarn {code} {legend.by_code(int(code)).local_name():18s} ΔE00 (kL = 2) = {distance:.2f}")

# %% [markdown]
# ### Practice 5 — The nearest yarn to gold, and the nearest size
# (1) Which yarn of the example legend is nearest to the gold `#e0a526`, and how far is it (ΔE00)? Use
# `legend.nearest` as above. (2) With `min` and a `lambda`, which of the `sizes` has the height nearest
# to 110 cm?

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# gold_codes, gold_distances = legend.nearest(srgb_to_lab(hex_to_srgb(["#e0a526"])))
# print(int(gold_codes[0]), legend.by_code(int(gold_codes[0])).name, round(float(gold_distances[0]), 2))
# print(min(sizes, key=lambda name: abs(sizes[name][1] - 110)))
# ```
#
# It prints:
#
# ```text
# 60 Gold 2.8
# 70 x 100
# ```
#
# Yarn 60, "Gold", is 2.8 away: most people would see the difference side by side. The heights are 50,
# 70, 100 and 150 cm; 100 is 10 cm from 110, the nearest.
#
# </details>

# %% [markdown]
# ## 7. The Colour Matcher
# Type a hex code (or use the picker), and the Matcher shows the nearest yarns of the example legend,
# their swatches side by side and their ΔE under every method. Try:
#
# - a skin tone `#e0ac8c`, then the same colour a little darker `#c89474`: how do the yarns change?
# - change **Rank by** from CIEDE2000 to CIE76: does the order of the yarns change for a blue such as
#   `#3050a0`?
# - a bright orange `#ff8800`: is any yarn within ΔE 2? What would you tell the dyer?

# %%
from farshlab.widgets.colour_matcher import ColourMatcher

ColourMatcher()

# %% [markdown]
# ## Key points
# - RGB numbers tell a screen what to do; their distance is not how different colours look.
# - CIELAB: L\* lightness 0–100, a\* green↔red, b\* blue↔yellow; chroma C\* = √(a\*² + b\*²), hue angle
#   (sRGB yellow 103°, blue 306°: the axes are not the screen's colours).
# - ΔE measures how different two colours look: ≈ 1 just seen side by side, ≈ 2 seen by most, ≈ 5 another shade.
# - Choosing yarns for a chart: CIEDE2000 at the reference kL = 1 (farshlab's tools, every ΔE figure in
#   the course). Judging a dyed lot against its standard: the textile tolerance, kL = 2 or CMC 2:1.
# - A match under one light can fail under another (metamerism): judge in daylight, check a second light.
# - A legend links codes to yarns; the chart gives each colour the yarn with the smallest ΔE.
