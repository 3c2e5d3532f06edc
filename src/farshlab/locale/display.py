"""
Showing a result to a person in the course's language.

Lessons show their results with :func:`say` rather than ``print``: the English and the Persian
lessons share one code, and only the words in the strings differ. English text is printed as
``print`` prints it. Text with Persian in it is shown as formatted output in a right-to-left
block with Persian digits, because JupyterLab draws ``print`` output in a fixed-width,
left-to-right font in which Persian reads broken.

Functions
---------
say
    Print English, or show Persian right to left with Persian digits.
is_persian
    Whether a text has Arabic-script letters in it.

Examples
--------
>>> say("50 raj across 7 cm:", 50 / 7, "knots per cm")
50 raj across 7 cm: 7.142857142857143 knots per cm
"""

import html
import re
import sys

__all__ = ["is_persian", "say"]

_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")

_LATIN_OR_CODE = re.compile(r"[A-Za-z#\[\]{}]")
#: Persian digits are not Persian words: a number alone is not isolated, a name with one is.
_NO_DIGITS = str.maketrans("", "", "۰۱۲۳۴۵۶۷۸۹٫٬")
#: How a Persian result looks: right to left, proportional font, line breaks and spaces kept.
_BLOCK = (
    '<div dir="rtl" lang="fa" class="farshlab-say" '
    "style=\"white-space: pre-wrap; text-align: start; font-family: Vazirmatn, 'Noto Sans Arabic', "
    'sans-serif; line-height: 1.6">{}</div>'
)


def is_persian(text: str) -> bool:
    """
    Return whether ``text`` has Arabic-script letters (Persian, Azerbaijani in Arabic script).

    Examples
    --------
    >>> is_persian("۵۰ رج"), is_persian("50 raj")
    (True, False)
    """
    return bool(_ARABIC_SCRIPT.search(str(text)))


def _in_notebook() -> bool:
    shell = sys.modules.get("IPython")
    if shell is None:
        return False
    ipython = shell.get_ipython()
    return ipython is not None and getattr(ipython, "kernel", None) is not None


def say(*values: object, sep: str = " ", end: str = "\n") -> None:
    """
    Show ``values`` to the trainee, as ``print`` does, in the language they are written in.

    English text is printed exactly as ``print(*values, sep=sep, end=end)`` prints it. Text
    with Persian words is shown in a notebook as a right-to-left block, with Persian digits and
    separators (``۱٬۲۰۰``, ``۲٫۵``), each value without Persian words but with Latin letters in it
    (a hex code, a name, a list) kept whole in ``<bdi>``; outside a notebook it is printed with
    Persian digits.

    Parameters
    ----------
    *values : object
        What to show; each is turned into ``str`` as ``print`` does.
    sep, end : str
        As for ``print``.

    Examples
    --------
    >>> say("rows:", 350)
    rows: 350
    >>> say("تعداد رج:", 350)
    تعداد رج: ۳۵۰
    """
    if not isinstance(sep, str) or not isinstance(end, str):
        raise TypeError("say: sep and end must be text, as for print")
    text = sep.join(str(value) for value in values)
    if not is_persian(text):
        print(text, end=end)
        return
    from farshlab.locale.digits import localise_digits

    shown = localise_digits(text, "fa")
    if not _in_notebook():
        print(shown, end=end)
        return
    from IPython.display import HTML, display

    pieces = [_isolated(localise_digits(str(value), "fa")) for value in values]
    shown = html.escape(localise_digits(sep, "fa")).join(pieces)
    display(HTML(_BLOCK.format(shown.rstrip("\n"))))


def _isolated(text: str) -> str:
    """
    One value of a Persian line as HTML: a value with no Persian in it that holds Latin letters or
    a ``#`` (a hex code, a name, a list) is isolated in ``<bdi>``, so that the browser's
    right-to-left ordering cannot scatter its characters across the line.

    Examples
    --------
    >>> _isolated("#9e292c"), _isolated("رج ۱"), _isolated("۳۵۰")
    ('<bdi>#9e292c</bdi>', 'رج ۱', '۳۵۰')
    """
    escaped = html.escape(text)
    if is_persian(text.translate(_NO_DIGITS)) or not _LATIN_OR_CODE.search(text):
        return escaped
    return f"<bdi>{escaped}</bdi>"
