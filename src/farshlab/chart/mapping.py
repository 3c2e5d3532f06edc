"""
Every knot of a picture → its nearest palette colour, **exactly** by CIEDE2000, fast for millions of knots.

``map_to_palette(image_rgb, palette_rgb)`` gives, for every knot, the index of the palette colour
with the smallest ΔE00 in :mod:`farshlab.colour`'s CIELAB (sRGB, D65/2°) — the very answer a
brute-force search comparing every knot with every colour would give (when two colours are equally
near, the one listed first wins, as ``np.argmin`` does). Three steps make it fast without giving up
exactness:

1. **Distinct colours once.** A photo repeats colours: the knots' RGB values are packed into one
   24-bit integer each and reduced to the distinct ones (22 % of the knots were distinct in a
   1000 × 1500 knot portrait) — by sorting for small charts, and for charts of millions of knots
   by marking each colour in a table of all 2²⁴ (16.8 million) RGB values, which takes time in
   proportion to the knots; each distinct colour is searched once and the answer spread back.
2. **A cheap upper bound.** For each distinct colour, the palette colour nearest by CIE76 (three
   outer products in float32) is scored by ΔE00: that score, ``U``, is at least the true minimum.
3. **Exact lower bounds prune the rest.** ΔE00² = l² + c² + h² + R_T·c·h with
   l = ΔL′/(kL·S_L), c = ΔC′/(kC·S_C), h = ΔH′/(kH·S_H). Because |R_T| ≤ (√3/2)·R_C (the
   rotation's angle 2Δθ is at most 60°) and |c·h| ≤ (c² + h²)/2,
   c² + h² + R_T·c·h ≥ (1 − (√3/4)·R_C)(c² + h²) ≥ 0, so

   - **ΔE00 ≥ |ΔL′|/(kL·S_L)**, where S_L depends only on the two lightnesses: palette colours
     sorted by lightness give a window of candidates (|ΔL′| ≤ kL·S_L·U with S_L taken at the
     mean lightness farthest from 50 that the window can reach), and this bound thins it;
   - **ΔE00² ≥ l² + (1 − (√3/4)·R_C)·|Δ(a′, b)|² / (max(kC, kH)·S_C)²**, because
     ΔC′² + ΔH′² is the squared distance |Δ(a′, b)|² in the (a′, b*) plane and S_H ≤ S_C (the
     hue weight T stays below 3). It needs G, C′ and R_C but none of the hue angles, and leaves
     about 3 of 120 palette colours for a photo's colour.

   A palette colour whose bound exceeds ``U`` cannot be the nearest and is skipped; ΔE00 is
   computed in full only for the others but the one that gave ``U`` (already scored: one ΔE00
   less per colour, a fifth to two fifths of them on the test photos). This uses no triangle
   inequality (ΔE00 is not a metric, so tree pruning would not be exact): only the formula
   itself. A tiny margin (1e-9 relative) keeps every colour the bounds cannot rule out beyond
   rounding.

The distinct colours are searched in pieces of (nearly) equal size, in two threads by default,
each converting its piece to Lab as it goes.

Other ΔE methods (``"cie76"``, ``"cie94"``, ``"cmc"``) are searched exhaustively over the distinct
colours by :func:`farshlab.colour.nearest_yarn`.

Functions
---------
map_to_palette
    ``(H, W, 3)`` uint8 knots and ``(N, 3)`` uint8 palette → ``(H, W)`` palette indices.
mapping_error
    The ΔE00 between every knot and the palette colour it was given.

References
----------
Sharma, Wu & Dalal, *Color Res. Appl.* 30(1):21–30, 2005 (CIEDE2000; G, R_T, S_L, S_C and S_H
as used in the bounds). Measured speed: ``benchmarks/bench_chart.py`` and
``benchmarks/bench_chart_stages.py``.

Examples
--------
>>> import numpy as np
>>> knots = np.array([[[250, 250, 245], [120, 30, 30]], [[20, 20, 60], [200, 60, 50]]], dtype=np.uint8)
>>> palette = np.array([[255, 255, 255], [168, 50, 58], [31, 42, 68]], dtype=np.uint8)
>>> map_to_palette(knots, palette).tolist()
[[0, 1], [2, 1]]
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from farshlab.checks import words
from farshlab.colour import DELTA_E_METHODS, delta_e, delta_e_ciede2000, nearest_yarn, srgb_to_lab

__all__ = ["map_to_palette", "mapping_error"]

CHUNK_COLOURS = 8192
"""Distinct colours searched at once (× palette size pairs in memory)."""

PAIRS_AT_ONCE = 65_536
"""Colour pairs scored at once by :func:`mapping_error` (ΔE00 has many temporaries)."""

TABLE_FROM_KNOTS = 1 << 21
"""From this many knots on, distinct colours are found with a table of all 2²⁴ RGB values (80 MB,
time in proportion to the knots) instead of by sorting."""

_MARGIN = 1e-9
_25_TO_7 = 25.0**7


def _check_image(image_rgb, name: str = "image_rgb") -> np.ndarray:
    array = np.asarray(image_rgb)
    if array.dtype != np.uint8:
        raise ValueError(words("chart.check.rgb_dtype", name=name, dtype=array.dtype))
    if array.ndim < 1 or array.shape[-1] != 3:
        raise ValueError(words("chart.check.rgb_shape", name=name, shape=array.shape))
    return array


def _check_palette(palette_rgb) -> np.ndarray:
    palette = _check_image(palette_rgb, "palette_rgb")
    if palette.ndim != 2 or len(palette) == 0:
        raise ValueError(words("chart.check.palette_rgb", shape=palette.shape))
    return palette


def _check_workers(workers) -> int:
    if workers is None:
        return max(1, min(2, os.cpu_count() or 1))
    if isinstance(workers, bool) or not isinstance(workers, int | np.integer) or workers < 1:
        raise ValueError(words("chart.check.workers", value=repr(workers)))
    return int(workers)


def _distinct_rgb(knots: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct colours of an (..., 3) uint8 array as (n, 3) uint8 in packed order, and each knot's."""
    flat = knots.reshape(-1, 3)
    packed = flat[:, 0].astype(np.uint32) << 16
    packed |= flat[:, 1].astype(np.uint32) << 8
    packed |= flat[:, 2]
    if packed.size < TABLE_FROM_KNOTS:
        values, inverse = np.unique(packed, return_inverse=True)
        inverse = inverse.ravel()
    else:
        seen = np.zeros(1 << 24, dtype=bool)
        seen[packed] = True
        values = np.flatnonzero(seen).astype(np.uint32)
        del seen
        number = np.empty(1 << 24, dtype=np.int32)
        number[values] = np.arange(len(values), dtype=np.int32)
        inverse = number[packed]
    distinct = np.stack([values >> 16, (values >> 8) & 255, values & 255], axis=1).astype(np.uint8)
    return distinct, inverse


