"""
Numbers as each course language writes and reads them.

Persian writes the digits ۰–۹, the decimal separator ``٫`` and the thousands separator ``٬``;
a trainee may type either those or the Latin 0–9 (keyboards in Sardrud have both), so reading
accepts both, and Arabic-Indic digits (٠–٩) too.

Functions
---------
localise_digits
    Text with its digits (and the separators between digits) written as a language writes them.
format_number
    A number formatted with Python's format mini-language, in a language's digits.
read_number
    A number typed with Latin, Persian or Arabic-Indic digits.

Examples
--------
>>> format_number(1234.5, ",.1f", lang="fa")
'۱٬۲۳۴٫۵'
>>> read_number("۱۲٫۵")
12.5
"""

import re
from functools import cache

__all__ = ["format_number", "has_own_digits", "localise_digits", "read_number"]

#: Digits as each language writes them (only where they differ from 0-9).
_DIGITS = {"fa": str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")}
#: Separators between digits, as each language writes them.
_SEPARATORS = {"fa": {".": "\u066b", ",": "\u066c"}}
_BETWEEN_DIGITS = re.compile(r"(?<=\d)([.,])(?=\d)")
#: Left as written: hex colour codes and names made of Latin letters and digits (ΔE00, D65, cie76).
_KEPT = re.compile(r"#[0-9A-Fa-f]{3,8}\b|[A-Za-zΔ][A-Za-z0-9_*-]*\d[A-Za-z0-9_*]*")
#: Everything read back to Latin: Persian and Arabic-Indic digits, both separators.
_TO_LATIN = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩\u066b\u066c\u2212", "01234567890123456789.,-")


def localise_digits(text: object, lang: str | None = None, keep: re.Pattern | None = None) -> str:
    """
    Return ``text`` with its digits written as language ``lang`` writes them.

    A point or comma between two digits becomes the language's decimal or thousands
    separator (``٫`` and ``٬`` in Persian); other characters are left as they are. Hex colour
    codes (``#9e292c``) and names mixing Latin letters and digits (``ΔE00``, ``D65``) are codes,
    not numbers: they keep their digits, and so does every span ``keep`` matches.

    Parameters
    ----------
    text : object
        Anything; it is turned into ``str`` first.
    lang : str, optional
        Language code; default the session's language (``$FARSHLAB_LANG``).
    keep : re.Pattern, optional
        Spans to leave as they are written: HTML tags, code between backticks or «guillemets».

    Examples
    --------
    >>> localise_digits(120, lang="fa")
    '۱۲۰'
    >>> localise_digits("2.5 kg, 1,200 knots", lang="fa")
    '۲٫۵ kg, ۱٬۲۰۰ knots'
    >>> localise_digits("#9e292c at D65: ΔE00 = 1.5", lang="fa")
    '#9e292c at D65: ΔE00 = ۱٫۵'
    >>> localise_digits("8866", lang="en")
    '8866'
    >>> localise_digits("`f(2)` gave 3", lang="fa", keep=re.compile("`[^`]*`"))
    '`f(2)` gave ۳'
    """
    from farshlab.locale import current_language

    lang = lang or current_language()
    text = str(text)
    if lang not in _DIGITS:
        return text
    separators = _SEPARATORS.get(lang, {})

    def numbers(part: str) -> str:
        part = _BETWEEN_DIGITS.sub(lambda found: separators.get(found.group(1), found.group(1)), part)
        return part.translate(_DIGITS[lang])

    pieces, start = [], 0
    for kept in _kept(keep).finditer(text):
        pieces += [numbers(text[start : kept.start()]), kept.group()]
        start = kept.end()
    return "".join(pieces) + numbers(text[start:])


@cache
def _kept(keep: re.Pattern | None) -> re.Pattern:
    """What keeps its digits: ``keep``'s spans first, then codes and names."""
    return _KEPT if keep is None else re.compile(f"{keep.pattern}|{_KEPT.pattern}")


def has_own_digits(lang: str | None = None) -> bool:
    """
    Return whether language ``lang`` writes digits other than 0-9 (default: the session's).

    Examples
    --------
    >>> has_own_digits("fa"), has_own_digits("en")
    (True, False)
    """
    return localise_digits("0", lang) != "0"


def format_number(value: float, spec: str = "", lang: str | None = None) -> str:
    """
    Return ``value`` formatted with ``spec`` in language ``lang``'s digits and separators.

    Examples
    --------
    >>> format_number(0.125, ".2%", lang="fa")
    '۱۲٫۵۰%'
    >>> format_number(3, "d", lang="en")
    '3'
    """
    return localise_digits(format(value, spec), lang)


def read_number(text: str | float) -> float:
    """
    Return the number a person typed, in Latin, Persian or Arabic-Indic digits.

    Parameters
    ----------
    text : str or number
        Such as ``"12.5"``, ``"۱۲٫۵"``, ``"۱٬۲۰۰"`` or ``" ۵۰ "``. Numbers are returned as floats.

    Returns
    -------
    float

    Raises
    ------
    ValueError
        If ``text`` is not a number, saying what was typed.

    Examples
    --------
    >>> read_number("۱٬۲۰۰")
    1200.0
    >>> read_number("50")
    50.0
    >>> read_number("پنجاه")
    Traceback (most recent call last):
    ...
    ValueError: 'پنجاه' is not a number: type it with digits, such as 50 or ۵۰
    """
    from farshlab.locale import message

    if isinstance(text, bool):
        raise ValueError(message("digits.not_a_number", text=repr(text)))
    if isinstance(text, int | float):
        return float(text)
    latin = str(text).strip().translate(_TO_LATIN).replace(",", "")
    try:
        return float(latin)
    except ValueError:
        raise ValueError(message("digits.not_a_number", text=repr(text))) from None
