"""
The worker's side of the fork server: kernels forked in one sandbox instead of started one by one.

Used when farshlab grades as root with bubblewrap (``"bwrap-root"``), unless
``FARSHLAB_FORKSERVER=0`` (see :func:`forkserver_wanted`): a
:class:`ForkServer` starts :mod:`farshlab.course.kernel.forkserver` in a sandbox of its own
(the worker's folder of scratch folders writable, nothing else), and a
:class:`ForkedKernelManager` is jupyter_client's kernel manager whose kernel is forked there
instead of launched as a new process. jupyter_client sees a process-like handle
(:class:`ForkedProcess`): polling, signals and kills go to the fork server, which alone can
reach the kernel (it lives in the sandbox's PID namespace). A kill kills every process of the
kernel's user id. If the fork server cannot start, the worker starts each kernel in a sandbox
of its own as before.

Classes
-------
ForkServer
    One worker's fork server: start, poll and kill kernels.
ForkedProcess
    The ``subprocess.Popen``-like handle jupyter_client keeps for a forked kernel.
SandboxKernelManager
    ``AsyncKernelManager`` for a kernel of another user: its connection file readable before launch.
ForkedKernelManager
    ``SandboxKernelManager`` whose kernel comes from a fork server.
"""

from __future__ import annotations

import os
import select
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path

from jupyter_client import AsyncKernelManager

from farshlab.course.kernel.channel import Decoder, encode
from farshlab.course.sandbox import forkserver_argv

__all__ = [
    "ForkServer", "ForkServerError", "ForkedKernelManager", "ForkedProcess", "SandboxKernelManager",
    "forkserver_wanted",
]  # fmt: skip

#: Seconds a fork server may take to import ipykernel and say it is ready.
READY_TIMEOUT_S = 60


def forkserver_wanted(mode: str) -> bool:
    """
    Whether kernels come from a fork server in sandbox mode ``mode``.

    As root with bubblewrap, unless ``FARSHLAB_FORKSERVER=0``. (It was opt-in while 2–4 forked
    kernels in 120 exited at start; the cause was the connection file made readable only after
    the launch, see :class:`SandboxKernelManager`.)

    Examples
    --------
    >>> forkserver_wanted("bwrap-user"), forkserver_wanted("none")
    (False, False)
    """
    return mode == "bwrap-root" and os.geteuid() == 0 and os.environ.get("FARSHLAB_FORKSERVER", "1") != "0"


class ForkServerError(RuntimeError):
    """The fork server did not start or stopped answering."""


