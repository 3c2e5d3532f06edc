"""
Write the sample cohort of a00_orientation: four trainees' notebooks as they would hand them in.

Each sample is the released notebook with some answer cells filled in, run top to bottom in a
real kernel (errors allowed, as a trainee's run would leave them) and saved. Run it again only
when the exercise's answer cells change, then check the expected scores in
``tests/grading/test_demo_cohort.py``:

    .venv/bin/farshlab build && .venv/bin/python autograder/samples/make_a00_samples.py
"""

import sys

from farshlab.course.samples import write_cohort

CORRECT = {
    "a00-q1_1-answer": "def knots_across(width_cm, raj):\n    return round(raj * width_cm / 7)",
    "a00-q1_2-answer": (
        "def total_knots(width_cm, height_cm, raj_w, raj_h):\n"
        "    across = round(raj_w * width_cm / 7)\n"
        "    rows = round(raj_h * height_cm / 7)\n"
        "    return across * rows"
    ),
    "a00-q1_3-answer": "def maghat(knots):\n    return knots / 12000",
    "a00-q2_1-answer": (
        "def count_colour(row, code):\n"
        "    count = 0\n"
        "    for knot in row:\n"
        "        if knot == code:\n"
        "            count = count + 1\n"
        "    return count"
    ),
    "a00-q2_2-answer": (
        "def first_row_with(rows, code):\n"
        "    number = 1\n"
        "    for row in rows:\n"
        "        if code in row:\n"
        "            return number\n"
        "        number = number + 1\n"
        "    return None"
    ),
    "a00-q3_1-answer": (
        "def empty_grid(n_rows, n_cols, background):\n"
        "    return np.full((n_rows, n_cols), background, dtype=int)"
    ),
    "a00-q3_2-answer": (
        "def paint_rectangle(grid, row_start, row_stop, col_start, col_stop, code):\n"
        "    painted = grid.copy()\n"
        "    painted[row_start:row_stop, col_start:col_stop] = code\n"
        "    return painted"
    ),
    "a00-q3_3-answer": (
        "def count_per_colour(grid):\n"
        "    counts = {}\n"
        "    for knot in grid.flatten():\n"
        "        code = int(knot)\n"
        "        counts[code] = counts.get(code, 0) + 1\n"
        "    return counts"
    ),
    "a00-q3_4-answer": "def chart_from_paper(paper_rows):\n    return np.flipud(np.array(paper_rows))",
    "a00-q4_1-written": (
        "The weaver ties the first row at the bottom of the loom and works upward, so row 1 of "
        "the chart must be the bottom row. If the coder numbers rows from the top, the weaver "
        "reads the rows in the wrong order and the picture comes out upside down."
    ),
}

TRAINEES = {
    # every answer right, and a written answer for the instructor to read
    "t01_parisa": CORRECT,
    # opened and saved without answering anything
    "t02_bahram": {},
    # five answers right; knots_across rounds down (int()), which passes the visible check
    # (357.14 → 357) but fails the hidden one (50 cm at 40 raj is 285.7 → 286); rest blank
    "t03_leyla": {
        key: CORRECT[key]
        for key in (
            "a00-q1_3-answer",
            "a00-q2_1-answer",
            "a00-q2_2-answer",
            "a00-q3_1-answer",
            "a00-q3_3-answer",
        )
    }
    | {"a00-q1_1-answer": "def knots_across(width_cm, raj):\n    return int(raj * width_cm / 7)"},
    # answers that raise: a misspelt name (NameError when the test calls it) and a missing
    # bracket (SyntaxError); the others right or blank, and a written answer
    "t04_davud": {
        key: CORRECT[key]
        for key in (
            "a00-q1_1-answer",
            "a00-q1_2-answer",
            "a00-q1_3-answer",
            "a00-q3_1-answer",
            "a00-q3_2-answer",
            "a00-q4_1-written",
        )
    }
    | {
        "a00-q2_1-answer": (
            "def count_colour(row, code):\n"
            "    count = 0\n"
            "    for knot in row:\n"
            "        if knot == code:\n"
            "            cuont = count + 1\n"
            "    return cuont"
        ),
        "a00-q3_3-answer": (
            "def count_per_colour(grid):\n"
            "    codes, counts = np.unique(grid, return_counts=True\n"
            "    return dict(zip(codes.tolist(), counts.tolist()))"
        ),
    },
}


if __name__ == "__main__":
    for path in write_cohort("a00_orientation", TRAINEES, *sys.argv[1:2]):
        print(path)
