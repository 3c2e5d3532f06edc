"""
Colour conversions: hex ↔ sRGB ↔ linear RGB ↔ CIE XYZ ↔ CIELAB ↔ LCh, under D65 and the 2° observer.

Every function works on arrays of any shape ``(..., 3)`` (one colour per last axis) and returns
an array of the same leading shape. Bad input (wrong shape, NaN or inf, values out of range,
strings where numbers are expected) raises a ``ValueError`` that names the parameter.

The convention (one, stated once)
---------------------------------
- **sRGB** as defined by IEC 61966-2-1:1999: the piecewise transfer function (linear below
  0.04045, a 2.4 power above) and the standard's 4-digit RGB → XYZ matrix
  :data:`SRGB_TO_XYZ_MATRIX`.
- **Reference white** for CIELAB: :data:`D65_WHITE_XYZ` = (0.9505, 1.0000, 1.0890), the D65
  white the same standard gives (the sum of the matrix's rows). With it sRGB white ``#ffffff`` is
  exactly L* = 100, a* = b* = 0, as a trainee expects. colour-science instead derives the white
  from the chromaticity x = 0.3127, y = 0.3290 (X = 0.95046, Z = 1.08906); the two conventions
  differ by at most about 0.015 ΔE00 on sRGB colours (measured in ``tests/colour/test_convert.py``).
  Tests compare with colour-science given this same white, to 1e-10.
- **CIELAB** as in CIE 15:2004 (ε = 216/24389, κ = 24389/27), L* 0–100.
- **XYZ** is scaled so that the white has Y = 1 (not 100).

Integer or float input — the rule
---------------------------------
The **dtype** decides the scale, never the values: arrays (or lists) of integers are 8-bit sRGB
0–255; arrays of floats are sRGB 0–1. ``[255, 128, 0]`` is orange; ``[1.0, 0.5, 0.0]`` is the same
orange; ``[255.0, 128.0, 0.0]`` is rejected (floats above 1), with a hint to use integers. Values
outside the range, booleans, NaN and inf are rejected, never clipped.

Functions
---------
hex_to_srgb, srgb_to_hex
    ``"#rrggbb"`` text ↔ 8-bit sRGB (uint8 0–255).
srgb_to_float
    sRGB of either scale as floats 0–1 (the integer/float rule above).
srgb_to_linear, linear_to_srgb
    The sRGB transfer function ("linearise") and its inverse.
linear_rgb_to_xyz, xyz_to_linear_rgb
    The 3 × 3 matrix step.
xyz_to_lab, lab_to_xyz
    The CIELAB step, with ``f(t)`` (a cube root with a straight segment near black).
srgb_to_lab, lab_to_srgb
    The whole chain in one call.
lab_to_lch
    Lightness, chroma C*ab and hue angle h_ab (degrees 0–360).

References
----------
IEC 61966-2-1:1999, *Multimedia systems and equipment — Colour measurement and management —
Part 2-1: Default RGB colour space — sRGB*. CIE 15:2004, *Colorimetry*, 3rd ed.

Examples
--------
>>> srgb_to_lab([255, 255, 255]).round(6) + 0.0
array([100.,   0.,   0.])
>>> srgb_to_lab(hex_to_srgb("#b3261e")).round(2)
array([39.69, 54.95, 40.45])
"""

from __future__ import annotations

import numpy as np

from farshlab.checks import words

__all__ = [
    "D65_WHITE_XYZ",
    "SRGB_TO_XYZ_MATRIX",
    "XYZ_TO_SRGB_MATRIX",
    "hex_to_srgb",
    "lab_to_lch",
    "lab_to_srgb",
    "lab_to_xyz",
    "linear_rgb_to_xyz",
    "linear_to_srgb",
    "srgb_to_float",
    "srgb_to_hex",
    "srgb_to_lab",
    "srgb_to_linear",
    "xyz_to_lab",
    "xyz_to_linear_rgb",
]

SRGB_TO_XYZ_MATRIX = np.array(
    [
        [0.4124, 0.3576, 0.1805],
        [0.2126, 0.7152, 0.0722],
        [0.0193, 0.1192, 0.9505],
    ]
)
"""Linear sRGB (0–1) → XYZ (white Y = 1), the matrix of IEC 61966-2-1."""

XYZ_TO_SRGB_MATRIX = np.linalg.inv(SRGB_TO_XYZ_MATRIX)
"""XYZ → linear sRGB: the exact inverse of :data:`SRGB_TO_XYZ_MATRIX`."""

D65_WHITE_XYZ = SRGB_TO_XYZ_MATRIX.sum(axis=1)
"""CIELAB reference white, D65 / 2° as IEC 61966-2-1 gives it: (0.9505, 1.0000, 1.0890)."""

