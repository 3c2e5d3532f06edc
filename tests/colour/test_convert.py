"""sRGB ↔ linear ↔ XYZ ↔ CIELAB: reference values, colour-science agreement, round trips, bad input."""

import colour
import numpy as np
import pytest

from farshlab.colour import (
    D65_WHITE_XYZ,
    hex_to_srgb,
    lab_to_lch,
    lab_to_srgb,
    lab_to_xyz,
    linear_rgb_to_xyz,
    linear_to_srgb,
    srgb_to_float,
    srgb_to_hex,
    srgb_to_lab,
    srgb_to_linear,
    xyz_to_lab,
    xyz_to_linear_rgb,
)

# colour-science (the oracle) switches numpy to 1.13-style array printing on import, which would
# change every later doctest's output: switch it back.
np.set_printoptions(legacy=False)

RNG = np.random.default_rng(20050101)


def test_white_black_and_the_stated_white_point():
    np.testing.assert_allclose(D65_WHITE_XYZ, [0.9505, 1.0, 1.0890], atol=1e-12)
    np.testing.assert_allclose(srgb_to_lab([255, 255, 255]), [100, 0, 0], atol=1e-9)
    np.testing.assert_allclose(srgb_to_lab([0, 0, 0]), [0, 0, 0], atol=1e-12)


def test_linearise_by_hand():
    # 128/255 = 0.50196; ((0.50196 + 0.055) / 1.055) ** 2.4 = 0.21586
    # 10/255 = 0.039216 <= 0.04045, so it is divided by 12.92: 0.0030353
    np.testing.assert_allclose(srgb_to_linear([128, 10, 255]), [0.2158605, 0.0030353, 1.0], atol=1e-7)


def test_mid_grey_by_hand():
    # grey 128: linear 0.2158605 for R = G = B, so Y = 0.2158605 (matrix rows' middle sum is 1);
    # 0.6**3 = 0.216, so 0.2158605 ** (1/3) = 0.6 - (0.216 - 0.2158605) / (3 * 0.36) = 0.5998708;
    # L* = 116 * 0.5998708 - 16 = 53.5850, a* = b* = 0
    np.testing.assert_allclose(srgb_to_lab([128, 128, 128]), [53.5850, 0, 0], atol=1e-4)


def test_dark_colours_use_the_straight_segment():
    # Y = 0.001 < 216/24389: L* = 24389/27 * 0.001 = 0.903296
    np.testing.assert_allclose(xyz_to_lab(np.array([0.9505, 1.0, 1.089]) * 0.001)[0], 0.903296, atol=1e-6)


def test_agrees_with_colour_science_given_the_same_white():
    rgb = RNG.integers(0, 256, (2000, 3), dtype=np.uint8)
    white_xy = colour.XYZ_to_xy(D65_WHITE_XYZ)
    srgb = colour.RGB_COLOURSPACES["sRGB"]
    xyz = colour.RGB_to_XYZ(rgb / 255, srgb, illuminant=srgb.whitepoint, apply_cctf_decoding=True)
    expected = colour.XYZ_to_Lab(xyz, white_xy)
    np.testing.assert_allclose(srgb_to_lab(rgb), expected, atol=1e-10)


def test_colour_science_default_white_differs_by_at_most_0_015_de00():
    # libraries differ in the white point's last digits: measured here, ≤ 0.015 ΔE00 on sRGB colours
    rgb = RNG.integers(0, 256, (5000, 3), dtype=np.uint8)
    srgb = colour.RGB_COLOURSPACES["sRGB"]
    xyz = colour.RGB_to_XYZ(rgb / 255, srgb, illuminant=srgb.whitepoint, apply_cctf_decoding=True)
    theirs = colour.XYZ_to_Lab(xyz, srgb.whitepoint)
    differences = colour.delta_E(srgb_to_lab(rgb), theirs, method="CIE 2000")
    assert 0.001 < differences.max() <= 0.015


def test_integer_and_float_input_give_the_same_lab():
    rgb = RNG.integers(0, 256, (50, 3))
    np.testing.assert_allclose(srgb_to_lab(rgb), srgb_to_lab(rgb / 255.0), atol=1e-12)
    np.testing.assert_allclose(srgb_to_lab(rgb.astype(np.uint8)), srgb_to_lab(rgb.astype(np.int64)), atol=0)


