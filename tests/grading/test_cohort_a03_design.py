"""The a03_design sample cohort gets exactly the expected grades."""

import pytest

# points per autograded question: q1_1 1, q1_2 2, q1_3 2, q1_4 1, q2_1 2, q2_2 2, q2_3 1, q2_4 1,
# q2_5 2, q3_1 1, q3_2 2, q3_3 1, q3_4 2, q4_1 1, q4_2 2, q4_3 1 = 24; the written q5_1 is worth 3 (27)
# student: (autograded score of 24, written answer waiting for the instructor)
EXPECTED = {
    "t01_nasrin": (24, True),  # every answer right
    "t02_farid": (0, False),  # handed in untouched
    # q1_1 1 + q1_4 1 + q2_1 2 + q2_3 1 + q3_1 1 = 6; the shared mirror that copies the first column
    # passes the visible 2 × 2 test and fails the hidden 2 × 3 one
    "t03_mina": (6, False),
    # q1_2 2 + q1_3 2 + q2_1 2 + q2_2 2 + q2_3 1 + q2_4 1 + q3_1 1 + q3_3 1 + q4_1 1 + q4_3 1 = 14;
    # a TypeError (q1_1) and a NameError (q4_2) score 0, q2_5, q3_2, q3_4 blank
    "t04_hamid": (14, True),
}


@pytest.mark.slow
def test_a03_sample_cohort_scores(check_cohort):
    check_cohort("a03_design", EXPECTED, auto_max=24, max_score=27)


@pytest.mark.slow
def test_a03_mina_loses_only_the_hidden_mirror_test(graded_cohort):
    report = graded_cohort("a03_design")
    header, *lines = report.csv_path.read_text().splitlines()
    columns = header.split(",")
    values = dict(
        zip(columns, next(line for line in lines if line.startswith("t03_mina")).split(","), strict=True)
    )
    assert values["a03-q2_2-tests"] == "0"
    assert values["a03-q2_1-tests"] == "2"
    assert values["a03-q3_1-tests"] == "1"
