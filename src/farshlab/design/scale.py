"""
Scaling a picture to a knot grid for a tableau of a given size in cm and density in raj.

The knot grid's size comes from the finished size, not from the picture:
``(knots_across, rows) = farshlab.carpet.chart_size(width_cm, height_cm, raj_w, raj_h)``.
When raj across and raj along differ, a knot is not square — e.g. 50 raj across and 60 rows per
7 cm along: each knot is 0.14 cm wide and 0.117 cm tall — so the grid has more rows per cm than
knots per cm. The picture is therefore resampled straight to ``knots_across × rows`` cells, each
cell taking the part of the picture its knot covers; drawn on square chart paper the grid looks
tall and thin, and woven it comes out right. Scaling the picture to square cells first (a common
mistake) stretches the woven carpet by ``raj_h / raj_w``.

If the picture's proportions differ from the carpet's (``width_cm / height_cm``), it is cropped
around its centre to the carpet's proportions first (``crop=True``) — never stretched; with
``crop=False`` a difference of more than 1 % is an error.

Resampling filter
-----------------
``"box"`` for shrinking: each knot takes the plain average of the picture's pixels under it — the
colour the weaver's knot would show from a distance. It makes no colour that is not a mix of the
picture's own and no halo at sharp edges, so the later palette step (Module 5) does not meet
stray colours. ``"lanczos"`` (Pillow's LANCZOS, a windowed sinc) is the better filter for
**enlarging** a small picture, where a box filter would give blocks; when shrinking it keeps
edges a little sharper but may ring (light or dark fringes). The default ``"auto"`` takes box when
the picture shrinks in both directions and Lanczos otherwise. Both are Pillow's filters, which
widen their support when shrinking so that every pixel counts (Pillow docs, "Filters").

Functions
---------
picture_to_knots
    A picture (Pillow image or ``(H, W, 3)`` uint8 array) → ``(rows, knots_across, 3)`` uint8,
    row 0 = bottom.
crop_box
    The centred crop of a picture with a carpet's proportions, in pixels.

References
----------
Chart width = raj · cm / 7 (sources.md: tavoosbaft); Pillow, *Image.resize* and the
"Filters" section of the Pillow handbook (concepts).

Examples
--------
>>> import numpy as np
>>> picture = np.zeros((200, 100, 3), dtype=np.uint8)
>>> picture_to_knots(picture, width_cm=7, height_cm=14, raj_w=40, raj_h=50).shape
(100, 40, 3)
"""

from __future__ import annotations

import math
import numbers

import numpy as np
from PIL import Image

from farshlab.carpet import chart_size
from farshlab.carpet._checks import words

__all__ = ["RESAMPLING_FILTERS", "crop_box", "picture_to_knots"]

RESAMPLING_FILTERS = {
    "box": Image.Resampling.BOX,
    "lanczos": Image.Resampling.LANCZOS,
    "bicubic": Image.Resampling.BICUBIC,
    "nearest": Image.Resampling.NEAREST,
}
"""Pillow filters by name; ``"auto"`` in :func:`picture_to_knots` picks box or lanczos."""

ASPECT_TOLERANCE = 0.01


def _positive(name: str, value) -> float:
    if (
        isinstance(value, bool)
        or not isinstance(value, numbers.Real)
        or not math.isfinite(value)
        or value <= 0
    ):
        raise ValueError(words("design.error.positive", name=name, value=repr(value)))
    return float(value)


def _as_image(picture) -> Image.Image:
    if isinstance(picture, Image.Image):
        if picture.width < 1 or picture.height < 1:
            raise ValueError(words("design.error.picture_no_pixels"))
        return picture.convert("RGB")
    array = np.asarray(picture)
    if array.ndim != 3 or array.shape[2] != 3 or array.dtype != np.uint8:
        raise ValueError(words("design.error.picture_type", shape=array.shape, dtype=array.dtype))
    if array.shape[0] < 1 or array.shape[1] < 1:
        raise ValueError(words("design.error.picture_empty", shape=array.shape))
    return Image.fromarray(np.ascontiguousarray(array), mode="RGB")


