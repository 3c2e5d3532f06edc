"""The Loom Planner driven by setting control values, without a browser."""

import numpy as np
import pytest
from matplotlib.figure import Figure

from farshlab.locale import message
from farshlab.plotting.canvas import KeptCanvas
from farshlab.widgets.base import Simulator
from farshlab.widgets.loom_planner import LoomDrawing, LoomPlanner, draw_loom


@pytest.fixture()
def planner():
    return LoomPlanner()


def test_starts_on_the_worked_example(planner):
    assert isinstance(planner, Simulator)
    plan = planner.result
    # the course's worked example: 50 × 70 cm at 50 raj → 357 × 500 = 178,500 knots = 14.875 maghat
    assert (plan.knots_across, plan.rows, plan.total_knots, plan.maghat) == (357, 500, 178_500, 14.875)
    # yarn on Ahrari's 40-raj figures (sources.md: ahrari-materials, ahrari-yarn-raj): 4 cm per knot,
    # Nm 8 as used: 7,140 m / 8 = 892.5 g, + 10 % waste = 981.75 g
    controls = planner.controls
    assert (controls["cm_per_knot"].value, controls["nm"].value, controls["ply"].value) == (4.0, 8.0, 1)
    assert plan.pile_kg == pytest.approx(0.982)
    # weft: two passes a row (sources.md: iran-carpet-1984), 500 × 2 × 50 cm × 1.2 = 600 m
    assert plan.weft_m == pytest.approx(600.0)
    assert planner.error is None
    text = planner.summary.value
    assert "357 knots across × 500 rows" in text
    assert "178,500" in text
    assert "14.875" in text
    assert planner.picture.value[:4] == b"\x89PNG"


def test_changing_values_changes_numbers_and_picture(planner):
    before = planner.picture.value
    planner.controls["width_cm"].value = 70
    planner.controls["height_cm"].value = 100
    # 50 · 70 / 7 = 500; 50 · 100 / 7 = 714.3 → 714; 357,000 knots = 29.75 maghat
    assert (planner.result.knots_across, planner.result.rows) == (500, 714)
    assert planner.result.maghat == pytest.approx(29.75)
    assert "500 knots across × 714 rows" in planner.summary.value
    assert planner.picture.value != before


def test_raj_along_unit_yarn_and_team(planner):
    planner.controls["raj_h"].value = 60
    # rows = 60 · 70 / 7 = 600
    assert planner.result.rows == 600
    planner.controls["unit_cm"].value = 6.5
    # kheft: 50 · 50 / 6.5 = 384.6 → 385 across; 60 · 70 / 6.5 = 646.2 → 646 rows
    assert (planner.result.knots_across, planner.result.rows) == (385, 646)
    planner.controls["unit_cm"].value = 7.0
    planner.controls["raj_h"].value = 50
    planner.controls["nm"].value = 8
    planner.controls["ply"].value = 2
    planner.controls["waste_percent"].value = 0
    planner.controls["cm_per_knot"].value = 4.0
    # 178,500 × 0.04 m = 7,140 m; Nm 8 / 2 ply = 4 m/g → 1,785 g
    assert planner.result.pile_kg == pytest.approx(1.785)
    assert "1.78 kg" in planner.summary.value or "1.79 kg" in planner.summary.value
    planner.controls["weavers"].value = 3
    planner.controls["knots_per_weaver_per_day"].value = 5950
    # 178,500 / (3 · 5,950) = 10 days
    assert planner.result.weaving_days == pytest.approx(10.0)
    assert "10.0" in planner.summary.value


@pytest.mark.parametrize(
    "name, value, named",
    [
        ("width_cm", 0, "width_cm"),
        ("height_cm", -70, "height_cm"),
        ("nm", 0, "nm"),
        ("knots_per_weaver_per_day", 0, "knots_per_weaver_per_day"),
    ],
)
def test_bad_input_shows_a_message_instead_of_raising(planner, name, value, named):
    planner.controls[name].value = value
    assert planner.result is None
    assert planner.error.startswith(f"{named} must be")
    assert message("widgets.input_problem") in planner.message.value
    assert planner.view.layout.visibility == "hidden"
    # and it recovers when the input is fixed
    planner.controls[name].value = 50 if name.endswith("cm") else 6000
    assert planner.result is not None and planner.error is None


def _lines(plan):
    ax = Figure().add_subplot()
    draw_loom(ax, plan)
    warps, fine, heavy = ax.collections
    return len(fine.get_segments()), len(heavy.get_segments()), ax.get_title()


