"""
The test runner of a grading kernel: the course's test cells run here, not through the shell.

A trainee's cell can rewire everything IPython does with the next cell's text: input and AST
transformers, ``run_cell`` and ``run_code`` (on the shell or its class), the compiler, the
exception display. So the grader never sends a test cell's code through the shell. It sends the
code on a private channel (a socket the kernel inherited at start, before any trainee code ran)
and asks the shell to run a one-line stub, ``__farshlab_test__("<nonce>")``. The stub calls the
runner installed here, which

1. reads the request with that nonce from the channel (the code and the grade id);
2. checks the test machinery (:data:`farshlab.course.execute.PROBE_NAMES`: the numpy and math
   helpers, builtins, the notebook's ``__builtins__`` and its ``np``/``math`` names) against the
   objects recorded when the kernel started or when numpy was first imported;
3. switches off any trace or profile function, compiles the code with the interpreter's own
   ``compile`` (asserts always compiled in) and runs it in the notebook's namespace;
4. writes the verdict on the channel: passed, or the exception's name and message and the line
   of the test cell that raised it.

The grader scores the test cell from that verdict, not from what the shell displays. A stub
that never reaches the runner (a transformer dropped it, the runner was replaced or deleted)
leaves no verdict: the grader gives the cell a ``TestMachineryPatched`` error and flags the row.

Everything the runner needs is taken when :func:`install` runs, before any trainee cell, and
held in its closure, so rebinding a module attribute later changes nothing here. What remains
in reach of a trainee who reads this file (the closure's cells, the socket's descriptor) is
named in ``autograder/SANDBOX.md``; the code scan flags reaching for them.

Functions
---------
install
    Install ``__farshlab_test__`` in builtins; called once by the grader's set-up request.
"""

from __future__ import annotations

import builtins
import importlib.machinery
import socket
import sys

from farshlab.course.kernel.channel import Decoder, encode

__all__ = ["ALIASES", "RUNNER_NAME", "install"]

#: The name the stub calls (in builtins).
RUNNER_NAME = "__farshlab_test__"
#: Names a test cell may use for a module: each must still be that module when a test runs.
ALIASES = {"np": "numpy", "numpy": "numpy", "math": "math", "npt": "numpy.testing"}
#: How long the runner waits for the request its stub names (s); the grader sends it first.
REQUEST_TIMEOUT_S = 30
#: Most characters of an exception message sent back (the rest is cut).
MAX_MESSAGE_CHARS = 20_000


