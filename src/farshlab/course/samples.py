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
translate_cohort
    Give the same trainees' answers in another language's released notebook, so both
    editions can be graded and compared.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

from farshlab.course.project import COURSE_LANGUAGE, ProjectError, find_project
from farshlab.course.rule import without_rule

__all__ = ["translate_cohort", "write_cohort", "write_sample"]


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


def _answers(sample: Path, release: Path) -> dict[str, str]:
    """
    The cells a trainee changed in a sample, by ``grade_id``: answers, and any other nbgrader
    cell a sample changes on purpose (an edited test cell must be flagged in both languages).
    """
    given = nbformat.read(sample, as_version=4)
    released = {
        cell.metadata.get("nbgrader", {}).get("grade_id"): cell.source
        for cell in nbformat.read(release, as_version=4).cells
    }
    answers = {}
    for cell in given.cells:
        nbgrader = cell.metadata.get("nbgrader", {})
        grade_id = nbgrader.get("grade_id")
        # the rule the build adds to the set-up cell depends on the machine: not a change
        if (
            grade_id is not None
            and grade_id in released
            and without_rule(cell.source) != without_rule(released[grade_id])
        ):
            answers[grade_id] = cell.source
    return answers


def translate_cohort(
    assignment_id: str, lang: str, course_dir: Path, english_course_dir: Path, folder: Path
) -> list[Path]:
    """
    Write the sample cohort of one assignment in language ``lang``, with the English trainees' answers.

    The ``lang`` cohort is derived, never committed: every cell a trainee of
    ``autograder/samples/<id>/`` changed from the English release (answers, and a test cell a
    sample edits on purpose) is copied, by ``grade_id``, into the ``lang`` release, which is
    then run as :func:`write_sample` runs it; a trainee who changed nothing hands in the
    untouched release. Grading both cohorts gives the same scores and flags
    (``tests/grading/test_translated_cohort.py``).

    Parameters
    ----------
    assignment_id : str
    lang : str
        A course language other than English.
    course_dir, english_course_dir : pathlib.Path
        The built ``lang`` course and the built English course (their ``release/`` is read).
    folder : pathlib.Path
        Where to write ``<student_id>.ipynb`` (``farshlab demo --lang fa`` uses
        ``build/samples-fa/<id>/``).

    Returns
    -------
    list of pathlib.Path
        The notebooks written.

    Raises
    ------
    ProjectError
        If ``lang`` is English, or the English cohort or a release is missing.
    """
    project = find_project()
    if lang == COURSE_LANGUAGE:
        raise ProjectError("the English cohort is the original: translate it into another language")
    english = project.samples / assignment_id
    samples = sorted(english.glob("*.ipynb"))
    if not samples:
        raise ProjectError(f"no sample cohort in {english}")
    name = f"{assignment_id}.ipynb"
    english_release = Path(english_course_dir) / "release" / assignment_id / name
    release = Path(course_dir) / "release" / assignment_id / name
    for needed in (english_release, release):
        if not needed.is_file():
            raise ProjectError(f"{needed} is missing: build that course first")
    return [
        write_sample(release, _answers(sample, english_release), Path(folder) / sample.name)
        for sample in samples
    ]