@pytest.mark.parametrize("shape", [(3,), (7, 3), (4, 5, 3), (2, 1, 3, 3), (0, 3)])
def test_shapes_are_kept(shape):
    rgb = RNG.integers(0, 256, shape, dtype=np.uint8)
    for function in (srgb_to_lab, srgb_to_linear, srgb_to_float):
        assert function(rgb).shape == shape
    assert lab_to_srgb(srgb_to_lab(rgb)).shape == shape
    assert lab_to_lch(srgb_to_lab(rgb)).shape == shape


def test_round_trips():
    rgb = RNG.integers(0, 256, (10000, 3), dtype=np.uint8)
    lab = srgb_to_lab(rgb)
    np.testing.assert_allclose(lab_to_srgb(lab) * 255, rgb, atol=1e-8)
    floats = RNG.uniform(0, 1, (1000, 3))
    np.testing.assert_allclose(linear_to_srgb(srgb_to_linear(floats)), floats, atol=1e-12)
    np.testing.assert_allclose(xyz_to_linear_rgb(linear_rgb_to_xyz(floats)), floats, atol=1e-12)
    xyz = linear_rgb_to_xyz(floats)
    np.testing.assert_allclose(lab_to_xyz(xyz_to_lab(xyz)), xyz, atol=1e-12)
    assert (srgb_to_hex(hex_to_srgb(srgb_to_hex(rgb))) == srgb_to_hex(rgb)).all()


def test_hex_in_and_out():
    assert hex_to_srgb("#B3261E").tolist() == [179, 38, 30]
    assert hex_to_srgb("b3261e").dtype == np.uint8
    assert hex_to_srgb([["#000000", "#ffffff"]]).shape == (1, 2, 3)
    assert srgb_to_hex([179, 38, 30]) == "#b3261e"
    assert srgb_to_hex([0.5, 0.5, 0.5]) == "#808080"  # 0.5 * 255 = 127.5 rounds to 128 = 0x80
    assert srgb_to_hex(np.zeros((2, 2, 3), dtype=np.uint8)).shape == (2, 2)


def test_out_of_gamut_lab_is_clipped_only_when_asked():
    vivid = [50.0, 120.0, -120.0]
    unclipped = lab_to_srgb(vivid, clip=False)
    assert unclipped.min() < 0 or unclipped.max() > 1
    clipped = lab_to_srgb(vivid)
    assert clipped.min() >= 0 and clipped.max() <= 1


def test_lch_by_hand():
    # C = √(3² + 4²) = 5; h = atan2(4, 3) = 53.1301°; (0, -2) points to 270°
    np.testing.assert_allclose(
        lab_to_lch([[60, 3, 4], [40, 0, -2]]), [[60, 5, 53.130102], [40, 2, 270]], atol=1e-6
    )


@pytest.mark.parametrize(
    "bad, match",
    [
        ([255, 0], r"3 values per colour .*shape \(2,\)"),
        (np.zeros((4, 4)), r"shape \(4, 4\)"),
        (5, r"shape \(\)"),
        ([256, 0, 0], "0–255, got values from 0 to 256"),
        ([-1, 0, 0], "0–255"),
        ([1.5, 0.0, 0.0], "floats must be 0–1"),
        ([255.0, 128.0, 0.0], "look like 0–255 values: pass them as integers"),
        ([np.nan, 0.0, 0.0], "NaN or infinity"),
        ([np.inf, 0.0, 0.0], "NaN or infinity"),
        ([True, False, True], "real numbers"),
        (["#ffffff", "a", "b"], "hex_to_srgb"),
    ],
)
def test_bad_rgb_is_rejected_clearly(bad, match):
    with pytest.raises(ValueError, match=match):
        srgb_to_lab(bad)


@pytest.mark.parametrize("bad", ["#12345", "#12345g", "red", "", 123, None, "##123456"])
def test_bad_hex_is_rejected_clearly(bad):
    with pytest.raises(ValueError, match="hex_colour must be like '#a1b2c3'"):
        hex_to_srgb(bad)


def test_bad_lab_and_xyz_are_rejected():
    with pytest.raises(ValueError, match="lab must not contain NaN"):
        lab_to_srgb([50, np.nan, 0])
    with pytest.raises(ValueError, match="xyz must not be negative"):
        xyz_to_lab([-0.1, 0.5, 0.5])
    with pytest.raises(ValueError, match=r"lab must have 3 values"):
        lab_to_lch([50, 0])
