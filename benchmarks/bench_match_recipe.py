"""
Benchmark of farshlab.dye.match_recipe (a plain script, not a test).

100 random in-gamut targets: for each, 3 dyes of the default (SYNTHETIC) set are drawn and a random
recipe of them (0.05–3 % owf each) is predicted in CIELAB (D65/10°); match_recipe must find a recipe
of the same 3 dyes within ΔE00 ≤ 0.3 for every target, with a median time ≤ 50 ms (issue 6).

For comparison the same targets go to a plain scipy.optimize.minimize baseline: L-BFGS-B minimising
ΔE00 directly over the 3 concentrations (bounds 0–4 % owf, finite-difference gradient) from a fixed
start of 0.5 % owf each. Also timed: match_recipe choosing the best 3 of all 6 dyes itself.

Run from the repository root:

    .venv/bin/python benchmarks/bench_match_recipe.py
"""

import time

import numpy as np
from scipy.optimize import minimize

from farshlab.colour import delta_e
from farshlab.dye import load_dye_set, match_recipe, predict_lab

TARGETS = 100
TOLERANCE = 0.3  # ΔE00
MEDIAN_LIMIT_MS = 50.0


def make_targets(dyes, rng):
    targets = []
    for _ in range(TARGETS):
        names = [str(n) for n in rng.choice(dyes.names, size=3, replace=False)]
        recipe = {name: float(rng.uniform(0.05, 3.0)) for name in names}
        targets.append((names, recipe, predict_lab(dyes, recipe)))
    return targets


def baseline(dyes, names, target):
    def objective(owf):
        return float(delta_e(target, predict_lab(dyes, dict(zip(names, np.maximum(owf, 0.0), strict=True)))))

    fit = minimize(objective, np.full(3, 0.5), method="L-BFGS-B", bounds=[(0.0, 4.0)] * 3)
    return fit.fun


def main() -> None:
    dyes = load_dye_set()
    targets = make_targets(dyes, np.random.default_rng(2024))
    match_recipe(dyes, targets[0][2], dyes=targets[0][0])  # warm the caches (weights, data)

    times, errors = [], []
    for names, _, target in targets:
        start = time.perf_counter()
        result = match_recipe(dyes, target, dyes=names)
        times.append(time.perf_counter() - start)
        errors.append(result.delta_e00)
    base_times, base_errors = [], []
    for names, _, target in targets:
        start = time.perf_counter()
        base_errors.append(baseline(dyes, names, target))
        base_times.append(time.perf_counter() - start)
    select_times, select_errors = [], []
    for _, _, target in targets[:20]:
        start = time.perf_counter()
        select_errors.append(match_recipe(dyes, target).delta_e00)
        select_times.append(time.perf_counter() - start)

    times_ms, base_ms = np.array(times) * 1000, np.array(base_times) * 1000
    errors, base_errors = np.array(errors), np.array(base_errors)
    print(f"farshlab.dye.match_recipe on {TARGETS} in-gamut targets of 3 SYNTHETIC dyes (D65/10°):")
    print(
        f"  ΔE00 max {errors.max():.2e}, median {np.median(errors):.2e}; "
        f"all ≤ {TOLERANCE}: {bool((errors <= TOLERANCE).all())}"
    )
    print(
        f"  time median {np.median(times_ms):.1f} ms, 90th percentile {np.percentile(times_ms, 90):.1f} ms, "
        f"max {times_ms.max():.1f} ms (limit: median ≤ {MEDIAN_LIMIT_MS:g} ms)"
    )
    print("baseline scipy.optimize.minimize (L-BFGS-B on ΔE00 from 0.5 % owf each):")
    print(
        f"  ΔE00 max {base_errors.max():.3f}, median {np.median(base_errors):.2e}; "
        f"targets within {TOLERANCE}: {int((base_errors <= TOLERANCE).sum())}/{TARGETS}"
    )
    print(f"  time median {np.median(base_ms):.1f} ms")
    print(f"ratio of median times, baseline / match_recipe: {np.median(base_ms) / np.median(times_ms):.1f}×")
    print(
        "match_recipe choosing 3 of 6 dyes itself (20 targets): "
        f"median {np.median(select_times) * 1000:.0f} ms, "
        f"ΔE00 max {max(select_errors):.2e}"
    )
    ok = (errors <= TOLERANCE).all() and np.median(times_ms) <= MEDIAN_LIMIT_MS
    print("TARGET MET" if ok else "TARGET NOT MET")


if __name__ == "__main__":
    main()
