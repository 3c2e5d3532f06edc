"""
The grading batch: N workers execute submissions in sandboxed kernels, one writer keeps the
gradebook, a journal makes a killed batch resumable.

Workers (a ``concurrent.futures`` executor: processes on this machine by default, or a Dask
cluster's executor) do everything that needs no write to the gradebook: read the submitted
notebook, compare it with the released one (flags), apply nbgrader's sanitising
preprocessors (``ClearOutput``, ``DeduplicateIds``, ``OverwriteKernelspec``,
``OverwriteCells`` with ``add_missing_cells``, ``CheckCellMetadata``), execute it in a fresh
sandboxed kernel (:mod:`farshlab.course.execute`) and apply ``IgnorePattern``,
``ClearMetadataPreprocessor`` and ``LimitOutput``. The main process alone writes: nbgrader's
``SaveAutoGrades`` and ``AssignLatePenalties`` into the gradebook, and the autograded notebook.
Workers then write the trainee's feedback with nbgrader's ``GenerateFeedback`` converter (kept
for the worker's life, so its templates are compiled once). Scores and feedback are therefore
nbgrader's own.

Never lose anything: the submitted files are hashed before and after; after a trainee's
gradebook entry and feedback are written, one line goes to
``reports/<assignment>/journal.jsonl`` (flushed and synced) with a key made of the submitted
files, the released notebooks and the limits. A batch started again skips trainees whose key is
in the journal, so a batch killed at any moment finishes with the same grades and no
duplicate (the gradebook is keyed by trainee and assignment); ``force=True`` regrades all.

Functions
---------
run_batch
    Grade a list of trainees; returns one :class:`BatchRow` per trainee.
grade_submission
    The worker's task for one trainee (picklable inputs and outputs).

Classes
-------
Task, BatchRow
"""

from __future__ import annotations

import atexit
import concurrent.futures as cf
import contextlib
import hashlib
import json
import multiprocessing
import os
import shutil
import tempfile
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import nbformat

from farshlab.course.sandbox import Limits
from farshlab.course.tamper import Flag, cell_changes, outcome_flags, static_patches

__all__ = ["BatchRow", "Task", "feedback_submission", "grade_submission", "run_batch", "submission_digest"]

LARGE_NOTEBOOK_BYTES = 20 * 1024 * 1024
MAX_NOTEBOOK_BYTES = 200 * 1024 * 1024


@dataclass
class Task:
    """Everything a worker needs to grade one trainee (plain data, picklable)."""

    course_dir: str
    assignment_id: str
    student_id: str
    notebook_ids: list[str]
    limits: Limits
    mode: str | None = None
    scratch_root: str | None = None


@dataclass
class BatchRow:
    """One trainee's result before it reaches the gradebook (and as kept in the journal)."""

    student_id: str
    notebooks: dict[str, str | None] = field(default_factory=dict)  # id -> executed JSON or None
    flags: list[dict] = field(default_factory=list)
    seconds: float = 0.0
    problem: str = ""
    sandbox: str = ""


def submission_digest(folder: Path, root: Path | None = None) -> str:
    """
    SHA-256 of every file of one submission folder (names and bytes), in name order.

    No link is followed and only regular files are read (:func:`farshlab.course.collect.regular_files`):
    a link or a pipe counts by what it is (a link by its target's name), never by what it leads to.

    Parameters
    ----------
    folder : pathlib.Path
        ``submitted/<student>/<assignment>/``.
    root : pathlib.Path, optional
        Where the check for linked folders starts (``submitted/``); default ``folder``.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = (Path(d) / "a.ipynb").write_text("{}")
    ...     len(submission_digest(Path(d)))
    64
    """
    from farshlab.course.collect import NotRegularFile, open_regular, regular_files

    digest = hashlib.sha256()
    folder = Path(folder)
    root = Path(root) if root is not None else folder
    names, refused = regular_files(folder, root, skip=())
    for name in names:
        digest.update(name.encode())
        try:
            with open_regular(folder / name, root) as handle:
                for block in iter(lambda h=handle: h.read(1 << 20), b""):
                    digest.update(block)
        except NotRegularFile as error:  # changed into a link meanwhile
            digest.update(str(error).encode())
    for sentence in refused:
        digest.update(sentence.encode())
    return digest.hexdigest()


# --------------------------------------------------------------------------- worker side

# one kernel runner per worker thread (a Dask worker may run several threads)
_LOCAL = threading.local()
_CONFIG = {}


