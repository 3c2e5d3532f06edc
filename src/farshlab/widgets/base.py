"""
The pattern every farshlab simulator follows: controls → pure model → view.

A simulator names its controls, computes its result with a pure function of the controls'
values (no widgets, no plotting: that function lives in a domain package and is tested there)
and redraws its view from the result. Changing any control recomputes at once, so a test can
set ``sim.controls["width_cm"].value = 70`` and read ``sim.result`` with no browser. A model
that raises (bad input) shows its message to the trainee instead of a traceback and leaves
``sim.result`` as ``None`` with the message in ``sim.error``.

Views are made of widgets whose values the simulator sets (``HTML`` text, an ``Image`` of a
matplotlib figure via :func:`figure_png`), so the drawn state can be read in a test and served
by Voilà alike.

Classes
-------
Simulator
    Base class: subclasses provide ``make_controls``, ``model``, ``make_view`` and ``render``.

FigureCanvasPNG
    A figure kept for a simulator's life: its still part drawn once, its moving artists per update.

Functions
---------
figure_png
    A matplotlib figure as PNG bytes for an ``ipywidgets.Image`` (the one in
    :mod:`farshlab.plotting`, named for the views).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import ipywidgets as widgets
import numpy as np
from IPython.display import display
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from farshlab.locale import message
from farshlab.plotting.grid import figure_to_png as figure_png
from farshlab.plotting.grid import rgb_png

__all__ = ["FigureCanvasPNG", "Simulator", "figure_png"]


class Simulator:
    """
    Controls, a pure model over their values, and a view of the result.

    Subclasses implement :meth:`make_controls` (name → widget, labels from
    :mod:`farshlab.locale`), :meth:`model` (calls the pure computation), :meth:`make_view`
    (the widgets that show a result) and :meth:`render` (set those widgets from a result).

    Attributes
    ----------
    controls : dict
        The input widgets by name; set ``.value`` to drive the simulator.
    result : object or None
        The model's last result, ``None`` when the inputs were rejected.
    error : str or None
        The message shown when the model rejected the inputs.
    view : ipywidgets.Widget
        The widgets showing the result.

    Examples
    --------
    >>> class Doubler(Simulator):
    ...     def make_controls(self):
    ...         return {"knots": widgets.IntText(value=3)}
    ...     def model(self, knots):
    ...         if knots < 0:
    ...             raise ValueError("knots must be zero or more")
    ...         return 2 * knots
    ...     def make_view(self):
    ...         self.shown = widgets.HTML()
    ...         return self.shown
    ...     def render(self, result):
    ...         self.shown.value = f"{result} knots"
    >>> sim = Doubler()
    >>> sim.result, sim.shown.value
    (6, '6 knots')
    >>> sim.controls["knots"].value = -1
    >>> sim.result, sim.error
    (None, 'knots must be zero or more')
    """

    def __init__(self) -> None:
        self.controls: dict[str, widgets.ValueWidget] = dict(self.make_controls())
        self.message = widgets.HTML()
        self.view = self.make_view()
        self.result: Any = None
        self.error: str | None = None
        for control in self.controls.values():
            control.observe(self._changed, names="value")
        self.refresh()

    def make_controls(self) -> Mapping[str, widgets.ValueWidget]:
        """Return the input widgets by name."""
        raise NotImplementedError

    def model(self, **values: Any) -> Any:
        """Compute the result from the controls' values (pure; raises ``ValueError`` on bad input)."""
        raise NotImplementedError

    def make_view(self) -> widgets.Widget:
        """Return the widgets that show a result (kept as attributes for ``render``)."""
        raise NotImplementedError

    def render(self, result: Any) -> None:
        """Set the view's widgets from ``result``."""
        raise NotImplementedError

    def values(self) -> dict[str, Any]:
        """Return the controls' current values by name."""
        return {name: control.value for name, control in self.controls.items()}

    def refresh(self) -> None:
        """Recompute the model and redraw the view."""
        try:
            self.result, self.error = self.model(**self.values()), None
        except ValueError as error:
            self.result, self.error = None, str(error)
        self.message.value = (
            "" if self.error is None else f"<b>{message('widgets.input_problem')}</b> {self.error}"
        )
        self.view.layout.visibility = "hidden" if self.result is None else "visible"
        if self.result is not None:
            self.render(self.result)

    def _changed(self, change: dict) -> None:
        self.refresh()

    def layout(self) -> widgets.Widget:
        """Return the whole simulator as one widget: controls, then message and view."""
        return widgets.VBox([widgets.VBox(list(self.controls.values())), self.message, self.view])

    def _ipython_display_(self) -> None:
        display(self.layout())


class FigureCanvasPNG:
    """
    A matplotlib figure that lives as long as its simulator, drawn per update into a fast PNG.

    A view moves the artists of one figure (``line.set_data``, ``patch.set_bounds``) instead of
    building a new figure for every slider move. Artists marked ``set_animated(True)`` are the
    moving part: everything else (axes, ticks, numbers, labels) is drawn once per ``frame`` and
    kept as pixels, so a move that keeps the frame only draws the moving artists onto those
    pixels. The figure's size is fixed (no tight bounding box, which draws twice) and the PNG is
    written at zlib's fastest level (:func:`farshlab.plotting.grid.rgb_png`).

    Parameters
    ----------
    figure : matplotlib.figure.Figure
        The figure; its size and dpi give the picture's size in pixels.

    Examples
    --------
    >>> import io
    >>> from matplotlib.figure import Figure
    >>> from PIL import Image
    >>> canvas = FigureCanvasPNG(Figure(figsize=(2, 1), dpi=100))
    >>> line, = canvas.figure.add_subplot().plot([0, 1], [0, 1], animated=True)
    >>> png = canvas.png(frame=(0, 1))
    >>> line.set_ydata([1, 0])
    >>> canvas.png(frame=(0, 1)) != png, Image.open(io.BytesIO(png)).size
    (True, (200, 100))
    """

    def __init__(self, figure: Figure) -> None:
        if not isinstance(figure, Figure):
            raise ValueError(f"figure must be a matplotlib Figure, got {type(figure).__name__}")
        self.figure = figure
        self._canvas = FigureCanvasAgg(figure)
        self._frame: Any = None
        self._background = None

    def png(self, frame: Any = None) -> bytes:
        """
        Draw the figure and return PNG bytes.

        ``frame`` is any value that changes when the still part of the figure changes (axis
        limits, titles …); while it stays equal, the still part is not drawn again.
        """
        moving = [a for a in self.figure.get_children() if a.get_animated()]
        moving += [a for ax in self.figure.axes for a in ax.get_children() if a.get_animated()]
        if self._background is None or frame is None or frame != self._frame:
            self._canvas.draw()  # the still part only: matplotlib leaves animated artists out
            self._background = self._canvas.copy_from_bbox(self.figure.bbox)
            self._frame = frame
        else:
            self._canvas.restore_region(self._background)
        for artist in moving:
            self.figure.draw_artist(artist)
        return rgb_png(np.asarray(self._canvas.buffer_rgba()))