def _lightness_weight(mean_l50: np.ndarray) -> np.ndarray:
    """CIEDE2000's S_L from (mean L′ − 50)² (overwritten)."""
    root = np.sqrt(20 + mean_l50)
    mean_l50 *= 0.015
    mean_l50 /= root
    mean_l50 += 1
    return mean_l50


def _lightness_bound(lightness: np.ndarray, palette_lightness: np.ndarray, k_l: float) -> np.ndarray:
    """|ΔL′| / (kL·S_L) for colour–palette pairs (same shapes): a lower bound of ΔE00 (module notes)."""
    mean_l50 = (lightness + palette_lightness) / 2 - 50
    mean_l50 *= mean_l50
    return np.abs(lightness - palette_lightness) / (k_l * _lightness_weight(mean_l50))


def _seventh(x: np.ndarray) -> np.ndarray:
    square = x * x
    return square * square * square * x


def _chroma_plane_bound(a1, b1, chroma1, a2, b2, chroma2, k_ch: float) -> np.ndarray:
    """
    (1 − (√3/4)·R_C)·|Δ(a′, b)|² / (k·S_C)² for pairs of colours (a*, b* and chroma C*ab of each, same
    shapes): a lower bound of c² + h² + R_T·c·h (module notes), with k = max(kC, kH).
    """
    mean_c7 = _seventh((chroma1 + chroma2) / 2)
    g_plus_1 = 1.5 - 0.5 * np.sqrt(mean_c7 / (mean_c7 + _25_TO_7))
    a1, a2 = g_plus_1 * a1, g_plus_1 * a2
    mean_cp = (np.sqrt(a1 * a1 + b1 * b1) + np.sqrt(a2 * a2 + b2 * b2)) / 2
    mean_cp7 = _seventh(mean_cp)
    rotation_most = (np.sqrt(3) / 2) * np.sqrt(mean_cp7 / (mean_cp7 + _25_TO_7))  # (√3/4)·R_C
    a1 -= a2
    b1 = b1 - b2
    weight = k_ch * (1 + 0.045 * mean_cp)
    return (1 - rotation_most) * (a1 * a1 + b1 * b1) / (weight * weight)


