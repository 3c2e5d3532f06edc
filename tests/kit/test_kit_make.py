"""make_kit and write_kit_files: the kit adds up, recipes.csv replays, only_reachable leaves dyeable knots."""

import csv
import subprocess

import numpy as np
import pytest
from kit_samples import OUT_OF_REACH, REACHABLE, banded_picture
from PIL import Image

from farshlab.chart import PictureError, load_chart
from farshlab.colour import delta_e_ciede2000
from farshlab.dye import DyeSet, load_dye_set, predict_lab
from farshlab.kit import KIT_FILES, RECIPE_COLUMNS, Kit, make_kit, parse_recipe_text, write_kit_files
from farshlab.kit.costs import KitFigures
from farshlab.kit.make import STAGES
from farshlab.kit.recipes import REACHABLE_DELTA_E00

DYES = load_dye_set()


@pytest.fixture(scope="module")
def files(kit, tmp_path_factory):
    return write_kit_files(kit, tmp_path_factory.mktemp("kit"), lang="en")


def _rows(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_the_kit_holds_every_colour_of_the_chart(kit, legend):
    assert isinstance(kit, Kit)
    chart, yarn = kit.result.chart, kit.result.yarn
    assert (chart.knots_across, chart.rows) == (24, 30) and chart.title == "bands"
    assert (
        [r.code for r in kit.recipes]
        == [line.code for line in yarn]
        == sorted(np.unique(chart.codes).tolist())
    )
    assert kit.total_grams == pytest.approx(yarn.total_grams, rel=1e-12)
    assert kit.reachable_count == 4 and not kit.replaced
    assert {r.colour for r in kit.recipes if not r.reachable} == set(OUT_OF_REACH.values())
    assert kit.dye_set is DYES and (kit.wool_per_bath_g, kit.liquor_ratio) == (1000.0, 40.0)


def test_lots_and_estimate_add_up(kit):
    for recipe in kit.recipes:
        lots = kit.lots[recipe.code]
        assert len(lots) == 1  # a few grams a colour: one bath each
        assert sum(lot.wool_g for lot in lots) == pytest.approx(recipe.yarn_grams)
        assert lots[0].batch.dye_owf == recipe.recipe
    e = kit.estimate
    every = [lot for lots in kit.lots.values() for lot in lots]
    assert e.knots == kit.result.chart.total_knots == 720
    assert e.yarn_grams == pytest.approx(kit.total_grams)
    assert e.dye_grams == pytest.approx(sum(lot.dye_grams for lot in every))
    assert e.auxiliary_grams == pytest.approx(0.13 * kit.total_grams)  # Glauber's salt 10 % + acid 3 % owf
    assert e.weaving_days == 1 and e.wages_rial == pytest.approx(720 / 12_000 * 1_800_000)
    assert e.total_rial == pytest.approx(e.wages_rial + e.wool_rial + e.dye_rial + e.auxiliaries_rial)


def test_bigger_pots_of_other_sizes_split_into_equal_lots(picture, legend):
    kit = make_kit(picture, 8, 21, height_cm=10, legend=legend, wool_per_bath_g=0.5, liquor_ratio=30)
    for recipe in kit.recipes:
        lots = kit.lots[recipe.code]
        assert len(lots) == int(np.ceil(recipe.yarn_grams / 0.5 - 1e-9))
        assert len({lot.wool_g for lot in lots}) == 1 and lots[0].wool_g <= 0.5
        assert lots[0].water_l == pytest.approx(lots[0].wool_g / 1000 * 30)


def test_the_five_files(files, kit):
    assert sorted(files) == sorted(KIT_FILES)
    assert all(path.is_file() and path.stat().st_size > 0 for path in files.values())
    assert files["kit.pdf"].read_bytes().startswith(b"%PDF-")
    chart = load_chart(files["chart.farshchart"])
    assert np.array_equal(chart.codes, kit.result.chart.codes)
    assert files["legend.csv"].read_text(encoding="utf-8") == kit.result.yarn.to_csv_text()
    with Image.open(files["preview.png"]) as preview:
        assert preview.size == (24 * 30, 30 * 30)  # 900 // 30 = 30 pixels a knot


def test_recipes_csv_columns_rows_and_replay(files, kit):
    text = files["recipes.csv"].read_text(encoding="utf-8")
    assert text.splitlines()[0] == (
        "code,yarn_grams,target_L,target_a,target_b,recipe,predicted_L,predicted_a,predicted_b,delta_e00,"
        "reachable,metameric,bath_wool_g,bath_water_l,bath_auxiliaries"
    )
    rows = _rows(files["recipes.csv"])
    assert tuple(rows[0]) == RECIPE_COLUMNS
    assert [int(row["code"]) for row in rows] == [r.code for r in kit.recipes]
    legend_rows = _rows(files["legend.csv"])
    assert sum(float(row["yarn_grams"]) for row in rows) == pytest.approx(
        sum(float(row["grams"]) for row in legend_rows), abs=0.001 * len(rows)
    )
    assert sum(float(row["yarn_grams"]) for row in rows) == pytest.approx(
        kit.result.yarn.total_grams, abs=1e-3
    )
    for row in rows:
        predicted = [float(row[f"predicted_{c}"]) for c in "Lab"]
        target = [float(row[f"target_{c}"]) for c in "Lab"]
        replayed = predict_lab(DYES, parse_recipe_text(row["recipe"]))
        assert float(delta_e_ciede2000(replayed, predicted)) <= 0.05
        delta_e = float(row["delta_e00"])
        assert delta_e == pytest.approx(float(delta_e_ciede2000(target, predicted)), abs=1e-3)
        assert row["reachable"] == ("true" if delta_e <= REACHABLE_DELTA_E00 else "false")
        assert row["metameric"] in ("true", "false")
        wool, water = float(row["bath_wool_g"]), float(row["bath_water_l"])
        assert wool == pytest.approx(float(row["yarn_grams"]), abs=1e-3)  # one lot each
        assert water == pytest.approx(wool / 1000 * 40, abs=1e-3)
        salt, acid = row["bath_auxiliaries"].split(";")
        assert (
            salt.startswith("Glauber's salt=") and acid.startswith("sulfuric acid=") and acid.endswith(" g")
        )
        assert float(salt.split("=")[1].removesuffix(" g")) == pytest.approx(0.10 * wool, abs=1e-3)
        assert float(acid.split("=")[1].removesuffix(" g")) == pytest.approx(0.03 * wool, abs=1e-3)


def test_only_reachable_charts_again_with_dyeable_colours(picture, legend, kit):
    again = make_kit(picture, 8, 21, height_cm=10, legend=legend, only_reachable=True)
    assert all(r.reachable for r in again.recipes) and again.reachable_count == len(again.recipes)
    assert again.replaced == {15: OUT_OF_REACH["Screen blue"], 16: OUT_OF_REACH["Paper white"]}
    before = {r.code: r for r in kit.recipes}
    for recipe in again.recipes:
        if recipe.code in again.replaced:  # the nearest shade of the first pass
            assert recipe.colour == before[recipe.code].predicted_colour
        else:
            assert recipe.recipe == before[recipe.code].recipe
    chart = again.result.chart
    used = set(np.unique(chart.codes).tolist())
    assert used == {r.code for r in again.recipes}
    colours = {r.code: r.colour for r in again.recipes}
    assert all(chart.legend.by_code(code).colour == colours[code] for code in used)
    assert chart.total_knots == kit.result.chart.total_knots


def test_two_colours_out_of_reach_with_one_nearest_shade_become_one_yarn():
    whites = banded_picture(["#fbfbfb", "#fdfdfd", "#28325a"])
    kit = make_kit(whites, 6, 14, colours=3, only_reachable=True)
    colours = [r.colour for r in kit.recipes]
    assert len(colours) == len(set(colours)) and all(r.reachable for r in kit.recipes)


def test_colours_chosen_for_the_picture_and_the_title_from_its_file(tmp_path):
    path = tmp_path / "wedding.png"
    Image.fromarray(banded_picture(list(REACHABLE.values()))).save(path)
    stages = []
    kit = make_kit(path, 6, 14, colours=4, progress=lambda fraction, stage: stages.append((fraction, stage)))
    assert kit.result.chart.title == "wedding" and len(kit.recipes) == 4 and kit.reachable_count == 4
    fractions = [f for f, _ in stages]
    assert fractions == sorted(fractions) and stages[-1] == (1.0, "done")
    seen = list(dict.fromkeys(stage for _, stage in stages))
    assert set(seen) <= set(STAGES) and seen.index("recipes") < seen.index("lots") < seen.index("done")


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        (
            {"dye_set": DyeSet("two", DYES.substrate_reflectance, DYES.dyes[:2])},
            ValueError,
            "at least 3 dyes",
        ),
        ({"dye_set": "synthetic"}, ValueError, "dye_set must be a DyeSet"),
        ({"wool_per_bath_g": 0}, ValueError, "wool_per_bath_g must be a positive number, got 0"),
        ({"liquor_ratio": 0.5}, ValueError, "liquor_ratio must be at least 1"),
        ({"figures": {"weavers": 3}}, ValueError, "figures must be KitFigures"),
        ({"colours": None}, ValueError, "give colours"),
        ({"colours": 1}, ValueError, "colours must be a whole number from 2"),
    ],
)
def test_wrong_inputs_give_clear_errors(picture, options, error, message):
    arguments = {"colours": 3, **options}
    with pytest.raises(error, match=message):
        make_kit(picture, 6, 14, **arguments)


