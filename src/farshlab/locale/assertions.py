"""
Test messages in the trainee's digits.

A Persian test message is written with Persian digits, but the values it quotes from the
trainee's answer (``f"… تابع شما {got} را داد"``) are formatted by Python, in Latin digits; the
assignment's code cannot change that, since its code must equal the English one. Where a
message is shown to a trainee it is therefore rewritten once more: in the trainees' kernels
(the start-up file ``farshlab workspace`` writes, through :func:`show_assertions_in`) and in
the feedback pages (:mod:`farshlab.course.feedback`). Code quoted between backticks keeps its
digits, so that a call shown to be typed stays valid Python.

Functions
---------
localised_message
    An assertion's message with its numbers in a language's digits, code spans kept.
show_assertions_in
    Make an IPython shell show failed assertions' messages in a language's digits.

Examples
--------
>>> localised_message("تابع شما 356 را داد؛ `knots_across(50, 50)` را ببینید", lang="fa")
'تابع شما ۳۵۶ را داد؛ `knots_across(50, 50)` را ببینید'
"""

from __future__ import annotations

import re

from farshlab.locale import current_language
from farshlab.locale.digits import has_own_digits, localise_digits

__all__ = ["localised_message", "show_assertions_in"]

_CODE_SPAN = re.compile(r"`[^`]*`")


def localised_message(text: str, lang: str | None = None) -> str:
    """
    Return an assertion's message ``text`` with its numbers written in ``lang``'s digits.

    Text between backticks is code and keeps its digits; hex colour codes and names such as
    ``ΔE00`` keep theirs too (:func:`farshlab.locale.localise_digits`).

    Parameters
    ----------
    text : str
        The message.
    lang : str, optional
        Language code; default the session's language.

    Returns
    -------
    str
        The message as the trainee reads it.

    Examples
    --------
    >>> localised_message("got 1,234.5 for `f(2)`", lang="fa")
    'got ۱٬۲۳۴٫۵ for `f(2)`'
    >>> localised_message("got 1,234.5", lang="en")
    'got 1,234.5'
    """
    if not isinstance(text, str):
        raise TypeError(f"an assertion's message is text, not {type(text).__name__}")
    return localise_digits(text, lang, keep=_CODE_SPAN)


def show_assertions_in(shell, lang: str | None = None) -> bool:
    """
    Make ``shell`` show each failed assertion's message in ``lang``'s digits.

    The failure itself is untouched: the cell still fails with the same ``AssertionError`` (Run
    All stops there, nbgrader's Validate counts it); only the text shown is rewritten, through
    IPython's handler for chosen exceptions (``set_custom_exc``). Does nothing in a language
    written with Latin digits.

    Parameters
    ----------
    shell : IPython.core.interactiveshell.InteractiveShell
        The running shell (``get_ipython()``).
    lang : str, optional
        Language code; default the session's language.

    Returns
    -------
    bool
        Whether a handler was set.

    Examples
    --------
    In English nothing changes (``get_ipython()`` in a kernel):

    >>> show_assertions_in(None, lang="en")
    False
    """
    lang = lang or current_language()
    if not has_own_digits(lang):
        return False

    def show(shell, etype, value, tb, tb_offset=None):
        shown = AssertionError(localised_message(str(value), lang))
        shell.showtraceback((etype, shown, tb), tb_offset=tb_offset)

    shell.set_custom_exc((AssertionError,), show)
    return True
