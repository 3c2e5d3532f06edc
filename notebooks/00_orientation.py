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
# # Lesson 0 — Orientation: JupyterLab, Python and your first knot chart
#
# This lesson is for you if you have **never programmed**. You will work through it on your own,
# one small step at a time. Everything here is about carpets: knots, rows, raj, maghat and colour codes.
#
# By the end you will be able to:
#
# 1. run and edit cells in JupyterLab, save your work and restart when things get confused;
# 2. let Python work out the size of a tableau in knots and in maghat;
# 3. keep a row of colour codes in a **list** and count the knots of one colour;
# 4. keep a whole chart in a **numpy array** (a grid of knots) and count every colour;
# 5. draw a small coded chart, with the colour number written in every cell — bottom row at the bottom,
#    just as the weaver sees it on the loom.
#
# Time: about 2 hours, with breaks. Go slowly; nothing here can break your computer.

# %% [markdown]
# ## 1. Working in JupyterLab
#
# ### Cells
# A notebook is a column of boxes called **cells**. There are two kinds:
#
# - **Markdown cells** hold text, like the one you are reading now.
# - **Code cells** hold instructions for Python. They have a grey background and `[ ]:` on the left.
#
# ### Running a cell
# Click inside a cell and press **Shift + Enter** (hold Shift, press Enter). The cell runs and the
# cursor jumps to the next cell. When a code cell has run, a number appears in the brackets, e.g. `[1]:`.
# The number tells you the order in which cells were run.
#
# Try it now: click the grey cell below and press Shift + Enter.

# %%
print("Salam! This is my first cell.")

# %% [markdown]
# The line that appeared under the cell is the cell's **output**.
# If the last line of a code cell is a calculation, the notebook shows its result without `print`:

# %%
2 + 3

# %% [markdown]
# ### Markdown or code?
# - Double-click a text cell to see how it is written; press Shift + Enter to make it neat again.
# - To change a cell's kind, use the menu at the top of the notebook that says *Code* or *Markdown*.
#   (Keyboard: press **Esc**, then **M** for markdown or **Y** for code.)
# - To add a new cell below, press **Esc** and then **B**, or click the **+** button in the toolbar.
#
# ### Comments
# In a code cell, everything after a `#` sign is a **comment**: a note for people, which Python skips.
#
# ### Saving
# Press **Ctrl + S** (on a Mac: **Cmd + S**) or use *File → Save Notebook*. JupyterLab also saves now
# and then by itself, but save by hand before you close the tab.
#
# ### The kernel, and restarting it
# The **kernel** is the part of JupyterLab that runs your code. It remembers everything you have run so
# far. If you run cells out of order, or change a cell and forget to re-run it, the kernel can remember
# old values and the results get confusing. The cure is: *Kernel → Restart Kernel and Run All Cells…*.
# This forgets everything and runs the whole notebook again from the top, in order.
#
# ### When something goes wrong
# If your code has a mistake, a pink box with an **error** appears. Read its **last line** first: it
# names the problem, for example `NameError: name 'raj' is not defined` means you used a name that was
# never given a value (often because a cell above was not run). Fix the cell and run it again.
#
# > **Try it:** change the greeting in the first code cell to your own name and run it again.

# %% [markdown]
# ## 2. Numbers and variables: the size of a tableau
#
# ### Python as a calculator
# Python understands `+`, `-`, `*` (times), `/` (divided by) and brackets, like a calculator.
#
# In the Tabriz and Sardrud system, **raj** is the number of knots across **7 cm** of width
# (sources: entezarcarpet.ir, on the Tabriz weaving system, and
# bakhtiyar.com/blog/2017/5/4/how-to-measure-knot-count-the-persian-way). So a 50 raj tableau has
# 50 knots in every 7 cm. How many knots fit across 50 cm? Fifty centimetres hold 50 ÷ 7 lots of 7 cm,
# and each lot holds 50 knots:

# %%
50 * 50 / 7

# %% [markdown]
# You cannot tie a part of a knot, so we round to a whole number with `round(...)`:

# %%
round(50 * 50 / 7)

# %% [markdown]
# ### Variables: giving numbers a name
# Writing `50 * 50 / 7` is hard to read: which 50 is the width and which is the raj? A **variable** is
# a name for a value. The `=` sign means "put this value under this name" (it is not a question).

# %%
width_cm = 50   # width of the tableau in centimetres
height_cm = 70  # height of the tableau in centimetres
raj = 50        # knots across 7 cm

knots_across_width = round(raj * width_cm / 7)
knots_across_width

# %% [markdown]
# The weaver ties **rows** from the bottom of the loom upward. The number of rows is worked out in the
# same way, from the height. The raj going up is usually the same as the raj across, so here we use
# 50 raj for the height too.
#
# In words: *rows = the raj going up, times the height in cm, divided by 7, rounded.*
# As a formula: $\text{rows} = \mathrm{round}(\text{raj}_h \cdot \text{height}_\text{cm} / 7)$.

