"""The words of a row: real expected strings for a small chart, both languages, both edges."""

import subprocess

import numpy as np
import pytest

from farshlab.chart import Chart, run_length_calls
from farshlab.colour import Yarn, YarnLegend
from farshlab.speech import row_runs, row_words

# row 0 is the bottom row (the weaver's row 1)
CODES = np.array(
    [
        [45, 45, 45, 7, 7, 120],
        [3, 12, 12, 12, 3, 3],
    ]
)
LEGEND = YarnLegend(
    [
        Yarn(3, "Cream", "#efe3c8"),
        Yarn(7, "Madder red", "#a8323a"),
        Yarn(12, "Walnut", "#5b3b22"),
        Yarn(45, "Indigo", "#26345a"),
        Yarn(120, "Weld yellow", "#d9b648"),
    ]
)


@pytest.mark.parametrize(
    ("row", "columns_from", "lang", "expected"),
    [
        (1, "right", "fa", "رج ۱: ۱ تا ۱۲۰، ۲ تا ۷، ۳ تا ۴۵"),
        (1, "left", "fa", "رج ۱: ۳ تا ۴۵، ۲ تا ۷، ۱ تا ۱۲۰"),
        (2, "right", "fa", "رج ۲: ۲ تا ۳، ۳ تا ۱۲، ۱ تا ۳"),
        (2, "left", "fa", "رج ۲: ۱ تا ۳، ۳ تا ۱۲، ۲ تا ۳"),
        (1, "right", "en", "Row 1: 1 of 120, 2 of 7, 3 of 45"),
        (1, "left", "en", "Row 1: 3 of 45, 2 of 7, 1 of 120"),
        (2, "right", "en", "Row 2: 2 of 3, 3 of 12, 1 of 3"),
        (2, "left", "en", "Row 2: 1 of 3, 3 of 12, 2 of 3"),
    ],
)
def test_row_words(row, columns_from, lang, expected):
    assert row_words(CODES, row, columns_from=columns_from, lang=lang) == expected


def test_a_chart_or_its_codes_alike_and_persian_by_default():
    chart = Chart(CODES, LEGEND, 0.84, 0.28, 50)
    assert row_words(chart, 1) == row_words(CODES, 1, "right", "fa") == "رج ۱: ۱ تا ۱۲۰، ۲ تا ۷، ۳ تا ۴۵"


def test_the_runs_are_those_of_the_run_length_calls():
    calls = run_length_calls(CODES, columns_from="left")
    assert calls[1] == "Row 2: 1 × colour 3, 3 × colour 12, 2 × colour 3"
    assert row_runs(CODES, 2, "left") == [(1, 3), (3, 12), (2, 3)]
    assert row_runs(CODES, 2, "right") == [(2, 3), (3, 12), (1, 3)]


def test_a_long_row_of_357_knots_and_80_runs():
    # 80 runs of 4 or 5 knots across a 357-knot row (50 cm at 50 raj), codes 1–24 in turn
    lengths = [5] * 37 + [4] * 43
    row = np.repeat(np.arange(80) % 24 + 1, lengths)
    assert row.size == 357
    codes = np.vstack([row, row[::-1]])
    said = row_words(codes, 2, columns_from="left", lang="en")
    assert said.startswith("Row 2: 4 of 8, 4 of 7, ")
    assert said.count(" of ") == 80 and said.endswith("5 of 1")
    assert len(row_runs(codes, 1)) == 80


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((CODES, 3), "row 3 is not in this chart: its rows are 1 to 2, counted from the bottom"),
        ((CODES, 0), "row 0 is not in this chart"),
        ((CODES, 1.0), "the row must be a whole number, got 1.0"),
        ((CODES, True), "the row must be a whole number, got True"),
        ((CODES, 1, "top"), "columns_from must be 'right' or 'left', got 'top'"),
        (([1, 2, 3], 1), r"codes must be a 2-D grid .* got shape \(3,\)"),
        ((np.array([[0.5, 1.0]]), 1), "codes must be a 2-D grid"),
    ],
)
def test_clear_errors(args, message):
    with pytest.raises(ValueError, match=message):
        row_words(*args)


def test_an_unknown_language():
    with pytest.raises(
        ValueError, match="there are no spoken words for the language 'az': choose one of fa, en"
    ):
        row_words(CODES, 1, lang="az")


def test_espeak_says_persian_digits_as_spoken_number_words():
    """Why the numbers stay digits: espeak-ng's fa voice says ۴۵ «chehel-o-panj», as people do."""

    def phonemes(text):
        done = subprocess.run(
            ["espeak-ng", "-v", "fa", "-x", "-q", text], capture_output=True, text=True, check=True
        )
        return done.stdout.split()

    said = phonemes(row_words(CODES, 1, columns_from="left"))  # رج ۱: ۳ تا ۴۵، ۲ تا ۷، ۱ تا ۱۲۰
    assert said == ["R'adZ", "j'ek", "s'e", "tA:", "tS,ehel'opandZ", "d'o", "tA:", "h'aft",
                    "j'ek", "tA:", "sa:d'o", "bist"]  # fmt: skip
    # the same number spelled out reads as the written «va», in three words
    assert phonemes("چهل و پنج") == ["tS'ehel", "v'a", "p'andZ"]
