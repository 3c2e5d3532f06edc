"""
nbgrader's own objects, kept for the life of a grading process instead of rebuilt per trainee.

Each of these keeps nbgrader's (and nbconvert's) behaviour and output, and removes work that
is repeated for every trainee without changing anything (measured on a01, 40 submissions, in
``benchmarks/bench_grading.py``):

* one gradebook connection per process for nbgrader's preprocessors (``OverwriteKernelspec``,
  ``OverwriteCells``, ``GetGrades``, ``SaveAutoGrades``, ``AssignLatePenalties`` each open
  ``Gradebook(db_url)`` for one notebook: a new SQLAlchemy engine, table inspection and
  ``create_all`` every time, about 10 ms, five per trainee); their ``close()`` ends the
  transaction instead of disposing of the engine;
* one commit per saved notebook: ``SaveAutoGrades`` commits after every grade and comment (about
  30 for a01, each an ``fsync`` of the SQLite file and an expiry of every loaded row); inside
  :func:`one_transaction` those commits wait for the next query or the end of the preprocessor
  (SQLAlchemy's autoflush writes pending changes before any query, so every query still sees
  them) and the notebook's rows are committed once (rolled back whole if a preprocessor fails);
* one query for a trainee's grades and one for the comments of a notebook inside
  :func:`one_transaction`, instead of a seven-table join per cell in ``find_grade`` and
  ``find_comment`` (the same rows from the session's identity map, looked up the same way: a
  grade cell before a task cell of the same name, a solution cell before a task cell), each
  grade with its ``max_score`` (a query of its own per grade otherwise); likewise one query
  each for a released notebook's source, grade and task cells instead of a join per cell in
  ``find_source_cell`` and ``find_graded_cell``;
* nbgrader's cell-metadata schema checked once per process: ``CheckCellMetadata`` calls
  ``jsonschema.validate`` for every cell, which first checks the *schema* against the JSON
  Schema meta-schema; here each distinct schema is checked once and its validator kept (the
  metadata is validated by the same validator class, raising the same ``best_match`` error);
* the feedback page's notebook validated once, after its last preprocessor (nbconvert's
  ``optimistic_validation``), not after each of them;
* the feedback page without nbconvert's final HTML re-parse when it has nothing to change:
  ``HTMLExporter`` parses the whole rendered page (about 190 kB) with BeautifulSoup only to give
  ``<img>`` tags without ``alt`` a text and JupyterLab cells a ``tabindex``; nbgrader's feedback
  template has no JupyterLab cells, so a page without ``<img`` is kept as rendered (the same
  document; only insignificant white space and the spelling of ``<meta …/>`` differ). Pages
  with images go through nbconvert's own pass;
* each code cell's highlighting and each markdown cell's HTML done once per process: the
  course's own cells (text, setup, tests) are the same in every trainee's feedback page, and
  nbconvert's highlighter is a pure function of the source, the language and the cell's
  ``magics_language`` (it built a new formatter and style sheet per cell), its markdown filter
  of the source, the cell's attachments and the exporter's settings (and the notebook's folder,
  where images are embedded).

Connections are keyed by process id, so a forked worker never uses its parent's connection.

Functions
---------
keep_gradebooks
    Give nbgrader's preprocessors this process's kept gradebook connection (idempotent).
one_transaction
    Context manager: nbgrader's commits inside become one commit at the end.
check_schemas_once
    Make ``CheckCellMetadata`` check each schema once per process (idempotent).
feedback_exporter
    The HTML exporter class for feedback pages, built on nbgrader's.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os

__all__ = ["DeferredCommits", "check_schemas_once", "feedback_exporter", "keep_gradebooks", "one_transaction"]

_GRADEBOOKS: dict[tuple, object] = {}
_DEFERRED = {"on": False}


def _gradebook(db_url: str, course_id: str):
    from nbgrader import api

    key = (os.getpid(), db_url, course_id)
    if key not in _GRADEBOOKS:
        _GRADEBOOKS[key] = api.Gradebook(db_url, course_id)
    return _GRADEBOOKS[key]


class DeferredCommits:
    """
    A gradebook session whose ``commit`` waits: what nbgrader sees inside :func:`one_transaction`
    (and the batch's writer while it enters a batch's submissions).
    """

    def __init__(self, session):
        self._session = session

    def __getattr__(self, name):
        return getattr(self._session, name)

    def commit(self) -> None:
        """Nothing yet: autoflush writes before the next query, ``close`` and the end write the rest."""


# The cells' grades and comments of the notebooks saved in the current one_transaction,
# (notebook, assignment, student) → ({(cell name, cell type): Grade}, {(cell name, cell type): Comment}).
_ROWS: dict[tuple, tuple[dict, dict]] = {}
# A released notebook's source, grade and task cells by name, (notebook, assignment) → {kind: {name: cell}}.
_CELLS: dict[tuple, dict[str, dict]] = {}


def _submission_rows(gradebook, notebook: str, assignment: str, student: str) -> tuple[dict, dict]:
    from nbgrader.api import (
        Assignment,
        BaseCell,
        Comment,
        Grade,
        Notebook,
        SubmittedAssignment,
        SubmittedNotebook,
    )
    from sqlalchemy.orm import undefer

    key = (notebook, assignment, student)
    if key not in _ROWS:
        found = []
        for entity in (Grade, Comment):
            # a grade's max_score (GetGrades reads it) with the row, not a query of its own
            options = [undefer(Grade.max_score)] if entity is Grade else []
            rows = (
                gradebook.db.query(entity, BaseCell.name, BaseCell.type)
                .options(*options)
                .join(BaseCell, BaseCell.id == entity.cell_id)
                .join(SubmittedNotebook, SubmittedNotebook.id == entity.notebook_id)
                .join(Notebook, Notebook.id == SubmittedNotebook.notebook_id)
                .join(SubmittedAssignment, SubmittedAssignment.id == SubmittedNotebook.assignment_id)
                .join(Assignment, Assignment.id == SubmittedAssignment.assignment_id)
                .filter(
                    Notebook.name == notebook,
                    Assignment.name == assignment,
                    SubmittedAssignment.student_id == student,
                )
                .all()
            )
            found.append({(name, kind): row for row, name, kind in rows})
        _ROWS[key] = (found[0], found[1])
    return _ROWS[key]


def _course_cells(gradebook, notebook: str, assignment: str) -> dict[str, dict]:
    """
    The source, grade and task cells of one released notebook, by name (one query each), kept
    for the current :func:`one_transaction`: nbgrader's ``OverwriteCells`` asks for them one cell
    at a time, a three-table join each.
    """
    from nbgrader.api import Assignment, GradeCell, Notebook, SourceCell, TaskCell

    key = (notebook, assignment)
    if key not in _CELLS:
        found = {}
        for entity in (SourceCell, GradeCell, TaskCell):
            rows = (
                gradebook.db.query(entity)
                .join(Notebook, Notebook.id == entity.notebook_id)
                .join(Assignment, Assignment.id == Notebook.assignment_id)
                .filter(Notebook.name == notebook, Assignment.name == assignment)
                .all()
            )
            found[entity.__name__] = {row.name: row for row in rows}
        _CELLS[key] = found
    return _CELLS[key]


class _KeptGradebook:
    """What ``Gradebook(db_url)`` gives nbgrader's preprocessors: the process's kept one."""

    def __init__(self, gradebook):
        self._gradebook = gradebook

    def __getattr__(self, name):
        return getattr(self._gradebook, name)

    @property
    def db(self):
        db = self._gradebook.db
        return DeferredCommits(db) if _DEFERRED["on"] else db

    def _kept_row(
        self, which: int, kinds: tuple[str, str], cell: str, notebook: str, assignment: str, student: str
    ):
        if not _DEFERRED["on"]:
            return None
        rows = _submission_rows(self._gradebook, notebook, assignment, student)[which]
        for kind in kinds:  # the order nbgrader's find_grade / find_comment try them in
            if (cell, kind) in rows:
                return rows[(cell, kind)]
        return None

    def find_source_cell(self, name: str, notebook: str, assignment: str):
        if _DEFERRED["on"]:
            found = _course_cells(self._gradebook, notebook, assignment)["SourceCell"].get(name)
            if found is not None:
                return found
        return self._gradebook.find_source_cell(name, notebook, assignment)

    def find_graded_cell(self, name: str, notebook: str, assignment: str):
        if _DEFERRED["on"]:
            cells = _course_cells(self._gradebook, notebook, assignment)
            found = cells["GradeCell"].get(name, cells["TaskCell"].get(name))  # nbgrader's order
            if found is not None:
                return found
        return self._gradebook.find_graded_cell(name, notebook, assignment)

    def find_grade(self, grade_cell: str, notebook: str, assignment: str, student: str):
        found = self._kept_row(0, ("GradeCell", "TaskCell"), grade_cell, notebook, assignment, student)
        return (
            found
            if found is not None
            else self._gradebook.find_grade(grade_cell, notebook, assignment, student)
        )

    def find_comment(self, solution_cell: str, notebook: str, assignment: str, student: str):
        found = self._kept_row(1, ("SolutionCell", "TaskCell"), solution_cell, notebook, assignment, student)
        if found is not None:
            return found
        return self._gradebook.find_comment(solution_cell, notebook, assignment, student)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if _DEFERRED["on"]:  # inside one_transaction the transaction goes on, written so far
            self._gradebook.db.flush()
        else:
            self._gradebook.db.rollback()


@functools.cache
def keep_gradebooks() -> None:
    """Give nbgrader's preprocessors this process's kept gradebook connection (once per process)."""
    from nbgrader import api
    from nbgrader.preprocessors import (
        getgrades,
        latesubmissions,
        overwritecells,
        overwritekernelspec,
        saveautogrades,
    )

    def kept(db_url, course_id="default_course", authenticator=None):
        if authenticator is not None:
            return api.Gradebook(db_url, course_id, authenticator)
        return _KeptGradebook(_gradebook(db_url, course_id))

    for module in (getgrades, latesubmissions, overwritecells, overwritekernelspec, saveautogrades):
        module.Gradebook = kept


@contextlib.contextmanager
def one_transaction(db_url: str, course_id: str = "default_course"):
    """
    Inside: nbgrader's commits on the kept gradebook wait (autoflush, ``close``); one commit at the end.

    Inside too, the rows nbgrader's preprocessors look up one at a time are read once: a
    trainee's grades and comments (``find_grade``, ``find_comment``: ``SaveAutoGrades``,
    ``GetGrades``) and a released notebook's cells (``find_source_cell``, ``find_graded_cell``:
    ``OverwriteCells``). A worker uses it read only, around the steps before execution and
    around the feedback page; the main process around each notebook it saves.

    Parameters
    ----------
    db_url : str
        The course's gradebook.
    course_id : str
        nbgrader's course id (the preprocessors open ``Gradebook(db_url)`` with the default).
    """
    keep_gradebooks()
    session = _gradebook(db_url, course_id).db
    _DEFERRED["on"] = True
    try:
        yield
    except BaseException:
        session.rollback()
        raise
    finally:
        _DEFERRED["on"] = False
        _ROWS.clear()
        _CELLS.clear()
    session.commit()


@functools.cache
def check_schemas_once() -> None:
    """Make nbgrader's ``CheckCellMetadata`` check each metadata schema once per process."""
    import jsonschema
    from nbgrader.nbgraderformat import common

    validators: dict[str, object] = {}

    class CachedSchemaValidation:
        def __getattr__(self, name):
            return getattr(jsonschema, name)

        @staticmethod
        def validate(instance, schema, *args, **kwargs):
            if args or kwargs:
                return jsonschema.validate(instance, schema, *args, **kwargs)
            key = json.dumps(schema, sort_keys=True)
            validator = validators.get(key)
            if validator is None:
                cls = jsonschema.validators.validator_for(schema)
                cls.check_schema(schema)
                validator = validators[key] = cls(schema)
            error = jsonschema.exceptions.best_match(validator.iter_errors(instance))
            if error is not None:
                raise error
            return None

    common.jsonschema = CachedSchemaValidation()


