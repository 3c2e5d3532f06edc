"""
Sample submissions for the demo cohorts: a released notebook with chosen answers, run as a
trainee would run it.

Each ``autograder/samples/make_<assignment>_samples.py`` script lists its trainees' answers by
``grade_id`` and calls :func:`write_sample`; the notebooks it writes are committed, and the
tests check the scores they get.

Functions
---------
write_sample
    Fill answer cells of a released notebook, run it (errors allowed) and save it.
write_cohort
    Write every trainee of one assignment's sample cohort into ``autograder/samples/<id>/``.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

from farshlab.course.project import ProjectError, find_project

__all__ = ["write_cohort", "write_sample"]


def write_sample(release: Path, answers: dict[str, str], target: Path, timeout: int = 120) -> Path:
    """
    Write one trainee's submission.

    Parameters
    ----------
    release : pathlib.Path
        The released notebook (``build/course/release/<id>/<name>.ipynb``).
    answers : dict
        New source for answer cells, by ``grade_id``. An empty dict gives the untouched,
        unrun release (a trainee who handed in without working).
    target : pathlib.Path
        Where to write the ``.ipynb``.
    timeout : int
        Seconds allowed per cell when running it.

    Returns
    -------
    pathlib.Path
        ``target``.

    Raises
    ------
    ProjectError
        If an answer names a ``grade_id`` the notebook does not have.
    """
    notebook = nbformat.read(release, as_version=4)
    known = {cell.metadata.get("nbgrader", {}).get("grade_id") for cell in notebook.cells}
    unknown = set(answers) - known
    if unknown:
        raise ProjectError(f"no answer cell {sorted(unknown)} in {release}")
    for cell in notebook.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in answers:
            cell.source = answers[grade_id]
    if answers:
        resources = {"metadata": {"path": str(Path(release).parent)}}
        client = NotebookClient(
            notebook, timeout=timeout, allow_errors=True, kernel_name="python3", resources=resources
        )
        client.execute()
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, target)
    return target


def write_cohort(
    assignment_id: str, trainees: dict[str, dict[str, str]], release: Path | str | None = None
) -> list[Path]:
    """
    Write a whole sample cohort: one notebook per trainee, named ``<student_id>.ipynb``.

    Parameters
    ----------
    assignment_id : str
        The assignment, e.g. ``"a02_colour"``; its notebook is ``<assignment_id>.ipynb``.
    trainees : dict
        Answers by ``grade_id`` (see :func:`write_sample`), by student id.
    release : path-like, optional
        The released notebook to start from; default the project's
        ``build/course/release/<id>/<id>.ipynb`` (run ``farshlab build`` first).

    Returns
    -------
    list of pathlib.Path
        The notebooks written into ``autograder/samples/<assignment_id>/``.
    """
    project = find_project()
    if release is None:
        release = project.default_course_dir / "release" / assignment_id / f"{assignment_id}.ipynb"
    folder = project.samples / assignment_id
    return [
        write_sample(Path(release), answers, folder / f"{name}.ipynb") for name, answers in trainees.items()
    ]
