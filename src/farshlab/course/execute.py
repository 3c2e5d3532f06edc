"""
Run one sanitised submission in a fresh sandboxed kernel under a whole-notebook time budget.

A :class:`KernelRunner` lives in one grading worker. It always keeps the *next* kernel already
starting (a fresh one, never reused: each kernel runs exactly one submission and is then killed
together with every process it started), so kernel start-up overlaps the previous submission's
execution. Cells run one after another with nbclient against a single deadline: an infinite
loop costs one budget however many cells call it. When the budget is spent, the memory or
process limit is hit, the scratch folder grows past the cap on bytes written (it is measured
every :data:`DISK_POLL_S` seconds while cells run), or the kernel dies (``os._exit``, a
segfault), the kernel is killed; cells that ran keep their outputs, and every test cell that
did not run gets an error output saying why, so nbgrader scores it 0 (nbgrader scores a test
cell without an error as passed, so an unrun test cell must never be left empty). Before every
test cell a probe checks that the test machinery (``assert`` helpers of numpy and math,
builtins, IPython's exception handling) is the original; a test cell run after a patch gets an
error output too.

Classes
-------
Stop
    Why a notebook stopped before its last cell.
Outcome
    The executed notebook, why execution stopped (if it did) and the evidence for flags.
KernelRunner
    Fresh sandboxed kernels, started ahead of need, for one worker.

References
----------
nbclient (``NotebookClient.async_execute_cell``); nbgrader's ``Execute`` preprocessor, whose
handling of an error reply without an error output is kept here.
"""

from __future__ import annotations

import asyncio
import enum
import itertools
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from jupyter_client import AsyncKernelManager
from jupyter_client.kernelspec import KernelSpecManager
from nbclient import NotebookClient
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbformat import NotebookNode

from farshlab.course.forking import (
    ForkedKernelManager,
    ForkedProcess,
    ForkServer,
    ForkServerError,
    SandboxKernelManager,
    forkserver_wanted,
)
from farshlab.course.kernel.channel import ChannelError, Decoder, encode
from farshlab.course.kernel.runner import RUNNER_NAME
from farshlab.course.notebooks import FAILED_LINE_KEY
from farshlab.course.sandbox import (
    AUDIT_LOG,
    SETTINGS_NAME,
    Limits,
    kernel_argv,
    kernel_environment,
    make_scratch,
    sandbox_mode,
)
from farshlab.course.tamper import cell_text

__all__ = ["NO_VERDICT", "PROBE_NAMES", "KernelRunner", "Outcome", "Stop"]

KERNEL_NAME = "farshlab-sandbox"
#: How often the scratch folder is measured while a notebook runs (s).
DISK_POLL_S = 0.2
#: Most files a notebook may leave in its scratch folder.
MAX_FILES = 10_000

#: Module attributes a test cell relies on; a submission that rebinds one is flagged.
PROBE_NAMES = {
    "builtins": (
        "AssertionError", "abs", "all", "any", "bool", "float", "getattr", "int", "isinstance", "len",
        "list", "max", "min", "print", "range", "repr", "round", "sorted", "str", "sum", "tuple", "type",
    ),
    "math": ("isclose", "isnan", "isinf", "isfinite", "fsum", "sqrt", "floor", "ceil"),
    "numpy": ("allclose", "isclose", "array_equal", "array", "asarray", "all", "any", "abs", "round"),
    "numpy.testing": (
        "assert_allclose", "assert_array_equal", "assert_equal", "assert_almost_equal",
        "assert_array_almost_equal",
    ),
}  # fmt: skip

#: The request that installs the test runner, sent before any trainee cell (silent, no history).
RUNNER_SETUP = (
    "import farshlab.course.kernel.runner as __farshlab_runner\n"
    "__farshlab_runner.install(get_ipython(), %r, %d)\n"
    "del __farshlab_runner\n"
)
#: Seconds the grader waits for the runner's verdict once the shell has answered the stub (the
#: runner writes it before the stub returns, so it is there already unless the stub never ran).
VERDICT_WAIT_S = 1.0
#: What the probe reports when a test cell's stub never reached the runner.
NO_VERDICT = "the test cell did not reach the test runner (the shell's way of running cells was changed)"


