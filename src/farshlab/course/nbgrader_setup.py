"""
The course folder's ``nbgrader_config.py``: written from the project's template, loaded for
nbgrader's Python API.

nbgrader reads ``nbgrader_config.py`` from the current directory only (``--config`` is
ignored with a warning), so farshlab writes one file into every course folder and loads that
same file when it calls nbgrader in-process: the command line, JupyterLab's Formgrader and
``farshlab grade`` then share one configuration. A course in another language than English
gets its feedback page in that language (nbgrader's ``GenerateFeedback.exporter_class``, which
Formgrader's feedback button and ``nbgrader generate_feedback`` honour as ``farshlab grade`` does).

Functions
---------
write_course_config
    Copy ``autograder/nbgrader_config.py`` into a course folder, pinned to that folder.
load_course_config
    The course folder's configuration as a traitlets ``Config``.
prepare_environment
    Put this Python's tools on ``PATH`` before nbgrader runs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from traitlets.config import Config
from traitlets.config.loader import ConfigFileNotFound, PyFileConfigLoader

from farshlab.course.project import Project, ProjectError

__all__ = [
    "CONFIG_NAME", "FEEDBACK_PAGE", "TRAINEES_TIME_ZONE", "load_course_config", "prepare_environment",
    "write_course_config",
]  # fmt: skip

CONFIG_NAME = "nbgrader_config.py"
#: The feedback page of every course (nbgrader's exporter class): a summary by question, the language.
FEEDBACK_PAGE = "farshlab.course.feedback.FeedbackPage"
#: Where the trainees are: the time zone their feedback page shows times in.
TRAINEES_TIME_ZONE = "Asia/Tehran"


def write_course_config(project: Project, course_dir: Path, lang: str | None = None) -> Path:
    """
    Write ``course_dir/nbgrader_config.py`` from the project's template.

    Parameters
    ----------
    project : Project
        Where ``autograder/nbgrader_config.py`` is.
    course_dir : pathlib.Path
        The course folder; its absolute path becomes ``CourseDirectory.root``.
    lang : str, optional
        The course's language (none for English): the feedback pages
        (:class:`farshlab.course.feedback.FeedbackPage`) and their notices are written in it.

    Returns
    -------
    pathlib.Path
        The file written.

    Raises
    ------
    ProjectError
        If the template is missing.
    """
    template = project.nbgrader_config_template
    if not template.is_file():
        raise ProjectError(f"the nbgrader settings template {template} is missing")
    course_dir = Path(course_dir).resolve()
    course_dir.mkdir(parents=True, exist_ok=True)
    text = template.read_text(encoding="utf-8").rstrip("\n")
    text += (
        "\n\n# Added by `farshlab build`: this course folder.\n"
        f"c.CourseDirectory.root = {str(course_dir)!r}\n"
    )
    text += (
        "# The feedback page: nbgrader's, with a summary by question at the top, in the course's\n"
        "# words, digits and direction; times in the trainees' zone and calendar.\n"
        f"c.GenerateFeedback.exporter_class = {FEEDBACK_PAGE!r}\n"
        f"c.FeedbackPage.time_zone = {TRAINEES_TIME_ZONE!r}\n"
    )
    if lang:
        text += (
            "# The course's language: the feedback notices and the feedback page.\n"
            f"c.HideHiddenCheckErrors.lang = {lang!r}\n"
            f"c.FeedbackPage.lang = {lang!r}\n"
        )
    target = course_dir / CONFIG_NAME
    target.write_text(text, encoding="utf-8")
    return target


def load_course_config(course_dir: Path) -> Config:
    """
    Load ``course_dir/nbgrader_config.py`` as a traitlets configuration.

    Parameters
    ----------
    course_dir : pathlib.Path
        A folder made by ``farshlab build``.

    Returns
    -------
    traitlets.config.Config
        The configuration nbgrader's API and validator take as ``config=``.

    Raises
    ------
    ProjectError
        If the folder has no ``nbgrader_config.py`` (the course was never built there).
    """
    course_dir = Path(course_dir).resolve()
    try:
        config = PyFileConfigLoader(CONFIG_NAME, path=str(course_dir)).load_config()
    except ConfigFileNotFound as error:
        raise ProjectError(
            f"{course_dir} is not a built course (no {CONFIG_NAME}): run `farshlab build` first"
        ) from error
    config.CourseDirectory.root = str(course_dir)
    return Config(config)


def prepare_environment() -> None:
    """
    Make the process ready to run nbgrader in-process.

    nbgrader starts its database-migration tool ``alembic`` by name, so the folder of the
    running Python's scripts (``.venv/bin``) goes first on ``PATH`` even when the command was
    started without activating the environment.

    Examples
    --------
    >>> prepare_environment()
    >>> os.environ["PATH"].split(os.pathsep)[0] == os.path.dirname(sys.executable)
    True
    """
    scripts = os.path.dirname(sys.executable)
    path = os.environ.get("PATH", "")
    if path.split(os.pathsep)[0] != scripts:
        os.environ["PATH"] = os.pathsep.join([scripts, path]) if path else scripts
