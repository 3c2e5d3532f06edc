"""Rows spoken into a folder, the playlist, and `farshlab speak` from end to end."""

import math
import wave
import zipfile

import numpy as np
import pytest

from farshlab.chart import Chart, save_chart
from farshlab.cli import main
from farshlab.cli import speak as speak_command
from farshlab.colour import Yarn, YarnLegend
from farshlab.speech import (
    DEFAULT_WORDS_PER_MINUTE,
    SPOKEN_LANGUAGES,
    playlist_text,
    row_file_name,
    speak_rows,
    wav_seconds,
)
from farshlab.speech import espeak as espeak_module

LEGEND = YarnLegend(
    [Yarn(3, "Cream", "#efe3c8"), Yarn(7, "Madder red", "#a8323a"), Yarn(45, "Indigo", "#26345a")]
)
# three rows, row 0 = bottom; row 3 has more runs than row 1, so it is said for longer
CODES = np.array([[45, 45, 45, 7, 7, 7], [3, 3, 3, 3, 3, 3], [3, 7, 45, 3, 7, 45]])


@pytest.fixture()
def chart_file(tmp_path):
    return save_chart(Chart(CODES, LEGEND, 0.84, 0.42, 50, title="tiny"), tmp_path / "tiny.farshchart")


def _wav(path):
    """(channels, bytes per sample, samples per second, seconds) of a WAV file, read with `wave`."""
    with wave.open(str(path), "rb") as reader:
        frames, rate = reader.getnframes(), reader.getframerate()
        return reader.getnchannels(), reader.getsampwidth(), rate, frames / rate


def _playlist(folder):
    """The playlist's (seconds, title, file) entries, after checking its two header lines."""
    lines = (folder / "rows.m3u").read_text(encoding="utf-8").splitlines()
    assert lines[:2] == ["#EXTM3U", "#EXTENC:UTF-8"]
    info, names = lines[2::2], lines[3::2]
    assert all(line.startswith("#EXTINF:") for line in info) and len(info) == len(names)
    return [
        (int(line[8:].split(",", 1)[0]), line.split(",", 1)[1], name)
        for line, name in zip(info, names, strict=True)
    ]


def test_playlist_text():
    text = playlist_text([("row-0001.wav", 3.2, "tiny, row 1"), ("row-0002.wav", 2.0, "رج ۲")])
    assert text == (
        "#EXTM3U\n#EXTENC:UTF-8\n#EXTINF:4,tiny, row 1\nrow-0001.wav\n#EXTINF:2,رج ۲\nrow-0002.wav\n"
    )
    assert playlist_text([("a.wav", 1.0, "two\nlines")]).splitlines()[2] == "#EXTINF:1,two lines"


def test_row_file_names_sort_in_row_order():
    names = [row_file_name(row, 12000) for row in (2, 10, 999, 12000)]
    assert names == ["row-00002.wav", "row-00010.wav", "row-00999.wav", "row-12000.wav"] == sorted(names)


def test_speak_rows_writes_wavs_and_playlist(tmp_path):
    chart = Chart(CODES, LEGEND, 0.84, 0.42, 50, title="tiny")
    spoken = speak_rows(chart, range(1, 4), tmp_path / "out", lang="en", columns_from="left")
    assert [row.words for row in spoken] == [
        "Row 1: 3 of 45, 3 of 7",
        "Row 2: 6 of 3",
        "Row 3: 1 of 3, 1 of 7, 1 of 45, 1 of 3, 1 of 7, 1 of 45",
    ]
    for row in spoken:
        channels, width, rate, seconds = _wav(row.path)
        assert (channels, width, rate) == (1, 2, 22050)
        assert seconds == row.seconds == wav_seconds(row.path) > 0.5
    assert spoken[2].seconds > 2 * spoken[1].seconds  # six runs take longer than one
    assert _playlist(tmp_path / "out") == [
        (math.ceil(row.seconds), f"tiny, row {row.row}", f"row-000{row.row}.wav") for row in spoken
    ]