def _runner(task: Task):
    runner = getattr(_LOCAL, "runner", None)
    if (
        runner is None
        or runner.limits != task.limits
        or runner.kernel_args != _config(task.course_dir)[1]
        or runner.root != task.scratch_root
    ):
        from multiprocessing import util

        from farshlab.course.execute import KernelRunner

        if runner is not None:
            runner.close()
        runner = KernelRunner(task.limits, _config(task.course_dir)[1], task.mode, task.scratch_root)
        util.Finalize(runner, runner.close, exitpriority=10)
        atexit.register(runner.close)
        _LOCAL.runner = runner
    return runner


def _config(course_dir: str):
    """The course's nbgrader configuration (its :class:`CourseContext`'s) and kernel arguments, once."""
    if course_dir not in _CONFIG:
        from farshlab.course.context import CourseContext
        from farshlab.course.nbgrader_setup import prepare_environment

        prepare_environment()
        config = CourseContext.load(Path(course_dir)).config
        kernel_args = list(config.Execute.get("extra_arguments", []))
        _CONFIG[course_dir] = (config, kernel_args)
    return _CONFIG[course_dir]


def _warmup(limits: Limits, mode: str | None, course_dir: str, scratch_root: str | None) -> None:
    """Executor initializer: import everything and start the first kernel before any task."""
    _runner(Task(course_dir, "", "", [], limits, mode, scratch_root)).prestart()


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
            nb = nbformat.reads(text, as_version=4)
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
    from nbconvert.preprocessors import ClearMetadataPreprocessor
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.preprocessors import (
        CheckCellMetadata,
        ClearOutput,
        DeduplicateIds,
        IgnorePattern,
        LimitOutput,
        OverwriteCells,
        OverwriteKernelspec,
    )

    started = time.monotonic()
    config, _kernel_args = _config(task.course_dir)
    runner = _runner(task)
    course = Path(task.course_dir)
    coursedir = CourseDirectory(config=config)
    folder = course / "submitted" / task.student_id / task.assignment_id
    source = course / "source" / task.assignment_id
    data_files = {
        str(p.relative_to(source)): p
        for p in sorted(source.rglob("*"))
        if p.is_file() and p.suffix != ".ipynb" and ".ipynb_checkpoints" not in p.parts
    }
    row = BatchRow(task.student_id, sandbox=runner.mode)
    flags: list[Flag] = []
    handed_in = {p.stem for p in folder.glob("*.ipynb")}
    for extra in sorted(handed_in - set(task.notebook_ids)):
        flags.append(Flag("extra_notebook", f"{extra}.ipynb is not part of {task.assignment_id}"))
    for notebook_id in task.notebook_ids:
        path = folder / f"{notebook_id}.ipynb"
        row.notebooks[notebook_id] = None
        if not path.is_file():
            flags.append(Flag("missing_notebook", f"{notebook_id}.ipynb was not handed in"))
            continue
        nb = _read_notebook(path, flags)
        if nb is None:
            continue
        released = nbformat.read(course / "release" / task.assignment_id / f"{notebook_id}.ipynb", 4)
        changes = cell_changes(nb, released)
        flags.extend(changes)
        if any(f.code == "wrong_assignment" for f in changes):
            continue
        patches = static_patches(nb)
        resources = {
            "unique_key": notebook_id,
            "nbgrader": {
                "student": task.student_id,
                "assignment": task.assignment_id,
                "notebook": notebook_id,
                "db_url": coursedir.db_url,
            },
        }
        try:
            nb, resources = _preprocess(
                [ClearOutput, DeduplicateIds, OverwriteKernelspec, OverwriteCells, CheckCellMetadata],
                nb,
                resources,
                config,
            )
        except Exception as error:  # noqa: BLE001 -- nbgrader refuses the notebook
            flags.append(Flag("corrupt_notebook", f"nbgrader could not read its cells: {error}"[:300]))
            continue
        outcome = runner.run(nb, data_files)
        flags.extend(outcome_flags(outcome, task.limits, task.limits.file_mb * 1024 * 1024))
        if patches and not outcome.patched:
            flags.append(
                Flag("tests_patched", "in the code (not reached before a test): " + ", ".join(patches))
            )
        nb, resources = _preprocess(
            [IgnorePattern, ClearMetadataPreprocessor, LimitOutput], outcome.nb, resources, config
        )
        row.notebooks[notebook_id] = nbformat.writes(nb)
    row.flags = [asdict(f) for f in _unique(flags)]
    if all(v is None for v in row.notebooks.values()):
        reasons = [f.detail for f in flags] or ["no notebook to grade"]
        row.problem = "; ".join(reasons)[:300]
    row.seconds = time.monotonic() - started
    return row


