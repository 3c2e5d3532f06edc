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
# # Lesson 3 — Design: knot grids, motifs, mirroring, borders and scaling a picture
#
# A carpet designer (نقشه‌کش) draws on squared chart paper, one square per knot. In this lesson the
# chart paper is a numpy array, and the computer does the slow parts of the designer's work: mirroring a
# quarter into a whole field, laying border repeats, and turning a photo into a grid of knots of the
# right size.
#
# By the end you will be able to:
#
# 1. hold a design as a grid of colour codes, **row 1 at the bottom** as the weaver counts, and draw it
#    as on chart paper with its 10 × 10 blocks (khaneh);
# 2. draw rectangles, lines, circles and motifs on the grid;
# 3. build a whole field from one **quarter** (and say when a design must be charted in full);
# 4. check that border repeats **meet at the centre**, and repair a field size that does not fit;
# 5. scale a picture to the knot grid of a tableau, with raj across and raj along kept apart;
# 6. try all of this in the **Symmetry Designer**.
#
# Time: about 3½ hours with breaks, practice included. All the design code comes from the tested
# package `farshlab.design`; along the way you meet the Python the assignment needs: reading a grid
# backwards with a step of −1, `bool`, and `raise` to refuse a size that cannot work. Each **Practice**
# has an empty cell to try it in and the answer folded under *Show the answer*.

# %%
import matplotlib.pyplot as plt
import numpy as np
from IPython.display import Image, display
from PIL import Image as PillowImage

from farshlab.locale import say
from farshlab.carpet import chart_size, field_fits, fitting_repeats, nearest_fitting_field
from farshlab.design import (
    blank_grid,
    colour_counts,
    compose_carpet,
    draw_circle,
    draw_line,
    draw_rectangle,
    flood_fill,
    grid_from_text,
    grid_to_text,
    is_symmetric,
    mirror_half,
    mirror_quarter,
    motif,
    motif_legend,
    picture_to_knots,
    stamp,
)
from farshlab.plotting import grid_png

legend = motif_legend()  # six made-up example yarns, codes 0-5
for yarn in legend:
    say(yarn.code, yarn.local_name(), yarn.colour)

# %% [markdown]
# ## 1. Chart paper as a grid of numbers
#
# On Azerbaijani (Turkish-knot) charts every square carries the **number** of its yarn colour
# (negarsara.com); the numbers point to a legend of dyed yarns, as in Lesson 2. The paper is ruled in
# **khaneh** (خانه), blocks of 10 × 10 squares, with heavier lines so that the weaver can count
# (wikicarpet.com «كاغذ نقشه»). The weaver starts at the **bottom** of the loom: row 1 is the bottom row.
#
# In farshlab a design is a numpy array of whole numbers: `grid[row, column]`, and **row 0 is the
# bottom row** (the weaver's row 1). We can type a small motif as lines of digits, top line first as we
# see it (`.` is the ground, code 0); `grid_from_text` turns it the right way up.

# %%
gul = motif("gul")
say(grid_to_text(gul))
say("bottom row (row 0):", gul[0].tolist())
say("knots of each code:", colour_counts(gul))

# %% [markdown]
# The same motif drawn as chart paper: thin lines between knots, heavy lines every 10, rows numbered
# from 1 at the bottom, the code in every square, and a legend with the knots of each yarn.

# %%
display(Image(grid_png(gul, legend, numbers=True, width_inches=4)))

# %% [markdown]
# ## 2. Drawing on the grid
#
# Every drawing function returns a **new** grid and leaves the old one as it was, so you can try an idea
# and throw it away. Shapes become knots the way a designer fills squares: a circle takes every square
# whose centre lies inside it; a line takes one square per step (Bresenham's method); a flood fill
# paints a patch of one colour up to its edges, as with a brush.

