"""An instructor's Formgrader lists the course's assignments; a trainee's Assignment List shows the
released ones."""

import pytest
from nbgrader.apps import NbGraderAPI

from farshlab.course.nbgrader_setup import load_course_config

from .conftest import copy_tree, jupyter_env, lab_command, menu, run_server, shot

pytestmark = pytest.mark.browser


def test_formgrader_lists_assignments_and_trainees_see_the_release(built_course, page, screenshots, tmp_path):
    course = copy_tree(built_course.course_dir, tmp_path / "course")
    (course / "nbgrader_config.py").write_text(
        (course / "nbgrader_config.py").read_text().replace(str(built_course.course_dir), str(course))
    )
    exchange = tmp_path / "exchange"
    exchange.mkdir(mode=0o777)
    exchange.chmod(0o777)
    shared = f'c = get_config()\nc.CourseDirectory.course_id = "farshlab"\nc.Exchange.root = "{exchange}"\n'

    env = jupyter_env(tmp_path / "instructor", shared)
    with run_server(lab_command(), course, env, tmp_path / "instructor.log", "/api/status") as lab:
        page.goto(lab.page_url("/lab"))
        page.wait_for_selector(".lm-MenuBar-itemLabel")
        menu(page, "Nbgrader", "Formgrader")
        frame = page.frame_locator("iframe").first
        frame.get_by_text("Manage Assignments").first.wait_for()
        row = frame.locator("tr", has_text="a00_orientation").first
        row.wait_for()
        shot(page, screenshots, "instructor-1-formgrader")
        assert "a00_orientation" in row.inner_text()

    config = load_course_config(course)
    config.Exchange.root = str(exchange)
    result = NbGraderAPI(config=config).release_assignment("a00_orientation")
    assert result["success"], result.get("error")

    trainee_home = tmp_path / "trainee"
    trainee_home.mkdir()
    env = jupyter_env(tmp_path / "trainee-jupyter", shared)
    with run_server(lab_command(), trainee_home, env, tmp_path / "trainee.log", "/api/status") as lab:
        page.goto(lab.page_url("/lab"))
        page.wait_for_selector(".lm-MenuBar-itemLabel")
        menu(page, "Nbgrader", "Assignment List")
        released = page.locator("#released_assignments_list")
        released.get_by_text("a00_orientation").first.wait_for()
        shot(page, screenshots, "instructor-2-trainee-assignment-list")
        assert "farshlab" in released.inner_text()
