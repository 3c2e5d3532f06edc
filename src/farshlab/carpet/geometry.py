"""
Chart size from a carpet's finished size, finished size from a chart, and length drift.

Chart paper has square cells, one per knot. Across the width the chart has
``round(raj_w · width_cm / unit_cm)`` knots; up the length it has
``round(raj_h · height_cm / unit_cm)`` rows. Horizontal and vertical raj are kept apart (they are
usually equal, the default). When the weaver beats the wefts harder than the chart assumes, more
rows fit in each 7 cm and the finished length drifts from the chart's length
(«بالازدگی / پایین‌زدگی»).

Rounding: to the nearest whole knot; an exact half (rare: it needs a width of e.g. 50.05 cm at
50 raj) goes to the even number, as Python's ``round`` does.

Functions
---------
knots_across
    Knots across a width (an ``int``).
knot_rows
    Rows up a length (an ``int``).
chart_size
    ``(knots_across, rows)`` for a finished size.
finished_size
    ``(width_cm, height_cm)`` of a chart woven at a density.
length_drift_cm
    How much longer (+) or shorter (−) the woven carpet comes out than the chart assumes.

References
----------
- Raj over 7 cm (sources.md: entezarcarpet); knots = raj · cm / 7 (sources.md: tavoosbaft).
- The course's worked example: 50 × 70 cm at 50 raj → 357 knots per row × 500 rows.

Examples
--------
>>> chart_size(50, 70, 50)
(357, 500)
>>> finished_size(357, 500, 50)
(49.98, 70.0)
"""

from __future__ import annotations

import numpy as np

from farshlab.carpet._checks import as_output, density, positive, words

__all__ = ["knots_across", "knot_rows", "chart_size", "finished_size", "length_drift_cm"]


def _count(length_cm, raj, unit_cm, length_name, raj_name):
    length_cm = positive(length_name, length_cm)
    raj = density(raj_name, raj)
    unit_cm = positive("unit_cm", unit_cm)
    knots = np.rint(raj * length_cm / unit_cm)
    if (knots < 1).any():
        raise ValueError(
            words(
                "carpet.error.too_small",
                length_name=length_name,
                raj_name=raj_name,
                length=f"{length_cm.min():g}",
                raj=f"{raj.min():g}",
            )
        )
    return as_output(knots, integer=True)


def knots_across(width_cm, raj, unit_cm=7.0):
    """
    Knots across a width: ``round(raj · width_cm / unit_cm)``, the nearest whole knot.

    Parameters
    ----------
    width_cm : float or array_like
        Finished width in cm.
    raj : float or array_like
        Knots across ``unit_cm`` centimetres (horizontal raj).
    unit_cm : float
        The counting length in cm: 7.0 for raj (Tabriz, Sardrud), 6.5 for kheft (Isfahan).

    Returns
    -------
    int or numpy.ndarray
        Knots across (an ``int`` for scalar input, an integer array for arrays).

    Raises
    ------
    ValueError
        If a width or raj is zero, negative, NaN or infinite, or the width holds no knot.

    Warns
    -----
    UnusualDensityWarning
        If ``raj`` is outside 10–120.

    Examples
    --------
    >>> knots_across(50, 50)
    357
    >>> knots_across(50, 50, unit_cm=6.5)
    385
    >>> knots_across([35, 50, 70, 100], 50).tolist()
    [250, 357, 500, 714]
    """
    return _count(width_cm, raj, unit_cm, "width_cm", "raj")


def knot_rows(height_cm, raj_h, unit_cm=7.0):
    """
    Rows up a length: ``round(raj_h · height_cm / unit_cm)``.

    Parameters
    ----------
    height_cm : float or array_like
        Finished length (height of the tableau) in cm.
    raj_h : float or array_like
        Rows per ``unit_cm`` centimetres of length (vertical raj).
    unit_cm : float
        The counting length in cm (7.0 for raj).

    Returns
    -------
    int or numpy.ndarray
        Number of rows.

    Examples
    --------
    >>> knot_rows(70, 50)
    500
    """
    return _count(height_cm, raj_h, unit_cm, "height_cm", "raj_h")


