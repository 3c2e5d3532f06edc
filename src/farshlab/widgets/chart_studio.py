"""
Chart Studio: a picture in, a coded knot chart out — preview, knots and grams per code, and a printable PDF.

The model is :func:`farshlab.chart.picture_to_chart` (pure, tested in ``tests/chart``): the picture
scaled to the knot grid of the chosen width and raj, K colours chosen for it, every knot given its
exact CIEDE2000-nearest colour (or dithered), isolated knots cleaned, yarn counted. This module
makes the controls, calls it, and shows the original beside the chart's preview in its yarn colours,
a table of codes with swatches, knots and grams, and an **Export PDF** button that writes the
chart's files (:func:`farshlab.printing.chart_files.write_chart_files`) into a folder.

A full chart takes from a tenth of a second to many seconds, so a move of a control is answered
at once with a **preview**: a true chart of the same settings (same width, colours, palette rule,
dithering and clean-up) at a lower raj, about :data:`PREVIEW_KNOTS` knots in all, marked as a
preview in the summary. The full chart is then computed in a background thread, a short moment
after the controls stop moving (:data:`REFINE_AFTER_S`), and replaces the preview by itself
(``studio.refined`` turns ``True``). A move while it is being computed makes it stop at its next
step: only the latest settings' chart is ever shown. :meth:`ChartStudio.wait_refined` waits for
it. Decoded pictures, full charts and their palettes are kept (a few of each) for the settings
already seen, so going back to them, or changing only the dithering or the clean-up, is quicker.

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
>>> studio.wait_refined(), studio.refined
(True, True)
>>> chart = studio.result.chart
>>> chart.knots_across, len(chart.legend)
(100, 16)
>>> studio.controls["colours"].value = 8  # shown at once as a preview (fewer knots), then refined
>>> studio.wait_refined(), studio.result.chart.knots_across, len(studio.result.chart.legend)
(True, 100, 8)
"""

from __future__ import annotations

import hashlib
import html
import io
import math
import multiprocessing
import threading
import time
import warnings
import weakref
from collections import OrderedDict
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

import ipywidgets as widgets
import numpy as np
from matplotlib import cbook
from PIL import Image

from farshlab.carpet import UnusualDensityWarning, chart_size
from farshlab.chart import ChartResult, open_picture, picture_to_chart
from farshlab.locale import current_language, message
from farshlab.printing.chart_files import write_chart_files
from farshlab.printing.preview import preview_image
from farshlab.widgets.base import Simulator

__all__ = ["PREVIEW_KNOTS", "REFINERS", "REFINE_AFTER_S", "SAMPLE_PICTURE", "ChartStudio"]

SAMPLE_PICTURE = Path(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False))
"""The default picture: matplotlib's sample portrait (512 × 600 pixels)."""

SHOWN_PIXELS = 360

PREVIEW_KNOTS = 2000
"""Knots in a preview chart at most (its raj is lowered until it has about this many)."""

PREVIEW_KNOT_COLOURS = 32_000
"""Knots × colours in a preview at most: the k-means costs about knots × colours, so a preview
with many colours has fewer knots (96 colours: 333 knots)."""

PREVIEW_MARGIN = 1.5
"""A chart of at most this many times the preview's knots is computed in full at once, with no preview."""

REFINE_AFTER_S = 0.25
"""Seconds the controls must rest before the full chart is computed (moves in a row make one chart)."""

KEPT = 16
"""Full charts (and palettes) kept for settings already seen."""


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=1)  # fast: a few kB more, half the time
    return buffer.getvalue()


def _uploaded(value) -> bytes | None:
    """The bytes of the last uploaded file (ipywidgets 8 gives a tuple of dicts), or None."""
    if not value:
        return None
    return bytes(value[-1]["content"])


