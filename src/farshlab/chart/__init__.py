"""
farshlab.chart — picture → coded knot chart: palette, exact mapping, dithering, clean-up, reading, yarn.

A coded chart writes a yarn code in every knot; the weaver reads it row by row from the bottom
(row 1 = the first row woven). This package turns a picture into such a chart and everything a
workshop needs with it. Codes follow :mod:`farshlab.design`'s convention: ``codes[row, column]``,
row 0 = the bottom row.

Modules
-------
palette
    A workshop's legend, or K colours for the picture (k-means in Lab, or Pillow's median cut),
    optionally snapped to a legend; generated codes run light → dark.
mapping
    ``map_to_palette``: the exact CIEDE2000-nearest palette colour of every knot, fast (distinct
    colours once, then an exact lightness bound prunes the search).
dither
    Floyd–Steinberg error diffusion in Lab with a limit on the isolated knots it adds.
cleanup
    Isolated knots and short runs replaced by the majority of their neighbours, never across a
    large ΔE00; a report of the knots changed.
reading
    The three reading formats: numbered grid, layer lists, run-length calls; rows from the bottom,
    columns from the right or the left.
materials
    Knots, metres and grams of yarn per code, with waste (via :mod:`farshlab.carpet`).
chartfile
    :class:`Chart` and the lossless ``.farshchart`` file (ZIP of JSON + ``.npy`` codes + legend CSV).
pipeline
    Photo → chart end to end, with progress (the ``farshlab chart`` command and Chart Studio).
pdf
    The printable PDF (A4 / A3). It draws with matplotlib, so it is imported on its own:
    ``from farshlab.chart.pdf import write_chart_pdf``.
options
    The choices and defaults of a chart job (palette methods, column origins, paper sizes, example
    yarn figures); it imports nothing, so the ``farshlab chart`` command shows them quickly.

References
----------
Reading formats, palettes, tools of the trade (sources.md: coding-tools, cpt-ir, negarsara);
Sharma, Wu & Dalal 2005 (CIEDE2000); Floyd & Steinberg 1976; Heckbert 1982 (median cut); Ahrari
(yarn per knot).

Examples
--------
>>> import numpy as np
>>> from farshlab.chart import layer_lists, make_palette, map_to_palette
>>> knots = np.array([[[240, 235, 220], [240, 235, 220], [150, 40, 40]]], dtype=np.uint8)
>>> palette = make_palette(knots, colours=2)
>>> codes = palette.codes[map_to_palette(knots, palette.srgb)]
>>> layer_lists(codes, columns_from="left")
['Row 1: colour 1: columns 1–2', 'Row 1: colour 2: columns 3']
"""

from farshlab._lazy import lazy_names

# The names below are loaded on first use (PEP 562), so that importing a light submodule such as
# farshlab.chart.options (read by the `farshlab` command line) does not load numpy, Pillow and
# colour-science.
_WHERE = {
    "Chart": "chartfile",
    "load_chart": "chartfile",
    "save_chart": "chartfile",
    "DEFAULT_MAX_DELTA_E": "cleanup",
    "CleanupReport": "cleanup",
    "clean_chart": "cleanup",
    "isolated_knots": "cleanup",
    "DitherResult": "dither",
    "dither_to_palette": "dither",
    "map_to_palette": "mapping",
    "mapping_error": "mapping",
    "YarnFigures": "materials",
    "YarnLine": "materials",
    "YarnTable": "materials",
    "knots_per_code": "materials",
    "yarn_table": "materials",
    "MOST_COLOURS": "palette",
    "PALETTE_METHODS": "palette",
    "kmeans_colours": "palette",
    "make_palette": "palette",
    "median_cut_colours": "palette",
    "order_light_to_dark": "palette",
    "snap_to_legend": "palette",
    "STAGES": "pipeline",
    "ChartResult": "pipeline",
    "PictureError": "pipeline",
    "open_picture": "pipeline",
    "picture_to_chart": "pipeline",
    "COLUMN_ORIGINS": "options",
    "chart_runs": "reading",
    "condense_ranges": "reading",
    "layer_lists": "reading",
    "numbered_grid": "reading",
    "row_layers": "reading",
    "run_length_calls": "reading",
    "run_lengths": "reading",
}


__all__ = [
    # palette
    "MOST_COLOURS",
    "PALETTE_METHODS",
    "kmeans_colours",
    "median_cut_colours",
    "order_light_to_dark",
    "snap_to_legend",
    "make_palette",
    # mapping
    "map_to_palette",
    "mapping_error",
    # dither
    "DitherResult",
    "dither_to_palette",
    # cleanup
    "DEFAULT_MAX_DELTA_E",
    "CleanupReport",
    "isolated_knots",
    "clean_chart",
    # options
    "COLUMN_ORIGINS",
    # reading
    "chart_runs",
    "condense_ranges",
    "run_lengths",
    "row_layers",
    "numbered_grid",
    "layer_lists",
    "run_length_calls",
    # materials
    "YarnFigures",
    "YarnLine",
    "YarnTable",
    "knots_per_code",
    "yarn_table",
    # chartfile
    "Chart",
    "save_chart",
    "load_chart",
    # pipeline
    "STAGES",
    "ChartResult",
    "PictureError",
    "open_picture",
    "picture_to_chart",
]

__getattr__, __dir__ = lazy_names("farshlab.chart", _WHERE, globals(), __all__)
