"""
Write the sample cohort of a04_dye_mixing: four trainees' notebooks as they would hand them in.

Each sample is the released notebook with some answer cells filled in, run top to bottom in a
real kernel (errors allowed, as a trainee's run would leave them) and saved. Run it again only
when the exercise's answer cells change, then check the expected scores in
``tests/grading/test_cohort_a04_dye_mixing.py``:

    .venv/bin/farshlab build --course-dir /tmp/dye-course
    .venv/bin/python autograder/samples/make_a04_dye_mixing_samples.py \\
        /tmp/dye-course/release/a04_dye_mixing/a04_dye_mixing.ipynb
"""

import sys

from farshlab.course.samples import write_cohort

CORRECT = {
    "a04-q1_1-answer": "def dye_grams(fibre_g, owf_percent):\n    return fibre_g * owf_percent / 100",
    "a04-q1_2-answer": (
        "def stock_ml(fibre_g, owf_percent, stock_percent):\n"
        "    grams = fibre_g * owf_percent / 100\n"
        "    grams_per_litre = stock_percent * 10\n"
        "    return grams / grams_per_litre * 1000"
    ),
    "a04-q1_3-answer": "def liquor_litres(fibre_g, liquor_ratio):\n    return fibre_g / 1000 * liquor_ratio",
    "a04-q1_4-answer": (
        "def auxiliary_grams(amount, unit, fibre_g, liquor_l):\n"
        "    if unit == '% owf':\n"
        "        return fibre_g * amount / 100\n"
        "    else:\n"
        "        return amount * liquor_l"
    ),
    "a04-q1_5-answer": (
        "def bulk_grams(recipe_owf, bulk_fibre_g):\n"
        "    grams = {}\n"
        "    for dye in recipe_owf:\n"
        "        grams[dye] = bulk_fibre_g * recipe_owf[dye] / 100\n"
        "    return grams"
    ),
    "a04-q1_6-answer": (
        "def cost_per_kg(recipe_owf, prices_per_kg):\n"
        "    total = 0\n"
        "    for name in recipe_owf:\n"
        "        total = total + recipe_owf[name] / 100 * prices_per_kg[name]\n"
        "    return total"
    ),
    "a04-q2_1-answer": "def ks_from_reflectance(R):\n    return (1 - R) ** 2 / (2 * R)",
    "a04-q2_2-answer": "def reflectance_from_ks(ks):\n    return 1 + ks - np.sqrt(ks * ks + 2 * ks)",
    "a04-q2_3-answer": (
        "def unit_ks(dyed_R, substrate_R, owf_percent):\n"
        "    return (ks_from_reflectance(dyed_R) - ks_from_reflectance(substrate_R)) / owf_percent"
    ),
    "a04-q3_1-answer": (
        "def mix_ks(substrate_ks, unit_ks_by_dye, recipe):\n"
        "    total = np.array(substrate_ks, dtype=float)\n"
        "    for dye in recipe:\n"
        "        total = total + recipe[dye] * unit_ks_by_dye[dye]\n"
        "    return total"
    ),
    "a04-q3_2-answer": (
        "def predict_reflectance(recipe):\n"
        "    wool = ks_from_reflectance(SUBSTRATE_R)\n"
        "    return reflectance_from_ks(mix_ks(wool, UNIT_KS, recipe))"
    ),
    "a04-q3_3-answer": "def spectrum_to_xyz(R):\n    return np.array(R) @ WEIGHTS",
    "a04-q3_4-answer": (
        "def xyz_to_lab(xyz):\n"
        "    fx = lab_f(xyz[0] / WHITE[0])\n"
        "    fy = lab_f(xyz[1] / WHITE[1])\n"
        "    fz = lab_f(xyz[2] / WHITE[2])\n"
        "    return np.array([116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)])"
    ),
    "a04-q3_5-answer": (
        "def predict_lab(recipe):\n    return xyz_to_lab(spectrum_to_xyz(predict_reflectance(recipe)))"
    ),
    "a04-q4_1-answer": (
        "def two_dye_match(target_R):\n"
        "    added = ks_from_reflectance(target_R) - ks_from_reflectance(SUBSTRATE_R)\n"
        "    A = np.array([UNIT_KS['yellow'], UNIT_KS['blue']]).T\n"
        "    c = np.linalg.lstsq(A, added, rcond=None)[0]\n"
        "    return c[0], c[1]"
    ),
    "a04-q4_2-answer": (
        "def corrected_owf(used_owf, substrate_R, wanted_R, measured_R):\n"
        "    wanted = ks_from_reflectance(wanted_R) - ks_from_reflectance(substrate_R)\n"
        "    measured = ks_from_reflectance(measured_R) - ks_from_reflectance(substrate_R)\n"
        "    return used_owf * wanted / measured"
    ),
    "a04-q4_3-answer": (
        "def is_metameric(std_d65, trial_d65, std_a, trial_a, tolerance):\n"
        "    d65 = math.sqrt(sum((p - q) ** 2 for p, q in zip(std_d65, trial_d65)))\n"
        "    a = math.sqrt(sum((p - q) ** 2 for p, q in zip(std_a, trial_a)))\n"
        "    return d65 <= tolerance and a > tolerance"
    ),
    "a04-q5_1-written": (
        "Dyes take light away instead of adding it like a screen, so their RGB numbers cannot be averaged; "
        "what adds up is K/S. Twice the dye roughly doubles K/S, but reflectance falls more and more slowly, "
        "so it does not halve. Before the bulk batch I dye a lab dip, check it in daylight and under a "
        "tungsten lamp for metamerism, and correct the recipe."
    ),
}

TRAINEES = {
    # every answer right, and a written answer for the instructor to read
    "t01_mina": CORRECT,
    # opened and saved without answering anything
    "t02_arash": {},
    # Part 1 right; ks_from_reflectance written as (1 - R) / (4 * R), which gives 0.25 at R = 0.5 (the
    # visible check) but 1.0 instead of 1.6 at R = 0.2 (the hidden one); rest blank
    "t03_sara": {key: CORRECT[key] for key in CORRECT if key.startswith("a04-q1_")}
    | {"a04-q2_1-answer": "def ks_from_reflectance(R):\n    return (1 - R) / (4 * R)"},
    # answers that raise: the liquor ratio with a misspelt name (NameError) and the two-dye match with a
    # missing bracket (SyntaxError); Parts 1-3 otherwise right, Q4.2 and Q4.3 blank, written answer given
    "t04_hamid": {
        key: CORRECT[key]
        for key in CORRECT
        if key.startswith(("a04-q1_", "a04-q2_", "a04-q3_", "a04-q5_")) and key != "a04-q1_3-answer"
    }
    | {
        "a04-q1_3-answer": (
            "def liquor_litres(fibre_g, liquor_ratio):\n    return fibre_g / 1000 * liqour_ratio"
        ),
        "a04-q4_1-answer": (
            "def two_dye_match(target_R):\n"
            "    added = ks_from_reflectance(target_R - ks_from_reflectance(SUBSTRATE_R)\n"
            "    A = np.array([UNIT_KS['yellow'], UNIT_KS['blue']]).T\n"
            "    return tuple(np.linalg.lstsq(A, added, rcond=None)[0])"
        ),
    },
}


if __name__ == "__main__":
    for path in write_cohort("a04_dye_mixing", TRAINEES, *sys.argv[1:2]):
        print(path)
