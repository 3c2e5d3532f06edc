"""No link is followed in a trainee's submission: refused, flagged, never read; the trainee keeps a row.

One course copy, graded twice: first a cohort folder full of links (a notebook linked to the
course's source notebook, to ``/etc/passwd``, a linked student folder, a linked assignment
folder, a named pipe, an honest notebook with a linked data file); then, without a submissions
folder, what a zip with link entries brought in and links put straight into ``submitted/``.
"""

import csv
import hashlib
import html
import os
import re
import shutil
import stat
import zipfile
from pathlib import Path

import nbformat
import pytest

from farshlab.course.collect import import_submissions
from farshlab.course.engine.journal import submission_digest
from farshlab.course.grade import grade_assignment
from farshlab.course.sandbox import Limits
from farshlab.course.tamper import FLAG_CODES

ASSIGNMENT = "a00_orientation"
NOTEBOOK = f"{ASSIGNMENT}.ipynb"
REFUSED = {
    "s02_source_link": NOTEBOOK,
    "s03_passwd_link": NOTEBOOK,
    "s04_linked_folder": "s04_linked_folder",
    "s05_linked_assignment": f"s05_linked_assignment/{ASSIGNMENT}",
    "s06_fifo": NOTEBOOK,
    "z02_zip_link": NOTEBOOK,
    "z03_zip_folder_link": "z03_zip_folder_link",
    "d01_direct_link": NOTEBOOK,
    "d02_direct_folder": "d02_direct_folder",
}


def _solution_lines(notebook):
    """The lines between ``### BEGIN SOLUTION`` and ``### END SOLUTION`` of the source notebook."""
    lines = []
    for cell in nbformat.read(notebook, as_version=4).cells:
        for block in cell.source.split("### BEGIN SOLUTION")[1:]:
            lines += [
                line.strip() for line in block.split("### END SOLUTION")[0].splitlines() if line.strip()
            ]
    return lines


