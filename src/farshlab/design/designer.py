"""
The Symmetry Designer's model: one motif and a kind of symmetry → a whole design, with its counts.

``symmetric_design(motif, symmetry, repeats)`` first tiles the motif ``repeats × repeats`` times
(the part the designer draws: a quarter, a half, or a border repeat), then builds the whole design:

========================  ==========================================================  ====================
symmetry                  whole design                                                 symmetric as
========================  ==========================================================  ====================
``quarter_double``        :func:`mirror_quarter` of the tile, centre doubled (even)    ``quarter``
``quarter_shared``        :func:`mirror_quarter`, centre row/column shared (odd)       ``quarter``
``half_left``             :func:`mirror_half` of the tile as the left half             ``mirror_left_right``
``half_bottom``           :func:`mirror_half` of the tile as the bottom half           ``mirror_top_bottom``
``rotation``              :func:`four_fold` of the tile (padded square with ground)    ``rotation_90``
``border``                a plain field in a border of motif repeats, 2:3 proportion   ``quarter``
========================  ==========================================================  ====================

For ``border`` the side inside the border is ``2·(repeats + 1)`` motif lengths across and
``3·(repeats + 1)`` along (both sides hold whole repeats, like the 100 × 150 khaneh field of the
trade's example; sources.md: iran-carpet-13122), with one-knot guard stripes of code 1 inside and
outside the border and a field of the ground code.

Classes
-------
DesignResult
    The motif, the symmetry, the whole design, its knots per code and the symmetry it must have.

Functions
---------
symmetric_design
    Build the design (pure: the same motif and options always give the same design).

Examples
--------
>>> from farshlab.design import motif
>>> result = symmetric_design(motif("star"), "quarter_shared")
>>> result.design.shape, result.symmetric
((17, 17), True)
"""

from __future__ import annotations

import numbers
from dataclasses import dataclass

import numpy as np

from farshlab.carpet._checks import words
from farshlab.design.compose import compose_carpet
from farshlab.design.grid import as_grid, colour_counts
from farshlab.design.symmetry import four_fold, is_symmetric, mirror_half, mirror_quarter

__all__ = ["DESIGN_SYMMETRIES", "DesignResult", "symmetric_design"]


def _border(tile: np.ndarray, motif: np.ndarray, repeats: int, ground: int) -> np.ndarray:
    length = motif.shape[1]
    across, rows = 2 * (repeats + 1) * length, 3 * (repeats + 1) * length
    field = np.full((rows - 2, across - 2), ground, dtype=np.int64)
    return compose_carpet(field, motif, inner_guard=(1, 1), outer_guard=(1, 1))


def _rotation(tile: np.ndarray, ground: int) -> np.ndarray:
    rows, across = tile.shape
    side = max(rows, across)
    square = np.pad(tile, ((side - rows, 0), (side - across, 0)), constant_values=ground)
    return four_fold(square)


DESIGN_SYMMETRIES = {
    "quarter_double": ("quarter", lambda tile, motif, repeats, ground: mirror_quarter(tile, "double")),
    "quarter_shared": ("quarter", lambda tile, motif, repeats, ground: mirror_quarter(tile, "shared")),
    "half_left": ("mirror_left_right", lambda tile, motif, repeats, ground: mirror_half(tile, "left")),
    "half_bottom": ("mirror_top_bottom", lambda tile, motif, repeats, ground: mirror_half(tile, "bottom")),
    "rotation": ("rotation_90", lambda tile, motif, repeats, ground: _rotation(tile, ground)),
    "border": ("quarter", _border),
}
"""Symmetry name → (the :data:`~farshlab.design.SYMMETRY_CHECKS` kind it gives, builder)."""


@dataclass(frozen=True)
class DesignResult:
    """
    A whole design built from a motif.

    Attributes
    ----------
    motif : numpy.ndarray
        The motif as given (row 0 = bottom).
    symmetry : str
        A key of :data:`DESIGN_SYMMETRIES`.
    repeats : int
        Copies of the motif each way in the drawn part.
    design : numpy.ndarray
        The whole design (row 0 = bottom).
    counts : dict
        Knots of each code in the whole design, ``{code: knots}``.
    check : str
        The kind of symmetry the design has (a key of :data:`~farshlab.design.SYMMETRY_CHECKS`).
    """

    motif: np.ndarray
    symmetry: str
    repeats: int
    design: np.ndarray
    counts: dict
    check: str

    @property
    def symmetric(self) -> bool:
        """Whether the design has the symmetry it should (always true; shown to trainees as proof)."""
        return is_symmetric(self.design, self.check)

    @property
    def size(self) -> tuple[int, int]:
        """``(knots_across, rows)`` of the whole design."""
        return self.design.shape[1], self.design.shape[0]


def symmetric_design(
    motif, symmetry: str = "quarter_double", repeats: int = 1, ground: int = 0
) -> DesignResult:
    """
    A whole design from a motif and a kind of symmetry (see the module's table).

    Parameters
    ----------
    motif : array_like of int
        The motif (row 0 = its bottom row).
    symmetry : str
        A key of :data:`DESIGN_SYMMETRIES`.
    repeats : int
        The motif is tiled ``repeats × repeats`` times to make the drawn part (1–6).
    ground : int
        The ground code used for padding (``rotation``) and the plain field (``border``).

    Raises
    ------
    ValueError
        For an empty or non-integer motif, an unknown symmetry or repeats outside 1–6.

    Examples
    --------
    >>> result = symmetric_design([[1, 0], [2, 1]], "quarter_double", repeats=2)
    >>> result.size, result.counts
    ((8, 8), {0: 16, 1: 32, 2: 16})
    """
    motif = as_grid(motif, name="motif")
    if symmetry not in DESIGN_SYMMETRIES:
        raise ValueError(
            words(
                "design.error.one_of",
                name="symmetry",
                choices=", ".join(DESIGN_SYMMETRIES),
                value=repr(symmetry),
            )
        )
    if isinstance(repeats, bool) or not isinstance(repeats, numbers.Integral) or not 1 <= repeats <= 6:
        raise ValueError(words("design.error.repeats", value=repr(repeats)))
    if isinstance(ground, bool) or not isinstance(ground, numbers.Integral) or ground < 0:
        raise ValueError(words("design.error.ground", value=repr(ground)))
    check, build = DESIGN_SYMMETRIES[symmetry]
    tile = np.tile(motif, (int(repeats), int(repeats)))
    design = build(tile, motif, int(repeats), int(ground))
    return DesignResult(motif, symmetry, int(repeats), design, colour_counts(design), check)
