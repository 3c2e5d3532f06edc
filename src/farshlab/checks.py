"""
Input checks shared by farshlab's domain packages (carpet, dye, …).

Every public function checks its inputs with these helpers, so that a bad value always gives the
same kind of message, naming the parameter in the user's words:
``ValueError: raj must be a positive number, got -5``. Booleans, ``None``, strings, NaN and
infinities are refused everywhere.

Functions
---------
positive, non_negative, whole
    Check one argument (a number or an array of numbers) and return it as a float array (an
    ``int`` for ``whole``).
as_output
    A 0-d array back as a Python number (scalars in → Python scalars out).

Examples
--------
>>> positive("width_cm", 50)
array(50.)
>>> non_negative("waste_percent", -1)
Traceback (most recent call last):
...
ValueError: waste_percent must be zero or a positive number, got -1
"""

from __future__ import annotations

import math
import numbers

import numpy as np

__all__ = ["as_output", "first_bad", "non_negative", "positive", "whole"]


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
        raise ValueError(f"{name} must be {rule}, got {first_bad(value, array, bad)}")
    return array


def first_bad(value, array: np.ndarray, bad: np.ndarray):
    """The first offending value, as the caller gave it when it was a single number."""
    if array.ndim == 0:
        return value
    return array[bad].flat[0].item()


def positive(name: str, value) -> np.ndarray:
    """Return ``value`` as a float array; every element must be finite and above zero."""
    array = _numbers(name, value, "a positive number")
    bad = array <= 0
    if bad.any():
        raise ValueError(f"{name} must be a positive number, got {first_bad(value, array, bad)}")
    return array


def non_negative(name: str, value) -> np.ndarray:
    """Return ``value`` as a float array; every element must be finite and zero or more."""
    array = _numbers(name, value, "zero or a positive number")
    bad = array < 0
    if bad.any():
        raise ValueError(f"{name} must be zero or a positive number, got {first_bad(value, array, bad)}")
    return array


def whole(name: str, value, minimum: int = 1) -> int:
    """Return ``value`` as an ``int``; it must be a whole number of at least ``minimum``."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value):
        raise ValueError(f"{name} must be a whole number of at least {minimum}, got {value!r}")
    if value != int(value) or value < minimum:
        raise ValueError(f"{name} must be a whole number of at least {minimum}, got {value!r}")
    return int(value)


def as_output(array: np.ndarray, integer: bool = False):
    """Return a 0-d array as a Python ``float`` (or ``int``), any other array unchanged (or as int)."""
    if integer:
        array = array.astype(np.int64)
    if np.ndim(array) == 0:
        return int(array) if integer else float(array)
    return array
