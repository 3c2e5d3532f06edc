"""
farshlab — the course and tools of the Sardrud tableau-carpet trade.

Sub-packages
------------
locale
    Message catalogues (English, Persian) for every text a trainee or grader reads.
course
    The course tooling: text exercises → nbgrader release, validation, grading and the
    ``farshlab`` command.

The domain packages (``carpet``, ``colour``, ``design``, ``dye``, ``chart``) join as their
modules of the course are written; they never import ``course`` or any widget code.

Examples
--------
>>> import farshlab
>>> farshlab.__version__.count(".")
2
"""

from farshlab._version import __version__

__all__ = ["__version__"]
