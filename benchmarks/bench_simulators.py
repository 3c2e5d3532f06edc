"""
Benchmark of the simulators' updates (a plain script, not a test): issue 20 asks ≤ 100 ms p95.

In process: for each simulator, its first numeric slider is moved 20 times (ten steps up from
the starting value, then ten back down, each a change the model sees) by setting ``.value``, as
a trainee's hand does; each move is timed from the assignment until the call returns, when the
model has run and the view's widgets hold the new result. Chart Studio answers a move with a
true chart of the new settings at preview size and refines it afterwards by itself: its table
shows the preview's time, and the time until the refined chart is there.

In the browser (``--browser``): a notebook showing the five simulators is opened in JupyterLab
(Chromium driven by Playwright, as the browser tests do); the same slider is focused and moved
with the arrow keys, one step a move, 20 moves, each waiting for its answer. A move is timed in
the page from the key press (``keydown``) to the first change of the simulator's picture (the
``src`` of an image in its view; the Colour Matcher, which has no picture, to the first change
of its view).

The baseline, timed in the same run over the same moves: what an update cost before (the
simulator's model, then a new matplotlib figure saved with a tight bounding box; for Chart Studio
the whole chart), printed as "old p95" with the ratio to today's p95.

Run from the repository root:

    .venv/bin/python benchmarks/bench_simulators.py [--browser]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import ipywidgets as widgets
import numpy as np
from matplotlib.figure import Figure

from farshlab.chart import picture_to_chart
from farshlab.chart.outputs import preview_image
from farshlab.dye import WAVELENGTHS_NM
from farshlab.plotting import figure_to_png, grid_png
from farshlab.plotting.dye import dye_curves_figure
from farshlab.widgets.chart_studio import SAMPLE_PICTURE, ChartStudio
from farshlab.widgets.colour_matcher import ColourMatcher
from farshlab.widgets.dye_lab import DyeLab
from farshlab.widgets.loom_planner import LoomPlanner, draw_loom
from farshlab.widgets.symmetry_designer import SymmetryDesigner

MOVES = 20
LIMIT_MS = 100.0
SLIDERS = (widgets.FloatSlider, widgets.IntSlider)
#: the simulator and its first numeric slider (the one moved)
SIMULATORS = {
    "Chart Studio": (ChartStudio, "width_cm"),
    "Dye Lab": (DyeLab, None),  # None: the first slider, a dye's amount
    "Loom Planner": (LoomPlanner, "raj_w"),
    "Symmetry Designer": (SymmetryDesigner, "repeats"),
    "Colour Matcher": (ColourMatcher, "count"),
}


def first_slider(sim, name):
    if name is not None:
        return name, sim.controls[name]
    return next((n, c) for n, c in sim.controls.items() if isinstance(c, SLIDERS))


def moves(control) -> list:
    """Twenty values that each differ from the one before: steps up from the start, then down."""
    step = control.step or 1
    room_up = int((control.max - control.value) / step)
    up = min(MOVES // 2, room_up) if room_up > 0 else 0
    values = [control.value + step * k for k in range(1, up + 1)]
    while len(values) < MOVES:
        previous = values[-1] if values else control.value
        low = previous - step
        values.append(low if low >= control.min else previous + step)
    return values


def _old_loom(sim, result) -> bytes:
    figure = Figure(figsize=(5, 5.5))
    draw_loom(figure.add_subplot(), result)
    return figure_to_png(figure)


def _old_dye_lab(sim, result) -> bytes:
    trial = result.trial
    curves = {
        "substrate": (sim.dye_set.substrate_reflectance, "#b0a890", ":"),
        result.target: (trial.standard_reflectance, trial.standard_hex, "--"),
        "trial": (trial.reflectance, trial.hex),
    }
    return figure_to_png(dye_curves_figure(WAVELENGTHS_NM, curves))


def _old_designer(sim, result) -> bytes:
    return grid_png(result.design, sim.legend, width_inches=5.0)


def _old_chart_studio(sim, _result) -> bytes:
    values = sim.values()
    chart = picture_to_chart(
        SAMPLE_PICTURE,
        values["width_cm"],
        values["raj"],
        colours=values["colours"],
        palette_method=values["method"],
        dither=values["dither"],
        clean=values["clean"] or None,
    )
    return preview_image(chart.chart, 360).tobytes()


#: the baseline: what each update cost before issue 20 — the full model and a new matplotlib
#: figure saved with a tight bounding box (Chart Studio: the whole chart, no preview)
OLD_VIEWS = {
    "Chart Studio": _old_chart_studio,
    "Dye Lab": _old_dye_lab,
    "Loom Planner": _old_loom,
    "Symmetry Designer": _old_designer,
}


def baseline() -> dict[str, float]:
    """p95 ms of the old way, over the same moves: the simulator's model, then the old drawing."""
    results = {}
    for label, old_view in OLD_VIEWS.items():
        cls, name = SIMULATORS[label]
        sim = cls()
        if hasattr(sim, "wait_refined"):
            sim.wait_refined()
        _key, control = first_slider(sim, name)
        times = []
        for value in moves(control):
            with control.hold_trait_notifications():
                control.unobserve_all()  # the new view is not drawn: only the old way is timed
                control.value = value
            started = time.perf_counter()
            if label == "Chart Studio":
                old_view(sim, None)
            else:
                old_view(sim, sim.model(**sim.values()))
            times.append(time.perf_counter() - started)
        results[label] = _figures(times)[0]
        if hasattr(sim, "close"):
            sim.close()
    return results


