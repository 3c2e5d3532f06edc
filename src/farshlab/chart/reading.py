"""
The three ways weavers read a coded chart: numbered grid, layer lists and run-length calls.

A chart is a 2-D array of yarn codes, ``codes[row, column]``, **row 0 = the bottom row**, the first
the weaver ties (farshlab's convention, :mod:`farshlab.design`). Weavers number rows from **1 at the
bottom**. Columns are numbered from 1 at the right edge (``columns_from="right"``, the default) or at
the left edge (``"left"``): choose what the workshop's weavers are used to.

1. **Numbered grid** — every cell shows its code; printed top row first, as the chart looks on
   paper (never mirrored), in strips of 10 rows.
2. **Layer list** (چاپ لایه‌ای, "computer coding") — for each row, each colour once, with the knot
   positions that take it, condensed as ranges; the weaver ties all knots of one colour in the row,
   then the next. ``Row 1: colour 53: columns 140–142, 148, 150–154`` (sources.md: cpt-ir).
   Colours are listed in the order the weaver meets them along the row.
3. **Run-length calls** — along the row, how many knots of each colour in turn:
   ``Row 1: 2 × colour 7, 3 × colour 12`` (the Kashmiri *talim* is the same idea).

Ranges: two or more neighbouring columns are written ``first–last`` with an en dash (``5–6``,
``140–142``); single columns alone.

Words: each format is written in a language (``lang``), its words from the catalogues of
:mod:`farshlab.locale` and its digits as that language writes them:
``رج ۱: رنگ ۵۳: ستون‌های ۱۴۰–۱۴۲، ۱۴۸`` in Persian. The layer lists and the run-length calls are
English unless asked (``lang="fa"``): their English lines are also the text format the course's
assignments check and the chart files (``rows.txt``) hold. The numbered grid is only ever read, so
it speaks the current language (``$FARSHLAB_LANG``).

The whole-chart formats find the runs of a block of rows at once with NumPy (a run of one colour
is one range of its layer), so only the text itself is made knot-run by knot-run in Python.

Functions
---------
condense_ranges
    Sorted column numbers → ``"140–142, 148, 150–154"``.
run_lengths
    One row → ``[(count, code), …]``.
row_layers
    One row → ``[(code, [columns…]), …]``.
numbered_grid
    The numbered-grid text.
layer_lists
    The layer-list lines, row 1 first.
run_length_calls
    The run-length lines, row 1 first.

References
----------
The reading formats in use in Sardrud, the talim (sources.md: coding-tools, cpt-ir).

Examples
--------
>>> import numpy as np
>>> chart = np.array([[7, 7, 12, 12, 12], [3, 7, 7, 7, 3]])  # row 0 is the bottom row
>>> print("\\n".join(layer_lists(chart, columns_from="left")))
Row 1: colour 7: columns 1–2
Row 1: colour 12: columns 3–5
Row 2: colour 3: columns 1, 5
Row 2: colour 7: columns 2–4
>>> print("\\n".join(run_length_calls(chart, columns_from="left")))
Row 1: 2 × colour 7, 3 × colour 12
Row 2: 1 × colour 3, 3 × colour 7, 1 × colour 3
"""

from __future__ import annotations

import string

import numpy as np

from farshlab.carpet._checks import words
from farshlab.chart.options import COLUMN_ORIGINS, DEFAULT_COLUMNS_FROM
from farshlab.locale import DEFAULT_LANGUAGE, RIGHT_TO_LEFT, catalogue, current_language, localise_digits

__all__ = [
    "condense_ranges",
    "layer_lists",
    "numbered_grid",
    "row_layers",
    "run_length_calls",
    "run_lengths",
]


STRIP_ROWS = 10
"""Rows per strip of the numbered grid (one khaneh high)."""

_LEFT_TO_RIGHT_MARK = "\u200e"
"""Put after a right-to-left label so that the codes after it keep the chart's order on screen."""


def _template(key: str, lang: str, fields: tuple[str, ...] = ()) -> str:
    """
    The catalogue template ``key`` of ``lang`` (English when that language lacks it); with ``fields``,
    its fields numbered in that order (``"Row {0}: …"``), so that a line is filled by position, fast.
    """
    template = catalogue(lang).get(key) or catalogue(DEFAULT_LANGUAGE)[key]
    if not fields:
        return template
    parts = []
    for literal, name, spec, conversion in string.Formatter().parse(template):
        parts.append(literal.replace("{", "{{").replace("}", "}}"))
        if name is not None:
            parts.append(f"{{{fields.index(name)}{'!' + conversion if conversion else ''}:{spec}}}")
    return "".join(parts)


