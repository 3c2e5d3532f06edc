"""
A real classroom for the tests: JupyterHub with configurable-http-proxy, real Unix accounts
(``fltest-…``, removed afterwards, and stale ones from a crashed run removed first), nbgrader's
file-system exchange, the system-wide environment ``make classroom`` builds, and Chromium.

Everything listens on 127.0.0.1 on free ports; every wait is bounded; the hub is stopped and the
accounts, their processes and the classroom's folders are removed in a ``finally``. The English
and the Persian course are each built once into ``build/classroom-test/`` and reused while the
course's sources are unchanged (building and proving the whole course takes minutes on two busy
cores).
"""

from __future__ import annotations

import hashlib
import http.cookiejar
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from farshlab.classroom import accounts
from farshlab.classroom.environment import check_environment
from farshlab.classroom.exchange import inbound_folder
from farshlab.classroom.hub import hub_api, hub_pid
from farshlab.classroom.lifecycle import COURSE_ID, UpReport, classroom_down, classroom_up
from farshlab.classroom.settings import DEFAULT_ENVIRONMENT
from farshlab.course.project import ProjectError

ROOT = Path(__file__).resolve().parents[2]
PREFIX = "fltest-"
INSTRUCTOR = f"{PREFIX}instructor"
TRAINEES = (f"{PREFIX}parisa", f"{PREFIX}bahram")
ASSIGNMENT = "a00_orientation"
CACHE = ROOT / "build" / "classroom-test"
#: What the built course is made from: a change to any of these builds it again.
COURSE_SOURCES = ("exercises", "notebooks", "autograder/nbgrader_config.py", "curriculum/course.yml")