_MEAN_L50_MAX = 50.0**2
S_L_MAX = 1 + 0.015 * _MEAN_L50_MAX / np.sqrt(20 + _MEAN_L50_MAX)
"""The largest S_L (at a mean lightness of 0 or 100): |ΔL′| > kL·S_L_MAX·U rules a colour out at once."""


class _Palette:
    """The palette's Lab colours; by channel and sorted by lightness, with their chroma C*ab."""

    def __init__(self, lab: np.ndarray, params: dict) -> None:
        self.lab = lab
        self.params = params
        self.k_l = float(params.get("kL", 1.0))
        self.k_ch = max(float(params.get("kC", 1.0)), float(params.get("kH", 1.0)))
        self.order = np.argsort(lab[:, 0], kind="stable")
        self.lightness, self.a, self.b = (np.ascontiguousarray(lab[self.order, i]) for i in range(3))
        self.chroma = np.sqrt(self.a * self.a + self.b * self.b)
        self.minus_twice_lab = np.ascontiguousarray(-2 * lab.T, dtype=np.float32)
        self.squared_length = (lab * lab).sum(axis=1).astype(np.float32)[:, None]
        self.row_bits = max(1, (len(lab) - 1).bit_length())
        self.rows = np.arange(len(lab), dtype=np.int32)[:, None]

    def nearest_cie76(self, colours: np.ndarray) -> np.ndarray:
        """
        The palette row nearest each (n, 3) Lab colour by CIE76, in float32 (only a candidate for the
        upper bound: rounding here costs at most a little pruning, never exactness).

        The squared distances are laid out palette × colours, so that the search runs across rows
        of the long axis (numpy is several times faster so than along rows of a palette's length).
        The float bits of distances that are not negative order as integers do: their last few bits
        are replaced by the palette row, the smallest integer found, and its row read back (distances
        within those bits of each other go to the row listed first; a distance that rounding takes
        below zero, a colour on a palette colour, wins).
        """
        # |c|² − 2 c·p + |p|² by channel (no matrix product: BLAS threads cost more than they give here)
        points = np.ascontiguousarray(colours.T, dtype=np.float32)
        distance = np.multiply.outer(self.minus_twice_lab[0], points[0])
        scratch = np.empty_like(distance)
        for channel in (1, 2):
            distance += np.multiply.outer(self.minus_twice_lab[channel], points[channel], out=scratch)
        distance += self.squared_length
        distance += np.einsum("ij,ij->j", points, points)
        if self.row_bits > 16:  # a palette this large would blur the distances: search as floats
            return np.argmin(distance, axis=0)
        mask = (1 << self.row_bits) - 1
        bits = distance.view(np.int32)
        bits &= ~mask
        bits |= self.rows
        return (bits.min(axis=0) & mask).astype(np.intp)


def _nearest_ciede2000(colours: np.ndarray, palette: _Palette) -> np.ndarray:
    """Exact ΔE00-nearest palette index of each (n, 3) Lab colour, pruned by the two lower bounds."""
    n, m = len(colours), len(palette.lab)
    if m == 1:
        return np.zeros(n, dtype=np.intp)
    nearest = palette.nearest_cie76(colours)
    upper = delta_e_ciede2000(colours, palette.lab[nearest], **palette.params)
    limit = upper * (1 + _MARGIN) + _MARGIN
    lightness, a, b = (np.ascontiguousarray(colours[:, i]) for i in range(3))
    # 1. a window of lightness in the lightness-sorted palette: |ΔL| ≤ kL·S_L_MAX·U
    reach = palette.k_l * S_L_MAX * limit
    # … narrowed: within it the mean lightness is at most |L − 50| + reach/2 from 50, and S_L grows with that
    farthest = np.minimum(np.abs(lightness - 50) + reach / 2, 50.0)
    farthest *= farthest
    reach = palette.k_l * limit * _lightness_weight(farthest)
    low = np.searchsorted(palette.lightness, lightness - reach, side="left")
    high = np.searchsorted(palette.lightness, lightness + reach, side="right")
    counts = high - low
    owner = np.repeat(np.arange(n), counts)
    place = np.arange(owner.size) + np.repeat(low - (np.cumsum(counts) - counts), counts)  # sorted
    # 2. the exact pairwise bound l = |ΔL′|/(kL·S_L) ≤ U
    light = _lightness_bound(lightness[owner], palette.lightness[place], palette.k_l)
    keep = light <= limit[owner]
    owner, place, light = owner[keep], place[keep], light[keep]
    # 3. the bound with the chroma plane: l² + (1 − (√3/4)·R_C)·|Δ(a′, b)|²/(k·S_C)² ≤ U²
    chroma = np.sqrt(a * a + b * b)
    plane = _chroma_plane_bound(
        a[owner],
        b[owner],
        chroma[owner],
        palette.a[place],
        palette.b[place],
        palette.chroma[place],
        palette.k_ch,
    )
    light *= light
    light += plane
    keep = light <= limit[owner] ** 2
    owner, candidate = owner[keep], palette.order[place[keep]]
    # 4. full ΔE00 for the survivors other than the colour that gave U (most colours have none)
    other = candidate != nearest[owner]
    owner, candidate = owner[other], candidate[other]
    if owner.size == 0:
        return nearest
    scores = delta_e_ciede2000(colours[owner], palette.lab[candidate], **palette.params)
    # the smallest score of each colour's run of survivors, ties to the palette colour listed first
    new_run = np.concatenate([[True], owner[1:] != owner[:-1]])
    starts = np.flatnonzero(new_run)
    best = np.minimum.reduceat(scores, starts)
    run = np.cumsum(new_run) - 1
    first = np.minimum.reduceat(np.where(scores == best[run], candidate, m), starts)
    # … against U and its colour
    who = owner[starts]
    better = (best < upper[who]) | ((best == upper[who]) & (first < nearest[who]))
    nearest[who[better]] = first[better]
    return nearest


