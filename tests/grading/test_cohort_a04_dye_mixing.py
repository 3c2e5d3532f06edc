"""The a04_dye_mixing sample cohort gets exactly the expected grades."""

import pytest

# points per autograded question: q1_1 1, q1_2 1, q1_3 1, q1_4 2, q1_5 1, q1_6 2 (Part 1: 8);
# q2_1 1, q2_2 2, q2_3 2 (Part 2: 5); q3_1 2, q3_2 1, q3_3 2, q3_4 2, q3_5 1 (Part 3: 8);
# q4_1 2, q4_2 2, q4_3 1 (Part 4: 5) = 26; the written q5_1 is worth 3 (29 in all)
# student: (autograded score of 26, written answer waiting for the instructor)
EXPECTED = {
    "t01_mina": (26, True),  # every answer right
    "t02_arash": (0, False),  # handed in untouched
    # Part 1 = 8; ks_from_reflectance as (1 − R) / 4R passes the visible check at R = 0.5,
    # fails the hidden one at R = 0.2
    "t03_sara": (8, False),
    # Part 1 without q1_3 (NameError): 8 − 1 = 7; Part 2: 5; Part 3: 8; q4_1 SyntaxError 0; q4_2, q4_3 blank
    # → 7 + 5 + 8 = 20
    "t04_hamid": (20, True),
}


@pytest.mark.slow
def test_a04_sample_cohort_scores(check_cohort):
    check_cohort("a04_dye_mixing", EXPECTED, auto_max=26, max_score=29)


@pytest.mark.slow
def test_a04_sara_loses_only_the_hidden_ks_test(graded_cohort):
    report = graded_cohort("a04_dye_mixing")
    header, *lines = report.csv_path.read_text().splitlines()
    columns = header.split(",")
    values = dict(
        zip(columns, next(line for line in lines if line.startswith("t03_sara")).split(","), strict=True)
    )
    assert values["a04-q2_1-tests"] == "0"
    assert values["a04-q1_6-tests"] == "2"
