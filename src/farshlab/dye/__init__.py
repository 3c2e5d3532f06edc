"""
Dye mixing for carpet wool: recipe arithmetic, Kubelka–Munk, shade prediction and recipe matching.

The numbers a dye house uses: grams of dye from % on weight of fibre, millilitres of stock, litres
of liquor, auxiliaries; reflectance ↔ K/S (Kubelka–Munk), mixing dyes in K/S with unit K/S from
calibration dyeings; spectra → CIELAB under D65/10° (A and F11 for metamerism); predicting a recipe's
colour, matching a target, correcting after a lab dip. The default dye set is **SYNTHETIC** (made
from a model for teaching, not real dyes); a workshop can load its own calibration dyeings.

Modules
-------
recipe
    % owf → grams, stock solutions, liquor ratio, auxiliaries, scaling, cost (the printable
    recipe sheets are in :mod:`farshlab.printing.recipe_sheet`); ``product_name``, a dye's or
    chemical's name in the course's language.
kubelka_munk
    ``ks_from_reflectance``, ``reflectance_from_ks``, unit K/S and ``CalibratedDye``.
spectra
    Reflectance → XYZ → CIELAB (colour-science), and → a screen colour.
dataset
    ``DyeSet``, ``load_dye_set`` (synthetic), ``read_dye_set`` (a workshop's CSV), standards, template.
predict
    ``predict_ks``, ``predict_reflectance``, ``predict_lab``.
match
    ``fit_spectrum`` (NNLS), ``match_recipe`` (colorimetric, dye selection, gamut flag),
    ``correct_recipe`` (after a lab dip), ``metamerism_index``.
trial
    ``compare_with_standard``: the Dye Lab's model.

References
----------
Kubelka & Munk, *Z. Tech. Phys.* 12:593, 1931; Safi, Ameri & Ansari, *Physica Scripta* 2021 (K/S at
depth); Allen, *JOSA* 56:1256, 1966; Broadbent, *Basic Principles of Textile Coloration*, SDC 2001
(acid baths); Ahrari (weld); craft and laboratory pages (depth bands, stock, liquor ratio); CIE
15:2004; ASTM E308; Sharma, Wu & Dalal 2005. Addresses: ``curriculum/sources.md``.

Examples
--------
>>> from farshlab.dye import batch_recipe, ks_from_reflectance, load_dye_set, match_recipe, predict_lab
>>> batch_recipe({"Acid Red (synthetic)": 2.5}, 500, 40).dyes[0].grams
12.5
>>> ks_from_reflectance(0.5)
0.25
>>> dyes = load_dye_set()
>>> target = predict_lab(dyes, {"Acid Orange (synthetic)": 1.0, "Acid Black (synthetic)": 0.2})
>>> round(match_recipe(dyes, target, dyes=["Acid Orange (synthetic)", "Acid Black (synthetic)"]).delta_e00, 3)
0.0
"""

from farshlab.dye.dataset import DyeSet, calibration_template_path, load_dye_set, load_standards, read_dye_set
from farshlab.dye.kubelka_munk import CalibratedDye, ks_from_reflectance, reflectance_from_ks, unit_ks
from farshlab.dye.match import (
    METAMERISM_ILLUMINANTS,
    Correction,
    MatchResult,
    correct_recipe,
    fit_spectrum,
    match_recipe,
    metamerism_index,
)
from farshlab.dye.predict import (
    OutsideCalibrationWarning,
    check_recipe,
    predict_ks,
    predict_lab,
    predict_reflectance,
)
from farshlab.dye.recipe import (
    BATHS,
    Auxiliary,
    AuxiliaryLine,
    BatchRecipe,
    DyeLine,
    auxiliary_grams,
    batch_recipe,
    cost_per_kg,
    dye_grams,
    liquor_litres,
    product_name,
    scale_recipe,
    stock_g_per_l,
    stock_ml,
)
from farshlab.dye.spectra import (
    ILLUMINANTS,
    OBSERVERS,
    WAVELENGTHS_NM,
    reflectance_to_hex,
    reflectance_to_lab,
    reflectance_to_xyz,
    tristimulus_weights,
    white_xyz,
    xyz_to_lab,
)
from farshlab.dye.trial import TrialComparison, compare_with_standard

__all__ = [
    "BATHS",
    "ILLUMINANTS",
    "METAMERISM_ILLUMINANTS",
    "OBSERVERS",
    "WAVELENGTHS_NM",
    "Auxiliary",
    "AuxiliaryLine",
    "BatchRecipe",
    "CalibratedDye",
    "Correction",
    "DyeLine",
    "DyeSet",
    "MatchResult",
    "OutsideCalibrationWarning",
    "TrialComparison",
    "auxiliary_grams",
    "batch_recipe",
    "calibration_template_path",
    "check_recipe",
    "compare_with_standard",
    "correct_recipe",
    "cost_per_kg",
    "dye_grams",
    "fit_spectrum",
    "ks_from_reflectance",
    "liquor_litres",
    "load_dye_set",
    "load_standards",
    "match_recipe",
    "metamerism_index",
    "predict_ks",
    "predict_lab",
    "predict_reflectance",
    "product_name",
    "read_dye_set",
    "reflectance_from_ks",
    "reflectance_to_hex",
    "reflectance_to_lab",
    "reflectance_to_xyz",
    "scale_recipe",
    "stock_g_per_l",
    "stock_ml",
    "tristimulus_weights",
    "unit_ks",
    "white_xyz",
    "xyz_to_lab",
]
