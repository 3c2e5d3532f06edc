"""
Proof that an assignment's grades mean learning: wrong answers fail, library answers earn nothing.

``farshlab build`` runs these after nbgrader's own validation (the solution passes, the release
fails, :mod:`farshlab.course.validate`), on the variants each exercise text declares
(:mod:`farshlab.course.answers`):

**Wrong answers** (:func:`prove_answers`). Each wrong answer is put in place of its answer cell,
every other answer being the model solution, and the notebook is run with its hidden tests. The
question's own test cell must fail, and every other test cell must pass: a later question does
not lose its points for an earlier mistake (no cascading penalties).

**Library answers, rule off** (same run). Each library answer in place of its answer cell, with
the rule left out of the set-up cell, must pass every test: so the declared names really answer
the question, and switching them off is what takes the points away.

**Library answers, rule on** (:func:`prove_library_rule`). Submissions answering every declared
question with its library answers (the others with the solution) are graded by farshlab's own
sandboxed engine in a copy of the course, exactly as a trainee's would be: each declared
question must score 0 and be flagged ``library_answer`` with its test ``grade_id``, every other
question must keep its points (what a question legitimately uses stays available), and
nbgrader's validator — the trainee's Validate button — must report the same questions failing.

The first two run in one plain kernel per notebook, reset between variants (``%reset -f``): the
variants are the course's own text, not trainees' code.

Functions
---------
prove_answers
    Wrong answers and library answers (rule off) of one exercise notebook.
prove_library_rule
    The library answers of every assignment, graded with the rule on.
library_submission
    A released notebook answered with library answers (the k-th of each question).
"""

from __future__ import annotations

import copy
import json
import shutil
import tempfile
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbformat import NotebookNode

from farshlab.course.answers import Exercise, Question, Variant
from farshlab.course.notebooks import BEGIN_HIDDEN, BEGIN_SOLUTION, END_HIDDEN, END_SOLUTION, KERNELSPEC
from farshlab.course.project import notebook_name

__all__ = ["library_submission", "prove_answers", "prove_library_rule"]

#: Seconds one cell of a variant run may take.
CELL_TIMEOUT_S = 60
#: Student ids of the generated library-answer submissions (``library-answer-1`` …).
LIBRARY_STUDENT = "library-answer-{}"


_RESULT = "__farshlab_proof_result__"
#: Runs inside the proof's kernel: a variant's cells in a fresh namespace, IPython syntax turned
#: into Python by the shell, each cell under a time limit, output kept out of the channel; prints
#: which test cells failed (one request per variant instead of one per cell).
_DRIVER = f"""
def __farshlab_proof__(plan, limit):
    import contextlib, io, json, os, signal, sys
    os.environ["MPLBACKEND"] = "agg"
    shell = get_ipython()
    def stop(signum, frame):
        raise TimeoutError(f"over {{limit}} s")
    signal.signal(signal.SIGALRM, stop)
    namespace = {{"__name__": "__main__", "__builtins__": __builtins__, "get_ipython": get_ipython}}
    failed = {{}}
    for grade_id, source in json.loads(plan):
        try:
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                signal.alarm(limit)
                try:
                    exec(compile(shell.transform_cell(source), "<cell>", "exec"), namespace)
                finally:
                    signal.alarm(0)
        except BaseException as error:
            if grade_id:
                failed[grade_id] = f"{{type(error).__name__}}: {{str(error)[:200]}}"
    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")
    print("{_RESULT}", json.dumps(failed))
"""


def _grade_id(cell) -> str | None:
    return cell.metadata.get("nbgrader", {}).get("grade_id")


def _is_test(cell) -> bool:
    nbg = cell.metadata.get("nbgrader", {})
    return cell.cell_type == "code" and bool(nbg.get("grade")) and not nbg.get("solution")


def _error_line(outputs) -> str:
    for output in outputs:
        if output.get("output_type") == "error":
            return f"{output.get('ename')}: {str(output.get('evalue', ''))[:200]}"
    return ""


