"""
One classroom's settings, kept in its state folder so that ``down``, ``status`` and a later ``up``
find the same hub, accounts, course and exchange.

The state folder (default ``/srv/farshlab-classroom``, mode 0711) holds ``classroom.json`` (these
settings), ``roster.csv`` (a copy of the roster the accounts were made from), the hub's files
(configuration, database, cookie secret, the API token of farshlab's service, log, pid files;
all readable by root only) and ``jupyter/`` (readable by everyone: the nbgrader settings every
account's server reads, see :mod:`farshlab.classroom.exchange`).

Classes
-------
Classroom
    Where everything of one classroom is, and how its hub listens.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from farshlab.course.project import ProjectError
from farshlab.locale import message

__all__ = [
    "DEFAULT_ENVIRONMENT",
    "DEFAULT_EXCHANGE",
    "DEFAULT_INSTRUCTOR",
    "DEFAULT_IP",
    "DEFAULT_PORT",
    "DEFAULT_STATE",
    "Classroom",
]

#: The system-wide environment the hub and every account's server run (``make classroom``).
DEFAULT_ENVIRONMENT = Path("/opt/farshlab-classroom/env")
#: Where a classroom keeps its hub's state.
DEFAULT_STATE = Path("/srv/farshlab-classroom")
#: nbgrader's own default exchange folder.
DEFAULT_EXCHANGE = Path("/srv/nbgrader/exchange")
#: The hub listens on this computer only unless told otherwise.
DEFAULT_IP = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_INSTRUCTOR = "instructor"
SETTINGS_NAME = "classroom.json"


@dataclass(frozen=True)
class Classroom:
    """
    Where one classroom's things are, and how its hub listens.

    Attributes
    ----------
    state_dir : pathlib.Path
        The hub's state folder.
    instructor : str
        The instructor's account (a Unix user name).
    trainees : tuple of str
        The trainees' accounts, from the roster (student id = Unix user name).
    lang : str
        The course's language (``en`` or ``fa``): the course built and the trainees' servers.
    ip : str
        The address the hub listens on (``127.0.0.1``: this computer only).
    port : int
        The hub's public port.
    exchange : pathlib.Path
        nbgrader's exchange folder.
    environment : pathlib.Path
        The system-wide environment (a virtual environment every account can run).
    hub_port, proxy_api_port : int
        The hub's own and the proxy's API ports (on 127.0.0.1).
    project : pathlib.Path
        The farshlab checkout the course is built from.
    auth : str
        How accounts log in: ``pam`` (own passwords) or ``shared`` (one trainees' password).

    Examples
    --------
    >>> import tempfile
    >>> room = Classroom(Path(tempfile.mkdtemp()), "instructor", ("t01_parisa",), "en", "127.0.0.1",
    ...                  8000, Path("/srv/x"), Path("/opt/env"), 8081, 8001, Path("/work"))
    >>> room.save()
    >>> Classroom.load(room.state_dir) == room
    True
    >>> room.url
    'http://127.0.0.1:8000'
    >>> room.course_dir
    PosixPath('/home/instructor/course')
    >>> room.cohort_report_file
    'course/reports/cohort.html'
    """

    state_dir: Path
    instructor: str
    trainees: tuple[str, ...]
    lang: str
    ip: str
    port: int
    exchange: Path
    environment: Path
    hub_port: int
    proxy_api_port: int
    project: Path
    auth: str = "pam"

    @property
    def url(self) -> str:
        """The address trainees open (the login page is ``/hub/login`` under it)."""
        host = "127.0.0.1" if self.ip in ("", "0.0.0.0") else self.ip
        return f"http://{host}:{self.port}"

    @property
    def accounts(self) -> tuple[str, ...]:
        """The instructor, then every trainee."""
        return (self.instructor, *self.trainees)

    @property
    def course_dir(self) -> Path:
        """The course folder, in the instructor's home."""
        return Path("/home") / self.instructor / "course"

    @property
    def cohort_report_file(self) -> str:
        """
        The cohort report (``farshlab grade`` and ``farshlab report`` write it) as a path in the
        instructor's home: their server serves it at ``/user/<instructor>/files/<this>``.
        """
        return f"{self.course_dir.name}/reports/cohort.html"

    @property
    def shared_config(self) -> Path:
        """The Jupyter configuration folder every account's server also reads."""
        return self.state_dir / "jupyter"

    def path(self, name: str) -> Path:
        """A file of the hub's state folder."""
        return self.state_dir / name

    def save(self) -> None:
        """Write these settings to ``classroom.json`` in the state folder (made if missing)."""
        self.state_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(self.state_dir, 0o711)
        data = {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(self).items()}
        data["trainees"] = list(self.trainees)
        fd = os.open(self.path(SETTINGS_NAME), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(data, indent=2) + "\n")

    @classmethod
    def load(cls, state_dir: Path | str) -> Classroom:
        """
        Read the settings ``up`` saved in ``state_dir``.

        Raises
        ------
        ProjectError
            If no classroom was set up there.
        """
        path = Path(state_dir) / SETTINGS_NAME
        if not path.is_file():
            raise ProjectError(message("classroom.error.no_classroom", path=state_dir))
        data = json.loads(path.read_text(encoding="utf-8"))
        paths = {f.name for f in fields(cls) if f.type == "Path"}
        values = {k: (Path(v) if k in paths else v) for k, v in data.items()}
        values["trainees"] = tuple(values["trainees"])
        return cls(**values)
