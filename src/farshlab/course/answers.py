"""
What an exercise text says about its questions besides the model solution.

An autograded question is an answer cell (``grade_id`` ``aNN-qP_Q-answer``) and its test cell
(``aNN-qP_Q-tests``). The exercise text declares, for every such question:

- on the answer cell's ``# %%`` line, ``farshlab={"writes": [...], "answered_by": [...]}``: the
  functions the question asks the trainee to write, and the library functions that would answer
  it (farshlab's own and the dependencies' equivalents), which the assignment switches off
  (:mod:`farshlab.course.rule`);
- at least :data:`MIN_WRONG_ANSWERS` cells ``farshlab={"wrong_answer": "<answer grade_id>",
  "mistake": "..."}``: typical mistakes, each a replacement for the answer cell, which the
  question's tests must reject;
- for a question with library names, one cell ``farshlab={"library_answer": "<answer grade_id>"}``
  per library that answers it: the answer written with the library, which earns the points
  when the rule is off and none when it is on.

These cells never reach nbgrader: :func:`split_exercise` takes them out of the notebook, and
``farshlab build`` proves each of them (:mod:`farshlab.course.proofs`).

Classes
-------
Variant
    A wrong answer or a library answer of one question.
Question
    One autograded question: its cells, declaration and variants.
Exercise
    An exercise notebook without its variant cells, and what was taken out.

Functions
---------
split_exercise
    Take the variant cells and declarations out of an exercise notebook, checking them.
question_label
    ``"a00-q1_1-answer"`` → ``"Q1.1"``.
"""

from __future__ import annotations

import ast
import copy
import re
from dataclasses import dataclass, field
from pathlib import Path

from nbformat import NotebookNode

from farshlab.course.notebooks import ExerciseError, cell_lines, check_exercise

__all__ = [
    "MIN_WRONG_ANSWERS", "Exercise", "Question", "Variant", "answer_tests_id", "question_label",
    "split_exercise",
]  # fmt: skip

#: Typical wrong answers each autograded question must carry (issue: "at least two").
MIN_WRONG_ANSWERS = 2
VARIANT_KINDS = ("wrong_answer", "library_answer")
_ANSWER_ID = re.compile(r"^(?P<prefix>[A-Za-z0-9]+-q(?P<part>\d+)_(?P<number>\d+))-answer$")


def question_label(answer_id: str) -> str:
    """
    Return the question as trainees read it, from its answer cell's ``grade_id``.

    Examples
    --------
    >>> question_label("a03-q2_4-answer")
    'Q2.4'
    >>> question_label("a03-setup")
    'a03-setup'
    """
    match = _ANSWER_ID.match(answer_id)
    return f"Q{match['part']}.{match['number']}" if match else answer_id


def answer_tests_id(answer_id: str) -> str:
    """
    The test cell's ``grade_id`` of an answer cell.

    Examples
    --------
    >>> answer_tests_id("a00-q1_1-answer")
    'a00-q1_1-tests'
    """
    return answer_id.removesuffix("-answer") + "-tests"


@dataclass(frozen=True)
class Variant:
    """
    A replacement for one answer cell, declared in the exercise text.

    Attributes
    ----------
    kind : str
        ``"wrong_answer"`` or ``"library_answer"``.
    answer : str
        The ``grade_id`` of the answer cell it replaces.
    source : str
        Its code.
    mistake : str
        For a wrong answer, the mistake in plain words.
    line : int or None
        Line of its ``# %%`` marker in the text.
    """

    kind: str
    answer: str
    source: str
    mistake: str = ""
    line: int | None = None

    @property
    def packages(self) -> set[str]:
        """
        The top-level packages its code imports (empty when it does not parse).

        Examples
        --------
        >>> code = "import colour\\nfrom skimage.color import rgb2lab"
        >>> sorted(Variant("library_answer", "a02-q3_1-answer", code).packages)
        ['colour', 'skimage']
        """
        try:
            tree = ast.parse(self.source)
        except SyntaxError:
            return set()
        names = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module.split(".")[0])
        return names


