"""The Symmetry Designer driven through its controls and cell buttons, without a browser."""

import io

import numpy as np
import pytest
from PIL import Image

from farshlab.colour import hex_to_srgb
from farshlab.design import colour_counts, grid_from_text, grid_to_text, is_symmetric, motif
from farshlab.locale import message
from farshlab.widgets.base import Simulator
from farshlab.widgets.symmetry_designer import SymmetryDesigner


@pytest.fixture()
def designer():
    return SymmetryDesigner()


def test_starts_with_the_gul_mirrored_from_a_quarter(designer):
    assert isinstance(designer, Simulator)
    result = designer.result
    assert designer.error is None and result.symmetry == "quarter_double"
    assert np.array_equal(result.motif, motif("gul")) and result.size == (18, 18)
    assert is_symmetric(result.design, "quarter")
    # every knot of the 9 × 9 gul appears 4 times: its 24 ground knots → 96
    assert result.counts[0] == 96 and sum(result.counts.values()) == 18 * 18
    assert designer.picture.value[:4] == b"\x89PNG"
    assert "18 knots across × 18 rows = 324 knots" in designer.summary.value
    assert "<td>96</td>" in designer.table.value and "Ivory ground" in designer.table.value
    assert len(designer.cells) == 81


def test_symmetry_choices_are_exact(designer):
    expected = {
        "quarter_double": "quarter",
        "quarter_shared": "quarter",
        "half_left": "mirror_left_right",
        "half_bottom": "mirror_top_bottom",
        "rotation": "rotation_90",
        "border": "quarter",
    }
    designer.controls["motif"].value = "boteh"
    for symmetry, kind in expected.items():
        designer.controls["symmetry"].value = symmetry
        assert designer.error is None, symmetry
        assert is_symmetric(designer.result.design, kind), symmetry
        assert message(f"designer.check.{kind}") in designer.summary.value
        assert message("designer.answer.yes") in designer.summary.value


def test_sizes_for_each_symmetry(designer):
    designer.controls["motif"].value = "boteh"  # 10 rows × 8 knots
    sizes = {}
    for symmetry in ("quarter_double", "quarter_shared", "half_left", "half_bottom", "rotation", "border"):
        designer.controls["symmetry"].value = symmetry
        sizes[symmetry] = designer.result.size
    assert sizes == {
        "quarter_double": (16, 20),
        "quarter_shared": (15, 19),
        "half_left": (16, 10),
        "half_bottom": (8, 20),
        "rotation": (20, 20),  # padded to a 10 × 10 quarter
        "border": (54, 70),  # 32 × 48 inside, + 2 · (10-row border + 1-knot stripe)
    }


def test_library_choice_loads_the_motif_text(designer):
    designer.controls["motif"].value = "star"
    assert designer.controls["motif_text"].value == grid_to_text(motif("star"))
    assert np.array_equal(designer.result.motif, motif("star"))


def test_painting_a_cell_changes_motif_counts_and_picture(designer):
    designer.controls["motif_text"].value = "...\n...\n..."
    assert designer.result.counts == {0: 36}  # 3 × 3 quarter doubled: 6 × 6
    before = designer.picture.value
    designer.paint.value = 2
    designer.cells[(0, 0)].click()  # the bottom-left knot of the motif
    assert grid_from_text(designer.controls["motif_text"].value)[0, 0] == 2
    assert designer.controls["motif_text"].value.splitlines()[-1] == "2.."
    # one knot of the quarter → 4 in the whole field (one in each corner)
    assert designer.result.counts == {0: 32, 2: 4}
    assert designer.result.design[0, 0] == 2 and designer.result.design[-1, -1] == 2
    assert designer.picture.value != before
    assert designer.cells[(0, 0)].style.button_color == "#a8323a"
    designer.controls["symmetry"].value = "quarter_shared"
    designer.cells[(2, 2)].click()  # the knot on both centre lines: shared, so it appears once
    assert designer.result.counts[2] == 4 + 1
    assert is_symmetric(designer.result.design, "quarter")