# %%
panel = blank_grid(21, 31)
panel = draw_rectangle(panel, 0, 0, 21, 31, code=1, filled=False)  # a frame
panel = draw_circle(panel, (10, 15), 7, code=3)  # a round medallion
panel = draw_circle(panel, (10, 15), 3, code=4)
panel = draw_line(panel, (1, 1), (19, 29), code=2)  # a diagonal
panel = flood_fill(panel, (2, 25), code=5)  # fill the ground right of the diagonal
panel = stamp(panel, motif("star"), [(6, 1)], transparent=0)
display(Image(grid_png(panel, legend, width_inches=5)))
say(colour_counts(panel))

# %% [markdown]
# ### Practice 1 — Counting one yarn
# How many knots of code 3 does `panel` have? Read it from `colour_counts(panel)`, and count it again
# with numpy (`panel == 3` is True where a knot has code 3, Lesson 0). Which shape are they?

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# print(colour_counts(panel)[3], int((panel == 3).sum()))
# ```
#
# It prints:
#
# ```text
# 124 124
# ```
#
# Code 3 is the round medallion, less its small inner circle of code 4 and the knots the diagonal line
# painted over it.
#
# </details>

# %% [markdown]
# ## 3. Quarter designs for floor rugs, full charts for tableaux
#
# A symmetric floor carpet is drawn as **one quarter** and mirrored: the designer saves three quarters
# of the drawing, and the weaver reads the same quarter four times (sources.md: iran-carpet-13122). In
# farshlab the quarter is the **bottom-left** one: its row 0 is the carpet's bottom row, its last row
# and column touch the centre lines.
#
# ### Mirrors by slicing: a step of −1
# A slice can take a **step**: `row[::2]` takes every second value, and `row[::-1]` goes backwards, so
# it reads a row from right to left — a mirror. On a grid, `grid[:, ::-1]` reverses every row (the
# left–right mirror) and `grid[::-1]` reverses the order of the rows (the top–bottom mirror). A start
# before the step leaves knots out: `row[-2::-1]` starts at the last-but-one knot.

# %%
say([1, 2, 3, 4][::-1], [1, 2, 3, 4][-2::-1], [1, 2, 3, 4][::2])
say(grid_to_text(motif("boteh")[:, ::-1]))

# %% [markdown]
# `np.hstack([a, b])` puts two grids side by side, `np.vstack([a, b])` one on top of the other (`a`
# below, as row 0 is the bottom), and `np.array_equal(a, b)` asks whether two grids are the same knot
# for knot. A numpy comparison gives numpy's own `True` or `False`; `bool(...)` turns it into Python's
# plain one.

# %%
two = np.array([[1, 2]])
say(np.hstack([two, two]), np.vstack([two, two]).shape)
say(np.array_equal(two, two[:, ::-1]), bool((two == two).all()))

# %% [markdown]
# Two ways to meet at the centre:
#
# - **centre doubled**: the quarter's last row and column are repeated, the field has an even size;
# - **centre shared**: they are drawn once and become the centre row and column, the field has an odd
#   size (a medallion with one knot exactly in the middle needs this).

# %%
quarter = np.tile(motif("boteh"), (2, 2))  # 20 rows × 16 knots: four botehs
doubled = mirror_quarter(quarter, centre="double")
shared = mirror_quarter(quarter, centre="shared")
say("quarter", quarter.shape, "→ doubled", doubled.shape, "and shared", shared.shape)
say("mirrored both ways:", is_symmetric(doubled, "quarter"), is_symmetric(shared, "quarter"))
display(Image(grid_png(shared, legend, width_inches=5)))

# %% [markdown]
# Counting is quicker too: in a doubled field every knot of the quarter appears **4 times**, so the
# yarn for the whole field is 4 × the quarter's. With a shared centre, knots on the centre lines appear
# twice and the centre knot once.

# %%
say("yellow knots: quarter", colour_counts(quarter)[4], "→ field", colour_counts(doubled)[4])

# %% [markdown]
# A **pictorial tableau** — a portrait, a landscape, a scene — is not symmetric: a mirrored quarter would
# give a face with four eyes. Tableaux are charted **in full**, every knot of the picture (Section 5).
# Between the two, many tableaux of vases or mihrabs are mirrored **left-right only** (a half):

