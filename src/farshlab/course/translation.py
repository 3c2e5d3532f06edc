"""
The course in more than one language: Persian texts beside the English ones, kept in step.

Each lesson, assignment and guide is written in English first; its Persian text sits beside it
(``01_knots_and_sizes.fa.py``, ``syllabus.fa.md``; see ``curriculum/translating.md``). This
module holds what the build and the tests check about such a pair:

- **code parity**: the same cells in the same order with the same metadata, and every code cell
  equal token for token once string literals and comments are set aside (the ``{…}`` parts of an
  f-string count as code);
- **stamps**: which version of the English file a translation was made from (its SHA-256), so a
  build can say which translations are behind;
- **Persian text**: how much of a markdown text is in Arabic script, and which Latin words are
  left outside code, formulas and the allowed terms;
- the **right-to-left block** a Persian markdown cell is shown in.

Functions
---------
code_parity
    The differences in code and structure between an English notebook and its translation.
read_stamp, stamp, english_digest, translation_status
    Which English version a translation records, and whether it is behind.
arabic_share, latin_words, allowed_latin_terms
    Whether a markdown text is Persian.
rtl_markdown
    A markdown cell's text inside a right-to-left block.
document_pairs
    The curriculum documents that are translated, as (English, translation) pairs.
"""

from __future__ import annotations

import ast
import hashlib
import io
import re
import tokenize
from dataclasses import dataclass
from pathlib import Path

from farshlab.course.project import Project, ProjectError, translated_path
from farshlab.locale import RIGHT_TO_LEFT

__all__ = [
    "TranslationStatus",
    "allowed_latin_terms",
    "arabic_share",
    "code_parity",
    "document_pairs",
    "english_digest",
    "english_of",
    "latin_words",
    "notebook_pairs",
    "read_stamp",
    "rtl_markdown",
    "stamp",
    "translation_status",
]

#: Notebook metadata key (in the jupytext header) naming the English file and its digest.
STAMP_KEY = "farshlab_translation"
#: The last line of a translated markdown document.
_DOCUMENT_STAMP = re.compile(r"<!--\s*farshlab translation of (?P<of>\S+) sha256 (?P<sha>\S+)\s*-->\s*$")
_HEADER_STAMP = re.compile(r"^(#\s+sha256:\s*)(\S+)\s*$", re.MULTILINE)
#: Curriculum documents every language of the course has (relative to ``curriculum/``).
DOCUMENTS = ("trainee-guide.md", "syllabus.md", "glossary.md", "instructor-guide.md")
_SKIPPED_TOKENS = {
    tokenize.STRING, tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE,
    tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER,
}  # fmt: skip


# ------------------------------------------------------------------ code parity
def _fstring_code(literal: str) -> list[str]:
    """The expressions (and format specs' expressions) inside an f-string literal, as code."""
    try:
        tree = ast.parse(literal, mode="eval")
    except SyntaxError:
        return []
    return [ast.unparse(node.value) for node in ast.walk(tree) if isinstance(node, ast.FormattedValue)]


def code_tokens(source: str) -> list[str]:
    """
    Return a code cell's tokens with string literals and comments set aside.

    The expressions inside an f-string's ``{…}`` are kept: they are code.

    Examples
    --------
    >>> code_tokens('say(f"{rows} rows")  # how many')
    ['say', '(', '{rows}', ')']
    >>> code_tokens('say(f"{rows} رج")') == code_tokens('say(f"{rows} rows")')
    True
    """
    lines = [line for line in source.splitlines() if not line.lstrip().startswith(("%", "!"))]
    found: list[str] = []
    try:
        for token in tokenize.generate_tokens(io.StringIO("\n".join(lines) + "\n").readline):
            if token.type == tokenize.STRING:
                found += ["{" + code + "}" for code in _fstring_code(token.string)]
            elif token.type not in _SKIPPED_TOKENS:
                found.append(token.string)
    except (tokenize.TokenError, IndentationError, SyntaxError) as error:
        found.append(f"<untokenisable: {error}>")
    return found


def _cell_name(cell, index: int) -> str:
    grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
    first = next((line for line in cell.source.splitlines() if line.strip()), "")[:60]
    return f"cell {index + 1}" + (f" ({grade_id})" if grade_id else "") + (f" «{first}»" if first else "")


