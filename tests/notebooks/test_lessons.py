"""Every lesson notebook runs from top to bottom without an error or a warning."""

import nbformat
import pytest
from nbclient import NotebookClient

from farshlab.course.project import find_project

LESSONS = [p.stem for p in find_project().lessons()]


@pytest.mark.slow
@pytest.mark.parametrize("lesson", LESSONS)
def test_lesson_executes_cleanly(built_course, lesson):
    path = built_course.course_dir / "lessons" / f"{lesson}.ipynb"
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    stderr = [
        output.text
        for cell in notebook.cells if cell.cell_type == "code"
        for output in cell.outputs if output.output_type == "stream" and output.name == "stderr"
    ]
    assert stderr == [], f"{lesson} wrote to stderr: {stderr}"
    pictures = sum("image/png" in o.get("data", {}) for c in notebook.cells if c.cell_type == "code" for o in c.outputs)
    assert pictures >= 1, f"{lesson} draws no picture"


def test_there_is_an_orientation_lesson():
    assert "00_orientation" in LESSONS
