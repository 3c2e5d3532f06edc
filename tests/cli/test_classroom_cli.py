"""``farshlab classroom up`` says what it did: passwords once, the addresses, the exposed checkout."""

from pathlib import Path

from farshlab.classroom import lifecycle
from farshlab.classroom.lifecycle import UpReport
from farshlab.classroom.settings import Classroom
from farshlab.cli import main


def test_up_prints_the_passwords_the_addresses_and_the_exposed_folders(tmp_path, monkeypatch, capsys):
    room = Classroom(
        tmp_path / "state",
        "instructor",
        ("parisa", "bahram"),
        "en",
        "127.0.0.1",
        8000,
        Path("/srv/nbgrader/exchange"),
        Path("/opt/farshlab-classroom/env"),
        8081,
        8001,
        tmp_path,
    )
    exposed = [tmp_path / "exercises"]
    asked = {}

    def up(state_dir, roster, **kwargs):
        asked.update(kwargs, state_dir=state_dir, roster=roster)
        return UpReport(room, 4242, {"instructor": "pw-i", "parisa": "pw-p"}, True, False, exposed)

    monkeypatch.setattr(lifecycle, "classroom_up", up)
    status = main(["classroom", "up", "--state-dir", str(tmp_path / "state"), "--roster", "roster.csv"])
    out = capsys.readouterr().out
    assert status == 0, out
    assert asked["roster"] == Path("roster.csv")
    assert "pw-i" in out and "pw-p" in out
    assert "http://127.0.0.1:8000/hub/login" in out
    assert "http://127.0.0.1:8000/user/instructor/formgrader" in out
    assert "http://127.0.0.1:8000/user/instructor/files/course/reports/cohort.html" in out
    assert str(tmp_path / "exercises") in out  # the warning about a checkout trainees can read
