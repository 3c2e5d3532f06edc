"""map_to_palette: exactly the brute-force ΔE00 answer (colour-science as the oracle), near-ties included."""

import colour
import numpy as np
import pytest

from farshlab.chart import map_to_palette, mapping_error
from farshlab.chart import mapping as mapping_module
from farshlab.colour import delta_e, delta_e_ciede2000, load_example_legend, srgb_to_lab

# colour-science switches numpy to legacy printing on import; switch it back for later doctests
np.set_printoptions(legacy=False)

RNG = np.random.default_rng(2005)
LEGEND = load_example_legend()


def _oracle(knots, palette, **params):
    """Brute force with colour-science: ΔE00 from every knot to every colour, in chunks of 5,000 knots."""
    lab = srgb_to_lab(knots.reshape(-1, 3))
    palette_lab = srgb_to_lab(palette)
    table = np.concatenate(
        [
            colour.delta_E(lab[i : i + 5000, None, :], palette_lab[None], method="CIE 2000", **params)
            for i in range(0, len(lab), 5000)
        ]
    )
    return table


def _assert_exact_up_to_ties(found, table, tie=1e-9):
    """Every knot got a colour whose ΔE00 equals the minimum (a different index only on an exact tie)."""
    best = table.min(axis=1)
    chosen = table[np.arange(len(table)), found.ravel()]
    assert np.all(chosen <= best + tie), np.max(chosen - best)
    differ = found.ravel() != table.argmin(axis=1)
    # where the index differs, the two colours are tied to within rounding
    assert np.all(np.abs(chosen[differ] - best[differ]) <= tie)


@pytest.mark.parametrize("colours", [2, 7, 48, 103])
def test_random_images_and_palettes_match_colour_science(colours):
    knots = RNG.integers(0, 256, (60, 70, 3), dtype=np.uint8)
    knots[:10] = knots[10:20]  # repeated colours, as in a photo
    palette = RNG.integers(0, 256, (colours, 3), dtype=np.uint8)
    found = map_to_palette(knots, palette)
    assert found.shape == (60, 70)
    _assert_exact_up_to_ties(found, _oracle(knots, palette))


def test_photo_like_knots_with_the_example_legend_match_exactly():
    # smooth gradients (few distinct colours, as in a photo) against the 103-yarn example legend
    y, x = np.mgrid[0:120, 0:90]
    knots = np.stack([(2 * x) % 256, (y + x) % 256, (3 * y) % 256], axis=-1).astype(np.uint8)
    found = map_to_palette(knots, LEGEND.srgb)
    table = _oracle(knots, LEGEND.srgb)
    # away from ties, identical to brute force: count how many knots have a runner-up within 1e-9
    ordered = np.sort(table, axis=1)
    clear = ordered[:, 1] - ordered[:, 0] > 1e-9
    assert clear.mean() > 0.99
    assert (found.ravel()[clear] == table.argmin(axis=1)[clear]).all()
    _assert_exact_up_to_ties(found, table)


def test_near_ties_pick_the_same_colour_as_farshlab_brute_force():
    # palette colours one 8-bit step apart and knots halfway: ΔE00 differences of ~0.1–0.5
    base = RNG.integers(30, 220, (20, 3), dtype=np.uint8)
    palette = np.concatenate([base, base + np.array([1, 0, 0], dtype=np.uint8), base + 1]).astype(np.uint8)
    knots = np.concatenate([base, base + np.array([0, 1, 1], dtype=np.uint8), palette]).reshape(-1, 1, 3)
    found = map_to_palette(knots, palette)
    ours = delta_e_ciede2000(srgb_to_lab(knots)[:, :, None, :], srgb_to_lab(palette)[None, None])
    assert found.tolist() == np.argmin(ours, axis=-1).tolist()
    _assert_exact_up_to_ties(found, _oracle(knots, palette))


def test_exact_ties_go_to_the_colour_listed_first():
    palette = np.array([[10, 200, 30], [250, 250, 250], [10, 200, 30]], dtype=np.uint8)
    knots = np.array([[[12, 198, 33], [10, 200, 30]]], dtype=np.uint8)
    assert map_to_palette(knots, palette).tolist() == [[0, 0]]


@pytest.mark.parametrize("chunk", [1, 7, 64])
def test_chunk_boundaries_and_threads_do_not_change_the_answer(monkeypatch, chunk):
    knots = RNG.integers(0, 256, (23, 11, 3), dtype=np.uint8)
    palette = RNG.integers(0, 256, (31, 3), dtype=np.uint8)
    expected = map_to_palette(knots, palette, workers=1)
    monkeypatch.setattr(mapping_module, "CHUNK_COLOURS", chunk)
    assert map_to_palette(knots, palette, workers=2).tolist() == expected.tolist()
    _assert_exact_up_to_ties(expected, _oracle(knots, palette))


