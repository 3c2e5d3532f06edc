"""
Reflectance spectra → CIE XYZ → CIELAB under a chosen illuminant and observer, and → a screen colour.

The convention (one, stated once)
---------------------------------
- Spectra: reflectance 0–1 at :data:`WAVELENGTHS_NM`, 400–700 nm every 10 nm (31 values), what
  textile spectrophotometers report.
- Tristimulus values: colour-science's ``colour.msds_to_XYZ`` / ``colour.sd_to_XYZ`` with its default
  method, ASTM E308 (tables of weighting factors for 10 nm data; values outside 400–700 nm are
  extrapolated as constant). Because that sum is linear in R, farshlab works out the 31 × 3 weights once
  per illuminant and observer (:func:`tristimulus_weights`) and multiplies; a test checks the result
  equals ``colour.sd_to_XYZ`` to 1e-10. The colour-matching functions and illuminant are taken over
  360–780 nm; for spectra measured over 400–700 nm ASTM E308 adds the weights of the missing
  wavelengths to the first and last ones. XYZ is scaled so that a perfect white has Y = 1.
- Illuminant and observer for dye work: **D65 with the CIE 1964 10° observer** (the textile
  practice, large samples), with A (tungsten) and F11 (a three-band shop fluorescent, colour-science's
  ``FL11``) for checking metamerism. The 1931 2° observer is available (``observer=2``).
- CIELAB: ``colour.XYZ_to_Lab`` with the white being the perfect reflector under the same illuminant
  and observer (so R = 1 everywhere gives L* = 100, a* = b* = 0 under every light).
- Screen colour of a dyeing (:func:`reflectance_to_hex`): XYZ under D65/2° (sRGB is defined for the 2°
  observer) → sRGB by :mod:`farshlab.colour` (IEC 61966-2-1), clipped to what a screen shows. Under
  another light the XYZ is first adapted to D65 (von Kries with the CAT02 matrix, colour-science), so
  the swatch shows what an eye adapted to that light sees.

Functions
---------
tristimulus_weights, white_xyz
    The 31 × 3 weights and the white of an illuminant and observer.
reflectance_to_xyz, xyz_to_lab, reflectance_to_lab
    Spectra to XYZ (white Y = 1) and CIELAB.
reflectance_to_hex
    A dyeing's colour on screen, as "#rrggbb".

References
----------
CIE 15:2004 *Colorimetry*; ASTM E308-18 *Standard Practice for Computing the Colors of Objects by
Using the CIE System*; colour-science 0.4 (Mansencal et al.); Li et al., CAT02, CIECAM02 (CIE 159:2004).

Examples
--------
>>> import numpy as np
>>> bool(np.allclose(reflectance_to_lab(np.ones(31)), [100, 0, 0], atol=1e-9))
True
>>> reflectance_to_hex(np.full(31, 0.18))
'#767676'
"""

from __future__ import annotations

import warnings
from functools import cache

import colour
import numpy as np

from farshlab.colour import D65_WHITE_XYZ, linear_to_srgb, srgb_to_hex, xyz_to_linear_rgb
from farshlab.dye._checks import spectra, words

__all__ = [
    "ILLUMINANTS",
    "OBSERVERS",
    "WAVELENGTHS_NM",
    "colour_matching_functions",
    "reflectance_to_hex",
    "reflectance_to_lab",
    "reflectance_to_xyz",
    "tristimulus_weights",
    "white_xyz",
    "xyz_to_lab",
]

WAVELENGTHS_NM = np.arange(400, 701, 10)
"""The wavelengths of every spectrum in farshlab.dye: 400, 410, …, 700 nm."""

ILLUMINANTS = {"D65": "D65", "A": "A", "F11": "FL11"}
"""farshlab's illuminant names → colour-science's: daylight D65, tungsten A, shop fluorescent F11."""

OBSERVERS = {10: "CIE 1964 10 Degree Standard Observer", 2: "CIE 1931 2 Degree Standard Observer"}
"""Observer field size in degrees → colour-science's colour-matching functions."""


def _check_light(illuminant, observer) -> tuple[str, int]:
    if illuminant not in ILLUMINANTS:
        raise ValueError(words("dye.error.illuminant", names=sorted(ILLUMINANTS), value=repr(illuminant)))
    if isinstance(observer, bool) or observer not in OBSERVERS:
        raise ValueError(words("dye.error.observer", value=repr(observer)))
    return illuminant, int(observer)


def colour_matching_functions(illuminant: str = "D65", observer: int = 10):
    """
    colour-science's colour-matching functions and the illuminant aligned to their wavelengths.

    Both over 360–780 nm every 1 nm; colour-science would align the illuminant itself, with a warning.

    Examples
    --------
    >>> cmfs, light = colour_matching_functions("A", 10)
    >>> cmfs.shape == light.shape
    True
    """
    illuminant, observer = _check_light(illuminant, observer)
    shape = colour.SPECTRAL_SHAPE_DEFAULT  # 360–780 nm every 1 nm, the range ASTM E308 works on
    cmfs = colour.colorimetry.reshape_msds(colour.MSDS_CMFS[OBSERVERS[observer]], shape)
    return cmfs, colour.colorimetry.reshape_sd(colour.SDS_ILLUMINANTS[ILLUMINANTS[illuminant]], shape)


