"""The printed chart, read back as a person would: poppler's pdftotext for the words and numbers, pdftoppm
for the picture of a page (Debian's poppler-utils, installed by the Makefile)."""

import re
import subprocess

import numpy as np
import pytest
from PIL import Image

from farshlab.chart import Chart, yarn_table
from farshlab.colour import load_example_legend
from farshlab.printing.chart_pages import tints
from farshlab.printing.chart_pdf import write_chart_pdf
from farshlab.printing.layout import MARGIN_MM, ChartLayout

LEGEND = load_example_legend()
BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
PERSIAN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")


def _text(path, page=None, layout=True) -> str:
    command = ["pdftotext", "-enc", "UTF-8"]
    if page is not None:
        command += ["-f", str(page), "-l", str(page)]
    if layout:
        command.append("-layout")
    done = subprocess.run([*command, str(path), "-"], capture_output=True, text=True, check=True)
    return BIDI_MARKS.sub("", done.stdout)


def _page_count(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def _chart(rows=8, across=12, colours=5, title="small"):
    codes = np.array([[LEGEND.codes[(r + c) % colours] for c in range(across)] for r in range(rows)])
    chart = Chart(codes, LEGEND, width_cm=across * 7 / 50, height_cm=rows * 7 / 50, raj_w=50, title=title)
    return chart, yarn_table(codes, LEGEND, nm=8)


def _grid_lines(text: str) -> list[list[int]]:
    """The rows of numbers on a chart page as pdftotext lays them out (top line first)."""
    return [
        [int(word) for word in line.translate(PERSIAN_DIGITS).split()]
        for line in text.splitlines()
        if re.fullmatch(r"[\d\s]+", line.translate(PERSIAN_DIGITS)) and line.strip()
    ]


def test_every_cell_carries_its_code_with_rows_from_the_bottom_and_columns_from_the_right(tmp_path):
    chart, table = _chart()
    report = write_chart_pdf(chart, tmp_path / "c.pdf", table, columns_from="right", layers=False)
    assert report.pages == {"cover": 1, "legend": 1, "chart": 1, "layers": 0}
    assert _page_count(report.path) == report.total_pages == 3
    lines = _grid_lines(_text(report.path, page=3))
    assert lines[0] == lines[-1] == list(range(12, 0, -1))  # column numbers above and below, 1 at the right
    for line, row in zip(lines[1:-1], range(7, -1, -1), strict=True):  # the top line is the last row
        assert line[0] == line[-1] == row + 1  # row numbers on both sides, 1 at the bottom
        assert line[1:-1] == chart.codes[row].tolist()


def test_persian_pages_read_in_logical_order_with_persian_digits(tmp_path):
    chart, table = _chart(title="نقشهٔ آزمایشی")
    report = write_chart_pdf(chart, tmp_path / "fa.pdf", table, lang="fa", columns_from="right")
    whole = _text(report.path, layout=False)
    for words in ("راهنمای رنگ", "نقشهٔ آزمایشی", "فهرست رنگ‌های هر رج", "ستون‌های"):
        assert words in whole
    assert not PRESENTATION_FORMS.search(whole), "letters must be shaped by glyphs, not presentation forms"
    assert "۱۲" in whole and not re.search(r"[0-9]", re.sub(r"#[0-9a-f]{6}|A4", "", whole))
    lines = _grid_lines(_text(report.path, page=3))
    assert sorted(lines[0]) == list(range(1, 13))
    rows = {line[0]: line for line in lines[1:-1]}
    # in Persian the row's numbers are read right to left: column 1 (the right edge) first
    assert sorted(rows) == list(range(1, 9))
    for number, line in rows.items():
        assert sorted(line[1:-1]) == sorted(chart.codes[number - 1].tolist())


def test_latin_digits_on_persian_pages(tmp_path):
    chart, table = _chart()
    report = write_chart_pdf(chart, tmp_path / "fa.pdf", table, lang="fa", digits="latin", layers=False)
    page = _text(report.path, page=3)
    assert "راهنمای" not in page and "ستون" in page
    assert not re.search("[۰-۹]", page) and re.search("12", page)


def _render(path, page: int, dpi: int = 100) -> Image.Image:
    prefix = path.with_suffix("")
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(dpi),
            "-png",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(path),
            str(prefix),
        ],
        check=True,
    )
    return Image.open(f"{prefix}.png").convert("RGB")


