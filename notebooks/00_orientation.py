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
# # Lesson 0, part 1 — Orientation: JupyterLab, Python and the numbers of a tableau
#
# This lesson is for you if you have **never programmed**. You can work through it on your own,
# one small step at a time. Everything here is about carpets: knots, rows, raj, maghat and colour codes.
#
# Lesson 0 has **two parts**, one for each session:
#
# - **part 1** (this notebook): JupyterLab, numbers, functions, decisions, lists and loops;
# - **part 2** (the notebook `00b_knot_grids`): dictionaries, knot grids with numpy, and your first
#   coded chart picture.
#
# By the end of part 1 you will be able to:
#
# 1. run and edit cells in JupyterLab, save your work and restart when things get confused;
# 2. let Python work out the size of a tableau in knots and in maghat;
# 3. write a small **function** that you can use again for any size;
# 4. let Python **decide** with `if`, `elif` and `else`;
# 5. keep a row of colour codes in a **list**, count the knots of one colour, and find where a colour
#    first appears — or learn that it is not there.
#
# Time: about 2 hours 20 minutes, practice included, plus a break. Go slowly; nothing here can break
# your computer. After this part you can already do Parts 1 and 2 of the assignment `a00_orientation`.
#
# **Practice exercises.** Most sections end with a **Practice**: a short task, an empty grey cell to try
# it in, and the answer folded away under *Show the answer*. Try first, then click *Show the answer* to
# open it and compare. Practice is not graded: it is there so that you can check yourself.

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
# ### Practice 1 — A cell of your own
# In the empty grey cell below, write a line that prints the words `Row 1 is the bottom row.` and run
# it with Shift + Enter. (Text for `print` goes between quotes, as in the first cell of this lesson.)

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# print("Row 1 is the bottom row.")
# ```
#
# It prints:
#
# ```text
# Row 1 is the bottom row.
# ```
#
# If you see `SyntaxError`, check that the text has a quote `"` at both ends and that the brackets
# close.
#
# </details>

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
# ### Whole maghat and the knots left over: `//` and `%`
# Sometimes you want the **whole** number of maghat and the knots that are left over, as when you
# divide by hand. `//` divides and throws away the part after the point; `%` gives the **remainder**,
# what is left over:

# %%
whole_maghat = total_knots // knots_per_maghat
knots_left_over = total_knots % knots_per_maghat
print(f"{total_knots:,} knots = {whole_maghat} whole maghat and {knots_left_over:,} knots more")

# %% [markdown]
# Check it by hand: 14 × 12,000 = 168,000, and 178,500 − 168,000 = 10,500. (A remainder of 0 means the
# division comes out exactly: `150 % 10` is 0.) When you need the maghat as a decimal number, as for a
# wage, use `/`, not `//`.
#
# ### Powers: `**`
# `**` raises a number to a power: `7 ** 2` is 7 × 7 = 49. A square of 7 cm × 7 cm at 50 raj both ways
# holds 50 × 50 knots:

# %%
raj ** 2

# %% [markdown]
# ### A wage, as a plain example
# If a workshop pays a fixed amount per maghat, the wage is *maghat × rate*.
# **The rate below is made up for practice only — it is not a real wage.** Ask your workshop for real rates.

# %%
rate_per_maghat = 400_000   # HYPOTHETICAL rate in tomans per maghat, for practice only
wage = maghat_count * rate_per_maghat
print(f"Wage for {maghat_count:.3f} maghat: {wage:,.0f} tomans (made-up rate)")

# %% [markdown]
# `{maghat_count:.3f}` writes the number with 3 decimals, `{wage:,.0f}` with commas and no decimals.
#
# > **Try it:** change `width_cm`, `height_cm` and `raj` in the cell that defines them (for example
# > 35 × 50 cm at 40 raj), then use *Run → Run All Cells* and watch every result change. Put them back
# > to 50, 70 and 50 afterwards (the answers below use them).
#
# A counting pitfall to remember: where the warps lie level, every knot shows as **two nodes** on the
# back of the carpet; if you count nodes on the back of such a rug, halve the number to get knots.
# Some weaves show one node per knot, so look at the back first (Lesson 1 comes back to this).

