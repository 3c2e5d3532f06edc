"""The Loom Reader without a browser: open, next/previous/jump, sound, progress, bad files."""

import datetime
import io
import json
import re
import wave

import ipywidgets as widgets
import numpy as np
import pytest

from farshlab.chart import Chart, save_chart
from farshlab.colour import Yarn, YarnLegend
from farshlab.speech import ReadingProgress, wav_seconds
from farshlab.speech import espeak as espeak_module
from farshlab.widgets.base import RTL_CLASS
from farshlab.widgets.loom_reader import LoomReader

LEGEND = YarnLegend(
    [Yarn(3, "Cream", "#efe3c8", "fa: شیری"), Yarn(7, "Madder red", "#a8323a"), Yarn(45, "Indigo", "#26345a")]
)
CODES = np.array([[45, 45, 45, 7, 7, 7], [3, 3, 3, 3, 3, 3], [3, 7, 45, 3, 7, 45]])  # row 0 = bottom


@pytest.fixture()
def chart_file(tmp_path):
    return save_chart(Chart(CODES, LEGEND, 0.84, 0.42, 50, title="tiny"), tmp_path / "tiny.farshchart")


@pytest.fixture()
def store(tmp_path):
    return ReadingProgress(tmp_path / "home" / "loom-reader.json")


def _text(html):
    return re.sub(r"<[^>]+>", "", html).replace("&nbsp;", " ")


def _quiet(reader):
    """The reader with each row no longer said as it comes (the Speak button only)."""
    reader.speak_each.value = False
    return reader


def test_before_a_chart_it_says_how_to_begin(store):
    reader = LoomReader(progress=store)
    assert reader.result is None and reader.chart is None
    assert "Open a chart file (.farshchart) to start" in reader.message.value
    assert "Please check" not in reader.message.value
    assert reader.next_button.disabled and reader.speak_button.disabled
    assert reader.speak() is None and reader.audio.layout.display == "none"


def test_next_previous_and_jump_change_the_row_shown(chart_file, store):
    reader = _quiet(LoomReader(chart_file, progress=store))
    assert _text(reader.heading.value) == "Row 1 of 3"
    assert _text(reader.summary.value) == "6 knots in 2 runs, read from the right edge"
    # read from the right edge (the default): the first call stands at the right
    assert 'dir="rtl"' in reader.calls.value
    assert _text(reader.calls.value) == "3 × 7" + "3 × 45"
    swatches = re.findall(r'background:(#[0-9a-f]{6})"></span>', reader.calls.value)
    assert swatches == ["#a8323a", "#26345a"]  # each code beside its yarn's colour, in order
    assert reader.previous_button.disabled and not reader.next_button.disabled
    reader.next_button.click()
    assert _text(reader.heading.value) == "Row 2 of 3"
    assert _text(reader.words.value) == "Row 2: 6 of 3"
    reader.controls["row"].text.value = "3"  # typed, then Enter: a jump
    assert _text(reader.heading.value) == "Row 3 of 3" and reader.next_button.disabled
    reader.next_row()  # at the top row nothing moves
    assert reader.result.row == 3
    reader.controls["columns_from"].value = "left"
    assert 'dir="ltr"' in reader.calls.value and reader.result.runs[0] == (1, 3)
    assert _text(reader.words.value) == "Row 3: 1 of 3, 1 of 7, 1 of 45, 1 of 3, 1 of 7, 1 of 45"
    reader.previous_button.click()
    reader.previous_row()
    assert reader.result.row == 1 and reader.previous_button.disabled
    reader.previous_row()
    assert reader.result.row == 1


@pytest.mark.parametrize("typed", ["9", "0", "-2"])
def test_a_row_not_in_the_chart_is_refused_and_nothing_lost(chart_file, store, typed):
    reader = _quiet(LoomReader(chart_file, progress=store))
    reader.next_row()
    reader.controls["row"].text.value = typed
    assert reader.result is None
    assert f"row {typed} is not in this chart: its rows are 1 to 3" in reader.message.value
    assert store.place(reader.chart_key) == (2, "right")  # the good row stays remembered
    assert reader.next_button.disabled and reader.speak_button.disabled
    reader.controls["row"].text.value = "1"
    assert reader.result.row == 1 and reader.message.value == ""


