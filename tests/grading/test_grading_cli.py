"""``farshlab grade`` and ``farshlab collect`` on the command line: progress, table, JSON summary."""

import json
import shutil
import zipfile

import pytest
from nbgrader.api import Gradebook

from farshlab.cli import main

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


def test_collect_imports_a_zipped_lms_download(project, built_course, tmp_path, capsys):
    course = tmp_path / "course"
    shutil.copytree(built_course.course_dir, course)
    archive = tmp_path / "download.zip"
    samples = project.samples / ASSIGNMENT
    with zipfile.ZipFile(archive, "w") as zipped:
        for name, sample in (("rezaei_1204_88231_a00.ipynb", "t01_parisa"), ("readme.ipynb", "t02_bahram")):
            entry = zipfile.ZipInfo(f"download/{name}", (2026, 11, 2, 9, 30, 0))
            zipped.writestr(entry, (samples / f"{sample}.ipynb").read_bytes())
    roster = tmp_path / "roster.csv"
    roster.write_text("id,first_name\nrezaei,Reza\n")
    argv = ["collect", ASSIGNMENT, "--course-dir", str(course), "--submissions", str(archive)]
    argv += ["--name-pattern", r"^(?P<student>[a-z]+)_\d+_\d+_.*\.ipynb$", "--zip-timezone", "Asia/Tehran"]
    assert main([*argv, "--roster", str(roster), "--due", "2026-11-02T08:00+03:30"]) == 0
    printed = capsys.readouterr().out
    assert "readme.ipynb: the name pattern does not match this file name" in printed
    assert f"Imported 1 submission(s) of {ASSIGNMENT} into {course / 'submitted'}" in printed
    folder = course / "submitted" / "rezaei" / ASSIGNMENT
    assert (folder / "timestamp.txt").read_text() == "2026-11-02 06:00:00.000000 UTC"
    assert (folder / "a00_orientation.ipynb").read_bytes() == (samples / "t01_parisa.ipynb").read_bytes()
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        assert gb.find_student("rezaei").first_name == "Reza"
        assert str(gb.find_assignment(ASSIGNMENT).duedate) == "2026-11-02 04:30:00"  # UTC


@pytest.mark.parametrize(
    ("extra", "error"),
    [
        (["--name-pattern", "(unclosed"], "the name pattern '(unclosed' is not a regular expression"),
        (["--name-pattern", "^[a-z]+_"], "has no group (?P<student>...) for the student id"),
        (["--zip-timezone", "Sardrud"], "unknown time zone 'Sardrud'"),
        (["--due", "next friday"], "due must be a date and time like 2026-12-01T18:00+03:30"),
    ],
)
@pytest.mark.parametrize("command", ["collect", "grade"])
def test_collect_and_grade_options_are_checked_first(built_course, tmp_path, capsys, command, extra, error):
    course = tmp_path / "course"
    shutil.copytree(built_course.course_dir, course)
    cohort = tmp_path / "cohort"
    cohort.mkdir()
    (cohort / "t01.ipynb").write_text("{}")
    argv = [command, ASSIGNMENT, "--course-dir", str(course), "--submissions", str(cohort), *extra]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("farshlab: error: ") and error in err and len(err.strip().splitlines()) == 1
    assert not (course / "submitted" / "t01").exists()  # nothing was imported


def test_collect_without_a_submissions_folder(built_course, tmp_path, capsys):
    argv = ["collect", ASSIGNMENT, "--course-dir", str(built_course.course_dir)]
    assert main([*argv, "--submissions", str(tmp_path / "nowhere")]) == 1
    assert f"the submissions folder {tmp_path / 'nowhere'} does not exist" in capsys.readouterr().err


def test_a_bad_due_date_leaves_the_roster_out_of_the_gradebook(built_course, tmp_path, capsys):
    course = tmp_path / "course"
    shutil.copytree(built_course.course_dir, course)
    roster = tmp_path / "roster.csv"
    roster.write_text("id\nt09_golnar\n")
    argv = ["collect", ASSIGNMENT, "--course-dir", str(course), "--submissions", str(tmp_path)]
    assert main([*argv, "--roster", str(roster), "--due", "2026-13-01"]) == 1
    assert "due must be a date and time" in capsys.readouterr().err
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        assert "t09_golnar" not in [s.id for s in gb.students]
