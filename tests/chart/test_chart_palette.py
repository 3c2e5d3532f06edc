"""Palettes: k-means in Lab beats median cut on a real photo; codes light → dark; snapping; a fixed seed."""

import numpy as np
import pytest
from matplotlib import cbook
from PIL import Image

from farshlab.chart import (
    kmeans_colours,
    make_palette,
    map_to_palette,
    mapping_error,
    median_cut_colours,
    order_light_to_dark,
    snap_to_legend,
)
from farshlab.colour import load_example_legend, srgb_to_lab
from farshlab.design import picture_to_knots

# matplotlib's sample portrait (grace_hopper.jpg, 512 × 600), scaled to a 20 cm tableau at 35 raj
PHOTO = Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False))
KNOTS = picture_to_knots(PHOTO, 20, 20 * 600 / 512, 35)
LEGEND = load_example_legend()


def test_kmeans_in_lab_beats_median_cut_on_the_photo():
    errors = {}
    for name, method in (("kmeans", kmeans_colours), ("median_cut", median_cut_colours)):
        palette = method(KNOTS, 16)
        assert len(palette) == 16
        errors[name] = mapping_error(KNOTS, palette, map_to_palette(KNOTS, palette)).mean()
    # measured: k-means ≈ 3.3, median cut ≈ 4.2 mean ΔE00 at 16 colours on this grid
    assert errors["kmeans"] < errors["median_cut"] - 0.3, errors
    assert 1.0 < errors["kmeans"] < 5.0


def test_the_same_seed_gives_the_same_palette():
    assert kmeans_colours(KNOTS, 12, seed=3).tolist() == kmeans_colours(KNOTS, 12, seed=3).tolist()


def test_a_picture_with_few_colours_keeps_them():
    knots = np.array([[[10, 20, 30], [200, 100, 0], [10, 20, 30]]], dtype=np.uint8)
    assert kmeans_colours(knots, 5).tolist() == [[10, 20, 30], [200, 100, 0]]


def test_generated_codes_run_light_to_dark():
    palette = make_palette(KNOTS, colours=10)
    assert palette.codes.tolist() == list(range(1, 11))
    assert np.all(np.diff(palette.lab[:, 0]) <= 0)
    assert [yarn.name for yarn in palette][:2] == ["colour 1", "colour 2"]
    legend = order_light_to_dark(np.array([[0, 0, 0], [255, 255, 255]], dtype=np.uint8))
    assert [yarn.colour for yarn in legend] == ["#ffffff", "#000000"]


def test_snapping_keeps_legend_codes_each_yarn_once():
    snapped = make_palette(KNOTS, colours=24, legend=LEGEND)
    assert set(snapped.codes.tolist()) <= set(LEGEND.codes.tolist())
    assert len(set(snapped.codes.tolist())) == len(snapped) <= 24
    # each generated colour's nearest yarn is in the snapped legend
    colours = kmeans_colours(KNOTS, 24)
    nearest, _ = LEGEND.nearest(srgb_to_lab(colours))
    assert set(nearest.tolist()) == set(snapped.codes.tolist())
    direct = snap_to_legend(colours, LEGEND)
    assert direct.codes.tolist() == snapped.codes.tolist()


def test_a_legend_alone_is_the_palette():
    assert make_palette(KNOTS, legend=LEGEND) is LEGEND


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"colours": 1}, "colours must be a whole number from 2 to 256, got 1"),
        ({"colours": 257}, "from 2 to 256, got 257"),
        ({"colours": 2.5}, "whole number"),
        ({}, "give colours"),
        ({"colours": 4, "method": "octree"}, "method must be one of"),
        ({"legend": "legend.csv"}, "legend must be a YarnLegend"),
    ],
)
def test_bad_input(kwargs, match):
    with pytest.raises(ValueError, match=match):
        make_palette(KNOTS, **kwargs)
