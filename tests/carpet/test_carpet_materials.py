"""Pile yarn, warp, weft and the materials bill (sources.md: ahrari-materials, iran-carpet-1984)."""

import pytest

from farshlab.carpet import (
    AHRARI_PILE_NM_AT_40_RAJ,
    DEFAULT_CM_PER_KNOT,
    WEFT_PASSES_PER_ROW,
    chart_size,
    materials_bill,
    pile_grams_per_colour,
    pile_length_m,
    warp_ends,
    warp_length_m,
    weft_length_m,
    yarn_grams,
)


def test_pile_length_and_grams_by_hand():
    # 178,500 knots × 4 cm = 714,000 cm = 7,140 m
    assert pile_length_m(178_500) == pytest.approx(7140.0)
    # Nm 6 single, 2 ply → resultant Nm 3 (m per g): 7,140 / 3 = 2,380 g
    assert yarn_grams(7140.0, nm=6, ply=2) == pytest.approx(2380.0)
    # with 10 % waste: 2,618 g
    assert yarn_grams(7140.0, nm=6, ply=2, waste_percent=10) == pytest.approx(2618.0)
    assert yarn_grams(0.0, nm=6) == 0.0


def test_per_colour_adds_up_to_the_whole():
    per_colour = pile_grams_per_colour({1: 100_000, 2: 50_000, 3: 28_500}, nm=6, ply=2, waste_percent=10)
    assert list(per_colour) == [1, 2, 3]
    # colour 1: 100,000 × 0.04 m / 3 × 1.1 = 1,466.67 g
    assert per_colour[1] == pytest.approx(4000 / 3 * 1.1)
    assert sum(per_colour.values()) == pytest.approx(2618.0)


def test_warp_and_weft_by_hand():
    # 2 ends per knot across: 714; each 70 + 60 cm → 714 × 1.30 m = 928.2 m
    assert warp_ends(357) == 714
    assert type(warp_ends(357)) is int
    assert warp_length_m(357, 70) == pytest.approx(928.2)
    assert warp_length_m(357, 70, loom_allowance_cm=0) == pytest.approx(499.8)
    # Tabriz weaving passes two wefts after each row, a thick and a thin one (sources.md:
    # iran-carpet-1984): 500 rows × 2 passes × 50 cm × 1.2 = 60,000 cm = 600 m
    assert WEFT_PASSES_PER_ROW == 2
    assert weft_length_m(500, 50) == pytest.approx(600.0)
    # the thick weft alone, Ahrari's estimate: 500 × 50 cm × 1.2 = 300 m
    assert weft_length_m(500, 50, passes_per_row=1) == pytest.approx(300.0)
    assert weft_length_m(500, 50, passes_per_row=3) == pytest.approx(900.0)


def test_ahrari_worked_example_for_a_40_raj_zar_and_a_half():
    # Ahrari's example (sources.md: ahrari-materials): a zar-and-a-half carpet, 104 × 156 cm, counted
    # over 6.5 cm: 16 units × 40 = 640 knots across, 24 units × 40 = 960 rows, 614,400 knots
    assert chart_size(104, 156, 40, unit_cm=6.5) == (640, 960)
    # 4 cm of pile per knot at 40 raj: 614,400 × 4 / 100 = 24,576 m
    assert DEFAULT_CM_PER_KNOT == 4.0
    assert pile_length_m(640 * 960) == pytest.approx(24_576.0)
    # warp: 2 × 640 = 1,280 ends of 2 m (156 cm + 44 cm, within "up to 60 cm") = 2,560 m;
    # wool warp at 40 raj is Nm 8 in three ply, 8 / 3 m per gram: 2,560 × 3 / 8 = 960 g, his figure
    assert warp_ends(640) == 1280
    assert warp_length_m(640, 156, loom_allowance_cm=44) == pytest.approx(2560.0)
    assert yarn_grams(2560.0, nm=8, ply=3) == pytest.approx(960.0)
    # the pile at the course's example count for 40 raj (Nm 8, sources.md: ahrari-yarn-raj):
    # 24,576 m / 8 m per gram = 3,072 g for 1.04 × 1.56 = 1.62 m², about 1.9 kg per m²
    assert AHRARI_PILE_NM_AT_40_RAJ == 8.0
    assert yarn_grams(pile_length_m(640 * 960), nm=AHRARI_PILE_NM_AT_40_RAJ) == pytest.approx(3072.0)