def _preview_raj(across: int, rows: int, raj: float, colours: int, clean: int = 0) -> float | None:
    """
    The lower raj of a preview chart, or ``None`` when the full chart is small enough to compute at once.

    Parameters
    ----------
    across, rows : int
        The full chart's knots across and rows.
    raj : float
        The chosen raj (knots per 7 cm).
    colours : int
        The colours asked for.
    clean : int
        The clean-up's shortest run (0: none); from 2 on, the clean-up walks the runs one by one
        and the preview gets half the knots.

    Returns
    -------
    float or None
        A raj giving about ``min(PREVIEW_KNOTS, PREVIEW_KNOT_COLOURS / colours)`` knots (half that
        with ``clean`` ≥ 2).

    Examples
    --------
    >>> round(_preview_raj(150, 175, 35.0, 16), 2)  # 26 250 knots → about 2000
    9.66
    >>> _preview_raj(100, 117, 35.0, 96) < _preview_raj(100, 117, 35.0, 16)
    True
    >>> _preview_raj(50, 58, 35.0, 16) is None  # 2900 knots: computed in full at once
    True
    >>> round(_preview_raj(150, 175, 35.0, 16, clean=3), 2)  # about 1000 knots
    6.83
    """
    budget = min(PREVIEW_KNOTS, PREVIEW_KNOT_COLOURS / max(colours, 1))
    if clean >= 2:
        budget /= 2
    total = across * rows
    if total <= PREVIEW_MARGIN * budget:
        return None
    return raj * math.sqrt(budget / total)


@dataclass(frozen=True)
class _Picture:
    """A decoded picture: a key naming its content, its pixels, and its thumbnail as PNG."""

    key: str
    rgb: np.ndarray
    png: bytes


@dataclass(frozen=True)
class _Job:
    """A full chart to compute: the settings' generation, picture and values, and when it was asked."""

    generation: int
    picture: _Picture
    values: dict
    asked: float


class _Superseded(Exception):
    """Raised inside a background job whose settings are no longer the current ones."""


REFINERS = ("process", "thread")
"""Where :class:`ChartStudio` computes full charts (its ``refine_in``)."""

_worker_generation = None
"""In a studio's worker process: the studio's current settings' generation (shared memory)."""


def _start_worker(generation) -> None:
    global _worker_generation
    _worker_generation = generation


def _refine_in_worker(rgb, values: dict, palette, generation: int) -> ChartResult:
    """The full chart, computed in the worker process; stops when the studio's settings move on."""

    def check(_fraction, _stage):
        if _worker_generation is not None and _worker_generation.value != generation:
            raise _Superseded

    return ChartStudio._chart(rgb, values, palette=palette, progress=check)


def _stop_worker(pool: ProcessPoolExecutor, generation) -> None:
    generation.value = -1  # whatever runs stops at its next step
    pool.shutdown(wait=False, cancel_futures=True)


