"""The Persian course: the same assignments, ids and points, and the same grades for the same answers."""

import nbformat
import pytest

from farshlab.course.catalogue import load_course
from farshlab.course.grade import grade_assignment
from farshlab.course.project import find_project
from farshlab.course.samples import translate_cohort

ASSIGNMENTS = [a.id for a in find_project().assignments()]
pytestmark = pytest.mark.skipif(
    "fa" not in load_course(find_project()).languages, reason="course.yml does not list fa yet"
)


def _graded_cells(course_dir, assignment_id):
    cells = {}
    for path in sorted((course_dir / "source" / assignment_id).glob("*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            nbgrader = cell.metadata.get("nbgrader", {})
            if nbgrader.get("grade_id"):
                key = (path.name, nbgrader["grade_id"])
                cells[key] = (
                    cell.cell_type,
                    nbgrader.get("points"),
                    nbgrader.get("grade"),
                    nbgrader.get("locked"),
                )
    return cells


def test_the_persian_course_is_proven_as_the_english_one(built_course, built_course_fa):
    english = {b.id: b for b in built_course.assignments}
    persian = {b.id: b for b in built_course_fa.assignments}
    assert sorted(persian) == sorted(english) == ASSIGNMENTS
    for assignment_id, built in persian.items():
        assert built.validated, assignment_id
        assert [p.name for p in built.notebooks] == [p.name for p in english[assignment_id].notebooks]
        assert built.points == english[assignment_id].points
        assert built.proven == english[assignment_id].proven, assignment_id
        assert len(built.rule) == len(english[assignment_id].rule), assignment_id
        assert _graded_cells(built_course_fa.course_dir, assignment_id) == _graded_cells(
            built_course.course_dir, assignment_id
        )
    assert [p.name for p in built_course_fa.lessons] == [p.name for p in built_course.lessons]


@pytest.mark.parametrize("assignment_id", ASSIGNMENTS)
def test_a_persian_cohort_gets_the_english_cohorts_grades(
    assignment_id, graded_cohort, built_course, built_course_fa, tmp_path
):
    english = {row.student_id: row for row in graded_cohort(assignment_id).rows}
    cohort = tmp_path / assignment_id
    written = translate_cohort(
        assignment_id, "fa", built_course_fa.course_dir, built_course.course_dir, cohort
    )
    assert len(written) == len(english)
    # the trainees' answers are English; every cell they did not write stays the Persian release's
    release = nbformat.read(
        built_course_fa.course_dir / "release" / assignment_id / f"{assignment_id}.ipynb", 4
    )
    prose = [cell.source for cell in release.cells if "nbgrader" not in cell.metadata]
    assert prose
    for notebook in written:
        given = nbformat.read(notebook, 4)
        assert [cell.source for cell in given.cells if "nbgrader" not in cell.metadata] == prose, (
            notebook.name
        )
    persian = {
        row.student_id: row
        for row in grade_assignment(built_course_fa.course_dir, assignment_id, cohort).rows
    }
    assert sorted(persian) == sorted(english)
    for student, row in persian.items():
        ours = english[student]
        assert row.status == ours.status == "graded", student
        assert (row.auto_score, row.auto_max, row.score, row.max_score) == (
            ours.auto_score, ours.auto_max, ours.score, ours.max_score,
        ), student  # fmt: skip
        assert row.needs_manual_grade is ours.needs_manual_grade, student
        assert sorted(f.code for f in row.flags) == sorted(f.code for f in ours.flags), student
