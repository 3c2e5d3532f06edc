"""
Chart Studio: a picture in, a coded knot chart out — preview, knots and grams per code, and a printable PDF.

The model is :func:`farshlab.chart.picture_to_chart` (pure, tested in ``tests/chart``): the picture
scaled to the knot grid of the chosen width and raj, K colours chosen for it, every knot given its
exact CIEDE2000-nearest colour (or dithered), isolated knots cleaned, yarn counted. This module
makes the controls, calls it, and shows the original beside the chart's preview in its yarn colours,
a table of codes with swatches, knots and grams, and an **Export PDF** button that writes the
chart's files (:func:`farshlab.chart.outputs.write_chart_files`) into a folder.

The default picture is the portrait photo that ships with matplotlib (``grace_hopper.jpg``, a
public-domain photograph of Rear Admiral Grace Hopper, U.S. Navy), so the studio works before
anything is uploaded.

Classes
-------
ChartStudio
    The simulator (a :class:`~farshlab.widgets.base.Simulator`).

Examples
--------
>>> studio = ChartStudio()
>>> chart = studio.result.chart
>>> chart.knots_across, len(chart.legend)
(100, 16)
>>> studio.controls["colours"].value = 8
>>> len(studio.result.chart.legend)
8
"""

from __future__ import annotations

import html
import io
from pathlib import Path

import ipywidgets as widgets
from matplotlib import cbook
from PIL import Image

from farshlab.chart import ChartResult, picture_to_chart
from farshlab.chart.outputs import preview_image, write_chart_files
from farshlab.locale import message
from farshlab.widgets.base import Simulator

__all__ = ["SAMPLE_PICTURE", "ChartStudio"]

SAMPLE_PICTURE = Path(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False))
"""The default picture: matplotlib's sample portrait (512 × 600 pixels)."""

SHOWN_PIXELS = 360


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _uploaded(value) -> bytes | None:
    """The bytes of the last uploaded file (ipywidgets 8 gives a tuple of dicts), or None."""
    if not value:
        return None
    return bytes(value[-1]["content"])


class ChartStudio(Simulator):
    """
    Turn a picture into a coded chart and see it change as you move the sliders.

    Controls (``.controls[name]``): ``picture`` (upload; default the sample portrait), ``width_cm``,
    ``raj``, ``colours``, ``method`` (k-means or median cut), ``dither``, ``clean`` (0 = none,
    1 = isolated knots, N = also runs shorter than N knots). The starting size is kept small
    (20 cm at 35 raj: 100 knots across) so that every change redraws in about a second.

    View: ``.original`` and ``.preview`` (``Image`` widgets, side by side), ``.summary`` (HTML),
    ``.table`` (HTML: swatch, code, knots, grams per code), ``.export_button`` and ``.export_status``.

    Parameters
    ----------
    export_folder : str or pathlib.Path, optional
        Where **Export PDF** writes the chart's files (default: ``chart_studio_export`` in the
        current folder).
    """

    def __init__(self, export_folder=None) -> None:
        self.export_folder = Path(export_folder) if export_folder is not None else Path("chart_studio_export")
        super().__init__()

    def make_controls(self):
        style = {"description_width": "12em"}
        wide = {"layout": widgets.Layout(width="36em"), "style": style}
        return {
            "picture": widgets.FileUpload(
                accept="image/*",
                multiple=False,
                description=message("studio.picture"),
                layout=widgets.Layout(width="20em"),
            ),
            "width_cm": widgets.FloatSlider(
                value=20.0, min=5.0, max=150.0, step=1.0, description=message("studio.width_cm"), **wide
            ),
            "raj": widgets.FloatSlider(
                value=35.0, min=20.0, max=80.0, step=1.0, description=message("studio.raj"), **wide
            ),
            "colours": widgets.IntSlider(
                value=16, min=2, max=96, step=1, description=message("studio.colours"), **wide
            ),
            "method": widgets.Dropdown(
                options=[(message(f"studio.method.{name}"), name) for name in ("kmeans", "median_cut")],
                value="kmeans",
                description=message("studio.method"),
                **wide,
            ),
            "dither": widgets.Checkbox(value=False, description=message("studio.dither"), **wide),
            "clean": widgets.IntSlider(
                value=1, min=0, max=5, step=1, description=message("studio.clean"), **wide
            ),
        }

    def model(self, picture, width_cm, raj, colours, method, dither, clean) -> ChartResult:
        source = _uploaded(picture) or SAMPLE_PICTURE
        return picture_to_chart(
            source,
            width_cm,
            raj,
            colours=colours,
            palette_method=method,
            dither=dither,
            clean=clean or None,
            title=message("studio.title"),
        )

    def make_view(self):
        self.original = widgets.Image(format="png")
        self.preview = widgets.Image(format="png")
        self.summary = widgets.HTML()
        self.table = widgets.HTML()
        self.export_button = widgets.Button(description=message("studio.export"), icon="file-pdf-o")
        self.export_status = widgets.HTML()
        self.export_button.on_click(self._export)
        pictures = widgets.HBox(
            [
                widgets.VBox([widgets.HTML(f"<b>{message('studio.original')}</b>"), self.original]),
                widgets.VBox([widgets.HTML(f"<b>{message('studio.preview')}</b>"), self.preview]),
            ]
        )
        return widgets.VBox(
            [pictures, self.summary, widgets.HBox([self.export_button, self.export_status]), self.table]
        )

    def render(self, result: ChartResult) -> None:
        chart = result.chart
        source = _uploaded(self.controls["picture"].value) or SAMPLE_PICTURE.read_bytes()
        original = Image.open(io.BytesIO(source)).convert("RGB")
        original.thumbnail((SHOWN_PIXELS, SHOWN_PIXELS))
        self.original.value = _png(original)
        self.preview.value = _png(preview_image(chart, SHOWN_PIXELS))
        lines = [
            message(
                "studio.result.size",
                across=chart.knots_across,
                rows=chart.rows,
                width=f"{chart.width_cm:g}",
                height=f"{chart.height_cm:.1f}",
            ),
            message("studio.result.colours", colours=len(result.yarn), delta_e=f"{result.mean_delta_e:.2f}"),
            message(
                "studio.result.yarn",
                grams=f"{result.yarn.total_grams:,.0f}",
                waste=f"{result.yarn.waste_percent:g}",
                nm=f"{result.yarn.nm:g}",
                ply=result.yarn.ply,
                cm_per_knot=f"{result.yarn.cm_per_knot:g}",
            ),
        ]
        lines += [message(f"studio.changed.{key}", knots=count) for key, count in result.changed.items()]
        self.summary.value = "<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>"
        head = "".join(
            f"<th style='padding:0 8px'>{message(f'studio.table.{key}')}</th>"
            for key in ("colour", "code", "knots", "grams")
        )
        rows = "".join(
            "<tr>"
            f"<td><span style='display:inline-block;width:2em;height:1em;background:{line.colour};"
            "border:1px solid #333'></span></td>"
            f"<td style='padding:0 8px'>{line.code}</td>"
            f"<td style='padding:0 8px;text-align:right'>{line.knots:,}</td>"
            f"<td style='padding:0 8px;text-align:right'>{line.grams:,.1f}</td></tr>"
            for line in result.yarn
        )
        self.table.value = f"<table><tr>{head}</tr>{rows}</table>"
        self.export_status.value = ""

    def _export(self, _button=None) -> None:
        if self.result is None:
            return
        paths = write_chart_files(self.result.chart, self.result.yarn, self.export_folder)
        pdf = paths["chart.pdf"]
        self.export_status.value = message("studio.exported", path=html.escape(str(pdf.resolve())))
