"""
Numbers in a simulator as the trainee reads and types them: in the course language's digits.

A browser draws ipywidgets' number boxes (``FloatText``, ``IntText``) as ``<input type=number>``,
which takes Latin digits only, and slider readouts with d3-format, in Latin digits. In Sardrud a
trainee types ۷۰ as often as 70, so the simulators take numbers in a :class:`NumberText` (a text
box read with :func:`farshlab.locale.read_number`: Latin, Persian or Arabic-Indic digits, ``٫``
or ``.``) and, in a language with digits of its own, show a slider's value beside it in a
:class:`SliderReadout`. The numbers a view writes into its HTML go through
:func:`localised_html`; codes typed as digits (a motif, a hex colour) are read back with
:func:`latin_digits`.

Classes
-------
NumberText
    A number typed in any digits, shown in the language's; ``.value`` is the number.
SliderReadout
    A slider's value written in the language's digits (the slider's own readout switched off).

Functions
---------
has_own_digits
    Whether a language writes digits other than 0-9 (:mod:`farshlab.locale.digits`).
localised_html
    HTML with the numbers of its text in a language's digits (tags and entities untouched).
written_digits, latin_digits
    Digits alone (no separators) to a language's digits, and back to 0-9.

Examples
--------
>>> box = NumberText(50.0, lang="fa")
>>> box.text.value
'۵۰'
>>> box.text.value = "۱۲٫۵"
>>> box.value, box.text.value
(12.5, '۱۲٫۵')
>>> box.text.value = "70"
>>> box.value, box.text.value
(70.0, '۷۰')
"""

from __future__ import annotations

import html
import math
import re
import unicodedata
from decimal import Decimal

import ipywidgets as widgets
import traitlets

from farshlab.locale import (
    RIGHT_TO_LEFT,
    current_language,
    format_number,
    localise_digits,
    message,
    read_number,
)
from farshlab.locale.digits import has_own_digits

__all__ = [
    "NumberText",
    "SliderReadout",
    "has_own_digits",
    "latin_digits",
    "localised_html",
    "written_digits",
]

#: Tags and character references: markup, never numbers to rewrite.
_MARKUP = re.compile(r"(<[^>]*>|&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);)")


def localised_html(markup: str, lang: str | None = None) -> str:
    """
    Return ``markup`` with the numbers of its text written in ``lang``'s digits.

    Only the text between tags changes (by :func:`farshlab.locale.localise_digits`, so hex
    colour codes and names such as ``ΔE00`` keep their digits); tags, their attributes (a
    ``width:90px`` style) and character references (``&#x27;``) are left as they are.

    Parameters
    ----------
    markup : str
        HTML text.
    lang : str, optional
        Language code; default the session's language.

    Examples
    --------
    >>> localised_html('<td style="width:90px">1,234.5 g</td><td>#a8323a</td>', lang="fa")
    '<td style="width:90px">۱٬۲۳۴٫۵ g</td><td>#a8323a</td>'
    >>> localised_html("<b>12</b> knots", lang="en")
    '<b>12</b> knots'
    """
    return localise_digits(markup, lang, keep=_MARKUP)


def written_digits(text: str, lang: str | None = None) -> str:
    """
    Return ``text`` with its digits 0-9 written as ``lang`` writes them, and nothing else changed.

    For codes written as digits, such as a motif's rows, where a point is a knot of ground and
    not a decimal separator (:func:`farshlab.locale.localise_digits` would make ``1.2`` ``۱٫۲``).

    Examples
    --------
    >>> written_digits("1.2\\n.30", lang="fa")
    '۱.۲\\n.۳۰'
    """
    return text.translate(str.maketrans("0123456789", localise_digits("0123456789", lang)))


def latin_digits(text: str) -> str:
    """
    Return ``text`` with every decimal digit (Persian, Arabic-Indic, …) written 0-9.

    Examples
    --------
    >>> latin_digits("#۱f۲a٤٤"), latin_digits("۱.۲")
    ('#1f2a44', '1.2')
    """
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text)