def test_not_a_picture(tmp_path):
    fake = tmp_path / "photo.jpg"
    fake.write_text("not a picture", encoding="utf-8")
    with pytest.raises(PictureError, match="is not a picture farshlab can read"):
        make_kit(fake, 6, 14, colours=3)
    with pytest.raises(PictureError, match="no picture file"):
        make_kit(tmp_path / "missing.jpg", 6, 14, colours=3)


def test_the_workshops_figures_reach_the_estimate(picture):
    figures = KitFigures(weavers=1, knots_per_day=100, rial_per_maghat=2_400_000, source="ours")
    kit = make_kit(picture, 6, 14, colours=3, figures=figures)
    assert kit.estimate.figures is figures
    assert kit.estimate.weaving_days == int(np.ceil(kit.result.chart.total_knots / 100))
    assert kit.estimate.wages_rial == pytest.approx(kit.result.chart.total_knots / 12_000 * 2_400_000)


def test_a_colour_that_stays_out_of_reach_is_an_error_not_a_promise(picture, legend, monkeypatch):
    import farshlab.kit.make

    monkeypatch.setattr(farshlab.kit.make, "_PASSES", 0)  # no second pass allowed
    with pytest.raises(
        ValueError, match="after 0 chart passes some colours are still out of the dyes' reach"
    ):
        make_kit(picture, 8, 21, height_cm=10, legend=legend, only_reachable=True)


def test_many_colours_take_more_legend_pages(tmp_path):
    from farshlab.printing.kit_pdf import write_kit_pdf

    rng = np.random.default_rng(6)
    blocks = rng.integers(30, 220, (6, 5, 3)).astype(np.uint8)  # 30 flat blocks of random colours
    picture = np.kron(blocks, np.ones((4, 4, 1), dtype=np.uint8))
    kit = make_kit(picture, 14, 12, colours=30)  # 24 knots × 20 rows
    report = write_kit_pdf(kit, tmp_path / "kit.pdf", lang="en")
    assert len(kit.recipes) == 30 and report.pages["legend"] == 2  # 21 colours a page on A4
    info = subprocess.run(["pdfinfo", str(tmp_path / "kit.pdf")], capture_output=True, text=True, check=True)
    assert f"Pages:           {report.total_pages}\n" in info.stdout
    with pytest.raises(ValueError, match="kit must be a Kit"):
        write_kit_pdf(kit.result, tmp_path / "x.pdf")
    with pytest.raises(ValueError, match="paper must be one of A4, A3, A2"):
        write_kit_pdf(kit, tmp_path / "x.pdf", paper="Letter")
