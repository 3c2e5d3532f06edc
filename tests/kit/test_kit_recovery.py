"""A reflectance curve for each screen colour: the colour comes back; it is colour-science's Jakob 2019."""

import warnings

import colour
import numpy as np
import pytest

from farshlab.colour import delta_e_ciede2000, hex_to_srgb, srgb_to_hex
from farshlab.dye import WAVELENGTHS_NM, reflectance_to_hex, reflectance_to_lab
from farshlab.kit.recovery import LOWEST_REFLECTANCE, recover_reflectance

EXTREMES = np.array(
    [
        [255, 255, 255],
        [0, 0, 0],
        [255, 0, 0],
        [0, 255, 0],
        [0, 0, 255],
        [0, 255, 255],
        [254, 254, 254],
        [1, 1, 1],
    ],
    dtype=np.uint8,
)


def test_every_colour_comes_back_as_the_same_screen_colour():
    rng = np.random.default_rng(18)
    colours = np.vstack([EXTREMES, rng.integers(0, 256, (200, 3))]).astype(np.uint8)
    curves = recover_reflectance(colours)
    assert curves.shape == (len(colours), WAVELENGTHS_NM.size)
    assert curves.min() >= LOWEST_REFLECTANCE and curves.max() <= 1.0
    # the curve's own screen colour (farshlab.dye, D65/2°) is the colour it was made for, to the 8-bit step
    back = hex_to_srgb(list(reflectance_to_hex(curves))).astype(int)
    assert np.abs(back - colours.astype(int)).max() <= 1
    assert (back == colours).mean() > 0.97
    assert list(np.atleast_1d(srgb_to_hex(colours[8:20]))) == list(reflectance_to_hex(curves[8:20]))


def test_a_grey_is_a_flat_curve():
    curve = recover_reflectance(np.array([[119, 119, 119]], dtype=np.uint8))[0]
    assert np.ptp(curve) < 1e-6 and curve[0] == pytest.approx(0.1845, abs=5e-4)


def test_the_curves_are_colour_sciences_jakob_2019_curves():
    """colour.XYZ_to_sd(method="Jakob 2019") solves one colour at a time and stops at ΔE76 0.023, in its own
    integration of the colour-matching functions: the same curves within that."""
    colours = np.array([[200, 76, 51], [31, 42, 68], [85, 107, 58], [205, 159, 125], [0, 80, 255]], np.uint8)
    ours = recover_reflectance(colours)
    shape = colour.SpectralShape(400, 700, 10)
    cmfs = colour.MSDS_CMFS["CIE 1931 2 Degree Standard Observer"].copy().align(shape)
    light = colour.SDS_ILLUMINANTS["D65"].copy().align(shape)
    xyz = colour.sRGB_to_XYZ(colours / 255)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # colour-science's notes about its shapes and domain
        theirs = np.array(
            [colour.XYZ_to_sd(v, method="Jakob 2019", cmfs=cmfs, illuminant=light).values for v in xyz]
        )
    # the curves part most in the deep red of the screen blue, where the eye sees little
    assert np.abs(ours - theirs)[:, WAVELENGTHS_NM <= 600].max() < 0.01
    assert np.abs(ours - theirs).max() < 0.06
    for light_name, limit in (("D65", 0.2), ("A", 0.3), ("F11", 0.3)):
        difference = delta_e_ciede2000(
            reflectance_to_lab(ours, light_name), reflectance_to_lab(theirs, light_name)
        )
        assert float(np.max(difference)) < limit, light_name


@pytest.mark.parametrize(
    "bad", [np.zeros((2, 3)), np.zeros((3,), dtype=np.uint8), np.zeros((2, 4), dtype=np.uint8), [[1, 2, 3]]]
)
def test_bad_colours_are_refused(bad):
    if isinstance(bad, list):  # a plain list of ints is fine
        assert recover_reflectance(bad).shape == (1, 31)
        return
    with pytest.raises(ValueError, match=r"srgb must be 8-bit colours of shape \(n, 3\)"):
        recover_reflectance(bad)
