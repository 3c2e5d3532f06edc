"""
Benchmark: ``farshlab grade`` against ``nbgrader autograde --force`` on 40 submissions.

Builds the course once, makes 40 submissions of ``a01_knots_and_sizes`` from its four sample
notebooks (each varied: a trainee's own extra cell, so no two files are identical), copies the
course twice and grades one copy with each tool, in one run, on the same machine:

* ``nbgrader autograde a01_knots_and_sizes --force`` — one process for all students, run in the
  course folder (nbgrader reads ``nbgrader_config.py`` from there);
* ``farshlab grade a01_knots_and_sizes --force`` — sandboxed, parallel (default workers: the
  cores), and it also writes every trainee's feedback HTML and the report, which nbgrader's
  ``autograde`` does not.

Then compares every cell's score in the two gradebooks, and grades one submission whose
helper loops forever (called from three cells) with a 10 s budget: its cost is the time that
submission took, divided by the budget (target ≤ 1.1).

Run: ``.venv/bin/python benchmarks/bench_grading.py [BUILT_COURSE_DIR]`` (about 2 minutes on 2
cores, plus the build when no built course folder is given; the folder given is only copied).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
ASSIGNMENT = "a01_knots_and_sizes"
N = 40
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


def main() -> int:
    from farshlab.course.build import build_course
    from farshlab.course.grade import grade_assignment, import_submissions
    from farshlab.course.nbgrader_setup import prepare_environment, write_course_config
    from farshlab.course.project import find_project
    from farshlab.course.sandbox import Limits, sandbox_mode

    prepare_environment()
    project = find_project(ROOT)
    work = Path(tempfile.mkdtemp(prefix="farshlab-bench-"))
    if len(sys.argv) > 1:  # an already built course folder, to skip the build
        base = Path(sys.argv[1]).resolve()
    else:
        base = work / "course"
        print(f"building the course in {base} …", flush=True)
        build_course(project, base)
    cohort = work / "cohort"
    cohort.mkdir()
    samples = sorted((project.samples / ASSIGNMENT).glob("*.ipynb"))
    for i in range(N):
        nb = nbformat.read(samples[i % len(samples)], as_version=4)
        nb.cells.insert(2, nbformat.v4.new_code_cell(f"my_note = 'trainee {i:02d}'"))
        nbformat.write(nb, cohort / f"s{i:02d}_{samples[i % len(samples)].stem}.ipynb")
    courses = {}
    for name in ("farshlab", "nbgrader"):
        courses[name] = work / name
        shutil.copytree(base, courses[name])
        write_course_config(project, courses[name])  # CourseDirectory.root = this copy
        for folder in ("submitted", "autograded", "feedback", "reports"):  # only this cohort
            shutil.rmtree(courses[name] / folder, ignore_errors=True)
        import_submissions(courses[name], ASSIGNMENT, cohort)
    bin_dir = Path(sys.executable).parent
    load_before = os.getloadavg()

    started = time.monotonic()
    subprocess.run(
        [str(bin_dir / "nbgrader"), "autograde", ASSIGNMENT, "--force"],
        cwd=courses["nbgrader"],
        check=True,
        capture_output=True,
    )
    nbgrader_s = time.monotonic() - started

    started = time.monotonic()
    subprocess.run(
        [str(bin_dir / "farshlab"), "grade", ASSIGNMENT, "--course-dir", str(courses["farshlab"]), "--force"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    farshlab_s = time.monotonic() - started
    load_after = os.getloadavg()

    same = _grades(courses["farshlab"]) == _grades(courses["nbgrader"])
    print(f"sandbox: {sandbox_mode()}; cores: {os.cpu_count()}; load average before {load_before[0]:.2f}, "
          f"after {load_after[0]:.2f}")  # fmt: skip
    print(f"nbgrader autograde --force, {N} submissions: {nbgrader_s:6.1f} s")
    print(f"farshlab grade --force (with feedback and report): {farshlab_s:6.1f} s")
    print(f"speed-up: {nbgrader_s / farshlab_s:.2f}x  (target >= 2)")
    print(f"identical scores in both gradebooks ({len(_grades(courses['nbgrader']))} cells): {same}")

    loop_dir = work / "loop"
    loop_dir.mkdir()
    nb = nbformat.read(samples[0], as_version=4)
    helper = "def helper():\n    while True:\n        pass\n"
    for offset, source in enumerate([helper + "helper()", "helper()", "helper()"]):
        nb.cells.insert(5 + offset, nbformat.v4.new_code_cell(source))
    nbformat.write(nb, loop_dir / "z99_loop.ipynb")
    report = grade_assignment(courses["farshlab"], ASSIGNMENT, loop_dir, limits=Limits(budget_s=BUDGET_S))
    (row,) = [r for r in report.rows if r.student_id == "z99_loop"]
    print(f"infinite loop from 3 cells, budget {BUDGET_S} s: the submission cost {row.seconds:.2f} s = "
          f"{row.seconds / BUDGET_S:.3f} x the budget (target <= 1.1); flags {row.flags}")  # fmt: skip
    shutil.rmtree(work, ignore_errors=True)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
