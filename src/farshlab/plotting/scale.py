"""
Round numbers for axis limits that stay put while a value moves a little.

A simulator's picture keeps its frame (axis limits, ticks and their numbers) while a slider moves
the value inside it; the frame only changes when the value passes the next round number, so the
frame is drawn once and kept (see :class:`farshlab.plotting.canvas.KeptCanvas`).

Functions
---------
round_up
    The least round number (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ) at or above a value.
"""

from __future__ import annotations

import math

__all__ = ["ROUND_STEPS", "round_up"]

ROUND_STEPS = (1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)
"""The round numbers of one decade, in its units."""


def round_up(value: float) -> float:
    """
    The least round number (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ) at or above ``value``.

    Parameters
    ----------
    value : float
        A positive, finite number (in any unit; the result is in the same unit).

    Returns
    -------
    float

    Raises
    ------
    ValueError
        If ``value`` is not a positive finite number.

    Examples
    --------
    >>> round_up(3.9), round_up(50.0), round_up(50.05), round_up(0.012)
    (4.0, 50.0, 60.0, 0.015)
    """
    if not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
        raise ValueError(f"value must be a positive finite number, got {value!r}")
    power = 10.0 ** math.floor(math.log10(value))
    return float(next(round(step * power, 12) for step in ROUND_STEPS if step * power >= value * (1 - 1e-12)))
