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
# # Lesson 4 — Dye mixing: recipes, K/S, predicting and matching a shade
#
# Every colour number on a chart is a skein someone has to dye. This lesson is about the dye house:
# how much dye and chemical go into a bath, and how a computer helps the dyer find a recipe for a
# colour — the way industrial recipe software does it.
#
# By the end you will be able to:
#
# 1. work out a recipe for a batch: grams of dye from the depth in % owf, millilitres of stock
#    solution, litres of liquor, grams of Glauber's salt and acid — and scale a lab dip to bulk;
# 2. say why mixing dyes is not mixing RGB colours;
# 3. explain K/S in plain words and turn reflectance into K/S and back;
# 4. predict the colour of a recipe, find a recipe for a target colour, and correct it after a lab dip;
# 5. check a match for metamerism under a second light, and try all of it in the **Dye Lab**.
#
# Time: about 3 hours, practice included. All the maths comes from the tested package `farshlab.dye`.
# Each **Practice** has an empty cell to try it in and the answer folded under *Show the answer*.
#
# **A warning before we start.** The dyes in this lesson are a **SYNTHETIC** set: six made-up acid
# dyes whose numbers were generated from a model (`scripts/make_synthetic_dye_set.py`), because no
# openly published measurements of acid dyes on wool could be used. They behave like real dyes and
# teach the method; **they are not recipes for real dyes**. Section 9 shows how a workshop loads its
# own measured dyeings instead.

# %%
import matplotlib.pyplot as plt
import numpy as np

from farshlab.locale import say
from farshlab.dye import (
    Auxiliary,
    WAVELENGTHS_NM,
    batch_recipe,
    calibration_template_path,
    correct_recipe,
    cost_per_kg,
    ks_from_reflectance,
    load_dye_set,
    load_standards,
    match_recipe,
    predict_lab,
    predict_reflectance,
    product_name,
    reflectance_from_ks,
    reflectance_to_hex,
    reflectance_to_lab,
    scale_recipe,
)
from farshlab.colour import delta_e, srgb_to_hex, hex_to_srgb
from farshlab.printing import recipe_sheet_text


def show_swatches(hex_codes, captions, title=""):
    """Draw colour swatches side by side with a caption under each."""
    fig, ax = plt.subplots(figsize=(1.6 * len(hex_codes), 1.9))
    for i, code in enumerate(hex_codes):
        ax.add_patch(plt.Rectangle((i, 0), 0.9, 1, color=code))
        ax.text(i + 0.45, -0.12, captions[i], ha="center", va="top", fontsize=8)
    ax.set_xlim(-0.05, len(hex_codes))
    ax.set_ylim(-0.5, 1.05)
    ax.axis("off")
    ax.set_title(title, fontsize=10)
    plt.show()


# %% [markdown]
# ## 1. Depth of shade: % on weight of fibre
#
# Dyers say how deep a shade is as **% on weight of fibre** (% owf): grams of dye per 100 g of dry
# wool. A light shade is about 0.5 %, a medium one 1 %, a deep one 2–4 % (a craft dyer's guide,
# sources.md: gaywool-dye-quantities; dyes differ in strength, so check with your own dyeings).
#
# **dye grams = wool grams × % owf ÷ 100.** For a 500 g skein at 2.5 %: 500 × 2.5 ÷ 100 = 12.5 g.

# %%
for depth in (0.5, 1.0, 2.5, 4.0):
    say(f"500 g of wool at {depth} % owf needs {500 * depth / 100:5.2f} g of dye")

# %% [markdown]
# ## 2. Stock solutions, liquor ratio and auxiliaries
#
# A lab dip of 10 g at 0.5 % needs 0.05 g of dye — too little to weigh. So dye is dissolved as a
# **stock solution**: a 1 % stock is 1 g in 100 ml, that is **10 g per litre** (sources.md:
# jennycowern-dyeing). Then
# **ml of stock = wool grams × % owf ÷ stock %**: 2.5 % on 500 g from a 1 % stock is 1250 ml.
#
# The bath's size is the **liquor ratio**: 1:40 means 40 litres of water per kg of wool
# (1:30–1:50 is usual for skeins: a laboratory procedure at 1:30 and 1:50 and a craft dyer's 1:40,
# sources.md: textileinformation-2007, jennycowern-dyeing). 500 g at 1:40 is 0.5 × 40 = 20 L.
#
# **Auxiliaries** (chemicals that help the dye go on evenly) are given two ways: in **% owf** (grams
# from the wool) or in **g/L** (grams from the bath). A levelling-acid bath takes Glauber's salt 10 %
# owf and sulfuric acid 2–4 %, brought to the boil for 45–60 minutes; a fast-acid bath acetic acid
# 1–3 % and Glauber's salt 5–10 % (sources.md: broadbent-2001). Natural dyes are put on wool mordanted
# with alum: for weld, alum 10–15 % and cream of tartar 2–3 % (sources.md: ahrari-weld); for madder
# about 25 % alum (a figure without a recorded source — natural-dye recipes vary widely between dyers).
#
# `batch_recipe` does the whole sheet at once:

