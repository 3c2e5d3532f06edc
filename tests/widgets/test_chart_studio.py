"""Chart Studio, driven through its controls without a browser."""

import datetime
import io
import threading
import time

import numpy as np
import pytest
from PIL import Image

from farshlab.carpet import UnusualDensityWarning
from farshlab.chart import load_chart, map_to_palette, picture_to_chart
from farshlab.locale import message
from farshlab.widgets import chart_studio
from farshlab.widgets.chart_studio import SAMPLE_PICTURE, ChartStudio

WAIT_S = 120  # generous: the machine may be busy; a hang fails instead of blocking the run


@pytest.fixture
def unhurried(monkeypatch):
    """The full chart waits for wait_refined, not 0.25 s of rest: a busy machine cannot refine it early."""
    monkeypatch.setattr(chart_studio, "REFINE_AFTER_S", 3600.0)


def _upload(name: str, content: bytes) -> tuple[dict]:
    """The value ipywidgets 8's FileUpload holds after one file is chosen."""
    when = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    return (
        {
            "name": name,
            "type": "image/png",
            "size": len(content),
            "content": memoryview(content),
            "last_modified": when,
        },
    )


def _png_size(data: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(data)) as image:
        return image.size


def _expected(width_cm=20.0, raj=35.0, colours=16, clean=1, dither=False, picture=SAMPLE_PICTURE):
    """What the pipeline itself gives for these settings (the studio's other defaults)."""
    return picture_to_chart(
        picture,
        width_cm,
        raj,
        colours=colours,
        palette_method="kmeans",
        dither=dither,
        clean=clean or None,
        title=message("studio.title"),
    )


def _assert_same(result, expected):
    assert result.chart == expected.chart  # codes, legend, size, raj and title
    assert np.array_equal(result.chart.codes, expected.chart.codes)
    assert result.chart.legend == expected.chart.legend
    assert [(line.code, line.knots) for line in result.yarn] == [
        (line.code, line.knots) for line in expected.yarn
    ]
    assert result.changed == expected.changed
    assert result.mean_delta_e == pytest.approx(expected.mean_delta_e, abs=1e-12)


def test_starts_with_the_sample_photo(tmp_path):
    studio = ChartStudio(export_folder=tmp_path)
    assert studio.wait_refined(timeout=WAIT_S) and studio.refined
    chart = studio.result.chart
    # 20 cm at 35 raj: 100 knots; the 512 × 600 photo gives 23.44 cm → 117 rows
    assert (chart.knots_across, chart.rows) == (100, 117)
    assert len(chart.legend) == 16
    assert _png_size(studio.original.value) == (307, 360)
    assert _png_size(studio.preview.value) == (300, 351)  # 360 // 117 = 3 pixels per knot
    assert studio.table.value.count("<tr>") == 1 + len(studio.result.yarn)
    assert f"{next(iter(studio.result.yarn)).knots:,}</td>" in studio.table.value
    assert f"{studio.result.mean_delta_e:.2f}" in studio.summary.value
    assert message("studio.changed.isolated", knots=studio.result.changed["isolated"]) in studio.summary.value
    assert "preview" not in studio.summary.value.lower()
    _assert_same(studio.result, _expected())


def test_a_move_shows_a_true_preview_then_the_full_chart(unhurried):
    studio = ChartStudio()
    studio.wait_refined(timeout=WAIT_S)
    studio.controls["width_cm"].value = 30
    # at once: a chart of the same settings at a lower raj, said to be a preview
    assert not studio.refined
    preview = studio.result.chart
    assert preview.width_cm == 30 and preview.raj_w < 35
    assert 1500 <= preview.total_knots <= 2500  # about PREVIEW_KNOTS (2000)
    assert len(preview.legend) == 16
    with pytest.warns(UnusualDensityWarning):  # the preview's raj, below 10 on purpose
        _assert_same(studio.result, _expected(30, preview.raj_w))
    summary = studio.summary.value
    assert "preview" in summary.lower() and "refining" in summary
    assert (
        message(
            "studio.result.preview",
            across=preview.knots_across,
            rows=preview.rows,
            full_across=150,
            full_rows=176,
        )
        in summary
    )
    assert message("studio.result.preview_yarn") in summary
    assert "…</td>" in studio.table.value  # no knots or grams for a preview
    # then, by itself, the full chart: exactly the pipeline's
    assert studio.wait_refined(timeout=WAIT_S) and studio.refined
    assert (studio.result.chart.knots_across, studio.result.chart.rows) == (150, 176)
    _assert_same(studio.result, _expected(30))
    assert "preview" not in studio.summary.value.lower()
    assert (
        message("studio.result.size", across=150, rows=176, width="30", height="35.2") in studio.summary.value
    )


def test_the_full_chart_follows_without_waiting_for_it():
    studio = ChartStudio()
    studio.controls["width_cm"].value = 25
    deadline = time.monotonic() + WAIT_S
    while not studio.refined and time.monotonic() < deadline:
        time.sleep(0.02)  # nobody calls wait_refined: the studio refines by itself
    assert studio.refined and studio.result.chart.knots_across == 125


