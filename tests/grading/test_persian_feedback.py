"""A Persian cohort's feedback pages, as farshlab grade, Formgrader and nbgrader's command write them."""

import html
import os
import re
import shutil
import subprocess
import sys
from datetime import UTC
from pathlib import Path
from zoneinfo import ZoneInfo

import nbformat
import pytest
from bs4 import BeautifulSoup
from nbgrader.apps import NbGraderAPI
from persiantools import digits
from persiantools.jdatetime import JalaliDateTime

from farshlab.course.catalogue import load_course
from farshlab.course.context import CourseContext
from farshlab.course.grade import grade_assignment
from farshlab.course.nbgrader_setup import load_course_config, write_course_config
from farshlab.course.notebooks import FAILED_LINE_KEY
from farshlab.course.project import find_project
from farshlab.course.questions import question_key, question_results
from farshlab.course.samples import translate_cohort
from farshlab.locale import localise_digits, message

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        "fa" not in load_course(find_project()).languages, reason="course.yml does not list fa yet"
    ),
]

ASSIGNMENT = "a00_orientation"
#: the first day of spring 1405, noon in Sardrud
DUE = "2026-03-21T12:00+03:30"
NBGRADER_WORDS = [
    "Score",
    "Test cell",
    "Written response",
    "Comment",
    "Student's answer",
    "Grade cell",
    "(Top)",
]


@pytest.fixture(scope="module")
def persian_course(project, built_course, built_course_fa, tmp_path_factory):
    """A copy of the Persian course with the a00 cohort graded (with a due date), and its report."""
    course = tmp_path_factory.mktemp("feedback-fa") / "course"
    shutil.copytree(built_course_fa.course_dir, course)
    write_course_config(project, course, "fa")  # the copy's own folder
    cohort = course.parent / "cohort"
    translate_cohort(ASSIGNMENT, "fa", course, built_course.course_dir, cohort)
    report = grade_assignment(course, ASSIGNMENT, cohort, due=DUE, force=True)
    assert {row.status for row in report.rows} == {"graded"}
    return course, report


def _page(course: Path, student: str) -> BeautifulSoup:
    path = course / "feedback" / student / ASSIGNMENT / f"{ASSIGNMENT}.html"
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def _text(element) -> str:
    return re.sub(r"\s+", " ", element.get_text(" ")).strip()


def _what_nbgrader_writes(page: BeautifulSoup) -> list[str]:
    """The page's own words: its language, title, dates, contents and every graded cell's heading."""
    parts = page.select("h4, p.farshlab-date, #toc li, div.nbgrader_cell > .panel-heading")
    return [page.html.get("lang"), page.html.get("dir"), *(_text(part) for part in parts)]


def _points(value: float) -> str:
    return digits.en_to_fa(f"{value:g}")


def test_every_page_is_persian_and_right_to_left(persian_course):
    course, report = persian_course
    for row in report.rows:
        page = _page(course, row.student_id)
        assert (page.html["lang"], page.html["dir"]) == ("fa", "rtl"), row.student_id
        assert 'font-family: "Vazirmatn";\n  src: url("data:font/ttf' in str(page.find("head"))
        words = " ".join(_what_nbgrader_writes(page)[2:])
        for english in NBGRADER_WORDS:
            assert english not in words, (row.student_id, english)
        for key in ("test_cell", "student_answer", "top"):
            assert message(f"grading.feedback.{key}", "fa") in words, (row.student_id, key)
        # code stays left to right inside the page
        assert "direction: ltr" in str(page.find("head"))


def test_the_scores_shown_are_the_gradebooks_in_persian_digits(persian_course):
    course, report = persian_course
    context = CourseContext.load(course)
    for row in report.rows:
        page = _page(course, row.student_id)
        total = message(
            "grading.feedback.total", "fa", notebook=ASSIGNMENT, score=_points(row.score),
            max_score=_points(row.max_score),
        )  # fmt: skip
        assert _text(page.find("h4")) == total
        with context.gradebook() as gradebook:
            for grade_id, score in row.cells.items():
                grade = gradebook.find_grade(grade_id, ASSIGNMENT, ASSIGNMENT, row.student_id)
                shown = _text(page.select_one(f'#toc a[href="#{grade_id}"]').parent)
                points = message(
                    "grading.feedback.score", "fa", score=_points(score), max_score=_points(grade.max_score)
                )
                assert shown.endswith(f"({points})"), (row.student_id, grade_id, shown)
    leyla = _page(course, "t03_leyla")
    assert _text(leyla.find("h4")) == f"{ASSIGNMENT} (نمرهٔ کل: ۸ از ۲۰)"


def test_the_dates_are_jalali(persian_course):
    course, report = persian_course
    context = CourseContext.load(course)
    for row in report.rows:
        with context.gradebook() as gradebook:
            stamp = gradebook.find_submission(ASSIGNMENT, row.student_id).timestamp
        local = stamp.replace(tzinfo=UTC).astimezone(ZoneInfo("Asia/Tehran"))
        jalali = JalaliDateTime(local.replace(tzinfo=None))
        expected = digits.en_to_fa(
            f"{jalali.day} {jalali.strftime('%B', locale='fa')} {jalali.year}، ساعت {local:%H:%M}"
        )
        dates = [_text(p) for p in _page(course, row.student_id).select("p.farshlab-date")]
        assert dates == [f"زمان تحویل: {expected}", "مهلت تحویل: ۱ فروردین ۱۴۰۵، ساعت ۱۲:۰۰"]


