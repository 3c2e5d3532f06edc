"""The Loom Reader as a workshop app (Voilà) in a real browser: choose a chart, step to the next
row, hear it — the page's audio element gets a playable WAV as long as the row's speech — in
English and in Persian, right to left."""

import re
import sys
from pathlib import Path

import numpy as np
import pytest
from playwright.sync_api import expect

from farshlab.chart import Chart, save_chart
from farshlab.colour import load_example_legend
from farshlab.locale import localise_digits, message, read_number
from farshlab.speech import row_runs

from .conftest import assert_no_errors, jupyter_env, run_server, shot

pytestmark = pytest.mark.browser

FARSHLAB = str(Path(sys.executable).with_name("farshlab"))

#: The page's player: its source, whether the browser plays WAV, how far it loaded, its length in s.
AUDIO_STATE = """() => { const a = document.querySelector('audio');
  return a && {src: a.src, wav: a.canPlayType('audio/wav'), ready: a.readyState, duration: a.duration}; }"""


def _chart(path: Path) -> Chart:
    """A 60 × 40 chart of six far-apart yarns of the example legend in runs of 7 knots, at ``path``."""
    legend = load_example_legend()
    yarns = [legend[i].code for i in (0, 18, 45, 63, 81, 99)]  # white, walnut, pink, saffron, teal, violet
    codes = np.array(yarns)[np.arange(60 * 40).reshape(40, 60) // 7 % 6]
    chart = Chart(codes, legend, 8.4, 5.6, 50, title="test tableau")
    save_chart(chart, path)
    return chart


def _wait_for_sound(page, before_src: str = "") -> dict:
    """Wait until the player holds a new sound whose length the browser knows; return its state."""
    page.wait_for_function(
        f"(before) => {{ const s = ({AUDIO_STATE})(); return s && s.src && s.src !== before "
        "&& s.ready >= 1 && s.duration > 0; }",
        arg=before_src,
        timeout=30_000,
    )
    return page.evaluate(AUDIO_STATE)


def _seconds_said(page, lang: str, row: int) -> float:
    """The length the page says row ``row`` was spoken for (its «Spoken row N: 4.2 s» line)."""
    said = message("reader.spoken", lang=lang, row=localise_digits(row, lang), seconds="(\\S+)")
    line = page.locator(".widget-html", has_text=re.compile(said)).last
    expect(line).to_be_visible(timeout=30_000)
    return read_number(re.search(said, line.inner_text()).group(1))


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_the_loom_reader_reads_and_speaks_rows(lang, page, screenshots, tmp_path):
    chart = _chart(tmp_path / "tableau.farshchart")
    env = jupyter_env(tmp_path / "jupyter")
    env.update(FARSHLAB_LANG=lang, FARSHLAB_HOME=str(tmp_path / "farshlab-home"))
    command = [FARSHLAB, "apps", "--folder", str(tmp_path / "apps"), "--port", "{port}", "--token", "{token}"]

    def say(key, **fields):
        return localise_digits(message(key, lang=lang, **fields), lang)

    with run_server(command, tmp_path, env, tmp_path / "apps.log", "/") as apps:
        page.goto(apps.page_url("/voila/render/loom_reader.ipynb"))
        upload = page.locator("button.widget-upload")
        upload.wait_for(timeout=120_000)
        assert_no_errors(page, "the Loom Reader app")
        with page.expect_file_chooser() as chooser:
            upload.click()
        chooser.value.set_files(str(tmp_path / "tableau.farshchart"))

        heading = page.locator(".farshlab-reader-heading")
        expect(heading).to_have_text(say("reader.heading", row=1, rows=40), timeout=60_000)
        first = _wait_for_sound(page)  # each row is said as it comes
        page.get_by_role("button", name=say("reader.next")).click()
        expect(heading).to_have_text(say("reader.heading", row=2, rows=40), timeout=30_000)

        # one chip per run of row 2, read from the right edge: the first run stands at the right
        chips = page.locator(".farshlab-reader-calls > span")
        runs = row_runs(chart, 2, "right")
        expect(chips).to_have_count(len(runs))
        texts = [" ".join(chip.inner_text().split()) for chip in chips.all()]
        assert texts == [localise_digits(f"{count} × {code}", lang) for count, code in runs]
        boxes = [chip.bounding_box() for chip in chips.all()[:2]]
        assert boxes[0]["x"] > boxes[1]["x"], "the first call of a row read from the right is at the right"
        swatch = chips.first.locator("span").first
        assert swatch.evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"
        assert heading.evaluate("e => parseFloat(getComputedStyle(e).fontSize)") >= 28, "row text is large"

        audio = _wait_for_sound(page, first["src"])
        assert audio["src"].startswith(("blob:", "data:")), audio
        assert audio["wav"] in ("maybe", "probably"), audio
        # the browser decoded the whole WAV: its length is the one the kernel measured
        assert audio["duration"] == pytest.approx(_seconds_said(page, lang, 2), abs=0.06), audio
        # Speak this row: the same row said again is a new sound for the player, which plays it
        page.get_by_role("button", name=say("reader.speak")).click()
        again = _wait_for_sound(page, audio["src"])
        assert again["duration"] == audio["duration"]
        shot(page, screenshots, f"loom-reader-{lang}")
        assert_no_errors(page, "the Loom Reader after a row was spoken")

        if lang == "fa":
            for selector in (".farshlab-reader-heading", ".farshlab-reader-words"):
                style = page.locator(selector).evaluate(
                    "e => [getComputedStyle(e).direction, getComputedStyle(e).textAlign]"
                )
                assert style[0] == "rtl" and style[1] in ("start", "right"), (selector, style)
            assert not re.search("[0-9]", heading.inner_text() + chips.first.inner_text())
        assert "import" not in page.locator("body").inner_text(), "the app page shows code"
    # the row reached is remembered for the next day
    saved = (tmp_path / "farshlab-home" / "loom-reader.json").read_text(encoding="utf-8")
    assert '"row": 2' in saved
