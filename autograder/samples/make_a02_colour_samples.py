"""
Write the sample cohort of a02_colour: four trainees' notebooks as they would hand them in.

Each sample is the released notebook with some answer cells filled in, run top to bottom in a
real kernel (errors allowed, as a trainee's run would leave them) and saved. Run it again only
when the exercise's answer cells change, then check the expected scores in
``tests/grading/test_cohort_a02_colour.py``:

    .venv/bin/farshlab build --course-dir /tmp/colour-course
    .venv/bin/python autograder/samples/make_a02_colour_samples.py \\
        /tmp/colour-course/release/a02_colour/a02_colour.ipynb
"""

import sys

from farshlab.course.samples import write_cohort

CORRECT = {
    "a02-q1_1-answer": (
        "def hex_to_rgb(hex_code):\n"
        "    red = int(hex_code[1:3], 16)\n"
        "    green = int(hex_code[3:5], 16)\n"
        "    blue = int(hex_code[5:7], 16)\n"
        "    return [red, green, blue]"
    ),
    "a02-q1_2-answer": "def rgb_to_hex(rgb):\n    return '#' + ''.join(f'{value:02x}' for value in rgb)",
    "a02-q2_1-answer": (
        "def linearise(value):\n"
        "    c = value / 255\n"
        "    if c > 0.04045:\n"
        "        return ((c + 0.055) / 1.055) ** 2.4\n"
        "    return c / 12.92"
    ),
    "a02-q2_2-answer": (
        "def rgb_to_xyz(rgb):\n"
        "    linear = np.array([linearise(rgb[0]), linearise(rgb[1]), linearise(rgb[2])])\n"
        "    return SRGB_MATRIX @ linear"
    ),
    "a02-q2_3-answer": (
        "def lab_f(t):\n"
        "    if t > 216 / 24389:\n"
        "        return t ** (1 / 3)\n"
        "    else:\n"
        "        return (24389 / 27 * t + 16) / 116"
    ),
    "a02-q2_4-answer": (
        "def xyz_to_lab(xyz):\n"
        "    fx = lab_f(xyz[0] / WHITE[0])\n"
        "    fy = lab_f(xyz[1] / WHITE[1])\n"
        "    fz = lab_f(xyz[2] / WHITE[2])\n"
        "    return np.array([116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)])"
    ),
    "a02-q3_1-answer": (
        "def delta_e76(lab1, lab2):\n"
        "    return math.sqrt((lab1[0] - lab2[0]) ** 2 + (lab1[1] - lab2[1]) ** 2 + (lab1[2] - lab2[2]) ** 2)"
    ),
    "a02-q3_2-answer": "def chroma(lab):\n    return math.sqrt(lab[1] ** 2 + lab[2] ** 2)",
    "a02-q3_3-answer": (
        "def hue_angle(lab):\n"
        "    angle = math.degrees(math.atan2(lab[2], lab[1]))\n"
        "    if angle < 0:\n"
        "        angle = angle + 360\n"
        "    return angle"
    ),
    "a02-q4_1-answer": (
        "def g_factor(lab1, lab2):\n"
        "    c_mean = (chroma(lab1) + chroma(lab2)) / 2\n"
        "    return 0.5 * (1 - math.sqrt(c_mean ** 7 / (c_mean ** 7 + 25 ** 7)))"
    ),
    "a02-q4_2-answer": (
        "def prime_values(lab, G):\n"
        "    a_p = (1 + G) * lab[1]\n"
        "    c_p = math.sqrt(a_p ** 2 + lab[2] ** 2)\n"
        "    if a_p == 0 and lab[2] == 0:\n"
        "        h_p = 0.0\n"
        "    else:\n"
        "        h_p = hue_angle([lab[0], a_p, lab[2]])\n"
        "    return a_p, c_p, h_p"
    ),
    "a02-q4_3-answer": (
        "def ciede2000(lab1, lab2):\n"
        "    G = g_factor(lab1, lab2)\n"
        "    a1p, c1p, h1p = prime_values(lab1, G)\n"
        "    a2p, c2p, h2p = prime_values(lab2, G)\n"
        "    dL = lab2[0] - lab1[0]\n"
        "    dC = c2p - c1p\n"
        "    if c1p * c2p == 0:\n"
        "        dh = 0\n"
        "    else:\n"
        "        dh = h2p - h1p\n"
        "        if dh > 180:\n"
        "            dh = dh - 360\n"
        "        if dh < -180:\n"
        "            dh = dh + 360\n"
        "    dH = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))\n"
        "    L_m = (lab1[0] + lab2[0]) / 2\n"
        "    C_m = (c1p + c2p) / 2\n"
        "    if c1p * c2p == 0:\n"
        "        h_m = h1p + h2p\n"
        "    elif abs(h1p - h2p) <= 180:\n"
        "        h_m = (h1p + h2p) / 2\n"
        "    elif h1p + h2p < 360:\n"
        "        h_m = (h1p + h2p + 360) / 2\n"
        "    else:\n"
        "        h_m = (h1p + h2p - 360) / 2\n"
        "    T = (1 - 0.17 * math.cos(math.radians(h_m - 30)) + 0.24 * math.cos(math.radians(2 * h_m))\n"
        "         + 0.32 * math.cos(math.radians(3 * h_m + 6)) - 0.20 * math.cos(math.radians(4 * h_m - 63)))\n"
        "    d_theta = 30 * math.exp(-((h_m - 275) / 25) ** 2)\n"
        "    R_C = 2 * math.sqrt(C_m ** 7 / (C_m ** 7 + 25 ** 7))\n"
        "    R_T = -math.sin(math.radians(2 * d_theta)) * R_C\n"
        "    S_L = 1 + 0.015 * (L_m - 50) ** 2 / math.sqrt(20 + (L_m - 50) ** 2)\n"
        "    S_C = 1 + 0.045 * C_m\n"
        "    S_H = 1 + 0.015 * C_m * T\n"
        "    l, c, h = dL / S_L, dC / S_C, dH / S_H\n"
        "    return math.sqrt(l ** 2 + c ** 2 + h ** 2 + R_T * c * h)"
    ),
    "a02-q5_1-answer": (
        "def nearest_yarn(lab, legend):\n"
        "    best_code = None\n"
        "    best_distance = None\n"
        "    for code in legend:\n"
        "        distance = delta_e76(lab, legend[code])\n"
        "        if best_distance is None or distance < best_distance:\n"
        "            best_code = code\n"
        "            best_distance = distance\n"
        "    return best_code"
    ),
    "a02-q5_2-answer": (
        "def light_to_dark(legend):\n    return sorted(legend.keys(), key=lambda code: -legend[code][0])"
    ),
    "a02-q6_1-written": (
        "No. The same ΔE76 looks bigger in dark blues than in bright yellows, because Lab is not "
        "perfectly even. For yarns I would use CIEDE2000 with kL = 2 (or CMC 2:1), since a small "
        "lightness step matters less than a hue step. If yarns match in daylight but not at home, it "
        "is metamerism: check the lab dip under a second light and dye with the same dyes."
    ),
}

