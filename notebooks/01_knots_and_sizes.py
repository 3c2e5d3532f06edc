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
# # Lesson 1 — Knots and sizes: density, chart size, maghat, yarn and borders
#
# Before a single knot is tied, a workshop answers the same questions for every job:
# *How many knots across and how many rows? How many maghat — so what will the weaver earn and what is
# the price? How many kilograms of yarn, how much warp and weft? How long will it take? Will the border
# fit?* This lesson answers them, first in plain words, then with the functions of `farshlab.carpet`,
# which do the same sums and check the numbers you give them.
#
# By the end you will be able to:
#
# 1. count raj on the back of a rug without falling into the **two-node** trap;
# 2. explain why Sardrud and Tabriz count over **7 cm** and Isfahan over **6.5 cm**, and convert
#    between raj, kheft and reg, knots per cm, per m² and per square inch;
# 3. work out a chart's size in knots from a tableau's size in cm (and back), with separate raj across
#    and along, and say how far the length drifts when rows are packed tighter;
# 4. count a job in maghat and qabal and turn a rate into a wage or a price, and a team's speed into days;
# 5. estimate pile yarn per colour in metres and grams, warp ends and length, and weft;
# 6. check that a border repeat meets at the centre of each side, and repair a field size that does not;
# 7. use the **Loom Planner** to compare sizes and densities.
#
# Time: about 3 hours with breaks, practice included. You need Lesson 0, both parts (variables,
# functions, `if`, loops, dictionaries, numpy). As in Lesson 0, each **Practice** has an empty cell to
# try it in and the answer folded under *Show the answer*.

# %% [markdown]
# We use numpy, matplotlib for one picture, and the carpet tools of `farshlab`. From this lesson on,
# results are shown with `say`, farshlab's `print`: it prints English as `print` does, and shows a
# Persian sentence right to left with Persian digits (the Persian lessons use the same code).

# %%
import matplotlib.pyplot as plt
import numpy as np

from farshlab.locale import say
from farshlab import carpet

# %% [markdown]
# ## 1. Counting raj on the back of a rug
#
# **Raj** (رج) is the number of knots across **7 cm** of width, in the Tabriz and Sardrud system
# (sources: entezarcarpet.ir on the Tabriz weaving system; bakhtiyar.com/blog/2017/5/4/
# how-to-measure-knot-count-the-persian-way). To count it on a finished rug:
#
# 1. turn the rug over and lay a ruler **across** the width (along a row of knots);
# 2. mark 7 cm;
# 3. count what you see along those 7 cm.
#
# **The two-node pitfall.** Each knot is tied around **two** warps. When the two warps lie **level**,
# side by side, every knot shows on the back as **two small bumps (nodes)**. If you count nodes, you
# have counted each knot twice: halve the count. A beginner who counts 100 nodes and calls the rug
# "100 raj" has doubled its density — and its price. Some weaves push one warp of each pair down
# (a thick and a thin weft, as Tabriz weaving uses, can do it); then each knot may show only **one**
# node (sources.md: little-persia, carpetmaster-pood, iran-carpet-1984). The course has no source for
# how the warps lie in Sardrud tableaux: **look at the back** and decide before you halve. The
# examples here assume level warps.
#
# `carpet.raj_from_back_count` asks you to say which you see: `nodes_per_knot=2` (two nodes per
# knot) or `nodes_per_knot=1` (one node per knot):

# %%
nodes_counted = 100   # bumps counted along 7 cm on the back
carpet.raj_from_back_count(nodes_counted, nodes_per_knot=2)

# %% [markdown]
# Count **along** the length too, over 7 cm of rows: that is the vertical raj. It is usually the same as
# across, but not always (section 3).