@pytest.mark.parametrize(
    ("count", "workers"), [(0, 2), (5, 2), (8193, 2), (36771, 2), (36771, 1), (20000, 3)]
)
def test_colours_are_searched_in_even_pieces_one_set_per_thread(count, workers):
    pieces = mapping_module._pieces(count, workers)
    sizes = [piece.stop - piece.start for piece in pieces]
    assert [i for piece in pieces for i in range(piece.start, piece.stop)] == list(range(count))
    assert all(0 < size <= mapping_module.CHUNK_COLOURS for size in sizes)
    assert max(sizes, default=0) - min(sizes, default=0) <= 1
    assert len(pieces) == 1 or len(pieces) % workers == 0  # the threads finish together


@pytest.mark.parametrize(("colours", "palette_size"), [(500, 2), (500, 48), (500, 300), (20, 70_000)])
def test_the_upper_bound_starts_from_the_palette_colour_nearest_by_cie76(colours, palette_size):
    # the candidate is searched in float32 with the row in the distance's last bits (or, past 2¹⁶
    # rows, as floats): it must be the CIE76-nearest colour up to float32 rounding
    lab = srgb_to_lab(RNG.integers(0, 256, (colours, 3), dtype=np.uint8))
    palette = srgb_to_lab(RNG.integers(0, 256, (palette_size, 3), dtype=np.uint8))
    found = mapping_module._Palette(palette, {}).nearest_cie76(lab)
    squares = ((lab[:, None, :] - palette[None]) ** 2).sum(axis=-1)
    assert np.all(squares[np.arange(colours), found] <= squares.min(axis=1) * (1 + 1e-4) + 1e-2)
    # a knot on a palette colour gets that colour, not a neighbour
    assert (
        mapping_module._Palette(palette, {}).nearest_cie76(palette[:7]).tolist()
        == np.argmin(((palette[:7, None] - palette[None]) ** 2).sum(axis=-1), axis=1).tolist()
    )


def test_textile_weights_and_other_methods_are_exact():
    knots = RNG.integers(0, 256, (40, 25, 3), dtype=np.uint8)
    palette = LEGEND.srgb[::3]
    _assert_exact_up_to_ties(map_to_palette(knots, palette, kL=2), _oracle(knots, palette, textiles=True))
    lab, palette_lab = srgb_to_lab(knots.reshape(-1, 3)), srgb_to_lab(palette)
    for method, params in (("cie76", {}), ("cmc", {"l": 2, "c": 1}), ("cie94", {"application": "textiles"})):
        table = delta_e(lab[:, None, :], palette_lab[None], method, **params)
        found = map_to_palette(knots, palette, method, **params)
        assert found.ravel().tolist() == table.argmin(axis=1).tolist()


def test_the_lightness_bound_never_exceeds_ciede2000():
    # the pruning rests on ΔE00 ≥ |ΔL′| / (kL·S_L): check it on 200,000 random pairs, kL = 1 and 2
    first = srgb_to_lab(RNG.integers(0, 256, (200_000, 3), dtype=np.uint8))
    second = srgb_to_lab(RNG.integers(0, 256, (200_000, 3), dtype=np.uint8))
    for k_l in (1.0, 2.0):
        bound = mapping_module._lightness_bound(first[:, 0], second[:, 0], k_l)
        assert np.all(bound <= delta_e_ciede2000(first, second, kL=k_l) + 1e-12)
    # and S_L_MAX is S_L at a mean lightness of 0 or 100: 1 + 0.015·2500/√2520
    assert mapping_module.S_L_MAX == pytest.approx(1 + 0.015 * 2500 / 2520**0.5, rel=1e-15)


def test_one_colour_palette_and_empty_image():
    grey = np.array([[5, 5, 5]], np.uint8)
    assert map_to_palette(np.zeros((2, 3, 3), np.uint8), grey).tolist() == [[0] * 3] * 2
    assert map_to_palette(np.zeros((0, 3), np.uint8), grey).shape == (0,)


GOOD, ONE = np.zeros((2, 2, 3), np.uint8), np.zeros((1, 3), np.uint8)


