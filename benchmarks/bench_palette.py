"""
Palettes on real photos: farshlab's k-means against scikit-learn's, time and ΔE00 on the same knots.

Plain script: ``.venv/bin/python benchmarks/bench_palette.py [--quick] [--sizes small,large]
[--photos grace_hopper,china,...]``. Needs scikit-learn; scikit-image adds four photos (both are
benchmark-only dependencies, nothing is downloaded).

Photos: ``grace_hopper.jpg`` (matplotlib's sample data), ``china.jpg`` and ``flower.jpg`` (shipped with
scikit-learn), and, when scikit-image is installed, its bundled ``astronaut``, ``chelsea``, ``coffee``
and ``rocket``. Knots are made as a workshop makes them, with ``farshlab.design.picture_to_knots``:

- **small**: a 35 cm wide tableau at 50 raj (250 knots across, rows by the photo's proportions), 48
  colours;
- **large**: 150 × 100 cm at 60 raj (1286 × 857 knots, the photo scaled up), 120 colours.

For each, three ways of choosing the colours and giving every knot one:

(a) **farshlab**: ``make_palette(knots, colours=K)`` then the exact ΔE00 mapping ``map_to_palette``;
(b) **the anchor**: scikit-learn ``KMeans(n_clusters=K, random_state=0)`` with its defaults (k-means++,
    ``n_init="auto"``, i.e. one run, Lloyd to convergence) on every knot's CIELAB, the centres rounded
    to 8-bit sRGB, then the same exact ΔE00 mapping;
(c) **Tavoos Baft's method**: scikit-learn ``KMeans`` on the knots' RGB with each knot given its own
    cluster's colour (``benchmarks/tavoos_baft.py``'s ``kmeans_rgb``), no ΔE00 search.

Error = CIEDE2000 of each knot against the colour it was given (``mapping_error``): the mean and the
95th percentile. Times are the palette **and** the mapping (wall clock, median of 3 runs, the three
methods alternating so that load changes hit all alike); (a) and (b) share the mapping, so a faster
mapping shortens both. Imports happen before any timing (scikit-learn's, and scipy.spatial's for
farshlab's k-means, about 0.5 s, which every ``farshlab chart`` command pays once). The goals:
farshlab's mean **and** p95 at most the anchor's and Tavoos Baft's on every photo, and its time at
most half the anchor's (ratio ≥ 2). For reference the small size also times the anchor fitted on
the distinct colours with their knot counts as ``sample_weight`` (the same objective, fewer points).

Times depend on the machine and its load (scikit-learn's k-means runs on all cores, farshlab's on
one, its mapping on two):
the script prints the load average with the figures. A full run takes about half an hour, mostly
the anchor and Tavoos Baft at the large size; ``--quick`` runs each once.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np
from matplotlib import cbook
from PIL import Image
from sklearn.cluster import KMeans
from sklearn.datasets import load_sample_image

from farshlab.chart import make_palette, map_to_palette, mapping_error
from farshlab.colour import lab_to_srgb, srgb_to_lab
from farshlab.design import picture_to_knots

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tavoos_baft import kmeans_rgb  # noqa: E402  (the script beside this one)

SIZES = {
    "small": {"width_cm": 35.0, "height_cm": None, "raj": 50, "colours": 48},
    "large": {"width_cm": 150.0, "height_cm": 100.0, "raj": 60, "colours": 120},
}


def photos() -> dict[str, Image.Image]:
    """The real photos available offline: matplotlib's, scikit-learn's, and scikit-image's if installed."""
    found = {
        "grace_hopper": Image.open(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)),
        "china": Image.fromarray(load_sample_image("china.jpg")),
        "flower": Image.fromarray(load_sample_image("flower.jpg")),
    }
    try:
        from skimage import data
    except ImportError:
        print("  (scikit-image not installed: astronaut, chelsea, coffee and rocket left out)")
        return found
    for name in ("astronaut", "chelsea", "coffee", "rocket"):
        found[name] = Image.fromarray(getattr(data, name)())
    return found


def knots_of(photo: Image.Image, width_cm: float, height_cm: float | None, raj: float) -> np.ndarray:
    if height_cm is None:
        height_cm = width_cm * photo.height / photo.width
    return picture_to_knots(photo, width_cm, height_cm, raj)


