"""The kernel runner's probe: test helpers rebound before a test cell are seen, however imported."""

import pytest

from farshlab.course.execute import KernelRunner
from farshlab.course.sandbox import Limits


@pytest.fixture(scope="module")
def runner():
    runner = KernelRunner(Limits(budget_s=30), [])
    yield runner
    runner.close()


TEST = "#test\nimport numpy.testing\nnumpy.testing.assert_allclose(0.1 + 0.2, 0.3)"


def _outputs(nb):
    return [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]


def test_honest_use_of_numpy_is_not_a_patch(runner, code_notebook):
    outcome = runner.run(code_notebook("import numpy as np\nx = np.arange(3)", TEST, TEST), {})
    assert outcome.patched == []
    assert outcome.stopped == ""
    assert _outputs(outcome.nb) == []


def test_a_patch_right_after_the_first_import_is_seen(runner, code_notebook):
    # numpy.testing is not loaded when the kernel starts: the watch snapshots it on import
    patch = "import numpy.testing\nnumpy.testing.assert_allclose = lambda *a, **k: None"
    outcome = runner.run(code_notebook(patch, TEST), {})
    assert outcome.patched == ["numpy.testing.assert_allclose"]
    (error,) = _outputs(outcome.nb)
    assert error.ename == "TestMachineryPatched"


def test_a_builtin_rebound_is_seen(runner, code_notebook):
    outcome = runner.run(code_notebook("import builtins\nbuiltins.round = lambda x, n=0: x", TEST), {})
    assert outcome.patched == ["builtins.round"]


def test_removing_the_watch_before_importing_is_seen(runner, code_notebook):
    sneak = (
        "import sys\nsys.meta_path[:] = [f for f in sys.meta_path if type(f).__name__ != 'Watch']\n"
        "import numpy.testing\nnumpy.testing.assert_allclose = lambda *a, **k: None"
    )
    outcome = runner.run(code_notebook(sneak, TEST), {})
    assert outcome.patched == ["numpy (imported past the watch)", "numpy.testing (imported past the watch)"]


def test_a_test_cell_that_ran_before_any_patch_keeps_its_result(runner, code_notebook):
    patch = "import math\nmath.isclose = lambda *a, **k: True"
    outcome = runner.run(code_notebook(TEST, patch, TEST), {})
    first, second = (c for c in outcome.nb.cells if c.source.startswith("#test"))
    assert [o.output_type for o in first.outputs] == []
    assert [o.ename for o in second.outputs] == ["TestMachineryPatched"]
    assert outcome.patched == ["math.isclose"]
