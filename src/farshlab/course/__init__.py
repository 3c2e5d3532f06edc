"""
The course tooling: from text sources to a graded cohort.

Modules
-------
project
    Where a farshlab checkout keeps its lessons, exercises and grading settings.
notebooks
    Jupytext text → notebook conversion and the checks on nbgrader cell metadata.
nbgrader_setup
    The course's ``nbgrader_config.py``: writing it and loading it for nbgrader's API.
build
    ``farshlab build``: source notebooks, nbgrader release, lessons and data files.
validate
    Proof that each assignment's solution passes and its released copy fails every test.
grade
    ``farshlab grade``: import submissions, autograde, feedback, ``grades.csv``.
collect
    Submissions from a folder, a zip, an LMS download or the exchange; rosters, due dates.
engine
    The grading engine: workers, the one gradebook writer, the resume journal, the scheduler.
kernel
    The code that runs inside a grading kernel: its shim, audit hook and test runner.
context
    ``CourseContext``: the one place that knows a course's folders and gradebook.
execute
    One submission in a fresh sandboxed kernel under a whole-notebook budget.
sandbox
    Bubblewrap, an unprivileged user and resource limits for every kernel.
tamper
    Flags for human review: edited cells, patched test helpers, reads outside.
report
    ``report.html`` with its plots, and the JSON summary.
feedback
    What feedback pages show of failed test cells with hidden checks.
samples
    The bundled sample cohorts, written from one description per assignment.
workspace
    A trainee's JupyterLab folder filled from the released course, never overwriting work.
catalogue
    ``curriculum/course.yml``: the modules of the course and their checks.

The ``farshlab`` command that runs these tools is :mod:`farshlab.cli`.

This package may import nbgrader and Jupyter machinery; the domain packages never import it.
"""

import sys

# jsonschema (imported by nbformat and nbgrader) imports its optional IRI format checker,
# rfc3987-syntax, which builds 38 parsers at import: 1.3 s in every process, for a format
# no notebook or nbgrader schema uses. The course tools run many such processes (grading
# workers, the CLI), so they go without it; this only takes effect when no one has imported
# jsonschema yet, and jsonschema then simply skips ``iri`` formats.
if "jsonschema" not in sys.modules:
    sys.modules.setdefault("rfc3987_syntax", None)

__all__: list[str] = []