# %% [markdown]
# ## 2. Why 7 cm in Sardrud and 6.5 cm in Isfahan
#
# The counting length comes from the old measure of length, the **zar** (ذرع), divided into 16
# **gereh** (گره). The zar was not the same everywhere:
#
# | centre | zar | 1 gereh = zar ÷ 16 | the count is called |
# |---|---|---|---|
# | Tabriz, Sardrud | 112 cm | **7 cm** | raj (رج) |
# | Isfahan and other Persian-knot centres | 104 cm | **6.5 cm** | kheft (خفت) |
# | Kerman | 108 cm (= 6.75 × 16) | 6.75 cm | — |
#
# (sources: entezarcarpet.ir; bakhtiyar.com; zarvancarpet.com for Kerman). Kerman workshops also count
# **reg** (رگ): knots per *charak*, a quarter zar = 4 gereh (wikicarpet.com «كاغذ نقشه»;
# iran-carpet.com/fa/blog/detail/11750). So a reg is 4 × the knots over **one gereh of the same
# zar**: 160 reg are 40 knots per gereh. With a 7 cm gereh that would be 40 raj — but a Kerman gereh
# is 6.75 cm, so a Kerman charak is 4 × 6.75 = 27 cm, and 160 reg are 160 × 7 ÷ 27 ≈ 41.5 knots
# per 7 cm, the way Sardrud counts. *Reg = 4 × raj* holds only when both count the same gereh.
#
# So "50" means different things in different towns. The same rug, 50 knots per 7 cm, counted the
# Isfahan way over 6.5 cm, has fewer knots in the shorter length: 50 × 6.5 ÷ 7 ≈ 46.4 kheft.
# Every `farshlab.carpet` function takes the counting length as `unit_cm` (7.0 unless you say
# otherwise), and `carpet.UNIT_CM` lists the three:

# %%
carpet.UNIT_CM

# %%
say("50 raj counted over 6.5 cm:", round(carpet.convert_density(50, 7.0, 6.5), 2), "kheft")
say("160 Kerman reg =", round(carpet.raj_from_reg(160), 2), "raj (knots per 7 cm)")
say("160 reg counted in a 7 cm gereh =", carpet.raj_from_reg(160, gereh_cm=7.0), "raj")

# %% [markdown]
# ### Knots per cm, per square metre, per square inch
#
# In words: *knots per cm = raj ÷ 7*. A square metre is 100 cm × 100 cm, so it holds
# (raj across ÷ 7 × 100) × (raj along ÷ 7 × 100) knots. As formulas:
#
# $$\text{knots per cm} = \frac{\text{raj}}{7}, \qquad
# \text{knots per m}^2 = \frac{\text{raj}_w}{7}\cdot\frac{\text{raj}_h}{7}\cdot 10^4 .$$
#
# Foreign buyers often ask for **KPSI**, knots per square inch (1 inch = 2.54 cm):
# (raj_w ÷ 7 × 2.54) × (raj_h ÷ 7 × 2.54) (rugrag.com knot-count chart).

# %%
for raj in (35, 40, 50, 60, 70, 80):   # the Tabriz grades (handmade-rug.com; yellowstarcarpet.com)
    say(f"{raj} raj: {carpet.knots_per_cm(raj):5.2f} knots/cm, "
          f"{carpet.knots_per_m2(raj):>11,.0f} knots/m², {carpet.knots_per_square_inch(raj):6.1f} KPSI")

# %% [markdown]
# Two numbers to remember: **50 raj ≈ 510,204 knots per m²**, the usual tableau density, and
# **70 raj = exactly 1,000,000 knots per m²** (10 knots per cm each way).
#
# A number far outside 10–120 raj is almost always a typing mistake (a total or a size typed into the
# raj). `farshlab.carpet` still computes it but warns you (an `UnusualDensityWarning`). A raj of zero or
# less, or a size of zero, is impossible, and it stops with a message naming the input:

# %%
try:
    carpet.knots_across(50, -5)
except ValueError as problem:
    say("ValueError:", problem)

# %% [markdown]
# `try:` runs the lines under it; if one of them stops with a `ValueError`, Python jumps to the
# `except ValueError` lines instead of showing a pink box. Here it lets us print the message and go on.

