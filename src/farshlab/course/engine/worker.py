"""
The worker side of a grading batch: one trainee graded without writing the gradebook, and feedback.

A worker process (or a Dask worker's thread) keeps, for its life: the course's configuration
(its :class:`~farshlab.course.context.CourseContext`, loaded once), one
:class:`~farshlab.course.execute.KernelRunner` per thread (a fresh sandboxed kernel per
submission, the next one always starting ahead) and nbgrader's ``GenerateFeedback`` converter
(its templates compiled once). Nothing of a trainee stays in the worker between two tasks: the
kernel, its scratch folder and its user id are the submission's alone, and the worker's own
objects hold only the course's files.

Functions
---------
grade_submission
    The worker's task for one trainee: read, compare, sanitise, execute, post-process.
feedback_submission
    The worker's task after the gradebook is written: nbgrader's feedback page.
warm_up
    Executor initializer: import everything and start the first kernel before any task.
write_feedback
    nbgrader's feedback page for one trainee, with the converter this process keeps.
"""

from __future__ import annotations

import atexit
import os
import threading
import time
import warnings
from pathlib import Path

import nbformat

from farshlab.course.engine import kept, steps
from farshlab.course.engine.records import BatchRow, Task
from farshlab.course.rule import refusals_in, rule_of
from farshlab.course.sandbox import Limits
from farshlab.course.tamper import Flag, cell_changes, outcome_flags, static_patches

__all__ = [
    "LARGE_NOTEBOOK_BYTES", "MAX_NOTEBOOK_BYTES", "feedback_submission", "grade_submission", "warm_up",
    "write_feedback",
]  # fmt: skip

#: A notebook this large is graded and flagged ``large_notebook`` (bytes).
LARGE_NOTEBOOK_BYTES = 20 * 1024 * 1024
#: A notebook larger than this is not read at all (bytes).
MAX_NOTEBOOK_BYTES = 200 * 1024 * 1024

# one kernel runner per worker thread (a Dask worker may run several threads)
_LOCAL = threading.local()
_COURSES: dict[str, tuple] = {}
_FEEDBACK: dict[str, object] = {}


def _course(course_dir: str):
    """The course's context, nbgrader configuration and kernel arguments, loaded once per worker."""
    if course_dir not in _COURSES:
        from farshlab.course.context import CourseContext
        from farshlab.course.nbgrader_setup import prepare_environment

        prepare_environment()
        context = CourseContext.load(Path(course_dir))
        kernel_args = list(context.config.Execute.get("extra_arguments", []))
        _COURSES[course_dir] = (context, context.config, kernel_args)
    return _COURSES[course_dir]


def _assignment_rule(course_dir: str, assignment_id: str, notebook_ids=None) -> tuple[tuple, str]:
    """The library rule of an assignment's released notebooks (their union) and its language."""
    release = Path(course_dir) / "release" / assignment_id
    if notebook_ids is None:
        notebook_ids = sorted(p.stem for p in release.glob("*.ipynb")) if assignment_id else []
    refusals: dict[str, dict] = {}
    lang = "en"
    for notebook_id in notebook_ids:
        path = release / f"{notebook_id}.ipynb"
        if path.is_file():
            rule, lang = rule_of(_released(path))
            for refusal in rule:
                refusals.setdefault(refusal.target, refusal.as_dict())
    return tuple(refusals[key] for key in sorted(refusals)), lang


def _runner(task: Task, rule: tuple = (), rule_lang: str = "en"):
    kernel_args = _course(task.course_dir)[2]
    runner = getattr(_LOCAL, "runner", None)
    if runner is None or (runner.limits, runner.kernel_args, runner.root, runner.rule) != (
        task.limits,
        kernel_args,
        task.scratch_root,
        rule,
    ):
        from multiprocessing import util

        from farshlab.course.execute import KernelRunner

        if runner is not None:
            runner.close()
        runner = KernelRunner(task.limits, kernel_args, task.mode, task.scratch_root, rule, rule_lang)
        util.Finalize(runner, runner.close, exitpriority=10)
        atexit.register(runner.close)
        _LOCAL.runner = runner
    return runner


def warm_up(
    limits: Limits, mode: str | None, course_dir: str, scratch_root: str | None, assignment_id: str = ""
) -> None:
    """Executor initializer: import everything and start the first kernel before any task."""
    with (
        warnings.catch_warnings()
    ):  # an exception here breaks the whole pool: no caller's "warnings are errors"
        warnings.simplefilter("ignore")
        rule, rule_lang = _assignment_rule(course_dir, assignment_id)
        task = Task(course_dir, assignment_id, "", (), limits, mode, scratch_root)
        _runner(task, rule, rule_lang).prestart()


