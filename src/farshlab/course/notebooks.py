"""
Text notebooks: jupytext ``py:percent`` → ``.ipynb``, and the checks on nbgrader cells.

Lessons and exercises are kept as text (``# %%`` cells, nbgrader metadata as JSON on the
``# %%`` line) and converted into a build folder. Before nbgrader sees an exercise, every
graded cell is checked so that a mistake is reported with its file, line and ``grade_id``
instead of surfacing later as a wrong score.

Functions
---------
read_text_notebook
    Read a ``py:percent`` text into a notebook, with a Python 3 kernel.
write_notebook
    Write a notebook as ``.ipynb`` (creating folders).
check_exercise
    Check the nbgrader metadata of every cell of one exercise notebook.
grade_cells
    The graded cells of a notebook, as :class:`GradeCell` records.

References
----------
nbgrader cell metadata, schema 3: ``grade``, ``solution``, ``locked``, ``grade_id``,
``points``, ``schema_version`` (see ``shared/GRADING.md``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import jupytext
import nbformat
from nbformat import NotebookNode

__all__ = [
    "ExerciseError",
    "GradeCell",
    "check_exercise",
    "grade_cells",
    "read_text_notebook",
    "write_notebook",
]

KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
GRADE_ID_PATTERN = re.compile(r"^[A-Za-z0-9_-]+$")
NBGRADER_KEYS = {"grade", "solution", "locked", "task", "grade_id", "points", "schema_version"}
BEGIN_SOLUTION, END_SOLUTION = "### BEGIN SOLUTION", "### END SOLUTION"
BEGIN_HIDDEN, END_HIDDEN = "### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"
#: A graded test cell's metadata key for the line (1 = its first) whose statement failed, written
#: by the grader from the test runner's verdict; the feedback page shows the message of a failed
#: check above the hidden ones (:class:`farshlab.course.feedback.HideHiddenCheckErrors`).
FAILED_LINE_KEY = "farshlab_failed_line"
CELL_MARKER = re.compile(r"^# %%")
VARIANT_MARKER = re.compile(r'farshlab=\{.*"(wrong_answer|library_answer)"\s*:')


class ExerciseError(ValueError):
    """
    An exercise text that nbgrader would mis-handle, located by file, line and cell.

    Parameters
    ----------
    path : path-like
        The exercise text.
    problem : str
        What is wrong, in the instructor's terms.
    cell : int, optional
        1-based cell number in the notebook.
    line : int, optional
        1-based line of the cell's ``# %%`` marker in the text.
    grade_id : str, optional
        The cell's ``grade_id`` when it has one.

    Examples
    --------
    >>> str(ExerciseError("ex.py", "points must be positive", cell=4, line=31, grade_id="a00-q1_1-tests"))
    'ex.py:31: cell 4 (a00-q1_1-tests): points must be positive'
    """

    def __init__(self, path, problem, cell=None, line=None, grade_id=None):
        self.path, self.problem = Path(path), problem
        self.cell, self.line, self.grade_id = cell, line, grade_id
        where = f"{path}:{line}" if line else f"{path}"
        if cell is not None:
            where += f": cell {cell}"
            if grade_id:
                where += f" ({grade_id})"
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True)
class GradeCell:
    """
    One graded cell of an exercise.

    Attributes
    ----------
    grade_id : str
        nbgrader's stable id, e.g. ``"a00-q1_1-tests"``.
    points : float
        Points the cell is worth.
    kind : str
        ``"autograded"`` for a test cell, ``"written"`` for an answer an instructor reads,
        ``"task"`` for a task cell.
    """

    grade_id: str
    points: float
    kind: str


def read_text_notebook(path: Path | str) -> NotebookNode:
    """
    Read a jupytext ``py:percent`` text into a notebook with a Python 3 kernel.

    Parameters
    ----------
    path : path-like
        A ``.py`` file in jupytext's percent format.

    Returns
    -------
    nbformat.NotebookNode
        The notebook, without outputs; jupytext's own metadata is dropped.

    Raises
    ------
    ExerciseError
        If the file cannot be read or parsed.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> text = pathlib.Path(tempfile.mkdtemp()) / "demo.py"
    >>> _ = text.write_text("# %% [markdown]\\n# A row\\n\\n# %%\\nrow = [7, 7, 12]\\n")
    >>> nb = read_text_notebook(text)
    >>> [cell.cell_type for cell in nb.cells]
    ['markdown', 'code']
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ExerciseError(path, f"cannot read the notebook text: {error}") from error
    try:
        notebook = jupytext.reads(text, fmt="py:percent")
    except Exception as error:  # jupytext raises many kinds on malformed text
        raise ExerciseError(path, f"not a valid jupytext py:percent text: {error}") from error
    notebook.metadata.pop("jupytext", None)
    notebook.metadata["kernelspec"] = dict(KERNELSPEC)
    notebook.metadata["language_info"] = {"name": "python"}
    notebook.nbformat, notebook.nbformat_minor = 4, 5
    for cell in notebook.cells:
        cell.metadata.pop("lines_to_next_cell", None)
    return notebook


