"""Chart Studio, driven through its controls without a browser."""

import datetime
import io

import numpy as np
from PIL import Image

from farshlab.chart import load_chart, map_to_palette
from farshlab.locale import message
from farshlab.widgets.chart_studio import ChartStudio


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


def test_starts_with_the_sample_photo(tmp_path):
    studio = ChartStudio(export_folder=tmp_path)
    chart = studio.result.chart
    # 20 cm at 35 raj: 100 knots; the 512 × 600 photo gives 23.44 cm → 117 rows
    assert (chart.knots_across, chart.rows) == (100, 117)
    assert len(chart.legend) == 16
    assert _png_size(studio.original.value) == (307, 360)
    assert _png_size(studio.preview.value) == (300, 351)  # 360 // 117 = 3 pixels per knot
    assert studio.table.value.count("<tr>") == 1 + len(studio.result.yarn)
    assert f"{studio.result.mean_delta_e:.2f}" in studio.summary.value
    assert message("studio.changed.isolated", knots=studio.result.changed["isolated"]) in studio.summary.value


def test_sliders_change_the_chart():
    studio = ChartStudio()
    studio.controls["colours"].value = 6
    studio.controls["width_cm"].value = 14
    studio.controls["raj"].value = 50
    chart = studio.result.chart
    assert len(chart.legend) == 6 and chart.knots_across == 100
    studio.controls["clean"].value = 0
    # without clean-up every knot has its exact nearest colour
    rows = map_to_palette(studio.result.knots_rgb, chart.legend.srgb)
    assert np.array_equal(studio.result.chart.codes, chart.legend.codes[rows])
    studio.controls["dither"].value = True
    assert "dither_put_back" in studio.result.changed


def test_upload_and_export(tmp_path):
    studio = ChartStudio(export_folder=tmp_path / "export")
    picture = Image.new("RGB", (40, 20), (200, 30, 30))
    picture.paste((240, 240, 230), (0, 0, 20, 20))
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    studio.controls["picture"].value = _upload("flag.png", buffer.getvalue())
    studio.controls["colours"].value = 2
    chart = studio.result.chart
    # 20 cm at 35 raj = 100 knots across; the picture is twice as wide as tall → 10 cm → 50 rows
    assert (chart.knots_across, chart.rows) == (100, 50)
    assert sorted(line.knots for line in studio.result.yarn) == [2500, 2500]
    studio.export_button.click()
    saved = load_chart(tmp_path / "export" / "chart.farshchart")
    assert saved == chart
    assert "chart.pdf" in studio.export_status.value


def test_a_bad_upload_shows_a_message():
    studio = ChartStudio()
    studio.controls["picture"].value = _upload("x.png", b"nope")
    assert studio.result is None
    assert "not a picture" in studio.error and studio.error in studio.message.value
