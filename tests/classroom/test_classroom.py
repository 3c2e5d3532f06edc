"""
The classroom end to end, on a real JupyterHub with real accounts (loopback only).

One trainee logs in through the login page in Chromium, fetches a00 from the Assignment List,
answers, saves and submits; the second does the same through the REST API; the instructor
releases and collects from their own server (Formgrader's API), ``farshlab grade`` grades the
exchange's ``inbound/`` in the sandbox (the course folder alone: the classroom's farshlab has no
checkout), feedback is released and the first trainee fetches and opens it. The grades must be
the points of the questions each answered. The instructor's hub home page links the cohort
report, which grading brought up to date; trainees neither see the link nor reach the report.
Then: what trainees cannot read, a backup while the hub runs restored into a new folder with the
same grades, and ``down`` then ``up`` resuming the classroom.

Cost on the 2-core test machine: about two minutes for the whole folder (this file 75–80 s: hub
up ≈ 5 s, login to JupyterLab 6–13 s, the release → feedback cycle for two trainees 17–37 s, the
cohort report's link and refusals 3 s; the Persian classroom's cycle about 30 s and the
shared-password classroom about 10 s, in the other two files). The first run on a machine also
builds and proves the English and the Persian course once into ``build/classroom-test/`` (2–3
minutes each), and ``make test`` builds the system-wide environment once (about a minute; a few
seconds when only ``src/`` changed).
"""

from __future__ import annotations

import json
import re
import time
import urllib.error
from pathlib import Path

import pytest

from farshlab.classroom.exchange import inbound_folder
from farshlab.classroom.lifecycle import classroom_status, classroom_up
from farshlab.course.context import CourseContext
from farshlab.locale import localise_digits, message

from .conftest import (
    ASSIGNMENT,
    COURSE_ID,
    INSTRUCTOR,
    ROOT,
    TRAINEES,
    form_login,
    hub_user,
    points_of,
    solution_of,
)

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
SCREENSHOTS = ROOT / "build" / "screenshots"
#: Trainee 1 answers Q1.1 in the browser; trainee 2 answers Q1.1 and Q1.2 through the API.
ANSWERS = {TRAINEES[0]: ("a00-q1_1",), TRAINEES[1]: ("a00-q1_1", "a00-q1_2")}
#: The cohort report, as the instructor's server serves ``~/course/reports/cohort.html``.
REPORT_FILE = "files/course/reports/cohort.html"


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def trainee_page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.set_default_timeout(60_000)
    yield page
    context.close()


def shot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"classroom-{name}.png"
    page.screenshot(path=str(path))
    return path


def course_dir(classroom) -> Path:
    return classroom.room.course_dir


def max_score(course: Path) -> float:
    """a00's points in the gradebook."""
    with CourseContext.load(course).gradebook() as gb:
        return gb.find_assignment(ASSIGNMENT).max_score


def scores(course: Path) -> dict[str, float]:
    """Each trainee's score for a00 in the gradebook."""
    context = CourseContext.load(course)
    with context.gradebook() as gb:
        return {
            s.student.id: s.score
            for s in gb.find_assignment(ASSIGNMENT).submissions
            if s.student.id in TRAINEES
        }


def test_a_trainee_logs_in_through_the_login_page(classroom, trainee_page):
    page, trainee = trainee_page, TRAINEES[0]
    started = time.monotonic()
    page.goto(f"{classroom.url}/hub/login")
    page.fill("#username_input", trainee)
    page.fill("#password_input", classroom.report.passwords[trainee])
    page.click("#login_submit")
    page.wait_for_url(re.compile(rf"/user/{trainee}/lab"), timeout=120_000)
    page.locator(".jp-LabShell").wait_for()
    page.get_by_text("Nbgrader", exact=True).first.wait_for()
    classroom.times["login_to_lab_s"] = time.monotonic() - started
    # a trainee's Nbgrader menu has the Assignment List, not the instructor's Formgrader
    page.get_by_text("Nbgrader", exact=True).first.click()
    labels = page.locator(".lm-Menu-itemLabel")
    labels.filter(has_text="Assignment List").first.wait_for()
    assert labels.filter(has_text="Formgrader").count() == 0, labels.all_inner_texts()
    page.keyboard.press("Escape")
    classroom.times["up_to_first_page_s"] = classroom.up_seconds + classroom.times["login_to_lab_s"]
    print(f"\nup {classroom.up_seconds:.1f} s; login → JupyterLab {classroom.times['login_to_lab_s']:.1f} s")
    # a wrong password does not get in: the login page answers 403
    with pytest.raises(urllib.error.HTTPError) as refused:
        form_login(classroom.url, TRAINEES[1], "not-the-password")
    assert refused.value.code == 403