def test_rows_in_the_order_asked_and_a_title_with_braces(tmp_path):
    chart = Chart(CODES, LEGEND, 0.84, 0.42, 50, title="{0} tableau {row}")
    spoken = speak_rows(chart, [3, 1], tmp_path, lang="fa")
    assert [row.words for row in spoken] == [
        "رج ۳: ۱ تا ۴۵، ۱ تا ۷، ۱ تا ۳، ۱ تا ۴۵، ۱ تا ۷، ۱ تا ۳",
        "رج ۱: ۳ تا ۷، ۳ تا ۴۵",
    ]
    assert [(title, name) for _, title, name in _playlist(tmp_path)] == [
        ("{0} tableau {row}، رج ۳", "row-0003.wav"),
        ("{0} tableau {row}، رج ۱", "row-0001.wav"),
    ]


def test_an_untitled_chart_is_named_in_the_playlists_language(tmp_path):
    chart = Chart(CODES, LEGEND, 0.84, 0.42, 50)
    speak_rows(chart, [2], tmp_path / "en", lang="en")
    speak_rows(chart, [2], tmp_path / "fa", lang="fa")
    assert _playlist(tmp_path / "en")[0][1] == "chart, row 2"
    assert _playlist(tmp_path / "fa")[0][1] == "نقشه، رج ۲"


@pytest.mark.parametrize(
    ("rows", "options", "error"),
    [
        ([1, 4], {}, "row 4 is not in this chart"),
        ([0], {}, "row 0 is not in this chart"),
        ([1], {"lang": "az"}, "there are no spoken words for the language 'az'"),
        ([1], {"words_per_minute": 1000}, "the speed must be a whole number of words per minute"),
        ([1], {"columns_from": "top"}, "columns_from must be 'right' or 'left'"),
    ],
)
def test_bad_rows_or_options_write_nothing(tmp_path, rows, options, error):
    chart = Chart(CODES, LEGEND, 0.84, 0.42, 50)
    with pytest.raises(ValueError, match=error):
        speak_rows(chart, rows, tmp_path / "out", **options)
    assert not (tmp_path / "out").exists()


