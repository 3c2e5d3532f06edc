"""
Wages and prices from rates per maghat (or per qabal).

A workshop pays weavers, and prices a tableau, at a rate per maghat (12,000 knots) or, in western
Iran, per qabal (14,000 knots). The amount is ``knots / knots-per-unit × rate``. No rate is built
in: rates change with the year, the density and the workshop, and any rate in the lessons is a
made-up example.

Functions
---------
amount_for_knots
    Money for a number of knots at a rate per maghat or qabal (a wage or a price).
wage_per_weaver
    A team's wage split equally among its weavers.
rate_from_amount
    The rate per maghat (or qabal) that a quoted amount for a carpet implies.

References
----------
- tablofarsheiran.ir/blog/2019/12/03/carpet-texture — maghat as the unit of tableau price and wages.
- ghalikhan.purpleblog.ir/post563226.html — qabal, 14,000 knots.

Examples
--------
>>> amount_for_knots(178_500, rate=400_000)  # a made-up rate in tomans per maghat
5950000.0
"""

from __future__ import annotations

from farshlab.carpet._checks import as_output, non_negative, positive, words
from farshlab.carpet.knots import KNOTS_PER_UNIT, in_units

__all__ = ["amount_for_knots", "wage_per_weaver", "rate_from_amount"]


def amount_for_knots(knots, rate, unit="maghat"):
    """
    Money for ``knots`` at ``rate`` per maghat (or per qabal): ``knots / unit size × rate``.

    Parameters
    ----------
    knots : float or array_like
        Knots woven (or to be woven).
    rate : float or array_like
        Money (tomans, rials …) per ``unit``; zero or more.
    unit : {"maghat", "qabal"}
        The unit the rate is quoted in.

    Returns
    -------
    float or numpy.ndarray
        The amount, in the rate's currency.

    Examples
    --------
    >>> amount_for_knots(178_500, 350_000, unit="qabal")  # a made-up rate per qabal
    4462500.0
    """
    rate = non_negative("rate", rate)
    return as_output(in_units(knots, unit) * rate)


def wage_per_weaver(knots, rate, weavers, unit="maghat"):
    """
    A team's wage for ``knots`` split equally among ``weavers``.

    Examples
    --------
    >>> wage_per_weaver(178_500, 400_000, 2)
    2975000.0
    """
    weavers = positive("weavers", weavers)
    return as_output(amount_for_knots(knots, rate, unit) / weavers)


def rate_from_amount(amount, knots, unit="maghat"):
    """
    The rate per maghat (or qabal) that an amount for a carpet of ``knots`` implies.

    Examples
    --------
    >>> rate_from_amount(5_950_000, 178_500)
    400000.0
    """
    if unit not in KNOTS_PER_UNIT:
        raise ValueError(words("carpet.error.unit", units=sorted(KNOTS_PER_UNIT), unit=repr(unit)))
    amount = non_negative("amount", amount)
    knots = positive("knots", knots)
    return as_output(amount / (knots / KNOTS_PER_UNIT[unit]))