def farshlab_method(knots: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    palette = make_palette(knots, colours=k).srgb
    return palette, map_to_palette(knots, palette)


def _centres_to_srgb(lab_centres: np.ndarray) -> np.ndarray:
    return np.round(lab_to_srgb(lab_centres) * 255).astype(np.uint8)


def anchor_method(knots: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    lab = srgb_to_lab(knots.reshape(-1, 3))
    palette = _centres_to_srgb(KMeans(n_clusters=k, random_state=0).fit(lab).cluster_centers_)
    return palette, map_to_palette(knots, palette)


def weighted_anchor_method(knots: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    colours, counts = np.unique(knots.reshape(-1, 3), axis=0, return_counts=True)
    model = KMeans(n_clusters=k, random_state=0).fit(srgb_to_lab(colours), sample_weight=counts)
    palette = _centres_to_srgb(model.cluster_centers_)
    return palette, map_to_palette(knots, palette)


def tavoos_baft_method(knots: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    return kmeans_rgb(knots, k)


def measure(methods: dict, knots: np.ndarray, k: int, repeats: int) -> dict[str, tuple[float, float, float]]:
    """name → (median seconds, mean ΔE00, p95 ΔE00); the methods alternate run by run."""
    times = {name: [] for name in methods}
    results = {}
    for _ in range(repeats):
        for name, method in methods.items():
            start = time.perf_counter()
            results[name] = method(knots, k)
            times[name].append(time.perf_counter() - start)
    figures = {}
    for name, (palette, indices) in results.items():
        error = mapping_error(knots, palette, indices)
        figures[name] = (statistics.median(times[name]), float(error.mean()), float(np.percentile(error, 95)))
    return figures


def bench(size: str, pictures: dict[str, Image.Image], repeats: int) -> bool:
    spec = SIZES[size]
    k = spec["colours"]
    methods = {"farshlab": farshlab_method, "anchor": anchor_method, "tavoos_baft": tavoos_baft_method}
    if size == "small":
        methods["anchor_weighted"] = weighted_anchor_method
    header = (
        f"  {'photo':<13}{'knots':>11}  {'farshlab s / mean / p95':>24}  {'anchor s / mean / p95':>24}  "
        f"{'Tavoos Baft s / mean / p95':>27}  {'anchor/ours':>11}  bounds"
    )
    if size == "small":
        header += "  (anchor weighted s)"
    print(header)
    all_met = True
    for name, photo in pictures.items():
        knots = knots_of(photo, spec["width_cm"], spec["height_cm"], spec["raj"])
        figures = measure(methods, knots, k, repeats)
        ours, anchor, tavoos = figures["farshlab"], figures["anchor"], figures["tavoos_baft"]
        met = all(ours[i] <= min(anchor[i], tavoos[i]) for i in (1, 2))
        ratio = anchor[0] / ours[0]
        all_met &= met and ratio >= 2
        cells = [
            f"{f'{t:.2f} / {m:.3f} / {p:.2f}':>{w}}"
            for (t, m, p), w in ((ours, 24), (anchor, 24), (tavoos, 27))
        ]
        grid = f"{knots.shape[1]} × {knots.shape[0]}"
        line = f"  {name:<13}{grid:>11}  {'  '.join(cells)}  {ratio:>10.1f}×  {'met' if met else 'NOT met'}"
        if size == "small":
            line += f"  ({figures['anchor_weighted'][0]:.2f})"
        print(line, flush=True)
    return all_met


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--quick", action="store_true", help="one run of each instead of the median of 3")
    parser.add_argument("--sizes", default="small,large", help="small, large or both (default)")
    parser.add_argument("--photos", default=None, help="comma-separated photo names (default: all found)")
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    pictures = photos()
    if args.photos:
        pictures = {name: pictures[name] for name in args.photos.split(",")}
    repeats = 1 if args.quick else 3
    verdicts = []
    for size in args.sizes.split(","):
        spec = SIZES[size]
        where = f"{spec['width_cm']:g} cm wide at {spec['raj']} raj, {spec['colours']} colours"
        print(f"{size}: {where}; times: palette + mapping, median of {repeats}; errors: ΔE00")
        verdicts.append(bench(size, pictures, repeats))
    print(f"goals (mean and p95 ≤ both baselines, time ≤ half the anchor's) on every photo: "
          f"{'met' if all(verdicts) else 'NOT all met'}")  # fmt: skip
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
