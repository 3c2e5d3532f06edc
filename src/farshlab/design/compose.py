"""
Composing a carpet: field, guard stripes and a border of repeats, into one grid.

From the inside out a carpet here is: the **field** (متن); an optional **inner guard stripe**
(a plain band of one colour, knots wide); the **border** (حاشیه), a band built from one repeat
(واگیره); an optional **outer guard stripe**. All rows and columns are knots, row 0 the bottom row.

The border
----------
The repeat is given as it runs along the **bottom** border: ``depth`` rows × ``length`` knots, its
row 0 on the carpet's outer edge. Along each side it runs over the length of what it encloses (the
field plus two inner guard stripes); that side must hold a whole number of repeats, the rule of
:func:`farshlab.carpet.repeats_fit`, so that the repeats **meet at the centre** of the side. The
band is then made symmetric about the side's centre: its left half is mirrored into its right half,
so motifs face the centre from both ends; when an odd number of repeats leaves a repeat centre in
the middle, that middle repeat's left half is mirrored too. The top band is the bottom band turned
upside down (outer edge up); the left band is the bottom band laid along the side (outer edge at
column 0), the right band its mirror.

Corners
-------
Each corner is a ``depth × depth`` square. With ``corner=None`` it is **mitred**: the square's knot
at (row r, column c) takes the colour of the repeat's first column at row ``min(r, c)``, so lines
running along the border turn the corner on the diagonal. A drawn corner (``depth × depth``, as it
sits at the bottom-left: row 0 the bottom edge, column 0 the left edge) is used instead and mirrored
into the other three corners. Either way a symmetric field gives a symmetric carpet.

Functions
---------
border_band
    One side's band of repeats, checked to fit and symmetric about the side's centre.
carpet_size
    ``(knots_across, rows)`` of the whole carpet for a field and its border and stripes.
field_size_for
    The field's size that gives a carpet of a wanted size in knots.
compose_carpet
    Field + guard stripes + border (+ corners) into one grid.

References
----------
Border repeats meeting at the centre: iran-carpet.com/fa/blog/detail/13122 (sources.md:
iran-carpet-13122), the rule implemented in :mod:`farshlab.carpet.borders`.

Examples
--------
>>> import numpy as np
>>> from farshlab.design import grid_to_text
>>> carpet = compose_carpet(np.zeros((2, 4), dtype=int), [[1, 1], [2, 3]])
>>> print(grid_to_text(carpet, ground="_"))
11111111
12233221
12____21
12____21
12233221
11111111
"""

from __future__ import annotations

import numbers

import numpy as np

from farshlab.carpet import nearest_fitting_side, repeats_fit
from farshlab.carpet._checks import words
from farshlab.design.grid import as_grid

__all__ = ["border_band", "carpet_size", "field_size_for", "compose_carpet"]


def _stripe(name: str, stripe) -> tuple[int, int]:
    """Check a guard stripe ``(code, knots)``; ``None`` is no stripe."""
    if stripe is None:
        return 0, 0
    try:
        code, knots = stripe
    except (TypeError, ValueError):
        raise ValueError(words("design.error.stripe", name=name, value=repr(stripe))) from None
    for part, value, least in (("code", code, 0), ("knots", knots, 1)):
        if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < least:
            raise ValueError(words(f"design.error.stripe_{part}", name=name, least=least, value=repr(value)))
    return int(code), int(knots)


