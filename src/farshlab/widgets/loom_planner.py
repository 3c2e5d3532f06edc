"""
The Loom Planner: size, density, yarn and team in — knots, maghat, yarn, warp, weft, days and a
to-scale drawing of the loom out.

The model is :func:`farshlab.carpet.plan_carpet` (pure, tested in ``tests/carpet``); this module
only makes the controls, calls it, and shows the :class:`~farshlab.carpet.CarpetPlan` it returns
as text and as a picture of the carpet on its loom, drawn to scale in cm with a line every
10 knots and a heavier line every 100 (on large carpets only the 100-knot lines are drawn).

Classes
-------
LoomPlanner
    The simulator (a :class:`~farshlab.widgets.base.Simulator`).
LoomDrawing
    The loom's drawing, its artists moved to each new plan.

Functions
---------
draw_loom
    Draw a plan on a matplotlib ``Axes``.

Examples
--------
>>> planner = LoomPlanner()
>>> planner.result.knots_across, planner.result.rows, planner.result.maghat
(357, 500, 14.875)
>>> planner.controls["width_cm"].value = 70
>>> planner.result.knots_across
500
"""

from __future__ import annotations

import ipywidgets as widgets
import numpy as np
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from farshlab.carpet import AHRARI_PILE_NM_AT_40_RAJ, DEFAULT_CM_PER_KNOT, UNIT_CM, CarpetPlan, plan_carpet
from farshlab.locale import RIGHT_TO_LEFT, message
from farshlab.plotting.canvas import KeptCanvas
from farshlab.plotting.scale import round_up
from farshlab.widgets.base import Simulator
from farshlab.widgets.numbers import NumberText

__all__ = ["LoomDrawing", "LoomPlanner", "draw_loom"]

FINE_BLOCK_KNOTS = 10
HEAVY_BLOCK_KNOTS = 100
MOST_FINE_LINES = 150
"""Above this many 10-knot blocks along a side, only the 100-knot lines are drawn (they would merge)."""

FRAME_ROOM = 1.05
"""The frame is the next round size above the carpet's plus 5 %: a carpet whose size only wavers
(50.05 cm at one raj, 49.98 cm at the next) keeps its frame."""

WOOL = "#efe4c8"
BEAM = "#8b5a2b"


def _block_lines(n_knots: int, pitch_cm: float, step: int, span: tuple[float, float], vertical: bool):
    positions = np.arange(step, n_knots, step) * pitch_cm
    if vertical:
        return [[(x, span[0]), (x, span[1])] for x in positions]
    return [[(span[0], y), (span[1], y)] for y in positions]


