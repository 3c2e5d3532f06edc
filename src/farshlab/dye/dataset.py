"""
Dye sets: a substrate and calibrated dyes, read from CSV; the course's SYNTHETIC default set.

A **dye set** is what recipe prediction needs: the undyed fibre's reflectance and, for each dye,
dyeings at several depths (% owf) measured at 400–700 nm every 10 nm. From them come the unit K/S
curves (:class:`~farshlab.dye.kubelka_munk.CalibratedDye`).

The default set (:func:`load_dye_set`) is **SYNTHETIC**: six acid dyes on off-white wool at 0.25, 0.5,
1, 2 and 4 % owf, made from a model by ``scripts/make_synthetic_dye_set.py`` because the course's
search found no openly licensed spectra of acid dyes on wool (``curriculum/sources.md``, assumptions).
It teaches the method; its
numbers are not recipes for real dyes. A workshop loads its own dyeings with :func:`read_dye_set`
from a CSV in the form of the shipped template (:func:`calibration_template_path`): one ``substrate``
row, then at least 4 depths per dye.

CSV form
--------
Lines starting with ``#`` are notes. Header ``dye,depth_percent_owf,400,410,…,700``; one row
``substrate,0,…``; one row per dyeing ``<dye name>,<depth % owf>,<31 reflectances 0–1>``.

Classes
-------
DyeSet
    The substrate and the calibrated dyes, with names and checks.

Functions
---------
load_dye_set, read_dye_set, load_standards, calibration_template_path
    The synthetic default set, a workshop's CSV, the synthetic standards, the template's path.

Examples
--------
>>> dyes = load_dye_set()
>>> dyes.synthetic, len(dyes.names), dyes.names[0]
(True, 6, 'Acid Yellow (synthetic)')
>>> dyes["Acid Red (synthetic)"].depths_percent.tolist()
[0.25, 0.5, 1.0, 2.0, 4.0]
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from farshlab.dye._checks import spectra, words
from farshlab.dye.kubelka_munk import CalibratedDye, ks_from_reflectance, unit_ks
from farshlab.dye.spectra import WAVELENGTHS_NM

__all__ = ["DyeSet", "calibration_template_path", "load_dye_set", "load_standards", "read_dye_set"]

MIN_DEPTHS = 4
"""Calibration depths a workshop's dye needs at least (the template asks for 4 or more)."""

SUBSTRATE = "substrate"


@dataclass(frozen=True)
class DyeSet:
    """
    A substrate and its calibrated dyes.

    Attributes
    ----------
    name : str
        Where the set comes from (a file name, or the synthetic set's name).
    substrate_reflectance : numpy.ndarray, shape (31,)
        The undyed fibre, reflectance 0–1 at 400–700 nm.
    dyes : tuple of CalibratedDye
        The dyes, in the file's order.
    synthetic : bool
        True for the course's made-up set (never recipes for real dyes).
    """

    name: str
    substrate_reflectance: np.ndarray
    dyes: tuple[CalibratedDye, ...]
    synthetic: bool = False

    @property
    def names(self) -> list[str]:
        """The dyes' names."""
        return [dye.name for dye in self.dyes]

    @property
    def substrate_ks(self) -> np.ndarray:
        """K/S of the undyed fibre, shape (31,)."""
        return ks_from_reflectance(self.substrate_reflectance)

    def __len__(self) -> int:
        return len(self.dyes)

    def __getitem__(self, name: str) -> CalibratedDye:
        for dye in self.dyes:
            if dye.name == name:
                return dye
        raise ValueError(words("dye.error.unknown_dye", name=repr(name), names=", ".join(self.names)))

    def select(self, names=None) -> list[CalibratedDye]:
        """The dyes called ``names`` (all when ``None``), checking every name and no repeats."""
        if names is None:
            return list(self.dyes)
        if isinstance(names, str):
            names = [names]
        names = list(names)
        if not names:
            raise ValueError(words("dye.error.no_dyes"))
        if len(set(names)) != len(names):
            raise ValueError(words("dye.error.dye_twice", names=names))
        return [self[name] for name in names]


