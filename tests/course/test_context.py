"""CourseContext: the one place that knows a course folder, its settings and its gradebook."""

import shutil

import pytest
from nbgrader.api import Gradebook, MissingEntry

from farshlab.course.context import CourseContext
from farshlab.course.grade import grade_assignment
from farshlab.course.project import ProjectError
from farshlab.course.sandbox import Limits

ASSIGNMENT = "a00_orientation"


def test_the_built_course(built_course):
    course = built_course.course_dir.resolve()
    context = CourseContext.load(built_course.course_dir)
    assert context.course_dir == course
    assert context.db_url == f"sqlite:///{course / 'gradebook.db'}"  # nbgrader's default
    assert context.config.CourseDirectory.db_url == context.db_url  # pinned for every nbgrader object
    assert (context.source, context.release, context.submitted) == (
        course / "source",
        course / "release",
        course / "submitted",
    )
    assert (context.autograded, context.feedback, context.reports) == (
        course / "autograded",
        course / "feedback",
        course / "reports",
    )
    assert context.course_id == "farshlab"
    assert CourseContext.load(context) is context


def _course(tmp_path, settings):
    folder = tmp_path / "course"
    folder.mkdir()
    (folder / "nbgrader_config.py").write_text("c = get_config()\n" + settings)
    return folder


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ("c.CourseDirectory.db_url = 'sqlite:///grades.db'\n", "names the file 'grades.db' relative to"),
        ("c.CourseDirectory.db_url = 'grades'\n", "is not a database address"),
        ("c.CourseDirectory.submitted_directory = 'inbox'\n", "renames nbgrader's 'submitted' folder"),
        ("c.CourseDirectory.root = (\n", "cannot be read: SyntaxError"),
    ],
)
def test_settings_that_cannot_work_are_named(tmp_path, settings, message):
    with pytest.raises(ProjectError, match=message):
        CourseContext.load(_course(tmp_path, settings))


def test_what_is_wrong_with_the_folder(tmp_path):
    with pytest.raises(
        ProjectError, match=r"the course folder .*nowhere does not exist: run `farshlab build`"
    ):
        CourseContext.load(tmp_path / "nowhere")
    (tmp_path / "notes.txt").write_text("")
    with pytest.raises(ProjectError, match=r"notes.txt is a file, not a course folder"):
        CourseContext.load(tmp_path / "notes.txt")
    with pytest.raises(ProjectError, match=r"is not a built course \(no nbgrader_config.py\)"):
        CourseContext.load(tmp_path)


def _students(db_url):
    with Gradebook(db_url) as gb:
        return {student.id for student in gb.students}


def _score(db_url, student):
    with Gradebook(db_url) as gb:
        try:
            return float(gb.find_submission(ASSIGNMENT, student).score)
        except MissingEntry:
            return None


@pytest.mark.slow
def test_a_custom_db_url_is_the_only_gradebook_written(project, built_course, tmp_path):
    course = tmp_path / "course"
    shutil.copytree(built_course.course_dir, course)
    # the course's gradebook (assignments, cells) moved elsewhere, named in the course's settings
    custom = tmp_path / "elsewhere" / "grades.sqlite"
    custom.parent.mkdir()
    shutil.copyfile(course / "gradebook.db", custom)
    with (course / "nbgrader_config.py").open("a") as settings:
        settings.write(f"\nc.CourseDirectory.db_url = {f'sqlite:///{custom}'!r}\n")
    default_url = f"sqlite:///{course / 'gradebook.db'}"
    default_before = _students(default_url)
    assert CourseContext.load(course).db_url == f"sqlite:///{custom}"

    cohort = tmp_path / "cohort"
    cohort.mkdir()
    shutil.copyfile(project.samples / ASSIGNMENT / "t01_parisa.ipynb", cohort / "c01_nasrin.ipynb")
    roster = tmp_path / "roster.csv"
    roster.write_text("id,first_name\nc01_nasrin,Nasrin\nc02_kaveh,Kaveh\n")
    report = grade_assignment(
        course,
        ASSIGNMENT,
        cohort,
        roster=roster,
        due="2020-01-01T00:00+00:00",
        limits=Limits(budget_s=60),
        workers=1,
    )
    rows = {row.student_id: row for row in report.rows}
    assert rows["c01_nasrin"].auto_score == 17 and "late" in rows["c01_nasrin"].flag_codes
    assert rows["c02_kaveh"].status == "no submission"
    # the roster (collect), the due date and the grades (batch) all went into the custom gradebook
    assert {"c01_nasrin", "c02_kaveh"} <= _students(f"sqlite:///{custom}")
    assert _score(f"sqlite:///{custom}", "c01_nasrin") == 17
    with Gradebook(f"sqlite:///{custom}") as gb:
        assert gb.find_assignment(ASSIGNMENT).duedate is not None
    # and nothing into the default gradebook.db
    assert _students(default_url) == default_before
    assert _score(default_url, "c01_nasrin") is None
