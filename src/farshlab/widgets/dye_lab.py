"""
The Dye Lab: try a recipe before dyeing — its colour, curves, recipe sheet, and a match to a target.

The model is :func:`farshlab.dye.compare_with_standard` (the trial's reflectance, K/S, CIELAB and
screen colour against a standard, in daylight and under a second light) and
:func:`farshlab.dye.batch_recipe` (grams, ml of stock, litres of liquor, auxiliaries); the "match"
button calls :func:`farshlab.dye.match_recipe` and sets the sliders. The default dye set and the
standards are **SYNTHETIC** (made up for teaching, not real dyes), and the view says so. The
curves are one :class:`farshlab.plotting.dye.DyeCurvesPlot` whose lines follow the sliders (no
new figure per move).

Classes
-------
DyeLab
    The simulator (a :class:`~farshlab.widgets.base.Simulator`).
DyeLabResult
    What the model returns.

Examples
--------
>>> lab = DyeLab()
>>> lab.controls["Acid Yellow (synthetic)"].value = 1.0
>>> lab.result.batch.dyes[0].grams
5.0
>>> lab.plot.reflectance_axes.lines[2].get_color() == lab.result.trial.hex
True
>>> bytes(lab.curves.value[:4])
b'\\x89PNG'
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import ipywidgets as widgets

from farshlab.dye import (
    BATHS,
    WAVELENGTHS_NM,
    BatchRecipe,
    DyeSet,
    MatchResult,
    TrialComparison,
    batch_recipe,
    compare_with_standard,
    load_dye_set,
    load_standards,
    match_recipe,
    product_name,
    tristimulus_weights,
)
from farshlab.locale import message
from farshlab.plotting.dye import DyeCurvesPlot
from farshlab.printing.recipe_sheet import recipe_sheet_html
from farshlab.widgets.base import Simulator
from farshlab.widgets.numbers import NumberText

__all__ = ["DyeLab", "DyeLabResult"]

SETTINGS = ("fibre_g", "liquor_ratio", "stock_percent", "bath", "target", "second_light")
SECOND_LIGHTS = ("A", "F11")
STEP_PERCENT = 0.01  # slider step, % owf


@dataclass(frozen=True)
class DyeLabResult:
    """The trial against the target, and the batch's recipe sheet numbers."""

    trial: TrialComparison
    batch: BatchRecipe
    target: str


def _swatch(colour: str, caption: str, size_px: int = 90) -> str:
    return (
        '<div style="display:inline-block;margin:4px;text-align:center;font-size:12px;'
        f'width:{size_px + 30}px;vertical-align:top">'
        f'<div style="width:{size_px}px;height:{size_px}px;margin:auto;background:{colour};'
        f'border:1px solid #444"></div>{caption}</div>'
    )


def _lab_text(lab) -> str:
    L, a, b = (f"{value:.1f}" for value in lab)
    return html.escape(message("dyelab.lab", L=L, a=a, b=b))


