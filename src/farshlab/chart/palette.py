"""
The chart's palette: a workshop's fixed yarn legend, or K colours chosen for the picture.

A coded chart can only use the yarns the workshop has. Either the palette **is** the workshop's
legend (every yarn a candidate, its codes kept), or the computer **chooses K colours** that best
cover the picture, which the dyer then dyes (or snaps to the nearest yarns of a legend):

- ``"kmeans"`` (default, best quality): weighted k-means of the picture's **distinct colours** (each
  weighing as many knots as have it, gathered in small colour cells) in a CIELAB re-scaled so that
  straight-line distance follows CIEDE2000, worked **coarse to fine**:

  1. *A ΔE00-scaled space.* Each CIEDE2000 weight becomes a change of scale along its own
     direction, as DIN99 does for its formula: lightness ∫ dL*/S_L, a* ∫ (1 + G) da* (the
     stretch near the greys), chroma ∫ dC′/S_C = ln(1 + 0.045 C′)/0.045, and the hue angle
     re-spaced by 1/S_H (its T(h′) term) at a chroma of 30. For small differences between the
     test photos' colours, distance/ΔE00 then lies within 0.89–1.08 of its median for 90 % of
     directions (in CIELAB itself: 0.67–1.62), so k-means here minimises ≈ Σ ΔE00².
  2. *Levels.* The distinct colours (``np.unique`` on packed 24-bit values) are grouped in cells
     of 5, 6 and 7 bits per channel, each cell the weighted mean of its colours. A coarser level
     is kept when it has at most 3/4 of the next finer one's points and at least 4 per colour
     wanted; the finest has at most ``sample`` points. The distinct colours themselves are the
     finest level only when fewer than three grids are kept (a picture of few colours): below
     three grids, refining on the colours themselves after the 7-bit cells made no measurable
     difference (20 seeds × 7 photos) and cost 15 % more time.
  3. *Starts.* Three greedy k-means++ starts on the coarsest level (weighted; 2 + ln K draws per
     centre, drawn with the seed), each refined by weighted Lloyd steps level by level (Hamerly's
     bounds; each finer level starts from its cells' clusters). After 2 steps on the second level
     (the first if there are fewer than three) the starts are compared by their mean and
     95th-percentile distance, each relative to the first start's (the smallest sum wins); only
     the best goes on. (Comparing after 4 steps instead cost 9 % more Lloyd work for the same
     quality: over 16 seeds × 7 photos at the small size and 4 × 7 at the large one, the mean and
     p95 ΔE00 were the same on average, to 0.02 %, the large p95 0.13 % better; the worst single
     seed was 3 % worse.)
  4. *Finer levels.* The best start settles on that level (at most 0.3 % of the knots changing
     cluster in a step), then gets at most 10 Lloyd steps on each finer level (0.1 % on the last).

  Same picture and seed, same palette. Measured (``benchmarks/bench_palette.py``, 2 cores): on
  seven real photos at 250 knots across × 48 colours and at 1286 × 857 knots × 120 colours, the
  mean and the 95th percentile of the knots' ΔE00 are at most those of scikit-learn's k-means in
  CIELAB with the same exact mapping, and of Tavoos Baft's k-means on RGB; palette and mapping
  take 2.4–4.2 times less time than that k-means and its mapping at the small size (load 0.7–1.4,
  the machine shared; the mapping is about a quarter of it) and 20–75 times less at the large one
  (load 3).
- ``"median_cut"`` (fast): Pillow's median-cut quantiser (``Image.quantize``), which splits the
  RGB box of the picture's colours at the median of its longest side until there are K boxes.

A generated palette is a :class:`farshlab.colour.YarnLegend` whose codes run 1 … K from **light to
dark** (by L*), as Tavoos Baft numbers its colours, named ``"colour 1"`` …; snapping keeps the
legend's own codes and names. Either way the knots are then given their colour by the exact
CIEDE2000 search of :mod:`farshlab.chart.mapping` (not by the quantiser's own RGB choice, which
is 0.2–0.8 ΔE00 worse on average on a test portrait: ``shared/CHART.md``).

Attributes
----------
PALETTE_METHODS
    The registry of palette generators: name → function ``(image_rgb, k, seed) → (K, 3) uint8``.

Functions
---------
kmeans_colours, median_cut_colours
    K colours for a picture.
order_light_to_dark
    A generated palette as a legend coded 1 … K from light to dark.
snap_to_legend
    The legend's yarns nearest (ΔE00) to a generated palette.
make_palette
    The whole choice: a legend as it is, K generated colours, or K colours snapped to a legend.

References
----------
Lloyd, *IEEE Trans. Inf. Theory* 28(2):129–137, 1982 and Arthur & Vassilvitskii, *k-means++*,
SODA 2007 (k-means); Hamerly, *Making k-means even faster*, SIAM SDM 2010 (bounds); Celebi,
*Improving the performance of k-means for color quantization*, Image Vis. Comput. 29(4):260–271,
2011 (k-means on the distinct colours, weighted); Sharma, Wu & Dalal, *Color Res. Appl.*
30(1):21–30, 2005 (the CIEDE2000 weights); Cui, Luo, Rigg, Roesler & Witt, *Color Res. Appl.*
27(4):282–290, 2002 (DIN99: a Euclidean space from a difference formula's weights); Heckbert,
*Color image quantization for frame buffer display*, SIGGRAPH 1982 (median cut); codes
light → dark: Tavoos Baft (sources.md: tavoosbaft).

Examples
--------
>>> import numpy as np
>>> knots = np.array([[[250, 250, 250], [240, 240, 235]], [[20, 20, 30], [30, 25, 20]]], dtype=np.uint8)
>>> palette = make_palette(knots, colours=2)
>>> [(yarn.code, yarn.name) for yarn in palette], palette.lab[:, 0].round(0).tolist()
([(1, 'colour 1'), (2, 'colour 2')], [96.0, 8.0])
"""

