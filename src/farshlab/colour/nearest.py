"""
Nearest yarn: for every colour, the yarn of a legend with the smallest ΔE — exactly, for millions of pixels.

"Exact" means the answer is the one a brute-force search would give with the same
:func:`~farshlab.colour.difference.delta_e` method and parameters: every colour is compared with
every yarn (ΔE00 is not a true distance — it breaks the triangle inequality — so tree pruning
alone could miss the nearest yarn). Two things keep this fast and the memory bounded:

1. **distinct colours first**: a photo repeats colours, so the colours are reduced to their
   distinct values (``np.unique(..., return_inverse=True)``), searched once each, and the answers
   spread back to every pixel;
2. **chunks**: distinct colours are compared with all yarns a block at a time, so no more than
   about ``max_pairs`` colour–yarn pairs are in memory at once, whatever the image size;
   ``workers`` blocks run in parallel threads (numpy releases the GIL inside its loops).

A faster mapper (e.g. pattern coding's) can reuse :func:`nearest_yarn` on its own candidate sets:
it accepts any ``(..., 3)`` Lab array and any legend.

When two yarns are equally near, the one listed first wins (as ``np.argmin`` does).

Functions
---------
nearest_yarn
    Index of the nearest yarn and its ΔE, for colours of any shape ``(..., 3)``.
k_nearest_yarns
    The k nearest yarns, nearest first, with their ΔE.
compare_with_yarns
    One colour against its k nearest yarns, with ΔE under several named settings (the Colour
    Matcher's table).

References
----------
Sharma, Wu & Dalal, *Color Res. Appl.* 30(1):21–30, 2005 (ΔE00 is not a metric).

Examples
--------
>>> import numpy as np
>>> yarns = np.array([[95.0, 0.0, 2.0], [40.0, 55.0, 40.0], [25.0, 5.0, -30.0]])
>>> index, de = nearest_yarn([[42.0, 50.0, 38.0], [90.0, 1.0, 1.0]], yarns)
>>> index.tolist(), de.round(2).tolist()
([1, 0], [2.36, 3.54])
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from farshlab.checks import words
from farshlab.colour.difference import DELTA_E_VARIANTS, delta_e

__all__ = ["YarnMatches", "compare_with_yarns", "k_nearest_yarns", "nearest_yarn"]

DEFAULT_MAX_PAIRS = 1 << 16
"""Colour–yarn pairs per chunk: ≈ 0.5 MB per float64 temporary (fits a CPU cache), tens of MB at most."""


def _check_inputs(colours_lab, yarns_lab, max_pairs, workers) -> tuple[np.ndarray, np.ndarray]:
    colours = np.asarray(colours_lab)
    yarns = np.asarray(yarns_lab)
    if colours.dtype.kind not in "iuf" or colours.ndim == 0 or colours.shape[-1] != 3:
        raise ValueError(words("colour.error.colours_lab", shape=colours.shape, dtype=colours.dtype))
    if yarns.dtype.kind not in "iuf" or yarns.ndim != 2 or yarns.shape[1] != 3:
        raise ValueError(words("colour.error.yarns_lab", shape=yarns.shape, dtype=yarns.dtype))
    if len(yarns) == 0:
        raise ValueError(words("colour.error.yarns_empty"))
    for name, array in (("colours_lab", colours), ("yarns_lab", yarns)):
        if not np.isfinite(array).all():
            raise ValueError(words("colour.error.not_finite", name=name))
    if isinstance(max_pairs, bool) or not isinstance(max_pairs, int | np.integer) or max_pairs < 1:
        raise ValueError(words("colour.error.max_pairs", value=repr(max_pairs)))
    if isinstance(workers, bool) or not isinstance(workers, int | np.integer) or workers < 1:
        raise ValueError(words("colour.error.workers", value=repr(workers)))
    return colours.astype(float, copy=False), yarns.astype(float, copy=False)


def _distinct(colours: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct rows of an (N, 3) float array and, for each row, the index of its distinct row."""
    contiguous = np.ascontiguousarray(colours)
    keys = contiguous.view(np.dtype((np.void, contiguous.dtype.itemsize * 3))).ravel()
    _, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    return contiguous[first], inverse.ravel()


