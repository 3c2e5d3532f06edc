"""A trainee in JupyterLab: open the released a00, answer one question, run all, Validate, save."""

import json
import time

import pytest

from farshlab.course.workspace import fill_workspace

from .conftest import (
    answer_cell,
    assert_no_errors,
    jupyter_env,
    lab_command,
    run_all,
    run_server,
    shot,
    wait_idle,
)

pytestmark = pytest.mark.browser

ANSWER = "def knots_across(width_cm, raj):\n    return round(raj * width_cm / 7)"


def test_trainee_answers_validates_and_saves(built_course, page, screenshots, tmp_path):
    workspace = tmp_path / "workspace"
    fill_workspace(built_course.course_dir, workspace)
    notebook_file = workspace / "assignments" / "a00_orientation" / "a00_orientation.ipynb"
    env = jupyter_env(tmp_path / "jupyter")
    with run_server(lab_command(), workspace, env, tmp_path / "lab.log", "/api/status") as lab:
        page.goto(lab.page_url("/lab/tree/assignments/a00_orientation/a00_orientation.ipynb"))
        page.wait_for_selector(".jp-Notebook")
        wait_idle(page)
        shot(page, screenshots, "trainee-1-opened")

        answer = answer_cell(page, "def knots_across(width_cm, raj):", ANSWER)
        run_all(page)

        test_cell = page.locator(".jp-CodeCell", has_text="got = knots_across(50, 50)").first
        test_cell.scroll_into_view_if_needed()
        shot(page, screenshots, "trainee-2-answered-and-run")
        # the answered question's test passes; the answer cell and its test show no error
        assert test_cell.locator(".jp-InputPrompt").inner_text().strip().startswith("[")
        assert test_cell.locator(".jp-InputPrompt").inner_text().strip() != "[ ]:"
        assert_no_errors(answer, "the answer cell")
        assert_no_errors(test_cell, "the test cell of the answered question")

        page.locator(".jp-Toolbar-item", has_text="Validate").first.click()
        dialog = page.locator(".jp-Dialog-content")
        dialog.wait_for()
        page.wait_for_function(
            "!document.querySelector('.jp-Dialog-content').innerText.includes('Validating')", timeout=120_000
        )
        verdict = dialog.inner_text()
        shot(page, screenshots, "trainee-3-validate-verdict")
        # nbgrader's verdict: the first unanswered question fails; the answered one is not listed
        assert "failed" in verdict
        assert "total_knots(50, 70, 50, 50)" in verdict
        assert "knots_across(50, 50)" not in verdict
        page.keyboard.press("Escape")

        page.keyboard.press("Control+s")
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            saved = json.loads(notebook_file.read_text())
            sources = ["".join(cell["source"]) for cell in saved["cells"]]
            if ANSWER in sources:
                break
            time.sleep(0.5)
        assert ANSWER in sources, "the answer was not saved to the notebook file"
        shot(page, screenshots, "trainee-4-saved")
