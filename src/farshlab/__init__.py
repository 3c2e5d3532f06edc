"""
farshlab — the course and tools of the Sardrud tableau-carpet trade.

Sub-packages
------------
carpet
    Everything a workshop computes before weaving: knot density (raj, kheft, reg; knots per
    cm, m², square inch), chart size from finished size and back, maghat and qabal, weaving
    days, pile yarn per colour, warp and weft, border repeats that meet at the centre, wages.
colour
    sRGB ↔ CIELAB (D65/2°), colour difference by CIE76, CIE94, CIEDE2000 and CMC through one
    ``delta_e``, yarn legends (``YarnLegend``), exact nearest-yarn search for whole pictures.
design
    Knot grids (row 0 = the bottom row), drawing, exact quarter/half mirroring and rotations,
    borders whose repeats meet at the centre, scaling a picture to a knot grid without stretching.
dye
    Recipe arithmetic (% owf, stock solutions, liquor ratio, auxiliaries), Kubelka–Munk, spectra →
    Lab under D65/A/F11, shade prediction, recipe matching, lab-dip correction, metamerism; a
    clearly labelled synthetic dye set and loading a workshop's own calibration dyeings.
chart
    Picture → coded knot chart: palettes, exact CIEDE2000 mapping, dithering, clean-up of single
    knots, the three reading formats, yarn per code, a lossless chart file, printable PDF.
checks
    The input checks the domain packages share.
plotting
    matplotlib drawings of domain data (knot grids, dye curves) for the screen.
printing
    Everything rendered for paper: the chart PDF (Persian or English), the chart's files, recipe sheets.
widgets
    The simulators (Loom Planner, Colour Matcher, Symmetry Designer, Dye Lab, Chart Studio) and
    the workshop apps served with Voilà.
locale
    Message catalogues (English, Persian) for every text a trainee or grader reads.
course
    The course tooling: text exercises → nbgrader release, validation, grading, workspace.
cli
    The ``farshlab`` command: one module per command group, its defaults read from the library.

The domain packages (``carpet``, ``colour``, ``design``, ``dye``, ``chart``) never import
``course``, ``widgets``, ``printing`` or ``cli``, nor draw; ``plotting`` draws for the screen
(matplotlib) and ``printing`` lays results out for paper (fpdf2); nothing imports ``cli``.

Examples
--------
>>> import farshlab
>>> farshlab.__version__.count(".")
2
"""

from farshlab._version import __version__

__all__ = ["__version__"]