def test_cells_are_light_tints_of_their_yarn_and_block_lines_are_heavy(tmp_path):
    # 30 × 20 knots, every knot in its row's yarn: rows 0–9 yarn 1, 10–19 yarn 2 ...
    codes = np.repeat(LEGEND.codes[[0, 40, 90]][:, None], 10, axis=0).repeat(20, axis=1)  # (30, 20)
    chart = Chart(codes, LEGEND, width_cm=2.8, height_cm=4.2, raj_w=50)
    report = write_chart_pdf(chart, tmp_path / "c.pdf", yarn_table(codes, LEGEND, nm=8), layers=False)
    dpi = 100
    image = np.asarray(_render(report.path, 3, dpi)).astype(int)
    layout = ChartLayout.for_paper("A4")
    px = dpi / 25.4
    cell = layout.cell_mm * px
    left, top = layout.grid_left_mm * px, layout.grid_top_mm * px
    expected = np.round(tints(LEGEND.srgb[[0, 40, 90]]) * 255)
    for band, colour in enumerate(expected[::-1]):  # the top band of the page is the last yarn
        # a point inside a cell, away from its number and its lines
        y = int(top + (band * 10 + 4) * cell + 0.2 * cell)
        x = int(left + 5 * cell + 0.15 * cell)
        assert np.abs(image[y, x] - colour).max() <= 6, (band, image[y, x], colour)
    # the heavy line between rows 10 and 11 (from the bottom) is dark; a thin line is grey, a cell light
    heavy_y = int(round(top + 20 * cell))
    column = int(left + 5.5 * cell)
    assert image[heavy_y - 1 : heavy_y + 2, column].min() < 60
    thin_y = int(round(top + 15 * cell))
    assert 60 < image[thin_y - 1 : thin_y + 2, column].min(axis=1).min() < 200
    assert int(left) > MARGIN_MM * px


def test_pages_are_filled_evenly_and_counted_on_the_cover(tmp_path):
    rng = np.random.default_rng(1)
    codes = rng.choice(LEGEND.codes[:12], size=(95, 250))
    chart = Chart(codes, LEGEND, width_cm=35, height_cm=13.3, raj_w=50, title="even")
    table = yarn_table(codes, LEGEND, nm=8)
    report = write_chart_pdf(chart, tmp_path / "c.pdf", table, columns_from="left")
    # A4: 50 × 70 knots at most per page → 250 across in 5 strips of 50; 95 rows in 2 bands (50 + 45)
    assert report.pages["chart"] == 10
    assert _page_count(report.path) == report.total_pages
    cover = _text(report.path, page=1, layout=False)
    assert f"prints on {report.total_pages} sheets of A4" in cover
    assert "10 of chart" in cover and f"{report.pages['layers']} of layer lists" in cover
    first = _text(report.path, page=3)
    assert "columns 1–50" in first and "rows 1–50" in first
    a3 = write_chart_pdf(chart, tmp_path / "a3.pdf", table, paper="A3", layers=False)
    assert a3.pages["chart"] == 4  # A3: 70 × 100 → 250 in 4 strips of 70/60; 95 rows in 1 band
    a2 = write_chart_pdf(chart, tmp_path / "a2.pdf", table, paper="A2", layers=False)
    assert a2.pages["chart"] == 3  # A2: 110 × 150 → 3 strips of 90/80


def test_layer_lists_give_each_rows_colours_with_their_columns(tmp_path):
    codes = np.array([[5, 5, 9, 9, 9, 5, 7], [7, 7, 7, 7, 7, 7, 7]])
    legend_codes = set(LEGEND.codes.tolist())
    assert {5, 7, 9} <= legend_codes
    chart = Chart(codes, LEGEND, width_cm=1, height_cm=0.28, raj_w=49)
    table = yarn_table(codes, LEGEND, nm=8)
    right = write_chart_pdf(chart, tmp_path / "r.pdf", table, columns_from="right")
    page = _text(right.path, page=right.total_pages, layout=False)
    # from the right: column 1 is 7, 2 is 5, 3–5 are 9, 6–7 are 5
    assert re.search(r"Row 1\s+7: 1; 5: 2, 6–7; 9: 3–5", page), page
    assert re.search(r"Row 2\s+7: 1–7", page), page
    left = write_chart_pdf(chart, tmp_path / "l.pdf", table, columns_from="left")
    assert re.search(
        r"Row 1\s+5: 1–2, 6; 9: 3–5; 7: 7", _text(left.path, page=left.total_pages, layout=False)
    )
    persian = write_chart_pdf(chart, tmp_path / "fa.pdf", table, lang="fa", columns_from="right")
    assert "رج ۱" in _text(persian.path, page=persian.total_pages, layout=False)


def test_a_long_layer_list_wraps_and_pages_on(tmp_path):
    rng = np.random.default_rng(3)
    codes = rng.choice(LEGEND.codes[:40], size=(120, 200))
    chart = Chart(codes, LEGEND, width_cm=28, height_cm=16.8, raj_w=50)
    report = write_chart_pdf(chart, tmp_path / "c.pdf", yarn_table(codes, LEGEND, nm=8))
    assert report.pages["layers"] > 1
    text = _text(report.path, layout=False)
    rows = [int(n) for n in re.findall(r"Row (\d+)", text)]
    assert rows == list(range(1, 121))