class _Untouched:
    """A page nbconvert's re-parse would not change: ``select`` finds nothing, ``str`` gives it back."""

    def __init__(self, markup: str):
        self._markup = markup

    def select(self, _selector):
        return []

    def __str__(self) -> str:
        return self._markup


def _lazy_soup(real):
    def soup(markup, features=None, **kwargs):
        if "<img" in markup or "jp-Notebook" in markup:
            return real(markup, features=features, **kwargs)
        return _Untouched(markup)

    return soup


class _Remembered(dict):
    """A bounded memo: emptied when it holds ``limit`` entries (pages differ in few cells)."""

    def __init__(self, limit: int = 20_000):
        super().__init__()
        self.limit = limit

    def keep(self, key, value):
        if len(self) >= self.limit:
            self.clear()
        self[key] = value
        return value


class _CachedHighlight:
    """
    nbconvert's code highlighter, remembering what it made: the course's own cells (the setup,
    the tests) are the same in every trainee's notebook, and highlighting is a pure function of
    a cell's source, language and metadata.
    """

    def __init__(self, highlight):
        self._highlight = highlight
        self._done = _Remembered()

    def __call__(self, source, language=None, metadata=None):
        # of a cell's metadata nbconvert's highlighter reads only "magics_language"; the rest
        # (the execution times nbclient records) differs in every trainee's notebook
        magics = metadata.get("magics_language") if metadata else None
        key = (source, language, magics)
        html = self._done.get(key)
        if html is None:
            html = self._done.keep(key, self._highlight(source, language, metadata))
        return html