TRAINEES = {
    # every answer right, and a written answer for the instructor to read
    "t01_shirin": CORRECT,
    # opened and saved without answering anything
    "t02_kamran": {},
    # six answers right; hue_angle forgets to turn negative angles positive, which passes the
    # visible check (53.13°) but fails the hidden one (a blue at -90° instead of 270°); rest blank
    "t03_zahra": {
        key: CORRECT[key]
        for key in (
            "a02-q1_1-answer",
            "a02-q2_1-answer",
            "a02-q2_3-answer",
            "a02-q3_1-answer",
            "a02-q3_2-answer",
            "a02-q5_2-answer",
        )
    }
    | {"a02-q3_3-answer": "def hue_angle(lab):\n    return math.degrees(math.atan2(lab[2], lab[1]))"},
    # answers that raise: a misspelt name (NameError when the test calls it) and a missing
    # bracket (SyntaxError); nine others right, Part 4 blank, and a written answer
    "t04_reza": {
        key: CORRECT[key]
        for key in (
            "a02-q1_1-answer",
            "a02-q2_1-answer",
            "a02-q2_2-answer",
            "a02-q2_3-answer",
            "a02-q3_1-answer",
            "a02-q3_2-answer",
            "a02-q3_3-answer",
            "a02-q5_1-answer",
            "a02-q5_2-answer",
            "a02-q6_1-written",
        )
    }
    | {
        "a02-q1_2-answer": "def rgb_to_hex(rgb):\n    red, green, blue = rgb\n    return f'#{red:02x}{grean:02x}{blue:02x}'",
        "a02-q2_4-answer": (
            "def xyz_to_lab(xyz):\n"
            "    fx = lab_f(xyz[0] / WHITE[0]\n"
            "    fy = lab_f(xyz[1] / WHITE[1])\n"
            "    fz = lab_f(xyz[2] / WHITE[2])\n"
            "    return np.array([116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)])"
        ),
    },
    # every answer right except two written with the library, which the assignment switches off:
    # hex_to_rgb with farshlab's own hex_to_srgb (Q1.1) and ciede2000 with colour-science's
    # colour.delta_E (Q4.3); each refused call fails its test (0 points) and flags the row
    # library_answer, while the later questions that use ciede2000 keep their points
    "t05_navid": CORRECT
    | {
        "a02-q1_1-answer": (
            "from farshlab.colour import hex_to_srgb\n\n\n"
            "def hex_to_rgb(hex_code):\n    return hex_to_srgb(hex_code).tolist()"
        ),
        "a02-q4_3-answer": (
            "import colour\n\n\n"
            "def ciede2000(lab1, lab2):\n    return float(colour.delta_E(lab1, lab2, method=\"CIE 2000\"))"
        ),
    },
}


if __name__ == "__main__":
    for path in write_cohort("a02_colour", TRAINEES, *sys.argv[1:2]):
        print(path)
