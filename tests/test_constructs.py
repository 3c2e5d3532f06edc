"""Every construct an assignment's model solution uses is shown in a lesson of that module or an earlier one.

A trainee new to programming cannot use what they have never seen. So the code of every model solution
(between ``### BEGIN SOLUTION`` and ``### END SOLUTION`` in ``exercises/*/*.py``) is read with
:mod:`ast`, and each construct it uses must appear in a code cell of a lesson that ``course.yml`` lists
for the assignment's module or an earlier module.

The constructs (what :func:`constructs` names):

- **statements**: ``def``, ``return``, ``return`` inside a loop (stopping early), returning several
  values, ``for``, ``for a, b in …``, a loop inside a loop, ``while``, ``if``, ``elif``, ``else``,
  ``break``, ``continue``, ``+=`` and the other updates, ``a, b = …``, ``a, *rest = …``,
  ``a = b = …``, ``x[key] = …``, ``raise``, ``try``, ``with``, ``assert``, ``import``;
- **expressions**: ``lambda``, ``a if c else b``, a chained comparison ``a < b < c``, ``in`` /
  ``not in``, ``is`` / ``is not``, ``None``, ``True`` / ``False``, ``and`` / ``or``, ``not``, the
  operators ``//``, ``%``, ``**`` and ``@``; list, dict and set displays; f-strings and each format
  type (``{x:,}``, ``{x:.1f}``, ``{x:02x}`` …);
- **comprehensions**: list, dict and set comprehensions and generator expressions, with an ``if``,
  with two ``for``, and one inside another;
- **indexing**: a slice ``x[a:b]``, a slice with a step ``x[::-1]``, counting from the end ``x[-1]``,
  ``grid[r, c]``, ``grid[a:b, c:d]`` / ``grid[:, ::-1]``, and a boolean mask ``grid[grid == 2]``;
- **built-in functions** by name (``round``, ``len``, ``enumerate``, ``zip``, ``sorted``, ``min``,
  ``sum``, ``abs``, ``int`` …), each keyword they are given (``enumerate(start=…)``,
  ``sorted(key=…, reverse=…)``, ``min(key=…)``), and the second arguments that change what they do
  (``round(x, digits)``, ``int(text, base)``, ``min(a, b)`` against ``min(collection)``);
- **methods of Python's own types** (``dict``, ``list``, ``str``, ``set``, ``tuple``) by name, called or
  passed as a value: ``.get``, ``.items``, ``.values``, ``.append``, ``.count``, ``.copy``, ``.join``,
  ``.lstrip`` ….

Not counted: functions and methods of libraries (``np.pad``, ``math.ceil``, ``grid.reshape``). A
question names those in its hints and a trainee can look them up; a construct cannot be looked up by
someone who has never seen it. The test reads the lessons and the exercises when it runs, so it follows
the assignments as they change.
"""

from __future__ import annotations

import ast
import builtins
from dataclasses import dataclass
from pathlib import Path

import pytest

from farshlab.course.catalogue import load_course
from farshlab.course.notebooks import BEGIN_SOLUTION, END_SOLUTION, read_text_notebook
from farshlab.course.project import find_project

BUILTIN_FUNCTIONS = {
    name
    for name in dir(builtins)
    if not name.startswith("_")
    and callable(getattr(builtins, name))
    and not (isinstance(getattr(builtins, name), type) and issubclass(getattr(builtins, name), BaseException))
}
BUILTIN_METHODS = {
    name for kind in (dict, list, str, set, tuple) for name in dir(kind) if not name.startswith("_")
}
SECOND_ARGUMENT = {"round": "round(x, digits)", "int": "int(text, base)"}
OPERATORS = {ast.FloorDiv: "//", ast.Mod: "%", ast.Pow: "**", ast.MatMult: "@"}
STATEMENTS = {
    ast.FunctionDef: "def",
    ast.For: "for loop",
    ast.While: "while loop",
    ast.Break: "break",
    ast.Continue: "continue",
    ast.AugAssign: "x += … (update in place)",
    ast.Raise: "raise",
    ast.Try: "try / except",
    ast.With: "with",
    ast.Assert: "assert",
    ast.Import: "import",
    ast.ImportFrom: "import",
    ast.Lambda: "lambda",
    ast.IfExp: "a if condition else b",
    ast.BoolOp: "and / or",
    ast.JoinedStr: "f-string",
    ast.Dict: "{key: value} dict",
    ast.Set: "{a, b} set",
}
COMPREHENSIONS = {
    ast.ListComp: "[… for …] list comprehension",
    ast.DictComp: "{…: … for …} dict comprehension",
    ast.SetComp: "{… for …} set comprehension",
    ast.GeneratorExp: "(… for …) generator expression",
}
LOOPS = (ast.For, ast.While)
SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


