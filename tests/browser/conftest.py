"""
Real-browser fixtures: Debian's Chromium driven by Playwright, and JupyterLab or Voilà servers
started per test on a free loopback port with a token, stopped afterwards.

`make test` installs Chromium with apt when /usr/bin/chromium is missing. Screenshots of every
step go to build/screenshots/ so a person can look at what the tests saw.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
BIN = Path(sys.executable).parent
# JupyterLab settings for tests: no news toast over the page; every cell rendered (no windowing),
# so that cells far down a notebook can be read.
LAB_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": '{"fetchNews": "false"}',
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": '{"windowingMode": "none"}',
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    """A running Jupyter server: its base URL and token."""

    url: str
    token: str
    log: Path

    def page_url(self, path: str) -> str:
        separator = "&" if "?" in path else "?"
        return f"{self.url}{path}{separator}token={self.token}"


def _wait_until_up(url: str, process: subprocess.Popen, log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped at start-up:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.3)
    raise RuntimeError(f"the server did not answer within {timeout} s:\n{log.read_text()[-3000:]}")


def jupyter_env(home: Path, nbgrader_config: str = "") -> dict[str, str]:
    """An environment isolating Jupyter's config, settings and runtime folders under ``home``."""
    config, settings, runtime = home / "config", home / "lab-settings", home / "runtime"
    for folder in (config, settings, runtime):
        folder.mkdir(parents=True, exist_ok=True)
    for name, text in LAB_SETTINGS.items():
        (settings / name).parent.mkdir(parents=True, exist_ok=True)
        (settings / name).write_text(text)
    if nbgrader_config:
        (config / "nbgrader_config.py").write_text(nbgrader_config)
    env = dict(os.environ)
    env.update(
        JUPYTER_CONFIG_DIR=str(config),
        JUPYTERLAB_SETTINGS_DIR=str(settings),
        JUPYTER_RUNTIME_DIR=str(runtime),
        PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}",
    )
    return env


@contextmanager
def run_server(command: list[str], cwd: Path, env: dict[str, str], log: Path, status_path: str):
    """Start a Jupyter-family server command; yield a :class:`Server`; stop it afterwards."""
    port, token = free_port(), secrets.token_hex(16)
    command = [c.format(port=port, token=token) for c in command]
    with log.open("w") as handle:
        process = subprocess.Popen(
            command, cwd=cwd, env=env, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True
        )
    server = Server(f"http://127.0.0.1:{port}", token, log)
    try:
        _wait_until_up(server.page_url(status_path), process, log)
        yield server
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def lab_command() -> list[str]:
    root = ["--allow-root"] if os.geteuid() == 0 else []
    return [
        str(BIN / "jupyter"),
        "lab",
        *root,
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        "--ServerApp.port={port}",
        "--ServerApp.token={token}",
        "--ServerApp.open_browser=False",
    ]


@pytest.fixture(scope="package")
def browser():
    # package scope: Playwright's sync API keeps an event loop running in this thread while it is
    # open, so it must be closed before the tests that follow run asyncio themselves
    if not CHROMIUM.exists():
        pytest.fail("Chromium is missing at /usr/bin/chromium: run `make test`, which installs it with apt")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.set_default_timeout(60_000)
    yield page
    context.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


def shot(page, screenshots: Path, name: str) -> Path:
    path = screenshots / f"{name}.png"
    page.screenshot(path=str(path))
    return path


ERROR_SELECTORS = (
    ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']",
    ".jp-RenderedText[data-mime-type='application/vnd.jupyter.stderr']",
)


def assert_no_errors(page_or_frame, where: str) -> None:
    """Fail with the error text a page shows (tracebacks, widget errors), if any."""
    texts = []
    for selector in ERROR_SELECTORS:
        for element in page_or_frame.locator(selector).all():
            text = element.inner_text().strip()
            if text:
                texts.append(text)
    for marker in ("Error displaying widget", "There was an error when executing cell"):
        for element in page_or_frame.get_by_text(marker).all():
            texts.append(element.inner_text())
    texts = list(dict.fromkeys(texts))  # an error output matches more than one selector
    if texts:
        last_lines = [t.strip().splitlines()[-1] for t in texts]
        raise AssertionError(f"{where} shows {len(texts)} error(s): " + " | ".join(last_lines))


def wait_idle(page) -> None:
    """Wait until the notebook's kernel is idle."""
    page.wait_for_function(
        "document.querySelector('.jp-Notebook-ExecutionIndicator')?.getAttribute('data-status') === 'idle'"
    )


def answer_cell(page, first_line: str, answer: str):
    """Type ``answer`` in place of the code of the cell that shows ``first_line``; return the cell."""
    cell = page.locator(".jp-CodeCell", has_text=first_line).first
    cell.locator(".cm-content").click()
    page.keyboard.press("Control+a")
    page.keyboard.insert_text(answer)
    page.keyboard.press("Escape")
    return cell


def menu(page, top: str, item: str) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text=top).first.click()
    page.locator(".lm-Menu-itemLabel").get_by_text(item, exact=True).first.click()


#: True once the open notebook's first code cell has run (its prompt shows a number).
FIRST_CELL_RAN = (
    "(() => { const p = document.querySelector('.jp-CodeCell .jp-InputPrompt');"
    " return p !== null && /\\[\\d+\\]/.test(p.textContent); })()"
)

#: True once Run All has finished: no cell is queued or running (``[*]``) and the kernel is idle.
#: Run All marks every cell ``[*]`` at once, so this cannot hold half-way through.
RUN_ALL_DONE = (
    "(() => { const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')];"
    " const status = document.querySelector('.jp-Notebook-ExecutionIndicator')?.getAttribute('data-status');"
    " return status === 'idle' && !prompts.some(p => p.textContent.includes('*')); })()"
)


def run_all(page, attempts: int = 3) -> None:
    """
    Run All Cells from the menu and wait until the kernel is idle again.

    A Run All chosen while a fresh kernel is still connecting can be lost (the cells keep
    ``[ ]``): it is chosen again, at most ``attempts`` times, until the first code cell ran.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in range(attempts):
        menu(page, "Run", "Run All Cells")
        try:
            page.wait_for_function(FIRST_CELL_RAN, timeout=20_000)
            break
        except PlaywrightTimeout:
            if attempt == attempts - 1:
                raise
    page.wait_for_function(RUN_ALL_DONE, timeout=180_000)


def copy_tree(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target
