"""
Knot grids: a design held as a 2-D array of colour codes, checked, made, read from text and counted.

A grid has one cell per knot; ``grid[row, column]`` is the colour code of that knot. **Row 0 is
the bottom row, the first row the weaver ties** (the weaver's "row 1"); column 0 is the left edge
of the chart as it is drawn. Codes are whole numbers 0 or more that point into a yarn legend
(:class:`farshlab.colour.YarnLegend`).

Functions
---------
as_grid
    Check a grid (2-D, not empty, whole-number codes 0 or more) and return it as an int64 array.
blank_grid
    A grid of ``rows × knots_across`` knots of one code.
grid_from_text
    A grid from lines of digits written as a chart is seen (top row first), flipped to row 0 = bottom.
grid_to_text
    The reverse: lines of digits, top row first.
colour_counts
    Knots of each code, ``{code: knots}``, codes in increasing order.

References
----------
Chart paper and the khaneh (10 × 10 block): wikicarpet.com «كاغذ نقشه» (sources.md:
wikicarpet-naqsheh); weavers count rows from the bottom (sources.md: workshop-practice).

Examples
--------
>>> grid = grid_from_text(["..1", "111"])
>>> grid.tolist()  # row 0 is the bottom line of the text
[[1, 1, 1], [0, 0, 1]]
>>> colour_counts(grid)
{0: 2, 1: 4}
"""

from __future__ import annotations

import numbers

import numpy as np

from farshlab.carpet._checks import words

__all__ = ["as_grid", "blank_grid", "grid_from_text", "grid_to_text", "colour_counts", "GROUND_CHARACTER"]

GROUND_CHARACTER = "."
"""In text grids, ``"."`` stands for code 0 (the ground) so that motifs are easy to read."""


def as_grid(grid, name: str = "grid") -> np.ndarray:
    """
    Check a knot grid and return it as a new 2-D ``int64`` array (row 0 = bottom row).

    Parameters
    ----------
    grid : array_like of int
        Colour codes, one per knot: a list of equal-length lists or a 2-D integer array.
    name : str
        What to call the grid in error messages (``"motif"``, ``"quarter"`` …).

    Returns
    -------
    numpy.ndarray
        A copy, dtype ``int64``, shape ``(rows, knots_across)``.

    Raises
    ------
    ValueError
        If the grid is empty, not 2-D, ragged, holds numbers that are not whole (floats, even
        ``2.0``), ``True``/``False``, text, or a code below 0.

    Examples
    --------
    >>> as_grid([[1, 2], [3, 4]]).dtype
    dtype('int64')
    >>> as_grid([[1.0, 2.0]])
    Traceback (most recent call last):
    ...
    ValueError: grid must hold whole-number colour codes (int), got float64 values such as 1.0
    >>> as_grid([[1, 2], [3]], name="motif")
    Traceback (most recent call last):
    ...
    ValueError: motif must be a rectangle of colour codes: its rows have different lengths
    """
    if isinstance(grid, np.ndarray):
        array = grid
    else:
        try:
            array = np.asarray(grid)
        except ValueError:
            raise ValueError(words("design.error.ragged", name=name)) from None
        if array.dtype == object:
            raise ValueError(words("design.error.ragged", name=name))
    if array.ndim != 2:
        raise ValueError(words("design.error.not_2d", name=name, ndim=array.ndim, shape=array.shape))
    if array.size == 0:
        raise ValueError(words("design.error.empty", name=name, shape=array.shape))
    if array.dtype == bool:
        raise ValueError(words("design.error.booleans", name=name))
    if not np.issubdtype(array.dtype, np.integer):
        example = array.flat[0].item() if isinstance(array.flat[0], np.generic) else array.flat[0]
        raise ValueError(words("design.error.not_int", name=name, dtype=array.dtype, example=repr(example)))
    if (array < 0).any():
        raise ValueError(words("design.error.negative", name=name, value=array.min()))
    return array.astype(np.int64, copy=True)


def _whole(name: str, value, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < minimum:
        raise ValueError(words("design.error.whole", name=name, minimum=minimum, value=repr(value)))
    return int(value)


def blank_grid(rows, knots_across, code=0) -> np.ndarray:
    """
    A grid of ``rows × knots_across`` knots, all of colour ``code``.

    Examples
    --------
    >>> blank_grid(2, 3, code=5).tolist()
    [[5, 5, 5], [5, 5, 5]]
    >>> blank_grid(0, 3)
    Traceback (most recent call last):
    ...
    ValueError: rows must be a whole number of at least 1, got 0
    """
    rows = _whole("rows", rows, 1)
    knots_across = _whole("knots_across", knots_across, 1)
    code = _whole("code", code, 0)
    return np.full((rows, knots_across), code, dtype=np.int64)


def grid_from_text(lines, name: str = "grid") -> np.ndarray:
    """
    A grid from lines of digits written as the chart is seen: **top row first**.

    Each character is one knot: a digit ``0``–``9`` is its code and ``"."`` is code 0. The lines
    are flipped so that the last line becomes row 0, the bottom row the weaver starts with.

    Parameters
    ----------
    lines : str or list of str
        The rows, top first; a single string is split at line breaks (blank lines ignored).

    Examples
    --------
    >>> grid_from_text("2.\\n.1").tolist()
    [[0, 1], [2, 0]]
    >>> grid_from_text(["12", "1x"])
    Traceback (most recent call last):
    ...
    ValueError: grid line 2 from the top has 'x': use the digits 0-9 and '.' for the ground
    """
    if isinstance(lines, str):
        lines = lines.splitlines()
    lines = [line.strip() for line in lines if line.strip()]
    if not lines:
        raise ValueError(words("design.error.no_lines", name=name))
    if len({len(line) for line in lines}) != 1:
        raise ValueError(words("design.error.ragged", name=name))
    for number, line in enumerate(lines, start=1):
        for character in line:
            if character != GROUND_CHARACTER and not ("0" <= character <= "9"):
                raise ValueError(
                    words(
                        "design.error.character",
                        name=name,
                        line=number,
                        character=repr(character),
                        ground=GROUND_CHARACTER,
                    )
                )
    codes = [[0 if ch == GROUND_CHARACTER else int(ch) for ch in line] for line in lines]
    return np.array(codes[::-1], dtype=np.int64)


def grid_to_text(grid, ground: str = GROUND_CHARACTER) -> str:
    """
    A grid of codes 0–9 as lines of digits, **top row first** (the reverse of :func:`grid_from_text`).

    Examples
    --------
    >>> print(grid_to_text([[1, 1, 1], [0, 0, 1]], ground="_"))
    __1
    111
    """
    grid = as_grid(grid)
    if grid.max() > 9:
        raise ValueError(words("design.error.text_codes", code=grid.max()))
    return "\n".join("".join(ground if code == 0 else str(code) for code in row) for row in grid[::-1])


def colour_counts(grid) -> dict[int, int]:
    """
    How many knots each colour code has: ``{code: knots}``, codes in increasing order.

    Examples
    --------
    >>> colour_counts([[3, 3, 1], [1, 1, 7]])
    {1: 3, 3: 2, 7: 1}
    """
    codes, counts = np.unique(as_grid(grid), return_counts=True)
    return {int(code): int(count) for code, count in zip(codes, counts, strict=True)}