# %%
raj_h = 50  # rows per 7 cm of height
rows = round(raj_h * height_cm / 7)
rows

# %% [markdown]
# Every row has the same number of knots, so the whole tableau has *knots across × rows* knots:

# %%
total_knots = knots_across_width * rows
total_knots

# %% [markdown]
# Big numbers are easier to read with thousands separators. `print` with an **f-string** (a text with
# an `f` in front) fills values into text; `{total_knots:,}` writes the number with commas:

# %%
print(f"A {width_cm} x {height_cm} cm tableau at {raj} raj has {knots_across_width} knots across,")
print(f"{rows} rows, and {total_knots:,} knots in all.")

# %% [markdown]
# ### Maghat
# Tableau prices and weavers' wages are counted in **maghat** (مقاط): one maghat is **12,000 knots**
# (source: tablofarsheiran.ir/blog/2019/12/03/carpet-texture). So the number of maghat is the number
# of knots divided by 12,000:

# %%
knots_per_maghat = 12_000   # Python allows _ inside numbers to make them easier to read
maghat_count = total_knots / knots_per_maghat
maghat_count

# %% [markdown]
# So, as worked out above, a 50 × 70 cm tableau at 50 raj has 357 × 500 = 178,500 knots
# ≈ 14.9 maghat. To show it with one decimal, use `round(value, 1)`:

# %%
round(maghat_count, 1)

# %% [markdown]
# ### A wage, as a plain example
# If a workshop pays a fixed amount per maghat, the wage is *maghat × rate*.
# **The rate below is made up for practice only — it is not a real wage.** Ask your workshop for real rates.

# %%
rate_per_maghat = 400_000   # HYPOTHETICAL rate in tomans per maghat, for practice only
wage = maghat_count * rate_per_maghat
print(f"Wage for {maghat_count:.3f} maghat: {wage:,.0f} tomans (made-up rate)")

# %% [markdown]
# > **Try it:** change `width_cm`, `height_cm` and `raj` in the cell that defines them (for example
# > 35 × 50 cm at 40 raj), then use *Run → Run All Cells* and watch every result change.
# >
# > In western Iran wages are sometimes counted in **qabal** (قبال) = 14,000 knots (source:
# > ghalikhan.purpleblog.ir/post563226.html). In a new cell, work out how many qabal our tableau has.
#
# A counting pitfall to remember: where the warps lie level, every knot shows as **two nodes** on the
# back of the carpet; if you count nodes on the back of such a rug, halve the number to get knots.
# Some weaves show one node per knot, so look at the back first (Lesson 1 comes back to this).

# %% [markdown]
# ## 3. Functions: a recipe you can use again
#
# We will work out knots across for many sizes. Instead of typing the formula every time, we write it
# once as a **function**: a named recipe. `def` starts the recipe, the names in brackets are its
# ingredients (the **arguments**), and `return` gives back the result.
# The lines inside the function are pushed in by 4 spaces — that is how Python knows they belong to it.

# %%
def knots_across(width_cm, raj):
    """Knots across a width: raj counts knots per 7 cm."""
    return round(raj * width_cm / 7)


def knot_rows(height_cm, raj_h):
    """Rows up a height: raj_h counts rows per 7 cm."""
    return round(raj_h * height_cm / 7)


def maghat(knots):
    """Number of maghat (1 maghat = 12,000 knots)."""
    return knots / 12_000


# %% [markdown]
# Defining a function does not run it yet. We **call** it by writing its name with values in brackets:

# %%
knots_across(50, 50)

# %% [markdown]
# Now one line answers the question for any size. Here is a 35 × 50 cm tableau at 40 raj:

# %%
across = knots_across(35, 40)
up = knot_rows(50, 40)
print(f"35 x 50 cm at 40 raj: {across} x {up} = {across * up:,} knots = {maghat(across * up):.1f} maghat")

# %% [markdown]
# > **Try it:** in a new cell, find the knots across and rows of a 70 × 100 cm tableau at 60 raj.
# > (Hint: `knots_across(70, 60)` and `knot_rows(100, 60)`.)

# %% [markdown]
# ## 4. Lists and loops: one row of knots, then many rows
#
# ### A row as a list
# On a numbered chart every cell carries a **colour number** that points to a yarn in the legend
# (source: negarsara.com). One row of the chart is then a line of numbers. Python keeps such a line
# in a **list**: values in square brackets, separated by commas.

# %%
row = [1, 1, 2, 2, 3, 2, 2, 1, 1]
len(row)   # how many knots are in the row

# %% [markdown]
# You can ask for one knot by its **position** in square brackets. Careful: Python counts positions
# from **0**, so `row[0]` is the first knot (on the left) and `row[4]` is the fifth one.

# %%
print("first knot:", row[0])
print("fifth knot:", row[4])
print("last knot:", row[-1])   # -1 means "the last one"

