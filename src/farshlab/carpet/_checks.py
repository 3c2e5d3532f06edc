"""
Input checks of the :mod:`farshlab.carpet` modules: the shared ones of :mod:`farshlab.checks`,
plus knot densities.

Classes
-------
UnusualDensityWarning
    A knot density far outside what carpets are woven at (10–120 raj).

Functions
---------
density
    Check a knot density (raj, kheft …) and warn when it is far outside 10–120.
positive, non_negative, whole, as_output, words
    From :mod:`farshlab.checks`.
"""

from __future__ import annotations

import warnings

import numpy as np

from farshlab.checks import as_output, first_bad, non_negative, positive, whole, words

__all__ = [
    "RAJ_USUAL_RANGE",
    "UnusualDensityWarning",
    "as_output",
    "density",
    "non_negative",
    "positive",
    "whole",
    "words",
]

RAJ_USUAL_RANGE = (10.0, 120.0)
"""Raj (knots per 7 cm) between which hand-knotted carpets are woven; outside it a warning is given."""


class UnusualDensityWarning(UserWarning):
    """A knot density outside the usual 10–120 raj: accepted, but probably a typing mistake."""


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
            words(
                "carpet.warning.unusual_density",
                name=name,
                value=first_bad(value, array, odd),
                low=f"{low:g}",
                high=f"{high:g}",
            ),
            UnusualDensityWarning,
            stacklevel=3,
        )
    return array
