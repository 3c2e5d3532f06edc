"""
Make farshlab's SYNTHETIC dye data: six acid dyes on off-white wool, a few "customer standards",
and the blank calibration template a workshop fills in with its own dyeings.

Why synthetic: the course's search found no openly licensed reflectance spectra of acid dyes on wool
(see ``curriculum/sources.md``, assumptions), so the course ships numbers made from a model,
labelled SYNTHETIC in every file, docstring, lesson and simulator where they appear. They teach the
method; they are NOT recipes for any real dye.

How the numbers are made (every step deterministic, no random noise):

1. Wavelengths 400–700 nm every 10 nm (31 values), the usual output of a textile spectrophotometer.
2. The **substrate**, off-white wool: reflectance rising from 0.58 at 400 nm to about 0.80 at 700 nm
   (wool is slightly yellow: it absorbs more blue), L* ≈ 90, b* ≈ +6 under D65/10°.
3. Each **dye** has an absorption shape: a sum of Gaussian bands (centre nm, width nm, height), the
   unit K/S per 1 % owf at low depth. Real acid dyes on wool reach K/S of a few units to about 20 at
   their absorption peak at 1–4 % owf; the heights are chosen in that range.
4. **Depth does not scale linearly**: the dye's K/S at concentration c (% owf) is
   ``k(λ) · c / (1 + c / c_sat)`` (a saturation law, with c_sat = 6 % owf), so the unit K/S falls by
   about 40 % between 0.25 % and 4 % owf — the reason real systems interpolate unit K/S between
   calibration depths (K/S stops scaling with the dye above about 17 on polyester, sources.md:
   safi-2021; the saturation law and c_sat are this script's model, not measured).
5. Calibration dyeings at 0.25, 0.5, 1, 2 and 4 % owf: K/S = substrate K/S + dye K/S, turned into
   reflectance by the Kubelka–Munk inverse R = 1 + K/S − √((K/S)² + 2 K/S), rounded to 4 decimals as a
   spectrophotometer reports it.
6. **Standards**: five "customer samples" dyed with natural-dye-like shapes the acid set does not have
   (madder, weld, indigo, walnut husk, pomegranate-and-indigo olive) — same substrate, same model. An acid
   recipe that matches them in daylight can differ under tungsten light: they show metamerism.

Run from the repository root (it rewrites the three CSV files in ``src/farshlab/dye/data/``)::

    .venv/bin/python scripts/make_synthetic_dye_set.py
"""

from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parents[1] / "src" / "farshlab" / "dye" / "data"
WAVELENGTHS_NM = np.arange(400, 701, 10)
DEPTHS_PERCENT = (0.25, 0.5, 1.0, 2.0, 4.0)
TEMPLATE_DEPTHS_PERCENT = (0.25, 0.5, 1.0, 2.0)
SATURATION_PERCENT = 6.0

# name: absorption bands (centre nm, width nm, unit K/S height per 1 % owf)
DYES = {
    "Acid Yellow (synthetic)": [(420, 35, 9.0), (450, 30, 6.0)],
    "Acid Orange (synthetic)": [(480, 40, 8.0), (440, 30, 3.0)],
    "Acid Red (synthetic)": [(515, 30, 8.5), (545, 25, 6.0), (420, 40, 1.2)],
    "Acid Violet (synthetic)": [(560, 40, 7.0), (590, 30, 4.0), (430, 30, 1.0)],
    "Acid Blue (synthetic)": [(600, 40, 7.5), (640, 35, 6.5), (560, 40, 1.5)],
    "Acid Black (synthetic)": [(470, 90, 4.5), (580, 80, 5.5), (660, 60, 3.0)],
}

# standard name: list of (bands, % owf) — natural-dye-like shapes, not in the acid set
STANDARDS = {
    "Madder red (standard)": [([(500, 30, 6.0), (535, 28, 5.5), (440, 50, 1.5)], 2.0)],
    "Weld yellow (standard)": [([(400, 30, 7.0), (430, 40, 6.0)], 1.5)],
    "Indigo blue (standard)": [([(610, 55, 6.0), (660, 30, 2.0)], 1.0)],
    "Walnut brown (standard)": [([(420, 80, 4.0), (520, 70, 2.5), (620, 60, 1.0)], 2.5)],
    "Olive (standard)": [([(420, 40, 5.0)], 1.5), ([(610, 55, 6.0)], 0.6), ([(530, 60, 1.5)], 1.0)],
}