# %%
batch = batch_recipe(
    {"Acid Red (synthetic)": 2.5, "Acid Yellow (synthetic)": 0.4},
    fibre_g=500,
    liquor_ratio=40,
    auxiliaries="levelling_acid",
    stock_percent=1.0,
)
say(recipe_sheet_text(batch, title="Batch 1 — brick red, 500 g"))

# %% [markdown]
# **From the lab dip to bulk.** The depth in % owf stays the same; grams follow the wool. Auxiliaries
# in g/L follow the new bath, which in a bulk machine is often shorter (1:20). Here a 10 g dip at 1:40
# with sodium acetate 2 g/L becomes a 25 kg batch at 1:20:

# %%
dip = batch_recipe(
    {"Acid Red (synthetic)": 1.0}, 10, 40, [Auxiliary("sodium acetate", 2, "g/L"), Auxiliary("Glauber's salt", 10, "% owf")]
)
bulk = scale_recipe(dip, 25_000, liquor_ratio=20)
say(recipe_sheet_text(dip, title="Lab dip, 10 g"))
say(recipe_sheet_text(bulk, title="Bulk, 25 kg"))

# %% [markdown]
# **Cost per kg of yarn**: each product's kg (its grams ÷ 1000) × its price per kg, added up and divided
# by the kg of wool. For the batch above: 0.0125 × 3,000,000 + 0.002 × 2,500,000 + 0.05 × 50,000 +
# 0.015 × 80,000 = 46,200 for 0.5 kg of wool, that is 92,400 per kg. The prices below are made-up
# examples; use your supplier's.

# %%
prices = {"Acid Red (synthetic)": 3_000_000, "Acid Yellow (synthetic)": 2_500_000,
          "Glauber's salt": 50_000, "sulfuric acid": 80_000}
say(f"cost of dyes and chemicals: {cost_per_kg(batch, prices):,.0f} per kg of yarn")

# %% [markdown]
# ### Practice 1 — A bulk batch
# A batch of 2 kg of wool is dyed at 0.8 % owf in a 1:30 bath. How many grams of dye, and how many
# litres of liquor? Work it out with the two formulas above (remember 2 kg = 2,000 g).

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# wool_g = 2000
# print(wool_g * 0.8 / 100, wool_g / 1000 * 30)
# ```
#
# It prints:
#
# ```text
# 16.0 60.0
# ```
#
# 16 g of dye (2,000 × 0.8 ÷ 100) in 60 L of water (2 kg × 30 L per kg).
#
# </details>

# %% [markdown]
# ## 3. Why mixing dyes is not mixing RGB
#
# A screen **adds light**: red light plus green light makes yellow. A dye **takes light away**: it
# absorbs some wavelengths, and what the wool still reflects is what we see. Mixing a yellow dye and
# a blue dye gives green, because the yellow dye absorbs the blue light and the blue dye absorbs the
# red, leaving green. Averaging the two dyeings' RGB numbers gives something else entirely:

# %%
dyes = load_dye_set()
yellow, blue = "Acid Yellow (synthetic)", "Acid Blue (synthetic)"
r_yellow = predict_reflectance(dyes, {yellow: 1.0})
r_blue = predict_reflectance(dyes, {blue: 1.0})
r_mix = predict_reflectance(dyes, {yellow: 1.0, blue: 1.0})
rgb_average = (hex_to_srgb(reflectance_to_hex(r_yellow)).astype(int) + hex_to_srgb(reflectance_to_hex(r_blue))) // 2
show_swatches(
    [reflectance_to_hex(r_yellow), reflectance_to_hex(r_blue), reflectance_to_hex(r_mix), srgb_to_hex(rgb_average)],
    ["yellow 1 %", "blue 1 %", "both in one bath", "RGB average"],
    "Dyes in one bath make green; averaging RGB makes a dull grey",
)

