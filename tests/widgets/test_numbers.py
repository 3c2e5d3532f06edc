"""The number box and slider readout of farshlab.widgets.numbers, in Persian and in English."""

import ipywidgets as widgets
import pytest
import traitlets

from farshlab.locale import message
from farshlab.widgets.numbers import (
    NumberText,
    SliderReadout,
    latin_digits,
    localised_html,
    written_digits,
)


@pytest.mark.parametrize("lang, shown", [("fa", "۱۲٫۵"), ("en", "12.5")])
@pytest.mark.parametrize("typed", ["۱۲٫۵", "12.5", "١٢٫٥", " ۱۲.۵ ", "۱۲٫۵۰"])
def test_any_digits_give_the_same_number(lang, shown, typed):
    box = NumberText(50.0, lang=lang)
    box.text.value = typed
    assert box.value == 12.5 and isinstance(box.value, float)
    assert box.text.value == shown  # written back in the language's digits
    assert box.problem is None and box.note.layout.display == "none"


def test_whole_numbers_come_back_as_int_and_show_no_point():
    box = NumberText(7000, whole=True, lang="fa")
    assert box.value == 7000 and isinstance(box.value, int) and box.text.value == "۷۰۰۰"
    box.text.value = "۵٬۹۵۰"
    assert box.value == 5950 and isinstance(box.value, int) and box.text.value == "۵۹۵۰"
    box.text.value = "۵۹۵۰٫۵"
    assert box.value == 5950
    assert box.problem == message("widgets.number.not_whole", lang="fa", text="۵۹۵۰٫۵", value="۵۹۵۰")
    with pytest.raises(traitlets.TraitError, match="whole numbers only"):
        box.value = 12.5


@pytest.mark.parametrize("typed", ["هفتاد", "70 cm", "nan", "inf", "12..5"])
def test_text_that_is_no_number_keeps_the_value_and_says_so(typed):
    box = NumberText(70.0, lang="fa")
    seen = []
    box.observe(lambda change: seen.append(change["new"]), names="value")
    box.text.value = typed
    assert box.value == 70.0 and seen == []  # the last good number stays, nobody is told of a change
    expected = message("widgets.number.not_a_number", lang="fa", text=typed, value="۷۰")
    assert box.problem == expected
    assert expected.startswith(f"«{typed}» عدد نیست") and "۷۰" in expected
    assert box.note.layout.display is None and 'dir="rtl"' in box.note.value
    assert box.text.value == typed  # left as typed, to be corrected
    box.text.value = "۸۰"
    assert box.value == 80.0 and box.problem is None and box.note.layout.display == "none"


def test_an_empty_box_asks_for_a_number():
    box = NumberText(1.0, lang="en")
    box.text.value = "  "
    assert box.value == 1.0
    assert box.problem == "Type a number here; 1 is kept until you do."


def test_setting_the_value_rewrites_the_box_and_clears_a_message():
    box = NumberText(8.0, lang="fa", description="نمره نخ (Nm)")
    box.text.value = "x"
    box.value = 0.125
    assert box.text.value == "۰٫۱۲۵" and box.problem is None
    box.value = 1e-05  # no exponent: written as the trainee would write it
    assert box.text.value == "۰٫۰۰۰۰۱"
    assert box.text.description == "نمره نخ (Nm)"
    box.description = "Nm"
    assert box.text.description == "Nm"


def test_english_boxes_behave_as_number_boxes_did():
    box = NumberText(50.0, lang="en", description="Width (cm)")
    assert box.text.value == "50" and box.value == 50.0
    box.value = 70  # as tests and lessons set FloatText values
    assert box.value == 70.0 and box.text.value == "70"
    box.text.value = "۷۰٫۵"  # Persian digits typed in the English course are read too
    assert box.value == 70.5 and box.text.value == "70.5"
    assert not box.text.continuous_update  # read on Enter or leaving the box, as FloatText


@pytest.mark.parametrize(
    "slider, moved, before, after",
    [
        (widgets.FloatSlider(value=50, min=10, max=120, step=1), 55, "۵۰٫۰۰", "۵۵٫۰۰"),
        (widgets.FloatSlider(value=0, max=5, step=0.01, readout_format=".2f"), 1.25, "۰٫۰۰", "۱٫۲۵"),
        (widgets.IntSlider(value=2, min=1, max=6), 3, "۲", "۳"),
    ],
)
def test_slider_readout_follows_in_persian_digits(slider, moved, before, after):
    readout = SliderReadout(slider, lang="fa")
    assert slider.readout is False  # the browser's readout (Latin digits) is off
    assert readout.value == before
    slider.value = moved
    assert readout.value == after


def test_html_numbers_change_but_not_its_markup():
    markup = '<td style="width:90px;border:1px solid #444">1,234.5</td><td>&#x27;12&#39; ΔE00 #a8323a</td>'
    assert localised_html(markup, "fa") == (
        '<td style="width:90px;border:1px solid #444">۱٬۲۳۴٫۵</td><td>&#x27;۱۲&#39; ΔE00 #a8323a</td>'
    )
    assert localised_html(markup, "en") == markup


def test_code_digits_both_ways():
    assert written_digits("..12\n3.40", "fa") == "..۱۲\n۳.۴۰"  # the point stays a point (ground)
    assert latin_digits("..۱۲\n٣.۴۰") == "..12\n3.40"
    assert written_digits("3.40", "en") == "3.40"
