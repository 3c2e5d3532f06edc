"""The start-up file `farshlab workspace` writes for the trainees' kernels, run by a real kernel."""

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from farshlab.course.workspace import write_kernel_startup

FAILING_TEST = (
    'got = 1356.5\nassert got == 357, f"تابع شما {got} را داد، `knots_across(50, 50)` باید ۳۵۷ بدهد"'
)


def _run(tmp_path, monkeypatch, lang: str):
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    monkeypatch.setenv("FARSHLAB_LANG", lang)
    write_kernel_startup(tmp_path / "ipython")
    notebook = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_code_cell("import matplotlib\nprint(matplotlib.rcParams['font.family'][0])"),
            nbformat.v4.new_code_cell(FAILING_TEST),
            nbformat.v4.new_code_cell("print('after the failed test')"),
        ]
    )
    client = NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": tmp_path}}
    )
    with pytest.raises(CellExecutionError) as failure:
        client.execute()
    return notebook, failure.value


def test_a_persian_kernel_shows_a_failed_test_in_persian_digits(tmp_path, monkeypatch):
    notebook, failure = _run(tmp_path, monkeypatch, "fa")
    assert notebook.cells[0].outputs[0].text.strip() == "Vazirmatn"
    (error,) = notebook.cells[1].outputs
    # still the same failure: an AssertionError that stops Run All (the third cell never ran)
    assert (
        error.output_type == "error" and error.ename == "AssertionError" and failure.ename == "AssertionError"
    )
    assert notebook.cells[2].outputs == []
    # the value the trainee's code gave is written ۱٬۳۵۶٫۵; the code to type keeps Latin digits
    assert error.evalue == "تابع شما ۱۳۵۶٫۵ را داد، `knots_across(50, 50)` باید ۳۵۷ بدهد"
    assert "۱۳۵۶٫۵" in error.traceback[-1] and "1356.5" not in error.traceback[-1]


def test_an_english_kernel_is_left_as_it_is(tmp_path, monkeypatch):
    notebook, failure = _run(tmp_path, monkeypatch, "en")
    assert notebook.cells[0].outputs[0].text.strip() != "Vazirmatn"  # matplotlib's own fonts
    (error,) = notebook.cells[1].outputs
    assert error.ename == "AssertionError" and "1356.5" in error.evalue
