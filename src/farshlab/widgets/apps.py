"""
The simulators as standalone workshop apps: one Voilà page per simulator, code hidden.

Workshops and dye houses use Chart Studio, Dye Lab, Loom Planner, the Loom Reader and the
Symmetry Designer without writing code.
:func:`write_app_notebooks` writes one small notebook per simulator whose module exists;
``farshlab apps`` serves that folder with Voilà. A simulator not yet written by its module is
simply not listed.

Constants
---------
APPS_IP, APPS_PORT
    Where the apps listen unless told otherwise: this computer only, on Voilà's usual port.

Functions
---------
available_apps
    The registered apps whose simulator can be imported.
write_app_notebooks
    One notebook per available app, ready for Voilà.
app_url
    The address of one app's page.
voila_command
    The Voilà command that serves the app notebooks.

This module loads nbformat and the simulators only when it writes notebooks, so the ``farshlab``
command line reads its constants without loading Jupyter machinery.
"""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass
from pathlib import Path

from farshlab.locale import RIGHT_TO_LEFT, current_language, message

__all__ = [
    "APPS",
    "APPS_IP",
    "APPS_PORT",
    "App",
    "app_url",
    "available_apps",
    "voila_command",
    "write_app_notebooks",
]

APPS_IP = "127.0.0.1"
"""The address the apps listen on unless told otherwise: this computer only (``0.0.0.0``: the network)."""
APPS_PORT = 8866
"""The port the apps listen on unless told otherwise (Voilà's own default)."""


@dataclass(frozen=True)
class App:
    """One workshop app: its page name and the simulator class it shows."""

    name: str
    module: str
    simulator: str

    @property
    def title(self) -> str:
        """The app's title in the current language."""
        return message(f"apps.{self.name}.title")

    @property
    def notebook(self) -> str:
        """The page's notebook file name."""
        return f"{self.name}.ipynb"


APPS = (
    App("chart_studio", "farshlab.widgets.chart_studio", "ChartStudio"),
    App("dye_lab", "farshlab.widgets.dye_lab", "DyeLab"),
    App("loom_planner", "farshlab.widgets.loom_planner", "LoomPlanner"),
    App("loom_reader", "farshlab.widgets.loom_reader", "LoomReader"),
    App("symmetry_designer", "farshlab.widgets.symmetry_designer", "SymmetryDesigner"),
)


def available_apps() -> list[App]:
    """
    Return the registered apps whose simulator module and class exist.

    Examples
    --------
    >>> [app.name for app in available_apps()][-2:]
    ['loom_reader', 'symmetry_designer']
    """
    found = []
    for app in APPS:
        try:
            module = importlib.import_module(app.module)
        except ModuleNotFoundError as error:
            if error.name != app.module:
                raise
            continue
        if hasattr(module, app.simulator):
            found.append(app)
    return found


def write_app_notebooks(folder: Path, lang: str | None = None) -> list[Path]:
    """
    Write one Voilà notebook per available app into ``folder``.

    Each notebook holds a title, a one-line description and one code cell that shows the
    simulator; Voilà runs it and shows only the widgets.

    Parameters
    ----------
    folder : pathlib.Path
        Where to write (created when missing); old app notebooks there are replaced.
    lang : str, optional
        Language of titles and descriptions (default: the current language).

    Returns
    -------
    list of pathlib.Path
        The notebooks written, one per available app.
    """
    import nbformat
    from nbformat import v4

    lang = lang or current_language()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for app in available_apps():
        title, about = (
            message(f"apps.{app.name}.title", lang=lang),
            message(f"apps.{app.name}.about", lang=lang),
        )
        heading = f"# {title}\n\n{about}"
        cells = [
            v4.new_markdown_cell(heading),
            v4.new_code_cell(f"from {app.module} import {app.simulator}\n\n{app.simulator}()"),
        ]
        if lang in RIGHT_TO_LEFT:
            # Voilà shows a <style> block displayed by the first cell (custom.css is JupyterLab's)
            style = (
                "from IPython.display import HTML, display\n\n"
                "from farshlab.locale.style import style_html\n\ndisplay(HTML(style_html()))"
            )
            cells[0] = v4.new_markdown_cell(f'<div dir="rtl" lang="{lang}">\n\n{heading}\n\n</div>')
            cells.insert(0, v4.new_code_cell(style))
        notebook = v4.new_notebook(
            cells=cells,
            metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
        )
        path = folder / app.notebook
        nbformat.write(notebook, path)
        written.append(path)
    return written


def app_url(notebook: str, token: str, ip: str = APPS_IP, port: int = APPS_PORT) -> str:
    """
    Return the address of one app's page as Voilà serves it.

    Parameters
    ----------
    notebook : str
        The app's notebook file name (:attr:`App.notebook`).
    token : str
        Voilà's access token.
    ip : str
        The address Voilà listens on.
    port : int
        The port Voilà listens on.

    Examples
    --------
    >>> app_url("dye_lab.ipynb", "abc")
    'http://127.0.0.1:8866/voila/render/dye_lab.ipynb?token=abc'
    """
    return f"http://{ip}:{port}/voila/render/{notebook}?token={token}"


def voila_command(folder: Path, token: str, ip: str = APPS_IP, port: int = APPS_PORT) -> list[str]:
    """
    Return the command that serves the app notebooks in ``folder`` with Voilà, without a browser.

    The ``voila`` program is the one installed beside this Python; the port is not changed when
    it is taken (Voilà stops instead), so the printed :func:`app_url` addresses stay right.

    Parameters
    ----------
    folder : pathlib.Path
        The folder :func:`write_app_notebooks` wrote.
    token : str
        Voilà's access token.
    ip : str
        The address to listen on.
    port : int
        The port to listen on.

    Examples
    --------
    >>> voila_command(Path("apps"), "abc")[3:5]
    ['--Voila.ip=127.0.0.1', '--Voila.port=8866']
    """
    return [
        str(Path(sys.executable).with_name("voila")),
        str(folder),
        "--no-browser",
        f"--Voila.ip={ip}",
        f"--Voila.port={port}",
        "--Voila.port_retries=0",
        f"--Voila.token={token}",
    ]