# %% [markdown]
# ### Practice 1 — A count from Isfahan
# A buyer from Isfahan says their rug is **40 kheft** (knots per 6.5 cm). How many knots is that per
# 7 cm, the way Sardrud counts? Work it out with `carpet.convert_density`, and by hand
# (40 knots in 6.5 cm → how many in 7 cm?).

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# print(round(carpet.convert_density(40, 6.5, 7.0), 2))
# print(round(40 / 6.5 * 7, 2))
# ```
#
# It prints:
#
# ```text
# 43.08
# 43.08
# ```
#
# 40 knots in 6.5 cm are 40 ÷ 6.5 ≈ 6.15 knots per cm, so 7 cm hold about 43.1: the same rug is
# "43 raj" in Sardrud. The longer counting length gives the bigger number.
#
# </details>

# %% [markdown]
# ### Practice 2 — Knots per square inch for a buyer
# A foreign buyer asks for the KPSI of a 60 raj tableau (60 both ways). Work it out by hand from the
# formula above, (raj ÷ 7 × 2.54)², and check it with `carpet.knots_per_square_inch(60)`. Round to a
# whole knot.

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# by_hand = (60 / 7 * 2.54) ** 2
# print(round(by_hand), round(carpet.knots_per_square_inch(60)))
# ```
#
# It prints:
#
# ```text
# 474 474
# ```
#
# 60 ÷ 7 ≈ 8.57 knots per cm; one inch (2.54 cm) holds about 21.8 knots each way, and 21.8² ≈ 474.
#
# </details>

# %% [markdown]
# ## 3. Chart size from the tableau's size
#
# Chart paper has one square cell per knot. In words: *knots across = raj across × width in cm ÷ 7,
# rounded to a whole knot; rows = raj along × height in cm ÷ 7, rounded.* You cannot tie part of a knot,
# so both are rounded (as in the public tool tavoosbaft, which uses raj · cm / 7).
#
# The usual tableau sizes in Sardrud are 35×50, 50×70, 70×100, 80×120, 100×150 and 200×300 cm
# (en.icro.ir). At the usual 50 raj:

# %%
tableau_sizes_cm = [(35, 50), (50, 70), (70, 100), (80, 120), (100, 150), (200, 300)]
for width_cm, height_cm in tableau_sizes_cm:
    across, rows = carpet.chart_size(width_cm, height_cm, 50)
    say(f"{width_cm:>3} x {height_cm:<3} cm at 50 raj: {across:>4} knots across x {rows:>4} rows"
          f" = {across * rows:>9,} knots")

# %% [markdown]
# The second line is the course's worked example: **50 × 70 cm at 50 raj → 357 × 500 knots**.
# Why 357 and not 357.14? Because 50 × 50 ÷ 7 = 357.14… and we round to the nearest whole knot.
#
# ### And back: what size will a chart weave to?
# A chart of 357 × 500 knots woven at 50 raj measures 357 × 7 ÷ 50 = 49.98 cm by 500 × 7 ÷ 50 = 70 cm.
# The 0.02 cm lost is the rounding to whole knots.

# %%
carpet.finished_size(357, 500, 50)

# %% [markdown]
# ### Raj across and raj along are kept apart
# On chart paper the cells are square, so the drawing assumes the same raj across and along. On the
# loom, the weaver beats each row of weft down with the comb; beat harder and more rows fit into 7 cm.
# The finished length then **drifts** from the chart («بالازدگی / پایین‌زدگی»). Every function takes
# `raj_w` (across) and `raj_h` (along) separately; `raj_h` is the same as `raj_w` unless you give it.
#
# Example: a chart of 500 rows drawn for 50 raj (70 cm), woven by a weaver who packs 52 rows into 7 cm.
# The rows measure 500 × 7 ÷ 52 = 67.31 cm: the tableau comes out **2.69 cm short**, and the picture
# is squashed. Packed looser (48 rows per 7 cm), it comes out 2.92 cm long.

# %%
for woven_raj_h in (48, 50, 52):
    drift = carpet.length_drift_cm(500, 50, woven_raj_h)
    say(f"woven at {woven_raj_h} rows per 7 cm: length changes by {drift:+.2f} cm")