@cache
def _weights(illuminant: str, observer: int) -> np.ndarray:
    basis = colour.MultiSpectralDistributions(np.eye(WAVELENGTHS_NM.size), WAVELENGTHS_NM)
    cmfs, light = colour_matching_functions(illuminant, observer)
    with warnings.catch_warnings():
        # colour-science announces that it works on the 400–700 nm range of the spectra and adds the
        # weights outside it to the end wavelengths: ASTM E308's own rule for spectra measured over a
        # shorter range. The notices are expected here (tests compare with colour.sd_to_XYZ).
        warnings.simplefilter("ignore", colour.utilities.ColourRuntimeWarning)
        weights = colour.msds_to_XYZ(basis, cmfs, light)
    weights = np.asarray(weights, dtype=float) / 100.0
    weights.setflags(write=False)
    return weights


def tristimulus_weights(illuminant: str = "D65", observer: int = 10) -> np.ndarray:
    """
    The weights W (31 × 3) with XYZ = R @ W for a reflectance spectrum R (white Y = 1).

    Parameters
    ----------
    illuminant : {"D65", "A", "F11"}
        The light.
    observer : {10, 2}
        Field of view of the standard observer, degrees.

    Returns
    -------
    numpy.ndarray, shape (31, 3), read-only

    Examples
    --------
    >>> round(float(tristimulus_weights("D65", 10)[:, 1].sum()), 6)
    1.0
    """
    return _weights(*_check_light(illuminant, observer))


def white_xyz(illuminant: str = "D65", observer: int = 10) -> np.ndarray:
    """
    XYZ of the perfect white (R = 1 at every wavelength) under the light: the CIELAB white.

    Examples
    --------
    >>> white_xyz("D65", 10).round(4).tolist()
    [0.9481, 1.0, 1.073]
    """
    return tristimulus_weights(illuminant, observer).sum(axis=0)


def reflectance_to_xyz(reflectance, illuminant: str = "D65", observer: int = 10) -> np.ndarray:
    """
    CIE XYZ (white Y = 1) of reflectance spectra.

    Parameters
    ----------
    reflectance : array_like, shape (..., 31)
        Reflectance 0–1 (0 excluded) at 400–700 nm every 10 nm.
    illuminant, observer
        As in :func:`tristimulus_weights`.

    Returns
    -------
    numpy.ndarray, shape (..., 3)

    Examples
    --------
    >>> round(float(reflectance_to_xyz(np.full(31, 0.5))[1]), 6)
    0.5
    """
    return spectra("reflectance", reflectance) @ tristimulus_weights(illuminant, observer)


def xyz_to_lab(xyz, illuminant: str = "D65", observer: int = 10) -> np.ndarray:
    """
    CIELAB of XYZ (white Y = 1) relative to the perfect white under the same light and observer.

    Examples
    --------
    >>> lab = xyz_to_lab(white_xyz("A", 10), "A", 10)
    >>> bool(np.allclose(lab, [100, 0, 0], atol=1e-9))
    True
    """
    return _lab(np.asarray(xyz, dtype=float), _white_xy(*_check_light(illuminant, observer)))


@cache
def _white_xy(illuminant: str, observer: int) -> np.ndarray:
    return np.asarray(colour.XYZ_to_xy(_weights(illuminant, observer).sum(axis=0)), dtype=float)


def _lab(xyz: np.ndarray, white_xy: np.ndarray) -> np.ndarray:
    """colour-science's XYZ → CIELAB (white Y = 1), for callers that checked the light already."""
    return np.asarray(colour.XYZ_to_Lab(xyz, white_xy), dtype=float)


def reflectance_to_lab(reflectance, illuminant: str = "D65", observer: int = 10) -> np.ndarray:
    """
    CIELAB (L* 0–100) of reflectance spectra under a light, D65/10° by default.

    Parameters
    ----------
    reflectance : array_like, shape (..., 31)
        Reflectance 0–1 at 400–700 nm every 10 nm.
    illuminant : {"D65", "A", "F11"}
    observer : {10, 2}

    Returns
    -------
    numpy.ndarray, shape (..., 3)

    Examples
    --------
    A flat grey reflecting 18 % at every wavelength: lightness 49.5, and no hue (a* = b* = 0):

    >>> lab = reflectance_to_lab(np.full(31, 0.18))
    >>> round(float(lab[0]), 2)
    49.5
    >>> bool(np.allclose(lab[1:], 0, atol=1e-9))
    True
    """
    return xyz_to_lab(reflectance_to_xyz(reflectance, illuminant, observer), illuminant, observer)


def reflectance_to_hex(reflectance, illuminant: str = "D65"):
    """
    The colour of a dyeing on a screen, "#rrggbb", as seen by an eye adapted to ``illuminant``.

    XYZ under the light with the 2° observer, adapted to D65 (CAT02 von Kries) when the light is not
    D65, then sRGB by :mod:`farshlab.colour`, clipped to what a screen can show.

    Parameters
    ----------
    reflectance : array_like, shape (..., 31)
    illuminant : {"D65", "A", "F11"}

    Returns
    -------
    str or numpy.ndarray of str

    Examples
    --------
    >>> reflectance_to_hex(np.ones(31)), reflectance_to_hex(np.ones(31), "A")
    ('#ffffff', '#ffffff')
    """
    xyz = reflectance_to_xyz(reflectance, illuminant, 2)
    if illuminant != "D65":
        xyz = colour.chromatic_adaptation(
            xyz, white_xyz(illuminant, 2), white_xyz("D65", 2), method="Von Kries", transform="CAT02"
        )
    # the ASTM E308 D65/2° white differs from sRGB's in the 4th digit: scale it onto sRGB's white
    xyz = np.asarray(xyz) * (D65_WHITE_XYZ / white_xyz("D65", 2))
    linear = np.clip(xyz_to_linear_rgb(xyz), 0.0, 1.0)
    return srgb_to_hex(np.clip(linear_to_srgb(linear), 0.0, 1.0))