class LoomDrawing:
    """
    A to-scale drawing of a carpet on its loom whose artists are made once and moved per plan.

    A simulator keeps one for its life: :meth:`update` moves the woven area, block lines, warps,
    beams and title to a new :class:`~farshlab.carpet.CarpetPlan` without building a new figure.
    The frame (axis limits, so ticks and their numbers) is sized to the next round number of cm
    (:func:`farshlab.plotting.scale.round_up`) above the carpet's size plus 5 %, so it stays put
    while a slider moves the carpet inside it: :attr:`frame` tells when it changed. Lengths are
    in cm.

    Parameters
    ----------
    ax : matplotlib.axes.Axes
        Where to draw.
    loom_allowance_cm : float
        Warp length beyond the woven area, top and bottom together (cm).

    Attributes
    ----------
    frame : tuple
        The frame's width and height (cm), and whether the 10-knot lines are drawn (the title
        says which lines there are): the still part of the picture changes with it.
    moving : list
        The artists that move with the plan (the rest is the frame, for a
        :class:`~farshlab.plotting.canvas.KeptCanvas` to keep).

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> from farshlab.carpet import plan_carpet
    >>> drawing = LoomDrawing(Figure().add_subplot())
    >>> drawing.update(plan_carpet(35, 50, 40, nm=8, weavers=1, knots_per_weaver_per_day=6000))
    >>> len(drawing.fine.get_segments()), len(drawing.heavy.get_segments())  # 200 across, 286 rows
    (47, 3)
    >>> drawing.frame  # cm: round sizes at or above 35 × 50 cm plus 5 %; 10-knot lines drawn
    (40.0, 60.0, True)
    """

    def __init__(self, ax, loom_allowance_cm: float = 60.0) -> None:
        self.ax = ax
        self.loom_allowance_cm = loom_allowance_cm
        self.frame: tuple = ()
        self.warps = ax.add_collection(LineCollection([], colors="#b8b8b8", linewidths=0.3))
        self.woven = ax.add_patch(Rectangle((0, 0), 1, 1, facecolor=WOOL, edgecolor="black", linewidth=1.2))
        self.fine = ax.add_collection(LineCollection([], colors="#9c8f72", linewidths=0.4))
        self.heavy = ax.add_collection(LineCollection([], colors="#3b3221", linewidths=1.2))
        self.beams = [ax.add_patch(Rectangle((0, 0), 1, 1, facecolor=BEAM, edgecolor="black")) for _ in "ab"]
        self.beam_label = ax.text(
            0, 0, message("loom.figure.beam"), ha="center", va="center", color="white", fontsize=8
        )
        ax.set_aspect("equal")
        ax.set_xlabel(message("loom.figure.x"))
        ax.set_ylabel(message("loom.figure.y"))
        self.moving = [self.warps, self.woven, self.fine, self.heavy, *self.beams, self.beam_label]

    def update(self, plan: CarpetPlan) -> None:
        """Redraw the loom for ``plan`` (every artist moved, none created)."""
        width = plan.knots_across * plan.unit_cm / plan.raj_w
        height = plan.rows * plan.unit_cm / plan.raj_h
        pitch_x, pitch_y = plan.unit_cm / plan.raj_w, plan.unit_cm / plan.raj_h
        margin = self.loom_allowance_cm / 2
        fine = max(plan.knots_across, plan.rows) / FINE_BLOCK_KNOTS <= MOST_FINE_LINES
        self.frame = (round_up(width * FRAME_ROOM), round_up(height * FRAME_ROOM), fine)
        frame_w, frame_h, _ = self.frame
        beam, pad = max(2.0, 0.04 * frame_h), 0.08 * frame_w
        warp_x = np.linspace(0, width, min(plan.warp_ends, 60))
        self.warps.set_segments([[(x, -margin), (x, height + margin)] for x in warp_x])
        self.woven.set_bounds(0, 0, width, height)
        for collection, step in ((self.fine, FINE_BLOCK_KNOTS), (self.heavy, HEAVY_BLOCK_KNOTS)):
            lines = []
            if step == HEAVY_BLOCK_KNOTS or plan.knots_across / step <= MOST_FINE_LINES:
                lines += _block_lines(plan.knots_across, pitch_x, step, (0, height), vertical=True)
            if step == HEAVY_BLOCK_KNOTS or plan.rows / step <= MOST_FINE_LINES:
                lines += _block_lines(plan.rows, pitch_y, step, (0, width), vertical=False)
            collection.set_segments(lines)
        for rectangle, y in zip(self.beams, (-margin - beam, height + margin), strict=True):
            rectangle.set_bounds(-pad, y, width + 2 * pad, beam)
        self.beam_label.set_position((width / 2, height + margin + beam / 2))
        self.ax.set_xlim(-pad * 1.5, frame_w + pad * 1.5)
        self.ax.set_ylim(-margin - beam * 1.5, frame_h + margin + beam * 1.5)
        title = "loom.figure.title" if fine else "loom.figure.title_coarse"
        # a fixed title height (y given): matplotlib then skips its search for room above the ticks
        self.ax.set_title(message(title), fontsize=9, y=1.0)


def draw_loom(ax, plan: CarpetPlan, loom_allowance_cm: float = 60.0) -> None:
    """
    Draw ``plan`` on ``ax`` to scale in cm: the woven area, block lines, warps and loom beams.

    Block lines run every 10 knots across and every 10 rows up (thin), every 100 (heavy); when
    a side has more than 150 blocks of 10, its thin lines are left out. Row 1 is at the bottom.
    (:class:`LoomDrawing` does the same with artists that can be moved to another plan.)

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> from farshlab.carpet import plan_carpet
    >>> ax = Figure().add_subplot()
    >>> draw_loom(ax, plan_carpet(35, 50, 40, nm=8, weavers=1, knots_per_weaver_per_day=6000))
    >>> len(ax.collections)  # warps, 10-knot lines, 100-knot lines
    3
    """
    LoomDrawing(ax, loom_allowance_cm).update(plan)