def _imported_names(trees) -> set[str]:
    """Names bound by import statements: calls through them are library calls."""
    names = set()
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names |= {alias.asname or alias.name.split(".")[0] for alias in node.names}
    return names


def _defined_names(trees) -> set[str]:
    """Names the notebook itself defines (a ``def sum`` is not the built-in ``sum``)."""
    names = set()
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
    return names


def _root_name(node: ast.expr) -> str | None:
    while isinstance(node, ast.Attribute):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def _is_negative(node: ast.expr | None) -> bool:
    return isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub)


def _format_type(spec: ast.JoinedStr) -> str:
    text = "".join(part.value for part in spec.values if isinstance(part, ast.Constant))
    if text and text[-1].isalpha():
        return text[-1]
    return "," if "," in text else "width"


def constructs(tree: ast.AST, *, imported=frozenset(), defined=frozenset(), lines=None) -> dict[str, int]:
    """
    The constructs used in ``tree``, each with the first line it is used on.

    ``imported`` are names bound by imports (calls through them are library calls, not counted);
    ``defined`` are names the code defines itself (so not built-ins); ``lines`` = ``(first, last)``
    keeps only the constructs used on those lines.
    """
    parents = {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}

    def ancestors(node):
        while node in parents:
            node = parents[node]
            yield node

    def inside(node, kinds) -> bool:
        """Is ``node`` inside one of ``kinds`` within its own function?"""
        for above in ancestors(node):
            if isinstance(above, SCOPES):
                return False
            if isinstance(above, kinds):
                return True
        return False

    masks = {
        target.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Compare | ast.BoolOp)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    found: dict[str, int] = {}

    def add(name: str, node: ast.AST) -> None:
        line = getattr(node, "lineno", None)
        if line is not None and (lines is None or lines[0] <= line <= lines[1]):
            found.setdefault(name, line)

    for node in ast.walk(tree):
        kind = type(node)
        if kind in STATEMENTS:
            add(STATEMENTS[kind], node)
        if isinstance(node, ast.Return):
            add("return", node)
            if inside(node, LOOPS):
                add("return inside a loop (stop early)", node)
            if isinstance(node.value, ast.Tuple):
                add("return a, b (several values)", node)
        elif isinstance(node, ast.For):
            if isinstance(node.target, ast.Tuple | ast.List):
                add("for a, b in … (unpacking)", node)
            if inside(node, LOOPS):
                add("a loop inside a loop", node)
        elif isinstance(node, ast.If):
            parent = parents.get(node)
            is_elif = isinstance(parent, ast.If) and parent.orelse == [node]
            add("elif" if is_elif else "if", node)
            if node.orelse and not (len(node.orelse) == 1 and isinstance(node.orelse[0], ast.If)):
                add("else", node)
        elif isinstance(node, ast.Assign):
            if len(node.targets) > 1:
                add("a = b = … (chained assignment)", node)
            if any(isinstance(target, ast.Tuple | ast.List) for target in node.targets):
                add("a, b = … (unpacking)", node)
        elif isinstance(node, ast.Starred) and isinstance(node.ctx, ast.Store):
            add("a, *rest = … (starred unpacking)", node)
        elif isinstance(node, ast.Subscript):
            _subscript(node, masks, add)
        elif isinstance(node, ast.Compare):
            if len(node.ops) > 1:
                add("a < b < c (chained comparison)", node)
            if any(isinstance(op, ast.In | ast.NotIn) for op in node.ops):
                add("in / not in", node)
            if any(isinstance(op, ast.Is | ast.IsNot) for op in node.ops):
                add("is / is not", node)
        elif isinstance(node, ast.Constant):
            if node.value is None:
                add("None", node)
            elif isinstance(node.value, bool):
                add("True / False", node)
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            add("not", node)
        elif isinstance(node, ast.BinOp) and type(node.op) in OPERATORS:
            text = isinstance(node.left, ast.JoinedStr) or (
                isinstance(node.left, ast.Constant) and isinstance(node.left.value, str)
            )
            text_formatting = isinstance(node.op, ast.Mod) and text
            if not text_formatting:
                add(OPERATORS[type(node.op)], node)
        elif isinstance(node, ast.List) and isinstance(node.ctx, ast.Load):
            add("[a, b] list", node)
        elif isinstance(node, ast.FormattedValue) and node.format_spec is not None:
            add(f"f-string format :{_format_type(node.format_spec)}", node)
        elif kind in COMPREHENSIONS:
            add(COMPREHENSIONS[kind], node)
            if any(generator.ifs for generator in node.generators):
                add("comprehension with if", node)
            if len(node.generators) > 1:
                add("comprehension with two for", node)
            if any(isinstance(above, tuple(COMPREHENSIONS)) for above in ancestors(node)):
                add("comprehension inside a comprehension", node)
        elif isinstance(node, ast.Call):
            _call(node, imported, defined, add)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load):
            called = isinstance(parents.get(node), ast.Call) and parents[node].func is node
            if not called and node.attr in BUILTIN_METHODS and _root_name(node) not in imported:
                add(f".{node.attr}()", node)
    return found