# %% [markdown]
# This is why the weaver checks the rows per 7 cm every few centimetres, against the chart.

# %% [markdown]
# ### Practice 3 — A larger tableau, packed tighter
# An 80 × 120 cm tableau is charted at 60 raj across and 62 rows per 7 cm along. (1) What is its chart
# size in knots? Use `carpet.chart_size` with `raj_h=62`. (2) The weaver then packs 64 rows per 7 cm:
# by how many cm does the length change? Use `carpet.length_drift_cm`, rounded to 2 decimals.

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# big_across, big_rows = carpet.chart_size(80, 120, 60, raj_h=62)
# print(big_across, big_rows)
# print(round(carpet.length_drift_cm(big_rows, 62, 64), 2))
# ```
#
# It prints:
#
# ```text
# 686 1063
# -3.75
# ```
#
# 60 × 80 ÷ 7 = 685.7 → 686 knots across; 62 × 120 ÷ 7 = 1062.9 → 1063 rows. At 64 rows per 7 cm the
# 1063 rows measure 1063 × 7 ÷ 64 ≈ 116.3 cm instead of 120: **3.75 cm short** (the minus sign).
#
# </details>

# %% [markdown]
# ## 4. Maghat, qabal, wages and days
#
# Tableau prices and weavers' wages are counted in **maghat** (مقاط): 12,000 knots
# (tablofarsheiran.ir/blog/2019/12/03/carpet-texture). In western Iran wages are also counted in
# **qabal** (قبال): 14,000 knots (ghalikhan.purpleblog.ir/post563226.html).

# %%
knots = carpet.total_knots(50, 70, 50)
say(f"{knots:,} knots = {carpet.maghat(knots)} maghat = {carpet.qabal(knots)} qabal")

# %% [markdown]
# 178,500 ÷ 12,000 = **14.875 maghat**; ÷ 14,000 = 12.75 qabal.
#
# A wage or a price is *number of maghat × rate per maghat*. **The rate and the weaving speed below are
# made up for practice — they are not real figures.** Put in your workshop's own.

# %%
rate_per_maghat = 400_000        # HYPOTHETICAL tomans per maghat, for practice only
knots_per_weaver_per_day = 7_000  # HYPOTHETICAL speed of one weaver, for practice only
weavers = 2

wage = carpet.amount_for_knots(knots, rate_per_maghat)
days = carpet.weaving_days(knots, weavers, knots_per_weaver_per_day)
say(f"wage for the team: {wage:,.0f} tomans, {carpet.wage_per_weaver(knots, rate_per_maghat, weavers):,.0f} each")
say(f"weaving time: {days:.2f} working days")

# %% [markdown]
# ## 5. Yarn, warp and weft
#
# The estimates follow Ahrari (iran-carpet.com/fa/blog/detail/1705, 1726, 1804, 1819).
#
# **Pile yarn.** Each knot uses a short length of yarn: the two legs of the knot and the pile that is
# later sheared. About **4 cm per knot** is quoted at 40 raj; finer rugs use less, so treat 4 cm as a
# figure to check against your own yarn. *Metres = knots × cm per knot ÷ 100.*
#
# **From metres to grams.** Yarn is sold by weight; its **metric count Nm** says how many metres one
# gram holds. A yarn of 2 strands (2 **ply**) of Nm 16 holds only 16 ÷ 2 = 8 metres per gram
# (sources.md: farshir-nm). *Grams = metres ÷ (Nm ÷ ply)*. Then add a waste allowance (ends cut off,
# knots undone).
#
# Which count? Ahrari works 40-raj pile at **Nm 8** (8 metres per gram of the yarn as used; sources.md:
# ahrari-materials, ahrari-yarn-raj). We use it below, with `ply=1` because 8 is already the count of
# the yarn as used. A 50-raj tableau is woven with a finer yarn, so the grams below are if anything
# too many: **put in your spinner's Nm and ply**. The 10 % waste is a made-up example figure.

