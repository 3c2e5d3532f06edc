"""COURSE_LANG=fa: the trainees' servers run in Persian (FARSHLAB_LANG, right-to-left style sheet)."""

from __future__ import annotations

import os
import shutil
import tempfile
import urllib.request
from pathlib import Path

from farshlab.classroom import accounts
from farshlab.classroom.hub import free_port, hub_pid
from farshlab.classroom.lifecycle import classroom_down, classroom_up

from .conftest import PREFIX, ROOT, Room

FA_PREFIX = f"{PREFIX}fa-"


def _environment_of(pid: int) -> dict[str, str]:
    pairs = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    return dict(p.decode().split("=", 1) for p in pairs if b"=" in p)


def test_a_persian_classroom_starts_trainees_servers_in_persian(classroom, built_course):
    # the hub's part of the language (the Persian course itself is proven by the course's tests)
    base = Path(tempfile.mkdtemp(prefix="fltest-fa-"))
    os.chmod(base, 0o711)
    (base / "roster.csv").write_text(f"id\n{FA_PREFIX}maryam\n")
    trainee, room = f"{FA_PREFIX}maryam", None
    try:
        report = classroom_up(
            base / "state",
            base / "roster.csv",
            instructor=f"{FA_PREFIX}instructor",
            lang="fa",
            port=free_port(),
            exchange=base / "exchange",
            project=ROOT,
            course_from=built_course,
        )
        room = report.room
        persian = Room(report, base, 0.0)
        persian.start_server(trainee)
        servers = [
            pid
            for pid in accounts.processes_of(trainee)
            if b"jupyterhub-singleuser" in Path(f"/proc/{pid}/cmdline").read_bytes()
        ]
        assert len(servers) == 1
        environment = _environment_of(servers[0])
        assert environment["FARSHLAB_LANG"] == "fa"
        assert environment["JUPYTER_CONFIG_PATH"] == str(room.shared_config)
        token = room.path("service-token").read_text().strip()
        request = urllib.request.Request(
            f"{room.url}/user/{trainee}/custom/custom.css", headers={"Authorization": f"token {token}"}
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            sheet = response.read().decode()
        assert "rtl" in sheet and "Vazirmatn" in sheet
    finally:
        if (base / "state" / "classroom.json").exists():
            classroom_down(base / "state")
        for name in accounts.accounts_with_prefix(FA_PREFIX):
            accounts.remove_account(name)
        shutil.rmtree(base, ignore_errors=True)
    assert room is not None and hub_pid(room) is None
    assert not accounts.accounts_with_prefix(FA_PREFIX)