def write_notebook(notebook: NotebookNode, path: Path | str) -> Path:
    """
    Write ``notebook`` to ``path`` as ``.ipynb``, creating its folder.

    Returns
    -------
    pathlib.Path
        The path written.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.validator.normalize(notebook)
    nbformat.write(notebook, path)
    return path


def cell_lines(path: Path, count: int, variants: bool = False) -> list[int | None]:
    """
    Return the 1-based line of each cell's ``# %%`` marker in a percent text.

    A first cell written before any marker gets ``None``. The cells of wrong and library
    answers (``farshlab={"wrong_answer": …}`` or ``{"library_answer": …}`` on the marker, see
    :mod:`farshlab.course.answers`) never reach the built notebook: they are skipped unless
    ``variants`` is true.
    """
    markers = [
        number
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if CELL_MARKER.match(line) and (variants or not VARIANT_MARKER.search(line))
    ]
    return [None] * (count - len(markers)) + markers[-count:] if count else []


def _check_balanced(source: str, begin: str, end: str) -> str | None:
    depth = 0
    for line in source.splitlines():
        stripped = line.strip()
        if stripped == begin:
            if depth:
                return f"'{begin}' opened twice without '{end}'"
            depth = 1
        elif stripped == end:
            if not depth:
                return f"'{end}' without '{begin}' before it"
            depth = 0
    return f"'{begin}' is never closed with '{end}'" if depth else None


def _cell_problem(cell: NotebookNode, prefix: str) -> str | None:
    """Return what is wrong with one cell's nbgrader use, or ``None``."""
    meta = cell.metadata
    source = cell.source
    if "incorrectly_encoded_metadata" in meta:
        return f"the metadata on the '# %%' line is not valid JSON: {meta['incorrectly_encoded_metadata']!r}"
    nbg = meta.get("nbgrader")
    uses_markers = any(m in source for m in (BEGIN_SOLUTION, END_SOLUTION, BEGIN_HIDDEN, END_HIDDEN))
    if nbg is None:
        return "solution or hidden-test markers in a cell without nbgrader metadata" if uses_markers else None
    if not isinstance(nbg, dict):
        return "the nbgrader metadata must be a JSON object"
    unknown = set(nbg) - NBGRADER_KEYS
    if unknown:
        return f"unknown nbgrader metadata keys {sorted(unknown)}"
    if nbg.get("schema_version") != 3:
        return f"nbgrader schema_version must be 3, got {nbg.get('schema_version')!r}"
    for key in ("grade", "solution", "locked"):
        if not isinstance(nbg.get(key), bool):
            return f"nbgrader '{key}' must be true or false, got {nbg.get(key)!r}"
    grade_id = nbg.get("grade_id")
    if not isinstance(grade_id, str) or not GRADE_ID_PATTERN.match(grade_id):
        return f"grade_id must be letters, digits, '_' or '-', got {grade_id!r}"
    if not grade_id.startswith(prefix):
        return f"grade_id {grade_id!r} must start with {prefix!r} (the assignment's number)"
    if nbg["grade"]:
        points = nbg.get("points")
        if isinstance(points, bool) or not isinstance(points, int | float) or not points > 0:
            return f"a graded cell needs positive 'points', got {points!r}"
        if not nbg["solution"] and cell.cell_type == "code" and not nbg["locked"]:
            return "a test cell must be locked, or trainees can edit the tests"
    if nbg["solution"] and nbg["locked"]:
        return "an answer cell (solution) cannot be locked"
    if BEGIN_SOLUTION in source or END_SOLUTION in source:
        if not nbg["solution"]:
            return "solution markers in a cell that is not an answer cell (solution: false)"
        problem = _check_balanced(source, BEGIN_SOLUTION, END_SOLUTION)
        if problem:
            return problem
    elif nbg["solution"] and cell.cell_type == "code":
        return f"an answer cell needs '{BEGIN_SOLUTION}' … '{END_SOLUTION}' around the solution"
    if BEGIN_HIDDEN in source or END_HIDDEN in source:
        if not (nbg["grade"] and not nbg["solution"]):
            return "hidden tests belong in a graded test cell"
        return _check_balanced(source, BEGIN_HIDDEN, END_HIDDEN)
    return None