from __future__ import annotations

from functools import cache

import numpy as np
from PIL import Image
from scipy.spatial.distance import cdist

from farshlab.chart.mapping import map_to_palette
from farshlab.chart.options import DEFAULT_PALETTE_METHOD
from farshlab.checks import words
from farshlab.colour import Yarn, YarnLegend, lab_to_srgb, srgb_to_hex, srgb_to_lab

__all__ = [
    "MOST_COLOURS",
    "PALETTE_METHODS",
    "kmeans_colours",
    "make_palette",
    "median_cut_colours",
    "order_light_to_dark",
    "snap_to_legend",
]

MOST_COLOURS = 256
"""The largest palette: the tools of the trade cap at 256 colours (sources.md: coding-tools)."""

DEFAULT_SAMPLE = 100_000
"""Most colour points (cells or colours) of the k-means' finest level (module notes)."""

STARTS = 3
"""k-means++ starts; each is refined on the coarse levels, the best one on the fine ones."""

RANKING_STEPS = 2
"""Lloyd steps each start gets on the level where the starts are compared (the second; module notes)."""

CELL_BITS = (5, 6, 7)
"""Bits per channel of the grids of colour cells, the coarse levels."""

LEVEL_RATIO = 0.75
"""A coarser level is used only if it has at most this share of the next finer level's points."""

LLOYD_STEPS = 30
"""Most Lloyd steps on one level."""

FINE_STEPS = 10
"""Most Lloyd steps on each level finer than the one where the starts are compared."""

SETTLED, COARSE_SETTLED = 1e-3, 3e-3
"""A level is settled when at most this share of the knots changed cluster in a step (finest, others)."""

_CHROMA_K = 0.045  # CIEDE2000's S_C = 1 + 0.045 C'
_HUE_CHROMA = 30.0  # the chroma at which the hue spacing follows CIEDE2000's S_H exactly


def _knots(image_rgb) -> np.ndarray:
    array = np.asarray(image_rgb)
    if array.dtype != np.uint8 or array.ndim < 2 or array.shape[-1] != 3 or array.size == 0:
        raise ValueError(words("chart.check.image_rgb", shape=array.shape, dtype=array.dtype))
    return array.reshape(-1, 3)


def _count(k) -> int:
    if isinstance(k, bool) or not isinstance(k, int | np.integer) or not 2 <= k <= MOST_COLOURS:
        raise ValueError(words("chart.check.colours", most=MOST_COLOURS, value=repr(k)))
    return int(k)


def _distinct_rows(rgb: np.ndarray) -> np.ndarray:
    """Distinct colours, first appearance order kept."""
    _, first = np.unique(rgb, axis=0, return_index=True)
    return rgb[np.sort(first)]


# --- a CIELAB-derived space in which straight-line distance is close to ΔE00 ---------------------


