"""
Symmetry: a whole field from a quarter or a half, rotations, frieze repeats, and checks.

Floor-carpet designs are drawn as **one quarter** on chart paper and mirrored (sources.md:
iran-carpet-13122). The quarter given to :func:`mirror_quarter` is the **bottom-left quarter** of the
field: its row 0 is the field's bottom row (the weaver's row 1), its column 0 the field's left edge,
and its last row and last column touch the centre lines. Two ways to meet at the centre:

- ``centre="double"``: the quarter's last row and column are repeated, and the field has an even
  size, ``2·rows × 2·columns``; the centre lines fall *between* knots.
- ``centre="shared"``: the quarter's last row and column *are* the centre row and column, drawn
  once, and the field has an odd size, ``(2·rows − 1) × (2·columns − 1)``.

Every builder here returns grids that are *exactly* symmetric (the tests compare flips knot for
knot, on odd and even sizes). Rotations are counter-clockwise as the chart is seen, row 0 at the
bottom.

Functions
---------
mirror_quarter
    The whole field from its bottom-left quarter.
mirror_half
    The whole field from its left half (mirrored across the vertical centre line) or its bottom half.
rotate
    A grid turned by 90, 180 or 270 degrees counter-clockwise.
four_fold
    The whole field from its bottom-left quarter turned four times about the centre (a pinwheel).
frieze
    A motif repeated along a band, optionally mirroring every other copy.
is_symmetric
    Check one kind of symmetry of :data:`SYMMETRY_CHECKS`.

References
----------
Quarter charts and border repeats: iran-carpet.com/fa/blog/detail/13122 (sources.md: iran-carpet-13122).
Frieze patterns: Washburn & Crowe, *Symmetries of Culture*, University of Washington Press, 1988.

Examples
--------
>>> from farshlab.design import grid_from_text, grid_to_text
>>> quarter = grid_from_text(["2.", "12"])
>>> print(grid_to_text(mirror_quarter(quarter), ground="_"))
1221
2__2
2__2
1221
"""

from __future__ import annotations

import numbers

import numpy as np

from farshlab.carpet._checks import words
from farshlab.design.grid import as_grid

__all__ = [
    "CENTRES",
    "SYMMETRY_CHECKS",
    "mirror_quarter",
    "mirror_half",
    "rotate",
    "four_fold",
    "frieze",
    "is_symmetric",
]

CENTRES = ("double", "shared")
"""How two mirrored parts meet: ``"double"`` repeats the centre row/column, ``"shared"`` draws it once."""


def _centre(centre: str) -> str:
    if centre not in CENTRES:
        raise ValueError(
            words(
                "design.error.either", name="centre", first="'double'", second="'shared'", value=repr(centre)
            )
        )
    return centre


def _join(first: np.ndarray, second: np.ndarray, axis: int, centre: str) -> np.ndarray:
    """Put ``second`` after ``first`` along ``axis``; with a shared centre, drop second's first line."""
    if centre == "shared":
        second = second[1:] if axis == 0 else second[:, 1:]
    return np.concatenate([first, second], axis=axis)


def mirror_quarter(quarter, centre: str = "double") -> np.ndarray:
    """
    The whole field from its **bottom-left quarter**, mirrored left-right and bottom-top.

    Parameters
    ----------
    quarter : array_like of int
        The bottom-left quarter: row 0 = the field's bottom row, column 0 = its left edge; its last
        row and column lie on the centre lines.
    centre : {"double", "shared"}
        ``"double"`` gives a field of ``2·rows × 2·columns`` (centre lines between knots);
        ``"shared"`` gives ``(2·rows − 1) × (2·columns − 1)`` (the quarter's last row and column are
        the centre row and column, not repeated).

    Returns
    -------
    numpy.ndarray
        The field, symmetric about both centre lines.

    Raises
    ------
    ValueError
        If the quarter is not a valid grid (empty, not whole numbers …) or ``centre`` is unknown.

    Examples
    --------
    >>> mirror_quarter([[1, 2], [3, 4]], centre="shared").tolist()
    [[1, 2, 1], [3, 4, 3], [1, 2, 1]]
    >>> mirror_quarter([[1, 2], [3, 4]]).shape
    (4, 4)
    """
    quarter = as_grid(quarter, name="quarter")
    centre = _centre(centre)
    bottom = _join(quarter, quarter[:, ::-1], axis=1, centre=centre)
    return _join(bottom, bottom[::-1], axis=0, centre=centre)