# %% [markdown]
# ### Practice 2 — Qabal
# In western Iran wages are sometimes counted in **qabal** (قبال) = 14,000 knots (source:
# ghalikhan.purpleblog.ir/post563226.html). Using `total_knots` from above (50 × 70 cm at 50 raj):
# how many qabal is our tableau, as a decimal number? And how many **whole** qabal, with how many
# knots left over?

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# print(total_knots / 14_000)
# print(total_knots // 14_000, "whole qabal and", total_knots % 14_000, "knots left over")
# ```
#
# It prints:
#
# ```text
# 12.75
# 12 whole qabal and 10500 knots left over
# ```
#
# In words: 178,500 ÷ 14,000 = 12.75, and 12 × 14,000 = 168,000 leaves 10,500 knots.
#
# </details>

# %% [markdown]
# ### Practice 3 — A smaller tableau
# A 35 × 50 cm tableau is woven at 40 raj, across and up. Use new variables (for example `small_across`
# and `small_rows`) to work out its knots across, its rows, its total knots, and its maghat rounded to
# one decimal.

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# small_across = round(40 * 35 / 7)
# small_rows = round(40 * 50 / 7)
# small_total = small_across * small_rows
# print(small_across, small_rows, small_total, round(small_total / 12_000, 1))
# ```
#
# It prints:
#
# ```text
# 200 286 57200 4.8
# ```
#
# 40 × 50 ÷ 7 = 285.7…, which rounds to 286 rows. Round the knots across and the rows **first**, then
# multiply: a weaver cannot tie part of a row.
#
# </details>

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
# ### `return` gives the answer back; `print` only shows it
# A function that only prints its result shows it on the screen, but gives back nothing you can use in
# the next sum. Always end with `return` when the answer is needed again.
#
# ### Two answers at once
# A function can give back **two** values, separated by a comma. Whoever calls it can catch both at
# once, with two names on the left of `=` (this is called **unpacking**):

# %%
def maghat_and_rest(knots):
    """Whole maghat in a number of knots, and the knots left over."""
    return knots // 12_000, knots % 12_000


full, rest = maghat_and_rest(178_500)
print(full, "whole maghat and", rest, "knots")

# %% [markdown]
# > **Try it:** in a new cell, find the knots across and rows of a 70 × 100 cm tableau at 60 raj.
# > (Hint: `knots_across(70, 60)` and `knot_rows(100, 60)`.)

# %% [markdown]
# ### Practice 4 — Knots per cm
# Write a function `knots_per_cm(raj)` that returns the number of knots in one centimetre (raj ÷ 7).
# Then print its answer for 35 raj and for 70 raj.

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# def knots_per_cm(raj):
#     return raj / 7
#
#
# print(knots_per_cm(35), knots_per_cm(70))
# ```
#
# It prints:
#
# ```text
# 5.0 10.0
# ```
#
# </details>

# %% [markdown]
# ### Practice 5 — Khaneh across and up
# Chart paper is ruled in **khaneh** (خانه), blocks of 10 × 10 knots (source: wikicarpet.com, article
# «كاغذ نقشه»). Write `whole_khaneh(knots_across, rows)` that returns two numbers: how many **whole**
# khaneh fit across, and how many up. Try it on the 357 × 500 chart of our tableau.

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# def whole_khaneh(knots_across, rows):
#     return knots_across // 10, rows // 10
#
#
# khaneh_across, khaneh_up = whole_khaneh(357, 500)
# print(khaneh_across, khaneh_up)
# ```
#
# It prints:
#
# ```text
# 35 50
# ```
#
# 357 knots are 35 whole khaneh and 7 knots more (`357 % 10` is 7); 500 rows are exactly 50 khaneh.
#
# </details>