def test_sliders_change_the_chart():
    studio = ChartStudio()
    studio.controls["colours"].value = 6
    studio.controls["width_cm"].value = 14
    studio.controls["raj"].value = 50
    assert studio.wait_refined(timeout=WAIT_S)
    chart = studio.result.chart
    assert len(chart.legend) == 6 and chart.knots_across == 100
    _assert_same(studio.result, _expected(14, 50, 6))
    studio.controls["clean"].value = 0
    assert studio.wait_refined(timeout=WAIT_S)
    # without clean-up every knot has its exact nearest colour
    rows = map_to_palette(studio.result.knots_rgb, chart.legend.srgb)
    assert np.array_equal(studio.result.chart.codes, chart.legend.codes[rows])
    _assert_same(studio.result, _expected(14, 50, 6, clean=0))
    studio.controls["dither"].value = True
    assert studio.wait_refined(timeout=WAIT_S)
    assert "dither_put_back" in studio.result.changed


def test_clean_up_reuses_the_palette_and_still_equals_the_pipeline():
    studio = ChartStudio()
    studio.wait_refined(timeout=WAIT_S)
    studio.controls["clean"].value = 3  # same size and colours: the 16 colours already chosen are kept
    assert studio.wait_refined(timeout=WAIT_S)
    _assert_same(studio.result, _expected(clean=3))
    assert studio.result.changed["short_runs"] > 0


def test_settings_seen_before_are_shown_refined_at_once(unhurried):
    studio = ChartStudio()
    studio.wait_refined(timeout=WAIT_S)
    first = studio.result
    studio.controls["width_cm"].value = 21
    assert not studio.refined
    studio.controls["width_cm"].value = 20
    assert studio.refined and studio.result is first
    assert studio.wait_refined(timeout=0)


def test_a_small_chart_is_computed_in_full_at_once():
    studio = ChartStudio()
    studio.controls["width_cm"].value = 7  # 35 knots × 41 rows: no preview needed
    assert studio.refined and studio.result.chart.knots_across == 35
    _assert_same(studio.result, _expected(7))


@pytest.mark.parametrize("stops_early", [True, False], ids=["stopped-at-next-step", "finished-but-dropped"])
def test_a_result_of_old_settings_never_replaces_newer_ones(monkeypatch, stops_early):
    # 31 and 26 cm: widths no other test uses, so that another studio's thread cannot interfere
    started = threading.Event()
    real_chart = ChartStudio._chart

    def slow_chart(rgb, values, raj=None, palette=None, progress=None):
        if raj is None and progress is not None and values["width_cm"] == 31:
            started.set()
            time.sleep(0.3)  # the trainee moves on meanwhile
            if not stops_early:
                progress = None  # it runs to the end: only the check before showing it is left
        return real_chart(rgb, values, raj, palette, progress)

    monkeypatch.setattr(ChartStudio, "_chart", staticmethod(slow_chart))
    studio = ChartStudio(refine_in="thread")  # the slowed chart runs in this process
    studio.wait_refined(timeout=WAIT_S)
    shown = []
    real_show = studio._show

    def recording_show(result, error, refined, picture):
        shown.append((None if result is None else result.chart.width_cm, refined))
        real_show(result, error, refined, picture)

    studio._show = recording_show
    studio.controls["width_cm"].value = 31
    assert not studio.wait_refined(timeout=0)  # not yet; and no need to wait for the sliders to rest
    assert started.wait(WAIT_S)
    studio.controls["width_cm"].value = 26
    assert studio.wait_refined(timeout=WAIT_S)
    assert shown == [(31, False), (26, False), (26, True)]
    _assert_same(studio.result, _expected(26))


def test_upload_and_export(tmp_path, unhurried):
    studio = ChartStudio(export_folder=tmp_path / "export")
    picture = Image.new("RGB", (40, 20), (200, 30, 30))
    picture.paste((240, 240, 230), (0, 0, 20, 20))
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    studio.controls["picture"].value = _upload("flag.png", buffer.getvalue())
    studio.controls["colours"].value = 2
    assert not studio.refined  # 5000 knots: a preview first
    studio.export_button.click()  # exports the full chart, not the preview
    chart = studio.result.chart
    assert studio.refined
    # 20 cm at 35 raj = 100 knots across; the picture is twice as wide as tall → 10 cm → 50 rows
    assert (chart.knots_across, chart.rows) == (100, 50)
    assert sorted(line.knots for line in studio.result.yarn) == [2500, 2500]
    _assert_same(studio.result, _expected(colours=2, picture=buffer.getvalue()))
    saved = load_chart(tmp_path / "export" / "chart.farshchart")
    assert saved == chart
    assert "chart.pdf" in studio.export_status.value


def test_a_bad_upload_shows_a_message():
    studio = ChartStudio()
    studio.controls["picture"].value = _upload("x.png", b"nope")
    assert studio.result is None and not studio.refined
    assert "not a picture" in studio.error and studio.error in studio.message.value
    assert studio.wait_refined(timeout=0)  # nothing is coming: the message is final
    assert studio.result is None and studio.view.layout.visibility == "hidden"


def test_without_a_worker_process_the_studio_refines_in_a_thread(monkeypatch):
    from concurrent.futures.process import BrokenProcessPool

    class NoProcess:
        def submit(self, *_args):
            raise BrokenProcessPool("a sandbox that forbids it")

    studio = ChartStudio()
    monkeypatch.setattr(studio, "_worker_process", lambda: NoProcess())
    studio.controls["width_cm"].value = 27  # a width no other test uses
    assert studio.wait_refined(timeout=WAIT_S)
    assert studio.refine_in == "thread" and studio.refined
    _assert_same(studio.result, _expected(27))
