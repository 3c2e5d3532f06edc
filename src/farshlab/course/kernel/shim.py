"""
The entry point of a grading kernel: limits, its own user, a clean environment, then ipykernel.

Started by the grader as ``python -I -B -m farshlab.course.kernel.shim SETTINGS CONNECTION_FILE``
inside the sandbox (see :func:`farshlab.course.sandbox.kernel_argv`). In this order, before any
trainee code exists:

1. resource limits (``setrlimit``) from the settings file;
2. when running as root, drop to the kernel's own user id (``setgid``/``setuid``, no groups);
3. the environment becomes exactly the settings' allow-list (the grader started the process
   with that list already, so nothing else is in ``/proc/self/environ`` either);
4. no bytecode is written (``sys.dont_write_bytecode``: the installed packages are read-only,
   and an attempt would be logged as a write outside the scratch folder);
5. the audit hook (:mod:`farshlab.course.kernel.audit`);
6. the private channel's file descriptor is kept from child processes;
7. ipykernel runs in this same process, so the hook stays in place.

Functions
---------
main
    Run the steps above; does not return while the kernel lives.
load_settings
    Read and check a kernel's settings file.
"""

from __future__ import annotations

import json
import os
import resource
import sys

from farshlab.course.kernel.audit import make_hook

__all__ = ["REQUIRED_SETTINGS", "become_kernel", "block_debugger", "load_settings", "main", "run_ipykernel"]

#: The keys every settings file has (written by :func:`farshlab.course.sandbox.make_scratch`).
REQUIRED_SETTINGS = ("rlimits", "uid", "env", "allowed", "scratch", "log", "kernel_args", "channel_fd")


def load_settings(path: str) -> dict:
    """
    Read a kernel's settings (JSON) and check that every required key is there.

    Examples
    --------
    >>> import json, tempfile
    >>> with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
    ...     json.dump({"uid": 0}, f)
    >>> load_settings(f.name)
    Traceback (most recent call last):
    ...
    ValueError: the kernel settings lack allowed, channel_fd, env, kernel_args, log, rlimits, scratch
    """
    with open(path, encoding="utf-8") as handle:
        settings = json.load(handle)
    missing = sorted(set(REQUIRED_SETTINGS) - set(settings))
    if missing:
        raise ValueError("the kernel settings lack " + ", ".join(missing))
    return settings


def main(argv: list[str] | None = None) -> None:
    """Set the kernel up from ``argv = [SETTINGS, CONNECTION_FILE]`` and run ipykernel."""
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 2:
        raise SystemExit("usage: python -I -B -m farshlab.course.kernel.shim SETTINGS CONNECTION_FILE")
    settings = load_settings(argv[0])
    become_kernel(settings, settings["channel_fd"])
    run_ipykernel(argv[1], settings["kernel_args"])


def become_kernel(settings: dict, channel_fd: int | None) -> None:
    """
    Steps 1–6 in this process: limits, the kernel's own user, environment, bytecode, audit hook,
    channel (also used by :mod:`farshlab.course.kernel.forkserver` in each forked kernel).
    """
    for name, value in settings["rlimits"].items():
        resource.setrlimit(getattr(resource, name), (value, value))
    if settings["uid"]:
        os.setgroups([])
        os.setgid(settings["uid"])
        os.setuid(settings["uid"])
    os.chdir(settings["scratch"])
    os.environ.clear()
    os.environ.update(settings["env"])
    # a parent handle of 1 turns off ipykernel's parent poller (PID 1 in the sandbox)
    os.environ["JPY_PARENT_PID"] = "1"
    sys.dont_write_bytecode = True
    log = open(settings["log"], "a", buffering=1, encoding="utf-8", errors="replace")  # noqa: SIM115
    sys.addaudithook(make_hook(settings["scratch"], tuple(settings["allowed"]), log))
    if channel_fd is not None:
        os.set_inheritable(int(channel_fd), False)
    block_debugger()


def block_debugger() -> None:
    """A grading kernel has no debugger (debugpy's import is a tenth of the kernel's start-up)."""
    sys.modules["debugpy"] = None


def run_ipykernel(connection_file: str, kernel_args: list[str]) -> None:
    """Run ipykernel in this process; it keeps no input history (a fresh SQLite file otherwise)."""
    sys.argv = ["ipykernel_launcher", "-f", connection_file, "--HistoryManager.enabled=False", *kernel_args]
    import runpy

    runpy.run_module("ipykernel_launcher", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
