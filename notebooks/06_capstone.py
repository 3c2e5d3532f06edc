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
# # Lesson 6 — Capstone: from a customer's photo to a weaving kit
#
# A customer walks into the workshop with a photo: a grandchild, a wedding, a landscape. They want a
# tableau of it, and they ask two questions: **how much** and **how long**. The workshop answers with a
# plan and then sells a «نخ و نقشه» kit: the coded chart and, for every colour of it, yarn dyed in enough
# lots that no colour runs out halfway (a second lot of the same colour leaves a two-shade patch, دورنگی).
#
# This lesson puts Lessons 1–5 together. By the end you will be able to:
#
# 1. go from a customer's photo to a complete kit with one function, `make_kit`;
# 2. choose the size, the density (raj) and the number of colours against cost and weaving time;
# 3. check that the dyer can reach every colour of the chart, and what to do when one is out of reach;
# 4. work out the dye lots of a colour and what goes in each bath;
# 5. read the kit's `recipes.csv`, the dyer's sheet;
# 6. make a kit from the terminal with `farshlab kit` for the project of the assignment.
#
# Time: about 4 hours, practice included. The figures for wages, prices and weaving speed are
# **made-up examples**: replace them with your workshop's own.

# %%
import csv
import math
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt
from matplotlib import cbook

from farshlab.carpet import amount_for_knots, chart_size, maghat, pile_length_m, weaving_days, yarn_grams
from farshlab.dye import auxiliary_grams, dye_grams, liquor_litres
from farshlab.kit import make_kit, write_kit_files
from farshlab.kit.lots import dye_lots, lots_needed
from farshlab.kit.recipes import REACHABLE_DELTA_E00
from farshlab.locale import say
from farshlab.printing.preview import preview_image

# %% [markdown]
# ## 1. From a photo to a kit, in plain words
#
# Everything the course has taught happens in a fixed order:
#
# 1. **Plan** (Lesson 1): the size in cm and the raj give the knots; the knots give the wages (by the
#    maghat of 12,000 knots), the weaving days and the yarn.
# 2. **Chart** (Lessons 3 and 5): the photo is cut to the tableau's proportions, shrunk to one pixel a
#    knot and coded with a palette of K colours, light to dark.
# 3. **Yarn** (Lessons 1 and 5): knots of each colour × cm a knot → metres → grams by Nm and ply, plus waste.
# 4. **Recipes** (Lessons 2 and 4): for each colour the dyer's best recipe, and how close it comes (ΔE00).
# 5. **Lots** (Lesson 4): each colour's yarn split into equal baths, with water, dyes and auxiliaries.
#
# `farshlab.kit.make_kit` does all five steps. We try it on the portrait from Lesson 5, small and coarse so
# that it runs in seconds: 12 cm wide at 35 raj, 8 colours.

# %%
photo = cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)
kit = make_kit(photo, 12, 35, colours=8)
rows, across = kit.result.chart.codes.shape
say(f"{across} knots across × {rows} rows, {len(kit.recipes)} colours, {kit.total_grams:.1f} g of yarn")
say(f"reachable by the dyer: {kit.reachable_count} of {len(kit.recipes)} colours")

# %%
fig, axes = plt.subplots(1, 2, figsize=(8, 4.5))
axes[0].imshow(plt.imread(photo))
axes[0].set_title("the customer's photo")
axes[1].imshow(preview_image(kit.result.chart), interpolation="nearest")
axes[1].set_title(f"the chart: {across} × {rows} knots, {len(kit.recipes)} colours")
for ax in axes:
    ax.set_axis_off()
plt.show()

# %% [markdown]
# ## 2. Size, raj and colours against cost and time
#
# Before any chart is made, the customer needs a price and a date. Both grow with the **knots**: wages are
# paid by the maghat, and a weaver ties about the same number of knots each day. Take a 35 × 50 cm tableau at
# 40 raj: 40 × 35 ÷ 7 = 200 knots across and 40 × 50 ÷ 7 = 285.7, so 286 rows: 57,200 knots, 4.77 maghat. With
# two weavers at 1,200 knots a day each, that is 57,200 ÷ 2,400 = 23.8, so **24 days** (a part of a day is
# still a day at the loom: round up). At 1,800,000 rial a maghat the wages are 8,580,000 rial.
#
# In formulas: knots = round(raj × width ÷ 7) × round(raj × height ÷ 7); days = ⌈knots ÷ (weavers × knots a
# day)⌉; wages = knots ÷ 12,000 × rate.

