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
words
    A message of the catalogues (:mod:`farshlab.locale`) in the current language, digits included;
    the domain packages word what a person reads with it.

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
import re

import numpy as np

from farshlab.locale import localise_digits, message

__all__ = ["as_output", "first_bad", "non_negative", "positive", "whole", "words"]

_CODE = re.compile(r"«[^«»]*»")
"""Code named in a message (``«start[0]»``, ``«'% owf'»``): its digits stay as they are typed."""


def words(key: str, lang: str | None = None, **fields: object) -> str:
    """
    Return the catalogue message ``key`` with its fields filled in, in language ``lang`` (default:
    the current language, ``$FARSHLAB_LANG``), its digits written as that language writes them,
    except in code quoted «like this».

    Examples
    --------
    >>> words("carpet.centre.joint", lang="fa")
    'محل اتصال دو واگیره'
    >>> words("design.error.whole_knots", lang="fa", name="start[0]", value=0.5)
    '«start[0]» باید عددی صحیح (تعداد گره) باشد، نه ۰٫۵'
    >>> words("checks.error.positive", lang="en", name="raj", value=-5)
    'raj must be a positive number, got -5'
    """
    return localise_digits(message(key, lang, **fields), lang, keep=_CODE)


def _numbers(name: str, value, rule: str) -> np.ndarray:
    """``value`` as a float array of finite numbers; ``rule`` names the message (``positive`` …)."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        raise ValueError(words(f"checks.error.{rule}", name=name, value=repr(value)))
    try:
        array = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise ValueError(words(f"checks.error.{rule}", name=name, value=repr(value))) from None
    if array.size == 0:
        raise ValueError(words(f"checks.error.{rule}_empty", name=name))
    bad = ~np.isfinite(array)
    if bad.any():
        raise ValueError(words(f"checks.error.{rule}", name=name, value=first_bad(value, array, bad)))
    return array


def first_bad(value, array: np.ndarray, bad: np.ndarray):
    """The first offending value, as the caller gave it when it was a single number."""
    if array.ndim == 0:
        return value
    return array[bad].flat[0].item()


def positive(name: str, value) -> np.ndarray:
    """Return ``value`` as a float array; every element must be finite and above zero."""
    array = _numbers(name, value, "positive")
    bad = array <= 0
    if bad.any():
        raise ValueError(words("checks.error.positive", name=name, value=first_bad(value, array, bad)))
    return array


def non_negative(name: str, value) -> np.ndarray:
    """Return ``value`` as a float array; every element must be finite and zero or more."""
    array = _numbers(name, value, "non_negative")
    bad = array < 0
    if bad.any():
        raise ValueError(words("checks.error.non_negative", name=name, value=first_bad(value, array, bad)))
    return array


def whole(name: str, value, minimum: int = 1) -> int:
    """Return ``value`` as an ``int``; it must be a whole number of at least ``minimum``."""
    if (
        isinstance(value, bool)
        or not isinstance(value, numbers.Real)
        or not math.isfinite(value)
        or value != int(value)
        or value < minimum
    ):
        raise ValueError(words("checks.error.whole", name=name, minimum=minimum, value=repr(value)))
    return int(value)


def as_output(array: np.ndarray, integer: bool = False):
    """Return a 0-d array as a Python ``float`` (or ``int``), any other array unchanged (or as int)."""
    if integer:
        array = array.astype(np.int64)
    if np.ndim(array) == 0:
        return int(array) if integer else float(array)
    return array