def _subscript(node: ast.Subscript, masks: set[str], add) -> None:
    if isinstance(node.ctx, ast.Store):
        add("x[key] = … (item assignment)", node)
    index = node.slice
    parts = index.elts if isinstance(index, ast.Tuple) else [index]
    if isinstance(index, ast.Tuple):
        two_d = "grid[a:b, c:d] (2-D slice)" if any(isinstance(p, ast.Slice) for p in parts) else None
        add(two_d or "grid[r, c] (2-D index)", node)
    for part in parts:
        if isinstance(part, ast.Slice):
            add("x[a:b] (slice)" if part.step is None else "x[::step] (slice with a step)", node)
            if any(_is_negative(bound) for bound in (part.lower, part.upper, part.step)):
                add("x[-1] (counting from the end)", node)
        elif _is_negative(part):
            add("x[-1] (counting from the end)", node)
        elif isinstance(part, ast.Compare | ast.BoolOp) or (isinstance(part, ast.Name) and part.id in masks):
            add("grid[mask] (boolean mask)", node)


def _call(node: ast.Call, imported, defined, add) -> None:
    function = node.func
    if isinstance(function, ast.Name):
        name = function.id
        if name not in BUILTIN_FUNCTIONS or name in imported or name in defined:
            return
        add(f"{name}()", node)
        for keyword in node.keywords:
            if keyword.arg:
                add(f"{name}({keyword.arg}=…)", node)
        if name in SECOND_ARGUMENT and len(node.args) > 1:
            add(SECOND_ARGUMENT[name], node)
        if name in ("min", "max"):
            add(f"{name}(a, b)" if len(node.args) > 1 else f"{name}(collection)", node)
    elif isinstance(function, ast.Attribute):
        if _root_name(function) in imported or function.attr not in BUILTIN_METHODS:
            return
        add(f".{function.attr}()", node)


def _parse(source: str, where: str) -> ast.Module:
    try:
        return ast.parse(source)
    except SyntaxError as error:
        raise AssertionError(
            f"{where}: a code cell is not Python ({error.msg}, line {error.lineno})"
        ) from error


def _code_cells(path: Path) -> list:
    return [cell for cell in read_text_notebook(path).cells if cell.cell_type == "code"]


def lesson_constructs(paths) -> set[str]:
    """Every construct used in the code cells of the lessons ``paths``."""
    taught = set()
    for path in paths:
        trees = [_parse(cell.source, path.name) for cell in _code_cells(path)]
        imported, defined = _imported_names(trees), _defined_names(trees)
        for tree in trees:
            taught |= set(constructs(tree, imported=imported, defined=defined))
    return taught


@dataclass(frozen=True)
class Use:
    """One construct used by one model solution."""

    construct: str
    notebook: str
    grade_id: str
    line: int
    code: str


