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
from IPython.display import display

from farshlab.locale import message
from farshlab.plotting.grid import figure_to_png as figure_png

__all__ = ["Simulator", "figure_png"]


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
            result, error = self.model(**self.values()), None
        except ValueError as problem:
            result, error = None, str(problem)
        self.show(result, error)

    def show(self, result: Any, error: str | None) -> None:
        """Keep ``result`` (or the ``error`` that rejected the inputs) and show it."""
        self.result, self.error = result, error
        self.message.value = "" if error is None else f"<b>{message('widgets.input_problem')}</b> {error}"
        self.view.layout.visibility = "hidden" if result is None else "visible"
        if result is not None:
            self.render(result)

    def _changed(self, change: dict) -> None:
        self.refresh()

    def layout(self) -> widgets.Widget:
        """Return the whole simulator as one widget: controls, then message and view."""
        return widgets.VBox([widgets.VBox(list(self.controls.values())), self.message, self.view])

    def _ipython_display_(self) -> None:
        display(self.layout())