# %%
metres = carpet.pile_length_m(knots, cm_per_knot=4.0)
grams = carpet.yarn_grams(metres, nm=8, ply=1, waste_percent=10)
say(f"{metres:,.0f} m of pile yarn -> {grams:,.0f} g with 10 % waste")

# %% [markdown]
# 178,500 × 4 ÷ 100 = 7,140 m; 7,140 ÷ 8 = 892.5 g; plus 10 % = 981.75 g — about 2.8 kg of pile per
# square metre of tableau. (A coarser yarn, Nm 6 in 2 ply = 3 metres per gram, would give 2,618 g:
# check that a yarn count gives a weight your workshop recognises.)
#
# ### Rounding **up**: `math.ceil`
# `round` goes to the nearest whole number, but some counts must go **up**: you cannot buy part of a
# skein or work part of a day and call it done. `math.ceil` (from Python's `math` module) rounds up,
# `math.floor` rounds down:

# %%
import math

say(math.ceil(9.2), math.floor(9.8), round(9.2))

# %% [markdown]
# ### Practice 4 — Skeins to buy
# Suppose the pile yarn is sold in skeins of 100 g. How many skeins must the workshop buy for the
# `grams` worked out above (981.75 g)? A part skein is bought whole.

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# print(math.ceil(grams / 100))
# ```
#
# It prints:
#
# ```text
# 10
# ```
#
# 981.75 ÷ 100 = 9.8175 skeins: 9 are not enough, so 10. (`round` would also give 10 here, but for
# 921 g it would give 9 and leave you short.)
#
# </details>

# %% [markdown]
# ### Yarn per colour
# A colour that runs out and is dyed again in a second lot leaves a visible two-shade patch (دورنگی),
# so each colour must be dyed in one lot, enough for the whole job. The same sum works per colour:
# count the knots of each colour in the chart, then knots → metres → grams. Here is a made-up chart,
# 357 × 500 knots, with a red medallion and a blue border on a cream ground:

# %%
chart = np.full((500, 357), 1, dtype=int)   # colour 1: cream ground
chart[:20, :] = 3                            # colour 3: blue border, bottom
chart[-20:, :] = 3                           # top
chart[:, :20] = 3                            # left
chart[:, -20:] = 3                           # right
rows_idx, cols_idx = np.ogrid[:500, :357]
chart[((rows_idx - 250) / 150) ** 2 + ((cols_idx - 178) / 100) ** 2 <= 1] = 2   # colour 2: red medallion

codes, counts = np.unique(chart, return_counts=True)
knots_by_colour = dict(zip(codes.tolist(), counts.tolist()))
knots_by_colour

# %% [markdown]
# ### A materials bill for the whole tableau
# **Warp**: every knot sits on a pair of warps, so there are 2 × knots across warp ends; each end is
# the tableau's length plus up to 60 cm to tie it on the loom. **Weft**: after each row of knots a
# Tabriz or Sardrud weaver passes **two** wefts, a thick one and a thin one (sources.md:
# iran-carpet-1984); each pass is the width × 1.2 (Ahrari's allowance for the thick weft, used for the
# thin one too). So weft = rows × 2 × width × 1.2. `carpet.materials_bill` puts it all together, and
# checks that the colours add up to all the knots:

# %%
bill = carpet.materials_bill(50, 70, 50, nm=8, ply=1, waste_percent=10, knots_by_colour=knots_by_colour)
yarn_names = {1: "cream", 2: "red", 3: "blue"}
for code, g in bill.pile_g.items():
    say(f"colour {code} ({yarn_names[code]}): {knots_by_colour[code]:>7,} knots -> {g:7,.0f} g")
say(f"pile, all colours: {bill.pile_total_g:,.0f} g")
say(f"warp: {bill.warp_ends} ends, {bill.warp_m:,.1f} m   weft: {bill.weft_m:,.1f} m")