# %%
WEAVERS, KNOTS_PER_DAY, RIAL_PER_MAGHAT = 2, 1200, 1_800_000  # made-up examples


def plan(width_cm, height_cm, raj):
    across, rows = chart_size(width_cm, height_cm, raj)
    knots = across * rows
    days = math.ceil(weaving_days(knots, WEAVERS, KNOTS_PER_DAY))
    return knots, days, amount_for_knots(knots, RIAL_PER_MAGHAT)


for width_cm, height_cm, raj in [(35, 50, 40), (35, 50, 50), (50, 70, 40), (50, 70, 50)]:
    knots, days, wages = plan(width_cm, height_cm, raj)
    say(f"{width_cm} × {height_cm} cm at {raj} raj: {knots:,} knots, {maghat(knots):.2f} maghat, "
        f"{days} days, wages {wages:,.0f} rial")

# %% [markdown]
# Doubling the width and height is not the only way to double the cost: going from 40 to 50 raj at the same
# size multiplies the knots by (50 ÷ 40)² ≈ 1.56. A 50 × 70 cm tableau at 40 raj has 114,400 knots and takes
# 48 days. A finer raj shows small things — eyes, letters — that a coarse one loses; a bigger size shows them
# too, but needs a wall for it.
#
# The **number of colours** changes the cost much less than the knots do: the same knots need the same wool,
# whatever its colour. What grows is the dyer's work — one more recipe, one more lab dip, one more set of lots
# to dye — and the chance of a colour the dyer cannot reach. More colours bring the chart closer to the photo
# (the mean ΔE00 between the photo and the chart falls, Lesson 5); past a point the eye no longer sees the
# difference. The cell below makes the same kit with 4, 8 and 12 colours.

# %%
for trial in (make_kit(photo, 12, 35, colours=4), kit, make_kit(photo, 12, 35, colours=12)):
    lots = sum(len(colour_lots) for colour_lots in trial.lots.values())
    say(f"{len(trial.recipes):2d} colours: mean ΔE00 {trial.result.mean_delta_e:.1f}, {lots} dye lots, "
        f"reachable {trial.reachable_count} of {len(trial.recipes)}, total {trial.estimate.total_rial:,.0f} rial")

# %% [markdown]
# ### Practice 1 — A bigger plan
# The customer asks for 50 × 70 cm at 50 raj, with three weavers at 1,200 knots a day. How many knots, how many
# days, and what wages at 1,800,000 rial a maghat?

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# across, rows = chart_size(50, 70, 50)
# knots = across * rows
# print(knots, math.ceil(knots / (3 * 1200)), knots / 12000 * 1_800_000)
# ```
#
# It prints:
#
# ```text
# 178500 50 26775000.0
# ```
#
# 178,500 ÷ 3,600 = 49.6 days: the team needs 50.
#
# </details>

# %% [markdown]
# ## 3. Yarn for each colour
#
# The yarn arithmetic of Lesson 1: knots × cm a knot ÷ 100 gives metres; a yarn of Nm 8 in one ply gives 8
# metres a gram; add the waste. The 57,200 knots of the plan, at 4 cm a knot and 10 % waste, need 2,288 m,
# 286 g, and **314.6 g** with the waste. The kit does the same sum for every colour: its `recipes` list has the
# grams of each.

# %%
metres = pile_length_m(57_200, 4)
say(f"{metres:,.0f} m → {yarn_grams(metres, 8):.1f} g → {yarn_grams(metres, 8, 1, 10):.1f} g with 10 % waste")
for recipe in kit.recipes[:4]:
    say(f"code {recipe.code}: {recipe.knots:,} knots, {recipe.yarn_grams:.2f} g")

# %% [markdown]
# ## 4. Can the dyer reach every colour?
#
# A photo can hold colours that the dyer's dyes cannot make on wool — a very bright screen blue, a neon green
# (Lesson 4: *out of gamut*). For each colour of the chart the kit looks for the best recipe of at most three
# dyes and measures how far its predicted shade still is from the chart's colour, in ΔE00 (Lesson 2). The
# course calls a colour **reachable** when that ΔE00 is 2.0 or less; exactly 2.0 still counts. The limit is
# the course's choice, not a rule of the trade: your dyer may work to a closer one.
#
# The kit also checks each recipe under tungsten light (A) and shop light (F11): a recipe that matches in
# daylight but not under those lights is flagged **metameric** (Lesson 4).

