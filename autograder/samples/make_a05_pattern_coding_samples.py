"""
Write the sample cohort of a05_pattern_coding: four trainees' notebooks as they would hand them in.

Each sample is the released notebook with some answer cells filled in, run top to bottom in a
real kernel (errors allowed, as a trainee's run would leave them) and saved. Run it again only
when the exercise's answer cells change, then check the expected scores in
``tests/grading/test_cohort_a05_pattern_coding.py``:

    .venv/bin/farshlab build --course-dir /tmp/chart-course
    .venv/bin/python autograder/samples/make_a05_pattern_coding_samples.py \\
        /tmp/chart-course/release/a05_pattern_coding/a05_pattern_coding.ipynb
"""

import sys

from farshlab.course.samples import write_cohort

CORRECT = {
    "a05-q1_1-answer": "def knots_across(width_cm, raj):\n    return round(raj * width_cm / 7)",
    "a05-q1_2-answer": (
        "def grid_size(width_cm, height_cm, raj_w, raj_h):\n"
        "    across = knots_across(width_cm, raj_w)\n"
        "    rows = round(raj_h * height_cm / 7)\n"
        "    return (across, rows)"
    ),
    "a05-q2_1-answer": (
        "def delta_e76(lab1, lab2):\n"
        "    return math.sqrt((lab1[0] - lab2[0]) ** 2 + (lab1[1] - lab2[1]) ** 2 + (lab1[2] - lab2[2]) ** 2)"
    ),
    "a05-q2_2-answer": (
        "def nearest_code(lab, palette):\n"
        "    best_code = None\n"
        "    best = None\n"
        "    for code in palette:\n"
        "        distance = delta_e76(lab, palette[code])\n"
        "        if best is None or distance < best:\n"
        "            best_code = code\n"
        "            best = distance\n"
        "    return best_code"
    ),
    "a05-q2_3-answer": (
        "def code_picture(picture_lab, palette):\n"
        "    rows = []\n"
        "    for row in picture_lab:\n"
        "        rows.append([nearest_code(lab, palette) for lab in row])\n"
        "    return np.array(rows)"
    ),
    "a05-q3_1-answer": (
        "def count_codes(grid):\n"
        "    counts = {}\n"
        "    for row in grid:\n"
        "        for code in row:\n"
        "            code = int(code)\n"
        "            counts[code] = counts.get(code, 0) + 1\n"
        "    return counts"
    ),
    "a05-q3_2-answer": (
        "def most_used(grid):\n    counts = count_codes(grid)\n    return max(counts, key=counts.get)"
    ),
    "a05-q4_1-answer": (
        "def run_length(row):\n"
        "    runs = []\n"
        "    count = 1\n"
        "    for i in range(1, len(row) + 1):\n"
        "        if i < len(row) and row[i] == row[i - 1]:\n"
        "            count += 1\n"
        "        else:\n"
        "            runs.append((count, row[i - 1]))\n"
        "            count = 1\n"
        "    return runs"
    ),
    "a05-q4_2-answer": (
        "def condense(columns):\n"
        "    groups = [[columns[0]]]\n"
        "    for column in columns[1:]:\n"
        "        if column == groups[-1][-1] + 1:\n"
        "            groups[-1].append(column)\n"
        "        else:\n"
        "            groups.append([column])\n"
        "    parts = []\n"
        "    for group in groups:\n"
        "        if len(group) == 1:\n"
        "            parts.append(str(group[0]))\n"
        "        else:\n"
        "            parts.append(f'{group[0]}–{group[-1]}')\n"
        "    return ', '.join(parts)"
    ),
    "a05-q4_3-answer": (
        "def layer_line(grid, row_number, code):\n"
        "    row = grid[row_number - 1]\n"
        "    columns = [c + 1 for c in range(len(row)) if row[c] == code]\n"
        "    return f'Row {row_number}: colour {code}: columns {condense(columns)}'"
    ),
    "a05-q4_4-answer": (
        "def row_calls(grid):\n"
        "    lines = []\n"
        "    for i in range(len(grid)):\n"
        "        parts = [f'{count} × colour {code}' for count, code in run_length(list(grid[i]))]\n"
        "        lines.append(f'Row {i + 1}: ' + ', '.join(parts))\n"
        "    return lines"
    ),
    "a05-q5_1-answer": (
        "def is_isolated(grid, row, column):\n"
        "    grid = np.array(grid)\n"
        "    code = grid[row, column]\n"
        "    if row > 0 and grid[row - 1, column] == code:\n"
        "        return False\n"
        "    if row < grid.shape[0] - 1 and grid[row + 1, column] == code:\n"
        "        return False\n"
        "    if column > 0 and grid[row, column - 1] == code:\n"
        "        return False\n"
        "    if column < grid.shape[1] - 1 and grid[row, column + 1] == code:\n"
        "        return False\n"
        "    return True"
    ),
    "a05-q5_2-answer": (
        "def find_isolated(grid):\n"
        "    grid = np.array(grid)\n"
        "    found = []\n"
        "    for r in range(grid.shape[0]):\n"
        "        for c in range(grid.shape[1]):\n"
        "            if is_isolated(grid, r, c):\n"
        "                found.append((r, c))\n"
        "    return found"
    ),
    "a05-q5_3-answer": (
        "def clean_knot(grid, row, column):\n"
        "    new = np.array(grid)\n"
        "    neighbours = []\n"
        "    for r, c in [(row - 1, column), (row + 1, column), (row, column - 1), (row, column + 1)]:\n"
        "        if 0 <= r < new.shape[0] and 0 <= c < new.shape[1]:\n"
        "            neighbours.append(int(new[r, c]))\n"
        "    best = sorted(set(neighbours), key=lambda code: (-neighbours.count(code), code))[0]\n"
        "    new[row, column] = best\n"
        "    return new"
    ),
    "a05-q6_1-answer": (
        "def grams_for_knots(knots, cm_per_knot, nm, ply, waste_percent):\n"
        "    metres = knots * cm_per_knot / 100\n"
        "    grams = metres / (nm / ply)\n"
        "    return grams * (1 + waste_percent / 100)"
    ),
    "a05-q6_2-answer": (
        "def grams_per_code(grid, cm_per_knot, nm, ply, waste_percent):\n"
        "    result = {}\n"
        "    for code, knots in count_codes(grid).items():\n"
        "        result[code] = grams_for_knots(knots, cm_per_knot, nm, ply, waste_percent)\n"
        "    return result"
    ),
    "a05-q7_1-written": (
        "The new weaver should get the numbered grid: every knot is there with its number, so it is easy "
        "to check and to see the picture. The experienced weaver is faster with the layer lists, tying all "
        "knots of one colour in the row at once. The clean-up keeps very different knots because they are "
        "often real details, like the white light in an eye; changing them would spoil the face."
    ),
}

