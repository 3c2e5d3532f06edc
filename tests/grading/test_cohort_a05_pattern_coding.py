"""The a05_pattern_coding sample cohort gets exactly the expected grades."""

import csv

import pytest

# points per autograded question: q1_1 1, q1_2 1, q2_1 1, q2_2 2, q2_3 2, q3_1 1, q3_2 1, q4_1 2, q4_2 2,
# q4_3 2, q4_4 1, q5_1 2, q5_2 1, q5_3 2, q6_1 1, q6_2 2 = 24; the written q7_1 is worth 3 (27 in all)
# student: (autograded score of 24, written answer waiting for the instructor)
EXPECTED = {
    "t01_nasrin": (24, True),  # every answer right
    "t02_behrouz": (0, False),  # handed in untouched
    # q1_1 1 + q2_1 1 + q2_2 2 + q3_1 1 + q6_1 1 = 6; grid_size with int() fails the hidden 286-row test
    "t03_leila": (6, False),
    # q1_1 1 + q1_2 1 + q2_1 1 + q2_2 2 + q2_3 2 + q3_1 1 + q3_2 1 + q4_1 2 + q4_3 2 + q4_4 1 + q6_1 1
    # + q6_2 2 = 17; condense is a SyntaxError (q4_2 0), but layer_line, which calls it, keeps its 2
    # points: its hidden tests give it a correct condense (no cascading penalty; it scored 0 before);
    # is_isolated raises an IndexError in a hidden test (q5_1 0); q5_2 and q5_3 blank
    "t04_mehdi": (17, True),
}


@pytest.mark.slow
def test_a05_sample_cohort_scores(check_cohort):
    check_cohort("a05_pattern_coding", EXPECTED, auto_max=24, max_score=27)


@pytest.mark.slow
def test_a05_partial_and_raising_answers_lose_exactly_their_points(graded_cohort):
    report = graded_cohort("a05_pattern_coding")
    with open(report.csv_path, newline="", encoding="utf-8") as handle:
        by_student = {row["student_id"]: row for row in csv.DictReader(handle)}
    leila, mehdi = by_student["t03_leila"], by_student["t04_mehdi"]
    assert leila["a05-q1_2-tests"] == "0" and leila["a05-q1_1-tests"] == "1"
    assert [mehdi[f"a05-q{q}-tests"] for q in ("4_2", "4_3", "5_1")] == ["0", "2", "0"]
    assert mehdi["a05-q4_4-tests"] == "1" and mehdi["a05-q6_2-tests"] == "2"
