"""A recipe for every colour of a chart: as good as match_recipe, predicted as written, flagged honestly."""

import numpy as np
import pytest

from farshlab.chart import yarn_table
from farshlab.colour import Yarn, YarnLegend, delta_e_ciede2000
from farshlab.dye import (
    DyeSet,
    load_dye_set,
    match_recipe,
    metamerism_index,
    predict_lab,
    predict_reflectance,
    reflectance_to_hex,
)
from farshlab.kit import recipes as kit_recipes
from farshlab.kit.recipes import (
    METAMERISM_LIMIT,
    REACHABLE_DELTA_E00,
    ColourRecipe,
    check_dye_set,
    match_colours,
    parse_recipe_text,
    recipe_text,
)
from farshlab.kit.recovery import recover_reflectance

DYES = load_dye_set()
COLOURS = {
    "Skin": "#cd9f7d",
    "Navy": "#28325a",
    "Moss": "#556b3a",
    "Screen blue": "#0050ff",
    "White": "#fbfbfb",
}


def _legend_and_table(colours=COLOURS, knots=(5, 4, 3, 2, 1)):
    legend = YarnLegend(
        Yarn(code, name, colour) for code, (name, colour) in enumerate(colours.items(), start=1)
    )
    codes = np.concatenate([np.full(count, code) for code, count in zip(legend.codes, knots, strict=False)])
    return legend, yarn_table(codes[None, :], legend, nm=8, waste_percent=10)


@pytest.fixture(scope="module")
def matched():
    legend, table = _legend_and_table()
    return legend, table, match_colours(legend, table, DYES)


def test_recipe_text_round_trip():
    recipe = {
        "Acid Yellow (synthetic)": 0.81234,
        "Acid Red (synthetic)": 2.0,
        "Acid Blue (synthetic)": 0.00004,
    }
    text = recipe_text(recipe)
    assert text == "Acid Yellow (synthetic)=0.8123;Acid Red (synthetic)=2"
    assert parse_recipe_text(text) == {"Acid Yellow (synthetic)": 0.8123, "Acid Red (synthetic)": 2.0}
    assert recipe_text({}) == "" and parse_recipe_text("") == {}
    assert parse_recipe_text(" Lanaset Navy = 0.5 ; ") == {"Lanaset Navy": 0.5}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Acid Red (synthetic)", "is not dye=percent"),
        ("=0.5", "is not dye=percent"),
        ("Acid Red (synthetic)=-1", "is not dye=percent"),
        ("Acid Red (synthetic)=nan", "is not dye=percent"),
        ("Red=1;Red=2", "names dye 'Red' twice"),
        (None, "a recipe text must be text"),
    ],
)
def test_a_bad_recipe_text_is_refused(text, message):
    with pytest.raises(ValueError, match=message):
        parse_recipe_text(text)


@pytest.mark.parametrize(
    ("recipe", "message"),
    [
        ({"Red;Blue": 1.0}, "without '=' or ';'"),
        ({"Red": -0.5}, "must be a number 0 or more, got -0.5"),
        ({"Red": float("inf")}, "must be a number 0 or more"),
        ({"Red": True}, "must be a number 0 or more"),
        ([("Red", 1.0)], "a recipe must be a mapping"),
    ],
)
def test_a_bad_recipe_cannot_be_written(recipe, message):
    with pytest.raises(ValueError, match=message):
        recipe_text(recipe)


def test_one_recipe_per_colour_with_knots_in_legend_order(matched):
    legend, table, recipes = matched
    assert [r.code for r in recipes] == [line.code for line in table] == [1, 2, 3, 4, 5]
    for recipe, line in zip(recipes, table, strict=True):
        assert (recipe.colour, recipe.knots, recipe.yarn_grams) == (line.colour, line.knots, line.grams)
        assert isinstance(recipe, ColourRecipe)


def test_each_recipe_is_predicted_as_written(matched):
    for recipe in matched[2]:
        assert parse_recipe_text(recipe_text(recipe.recipe)) == recipe.recipe  # 4 decimals kept exactly
        assert all(value > 0 and round(value, 4) == value for value in recipe.recipe.values())
        np.testing.assert_allclose(recipe.predicted_lab, predict_lab(DYES, recipe.recipe), atol=1e-12)
        assert recipe.delta_e00 == pytest.approx(
            float(delta_e_ciede2000(recipe.target_lab, recipe.predicted_lab))
        )
        assert recipe.predicted_colour == reflectance_to_hex(predict_reflectance(DYES, recipe.recipe))
        assert len(recipe.recipe) <= 3


def test_reachable_colours_are_met_and_the_others_show_the_nearest_shade(matched):
    by_name = dict(zip(COLOURS, matched[2], strict=True))
    for name in ("Skin", "Navy", "Moss"):
        assert (
            by_name[name].reachable
            and by_name[name].delta_e00 < 0.05
            and by_name[name].nearest_reachable is None
        )
    for name in ("Screen blue", "White"):  # bluer than acid dyes dye, whiter than the wool
        recipe = by_name[name]
        assert not recipe.reachable and recipe.delta_e00 > REACHABLE_DELTA_E00 + 1
        assert recipe.nearest_reachable == recipe.predicted_colour != recipe.colour
    assert by_name["White"].recipe.keys() <= {
        "Acid Violet (synthetic)",
        "Acid Blue (synthetic)",
        "Acid Black (synthetic)",
    }


