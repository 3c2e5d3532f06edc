"""Wrong answers, library answers and declarations in exercise texts: read, checked, proven."""

import json
from pathlib import Path

import nbformat.v4 as v4
import pytest

from farshlab.course.answers import Variant, split_exercise
from farshlab.course.notebooks import ExerciseError, cell_lines, read_text_notebook
from farshlab.course.proofs import prove_answers

ANSWER = {
    "grade": False,
    "solution": True,
    "locked": False,
    "grade_id": "a00-q1_1-answer",
    "schema_version": 3,
}
TESTS = {
    "grade": True, "solution": False, "locked": True, "points": 2, "grade_id": "a00-q1_1-tests",
    "schema_version": 3,
}  # fmt: skip
ANSWER2 = dict(ANSWER, grade_id="a00-q1_2-answer")
TESTS2 = dict(TESTS, grade_id="a00-q1_2-tests", points=1)


def _cell(source, nbgrader=None, farshlab=None):
    meta = {
        key: value for key, value in (("nbgrader", nbgrader), ("farshlab", farshlab)) if value is not None
    }
    return v4.new_code_cell(source, metadata=meta)


def _wrong(answer, source, mistake="a mistake"):
    return _cell(source, farshlab={"wrong_answer": answer, "mistake": mistake})


DECLARED = {"writes": ["knots_across"], "answered_by": []}
SOLUTION = (
    "def knots_across(width_cm, raj):\n    ### BEGIN SOLUTION\n    return round(raj * width_cm / 7)\n"
    "    ### END SOLUTION"
)
TEST = "assert knots_across(50, 50) == 357\nassert knots_across(50, 40) == 286"


def _notebook(*extra, declared=DECLARED):
    return v4.new_notebook(
        cells=[
            _cell(SOLUTION, ANSWER, declared),
            _wrong("a00-q1_1-answer", "def knots_across(width_cm, raj):\n    return int(raj * width_cm / 7)"),
            _wrong(
                "a00-q1_1-answer", "def knots_across(width_cm, raj):\n    return round(raj * width_cm / 7.5)"
            ),
            *extra,
            _cell(TEST, TESTS),
        ]
    )


def test_variant_cells_are_taken_out_and_read():
    exercise = split_exercise(_notebook(), "a00.py")
    assert [c.metadata.get("nbgrader", {}).get("grade_id") for c in exercise.notebook.cells] == [
        "a00-q1_1-answer", "a00-q1_1-tests",
    ]  # fmt: skip
    assert all("farshlab" not in c.metadata for c in exercise.notebook.cells)
    (question,) = exercise.questions
    assert (question.label, question.tests, question.points, question.writes) == (
        "Q1.1", "a00-q1_1-tests", 2.0, ("knots_across",),
    )  # fmt: skip
    assert [v.kind for v in question.wrong] == ["wrong_answer", "wrong_answer"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda nb: nb.cells.pop(1), "has 1 wrong answer(s)"),
        (lambda nb: nb.cells[0].metadata.pop("farshlab"), 'needs farshlab={"writes"'),
        (lambda nb: nb.cells[0].metadata.farshlab.update(writes="knots_across"), '"writes" must be a list'),
        (
            lambda nb: nb.cells[1].metadata.farshlab.update(wrong_answer="a00-q9_9-answer"),
            "not an autograded",
        ),
        (lambda nb: nb.cells[1].metadata.farshlab.pop("mistake"), 'needs "mistake"'),
        (
            lambda nb: nb.cells[0].metadata.farshlab.update(answered_by=["farshlab.carpet.knots_across"]),
            "no library",
        ),
        (
            lambda nb: nb.cells.insert(1, _cell("x", farshlab={"library_answer": "a00-q1_1-answer"})),
            "declares no",
        ),
        (lambda nb: nb.cells[1].metadata.farshlab.update(colour="red"), "unknown farshlab keys"),
        (lambda nb: nb.cells[-1].metadata.update(farshlab={"writes": ["x"]}), "not an answer cell"),
    ],
)
def test_a_broken_declaration_is_named(change, message):
    nb = _notebook()
    change(nb)
    with pytest.raises(ExerciseError, match=message.replace("(", r"\(").replace(")", r"\)")):
        split_exercise(nb, "a00.py")