TRAINEES = {
    # every answer right, and a written answer for the instructor to read
    "t01_nasrin": CORRECT,
    # opened and saved without answering anything
    "t02_behrouz": {},
    # five answers right; grid_size truncates the rows with int() instead of rounding, which passes
    # the visible check (500 rows) but fails the hidden one (285.7 → 286 rows); the rest blank
    "t03_leila": {
        key: CORRECT[key]
        for key in (
            "a05-q1_1-answer",
            "a05-q2_1-answer",
            "a05-q2_2-answer",
            "a05-q3_1-answer",
            "a05-q6_1-answer",
        )
    }
    | {
        "a05-q1_2-answer": (
            "def grid_size(width_cm, height_cm, raj_w, raj_h):\n"
            "    return (knots_across(width_cm, raj_w), int(raj_h * height_cm / 7))"
        )
    },
    # answers that raise: condense has a missing bracket (SyntaxError), so layer_line, which calls it,
    # fails too (NameError); is_isolated looks outside the grid without checking — it passes the visible
    # tests (row -1 quietly wraps round to the top row) but raises an IndexError on the hidden test of a
    # top-row knot. Parts 1–3 and 6, run_length and row_calls right, Q5.2–Q5.3 blank, a written answer
    "t04_mehdi": {
        key: CORRECT[key]
        for key in (
            "a05-q1_1-answer",
            "a05-q1_2-answer",
            "a05-q2_1-answer",
            "a05-q2_2-answer",
            "a05-q2_3-answer",
            "a05-q3_1-answer",
            "a05-q3_2-answer",
            "a05-q4_1-answer",
            "a05-q4_3-answer",
            "a05-q4_4-answer",
            "a05-q6_1-answer",
            "a05-q6_2-answer",
            "a05-q7_1-written",
        )
    }
    | {
        "a05-q4_2-answer": (
            "def condense(columns):\n    parts = [str(columns[0]]\n    return ', '.join(parts)"
        ),
        "a05-q5_1-answer": (
            "def is_isolated(grid, row, column):\n"
            "    code = grid[row][column]\n"
            "    neighbours = [grid[row + 1][column], grid[row - 1][column], grid[row][column + 1], grid[row][column - 1]]\n"
            "    return code not in neighbours"
        ),
    },
}


if __name__ == "__main__":
    for path in write_cohort("a05_pattern_coding", TRAINEES, *sys.argv[1:2]):
        print(path)
