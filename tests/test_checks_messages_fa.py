"""The shared number checks (farshlab.checks) speak the course's language; English stays as it was."""

import pytest

from farshlab import carpet
from farshlab.checks import non_negative, positive, whole


@pytest.mark.parametrize(
    ("check", "english", "persian"),
    [
        (
            lambda: carpet.knots_across(50, -5),
            "raj must be a positive number, got -5",
            "«raj» باید عددی مثبت باشد، نه -۵",
        ),
        (
            lambda: positive("width_cm", []),
            "width_cm must be a positive number, got an empty list",
            "«width_cm» باید عددی مثبت باشد، نه فهرستی خالی",
        ),
        (
            lambda: non_negative("waste_percent", -1.5),
            "waste_percent must be zero or a positive number, got -1.5",
            "«waste_percent» باید صفر یا عددی مثبت باشد، نه -۱٫۵",
        ),
        (
            lambda: non_negative("knots", "x"),
            "knots must be zero or a positive number, got 'x'",
            "«knots» باید صفر یا عددی مثبت باشد، نه 'x'",
        ),
        (
            lambda: whole("repeat", 2.5),
            "repeat must be a whole number of at least 1, got 2.5",
            "«repeat» باید عددی صحیح و دست‌کم ۱ باشد، نه ۲٫۵",
        ),
    ],
)
def test_number_checks_in_english_and_persian(monkeypatch, check, english, persian):
    monkeypatch.delenv("FARSHLAB_LANG", raising=False)
    with pytest.raises(ValueError) as error:
        check()
    assert str(error.value) == english
    monkeypatch.setenv("FARSHLAB_LANG", "fa")
    with pytest.raises(ValueError) as error:
        check()
    assert str(error.value) == persian