# %% [markdown]
# Warp: 2 × 357 = 714 ends, each 70 + 60 = 130 cm: 714 × 1.30 = 928.2 m.
# Weft: 500 rows × 2 passes × 50 cm × 1.2 = 60,000 cm = 600 m (300 m of thick weft and 300 m of thin;
# `weft_passes_per_row=1` counts the thick weft alone, as Ahrari's estimate does). Thick and thin weft
# are different yarns, so buy them separately.

# %% [markdown]
# ## 6. Border repeats that meet at the centre
#
# A border is drawn as one **repeat** (واگیره) laid again and again along each side. The designer draws
# from each corner towards the middle of the side and mirrors it there. For the two halves to meet
# cleanly at the middle, the rule this course uses is:
#
# > **Each side of the field must hold a whole number of repeats.** Then the middle of the side falls
# > either on a **joint** between two repeats (an even number of repeats) or on the **centre of one
# > repeat** (an odd number). A leftover piece of a repeat would leave a broken motif in the middle.
# > Width and length must both fit, because the same repeat turns every corner.
#
# Sides and repeats are measured in the same unit: khaneh (خانه, the 10 × 10 blocks of chart paper,
# wikicarpet.com) or knots. The trade example (iran-carpet.com/fa/blog/detail/13122): a field of
# **100 × 150 khaneh works, 102 × 153 does not**. With the usual repeat widths of 10, 25 or 50 khaneh,
# 100 × 150 holds 10 × 15, 4 × 6 or 2 × 3 repeats; 102 × 153 holds none of them whole. (It would
# fit an odd repeat of 17 or 51 khaneh — the example assumes the repeat you already have.)

# %%
for repeat in (10, 25, 50):
    say(f"repeat {repeat:>2} khaneh: 100 x 150 fits? {carpet.field_fits(100, 150, repeat)}; "
          f"102 x 153 fits? {carpet.field_fits(102, 153, repeat)}; "
          f"nearest field that fits 102 x 153: {carpet.nearest_fitting_field(102, 153, repeat)}")

# %%
say("repeats that fit 100 x 150:", carpet.fitting_repeats(100, 150))
say("repeats that fit 102 x 153:", carpet.fitting_repeats(102, 153))
say("centre of a 100 side with a 25 repeat:", carpet.centre_of_side_words(100, 25))
say("centre of a 150 side with a 50 repeat:", carpet.centre_of_side_words(150, 50))

# %% [markdown]
# In words: *a side fits when side ÷ repeat has no remainder* — in Python, `side % repeat == 0`.
# `//` gives the whole repeats in a side, `%` what is left over (Lesson 0):

# %%
for side in (100, 102):
    say(f"side {side}, repeat 10: {side // 10} whole repeats, {side % 10} khaneh left over")

# %% [markdown]
# To repair a side that does not fit, look at the two lengths that do fit on either side of it:
# the shorter, (side // repeat) × repeat, and the longer, that plus one repeat. Take the **nearer**
# one; on an exact tie take the **longer** (a field is easier to widen into its border than to cut),
# and never less than one repeat. Do not use Python's `round(side / repeat)` for this: it sends an
# exact half to the even number (`round(10.5)` is 10), so a side of 105 with a repeat of 10 would
# become 100 instead of 110. `carpet.nearest_fitting_side` follows the rule:

# %%
for side in (153, 105, 104):
    say(f"side {side}, repeat 10: nearest that fits {carpet.nearest_fitting_side(side, 10)}"
          f" (Python's round would give {round(side / 10) * 10})")

# %% [markdown]
# ### Practice 5 — Which repeat fits?
# A field is 120 × 180 khaneh. With `%`, check whether a border repeat of 25 khaneh fits both sides, and
# whether one of 30 khaneh does. Then compare with `carpet.field_fits`.

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# for repeat in (25, 30):
#     fits = 120 % repeat == 0 and 180 % repeat == 0
#     print(repeat, fits, carpet.field_fits(120, 180, repeat))
# ```
#
# It prints:
#
# ```text
# 25 False False
# 30 True True
# ```
#
# 120 ÷ 25 = 4 repeats and 20 khaneh left over, so 25 does not fit; 120 ÷ 30 = 4 and 180 ÷ 30 = 6 leave
# nothing over, so 30 fits both sides.
#
# </details>