def test_cli_speaks_persian_rows(chart_file, tmp_path, capsys):
    out = tmp_path / "spoken"
    assert main(["speak", str(chart_file), "--rows", "2-3", "--lang", "fa", "-o", str(out)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert sorted(p.name for p in out.iterdir()) == ["row-0002.wav", "row-0003.wav", "rows.m3u"]
    entries = _playlist(out)
    assert [(title, name) for _, title, name in entries] == [
        ("tiny، رج ۲", "row-0002.wav"),
        ("tiny، رج ۳", "row-0003.wav"),
    ]
    seconds = [_wav(out / name)[3] for _, _, name in entries]
    assert all(s > 0.5 for s in seconds) and [s for s, _, _ in entries] == [math.ceil(s) for s in seconds]
    # one line per file with its length, then the total
    assert printed[:2] == [f"{name}  {s:.1f} s" for (_, _, name), s in zip(entries, seconds, strict=True)]
    total = f"{sum(seconds):.1f}"
    assert (
        printed[2]
        == f"Spoke rows 2 to 3 (2 files, {total} s of speech in all) in {out}; playlist: {out / 'rows.m3u'}"
    )
    assert len(printed) == 3


def test_cli_rows_in_persian_digits_and_messages(chart_file, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("FARSHLAB_LANG", "fa")
    out = tmp_path / "spoken"
    assert main(["speak", str(chart_file), "--rows", "۱–۲", "-o", str(out)]) == 0
    assert [name for _, _, name in _playlist(out)] == ["row-0001.wav", "row-0002.wav"]
    assert capsys.readouterr().out.splitlines()[-1].startswith("رج‌های ۱ تا ۲ خوانده شد (۲ فایل،")


def test_cli_every_row_by_default_read_from_the_right_and_slower_is_longer(chart_file, tmp_path):
    out = tmp_path / "all"
    assert main(["speak", str(chart_file), "--lang", "en", "-o", str(out)]) == 0
    assert [name for _, _, name in _playlist(out)] == ["row-0001.wav", "row-0002.wav", "row-0003.wav"]
    slow = tmp_path / "slow"
    assert (
        main(["speak", str(chart_file), "--lang", "en", "--rows", "1", "--speed", "90", "-o", str(slow)]) == 0
    )
    assert _wav(slow / "row-0001.wav")[3] > 1.5 * _wav(out / "row-0001.wav")[3]


@pytest.mark.parametrize(
    ("rows", "error"),
    [
        ("5-2", "--rows 5-2: the first row comes after the last; write the lower row first, such as 2-5"),
        ("x", "--rows must be one row or a range of rows such as 1-20, got 'x'"),
        ("1-", "--rows must be one row or a range of rows such as 1-20, got '1-'"),
        ("-1", "--rows must be one row or a range of rows such as 1-20, got '-1'"),
        ("0", "--rows 0: this chart has rows 1 to 3"),
        ("4", "--rows 4: this chart has rows 1 to 3"),
        ("0-2", "--rows 0-2: this chart has rows 1 to 3"),
        ("2-9", "--rows 2-9: this chart has rows 1 to 3"),
    ],
)
def test_cli_bad_rows(chart_file, tmp_path, capsys, rows, error):
    assert main(["speak", str(chart_file), f"--rows={rows}", "-o", str(tmp_path / "out")]) == 1
    assert capsys.readouterr().err == f"farshlab: error: {error}\n"
    assert not (tmp_path / "out").exists()


def test_cli_missing_and_bad_chart_files(tmp_path, capsys):
    assert main(["speak", str(tmp_path / "none.farshchart"), "-o", str(tmp_path / "out")]) == 1
    assert (
        capsys.readouterr().err == f"farshlab: error: there is no chart file {tmp_path / 'none.farshchart'}\n"
    )
    bad = tmp_path / "bad.farshchart"
    bad.write_text("not a zip")
    assert main(["speak", str(bad), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert (
        err.startswith("farshlab: error: bad.farshchart is not a readable chart file")
        and err.count("\n") == 1
    )
    other_zip = tmp_path / "photos.farshchart"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("holiday.jpg", b"\xff\xd8")
    assert main(["speak", str(other_zip), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("farshlab: error: photos.farshchart") and err.count("\n") == 1
    assert main(["speak", str(tmp_path), "-o", str(tmp_path / "out")]) == 1  # a folder
    assert capsys.readouterr().err == f"farshlab: error: there is no chart file {tmp_path}\n"
    assert not (tmp_path / "out").exists()


def test_cli_unwritable_output(chart_file, tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    assert main(["speak", str(chart_file), "--rows", "1", "-o", str(blocker)]) == 1
    assert capsys.readouterr().err.startswith(f"farshlab: error: could not write into {blocker}: ")


def test_cli_without_espeak_says_what_to_install_and_writes_nothing(
    chart_file, tmp_path, capsys, monkeypatch
):
    monkeypatch.setattr(espeak_module.shutil, "which", lambda name: None)
    assert main(["speak", str(chart_file), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("farshlab: error: the program that speaks the rows, espeak-ng, is not installed")
    assert not (tmp_path / "out").exists()


def test_cli_bad_speed(chart_file, tmp_path, capsys):
    assert main(["speak", str(chart_file), "--speed", "20", "-o", str(tmp_path / "out")]) == 1
    assert capsys.readouterr().err == (
        "farshlab: error: the speed must be a whole number of words per minute from 80 to 450, got 20\n"
    )
    assert not (tmp_path / "out").exists()


def test_cli_constants_are_the_library_ones():
    assert speak_command.SPOKEN == SPOKEN_LANGUAGES
    assert speak_command.WORDS_PER_MINUTE == DEFAULT_WORDS_PER_MINUTE
