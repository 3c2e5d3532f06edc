"""
Drawing on a knot grid: rectangles, lines, circles and ellipses rasterised to knots, flood fill and
stamping a motif. Every function is pure: it returns a **new** grid and leaves its input unchanged.

Positions are ``(row, column)`` in knots with row 0 the bottom row (see :mod:`farshlab.design`).

How shapes become knots
-----------------------
- Rectangle: every knot with ``bottom ≤ row < bottom + rows`` and ``left ≤ column < left + columns``
  (the outline alone when ``filled=False``).
- Line: Bresenham's algorithm (Bresenham, *IBM Systems Journal* 4(1):25–30, 1965): one knot per
  step along the longer direction, the nearest knot in the other; both ends are drawn and the
  knots are the same whichever end is given first.
- Ellipse / circle: a knot belongs when its centre lies inside,
  ``((row − centre_row) / radius_rows)² + ((column − centre_column) / radius_columns)² ≤ 1``. The centre
  may be a half knot (``4.5``) so that a shape on an even-sized grid is exactly symmetric. The outline
  (``filled=False``) is the inside knots with a 4-neighbour outside.
- Flood fill: the 4-connected region of equal code around a seed knot (``scipy.ndimage.label``),
  as a weaver's "fill this patch" on chart paper — diagonal neighbours do not leak.

Functions
---------
draw_rectangle, draw_line, draw_ellipse, draw_circle, flood_fill, stamp

Examples
--------
>>> from farshlab.design import blank_grid, grid_to_text
>>> print(grid_to_text(draw_circle(blank_grid(5, 5), (2, 2), 2, code=1), ground="_"))
__1__
_111_
11111
_111_
__1__
"""

from __future__ import annotations

import numbers

import numpy as np

from farshlab.carpet._checks import words
from farshlab.design.grid import as_grid
from farshlab.locale import message

__all__ = ["draw_rectangle", "draw_line", "draw_ellipse", "draw_circle", "flood_fill", "stamp"]


def _integer(name: str, value, minimum=None) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise ValueError(words("design.error.whole_knots", name=name, value=repr(value)))
    if minimum is not None and value < minimum:
        raise ValueError(words("design.error.at_least", name=name, minimum=minimum, value=repr(value)))
    return int(value)


def _number(name: str, value) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not np.isfinite(value):
        raise ValueError(words("design.error.finite_knots", name=name, value=repr(value)))
    return float(value)


def _position(name: str, value) -> tuple[int, int]:
    try:
        row, column = value
    except (TypeError, ValueError):
        raise ValueError(words("design.error.pair", name=name, value=repr(value))) from None
    return _integer(message("design.name.row", name=name), row), _integer(
        message("design.name.column", name=name), column
    )


def _inside(name: str, grid: np.ndarray, row: int, column: int) -> None:
    rows, across = grid.shape
    if not (0 <= row < rows and 0 <= column < across):
        raise ValueError(
            words(
                "design.error.off_grid",
                name=name,
                row=row,
                column=column,
                rows=rows,
                across=across,
                last_row=rows - 1,
                last_column=across - 1,
            )
        )


def draw_rectangle(grid, bottom, left, rows, columns, code, filled=True) -> np.ndarray:
    """
    A rectangle of ``rows × columns`` knots whose bottom-left knot is ``(bottom, left)``.

    Parts outside the grid are cut off (a rectangle may run past an edge).

    Parameters
    ----------
    grid : array_like of int
        The design (row 0 = bottom).
    bottom, left : int
        Row and column of the rectangle's bottom-left knot.
    rows, columns : int
        Its height and width in knots (at least 1).
    code : int
        The colour code to paint.
    filled : bool
        ``False`` paints the one-knot outline only.

    Examples
    --------
    >>> from farshlab.design import blank_grid, grid_to_text
    >>> print(grid_to_text(draw_rectangle(blank_grid(4, 5), 0, 1, 3, 3, code=2, filled=False), ground="_"))
    _____
    _222_
    _2_2_
    _222_
    """
    grid = as_grid(grid)
    bottom, left = _integer("bottom", bottom), _integer("left", left)
    rows, columns = _integer("rows", rows, 1), _integer("columns", columns, 1)
    code = _integer("code", code, 0)
    mask = np.zeros(grid.shape, dtype=bool)
    r = np.arange(grid.shape[0])[:, None]
    c = np.arange(grid.shape[1])[None, :]
    inside = (r >= bottom) & (r < bottom + rows) & (c >= left) & (c < left + columns)
    mask |= inside
    if not filled:
        core = (r > bottom) & (r < bottom + rows - 1) & (c > left) & (c < left + columns - 1)
        mask &= ~core
    grid[mask] = code
    return grid