def _sources_digest() -> str:
    digest = hashlib.sha256()
    for name in COURSE_SOURCES:
        path = ROOT / name
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            digest.update(str(file.relative_to(ROOT)).encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()


def stale_files(environment: Path) -> list[str]:
    """Files of ``src/farshlab`` that the system-wide environment has in another version."""
    site = next((environment / "lib").glob("python3*/site-packages"), None)
    source = ROOT / "src" / "farshlab"
    stale = []
    for path in sorted(source.rglob("*.py")) + sorted(source.rglob("*.json")):
        installed = site / "farshlab" / path.relative_to(source) if site else None
        if installed is None or not installed.is_file() or installed.read_bytes() != path.read_bytes():
            stale.append(str(path.relative_to(ROOT)))
    return stale


def remove_test_accounts() -> None:
    """Remove every ``fltest-`` account with its processes and home."""
    for name in accounts.accounts_with_prefix(PREFIX):
        accounts.remove_account(name)


def _cached_course(lang: str) -> Path:
    """The course in ``lang``, built and proven once, reused while its sources are unchanged."""
    from farshlab.course.build import build_course
    from farshlab.course.project import find_project

    course, stamp = CACHE / f"course-{lang}", CACHE / f"course-{lang}.sources"
    digest = _sources_digest()
    if not (course.is_dir() and stamp.is_file() and stamp.read_text() == digest):
        shutil.rmtree(course, ignore_errors=True)
        build_course(find_project(ROOT), course, lang=lang)
        stamp.write_text(digest)
    return course


@pytest.fixture(scope="session")
def built_course() -> Path:
    """The English course folder (this package's own: built once for every run while unchanged)."""
    return _cached_course("en")


@pytest.fixture(scope="session")
def built_course_fa() -> Path:
    """The Persian course folder (as ``tests/conftest.py``'s, but built once for every run)."""
    return _cached_course("fa")


def port_is_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


@dataclass
class Room:
    """The running test classroom and ways to act in it."""

    report: UpReport
    base: Path
    up_seconds: float
    times: dict[str, float] = field(default_factory=dict)

    @property
    def room(self):
        return self.report.room

    @property
    def url(self) -> str:
        return self.room.url

    def api(self, path: str, method: str = "GET", body: dict | None = None):
        return hub_api(self.room, path, method, body)

    def server_request(
        self, user: str, path: str, method: str = "GET", body=None, timeout: float = 120, token: str = ""
    ) -> tuple[bytes, dict[str, str]]:
        """
        Call ``/user/<user>/<path>`` on that account's server with the service's token (or
        ``token``); return the answer's body and headers. A refusal raises its ``HTTPError``.
        """
        token = token or self.room.path("service-token").read_text().strip()
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            f"{self.url}/user/{user}/{path.lstrip('/')}",
            data=data,
            method=method,
            headers={"Authorization": f"token {token}", "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.read(), dict(response.headers)

    def server_api(self, user: str, path: str, method: str = "GET", body=None, timeout: float = 120):
        """Call ``/user/<user>/<path>`` on that account's server with the service's token; decode the JSON."""
        text, _ = self.server_request(user, path, method, body, timeout)
        return json.loads(text) if text else None

    def formgrader(self, action: str) -> dict:
        """Formgrader's ``release``, ``collect`` or ``release_feedback`` of a00, from the instructor."""
        self.start_server(self.room.instructor)
        path = f"formgrader/api/assignment/{ASSIGNMENT}/{action}"
        reply = self.server_api(self.room.instructor, path, "POST", {})
        assert reply["success"], (action, str(reply.get("error", reply))[-300:])
        return reply

    def hand_in(self, trainee: str, questions: tuple[str, ...]) -> None:
        """
        What a trainee does in the Assignment List, through their own server's REST API: fetch
        a00, answer ``questions`` with the source's solutions, save and submit.
        """
        self.start_server(trainee)
        body = {"course_id": COURSE_ID, "assignment_id": ASSIGNMENT}
        self.server_api(trainee, "assignments/fetch", "POST", body)
        path = f"api/contents/{ASSIGNMENT}/{ASSIGNMENT}.ipynb"
        notebook = self.server_api(trainee, path)["content"]
        answered = answer(notebook, self.room.course_dir, questions)
        self.server_api(trainee, path, "PUT", {"type": "notebook", "format": "json", "content": answered})
        listing = self.server_api(trainee, "assignments/submit", "POST", body)
        assert any(a.get("status") == "submitted" for a in listing["value"]), listing

    def grade(self) -> subprocess.CompletedProcess:
        """
        ``farshlab grade`` of the exchange's ``inbound/`` in a terminal of the instructor's, as the
        guide writes it: the course folder alone, no farshlab checkout.
        """
        course = self.room.course_dir
        inbound = inbound_folder(self.room.exchange, COURSE_ID)
        graded = self.as_user(
            self.room.instructor,
            "farshlab", "grade", ASSIGNMENT, "--course-dir", str(course), "--submissions", str(inbound),
            "--workers", "2",
            cwd=course,
        )  # fmt: skip
        assert graded.returncode == 0, graded.stdout + graded.stderr
        return graded

    def local_feedback(self, trainee: str) -> str:
        """Where the trainee's fetched feedback is, in their home (their Assignment List says)."""
        listing = self.server_api(trainee, f"assignments?course_id={COURSE_ID}")["value"]
        return next(
            s["local_feedback_path"]
            for a in listing
            for s in a.get("submissions", [a])
            if s.get("local_feedback_path")
        )

    def fetch_feedback(self, trainee: str) -> str:
        """The Assignment List's Fetch Feedback, through the trainee's server; return the page fetched."""
        body = {"course_id": COURSE_ID, "assignment_id": ASSIGNMENT}
        self.server_api(trainee, "assignments/fetch_feedback", "POST", body)
        path = urllib.parse.quote(f"files/{self.local_feedback(trainee)}/{ASSIGNMENT}.html")
        page, _ = self.server_request(trainee, path)
        return page.decode("utf-8")

    def start_server(self, user: str, timeout: float = 120) -> None:
        """Start ``user``'s server through the hub's API; wait (bounded) until it is ready."""
        try:
            self.api(f"users/{user}/server", "POST", {})
        except urllib.error.HTTPError as error:
            error.close()
            if error.code != 400:  # 400: already running
                raise
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.api(f"users/{user}").get("servers", {}).get("", {}).get("ready"):
                return
            time.sleep(0.5)
        raise AssertionError(f"{user}'s server was not ready within {timeout} s")

    def as_user(self, user: str, *command: str, cwd: Path | None = None, timeout: float = 600):
        """Run ``command`` as the Unix user ``user``, with the environment their server has."""
        home = f"/home/{user}"
        env = [
            f"HOME={home}",
            f"USER={user}",
            f"PATH={self.room.environment}/bin:/usr/bin:/bin",
            f"JUPYTER_CONFIG_PATH={self.room.shared_config}",
            f"FARSHLAB_LANG={self.room.lang}",
            "LANG=C.UTF-8",
        ]
        return subprocess.run(
            ["runuser", "-u", user, "--", "env", "-i", *env, *command],
            cwd=cwd or home,
            capture_output=True,
            text=True,
            timeout=timeout,
        )


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # the 302 of a good log-in is the answer itself


def form_login(url: str, user: str, password: str) -> urllib.request.OpenerDirector:
    """
    Log in through ``/hub/login`` as a browser does (the ``_xsrf`` cookie); return the opener,
    holding the hub's log-in cookie. A refused log-in raises the hub's ``HTTPError`` (403).
    """
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), _NoRedirect())
    opener.open(f"{url}/hub/login", timeout=30).read()
    xsrf = next(cookie.value for cookie in jar if cookie.name == "_xsrf")
    form = urllib.parse.urlencode({"username": user, "password": password, "_xsrf": xsrf}).encode()
    try:
        opener.open(f"{url}/hub/login", data=form, timeout=30)
    except urllib.error.HTTPError as answer:
        answer.close()
        if answer.code != 302:
            raise
    return opener


