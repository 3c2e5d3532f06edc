"""Where a weaver is in each chart: remembered across restarts, keyed by the chart's knots."""

import json

import numpy as np
import pytest

from farshlab.chart import Chart
from farshlab.colour import Yarn, YarnLegend
from farshlab.speech import ReadingProgress, chart_key
from farshlab.speech.progress import default_progress_path

LEGEND = YarnLegend(
    [Yarn(3, "Cream", "#efe3c8"), Yarn(7, "Madder red", "#a8323a"), Yarn(45, "Indigo", "#26345a")]
)
CODES = np.array([[45, 45, 45, 7, 7, 7], [3, 3, 3, 3, 3, 3], [3, 7, 45, 3, 7, 45]])


def test_progress_survives_a_new_store_and_a_moved_file(tmp_path):
    chart = Chart(CODES, LEGEND, 0.84, 0.42, 50)
    path = tmp_path / "home" / "loom-reader.json"
    store = ReadingProgress(path)
    assert store.place(chart_key(chart)) is None and not path.exists()
    store.remember(chart_key(chart), row=3, columns_from="left", file="tiny.farshchart", rows=3)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["format"] == "farshlab-loom-reader" and saved["version"] == 1
    assert saved["charts"][chart_key(chart)]["row"] == 3
    moved = Chart(CODES, LEGEND, 0.84, 0.42, 50, title="saved again elsewhere")
    assert ReadingProgress(path).place(chart_key(moved)) == (3, "left")
    assert [p.name for p in path.parent.iterdir()] == ["loom-reader.json"]  # no temporary left


def test_progress_default_place(monkeypatch, tmp_path):

    monkeypatch.setenv("FARSHLAB_HOME", str(tmp_path / "fh"))
    assert default_progress_path() == tmp_path / "fh" / "loom-reader.json"
    monkeypatch.delenv("FARSHLAB_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_progress_path() == tmp_path / "xdg" / "farshlab" / "loom-reader.json"


def test_an_unreadable_store_is_kept_aside(tmp_path):
    path = tmp_path / "loom-reader.json"
    path.write_text("{ half written")
    store = ReadingProgress(path)
    assert store.problem.startswith(f"the saved reading places in {path} could not be read")
    assert (tmp_path / "loom-reader.json.unreadable").read_text() == "{ half written"
    store.remember("abc", 2, "right")
    assert ReadingProgress(path).place("abc") == (2, "right")


def test_the_key_follows_the_knots_and_the_legend_not_the_size_or_title():
    chart = Chart(CODES, LEGEND, 0.84, 0.42, 50)
    same = Chart(CODES.astype(np.int32), LEGEND, 1.0, 0.5, 40, title="another name")
    assert chart_key(chart) == chart_key(same)
    one_knot = CODES.copy()
    one_knot[2, 5] = 3
    assert chart_key(Chart(one_knot, LEGEND, 0.84, 0.42, 50)) != chart_key(chart)
    # the same codes in another shape are another chart
    assert chart_key(Chart(CODES.reshape(2, 9), LEGEND, 1.26, 0.28, 50)) != chart_key(chart)
    recoloured = YarnLegend(
        [Yarn(3, "Cream", "#efe3c8"), Yarn(7, "Madder red", "#b03030"), Yarn(45, "Indigo", "#26345a")]
    )
    assert chart_key(Chart(CODES, recoloured, 0.84, 0.42, 50)) != chart_key(chart)


def test_the_row_reached_in_the_chart_before_under_the_same_name(tmp_path):
    store = ReadingProgress(tmp_path / "loom-reader.json")
    assert store.earlier_row("new", "tableau.farshchart") is None
    store.remember("old", row=212, columns_from="right", file="tableau.farshchart", rows=335)
    store.remember("other", row=5, columns_from="right", file="rose.farshchart", rows=90)
    again = ReadingProgress(store.path)
    assert again.earlier_row("new", "tableau.farshchart") == 212
    assert again.earlier_row("old", "tableau.farshchart") is None  # its own place is not "another"
    assert again.earlier_row("new", "") is None and again.earlier_row("new", "lily.farshchart") is None


def test_remembering_the_same_place_again_does_not_rewrite(tmp_path):
    store = ReadingProgress(tmp_path / "loom-reader.json")
    store.remember("abc", 4, "left", file="a.farshchart", rows=10)
    written = store.path.read_text(encoding="utf-8")
    store.path.write_text(written.replace('"rows": 10', '"rows": 11'), encoding="utf-8")
    store.remember("abc", 4, "left", file="a.farshchart", rows=10)
    assert '"rows": 11' in store.path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "entry",
    [
        {"row": 0, "columns_from": "right"},
        {"row": True, "columns_from": "right"},
        {"row": 3, "columns_from": "top"},
        7,
    ],
)
def test_a_bad_entry_is_no_place(tmp_path, entry):
    path = tmp_path / "loom-reader.json"
    path.write_text(json.dumps({"format": "farshlab-loom-reader", "version": 1, "charts": {"abc": entry}}))
    store = ReadingProgress(path)
    assert store.problem is None and store.place("abc") is None


def test_a_store_of_another_format_is_kept_aside(tmp_path):
    path = tmp_path / "loom-reader.json"
    path.write_text('{"format": "something-else", "charts": {}}')
    store = ReadingProgress(path)
    assert "not a farshlab-loom-reader file of version 1" in store.problem
    assert (tmp_path / "loom-reader.json.unreadable").exists() and not path.exists()


def test_a_store_that_is_a_folder_is_left_alone(tmp_path):
    path = tmp_path / "loom-reader.json"
    path.mkdir()
    store = ReadingProgress(path)
    assert store.problem.startswith(f"the saved reading places in {path} could not be read")
    assert store.problem.endswith("rows will not be remembered there")
    with pytest.raises(OSError):
        store.remember("abc", 2, "right")
    assert store.place("abc") == (2, "right") and path.is_dir()
