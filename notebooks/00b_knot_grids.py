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
# # Lesson 0, part 2 — Knot grids: dictionaries, numpy and your first coded chart
#
# This is the second part of Lesson 0. It builds on part 1 (`00_orientation`): variables, functions,
# `if`, lists and loops. If you have not worked through part 1 yet, do that first.
#
# By the end of part 2 you will be able to:
#
# 1. keep a count for **every** colour of a chart in a **dictionary**;
# 2. keep a whole chart in a **numpy array** (a grid of knots), change single knots and rectangles,
#    and count every colour;
# 3. change a **copy** of a grid and leave the original as it was;
# 4. draw a small coded chart, with the colour number written in every cell — bottom row at the bottom,
#    just as the weaver sees it on the loom.
#
# Time: about 1 hour 40 minutes, practice included. After this part you can do Parts 3 and 4 of the
# assignment `a00_orientation`. As in part 1, each **Practice** has an empty cell to try it in and the
# answer folded under *Show the answer*.

# %% [markdown]
# ## 1. Starting again in a new notebook
#
# A new notebook has its own kernel: it does **not** remember the cells of part 1. So we type again the
# small chart we used there, five rows kept **bottom row first**, as the weaver ties them
# (`rows_bottom_up[0]` is the weaver's row 1).

# %%
rows_bottom_up = [
    [4, 4, 4, 4, 4, 4, 4],   # row 1: the bottom row, tied first
    [1, 1, 4, 4, 4, 1, 1],   # row 2
    [1, 1, 1, 2, 1, 1, 1],   # row 3
    [1, 1, 2, 2, 2, 1, 1],   # row 4
    [1, 1, 1, 2, 1, 1, 1],   # row 5: the top row, tied last
]

# %% [markdown]
# ## 2. Dictionaries: a name and a count for every colour
#
# ### A dictionary links a key to a value
# A **dictionary** is a table of pairs written in curly brackets: each **key** (here a colour code) is
# linked to a **value** (here the yarn's name). You look a value up by its key in square brackets, and
# add a new pair by giving a value to a new key.

# %%
yarn_names = {1: "cream", 2: "madder red", 3: "indigo blue", 4: "leaf green"}
print(yarn_names[2])
yarn_names[5] = "gold"          # a new key: the pair is added
print(yarn_names)
print(len(yarn_names), "yarns;", 3 in yarn_names, 9 in yarn_names)   # `in` asks about the keys

# %% [markdown]
# Asking for a key that is not there, such as `yarn_names[9]`, stops with a `KeyError`.
# `yarn_names.get(9, "unknown")` gives back a value you choose instead.
#
# ### Totals for every colour
# To count **all** colours at once we use a dictionary of counts: the key is the colour code, the value
# its count so far. In words: *go through every row and every knot; add one to that colour's count.*
# `totals.get(code, 0)` reads the count, or 0 if the colour is new.

# %%
totals = {}
for one_row in rows_bottom_up:
    for code in one_row:
        totals[code] = totals.get(code, 0) + 1
totals

# %% [markdown]
# This is what a yarn list needs: knots per colour. (A colour that runs out and is dyed again in a
# second lot leaves a visible two-shade patch, دورنگی, so the totals matter.)
#
# ### Going through a dictionary: `.items()`, `.values()`
# `totals.items()` gives the pairs one by one; a loop can catch the key and the value with two names.
# `totals.values()` gives only the values, and `sum(...)` adds them up: here all the knots of the chart.

# %%
for code, knots in totals.items():
    print(f"colour {code} ({yarn_names[code]}): {knots} knots")
print("all knots:", sum(totals.values()))

# %% [markdown]
# > **Try it:** add a sixth row `[1, 1, 1, 5, 1, 1, 1]` at the end of `rows_bottom_up`, then re-run the
# > cells from there down. What changes? (Run the first cell again afterwards to go back to five rows.)

