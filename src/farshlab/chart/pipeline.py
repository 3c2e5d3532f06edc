"""
Photo → coded chart, end to end: the steps the ``farshlab chart`` command and Chart Studio run.

1. **open** the picture (a file, bytes, a Pillow image or an RGB array), refusing files that are
   not pictures and pictures so large that Pillow treats them as a decompression bomb;
2. **scale** it to the knot grid of the finished size in cm at the raj across and along
   (:func:`farshlab.design.picture_to_knots`, row 0 = the bottom row);
3. choose the **palette** (:func:`farshlab.chart.make_palette`: a legend, K colours, or both);
4. **map** every knot to its exact ΔE00-nearest palette colour, or **dither** in Lab;
5. **clean** isolated knots and short runs (optional);
6. count **yarn** per code (metres and grams, with waste).

Progress is reported through a callback ``progress(fraction, stage)`` with ``fraction`` 0–1 and
``stage`` one of :data:`STAGES`.

Classes
-------
ChartResult
    The chart, the knots' picture colours, the yarn table and what each step changed.

Functions
---------
open_picture
    A picture from a file, bytes, a Pillow image or an array, as 8-bit RGB; clear errors.
picture_to_chart
    The whole pipeline.

Examples
--------
>>> import numpy as np
>>> picture = np.zeros((70, 50, 3), dtype=np.uint8)
>>> picture[:35] = [230, 220, 200]
>>> result = picture_to_chart(picture, width_cm=5, raj_w=35, colours=2)
>>> result.chart.knots_across, result.chart.rows, [line.knots for line in result.yarn]
(25, 35, [450, 425])
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, UnidentifiedImageError

from farshlab.chart.chartfile import Chart
from farshlab.chart.cleanup import DEFAULT_MAX_DELTA_E, clean_chart
from farshlab.chart.dither import dither_to_palette
from farshlab.chart.mapping import map_to_palette, mapping_error
from farshlab.chart.materials import YarnFigures, YarnTable, yarn_table
from farshlab.chart.options import (
    CM_PER_KNOT,
    DEFAULT_PALETTE_METHOD,
    EXAMPLE_NM,
    EXAMPLE_PLY,
    EXAMPLE_WASTE_PERCENT,
)
from farshlab.chart.palette import make_palette
from farshlab.checks import words
from farshlab.colour import YarnLegend
from farshlab.design import picture_to_knots

__all__ = ["STAGES", "ChartResult", "PictureError", "open_picture", "picture_to_chart"]

STAGES = ("open", "scale", "palette", "map", "clean", "yarn", "done")
"""The pipeline's stages, in order, as reported to the progress callback."""


class PictureError(ValueError):
    """
    A file that is not a picture, or a picture too large to open safely.

    Attributes
    ----------
    kind : str
        ``"missing"``, ``"not_picture"``, ``"too_large"`` or ``"bad_type"`` (for translated messages).
    limit : int
        Pillow's pixel limit, for ``"too_large"``.
    """

    def __init__(self, text: str, kind: str, limit: int = 0) -> None:
        super().__init__(text)
        self.kind = kind
        self.limit = limit


@dataclass(frozen=True)
class ChartResult:
    """
    The result of :func:`picture_to_chart`.

    Attributes
    ----------
    chart : Chart
        Codes (row 0 = bottom), legend, size and raj.
    knots_rgb : numpy.ndarray, shape (rows, knots_across, 3), uint8
        The picture scaled to the knot grid (row 0 = bottom): the colour each knot should show.
    yarn : YarnTable
        Knots, metres and grams per code.
    changed : dict of str → int
        Knots changed by each optional step: ``"dither_put_back"`` (dithered knots returned to their
        nearest colour to respect the isolated-knot limit), ``"isolated"``, ``"short_runs"``.
    mean_delta_e : float
        Mean ΔE00 between each knot's picture colour and its yarn.
    """

    chart: Chart
    knots_rgb: np.ndarray
    yarn: YarnTable
    changed: dict
    mean_delta_e: float


