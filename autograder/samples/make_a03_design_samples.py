"""
Write the sample cohort of a03_design: four trainees' notebooks as they would hand them in.

Each sample is the released notebook with some answer cells filled in, run top to bottom in a
real kernel (errors allowed, as a trainee's run would leave them) and saved. Run it again only
when the exercise's answer cells change, then check the expected scores in
``tests/grading/test_cohort_a03_design.py``:

    .venv/bin/farshlab build --course-dir /tmp/design-course
    .venv/bin/python autograder/samples/make_a03_design_samples.py \\
        /tmp/design-course/release/a03_design/a03_design.ipynb
"""

import sys

from farshlab.course.samples import write_cohort

CORRECT = {
    "a03-q1_1-answer": (
        "def empty_chart(rows, knots_across, ground):\n"
        "    chart = np.zeros((rows, knots_across), dtype=int)\n"
        "    chart[:, :] = ground\n"
        "    return chart"
    ),
    "a03-q1_2-answer": (
        "def paint_rectangle(grid, bottom, left, rows, columns, code):\n"
        "    result = grid.copy()\n"
        "    for r in range(bottom, bottom + rows):\n"
        "        for c in range(left, left + columns):\n"
        "            result[r, c] = code\n"
        "    return result"
    ),
    "a03-q1_3-answer": (
        "def paint_circle(grid, centre_row, centre_column, radius, code):\n"
        "    result = grid.copy()\n"
        "    rows, columns = np.indices(grid.shape)\n"
        "    distance2 = (rows - centre_row) ** 2 + (columns - centre_column) ** 2\n"
        "    result[distance2 <= radius * radius] = code\n"
        "    return result"
    ),
    "a03-q1_4-answer": "def count_colour(grid, code):\n    return int(np.sum(grid == code))",
    "a03-q2_1-answer": (
        "def mirror_quarter(quarter):\n"
        "    right = np.fliplr(quarter)\n"
        "    bottom_half = np.hstack((quarter, right))\n"
        "    top_half = np.flipud(bottom_half)\n"
        "    return np.vstack((bottom_half, top_half))"
    ),
    "a03-q2_2-answer": (
        "def mirror_quarter_shared(quarter):\n"
        "    bottom_half = np.hstack((quarter, np.fliplr(quarter)[:, 1:]))\n"
        "    return np.vstack((bottom_half, np.flipud(bottom_half)[1:]))"
    ),
    "a03-q2_3-answer": "def is_mirror_left_right(grid):\n    return bool((grid == np.fliplr(grid)).all())",
    "a03-q2_4-answer": (
        "def is_quarter_symmetric(grid):\n"
        "    return is_mirror_left_right(grid) and bool((grid == np.flipud(grid)).all())"
    ),
    "a03-q2_5-answer": "def turn_quarter(grid):\n    return np.rot90(grid, k=-1)",
    "a03-q3_1-answer": "def repeat_fits(side, repeat):\n    return side % repeat == 0",
    "a03-q3_2-answer": (
        "def border_strip(repeat, side):\n"
        "    length = repeat.shape[1]\n"
        "    if side % length != 0:\n"
        "        raise ValueError('the repeats do not meet at the centre')\n"
        "    count = side // length\n"
        "    return np.tile(repeat, (1, count))"
    ),
    "a03-q3_3-answer": (
        "def add_guard_stripe(field, code, knots):\n    return np.pad(field, knots, constant_values=code)"
    ),
    "a03-q3_4-answer": (
        "def frame_carpet(field, border_code, border_knots, guard_code):\n"
        "    carpet = add_guard_stripe(field, guard_code, 1)\n"
        "    carpet = add_guard_stripe(carpet, border_code, border_knots)\n"
        "    carpet = add_guard_stripe(carpet, guard_code, 1)\n"
        "    return carpet"
    ),
    "a03-q4_1-answer": (
        "def pixels_per_knot(picture_width_px, picture_height_px, knots_across, rows):\n"
        "    return (picture_width_px / knots_across, picture_height_px / rows)"
    ),
    "a03-q4_2-answer": (
        "def shrink_by_blocks(picture, block_rows, block_columns):\n"
        "    h, w = picture.shape\n"
        "    blocks = picture.reshape(h // block_rows, block_rows, w // block_columns, block_columns)\n"
        "    return blocks.mean(axis=(1, 3))"
    ),
    "a03-q4_3-answer": "def to_loom_order(picture):\n    return np.flipud(picture)",
    "a03-q5_1-written": (
        "102 and 153 do not divide by 10, so the border repeats will not meet in the middle of the "
        "sides: make the field 100 x 150 khaneh. A portrait is not symmetric, so it must be drawn in "
        "full, not as a quarter. With 60 rows per 7 cm the chart needs more rows than knots across "
        "(857 rows for 500 knots), otherwise the picture comes out squashed: 500 rows are only 58 cm."
    ),
}

TRAINEES = {
    # every answer right, and a written answer for the instructor to read
    "t01_nasrin": CORRECT,
    # opened and saved without answering anything
    "t02_farid": {},
    # five answers right; the shared mirror copies the first column instead of mirroring, which
    # passes the visible 2 × 2 check but fails the hidden 2 × 3 one; the rest blank
    "t03_mina": {
        key: CORRECT[key]
        for key in (
            "a03-q1_1-answer",
            "a03-q1_4-answer",
            "a03-q2_1-answer",
            "a03-q2_3-answer",
            "a03-q3_1-answer",
        )
    }
    | {
        "a03-q2_2-answer": (
            "def mirror_quarter_shared(quarter):\n"
            "    bottom_half = np.hstack((quarter, quarter[:, :1]))\n"
            "    return np.vstack((bottom_half, bottom_half[:1]))"
        )
    },
    # answers that raise: np.full called with the sizes as separate arguments (TypeError) and a
    # misspelt name (NameError); ten others right and a written answer
    "t04_hamid": {
        key: CORRECT[key]
        for key in (
            "a03-q1_2-answer",
            "a03-q1_3-answer",
            "a03-q2_1-answer",
            "a03-q2_2-answer",
            "a03-q2_3-answer",
            "a03-q2_4-answer",
            "a03-q3_1-answer",
            "a03-q3_3-answer",
            "a03-q4_1-answer",
            "a03-q4_3-answer",
            "a03-q5_1-written",
        )
    }
    | {
        "a03-q1_1-answer": (
            "def empty_chart(rows, knots_across, ground):\n    return np.full(rows, knots_across, ground)"
        ),
        "a03-q4_2-answer": (
            "def shrink_by_blocks(picture, block_rows, block_columns):\n"
            "    h, w = picture.shape\n"
            "    return pictur.reshape(h // block_rows, block_rows, w // block_columns, block_columns).mean(axis=(1, 3))"
        ),
    },
}


if __name__ == "__main__":
    for path in write_cohort("a03_design", TRAINEES, *sys.argv[1:2]):
        print(path)
