"""
Yarn per code for a chart: knots of each code → metres and grams of pile yarn, with waste.

Each colour must be dyed in **one lot**: a colour that runs out and is dyed again leaves a visible
two-shade patch (دورنگی), so a workshop needs the yarn of every code before weaving starts
(DOMAIN notes §2). The arithmetic is :mod:`farshlab.carpet`'s (Ahrari): metres = knots × cm of yarn
per knot / 100; grams = metres / (Nm / ply) × (1 + waste % / 100). The default 4 cm of yarn per
knot is the figure quoted at 40 raj; finer raj use less, so calibrate it.

Classes
-------
YarnLine, YarnTable
    One code's knots, metres and grams; the table for a chart with its totals and CSV text.

Functions
---------
knots_per_code
    ``{code: knots}`` of a chart, in legend order.
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
from farshlab.colour import YarnLegend

__all__ = ["YarnLine", "YarnTable", "knots_per_code", "yarn_table"]


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
        The yarn figures the table was computed with.
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


def knots_per_code(codes, legend: YarnLegend) -> dict[int, int]:
    """
    Knots of each code used in the chart, in legend order (codes not used are left out).

    Raises
    ------
    ValueError
        A code in the chart that the legend lacks.

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
        raise ValueError(
            f"codes must be a 2-D grid of whole-number codes, got shape {chart.shape} of {chart.dtype}"
        )
    if not isinstance(legend, YarnLegend):
        raise ValueError(f"legend must be a YarnLegend, got {type(legend).__name__}")
    used, counts = np.unique(chart, return_counts=True)
    found = dict(zip(used.tolist(), counts.tolist(), strict=True))
    missing = sorted(set(found) - set(legend.codes.tolist()))
    if missing:
        raise ValueError(f"codes {missing} are used in the chart but not in the legend")
    return {int(code): found[int(code)] for code in legend.codes if int(code) in found}


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

    Examples
    --------
    >>> from farshlab.colour import Yarn, YarnLegend
    >>> legend = YarnLegend([Yarn(1, "Cream", "#efe3c8")])
    >>> round(yarn_table(np.ones((500, 357), dtype=int), legend, nm=6, ply=2).total_grams, 1)
    2380.0
    """
    counts = knots_per_code(codes, legend)
    grams = pile_grams_per_colour(counts, nm, ply, cm_per_knot, waste_percent)
    lines = tuple(
        YarnLine(
            code=code,
            name=legend.by_code(code).name,
            colour=legend.by_code(code).colour,
            knots=knots,
            metres=pile_length_m(knots, cm_per_knot),
            grams=float(grams[code]),
        )
        for code, knots in counts.items()
    )
    return YarnTable(
        lines=lines,
        nm=float(nm),
        ply=int(ply),
        cm_per_knot=float(cm_per_knot),
        waste_percent=float(waste_percent),
    )