# %% [markdown]
# ### Practice 1 — Knots per colour in one row
# Make a dictionary `one_row_totals` of knots per colour for the single row
# `[1, 1, 2, 2, 3, 2, 2, 1, 1]`, with a loop and `.get`, as above.

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# one_row_totals = {}
# for code in [1, 1, 2, 2, 3, 2, 2, 1, 1]:
#     one_row_totals[code] = one_row_totals.get(code, 0) + 1
# print(one_row_totals)
# ```
#
# It prints:
#
# ```text
# {1: 4, 2: 4, 3: 1}
# ```
#
# </details>

# %% [markdown]
# ### Practice 2 — Each colour's share
# For each colour in `totals`, print a line such as `leaf green: 10 knots, 29 %` — the yarn's name from
# `yarn_names`, its knots, and its share of all the knots in percent with no decimals
# (`{value:.0f}` in an f-string).

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# all_knots = sum(totals.values())
# for code, knots in totals.items():
#     print(f"{yarn_names[code]}: {knots} knots, {100 * knots / all_knots:.0f} %")
# ```
#
# It prints:
#
# ```text
# leaf green: 10 knots, 29 %
# cream: 20 knots, 57 %
# madder red: 5 knots, 14 %
# ```
#
# The colours come in the order they were first met, bottom row first: 4, then 1, then 2.
#
# </details>

# %% [markdown]
# ## 3. A knot grid with numpy
#
# A list of lists works, but for real charts (hundreds of rows and columns) we use **numpy**, the
# standard Python tool for grids of numbers. We **import** it once, under the short name `np`:

# %%
import numpy as np

# %% [markdown]
# ### An empty grid
# `np.zeros((rows, columns), dtype=int)` makes a grid filled with the whole number 0. Note the order:
# **rows first, then columns**. `np.full` fills it with any code you choose, for example a background
# colour 1:

# %%
grid = np.full((6, 10), 1, dtype=int)   # 6 rows, 10 knots across, all colour 1
grid.shape

# %%
np.zeros((2, 3), dtype=int)

# %% [markdown]
# A list of lists becomes a grid with `np.array(...)` (or `np.asarray(...)`, which leaves a grid that is
# already an array as it is):

# %%
small = np.array(rows_bottom_up)
small.shape

# %% [markdown]
# ### One knot: `grid[row, col]`
# Positions are counted from 0 again: **array row 0 is the bottom row, the weaver's row 1**; array
# column 0 is the left edge. So to put colour 3 on the weaver's row 1, third knot from the left:

# %%
grid[0, 2] = 3
print(grid[0, 2])

# %% [markdown]
# ### A rectangle: slices
# `start:stop` picks a range of positions, as for lists in part 1. The start is included and the stop
# is **not** (this is called a half-open range): `1:3` means positions 1 and 2. So `grid[1:3, 4:7]` is
# the block of array rows 1–2 (weaver's rows 2–3) and columns 4, 5, 6 — that is 2 × 3 = 6 knots.
# A `:` alone means "all": `grid[5, :]` is the whole array row 5, `grid[:, 0]` the whole left column.

# %%
grid[1:3, 4:7] = 2
print(grid[1, :])   # the weaver's row 2
print(grid[:, 0])   # the left column, bottom knot first

# %% [markdown]
# ### Printing: watch out, the bottom is printed first
# `print` writes array row 0 at the **top** of the screen — the opposite of the loom. To look at the
# grid the way the weaver sees it, flip it upside down with `np.flipud` ("flip up–down") before printing:

# %%
print("As stored (row 0 printed first, at the top):")
print(grid)
print()
print("As the weaver sees it (bottom row at the bottom):")
print(np.flipud(grid))

# %% [markdown]
# ### Change a copy, keep the original
# `same = grid` does **not** make a new grid: it gives the same grid a second name. Paint through one
# name, and the other shows it too. To try an idea and keep the original as it was, paint a **copy**:
# `grid.copy()` makes a new grid with the same knots.