HEADER = [
    "# SYNTHETIC dye set for teaching, made by scripts/make_synthetic_dye_set.py from a model;",
    "# NOT measurements of any real dye and NOT recipes to dye with. See that script for how it is made.",
    "# Off-white wool substrate; dyeings at 0.25, 0.5, 1, 2, 4 % on weight of fibre (owf).",
    "# Columns: dye name, depth in % owf (0 for the undyed substrate), reflectance 0-1 at 400..700 nm.",
]

STANDARDS_HEADER = [
    "# SYNTHETIC standards (customer samples) for teaching, made by scripts/make_synthetic_dye_set.py;",
    "# natural-dye-like absorption shapes on the same off-white wool as synthetic_acid_dyes.csv.",
    "# Columns: standard name, reflectance 0-1 at 400..700 nm.",
]

TEMPLATE_HEADER = [
    "# farshlab calibration template: your own dyeings, measured with a spectrophotometer.",
    "# One row 'substrate' (your undyed, scoured wool, depth 0), then for each dye at least 4 rows",
    "# at different depths in % owf (e.g. 0.25, 0.5, 1, 2; add 4 for deep shades).",
    "# Reflectance as a fraction 0-1 (not %) at 400..700 nm every 10 nm; lines starting with # are notes.",
    "# The numbers below are an EXAMPLE only (synthetic): replace them with your measurements.",
]


def gaussian_bands(bands) -> np.ndarray:
    """Unit K/S per 1 % owf at each wavelength from (centre nm, width nm, height) bands."""
    return sum(h * np.exp(-0.5 * ((WAVELENGTHS_NM - c) / w) ** 2) for c, w, h in bands)


def substrate_reflectance() -> np.ndarray:
    """Off-white wool: absorbs a little blue."""
    return 0.58 + 0.22 * (1 - np.exp(-(WAVELENGTHS_NM - 400) / 70.0))


def ks(reflectance):
    return (1 - reflectance) ** 2 / (2 * reflectance)


def reflectance(k_over_s):
    return 1 + k_over_s - np.sqrt(k_over_s**2 + 2 * k_over_s)


def dye_ks(bands, percent: float) -> np.ndarray:
    """K/S of the dye alone at ``percent`` % owf, with the saturation law."""
    return gaussian_bands(bands) * percent / (1 + percent / SATURATION_PERCENT)


def row(name: str, values) -> str:
    return ",".join([name, *(f"{value:.4f}" for value in values)])


def header_line(first: list[str]) -> str:
    return ",".join(first + [str(int(w)) for w in WAVELENGTHS_NM])


def main() -> None:
    substrate = substrate_reflectance()
    substrate_ks = ks(substrate)
    lines = [*HEADER, header_line(["dye", "depth_percent_owf"]), row("substrate,0", substrate)]
    template = [*TEMPLATE_HEADER, header_line(["dye", "depth_percent_owf"]), row("substrate,0", substrate)]
    for name, bands in DYES.items():
        for depth in DEPTHS_PERCENT:
            dyed = reflectance(substrate_ks + dye_ks(bands, depth))
            lines.append(row(f"{name},{depth:g}", dyed))
            if name == "Acid Red (synthetic)" and depth in TEMPLATE_DEPTHS_PERCENT:
                template.append(row(f"Example red (replace),{depth:g}", dyed))
    standards = [*STANDARDS_HEADER, header_line(["standard"])]
    for name, parts in STANDARDS.items():
        total = substrate_ks + sum(dye_ks(bands, depth) for bands, depth in parts)
        standards.append(row(name, reflectance(total)))
    DATA.mkdir(parents=True, exist_ok=True)
    for file, content in (
        ("synthetic_acid_dyes.csv", lines),
        ("synthetic_standards.csv", standards),
        ("calibration_template.csv", template),
    ):
        (DATA / file).write_text("\n".join(content) + "\n", encoding="utf-8")
        print(DATA / file)


if __name__ == "__main__":
    main()