def _solution_spans(source: str) -> list[tuple[int, int]]:
    lines = source.splitlines()
    begins = [n for n, line in enumerate(lines, start=1) if line.strip() == BEGIN_SOLUTION]
    ends = [n for n, line in enumerate(lines, start=1) if line.strip() == END_SOLUTION]
    return list(zip(begins, ends, strict=True))


def solution_uses(path: Path) -> list[Use]:
    """The constructs of every model solution (code between the solution markers) in one exercise text."""
    cells = _code_cells(path)
    trees = [_parse(cell.source, path.name) for cell in cells]
    imported, defined = _imported_names(trees), _defined_names(trees)
    uses = []
    for cell, tree in zip(cells, trees, strict=True):
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id", "?")
        lines = cell.source.splitlines()
        for span in _solution_spans(cell.source):
            found = constructs(tree, imported=imported, defined=defined, lines=span)
            uses += [
                Use(name, path.name, grade_id, line, lines[line - 1].strip()) for name, line in found.items()
            ]
    return uses


def untaught(uses: list[Use], taught: set[str]) -> list[Use]:
    return [use for use in uses if use.construct not in taught]


# ---- the detector on small pieces of code: each construct is found, and only where it is used ----


def _found(source: str, **options) -> set[str]:
    tree = ast.parse(source)
    return set(constructs(tree, imported=_imported_names([tree]), defined=_defined_names([tree]), **options))


FIRST_ROW = """
def first_row_with(rows, code):
    for number, row in enumerate(rows, start=1):
        if code in row:
            return number
    return None
"""


def test_an_early_return_in_a_loop_in_and_none_are_found():
    found = _found(FIRST_ROW)
    assert {"return inside a loop (stop early)", "in / not in", "None", "enumerate(start=…)"} <= found
    assert {"for a, b in … (unpacking)", "for loop", "if", "return", "def"} <= found
    assert "return inside a loop (stop early)" not in _found(
        "def f(rows):\n    for r in rows:\n        pass\n    return 1"
    )


def test_a_return_in_a_function_defined_inside_a_loop_is_not_an_early_return():
    assert "return inside a loop (stop early)" not in _found("for x in y:\n    def f():\n        return x")


def test_in_is_a_comparison_not_the_in_of_a_for_loop():
    assert "in / not in" not in _found("for code in row:\n    total = code")
    assert "in / not in" in _found("found = 5 not in row")
    assert "is / is not" in _found("if place is None:\n    pass")


@pytest.mark.parametrize(
    ("source", "construct"),
    [
        ("row[2:5]", "x[a:b] (slice)"),
        ("row[::-1]", "x[::step] (slice with a step)"),
        ("row[-1]", "x[-1] (counting from the end)"),
        ("quarter[:, -2::-1]", "x[-1] (counting from the end)"),
        ("grid[1, 2]", "grid[r, c] (2-D index)"),
        ("grid[:, ::-1]", "grid[a:b, c:d] (2-D slice)"),
        ("grid[grid == 2] = 0", "grid[mask] (boolean mask)"),
        ("inside = grid > 1\ngrid[inside] = 3", "grid[mask] (boolean mask)"),
        ("totals[code] = 1", "x[key] = … (item assignment)"),
        ("7 // 2", "//"),
        ("7 % 2", "%"),
        ("a @ b", "@"),
        ("f'{red:02x}'", "f-string format :x"),
        ("f'{knots:,}'", "f-string format :,"),
        ("f'{maghat:.1f}'", "f-string format :f"),
        ("c, *_ = solve()", "a, *rest = … (starred unpacking)"),
        ("start = previous = 1", "a = b = … (chained assignment)"),
        ("ok = 0 <= r < rows", "a < b < c (chained comparison)"),
        ("x = 1 if a else 2", "a if condition else b"),
        ("[c for c in row if c]", "comprehension with if"),
        ("[(r, c) for r in a for c in b]", "comprehension with two for"),
        ("[[x for x in r] for r in g]", "comprehension inside a comprehension"),
        ("sum(x * x for x in row)", "(… for …) generator expression"),
        ("try:\n    x = 1\nexcept ValueError:\n    pass", "try / except"),
        ("def f():\n    return 1, 2", "return a, b (several values)"),
        ("min(legend, key=lambda code: legend[code])", "min(key=…)"),
        ("min(legend, key=lambda code: legend[code])", "lambda"),
        ("min(legend, key=lambda code: legend[code])", "min(collection)"),
        ("max(count, 1)", "max(a, b)"),
        ("sorted(names, reverse=True)", "sorted(reverse=…)"),
        ("int('b3', 16)", "int(text, base)"),
        ("round(x, 1)", "round(x, digits)"),
        ("totals.get(code, 0)", ".get()"),
        ("max(counts, key=counts.get)", ".get()"),
        ("'#b3261e'.lstrip('#')", ".lstrip()"),
        ("if a:\n    pass\nelif b:\n    pass\nelse:\n    pass", "elif"),
        ("if a:\n    pass\nelif b:\n    pass\nelse:\n    pass", "else"),
        ("for r in a:\n    for c in b:\n        pass", "a loop inside a loop"),
    ],
)
def test_each_construct_is_found(source, construct):
    assert construct in _found(source)


