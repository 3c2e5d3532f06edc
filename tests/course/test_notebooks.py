"""Text → notebook conversion and the checks on nbgrader cells."""

import json
from pathlib import Path

import pytest

from farshlab.course.notebooks import (
    ExerciseError,
    check_exercise,
    read_text_notebook,
    write_notebook,
)

TEST_META = {
    "grade": True,
    "grade_id": "a00-q1_1-tests",
    "locked": True,
    "points": 2,
    "schema_version": 3,
    "solution": False,
}
ANSWER_META = {
    "grade": False,
    "grade_id": "a00-q1_1-answer",
    "locked": False,
    "schema_version": 3,
    "solution": True,
}


def _text(tmp_path: Path, cells: list[tuple[dict | str | None, str]]) -> Path:
    parts = []
    for meta, body in cells:
        if meta is None:
            parts.append(f"# %%\n{body}\n")
        elif isinstance(meta, str):
            parts.append(f"# %% {meta}\n{body}\n")
        else:
            parts.append(f"# %% nbgrader={json.dumps(meta)}\n{body}\n")
    path = tmp_path / "a00_orientation.py"
    path.write_text("# %% [markdown]\n# Intro\n\n" + "\n".join(parts))
    return path


ANSWER = "def f():\n    ### BEGIN SOLUTION\n    return 1\n    ### END SOLUTION"
TESTS = "assert f() == 1\n### BEGIN HIDDEN TESTS\nassert f() + 1 == 2\n### END HIDDEN TESTS"


def test_metadata_round_trips_into_the_notebook(tmp_path):
    path = _text(tmp_path, [(ANSWER_META, ANSWER), (TEST_META, TESTS)])
    notebook = read_text_notebook(path)
    assert [c.cell_type for c in notebook.cells] == ["markdown", "code", "code"]
    assert notebook.cells[2].metadata["nbgrader"] == TEST_META
    assert notebook.metadata["kernelspec"]["name"] == "python3"
    assert "jupytext" not in notebook.metadata
    written = write_notebook(notebook, tmp_path / "out" / "a.ipynb")
    assert json.loads(written.read_text())["cells"][1]["metadata"]["nbgrader"] == ANSWER_META
    cells = check_exercise(notebook, path, "a00_orientation")
    assert [(c.grade_id, c.points, c.kind) for c in cells] == [("a00-q1_1-tests", 2.0, "autograded")]


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        ([('nbgrader={"grade": true,', "x = 1")], "not valid JSON"),
        ([({**TEST_META, "locked": False}, TESTS)], "must be locked"),
        ([({**TEST_META, "points": 0}, TESTS)], "positive 'points'"),
        ([({**TEST_META, "points": "2"}, TESTS)], "positive 'points'"),
        ([({**TEST_META, "schema_version": 2}, TESTS)], "schema_version must be 3"),
        ([({**TEST_META, "grade_id": "a01-q1_1-tests"}, TESTS)], "must start with 'a00-'"),
        ([({**TEST_META, "grade_id": "a00 q1"}, TESTS)], "grade_id must be"),
        ([({**TEST_META, "colour": 1}, TESTS)], "unknown nbgrader metadata keys"),
        ([(ANSWER_META, "def f():\n    return 1")], "needs '### BEGIN SOLUTION'"),
        ([(ANSWER_META, "def f():\n    ### BEGIN SOLUTION\n    return 1")], "never closed"),
        ([(TEST_META, "assert True\n### END HIDDEN TESTS")], "without '### BEGIN HIDDEN TESTS'"),
        (
            [(ANSWER_META, ANSWER.replace("return 1", "### BEGIN HIDDEN TESTS\n    return 1"))],
            "hidden tests belong in a graded test cell",
        ),
        ([(None, ANSWER)], "without nbgrader metadata"),
        ([(TEST_META, TESTS), (TEST_META, TESTS)], r"used twice \(first in cell 2\)"),
        ([(ANSWER_META, ANSWER)], "no graded cell"),
    ],
)
def test_broken_cells_are_named_by_file_line_and_cell(tmp_path, cells, expected):
    path = _text(tmp_path, cells)
    with pytest.raises(ExerciseError, match=expected) as caught:
        check_exercise(read_text_notebook(path), path, "a00_orientation")
    message = str(caught.value)
    assert message.startswith(str(path))
    if caught.value.cell is not None:
        bad = caught.value.cell
        marker_lines = [
            n for n, line in enumerate(path.read_text().splitlines(), 1) if line.startswith("# %%")
        ]
        assert caught.value.line == marker_lines[bad - 1]
        assert f":{caught.value.line}: cell {bad}" in message


def test_unreadable_text_is_an_exercise_error(tmp_path):
    path = tmp_path / "a00_orientation.py"
    path.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(ExerciseError, match="cannot read"):
        read_text_notebook(path)
    with pytest.raises(ExerciseError, match="cannot read"):
        read_text_notebook(tmp_path / "missing.py")
