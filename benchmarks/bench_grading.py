"""
Benchmark: ``farshlab grade`` against ``nbgrader autograde --force`` on 40 submissions.

Builds the course once, makes 40 submissions of ``a01_knots_and_sizes`` from its four sample
notebooks (each varied: a trainee's own extra cell, so no two files are identical), copies the
course twice and grades one copy with each tool, in one run, on the same machine:

* ``nbgrader autograde a01_knots_and_sizes --force`` — one process for all students, run in the
  course folder (nbgrader reads ``nbgrader_config.py`` from there);
* ``farshlab grade a01_knots_and_sizes --force`` — sandboxed, parallel (default workers: the
  cores plus one), and it also writes every trainee's feedback HTML and the report, which
  nbgrader's ``autograde`` does not. (The copies start without ``reports/``, so there is no cohort
  report for ``farshlab grade`` to bring up to date: about 0.3 s more for a course that has one.)

Then compares every cell's score in the two gradebooks, and grades one submission whose
helper loops forever (called from three cells) with a 10 s budget: its cost is the time that
submission took, divided by the budget (target ≤ 1.1).

CPU is measured for each tool's whole process tree, kernels included, in a cgroup of its own
(cgroup v1 ``cpuacct``, as root); where no cgroup can be made it falls back to
``getrusage(RUSAGE_CHILDREN)``, which misses sandboxed kernels that are killed rather than
reaped, and says so. ``--sizes 40,120,400`` grades cohorts of those sizes with farshlab (nbgrader
only at the first size unless ``--nbgrader-all``) and prints a table of the cost per submission.

Run: ``.venv/bin/python benchmarks/bench_grading.py [--sizes 40] [--nbgrader-all] [BUILT_COURSE_DIR]``
(about 2 minutes on 2 cores for 40, plus the build when no built course folder is given; the folder
given is only copied).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
ASSIGNMENT = "a01_knots_and_sizes"
SIZES = (40,)
CPUACCT = Path("/sys/fs/cgroup/cpuacct")
BUDGET_S = 10


def _grades(course: Path) -> list[tuple]:
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        return sorted(
            (s.student.id, g.name, float(g.score))
            for s in gb.assignment_submissions(ASSIGNMENT)
            for n in s.notebooks
            for g in n.grades
        )


def _cpu_group(name: str) -> Path | None:
    """A cgroup of its own for one measured command, or None where none can be made."""
    group = CPUACCT / f"farshlab-bench-{os.getpid()}-{name}"
    try:
        group.mkdir()
        (group / "cpuacct.usage").read_text()
    except OSError:
        return None
    return group


def _measure(name: str, command: list[str], cwd: Path) -> tuple[float, float, str]:
    """Run ``command``; return (wall s, CPU s of its whole process tree, how CPU was measured)."""
    group = _cpu_group(name)
    if group is not None:
        command = ["/bin/sh", "-c", f'echo $$ > {group}/cgroup.procs; exec "$@"', "sh", *command]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True)
    wall = time.monotonic() - started
    if group is None:
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        return wall, cpu, "getrusage (killed kernels not counted)"
    time.sleep(0.5)  # killed kernels' last ticks
    cpu = int((group / "cpuacct.usage").read_text()) / 1e9
    try:
        group.rmdir()
    except OSError:
        pass
    return wall, cpu, "cgroup cpuacct (every process, kernels included)"


def _cohort(project, folder: Path, n: int) -> list[Path]:
    folder.mkdir()
    samples = sorted((project.samples / ASSIGNMENT).glob("*.ipynb"))
    for i in range(n):
        nb = nbformat.read(samples[i % len(samples)], as_version=4)
        nb.cells.insert(2, nbformat.v4.new_code_cell(f"my_note = 'trainee {i:03d}'"))
        nbformat.write(nb, folder / f"s{i:03d}_{samples[i % len(samples)].stem}.ipynb")
    return samples


def main() -> int:
    from farshlab.course.build import build_course
    from farshlab.course.grade import grade_assignment, import_submissions
    from farshlab.course.nbgrader_setup import prepare_environment, write_course_config
    from farshlab.course.project import find_project
    from farshlab.course.sandbox import Limits, sandbox_mode

    parser = argparse.ArgumentParser(description="farshlab grade against nbgrader autograde")
    parser.add_argument("course", nargs="?", type=Path, help="an already built course folder (only copied)")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="cohort sizes, e.g. 40,120,400")
    parser.add_argument(
        "--nbgrader-all", action="store_true", help="run nbgrader at every size, not the first"
    )
    args = parser.parse_args()
    sizes = [int(n) for n in args.sizes.split(",")]
    prepare_environment()
    project = find_project(ROOT)
    work = Path(tempfile.mkdtemp(prefix="farshlab-bench-"))
    if args.course:
        base = args.course.resolve()
    else:
        base = work / "course"
        print(f"building the course in {base} …", flush=True)
        build_course(project, base)
    bin_dir = Path(sys.executable).parent
    print(f"sandbox: {sandbox_mode()}; cores: {os.cpu_count()}; load average before {os.getloadavg()[0]:.2f}")
    table, all_same, how = [], True, ""
    for n in sizes:
        cohort = work / f"cohort{n}"
        samples = _cohort(project, cohort, n)
        courses = {}
        tools = ("farshlab", "nbgrader") if (n == sizes[0] or args.nbgrader_all) else ("farshlab",)
        for name in tools:
            courses[name] = work / f"{name}{n}"
            shutil.copytree(base, courses[name])
            write_course_config(project, courses[name])  # CourseDirectory.root = this copy
            for folder in ("submitted", "autograded", "feedback", "reports"):  # only this cohort
                shutil.rmtree(courses[name] / folder, ignore_errors=True)
            import_submissions(courses[name], ASSIGNMENT, cohort)
        row = {"n": n}
        if "nbgrader" in courses:
            row["nbgrader"] = _measure(
                f"nbgrader{n}",
                [str(bin_dir / "nbgrader"), "autograde", ASSIGNMENT, "--force"],
                courses["nbgrader"],
            )
        row["farshlab"] = _measure(
            f"farshlab{n}",
            [
                str(bin_dir / "farshlab"),
                "grade",
                ASSIGNMENT,
                "--course-dir",
                str(courses["farshlab"]),
                "--force",
            ],
            ROOT,
        )
        how = row["farshlab"][2]
        if "nbgrader" in courses:
            same = _grades(courses["farshlab"]) == _grades(courses["nbgrader"])
            row["same"] = same
            all_same = all_same and same
        table.append(row)
    print(f"CPU measured by {how}; load average after {os.getloadavg()[0]:.2f}")
    print("trainees | nbgrader wall s, CPU s each | farshlab wall s, CPU s each | speed-up | same scores")
    for row in table:
        n = row["n"]
        fl_wall, fl_cpu, _ = row["farshlab"]
        if "nbgrader" in row:
            nb_wall, nb_cpu, _ = row["nbgrader"]
            nb_text, ratio = f"{nb_wall:8.1f}, {nb_cpu / n:5.2f}", f"{nb_wall / fl_wall:5.2f}x"
        else:
            nb_text, ratio = "-", "-"
        same = row.get("same", "-")
        print(f"{n:8d} | {nb_text:>26} | {fl_wall:8.1f}, {fl_cpu / n:5.2f}{'':11} | {ratio:>8} | {same}")
    print("target: speed-up >= 4x with identical scores; farshlab's CPU per submission flat across sizes")

    loop_dir = work / "loop"
    loop_dir.mkdir()
    nb = nbformat.read(samples[0], as_version=4)
    helper = "def helper():\n    while True:\n        pass\n"
    for offset, source in enumerate([helper + "helper()", "helper()", "helper()"]):
        nb.cells.insert(5 + offset, nbformat.v4.new_code_cell(source))
    nbformat.write(nb, loop_dir / "z99_loop.ipynb")
    report = grade_assignment(
        work / f"farshlab{sizes[0]}", ASSIGNMENT, loop_dir, limits=Limits(budget_s=BUDGET_S)
    )
    (row,) = [r for r in report.rows if r.student_id == "z99_loop"]
    print(f"infinite loop from 3 cells, budget {BUDGET_S} s: the submission cost {row.seconds:.2f} s = "
          f"{row.seconds / BUDGET_S:.3f} x the budget (target <= 1.1); flags {row.flag_codes}")  # fmt: skip
    shutil.rmtree(work, ignore_errors=True)
    return 0 if all_same else 1


if __name__ == "__main__":
    sys.exit(main())
