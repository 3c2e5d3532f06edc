"""The feedback page starts with a summary by question: number and title, points, what to do."""

import nbformat
from bs4 import BeautifulSoup
from nbgrader.preprocessors import ClearHiddenTests

from farshlab.course.feedback import FeedbackPage, HideHiddenCheckErrors
from farshlab.course.notebooks import FAILED_LINE_KEY
from farshlab.course.questions import question_key, question_results, question_titles
from farshlab.locale import message


def _cell(make, source, **nbgrader):
    cell = make(source)
    cell.metadata["nbgrader"] = nbgrader
    return cell


def _error(cell, ename, evalue):
    cell.outputs = [
        nbformat.v4.new_output("error", ename=ename, evalue=evalue, traceback=[f"{ename}: {evalue}"])
    ]
    return cell


def _graded(lang="en"):
    """Four questions as GetGrades leaves them: passed, failed visible test, failed hidden one, written."""
    code, markdown = nbformat.v4.new_code_cell, nbformat.v4.new_markdown_cell
    heading = {
        "en": ["## Q1.1 (1 point) Weaving days", "## Q1.2 (2 points) Grams of yarn for a colour",
               "## Q2.1 (1 point) How many lots", "## Q6.1 (3 points, read by your instructor) Your kit"],
        "fa": ["## پرسش ۱٫۱ (۱ نمره) روزهای بافت", "## پرسش ۱٫۲ (۲ نمره) گرم نخ هر رنگ",
               "## پرسش ۲٫۱ (۱ نمره) چند بار رنگرزی", "## پرسش ۶٫۱ (۳ نمره، مربی می‌خواند) کیت شما"],
    }[lang]  # fmt: skip
    cells = [
        _cell(code, "import math", grade=False, solution=False, grade_id="a06-setup", locked=True),
        markdown(heading[0]),
        _cell(code, "def weaving_days(...): ...", solution=True, grade=False, grade_id="a06-q1_1-answer"),
        _cell(code, "assert weaving_days(10, 1, 3) == 4", grade=True, solution=False,
              grade_id="a06-q1_1-tests", points=1, score=1.0),
        markdown(heading[1] + "\nWrite `yarn_grams(knots, cm_per_knot, nm)`."),
        _cell(code, "def yarn_grams(...): ...", solution=True, grade=False, grade_id="a06-q1_2-answer"),
        _error(
            _cell(code, "assert yarn_grams(1000, 4, 8) == 5\n### BEGIN HIDDEN TESTS\n"
                  "assert yarn_grams(1, 1, 1) == 0.01\n### END HIDDEN TESTS",
                  grade=True, solution=False, grade_id="a06-q1_2-tests", points=2, score=0.0),
            "AssertionError", "1,000 knots at 4 cm are 40 m, 5 g at Nm 8; your function gave 500",
        ),
        markdown(heading[2]),
        _cell(code, "def lots(...): ...", solution=True, grade=False, grade_id="a06-q2_1-answer"),
        _error(
            _cell(code, "assert lots(2300, 1000) == 3\n### BEGIN HIDDEN TESTS\nassert lots(1, 1) == 1\n"
                  "### END HIDDEN TESTS", grade=True, solution=False, grade_id="a06-q2_1-tests",
                  points=1, score=0.0),
            "AssertionError", "one gram needs one lot",
        ),
        markdown(heading[3]),
        _cell(markdown, "I chose 35 × 50 cm.", grade=True, solution=True, grade_id="a06-q6_1-written",
              points=3, score=2.0),
    ]  # fmt: skip
    cells[6].metadata[FAILED_LINE_KEY] = 1  # the grader saw Q1.2 fail above its hidden checks
    cells[9].metadata[FAILED_LINE_KEY] = 3  # and Q2.1 on a hidden check
    return nbformat.v4.new_notebook(cells=cells)


def _resources():
    return {"nbgrader": {"notebook": "a06_capstone", "score": 3.0, "max_score": 7.0, "late_penalty": 0}}


def _summary(page: str) -> list[list[str]]:
    table = BeautifulSoup(page, "html.parser").select_one("table.farshlab-questions")
    assert table is not None, "the page has no summary by question"
    return [[" ".join(td.get_text(" ").split()) for td in tr.select("td")] for tr in table.select("tbody tr")]