def crop_box(picture_size, width_cm, height_cm) -> tuple[float, float, float, float]:
    """
    The centred part of a picture with the carpet's proportions: ``(left, top, right, bottom)`` pixels.

    Parameters
    ----------
    picture_size : (int, int)
        The picture's ``(width, height)`` in pixels (Pillow's order).
    width_cm, height_cm : float
        The finished carpet's size.

    Examples
    --------
    A 400 × 300 pixel photo for a 50 × 70 cm tableau keeps a centred strip 214.3 pixels wide:

    >>> [round(v, 1) for v in crop_box((400, 300), 50, 70)]
    [92.9, 0.0, 307.1, 300.0]
    """
    try:
        width_px, height_px = (
            _positive(name, v) for name, v in zip(("width", "height"), picture_size, strict=True)
        )
    except (TypeError, ValueError) as error:
        raise ValueError(words("design.error.picture_size", error=error)) from None
    width_cm = _positive("width_cm", width_cm)
    height_cm = _positive("height_cm", height_cm)
    wanted = width_cm / height_cm
    if width_px / height_px > wanted:
        keep = height_px * wanted
        return ((width_px - keep) / 2, 0.0, (width_px + keep) / 2, float(height_px))
    keep = width_px / wanted
    return (0.0, (height_px - keep) / 2, float(width_px), (height_px + keep) / 2)


def picture_to_knots(
    picture, width_cm, height_cm, raj_w, raj_h=None, unit_cm=7.0, resample="auto", crop=True
) -> np.ndarray:
    """
    A picture resampled to the knot grid of a tableau: one RGB colour per knot, row 0 = bottom.

    Parameters
    ----------
    picture : PIL.Image.Image or numpy.ndarray
        The picture; an array must be ``(height, width, 3)`` uint8 (row 0 = its **top**, as images
        are stored). Pillow images of any mode are converted to RGB.
    width_cm, height_cm : float
        The finished tableau's size in cm.
    raj_w : float
        Knots across per ``unit_cm`` (raj across).
    raj_h : float, optional
        Rows per ``unit_cm`` along the length; default ``raj_w``.
    unit_cm : float
        Counting length in cm (7.0 for raj).
    resample : {"auto", "box", "lanczos", "bicubic", "nearest"}
        The Pillow filter (see the module notes); ``"auto"``: box when shrinking both ways, else lanczos.
    crop : bool
        Crop the picture around its centre to the tableau's proportions (default); ``False`` raises
        an error when the proportions differ by more than 1 % instead of stretching.

    Returns
    -------
    numpy.ndarray
        ``(rows, knots_across, 3)`` uint8, **row 0 = the bottom row** the weaver ties first (the
        picture is flipped upside down).

    Raises
    ------
    ValueError
        For a bad picture, size, density or filter name, or proportions that differ with ``crop=False``.

    Examples
    --------
    A picture whose top half is white and bottom half black: row 0 (the bottom) is black.

    >>> import numpy as np
    >>> picture = np.zeros((140, 70, 3), dtype=np.uint8)
    >>> picture[:70] = 255
    >>> knots = picture_to_knots(picture, 35, 70, raj_w=10)
    >>> knots.shape, knots[0, 0].tolist(), knots[-1, 0].tolist()
    ((100, 50, 3), [0, 0, 0], [255, 255, 255])
    """
    image = _as_image(picture)
    across, rows = chart_size(width_cm, height_cm, raj_w, raj_h, unit_cm)
    if resample != "auto" and resample not in RESAMPLING_FILTERS:
        raise ValueError(
            words("design.error.resample", filters=", ".join(RESAMPLING_FILTERS), value=repr(resample))
        )
    box = crop_box(image.size, width_cm, height_cm)
    if not crop:
        picture_ratio = image.width / image.height
        carpet_ratio = float(width_cm) / float(height_cm)
        if abs(picture_ratio / carpet_ratio - 1) > ASPECT_TOLERANCE:
            raise ValueError(
                words(
                    "design.error.proportions",
                    picture=f"{picture_ratio:.3f}",
                    width=f"{float(width_cm):g}",
                    height=f"{float(height_cm):g}",
                    tableau=f"{carpet_ratio:.3f}",
                )
            )
        box = (0.0, 0.0, float(image.width), float(image.height))
    if resample == "auto":
        shrinking = across <= box[2] - box[0] and rows <= box[3] - box[1]
        resample = "box" if shrinking else "lanczos"
    resized = image.resize((across, rows), RESAMPLING_FILTERS[resample], box=box)
    return np.asarray(resized, dtype=np.uint8)[::-1].copy()
