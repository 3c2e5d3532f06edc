"""
The sandbox a submission's kernel runs in: bubblewrap, an unprivileged user, resource limits.

Every submission is executed by a fresh IPython kernel started inside a bubblewrap sandbox
(Debian's ``bubblewrap`` package, ``bwrap``): a new mount namespace that shows only ``/usr``,
``/lib``, ``/lib64``, ``/bin``, the Python installation, the virtual environment and the
farshlab package (all read-only) plus one scratch folder (read-write) holding that submission
and the assignment's data files; no network (``--unshare-net``); its own process tree
(``--unshare-pid``, so killing the sandbox kills every process the submission started). When
farshlab runs as root the kernel drops to a user id of its own (one per kernel, so the process
limit counts only that kernel's processes); otherwise bubblewrap's unprivileged user namespace
is used. Inside, before the kernel starts, resource limits are set (``setrlimit``: address
space, CPU seconds, file size, number of processes) and a Python audit hook records every
file opened outside the allowed folders (read by :mod:`farshlab.course.tamper`).

Where ``bwrap`` is missing or does not work, the *fallback* runs the kernel as a plain child
process with the same resource limits, the same audit hook and the scratch folder as working
directory — but without hiding the rest of the machine. Reports say which mode graded them.
The threat model is written down in ``autograder/SANDBOX.md``.

Classes
-------
Limits
    Time budget, memory, processes, output and file-size caps for one submission.

Functions
---------
sandbox_mode
    ``"bwrap-root"``, ``"bwrap-user"`` or ``"none"`` on this machine.
kernel_argv
    The command line of one sandboxed kernel (for a kernel spec).
make_scratch
    A fresh scratch folder owned by a kernel's user.

References
----------
bubblewrap: https://github.com/containers/bubblewrap ; PEP 578 (audit hooks);
``setrlimit(2)``; nbgrader issue #483 (student code runs as the grader).
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import asdict, dataclass
from pathlib import Path

__all__ = ["AUDIT_LOG", "Limits", "kernel_argv", "make_scratch", "sandbox_mode"]

#: Name of the audit log the kernel writes in its scratch folder.
AUDIT_LOG = ".farshlab-audit.log"
#: Name of the file the kernel's resource-limit shim reads its settings from.
SHIM_NAME = ".farshlab-shim.py"


@dataclass(frozen=True)
class Limits:
    """
    The limits one submission runs under.

    Attributes
    ----------
    budget_s : float
        Whole-notebook time budget in seconds (all cells together).
    memory_mb : int
        Address-space limit of the kernel, in MB.
    processes : int
        Most processes and threads the kernel's user may have at once.
    output_kb : int
        Most output kept per cell, in kB (the rest is dropped while it arrives).
    file_mb : int
        Largest file the kernel may write, in MB; the scratch folder as a whole is checked
        against the same cap after the run.

    Examples
    --------
    >>> Limits(budget_s=10).budget_s
    10
    >>> Limits(memory_mb=0)
    Traceback (most recent call last):
    ...
    ValueError: memory_mb must be a positive number of MB, got 0
    """

    budget_s: float = 120.0
    memory_mb: int = 2048
    processes: int = 64
    output_kb: int = 256
    file_mb: int = 64

    def __post_init__(self) -> None:
        for name, unit in (
            ("budget_s", "seconds"),
            ("memory_mb", "MB"),
            ("processes", "processes"),
            ("output_kb", "kB"),
            ("file_mb", "MB"),
        ):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
                raise ValueError(f"{name} must be a positive number of {unit}, got {value!r}")
            if value != value or value == float("inf"):
                raise ValueError(f"{name} must be a finite number of {unit}, got {value!r}")

    def as_dict(self) -> dict:
        """The limits as a plain dictionary (for reports and the resume journal)."""
        return asdict(self)


def _bwrap() -> str | None:
    return shutil.which("bwrap")


@functools.cache
def sandbox_mode() -> str:
    """
    Return how kernels are isolated on this machine.

    Returns
    -------
    str
        ``"bwrap-root"`` (bubblewrap, run as root, the kernel drops to its own user id),
        ``"bwrap-user"`` (bubblewrap in an unprivileged user namespace) or ``"none"`` (the
        fallback: resource limits and audit hook only). Set ``FARSHLAB_SANDBOX=none`` to
        force the fallback.

    Examples
    --------
    >>> sandbox_mode() in ("bwrap-root", "bwrap-user", "none")
    True
    """
    if os.environ.get("FARSHLAB_SANDBOX", "") == "none":
        return "none"
    bwrap = _bwrap()
    if bwrap is None:
        return "none"
    mode = "bwrap-root" if os.geteuid() == 0 else "bwrap-user"
    probe = [bwrap, *_namespace_flags(mode), "--ro-bind", "/", "/", "/bin/true"]
    try:
        ok = subprocess.run(probe, capture_output=True, timeout=20).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        ok = False
    return mode if ok else "none"


def _namespace_flags(mode: str) -> list[str]:
    flags = ["--unshare-net", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--die-with-parent"]
    flags.append("--new-session")
    if mode == "bwrap-root":
        # bwrap keeps no capability by default; these two let the shim drop to its own uid
        flags += ["--cap-add", "CAP_SETUID,CAP_SETGID"]
    else:
        flags += ["--unshare-user", "--uid", "65534", "--gid", "65534"]
    return flags


def _readonly_roots() -> list[str]:
    """Folders the kernel may read: the system, the Python installation, the venv, farshlab."""
    import farshlab

    roots = ["/usr", "/lib", "/lib64", "/bin"]
    for path in (sys.base_prefix, sys.prefix, sysconfig.get_paths()["purelib"]):
        roots.append(os.path.realpath(path))
    roots.append(os.path.dirname(os.path.realpath(farshlab.__file__)))
    kept: list[str] = []
    for root in sorted({r for r in roots if os.path.exists(r)}, key=len):
        if not any(root == k or root.startswith(k + "/") for k in kept):
            kept.append(root)
    return kept


def _parents(path: str) -> list[str]:
    parts = Path(path).parts[1:-1]
    return ["/" + "/".join(parts[: i + 1]) for i in range(len(parts))]


def kernel_argv(scratch: Path, uid: int, limits: Limits, mode: str | None = None) -> list[str]:
    """
    Return the command line that starts one sandboxed kernel.

    The result is a kernel spec ``argv``: it ends with ``{connection_file}``, which
    jupyter_client fills in (the connection file must lie inside ``scratch``, and the client
    must use ``transport="ipc"``: no TCP crosses the sandbox's empty network).

    Parameters
    ----------
    scratch : pathlib.Path
        The kernel's scratch folder (see :func:`make_scratch`), which holds the shim.
    uid : int
        The user id the kernel drops to when running as root (unused otherwise).
    limits : Limits
        Resource limits.
    mode : str, optional
        Default :func:`sandbox_mode`.

    Returns
    -------
    list of str

    Examples
    --------
    >>> argv = kernel_argv(Path("/tmp/s"), 61000, Limits(), mode="none")
    >>> argv[-2:]
    ['/tmp/s/.farshlab-shim.py', '{connection_file}']
    """
    if not isinstance(uid, int) or uid <= 0:
        raise ValueError(f"uid must be a positive user id, got {uid!r}")
    mode = mode or sandbox_mode()
    scratch = Path(scratch)
    python = sys.executable
    tail = [python, "-I", str(scratch / SHIM_NAME), "{connection_file}"]
    if mode == "none":
        return tail
    argv = [_bwrap() or "bwrap", *_namespace_flags(mode)]
    argv += ["--proc", "/proc", "--dev", "/dev"]
    made: set[str] = set()
    binds = [(root, "--ro-bind") for root in _readonly_roots()] + [(str(scratch), "--bind")]
    for path, how in binds:
        for parent in _parents(path):
            if parent not in made and not any(parent == r or parent.startswith(r + "/") for r, _ in binds):
                argv += ["--perms", "0755", "--dir", parent]
                made.add(parent)
        argv += [how, path, path]
    argv += ["--chdir", str(scratch)]
    return argv + tail


#: The shim runs inside the sandbox before the kernel: limits, drop to the kernel's user,
#: audit hook, then ipykernel in the same process (so the hook stays in place).
SHIM = r"""
import json, os, resource, sys
settings = json.loads(__SETTINGS__)
for name, value in settings["rlimits"].items():
    resource.setrlimit(getattr(resource, name), (value, value))
if settings["uid"]:
    os.setgroups([])
    os.setgid(settings["uid"])
    os.setuid(settings["uid"])
# a parent handle of 1 turns off ipykernel's parent poller (PID 1 in the sandbox) and its banner
os.environ["JPY_PARENT_PID"] = "1"
os.environ.update(settings["env"])
_allowed = tuple(settings["allowed"])
_scratch = settings["scratch"]
_log = open(settings["log"], "a", buffering=1, encoding="utf-8", errors="replace")
_write_flags = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_seen = set()


def _audit(event, args, _abspath=os.path.abspath, _dumps=json.dumps):
    if event == "open":
        path, mode, flags = args
        writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and bool(flags & _write_flags)
        )
    elif event in ("os.listdir", "os.scandir"):
        path, writing = args[0], False
    elif event in ("os.remove", "os.rename", "os.mkdir", "shutil.rmtree", "os.rmdir"):
        path, writing = args[0], True
    else:
        return
    if isinstance(path, bytes):
        path = path.decode("utf-8", "replace")
    if not isinstance(path, str):
        return
    full = _abspath(path)
    if full == _scratch or full.startswith(_scratch + "/") or full == "/dev/null":
        return
    if not writing and (full + "/").startswith(_allowed):
        return
    key = (event, full, writing)
    if key in _seen or len(_seen) > 200:
        return
    _seen.add(key)
    _log.write(_dumps({"event": event, "path": full, "write": writing}) + "\n")


