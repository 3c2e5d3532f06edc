"""Yarn legends: CSV round trip, validation errors naming the row, the example legend."""

import numpy as np
import pytest

from farshlab.colour import Yarn, YarnLegend, lab_to_lch, load_example_legend, srgb_to_lab

GOOD = (
    "# my workshop\n"
    "code,name,colour,notes,recipe_id\n"
    '1,Cream,#EFE3C8,"warm, for skin",R-01\n'
    "2,Madder red,#a8323a,,R-17\n"
    "12,Navy,#1f2a44,lot 3 of 2024,\n"
)


def _write(tmp_path, text, name="legend.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_read_a_legend(tmp_path):
    legend = YarnLegend.from_csv(_write(tmp_path, GOOD))
    assert len(legend) == 3
    assert legend.codes.tolist() == [1, 2, 12]
    assert legend.comments == ("my workshop",)
    assert legend.by_code(1) == Yarn(1, "Cream", "#efe3c8", "warm, for skin", "R-01")
    assert legend.srgb.tolist() == [[239, 227, 200], [168, 50, 58], [31, 42, 68]]
    np.testing.assert_allclose(legend.lab, srgb_to_lab(legend.srgb))


def test_round_trip_is_lossless(tmp_path):
    legend = YarnLegend.from_csv(_write(tmp_path, GOOD))
    saved = legend.to_csv(tmp_path / "copy.csv")
    again = YarnLegend.from_csv(saved)
    assert again == legend
    assert saved.read_text(encoding="utf-8") == GOOD.replace("#EFE3C8", "#efe3c8")
    assert again.to_csv_text() == saved.read_text(encoding="utf-8")


def test_optional_columns_may_be_left_out(tmp_path):
    legend = YarnLegend.from_csv(_write(tmp_path, "code,name,colour\n5,Gold,#d4a017\n"))
    assert legend[0] == Yarn(5, "Gold", "#d4a017")


def test_example_legend_round_trips_byte_for_byte(tmp_path):
    from importlib import resources

    original = (
        resources.files("farshlab.colour").joinpath("data", "example_legend.csv").read_text(encoding="utf-8")
    )
    legend = load_example_legend()
    assert legend.to_csv_text() == original
    assert YarnLegend.from_csv(legend.to_csv(tmp_path / "example.csv")) == legend


def test_example_legend_is_labelled_and_spread():
    legend = load_example_legend()
    assert "EXAMPLE" in legend.comments[0] and "not a real workshop" in legend.comments[0]
    assert 90 <= len(legend) <= 110
    assert legend.codes.tolist() == list(range(1, len(legend) + 1))
    assert len({yarn.colour for yarn in legend}) == len(legend)
    families = [yarn.notes.split(";")[0] for yarn in legend]
    assert families.count("skin tones") >= 10
    assert families.count("sky blues") >= 8
    assert families.count("foliage greens") >= 10
    lightness, chroma, hue = lab_to_lch(legend.lab).T
    assert lightness.min() < 15 and lightness.max() > 95
    assert np.histogram(lightness, bins=10, range=(0, 100))[0][1:].min() >= 2  # every tenth of L* above 10
    vivid_hues = hue[chroma > 20]
    assert np.histogram(vivid_hues, bins=12, range=(0, 360))[0].min() >= 1  # every 30° of hue


@pytest.mark.parametrize(
    "text, match",
    [
        ("code,name,colour\n", "legend.csv holds no yarn: the legend is empty"),
        ("", "legend.csv holds no yarn"),
        ("code,name\n1,Cream\n", r"legend.csv line 1: the header must name the columns code, name, colour"),
        ("code,name,colour,price\n1,Cream,#efe3c8,5\n", "got code, name, colour, price"),
        (
            "code,name,colour\n1,Cream,#efe3c8\n2,Red,#a8323g\n",
            r"line 3 \(row 2\): colour must be a hex colour",
        ),
        ("code,name,colour\n1,Cream,#efe3c8\n2,Red,\n", r"line 3 \(row 2\): colour must be a hex"),
        (
            "code,name,colour\n1,Cream,#efe3c8\n1,Red,#a8323a\n",
            r"line 3 \(row 2\): code 1 is already used in row 1",
        ),
        (
            "code,name,colour\nA1,Cream,#efe3c8\n",
            r"line 2 \(row 1\): code must be a whole number 0 or more, got 'A1'",
        ),
        ("code,name,colour\n-3,Cream,#efe3c8\n", r"row 1\): code must be a whole number"),
        ("code,name,colour\n2.5,Cream,#efe3c8\n", r"row 1\): code must be a whole number"),
        ("code,name,colour\n1, ,#efe3c8\n", r"line 2 \(row 1\): name must be filled in"),
        ("code,name,colour\n1,Cream\n", r"line 2 \(row 1\): expected 3 values, got 2"),
        ("# note\ncode,name,colour\n1,Cream,#efe3c8\n7,Red,red\n", r"line 4 \(row 2\): colour must be"),
    ],
)
def test_bad_csv_errors_name_the_row(tmp_path, text, match):
    with pytest.raises(ValueError, match=match):
        YarnLegend.from_csv(_write(tmp_path, text))


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="cannot read the yarn legend"):
        YarnLegend.from_csv(tmp_path / "nope.csv")


def test_legend_made_in_code_is_checked():
    with pytest.raises(ValueError, match="at least one yarn"):
        YarnLegend([])
    with pytest.raises(ValueError, match=r"yarn 2 \(Red\) repeats code 4 of yarn 1 \(Cream\)"):
        YarnLegend([Yarn(4, "Cream", "#efe3c8"), Yarn(4, "Red", "#a8323a")])
    with pytest.raises(ValueError, match="yarn 1 must be a Yarn"):
        YarnLegend([(1, "Cream", "#efe3c8")])
    with pytest.raises(ValueError, match="colour must be a hex colour"):
        Yarn(1, "Cream", (239, 227, 200))
    with pytest.raises(ValueError, match="code must be a whole number"):
        Yarn(True, "Cream", "#efe3c8")
    with pytest.raises(ValueError, match="no yarn in this legend has code 9"):
        YarnLegend([Yarn(1, "Cream", "#efe3c8")]).by_code(9)


def test_nearest_returns_codes():
    legend = YarnLegend(
        [Yarn(10, "Cream", "#efe3c8"), Yarn(20, "Madder red", "#a8323a"), Yarn(30, "Navy", "#1f2a44")]
    )
    codes, de = legend.nearest(srgb_to_lab([[[170, 52, 60], [30, 40, 70]]]))
    assert codes.tolist() == [[20, 30]]
    assert de.shape == (1, 2) and (de < 2).all()
