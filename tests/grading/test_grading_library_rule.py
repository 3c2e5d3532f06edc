"""The library rule holds in a graded kernel whatever path a trainee takes to the library's answer.

The graded layer (rewritten files mounted over the real ones in the sandbox, bytecode hidden) is
tested door by door in a real sandboxed kernel; the set-up cell's layer (the same rule inside a
plain kernel, what JupyterLab and Validate see) with the doors that do not read files.
"""

import inspect

import pytest

import farshlab.carpet.geometry as geometry
from farshlab.course.execute import KernelRunner
from farshlab.course.rule import Refusal, rewritten_source, setup_code
from farshlab.course.sandbox import Limits, sandbox_mode

RULE = [
    Refusal(
        "Q1.1", "a00-q1_1-tests", "knots_across", "farshlab.carpet.knots_across",
        "farshlab.carpet.geometry:knots_across",
    ),
    Refusal("Q2.1", "a02-q2_1-tests", "delta_e00", "colour.delta_E", "colour.difference:delta_E"),
    Refusal(
        "Q2.1", "a02-q2_1-tests", "delta_e00", "colour.difference.delta_E_CIE2000",
        "colour.difference.delta_e:delta_E_CIE2000",
    ),
]  # fmt: skip

REAL_SOURCE = inspect.getsource(geometry.knots_across)

#: Each door answers Q1.1 (357 knots for 50 cm at 50 raj) or Q2.1 with the library, if it can.
DOORS = {
    "from_import": "from farshlab.carpet import knots_across\nknots_across(50, 50)",
    "import_defining_module": "import farshlab.carpet.geometry as g\ng.knots_across(50, 50)",
    "importlib": "import importlib\nimportlib.import_module('farshlab.carpet.geometry').knots_across(50, 50)",
    "dunder_import": "__import__('farshlab.carpet', fromlist=['x']).knots_across(50, 50)",
    "sys_modules": "import sys, farshlab.carpet\nsys.modules['farshlab.carpet.geometry'].knots_across(50, 5)",
    "package_attribute": "import farshlab.carpet\nimport farshlab\nfarshlab.carpet.knots_across(50, 50)",
    "reload": "import importlib, farshlab.carpet.geometry as g\nimportlib.reload(g).knots_across(50, 50)",
    "colour_dispatcher": "import colour\ncolour.delta_E([50, 0, 0], [50, 1, 0], method='CIE 2000')",
    "colour_method_table": (
        "import colour.difference as d\nd.DELTA_E_METHODS['CIE 2000']([50, 0, 0], [50, 1, 0])"
    ),
    "colour_function": "from colour.difference import delta_E_CIE2000 as f\nf([50, 0, 0], [50, 1, 0])",
    "exec_the_source": (
        "import inspect, farshlab.carpet.geometry as g\n"
        "namespace = {}\n"
        "exec(open(inspect.getsourcefile(g)).read(), namespace)\n"
        "namespace['knots_across'](50, 50)"
    ),
    "exec_the_bytecode": (
        "import glob, marshal, os, farshlab.carpet.geometry as g\n"
        "cache = os.path.join(os.path.dirname(g.__file__), '__pycache__')\n"
        "namespace = {}\n"
        "for path in glob.glob(os.path.join(cache, 'geometry.*.pyc')):\n"
        "    data = open(path, 'rb').read()\n"
        "    if len(data) > 16:\n"
        "        exec(marshal.loads(data[16:]), namespace)\n"
        "namespace['knots_across'](50, 50)"
    ),
}


def _setup_cell() -> str:
    return "import math\nimport numpy as np\n" + setup_code(RULE)


def _outputs(cell):
    return [(o.get("ename"), o.get("evalue", "")) for o in cell.outputs if o.output_type == "error"]


@pytest.fixture(scope="module")
def graded():
    if sandbox_mode() == "none":
        pytest.skip("no bubblewrap here: the graded layer needs a sandbox to mount the rewritten files in")
    runner = KernelRunner(
        Limits(budget_s=60), ["--InteractiveShell.xmode=Minimal"], rule=[r.as_dict() for r in RULE]
    )
    yield runner
    runner.close()