def _open_assignment_list(page) -> None:
    page.get_by_text("Nbgrader", exact=True).first.click()
    page.get_by_text("Assignment List", exact=True).first.click()
    page.locator("#nbgrader-assignment-list").wait_for()


def test_release_submit_grade_and_feedback_for_two_trainees(classroom, trainee_page):
    page, first, second = trainee_page, TRAINEES[0], TRAINEES[1]
    course = course_dir(classroom)
    started = time.monotonic()
    classroom.formgrader("release")
    released_at = time.monotonic()

    # trainee 1, in Chromium: the Assignment List, Fetch, open the notebook, answer, save, Submit
    _open_assignment_list(page)
    released = page.locator("#released_assignments_list")
    released.get_by_text(ASSIGNMENT).wait_for()
    released.get_by_role("button", name="Fetch").click()
    fetched = page.locator("#fetched_assignments_list")
    fetched.get_by_text(ASSIGNMENT).first.wait_for()
    shot(page, "assignment-list")
    fetched.get_by_text(ASSIGNMENT).first.click()
    fetched.locator(f"a:has-text('{ASSIGNMENT}.ipynb'), a:has-text('{ASSIGNMENT}')").last.click()
    page.locator(".jp-Notebook").last.wait_for()
    question = ANSWERS[first][0]
    cell = page.locator(".jp-CodeCell").filter(has_text="def knots_across(width_cm, raj):").first
    cell.locator(".cm-content").click()
    page.keyboard.press("Control+a")
    page.keyboard.insert_text(solution_of(course, f"{question}-answer"))
    page.keyboard.press("Control+s")
    page.wait_for_function("!document.querySelector('.jp-mod-current.jp-mod-dirty')", timeout=30_000)
    shot(page, "answered")
    page.get_by_text("Assignments", exact=True).first.click()
    fetched.get_by_role("button", name="Submit").first.click()
    page.locator("#submitted_assignments_list").get_by_text(ASSIGNMENT).first.wait_for(timeout=60_000)

    # trainee 2, through the REST API of their own server
    classroom.hand_in(second, ANSWERS[second])
    submitted_at = time.monotonic()

    # the instructor collects from their server and grades the exchange's inbound/ with farshlab
    # grade, from the course folder: the classroom's farshlab finds no checkout there
    classroom.formgrader("collect")
    probe = "from farshlab.course.project import find_project; find_project()"
    no_checkout = classroom.as_user(INSTRUCTOR, "python", "-c", probe, cwd=course)
    assert no_checkout.returncode == 1 and "no farshlab project found" in no_checkout.stderr
    graded = classroom.grade()
    assert "Sandbox: bwrap-user" in graded.stdout, graded.stdout
    assert f"Cohort report: {course / 'reports' / 'cohort.html'}" in graded.stdout, graded.stdout
    expected = {name: sum(points_of(course, q) for q in questions) for name, questions in ANSWERS.items()}
    assert scores(course) == pytest.approx(expected)
    graded_at = time.monotonic()

    classroom.formgrader("release_feedback")

    # trainee 1 fetches the feedback in the Assignment List and opens it
    page.reload()
    page.locator(".jp-LabShell").wait_for()
    _open_assignment_list(page)
    submitted = page.locator("#submitted_assignments_list")
    submitted.get_by_role("button", name="Fetch Feedback").first.click()
    link = submitted.get_by_text("view feedback").first
    link.wait_for(timeout=60_000)
    shot(page, "assignment-list-feedback")
    link.click()  # the file browser goes to the fetched feedback folder
    page.locator(".jp-DirListing-item", has_text=f"{ASSIGNMENT}.html").dblclick()
    page.locator(".jp-HTMLViewer iframe").wait_for()
    shot(page, "feedback-in-lab")
    feedback = page.context.new_page()
    feedback.goto(f"{classroom.url}/user/{first}/files/{classroom.local_feedback(first)}/{ASSIGNMENT}.html")
    text = feedback.locator("body").inner_text()
    assert "knots_across" in text and "Score" in text, text[:500]
    shot(feedback, "feedback")
    feedback.close()
    finished = time.monotonic()
    classroom.times.update(
        release_s=released_at - started,
        submit_two_s=submitted_at - released_at,
        collect_and_grade_s=graded_at - submitted_at,
        feedback_s=finished - graded_at,
        cycle_s=finished - started,
    )
    print("\n" + json.dumps({k: round(v, 1) for k, v in classroom.times.items()}))
    classroom.scores = scores(course)


