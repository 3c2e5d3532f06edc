"""a06_capstone: the solution passes and typical wrong answers lose their points in the real grader, in
English and Persian; the library rule covers farshlab.kit; the sample cohort's grades."""

import csv

import nbformat
import pytest

from farshlab.course.grade import grade_assignment
from farshlab.course.notebooks import BEGIN_SOLUTION, END_SOLUTION

ASSIGNMENT = "a06_capstone"
# points per autograded question: q1_1 1, q1_2 2, q2_1 1, q2_2 1, q2_3 1, q2_4 2, q2_5 2, q3_1 1, q3_2 1,
# q4_1 1, q4_2 2, q5_1 2, q5_2 1 = 18; the project's written q6_1 3, q6_2 4, q6_3 2 = 9 (27 in all)
# student: (autograded score of 18, written answer waiting for the instructor)
EXPECTED = {
    "t01_shirin": (18, True),  # every answer right, the project written
    # q2_2 1 + q2_5 2 + q3_2 1 + q4_2 2 + q5_1 2 + q5_2 1 = 9: round for days, the ply forgotten, whole
    # baths plus one (right for 2,300 g, one lot too many for 3,000 g), millilitres, a whole colour's dye,
    # ΔE 2.0 refused, whole maghat; the questions that call his wrong functions keep their points (no
    # cascading penalty)
    "t02_davood": (9, True),
    "t03_parvin": (10, False),  # Parts 1 and 2: 1 + 2 + 1 + 1 + 1 + 2 + 2
    "t04_karim": (1, False),  # weaving days only; yarn_grams is a SyntaxError
    "t05_reza": (17, False),  # Q2.3 answered with farshlab.dye.liquor_litres: switched off, flagged
}
FLAGGED = {"t05_reza": ["library_answer"]}
WRONG_ANSWERS = 45  # declared in the exercise text: 3 to 5 a question
#: The library functions that would answer a question of Parts 1–5, switched off in the assignment.
ANSWERING = {
    "farshlab.carpet.weaving_days", "farshlab.carpet.yarn_grams", "farshlab.carpet.pile_length_m",
    "farshlab.carpet.maghat", "farshlab.carpet.amount_for_knots", "farshlab.dye.liquor_litres",
    "farshlab.dye.dye_grams", "farshlab.dye.batch_recipe", "farshlab.dye.auxiliary_grams",
    "farshlab.kit.lots.lots_needed", "farshlab.kit.lots.dye_lots", "farshlab.kit.costs.estimate_kit",
}  # fmt: skip


def _built(report):
    (built,) = [b for b in report.assignments if b.id == ASSIGNMENT]
    return built


def _solution(source):
    markers = (BEGIN_SOLUTION, END_SOLUTION)
    return "\n".join(line for line in source.splitlines() if line.strip() not in markers)


def test_a06_has_the_items_the_issue_asks_for(built_course):
    built = _built(built_course)
    autograded = [c for c in built.cells if c.kind == "autograded"]
    written = [c for c in built.cells if c.kind == "written"]
    assert len(autograded) >= 10 and len(written) == 3
    assert (built.points, built.autograded_points) == (27, 18)
    questions = [q for exercise in built.exercises for q in exercise.questions]
    assert all(len(q.wrong) >= 3 for q in questions)
    assert sum(len(q.wrong) for q in questions) == built.proven["wrong"] == WRONG_ANSWERS
    assert ANSWERING <= {r.shown for r in built.rule}
    declared = {q.label: set(q.answered_by) for q in questions}
    assert "farshlab.kit.lots.lots_needed" in declared["Q2.1"]
    assert all("farshlab.kit.lots.dye_lots" in declared[q] for q in ("Q2.1", "Q2.2", "Q2.3", "Q2.4", "Q2.5"))
    assert all("farshlab.kit.costs.estimate_kit" in declared[q] for q in ("Q1.1", "Q4.1", "Q4.2"))
    # every declared kit function has a library answer that uses it, proven to earn its points with the
    # rule off and none with it on
    for question in questions:
        for name in question.answered_by:
            if name.startswith("farshlab.kit."):
                function = name.rsplit(".", 1)[1]
                assert any(function in variant.source for variant in question.library), (question.label, name)


