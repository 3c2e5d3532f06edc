"""Inputs: zip, LMS download names, exchange inbound, roster validation, late submissions."""

import hashlib
import shutil
import time
import zipfile

import pytest

from farshlab.course.collect import import_submissions, read_roster
from farshlab.course.grade import grade_assignment
from farshlab.course.project import ProjectError
from farshlab.course.sandbox import Limits

ASSIGNMENT = "a00_orientation"


def _digests(folder):
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_zip_of_an_lms_download(project, built_course, tmp_path):
    samples = project.samples / ASSIGNMENT
    download = tmp_path / "download"
    download.mkdir()
    shutil.copyfile(samples / "t01_parisa.ipynb", download / "t01_parisa__a00_orientation.ipynb")
    shutil.copyfile(samples / "t03_leyla.ipynb", download / "t03_leyla__a00_orientation (1).ipynb")
    shutil.copyfile(samples / "t03_leyla.ipynb", download / "t03_leyla__a00_orientation (2).ipynb")
    archive = tmp_path / "cohort.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.write(
            download / "t01_parisa__a00_orientation.ipynb", "cohort/t01_parisa__a00_orientation.ipynb"
        )
        older = zipfile.ZipInfo("cohort/t03_leyla__a00_orientation (1).ipynb", (2026, 11, 1, 9, 30, 0))
        newer = zipfile.ZipInfo("cohort/t03_leyla__a00_orientation (2).ipynb", (2026, 11, 2, 9, 30, 0))
        zipped.writestr(older, (samples / "t03_leyla.ipynb").read_bytes())
        zipped.writestr(newer, (samples / "t01_parisa.ipynb").read_bytes())
    before = hashlib.sha256(archive.read_bytes()).hexdigest()
    course = built_course.course_dir
    imported, skipped = import_submissions(course, ASSIGNMENT, archive, zip_timezone="UTC")
    assert imported == ["t01_parisa", "t03_leyla"]
    # the newer of two copies wins; the older one is named in the skipped list
    assert skipped == ["t03_leyla__a00_orientation (1).ipynb: an older copy of t03_leyla's submission; "
                       "t03_leyla__a00_orientation (2).ipynb is used"]  # fmt: skip
    handed_in = course / "submitted" / "t03_leyla" / ASSIGNMENT
    assert (handed_in / "a00_orientation.ipynb").read_bytes() == (samples / "t01_parisa.ipynb").read_bytes()
    # 9:30:00 in the zip entry stays 09:30:00 (nbgrader's zip_collect trap 8 lost the minutes)
    assert (handed_in / "timestamp.txt").read_text() == "2026-11-02 09:30:00.000000 UTC"
    assert hashlib.sha256(archive.read_bytes()).hexdigest() == before


def test_zip_times_are_read_in_the_zone_given(project, built_course, tmp_path, monkeypatch):
    archive = tmp_path / "cohort.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        entry = zipfile.ZipInfo("t07_mina.ipynb", (2026, 11, 2, 9, 30, 0))
        zipped.writestr(entry, (project.samples / ASSIGNMENT / "t01_parisa.ipynb").read_bytes())
    course = tmp_path / "course"
    shutil.copytree(built_course.course_dir, course)
    stamp = course / "submitted" / "t07_mina" / ASSIGNMENT / "timestamp.txt"
    # made on a computer in Sardrud: 9:30 in Tehran (+03:30) is 6:00 UTC
    assert import_submissions(course, ASSIGNMENT, archive, zip_timezone="Asia/Tehran")[0] == ["t07_mina"]
    assert stamp.read_text() == "2026-11-02 06:00:00.000000 UTC"
    assert import_submissions(course, ASSIGNMENT, archive, zip_timezone="UTC")[0] == ["t07_mina"]
    assert stamp.read_text() == "2026-11-02 09:30:00.000000 UTC"
    with pytest.raises(ProjectError, match="unknown time zone 'Sardrud'"):
        import_submissions(course, ASSIGNMENT, archive, zip_timezone="Sardrud")
    # no zone given: this machine's own (here set to Tehran's)
    monkeypatch.setenv("TZ", "Asia/Tehran")
    time.tzset()
    try:
        assert import_submissions(course, ASSIGNMENT, archive)[0] == ["t07_mina"]
    finally:
        monkeypatch.undo()
        time.tzset()
    assert stamp.read_text() == "2026-11-02 06:00:00.000000 UTC"


