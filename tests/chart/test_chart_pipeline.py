"""Photo → chart end to end: sizes from cm and raj, progress, consistency of codes, yarn and error."""

import numpy as np
import pytest
from matplotlib import cbook

from farshlab.chart import PictureError, map_to_palette, mapping_error, open_picture, picture_to_chart
from farshlab.colour import load_example_legend

PHOTO = cbook.get_sample_data(
    "grace_hopper.jpg", asfileobj=False
)  # 512 × 600 portrait, ships with matplotlib


def test_sizes_progress_and_consistency():
    seen = []
    result = picture_to_chart(
        PHOTO, 14, 40, 50, colours=10, progress=lambda f, stage: seen.append((f, stage))
    )
    chart = result.chart
    # 14 cm at 40 raj: 80 knots; height 14 × 600/512 = 16.41 cm at 50 rows per 7 cm → 117 rows
    assert (chart.knots_across, chart.rows) == (80, 117)
    assert chart.height_cm == pytest.approx(14 * 600 / 512)
    assert [stage for _, stage in seen] == ["open", "scale", "palette", "map", "clean", "yarn", "done"]
    assert [f for f, _ in seen] == sorted(f for f, _ in seen) and seen[-1][0] == 1.0
    # without clean-up or dithering, every code is the exact nearest palette colour
    rows = map_to_palette(result.knots_rgb, chart.legend.srgb)
    assert np.array_equal(chart.codes, chart.legend.codes[rows])
    assert result.mean_delta_e == pytest.approx(
        mapping_error(result.knots_rgb, chart.legend.srgb, rows).mean()
    )
    assert sum(line.knots for line in result.yarn) == 80 * 117
    assert result.changed == {}


def test_clean_and_dither_report_their_changes():
    result = picture_to_chart(PHOTO, 10, 35, colours=8, dither=True, max_isolated_percent=1.0, clean=2)
    assert set(result.changed) == {"dither_put_back", "isolated", "short_runs"}
    assert all(count >= 0 for count in result.changed.values())
    # the mean ΔE00 is recomputed for the cleaned codes
    rows = np.searchsorted(result.chart.legend.codes, result.chart.codes)
    expected = mapping_error(result.knots_rgb, result.chart.legend.srgb, rows).mean()
    assert result.mean_delta_e == pytest.approx(expected)


def test_a_fixed_legend_and_a_given_height_crop():
    legend = load_example_legend()
    result = picture_to_chart(PHOTO, 7, 30, height_cm=7, legend=legend)
    assert (result.chart.knots_across, result.chart.rows) == (30, 30)
    assert set(np.unique(result.chart.codes).tolist()) <= set(legend.codes.tolist())


def test_open_picture_errors(tmp_path):
    with pytest.raises(PictureError, match="no picture file"):
        open_picture(tmp_path / "missing.png")
    with pytest.raises(PictureError, match="not a picture"):
        open_picture(b"GIF89a broken")
    with pytest.raises(PictureError, match="must be a file"):
        open_picture(42)
    assert open_picture(np.zeros((2, 3, 3), np.uint8)).shape == (2, 3, 3)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"width_cm": -3}, "width_cm must be a positive number"),
        ({"raj_w": 0}, "raj must be a positive number|raj_w must be a positive number"),
        ({"colours": 300}, "colours must be a whole number from 2 to 256"),
    ],
)
def test_bad_input(kwargs, match):
    arguments = {"picture": PHOTO, "width_cm": 10, "raj_w": 40, "colours": 8} | kwargs
    with pytest.raises(ValueError, match=match):
        picture_to_chart(**arguments)
