"""The Colour Matcher, driven through its controls without a browser."""

import numpy as np
import pytest

from farshlab.colour import Yarn, YarnLegend, delta_e, hex_to_srgb, srgb_to_lab
from farshlab.locale import message
from farshlab.widgets.colour_matcher import ColourMatcher

SMALL = YarnLegend(
    [
        Yarn(3, "Cream", "#efe3c8"),
        Yarn(7, "Madder red", "#a8323a"),
        Yarn(9, "Brick", "#b5533c"),
        Yarn(12, "Navy", "#1f2a44"),
    ]
)


def test_nearest_yarns_and_numbers_shown():
    matcher = ColourMatcher(SMALL)
    matcher.controls["colour"].value = "#aa3339"
    matcher.controls["count"].value = 3
    assert matcher.error is None
    assert [yarn.code for yarn in matcher.result.yarns] == [7, 9, 12]
    wanted = srgb_to_lab(hex_to_srgb("#aa3339"))
    expected = delta_e(wanted, SMALL.lab[[1, 2, 3]])
    np.testing.assert_allclose(matcher.result.matches.delta_e["ciede2000"], expected)
    table = matcher.table.value
    assert table.index("Madder red") < table.index("Brick") < table.index("Navy")
    assert "Cream" not in table
    assert f"<b>{expected[0]:.2f}</b>" in table
    cmc = delta_e(wanted, SMALL.lab[1], "cmc", l=2, c=1)
    assert f"{cmc:.2f}" in table
    assert "background:#a8323a" in matcher.swatches.value and "background:#aa3339" in matcher.swatches.value
    assert matcher.note.value.count("ΔE ≈") == 3


def test_ranking_method_changes_the_bold_column():
    matcher = ColourMatcher(SMALL)
    matcher.controls["ranked_by"].value = "cie76"
    assert matcher.result.matches.ranked_by == "cie76"
    first = matcher.result.matches.delta_e["cie76"][0]
    assert f"<b>{first:.2f}</b>" in matcher.table.value
    assert message("matcher.method.cie76") in matcher.table.value


def test_bad_hex_shows_a_message_and_hides_the_view():
    matcher = ColourMatcher(SMALL)
    matcher.controls["colour"].value = "#12zz45"
    assert matcher.result is None
    assert "#12zz45" in matcher.error and "hex code" in matcher.error
    assert matcher.error in matcher.message.value
    assert matcher.view.layout.visibility == "hidden"
    matcher.controls["colour"].value = "1f2a44"
    assert matcher.error is None and matcher.result.yarns[0].code == 12
    assert matcher.result.matches.delta_e["ciede2000"][0] == pytest.approx(0.0, abs=1e-9)


def test_picker_and_text_follow_each_other():
    matcher = ColourMatcher(SMALL)
    matcher.picker.value = "#1f2a44"
    assert matcher.controls["colour"].value == "#1f2a44"
    assert matcher.result.yarns[0].name == "Navy"
    matcher.controls["colour"].value = "#EFE3C8"
    assert matcher.picker.value == "#efe3c8"


def test_example_legend_by_default():
    matcher = ColourMatcher()
    assert len(matcher.legend) == 103
    assert matcher.result is not None and len(matcher.result.yarns) == 5
    with pytest.raises(ValueError, match="legend must be a YarnLegend"):
        ColourMatcher(legend=[Yarn(1, "Cream", "#efe3c8")])
