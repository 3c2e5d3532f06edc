"""
Write the sample cohort of a06_capstone: five trainees' notebooks as they would hand them in.

Each sample is the released notebook with some answer cells filled in, run top to bottom in a
real kernel (errors allowed, as a trainee's run would leave them) and saved. Run it again only
when the exercise's answer cells change, then check the expected scores in
``tests/assignments/test_a06_capstone.py``:

    .venv/bin/farshlab build --course-dir /tmp/capstone-course
    .venv/bin/python autograder/samples/make_a06_capstone_samples.py \\
        /tmp/capstone-course/release/a06_capstone/a06_capstone.ipynb
"""

import sys

from farshlab.course.samples import write_cohort

CORRECT = {
    "a06-q1_1-answer": (
        "def weaving_days(knots, weavers, knots_per_day):\n"
        "    team_per_day = weavers * knots_per_day\n"
        "    return math.ceil(knots / team_per_day)"
    ),
    "a06-q1_2-answer": (
        "def yarn_grams(knots, cm_per_knot, nm, ply, waste_percent):\n"
        "    metres = knots * cm_per_knot / 100\n"
        "    metres_per_gram = nm / ply\n"
        "    grams = metres / metres_per_gram\n"
        "    return grams + grams * waste_percent / 100"
    ),
    "a06-q2_1-answer": (
        "def lots_needed(yarn_g, wool_per_bath_g):\n"
        "    lots = math.ceil(yarn_g / wool_per_bath_g)\n"
        "    if lots < 1:\n"
        "        lots = 1\n"
        "    return lots"
    ),
    "a06-q2_2-answer": (
        "def wool_per_lot(yarn_g, wool_per_bath_g):\n    return yarn_g / lots_needed(yarn_g, wool_per_bath_g)"
    ),
    "a06-q2_3-answer": "def water_litres(wool_g, liquor_ratio):\n    return liquor_ratio * wool_g / 1000",
    "a06-q2_4-answer": (
        "def lot_dyes(yarn_g, wool_per_bath_g, recipe):\n"
        "    wool = wool_per_lot(yarn_g, wool_per_bath_g)\n"
        "    grams = {}\n"
        "    for dye in recipe:\n"
        "        grams[dye] = wool * recipe[dye] / 100\n"
        "    return grams"
    ),
    "a06-q2_5-answer": (
        "def lot_auxiliaries(wool_g, water_l, auxiliaries):\n"
        "    grams = {}\n"
        "    for name, amount, unit in auxiliaries:\n"
        "        if unit == 'g/L':\n"
        "            grams[name] = amount * water_l\n"
        "        else:\n"
        "            grams[name] = amount * wool_g / 100\n"
        "    return grams"
    ),
    "a06-q3_1-answer": (
        "def reachable_codes(delta_e_by_code, limit):\n"
        "    codes = []\n"
        "    for code in delta_e_by_code:\n"
        "        if delta_e_by_code[code] <= limit:\n"
        "            codes.append(code)\n"
        "    return sorted(codes)"
    ),
    "a06-q3_2-answer": (
        "def unreachable_knots(delta_e_by_code, knots_by_code, limit):\n"
        "    reachable = reachable_codes(delta_e_by_code, limit)\n"
        "    total = 0\n"
        "    for code in knots_by_code:\n"
        "        if code not in reachable:\n"
        "            total += knots_by_code[code]\n"
        "    return total"
    ),
    "a06-q4_1-answer": "def wages_rial(knots, rial_per_maghat):\n    return knots / 12000 * rial_per_maghat",
    "a06-q4_2-answer": (
        "def kit_cost(knots, yarn_g, dye_g, rial_per_maghat, wool_rial_per_kg, dye_rial_per_kg):\n"
        "    wages = wages_rial(knots, rial_per_maghat)\n"
        "    wool = yarn_g / 1000 * wool_rial_per_kg\n"
        "    dye = dye_g / 1000 * dye_rial_per_kg\n"
        "    return wages + wool + dye"
    ),
    "a06-q5_1-answer": (
        "def best_plan(plans, budget_rial, max_days):\n"
        "    best = None\n"
        "    for plan in plans:\n"
        "        if plan['cost_rial'] <= budget_rial and plan['days'] <= max_days:\n"
        "            if best is None or plan['knots'] > best['knots']:\n"
        "                best = plan\n"
        "    if best is None:\n"
        "        return None\n"
        "    return best['name']"
    ),
    "a06-q5_2-answer": (
        "def fewest_colours(mean_delta_e_by_count, tolerance):\n"
        "    for count in sorted(mean_delta_e_by_count):\n"
        "        if mean_delta_e_by_count[count] <= tolerance:\n"
        "            return count\n"
        "    return None"
    ),
}

