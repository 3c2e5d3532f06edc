"""Every assignment: validated, released without answers or hidden tests, ids unique and frozen."""

import json

import nbformat
import pytest

from farshlab.course.notebooks import BEGIN_HIDDEN, BEGIN_SOLUTION, read_text_notebook


def test_every_assignment_was_built_and_validated(project, built_course):
    assert [a.id for a in built_course.assignments] == [a.id for a in project.assignments()]
    assert all(built.validated for built in built_course.assignments)


def _release(built_course, assignment_id):
    folder = built_course.course_dir / "release" / assignment_id
    return [nbformat.read(path, as_version=4) for path in sorted(folder.glob("*.ipynb"))]


def test_release_holds_no_solution_and_no_hidden_test(project, built_course):
    for assignment in project.assignments():
        texts = [read_text_notebook(t) for t in assignment.notebook_texts]
        sources = [cell.source for nb in texts for cell in nb.cells]
        hidden_blocks = [
            block.split("### END HIDDEN TESTS")[0] for s in sources for block in s.split(BEGIN_HIDDEN)[1:]
        ]
        visible = {
            line.strip()
            for s in sources
            for part in s.split(BEGIN_HIDDEN)
            for line in (part.split("### END HIDDEN TESTS")[-1] if BEGIN_HIDDEN in s else part).splitlines()
        }
        hidden = [
            line.strip()
            for block in hidden_blocks
            for line in block.splitlines()
            if line.strip() and line.strip() not in visible
        ]
        assert hidden, f"{assignment.id} has no hidden tests"
        for nb in _release(built_course, assignment.id):
            released = "\n".join(cell.source for cell in nb.cells)
            assert BEGIN_SOLUTION not in released and BEGIN_HIDDEN not in released
            assert all(not cell.get("outputs") for cell in nb.cells if cell.cell_type == "code")
            leaked = [line for line in hidden if line in released]
            assert not leaked, f"hidden test lines in the release of {assignment.id}: {leaked}"


def test_orientation_has_the_items_the_course_promises(built_course):
    (a00,) = [b for b in built_course.assignments if b.id == "a00_orientation"]
    autograded = [c for c in a00.cells if c.kind == "autograded"]
    written = [c for c in a00.cells if c.kind == "written"]
    assert len(autograded) >= 8
    assert len(written) == 1
    assert (a00.points, a00.autograded_points) == (20, 17)


def test_grade_ids_are_unique_and_frozen(project, built_course):
    for built in built_course.assignments:
        lock = project.autograder / "grade_ids" / f"{built.id}.json"
        assert lock.is_file(), f"record {built.id}'s grade ids and points in {lock}"
        frozen = json.loads(lock.read_text())
        ids = [c.grade_id for c in built.cells]
        assert len(ids) == len(set(ids))
        current = {c.grade_id: c.points for c in built.cells}
        for grade_id, points in frozen.items():
            assert current.get(grade_id) == pytest.approx(points), (
                f"{grade_id} of {built.id} was released with {points} points; grade ids and points are "
                "frozen once released"
            )
        assert set(current) == set(frozen), f"new grade ids must be recorded in {lock}"


def test_course_config_carries_the_grading_safeguards(built_course):
    text = (built_course.course_dir / "nbgrader_config.py").read_text()
    assert "c.IgnorePattern.enabled = True" in text
    assert "ClearHiddenTests" in text
    assert "--InteractiveShell.xmode=Minimal" in text
    assert f"c.CourseDirectory.root = {str(built_course.course_dir)!r}" in text


def test_every_assignment_is_proven_and_carries_its_library_rule(project, built_course):
    """The build proved each question's wrong answers and library answers; the rule ships in the release."""
    from farshlab.course.rule import rule_of

    for built in built_course.assignments:
        questions = [q for exercise in built.exercises for q in exercise.questions]
        assert questions and built.validated, built.id
        assert built.proven["wrong"] == sum(len(q.wrong) for q in questions) >= 2 * len(questions)
        assert built.proven["library"] == sum(len(q.library) for q in questions), built.id
        for nb in _release(built_course, built.id):
            rule, lang = rule_of(nb)
            assert lang == "en" and [r.target for r in rule] == [r.target for r in built.rule], built.id
            setup = [
                c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id", "").endswith("-setup")
            ]
            assert len(setup) == 1 and setup[0].metadata.nbgrader.locked, built.id
            if rule:
                assert "switch_off(" in setup[0].source
                assert all(f'"target": "{r.target}"' in setup[0].source for r in rule)
            released = "\n".join(cell.source for cell in nb.cells)
            variants = [v for q in questions for v in (*q.wrong, *q.library)]
            leaked = [v.source for v in variants if v.source.strip() and v.source.strip() in released]
            assert not leaked, f"wrong or library answers in the release of {built.id}: {leaked[:2]}"
            assert all("farshlab" not in cell.metadata for cell in nb.cells)


ISSUE_WRONG_ANSWERS = {
    # the three wrong answers that used to earn full marks (issue #14 §2), each now among the
    # proven wrong answers of its question
    "a03-q2_4-answer": "np.array_equal(grid[0], grid[-1])",
    "a04-q4_3-answer": "return math.dist(std_a, trial_a) > math.dist(std_d65, trial_d65)",
    "a05-q5_3-answer": "max(votes, key=votes.get)",
}


def test_the_wrong_answers_that_used_to_pass_are_proven_to_fail(built_course):
    for answer, code in ISSUE_WRONG_ANSWERS.items():
        questions = [q for b in built_course.assignments for e in b.exercises for q in e.questions]
        (question,) = [q for q in questions if q.answer == answer]
        assert any(code in variant.source for variant in question.wrong), answer
        assert all(b.validated for b in built_course.assignments)  # every wrong answer was proven