# %%
same = grid           # a second name for the SAME grid
same[0, 0] = 9
print("after painting same[0, 0]:  grid[0, 0] is", grid[0, 0])   # the original changed too!
grid[0, 0] = 1        # put it back

painted = grid.copy()   # a NEW grid with the same knots
painted[0, 0] = 9
print("after painting the copy:    grid[0, 0] is", grid[0, 0], "and painted[0, 0] is", painted[0, 0])

# %% [markdown]
# A function that is given a grid and should return a changed one starts with a copy, for the same
# reason: whoever called it may still need the grid they gave.
#
# ### Counting knots per colour
# `np.unique(grid, return_counts=True)` lists each colour code once, with how many knots carry it.
# `zip` pairs the two lists and `dict` turns the pairs into a dictionary; `.tolist()` turns numpy
# numbers into plain Python numbers so they print neatly.

# %%
codes, counts = np.unique(grid, return_counts=True)
dict(zip(codes.tolist(), counts.tolist()))

# %% [markdown]
# For a single colour, compare the grid with the code and add up the matches:

# %%
int((grid == 2).sum())

# %% [markdown]
# `grid == 2` is a grid of `True` and `False`, one per knot; `.sum()` counts the `True`s.
#
# > **Try it:** paint the top row (array row 5) with colour 4 using `grid[5, :] = 4`, then print the
# > flipped grid and count the colours again.

# %% [markdown]
# ### Practice 3 — Paint a copy
# Make `base`, a 4 × 6 grid of colour 1. Make `design`, a **copy** of it, and paint colour 5 on the
# weaver's rows 2 and 3, knots 2 to 4 from the left. Print `design` flipped (as the weaver sees it),
# then check that `base` has no colour 5 (`5 in base`).

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# base = np.full((4, 6), 1, dtype=int)
# design = base.copy()
# design[1:3, 1:4] = 5   # weaver's rows 2-3 are array rows 1-2; knots 2-4 are columns 1, 2, 3
# print(np.flipud(design))
# print(5 in base)
# ```
#
# It prints:
#
# ```text
# [[1 1 1 1 1 1]
#  [1 5 5 5 1 1]
#  [1 5 5 5 1 1]
#  [1 1 1 1 1 1]]
# False
# ```
#
# The weaver's row *n* is array row *n* − 1, and knot *k* from the left is column *k* − 1. The stops
# (3 and 4) are one past the last row and column painted.
#
# </details>

# %% [markdown]
# ### Practice 4 — One colour, two ways
# Count the knots of colour 2 in `grid` twice: once from the dictionary that `np.unique` gives, once
# with `(grid == 2).sum()`. Do the two agree?

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# codes, counts = np.unique(grid, return_counts=True)
# per_colour = dict(zip(codes.tolist(), counts.tolist()))
# print(per_colour[2], int((grid == 2).sum()))
# ```
#
# It prints:
#
# ```text
# 6 6
# ```
#
# The 2 × 3 rectangle painted with `grid[1:3, 4:7] = 2` holds the only 6 knots of colour 2.
#
# </details>

# %% [markdown]
# ## 4. Your first coded chart picture
#
# ### Reading the chart file
# The file `data/tiny_chart.csv` (in the `data` folder next to this notebook) holds a small chart:
# 14 rows of 20 knots, with colour codes 1 to 5, separated by commas. It was typed **as the chart is
# drawn on paper**: the **first line of the file is the TOP row** of the chart. `np.loadtxt` reads it
# into an array:

# %%
paper = np.loadtxt("data/tiny_chart.csv", delimiter=",", dtype=int)
paper.shape

# %% [markdown]
# In `paper`, row 0 is the top of the drawing. We want row 0 to be the **bottom** row (the weaver's
# row 1), like everywhere else in this course. `np.flipud` turns the rows upside down:

# %%
chart = np.flipud(paper)
print("weaver's row 1 (the bottom):", chart[0].tolist())
print("weaver's row 14 (the top):  ", chart[-1].tolist())

# %% [markdown]
# The bottom row is the green ground line (code 4), tied first; the top row is plain background.
# Knots per colour, for the yarn list:

# %%
codes, counts = np.unique(chart, return_counts=True)
knots_per_colour = dict(zip(codes.tolist(), counts.tolist()))
knots_per_colour

# %% [markdown]
# ### A legend: colour code → yarn
# Each code points to a yarn. For the picture we give each code a name and a screen colour
# (written as a hex code such as `#b3261e`). These are screen colours for this lesson, not dye recipes.
# Each value here is a pair in round brackets, `(name, colour)`: `legend[2][0]` is the name,
# `legend[2][1]` the colour.

# %%
legend = {
    1: ("cream", "#f3e7c9"),
    2: ("madder red", "#b3261e"),
    3: ("indigo blue", "#1f3a68"),
    4: ("leaf green", "#4f7942"),
    5: ("gold", "#e0a526"),
}
dark_codes = {2, 3, 4}   # on these, the number is written in white so it stays readable

# %% [markdown]
# ### Drawing the chart
# We use **matplotlib**, the usual Python drawing tool:
#
# - `imshow` paints one square per knot. A `ListedColormap` is our legend's list of colours; with
#   `vmin=0.5, vmax=5.5` code 1 gets the first colour, code 2 the second, and so on.
# - `origin="lower"` puts array row 0 at the **bottom** of the picture — the weaver's row 1.
# - `ax.text` writes the code number in every cell, like a numbered chart.
# - Thin grey lines separate the knots; heavy black lines every 10 knots mark the **khaneh**
#   (خانه), the 10 × 10 blocks of chart paper (source: wikicarpet.com, article «كاغذ نقشه»).
# - The labels on the left count rows from 1 at the bottom, and columns from 1 on the left, as the
#   weaver counts.
#
# We write the drawing as a function, so we can use it twice. It uses a few short forms you will meet
# properly in later lessons (`range`, and lists written as `[... for ...]`); you do not need to follow
# every line to **use** it — calling it is enough.

# %%
import matplotlib.pyplot as plt
from matplotlib.colors import ListedColormap


def draw_chart(ax, grid, legend, title):
    """Draw a coded chart on ax: array row 0 at the bottom, the code written in every cell."""
    n_rows, n_cols = grid.shape
    codes_in_order = sorted(legend)
    cmap = ListedColormap([legend[code][1] for code in codes_in_order])
    ax.imshow(grid, cmap=cmap, vmin=codes_in_order[0] - 0.5, vmax=codes_in_order[-1] + 0.5,
              origin="lower")
    for r in range(n_rows):
        for c in range(n_cols):
            code = int(grid[r, c])
            colour = "white" if code in dark_codes else "black"
            ax.text(c, r, str(code), ha="center", va="center", fontsize=7, color=colour)
    # thin lines between knots
    ax.set_xticks(np.arange(-0.5, n_cols, 1), minor=True)
    ax.set_yticks(np.arange(-0.5, n_rows, 1), minor=True)
    ax.grid(which="minor", color="grey", linewidth=0.4)
    ax.tick_params(which="minor", length=0)
    # heavy lines every 10 knots (khaneh)
    for x in range(10, n_cols, 10):
        ax.axvline(x - 0.5, color="black", linewidth=2)
    for y in range(10, n_rows, 10):
        ax.axhline(y - 0.5, color="black", linewidth=2)
    # labels in the weaver's counting: from 1, bottom row first
    ax.set_xticks(range(n_cols), [str(c + 1) for c in range(n_cols)], fontsize=7)
    ax.set_yticks(range(n_rows), [str(r + 1) for r in range(n_rows)], fontsize=7)
    ax.set_xlabel("knot (column), counted from the left")
    ax.set_ylabel("row, counted from the bottom")
    ax.set_title(title)


# %%
fig, ax = plt.subplots(figsize=(9, 6.5))
draw_chart(ax, chart, legend, "Tiny chart: row 1 at the bottom")