def _bresenham(r0: int, c0: int, r1: int, c1: int) -> list[tuple[int, int]]:
    if (r1, c1) < (r0, c0):  # the same knots whichever end comes first
        r0, c0, r1, c1 = r1, c1, r0, c0
    dr, dc = abs(r1 - r0), -abs(c1 - c0)
    step_r, step_c = (1 if r1 > r0 else -1), (1 if c1 > c0 else -1)
    error = dr + dc
    knots = []
    while True:
        knots.append((r0, c0))
        if (r0, c0) == (r1, c1):
            return knots
        twice = 2 * error
        if twice >= dc:
            error += dc
            r0 += step_r
        if twice <= dr:
            error += dr
            c0 += step_c


def draw_line(grid, start, end, code) -> np.ndarray:
    """
    A straight line of knots from ``start`` to ``end`` (both ``(row, column)``, both drawn).

    Uses Bresenham's algorithm; both ends must be on the grid.

    Examples
    --------
    >>> from farshlab.design import blank_grid, grid_to_text
    >>> print(grid_to_text(draw_line(blank_grid(3, 5), (0, 0), (2, 4), code=1), ground="_"))
    ___11
    _11__
    1____
    >>> draw_line(blank_grid(3, 5), (0, 0), (3, 4), code=1)
    Traceback (most recent call last):
    ...
    ValueError: end (3, 4) is off the grid of 3 rows × 5 knots (rows 0–2, columns 0–4)
    """
    grid = as_grid(grid)
    r0, c0 = _position("start", start)
    r1, c1 = _position("end", end)
    code = _integer("code", code, 0)
    _inside("start", grid, r0, c0)
    _inside("end", grid, r1, c1)
    rows, columns = zip(*_bresenham(r0, c0, r1, c1), strict=True)
    grid[list(rows), list(columns)] = code
    return grid


def draw_ellipse(grid, centre, radius_rows, radius_columns, code, filled=True) -> np.ndarray:
    """
    An ellipse of knots: every knot whose centre is inside it (its outline when ``filled=False``).

    Parameters
    ----------
    grid : array_like of int
        The design.
    centre : (float, float)
        ``(row, column)`` of the centre, in knots; halves such as ``(3.5, 3.5)`` centre a shape on an
        even-sized grid.
    radius_rows, radius_columns : float
        Half-height and half-width in knots (above 0).
    code : int
        The colour code.
    filled : bool
        ``False`` keeps only the knots of the inside with a 4-neighbour outside.

    Examples
    --------
    >>> from farshlab.design import blank_grid, grid_to_text
    >>> print(grid_to_text(draw_ellipse(blank_grid(3, 7), (1, 3), 1, 3, code=4), ground="_"))
    ___4___
    4444444
    ___4___
    """
    grid = as_grid(grid)
    try:
        centre_row, centre_column = centre
    except (TypeError, ValueError):
        raise ValueError(words("design.error.pair", name="centre", value=repr(centre))) from None
    centre_row = _number(message("design.name.row", name="centre"), centre_row)
    centre_column = _number(message("design.name.column", name="centre"), centre_column)
    radius_rows, radius_columns = (
        _number("radius_rows", radius_rows),
        _number("radius_columns", radius_columns),
    )
    if radius_rows <= 0 or radius_columns <= 0:
        raise ValueError(words("design.error.radii", rows=f"{radius_rows:g}", columns=f"{radius_columns:g}"))
    code = _integer("code", code, 0)
    r = np.arange(grid.shape[0])[:, None]
    c = np.arange(grid.shape[1])[None, :]
    inside = ((r - centre_row) / radius_rows) ** 2 + ((c - centre_column) / radius_columns) ** 2 <= 1 + 1e-9
    if not filled:
        padded = np.pad(inside, 1, constant_values=False)
        core = padded[:-2, 1:-1] & padded[2:, 1:-1] & padded[1:-1, :-2] & padded[1:-1, 2:]
        inside &= ~core
    grid[inside] = code
    return grid


