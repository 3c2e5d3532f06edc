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
workspace
    A trainee's JupyterLab folder filled from the released course, never overwriting work.
catalogue
    ``curriculum/course.yml``: the modules of the course and their checks.
cli
    The ``farshlab`` command.

This package may import nbgrader and Jupyter machinery; the domain packages never import it.
"""

__all__: list[str] = []
