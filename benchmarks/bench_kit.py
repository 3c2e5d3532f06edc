"""
A weaving kit as a workshop makes one: 50 × 70 cm at 50 raj in 60 colours (357 × 500 knots), each stage
timed, against the plain way of matching its colours one at a time.

Plain script: ``.venv/bin/python benchmarks/bench_kit.py [PHOTO] [--lang fa] [--no-baseline]``.

1. **The kit**: :func:`farshlab.kit.make_kit` (chart, recipes, lots, estimate) and
   :func:`farshlab.kit.write_kit_files` (kit.pdf, recipes.csv, chart file, legend, preview), with the
   time of every stage from the progress callback, the colours the dyer reaches, the metameric ones
   and how many sheets the PDF takes.
2. **The kit's promises, checked**: every ``recipe`` of ``recipes.csv`` fed to
   :func:`farshlab.dye.predict_lab` gives its ``predicted_*`` (largest ΔE00 printed, goal ≤ 0.05), and
   the grams of ``recipes.csv`` add up to the chart's yarn.
3. **Against the baseline** (skipped with ``--no-baseline``): the same targets matched one colour at a
   time by :func:`farshlab.dye.match_recipe` (the plain loop the kit replaces) — time, ratio, and the
   largest ΔE00 by which the kit's recipes differ from its (positive: the kit's is further, which
   the 4 decimals of % owf written can add on the palest shades); and the target curves recovered
   one colour at a time by colour-science's ``colour.XYZ_to_sd(method="Jakob 2019")``.

The photo defaults to matplotlib's ``grace_hopper.jpg`` (512 × 600 pixels); any photo can be given.
Times depend on the machine and its load: the load average is printed with them.
"""

from __future__ import annotations

import argparse
import csv
import os
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np
from matplotlib import cbook

from farshlab.colour import delta_e_ciede2000
from farshlab.dye import load_dye_set, match_recipe, predict_lab
from farshlab.kit import make_kit, parse_recipe_text
from farshlab.kit.recipes import match_colours
from farshlab.kit.recovery import recover_reflectance
from farshlab.printing.kit_files import write_kit_files

WIDTH_CM, HEIGHT_CM, RAJ, COLOURS = 50, 70, 50, 60
REPLAY_LIMIT = 0.05  # ΔE00


class Stages:
    """The progress callback: seconds spent in each stage."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.current, self.since = None, time.perf_counter()

    def __call__(self, fraction: float, stage: str) -> None:
        now = time.perf_counter()
        if self.current is not None:
            self.seconds[self.current] = self.seconds.get(self.current, 0.0) + now - self.since
        self.current, self.since = stage, now

    def line(self) -> str:
        return ", ".join(
            f"{stage} {seconds:.2f} s" for stage, seconds in self.seconds.items() if seconds >= 0.005
        )


def baseline(kit) -> None:
    """The kit's colours matched one by one by match_recipe, and their curves recovered by colour-science."""
    import colour

    targets = [recipe.target_lab for recipe in kit.recipes]
    start = time.perf_counter()
    alone = [match_recipe(kit.dye_set, target) for target in targets]
    loop = time.perf_counter() - start
    start = time.perf_counter()
    match_colours(kit.result.chart, kit.result.yarn, kit.dye_set)  # from scratch: nothing kept from before
    batch = time.perf_counter() - start
    differences = [r.delta_e00 - a.delta_e00 for r, a in zip(kit.recipes, alone, strict=True)]
    worse, better = max(0.0, max(differences)), max(0.0, -min(differences))
    print(f"baseline, match_recipe one colour at a time: {loop:.2f} s for {len(targets)} colours")
    print(f"  the kit's batch (recovery + matching + predictions): {batch:.2f} s; ratio {loop / batch:.1f}×")
    print(
        f"  ΔE00 kit − match_recipe: at most +{worse:.4f} (kit further), at most −{better:.4f} (kit nearer)"
    )
    print(f"  reachable: kit {kit.reachable_count}, match_recipe {sum(a.delta_e00 <= 2.0 for a in alone)}")
    srgb = np.array([[int(r.colour[i : i + 2], 16) for i in (1, 3, 5)] for r in kit.recipes], dtype=np.uint8)
    shape = colour.SpectralShape(400, 700, 10)
    cmfs = colour.MSDS_CMFS["CIE 1931 2 Degree Standard Observer"].copy().align(shape)
    light = colour.SDS_ILLUMINANTS["D65"].copy().align(shape)
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for xyz in colour.sRGB_to_XYZ(srgb / 255):
            colour.XYZ_to_sd(xyz, method="Jakob 2019", cmfs=cmfs, illuminant=light)
    one_by_one = time.perf_counter() - start
    start = time.perf_counter()
    recover_reflectance(srgb)
    ours = time.perf_counter() - start
    print(
        f"target curves: colour.XYZ_to_sd (Jakob 2019) one at a time {one_by_one:.2f} s, batch {ours:.3f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument(
        "photo",
        nargs="?",
        type=Path,
        default=Path(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)),
    )
    parser.add_argument("--lang", default="en")
    parser.add_argument("--no-baseline", action="store_true")
    args = parser.parse_args()
    print(f"photo {args.photo}; load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    stages = Stages()
    start = time.perf_counter()
    kit = make_kit(args.photo, WIDTH_CM, RAJ, height_cm=HEIGHT_CM, colours=COLOURS, progress=stages)
    made = time.perf_counter() - start
    stages(1.0, "done")
    chart = kit.result.chart
    print(
        f"make_kit: {made:.2f} s for {chart.knots_across} × {chart.rows} knots in {len(kit.recipes)} colours "
        f"({stages.line()})"
    )
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        paths, pdf = write_kit_files(kit, folder, lang=args.lang)
        written = time.perf_counter() - start
        print(f"write_kit_files: {written:.2f} s; kit.pdf {pdf.total_pages} sheets {pdf.pages}")
        print(f"total: {made + written:.2f} s")
        with open(paths["recipes.csv"], newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
    dyes = load_dye_set()
    replay = max(
        float(
            delta_e_ciede2000(
                predict_lab(dyes, parse_recipe_text(row["recipe"])),
                [float(row[f"predicted_{c}"]) for c in "Lab"],
            )
        )
        for row in rows
    )
    grams = sum(float(row["yarn_grams"]) for row in rows)
    print(
        f"reachable {kit.reachable_count} of {len(kit.recipes)} (ΔE00 ≤ 2.0), "
        f"metameric {kit.metameric_count}; {kit.total_lots} lots; {kit.estimate.weaving_days} days, "
        f"{kit.estimate.total_rial:,.0f} rial"
    )
    print(
        f"recipes.csv replays: largest ΔE00 {replay:.2e} (limit {REPLAY_LIMIT}); grams {grams:.3f} "
        f"= chart {kit.result.yarn.total_grams:.3f}"
    )
    print(
        "CHECKS MET"
        if replay <= REPLAY_LIMIT and abs(grams - kit.result.yarn.total_grams) < 0.01
        else "FAILED"
    )
    if not args.no_baseline:
        baseline(kit)


if __name__ == "__main__":
    main()