def _unique(flags: list[Flag]) -> list[Flag]:
    seen, kept = set(), []
    for flag in flags:
        if (flag.code, flag.detail) not in seen:
            seen.add((flag.code, flag.detail))
            kept.append(flag)
    return kept


# --------------------------------------------------------------------------- main side


class _Writer:
    """
    The main process's one gradebook connection, open for the whole batch.

    A new ``Gradebook`` per trainee would rebuild its engine and recompile every SQL
    statement; this one keeps them. Each use ends its transaction (commit), so nbgrader's
    own preprocessors, which open their own connection, never wait on a lock held here.
    """

    def __init__(self, config):
        from nbgrader.api import Gradebook
        from nbgrader.coursedir import CourseDirectory

        self.coursedir = CourseDirectory(config=config)
        self.gb = Gradebook(self.coursedir.db_url, self.coursedir.course_id)

    @contextlib.contextmanager
    def transaction(self):
        """Commit what the block did, or roll it back if it failed."""
        try:
            yield self.gb
        except BaseException:
            self.gb.db.rollback()
            raise
        self.gb.db.commit()

    def close(self) -> None:
        self.gb.close()


def _save(course: Path, config, task: Task, row: BatchRow, writer: _Writer) -> None:
    """The single writer: nbgrader's SaveAutoGrades and friends, the autograded notebooks."""
    from nbgrader.preprocessors import AssignLatePenalties, SaveAutoGrades

    coursedir, gb = writer.coursedir, writer.gb
    submitted = course / "submitted" / task.student_id / task.assignment_id
    timestamp = coursedir.get_existing_timestamp(str(submitted))
    with writer.transaction():
        gb.update_or_create_student(task.student_id)
        if timestamp:
            gb.update_or_create_submission(task.assignment_id, task.student_id, timestamp=timestamp)
        else:
            gb.update_or_create_submission(task.assignment_id, task.student_id)
    target = course / "autograded" / task.student_id / task.assignment_id
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    source = course / "source" / task.assignment_id
    for path in sorted(source.rglob("*")):
        if path.is_file() and path.suffix != ".ipynb" and ".ipynb_checkpoints" not in path.parts:
            dest = target / path.relative_to(source)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, dest)
    if (submitted / "timestamp.txt").is_file():
        shutil.copyfile(submitted / "timestamp.txt", target / "timestamp.txt")
    for notebook_id, text in row.notebooks.items():
        if text is None:
            with writer.transaction():
                notebook = gb.find_submission_notebook(notebook_id, task.assignment_id, task.student_id)
                for grade in notebook.grades:
                    grade.auto_score = 0
                    grade.needs_manual_grade = False
            continue
        nb = nbformat.reads(text, as_version=4)
        resources = {
            "unique_key": notebook_id,
            "nbgrader": {
                "student": task.student_id,
                "assignment": task.assignment_id,
                "notebook": notebook_id,
                "db_url": coursedir.db_url,
            },
        }
        # nbgrader's autograde ends with CheckCellMetadata as well; the worker ran it on the same
        # nbgrader metadata (execution changes outputs only), so it is not repeated here
        nb, resources = _preprocess([SaveAutoGrades, AssignLatePenalties], nb, resources, config)
        nbformat.write(nb, target / f"{notebook_id}.ipynb")


def feedback_submission(task: Task) -> str:
    """
    Worker task: nbgrader's ``generate_feedback`` for one graded trainee.

    Returns
    -------
    str
        ``""`` on success, else nbgrader's last line of error.
    """
    config, _kernel_args = _config(task.course_dir)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _feedback(config, task)


_FEEDBACK: dict[str, object] = {}


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
                self.exporter = self.exporter_class(parent=self, config=self.config)
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


def _feedback(config, task: Task) -> str:
    from nbgrader.utils import capture_log, temp_attrs

    app = _FEEDBACK.get(task.course_dir)
    if app is None:
        app = _FEEDBACK[task.course_dir] = _feedback_app(config)
    with temp_attrs(app.coursedir, assignment_id=task.assignment_id, student_id=task.student_id):
        result = capture_log(app)
    if result["success"]:
        return ""
    text = result.get("error") or result.get("log") or ""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "nbgrader gave no reason"


