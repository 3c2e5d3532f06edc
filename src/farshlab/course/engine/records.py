"""
The records that pass between the grading engine's parts: plain, typed and picklable.

Classes
-------
Task
    Everything a worker needs to grade one trainee.
BatchRow
    What a worker found for one trainee, before it reaches the gradebook.
JournalEntry
    One line of the resume journal: what the batch kept of one graded trainee.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from farshlab.course.sandbox import Limits
from farshlab.course.tamper import Flag

__all__ = ["BatchRow", "JournalEntry", "Task"]


@dataclass(frozen=True)
class Task:
    """
    Everything a worker needs to grade one trainee (plain data, picklable).

    Attributes
    ----------
    course_dir : str
        The built course folder (absolute).
    assignment_id, student_id : str
    notebook_ids : tuple of str
        The assignment's released notebooks, names without ``.ipynb``.
    limits : Limits
    mode : str or None
        Sandbox mode (None: the best this machine has).
    scratch_root : str or None
        The batch's folder of scratch folders.

    Examples
    --------
    >>> Task("/c", "a00", "t01", ("a00",), Limits()).notebook_ids
    ('a00',)
    """

    course_dir: str
    assignment_id: str
    student_id: str
    notebook_ids: tuple[str, ...]
    limits: Limits
    mode: str | None = None
    scratch_root: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "notebook_ids", tuple(self.notebook_ids))


@dataclass
class BatchRow:
    """
    One trainee's result from a worker, before it reaches the gradebook.

    Attributes
    ----------
    student_id : str
    notebooks : dict
        ``{notebook id: executed notebook (nbformat JSON) or None}``: None when it could not be
        graded (missing, refused, corrupt).
    flags : list of Flag
    seconds : float
        Time the worker spent on this trainee (s).
    problem : str
        Why nothing could be graded, or ``""``.
    sandbox : str
        The sandbox mode the kernels ran in.
    """

    student_id: str
    notebooks: dict[str, str | None] = field(default_factory=dict)
    flags: list[Flag] = field(default_factory=list)
    seconds: float = 0.0
    problem: str = ""
    sandbox: str = ""


@dataclass(frozen=True)
class JournalEntry:
    """
    One line of the resume journal: what the batch kept of one graded trainee.

    Attributes
    ----------
    student_id : str
    key : str
        Digest of the submitted files, the released notebooks and the limits.
    flags : tuple of Flag
    seconds : float
    problem, feedback_error : str
        Why nothing could be graded; why the feedback page could not be written.
    sandbox : str
    snapshot : str
        Digest of the trainee's grades and comments in the gradebook when feedback was written.

    Examples
    --------
    >>> entry = JournalEntry("t01", "k", (Flag("late", "2 h"),), 1.5)
    >>> JournalEntry.from_json(entry.to_json()) == entry
    True
    >>> entry.to_json()["flags"]
    [{'code': 'late', 'detail': '2 h'}]
    """

    student_id: str
    key: str = ""
    flags: tuple[Flag, ...] = ()
    seconds: float = 0.0
    problem: str = ""
    feedback_error: str = ""
    sandbox: str = ""
    snapshot: str = ""

    def to_json(self) -> dict:
        """The entry as the journal stores it (flags as ``{"code", "detail"}`` objects)."""
        return {
            "student_id": self.student_id,
            "key": self.key,
            "flags": [{"code": f.code, "detail": f.detail} for f in self.flags],
            "seconds": round(float(self.seconds), 3),
            "problem": self.problem,
            "feedback_error": self.feedback_error,
            "sandbox": self.sandbox,
            "snapshot": self.snapshot,
        }

    @classmethod
    def from_json(cls, data: dict) -> JournalEntry:
        """Read an entry written by :meth:`to_json` (unknown flag codes are kept as details)."""
        flags = []
        for item in data.get("flags") or []:
            if isinstance(item, dict):
                try:
                    flags.append(Flag(str(item.get("code")), str(item.get("detail", ""))))
                except ValueError:
                    continue  # a code this farshlab no longer has
        return cls(
            student_id=str(data["student_id"]),
            key=str(data.get("key", "")),
            flags=tuple(flags),
            seconds=float(data.get("seconds", 0.0) or 0.0),
            problem=str(data.get("problem", "") or ""),
            feedback_error=str(data.get("feedback_error", "") or ""),
            sandbox=str(data.get("sandbox", "") or ""),
            snapshot=str(data.get("snapshot", "") or ""),
        )
