"""Spectra → XYZ → CIELAB through colour-science, and the screen colour of a dyeing."""

import colour
import numpy as np
import pytest

from farshlab.colour import delta_e
from farshlab.dye import (
    WAVELENGTHS_NM,
    load_dye_set,
    reflectance_to_hex,
    reflectance_to_lab,
    reflectance_to_xyz,
    tristimulus_weights,
    white_xyz,
)
from farshlab.dye.spectra import colour_matching_functions

np.set_printoptions(legacy=False)  # importing colour-science switches numpy to legacy printing


@pytest.mark.filterwarnings("ignore::colour.utilities.ColourRuntimeWarning")
@pytest.mark.parametrize(("illuminant", "observer"), [("D65", 10), ("A", 10), ("F11", 10), ("D65", 2)])
def test_weights_reproduce_colour_science_sd_to_xyz(illuminant, observer):
    cmfs, light = colour_matching_functions(illuminant, observer)
    rng = np.random.default_rng(4)
    for _ in range(5):
        r = rng.uniform(0.02, 1.0, WAVELENGTHS_NM.size)
        expected = colour.sd_to_XYZ(colour.SpectralDistribution(r, WAVELENGTHS_NM), cmfs, light) / 100
        np.testing.assert_allclose(reflectance_to_xyz(r, illuminant, observer), expected, atol=1e-10)


def test_perfect_white_is_l100_under_every_light():
    for illuminant in ("D65", "A", "F11"):
        np.testing.assert_allclose(reflectance_to_lab(np.ones(31), illuminant), [100, 0, 0], atol=1e-9)
        assert white_xyz(illuminant)[1] == pytest.approx(1.0)


def test_white_points_are_the_published_ones():
    # CIE 15:2004 table T.3, 10° observer: D65 (94.811, 100, 107.304), A (111.144, 100, 35.200);
    # over 400–700 nm the ASTM E308 weights give the same whites to about 0.01
    np.testing.assert_allclose(white_xyz("D65", 10) * 100, [94.811, 100, 107.304], atol=0.02)
    np.testing.assert_allclose(white_xyz("A", 10) * 100, [111.144, 100, 35.200], atol=0.02)
    np.testing.assert_allclose(white_xyz("D65", 2) * 100, [95.047, 100, 108.883], atol=0.05)


def test_a_flat_grey_is_neutral_with_the_cielab_lightness():
    # Y = 0.18 → L* = 116 · 0.18^(1/3) − 16 = 49.496
    lab = reflectance_to_lab(np.full(31, 0.18))
    np.testing.assert_allclose(lab, [49.496, 0, 0], atol=1e-3)


def test_broadcasting_over_many_spectra():
    r = np.full((4, 2, 31), 0.5)
    assert reflectance_to_lab(r).shape == (4, 2, 3)


def test_screen_colour_of_white_grey_and_a_red_dyeing():
    assert reflectance_to_hex(np.ones(31)) == "#ffffff"
    # sRGB of Y = 0.18: 1.055 · 0.18^(1/2.4) − 0.055 = 0.4614 → 118 = 0x76
    assert reflectance_to_hex(np.full(31, 0.18)) == "#767676"
    spectrum = load_dye_set().substrate_reflectance.copy()
    spectrum[8:18] = 0.05  # absorbs 480–570 nm: a red-purple
    code = reflectance_to_hex(spectrum)
    assert int(code[1:3], 16) > int(code[3:5], 16) + 60  # much more red than green


def test_second_light_shifts_the_colour_but_white_stays_white():
    weld_like = np.where(WAVELENGTHS_NM < 480, 0.1, 0.8)
    assert reflectance_to_hex(weld_like, "A") != reflectance_to_hex(weld_like)
    lab_d65, lab_a = reflectance_to_lab(weld_like), reflectance_to_lab(weld_like, "A")
    assert float(delta_e(lab_d65, lab_a)) > 1


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"illuminant": "D50"}, "illuminant must be one of"),
        ({"observer": 5}, "observer must be 10"),
        ({"observer": True}, "observer must be 10"),
    ],
)
def test_bad_light(kwargs, match):
    with pytest.raises(ValueError, match=match):
        reflectance_to_lab(np.ones(31), **kwargs)


def test_bad_spectra():
    with pytest.raises(ValueError, match="31 reflectances per spectrum"):
        reflectance_to_lab(np.ones(30))
    with pytest.raises(ValueError, match="between 0 and 1"):
        reflectance_to_lab(np.r_[np.ones(30), 0.0])
    with pytest.raises(ValueError, match="illuminant"):
        tristimulus_weights("sun")
