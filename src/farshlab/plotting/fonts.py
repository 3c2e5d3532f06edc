"""
Fonts for figures in the course's language: Persian labels drawn in the bundled Vazirmatn.

matplotlib 3.11 shapes Arabic-script text itself (joined letters, right-to-left runs), so a
figure needs only a font that has the Persian letters and digits: Vazirmatn (SIL Open Font
License), bundled with farshlab. :func:`use_language` registers it and, for Persian, puts it
first in matplotlib's font list; Latin text is drawn in it too. ``make lab COURSE_LANG=fa``
calls it in every kernel, so the Persian lessons' figures need no code of their own.

Functions
---------
register_fonts
    Make the bundled fonts known to matplotlib.
use_language
    Set matplotlib's fonts for a course language.
localised_ticks
    Write an axis's tick numbers in a language's digits.

Examples
--------
>>> import matplotlib
>>> use_language("fa")
>>> matplotlib.rcParams["font.family"][0]
'Vazirmatn'
>>> use_language("en")
>>> matplotlib.rcParams["font.family"][0]
'DejaVu Sans'
"""

from functools import cache
from importlib import resources

import matplotlib
from matplotlib import font_manager, ticker

from farshlab.locale import RIGHT_TO_LEFT, current_language, localise_digits

__all__ = ["font_bytes", "localised_ticks", "register_fonts", "use_language"]

PERSIAN_FONT = "Vazirmatn"
_FONT_FILES = ("Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf")


def font_bytes(name: str = _FONT_FILES[0]) -> bytes:
    """
    Return one bundled Vazirmatn file (``printing/fonts/``), the regular weight by default.

    Examples
    --------
    >>> len(font_bytes()) > 100_000  # the TrueType file, about 120 kB
    True
    """
    if name not in _FONT_FILES:
        raise ValueError(f"no bundled font {name!r}; there are {', '.join(_FONT_FILES)}")
    return resources.files("farshlab").joinpath("printing", "fonts", name).read_bytes()


@cache
def register_fonts() -> str:
    """
    Add the bundled Vazirmatn files to matplotlib's font manager; return the family name.

    Examples
    --------
    >>> register_fonts()
    'Vazirmatn'
    """
    folder = resources.files("farshlab").joinpath("printing", "fonts")
    for name in _FONT_FILES:
        with resources.as_file(folder.joinpath(name)) as path:
            font_manager.fontManager.addfont(str(path))
    return PERSIAN_FONT


def use_language(lang: str | None = None) -> None:
    """
    Set matplotlib's fonts for figures in ``lang`` (default: the session's language).

    Persian puts Vazirmatn first (with DejaVu Sans after it, for any sign it lacks) and makes
    the default tick numbers Persian digits; English gets matplotlib's DejaVu Sans first and
    Latin digits, as by default.

    Parameters
    ----------
    lang : str, optional
        A course language such as ``"fa"`` or ``"en"``.
    """
    lang = lang or current_language()
    family = register_fonts()
    if lang in RIGHT_TO_LEFT:
        matplotlib.rcParams["font.family"] = [family, "DejaVu Sans"]
    else:
        matplotlib.rcParams["font.family"] = ["DejaVu Sans", family]
    matplotlib.rcParams["pdf.fonttype"] = 42  # whole TrueType fonts: text stays searchable
    _tick_digits(None if lang == "en" else lang)


_PLAIN_TICKS = ticker.ScalarFormatter.__call__


def _tick_digits(lang: str | None) -> None:
    """Make matplotlib's default tick numbers (ScalarFormatter) use ``lang``'s digits, or undo it."""
    if lang is None:
        ticker.ScalarFormatter.__call__ = _PLAIN_TICKS
        return

    def localised(formatter, value, position=None):
        return localise_digits(_PLAIN_TICKS(formatter, value, position), lang)

    ticker.ScalarFormatter.__call__ = localised


def localised_ticks(axis, lang: str | None = None) -> None:
    """
    Write the tick numbers of ``axis`` (``ax.xaxis``, ``ax.yaxis``) in ``lang``'s digits.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> figure, ax = plt.subplots()
    >>> localised_ticks(ax.yaxis, "fa")
    >>> ax.yaxis.get_major_formatter()(2.5, 0)
    '۲٫۵'
    >>> plt.close(figure)
    """

    def written(value, position=None):
        return localise_digits(f"{value:g}", lang)

    axis.set_major_formatter(ticker.FuncFormatter(written))
