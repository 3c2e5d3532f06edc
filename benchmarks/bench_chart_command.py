"""
The whole ``farshlab chart`` command as a workshop runs it, each run its own process: wall time and peak
memory (the process's largest resident set, from ``os.wait4``), PDF included.

Plain script: ``.venv/bin/python benchmarks/bench_chart_command.py [--quick]``.

1. **A 35 cm tableau** (grace_hopper.jpg, 35 cm at 50 raj, 48 colours: 250 × 293 knots): ``farshlab chart``
   against the Tavoos Baft pipeline as re-written in ``benchmarks/tavoos_baft.py`` (k-means on RGB,
   a chart picture with a number in every cell, no PDF), both as processes in the same run, median of 3;
   prints the ratio (goal: farshlab no slower).
2. **A 150 × 100 cm tableau at 60 raj in 120 colours** (1286 × 857 knots): time and peak memory (goal
   ≤ 30 s and ≤ 2 GB), English and Persian pages.
3. **How time and memory grow** with the knots, from 0.1 M to 6 M (the last one a 200 × 300 cm
   tableau at 70 raj, 2,000 × 3,000 knots), 120 colours, English pages: one run each.

``--quick`` runs 1 once and 3 up to 1.1 M knots. Times depend on the machine and its load: the load
average is printed with the figures. The photo (512 × 600 pixels) ships with matplotlib; a chart with
more knots than pixels scales it up, which is what a workshop does with a small photo too.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from matplotlib import cbook

PHOTO = Path(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False))
HERE = Path(__file__).resolve().parent
FARSHLAB = [sys.executable, "-m", "farshlab.cli"]


def run(command: list[str]) -> tuple[float, float]:
    """Run ``command`` as a process: (wall seconds, peak resident memory in MB). Fails loudly."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    out, err = process.stdout.read().decode(), process.stderr.read().decode()
    process.stdout.close()
    process.stderr.close()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{out}\n{err}")
    return elapsed, usage.ru_maxrss / 1024


def chart(width_cm: float, raj: float, colours: int, out: Path, height_cm=None, lang="en") -> list[str]:
    command = [*FARSHLAB, "chart", str(PHOTO), "--width-cm", f"{width_cm:g}", "--raj", f"{raj:g}",
               "--colours", str(colours), "--lang", lang, "-o", str(out)]  # fmt: skip
    if height_cm is not None:
        command += ["--height-cm", f"{height_cm:g}"]
    return command


def tavoos_baft(out: Path) -> list[str]:
    return [sys.executable, str(HERE / "tavoos_baft.py"), str(PHOTO), "--width-cm", "35", "--raj", "50",
            "--colours", "48", "-o", str(out)]  # fmt: skip


def small(folder: Path, repeats: int) -> None:
    ours, theirs = [], []
    for i in range(repeats):  # alternate, so that load changes hit both alike
        theirs.append(run(tavoos_baft(folder / f"tb{i}"))[0])
        ours.append(run(chart(35, 50, 48, folder / f"fl{i}"))[0])
    o, t = statistics.median(ours), statistics.median(theirs)
    print(f"  farshlab chart (PDF included): {o:.2f} s   (runs: {', '.join(f'{x:.2f}' for x in ours)})")
    print(f"  Tavoos Baft pipeline (no PDF): {t:.2f} s   (runs: {', '.join(f'{x:.2f}' for x in theirs)})")
    print(f"  ratio Tavoos Baft / farshlab: {t / o:.2f}  ({'goal met' if o <= t else 'goal NOT met'}: ≥ 1)")


def large(folder: Path) -> None:
    for lang in ("en", "fa"):
        seconds, mb = run(chart(150, 60, 120, folder / f"large-{lang}", height_cm=100, lang=lang))
        pages = _pages(folder / f"large-{lang}" / "chart.pdf")
        verdict = "goal met" if seconds <= 30 and mb <= 2048 else "goal NOT met"
        print(f"  150 × 100 cm, 60 raj, 120 colours, {lang} pages: {seconds:.1f} s, {mb:,.0f} MB peak, "
              f"{pages:,} pages ({verdict}: ≤ 30 s, ≤ 2,048 MB)")  # fmt: skip


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=False).stdout
    for line in info.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return -1


# (width cm, height cm, raj) → about 0.1, 0.5, 1.1, 2.5 and 6 M knots
GROWTH = [(44, 33, 50), (100, 70, 50), (150, 100, 60), (200, 175, 70), (200, 300, 70)]


def growth(folder: Path, quick: bool) -> None:
    print(f"  {'knots':>11}  {'size':>15}  {'seconds':>8}  {'MB peak':>8}  {'µs/knot':>8}  {'pages':>6}")
    for width, height, raj in GROWTH[:3] if quick else GROWTH:
        across, rows = round(raj * width / 7), round(raj * height / 7)
        out = folder / f"grow-{width}x{height}"
        seconds, mb = run(chart(width, raj, 120, out, height_cm=height))
        knots = across * rows
        print(f"  {knots:>11,}  {f'{width} × {height} cm':>15}  {seconds:>8.1f}  {mb:>8,.0f}  "
              f"{1e6 * seconds / knots:>8.2f}  {_pages(out / 'chart.pdf'):>6,}")  # fmt: skip


def main() -> None:
    quick = "--quick" in sys.argv
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print("1. A 35 cm tableau at 50 raj, 48 colours (250 × 293 knots), whole processes, median of 3")
        small(folder, 1 if quick else 3)
        if not quick:
            print("2. A 150 × 100 cm tableau")
            large(folder)
        print("3. Time and memory against the knots (120 colours, English pages)")
        growth(folder, quick)
    print(f"load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