def test_laid_out_layer_lists_name_every_knot_once_and_fit_their_column():
    from farshlab.printing.chart_pages import ChartInk, lay_out_layer_lists
    from farshlab.printing.sheet import PT_PER_MM, Sheet

    rng = np.random.default_rng(4)
    codes = rng.choice(LEGEND.codes[:30], size=(15, 90))
    with Sheet("A4", lang="en", digits="latin", title="t") as sheet:
        sheet.add_page()
        ink = ChartInk(codes, LEGEND, "left", ChartLayout.for_paper("A4"))
        lists = lay_out_layer_lists(sheet, ink, "Row {row}")
    assert max(used for *_, used in lists.lines) <= (lists.column_mm - lists.indent_mm) * PT_PER_MM
    starts = [i for i, (label, *_) in enumerate(lists.lines) if label is not None]
    assert [lists.lines[i][0] for i in starts] == list(range(15))
    for row, (begin, end) in enumerate(zip(starts, [*starts[1:], len(lists.lines)], strict=True)):
        text = " | ".join(line for _, line, _, _ in lists.lines[begin:end])
        seen, code = {}, None
        for colour, a, b in re.findall(r"(\d+):|(\d+)(?:–(\d+))?", text):
            if colour:
                code = int(colour)
                continue
            for column in range(int(a), int(b or a) + 1):
                assert column not in seen
                seen[column] = code
        assert seen == {c + 1: int(codes[row, c]) for c in range(90)}


def test_bad_input(tmp_path):
    chart, table = _chart()
    with pytest.raises(ValueError, match="paper must be one of A4, A3, A2"):
        write_chart_pdf(chart, tmp_path / "x.pdf", table, paper="B5")
    with pytest.raises(ValueError, match="columns_from"):
        write_chart_pdf(chart, tmp_path / "x.pdf", table, columns_from="top")
    with pytest.raises(ValueError, match="yarn must be a YarnTable"):
        write_chart_pdf(chart, tmp_path / "x.pdf", {1: 4})
    with pytest.raises(ValueError, match="chart must be a Chart"):
        write_chart_pdf(chart.codes, tmp_path / "x.pdf", table)
    with pytest.raises(ValueError, match="lang must be one of en, fa"):
        write_chart_pdf(chart, tmp_path / "x.pdf", table, lang="de")
    with pytest.raises(ValueError, match="digits must be 'fa' or 'latin'"):
        write_chart_pdf(chart, tmp_path / "x.pdf", table, digits="roman")
    assert not (tmp_path / "x.pdf").exists()


def test_every_tint_keeps_black_numbers_readable_in_black_and_white():
    # WCAG contrast of black text on each tint, from the tint's relative luminance (sRGB decoded):
    # at least 7:1 (the strictest level), whatever the yarn, even black
    light = tints(LEGEND.srgb)
    linear = np.where(light <= 0.04045, light / 12.92, ((light + 0.055) / 1.055) ** 2.4)
    luminance = linear @ np.array([0.2126, 0.7152, 0.0722])
    assert ((luminance + 0.05) / 0.05).min() >= 7
    # printed in grey the tints stay apart from the black digits and lines: none darker than 70 % white
    assert (light.mean(axis=1) >= 0.7).all()


def test_a_reloaded_chart_reprints_the_same_legend(tmp_path):
    from matplotlib import cbook

    from farshlab.chart import load_chart, picture_to_chart, save_chart

    photo = cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)
    made = picture_to_chart(photo, 6, 35, colours=6, nm=7.5, ply=2, waste_percent=12, title="kept")
    first = write_chart_pdf(made.chart, tmp_path / "first.pdf", made.yarn, layers=False)
    reloaded = load_chart(save_chart(made.chart, tmp_path / "kept.farshchart"))
    again = write_chart_pdf(reloaded, tmp_path / "again.pdf", layers=False)  # no yarn table given
    assert _text(first.path, page=2) == _text(again.path, page=2)
    assert "Nm 7.5, ply 2, waste 12 %" in _text(again.path, page=1, layout=False)
    grams = [float(g) for g in re.findall(r"(\d+\.\d) *$", _text(again.path, page=2), re.M)]
    assert grams == [round(line.grams, 1) for line in made.yarn]


def test_a_chart_without_yarn_figures_asks_for_its_yarn_table(tmp_path):
    chart, _ = _chart()
    with pytest.raises(ValueError, match="keeps no yarn figures"):
        write_chart_pdf(chart, tmp_path / "x.pdf")
