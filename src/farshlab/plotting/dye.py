"""
Reflectance and K/S curves of dyeings, side by side, for the Dye Lab and the dye-mixing lesson.

Functions
---------
draw_dye_curves
    Reflectance (0–1) and K/S against wavelength (nm) on two given axes.
dye_curves_figure
    The same on a new ``matplotlib.figure.Figure`` (made directly, never through pyplot).

Examples
--------
>>> import numpy as np
>>> figure = dye_curves_figure(np.arange(400, 701, 10), {"grey": (np.full(31, 0.5), "#808080")})
>>> [axes.get_ylabel() for axes in figure.axes]
['Reflectance (0–1)', 'K/S']
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from matplotlib.figure import Figure

from farshlab.locale import message

__all__ = ["draw_dye_curves", "dye_curves_figure"]


def draw_dye_curves(
    reflectance_axes, ks_axes, wavelengths_nm, curves: Mapping[str, tuple], lang=None
) -> None:
    """
    Draw each curve's reflectance on ``reflectance_axes`` and its K/S on ``ks_axes``.

    Parameters
    ----------
    reflectance_axes, ks_axes : matplotlib.axes.Axes
    wavelengths_nm : array_like, shape (m,)
    curves : mapping of str to (reflectance, colour) or (reflectance, colour, linestyle)
        Label → reflectance 0–1 (m values) and a matplotlib colour (e.g. the dyeing's hex).
    lang : str, optional
        Language of the axis labels.
    """
    wavelengths = np.asarray(wavelengths_nm, dtype=float)
    for label, (reflectance, colour, *style) in curves.items():
        r = np.asarray(reflectance, dtype=float)
        linestyle = style[0] if style else "-"
        reflectance_axes.plot(wavelengths, r, color=colour, linestyle=linestyle, linewidth=2, label=label)
        ks_axes.plot(wavelengths, (1 - r) ** 2 / (2 * r), color=colour, linestyle=linestyle, linewidth=2)
    reflectance_axes.set_ylim(0, 1)
    reflectance_axes.set_ylabel(message("dyelab.plot.reflectance", lang=lang))
    ks_axes.set_ylabel(message("dyelab.plot.ks", lang=lang))
    ks_axes.set_ylim(bottom=0)
    for axes in (reflectance_axes, ks_axes):
        axes.set_xlabel(message("dyelab.plot.wavelength", lang=lang))
        axes.set_xlim(wavelengths[0], wavelengths[-1])
        axes.grid(alpha=0.3)
    if curves:
        reflectance_axes.legend(fontsize=8, loc="best")


def dye_curves_figure(wavelengths_nm, curves: Mapping[str, tuple], lang=None, size_in=(9.0, 3.2)) -> Figure:
    """
    A new figure with reflectance (left) and K/S (right) of the given curves.

    Parameters
    ----------
    wavelengths_nm, curves, lang
        As in :func:`draw_dye_curves`.
    size_in : (float, float)
        Figure size in inches.

    Returns
    -------
    matplotlib.figure.Figure
    """
    figure = Figure(figsize=size_in, layout="constrained")
    reflectance_axes, ks_axes = figure.subplots(1, 2)
    draw_dye_curves(reflectance_axes, ks_axes, wavelengths_nm, curves, lang=lang)
    return figure
