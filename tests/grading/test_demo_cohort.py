"""The bundled sample cohort gets exactly the expected grades, with feedback and a CSV."""

import csv
import hashlib
import shutil

import nbformat
import pytest

from farshlab.course.grade import format_table, grade_assignment

# student: (autograded score of 17, written answer waiting for the instructor)
EXPECTED = {
    "t01_parisa": (17, True),  # every answer right
    "t02_bahram": (0, False),  # handed in untouched
    "t03_leyla": (8, False),  # 1 + 2 + 2 + 1 + 2; knots_across rounds down and fails the hidden test
    "t04_davud": (9, True),  # 2 + 2 + 1 + 1 + 3; a NameError and a SyntaxError score 0
}


def _digest(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*.ipynb"))}


@pytest.mark.slow
def test_sample_cohort_scores(check_cohort):
    check_cohort("a00_orientation", EXPECTED, auto_max=17, max_score=20)


@pytest.mark.slow
def test_csv_and_feedback(graded_demo):
    with graded_demo.csv_path.open() as handle:
        table = list(csv.DictReader(handle))
    assert graded_demo.csv_path == graded_demo.course_dir / "reports" / "a00_orientation" / "grades.csv"
    assert [r["student_id"] for r in table] == sorted(EXPECTED)
    leyla = next(r for r in table if r["student_id"] == "t03_leyla")
    assert (leyla["score"], leyla["max_score"], leyla["a00-q1_1-tests"], leyla["a00-q2_1-tests"]) == (
        "8",
        "20",
        "0",
        "2",
    )
    printed = format_table(graded_demo.rows)
    assert "t03_leyla   8      20         8/17" in printed
    for student in EXPECTED:
        html = graded_demo.course_dir / "feedback" / student / "a00_orientation" / "a00_orientation.html"
        assert html.is_file()


@pytest.mark.slow
def test_feedback_never_shows_hidden_test_code(project, graded_demo, hidden_test_lines):
    exercise = project.exercises / "a00_orientation" / "a00_orientation.py"
    hidden_code = hidden_test_lines(exercise, ("got =", "assert"))
    assert len(hidden_code) > 10
    import html as html_module

    for student in EXPECTED:
        page = graded_demo.course_dir / "feedback" / student / "a00_orientation" / "a00_orientation.html"
        text = html_module.unescape(page.read_text())
        assert "HIDDEN TESTS" not in text
        shown = [line for line in hidden_code if line in text]
        assert shown == [], f"hidden test code in {student}'s feedback: {shown[:2]}"


@pytest.mark.slow
def test_originals_untouched_and_a_broken_file_does_not_stop_the_batch(project, built_course, tmp_path):
    cohort = tmp_path / "cohort"
    shutil.copytree(project.samples / "a00_orientation", cohort)
    (cohort / "t05_broken.ipynb").write_text("{ this is not a notebook")
    (cohort / "bad name!.ipynb").write_text("{}")
    before = _digest(cohort)
    report = grade_assignment(built_course.course_dir, "a00_orientation", cohort)
    assert _digest(cohort) == before
    rows = {row.student_id: row for row in report.rows}
    assert rows["t05_broken"].status.startswith("not graded")
    assert rows["t05_broken"].score == 0
    assert rows["t03_leyla"].auto_score == 8
    assert any("'bad name!' is not a usable student id" in s for s in report.skipped)


@pytest.mark.slow
def test_nbgrader_layout_and_regrading(project, built_course, tmp_path):
    cohort = tmp_path / "submitted"
    target = cohort / "t09_sara" / "a00_orientation"
    target.mkdir(parents=True)
    notebook = nbformat.read(project.samples / "a00_orientation" / "t03_leyla.ipynb", as_version=4)
    nbformat.write(notebook, target / "a00_orientation.ipynb")
    report = grade_assignment(built_course.course_dir, "a00_orientation", cohort)
    (row,) = [r for r in report.rows if r.student_id == "t09_sara"]
    assert row.auto_score == 8
    # a corrected re-submission replaces the first one and is regraded
    shutil.copyfile(
        project.samples / "a00_orientation" / "t01_parisa.ipynb", target / "a00_orientation.ipynb"
    )
    report = grade_assignment(built_course.course_dir, "a00_orientation", cohort)
    (row,) = [r for r in report.rows if r.student_id == "t09_sara"]
    assert row.auto_score == 17


def test_empty_cohort_is_a_clear_error(built_course, tmp_path):
    from farshlab.course.project import ProjectError

    with pytest.raises(ProjectError, match="no submissions for a00_orientation"):
        grade_assignment(built_course.course_dir, "a00_orientation", tmp_path)
    with pytest.raises(ProjectError, match="does not exist"):
        grade_assignment(built_course.course_dir, "a00_orientation", tmp_path / "missing")


@pytest.mark.slow
def test_a_warning_never_costs_points(project, built_course, tmp_path):
    """GRADING.md trap 1: stderr in a test cell scores 0 unless IgnorePattern drops warnings."""
    notebook = nbformat.read(project.samples / "a00_orientation" / "t01_parisa.ipynb", as_version=4)
    for cell in notebook.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == "a00-q1_1-answer":
            cell.source = (
                "import warnings\n\n"
                "def knots_across(width_cm, raj):\n"
                "    warnings.warn('raj should be checked on the loom', UserWarning)\n"
                "    return round(raj * width_cm / 7)"
            )
    cohort = tmp_path / "cohort"
    cohort.mkdir()
    nbformat.write(notebook, cohort / "t07_warned.ipynb")
    report = grade_assignment(built_course.course_dir, "a00_orientation", cohort)
    (row,) = [r for r in report.rows if r.student_id == "t07_warned"]
    assert row.cells["a00-q1_1-tests"] == 2
    assert row.auto_score == 17