# %%
vase_half = grid_from_text(
    """
    ...44
    ..454
    ..555
    ...55
    ....2
    ...22
    ..222
    .2222
    .2222
    ..222
    """
)
vase = mirror_half(vase_half, "left", centre="shared")
say(grid_to_text(vase))
say("mirrored left-right:", is_symmetric(vase, "mirror_left_right"), "— top-bottom:", is_symmetric(vase, "mirror_top_bottom"))

# %% [markdown]
# ### Practice 2 — Which motifs are their own mirror image?
# With `np.array_equal` and a slice with a step of −1, check whether the `gul` is the same as its
# left–right mirror image, whether the boteh (`motif("boteh")`) is, and whether the gul is the same
# upside down.

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# boteh = motif("boteh")
# print(np.array_equal(gul, gul[:, ::-1]), np.array_equal(boteh, boteh[:, ::-1]), np.array_equal(gul, gul[::-1]))
# ```
#
# It prints:
#
# ```text
# True False True
# ```
#
# The gul is symmetric both ways, so it could be drawn as one quarter. The boteh leans to one side: its
# mirror image is a boteh leaning the other way, as in the printed mirror above.
#
# </details>

# %% [markdown]
# ## 4. Border repeats must meet at the centre
#
# The border (حاشیه) is built from one repeat (واگیره) laid along each side. The designer draws it
# from the corners towards the middle of each side, and mirrors it there; the repeats **meet at the
# centre** only when the side holds a **whole number** of repeats. The trade's example
# (iran-carpet.com/fa/blog/detail/13122): a field of **100 × 150 khaneh works, 102 × 153 does not**.
# With a repeat of 10 khaneh: 100 / 10 = 10 and 150 / 10 = 15 repeats, but 102 / 10 = 10.2 and
# 153 / 10 = 15.3 — a broken repeat would sit in the middle of every side. `farshlab.carpet` holds the
# rule (Lesson 1):

# %%
say("100 × 150 fits a repeat of 10:", field_fits(100, 150, 10))
say("102 × 153 fits a repeat of 10:", field_fits(102, 153, 10))
say("repeats (≥ 2 khaneh) that fit 102 × 153:", fitting_repeats(102, 153, smallest=2))
say("nearest field that fits 10:", nearest_fitting_field(102, 153, 10))

# %% [markdown]
# `compose_carpet` puts a field, guard stripes (plain narrow bands) and the border together, and
# refuses a repeat that would not meet at the centre — with the size that would fit:

# %%
repeat = motif("diamond")  # 7 × 7 knots
try:
    compose_carpet(blank_grid(13, 19), repeat, inner_guard=(1, 1))
except ValueError as error:
    say("refused:", error)

# %% [markdown]
# Your own functions can refuse a size the same way, with `raise`: it stops the function at once with an
# error and a message, instead of returning a wrong answer. Here a length of knots is turned into whole
# khaneh, and a length that is not whole khaneh is refused:

# %%
def whole_khaneh(knots):
    """Number of khaneh (10 knots each) in a length of knots; refuses a length that is not whole khaneh."""
    if knots % 10 != 0:
        raise ValueError(f"{knots} knots is not a whole number of khaneh (10 knots each)")
    return knots // 10


say(whole_khaneh(150))
try:
    whole_khaneh(153)
except ValueError as error:
    say("refused:", error)

# %% [markdown]
# The repeats are laid along the **inside** edge of the border: the field plus its two inner guard
# stripes. Across, 19 + 2 = 21 knots hold 3 repeats of 7 — fine; up the sides, 13 + 2 = 15 rows hold
# 2.14 repeats, so the message names the left and right borders and the nearest length that fits,
# 14 rows (a field of 12).
# Here is a carpet that fits: the star mirrored from a quarter (17 × 17, centre shared), with 8 rows of
# ground above and below and 1 knot each side, makes a field of 33 rows × 19 knots; inside the border
# that is 35 = 5 × 7 rows and 21 = 3 × 7 knots.

