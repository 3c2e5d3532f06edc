"""
Yarn per code for a chart: knots of each code → metres and grams of pile yarn, with waste.

Each colour must be dyed in **one lot**: a colour that runs out and is dyed again leaves a visible
two-shade patch (دورنگی), so a workshop needs the yarn of every code before weaving starts
(sources.md: workshop-practice). The arithmetic is :mod:`farshlab.carpet`'s (Ahrari): metres =
knots × cm of yarn per knot / 100; grams = metres / (Nm / ply) × (1 + waste % / 100). The default
4 cm of yarn per knot is the figure quoted at 40 raj; finer raj use less, so calibrate it.

Classes
-------
YarnFigures
    The yarn figures the grams are computed with (Nm, ply, cm of yarn per knot, waste %); a
    chart file keeps them, so a reloaded chart reprints the same legend.
YarnLine, YarnTable
    One code's knots, metres and grams; the table for a chart with its totals and CSV text.

Functions
---------
knots_per_code
    ``{code: knots}`` of a chart, in legend order (a count, not a sort: quick for millions of knots).
yarn_table
    The yarn table of a chart.

References
----------
Ahrari, iran-carpet.com/fa/blog/detail/1705, 1726, 1804, 1819 (yarn per knot, Nm);
:func:`farshlab.carpet.pile_grams_per_colour`.

Examples
--------
>>> import numpy as np
>>> from farshlab.colour import Yarn, YarnLegend
>>> legend = YarnLegend([Yarn(1, "Cream", "#efe3c8"), Yarn(7, "Madder red", "#a8323a")])
>>> table = yarn_table(np.array([[1, 1, 7], [1, 7, 7]]), legend, nm=6, ply=2, waste_percent=10)
>>> [(line.code, line.knots, line.metres, round(line.grams, 4)) for line in table]
[(1, 3, 0.12, 0.044), (7, 3, 0.12, 0.044)]
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

import numpy as np

from farshlab.carpet import DEFAULT_CM_PER_KNOT, pile_grams_per_colour, pile_length_m
from farshlab.checks import non_negative, positive, whole, words
from farshlab.colour import YarnLegend

__all__ = ["YarnFigures", "YarnLine", "YarnTable", "knots_per_code", "yarn_table"]


def _one_number(name: str, value, check) -> float:
    number = check(name, value)
    if number.ndim != 0:
        raise ValueError(words("chart.check.one_number", name=name, value=repr(value)))
    return float(number)


@dataclass(frozen=True)
class YarnFigures:
    """
    The yarn figures of a chart: what turns its knots into metres and grams of pile yarn.

    Parameters
    ----------
    nm : float
        Metric count of one strand: metres of yarn per gram (Nm 6 = 6 m/g), above 0.
    ply : int
        Strands plied together, 1 or more (the plied yarn's Nm is ``nm / ply``).
    cm_per_knot : float
        Centimetres of pile yarn per knot, above 0 (4.0 quoted at 40 raj; finer raj use less).
    waste_percent : float
        Waste allowance added to the grams, in %, 0 or more.

    Raises
    ------
    ValueError
        A figure that is not a finite number in its range (``ply`` not a whole number).

    Examples
    --------
    >>> from farshlab.colour import Yarn, YarnLegend
    >>> figures = YarnFigures(nm=6, ply=2, cm_per_knot=4, waste_percent=10)
    >>> table = figures.table([[1, 1, 1]], YarnLegend([Yarn(1, "Cream", "#efe3c8")]))
    >>> [(line.code, line.knots, round(line.grams, 3)) for line in table], table.figures == figures
    ([(1, 3, 0.044)], True)
    >>> YarnFigures(nm=6, ply=1.5)
    Traceback (most recent call last):
    ...
    ValueError: ply must be a whole number of at least 1, got 1.5
    """

    nm: float
    ply: int = 1
    cm_per_knot: float = DEFAULT_CM_PER_KNOT
    waste_percent: float = 0.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "nm", _one_number("nm", self.nm, positive))
        object.__setattr__(self, "ply", whole("ply", self.ply))
        object.__setattr__(self, "cm_per_knot", _one_number("cm_per_knot", self.cm_per_knot, positive))
        object.__setattr__(
            self, "waste_percent", _one_number("waste_percent", self.waste_percent, non_negative)
        )

    def table(self, codes, legend: YarnLegend) -> YarnTable:
        """The yarn table of a chart's ``codes`` and ``legend`` with these figures (:func:`yarn_table`)."""
        return yarn_table(
            codes,
            legend,
            nm=self.nm,
            ply=self.ply,
            cm_per_knot=self.cm_per_knot,
            waste_percent=self.waste_percent,
        )


@dataclass(frozen=True)
class YarnLine:
    """One code of a chart: its yarn, knots, metres of pile yarn (no waste) and grams (waste included)."""

    code: int
    name: str
    colour: str
    knots: int
    metres: float
    grams: float


@dataclass(frozen=True)
class YarnTable:
    """
    The yarn of a chart, one line per code used (legend order), with totals.

    Attributes
    ----------
    lines : tuple of YarnLine
    nm, ply, cm_per_knot, waste_percent : float
        The yarn figures the table was computed with (also as one :class:`YarnFigures`:
        ``figures``).
    """

    lines: tuple
    nm: float
    ply: int
    cm_per_knot: float
    waste_percent: float

    def __iter__(self):
        return iter(self.lines)

    def __len__(self) -> int:
        return len(self.lines)

    @property
    def figures(self) -> YarnFigures:
        """The yarn figures the table was computed with."""
        return YarnFigures(self.nm, self.ply, self.cm_per_knot, self.waste_percent)

    @property
    def total_knots(self) -> int:
        """All knots of the chart."""
        return sum(line.knots for line in self.lines)

    @property
    def total_grams(self) -> float:
        """Grams of pile yarn, all codes, waste included."""
        return float(sum(line.grams for line in self.lines))

    def to_csv_text(self) -> str:
        """
        The table as CSV: ``code,name,colour,knots,metres,grams`` (metres without waste, grams with).

        Examples
        --------
        >>> from farshlab.colour import Yarn, YarnLegend
        >>> legend = YarnLegend([Yarn(1, "Cream", "#efe3c8")])
        >>> print(yarn_table([[1, 1]], legend, nm=6).to_csv_text(), end="")
        code,name,colour,knots,metres,grams
        1,Cream,#efe3c8,2,0.08,0.013
        """
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["code", "name", "colour", "knots", "metres", "grams"])
        for line in self.lines:
            writer.writerow(
                [line.code, line.name, line.colour, line.knots, f"{line.metres:.2f}", f"{line.grams:.3f}"]
            )
        return buffer.getvalue()


