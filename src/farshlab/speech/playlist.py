"""
An M3U playlist of spoken rows, for any music player or phone at the loom.

The extended M3U format: a ``#EXTM3U`` header, then for each file an ``#EXTINF:SECONDS,TITLE``
line (whole seconds, rounded up, so a player never cuts a row short) followed by the file's name,
relative to the playlist's folder so the folder can be copied anywhere. The text is UTF-8 (titles
may be Persian), said by an ``#EXTENC:UTF-8`` line, which players that look for it use.

Functions
---------
playlist_text
    The playlist's text from ``(file name, seconds, title)`` entries.

Examples
--------
>>> print(playlist_text([("row-0001.wav", 4.2, "Row 1"), ("row-0002.wav", 3.0, "Row 2")]), end="")
#EXTM3U
#EXTENC:UTF-8
#EXTINF:5,Row 1
row-0001.wav
#EXTINF:3,Row 2
row-0002.wav
"""

from __future__ import annotations

import math

__all__ = ["playlist_text"]


def playlist_text(entries) -> str:
    """
    Return an extended M3U playlist of ``entries``.

    Parameters
    ----------
    entries : iterable of (str, float, str)
        Each file's name (relative to the playlist), its length in seconds and its title.

    Returns
    -------
    str
        The playlist, one line per header and two per entry, each ending in a newline.
    """
    lines = ["#EXTM3U", "#EXTENC:UTF-8"]
    for name, seconds, title in entries:
        lines += [f"#EXTINF:{math.ceil(seconds)},{' '.join(str(title).split())}", str(name)]
    return "\n".join(lines) + "\n"
