"""
Clean-up of a coded chart: isolated single knots and runs shorter than N knots, never across a large ΔE.

Weavers dislike a lone knot of a colour: it costs a change of yarn for one knot and hardly shows
in the woven picture. Two steps remove such knots, each replacing a knot (or a short run) by the
**majority** code of its neighbours:

1. **isolated knots** — a knot none of whose four neighbours (left, right, above, below) has its
   code. Its eight surrounding knots vote; the most frequent code wins (a tie goes to the code
   nearest by ΔE00 to the knot's own yarn, then to the smaller code).
2. **short runs** — along each row, a run of fewer than ``min_run`` knots of one code. Its
   neighbours (the knots just above and below it, and the knot at each end) vote in the same way,
   so a run that continues a shape above or below — a thin vertical line — stays.

A change is made only when the new yarn is within ``max_delta_e`` (ΔE00) of the old one: a white
highlight in a dark eye stays, however small. The default threshold, 10 ΔE00 ("clearly another
shade" is about 5), is farshlab's choice, not a trade figure; Chart Studio lets you change it.
Every step reports how many knots it changed.

Classes
-------
CleanupReport
    The cleaned codes and the knots changed by each step.

Functions
---------
isolated_knots
    Where the isolated knots are (a boolean grid).
clean_chart
    Both steps, with their report.

References
----------
DOMAIN notes §2 (weavers dislike isolated knots; NaqshSaz, cpt.ir); ΔE00: :mod:`farshlab.colour`.

Examples
--------
>>> import numpy as np
>>> from farshlab.colour import Yarn, YarnLegend
>>> yarns = [Yarn(1, "Cream", "#efe3c8"), Yarn(2, "Ivory", "#f3ead5"), Yarn(3, "Navy", "#1f2a44")]
>>> legend = YarnLegend(yarns)
>>> chart = np.array([[1, 1, 1], [1, 2, 1], [1, 1, 3]])
>>> report = clean_chart(chart, legend)
>>> report.codes.tolist(), report.changed
([[1, 1, 1], [1, 1, 1], [1, 1, 3]], {'isolated': 1, 'short_runs': 0})
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np

from farshlab.colour import YarnLegend, delta_e_ciede2000

__all__ = ["DEFAULT_MAX_DELTA_E", "CleanupReport", "clean_chart", "isolated_knots"]

DEFAULT_MAX_DELTA_E = 10.0
"""Largest ΔE00 between a knot's yarn and its replacement (farshlab's default, not a trade figure)."""


@dataclass(frozen=True)
class CleanupReport:
    """
    The result of :func:`clean_chart`.

    Attributes
    ----------
    codes : numpy.ndarray of int
        The cleaned chart (row 0 = bottom).
    changed : dict of str → int
        Knots changed by each step, in the order run: ``"isolated"``, ``"short_runs"``.
    """

    codes: np.ndarray
    changed: dict


def _chart(codes) -> np.ndarray:
    array = np.asarray(codes)
    if array.ndim != 2 or array.size == 0 or array.dtype.kind not in "iu":
        raise ValueError(
            f"codes must be a 2-D grid of whole-number codes, got shape {array.shape} of {array.dtype}"
        )
    return array


def isolated_knots(codes) -> np.ndarray:
    """
    True where a knot's four neighbours (left, right, above, below) all have other codes.

    Knots on the edge have fewer neighbours; a 1 × 1 chart has no isolated knot.

    Examples
    --------
    >>> isolated_knots([[1, 1, 2], [1, 3, 1]]).astype(int).tolist()
    [[0, 0, 1], [0, 1, 1]]
    """
    chart = _chart(codes)
    same = np.zeros(chart.shape, dtype=bool)
    same[:, 1:] |= chart[:, 1:] == chart[:, :-1]
    same[:, :-1] |= chart[:, :-1] == chart[:, 1:]
    same[1:, :] |= chart[1:, :] == chart[:-1, :]
    same[:-1, :] |= chart[:-1, :] == chart[1:, :]
    has_neighbour = np.zeros(chart.shape, dtype=bool)
    has_neighbour[:, 1:] = has_neighbour[:, :-1] = chart.shape[1] > 1
    has_neighbour[1:, :] |= True
    has_neighbour[:-1, :] |= True
    return ~same & has_neighbour


class _Distances:
    """ΔE00 between the yarns of a legend, looked up by code."""

    def __init__(self, legend: YarnLegend) -> None:
        self.row = {int(code): index for index, code in enumerate(legend.codes)}
        self.table = delta_e_ciede2000(legend.lab[:, None, :], legend.lab[None, :, :])

    def __call__(self, code: int, other: int) -> float:
        return float(self.table[self.row[code], self.row[other]])


def _vote(votes: Counter, own: int, distance: _Distances, max_delta_e: float) -> int | None:
    """The neighbours' majority code if it is not ``own`` (a tie keeps ``own``) and close enough."""
    if not votes:
        return None
    most = max(votes.values())
    if votes.get(own, 0) == most:
        return None
    _, winner = min((distance(own, code), code) for code, count in votes.items() if count == most)
    return winner if distance(own, winner) <= max_delta_e else None


