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
widgets
    The simulators (Loom Planner, Colour Matcher) and the workshop apps served with Voilà.
locale
    Message catalogues (English, Persian) for every text a trainee or grader reads.
course
    The course tooling: text exercises → nbgrader release, validation, grading and the
    ``farshlab`` command.

The domain packages (``carpet``, ``colour``, and ``design``, ``dye``, ``chart`` as their modules
are written) never import ``course``, ``widgets`` or plotting code.

Examples
--------
>>> import farshlab
>>> farshlab.__version__.count(".")
2
"""

from farshlab._version import __version__

__all__ = ["__version__"]
