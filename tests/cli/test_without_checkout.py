"""
farshlab installed without its checkout (as in a classroom's system-wide environment), run from a
folder outside any checkout: the commands that work on a course folder need only ``--course-dir``
(and their other folders); the commands that read the checkout say that they need it.

farshlab is copied into a folder of its own and put first on ``PYTHONPATH``, so that neither the
current folder nor the folder farshlab is imported from is inside a checkout; the first test proves
that no project can be found there. ``farshlab grade`` itself is run this way by the classroom's
cycle (``tests/classroom/test_classroom.py``: the instructor grades with the system-wide
environment's farshlab, installed without a checkout), since its sandboxed kernels need a real
installation.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from farshlab.course.build import build_course
from farshlab.course.nbgrader_setup import prepare_environment
from farshlab.locale import message

ROOT = Path(__file__).resolve().parents[2]
ASSIGNMENT = "a00_orientation"


@pytest.fixture(scope="module")
def outside(tmp_path_factory) -> tuple[Path, Path]:
    """A copy of farshlab in a folder of its own, and a folder to run it in: no checkout around either."""
    site = tmp_path_factory.mktemp("site-packages")
    shutil.copytree(
        ROOT / "src" / "farshlab", site / "farshlab", ignore=shutil.ignore_patterns("__pycache__")
    )
    return site, tmp_path_factory.mktemp("elsewhere")


def run(outside, *args: object, lang: str = "en") -> subprocess.CompletedProcess:
    site, cwd = outside
    env = {**os.environ, "PYTHONPATH": str(site), "FARSHLAB_LANG": lang}
    return subprocess.run(
        [sys.executable, *map(str, args)], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


def test_the_copy_finds_no_project(outside):
    site, cwd = outside
    probe = "import farshlab, farshlab.course.project as p; print(farshlab.__file__); p.find_project()"
    result = run(outside, "-c", probe)
    assert result.stdout.strip() == str(site / "farshlab" / "__init__.py")
    assert result.returncode == 1
    assert f"ProjectError: no farshlab project found at or above {cwd}" in result.stderr


@pytest.mark.parametrize(("command", "lang"), [("build", "en"), ("demo", "fa"), ("translations", "en")])
def test_commands_that_read_the_checkout_say_they_need_it(outside, command, lang):
    result = run(outside, "-m", "farshlab.cli", command, lang=lang)
    assert result.returncode == 1
    detail = message("cli.error.needs_project", lang, command=command, folder=outside[1])
    assert result.stderr == message("cli.error", lang, detail=detail) + "\n"


@pytest.mark.parametrize(
    ("command", "option", "default"),
    [
        (["grade", ASSIGNMENT], "--course-dir", "build/course"),
        (["collect", ASSIGNMENT, "--submissions", "."], "--course-dir", "build/course"),
        (["report", "--lang", "fa"], "--course-dir", "build/course-fa"),
        (["workspace"], "--course-dir", "build/course"),
        (["apps"], "--folder", "build/apps"),
    ],
)
def test_a_folder_not_given_has_no_default_outside_a_checkout(outside, command, option, default):
    result = run(outside, "-m", "farshlab.cli", *command)
    assert result.returncode == 1
    detail = message("cli.error.no_default", "en", option=option, default=default, folder=outside[1])
    assert result.stderr == message("cli.error", "en", detail=detail) + "\n"


@pytest.mark.slow
def test_report_and_workspace_need_only_their_folders(outside, project_copy, tmp_path_factory):
    prepare_environment()
    course = tmp_path_factory.mktemp("course") / "course"
    build_course(project_copy, course, validate=False)  # only module 0: a few seconds
    result = run(outside, "-m", "farshlab.cli", "report", "--course-dir", course, "--lang", "fa")
    assert result.returncode == 0, result.stderr
    page = BeautifulSoup((course / "reports" / "cohort.html").read_text(encoding="utf-8"), "html.parser")
    assert (page.html["dir"], page.h1.get_text()) == ("rtl", message("grading.cohort.title", "fa"))
    workspace, config = outside[1] / "workspace", outside[1] / "jupyter-config"
    argv = ["workspace", "--course-dir", course, "--workspace", workspace, "--jupyter-config", config]
    result = run(outside, "-m", "farshlab.cli", *argv)
    assert result.returncode == 0, result.stderr
    assert (workspace / "assignments" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").is_file()
    assert (config / "custom" / "custom.css").is_file()
