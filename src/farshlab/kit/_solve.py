"""
Many small least-squares problems solved at once: a bounded Levenberg–Marquardt in numpy.

The kit solves two kinds of small problems for every colour of a chart: the three coefficients of a
reflectance curve (:mod:`farshlab.kit.recovery`) and the % owf of a few dyes (:mod:`farshlab.kit.recipes`),
each three unknowns against three residuals (ΔL*, Δa*, Δb*). Solving them one by one with
``scipy.optimize.least_squares`` spends its time in Python calls; here every problem takes its steps
in the same numpy operations, each problem with its own damping, bounds and stopping.

Functions
---------
least_squares_batch
    Minimise ‖r(x)‖² for many problems at once, within bounds.

References
----------
Levenberg, *Q. Appl. Math.* 2:164, 1944; Marquardt, *J. SIAM* 11:431, 1963 (damping on the diagonal
of JᵀJ); the variables at a bound whose gradient points outwards are held there (projected
Gauss–Newton, as in Kelley, *Iterative Methods for Optimization*, SIAM 1999, ch. 5).

Examples
--------
Two problems, x² = 2 and x² = 9 with x ≤ 2.5 (the second stops at its bound):

>>> import numpy as np
>>> targets = np.array([2.0, 9.0])
>>> x, cost = least_squares_batch(
...     lambda x, rows: x**2 - targets[rows, None], np.ones((2, 1)), 0.0, np.array([[10.0], [2.5]])
... )
>>> x.round(6).ravel().tolist(), cost.round(6).tolist()
([1.414214, 2.5], [0.0, 7.5625])
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

__all__ = ["least_squares_batch"]

_STEP = 1e-7
"""Finite-difference step, relative to the size of the bounds (at least 1)."""


def least_squares_batch(
    residuals: Callable[[np.ndarray, np.ndarray], np.ndarray],
    start: np.ndarray,
    lower,
    upper,
    *,
    iterations: int = 80,
    tolerance: float = 1e-14,
) -> tuple[np.ndarray, np.ndarray]:
    """
    Minimise ``‖residuals(x)‖²`` for ``n`` problems of ``m`` unknowns at once, ``lower ≤ x ≤ upper``.

    Parameters
    ----------
    residuals : callable
        ``residuals(x, rows)`` with ``x`` of shape ``(k, m)`` (any ``k``) and ``rows`` the problem
        each line of ``x`` belongs to (shape ``(k,)``); returns the residuals, shape ``(k, r)``.
    start : numpy.ndarray, shape (n, m)
        Starting points (moved inside the bounds).
    lower, upper : float or numpy.ndarray broadcastable to (n, m)
        Bounds (``-inf`` / ``inf`` for none).
    iterations : int
        Steps tried at most per problem.
    tolerance : float
        A problem stops when its cost ``‖r‖²`` falls below this, or its steps no longer help.

    Returns
    -------
    (numpy.ndarray, numpy.ndarray)
        The solutions, shape ``(n, m)``, and their costs ``‖r‖²``, shape ``(n,)``.
    """
    x = np.array(start, dtype=float)
    n, m = x.shape
    lower = np.broadcast_to(np.asarray(lower, dtype=float), (n, m))
    upper = np.broadcast_to(np.asarray(upper, dtype=float), (n, m))
    x = np.clip(x, lower, upper)
    span = np.where(np.isfinite(upper - lower), upper - lower, 1.0)
    h = _STEP * np.maximum(span, 1.0)
    r = residuals(x, np.arange(n))
    cost = np.einsum("nk,nk->n", r, r)
    damping = np.full(n, 1e-3)
    active = cost > tolerance
    eye = np.eye(m)
    for _ in range(iterations):
        rows = np.flatnonzero(active)
        if rows.size == 0:
            break
        xa, ra, low, high = x[rows], r[rows], lower[rows], upper[rows]
        # forward differences, taken inwards at the upper bound
        step = np.where(xa + h[rows] > high, -h[rows], h[rows])
        shifted = xa[:, None, :] + eye[None] * step[:, None, :]
        moved = residuals(shifted.reshape(-1, m), np.repeat(rows, m)).reshape(rows.size, m, -1)
        jacobian = ((moved - ra[:, None, :]) / step[:, :, None]).transpose(0, 2, 1)
        gradient = np.einsum("akm,ak->am", jacobian, ra)
        held = ((xa <= low) & (gradient > 0)) | ((xa >= high) & (gradient < 0))
        normal = np.einsum("akm,akl->aml", jacobian, jacobian)
        normal = np.where(held[:, :, None] | held[:, None, :], 0.0, normal)
        diagonal = np.einsum("amm->am", normal)
        system = normal + (damping[rows, None] * np.maximum(diagonal, 1e-12) + held)[:, :, None] * eye
        change = -np.linalg.solve(system, np.where(held, 0.0, gradient)[..., None])[..., 0]
        tried = np.clip(xa + change, low, high)
        r_tried = residuals(tried, rows)
        cost_tried = np.einsum("ak,ak->a", r_tried, r_tried)
        better = cost_tried < cost[rows]
        kept = rows[better]
        gain = cost[kept] - cost_tried[better]
        still = np.abs(tried[better] - xa[better]).max(axis=1) > 1e-13
        x[kept], r[kept], cost[kept] = tried[better], r_tried[better], cost_tried[better]
        damping[kept] /= 3
        refused = rows[~better]
        damping[refused] *= 4
        active[kept[(cost[kept] <= tolerance) | ~still | (gain <= 1e-12 * (cost[kept] + gain))]] = False
        active[refused[damping[refused] > 1e8]] = False
    return x, cost
