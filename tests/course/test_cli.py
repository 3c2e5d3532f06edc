"""The `farshlab` command: help, one-line errors, exit status, and builds that must fail."""

import subprocess
import sys

import pytest
import yaml

from farshlab.cli import main

SUBCOMMANDS = ["build", "grade", "demo", "workspace"]


def _run(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "farshlab.cli", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=600,
    )


@pytest.mark.parametrize("command", [[], *([c] for c in SUBCOMMANDS)])
def test_help_everywhere(command):
    result = _run(*command, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith("usage: farshlab")


def test_no_command_is_a_usage_error():
    result = _run()
    assert result.returncode == 2
    assert "required" in result.stderr


def test_unknown_language(tmp_path, capsys):
    assert main(["build", "--lang", "xx", "--course-dir", str(tmp_path / "c")]) == 1
    err = capsys.readouterr().err
    assert err == "farshlab: error: the course text is not written in 'xx' yet (available: en, fa)\n"


def test_grading_an_unbuilt_course_is_one_clear_line(tmp_path):
    result = _run("grade", "a00_orientation", "--course-dir", tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"farshlab: error: {tmp_path} is not a built course (no nbgrader_config.py): "
        "run `farshlab build` first"
    ]


def test_grading_an_unknown_assignment(built_course, tmp_path):
    result = _run("grade", "a42_nothing", "--course-dir", built_course.course_dir, "--submissions", tmp_path)
    assert result.returncode == 1
    assert "assignment 'a42_nothing' is not built" in result.stderr


def test_outside_a_project(tmp_path):
    result = _run("build", "--project", tmp_path, cwd=tmp_path)
    assert result.returncode == 1
    assert "no farshlab project found" in result.stderr


EXERCISE = "exercises/a00_orientation/a00_orientation.py"


def _edit(project, old, new):
    path = project.root / EXERCISE
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def _line_of(project, fragment):
    lines = (project.root / EXERCISE).read_text().splitlines()
    return next(n for n, line in enumerate(lines, 1) if fragment in line)


def test_bad_metadata_fails_the_build_naming_file_line_and_cell(project_copy, tmp_path):
    _edit(
        project_copy,
        '"grade_id": "a00-q1_1-tests", "locked": true',
        '"grade_id": "a00-q1_1-tests", "locked": tru',
    )
    line = _line_of(project_copy, '"locked": tru,')
    result = _run("build", "--project", project_copy.root, "--course-dir", tmp_path / "c")
    assert result.returncode == 1
    (message,) = result.stderr.strip().splitlines()
    assert message.startswith(f"farshlab: error: {project_copy.root / EXERCISE}:{line}: cell ")
    assert "not valid JSON" in message
    assert not (tmp_path / "c" / "release").exists()


def test_a_solution_failing_its_own_tests_fails_the_build(project_copy, tmp_path):
    _edit(project_copy, "    return round(raj * width_cm / 7)", "    return int(raj * width_cm / 7)")
    line = _line_of(project_copy, '"grade_id": "a00-q1_1-tests"')
    result = _run("build", "--project", project_copy.root, "--course-dir", tmp_path / "c")
    assert result.returncode == 1
    (message,) = result.stderr.strip().splitlines()
    assert f"{EXERCISE}:{line}: cell " in message
    assert "(a00-q1_1-tests): the solution fails: AssertionError: a 50 cm wide tableau at 40 raj" in message


def test_a_test_that_passes_on_the_release_fails_the_build(project_copy, tmp_path):
    text = (project_copy.root / EXERCISE).read_text()
    text += (
        '\n# %% nbgrader={"grade": true, "grade_id": "a00-q9_1-tests", "locked": true, "points": 1, '
        '"schema_version": 3, "solution": false}\nassert 1 + 1 == 2, "free point"\n'
    )
    (project_copy.root / EXERCISE).write_text(text)
    data = yaml.safe_load(project_copy.course_file.read_text())
    data["modules"][0]["points"] = 21
    project_copy.course_file.write_text(yaml.safe_dump(data, allow_unicode=True))
    result = _run("build", "--project", project_copy.root, "--course-dir", tmp_path / "c")
    assert result.returncode == 1
    (message,) = result.stderr.strip().splitlines()
    assert "(a00-q9_1-tests): this test passes on the released copy" in message


def test_a_test_cell_showing_a_value_fails_the_build(project_copy, tmp_path):
    _edit(project_copy, "### END HIDDEN TESTS\n", "### END HIDDEN TESTS\nknots_across(50, 50)\n")
    result = _run("build", "--project", project_copy.root, "--course-dir", tmp_path / "c")
    assert result.returncode == 1
    assert "(a00-q1_1-tests): the test cell ends with an expression" in result.stderr