@dataclass
class Question:
    """
    One autograded question of an exercise.

    Attributes
    ----------
    answer, tests : str
        The ``grade_id`` of its answer and test cells.
    label : str
        ``"Q1.1"``.
    points : float
        Its test cell's points.
    writes : tuple of str
        What it asks the trainee to write.
    answered_by : tuple of str
        The library functions that would answer it.
    wrong : list of Variant
    library : list of Variant
    line : int or None
        Line of the answer cell's marker.
    """

    answer: str
    tests: str
    label: str
    points: float
    writes: tuple[str, ...] = ()
    answered_by: tuple[str, ...] = ()
    wrong: list[Variant] = field(default_factory=list)
    library: list[Variant] = field(default_factory=list)
    line: int | None = None


@dataclass
class Exercise:
    """
    One exercise notebook without its variant cells, and its questions.

    Attributes
    ----------
    text : pathlib.Path
        The exercise text.
    notebook : nbformat.NotebookNode
        The notebook nbgrader gets (variant cells and ``farshlab`` cell metadata taken out).
    questions : list of Question
        The autograded questions, in order.
    cells : list of GradeCell
        The graded cells, when :func:`split_exercise` checked them.
    """

    text: Path
    notebook: NotebookNode
    questions: list[Question] = field(default_factory=list)
    cells: list = field(default_factory=list)

    def question(self, answer_id: str) -> Question:
        """The question whose answer cell is ``answer_id``."""
        return next(q for q in self.questions if q.answer == answer_id)