def code_parity(english, translation, where: str = "") -> list[str]:
    """
    Return how a translated notebook's code and structure differ from the English one's.

    Parameters
    ----------
    english, translation : nbformat.NotebookNode
        The two notebooks, read from their text files.
    where : str
        The translation's path, to start each problem with.

    Returns
    -------
    list of str
        One problem per cell that differs (empty when the code is the same): a different number
        or type of cells, different metadata, or code that differs beyond strings and comments.

    Examples
    --------
    >>> import nbformat
    >>> en = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell('say("rows:", rows)')])
    >>> fa = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell('say("رج‌ها:", rows + 1)')])
    >>> code_parity(en, fa, "x.fa.py")
    ['x.fa.py: cell 1 «say("رج‌ها:", rows + 1)» has code the English cell does not: say ( , rows + 1 )']
    """
    prefix = f"{where}: " if where else ""
    problems = []
    if len(english.cells) != len(translation.cells):
        problems.append(
            f"{prefix}{len(translation.cells)} cells where the English has {len(english.cells)}: "
            "a translation keeps every cell, in the same order"
        )
    for index, (ours, theirs) in enumerate(zip(english.cells, translation.cells, strict=False)):
        name = _cell_name(theirs, index)
        if ours.cell_type != theirs.cell_type:
            problems.append(
                f"{prefix}{name} is {theirs.cell_type} where the English cell is {ours.cell_type}"
            )
            continue
        if ours.metadata != theirs.metadata:
            problems.append(
                f"{prefix}{name} has metadata {dict(theirs.metadata)} "
                f"where the English has {dict(ours.metadata)}"
            )
        if ours.cell_type == "code":
            english_code, translated_code = code_tokens(ours.source), code_tokens(theirs.source)
            if english_code != translated_code:
                problems.append(
                    f"{prefix}{name} has code the English cell does not: {' '.join(translated_code)[:160]}"
                )
        if len(problems) >= 20:
            problems.append(f"{prefix}(more differences not listed)")
            break
    return problems


# ------------------------------------------------------------------ stamps
def english_digest(path: Path) -> str:
    """
    Return the SHA-256 (hex) of an English file, as a translation's stamp records it.

    Line endings are normalised, so a checkout on another system gives the same digest.
    """
    text = Path(path).read_bytes().replace(b"\r\n", b"\n")
    return hashlib.sha256(text).hexdigest()


def read_stamp(path: Path) -> tuple[str, str] | None:
    """
    Return ``(English file name, digest)`` a translation records, or ``None`` when it has none.

    A notebook text records it in its jupytext header (``farshlab_translation: {of, sha256}``),
    a markdown document in its last line (``<!-- farshlab translation of F sha256 D -->``).
    """
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".md":
        lines = text.rstrip().splitlines()
        found = _DOCUMENT_STAMP.search(lines[-1]) if lines else None
        return (found["of"], found["sha"]) if found else None
    header = text.split("# ---", 2)[1] if text.startswith("# ---") else ""
    of = re.search(r"^#\s+of:\s*(\S+)\s*$", header, re.MULTILINE)
    sha = _HEADER_STAMP.search(header)
    if STAMP_KEY not in header or not of or not sha:
        return None
    return of.group(1), sha.group(2)


def stamp(path: Path, english: Path) -> str:
    """
    Record in translation ``path`` that it translates the current version of ``english``.

    Returns
    -------
    str
        The digest written.

    Raises
    ------
    ProjectError
        If the translation has no stamp to update.
    """
    path = Path(path)
    digest = english_digest(english)
    text = path.read_text(encoding="utf-8")
    if read_stamp(path) is None:
        raise ProjectError(f"{path}: no translation stamp (see curriculum/translating.md)")
    if path.suffix == ".md":
        lines = text.rstrip().splitlines()
        lines[-1] = _DOCUMENT_STAMP.sub(
            lambda found: f"<!-- farshlab translation of {found['of']} sha256 {digest} -->", lines[-1]
        )
        text = "\n".join(lines) + "\n"
    else:
        head, rest = text.split("# ---", 2)[1], text.split("# ---", 2)[2]
        text = (
            "# ---" + _HEADER_STAMP.sub(lambda found: found.group(1) + digest, head, count=1) + "# ---" + rest
        )
    path.write_text(text, encoding="utf-8")
    return digest


@dataclass(frozen=True)
class TranslationStatus:
    """
    One translated file and whether it is up to date.

    Attributes
    ----------
    english, translation : pathlib.Path
    state : str
        ``"current"``, ``"behind"`` (the English file changed since), ``"unstamped"`` or
        ``"missing"``.
    """

    english: Path
    translation: Path
    state: str


def translation_status(english: Path, lang: str) -> TranslationStatus:
    """Return whether the ``lang`` translation of ``english`` exists and is up to date."""
    translation = translated_path(english, lang)
    if not translation.is_file():
        return TranslationStatus(english, translation, "missing")
    recorded = read_stamp(translation)
    if recorded is None or not recorded[0].endswith(english.name):
        return TranslationStatus(english, translation, "unstamped")
    state = "current" if recorded[1] == english_digest(english) else "behind"
    return TranslationStatus(english, translation, state)


