"""ΔE: the Sharma, Wu & Dalal (2005) CIEDE2000 table, colour-science agreement, broadcasting, bad input.

Reference data: tests/colour/data/ciede2000_sharma.csv, from G. Sharma, W. Wu, E. N. Dalal, "The
CIEDE2000 color-difference formula: implementation notes, supplementary test data, and mathematical
observations", Color Res. Appl. 30(1):21–30, 2005. colour-science (``colour.delta_E``) is the oracle
for the random pairs; it is never used by farshlab itself.
"""

from pathlib import Path

import colour
import numpy as np
import pytest
from colour.difference.delta_e import intermediate_attributes_CIE2000

from farshlab.colour import DELTA_E_METHODS, DELTA_E_VARIANTS, delta_e

# colour-science (the oracle) switches numpy to 1.13-style array printing on import, which would
# change every later doctest's output: switch it back.
np.set_printoptions(legacy=False)

SHARMA = np.loadtxt(Path(__file__).parent / "data" / "ciede2000_sharma.csv", delimiter=",", skiprows=1)


def test_sharma_table_has_34_pairs():
    assert SHARMA.shape == (34, 7)


def test_ciede2000_reproduces_the_sharma_table():
    # Sharma, Wu & Dalal 2005, Table 1: expected ΔE00 rounded to 4 decimals
    np.testing.assert_allclose(delta_e(SHARMA[:, :3], SHARMA[:, 3:6]), SHARMA[:, 6], atol=1e-4, rtol=0)


def test_ciede2000_is_symmetric_on_the_sharma_table():
    # Sharma et al. 2005 show the formula is symmetric, including pairs 13–15 on the hue discontinuity
    np.testing.assert_allclose(delta_e(SHARMA[:, 3:6], SHARMA[:, :3]), SHARMA[:, 6], atol=1e-4, rtol=0)


def test_sharma_pairs_one_at_a_time_give_floats():
    for row in SHARMA:
        value = delta_e(row[:3], row[3:6])
        assert np.ndim(value) == 0
        assert abs(float(value) - row[6]) < 1e-4


def _random_pairs(n, seed):
    rng = np.random.default_rng(seed)

    def lab(size):
        return np.column_stack(
            [rng.uniform(0, 100, size), rng.uniform(-128, 128, size), rng.uniform(-128, 128, size)]
        )

    first, second = lab(n), lab(n)
    near = n // 10  # a tenth of near pairs, where the tolerances matter
    second[:near] = first[:near] + rng.normal(0, 1.5, (near, 3))
    second[:near, 0] = np.clip(second[:near, 0], 0, 100)
    first[near : near + 50, 1:] = 0  # greys: hue 0, C' = 0
    second[near + 50 : near + 100, 1:] = 0
    first[near + 100 : near + 150, 1] = 0  # a* = 0 only
    return first, second


ORACLE = [
    ("cie76", {}, "CIE 1976", {}),
    ("cie94", {}, "CIE 1994", {}),
    ("cie94", {"application": "graphic arts"}, "CIE 1994", {"textiles": False}),
    ("cie94", {"application": "textiles"}, "CIE 1994", {"textiles": True}),
    ("ciede2000", {}, "CIE 2000", {}),
    ("ciede2000", {"kL": 2}, "CIE 2000", {"textiles": True}),
    ("cmc", {}, "CMC", {}),
    ("cmc", {"l": 2, "c": 1}, "CMC", {"l": 2, "c": 1}),
    ("cmc", {"l": 1, "c": 1}, "CMC", {"l": 1, "c": 1}),
    ("cmc", {"l": 1.4, "c": 0.7}, "CMC", {"l": 1.4, "c": 0.7}),
]


@pytest.mark.parametrize("method, params, their_method, their_params", ORACLE)
def test_random_pairs_agree_with_colour_science(method, params, their_method, their_params):
    first, second = _random_pairs(20000, seed=len(method) + len(params))
    ours = delta_e(first, second, method, **params)
    theirs = colour.delta_E(first, second, method=their_method, **their_params)
    np.testing.assert_allclose(ours, theirs, atol=1e-8, rtol=0)


@pytest.mark.parametrize("k_l, k_c, k_h", [(1, 1, 1), (2, 1, 1), (1, 2, 1), (1, 1, 2), (1.5, 0.8, 1.3)])
def test_ciede2000_parametric_factors_agree_with_colour_science_terms(k_l, k_c, k_h):
    # colour-science's delta_E takes only kL = 1 or 2; for other kC, kH combine its published
    # intermediate terms (S_L, S_C, S_H, ΔL', ΔC', ΔH', R_T) with the factors, as CIE 142-2001 does
    first, second = _random_pairs(20000, seed=7)
    terms = intermediate_attributes_CIE2000(first, second)
    lightness = terms.delta_L_p / (k_l * terms.S_L)
    chroma = terms.delta_C_p / (k_c * terms.S_C)
    hue = terms.delta_H_p / (k_h * terms.S_H)
    expected = np.sqrt(lightness**2 + chroma**2 + hue**2 + terms.R_T * chroma * hue)
    ours = delta_e(first, second, "ciede2000", kL=k_l, kC=k_c, kH=k_h)
    np.testing.assert_allclose(ours, expected, atol=1e-8, rtol=0)