@cache
def _lightness_table() -> tuple[np.ndarray, np.ndarray]:
    """L* and ∫ dL*/S_L: lightness steps as CIEDE2000 weighs them."""
    lightness = np.linspace(0.0, 100.0, 4001)
    middle = (lightness[1:] + lightness[:-1]) / 2 - 50
    s_l = 1 + 0.015 * middle**2 / np.sqrt(20 + middle**2)
    return lightness, np.concatenate([[0.0], np.cumsum(np.diff(lightness) / s_l)])


_A_STEP, _B_STEP, _AB_MAX = 0.25, 0.5, 140.0


@cache
def _grey_stretch_table() -> np.ndarray:
    """∫0^|a| (1 + G) da on a grid of |a|, |b|: CIEDE2000's a* stretch near the greys, integrated."""
    a = np.arange(0.0, _AB_MAX + _A_STEP / 2, _A_STEP)
    b = np.arange(0.0, _AB_MAX + _B_STEP / 2, _B_STEP)
    chroma7 = np.hypot(a[None, :], b[:, None]) ** 7
    g_plus_1 = 1.5 - 0.5 * np.sqrt(chroma7 / (chroma7 + 25.0**7))
    steps = (g_plus_1[:, 1:] + g_plus_1[:, :-1]) / 2 * _A_STEP
    return np.concatenate([np.zeros((len(b), 1)), np.cumsum(steps, axis=1)], axis=1)


