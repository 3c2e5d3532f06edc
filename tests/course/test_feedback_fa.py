"""A Persian course's feedback page: nbgrader's page in Persian words, digits, direction and calendar."""

import re
import warnings
from datetime import UTC, date, datetime
from pathlib import Path

import nbformat
import nbgrader
import pytest
from bs4 import BeautifulSoup
from nbconvert.exporters import HTMLExporter
from persiantools.jdatetime import JalaliDate

from farshlab.course.feedback import FeedbackPage, HideHiddenCheckErrors
from farshlab.course.nbgrader_setup import FEEDBACK_PAGE, load_course_config, write_course_config
from farshlab.locale import format_date, message

FORMGRADER = Path(nbgrader.__file__).parent / "server_extensions" / "formgrader"
#: nbgrader's words on its feedback page (its template's English labels)
NBGRADER_WORDS = [
    "Score:", "Test cell", "Coding free-response", "Written response", "Comment", "Late submission",
    "Student's answer", "Student's task", "Grade cell", "(Top)", "No response.",
]  # fmt: skip


# --- the dates a trainee reads --------------------------------------------------------------


def test_the_first_day_of_spring_is_1_farvardin():
    assert JalaliDate(date(2026, 3, 21)).isoformat() == "1405-01-01"  # the library's own conversion
    assert format_date(date(2026, 3, 21), lang="fa") == "۱ فروردین ۱۴۰۵"
    assert format_date(date(2026, 3, 20), lang="fa") == "۲۹ اسفند ۱۴۰۴"
    assert format_date(date(2026, 12, 1), lang="fa") == "۱۰ آذر ۱۴۰۵"


def test_a_date_and_time_and_the_other_languages():
    assert format_date(datetime(2026, 3, 21, 9, 5), lang="fa") == "۱ فروردین ۱۴۰۵، ساعت ۰۹:۰۵"
    assert format_date(datetime(2026, 3, 21, 9, 5, tzinfo=UTC), lang="en") == "2026-03-21 09:05"
    assert format_date(date(2026, 3, 21), lang="en") == "2026-03-21"


def test_a_date_is_needed_and_a_known_language():
    with pytest.raises(TypeError, match="a date or a date and time is needed, got '2026-03-21'"):
        format_date("2026-03-21", lang="fa")
    with pytest.raises(ValueError, match="unknown language 'xx'"):
        format_date(date(2026, 3, 21), lang="xx")


# --- the course's nbgrader settings ---------------------------------------------------------


def test_the_persian_course_writes_its_feedback_with_farshlabs_page(project, tmp_path):
    write_course_config(project, tmp_path / "fa", "fa")
    config = load_course_config(tmp_path / "fa")
    assert config.GenerateFeedback.exporter_class == FEEDBACK_PAGE
    assert config.FeedbackPage.lang == "fa"
    assert config.FeedbackPage.time_zone == "Asia/Tehran"
    assert config.HideHiddenCheckErrors.lang == "fa"


def test_the_english_course_writes_farshlabs_page_in_english(project, tmp_path):
    written = write_course_config(project, tmp_path / "en").read_text(encoding="utf-8")
    template = project.nbgrader_config_template.read_text(encoding="utf-8").rstrip("\n")
    assert written.startswith(template + "\n\n# Added by `farshlab build`: this course folder.\n")
    config = load_course_config(tmp_path / "en")
    assert config.CourseDirectory.root == str(tmp_path / "en")
    assert config.GenerateFeedback.exporter_class == FEEDBACK_PAGE  # the summary by question
    assert "lang" not in config.FeedbackPage and "HideHiddenCheckErrors" not in config  # English


# --- the page itself ------------------------------------------------------------------------


def _cell(make, source, **nbgrader):
    cell = make(source)
    cell.metadata["nbgrader"] = nbgrader
    return cell


def _graded_notebook():
    """A notebook as nbgrader's GetGrades leaves it for the feedback page."""
    code, markdown = nbformat.v4.new_code_cell, nbformat.v4.new_markdown_cell
    answer = _cell(
        code, "raise NotImplementedError()", solution=True, grade_id="q1-answer", comment="No response."
    )
    tests = _cell(
        code,
        "assert knots == 357\n### BEGIN HIDDEN TESTS\nassert knots == 50\n### END HIDDEN TESTS",
        grade=True, solution=False, grade_id="q1-tests", points=2, score=1.5,
    )  # fmt: skip
    error = {"ename": "AssertionError", "evalue": "50 knots", "traceback": ["AssertionError: 50 knots"]}
    tests.outputs = [nbformat.v4.new_output("error", **error)]
    written = _cell(
        markdown, "Ask the dyer.", grade=True, solution=True, grade_id="q2-written", points=3, score=None,
        comment="Say **why**.",
    )  # fmt: skip
    return nbformat.v4.new_notebook(cells=[answer, tests, written])


def _resources():
    return {"nbgrader": {"notebook": "a00_orientation", "score": 1.5, "max_score": 5.0, "late_penalty": 1.0}}


def _labels(page: str) -> str:
    """The text nbgrader writes on the page itself: title, contents and cell headings and footers."""
    soup = BeautifulSoup(page, "html.parser")
    parts = soup.select("h4, #toc, div.nbgrader_cell > .panel-heading, div.nbgrader_cell > .panel-footer")
    return re.sub(r"\s+", " ", " ".join(part.get_text(" ") for part in parts)).strip()


