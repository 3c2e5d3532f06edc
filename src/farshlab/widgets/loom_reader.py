"""
The Loom Reader: a talking chart for the loom — one row at a time, large, and said aloud.

A weaver opens a ``.farshchart`` file (chosen from their device, or its path typed), sees the
current row in run-length calls from the side it is read from, each code with a swatch of its
yarn's colour, steps to the next or previous row or jumps to any row, and hears the row said in
Persian (or English) through espeak-ng. The row each chart is at is remembered on the computer
(:class:`farshlab.speech.ReadingProgress`, keyed by the chart's contents) so that the next day,
or after a restart, the chart opens where the weaver stopped.

The model is :func:`farshlab.speech.row_runs` and :func:`farshlab.speech.row_words` (pure, tested
in ``tests/speech``); the sound is made by :func:`farshlab.speech.speak_wav` as each row comes
(**Say each row as it comes**, on by default, so that Next is all the weaver presses) or when
asked (**Speak this row**), and played in an ``ipywidgets.Audio`` player. The calls are laid out
from the edge the row is read from: from the right edge, the first call stands at the right, as
on the loom. A chart made again under the same file name with other knots starts at row 1, and
the weaver is told the row they had reached in the one before.

Classes
-------
LoomReader
    The simulator (a :class:`~farshlab.widgets.base.Simulator`).
ReaderRow
    What the model returns for one row.

Examples
--------
>>> import tempfile, pathlib
>>> from farshlab.chart import Chart, save_chart
>>> from farshlab.colour import Yarn, YarnLegend
>>> from farshlab.speech import ReadingProgress
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> legend = YarnLegend([Yarn(7, "Madder red", "#a8323a"), Yarn(45, "Indigo", "#26345a")])
>>> path = save_chart(Chart([[45, 45, 45, 7, 7], [7, 7, 7, 7, 7]], legend, 0.7, 0.28, 50),
...                   folder / "tiny.farshchart")
>>> reader = LoomReader(path, progress=ReadingProgress(folder / "loom-reader.json"))
>>> reader.result.row, reader.result.runs
(1, [(2, 7), (3, 45)])
>>> reader.next_row()
>>> reader.result.row, reader.result.runs
(2, [(5, 7)])
"""

from __future__ import annotations

import html
import tempfile
from dataclasses import dataclass
from pathlib import Path

import ipywidgets as widgets
import numpy as np

from farshlab.chart import Chart, load_chart
from farshlab.locale import RIGHT_TO_LEFT, message
from farshlab.speech import (
    SPOKEN_LANGUAGES,
    ReadingProgress,
    SpeechError,
    chart_key,
    row_runs,
    row_words,
    speak_wav,
    wav_seconds,
)
from farshlab.widgets.base import Simulator
from farshlab.widgets.numbers import NumberText

__all__ = ["LoomReader", "ReaderRow"]

HEADING = "font-size:2.6em;font-weight:bold;line-height:1.25"
"""The row number, read from the loom: the largest text on the page."""
CHIP = (
    "display:inline-flex;align-items:center;gap:0.25em;margin:0.2em;padding:0.1em 0.45em;"
    "border:2px solid #b9ad93;border-radius:0.35em;background:#fbf8f1;font-size:2.2em;line-height:1.3;"
    "white-space:nowrap"
)
"""One call, «count × swatch code», large enough to read from the loom."""
SWATCH = "display:inline-block;width:1.2em;height:1.2em;border:2px solid #333;border-radius:0.2em"
"""The yarn's colour beside its code, with a dark edge so that a pale yarn shows on the chip."""
BIG_BUTTON = {"font_size": "1.25em", "font_weight": "bold"}
BIG_BUTTON_SIZE = {"width": "12em", "height": "2.8em"}
"""The buttons pressed at the loom, between knots: large targets."""


@dataclass(frozen=True)
class ReaderRow:
    """
    One row as the Loom Reader shows it.

    Attributes
    ----------
    row : int
        The weaver's row number, 1 = the bottom row.
    rows : int
        The chart's rows.
    columns_from : str
        The edge the row is read from.
    runs : list of (int, int)
        Knots and yarn code of each run, in reading order.
    words : str
        What is said for the row (:func:`farshlab.speech.row_words`).
    """

    row: int
    rows: int
    columns_from: str
    runs: list
    words: str


