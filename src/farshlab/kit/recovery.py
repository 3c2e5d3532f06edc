"""
A plausible reflectance for each colour of a chart: what the chart's screen colour would be as dyed wool.

A chart's colours are sRGB screen colours (D65, 2° observer); a dye recipe is judged on wool under
D65 with the 10° observer, and for metamerism under A and F11. Between the two there must be a
**spectrum**: the colour-science library recovers one from a colour (``colour.XYZ_to_sd``). The kit
uses its Jakob & Hanika (2019) model, ``colour.recovery.sd_Jakob2019``: the smoothest kind of curve,
R(λ) = ½ + U / (2 √(1 + U²)) with U a quadratic in λ, as dyed and printed materials show.

The three coefficients of each colour are found so that the curve gives exactly the colour's XYZ under
D65/2° in farshlab's own colorimetry (ASTM E308 weights, :mod:`farshlab.dye.spectra`; the sRGB white
scaled onto that table's white, as :func:`farshlab.dye.reflectance_to_hex` does the other way, so the
curve's screen colour is the chart's colour again). They are solved for all colours at once
(:func:`farshlab.kit._solve.least_squares_batch`), stepping from a flat grey towards each colour as
colour-science's ``find_coefficients_Jakob2019`` does one colour at a time — about 100 times faster
for a chart's 60 colours; ``colour.XYZ_to_sd(..., method="Jakob 2019")`` gives the same curves
within its own stopping error (ΔE76 0.023, tests/kit).

Functions
---------
recover_reflectance
    Reflectance spectra (400–700 nm, 10 nm) of 8-bit sRGB colours.

References
----------
Jakob & Hanika, "A Low-Dimensional Function Space for Efficient Spectral Upsampling", *Computer
Graphics Forum* 38(2), 2019; colour-science 0.4 (Mansencal et al.), ``colour.recovery``; ASTM E308;
IEC 61966-2-1 (sRGB).

Examples
--------
>>> import numpy as np
>>> from farshlab.dye import reflectance_to_hex
>>> curves = recover_reflectance(np.array([[200, 76, 51], [31, 42, 68]], dtype=np.uint8))
>>> curves.shape, reflectance_to_hex(curves).tolist()
((2, 31), ['#c84c33', '#1f2a44'])
"""

from __future__ import annotations

import colour
import numpy as np
from colour.recovery import sd_Jakob2019
from colour.recovery.jakob2019 import dimensionalise_coefficients

from farshlab.colour import D65_WHITE_XYZ, linear_rgb_to_xyz, srgb_to_linear
from farshlab.dye import WAVELENGTHS_NM, tristimulus_weights, white_xyz
from farshlab.kit._solve import least_squares_batch

__all__ = ["LOWEST_REFLECTANCE", "recover_reflectance"]

LOWEST_REFLECTANCE = 1e-6
"""The darkest reflectance kept (black's curve tends to 0, which Kubelka–Munk cannot take)."""

_SHAPE = colour.SpectralShape(float(WAVELENGTHS_NM[0]), float(WAVELENGTHS_NM[-1]), 10.0)
_X = (WAVELENGTHS_NM - WAVELENGTHS_NM[0]) / (WAVELENGTHS_NM[-1] - WAVELENGTHS_NM[0])
_BASIS = np.stack([_X**2, _X, np.ones_like(_X)], axis=1)  # U = c₀x² + c₁x + c₂, x = 0 … 1 over 400–700 nm
_STEPS = 6  # from grey to the colour in this many steps


def _curves(coefficients: np.ndarray) -> np.ndarray:
    """Jakob–Hanika curves of dimensionless coefficients, shape (..., 31)."""
    u = coefficients @ _BASIS.T
    return 0.5 + u / (2 * np.sqrt(1 + u * u))


def recover_reflectance(srgb) -> np.ndarray:
    """
    Reflectance curves (0–1, 400–700 nm every 10 nm) whose colour under D65/2° is each sRGB colour.

    Parameters
    ----------
    srgb : array_like, shape (n, 3)
        8-bit sRGB colours (0–255), e.g. a legend's ``srgb``.

    Returns
    -------
    numpy.ndarray, shape (n, 31)
        One curve per colour, every value in [1e-6, 1] (:data:`LOWEST_REFLECTANCE`).

    Examples
    --------
    White, black and a mid grey:

    >>> import numpy as np
    >>> curves = recover_reflectance(np.array([[255, 255, 255], [0, 0, 0], [119, 119, 119]], np.uint8))
    >>> curves.min(axis=1).round(3).tolist(), curves.max(axis=1).round(3).tolist()
    ([1.0, 0.0, 0.184], [1.0, 0.0, 0.184])
    """
    rgb = np.asarray(srgb)
    if rgb.ndim != 2 or rgb.shape[1] != 3 or rgb.dtype.kind not in "iu":
        raise ValueError(f"srgb must be 8-bit colours of shape (n, 3), got shape {rgb.shape} of {rgb.dtype}")
    weights = tristimulus_weights("D65", 2)
    white = white_xyz("D65", 2)
    white_xy = colour.XYZ_to_xy(white)
    wanted = linear_rgb_to_xyz(srgb_to_linear(rgb)) * (white / D65_WHITE_XYZ)
    grey = 0.5 * white
    coefficients = np.zeros((len(rgb), 3))
    for step in range(1, _STEPS + 1):
        aim = np.asarray(colour.XYZ_to_Lab(grey + (wanted - grey) * step / _STEPS, white_xy))

        def residuals(c, rows, aim=aim):
            return np.asarray(colour.XYZ_to_Lab(_curves(c) @ weights, white_xy)) - aim[rows]

        coefficients, _ = least_squares_batch(
            residuals, coefficients, -np.inf, np.inf, tolerance=1e-16 if step == _STEPS else 1e-6
        )
    dimensionful = np.asarray(dimensionalise_coefficients(coefficients, _SHAPE)).reshape(3, -1).T
    curves = np.array([sd_Jakob2019(c, _SHAPE).values for c in dimensionful])
    return np.clip(curves.reshape(len(rgb), WAVELENGTHS_NM.size), LOWEST_REFLECTANCE, 1.0)
