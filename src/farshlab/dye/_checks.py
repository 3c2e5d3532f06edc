"""
Input checks shared by the :mod:`farshlab.dye` modules.

The number checks are :mod:`farshlab.carpet`'s (one rule for the whole package:
``ValueError: fibre_g must be a positive number, got -5``); this module adds the checks only dyeing
needs: reflectance spectra and recipes (dye name → % owf).

Functions
---------
positive, non_negative, as_output
    From :mod:`farshlab.checks`.
words
    A catalogue message in the current language (:func:`farshlab.carpet._checks.words`).
reflectance_values
    Reflectance as a float array, every value in (0, 1].
spectra
    Reflectance spectra of shape (..., 31) on farshlab's 400–700 nm grid.
"""

from __future__ import annotations

import numpy as np

from farshlab.carpet._checks import words
from farshlab.checks import as_output, non_negative, positive

__all__ = ["as_output", "non_negative", "positive", "reflectance_values", "spectra", "words"]

N_WAVELENGTHS = 31  # 400–700 nm every 10 nm


def reflectance_values(name: str, value) -> np.ndarray:
    """Return ``value`` as a float array of reflectances, each finite and in (0, 1]."""
    if isinstance(value, bool | str) or value is None:
        raise ValueError(words("dye.error.reflectance", name=name, value=repr(value), hint=""))
    try:
        array = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise ValueError(words("dye.error.reflectance", name=name, value=repr(value), hint="")) from None
    if array.size == 0:
        raise ValueError(words("dye.error.reflectance_empty", name=name))
    bad = ~np.isfinite(array) | (array <= 0) | (array > 1)
    if bad.any():
        first = array[bad].flat[0].item() if array.ndim else value
        hint = words("dye.hint.percent") if 1 < first <= 100 else ""
        raise ValueError(words("dye.error.reflectance", name=name, value=first, hint=hint))
    return array


def spectra(name: str, value) -> np.ndarray:
    """Return reflectance spectra of shape (..., 31): 400–700 nm every 10 nm, values in (0, 1]."""
    array = reflectance_values(name, value)
    if array.ndim == 0 or array.shape[-1] != N_WAVELENGTHS:
        raise ValueError(words("dye.error.spectra", name=name, count=N_WAVELENGTHS, shape=array.shape))
    return array