def draw_circle(grid, centre, radius, code, filled=True) -> np.ndarray:
    """
    A circle of knots: :func:`draw_ellipse` with equal radii (round on square chart cells).

    Examples
    --------
    >>> from farshlab.design import blank_grid, colour_counts
    >>> colour_counts(draw_circle(blank_grid(6, 6), (2.5, 2.5), 3, code=1))
    {0: 4, 1: 32}
    """
    return draw_ellipse(grid, centre, radius, radius, code, filled)


def flood_fill(grid, seed, code) -> np.ndarray:
    """
    Paint the 4-connected patch of equal colour around ``seed`` (``(row, column)``) with ``code``.

    Knots touching only at a corner are not the same patch (as on chart paper, a diagonal line
    of knots closes a shape).

    Examples
    --------
    >>> from farshlab.design import grid_from_text, grid_to_text
    >>> print(grid_to_text(flood_fill(grid_from_text(["..1", ".1.", "1.."]), (0, 2), code=3), ground="_"))
    __1
    _13
    133
    """
    from scipy import ndimage  # here, not at the top: importing it costs 0.1 s that charts do not need

    grid = as_grid(grid)
    row, column = _position("seed", seed)
    _inside("seed", grid, row, column)
    code = _integer("code", code, 0)
    patches, _ = ndimage.label(grid == grid[row, column])  # default structure: 4-connected
    grid[patches == patches[row, column]] = code
    return grid


def stamp(grid, motif, positions, transparent=None) -> np.ndarray:
    """
    Copy a motif onto the grid with its bottom-left knot at each ``(row, column)`` of ``positions``.

    Parameters
    ----------
    grid : array_like of int
        The design.
    motif : array_like of int
        The motif (row 0 = its bottom row).
    positions : iterable of (int, int)
        Where each copy's bottom-left knot goes; later copies cover earlier ones.
    transparent : int, optional
        A code of the motif that is *not* copied (the grid shows through), e.g. its ground 0.

    Raises
    ------
    ValueError
        If a copy would run off the grid (the message says which edge), or no position is given.

    Examples
    --------
    >>> from farshlab.design import blank_grid, grid_to_text
    >>> stamped = stamp(blank_grid(2, 6, code=7), [[1, 0], [1, 1]], [(0, 0), (0, 3)], transparent=0)
    >>> print(grid_to_text(stamped))
    117117
    177177
    """
    grid = as_grid(grid)
    motif = as_grid(motif, name="motif")
    if transparent is not None:
        transparent = _integer("transparent", transparent, 0)
    positions = [_position("position", place) for place in positions]
    if not positions:
        raise ValueError(words("design.error.no_positions"))
    height, width = motif.shape
    rows, across = grid.shape
    keep = np.ones(motif.shape, dtype=bool) if transparent is None else motif != transparent
    for row, column in positions:
        problems = []
        if row < 0:
            problems.append(words("design.stamp.below"))
        if column < 0:
            problems.append(words("design.stamp.left"))
        if row + height > rows:
            problems.append(words("design.stamp.top", needed=row + height - 1, last=rows - 1))
        if column + width > across:
            problems.append(words("design.stamp.right", needed=column + width - 1, last=across - 1))
        if problems:
            joined = words("design.stamp.and").join(problems)
            raise ValueError(words("design.error.stamp", row=row, column=column, problems=joined))
        window = grid[row : row + height, column : column + width]
        window[keep] = motif[keep]
    return grid
