"""
Border repeats (واگیره): which repeat widths fit a field so that the repeats meet at the centre,
and the nearest field size that fits when a size does not.

The rule implemented here
-------------------------
Lengths are whole numbers of chart cells — khaneh (10 × 10 blocks) or knots, the same unit for
the side and the repeat. Along each side of the field the border is drawn from the two corners
towards the middle, and the quarter drawn is mirrored about the middle of the side. The repeats
then *meet at the centre* exactly when **the side holds a whole number n of repeats**
(``side % repeat == 0``):

- n even: the centre of the side falls on a **joint** between two repeats;
- n odd: the centre of the side falls on the **centre of a repeat**.

Either way the side is symmetric about its centre, so a quarter chart mirrored gives the whole
border. A leftover part of a repeat (``side % repeat != 0``) would leave a broken motif at the
middle of the side, or an unsymmetric border. A field fits a repeat when **both** its width and its
length do, because the same repeat must turn each corner.

Source: iran-carpet.com/fa/blog/detail/13122 (sources.md: iran-carpet-13122): a 100 × 150 khaneh
field works, 102 × 153 does not. The example fits with the rule for the usual repeat widths 10, 25 and 50
khaneh (4 × 6, 10 × 15, 2 × 3 repeats) while 102 × 153 fits none of them — it only fits repeats of
3, 17 or 51 khaneh. The rule is our precise reading of that example; the article's exact repeat
width was not available to check.

Functions
---------
repeats_fit
    Does a side hold a whole number of repeats?
centre_of_side
    ``"joint"`` or ``"repeat centre"``: what lies at the middle of a fitting side.
centre_of_side_words
    The same in words for a person, in the course's language.
field_fits
    Do both sides of a field fit a repeat?
fitting_repeats
    Every repeat width that fits both sides of a field.
nearest_fitting_side, nearest_fitting_field
    The nearest side length (field size) that fits a repeat.

Examples
--------
>>> field_fits(100, 150, 10), field_fits(102, 153, 10)
(True, False)
>>> nearest_fitting_field(102, 153, 10)
(100, 150)
"""

from __future__ import annotations

import math

from farshlab.carpet._checks import whole, words

__all__ = [
    "repeats_fit",
    "centre_of_side",
    "centre_of_side_words",
    "field_fits",
    "fitting_repeats",
    "nearest_fitting_side",
    "nearest_fitting_field",
]


def repeats_fit(side, repeat) -> bool:
    """
    Whether a side holds a whole number of repeats (so that they meet at its centre).

    Parameters
    ----------
    side : int
        Length of the side, in khaneh or knots (a whole number).
    repeat : int
        Width of one repeat along the side, in the same unit.

    Returns
    -------
    bool

    Examples
    --------
    >>> repeats_fit(150, 25), repeats_fit(153, 25)
    (True, False)
    """
    side = whole("side", side)
    repeat = whole("repeat", repeat)
    return side % repeat == 0


def centre_of_side(side, repeat) -> str:
    """
    What falls at the middle of a side that fits: ``"joint"`` (an even number of repeats) or
    ``"repeat centre"`` (an odd number).

    Raises
    ------
    ValueError
        If the side does not hold a whole number of repeats.

    Examples
    --------
    >>> centre_of_side(100, 25), centre_of_side(150, 50)
    ('joint', 'repeat centre')
    """
    if not repeats_fit(side, repeat):
        raise ValueError(
            words("carpet.error.side_repeats", side=side, repeat=repeat, repeats=f"{side / repeat:g}")
        )
    return "joint" if (side // repeat) % 2 == 0 else "repeat centre"


def centre_of_side_words(side, repeat, lang: str | None = None) -> str:
    """
    What falls at the middle of a side that fits, in words for a person: :func:`centre_of_side`'s
    answer in language ``lang`` (default: the current language, ``$FARSHLAB_LANG``).

    :func:`centre_of_side` returns the same two answers in every language (``"joint"``,
    ``"repeat centre"``: values a program compares); show a trainee these words instead.

    Examples
    --------
    >>> centre_of_side_words(100, 25, lang="en"), centre_of_side_words(150, 50, lang="en")
    ('joint', 'repeat centre')
    >>> centre_of_side_words(100, 25, lang="fa")
    'محل اتصال دو واگیره'
    """
    return words(f"carpet.centre.{centre_of_side(side, repeat).replace(' ', '_')}", lang)


def field_fits(width, length, repeat) -> bool:
    """
    Whether a field's width and length both hold a whole number of repeats.

    Parameters
    ----------
    width, length : int
        The field's sides in khaneh or knots.
    repeat : int
        The repeat width in the same unit.

    Examples
    --------
    >>> field_fits(100, 150, 50), field_fits(102, 153, 50)
    (True, False)
    """
    width = whole("width", width)
    length = whole("length", length)
    return repeats_fit(width, repeat) and repeats_fit(length, repeat)


def fitting_repeats(width, length, smallest=1) -> list[int]:
    """
    Every repeat width (at least ``smallest``) that fits both sides: the common divisors.

    Examples
    --------
    >>> fitting_repeats(100, 150)
    [1, 2, 5, 10, 25, 50]
    >>> fitting_repeats(102, 153, smallest=2)
    [3, 17, 51]
    """
    width = whole("width", width)
    length = whole("length", length)
    smallest = whole("smallest", smallest)
    common = math.gcd(width, length)
    return [r for r in range(smallest, common + 1) if common % r == 0]


def nearest_fitting_side(side, repeat) -> int:
    """
    The side length nearest to ``side`` that holds a whole number (at least one) of repeats.

    When two lengths are equally near, the longer is chosen (a field is easier to widen into its
    border than to cut).

    Examples
    --------
    >>> nearest_fitting_side(153, 10), nearest_fitting_side(102, 25), nearest_fitting_side(105, 10)
    (150, 100, 110)
    """
    side = whole("side", side)
    repeat = whole("repeat", repeat)
    below = (side // repeat) * repeat
    above = below if below == side else below + repeat
    if below == 0:
        return above
    return below if side - below < above - side else above


def nearest_fitting_field(width, length, repeat) -> tuple[int, int]:
    """
    The field size nearest to ``width × length`` whose sides both fit ``repeat``.

    Examples
    --------
    >>> nearest_fitting_field(102, 153, 25)
    (100, 150)
    """
    width = whole("width", width)
    length = whole("length", length)
    return nearest_fitting_side(width, repeat), nearest_fitting_side(length, repeat)
