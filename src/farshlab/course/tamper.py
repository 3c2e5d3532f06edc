"""
Flags for human review: what a submission did that a grader should look at.

A flag never changes a score by itself — scoring stays nbgrader's — except where the issue of
fairness is the score itself: test cells run after the test machinery was replaced get an
error output before scoring (see :mod:`farshlab.course.execute`), and restored locked cells
are nbgrader's own ``OverwriteCells``. Every flag has a short code (the ``flags`` column of
``grades.csv``) and a sentence for the report.

Codes
-----
``test_cell_edited`` / ``test_cell_deleted`` / ``locked_cell_edited`` / ``locked_cell_deleted``
    compared with the released notebook (nbgrader restores or adds them back before running);
``tests_patched``
    test helpers rebound (``numpy.testing.assert_allclose = …``, ``AssertionError``, IPython's
    exception handling), seen by the probe before a test cell or in the code;
``read_outside`` / ``write_outside``
    files opened outside the scratch folder (audit hook inside the kernel);
``exit_called`` (``sys.exit``/``SystemExit``), ``kernel_died`` (``os._exit``, a crash),
``budget_hit``, ``memory_limit``, ``process_limit``, ``output_capped``, ``write_cap``;
``corrupt_notebook``, ``not_utf8``, ``large_notebook``, ``missing_notebook``, ``extra_notebook``,
``wrong_assignment``; ``late``, ``not_in_roster``, ``original_changed`` (set by the batch);
``symlink_refused``
    a file or folder of the submission that is a symbolic link, a named pipe or a device:
    never followed, opened or copied (see :mod:`farshlab.course.collect`).
``library_answer``
    an answer or test cell called a library function the assignment's rule switches off
    (:mod:`farshlab.course.rule`); the detail names the question's test ``grade_id``.

Functions
---------
cell_changes
    Locked and test cells edited or deleted, and a notebook of another assignment.
static_patches
    Assignments in the trainee's code that rebind test machinery.
outcome_flags
    Flags from one execution (limits hit, kernel death, files outside, patches).

Classes
-------
Flag
    One flag: code and detail.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from nbformat import NotebookNode

from farshlab.course.rule import without_rule

__all__ = ["FLAG_CODES", "Flag", "cell_changes", "cell_text", "outcome_flags", "static_patches"]

FLAG_CODES = (
    "test_cell_edited",
    "test_cell_deleted",
    "locked_cell_edited",
    "locked_cell_deleted",
    "tests_patched",
    "read_outside",
    "write_outside",
    "exit_called",
    "kernel_died",
    "budget_hit",
    "memory_limit",
    "process_limit",
    "output_capped",
    "write_cap",
    "corrupt_notebook",
    "not_utf8",
    "large_notebook",
    "missing_notebook",
    "extra_notebook",
    "wrong_assignment",
    "late",
    "not_in_roster",
    "original_changed",
    "symlink_refused",
    "library_answer",
)

_WATCHED_MODULES = {"np", "numpy", "math", "builtins", "testing", "npt", "__builtins__", "nt"}
_WATCHED_NAMES = {
    "AssertionError",
    "assert_allclose",
    "assert_array_equal",
    "assert_equal",
    "assert_almost_equal",
    "isclose",
    "allclose",
    "array_equal",
}


@dataclass(frozen=True)
class Flag:
    """
    One reason for a person to look at a submission.

    Examples
    --------
    >>> Flag("budget_hit", "the 10 s time budget was spent").code
    'budget_hit'
    >>> Flag("nonsense", "")
    Traceback (most recent call last):
    ...
    ValueError: code must be one of FLAG_CODES, got 'nonsense'
    """

    code: str
    detail: str = ""

    def __post_init__(self) -> None:
        if self.code not in FLAG_CODES:
            raise ValueError(f"code must be one of FLAG_CODES, got {self.code!r}")


#: Attributes of IPython's and the kernel's machinery (and of functions' insides) that no course
#: question needs: reaching for one is how cells are rewired or the test runner is tampered with.
_DOOR_ATTRIBUTES = {
    "ast_transformers",
    "input_transformers_post",
    "input_transformers_cleanup",
    "input_transformer_manager",
    "run_cell",
    "run_cell_async",
    "transform_cell",
    "transform_ast",
    "run_ast_nodes",
    "run_code",
    "ast_parse",
    "showtraceback",
    "_showtraceback",
    "set_custom_exc",
    "custom_exceptions",
    "CustomTB",
    "do_execute",
    "execute_request",
    "meta_path",
    "__closure__",
    "cell_contents",
    "__code__",
}
#: Names of farshlab's test runner inside a grading kernel.
_DOOR_MARK = "__farshlab"


def _nbgrader(cell) -> dict:
    meta = cell.get("metadata", {}).get("nbgrader", {})
    return meta if isinstance(meta, dict) else {}


def cell_text(source) -> str:
    """
    A cell's source as one string (nbformat allows a list of lines).

    Examples
    --------
    >>> cell_text(["a = 1", " + 2"]), cell_text(None)
    ('a = 1 + 2', '')
    """
    return "".join(source) if isinstance(source, list) else str(source or "")


def cell_changes(submitted: NotebookNode, released: NotebookNode) -> list[Flag]:
    """
    Compare a submission's locked and test cells with the released notebook.

    Parameters
    ----------
    submitted, released : nbformat.NotebookNode
        The trainee's notebook as handed in; the released copy it started from.

    Returns
    -------
    list of Flag
        ``*_edited`` / ``*_deleted`` per cell, or one ``wrong_assignment`` flag when none of the
        released graded cells is there but cells of another assignment are.

    Examples
    --------
    >>> import nbformat
    >>> cell = nbformat.v4.new_code_cell("assert f(2) == 4")
    >>> cell.metadata["nbgrader"] = {"grade": True, "locked": True, "grade_id": "q1-tests", "points": 1}
    >>> released = nbformat.v4.new_notebook(cells=[cell])
    >>> edited = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("pass", metadata=cell.metadata)])
    >>> [f.code for f in cell_changes(edited, released)]
    ['test_cell_edited']
    >>> [f.code for f in cell_changes(nbformat.v4.new_notebook(), released)]
    ['test_cell_deleted']
    """
    wanted = {}
    for cell in released.cells:
        meta = _nbgrader(cell)
        if meta.get("grade_id") and (meta.get("locked") or meta.get("grade")):
            wanted[meta["grade_id"]] = cell
    mine = {}
    other_ids = set()
    for cell in submitted.cells:
        meta = _nbgrader(cell)
        grade_id = meta.get("grade_id")
        if isinstance(grade_id, str):
            mine.setdefault(grade_id, cell)
            other_ids.add(grade_id)
    released_ids = {_nbgrader(c).get("grade_id") for c in released.cells} - {None}
    if other_ids and not (other_ids & released_ids):
        return [Flag("wrong_assignment", "none of this assignment's cells is in the notebook")]
    flags = []
    for grade_id, cell in wanted.items():
        kind = "test" if _nbgrader(cell).get("grade") and cell.cell_type == "code" else "locked"
        if _nbgrader(cell).get("solution"):
            continue
        theirs = mine.get(grade_id)
        if theirs is None:
            flags.append(Flag(f"{kind}_cell_deleted", grade_id))
        elif _code(theirs.get("source")) != _code(cell.source):
            flags.append(Flag(f"{kind}_cell_edited", grade_id))
    return flags


def _code(source) -> str:
    """A locked cell's code as compared: the library rule a build adds to a set-up cell left out."""
    return without_rule(cell_text(source)).strip()


