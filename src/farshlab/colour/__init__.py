"""
Colour for carpets: sRGB ↔ CIELAB, colour differences ΔE, yarn legends and nearest-yarn search.

A tableau chart's codes point to dyed yarns; choosing the yarn for a picture's colour is a
colour-difference question. This package converts screen colours to CIELAB (D65/2°, the sRGB
standard's white), measures ΔE by CIE76, CIE94, CIEDE2000 and CMC(l:c), keeps a workshop's
yarn legend, and finds the nearest yarn exactly for any number of colours.

Modules
-------
convert
    hex ↔ sRGB (0–255 integers or 0–1 floats) ↔ linear RGB ↔ XYZ ↔ CIELAB ↔ LCh.
difference
    ``delta_e(lab1, lab2, method="ciede2000", **params)`` over the registry ``DELTA_E_METHODS``.
legend
    ``YarnLegend`` (CSV in and out, validated) and the course's example legend.
nearest
    Nearest and k nearest yarns, exact under a ΔE method, chunked for millions of pixels.

References
----------
IEC 61966-2-1:1999 (sRGB); CIE 15:2004 (CIELAB, CIE76); CIE 116-1995 (CIE94); CIE 142-2001 and
Sharma, Wu & Dalal, *Color Res. Appl.* 30(1):21–30, 2005 (CIEDE2000); Clarke, McDonald & Rigg,
*J. Soc. Dyers Colourists* 100:128, 1984 (CMC).

Examples
--------
>>> from farshlab.colour import delta_e, hex_to_srgb, load_example_legend, srgb_to_lab
>>> legend = load_example_legend()
>>> codes, de = legend.nearest(srgb_to_lab(hex_to_srgb(["#c0392b", "#87ceeb"])))
>>> [legend.by_code(code).name for code in codes.tolist()]
['Madder red', 'Sky blue']
"""

from farshlab.colour.convert import (
    D65_WHITE_XYZ,
    SRGB_TO_XYZ_MATRIX,
    XYZ_TO_SRGB_MATRIX,
    hex_to_srgb,
    lab_to_lch,
    lab_to_srgb,
    lab_to_xyz,
    linear_rgb_to_xyz,
    linear_to_srgb,
    srgb_to_float,
    srgb_to_hex,
    srgb_to_lab,
    srgb_to_linear,
    xyz_to_lab,
    xyz_to_linear_rgb,
)
from farshlab.colour.difference import (
    DELTA_E_METHODS,
    DELTA_E_VARIANTS,
    delta_e,
    delta_e_cie76,
    delta_e_cie94,
    delta_e_ciede2000,
    delta_e_cmc,
)
from farshlab.colour.legend import COLUMNS, Yarn, YarnLegend, load_example_legend
from farshlab.colour.nearest import YarnMatches, compare_with_yarns, k_nearest_yarns, nearest_yarn

__all__ = [
    "COLUMNS",
    "D65_WHITE_XYZ",
    "DELTA_E_METHODS",
    "DELTA_E_VARIANTS",
    "SRGB_TO_XYZ_MATRIX",
    "XYZ_TO_SRGB_MATRIX",
    "Yarn",
    "YarnLegend",
    "YarnMatches",
    "compare_with_yarns",
    "delta_e",
    "delta_e_cie76",
    "delta_e_cie94",
    "delta_e_ciede2000",
    "delta_e_cmc",
    "hex_to_srgb",
    "k_nearest_yarns",
    "lab_to_lch",
    "lab_to_srgb",
    "lab_to_xyz",
    "linear_rgb_to_xyz",
    "linear_to_srgb",
    "load_example_legend",
    "nearest_yarn",
    "srgb_to_float",
    "srgb_to_hex",
    "srgb_to_lab",
    "srgb_to_linear",
    "xyz_to_lab",
    "xyz_to_linear_rgb",
]
