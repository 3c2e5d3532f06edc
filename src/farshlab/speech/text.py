"""
The words of a row as the talking chart says them: run-length calls, counted the weaver's way.

A weaver at the loom hears one row at a time: the row's number (from 1 at the bottom), then each
run of one colour along the row from the side it is read from, «how many of which code»:
``رج ۱۲: ۳ تا ۴۵، ۲ تا ۷`` (say: *raj-e davāzdah: se tā chehel-o-panj, do tā haft*), or in
English ``Row 12: 3 of 45, 2 of 7``. The runs are those of
:func:`farshlab.chart.run_lengths` on the row in reading order, so the words say what the
run-length calls of :func:`farshlab.chart.run_length_calls` print.

Numbers are written in the language's digits (Persian digits in Persian) and left for the voice to
say: espeak-ng's ``fa`` voice reads ``۴۵`` as *chehel-o-panj*, the spoken form with «o», in one
word. Spelling the numbers out first does worse: «چهل و پنج» comes out as three words
*chehel va panj* (the written «va»), and «چهل‌وپنج» (with the zero-width non-joiner) as a
garbled *chehelvapanadzh* (espeak-ng 1.51's phonemes, ``espeak-ng -v fa -x``; tests/speech
checks them). The count comes first and «تا» after it, as Sardrud instructors count knots;
no word «colour» is said between count and code, to keep a long row short.

Functions
---------
row_runs
    One row of a chart (from 1 at the bottom) → its runs ``[(count, code), …]`` in reading order.
row_words
    The words said for one row.

Constants
---------
SPOKEN_LANGUAGES
    The languages the rows can be said in.

Examples
--------
>>> import numpy as np
>>> codes = np.array([[7, 7, 45, 45, 45], [3, 3, 3, 3, 3]])  # row 0 is the bottom row
>>> row_words(codes, 1, columns_from="left", lang="en")
'Row 1: 2 of 7, 3 of 45'
>>> row_words(codes, 1, columns_from="right", lang="fa")
'رج ۱: ۳ تا ۴۵، ۲ تا ۷'
"""

from __future__ import annotations

import numpy as np

from farshlab.chart.options import COLUMN_ORIGINS, DEFAULT_COLUMNS_FROM
from farshlab.chart.reading import run_lengths
from farshlab.checks import words
from farshlab.locale import localise_digits, message

__all__ = ["SPOKEN_LANGUAGES", "row_runs", "row_words"]

SPOKEN_LANGUAGES = ("fa", "en")
"""The languages the rows are said in: each has its words (catalogue area ``reader.words``) and an
espeak-ng voice (:data:`farshlab.speech.espeak.VOICES`)."""


def _codes(chart) -> np.ndarray:
    """The codes of a :class:`~farshlab.chart.Chart` or of a 2-D array, checked."""
    codes = np.asarray(getattr(chart, "codes", chart))
    if codes.ndim != 2 or codes.size == 0 or codes.dtype.kind not in "iu":
        raise ValueError(words("reader.error.codes", shape=codes.shape, dtype=codes.dtype))
    return codes


def _row_index(row, rows: int) -> int:
    """The array index of the weaver's row ``row`` (1 = bottom), or the reason it is not one."""
    if isinstance(row, bool) or not isinstance(row, int | np.integer):
        raise ValueError(words("reader.error.row_type", value=repr(row)))
    if not 1 <= row <= rows:
        raise ValueError(words("reader.error.row", row=int(row), rows=rows))
    return int(row) - 1


def row_runs(chart, row: int, columns_from: str = DEFAULT_COLUMNS_FROM) -> list[tuple[int, int]]:
    """
    Return the runs of one row in the order the weaver ties them: ``[(count, code), …]``.

    Parameters
    ----------
    chart : farshlab.chart.Chart or array_like of int, shape (rows, knots_across)
        The chart, or its codes with row 0 = the bottom row.
    row : int
        The weaver's row number, 1 = the bottom row.
    columns_from : {"right", "left"}
        The edge the row is read from (the chart's column 1).

    Returns
    -------
    list of (int, int)
        Knots in the run and the yarn code, first run first.

    Raises
    ------
    ValueError
        When the codes are not a 2-D grid of whole numbers, ``row`` is not one of the chart's rows
        or ``columns_from`` is neither edge.

    Examples
    --------
    >>> row_runs([[5, 5, 9], [1, 1, 1]], 1)  # read from the right edge
    [(1, 9), (2, 5)]
    >>> row_runs([[5, 5, 9], [1, 1, 1]], 3)
    Traceback (most recent call last):
    ...
    ValueError: row 3 is not in this chart: its rows are 1 to 2, counted from the bottom
    """
    codes = _codes(chart)
    index = _row_index(row, codes.shape[0])
    if columns_from not in COLUMN_ORIGINS:
        raise ValueError(words("reader.error.columns_from", value=repr(columns_from)))
    values = codes[index]
    return run_lengths(values[::-1] if columns_from == "right" else values)


def row_words(chart, row: int, columns_from: str = DEFAULT_COLUMNS_FROM, lang: str = "fa") -> str:
    """
    Return the words the talking chart says for one row: ``"رج ۱۲: ۳ تا ۴۵، ۲ تا ۷"``.

    Parameters
    ----------
    chart : farshlab.chart.Chart or array_like of int, shape (rows, knots_across)
        The chart, or its codes with row 0 = the bottom row.
    row : int
        The weaver's row number, 1 = the bottom row.
    columns_from : {"right", "left"}
        The edge the row is read from.
    lang : {"fa", "en"}
        The language said (Persian by default: the weavers' language), with its digits.

    Returns
    -------
    str
        The row's number and its runs, ``count`` then ``code``, separated by the language's comma.

    Examples
    --------
    >>> row_words([[45, 45, 45, 7, 7]], 1, columns_from="left")
    'رج ۱: ۳ تا ۴۵، ۲ تا ۷'
    >>> row_words([[45, 45, 45, 7, 7]], 1, columns_from="right", lang="en")
    'Row 1: 2 of 7, 3 of 45'
    """
    if lang not in SPOKEN_LANGUAGES:
        raise ValueError(words("reader.error.lang", value=repr(lang), choices=", ".join(SPOKEN_LANGUAGES)))
    runs = row_runs(chart, row, columns_from)
    call = message("reader.words.call", lang=lang, count="{0}", code="{1}").format
    calls = message("reader.words.comma", lang=lang).join(call(count, code) for count, code in runs)
    return localise_digits(message("reader.words.row", lang=lang, row=row, calls=calls), lang)