MIRROR_HALVES = ("left", "bottom")


def mirror_half(half, which: str = "left", centre: str = "double") -> np.ndarray:
    """
    The whole field from one half: the left half mirrored to the right, or the bottom half upwards.

    Parameters
    ----------
    half : array_like of int
        The half that is drawn.
    which : {"left", "bottom"}
        ``"left"``: ``half`` is the left half (its last column on the vertical centre line); the
        field is symmetric left-right, as many tableaux of vases and mihrabs are. ``"bottom"``:
        ``half`` is the bottom half (row 0 = the field's bottom row, its last row on the centre line).
    centre : {"double", "shared"}
        As in :func:`mirror_quarter`.

    Examples
    --------
    >>> mirror_half([[1, 2], [3, 4]], "left", centre="shared").tolist()
    [[1, 2, 1], [3, 4, 3]]
    >>> mirror_half([[1, 2], [3, 4]], "bottom").tolist()
    [[1, 2], [3, 4], [3, 4], [1, 2]]
    """
    half = as_grid(half, name="half")
    if which not in MIRROR_HALVES:
        raise ValueError(
            words("design.error.either", name="which", first="'left'", second="'bottom'", value=repr(which))
        )
    centre = _centre(centre)
    if which == "left":
        return _join(half, half[:, ::-1], axis=1, centre=centre)
    return _join(half, half[::-1], axis=0, centre=centre)


ROTATIONS_DEGREES = (0, 90, 180, 270)


