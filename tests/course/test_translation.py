"""The Persian edition's texts: the English code, kept in step, and Persian prose."""

import nbformat
import pytest

from farshlab.course.build import BuildError, build_course
from farshlab.course.catalogue import load_course
from farshlab.course.notebooks import read_text_notebook
from farshlab.course.project import find_project, notebook_name, translated_path
from farshlab.course.translation import (
    allowed_latin_terms,
    arabic_share,
    code_parity,
    code_tokens,
    document_pairs,
    english_of,
    latin_words,
    notebook_pairs,
    read_stamp,
    rtl_markdown,
    stamp,
    translation_status,
)

PROJECT = find_project()

#: The Persian edition's tests run once course.yml lists fa (all its texts written and stamped).
PERSIAN_LISTED = "fa" in load_course(PROJECT).languages
persian_edition = pytest.mark.skipif(not PERSIAN_LISTED, reason="course.yml does not list fa yet")
NOTEBOOKS = notebook_pairs(PROJECT, "fa")
DOCUMENTS = document_pairs(PROJECT, "fa")
ALLOWED = allowed_latin_terms(PROJECT)


def _name(pair):
    return str(pair[1].relative_to(PROJECT.root))


# ------------------------------------------------------------------ every text
@persian_edition
@pytest.mark.parametrize("pair", NOTEBOOKS, ids=_name)
def test_every_lesson_and_assignment_has_the_english_code(pair):
    english, translation = pair
    assert translation.is_file(), f"{translation} is missing"
    problems = code_parity(read_text_notebook(english), read_text_notebook(translation), str(translation))
    assert problems == []


@persian_edition
@pytest.mark.parametrize("pair", NOTEBOOKS + DOCUMENTS, ids=_name)
def test_every_translation_records_the_english_version_it_translates(pair):
    english, translation = pair
    status = translation_status(english, "fa")
    assert status.state == "current", f"{translation}: {status.state} (run farshlab translations --stamp)"


@persian_edition
@pytest.mark.parametrize("pair", NOTEBOOKS, ids=_name)
def test_every_markdown_cell_is_persian(pair):
    _, translation = pair
    notebook = read_text_notebook(translation)
    shares, english_left = [], []
    for number, cell in enumerate(notebook.cells, 1):
        if cell.cell_type != "markdown":
            continue
        share = arabic_share(cell.source)
        if share is not None:
            shares.append((number, share))
        english_left += [(number, word) for word in latin_words(cell.source, ALLOWED)]
    assert shares, "no Persian prose at all"
    assert [(n, round(s, 2)) for n, s in shares if s < 0.6] == [], "cells mostly not in Arabic script"
    assert english_left == [], "Latin words outside code, formulas and curriculum/latin-terms.txt"


@persian_edition
@pytest.mark.parametrize("pair", DOCUMENTS, ids=_name)
def test_every_guide_and_unit_file_is_persian(pair):
    _, translation = pair
    text = translation.read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n\n") if (arabic_share(p) is not None)]
    assert arabic_share(text) > 0.75
    # a paragraph left in English: more than 30 letters and under a third of them Persian
    left = [p[:80] for p in paragraphs if arabic_share(p) < 0.34 and sum(c.isalpha() for c in p) > 30]
    assert left == []


# ------------------------------------------------------------------ the checks themselves
def _notebook(*sources, metadata=None):
    cells = [nbformat.v4.new_code_cell(source) for source in sources]
    for cell in cells:
        cell.metadata.update(metadata or {})
    return nbformat.v4.new_notebook(cells=cells)


def test_strings_and_comments_may_differ_and_nothing_else():
    english = _notebook('say(f"{rows} rows, {across:,} knots")  # count', "x = 1")
    same = _notebook('say(f"{rows} رج، {across:,} گره")  # شمارش', "x = 1")
    assert code_parity(english, same) == []
    # the typical ways a translation drifts from the English code
    for drifted in (
        _notebook('say(f"{rows + 1} رج، {across:,} گره")', "x = 1"),  # an f-string's code
        _notebook('say(f"{rows} رج، {across:,} گره")', "x = 2"),  # a number
        _notebook('print(f"{rows} رج، {across:,} گره")', "x = 1"),  # a name
        _notebook('say(f"{rows} رج")'),  # a cell dropped
        _notebook('say(f"{rows} رج، {across:,} گره")', "x = 1", metadata={"nbgrader": {"points": 2}}),
    ):
        assert code_parity(english, drifted), drifted.cells[0].source