def _in_digits(lines: list[str], lang: str) -> list[str]:
    """The lines with their digits written as ``lang`` writes them."""
    return lines if lang == DEFAULT_LANGUAGE else localise_digits("\n".join(lines), lang).split("\n")


def _chart(codes) -> np.ndarray:
    array = np.asarray(codes)
    if array.ndim != 2 or array.size == 0 or array.dtype.kind not in "iu":
        raise ValueError(words("chart.reading.error.codes", shape=array.shape, dtype=array.dtype))
    if array.min() < 0:
        raise ValueError(words("chart.reading.error.negative", value=array.min()))
    return array


def _row(row) -> np.ndarray:
    array = np.asarray(row)
    if array.ndim != 1 or array.size == 0 or array.dtype.kind not in "iu":
        raise ValueError(words("chart.reading.error.row", shape=array.shape, dtype=array.dtype))
    return array


def _reading_order(codes: np.ndarray, columns_from: str) -> np.ndarray:
    """The chart with column 1 first in every row."""
    if columns_from not in COLUMN_ORIGINS:
        raise ValueError(words("chart.reading.error.columns_from", value=repr(columns_from)))
    return codes[:, ::-1] if columns_from == "right" else codes


def condense_ranges(columns, lang: str = DEFAULT_LANGUAGE) -> str:
    """
    Column numbers as ranges: ``[140, 141, 142, 148, 150, …, 154]`` → ``"140–142, 148, 150–154"``.

    Parameters
    ----------
    columns : iterable of int
        Column numbers, increasing, no repeats.
    lang : str
        Language of the digits and the comma (default English, the format the assignments check).

    Examples
    --------
    >>> condense_ranges([140, 141, 142, 148, 150, 151, 152, 153, 154])
    '140–142, 148, 150–154'
    >>> condense_ranges([5, 6, 9])
    '5–6, 9'
    >>> condense_ranges([5, 6, 9], lang="fa")
    '۵–۶، ۹'
    """
    numbers = [int(n) for n in columns]
    if not numbers:
        raise ValueError(words("chart.reading.error.no_columns"))
    if any(b <= a for a, b in zip(numbers, numbers[1:], strict=False)):
        raise ValueError(words("chart.reading.error.columns_order", numbers=numbers))
    parts, start = [], numbers[0]
    for previous, current in zip(numbers, numbers[1:] + [None], strict=True):
        if current != previous + 1 if current is not None else True:
            parts.append(str(start) if start == previous else f"{start}–{previous}")
            start = current
    return localise_digits(_template("chart.reading.comma", lang).join(parts), lang)


def run_lengths(row) -> list[tuple[int, int]]:
    """
    A row in reading order → runs ``[(count, code), …]``.

    Examples
    --------
    >>> run_lengths([7, 7, 12, 12, 12, 7])
    [(2, 7), (3, 12), (1, 7)]
    """
    values = _row(row)
    starts = np.flatnonzero(np.concatenate([[True], values[1:] != values[:-1]]))
    counts = np.diff(np.append(starts, values.size))
    return [(int(n), int(values[s])) for s, n in zip(starts, counts, strict=True)]


def row_layers(row) -> list[tuple[int, list[int]]]:
    """
    A row in reading order → each colour once with its column numbers (1-based), first met first.

    Examples
    --------
    >>> row_layers([3, 7, 7, 7, 3])
    [(3, [1, 5]), (7, [2, 3, 4])]
    """
    values = _row(row)
    order = np.argsort(values, kind="stable")  # columns grouped by code, increasing within a code
    grouped = values[order]
    starts = np.flatnonzero(np.concatenate([[True], grouped[1:] != grouped[:-1]]))
    stops = np.append(starts[1:], values.size).tolist()
    columns = (order + 1).tolist()
    groups = [
        (int(grouped[start]), columns[start:stop]) for start, stop in zip(starts.tolist(), stops, strict=True)
    ]
    return [groups[i] for i in np.argsort(order[starts], kind="stable").tolist()]