# %% [markdown]
# ## 4. K/S in plain words
#
# A spectrophotometer measures **reflectance** R: the share of light (0 to 1) the wool sends back at
# each wavelength, from violet (400 nm) to red (700 nm). Inside the fibre, light is **absorbed** (K)
# or **scattered** back (S). Kubelka and Munk (1931; sources.md: kubelka-munk-1931) showed that for a
# thick layer
#
# $$K/S = \frac{(1-R)^2}{2R}, \qquad R = 1 + K/S - \sqrt{(K/S)^2 + 2\,K/S}.$$
#
# What matters for a dyer: **K/S adds up when dyes are mixed**, and grows with the amount of dye;
# reflectance does not. Double the dye, and K/S (roughly) doubles — but R does not halve:

# %%
for r in (0.8, 0.5, 0.2, 0.1, 0.05):
    say(f"R = {r:4.2f}  →  K/S = {ks_from_reflectance(r):6.3f}")
say("and back: K/S 0.25 →  R =", reflectance_from_ks(0.25))

# %% [markdown]
# ### Practice 2 — From reflectance to K/S and back
# A dyed skein reflects 30 % of the light at one wavelength (R = 0.3). What is its K/S? Work it out by
# hand from the formula, check with `ks_from_reflectance`, and turn it back with `reflectance_from_ks`.
# Round to 3 decimals.

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# by_hand = (1 - 0.3) ** 2 / (2 * 0.3)
# ks_03 = ks_from_reflectance(0.3)
# print(round(by_hand, 3), round(ks_03, 3), round(reflectance_from_ks(ks_03), 3))
# ```
#
# It prints:
#
# ```text
# 0.817 0.817 0.3
# ```
#
# (1 − 0.3)² = 0.49 and 2 × 0.3 = 0.6; 0.49 ÷ 0.6 ≈ 0.817. Going back gives R = 0.3 again.
#
# </details>

# %% [markdown]
# The mixing rule used by recipe software for dyed textiles (single-constant Kubelka–Munk):
#
# **K/S of the dyeing = K/S of the wool + Σ (% owf of each dye × its unit K/S)**
#
# where a dye's **unit K/S** (K/S per 1 % owf, at each wavelength) comes from **calibration
# dyeings**: the dye alone at several depths. Real dyes are not perfectly proportional — at depth the
# fibre saturates and each extra gram adds less (measured on polyester, K/S stops growing in step with
# the dye once it passes about 17: sources.md: safi-2021) — so the unit K/S is measured at several
# depths (here 0.25, 0.5, 1, 2, 4 %) and looked up between them.

# %%
fig, (ax_r, ax_k) = plt.subplots(1, 2, figsize=(10, 3.4))
for name in dyes.names:
    r = predict_reflectance(dyes, {name: 1.0})
    ax_r.plot(WAVELENGTHS_NM, r, color=reflectance_to_hex(r), linewidth=2, label=name)
    ax_k.plot(WAVELENGTHS_NM, dyes[name].unit_ks_at(1.0), color=reflectance_to_hex(r), linewidth=2)
ax_r.plot(WAVELENGTHS_NM, dyes.substrate_reflectance, "k:", label="undyed wool")
ax_r.set(xlabel="wavelength (nm)", ylabel="reflectance (0–1)", title="SYNTHETIC dyes at 1 % owf", ylim=(0, 1))
ax_k.set(xlabel="wavelength (nm)", ylabel="unit K/S (per 1 % owf)", title="their unit K/S")
ax_r.legend(fontsize=7)
fig.tight_layout()
plt.show()

red = dyes["Acid Red (synthetic)"]
peak = int(np.argmax(red.unit_ks[0]))
say(f"unit K/S of the red at {WAVELENGTHS_NM[peak]} nm:",
      ", ".join(f"{d:g} % → {k:.2f}" for d, k in zip(red.depths_percent, red.unit_ks[:, peak])))

# %% [markdown]
# ## 5. Predicting a mix
#
# To predict a recipe: add up K/S, turn it back into reflectance, then reflectance into a colour.
# The last step weighs the reflectance at each wavelength by the light (daylight **D65**) and by the
# eye's sensitivity (the CIE **10° observer**, the textile practice), giving X, Y, Z and then CIELAB
# as in Lesson 2 (colour-science does this step, following ASTM E308).

