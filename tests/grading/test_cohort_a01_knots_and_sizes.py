"""The a01_knots_and_sizes sample cohort gets exactly the expected grades."""

import csv
import html
import re

import pytest

ASSIGNMENT = "a01_knots_and_sizes"

# student: (autograded score of 23, written answer waiting for the instructor)
EXPECTED = {
    "t01_maryam": (23, True),  # every answer right
    "t02_reza": (0, False),  # handed in untouched
    # 1 + 2 + 2 + 1 + 1 = 7: days with round() and the nearest side rounded down pass the visible
    # tests and fail the hidden ones
    "t03_sahar": (7, False),
    # 1 + 1 + 1 + 1 + 2 + 2 + 1 + 1 = 10: a NameError (Q2.1) and an AttributeError (Q3.3) score 0
    "t04_yusuf": (10, True),
}


@pytest.mark.slow
def test_sample_cohort_scores(check_cohort):
    check_cohort(ASSIGNMENT, EXPECTED, auto_max=23, max_score=26)


@pytest.mark.slow
def test_per_question_scores_in_the_csv(graded_cohort):
    report = graded_cohort(ASSIGNMENT)
    with report.csv_path.open() as handle:
        table = {row["student_id"]: row for row in csv.DictReader(handle)}
    sahar, yusuf = table["t03_sahar"], table["t04_yusuf"]
    # visible test passed, hidden test failed: no points
    assert (sahar["a01-q3_3-tests"], sahar["a01-q5_2-tests"]) == ("0", "0")
    assert (sahar["a01-q1_2-tests"], sahar["a01-q2_1-tests"]) == ("2", "2")
    # an answer that raises scores 0; the others are unaffected
    assert (yusuf["a01-q2_1-tests"], yusuf["a01-q3_3-tests"]) == ("0", "0")
    assert (yusuf["a01-q4_1-tests"], yusuf["a01-q4_2-tests"]) == ("2", "2")


@pytest.mark.slow
def test_feedback_hides_the_hidden_tests(project, graded_cohort, hidden_test_lines):
    report = graded_cohort(ASSIGNMENT)
    exercise = project.exercises / ASSIGNMENT / f"{ASSIGNMENT}.py"
    hidden = hidden_test_lines(exercise, ("assert", "got =", "bill =", "ends,"))
    assert len(hidden) > 20
    # what a failing hidden check would print: 'f"96 nodes are 48 knots; your function gave …'
    messages = [re.search(r', f"([^{"]+)', line).group(1) for line in hidden if ', f"' in line]
    assert len(messages) > 10
    for student in EXPECTED:
        page = report.course_dir / "feedback" / student / ASSIGNMENT / f"{ASSIGNMENT}.html"
        text = html.unescape(page.read_text())
        assert "HIDDEN TESTS" not in text
        assert [line for line in hidden if line in text] == []
        assert [m for m in messages if m in text] == []
    # t03_sahar fails hidden checks of Q3.3 and Q5.2: the page says so without the answer
    sahar = report.course_dir / "feedback" / "t03_sahar" / ASSIGNMENT / f"{ASSIGNMENT}.html"
    assert html.unescape(sahar.read_text()).count("the hidden checks are not shown") >= 2
    autograded = report.course_dir / "autograded" / "t03_sahar" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    assert any(m in autograded.read_text() for m in messages)  # the instructor's copy keeps them
