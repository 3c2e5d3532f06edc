"""
Rows of a chart spoken into a folder: one WAV file per row and their playlist.

:func:`speak_rows` writes ``row-0001.wav``, ``row-0002.wav`` … (the row number from 1 at the
bottom, four digits or as many as the chart's last row needs) and ``rows.m3u``
(:mod:`farshlab.speech.playlist`), for the ``farshlab speak`` command and anyone with a chart file
and a player at the loom.

Classes
-------
SpokenRow
    One row written: its number, file, length and words.

Functions
---------
row_file_name
    ``row-0012.wav`` for row 12.
speak_rows
    Speak a range of rows into a folder.

Examples
--------
>>> import tempfile, pathlib
>>> from farshlab.chart import Chart
>>> from farshlab.colour import Yarn, YarnLegend
>>> legend = YarnLegend([Yarn(7, "Madder red", "#a8323a"), Yarn(45, "Indigo", "#26345a")])
>>> chart = Chart([[45, 45, 45, 7, 7], [7, 7, 7, 7, 7]], legend, 0.7, 0.28, 50, title="tiny")
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> spoken = speak_rows(chart, range(1, 3), folder, columns_from="left")
>>> [(row.row, row.path.name, row.words) for row in spoken]
[(1, 'row-0001.wav', 'رج ۱: ۳ تا ۴۵، ۲ تا ۷'), (2, 'row-0002.wav', 'رج ۲: ۵ تا ۷')]
>>> sorted(path.name for path in folder.iterdir())
['row-0001.wav', 'row-0002.wav', 'rows.m3u']
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from farshlab.chart.options import DEFAULT_COLUMNS_FROM
from farshlab.locale import localise_digits, message
from farshlab.speech.espeak import DEFAULT_WORDS_PER_MINUTE, check_speech, speak_wav, wav_seconds
from farshlab.speech.playlist import playlist_text
from farshlab.speech.text import row_words

__all__ = ["PLAYLIST", "SpokenRow", "row_file_name", "speak_rows"]

PLAYLIST = "rows.m3u"
"""The playlist's file name."""


@dataclass(frozen=True)
class SpokenRow:
    """One spoken row: its number (1 = bottom), its WAV file, its length in seconds and its words."""

    row: int
    path: Path
    seconds: float
    words: str


def row_file_name(row: int, rows: int) -> str:
    """
    Return the WAV file name of ``row`` in a chart of ``rows`` rows: at least four digits.

    Examples
    --------
    >>> row_file_name(12, 500), row_file_name(12, 12000)
    ('row-0012.wav', 'row-00012.wav')
    """
    return f"row-{row:0{max(4, len(str(rows)))}d}.wav"


def speak_rows(
    chart,
    rows,
    folder,
    lang: str = "fa",
    columns_from: str = DEFAULT_COLUMNS_FROM,
    words_per_minute: int = DEFAULT_WORDS_PER_MINUTE,
) -> list[SpokenRow]:
    """
    Speak ``rows`` of ``chart`` into ``folder``: one WAV file per row, then ``rows.m3u``.

    Parameters
    ----------
    chart : farshlab.chart.Chart
        The chart (its title, else the word "chart", names the playlist's entries).
    rows : iterable of int
        The weaver's row numbers (1 = bottom), in the order they are to be played.
    folder : path-like
        Where to write (made when missing); files of the same names are replaced.
    lang : {"fa", "en"}
        The language said.
    columns_from : {"right", "left"}
        The edge each row is read from.
    words_per_minute : int
        Speaking speed (espeak-ng's own by default).

    Returns
    -------
    list of SpokenRow
        The rows written, in order.

    Raises
    ------
    ValueError
        A row not in the chart, or bad options (checked before anything is written).
    farshlab.speech.SpeechError
        espeak-ng missing (checked before anything is written) or failing.
    OSError
        The folder cannot be written.
    """
    rows = list(rows)
    said = [row_words(chart, row, columns_from, lang) for row in rows]  # every row checked first
    check_speech(lang, words_per_minute)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    spoken = []
    for row, text in zip(rows, said, strict=True):
        sound = speak_wav(text, lang, words_per_minute)
        path = folder / row_file_name(row, chart.rows)
        path.write_bytes(sound)
        spoken.append(SpokenRow(row, path, wav_seconds(sound), text))
    name = chart.title or message("reader.playlist.untitled", lang=lang)
    entries = [
        (
            row.path.name,
            row.seconds,
            message("reader.playlist.title", lang, chart=name, row=localise_digits(row.row, lang)),
        )
        for row in spoken
    ]
    (folder / PLAYLIST).write_text(playlist_text(entries), encoding="utf-8")
    return spoken