# %% [markdown]
# Look at the picture: the plant stands on its green ground line in **row 1 at the bottom**, and the
# diamond flower is at the top, as on the paper chart. The heavy lines after column 10 and after row 10
# are the edges of the 10 × 10 khaneh blocks.
#
# ### What goes wrong without the flip
# Here is the same drawing made from `paper` (not flipped). Because `origin="lower"` puts array row 0 at
# the bottom, the paper's top row now sits at the bottom, and the plant stands on its head. A weaver
# who followed this picture from row 1 upward would weave the whole motif upside down.

# %%
fig, axes = plt.subplots(1, 2, figsize=(12, 4.5))
draw_chart(axes[0], chart, legend, "Correct: flipped (row 0 = bottom)")
draw_chart(axes[1], paper, legend, "Wrong: not flipped")
fig.tight_layout()

# %% [markdown]
# > **Try it:** change the screen colour of code 2 in `legend` (for example to `"#7b2d8b"`, a purple)
# > and re-run the legend cell and the drawing cells.

# %% [markdown]
# ### Practice 5 — Where is the gold?
# Colour 5 is the gold of the flower's centre. Using `chart` (bottom row first), find how many gold
# knots there are, and make a list of the **weaver's** numbers of the rows that contain gold. (A loop
# over a grid gives its rows one by one, bottom row first; `5 in one_row` works on a numpy row too.)

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# gold_rows = []
# for row_number, one_row in enumerate(chart, start=1):
#     if 5 in one_row:
#         gold_rows.append(row_number)
# print(int((chart == 5).sum()), gold_rows)
# ```
#
# It prints:
#
# ```text
# 4 [9, 10]
# ```
#
# Four gold knots, a 2 × 2 square, in the weaver's rows 9 and 10 — array rows 8 and 9.
#
# </details>

# %% [markdown]
# ### Practice 6 — Your own change to the chart
# Make a copy of `chart` called `my_chart`, paint the flower's centre indigo blue (code 3) with
# `my_chart[8:10, 9:11] = 3`, and draw it with `fig, ax = plt.subplots(figsize=(9, 6.5))` and then
# `draw_chart(ax, my_chart, legend, "My chart")`. Which weaver's rows did you change? Is `chart` itself
# still the same?

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# my_chart = chart.copy()
# my_chart[8:10, 9:11] = 3
# fig, ax = plt.subplots(figsize=(9, 6.5))
# draw_chart(ax, my_chart, legend, "My chart")
# print(int((chart == 5).sum()), int((my_chart == 5).sum()))
# ```
#
# The picture shows a blue centre, and the cell prints:
#
# ```text
# 4 0
# ```
#
# Array rows 8 and 9 are the weaver's rows 9 and 10. `chart` still has its 4 gold knots, because you
# painted the copy.
#
# </details>

# %% [markdown]
# ## Key points of part 2
#
# - A **dictionary** links keys to values (`{1: "cream", 2: "madder red"}`); `d[key]` looks up,
#   `d[key] = value` adds or changes, `d.get(key, 0)` gives 0 for a missing key, `.items()` gives the
#   pairs, `sum(d.values())` adds the values. A dictionary of counts per colour is a yarn list.
# - A whole chart is a **numpy array**: `grid.shape` is (rows, columns), `grid[row, col]` is one knot,
#   `grid[r0:r1, c0:c1]` is a rectangle (the stop is not included), `np.unique(..., return_counts=True)`
#   counts every colour.
# - `other = grid` is the same grid under a second name; `grid.copy()` is a new one. Change a copy when
#   the original must stay as it was.
# - Python counts from **0**, weavers from **1**, and weavers start at the **bottom**: in this course
#   array row 0 = the bottom row = the weaver's row 1. A chart typed from paper starts with its top row,
#   so flip it with `np.flipud`, and draw with `origin="lower"`.
#
# **Next:** do Parts 3 and 4 of the assignment `a00_orientation` (Q3.1–Q4.1), then restart and run all,
# Validate, and hand it in (trainee guide, sections 7–9).