class Stop(enum.StrEnum):
    """
    Why a notebook stopped before its last cell (``Stop.NONE``: it did not).

    The values are the strings the journal and the flags use, and a ``Stop`` equals its value.

    Examples
    --------
    >>> Stop.BUDGET == "budget", Stop.BUDGET.error_name
    (True, 'BudgetExceeded')
    >>> bool(Stop.NONE)
    False
    """

    NONE = ""
    BUDGET = "budget"
    KERNEL_DIED = "kernel_died"
    START_FAILED = "start_failed"
    WRITE_CAP = "write_cap"

    def __bool__(self) -> bool:
        return self is not Stop.NONE

    @property
    def error_name(self) -> str:
        """The error name a test cell that did not run gets (what a trainee reads in feedback)."""
        return {
            Stop.BUDGET: "BudgetExceeded",
            Stop.KERNEL_DIED: "KernelDied",
            Stop.START_FAILED: "KernelDied",
            Stop.WRITE_CAP: "WriteCapExceeded",
        }[self]


@dataclass
class Outcome:
    """
    What happened when one notebook ran.

    Attributes
    ----------
    nb : nbformat.NotebookNode
        The executed notebook (unrun and tainted test cells carry an error output).
    stopped : Stop
        ``Stop.NONE`` when every cell ran, else ``BUDGET``, ``KERNEL_DIED``, ``START_FAILED`` or
        ``WRITE_CAP`` (the scratch folder grew past the cap on bytes written, or past
        :data:`MAX_FILES` files, while the notebook ran: the kernel was stopped).
    seconds : float
        Wall-clock time from the kernel being ready to the last cell (s).
    patched : list of str
        Test machinery found rebound before a test cell (``"numpy.testing.assert_allclose"`` …).
    outside : list of dict
        Files opened outside the scratch folder (from the kernel's audit log).
    output_capped : bool
        Output beyond the per-cell cap was dropped.
    scratch_bytes : int
        Bytes left in the scratch folder by the run.
    errors : list of str
        Error names raised by the cells (``MemoryError``, ``SystemExit`` …).
    """

    nb: NotebookNode
    stopped: Stop = Stop.NONE
    seconds: float = 0.0
    patched: list[str] = field(default_factory=list)
    outside: list[dict] = field(default_factory=list)
    output_capped: bool = False
    scratch_bytes: int = 0
    errors: list[str] = field(default_factory=list)
    detail: str = ""


def _error_output(ename: str, evalue: str) -> NotebookNode:
    return nbformat.v4.new_output("error", ename=ename, evalue=evalue, traceback=[f"{ename}: {evalue}"])


def _is_grade(cell: NotebookNode) -> bool:
    meta = cell.get("metadata", {}).get("nbgrader", {})
    return cell.cell_type == "code" and bool(meta.get("grade")) and not meta.get("solution")


class _Client(NotebookClient):
    """nbclient with a per-cell output cap and nbgrader's handling of error replies."""

    def __init__(self, nb, km, cap_bytes: int):
        super().__init__(nb, km=km, allow_errors=True, record_timing=False, startup_timeout=60)
        self.cap_bytes = cap_bytes
        self.sizes: dict[int, int] = {}
        self.capped = False

    def output(self, outs, msg, display_id, cell_index):
        if msg["msg_type"] in ("stream", "display_data", "execute_result", "update_display_data"):
            size = len(json.dumps(msg["content"]))
            total = self.sizes.get(cell_index, 0) + size
            self.sizes[cell_index] = total
            if total > self.cap_bytes:
                if not self.capped or total - size <= self.cap_bytes:
                    outs.append(
                        nbformat.v4.new_output(
                            "stream", name="stdout", text="\n[farshlab: output beyond the cap dropped]\n"
                        )
                    )
                self.capped = True
                return None
        return super().output(outs, msg, display_id, cell_index)

    def on_cell_executed_hook(self, cell, reply):
        # nbgrader's Execute.on_cell_executed: an error reply without an error output (a
        # timeout, a disabled traceback) still has to fail the cell
        if reply and reply["content"]["status"] == "error":
            ename = reply["content"].get("ename", "Error")
            if not any(o.output_type == "error" and o.get("ename") == ename for o in cell.outputs):
                cell.outputs.append(
                    nbformat.v4.new_output(
                        "error",
                        ename=ename,
                        evalue=reply["content"].get("evalue", ""),
                        traceback=reply["content"].get("traceback")
                        or ["ERROR: An error occurred while showtraceback was disabled"],
                    )
                )


