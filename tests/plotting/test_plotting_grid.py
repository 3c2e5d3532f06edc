"""The grid renderer: to scale, block lines every 10 knots, rows numbered from the bottom, legend."""

import io

import numpy as np
import pytest
from matplotlib.figure import Figure
from PIL import Image
from plotting_samples import COLOURS, grid_25_by_12

from farshlab.colour import Yarn, YarnLegend
from farshlab.plotting import draw_grid, grid_figure, grid_image, grid_png, legend_entries


def test_cells_coloured_with_row_zero_at_the_bottom():
    ax = Figure().add_subplot()
    draw_grid(ax, grid_25_by_12(), COLOURS, legend=False)
    image = ax.images[0]
    assert image.origin == "lower"
    assert tuple(image.get_extent()) == (0, 25, 0, 12)
    rgb = np.asarray(image.get_array())
    assert rgb[0, 0].tolist() == [0, 0, 0] and rgb[11, 0].tolist() == [255, 255, 255]
    assert rgb[5, 3].tolist() == [200, 0, 0]


def test_block_lines_every_ten_and_row_numbers_from_one():
    ax = Figure().add_subplot()
    draw_grid(ax, grid_25_by_12(), COLOURS, legend=False)
    thin, heavy = ax.collections
    heavy_x = sorted({segment[0][0] for segment in heavy.get_segments() if segment[0][0] == segment[1][0]})
    heavy_y = sorted({segment[0][1] for segment in heavy.get_segments() if segment[0][1] == segment[1][1]})
    assert heavy_x == [0, 10, 20, 25] and heavy_y == [0, 10, 12]  # block lines and the window's edges
    # 26 vertical + 13 horizontal lines in all, 4 + 3 of them heavy
    assert len(thin.get_segments()) == 26 + 13 - 7
    assert [t.get_text() for t in ax.get_yticklabels()] == ["1", "10"]
    assert list(ax.get_yticks()) == [0.5, 9.5]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["1", "10", "20"]


def test_window_keeps_the_chart_numbering():
    ax = Figure().add_subplot()
    entries = draw_grid(ax, grid_25_by_12(), COLOURS, rows=(5, 12), columns=(10, 25), legend=False)
    assert tuple(ax.images[0].get_extent()) == (10, 25, 5, 12)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["6", "10"]  # rows 6–12 in the weaver's numbers
    # the window holds 7 × 15 = 105 knots, all white (the red block is in columns 3–4)
    assert [(e.code, e.knots) for e in entries] == [(0, 105)]
    with pytest.raises(ValueError, match="rows must satisfy"):
        draw_grid(Figure().add_subplot(), grid_25_by_12(), COLOURS, rows=(5, 13))


def test_aspect_follows_raj_and_figure_height():
    ax = Figure().add_subplot()
    draw_grid(ax, grid_25_by_12(), COLOURS, raj_w=50, raj_h=60, legend=False)
    # a knot is 7/50 cm wide and 7/60 cm tall: height / width = 50 / 60
    assert ax.get_aspect() == pytest.approx(50 / 60)
    figure = grid_figure(np.zeros((40, 20), dtype=int), COLOURS, legend=False, width_inches=4)
    # 40 rows / 20 knots at equal raj → the grid is 2 × as tall as wide: 8 in + 0.6 in margin
    assert tuple(figure.get_size_inches()) == pytest.approx((4.0, 8.6))


def test_numbers_and_knot_lines_options():
    ax = Figure().add_subplot()
    draw_grid(ax, [[0, 1], [2, 0]], COLOURS, numbers=True, legend=False)
    texts = {(t.get_position(), t.get_text(), t.get_color()) for t in ax.texts}
    assert ((1.5, 0.5), "1", "white") in texts and ((0.5, 0.5), "0", "black") in texts
    big = np.zeros((200, 10), dtype=int)
    ax = Figure().add_subplot()
    draw_grid(ax, big, COLOURS, legend=False)
    assert len(ax.collections) == 1  # thin lines left out above 150 knots
    with pytest.raises(ValueError, match="at most 4000 cells"):
        draw_grid(Figure().add_subplot(), np.zeros((200, 30), dtype=int), COLOURS, numbers=True)


def test_legend_from_a_yarn_legend():
    legend = YarnLegend(
        [Yarn(0, "Cream", "#efe3c8"), Yarn(1, "Madder red", "#a8323a"), Yarn(9, "Navy", "#1f2a44")]
    )
    grid = np.array([[0, 0, 1], [1, 1, 1]])
    ax = Figure().add_subplot()
    draw_grid(ax, grid, legend)
    labels = [text.get_text() for text in ax.get_legend().get_texts()]
    assert labels == ["0  Cream — 2 knots", "1  Madder red — 4 knots"]
    entries = legend_entries(grid, legend)
    assert [(e.name, e.colour, e.knots) for e in entries] == [
        ("Cream", "#efe3c8", 2),
        ("Madder red", "#a8323a", 4),
    ]


def test_missing_and_bad_colours():
    with pytest.raises(ValueError, match=r"no colour for the codes \[3, 4\]"):
        legend_entries([[3, 4, 0]], COLOURS)
    with pytest.raises(ValueError, match="colour of code 1 must be"):
        legend_entries([[1]], {1: "#12345"})
    with pytest.raises(ValueError, match="colours must be a YarnLegend or a mapping"):
        legend_entries([[1]], ["#ffffff"])
    with pytest.raises(ValueError, match="raj_h must be a positive number"):
        draw_grid(Figure().add_subplot(), [[1]], COLOURS, raj_h=-1)


def test_png_and_pillow_image():
    png = grid_png(grid_25_by_12(), COLOURS, dpi=50)
    assert png[:4] == b"\x89PNG"
    assert Image.open(io.BytesIO(png)).size[0] > 100
    image = grid_image(grid_25_by_12(), COLOURS, legend=False, dpi=50)
    assert image.mode == "RGBA" and image.size[0] > image.size[1]  # 25 knots across, 12 rows
