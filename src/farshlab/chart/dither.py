"""
Floyd–Steinberg error diffusion in CIELAB, with a limit on the isolated knots it may create.

Without dithering every knot takes its nearest palette colour, and a smooth gradient (a cheek, a
sky) turns into bands. Error diffusion passes each knot's colour error on to the knots not yet
coded — 7/16 to the next knot in the row, 3/16, 5/16 and 1/16 to the row after — so that, seen
from a distance, the mixture of yarns comes closer to the picture. Here the error is measured and
passed on in CIELAB (not RGB), rows are scanned in alternate directions (serpentine), and the
nearest colour is chosen by ΔE00.

Weavers dislike the isolated single knots dithering scatters (a change of yarn for one knot), so
``max_isolated_percent`` limits the isolated knots dithering **adds** to the plain mapping: when
there are more, the worst of them (the largest ΔE00 from the picture) go back to their plain
nearest colour — or, for a knot isolated by its changed neighbours, those neighbours do — until
the limit holds (after 50 rounds, the plain mapping is returned). ``strength`` (0–1) scales the
error passed on.

Speed: the scan visits knots one by one in Python, so the nearest colour of an error-shifted Lab
colour is not searched each time but looked up: before the scan, the exact ΔE00-nearest palette
colour is computed (by :mod:`farshlab.chart.mapping`) at every point of a grid 2 Lab units apart
around the picture's colours, and each knot takes the answer of the grid point nearest to it (at
most 1.7 units away: small against the errors being diffused). Without dithering, the mapping is
exact (:func:`farshlab.chart.map_to_palette`).

Classes
-------
DitherResult
    Palette indices, and counts of isolated knots added and knots put back.

Functions
---------
dither_to_palette
    Floyd–Steinberg in Lab to a palette.

References
----------
Floyd & Steinberg, "An adaptive algorithm for spatial greyscale", *Proc. SID* 17(2):75–77, 1976;
serpentine scan: Ulichney, *Digital Halftoning*, MIT Press 1987.

Examples
--------
>>> import numpy as np
>>> grey = np.full((4, 6, 3), 128, dtype=np.uint8)
>>> palette = np.array([[0, 0, 0], [255, 255, 255]], dtype=np.uint8)
>>> result = dither_to_palette(grey, palette, max_isolated_percent=100)
>>> sorted(set(result.indices.ravel().tolist()))  # a mixture of black and white
[0, 1]
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np

from farshlab.chart.cleanup import isolated_knots
from farshlab.chart.mapping import map_to_palette, mapping_error, nearest_lab
from farshlab.colour import srgb_to_lab

__all__ = ["DitherResult", "dither_to_palette"]

LUT_STEP = 2.0
"""Spacing, in Lab units, of the grid of precomputed nearest colours used while diffusing."""

MOST_ROUNDS = 50
"""Rounds of putting knots back before dithering is given up (the plain mapping is returned)."""

KEPT_TABLES = 4
"""Lookup tables kept for reuse (each a few MB)."""

_TABLES: OrderedDict[tuple, tuple] = OrderedDict()
_TABLES_LOCK = threading.Lock()

LUT_MARGIN = 12.0
"""The grid covers the picture's Lab colours plus this margin (diffused errors go beyond them)."""


@dataclass(frozen=True)
class DitherResult:
    """
    The result of :func:`dither_to_palette`.

    Attributes
    ----------
    indices : numpy.ndarray of int, shape (rows, knots_across)
        Palette index of every knot.
    isolated_added : int
        Isolated knots in the result that the plain mapping did not have.
    put_back : int
        Dithered knots returned to their plain nearest colour to respect ``max_isolated_percent``.
    """

    indices: np.ndarray
    isolated_added: int
    put_back: int


def _lookup_table(lab: np.ndarray, palette_lab: np.ndarray, params: dict):
    """
    Exact ΔE00-nearest palette index at every point of a Lab grid (step LUT_STEP) around the picture.

    The last few tables are kept: the same palette over the same range of colours (a simulator's
    preview moved again, the same chart dithered at another strength) reuses its table.
    """
    low = np.floor(np.maximum(lab.reshape(-1, 3).min(axis=0) - LUT_MARGIN, [0.0, -128.0, -128.0]))
    high = np.ceil(np.minimum(lab.reshape(-1, 3).max(axis=0) + LUT_MARGIN, [100.0, 128.0, 128.0]))
    key = (
        palette_lab.tobytes(),
        palette_lab.shape,
        low.tobytes(),
        high.tobytes(),
        tuple(sorted(params.items())),
    )
    with _TABLES_LOCK:
        kept = _TABLES.get(key)
        if kept is not None:
            _TABLES.move_to_end(key)
            return kept
    table = _new_lookup_table(low, high, palette_lab, params)
    with _TABLES_LOCK:
        _TABLES[key] = table
        while len(_TABLES) > KEPT_TABLES:
            _TABLES.popitem(last=False)
    return table


def _new_lookup_table(low: np.ndarray, high: np.ndarray, palette_lab: np.ndarray, params: dict):
    axes = [np.arange(lo, hi + LUT_STEP, LUT_STEP) for lo, hi in zip(low, high, strict=True)]
    axes[0] = np.minimum(axes[0], 100.0)
    points = np.stack(np.meshgrid(*axes, indexing="ij"), axis=-1).reshape(-1, 3)
    table = nearest_lab(points, palette_lab, params, workers=2)
    shape = tuple(len(axis) for axis in axes)
    return table.reshape(shape).tolist(), low.tolist(), shape