_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
_EPSILON = 216 / 24389  # (6/29)**3: below this, f(t) is a straight line (CIE 15:2004)
_KAPPA = 24389 / 27  # slope of the straight segment, in L* units


def _triplets(values, name: str) -> np.ndarray:
    """Return ``values`` as an array of shape (..., 3), after checking shape and kind."""
    array = np.asarray(values)
    if array.dtype.kind in "OUS":
        raise ValueError(words("colour.error.not_numbers", name=name, dtype=array.dtype))
    if array.dtype.kind in "bc":
        raise ValueError(words("colour.error.not_real", name=name, dtype=array.dtype))
    if array.ndim == 0 or array.shape[-1] != 3:
        raise ValueError(words("colour.error.triplets", name=name, shape=array.shape))
    return array


def _finite_floats(values, name: str) -> np.ndarray:
    """Return ``values`` as a float array of shape (..., 3) with no NaN or inf."""
    array = _triplets(values, name).astype(float)
    if not np.isfinite(array).all():
        raise ValueError(words("colour.error.not_finite", name=name))
    return array


def _check_8bit(array: np.ndarray) -> None:
    """Raise unless the integer array holds 8-bit values 0–255."""
    if array.size and (array.min() < 0 or array.max() > 255):
        raise ValueError(words("colour.error.not_8bit", low=array.min(), high=array.max()))


def hex_to_srgb(hex_colour) -> np.ndarray:
    """
    Read ``"#rrggbb"`` colour text as 8-bit sRGB.

    Parameters
    ----------
    hex_colour : str or array_like of str
        Six hexadecimal digits, with or without a leading ``#``, upper or lower case; or an
        array of such texts of any shape.

    Returns
    -------
    numpy.ndarray
        uint8 values 0–255, shape ``(3,)`` for one text or ``(..., 3)`` for an array of texts.

    Raises
    ------
    ValueError
        If a text is not six hexadecimal digits.

    Examples
    --------
    >>> hex_to_srgb("#B3261E")
    array([179,  38,  30], dtype=uint8)
    >>> hex_to_srgb(["#000000", "ffffff"]).tolist()
    [[0, 0, 0], [255, 255, 255]]
    """
    texts = np.asarray(hex_colour, dtype=object)
    flat = texts.ravel()
    out = np.empty((flat.size, 3), dtype=np.uint8)
    for index, text in enumerate(flat):
        digits = text.removeprefix("#") if isinstance(text, str) else ""
        if len(digits) != 6 or not all(c in _HEX_DIGITS for c in digits):
            raise ValueError(words("colour.error.hex", value=repr(text)))
        out[index] = list(bytes.fromhex(digits))
    return out.reshape((*texts.shape, 3))


def srgb_to_float(rgb) -> np.ndarray:
    """
    Return sRGB colours as floats 0–1, following the integer/float rule.

    Parameters
    ----------
    rgb : array_like, shape (..., 3)
        Integers 0–255 (8-bit sRGB) or floats 0–1. The dtype decides which, not the values.

    Returns
    -------
    numpy.ndarray
        float64 sRGB values 0–1 (still gamma-encoded), same shape.

    Raises
    ------
    ValueError
        Wrong shape, non-numbers, NaN or inf, integers outside 0–255, floats outside 0–1.

    Examples
    --------
    >>> srgb_to_float([255, 51, 0])
    array([1. , 0.2, 0. ])
    >>> srgb_to_float([1.0, 0.2, 0.0])
    array([1. , 0.2, 0. ])
    """
    array = _triplets(rgb, "rgb")
    if array.dtype.kind in "iu":
        _check_8bit(array)
        return array / 255.0
    array = _finite_floats(array, "rgb")
    if array.size and (array.min() < 0 or array.max() > 1):
        hint = (
            words("colour.error.floats_hint")
            if array.max() <= 255 and np.all(array == np.round(array))
            else ""
        )
        raise ValueError(words("colour.error.floats", low=array.min(), high=array.max(), hint=hint))
    return array


def srgb_to_hex(rgb) -> str | np.ndarray:
    """
    Write sRGB colours as ``"#rrggbb"`` text.

    Parameters
    ----------
    rgb : array_like, shape (..., 3)
        Integers 0–255 or floats 0–1 (floats are rounded to the nearest 8-bit step).

    Returns
    -------
    str or numpy.ndarray
        One lower-case text for one colour (shape ``(3,)``); otherwise an array of texts of
        shape ``rgb.shape[:-1]``.

    Examples
    --------
    >>> srgb_to_hex([179, 38, 30])
    '#b3261e'
    >>> srgb_to_hex([[1.0, 1.0, 1.0], [0.0, 0.5, 0.0]]).tolist()
    ['#ffffff', '#008000']
    """
    eight_bit = np.round(srgb_to_float(rgb) * 255).astype(int)
    texts = np.array(
        [f"#{r:02x}{g:02x}{b:02x}" for r, g, b in eight_bit.reshape(-1, 3).tolist()], dtype="<U7"
    ).reshape(eight_bit.shape[:-1])
    return str(texts) if texts.ndim == 0 else texts


