"""
Counting a carpet's knots: total knots, maghat and qabal, and weaving days for a team.

Tableau prices and weavers' wages are counted in **maghat** (مقاط) of 12,000 knots; western Iran
also counts in **qabal** (قبال) of 14,000 knots. The registry :data:`KNOTS_PER_UNIT` holds both, and
:func:`in_units` converts a knot count to either; :func:`maghat` and :func:`qabal` are the two
everyday shortcuts.

Constants
---------
KNOTS_PER_UNIT
    ``{"maghat": 12000, "qabal": 14000}``.

Functions
---------
total_knots
    Knots across × rows for a finished size and density.
in_units, maghat, qabal
    A knot count in maghat or qabal.
weaving_days
    Working days for a team at a given number of knots per weaver per day.

References
----------
- tablofarsheiran.ir/blog/2019/12/03/carpet-texture — maghat = 12,000 knots.
- ghalikhan.purpleblog.ir/post563226.html — qabal = 14,000 knots.

Examples
--------
>>> total_knots(50, 70, 50)
178500
>>> maghat(178_500)
14.875
"""

from __future__ import annotations

import numpy as np

from farshlab.carpet._checks import as_output, non_negative, positive, words
from farshlab.carpet.geometry import chart_size

__all__ = ["KNOTS_PER_UNIT", "total_knots", "in_units", "maghat", "qabal", "weaving_days"]

KNOTS_PER_UNIT = {"maghat": 12_000, "qabal": 14_000}
"""Knots in one wage or price unit: maghat (Sardrud, Tabriz), qabal (western Iran)."""


def total_knots(width_cm, height_cm, raj_w, raj_h=None, unit_cm=7.0) -> int:
    """
    All the knots of a carpet: knots across × rows, each rounded to a whole knot first.

    Parameters
    ----------
    width_cm, height_cm : float
        Finished width and length in cm.
    raj_w : float
        Horizontal raj (knots across ``unit_cm``).
    raj_h : float, optional
        Vertical raj (rows per ``unit_cm``); default ``raj_w``.
    unit_cm : float
        The counting length in cm (7.0 for raj, 6.5 for kheft).

    Returns
    -------
    int
        Total knots.

    Examples
    --------
    >>> total_knots(50, 70, 50)
    178500
    >>> total_knots(35, 50, 40)
    57200
    """
    across, rows = chart_size(width_cm, height_cm, raj_w, raj_h, unit_cm)
    return across * rows


def in_units(knots, unit="maghat"):
    """
    A knot count in a wage or price unit: ``knots / KNOTS_PER_UNIT[unit]``.

    Parameters
    ----------
    knots : float or array_like
        A number of knots (zero or more).
    unit : {"maghat", "qabal"}
        The unit to count in.

    Returns
    -------
    float or numpy.ndarray
        The count in ``unit`` (not rounded).

    Raises
    ------
    ValueError
        If ``knots`` is negative or not a number, or ``unit`` is not known.

    Examples
    --------
    >>> in_units(178_500, "qabal")
    12.75
    """
    if unit not in KNOTS_PER_UNIT:
        raise ValueError(words("carpet.error.unit", units=sorted(KNOTS_PER_UNIT), unit=repr(unit)))
    return as_output(non_negative("knots", knots) / KNOTS_PER_UNIT[unit])


def maghat(knots):
    """
    Knots in maghat: ``knots / 12,000``.

    Parameters
    ----------
    knots : float or array_like
        A number of knots (zero or more).

    Returns
    -------
    float or numpy.ndarray
        Maghat.

    Examples
    --------
    >>> maghat(178_500)
    14.875
    >>> maghat([12_000, 1_000_000]).round(3).tolist()
    [1.0, 83.333]
    """
    return in_units(knots, "maghat")


def qabal(knots):
    """
    Knots in qabal: ``knots / 14,000``.

    Examples
    --------
    >>> qabal(178_500)
    12.75
    """
    return in_units(knots, "qabal")


def weaving_days(knots, weavers, knots_per_weaver_per_day):
    """
    Working days for a team to tie ``knots``: ``knots / (weavers · knots_per_weaver_per_day)``.

    The speed of a weaver depends on the person, the density and the design; no published
    figure is built in — use your workshop's own count (the lessons use a made-up example).

    Parameters
    ----------
    knots : float or array_like
        Knots to tie.
    weavers : float
        Weavers working on the carpet at once (often 1–3 on one loom).
    knots_per_weaver_per_day : float
        Knots one weaver ties in a working day.

    Returns
    -------
    float or numpy.ndarray
        Days (not rounded; round up for a delivery date).

    Examples
    --------
    >>> weaving_days(178_500, 2, 7_000)
    12.75
    """
    knots = non_negative("knots", knots)
    weavers = positive("weavers", weavers)
    speed = positive("knots_per_weaver_per_day", knots_per_weaver_per_day)
    return as_output(np.asarray(knots / (weavers * speed)))
