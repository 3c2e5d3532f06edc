"""A trainee's cell cannot rewire how the course's test cells run: one test per door we know of.

Each door is a cell run before a test cell that must fail (``assert 1 + 1 == 3``). Whatever the
door does to IPython's path from a cell's text to its exception, the test cell still fails
(its own ``AssertionError``, or ``TestMachineryPatched`` when the runner was not reached or the
machinery was changed): it scores 0.
"""

import pytest

from farshlab.course.execute import NO_VERDICT, KernelRunner
from farshlab.course.sandbox import Limits

FAILING_TEST = "#test\nassert 1 + 1 == 3, 'one and one make two'"

SWALLOW = "try:\n{body}\nexcept BaseException:\n    pass\n"

DOORS = {
    "ast_transformer": (
        "import ast\n"
        "class Drop(ast.NodeTransformer):\n"
        "    def visit_Assert(self, node):\n"
        "        return ast.Pass()\n"
        "get_ipython().ast_transformers.append(Drop())"
    ),
    "input_transformer_post": (
        "def drop(lines):\n"
        "    return ['pass\\n'] if any('assert' in line for line in lines) else lines\n"
        "get_ipython().input_transformers_post.append(drop)"
    ),
    "input_transformer_cleanup": (
        "def drop(lines):\n"
        "    return ['pass\\n'] if any('assert' in line for line in lines) else lines\n"
        "get_ipython().input_transformers_cleanup.append(drop)"
    ),
    "run_cell_on_instance": (
        "shell = get_ipython()\n"
        "original_run_cell, original_async = shell.run_cell, shell.run_cell_async\n"
        "def wrap(text):\n"
        "    body = ''.join('    ' + line for line in text.splitlines(True)) or '    pass'\n"
        f"    return {SWALLOW!r}.format(body=body)\n"
        "def run_cell(raw_cell, *args, **kwargs):\n"
        "    return original_run_cell(wrap(raw_cell), *args, **kwargs)\n"
        "async def run_cell_async(raw_cell, *args, **kwargs):\n"
        "    return await original_async(wrap(raw_cell), *args, **kwargs)\n"
        "shell.run_cell, shell.run_cell_async = run_cell, run_cell_async"
    ),
    "run_cell_async_on_class": (
        "shell_class = type(get_ipython())\n"
        "original_async = shell_class.run_cell_async\n"
        "async def run_cell_async(self, raw_cell, *args, **kwargs):\n"
        "    if 'assert' in raw_cell:\n"
        "        raw_cell = 'pass'\n"
        "    return await original_async(self, raw_cell, *args, **kwargs)\n"
        "shell_class.run_cell_async = run_cell_async"
    ),
    "transform_cell": (
        "shell = get_ipython()\n"
        "original = shell.transform_cell\n"
        "shell.transform_cell = lambda raw: 'pass\\n' if 'assert' in raw else original(raw)"
    ),
    "run_ast_nodes_on_class": (
        "shell_class = type(get_ipython())\n"
        "original = shell_class.run_ast_nodes\n"
        "async def run_ast_nodes(self, nodelist, *args, **kwargs):\n"
        "    import ast\n"
        "    nodelist = [n for n in nodelist if not isinstance(n, ast.Assert)]\n"
        "    return await original(self, nodelist, *args, **kwargs)\n"
        "shell_class.run_ast_nodes = run_ast_nodes"
    ),
    "run_code": (
        "shell = get_ipython()\n"
        "original = shell.run_code\n"
        "async def run_code(code_obj, result=None, *, async_=False):\n"
        "    if any('assert' in str(c) or c == 'one and one make two' for c in code_obj.co_consts):\n"
        "        return False\n"
        "    return await original(code_obj, result, async_=async_)\n"
        "shell.run_code = run_code"
    ),
    "compiler": (
        "import ast\n"
        "shell = get_ipython()\n"
        "original = shell.compile.ast_parse\n"
        "shell.compile.ast_parse = lambda source, *a, **k: ast.parse('pass') if 'assert' in source "
        "else original(source, *a, **k)"
    ),
    "traceback_display": (
        "shell = get_ipython()\n"
        "shell.showtraceback = lambda *args, **kwargs: None\n"
        "shell._showtraceback = lambda *args, **kwargs: None"
    ),
    "custom_exception_handler": (
        "get_ipython().set_custom_exc((BaseException,), lambda shell, etype, value, tb, tb_offset=None: None)"
    ),
    "builtins_compile_and_exec": (
        "import builtins\n"
        "real_compile = builtins.compile\n"
        "builtins.compile = lambda source, filename, mode, *a, **k: real_compile('pass', filename, mode)\n"
        "builtins.exec = lambda *args, **kwargs: None"
    ),
    "kernel_do_execute": (
        "kernel = get_ipython().kernel\n"
        "original = kernel.do_execute\n"
        "async def do_execute(code, *args, **kwargs):\n"
        "    if 'farshlab' in code:\n"
        "        return {'status': 'ok', 'execution_count': 1, 'payload': [], 'user_expressions': {}}\n"
        "    return await original(code, *args, **kwargs)\n"
        "kernel.do_execute = do_execute"
    ),
    "runner_replaced": "import builtins\nbuiltins.__farshlab_test__ = lambda nonce: None",
    "runner_deleted": "import builtins\ndel builtins.__farshlab_test__",
    "fake_module_name": "class np:\n    isclose = staticmethod(lambda *a, **k: True)",
    "notebook_builtins": (
        "import types, builtins\n"
        "fake = types.ModuleType('builtins')\n"
        "fake.__dict__.update(vars(builtins))\n"
        "fake.abs = lambda x: 0\n"
        "__builtins__ = fake"
    ),
}