def _refined_after(sim, limit_s: float = 120.0) -> float | None:
    """Seconds until a Chart Studio shows its full chart by itself (polled, nobody waits on it)."""
    if not hasattr(sim, "refined"):
        return None
    started = time.perf_counter()
    while not sim.refined and time.perf_counter() - started < limit_s:
        time.sleep(0.005)
    return time.perf_counter() - started


def in_process() -> dict[str, tuple]:
    results = {}
    for label, (cls, name) in SIMULATORS.items():
        sim = cls()
        if hasattr(sim, "wait_refined"):
            sim.wait_refined()
        key, control = first_slider(sim, name)
        times, refined = [], []
        for value in moves(control):
            before = sim.result
            started = time.perf_counter()
            control.value = value
            times.append(time.perf_counter() - started)
            assert sim.result is not before, f"{label}: moving {key} to {value} did not give a new result"
            after = _refined_after(sim)
            if after is not None:
                refined.append(times[-1] + after)
        results[label] = (key, *_figures(times), *(_figures(refined) if refined else ()))
        if hasattr(sim, "close"):
            sim.close()
    return results


def _figures(seconds) -> tuple[float, float]:
    """p95 and median, in ms."""
    return float(np.percentile(seconds, 95)) * 1000, float(np.median(seconds)) * 1000


#: installed in the page: key press time; the first change after it of the simulator's picture
#: (mode "picture") or of anything in its output but the moved slider (mode "view"); and, with a
#: marker, when the output's text no longer holds it (Chart Studio's "Preview:" gone: refined)
OBSERVE = """
([index, mode, marker]) => {
  const output = document.querySelectorAll('.jp-CodeCell .jp-OutputArea-output')[index];
  const moved = output.querySelector('[data-bench-moved]');
  window.__bench = {key: 0, change: 0, refined: 0};
  document.addEventListener('keydown', () => {
    window.__bench = {key: performance.now(), change: 0, refined: 0};
  }, true);
  new MutationObserver((mutations) => {
    const bench = window.__bench;
    if (!bench.key) return;
    const now = performance.now();
    if (!bench.change && mutations.some(m => !moved.contains(m.target)
        && (mode === 'view' || (m.target.tagName === 'IMG' && m.attributeName === 'src')))) {
      bench.change = now;
    }
    if (marker && bench.change && !bench.refined && !output.textContent.includes(marker)) {
      bench.refined = now;
    }
  }).observe(output, {attributes: true, childList: true, characterData: true, subtree: true});
}
"""