def test_worked_tableau_with_the_example_count():
    # 50 × 70 cm at 50 raj: 178,500 knots × 4 cm = 7,140 m; Nm 8 → 892.5 g, 2.55 kg per m² of
    # tableau (0.35 m²), where the old example, Nm 6 in 2 ply, gave 2,380 g (6.8 kg per m²)
    bill = materials_bill(50, 70, 50, nm=AHRARI_PILE_NM_AT_40_RAJ, waste_percent=10)
    assert bill.pile_m == pytest.approx(7140.0)
    assert bill.pile_total_g == pytest.approx(981.75)  # + 10 % waste


def test_materials_bill_whole_carpet():
    bill = materials_bill(50, 70, 50, nm=6, ply=2, waste_percent=10, knots_by_colour={1: 150_000, 2: 28_500})
    assert (bill.knots_across, bill.rows, bill.total_knots) == (357, 500, 178_500)
    assert bill.pile_m == pytest.approx(7140.0)
    # colour 1: 150,000 × 0.04 / 3 × 1.1 = 2,200 g; colour 2: 28,500 × 0.04 / 3 × 1.1 = 418 g
    assert bill.pile_g[1] == pytest.approx(2200.0)
    assert bill.pile_g[2] == pytest.approx(418.0)
    assert bill.pile_total_g == pytest.approx(2618.0)
    assert (bill.warp_ends, bill.warp_m, bill.weft_m) == (714, pytest.approx(928.2), pytest.approx(600.0))
    one_weft = materials_bill(50, 70, 50, nm=6, weft_passes_per_row=1)
    assert one_weft.weft_m == pytest.approx(300.0)


def test_bill_without_colours_has_one_entry():
    bill = materials_bill(35, 50, 40, nm=8, ply=2)
    # 200 × 286 = 57,200 knots × 0.04 m = 2,288 m; Nm 8/2 = 4 → 572 g
    assert list(bill.pile_g) == ["all"]
    assert bill.pile_total_g == pytest.approx(572.0)


def test_bill_rejects_colour_counts_that_do_not_add_up():
    with pytest.raises(ValueError, match=r"knots_by_colour adds up to 1000 knots, but the carpet has 178500"):
        materials_bill(50, 70, 50, nm=6, knots_by_colour={1: 1000})


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: pile_length_m(-5), "knots must be zero or a positive number"),
        (lambda: pile_length_m(100, cm_per_knot=0), "cm_per_knot must be a positive number"),
        (lambda: yarn_grams(100, nm=0), "nm must be a positive number, got 0"),
        (lambda: yarn_grams(100, nm=6, ply=1.5), "ply must be a whole number of at least 1, got 1.5"),
        (lambda: yarn_grams(100, nm=6, ply=0), "ply must be a whole number of at least 1, got 0"),
        (lambda: yarn_grams(100, nm=6, waste_percent=-10), "waste_percent must be zero or a positive"),
        (lambda: warp_length_m(357, float("nan")), "height_cm must be a positive number, got nan"),
        (lambda: weft_length_m(500, 50, weft_factor=0), "weft_factor must be a positive number"),
        (lambda: weft_length_m(500, 50, passes_per_row=1.5), "passes_per_row must be a whole number"),
        (lambda: weft_length_m(500, 50, passes_per_row=0), "passes_per_row must be a whole number"),
        (lambda: pile_grams_per_colour({}, nm=6), "knots_by_colour must be a non-empty"),
        (lambda: pile_grams_per_colour({1: -3}, nm=6), "knots must be zero or a positive number, got -3"),
    ],
)
def test_bad_input(call, message):
    with pytest.raises(ValueError, match=message):
        call()
