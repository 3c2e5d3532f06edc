"""
The library rule: in an assignment, the library functions that would answer its questions are off.

A question that asks a trainee to write ``knots_across`` measures nothing if
``from farshlab.carpet import knots_across`` answers it. Each assignment declares, per question,
the functions the trainee writes and the library functions that would answer them (farshlab's
own and the dependencies' equivalents: colour-science, scikit-image …). In that assignment the
*body* of every declared function is replaced by a call that raises :class:`LibraryAnswer`,
with a message saying which question asks for it. Replacing the body (not a name) is what makes
the rule hold whatever path leads to the function: ``import``, ``from … import``, ``importlib``,
``__import__``, ``sys.modules``, an attribute of a package imported earlier, or a dispatcher
that calls it.

Two layers apply the same rule:

- **While the trainee works** (JupyterLab, nbgrader's Validate button): the assignment's locked
  set-up cell calls :func:`switch_off`, which rewrites the declared functions in the kernel:
  modules already imported get the raising version in place, modules imported later are
  compiled from the rewritten source (an import hook). Someone who reads the files on disk can
  get round this layer; it is there so that the trainee meets the rule, with its message, while
  working, and Validate says what grading will say.
- **When graded** (farshlab's sandboxed engine): the files themselves are replaced. Each module
  that defines a declared function is rewritten (:func:`rewritten_source`) and mounted over the
  real file inside the sandbox, and its cached bytecode is hidden (:func:`sandbox_files`), so
  the kernel has no copy of the real code to import, read or ``exec``.

A refused call that reaches an answer or test cell fails it (the question scores 0 as any
failing test does) and the grader flags the row ``library_answer`` with the question's test
``grade_id`` (:func:`refusals_in`).

Classes
-------
Refusal
    One declared library function of one question.
LibraryAnswer
    The error a switched-off function raises.

Functions
---------
resolve
    Where a declared name is defined (``module:qualname``), checked to be Python source.
rewritten_source
    A module's source with the bodies of some functions replaced by a refusal.
refuse
    Raise :class:`LibraryAnswer` for one refusal (what a rewritten body calls).
switch_off
    The set-up cell's layer: switch the declared functions off in this kernel.
sandbox_files
    The grader's layer: rewritten files and hidden bytecode to mount in a sandbox.
refusals_in
    The refusals an executed notebook's answer and test cells met.
rule_of, rule_metadata
    The rule as a built notebook's metadata carries it.
setup_code
    The lines the build adds to an assignment's set-up cell.
"""

from __future__ import annotations

import ast
import builtins
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import inspect
import json
import sys
import types
from collections.abc import MutableMapping
from dataclasses import asdict, dataclass
from pathlib import Path

__all__ = [
    "ERROR_NAME", "LibraryAnswer", "NotInstalled", "Refusal", "RuleError", "installed", "refusal_message",
    "refusals_in", "refuse", "resolve", "rewritten_source", "rule_metadata", "rule_of", "sandbox_files",
    "setup_code", "switch_off", "without_rule",
]  # fmt: skip

#: The exception name the grader looks for in a cell's error.
ERROR_NAME = "LibraryAnswer"
#: Key of the rule in a built notebook's metadata (``metadata["farshlab"]["library_rule"]``).
METADATA_KEY = "library_rule"


class LibraryAnswer(Exception):  # noqa: N818 -- the trainee reads this name: it says what happened
    """A switched-off library function was called: the question asks the trainee to write it."""


class RuleError(ValueError):
    """A declared library name that cannot be switched off (unknown, not a Python function …)."""


class NotInstalled(RuleError):
    """A declared name from a package this environment does not have (nothing to switch off)."""


def installed(package: str) -> bool:
    """
    Whether the top-level package ``package`` can be imported here (found, not imported).

    Examples
    --------
    >>> installed("numpy"), installed("no_such_package_here")
    (True, False)
    """
    try:
        return importlib.util.find_spec(package.split(".")[0]) is not None
    except (ImportError, ValueError):
        return False