@pytest.mark.slow
@pytest.mark.parametrize("course", ["built_course", "built_course_fa"])
def test_a06_the_solution_passes_and_every_wrong_answer_loses_its_points(course, request, tmp_path):
    """Submission 0 is the model solution; submission k answers every question with its k-th typical
    mistake (the solution where a question has fewer), graded by the real engine."""
    report = request.getfixturevalue(course)
    built = _built(report)
    (exercise,) = built.exercises
    questions = {q.answer: q for q in exercise.questions}
    solutions = {
        c.metadata["nbgrader"]["grade_id"]: _solution(c.source)
        for c in exercise.notebook.cells
        if c.metadata.get("nbgrader", {}).get("grade_id") in questions
    }
    release = report.course_dir / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    rounds = max(len(q.wrong) for q in questions.values())
    expected = {}
    for k in range(rounds + 1):
        notebook = nbformat.read(release, as_version=4)
        wrong = set()
        for cell in notebook.cells:
            question = questions.get(cell.metadata.get("nbgrader", {}).get("grade_id"))
            if question is None:
                continue
            if 0 < k <= len(question.wrong):
                cell.source = question.wrong[k - 1].source
                wrong.add(question.tests)
            else:
                cell.source = solutions[question.answer]
        student = f"wrong-{k}" if k else "solution"
        (tmp_path / student / ASSIGNMENT).mkdir(parents=True)
        nbformat.write(notebook, tmp_path / student / ASSIGNMENT / f"{ASSIGNMENT}.ipynb")
        expected[student] = {q.tests: 0 if q.tests in wrong else q.points for q in questions.values()}
    graded_report = grade_assignment(report.course_dir, ASSIGNMENT, tmp_path)
    with open(graded_report.csv_path, newline="", encoding="utf-8") as handle:
        graded = {row["student_id"]: row for row in csv.DictReader(handle)}
    assert set(graded) == set(expected)
    mistakes = {q.tests: [v.mistake for v in q.wrong] for q in questions.values()}
    for student, scores in expected.items():
        k = 0 if student == "solution" else int(student.split("-")[1])
        for tests, points in scores.items():
            got = float(graded[student][tests])
            what = mistakes[tests][k - 1] if 0 < k <= len(mistakes[tests]) else "the model solution"
            assert got == points, f"{course}: {tests} with {what!r} scored {got}, expected {points}"
    assert float(graded["solution"]["score"]) == built.autograded_points
    assert sum(len(m) for m in mistakes.values()) == WRONG_ANSWERS


@pytest.mark.slow
def test_a06_sample_cohort_scores(check_cohort):
    check_cohort(ASSIGNMENT, EXPECTED, auto_max=18, max_score=27, flagged=FLAGGED)


@pytest.mark.slow
def test_a06_mistakes_and_blanks_lose_exactly_their_points(graded_cohort):
    report = graded_cohort(ASSIGNMENT)
    with open(report.csv_path, newline="", encoding="utf-8") as handle:
        by_student = {row["student_id"]: row for row in csv.DictReader(handle)}
    davood, reza = by_student["t02_davood"], by_student["t05_reza"]
    lost = [f"q{q}" for q in ("1_1", "1_2", "2_1", "2_3", "2_4", "3_1", "4_1")]
    assert all(davood[f"a06-{q}-tests"] == "0" for q in lost)
    assert [davood[f"a06-q{q}-tests"] for q in ("2_2", "3_2", "4_2")] == ["1", "1", "2"]
    assert reza["a06-q2_3-tests"] == "0" and reza["a06-q2_4-tests"] == "2"
