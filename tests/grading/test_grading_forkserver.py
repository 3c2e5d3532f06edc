"""Kernels forked by a worker's fork server stay apart: files, processes, randomness."""

import nbformat
import pytest

from farshlab.course.execute import KernelRunner
from farshlab.course.forking import forkserver_wanted
from farshlab.course.sandbox import Limits, sandbox_mode


@pytest.fixture(scope="module")
def runner():
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("FARSHLAB_FORKSERVER", raising=False)  # the default as root with bubblewrap
        if not forkserver_wanted(sandbox_mode()):
            pytest.skip("the fork server needs root and bubblewrap")
        runner = KernelRunner(Limits(budget_s=30), [])
        yield runner
        runner.close()


def _run(runner, source):
    outcome = runner.run(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source)]), {})
    assert outcome.stopped == "", outcome.detail
    outputs = outcome.nb.cells[0].outputs
    assert [o.output_type for o in outputs] == ["stream"], outputs
    return outputs[0].text


def test_kernels_come_from_the_fork_server(runner):
    _run(runner, "x = 1\nprint(x)")
    assert runner.forks is not None and runner.forks.process.poll() is None


def test_a_kernel_cannot_read_the_next_kernels_scratch_folder(runner):
    text = _run(
        runner,
        "import os\n"
        "here = os.path.basename(os.getcwd())\n"
        "nxt = 'k' + str(int(here[1:]) + 1)\n"
        "print(os.path.isdir(os.path.join('..', nxt)))\n"
        "try:\n    os.listdir(os.path.join('..', nxt))\n    print('listed')\n"
        "except PermissionError:\n    print('refused')",
    )
    assert text == "True\nrefused\n"  # the next kernel is waiting, its folder is not this kernel's


def test_a_process_that_left_the_kernel_is_killed_with_it(runner):
    # a child in a session of its own survives a kill of the kernel's process group; the fork
    # server kills every process of the kernel's user id, before that id is given again
    _run(
        runner,
        "import subprocess\nsubprocess.Popen(['sleep', '300'], start_new_session=True)\nprint('started')",
    )
    survivors = []
    for _ in range(4):  # user ids are given in turn to 4 kernels: one of these has the same id
        text = _run(
            runner,
            "import os\n"
            "pids = [p for p in os.listdir('/proc') if p.isdigit()]\n"
            "mine = [p for p in pids if os.stat('/proc/' + p).st_uid == os.getuid()]\n"
            "names = [open('/proc/' + p + '/comm').read().strip() for p in mine if int(p) != os.getpid()]\n"
            "print(sorted(names))",
        )
        survivors.append(text)
    assert all("sleep" not in text for text in survivors), survivors


def test_a_running_kernel_is_polled_without_asking_the_fork_server(runner, monkeypatch):
    # the grader asks whether the kernel lives after every cell: a pidfd answers while it runs,
    # and the fork server is asked for the exit code only once the kernel has ended
    asked = []
    _run(runner, "print('the fork server is up')")
    request = runner.forks.request

    def counted(message, *args):
        asked.append(message.get("op"))
        return request(message, *args)

    monkeypatch.setattr(runner.forks, "request", counted)
    cells = [nbformat.v4.new_code_cell(f"x{i} = {i}") for i in range(8)]
    outcome = runner.run(nbformat.v4.new_notebook(cells=cells), {})
    assert outcome.stopped == "", outcome.detail
    assert asked.count("poll") <= 2, asked  # at the end, when the kernel is stopped


def test_a_kernel_that_exits_is_seen_to_have_ended(runner):
    cells = [
        nbformat.v4.new_code_cell("x = 1"),
        nbformat.v4.new_code_cell("import os\nos._exit(3)"),
        nbformat.v4.new_code_cell("y = 2"),
    ]
    outcome = runner.run(nbformat.v4.new_notebook(cells=cells), {})
    assert outcome.stopped == "kernel_died"
    assert "execution_count" not in outcome.nb.cells[2] or outcome.nb.cells[2].execution_count is None


def test_forked_kernels_do_not_share_random_numbers(runner):
    draws = {_run(runner, "import random\nprint(random.random())") for _ in range(3)}
    assert len(draws) == 3


def test_the_connection_file_is_readable_before_the_kernel_starts(tmp_path, monkeypatch):
    # a forked kernel reads its connection file at once: made readable only after start_kernel
    # returned, 2–4 kernels in 120 exited with PermissionError ("Kernel died before replying")
    import asyncio
    import os
    import stat

    from jupyter_client import AsyncKernelManager

    from farshlab.course.forking import ForkedKernelManager, SandboxKernelManager

    modes = []

    async def launched(self, kernel_cmd, **kw):
        modes.append(stat.S_IMODE(os.stat(self.connection_file).st_mode))

    monkeypatch.setattr(AsyncKernelManager, "_async_launch_kernel", launched)
    for manager in (SandboxKernelManager, ForkedKernelManager):
        connection = tmp_path / f"{manager.__name__}.json"
        connection.write_text("{}")
        connection.chmod(0o600)
        km = manager(connection_file=str(connection))
        if manager is ForkedKernelManager:

            class Server:
                def start(self, settings, connection_file, channel_fd):
                    modes.append(stat.S_IMODE(os.stat(connection_file).st_mode))
                    raise RuntimeError("stop here: only the moment of the fork is looked at")

            km.server = Server()
            with pytest.raises(RuntimeError, match="stop here"):
                asyncio.run(km._async_launch_kernel(["python"]))
        else:
            asyncio.run(km._async_launch_kernel(["python"]))
    assert modes == [0o644, 0o644]


def test_without_the_fork_server_each_kernel_has_a_sandbox_of_its_own(monkeypatch):
    monkeypatch.setenv("FARSHLAB_FORKSERVER", "0")
    assert not forkserver_wanted(sandbox_mode())
    runner = KernelRunner(Limits(budget_s=30), [])
    try:
        assert _run(runner, "print(6 * 7)") == "42\n"
        assert runner.forks is None
    finally:
        runner.close()
