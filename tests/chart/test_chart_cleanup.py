"""Clean-up: isolated knots and short runs, majority of neighbours, never across a large ΔE00."""

from collections import Counter

import numpy as np
import pytest

from farshlab.chart import clean_chart, isolated_knots
from farshlab.colour import Yarn, YarnLegend, delta_e, delta_e_ciede2000, load_example_legend, srgb_to_lab

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


def _one_by_one(codes, legend, min_run, max_delta_e):
    """The clean-up knot by knot and run by run, in the weaver's order, with Python counters."""
    row_of = {int(code): i for i, code in enumerate(legend.codes)}
    table = delta_e_ciede2000(legend.lab[:, None, :], legend.lab[None, :, :])

    def distance(code, other):
        return float(table[row_of[code], row_of[other]])

    def vote(votes, own):
        votes = +votes
        if not votes or votes.get(own, 0) == max(votes.values()):
            return None
        most = max(votes.values())
        _, winner = min((distance(own, code), code) for code, count in votes.items() if count == most)
        return winner if distance(own, winner) <= max_delta_e else None

    chart, mapped = np.array(codes), np.array(codes)
    rows, columns = chart.shape
    changed = {"isolated": 0, "short_runs": 0}
    for r, c in zip(*np.nonzero(isolated_knots(mapped)), strict=True):
        votes = Counter(mapped[max(r - 1, 0) : r + 2, max(c - 1, 0) : c + 2].ravel().tolist())
        votes[int(mapped[r, c])] -= 1
        winner = vote(votes, int(mapped[r, c]))
        if winner is not None:
            chart[r, c] = winner
            changed["isolated"] += 1
    for r in range(rows if min_run > 1 else 0):
        row = chart[r]
        starts = np.flatnonzero(np.concatenate([[True], row[1:] != row[:-1]])).tolist()
        for start, stop in zip(starts, starts[1:] + [columns], strict=True):
            if stop - start >= min_run or stop - start == columns:
                continue
            neighbours = [chart[other, start:stop] for other in (r - 1, r + 1) if 0 <= other < rows]
            neighbours += [row[side : side + 1] for side in (start - 1, stop) if 0 <= side < columns]
            winner = vote(Counter(np.concatenate(neighbours).tolist()), int(row[start]))
            if winner is not None:
                row[start:stop] = winner
                changed["short_runs"] += stop - start
    return chart, changed


@pytest.mark.parametrize(("min_run", "max_delta_e"), [(1, 10.0), (2, 10.0), (3, 25.0), (5, 100.0)])
def test_the_counted_votes_give_the_one_by_one_answer(min_run, max_delta_e):
    # noisy patches of 12 close and far yarns: many isolated knots, short runs, ties and chains of
    # runs whose cleaned neighbours change their vote
    rng = np.random.default_rng(min_run)
    legend = load_example_legend()
    yarns = legend.codes[rng.choice(len(legend), 12, replace=False)]
    chart = np.repeat(np.repeat(rng.choice(yarns, (12, 15)), 4, axis=0), 5, axis=1)[:45, :70]
    noise = rng.random(chart.shape) < 0.3
    chart[noise] = rng.choice(yarns, noise.sum())
    expected, changed = _one_by_one(chart, legend, min_run, max_delta_e)
    report = clean_chart(chart, legend, min_run=min_run, max_delta_e=max_delta_e)
    assert report.changed == changed and changed["isolated"] > 0
    assert (changed["short_runs"] > 0) == (min_run > 1)
    assert report.codes.dtype == np.int64 and np.array_equal(report.codes, expected)


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
