"""The trainee's workspace never loses work."""

import pytest

from farshlab.course.project import ProjectError
from farshlab.course.workspace import fill_workspace


def test_fill_then_keep_the_trainees_answers(built_course, tmp_path):
    workspace = tmp_path / "ws"
    copied, kept = fill_workspace(built_course.course_dir, workspace)
    released = workspace / "assignments" / "a00_orientation" / "a00_orientation.ipynb"
    assert released in copied and kept == []
    assert (workspace / "lessons" / "00_orientation.ipynb").is_file()
    assert (workspace / "lessons" / "data" / "tiny_chart.csv").is_file()
    assert not (workspace / "source").exists()
    released.write_text("my answers")
    copied, kept = fill_workspace(built_course.course_dir, workspace)
    assert copied == [] and released in kept
    assert released.read_text() == "my answers"


def test_unbuilt_course(tmp_path):
    with pytest.raises(ProjectError, match="run `farshlab build` first"):
        fill_workspace(tmp_path, tmp_path / "ws")