def in_browser() -> dict[str, tuple]:
    """Move each simulator's slider in JupyterLab; p95 and median ms from key press to new picture."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    import nbformat
    from browser.conftest import (
        CHROMIUM,
        CHROMIUM_ARGS,
        jupyter_env,
        lab_command,
        run_all,
        run_server,
        wait_idle,
    )
    from playwright.sync_api import sync_playwright

    from farshlab.locale import message

    # Chart Studio's preview often looks like the last one (the same photo at the same few knots):
    # its answer is the new summary; its refined chart is timed until the preview notice goes
    preview_marker = message("studio.result.preview", across=0, rows=0, full_across=0, full_rows=0)
    preview_marker = preview_marker.split("(")[0].strip()
    labels, cells = {}, []
    for label, (cls, name) in SIMULATORS.items():
        sim = cls()
        key, control = first_slider(sim, name)
        mode, marker = ("view", preview_marker) if cls is ChartStudio else ("picture", "")
        if not any(isinstance(w, widgets.Image) for w in vars(sim).values()):
            mode = "view"  # the Colour Matcher shows swatches, not a picture
        labels[label] = (key, control.description, moves(control), control.value, mode, marker)
        if hasattr(sim, "close"):
            sim.close()
        source = f"from {cls.__module__} import {cls.__name__}\n{cls.__name__}()"
        cells.append(nbformat.v4.new_code_cell(source))
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        kernel = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
        notebook = nbformat.v4.new_notebook(cells=cells, metadata={"kernelspec": kernel})
        nbformat.write(notebook, folder / "simulators.ipynb")
        env = jupyter_env(folder / "jupyter")
        with (
            run_server(lab_command(), folder, env, folder / "lab.log", "/api/status") as lab,
            sync_playwright() as playwright,
        ):
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
            page.set_default_timeout(60_000)
            page.goto(lab.page_url("/lab/tree/simulators.ipynb"))
            page.wait_for_selector(".jp-Notebook")
            run_all(page)
            for index, (label, (key, description, values, start, mode, marker)) in enumerate(labels.items()):
                output = page.locator(".jp-CodeCell .jp-OutputArea-output").nth(index)
                if marker:  # start from the refined chart
                    page.wait_for_function(f"!document.body.textContent.includes({marker!r})")
                slider = output.locator(".widget-slider", has_text=description).first
                slider.scroll_into_view_if_needed()
                slider.locator(".noUi-handle").first.click()
                slider.evaluate("element => element.setAttribute('data-bench-moved', '')")
                page.evaluate(OBSERVE, [index, mode, marker])
                times, refined, previous = [], [], start
                for value in values:
                    page.keyboard.press("ArrowRight" if value > previous else "ArrowLeft")
                    page.wait_for_function("window.__bench.change > 0", timeout=60_000)
                    if marker:
                        page.wait_for_function("window.__bench.refined > 0", timeout=120_000)
                    bench = page.evaluate("window.__bench")
                    times.append((bench["change"] - bench["key"]) / 1000)
                    if marker:
                        refined.append((bench["refined"] - bench["key"]) / 1000)
                    previous = value
                    wait_idle(page)  # this move's whole answer is in: no queue builds up
                results[label] = (key, *_figures(times), *(_figures(refined) if refined else ()))
            browser.close()
    return results


def _table(title: str, results, old=None) -> None:
    print(title)
    header = f"{'simulator':<20}{'slider':<26}{'p95 ms':>8}{'median ms':>11}  verdict "
    header += f"{'old p95 ms':>12}{'ratio':>8}  refined p95 / median ms"
    print(header)
    for label, (key, p95, median, *refined) in results.items():
        verdict = "ok" if p95 <= LIMIT_MS else "SLOW"
        before = "" if not old or label not in old else f"{old[label]:>12.0f}{old[label] / p95:>7.1f}x"
        full = f"{refined[0]:.0f} / {refined[1]:.0f}" if refined else ""
        print(f"{label:<20}{key:<26}{p95:>8.0f}{median:>11.0f}  {verdict:<8}{before:<20}  {full}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--browser", action="store_true", help="also time updates in JupyterLab (Chromium)")
    args = parser.parse_args()
    old = baseline()
    _table(
        f"in process: {MOVES} moves of the first numeric slider (target p95 <= {LIMIT_MS:g} ms); "
        "old: the model and a new figure per move (before issue 20), same moves, same run",
        in_process(),
        old,
    )
    if args.browser:
        print()
        _table(f"in JupyterLab (Chromium): key press to new picture, {MOVES} moves", in_browser())


if __name__ == "__main__":
    main()
