"""
Speech from text through Debian's ``espeak-ng`` program: WAV sound in, seconds out.

espeak-ng (1.51 in Debian 12, package ``espeak-ng``) is a formant synthesiser: the classic robotic
voice, but it has a Persian voice (``fa``) that reads Persian digits as Persian number words, runs
on any computer without downloading anything, and speaks a row in tens of milliseconds.
:func:`speak_wav` runs it once per text (``espeak-ng -v fa -s 175 -w FILE --stdin``, the text on
its standard input, so that no text is taken for an option) and returns the WAV file's bytes:
16-bit mono PCM at 22,050 Hz. When the program or the voice is missing, a :class:`SpeechError`
says in the user's words what to install.

Constants
---------
ESPEAK
    The program's name, looked up on ``PATH``.
VOICES
    The espeak-ng voice of each spoken language.
DEFAULT_WORDS_PER_MINUTE, SLOWEST, FASTEST
    espeak-ng's own speaking speed and the range it takes.

Classes
-------
SpeechError
    espeak-ng is missing, lacks the voice, or failed.

Functions
---------
check_speech
    Whether a language and a speed can be spoken here (before any sound is made).
speak_wav
    Text → WAV bytes.
wav_seconds
    The length of a WAV sound, in seconds.

References
----------
espeak-ng's manual, ``man espeak-ng`` (options ``-v``, ``-s``, ``-w``, ``--stdin``).

Examples
--------
>>> sound = speak_wav("رج ۱۲: ۳ تا ۴۵، ۲ تا ۷", lang="fa")
>>> sound[:4], sound[8:12]
(b'RIFF', b'WAVE')
>>> 2.0 < wav_seconds(sound) < 6.0
True
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import wave
from pathlib import Path

from farshlab.checks import words

__all__ = [
    "DEFAULT_WORDS_PER_MINUTE",
    "ESPEAK",
    "FASTEST",
    "SLOWEST",
    "VOICES",
    "SpeechError",
    "check_speech",
    "speak_wav",
    "wav_seconds",
]

ESPEAK = "espeak-ng"
VOICES = {"fa": "fa", "en": "en"}
"""espeak-ng's voice for each language the rows are said in (``espeak-ng --voices=fa``)."""
DEFAULT_WORDS_PER_MINUTE = 175
"""espeak-ng's own speed (``-s``), words per minute."""
SLOWEST, FASTEST = 80, 450
"""The speeds espeak-ng takes (words per minute)."""

_NO_VOICE = "voice does not exist"
"""What espeak-ng writes on stderr when it lacks the voice asked for."""


class SpeechError(RuntimeError):
    """The rows cannot be spoken on this computer: espeak-ng or its voice is missing, or it failed."""


def check_speech(lang: str = "fa", words_per_minute: int = DEFAULT_WORDS_PER_MINUTE) -> str:
    """
    Check that rows can be said in ``lang`` at ``words_per_minute`` here; return the program's path.

    :func:`speak_wav` checks the same; call this first to refuse bad options, or a computer
    without espeak-ng, before anything is written.

    Parameters
    ----------
    lang : {"fa", "en"}
        The language, which chooses the voice (:data:`VOICES`).
    words_per_minute : int
        Speaking speed, a whole number from 80 to 450.

    Returns
    -------
    str
        The path of the ``espeak-ng`` program.

    Raises
    ------
    ValueError
        For a language without a voice or a speed out of range.
    SpeechError
        When espeak-ng is not installed.

    Examples
    --------
    >>> check_speech("fa", 175).endswith("espeak-ng")
    True
    >>> check_speech("fa", 500)
    Traceback (most recent call last):
    ...
    ValueError: the speed must be a whole number of words per minute from 80 to 450, got 500
    """
    if lang not in VOICES:
        raise ValueError(words("reader.error.lang", value=repr(lang), choices=", ".join(VOICES)))
    if (
        isinstance(words_per_minute, bool)
        or not isinstance(words_per_minute, int)
        or not SLOWEST <= words_per_minute <= FASTEST
    ):
        raise ValueError(words("reader.error.speed", low=SLOWEST, high=FASTEST, value=repr(words_per_minute)))
    found = shutil.which(ESPEAK)
    if found is None:
        raise SpeechError(words("reader.error.no_espeak"))
    return found


def speak_wav(text: str, lang: str = "fa", words_per_minute: int = DEFAULT_WORDS_PER_MINUTE) -> bytes:
    """
    Return ``text`` spoken by espeak-ng as the bytes of a WAV file.

    Parameters
    ----------
    text : str
        What to say (a row's words: :func:`farshlab.speech.row_words`); any length.
    lang : {"fa", "en"}
        The language, which chooses the voice (:data:`VOICES`).
    words_per_minute : int
        Speaking speed, from 80 to 450 (espeak-ng's own is 175).

    Returns
    -------
    bytes
        A RIFF/WAVE file: 16-bit mono PCM, 22,050 samples per second.

    Raises
    ------
    ValueError
        For a language without a voice or a speed out of range.
    SpeechError
        When espeak-ng is not installed, lacks the voice, or fails.

    Examples
    --------
    >>> speak_wav("Row 1: 3 of 45", lang="xx")
    Traceback (most recent call last):
    ...
    ValueError: there are no spoken words for the language 'xx': choose one of fa, en
    """
    program = check_speech(lang, words_per_minute)
    with tempfile.TemporaryDirectory(prefix="farshlab-speech-") as folder:
        path = Path(folder) / "spoken.wav"
        command = [program, "-v", VOICES[lang], "-s", str(words_per_minute), "-w", str(path), "--stdin"]
        done = subprocess.run(command, input=text.encode("utf-8"), capture_output=True, check=False)
        problem = done.stderr.decode("utf-8", "replace").strip()
        if _NO_VOICE in problem:
            raise SpeechError(words("reader.error.no_voice", voice=VOICES[lang], language=lang))
        if done.returncode != 0 or not path.is_file():
            detail = problem or words("reader.error.espeak_status", status=done.returncode)
            raise SpeechError(words("reader.error.espeak", detail=detail))
        return path.read_bytes()


def wav_seconds(sound) -> float:
    """
    Return the length of a WAV sound in seconds (samples ÷ samples per second).

    Parameters
    ----------
    sound : bytes-like or path-like
        The WAV file's bytes (``bytes``, ``bytearray``, ``memoryview``: an ``Audio`` widget's
        value), or its path.

    Raises
    ------
    ValueError
        When it is not a WAV file.

    Examples
    --------
    >>> wav_seconds(b"not a sound")
    Traceback (most recent call last):
    ...
    ValueError: the sound is not a WAV sound file: file does not start with RIFF id
    """
    source = io.BytesIO(sound) if isinstance(sound, bytes | bytearray | memoryview) else Path(sound)
    name = "the sound" if isinstance(source, io.BytesIO) else source.name
    try:
        with wave.open(source if isinstance(source, io.BytesIO) else str(source), "rb") as reader:
            return reader.getnframes() / reader.getframerate()
    except (wave.Error, EOFError) as error:
        raise ValueError(words("reader.error.wav", source=name, detail=error)) from None
