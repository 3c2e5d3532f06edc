"""`farshlab kit`: five files from a real photo, PDF pages that show something, a clear line per bad input."""

import csv
import re
import subprocess

import numpy as np
import pytest
from kit_samples import OUT_OF_REACH, REACHABLE, banded_picture
from matplotlib import cbook
from PIL import Image

from farshlab.chart import load_chart
from farshlab.cli import command_line, main
from farshlab.colour import delta_e_ciede2000
from farshlab.dye import calibration_template_path, load_dye_set, predict_lab
from farshlab.kit import KIT_FILES, make_kit, parse_recipe_text
from farshlab.kit.options import DEFAULT_LIQUOR_RATIO, DEFAULT_WOOL_PER_BATH_G, EXAMPLE_FIGURES

PHOTO = cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)  # matplotlib's sample portrait
SMALL = ["--width-cm", "8", "--raj", "35", "--colours", "6"]  # 40 knots × 47 rows
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


def _pages(pdf, folder):
    """Every page of the PDF as a PNG (pdftoppm, 30 dpi); returns the paths."""
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(pdf), str(folder / "page")], check=True)
    return sorted(folder.glob("page-*.png"))


def _ink(png) -> float:
    """Share of the page that is not white paper."""
    with Image.open(png) as page:
        grey = np.asarray(page.convert("L"))
    return float((grey < 230).mean())


def _text(pdf) -> str:
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub("[\u200e\u200f\u202a-\u202e]", "", text)  # the bidi marks pdftotext adds


@pytest.fixture(scope="module")
def english(tmp_path_factory):
    out = tmp_path_factory.mktemp("kit-en") / "out"
    status = main(["kit", str(PHOTO), *SMALL, "--lang", "en", "-o", str(out)])
    return status, out


def test_writes_every_file_from_a_photo(english, capsys):
    status, out = english
    assert status == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(KIT_FILES)
    chart = load_chart(out / "chart.farshchart")
    assert (chart.knots_across, chart.rows) == (40, 47) and chart.title == "grace_hopper"
    with open(out / "recipes.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    with open(out / "legend.csv", newline="", encoding="utf-8") as handle:
        legend = list(csv.DictReader(handle))
    assert [row["code"] for row in rows] == [row["code"] for row in legend]
    assert len(rows) == len(np.unique(chart.codes))
    assert sum(float(r["yarn_grams"]) for r in rows) == pytest.approx(
        sum(float(r["grams"]) for r in legend), abs=0.01
    )
    dyes = load_dye_set()
    for row in rows:
        predicted = [float(row[f"predicted_{c}"]) for c in "Lab"]
        assert (
            float(delta_e_ciede2000(predict_lab(dyes, parse_recipe_text(row["recipe"])), predicted)) <= 0.05
        )


def test_the_pdf_pages_show_the_kit(english, tmp_path):
    _, out = english
    pdf = out / "kit.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = _pages(pdf, tmp_path)
    assert re.search(rf"^Pages:\s+{len(pages)}$", info, re.M)
    assert len(pages) == 1 + 1 + 1 + 1  # cover, legend with recipes, one chart page, one page of layer lists
    inks = [_ink(page) for page in pages]
    assert all(ink > 0.01 for ink in inks), inks
    assert inks[0] > 0.1  # the cover's preview of the chart in its yarn colours
    with Image.open(pages[1]) as legend_page:  # the swatches are in colour
        rgb = np.asarray(legend_page.convert("RGB")).astype(int)
    assert (np.ptp(rgb, axis=2) > 40).mean() > 0.005
    text = _text(pdf)
    for words in (
        "Weaving kit: the coded chart", "Time and cost", "Total:", "made-up examples",
        "grace_hopper — legend and dye", "Recipe, % owf:", "1 lot:", "rows 1–47", "layer lists",
    ):  # fmt: skip
        assert words in text, words


def test_persian_pages(tmp_path, capsys):
    out = tmp_path / "fa"
    status = main(["kit", str(PHOTO), *SMALL, "--lang", "fa", "--paper", "A3", "-o", str(out)])
    assert status == 0, capsys.readouterr().err
    pdf = out / "kit.pdf"
    text = _text(pdf)
    assert (
        "راهنمای رنگ و نسخه‌های رنگرزی" in text and "نسخه به درصد وزن پشم" in text and "زمان و هزینه" in text
    )
    assert "مقاط" in text and "ریال" in text and "گرم پشم در" in text and "میلی‌گرم" in text
    assert not PRESENTATION_FORMS.search(
        text
    )  # shaped through HarfBuzz: the words come back in logical order
    assert re.search("[۰-۹]{2}", text) and "∆E00" in text
    assert all(_ink(page) > 0.01 for page in _pages(pdf, tmp_path))


def test_only_reachable_and_the_workshops_figures(tmp_path, capsys):
    photo = tmp_path / "bands.png"
    Image.fromarray(banded_picture([*REACHABLE.values(), *OUT_OF_REACH.values()])).save(photo)
    out = tmp_path / "kit"
    status = main(
        ["kit", str(photo), "--width-cm", "6", "--raj", "21", "--colours", "6", "--only-reachable",
         "--weavers", "3", "--rial-per-maghat", "2000000", "--wool-per-bath", "2", "-o", str(out)]
    )  # fmt: skip
    captured = capsys.readouterr()
    assert status == 0, captured.err
    assert "2 colours out of the dyes' reach were replaced" in captured.out
    assert "made-up" not in captured.out
    with open(out / "recipes.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["reachable"] for row in rows} == {"true"}
    assert all(float(row["bath_wool_g"]) <= 2 for row in rows)
    text = _text(out / "kit.pdf")
    assert "× 2,000,000 rial a maghat" in text and "(3 weavers ×" in text
    assert "figures given on the command line" in text and "which was out of reach" in text


def test_progress_and_summary(english, tmp_path, capsys):
    status = main(
        ["kit", str(PHOTO), "--width-cm", "4", "--raj", "35", "--colours", "4", "-o", str(tmp_path)]
    )
    captured = capsys.readouterr()
    assert status == 0
    stages = captured.err.splitlines()
    assert len(stages) == len(set(stages)) >= 6 and stages[-1].startswith("100 %")
    assert any("finding a dye recipe for every colour" in line for line in stages)
    assert re.search(r"^Kit of 20 knots × 23 rows in 4 colours: .* written to ", captured.out, re.M)
    assert "the dyer can reach" in captured.out and "made-up example figures" in captured.out


def test_the_kit_options_are_the_chart_options_and_the_library_defaults():
    import inspect

    from farshlab.kit import dye_lots

    parser, handlers = command_line()
    args = parser.parse_args(["kit", "photo.jpg", "--width-cm", "50", "--raj", "50", "-o", "out"])
    chart_args = parser.parse_args(["chart", "photo.jpg", "--width-cm", "50", "--raj", "50", "-o", "out"])
    shared = {"method", "dither", "clean", "columns_from", "paper", "lang", "digits", "nm", "ply", "waste"}
    assert {name: getattr(args, name) for name in shared} == {
        name: getattr(chart_args, name) for name in shared
    }
    defaults = inspect.signature(make_kit).parameters
    assert args.wool_per_bath == defaults["wool_per_bath_g"].default == DEFAULT_WOOL_PER_BATH_G
    assert args.liquor_ratio == defaults["liquor_ratio"].default == DEFAULT_LIQUOR_RATIO
    assert inspect.signature(dye_lots).parameters["wool_per_bath_g"].default == args.wool_per_bath
    assert {name: getattr(args, name) for name in EXAMPLE_FIGURES} == EXAMPLE_FIGURES
    assert "kit" in handlers and args.only_reachable is False and args.dye_set is None


def _error(capsys, *arguments):
    status = main(["kit", *arguments])
    return status, capsys.readouterr().err.strip().splitlines()[-1]


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ([], "farshlab: error: give --colours K (how many colours to choose) or --legend FILE"),
        (["--colours", "1"], "farshlab: error: --colours must be from 2 to 256, got 1"),
        (
            ["--colours", "4", "--width-cm", "-3"],
            "farshlab: error: --width-cm must be a positive number, got -3",
        ),
        (
            ["--colours", "4", "--wool-per-bath", "0"],
            "farshlab: error: --wool-per-bath must be a positive number, got 0",
        ),
        (["--colours", "4", "--liquor-ratio", "0.5"], "farshlab: error: --liquor-ratio must be 1 or more"),
        (["--colours", "4", "--weavers", "0"], "farshlab: error: --weavers must be a positive number, got 0"),
        (["--colours", "4", "--dye-price", "-1"], "farshlab: error: --dye-price must be 0 or more, got -1"),
        (
            ["--colours", "4", "--dye-set", str(calibration_template_path())],
            "farshlab: error: the dye set cannot be used: a kit needs at least 3 dyes to make the colours "
            "of a picture; the dye set calibration_template.csv has 1",
        ),
    ],
)
def test_bad_input(tmp_path, capsys, options, expected):
    out = tmp_path / "out"
    status, err = _error(capsys, str(PHOTO), "--width-cm", "4", "--raj", "35", "-o", str(out), *options)
    assert status == 1
    assert err.startswith(expected), err
    assert not out.exists()