def rotate(grid, degrees) -> np.ndarray:
    """
    The grid turned **counter-clockwise** by 90, 180 or 270 degrees, as the chart is seen (row 0 at
    the bottom).

    The knot in row ``r``, column ``c`` of a grid of ``R`` rows moves to row ``c``, column
    ``R − 1 − r`` for a quarter turn (``numpy.rot90`` with ``k = −1``, because numpy draws row 0 at
    the top).

    Examples
    --------
    The bottom-left knot of a 2 × 3 grid goes to the bottom-right corner:

    >>> rotate([[1, 0, 0], [0, 0, 0]], 90).tolist()
    [[0, 1], [0, 0], [0, 0]]
    >>> rotate([[1]], 45)
    Traceback (most recent call last):
    ...
    ValueError: degrees must be 0, 90, 180 or 270, got 45
    """
    grid = as_grid(grid)
    if (
        isinstance(degrees, bool)
        or not isinstance(degrees, numbers.Real)
        or degrees % 360 not in ROTATIONS_DEGREES
    ):
        raise ValueError(words("design.error.degrees", value=repr(degrees)))
    return np.rot90(grid, k=-int(degrees % 360) // 90).copy()


def four_fold(quarter, centre: str = "double") -> np.ndarray:
    """
    The whole field from its bottom-left **square** quarter turned about the centre four times.

    The bottom-right quarter is the quarter turned 90° counter-clockwise, the top-right 180°, the
    top-left 270°: the field looks the same after a quarter turn (a pinwheel, as in many rosettes),
    without being mirror-symmetric unless the quarter is.

    Parameters
    ----------
    quarter : array_like of int
        A square bottom-left quarter (``n × n`` knots).
    centre : {"double", "shared"}
        ``"double"``: a ``2n × 2n`` field. ``"shared"``: ``(2n − 1) × (2n − 1)``; the quarter's last
        row (the left half of the centre row) and last column (the bottom half of the centre column)
        are turned onto each other, so they must agree: the last column read from the top down must
        equal the last row read from right to left.

    Raises
    ------
    ValueError
        If the quarter is not square, or with a shared centre its last row and column disagree.

    Examples
    --------
    >>> four_fold([[1, 2], [0, 3]]).tolist()
    [[1, 2, 0, 1], [0, 3, 3, 2], [2, 3, 3, 0], [1, 0, 2, 1]]
    """
    quarter = as_grid(quarter, name="quarter")
    centre = _centre(centre)
    n = quarter.shape[0]
    if quarter.shape[0] != quarter.shape[1]:
        raise ValueError(words("design.error.square_quarter", rows=quarter.shape[0], across=quarter.shape[1]))
    size = 2 * n if centre == "double" else 2 * n - 1
    field = np.full((size, size), -1, dtype=np.int64)
    placed = np.zeros((size, size), dtype=bool)
    part = np.full((size, size), -1, dtype=np.int64)
    part[:n, :n] = quarter
    for _ in range(4):
        mask = part >= 0
        clash = mask & placed & (field != part)
        if clash.any():
            raise ValueError(words("design.error.shared_centre"))
        field[mask] = part[mask]
        placed |= mask
        part = np.rot90(part, k=-1)
    return field


def frieze(motif, repeats, mirror_every_other: bool = False) -> np.ndarray:
    """
    A band of ``repeats`` copies of a motif side by side (a border's repeat, واگیره).

    Parameters
    ----------
    motif : array_like of int
        One repeat (row 0 = the band's outer edge when used as a border).
    repeats : int
        How many copies (at least 1).
    mirror_every_other : bool
        Mirror copies 2, 4, … left-right (motifs that face each other in pairs).

    Examples
    --------
    >>> frieze([[1, 0, 0]], 3).tolist()
    [[1, 0, 0, 1, 0, 0, 1, 0, 0]]
    >>> frieze([[1, 0, 0]], 2, mirror_every_other=True).tolist()
    [[1, 0, 0, 0, 0, 1]]
    """
    motif = as_grid(motif, name="motif")
    if isinstance(repeats, bool) or not isinstance(repeats, numbers.Integral) or repeats < 1:
        raise ValueError(words("design.error.whole", name="repeats", minimum=1, value=repr(repeats)))
    copies = [motif[:, ::-1] if mirror_every_other and i % 2 else motif for i in range(int(repeats))]
    return np.concatenate(copies, axis=1)


def _mirror_left_right(grid):
    return np.array_equal(grid, grid[:, ::-1])


def _mirror_top_bottom(grid):
    return np.array_equal(grid, grid[::-1])


def _quarter(grid):
    return _mirror_left_right(grid) and _mirror_top_bottom(grid)


def _rotation_180(grid):
    return np.array_equal(grid, np.rot90(grid, 2))


def _rotation_90(grid):
    return grid.shape[0] == grid.shape[1] and np.array_equal(grid, np.rot90(grid))


SYMMETRY_CHECKS = {
    "mirror_left_right": _mirror_left_right,
    "mirror_top_bottom": _mirror_top_bottom,
    "quarter": _quarter,
    "rotation_180": _rotation_180,
    "rotation_90": _rotation_90,
}
"""Kinds of symmetry :func:`is_symmetric` checks: mirror about the vertical centre line
(``mirror_left_right``), about the horizontal one (``mirror_top_bottom``), both (``quarter``),
a half turn (``rotation_180``) and a quarter turn (``rotation_90``, square grids only)."""


def is_symmetric(grid, kind: str = "quarter") -> bool:
    """
    Whether a grid has a kind of symmetry, knot for knot.

    Parameters
    ----------
    grid : array_like of int
        The design.
    kind : str
        A key of :data:`SYMMETRY_CHECKS`.

    Examples
    --------
    >>> is_symmetric(mirror_quarter([[1, 2], [3, 4]], "shared"), "quarter")
    True
    >>> is_symmetric([[1, 2]], "mirror_left_right"), is_symmetric([[1, 2], [1, 2]], "mirror_top_bottom")
    (False, True)
    """
    grid = as_grid(grid)
    if kind not in SYMMETRY_CHECKS:
        raise ValueError(
            words("design.error.one_of", name="kind", choices=", ".join(SYMMETRY_CHECKS), value=repr(kind))
        )
    return bool(SYMMETRY_CHECKS[kind](grid))