@pytest.mark.parametrize(
    ("source", "not_counted"),
    [
        ("import numpy as np\nnp.pad(field, 1)", "pad()"),
        ("import math\nmath.ceil(2.5)", "ceil()"),
        ("import numpy as np\nnp.unique(g, return_counts=True)", "unique(return_counts=…)"),
        ("picture.reshape(2, 2).mean(axis=1)", ".mean()"),
        ("def sum(values):\n    return 0\nsum([1])", "sum()"),
        ("raise ValueError('raj must be positive')", "ValueError()"),
        ("'%d knots' % 5", "%"),
        ("for x in row:\n    if x:\n        pass", "else"),
    ],
)
def test_library_calls_own_names_and_look_alikes_are_not_counted(source, not_counted):
    assert not_counted not in _found(source)


def test_only_the_solution_lines_are_read():
    source = (
        "def f(rows):\n    total = sum(rows)\n    ### BEGIN SOLUTION\n    return max(rows)\n"
        "    ### END SOLUTION\n"
    )
    (span,) = _solution_spans(source)
    found = _found(source, lines=span)
    assert "max()" in found and "sum()" not in found and "def" not in found


def test_a_construct_no_lesson_shows_is_reported(tmp_path):
    lesson = tmp_path / "00_lesson.py"
    lesson.write_text("# %%\nrow = [1, 2]\nfor code in row:\n    if code == 2:\n        print(code)\n")
    exercise = tmp_path / "a00_x.py"
    exercise.write_text(
        '# %% nbgrader={"grade": false, "grade_id": "a00-q1_1-answer", "locked": false, '
        '"schema_version": 3, "solution": true}'
        + FIRST_ROW.replace("    for", "    ### BEGIN SOLUTION\n    for")
        + "    ### END SOLUTION\n"
    )
    missing = {use.construct for use in untaught(solution_uses(exercise), lesson_constructs([lesson]))}
    assert {"return inside a loop (stop early)", "in / not in", "None", "enumerate(start=…)"} <= missing
    assert not missing & {"for loop", "if", "[a, b] list"}


# ---- the course: each assignment against its module's lessons and the earlier ones ----

PROJECT = find_project()
MODULES = load_course(PROJECT).modules


@pytest.mark.parametrize("module", MODULES, ids=[m.assignment for m in MODULES])
def test_every_construct_of_a_solution_is_taught_first(module):
    lessons = [PROJECT.root / lesson for m in MODULES if m.number <= module.number for lesson in m.lessons]
    taught = lesson_constructs(lessons)
    uses = [
        use for text in PROJECT.assignment(module.assignment).notebook_texts for use in solution_uses(text)
    ]
    assert uses, f"{module.assignment}: no model solution found between the solution markers"
    missing = untaught(uses, taught)
    report = "\n".join(
        f"  {use.construct}: {use.notebook} {use.grade_id}, line {use.line}: {use.code}" for use in missing
    )
    assert missing == [], (
        f"{module.assignment} uses constructs that no lesson of modules 0–{module.number} shows in a code "
        f"cell ({', '.join(Path(p).name for p in lessons)}):\n{report}"
    )
