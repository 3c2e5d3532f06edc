"""Dithering in Lab: keeps the average colour of a region; limits the isolated knots it adds."""

import numpy as np
import pytest

from farshlab.chart import dither_to_palette, isolated_knots, map_to_palette
from farshlab.chart.mapping import nearest_lab
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


def _plain_diffusion(image, palette, strength):
    """Serpentine Floyd–Steinberg in Lab written plainly: the whole look-up grid first, then every knot."""
    lab = srgb_to_lab(image)
    palette_lab = srgb_to_lab(palette)
    low = np.floor(np.maximum(lab.reshape(-1, 3).min(axis=0) - 12, [0.0, -128.0, -128.0]))
    high = np.ceil(np.minimum(lab.reshape(-1, 3).max(axis=0) + 12, [100.0, 128.0, 128.0]))
    axes = [np.arange(lo, hi + 2.0, 2.0) for lo, hi in zip(low, high, strict=True)]
    axes[0] = np.minimum(axes[0], 100.0)
    points = np.stack(np.meshgrid(*axes, indexing="ij"), axis=-1).reshape(-1, 3)
    table = nearest_lab(points, palette_lab, {}).reshape([len(axis) for axis in axes])
    work = lab.copy()
    rows, columns = image.shape[:2]
    out = np.zeros((rows, columns), dtype=int)
    weights = [strength * w / 16 for w in (7, 3, 5, 1)]
    for r in range(rows):
        step = 1 if r % 2 == 0 else -1
        for c in range(columns) if step == 1 else range(columns - 1, -1, -1):
            cell = [
                min(max(round((v - lo) / 2.0), 0), len(axis) - 1)
                for v, lo, axis in zip(work[r, c], low, axes, strict=True)
            ]
            out[r, c] = table[tuple(cell)]
            error = work[r, c] - palette_lab[out[r, c]]
            for dr, dc, weight in (
                (0, step, weights[0]),
                (1, -step, weights[1]),
                (1, 0, weights[2]),
                (1, step, weights[3]),
            ):
                if r + dr < rows and 0 <= c + dc < columns:
                    work[r + dr, c + dc] += error * weight
    return out


@pytest.mark.parametrize("strength", [1.0, 0.6])
def test_the_diffusion_is_plain_floyd_steinberg(monkeypatch, strength):
    from farshlab.chart import dither

    rng = np.random.default_rng(5)
    knots = np.repeat(rng.integers(0, 256, (6, 8, 3), dtype=np.uint8), 4, axis=1).repeat(3, axis=0)
    palette = rng.integers(0, 256, (9, 3), dtype=np.uint8)
    monkeypatch.setattr(dither, "_TABLES", type(dither._TABLES)())
    monkeypatch.setattr(dither, "LUT_BLOCK", 3)  # many blocks, worked out as the knots reach them
    found = dither._diffuse(knots, srgb_to_lab(palette), strength, {})
    assert np.array_equal(found, _plain_diffusion(knots, palette, strength))
    table = next(iter(dither._TABLES.values()))
    assert 0 < sum(index >= 0 for index in table.indices) < len(table.indices)