WRITTEN = {
    "a06-q6_1-written": (
        "My photo: my niece's portrait. 35 x 50 cm at 40 raj, 24 colours: 200 x 286 = 57,200 knots, "
        "4.77 maghat (kit.pdf, page 1). 318 g of yarn (sum of yarn_grams in recipes.csv). The biggest "
        "colour, code 3, is 96 g: one lot. 2 weavers at 1,200 knots a day: 24 days. About 10,700,000 rial "
        "with the lesson's prices."
    ),
    "a06-q6_2-written": (
        "I tried 40 raj and 50 raj at 35 x 50 cm. 50 raj shows the eyes better but costs about "
        "6,000,000 rial more and takes two more weeks. My customer wants it for a wedding in a month, "
        "so I chose 40 raj. With half the budget I would make it smaller, 25 x 35 cm, and keep 40 raj."
    ),
    "a06-q6_3-written": (
        "Codes 18 and 22 were not reachable (ΔE00 2.6 and 3.1), about 2,000 knots. I made the kit again with "
        "--only-reachable. No recipe was metameric."
    ),
}

TRAINEES = {
    # every answer right, written in her own way, and the project for the instructor to read
    "t01_shirin": CORRECT | WRITTEN,
    # the typical mistakes: weaving days rounded (42.5 → 42), the ply forgotten, whole baths plus one
    # (right for 2,300 g, one lot too many for 3,000 g), litres given as millilitres, a whole colour's
    # dye in one lot, ΔE exactly 2.0 refused, whole maghat only; the later questions right, and they
    # keep their points although they call his wrong functions
    "t02_davood": CORRECT
    | {
        "a06-q1_1-answer": (
            "def weaving_days(knots, weavers, knots_per_day):\n"
            "    return round(knots / (weavers * knots_per_day))"
        ),
        "a06-q1_2-answer": (
            "def yarn_grams(knots, cm_per_knot, nm, ply, waste_percent):\n"
            "    return knots * cm_per_knot / 100 / nm * (1 + waste_percent / 100)"
        ),
        "a06-q2_1-answer": (
            "def lots_needed(yarn_g, wool_per_bath_g):\n    return int(yarn_g // wool_per_bath_g) + 1"
        ),
        "a06-q2_3-answer": "def water_litres(wool_g, liquor_ratio):\n    return wool_g * liquor_ratio",
        "a06-q2_4-answer": (
            "def lot_dyes(yarn_g, wool_per_bath_g, recipe):\n"
            "    return {dye: yarn_g * percent / 100 for dye, percent in recipe.items()}"
        ),
        "a06-q3_1-answer": (
            "def reachable_codes(delta_e_by_code, limit):\n"
            "    return sorted(code for code in delta_e_by_code if delta_e_by_code[code] < limit)"
        ),
        "a06-q4_1-answer": (
            "def wages_rial(knots, rial_per_maghat):\n    return knots // 12000 * rial_per_maghat"
        ),
        "a06-q6_1-written": WRITTEN["a06-q6_1-written"],
    },
    # Parts 1 and 2 right, the rest not started
    "t03_parvin": {
        key: CORRECT[key]
        for key in (
            "a06-q1_1-answer",
            "a06-q1_2-answer",
            "a06-q2_1-answer",
            "a06-q2_2-answer",
            "a06-q2_3-answer",
            "a06-q2_4-answer",
            "a06-q2_5-answer",
        )
    },
    # weaving days right, yarn_grams left with a missing bracket (SyntaxError), nothing else
    "t04_karim": {
        "a06-q1_1-answer": CORRECT["a06-q1_1-answer"],
        "a06-q1_2-answer": (
            "def yarn_grams(knots, cm_per_knot, nm, ply, waste_percent):\n"
            "    return (knots * cm_per_knot / 100 / (nm / ply) * (1 + waste_percent / 100)"
        ),
    },
    # everything right except the water, which he takes from farshlab.dye: switched off, so Q2.3
    # scores 0 and the submission is flagged library_answer
    "t05_reza": CORRECT
    | {
        "a06-q2_3-answer": (
            "from farshlab.dye import liquor_litres\n\n\n"
            "def water_litres(wool_g, liquor_ratio):\n    return liquor_litres(wool_g, liquor_ratio)"
        ),
    },
}


if __name__ == "__main__":
    for path in write_cohort("a06_capstone", TRAINEES, *sys.argv[1:2]):
        print(path)