def _decode(encoded: np.ndarray) -> np.ndarray:
    """The sRGB transfer function on floats 0–1 (IEC 61966-2-1 §5.2)."""
    return np.where(encoded <= 0.04045, encoded / 12.92, ((encoded + 0.055) / 1.055) ** 2.4)


_DECODE_8BIT = _decode(np.arange(256) / 255.0)  # the same formula, looked up for 8-bit input


def srgb_to_linear(rgb) -> np.ndarray:
    """
    Linearise sRGB: undo the gamma encoding, giving light intensities 0–1.

    In words: small values are divided by 12.92; the others are raised to the power 2.4 after
    ``(c + 0.055) / 1.055``. The sRGB numbers a screen uses are not proportional to light; linear
    values are, so they can be mixed and fed to the XYZ matrix.

    Parameters
    ----------
    rgb : array_like, shape (..., 3)
        Integers 0–255 or floats 0–1 (see the module's integer/float rule).

    Returns
    -------
    numpy.ndarray
        Linear RGB, floats 0–1, same shape.

    Examples
    --------
    >>> srgb_to_linear([255, 128, 0]).round(4)
    array([1.    , 0.2159, 0.    ])
    """
    array = _triplets(rgb, "rgb")
    if array.dtype.kind in "iu":
        _check_8bit(array)
        return _DECODE_8BIT[array]
    return _decode(srgb_to_float(array))


def linear_to_srgb(linear) -> np.ndarray:
    """
    Gamma-encode linear RGB into sRGB floats 0–1 (the inverse of :func:`srgb_to_linear`).

    Parameters
    ----------
    linear : array_like, shape (..., 3)
        Linear RGB; values outside 0–1 (colours no screen shows) are encoded as they are, with
        the curve mirrored for negative values.

    Returns
    -------
    numpy.ndarray
        sRGB floats (0–1 for displayable colours), same shape.

    Examples
    --------
    >>> linear_to_srgb([1.0, 0.2158605, 0.0]).round(4)
    array([1.   , 0.502, 0.   ])
    """
    values = _finite_floats(linear, "linear")
    magnitude = np.abs(values)
    encoded = np.where(magnitude <= 0.0031308, 12.92 * magnitude, 1.055 * magnitude ** (1 / 2.4) - 0.055)
    return np.copysign(encoded, values)


def linear_rgb_to_xyz(linear) -> np.ndarray:
    """
    Multiply linear sRGB by :data:`SRGB_TO_XYZ_MATRIX`, giving CIE XYZ (white Y = 1).

    Parameters
    ----------
    linear : array_like, shape (..., 3)
        Linear RGB values (0–1 for colours a screen shows).

    Returns
    -------
    numpy.ndarray
        X, Y, Z, same shape.

    Examples
    --------
    >>> linear_rgb_to_xyz([1.0, 1.0, 1.0])
    array([0.9505, 1.    , 1.089 ])
    """
    return _finite_floats(linear, "linear") @ SRGB_TO_XYZ_MATRIX.T


def xyz_to_linear_rgb(xyz) -> np.ndarray:
    """
    Multiply CIE XYZ (white Y = 1) by :data:`XYZ_TO_SRGB_MATRIX`, giving linear sRGB.

    Examples
    --------
    >>> xyz_to_linear_rgb([0.9505, 1.0, 1.089]).round(12) + 0.0
    array([1., 1., 1.])
    """
    return _finite_floats(xyz, "xyz") @ XYZ_TO_SRGB_MATRIX.T


def _f(t: np.ndarray) -> np.ndarray:
    """CIELAB's f(t): the cube root, with a straight segment for very dark colours."""
    return np.where(t > _EPSILON, np.cbrt(t), (_KAPPA * t + 16) / 116)


def xyz_to_lab(xyz) -> np.ndarray:
    """
    Convert CIE XYZ (white Y = 1) to CIELAB under :data:`D65_WHITE_XYZ`.

    In words: divide X, Y, Z by the white's; pass each ratio t through ``f(t)`` (the cube root,
    or ``(κ t + 16) / 116`` when t ≤ ε = 216/24389); then L* = 116 f(Y) − 16,
    a* = 500 (f(X) − f(Y)), b* = 200 (f(Y) − f(Z)).

    Parameters
    ----------
    xyz : array_like, shape (..., 3)
        X, Y, Z, not negative.

    Returns
    -------
    numpy.ndarray
        L* (0–100), a*, b*, same shape.

    Examples
    --------
    >>> xyz_to_lab([0.9505, 1.0, 1.089]).round(9) + 0.0
    array([100.,   0.,   0.])
    """
    values = _finite_floats(xyz, "xyz")
    if values.size and values.min() < 0:
        raise ValueError(words("colour.error.xyz_negative", value=values.min()))
    fx, fy, fz = np.moveaxis(_f(values / D65_WHITE_XYZ), -1, 0)
    return np.stack([116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)], axis=-1)