# %%
recipe = {"Acid Yellow (synthetic)": 0.8, "Acid Red (synthetic)": 0.3, "Acid Blue (synthetic)": 0.2}
lab = predict_lab(dyes, recipe)
say("predicted Lab (D65/10°):", lab.round(2).tolist())
show_swatches([reflectance_to_hex(predict_reflectance(dyes, recipe))], ["brown: Y 0.8, R 0.3, B 0.2"])

# %% [markdown]
# ### Practice 3 — A green, and how far it is from the brown
# Predict the Lab of a bath with 0.5 % of the yellow and 0.5 % of the blue (`yellow` and `blue` hold
# their names, from section 3). Print it rounded to one decimal, and its ΔE00 from the brown `lab`
# above.

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# green_lab = predict_lab(dyes, {yellow: 0.5, blue: 0.5})
# print(green_lab.round(1).tolist(), round(float(delta_e(lab, green_lab)), 1))
# ```
#
# It prints:
#
# ```text
# [44.8, -30.3, 14.5] 27.1
# ```
#
# a\* is negative (green) and b\* positive (towards yellow): a yellowish green, far from the brown.
#
# </details>

# %% [markdown]
# ## 6. Matching a target
#
# The other way round is what a dyer needs: **which recipe gives this colour?** The computer moves the
# % owf of the chosen dyes until the predicted Lab equals the target (Allen, *JOSA* 1966). Here the
# target is the brown above, and the computer is told only its Lab numbers:

# %%
found = match_recipe(dyes, lab, dyes=list(recipe))
say({product_name(name): round(owf, 3) for name, owf in found.recipe.items()}, f"ΔE00 = {found.delta_e00:.4f}")

# %% [markdown]
# It found the recipe back. (`found.recipe.items()` gives each dye with its % owf; the dictionary
# comprehension `{product_name(name): round(owf, 3) for …}` rounds each one — a list comprehension
# that makes a dictionary. A recipe keeps each dye under the name programs use; `product_name(name)`
# gives the name to show a person, in the course's language.)
#
# When a function gives back several values and only the first is needed, unpacking with a star keeps
# the first and gathers the rest in a list: `first, *rest = …`. Writing `*_` for the rest says "and
# the others do not matter":

# %%
first_dye, *other_dyes = list(recipe)
say(product_name(first_dye), "|", [product_name(name) for name in other_dyes])

# %% [markdown]
# Given all six dyes, `match_recipe` tries every group of three and keeps the best.
# A target the dyes cannot reach (a bright turquoise, with no turquoise dye in the set) is **flagged
# out of gamut**, and the closest recipe is returned with its ΔE:

# %%
free = match_recipe(dyes, lab)
say("chosen dyes:", {product_name(name): round(owf, 3) for name, owf in free.recipe.items()}, f"ΔE00 = {free.delta_e00:.3f}")
turquoise = match_recipe(dyes, [60.0, -40.0, -25.0])
say("turquoise in gamut?", turquoise.in_gamut, f"closest ΔE00 = {turquoise.delta_e00:.1f}")

# %% [markdown]
# ## 7. Correcting after a lab dip
#
# Predictions are never perfect: the wool, the water, the temperature differ. So the dyer dyes a
# **lab dip** first, measures it, and corrects. Suppose the dip took up only 90 % of the dye and came
# out lighter. The correction carries that error into the model and solves again from the recipe used:

# %%
took = {name: 0.9 * owf for name, owf in recipe.items()}  # what the wool really took up
measured = predict_lab(dyes, took)
fix = correct_recipe(dyes, recipe, lab, measured)
say(f"dip vs target: ΔE00 = {fix.measured_delta_e00:.2f}")
say("add (% owf):", {product_name(name): round(change, 3) for name, change in fix.change.items()})
say(f"expected after correction: ΔE00 = {fix.expected_delta_e00:.3f}")

# %% [markdown]
# ### Practice 4 — A dip that took up 95 %
# Suppose the dip took up 95 % of the dye instead of 90 %. How far is it from the target, and what does
# `correct_recipe` say to add? Use new names, so that `took`, `measured` and `fix` stay as they are.

# %%
# Try it here, then open the answer below.