def _diffuse(lab: np.ndarray, palette_lab: np.ndarray, strength: float, params: dict) -> np.ndarray:
    rows, columns = lab.shape[:2]
    work = lab.astype(float).tolist()
    palette = palette_lab.tolist()
    table, (low_l, low_a, low_b), (size_l, size_a, size_b) = _lookup_table(lab, palette_lab, params)
    top_l, top_a, top_b = size_l - 1, size_a - 1, size_b - 1
    out = np.empty((rows, columns), dtype=np.intp)
    w7, w3, w5, w1 = (strength * w / 16 for w in (7, 3, 5, 1))
    for r in range(rows):
        forward = r % 2 == 0
        order = range(columns) if forward else range(columns - 1, -1, -1)
        step = 1 if forward else -1
        line = work[r]
        below = work[r + 1] if r + 1 < rows else None
        for c in order:
            L, a, b = line[c]
            i = min(max(round((L - low_l) / LUT_STEP), 0), top_l)
            j = min(max(round((a - low_a) / LUT_STEP), 0), top_a)
            k = min(max(round((b - low_b) / LUT_STEP), 0), top_b)
            index = table[i][j][k]
            out[r, c] = index
            pL, pa, pb = palette[index]
            eL, ea, eb = L - pL, a - pa, b - pb
            n = c + step
            if 0 <= n < columns:
                cell = line[n]
                cell[0] += eL * w7
                cell[1] += ea * w7
                cell[2] += eb * w7
            if below is not None:
                for offset, weight in ((-step, w3), (0, w5), (step, w1)):
                    m = c + offset
                    if 0 <= m < columns:
                        cell = below[m]
                        cell[0] += eL * weight
                        cell[1] += ea * weight
                        cell[2] += eb * weight
    return out


def dither_to_palette(
    image_rgb, palette_rgb, strength: float = 1.0, max_isolated_percent: float = 2.0, **params
) -> DitherResult:
    """
    Floyd–Steinberg dithering in CIELAB, adding at most ``max_isolated_percent`` isolated knots.

    Parameters
    ----------
    image_rgb : numpy.ndarray, shape (rows, knots_across, 3), uint8
        The knots' colours (row 0 = bottom; the scan starts there, as the weaver does).
    palette_rgb : numpy.ndarray, shape (N, 3), uint8
        The palette.
    strength : float
        Share of each knot's error passed on, 0 (none: the plain mapping) to 1 (full Floyd–Steinberg).
    max_isolated_percent : float
        Largest share of the knots, in %, that may be isolated knots added by dithering (0–100).
    **params
        CIEDE2000's ``kL``, ``kC``, ``kH``.

    Returns
    -------
    DitherResult

    Examples
    --------
    >>> import numpy as np
    >>> grey = np.full((4, 6, 3), 128, dtype=np.uint8)
    >>> palette = np.array([[0, 0, 0], [255, 255, 255]], dtype=np.uint8)
    >>> dither_to_palette(grey, palette, max_isolated_percent=0).isolated_added
    0
    """
    image = np.asarray(image_rgb)
    if image.dtype != np.uint8 or image.ndim != 3 or image.shape[2] != 3 or image.size == 0:
        raise ValueError(
            f"image_rgb must be uint8 knots of shape (rows, knots_across, 3), got {image.shape} "
            f"of {image.dtype}"
        )
    for name, value, high in (
        ("strength", strength, 1.0),
        ("max_isolated_percent", max_isolated_percent, 100.0),
    ):
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= high:
            raise ValueError(f"{name} must be a number from 0 to {high:g}, got {value!r}")
    plain = map_to_palette(image, palette_rgb, **params)
    palette_lab = srgb_to_lab(np.asarray(palette_rgb))
    diffused = _diffuse(srgb_to_lab(image), palette_lab, float(strength), params)
    dithered = diffused.copy()
    allowed = int(np.floor(image.shape[0] * image.shape[1] * max_isolated_percent / 100))
    plain_isolated = isolated_knots(plain)
    error = mapping_error(image, np.asarray(palette_rgb), diffused, **params)
    rows, columns = dithered.shape
    for _ in range(MOST_ROUNDS):
        added = isolated_knots(dithered) & ~plain_isolated
        excess = int(added.sum()) - allowed
        if excess <= 0:
            break
        # the worst isolated knots first; one that kept its plain colour is isolated by its changed
        # neighbours, so those neighbours go back instead
        where = np.argwhere(added)[np.argsort(-error[added], kind="stable")[:excess]]
        back = np.zeros_like(added)
        for r, c in where:
            if dithered[r, c] != plain[r, c]:
                back[r, c] = True
            else:
                for rr, cc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= rr < rows and 0 <= cc < columns:
                        back[rr, cc] = True
        back &= dithered != plain
        dithered[back] = plain[back]
        error[back] = 0.0
    else:  # not settled: give up dithering rather than break the limit
        dithered = plain.copy()
    added = isolated_knots(dithered) & ~plain_isolated
    put_back = int((dithered != diffused).sum())
    return DitherResult(indices=dithered, isolated_added=int(added.sum()), put_back=put_back)