def test_progress_survives_a_new_reader_and_a_moved_file(chart_file, store, tmp_path):
    first = _quiet(LoomReader(chart_file, progress=store))
    first.next_row()
    first.next_row()
    first.controls["columns_from"].value = "left"
    saved = json.loads(store.path.read_text(encoding="utf-8"))["charts"][first.chart_key]
    assert (saved["row"], saved["columns_from"], saved["file"], saved["rows"]) == (
        3,
        "left",
        "tiny.farshchart",
        3,
    )
    moved = chart_file.rename(tmp_path / "moved-and-renamed.farshchart")
    again = LoomReader(moved, progress=ReadingProgress(store.path))  # as after a restart
    assert (again.result.row, again.result.columns_from) == (3, "left")
    assert _text(again.heading.value) == "Row 3 of 3"
    assert "you were at row 3, so it goes on from there" in again.file_message.value


def test_a_changed_chart_under_the_same_name_starts_at_row_1_and_says_where_you_were(chart_file, store):
    first = _quiet(LoomReader(chart_file, progress=store))
    first.controls["row"].value = 3
    changed = CODES.copy()
    changed[1, 0] = 7  # one knot of row 2 re-coloured, the file written again
    save_chart(Chart(changed, LEGEND, 0.84, 0.42, 50, title="tiny"), chart_file)
    again = LoomReader(chart_file, progress=ReadingProgress(store.path))
    assert again.chart_key != first.chart_key
    assert (again.result.row, again.result.columns_from) == (1, "right")
    text = _text(again.file_message.value)
    assert "Its knots are not those of the tiny.farshchart read here before (you were at row 3" in text
    assert "starts at row 1" in text
    # the old chart's place is kept: the first chart opened again goes on at row 3
    save_chart(Chart(CODES, LEGEND, 0.84, 0.42, 50, title="tiny"), chart_file)
    assert LoomReader(chart_file, progress=ReadingProgress(store.path)).result.row == 3


def test_a_remembered_row_beyond_a_shorter_chart_is_not_reused(chart_file, store, tmp_path):
    reader = LoomReader(chart_file, progress=store)
    store.remember(reader.chart_key, row=99, columns_from="right", file="tiny.farshchart", rows=3)
    again = LoomReader(chart_file, progress=ReadingProgress(store.path))
    assert again.result.row == 3  # the top row, not a row the chart lacks


def test_a_bad_file_says_why_and_keeps_the_open_chart(chart_file, store, tmp_path):
    reader = _quiet(LoomReader(chart_file, progress=store))
    reader.next_row()
    bad = tmp_path / "photo.farshchart"
    bad.write_bytes(b"\xff\xd8 a jpeg, not a chart")
    assert reader.open(bad) is False
    text = _text(reader.file_message.value)
    assert "Could not open photo.farshchart: photo.farshchart is not a readable chart file" in text
    assert "the chart you had open stays open" in text
    assert reader.result.row == 2 and _text(reader.heading.value) == "Row 2 of 3"
    reader.path_box.value = str(tmp_path / "missing.farshchart")
    assert f"there is no file {tmp_path / 'missing.farshchart'}" in _text(reader.file_message.value)
    assert reader.result.row == 2
    assert reader.open(tmp_path) is False  # a folder is not a chart file


def test_a_chart_file_typed_and_opened(chart_file, store):
    reader = LoomReader(progress=store)
    reader.path_box.value = f"  {chart_file}  "
    assert reader.result.row == 1
    assert _text(reader.file_message.value) == (
        "Opened tiny.farshchart.tiny: 6 knots across × 3 rows, 3 colours"
    )


def _upload(name, data):
    """One file as the browser sends it to a FileUpload."""
    when = datetime.datetime(2026, 12, 2, tzinfo=datetime.UTC)
    return (
        {"name": name, "type": "", "size": len(data), "last_modified": when, "content": memoryview(data)},
    )


def test_an_uploaded_chart_opens(chart_file, store):
    reader = LoomReader(progress=store)
    reader.upload.value = _upload("from-phone.farshchart", chart_file.read_bytes())
    assert reader.result.row == 1 and "Opened <bdi>from-phone.farshchart</bdi>" in reader.file_message.value
    reader.upload.value = _upload("broken.farshchart", b"PK no")
    assert "Could not open" in reader.file_message.value and "broken.farshchart" in reader.file_message.value
    assert reader.chart is not None and reader.result.row == 1
    reader.upload.value = _upload("..", chart_file.read_bytes())  # a name that is no file name
    assert reader.result.row == 1 and reader.chart is not None


def _wav(sound):
    with wave.open(io.BytesIO(sound)) as reader:
        return reader.getnchannels(), reader.getframerate(), reader.getnframes()