# %% [markdown]
# ## 4. Decisions: `if`, `elif` and `else`
#
# ### Questions with a yes-or-no answer
# A **comparison** asks a question and gets the answer `True` (yes) or `False` (no):
#
# | you write | it asks |
# |---|---|
# | `raj == 50` | is raj equal to 50? (two `=` signs: one `=` gives a name, two compare) |
# | `raj != 50` | is raj different from 50? |
# | `raj < 50`, `raj <= 50` | is raj less than 50? less than or equal? |
# | `raj > 50`, `raj >= 50` | greater than? greater than or equal? |
# | `10 <= raj <= 120` | is raj between 10 and 120 (both included)? |

# %%
print(raj == 50, raj < 40, 10 <= raj <= 120)

# %% [markdown]
# Questions can be joined: `and` is True only when **both** answers are True; `or` when **at least one**
# is; `not` turns True into False and back.

# %%
print(raj > 40 and raj < 60, raj < 10 or raj > 120, not raj == 50)

# %% [markdown]
# ### Doing something only when the answer is yes
# `if` runs the lines pushed in below it only when its question is True. `elif` ("else if") asks the
# next question when the first answer was no, and `else` catches everything that is left. Python
# checks them from the top and runs **only the first** branch whose answer is yes.
#
# Here is a check a chart coder makes before a job: a raj of 0 or less is impossible, and a raj far
# outside 10–120 is almost always a typing mistake (Lesson 1 comes back to this).

# %%
def check_raj(raj):
    """Say whether a raj is impossible, unusual or fine."""
    if raj <= 0:
        return "impossible: a raj must be more than 0"
    elif raj < 10 or raj > 120:
        return "unusual: check for a typing mistake"
    else:
        return "fine"


print(check_raj(50))
print(check_raj(500))
print(check_raj(-5))

# %% [markdown]
# ### How far off? `abs`, `min` and `max`
# `abs(x)` drops the minus sign: it says **how far** two numbers are apart, whichever is bigger. A woven
# width of 49.6 cm against a planned 50 cm is 0.4 cm off:

# %%
woven_cm, planned_cm = 49.6, 50
print(abs(woven_cm - planned_cm), abs(planned_cm - woven_cm))
if abs(woven_cm - planned_cm) <= 0.5:
    print("within half a centimetre of the plan")

# %% [markdown]
# `min` and `max` give the smaller and the larger of several numbers: `min(35, 50)` is 35,
# `max(0, 1)` is 1. `max(count, 1)` is a way to say "at least 1".

# %%
print(min(35, 50), max(35, 50), max(0, 1))

# %% [markdown]
# ### Practice 6 — Small, medium or large
# A workshop sorts its jobs by width: less than 50 cm wide is `"small"`, from 50 up to 100 cm
# `"medium"`, wider than 100 cm `"large"`. Write `job_size(width_cm)` that returns the right word, and
# print it for 35, 70 and 200 cm.

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# def job_size(width_cm):
#     if width_cm < 50:
#         return "small"
#     elif width_cm <= 100:
#         return "medium"
#     else:
#         return "large"
#
#
# print(job_size(35), job_size(70), job_size(200))
# ```
#
# It prints:
#
# ```text
# small medium large
# ```
#
# Try 50 and 100 too: both are `"medium"`, because the first question, `50 < 50`, is False, and
# `100 <= 100` is True.
#
# </details>

# %% [markdown]
# ### Practice 7 — Is the weaver on track?
# While weaving, the weaver counts the rows in 7 cm. Write `rows_on_track(counted, chart_raj)` that
# returns `True` when the count is **at most 1 row** away from the chart's raj (more or fewer), and
# `False` otherwise. Check it with a count of 52 and of 50.5, for a chart of 50 raj.

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# def rows_on_track(counted, chart_raj):
#     return abs(counted - chart_raj) <= 1
#
#
# print(rows_on_track(52, 50), rows_on_track(50.5, 50))
# ```
#
# It prints:
#
# ```text
# False True
# ```
#
# The comparison is itself the answer, True or False, so the function can return it directly; an
# `if … else` that returns `True` or `False` works too.
#
# </details>

