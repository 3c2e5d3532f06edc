"""Simulators in a real browser: the Loom Planner in its lesson (JupyterLab) and as a workshop
app (Voilà). Moving a slider must change the shown numbers and the picture."""

import sys
from pathlib import Path

import pytest
from playwright.sync_api import expect

from farshlab.course.workspace import fill_workspace

from .conftest import assert_no_errors, jupyter_env, lab_command, run_all, run_server, shot, wait_idle

pytestmark = pytest.mark.browser

FARSHLAB = str(Path(sys.executable).with_name("farshlab"))


def _summary_and_picture(scope):
    summary = scope.locator(".widget-html", has_text="knots across").first
    picture = scope.locator(".widget-image img, img.widget-image").first
    return summary, picture


def _move_raj_across(page, scope, steps: int, expected: str, screenshots, name: str):
    """
    Press → ``steps`` times on the 'Raj across' slider and wait until the summary shows ``expected``.

    Each key press is one update from the kernel, so the summary passes through the values in
    between: the wait is for the final text, not for the first change. Returns the summary and
    picture before and after; a screenshot ``name`` shows the state reached, also on failure.
    """
    summary, picture = _summary_and_picture(scope)
    summary.wait_for()
    before_text, before_picture = summary.inner_text(), picture.get_attribute("src")
    slider = scope.locator(".widget-slider", has_text="Raj across").first
    slider.scroll_into_view_if_needed()
    slider.locator(".noUi-handle").first.click()
    for _ in range(steps):
        page.keyboard.press("ArrowRight")
    try:
        # the Loom Planner sends its picture before its numbers: the new numbers come with theirs
        expect(summary).to_contain_text(expected, timeout=90_000)
        expect(picture).not_to_have_attribute("src", before_picture, timeout=10_000)
    finally:
        shot(page, screenshots, name)
    return before_text, summary.inner_text(), before_picture, picture.get_attribute("src")


def test_loom_planner_in_the_lesson(built_course, page, screenshots, tmp_path):
    workspace = tmp_path / "workspace"
    fill_workspace(built_course.course_dir, workspace)
    env = jupyter_env(tmp_path / "jupyter")
    with run_server(lab_command(), workspace, env, tmp_path / "lab.log", "/api/status") as lab:
        page.goto(lab.page_url("/lab/tree/lessons/01_knots_and_sizes.ipynb"))
        page.wait_for_selector(".jp-Notebook")
        wait_idle(page)
        run_all(page)
        planner = page.locator(".jp-OutputArea-output", has=page.locator(".widget-slider")).last
        planner.wait_for()
        planner.scroll_into_view_if_needed()
        shot(page, screenshots, "simulator-1-lesson-loom-planner")
        assert_no_errors(page, "the Knots and sizes lesson")
        before, after, picture_before, picture_after = _move_raj_across(
            page, planner, 5, "393 knots across", screenshots, "simulator-2-lesson-raj-moved"
        )
        # 50 cm wide: 50 raj → round(50 × 50 / 7) = 357 knots; 55 raj → round(55 × 50 / 7) = 393
        assert "357 knots across" in before
        assert "393 knots across" in after
        assert picture_after != picture_before
        assert_no_errors(page, "the Loom Planner after moving a slider")


def test_loom_planner_as_a_workshop_app(page, screenshots, tmp_path):
    env = jupyter_env(tmp_path / "jupyter")
    command = [FARSHLAB, "apps", "--folder", str(tmp_path / "apps"), "--port", "{port}", "--token", "{token}"]
    with run_server(command, tmp_path, env, tmp_path / "apps.log", "/") as apps:
        page.goto(apps.page_url("/voila/render/loom_planner.ipynb"))
        page.wait_for_selector(".widget-slider", timeout=120_000)
        shot(page, screenshots, "apps-1-loom-planner")
        assert_no_errors(page, "the Loom Planner app")
        before, after, picture_before, picture_after = _move_raj_across(
            page, page, 5, "393 knots across", screenshots, "apps-2-loom-planner-raj-moved"
        )
        assert "357 knots across" in before and "393 knots across" in after
        assert picture_after != picture_before
        assert "import" not in page.locator("body").inner_text(), "the app page shows code"


def test_chart_studio_app_shows_a_preview_then_refines_by_itself(page, screenshots, tmp_path):
    from farshlab.locale import message

    preview = message("studio.result.preview", across=0, rows=0, full_across=0, full_rows=0).split("(")[0]
    env = jupyter_env(tmp_path / "jupyter")
    command = [FARSHLAB, "apps", "--folder", str(tmp_path / "apps"), "--port", "{port}", "--token", "{token}"]
    with run_server(command, tmp_path, env, tmp_path / "apps.log", "/") as apps:
        page.goto(apps.page_url("/voila/render/chart_studio.ipynb"))
        page.wait_for_selector(".widget-slider", timeout=120_000)
        body = page.locator("body")
        expect(body).to_contain_text("100 knots across", timeout=90_000)  # 20 cm at 35 raj
        assert_no_errors(page, "the Chart Studio app")
        slider = page.locator(".widget-slider", has_text=message("studio.width_cm")).first
        slider.locator(".noUi-handle").first.click()
        for _ in range(10):
            page.keyboard.press("ArrowRight")
        try:
            # each move is answered by a preview; the full 30 cm chart follows with nobody asking,
            # computed in the studio's worker process beside the app's kernel
            expect(body).to_contain_text(preview.strip(), timeout=30_000)
            expect(body).to_contain_text("150 knots across × 176 rows", timeout=120_000)
            expect(body).not_to_contain_text(preview.strip(), timeout=30_000)
        finally:
            shot(page, screenshots, "apps-3-chart-studio-refined")
        assert_no_errors(page, "the Chart Studio app after moving the width")


def test_a_broken_widget_fails_with_a_readable_message(page, tmp_path):
    folder = tmp_path / "apps"
    folder.mkdir()
    import nbformat
    from nbformat import v4

    broken = v4.new_notebook(
        cells=[
            v4.new_code_cell("import ipywidgets as widgets\nwidgets.IntSlider(value=1)\nknots = 178_500 / 0")
        ]
    )
    nbformat.write(broken, folder / "broken.ipynb")
    env = jupyter_env(tmp_path / "jupyter")
    voila = str(Path(sys.executable).with_name("voila"))
    command = [
        voila,
        str(folder),
        "--no-browser",
        "--Voila.ip=127.0.0.1",
        "--Voila.port={port}",
        "--Voila.token={token}",
        "--VoilaConfiguration.show_tracebacks=True",
    ]
    with run_server(command, tmp_path, env, tmp_path / "voila.log", "/") as server:
        page.goto(server.page_url("/voila/render/broken.ipynb"))
        page.wait_for_load_state("networkidle")
        with pytest.raises(AssertionError, match="shows 1 error.*ZeroDivisionError"):
            assert_no_errors(page, "the broken app")
