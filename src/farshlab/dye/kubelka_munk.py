"""
Kubelka–Munk for dyed wool: reflectance ↔ K/S, unit K/S from calibration dyeings, and mixing.

In plain words: a dyed fibre **absorbs** some light (K) and **scatters** the rest back (S). What a
spectrophotometer measures is the reflectance R (0–1) at each wavelength; what adds up when dyes are
mixed is not R but the ratio K/S. So recipes are worked in K/S and turned back into R at the end.

- Opaque layer (a skein is thick enough that no light gets through):
  K/S = (1 − R)² / (2R), and back, R = 1 + K/S − √((K/S)² + 2·K/S).
- Single-constant additivity for dyed textiles: (K/S)_mix(λ) = (K/S)_substrate(λ) + Σ cᵢ · kᵢ(λ),
  cᵢ in % owf and kᵢ the dye's **unit K/S** (K/S per 1 % owf) from calibration dyeings.
- Depth is not linear: kᵢ falls as the shade gets deeper (the fibre saturates; on polyester K/S stops
  growing in step with the dye above about 17, sources.md: safi-2021), so kᵢ(c) is interpolated
  linearly between the calibration depths and held constant outside them.

Functions
---------
ks_from_reflectance, reflectance_from_ks
    The Kubelka–Munk function and its inverse, on numbers or arrays.
unit_ks
    Unit K/S (per 1 % owf) of a dye from its calibration dyeings and the substrate.

Classes
-------
CalibratedDye
    A dye's calibration: depths (% owf) and unit K/S at each, with kᵢ(c) interpolation.

References
----------
Kubelka & Munk, *Z. Tech. Phys.* 12:593, 1931 (the function). Broadbent, *Basic Principles of Textile
Coloration*, SDC 2001, ch. on colour measurement and recipe prediction. Allen, *JOSA* 56:1256, 1966.
Safi, Ameri & Ansari, *Physica Scripta* 2021, article 125832 (the limit near K/S 17, on polyester).

Examples
--------
>>> ks_from_reflectance(0.5)
0.25
>>> reflectance_from_ks(0.25)
0.5
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from farshlab.dye._checks import as_output, non_negative, positive, reflectance_values, words

__all__ = ["CalibratedDye", "ks_from_reflectance", "reflectance_from_ks", "unit_ks"]


def ks_from_reflectance(reflectance):
    """
    Kubelka–Munk function: K/S = (1 − R)² / (2R) for an opaque layer.

    Parameters
    ----------
    reflectance : float or array_like
        Reflectance R as a fraction, 0 < R ≤ 1 (a spectrophotometer's 45 % is 0.45).

    Returns
    -------
    float or numpy.ndarray
        K/S (no unit), 0 for a perfect white (R = 1), growing without end as R → 0.

    Raises
    ------
    ValueError
        If a reflectance is not in (0, 1], or is NaN or infinite.

    Examples
    --------
    >>> round(ks_from_reflectance(0.2), 12)
    1.6
    >>> ks_from_reflectance([1.0, 0.5]).tolist()
    [0.0, 0.25]
    """
    r = reflectance_values("reflectance", reflectance)
    return as_output((1 - r) ** 2 / (2 * r))


def reflectance_from_ks(ks):
    """
    Inverse Kubelka–Munk: R = 1 + K/S − √((K/S)² + 2·K/S).

    Parameters
    ----------
    ks : float or array_like
        K/S, zero or more.

    Returns
    -------
    float or numpy.ndarray
        Reflectance 0 < R ≤ 1.

    Examples
    --------
    >>> reflectance_from_ks(1.6)
    0.2
    >>> reflectance_from_ks([0.0, 0.25]).tolist()
    [1.0, 0.5]
    """
    k = non_negative("ks", ks)
    # written as 1 / (1 + K/S + √(...)) so that deep shades (large K/S) lose no digits
    return as_output(1.0 / (1.0 + k + np.sqrt(k * k + 2 * k)))


def unit_ks(depths_percent, dyed_reflectance, substrate_reflectance) -> np.ndarray:
    """
    Unit K/S (per 1 % owf) of a dye at each calibration depth: (K/S_dyed − K/S_substrate) / c.

    Parameters
    ----------
    depths_percent : array_like, shape (n,)
        The calibration depths in % owf, positive.
    dyed_reflectance : array_like, shape (n, m)
        The dyeings' reflectance (0–1) at m wavelengths, one row per depth.
    substrate_reflectance : array_like, shape (m,)
        The undyed fibre's reflectance.

    Returns
    -------
    numpy.ndarray, shape (n, m)
        Unit K/S; tiny negative values from measuring noise (a dyeing a hair lighter than the
        substrate where the dye does not absorb) are set to 0.

    Examples
    --------
    >>> unit_ks([1.0, 2.0], [[0.5], [0.25]], [1.0]).tolist()
    [[0.25], [0.5625]]
    """
    depths = positive("depths_percent", depths_percent)
    dyed = reflectance_values("dyed_reflectance", dyed_reflectance)
    substrate = reflectance_values("substrate_reflectance", substrate_reflectance)
    if depths.ndim != 1 or dyed.ndim != 2 or dyed.shape[0] != depths.size or substrate.ndim != 1:
        raise ValueError(
            words("dye.error.unit_ks_shapes", depths=depths.shape, dyed=dyed.shape, substrate=substrate.shape)
        )
    if dyed.shape[1] != substrate.size:
        raise ValueError(words("dye.error.unit_ks_wavelengths", dyed=dyed.shape[1], substrate=substrate.size))
    added = (1 - dyed) ** 2 / (2 * dyed) - (1 - substrate) ** 2 / (2 * substrate)
    return np.maximum(added, 0.0) / depths[:, None]


@dataclass(frozen=True)
class CalibratedDye:
    """
    One dye's calibration: unit K/S at several depths, interpolated in between.

    Attributes
    ----------
    name : str
        The dye's name as the dye house writes it.
    depths_percent : numpy.ndarray, shape (n,)
        Calibration depths in % owf, increasing.
    unit_ks : numpy.ndarray, shape (n, m)
        Unit K/S (per 1 % owf) at each depth and wavelength.

    Examples
    --------
    >>> dye = CalibratedDye("Red", np.array([1.0, 2.0]), np.array([[4.0], [3.0]]))
    >>> dye.unit_ks_at(1.5).tolist(), dye.ks_at(1.5).tolist()
    ([3.5], [5.25])
    >>> dye.max_depth_percent
    2.0
    """

    name: str
    depths_percent: np.ndarray
    unit_ks: np.ndarray

    def __post_init__(self) -> None:
        depths = positive("depths_percent", self.depths_percent)
        k = np.asarray(self.unit_ks, dtype=float)
        if depths.ndim != 1 or depths.size < 2 or np.any(np.diff(depths) <= 0):
            raise ValueError(words("dye.error.depths", name=repr(self.name), depths=depths))
        if k.ndim != 2 or k.shape[0] != depths.size or not np.isfinite(k).all() or (k < 0).any():
            raise ValueError(words("dye.error.unit_ks", name=repr(self.name)))
        object.__setattr__(self, "depths_percent", depths)
        object.__setattr__(self, "unit_ks", k)

    @property
    def max_depth_percent(self) -> float:
        """The deepest calibration dyeing, % owf: beyond it the unit K/S is extrapolated (held)."""
        return float(self.depths_percent[-1])

    def unit_ks_at(self, percent) -> np.ndarray:
        """
        Unit K/S at ``percent`` % owf (any shape (...)), interpolated linearly between depths.

        Returns an array of shape (..., m).
        """
        return self._unit_ks(non_negative("percent", percent))

    def ks_at(self, percent) -> np.ndarray:
        """The dye's own K/S at ``percent`` % owf: c · k(c), shape (..., m)."""
        c = non_negative("percent", percent)
        return c[..., None] * self._unit_ks(c)

    def _unit_ks(self, c: np.ndarray) -> np.ndarray:
        """:meth:`unit_ks_at` without the checks (for solvers that already keep c within bounds)."""
        depths = self.depths_percent
        j = np.clip(np.searchsorted(depths, c) - 1, 0, depths.size - 2)
        t = np.clip((c - depths[j]) / (depths[j + 1] - depths[j]), 0.0, 1.0)[..., None]
        return (1 - t) * self.unit_ks[j] + t * self.unit_ks[j + 1]