# %% [markdown]
# <details><summary>Show the answer</summary>
#
# ```python
# took_95 = {name: 0.95 * owf for name, owf in recipe.items()}
# fix_95 = correct_recipe(dyes, recipe, lab, predict_lab(dyes, took_95))
# print(f"dip vs target: ΔE00 = {fix_95.measured_delta_e00:.2f}")
# print("add (% owf):", {product_name(name): round(change, 3) for name, change in fix_95.change.items()})
# ```
#
# It prints:
#
# ```text
# dip vs target: ΔE00 = 0.65
# add (% owf): {'Acid Yellow (synthetic)': 0.043, 'Acid Red (synthetic)': 0.016, 'Acid Blue (synthetic)': 0.011}
# ```
#
# About half the error of the 90 % dip, and about half the additions: roughly 5 % more of each dye.
#
# </details>

# %% [markdown]
# ## 8. Metamerism: a match in daylight that fails under a lamp
#
# A customer brings an **olive** skein dyed with natural dyes (a SYNTHETIC standard here). Our acid dyes
# absorb light differently, so the best recipe matches it in daylight but not under a tungsten lamp
# (illuminant **A**) or a shop's fluorescent tubes (**F11**). The **metamerism index** is the ΔE00
# between the standard and the match under the second light, after matching in daylight.

# %%
olive = load_standards()["Olive (standard)"]
match = match_recipe(dyes, olive)
say("recipe:", {product_name(name): round(owf, 3) for name, owf in match.recipe.items()})
say(f"daylight D65: ΔE00 = {match.delta_e00:.2f};  tungsten A: {match.metamerism['A']:.2f};  shop F11: {match.metamerism['F11']:.2f}")
show_swatches(
    [reflectance_to_hex(olive), reflectance_to_hex(match.reflectance),
     reflectance_to_hex(olive, "A"), reflectance_to_hex(match.reflectance, "A")],
    ["standard, daylight", "match, daylight", "standard, lamp A", "match, lamp A"],
    "Same in daylight, different under tungsten",
)
fig, ax = plt.subplots(figsize=(6, 3))
ax.plot(WAVELENGTHS_NM, olive, "k--", label="standard (natural dyes)")
ax.plot(WAVELENGTHS_NM, match.reflectance, color=reflectance_to_hex(match.reflectance), linewidth=2, label="acid match")
ax.set(xlabel="wavelength (nm)", ylabel="reflectance", title="The curves cross: a metameric pair")
ax.legend()
plt.show()

# %% [markdown]
# That is why dyers judge lab dips in daylight **and** under a second light, and why a colour re-dyed
# for a second lot should use the same dyes as the first.
#
# ## 9. Your own dyes
#
# A workshop measures its own calibration dyeings (undyed wool, then each dye at 4 or more depths,
# 400–700 nm every 10 nm) and fills in the template; `read_dye_set` checks it and gives a dye set
# like the synthetic one. The template is here:

# %%
say(calibration_template_path().name)
say("\n".join(calibration_template_path().read_text().splitlines()[:3]))

# %% [markdown]
# ## 10. The Dye Lab
#
# Move the sliders (% owf of each SYNTHETIC dye), set the wool and the liquor ratio, and watch the
# swatch, the curves and the recipe sheet. Choose a target and press **Match the target**; then look
# at the second light. Try:
#
# - the **Weld yellow** target: how close does the match get, and is it metameric under A?
# - the **Olive** target under A and then F11: which light shows the difference more?
# - set the liquor ratio to 20 and the bath to *fast acid*: what changes on the recipe sheet, and
#   what does not?

# %%
from farshlab.widgets.dye_lab import DyeLab

DyeLab()

# %% [markdown]
# ## Key points
# - dye g = wool g × % owf ÷ 100; a 1 % stock is 10 g/L; ml of stock = wool g × % owf ÷ stock %;
#   litres of bath = wool kg × liquor ratio; auxiliaries in % owf follow the wool, in g/L the bath.
# - Dyes take light away; mixing them is not mixing RGB. Work in K/S = (1 − R)² / 2R, which adds up.
# - K/S of a dyeing = wool + Σ % owf × unit K/S; unit K/S falls at depth, so it is measured at several depths.
# - Predict: K/S → R → XYZ → Lab (D65/10°). Match: move the % owf until the Lab agrees. Correct after a lab dip.
# - A match in daylight can fail under tungsten or shop light: check the metamerism index.
# - The course's dye set is SYNTHETIC: load your own calibration dyeings before dyeing real wool.
