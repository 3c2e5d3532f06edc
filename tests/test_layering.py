"""The arrows run one way: domain packages never import widgets, the course tooling, nbgrader or a
command line; nothing imports the command line (farshlab.cli), which may import everything."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "farshlab"
DOMAIN_PACKAGES = ["carpet", "colour", "design", "dye", "chart", "checks.py"]
FORBIDDEN = (
    "farshlab.widgets",
    "farshlab.course",
    "farshlab.cli",
    "nbgrader",
    "ipywidgets",
    "IPython",
    "argparse",
)


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _within(name: str, packages) -> bool:
    return any(name == package or name.startswith(f"{package}.") for package in packages)


def _domain_files():
    for entry in DOMAIN_PACKAGES:
        target = PACKAGE / entry
        yield from ([target] if target.is_file() else sorted(target.rglob("*.py")))


@pytest.mark.parametrize("path", list(_domain_files()), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_domain_module_imports(path):
    imported = _imports(path)
    wrong = sorted(name for name in imported if _within(name, FORBIDDEN))
    assert not wrong, f"{path.relative_to(PACKAGE)} imports {wrong}"
    drawing = sorted(
        n for n in imported if _within(n, ("matplotlib", "farshlab.plotting", "farshlab.printing", "fpdf"))
    )
    assert not drawing, (
        f"{path.relative_to(PACKAGE)} draws ({drawing}); keep drawing in farshlab.plotting "
        "(screen) or farshlab.printing (paper)"
    )


def test_plotting_never_imports_widgets_or_course():
    for path in sorted((PACKAGE / "plotting").rglob("*.py")):
        wrong = sorted(n for n in _imports(path) if _within(n, FORBIDDEN))
        assert not wrong, f"{path.relative_to(PACKAGE)} imports {wrong}"


def test_printing_lays_out_for_paper_without_matplotlib_widgets_or_course():
    for path in sorted((PACKAGE / "printing").rglob("*.py")):
        wrong = sorted(
            n for n in _imports(path) if _within(n, (*FORBIDDEN, "matplotlib", "farshlab.plotting"))
        )
        assert not wrong, f"{path.relative_to(PACKAGE)} imports {wrong}"


def test_nothing_imports_the_command_line():
    cli = PACKAGE / "cli"
    for path in sorted(PACKAGE.rglob("*.py")):
        if cli not in path.parents:
            wrong = sorted(n for n in _imports(path) if _within(n, ("farshlab.cli",)))
            assert not wrong, (
                f"{path.relative_to(PACKAGE)} imports {wrong}; only the command imports farshlab.cli"
            )
