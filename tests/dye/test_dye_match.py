"""Prediction, matching (round trips), dye selection, out-of-gamut targets, correction, metamerism."""

import itertools

import numpy as np
import pytest

from farshlab.colour import delta_e
from farshlab.dye import (
    OutsideCalibrationWarning,
    compare_with_standard,
    correct_recipe,
    fit_spectrum,
    ks_from_reflectance,
    load_dye_set,
    load_standards,
    match_recipe,
    metamerism_index,
    predict_ks,
    predict_lab,
    predict_reflectance,
    reflectance_to_lab,
)

DYES = load_dye_set()
YELLOW, ORANGE, RED, VIOLET, BLUE, BLACK = DYES.names


def test_prediction_is_substrate_plus_dye_ks():
    ks = predict_ks(DYES, {RED: 1.0, BLUE: 0.5})
    expected = (
        DYES.substrate_ks + 1.0 * DYES[RED].unit_ks[2] + 0.5 * DYES[BLUE].unit_ks[1]
    )  # depths 1 % and 0.5 %
    np.testing.assert_allclose(ks, expected, rtol=1e-12)
    np.testing.assert_allclose(predict_reflectance(DYES, {}), DYES.substrate_reflectance, rtol=1e-12)


def test_calibration_dyeings_are_reproduced():
    for dye in DYES.dyes:
        for depth, unit in zip(dye.depths_percent, dye.unit_ks, strict=True):
            expected = ks_from_reflectance(predict_reflectance(DYES, {dye.name: float(depth)}))
            np.testing.assert_allclose(expected, DYES.substrate_ks + depth * unit, rtol=1e-9)


def test_deeper_is_darker():
    lightness = [predict_lab(DYES, {BLUE: c})[0] for c in (0.25, 0.5, 1, 2, 4)]
    assert all(a > b for a, b in itertools.pairwise(lightness))


@pytest.mark.parametrize(
    "recipe",
    [
        {YELLOW: 0.8, RED: 0.3, BLUE: 0.2},
        {ORANGE: 1.5, BLACK: 0.4, VIOLET: 0.1},
        {YELLOW: 2.0, BLUE: 1.0, BLACK: 0.05},
        {RED: 0.05, VIOLET: 3.5, YELLOW: 0.3},
    ],
)
def test_round_trip_recipe_to_lab_to_match(recipe):
    target = predict_lab(DYES, recipe)
    found = match_recipe(DYES, target, dyes=list(recipe))
    assert found.in_gamut and found.delta_e00 < 0.01
    assert float(delta_e(found.lab, predict_lab(DYES, found.recipe))) < 1e-9
    np.testing.assert_allclose(list(found.recipe.values()), list(recipe.values()), atol=2e-3)
    assert found.metamerism is None  # a Lab target has no spectrum


def test_spectral_fit_recovers_the_recipe_from_a_spectrum():
    recipe = {ORANGE: 1.5, BLACK: 0.4}
    fit = fit_spectrum(DYES, predict_reflectance(DYES, recipe))
    assert fit[ORANGE] == pytest.approx(1.5, abs=1e-4) and fit[BLACK] == pytest.approx(0.4, abs=1e-4)
    assert all(fit[name] < 1e-6 for name in (YELLOW, RED, VIOLET, BLUE))


def test_match_to_a_spectrum_with_the_same_dyes_is_not_metameric():
    target = predict_reflectance(DYES, {YELLOW: 0.6, RED: 0.9, BLACK: 0.2})
    found = match_recipe(DYES, target)
    assert found.delta_e00 < 0.01
    assert max(found.metamerism.values()) < 0.01


def test_dye_selection_finds_a_three_dye_match():
    target = predict_lab(DYES, {YELLOW: 0.8, VIOLET: 0.5, ORANGE: 0.1})
    found = match_recipe(DYES, target)
    assert len(found.recipe) == 3 and found.delta_e00 < 0.01


def test_two_dye_match_is_the_closest_reachable():
    target = predict_lab(DYES, {YELLOW: 0.8, BLUE: 0.4, RED: 0.3})
    found = match_recipe(DYES, target, dyes=[YELLOW, BLUE])
    assert not found.in_gamut and found.delta_e00 > 0.5
    # no grid recipe of the two dyes is closer than the solver's answer
    grid = [{YELLOW: a, BLUE: b} for a in np.linspace(0, 4, 41) for b in np.linspace(0, 4, 41)]
    closest = min(float(delta_e(target, predict_lab(DYES, recipe))) for recipe in grid)
    assert found.delta_e00 <= closest + 1e-6


def test_out_of_gamut_target_is_flagged_and_the_closest_returned():
    found = match_recipe(DYES, [60.0, -70.0, -40.0])  # a bright turquoise no dye here makes
    assert not found.in_gamut and found.delta_e00 > 10
    assert np.isfinite(found.lab).all() and all(np.isfinite(v) for v in found.recipe.values())
    assert all(0 <= v <= 4 for v in found.recipe.values())


