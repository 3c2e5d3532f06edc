"""
The fork server of a grading worker: fresh kernels forked from a process that imported ipykernel once.

Starting a kernel costs about half a CPU-second, nearly all of it Python importing IPython,
ipykernel, zmq and jupyter_client. When the grader runs as root with bubblewrap, each worker
starts one fork server inside one sandbox (the same read-only roots, no network, its own PID
namespace, the worker's folder of scratch folders read-write) and it imports ipykernel's modules
once, before any trainee code exists anywhere. For every submission the worker asks it for a
kernel: it forks, and the child becomes that submission's kernel exactly as
:mod:`farshlab.course.kernel.shim` makes one (limits, its **own user id**, the allow-listed
environment, no bytecode, the audit hook, the private channel), then runs ipykernel. The fork
server itself never runs a cell.

What keeps kernels of one worker apart, although they share the sandbox: each runs as a user id
of its own that owns only its scratch folder (mode 0700); none can signal, trace or read another
user's processes; the sandbox's other folders are read-only. When a kernel is killed, every
process of its user id in the sandbox is killed with it (a process that left the kernel's
process group included), before that user id is given to a later kernel.

Protocol (length-prefixed JSON, :mod:`farshlab.course.kernel.channel`, on a socket the worker
passes at start): ``{"op": "start", "settings", "connection"}`` with the kernel's end of its
private channel attached (``SCM_RIGHTS``) → ``{"pid", "fd"}``, with a pidfd of the kernel attached
where the system gives one (the worker watches it: a readable pidfd means the kernel has ended, so
it asks for the exit code only then); ``{"op": "poll", "pid"}`` → ``{"exit"}`` (null while it
runs); ``{"op": "kill", "pid", "uid", "signal"}`` → ``{"ok"}``.

Functions
---------
main
    Serve the worker's requests until it closes the socket.
kill_user
    Kill every process of one user id (in this PID namespace).
"""

from __future__ import annotations

import os
import random
import signal
import socket
import sys

from farshlab.course.kernel.channel import Decoder, encode
from farshlab.course.kernel.shim import become_kernel, block_debugger, load_settings, run_ipykernel

__all__ = ["main", "kill_user"]


def kill_user(uid: int, exits: dict[int, int], rounds: int = 50) -> int:
    """
    Kill every process whose user id is ``uid``; return how many were signalled.

    A kernel's processes may fork while they are killed, so the scan is repeated until none is
    left (the kernel's process limit bounds how many there can be). Exit codes of this server's
    own children that are reaped meanwhile go into ``exits``.
    """
    if uid <= 0:
        raise ValueError(f"refusing to kill the processes of user id {uid}")
    killed = 0
    for _ in range(rounds):
        found = 0
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                if os.stat(f"/proc/{entry}").st_uid != uid or _zombie(entry):
                    continue
                os.kill(int(entry), signal.SIGKILL)
                found += 1
            except (FileNotFoundError, ProcessLookupError, PermissionError):
                continue
        killed += found
        _reap(exits)
        if not found:
            break
    return killed


def _zombie(pid: str) -> bool:
    with open(f"/proc/{pid}/stat", "rb") as handle:
        return handle.read().rsplit(b")", 1)[-1].split()[0] == b"Z"


def _reap(exits: dict[int, int]) -> None:
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        exits[pid] = os.waitstatus_to_exitcode(status)


def _start(request: dict, fds: list[int], control: socket.socket) -> tuple[dict, list[int]]:
    """Fork a kernel; return the reply and the descriptors to attach to it (the kernel's pidfd)."""
    settings = load_settings(request["settings"])
    if len(fds) != 1 or not settings["uid"]:
        for fd in fds:
            os.close(fd)
        return {"error": "a kernel needs its channel and a user id of its own"}, []
    (channel_fd,) = fds
    pid = os.fork()
    if pid == 0:  # the kernel
        try:
            control.close()
            os.setsid()
            random.seed()  # not the fork server's sequence
            become_kernel(settings, channel_fd)
            run_ipykernel(request["connection"], settings["kernel_args"])
        finally:
            os._exit(1)
    os.close(channel_fd)
    try:
        return {"pid": pid, "fd": channel_fd}, [os.pidfd_open(pid)]
    except (AttributeError, OSError):  # no pidfd here: the worker polls through requests
        return {"pid": pid, "fd": channel_fd}, []


def main(argv: list[str] | None = None) -> None:
    """Serve ``argv = [CONTROL_FD]``: start, poll and kill kernels until the worker goes."""
    argv = sys.argv[1:] if argv is None else argv
    control = socket.socket(fileno=int(argv[0]))
    os.set_inheritable(control.fileno(), False)
    block_debugger()
    import ipykernel.kernelapp  # noqa: F401 -- the point of the fork server: imported once
    import ipykernel_launcher  # noqa: F401

    decoder, exits = Decoder(), {}
    control.sendall(encode({"ready": True}))
    while True:
        data, fds, _flags, _address = socket.recv_fds(control, 1 << 16, 4)
        if not data:
            return
        _reap(exits)
        for request in decoder.feed(data):
            op, attached = request.get("op"), []
            if op == "start":
                reply, attached = _start(request, fds, control)
                fds = []
            elif op == "poll":
                _reap(exits)
                reply = {"exit": exits.get(int(request["pid"]))}
            elif op == "kill":
                try:
                    os.killpg(int(request["pid"]), int(request.get("signal", signal.SIGKILL)))
                except (ProcessLookupError, PermissionError):
                    pass
                if int(request.get("signal", signal.SIGKILL)) == signal.SIGKILL:
                    kill_user(int(request["uid"]), exits)
                _reap(exits)
                reply = {"ok": True}
            else:
                reply = {"error": f"unknown request {op!r}"}
            if attached:
                socket.send_fds(control, [encode(reply)], attached)
                for fd in attached:
                    os.close(fd)
            else:
                control.sendall(encode(reply))
        for fd in fds:
            os.close(fd)


if __name__ == "__main__":
    main()