@dataclass(frozen=True)
class Refusal:
    """
    One library function switched off for one question.

    Attributes
    ----------
    question : str
        The question as trainees read it, e.g. ``"Q1.1"``.
    grade_id : str
        The question's test cell, e.g. ``"a00-q1_1-tests"``.
    writes : str
        What the question asks the trainee to write, e.g. ``"knots_across"``.
    shown : str
        The library name as declared and shown to the trainee, e.g. ``"farshlab.carpet.knots_across"``.
    target : str
        Where that function is defined, ``"module:qualname"`` (see :func:`resolve`).

    Examples
    --------
    >>> r = Refusal("Q1.1", "a00-q1_1-tests", "knots_across", "farshlab.carpet.knots_across",
    ...             "farshlab.carpet.geometry:knots_across")
    >>> r.module, r.qualname
    ('farshlab.carpet.geometry', 'knots_across')
    >>> Refusal.from_dict(r.as_dict()) == r
    True
    """

    question: str
    grade_id: str
    writes: str
    shown: str
    target: str

    @property
    def module(self) -> str:
        """The defining module's name."""
        return self.target.partition(":")[0]

    @property
    def qualname(self) -> str:
        """The function's qualified name in its module (``name`` or ``Class.name``)."""
        return self.target.partition(":")[2]

    def as_dict(self) -> dict:
        """The refusal as plain data (for notebook metadata and grading tasks)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Refusal:
        """Read a refusal written by :meth:`as_dict`."""
        return cls(**{key: str(data[key]) for key in ("question", "grade_id", "writes", "shown", "target")})


def resolve(dotted: str) -> str:
    """
    Return where the library function ``dotted`` is defined, as ``"module:qualname"``.

    Parameters
    ----------
    dotted : str
        An import path of the function, e.g. ``"farshlab.carpet.knots_across"`` or
        ``"colour.delta_E"``.

    Returns
    -------
    str

    Raises
    ------
    RuleError
        If the name does not import, is not a function written in Python (a class, a constant,
        a compiled function) or is defined where its body cannot be found (inside another
        function); :class:`NotInstalled` when its package is not installed at all.

    Examples
    --------
    >>> resolve("farshlab.carpet.knots_across")
    'farshlab.carpet.geometry:knots_across'
    >>> resolve("math.sqrt")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    farshlab.course.rule.RuleError: math.sqrt is not a function written in Python ...
    """
    parts = dotted.split(".")
    if not dotted or not all(part.isidentifier() for part in parts):
        raise RuleError(f"{dotted!r} is not a dotted import path")
    if not installed(parts[0]):
        raise NotInstalled(f"{dotted}: {parts[0]} is not installed here, so trainees cannot call it either")
    obj, error = None, None
    for cut in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:cut]))
        except ImportError as exc:
            error = exc
            continue
        try:
            for name in parts[cut:]:
                obj = getattr(obj, name)
        except AttributeError:
            raise RuleError(f"{dotted} does not exist ({'.'.join(parts[:cut])} has no {name})") from None
        break
    else:
        raise RuleError(f"{dotted} does not import: {error}")
    obj = inspect.unwrap(obj)
    if not inspect.isfunction(obj):
        raise RuleError(
            f"{dotted} is not a function written in Python ({type(obj).__name__}): it cannot be switched off"
        )
    if "<locals>" in obj.__qualname__ or "<lambda>" in obj.__qualname__:
        raise RuleError(f"{dotted} is made inside another function ({obj.__qualname__}): name that one")
    try:
        source = inspect.getsourcefile(obj)
    except TypeError:
        source = None
    if not source or not source.endswith(".py"):
        raise RuleError(f"{dotted} has no Python source file: it cannot be switched off")
    return f"{obj.__module__}:{obj.__qualname__}"


def _refusal_call(refusal: Refusal, lang: str) -> str:
    arguments = ", ".join(repr(v) for v in (refusal.shown, refusal.question, refusal.writes, lang))
    return f"__import__('farshlab.course.rule', fromlist=['refuse']).refuse({arguments})"


def _defs(tree: ast.Module, qualname: str) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    """Every def of ``qualname`` (``name`` or ``Class.name``) at module or class level."""
    *owners, name = qualname.split(".")
    scopes: list[list[ast.stmt]] = [tree.body]
    for owner in owners:
        scopes = [
            node.body
            for body in scopes
            for node in ast.walk(ast.Module(body=body, type_ignores=[]))
            if isinstance(node, ast.ClassDef) and node.name == owner
        ]
    found = []
    for body in scopes:
        for node in ast.walk(ast.Module(body=body, type_ignores=[])):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == name:
                found.append(node)
    return found


def rewritten_source(text: str, calls: dict[str, str]) -> str:
    """
    Return module source ``text`` with the body of each function in ``calls`` replaced.

    Each body (a docstring kept) becomes ``raise <call>`` on the body's first line; the lines it
    took stay as blank lines, so every other line of the module keeps its number. Functions of the
    same name at module level (or in the same class) are all replaced.

    Parameters
    ----------
    text : str
        The module's source.
    calls : dict
        ``{qualname: expression}``: what each replaced body raises or calls.

    Returns
    -------
    str

    Raises
    ------
    RuleError
        If a qualname has no def in the source.

    Examples
    --------
    >>> print(rewritten_source('def f(x):\\n    "Double."\\n    y = 2 * x\\n    return y\\n', {"f": "E()"}))
    def f(x):
        "Double."
        raise E()
    <BLANKLINE>
    <BLANKLINE>
    """
    tree = ast.parse(text)
    lines = text.splitlines(keepends=True)
    spans = []
    for qualname, call in calls.items():
        nodes = _defs(tree, qualname)
        if not nodes:
            raise RuleError(f"no def of {qualname} in the module's source")
        for node in nodes:
            body = node.body
            if len(body) > 1 and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                body = body[1:]
            spans.append(
                (body[0].lineno, body[0].col_offset, body[-1].end_lineno, body[-1].end_col_offset, call)
            )
    for first, col, last, end_col, call in sorted(spans, reverse=True):
        head = lines[first - 1].encode("utf-8")[:col].decode("utf-8")
        tail = lines[last - 1].encode("utf-8")[end_col:].decode("utf-8")  # a comment, the newline
        if first == last:
            replaced = [head + f"raise {call}" + tail]
        else:
            replaced = [head + f"raise {call}\n", *["\n"] * (last - first - 1), tail]
        lines[first - 1 : last] = replaced
    return "".join(lines)


def refuse(shown: str, question: str, writes: str, lang: str = "en") -> None:
    """
    Raise :class:`LibraryAnswer` for the switched-off function ``shown``.

    Examples
    --------
    >>> refuse("farshlab.carpet.knots_across", "Q1.1", "knots_across")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    farshlab.course.rule.LibraryAnswer: Q1.1 asks you to write knots_across yourself, so farshlab...
    """
    raise LibraryAnswer(refusal_message(shown, question, writes, lang))


def refusal_message(shown: str, question: str, writes: str, lang: str = "en") -> str:
    """
    The library rule's words to a trainee: which question, what to write, which function is off.

    The question is named as the language writes it: ``Q1.1`` in English, «پرسش ۱٫۱» in Persian.

    Examples
    --------
    >>> refusal_message("farshlab.carpet.knots_across", "Q1.1", "knots_across", "fa")[:29]
    'در پرسش ۱٫۱ باید knots_across'
    """
    from farshlab.locale import localise_digits, message

    if lang != "en":
        question = localise_digits(question.removeprefix("Q"), lang)
    return message("grading.library_answer", lang=lang, question=question, writes=writes, name=shown)


def _refusals(rule) -> list[Refusal]:
    """A rule given as :class:`Refusal` objects or their dictionaries, as objects."""
    return [r if isinstance(r, Refusal) else Refusal.from_dict(r) for r in rule]


def _by_module(refusals) -> dict[str, list[Refusal]]:
    grouped: dict[str, list[Refusal]] = {}
    for refusal in refusals:
        grouped.setdefault(refusal.module, []).append(refusal)
    return grouped


def _module_calls(refusals: list[Refusal], lang: str) -> dict[str, str]:
    return {r.qualname: _refusal_call(r, lang) for r in refusals}


class _RewritingLoader(importlib.machinery.SourceFileLoader):
    """Loads a module from its rewritten source (never from its cached bytecode)."""

    def __init__(self, fullname: str, path: str, calls: dict[str, str]):
        super().__init__(fullname, path)
        self.calls = calls

    def get_source(self, fullname: str) -> str:
        return rewritten_source(Path(self.path).read_text(encoding="utf-8"), self.calls)

    def get_code(self, fullname: str):
        return compile(self.get_source(fullname), self.path, "exec", dont_inherit=True)


class _RuleFinder(importlib.abc.MetaPathFinder):
    """Sends the modules that define switched-off functions through :class:`_RewritingLoader`."""

    def __init__(self, modules: dict[str, dict[str, str]]):
        self.modules = modules

    def find_spec(self, fullname, path=None, target=None):
        calls = self.modules.get(fullname)
        if calls is None:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path, target)
        if spec is None or not isinstance(spec.loader, importlib.machinery.SourceFileLoader):
            return spec
        loader = _RewritingLoader(fullname, spec.origin, calls)
        return importlib.util.spec_from_file_location(
            fullname, spec.origin, loader=loader, submodule_search_locations=spec.submodule_search_locations
        )


def switch_off(rule: list, lang: str = "en") -> None:
    """
    Switch the rule's library functions off in this kernel (the set-up cell's layer).

    Modules already imported get the raising functions in place (and every module holding the
    old function gets the new one); modules imported later are compiled from their rewritten
    source. Calling it again changes nothing more.

    Parameters
    ----------
    rule : list
        :class:`Refusal` objects or their dictionaries (as the set-up cell writes them).
    lang : str
        Language of the refusal messages.

    Examples
    --------
    >>> import farshlab.carpet as carpet
    >>> real = carpet.knots_across
    >>> switch_off([{"question": "Q1.1", "grade_id": "a00-q1_1-tests", "writes": "knots_across",
    ...              "shown": "farshlab.carpet.knots_across",
    ...              "target": "farshlab.carpet.geometry:knots_across"}])
    >>> carpet.knots_across(50, 50)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    farshlab.course.rule.LibraryAnswer: Q1.1 asks you to write knots_across yourself, so farshlab...
    >>> _restore_for_doctest(real)
    """
    refusals = _refusals(rule)
    modules = {name: _module_calls(group, lang) for name, group in _by_module(refusals).items()}
    if not modules:
        return
    finder = next((f for f in sys.meta_path if isinstance(f, _RuleFinder)), None)
    if finder is None:
        sys.meta_path.insert(0, _RuleFinder(modules))
    else:
        finder.modules.update(modules)
    replaced: list[tuple[object, object]] = []
    for module_name, calls in modules.items():
        module = sys.modules.get(module_name)
        if module is None:
            continue
        for qualname, call in calls.items():
            *owners, name = qualname.split(".")
            holder = module
            for owner in owners:
                holder = getattr(holder, owner)
            current = getattr(holder, name)
            if getattr(current, "__farshlab_refused__", False):
                continue
            scope: dict = {}
            exec(  # noqa: S102 -- a function whose body refuses, in place of the library's
                f"def {name}(*args, **kwargs):\n    raise {call}\n", {"__builtins__": builtins}, scope
            )
            new = scope[name]
            try:
                new.__signature__ = inspect.signature(current)
            except (TypeError, ValueError):
                pass
            new.__doc__, new.__qualname__, new.__module__ = current.__doc__, current.__qualname__, module_name
            new.__farshlab_refused__ = True
            setattr(holder, name, new)
            replaced += [(current, new), (inspect.unwrap(current), new)]
    if replaced:
        _replace_everywhere(replaced)


def _replace_everywhere(replaced: list[tuple[object, object]]) -> None:
    """Put each new function wherever a module (or a table in one) holds the old one."""
    news = {id(old): (old, new) for old, new in replaced}
    seen: set[int] = set()
    modules = list(sys.modules.values())
    while modules:
        module = modules.pop()
        namespace = getattr(module, "__dict__", None)
        if id(module) in seen or not isinstance(namespace, dict):
            continue
        seen.add(id(module))
        for key, value in list(namespace.items()):
            pair = news.get(id(value))
            if pair is not None and pair[0] is value:
                namespace[key] = pair[1]
            elif isinstance(value, types.ModuleType):
                modules.append(value)  # a module a wrapper in sys.modules hides (colour's API)
            elif isinstance(value, MutableMapping) and not isinstance(value, type):
                try:
                    items = list(value.items())
                except Exception:  # noqa: BLE001, S112 -- a mapping that cannot be listed
                    continue
                for inner, item in items:
                    pair = news.get(id(item))
                    if pair is not None and pair[0] is item:
                        value[inner] = pair[1]


def _restore_for_doctest(real) -> None:
    """Undo :func:`switch_off` of ``knots_across`` (for this module's doctest only)."""
    sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, _RuleFinder)]
    for module in list(sys.modules.values()):
        namespace = getattr(module, "__dict__", None)
        if isinstance(namespace, dict) and getattr(
            namespace.get("knots_across"), "__farshlab_refused__", False
        ):
            namespace["knots_across"] = real