sys.addaudithook(_audit)
# a grading kernel has no debugger (debugpy's import is a tenth of the kernel's start-up) and
# keeps no input history (a fresh SQLite file per kernel otherwise)
sys.modules["debugpy"] = None
sys.argv = [
    "ipykernel_launcher", "-f", sys.argv[1], "--HistoryManager.enabled=False", *settings["kernel_args"]
]
import runpy

runpy.run_module("ipykernel_launcher", run_name="__main__", alter_sys=True)
"""


def make_scratch(
    base: Path, name: str, uid: int, limits: Limits, kernel_args: list[str], mode: str | None = None
) -> Path:
    """
    Create a fresh scratch folder for one kernel, with the shim that starts it.

    Parameters
    ----------
    base : pathlib.Path
        Where scratch folders are made (a private temporary folder of the batch).
    name : str
        The folder's name (unique within ``base``).
    uid : int
        The kernel's user id; the folder is given to it when running as root.
    limits : Limits
        Resource limits written into the shim.
    kernel_args : list of str
        Extra command-line arguments for the kernel (``--InteractiveShell.xmode=Minimal`` …).
    mode : str, optional
        Sandbox mode (default :func:`sandbox_mode`).

    Returns
    -------
    pathlib.Path
        The folder (absolute, symbolic links resolved).
    """
    import json

    if not isinstance(uid, int) or uid <= 0:
        raise ValueError(f"uid must be a positive user id, got {uid!r}")
    mode = mode or sandbox_mode()
    own_user = os.geteuid() == 0 and mode == "bwrap-root"
    scratch = Path(base).resolve() / name
    scratch.mkdir(mode=0o700)
    for sub in ("tmp", ".config", ".ipython"):
        (scratch / sub).mkdir()
    mb = 1024 * 1024
    rlimits = {
        "RLIMIT_AS": int(limits.memory_mb) * mb,
        "RLIMIT_FSIZE": int(limits.file_mb) * mb,
        "RLIMIT_CPU": int(limits.budget_s) + 30,
        "RLIMIT_CORE": 0,
    }
    if os.geteuid() != 0 or own_user:
        # RLIMIT_NPROC counts the real user's processes: only meaningful with a user of our own
        rlimits["RLIMIT_NPROC"] = int(limits.processes)
    import farshlab

    allowed = [r + "/" for r in _readonly_roots()] + ["/proc/", "/dev/", "/etc/"]
    allowed.append(os.path.dirname(os.path.dirname(os.path.realpath(farshlab.__file__))) + "/")
    settings = {
        "rlimits": rlimits,
        "uid": uid if own_user else 0,
        "env": {
            "HOME": str(scratch),
            "TMPDIR": str(scratch / "tmp"),
            "MPLCONFIGDIR": str(scratch / ".config"),
            "IPYTHONDIR": str(scratch / ".ipython"),
            "JUPYTER_CONFIG_DIR": str(scratch / ".config"),
            "JUPYTER_DATA_DIR": str(scratch / ".config"),
            "JUPYTER_RUNTIME_DIR": str(scratch / "tmp"),
            "OPENBLAS_NUM_THREADS": "1",
            "OMP_NUM_THREADS": "1",
            "MKL_NUM_THREADS": "1",
            "PYTHONDONTWRITEBYTECODE": "1",
            "MPLBACKEND": "Agg",
            "NBGRADER_EXECUTION": "autograde",
        },
        "allowed": allowed,
        "scratch": str(scratch),
        "log": str(scratch / AUDIT_LOG),
        "kernel_args": list(kernel_args),
    }
    (scratch / SHIM_NAME).write_text(
        SHIM.replace("__SETTINGS__", repr(json.dumps(settings))), encoding="utf-8"
    )
    (scratch / AUDIT_LOG).touch()
    if own_user:
        for path in [scratch, *scratch.rglob("*")]:
            os.chown(path, uid, uid)
        (scratch / SHIM_NAME).chmod(0o644)
    return scratch
