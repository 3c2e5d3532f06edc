"""The `farshlab` parser: a handler for every subcommand, the library's defaults, a light --help."""

import argparse
import dataclasses
import inspect
import subprocess
import sys

import pytest

from farshlab.chart.options import PAPERS
from farshlab.cli import command_line
from farshlab.course.sandbox import Limits

# What `farshlab --help` must not load: the numerical, picture, colour, notebook and widget stacks.
HEAVY = ("numpy", "scipy", "PIL", "colour", "matplotlib", "nbgrader", "nbformat", "ipywidgets", "IPython")

PARSER, HANDLERS = command_line()
SUBPARSERS = next(a for a in PARSER._actions if isinstance(a, argparse._SubParsersAction)).choices
CHART = ["chart", "photo.jpg", "--width-cm", "50", "--raj", "50", "-o", "out"]


def _defaults(function, *names):
    parameters = inspect.signature(function).parameters
    return {name: parameters[name].default for name in names}


def _options(command):
    return [a for a in SUBPARSERS[command]._actions if a.option_strings and a.dest != "help"]


def test_every_subcommand_has_a_handler():
    assert list(HANDLERS) == list(SUBPARSERS)
    assert set(HANDLERS) == {
        "build",
        "demo",
        "workspace",
        "translations",
        "apps",
        "grade",
        "collect",
        "report",
        "chart",
        "speak",
        "kit",
        "classroom",
        "backup",
        "restore",
    }
    assert all(callable(handler) for handler in HANDLERS.values())