def test_questions_are_named_from_their_cells_and_headings():
    assert [question_key(g) for g in ("a06-q1_2-tests", "a06-q6_1-written", "a06-setup", "q1-tests")] == [
        "1.2", "6.1", None, None,
    ]  # fmt: skip
    assert question_titles(_graded("en")) == {
        "1.1": "Weaving days", "1.2": "Grams of yarn for a colour", "2.1": "How many lots", "6.1": "Your kit",
    }  # fmt: skip
    assert question_titles(_graded("fa"))["6.1"] == "کیت شما"
    results = question_results(_graded("en"))
    assert [(r.key, r.score, r.max_score, r.full, r.read_by_instructor) for r in results] == [
        ("1.1", 1.0, 1.0, True, False),
        ("1.2", 0.0, 2.0, False, False),
        ("2.1", 0.0, 1.0, False, False),
        ("6.1", 2.0, 3.0, False, True),
    ]
    assert results[1].messages == [
        "AssertionError: 1,000 knots at 4 cm are 40 m, 5 g at Nm 8; your function gave 500"
    ]
    assert results[1].anchor == "a06-q1_2-tests"  # the first graded cell: nbgrader's anchor


def _page(lang, nb=None):
    """The page as GenerateFeedback makes it: its preprocessors (after GetGrades) on the exporter."""
    exporter = FeedbackPage(lang=lang)
    exporter.register_preprocessor(HideHiddenCheckErrors(lang=lang), enabled=True)
    exporter.register_preprocessor(ClearHiddenTests(), enabled=True)
    page, _ = exporter.from_notebook_node(_graded(lang) if nb is None else nb, _resources())
    return page


def test_the_english_page_starts_with_what_to_do_for_each_question():
    page = _page("en")
    hidden = message("grading.feedback.hidden_check_failed", "en")
    assert _summary(page) == [
        ["Q1.1 Weaving days", "1 / 1", "Passed: nothing to do."],
        ["Q1.2 Grams of yarn for a colour", "0 / 2",
         "AssertionError: 1,000 knots at 4 cm are 40 m, 5 g at Nm 8; your function gave 500"],
        ["Q2.1 How many lots", "0 / 1", f"AssertionError: {hidden}"],
        ["Q6.1 Your kit", "2 / 3", "Read by your instructor."],
    ]  # fmt: skip
    assert "one gram needs one lot" not in page  # a hidden check's message stays hidden, in the summary too
    assert "0.01" not in page.split("</style>")[-1]  # the hidden checks' code is not on the page either
    soup = BeautifulSoup(page, "html.parser")
    links = [a["href"] for a in soup.select("table.farshlab-questions a")]
    assert links == ["#a06-q1_1-tests", "#a06-q1_2-tests", "#a06-q2_1-tests", "#a06-q6_1-written"]
    for link in links:  # each link leads to its cell on the page (nbgrader's anchors)
        assert soup.find("a", attrs={"name": link[1:]}) is not None
    classes = [tr["class"][0] for tr in soup.select("table.farshlab-questions tbody tr")]
    assert classes == ["farshlab-full", "farshlab-failed", "farshlab-failed", "farshlab-read"]


def test_the_persian_page_says_it_in_persian_with_persian_digits():
    page = _page("fa")
    rows = _summary(page)
    assert rows[0] == ["پرسش ۱٫۱ روزهای بافت", "۱ / ۱", "قبول شد: کاری نمانده."]
    assert rows[1][:2] == ["پرسش ۱٫۲ گرم نخ هر رنگ", "۰ / ۲"]
    assert rows[2][2] == "AssertionError: " + message("grading.feedback.hidden_check_failed", "fa")
    assert "one gram needs one lot" not in page
    assert rows[3] == ["پرسش ۶٫۱ کیت شما", "۲ / ۳", message("grading.feedback.read_by_instructor", "fa")]
    soup = BeautifulSoup(page, "html.parser")
    assert soup.select_one("h4.farshlab-summary").get_text() == "پرسش‌های شما"
    headings = [th.get_text() for th in soup.select("table.farshlab-questions th")]
    assert headings == ["پرسش", "نمره", "چه باید کرد"]


def test_a_test_that_failed_without_a_message_says_where_to_look():
    nb = _graded("en")
    nb.cells[6].outputs = []  # stopped by the time budget: no error output on the cell
    assert _summary(_page("en", nb))[1][2] == message("grading.feedback.failed_without_message", "en")


def test_a_notebook_without_questions_has_no_summary():
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Notes")])
    page, _ = FeedbackPage(lang="en").from_notebook_node(nb, _resources())
    assert "farshlab-questions" not in page.split("</style>")[-1]


def test_an_unanswered_question_says_to_answer_it():
    nb = _graded("en")
    nb.cells[9].outputs = [
        nbformat.v4.new_output(
            "error", ename="NotImplementedError", evalue="", traceback=["NotImplementedError"]
        )
    ]
    nb.cells[9].metadata[FAILED_LINE_KEY] = 1  # the visible check called the unanswered function
    assert _summary(_page("en", nb))[2][2] == message("grading.feedback.not_answered", "en")
    assert _summary(_page("fa", nb))[2][2] == message("grading.feedback.not_answered", "fa")
