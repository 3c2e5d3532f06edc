"""
Proof that an assignment grades as meant: its solution passes every test and its released
copy fails every autograded test.

nbgrader's ``validate`` command exits 0 even when it prints "VALIDATION FAILED", so farshlab
calls nbgrader's :class:`~nbgrader.validator.Validator` directly and turns its results into
problems that name the exercise text, cell and ``grade_id``. The validator is given the same
``IgnorePattern`` step as the autograder, so a warning that grading ignores does not fail
validation either.

Functions
---------
validate_assignment
    Run both checks on one built assignment.
failing_tests
    The test cells nbgrader's validator (the Validate button) finds failing in a notebook.

Classes
-------
ValidationProblem
    One cell that does not behave as the assignment means it to.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbconvert.filters import strip_ansi
from nbformat import NotebookNode
from nbgrader.preprocessors import CheckCellMetadata, ClearOutput, Execute, IgnorePattern
from nbgrader.validator import Validator
from traitlets.config import Config

from farshlab.course.notebooks import cell_lines
from farshlab.course.project import COURSE_LANGUAGE, Assignment, notebook_name

__all__ = ["ValidationProblem", "failing_tests", "validate_assignment"]


@dataclass(frozen=True)
class ValidationProblem:
    """
    One cell of an exercise that does not behave as meant.

    Attributes
    ----------
    text : pathlib.Path
        The exercise text (``exercises/<id>/<name>.py``).
    line : int or None
        Line of the cell's ``# %%`` marker in the text.
    cell : int or None
        1-based cell number.
    grade_id : str or None
        The cell's nbgrader id.
    problem : str
        What is wrong.
    """

    text: Path
    line: int | None
    cell: int | None
    grade_id: str | None
    problem: str

    def __str__(self) -> str:
        where = f"{self.text}:{self.line}" if self.line else str(self.text)
        if self.cell is not None:
            where += f": cell {self.cell}"
        if self.grade_id:
            where += f" ({self.grade_id})"
        return f"{where}: {self.problem}"


class _KeepingValidator(Validator):
    """nbgrader's validator, with the grading ``IgnorePattern`` and the executed notebook kept."""

    executed: NotebookNode | None = None

    def _preprocess(self, nb: NotebookNode) -> NotebookNode:
        self.executed = super()._preprocess(nb)
        return self.executed


def _validator(config: Config, **options) -> _KeepingValidator:
    validator = _KeepingValidator(config=config, **options)
    steps = [CheckCellMetadata, ClearOutput, Execute]
    if config.get("IgnorePattern", {}).get("enabled"):
        steps.append(IgnorePattern)
    validator.preprocessors = steps
    return validator


def _locate(text: Path, built: Path, source: str) -> tuple[int | None, int | None, str | None]:
    """Find the cell whose stripped source is ``source`` in the built notebook."""
    notebook = nbformat.read(built, as_version=4)
    lines = cell_lines(text, len(notebook.cells)) if text.is_file() else [None] * len(notebook.cells)
    for number, cell in enumerate(notebook.cells, start=1):
        if cell.source.strip() == source:
            grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
            return number, lines[number - 1] if number <= len(lines) else None, grade_id
    return None, None, None


def _first_line(text: str, limit: int = 160) -> str:
    lines = [line for line in strip_ansi(text).strip().splitlines() if line.strip()]
    last = lines[-1] if lines else ""
    return last if len(last) <= limit else last[: limit - 1] + "…"


def _shown_values(notebook: NotebookNode) -> list[int]:
    """Cell numbers of test cells that display a value (nbgrader takes a number as the score)."""
    numbers = []
    for number, cell in enumerate(notebook.cells, start=1):
        nbg = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "code" and nbg.get("grade") and not nbg.get("solution"):
            if any(output.output_type == "execute_result" for output in cell.outputs):
                numbers.append(number)
    return numbers


def validate_assignment(
    course_dir: Path, assignment: Assignment, config: Config, lang: str = COURSE_LANGUAGE
) -> list[ValidationProblem]:
    """
    Check that the built assignment's solution passes and its release fails every test.

    Parameters
    ----------
    course_dir : pathlib.Path
        The course folder holding ``source/<id>/`` and ``release/<id>/``.
    assignment : Assignment
        The assignment, for naming its text files in problems.
    config : traitlets.config.Config
        The course's nbgrader configuration.
    lang : str
        The language the course was built in (its texts are named in problems).

    Returns
    -------
    list of ValidationProblem
        Empty when the assignment is sound. Problems: a cell of the source version that
        raises or fails a test (with the error's last line); a test cell that displays a
        value (nbgrader would take a number as the cell's score); an autograded test that
        passes in the released copy (it gives points for doing nothing).
    """
    problems: list[ValidationProblem] = []
    for text in assignment.texts(lang):
        name = notebook_name(text)
        source = Path(course_dir) / "source" / assignment.id / name
        release = Path(course_dir) / "release" / assignment.id / name

        checker = _validator(config, validate_all=True)
        try:
            results = checker.validate(str(source))
        except ValueError as error:  # nbgrader rejects e.g. a shown value above the cell's points
            results = {}
            if checker.executed is None or not _shown_values(checker.executed):
                problems.append(
                    ValidationProblem(text, None, None, None, f"nbgrader cannot validate: {error}")
                )
        for failure in results.get("failed", []):
            cell, line, grade_id = _locate(text, source, failure["source"])
            error = _first_line(failure.get("raw_error", "")) or "the cell fails"
            problems.append(ValidationProblem(text, line, cell, grade_id, f"the solution fails: {error}"))
        if checker.executed is not None:
            for number in _shown_values(checker.executed):
                lines = cell_lines(text, len(checker.executed.cells))
                grade_id = checker.executed.cells[number - 1].metadata.nbgrader["grade_id"]
                problems.append(
                    ValidationProblem(
                        text,
                        lines[number - 1],
                        number,
                        grade_id,
                        "the test cell ends with an expression whose value is shown; nbgrader would "
                        "take a number there as the score: end the cell with an assert or statement",
                    )
                )

        inverted = _validator(config, invert=True).validate(str(release))
        for passing in inverted.get("passed", []):
            cell, line, grade_id = _locate(text, release, passing["source"])
            problems.append(
                ValidationProblem(
                    text,
                    line,
                    cell,
                    grade_id,
                    "this test passes on the released copy, before the trainee has written anything",
                )
            )
        for key in ("changed", "type_changed"):
            for changed in inverted.get(key, []):
                cell, line, grade_id = _locate(text, release, changed["source"])
                problems.append(
                    ValidationProblem(
                        text,
                        line,
                        cell,
                        grade_id,
                        f"nbgrader reports the released cell as {key}",
                    )
                )
    return problems


def failing_tests(path: Path, config: Config) -> set[str]:
    """
    Return the ``grade_id`` of every test cell nbgrader's validator finds failing in ``path``.

    This is what a trainee's Validate button runs: the notebook from the top in a fresh kernel
    in its own folder (so the assignment's data files must be beside it).

    Parameters
    ----------
    path : pathlib.Path
        A notebook (a released copy with answers, as handed in).
    config : traitlets.config.Config
        The course's nbgrader configuration.

    Returns
    -------
    set of str
    """
    results = _validator(config, validate_all=True).validate(str(path))
    notebook = nbformat.read(path, as_version=4)
    by_source = {
        cell.source.strip(): cell.metadata.get("nbgrader", {}).get("grade_id")
        for cell in notebook.cells
        if cell.cell_type == "code"
    }
    return {by_source.get(failure["source"]) for failure in results.get("failed", [])} - {None}
