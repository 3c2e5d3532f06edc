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
"""

from farshlab.widgets.base import Simulator

__all__ = ["Simulator"]