# %%
say(f"reachable: ΔE00 ≤ {REACHABLE_DELTA_E00}")
for recipe in kit.recipes:
    mark = "reachable" if recipe.reachable else "OUT OF REACH"
    metameric = ", metameric" if recipe.metameric else ""
    say(f"code {recipe.code} {recipe.colour}: ΔE00 {recipe.delta_e00:.2f} — {mark}{metameric}")

# %%
fig, ax = plt.subplots(figsize=(8, 2))
for place, recipe in enumerate(kit.recipes):
    ax.add_patch(plt.Rectangle((place, 0.5), 0.9, 0.45, color=recipe.colour))
    ax.add_patch(plt.Rectangle((place, 0), 0.9, 0.45, color=recipe.predicted_colour))
    ax.text(place + 0.45, 1.05, str(recipe.code), ha="center")
ax.set_xlim(0, len(kit.recipes))
ax.set_ylim(0, 1.3)
ax.set_axis_off()
ax.set_title("top: the chart's colour; bottom: what the dyer's best recipe gives")
plt.show()

# %% [markdown]
# When a colour is out of reach there are three honest answers: replace it by the nearest shade the dyer can
# make, use fewer colours, or tell the customer. What is not honest is to promise a colour the dyer cannot dye.
# `only_reachable=True` does the first: it puts the nearest reachable shade in the legend instead of each
# colour out of reach and charts the photo again with that legend, so that every knot can be dyed. The price
# of it: the chart usually moves a little further from the photo (its mean ΔE00 grows), because a shade the
# dyer can make takes the place of the photo's own colour.

# %%
dyeable = make_kit(photo, 12, 35, colours=8, only_reachable=True)
say(f"with only_reachable: {dyeable.reachable_count} of {len(dyeable.recipes)} colours reachable, "
    f"mean ΔE00 to the photo {dyeable.result.mean_delta_e:.1f} (before: {kit.result.mean_delta_e:.1f})")

# %% [markdown]
# ### Practice 2 — Reading a table of ΔE
# A dyer sends this table for a chart: `{1: 0.4, 3: 1.2, 7: 2.0, 12: 3.6, 20: 2.04, 25: 0.9}` (code → ΔE00 of
# the best recipe). Which codes are reachable?

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# table = {1: 0.4, 3: 1.2, 7: 2.0, 12: 3.6, 20: 2.04, 25: 0.9}
# print(sorted(code for code, delta_e in table.items() if delta_e <= 2.0))
# ```
#
# It prints:
#
# ```text
# [1, 3, 7, 25]
# ```
#
# Code 7 is exactly 2.0: reachable. Code 20 is 2.04: it would print as 2.0 with one decimal, but it is not.
#
# </details>

# %% [markdown]
# ## 5. Lots and baths
#
# A dyer's pot holds only so much wool. If a colour needs 2,300 g and the pot takes 1,000 g, the colour needs
# 2,300 ÷ 1,000 = 2.3, so **3 lots** (round up: the last 300 g still need a bath). The kit does not fill two
# pots and leave a small third one: it splits the wool into **equal** lots of 2,300 ÷ 3 = 766.7 g, so every
# bath has the same recipe at the same liquor ratio and comes out the same shade.
#
# For each lot: water = kg of wool × liquor ratio (766.7 g at 1:40 is 30.7 L); each dye = g of wool × % owf ÷
# 100 (Acid Red at 1.25 % is 9.58 g); auxiliaries in % owf from the wool, in g/L from the water.

# %%
lots = lots_needed(2300, 1000)
wool = 2300 / lots
say(f"{lots} lots of {wool:.1f} g; water {liquor_litres(wool, 40):.1f} L; Acid Red {dye_grams(wool, 1.25):.2f} g")
say(f"Glauber's salt 10 % owf: {auxiliary_grams(10, '% owf', wool, liquor_litres(wool, 40)):.1f} g")

# %%
biggest = max(kit.recipes, key=lambda recipe: recipe.yarn_grams)
for lot in dye_lots(2300, biggest.recipe, wool_per_bath_g=1000, liquor_ratio=40):
    dyes = ", ".join(f"{line.name} {line.grams:.2f} g" for line in lot.batch.dyes)
    say(f"lot {lot.number}: {lot.wool_g:.1f} g wool, {lot.water_l:.1f} L water; {dyes}")

# %% [markdown]
# The cell above dyes 2,300 g with the recipe of the portrait's biggest colour, as if the customer had ordered
# a large carpet: three equal lots. A single small tableau like our portrait needs one lot a colour.

