"""
The grading engine: workers execute submissions in sandboxed kernels, one writer keeps the
gradebook, a journal makes a killed batch resumable, a scheduler ties them together.

Workers (a ``concurrent.futures`` executor: processes on this machine by default, or a Dask
cluster's executor) do everything that needs no write to the gradebook: read the submitted
notebook (never through a link), compare it with the released one (flags), apply nbgrader's
sanitising preprocessors, execute it in a fresh sandboxed kernel
(:mod:`farshlab.course.execute`) and apply nbgrader's post-execution preprocessors; later they
write the trainee's feedback with nbgrader's ``GenerateFeedback``. The main process alone writes
the gradebook: nbgrader's ``SaveAutoGrades`` and ``AssignLatePenalties``, and the autograded
notebook. Scores and feedback are therefore nbgrader's own.

Never lose anything: after a trainee's gradebook entry and feedback are written, one line goes
to ``reports/<assignment>/journal.jsonl`` (flushed and synced) with a key made of the submitted
files, the released notebooks and the limits. A batch started again skips trainees whose key is
in the journal, so a batch killed at any moment finishes with the same grades and no duplicate
(the gradebook is keyed by trainee and assignment); ``force=True`` regrades all.

Modules
-------
records
    The typed records that pass between the parts: ``Task``, ``BatchRow``, ``JournalEntry``.
steps
    The nbgrader preprocessors a submission goes through, and a course's ``c.Autograde``
    settings checked against them.
worker
    One trainee graded in a worker (no gradebook write), and its feedback.
gradebook
    The main process's one gradebook connection: saving a trainee's grades, reading them back.
kept
    nbgrader's own objects kept per process (gradebook connection, schemas, feedback exporter).
journal
    The resume journal: keys of what was graded, synced lines, reading it back.
scheduler
    ``run_batch``: the journal's skips, the executor, the queue, the one writer.
"""
