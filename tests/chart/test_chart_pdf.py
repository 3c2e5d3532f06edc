"""The printable PDF opens (a real PDF with the expected number of pages of each kind)."""

import re

import numpy as np
import pytest

from farshlab.chart import Chart, yarn_table
from farshlab.chart.pdf import write_chart_pdf
from farshlab.colour import load_example_legend
from farshlab.plotting.chart_pages import chart_page_windows

LEGEND = load_example_legend()


def _pages_in(path):
    """Count the page objects of a PDF by its object dictionaries (pypdf is not installed)."""
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data)), data


@pytest.mark.parametrize(("paper", "chart_pages"), [("A4", 9), ("A3", 4)])
def test_pages_of_each_kind(tmp_path, paper, chart_pages):
    # 65 knots across × 95 rows in 12 yarns: one legend page; chart pages as worked out in
    # test_page_windows_are_whole_blocks (A4 3 × 3, A3 2 × 2)
    rng = np.random.default_rng(1)
    codes = rng.choice(LEGEND.codes[:12], size=(95, 65))
    chart = Chart(codes, LEGEND, width_cm=9.1, height_cm=13.3, raj_w=50, title="test")
    table = yarn_table(codes, LEGEND, nm=6, ply=2)
    report = write_chart_pdf(chart, tmp_path / "c.pdf", table, paper=paper, layers=False)
    assert report.pages == {"cover": 1, "legend": 1, "chart": chart_pages, "layers": 0}
    count, data = _pages_in(report.path)
    assert count == report.total_pages == 2 + chart_pages
    assert b"/Title (test)" in data


def test_page_windows_are_whole_blocks():
    # A4: 3 × 4 blocks = 30 columns × 40 rows per page. 65 across → 0–30, 30–60, 60–65;
    # 95 rows → 0–40, 40–80, 80–95: 3 × 3 = 9 pages, the bottom strip first
    windows = chart_page_windows(65, 95, "A4")
    assert len(windows) == 9
    assert windows[:3] == [((0, 40), (0, 30)), ((0, 40), (30, 60)), ((0, 40), (60, 65))]
    assert windows[-1] == ((80, 95), (60, 65))
    # A3: 5 × 6 blocks = 50 × 60: ⌈65/50⌉ × ⌈95/60⌉ = 2 × 2
    assert len(chart_page_windows(65, 95, "A3")) == 4
    with pytest.raises(ValueError, match="paper must be one of"):
        chart_page_windows(10, 10, "letter")


def test_layer_pages_and_legend_pages(tmp_path):
    # 40 yarns used: A4 legend pages hold 36 lines → 2 legend pages
    codes = np.resize(LEGEND.codes[:40], (20, 30))
    chart = Chart(codes, LEGEND, width_cm=4.2, height_cm=2.8, raj_w=50)
    table = yarn_table(codes, LEGEND, nm=6)
    report = write_chart_pdf(chart, tmp_path / "c.pdf", table, columns_from="left")
    assert report.pages["legend"] == 2
    assert report.pages["chart"] == 1
    # layer lines: every row holds 30 different codes → 20 × 30 = 600 short lines; 70 per A4 page → 9
    assert report.pages["layers"] == 9
    count, _ = _pages_in(report.path)
    assert count == report.total_pages == 1 + 2 + 1 + 9


def test_bad_input(tmp_path):
    codes = np.ones((2, 2), dtype=int)
    chart = Chart(codes, LEGEND, 1, 1, 14)
    table = yarn_table(codes, LEGEND, nm=6)
    with pytest.raises(ValueError, match="paper must be one of"):
        write_chart_pdf(chart, tmp_path / "x.pdf", table, paper="B5")
    with pytest.raises(ValueError, match="columns_from"):
        write_chart_pdf(chart, tmp_path / "x.pdf", table, columns_from="top")
    with pytest.raises(ValueError, match="yarn must be a YarnTable"):
        write_chart_pdf(chart, tmp_path / "x.pdf", {1: 4})