def test_editor_follows_a_new_motif_shape(designer):
    designer.controls["motif_text"].value = "12\n34\n55"
    assert set(designer.cells) == {(r, c) for r in range(3) for c in range(2)}
    assert designer.editor.layout.grid_template_columns == "repeat(2, 26px)"
    assert colour_counts(designer.result.motif) == {1: 1, 2: 1, 3: 1, 4: 1, 5: 2}


def test_bad_motif_text_shows_a_message(designer):
    designer.controls["motif_text"].value = "12\n3"
    assert designer.result is None and "different lengths" in designer.error
    assert designer.view.layout.visibility == "hidden"
    designer.controls["motif_text"].value = "19"
    assert designer.result is None and "code 9" in designer.error
    designer.controls["motif_text"].value = ""
    assert "motif is empty" in designer.error
    designer.controls["motif"].value = "tree"
    assert designer.error is None and designer.result is not None


def test_repeats_and_legend_check():
    designer = SymmetryDesigner()
    designer.controls["repeats"].value = 3
    # 3 × 3 guls of 9 × 9 in the quarter → 27 × 27, doubled → 54 × 54
    assert designer.result.size == (54, 54)
    with pytest.raises(ValueError, match="legend must be a YarnLegend"):
        SymmetryDesigner(legend={0: "#ffffff"})


def shown_knots(designer):
    """The colour drawn at the middle of every knot of the picture's PNG (rows, columns, 3)."""
    image = np.asarray(Image.open(io.BytesIO(designer.picture.value)).convert("RGB"))
    raster = designer.raster
    assert image.shape[:2] == raster.image.size[::-1]
    rows, columns = designer.result.design.shape
    points = [raster.knot_centre(r, c) for r in range(rows) for c in range(columns)]
    xs, ys = np.array(points).T
    return image[ys, xs].reshape(rows, columns, 3)


def expected_knots(designer):
    table = {yarn.code: hex_to_srgb(yarn.colour) for yarn in designer.legend}
    design = designer.result.design
    return np.array([table[int(code)] for code in design.ravel()]).reshape(*design.shape, 3)


@pytest.mark.parametrize(("control", "value"), [("repeats", 3), ("symmetry", "border"), ("motif", "boteh")])
def test_the_picture_shows_every_knot_of_the_new_design(designer, control, value):
    before = designer.picture.value
    designer.controls[control].value = value
    rows, columns = designer.result.design.shape
    cell = designer.raster.cell_px
    assert cell == min(28, 640 // max(rows, columns))
    assert designer.picture.value != before
    assert np.array_equal(shown_knots(designer), expected_knots(designer))
    # the 10-knot line: knot 10 across (0-based 9) and 11 have a heavy line between them
    image = np.asarray(Image.open(io.BytesIO(designer.picture.value)).convert("RGB"))
    x = designer.raster.left + 10 * cell
    y = designer.raster.knot_centre(0, 0)[1]
    assert image[y, x].tolist() == [17, 17, 17]


def test_size_of_the_picture_follows_the_design(designer):
    designer.controls["repeats"].value = 4  # 72 × 72 knots
    width, height = Image.open(io.BytesIO(designer.picture.value)).size
    assert designer.raster.cell_px == 8  # 640 // 72
    assert 72 * 8 < width < 72 * 8 + 60 and 72 * 8 < height < 72 * 8 + 40  # grid + numbers
    designer.controls["repeats"].value = 1  # 18 × 18 knots: 28 pixels a knot
    assert Image.open(io.BytesIO(designer.picture.value)).size[0] < width


def test_motif_choice_redraws_once_and_reuses_the_editor_buttons(designer, monkeypatch):
    gul_button = designer.cells[(0, 0)]
    calls = []
    model = designer.model
    monkeypatch.setattr(designer, "model", lambda **values: calls.append(values) or model(**values))
    designer.controls["motif"].value = "boteh"
    assert len(calls) == 1 and np.array_equal(designer.result.motif, motif("boteh"))
    assert designer.cells[(0, 0)] is gul_button  # the same button, repainted
    designer.controls["motif"].value = "gul"
    assert set(designer.cells) == {(r, c) for r in range(9) for c in range(9)}
    assert np.array_equal(shown_knots(designer), expected_knots(designer))