@pytest.fixture(scope="module")
def runner():
    runner = KernelRunner(Limits(budget_s=30), ["--InteractiveShell.xmode=Minimal"])
    yield runner
    runner.close()


def _errors(cell):
    return [o.ename for o in cell.get("outputs", []) if o.output_type == "error"]


def _test_for(door: str) -> str:
    if door == "fake_module_name":
        return "#test\nassert np.isclose(1, 2), 'one is not two'"
    if door == "notebook_builtins":
        return "#test\nassert abs(-3) == 3, 'abs'\nassert 1 + 1 == 3, 'one and one make two'"
    return FAILING_TEST


@pytest.mark.parametrize("door", sorted(DOORS))
def test_a_rewired_shell_does_not_pass_a_failing_test(runner, door, code_notebook):
    nb = code_notebook("x = 1", DOORS[door], _test_for(door), "y = 2")
    outcome = runner.run(nb, {})
    assert outcome.stopped == "", (outcome.stopped, outcome.detail)
    door_cell, test_cell = outcome.nb.cells[1], outcome.nb.cells[2]
    assert _errors(door_cell) == [], door_cell.outputs  # the door itself ran without error
    assert test_cell.source == _test_for(door)  # the notebook keeps the course's test text
    errors = _errors(test_cell)
    assert errors and set(errors) <= {"AssertionError", "TestMachineryPatched"}, test_cell.outputs


def test_a_rewiring_that_skips_the_runner_is_reported(runner, code_notebook):
    outcome = runner.run(code_notebook(DOORS["runner_replaced"], FAILING_TEST), {})
    assert outcome.patched == [NO_VERDICT]
    assert _errors(outcome.nb.cells[1]) == ["TestMachineryPatched"]


def test_a_shadowed_module_name_is_reported(runner, code_notebook):
    outcome = runner.run(code_notebook(DOORS["fake_module_name"], _test_for("fake_module_name")), {})
    assert outcome.patched == ["np (not the module numpy)"]


def test_an_honest_test_cell_keeps_its_output_and_passes(runner, code_notebook):
    nb = code_notebook(
        "import numpy as np\ndef f(x):\n    return 2 * x",
        "#test\nprint('checking f')\nassert np.isclose(f(2), 4)\n[i for i in range(3) if np.isclose(i, 1)]",
        "#test\nassert f(3) == 7, f'f(3) should be 7, got {f(3)}'",
    )
    outcome = runner.run(nb, {})
    assert outcome.patched == [] and outcome.stopped == ""
    passed, failed = outcome.nb.cells[1], outcome.nb.cells[2]
    assert [o.get("text") for o in passed.outputs] == ["checking f\n"]
    assert passed.execution_count == 2 and failed.execution_count == 3
    (error,) = [o for o in failed.outputs if o.output_type == "error"]
    assert (error.ename, error.evalue) == ("AssertionError", "f(3) should be 7, got 6")


def test_a_test_cell_that_does_not_parse_fails(runner, code_notebook):
    outcome = runner.run(code_notebook("#test\nassert (1 ==", "x = 1"), {})
    assert _errors(outcome.nb.cells[0]) == ["SyntaxError"]
    assert outcome.patched == []
