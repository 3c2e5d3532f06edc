"""
An assignment's questions as trainees read them: number, title, points and what to act on.

A question's cells carry ``grade_id`` ``aNN-qP_Q-…`` (``-answer``, ``-tests``, ``-written``); its
title is the heading of the markdown cell that asks it, ``## Q1.2 (2 points) Grams of yarn`` in
English, ``## پرسش ۱٫۲ (۲ نمره) …`` in Persian: the number and the points are taken off, the
words kept. The feedback page (:class:`farshlab.course.feedback.FeedbackPage`) starts with one
line per question from :func:`question_results`, and the cohort report
(:mod:`farshlab.course.cohort`) names questions by :func:`question_titles`.

Classes
-------
QuestionResult
    One question of a graded notebook: its points and the messages of its failed tests.

Functions
---------
question_key
    ``"a06-q1_2-tests"`` → ``"1.2"`` (``None`` for a cell of no question).
question_titles
    The title of every question of a notebook.
question_results
    One :class:`QuestionResult` per question of a graded notebook, in the notebook's order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["QuestionResult", "question_key", "question_results", "question_titles"]

_GRADE_ID = re.compile(r"^[A-Za-z0-9]+-q(?P<part>\d+)_(?P<number>\d+)-[a-z]+$")
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫", "01234567890123456789.")
# "## Q1.2 (2 points) Grams of yarn", "## پرسش ۱٫۲ (۲ نمره) …": the number, then the points
_HEADING = re.compile(
    r"^#{1,6}\s*(?:Q|پرسش|سؤال|سوال)\s*(?P<number>[\d۰-۹٠-٩]+[.٫][\d۰-۹٠-٩]+)\s*(?:\([^)]*\))?\s*(?P<title>.*)$"
)


def question_key(grade_id: str) -> str | None:
    """
    The question a cell belongs to, ``"part.number"``, from its ``grade_id``.

    Examples
    --------
    >>> question_key("a06-q1_2-tests"), question_key("a06-q6_1-written"), question_key("a06-setup")
    ('1.2', '6.1', None)
    """
    match = _GRADE_ID.match(grade_id or "")
    return f"{match['part']}.{match['number']}" if match else None


def question_titles(nb) -> dict[str, str]:
    """
    The title of every question a notebook asks, from the headings of its markdown cells.

    Parameters
    ----------
    nb : nbformat.NotebookNode
        An assignment notebook (source, release, submitted or graded: the headings are the same).

    Returns
    -------
    dict of str to str
        ``"part.number"`` → the heading's words without the number and the points.

    Examples
    --------
    >>> import nbformat
    >>> nb = nbformat.v4.new_notebook(cells=[
    ...     nbformat.v4.new_markdown_cell("## Q1.2 (2 points) Grams of yarn for a colour\\nWrite …"),
    ...     nbformat.v4.new_markdown_cell("## پرسش ۲٫۱ (۱ نمره) چند بار رنگرزی"),
    ... ])
    >>> question_titles(nb)
    {'1.2': 'Grams of yarn for a colour', '2.1': 'چند بار رنگرزی'}
    """
    titles = {}
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        for line in cell.source.splitlines():
            match = _HEADING.match(line.strip())
            if match:
                titles.setdefault(match["number"].translate(_DIGITS), match["title"].strip())
    return titles


@dataclass
class QuestionResult:
    """
    One question of a graded notebook.

    Attributes
    ----------
    key : str
        ``"part.number"``, e.g. ``"1.2"``.
    title : str
        The heading's words (``""`` when the notebook has no heading for it).
    anchor : str
        The ``grade_id`` of its first graded cell (the feedback page's link target).
    score, max_score : float
        Points earned and possible over its graded cells.
    messages : list of str
        For each failed test cell, the message it ended with (``"AssertionError: …"``), as the
        feedback page shows it (a hidden check's message already replaced).
    read_by_instructor : bool
        Whether a cell of it is graded by a person (a written answer).
    """

    key: str
    title: str
    anchor: str
    score: float = 0.0
    max_score: float = 0.0
    messages: list[str] = field(default_factory=list)
    read_by_instructor: bool = False

    @property
    def full(self) -> bool:
        """Whether every point was earned."""
        return self.max_score > 0 and self.score >= self.max_score


def _error_text(cell) -> str:
    for output in cell.get("outputs", []):
        if output.get("output_type") == "error":
            name, value = output.get("ename", ""), str(output.get("evalue", "")).strip()
            return f"{name}: {value}" if value else name
    return ""


def question_results(nb) -> list[QuestionResult]:
    """
    One result per question of a graded notebook (nbgrader's ``GetGrades`` has put each graded
    cell's ``score`` and ``points`` in its metadata), in the order the notebook asks them.

    Examples
    --------
    >>> import nbformat
    >>> ask = nbformat.v4.new_markdown_cell("## Q1.1 (2 points) Weaving days")
    >>> test = nbformat.v4.new_code_cell("assert weaving_days(10, 1, 3) == 4")
    >>> test.metadata["nbgrader"] = {"grade": True, "solution": False, "grade_id": "a06-q1_1-tests",
    ...                              "points": 2, "score": 0.0}
    >>> test.outputs = [nbformat.v4.new_output("error", ename="AssertionError",
    ...                                        evalue="10 knots at 3 a day take 4 days", traceback=[])]
    >>> [result] = question_results(nbformat.v4.new_notebook(cells=[ask, test]))
    >>> result.key, result.title, result.score, result.max_score, result.messages
    ('1.1', 'Weaving days', 0.0, 2.0, ['AssertionError: 10 knots at 3 a day take 4 days'])
    """
    titles = question_titles(nb)
    results: dict[str, QuestionResult] = {}
    for cell in nb.cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if not (meta.get("grade") or meta.get("task")):
            continue
        key = question_key(meta.get("grade_id", ""))
        if key is None:
            continue
        result = results.setdefault(key, QuestionResult(key, titles.get(key, ""), meta["grade_id"]))
        result.max_score += float(meta.get("points") or 0)
        result.score += float(meta.get("score") or 0)
        if cell.cell_type == "markdown" or meta.get("task") or meta.get("solution"):
            result.read_by_instructor = True  # a written answer, a task, an answer graded by hand
        elif not meta.get("solution") and float(meta.get("score") or 0) < float(meta.get("points") or 0):
            text = _error_text(cell)
            if text:
                result.messages.append(text)
    return list(results.values())
