"""
Benchmarks of farshlab.chart (plain script: ``.venv/bin/python benchmarks/bench_chart.py``).

Input: matplotlib's sample portrait ``grace_hopper.jpg`` (512 × 600 pixels, ships with matplotlib:
``matplotlib.cbook.get_sample_data``), so nothing is downloaded.

1. ``map_to_palette`` on a 1000 × 1500 knot photo (the portrait resized with Pillow's LANCZOS) against
   96 yarns of the example legend, versus colour-science's CIEDE2000 from every knot to every colour
   (chunks of 50,000 knots): the speed ratio, and whether the indices are identical (ties aside).
2. Palettes of 64 colours on the portrait at a 35 cm tableau's knot grid at 50 raj (250 × 293 knots):
   mean ΔE00 of every knot against its palette colour, k-means in Lab (+ exact remap) versus Pillow's
   median-cut quantiser (its own assignment, and remapped exactly), with the times.
3. ``farshlab chart`` end to end for a 50 × 70 cm tableau at 50 raj in 90 colours: the wall time.

Times depend on the machine and its load: the script prints the load average with the figures.
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import colour
import numpy as np
from matplotlib import cbook
from PIL import Image

from farshlab.chart import kmeans_colours, map_to_palette, mapping_error, median_cut_colours
from farshlab.colour import load_example_legend, srgb_to_lab
from farshlab.design import picture_to_knots

PHOTO = Path(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False))


def brute_force(knots: np.ndarray, palette: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """colour-science's ΔE00 from every knot to every colour, 50,000 knots at a time: argmin, gap."""
    lab = srgb_to_lab(knots.reshape(-1, 3))
    palette_lab = srgb_to_lab(palette)
    best = np.empty(len(lab), dtype=np.intp)
    gap = np.empty(len(lab))
    for start in range(0, len(lab), 50_000):
        table = colour.delta_E(lab[start : start + 50_000, None, :], palette_lab[None], method="CIE 2000")
        best[start : start + 50_000] = table.argmin(axis=1)
        two = np.partition(table, 1, axis=1)[:, :2]
        gap[start : start + 50_000] = two[:, 1] - two[:, 0]
    return best, gap


def bench_mapping() -> None:
    knots = np.asarray(Image.open(PHOTO).convert("RGB").resize((1000, 1500), Image.Resampling.LANCZOS))
    palette = load_example_legend().srgb[:96]
    for workers in (1, 2):
        start = time.perf_counter()
        found = map_to_palette(knots, palette, workers=workers)
        ours = time.perf_counter() - start
        print(f"  map_to_palette, {workers} thread(s): {ours:.2f} s")
        if workers == 1:
            ours_one = ours
    start = time.perf_counter()
    expected, gap = brute_force(knots, palette)
    theirs = time.perf_counter() - start
    differ = found.ravel() != expected
    print(f"  colour-science brute force (1.5 M knots × 96 colours): {theirs:.1f} s")
    print(f"  speed-up: {theirs / ours_one:.1f}× on 1 thread, {theirs / ours:.1f}× on 2 threads")
    print(
        f"  indices identical: {int((~differ).sum()):,} of {differ.size:,} knots; "
        f"the {int(differ.sum())} others are ties within {gap[differ].max() if differ.any() else 0:.1e} ΔE00"
    )


def _summary(error: np.ndarray) -> str:
    return f"mean ΔE00 {error.mean():.2f}, p95 {np.percentile(error, 95):.2f}"


def bench_palettes() -> None:
    knots = picture_to_knots(Image.open(PHOTO), 35, 35 * 600 / 512, 50)
    print(f"  knot grid {knots.shape[1]} × {knots.shape[0]}")
    for name, method in (
        ("k-means in Lab (farshlab)", kmeans_colours),
        ("Pillow median cut", median_cut_colours),
    ):
        start = time.perf_counter()
        palette = method(knots, 64)
        chosen = time.perf_counter() - start
        indices = map_to_palette(knots, palette)
        total = time.perf_counter() - start
        error = mapping_error(knots, palette, indices)
        times = f"palette {chosen:.2f} s, with remap {total:.2f} s"
        print(f"  {name:<28} {len(palette)} colours: {_summary(error)} ({times})")
    # Pillow's own RGB assignment (what a plain quantiser gives)
    start = time.perf_counter()
    image = Image.fromarray(knots).quantize(
        colors=64, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
    )
    own = time.perf_counter() - start
    own_palette = np.array(image.getpalette()[: 3 * 64], dtype=np.uint8).reshape(-1, 3)
    error = mapping_error(knots, own_palette, np.asarray(image).astype(np.intp))
    print(f"  {'Pillow median cut, own map':<28} 64 colours: {_summary(error)} ({own:.2f} s)")


def bench_command() -> None:
    with tempfile.TemporaryDirectory() as folder:
        command = [
            str(Path(sys.executable).with_name("farshlab")),
            "chart", str(PHOTO), "--width-cm", "50", "--height-cm", "70", "--raj", "50", "--colours", "90",
            "-o", folder,
        ]  # fmt: skip
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        pdf = Path(folder, "chart.pdf").stat().st_size / 1e6
    what = "farshlab chart, 50 × 70 cm at 50 raj (357 × 500 knots), 90 colours"
    print(f"  {what}: {wall:.1f} s wall, PDF {pdf:.1f} MB")


if __name__ == "__main__":
    np.set_printoptions(legacy=False)
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print("1. exact nearest colour, 1000 × 1500 knots, 96 colours")
    bench_mapping()
    print("2. palettes of 64 colours")
    bench_palettes()
    print("3. the command end to end")
    bench_command()
    print(f"load average after: {os.getloadavg()[0]:.2f}")
