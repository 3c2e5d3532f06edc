"""
Names a package loads on first use (PEP 562), so that importing a light part of it stays quick.

Functions
---------
lazy_names
    The ``__getattr__`` and ``__dir__`` of a package whose names live in its submodules.

Examples
--------
>>> getattr_, dir_ = lazy_names("farshlab.chart", {"Chart": "chartfile"}, {}, ["Chart"])
>>> getattr_("Chart").__name__, dir_()
('Chart', ['Chart'])
"""

import importlib

__all__ = ["lazy_names"]


def lazy_names(package: str, where: dict[str, str], namespace: dict, exported: list[str]):
    """
    ``(__getattr__, __dir__)`` for ``package``: ``where`` maps each name to the submodule holding it;
    a name is imported when first asked for and then kept in ``namespace`` (the package's globals).
    """

    def __getattr__(name: str):
        if name in where:
            value = getattr(importlib.import_module(f"{package}.{where[name]}"), name)
            namespace[name] = value
            return value
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted(set(namespace) | set(exported))

    return __getattr__, __dir__
