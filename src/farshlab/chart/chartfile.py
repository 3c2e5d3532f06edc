"""
A coded chart as one document, and the ``.farshchart`` file that saves it losslessly.

A :class:`Chart` holds everything a workshop needs to weave: the codes (one per knot, row 0 = the
bottom row), the legend of yarns the codes point to, the finished size in cm, the density in raj
across and along, and the yarn figures its grams were computed with (so that a reloaded chart
reprints the same legend). Unlike a picture saved as JPEG (which blurs 48 codes into thousands of
colours), the chart file keeps every code exactly.

The file format (version 1)
---------------------------
A ZIP archive (``.farshchart``) holding three members:

``chart.json``
    UTF-8 JSON: ``{"format": "farshlab-chart", "version": 1, "title": …, "width_cm": …,
    "height_cm": …, "raj_w": …, "raj_h": …, "unit_cm": …, "rows": …, "knots_across": …,
    "row_order": "bottom-up", "codes": "codes.npy", "legend": "legend.csv"}``, and, when the
    chart has them, ``"yarn_figures": {"nm": …, "ply": …, "cm_per_knot": …, "waste_percent": …}``
    (metres per gram of one strand, strands, cm of yarn per knot, waste in %; see
    :class:`farshlab.chart.YarnFigures`). Files without ``yarn_figures`` load with none.
``codes.npy``
    The codes as a NumPy ``.npy`` array (``numpy.save``, no pickling), shape
    ``(rows, knots_across)``, integer, **row 0 = the bottom row** (the weaver's row 1).
``legend.csv``
    The legend in :class:`farshlab.colour.YarnLegend`'s CSV format (code, name, colour, notes,
    recipe_id).

Any program can read it with a ZIP library, a JSON parser, a CSV parser and an ``.npy`` reader.
:func:`load_chart` checks the member names, the version, the array's shape against ``rows`` and
``knots_across``, that every code is in the legend, and the yarn figures.

Classes
-------
Chart
    Codes, legend, size, density and yarn figures of a chart.

Functions
---------
save_chart, load_chart
    Write and read a ``.farshchart`` file.

Examples
--------
>>> import numpy as np, tempfile, pathlib
>>> from farshlab.colour import Yarn, YarnLegend
>>> legend = YarnLegend([Yarn(1, "Cream", "#efe3c8"), Yarn(7, "Madder red", "#a8323a")])
>>> chart = Chart(np.array([[1, 7, 7], [1, 1, 7]]), legend, width_cm=0.42, height_cm=0.28, raj_w=50)
>>> path = save_chart(chart, pathlib.Path(tempfile.mkdtemp()) / "tiny.farshchart")
>>> load_chart(path) == chart
True
"""

from __future__ import annotations

import io
import json
import math
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from farshlab.chart.materials import YarnFigures, knots_per_code
from farshlab.checks import words
from farshlab.colour import YarnLegend

__all__ = ["FORMAT", "VERSION", "Chart", "load_chart", "save_chart"]

FORMAT = "farshlab-chart"
VERSION = 1
_MEMBERS = {"chart.json", "codes.npy", "legend.csv"}


def _positive(name: str, value) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | np.integer | np.floating):
        raise ValueError(words("chart.check.positive", name=name, value=repr(value)))
    if not math.isfinite(value) or value <= 0:
        raise ValueError(words("chart.check.positive", name=name, value=repr(value)))
    return float(value)


@dataclass(frozen=True, eq=False)
class Chart:
    """
    A coded chart: codes (row 0 = bottom), legend, finished size in cm and raj.

    Parameters
    ----------
    codes : array_like of int, shape (rows, knots_across)
        One yarn code per knot, row 0 = the bottom row (the weaver's row 1).
    legend : farshlab.colour.YarnLegend
        The yarns; every code used must be in it.
    width_cm, height_cm : float
        The finished size.
    raj_w : float
        Knots across per ``unit_cm``; ``raj_h`` (rows per ``unit_cm``) defaults to it.
    unit_cm : float
        Counting length of the raj (7 cm).
    title : str
        A name for the chart.
    yarn_figures : YarnFigures, optional, keyword only
        The yarn figures of its yarn table (Nm, ply, cm per knot, waste %), or ``None``.

    Examples
    --------
    >>> from farshlab.colour import Yarn, YarnLegend
    >>> Chart([[1, 2]], YarnLegend([Yarn(1, "Cream", "#efe3c8")]), 1, 1, 50)
    Traceback (most recent call last):
    ...
    ValueError: codes [2] are used in the chart but not in the legend
    """

    codes: np.ndarray
    legend: YarnLegend
    width_cm: float
    height_cm: float
    raj_w: float
    raj_h: float | None = None
    unit_cm: float = 7.0
    title: str = ""
    yarn_figures: YarnFigures | None = field(default=None, kw_only=True)

    def __post_init__(self) -> None:
        codes = np.asarray(self.codes)
        knots_per_code(codes, self.legend)  # a 2-D grid of whole numbers, every code in the legend
        codes = codes.astype(np.int64)
        codes.setflags(write=False)
        object.__setattr__(self, "codes", codes)
        for name in ("width_cm", "height_cm", "raj_w", "unit_cm"):
            object.__setattr__(self, name, _positive(name, getattr(self, name)))
        raj_h = self.raj_w if self.raj_h is None else _positive("raj_h", self.raj_h)
        object.__setattr__(self, "raj_h", raj_h)
        if not isinstance(self.title, str):
            raise ValueError(words("chart.check.title", value=repr(self.title)))
        if self.yarn_figures is not None and not isinstance(self.yarn_figures, YarnFigures):
            raise ValueError(words("chart.check.yarn_figures_type", kind=type(self.yarn_figures).__name__))

    @property
    def rows(self) -> int:
        """Rows of knots (from the bottom)."""
        return int(self.codes.shape[0])

    @property
    def knots_across(self) -> int:
        """Knots in each row."""
        return int(self.codes.shape[1])

    @property
    def total_knots(self) -> int:
        """All knots."""
        return int(self.codes.size)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Chart):
            return NotImplemented
        return (
            np.array_equal(self.codes, other.codes)
            and self.legend == other.legend
            and (self.width_cm, self.height_cm, self.raj_w, self.raj_h, self.unit_cm, self.title)
            == (other.width_cm, other.height_cm, other.raj_w, other.raj_h, other.unit_cm, other.title)
            and self.yarn_figures == other.yarn_figures
        )

    def __repr__(self) -> str:
        return (
            f"<Chart {self.title!r}: {self.knots_across} × {self.rows} knots, {len(self.legend)} yarns, "
            f"{self.width_cm:g} × {self.height_cm:g} cm at {self.raj_w:g}/{self.raj_h:g} raj>"
        )