def test_another_lms_naming_is_a_name_pattern(project, built_course, tmp_path):
    samples = project.samples / ASSIGNMENT
    download = tmp_path / "download"
    download.mkdir()
    # <login>_[LATE_]<number>_<number>_<file>.ipynb, and a stray file the pattern does not fit
    shutil.copyfile(samples / "t01_parisa.ipynb", download / "rezaei_1204_88231_a00_orientation.ipynb")
    shutil.copyfile(samples / "t03_leyla.ipynb", download / "karimi_LATE_1187_88240_homework.ipynb")
    shutil.copyfile(samples / "t02_bahram.ipynb", download / "notes.ipynb")
    course = tmp_path / "course"
    shutil.copytree(built_course.course_dir, course)
    pattern = r"^(?P<student>[a-z0-9]+)_(?:LATE_)?\d+_\d+_.*\.ipynb$"
    imported, skipped = import_submissions(course, ASSIGNMENT, download, pattern=pattern)
    assert imported == ["karimi", "rezaei"]
    assert skipped == ["notes.ipynb: the name pattern does not match this file name"]
    handed_in = course / "submitted" / "karimi" / ASSIGNMENT / "a00_orientation.ipynb"
    assert handed_in.read_bytes() == (samples / "t03_leyla.ipynb").read_bytes()
    for bad, message in (("(", "is not a regular expression"), (r"^(\w+)_", "has no group")):
        with pytest.raises(ProjectError, match=message):
            import_submissions(course, ASSIGNMENT, download, pattern=bad)


def test_a_zip_entry_outside_the_archive_is_refused(built_course, tmp_path):
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("../../escape.ipynb", "{}")
    with pytest.raises(ProjectError, match="refusing the entry '../../escape.ipynb'"):
        import_submissions(built_course.course_dir, ASSIGNMENT, archive)


def test_exchange_inbound_newest_wins(project, built_course, tmp_path):
    inbound = tmp_path / "exchange" / "farshlab" / "inbound"
    samples = project.samples / ASSIGNMENT
    for stamp, sample in (("2026-11-01 10:00:00.000000 UTC", "t02_bahram"), ("2026-11-03 08:15:00.000000 UTC",
                                                                             "t01_parisa")):  # fmt: skip
        folder = inbound / f"t05_sima+{ASSIGNMENT}+{stamp}+x1y2"
        folder.mkdir(parents=True)
        shutil.copyfile(samples / f"{sample}.ipynb", folder / "a00_orientation.ipynb")
    (inbound / "t06_omid+a01_knots_and_sizes+2026-11-03 08:00:00.000000 UTC+zz").mkdir()
    before = _digests(inbound)
    imported, skipped = import_submissions(built_course.course_dir, ASSIGNMENT, inbound)
    assert (imported, skipped) == (["t05_sima"], [])
    folder = built_course.course_dir / "submitted" / "t05_sima" / ASSIGNMENT
    assert (folder / "timestamp.txt").read_text() == "2026-11-03 08:15:00.000000 UTC"
    assert (folder / "a00_orientation.ipynb").read_bytes() == (samples / "t01_parisa.ipynb").read_bytes()
    assert _digests(inbound) == before


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name\nt01\n", "must name the columns, one of them 'id'"),
        ("id,first_name\nt01,A\nt01,B\n", "line 3: 't01' is already on line 2"),
        ("id\n\nbad id!\n", "line 3: 'bad id!' is not a usable student id"),
        ("id\n", "names no trainee"),
    ],
)
def test_roster_validation_names_the_line(tmp_path, text, message):
    path = tmp_path / "roster.csv"
    path.write_text(text)
    with pytest.raises(ProjectError, match=message):
        read_roster(path)


def test_roster_reads_nbgrader_columns(tmp_path):
    path = tmp_path / "roster.csv"
    path.write_text("\ufeffid,first_name,last_name,email\nt01_parisa,Parisa,Ahmadi,p@example.org\n")
    assert read_roster(path) == [
        {"id": "t01_parisa", "first_name": "Parisa", "last_name": "Ahmadi", "email": "p@example.org"}
    ]


@pytest.mark.slow
def test_roster_and_late_flags(project, built_course, tmp_path):
    course = tmp_path / "course"
    shutil.copytree(built_course.course_dir, course)
    cohort = tmp_path / "cohort"
    for student, sample, stamp in (
        ("t01_parisa", "t01_parisa", "2026-11-01 09:00:00.000000 UTC"),  # on time
        ("t03_leyla", "t03_leyla", "2026-11-02 12:00:00.000000 UTC"),  # 2 h late (due 10:00 UTC)
    ):
        folder = cohort / student / ASSIGNMENT
        folder.mkdir(parents=True)
        shutil.copyfile(project.samples / ASSIGNMENT / f"{sample}.ipynb", folder / "a00_orientation.ipynb")
        (folder / "timestamp.txt").write_text(stamp)
    roster = tmp_path / "roster.csv"
    roster.write_text("id,first_name\nt01_parisa,Parisa\nt08_nader,Nader\n")
    # 13:30 in Tehran (+03:30) is 10:00 UTC
    report = grade_assignment(course, ASSIGNMENT, cohort, limits=Limits(budget_s=30), roster=roster,
                              due="2026-11-02T13:30+03:30", workers=2)  # fmt: skip
    rows = {r.student_id: r for r in report.rows}
    assert rows["t01_parisa"].flags == [] and rows["t01_parisa"].auto_score == 17
    assert sorted(rows["t03_leyla"].flag_codes) == ["late", "not_in_roster"]
    assert "late: 2.0 hours" in " ".join(rows["t03_leyla"].flag_details)
    assert (rows["t08_nader"].status, rows["t08_nader"].flag_codes, rows["t08_nader"].score) == (
        "no submission",
        ["missing_notebook"],
        0,
    )
