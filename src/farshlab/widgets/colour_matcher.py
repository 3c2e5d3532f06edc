"""
The Colour Matcher: type or pick a colour, see the nearest yarns of a legend with their ΔE.

The model is :func:`farshlab.colour.compare_with_yarns` (pure, tested in ``tests/colour``): the
wanted colour's k nearest yarns under one ΔE setting, with their ΔE under every setting of
:data:`farshlab.colour.DELTA_E_VARIANTS`. This module only makes the controls, calls it and shows
the result: the wanted colour and the yarns as swatches side by side, a table of codes, names
and ΔE numbers, and a note on what ΔE ≈ 1, 2 and 5 look like.

Classes
-------
ColourMatcher
    The simulator (a :class:`~farshlab.widgets.base.Simulator`).
MatcherResult
    What the model returns.

Examples
--------
>>> matcher = ColourMatcher()
>>> matcher.controls["colour"].value = "#c0392b"
>>> [yarn.name for yarn in matcher.result.yarns[:2]]
['Madder red', 'Brick']
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import ipywidgets as widgets
import numpy as np

from farshlab.colour import (
    DELTA_E_VARIANTS,
    Yarn,
    YarnLegend,
    YarnMatches,
    compare_with_yarns,
    hex_to_srgb,
    load_example_legend,
    srgb_to_hex,
    srgb_to_lab,
)
from farshlab.locale import message
from farshlab.widgets.base import Simulator
from farshlab.widgets.numbers import latin_digits

__all__ = ["ColourMatcher", "MatcherResult"]


@dataclass(frozen=True)
class MatcherResult:
    """The wanted colour (hex, CIELAB), its nearest yarns, and their ΔE under each setting."""

    colour: str
    lab: np.ndarray
    yarns: list[Yarn]
    matches: YarnMatches


def _swatch(colour: str, caption: str, size_px: int) -> str:
    return (
        '<div style="display:inline-block;margin:4px;text-align:center;font-size:12px;'
        f'width:{size_px + 20}px">'
        f'<div style="width:{size_px}px;height:{size_px}px;margin:auto;background:{colour};'
        f'border:1px solid #444"></div>{caption}</div>'
    )


class ColourMatcher(Simulator):
    """
    Find the yarns of a legend nearest to a colour, and compare the ΔE methods.

    Parameters
    ----------
    legend : YarnLegend, optional
        The yarns to search; default the course's example legend
        (:func:`farshlab.colour.load_example_legend`, made up for teaching).

    Controls (``.controls[name]``): ``colour`` (hex text such as ``"#b3261e"``, its digits typed
    Latin or Persian; the colour picker ``.picker`` writes into it), ``count`` (how many yarns,
    1–10), ``ranked_by`` (a key of :data:`farshlab.colour.DELTA_E_VARIANTS`).

    View: ``.swatches`` (HTML: wanted colour, then the yarns side by side), ``.table`` (HTML: code,
    name, colour and ΔE under every method), ``.note`` (what ΔE ≈ 1, 2, 5 look like).
    """

    def __init__(self, legend: YarnLegend | None = None) -> None:
        self.legend = load_example_legend() if legend is None else legend
        if not isinstance(self.legend, YarnLegend):
            raise ValueError(f"legend must be a YarnLegend, got {type(legend).__name__}")
        super().__init__()

    def make_controls(self):
        style = {"description_width": "8em"}
        colour = widgets.Text(value="#b3261e", description=message("matcher.colour"), style=style)
        self.picker = widgets.ColorPicker(
            value=colour.value, concise=True, description=message("matcher.picker")
        )
        self.picker.observe(lambda change: setattr(colour, "value", change["new"]), names="value")

        def follow_text(change: dict) -> None:
            try:
                self.picker.value = str(srgb_to_hex(hex_to_srgb(latin_digits(change["new"].strip()))))
            except ValueError:
                pass  # a half-typed or wrong code: the message shows it, the picker keeps its colour

        colour.observe(follow_text, names="value")
        options = [(message(f"matcher.method.{name}"), name) for name in DELTA_E_VARIANTS]
        return {
            "colour": colour,
            "count": widgets.IntSlider(
                value=5,
                min=1,
                max=min(10, len(self.legend)),
                description=message("matcher.count"),
                style=style,
            ),
            "ranked_by": widgets.Dropdown(
                options=options, value="ciede2000", description=message("matcher.ranked_by"), style=style
            ),
        }

    def model(self, colour: str, count: int, ranked_by: str) -> MatcherResult:
        text = latin_digits(colour.strip())  # a hex code typed with Persian digits reads the same
        try:
            rgb = hex_to_srgb(text)
        except ValueError:
            raise ValueError(message("matcher.error.bad_hex", text=colour)) from None
        lab = srgb_to_lab(rgb)
        matches = compare_with_yarns(lab, self.legend.lab, k=count, ranked_by=ranked_by)
        yarns = [self.legend[int(i)] for i in matches.indices]
        return MatcherResult(colour=str(srgb_to_hex(rgb)), lab=lab, yarns=yarns, matches=matches)

    def make_view(self):
        self.swatches = widgets.HTML()
        self.table = widgets.HTML()
        self.note = widgets.HTML(
            value=self.localised(f"<p><i>{html.escape(message('matcher.note'))}</i></p>")
        )
        return widgets.VBox([self.swatches, self.table, self.note])

    def render(self, result: MatcherResult) -> None:
        L, a, b = (f"{value:.1f}" for value in result.lab)
        wanted = html.escape(message("matcher.wanted", hex=result.colour))
        lab = html.escape(message("matcher.lab", L=L, a=a, b=b))
        ranked = result.matches.ranked_by
        cells = [_swatch(result.colour, f"<b>{wanted}</b><br>{lab}", 90)]
        for yarn, de in zip(result.yarns, result.matches.delta_e[ranked], strict=True):
            caption = f"<b>{yarn.code}</b> {html.escape(yarn.name)}<br>ΔE {de:.2f}"
            cells.append(_swatch(yarn.colour, caption, 60))
        self.swatches.value = self.localised(
            '<div style="display:flex;flex-wrap:wrap;align-items:flex-end">' + "".join(cells) + "</div>"
        )

        methods = list(DELTA_E_VARIANTS)
        head = [message(f"matcher.column.{name}") for name in ("rank", "code", "name", "colour")]
        head += [f"ΔE {message(f'matcher.method.{name}')}" for name in methods]
        rows = []
        for rank, yarn in enumerate(result.yarns, start=1):
            values = [str(rank), str(yarn.code), html.escape(yarn.name), yarn.colour]
            for name in methods:
                number = f"{result.matches.delta_e[name][rank - 1]:.2f}"
                values.append(f"<b>{number}</b>" if name == ranked else number)
            rows.append("<tr>" + "".join(f"<td>{value}</td>" for value in values) + "</tr>")
        heading = html.escape(
            message("matcher.heading", count=len(result.yarns), method=message(f"matcher.method.{ranked}"))
        )
        self.table.value = self.localised(
            f"<p><b>{heading}</b></p><table>"
            + "<tr>"
            + "".join(f"<th>{html.escape(h)}</th>" for h in head)
            + "</tr>"
            + "".join(rows)
            + "</table>"
        )

    def layout(self) -> widgets.Widget:
        """The controls (with the colour picker beside the hex field), the message and the view."""
        first = widgets.HBox([self.shown_controls["colour"], self.picker])
        others = [control for name, control in self.shown_controls.items() if name != "colour"]
        return self.directed(widgets.VBox([widgets.VBox([first, *others]), self.message, self.view]))