def open_picture(source) -> np.ndarray:
    """
    A picture as an ``(height, width, 3)`` uint8 RGB array (row 0 = its top, as stored).

    Parameters
    ----------
    source : str, pathlib.Path, bytes, PIL.Image.Image or numpy.ndarray
        A picture file, its bytes, a Pillow image, or an RGB uint8 array.

    Raises
    ------
    PictureError
        Not a picture, or more pixels than Pillow's decompression-bomb limit
        (``PIL.Image.MAX_IMAGE_PIXELS``).

    Examples
    --------
    >>> open_picture(b"not a picture")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    farshlab.chart.pipeline.PictureError: the file is not a picture farshlab can read (PNG, JPEG, …)
    """
    if isinstance(source, np.ndarray):
        if source.dtype != np.uint8 or source.ndim != 3 or source.shape[2] != 3 or source.size == 0:
            raise PictureError(
                words("chart.check.picture_array", shape=source.shape, dtype=source.dtype),
                "bad_type",
            )
        return source
    if isinstance(source, Image.Image):
        return np.asarray(source.convert("RGB"))
    if isinstance(source, bytes | bytearray | memoryview):
        stream, name = io.BytesIO(bytes(source)), "the file"
    elif isinstance(source, str | Path):
        stream, name = Path(source), str(source)
        if not stream.is_file():
            raise PictureError(words("chart.error.missing", image=name), "missing")
    else:
        raise PictureError(
            words("chart.check.picture_type", kind=type(source).__name__),
            "bad_type",
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(stream) as image:
                image.load()
                return np.asarray(image.convert("RGB"))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise PictureError(
            words("chart.error.too_large", image=name, limit=f"{Image.MAX_IMAGE_PIXELS:,}"),
            "too_large",
            Image.MAX_IMAGE_PIXELS,
        ) from None
    except (UnidentifiedImageError, OSError, SyntaxError) as error:
        raise PictureError(words("chart.error.not_picture", image=name), "not_picture") from error


def picture_to_chart(
    picture,
    width_cm,
    raj_w,
    raj_h=None,
    height_cm=None,
    *,
    colours: int | None = None,
    legend: YarnLegend | None = None,
    palette_method: str = DEFAULT_PALETTE_METHOD,
    dither: bool = False,
    dither_strength: float = 1.0,
    max_isolated_percent: float = 2.0,
    clean: int | None = None,
    max_delta_e: float = DEFAULT_MAX_DELTA_E,
    nm: float = EXAMPLE_NM,
    ply: int = EXAMPLE_PLY,
    cm_per_knot: float = CM_PER_KNOT,
    waste_percent: float = EXAMPLE_WASTE_PERCENT,
    unit_cm: float = 7.0,
    title: str = "",
    progress: Callable[[float, str], None] | None = None,
) -> ChartResult:
    """
    A coded chart from a picture.

    Parameters
    ----------
    picture
        Anything :func:`open_picture` reads.
    width_cm : float
        Finished width of the tableau.
    raj_w : float
        Knots across per 7 cm; ``raj_h`` (rows per 7 cm) defaults to it.
    height_cm : float, optional
        Finished height; default: the picture's proportions. A picture of other proportions is
        cropped around its centre, never stretched.
    colours, legend, palette_method
        The palette (see :func:`farshlab.chart.make_palette`).
    dither : bool
        Floyd–Steinberg in Lab (:func:`farshlab.chart.dither_to_palette`) instead of the exact mapping.
    dither_strength, max_isolated_percent : float
        The dithering's share of error passed on (0–1) and limit on the isolated knots it adds (%).
    clean : int, optional
        Clean up isolated knots and runs shorter than ``clean`` knots (1: isolated knots only);
        ``None`` or 0: no clean-up.
    max_delta_e : float
        The clean-up never replaces a yarn by one further than this (ΔE00).
    nm, ply, cm_per_knot, waste_percent
        Yarn figures for the grams (defaults: made-up example figures, :mod:`farshlab.chart.options`).
    unit_cm : float
        Counting length of the raj.
    title : str
        The chart's name.
    progress : callable, optional
        Called as ``progress(fraction, stage)``.

    Returns
    -------
    ChartResult
    """
    report = progress or (lambda fraction, stage: None)
    report(0.0, "open")
    rgb = open_picture(picture)
    if height_cm is None:
        if isinstance(width_cm, bool) or not isinstance(width_cm, int | float) or not np.isfinite(width_cm):
            raise ValueError(words("chart.check.positive", name="width_cm", value=repr(width_cm)))
        height_cm = float(width_cm) * rgb.shape[0] / rgb.shape[1]
    report(0.05, "scale")
    knots = picture_to_knots(rgb, width_cm, height_cm, raj_w, raj_h, unit_cm=unit_cm)
    report(0.15, "palette")
    palette = make_palette(knots, colours=colours, legend=legend, method=palette_method)
    report(0.45, "map")
    changed = {}
    if dither:
        dithered = dither_to_palette(knots, palette.srgb, dither_strength, max_isolated_percent)
        indices = dithered.indices
        changed["dither_put_back"] = dithered.put_back
    else:
        indices = map_to_palette(knots, palette.srgb)
    codes = palette.codes[indices]
    report(0.7, "clean")
    if clean:
        cleaned = clean_chart(codes, palette, min_run=clean, max_delta_e=max_delta_e)
        codes = cleaned.codes
        changed.update(cleaned.changed)
    report(0.9, "yarn")
    figures = YarnFigures(nm, ply, cm_per_knot, waste_percent)
    chart = Chart(codes, palette, width_cm, height_cm, raj_w, raj_h, unit_cm, title, yarn_figures=figures)
    yarn = yarn_table(codes, palette, nm=nm, ply=ply, cm_per_knot=cm_per_knot, waste_percent=waste_percent)
    row_of_code = np.zeros(int(palette.codes.max()) + 1, dtype=np.intp)
    row_of_code[palette.codes] = np.arange(len(palette))
    error = mapping_error(knots, palette.srgb, row_of_code[codes])
    report(1.0, "done")
    return ChartResult(
        chart=chart, knots_rgb=knots, yarn=yarn, changed=changed, mean_delta_e=float(error.mean())
    )
