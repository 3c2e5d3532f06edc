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

The order of the work
---------------------
Isolated knots are all judged on the chart as it was mapped. Short runs are judged as a weaver
working from row 1 would: row by row from the bottom, left to right, each run seeing the row below
it and the knot before it as already cleaned, the row above and the knot after it as mapped. The
votes are counted with NumPy for all the runs at once, then again for the runs whose cleaned
neighbours changed, until nothing changes; the result is that of the run-by-run order (each run
depends only on runs before it), at a few passes' cost for millions of knots.

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
Weavers dislike isolated knots (sources.md: coding-tools, cpt-ir); ΔE00: :mod:`farshlab.colour`.

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

from dataclasses import dataclass

import numpy as np

from farshlab.chart.materials import knots_per_code
from farshlab.checks import words
from farshlab.colour import YarnLegend, delta_e_ciede2000

__all__ = ["DEFAULT_MAX_DELTA_E", "CleanupReport", "clean_chart", "isolated_knots"]

DEFAULT_MAX_DELTA_E = 10.0
"""Largest ΔE00 between a knot's yarn and its replacement (farshlab's default, not a trade figure)."""

_VOTES_AT_ONCE = 1 << 22
"""Voter pairs compared at once when counting votes (bounds the memory of a step)."""

_NEIGHBOURS = [(dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]


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
        raise ValueError(words("chart.check.codes", shape=array.shape, dtype=array.dtype))
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


class _Votes:
    """The neighbours' vote, counted for many knots or runs at once, in rows of the legend."""

    def __init__(self, legend: YarnLegend, max_delta_e: float) -> None:
        self.codes = legend.codes
        self.distance = delta_e_ciede2000(legend.lab[:, None, :], legend.lab[None, :, :])
        self.max_delta_e = max_delta_e

    def rows(self, codes: np.ndarray) -> np.ndarray:
        """Each code's row in the legend, as int32 (every code must be in the legend)."""
        order = np.argsort(self.codes, kind="stable")
        return order[np.searchsorted(self.codes[order], codes)].astype(np.int32)

    def winners(self, voters: np.ndarray, own: np.ndarray) -> np.ndarray:
        """
        For each of k knots or runs, the legend row it takes: ``voters`` (k, V) rows of the neighbours
        (-1: no neighbour there), ``own`` (k,) its row. The most frequent row wins; a tie keeps
        ``own`` if it is among the most frequent, else goes to the row nearest ``own`` by ΔE00, then
        to the smaller code; a winner further than ``max_delta_e`` from ``own`` keeps ``own``.
        """
        chosen = own.copy()
        at_once = max(1, _VOTES_AT_ONCE // voters.shape[1] ** 2)
        for start in range(0, len(own), at_once):
            part = slice(start, start + at_once)
            chosen[part] = self._winners(voters[part], own[part])
        return chosen

    def _winners(self, voters: np.ndarray, own: np.ndarray) -> np.ndarray:
        present = voters >= 0
        votes = (voters[:, :, None] == voters[:, None, :]).sum(axis=2)  # each voter's row's votes
        votes[~present] = 0
        most = votes.max(axis=1)
        contested = (most > 0) & ((voters == own[:, None]).sum(axis=1) < most)
        row = np.maximum(voters, 0)
        distance = np.where(votes == most[:, None], self.distance[own[:, None], row], np.inf)
        nearest = distance.min(axis=1)
        code = np.where(distance == nearest[:, None], self.codes[row], np.iinfo(np.int64).max)
        winner = row[np.arange(len(own)), np.argmin(code, axis=1)]
        return np.where(contested & (nearest <= self.max_delta_e), winner, own)


def _clean_isolated(chart: np.ndarray, votes: _Votes) -> int:
    """Isolated knots of ``chart`` (legend rows, changed in place) → their neighbours' majority."""
    rows, columns = chart.shape
    padded = np.full((rows + 2, columns + 2), -1, dtype=np.int32)
    padded[1:-1, 1:-1] = chart
    r, c = np.nonzero(isolated_knots(chart))
    voters = np.stack([padded[r + 1 + dr, c + 1 + dc] for dr, dc in _NEIGHBOURS], axis=1)
    own = chart[r, c]
    chosen = votes.winners(voters, own)
    changed = chosen != own
    chart[r[changed], c[changed]] = chosen[changed]
    return int(changed.sum())


def _spread(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """``starts[i] + 0 … lengths[i] − 1`` for every i, one after the other."""
    return np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())


def _clean_short_runs(chart: np.ndarray, min_run: int, votes: _Votes) -> int:
    """Runs along a row shorter than ``min_run`` (legend rows, changed in place) → the majority."""
    rows, columns = chart.shape
    starting = np.ones(chart.shape, dtype=bool)
    np.not_equal(chart[:, 1:], chart[:, :-1], out=starting[:, 1:])
    first = np.flatnonzero(starting)
    length = np.diff(first, append=chart.size)
    short = (length < min_run) & (length != columns)
    row, start = np.divmod(first[short], columns)
    length = length[short]
    own = chart.ravel()[first[short]]
    del starting, first
    # in padded coordinates (a border of -1, "no neighbour", all round)
    mapped = np.full((rows + 2, columns + 2), -1, dtype=np.int32)
    mapped[1:-1, 1:-1] = chart
    cleaned = mapped.copy()
    run_at = np.full(mapped.shape, -1, dtype=np.int32)  # which short run each knot belongs to
    run_at[np.repeat(row + 1, length), _spread(start + 1, length)] = np.repeat(
        np.arange(len(own), dtype=np.int32), length
    )
    chosen = own.copy()
    offsets = np.arange(min_run - 1)
    todo = np.arange(len(own))
    while todo.size:
        r, s, n = row[todo] + 1, start[todo] + 1, length[todo]  # padded row and first column
        along = np.minimum(s[:, None] + offsets, columns + 1)
        inside = offsets < n[:, None]
        voters = np.concatenate(
            [
                np.where(inside, cleaned[r[:, None] - 1, along], -1),  # the row below, cleaned
                np.where(inside, mapped[r[:, None] + 1, along], -1),  # the row above, as mapped
                cleaned[r, s - 1][:, None],  # the knot before, cleaned
                mapped[r, s + n][:, None],  # the knot after, as mapped
            ],
            axis=1,
        )
        new = votes.winners(voters, own[todo])
        moved = new != chosen[todo]
        todo, new, r, s, n = todo[moved], new[moved], r[moved], s[moved], n[moved]
        chosen[todo] = new
        cleaned[np.repeat(r, n), _spread(s, n)] = np.repeat(new, n)
        # runs that see a changed run: those above it, and the run just after it
        seen = np.concatenate([run_at[np.repeat(r + 1, n), _spread(s, n)], run_at[r, s + n]])
        todo = np.unique(seen[seen >= 0])
    chart[:] = cleaned[1:-1, 1:-1]
    return int(length[chosen != own].sum())


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
    chart = _chart(codes)
    knots_per_code(chart, legend)  # every code in the legend
    if isinstance(min_run, bool) or not isinstance(min_run, int | np.integer) or min_run < 1:
        raise ValueError(words("chart.check.min_run", value=repr(min_run)))
    if isinstance(max_delta_e, bool) or not np.isfinite(max_delta_e) or max_delta_e < 0:
        raise ValueError(words("chart.check.max_delta_e", value=repr(max_delta_e)))
    votes = _Votes(legend, float(max_delta_e))
    legend_rows = votes.rows(chart)
    changed = {"isolated": _clean_isolated(legend_rows, votes), "short_runs": 0}
    if min_run > 1:
        changed["short_runs"] = _clean_short_runs(legend_rows, int(min_run), votes)
    return CleanupReport(codes=legend.codes[legend_rows].astype(np.int64), changed=changed)