# %% [markdown]
# ### Practice 3 — Lots of a big colour
# A background colour needs 4,200 g of yarn and the pot takes 1,000 g. How many lots, how much wool in each,
# and how much water at 1:40?

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# lots = math.ceil(4200 / 1000)
# print(lots, 4200 / lots, 4200 / lots / 1000 * 40)
# ```
#
# It prints:
#
# ```text
# 5 840.0 33.6
# ```
#
# </details>

# %% [markdown]
# ## 6. What the kit costs
#
# The kit adds the wages to the wool, the dyes and the auxiliaries, each weighed in grams and priced by the
# kilogram. `kit.estimate` holds every figure, and the figures it rests on (`kit.estimate.figures`, made-up
# defaults to replace with your own). The wages are worked out by hand as well, to show where they come from.

# %%
estimate = kit.estimate
figures = estimate.figures
say(f"{estimate.knots:,} knots = {estimate.maghat:.2f} maghat; {figures.weavers} weavers at "
    f"{figures.knots_per_day:,} knots a day: {estimate.weaving_days} weaving days")
say(f"wages by hand: {estimate.knots:,} ÷ 12,000 × {figures.rial_per_maghat:,} = "
    f"{estimate.knots / 12000 * figures.rial_per_maghat:,.0f} rial")
say(f"wages {estimate.wages_rial:,.0f} + wool {estimate.wool_rial:,.0f} + dyes {estimate.dye_rial:,.0f} "
    f"+ auxiliaries {estimate.auxiliaries_rial:,.0f} = {estimate.total_rial:,.0f} rial")

# %% [markdown]
# ## 7. Reading `recipes.csv`
#
# `write_kit_files` writes the kit into a folder: `kit.pdf` (chart pages, legend and dye sheets),
# `recipes.csv`, `chart.farshchart`, `legend.csv` and `preview.png`. `recipes.csv` is the dyer's sheet, one row
# per colour: its code and grams, the target colour and the predicted one in CIELAB, the recipe in % owf,
# `delta_e00`, `reachable` and `metameric`, and what goes in **one** lot (`bath_wool_g`, `bath_water_l`,
# `bath_auxiliaries`).

# %%
folder = Path(tempfile.mkdtemp())
files = write_kit_files(kit, folder)
say(sorted(path.name for path in files.values()))
with open(files["recipes.csv"], newline="", encoding="utf-8") as handle:
    sheet = list(csv.DictReader(handle))
for row in sheet[:3]:
    say(f"code {row['code']}: {row['yarn_grams']} g, recipe {row['recipe']}, ΔE00 {row['delta_e00']}, "
        f"reachable {row['reachable']}; one lot: {row['bath_wool_g']} g wool in {row['bath_water_l']} L")

# %% [markdown]
# ## 8. Your own kit, from the terminal
#
# For the project of the assignment you make a kit for a customer's photo with the `farshlab kit` command, in
# a terminal of JupyterLab (*File → New → Terminal*, as in Lesson 5):
#
# ```text
# farshlab kit PHOTO --width-cm 35 --height-cm 50 --raj 40 --colours 24 -o my-kit
# farshlab kit PHOTO --width-cm 35 --height-cm 50 --raj 50 --colours 32 --only-reachable -o my-kit-50
# ```
#
# Without `--height-cm` the height follows the photo's proportions; another height crops the photo, never
# stretches it. The command prints the knots, the yarn, the dye lots, the weaving days and the cost. Open
# `kit.pdf` and `recipes.csv` in each folder and compare: knots, days, cost, the colours out of reach. Then
# choose, and explain your choice to the customer in words they understand.

# %% [markdown]
# ## Key points
# - Price and time grow with the knots: wages = knots ÷ 12,000 × the rate a maghat; days = knots ÷ (weavers × knots a day), rounded up.
# - Raj counts twice: 50 raj instead of 40 at the same size is (50 ÷ 40)² ≈ 1.56 times the knots.
# - More colours bring the chart closer to the photo but give the dyer more recipes and lots; the wool stays the same.
# - A colour is reachable when its best recipe comes within ΔE00 2.0; replace, drop or discuss the others, never promise them.
# - A colour's yarn is dyed in lots rounded up, each with the same wool, so every bath has the same recipe and shade.
# - `make_kit` and `farshlab kit` write the chart, the dyer's `recipes.csv` and the kit's PDF.
