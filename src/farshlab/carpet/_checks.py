"""
Input checks shared by the :mod:`farshlab.carpet` modules.

Every public function of the package checks its inputs here, so that a bad value always gives
the same kind of message, naming the parameter in the user's words:
``ValueError: raj must be a positive number, got -5``.

Classes
-------
UnusualDensityWarning
    A knot density far outside what carpets are woven at (10–120 raj).

Functions
---------
positive, non_negative, whole, density
    Check one argument (a number or an array of numbers) and return it as a float array.
as_output
    A 0-d array back as a Python number (scalars in → Python scalars out).
"""

from __future__ import annotations

import math
import numbers
import warnings

import numpy as np

__all__ = ["UnusualDensityWarning", "RAJ_USUAL_RANGE"]

RAJ_USUAL_RANGE = (10.0, 120.0)
"""Raj (knots per 7 cm) between which hand-knotted carpets are woven; outside it a warning is given."""


class UnusualDensityWarning(UserWarning):
    """A knot density outside the usual 10–120 raj: accepted, but probably a typing mistake."""


def _numbers(name: str, value, rule: str) -> np.ndarray:
    if isinstance(value, bool) or value is None or isinstance(value, str):
        raise ValueError(f"{name} must be {rule}, got {value!r}")
    try:
        array = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be {rule}, got {value!r}") from None
    if array.size == 0:
        raise ValueError(f"{name} must be {rule}, got an empty list")
    bad = ~np.isfinite(array)
    if bad.any():
        raise ValueError(f"{name} must be {rule}, got {_first(value, array, bad)}")
    return array


def _first(value, array: np.ndarray, bad: np.ndarray):
    if array.ndim == 0:
        return value
    return array[bad].flat[0].item()


def positive(name: str, value) -> np.ndarray:
    """Return ``value`` as a float array; every element must be finite and above zero."""
    array = _numbers(name, value, "a positive number")
    bad = array <= 0
    if bad.any():
        raise ValueError(f"{name} must be a positive number, got {_first(value, array, bad)}")
    return array


def non_negative(name: str, value) -> np.ndarray:
    """Return ``value`` as a float array; every element must be finite and zero or more."""
    array = _numbers(name, value, "zero or a positive number")
    bad = array < 0
    if bad.any():
        raise ValueError(f"{name} must be zero or a positive number, got {_first(value, array, bad)}")
    return array


def whole(name: str, value, minimum: int = 1) -> int:
    """Return ``value`` as an ``int``; it must be a whole number of at least ``minimum``."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value):
        raise ValueError(f"{name} must be a whole number of at least {minimum}, got {value!r}")
    if value != int(value) or value < minimum:
        raise ValueError(f"{name} must be a whole number of at least {minimum}, got {value!r}")
    return int(value)


def density(name: str, value) -> np.ndarray:
    """
    Return a knot density (raj, kheft …) as a float array: positive, and with a warning
    (:class:`UnusualDensityWarning`) when any value is outside 10–120.
    """
    array = positive(name, value)
    low, high = RAJ_USUAL_RANGE
    odd = (array < low) | (array > high)
    if odd.any():
        warnings.warn(
            f"{name} = {_first(value, array, odd)} is outside the usual {low:g}–{high:g}: "
            "check it is knots per unit length (e.g. 50 raj), not a total or a size",
            UnusualDensityWarning,
            stacklevel=3,
        )
    return array


def as_output(array: np.ndarray, integer: bool = False):
    """Return a 0-d array as a Python ``float`` (or ``int``), any other array unchanged (or as int)."""
    if integer:
        array = array.astype(np.int64)
    if np.ndim(array) == 0:
        return int(array) if integer else float(array)
    return array
