"""Citations point to curriculum/sources.md, which trainees have, and every key cited is listed there.

A citation is written ``(sources.md: key)`` or ``(sources.md: key-one, key-two)``; the keys are the
``### `key` `` headings of ``curriculum/sources.md``. The course's private domain notes are not
shipped, so nothing cites them.
"""

import re
import subprocess

import pytest

SOURCES = "curriculum/sources.md"
THIS_FILE = "tests/test_sources.py"

# built from pieces so that this file does not match itself
PRIVATE_NOTES = re.compile(r"\bDOM" r"AIN\b|(?i:\bdomain" r"\s+notes\b)")
KEY = r"[a-z0-9]+(?:-[a-z0-9]+)*"
CITATION = re.compile(r"sources\.md:")
# Persian texts write each key in backticks (Latin words stay in code there) and may separate
# keys with the Persian comma and end with the Persian semicolon: (sources.md: `a`، `b`)؛
KEY_ITEM = rf"`?{KEY}`?"
SEPARATOR = r"[ \t]*[,،]\s*"
KEYS_AFTER = re.compile(
    rf"[ \t\n]*({KEY_ITEM}(?:{SEPARATOR}{KEY_ITEM})*)(?=`?[ \t]*[);.:؛]|[ \t]*$)", re.MULTILINE
)


def _project_files(root):
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    for name in listed:
        path = root / name
        if not path.is_file():
            continue  # deleted in the work tree
        try:
            yield name, path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # fonts, pictures


def _prose(text):
    """The text with comment markers taken off, so a citation may run over two comment lines."""
    return "\n".join(re.sub(r"^\s*#+ ?", "", line) for line in text.splitlines())


def _listed_keys(root):
    return set(re.findall(rf"^### `({KEY})`$", (root / SOURCES).read_text(), re.MULTILINE))


@pytest.fixture(scope="module")
def files(project):
    return dict(_project_files(project.root))


def test_sources_lists_author_title_and_what_each_source_supports(project):
    text = (project.root / SOURCES).read_text()
    entries = re.split(r"^### ", text, flags=re.MULTILINE)[1:]
    assert len(entries) >= 30
    for entry in entries:
        key = entry.split("\n", 1)[0]
        assert "What it supports:" in " ".join(entry.split()), f"{key}: say what the course takes from it"
    keys = _listed_keys(project.root)
    assert len(keys) == len(entries), "every entry needs a key heading: ### `key`"
    # the sources the issue named: the K/S limit on polyester, the craft and laboratory pages, Ahrari
    for key in (
        "safi-2021",
        "gaywool-dye-quantities",
        "textileinformation-2007",
        "ahrari-weld",
        "ahrari-materials",
    ):
        assert key in keys


def test_nothing_cites_the_private_domain_notes(files):
    cited = [
        f"{name}:{number}"
        for name, text in files.items()
        if name != THIS_FILE
        for number, line in enumerate(text.splitlines(), start=1)
        if PRIVATE_NOTES.search(line)
    ]
    assert cited == [], f"cite curriculum/sources.md instead: {cited}"


def test_every_cited_key_is_listed_in_sources(project, files):
    listed = _listed_keys(project.root)
    unknown, malformed, cited = [], [], set()
    for name, text in files.items():
        if name in (SOURCES, THIS_FILE):
            continue  # they show the form with made-up keys
        prose = _prose(text)
        for found in CITATION.finditer(prose):
            keys = KEYS_AFTER.match(prose, found.end())
            if keys is None:
                malformed.append(f"{name}: {prose[found.start() : found.end() + 40]!r}")
                continue
            for key in re.split(r"[ \t]*[,،]\s*", keys.group(1).replace("`", "")):
                cited.add(key)
                if key not in listed:
                    unknown.append(f"{name}: {key}")
    assert malformed == [], f"write citations as (sources.md: key, key): {malformed}"
    assert unknown == [], f"keys missing from {SOURCES}: {unknown}"
    # the course really uses the form (a test that finds no citation at all proves nothing)
    assert {"ahrari-materials", "iran-carpet-13122", "safi-2021", "broadbent-2001"} <= cited


def test_a_wrong_key_or_form_would_be_caught(project):
    listed = _listed_keys(project.root)
    keys = KEYS_AFTER.match("(sources.md: ahrari-materials, no-such-source).", len("(sources.md:"))
    assert re.split(r",\s*", keys.group(1)) == ["ahrari-materials", "no-such-source"]
    assert "no-such-source" not in listed
    assert KEYS_AFTER.match("(sources.md: Ahrari page 3)", len("(sources.md:")) is None
    persian = KEYS_AFTER.match("(sources.md: `ahrari-materials`، `no-such-source`)؛", len("(sources.md:"))
    assert persian.group(1) == "`ahrari-materials`، `no-such-source`"
    assert KEYS_AFTER.match("(sources.md: کتاب اهراری)", len("(sources.md:")) is None
    assert PRIVATE_NOTES.search("as in the " + "DOM" + "AIN notes §4")
    assert not PRIVATE_NOTES.search("DOMAIN_PACKAGES = [...]")