class LoomPlanner(Simulator):
    """
    Plan a carpet on the loom: change the size, density, yarn or team and see every number and
    the loom redrawn.

    Controls (``.controls[name]``): ``width_cm``, ``height_cm``, ``raj_w``, ``raj_h``, ``unit_cm``,
    ``cm_per_knot``, ``nm``, ``ply``, ``waste_percent``, ``weavers``, ``knots_per_weaver_per_day``.
    The starting values are the course's worked example (50 × 70 cm at 50 raj); the yarn starts on
    Ahrari's figures at 40 raj, 4 cm per knot and Nm 8 as used (ply 1:
    :data:`farshlab.carpet.AHRARI_PILE_NM_AT_40_RAJ`), to replace with the spinner's count; the
    waste and weaving speed are made-up example figures to replace with a workshop's own.

    View: ``.summary`` (HTML with the numbers) and ``.picture`` (an ``Image`` of the loom).
    """

    def make_controls(self):
        style = {"description_width": "14em"}
        wide = {"layout": widgets.Layout(width="36em")}  # room for the label and a usable slider

        def slider(kind, key, value, low, high, step):
            return kind(
                value=value, min=low, max=high, step=step, description=message(key), style=style, **wide
            )

        def number(key, value, whole=False):
            return NumberText(
                value, whole=whole, lang=self.lang, description=message(key), style=style, **wide
            )

        units = [(message(f"loom.unit.{name}"), cm) for name, cm in UNIT_CM.items()]
        return {
            "width_cm": number("loom.width_cm", 50.0),
            "height_cm": number("loom.height_cm", 70.0),
            "raj_w": slider(widgets.FloatSlider, "loom.raj_w", 50.0, 10.0, 120.0, 1.0),
            "raj_h": slider(widgets.FloatSlider, "loom.raj_h", 50.0, 10.0, 120.0, 1.0),
            "unit_cm": widgets.Dropdown(
                options=units, value=7.0, description=message("loom.unit_cm"), style=style, **wide
            ),
            "cm_per_knot": slider(
                widgets.FloatSlider, "loom.cm_per_knot", DEFAULT_CM_PER_KNOT, 2.0, 8.0, 0.1
            ),
            "nm": number("loom.nm", AHRARI_PILE_NM_AT_40_RAJ),
            "ply": slider(widgets.IntSlider, "loom.ply", 1, 1, 6, 1),
            "waste_percent": slider(widgets.FloatSlider, "loom.waste_percent", 10.0, 0.0, 30.0, 1.0),
            "weavers": slider(widgets.IntSlider, "loom.weavers", 2, 1, 6, 1),
            "knots_per_weaver_per_day": number("loom.knots_per_weaver_per_day", 7000, whole=True),
        }

    def model(self, **values):
        return plan_carpet(**values)  # the controls are named after plan_carpet's parameters

    def make_view(self):
        # a fixed layout (room for the axis labels and title), so that a draw lays nothing out
        with self.figure_language():
            figure = Figure(figsize=(5, 5.5))
            bottom = 0.11 if self.lang in RIGHT_TO_LEFT else 0.09  # Vazirmatn's lines are taller
            figure.subplots_adjust(left=0.17, right=0.97, bottom=bottom, top=0.9)
            self._canvas = KeptCanvas(figure)
            self._drawing = LoomDrawing(figure.add_subplot())
        self.localise_axes(self._drawing.ax)
        self.summary = widgets.HTML()
        self.picture = widgets.Image(format="png")
        return widgets.HBox([self.summary, self.picture])

    def render(self, result: CarpetPlan) -> None:
        lines = [
            message("loom.result.size", across=result.knots_across, rows=result.rows),
            message("loom.result.total", total=f"{result.total_knots:,}"),
            message("loom.result.maghat", maghat=f"{result.maghat:.3f}", qabal=f"{result.qabal:.3f}"),
            message("loom.result.density", per_m2=f"{result.knots_per_m2:,.0f}"),
            message("loom.result.pile", metres=f"{result.pile_m:,.0f}", kg=f"{result.pile_kg:.2f}"),
            message("loom.result.warp", ends=result.warp_ends, metres=f"{result.warp_m:,.0f}"),
            message("loom.result.weft", metres=f"{result.weft_m:,.0f}"),
            message("loom.result.days", days=f"{result.weaving_days:.1f}"),
        ]
        heading = message("loom.result.heading", width=f"{result.width_cm:g}", height=f"{result.height_cm:g}")
        # the picture is sent before the numbers: numbers on screen always come with their picture
        self._drawing.update(result)
        frame = self._canvas.layer(("frame", *self._drawing.frame), hidden=self._drawing.moving)
        self.picture.value = self._canvas.show(frame, self._drawing.moving).png()
        summary = f"<b>{heading}</b><ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>"
        self.summary.value = self.localised(summary)