def _read_notebook(path: Path, flags: list[Flag]):
    """
    Read ``submitted/<student>/<assignment>/<notebook>.ipynb``, never through a link.

    The notebook, its assignment folder and its student folder must not be links and the
    notebook must be a regular file (:func:`farshlab.course.collect.open_regular` from
    ``submitted/``); else it is flagged ``symlink_refused`` and not opened.
    """
    from farshlab.course.collect import NotRegularFile, open_regular

    try:
        with open_regular(path, path.parents[2]) as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_NOTEBOOK_BYTES:
                flags.append(
                    Flag("corrupt_notebook", f"{path.name} is {size} bytes, more than any notebook needs")
                )
                return None
            raw = handle.read(MAX_NOTEBOOK_BYTES + 1)
    except NotRegularFile as error:
        flags.append(Flag("symlink_refused", str(error)))
        return None
    if size > LARGE_NOTEBOOK_BYTES:
        flags.append(Flag("large_notebook", f"{path.name} is {size / 1e6:.0f} MB"))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        flags.append(Flag("not_utf8", f"{path.name} is not UTF-8 text; unreadable bytes were replaced"))
        text = raw.decode("utf-8", errors="replace")
    if not text.strip():
        flags.append(Flag("corrupt_notebook", f"{path.name} is empty"))
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # nbformat.reads would validate too (only to log): validated once, here
            nb = nbformat.convert(nbformat.reader.reads(text), 4)
            nbformat.validate(nb)
    except Exception as error:  # noqa: BLE001 -- any unreadable notebook is one flag
        flags.append(Flag("corrupt_notebook", f"{path.name}: {type(error).__name__}: {str(error)[:200]}"))
        return None
    return nb


def _preprocess(classes, nb, resources, config):
    for cls in classes:
        # __call__ (not .preprocess) so a preprocessor that is switched off stays off, as in nbgrader
        nb, resources = cls(config=config)(nb, resources)
    return nb, resources


def grade_submission(task: Task) -> BatchRow:
    """
    Grade one trainee's submission in this worker (no gradebook write).

    Parameters
    ----------
    task : Task

    Returns
    -------
    BatchRow
        Executed notebooks (nbformat JSON) by notebook id, flags, time spent.
    """
    # nbformat's and nbgrader's warnings (a cell without an id …) are not grading outcomes, and
    # a forked worker must not inherit a caller's "warnings are errors"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _grade_submission(task)


def _grade_submission(task: Task) -> BatchRow:
    started = time.monotonic()
    kept.check_schemas_once()
    kept.keep_gradebooks()
    context, config, _kernel_args = _course(task.course_dir)
    runner = _runner(task, *_assignment_rule(task.course_dir, task.assignment_id, task.notebook_ids))
    course = Path(task.course_dir)
    folder = course / "submitted" / task.student_id / task.assignment_id
    data_files = steps.assignment_files(config, course, task.assignment_id, task.student_id)
    row = BatchRow(task.student_id, sandbox=runner.mode)
    flags: list[Flag] = []
    handed_in = {p.stem for p in folder.glob("*.ipynb")}
    for extra in sorted(handed_in - set(task.notebook_ids)):
        flags.append(Flag("extra_notebook", f"{extra}.ipynb is not part of {task.assignment_id}"))
    for notebook_id in task.notebook_ids:
        row.notebooks[notebook_id] = _grade_notebook(
            task, context, config, runner, notebook_id, data_files, flags
        )
    row.flags = _unique(flags)
    if all(v is None for v in row.notebooks.values()):
        reasons = [f.detail for f in flags] or ["no notebook to grade"]
        row.problem = "; ".join(reasons)[:300]
    row.seconds = time.monotonic() - started
    return row


