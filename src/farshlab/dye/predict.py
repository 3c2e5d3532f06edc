"""
Shade prediction: what colour will a recipe give on this wool?

A recipe is a mapping dye name → % owf. Its K/S at each wavelength is the substrate's plus each dye's
cᵢ · kᵢ(cᵢ) (unit K/S interpolated at that depth, :mod:`farshlab.dye.kubelka_munk`); the reflectance
follows from the Kubelka–Munk inverse, and CIELAB from :mod:`farshlab.dye.spectra` (D65/10° by
default).

Functions
---------
check_recipe
    A recipe's dye names and % owf, checked against a dye set.
predict_ks, predict_reflectance, predict_lab
    K/S, reflectance (0–1) and CIELAB of a recipe.

Classes
-------
OutsideCalibrationWarning
    A recipe deeper than the deepest calibration dyeing of a dye (the prediction extrapolates).

References
----------
Broadbent, *Basic Principles of Textile Coloration*, SDC 2001; Allen, *JOSA* 56:1256, 1966.

Examples
--------
>>> from farshlab.dye import load_dye_set
>>> dyes = load_dye_set()
>>> predict_lab(dyes, {"Acid Yellow (synthetic)": 1.0, "Acid Blue (synthetic)": 0.5}).round(1).tolist()
[42.9, -27.9, 24.9]
"""

from __future__ import annotations

import math
import numbers
import warnings
from collections.abc import Mapping

import numpy as np

from farshlab.dye._checks import words
from farshlab.dye.dataset import DyeSet
from farshlab.dye.kubelka_munk import CalibratedDye, reflectance_from_ks
from farshlab.dye.recipe import product_name
from farshlab.dye.spectra import reflectance_to_lab

__all__ = ["OutsideCalibrationWarning", "check_recipe", "predict_ks", "predict_lab", "predict_reflectance"]


class OutsideCalibrationWarning(UserWarning):
    """A dye is used deeper than its deepest calibration dyeing: the prediction extrapolates."""


def check_recipe(dye_set: DyeSet, recipe) -> tuple[list[CalibratedDye], np.ndarray]:
    """
    Check a recipe (dye name → % owf) against a dye set.

    Returns the dyes and their % owf as a float array. Raises ``ValueError`` for a recipe that is
    not a mapping, an unknown dye name, or a % owf that is negative, NaN or not a number. Warns
    (:class:`OutsideCalibrationWarning`) when a depth is beyond the dye's deepest calibration dyeing.

    Examples
    --------
    >>> from farshlab.dye import load_dye_set
    >>> dyes, owf = check_recipe(load_dye_set(), {"Acid Red (synthetic)": 0.5})
    >>> dyes[0].name, owf.tolist()
    ('Acid Red (synthetic)', [0.5])
    """
    if not isinstance(dye_set, DyeSet):
        raise ValueError(words("dye.error.dye_set_example", type=type(dye_set).__name__))
    if not isinstance(recipe, Mapping):
        raise ValueError(words("dye.error.recipe_mapping", value=repr(recipe)))
    dyes = dye_set.select(list(recipe)) if recipe else []
    owf = []
    for name, percent in recipe.items():
        if (
            isinstance(percent, bool)
            or not isinstance(percent, numbers.Real)
            or not math.isfinite(percent)
            or percent < 0
        ):
            raise ValueError(words("dye.error.owf", name=repr(name), value=repr(percent)))
        owf.append(float(percent))
    owf = np.array(owf)
    for dye, percent in zip(dyes, owf, strict=True):
        if percent > dye.max_depth_percent * (1 + 1e-9):
            warnings.warn(
                words(
                    "dye.warning.outside_calibration",
                    name=product_name(dye.name),
                    owf=f"{percent:g}",
                    deepest=f"{dye.max_depth_percent:g}",
                ),
                OutsideCalibrationWarning,
                stacklevel=3,
            )
    return dyes, owf


def mixture_ks(substrate_ks: np.ndarray, dyes: list[CalibratedDye], owf: np.ndarray) -> np.ndarray:
    """K/S of mixtures: substrate + Σ cᵢ kᵢ(cᵢ); ``owf`` of shape (..., len(dyes)) → (..., 31)."""
    total = np.broadcast_to(substrate_ks, (*owf.shape[:-1], substrate_ks.size)).copy()
    for index, dye in enumerate(dyes):
        c = owf[..., index]
        total += c[..., None] * dye._unit_ks(c)
    return total


def predict_ks(dye_set: DyeSet, recipe) -> np.ndarray:
    """
    K/S (31 values, 400–700 nm) of a recipe on the dye set's substrate.

    Examples
    --------
    >>> from farshlab.dye import load_dye_set
    >>> dyes = load_dye_set()
    >>> bool(np.allclose(predict_ks(dyes, {}), dyes.substrate_ks))
    True
    """
    dyes, owf = check_recipe(dye_set, recipe)
    return mixture_ks(dye_set.substrate_ks, dyes, owf)


def predict_reflectance(dye_set: DyeSet, recipe) -> np.ndarray:
    """
    Reflectance (0–1, 31 values at 400–700 nm) a recipe is predicted to give.

    Examples
    --------
    >>> from farshlab.dye import load_dye_set
    >>> R = predict_reflectance(load_dye_set(), {"Acid Blue (synthetic)": 1.0})
    >>> int(np.argmin(R)) * 10 + 400
    620
    """
    return reflectance_from_ks(predict_ks(dye_set, recipe))


def predict_lab(dye_set: DyeSet, recipe, illuminant: str = "D65", observer: int = 10) -> np.ndarray:
    """
    CIELAB a recipe is predicted to give, under ``illuminant`` and ``observer`` (D65/10° default).

    Parameters
    ----------
    dye_set : DyeSet
        Substrate and calibrated dyes (:func:`~farshlab.dye.dataset.load_dye_set`).
    recipe : mapping of str to float
        Dye name → % owf (zero or more). An empty recipe is the undyed wool.
    illuminant : {"D65", "A", "F11"}
    observer : {10, 2}

    Returns
    -------
    numpy.ndarray, shape (3,)
        L*, a*, b*.

    Examples
    --------
    >>> from farshlab.dye import load_dye_set
    >>> predict_lab(load_dye_set(), {}).round(1).tolist()
    [90.3, -0.8, 6.4]
    """
    return reflectance_to_lab(predict_reflectance(dye_set, recipe), illuminant, observer)