def chart_size(width_cm, height_cm, raj_w, raj_h=None, unit_cm=7.0):
    """
    The chart's size in knots for a finished size: ``(knots_across, rows)``.

    Parameters
    ----------
    width_cm, height_cm : float
        Finished width and length in cm.
    raj_w : float
        Horizontal raj (knots across ``unit_cm``).
    raj_h : float, optional
        Vertical raj (rows per ``unit_cm``); default ``raj_w``.
    unit_cm : float
        The counting length in cm (7.0 for raj).

    Returns
    -------
    tuple of int
        ``(knots_across, rows)``.

    Examples
    --------
    >>> chart_size(50, 70, 50)
    (357, 500)
    >>> chart_size(70, 100, 40, 45)
    (400, 643)
    """
    across = _count(width_cm, raj_w, unit_cm, "width_cm", "raj_w")
    rows = _count(height_cm, raj_w if raj_h is None else raj_h, unit_cm, "height_cm", "raj_h")
    return across, rows


def finished_size(knots_across, rows, raj_w, raj_h=None, unit_cm=7.0):
    """
    The finished size in cm of a chart woven at a density: ``knots · unit_cm / raj``.

    Parameters
    ----------
    knots_across, rows : float or array_like
        The chart's size in knots.
    raj_w : float
        Horizontal raj the carpet is woven at.
    raj_h : float, optional
        Vertical raj the carpet is woven at; default ``raj_w``.
    unit_cm : float
        The counting length in cm (7.0 for raj).

    Returns
    -------
    tuple of float
        ``(width_cm, height_cm)``, rounded to 0.01 cm (a tenth of a millimetre is beyond any loom).

    Examples
    --------
    >>> finished_size(357, 500, 50)
    (49.98, 70.0)
    >>> finished_size(357, 500, 50, 52)
    (49.98, 67.31)
    """
    knots_across = positive("knots_across", knots_across)
    rows = positive("rows", rows)
    raj_w = density("raj_w", raj_w)
    raj_h = raj_w if raj_h is None else density("raj_h", raj_h)
    unit_cm = positive("unit_cm", unit_cm)
    width = np.round(knots_across * unit_cm / raj_w, 2)
    height = np.round(rows * unit_cm / raj_h, 2)
    return as_output(width), as_output(height)


def length_drift_cm(rows, chart_raj_h, woven_raj_h, unit_cm=7.0):
    """
    How far the finished length drifts from the chart's length when rows pack differently.

    The chart assumes ``chart_raj_h`` rows per ``unit_cm``; the weaver actually packs
    ``woven_raj_h``. The same ``rows`` then measure ``rows · unit_cm / woven_raj_h`` instead of
    ``rows · unit_cm / chart_raj_h``.

    Parameters
    ----------
    rows : float or array_like
        Rows in the chart.
    chart_raj_h : float
        Vertical raj the chart was drawn for.
    woven_raj_h : float or array_like
        Vertical raj the weaver actually packs (count rows over 7 cm of woven carpet).
    unit_cm : float
        The counting length in cm (7.0 for raj).

    Returns
    -------
    float or numpy.ndarray
        Woven length minus chart length, in cm: negative when the weave packs more rows per cm
        (the carpet comes out shorter), positive when it packs fewer (longer).

    Examples
    --------
    500 rows drawn for 50 raj (70 cm) but beaten to 52 rows per 7 cm:

    >>> round(length_drift_cm(500, 50, 52), 2)
    -2.69
    >>> round(length_drift_cm(500, 50, 48), 2)
    2.92
    """
    rows = positive("rows", rows)
    chart_raj_h = density("chart_raj_h", chart_raj_h)
    woven_raj_h = density("woven_raj_h", woven_raj_h)
    unit_cm = positive("unit_cm", unit_cm)
    return as_output(rows * unit_cm / woven_raj_h - rows * unit_cm / chart_raj_h)