def test_block_lines_every_10_and_100_knots(planner):
    # 357 across: lines at 10, 20, …, 350 (35) and 100, 200, 300 (3); 500 rows: 49 and 4
    assert _lines(planner.result)[:2] == (35 + 49, 3 + 4)


def test_large_carpet_draws_only_heavy_lines(planner):
    planner.controls["width_cm"].value = 300
    planner.controls["height_cm"].value = 400
    planner.controls["raj_w"].value = 80
    planner.controls["raj_h"].value = 80
    # 80 · 300 / 7 = 3428.6 → 3429 across, 80 · 400 / 7 = 4571.4 → 4571 rows: far more than 150
    # blocks of 10, so only the 100-knot lines are drawn: 34 + 45 of them
    assert (planner.result.knots_across, planner.result.rows) == (3429, 4571)
    fine, heavy, title = _lines(planner.result)
    assert (fine, heavy) == (0, 34 + 45)
    assert title == message("loom.figure.title_coarse")
    assert planner.picture.value[:4] == b"\x89PNG"


def test_labels_come_from_the_catalogue(planner):
    assert planner.controls["width_cm"].description == message("loom.width_cm")
    assert planner.controls["raj_h"].description == message("loom.raj_h")


def test_a_moved_drawing_equals_a_fresh_one(planner):
    # the planner moves the artists of one figure: after a move nothing of the old plan is left
    first = planner.result
    planner.controls["raj_w"].value = 60
    planner.controls["height_cm"].value = 120
    second = planner.result
    moved = LoomDrawing(Figure().add_subplot())
    moved.update(first)
    moved.update(second)
    fresh = LoomDrawing(Figure().add_subplot())
    fresh.update(second)
    for a, b in zip(moved.ax.collections, fresh.ax.collections, strict=True):
        assert np.array_equal(np.asarray(a.get_segments()), np.asarray(b.get_segments()))
    assert moved.ax.get_title() == fresh.ax.get_title() == message("loom.figure.title")
    assert moved.ax.get_xlim() == fresh.ax.get_xlim() and moved.ax.get_ylim() == fresh.ax.get_ylim()
    assert moved.woven.get_width() == pytest.approx(50.0, abs=0.1)  # 429 knots at 60 raj per 7 cm


def _wool_columns(png: bytes) -> tuple[int, int]:
    """First and last pixel column of the woven area (wool colour) in a Loom Planner picture."""
    from io import BytesIO

    from PIL import Image

    pixels = np.asarray(Image.open(BytesIO(png)).convert("RGB"))
    wool = np.all(pixels == [0xEF, 0xE4, 0xC8], axis=-1)
    columns = np.flatnonzero(wool.any(axis=0))
    return int(columns[0]), int(columns[-1])


def test_the_picture_shows_the_new_plan_to_scale(planner):
    from io import BytesIO

    from PIL import Image

    for width_cm in (50, 56, 100):  # 56 cm keeps the 60 cm frame; 100 cm needs a new one
        planner.controls["width_cm"].value = width_cm
        assert Image.open(BytesIO(planner.picture.value)).size == (500, 550)  # 5 × 5.5 in at 100 dpi
        ax = planner._drawing.ax
        woven_cm = planner.result.knots_across * 7 / planner.result.raj_w
        (left, _), (right, _) = ax.transData.transform([(0, 0), (woven_cm, 0)])
        first, last = _wool_columns(planner.picture.value)
        # the wool spans the carpet's width in the axes' scale, less the black outline (1.2 pt, 1.7 px)
        assert abs(first - left) <= 4 and abs(last - right) <= 4, (width_cm, first, last, left, right)


def test_a_kept_frame_gives_the_same_pixels_as_a_whole_draw():
    from io import BytesIO

    from PIL import Image

    from farshlab.carpet import plan_carpet

    def picture(plans):
        figure = Figure(figsize=(5, 5.5))
        canvas = KeptCanvas(figure)
        drawing = LoomDrawing(figure.add_subplot())
        for plan in plans:
            drawing.update(plan)
            png = canvas.show(canvas.layer(drawing.frame, hidden=drawing.moving), drawing.moving).png()
        return np.asarray(Image.open(BytesIO(png)))

    options = {"nm": 8, "ply": 2, "weavers": 1, "knots_per_weaver_per_day": 6000}
    first, second = (plan_carpet(50, 70, raj, **options) for raj in (50, 55))
    # the second picture drawn on the first's kept frame equals the second drawn alone
    assert np.array_equal(picture([first, second]), picture([second]))
    assert not np.array_equal(picture([first]), picture([second]))
