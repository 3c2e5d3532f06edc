"""The .farshchart file: a lossless round trip, a documented layout, clear errors."""

import io
import json
import zipfile

import numpy as np
import pytest

from farshlab.chart import Chart, YarnFigures, load_chart, save_chart
from farshlab.colour import Yarn, YarnLegend, load_example_legend

LEGEND = load_example_legend()


def _chart(**changes):
    rng = np.random.default_rng(11)
    fields = {
        "codes": rng.choice(LEGEND.codes, size=(50, 36)),
        "legend": LEGEND,
        "width_cm": 5.04,
        "height_cm": 7.0,
        "raj_w": 50,
        "raj_h": 50,
        "title": "تابلو آزمایشی",
    } | changes
    return Chart(**fields)


def test_round_trip_is_lossless(tmp_path):
    chart = _chart(raj_h=56.5)
    loaded = load_chart(save_chart(chart, tmp_path / "test.farshchart"))
    assert loaded == chart
    assert np.array_equal(loaded.codes, chart.codes) and loaded.codes[0, 0] == chart.codes[0, 0]
    assert loaded.legend == LEGEND and loaded.title == "تابلو آزمایشی"
    assert (loaded.rows, loaded.knots_across, loaded.raj_h) == (50, 36, 56.5)


def test_the_layout_is_the_documented_one(tmp_path):
    chart = _chart()
    path = save_chart(chart, tmp_path / "c.farshchart")
    with zipfile.ZipFile(path) as archive:
        assert set(archive.namelist()) == {"chart.json", "codes.npy", "legend.csv"}
        header = json.loads(archive.read("chart.json"))
        codes = np.load(io.BytesIO(archive.read("codes.npy")), allow_pickle=False)
        legend_text = archive.read("legend.csv").decode("utf-8")
    assert header["format"] == "farshlab-chart" and header["version"] == 1
    assert header["row_order"] == "bottom-up"
    assert (header["rows"], header["knots_across"]) == codes.shape == (50, 36)
    assert codes.dtype == np.uint8  # codes up to 103 fit in one byte
    assert np.array_equal(codes, chart.codes)
    assert legend_text == LEGEND.to_csv_text()


def test_the_yarn_figures_come_back_and_give_the_same_yarn_table(tmp_path):
    figures = YarnFigures(nm=5.5, ply=3, cm_per_knot=3.2, waste_percent=12.5)
    chart = _chart(yarn_figures=figures)
    path = save_chart(chart, tmp_path / "figures.farshchart")
    with zipfile.ZipFile(path) as archive:
        header = json.loads(archive.read("chart.json"))
    assert header["yarn_figures"] == {"nm": 5.5, "ply": 3, "cm_per_knot": 3.2, "waste_percent": 12.5}
    loaded = load_chart(path)
    assert loaded == chart and loaded.yarn_figures == figures
    assert loaded.yarn_figures.table(loaded.codes, loaded.legend) == figures.table(chart.codes, LEGEND)
    assert _chart(yarn_figures=YarnFigures(nm=6)) != chart  # other figures: another document


def _rewritten(path, tmp_path, change):
    """The chart file at ``path`` with its chart.json changed by ``change(header)``."""
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    header = json.loads(members["chart.json"])
    change(header)
    rewritten = tmp_path / "rewritten.farshchart"
    with zipfile.ZipFile(rewritten, "w") as archive:
        archive.writestr("chart.json", json.dumps(header))
        archive.writestr("codes.npy", members["codes.npy"])
        archive.writestr("legend.csv", members["legend.csv"])
    return rewritten


def test_a_file_without_yarn_figures_loads_with_none(tmp_path):
    # files written before the figures were kept have no "yarn_figures" at all
    path = save_chart(_chart(yarn_figures=YarnFigures(nm=6)), tmp_path / "new.farshchart")
    old = _rewritten(path, tmp_path, lambda header: header.pop("yarn_figures"))
    loaded = load_chart(old)
    assert loaded.yarn_figures is None and loaded == _chart()
    with zipfile.ZipFile(save_chart(_chart(), tmp_path / "none.farshchart")) as archive:
        assert "yarn_figures" not in json.loads(archive.read("chart.json"))


@pytest.mark.parametrize(
    ("figures", "match"),
    [
        ({"nm": 0, "ply": 2, "cm_per_knot": 4, "waste_percent": 10}, "yarn_figures: nm must be a positive"),
        ({"nm": 6, "ply": 1.5, "cm_per_knot": 4, "waste_percent": 10}, "yarn_figures: ply must be a whole"),
        ({"nm": 6, "ply": 2}, "yarn_figures must hold cm_per_knot, nm, ply, waste_percent"),
        ([6, 2, 4, 10], "yarn_figures must hold"),
    ],
)
def test_bad_yarn_figures_in_a_file_are_named(tmp_path, figures, match):
    path = save_chart(_chart(), tmp_path / "c.farshchart")
    broken = _rewritten(path, tmp_path, lambda header: header.update(yarn_figures=figures))
    with pytest.raises(ValueError, match=f"rewritten.farshchart: {match}"):
        load_chart(broken)


def test_large_codes_survive(tmp_path):
    legend = YarnLegend([Yarn(70_000, "Far code", "#123456"), Yarn(3, "Cream", "#efe3c8")])
    chart = Chart(np.array([[70_000, 3]]), legend, 1, 1, 14)
    assert load_chart(save_chart(chart, tmp_path / "big.farshchart")) == chart


def test_a_changed_code_is_a_different_chart():
    chart = _chart()
    codes = chart.codes.copy()
    codes[0, 0] = 1 if codes[0, 0] != 1 else 2
    assert _chart(codes=codes) != chart
    with pytest.raises(ValueError, match="read-only"):
        chart.codes[0, 0] = 5


def test_bad_files_are_refused(tmp_path):
    not_zip = tmp_path / "a.farshchart"
    not_zip.write_text("hello")
    with pytest.raises(ValueError, match="not a readable chart file"):
        load_chart(not_zip)
    partial = tmp_path / "b.farshchart"
    with zipfile.ZipFile(partial, "w") as archive:
        archive.writestr("chart.json", "{}")
    with pytest.raises(ValueError, match=r"lacks \['codes.npy', 'legend.csv'\]"):
        load_chart(partial)
    good = save_chart(_chart(), tmp_path / "good.farshchart")
    with zipfile.ZipFile(good) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    header = json.loads(members["chart.json"])
    for change, match in (
        ({"version": 2}, "version 2"),
        ({"rows": 49}, "shape"),
        ({"row_order": "top-down"}, "row_order"),
    ):
        broken = tmp_path / "broken.farshchart"
        with zipfile.ZipFile(broken, "w") as archive:
            archive.writestr("chart.json", json.dumps(header | change))
            archive.writestr("codes.npy", members["codes.npy"])
            archive.writestr("legend.csv", members["legend.csv"])
        with pytest.raises(ValueError, match=match):
            load_chart(broken)


@pytest.mark.parametrize(
    ("changes", "match"),
    [
        ({"codes": np.zeros((2, 2))}, "whole-number codes"),
        ({"codes": np.array([[1, 999]])}, r"codes \[999\]"),
        ({"width_cm": 0}, "width_cm must be a positive number, got 0"),
        ({"raj_w": float("nan")}, "raj_w must be a positive number"),
        ({"legend": "legend.csv"}, "legend must be a YarnLegend"),
        ({"yarn_figures": {"nm": 6}}, "yarn_figures must be YarnFigures or None, got dict"),
    ],
)
def test_bad_charts(changes, match):
    with pytest.raises(ValueError, match=match):
        _chart(**changes)
