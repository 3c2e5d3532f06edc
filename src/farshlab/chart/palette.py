"""
The chart's palette: a workshop's fixed yarn legend, or K colours chosen for the picture.

A coded chart can only use the yarns the workshop has. Either the palette **is** the workshop's
legend (every yarn a candidate, its codes kept), or the computer **chooses K colours** that best
cover the picture, which the dyer then dyes (or snaps to the nearest yarns of a legend):

- ``"kmeans"`` (default, best quality): k-means clustering of the knots' CIELAB colours
  (:func:`scipy.cluster.vq.kmeans2`, k-means++ start, a fixed seed so the same picture always
  gives the same palette), run on at most ``sample`` knots drawn with the same seed.
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
SODA 2007 (k-means); Heckbert, *Color image quantization for frame buffer display*, SIGGRAPH 1982
(median cut); codes light → dark: Tavoos Baft (DOMAIN notes §2).

Examples
--------
>>> import numpy as np
>>> knots = np.array([[[250, 250, 250], [240, 240, 235]], [[20, 20, 30], [30, 25, 20]]], dtype=np.uint8)
>>> palette = make_palette(knots, colours=2)
>>> [(yarn.code, yarn.name) for yarn in palette], palette.lab[:, 0].round(0).tolist()
([(1, 'colour 1'), (2, 'colour 2')], [96.0, 8.0])
"""

from __future__ import annotations

import warnings

import numpy as np
from PIL import Image
from scipy.cluster.vq import kmeans2

from farshlab.chart.mapping import map_to_palette
from farshlab.chart.options import DEFAULT_PALETTE_METHOD
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
"""The largest palette: the tools of the trade cap at 256 colours (DOMAIN notes §2)."""

DEFAULT_SAMPLE = 100_000
"""Knots the k-means sees at most (drawn with the seed); more costs time and changes little."""


def _knots(image_rgb) -> np.ndarray:
    array = np.asarray(image_rgb)
    if array.dtype != np.uint8 or array.ndim < 2 or array.shape[-1] != 3 or array.size == 0:
        raise ValueError(
            f"image_rgb must be 8-bit RGB knots of shape (..., 3), dtype uint8, got shape {array.shape} "
            f"of {array.dtype}"
        )
    return array.reshape(-1, 3)


def _count(k) -> int:
    if isinstance(k, bool) or not isinstance(k, int | np.integer) or not 2 <= k <= MOST_COLOURS:
        raise ValueError(f"colours must be a whole number from 2 to {MOST_COLOURS}, got {k!r}")
    return int(k)


def _distinct_rows(rgb: np.ndarray) -> np.ndarray:
    """Distinct colours, first appearance order kept."""
    _, first = np.unique(rgb, axis=0, return_index=True)
    return rgb[np.sort(first)]


def kmeans_colours(image_rgb, k: int, seed: int = 0, sample: int = DEFAULT_SAMPLE) -> np.ndarray:
    """
    K colours for a picture by k-means in CIELAB (the cluster centres, as 8-bit sRGB).

    Parameters
    ----------
    image_rgb : numpy.ndarray, shape (..., 3), uint8
        The knots' colours.
    k : int
        Colours wanted, 2 to 256. A picture with fewer distinct colours gets its own colours; two
        centres that round to the same 8-bit colour are kept once, so fewer may come back.
    seed : int
        Seed of the random start and of the sample (same seed, same palette).
    sample : int
        Largest number of knots clustered.

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
    distinct = _distinct_rows(rgb)
    if len(distinct) <= k:
        return distinct[np.lexsort(distinct.T[::-1])]
    rng = np.random.default_rng(seed)
    if len(rgb) > sample:
        rgb = rgb[rng.choice(len(rgb), size=sample, replace=False)]
    lab = srgb_to_lab(rgb)
    with warnings.catch_warnings():
        # a cluster left empty is simply dropped below; scipy warns about it
        warnings.filterwarnings("ignore", message="One of the clusters is empty", category=UserWarning)
        centres, labels = kmeans2(lab, k, iter=20, minit="++", seed=rng)
    used = np.unique(labels)
    centres = np.clip(centres[used], [0.0, -128.0, -128.0], [100.0, 127.0, 127.0])
    srgb = np.clip(lab_to_srgb(centres), 0.0, 1.0)
    colours = np.round(srgb * 255).astype(np.uint8)
    return _distinct_rows(colours)


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
        raise ValueError(f"colours_rgb must be 8-bit colours of shape (K, 3), got shape {colours.shape}")
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
        raise ValueError(f"legend must be a YarnLegend, got {type(legend).__name__}")
    colours = np.asarray(colours_rgb)
    if colours.dtype != np.uint8 or colours.ndim != 2 or colours.shape[1] != 3:
        raise ValueError(
            f"colours_rgb must be uint8 colours of shape (K, 3), got {colours.shape} of {colours.dtype}"
        )
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
        raise ValueError(f"give colours (K, 2 to {MOST_COLOURS}) or a yarn legend, or both")
    if legend is not None and not isinstance(legend, YarnLegend):
        raise ValueError(f"legend must be a YarnLegend, got {type(legend).__name__}")
    if method not in PALETTE_METHODS:
        raise ValueError(f"method must be one of {sorted(PALETTE_METHODS)}, got {method!r}")
    _knots(image_rgb)
    if colours is None:
        return legend
    chosen = PALETTE_METHODS[method](image_rgb, _count(colours), seed)
    if legend is None:
        return order_light_to_dark(chosen)
    return snap_to_legend(chosen, legend, **params)