def _plain(number: float) -> str:
    """A number written plainly, in Latin digits: ``50``, ``12.5``, ``0.0001`` (no exponent)."""
    if isinstance(number, int) or not math.isfinite(number):
        return str(number)
    if number.is_integer() and abs(number) < 1e16:
        return str(int(number))
    text = format(Decimal(repr(number)), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


class NumberText(widgets.HBox):
    """
    A number typed in a text box, in Latin, Persian or Arabic-Indic digits; shown in the language's.

    A drop-in for ``FloatText`` and ``IntText``: ``.value`` is the number, to read, set and
    observe. The box (``.text``) shows it in the language's digits and separators (``۱۲٫۵``);
    what the trainee types is read when they press Enter or leave the box
    (:func:`farshlab.locale.read_number`) and written back in the language's digits. Text that
    is not a number (or not a whole number, for ``whole=True``) leaves ``.value`` as it was and
    says so beside the box (``.note``, message keys ``widgets.number.*``) until a number is typed.

    Parameters
    ----------
    value : float or int
        The starting number.
    whole : bool
        Whole numbers only (``.value`` is then an ``int``), as ``IntText``.
    lang : str, optional
        Language of the digits shown and of the messages; default the session's.
    description : str
        The label before the box.
    style, layout : optional
        The text box's ``style`` and ``layout`` (its width, the label's width), as for any widget.

    Attributes
    ----------
    value : float or int
        The last good number.
    text : ipywidgets.Text
        The box the trainee types in.
    note : ipywidgets.HTML
        The message beside the box, shown only while the text typed is not a number.
    problem : str or None
        That message, or ``None``.

    Examples
    --------
    >>> knots = NumberText(7000, whole=True, lang="en", description="Knots per day")
    >>> knots.text.value = "۶۰۰۰"
    >>> knots.value, knots.text.value
    (6000, '6000')
    >>> knots.text.value = "six thousand"
    >>> knots.value, knots.problem
    (6000, '"six thousand" is not a number, so 6000 is kept: type it in digits, such as 50 or ۵۰.')
    >>> knots.value = 5950
    >>> knots.text.value, knots.problem
    ('5950', None)
    """

    value = traitlets.Union([traitlets.Int(), traitlets.Float()], default_value=0.0, help="The number.")
    description = traitlets.Unicode("", help="The label before the box.")

    def __init__(
        self,
        value: float = 0.0,
        *,
        whole: bool = False,
        lang: str | None = None,
        description: str = "",
        style=None,
        layout=None,
    ) -> None:
        self.whole = bool(whole)
        self.lang = lang or current_language()
        self.problem: str | None = None
        options = {name: given for name, given in (("style", style), ("layout", layout)) if given is not None}
        self.text = widgets.Text(description=description, continuous_update=False, **options)
        self.note = widgets.HTML(layout=widgets.Layout(display="none"))
        super().__init__([self.text, self.note], value=value, description=description)
        traitlets.link((self, "description"), (self.text, "description"))
        self._show()
        self.observe(lambda _change: self._show(), names="value")
        self.text.observe(self._typed, names="value")

    @traitlets.validate("value")
    def _number(self, proposal):
        number = proposal["value"]
        if isinstance(number, bool):
            raise traitlets.TraitError(f"a NumberText's value must be a number, got {number!r}")
        if not self.whole:
            return float(number)
        if isinstance(number, float) and not number.is_integer():
            raise traitlets.TraitError(f"this NumberText takes whole numbers only, got {number!r}")
        return int(number)

    @property
    def shown(self) -> str:
        """The value as the box shows it, in the language's digits."""
        return localise_digits(_plain(self.value), self.lang)

    def read(self, text: str) -> float | int:
        """
        Return the number ``text`` means, or raise ``ValueError`` with the message to show.

        Examples
        --------
        >>> NumberText(lang="en").read(" ۱٬۲۰۰ ")
        1200.0
        >>> NumberText(7, whole=True, lang="en").read("2.5")
        Traceback (most recent call last):
        ...
        ValueError: "2.5" is not a whole number, so 7 is kept: type a whole number, such as 7000.
        """
        fields = {"text": text.strip(), "value": self.shown}
        if not text.strip():
            raise ValueError(message("widgets.number.empty", lang=self.lang, value=self.shown))
        try:
            number = read_number(text)
        except ValueError:
            number = math.nan
        if not math.isfinite(number):
            raise ValueError(message("widgets.number.not_a_number", lang=self.lang, **fields))
        if not self.whole:
            return number
        if not number.is_integer():
            raise ValueError(message("widgets.number.not_whole", lang=self.lang, **fields))
        return int(number)

    def _typed(self, change: dict) -> None:
        try:
            number = self.read(change["new"])
        except ValueError as problem:
            self._tell(str(problem))
            return
        self.value = number
        self._show()  # also when the number is the one already there (70 typed as 70.0)

    def _show(self) -> None:
        self.text.value = self.shown
        self._tell(None)

    def _tell(self, problem: str | None) -> None:
        self.problem = problem
        if problem is None:
            self.note.value, self.note.layout.display = "", "none"
            return
        direction = f' dir="rtl" lang="{self.lang}"' if self.lang in RIGHT_TO_LEFT else ""
        self.note.value = f'<span{direction} style="color:#b00020">{html.escape(problem)}</span>'
        self.note.layout.display = None


class SliderReadout(widgets.HTML):
    """
    A slider's value written beside it in a language's digits, following every move.

    The slider's own readout is switched off (the browser writes it in Latin digits); this one is
    formatted with the slider's ``readout_format`` (``".2f"``, ``"d"``: the same in d3-format and
    Python) by :func:`farshlab.locale.format_number`. Show it next to the slider, e.g.
    ``HBox([slider, readout])``.

    Parameters
    ----------
    slider : ipywidgets.FloatSlider or ipywidgets.IntSlider
        The slider to follow.
    lang : str, optional
        Language of the digits; default the session's.

    Examples
    --------
    >>> raj = widgets.FloatSlider(value=50, min=10, max=120, step=1)
    >>> readout = SliderReadout(raj, lang="fa")
    >>> raj.readout, readout.value
    (False, '۵۰٫۰۰')
    >>> raj.value = 55
    >>> readout.value
    '۵۵٫۰۰'
    """

    def __init__(self, slider: widgets.Widget, lang: str | None = None) -> None:
        super().__init__(layout=widgets.Layout(min_width="4.5em"))
        self.slider = slider
        self.lang = lang or current_language()
        slider.readout = False
        slider.observe(self._follow, names=["value", "readout_format"])
        self._follow()

    def _follow(self, _change: dict | None = None) -> None:
        try:
            self.value = format_number(self.slider.value, self.slider.readout_format, self.lang)
        except ValueError:  # a d3-format spec Python does not know
            self.value = format_number(self.slider.value, "g", self.lang)
