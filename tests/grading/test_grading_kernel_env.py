"""What a grading kernel inherits: an allow-listed environment, no bytecode writes, no false flags."""

import nbformat
import pytest

from farshlab.course.execute import KernelRunner
from farshlab.course.sandbox import Limits, kernel_environment
from farshlab.course.tamper import outcome_flags

#: Variables ipykernel sets for itself (``ZMQInteractiveShell.init_environment``).
IPYKERNEL_SETS = {"TERM", "CLICOLOR", "CLICOLOR_FORCE", "FORCE_COLOR", "PAGER", "GIT_PAGER"}
SECRETS = {"FARSHLAB_GRADER_TOKEN": "tok-5f1c-grader", "JUPYTERHUB_API_TOKEN": "hub-9a7e-token"}


def _run(source, limits=None):
    limits = limits or Limits(budget_s=60)
    runner = KernelRunner(limits, ["--InteractiveShell.xmode=Minimal"])
    try:
        return runner.run(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source)]), {})
    finally:
        runner.close()


def _text(outcome):
    return "".join(o.get("text", "") for o in outcome.nb.cells[0].outputs)


def test_the_graders_environment_does_not_reach_the_kernel(monkeypatch):
    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)
    outcome = _run(
        "import os\n"
        "print(dict(os.environ))\n"
        "initial = open('/proc/self/environ', 'rb').read().split(b'\\0')\n"
        "print(sorted(entry.split(b'=', 1)[0].decode() for entry in initial if entry))"
    )
    text = _text(outcome)
    assert outcome.nb.cells[0].outputs and "Error" not in text, outcome.nb.cells[0].outputs
    for value in SECRETS.values():
        assert value not in text
    started_with = eval(text.splitlines()[-1])  # noqa: S307 -- the kernel's printed list of names
    allowed = set(kernel_environment("/x")) | {"JPY_PARENT_PID", "JPY_SESSION_NAME"} | IPYKERNEL_SETS
    assert set(started_with) <= allowed, set(started_with) - allowed
    assert "HOME" in started_with and "PATH" in started_with


def test_the_course_language_is_passed_on(monkeypatch):
    monkeypatch.setenv("FARSHLAB_LANG", "fa")
    outcome = _run("import os\nprint(os.environ.get('FARSHLAB_LANG'))")
    assert _text(outcome) == "fa\n"


HONEST = """
import sys
import farshlab, farshlab.carpet, farshlab.colour, farshlab.design, farshlab.dye, farshlab.chart
import farshlab.plotting, farshlab.widgets, farshlab.locale, farshlab.checks
import numpy, scipy.optimize, scipy.interpolate, PIL.Image, colour, ipywidgets, yaml
import matplotlib.pyplot as plt
fig, ax = plt.subplots()
ax.plot([1, 2, 3], [2, 4, 8])
ax.set_title("رج و خانه")
fig.savefig("plot.png")
print("کدنویسی نقشه: ۱۲ رج")
print(sys.dont_write_bytecode)
"""


def test_honest_imports_plots_and_persian_raise_no_flag():
    limits = Limits(budget_s=120)
    outcome = _run(HONEST, limits)
    assert outcome.stopped == "", outcome.detail
    assert [o.output_type for o in outcome.nb.cells[0].outputs] == ["stream"], outcome.nb.cells[0].outputs
    assert _text(outcome) == "کدنویسی نقشه: ۱۲ رج\nTrue\n"
    assert outcome.outside == []
    assert outcome_flags(outcome, limits, limits.file_mb * 1024 * 1024) == []


@pytest.mark.parametrize("variable", ["PYTHONPATH", "PYTHONSTARTUP", "LD_PRELOAD"])
def test_variables_that_change_python_are_not_passed(monkeypatch, variable):
    monkeypatch.setenv(variable, "/nonexistent")
    outcome = _run(f"import os\nprint(os.environ.get({variable!r}))")
    assert _text(outcome) == "None\n"