def test_the_instructors_hub_home_links_the_cohort_report_graded_just_now(classroom, browser):
    """The instructor logs in, finds the link on the hub's home page and follows it in Chromium."""
    lang, course = classroom.room.lang, course_dir(classroom)
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        page.goto(f"{classroom.url}/hub/login?next=%2Fhub%2Fhome")
        page.fill("#username_input", INSTRUCTOR)
        page.fill("#password_input", classroom.report.passwords[INSTRUCTOR])
        page.click("#login_submit")
        page.wait_for_url(re.compile(r"/hub/home"))
        link = page.locator("#farshlab-cohort-report")
        assert link.count() == 1, page.content()[:500]
        assert link.inner_text().strip() == message("classroom.hub.report", lang)
        assert link.get_attribute("href") == f"/user/{INSTRUCTOR}/{REPORT_FILE}"
        shot(page, "hub-home-instructor")
        link.click()
        page.wait_for_url(re.compile(r"/reports/cohort\.html$"))
        assert page.locator("h1").inner_text() == message("grading.cohort.title", lang)
        response = page.reload()  # the page as the instructor's server serves it
        assert response.status == 200
        assert response.headers["content-type"].startswith("text/html")
        policy = response.headers["content-security-policy"]
        assert "sandbox allow-scripts" in policy and "frame-ancestors" in policy, policy
        # every trainee graded in the cycle, with the gradebook's points
        maximum = max_score(course)
        for trainee, score in classroom.scores.items():
            row = page.locator("tr", has=page.locator(f"th:text-is('{trainee}')"))
            shown = localise_digits(f"{score:g} / {maximum:g}", lang)
            assert row.locator("td").first.inner_text().strip() == shown, (trainee, shown)
        bars = page.locator("span.bar").evaluate_all("all => all.map(b => b.getBoundingClientRect().width)")
        assert max(bars) > 0, bars  # the success bars are drawn (the page's own style sheet)
        shot(page, "cohort-report")
        print(f"\ncohort report: {response.headers['content-type']}; Content-Security-Policy: {policy}")
    finally:
        context.close()


def test_trainees_neither_see_the_link_nor_reach_the_report(classroom, trainee_page):
    page, trainee = trainee_page, TRAINEES[0]
    page.goto(f"{classroom.url}/hub/home")
    page.get_by_text(trainee).first.wait_for()  # the hub's page, logged in as the trainee
    assert page.locator("#farshlab-cohort-report").count() == 0
    assert message("classroom.hub.report", classroom.room.lang) not in page.content()
    # the address itself: the hub does not let the trainee's log-in into the instructor's server
    response = page.goto(f"{classroom.url}/user/{INSTRUCTOR}/{REPORT_FILE}")
    assert response.status == 403, (response.status, response.url)
    assert message("grading.cohort.title", classroom.room.lang) not in page.content()
    # nor does a token of the trainee's own
    token = classroom.api(f"users/{trainee}/tokens", "POST", {"note": "fltest"})["token"]
    with pytest.raises(urllib.error.HTTPError) as refused:
        classroom.server_request(INSTRUCTOR, REPORT_FILE, token=token)
    refused.value.close()
    assert refused.value.code == 403


def _submission_of(classroom, trainee: str) -> Path:
    inbound = inbound_folder(classroom.room.exchange, COURSE_ID)
    return next(inbound.glob(f"{trainee}+{ASSIGNMENT}+*")) / f"{ASSIGNMENT}.ipynb"


