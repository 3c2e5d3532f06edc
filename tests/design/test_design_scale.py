"""Scaling a picture to a knot grid: sizes from cm and raj, no stretching, row 0 = bottom."""

import numpy as np
import pytest
from PIL import Image

from farshlab.design import crop_box, picture_to_knots


def stripes_picture(height, width):
    """Top half red, bottom half blue, a green column band in the left quarter."""
    picture = np.zeros((height, width, 3), dtype=np.uint8)
    picture[: height // 2] = (200, 0, 0)
    picture[height // 2 :] = (0, 0, 200)
    picture[:, : width // 4] = (0, 200, 0)
    return picture


def test_size_from_cm_and_separate_raj():
    picture = stripes_picture(700, 500)
    # 50 × 70 cm: across = 50 · 50 / 7 = 357.1 → 357; rows = 60 · 70 / 7 = 600 (raj along 60)
    knots = picture_to_knots(picture, 50, 70, raj_w=50, raj_h=60)
    assert knots.shape == (600, 357, 3) and knots.dtype == np.uint8
    # equal raj: 357 × 500 (the course's worked example)
    assert picture_to_knots(picture, 50, 70, raj_w=50).shape == (500, 357, 3)


def test_no_stretch_when_raj_differ():
    # the same picture woven at 50 × 60 raj: the red/blue boundary stays at half the height and the
    # green band at a quarter of the width, in knots as in cm
    knots = picture_to_knots(stripes_picture(700, 500), 50, 70, raj_w=50, raj_h=60)
    rows, across = knots.shape[:2]
    column = knots[:, across // 2]
    blue_rows = int((column[:, 2] > 100).sum())
    assert blue_rows == pytest.approx(rows / 2, abs=1)
    green = int((knots[rows // 2, :, 1] > 100).sum())
    assert green == pytest.approx(across / 4, abs=1)


def test_row_zero_is_the_bottom_of_the_picture():
    knots = picture_to_knots(stripes_picture(140, 100), 10, 14, raj_w=35)
    # 35 · 10 / 7 = 50 across, 70 rows; the picture's bottom (blue) is row 0
    assert knots.shape == (70, 50, 3)
    assert knots[0, -1].tolist() == [0, 0, 200] and knots[-1, -1].tolist() == [200, 0, 0]


def test_box_filter_averages_the_pixels_under_a_knot():
    # a 4 × 4 checkerboard of 0 and 200 shrunk to 1 knot: box gives the mean, 100
    picture = np.zeros((4, 4, 3), dtype=np.uint8)
    picture[::2, ::2] = 200
    picture[1::2, 1::2] = 200
    knot = picture_to_knots(picture, 0.7, 0.7, raj_w=10, resample="box")
    assert knot.shape == (1, 1, 3) and knot[0, 0].tolist() == [100, 100, 100]
    # lanczos when enlarging; a flat colour stays exact with every filter
    flat = np.full((3, 3, 3), 77, dtype=np.uint8)
    for name in ("auto", "lanczos", "bicubic", "nearest", "box"):
        assert (picture_to_knots(flat, 7, 7, raj_w=20, resample=name) == 77).all()


def test_crop_to_the_carpet_proportions():
    # 400 × 300 px for 50 × 70 cm: keep 300 · 50/70 = 214.29 px across, centred
    left, top, right, bottom = crop_box((400, 300), 50, 70)
    assert (left, top, bottom) == (pytest.approx(92.857, abs=1e-3), 0.0, 300.0)
    assert right - left == pytest.approx(214.2857, abs=1e-3)
    wide = np.zeros((100, 300, 3), dtype=np.uint8)
    wide[:, 100:200] = 255  # the white middle third is all that is kept for a square carpet
    knots = picture_to_knots(wide, 7, 7, raj_w=10)
    assert knots.shape == (10, 10, 3) and (knots == 255).all()
    with pytest.raises(ValueError, match="would be stretched"):
        picture_to_knots(wide, 7, 7, raj_w=10, crop=False)


def test_pillow_images_of_any_mode():
    image = Image.new("L", (20, 20), color=128)
    knots = picture_to_knots(image, 7, 7, raj_w=10)
    assert knots.shape == (10, 10, 3) and (knots == 128).all()


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"picture": np.zeros((10, 10), dtype=np.uint8)}, "uint8 array"),
        ({"picture": np.zeros((10, 10, 3))}, "uint8 array"),
        ({"picture": np.zeros((0, 10, 3), dtype=np.uint8)}, "empty"),
        ({"width_cm": -5}, "width_cm must be a positive number, got -5"),
        ({"raj_w": float("nan")}, "raj_w must be a positive number"),
        ({"resample": "cubic"}, "resample must be 'auto' or one of"),
    ],
)
def test_bad_input(kwargs, words):
    arguments = {"picture": np.zeros((10, 10, 3), dtype=np.uint8), "width_cm": 7, "height_cm": 7, "raj_w": 10}
    arguments.update(kwargs)
    with pytest.raises(ValueError, match=words):
        picture_to_knots(**arguments)
