"""
Write the sample cohort of a01_knots_and_sizes: four trainees' notebooks as they would hand them in.

Each sample is the released notebook with some answer cells filled in, run top to bottom in a
real kernel (errors allowed) and saved. Run it again only when the exercise's answer cells
change, then check the expected scores in ``tests/grading/test_cohort_a01_knots_and_sizes.py``:

    .venv/bin/farshlab build --course-dir /tmp/course
    .venv/bin/python autograder/samples/make_a01_knots_and_sizes_samples.py \\
        /tmp/course/release/a01_knots_and_sizes/a01_knots_and_sizes.ipynb
"""

import sys

from farshlab.course.samples import write_cohort

CORRECT = {
    "a01-q1_1-answer": "def raj_from_nodes(nodes):\n    knots = nodes / 2\n    return knots",
    "a01-q1_2-answer": (
        "def knots_per_m2(raj_w, raj_h):\n"
        "    per_cm_across = raj_w / 7\n"
        "    per_cm_along = raj_h / 7\n"
        "    return per_cm_across * per_cm_along * 100 * 100"
    ),
    "a01-q1_3-answer": "def kheft_from_raj(raj):\n    return raj * 6.5 / 7",
    "a01-q2_1-answer": (
        "def chart_size(width_cm, height_cm, raj_w, raj_h):\n"
        "    across = round(raj_w * width_cm / 7)\n"
        "    rows = round(raj_h * height_cm / 7)\n"
        "    return (across, rows)"
    ),
    "a01-q2_2-answer": (
        "def length_drift_cm(rows, chart_raj_h, woven_raj_h):\n"
        "    chart_length = rows * 7 / chart_raj_h\n"
        "    woven_length = rows * 7 / woven_raj_h\n"
        "    return woven_length - chart_length"
    ),
    "a01-q3_1-answer": "def maghat(knots):\n    return knots / 12000",
    "a01-q3_2-answer": "def wage(knots, rate_per_maghat):\n    return maghat(knots) * rate_per_maghat",
    "a01-q3_3-answer": (
        "def weaving_days(knots, weavers, knots_per_weaver_per_day):\n"
        "    per_day = weavers * knots_per_weaver_per_day\n"
        "    return math.ceil(knots / per_day)"
    ),
    "a01-q4_1-answer": (
        "def pile_grams(knots, cm_per_knot, nm, ply, waste_percent):\n"
        "    metres = knots * cm_per_knot / 100\n"
        "    metres_per_gram = nm / ply\n"
        "    grams = metres / metres_per_gram\n"
        "    return grams + grams * waste_percent / 100"
    ),
    "a01-q4_2-answer": (
        "def warp_and_weft(knots_across, rows, width_cm, height_cm, loom_allowance_cm):\n"
        "    ends = knots_across * 2\n"
        "    return ends, ends * (height_cm + loom_allowance_cm) / 100, rows * width_cm * 1.2 / 100"
    ),
    "a01-q4_3-answer": (
        "def materials_bill(knots_across, rows, width_cm, height_cm, knots_by_colour, cm_per_knot, nm, ply,\n"
        "                   waste_percent):\n"
        "    pile = {code: pile_grams(k, cm_per_knot, nm, ply, waste_percent) for code, k in knots_by_colour.items()}\n"
        "    ends, warp_m, weft_m = warp_and_weft(knots_across, rows, width_cm, height_cm, 60)\n"
        "    return {'pile_g': pile, 'total_pile_g': sum(pile.values()), 'warp_ends': ends,\n"
        "            'warp_m': warp_m, 'weft_m': weft_m}"
    ),
    "a01-q5_1-answer": "def repeats_fit(side, repeat):\n    return side % repeat == 0",
    "a01-q5_2-answer": (
        "def nearest_fitting_side(side, repeat):\n"
        "    below = side // repeat * repeat\n"
        "    above = below + repeat\n"
        "    if below == 0:\n"
        "        return repeat\n"
        "    if side - below < above - side:\n"
        "        return below\n"
        "    return above if side != below else below"
    ),
    "a01-q5_3-answer": (
        "def centre_of_side(side, repeat):\n"
        "    if side % repeat != 0:\n"
        "        return None\n"
        "    count = side // repeat\n"
        "    if count % 2 == 0:\n"
        "        return 'joint'\n"
        "    return 'repeat centre'"
    ),
    "a01-q6_1-written": (
        "(a) Each knot is tied on two warps, so on the back every knot shows two bumps: 100 bumps in 7 cm "
        "are 50 knots, the tableau is 50 raj. (b) The weaver beat the rows down harder, about 52 rows in "
        "7 cm instead of 50, so 500 rows only reach 67.3 cm. Measuring the rows per 7 cm while weaving "
        "and comparing the height with the chart row prevents it."
    ),
}

TRAINEES = {
    # every answer right, and a written answer for the instructor to read
    "t01_maryam": CORRECT,
    # opened and saved without answering anything
    "t02_reza": {},
    # five answers right (1 + 2 + 2 + 1 + 1 = 7 points); two that pass the visible test and fail the
    # hidden one: days with round() (12.75 → 13 like ceil, but 10.2 → 10 instead of 11) and the
    # nearest side always rounded down (153 → 150 right, 157 → 150 instead of 160); rest blank
    "t03_sahar": {
        key: CORRECT[key]
        for key in (
            "a01-q1_1-answer",
            "a01-q1_2-answer",
            "a01-q2_1-answer",
            "a01-q3_1-answer",
            "a01-q5_1-answer",
        )
    }
    | {
        "a01-q3_3-answer": (
            "def weaving_days(knots, weavers, knots_per_weaver_per_day):\n"
            "    return round(knots / (weavers * knots_per_weaver_per_day))"
        ),
        "a01-q5_2-answer": "def nearest_fitting_side(side, repeat):\n    return side // repeat * repeat",
    },
    # answers that raise: a misspelt name (NameError) and a misspelt math function (AttributeError);
    # eight right (1 + 1 + 1 + 1 + 2 + 2 + 1 + 1 = 10 points), the bill blank, and a written answer
    "t04_yusuf": {
        key: CORRECT[key]
        for key in (
            "a01-q1_1-answer",
            "a01-q1_3-answer",
            "a01-q3_1-answer",
            "a01-q3_2-answer",
            "a01-q4_1-answer",
            "a01-q4_2-answer",
            "a01-q5_1-answer",
            "a01-q5_3-answer",
            "a01-q6_1-written",
        )
    }
    | {
        "a01-q2_1-answer": (
            "def chart_size(width_cm, height_cm, raj_w, raj_h):\n"
            "    return round(raj_w * widht_cm / 7), round(raj_h * height_cm / 7)"
        ),
        "a01-q3_3-answer": (
            "def weaving_days(knots, weavers, knots_per_weaver_per_day):\n"
            "    return math.celi(knots / (weavers * knots_per_weaver_per_day))"
        ),
    },
}


if __name__ == "__main__":
    for path in write_cohort("a01_knots_and_sizes", TRAINEES, *sys.argv[1:2]):
        print(path)
