"""Dye lots: rounded up, equal, and each bath's water, dyes and auxiliaries worked out by hand."""

import pytest

from farshlab.dye import Auxiliary
from farshlab.kit.lots import DyeLot, dye_lots, lots_needed
from farshlab.kit.options import DEFAULT_LIQUOR_RATIO, DEFAULT_WOOL_PER_BATH_G


@pytest.mark.parametrize(
    ("grams", "per_bath", "lots"),
    [
        (2300, 1000, 3),  # 2.3 → 3: the last 300 g still need a bath
        (2000, 1000, 2),  # exactly 2 baths stay 2
        (2000.0000000001, 1000, 2),  # float noise does not make a third bath
        (2000.5, 1000, 3),
        (4200, 1000, 5),
        (12.5, 1000, 1),
        (0, 1000, 1),  # at least 1: every colour is dyed
        (999.99, 250, 4),
    ],
)
def test_lots_are_rounded_up(grams, per_bath, lots):
    assert lots_needed(grams, per_bath) == lots
    assert isinstance(lots_needed(grams, per_bath), int)


def test_the_defaults_are_a_1_kg_pot_at_1_to_40():
    assert (DEFAULT_WOOL_PER_BATH_G, DEFAULT_LIQUOR_RATIO) == (1000.0, 40.0)
    assert lots_needed(1500) == 2


def test_equal_lots_with_hand_worked_baths():
    """2,300 g at 1.25 % Acid Red, a 1,000 g pot, 1:40, the levelling-acid bath (Lesson 6, section 5)."""
    lots = dye_lots(2300, {"Acid Red (synthetic)": 1.25})
    assert [lot.number for lot in lots] == [1, 2, 3]
    assert all(isinstance(lot, DyeLot) for lot in lots)
    for lot in lots:
        assert lot.wool_g == pytest.approx(766.6667, abs=1e-4)  # 2,300 ÷ 3
        assert lot.water_l == pytest.approx(30.6667, abs=1e-4)  # 0.7667 kg × 40 L
        assert lot.batch.liquor_l == lot.water_l
        (dye,) = lot.batch.dyes
        assert (dye.name, dye.owf_percent) == ("Acid Red (synthetic)", 1.25)
        assert dye.grams == pytest.approx(9.5833, abs=1e-4)  # 766.67 × 1.25 ÷ 100
        assert dye.stock_ml == pytest.approx(958.33, abs=0.01)  # 1 % stock: 10 g a litre
        chemicals = {line.auxiliary.name: line.grams for line in lot.batch.auxiliaries}
        assert chemicals == pytest.approx({"Glauber's salt": 76.6667, "sulfuric acid": 23.0}, abs=1e-4)
        assert lot.dye_grams == pytest.approx(dye.grams) and lot.auxiliary_grams == pytest.approx(
            99.6667, abs=1e-4
        )
    assert sum(lot.wool_g for lot in lots) == pytest.approx(2300)


def test_another_pot_ratio_and_bath():
    """4,200 g in 1,500 g pots at 1:30 with 2 g/L ammonium sulfate and 1.5 % owf levelling agent: 3 lots of
    1,400 g."""
    bath = [Auxiliary("ammonium sulfate", 2, "g/L"), Auxiliary("levelling agent", 1.5, "% owf")]
    recipe = {"Acid Blue (synthetic)": 0.6, "Acid Black (synthetic)": 0.1}
    lots = dye_lots(4200, recipe, wool_per_bath_g=1500, liquor_ratio=30, auxiliaries=bath)
    assert len(lots) == 3
    lot = lots[0]
    assert (lot.wool_g, lot.water_l) == pytest.approx((1400.0, 42.0))
    assert [line.grams for line in lot.batch.dyes] == pytest.approx([8.4, 1.4])
    assert [line.grams for line in lot.batch.auxiliaries] == pytest.approx(
        [84.0, 21.0]
    )  # 2 × 42 L; 1.5 % of 1,400 g


def test_undyed_wool_and_a_named_bath():
    (lot,) = dye_lots(50, {}, auxiliaries="none")
    assert (
        lot.batch.dyes == ()
        and lot.batch.auxiliaries == ()
        and lot.dye_grams == 0
        and lot.auxiliary_grams == 0
    )
    (lot,) = dye_lots(50, {"Acid Yellow (synthetic)": 1}, auxiliaries="fast_acid")
    assert [line.auxiliary.name for line in lot.batch.auxiliaries] == ["acetic acid", "Glauber's salt"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: lots_needed(-1, 1000), "yarn_grams must be zero or a positive number, got -1"),
        (lambda: lots_needed(100, 0), "wool_per_bath_g must be a positive number, got 0"),
        (lambda: lots_needed("2300", 1000), "yarn_grams must be zero or a positive number"),
        (lambda: dye_lots(0, {}), "yarn_grams must be a positive number, got 0"),
        (lambda: dye_lots(100, [("Acid Red (synthetic)", 1)]), "a recipe must be a mapping"),
        (
            lambda: dye_lots(100, {}, liquor_ratio=0.5),
            r"liquor_ratio must be at least 1 \(1:1, litres per kg",
        ),
        (
            lambda: dye_lots(100, {"Acid Red (synthetic)": -1}),
            r"% owf of 'Acid Red \(synthetic\)' must be zero or",
        ),
    ],
)
def test_wrong_inputs_give_clear_errors(call, message):
    with pytest.raises(ValueError, match=message):
        call()