# %% [markdown]
# ## 5. Lists and loops: one row of knots, then many rows
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
# ### A piece of a row: slices
# `row[start:stop]` is a **slice**: the knots from position `start` up to, but **not** including,
# position `stop`. So `row[2:5]` is positions 2, 3 and 4 — the third, fourth and fifth knots.

# %%
print(row[2:5])
print(row[:3])    # no start: from the beginning (the first three knots)
print(row[-2:])   # no stop: to the end (the last two knots)

# %% [markdown]
# ### Is a colour in the row? `in` and `not in`
# `code in row` asks "is there at least one knot of this colour?"; `not in` asks the opposite.

# %%
print(3 in row, 5 in row, 5 not in row)

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
# `count = count + 1` is used so often that Python has a short way to write it: `count += 1`
# ("add 1 to count"). The same loop again, shorter:

# %%
count = 0
for code in row:
    if code == 2:
        count += 1
count

# %% [markdown]
# Lists can also count for you:

# %%
row.count(2)

# %% [markdown]
# ### Positions as the weaver counts them: `enumerate`
# `enumerate(row, start=1)` gives each knot together with its number, counting from **1** like the
# weaver (and not from 0 like Python). We can collect the numbers of the knots of colour 2 in a new
# list: start with an empty list `[]` and `.append(...)` (add at the end) each one we find.

# %%
knots_of_colour_2 = []
for number, code in enumerate(row, start=1):
    if code == 2:
        knots_of_colour_2.append(number)
knots_of_colour_2

# %% [markdown]
# ### A first picture from a list
# Lists of numbers can be drawn. Here a loop makes a list of the knots across for widths from 10 to
# 100 cm, at three densities, and **matplotlib** (Python's drawing tool; part 2 says more about it)
# draws each list as a line. The lines are straight: twice the width, twice the knots.

# %%
import matplotlib.pyplot as plt

widths_cm = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]
fig, ax = plt.subplots(figsize=(6, 3.5))
for raj_value in [35, 50, 70]:
    knots = []
    for width in widths_cm:
        knots.append(knots_across(width, raj_value))
    ax.plot(widths_cm, knots, marker="o", label=f"{raj_value} raj")
ax.set_xlabel("width of the tableau (cm)")
ax.set_ylabel("knots across")
ax.legend()
plt.show()

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
# `enumerate(..., start=1)` works on rows too, giving each row with the weaver's row number:

# %%
for row_number, one_row in enumerate(rows_bottom_up, start=1):
    print(f"Row {row_number}: knots of colour 2 = {one_row.count(2)}")

# %% [markdown]
# ### Stopping as soon as the answer is found: `return` inside a loop
# Often we want the **first** place where something happens: the first knot of a colour, the first row
# that needs a yarn. A function can `return` from the middle of a loop: the moment the answer is found,
# the function stops and gives it back; the rest of the loop is never run.
#
# And if the loop ends without finding anything? Then there is no answer, and Python has a word for
# that: **`None`** ("nothing"). The function below finds the weaver's number of the first knot of a
# colour in one row, or gives back `None` if the colour is not there.

# %%
def first_knot_of(one_row, code):
    """Number (from 1, on the left) of the first knot of colour `code` in a row, or None."""
    for number, knot in enumerate(one_row, start=1):
        if knot == code:
            return number   # found: stop here and give the number back
    return None             # the loop ended without finding the colour


print(first_knot_of([1, 1, 2, 2, 3, 2, 2, 1, 1], 2))
print(first_knot_of([1, 1, 2, 2, 3, 2, 2, 1, 1], 5))

