"""
What a trainee's feedback page may show of a test cell that holds hidden checks.

nbgrader's ``ClearHiddenTests`` removes the hidden checks' code from the feedback copy, but
not what they printed when they failed: an assertion's message (``"96 nodes are 48 knots"``)
or numpy's report (``DESIRED: 286``) would hand the trainee the hidden answer.
:class:`HideHiddenCheckErrors` runs before it in nbgrader's ``GenerateFeedback`` (set in
``autograder/nbgrader_config.py``, so Formgrader's feedback button does the same): in a test
cell with hidden checks, every error output keeps its error name and says, instead of its
message, that one of the question's checks failed. The visible checks are in the trainee's
own notebook, where running them shows their messages. The autograded notebook an instructor
reads in Formgrader keeps the full error. One message is kept: the library rule's refusal
(:mod:`farshlab.course.rule`), farshlab's own words naming the question and the switched-off
function — kept only when it is exactly the refusal of one of the notebook's rule, so that no
text a trainee's code raised passes for it.

Classes
-------
HideHiddenCheckErrors
    nbconvert preprocessor for nbgrader's feedback.
"""

from __future__ import annotations

from nbconvert.preprocessors import Preprocessor
from traitlets import Bool, Unicode

from farshlab.course.notebooks import BEGIN_HIDDEN
from farshlab.course.rule import ERROR_NAME, rule_of
from farshlab.locale import message

__all__ = ["HideHiddenCheckErrors"]


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
        self._refusals = {
            message("grading.library_answer", lang=lang, question=r.question, writes=r.writes, name=r.shown)
            for r in rule
        }
        return super().preprocess(nb, resources)

    def preprocess_cell(self, cell, resources, index):
        grade = cell.get("metadata", {}).get("nbgrader", {}).get("grade")
        if cell.cell_type == "code" and grade and BEGIN_HIDDEN in cell.source:
            text = message("grading.feedback.hidden_check_failed", self.lang)
            refusals = getattr(self, "_refusals", set())
            for output in cell.get("outputs", []):
                if output.get("ename") == ERROR_NAME and output.get("evalue") in refusals:
                    continue  # the rule's own words: which question, which function
                if output.output_type == "error":
                    output.evalue = text
                    output.traceback = [f"{output.get('ename', 'Error')}: {text}"]
        return cell, resources