def _strings(value, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ValueError(f"{what} must be a list of names")
    return tuple(value)


def split_exercise(notebook: NotebookNode, path: Path | str, assignment_id: str | None = None) -> Exercise:
    """
    Take the wrong answers, library answers and declarations out of an exercise notebook.

    Parameters
    ----------
    notebook : nbformat.NotebookNode
        The notebook read from the exercise text (not changed).
    path : path-like
        The exercise text, named in errors.
    assignment_id : str, optional
        When given, the nbgrader cells of the notebook without its variants are checked first
        (:func:`farshlab.course.notebooks.check_exercise`, which reports a broken cell before
        anything that depends on it) and kept as ``Exercise.cells``.

    Returns
    -------
    Exercise

    Raises
    ------
    ExerciseError
        Naming the line and cell: a variant cell whose metadata is not understood or names no
        answer cell; an autograded question without its ``writes`` declaration, with fewer
        than :data:`MIN_WRONG_ANSWERS` wrong answers, or with library names and no library
        answer; a library answer for a question that declares no library names.

    Examples
    --------
    >>> import nbformat.v4 as v4
    >>> def cell(source, nbgrader=None, farshlab=None):
    ...     meta = {k: v for k, v in (("nbgrader", nbgrader), ("farshlab", farshlab)) if v}
    ...     return v4.new_code_cell(source, metadata=meta)
    >>> answer = {"grade": False, "solution": True, "grade_id": "a00-q1_1-answer"}
    >>> tests = {"grade": True, "solution": False, "grade_id": "a00-q1_1-tests", "points": 2}
    >>> nb = v4.new_notebook(cells=[
    ...     cell("def f(x): return round(x)", answer, {"writes": ["f"], "answered_by": []}),
    ...     cell("def f(x): return int(x)", farshlab={"wrong_answer": "a00-q1_1-answer", "mistake": "int"}),
    ...     cell("def f(x): return x", farshlab={"wrong_answer": "a00-q1_1-answer", "mistake": "none"}),
    ...     cell("assert f(2.6) == 3", tests)])
    >>> exercise = split_exercise(nb, "a00.py")
    >>> len(exercise.notebook.cells), [v.mistake for v in exercise.questions[0].wrong]
    (2, ['int', 'none'])
    """
    path = Path(path)
    lines = _all_lines(path, len(notebook.cells))
    kept = []
    variants: list[tuple[int, Variant]] = []
    declared: dict[str, tuple[int, dict]] = {}
    for number, cell in enumerate(notebook.cells, start=1):
        line = lines[number - 1]
        meta = cell.metadata.get("farshlab")
        if meta is None:
            kept.append(cell)
            continue
        if not isinstance(meta, dict):
            raise ExerciseError(path, "the farshlab metadata must be a JSON object", cell=number, line=line)
        kinds = [kind for kind in VARIANT_KINDS if kind in meta]
        nbg = cell.metadata.get("nbgrader")
        if kinds:
            if len(kinds) > 1 or nbg is not None or cell.cell_type != "code":
                raise ExerciseError(
                    path, "a wrong or library answer is a code cell of its own, without nbgrader metadata",
                    cell=number, line=line,
                )  # fmt: skip
            kind = kinds[0]
            mistake = meta.get("mistake", "")
            if kind == "wrong_answer" and not (isinstance(mistake, str) and mistake.strip()):
                raise ExerciseError(
                    path, 'a wrong answer needs "mistake": the mistake in plain words', cell=number, line=line
                )
            if set(meta) - {kind, "mistake"}:
                raise ExerciseError(path, f"unknown farshlab keys {sorted(set(meta) - {kind, 'mistake'})}",
                                    cell=number, line=line)  # fmt: skip
            variants.append((number, Variant(kind, str(meta[kind]), cell.source, str(mistake).strip(), line)))
            continue
        grade_id = nbg.get("grade_id") if isinstance(nbg, dict) else None
        if not (isinstance(nbg, dict) and nbg.get("solution") and cell.cell_type == "code"):
            raise ExerciseError(path, "farshlab metadata on a cell that is not an answer cell", cell=number,
                                line=line, grade_id=grade_id)  # fmt: skip
        unknown = set(meta) - {"writes", "answered_by"}
        if unknown:
            raise ExerciseError(path, f"unknown farshlab keys {sorted(unknown)}", cell=number, line=line,
                                grade_id=grade_id)  # fmt: skip
        declared[grade_id] = (number, meta)
        cell = copy.deepcopy(cell)
        del cell.metadata["farshlab"]
        kept.append(cell)
    out = copy.deepcopy(notebook)
    out.cells = kept
    exercise = Exercise(path, out)
    if assignment_id is not None:
        exercise.cells = check_exercise(out, path, assignment_id)
    _collect_questions(exercise, lines, notebook, declared, variants)
    return exercise


def _all_lines(path: Path, count: int) -> list[int | None]:
    return cell_lines(path, count, variants=True) if path.is_file() else [None] * count


def _collect_questions(exercise: Exercise, lines, notebook, declared, variants) -> None:
    path = exercise.text
    cells = {}
    for number, cell in enumerate(notebook.cells, start=1):
        nbg = cell.metadata.get("nbgrader")
        if isinstance(nbg, dict) and nbg.get("grade_id"):
            cells[nbg["grade_id"]] = (number, cell, nbg)
    for grade_id, (number, cell, nbg) in cells.items():
        if not (nbg.get("solution") and cell.cell_type == "code" and _ANSWER_ID.match(grade_id)):
            continue
        test = cells.get(answer_tests_id(grade_id))
        if test is None or not test[2].get("grade") or test[1].cell_type != "code":
            continue
        label, points = question_label(grade_id), float(test[2]["points"])
        question = Question(grade_id, answer_tests_id(grade_id), label, points)
        question.line = lines[number - 1]
        if grade_id not in declared:
            raise ExerciseError(
                path, 'the answer cell needs farshlab={"writes": [...], "answered_by": [...]} on its line: '
                "what the question asks the trainee to write and the library functions that would answer it",
                cell=number, line=question.line, grade_id=grade_id,
            )  # fmt: skip
        meta = declared[grade_id][1]
        try:
            question.writes = _strings(meta.get("writes"), '"writes"')
            question.answered_by = _strings(meta.get("answered_by", []), '"answered_by"')
        except ValueError as error:
            raise ExerciseError(
                path, str(error), cell=number, line=question.line, grade_id=grade_id
            ) from None
        exercise.questions.append(question)
    known = {q.answer: q for q in exercise.questions}
    for number, variant in variants:
        question = known.get(variant.answer)
        if question is None:
            raise ExerciseError(
                path, f"{variant.kind} names {variant.answer!r}, which is not an autograded answer cell",
                cell=number, line=variant.line,
            )  # fmt: skip
        (question.wrong if variant.kind == "wrong_answer" else question.library).append(variant)
    for question in exercise.questions:
        where = {"line": question.line, "grade_id": question.answer}
        if len(question.wrong) < MIN_WRONG_ANSWERS:
            raise ExerciseError(
                path, f"{question.label} has {len(question.wrong)} wrong answer(s); each autograded question "
                f"needs at least {MIN_WRONG_ANSWERS} typical mistakes its tests must reject", **where,
            )  # fmt: skip
        if question.answered_by and not question.library:
            raise ExerciseError(
                path, f"{question.label} declares library names but no library answer that uses them", **where
            )
        if question.library and not question.answered_by:
            raise ExerciseError(
                path,
                f"{question.label} has a library answer but declares no library names to switch off",
                **where,
            )
