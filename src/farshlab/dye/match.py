"""
Recipe matching: which dyes, at what % owf, give the target colour — and the correction after a lab dip.

What industrial recipe software does (sources.md: allen-1966, broadbent-2001), in four steps:

1. **Spectral fit** (:func:`fit_spectrum`), when the target is a measured spectrum (a customer's
   sample): the K/S the dyes must add, K/S_target − K/S_substrate, is fitted by non-negative least
   squares (``scipy.optimize.nnls``) on the dyes' unit K/S; because unit K/S depends on depth, the fit
   is repeated with kᵢ taken at the depths just found until they settle.
2. **Colorimetric match** (:func:`match_recipe`, after Allen, *JOSA* 56:1256, 1966): the % owf are
   moved, within 0 … the deepest calibration dyeing, until the predicted CIELAB (D65/10°) equals the
   target's: ``scipy.optimize.least_squares`` on the three residuals ΔL*, Δa*, Δb* (its Jacobian
   from one batched evaluation), started from the spectral fit when there is a spectrum and otherwise
   from a few fixed starts; when the target is not reached (too few dyes, or out of gamut) the result
   is polished by minimising ΔE00 itself (bounded L-BFGS-B). A target farther than ``tolerance``
   ΔE00 from the best reachable colour is **out of gamut**: the result says so (``in_gamut`` False)
   and holds the closest reachable recipe.
3. **Dye selection**: given more dyes than ``max_dyes`` (default 3), every subset of that size is
   screened by a quick solve from one start, the best three are solved fully, and the one with the
   smallest ΔE00 kept (ties: the least dye in total).
4. **Correction after a lab dip** (:func:`correct_recipe`): the dip's measured colour differs from
   the prediction; that error is carried as an offset (in K/S when the dip's spectrum is measured, in
   CIELAB otherwise) and the recipe is solved again from the one used.

Metamerism index (the convention, stated once)
----------------------------------------------
After a match under D65/10°, ``MI(A)`` is the CIEDE2000 difference between the target and the match,
both computed under illuminant A (10° observer, each Lab relative to the perfect white under A); the
same for F11. No correction for the small daylight mismatch left is applied. It needs the target's
spectrum: for a target given only as Lab, it is not defined (``None``).

Classes
-------
MatchResult, Correction
    What :func:`match_recipe` and :func:`correct_recipe` return.

Functions
---------
fit_spectrum, match_recipe, correct_recipe, metamerism_index

References
----------
Allen, *JOSA* 56:1256, 1966; Broadbent, *Basic Principles of Textile Coloration*, SDC 2001; Sharma,
Wu & Dalal, *Color Res. Appl.* 30:21, 2005 (CIEDE2000).

Examples
--------
>>> from farshlab.dye import load_dye_set, predict_lab
>>> dyes = load_dye_set()
>>> recipe = {"Acid Yellow (synthetic)": 0.8, "Acid Red (synthetic)": 0.3, "Acid Blue (synthetic)": 0.2}
>>> result = match_recipe(dyes, predict_lab(dyes, recipe), dyes=list(recipe))
>>> {name: round(owf, 3) for name, owf in result.recipe.items()}
{'Acid Yellow (synthetic)': 0.8, 'Acid Red (synthetic)': 0.3, 'Acid Blue (synthetic)': 0.2}
>>> result.delta_e00 < 0.01, result.in_gamut
(True, True)
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
from scipy.optimize import least_squares, minimize, nnls

from farshlab.colour import delta_e_ciede2000
from farshlab.dye._checks import positive, reflectance_values, words
from farshlab.dye.dataset import DyeSet
from farshlab.dye.kubelka_munk import CalibratedDye, ks_from_reflectance
from farshlab.dye.predict import check_recipe, mixture_ks
from farshlab.dye.spectra import WAVELENGTHS_NM, _lab, _white_xy, reflectance_to_lab, tristimulus_weights

__all__ = [
    "METAMERISM_ILLUMINANTS",
    "Correction",
    "MatchResult",
    "correct_recipe",
    "fit_spectrum",
    "match_recipe",
    "metamerism_index",
]

METAMERISM_ILLUMINANTS = ("A", "F11")
"""The second lights a match is checked under: tungsten (A) and shop fluorescent (F11)."""

_STARTS_PERCENT = (0.5, 0.1, 2.0)  # starting depths when the target has no spectrum
_FINALISTS = 3  # dye subsets solved fully after screening


@dataclass(frozen=True)
class MatchResult:
    """
    A matched recipe.

    Attributes
    ----------
    recipe : dict of str to float
        Dye name → % owf.
    lab : numpy.ndarray, shape (3,)
        The recipe's predicted CIELAB under the matching light.
    delta_e00 : float
        CIEDE2000 between the target and ``lab``.
    in_gamut : bool
        False when the target could not be reached within ``tolerance`` (the recipe is the closest).
    reflectance : numpy.ndarray, shape (31,)
        The recipe's predicted reflectance.
    metamerism : dict of str to float or None
        Metamerism index (ΔE00) under A and F11; ``None`` when the target had no spectrum.
    illuminant : str
    observer : int
    """

    recipe: dict[str, float]
    lab: np.ndarray
    delta_e00: float
    in_gamut: bool
    reflectance: np.ndarray
    metamerism: dict[str, float] | None
    illuminant: str = "D65"
    observer: int = 10


@dataclass(frozen=True)
class Correction:
    """
    A recipe corrected after a lab dip.

    Attributes
    ----------
    recipe : dict of str to float
        The corrected recipe, % owf.
    change : dict of str to float
        Corrected minus used, % owf (positive: more dye).
    measured_delta_e00 : float
        ΔE00 between the target and the lab dip as measured.
    expected_delta_e00 : float
        ΔE00 the corrected recipe is expected to leave.
    """

    recipe: dict[str, float]
    change: dict[str, float]
    measured_delta_e00: float
    expected_delta_e00: float


class _Model:
    """Predicted CIELAB of many recipes at once, for one choice of dyes, light and substrate K/S."""

    def __init__(
        self, dyes: list[CalibratedDye], substrate_ks, illuminant: str, observer: int, offset_ks=0.0
    ):
        self.dyes = dyes
        self.substrate_ks = substrate_ks
        self.offset_ks = offset_ks  # a lab dip's K/S error, carried into the correction
        self.weights = tristimulus_weights(illuminant, observer)
        self.white_xy = _white_xy(illuminant, observer)
        self.upper = np.array([dye.max_depth_percent for dye in dyes])

    def reflectance(self, owf: np.ndarray) -> np.ndarray:
        k = np.maximum(mixture_ks(self.substrate_ks, self.dyes, np.maximum(owf, 0.0)) + self.offset_ks, 0.0)
        return 1.0 / (1.0 + k + np.sqrt(k * k + 2 * k))  # reflectance_from_ks without its checks

    def lab(self, owf: np.ndarray) -> np.ndarray:
        return _lab(self.reflectance(owf) @ self.weights, self.white_xy)


def _target(target) -> tuple[np.ndarray | None, np.ndarray | None]:
    """(Lab, reflectance) of a target given as 3 CIELAB numbers or a 31-value spectrum."""
    array = np.asarray(target, dtype=float) if not isinstance(target, str) else np.array([np.nan])
    if array.shape == (3,):
        if not np.isfinite(array).all() or not 0 <= array[0] <= 100:
            raise ValueError(words("dye.error.target_lab", value=repr(target)))
        return array, None
    if array.shape == (WAVELENGTHS_NM.size,):
        return None, reflectance_values(words("dye.name.target_reflectance"), array)
    raise ValueError(words("dye.error.target", value=repr(target)))


def fit_spectrum(dye_set: DyeSet, target_reflectance, dyes=None, iterations: int = 8) -> dict[str, float]:
    """
    Spectral fit: the % owf whose K/S best equals the target's, by non-negative least squares.

    Parameters
    ----------
    dye_set : DyeSet
    target_reflectance : array_like, shape (31,)
        The target's reflectance 0–1 at 400–700 nm.
    dyes : list of str, optional
        The dyes to use (default all).
    iterations : int
        Times the fit is repeated with unit K/S taken at the depths just found.

    Returns
    -------
    dict of str to float
        Dye name → % owf (zero for dyes not needed), capped at each dye's deepest calibration.

    Examples
    --------
    >>> from farshlab.dye import load_dye_set, predict_reflectance
    >>> dyes = load_dye_set()
    >>> target = predict_reflectance(dyes, {"Acid Orange (synthetic)": 1.5, "Acid Black (synthetic)": 0.4})
    >>> {k: round(v, 3) for k, v in fit_spectrum(dyes, target).items() if v > 1e-6}
    {'Acid Orange (synthetic)': 1.5, 'Acid Black (synthetic)': 0.4}
    """
    if not isinstance(dye_set, DyeSet):
        raise ValueError(words("dye.error.dye_set", type=type(dye_set).__name__))
    chosen = dye_set.select(dyes)
    wanted = ks_from_reflectance(reflectance_values("target_reflectance", target_reflectance))
    if np.shape(wanted) != (WAVELENGTHS_NM.size,):
        raise ValueError(words("dye.error.target_reflectance", shape=np.shape(wanted)))
    added = wanted - dye_set.substrate_ks
    owf = np.array([float(np.median(dye.depths_percent)) for dye in chosen])
    for _ in range(iterations):
        basis = np.stack([dye.unit_ks_at(c) for dye, c in zip(chosen, owf, strict=True)], axis=1)
        new, _ = nnls(basis, added)
        new = np.minimum(new, [dye.max_depth_percent for dye in chosen])
        settled = np.allclose(new, owf, rtol=1e-7, atol=1e-9)
        owf = new
        if settled:
            break
    return {dye.name: float(c) for dye, c in zip(chosen, owf, strict=True)}


def _solve(
    model: _Model, target_lab: np.ndarray, starts: list[np.ndarray], polish: bool = True
) -> tuple[np.ndarray, float]:
    """Bounded colorimetric solve from several starts; returns (% owf, ΔE00)."""
    upper = model.upper
    steps = 1e-6 * np.maximum(upper, 1.0)

    def residuals(owf):
        return model.lab(owf) - target_lab

    def jacobian(owf):
        shifted = owf + np.diag(np.where(owf + steps > upper, -steps, steps))
        labs = model.lab(np.vstack([owf, shifted]))
        return ((labs[1:] - labs[0]) / np.diag(shifted - owf)[:, None]).T

    best, best_de = None, np.inf
    for start in starts:
        fit = least_squares(
            residuals,
            np.clip(start, 0, upper),
            jac=jacobian,
            bounds=(0, upper),
            xtol=1e-12,
            ftol=1e-12,
            gtol=1e-12,
            max_nfev=200,
        )
        de = float(delta_e_ciede2000(target_lab, model.lab(fit.x)))
        if de < best_de:
            best, best_de = fit.x, de
        if best_de < 1e-3:
            break
    if polish and best_de > 0.05:  # not reached: minimise ΔE00 itself (two-dye matches, out-of-gamut targets)
        polish = minimize(
            lambda owf: float(delta_e_ciede2000(target_lab, model.lab(owf))),
            best,
            method="L-BFGS-B",
            bounds=list(zip(np.zeros_like(upper), upper, strict=True)),
        )
        if polish.fun < best_de:
            best, best_de = polish.x, float(polish.fun)
    return np.clip(best, 0, upper), best_de


def metamerism_index(
    reference_reflectance, sample_reflectance, illuminant: str = "A", observer: int = 10
) -> float:
    """
    Metamerism index: ΔE00 between two spectra under a second light (A or F11 after matching in D65).

    Parameters
    ----------
    reference_reflectance, sample_reflectance : array_like, shape (31,)
        The standard and the match, reflectance 0–1.
    illuminant : {"A", "F11", "D65"}
    observer : {10, 2}

    Returns
    -------
    float
        CIEDE2000 under ``illuminant``; 0 for identical spectra.

    Examples
    --------
    >>> from farshlab.dye import load_dye_set, load_standards, match_recipe
    >>> weld = load_standards()["Weld yellow (standard)"]
    >>> two = ["Acid Yellow (synthetic)", "Acid Orange (synthetic)"]
    >>> match = match_recipe(load_dye_set(), weld, dyes=two)
    >>> round(metamerism_index(weld, match.reflectance, "A"), 2) == round(match.metamerism["A"], 2)
    True
    """
    reference = reflectance_to_lab(reference_reflectance, illuminant, observer)
    sample = reflectance_to_lab(sample_reflectance, illuminant, observer)
    return float(delta_e_ciede2000(reference, sample))


def match_recipe(
    dye_set: DyeSet,
    target,
    dyes=None,
    *,
    max_dyes: int = 3,
    tolerance: float = 0.5,
    illuminant: str = "D65",
    observer: int = 10,
) -> MatchResult:
    """
    Find the recipe (% owf of a few dyes) whose predicted colour matches a target.

    Parameters
    ----------
    dye_set : DyeSet
        Substrate and calibrated dyes.
    target : array_like
        CIELAB (3 numbers, under ``illuminant``/``observer``), or a measured reflectance spectrum (31
        values 0–1 at 400–700 nm) — then the spectral fit starts the match and the metamerism index
        under A and F11 is given.
    dyes : list of str, optional
        The dyes to use. Default: choose the best ``max_dyes`` of the whole set.
    max_dyes : int
        When more dyes are given (or the set has more), the best subset of this size is chosen.
    tolerance : float
        ΔE00 above which the target counts as out of gamut (not reachable with these dyes).
    illuminant, observer
        The light the match is made under: D65/10° by default.

    Returns
    -------
    MatchResult

    Raises
    ------
    ValueError
        Bad target, unknown dye names, ``max_dyes`` below 1, bad tolerance.

    Examples
    --------
    >>> from farshlab.dye import load_dye_set
    >>> far = match_recipe(load_dye_set(), [60.0, -70.0, -40.0])
    >>> far.in_gamut, far.delta_e00 > 5
    (False, True)
    """
    if not isinstance(dye_set, DyeSet):
        raise ValueError(words("dye.error.dye_set_example", type=type(dye_set).__name__))
    if isinstance(max_dyes, bool) or not isinstance(max_dyes, int) or max_dyes < 1:
        raise ValueError(words("dye.error.max_dyes", value=repr(max_dyes)))
    tolerance = float(positive("tolerance", tolerance))
    target_lab, target_reflectance = _target(target)
    if target_lab is None:
        target_lab = reflectance_to_lab(target_reflectance, illuminant, observer)
    else:
        reflectance_to_lab(np.ones(WAVELENGTHS_NM.size), illuminant, observer)  # checks the light
    chosen = dye_set.select(dyes)
    subsets = (
        [chosen] if len(chosen) <= max_dyes else [list(s) for s in itertools.combinations(chosen, max_dyes)]
    )

    def starts(subset):
        if target_reflectance is not None:
            fit = fit_spectrum(dye_set, target_reflectance, [dye.name for dye in subset])
            return [np.array(list(fit.values()))]
        return [np.full(len(subset), depth) for depth in _STARTS_PERCENT]

    if len(subsets) > 1:  # screen every subset from one start, then solve the best few fully
        screened = [
            (
                _solve(
                    _Model(s, dye_set.substrate_ks, illuminant, observer),
                    target_lab,
                    starts(s)[:1],
                    polish=False,
                )[1],
                i,
            )
            for i, s in enumerate(subsets)
        ]
        subsets = [subsets[i] for _, i in sorted(screened)[:_FINALISTS]]
    best = None
    for subset in subsets:
        model = _Model(subset, dye_set.substrate_ks, illuminant, observer)
        owf, de = _solve(model, target_lab, starts(subset))
        key = (round(de, 3), float(owf.sum()))
        if best is None or key < best[0]:
            best = (key, model, owf, de)
    _, model, owf, de = best
    reflectance = model.reflectance(owf)
    metamerism = None
    if target_reflectance is not None:
        metamerism = {
            light: metamerism_index(target_reflectance, reflectance, light, observer)
            for light in METAMERISM_ILLUMINANTS
        }
    return MatchResult(
        recipe={dye.name: float(c) for dye, c in zip(model.dyes, owf, strict=True)},
        lab=model.lab(owf),
        delta_e00=de,
        in_gamut=de <= tolerance,
        reflectance=reflectance,
        metamerism=metamerism,
        illuminant=illuminant,
        observer=observer,
    )


def correct_recipe(
    dye_set: DyeSet, recipe, target, measured, *, illuminant: str = "D65", observer: int = 10
) -> Correction:
    """
    Correct a recipe after a lab dip: carry the dip's error into the model and solve again.

    Parameters
    ----------
    dye_set : DyeSet
    recipe : mapping of str to float
        The recipe the dip was dyed with (dye name → % owf); the correction uses the same dyes.
    target : array_like
        The target: CIELAB (3) or reflectance (31).
    measured : array_like
        The lab dip as measured: CIELAB (3) — the error is an offset in CIELAB — or its reflectance
        (31) — the error is an offset in K/S, wavelength by wavelength.
    illuminant, observer
        The light of the match, D65/10° by default.

    Returns
    -------
    Correction

    Examples
    --------
    A dip that came out lighter than predicted (the wool took up 10 % less dye) needs more dye:

    >>> from farshlab.dye import load_dye_set, predict_lab
    >>> dyes = load_dye_set()
    >>> used = {"Acid Yellow (synthetic)": 1.0, "Acid Red (synthetic)": 0.5, "Acid Blue (synthetic)": 0.1}
    >>> took = {name: 0.9 * owf for name, owf in used.items()}
    >>> fix = correct_recipe(dyes, used, predict_lab(dyes, used), predict_lab(dyes, took))
    >>> all(change > 0 for change in fix.change.values()), fix.expected_delta_e00 < 0.01
    (True, True)
    """
    chosen, owf = check_recipe(dye_set, recipe)
    if not chosen:
        raise ValueError(words("dye.error.nothing_to_correct"))
    target_lab, target_reflectance = _target(target)
    if target_lab is None:
        target_lab = reflectance_to_lab(target_reflectance, illuminant, observer)
    measured_lab, measured_reflectance = _target(measured)
    model = _Model(chosen, dye_set.substrate_ks, illuminant, observer)
    if measured_reflectance is not None:
        offset = ks_from_reflectance(measured_reflectance) - mixture_ks(dye_set.substrate_ks, chosen, owf)
        model = _Model(chosen, dye_set.substrate_ks, illuminant, observer, offset_ks=offset)
        measured_lab = reflectance_to_lab(measured_reflectance, illuminant, observer)
        aim = target_lab
    else:
        aim = target_lab - (measured_lab - model.lab(owf))
    new, _ = _solve(model, aim, [owf])
    expected = float(delta_e_ciede2000(target_lab, model.lab(new) + (target_lab - aim)))
    names = [dye.name for dye in chosen]
    return Correction(
        recipe=dict(zip(names, map(float, new), strict=True)),
        change={name: float(b - a) for name, a, b in zip(names, owf, new, strict=True)},
        measured_delta_e00=float(delta_e_ciede2000(target_lab, measured_lab)),
        expected_delta_e00=expected,
    )
