"""The installed package and its command."""

import subprocess
import sys

import farshlab


def test_version_and_all():
    assert farshlab.__all__ == ["__version__"]
    major, minor, patch = (int(part) for part in farshlab.__version__.split("."))
    assert (major, minor) >= (0, 1)


def test_console_command_is_installed():
    result = subprocess.run(
        [sys.executable, "-m", "farshlab.cli", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"farshlab {farshlab.__version__}"


def test_domain_free_top_level_import_does_not_pull_in_nbgrader():
    code = "import sys, farshlab, farshlab.locale; print('nbgrader' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
