"""
constraints.txt pins every package farshlab installs; it must agree with pyproject.toml's ranges
and with what is installed.

`make` installs with ``pip install -c constraints.txt``, so a fresh clone gets the versions CI
tested; `make lock` writes the file anew from the newest versions the ranges allow.
"""

import importlib.metadata as metadata
import re
import tomllib

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from farshlab.course.project import find_project

ROOT = find_project().root
LOCK = ROOT / "constraints.txt"
PIN = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>[A-Za-z0-9.+!_-]+)$")
#: direct dependencies without an upper bound, and why
UNBOUNDED = {
    "tzdata": "time-zone data only: every release keeps the same interface",
    "distributed": "calendar versions (2026.8.0): no major version to stop at",
}


def _lock() -> dict[str, Version]:
    pins = {}
    for number, line in enumerate(LOCK.read_text().splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        match = PIN.match(line)
        assert match, f"constraints.txt:{number}: not a `name==version` pin: {line!r}"
        name = canonicalize_name(match["name"])
        assert name not in pins, f"constraints.txt:{number}: {name} is pinned twice"
        pins[name] = Version(match["version"])
    return pins


def _declared() -> list[Requirement]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())
    project = data["project"]
    extras = [r for group in project["optional-dependencies"].values() for r in group]
    return [Requirement(r) for r in project["dependencies"] + extras + data["build-system"]["requires"]]


def test_every_line_is_an_exact_pin():
    assert len(_lock()) > 50  # the whole closure, not only the direct dependencies


def test_each_declared_dependency_is_pinned_inside_its_range():
    pins = _lock()
    for requirement in _declared():
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement} is declared in pyproject.toml but not pinned in constraints.txt"
        assert requirement.specifier.contains(pins[name], prereleases=True), (
            f"constraints.txt pins {name}=={pins[name]}, outside pyproject.toml's {requirement}: "
            "run `make lock`, or widen the range"
        )


def test_direct_dependencies_have_an_upper_bound():
    for requirement in _declared():
        if requirement.name in UNBOUNDED or requirement.name == "setuptools":
            continue
        assert any(spec.operator in ("<", "<=", "~=", "==") for spec in requirement.specifier), (
            f"{requirement} has no upper bound: add the next version that may break farshlab"
        )


def _closure() -> dict[str, str]:
    """Every installed distribution farshlab[dev,cluster] needs, with its installed version."""
    versions, visited, todo = {}, set(), [("farshlab", frozenset({"dev", "cluster"}))]
    while todo:
        name, extras = todo.pop()
        if (canonicalize_name(name), extras) in visited:
            continue
        visited.add((canonicalize_name(name), extras))
        distribution = metadata.distribution(name)
        versions[canonicalize_name(distribution.metadata["Name"])] = distribution.version
        environments = [{"extra": extra} for extra in extras] or [{"extra": ""}]
        for text in distribution.requires or []:
            requirement = Requirement(text)
            if requirement.marker and not any(requirement.marker.evaluate(e) for e in environments):
                continue
            todo.append((requirement.name, frozenset(requirement.extras)))
    versions.pop("farshlab")
    return versions


def test_what_is_installed_is_what_is_pinned():
    pins = _lock()
    try:
        installed = _closure()
    except metadata.PackageNotFoundError as error:
        pytest.fail(f"a package farshlab needs is not installed ({error}): run `make test`")
    missing = sorted(set(installed) - set(pins))
    assert not missing, f"installed but not pinned in constraints.txt (run `make lock`): {missing}"
    different = {n: (v, str(pins[n])) for n, v in installed.items() if Version(v) != pins[n]}
    assert not different, f"installed version differs from constraints.txt (installed, pinned): {different}"
