"""Recipe arithmetic, checked by hand against the dye-house formulas (sources.md: gaywool-dye-quantities,
jennycowern-dyeing, broadbent-2001, ahrari-weld)."""

import pytest

from farshlab.dye import (
    BATHS,
    Auxiliary,
    auxiliary_grams,
    batch_recipe,
    cost_per_kg,
    dye_grams,
    liquor_litres,
    scale_recipe,
    stock_g_per_l,
    stock_ml,
)


def test_dye_grams_from_percent_owf():
    assert dye_grams(500, 2.5) == pytest.approx(12.5)  # 500 g × 2.5 / 100 = 12.5 g
    assert dye_grams(1000, 0.5) == pytest.approx(5.0)  # light shade: 1 kg × 0.5 % = 5 g
    assert dye_grams(250, 4) == pytest.approx(10.0)  # deep shade: 250 g × 4 % = 10 g
    assert dye_grams(500, 0) == 0.0


def test_stock_solution_strength_and_millilitres():
    assert stock_g_per_l(1) == pytest.approx(10.0)  # 1 % = 1 g per 100 ml = 10 g/L
    assert stock_g_per_l(0.5) == pytest.approx(5.0)
    # 2.5 % on 500 g = 12.5 g of dye; a 1 % stock holds 10 g/L = 0.01 g/ml → 12.5 / 0.01 = 1250 ml
    assert stock_ml(500, 2.5, 1.0) == pytest.approx(1250.0)
    # a 10 g lab dip at 1 % owf = 0.1 g; a 0.5 % stock holds 0.005 g/ml → 20 ml
    assert stock_ml(10, 1.0, 0.5) == pytest.approx(20.0)


def test_liquor_ratio_to_litres():
    assert liquor_litres(500, 40) == pytest.approx(20.0)  # 0.5 kg × 40 L/kg = 20 L
    assert liquor_litres(2500, 30) == pytest.approx(75.0)  # 2.5 kg × 30 = 75 L
    assert liquor_litres(10, 1) == pytest.approx(0.01)  # 1:1 is the smallest ratio accepted


def test_auxiliaries_in_percent_owf_and_grams_per_litre():
    assert auxiliary_grams(10, "% owf", 500, 20) == pytest.approx(50.0)  # Glauber's 10 % of 500 g
    assert auxiliary_grams(3, "% owf", 500, 20) == pytest.approx(15.0)  # sulfuric acid 3 % of 500 g
    assert auxiliary_grams(2, "g/L", 500, 20) == pytest.approx(40.0)  # 2 g/L × 20 L


def test_levelling_acid_batch_of_500_g():
    batch = batch_recipe(
        {"Acid Red (synthetic)": 2.5, "Acid Yellow (synthetic)": 0.4}, 500, 40, "levelling_acid"
    )
    assert batch.liquor_l == pytest.approx(20.0)
    red, yellow = batch.dyes
    assert (red.grams, red.stock_ml) == (pytest.approx(12.5), pytest.approx(1250.0))
    assert (yellow.grams, yellow.stock_ml) == (pytest.approx(2.0), pytest.approx(200.0))  # 500 × 0.4 % = 2 g
    assert batch.total_dye_g == pytest.approx(14.5)
    grams = {line.auxiliary.name: line.grams for line in batch.auxiliaries}
    assert grams == {"Glauber's salt": pytest.approx(50.0), "sulfuric acid": pytest.approx(15.0)}


def test_bath_presets_follow_their_sources():
    # acid baths: sources.md: broadbent-2001
    levelling = {a.name: (a.amount, a.unit) for a in BATHS["levelling_acid"]}
    assert levelling["Glauber's salt"] == (10.0, "% owf")
    assert 2 <= levelling["sulfuric acid"][0] <= 4
    # the alum mordant for weld: sources.md: ahrari-weld
    alum = {a.name: a.amount for a in BATHS["alum_mordant"]}
    assert 10 <= alum["alum"] <= 15 and 2 <= alum["cream of tartar"] <= 3


def test_scaling_a_lab_dip_to_bulk():
    dip = batch_recipe(
        {"Acid Red (synthetic)": 1.0},
        10,
        40,
        [Auxiliary("sodium acetate", 2, "g/L"), Auxiliary("Glauber's salt", 10, "% owf")],
    )
    assert dip.dyes[0].grams == pytest.approx(0.1) and dip.liquor_l == pytest.approx(0.4)
    bulk = scale_recipe(dip, 25_000, liquor_ratio=20)
    assert bulk.dyes[0].owf_percent == 1.0  # the depth stays
    assert bulk.dyes[0].grams == pytest.approx(250.0)  # 25 kg × 1 % = 250 g
    assert bulk.liquor_l == pytest.approx(500.0)  # 25 kg × 20 L/kg
    grams = [line.grams for line in bulk.auxiliaries]
    assert grams == [pytest.approx(1000.0), pytest.approx(2500.0)]  # 2 g/L × 500 L; 10 % of 25 kg
    assert scale_recipe(dip, 20).liquor_l == pytest.approx(0.8)  # same 1:40 when not given


def test_cost_per_kg_of_yarn():
    batch = batch_recipe({"Acid Red (synthetic)": 2.0}, 500, 40, [Auxiliary("Glauber's salt", 10, "% owf")])
    # dye 10 g × 3,000,000 / kg = 30,000; salt 50 g × 50,000 / kg = 2,500; 32,500 for 0.5 kg → 65,000 / kg
    assert cost_per_kg(batch, {"Acid Red (synthetic)": 3_000_000, "Glauber's salt": 50_000}) == pytest.approx(
        65_000
    )
    with pytest.raises(ValueError, match='no price for "Glauber\'s salt"'):
        cost_per_kg(batch, {"Acid Red (synthetic)": 1})


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda: dye_grams(-500, 2), "fibre_g must be a positive number, got -500"),
        (lambda: dye_grams(500, -1), "owf_percent must be zero or a positive number, got -1"),
        (lambda: dye_grams(float("nan"), 1), "fibre_g must be a positive number"),
        (lambda: liquor_litres(500, 0.5), "liquor_ratio must be at least 1"),
        (lambda: liquor_litres(500, -40), "liquor_ratio must be a positive number"),
        (lambda: stock_ml(500, 2, 0), "stock_percent must be a positive number, got 0"),
        (lambda: auxiliary_grams(10, "kg", 500, 20), "unit must be '% owf' or 'g/L'"),
        (lambda: auxiliary_grams(-1, "g/L", 500, 20), "amount must be zero or a positive number"),
        (lambda: batch_recipe({"Red": -1}, 500, 40), "the % owf of 'Red' must be zero or a positive number"),
        (lambda: batch_recipe({"Red": float("inf")}, 500, 40), "the % owf of 'Red'"),
        (lambda: batch_recipe({"Red": 1}, 500, 40, "boiling"), "auxiliaries must be a list of Auxiliary"),
        (lambda: Auxiliary("salt", -5, "% owf"), "amount of salt must be zero or a positive number"),
        (lambda: scale_recipe({"Red": 1}, 500), "recipe must be a BatchRecipe"),
    ],
)
def test_bad_input_is_a_clear_error(call, match):
    with pytest.raises(ValueError, match=match):
        call()
