"""pyproject.toml and environment.yml must list the same packages with the same versions."""

import re
import tomllib

import yaml

from farshlab.course.project import find_project

ROOT = find_project().root


def _split(requirement: str) -> tuple[str, str]:
    name, spec = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*)$", requirement).groups()
    return re.sub(r"[-_.]+", "-", name).lower(), spec.replace(" ", "")


def _pyproject() -> tuple[dict, dict]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    runtime = dict(_split(r) for r in data["dependencies"])
    extras = data["optional-dependencies"]
    dev = dict(_split(r) for r in extras["dev"] + extras["cluster"] + extras["bench"])
    return runtime, dev


def _environment() -> tuple[dict, dict, str]:
    data = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda, pip, python = {}, {}, ""
    for entry in data["dependencies"]:
        if isinstance(entry, dict):
            pip.update(_split(r) for r in entry["pip"])
            continue
        name, spec = _split(entry)
        if name == "python":
            python = spec
        elif name != "pip":
            conda[name] = spec
    return conda, pip, python


def test_runtime_dependencies_match():
    runtime, _ = _pyproject()
    conda, _, _ = _environment()
    assert conda == runtime


def test_dev_cluster_and_bench_extras_match_the_pip_section():
    _, dev = _pyproject()
    _, pip, _ = _environment()
    assert pip == dev


def test_python_version_matches():
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    assert _environment()[2] == requires == ">=3.11"


def test_required_packages_are_declared():
    runtime, dev = _pyproject()
    for name in (
        "numpy",
        "scipy",
        "matplotlib",
        "ipywidgets",
        "jupyterlab",
        "nbgrader",
        "jupytext",
        "nbclient",
        "colour-science",
        "pillow",
    ):
        assert name in runtime, name
    # nbgrader 0.9.6 carries the path-traversal fix; farshlab runs nbgrader's own preprocessors
    assert runtime["nbgrader"] == ">=0.9.6,<0.10"
    assert runtime["jupyterlab"] == ">=4.2,<5"
    assert runtime["ipywidgets"] == ">=8,<9"
    assert set(dev) == {"pytest", "ruff", "playwright", "distributed", "scikit-learn", "scikit-image"}