def _dotted(node: ast.AST) -> str:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
    elif isinstance(node, ast.Subscript):
        parts.append("[]")
    return ".".join(reversed(parts))


def static_patches(nb: NotebookNode) -> list[str]:
    """
    Find code in a notebook's own cells that rebinds test machinery or reaches into the shell.

    Only cells that are not test cells are read (test cells are the course's). Found are:
    assignments to numpy's, math's and builtins' test helpers; any use of IPython's and the
    kernel's machinery for running cells (``ast_transformers``, ``run_cell``, ``run_code``,
    ``showtraceback`` … and ``sys.meta_path``); the insides of functions (``__code__``,
    ``__closure__``); farshlab's test runner by name. No course question needs any of them.
    IPython magics and code that does not parse are skipped.

    Returns
    -------
    list of str
        What is rebound or reached, e.g. ``["np.testing.assert_allclose"]``.

    Examples
    --------
    >>> import nbformat
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
    ...     "import numpy as np\\nnp.testing.assert_allclose = lambda *a, **k: None")])
    >>> static_patches(nb)
    ['np.testing.assert_allclose']
    >>> static_patches(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = np.isclose(1, 1)")]))
    []
    >>> static_patches(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
    ...     "get_ipython().ast_transformers.append(t)")]))
    ['ast_transformers']
    """
    found = []
    for cell in nb.cells:
        if (
            cell.get("cell_type") != "code"
            or _nbgrader(cell).get("grade")
            and not _nbgrader(cell).get("solution")
        ):
            continue
        source = "\n".join(
            line
            for line in cell_text(cell.get("source")).splitlines()
            if not line.lstrip().startswith(("%", "!"))
        )
        try:
            tree = ast.parse(source)
        except (SyntaxError, ValueError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and (
                node.attr in _DOOR_ATTRIBUTES or node.attr.startswith(_DOOR_MARK)
            ):
                found.append(_dotted(node) or node.attr)
                continue
            if (
                isinstance(node, ast.Name)
                and node.id.startswith(_DOOR_MARK)
                or isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and _DOOR_MARK in node.value
            ):
                found.append("farshlab's test runner")
                continue
            targets = []
            if isinstance(node, ast.Assign):
                targets = node.targets
            elif isinstance(node, ast.AugAssign | ast.AnnAssign):
                targets = [node.target]
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "setattr"
                and node.args
            ):
                base = _dotted(node.args[0])
                if base.split(".")[0] in _WATCHED_MODULES:
                    found.append(f"setattr({base}, …)")
                continue
            for target in targets:
                name = _dotted(target)
                head = name.split(".")[0]
                if isinstance(target, ast.Attribute) and (
                    head in _WATCHED_MODULES or name.split(".")[-1] in _WATCHED_NAMES
                ):
                    found.append(name)
                elif isinstance(target, ast.Name) and name == "AssertionError":
                    found.append(name)
                elif isinstance(target, ast.Subscript) and "__builtins__" in ast.unparse(target):
                    found.append(ast.unparse(target))
    return sorted(set(found))


