"""The pilot's other log-in: one shared password for every trainee, the instructor's own."""

from __future__ import annotations

import os
import shutil
import tempfile
import urllib.error
from pathlib import Path

import pytest

from farshlab.classroom import accounts
from farshlab.classroom.hub import free_port, hub_pid
from farshlab.classroom.lifecycle import classroom_down, classroom_up

from .conftest import PREFIX, ROOT, form_login, hub_user

SHARED_PREFIX = f"{PREFIX}sh-"


def test_shared_password_logs_trainees_in_and_not_the_instructor(classroom, built_course):
    # `classroom` first: its set-up checked root, the environment and the proxy
    base = Path(tempfile.mkdtemp(prefix="fltest-shared-"))
    os.chmod(base, 0o711)
    (base / "roster.csv").write_text(f"id\n{SHARED_PREFIX}leyla\n{SHARED_PREFIX}davud\n")
    instructor, room = f"{SHARED_PREFIX}instructor", None
    try:
        report = classroom_up(
            base / "state",
            base / "roster.csv",
            instructor=instructor,
            port=free_port(),
            exchange=base / "exchange",
            project=ROOT,
            auth="shared",
            course_from=built_course,
        )
        room = report.room
        shared, own = report.passwords["*"], report.passwords[instructor]
        assert (len(shared), len(own)) == (12, 32)  # JupyterHub wants at least 8 and 32 characters
        for trainee in room.trainees:
            assert hub_user(form_login(room.url, trainee, shared), room.url) == trainee
        assert hub_user(form_login(room.url, instructor, own), room.url) == instructor
        with pytest.raises(urllib.error.HTTPError) as refused:
            form_login(room.url, instructor, shared)
        assert refused.value.code == 403
        # down and up again: still the shared password, nothing shown again
        classroom_down(base / "state")
        again = classroom_up(base / "state")
        assert again.room.auth == "shared" and again.passwords == {}
        trainee = room.trainees[0]
        assert hub_user(form_login(room.url, trainee, shared), room.url) == trainee
    finally:
        if (base / "state" / "classroom.json").exists():
            classroom_down(base / "state")
        for name in accounts.accounts_with_prefix(SHARED_PREFIX):
            accounts.remove_account(name)
        shutil.rmtree(base, ignore_errors=True)
    assert room is not None and hub_pid(room) is None
    assert not accounts.accounts_with_prefix(SHARED_PREFIX)