_COUNT_BELOW = 1 << 16
"""Codes below this (or below twice the knots) are counted with ``np.bincount``; larger ones sorted."""


def _code_counts(chart: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The codes used in a chart, increasing, and the knots of each."""
    flat = chart.ravel()
    if flat.min() >= 0 and flat.max() < max(_COUNT_BELOW, 2 * flat.size):
        counts = np.bincount(flat.astype(np.intp, copy=False))
        used = np.flatnonzero(counts)
        return used, counts[used]
    return np.unique(flat, return_counts=True)


def knots_per_code(codes, legend: YarnLegend) -> dict[int, int]:
    """
    Knots of each code used in the chart, in legend order (codes not used are left out).

    Raises
    ------
    ValueError
        A grid that is not 2-D whole-number codes, a legend that is not a YarnLegend, a code in
        the chart that the legend lacks.

    Examples
    --------
    >>> from farshlab.colour import Yarn, YarnLegend
    >>> yarns = [Yarn(9, "Navy", "#1f2a44"), Yarn(1, "Cream", "#efe3c8"), Yarn(4, "Red", "#a8323a")]
    >>> legend = YarnLegend(yarns)
    >>> knots_per_code([[1, 9, 9], [9, 1, 9]], legend)
    {9: 4, 1: 2}
    """
    chart = np.asarray(codes)
    if chart.ndim != 2 or chart.size == 0 or chart.dtype.kind not in "iu":
        raise ValueError(words("chart.check.codes", shape=chart.shape, dtype=chart.dtype))
    if not isinstance(legend, YarnLegend):
        raise ValueError(words("chart.check.legend_type", kind=type(legend).__name__))
    used, counts = _code_counts(chart)
    found = dict(zip(used.tolist(), counts.tolist(), strict=True))
    missing = sorted(set(found) - set(legend.codes.tolist()))
    if missing:
        raise ValueError(words("chart.check.codes_not_in_legend", missing=missing))
    return {code: found[code] for code in legend.codes.tolist() if code in found}


def yarn_table(
    codes, legend: YarnLegend, *, nm, ply=1, cm_per_knot=DEFAULT_CM_PER_KNOT, waste_percent=0.0
) -> YarnTable:
    """
    Knots, metres and grams of yarn for each code of a chart.

    Parameters
    ----------
    codes : array_like of int, shape (rows, knots_across)
        The chart.
    legend : farshlab.colour.YarnLegend
        Its yarns.
    nm : float, keyword only
        Metric count (metres per gram) of one strand.
    ply : int
        Strands plied together (the plied yarn's Nm is ``nm / ply``).
    cm_per_knot : float
        Centimetres of yarn per knot (4.0 quoted at 40 raj).
    waste_percent : float
        Waste allowance in % added to the grams.

    Returns
    -------
    YarnTable

    Raises
    ------
    ValueError
        Bad codes or legend (:func:`knots_per_code`), bad figures (:class:`YarnFigures`).

    Examples
    --------
    >>> from farshlab.colour import Yarn, YarnLegend
    >>> legend = YarnLegend([Yarn(1, "Cream", "#efe3c8")])
    >>> round(yarn_table(np.ones((500, 357), dtype=int), legend, nm=6, ply=2).total_grams, 1)
    2380.0
    """
    figures = YarnFigures(nm, ply, cm_per_knot, waste_percent)
    counts = knots_per_code(codes, legend)
    grams = pile_grams_per_colour(counts, figures.nm, figures.ply, figures.cm_per_knot, figures.waste_percent)
    lines = []
    for code, knots in counts.items():
        yarn = legend.by_code(code)
        lines.append(
            YarnLine(
                code=code,
                name=yarn.name,
                colour=yarn.colour,
                knots=knots,
                metres=pile_length_m(knots, figures.cm_per_knot),
                grams=float(grams[code]),
            )
        )
    return YarnTable(
        lines=tuple(lines),
        nm=figures.nm,
        ply=figures.ply,
        cm_per_knot=figures.cm_per_knot,
        waste_percent=figures.waste_percent,
    )