class DyeLab(Simulator):
    """
    Sliders per dye (% owf), wool grams, liquor ratio, stock strength, bath, target and second light.

    Parameters
    ----------
    dye_set : DyeSet, optional
        Default :func:`farshlab.dye.load_dye_set` (SYNTHETIC).
    standards : dict of str to reflectance, optional
        Target colours as spectra; default :func:`farshlab.dye.load_standards` (SYNTHETIC).

    Controls (``.controls[name]``): one slider per dye, named by the dye (``"Acid Red (synthetic)"``,
    0 … its deepest calibration, % owf); ``fibre_g``; ``liquor_ratio`` (the 40 of 1:40);
    ``stock_percent``; ``bath`` (a key of :data:`farshlab.dye.BATHS`); ``target`` (a standard's
    name); ``second_light`` ("A" or "F11"). ``.match_button`` solves for the target and sets the
    sliders; ``.last_match`` keeps that solver result and ``.match_note`` says how close it came.

    View: ``.swatches`` (HTML: trial and target in daylight, ΔE00), ``.second`` (HTML: both under the
    second light, metamerism index), ``.curves`` (Image: PNG of reflectance 0–1 and K/S against
    wavelength in nm, with a legend), ``.sheet`` (HTML recipe sheet). The curves are drawn on one
    :class:`~farshlab.plotting.dye.DyeCurvesPlot` (``.plot``) kept for the simulator's life: a move
    updates its lines and redraws only them, so the PNG is new when the assignment returns.
    """

    def __init__(self, dye_set: DyeSet | None = None, standards: dict | None = None) -> None:
        self.dye_set = load_dye_set() if dye_set is None else dye_set
        if not isinstance(self.dye_set, DyeSet):
            raise ValueError(f"dye_set must be a DyeSet, got {type(dye_set).__name__}")
        self.standards = load_standards() if standards is None else dict(standards)
        if not self.standards:
            raise ValueError("standards must hold at least one target spectrum")
        self.last_match: MatchResult | None = None
        self._holding = False
        for light in SECOND_LIGHTS:  # build each light's weights now (once, ~0.1 s), not at its first choice
            tristimulus_weights(light)
        super().__init__()

    def make_controls(self):
        style = {"description_width": "17em"}
        wide = {"layout": widgets.Layout(width="42em"), "style": style}
        controls = {
            dye.name: widgets.FloatSlider(
                value=0.0,
                min=0.0,
                max=dye.max_depth_percent,
                step=STEP_PERCENT,
                readout_format=".2f",
                description=message(
                    "dyelab.dye_depth", lang=self.lang, dye=product_name(dye.name, self.lang)
                ),
                **wide,
            )
            for dye in self.dye_set.dyes
        }
        controls |= {
            "fibre_g": NumberText(500.0, lang=self.lang, description=message("dyelab.fibre_g"), **wide),
            "liquor_ratio": NumberText(
                40.0, lang=self.lang, description=message("dyelab.liquor_ratio"), **wide
            ),
            "stock_percent": NumberText(
                1.0, lang=self.lang, description=message("dyelab.stock_percent"), **wide
            ),
            "bath": widgets.Dropdown(
                options=[(message(f"dyelab.bath.{name}"), name) for name in BATHS],
                value="levelling_acid",
                description=message("dyelab.bath"),
                **wide,
            ),
            "target": widgets.Dropdown(
                options=[(product_name(name, self.lang), name) for name in self.standards],
                description=message("dyelab.target"),
                **wide,
            ),
            "second_light": widgets.Dropdown(
                options=[(message(f"dyelab.light.{name}"), name) for name in SECOND_LIGHTS],
                value="A",
                description=message("dyelab.second_light"),
                **wide,
            ),
        }
        self.match_button = widgets.Button(
            description=message("dyelab.match"), button_style="primary", layout=widgets.Layout(width="16em")
        )
        self.match_button.on_click(self.match)
        self.match_note = widgets.HTML()
        return controls

    def model(self, **values) -> DyeLabResult:
        settings = {name: values.pop(name) for name in SETTINGS}
        recipe = {name: float(owf) for name, owf in values.items()}
        trial = compare_with_standard(
            self.dye_set, recipe, self.standards[settings["target"]], settings["second_light"]
        )
        batch = batch_recipe(
            recipe, settings["fibre_g"], settings["liquor_ratio"], settings["bath"], settings["stock_percent"]
        )
        return DyeLabResult(trial=trial, batch=batch, target=settings["target"])

    def make_view(self):
        self.synthetic_note = widgets.HTML(
            value=f"<p><i>{html.escape(message('dyelab.synthetic'))}</i></p>"
            if self.dye_set.synthetic
            else ""
        )
        self.swatches = widgets.HTML()
        self.second = widgets.HTML()
        self.curves = widgets.Image(format="png", layout=widgets.Layout(width="860px"))
        self.plot: DyeCurvesPlot | None = None  # made at the first render, then kept and updated
        self.sheet = widgets.HTML()
        return widgets.VBox([self.synthetic_note, self.swatches, self.second, self.curves, self.sheet])

    def render(self, result: DyeLabResult) -> None:
        trial = result.trial
        target_name = html.escape(message("dyelab.standard", name=product_name(result.target, self.lang)))
        trial_name = html.escape(message("dyelab.trial"))
        de = html.escape(message("dyelab.delta_e", de=f"{trial.delta_e00:.2f}"))
        self.swatches.value = self.localised(
            _swatch(trial.standard_hex, f"<b>{target_name}</b><br>{_lab_text(trial.standard_lab)}")
            + _swatch(trial.hex, f"<b>{trial_name}</b><br>{_lab_text(trial.lab)}")
            + f"<p><b>{de}</b></p>"
        )
        light = message(f"dyelab.light.{trial.second_light}")
        under = html.escape(message("dyelab.under", light=light))
        index = html.escape(message("dyelab.metamerism", light=light, de=f"{trial.metamerism_index:.2f}"))
        warning = ""
        if trial.delta_e00 < 1.0 and trial.metamerism_index > 2 * max(trial.delta_e00, 0.5):
            warning = f"<br><i>{html.escape(message('dyelab.metameric', light=light))}</i>"
        self.second.value = self.localised(
            f"<p><b>{under}</b></p>"
            + _swatch(trial.standard_hex_second, target_name, 60)
            + _swatch(trial.hex_second, trial_name, 60)
            + f"<p>{index}{warning}</p>"
        )
        curves = {
            message("dyelab.plot.substrate"): (self.dye_set.substrate_reflectance, "#b0a890", ":"),
            product_name(result.target, self.lang): (trial.standard_reflectance, trial.standard_hex, "--"),
            message("dyelab.trial"): (trial.reflectance, trial.hex),
        }
        with self.figure_language():  # text made for the curves (a new legend too) in the course font
            if self.plot is None:
                self.plot = DyeCurvesPlot(WAVELENGTHS_NM, curves, lang=self.lang)
            self.curves.value = self.plot.update(curves).png()
        self.sheet.value = self.localised(recipe_sheet_html(result.batch, lang=self.lang))

    def match(self, _button=None) -> MatchResult:
        """Solve for the current target with the whole dye set (best 3 dyes) and set the sliders."""
        standard = self.standards[self.controls["target"].value]
        found = match_recipe(self.dye_set, standard)
        self.last_match = found
        self._holding = True
        try:
            for dye in self.dye_set.dyes:
                owf = found.recipe.get(dye.name, 0.0)
                self.controls[dye.name].value = round(owf / STEP_PERCENT) * STEP_PERCENT
        finally:
            self._holding = False
        self.refresh()
        key = "dyelab.matched" if found.in_gamut else "dyelab.out_of_gamut"
        comma = message("chart.reading.comma", lang=self.lang)
        used = comma.join(product_name(name, self.lang) for name, owf in found.recipe.items() if owf > 0)
        self.match_note.value = self.localised(
            html.escape(message(key, dyes=used, de=f"{found.delta_e00:.2f}"))
        )
        return found

    def _changed(self, change: dict) -> None:
        if not self._holding:
            self.refresh()

    def layout(self) -> widgets.Widget:
        """Dye sliders, then the batch settings, the target with the match button, then the view."""
        dyes = [self.shown_controls[dye.name] for dye in self.dye_set.dyes]
        settings = [self.shown_controls[name] for name in SETTINGS]
        box = widgets.VBox(
            [
                widgets.VBox(dyes),
                widgets.VBox(settings),
                widgets.HBox([self.match_button, self.match_note]),
                self.message,
                self.view,
            ]
        )
        return self.directed(box)
