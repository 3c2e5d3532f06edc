"""The engine gives nbgrader's own scores: real ``nbgrader autograde`` on the same shared set."""

import copy
import shutil
import warnings

import nbformat
import pytest
from bs4 import BeautifulSoup
from nbgrader.api import Gradebook
from nbgrader.apps import NbGraderAPI

from farshlab.course.grade import grade_assignment, import_submissions
from farshlab.course.nbgrader_setup import load_course_config
from farshlab.course.sandbox import Limits

ASSIGNMENT = "a01_knots_and_sizes"


def _grades(course):
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        return sorted(
            (s.student.id, g.name, float(g.score), bool(g.needs_manual_grade))
            for s in gb.assignment_submissions(ASSIGNMENT)
            for n in s.notebooks
            for g in n.grades
        )


def _shared_set(project, folder):
    samples = project.samples / ASSIGNMENT
    for path in sorted(samples.glob("*.ipynb")):
        shutil.copyfile(path, folder / path.name)
    perfect = nbformat.read(samples / "t01_maryam.ipynb", as_version=4)
    partial = nbformat.read(samples / "t03_sahar.ipynb", as_version=4)
    tests = [i for i, c in enumerate(perfect.cells) if c.metadata.get("nbgrader", {}).get("grade")]
    tests = [i for i in tests if perfect.cells[i].cell_type == "code"]
    edited = copy.deepcopy(partial)
    for i in tests:
        edited.cells[i].source = "pass"  # would pass everything if nbgrader did not restore it
    nbformat.write(edited, folder / "t05_edited.ipynb")
    deleted = copy.deepcopy(partial)
    deleted.cells = [c for i, c in enumerate(deleted.cells) if i not in tests[:3]]
    nbformat.write(deleted, folder / "t06_deleted.ipynb")
    half = copy.deepcopy(perfect)
    half.cells = [c for i, c in enumerate(half.cells) if i not in tests[::2]]
    nbformat.write(half, folder / "t07_half_deleted.ipynb")


@pytest.mark.slow
def test_same_scores_as_nbgrader_autograde(project, built_course, tmp_path):
    cohort = tmp_path / "cohort"
    cohort.mkdir()
    _shared_set(project, cohort)
    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    shutil.copytree(built_course.course_dir, ours)
    shutil.copytree(built_course.course_dir, theirs)
    for course in (ours, theirs):
        shutil.rmtree(course / "submitted", ignore_errors=True)
        (course / "gradebook.db").unlink()
        shutil.copyfile(built_course.course_dir / "gradebook.db", course / "gradebook.db")
    students, _ = import_submissions(theirs, ASSIGNMENT, cohort)
    api = NbGraderAPI(config=load_course_config(theirs))
    for student in students:
        with warnings.catch_warnings():
            # nbgrader's own warnings (SAWarning on regrades, nbformat's MissingIDFieldWarning
            # for the cells OverwriteCells adds back) are not failures of the test
            warnings.simplefilter("ignore")
            result = api.autograde(ASSIGNMENT, student, force=True, create=True)
        assert result["success"], result["log"][-2000:]
    report = grade_assignment(ours, ASSIGNMENT, cohort, limits=Limits(budget_s=60), workers=2)
    assert all(row.status == "graded" for row in report.rows)
    flags = {row.student_id: row.flag_codes for row in report.rows}
    assert "test_cell_edited" in flags["t05_edited"] and "test_cell_deleted" in flags["t06_deleted"]
    nbgrader_grades = _grades(theirs)
    assert len(nbgrader_grades) == 7 * 15  # 7 trainees, 14 test cells and 1 written answer each
    assert _grades(ours) == nbgrader_grades

    # feedback: the engine's kept converter writes the same document as nbgrader's own
    # generate_feedback (compared parsed: the engine skips nbconvert's final re-serialisation of
    # pages without images, which changes only white space and the spelling of <meta .../>)
    def feedback():
        pages = (ours / "feedback").glob(f"*/{ASSIGNMENT}/*.html")
        return {p.relative_to(ours): str(BeautifulSoup(p.read_text(), "html.parser")) for p in pages}

    ours_feedback = feedback()
    assert len(ours_feedback) == 7
    for path in ours_feedback:
        (ours / path).unlink()
    api = NbGraderAPI(config=load_course_config(ours))
    for student in students:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            assert api.generate_feedback(ASSIGNMENT, student, force=True)["success"]
    assert feedback() == ours_feedback
