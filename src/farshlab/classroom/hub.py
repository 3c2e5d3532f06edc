"""
Starting, stopping and asking after the classroom's JupyterHub process.

The hub runs as root (it starts every account's server as that account) from the system-wide
environment, in the classroom's state folder, detached from the command that started it; its log
is ``jupyterhub.log`` there. Stopping it (SIGTERM) makes JupyterHub stop every server and the
proxy; every file stays, so starting it again resumes the classroom.

Functions
---------
free_port
    A TCP port free on 127.0.0.1.
start_hub
    Start the hub and wait (bounded) until it answers.
stop_hub
    Stop the hub, its proxy and every server (bounded waits, then SIGKILL).
hub_pid
    The hub's process id, if it runs.
hub_api
    Call the hub's REST API with the classroom service's token.
wait_for_url
    Wait (bounded) until an address answers.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from farshlab.classroom.environment import environment_command
from farshlab.classroom.settings import Classroom
from farshlab.course.project import ProjectError
from farshlab.locale import message

__all__ = ["free_port", "hub_api", "hub_pid", "start_hub", "stop_hub", "wait_for_url"]

CONFIG_NAME = "jupyterhub_config.py"
TOKEN_NAME = "service-token"
LOG_NAME = "jupyterhub.log"
PID_NAME = "jupyterhub.pid"
PROXY_PID_NAME = "jupyterhub-proxy.pid"
#: The hubs this process started, reaped when stopped.
_STARTED: dict[int, subprocess.Popen] = {}


def free_port() -> int:
    """
    A TCP port nothing listens on at 127.0.0.1 now.

    Examples
    --------
    >>> 1024 <= free_port() <= 65535
    True
    """
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie (stopped, not yet reaped) does not count
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _read_pid(path: Path) -> int | None:
    try:
        return int(path.read_text().strip())
    except (OSError, ValueError):
        return None


def hub_pid(room: Classroom) -> int | None:
    """
    The process id of the classroom's running hub, or ``None``.

    Examples
    --------
    >>> import tempfile
    >>> room = Classroom(Path(tempfile.mkdtemp()), "i", (), "en", "127.0.0.1", 1, Path("/x"),
    ...                  Path("/x"), 2, 3, Path("/x"))
    >>> hub_pid(room) is None
    True
    """
    pid = _read_pid(room.path(PID_NAME))
    return pid if pid is not None and _alive(pid) else None


def wait_for_url(url: str, timeout: float, process: subprocess.Popen | None = None) -> bool:
    """
    Wait until ``url`` answers 200, at most ``timeout`` seconds.

    An error status does not count: the proxy answers 404 for the hub's pages until the hub has
    added its route. Returns False at the deadline, or at once if ``process`` has stopped.

    Examples
    --------
    >>> wait_for_url(f"http://127.0.0.1:{free_port()}/", timeout=0.5)
    False
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return True
        except urllib.error.HTTPError as error:
            error.close()
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            pass
        time.sleep(0.2)
    return False


def start_hub(room: Classroom, timeout: float = 90.0) -> int:
    """
    Start the classroom's hub (its configuration already written); return its process id.

    Raises
    ------
    ProjectError
        If it stops at start-up or does not answer within ``timeout`` seconds (its log's last
        lines are in the message).
    """
    log = room.path(LOG_NAME)
    env = {
        "PATH": f"{environment_command(room.environment, 'python').parent}:/usr/local/bin:/usr/bin:/bin",
        "HOME": "/root",
        "LANG": "C.UTF-8",
        "FARSHLAB_LANG": room.lang,
    }
    command = [str(environment_command(room.environment, "jupyterhub")), "-f", str(room.path(CONFIG_NAME))]
    with log.open("a") as handle:
        process = subprocess.Popen(
            command,
            cwd=room.state_dir,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=handle,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            umask=0o077,  # the hub's database and files: root's only
        )
    _STARTED[process.pid] = process
    room.path(PID_NAME).write_text(f"{process.pid}\n")
    if not wait_for_url(f"{room.url}/hub/health", timeout, process):
        stop_hub(room)
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-15:])
        raise ProjectError(message("classroom.error.hub_start", log=log, tail=tail))
    return process.pid


def _stop(pid: int, timeout: float) -> None:
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + timeout
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        if not _alive(pid):
            return


def stop_hub(room: Classroom, timeout: float = 30.0) -> bool:
    """
    Stop the hub (it stops every server and the proxy), then anything left of the proxy.

    Returns True if a hub was running. Every file stays: ``start_hub`` again resumes.
    """
    pid = hub_pid(room)
    if pid is not None:
        _stop(pid, timeout)
        started = _STARTED.pop(pid, None)
        if started is not None:
            started.wait(timeout=timeout)
    proxy = _read_pid(room.path(PROXY_PID_NAME))
    if proxy is not None and _alive(proxy):
        _stop(proxy, 5.0)
    for name in (PID_NAME, PROXY_PID_NAME):
        room.path(name).unlink(missing_ok=True)
    return pid is not None


def hub_api(room: Classroom, path: str, method: str = "GET", body: dict | None = None, timeout: float = 30):
    """
    Call the hub's REST API (``/hub/api/<path>``) with the classroom service's token.

    Returns the decoded JSON answer (``None`` for an empty one).
    """
    token = room.path(TOKEN_NAME).read_text().strip()
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(
        f"{room.url}/hub/api/{path.lstrip('/')}",
        data=data,
        method=method,
        headers={"Authorization": f"token {token}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        text = response.read()
    return json.loads(text) if text else None