def _clean_isolated(chart: np.ndarray, distance: _Distances, max_delta_e: float) -> int:
    original = chart.copy()
    changed = 0
    for r, c in zip(*np.nonzero(isolated_knots(original)), strict=True):
        window = original[max(r - 1, 0) : r + 2, max(c - 1, 0) : c + 2]
        votes = Counter(window.ravel().tolist())
        votes[int(original[r, c])] -= 1  # the knot itself does not vote
        winner = _vote(+votes, int(original[r, c]), distance, max_delta_e)
        if winner is not None:
            chart[r, c] = winner
            changed += 1
    return changed


def _clean_short_runs(chart: np.ndarray, min_run: int, distance: _Distances, max_delta_e: float) -> int:
    rows, columns = chart.shape
    changed = 0
    for r in range(rows):
        row = chart[r]
        starts = np.flatnonzero(np.concatenate([[True], row[1:] != row[:-1]]))
        stops = np.append(starts[1:], columns)
        for start, stop in zip(starts.tolist(), stops.tolist(), strict=True):
            if stop - start >= min_run or stop - start == columns:
                continue
            own = int(row[start])
            if (row[start:stop] != own).any():  # already changed by a run before it
                continue
            neighbours = [chart[other, start:stop] for other in (r - 1, r + 1) if 0 <= other < rows]
            neighbours += [row[side : side + 1] for side in (start - 1, stop) if 0 <= side < columns]
            votes = Counter(np.concatenate(neighbours).tolist())
            winner = _vote(votes, own, distance, max_delta_e)
            if winner is not None:
                row[start:stop] = winner
                changed += stop - start
    return changed


def clean_chart(
    codes, legend: YarnLegend, min_run: int = 1, max_delta_e: float = DEFAULT_MAX_DELTA_E
) -> CleanupReport:
    """
    Remove isolated knots, then runs shorter than ``min_run`` knots, by the majority of neighbours.

    Parameters
    ----------
    codes : array_like of int, shape (rows, knots_across)
        The chart (row 0 = bottom); every code must be in ``legend``.
    legend : farshlab.colour.YarnLegend
        The chart's yarns (for the ΔE00 between codes).
    min_run : int
        Runs along a row shorter than this are replaced (1: isolated knots only).
    max_delta_e : float
        Largest ΔE00 between a knot's yarn and the yarn that replaces it.

    Returns
    -------
    CleanupReport

    Raises
    ------
    ValueError
        A bad grid, a code the legend lacks, ``min_run`` < 1, a negative or non-finite ``max_delta_e``.

    Examples
    --------
    >>> from farshlab.colour import Yarn, YarnLegend
    >>> legend = YarnLegend([Yarn(1, "Cream", "#efe3c8"), Yarn(2, "Ivory", "#f3ead5")])
    >>> report = clean_chart([[1, 1, 2, 2, 1, 1, 1], [1, 1, 1, 1, 1, 1, 1]], legend, min_run=3)
    >>> report.codes[0].tolist(), report.changed
    ([1, 1, 1, 1, 1, 1, 1], {'isolated': 0, 'short_runs': 2})
    """
    chart = _chart(codes).astype(np.int64, copy=True)
    if not isinstance(legend, YarnLegend):
        raise ValueError(f"legend must be a YarnLegend, got {type(legend).__name__}")
    missing = sorted(set(np.unique(chart).tolist()) - set(legend.codes.tolist()))
    if missing:
        raise ValueError(f"codes {missing} are used in the chart but not in the legend")
    if isinstance(min_run, bool) or not isinstance(min_run, int | np.integer) or min_run < 1:
        raise ValueError(f"min_run must be a whole number of at least 1, got {min_run!r}")
    if isinstance(max_delta_e, bool) or not np.isfinite(max_delta_e) or max_delta_e < 0:
        raise ValueError(f"max_delta_e must be zero or a positive number, got {max_delta_e!r}")
    distance = _Distances(legend)
    changed = {"isolated": _clean_isolated(chart, distance, float(max_delta_e)), "short_runs": 0}
    if min_run > 1:
        changed["short_runs"] = _clean_short_runs(chart, int(min_run), distance, float(max_delta_e))
    return CleanupReport(codes=chart, changed=changed)