def test_lines_of_cells_skip_the_variants_in_the_text(tmp_path):
    text = tmp_path / "a00.py"
    lines = [
        "# %% [markdown]", "# Q1.1", "",
        f"# %% nbgrader={json.dumps(ANSWER)} farshlab={json.dumps(DECLARED)}", SOLUTION, "",
        '# %% farshlab={"wrong_answer": "a00-q1_1-answer", "mistake": "int"}', "def f(): 0", "",
        '# %% farshlab={"mistake": "7.5", "wrong_answer": "a00-q1_1-answer"}', "def f(): 1", "",
        f"# %% nbgrader={json.dumps(TESTS)}", TEST, "",
    ]  # fmt: skip
    text.write_text("\n".join(lines), encoding="utf-8")
    exercise = split_exercise(read_text_notebook(text), text)
    assert cell_lines(text, len(exercise.notebook.cells)) == [1, 4, 16]
    assert [v.line for v in exercise.questions[0].wrong] == [10, 13]
    assert exercise.questions[0].line == 4


def test_the_proof_names_a_wrong_answer_the_tests_let_through(tmp_path):
    lenient = _cell("assert knots_across(50, 50) == 357", TESTS)  # no check at 40 raj
    exercise = split_exercise(_notebook(), "a00.py")
    exercise.notebook.cells[-1] = lenient
    problems, counts = prove_answers(exercise, tmp_path)
    # int(357.14) == 357 passes; 7.5 instead of 7 (333) fails
    assert counts == {"wrong": 1, "library": 0}
    assert (
        len(problems) == 1
        and "wrong answer of Q1.1 (a mistake) passes its tests a00-q1_1-tests" in problems[0]
    )


def test_the_proof_names_a_cascading_penalty_and_a_library_answer_that_answers_nothing(tmp_path):
    total = (
        "def total_knots(w, h, raj):\n    ### BEGIN SOLUTION\n"
        "    return knots_across(w, raj) * knots_across(h, raj)\n    ### END SOLUTION"
    )
    nb = _notebook()
    nb.cells[0].metadata.farshlab["answered_by"] = ["farshlab.carpet.knots_across"]
    nb.cells.insert(
        1, _cell("def knots_across(w, raj):\n    return 0", farshlab={"library_answer": "a00-q1_1-answer"})
    )
    nb.cells += [
        _cell(total, ANSWER2, {"writes": ["total_knots"], "answered_by": []}),
        _wrong("a00-q1_2-answer", "def total_knots(w, h, raj):\n    return knots_across(w + h, raj)"),
        _wrong("a00-q1_2-answer", "def total_knots(w, h, raj):\n    return knots_across(w, raj) ** 2"),
        _cell("assert total_knots(50, 70, 50) == 357 * 500", TESTS2),
    ]
    exercise = split_exercise(nb, "a00.py")
    problems, counts = prove_answers(exercise, tmp_path)
    # int() truncation fails Q1.1 alone (int(357.1) * int(500.0) is still right for Q1.2);
    # dividing by 7.5 fails Q1.1 and, through total_knots, Q1.2: a cascading penalty
    assert counts == {"wrong": 3, "library": 0}
    cascades = [p for p in problems if "also fails a00-q1_2-tests: a later question loses its points" in p]
    assert len(cascades) == 1 and "(a mistake)" in cascades[0]
    assert sum("the library answer of Q1.1 does not answer it" in p for p in problems) == 1


def test_the_course_texts_declare_every_question(project):
    for assignment in project.assignments():
        for text in assignment.notebook_texts:
            exercise = split_exercise(read_text_notebook(text), text)
            assert exercise.questions, text
            for question in exercise.questions:
                assert len(question.wrong) >= 2, (text, question.label)
                assert question.writes, (text, question.label)
                assert all(isinstance(v, Variant) for v in question.library)
    assert Path(project.exercises).is_dir()
