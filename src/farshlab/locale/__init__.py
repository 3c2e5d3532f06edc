"""
Message catalogues for everything a trainee, instructor or grader reads from farshlab.

Widget labels, command-line messages and errors meant for people live here, never as strings
scattered through the package: one folder per language (``en/``, ``fa/``) holding one JSON file
per area (``cli.json``, one per simulator, …), merged into the language's catalogue. Keys are
prefixed with their area (``cli.``, ``loom.``, …) and must be unique across files. English is
complete; a key missing from another language falls back to English.

Functions
---------
available_languages
    The language codes that have a catalogue.
message
    One message, with its ``{fields}`` filled in.
localise_digits, format_number, read_number
    Numbers in a language's digits, and read back from any (:mod:`farshlab.locale.digits`).
format_date
    A date in a language's calendar and digits: Jalali for Persian (:mod:`farshlab.locale.dates`).
say
    Show a result to a person, right to left when it is Persian (:mod:`farshlab.locale.display`).

Examples
--------
>>> from farshlab.locale import message
>>> message("cli.error.unknown_language", lang="en", lang_code="xx", available="en, fa")
"unknown language 'xx' (available: en, fa)"
"""

import json
import os
import string
from functools import cache
from importlib import resources

__all__ = [
    "DEFAULT_LANGUAGE", "RIGHT_TO_LEFT", "available_languages", "catalogue", "current_language",
    "format_date", "format_number", "localise_digits", "message", "read_number", "say",
]  # fmt: skip

DEFAULT_LANGUAGE = "en"
#: Languages written right to left (shown in ``dir="rtl"`` blocks).
RIGHT_TO_LEFT = frozenset({"fa"})
LANGUAGE_VARIABLE = "FARSHLAB_LANG"


@cache
def available_languages() -> tuple[str, ...]:
    """
    Return the language codes that have a message catalogue, English first.

    Returns
    -------
    tuple of str
        ISO 639-1 codes such as ``"en"`` and ``"fa"``.

    Examples
    --------
    >>> available_languages()[0]
    'en'
    """
    names = sorted(
        entry.name
        for entry in resources.files(__name__).iterdir()
        if entry.is_dir() and any(part.name.endswith(".json") for part in entry.iterdir())
    )
    names.remove(DEFAULT_LANGUAGE)
    return (DEFAULT_LANGUAGE, *names)


@cache
def catalogue(lang: str = DEFAULT_LANGUAGE) -> dict[str, str]:
    """
    Return the whole catalogue of one language, as ``{key: template}``.

    Parameters
    ----------
    lang : str
        Language code, one of :func:`available_languages`.

    Returns
    -------
    dict
        Message templates by key; templates use ``str.format`` fields.

    Raises
    ------
    ValueError
        If there is no catalogue for ``lang``.

    Examples
    --------
    >>> "cli.build.done" in catalogue("en")
    True
    """
    if lang not in available_languages():
        known = ", ".join(available_languages())
        raise ValueError(f"unknown language {lang!r} (available: {known})")
    merged: dict[str, str] = {}
    folder = resources.files(__name__).joinpath(lang)
    for part in sorted(folder.iterdir(), key=lambda entry: entry.name):
        if not part.name.endswith(".json"):
            continue
        entries = json.loads(part.read_text(encoding="utf-8"))
        repeated = merged.keys() & entries.keys()
        if repeated:
            raise ValueError(f"{lang}/{part.name} repeats message keys {sorted(repeated)}")
        merged.update(entries)
    return merged


def current_language() -> str:
    """
    Return the language for messages: ``$FARSHLAB_LANG`` when set and known, else English.

    Examples
    --------
    >>> current_language() in available_languages()
    True
    """
    lang = os.environ.get(LANGUAGE_VARIABLE, DEFAULT_LANGUAGE)
    return lang if lang in available_languages() else DEFAULT_LANGUAGE


def template_fields(template: str) -> set[str]:
    """
    Return the names of the ``{fields}`` a message template expects.

    Examples
    --------
    >>> sorted(template_fields("{count} knots in row {row}"))
    ['count', 'row']
    """
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def message(key: str, lang: str | None = None, **fields: object) -> str:
    """
    Return the message ``key`` in language ``lang`` with its fields filled in.

    Parameters
    ----------
    key : str
        Catalogue key, such as ``"cli.build.done"``.
    lang : str, optional
        Language code; default :func:`current_language`. A key the language lacks is
        taken from English.
    **fields
        Values for the template's ``{fields}``.

    Returns
    -------
    str
        The finished message.

    Raises
    ------
    KeyError
        If no catalogue has ``key``, or a field the template needs is not given.

    Examples
    --------
    >>> message("cli.grade.csv", lang="en", path="build/course/reports/a00_orientation/grades.csv")
    'Grades: build/course/reports/a00_orientation/grades.csv'
    """
    lang = lang or current_language()
    template = catalogue(lang).get(key) or catalogue(DEFAULT_LANGUAGE).get(key)
    if template is None:
        raise KeyError(f"no message {key!r} in the farshlab catalogues")
    missing = template_fields(template) - fields.keys()
    if missing:
        raise KeyError(f"message {key!r} needs the fields {sorted(missing)}")
    return template.format(**fields)


from farshlab.locale.dates import format_date  # noqa: E402
from farshlab.locale.digits import format_number, localise_digits, read_number  # noqa: E402
from farshlab.locale.display import say  # noqa: E402