# %%
star_field = mirror_quarter(motif("star"), centre="shared")
field = np.pad(star_field, ((8, 8), (1, 1)), constant_values=0)
carpet = compose_carpet(field, repeat, inner_guard=(1, 1), outer_guard=(1, 2))
say("field", field.shape, "→ carpet", carpet.shape)
say("field symmetric:", is_symmetric(field, "quarter"), "— carpet symmetric:", is_symmetric(carpet, "quarter"))
display(Image(grid_png(carpet, legend, width_inches=4.5)))

# %% [markdown]
# Look at the corners: each is a square as deep as the border. By default it is **mitred** — lines that
# run along the border turn the corner on the diagonal — and the same corner is mirrored into all four,
# so a symmetric field gives a symmetric carpet (a designer may draw a corner instead: `corner=...`).
# Along each side the repeats are mirrored about the middle of the side, so motifs face the centre from
# both ends. Try it: pad the star with 7 rows below and 9 above — does it still fit? Is it still
# symmetric?

# %% [markdown]
# ### Practice 3 — Will the diamond border fit?
# A field of 12 rows × 19 knots gets an inner guard stripe of 1 knot on every side. Will the 7 × 7
# diamond repeat meet at the centre of each side? Work it out with `%`, then let `compose_carpet` try it
# (`inner_guard=(1, 1)`) and print the shape of the carpet.

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# print((12 + 2) % 7, (19 + 2) % 7)
# small_carpet = compose_carpet(blank_grid(12, 19), repeat, inner_guard=(1, 1))
# print(small_carpet.shape)
# ```
#
# It prints:
#
# ```text
# 0 0
# (28, 35)
# ```
#
# Inside the border the sides are 12 + 2 = 14 rows (2 repeats) and 19 + 2 = 21 knots (3 repeats), with
# nothing left over, so it fits. The border adds 7 knots on each side: 14 + 14 = 28 rows, 21 + 14 = 35
# knots.
#
# </details>

# %% [markdown]
# ## 5. Scaling a photo to a tableau
#
# A tableau's chart has as many knots as the finished size and the density say (Lesson 1):
# knots across = raj across × width in cm ÷ 7, rows = raj along × height in cm ÷ 7. The picture is
# resampled to exactly that grid. We make a small picture here (a sun over hills, drawn with numpy —
# any photo works the same way):

# %%
height_px, width_px = 300, 210
y, x = np.mgrid[0:height_px, 0:width_px]
picture = np.zeros((height_px, width_px, 3), dtype=np.uint8)
picture[...] = np.stack([90 + y * 0.4, 150 + y * 0.2, 230 - y * 0.1], axis=-1).astype(np.uint8)  # sky
sun = (x - 150) ** 2 + (y - 70) ** 2 <= 30**2
picture[sun] = (245, 200, 60)
hills = y > 200 + 25 * np.sin(x / 25)
picture[hills] = (70, 120, 50)
picture[y > 270] = (110, 80, 50)  # earth

# %% [markdown]
# The picture (row 0 of an image is its **top**):

# %%
PillowImage.fromarray(picture)

# %% [markdown]
# For a 14 × 20 cm tableau at 35 raj: 35 × 14 / 7 = 70 knots across, 35 × 20 / 7 = 100 rows.
# `picture_to_knots` returns one colour per knot, **row 0 = the bottom row** (the picture turned upside
# down, as the weaver reads it):

# %%
say(chart_size(14, 20, 35))
knots = picture_to_knots(picture, 14, 20, raj_w=35)
say(knots.shape, "— bottom-left knot (earth):", knots[0, 0].tolist(), "— top-left knot (sky):", knots[-1, 0].tolist())

# %% [markdown]
# ### When raj along differs from raj across
# Suppose the weaver packs **42 rows** per 7 cm but ties 35 knots across. Each knot is then
# 7/35 = 0.200 cm wide and 7/42 = 0.167 cm tall. The chart must have **more rows** for the same 20 cm:
# 42 × 20 / 7 = 120. `picture_to_knots` resamples the picture to 70 × 120 cells — each cell takes the
# part of the picture its knot covers — so nothing stretches when it is woven:

