"""Clean-up: isolated knots and short runs, majority of neighbours, never across a large ΔE00."""

import numpy as np
import pytest

from farshlab.chart import clean_chart, isolated_knots
from farshlab.colour import Yarn, YarnLegend, delta_e, srgb_to_lab

LEGEND = YarnLegend(
    [
        Yarn(1, "Cream", "#efe3c8"),
        Yarn(2, "Ivory", "#f3ead5"),
        Yarn(3, "Navy", "#1f2a44"),
        Yarn(4, "Beige", "#e3d2ad"),
    ]
)


def test_isolated_knots_use_the_four_neighbours():
    chart = np.array(
        [
            [1, 1, 1, 1],
            [1, 2, 1, 3],
            [1, 1, 2, 3],
        ]
    )
    # the 2 in the middle row touches the other 2 only at a corner: both are isolated
    assert isolated_knots(chart).astype(int).tolist() == [
        [0, 0, 0, 0],
        [0, 1, 0, 0],
        [0, 0, 1, 0],
    ]
    assert not isolated_knots([[5]]).any()
    assert isolated_knots([[5, 6]]).all()


def test_an_isolated_knot_takes_the_majority_when_close_enough():
    chart = np.array([[1, 1, 1], [1, 2, 1], [1, 1, 1]])
    report = clean_chart(chart, LEGEND)
    assert report.codes.tolist() == [[1, 1, 1], [1, 1, 1], [1, 1, 1]]
    assert report.changed == {"isolated": 1, "short_runs": 0}
    assert chart[1, 1] == 2, "the input is left unchanged"


def test_never_across_a_large_delta_e():
    # a navy knot in cream: ΔE00 between navy and cream is far above 10, so it stays
    cream_navy = delta_e(srgb_to_lab([239, 227, 200]), srgb_to_lab([31, 42, 68]))
    assert cream_navy > 40
    chart = np.array([[1, 1, 1], [1, 3, 1], [1, 1, 1]])
    report = clean_chart(chart, LEGEND)
    assert report.codes.tolist() == chart.tolist() and report.changed["isolated"] == 0
    assert clean_chart(chart, LEGEND, max_delta_e=100).codes[1, 1] == 1


def test_a_tie_in_the_vote_goes_to_the_nearest_yarn():
    # four creams (1) and four beiges (4) around an ivory (2): ivory is nearer cream than beige
    near_1 = delta_e(srgb_to_lab([243, 234, 213]), srgb_to_lab([239, 227, 200]))
    near_4 = delta_e(srgb_to_lab([243, 234, 213]), srgb_to_lab([227, 210, 173]))
    assert near_1 < near_4
    chart = np.array([[1, 4, 1], [4, 2, 4], [1, 4, 1]])
    assert clean_chart(chart, LEGEND).codes[1, 1] == 1


def test_short_runs_that_do_not_continue_a_shape_are_replaced():
    chart = np.array(
        [
            [1, 1, 1, 1, 1, 1, 1, 1],
            [1, 1, 2, 2, 1, 1, 1, 1],
            [1, 1, 1, 1, 1, 1, 1, 1],
        ]
    )
    report = clean_chart(chart, LEGEND, min_run=3)
    # the 2 2 run's neighbours: 2 above, 2 below, 1 each end — six creams, no ivory: it becomes cream.
    # The run 1 1 before it has neighbours 1 1 above, 1 1 below and a 2 at its end: it stays.
    assert report.codes.tolist() == np.ones((3, 8), dtype=int).tolist()
    assert report.changed == {"isolated": 0, "short_runs": 2}


def test_a_thin_vertical_line_stays():
    chart = np.array(
        [
            [1, 1, 4, 4, 1, 1, 1],
            [1, 1, 4, 4, 1, 1, 1],
            [1, 1, 4, 4, 1, 1, 1],
        ]
    )
    # the middle row's 4 4 run: 4 4 above and below (four votes for itself) against 1 and 1 at its
    # ends (two votes): it stays; so do the top and bottom runs (two votes each way: a tie keeps it)
    report = clean_chart(chart, LEGEND, min_run=3)
    assert report.codes.tolist() == chart.tolist()
    assert report.changed == {"isolated": 0, "short_runs": 0}


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"codes": [[1, 9]]}, r"codes \[9\] are used in the chart but not in the legend"),
        ({"min_run": 0}, "min_run must be"),
        ({"max_delta_e": -1.0}, "max_delta_e must be"),
        ({"max_delta_e": float("nan")}, "max_delta_e must be"),
        ({"legend": {1: "#ffffff"}}, "legend must be a YarnLegend"),
    ],
)
def test_bad_input(kwargs, match):
    arguments = {"codes": [[1, 2]], "legend": LEGEND} | kwargs
    with pytest.raises(ValueError, match=match):
        clean_chart(**arguments)