def border_band(repeat, side_knots) -> np.ndarray:
    """
    The border band along one side: whole repeats, symmetric about the side's centre.

    Parameters
    ----------
    repeat : array_like of int
        One repeat as it runs along the bottom border: ``depth`` rows × ``length`` knots, row 0 on
        the outer edge.
    side_knots : int
        The length of the side the band runs along, in knots.

    Returns
    -------
    numpy.ndarray
        ``depth × side_knots``, equal to its own left-right mirror.

    Raises
    ------
    ValueError
        If the side does not hold a whole number of repeats; the message gives the nearest side
        length that does (:func:`farshlab.carpet.nearest_fitting_side`).

    Examples
    --------
    >>> border_band([[5, 6, 7]], 9).tolist()  # 3 repeats: a repeat centre in the middle
    [[5, 6, 7, 5, 6, 5, 7, 6, 5]]
    >>> try:
    ...     border_band([[5, 6, 7]], 10)
    ... except ValueError as error:
    ...     print(str(error).split(": ")[-1])
    the repeats would not meet at the centre; the nearest side that fits is 9 knots
    """
    repeat = as_grid(repeat, name="repeat")
    if isinstance(side_knots, bool) or not isinstance(side_knots, numbers.Integral) or side_knots < 1:
        raise ValueError(words("design.error.side_knots", value=repr(side_knots)))
    length = repeat.shape[1]
    if not repeats_fit(int(side_knots), length):
        raise ValueError(
            words(
                "design.error.side_repeats",
                side=side_knots,
                length=length,
                repeats=f"{side_knots / length:.2f}",
                nearest=nearest_fitting_side(int(side_knots), length),
            )
        )
    band = np.tile(repeat, (1, side_knots // length))
    half = side_knots // 2
    band[:, side_knots - half :] = band[:, :half][:, ::-1]
    return band


def carpet_size(field_shape, border_depth: int, inner_guard=None, outer_guard=None) -> tuple[int, int]:
    """
    The whole carpet's ``(knots_across, rows)`` for a field of ``field_shape = (rows, knots_across)``.

    Each side adds the outer guard, the border depth and the inner guard (guards as ``(code, knots)``).

    Examples
    --------
    >>> carpet_size((100, 60), border_depth=12, inner_guard=(1, 2), outer_guard=(1, 3))
    (94, 134)
    """
    rows, across = (int(n) for n in field_shape)
    if isinstance(border_depth, bool) or not isinstance(border_depth, numbers.Integral) or border_depth < 0:
        raise ValueError(words("design.error.border_depth", value=repr(border_depth)))
    extra = 2 * (
        _stripe("inner_guard", inner_guard)[1] + border_depth + _stripe("outer_guard", outer_guard)[1]
    )
    return across + extra, rows + extra


def field_size_for(
    knots_across, rows, border_depth: int, inner_guard=None, outer_guard=None
) -> tuple[int, int]:
    """
    The field's ``(knots_across, rows)`` inside a carpet of ``knots_across × rows`` knots.

    Raises
    ------
    ValueError
        If the border and stripes leave no field.

    Examples
    --------
    The course's 50 × 70 cm tableau at 50 raj is 357 × 500 knots; a 30-knot border between
    2-knot guard stripes leaves:

    >>> field_size_for(357, 500, 30, inner_guard=(1, 2), outer_guard=(1, 2))
    (289, 432)
    """
    across_extra, rows_extra = carpet_size((0, 0), border_depth, inner_guard, outer_guard)
    field = (int(knots_across) - across_extra, int(rows) - rows_extra)
    if min(field) < 1:
        raise ValueError(
            words("design.error.no_field", across=knots_across, rows=rows, depth=across_extra // 2)
        )
    return field


def _mitre(repeat: np.ndarray) -> np.ndarray:
    depth = repeat.shape[0]
    index = np.minimum.outer(np.arange(depth), np.arange(depth))
    return repeat[index, 0]


def _ring(inside: np.ndarray, code: int, knots: int) -> np.ndarray:
    return np.pad(inside, knots, mode="constant", constant_values=code) if knots else inside


def compose_carpet(field, repeat, inner_guard=None, outer_guard=None, corner=None, size=None) -> np.ndarray:
    """
    One carpet grid: field, inner guard stripe, border of repeats with corners, outer guard stripe.

    Parameters
    ----------
    field : array_like of int
        The field (row 0 = bottom row).
    repeat : array_like of int
        The border's repeat as it runs along the bottom (row 0 on the outer edge); its depth in
        rows is the border's depth, its length must fit both sides of the field plus inner stripes.
    inner_guard, outer_guard : (int, int) or None
        Guard stripes as ``(code, knots wide)``, or ``None`` for none.
    corner : array_like of int, optional
        A ``depth × depth`` bottom-left corner; default the mitred corner (see the module notes).
    size : (int, int), optional
        The carpet's wanted ``(knots_across, rows)``; when given, a mismatch raises an error that
        names the field size needed (:func:`field_size_for`).

    Returns
    -------
    numpy.ndarray
        The carpet, ``rows × knots_across`` (see :func:`carpet_size`).

    Raises
    ------
    ValueError
        If a repeat does not fit a side (with the nearest side that fits), a corner has the wrong
        size, or the result is not of the wanted size.

    Examples
    --------
    >>> import numpy as np
    >>> carpet = compose_carpet(np.zeros((6, 4), dtype=int), [[1, 1], [2, 3]], inner_guard=(4, 1))
    >>> carpet.shape
    (12, 10)
    >>> try:
    ...     compose_carpet(np.zeros((5, 4), dtype=int), [[1, 1], [2, 3]])
    ... except ValueError as error:
    ...     print(str(error)[:74])
    the left and right borders: a side of 5 knots does not hold a whole number
    """
    field = as_grid(field, name="field")
    repeat = as_grid(repeat, name="repeat")
    inner_code, inner_knots = _stripe("inner_guard", inner_guard)
    outer_code, outer_knots = _stripe("outer_guard", outer_guard)
    depth = repeat.shape[0]
    inside = _ring(field, inner_code, inner_knots)
    rows, across = inside.shape
    try:
        bottom = border_band(repeat, across)
    except ValueError as error:
        raise ValueError(words("design.error.bottom_top", error=error)) from None
    try:
        left = border_band(repeat, rows).T
    except ValueError as error:
        raise ValueError(words("design.error.left_right", error=error)) from None
    if corner is None:
        corner = _mitre(repeat)
    else:
        corner = as_grid(corner, name="corner")
        if corner.shape != (depth, depth):
            raise ValueError(
                words("design.error.corner", depth=depth, rows=corner.shape[0], across=corner.shape[1])
            )
    carpet = np.empty((rows + 2 * depth, across + 2 * depth), dtype=np.int64)
    carpet[depth:-depth, depth:-depth] = inside
    carpet[:depth, depth:-depth] = bottom
    carpet[-depth:, depth:-depth] = bottom[::-1]
    carpet[depth:-depth, :depth] = left
    carpet[depth:-depth, -depth:] = left[:, ::-1]
    carpet[:depth, :depth] = corner
    carpet[:depth, -depth:] = corner[:, ::-1]
    carpet[-depth:, :depth] = corner[::-1]
    carpet[-depth:, -depth:] = corner[::-1, ::-1]
    carpet = _ring(carpet, outer_code, outer_knots)
    if size is not None:
        wanted = tuple(int(n) for n in size)
        got = (carpet.shape[1], carpet.shape[0])
        if got != wanted:
            needed = field_size_for(*wanted, depth, inner_guard, outer_guard)
            raise ValueError(
                words(
                    "design.error.size",
                    got_across=got[0],
                    got_rows=got[1],
                    across=wanted[0],
                    rows=wanted[1],
                    field_across=needed[0],
                    field_rows=needed[1],
                )
            )
    return carpet