def english_of(translation: Path) -> Path:
    """
    Return the English file a translated file sits beside (``x.fa.py`` → ``x.py``).

    Examples
    --------
    >>> english_of(Path("notebooks/01_knots_and_sizes.fa.py")).name
    '01_knots_and_sizes.py'
    """
    translation = Path(translation)
    stem = translation.name.split(".", 1)[0]
    if len(translation.suffixes) < 2:
        raise ProjectError(f"{translation}: not a translated file (they are named like name.fa.py)")
    return translation.with_name(stem + translation.suffix)


def notebook_pairs(project: Project, lang: str) -> list[tuple[Path, Path]]:
    """Every lesson and assignment text, as (English, ``lang`` translation) pairs."""
    english = project.lessons() + [text for a in project.assignments() for text in a.notebook_texts]
    return [(path, translated_path(path, lang)) for path in english]


def document_pairs(project: Project, lang: str) -> list[tuple[Path, Path]]:
    """The curriculum documents every language has (guides, syllabus, glossary, unit files)."""
    curriculum = project.root / "curriculum"
    english = [curriculum / name for name in DOCUMENTS]
    english += sorted(p for p in (curriculum / "units").glob("*.md") if len(p.suffixes) == 1)
    return [(path, translated_path(path, lang)) for path in english]


# ------------------------------------------------------------------ Persian text
_ARABIC_LETTER = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f]")
_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]")  # not × (U+00D7) and ÷ (U+00F7)
_NOT_PROSE = [
    re.compile(r"```.*?```", re.DOTALL),  # code blocks
    re.compile(r"\$\$.*?\$\$", re.DOTALL),  # display maths
    re.compile(r"`[^`\n]*`"),  # inline code
    re.compile(r"\$[^$\n]+\$"),  # inline maths
    re.compile(r"<!--.*?-->", re.DOTALL),  # comments
    re.compile(r"<[^>\n]+>"),  # HTML tags
    re.compile(r"\]\([^)\s]*\)"),  # link targets
    re.compile(r"https?://\S+|www\.\S+|\b[\w.-]+\.(?:com|ir|org|net|io|edu|gov|uk|de)(?:/\S*)?"),
    re.compile(r"\b[\w./-]+\.(?:py|md|ipynb|csv|png|pdf|json|yml|farshchart)\b"),  # file names
]
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏΔ][A-Za-zÀ-ÖØ-öø-ɏΔ0-9]*\*?")


def _prose(markdown: str) -> str:
    for pattern in _NOT_PROSE:
        markdown = pattern.sub(" ", markdown)
    return markdown.replace("**", " ").replace("__", " ")  # bold marks are not part of a word


def arabic_share(markdown: str) -> float | None:
    """
    Return the share of the prose's letters that are Arabic-script, or ``None`` with no letters.

    Code, formulas, HTML tags, link targets and addresses are not prose.

    Examples
    --------
    >>> round(arabic_share("هر `raj` برابر ۷ سانتی‌متر است"), 2)
    1.0
    >>> arabic_share("Run the cells from the top.")
    0.0
    """
    prose = _prose(markdown)
    arabic = len(_ARABIC_LETTER.findall(prose))
    latin = len(_LATIN_LETTER.findall(prose))
    return arabic / (arabic + latin) if arabic + latin else None


def allowed_latin_terms(project: Project) -> set[str]:
    """The Latin words ``curriculum/latin-terms.txt`` allows in Persian prose."""
    path = project.root / "curriculum" / "latin-terms.txt"
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def latin_words(markdown: str, allowed: set[str]) -> list[str]:
    """
    Return the Latin words of the prose that are not allowed terms, in order.

    Examples
    --------
    >>> latin_words("دکمه Validate را بزنید و `knots_across` را بنویسید. Then submit.", {"Validate"})
    ['Then', 'submit']
    """
    return [word for word in _LATIN_WORD.findall(_prose(markdown)) if word not in allowed]


# ------------------------------------------------------------------ display
def rtl_markdown(markdown: str, lang: str) -> str:
    """
    Return a markdown cell's text as the built notebook shows it in ``lang``.

    Persian text goes into a right-to-left block (``<div dir="rtl" lang="fa">``); the blank lines
    inside it let markdown still be read as markdown. English is returned unchanged.

    Examples
    --------
    >>> rtl_markdown("## رج", "fa").splitlines()[0]
    '<div dir="rtl" lang="fa">'
    >>> rtl_markdown("## Rows", "en")
    '## Rows'
    """
    if lang not in RIGHT_TO_LEFT or not markdown.strip():
        return markdown
    return f'<div dir="rtl" lang="{lang}">\n\n{markdown.strip()}\n\n</div>'