def outcome_flags(outcome, limits, cap_bytes: int) -> list[Flag]:
    """
    Flags from one execution (:class:`farshlab.course.execute.Outcome`).

    Parameters
    ----------
    outcome : Outcome
        What happened.
    limits : Limits
        The limits it ran under.
    cap_bytes : int
        Most bytes a scratch folder may hold after the run.

    Returns
    -------
    list of Flag
    """
    flags = []
    if outcome.stopped == "budget":
        flags.append(Flag("budget_hit", f"the time budget of {limits.budget_s:g} s was spent"))
    elif outcome.stopped in ("kernel_died", "start_failed"):
        flags.append(Flag("kernel_died", outcome.detail or "the kernel stopped before the last cell"))
    if outcome.patched:
        flags.append(Flag("tests_patched", ", ".join(outcome.patched)))
    reads = sorted({e["path"] for e in outcome.outside if not e["write"]})
    writes = sorted({e["path"] for e in outcome.outside if e["write"]})
    if reads:
        flags.append(Flag("read_outside", ", ".join(reads[:5])))
    if writes:
        flags.append(Flag("write_outside", ", ".join(writes[:5])))
    errors = set(outcome.errors)
    if "SystemExit" in errors:
        flags.append(Flag("exit_called", "the notebook called sys.exit()"))
    if "MemoryError" in errors:
        flags.append(Flag("memory_limit", f"the memory limit of {limits.memory_mb} MB was hit"))
    if errors & {"BlockingIOError"} or any("can't start new thread" in e for e in errors):
        flags.append(Flag("process_limit", f"the limit of {limits.processes} processes was hit"))
    if outcome.output_capped:
        flags.append(Flag("output_capped", f"output beyond {limits.output_kb} kB per cell was dropped"))
    if outcome.stopped == "write_cap":
        flags.append(
            Flag("write_cap", f"{outcome.scratch_bytes} bytes in files written: the notebook was stopped")
        )
    elif outcome.scratch_bytes > cap_bytes or errors & {"OSError"} and outcome.scratch_bytes > cap_bytes // 2:
        flags.append(Flag("write_cap", f"{outcome.scratch_bytes} bytes written"))
    return flags
