"""The three reading formats on small hand-made grids, with the expected text written out."""

import numpy as np
import pytest

from farshlab.chart import (
    condense_ranges,
    layer_lists,
    numbered_grid,
    row_layers,
    run_length_calls,
    run_lengths,
)
from farshlab.chart import reading as reading_module

# A 3-row, 8-knot chart, as typed from paper (top row first), then put in loom order (row 0 = bottom).
PAPER = [
    [12, 12, 12, 5, 5, 12, 12, 12],  # row 3 (top)
    [12, 5, 5, 5, 5, 5, 5, 12],  # row 2
    [53, 53, 53, 7, 53, 7, 7, 7],  # row 1 (bottom, woven first)
]
CHART = np.array(PAPER[::-1])


def test_layer_lists_from_the_left():
    assert layer_lists(CHART, columns_from="left") == [
        "Row 1: colour 53: columns 1–3, 5",
        "Row 1: colour 7: columns 4, 6–8",
        "Row 2: colour 12: columns 1, 8",
        "Row 2: colour 5: columns 2–7",
        "Row 3: colour 12: columns 1–3, 6–8",
        "Row 3: colour 5: columns 4–5",
    ]


def test_layer_lists_from_the_right_renumber_and_reorder():
    # reading from the right, row 1 is 7 7 7 53 7 53 53 53: colour 7 is met first
    assert layer_lists(CHART)[:2] == [
        "Row 1: colour 7: columns 1–3, 5",
        "Row 1: colour 53: columns 4, 6–8",
    ]


def test_run_length_calls_both_ways():
    assert run_length_calls(CHART, columns_from="left") == [
        "Row 1: 3 × colour 53, 1 × colour 7, 1 × colour 53, 3 × colour 7",
        "Row 2: 1 × colour 12, 6 × colour 5, 1 × colour 12",
        "Row 3: 3 × colour 12, 2 × colour 5, 3 × colour 12",
    ]
    assert run_length_calls(CHART, columns_from="right")[0] == (
        "Row 1: 3 × colour 7, 1 × colour 53, 1 × colour 7, 3 × colour 53"
    )


def test_numbered_grid_prints_top_row_first_in_strips_from_the_bottom():
    text = numbered_grid(CHART, columns_from="left", strip_rows=2)
    assert text == (
        "column:  1  2  3  4  5  6  7  8\n"
        "row 3:  12 12 12  5  5 12 12 12\n"
        "\n"
        "column:  1  2  3  4  5  6  7  8\n"
        "row 2:  12  5  5  5  5  5  5 12\n"
        "row 1:  53 53 53  7 53  7  7  7"
    )


def test_numbered_grid_marks_every_tenth_column_and_counts_from_the_right():
    # the picture is never mirrored: only the column numbers run from the right edge (12 … 1)
    chart = np.arange(12).reshape(1, 12)
    assert numbered_grid(chart) == (
        "column:  2  1  |  9  8  7  6  5  4  3  2  1\nrow 1:   0  1  2  3  4  5  6  7  8  9 10 11"
    )


def test_the_domain_example_line():
    # sources.md: cpt-ir: "Row 1: colour 53: columns 140–142, 148, 150–154"
    row = np.zeros((1, 160), dtype=int)
    row[0, [139, 140, 141, 147, 149, 150, 151, 152, 153]] = 53
    assert layer_lists(row, columns_from="left")[1] == "Row 1: colour 53: columns 140–142, 148, 150–154"


def test_pieces():
    assert condense_ranges([1]) == "1"
    assert condense_ranges([1, 2, 4, 5, 6, 9]) == "1–2, 4–6, 9"
    assert run_lengths([4]) == [(1, 4)]
    assert row_layers([2, 9, 2, 2]) == [(2, [1, 3, 4]), (9, [2])]


def _plain_layers(row) -> list[tuple[int, list[int]]]:
    """Each colour of a row with its 1-based columns, first met first, by hand."""
    layers: dict[int, list[int]] = {}
    for column, code in enumerate(row, start=1):
        layers.setdefault(int(code), []).append(column)
    return list(layers.items())


@pytest.mark.parametrize("knots_at_once", [reading_module.KNOTS_AT_ONCE, 130])  # one block, or 2 rows a block
@pytest.mark.parametrize("columns_from", ["left", "right"])
def test_whole_chart_formats_agree_with_their_row_by_row_definitions(
    monkeypatch, columns_from, knots_at_once
):
    monkeypatch.setattr(reading_module, "KNOTS_AT_ONCE", knots_at_once)
    rng = np.random.default_rng(17)
    # patches of a few codes with noise, so that rows have long runs, single knots and many colours
    chart = np.repeat(rng.integers(0, 6, (40, 9)), 7, axis=1)[:, :61]
    noise = rng.random(chart.shape) < 0.2
    chart[noise] = rng.integers(0, 120, noise.sum())
    reading = chart[:, ::-1] if columns_from == "right" else chart
    assert [row_layers(row) for row in reading] == [_plain_layers(row) for row in reading.tolist()]
    assert layer_lists(chart, columns_from) == [
        f"Row {number}: colour {code}: columns {condense_ranges(columns)}"
        for number, row in enumerate(reading.tolist(), start=1)
        for code, columns in _plain_layers(row)
    ]
    assert run_length_calls(chart, columns_from) == [
        f"Row {number}: " + ", ".join(f"{count} × colour {code}" for count, code in run_lengths(row))
        for number, row in enumerate(reading, start=1)
    ]
    grid = numbered_grid(chart, columns_from, strip_rows=7).split("\n")
    assert grid[1] == "row 40:" + "".join(f" {code:>3}" for code in chart[39])


def test_numbered_grid_of_large_codes():
    # codes from 65,536 on are written through a table of the codes used, not of every code below
    assert numbered_grid([[70_000, 3]], columns_from="left") == "column:     1     2\nrow 1:  70000     3"


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda: layer_lists([1, 2, 3]), "2-D grid"),
        (lambda: layer_lists([[1.5, 2]]), "whole-number"),
        (lambda: layer_lists([[-1, 2]]), "0 or more"),
        (lambda: layer_lists([[1, 2]], columns_from="top"), "columns_from must be"),
        (lambda: condense_ranges([3, 2]), "increasing"),
        (lambda: condense_ranges([]), "at least one"),
        (lambda: numbered_grid([[1]], strip_rows=0), "strip_rows"),
    ],
)
def test_bad_input(call, match):
    with pytest.raises(ValueError, match=match):
        call()