def _stretched_a(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """a* after CIEDE2000's grey stretch, integrated: the table read bilinearly, sign kept."""
    table = _grey_stretch_table()
    column = np.minimum(np.abs(a) / _A_STEP, table.shape[1] - 1.000001)
    row = np.minimum(np.abs(b) / _B_STEP, table.shape[0] - 1.000001)
    i, j = row.astype(np.intp), column.astype(np.intp)
    di, dj = row - i, column - j
    low = table[i, j] * (1 - dj) + table[i, j + 1] * dj
    high = table[i + 1, j] * (1 - dj) + table[i + 1, j + 1] * dj
    return np.sign(a) * (low * (1 - di) + high * di)


def _hue_t(hue: np.ndarray) -> np.ndarray:
    """CIEDE2000's T(h′), h′ in radians."""
    return (
        1
        - 0.17 * np.cos(hue - np.radians(30))
        + 0.24 * np.cos(2 * hue)
        + 0.32 * np.cos(3 * hue + np.radians(6))
        - 0.20 * np.cos(4 * hue - np.radians(63))
    )


@cache
def _hue_table() -> tuple[np.ndarray, np.ndarray]:
    """h′ and a new angle whose steps follow 1 / S_H at the chroma _HUE_CHROMA (a full turn kept)."""
    hue = np.linspace(0.0, 2 * np.pi, 3601)
    density = 1 / (1 + 0.015 * _HUE_CHROMA * _hue_t(hue))
    angle = np.concatenate([[0.0], np.cumsum((density[1:] + density[:-1]) / 2 * np.diff(hue))])
    return hue, angle * (2 * np.pi / angle[-1])


def _to_uniform(lab: np.ndarray) -> np.ndarray:
    """
    (n, 3) CIELAB → coordinates in which Euclidean distance approximates ΔE00 locally.

    Each CIEDE2000 weight is turned into a change of scale along its own direction: lightness by
    ∫ dL/S_L, a* by ∫ (1 + G) da (the grey stretch), chroma by ∫ dC′/S_C = ln(1 + 0.045 C′)/0.045,
    and the hue angle re-spaced by 1/S_H (its T(h′) term) at a chroma of 30. Small differences
    then match ΔE00 to within ±10 % for 90 % of the directions (Lab itself: −34 % … +60 %).
    """
    lightness, uniform_lightness = _lightness_table()
    hues, angles = _hue_table()
    a_prime = _stretched_a(lab[:, 1], lab[:, 2])
    angle = _on_grid(np.arctan2(lab[:, 2], a_prime) % (2 * np.pi), hues, angles)
    radius = np.log1p(_CHROMA_K * np.sqrt(a_prime * a_prime + lab[:, 2] * lab[:, 2])) / _CHROMA_K
    lightness = _on_grid(lab[:, 0], lightness, uniform_lightness)
    return np.stack([lightness, radius * np.cos(angle), radius * np.sin(angle)], axis=1)


def _on_grid(x: np.ndarray, grid: np.ndarray, values: np.ndarray) -> np.ndarray:
    """np.interp for an evenly spaced ``grid`` (no search), x clipped to the grid."""
    place = np.clip((x - grid[0]) * ((len(grid) - 1) / (grid[-1] - grid[0])), 0, len(grid) - 1.000001)
    index = place.astype(np.intp)
    return values[index] + (place - index) * (values[index + 1] - values[index])


def _unstretched_a(stretched: np.ndarray, b: np.ndarray) -> np.ndarray:
    """
    The inverse of :func:`_stretched_a` at each b*. Read bilinearly, the table is linear in |a*|
    between its columns: the two rows around |b*| mixed as :func:`_stretched_a` mixes them give each
    colour's (increasing) row, the column pair around the target is counted, and the segment read back.
    """
    table = _grey_stretch_table()
    row = np.minimum(np.abs(b) / _B_STEP, table.shape[0] - 1.000001)
    i = row.astype(np.intp)
    di = (row - i)[:, None]
    rows = table[i] * (1 - di) + table[i + 1] * di
    target = np.abs(stretched)
    j = np.clip(np.count_nonzero(rows <= target[:, None], axis=1) - 1, 0, table.shape[1] - 2)
    each = np.arange(len(target))
    low, high = rows[each, j], rows[each, j + 1]
    return np.sign(stretched) * (j + np.clip((target - low) / (high - low), 0.0, 1.0)) * _A_STEP


def _from_uniform(points: np.ndarray) -> np.ndarray:
    """The inverse of :func:`_to_uniform` (for the cluster centres)."""
    lightness, uniform_lightness = _lightness_table()
    hues, angles = _hue_table()
    hue = np.interp(np.arctan2(points[:, 2], points[:, 1]) % (2 * np.pi), angles, hues)
    chroma = np.expm1(_CHROMA_K * np.hypot(points[:, 1], points[:, 2])) / _CHROMA_K
    a_prime, b = chroma * np.cos(hue), chroma * np.sin(hue)
    a = _unstretched_a(a_prime, b)
    return np.stack([np.interp(points[:, 0], uniform_lightness, lightness), a, b], axis=1)


# --- weighted k-means, coarse to fine -----------------------------------------------------------


class _Level:
    """
    Colour points of one resolution: positions, knots (weights), weight × position by coordinate
    (rows, for ``np.bincount``); once the coarser level is known, each point's ``parent`` there and
    its distance ``gap`` to it.
    """

    def __init__(self, points: np.ndarray, weights: np.ndarray) -> None:
        self.points, self.weights = points, weights
        self.weighted = np.ascontiguousarray((weights[:, None] * points).T)
        self.parent = self.gap = None

    def under(self, coarser: _Level, parent: np.ndarray) -> None:
        self.parent, self.gap = parent, _norms(self.points - coarser.points[parent])


def _distinct_colours(rgb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct colours of (n, 3) uint8 knots, in R, G, B order, and how many knots have each."""
    packed = (rgb[:, 0].astype(np.int64) << 16) | (rgb[:, 1].astype(np.int64) << 8) | rgb[:, 2]
    values, counts = np.unique(packed, return_counts=True)
    return np.stack([values >> 16, (values >> 8) & 255, values & 255], axis=1).astype(np.uint8), counts


def _levels(colours: np.ndarray, counts: np.ndarray, k: int, sample: int) -> list[_Level]:
    """
    The picture's colours coarse → fine as grids of colour cells (CELL_BITS bits per channel), or
    the distinct colours where fewer than three grids are kept (module notes); the finest level
    has at most ``sample`` points, a coarser one at most LEVEL_RATIO of the next one's points and
    at least 4 per colour wanted. Each cell is the weighted mean of its colours (in the uniform
    space) and weighs their knots.
    """
    rgb = colours.astype(np.intp)
    grids = [(len(colours), np.arange(len(colours)))]  # (cells, the cell of each distinct colour)
    for bits in sorted(CELL_BITS, reverse=True):
        shift = 8 - bits
        code = (rgb[:, 0] >> shift << 2 * bits) | (rgb[:, 1] >> shift << bits) | (rgb[:, 2] >> shift)
        if bits <= 6:  # a table of all the grid's cells is small: number the used ones in order
            used = np.zeros(1 << 3 * bits, dtype=np.intp)
            used[code] = 1
            cell = np.cumsum(used)[code] - 1
        else:
            cell = np.unique(code, return_inverse=True)[1].ravel()
        grids.append((int(cell.max()) + 1, cell))
    # the finest level: the first with at most `sample` points (else the coarsest grid); then each
    # coarser grid that is small enough to save work and still has enough points to seed from
    fitting = [grid for grid in grids if grid[0] <= sample] or grids[-1:]
    chosen = fitting[:1]
    for size, cell in fitting[1:]:
        if LEVEL_RATIO * chosen[-1][0] >= size >= 4 * k:
            chosen.append((size, cell))
    if len(chosen) > 2 and chosen[0][0] == len(colours):
        chosen = chosen[1:]  # below two grids or more, the 7-bit cells are fine enough (module notes)
    finest = _Level(_to_uniform(srgb_to_lab(colours)), counts.astype(float))
    levels = [finest if chosen[0][0] == len(colours) else _cells(finest, *chosen[0][::-1])]
    for (_, finer), (size, cell) in zip(chosen, chosen[1:], strict=False):
        parent = np.empty(len(levels[-1].points), dtype=np.intp)
        parent[finer] = cell
        levels.append(_cells(levels[-1], parent, size))
        levels[-2].under(levels[-1], parent)
    return levels[::-1]


def _cells(finer: _Level, cell: np.ndarray, size: int) -> _Level:
    """The level whose point ``cell[i]`` gathers point i of ``finer``."""
    weights = np.bincount(cell, weights=finer.weights, minlength=size)
    sums = np.stack([np.bincount(cell, weights=row, minlength=size) for row in finer.weighted], 1)
    return _Level(sums / weights[:, None], weights)


def _norms(vectors: np.ndarray) -> np.ndarray:
    return np.sqrt(np.einsum("...i,...i->...", vectors, vectors))


def _two_nearest(points: np.ndarray, centres: np.ndarray) -> tuple[np.ndarray, ...]:
    """Nearest centre of each point, its distance, and the distance to the second nearest."""
    nearest = np.empty(len(points), dtype=np.intp)
    first, second = np.empty(len(points)), np.empty(len(points))
    step = max(1, 2**21 // len(centres))
    for start in range(0, len(points), step):
        part = slice(start, start + step)
        squares = cdist(points[part], centres, "sqeuclidean")
        rows = np.arange(len(squares))
        nearest[part] = index = squares.argmin(axis=1)
        first[part] = squares[rows, index]
        squares[rows, index] = np.inf
        second[part] = squares.min(axis=1)
    return nearest, np.sqrt(first), np.sqrt(second)


def _lloyd(level: _Level, centres: np.ndarray, state, steps: int, settled: float):
    """
    Weighted Lloyd steps until the level is settled or ``steps`` are done, with Hamerly's bounds
    (2010): each point keeps an upper bound on the distance to its centre and a lower bound on the
    distance to any other, so only the points whose bounds cross are measured again.

    ``state`` is (labels, upper, lower) valid for ``centres``, or None to measure every point.
    """
    points, weights = level.points, level.weights
    labels, upper, lower = _two_nearest(points, centres) if state is None else state
    limit = settled * weights.sum()
    for step in range(steps):
        gaps = cdist(centres, centres)
        np.fill_diagonal(gaps, np.inf)
        bound = np.maximum(lower, (gaps.min(axis=1) / 2)[labels])
        suspect = np.flatnonzero(upper > bound)
        near = points[suspect]
        upper[suspect] = distance = _norms(near - centres[labels[suspect]])
        crossed = distance > bound[suspect]
        suspect = suspect[crossed]
        nearest, upper[suspect], lower[suspect] = _two_nearest(near[crossed], centres)
        moved = weights[suspect[nearest != labels[suspect]]].sum()
        labels[suspect] = nearest
        if (step and moved <= limit) or step == steps - 1:
            break
        new = _means(level, labels, centres, upper)
        drift = _norms(new - centres)
        centres = new
        upper += drift[labels]
        order = np.argsort(drift)
        most = np.full(len(drift), drift[order[-1]])  # the most any other centre moved, by cluster
        most[order[-1]] = drift[order[-2]]
        lower -= most[labels]
    return centres, (labels, upper, lower)


def _means(level: _Level, labels: np.ndarray, centres: np.ndarray, upper: np.ndarray) -> np.ndarray:
    """Weighted cluster means; an emptied cluster moves to the point that costs most."""
    k = len(centres)
    size = np.bincount(labels, weights=level.weights, minlength=k)
    sums = np.stack([np.bincount(labels, weights=row, minlength=k) for row in level.weighted], 1)
    empty = size == 0
    means = sums / np.where(empty, 1.0, size)[:, None]
    if empty.any():
        costly = np.argsort(-level.weights * upper * upper, kind="stable")[: int(empty.sum())]
        means[np.flatnonzero(empty)[: len(costly)]] = level.points[costly]
    return means


def _seeds(level: _Level, k: int, generators: list[np.random.Generator]) -> list[np.ndarray]:
    """
    Greedy k-means++ on weighted points, one set of k centres per generator (computed side by
    side): each new centre is the best, by the weighted sum of squared distances it leaves, of
    2 + ln k points drawn with probability ∝ weight × squared distance to the centres so far.
    The squared distances are float32 (half the memory to sweep for each draw): the draws' sums
    differ by far more than its rounding, and the seven test photos' palettes came out the same.
    """
    points, weights = level.points, level.weights
    n, starts = len(points), len(generators)
    columns = np.ascontiguousarray(points.T, dtype=np.float32)  # float32: the draws' distances only
    weights32 = weights.astype(np.float32)
    trials = 2 + int(np.log(k))
    rows = np.arange(starts)
    running = np.cumsum(weights)
    first = np.minimum(np.searchsorted(running, [g.random() * running[-1] for g in generators]), n - 1)
    chosen = [first]
    closest = ((columns[:, None, :] - columns[:, first, None]) ** 2).sum(axis=0)  # (starts, n)
    options, channel = (np.empty((starts, trials, n), np.float32) for _ in range(2))  # reused each centre
    for _ in range(1, k):
        running = np.cumsum(weights * closest, axis=1)
        totals, before = running[:, -1], np.concatenate([[0.0], np.cumsum(running[:, -1])[:-1]])
        # all the starts' draws in one search: row s of the running sums shifted by the rows before it
        targets = np.stack([g.random(trials) for g in generators]) * totals[:, None] + before[:, None]
        draws = np.searchsorted((running + before[:, None]).ravel(), targets.ravel()).reshape(starts, trials)
        draws = np.clip(draws - rows[:, None] * n, 0, n - 1)
        # squared distances of every point to every draw, (starts, trials, n), channel by channel
        np.subtract(columns[0], columns[0][draws][..., None], out=options)
        options *= options
        for i in (1, 2):
            np.subtract(columns[i], columns[i][draws][..., None], out=channel)
            channel *= channel
            options += channel
        np.minimum(options, closest[:, None, :], out=options)
        best = np.einsum("stn,n->st", options, weights32).argmin(axis=1)  # einsum: no BLAS threads
        chosen.append(draws[rows, best])
        closest = options[rows, best]
    return [points[row] for row in np.stack(chosen, axis=1)]


def _carry(level: _Level, centres: np.ndarray, state) -> tuple[np.ndarray, ...]:
    """Bounds for a level from its coarser points' (``state``): each point is within ``gap`` of its parent."""
    labels, _, lower = state
    own = labels[level.parent]
    return own, _norms(level.points - centres[own]), lower[level.parent] - level.gap


def _errors(level: _Level, centres: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """Mean and 95th percentile (to 1/1024 of the largest) of the knots' distance to their centre."""
    distance = _norms(level.points - centres[labels])
    largest = float(distance.max()) or 1.0
    histogram = np.bincount(
        np.minimum((distance * (1024 / largest)).astype(np.intp), 1023), weights=level.weights, minlength=1024
    )
    cumulative = np.cumsum(histogram)
    p95 = (int(np.searchsorted(cumulative, 0.95 * cumulative[-1])) + 0.5) * largest / 1024
    return float(np.einsum("i,i->", level.weights, distance) / cumulative[-1]), p95


def _settle(levels: list[_Level], centres: np.ndarray, first: int, last: int, state=None, steps=()):
    """
    Lloyd on levels ``first`` … ``last − 1`` in turn, each starting where the one before ended
    (``state``: bounds for level ``first``, or None); ``steps``: the most steps on each (LLOYD_STEPS
    where not given). Returns the centres and the bounds on the last level.
    """
    for index in range(first, last):
        if index > first:
            state = _carry(levels[index], centres, state)
        most = steps[index - first] if index - first < len(steps) else LLOYD_STEPS
        settled = SETTLED if index == len(levels) - 1 else COARSE_SETTLED
        centres, state = _lloyd(levels[index], centres, state, most, settled)
    return centres, state


def _best(runs: list) -> tuple:
    """The run with the smallest mean/mean₀ + p95/p95₀ (₀: the first run), the first of equals."""
    mean0, p95_0 = (max(value, 1e-12) for value in runs[0][2])
    return min(runs, key=lambda run: run[2][0] / mean0 + run[2][1] / p95_0)


def kmeans_colours(image_rgb, k: int, seed: int = 0, sample: int = DEFAULT_SAMPLE) -> np.ndarray:
    """
    K colours for a picture by weighted k-means in a ΔE00-scaled CIELAB, coarse to fine (module notes).

    Parameters
    ----------
    image_rgb : numpy.ndarray, shape (..., 3), uint8
        The knots' colours.
    k : int
        Colours wanted, 2 to 256. A picture with fewer distinct colours gets its own colours; two
        centres that round to the same 8-bit colour are kept once, so fewer may come back.
    seed : int
        Seed of the k-means++ starts (same picture and seed, same palette).
    sample : int
        Most colour points of the finest level (at least 2): the finest grid of colour cells with no
        more, or the picture's distinct colours when they are that few and fewer than three grids
        are kept (module notes).

    Returns
    -------
    numpy.ndarray, shape (≤ k, 3), uint8

    Examples
    --------
    >>> import numpy as np
    >>> knots = np.array([[255, 255, 255]] * 5 + [[0, 0, 0]] * 5, dtype=np.uint8)
    >>> kmeans_colours(knots, 2).tolist()
    [[0, 0, 0], [255, 255, 255]]
    """
    rgb = _knots(image_rgb)
    k = _count(k)
    if isinstance(sample, bool) or not isinstance(sample, int | np.integer) or sample < 2:
        raise ValueError(words("chart.check.sample", value=repr(sample)))
    colours, counts = _distinct_colours(rgb)
    if len(colours) <= k:
        return colours
    levels = _levels(colours, counts, k, int(sample))
    ranked = 2 if len(levels) >= 3 else 1  # the starts are compared on level ranked - 1
    coarse = (LLOYD_STEPS,) * (ranked - 1) + (RANKING_STEPS,)
    generators = [np.random.default_rng(child) for child in np.random.SeedSequence(seed).spawn(STARTS)]
    runs = []
    for centres in _seeds(levels[0], k, generators):
        centres, state = _settle(levels, centres, 0, ranked, None, coarse)
        runs.append((centres, state, _errors(levels[ranked - 1], centres, state[0])))
    centres, state, _ = _best(runs)
    finer = (FINE_STEPS,) * (len(levels) - ranked)
    centres, _ = _settle(levels, centres, ranked - 1, len(levels), state, (LLOYD_STEPS, *finer))
    srgb = lab_to_srgb(_from_uniform(centres))
    return _distinct_rows(np.round(srgb * 255).astype(np.uint8))


def median_cut_colours(image_rgb, k: int, seed: int = 0) -> np.ndarray:
    """
    K colours for a picture by Pillow's median-cut quantiser (fast; ``seed`` is not used).

    Examples
    --------
    >>> import numpy as np
    >>> knots = np.array([[255, 255, 255]] * 50 + [[0, 0, 0]] * 50 + [[200, 0, 0]] * 50, dtype=np.uint8)
    >>> median_cut_colours(knots, 3).tolist()
    [[255, 255, 255], [200, 0, 0], [0, 0, 0]]
    """
    rgb = _knots(image_rgb)
    k = _count(k)
    image = Image.fromarray(np.ascontiguousarray(rgb.reshape(1, -1, 3)), mode="RGB")
    quantised = image.quantize(colors=k, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    used = np.unique(np.asarray(quantised))
    palette = np.array(quantised.getpalette()[: 3 * (int(used.max()) + 1)], dtype=np.uint8).reshape(-1, 3)
    return _distinct_rows(palette[used])


PALETTE_METHODS = {"kmeans": kmeans_colours, "median_cut": median_cut_colours}
"""Palette generators by name, in the order of :data:`farshlab.chart.options.PALETTE_METHOD_NAMES`."""


def order_light_to_dark(colours_rgb) -> YarnLegend:
    """
    A generated palette as a legend: codes 1 … K from the lightest (highest L*) to the darkest.

    Examples
    --------
    >>> legend = order_light_to_dark([[20, 20, 20], [250, 250, 250], [200, 40, 40]])
    >>> [(yarn.code, yarn.colour) for yarn in legend]
    [(1, '#fafafa'), (2, '#c82828'), (3, '#141414')]
    """
    colours = np.asarray(colours_rgb)
    if colours.dtype.kind not in "iu" or colours.ndim != 2 or colours.shape[1] != 3 or len(colours) == 0:
        raise ValueError(words("chart.check.colours_rgb", shape=colours.shape))
    lightness = srgb_to_lab(colours)[:, 0]
    order = np.argsort(-lightness, kind="stable")
    hexes = np.atleast_1d(srgb_to_hex(colours[order]))
    return YarnLegend(Yarn(code, f"colour {code}", str(text)) for code, text in enumerate(hexes, start=1))


def snap_to_legend(colours_rgb, legend: YarnLegend, **params) -> YarnLegend:
    """
    The legend's yarns nearest by ΔE00 to each colour, each yarn once, in legend order.

    Parameters
    ----------
    colours_rgb : array_like, shape (K, 3), uint8
        Colours chosen for the picture.
    legend : farshlab.colour.YarnLegend
        The workshop's yarns.
    **params
        CIEDE2000's ``kL``, ``kC``, ``kH`` (e.g. ``kL=2`` for textiles).

    Returns
    -------
    farshlab.colour.YarnLegend
        A sub-legend (codes and names kept); fewer than K yarns when two colours meet the same yarn.

    Examples
    --------
    >>> from farshlab.colour import load_example_legend
    >>> snapped = snap_to_legend(np.array([[200, 40, 40], [190, 45, 45], [120, 170, 230]], np.uint8),
    ...                          load_example_legend())
    >>> [(yarn.code, yarn.name) for yarn in snapped]
    [(40, 'Madder red'), (93, 'Cornflower')]
    """
    if not isinstance(legend, YarnLegend):
        raise ValueError(words("chart.check.legend_type", kind=type(legend).__name__))
    colours = np.asarray(colours_rgb)
    if colours.dtype != np.uint8 or colours.ndim != 2 or colours.shape[1] != 3:
        raise ValueError(words("chart.check.colours_uint8", shape=colours.shape, dtype=colours.dtype))
    chosen = np.unique(map_to_palette(colours, legend.srgb, **params))
    return YarnLegend([legend[int(i)] for i in chosen], legend.comments)


def make_palette(
    image_rgb,
    colours: int | None = None,
    legend: YarnLegend | None = None,
    method: str = DEFAULT_PALETTE_METHOD,
    seed: int = 0,
    **params,
) -> YarnLegend:
    """
    The palette of a chart: the legend as it is, K colours for the picture, or K colours snapped.

    Parameters
    ----------
    image_rgb : numpy.ndarray, shape (..., 3), uint8
        The knots' colours.
    colours : int, optional
        K, 2 to 256: choose this many colours for the picture.
    legend : farshlab.colour.YarnLegend, optional
        The workshop's yarns. Alone: the palette is the whole legend. With ``colours``: the K
        chosen colours are snapped to their nearest yarns (each yarn once).
    method : {"kmeans", "median_cut"}
        How K colours are chosen (see the module notes).
    seed : int
        Seed of the k-means.
    **params
        CIEDE2000's ``kL``, ``kC``, ``kH`` for snapping.

    Returns
    -------
    farshlab.colour.YarnLegend

    Raises
    ------
    ValueError
        Neither ``colours`` nor ``legend``, K outside 2–256, an unknown method.

    Examples
    --------
    >>> import numpy as np
    >>> make_palette(np.zeros((2, 2, 3), dtype=np.uint8))
    Traceback (most recent call last):
    ...
    ValueError: give colours (K, 2 to 256) or a yarn legend, or both
    """
    if colours is None and legend is None:
        raise ValueError(words("chart.check.palette", most=MOST_COLOURS))
    if legend is not None and not isinstance(legend, YarnLegend):
        raise ValueError(words("chart.check.legend_type", kind=type(legend).__name__))
    if method not in PALETTE_METHODS:
        raise ValueError(words("chart.check.method", choices=sorted(PALETTE_METHODS), value=repr(method)))
    _knots(image_rgb)
    if colours is None:
        return legend
    chosen = PALETTE_METHODS[method](image_rgb, _count(colours), seed)
    if legend is None:
        return order_light_to_dark(chosen)
    return snap_to_legend(chosen, legend, **params)
