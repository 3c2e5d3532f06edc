"""farshlab.speech is a domain package: it speaks rows for any program (the Loom Reader, farshlab
speak, a notebook) and imports none of widgets, plotting, the command line or the course tools."""

import ast
from pathlib import Path

import pytest

SPEECH = Path(__file__).resolve().parents[2] / "src" / "farshlab" / "speech"
FORBIDDEN = (
    "farshlab.widgets",
    "farshlab.plotting",
    "farshlab.printing",
    "farshlab.course",
    "farshlab.cli",
    "ipywidgets",
    "IPython",
    "matplotlib",
    "nbgrader",
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


@pytest.mark.parametrize("path", sorted(SPEECH.glob("*.py")), ids=lambda path: path.name)
def test_speech_imports_no_view_or_command(path):
    imported = _imports(path)
    wrong = sorted(name for name in imported if any(name == f or name.startswith(f"{f}.") for f in FORBIDDEN))
    assert not wrong, f"speech/{path.name} imports {wrong}"


def test_every_module_is_checked():
    assert {path.name for path in SPEECH.glob("*.py")} >= {
        "__init__.py", "espeak.py", "playlist.py", "progress.py", "recording.py", "text.py",
    }  # fmt: skip