class _Kernel:
    """One started kernel: its manager, scratch folder, user id and the grader's end of the channel."""

    def __init__(
        self, km: AsyncKernelManager, scratch: Path, uid: int, channel: socket.socket, channel_fd: int
    ):
        self.km, self.scratch, self.uid = km, scratch, uid
        self.channel, self.channel_fd = channel, channel_fd  # the kernel's end, as the kernel numbers it
        self.decoder = Decoder()
        self.verdicts: dict[str, dict] = {}
        # the process handle, kept: jupyter_client forgets it once the kernel has ended
        self.process = km.provisioner.process if km.provisioner else None


class KernelRunner:
    """
    Fresh sandboxed kernels for one grading worker, the next one always starting ahead.

    Parameters
    ----------
    limits : Limits
        Resource limits for every kernel.
    kernel_args : list of str
        Extra kernel arguments (from nbgrader's ``Execute.extra_arguments``).
    mode : str, optional
        Sandbox mode (default :func:`farshlab.course.sandbox.sandbox_mode`).
    root : str, optional
        Folder in which this runner makes its own folder of scratch folders (default: the
        system's temporary folder).
    rule : sequence, optional
        The assignment's library rule (:class:`farshlab.course.rule.Refusal` dictionaries):
        its rewritten modules are mounted over the real ones in every kernel's sandbox.
    rule_lang : str
        The language of the rule's refusal messages.
    """

    _uids = itertools.count()

    def __init__(
        self,
        limits: Limits,
        kernel_args: list[str],
        mode: str | None = None,
        root: str | None = None,
        rule: tuple = (),
        rule_lang: str = "en",
    ):
        self.limits = limits
        self.rule = tuple(rule)
        self.kernel_args = list(kernel_args)
        self.mode = mode or sandbox_mode()
        self.root = root
        if root is not None:
            os.makedirs(root, exist_ok=True)
        self.base = Path(tempfile.mkdtemp(prefix="worker-" if root else "farshlab-grading-", dir=root))
        os.chmod(self.base, 0o755)
        self.mounts: tuple = ()
        if self.rule and self.mode != "none":
            from farshlab.course.rule import sandbox_files

            self.mounts = tuple(sandbox_files(self.rule, self.base / "rule", rule_lang))
        self.loop = asyncio.new_event_loop()
        self.loop.set_exception_handler(_quiet)
        self.spare: _Kernel | None = None
        self.count = 0
        self.forks: ForkServer | None = None
        self._forks_tried = False

    def _fork_server(self) -> ForkServer | None:
        """This worker's fork server (started at the first kernel), or None where there is none."""
        if not self._forks_tried:
            self._forks_tried = True
            if forkserver_wanted(self.mode):
                try:
                    self.forks = ForkServer(self.base, self.mounts)
                except (OSError, ForkServerError):
                    self.forks = None  # each kernel in a sandbox of its own, as without root
        return self.forks

    def _next_uid(self) -> int:
        # one user id per kernel alive at the same time (RLIMIT_NPROC counts per user)
        return 200000 + (os.getpid() % 100000) * 4 + next(self._uids) % 4

    async def _launch(self) -> _Kernel:
        self.count += 1
        uid = self._next_uid()
        mine, theirs = socket.socketpair()
        mine.setblocking(False)
        scratch = make_scratch(
            self.base, f"k{self.count}", uid, self.limits, self.kernel_args, self.mode, theirs.fileno()
        )
        specs = self.base / f"spec{self.count}"
        (specs / KERNEL_NAME).mkdir(parents=True)
        spec = {
            "argv": kernel_argv(scratch, uid, self.limits, self.mode, self.mounts),
            "display_name": "farshlab sandbox",
            "language": "python",
        }
        (specs / KERNEL_NAME / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")
        server = self._fork_server()
        km = (ForkedKernelManager if server else SandboxKernelManager)(
            kernel_name=KERNEL_NAME,
            kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(specs)]),
            transport="ipc",
            ip=str(scratch / "ipc"),
            connection_file=str(scratch / "connection.json"),
        )
        # the kernel's own stdout/stderr (os.write(1, …) from a notebook) never reach the grader's
        # terminal; its environment is the allow-list alone (no token of the grader's reaches it)
        channel_fd = theirs.fileno()
        if server:
            km.server, km.settings, km.uid, km.channel_fd = server, scratch / SETTINGS_NAME, uid, channel_fd
        try:
            await km.start_kernel(
                cwd=str(scratch),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=kernel_environment(scratch),
                pass_fds=(theirs.fileno(),),
            )
        finally:
            theirs.close()
        if server:
            channel_fd = km.kernel_channel_fd
        return _Kernel(km, scratch, uid, mine, channel_fd)

    def prestart(self) -> None:
        """Start the next kernel now, if none is waiting."""
        if self.spare is None:
            self.spare = self.loop.run_until_complete(self._launch())

    def run(self, nb: NotebookNode, files: dict[str, Path]) -> Outcome:
        """
        Execute ``nb`` in a fresh kernel whose scratch folder holds ``files``.

        Parameters
        ----------
        nb : nbformat.NotebookNode
            A sanitised notebook (nbgrader's ``OverwriteCells`` already applied); changed in place.
        files : dict
            ``{relative name: source path}`` copied into the scratch folder first (the
            assignment's data files).

        Returns
        -------
        Outcome
        """
        self.prestart()
        kernel, self.spare = self.spare, None
        try:
            for name, source in files.items():
                target = kernel.scratch / name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)
                if os.geteuid() == 0 and self.mode == "bwrap-root":
                    os.chown(target, kernel.uid, kernel.uid)
            # the next kernel boots while this one works
            self.spare = self.loop.run_until_complete(self._launch())
            return self.loop.run_until_complete(self._execute(kernel, nb))
        finally:
            self.loop.run_until_complete(self._kill(kernel))

    async def _kill(self, kernel: _Kernel) -> None:
        try:
            await kernel.km.shutdown_kernel(now=True)
        except Exception:  # noqa: BLE001 -- the kernel may already be gone
            pass
        try:
            # always, also when the kernel ended by itself: every process it started goes too
            # (a forked kernel's: every process of its user id, before the id is given again)
            self._stop(kernel)
        except Exception:  # noqa: BLE001
            pass
        await asyncio.sleep(0)
        kernel.channel.close()
        shutil.rmtree(kernel.scratch, ignore_errors=True)
        shutil.rmtree(self.base / f"spec{kernel.scratch.name[1:]}", ignore_errors=True)

    async def _execute(self, kernel: _Kernel, nb: NotebookNode) -> Outcome:
        outcome = Outcome(nb)
        client = _Client(nb, kernel.km, self.limits.output_kb * 1024)
        client.on_cell_executed = lambda cell, cell_index, execute_reply: client.on_cell_executed_hook(
            cell, execute_reply
        )
        code_cells = [(i, c) for i, c in enumerate(nb.cells) if c.cell_type == "code"]
        stopped_at = None
        try:
            await client.async_start_new_kernel_client()
            await self._install_runner(client, kernel)
        except Exception as error:  # noqa: BLE001 -- recorded and scored as nothing run
            outcome.stopped, outcome.detail, stopped_at = (
                Stop.START_FAILED,
                f"{type(error).__name__}: {error}",
                0,
            )
        disk = {"bytes": 0}
        watcher = asyncio.ensure_future(self._watch_disk(kernel, self.limits.file_mb * 1024 * 1024, disk))
        start = time.monotonic()
        if stopped_at is None:
            stopped_at = await self._run_cells(
                client, kernel, code_cells, outcome, start + self.limits.budget_s, disk
            )
        watcher.cancel()
        outcome.seconds = time.monotonic() - start
        if stopped_at is not None:
            self._mark_unrun(code_cells[stopped_at:], outcome.stopped)
        for _index, cell in code_cells:
            outcome.errors += [
                out.get("ename", "") for out in cell.get("outputs", []) if out.output_type == "error"
            ]
        outcome.output_capped = client.capped
        try:
            await client._async_cleanup_kernel()  # closes channels; the kernel is killed by run()
        except Exception:  # noqa: BLE001
            pass
        outcome.outside = _read_audit(kernel.scratch / AUDIT_LOG)
        outcome.scratch_bytes = _folder_bytes(kernel.scratch)
        return outcome

    async def _run_cells(self, client, kernel, code_cells, outcome: Outcome, deadline: float, disk: dict):
        """
        Run the code cells in order until one stops the notebook; return the position of the
        first cell that did not run (its reason in ``outcome.stopped``), or None when all ran.
        """
        for position, (index, cell) in enumerate(code_cells):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                outcome.stopped = Stop.BUDGET
                return position
            client.timeout = int(remaining) + 5
            if _is_grade(cell):
                running = self._run_test(client, kernel, cell, index, outcome)
            else:
                running = client.async_execute_cell(cell, index, store_history=True)
            try:
                await asyncio.wait_for(running, remaining)
            except (TimeoutError, CellTimeoutError):
                outcome.stopped = Stop.BUDGET
                return position
            except DeadKernelError as error:
                # nbclient turns the cancellation by wait_for into DeadKernelError
                spent = time.monotonic() >= deadline - 0.05
                outcome.stopped = Stop.BUDGET if spent else _dead(disk)
                outcome.detail = "" if spent or disk["bytes"] else f"{type(error).__name__}: {error}"
                return position
            except Exception as error:  # noqa: BLE001 -- nbclient lost the kernel some other way
                outcome.stopped, outcome.detail = _dead(disk), f"{type(error).__name__}: {error}"
                return position
            if not await client.kc.is_alive():
                outcome.stopped = _dead(disk)
                return position + 1
        return None

    def _mark_unrun(self, unrun, stopped: Stop) -> None:
        """Give every test cell that did not run an error output saying why (nbgrader scores it 0)."""
        limits = self.limits
        reason = {
            Stop.BUDGET: f"the time budget of {limits.budget_s:g} s was spent before this cell ran",
            Stop.KERNEL_DIED: "the kernel stopped (os._exit, a crash or the memory limit) before this cell",
            Stop.START_FAILED: "the kernel could not start",
            Stop.WRITE_CAP: f"the notebook wrote more than {limits.file_mb:g} MB of files before this cell",
        }[stopped]
        for _index, cell in unrun:
            if _is_grade(cell):
                cell.outputs.append(_error_output(stopped.error_name, reason))

    async def _watch_disk(self, kernel: _Kernel, cap_bytes: int, disk: dict) -> None:
        """Stop the kernel as soon as its scratch folder holds more than ``cap_bytes``."""
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(DISK_POLL_S)
            used, files = await loop.run_in_executor(None, _folder_usage, kernel.scratch, MAX_FILES)
            if used > cap_bytes or files > MAX_FILES:
                disk["bytes"] = max(used, 1)
                self._stop(kernel)
                return

    @staticmethod
    def _stop(kernel: _Kernel) -> None:
        """Kill the kernel and every process it started, now."""
        process = kernel.process
        if process is None:
            return
        if isinstance(process, ForkedProcess):
            process.kill()  # its pid is the fork server's sandbox's: only the server can reach it
            return
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass

    async def _silent(self, client: _Client, code: str, timeout: float, expressions=None):
        msg_id = client.kc.execute(code, silent=True, store_history=False, user_expressions=expressions or {})
        return await asyncio.wait_for(client.async_wait_for_reply(msg_id), timeout)

    async def _install_runner(self, client: _Client, kernel: _Kernel) -> None:
        """Install the test runner in a kernel no trainee cell has touched; check it answered."""
        code = RUNNER_SETUP % (PROBE_NAMES, kernel.channel_fd)
        reply = await self._silent(client, code, 30)
        if reply is None or reply["content"]["status"] != "ok":
            content = (reply or {}).get("content", {})
            raise RuntimeError(
                f"the test runner did not start: {content.get('ename')}: {content.get('evalue')}"
            )
        if await self._verdict(kernel, "", 30) is None:
            raise RuntimeError("the test runner did not answer on its channel")

    async def _run_test(
        self, client: _Client, kernel: _Kernel, cell: NotebookNode, index: int, outcome: Outcome
    ) -> None:
        """
        Run one test cell through the kernel's test runner and score it from the runner's verdict.

        The code goes on the private channel; the shell runs only the stub that calls the runner.
        Outputs the test printed are kept; its error output is written from the verdict, so a
        rewired shell changes neither the code that runs nor the exception the grader sees.
        """
        nonce = secrets.token_hex(16)
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id", "")
        loop = asyncio.get_running_loop()
        request = {"nonce": nonce, "code": cell_text(cell.source), "grade_id": str(grade_id)}
        try:
            await loop.sock_sendall(kernel.channel, encode(request))
        except OSError:
            pass  # the runner's end is gone (deleted with the runner): no verdict will come
        # the cell new_code_cell makes, without validating it again for every test
        stub = nbformat.from_dict(
            {
                "id": nbformat.v4.nbbase.random_cell_id(),
                "cell_type": "code",
                "metadata": {},
                "execution_count": None,
                "source": f"{RUNNER_NAME}({nonce!r})",
                "outputs": [],
            }
        )
        try:
            await client.async_execute_cell(stub, index, store_history=True)
        finally:
            client.nb.cells[index] = cell  # nbclient puts the cell it ran in the notebook
        cell.execution_count = stub.get("execution_count")
        cell.outputs = [out for out in stub.outputs if out.output_type != "error"]
        verdict = await self._verdict(kernel, nonce, VERDICT_WAIT_S)
        if verdict is None:
            found = [
                "the test cell did not reach the test runner (the shell's way of running cells was changed)"
            ]
        else:
            found = (
                [str(p) for p in verdict.get("patched", [])]
                if isinstance(verdict.get("patched"), list)
                else []
            )
            if verdict.get("status") == "error":
                cell.outputs.append(
                    _error_output(str(verdict.get("ename", "Error")), str(verdict.get("evalue", "")))
                )
                line = verdict.get("line")
                if type(line) is int:  # where it failed: the feedback page shows a visible check's message
                    cell.metadata[FAILED_LINE_KEY] = line
        if found:
            outcome.patched = sorted(set(outcome.patched) | set(found))
        if outcome.patched:
            cell.outputs.append(
                _error_output(
                    "TestMachineryPatched",
                    "this test ran after test helpers were replaced ("
                    + ", ".join(outcome.patched)
                    + "): no points; an instructor will look at it",
                )
            )

    @staticmethod
    async def _verdict(kernel: _Kernel, nonce: str, timeout: float) -> dict | None:
        """The runner's message for ``nonce`` (``""``: its greeting), or None when none comes in time."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while nonce not in kernel.verdicts:
            left = deadline - loop.time()
            if left <= 0:
                return None
            try:
                data = await asyncio.wait_for(loop.sock_recv(kernel.channel, 1 << 16), left)
            except (TimeoutError, OSError):
                return None
            if not data:
                return None
            try:
                messages = kernel.decoder.feed(data)
            except ChannelError:
                return None
            for message in messages:
                kernel.verdicts[str(message.get("nonce"))] = message
        return kernel.verdicts.pop(nonce)

    def close(self) -> None:
        """Kill the waiting kernel and remove the scratch folders (safe to call twice)."""
        if self.loop.is_closed():
            return
        if self.spare is not None:
            self.loop.run_until_complete(self._kill(self.spare))
            self.spare = None
        if self.forks is not None:
            self.forks.close()
            self.forks = None
        shutil.rmtree(self.base, ignore_errors=True)
        self.loop.close()


def _quiet(loop, context) -> None:
    """nbclient's kernel-alive poller fails once the client of a killed kernel is gone: expected."""
    if context.get("message") != "Task exception was never retrieved":
        loop.default_exception_handler(context)


def _read_audit(path: Path) -> list[dict]:
    found = []
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return found
    for line in text.splitlines()[:200]:
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict) and isinstance(entry.get("path"), str):
            found.append({"path": entry["path"], "write": bool(entry.get("write"))})
    return found


def _dead(disk: dict) -> Stop:
    """Why the kernel went away: the watch on written bytes stopped it, or it died."""
    return Stop.WRITE_CAP if disk["bytes"] else Stop.KERNEL_DIED


def _folder_usage(folder: Path, max_files: int) -> tuple[int, int]:
    """Bytes and files under ``folder`` (counting stops after ``max_files`` + 1 files)."""
    total = count = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            count += 1
            if count > max_files:
                return total, count
            try:
                total += os.lstat(os.path.join(root, name)).st_size
            except OSError:
                pass
    return total, count


def _folder_bytes(folder: Path) -> int:
    return _folder_usage(folder, 1 << 62)[0]