class ForkServer:
    """
    One worker's fork server, in its own sandbox (see :mod:`farshlab.course.kernel.forkserver`).

    Parameters
    ----------
    base : pathlib.Path
        The worker's folder of scratch folders (the sandbox's one writable folder).
    mounts : sequence of (str, str)
        Files mounted over others in the sandbox (see :func:`farshlab.course.sandbox.kernel_argv`).
    """

    def __init__(self, base: Path, mounts: tuple = ()):
        self.base = Path(base)
        mine, theirs = socket.socketpair()
        self._socket, self._decoder, self._lock = mine, Decoder(), threading.Lock()
        try:
            self.process = subprocess.Popen(
                forkserver_argv(self.base, theirs.fileno(), mounts),
                pass_fds=(theirs.fileno(),),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env={},
                start_new_session=True,
            )
        finally:
            theirs.close()
        mine.settimeout(READY_TIMEOUT_S)
        try:
            if not self._read().get("ready"):
                raise ForkServerError("the fork server did not say it was ready")
        except (OSError, ForkServerError):
            self.close()
            raise

    def _read(self) -> dict:
        message, fds = self._read_with_fds()
        for fd in fds:
            os.close(fd)
        return message

    def _read_with_fds(self) -> tuple[dict, list[int]]:
        messages: list[dict] = []
        received: list[int] = []
        while not messages:
            data, fds, _flags, _address = socket.recv_fds(self._socket, 1 << 16, 4)
            received += fds
            if not data:
                for fd in received:
                    os.close(fd)
                raise ForkServerError("the fork server stopped")
            messages = self._decoder.feed(data)
        return messages[0], received

    def request(self, message: dict, fds: tuple[int, ...] = ()) -> dict:
        """Send one request (with file descriptors attached) and return the answer."""
        reply, received = self._exchange(message, fds)
        for fd in received:
            os.close(fd)
        return reply

    def _exchange(self, message: dict, fds: tuple[int, ...] = ()) -> tuple[dict, list[int]]:
        """One request and its answer, with the descriptors the answer carries (the caller's)."""
        with self._lock:
            data = encode(message)
            if fds:
                socket.send_fds(self._socket, [data], list(fds))
            else:
                self._socket.sendall(data)
            return self._read_with_fds()

    def start(self, settings: Path, connection_file: str, channel_fd: int) -> tuple[int, int, int | None]:
        """
        Fork a kernel; return its pid (in the sandbox), the number of its channel descriptor in
        the kernel, and a pidfd of the kernel in this process (None where the system has none).
        """
        message = {"op": "start", "settings": str(settings), "connection": connection_file}
        reply, fds = self._exchange(message, (channel_fd,))
        pidfd, extra = (fds[0], fds[1:]) if fds else (None, [])
        for fd in extra:
            os.close(fd)
        if "pid" not in reply:
            if pidfd is not None:
                os.close(pidfd)
            raise ForkServerError(reply.get("error", "the fork server did not start the kernel"))
        return int(reply["pid"]), int(reply["fd"]), pidfd

    def close(self) -> None:
        """Stop the fork server and its sandbox (every kernel in it goes too)."""
        try:
            self._socket.close()
        finally:
            if self.process.poll() is None:
                try:
                    os.killpg(self.process.pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass
                self.process.wait()


class ForkedProcess:
    """
    What jupyter_client holds for a forked kernel, with the methods of ``subprocess.Popen`` it uses.

    Parameters
    ----------
    server : ForkServer
    pid : int
        The kernel's pid inside the fork server's sandbox.
    uid : int
        The kernel's user id (a kill kills all its processes).
    pidfd : int, optional
        A pidfd of the kernel (the handle owns it): while it is not readable the kernel runs, and
        :meth:`poll` answers without asking the fork server. jupyter_client and the grader poll
        after every cell; a request each time cost about 25 ms of CPU per a01 submission.
    """

    stdin = stdout = stderr = None

    def __init__(self, server: ForkServer, pid: int, uid: int, pidfd: int | None = None):
        self.server, self.pid, self.uid, self.pidfd = server, pid, uid, pidfd
        self.returncode: int | None = None

    def poll(self) -> int | None:
        """The kernel's exit code, or None while it runs."""
        if self.returncode is None:
            if self.pidfd is not None and not select.select([self.pidfd], [], [], 0)[0]:
                return None  # the pidfd turns readable when the kernel ends
            try:
                self.returncode = self.server.request({"op": "poll", "pid": self.pid}).get("exit")
            except (OSError, ForkServerError):
                self.returncode = -signal.SIGKILL  # the fork server is gone, and every kernel with it
            if self.returncode is not None:
                self.close()
        return self.returncode

    def close(self) -> None:
        """Let go of the pidfd (the kernel's exit code, once known, is kept)."""
        if self.pidfd is not None:
            os.close(self.pidfd)
            self.pidfd = None

    def __del__(self):
        self.close()

    def wait(self, timeout: float | None = None) -> int:
        """Wait for the kernel to end (polling the fork server)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(f"kernel {self.pid}", timeout)
            time.sleep(0.02)
        return self.returncode

    def send_signal(self, signum: int) -> None:
        """Signal the kernel's process group (SIGKILL: every process of its user id)."""
        if self.returncode is not None and signum != signal.SIGKILL:
            return
        try:
            self.server.request({"op": "kill", "pid": self.pid, "uid": self.uid, "signal": int(signum)})
        except (OSError, ForkServerError):
            pass

    def kill(self) -> None:
        """Kill the kernel and every process of its user id."""
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        """As :meth:`kill`: a grading kernel gets no time to clean up."""
        self.kill()


class SandboxKernelManager(AsyncKernelManager):
    """
    jupyter_client's kernel manager for a kernel that runs as a user id of its own.

    jupyter_client writes the connection file for its own user only (mode 0600); the kernel must
    read it, so it is made readable (0644, in a scratch folder only that kernel's user can enter)
    **before** the kernel is launched. Made readable after the launch, a kernel that starts fast
    (a forked one) could find it unreadable and exit before its first reply: in batches of 120
    submissions, 2 to 4 forked kernels did (``PermissionError`` on ``connection.json``).
    """

    async def _async_launch_kernel(self, kernel_cmd, **kw) -> None:
        os.chmod(self.connection_file, 0o644)
        await super()._async_launch_kernel(kernel_cmd, **kw)


class ForkedKernelManager(SandboxKernelManager):
    """
    jupyter_client's kernel manager whose kernel is forked by a :class:`ForkServer`.

    Set ``server``, ``settings`` (the kernel's settings file), ``uid`` and ``channel_fd`` (the
    kernel's end of its private channel, in this process) before ``start_kernel``; afterwards
    ``kernel_channel_fd`` is that descriptor's number in the kernel.
    """

    server: ForkServer | None = None
    settings: Path | None = None
    uid: int = 0
    channel_fd: int = -1
    kernel_channel_fd: int = -1

    async def _async_launch_kernel(self, kernel_cmd, **kw) -> None:
        os.chmod(self.connection_file, 0o644)  # as SandboxKernelManager: readable before the fork
        pid, self.kernel_channel_fd, pidfd = self.server.start(
            self.settings, self.connection_file, self.channel_fd
        )
        provisioner = self.provisioner
        provisioner.process = ForkedProcess(self.server, pid, self.uid, pidfd)
        provisioner.pid, provisioner.pgid = pid, None  # signals go through the handle, never os.killpg
        self._reconcile_connection_info(provisioner.connection_info)