class _Kernel:
    """One plain kernel running notebooks' code cells in a folder, reset between runs."""

    def __init__(self, folder: Path):
        self.nb = nbformat.v4.new_notebook(metadata={"kernelspec": dict(KERNELSPEC)})
        self.client = NotebookClient(
            self.nb,
            timeout=CELL_TIMEOUT_S,
            kernel_name="python3",
            allow_errors=True,
            resources={"metadata": {"path": str(folder)}},
        )
        self.client.km = self.client.create_kernel_manager()
        self._ipc = tempfile.mkdtemp(prefix="farshlab-proof-")
        self.client.km.transport, self.client.km.ip = "ipc", str(Path(self._ipc) / "kernel")
        self.client.start_new_kernel()
        self.client.start_new_kernel_client()
        self._driver = False

    def run(self, cells: list[NotebookNode]) -> dict[str, str]:
        """
        Run the code cells in a fresh namespace (one request: :data:`_DRIVER` inside the kernel).

        Returns ``{grade_id: error}`` of the test cells that failed.
        """
        if not self._driver:
            self._cell(_DRIVER)
            self._driver = True
        plan = [
            (_grade_id(cell) if _is_test(cell) else None, cell.source)
            for cell in cells
            if cell.cell_type == "code"
        ]
        try:
            outputs = self._cell(f"__farshlab_proof__({json.dumps(plan)!r}, {CELL_TIMEOUT_S})")
        except CellTimeoutError:
            return {gid: f"Timeout: over {CELL_TIMEOUT_S} s" for gid, _ in plan if gid}
        text = "".join(o.get("text", "") for o in outputs if o.get("output_type") == "stream")
        if _error_line(outputs) or _RESULT not in text:
            return {
                gid: _error_line(outputs) or "the proof's driver gave no result" for gid, _ in plan if gid
            }
        return json.loads(text.split(_RESULT, 1)[1].strip().splitlines()[0])

    def _cell(self, source: str) -> list:
        cell = nbformat.v4.new_code_cell(source)
        self.nb.cells = [cell]
        self.client.execute_cell(cell, 0)
        return cell.outputs

    def close(self) -> None:
        try:
            self.client._cleanup_kernel()
        except Exception:  # noqa: BLE001, S110 -- a kernel that is already gone
            pass
        shutil.rmtree(self._ipc, ignore_errors=True)


def _with(notebook: NotebookNode, answer: str, source: str) -> list[NotebookNode]:
    cells = copy.deepcopy(notebook.cells)
    for cell in cells:
        if _grade_id(cell) == answer:
            cell.source = source
    return cells


def _where(exercise: Exercise, variant: Variant) -> str:
    return f"{exercise.text}:{variant.line}" if variant.line else str(exercise.text)


def prove_answers(exercise: Exercise, folder: Path) -> tuple[list[str], dict[str, int]]:
    """
    Prove one exercise notebook's wrong answers and its library answers (rule off).

    Parameters
    ----------
    exercise : Exercise
        The notebook without variants (and without the rule in its set-up cell), and its
        questions.
    folder : pathlib.Path
        Working folder of the kernel (the built ``source/<id>/``, which holds the data files).

    Returns
    -------
    problems : list of str
        One line per variant that does not behave: a wrong answer that passes its question's
        tests or fails another question's, a library answer that does not answer its question.
    counts : dict
        ``{"wrong": proven wrong answers, "library": proven library answers}``.
    """
    problems: list[str] = []
    counts = {"wrong": 0, "library": 0}
    kernel = _Kernel(folder)
    try:
        base = kernel.run(exercise.notebook.cells)
        if base:
            grade_id, error = next(iter(base.items()))
            return [f"{exercise.text}: the solution fails {grade_id} ({error}): variants not proven"], counts
        for question in exercise.questions:
            for variant in question.wrong:
                problem = _wrong_problem(exercise, question, variant, kernel)
                problems += [problem] if problem else []
                counts["wrong"] += not problem
            for variant in question.library:
                run = kernel.run(_with(exercise.notebook, question.answer, variant.source))
                if run:
                    grade_id, error = next(iter(run.items()))
                    problems.append(
                        f"{_where(exercise, variant)}: the library answer of {question.label} does not "
                        f"answer it (with the library on, {grade_id} fails: {error}), so it proves nothing"
                    )
                else:
                    counts["library"] += 1
    except DeadKernelError as error:
        problems.append(f"{exercise.text}: the proof's kernel died: {error}")
    finally:
        kernel.close()
    return problems, counts


def _wrong_problem(exercise: Exercise, question: Question, variant: Variant, kernel: _Kernel) -> str | None:
    run = kernel.run(_with(exercise.notebook, question.answer, variant.source))
    where = f"{_where(exercise, variant)}: wrong answer of {question.label} ({variant.mistake})"
    if question.tests not in run:
        return f"{where} passes its tests {question.tests}: they must reject it"
    others = sorted(set(run) - {question.tests})
    if others:
        return (
            f"{where} also fails {', '.join(others)}: a later question loses its points for this mistake "
            "(give it a correct reference of what it builds on, or test it on its own)"
        )
    return None


def _solution_code(source: str) -> str:
    """An answer cell's code as a trainee would write it: the solution, markers dropped."""
    markers = {BEGIN_SOLUTION, END_SOLUTION, BEGIN_HIDDEN, END_HIDDEN}
    return "\n".join(line for line in source.splitlines() if line.strip() not in markers)