def install(shell, names: dict[str, tuple[str, ...]], channel_fd: int) -> None:
    """
    Install the runner (``builtins.__farshlab_test__``) and say so on the channel.

    Parameters
    ----------
    shell : IPython.core.interactiveshell.InteractiveShell
        The kernel's shell (whose ``user_ns`` the tests run in).
    names : dict
        ``{module name: attribute names}`` of the test machinery to watch.
    channel_fd : int
        The kernel's end of the private socket pair.
    """
    channel = socket.socket(fileno=channel_fd)
    recv, sendall = channel.recv, channel.sendall
    feed, send_message = Decoder().feed, encode
    pending: dict[str, dict] = {}
    user_ns = shell.user_ns
    modules = sys.modules
    real_builtins = builtins
    real_compile, real_exec, real_type, real_str = (
        builtins.compile,
        builtins.exec,
        builtins.type,
        builtins.str,
    )
    real_getattr, real_sorted, real_isinstance = builtins.getattr, builtins.sorted, builtins.isinstance
    settrace, setprofile = sys.settrace, sys.setprofile
    base_exception = BaseException
    first: dict = {}
    watched: set = set()
    loaded: dict = {}

    def snap(module_name, module):
        watched.add(module_name)
        loaded[module_name] = module
        for attribute in names[module_name]:
            first[(module_name, attribute)] = getattr(module, attribute, None)

    for module_name in names:
        if module_name in modules:
            snap(module_name, modules[module_name])
    for alias, module_name in ALIASES.items():
        if module_name not in names:
            raise ValueError(f"the alias {alias!r} names {module_name!r}, which is not watched")

    class Watch:
        # numpy and numpy.testing are recorded as they are first imported (importing them here
        # would cost every kernel a quarter of a second)
        def find_spec(self, fullname, path=None, target=None):
            if fullname not in names or fullname in watched:
                return None
            spec = importlib.machinery.PathFinder.find_spec(fullname, path, target)
            if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
                return spec
            run = spec.loader.exec_module

            def exec_module(module):
                run(module)
                snap(fullname, module)

            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, Watch())

    def probe(code_names):
        changed = []
        for module_name, attributes in names.items():
            module = modules.get(module_name)
            if module is None:
                continue
            if module_name not in watched:
                changed.append(f"{module_name} (imported past the watch)")
                continue
            if module is not loaded[module_name]:
                changed.append(f"sys.modules[{module_name!r}]")
            changed += [
                f"{module_name}.{a}"
                for a in attributes
                if real_getattr(module, a, None) is not first[(module_name, a)]
            ]
        if user_ns.get("__builtins__", real_builtins) is not real_builtins:
            changed.append("the notebook's __builtins__")
        for alias, module_name in ALIASES.items():
            if module_name in modules and module_name not in watched:
                continue  # reported above
            if alias in code_names and alias in user_ns:
                value = user_ns[alias]
                expected = loaded.get(module_name)
                if expected is None or value is not expected:
                    changed.append(f"{alias} (not the module {module_name})")
        if shell.custom_exceptions:
            changed.append("IPython custom exception handler")
        return real_sorted(set(changed))

    def read_request(nonce):
        while nonce not in pending:
            data = recv(1 << 16)
            if not data:
                raise EOFError("the grader closed the channel")
            for message in feed(data):
                pending[real_str(message.get("nonce"))] = message
        return pending.pop(nonce)

    def run_test(nonce):
        request = read_request(real_str(nonce))
        code = request.get("code")
        verdict = {"nonce": request.get("nonce"), "status": "ok"}
        filename = f"<test cell {request.get('grade_id', '')}>"
        try:
            compiled = real_compile(code, filename, "exec", dont_inherit=True, optimize=0)
        except base_exception as error:  # a test cell that does not parse fails like any other error
            compiled = None
            verdict.update(_describe(error, real_type, real_str))
        verdict["patched"] = probe(names_in(compiled) if compiled is not None else set())
        if compiled is not None:
            settrace(None)
            setprofile(None)
            try:
                real_exec(compiled, user_ns)
            except base_exception as error:  # noqa: BLE001 -- every exception is the test's verdict
                verdict.update(_describe(error, real_type, real_str))
                verdict["line"] = failed_line(error, filename)
        sendall(send_message(verdict))

    _describe = _describer(real_isinstance)
    failed_line = _failed_line
    names_in = _names_in(real_isinstance, real_type(install.__code__))
    channel.settimeout(REQUEST_TIMEOUT_S)
    setattr(builtins, RUNNER_NAME, run_test)
    sendall(send_message({"nonce": "", "status": "installed"}))


def _names_in(real_isinstance, code_type):
    """The function that lists the global names a code object and its nested code use."""

    def names_in(code):
        found, stack = set(), [code]
        while stack:
            current = stack.pop()
            found.update(current.co_names)
            stack.extend(c for c in current.co_consts if real_isinstance(c, code_type))
        return found

    return names_in


def _failed_line(error: BaseException, filename: str) -> int | None:
    """
    The line of the test cell (1 = its first) whose statement raised ``error``, if it can be told.

    The feedback page shows a failed *visible* check's message (the trainee's notebook shows it
    too) and hides a hidden check's; this line tells them apart.
    """
    try:
        trace = error.__traceback__
        while trace is not None:
            if trace.tb_frame.f_code.co_filename == filename:
                line = trace.tb_lineno
                return line if type(line) is int else None
            trace = trace.tb_next
    except BaseException:  # noqa: BLE001 -- an exception with a strange traceback: no line
        return None
    return None


def _describer(real_isinstance):
    """The function that turns an exception into ``{status, ename, evalue}`` (captured at install)."""

    def describe(error, real_type, real_str):
        try:
            ename = real_type(error).__name__
            if not real_isinstance(ename, str):
                ename = "Exception"
        except BaseException:  # noqa: BLE001
            ename = "Exception"
        try:
            evalue = real_str(error)[:MAX_MESSAGE_CHARS]
        except BaseException:  # noqa: BLE001 -- an exception whose message cannot be printed
            evalue = "(the message of this error could not be shown)"
        return {"status": "error", "ename": ename, "evalue": evalue}

    return describe
