"""
Knot density: raj, kheft and reg, and knots per cm, per m² and per square inch.

A knot count is always "knots across some length of carpet". Which length depends on the
weaving centre, so every function takes that length explicitly as ``unit_cm``:

- **raj** (رج), Tabriz and Sardrud: knots across **7 cm** (a zar of 112 cm / 16 gereh) — the default;
- **kheft** (خفت), Isfahan and other Persian-knot centres: knots across **6.5 cm** (zar of 104 cm);
  Kerman counts over its own gereh of 6.75 cm (zar of 108 cm);
- **reg** (رگ), Kerman style: knots per charak, a quarter zar = 4 gereh. A reg is 4 × the knots over
  one gereh *of the same zar*: with a 7 cm gereh, reg = 4 × raj (160 reg = 40 raj); with Kerman's
  6.75 cm gereh (the default here) a charak is 27 cm, so reg = raj × 27 ÷ 7 and 160 reg = 41.48
  raj counted over 7 cm (40 knots per 6.75 cm).

Horizontal density (``raj_w``, knots across the width) and vertical density (``raj_h``, rows up
the length) are kept apart; ``raj_h`` defaults to ``raj_w``.

Constants
---------
UNIT_CM
    The counting length in cm of each system: ``{"raj": 7.0, "kheft": 6.5, "kerman": 6.75}``.
GEREH_PER_CHARAK
    4: a reg counts over a charak of four gereh.

Functions
---------
knots_per_cm, knots_per_m2, knots_per_square_inch
    Density as knots per cm (one direction), per square metre and per square inch (KPSI).
convert_density
    A knot count over one unit length as a count over another (raj ↔ kheft).
raj_from_reg, reg_from_raj
    Kerman reg ↔ raj, for the gereh the reg is counted in.
raj_from_back_count
    Knots from a count of nodes on the back of a rug (the two-node pitfall).

References
----------
- Raj over 7 cm, kheft over 6.5 cm (sources.md: entezarcarpet, bakhtiyar-2017); the zar of 112, 108
  and 104 cm, so a gereh of 7, 6.75 or 6.5 cm (sources.md: zarvancarpet).
- The reg, knots per charak of 4 gereh, 160 reg = 40 knots per gereh (sources.md:
  wikicarpet-naqsheh, iran-carpet-11750).
- Knots per m² (sources.md: rugtales); KPSI (sources.md: rugrag); two nodes per knot on the back of
  some rugs, one on others (sources.md: little-persia).

Examples
--------
>>> round(knots_per_m2(50))
510204
>>> knots_per_m2(70)
1000000.0
>>> round(raj_from_reg(160), 2), raj_from_reg(160, gereh_cm=7.0)
(41.48, 40.0)
"""

from __future__ import annotations

from farshlab.carpet._checks import as_output, density, positive, words

__all__ = [
    "UNIT_CM",
    "GEREH_PER_CHARAK",
    "CM_PER_INCH",
    "knots_per_cm",
    "knots_per_m2",
    "knots_per_square_inch",
    "convert_density",
    "raj_from_reg",
    "reg_from_raj",
    "raj_from_back_count",
]

UNIT_CM = {"raj": 7.0, "kheft": 6.5, "kerman": 6.75}
"""Counting length in cm: raj (Tabriz, Sardrud), kheft (Isfahan), Kerman gereh."""

GEREH_PER_CHARAK = 4
"""A Kerman reg counts knots over a charak, a quarter zar of 4 gereh."""

CM_PER_INCH = 2.54
"""Centimetres per inch (exact by definition)."""


def knots_per_cm(raj, unit_cm=7.0):
    """
    Knots per centimetre in one direction: ``raj / unit_cm``.

    Parameters
    ----------
    raj : float or array_like
        Knots across ``unit_cm`` centimetres (raj, or kheft with ``unit_cm=6.5``).
    unit_cm : float
        The counting length in cm (7.0 for raj, 6.5 for kheft).

    Returns
    -------
    float or numpy.ndarray
        Knots per cm.

    Examples
    --------
    >>> knots_per_cm(70)
    10.0
    >>> round(knots_per_cm(50), 3)
    7.143
    """
    raj = density("raj", raj)
    unit_cm = positive("unit_cm", unit_cm)
    return as_output(raj / unit_cm)


def knots_per_m2(raj_w, raj_h=None, unit_cm=7.0):
    """
    Knots per square metre: ``(raj_w / unit_cm) · (raj_h / unit_cm) · 10⁴``.

    Parameters
    ----------
    raj_w : float or array_like
        Knots across ``unit_cm`` of width (horizontal raj).
    raj_h : float or array_like, optional
        Rows per ``unit_cm`` of length (vertical raj); default ``raj_w``.
    unit_cm : float
        The counting length in cm (7.0 for raj, 6.5 for kheft).

    Returns
    -------
    float or numpy.ndarray
        Knots per m².

    Examples
    --------
    >>> knots_per_m2(70)
    1000000.0
    >>> round(knots_per_m2(50, 55))
    561224
    >>> knots_per_m2([35, 70]).round().tolist()
    [250000.0, 1000000.0]
    """
    raj_w = density("raj_w", raj_w)
    raj_h = raj_w if raj_h is None else density("raj_h", raj_h)
    unit_cm = positive("unit_cm", unit_cm)
    return as_output((raj_w / unit_cm) * (raj_h / unit_cm) * 1e4)


