"""
The Symmetry Designer: draw or choose a motif, choose a symmetry, see the whole design and its
knots per colour.

The model is :func:`farshlab.design.symmetric_design` (pure, tested in ``tests/design``): the motif
(read from the text control, top row first) tiled and built into a whole design by quarter or half
mirroring, a four-fold turn, or a border of repeats. This module only makes the controls, the motif
editor (one button per knot: clicking paints it with the chosen yarn) and the view: the design
painted to scale, knot by knot with its 10-knot lines, by :func:`farshlab.plotting.grid.grid_raster`
(numpy and Pillow, a few milliseconds, so every change redraws at once), a check of its symmetry,
and a table of knots per colour (the picture's legend).

Classes
-------
SymmetryDesigner
    The simulator (a :class:`~farshlab.widgets.base.Simulator`).

Examples
--------
>>> designer = SymmetryDesigner()
>>> designer.controls["symmetry"].value = "quarter_shared"
>>> designer.result.size, designer.result.symmetric
((17, 17), True)
>>> designer.raster.cell_px  # pixels per knot in the picture
28
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from farshlab.colour import YarnLegend
from farshlab.design import (
    DESIGN_SYMMETRIES,
    MOTIFS,
    DesignResult,
    grid_from_text,
    grid_to_text,
    motif_legend,
    symmetric_design,
)
from farshlab.locale import format_number, message
from farshlab.plotting.grid import grid_raster
from farshlab.widgets.base import Simulator
from farshlab.widgets.numbers import latin_digits, written_digits

__all__ = ["SymmetryDesigner"]

CELL_PX = 26
"""Size of one knot button of the motif editor, in pixels."""


class SymmetryDesigner(Simulator):
    """
    Draw a motif knot by knot or pick one from the library, and see it built into a whole design.

    Parameters
    ----------
    legend : YarnLegend, optional
        The yarns the codes 0–9 refer to; default :func:`farshlab.design.motif_legend`.

    Controls (``.controls[name]``): ``motif`` (a library motif's name; choosing one loads it into
    ``motif_text``), ``motif_text`` (the motif as digits, top row first, ``.`` = ground 0; shown
    in the session language's digits, read in Latin or Persian ones),
    ``symmetry`` (a key of :data:`farshlab.design.DESIGN_SYMMETRIES`), ``repeats`` (1–4).

    Editor: ``.paint`` (the code to paint with) and ``.cells`` (``ipywidgets.Button`` per knot, by
    ``(row, column)`` with row 0 the motif's bottom row; ``button.click()`` paints that knot).

    View: ``.picture`` (``Image``, PNG of the whole design: knot lines, heavy lines every 10 knots,
    rows numbered from 1 at the bottom), ``.raster`` (the :class:`~farshlab.plotting.grid.GridRaster`
    behind it: ``raster.knot_centre(row, column)`` is where a knot is in the picture, in pixels),
    ``.summary`` (size and symmetry check) and ``.table`` (knots per colour, with their swatches).
    """

    def __init__(self, legend: YarnLegend | None = None) -> None:
        self.legend = motif_legend() if legend is None else legend
        if not isinstance(self.legend, YarnLegend):
            raise ValueError(f"legend must be a YarnLegend, got {type(legend).__name__}")
        self.cells: dict[tuple[int, int], widgets.Button] = {}
        self._buttons: dict[tuple[int, int], widgets.Button] = {}
        self._cell_layout = widgets.Layout(width=f"{CELL_PX}px", height=f"{CELL_PX}px")  # shared
        self.editor = widgets.GridBox(layout=widgets.Layout(grid_gap="1px"))
        super().__init__()

    def make_controls(self):
        style = {"description_width": "11em"}
        wide = {"layout": widgets.Layout(width="30em")}
        names = sorted(MOTIFS)
        motif = widgets.Dropdown(
            options=[(message(f"designer.motif.{name}"), name) for name in names],
            value="gul",
            description=message("designer.motif"),
            style=style,
            **wide,
        )
        text = widgets.Textarea(
            value=self._motif_text(MOTIFS["gul"]),
            description=message("designer.motif_text"),
            style=style,
            layout=widgets.Layout(width="30em", height="12em"),
        )
        motif.observe(
            lambda change: setattr(text, "value", self._motif_text(MOTIFS[change["new"]])), names="value"
        )
        self.paint = widgets.Dropdown(
            options=[
                (f"{self._code(yarn.code)}  {yarn.name}", yarn.code) for yarn in self.legend if yarn.code <= 9
            ],
            value=min(yarn.code for yarn in self.legend if yarn.code <= 9),
            description=message("designer.paint"),
            style=style,
            **wide,
        )
        return {
            "motif": motif,
            "motif_text": text,
            "symmetry": widgets.Dropdown(
                options=[(message(f"designer.symmetry.{name}"), name) for name in DESIGN_SYMMETRIES],
                value="quarter_double",
                description=message("designer.symmetry"),
                style=style,
                **wide,
            ),
            "repeats": widgets.IntSlider(
                value=1, min=1, max=4, description=message("designer.repeats"), style=style, **wide
            ),
        }

    def _motif_text(self, grid) -> str:
        """The motif's rows as the text box shows them, in the simulator's digits."""
        return written_digits(grid_to_text(grid), self.lang)

    def _code(self, code: int) -> str:
        return format_number(code, "d", self.lang)

    def model(self, motif: str, motif_text: str, symmetry: str, repeats: int) -> DesignResult:
        try:
            grid = grid_from_text(latin_digits(motif_text), name="motif")  # Latin or Persian digits
        except ValueError as error:
            raise ValueError(message("designer.error.motif", problem=str(error))) from None
        unknown = sorted(set(grid.ravel().tolist()) - set(self.legend.codes.tolist()))
        if unknown:
            raise ValueError(
                message("designer.error.motif", problem=f"no yarn in the legend has code {unknown[0]}")
            )
        return symmetric_design(grid, symmetry, repeats)

    def make_view(self):
        self.picture = widgets.Image(format="png")
        self.summary = widgets.HTML()
        self.table = widgets.HTML()
        return widgets.HBox([self.picture, widgets.VBox([self.summary, self.table])])

    def _paint(self, row: int, column: int) -> None:
        grid = grid_from_text(latin_digits(self.controls["motif_text"].value), name="motif")
        grid[row, column] = self.paint.value
        self.controls["motif_text"].value = self._motif_text(grid)

    def _show_motif(self, result: DesignResult) -> None:
        rows, columns = result.motif.shape
        colours = {yarn.code: yarn.colour for yarn in self.legend}
        if {key for key in self.cells} != {(r, c) for r in range(rows) for c in range(columns)}:
            # buttons are kept once made (a knot's button paints that knot of any motif), so a new
            # motif shape reuses them and only makes the ones it has never had
            for r in range(rows):
                for c in range(columns):
                    if (r, c) not in self._buttons:
                        button = widgets.Button(layout=self._cell_layout)
                        button.on_click(lambda _button, r=r, c=c: self._paint(r, c))
                        self._buttons[(r, c)] = button
            self.cells = {(r, c): self._buttons[(r, c)] for r in range(rows) for c in range(columns)}
            self.editor.layout.grid_template_columns = f"repeat({columns}, {CELL_PX}px)"
            self.editor.children = [self.cells[(r, c)] for r in reversed(range(rows)) for c in range(columns)]
        for (r, c), button in self.cells.items():
            code = int(result.motif[r, c])
            tooltip = f"{self._code(code)} {self.legend.by_code(code).name}"
            if button.style.button_color != colours[code]:
                button.style.button_color = colours[code]
            if button.tooltip != tooltip:
                button.tooltip = tooltip

    def render(self, result: DesignResult) -> None:
        self._show_motif(result)
        self.raster = grid_raster(result.design, self.legend, lang=self.lang)
        self.picture.value = self.raster.png()
        across, rows = result.size
        answer = message("designer.answer.yes" if result.symmetric else "designer.answer.no")
        size = message("designer.summary", across=across, rows=rows, total=f"{across * rows:,}")
        check = message("designer.check", kind=message(f"designer.check.{result.check}"), answer=answer)
        self.summary.value = self.localised(f"<p><b>{html.escape(size)}</b><br>{html.escape(check)}</p>")
        head = "".join(
            f"<th>{html.escape(message(f'designer.column.{name}'))}</th>"
            for name in ("code", "colour", "name", "knots")
        )
        rows_html = []
        for code, knots in result.counts.items():
            yarn = self.legend.by_code(code)
            swatch = (
                f'<div style="width:1.4em;height:1em;background:{yarn.colour};border:1px solid #444"></div>'
            )
            rows_html.append(
                f"<tr><td>{code}</td><td>{swatch}</td><td>{html.escape(yarn.name)}</td><td>{knots:,}</td></tr>"
            )
        self.table.value = self.localised(f"<table><tr>{head}</tr>{''.join(rows_html)}</table>")

    def _changed(self, change: dict) -> None:
        # choosing a library motif writes its text into ``motif_text``, whose change has already
        # redrawn (the model reads the text, not the name): a second redraw would repeat the first
        if change["owner"] is not self.controls["motif"]:
            self.refresh()

    def layout(self) -> widgets.Widget:
        """The controls, the motif editor with its paint colour, the message and the view."""
        help_text = widgets.HTML(f"<i>{html.escape(message('designer.editor_help'))}</i>")
        box = widgets.VBox(
            [
                widgets.HBox(
                    [
                        widgets.VBox(list(self.shown_controls.values())),
                        widgets.VBox([self.paint, help_text, self.editor]),
                    ]
                ),
                self.message,
                self.view,
            ]
        )
        return self.directed(box)
