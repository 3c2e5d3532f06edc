"""
What each account's home holds for the classroom: the instructor's course, and the Jupyter
settings of every account.

* The **instructor**: the course folder ``~/course`` (built by ``farshlab build`` in the course's
  language, the roster imported into its gradebook, its cohort report ``reports/cohort.html``
  written, so that the hub's link to it works before the first grading) and
  ``~/.jupyter/nbgrader_config.py`` naming it, so Formgrader (opened in its own tab,
  ``/user/<instructor>/formgrader``) and nbgrader's commands work on it.
* Every **trainee**: nbgrader's Formgrader and Create Assignment panels switched off (their
  ``labconfig/page_config.json`` and server setting), JupyterLab's right-to-left style sheet
  for a Persian course, and the kernels' start-up file (figures in the course's language).

Every file is owned by its account; the homes stay closed to others (0700).

Functions
---------
give_to
    Hand a folder (recursively) to an account.
point_course_at
    Point a copied course's settings at its new folder.
prepare_instructor_home
    The course and the instructor's nbgrader settings.
prepare_trainee_home
    The trainee's Jupyter settings.
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
from pathlib import Path

__all__ = [
    "TRAINEE_HIDDEN_EXTENSIONS",
    "give_to",
    "point_course_at",
    "prepare_instructor_home",
    "prepare_trainee_home",
]

#: nbgrader's instructor panels, which trainees do not see.
TRAINEE_HIDDEN_EXTENSIONS = ("@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:create-assignment")
TRAINEE_SERVER_SETTINGS = {
    "ServerApp": {"jpserver_extensions": {"nbgrader.server_extensions.formgrader": False}}
}
#: JupyterLab's settings for every account: no news toast over the page.
LAB_SETTINGS = {"@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false"}}


def give_to(path: Path, account: str) -> None:
    """Make ``account`` the owner of ``path`` and of everything under it (no link followed)."""
    entry = pwd.getpwnam(account)
    os.chown(path, entry.pw_uid, entry.pw_gid, follow_symlinks=False)
    if Path(path).is_dir() and not Path(path).is_symlink():
        for folder, names, files in os.walk(path):
            for name in names + files:
                os.chown(os.path.join(folder, name), entry.pw_uid, entry.pw_gid, follow_symlinks=False)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _lab_files(home: Path, lang: str) -> None:
    from farshlab.course.workspace import write_kernel_startup
    from farshlab.locale import RIGHT_TO_LEFT
    from farshlab.locale.style import write_lab_css

    for name, value in LAB_SETTINGS.items():
        _write(home / ".jupyter" / "lab" / "user-settings" / name, json.dumps(value))
    if lang in RIGHT_TO_LEFT:
        write_lab_css(home / ".jupyter")
    write_kernel_startup(home / ".ipython")


def prepare_trainee_home(account: str, lang: str) -> Path:
    """
    Write a trainee's Jupyter settings into their home; return the home.

    Parameters
    ----------
    account : str
        The trainee's Unix account.
    lang : str
        The course's language.
    """
    home = Path(pwd.getpwnam(account).pw_dir)
    jupyter = home / ".jupyter"
    page = {"disabledExtensions": dict.fromkeys(TRAINEE_HIDDEN_EXTENSIONS, True)}
    _write(jupyter / "labconfig" / "page_config.json", json.dumps(page, indent=2))
    _write(jupyter / "jupyter_server_config.json", json.dumps(TRAINEE_SERVER_SETTINGS, indent=2))
    _lab_files(home, lang)
    for name in (".jupyter", ".ipython"):
        give_to(home / name, account)
    return home


def point_course_at(course_dir: Path) -> None:
    """
    Make a course folder's ``nbgrader_config.py`` name ``course_dir`` as its root (after a copy).

    Examples
    --------
    >>> import tempfile
    >>> course = Path(tempfile.mkdtemp())
    >>> settings = course / "nbgrader_config.py"
    >>> _ = settings.write_text("c = get_config()\\nc.CourseDirectory.root = '/old'\\n")
    >>> point_course_at(course)
    >>> settings.read_text().splitlines()[-1] == f"c.CourseDirectory.root = {str(course)!r}"
    True
    """
    from farshlab.course.nbgrader_setup import CONFIG_NAME

    path = Path(course_dir) / CONFIG_NAME
    lines = path.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if not line.startswith("c.CourseDirectory.root")]
    kept.append(f"c.CourseDirectory.root = {str(course_dir)!r}")
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")


def prepare_instructor_home(
    account: str, course_dir: Path, lang: str, project: Path, roster: Path, course_from: Path | None = None
) -> bool:
    """
    Build the course in the instructor's home if it is not there yet; write their settings and
    the cohort report (in ``lang``: everyone's results so far, about a second for a class).

    Parameters
    ----------
    account : str
        The instructor's Unix account.
    course_dir : pathlib.Path
        The course folder in that home.
    lang : str
        The course's language.
    project : pathlib.Path
        The farshlab checkout to build from.
    roster : pathlib.Path
        The roster CSV, imported into the course's gradebook.
    course_from : pathlib.Path, optional
        A course folder ``farshlab build`` made (in the same language), copied instead of
        building again.

    Returns
    -------
    bool
        True if the course was built now, False if it was already there (kept as it is).
    """
    from farshlab.classroom.exchange import instructor_settings_text
    from farshlab.course.build import build_course
    from farshlab.course.cohort import cohort_report, write_cohort_report
    from farshlab.course.collect import import_roster
    from farshlab.course.project import find_project

    home = Path(pwd.getpwnam(account).pw_dir)
    built = not (course_dir / "nbgrader_config.py").is_file()
    if built and course_from is not None:
        shutil.copytree(course_from, course_dir, symlinks=True)
        point_course_at(course_dir)
    elif built:
        build_course(find_project(project), course_dir, lang=lang)
    import_roster(course_dir, roster)
    write_cohort_report(cohort_report(course_dir), lang)
    _write(home / ".jupyter" / "nbgrader_config.py", instructor_settings_text(course_dir))
    _lab_files(home, lang)
    for name in (".jupyter", ".ipython", course_dir.name):
        give_to(home / name, account)
    os.chmod(course_dir, 0o700)
    return built
