"""The message catalogues."""

import pytest

from farshlab.locale import available_languages, catalogue, message, template_fields


def test_english_first_and_persian_present():
    assert available_languages()[:1] == ("en",)
    assert "fa" in available_languages()


@pytest.mark.parametrize("lang", [lang for lang in available_languages() if lang != "en"])
def test_translations_use_known_keys_and_the_same_fields(lang):
    english = catalogue("en")
    for key, template in catalogue(lang).items():
        assert key in english, f"{lang}.json has {key!r}, which English lacks"
        assert template_fields(template) == template_fields(english[key]), key


def test_every_cli_message_has_a_persian_text():
    missing = set(catalogue("en")) - set(catalogue("fa"))
    assert not missing


def test_message_fills_fields_and_falls_back_to_english():
    assert message("cli.grade.csv", lang="en", path="x.csv") == "Grades: x.csv"
    assert message("cli.grade.csv", lang="fa", path="x.csv") == "نمره‌ها: x.csv"


def test_errors_are_clear():
    with pytest.raises(KeyError, match="no message 'nope'"):
        message("nope", lang="en")
    with pytest.raises(KeyError, match=r"needs the fields \['path'\]"):
        message("cli.grade.csv", lang="en")
    with pytest.raises(ValueError, match="unknown language 'xx'"):
        catalogue("xx")


def test_language_from_environment(monkeypatch):
    monkeypatch.setenv("FARSHLAB_LANG", "fa")
    assert message("cli.grade.csv", path="x") == "نمره‌ها: x"
    monkeypatch.setenv("FARSHLAB_LANG", "zz")
    assert message("cli.grade.csv", path="x") == "Grades: x"


def test_a_persian_line_keeps_each_latin_value_whole(monkeypatch):
    import IPython.display

    from farshlab.locale import display as shown

    pages = []
    monkeypatch.setattr(shown, "_in_notebook", lambda: True)
    monkeypatch.setattr(IPython.display, "display", lambda page: pages.append(page.data))
    shown.say("نخ", 41, "#9e292c", "Lacquer red", [5, 12], "رج ۱۲")
    (page,) = pages
    assert page.startswith('<div dir="rtl" lang="fa"')
    # a number alone and Persian text flow with the line; a hex code, a name and a list are isolated
    assert "نخ ۴۱ <bdi>#9e292c</bdi> <bdi>Lacquer red</bdi> <bdi>[۵, ۱۲]</bdi> رج ۱۲</div>" in page
