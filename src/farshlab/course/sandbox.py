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
file opened outside the allowed folders (read by :mod:`farshlab.course.tamper`). The code that
runs inside is in :mod:`farshlab.course.kernel`.

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
kernel_environment
    The allow-listed environment of a kernel.
forkserver_argv
    The command line of a worker's fork server (one sandbox, a fresh forked kernel per submission).
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

__all__ = [
    "AUDIT_LOG", "Limits", "forkserver_argv", "kernel_argv", "kernel_environment", "make_scratch",
    "sandbox_mode",
]  # fmt: skip

#: Name of the audit log the kernel writes in its scratch folder.
AUDIT_LOG = ".farshlab-audit.log"
#: Name of the file the kernel's shim (:mod:`farshlab.course.kernel.shim`) reads its settings from.
SETTINGS_NAME = ".farshlab-kernel.json"
#: System files a kernel may read besides the read-only roots: the font configuration (matplotlib
#: asks ``fc-list`` for the fonts) and the local time.
SHARED_SYSTEM_FILES = ("/etc/fonts", "/etc/localtime")
#: Variables of the grading process a kernel is given when they are set (the course language
#: and the time zone); every other variable a kernel sees is set by :func:`kernel_environment`.
PASSED_VARIABLES = ("FARSHLAB_LANG", "TZ")


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


def _namespace_flags(mode: str, kill: bool = False) -> list[str]:
    flags = ["--unshare-net", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--die-with-parent"]
    flags.append("--new-session")
    if mode == "bwrap-root":
        # bwrap keeps no capability by default; these two let the shim drop to its own uid
        # (and the fork server, which kills kernels running as other users: CAP_KILL)
        flags += ["--cap-add", "CAP_SETUID,CAP_SETGID" + (",CAP_KILL" if kill else "")]
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


def kernel_argv(
    scratch: Path, uid: int, limits: Limits, mode: str | None = None, mounts: tuple = ()
) -> list[str]:
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
    mounts : sequence of (str, str)
        Files mounted read-only over others inside the sandbox, ``(file, path it hides)``: the
        assignment's library rule (:func:`farshlab.course.rule.sandbox_files`). Without
        bubblewrap there is nothing to mount them with (the rule then holds in the kernel only).

    Returns
    -------
    list of str

    Examples
    --------
    >>> argv = kernel_argv(Path("/tmp/s"), 61000, Limits(), mode="none")
    >>> argv[-3:]
    ['farshlab.course.kernel.shim', '/tmp/s/.farshlab-kernel.json', '{connection_file}']
    """
    if not isinstance(uid, int) or uid <= 0:
        raise ValueError(f"uid must be a positive user id, got {uid!r}")
    mode = mode or sandbox_mode()
    scratch = Path(scratch)
    python = sys.executable
    tail = [
        python,
        "-I",
        "-B",
        "-m",
        "farshlab.course.kernel.shim",
        str(scratch / SETTINGS_NAME),
        "{connection_file}",
    ]
    if mode == "none":
        return tail
    return _sandbox(scratch, mode, mounts=mounts) + tail


def _sandbox(writable: Path, mode: str, kill: bool = False, mounts: tuple = ()) -> list[str]:
    """bwrap's command line for a sandbox whose one writable folder is ``writable``."""
    argv = [_bwrap() or "bwrap", *_namespace_flags(mode, kill), "--clearenv"]
    for name, value in kernel_environment(writable).items():
        argv += ["--setenv", name, value]
    argv += ["--proc", "/proc", "--dev", "/dev"]
    made: set[str] = set()
    binds = [(root, "--ro-bind") for root in _readonly_roots()]
    binds += [(path, "--ro-bind") for path in SHARED_SYSTEM_FILES if os.path.exists(path)]
    binds.append((str(writable), "--bind"))
    for path, how in binds:
        for parent in _parents(path):
            if parent not in made and not any(parent == r or parent.startswith(r + "/") for r, _ in binds):
                argv += ["--perms", "0755", "--dir", parent]
                made.add(parent)
        argv += [how, path, path]
    for file, hidden in mounts:  # after the roots: each hides a file inside one of them
        argv += ["--ro-bind", str(file), str(hidden)]
    return argv + ["--chdir", str(writable)]


def forkserver_argv(base: Path, control_fd: int, mounts: tuple = ()) -> list[str]:
    """
    Return the command line of a worker's fork server (:mod:`farshlab.course.kernel.forkserver`).

    Only for ``"bwrap-root"``: one sandbox for all the worker's kernels, whose one writable
    folder is the worker's folder of scratch folders ``base`` (each kernel then runs as a user
    id of its own that owns only its scratch folder). ``mounts`` as for :func:`kernel_argv`.

    Examples
    --------
    >>> forkserver_argv(Path("/tmp/w"), 5)[-2:]
    ['farshlab.course.kernel.forkserver', '5']
    """
    tail = [sys.executable, "-I", "-B", "-m", "farshlab.course.kernel.forkserver", str(int(control_fd))]
    return _sandbox(Path(base), "bwrap-root", kill=True, mounts=mounts) + tail


def kernel_environment(scratch: Path) -> dict[str, str]:
    """
    Return the whole environment of a kernel whose scratch folder is ``scratch``.

    An allow-list: what Python, IPython, matplotlib and the BLAS libraries need, every folder
    pointing into the scratch folder, plus :data:`PASSED_VARIABLES` from the grading process when
    set. Nothing else of the grader's environment (tokens, ``JUPYTERHUB_API_TOKEN``, paths of the
    course) reaches a trainee's notebook.

    Examples
    --------
    >>> env = kernel_environment(Path("/tmp/s"))
    >>> env["HOME"], env["LANG"], "JUPYTERHUB_API_TOKEN" in env
    ('/tmp/s', 'C.UTF-8', False)
    """
    scratch = Path(scratch)
    env = {
        "PATH": os.pathsep.join([os.path.dirname(sys.executable), "/usr/local/bin", "/usr/bin", "/bin"]),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
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
    }
    for name in PASSED_VARIABLES:
        if os.environ.get(name):
            env[name] = os.environ[name]
    return env


def make_scratch(
    base: Path,
    name: str,
    uid: int,
    limits: Limits,
    kernel_args: list[str],
    mode: str | None = None,
    channel_fd: int | None = None,
) -> Path:
    """
    Create a fresh scratch folder for one kernel, with the settings its shim reads.

    Parameters
    ----------
    base : pathlib.Path
        Where scratch folders are made (a private temporary folder of the batch).
    name : str
        The folder's name (unique within ``base``).
    uid : int
        The kernel's user id; the folder is given to it when running as root.
    limits : Limits
        Resource limits written into the settings.
    kernel_args : list of str
        Extra command-line arguments for the kernel (``--InteractiveShell.xmode=Minimal`` …).
    mode : str, optional
        Sandbox mode (default :func:`sandbox_mode`).
    channel_fd : int, optional
        The file descriptor of the kernel's end of the private channel to the grader (see
        :mod:`farshlab.course.kernel.runner`), inherited when the kernel starts.

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
        "env": kernel_environment(scratch),
        "allowed": allowed,
        "scratch": str(scratch),
        "log": str(scratch / AUDIT_LOG),
        "kernel_args": list(kernel_args),
        "channel_fd": channel_fd,
    }
    (scratch / SETTINGS_NAME).write_text(json.dumps(settings, indent=1), encoding="utf-8")
    (scratch / AUDIT_LOG).touch()
    if own_user:
        for path in [scratch, *scratch.rglob("*")]:
            os.chown(path, uid, uid)
        (scratch / SETTINGS_NAME).chmod(0o644)
    return scratch
