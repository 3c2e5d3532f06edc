"""
A small library of motifs for practice, and the yarn legend their codes refer to.

Each motif is a small grid of codes (row 0 = its bottom row), written below as text top row first
(``"."`` is the ground, code 0) and read with :func:`farshlab.design.grid_from_text`. They are
simplified shapes drawn for this course, in the spirit of the trade's motifs, not copies of any
carpet's chart:

- ``boteh`` — the paisley or "flame" (بته جقه), a teardrop with a bent tip;
- ``gul`` — an octagonal rosette (گل), the medallion of Turkmen and Azerbaijani rugs;
- ``star`` — an eight-pointed star (ستاره هشت‌پر);
- ``tree`` — a small cypress-like tree of life (درخت زندگی);
- ``diamond`` — a stepped lozenge, a common border repeat.

Codes: 0 ground, 1 outline, 2–5 fillings; :func:`motif_legend` names a yarn for each.

Functions
---------
motif
    One motif by name, as a new grid.
motif_legend
    The :class:`farshlab.colour.YarnLegend` of the motif codes 0–5 (made-up example yarns).

Examples
--------
>>> sorted(MOTIFS)
['boteh', 'diamond', 'gul', 'star', 'tree']
>>> motif("star").shape
(9, 9)
"""

from __future__ import annotations

import numpy as np

from farshlab.carpet._checks import words
from farshlab.colour import Yarn, YarnLegend
from farshlab.design.grid import grid_from_text

__all__ = ["MOTIFS", "MOTIF_TEXTS", "motif", "motif_legend"]

MOTIF_TEXTS = {
    "boteh": (
        ".....11.",
        "....1.1.",
        "...12.1.",
        "..1221..",
        ".12331..",
        "1233331.",
        "1234331.",
        "1233331.",
        ".12331..",
        "..1111..",
    ),
    "gul": (
        "...111...",
        "..12221..",
        ".1233321.",
        "123343321",
        "123444321",
        "123343321",
        ".1233321.",
        "..12221..",
        "...111...",
    ),
    "star": (
        "1...1...1",
        ".1.121.1.",
        "..12321..",
        ".1233321.",
        "123343321",
        ".1233321.",
        "..12321..",
        ".1.121.1.",
        "1...1...1",
    ),
    "tree": (
        "...5...",
        "..555..",
        ".55555.",
        "..555..",
        ".55555.",
        "5555555",
        "...4...",
        "...4...",
    ),
    "diamond": (
        "1111111",
        "1..2..1",
        "1.232.1",
        "1233321",
        "1.232.1",
        "1..2..1",
        "1111111",
    ),
}
"""The motifs as text, top row first (see :func:`farshlab.design.grid_from_text`)."""

MOTIFS = {name: grid_from_text(text, name=name) for name, text in MOTIF_TEXTS.items()}
"""The motifs as grids (row 0 = bottom). Use :func:`motif` for a copy you may change."""

_LEGEND_ROWS = (
    (0, "Ivory ground", "#efe3c8", "ground; fa: کرم"),
    (1, "Walnut brown", "#4a2f24", "outlines; fa: گردویی"),
    (2, "Madder red", "#a8323a", "fa: روناسی"),
    (3, "Indigo blue", "#24346b", "fa: نیلی"),
    (4, "Weld yellow", "#d8a72e", "fa: اسپرکی"),
    (5, "Leaf green", "#4d7a32", "fa: سبز برگی"),
)


def motif(name: str) -> np.ndarray:
    """
    A copy of one library motif.

    Examples
    --------
    >>> motif("gul")[4].tolist()  # the middle row
    [1, 2, 3, 4, 4, 4, 3, 2, 1]
    >>> motif("lion")
    Traceback (most recent call last):
    ...
    ValueError: no motif 'lion' in the library: choose one of boteh, diamond, gul, star, tree
    """
    if name not in MOTIFS:
        raise ValueError(words("design.error.motif", name=repr(name), names=", ".join(sorted(MOTIFS))))
    return MOTIFS[name].copy()


def motif_legend() -> YarnLegend:
    """
    The yarns for the motif codes 0–5: an EXAMPLE legend made up for the course.

    Examples
    --------
    >>> legend = motif_legend()
    >>> legend.by_code(2).name, len(legend)
    ('Madder red', 6)
    """
    return YarnLegend(
        [Yarn(code, name, colour, notes) for code, name, colour, notes in _LEGEND_ROWS],
        ["EXAMPLE legend for the course's practice motifs: made-up yarns"],
    )
