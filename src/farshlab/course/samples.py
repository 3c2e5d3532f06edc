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
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

from farshlab.course.project import ProjectError

__all__ = ["write_sample"]


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