# %% [markdown]
# ## 7. The usual tableau sizes, to scale
#
# A picture helps to feel the sizes. Each rectangle is a tableau drawn to scale, with its size in cm
# and its maghat at 50 raj (rounded to a whole maghat) written above it.

# %%
fig, ax = plt.subplots(figsize=(8, 6))
x = 0
for width_cm, height_cm in tableau_sizes_cm:
    ax.add_patch(plt.Rectangle((x, 0), width_cm, height_cm, facecolor="#efe4c8", edgecolor="#3b3221"))
    knots_here = carpet.total_knots(width_cm, height_cm, 50)
    ax.text(x + width_cm / 2, height_cm + 8, f"{width_cm}x{height_cm}\n{carpet.maghat(knots_here):.0f} maghat",
            ha="center", fontsize=8)
    x += width_cm + 15
ax.set_xlim(-10, x)
ax.set_ylim(0, 340)
ax.set_aspect("equal")
ax.set_xlabel("cm")
ax.set_ylabel("cm")
ax.set_title("Usual tableau sizes (en.icro.ir) at 50 raj")
plt.show()

# %% [markdown]
# ## 8. The Loom Planner
#
# The **Loom Planner** puts all of this in one place. Change the width and height, the raj across and
# along, the counting length, the yarn per knot, the yarn count and ply, the waste, and the team; the
# numbers and the to-scale drawing of the loom change at once. Thin lines on the drawing are every
# 10 knots, heavy lines every 100 (on very large carpets only the 100-knot lines are drawn). A bad
# input — a width of 0, say — shows a message instead of numbers.
#
# Its starting values are the worked example (50 × 70 cm at 50 raj) with Ahrari's yarn figures (4 cm
# per knot, Nm 8, 1 ply); the waste and the weaving speed are the made-up example figures used above.
#
# > **Try it:** compare a 70 × 100 tableau at 50 and at 60 raj: how many more maghat, how many more
# > days? Then set raj along to 52 and watch the rows change.

# %%
from farshlab.widgets.loom_planner import LoomPlanner

planner = LoomPlanner()
planner

# %% [markdown]
# ## Key points
#
# - Raj = knots across **7 cm** (Tabriz, Sardrud); kheft = knots across **6.5 cm** (Isfahan); the
#   Kerman reg = knots per charak of 4 gereh of 6.75 cm (160 reg ≈ 41.5 raj; reg = 4 × raj only with a
#   7 cm gereh). They come from the zar of each town divided into 16 gereh.
# - Where the warps lie level, each knot shows **two nodes** on the back: halve a count of nodes.
#   Look at the back first: some weaves show one node per knot.
# - Knots across = round(raj_w × width cm ÷ 7); rows = round(raj_h × height cm ÷ 7).
#   **50 × 70 cm at 50 raj → 357 × 500 = 178,500 knots = 14.875 maghat.**
# - 50 raj ≈ 510,204 knots per m²; 70 raj = 1,000,000 knots per m².
# - Rows packed tighter than the chart make the tableau shorter (500 rows at 52 instead of 50 raj:
#   2.69 cm short); keep raj across and along apart and check them while weaving.
# - 1 maghat = 12,000 knots; 1 qabal = 14,000 knots; wage or price = maghat × rate.
# - Pile yarn: metres = knots × cm per knot ÷ 100; grams = metres ÷ (Nm ÷ ply), plus waste; per colour,
#   so each colour is dyed in one lot. Ahrari's 40-raj figures: 4 cm per knot, Nm 8 — use your own.
#   Warp: 2 ends per knot across, each length + up to 60 cm. Weft: rows × 2 passes × width × 1.2.
# - To repair a side that does not fit a repeat, take the nearer of the two fitting lengths either side
#   of it, the longer on a tie — not Python's `round`.
# - A border repeat fits a side when the side holds a whole number of repeats; the middle then falls on a
#   joint (even number) or on a repeat's centre (odd number).
