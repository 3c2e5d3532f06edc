"""
A trainee's feedback page: what it may show of a test cell that holds hidden checks, and the
page itself in the course's language.

nbgrader's ``ClearHiddenTests`` removes the hidden checks' code from the feedback copy, but
not what they printed when they failed: an assertion's message (``"96 nodes are 48 knots"``)
or numpy's report (``DESIRED: 286``) would hand the trainee the hidden answer.
:class:`HideHiddenCheckErrors` runs before it in nbgrader's ``GenerateFeedback`` (set in
``autograder/nbgrader_config.py``, so Formgrader's feedback button does the same): in a test
cell with hidden checks, every error output keeps its error name and says, instead of its
message, that one of the question's checks failed — unless the grader saw the cell fail on a
line above the hidden checks (``FAILED_LINE_KEY`` in the cell's metadata, from the test
runner's verdict): a visible check's message is shown, as the trainee's own notebook shows
it. The autograded notebook an instructor reads in Formgrader keeps the full error. One
message is always kept: the library rule's refusal
(:mod:`farshlab.course.rule`), farshlab's own words naming the question and the switched-off
function — kept only when it is exactly the refusal of one of the notebook's rule, so that no
text a trainee's code raised passes for it.

nbgrader writes its feedback page in English, as a list of cells ("Test cell (Score 0.0 / 2.0)").
Every farshlab course sets :class:`FeedbackPage` as ``GenerateFeedback``'s exporter (``farshlab
build`` writes it into the course's ``nbgrader_config.py``, so ``farshlab grade``, ``nbgrader
generate_feedback`` and Formgrader's button write the same page): it starts with a summary by
question — its number and title, its points, and what to do (the message of a failed test) —
in the course's language, then the notebook. Its template (``templates/feedback_page.html.j2``)
extends nbgrader's own and keeps its layout: nbgrader's words come from the catalogue
(``grading.feedback.*``), points are written in the language's digits, a right-to-left language
gets ``dir="rtl"`` with farshlab's style sheet (:mod:`farshlab.locale.style`: Vazirmatn, code
and outputs left to right), and the page says when the work was handed in and when it was due,
in the language's calendar (:func:`farshlab.locale.format_date`: Jalali for Persian).

Classes
-------
HideHiddenCheckErrors
    nbconvert preprocessor for nbgrader's feedback.
FeedbackPage
    nbconvert HTML exporter: nbgrader's feedback page in the course's language.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from nbconvert.exporters import HTMLExporter
from nbconvert.preprocessors import Preprocessor
from traitlets import Bool, Unicode, default, validate

from farshlab.course.notebooks import BEGIN_HIDDEN, FAILED_LINE_KEY
from farshlab.course.questions import question_results
from farshlab.course.rule import ERROR_NAME, refusal_message, rule_of
from farshlab.locale import (
    DEFAULT_LANGUAGE,
    RIGHT_TO_LEFT,
    available_languages,
    format_date,
    localise_digits,
    message,
)
from farshlab.locale.assertions import localised_message
from farshlab.locale.style import stylesheet

__all__ = ["FEEDBACK_TEMPLATE", "FeedbackPage", "HideHiddenCheckErrors"]

#: The feedback page's template, beside this module (``templates/``).
FEEDBACK_TEMPLATE = Path(__file__).parent / "templates" / "feedback_page.html.j2"


class HideHiddenCheckErrors(Preprocessor):
    """
    Replace the messages of failed test cells that hold hidden checks (feedback only).

    Attributes
    ----------
    lang : str
        Language of the replacement message (default: ``FARSHLAB_LANG``, else English);
        ``c.HideHiddenCheckErrors.lang = "fa"`` in ``nbgrader_config.py``.

    Examples
    --------
    >>> import nbformat
    >>> cell = nbformat.v4.new_code_cell("assert ok\\n### BEGIN HIDDEN TESTS\\nassert x == 48, 'x is 48'")
    >>> cell.metadata["nbgrader"] = {"grade": True, "solution": False}
    >>> cell.outputs = [nbformat.v4.new_output("error", ename="AssertionError", evalue="x is 48",
    ...                                        traceback=["AssertionError: x is 48"])]
    >>> nb = nbformat.v4.new_notebook(cells=[cell])
    >>> nb, _ = HideHiddenCheckErrors(lang="en")(nb, {})
    >>> "48" in str(nb.cells[0].outputs)
    False
    >>> nb.cells[0].outputs[0].ename
    'AssertionError'
    """

    # on unless configured off, as nbgrader's own preprocessors (nbconvert's default is off)
    enabled = Bool(True, help="replace the messages").tag(config=True)
    lang = Unicode(None, allow_none=True, help="language of the message (en, fa)").tag(config=True)

    def preprocess(self, nb, resources):
        rule, lang = rule_of(nb)
        self._refusals = {refusal_message(r.shown, r.question, r.writes, lang) for r in rule}
        return super().preprocess(nb, resources)

    def preprocess_cell(self, cell, resources, index):
        grade = cell.get("metadata", {}).get("nbgrader", {}).get("grade")
        if cell.cell_type == "code" and grade and BEGIN_HIDDEN in cell.source and not _failed_visibly(cell):
            text = message("grading.feedback.hidden_check_failed", self.lang)
            refusals = getattr(self, "_refusals", set())
            for output in cell.get("outputs", []):
                if output.get("ename") == ERROR_NAME and output.get("evalue") in refusals:
                    continue  # the rule's own words: which question, which function
                if output.output_type == "error":
                    output.evalue = text
                    output.traceback = [f"{output.get('ename', 'Error')}: {text}"]
        elif cell.cell_type == "code" and grade:
            # a visible test's message, with the values it quotes in the trainee's digits
            for output in cell.get("outputs", []):
                if output.output_type == "error" and output.get("ename") == "AssertionError":
                    shown = localised_message(output.evalue, self.lang)
                    output.traceback = [line.replace(output.evalue, shown) for line in output.traceback]
                    output.evalue = shown
        return cell, resources


def _failed_visibly(cell) -> bool:
    """
    Whether a test cell's error came from a check above its hidden ones (the grader's line).

    Examples
    --------
    >>> import nbformat
    >>> cell = nbformat.v4.new_code_cell("assert a == 1, 'a is 1'\\n### BEGIN HIDDEN TESTS\\nassert a == 2")
    >>> cell.metadata[FAILED_LINE_KEY] = 1
    >>> _failed_visibly(cell), _failed_visibly(nbformat.v4.new_code_cell(cell.source))
    (True, False)
    """
    line = cell.get("metadata", {}).get(FAILED_LINE_KEY)
    if type(line) is not int or line < 1:
        return False
    lines = cell.source.splitlines()
    hidden = next((number for number, text in enumerate(lines, 1) if BEGIN_HIDDEN in text), None)
    return hidden is not None and line < hidden


class FeedbackPage(HTMLExporter):
    """
    nbgrader's feedback page, in the course's language.

    nbgrader's ``feedback`` template with its words from the catalogue, its points in the
    language's digits, the language's direction and the hand-in and due times. Used as
    ``c.GenerateFeedback.exporter_class``; nbgrader fills ``resources["nbgrader"]`` (the
    trainee, the assignment, the gradebook, the scores) as for its own exporter.

    Attributes
    ----------
    lang : str
        Language of the page (default English); ``c.FeedbackPage.lang = "fa"``.
    time_zone : str
        IANA time zone in which the hand-in and due times are shown (default ``Asia/Tehran``,
        the trainees' own: the gradebook keeps them in UTC).

    Examples
    --------
    >>> import nbformat
    >>> cell = nbformat.v4.new_code_cell("assert knots == 48")
    >>> cell.metadata["nbgrader"] = {"grade": True, "solution": False, "grade_id": "q1", "points": 2,
    ...                              "score": 2.0}
    >>> resources = {"nbgrader": {"notebook": "a00", "score": 2.0, "max_score": 2.0, "late_penalty": 0}}
    >>> nb = nbformat.v4.new_notebook(cells=[cell])
    >>> page, _ = FeedbackPage(lang="fa").from_notebook_node(nb, resources)
    >>> 'dir="rtl"' in page, "نمره: ۲ از ۲" in page, "Score" in page
    (True, True, False)
    """

    lang = Unicode(DEFAULT_LANGUAGE, help="language of the page (en, fa)").tag(config=True)
    time_zone = Unicode("Asia/Tehran", help="time zone of the times shown (IANA name)").tag(config=True)

    @validate("lang")
    def _known_language(self, proposal):
        if proposal["value"] not in available_languages():
            known = ", ".join(available_languages())
            raise ValueError(f"no catalogue for the feedback page's language {proposal['value']!r} ({known})")
        return proposal["value"]

    @validate("time_zone")
    def _known_zone(self, proposal):
        try:
            ZoneInfo(proposal["value"])
        except (ZoneInfoNotFoundError, ValueError) as error:
            zone = proposal["value"]
            raise ValueError(
                f"unknown time zone {zone!r} for the feedback page (an IANA name: Asia/Tehran)"
            ) from error
        return proposal["value"]

    @default("template_name")
    def _nbgrader_template(self):
        return "feedback"  # nbgrader's, which NbGraderAPI.generate_feedback sets too

    @default("template_file")
    def _page_template(self):
        return FEEDBACK_TEMPLATE.name

    # nbgrader's GenerateFeedback sets these two as below; the defaults make the page work alone
    @default("extra_template_basedirs")
    def _nbgrader_templates(self):
        return [str(_formgrader() / "templates")]

    @default("extra_template_paths")
    def _bootstrap(self):
        return [str(_formgrader() / "static" / "node_modules" / "bootstrap" / "dist" / "css")]

    @default("extra_loaders")
    def _page_loader(self):
        from jinja2 import FileSystemLoader

        return [FileSystemLoader(str(FEEDBACK_TEMPLATE.parent))]

    def default_filters(self):
        yield from super().default_filters()
        yield "label", self.label
        yield "points", self.points

    def label(self, key: str, **fields: object) -> str:
        """The page's word ``grading.feedback.<key>`` in its language."""
        return message(f"grading.feedback.{key}", self.lang, **fields)

    def points(self, value: float | None) -> str:
        """
        Points as nbgrader shows them (to 2 decimals, none as 0), in the page's digits.

        Examples
        --------
        >>> FeedbackPage(lang="fa").points(1.5), FeedbackPage(lang="fa").points(2.0)
        ('۱٫۵', '۲')
        """
        text = f"{round(float(value or 0), 2):.2f}".rstrip("0").rstrip(".")
        return localise_digits(text, self.lang)

    def when(self, moment: datetime | None) -> str:
        """A gradebook time (naive UTC) as the page shows it, in its time zone; ``""`` for none."""
        if moment is None:
            return ""
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return format_date(moment.astimezone(ZoneInfo(self.time_zone)), self.lang)

    def from_notebook_node(self, nb, resources=None, **kw):
        resources = {} if resources is None else resources
        handed_in, due = _submission_times(resources.get("nbgrader", {}))
        right_to_left = self.lang in RIGHT_TO_LEFT
        resources["farshlab"] = {
            "lang": self.lang,
            "dir": "rtl" if right_to_left else "ltr",
            "css": stylesheet() if right_to_left else "",
            "handed_in": self.when(handed_in),
            "due": self.when(due),
            "questions": [],
        }
        return super().from_notebook_node(nb, resources, **kw)

    def _preprocess(self, nb, resources):
        # The summary reads the notebook as the page shows it: after nbgrader's GetGrades (the
        # scores) and HideHiddenCheckErrors (a hidden check's message replaced), which
        # GenerateFeedback registers as this exporter's preprocessors.
        nb, resources = super()._preprocess(nb, resources)
        if "farshlab" in resources:
            resources["farshlab"]["questions"] = self.questions(nb)
        return nb, resources

    def questions(self, nb) -> list[dict]:
        """
        The page's summary, one line per question: its name and title, its points, and what to do.

        What to do is the message of each failed test (as the page shows it further down: a hidden
        check's message already replaced), nothing for a question with every point, to answer it
        for a question whose answer cell still raises ``NotImplementedError``, and for a written
        answer that the instructor reads it.

        Examples
        --------
        >>> import nbformat
        >>> ask = nbformat.v4.new_markdown_cell("## Q1.1 (2 points) Weaving days")
        >>> test = nbformat.v4.new_code_cell("assert weaving_days(10, 1, 3) == 4")
        >>> test.metadata["nbgrader"] = {"grade": True, "solution": False, "grade_id": "a06-q1_1-tests",
        ...                              "points": 2, "score": 0.0}
        >>> test.outputs = [nbformat.v4.new_output("error", ename="AssertionError", evalue="4 days",
        ...                                        traceback=[])]
        >>> [line] = FeedbackPage(lang="fa").questions(nbformat.v4.new_notebook(cells=[ask, test]))
        >>> line["name"], line["title"], line["score"], line["max_score"], line["to_do"]
        ('پرسش ۱٫۱', 'Weaving days', '۰', '۲', ['AssertionError: 4 days'])
        """
        lines = []
        for result in question_results(nb):
            if result.read_by_instructor:
                to_do = [self.label("read_by_instructor")]
            elif result.full:
                to_do = [self.label("all_passed")]
            elif any(text.startswith("NotImplementedError") for text in result.messages):
                to_do = [self.label("not_answered")]  # the answer cell as released
            else:
                to_do = result.messages or [self.label("failed_without_message")]
            lines.append(
                {
                    "anchor": result.anchor,
                    "name": self.label("question_name", number=localise_digits(result.key, self.lang)),
                    "title": result.title,
                    "score": self.points(result.score),
                    "max_score": self.points(result.max_score),
                    "state": "read" if result.read_by_instructor else ("full" if result.full else "failed"),
                    "to_do": to_do,
                }
            )
        return lines


def _formgrader() -> Path:
    """nbgrader's Formgrader folder (its templates and style sheets)."""
    import nbgrader

    return Path(nbgrader.__file__).parent / "server_extensions" / "formgrader"


def _submission_times(nbgrader: dict) -> tuple[datetime | None, datetime | None]:
    """
    When the trainee's submission was handed in and when it was due, from the gradebook.

    The gradebook is opened as nbgrader's ``GetGrades`` opens it (the name its module holds), so
    inside a grading worker this is the worker's kept connection
    (:func:`farshlab.course.engine.kept.keep_gradebooks`), not a new engine per trainee.
    """
    if "db_url" not in nbgrader:
        return None, None
    from nbgrader.api import MissingEntry
    from nbgrader.preprocessors.getgrades import Gradebook

    with Gradebook(nbgrader["db_url"]) as gradebook:
        try:
            submission = gradebook.find_submission(nbgrader["assignment"], nbgrader["student"])
        except MissingEntry:
            return None, None
        return submission.timestamp, submission.duedate
