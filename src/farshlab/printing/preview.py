"""
The chart in its yarn colours as a picture: one square of whole pixels per knot.

Used for ``preview.png``, the PDF's cover and Chart Studio.

Functions
---------
preview_image
    The chart as a Pillow image (top row first, as pictures are stored).

Examples
--------
>>> import numpy as np
>>> from farshlab.chart import Chart
>>> from farshlab.colour import Yarn, YarnLegend
>>> legend = YarnLegend([Yarn(1, "Cream", "#efe3c8"), Yarn(2, "Red", "#a8323a")])
>>> chart = Chart(np.array([[1, 2]]), legend, width_cm=1, height_cm=1, raj_w=14)
>>> image = preview_image(chart, pixels=10)
>>> image.size, image.getpixel((0, 0)), image.getpixel((9, 0))
((10, 5), (239, 227, 200), (168, 50, 58))
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from farshlab.chart.chartfile import Chart

__all__ = ["preview_image"]


def preview_image(chart: Chart, pixels: int = 900) -> Image.Image:
    """
    The chart in its yarn colours, each knot a square of whole pixels, the longer side at most ``pixels``
    (at least one pixel per knot).

    Parameters
    ----------
    chart : farshlab.chart.Chart
        The chart.
    pixels : int
        Longest side wanted, in pixels (≥ 1).

    Returns
    -------
    PIL.Image.Image
        RGB, the chart's top row first.
    """
    if not isinstance(chart, Chart):
        raise ValueError(f"chart must be a Chart, got {type(chart).__name__}")
    if isinstance(pixels, bool) or not isinstance(pixels, int) or pixels < 1:
        raise ValueError(f"pixels must be a whole number ≥ 1, got {pixels!r}")
    lookup = np.zeros((int(chart.legend.codes.max()) + 1, 3), dtype=np.uint8)
    lookup[chart.legend.codes] = chart.legend.srgb
    picture = Image.fromarray(lookup[chart.codes[::-1]], mode="RGB")
    scale = max(1, pixels // max(chart.rows, chart.knots_across))
    if scale == 1:
        return picture
    return picture.resize((chart.knots_across * scale, chart.rows * scale), Image.Resampling.NEAREST)
