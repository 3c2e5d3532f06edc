"""The a02_colour sample cohort gets exactly the expected grades."""

import html

import pytest

# points per autograded question: q1_1 1, q1_2 1, q2_1 2, q2_2 2, q2_3 1, q2_4 2, q3_1 1, q3_2 1,
# q3_3 2, q4_1 2, q4_2 2, q4_3 3, q5_1 2, q5_2 1 = 23; the written q6_1 is worth 3 (26 in all)
# student: (autograded score of 23, written answer waiting for the instructor)
EXPECTED = {
    "t01_shirin": (23, True),  # every answer right
    "t02_kamran": (0, False),  # handed in untouched
    # q1_1 1 + q2_1 2 + q2_3 1 + q3_1 1 + q3_2 1 + q5_2 1 = 7; hue_angle without % 360 fails the hidden test
    "t03_zahra": (7, False),
    # q1_1 1 + q2_1 2 + q2_2 2 + q2_3 1 + q3_1 1 + q3_2 1 + q3_3 2 + q5_1 2 + q5_2 1 = 13;
    # a NameError (q1_2) and a SyntaxError (q2_4) score 0, Part 4 blank
    "t04_reza": (13, True),
    # everything right but Q1.1 and Q4.3 answered with the library (farshlab's hex_to_srgb,
    # colour-science's delta_E), which a02 switches off: 23 - 1 - 3 = 19, flagged library_answer
    "t05_navid": (19, True),
}


@pytest.mark.slow
def test_a02_sample_cohort_scores(check_cohort):
    check_cohort("a02_colour", EXPECTED, auto_max=23, max_score=26, flagged={"t05_navid": {"library_answer"}})


@pytest.mark.slow
def test_a02_zahra_loses_only_the_hidden_hue_test(graded_cohort):
    report = graded_cohort("a02_colour")
    (zahra,) = [row for row in report.rows if row.student_id == "t03_zahra"]
    assert report.csv_path.is_file()
    text = report.csv_path.read_text()
    header, *lines = text.splitlines()
    columns = header.split(",")
    values = dict(
        zip(columns, next(line for line in lines if line.startswith("t03_zahra")).split(","), strict=True)
    )
    assert values["a02-q3_3-tests"] == "0"
    assert values["a02-q3_1-tests"] == "1"
    assert zahra.auto_score == 7


@pytest.mark.slow
def test_a02_library_answers_score_0_and_are_flagged(graded_cohort):
    report = graded_cohort("a02_colour")
    (navid,) = [row for row in report.rows if row.student_id == "t05_navid"]
    assert navid.cells["a02-q1_1-tests"] == 0 and navid.cells["a02-q4_3-tests"] == 0
    assert navid.cells["a02-q5_1-tests"] == 2  # builds on ciede2000, keeps its points
    flagged = sorted(d.split(": ")[1] for d in navid.flag_details if d.startswith("library_answer"))
    assert flagged == ["a02-q1_1-tests", "a02-q4_3-tests"], navid.flag_details
    assert navid.flag_codes.count("library_answer") == 2
    for row in report.rows:
        if row.student_id != "t05_navid":
            assert "library_answer" not in row.flag_codes, (row.student_id, row.flag_details)


@pytest.mark.slow
def test_a02_feedback_says_which_question_and_function_were_switched_off(graded_cohort):
    report = graded_cohort("a02_colour")
    page = report.feedback_dir / "t05_navid" / "a02_colour" / "a02_colour.html"
    text = html.unescape(page.read_text(encoding="utf-8"))
    assert "Q4.3 asks you to write ciede2000 yourself, so colour.delta_E is switched off" in text
    assert "Q1.1 asks you to write hex_to_rgb yourself" in text