# %%
tall = picture_to_knots(picture, 14, 20, raj_w=35, raj_h=42)
say(tall.shape)

# %% [markdown]
# ### Practice 4 — A chart for a 21 × 30 cm tableau
# The same picture is to be woven 21 × 30 cm, with 35 knots across and 42 rows per 7 cm. What chart size
# does `chart_size` give, and does `picture_to_knots` make a grid of that size? (A picture's grid has a
# third number in its shape: the three colour numbers of each knot.)

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# print(chart_size(21, 30, 35, raj_h=42))
# print(picture_to_knots(picture, 21, 30, raj_w=35, raj_h=42).shape)
# ```
#
# It prints:
#
# ```text
# (105, 180)
# (180, 105, 3)
# ```
#
# 35 × 21 ÷ 7 = 105 knots across and 42 × 30 ÷ 7 = 180 rows. `chart_size` says (across, rows); a grid's
# shape says (rows, across) — rows first, as always in numpy.
#
# </details>

# %% [markdown]
# Drawn on square chart paper, the 70 × 120 chart looks **tall and thin** (left) — that is right: the
# rows are packed closer on the loom. Drawn with cells as tall as the woven knots (right, cell height /
# width = 35 / 42), it has the picture's proportions again. The common mistake is the opposite: scaling
# the picture to 70 × 100 squares and weaving it at 42 rows per 7 cm gives a carpet 100 × 7/42 = 16.7 cm
# tall instead of 20 — squashed.

# %%
fig, axes = plt.subplots(1, 2, figsize=(7, 5))
axes[0].imshow(tall, origin="lower", aspect=1)
axes[0].set_title("chart paper: square cells")
axes[1].imshow(tall, origin="lower", aspect=35 / 42)
axes[1].set_title("as woven: cells 35/42 as tall")
for ax in axes:
    ax.set_xlabel("knots across")
axes[0].set_ylabel("rows (row 1 at the bottom)")
fig.tight_layout()
plt.show()

# %% [markdown]
# Two more rules `picture_to_knots` follows:
#
# - **crop, never stretch**: if the photo's proportions differ from the tableau's (here 210 × 300 px is
#   exactly 14 : 20), the middle of the photo is kept and the edges are cut;
# - **the box filter when shrinking**: each knot takes the plain average of the pixels under it — the
#   colour the knot shows from a distance — without the light or dark fringes a sharper filter can add
#   at edges (fringes would become extra yarn colours in Lesson 5). When a small picture is enlarged,
#   Pillow's Lanczos filter is used instead.
#
# The colours are still screen colours: Lesson 5 maps each knot to the nearest yarn of a legend.

# %% [markdown]
# ## 6. The Symmetry Designer
# Pick a motif from the library or paint your own (choose a yarn under **Paint with** and click the
# squares of the motif), then choose the symmetry. The whole design is drawn at once, with the check
# that it is symmetric knot for knot and the knots of every yarn. Try:
#
# - the **boteh** with *Quarter mirrored, centre doubled* and then *centre shared*: how many knots do
#   you save? Which one has a single centre knot?
# - paint one knot of the motif red and watch the red count: by how much does it grow in each symmetry?
# - *Border of repeats* with the diamond: where do the repeats meet?

# %%
from farshlab.widgets.symmetry_designer import SymmetryDesigner

SymmetryDesigner()

# %% [markdown]
# ## Key points
# - A design is a grid of colour codes, one per knot; **row 0 is the bottom row**, the weaver's row 1.
# - Chart paper is ruled in khaneh of 10 × 10; the drawing functions return new grids.
# - Floor carpets: draw the bottom-left quarter and mirror it (centre doubled → even size, shared → odd).
#   Pictorial tableaux are charted in full.
# - Border repeats meet at the centre only when each side holds a whole number of repeats:
#   100 × 150 khaneh fits a 10-khaneh repeat, 102 × 153 does not.
# - Scale a picture to knots from the finished size and **both** raj; crop, never stretch; average the
#   pixels under each knot.
