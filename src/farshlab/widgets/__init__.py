"""
The course's interactive simulators (ipywidgets): views only, each over a pure model function
of a domain package.

Each simulator is a :class:`~farshlab.widgets.base.Simulator`: named controls
(``.controls[name].value``), a pure model computed from their values (``.result``), and a view
redrawn from that result. Tests drive a simulator by setting ``.value`` without a browser.
Every label a trainee reads comes from :mod:`farshlab.locale`.

Modules
-------
base
    The :class:`Simulator` pattern shared by every simulator.
apps
    The simulators as standalone Voilà pages (``farshlab apps``).
"""

import importlib

# Simulator is loaded on first use (PEP 562), so that the `farshlab` command line can read the
# apps' settings in farshlab.widgets.apps without loading ipywidgets.
_WHERE = {"Simulator": "base"}


def __getattr__(name: str):
    if name in _WHERE:
        value = getattr(importlib.import_module(f"farshlab.widgets.{_WHERE[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'farshlab.widgets' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = ["Simulator"]