def _pieces(count: int, workers: int) -> list[slice]:
    """
    Slices of at most CHUNK_COLOURS colours, their sizes within one of each other; where there are
    several, as many as a multiple of the workers (colours allowing), so that the threads finish
    together.
    """
    pieces = -(-count // CHUNK_COLOURS)
    if pieces > 1 and workers > 1:
        pieces = min(count, -(-pieces // workers) * workers)
    edges = [count * i // max(pieces, 1) for i in range(pieces + 1)]
    return [slice(start, stop) for start, stop in zip(edges, edges[1:], strict=False)]


def _search(colours: np.ndarray, to_lab, palette_lab: np.ndarray, params: dict, workers: int) -> np.ndarray:
    """Exact ΔE00-nearest palette row of each colour, its Lab from ``to_lab``, in pieces (threads)."""
    found = np.empty(len(colours), dtype=np.intp)
    searched = _Palette(palette_lab, params)

    def run(piece: slice) -> None:
        found[piece] = _nearest_ciede2000(to_lab(colours[piece]), searched)

    pieces = _pieces(len(colours), workers)
    if workers == 1 or len(pieces) <= 1:
        for piece in pieces:
            run(piece)
    else:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            list(pool.map(run, pieces))
    return found


def nearest_lab(
    colours_lab: np.ndarray, palette_lab: np.ndarray, params: dict, workers: int = 1
) -> np.ndarray:
    """Exact ΔE00-nearest palette row for each (n, 3) CIELAB colour (L* 0–100), in chunks."""
    return _search(colours_lab, np.asarray, palette_lab, params, workers)


def map_to_palette(
    image_rgb, palette_rgb, method: str = "ciede2000", *, workers=None, **params
) -> np.ndarray:
    """
    The index of the nearest palette colour for every knot, exactly under a ΔE method.

    Parameters
    ----------
    image_rgb : numpy.ndarray, shape (..., 3), uint8
        The knots' colours, 8-bit sRGB (e.g. a knot grid ``(rows, knots_across, 3)``).
    palette_rgb : numpy.ndarray, shape (N, 3), uint8
        The palette's colours, 8-bit sRGB, N ≥ 1.
    method : str
        A :data:`farshlab.colour.DELTA_E_METHODS` key; default ``"ciede2000"`` (pruned, see the
        module notes); the others are searched exhaustively over the distinct colours.
    workers : int, optional, keyword only
        Threads (default: 2, or 1 on a one-core machine).
    **params
        The method's parameters; default kL = 1, the reference conditions the course uses to choose
        yarns (kL = 2 is the textile tolerance for judging a dye lot).

    Returns
    -------
    numpy.ndarray of int, shape image_rgb.shape[:-1]
        Row numbers into ``palette_rgb``; equal ΔE → the colour listed first.

    Raises
    ------
    ValueError
        Arrays that are not uint8 RGB, an empty palette, an unknown method or parameter.

    Examples
    --------
    >>> import numpy as np
    >>> palette = np.array([[0, 0, 0], [128, 128, 128], [255, 255, 255]], dtype=np.uint8)
    >>> map_to_palette(np.array([[100, 100, 100], [230, 230, 230]], dtype=np.uint8), palette).tolist()
    [1, 2]
    >>> map_to_palette(np.zeros((2, 2, 3)), palette)
    Traceback (most recent call last):
    ...
    ValueError: image_rgb must be 8-bit RGB (dtype uint8, values 0-255), got dtype float64
    """
    knots = _check_image(image_rgb)
    palette = _check_palette(palette_rgb)
    if not isinstance(method, str) or method not in DELTA_E_METHODS:
        raise ValueError(words("chart.check.method", choices=sorted(DELTA_E_METHODS), value=repr(method)))
    threads = _check_workers(workers)
    palette_lab = srgb_to_lab(palette)
    delta_e(palette_lab[:1], palette_lab[:1], method, **params)  # checks the parameters once
    if knots.size == 0:
        return np.zeros(knots.shape[:-1], dtype=np.intp)
    distinct, inverse = _distinct_rgb(knots)
    if method != "ciede2000":
        found, _ = nearest_yarn(srgb_to_lab(distinct), palette_lab, method, workers=threads, **params)
        return found[inverse].reshape(knots.shape[:-1])
    found = _search(distinct, srgb_to_lab, palette_lab, params, threads)  # Lab piece by piece, in threads
    return found[inverse].reshape(knots.shape[:-1])


def mapping_error(image_rgb, palette_rgb, indices, **params) -> np.ndarray:
    """
    ΔE00 between every knot's colour and the palette colour it was given.

    Parameters
    ----------
    image_rgb : numpy.ndarray, shape (..., 3), uint8
        The knots' wanted colours.
    palette_rgb : numpy.ndarray, shape (N, 3), uint8
        The palette.
    indices : array_like of int, shape image_rgb.shape[:-1]
        The palette index of every knot (from :func:`map_to_palette` or any other method).
    **params
        CIEDE2000's ``kL``, ``kC``, ``kH``.

    Returns
    -------
    numpy.ndarray of float, shape image_rgb.shape[:-1]

    Examples
    --------
    >>> import numpy as np
    >>> knots = np.array([[255, 255, 255], [250, 250, 250]], dtype=np.uint8)
    >>> mapping_error(knots, knots[:1], [0, 0]).round(3).tolist()
    [0.0, 0.997]
    """
    knots = _check_image(image_rgb)
    palette = _check_palette(palette_rgb)
    index = np.asarray(indices)
    if index.shape != knots.shape[:-1] or index.dtype.kind not in "iu":
        raise ValueError(
            words("chart.check.indices", wanted=knots.shape[:-1], shape=index.shape, dtype=index.dtype)
        )
    if index.size and (index.min() < 0 or index.max() >= len(palette)):
        raise ValueError(words("chart.check.indices_range", last=len(palette) - 1))
    palette_lab = srgb_to_lab(palette)
    if index.size == 0:
        delta_e_ciede2000(palette_lab[:1], palette_lab[:1], **params)  # checks the parameters
        return np.zeros(index.shape)
    distinct, inverse = _distinct_rgb(knots)
    distinct_lab = srgb_to_lab(distinct)
    index = index.ravel()
    # each distinct colour is scored against the index of one of its knots; the knots of that colour
    # given another index (after clean-up or dithering) are scored as distinct (colour, index) pairs
    given = np.empty(len(distinct), dtype=index.dtype)
    given[inverse] = index
    errors = _pair_scores(distinct_lab, palette_lab[given], params)[inverse]
    other = np.flatnonzero(index != given[inverse])
    if other.size:
        pairs, back = np.unique(
            inverse[other].astype(np.int64) * len(palette) + index[other], return_inverse=True
        )
        scores = _pair_scores(distinct_lab[pairs // len(palette)], palette_lab[pairs % len(palette)], params)
        errors[other] = scores[back.ravel()]
    return errors.reshape(knots.shape[:-1])


def _pair_scores(lab1: np.ndarray, lab2: np.ndarray, params: dict) -> np.ndarray:
    """ΔE00 of (n, 3) pairs of Lab colours, PAIRS_AT_ONCE at a time."""
    scores = np.empty(len(lab1))
    step = PAIRS_AT_ONCE
    for start in range(0, len(lab1), step):
        scores[start : start + step] = delta_e_ciede2000(
            lab1[start : start + step], lab2[start : start + step], **params
        )
    return scores
