"""Reflectance and K/S curves: the figure kept for a live view moves its lines and shows them."""

import io

import numpy as np
import pytest
from PIL import Image

from farshlab.colour import hex_to_srgb
from farshlab.locale import message
from farshlab.plotting.dye import DyeCurvesPlot, dye_curves_figure, ks_top

WAVES = np.arange(400, 701, 10)


def flat(value):
    return np.full(WAVES.size, value)


def pixel_at(plot, axes, x, y):
    """The drawn RGB at data point (x, y) of ``axes`` (display y counts from the bottom)."""
    px, py = axes.transData.transform((x, y))
    pixels = plot.pixels
    return pixels[pixels.shape[0] - int(round(py)), int(round(px))]


def test_ks_top_is_a_round_number_above_the_values():
    assert ks_top([0.2, 3.9]) == 5.0  # 3.9 × 1.05 = 4.1 → 5
    assert ks_top([14.9]) == 20.0
    assert ks_top([2.0]) == 2.5
    assert ks_top([0.09]) == pytest.approx(0.1)
    assert ks_top([np.inf, 7.0]) == 8.0  # a reflectance of 0 gives no finite K/S: left out
    assert ks_top([]) == 1.0


def test_update_moves_the_lines_and_the_picture_shows_them():
    plot = DyeCurvesPlot(WAVES, {"wool": (flat(0.8), "#b0a890", ":"), "trial": (flat(0.65), "#f0d050")})
    figure, axes = plot.figure, plot.reflectance_axes
    assert pixel_at(plot, axes, 525, 0.65).tolist() == hex_to_srgb("#f0d050").tolist()
    plot.update({"wool": (flat(0.8), "#b0a890", ":"), "trial": (flat(0.3), "#a8323a")})
    assert plot.figure is figure  # the same figure, its lines moved
    r_line, ks_line = axes.lines[1], plot.ks_axes.lines[1]
    assert np.array_equal(r_line.get_ydata(), flat(0.3)) and r_line.get_color() == "#a8323a"
    np.testing.assert_allclose(ks_line.get_ydata(), (1 - 0.3) ** 2 / (2 * 0.3))  # 0.8167
    assert tuple(plot.ks_axes.get_ylim()) == (0.0, 1.0)  # 0.8167 × 1.05 → 1
    # the new curve is drawn where it now is, in its new colour, and the old one is gone
    assert pixel_at(plot, axes, 525, 0.3).tolist() == hex_to_srgb("#a8323a").tolist()
    assert pixel_at(plot, axes, 525, 0.65).tolist() == [255, 255, 255]  # off the grid lines
    ks = (1 - 0.3) ** 2 / (2 * 0.3)
    assert pixel_at(plot, plot.ks_axes, 525, ks).tolist() == hex_to_srgb("#a8323a").tolist()
    samples = plot.legend.legend_handles
    assert [sample.get_color() for sample in samples] == ["#b0a890", "#a8323a"]
    assert [sample.get_linestyle() for sample in samples] == [":", "-"]


def test_an_update_draws_what_a_new_plot_draws():
    first = {
        "standard": (flat(0.2), "#1f2a44", "--"),
        "trial": (np.linspace(0.1, 0.7, WAVES.size), "#a8323a"),
    }
    later = {
        "standard": (flat(0.2), "#1f2a44", "--"),
        "trial": (np.linspace(0.05, 0.5, WAVES.size), "#3a6e3a"),
    }
    moved = DyeCurvesPlot(WAVES, first)
    moved.update(later)
    fresh = DyeCurvesPlot(WAVES, later)
    assert tuple(moved.ks_axes.get_ylim()) == tuple(fresh.ks_axes.get_ylim()) == (0.0, 10.0)  # 9.025 × 1.05
    assert np.array_equal(moved.pixels, fresh.pixels)
    before = moved.pixels
    moved.update(first)
    assert not np.array_equal(moved.pixels, before)
    assert np.array_equal(moved.pixels, DyeCurvesPlot(WAVES, first).pixels)


def test_new_labels_make_a_new_legend_and_the_axes_keep_their_labels():
    plot = DyeCurvesPlot(WAVES, {"a (standard)": (flat(0.5), "#808080"), "trial": (flat(0.4), "#a8323a")})
    plot.update({"b (standard)": (flat(0.5), "#202020"), "trial": (flat(0.4), "#a8323a")})
    assert [text.get_text() for text in plot.legend.get_texts()] == ["b (standard)", "trial"]
    assert len(plot.reflectance_axes.lines) == len(plot.ks_axes.lines) == 2
    assert len(plot.figure.legends) == 1
    assert plot.reflectance_axes.get_ylabel() == message("dyelab.plot.reflectance")
    assert plot.ks_axes.get_ylabel() == message("dyelab.plot.ks")
    assert plot.ks_axes.get_xlabel() == message("dyelab.plot.wavelength")
    assert tuple(plot.reflectance_axes.get_ylim()) == (0.0, 1.0)
    image = Image.open(io.BytesIO(plot.png()))
    assert image.size == (900, 320) and image.mode == "RGB"  # 9 × 3.2 in at 100 dpi
    assert np.array_equal(np.asarray(image), plot.pixels)


def test_the_lesson_figure_is_unchanged():
    figure = dye_curves_figure(WAVES, {"grey": (flat(0.5), "#808080")})
    reflectance, ks = figure.axes
    assert reflectance.get_legend() is not None and not figure.legends
    assert [axes.get_ylabel() for axes in figure.axes] == ["Reflectance (0–1)", "K/S"]
