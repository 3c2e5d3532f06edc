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

Speed: error diffusion is sequential (each knot waits for the errors of the knots before it), so
the scan visits knots one by one in Python — a few microseconds each, about 20 s for 6 million
knots (``benchmarks/bench_chart_stages.py``) — holding only two rows of Lab colours as Python
floats. The nearest colour of an
error-shifted Lab colour is therefore not searched each time but looked up: the exact
ΔE00-nearest palette colour (by :mod:`farshlab.chart.mapping`) at the points of a grid 2 Lab units
apart around the picture's colours (12 units beyond them each way), each knot taking the answer of
the grid point nearest to it (at most 1.7 units away: small against the errors being diffused; a
colour beyond the grid takes the nearest point on its edge, which also keeps the error passed on
from growing where the palette cannot reach the picture's colours). The grid's answers are worked
out a block of 8 × 8 × 8 points at a time, when a knot first falls in the block. Without
dithering, the mapping is exact (:func:`farshlab.chart.map_to_palette`).

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
from farshlab.chart.mapping import _distinct_rgb, map_to_palette, mapping_error, nearest_lab
from farshlab.checks import words
from farshlab.colour import srgb_to_lab

__all__ = ["DitherResult", "dither_to_palette"]

LUT_STEP = 2.0
"""Spacing, in Lab units, of the grid of precomputed nearest colours used while diffusing."""

LUT_BLOCK = 8
"""Grid points along each side of a block of the grid worked out at once."""

MOST_ROUNDS = 50
"""Rounds of putting knots back before dithering is given up (the plain mapping is returned)."""

KEPT_TABLES = 4
"""Lookup tables kept for reuse (each a few MB)."""

_TABLES: OrderedDict[tuple, _LookupTable] = OrderedDict()
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


class _LookupTable:
    """
    The exact ΔE00-nearest palette index at the points ``low + LUT_STEP·(i, j, k)`` of a Lab grid of
    ``shape``, as a flat list (place ``(i·shape[1] + j)·shape[2] + k``); −1 where not yet worked out.
    """

    def __init__(self, low: np.ndarray, shape: tuple, palette_lab: np.ndarray, params: dict) -> None:
        self.low = low
        self.shape = shape
        self.palette_lab = palette_lab
        self.params = params
        self.indices = [-1] * (shape[0] * shape[1] * shape[2])

    def fill(self, place: int) -> int:
        """Work out the block of the grid holding ``place``; the index there."""
        i, rest = divmod(place, self.shape[1] * self.shape[2])
        j, k = divmod(rest, self.shape[2])
        corner = [index - index % LUT_BLOCK for index in (i, j, k)]
        axes = [np.arange(c, min(c + LUT_BLOCK, size)) for c, size in zip(corner, self.shape, strict=True)]
        grid = np.stack(np.meshgrid(*axes, indexing="ij"), axis=-1).reshape(-1, 3)
        points = self.low + LUT_STEP * grid
        points[:, 0] = np.minimum(points[:, 0], 100.0)
        found = nearest_lab(points, self.palette_lab, self.params).tolist()
        places = ((grid[:, 0] * self.shape[1] + grid[:, 1]) * self.shape[2] + grid[:, 2]).tolist()
        for where, index in zip(places, found, strict=True):
            self.indices[where] = index
        return self.indices[place]


def _lookup_table(lab: np.ndarray, palette_lab: np.ndarray, params: dict) -> _LookupTable:
    """
    The lookup table for a palette over the range of the (n, 3) Lab colours ``lab``. The last few
    are kept: the same palette over the same range of colours (a simulator's preview moved again,
    the same chart dithered at another strength) reuses its table and the blocks worked out.
    """
    low = np.floor(np.maximum(lab.min(axis=0) - LUT_MARGIN, [0.0, -128.0, -128.0]))
    high = np.ceil(np.minimum(lab.max(axis=0) + LUT_MARGIN, [100.0, 128.0, 128.0]))
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
    shape = tuple(len(np.arange(lo, hi + LUT_STEP, LUT_STEP)) for lo, hi in zip(low, high, strict=True))
    return _LookupTable(low, shape, palette_lab, params)


def _diffuse(image: np.ndarray, palette_lab: np.ndarray, strength: float, params: dict) -> np.ndarray:
    """
    Serpentine Floyd–Steinberg in Lab over a (rows, columns, 3) uint8 picture: palette indices.

    Two rows at a time are held as Python lists of L*, a* and b*, with one spare place at each
    end, where the error passed beyond the edge goes and is dropped.
    """
    rows, columns = image.shape[:2]
    distinct, inverse = _distinct_rgb(image)
    distinct_lab = srgb_to_lab(distinct)
    inverse = inverse.reshape(rows, columns)

    def channels(r: int) -> list[list[float]]:
        lab = distinct_lab[inverse[r]]
        return [[0.0, *lab[:, channel].tolist(), 0.0] for channel in range(3)]

    lookup = _lookup_table(distinct_lab, palette_lab, params)
    table, fill = lookup.indices, lookup.fill
    low_l, low_a, low_b = lookup.low.tolist()
    top_l, top_a, top_b = (size - 1 for size in lookup.shape)
    along_l, along_a = lookup.shape[1] * lookup.shape[2], lookup.shape[2]
    palette_l, palette_a, palette_b = (palette_lab[:, channel].tolist() for channel in range(3))
    out = np.empty((rows, columns), dtype=np.intp)
    w7, w3, w5, w1 = (strength * w / 16 for w in (7, 3, 5, 1))
    following = channels(0)
    for r in range(rows):
        (line_l, line_a, line_b), following = following, channels(min(r + 1, rows - 1))
        next_l, next_a, next_b = following
        step = 1 if r % 2 == 0 else -1
        found = [0] * (columns + 2)
        for c in range(1, columns + 1) if step == 1 else range(columns, 0, -1):
            L, a, b = line_l[c], line_a[c], line_b[c]
            i = round((L - low_l) / LUT_STEP)
            j = round((a - low_a) / LUT_STEP)
            k = round((b - low_b) / LUT_STEP)
            i = 0 if i < 0 else top_l if i > top_l else i
            j = 0 if j < 0 else top_a if j > top_a else j
            k = 0 if k < 0 else top_b if k > top_b else k
            place = i * along_l + j * along_a + k
            index = table[place]
            if index < 0:
                index = fill(place)
            found[c] = index
            eL, ea, eb = L - palette_l[index], a - palette_a[index], b - palette_b[index]
            n, m = c + step, c - step  # the next knot along the row, the one before it
            line_l[n] += eL * w7
            line_a[n] += ea * w7
            line_b[n] += eb * w7
            next_l[m] += eL * w3
            next_a[m] += ea * w3
            next_b[m] += eb * w3
            next_l[c] += eL * w5
            next_a[c] += ea * w5
            next_b[c] += eb * w5
            next_l[n] += eL * w1
            next_a[n] += ea * w1
            next_b[n] += eb * w1
        out[r] = found[1:-1]
    return out


def _put_back(
    dithered: np.ndarray, plain: np.ndarray, isolated: np.ndarray, error: np.ndarray, excess: int
) -> np.ndarray:
    """
    Where the ``excess`` worst added isolated knots (largest ΔE00 ``error`` first) go back to their
    plain colour; one that kept its plain colour is isolated by its changed neighbours, so those
    neighbours go back instead.
    """
    rows, columns = dithered.shape
    r, c = np.nonzero(isolated)
    worst = np.argsort(-error[r, c], kind="stable")[:excess]
    r, c = r[worst], c[worst]
    back = np.zeros(dithered.shape, dtype=bool)
    changed = dithered[r, c] != plain[r, c]
    back[r[changed], c[changed]] = True
    r, c = r[~changed], c[~changed]
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        inside = (0 <= r + dr) & (r + dr < rows) & (0 <= c + dc) & (c + dc < columns)
        back[r[inside] + dr, c[inside] + dc] = True
    return back & (dithered != plain)


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
        raise ValueError(words("chart.check.dither_image", shape=image.shape, dtype=image.dtype))
    for name, value, high in (
        ("strength", strength, 1.0),
        ("max_isolated_percent", max_isolated_percent, 100.0),
    ):
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= high:
            raise ValueError(words("chart.check.number_range", name=name, high=high, value=repr(value)))
    plain = map_to_palette(image, palette_rgb, **params)
    palette_lab = srgb_to_lab(np.asarray(palette_rgb))
    diffused = _diffuse(image, palette_lab, float(strength), params)
    dithered = diffused.copy()
    allowed = int(np.floor(image.shape[0] * image.shape[1] * max_isolated_percent / 100))
    plain_isolated = isolated_knots(plain)
    error = mapping_error(image, np.asarray(palette_rgb), diffused, **params)
    for _ in range(MOST_ROUNDS):
        added = isolated_knots(dithered) & ~plain_isolated
        excess = int(added.sum()) - allowed
        if excess <= 0:
            break
        back = _put_back(dithered, plain, added, error, excess)
        dithered[back] = plain[back]
        error[back] = 0.0
    else:  # not settled: give up dithering rather than break the limit
        dithered = plain.copy()
    added = isolated_knots(dithered) & ~plain_isolated
    put_back = int((dithered != diffused).sum())
    return DitherResult(indices=dithered, isolated_added=int(added.sum()), put_back=put_back)
