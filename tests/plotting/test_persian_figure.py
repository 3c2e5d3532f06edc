"""Persian in figures: really shaped by matplotlib, in Vazirmatn, with Persian tick digits."""

import re
import subprocess

import matplotlib
import pytest

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from farshlab.plotting.fonts import localised_ticks, use_language  # noqa: E402

WORDS = ["نقشه", "رج", "گره", "رنگ", "خانه"]
#: Arabic presentation forms: what a reshaper writes instead of letters shaped by the font.
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


@pytest.fixture()
def persian():
    use_language("fa")
    yield
    use_language("en")


def test_a_persian_figure_gives_its_words_back_from_the_pdf(persian, tmp_path):
    figure, ax = plt.subplots(figsize=(5, 3.5), layout="constrained")
    ax.set_title("نقشه رج به رج")
    ax.set_xlabel("گره در هر رنگ")
    ax.set_ylabel("خانه")
    ax.bar(["قرمز", "آبی"], [120, 45])
    path = tmp_path / "figure.pdf"
    figure.savefig(path)
    plt.close(figure)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    for word in WORDS:
        assert word in text, f"{word} not read back from the PDF: {text!r}"
    assert "نقشه رج به رج" in text  # in logical order, words in sequence
    assert not PRESENTATION_FORMS.search(text), "presentation forms: the text was reshaped, not shaped"
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "Vazirmatn" in fonts
    # the tick numbers are Persian digits
    assert "۱۰۰" in text and "100" not in text


def test_english_figures_keep_latin_digits(tmp_path):
    use_language("en")
    figure, ax = plt.subplots()
    ax.plot([0, 100])
    figure.canvas.draw()
    labels = [t.get_text() for t in ax.get_yticklabels()]
    plt.close(figure)
    assert "100" in labels


def test_an_axis_can_be_given_persian_digits_alone():
    figure, ax = plt.subplots()
    localised_ticks(ax.xaxis, "fa")
    assert ax.xaxis.get_major_formatter()(1200, 0) == "۱۲۰۰"
    plt.close(figure)