def hub_user(opener: urllib.request.OpenerDirector, url: str) -> str:
    """The name the hub knows the opener's log-in cookie by."""
    with opener.open(f"{url}/hub/api/user", timeout=30) as response:
        return json.loads(response.read())["name"]


@pytest.fixture(scope="package")
def classroom(built_course, tmp_path_factory):
    """A running classroom: an instructor, two trainees, a00 built; everything removed after."""
    if os.geteuid() != 0:
        pytest.skip("the classroom tests make Unix accounts: they run as root (as make test does here)")
    try:
        check_environment(DEFAULT_ENVIRONMENT)
    except ProjectError as error:
        pytest.fail(f"{error} (make test builds it)")
    stale = stale_files(DEFAULT_ENVIRONMENT)
    if stale:
        pytest.fail(f"{DEFAULT_ENVIRONMENT} has an older farshlab ({stale[0]} …): run `make classroom-env`")
    if shutil.which("configurable-http-proxy") is None:
        pytest.fail(
            "configurable-http-proxy is missing: run `make classroom` or `make test`, which install it"
        )
    remove_test_accounts()
    base = Path(tempfile.mkdtemp(prefix="fltest-classroom-"))
    os.chmod(base, 0o711)
    roster = base / "roster.csv"
    roster.write_text(
        "id,first_name\n" + "".join(f"{name},{name[len(PREFIX) :].title()}\n" for name in TRAINEES)
    )
    state = base / "state"
    report = None
    started = time.monotonic()
    try:
        from farshlab.classroom.hub import free_port

        report = classroom_up(
            state,
            roster,
            instructor=INSTRUCTOR,
            port=free_port(),
            exchange=base / "exchange",
            project=ROOT,
            course_from=built_course,
        )
        yield Room(report, base, time.monotonic() - started)
    finally:
        if (state / "classroom.json").exists():
            classroom_down(state)
        remove_test_accounts()
        shutil.rmtree(base, ignore_errors=True)
        if report is not None:
            room = report.room
            assert hub_pid(room) is None
            for port in (room.port, room.hub_port, room.proxy_api_port):
                assert not port_is_open(port), f"port {port} is still open after the classroom stopped"
        assert not accounts.accounts_with_prefix(PREFIX)


def answer(notebook: dict, course: Path, questions: tuple[str, ...]) -> dict:
    """The released notebook with the source's solutions in the answer cells of ``questions``."""
    for cell in notebook["cells"]:
        grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id", "")
        if grade_id.removesuffix("-answer") in questions and grade_id.endswith("-answer"):
            cell["source"] = solution_of(course, grade_id)
    return notebook


def released_notebook(course: Path) -> dict:
    return json.loads((course / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").read_text())


def source_notebook(course: Path) -> dict:
    return json.loads((course / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").read_text())


def solution_of(course: Path, grade_id: str) -> str:
    """The source notebook's answer to ``grade_id`` with nbgrader's solution markers removed."""
    for cell in source_notebook(course)["cells"]:
        if cell.get("metadata", {}).get("nbgrader", {}).get("grade_id") == grade_id:
            lines = "".join(cell["source"]).splitlines()
            return "\n".join(
                line for line in lines if "### BEGIN SOLUTION" not in line and "### END SOLUTION" not in line
            )
    raise KeyError(grade_id)


def points_of(course: Path, question: str) -> float:
    """The points of a question's test cell (``a00-q1_1`` → the ``a00-q1_1-tests`` cell)."""
    for cell in source_notebook(course)["cells"]:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if meta.get("grade_id") == f"{question}-tests":
            return float(meta["points"])
    raise KeyError(question)


__all__ = ["ASSIGNMENT", "COURSE_ID", "INSTRUCTOR", "PREFIX", "TRAINEES", "Room", "form_login", "hub_user"]