@pytest.mark.parametrize(
    ("image", "palette", "options", "match"),
    [
        (np.zeros((2, 2, 3)), np.zeros((1, 3), np.uint8), {}, "image_rgb must be 8-bit RGB"),
        (np.zeros((2, 2, 4), np.uint8), np.zeros((1, 3), np.uint8), {}, "3 values"),
        (np.zeros((2, 2, 3), np.uint8), np.zeros((0, 3), np.uint8), {}, "N ≥ 1"),
        (GOOD, ONE, {"method": "rgb"}, "method must be one of"),
        (GOOD, ONE, {"kL": -1}, "kL must be a positive"),
        (GOOD, ONE, {"workers": 0}, "workers must be"),
    ],
)
def test_bad_input_is_named(image, palette, options, match):
    with pytest.raises(ValueError, match=match):
        map_to_palette(image, palette, **options)


@pytest.mark.parametrize("table_from", [mapping_module.TABLE_FROM_KNOTS, 0])
def test_mapping_error_is_the_ciede2000_of_each_knot_and_its_colour(monkeypatch, table_from):
    monkeypatch.setattr(mapping_module, "TABLE_FROM_KNOTS", table_from)
    # 36 colours, each on two knots given (mostly) different indices, as after clean-up or dithering
    knots = np.repeat(RNG.integers(0, 256, (36, 3), dtype=np.uint8), 2, axis=0).reshape(9, 8, 3)
    palette = RNG.integers(0, 256, (5, 3), dtype=np.uint8)
    indices = RNG.integers(0, 5, (9, 8))
    expected = colour.delta_E(srgb_to_lab(knots), srgb_to_lab(palette[indices]), method="CIE 2000")
    np.testing.assert_allclose(mapping_error(knots, palette, indices), expected, atol=1e-9)
    same = np.zeros((9, 8), dtype=int)
    np.testing.assert_allclose(
        mapping_error(knots, palette, same, kL=2),
        colour.delta_E(srgb_to_lab(knots), srgb_to_lab(palette[same]), method="CIE 2000", textiles=True),
        atol=1e-9,
    )
    assert mapping_error(np.zeros((0, 3), np.uint8), palette, np.zeros(0, int)).shape == (0,)
    with pytest.raises(ValueError, match="indices must be 0 to 4"):
        mapping_error(knots, palette, indices + 1)


def test_the_chroma_plane_bound_never_exceeds_ciede2000():
    # the second pruning rests on ΔE00² ≥ l² + (1 − (√3/4)·R_C)·|Δ(a′, b)|²/(max(kC, kH)·S_C)²:
    # check it on 200,000 random pairs and 200,000 close pairs (where it is tightest)
    first = srgb_to_lab(RNG.integers(0, 256, (400_000, 3), dtype=np.uint8))
    second = srgb_to_lab(RNG.integers(0, 256, (400_000, 3), dtype=np.uint8))
    second[200_000:] = first[200_000:] + RNG.normal(0, 1.5, (200_000, 3))
    second[:, 0] = np.clip(second[:, 0], 0, 100)
    chroma1, chroma2 = np.hypot(first[:, 1], first[:, 2]), np.hypot(second[:, 1], second[:, 2])
    for k_l, k_c, k_h in ((1.0, 1.0, 1.0), (2.0, 1.0, 1.0), (1.0, 2.0, 0.5)):
        lightness = mapping_module._lightness_bound(first[:, 0], second[:, 0], k_l)
        plane = mapping_module._chroma_plane_bound(
            first[:, 1], first[:, 2], chroma1, second[:, 1], second[:, 2], chroma2, max(k_c, k_h)
        )
        bound = np.sqrt(lightness**2 + plane)
        full = delta_e_ciede2000(first, second, kL=k_l, kC=k_c, kH=k_h)
        assert np.all(bound <= full * (1 + 1e-12) + 1e-12)
        # tighter than the lightness bound alone, and tight for some pairs
        share, share_of_lightness = bound / np.maximum(full, 1e-9), lightness / np.maximum(full, 1e-9)
        assert np.median(share) > np.median(share_of_lightness) and share.max() > 0.999


@pytest.mark.parametrize("table_from", [mapping_module.TABLE_FROM_KNOTS, 0])
def test_four_hundred_thousand_knots_of_a_few_thousand_colours(monkeypatch, table_from):
    # distinct colours found by sorting, or with the table of all RGB values (as for millions of knots)
    monkeypatch.setattr(mapping_module, "TABLE_FROM_KNOTS", table_from)
    colours = RNG.integers(0, 256, (6000, 3), dtype=np.uint8)
    which = RNG.integers(0, 6000, 400_000)
    found = map_to_palette(colours[which].reshape(500, 800, 3), LEGEND.srgb)
    each = map_to_palette(colours, LEGEND.srgb)
    _assert_exact_up_to_ties(each, _oracle(colours, LEGEND.srgb))
    assert np.array_equal(found.ravel(), each[which])