def test_the_targets_are_the_recovered_curves_and_metamerism_is_measured_against_them(matched):
    legend, _, recipes = matched
    curves = recover_reflectance(legend.srgb)
    for recipe, curve in zip(recipes, curves, strict=True):
        from farshlab.dye import reflectance_to_lab

        np.testing.assert_allclose(recipe.target_lab, reflectance_to_lab(curve), atol=1e-9)
        dyed = predict_reflectance(DYES, recipe.recipe)
        for light in ("A", "F11"):
            assert recipe.metamerism[light] == pytest.approx(metamerism_index(curve, dyed, light), abs=1e-9)
        assert recipe.metameric == (max(recipe.metamerism.values()) > METAMERISM_LIMIT)


def test_never_worse_than_match_recipe_one_colour_at_a_time(matched):
    """The batch solver against farshlab.dye.match_recipe on the same targets (the 4 decimals written add
    at most a few hundredths of ΔE00 on the palest shades)."""
    for recipe in matched[2]:
        alone = match_recipe(DYES, recipe.target_lab)
        assert recipe.delta_e00 <= alone.delta_e00 + 0.02, (recipe.colour, recipe.delta_e00, alone.delta_e00)


def test_each_distinct_colour_is_matched_once_and_previous_recipes_are_kept(monkeypatch, matched):
    legend, table, first = matched
    calls = []
    real = kit_recipes.recover_reflectance
    monkeypatch.setattr(
        kit_recipes, "recover_reflectance", lambda srgb: calls.append(len(srgb)) or real(srgb)
    )
    again = match_colours(legend, table, DYES, previous=first)
    assert calls == [] and [r.recipe for r in again] == [r.recipe for r in first]
    # two codes of one colour, and one colour new: one curve recovered, for the new colour
    twins = YarnLegend(
        [Yarn(7, "Navy", "#28325a"), Yarn(8, "Navy again", "#28325a"), Yarn(9, "Rose", "#c98a7d")]
    )
    recipes = match_colours(twins, yarn_table([[7, 8, 9, 9]], twins, nm=8), DYES, previous=first)
    assert calls == [1]
    assert recipes[0].recipe == recipes[1].recipe == first[1].recipe and (
        recipes[0].code,
        recipes[1].code,
    ) == (7, 8)
    assert recipes[2].reachable and recipes[2].knots == 2


def test_max_dyes_limits_the_recipe():
    legend, table = _legend_and_table({"Moss": "#556b3a", "Navy": "#28325a"}, (2, 2))
    for recipe in match_colours(legend, table, DYES, max_dyes=1):
        assert len(recipe.recipe) <= 1
        assert recipe.delta_e00 > 0.5  # one dye cannot make a moss green or this navy exactly


def test_a_workshop_dye_set_from_a_file(tmp_path):
    """Three synthetic dyes written as a workshop's calibration CSV: read back, and recipes replay on it."""
    from farshlab.dye import WAVELENGTHS_NM, read_dye_set

    lines = ["dye,depth_percent_owf," + ",".join(str(int(w)) for w in WAVELENGTHS_NM)]
    lines.append("substrate,0," + ",".join(f"{v:.6f}" for v in DYES.substrate_reflectance))
    for name in ("Acid Yellow (synthetic)", "Acid Red (synthetic)", "Acid Blue (synthetic)"):
        for depth in DYES[name].depths_percent:
            curve = predict_reflectance(DYES, {name: float(depth)})
            lines.append(f"{name.replace(' (synthetic)', '')},{depth}," + ",".join(f"{v:.6f}" for v in curve))
    path = tmp_path / "workshop.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    workshop = read_dye_set(path)
    legend, table = _legend_and_table({"Skin": "#cd9f7d", "Moss": "#556b3a"}, (3, 2))
    for recipe in match_colours(legend, table, workshop):
        assert set(recipe.recipe) <= {"Acid Yellow", "Acid Red", "Acid Blue"}
        replayed = predict_lab(workshop, parse_recipe_text(recipe_text(recipe.recipe)))
        assert float(delta_e_ciede2000(replayed, recipe.predicted_lab)) <= 0.05


def test_wrong_inputs_give_clear_errors():
    legend, table = _legend_and_table()
    two = DyeSet("two dyes", DYES.substrate_reflectance, DYES.dyes[:2])
    with pytest.raises(ValueError, match="a kit needs at least 3 dyes .*; the dye set two dyes has 2"):
        match_colours(legend, table, two)
    with pytest.raises(ValueError, match="dye_set must be a DyeSet"):
        check_dye_set("SYNTHETIC")
    with pytest.raises(ValueError, match="legend_or_chart must be a YarnLegend or a Chart, got dict"):
        match_colours({}, table, DYES)
    with pytest.raises(ValueError, match="yarn must be the chart's YarnTable"):
        match_colours(legend, {1: 5}, DYES)
    with pytest.raises(ValueError, match="max_dyes must be a whole number of at least 1, got 0"):
        match_colours(legend, table, DYES, max_dyes=0)
    other = YarnLegend(Yarn(code, "x", "#102030") for code in legend.codes)
    with pytest.raises(ValueError, match="code 1 has another colour than the legend's"):
        match_colours(other, table, DYES)
    with pytest.raises(ValueError, match="previous must hold ColourRecipe records"):
        match_colours(legend, table, DYES, previous=[{"code": 1}])
    with pytest.raises(ValueError, match="no yarn in this legend has code 1"):
        match_colours(YarnLegend([Yarn(99, "Other", "#102030")]), table, DYES)
