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
numbers
    Numbers typed in any digits and shown in the course language's (``NumberText``, slider readouts).
apps
    The simulators as standalone Voilà pages (``farshlab apps``).
"""

from farshlab._lazy import lazy_names

# Simulator is loaded on first use (PEP 562), so that the `farshlab` command line can read the
# apps' settings in farshlab.widgets.apps without loading ipywidgets.
_WHERE = {"Simulator": "base"}


__all__ = ["Simulator"]

__getattr__, __dir__ = lazy_names("farshlab.widgets", _WHERE, globals(), __all__)