def chart_runs(chart: np.ndarray) -> tuple[np.ndarray, ...]:
    """
    Every run of one code along the rows of a 2-D array: (row, first column, knots, code), each an array.

    Rows and columns are array positions (0-based); turn the chart to reading order first.

    Examples
    --------
    >>> [a.tolist() for a in chart_runs(np.array([[5, 5, 9], [7, 7, 7]]))]
    [[0, 0, 1], [0, 2, 0], [2, 1, 3], [5, 9, 7]]
    """
    across = chart.shape[1]
    change = np.ones(chart.shape, dtype=bool)
    np.not_equal(chart[:, 1:], chart[:, :-1], out=change[:, 1:])
    first = np.flatnonzero(change)  # every row starts a run, so a run's end is the next run's start
    knots = np.diff(first, append=chart.size)
    row, column = np.divmod(first, across)
    return row, column, knots, chart.ravel()[first]


KNOTS_AT_ONCE = 1 << 19
"""Knots (in whole rows) whose reading lines are made at once: bounds the memory of the pieces."""


def _blocks(chart: np.ndarray):
    """The chart in blocks of whole rows, about KNOTS_AT_ONCE knots each: (rows before it, block)."""
    step = max(1, KNOTS_AT_ONCE // chart.shape[1])
    for before in range(0, chart.shape[0], step):
        yield before, chart[before : before + step]


def _layer_lines(block: np.ndarray, before: int, line, comma: str) -> list[str]:
    row, column, knots, code = chart_runs(block)
    # a run is one range (runs of one colour never touch); the ranges of a colour in a row, in order
    ranges = [
        str(first) if count == 1 else f"{first}–{first + count - 1}"
        for first, count in zip((column + 1).tolist(), knots.tolist(), strict=True)
    ]
    by_colour = np.lexsort((column, code, row))  # row, then colour, then column
    row, column, code = row[by_colour], column[by_colour], code[by_colour]
    starts = np.flatnonzero(np.concatenate([[True], (row[1:] != row[:-1]) | (code[1:] != code[:-1])]))
    stops = np.append(starts[1:], row.size)
    # each row's colours in the order the weaver meets them: by the first column of each
    met = np.lexsort((column[starts], row[starts]))
    by_colour = by_colour.tolist()
    return [
        line(number, colour, comma.join([ranges[i] for i in by_colour[start:stop]]))
        for number, colour, start, stop in zip(
            (row[starts][met] + before + 1).tolist(),
            code[starts][met].tolist(),
            starts[met].tolist(),
            stops[met].tolist(),
            strict=True,
        )
    ]


def layer_lists(codes, columns_from: str = DEFAULT_COLUMNS_FROM, lang: str = DEFAULT_LANGUAGE) -> list[str]:
    """
    The layer list: one line per row and colour, row 1 (the bottom row) first.

    Parameters
    ----------
    codes : array_like of int, shape (rows, knots_across)
        The chart, row 0 = bottom.
    columns_from : {"right", "left"}
        Which edge is column 1.
    lang : str
        Language of the lines. English by default, the format the assignments check and the chart
        files hold; give the course's language (``current_language()``) to show them to a person.

    Returns
    -------
    list of str
        ``"Row 1: colour 53: columns 140–142, 148, 150–154"`` lines.

    Examples
    --------
    >>> layer_lists([[5, 5, 9]], columns_from="right")
    ['Row 1: colour 9: columns 1', 'Row 1: colour 5: columns 2–3']
    >>> layer_lists([[5, 5, 9]], columns_from="right", lang="fa")
    ['رج ۱: رنگ ۹: ستون‌های ۱', 'رج ۱: رنگ ۵: ستون‌های ۲–۳']
    """
    chart = _reading_order(_chart(codes), columns_from)
    line = _template("chart.reading.layer", lang, ("row", "code", "columns")).format
    comma = _template("chart.reading.comma", lang)
    lines = [text for before, block in _blocks(chart) for text in _layer_lines(block, before, line, comma)]
    return _in_digits(lines, lang)


def _call_lines(block: np.ndarray, before: int, line, call, comma: str) -> list[str]:
    row, _, knots, code = chart_runs(block)
    calls = [call(count, colour) for count, colour in zip(knots.tolist(), code.tolist(), strict=True)]
    bounds = np.searchsorted(row, np.arange(len(block) + 1)).tolist()
    return [line(before + r + 1, comma.join(calls[bounds[r] : bounds[r + 1]])) for r in range(len(block))]


def run_length_calls(
    codes, columns_from: str = DEFAULT_COLUMNS_FROM, lang: str = DEFAULT_LANGUAGE
) -> list[str]:
    """
    Run-length calls: one line per row, row 1 first, ``"Row 1: 2 × colour 7, 3 × colour 12"``.

    ``lang`` is the language of the lines, as for :func:`layer_lists` (English by default).

    Examples
    --------
    >>> run_length_calls([[5, 5, 9]], columns_from="right")
    ['Row 1: 1 × colour 9, 2 × colour 5']
    >>> run_length_calls([[5, 5, 9]], columns_from="right", lang="fa")
    ['رج ۱: ۱ × رنگ ۹، ۲ × رنگ ۵']
    """
    chart = _reading_order(_chart(codes), columns_from)
    line = _template("chart.reading.calls", lang, ("row", "calls")).format
    call = _template("chart.reading.call", lang, ("count", "code")).format
    comma = _template("chart.reading.comma", lang)
    lines = [
        text for before, block in _blocks(chart) for text in _call_lines(block, before, line, call, comma)
    ]
    return _in_digits(lines, lang)


def _cell_text(chart: np.ndarray, width: int) -> np.ndarray:
    """Each knot's ``" " + code`` (right-aligned to ``width``) as ASCII bytes: (rows, across, width + 1)."""
    if chart.max() < 1 << 16:
        codes, where = np.arange(int(chart.max()) + 1), chart
    else:
        codes, where = np.unique(chart, return_inverse=True)
    text = "".join(f" {code:>{width}}" for code in codes.tolist()).encode("ascii")
    cells = np.frombuffer(text, dtype=np.uint8).reshape(len(codes), width + 1)
    return cells[where.reshape(chart.shape)]


def numbered_grid(
    codes, columns_from: str = DEFAULT_COLUMNS_FROM, strip_rows: int = STRIP_ROWS, lang: str | None = None
) -> str:
    """
    The numbered grid as text: the chart as it looks on paper (top row first, the picture the right
    way round), in strips of ``strip_rows`` rows.

    Every line starts with the row number (from 1 at the bottom); a header line gives the last
    digit of each column's number (``|`` for every 10th column), counted from the right edge or the
    left edge, so the columns can be counted; strips are separated by a blank line. Codes are
    right-aligned to the width of the widest.

    The labels and digits are in language ``lang`` (default: the current language,
    ``$FARSHLAB_LANG``). After a right-to-left label (Persian) a left-to-right mark keeps the codes in
    the chart's order on screen, so the picture is never mirrored.

    Examples
    --------
    >>> print(numbered_grid([[1, 1, 12], [3, 12, 12], [7, 7, 7]], columns_from="left", strip_rows=2))
    column:  1  2  3
    row 3:   7  7  7
    <BLANKLINE>
    column:  1  2  3
    row 2:   3 12 12
    row 1:   1  1 12
    >>> print(numbered_grid([[1, 12]], columns_from="left", lang="fa").replace("\u200e", ""))
    ستون:  ۱  ۲
    رج ۱:  ۱ ۱۲
    """
    lang = lang or current_language()
    chart = _chart(codes)
    _reading_order(chart, columns_from)  # checks columns_from
    if isinstance(strip_rows, bool) or not isinstance(strip_rows, int) or strip_rows < 1:
        raise ValueError(words("chart.reading.error.strip_rows", value=repr(strip_rows)))
    rows, across = chart.shape
    numbers = range(1, across + 1) if columns_from == "left" else range(across, 0, -1)
    width = max(len(str(int(chart.max()))), 1)
    label = len(str(rows))
    column_label, row_label = (_template(f"chart.reading.grid.{key}", lang) for key in ("column", "row"))
    mark = _LEFT_TO_RIGHT_MARK if lang in RIGHT_TO_LEFT else ""
    prefix = max(len(column_label), len(row_label.format(row=rows)))
    header = f"{column_label:<{prefix}}{mark}" + "".join(
        f" {'|' if n % 10 == 0 else n % 10:>{width}}" for n in numbers
    )
    cells = _cell_text(chart, width)
    blocks = []
    # strips are counted from the bottom (rows 1–10, 11–20 …) and printed top strip first
    for top in range(((rows - 1) // strip_rows) * strip_rows, -1, -strip_rows):
        lines = [header]
        for index in range(min(rows, top + strip_rows) - 1, top - 1, -1):
            row = row_label.format(row=f"{index + 1:>{label}}")
            lines.append(f"{row:<{prefix}}{mark}{cells[index].tobytes().decode('ascii')}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) if lang == DEFAULT_LANGUAGE else localise_digits("\n\n".join(blocks), lang)
