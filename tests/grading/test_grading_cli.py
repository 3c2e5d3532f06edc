"""``farshlab grade`` and ``farshlab collect`` on the command line: progress, table, JSON summary."""

import json
import shutil

import pytest

from farshlab.course.cli import main

ASSIGNMENT = "a00_orientation"


@pytest.mark.slow
def test_grade_prints_progress_and_writes_the_json_summary(project, built_course, tmp_path, capsys):
    course = tmp_path / "course"
    shutil.copytree(built_course.course_dir, course)
    summary = tmp_path / "summary.json"
    argv = [
        "grade",
        ASSIGNMENT,
        "--course-dir",
        str(course),
        "--submissions",
        str(project.samples / ASSIGNMENT),
    ]
    assert main([*argv, "--budget", "30", "--memory", "1024", "--workers", "2", "--json", str(summary)]) == 0
    printed = capsys.readouterr().out
    assert "[########################]  4/4" in printed  # the last progress line
    assert "t03_leyla   8      20         8/17" in printed
    data = json.loads(summary.read_text())
    assert data["limits"]["budget_s"] == 30 and data["limits"]["memory_mb"] == 1024
    assert {r["student_id"]: r["auto_score"] for r in data["rows"]} == {
        "t01_parisa": 17,
        "t02_bahram": 0,
        "t03_leyla": 8,
        "t04_davud": 9,
    }


def test_bad_limits_and_rosters_are_one_line_errors(project, built_course, tmp_path, capsys):
    argv = ["grade", ASSIGNMENT, "--course-dir", str(built_course.course_dir), "--budget", "-3"]
    assert main(argv) == 1
    assert "budget_s must be a positive number of seconds, got -3.0" in capsys.readouterr().err
    roster = tmp_path / "roster.csv"
    roster.write_text("id\nt01\nt01\n")
    argv = ["collect", ASSIGNMENT, "--course-dir", str(built_course.course_dir), "--roster", str(roster)]
    assert main([*argv, "--submissions", str(tmp_path)]) == 1
    assert "roster.csv line 3: 't01' is already on line 2" in capsys.readouterr().err