class ChartStudio(Simulator):
    """
    Turn a picture into a coded chart and see it change as you move the sliders.

    Controls (``.controls[name]``): ``picture`` (upload; default the sample portrait), ``width_cm``,
    ``raj``, ``colours``, ``method`` (k-means or median cut), ``dither``, ``clean`` (0 = none,
    1 = isolated knots, N = also runs shorter than N knots). The starting size is kept small
    (20 cm at 35 raj: 100 knots across).

    A change is shown at once as a preview chart (same settings, lower raj) unless the full chart is
    small; the full chart follows by itself from a background thread (see the module notes).

    View: ``.original`` and ``.preview`` (``Image`` widgets, side by side), ``.summary`` (HTML),
    ``.table`` (HTML: swatch, code, knots, grams per code), ``.export_button`` and ``.export_status``.

    Parameters
    ----------
    export_folder : str or pathlib.Path, optional
        Where **Export PDF** writes the chart's files (default: ``chart_studio_export`` in the
        current folder). The export waits for the full chart.
    refine_in : {"process", "thread"}
        Where the full chart is computed: ``"process"`` (default) in a worker process of its own,
        started at the first refinement, so that a move is never kept waiting by it (the
        k-means of a large chart is one long step); ``"thread"`` in a thread of this process,
        where a move waits for the step running. Where no worker process can start, the studio
        refines in a thread instead.

    Attributes
    ----------
    result : farshlab.chart.ChartResult or None
        The chart shown: the preview, or the full chart once ``refined``.
    refined : bool
        ``True`` when ``result`` is the full chart of the current settings, ``False`` while a
        preview is shown (or the settings were rejected).

    Examples
    --------
    >>> studio = ChartStudio()
    >>> studio.controls["width_cm"].value = 30
    >>> preview = studio.result.chart  # shown at once (unless the full chart is already there)
    >>> studio.refined or (preview.width_cm, preview.knots_across < 150)
    (30.0, True)
    >>> studio.wait_refined(timeout=60), studio.result.chart.knots_across
    (True, 150)
    """

    def __init__(self, export_folder=None, refine_in: str = "process") -> None:
        if refine_in not in REFINERS:
            raise ValueError(f"refine_in must be one of {', '.join(REFINERS)}, got {refine_in!r}")
        self.export_folder = Path(export_folder) if export_folder is not None else Path("chart_studio_export")
        self.refine_in = refine_in
        self._pool: ProcessPoolExecutor | None = None
        self._pool_generation = None  # the generation the worker process sees (shared memory)
        self.refined = False
        self._state = threading.Condition()  # guards everything below and the view's widgets
        self._compute = threading.Lock()  # one chart computed at a time (k-means is not thread-safe)
        self._generation = 0
        self._settled = False  # nothing more is coming for the current settings
        self._hurry = False  # someone waits: skip the rest of REFINE_AFTER_S
        self._job: _Job | None = None
        self._worker: threading.Thread | None = None
        self._failure: BaseException | None = None
        self._picture_kept: tuple[object, _Picture] | None = None
        self._shown_picture: _Picture | None = None
        self._charts: OrderedDict[tuple, ChartResult] = OrderedDict()
        self._palettes: OrderedDict[tuple, object] = OrderedDict()
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

    # --- the model -----------------------------------------------------------------------------

    def model(self, picture, width_cm, raj, colours, method, dither, clean) -> ChartResult:
        """The full chart of these control values (what :meth:`wait_refined` waits for)."""
        values = {"width_cm": width_cm, "raj": raj, "colours": colours, "method": method}
        values.update(dither=dither, clean=clean)
        with self._compute:
            return self._chart(self._decoded(picture).rgb, values)

    @staticmethod
    def _chart(rgb, values, raj=None, palette=None, progress=None) -> ChartResult:
        """
        The chart of ``values`` (at ``raj`` if given), with a palette already chosen if given.

        Called with ``_compute`` held: the pipeline's k-means changes the warning filters for a
        moment (``warnings.catch_warnings``, not thread-safe), so charts are computed one at a time.
        """
        arguments = {
            "colours": values["colours"] if palette is None else None,
            "legend": palette,
            "palette_method": values["method"],
            "dither": values["dither"],
            "clean": values["clean"] or None,
            "title": message("studio.title"),
            "progress": progress,
        }
        if raj is None:
            return picture_to_chart(rgb, values["width_cm"], values["raj"], **arguments)
        with warnings.catch_warnings():
            # a preview's raj is often below the usual 10 on purpose: no "typing mistake?" warning
            warnings.simplefilter("ignore", UnusualDensityWarning)
            return picture_to_chart(rgb, values["width_cm"], raj, **arguments)

    def _decoded(self, value) -> _Picture:
        """The uploaded picture (or the sample), decoded once per upload."""
        kept = self._picture_kept
        if kept is not None and kept[0] is value:
            return kept[1]
        content = _uploaded(value)
        source = SAMPLE_PICTURE if content is None else content
        rgb = open_picture(source)  # raises PictureError (a ValueError) for a file that is not a picture
        thumbnail = Image.fromarray(rgb)
        thumbnail.thumbnail((SHOWN_PIXELS, SHOWN_PIXELS))
        key = "sample" if content is None else hashlib.sha256(content).hexdigest()
        picture = _Picture(key, rgb, _png(thumbnail))
        self._picture_kept = (value, picture)
        return picture

    @staticmethod
    def _keys(picture: _Picture, values: dict) -> tuple[tuple, tuple]:
        """The keys of the full chart and of its palette (which depends on the size, not on clean-up)."""
        palette = (picture.key, values["width_cm"], values["raj"], values["colours"], values["method"])
        return (*palette, values["dither"], values["clean"]), palette

    @staticmethod
    def _keep(store: OrderedDict, key, value) -> None:
        store[key] = value
        store.move_to_end(key)
        while len(store) > KEPT:
            store.popitem(last=False)

    # --- answering a change ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the current settings' chart: the full one if it is known or small, else a preview."""
        values = self.values()
        with self._state:
            self._generation += 1  # a background job of older settings stops at its next step
            generation = self._generation
            if self._pool_generation is not None:
                self._pool_generation.value = generation  # also in the worker process
            self._job, self._hurry = None, False
        with self._compute, self._state:
            if generation != self._generation:
                return  # a newer change came in meanwhile (from another thread)
            job = None
            try:
                picture = self._decoded(values["picture"])
                values.pop("picture")
                key, _ = self._keys(picture, values)
                result, refined = self._charts.get(key), True
                if result is None:
                    raj = self._preview_raj_of(picture, values)
                    result = self._chart(picture.rgb, values, raj=raj)
                    if raj is None:
                        self._keep_full(picture, values, result)
                    else:
                        refined = False
                        job = _Job(generation, picture, values, time.perf_counter())
                error = None
            except ValueError as problem:
                result, error, refined, picture = None, str(problem), False, None
            self._show(result, error, refined, picture)
            self._settled = job is None
            if job is not None:
                self._start(job)
            self._state.notify_all()

    @staticmethod
    def _preview_raj_of(picture: _Picture, values: dict) -> float | None:
        """The preview raj for these settings (see :func:`_preview_raj`), or ``None``."""
        height, width = picture.rgb.shape[:2]
        try:
            across, rows = chart_size(values["width_cm"], values["width_cm"] * height / width, values["raj"])
        except ValueError:
            return None  # the full pipeline gives the message
        return _preview_raj(across, rows, values["raj"], values["colours"], values["clean"])

    def _keep_full(self, picture: _Picture, values: dict, result: ChartResult) -> None:
        key, palette_key = self._keys(picture, values)
        self._keep(self._charts, key, result)
        self._keep(self._palettes, palette_key, result.chart.legend)

    def _show(self, result, error, refined, picture) -> None:
        """Set the state and the view (called with ``_state`` held)."""
        self.refined = refined
        if result is not None:
            self._shown_picture = picture
        self.show(result, error)

    # --- the background refinement ---------------------------------------------------------------

    def _start(self, job: _Job) -> None:
        """Hand the job to the worker thread, starting one if none runs (called with ``_state`` held)."""
        self._job = job
        if self._worker is None:
            self._worker = threading.Thread(target=self._work, name="chart-studio-refine", daemon=True)
            self._worker.start()
        self._state.notify_all()

    def _next_job(self) -> _Job | None:
        """The latest job once the controls have rested, or ``None`` (the worker then ends)."""
        with self._state:
            while True:
                job = self._job
                if job is None:
                    self._worker = None
                    return None
                rest = job.asked + REFINE_AFTER_S - time.perf_counter()
                if rest <= 0 or self._hurry:
                    self._job = None
                    return job
                self._state.wait(rest)

    def _work(self) -> None:
        while (job := self._next_job()) is not None:

            def check(_fraction, _stage, generation=job.generation):
                if generation != self._generation:
                    raise _Superseded

            try:
                check(0, "")
                _, palette_key = self._keys(job.picture, job.values)
                with self._state:
                    palette = self._palettes.get(palette_key)
                if self.refine_in == "process":
                    arguments = (job.picture.rgb, job.values, palette, job.generation)
                    result = self._worker_process().submit(_refine_in_worker, *arguments).result()
                else:
                    with self._compute:
                        result = self._chart(job.picture.rgb, job.values, palette=palette, progress=check)
                error = None
            except _Superseded:
                continue
            except BrokenProcessPool:
                # no worker process here (a script without a main guard, a sandbox that forbids
                # it): refine in this process from now on, starting again with this job
                with self._state:
                    self.refine_in, self._pool, self._pool_generation = "thread", None, None
                    if self._job is None:
                        self._job = job
                continue
            except ValueError as problem:
                result, error = None, str(problem)
            except BaseException as failure:  # a bug: re-raised by wait_refined, never lost
                with self._state:
                    self._failure, self._settled = failure, True
                    self._state.notify_all()
                continue
            with self._state:
                if job.generation != self._generation:
                    continue  # newer settings are shown: never overwrite them
                if result is not None:
                    self._keep_full(job.picture, job.values, result)
                self._show(result, error, result is not None, job.picture)
                self._settled = True
                self._state.notify_all()

    def _worker_process(self) -> ProcessPoolExecutor:
        """The worker process computing full charts, started on first use (spawned: kernels run threads)."""
        with self._state:
            if self._pool is None:
                context = multiprocessing.get_context("spawn")
                self._pool_generation = context.RawValue("q", self._generation)
                self._pool = ProcessPoolExecutor(
                    1, mp_context=context, initializer=_start_worker, initargs=(self._pool_generation,)
                )
                weakref.finalize(self, _stop_worker, self._pool, self._pool_generation)
            return self._pool

    def close(self) -> None:
        """Stop the worker process, if one was started (a running refinement stops at its next step)."""
        with self._state:
            pool, shared, self._pool, self._pool_generation = self._pool, self._pool_generation, None, None
        if pool is not None:
            _stop_worker(pool, shared)

    def wait_refined(self, timeout: float | None = None) -> bool:
        """
        Wait until the full chart of the current settings is shown (or their error message).

        Parameters
        ----------
        timeout : float, optional
            Seconds to wait at most; ``None``: as long as it takes.

        Returns
        -------
        bool
            ``True`` when nothing more is coming for the current settings (``refined`` is then
            ``True``, or ``result`` is ``None`` and ``error`` says why); ``False`` after ``timeout``.

        Raises
        ------
        Exception
            Whatever unexpected error the background computation met.

        Examples
        --------
        >>> studio = ChartStudio()
        >>> studio.controls["raj"].value = 40
        >>> studio.wait_refined(timeout=60), studio.refined, studio.result.chart.raj_w
        (True, True, 40.0)
        """
        with self._state:
            self._hurry = True  # no need to wait for the controls to rest
            self._state.notify_all()
            done = self._state.wait_for(lambda: self._settled, timeout)
            failure, self._failure = self._failure, None
        if failure is not None:
            raise failure
        return done

    # --- the view --------------------------------------------------------------------------------

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
        picture = self._shown_picture or self._decoded(self.controls["picture"].value)
        if self.original.value != picture.png:
            self.original.value = picture.png
        self.preview.value = _png(preview_image(chart, SHOWN_PIXELS))
        colours = message(
            "studio.result.colours", colours=len(result.yarn), delta_e=f"{result.mean_delta_e:.2f}"
        )
        if self.refined:
            lines = [
                message(
                    "studio.result.size",
                    across=chart.knots_across,
                    rows=chart.rows,
                    width=f"{chart.width_cm:g}",
                    height=f"{chart.height_cm:.1f}",
                ),
                colours,
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
        else:
            full_across, full_rows = chart_size(chart.width_cm, chart.height_cm, self.controls["raj"].value)
            lines = [
                message(
                    "studio.result.preview",
                    across=chart.knots_across,
                    rows=chart.rows,
                    full_across=full_across,
                    full_rows=full_rows,
                ),
                colours,
                message("studio.result.preview_yarn"),
            ]
        self.summary.value = self.localised("<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>")
        head = "".join(
            f"<th style='padding:0 8px'>{message(f'studio.table.{key}')}</th>"
            for key in ("colour", "code", "knots", "grams")
        )
        rows = "".join(
            "<tr>"
            f"<td><span style='display:inline-block;width:2em;height:1em;background:{line.colour};"
            "border:1px solid #333'></span></td>"
            f"<td style='padding:0 8px'>{line.code}</td>"
            f"<td style='padding:0 8px;text-align:right'>{f'{line.knots:,}' if self.refined else '…'}</td>"
            f"<td style='padding:0 8px;text-align:right'>{f'{line.grams:,.1f}' if self.refined else '…'}</td>"
            "</tr>"
            for line in result.yarn
        )
        self.table.value = self.localised(f"<table><tr>{head}</tr>{rows}</table>")
        self.export_status.value = ""

    def _export(self, _button=None) -> None:
        self.wait_refined()
        with self._state:
            result = self.result if self.refined else None
        if result is None:
            return
        paths, _ = write_chart_files(result.chart, result.yarn, self.export_folder, lang=current_language())
        pdf = paths["chart.pdf"]
        self.export_status.value = message("studio.exported", path=html.escape(str(pdf.resolve())))
