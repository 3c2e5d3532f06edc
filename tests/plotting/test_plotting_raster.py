"""The grid painted straight into pixels: knot colours, 10-knot lines, numbers, PNG."""

import io

import numpy as np
import pytest
from PIL import Image
from plotting_samples import COLOURS, grid_25_by_12

from farshlab.colour import hex_to_srgb
from farshlab.design import motif, motif_legend
from farshlab.plotting.grid import BLOCK_LINE_RGB, grid_raster, grid_raster_png, rgb_png


def centres(raster):
    """The colour at the middle of every knot, as a (rows, columns, 3) array, row 0 = bottom."""
    pixels = np.asarray(raster.image)
    rows, columns = raster.shape
    out = np.empty((rows, columns, 3), dtype=np.uint8)
    for r in range(rows):
        for c in range(columns):
            x, y = raster.knot_centre(r, c)
            out[r, c] = pixels[y, x]
    return out


def test_every_knot_has_its_colour_with_row_zero_at_the_bottom():
    raster = grid_raster(grid_25_by_12(), COLOURS, cell_px=8)
    seen = centres(raster)
    assert seen[0].tolist() == [[0, 0, 0]] * 25  # the bottom row is black
    assert seen[11, 0].tolist() == [255, 255, 255]
    assert seen[5, 3].tolist() == [200, 0, 0] and seen[6, 4].tolist() == [200, 0, 0]
    assert (seen[..., 0] == 200).sum() == 4
    # the bottom row is drawn below the top row in the picture
    assert raster.knot_centre(0, 0)[1] > raster.knot_centre(11, 0)[1]


def test_heavy_lines_every_ten_knots_from_the_bottom_left():
    cell = 8
    raster = grid_raster(np.zeros((12, 25), dtype=int), COLOURS, cell_px=cell)
    pixels = np.asarray(raster.image).astype(int)
    middle_y = raster.knot_centre(3, 0)[1]
    middle_x = raster.knot_centre(0, 3)[0]

    def column_line(k):  # the pixel on the line at the left of knot k (0-based) across
        return pixels[middle_y, raster.left + k * cell]

    def row_line(k):  # the pixel on the line below row k (0-based, from the bottom)
        return pixels[raster.top + (12 - k) * cell, middle_x]

    block = BLOCK_LINE_RGB.tolist()
    assert [column_line(k).tolist() == block for k in (0, 10, 20, 25)] == [True] * 4
    assert [row_line(k).tolist() == block for k in (0, 10, 12)] == [True] * 3
    # thin knot lines between: darker than the white knots, lighter than the heavy lines
    for thin in (column_line(5), column_line(11), row_line(3)):
        assert 17 < thin[0] < 255
    # heavy lines are 3 pixels wide at 8 pixels a knot: the knot's own pixels start 2 further on
    assert pixels[middle_y, raster.left + 10 * cell + 1].tolist() == block
    assert pixels[middle_y, raster.left + 10 * cell + 2].tolist() == [255, 255, 255]


def test_knot_lines_option_and_cell_size():
    plain = grid_raster(np.zeros((12, 25), dtype=int), COLOURS, cell_px=8, knot_lines=False)
    pixels = np.asarray(plain.image)
    y = plain.knot_centre(3, 0)[1]
    assert pixels[y, plain.left + 5 * 8].tolist() == [255, 255, 255]  # no thin line at knot 5
    # by itself, the cell size keeps the longest side within 640 pixels, at most 28 a knot
    assert grid_raster(motif("gul"), motif_legend()).cell_px == 28
    assert grid_raster(np.zeros((155, 110), dtype=int), COLOURS).cell_px == 4  # 640 // 155
    tiny = grid_raster(np.zeros((700, 3), dtype=int), COLOURS, axis_numbers=False)
    assert tiny.cell_px == 1 and tiny.image.size == (3, 700)  # one pixel a knot, no room for lines


def test_picture_size_and_numbers():
    raster = grid_raster(grid_25_by_12(), COLOURS, cell_px=10)
    width, height = raster.image.size
    # the grid (plus its 1-pixel closing line and 1-pixel heavy-line pad each side) fits inside
    assert width >= raster.left + 25 * 10 + 2 and height >= raster.top + 12 * 10 + 2
    pixels = np.asarray(raster.image.convert("L")).astype(int)
    # row numbers 1 and 10 are written on the left of their rows; nothing beside row 5
    for row, written in ((0, True), (9, True), (4, False)):
        y = raster.knot_centre(row, 0)[1]
        strip = pixels[y - 3 : y + 4, : raster.left - 2]
        assert (strip.min() < 128) == written, row
    below = pixels[raster.top + 12 * 10 + 3 :, :]
    assert below.min() < 128  # column numbers under the grid
    bare = grid_raster(grid_25_by_12(), COLOURS, cell_px=10, axis_numbers=False)
    assert bare.image.size == (25 * 10 + 1 + 2, 12 * 10 + 1 + 2)
    assert (bare.left, bare.top) == (1, 1)


def test_png_round_trip_and_errors():
    png = grid_raster_png(grid_25_by_12(), COLOURS, cell_px=6)
    image = Image.open(io.BytesIO(png))
    raster = grid_raster(grid_25_by_12(), COLOURS, cell_px=6)
    assert image.mode == "RGB" and image.size == raster.image.size
    assert np.array_equal(np.asarray(image), np.asarray(raster.image))
    legend = motif_legend()
    gul = grid_raster(motif("gul"), legend)
    expected = np.array([hex_to_srgb(legend.by_code(int(code)).colour) for code in motif("gul").ravel()])
    assert np.array_equal(centres(gul).reshape(-1, 3), expected)
    with pytest.raises(ValueError, match=r"no colour for the codes \[3\]"):
        grid_raster([[3]], COLOURS)
    with pytest.raises(ValueError, match="cell_px must be a whole number of at least 1"):
        grid_raster([[1]], COLOURS, cell_px=0)
    with pytest.raises(ValueError, match="outside the 1 × 1 grid"):
        grid_raster([[1]], COLOURS).knot_centre(1, 0)
    rgba = np.zeros((2, 3, 4), dtype=np.uint8)
    rgba[..., 0] = 200
    decoded = Image.open(io.BytesIO(rgb_png(rgba)))
    assert decoded.mode == "RGB" and decoded.getpixel((2, 1)) == (200, 0, 0)