def _journal_key(course: Path, task: Task) -> str:
    digest = hashlib.sha256()
    submitted = course / "submitted"
    digest.update(submission_digest(submitted / task.student_id / task.assignment_id, submitted).encode())
    for notebook_id in task.notebook_ids:
        release = course / "release" / task.assignment_id / f"{notebook_id}.ipynb"
        digest.update(hashlib.sha256(release.read_bytes()).hexdigest().encode())
    limits = {name: float(value) for name, value in task.limits.as_dict().items()}
    digest.update(json.dumps(limits, sort_keys=True).encode())
    return digest.hexdigest()


def _append(journal_file, entry: dict) -> None:
    journal_file.write(json.dumps(entry, ensure_ascii=False) + "\n")
    journal_file.flush()
    os.fsync(journal_file.fileno())


def _snapshot(writer: _Writer, assignment_id: str, student: str) -> str:
    """A digest of the trainee's grades and comments in the gradebook (what feedback shows)."""
    from nbgrader.api import MissingEntry

    digest = hashlib.sha256()
    gb = writer.gb
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            submission = gb.find_submission(assignment_id, student)
        except MissingEntry:
            gb.db.rollback()
            return ""
        try:
            for notebook in sorted(submission.notebooks, key=lambda n: n.name):
                for grade in sorted(notebook.grades, key=lambda g: g.name):
                    digest.update(
                        f"{notebook.name}/{grade.name}={grade.auto_score}/{grade.manual_score}".encode()
                    )
                    digest.update(f"{grade.extra_credit}".encode())
                for comment in sorted(notebook.comments, key=lambda c: c.name):
                    digest.update(f"{comment.name}:{comment.auto_comment}/{comment.manual_comment}".encode())
        finally:
            gb.db.rollback()  # read only: end the transaction, forget the objects read
    return digest.hexdigest()


def read_journal(path: Path) -> dict[str, dict]:
    """The journal's last entry per trainee (a torn last line from a kill is ignored)."""
    entries: dict[str, dict] = {}
    if not path.is_file():
        return entries
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict) and "student_id" in entry:
            entries[entry["student_id"]] = entry
    return entries


def _default_executor(
    workers: int, limits: Limits, mode: str | None, course_dir: str, scratch_root: str
) -> cf.Executor:
    """
    Worker processes on this machine.

    Where the system can fork (Linux), workers are forked from this process after it has
    imported everything a worker needs, so no worker pays for those imports again (1.5 s of
    CPU each); elsewhere, or if this process runs other threads (forking those is unsafe),
    they are spawned. No gradebook transaction is open at that moment, and workers never
    touch this process's gradebook connection.
    """
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        import nbclient  # noqa: F401 -- imported before the fork, for the workers
        import nbconvert.exporters.html  # noqa: F401
        import nbgrader.converters  # noqa: F401
        import nbgrader.preprocessors  # noqa: F401

        import farshlab.course.execute  # noqa: F401

        context = multiprocessing.get_context("fork")
    else:
        context = multiprocessing.get_context("spawn")
    return cf.ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_warmup,
        initargs=(limits, mode, course_dir, scratch_root),
    )


