"""Dithering in Lab: keeps the average colour of a region; limits the isolated knots it adds."""

import numpy as np
import pytest

from farshlab.chart import dither_to_palette, isolated_knots, map_to_palette
from farshlab.colour import srgb_to_lab

BLACK_WHITE = np.array([[0, 0, 0], [255, 255, 255]], dtype=np.uint8)


def test_a_grey_becomes_a_mixture_with_the_grey_lightness_on_average():
    grey = np.full((40, 40, 3), 119, dtype=np.uint8)  # L* = 50.0
    plain = map_to_palette(grey, BLACK_WHITE)
    assert len(np.unique(plain)) == 1  # without dithering, one flat colour
    result = dither_to_palette(grey, BLACK_WHITE, max_isolated_percent=100)
    lightness = srgb_to_lab(BLACK_WHITE)[result.indices, 0]
    # error diffusion in Lab keeps the mean L* near the grey's (50.0): white is L* 100, black 0
    assert lightness.mean() == pytest.approx(srgb_to_lab([119, 119, 119])[0], abs=2.0)
    assert result.put_back == 0


def test_strength_zero_is_the_plain_mapping():
    rng = np.random.default_rng(7)
    knots = rng.integers(0, 256, (12, 15, 3), dtype=np.uint8)
    palette = rng.integers(0, 256, (6, 3), dtype=np.uint8)
    result = dither_to_palette(knots, palette, strength=0.0, max_isolated_percent=100)
    # away from the 2-unit look-up grid's rounding, the plain nearest colours come back
    agree = (result.indices == map_to_palette(knots, palette)).mean()
    assert agree > 0.9


@pytest.mark.parametrize("limit", [0.0, 1.0, 5.0])
def test_the_isolated_knot_limit_holds(limit):
    grey = np.full((30, 30, 3), 119, dtype=np.uint8)
    result = dither_to_palette(grey, BLACK_WHITE, max_isolated_percent=limit)
    plain_isolated = isolated_knots(map_to_palette(grey, BLACK_WHITE))
    added = (isolated_knots(result.indices) & ~plain_isolated).sum()
    assert added == result.isolated_added <= np.floor(900 * limit / 100)
    assert result.put_back > 0


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"strength": 1.5}, "strength must be a number from 0 to 1"),
        ({"max_isolated_percent": -1}, "max_isolated_percent"),
        ({"image_rgb": np.zeros((3, 3))}, "image_rgb must be uint8"),
    ],
)
def test_bad_input(kwargs, match):
    arguments = {"image_rgb": np.zeros((3, 3, 3), np.uint8), "palette_rgb": BLACK_WHITE} | kwargs
    with pytest.raises(ValueError, match=match):
        dither_to_palette(**arguments)


def test_a_kept_lookup_table_gives_the_same_chart_and_another_palette_its_own(monkeypatch):
    from farshlab.chart import dither

    rng = np.random.default_rng(3)
    knots = rng.integers(0, 256, (20, 30, 3), dtype=np.uint8)
    palette = rng.integers(0, 256, (8, 3), dtype=np.uint8)
    monkeypatch.setattr(dither, "_TABLES", type(dither._TABLES)())
    fresh = dither_to_palette(knots, palette, max_isolated_percent=100).indices
    assert len(dither._TABLES) == 1
    again = dither_to_palette(knots, palette, strength=0.8, max_isolated_percent=100)
    assert len(dither._TABLES) == 1  # the same palette and colours: the table was reused
    made, real = [], dither._new_lookup_table
    monkeypatch.setattr(dither, "_new_lookup_table", lambda *a: made.append(a) or real(*a))
    assert np.array_equal(dither_to_palette(knots, palette, max_isolated_percent=100).indices, fresh)
    assert not made and not np.array_equal(again.indices, fresh)
    other = palette.copy()
    other[0] = 255 - other[0]
    dither_to_palette(knots, other, max_isolated_percent=100)
    assert len(dither._TABLES) == 2
