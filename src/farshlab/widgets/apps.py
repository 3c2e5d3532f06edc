"""
The simulators as standalone workshop apps: one Voilà page per simulator, code hidden.

Workshops and dye houses use Chart Studio, Dye Lab, Loom Planner and the Symmetry Designer
without writing code.
:func:`write_app_notebooks` writes one small notebook per simulator whose module exists;
``farshlab apps`` serves that folder with Voilà. A simulator not yet written by its module is
simply not listed.

Functions
---------
available_apps
    The registered apps whose simulator can be imported.
write_app_notebooks
    One notebook per available app, ready for Voilà.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbformat import v4

from farshlab.locale import message

__all__ = ["APPS", "App", "available_apps", "write_app_notebooks"]


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
    App("symmetry_designer", "farshlab.widgets.symmetry_designer", "SymmetryDesigner"),
)


def available_apps() -> list[App]:
    """
    Return the registered apps whose simulator module and class exist.

    Examples
    --------
    >>> [app.name for app in available_apps()][-2:]
    ['loom_planner', 'symmetry_designer']
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
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for app in available_apps():
        notebook = v4.new_notebook(
            cells=[
                v4.new_markdown_cell(
                    f"# {message(f'apps.{app.name}.title', lang=lang)}\n\n"
                    f"{message(f'apps.{app.name}.about', lang=lang)}"
                ),
                v4.new_code_cell(f"from {app.module} import {app.simulator}\n\n{app.simulator}()"),
            ],
            metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
        )
        path = folder / app.notebook
        nbformat.write(notebook, path)
        written.append(path)
    return written