def lab_to_xyz(lab) -> np.ndarray:
    """
    Convert CIELAB under :data:`D65_WHITE_XYZ` back to CIE XYZ (white Y = 1).

    Examples
    --------
    >>> lab_to_xyz([100.0, 0.0, 0.0])
    array([0.9505, 1.    , 1.089 ])
    """
    values = _finite_floats(lab, "lab")
    fy = (values[..., 0] + 16) / 116
    f = np.stack([fy + values[..., 1] / 500, fy, fy - values[..., 2] / 200], axis=-1)
    t = np.where(f**3 > _EPSILON, f**3, (116 * f - 16) / _KAPPA)
    return t * D65_WHITE_XYZ


def srgb_to_lab(rgb) -> np.ndarray:
    """
    Convert sRGB colours to CIELAB (D65/2°, this module's convention).

    The chain: :func:`srgb_to_linear` → :func:`linear_rgb_to_xyz` → :func:`xyz_to_lab`.

    Parameters
    ----------
    rgb : array_like, shape (..., 3)
        Integers 0–255 (e.g. uint8 image pixels) or floats 0–1; the dtype decides which.

    Returns
    -------
    numpy.ndarray
        L* (0–100), a*, b* as float64, shape ``rgb.shape``.

    Raises
    ------
    ValueError
        Wrong shape, NaN or inf, values outside 0–255 (integers) or 0–1 (floats).

    Examples
    --------
    >>> srgb_to_lab([0, 0, 0]) + 0.0
    array([0., 0., 0.])
    >>> srgb_to_lab(np.array([[30, 58, 104]], dtype=np.uint8)).round(2)
    array([[ 24.64,   6.32, -30.11]])
    """
    return xyz_to_lab(linear_rgb_to_xyz(srgb_to_linear(rgb)))


def lab_to_srgb(lab, clip: bool = True) -> np.ndarray:
    """
    Convert CIELAB back to sRGB floats 0–1.

    Parameters
    ----------
    lab : array_like, shape (..., 3)
        L*, a*, b*.
    clip : bool
        Lab colours outside what a screen can show give sRGB values below 0 or above 1; with
        ``clip=True`` (default) they are clipped to 0–1, with ``False`` they are returned as
        they are.

    Returns
    -------
    numpy.ndarray
        sRGB floats, same shape; :func:`srgb_to_hex` writes them as text.

    Examples
    --------
    >>> srgb_to_hex(lab_to_srgb([39.69, 54.95, 40.45]))
    '#b3261e'
    """
    encoded = linear_to_srgb(xyz_to_linear_rgb(lab_to_xyz(lab)))
    return np.clip(encoded, 0.0, 1.0) if clip else encoded


def lab_to_lch(lab) -> np.ndarray:
    """
    Lightness, chroma and hue angle of CIELAB colours.

    Chroma C*ab = √(a*² + b*²) is how strong (far from grey) a colour is; the hue angle
    h_ab = atan2(b*, a*) in degrees 0–360 says which colour it is. The axes are not the screen's
    colours: +a* (0°) is a purplish red, +b* (90°) a greenish yellow, −a* (180°) a blue-green and
    −b* (270°) a blue; the sRGB primaries and secondaries sit at about red 40°, yellow 103°,
    green 136°, cyan 196°, blue 306° and magenta 328°. A grey (a* = b* = 0) gets hue 0.

    Parameters
    ----------
    lab : array_like, shape (..., 3)

    Returns
    -------
    numpy.ndarray
        L*, C*ab, h_ab (degrees), same shape.

    Examples
    --------
    >>> lab_to_lch([50.0, 3.0, 4.0])
    array([50.        ,  5.        , 53.13010235])
    >>> lab_to_lch([50.0, 0.0, -2.0])
    array([ 50.,   2., 270.])
    >>> [round(float(lab_to_lch(srgb_to_lab(c))[2])) for c in ([255, 255, 0], [0, 0, 255])]
    [103, 306]
    """
    values = _finite_floats(lab, "lab")
    chroma = np.hypot(values[..., 1], values[..., 2])
    hue = np.degrees(np.arctan2(values[..., 2], values[..., 1])) % 360
    return np.stack([values[..., 0], chroma, hue], axis=-1)