def save_chart(chart: Chart, path) -> Path:
    """
    Write a chart to a ``.farshchart`` file (see the module's format); returns the path.

    Raises
    ------
    ValueError
        If ``chart`` is not a :class:`Chart`.
    """
    if not isinstance(chart, Chart):
        raise ValueError(words("chart.check.chart_type", kind=type(chart).__name__))
    path = Path(path)
    header = {
        "format": FORMAT,
        "version": VERSION,
        "title": chart.title,
        "width_cm": chart.width_cm,
        "height_cm": chart.height_cm,
        "raj_w": chart.raj_w,
        "raj_h": chart.raj_h,
        "unit_cm": chart.unit_cm,
        "rows": chart.rows,
        "knots_across": chart.knots_across,
        "row_order": "bottom-up",
        "codes": "codes.npy",
        "legend": "legend.csv",
    }
    if chart.yarn_figures is not None:
        header["yarn_figures"] = asdict(chart.yarn_figures)
    smallest = np.min_scalar_type(int(chart.codes.max()))
    array = io.BytesIO()
    np.save(array, chart.codes.astype(smallest if smallest.kind == "u" else np.int64), allow_pickle=False)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("chart.json", json.dumps(header, ensure_ascii=False, indent=2))
        archive.writestr("codes.npy", array.getvalue())
        archive.writestr("legend.csv", chart.legend.to_csv_text())
    return path


def load_chart(path) -> Chart:
    """
    Read a ``.farshchart`` file written by :func:`save_chart` (or any program following the format).

    Raises
    ------
    ValueError
        Not a chart file (not a ZIP, members missing, another format or version), or contents that
        disagree (shape against rows and knots across, codes missing from the legend) or are out
        of range (yarn figures).
    """
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if not _MEMBERS <= names:
                raise ValueError(
                    words("chart.check.file_lacks", file=path.name, missing=sorted(_MEMBERS - names))
                )
            header = json.loads(archive.read("chart.json").decode("utf-8"))
            codes = np.load(io.BytesIO(archive.read("codes.npy")), allow_pickle=False)
            legend_text = archive.read("legend.csv").decode("utf-8")
    except (zipfile.BadZipFile, OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(words("chart.check.file_unreadable", file=path.name, detail=error)) from error
    if header.get("format") != FORMAT or header.get("version") != VERSION:
        raise ValueError(
            words(
                "chart.check.file_version",
                file=path.name,
                format=repr(header.get("format")),
                version=repr(header.get("version")),
                expected=repr(FORMAT),
                expected_version=VERSION,
            )
        )
    if header.get("row_order") != "bottom-up":
        raise ValueError(words("chart.check.row_order", file=path.name, value=repr(header.get("row_order"))))
    if codes.shape != (header.get("rows"), header.get("knots_across")):
        raise ValueError(
            words(
                "chart.check.file_shape",
                file=path.name,
                shape=codes.shape,
                rows=header.get("rows"),
                across=header.get("knots_across"),
            )
        )
    legend = YarnLegend._parse(legend_text, f"{path.name}:legend.csv")
    return Chart(
        codes=codes,
        legend=legend,
        width_cm=header["width_cm"],
        height_cm=header["height_cm"],
        raj_w=header["raj_w"],
        raj_h=header["raj_h"],
        unit_cm=header["unit_cm"],
        title=header.get("title", ""),
        yarn_figures=_yarn_figures(header.get("yarn_figures"), path.name),
    )


def _yarn_figures(saved, name: str) -> YarnFigures | None:
    """The ``yarn_figures`` of a chart.json (``None`` when absent), or the file's clear error."""
    if saved is None:
        return None
    wanted = {"nm", "ply", "cm_per_knot", "waste_percent"}
    if not isinstance(saved, dict) or set(saved) != wanted:
        raise ValueError(
            words(
                "chart.check.yarn_figures_fields",
                file=name,
                wanted=", ".join(sorted(wanted)),
                value=repr(saved),
            )
        )
    try:
        return YarnFigures(**saved)
    except ValueError as error:
        raise ValueError(words("chart.check.yarn_figures_bad", file=name, detail=error)) from None