def feedback_exporter(base: type) -> type:
    """
    The exporter class for feedback pages: ``base`` (nbgrader's ``HTMLExporter``) whose final
    BeautifulSoup pass is skipped when the page has no ``<img`` and no JupyterLab cells.

    Examples
    --------
    >>> from nbconvert.exporters.html import HTMLExporter
    >>> feedback_exporter(HTMLExporter).__mro__[1] is HTMLExporter
    True
    """
    import jinja2
    import nbconvert.exporters.html as module  # where HTMLExporter's re-parse looks BeautifulSoup up
    import traitlets
    from nbconvert.filters.highlight import Highlight2HTML

    class FeedbackExporter(base):
        # nbconvert's own switch: the notebook validated once, after the last preprocessor,
        # instead of after each of them (a course's configuration may still set it)
        optimistic_validation = traitlets.Bool(True).tag(config=True)

        @jinja2.pass_context
        def markdown2html(self, context, source):
            # nbconvert's filter, remembered: a pure function of these (the folder only matters
            # where images are embedded)
            cell = context.get("cell", {})
            path = context.get("resources", {}).get("metadata", {}).get("path", "")
            key = (
                source,
                json.dumps(cell.get("attachments", {}), sort_keys=True),
                path if self.embed_images else "",
                self.embed_images,
                self.anchor_link_text,
                self.exclude_anchor_links,
                json.dumps(self.lexer_options, sort_keys=True, default=str),
            )
            done = self.__dict__.setdefault("_farshlab_markdown", _Remembered())
            html = done.get(key)
            if html is None:
                html = done.keep(key, super().markdown2html(context, source))
            return html

        def from_notebook_node(self, nb, resources=None, **kw):
            # the lexer as HTMLExporter chooses it, and its highlighter with the cells it has done
            info = nb.metadata.get("language_info", {})
            lexer = info.get("pygments_lexer", info.get("name", None))
            highlighters = self.__dict__.setdefault("_farshlab_highlighters", {})
            if lexer not in highlighters:
                highlighters[lexer] = _CachedHighlight(Highlight2HTML(pygments_lexer=lexer, parent=self))
            # in place: replacing the trait would make nbconvert build its template environment anew
            self.filters["highlight_code"] = highlighters[lexer]
            real = module.BeautifulSoup
            module.BeautifulSoup = _lazy_soup(real)
            try:
                return super().from_notebook_node(nb, resources, **kw)
            finally:
                module.BeautifulSoup = real

    return FeedbackExporter