def knots_per_square_inch(raj_w, raj_h=None, unit_cm=7.0):
    """
    Knots per square inch (KPSI): ``(raj_w / unit_cm · 2.54) · (raj_h / unit_cm · 2.54)``.

    Parameters
    ----------
    raj_w, raj_h, unit_cm
        As for :func:`knots_per_m2`.

    Returns
    -------
    float or numpy.ndarray
        Knots per square inch.

    Examples
    --------
    >>> round(knots_per_square_inch(50), 1)
    329.2
    >>> round(knots_per_square_inch(70), 1)
    645.2
    """
    raj_w = density("raj_w", raj_w)
    raj_h = raj_w if raj_h is None else density("raj_h", raj_h)
    unit_cm = positive("unit_cm", unit_cm)
    return as_output((raj_w / unit_cm * CM_PER_INCH) * (raj_h / unit_cm * CM_PER_INCH))


def convert_density(count, from_unit_cm, to_unit_cm):
    """
    The same knot density counted over another length: ``count · to_unit_cm / from_unit_cm``.

    Parameters
    ----------
    count : float or array_like
        Knots across ``from_unit_cm`` centimetres.
    from_unit_cm, to_unit_cm : float
        Counting lengths in cm, e.g. ``UNIT_CM["raj"]`` (7.0) and ``UNIT_CM["kheft"]`` (6.5).

    Returns
    -------
    float or numpy.ndarray
        Knots across ``to_unit_cm`` centimetres (not rounded: the density is a rate).

    Examples
    --------
    A 50 raj carpet counted the Isfahan way (over 6.5 cm):

    >>> round(convert_density(50, UNIT_CM["raj"], UNIT_CM["kheft"]), 2)
    46.43
    >>> convert_density(65, 6.5, 7.0)
    70.0
    """
    count = density("count", count)
    from_unit_cm = positive("from_unit_cm", from_unit_cm)
    to_unit_cm = positive("to_unit_cm", to_unit_cm)
    return as_output(count * to_unit_cm / from_unit_cm)


def raj_from_reg(reg, unit_cm=7.0, gereh_cm=UNIT_CM["kerman"]):
    """
    Raj (knots per ``unit_cm``) from a reg count (knots per charak of 4 gereh of ``gereh_cm``).

    ``raj = reg ÷ (4 × gereh_cm) × unit_cm``: the reg's knots per cm, counted again over the raj's
    length. "160 reg = 40 raj" holds when both count the same gereh (``gereh_cm == unit_cm``).

    Parameters
    ----------
    reg : float or array_like
        Knots over one charak.
    unit_cm : float
        The length the answer is counted over (7.0 for raj, 6.5 for kheft).
    gereh_cm : float
        The gereh the reg is counted in: Kerman's 6.75 cm by default (a charak of 27 cm).

    Examples
    --------
    >>> round(raj_from_reg(160), 2)
    41.48
    >>> raj_from_reg(160, unit_cm=6.75)
    40.0
    >>> raj_from_reg(160, gereh_cm=7.0)
    40.0
    """
    reg = positive("reg", reg)
    unit_cm = positive("unit_cm", unit_cm)
    gereh_cm = positive("gereh_cm", gereh_cm)
    return as_output(density("raj", reg / (GEREH_PER_CHARAK * gereh_cm) * unit_cm))


def reg_from_raj(raj, unit_cm=7.0, gereh_cm=UNIT_CM["kerman"]):
    """
    Reg (knots per charak of 4 gereh of ``gereh_cm``) from a raj counted over ``unit_cm``.

    ``reg = raj ÷ unit_cm × 4 × gereh_cm``; reg = 4 × raj only when ``gereh_cm == unit_cm``.

    Examples
    --------
    >>> round(reg_from_raj(40), 2)
    154.29
    >>> reg_from_raj(40, gereh_cm=7.0)
    160.0
    """
    raj = density("raj", raj)
    unit_cm = positive("unit_cm", unit_cm)
    gereh_cm = positive("gereh_cm", gereh_cm)
    return as_output(raj / unit_cm * GEREH_PER_CHARAK * gereh_cm)


def raj_from_back_count(nodes, nodes_per_knot):
    """
    Knots from nodes counted on the back of a rug over one counting length.

    With **level warps** each knot is tied round two warps lying side by side and shows as **two
    nodes** on the back, so a count of nodes must be halved; where the warps lie on two levels (a
    thick and a thin weft can push one warp of each pair down) each knot may show only one. Look at
    the back of the rug to decide: the course has no source for which weave Sardrud tableaux use,
    so there is no default (sources.md: little-persia, carpetmaster-pood).

    Parameters
    ----------
    nodes : float or array_like
        Nodes counted on the back over 7 cm (or over the unit you count raj in).
    nodes_per_knot : {2, 1}
        2 when each knot shows two nodes (level warps), 1 when it shows one.

    Returns
    -------
    float or numpy.ndarray
        The raj (knots over the same length).

    Raises
    ------
    ValueError
        If ``nodes_per_knot`` is not 1 or 2.

    Examples
    --------
    >>> raj_from_back_count(100, nodes_per_knot=2)
    50.0
    >>> raj_from_back_count(50, nodes_per_knot=1)
    50.0
    """
    if isinstance(nodes_per_knot, bool) or nodes_per_knot not in (1, 2):
        raise ValueError(words("carpet.error.nodes_per_knot", value=repr(nodes_per_knot)))
    nodes = positive("nodes", nodes)
    return as_output(density("raj", nodes / nodes_per_knot))