def _grade_notebook(task, context, config, runner, notebook_id, data_files, flags) -> str | None:
    """One notebook of the submission, executed and post-processed (JSON), or None; flags added."""
    course = Path(task.course_dir)
    path = course / "submitted" / task.student_id / task.assignment_id / f"{notebook_id}.ipynb"
    if not path.is_file():
        flags.append(Flag("missing_notebook", f"{notebook_id}.ipynb was not handed in"))
        return None
    nb = _read_notebook(path, flags)
    if nb is None:
        return None
    released = _released(course / "release" / task.assignment_id / f"{notebook_id}.ipynb")
    changes = cell_changes(nb, released)
    flags.extend(changes)
    if any(f.code == "wrong_assignment" for f in changes):
        return None
    patches = static_patches(nb)
    resources = steps.resources(task.student_id, task.assignment_id, notebook_id, context.db_url)
    try:
        with kept.one_transaction(context.db_url):  # the course's cells read once, not cell by cell
            nb, resources = _preprocess(steps.preprocessors(steps.SANITIZE), nb, resources, config)
    except Exception as error:  # noqa: BLE001 -- nbgrader refuses the notebook
        flags.append(Flag("corrupt_notebook", f"nbgrader could not read its cells: {error}"[:300]))
        return None
    outcome = runner.run(nb, data_files)
    flags.extend(outcome_flags(outcome, task.limits, task.limits.file_mb * 1024 * 1024))
    for grade_id, refusal in refusals_in(outcome.nb, rule_of(released)[0]):
        flags.append(
            Flag("library_answer", f"{grade_id}: called {refusal.shown}, switched off for {refusal.question}")
        )
    if patches and not outcome.patched:
        flags.append(Flag("tests_patched", "in the code (not reached before a test): " + ", ".join(patches)))
    nb, resources = _preprocess(steps.preprocessors(steps.AFTER_EXECUTE), outcome.nb, resources, config)
    return nbformat.writes(nb)


_RELEASED: dict[str, tuple] = {}


def _released(path: Path):
    """The released notebook, read once per worker while its file is unchanged (only read, never changed)."""
    stat = path.stat()
    version = (stat.st_mtime_ns, stat.st_size)
    cached = _RELEASED.get(str(path))
    if cached is None or cached[0] != version:
        cached = _RELEASED[str(path)] = (version, nbformat.read(path, 4))
    return cached[1]


def _unique(flags: list[Flag]) -> list[Flag]:
    seen, kept = set(), []
    for flag in flags:
        if (flag.code, flag.detail) not in seen:
            seen.add((flag.code, flag.detail))
            kept.append(flag)
    return kept


def feedback_submission(task: Task) -> str:
    """
    Worker task: nbgrader's ``generate_feedback`` for one graded trainee.

    Returns
    -------
    str
        ``""`` on success, else nbgrader's last line of error.
    """
    config = _course(task.course_dir)[1]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return write_feedback(config, task)


def _feedback_app(config):
    """
    nbgrader's ``GenerateFeedback`` converter, kept for the life of a worker.

    ``NbGraderAPI.generate_feedback`` builds a new converter, HTML exporter and Jinja
    environment for every trainee (compiling 36 templates each time); this one keeps its
    exporter between trainees. Everything else, the preprocessors (``GetGrades``,
    ``ClearHiddenTests`` through the feedback template …) and the files written, is nbgrader's.
    """
    from nbconvert.writers import FilesWriter
    from nbgrader.apps import NbGraderAPI
    from nbgrader.converters import GenerateFeedback
    from traitlets.config import Config

    class KeptFeedback(GenerateFeedback):
        def start(self) -> None:
            self.init_notebooks()
            if not getattr(self, "kept", False):
                self.kept = True
                self.writer = FilesWriter(parent=self, config=self.config)
                self.exporter = kept.feedback_exporter(self.exporter_class)(parent=self, config=self.config)
                for pp in self.preprocessors:
                    self.exporter.register_preprocessor(pp)
            here = os.getcwd()
            os.chdir(self.coursedir.root)
            try:
                self.convert_notebooks()
            finally:
                os.chdir(here)

    api = NbGraderAPI(config=config)
    app = KeptFeedback(coursedir=api.coursedir, parent=api)
    template = Config()
    template.HTMLExporter.template_name = "feedback"  # as NbGraderAPI.generate_feedback sets it
    app.update_config(template)
    app.force = True
    return app


def write_feedback(config, task: Task) -> str:
    """nbgrader's feedback page for one graded trainee: ``""`` on success, else its last error line."""
    from nbgrader.utils import capture_log, temp_attrs

    kept.keep_gradebooks()

    app = _FEEDBACK.get(task.course_dir)
    if app is None:
        app = _FEEDBACK[task.course_dir] = _feedback_app(config)
    context = _course(task.course_dir)[0]
    with (
        temp_attrs(app.coursedir, assignment_id=task.assignment_id, student_id=task.student_id),
        kept.one_transaction(context.db_url),  # GetGrades: the trainee's rows read once (read only)
    ):
        result = capture_log(app)
    if result["success"]:
        return ""
    text = result.get("error") or result.get("log") or ""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "nbgrader gave no reason"
