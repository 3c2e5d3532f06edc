"""WAV sound through Debian's espeak-ng: a real RIFF file, a length, clear errors."""

import io
import wave

import numpy as np
import pytest

from farshlab.speech import SpeechError, row_words, speak_wav, wav_seconds
from farshlab.speech import espeak as espeak_module


def test_a_persian_row_is_a_wav_of_a_few_seconds():
    sound = speak_wav("رج ۱۲: ۳ تا ۴۵، ۲ تا ۷", lang="fa")
    assert sound[:4] == b"RIFF" and sound[8:12] == b"WAVE"
    with wave.open(io.BytesIO(sound)) as reader:
        assert (reader.getnchannels(), reader.getsampwidth(), reader.getframerate()) == (1, 2, 22050)
        samples = np.frombuffer(reader.readframes(reader.getnframes()), dtype="<i2")
    seconds = wav_seconds(sound)
    assert seconds == samples.size / 22050
    assert 2.0 < seconds < 6.0  # 3.6 s measured with espeak-ng 1.51
    assert np.abs(samples).max() > 3000  # sound, not silence


def test_longer_text_is_longer_sound_and_slower_is_longer():
    short = wav_seconds(speak_wav("رج ۱: ۳ تا ۴۵", lang="fa"))
    longer = wav_seconds(speak_wav("رج ۱: ۳ تا ۴۵، ۲ تا ۷، ۱۱ تا ۱۲۰، ۴ تا ۹", lang="fa"))
    assert longer > 1.8 * short
    slow = wav_seconds(speak_wav("رج ۱: ۳ تا ۴۵", lang="fa", words_per_minute=100))
    assert slow > 1.3 * short


def test_english_and_a_whole_long_row():
    assert 1.0 < wav_seconds(speak_wav("Row 12: 3 of 45, 2 of 7", lang="en")) < 5.0
    row = np.repeat(np.arange(80) % 24 + 1, [5] * 37 + [4] * 43)  # 357 knots, 80 runs
    text = row_words(np.vstack([row]), 1)
    seconds = wav_seconds(speak_wav(text, lang="fa"))
    assert 60 < seconds < 150  # about 1.2 s per run: 96 s measured


def test_a_wav_file_on_disk(tmp_path):
    path = tmp_path / "row.wav"
    path.write_bytes(speak_wav("Row 1", lang="en"))
    assert wav_seconds(path) == wav_seconds(path.read_bytes()) > 0


def test_not_a_wav(tmp_path):
    with pytest.raises(ValueError, match="the sound is not a WAV sound file"):
        wav_seconds(b"RIFF")
    (tmp_path / "row.wav").write_text("nothing")
    with pytest.raises(ValueError, match="row.wav is not a WAV sound file"):
        wav_seconds(tmp_path / "row.wav")


@pytest.mark.parametrize("speed", [79, 451, 175.0, True])
def test_speed_out_of_range(speed):
    with pytest.raises(
        ValueError, match="the speed must be a whole number of words per minute from 80 to 450"
    ):
        speak_wav("Row 1", lang="en", words_per_minute=speed)


def test_espeak_missing_says_what_to_install(monkeypatch):
    monkeypatch.setattr(espeak_module.shutil, "which", lambda name: None)
    with pytest.raises(SpeechError, match=r"espeak-ng, is not installed .*«apt-get install -y espeak-ng»"):
        speak_wav("Row 1", lang="en")


def test_a_missing_voice_says_what_to_reinstall(monkeypatch):
    monkeypatch.setitem(espeak_module.VOICES, "fa", "zz")
    with pytest.raises(SpeechError, match="espeak-ng has no «zz» voice for fa"):
        speak_wav("رج ۱", lang="fa")


def test_persian_messages(monkeypatch):
    monkeypatch.setenv("FARSHLAB_LANG", "fa")
    monkeypatch.setattr(espeak_module.shutil, "which", lambda name: None)
    with pytest.raises(SpeechError, match="برنامهٔ خواندن رج‌ها، espeak-ng، روی این رایانه نصب نیست"):
        speak_wav("رج ۱", lang="fa")


def test_a_failing_program_says_how_it_failed(monkeypatch):
    monkeypatch.setattr(espeak_module, "ESPEAK", "false")  # a program that fails and says nothing
    with pytest.raises(
        SpeechError, match="^espeak-ng could not speak the row: it stopped with exit status 1$"
    ):
        speak_wav("Row 1", lang="en")


def test_check_speech_before_any_sound(monkeypatch):
    assert espeak_module.check_speech("en", 80).endswith("espeak-ng")
    with pytest.raises(ValueError, match="there are no spoken words for the language 'de'"):
        espeak_module.check_speech("de")
    monkeypatch.setattr(espeak_module.shutil, "which", lambda name: None)
    with pytest.raises(SpeechError, match="espeak-ng, is not installed"):
        espeak_module.check_speech("fa")