def _search(colours, yarns, k, method, params, max_pairs, workers) -> tuple[np.ndarray, np.ndarray]:
    """k nearest yarns of each (N, 3) colour, chunked; returns (N, k) indices and ΔE."""
    n = len(colours)
    k_indices = np.empty((n, k), dtype=np.intp)
    k_delta = np.empty((n, k), dtype=float)
    step = max(1, max_pairs // len(yarns))

    def run(start: int) -> None:
        block = delta_e(colours[start : start + step, None, :], yarns[None, :, :], method, **params)
        block = np.reshape(block, (-1, len(yarns)))
        if k == 1:
            order = np.argmin(block, axis=1)[:, None]
        else:
            order = np.argsort(block, axis=1, kind="stable")[:, :k]
        k_indices[start : start + step] = order
        k_delta[start : start + step] = np.take_along_axis(block, order, axis=1)

    starts = range(0, n, step)
    if workers == 1 or len(starts) == 1:
        for start in starts:
            run(start)
    else:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            list(pool.map(run, starts))
    return k_indices, k_delta


def k_nearest_yarns(
    colours_lab,
    yarns_lab,
    k: int,
    method: str = "ciede2000",
    *,
    max_pairs: int = DEFAULT_MAX_PAIRS,
    workers: int = 1,
    **params,
) -> tuple[np.ndarray, np.ndarray]:
    """
    The ``k`` nearest yarns of every colour, nearest first, exactly under a ΔE method.

    Parameters
    ----------
    colours_lab : array_like, shape (..., 3)
        CIELAB colours to match (e.g. a whole picture, shape (rows, columns, 3)); each is the
        *reference* of the ΔE (it matters for cie94 and cmc).
    yarns_lab : array_like, shape (M, 3)
        CIELAB colours of the legend's yarns, in legend order.
    k : int
        How many yarns per colour, 1 to M.
    method : str
        A :data:`~farshlab.colour.difference.DELTA_E_METHODS` key; default ``"ciede2000"``.
    max_pairs : int, keyword only
        Largest number of colour–yarn pairs computed at once (memory bound).
    workers : int, keyword only
        Threads that search chunks in parallel (1 = no threads).
    **params
        The method's parameters (``kL=2`` …), passed to :func:`~farshlab.colour.difference.delta_e`.

    Returns
    -------
    indices : numpy.ndarray of int, shape (..., k)
        Row numbers into ``yarns_lab`` (not yarn codes), nearest first; ties keep legend order.
    delta_e : numpy.ndarray of float, shape (..., k)
        The matching ΔE values, ascending.

    Examples
    --------
    >>> yarns = [[95.0, 0.0, 2.0], [40.0, 55.0, 40.0], [25.0, 5.0, -30.0]]
    >>> index, de = k_nearest_yarns([30.0, 20.0, -10.0], yarns, k=2)
    >>> index.tolist(), de.round(2).tolist()
    ([2, 1], [20.95, 27.89])
    """
    colours, yarns = _check_inputs(colours_lab, yarns_lab, max_pairs, workers)
    if isinstance(k, bool) or not isinstance(k, int | np.integer) or not 1 <= k <= len(yarns):
        raise ValueError(words("colour.error.k", count=len(yarns), value=repr(k)))
    flat = colours.reshape(-1, 3)
    distinct, inverse = _distinct(flat)
    indices, deltas = _search(distinct, yarns, int(k), method, params, int(max_pairs), int(workers))
    shape = (*colours.shape[:-1], int(k))
    return indices[inverse].reshape(shape), deltas[inverse].reshape(shape)


def nearest_yarn(
    colours_lab,
    yarns_lab,
    method: str = "ciede2000",
    *,
    max_pairs: int = DEFAULT_MAX_PAIRS,
    workers: int = 1,
    **params,
) -> tuple[np.ndarray, np.ndarray]:
    """
    The nearest yarn of every colour, exactly under a ΔE method.

    Parameters are those of :func:`k_nearest_yarns` without ``k``.

    Returns
    -------
    indices : numpy.ndarray of int, shape colours_lab.shape[:-1]
        Row number into ``yarns_lab`` of each colour's nearest yarn.
    delta_e : numpy.ndarray of float, same shape
        Its ΔE.

    Examples
    --------
    >>> yarns = [[95.0, 0.0, 2.0], [40.0, 55.0, 40.0], [25.0, 5.0, -30.0]]
    >>> index, de = nearest_yarn([[[42.0, 50.0, 38.0]]], yarns, method="cmc", l=2, c=1)
    >>> index.tolist(), de.round(2).tolist()
    ([[1]], [[2.33]])
    """
    indices, deltas = k_nearest_yarns(
        colours_lab, yarns_lab, 1, method, max_pairs=max_pairs, workers=workers, **params
    )
    return indices[..., 0], deltas[..., 0]


@dataclass(frozen=True)
class YarnMatches:
    """
    One colour's nearest yarns, with ΔE under several settings.

    Attributes
    ----------
    indices : numpy.ndarray of int, shape (k,)
        Rows of the legend, nearest first under ``ranked_by``.
    delta_e : dict of str → numpy.ndarray
        For each setting name (a :data:`~farshlab.colour.difference.DELTA_E_VARIANTS` key), the
        ΔE of those yarns, in the same order.
    ranked_by : str
        The setting that chose and ordered the yarns.
    """

    indices: np.ndarray
    delta_e: dict[str, np.ndarray]
    ranked_by: str


def compare_with_yarns(colour_lab, yarns_lab, k: int = 5, ranked_by: str = "ciede2000") -> YarnMatches:
    """
    One colour's ``k`` nearest yarns under one setting, with their ΔE under every setting.

    Parameters
    ----------
    colour_lab : array_like, shape (3,)
        The wanted colour (reference), CIELAB.
    yarns_lab : array_like, shape (M, 3)
        The legend's yarns, CIELAB.
    k : int
        How many yarns, 1 to M.
    ranked_by : str
        A key of :data:`~farshlab.colour.difference.DELTA_E_VARIANTS` that chooses and orders them.

    Returns
    -------
    YarnMatches

    Examples
    --------
    >>> yarns = [[95.0, 0.0, 2.0], [40.0, 55.0, 40.0], [25.0, 5.0, -30.0]]
    >>> found = compare_with_yarns([42.0, 50.0, 38.0], yarns, k=2)
    >>> found.indices.tolist(), found.delta_e["cie76"].round(2).tolist()
    ([1, 2], [5.74, 83.29])
    """
    colour = np.asarray(colour_lab)
    if colour.shape != (3,):
        raise ValueError(words("colour.error.colour_lab", shape=colour.shape))
    if ranked_by not in DELTA_E_VARIANTS:
        raise ValueError(
            words("colour.error.ranked_by", choices=list(DELTA_E_VARIANTS), value=repr(ranked_by))
        )
    method, params = DELTA_E_VARIANTS[ranked_by]
    indices, _ = k_nearest_yarns(colour, yarns_lab, k, method, **params)
    chosen = np.asarray(yarns_lab, dtype=float)[indices]
    table = {name: np.asarray(delta_e(colour, chosen, m, **p)) for name, (m, p) in DELTA_E_VARIANTS.items()}
    return YarnMatches(indices=indices, delta_e=table, ranked_by=ranked_by)