def _digests(folder):
    """What the originals are: link targets for links, kinds for pipes, SHA-256 for files."""
    found = {}
    for path in sorted(folder.rglob("*")):
        mode = path.lstat().st_mode
        if stat.S_ISLNK(mode):
            found[str(path.relative_to(folder))] = "-> " + os.readlink(path)
        elif stat.S_ISFIFO(mode):
            found[str(path.relative_to(folder))] = "fifo"
        elif stat.S_ISREG(mode):
            found[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


@pytest.fixture(scope="module")
def graded(project, built_course, tmp_path_factory):
    root = tmp_path_factory.mktemp("symlinks")
    course = root / "course"
    shutil.copytree(built_course.course_dir, course)
    source = course / "source" / ASSIGNMENT / NOTEBOOK
    perfect = project.samples / ASSIGNMENT / "t01_parisa.ipynb"
    cohort = root / "cohort"

    def folder(student):
        path = cohort / student / ASSIGNMENT
        path.mkdir(parents=True)
        return path

    shutil.copyfile(perfect, folder("s01_honest") / NOTEBOOK)
    (folder("s02_source_link") / NOTEBOOK).symlink_to(source)
    (folder("s03_passwd_link") / NOTEBOOK).symlink_to("/etc/passwd")
    elsewhere = root / "elsewhere"
    (elsewhere / ASSIGNMENT).mkdir(parents=True)
    shutil.copyfile(perfect, elsewhere / ASSIGNMENT / NOTEBOOK)
    (cohort / "s04_linked_folder").symlink_to(elsewhere, target_is_directory=True)
    (cohort / "s05_linked_assignment").mkdir()
    (cohort / "s05_linked_assignment" / ASSIGNMENT).symlink_to(source.parent, target_is_directory=True)
    os.mkfifo(folder("s06_fifo") / NOTEBOOK)
    honest = folder("s07_linked_data")
    shutil.copyfile(perfect, honest / NOTEBOOK)
    (honest / "notes.txt").symlink_to("/etc/passwd")
    (honest / "timestamp.txt").symlink_to("/etc/hostname")
    originals = _digests(cohort)
    source_bytes = source.read_bytes()
    limits = Limits(budget_s=60, memory_mb=1024)
    first = grade_assignment(course, ASSIGNMENT, cohort, limits=limits, workers=2)

    archive = root / "cohort.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.write(perfect, f"z01_zip_honest/{ASSIGNMENT}/{NOTEBOOK}")
        for name, target in (
            (f"z02_zip_link/{ASSIGNMENT}/{NOTEBOOK}", str(source)),
            ("z03_zip_folder_link", str(elsewhere)),
        ):
            entry = zipfile.ZipInfo(name)
            entry.create_system = 3  # Unix: the mode is in the high 16 bits
            entry.external_attr = (stat.S_IFLNK | 0o777) << 16
            zipped.writestr(entry, target)
    zip_import = import_submissions(course, ASSIGNMENT, archive)
    # links put straight into the course's submitted/ folder (not by farshlab)
    direct = course / "submitted" / "d01_direct_link" / ASSIGNMENT
    direct.mkdir(parents=True)
    (direct / NOTEBOOK).symlink_to(source)
    (course / "submitted" / "d02_direct_folder").symlink_to(course / "source", target_is_directory=True)
    second = grade_assignment(course, ASSIGNMENT, limits=limits, workers=2)
    return {
        "course": course,
        "cohort": cohort,
        "originals": originals,
        "source_bytes": source_bytes,
        "solution": _solution_lines(source),
        "first": first,
        "second": second,
        "zip_import": zip_import,
        "rows": {row.student_id: row for row in first.rows + second.rows},
    }


def test_the_flag_is_known():
    assert "symlink_refused" in FLAG_CODES


@pytest.mark.slow
def test_honest_submissions_are_graded_as_before(graded):
    rows = graded["rows"]
    for student in ("s01_honest", "z01_zip_honest"):
        assert rows[student].auto_score == 17, (student, rows[student].flag_details)
        assert "symlink_refused" not in rows[student].flag_codes, student
    # an honest notebook beside a linked data file and a linked timestamp.txt: graded, the links flagged
    row = rows["s07_linked_data"]
    assert row.auto_score == 17
    assert row.flag_codes.count("symlink_refused") == 2, row.flag_details
    assert any("notes.txt" in detail for detail in row.flag_details)
    assert any("timestamp.txt" in detail for detail in row.flag_details)
    stamp = (graded["course"] / "submitted" / "s07_linked_data" / ASSIGNMENT / "timestamp.txt").read_text()
    assert stamp.endswith("UTC") and stamp != Path("/etc/hostname").read_text()  # the files' own time


@pytest.mark.slow
def test_every_link_is_refused_with_a_row_a_zero_and_a_flag(graded):
    rows = graded["rows"]
    for student, name in REFUSED.items():
        row = rows[student]
        assert "symlink_refused" in row.flag_codes, (student, row.flag_details)
        detail = next(d for d in row.flag_details if d.startswith("symlink_refused"))
        assert name in detail, (student, detail)
        assert row.auto_score == 0 and row.score == 0, (student, row.auto_score)
    with graded["first"].csv_path.open() as handle:
        table = {r["student_id"]: r for r in csv.DictReader(handle)}
    for student in ("s02_source_link", "s03_passwd_link", "s04_linked_folder", "s06_fifo"):
        assert "symlink_refused" in table[student]["flags"].split(";"), student


@pytest.mark.slow
def test_nothing_linked_was_read_or_copied(graded):
    course, solution = graded["course"], graded["solution"]
    assert len(solution) > 10
    passwd = Path("/etc/passwd").read_text().splitlines()[0]
    # the links put straight into submitted/ are left as they were; farshlab makes none
    planted = {
        course / "submitted" / "d01_direct_link" / ASSIGNMENT / NOTEBOOK,
        course / "submitted" / "d02_direct_folder",
    }
    for student in REFUSED:
        for folder in (course / "submitted" / student, course / "autograded" / student):
            if folder in planted:
                continue
            for path in folder.rglob("*") if folder.exists() else []:
                assert not path.is_symlink() or path in planted, path
                if path.is_file() and not path.is_symlink():
                    text = path.read_text(errors="replace")
                    assert "BEGIN SOLUTION" not in text and passwd not in text, path
        for page in (course / "feedback" / student).rglob("*.html"):
            text = html.unescape(re.sub(r"<[^>]+>", "", page.read_text()))
            assert "BEGIN SOLUTION" not in text, page
            assert not [line for line in solution if line in text], page


@pytest.mark.slow
def test_the_originals_are_unchanged(graded):
    assert graded["originals"] == _digests(graded["cohort"])
    source = graded["course"] / "source" / ASSIGNMENT / NOTEBOOK
    assert source.read_bytes() == graded["source_bytes"]
    assert not any("original_changed" in row.flag_codes for row in graded["first"].rows)


@pytest.mark.slow
def test_a_zip_link_entry_is_never_extracted(graded):
    imported, skipped = graded["zip_import"]
    assert imported == ["z01_zip_honest", "z02_zip_link", "z03_zip_folder_link"]
    assert any("z02_zip_link" in reason and "symbolic link" in reason for reason in skipped), skipped
    handed_in = graded["course"] / "submitted" / "z02_zip_link" / ASSIGNMENT
    assert not (handed_in / NOTEBOOK).exists() and not (handed_in / NOTEBOOK).is_symlink()


def test_the_digest_never_reads_a_link(tmp_path):
    target = tmp_path / "target.txt"
    target.write_text("first")
    folder = tmp_path / "submission"
    folder.mkdir()
    (folder / "a.ipynb").write_text("{}")
    (folder / "link.txt").symlink_to(target)
    os.mkfifo(folder / "pipe")
    before = submission_digest(folder)
    target.write_text("second")  # a link's target may change: the digest never looked at it
    assert submission_digest(folder) == before
    (folder / "link.txt").unlink()
    (folder / "link.txt").symlink_to(tmp_path / "other.txt")  # but a changed link is a change
    assert submission_digest(folder) != before