def test_each_row_is_said_as_it_comes(chart_file, store):
    reader = LoomReader(chart_file, progress=store)
    assert reader.speak_each.value is True
    first = bytes(reader.audio.value)
    assert reader.audio.layout.display is None and _wav(first)[:2] == (1, 22050) and _wav(first)[2] > 0
    assert f"Spoken row 1: {wav_seconds(first):.1f} s" in reader.speech_message.value
    reader.next_row()  # «Row 2: 6 of 3»: one run, said for less time than row 1's two
    assert bytes(reader.audio.value) != first and wav_seconds(reader.audio.value) < wav_seconds(first)
    assert f"Spoken row 2: {wav_seconds(reader.audio.value):.1f} s" in reader.speech_message.value


def test_speak_puts_the_row_in_the_player(chart_file, store):
    reader = _quiet(LoomReader(chart_file, progress=store))
    reader.next_row()
    assert reader.audio.layout.display == "none"
    sound = reader.speak()
    assert isinstance(reader.audio, widgets.Audio) and reader.audio.value == sound
    assert sound[:4] == b"RIFF" and reader.audio.format == "wav" and reader.audio.layout.display is None
    assert f"Spoken row 2: {wav_seconds(sound):.1f} s" in reader.speech_message.value
    sent = []
    reader.audio.observe(lambda change: sent.append(bytes(change["new"])), names="value")
    assert reader.speak() == sound and sent == [b"", sound]  # said again: the player gets it anew
    reader.next_row()  # a new row: the old sound is put away until asked for
    assert reader.audio.layout.display == "none" and reader.speech_message.value == ""


def test_espeak_missing_says_so_and_the_rows_still_read(chart_file, store, monkeypatch):
    monkeypatch.setattr(espeak_module.shutil, "which", lambda name: None)
    reader = LoomReader(chart_file, progress=store)
    assert reader.result.row == 1 and reader.audio.layout.display == "none"
    assert "The row could not be spoken: the program that speaks the rows, espeak-ng, is not installed" in (
        reader.speech_message.value
    )
    reader.next_row()
    assert _text(reader.heading.value) == "Row 2 of 3"


def test_a_store_that_cannot_be_written_says_so_and_the_rows_still_read(chart_file, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    reader = _quiet(LoomReader(chart_file, progress=ReadingProgress(blocker / "loom-reader.json")))
    assert reader.result.row == 1
    assert f"This row could not be saved in {blocker / 'loom-reader.json'}" in reader.store_message.value
    assert "Opened" in reader.file_message.value
    reader.next_row()
    assert reader.result.row == 2


def test_a_broken_store_is_set_aside_and_the_reader_says_so(chart_file, tmp_path):
    path = tmp_path / "loom-reader.json"
    path.write_text('{"format": "farshlab-loom-reader", "version": 1, "charts": {', encoding="utf-8")
    reader = _quiet(LoomReader(chart_file, progress=ReadingProgress(path)))
    assert f"the saved reading places in {path} could not be read" in _text(reader.store_message.value)
    assert "it was kept as loom-reader.json.unreadable and a new one started" in reader.store_message.value
    reader.next_row()
    assert ReadingProgress(path).place(reader.chart_key) == (2, "right")


def test_in_persian_right_to_left_with_persian_digits_and_persian_speech(chart_file, store, monkeypatch):
    monkeypatch.setenv("FARSHLAB_LANG", "fa")
    reader = LoomReader(chart_file, progress=store)
    layout = reader.layout()
    assert RTL_CLASS in layout._dom_classes
    assert _text(reader.heading.value) == "رج ۱ از ۳"
    assert reader.heading.value.startswith('<div dir="rtl" lang="fa">')
    assert _text(reader.calls.value) == "۳ × ۷" + "۳ × ۴۵"
    assert _text(reader.words.value) == "رج ۱: ۳ تا ۷، ۳ تا ۴۵"
    assert _text(reader.file_message.value) == "tiny.farshchart باز شد.tiny: ۶ گره در عرض × ۳ رج، ۳ رنگ"
    assert reader.controls["row"].text.value == "۱"
    reader.controls["row"].text.value = "۲"
    assert 'title="شیری"' in reader.calls.value  # the yarn's Persian name
    assert not re.search("[0-9]", _text(reader.heading.value + reader.summary.value + reader.calls.value))
    assert reader.audio.value[:4] == b"RIFF" and _wav(reader.audio.value)[2] > 0
    assert "رج ۲ خوانده شد" in reader.speech_message.value
