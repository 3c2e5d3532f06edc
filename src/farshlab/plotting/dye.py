"""
Reflectance and K/S curves of dyeings, side by side, for the Dye Lab and the dye-mixing lesson.

Functions
---------
draw_dye_curves
    Reflectance (0–1) and K/S against wavelength (nm) on two given axes.
dye_curves_figure
    The same on a new ``matplotlib.figure.Figure`` (made directly, never through pyplot).
ks_top
    A round top for a K/S axis over given values.

Classes
-------
DyeCurvesPlot
    One figure kept for a live view's life: new curves move its lines (no new figure), and it gives
    PNG bytes in tens of milliseconds.

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

from farshlab.locale import localise_digits, message
from farshlab.plotting.canvas import KeptCanvas
from farshlab.plotting.fonts import localised_ticks
from farshlab.plotting.grid import FAST_PNG_LEVEL
from farshlab.plotting.scale import round_up

__all__ = ["DyeCurvesPlot", "draw_dye_curves", "dye_curves_figure", "ks_top"]


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
        Language of the axis labels and of the tick numbers' digits (default: the session's;
        a language written in 0-9 keeps matplotlib's own tick numbers).
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
        if localise_digits("0", lang) != "0":
            localised_ticks(axes.xaxis, lang)
            localised_ticks(axes.yaxis, lang)
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


def _ks(reflectance) -> np.ndarray:
    r = np.asarray(reflectance, dtype=float)
    return (1 - r) ** 2 / (2 * r)


def ks_top(values, margin: float = 0.05) -> float:
    """
    The K/S axis' top: the least round number (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ) above the values.

    Parameters
    ----------
    values : array_like of float
        K/S values (dimensionless); values that are not finite are ignored.
    margin : float
        Room kept above the largest value, as a fraction of it.

    Returns
    -------
    float
        1.0 when there is no positive finite value.

    Examples
    --------
    >>> ks_top([0.2, 3.9]), ks_top([14.9]), ks_top([0.0])
    (5.0, 20.0, 1.0)
    """
    values = np.asarray(values, dtype=float)
    values = values[np.isfinite(values)]
    largest = float(values.max(initial=0.0)) * (1 + margin)
    return round_up(largest) if largest > 0 else 1.0


class DyeCurvesPlot:
    """
    Reflectance (left) and K/S (right) curves on one figure kept for a live view's whole life.

    The axes are drawn as :func:`dye_curves_figure` draws them (same labels, limits and grid); the
    legend sits in one row above both axes, so no curve ever hides under it. :meth:`update` moves
    the existing lines (``set_ydata``, ``set_color``) instead of building a new figure. Everything
    but the curves and the legend's line samples is drawn once per K/S top (:func:`ks_top`) and
    set of labels, and kept as pixels; an update restores those pixels, draws the curves and
    samples on the Agg canvas, and :meth:`png` encodes it with Pillow (zlib level 1).

    Parameters
    ----------
    wavelengths_nm : array_like, shape (m,)
        Wavelengths in nm.
    curves : mapping of str to (reflectance, colour) or (reflectance, colour, linestyle)
        The first curves, as for :func:`draw_dye_curves` (reflectance 0–1, m values).
    lang : str, optional
        Language of the axis labels and tick numbers, as for :func:`draw_dye_curves`.
    size_in : (float, float)
        Figure size in inches.
    dpi : float
        Pixels per inch of :meth:`png` and :attr:`pixels`.

    Attributes
    ----------
    figure : matplotlib.figure.Figure
    reflectance_axes, ks_axes : matplotlib.axes.Axes
    legend : matplotlib.legend.Legend or None
        The figure's legend (``None`` with no curves).

    Examples
    --------
    >>> waves = np.arange(400, 701, 10)
    >>> plot = DyeCurvesPlot(waves, {"grey": (np.full(31, 0.5), "#808080")})
    >>> [float(y) for y in plot.update({"grey": (np.full(31, 0.25), "#404040")}).ks_axes.get_ylim()]
    [0.0, 1.5]
    >>> [line.get_color() for line in plot.reflectance_axes.lines], plot.pixels.shape
    (['#404040'], (320, 900, 3))
    >>> [text.get_text() for text in plot.legend.get_texts()], plot.png()[:4]
    (['grey'], b'\\x89PNG')
    """

    def __init__(
        self, wavelengths_nm, curves: Mapping[str, tuple], lang=None, size_in=(9.0, 3.2), dpi=100
    ) -> None:
        self.wavelengths_nm = np.asarray(wavelengths_nm, dtype=float)
        self.figure = Figure(figsize=size_in, dpi=dpi, layout="constrained")
        self.kept = KeptCanvas(self.figure)  # the still layers, under the curves
        self.reflectance_axes, self.ks_axes = self.figure.subplots(1, 2)
        draw_dye_curves(self.reflectance_axes, self.ks_axes, self.wavelengths_nm, {}, lang=lang)
        self.legend = None
        self._labels: list[str] | None = None
        self._relabel(curves)
        # lay out once, with room for the legend and K/S tick labels of four figures; then keep it
        self.ks_axes.set_ylim(0, 1000)
        self.figure.draw_without_rendering()
        self.figure.set_layout_engine("none")
        self.update(curves)

    def _relabel(self, curves: Mapping[str, tuple]) -> None:
        """New lines and legend for a new set of labels."""
        for line in [*self.reflectance_axes.lines, *self.ks_axes.lines]:
            line.remove()
        if self.legend is not None:
            self.legend.remove()
            self.legend = None
        for label, (reflectance, colour, *style) in curves.items():
            linestyle = style[0] if style else "-"
            r = np.asarray(reflectance, dtype=float)
            for axes, values in ((self.reflectance_axes, r), (self.ks_axes, _ks(r))):
                axes.plot(
                    self.wavelengths_nm, values, color=colour, linestyle=linestyle, linewidth=2, label=label
                )[0].set_animated(True)
        if curves:
            self.legend = self.figure.legend(
                handles=self.reflectance_axes.lines,
                loc="outside upper center",
                ncols=len(curves),
                fontsize=8,
                frameon=False,
            )
        self._labels = list(curves)

    def _samples(self) -> list:
        return [] if self.legend is None else list(self.legend.legend_handles)

    def _background(self, top: float):
        """
        Everything but the curves and the legend's samples, for this K/S top, in three kept layers
        so that a change draws only what changed: the axes without the K/S y axis and the legend
        (drawn once); with the legend's text (once per set of labels); with the K/S y axis, its ticks,
        numbers and grid lines (once per top and labels).
        """
        legend = [] if self.legend is None else [self.legend]
        base = self.kept.layer("base", hidden=[self.ks_axes.yaxis, *legend])
        labels = tuple(self._labels)
        labelled = self.kept.layer(("labels", labels), base, self.legend, hidden=self._samples())
        return self.kept.layer(("top", labels, top), labelled, self.ks_axes.yaxis)

    def update(self, curves: Mapping[str, tuple]) -> DyeCurvesPlot:
        """
        Show these curves (as for :func:`draw_dye_curves`) and draw the figure's pixels.

        A new set of labels makes new lines and a new legend; the layout made at the start is
        kept, so labels should not grow much longer than the first ones.

        Returns
        -------
        DyeCurvesPlot
            This plot, for chaining (``plot.update(curves).png()``).
        """
        if list(curves) != self._labels:
            self._relabel(curves)
        samples = self._samples() or [None] * len(curves)
        everything = []
        for (reflectance, colour, *style), r_line, ks_line, sample in zip(
            curves.values(), self.reflectance_axes.lines, self.ks_axes.lines, samples, strict=True
        ):
            r = np.asarray(reflectance, dtype=float)
            ks = _ks(r)
            everything.append(ks)
            linestyle = style[0] if style else "-"
            r_line.set_ydata(r)
            ks_line.set_ydata(ks)
            for artist in (r_line, ks_line, sample):
                if artist is not None:
                    artist.set_color(colour)
                    artist.set_linestyle(linestyle)
        top = ks_top(np.concatenate(everything) if everything else [])
        self.ks_axes.set_ylim(0, top)
        self.kept.show(
            self._background(top), [*self.reflectance_axes.lines, *self.ks_axes.lines, *self._samples()]
        )
        return self

    @property
    def pixels(self) -> np.ndarray:
        """The drawn figure as an RGB array (height × width × 3, uint8), a copy."""
        return self.kept.pixels

    def png(self, *, compress_level: int = FAST_PNG_LEVEL) -> bytes:
        """The drawn figure as PNG bytes (Pillow, zlib ``compress_level``)."""
        return self.kept.png(compress_level=compress_level)
