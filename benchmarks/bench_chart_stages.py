"""
Time and peak memory of each stage of photo → chart at workshop scale (plain script).

``.venv/bin/python benchmarks/bench_chart_stages.py [--sizes 0.1,1.1,6] [--stages map_to,yarn,…]``

Sizes, in millions of knots: ``0.1`` (387 × 258 knots), ``1.1`` (1286 × 857: 150 × 100 cm at
60 raj) and ``6`` (2000 × 3000: 200 × 300 cm at 70 raj). The knots are matplotlib's sample portrait
``grace_hopper.jpg`` (512 × 600, ships with matplotlib) resized with Pillow's LANCZOS to the knot
grid; the "photo" scaled by ``picture_to_knots`` is the portrait resized to twice the knots. The
palette is the 103 yarns of the example legend plus 17 mixtures of two of them: 120 colours.

Every stage runs once in a process of its own, after its inputs are made: its time (wall clock)
and its peak memory — how far the process's resident memory rose above what it held before the
stage (Linux's high-water mark ``VmHWM``, reset first through ``/proc/self/clear_refs``, once
glibc's ``malloc_trim`` gave back the memory freed while making the inputs), so NumPy arrays,
Python objects and the stage's result all count. The palette choice and the PDF
are not measured here (their own benchmarks). Times depend on the machine and its load: the
script prints the load average.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from matplotlib import cbook
from PIL import Image

PHOTO = Path(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False))
SIZES = {"0.1": (387, 258), "1.1": (1286, 857), "6": (2000, 3000)}
"""Knot grids ``(knots_across, rows)`` by millions of knots."""


def _inputs(across: int, rows: int) -> dict:
    from farshlab.chart import Chart, map_to_palette
    from farshlab.colour import Yarn, YarnLegend, load_example_legend, srgb_to_hex

    portrait = Image.open(PHOTO).convert("RGB")
    knots = np.asarray(portrait.resize((across, rows), Image.Resampling.LANCZOS))[::-1].copy()
    photo = np.asarray(portrait.resize((2 * across, 2 * rows), Image.Resampling.LANCZOS))
    example = load_example_legend().srgb
    mixtures = ((example[:17].astype(np.uint16) + example[50:67]) // 2).astype(np.uint8)
    palette = np.concatenate([example, mixtures])[:120]
    hexes = srgb_to_hex(palette)
    legend = YarnLegend([Yarn(code, f"Yarn {code}", hexes[code - 1]) for code in range(1, 121)])
    indices = map_to_palette(knots, palette)
    codes = legend.codes[indices]
    chart = Chart(codes, legend, width_cm=across * 7 / 60, height_cm=rows * 7 / 60, raj_w=60)
    return {
        "photo": photo,
        "knots": knots,
        "palette": palette,
        "legend": legend,
        "indices": indices,
        "codes": codes,
        "chart": chart,
    }


def _stages(inputs: dict, folder: Path) -> dict:
    from farshlab.chart import (
        Chart,
        clean_chart,
        dither_to_palette,
        layer_lists,
        load_chart,
        map_to_palette,
        mapping_error,
        numbered_grid,
        row_layers,
        run_length_calls,
        save_chart,
        yarn_table,
    )
    from farshlab.chart import dither as dither_module
    from farshlab.design import picture_to_knots

    knots, palette, legend, codes, chart = (
        inputs[k] for k in ("knots", "palette", "legend", "codes", "chart")
    )
    saved = folder / "bench.farshchart"

    def scale():
        rows, across = codes.shape
        return picture_to_knots(inputs["photo"], across * 7 / 60, rows * 7 / 60, 60)

    def dither():
        dither_module._TABLES.clear()  # every run builds its look-up table
        return dither_to_palette(knots, palette)

    return {
        "picture_to_knots": scale,
        "map_to_palette": lambda: map_to_palette(knots, palette),
        "mapping_error": lambda: mapping_error(knots, palette, inputs["indices"]),
        "yarn_table": lambda: yarn_table(codes, legend, nm=6, ply=2, waste_percent=10),
        "clean_chart (min_run 2)": lambda: clean_chart(codes, legend, min_run=2),
        "dither_to_palette": dither,
        "layer_lists": lambda: layer_lists(codes),
        "run_length_calls": lambda: run_length_calls(codes),
        "row_layers (every row)": lambda: [row_layers(row) for row in codes],
        "numbered_grid": lambda: numbered_grid(codes),
        "Chart(...)": lambda: Chart(codes, legend, chart.width_cm, chart.height_cm, 60, title="bench"),
        "save_chart": lambda: save_chart(chart, saved),
        "load_chart": lambda: load_chart(saved),
    }


def _resident_kb(field: str) -> int:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith(field + ":"))


def run_stage(size: str, name: str) -> None:
    """One stage at one size, in this process: prints its table row."""
    across, rows = SIZES[size]
    inputs = _inputs(across, rows)
    with tempfile.TemporaryDirectory() as folder:
        stages = _stages(inputs, Path(folder))
        if name == "load_chart":
            stages["save_chart"]()
        gc.collect()
        ctypes.CDLL("libc.so.6").malloc_trim(0)
        with open("/proc/self/clear_refs", "w") as clear:
            clear.write("5")  # the high-water mark starts again from the memory held now
        before = _resident_kb("VmRSS")
        start = time.perf_counter()
        result = stages[name]()
        seconds = time.perf_counter() - start
        peak = _resident_kb("VmHWM") - before
        del result
    print(f"| {name:<24} | {size:>4} M | {seconds:8.2f} | {peak / 1e3:9.1f} |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="0.1,1.1,6", help="millions of knots: 0.1, 1.1, 6")
    parser.add_argument("--stages", default=None, help="names (or beginnings) of stages, comma separated")
    parser.add_argument("--one", nargs=2, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        run_stage(*args.one)
        return
    import farshlab

    where = Path(farshlab.__file__).parent
    print(f"farshlab from {where}; load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print("| stage                    | knots  | time (s) | peak (MB) |")
    print("|--------------------------|--------|----------|-----------|", flush=True)
    names = list(_stages(dict.fromkeys(("photo", "knots", "palette", "legend", "codes", "chart")), Path()))
    if args.stages:
        names = [name for name in names if any(name.startswith(w) for w in args.stages.split(","))]
    for size in args.sizes.split(","):
        if size not in SIZES:
            raise SystemExit(f"--sizes must be among {', '.join(SIZES)}, got {size!r}")
        for name in names:
            subprocess.run([sys.executable, __file__, "--one", size, name], check=True)


if __name__ == "__main__":
    main()
