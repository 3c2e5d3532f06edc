"""
The talking chart (نقشه سخنگو): a chart's rows said aloud for the weaver at the loom.

A computer reading the rows aloud lets the weaver tie knots without looking up at the chart
(sources.md: cpt-ir). Each row is said as its run-length calls, from the side it is
read from, in Persian or English, through Debian's espeak-ng.

Modules
-------
text
    The words said for a row (:func:`row_words`) and its runs in reading order.
espeak
    Text → WAV bytes through the ``espeak-ng`` program; a WAV sound's length; whether a language
    and a speed can be spoken here.
playlist
    An M3U playlist of the spoken rows.
recording
    Rows spoken into a folder: one WAV file per row and the playlist (``farshlab speak``).
progress
    The row each chart is at, remembered across restarts (the Loom Reader's).

Examples
--------
>>> from farshlab.speech import row_words
>>> row_words([[45, 45, 45, 7, 7]], 1, columns_from="left", lang="en")
'Row 1: 3 of 45, 2 of 7'
"""

from farshlab._lazy import lazy_names

_WHERE = {
    "SPOKEN_LANGUAGES": "text",
    "row_runs": "text",
    "row_words": "text",
    "DEFAULT_WORDS_PER_MINUTE": "espeak",
    "SpeechError": "espeak",
    "check_speech": "espeak",
    "speak_wav": "espeak",
    "wav_seconds": "espeak",
    "playlist_text": "playlist",
    "SpokenRow": "recording",
    "row_file_name": "recording",
    "speak_rows": "recording",
    "ReadingProgress": "progress",
    "chart_key": "progress",
}

__all__ = list(_WHERE)

__getattr__, __dir__ = lazy_names("farshlab.speech", _WHERE, globals(), __all__)
