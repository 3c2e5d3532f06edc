"""`farshlab chart`: the five files from a real photo, a progress bar, one clear line per bad input."""

import csv
import re

import numpy as np
import pytest
from matplotlib import cbook
from PIL import Image

from farshlab.chart import layer_lists, load_chart
from farshlab.cli import main

PHOTO = cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)  # matplotlib's sample portrait


def test_writes_every_file(tmp_path, capsys):
    out = tmp_path / "out"
    status = main(
        ["chart", str(PHOTO), "--width-cm", "10", "--raj", "35", "--colours", "12", "--clean", "2",
         "--columns-from", "left", "-o", str(out)]
    )  # fmt: skip
    captured = capsys.readouterr()
    assert status == 0, captured.err
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["chart.pdf", "chart.farshchart", "legend.csv", "rows.txt", "preview.png"]
    )
    chart = load_chart(out / "chart.farshchart")
    # 10 cm at 35 raj: round(35 × 10 / 7) = 50 knots; height from the photo, 10 × 600/512 = 11.72 cm → 59 rows
    assert (chart.knots_across, chart.rows) == (50, 59)
    assert len(chart.legend) == 12 and chart.title == "grace_hopper"
    with open(out / "legend.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [int(row["code"]) for row in rows] == sorted({int(c) for c in np.unique(chart.codes)})
    assert sum(int(row["knots"]) for row in rows) == 50 * 59
    assert (out / "rows.txt").read_text(encoding="utf-8").splitlines() == layer_lists(chart.codes, "left")
    with Image.open(out / "preview.png") as preview:
        assert preview.size == (50 * 15, 59 * 15)  # 900 // 59 = 15 pixels per knot
    assert (out / "chart.pdf").read_bytes().startswith(b"%PDF-")
    # not a terminal: one quiet line per stage, no bar redrawn with carriage returns
    stages = captured.err.splitlines()
    assert "\r" not in captured.err and "[####" not in captured.err
    assert len(stages) == len(set(stages)) >= 5 and stages[-1].startswith("100 %")
    assert "Chart of 50 knots × 59 rows in 12 colours" in captured.out
    assert re.search(r"the PDF prints on \d+ sheets of A4", captured.out)


def test_a_bar_on_a_terminal(tmp_path, capsys, monkeypatch):
    import sys

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    status = main(
        ["chart", str(PHOTO), "--width-cm", "4", "--raj", "35", "--colours", "4", "-o", str(tmp_path)]
    )
    err = capsys.readouterr().err
    assert status == 0 and "\r[" in err and "[##############################] 100 %" in err


def test_persian_pages_on_a3(tmp_path, capsys):
    import subprocess

    status = main(
        ["chart", str(PHOTO), "--width-cm", "10", "--raj", "35", "--colours", "12", "--lang", "fa",
         "--paper", "A3", "-o", str(tmp_path)]
    )  # fmt: skip
    out = capsys.readouterr().out
    assert status == 0
    sheets = int(re.search(r"prints on (\d+) sheets of A3", out).group(1))
    pdf = tmp_path / "chart.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(rf"^Pages:\s+{sheets}$", info, re.M), info
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    text = re.sub("[\u200e\u200f\u202a-\u202e]", "", text)  # the bidi marks pdftotext adds
    assert "راهنمای رنگ" in text and "رنگ ۱۲" in text  # generated colours are named in Persian


def test_a_legend_as_the_palette(tmp_path, capsys):
    legend = tmp_path / "yarns.csv"
    legend.write_text(
        "code,name,colour\n3,Cream,#efe3c8\n8,Walnut,#4a2c1d\n15,Rose,#c98a7d\n", encoding="utf-8"
    )
    status = main(
        ["chart", str(PHOTO), "--width-cm", "5", "--raj", "28", "--legend", str(legend), "-o", str(tmp_path)]
    )
    assert status == 0, capsys.readouterr().err
    assert set(np.unique(load_chart(tmp_path / "chart.farshchart").codes).tolist()) <= {3, 8, 15}


def _error(capsys, *arguments):
    status = main(["chart", *arguments])
    err = capsys.readouterr().err.strip().splitlines()[-1]
    return status, err


def test_not_a_picture(tmp_path, capsys):
    fake = tmp_path / "notes.jpg"
    fake.write_text("not a picture")
    status, err = _error(
        capsys, str(fake), "--width-cm", "10", "--raj", "40", "--colours", "8", "-o", str(tmp_path)
    )
    assert status == 1
    assert err == f"farshlab: error: {fake} is not a picture farshlab can read (PNG, JPEG, …)"


def test_a_decompression_bomb_is_refused(tmp_path, capsys, monkeypatch):
    # Pillow refuses pictures of more than 2 × MAX_IMAGE_PIXELS and warns above 1 ×: lower the limit
    # so that a 100 × 100 picture (10,000 pixels) is over both
    picture = tmp_path / "big.png"
    Image.new("RGB", (100, 100)).save(picture)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 4_000)
    status, err = _error(
        capsys, str(picture), "--width-cm", "10", "--raj", "40", "--colours", "8", "-o", str(tmp_path)
    )
    assert status == 1 and "too large to open safely (more than 4,000 pixels)" in err
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 8_000)  # 10,000 > 8,000: only Pillow's warning
    status, err = _error(
        capsys, str(picture), "--width-cm", "10", "--raj", "40", "--colours", "8", "-o", str(tmp_path)
    )
    assert status == 1 and "too large to open safely (more than 8,000 pixels)" in err


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--colours", "1"], "farshlab: error: --colours must be from 2 to 256, got 1"),
        (["--colours", "300"], "farshlab: error: --colours must be from 2 to 256, got 300"),
        ([], "farshlab: error: give --colours K (how many colours to choose) or --legend FILE"),
        (
            ["--colours", "8", "--width-cm", "0"],
            "farshlab: error: --width-cm must be a positive number, got 0",
        ),
        (["--colours", "8", "--raj", "-5"], "farshlab: error: --raj must be a positive number, got -5"),
        (["--colours", "8", "--raj-h", "nan"], "farshlab: error: --raj-h must be a positive number, got nan"),
        (
            ["--colours", "8", "--height-cm", "-1"],
            "farshlab: error: --height-cm must be a positive number, got -1",
        ),
        (["--colours", "8", "--clean", "-2"], "farshlab: error: --clean must be 0 or more knots, got -2"),
    ],
)
def test_bad_numbers(tmp_path, capsys, options, expected):
    arguments = [str(PHOTO), "--width-cm", "10", "--raj", "40", "-o", str(tmp_path), *options]
    status, err = _error(capsys, *arguments)
    assert status == 1
    assert err.startswith(expected)
    assert not (tmp_path / "chart.pdf").exists()


def test_a_legend_with_duplicate_codes(tmp_path, capsys):
    legend = tmp_path / "yarns.csv"
    legend.write_text("code,name,colour\n3,Cream,#efe3c8\n3,Walnut,#4a2c1d\n", encoding="utf-8")
    status, err = _error(
        capsys, str(PHOTO), "--width-cm", "5", "--raj", "28", "--legend", str(legend), "-o", str(tmp_path)
    )
    assert status == 1
    assert err == (
        "farshlab: error: the yarn legend cannot be used: yarns.csv line 3 (row 2): "
        "code 3 is already used in row 1"
    )


def test_missing_required_options_are_argparse_errors(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["chart", str(PHOTO), "--colours", "8", "-o", "x"])
    assert stop.value.code == 2
    assert "--width-cm" in capsys.readouterr().err
