"""Nearest yarn: exactly the brute-force answer (incl. chunk boundaries), k nearest, shapes, bad input."""

import colour
import numpy as np
import pytest

from farshlab.colour import (
    DELTA_E_VARIANTS,
    compare_with_yarns,
    delta_e,
    k_nearest_yarns,
    load_example_legend,
    nearest_yarn,
    srgb_to_lab,
)

# colour-science (the oracle) switches numpy to 1.13-style array printing on import, which would
# change every later doctest's output: switch it back.
np.set_printoptions(legacy=False)

RNG = np.random.default_rng(42)
LEGEND = load_example_legend()


def _brute_force(colours, yarns, method, params):
    table = np.stack([delta_e(colours, yarn, method, **params) for yarn in yarns], axis=-1)
    return table.argmin(axis=-1), table.min(axis=-1), table


@pytest.mark.parametrize("name", list(DELTA_E_VARIANTS))
@pytest.mark.parametrize("max_pairs", [1, 103, 104 * 7 + 5, 1 << 16])
def test_exact_against_brute_force_at_chunk_boundaries(name, max_pairs):
    method, params = DELTA_E_VARIANTS[name]
    rgb = RNG.integers(0, 256, (157, 3), dtype=np.uint8)
    rgb[100:120] = rgb[:20]  # repeated colours, as in a photo
    colours = srgb_to_lab(rgb)
    indices, de = nearest_yarn(colours, LEGEND.lab, method, max_pairs=max_pairs, **params)
    expected_indices, expected_de, _ = _brute_force(colours, LEGEND.lab, method, params)
    assert indices.tolist() == expected_indices.tolist()
    np.testing.assert_array_equal(de, expected_de)


def test_matches_colour_science_brute_force():
    colours = srgb_to_lab(RNG.integers(0, 256, (2000, 3), dtype=np.uint8))
    indices, de = nearest_yarn(colours, LEGEND.lab, workers=2, max_pairs=5000)
    theirs = colour.delta_E(colours[:, None, :], LEGEND.lab[None, :, :], method="CIE 2000")
    assert indices.tolist() == theirs.argmin(axis=1).tolist()
    np.testing.assert_allclose(de, theirs.min(axis=1), atol=1e-8)


def test_k_nearest_are_sorted_and_exact():
    colours = srgb_to_lab(RNG.integers(0, 256, (4, 6, 3), dtype=np.uint8))
    indices, de = k_nearest_yarns(colours, LEGEND.lab, k=5, method="cmc", max_pairs=300, l=2, c=1)
    assert indices.shape == de.shape == (4, 6, 5)
    assert (np.diff(de, axis=-1) >= 0).all()
    _, _, table = _brute_force(colours, LEGEND.lab, "cmc", {"l": 2, "c": 1})
    np.testing.assert_array_equal(np.sort(table, axis=-1)[..., :5], de)
    np.testing.assert_array_equal(np.take_along_axis(table, indices, axis=-1), de)


def test_shapes_and_exact_hits():
    single_index, single_de = nearest_yarn(LEGEND.lab[17], LEGEND.lab)
    assert single_index.shape == () and int(single_index) == 17 and float(single_de) == 0.0
    picture = np.broadcast_to(LEGEND.lab[:4], (3, 4, 3))
    indices, de = nearest_yarn(picture, LEGEND.lab)
    assert indices.shape == (3, 4) and indices.tolist() == [[0, 1, 2, 3]] * 3
    assert nearest_yarn(np.zeros((0, 3)), LEGEND.lab)[0].shape == (0,)


def test_ties_keep_legend_order():
    yarns = np.array([[50.0, 10.0, 0.0], [50.0, -10.0, 0.0], [50.0, 10.0, 0.0]])
    indices, _ = k_nearest_yarns([[50.0, 10.0, 0.0]], yarns, k=3, method="cie76")
    assert indices.tolist() == [[0, 2, 1]]


def test_compare_with_yarns_table():
    wanted = srgb_to_lab([192, 57, 43])
    found = compare_with_yarns(wanted, LEGEND.lab, k=4, ranked_by="cmc_2_1")
    assert found.ranked_by == "cmc_2_1"
    assert set(found.delta_e) == set(DELTA_E_VARIANTS)
    np.testing.assert_allclose(found.delta_e["cie76"], delta_e(wanted, LEGEND.lab[found.indices], "cie76"))
    indices, de = k_nearest_yarns(wanted, LEGEND.lab, 4, "cmc", l=2, c=1)
    assert found.indices.tolist() == indices.tolist()
    np.testing.assert_array_equal(found.delta_e["cmc_2_1"], de)


@pytest.mark.parametrize(
    "call, match",
    [
        (lambda: nearest_yarn([50, 0], LEGEND.lab), r"colours_lab must be numbers of shape \(\.\.\., 3\)"),
        (lambda: nearest_yarn([50, 0, 0], LEGEND.lab[:, :2]), r"yarns_lab must be numbers of shape \(M, 3\)"),
        (lambda: nearest_yarn([50, 0, 0], np.zeros((0, 3))), "the legend is empty"),
        (lambda: nearest_yarn([50, np.nan, 0], LEGEND.lab), "colours_lab must not contain NaN"),
        (lambda: nearest_yarn([50, 0, 0], LEGEND.lab, "euclid"), "method must be one of"),
        (
            lambda: nearest_yarn([50, 0, 0], LEGEND.lab, max_pairs=0),
            "max_pairs must be a positive whole number",
        ),
        (lambda: nearest_yarn([50, 0, 0], LEGEND.lab, workers=0), "workers must be a positive whole number"),
        (lambda: nearest_yarn([150, 0, 0], LEGEND.lab), "L\\* must be between 0 and 100"),
        (
            lambda: k_nearest_yarns([50, 0, 0], LEGEND.lab, k=0),
            r"k must be a whole number from 1 to .* \(103\)",
        ),
        (lambda: k_nearest_yarns([50, 0, 0], LEGEND.lab, k=104), "k must be a whole number"),
        (lambda: compare_with_yarns([[50, 0, 0]], LEGEND.lab), r"colour_lab must be one colour"),
        (lambda: compare_with_yarns([50, 0, 0], LEGEND.lab, ranked_by="cie2000"), "ranked_by must be one of"),
    ],
)
def test_bad_input_is_rejected_clearly(call, match):
    with pytest.raises(ValueError, match=match):
        call()