def run_batch(
    course_dir: Path,
    assignment_id: str,
    students: list[str],
    notebook_ids: list[str],
    limits: Limits,
    workers: int | None = None,
    executor: cf.Executor | None = None,
    force: bool = False,
    mode: str | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> dict[str, dict]:
    """
    Grade ``students`` of one assignment and return their journal entries.

    Parameters
    ----------
    course_dir : pathlib.Path
        A built course whose ``submitted/`` holds the submissions.
    assignment_id : str
    students : list of str
    notebook_ids : list of str
        The assignment's released notebooks (names without ``.ipynb``).
    limits : Limits
    workers : int, optional
        Worker processes (default: the machine's cores). Ignored with ``executor``.
    executor : concurrent.futures.Executor, optional
        Where to run the tasks (e.g. a Dask client's ``get_executor()``).
    force : bool
        Regrade trainees already in the journal.
    mode : str, optional
        Sandbox mode (default: the best this machine has).
    progress : callable, optional
        Called ``progress(done, total, student_id)`` after each trainee.

    Returns
    -------
    dict
        ``{student_id: journal entry}`` with ``flags``, ``seconds``, ``problem``,
        ``feedback_error``, ``sandbox``.
    """
    from farshlab.course.nbgrader_setup import load_course_config, prepare_environment

    if workers is not None and (isinstance(workers, bool) or not isinstance(workers, int) or workers < 1):
        raise ValueError(f"workers must be a positive whole number, got {workers!r}")
    course = Path(course_dir).resolve()
    prepare_environment()
    config = load_course_config(course)
    journal_path = course / "reports" / assignment_id / "journal.jsonl"
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    journal = read_journal(journal_path)
    writer = _Writer(config)
    try:
        return _run(
            course, assignment_id, students, notebook_ids, limits, workers, executor, force, mode,
            progress, config, journal, journal_path, writer,
        )  # fmt: skip
    finally:
        writer.close()


def _scratch_root() -> str:
    """A private folder for this batch's scratch folders; those of killed batches are removed."""
    base = Path(tempfile.gettempdir())
    for old in base.glob("farshlab-grading-*-*"):
        pid = old.name.split("-")[2]
        try:
            mine = old.lstat().st_uid == os.geteuid() and old.is_dir() and not old.is_symlink()
        except OSError:
            continue
        if mine and pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(old, ignore_errors=True)
    root = tempfile.mkdtemp(prefix=f"farshlab-grading-{os.getpid()}-")
    os.chmod(root, 0o755)
    return root


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _run(
    course, assignment_id, students, notebook_ids, limits, workers, executor, force, mode,
    progress, config, journal, journal_path, writer,
) -> dict[str, dict]:  # fmt: skip
    # every worker's scratch folders live under one folder of this batch, removed at the end
    scratch_root = _scratch_root()
    tasks = {
        s: Task(str(course), assignment_id, s, list(notebook_ids), limits, mode, scratch_root)
        for s in students
    }
    keys = {s: _journal_key(course, t) for s, t in tasks.items()}
    done = {
        s: journal[s] for s in students if not force and s in journal and journal[s].get("key") == keys[s]
    }
    todo = [s for s in students if s not in done]
    total = len(students)
    with journal_path.open("a", encoding="utf-8") as journal_file:
        for count, student in enumerate(sorted(done), start=1):
            # unchanged submission: not run again, but feedback follows the gradebook (manual
            # grades and comments given in Formgrader since)
            snapshot = _snapshot(writer, assignment_id, student)
            if snapshot != done[student].get("snapshot"):
                entry = dict(
                    done[student], feedback_error=_feedback(config, tasks[student]), snapshot=snapshot
                )
                _append(journal_file, entry)
                done[student] = entry
            if progress:
                progress(count, total, student)
    if not todo:
        shutil.rmtree(scratch_root, ignore_errors=True)
        return {s: done[s] for s in students}
    own = executor is None
    if own:
        workers = workers or os.cpu_count() or 1
        executor = _default_executor(min(workers, len(todo)), limits, mode, str(course), scratch_root)
    results = dict(done)
    in_flight = 2 * (workers or os.cpu_count() or 1)
    queue = list(todo)
    grading: dict[cf.Future, str] = {}
    feedback: dict[cf.Future, tuple[str, BatchRow]] = {}
    try:
        with journal_path.open("a", encoding="utf-8") as journal_file:
            while queue or grading or feedback:
                # keep a few submissions queued per worker; feedback of graded ones goes in between
                while queue and len(grading) < in_flight:
                    student = queue.pop(0)
                    grading[executor.submit(grade_submission, tasks[student])] = student
                finished, _ = cf.wait([*grading, *feedback], return_when=cf.FIRST_COMPLETED)
                for future in finished:
                    if future in grading:
                        student = grading.pop(future)
                        try:
                            row = future.result()
                        except Exception as error:  # noqa: BLE001 -- a lost worker never stops the batch
                            row = BatchRow(
                                student, {n: None for n in notebook_ids}, problem=f"worker failed: {error}"
                            )
                        with warnings.catch_warnings():
                            # nbgrader's gradebook warns (SAWarning) about its own session on regrades
                            warnings.simplefilter("ignore")
                            _save(course, config, tasks[student], row, writer)  # the one writer
                        feedback[executor.submit(feedback_submission, tasks[student])] = (student, row)
                        continue
                    student, row = feedback.pop(future)
                    try:
                        feedback_error = future.result()
                    except Exception as error:  # noqa: BLE001
                        feedback_error = f"worker failed: {error}"
                    entry = {
                        "student_id": student,
                        "key": keys[student],
                        "flags": row.flags,
                        "seconds": round(row.seconds, 3),
                        "problem": row.problem,
                        "feedback_error": feedback_error,
                        "sandbox": row.sandbox,
                        "snapshot": _snapshot(writer, assignment_id, student),
                    }
                    _append(journal_file, entry)
                    results[student] = entry
                    if progress:
                        progress(len(results), total, student)
    finally:
        if own:
            executor.shutdown(wait=True, cancel_futures=True)
        shutil.rmtree(scratch_root, ignore_errors=True)
    return {s: results[s] for s in students}