def _read(text: str, source: str, min_depths: int) -> tuple[np.ndarray, tuple[CalibratedDye, ...]]:
    rows = [row for row in csv.reader(io.StringIO(text)) if row and not row[0].lstrip().startswith("#")]
    if not rows:
        raise ValueError(words("dye.file.no_header", source=source))
    header, body = [cell.strip() for cell in rows[0]], rows[1:]
    expected = ["dye", "depth_percent_owf", *(str(int(w)) for w in WAVELENGTHS_NM)]
    if header != expected:
        raise ValueError(words("dye.file.header", source=source, got=",".join(header[:4])))
    substrate = None
    dyeings: dict[str, list[tuple[float, np.ndarray]]] = {}
    for number, row in enumerate(body, start=2):
        where = words(
            "dye.file.where", source=source, row=number - 1, name=repr(row[0].strip() if row else "")
        )
        if len(row) != len(expected):
            raise ValueError(words("dye.file.values", where=where, expected=len(expected), count=len(row)))
        name = row[0].strip()
        try:
            depth = float(row[1])
            values = np.array([float(cell) for cell in row[2:]])
        except ValueError:
            raise ValueError(words("dye.file.numbers", where=where)) from None
        try:
            values = spectra(words("dye.name.reflectance"), values)
        except ValueError as error:
            raise ValueError(words("dye.file.row_error", where=where, error=error)) from None
        if name.lower() == SUBSTRATE:
            if substrate is not None:
                raise ValueError(words("dye.file.second_substrate", where=where))
            if depth != 0:
                raise ValueError(words("dye.file.substrate_depth", where=where, value=row[1]))
            substrate = values
            continue
        if not name:
            raise ValueError(words("dye.file.no_name", where=where))
        if not np.isfinite(depth) or depth <= 0:
            raise ValueError(words("dye.file.depth", where=where, value=row[1]))
        dyeings.setdefault(name, []).append((depth, values))
    if substrate is None:
        raise ValueError(words("dye.file.no_substrate", source=source))
    if not dyeings:
        raise ValueError(words("dye.file.no_dyeings", source=source))
    dyes = []
    for name, rows_of_dye in dyeings.items():
        rows_of_dye.sort(key=lambda item: item[0])
        depths = np.array([depth for depth, _ in rows_of_dye])
        if len(depths) < min_depths:
            raise ValueError(
                words(
                    "dye.file.few_depths", source=source, name=repr(name), count=len(depths), least=min_depths
                )
            )
        if np.any(np.diff(depths) == 0):
            raise ValueError(words("dye.file.same_depth", source=source, name=repr(name)))
        reflectance = np.array([values for _, values in rows_of_dye])
        total_ks = ks_from_reflectance(reflectance)
        peak = int(np.argmax(total_ks[-1]))
        if np.any(np.diff(total_ks[:, peak]) <= 0):
            raise ValueError(
                words("dye.file.not_deeper", source=source, name=repr(name), nm=WAVELENGTHS_NM[peak])
            )
        dyes.append(CalibratedDye(name, depths, unit_ks(depths, reflectance, substrate)))
    return substrate, tuple(dyes)


def read_dye_set(path, min_depths: int = MIN_DEPTHS) -> DyeSet:
    """
    Read a workshop's calibration dyeings from a CSV file (the template's form).

    Parameters
    ----------
    path : str or pathlib.Path
        The CSV file.
    min_depths : int
        Depths each dye needs at least (default 4).

    Returns
    -------
    DyeSet
        ``synthetic`` is False.

    Raises
    ------
    ValueError
        Naming the row and the problem: wrong header or wavelengths, no substrate, reflectance outside
        (0, 1] (with a hint when % was typed), too few depths, a dye that does not deepen.

    Examples
    --------
    >>> workshop = read_dye_set(calibration_template_path())
    >>> workshop.names, workshop.synthetic
    (['Example red (replace)'], False)
    """
    path = Path(path)
    if not path.is_file():
        raise ValueError(words("dye.file.missing", path=repr(str(path))))
    substrate, dyes = _read(path.read_text(encoding="utf-8"), path.name, min_depths)
    return DyeSet(path.name, substrate, dyes, synthetic=False)


def _data(name: str) -> str:
    return resources.files("farshlab.dye").joinpath("data", name).read_text(encoding="utf-8")


@cache
def load_dye_set() -> DyeSet:
    """
    The course's default dye set: six SYNTHETIC acid dyes on off-white wool (5 depths each).

    Made by ``scripts/make_synthetic_dye_set.py`` from a model, not measured: for teaching the
    method only, never as recipes for real dyes.

    Examples
    --------
    >>> load_dye_set().name
    'SYNTHETIC acid dyes on wool (farshlab teaching set)'
    """
    substrate, dyes = _read(_data("synthetic_acid_dyes.csv"), "synthetic_acid_dyes.csv", MIN_DEPTHS)
    return DyeSet("SYNTHETIC acid dyes on wool (farshlab teaching set)", substrate, dyes, synthetic=True)


@cache
def _standards() -> dict[str, np.ndarray]:
    rows = [
        r for r in csv.reader(io.StringIO(_data("synthetic_standards.csv"))) if r and not r[0].startswith("#")
    ]
    return {row[0]: spectra("reflectance", [float(v) for v in row[1:]]) for row in rows[1:]}


def load_standards() -> dict[str, np.ndarray]:
    """
    SYNTHETIC customer standards (natural-dye-like shades on the same wool): name → reflectance (31,).

    Their absorption shapes are not in the acid set, so an acid match is metameric to them.

    Examples
    --------
    >>> list(load_standards())[:2]
    ['Madder red (standard)', 'Weld yellow (standard)']
    """
    return {name: values.copy() for name, values in _standards().items()}


def calibration_template_path() -> Path:
    """
    Where the blank calibration template is: copy it, fill in your dyeings, read it with :func:`read_dye_set`.

    Examples
    --------
    >>> calibration_template_path().name
    'calibration_template.csv'
    """
    return Path(str(resources.files("farshlab.dye").joinpath("data", "calibration_template.csv")))