def test_bad_files(tmp_path, capsys):
    out = tmp_path / "out"
    fake = tmp_path / "photo.jpg"
    fake.write_text("not a picture", encoding="utf-8")
    small = ["--width-cm", "4", "--raj", "35", "--colours", "4", "-o", str(out)]
    assert _error(capsys, str(fake), *small) == (
        1, f"farshlab: error: {fake} is not a picture farshlab can read (PNG, JPEG, …)"
    )  # fmt: skip
    assert (
        _error(capsys, str(tmp_path / "none.jpg"), *small)[1]
        == f"farshlab: error: no picture file {tmp_path / 'none.jpg'}"
    )
    broken = tmp_path / "dyes.csv"
    broken.write_text("dye,depth\nsubstrate,0\n", encoding="utf-8")
    status, err = _error(capsys, str(PHOTO), *small, "--dye-set", str(broken))
    assert status == 1 and err.startswith("farshlab: error: the dye set cannot be used: dyes.csv")
    status, err = _error(capsys, str(PHOTO), *small, "--dye-set", str(tmp_path / "missing.csv"))
    assert status == 1 and err.startswith("farshlab: error: the dye set cannot be used:")
    legend = tmp_path / "yarns.csv"
    legend.write_text("code,name,colour\n3,Cream,#efe3c8\n3,Walnut,#4a2c1d\n", encoding="utf-8")
    status, err = _error(
        capsys, str(PHOTO), "--width-cm", "4", "--raj", "35", "--legend", str(legend), "-o", str(out)
    )
    assert status == 1 and err.startswith("farshlab: error: the yarn legend cannot be used: yarns.csv line 3")
    assert not out.exists()
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    status, err = _error(capsys, str(PHOTO), *small[:-1], str(blocked / "kit"))
    assert status == 1 and err.startswith(f"farshlab: error: cannot write into {blocked / 'kit'}")


def test_help(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["kit", "--help"])
    assert stop.value.code == 0
    shown = capsys.readouterr().out
    assert (
        shown.startswith("usage: farshlab kit") and "--only-reachable" in shown and "--dye-set CSV" in shown
    )