class LoomReader(Simulator):
    """
    Read a chart row by row at the loom: the current row large, next/previous/jump, and its sound.

    Parameters
    ----------
    chart_file : path-like, optional
        A ``.farshchart`` file to open at once.
    progress : farshlab.speech.ReadingProgress, optional
        Where rows are remembered (default: the user's store, :func:`~farshlab.speech.progress.
        default_progress_path`).

    Controls (``.controls[name]``): ``row`` (a :class:`~farshlab.widgets.numbers.NumberText`, the
    weaver's row from 1 at the bottom: type a row to jump to it) and ``columns_from`` (the edge each
    row is read from). Opening a chart: ``.path_box`` with ``.open_button`` (or :meth:`open`) and
    ``.upload`` (a ``FileUpload``). Moving: ``.previous_button``, ``.next_button``
    (:meth:`previous_row`, :meth:`next_row`). Sound: ``.speak_each`` (a checkbox, on: every row
    shown is said at once) and ``.speak_button`` (:meth:`speak`) fill ``.audio``.

    View: ``.heading`` (row N of M), ``.calls`` (the run-length calls with swatches), ``.words``
    (the words said); ``.file_message`` tells what was opened or why a file could not be, and
    ``.store_message`` why rows cannot be remembered on this computer, when they cannot.
    """

    def __init__(self, chart_file=None, progress: ReadingProgress | None = None) -> None:
        self.progress = progress if progress is not None else ReadingProgress()
        self.chart: Chart | None = None
        self.chart_key: str | None = None
        self.chart_name = ""
        self._opening = False
        super().__init__()
        self.spoken_lang = self.lang if self.lang in SPOKEN_LANGUAGES else "en"
        self.file_message = widgets.HTML()
        self.store_message = widgets.HTML(self._problem_html(self.progress.problem or ""))
        self.path_box = widgets.Text(
            description=message("reader.file"),
            placeholder=message("reader.file_placeholder"),
            continuous_update=False,
            layout=widgets.Layout(width="32em"),
        )
        self.open_button = widgets.Button(description=message("reader.open"), icon="folder-open")
        self.upload = widgets.FileUpload(
            accept=".farshchart", multiple=False, description=message("reader.upload")
        )
        self.open_button.on_click(lambda _button: self.open(self.path_box.value))
        self.path_box.observe(lambda change: self.open(change["new"]) if change["new"] else None, "value")
        self.upload.observe(self._uploaded, names="value")
        self.previous_button.on_click(lambda _button: self.previous_row())
        self.next_button.on_click(lambda _button: self.next_row())
        self.speak_button.on_click(lambda _button: self.speak())
        if chart_file is not None:
            self.open(chart_file)

    # --- controls, model and view ------------------------------------------------------------

    def make_controls(self):
        style = {"description_width": "10em"}
        return {
            "row": NumberText(1, whole=True, lang=self.lang, description=message("reader.row"), style=style),
            "columns_from": widgets.ToggleButtons(
                options=[(message(f"reader.side.{side}"), side) for side in ("right", "left")],
                value="right",
                description=message("reader.columns_from"),
                style=style,
            ),
        }

    def model(self, row, columns_from) -> ReaderRow:
        if self.chart is None:
            raise ValueError(message("reader.no_chart"))
        runs = row_runs(self.chart, row, columns_from)
        words = row_words(self.chart, row, columns_from, lang=self.spoken_lang)
        return ReaderRow(row, self.chart.rows, columns_from, runs, words)

    def make_view(self):
        self.heading = widgets.HTML()
        self.summary = widgets.HTML()
        self.calls = widgets.HTML(layout=widgets.Layout(width="100%"))
        big = {"style": BIG_BUTTON, "layout": widgets.Layout(**BIG_BUTTON_SIZE)}
        self.previous_button = widgets.Button(
            description=message("reader.previous"), icon="arrow-down", **big
        )
        self.next_button = widgets.Button(description=message("reader.next"), icon="arrow-up", **big)
        self.speak_button = widgets.Button(
            description=message("reader.speak"), icon="volume-up", button_style="primary", **big
        )
        self.speak_each = widgets.Checkbox(value=True, description=message("reader.speak_each"), indent=False)
        self.audio = widgets.Audio(
            format="wav", autoplay=True, controls=True, loop=False, layout=widgets.Layout(display="none")
        )
        self.speech_message = widgets.HTML()
        self.words = widgets.HTML()
        return widgets.VBox(
            [
                self.heading,
                self.summary,
                self.calls,
                widgets.HBox([self.speak_button, self.audio, self.speak_each]),
                self.speech_message,
                self.words,
            ]
        )

    def render(self, result: ReaderRow) -> None:
        heading = message("reader.heading", row=result.row, rows=result.rows)
        self.heading.value = self.localised(
            f'<div class="farshlab-reader-heading" style="{HEADING}">{heading}</div>'
        )
        side = message(f"reader.side.{result.columns_from}")
        summary = message(
            "reader.row_summary", knots=self.chart.knots_across, runs=len(result.runs), side=side
        )
        self.summary.value = self.localised(html.escape(summary))
        self.calls.value = self.localised(self._calls_html(result))
        words = html.escape(result.words)
        self.words.value = self.localised(
            f'<div class="farshlab-reader-words" style="color:#444;font-size:1.2em">{words}</div>'
        )
        if self.speak_each.value:
            self.speak()
            return
        # a new row has no sound yet: the player of the last one is put away
        self.audio.layout.display = "none"
        self.speech_message.value = ""

    def _calls_html(self, result: ReaderRow) -> str:
        """The row's calls as chips: count ×, swatch, code; from the edge the row is read from."""
        chip_direction = "rtl" if self.lang in RIGHT_TO_LEFT else "ltr"
        chips = []
        for count, code in result.runs:
            yarn = self.chart.legend.by_code(code)
            name = html.escape(yarn.local_name(self.lang))
            chips.append(
                f'<span dir="{chip_direction}" style="{CHIP}" title="{name}"><b>{count}</b>&nbsp;×&nbsp;'
                f'<span style="{SWATCH};background:{yarn.colour}"></span>{code}</span>'
            )
        flow = "rtl" if result.columns_from == "right" else "ltr"
        return (
            f'<div class="farshlab-reader-calls" dir="{flow}" style="display:flex;flex-wrap:wrap">'
            + "".join(chips)
            + "</div>"
        )

    def show(self, result, error) -> None:
        super().show(result, error)
        if self.chart is None:  # nothing to check yet: how to begin, not a problem
            self.message.value = self.localised(f"<p>{html.escape(error or '')}</p>")
        at_bottom = result is None or result.row <= 1
        at_top = result is None or result.row >= result.rows
        self.previous_button.disabled, self.next_button.disabled = at_bottom, at_top
        self.speak_button.disabled = result is None
        if result is not None:
            try:
                self.progress.remember(
                    self.chart_key, result.row, result.columns_from, file=self.chart_name, rows=result.rows
                )
            except OSError as error:  # the row is still shown and said; only tomorrow's place is lost
                text = message("reader.error.not_remembered", path=self.progress.path, detail=error)
                self.store_message.value = self._problem_html(text)

    def _problem_html(self, text: str) -> str:
        """A problem to show in red, as plain text (escaped), or nothing for ``""``."""
        return self.localised(f'<span style="color:#b00020">{html.escape(text)}</span>' if text else "")

    def _changed(self, change: dict) -> None:
        if not self._opening:
            self.refresh()

    def layout(self) -> widgets.Widget:
        opener = widgets.HBox([self.path_box, self.open_button, self.upload])
        moving = widgets.HBox([self.previous_button, self.shown_controls["row"], self.next_button])
        return self.directed(
            widgets.VBox(
                [
                    opener,
                    self.file_message,
                    self.store_message,
                    moving,
                    self.shown_controls["columns_from"],
                    self.message,
                    self.view,
                ]
            )
        )

    # --- what the weaver does ------------------------------------------------------------------

    def open(self, chart_file) -> bool:
        """
        Open a ``.farshchart`` file at the row remembered for it (row 1 the first time).

        A file that cannot be opened leaves everything as it was (the chart open stays open, at its
        row) and says why in ``.file_message``.

        Returns
        -------
        bool
            Whether the chart was opened.
        """
        path = Path(str(chart_file).strip()).expanduser()
        if not path.is_file():
            return self._not_opened(path.name or str(chart_file), message("reader.error.no_file", file=path))
        try:
            chart = load_chart(path)
        except ValueError as error:
            return self._not_opened(path.name, str(error))
        self._opened(chart, path.name)
        return True

    def _uploaded(self, change: dict) -> None:
        if not change["new"]:
            return
        upload = change["new"][-1]
        name = Path(upload["name"]).name
        with tempfile.TemporaryDirectory(prefix="farshlab-reader-") as folder:
            # the chart's own name, so that a message names the file the weaver chose
            path = Path(folder) / (name if name not in ("", ".", "..") else "chart.farshchart")
            path.write_bytes(bytes(upload["content"]))
            try:
                chart = load_chart(path)
            except ValueError as error:
                self._not_opened(name, str(error))
                return
        self._opened(chart, name)

    def _file_html(self, key: str, **fields) -> str:
        """A catalogue message as HTML: names (files, titles) isolated so that Persian keeps its order."""
        shown = {
            field: f"<bdi>{html.escape(value)}</bdi>" if isinstance(value, str) else value
            for field, value in fields.items()
        }
        return message(key, **shown)

    def _not_opened(self, name: str, detail: str) -> bool:
        text = self._file_html("reader.error.open", file=name, detail=detail.rstrip("."))
        self.file_message.value = self.localised(f'<span style="color:#b00020">{text}</span>')
        return False

    def _opened(self, chart: Chart, name: str) -> None:
        key = chart_key(chart)
        place = self.progress.place(key)
        earlier = self.progress.earlier_row(key, name) if place is None else None
        row, side = place if place is not None else (1, self.controls["columns_from"].value)
        row = min(row, chart.rows)
        if place is not None:
            said = self._file_html("reader.resumed", file=name, row=row)
        elif earlier is not None:
            said = self._file_html("reader.changed", file=name, row=earlier)
        else:
            said = self._file_html("reader.opened", file=name)
        about = self._file_html(
            "reader.chart",
            title=chart.title or name,
            across=chart.knots_across,
            rows=chart.rows,
            colours=len(np.unique(chart.codes)),
        )
        self.file_message.value = self.localised(f"{said}<br>{about}")
        self._opening = True
        try:
            self.chart, self.chart_key, self.chart_name = chart, key, name
            self.controls["row"].value = row
            self.controls["columns_from"].value = side
        finally:
            self._opening = False
        self.refresh()  # after the opening message, so that a row not remembered says so

    def next_row(self) -> None:
        """Go up one row (the next the weaver ties), unless at the top row."""
        if self.result is not None and self.result.row < self.result.rows:
            self.controls["row"].value = self.result.row + 1

    def previous_row(self) -> None:
        """Go down one row, unless at row 1."""
        if self.result is not None and self.result.row > 1:
            self.controls["row"].value = self.result.row - 1

    def speak(self) -> bytes | None:
        """
        Say the current row: make its sound and put it in the player (``.audio``), which plays it.

        Returns
        -------
        bytes or None
            The WAV sound, or ``None`` when there is no row or espeak-ng could not say it (the
            reason is shown in ``.speech_message``).
        """
        if self.result is None:
            return None
        try:
            sound = speak_wav(self.result.words, lang=self.spoken_lang)
        except (SpeechError, ValueError) as error:
            text = message("reader.error.speak_failed", detail=error)
            self.audio.layout.display = "none"  # never the sound of another row
            self.speech_message.value = self._problem_html(text)
            return None
        if bytes(self.audio.value) == sound:
            self.audio.value = b""  # the same sound again: a change, so that the player plays it anew
        self.audio.value = sound
        self.audio.layout.display = None
        seconds = f"{wav_seconds(sound):.1f}"
        self.speech_message.value = self.localised(
            html.escape(message("reader.spoken", row=self.result.row, seconds=seconds))
        )
        return sound