def test_a_trainee_cannot_read_what_is_not_theirs(classroom):
    """Tried as the second trainee's Unix user, against what the first trainee and the instructor have."""
    first, second = TRAINEES
    course, exchange = course_dir(classroom), classroom.room.exchange
    closed = {
        "another trainee's home": ["ls", f"/home/{first}"],
        "another trainee's notebook": ["cat", f"/home/{first}/{ASSIGNMENT}/{ASSIGNMENT}.ipynb"],
        "the course's solutions": ["cat", str(course / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb")],
        "the gradebook": ["cat", str(course / "gradebook.db")],
        "the list of submissions": ["ls", str(inbound_folder(exchange, COURSE_ID))],
        "another trainee's submission": ["cat", str(_submission_of(classroom, first))],
        "the hub's token": ["cat", str(classroom.room.path("service-token"))],
        "the hub's database": ["cat", str(classroom.room.path("jupyterhub.sqlite"))],
    }
    for what, command in closed.items():
        result = classroom.as_user(second, *command, timeout=30)
        assert result.returncode != 0 and "Permission denied" in result.stderr, (what, result)
    # the same user reads what is theirs and what is released: the refusals above are about ownership
    readable = [
        ["cat", str(_submission_of(classroom, second))],
        ["ls", str(exchange / COURSE_ID / "outbound" / ASSIGNMENT)],
        ["cat", f"/home/{second}/{ASSIGNMENT}/{ASSIGNMENT}.ipynb"],
    ]
    for command in readable:
        result = classroom.as_user(second, *command, timeout=30)
        assert result.returncode == 0, (command, result.stderr)
    # `up` warns exactly when the checkout, which holds the solutions, is open to trainees
    solutions = ROOT / "exercises" / ASSIGNMENT / f"{ASSIGNMENT}.py"
    checkout_open = classroom.as_user(second, "cat", str(solutions), timeout=30).returncode == 0
    assert checkout_open == (ROOT / "exercises" in classroom.report.exposed)
    # and the instructor reads every submission
    result = classroom.as_user(INSTRUCTOR, "cat", str(_submission_of(classroom, first)), timeout=30)
    assert result.returncode == 0, result.stderr


def test_a_backup_while_the_hub_runs_restores_the_same_grades(classroom, tmp_path):
    from farshlab.cli import main

    assert classroom_status(classroom.room.state_dir)["running"]
    before = scores(course_dir(classroom))
    assert before == classroom.scores
    started = time.monotonic()
    assert main(["backup", str(tmp_path / "backups"), "--state-dir", str(classroom.room.state_dir)]) == 0
    archive = next((tmp_path / "backups").glob("farshlab-backup-*.tar.gz"))
    assert oct(archive.stat().st_mode & 0o777) == "0o600"
    restored, exchange = tmp_path / "restored" / "course", tmp_path / "restored" / "exchange"
    command = ["restore", str(archive), "--course-dir", str(restored), "--exchange", str(exchange)]
    assert main(command) == 0
    classroom.times["backup_and_restore_s"] = time.monotonic() - started
    assert scores(restored) == before
    assert CourseContext.load(restored).course_dir == restored.resolve()
    config = (restored / "nbgrader_config.py").read_text()
    assert f"c.CourseDirectory.root = {str(restored.resolve())!r}" in config
    original = _submission_of(classroom, TRAINEES[0])
    copy = exchange / original.relative_to(classroom.room.exchange)
    assert copy.read_bytes() == original.read_bytes()
    assert (copy.stat().st_uid, copy.stat().st_mode) == (original.stat().st_uid, original.stat().st_mode)
    # a second restore into the same folder is refused
    assert main(command) == 1


def test_down_stops_everything_and_up_resumes(classroom):
    from farshlab.classroom.accounts import processes_of
    from farshlab.classroom.lifecycle import classroom_down

    from .conftest import port_is_open

    room = classroom.room
    assert classroom_down(room.state_dir)
    assert not classroom_status(room.state_dir)["running"]
    for name in room.accounts:
        left = {
            pid: Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ") for pid in processes_of(name)
        }
        assert not left, (name, left)
    for port in (room.port, room.hub_port, room.proxy_api_port):
        assert not port_is_open(port)
    assert scores(course_dir(classroom)) == classroom.scores  # every file kept
    report = classroom_up(room.state_dir)
    assert report.resumed and not report.passwords and not report.built
    opener = form_login(room.url, TRAINEES[0], classroom.report.passwords[TRAINEES[0]])
    assert hub_user(opener, room.url) == TRAINEES[0]  # the same password logs in again
    assert classroom_status(room.state_dir)["running"]
    listing = classroom.api("users")
    assert {user["name"] for user in listing} == set(room.accounts)
    print("\n" + json.dumps({k: round(v, 1) for k, v in classroom.times.items()}))