def test_hidden_checks_stay_hidden(project, persian_course, hidden_test_lines):
    course, report = persian_course
    exercise = project.exercises / ASSIGNMENT / f"{ASSIGNMENT}.fa.py"
    hidden_code = hidden_test_lines(exercise, ("got =", "assert"))
    assert len(hidden_code) > 10
    for row in report.rows:
        text = html.unescape(str(_page(course, row.student_id)))
        assert "HIDDEN TESTS" not in text
        assert [line for line in hidden_code if line in text] == [], row.student_id
    # t03_leyla's knots_across rounds down: a hidden check of Q1.1 fails, and says only that
    cell = _page(course, "t03_leyla").find("a", attrs={"name": "a00-q1_1-tests"}).find_parent("div", "cell")
    assert message("grading.feedback.hidden_check_failed", "fa") in _text(cell.select_one(".output_area"))


def test_formgrader_and_nbgraders_command_write_the_same_page(persian_course):
    course, _ = persian_course
    written = {
        student: _what_nbgrader_writes(_page(course, student)) for student in ("t01_parisa", "t03_leyla")
    }
    # Formgrader's "generate feedback" button calls NbGraderAPI.generate_feedback
    result = NbGraderAPI(config=load_course_config(course)).generate_feedback(ASSIGNMENT, "t01_parisa")
    assert result["success"], result.get("error")
    # nbgrader's command reads the course folder's nbgrader_config.py
    scripts = Path(sys.executable).parent
    environment = {**os.environ, "PATH": os.pathsep.join([str(scripts), os.environ.get("PATH", "")])}
    command = [
        str(scripts / "nbgrader"),
        "generate_feedback",
        ASSIGNMENT,
        "--student",
        "t03_leyla",
        "--force",
    ]
    subprocess.run(command, cwd=course, env=environment, check=True, capture_output=True)
    for student, words in written.items():
        assert _what_nbgrader_writes(_page(course, student)) == words, student


def test_the_english_page_is_in_english_with_nbgraders_words(graded_demo):
    page = _page(graded_demo.course_dir, "t03_leyla")
    assert page.html.attrs == {"lang": "en", "dir": "ltr"}
    assert _text(page.find("h4")) == f"{ASSIGNMENT} (Score: 8 / 20)"
    dates = [_text(line) for line in page.select("p.farshlab-date")]
    assert len(dates) == 1 and dates[0].startswith("Handed in: 20")  # no due date in the session's course
    assert "data:font/ttf" not in str(page)  # the fonts come with right-to-left pages only
    assert re.fullmatch(
        r"Test cell \(Score: \d+ / \d+\)", _text(page.select("#toc li")[0])
    )  # nbgrader's words


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_the_summary_by_question_is_what_the_gradebook_and_the_cells_say(
    project, graded_demo, persian_course, hidden_test_lines, lang
):
    """Every trainee's page starts with one line per question: points as graded, and what to do.

    The questions and messages are read from the autograded notebook (the instructor's copy, with
    every message), the points from the gradebook's grades.
    """
    course, rows = (
        (graded_demo.course_dir, graded_demo.rows)
        if lang == "en"
        else (persian_course[0], persian_course[1].rows)
    )
    suffix = "" if lang == "en" else f".{lang}"
    hidden_code = hidden_test_lines(
        project.exercises / ASSIGNMENT / f"{ASSIGNMENT}{suffix}.py", ("got =", "assert")
    )
    visible_failures = 0
    for row in rows:
        page = _page(course, row.student_id)
        lines = page.select("table.farshlab-questions tbody tr")
        graded = nbformat.read(course / "autograded" / row.student_id / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", 4)
        results = question_results(graded)
        assert len(lines) == len(results) >= 5, row.student_id
        total = 0.0
        for line, result in zip(lines, results, strict=True):
            name, points, to_do = (_text(td) for td in line.select("td"))
            assert name.startswith(
                message("grading.feedback.question_name", lang, number=localise_digits(result.key, lang))
            )
            scored = sum(v for grade_id, v in row.cells.items() if question_key(grade_id) == result.key)
            assert points == f"{_points_in(scored, lang)} / {_points_in(result.max_score, lang)}"
            total += scored
            assert [code for code in hidden_code if code in to_do] == [], (row.student_id, result.key)
            if scored == result.max_score and not result.read_by_instructor:
                assert to_do == message("grading.feedback.all_passed", lang)
        assert total == pytest.approx(row.score), row.student_id  # nbgrader's default: no late penalty
        # a failed check above a cell's hidden ones: its own message, as the trainee's notebook shows it
        for cell in graded.cells:
            line = cell.metadata.get(FAILED_LINE_KEY)
            source = cell.source.splitlines()
            marker = next((n for n, text in enumerate(source, 1) if "BEGIN HIDDEN TESTS" in text), None)
            if line is not None and marker is not None and line < marker:
                error = next(o for o in cell.outputs if o.output_type == "error")
                assert error.ename in _text(page.select_one("table.farshlab-questions"))
                if error.ename == "AssertionError" and lang == "en":
                    assert error.evalue.split("\n")[0][:40] in _text(
                        page.select_one("table.farshlab-questions")
                    )
                visible_failures += 1
    assert visible_failures >= 1  # the sample cohort has a visible check that fails


def _points_in(value: float, lang: str) -> str:
    text = f"{round(value, 2):.2f}".rstrip("0").rstrip(".")
    return digits.en_to_fa(text).replace(".", "٫") if lang == "fa" else text