def test_code_tokens_keep_fstring_code_and_drop_text():
    assert code_tokens("a = 'x'  # y") == ["a", "="]
    assert code_tokens('f"{a:.2f} {b!r}"') == ["{a}", "{b}"]


def test_prose_checks():
    assert arabic_share("این `code` است") == 1.0
    assert arabic_share("only English here") == 0.0
    assert latin_words("دکمهٔ **Validate** و Submit را بزنید: ۵۰ × ۷ ÷ ۲", {"Validate", "Submit"}) == []
    assert latin_words("روشنی L* در Lab", {"L*", "Lab"}) == []
    assert latin_words("Write the function yourself. تابع را بنویسید", ALLOWED) == [
        "Write", "the", "function", "yourself",
    ]  # fmt: skip


def test_rtl_block_keeps_markdown_readable():
    block = rtl_markdown("## پرسش ۱\n\n- یک\n- دو", "fa")
    assert block.startswith('<div dir="rtl" lang="fa">\n\n') and block.endswith("\n\n</div>")
    assert rtl_markdown("## Question 1", "en") == "## Question 1"


def test_names_and_stamps(tmp_path):
    assert notebook_name(translated_path(PROJECT.notebooks / "01_knots_and_sizes.py", "fa")) == (
        "01_knots_and_sizes.ipynb"
    )
    assert english_of(tmp_path / "syllabus.fa.md").name == "syllabus.md"
    english = tmp_path / "syllabus.md"
    english.write_text("# Syllabus\n")
    translation = tmp_path / "syllabus.fa.md"
    translation.write_text("# برنامه\n\n<!-- farshlab translation of syllabus.md sha256 pending -->\n")
    assert translation_status(english, "fa").state == "behind"
    digest = stamp(translation, english)
    assert read_stamp(translation) == ("syllabus.md", digest)
    assert translation_status(english, "fa").state == "current"
    english.write_text("# Syllabus, changed\n")
    assert translation_status(english, "fa").state == "behind"
    (tmp_path / "plain.fa.md").write_text("# بدون مهر\n")
    assert translation_status(tmp_path / "plain.md", "fa").state == "unstamped"


# ------------------------------------------------------------------ the build
@persian_edition
def test_a_translation_whose_code_drifted_fails_the_build_naming_the_cell(project_copy):
    text = project_copy.root / "exercises" / "a00_orientation" / "a00_orientation.fa.py"
    source = text.read_text(encoding="utf-8")
    answer = "    return round(raj * width_cm / 7)"
    assert answer in source
    text.write_text(source.replace(answer, "    return round(raj * width_cm / 6.5)", 1), encoding="utf-8")
    with pytest.raises(BuildError) as failure:
        build_course(project_copy, project_copy.root / "build" / "course-fa", lang="fa", validate=False)
    problems = [p for p in failure.value.problems if "a00_orientation.fa.py" in p]
    assert problems and "has code the English cell does not" in problems[0]
    assert "a00-q1_1-answer" in problems[0]


@persian_edition
def test_the_build_names_translations_behind_their_english_text(project_copy):
    english = project_copy.root / "curriculum" / "syllabus.md"
    english.write_text(english.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    report = build_course(project_copy, project_copy.root / "build" / "course-fa", lang="fa", validate=False)
    assert [p.name for p in report.behind] == ["syllabus.fa.md"]
    lesson = nbformat.read(report.course_dir / "lessons" / "00_orientation.ipynb", as_version=4)
    prose = [c.source for c in lesson.cells if c.cell_type == "markdown"]
    assert prose and all(s.startswith('<div dir="rtl" lang="fa">') for s in prose)
    assert "farshlab_translation" not in lesson.metadata
    # farshlab's own notices on the feedback pages are written in the course's language
    config = (report.course_dir / "nbgrader_config.py").read_text(encoding="utf-8")
    assert "c.HideHiddenCheckErrors.lang = 'fa'" in config