def test_hand_worked_cie76():
    # √(3² + 4² + 12²) = √169 = 13
    assert delta_e([50, 10, 10], [53, 14, 22], "cie76") == pytest.approx(13.0, abs=1e-12)


def test_textile_settings_weigh_lightness_less():
    # a pure lightness step: kL = 2 halves ΔE00, and CIE94 textiles halves ΔE94 (SL = 1)
    grey, lighter = [50.0, 0.0, 0.0], [54.0, 0.0, 0.0]
    assert delta_e(grey, lighter, "ciede2000", kL=2) == pytest.approx(delta_e(grey, lighter) / 2, rel=1e-12)
    assert delta_e(grey, lighter, "cie94", application="textiles") == pytest.approx(2.0, abs=1e-12)
    assert delta_e(grey, lighter, "cie94") == pytest.approx(4.0, abs=1e-12)


def test_cie94_and_cmc_depend_on_which_colour_is_the_reference():
    vivid, dull = [50.0, 60.0, 10.0], [52.0, 40.0, 5.0]
    for method in ("cie94", "cmc"):
        assert delta_e(vivid, dull, method) != pytest.approx(delta_e(dull, vivid, method), rel=1e-3)
    assert delta_e(vivid, dull) == pytest.approx(delta_e(dull, vivid), rel=1e-12)


@pytest.mark.parametrize("method", sorted(DELTA_E_METHODS))
def test_broadcasting_shapes(method):
    rng = np.random.default_rng(3)
    pixels = np.column_stack([rng.uniform(0, 100, 12), rng.uniform(-60, 60, (12, 2))]).reshape(3, 4, 3)
    yarns = np.column_stack([rng.uniform(0, 100, 5), rng.uniform(-60, 60, (5, 2))])
    table = delta_e(pixels[..., None, :], yarns, method)
    assert table.shape == (3, 4, 5)
    assert table[2, 1, 3] == pytest.approx(delta_e(pixels[2, 1], yarns[3], method), rel=1e-12)
    assert delta_e(pixels, pixels, method).shape == (3, 4)
    np.testing.assert_allclose(delta_e(pixels, pixels, method), 0, atol=1e-12)
    assert delta_e(yarns[0], yarns, method).shape == (5,)


def test_registry_and_variants():
    assert sorted(DELTA_E_METHODS) == ["cie76", "cie94", "ciede2000", "cmc"]
    for method, params in DELTA_E_VARIANTS.values():
        assert method in DELTA_E_METHODS
        delta_e([50, 1, 1], [51, 2, 2], method, **params)


@pytest.mark.parametrize(
    "args, kwargs, match",
    [
        (
            ([50, 0, 0], [50, 0, 0], "cie2000"),
            {},
            r"method must be one of \['cie76', 'cie94', 'ciede2000', 'cmc'\]",
        ),
        (([50, 0, 0], [50, 0, 0], "cie76"), {"kL": 2}, "method 'cie76' has no parameter 'kL'"),
        (([50, 0, 0], [50, 0, 0], "ciede2000"), {"l": 2}, r"no parameter 'l' \(its parameters: kL, kC, kH\)"),
        (([50, 0, 0], [50, 0, 0], "ciede2000"), {"kL": 0}, "kL must be a positive number, got 0"),
        (([50, 0, 0], [50, 0, 0], "ciede2000"), {"kH": np.nan}, "kH must be a positive number"),
        (([50, 0, 0], [50, 0, 0], "cmc"), {"l": -2}, "l must be a positive number, got -2"),
        (([50, 0, 0], [50, 0, 0], "cie94"), {"application": "paper"}, "application must be one of"),
        (([50, 0], [50, 0, 0]), {}, r"lab1 must have 3 values .* shape \(2,\)"),
        (([50, 0, 0], np.zeros((2, 2))), {}, r"lab2 must have 3 values .* shape \(2, 2\)"),
        (([50, np.nan, 0], [50, 0, 0]), {}, "lab1 must not contain NaN or infinity"),
        (([50, 0, 0], [50, 0, -np.inf]), {}, "lab2 must not contain NaN or infinity"),
        (([150, 0, 0], [50, 0, 0]), {}, "lab1: L\\* must be between 0 and 100, got values from 150"),
        (([50, 0, 0], [-5, 0, 0]), {}, "lab2: L\\* must be between 0 and 100"),
        ((np.zeros((2, 3)), np.zeros((3, 3))), {}, "do not broadcast together"),
        ((["a", "b", "c"], [50, 0, 0]), {}, "lab1 must hold numbers"),
    ],
)
def test_bad_input_is_rejected_clearly(args, kwargs, match):
    with pytest.raises(ValueError, match=match):
        delta_e(*args, **kwargs)