@pytest.mark.parametrize(
    "command", [[], *([name] for name in SUBPARSERS)], ids=lambda c: " ".join(c) or "farshlab"
)
def test_help_of_every_subcommand(command, capsys):
    with pytest.raises(SystemExit) as stop:
        PARSER.parse_args([*command, "--help"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.startswith(" ".join(["usage: farshlab", *command]))


def test_grade_defaults_are_the_sandbox_limits():
    args = PARSER.parse_args(["grade", "a00_orientation"])
    fields = {field.name: field.default for field in dataclasses.fields(Limits)}
    assert (args.budget, args.memory) == (fields["budget_s"], fields["memory_mb"])
    assert (args.budget, args.memory) == (Limits().budget_s, Limits().memory_mb)


def test_build_and_apps_defaults_are_the_library_defaults():
    from farshlab.course.build import build_course
    from farshlab.widgets.apps import app_url, voila_command

    assert PARSER.parse_args(["build"]).lang == _defaults(build_course, "lang")["lang"]
    args = PARSER.parse_args(["apps"])
    for function in (app_url, voila_command):
        assert {"ip": args.ip, "port": args.port} == _defaults(function, "ip", "port")


def test_chart_defaults_and_choices_are_the_library_defaults():
    from farshlab.chart.palette import PALETTE_METHODS
    from farshlab.chart.pipeline import picture_to_chart
    from farshlab.chart.reading import layer_lists
    from farshlab.locale import available_languages
    from farshlab.printing.chart_files import write_chart_files
    from farshlab.printing.layout import PAPER_MM

    args = PARSER.parse_args(CHART)
    pipeline = _defaults(picture_to_chart, "palette_method", "dither", "clean", "nm", "ply", "cm_per_knot")
    assert pipeline == {
        "palette_method": args.method,
        "dither": args.dither,
        "clean": args.clean,
        "nm": args.nm,
        "ply": args.ply,
        "cm_per_knot": args.cm_per_knot,
    }
    assert _defaults(picture_to_chart, "waste_percent")["waste_percent"] == args.waste
    files = _defaults(write_chart_files, "paper", "columns_from")
    assert files == {"paper": args.paper, "columns_from": args.columns_from}
    assert _defaults(layer_lists, "columns_from")["columns_from"] == args.columns_from
    choices = {action.dest: tuple(action.choices) for action in _options("chart") if action.choices}
    assert choices == {
        "method": tuple(PALETTE_METHODS),
        "columns_from": ("right", "left"),
        "paper": tuple(PAPER_MM),
        "lang": available_languages(),
        "digits": ("fa", "latin"),
    }
    assert tuple(PAPER_MM) == PAPERS
    assert _defaults(write_chart_files, "digits")["digits"] is args.digits is None  # by the pages' language


def test_every_default_the_help_names_is_the_parsed_default(monkeypatch):
    monkeypatch.setenv("FARSHLAB_LANG", "en")
    parser, _ = command_line()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices
    named = set()
    for command, sub in subparsers.items():
        for action in sub._actions:
            if not action.option_strings or action.default in (None, False, argparse.SUPPRESS):
                continue
            option = f"{command} {action.option_strings[-1]}"
            if option in ("chart --method", "kit --method"):  # its help names both choices, not the default
                continue
            shown = f"{action.default:g}" if isinstance(action.default, float) else str(action.default)
            assert f"default {shown}" in action.help or f"default: {shown}" in action.help, (
                option,
                action.help,
            )
            named.add(option)
    assert named == {
        "build --lang",
        "demo --lang",
        "workspace --lang",
        "translations --lang",
        "apps --ip",
        "apps --port",
        "grade --budget",
        "grade --memory",
        "report --lang",
        "chart --columns-from",
        "chart --paper",
        "chart --lang",
        "chart --nm",
        "chart --ply",
        "chart --waste",
        "chart --cm-per-knot",
        "speak --lang",
        "speak --columns-from",
        "speak --speed",
        "kit --columns-from",
        "kit --paper",
        "kit --lang",
        "kit --nm",
        "kit --ply",
        "kit --waste",
        "kit --cm-per-knot",
        "kit --wool-per-bath",
        "kit --liquor-ratio",
        "kit --weavers",
        "kit --knots-per-day",
        "kit --rial-per-maghat",
        "kit --wool-price",
        "kit --dye-price",
        "kit --auxiliaries-price",
        "classroom --state-dir",
    }


def test_kit_defaults_are_the_library_defaults():
    from farshlab.kit import KitFigures, make_kit

    args = PARSER.parse_args(
        ["kit", "photo.jpg", "--width-cm", "50", "--raj", "50", "--colours", "8", "-o", "o"]
    )
    assert _defaults(make_kit, "wool_per_bath_g", "liquor_ratio") == {
        "wool_per_bath_g": args.wool_per_bath,
        "liquor_ratio": args.liquor_ratio,
    }
    figures = KitFigures()
    assert (figures.weavers, figures.knots_per_day, figures.rial_per_maghat) == (
        args.weavers,
        args.knots_per_day,
        args.rial_per_maghat,
    )
    assert (figures.wool_rial_per_kg, figures.dye_rial_per_kg, figures.auxiliaries_rial_per_kg) == (
        args.wool_rial_per_kg,
        args.dye_rial_per_kg,
        args.auxiliaries_rial_per_kg,
    )


def _run(*args):
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=120)


def _heavy(names):
    return sorted({name for name in names if name.split(".")[0] in HEAVY})


def test_help_imports_nothing_heavy():
    result = _run("-X", "importtime", "-m", "farshlab.cli", "--help")
    assert result.returncode == 0
    assert result.stdout.startswith("usage: farshlab")
    imported = [
        line.split("|")[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")
    ]
    assert "farshlab.cli" in imported
    assert not _heavy(imported)


def test_every_subcommand_help_imports_nothing_heavy():
    code = (
        "import argparse, sys\n"
        "from farshlab.cli import command_line\n"
        "parser, _ = command_line()\n"
        "parser.format_help()\n"
        "action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))\n"
        "for sub in action.choices.values():\n"
        "    sub.format_help()\n"
        "print(' '.join(sys.modules))\n"
    )
    result = _run("-c", code)
    assert result.returncode == 0, result.stderr
    assert not _heavy(result.stdout.split())