@pytest.mark.parametrize("door", sorted(DOORS))
def test_no_door_reaches_the_library_answer_in_a_graded_kernel(graded, door, code_notebook):
    nb = code_notebook(_setup_cell(), DOORS[door])
    outcome = graded.run(nb, {})
    errors = _outputs(outcome.nb.cells[1])
    assert errors, f"{door}: the library answered ({outcome.nb.cells[1].outputs})"
    name, text = errors[0]
    if door == "exec_the_bytecode":
        assert name in ("LibraryAnswer", "KeyError"), errors  # no bytecode of the real module to run
    else:
        assert name == "LibraryAnswer", errors
        assert "switched off" in text


def test_the_graded_kernel_holds_no_copy_of_the_real_code(graded, code_notebook):
    nb = code_notebook(
        _setup_cell(),
        "import gc, inspect, farshlab.carpet.geometry as g\n"
        "source = inspect.getsource(g.knots_across)\n"
        "assert 'refuse' in source, source\n"
        "whole = open(inspect.getsourcefile(g)).read()\n"
        f"assert {REAL_SOURCE.splitlines()[-1].strip()!r} not in whole\n"
        "alive = [f for f in gc.get_objects() if inspect.isfunction(f) and f.__name__ == 'knots_across']\n"
        "for f in alive:\n"
        "    try:\n"
        "        f(50, 50)\n"
        "        raise AssertionError('a working knots_across is in memory')\n"
        "    except Exception as error:\n"
        "        assert type(error).__name__ == 'LibraryAnswer', error",
    )
    outcome = graded.run(nb, {})
    assert _outputs(outcome.nb.cells[1]) == [], outcome.nb.cells[1].outputs


def test_what_the_rule_does_not_name_stays_available(graded, code_notebook):
    nb = code_notebook(
        _setup_cell(),
        "from farshlab.carpet import total_knots, maghat\n"
        "import colour\n"
        "lab = colour.XYZ_to_Lab([0.2, 0.3, 0.4])\n"
        "assert maghat(12000) == 1\n"
        "assert float(colour.difference.delta_E_CIE1976([50, 0, 0], [50, 1, 0])) == 1.0",
    )
    outcome = graded.run(nb, {})
    assert _outputs(outcome.nb.cells[1]) == [], outcome.nb.cells[1].outputs


def test_the_setup_cell_layer_refuses_in_a_plain_kernel(code_notebook):
    """What JupyterLab and the Validate button see: the same refusals without a sandbox."""
    from nbclient import NotebookClient

    doors = [d for d in sorted(DOORS) if not d.startswith("exec_")]
    # modules imported before the set-up cell are switched off in place, too
    nb = code_notebook("import farshlab.carpet, colour.difference", _setup_cell(), *(DOORS[d] for d in doors))
    NotebookClient(nb, timeout=120, kernel_name="python3", allow_errors=True).execute()
    for door, cell in zip(doors, nb.cells[2:], strict=True):
        errors = _outputs(cell)
        assert errors and errors[0][0] == "LibraryAnswer", (door, cell.outputs)
    assert _outputs(nb.cells[1]) == [], nb.cells[1].outputs


def test_rewritten_source_keeps_every_line_number():
    text = inspect.getsource(geometry)
    rewritten = rewritten_source(text, {"knots_across": "E()"})
    assert len(rewritten.splitlines()) == len(text.splitlines())
    compile(rewritten, "geometry.py", "exec")
    first = geometry.knots_across.__code__.co_firstlineno
    for name, value in vars(geometry).items():
        if inspect.isfunction(value) and value.__module__ == geometry.__name__ and name != "knots_across":
            line = value.__code__.co_firstlineno
            assert rewritten.splitlines()[line - 1] == text.splitlines()[line - 1], name
    assert "raise E()" in "\n".join(rewritten.splitlines()[first - 1 :])
