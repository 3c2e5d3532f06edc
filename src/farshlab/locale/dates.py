"""
Dates as each course language shows them to a trainee.

Persian shows a date in the Jalali (Solar Hijri) calendar, the civil calendar of Iran, with its
month names and Persian digits: 21 March 2026, the first day of spring, is «۱ فروردین ۱۴۰۵».
The conversion is persiantools'. Every other language shows the Gregorian date as ISO 8601
(``2026-03-21``), which no reader misreads.

A time of day is shown as it is given (24-hour clock, minutes): convert an aware datetime to the
trainee's time zone first (``moment.astimezone(ZoneInfo("Asia/Tehran"))``).

Functions
---------
format_date
    A date, or a date and time, in a language's calendar and digits.

Attributes
----------
CALENDARS
    How each language writes a date, by language code; others use ``"gregorian"``.

References
----------
persiantools (https://github.com/majiidd/persiantools): ``JalaliDate`` converts Gregorian dates
to the Jalali calendar (the 33-year leap rule, with a table of the years that are exceptions).

Examples
--------
>>> from datetime import date
>>> format_date(date(2026, 3, 21), lang="fa")
'۱ فروردین ۱۴۰۵'
>>> format_date(date(2026, 3, 21), lang="en")
'2026-03-21'
"""

from __future__ import annotations

from datetime import date, datetime

from farshlab.locale.digits import localise_digits

__all__ = ["CALENDARS", "format_date"]


def _gregorian(day: date) -> str:
    return day.isoformat()


def _jalali(day: date) -> str:
    from persiantools.jdatetime import JalaliDate  # only when a Persian date is shown

    jalali = JalaliDate(day)
    return f"{jalali.day} {jalali.strftime('%B', locale='fa')} {jalali.year}"


#: How a date is written, by calendar.
_WRITERS = {"gregorian": _gregorian, "jalali": _jalali}
#: The calendar of each language that does not use the Gregorian one.
CALENDARS = {"fa": "jalali"}
#: How a date and a time of day are joined, by language (``{date} {time}`` for the others).
_DATE_AND_TIME = {"fa": "{date}، ساعت {time}"}


def format_date(moment: date | datetime, lang: str | None = None) -> str:
    """
    Return ``moment`` as language ``lang`` shows a date to a trainee.

    Parameters
    ----------
    moment : datetime.date or datetime.datetime
        A day, or a day and time (shown to the minute, in the time zone it is given in).
    lang : str, optional
        Language code; default the session's language (``$FARSHLAB_LANG``). Persian uses the
        Jalali calendar and Persian digits, the others the Gregorian calendar (ISO 8601).

    Returns
    -------
    str

    Raises
    ------
    TypeError
        If ``moment`` is not a date.
    ValueError
        If ``lang`` has no catalogue.

    Examples
    --------
    >>> from datetime import datetime
    >>> format_date(datetime(2026, 12, 1, 18, 5), lang="fa")
    '۱۰ آذر ۱۴۰۵، ساعت ۱۸:۰۵'
    >>> format_date(datetime(2026, 12, 1, 18, 5), lang="en")
    '2026-12-01 18:05'
    >>> format_date("2026-12-01", lang="fa")
    Traceback (most recent call last):
    ...
    TypeError: a date or a date and time is needed, got '2026-12-01'
    """
    from farshlab.locale import available_languages, current_language

    if not isinstance(moment, date):
        raise TypeError(f"a date or a date and time is needed, got {moment!r}")
    lang = lang or current_language()
    if lang not in available_languages():
        raise ValueError(f"unknown language {lang!r} (available: {', '.join(available_languages())})")
    day = _WRITERS[CALENDARS.get(lang, "gregorian")](
        moment.date() if isinstance(moment, datetime) else moment
    )
    if isinstance(moment, datetime):
        pattern = _DATE_AND_TIME.get(lang, "{date} {time}")
        day = pattern.format(date=day, time=f"{moment:%H:%M}")
    return localise_digits(day, lang)