def sandbox_files(rule: list, folder: Path, lang: str = "en") -> list[tuple[str, str]]:
    """
    Write the rewritten modules of ``rule`` into ``folder``; return what to mount where.

    Parameters
    ----------
    rule : list
        :class:`Refusal` objects or their dictionaries.
    folder : pathlib.Path
        Where the rewritten files are written (created).
    lang : str
        Language of the refusal messages.

    Returns
    -------
    list of (str, str)
        ``(file to mount, path it hides)`` pairs: each defining module's rewritten source over
        the real one, and an empty file over each of its cached bytecode files
        (``__pycache__/<name>.*.pyc``), which hold the real code too.

    Raises
    ------
    RuleError
        If a module cannot be found or a function has no def in it.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    empty = folder / "empty"
    empty.write_bytes(b"")
    mounts: list[tuple[str, str]] = []
    refusals = _refusals(rule)
    for number, (module_name, group) in enumerate(sorted(_by_module(refusals).items())):
        real = _module_file(module_name)
        text = rewritten_source(real.read_text(encoding="utf-8"), _module_calls(group, lang))
        stub = folder / f"{number:03d}-{real.name}"
        stub.write_text(text, encoding="utf-8")
        stub.chmod(0o644)
        mounts.append((str(stub), str(real)))
        cache = real.parent / "__pycache__"
        for compiled in sorted(cache.glob(f"{real.stem}.*.pyc")) if cache.is_dir() else []:
            mounts.append((str(empty), str(compiled.resolve())))
    empty.chmod(0o644)
    return mounts


def _module_file(module_name: str) -> Path:
    """
    The source file of ``module_name``, found without importing it (a grading worker need not
    import colour-science to mount its rewritten files).

    Examples
    --------
    >>> _module_file("farshlab.carpet.geometry").name
    'geometry.py'
    """
    top, *rest = module_name.split(".")
    spec = importlib.util.find_spec(top)  # a top-level name: found, not imported
    if spec is not None and spec.origin and spec.submodule_search_locations:
        base = Path(spec.origin).parent.joinpath(*rest)
        for candidate in (base.with_suffix(".py") if rest else None, base / "__init__.py"):
            if candidate is not None and candidate.is_file():
                return candidate.resolve()
    spec = importlib.util.find_spec(module_name)
    if spec is None or not spec.origin or not spec.origin.endswith(".py"):
        raise RuleError(f"{module_name} has no Python source file")
    return Path(spec.origin).resolve()


def refusals_in(nb, rule: list) -> list[tuple[str, Refusal]]:
    """
    Return the refusals that an executed notebook's answer and test cells met, by question.

    A cell counts when its error is :class:`LibraryAnswer` naming one of the rule's functions;
    other cells (a trainee's scratch cell) are not graded and are not counted. The question is
    that of the cell (a test cell's ``grade_id``; an answer cell ``…-answer`` gives its
    ``…-tests``), which may differ from the question that declared the function.

    Returns
    -------
    list of (str, Refusal)
        ``(grade_id, refusal)``, each pair once, in the notebook's order.

    Examples
    --------
    >>> import nbformat.v4 as v4
    >>> r = Refusal("Q1.1", "a00-q1_1-tests", "knots_across", "farshlab.carpet.knots_across", "m:f")
    >>> cell = v4.new_code_cell("x", metadata={"nbgrader": {"grade": True, "grade_id": "a00-q1_2-tests"}})
    >>> cell.outputs = [v4.new_output("error", ename="LibraryAnswer", traceback=[],
    ...                               evalue="... farshlab.carpet.knots_across is ...")]
    >>> [(grade_id, x.shown) for grade_id, x in refusals_in(v4.new_notebook(cells=[cell]), [r])]
    [('a00-q1_2-tests', 'farshlab.carpet.knots_across')]
    """
    refusals = _refusals(rule)
    by_length = sorted(refusals, key=lambda r: len(r.shown), reverse=True)
    met: list[tuple[str, Refusal]] = []
    for cell in nb.cells:
        nbg = cell.get("metadata", {}).get("nbgrader", {})
        grade_id = str(nbg.get("grade_id", ""))
        if cell.get("cell_type") != "code" or not (nbg.get("grade") or nbg.get("solution")) or not grade_id:
            continue
        if grade_id.endswith("-answer"):
            grade_id = grade_id.removesuffix("-answer") + "-tests"
        for output in cell.get("outputs", []):
            if output.get("output_type") != "error" or output.get("ename") != ERROR_NAME:
                continue
            text = f" {output.get('evalue', '')} "
            refusal = next((r for r in by_length if f" {r.shown} " in text), None)
            if refusal is not None and (grade_id, refusal) not in met:
                met.append((grade_id, refusal))
    return met


def rule_of(nb) -> tuple[list[Refusal], str]:
    """
    The rule a built notebook carries in its metadata, and the language of its messages.

    Examples
    --------
    >>> import nbformat.v4 as v4
    >>> rule_of(v4.new_notebook())
    ([], 'en')
    """
    data = nb.get("metadata", {}).get("farshlab", {}).get(METADATA_KEY, {})
    return [Refusal.from_dict(item) for item in data.get("refusals", [])], str(data.get("lang", "en"))


def rule_metadata(rule: list[Refusal], lang: str) -> dict:
    """The notebook metadata that carries ``rule`` (read back by :func:`rule_of`)."""
    return {METADATA_KEY: {"lang": lang, "refusals": [r.as_dict() for r in rule]}}


#: The line that starts the rule in a set-up cell (:func:`setup_code`).
RULE_IMPORT = "from farshlab.course.rule import switch_off"


def without_rule(source: str) -> str:
    """
    A set-up cell's code without the rule the build added to it.

    The rule lists only the functions of packages installed where the course was built, so the
    same release built on two machines can differ there; and nbgrader puts the locked cell back
    at grading whatever a trainee did to it. Comparing cells without it keeps a submission made
    from either build from looking edited.

    Examples
    --------
    >>> cell = "import numpy as np\\n\\n# The rule\\n" + RULE_IMPORT + "\\n\\nswitch_off([])"
    >>> without_rule(cell)
    'import numpy as np'
    >>> without_rule("import math")
    'import math'
    """
    lines = source.splitlines()
    if RULE_IMPORT not in lines:
        return source
    cut = lines.index(RULE_IMPORT)
    while cut > 0 and (lines[cut - 1].startswith("#") or not lines[cut - 1].strip()):
        cut -= 1
    return "\n".join(lines[:cut])


def setup_code(rule: list[Refusal], lang: str = "en") -> str:
    """
    Return the lines the build adds to an assignment's locked set-up cell.

    Examples
    --------
    >>> r = Refusal("Q1.1", "a00-q1_1-tests", "knots_across", "farshlab.carpet.knots_across",
    ...             "farshlab.carpet.geometry:knots_across")
    >>> print(setup_code([r]))  # doctest: +ELLIPSIS
    <BLANKLINE>
    # The course's rule: the library's own versions of the functions you write are switched off
    # in this assignment, so that your grade shows what you can do.
    from farshlab.course.rule import switch_off
    <BLANKLINE>
    switch_off([
        {"question": "Q1.1", ..., "target": "farshlab.carpet.geometry:knots_across"},
    ], lang="en")
    <BLANKLINE>
    """
    from farshlab.locale import message

    comment = "".join(
        f"# {line}\n" for line in message("grading.library_rule_comment", lang=lang).splitlines()
    )
    entries = "".join(f"    {json.dumps(r.as_dict(), ensure_ascii=False)},\n" for r in rule)
    call = f'switch_off([\n{entries}], lang="{lang}")\n'
    return f"\n{comment}{RULE_IMPORT}\n\n{call}"
