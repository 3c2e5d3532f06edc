"""The kit's words: every key named exists in English and Persian, every key is used, Persian is Persian."""

import ast
import re
from pathlib import Path

import pytest

from farshlab.locale import catalogue, message, template_fields

SOURCE = Path(__file__).resolve().parents[2] / "src" / "farshlab"
FILES = [
    *sorted((SOURCE / "kit").glob("*.py")),
    SOURCE / "printing" / "kit_pdf.py",
    SOURCE / "cli" / "kit.py",
]
CALLS = {"words", "message", "say", "help_text"}
ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


def _named_keys():
    literal, prefixes = set(), set()
    for path in FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            if getattr(node.func, "id", getattr(node.func, "attr", "")) not in CALLS:
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                literal.add(first.value)
            elif isinstance(first, ast.JoinedStr) and isinstance(first.values[0], ast.Constant):
                prefixes.add(first.values[0].value)
    return literal, prefixes


def test_every_key_named_exists_and_every_kit_key_is_used():
    literal, prefixes = _named_keys()
    for lang in ("en", "fa"):
        missing = sorted(key for key in literal if key not in catalogue(lang))
        assert not missing, (lang, missing)
    assert {"kit.stage.", "kit.pdf.unit.", "kit.pdf.legend.", "chart.error."} <= prefixes
    kit_keys = [key for key in catalogue("en") if key.startswith("kit.")]
    unused = [key for key in kit_keys if key not in literal and not any(key.startswith(p) for p in prefixes)]
    assert not unused, unused


@pytest.mark.parametrize("key", sorted(key for key in catalogue("fa") if key.startswith("kit.")))
def test_the_persian_kit_texts_are_persian(key):
    persian, english = catalogue("fa")[key], catalogue("en")[key]
    assert template_fields(persian) == template_fields(english)
    prose = re.sub(r"«[^«»]*»|\{[^{}]*\}|--[a-z-]+|farshlab kit|recipes\.csv|kit\.pdf", " ", persian)
    if any(char.isalpha() for char in re.sub(r"[A-Z0-9∆]+", "", prose)):
        assert ARABIC_LETTER.search(prose), (key, persian)
    if key.startswith("kit.pdf."):  # printed in Vazirmatn, which has ∆ (U+2206) and not Δ (U+0394)
        assert "Δ" not in persian and "Δ" not in english and "→" not in persian + english


def test_a_message_in_each_language():
    assert message("kit.error.liquor_ratio", lang="en", value="0.5").startswith(
        "--liquor-ratio must be 1 or more"
    )
    assert message("kit.pdf.total", lang="fa", rial="۱۲٬۵۰۰") == "جمع: ۱۲٬۵۰۰ ریال"
