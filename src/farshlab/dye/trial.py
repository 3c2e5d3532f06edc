"""
A trial dyeing against a standard: the Dye Lab's model.

:func:`compare_with_standard` predicts a recipe's reflectance, K/S, CIELAB and screen colour, and
compares it with a standard (a customer's sample, given as its reflectance) in daylight (D65/10°)
and under a second light (A or F11): the ΔE00 there is the metamerism index of
:mod:`farshlab.dye.match`. It is pure (no widgets, no drawing), so :mod:`farshlab.widgets.dye_lab`
only shows what it returns.

Classes
-------
TrialComparison
    The trial's and the standard's numbers.

Functions
---------
compare_with_standard

Examples
--------
>>> from farshlab.dye import load_dye_set, load_standards
>>> weld = load_standards()["Weld yellow (standard)"]
>>> recipe = {"Acid Yellow (synthetic)": 0.778, "Acid Orange (synthetic)": 0.035}
>>> trial = compare_with_standard(load_dye_set(), recipe, weld, "A")
>>> round(trial.delta_e00, 1), round(trial.metamerism_index, 1)
(0.2, 0.2)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from farshlab.colour import delta_e_ciede2000
from farshlab.dye._checks import spectra, words
from farshlab.dye.dataset import DyeSet
from farshlab.dye.kubelka_munk import reflectance_from_ks
from farshlab.dye.match import metamerism_index
from farshlab.dye.predict import predict_ks
from farshlab.dye.spectra import reflectance_to_hex, reflectance_to_lab

__all__ = ["TrialComparison", "compare_with_standard"]


@dataclass(frozen=True)
class TrialComparison:
    """
    A trial recipe and a standard, in daylight and under a second light.

    Attributes
    ----------
    recipe : dict of str to float
        Dye name → % owf.
    reflectance, ks : numpy.ndarray, shape (31,)
        The trial's predicted reflectance (0–1) and K/S.
    lab, hex : numpy.ndarray, str
        The trial in CIELAB (D65/10°) and on screen.
    standard_reflectance, standard_lab, standard_hex
        The same for the standard.
    delta_e00 : float
        ΔE00 between standard and trial in daylight (D65/10°).
    second_light : str
        "A" or "F11".
    lab_second, standard_lab_second : numpy.ndarray
        CIELAB of both under the second light (10° observer).
    hex_second, standard_hex_second : str
        Both on screen as an eye adapted to the second light sees them.
    metamerism_index : float
        ΔE00 under the second light.
    """

    recipe: dict[str, float]
    reflectance: np.ndarray
    ks: np.ndarray
    lab: np.ndarray
    hex: str
    standard_reflectance: np.ndarray
    standard_lab: np.ndarray
    standard_hex: str
    delta_e00: float
    second_light: str
    lab_second: np.ndarray
    standard_lab_second: np.ndarray
    hex_second: str
    standard_hex_second: str
    metamerism_index: float


def compare_with_standard(
    dye_set: DyeSet, recipe, standard_reflectance, second_light: str = "A"
) -> TrialComparison:
    """
    Predict a recipe and compare it with a standard in daylight and under a second light.

    Parameters
    ----------
    dye_set : DyeSet
    recipe : mapping of str to float
        Dye name → % owf.
    standard_reflectance : array_like, shape (31,)
        The standard's reflectance 0–1, 400–700 nm.
    second_light : {"A", "F11"}

    Returns
    -------
    TrialComparison
    """
    if second_light not in ("A", "F11"):
        raise ValueError(words("dye.error.second_light", value=repr(second_light)))
    standard = spectra("standard_reflectance", standard_reflectance)
    ks = predict_ks(dye_set, recipe)
    reflectance = reflectance_from_ks(ks)
    lab, standard_lab = reflectance_to_lab(reflectance), reflectance_to_lab(standard)
    lab_second = reflectance_to_lab(reflectance, second_light)
    standard_second = reflectance_to_lab(standard, second_light)
    return TrialComparison(
        recipe={name: float(value) for name, value in recipe.items()},
        reflectance=reflectance,
        ks=ks,
        lab=lab,
        hex=reflectance_to_hex(reflectance),
        standard_reflectance=standard,
        standard_lab=standard_lab,
        standard_hex=reflectance_to_hex(standard),
        delta_e00=float(delta_e_ciede2000(standard_lab, lab)),
        second_light=second_light,
        lab_second=lab_second,
        standard_lab_second=standard_second,
        hex_second=reflectance_to_hex(reflectance, second_light),
        standard_hex_second=reflectance_to_hex(standard, second_light),
        metamerism_index=metamerism_index(standard, reflectance, second_light),
    )
