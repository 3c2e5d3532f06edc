"""
COURSE_LANG=fa: the Persian course in the hub, end to end.

The trainees' servers run in Persian (``FARSHLAB_LANG``, the right-to-left style sheet); one
trainee does the whole cycle through the REST API of their server (fetch a00, answer two
questions, submit; the instructor releases, collects and grades with ``farshlab grade``, and
releases the feedback; the trainee fetches it): the grade is the points of the questions answered,
the feedback page is Persian (right to left, the summary by question under the Persian a00's
titles), and the instructor's hub home page links the cohort report in Persian.

Cost on the 2-core test machine: about 30 s beside the running English classroom (hub up 4–6 s,
release → feedback fetched for one trainee 14–16 s, accounts made and removed). The first run on
a machine also builds and proves the Persian course once into ``build/classroom-test/`` (2–3
minutes).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from pathlib import Path

import nbformat
from bs4 import BeautifulSoup

from farshlab.classroom import accounts
from farshlab.classroom.hub import free_port, hub_pid
from farshlab.classroom.lifecycle import classroom_down, classroom_up
from farshlab.course.context import CourseContext
from farshlab.course.questions import question_titles
from farshlab.locale import localise_digits, message

from .conftest import ASSIGNMENT, PREFIX, ROOT, Room, form_login, points_of, port_is_open

FA_PREFIX = f"{PREFIX}fa-"
TRAINEE, INSTRUCTOR = f"{FA_PREFIX}maryam", f"{FA_PREFIX}instructor"
ANSWERED = ("a00-q1_1", "a00-q1_2")


def _environment_of(pid: int) -> dict[str, str]:
    pairs = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    return dict(p.decode().split("=", 1) for p in pairs if b"=" in p)


def _check_the_servers_language(persian: Room) -> None:
    room = persian.room
    servers = [
        pid
        for pid in accounts.processes_of(TRAINEE)
        if b"jupyterhub-singleuser" in Path(f"/proc/{pid}/cmdline").read_bytes()
    ]
    assert len(servers) == 1
    environment = _environment_of(servers[0])
    assert environment["FARSHLAB_LANG"] == "fa"
    assert environment["JUPYTER_CONFIG_PATH"] == str(room.shared_config)
    sheet, _ = persian.server_request(TRAINEE, "custom/custom.css")
    assert "rtl" in sheet.decode() and "Vazirmatn" in sheet.decode()


def _check_the_feedback_page(page: str, course: Path) -> None:
    """Persian, right to left, a summary line per question under the Persian a00's titles."""
    html = BeautifulSoup(page, "html.parser")
    assert (html.html["lang"], html.html["dir"]) == ("fa", "rtl")
    assert html.select_one("h4.farshlab-summary").get_text() == message("grading.feedback.summary", "fa")
    released = nbformat.read(course / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4)
    titles = question_titles(released)
    rows = html.select("table.farshlab-questions tbody tr")
    assert len(rows) == len(titles)
    for row, (key, title) in zip(rows, titles.items(), strict=True):
        name = message("grading.feedback.question_name", "fa", number=localise_digits(key, "fa"))
        assert row.td.get_text(" ", strip=True) == f"{name} {title}"
        if f"a00-q{key.replace('.', '_')}" in ANSWERED:
            assert row["class"] == ["farshlab-full"], row
            assert row.select_one(".farshlab-to-do").get_text() == message(
                "grading.feedback.all_passed", "fa"
            )
    assert not titles["1.1"].isascii()  # the Persian a00's own words


def _check_the_hub_home_and_report(persian: Room, points: str) -> None:
    """The Persian instructor's home page links the report in Persian; the report shows the grade."""
    room = persian.room
    opener = form_login(room.url, INSTRUCTOR, persian.report.passwords[INSTRUCTOR])
    with opener.open(f"{room.url}/hub/home", timeout=30) as response:
        home = BeautifulSoup(response.read().decode("utf-8"), "html.parser")
    link = home.select_one("#farshlab-cohort-report")
    assert link.get_text(strip=True) == message("classroom.hub.report", "fa")
    assert link.find_parent(attrs={"dir": True})["dir"] == "rtl"
    page, _ = persian.server_request(INSTRUCTOR, link["href"].removeprefix(f"/user/{INSTRUCTOR}/"))
    report = BeautifulSoup(page.decode("utf-8"), "html.parser")
    assert (report.html["dir"], report.h1.get_text()) == ("rtl", message("grading.cohort.title", "fa"))
    row = report.find("th", string=TRAINEE).parent
    assert row.td.get_text(strip=True) == localise_digits(points, "fa")


def test_a_persian_classroom_from_release_to_feedback(classroom, built_course_fa):
    base = Path(tempfile.mkdtemp(prefix="fltest-fa-"))
    os.chmod(base, 0o711)
    (base / "roster.csv").write_text(f"id\n{TRAINEE}\n")
    room, times = None, {}
    started = time.monotonic()
    try:
        report = classroom_up(
            base / "state",
            base / "roster.csv",
            instructor=INSTRUCTOR,
            lang="fa",
            port=free_port(),
            exchange=base / "exchange",
            project=ROOT,
            course_from=built_course_fa,
        )
        room, persian = report.room, Room(report, base, time.monotonic() - started)
        course = room.course_dir
        persian.start_server(TRAINEE)
        _check_the_servers_language(persian)
        cycle = time.monotonic()
        persian.formgrader("release")
        persian.hand_in(TRAINEE, ANSWERED)
        persian.formgrader("collect")
        graded = persian.grade()
        assert message("cli.grade.start", "fa", assignment=ASSIGNMENT) in graded.stdout, graded.stdout
        with CourseContext.load(course).gradebook() as gb:
            submission = gb.find_submission(ASSIGNMENT, TRAINEE)
            score, maximum = submission.score, submission.max_score
        assert score == sum(points_of(course, q) for q in ANSWERED)
        persian.formgrader("release_feedback")
        feedback = persian.fetch_feedback(TRAINEE)
        times.update(up_s=persian.up_seconds, cycle_s=time.monotonic() - cycle)
        _check_the_feedback_page(feedback, course)
        _check_the_hub_home_and_report(persian, f"{score:g} / {maximum:g}")
    finally:
        if (base / "state" / "classroom.json").exists():
            classroom_down(base / "state")
        for name in accounts.accounts_with_prefix(FA_PREFIX):
            accounts.remove_account(name)
        shutil.rmtree(base, ignore_errors=True)
    times["total_s"] = time.monotonic() - started
    print("\n" + json.dumps({k: round(v, 1) for k, v in times.items()}))
    assert room is not None and hub_pid(room) is None
    for port in (room.port, room.hub_port, room.proxy_api_port):
        assert not port_is_open(port), f"port {port} is still open after the classroom stopped"
    assert not accounts.accounts_with_prefix(FA_PREFIX)
