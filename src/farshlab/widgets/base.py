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

A simulator speaks the session's language (``$FARSHLAB_LANG``, read when it is made:
``.lang``). Its numbers are typed in :class:`~farshlab.widgets.numbers.NumberText` boxes (any
digits); in a language with digits of its own (Persian) every slider shows its value in a
:class:`~farshlab.widgets.numbers.SliderReadout` beside it, the HTML a view writes goes through
:meth:`Simulator.localised` and figures are made with :meth:`Simulator.figure_language`.

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

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import ipywidgets as widgets
import matplotlib
from IPython.display import display

from farshlab.locale import RIGHT_TO_LEFT, current_language, message
from farshlab.plotting.fonts import localised_ticks, register_fonts
from farshlab.plotting.grid import figure_to_png as figure_png
from farshlab.widgets.numbers import SliderReadout, has_own_digits, localised_html

#: The class of a simulator laid out right to left (styled in farshlab/locale/styles/rtl.css).
RTL_CLASS = "farshlab-rtl"

__all__ = ["Simulator", "figure_png"]


class Simulator:
    """
    Controls, a pure model over their values, and a view of the result.

    Subclasses implement :meth:`make_controls` (name → widget, labels from
    :mod:`farshlab.locale`), :meth:`model` (calls the pure computation), :meth:`make_view`
    (the widgets that show a result) and :meth:`render` (set those widgets from a result).

    Attributes
    ----------
    lang : str
        The language of everything shown (the session's when the simulator was made).
    controls : dict
        The input widgets by name; set ``.value`` to drive the simulator.
    shown_controls : dict
        Each control as it is laid out: a slider with its :class:`SliderReadout` beside it in a
        language with digits of its own, else the control itself.
    result : object or None
        The model's last result, ``None`` when the inputs were rejected.
    error : str or None
        The message shown when the model rejected the inputs.
    view : ipywidgets.Widget
        The widgets showing the result.

    Examples
    --------
    >>> from farshlab.widgets.numbers import NumberText
    >>> class Doubler(Simulator):
    ...     def make_controls(self):
    ...         return {"knots": NumberText(3, whole=True)}
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
        self.lang = current_language()
        self.controls: dict[str, widgets.ValueWidget] = dict(self.make_controls())
        self.shown_controls: dict[str, widgets.Widget] = {
            name: self._with_readout(control) for name, control in self.controls.items()
        }
        self.message = widgets.HTML()
        self.view = self.make_view()
        self.result: Any = None
        self.error: str | None = None
        for control in self.controls.values():
            control.observe(self._changed, names="value")
        self.refresh()

    def _with_readout(self, control: widgets.Widget) -> widgets.Widget:
        if not (has_own_digits(self.lang) and isinstance(control, widgets.FloatSlider | widgets.IntSlider)):
            return control
        return widgets.HBox([control, SliderReadout(control, self.lang)])

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

    def localised(self, markup: str) -> str:
        """
        Return HTML ``markup`` with the numbers of its text in the simulator's digits.

        In a right-to-left language the markup is put in a ``<div dir="rtl">`` block, so that
        its lines, list bullets and table columns run right to left.
        """
        markup = localised_html(markup, self.lang)
        if markup and self.lang in RIGHT_TO_LEFT:
            return f'<div dir="rtl" lang="{self.lang}">{markup}</div>'
        return markup

    def directed(self, box: widgets.Box) -> widgets.Box:
        """
        Return ``box`` (a simulator's whole layout) laid out in the simulator's writing direction.

        In a right-to-left language the box gets the class ``farshlab-rtl``: the style sheet the
        course ships (:mod:`farshlab.locale.style`) then puts each label right of its control
        and the controls' rows from the right, while sliders and number boxes stay left to right.
        """
        if self.lang in RIGHT_TO_LEFT:
            box.add_class(RTL_CLASS)
        return box

    @contextmanager
    def figure_language(self) -> Iterator[None]:
        """
        Make (and draw) figures inside this block in the simulator's language.

        Text made inside it is drawn in the bundled Vazirmatn in a right-to-left language
        (:func:`farshlab.plotting.fonts.register_fonts`); elsewhere matplotlib's fonts are left.
        """
        if self.lang not in RIGHT_TO_LEFT:
            yield
            return
        with matplotlib.rc_context({"font.family": [register_fonts(), "DejaVu Sans"]}):
            yield

    def localise_axes(self, *axes) -> None:
        """Write the tick numbers of ``axes`` in the simulator's digits (matplotlib's own in English)."""
        if has_own_digits(self.lang):
            for ax in axes:
                localised_ticks(ax.xaxis, self.lang)
                localised_ticks(ax.yaxis, self.lang)

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
        problem = (
            "" if error is None else f"<b>{message('widgets.input_problem', lang=self.lang)}</b> {error}"
        )
        self.message.value = self.localised(problem)
        self.view.layout.visibility = "hidden" if result is None else "visible"
        if result is not None:
            self.render(result)

    def _changed(self, change: dict) -> None:
        self.refresh()

    def layout(self) -> widgets.Widget:
        """Return the whole simulator as one widget: controls, then message and view."""
        return self.directed(
            widgets.VBox([widgets.VBox(list(self.shown_controls.values())), self.message, self.view])
        )

    def _ipython_display_(self) -> None:
        display(self.layout())
