"""
A training centre's classroom on JupyterHub: accounts, hub, exchange, backup and restore.

One machine runs the hub (JupyterHub from PyPI, configurable-http-proxy from npm) from a
system-wide environment every account can run; the instructor and every trainee on the roster
have a Unix account; the course lives in the instructor's home with Formgrader; nbgrader's
file-system exchange carries assignments out and submissions and feedback back. Grading stays
``farshlab grade`` (the sandboxed engine) on the exchange's ``inbound/``.

Modules
-------
settings
    :class:`Classroom`: where one classroom's things are, saved in its state folder.
accounts
    Unix accounts from the roster, generated passwords, clean removal.
environment
    The system-wide environment and the check that other accounts can run it.
exchange
    nbgrader's exchange folder and the settings every server reads.
submit
    nbgrader's submit, the submission closed to other trainees.
homes
    The instructor's course and every account's Jupyter settings.
hubconfig
    The hub's ``jupyterhub_config.py``.
hub
    Starting, stopping and asking the hub.
lifecycle
    ``up``, ``down`` and ``status``.
backup
    Backup (gradebook through SQLite's online backup, course folder, exchange) and restore.
"""

__all__: list[str] = []