# %% [markdown]
# ### Counting knots of one colour with a loop
# A **for loop** repeats some lines once for every value in a list. In words: *go along the row knot by
# knot; each time the knot has colour 2, add one to the count.*

# %%
count = 0
for code in row:
    if code == 2:
        count = count + 1
count

# %% [markdown]
# `==` asks "is it equal?" (one `=` gives a name, two `==` compare). Lists can also count for you:

# %%
row.count(2)

# %% [markdown]
# ### Many rows, from the bottom up
# A chart is many rows. We keep them as a **list of lists**, in the order the weaver ties them:
# the weaver works from the **bottom** of the loom upward, so **row 1 is the bottom row**.
# Here `rows_bottom_up[0]` is the weaver's row 1.

# %%
rows_bottom_up = [
    [4, 4, 4, 4, 4, 4, 4],   # row 1: the bottom row, tied first
    [1, 1, 4, 4, 4, 1, 1],   # row 2
    [1, 1, 1, 2, 1, 1, 1],   # row 3
    [1, 1, 2, 2, 2, 1, 1],   # row 4
    [1, 1, 1, 2, 1, 1, 1],   # row 5: the top row, tied last
]

# %% [markdown]
# `enumerate(..., start=1)` gives each row together with its number, counting from 1 like the weaver
# (and not from 0 like Python):

# %%
for row_number, one_row in enumerate(rows_bottom_up, start=1):
    print(f"Row {row_number}: knots of colour 2 = {one_row.count(2)}")

# %% [markdown]
# ### Totals for every colour: a dictionary
# To count **all** colours at once we use a **dictionary**: a table that links a key (the colour code)
# to a value (its count so far). `totals.get(code, 0)` reads the count, or 0 if the colour is new.

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
# > **Try it:** add a sixth row `[1, 1, 1, 5, 1, 1, 1]` at the end of `rows_bottom_up`, then re-run the
# > three cells above. What changes?

# %% [markdown]
# ## 5. A knot grid with numpy
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
# ### One knot: `grid[row, col]`
# Positions are counted from 0 again: **array row 0 is the bottom row, the weaver's row 1**; array
# column 0 is the left edge. So to put colour 3 on the weaver's row 1, third knot from the left:

# %%
grid[0, 2] = 3
print(grid[0, 2])

# %% [markdown]
# ### A rectangle: slices
# `start:stop` picks a range of positions. The start is included and the stop is **not** (this is
# called a half-open range): `1:3` means positions 1 and 2. So `grid[1:3, 4:7]` is the block of
# array rows 1–2 (weaver's rows 2–3) and columns 4, 5, 6 — that is 2 × 3 = 6 knots.

# %%
grid[1:3, 4:7] = 2

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
# > **Try it:** paint the top row (array row 5) with colour 4 using `grid[5, :] = 4`
# > (a `:` alone means "all columns"), then print the flipped grid and count the colours again.

# %% [markdown]
# ## 6. Your first coded chart picture
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
# We write the drawing as a function, so we can use it twice.

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
# > **Try it:**
# > 1. Change the screen colour of code 2 in `legend` (for example to `"#7b2d8b"`, a purple) and re-run
# >    the legend cell and the drawing cells.
# > 2. Make a copy with `my_chart = chart.copy()`, paint the flower's centre with
# >    `my_chart[8:10, 9:11] = 3`, and draw it with
# >    `fig, ax = plt.subplots(figsize=(9, 6.5))` and then `draw_chart(ax, my_chart, legend, "My chart")`.
# >    Which weaver's rows did you change? (Array rows 8 and 9 are the weaver's rows 9 and 10.)

# %% [markdown]
# ## Key points
#
# - A notebook is made of **cells**: markdown for text, code for Python. **Shift + Enter** runs a cell;
#   save with **Ctrl + S**; when results look strange, use *Kernel → Restart Kernel and Run All Cells…*.
# - A **variable** gives a value a name (`raj = 50`); a **function** (`def … return`) is a recipe you can
#   call again with other values.
# - Knots across = round(raj × width in cm ÷ 7); rows = round(raj_h × height in cm ÷ 7);
#   1 maghat = 12,000 knots. A 50 × 70 cm tableau at 50 raj has 357 × 500 = 178,500 knots ≈ 14.9 maghat
#   (worked out above, in section 2).
# - A row of the chart is a **list** of colour codes; a **for loop** walks along it; `row.count(code)`
#   counts one colour; a **dictionary** keeps a count per colour.
# - A whole chart is a **numpy array**: `grid.shape` is (rows, columns), `grid[row, col]` is one knot,
#   `grid[r0:r1, c0:c1]` is a rectangle (the stop is not included), `np.unique(..., return_counts=True)`
#   counts every colour.
# - Python counts from **0**, weavers from **1**, and weavers start at the **bottom**: in this course
#   array row 0 = the bottom row = the weaver's row 1. A chart typed from paper starts with its top row,
#   so flip it with `np.flipud`, and draw with `origin="lower"`.