def check_exercise(notebook: NotebookNode, path: Path | str, assignment_id: str) -> list[GradeCell]:
    """
    Check every cell's nbgrader metadata in one exercise notebook.

    Parameters
    ----------
    notebook : nbformat.NotebookNode
        The notebook read from ``path``.
    path : path-like
        The exercise text, named in errors.
    assignment_id : str
        Its assignment, e.g. ``"a00_orientation"``; grade ids must start with ``"a00-"``.

    Returns
    -------
    list of GradeCell
        The graded cells, in order.

    Raises
    ------
    ExerciseError
        For the first cell that is wrong (invalid JSON metadata, missing or repeated
        grade_id, unlocked tests, unbalanced markers, points not positive, …), or when the
        notebook has no graded cell.

    Examples
    --------
    >>> import nbformat.v4 as v4
    >>> nb = v4.new_notebook(cells=[v4.new_code_cell("assert 1 + 1 == 2", metadata={"nbgrader": {
    ...     "grade": True, "solution": False, "locked": True, "grade_id": "a00-q1_1-tests",
    ...     "points": 2, "schema_version": 3}})])
    >>> check_exercise(nb, "a00.py", "a00_orientation")
    [GradeCell(grade_id='a00-q1_1-tests', points=2.0, kind='autograded')]
    """
    path = Path(path)
    prefix = assignment_id.split("_", 1)[0] + "-"
    lines = cell_lines(path, len(notebook.cells)) if path.is_file() else [None] * len(notebook.cells)
    seen: dict[str, int] = {}
    for number, (cell, line) in enumerate(zip(notebook.cells, lines, strict=True), start=1):
        nbg = cell.metadata.get("nbgrader")
        grade_id = nbg.get("grade_id") if isinstance(nbg, dict) else None
        problem = _cell_problem(cell, prefix)
        if problem is None and grade_id in seen:
            problem = f"grade_id {grade_id!r} is used twice (first in cell {seen[grade_id]})"
        if problem:
            raise ExerciseError(path, problem, cell=number, line=line, grade_id=grade_id)
        if grade_id:
            seen[grade_id] = number
    graded = grade_cells(notebook)
    if not graded:
        raise ExerciseError(path, "the exercise has no graded cell")
    return graded


def grade_cells(notebook: NotebookNode) -> list[GradeCell]:
    """
    Return the graded cells of a notebook, in order.

    Examples
    --------
    >>> import nbformat.v4 as v4
    >>> grade_cells(v4.new_notebook(cells=[v4.new_markdown_cell("Why?")]))
    []
    """
    graded = []
    for cell in notebook.cells:
        nbg = cell.metadata.get("nbgrader", {})
        if isinstance(nbg, dict) and nbg.get("grade"):
            if nbg.get("solution"):
                kind = "written" if cell.cell_type == "markdown" else "manual"
            elif cell.cell_type == "code":
                kind = "autograded"
            else:
                kind = "task"
            graded.append(GradeCell(nbg["grade_id"], float(nbg["points"]), kind))
    return graded


def total_points(cells: Iterable[GradeCell]) -> float:
    """
    Return the points of graded cells added up.

    Examples
    --------
    >>> cells = [GradeCell("a00-q1_1-tests", 2, "autograded"), GradeCell("a00-q4_1-written", 3, "written")]
    >>> total_points(cells)
    5
    """
    return sum(cell.points for cell in cells)