def test_the_page_in_persian():
    nb, resources = HideHiddenCheckErrors(lang="fa")(_graded_notebook(), _resources())
    page, _ = FeedbackPage(lang="fa").from_notebook_node(nb, resources)
    soup = BeautifulSoup(page, "html.parser")
    assert (soup.html["lang"], soup.html["dir"]) == ("fa", "rtl")
    assert 'font-family: "Vazirmatn";\n  src: url("data:font/ttf' in page  # farshlab's sheet, its fonts in it
    labels = _labels(page)
    for english in NBGRADER_WORDS:
        assert english not in labels
    expected = [
        "a00_orientation (نمرهٔ کل: ۱٫۵ از ۵)",
        "آزمون پرسش (نمره: ۱٫۵ از ۲)",
        "پاسخ نوشتاری (نمره: ۰ از ۳)",
        "کسر نمره برای تحویل دیر: ۱ نمره",
        "پاسخ شما",
        "آزمون پرسش: q1-tests",
        "یادداشت مربی: پاسخی ننوشته‌اید.",
        "یادداشت مربی: Say why .",
        "(بالای صفحه)",
    ]
    for text in expected:
        assert text in labels
    assert message("grading.feedback.hidden_check_failed", "fa") in soup.get_text()
    assert "50 knots" not in page


def test_in_english_the_page_says_what_nbgraders_says():
    """The template only replaces nbgrader's words: in English, they are nbgrader's own."""
    nbgraders = HTMLExporter(
        template_name="feedback",
        extra_template_basedirs=[str(FORMGRADER / "templates")],
        extra_template_paths=[str(FORMGRADER / "static" / "node_modules" / "bootstrap" / "dist" / "css")],
    )
    theirs, _ = nbgraders.from_notebook_node(_graded_notebook(), _resources())
    ours, _ = FeedbackPage(lang="en").from_notebook_node(_graded_notebook(), _resources())
    # nbgrader writes 2.0 where farshlab writes 2, in every language
    assert _labels(ours) == re.sub(r"(\d)\.0\b", r"\1", _labels(theirs))
    assert BeautifulSoup(ours, "html.parser").html["dir"] == "ltr"
    assert "data:font/ttf" not in ours  # the fonts come with right-to-left pages only


def test_gradebook_times_are_shown_in_the_trainees_zone():
    page = FeedbackPage(lang="fa")  # the gradebook keeps UTC; Sardrud is 3.5 hours ahead
    assert page.when(datetime(2026, 3, 21, 8, 30)) == "۱ فروردین ۱۴۰۵، ساعت ۱۲:۰۰"
    assert page.when(datetime(2026, 3, 20, 21, 0)) == "۱ فروردین ۱۴۰۵، ساعت ۰۰:۳۰"
    assert page.when(None) == ""
    with pytest.raises(ValueError, match="unknown time zone 'Sardrud'"):
        FeedbackPage(time_zone="Sardrud")
    with pytest.raises(ValueError, match="no catalogue for the feedback page's language 'xx'"):
        FeedbackPage(lang="xx")


def test_in_a_grading_worker_the_times_come_through_the_kept_gradebook(tmp_path, monkeypatch):
    """The hand-in time costs no new gradebook engine per trainee once a worker keeps its connection."""
    from nbgrader import api

    from farshlab.course.engine import kept
    from farshlab.course.feedback import _submission_times
    from farshlab.course.nbgrader_setup import prepare_environment

    prepare_environment()  # nbgrader makes a new gradebook with the alembic command
    db_url = f"sqlite:///{tmp_path / 'gradebook.db'}"
    handed_in = datetime(2026, 12, 1, 17, 52)
    with api.Gradebook(db_url) as gradebook, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # nbgrader's own SAWarning about its session
        gradebook.add_assignment("a01", duedate=datetime(2026, 12, 2, 20, 30))
        gradebook.add_student("t01")
        gradebook.add_submission("a01", "t01", timestamp=handed_in)
    kept.keep_gradebooks()
    where = {"db_url": db_url, "assignment": "a01", "student": "t01"}
    assert _submission_times(where) == (handed_in, datetime(2026, 12, 2, 20, 30))  # the kept one opens here
    engines = []
    real = api.create_engine
    monkeypatch.setattr(api, "create_engine", lambda *a, **k: engines.append(a) or real(*a, **k))
    for _ in range(3):
        assert _submission_times(where)[0] == handed_in
    assert engines == []
    assert _submission_times({**where, "student": "t02"}) == (None, None)


def _failed_visible_test(text: str):
    cell = nbformat.v4.new_code_cell("got = 1356.5\nassert got == 357, f'…{got}…'")
    cell.metadata["nbgrader"] = {"grade": True, "solution": False, "grade_id": "a01-q1_1-tests", "points": 2}
    cell.outputs = [
        nbformat.v4.new_output(
            "error", ename="AssertionError", evalue=text, traceback=["Traceback …", f"AssertionError: {text}"]
        )
    ]
    return nbformat.v4.new_notebook(cells=[cell])


def test_a_visible_tests_message_quotes_the_trainees_value_in_persian_digits():
    text = "تابع شما 1356.5 را داد، `knots_across(50, 50)` باید ۳۵۷ بدهد"
    nb, _ = HideHiddenCheckErrors(lang="fa")(_failed_visible_test(text), {})
    (error,) = nb.cells[0].outputs
    assert error.evalue == "تابع شما ۱۳۵۶٫۵ را داد، `knots_across(50, 50)` باید ۳۵۷ بدهد"
    assert error.traceback[-1] == f"AssertionError: {error.evalue}" and error.ename == "AssertionError"
    nb, _ = HideHiddenCheckErrors(lang="en")(_failed_visible_test("your function gave 1356.5"), {})
    assert nb.cells[0].outputs[0].evalue == "your function gave 1356.5"