def test_metamerism_of_an_acid_match_to_a_natural_standard():
    olive = load_standards()["Olive (standard)"]
    found = match_recipe(DYES, olive)
    assert found.delta_e00 < 0.3
    # the metamerism index is the ΔE00 under A (which three dyes the match picks among near-equal
    # groups can differ between processors, and so its index: a fixed recipe shows one that parts)
    assert found.metamerism["A"] > 0.3
    assert found.metamerism["A"] == pytest.approx(metamerism_index(olive, found.reflectance, "A"))
    expected = float(delta_e(reflectance_to_lab(olive, "A"), reflectance_to_lab(found.reflectance, "A")))
    assert found.metamerism["A"] == pytest.approx(expected)
    assert metamerism_index(olive, olive, "F11") == 0.0
    # walnut brown from yellow, red and black: close in daylight, 1.88 apart under shop light F11
    walnut = load_standards()["Walnut brown (standard)"]
    made = predict_reflectance(DYES, {YELLOW: 0.59, RED: 0.41, BLACK: 0.46})
    assert float(delta_e(reflectance_to_lab(walnut), reflectance_to_lab(made))) < 0.2
    assert metamerism_index(walnut, made, "F11") == pytest.approx(1.876, abs=0.01)
    assert metamerism_index(walnut, made, "A") == pytest.approx(0.476, abs=0.01)


def test_correction_after_a_lab_dip_measured_as_lab():
    used = {YELLOW: 1.0, RED: 0.5, BLUE: 0.1}
    target = predict_lab(DYES, used)
    dip = predict_lab(DYES, {name: 0.9 * owf for name, owf in used.items()})  # took up 10 % less dye
    fix = correct_recipe(DYES, used, target, dip)
    assert fix.measured_delta_e00 > 0.5 and fix.expected_delta_e00 < 0.01
    assert all(change > 0 for change in fix.change.values())
    # the dip reached 0.9 of each depth, so about 1 / 0.9 of the recipe is needed (not exact: K/S
    # is not linear in depth); each change within 40 % of that estimate
    for name, owf in used.items():
        assert fix.change[name] == pytest.approx(owf / 0.9 - owf, rel=0.4)


def test_correction_after_a_lab_dip_measured_as_a_spectrum():
    used = {YELLOW: 1.0, RED: 0.5, BLUE: 0.1}
    target = predict_reflectance(DYES, used)
    dip = predict_reflectance(DYES, {YELLOW: 1.1, RED: 0.5, BLUE: 0.1})  # too much yellow went on
    fix = correct_recipe(DYES, used, target, dip)
    assert fix.change[YELLOW] < -0.05 and abs(fix.change[RED]) < 0.05 and abs(fix.change[BLUE]) < 0.02
    assert fix.expected_delta_e00 < 0.05


def test_trial_comparison_for_the_dye_lab():
    weld = load_standards()["Weld yellow (standard)"]
    trial = compare_with_standard(DYES, {YELLOW: 0.778, ORANGE: 0.035}, weld, "F11")
    assert trial.delta_e00 == pytest.approx(float(delta_e(reflectance_to_lab(weld), trial.lab)))
    assert trial.metamerism_index == pytest.approx(metamerism_index(weld, trial.reflectance, "F11"))
    assert trial.hex.startswith("#") and trial.standard_hex_second.startswith("#")


def test_deeper_than_calibrated_warns():
    with pytest.warns(OutsideCalibrationWarning, match="deeper than its deepest calibration dyeing"):
        predict_lab(DYES, {RED: 5.0})


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda: predict_lab(DYES, {"Acid Green": 1.0}), "unknown dye 'Acid Green'"),
        (lambda: predict_lab(DYES, {RED: -0.5}), "must be zero or a positive number, got -0.5"),
        (lambda: predict_lab(DYES, {RED: float("nan")}), "must be zero or a positive number, got nan"),
        (lambda: predict_lab(DYES, [RED]), "recipe must map dye names to % owf"),
        (lambda: predict_lab("dyes", {RED: 1}), "dye_set must be a DyeSet"),
        (lambda: match_recipe(DYES, [50, 0]), "target must be CIELAB"),
        (lambda: match_recipe(DYES, [150, 0, 0]), "L\\* 0–100"),
        (lambda: match_recipe(DYES, [50, float("nan"), 0]), "target_lab must be 3 finite numbers"),
        (lambda: match_recipe(DYES, [50, 0, 0], dyes=["Acid Green"]), "unknown dye"),
        (lambda: match_recipe(DYES, [50, 0, 0], max_dyes=0), "max_dyes must be a whole number"),
        (lambda: match_recipe(DYES, np.full(31, 1.5)), "target reflectance must be a reflectance"),
        (lambda: correct_recipe(DYES, {}, [50, 0, 0], [50, 0, 0]), "recipe must name at least one dye"),
        (
            lambda: compare_with_standard(DYES, {RED: 1}, np.ones(31), "D50"),
            "second_light must be 'A' or 'F11'",
        ),
    ],
)
def test_bad_input_is_a_clear_error(call, match):
    with pytest.raises(ValueError, match=match):
        call()
