"""
The course folder as every farshlab command sees it: one place that knows where things are.

A :class:`CourseContext` is made once per command from the course folder
(:meth:`CourseContext.load`). It checks that the folder is a course made by ``farshlab build``,
loads the course's ``nbgrader_config.py`` once, and answers where the gradebook is and where
nbgrader's folders are. Importing the roster and the submissions, grading and feedback then
all open the same gradebook: the one the course's configuration names
(``c.CourseDirectory.db_url``), by default ``gradebook.db`` in the course folder, as for
nbgrader's own commands run there.

Classes
-------
CourseContext
    The course folder, its nbgrader configuration, its gradebook address and its folders.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from traitlets.config import Config

from farshlab.course.nbgrader_setup import CONFIG_NAME, load_course_config
from farshlab.course.project import ProjectError

__all__ = ["NBGRADER_FOLDERS", "CourseContext"]

#: nbgrader's folders of a course, which farshlab expects under their default names.
NBGRADER_FOLDERS = ("source", "release", "submitted", "autograded", "feedback")


@dataclass(frozen=True)
class CourseContext:
    """
    One course folder: its nbgrader configuration, loaded once, and where everything is.

    Make it with :meth:`CourseContext.load`, which checks the folder.

    Attributes
    ----------
    course_dir : pathlib.Path
        The course folder (absolute).
    config : traitlets.config.Config
        The course's ``nbgrader_config.py``, with ``CourseDirectory.root`` and
        ``CourseDirectory.db_url`` pinned to this folder and this gradebook: every nbgrader
        object made from it (API, preprocessors, feedback) uses the same ones.
    db_url : str
        The gradebook's database address (SQLAlchemy URL), e.g.
        ``sqlite:////home/course/gradebook.db``.

    Examples
    --------
    >>> CourseContext.load("/nonexistent/course")
    Traceback (most recent call last):
    ...
    farshlab.course.project.ProjectError: the course folder /nonexistent/course does not exist: run `farshlab build` first, or give the course folder with --course-dir
    """  # noqa: E501

    course_dir: Path
    config: Config = field(repr=False, compare=False)
    db_url: str

    @classmethod
    def load(cls, course_dir: Path | str | CourseContext) -> CourseContext:
        """
        Check a course folder and load what farshlab needs to know about it.

        Parameters
        ----------
        course_dir : pathlib.Path, str or CourseContext
            A folder made by ``farshlab build``; a context is returned as it is, so a function
            given one does not load the course again.

        Returns
        -------
        CourseContext

        Raises
        ------
        ProjectError
            If the folder does not exist or is a file; if it is not a farshlab course (no
            ``nbgrader_config.py``) or its settings cannot be read; if the settings rename
            nbgrader's folders; if ``db_url`` is not a database address or names an SQLite file
            by a relative path (which would be a different file for every folder a command is
            started from).

        Examples
        --------
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> CourseContext.load(folder)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        farshlab.course.project.ProjectError: ... is not a built course (no nbgrader_config.py): run `farshlab build` first
        >>> _ = (folder / "nbgrader_config.py").write_text("c = get_config()\\n")
        >>> context = CourseContext.load(folder)
        >>> context.db_url == f"sqlite:///{folder.resolve() / 'gradebook.db'}"
        True
        >>> context.submitted == folder.resolve() / "submitted"
        True
        >>> CourseContext.load(context) is context
        True
        """  # noqa: E501
        if isinstance(course_dir, CourseContext):
            return course_dir
        folder = Path(course_dir).expanduser().resolve()
        if not folder.exists():
            raise ProjectError(
                f"the course folder {folder} does not exist: run `farshlab build` first, "
                "or give the course folder with --course-dir"
            )
        if not folder.is_dir():
            raise ProjectError(f"{folder} is a file, not a course folder")
        settings = folder / CONFIG_NAME
        try:
            config = load_course_config(folder)
        except ProjectError:
            raise
        except Exception as error:  # noqa: BLE001 -- any mistake in the settings file is one message
            raise ProjectError(f"{settings} cannot be read: {type(error).__name__}: {error}") from error
        from nbgrader.coursedir import CourseDirectory

        coursedir = CourseDirectory(config=config)
        for name in NBGRADER_FOLDERS:
            given = getattr(coursedir, f"{name}_directory")
            if given != name:
                raise ProjectError(
                    f"{settings} renames nbgrader's {name!r} folder to {given!r}; farshlab keeps "
                    f"nbgrader's folder names: remove c.CourseDirectory.{name}_directory"
                )
        db_url = _checked_db_url(coursedir.db_url, settings)
        config.CourseDirectory.db_url = db_url
        return cls(folder, config, db_url)

    @property
    def course_id(self) -> str:
        """nbgrader's ``CourseDirectory.course_id`` of this course."""
        from nbgrader.coursedir import CourseDirectory

        return CourseDirectory(config=self.config).course_id

    @property
    def source(self) -> Path:
        """``source/``: the assignments with solutions and hidden tests."""
        return self.course_dir / "source"

    @property
    def release(self) -> Path:
        """``release/``: the assignments as trainees get them."""
        return self.course_dir / "release"

    @property
    def submitted(self) -> Path:
        """``submitted/<student>/<assignment>/``: the submissions, as imported."""
        return self.course_dir / "submitted"

    @property
    def autograded(self) -> Path:
        """``autograded/<student>/<assignment>/``: the executed notebooks."""
        return self.course_dir / "autograded"

    @property
    def feedback(self) -> Path:
        """``feedback/<student>/<assignment>/``: the HTML feedback for trainees."""
        return self.course_dir / "feedback"

    @property
    def reports(self) -> Path:
        """``reports/<assignment>/``: ``grades.csv``, ``report.html`` and the journal."""
        return self.course_dir / "reports"

    def gradebook(self):
        """
        Open the course's gradebook (nbgrader's ``Gradebook`` on :attr:`db_url`).

        Returns
        -------
        nbgrader.api.Gradebook
            Use it in a ``with`` block, which closes it.
        """
        from nbgrader.api import Gradebook

        return Gradebook(self.db_url, self.course_id)


def _checked_db_url(db_url: str, settings: Path) -> str:
    """The configured gradebook address, refused if it is not one or names a relative file."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(db_url)
    except ArgumentError as error:
        raise ProjectError(
            f"{settings}: c.CourseDirectory.db_url = {db_url!r} is not a database address "
            "(e.g. sqlite:////home/course/gradebook.db)"
        ) from error
    database = url.database or ""
    relative = database not in ("", ":memory:") and not os.path.isabs(database)
    if url.get_backend_name() == "sqlite" and relative:
        raise ProjectError(
            f"{settings}: c.CourseDirectory.db_url = {db_url!r} names the file {database!r} relative to "
            f"the folder a command starts in; give its whole path, e.g. "
            f"sqlite:///{settings.parent / database}"
        )
    return db_url