# %% [markdown]
# Look at where the two `return` lines are. The first is pushed in under the `if`, inside the loop: it
# runs only when a knot matches. The second is pushed in only under `def`, after the loop: it runs only
# if the loop went through the whole row without finding the colour. (Put `return None` inside the loop
# by mistake, and the function gives up after the first knot.)
#
# To check for "no answer", ask `is None` (or `is not None`):

# %%
place = first_knot_of(rows_bottom_up[2], 5)
if place is None:
    print("colour 5 is not in row 3")
else:
    print("colour 5 first appears at knot", place)

# %% [markdown]
# ### Practice 8 — Count with a loop
# Count the knots of colour 1 in `row` with a `for` loop and `+=` (not with `.count`). Then check your
# answer with `row.count(1)`.

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# ones = 0
# for code in row:
#     if code == 1:
#         ones += 1
# print(ones, row.count(1))
# ```
#
# It prints:
#
# ```text
# 4 4
# ```
#
# </details>

# %% [markdown]
# ### Practice 9 — Which rows need colour 2?
# The dyer wants to know every row in which colour 2 is used. Go through `rows_bottom_up` with
# `enumerate(..., start=1)` and make a list of the weaver's numbers of the rows that contain colour 2
# at least once. (Hint: `2 in one_row`.)

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# rows_with_2 = []
# for row_number, one_row in enumerate(rows_bottom_up, start=1):
#     if 2 in one_row:
#         rows_with_2.append(row_number)
# print(rows_with_2)
# ```
#
# It prints:
#
# ```text
# [3, 4, 5]
# ```
#
# Rows 1 and 2 (the green ground line and the row above it) have no colour 2.
#
# </details>

# %% [markdown]
# ### Practice 10 — The first knot, or nothing
# Use `first_knot_of` to find where colour 4 first appears in the weaver's row 2 (careful: which
# position of `rows_bottom_up` is row 2?). Then ask for colour 5 in the same row, and print `True` if
# the answer is `None`.

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# row_2 = rows_bottom_up[1]   # the weaver's row 2 is at position 1
# print(first_knot_of(row_2, 4))
# print(first_knot_of(row_2, 5) is None)
# ```
#
# It prints:
#
# ```text
# 3
# True
# ```
#
# Row 2 is `[1, 1, 4, 4, 4, 1, 1]`: the first 4 is the third knot from the left. There is no 5, so the
# loop ends and the function returns `None`.
#
# </details>

# %% [markdown]
# ## Key points of part 1
#
# - A notebook is made of **cells**: markdown for text, code for Python. **Shift + Enter** runs a cell;
#   save with **Ctrl + S**; when results look strange, use *Kernel → Restart Kernel and Run All Cells…*.
# - A **variable** gives a value a name (`raj = 50`); a **function** (`def … return`) is a recipe you can
#   call again with other values. `return` gives the answer back (two answers: `return a, b`).
# - Knots across = round(raj × width in cm ÷ 7); rows = round(raj_h × height in cm ÷ 7);
#   1 maghat = 12,000 knots. A 50 × 70 cm tableau at 50 raj has 357 × 500 = 178,500 knots ≈ 14.9 maghat
#   (worked out above, in section 2). `//` gives the whole part of a division, `%` the remainder.
# - Comparisons (`==`, `!=`, `<`, `<=`, `>`, `>=`) answer `True` or `False`; `if` / `elif` / `else` run
#   only the first branch whose answer is True; `and`, `or`, `not` join questions.
# - A row of the chart is a **list** of colour codes; positions start at 0, `row[-1]` is the last,
#   `row[2:5]` a slice (the stop is not included); `code in row` asks if a colour is there.
# - A **for loop** walks along a list; `count += 1` adds one; `enumerate(rows, start=1)` numbers rows
#   from 1 like the weaver; **row 1 is the bottom row**.
# - `return` inside a loop stops at the first answer found; `return None` after the loop says
#   "not found"; check it with `is None`.
#
# **Next:** do Parts 1 and 2 of the assignment `a00_orientation` (Q1.1–Q2.2), then go on to part 2 of
# the lesson, `00b_knot_grids`.