def library_submission(released: NotebookNode, exercise: Exercise, k: int) -> NotebookNode:
    """
    Return ``released`` answered as a trainee using the library would answer it.

    Every question with library answers gets its ``k``-th (the last one when it has fewer);
    every other autograded question gets the model solution; written answers stay blank.

    Parameters
    ----------
    released : nbformat.NotebookNode
        The released notebook (not changed).
    exercise : Exercise
        Its exercise, with the solutions and library answers.
    k : int
        Which library answer (0-based).

    Returns
    -------
    nbformat.NotebookNode
    """
    answers = {q.answer: q for q in exercise.questions}
    solutions = {_grade_id(c): c.source for c in exercise.notebook.cells if _grade_id(c)}
    nb = copy.deepcopy(released)
    for cell in nb.cells:
        question = answers.get(_grade_id(cell))
        if question is None:
            continue
        if question.library:
            cell.source = question.library[min(k, len(question.library) - 1)].source
        else:
            cell.source = _solution_code(solutions[question.answer])
    return nb


def prove_library_rule(course_dir: Path, exercises: dict[str, list[Exercise]], config) -> list[str]:
    """
    Grade library-answer submissions of every assignment with the rule on; return problems.

    Parameters
    ----------
    course_dir : pathlib.Path
        The built course (copied; the copy is graded and removed).
    exercises : dict
        ``{assignment id: its exercises}``.
    config : traitlets.config.Config
        The course's nbgrader configuration (for the validator).

    Returns
    -------
    list of str
        One line per question that a library answer still earns points on, that is not flagged,
        or that nbgrader's validator judges differently; and per other question that loses
        points in those submissions.
    """
    from farshlab.course.grade import grade_assignment

    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="farshlab-library-proof-") as tmp:
        course = Path(tmp) / "course"
        skip = shutil.ignore_patterns("submitted", "autograded", "feedback", "reports")
        shutil.copytree(course_dir, course, ignore=skip)
        for assignment_id, notebooks in exercises.items():
            declared = [q for exercise in notebooks for q in exercise.questions if q.library]
            if not declared:
                continue
            rounds = max(len(q.library) for q in declared)
            inbox = Path(tmp) / "inbox" / assignment_id
            for k in range(rounds):
                student = LIBRARY_STUDENT.format(k + 1)
                for exercise in notebooks:
                    name = notebook_name(exercise.text)
                    released = nbformat.read(course / "release" / assignment_id / name, as_version=4)
                    folder = inbox / student / assignment_id
                    folder.mkdir(parents=True, exist_ok=True)
                    nbformat.write(library_submission(released, exercise, k), folder / name)
            report = grade_assignment(course, assignment_id, inbox, workers=2)
            for row in report.rows:
                problems += _row_problems(row, notebooks)
            problems += _validator_problems(course, assignment_id, notebooks, inbox, config)
    return problems


def _row_problems(row, notebooks: list[Exercise]) -> list[str]:
    problems = []
    k = int(row.student_id.rsplit("-", 1)[1]) - 1
    flagged = {d.split(": ", 2)[1] for d in row.flag_details if d.startswith("library_answer: ")}
    for exercise in notebooks:
        for question in exercise.questions:
            score = row.cells.get(question.tests)
            if question.library:
                variant = question.library[min(k, len(question.library) - 1)]
                where = f"{_where(exercise, variant)}: library answer of {question.label}"
                if score is None or score > 0:
                    problems.append(f"{where} earns {score} points when graded: declare the names it uses")
                elif question.tests not in flagged:
                    problems.append(f"{where} is not flagged library_answer ({question.tests}) when graded")
            elif score is None or score < question.points:
                problems.append(
                    f"{exercise.text}:{question.line}: {question.label} loses points ({score} of "
                    f"{question.points:g}) in {row.student_id}, whose other answers use the library: it "
                    "needs a switched-off function (or a test of it does)"
                )
    return problems


def _validator_problems(course: Path, assignment_id: str, notebooks, inbox: Path, config) -> list[str]:
    """
    nbgrader's validator (the Validate button) on the first library submission: it must fail
    every question answered with the library, as grading does. (A later question whose visible
    tests use an earlier answer may fail there too: the correct references that keep grading
    free of cascading penalties live in the hidden tests, which Validate does not run.)
    """
    from farshlab.course.validate import failing_tests

    problems = []
    folder = inbox.parent / "validate" / assignment_id
    shutil.copytree(course / "release" / assignment_id, folder)  # the data files, as a trainee has them
    for exercise in notebooks:
        name = notebook_name(exercise.text)
        shutil.copyfile(inbox / LIBRARY_STUDENT.format(1) / assignment_id / name, folder / name)
        failing = failing_tests(folder / name, config)
        for question in exercise.questions:
            if question.library and question.tests not in failing:
                problems.append(
                    f"{exercise.text}:{question.line}: nbgrader's Validate passes {question.tests} in a "
                    "library-answer submission, unlike grading"
                )
    return problems
