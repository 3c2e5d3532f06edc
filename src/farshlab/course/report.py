"""
The grader's reports: ``report.html`` with plots, the JSON summary, the progress line.

``report.html`` (one self-contained page, plots embedded as PNG) shows the score histogram,
the share of trainees who passed each autograded question, the time each submission took and
the table of flags for human review. Plots are drawn on ``matplotlib.figure.Figure`` directly
(no pyplot).

Functions
---------
write_html_report
    ``reports/<assignment>/report.html``.
prepare_plotting
    Import matplotlib ahead of :func:`write_html_report` (while a batch starts).
summary
    The JSON summary of a graded batch (``farshlab grade --json FILE``).
progress_line
    One line of progress with an estimate of the time left.
"""

from __future__ import annotations

import base64
import html
import io
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["prepare_plotting", "progress_line", "summary", "write_html_report"]


def prepare_plotting() -> None:
    """
    Import what :func:`write_html_report` draws with (matplotlib's figure and its PNG backend).

    ``farshlab grade`` calls it while the workers start their first kernels, so that the
    import (about 0.6 s) is not paid before the first submission nor after the last one.

    Examples
    --------
    >>> prepare_plotting()
    >>> import sys
    >>> "matplotlib.backends.backend_agg" in sys.modules
    True
    """
    import matplotlib.backends.backend_agg  # noqa: F401 -- what savefig(format="png") uses
    import matplotlib.figure  # noqa: F401


def progress_line(done: int, total: int, elapsed_s: float, width: int = 24) -> str:
    """
    A progress bar with the time left, estimated from the mean time per trainee so far.

    Parameters
    ----------
    done, total : int
        Trainees graded so far; in all.
    elapsed_s : float
        Seconds since the batch started.
    width : int
        Characters of the bar.

    Examples
    --------
    >>> progress_line(3, 12, 6.0)
    '[######------------------]   3/12  6 s elapsed, about 18 s left'
    >>> progress_line(0, 0, 0.0)
    Traceback (most recent call last):
    ...
    ValueError: total must be a positive number of trainees, got 0
    """
    if isinstance(total, bool) or not isinstance(total, int) or total < 1:
        raise ValueError(f"total must be a positive number of trainees, got {total!r}")
    if isinstance(done, bool) or not isinstance(done, int) or not 0 <= done <= total:
        raise ValueError(f"done must be a whole number from 0 to {total}, got {done!r}")
    if not elapsed_s >= 0 or elapsed_s == float("inf"):
        raise ValueError(f"elapsed_s must be a non-negative number of seconds, got {elapsed_s!r}")
    filled = round(width * done / total)
    left = elapsed_s / done * (total - done) if done else float("nan")
    eta = f"about {left:.0f} s left" if done else "estimating"
    digits = len(str(total))
    bar = "#" * filled + "-" * (width - filled)
    return f"[{bar}] {done:>{digits + 1}}/{total}  {elapsed_s:.0f} s elapsed, {eta}"


def _png(figure: Figure) -> str:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=90, bbox_inches="tight")
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _questions(rows) -> dict[str, float]:
    """Share of trainees (0–1) with full points on each autograded test cell."""
    ids = sorted({c for r in rows for c in r.cells if c.endswith("-tests")})
    graded = [r for r in rows if r.cells]
    if not graded:
        return {}
    return {c: sum(1 for r in graded if r.cells.get(c, 0) > 0) / len(graded) for c in ids}


def write_html_report(path: Path, assignment_id: str, rows, sandbox: str) -> Path:
    """
    Write ``report.html``: score histogram, success per question, time per submission, flags.

    Parameters
    ----------
    path : pathlib.Path
        Where to write.
    assignment_id : str
    rows : list of GradeRow
    sandbox : str
        The sandbox mode the batch ran in (shown at the top).

    Returns
    -------
    pathlib.Path
    """
    from matplotlib.figure import Figure

    figures = []
    figure = Figure(figsize=(6, 3))
    axes = figure.add_subplot()
    scores = [r.auto_score for r in rows]
    top = max([r.auto_max for r in rows] + [1])
    axes.hist(scores, bins=min(20, int(top) + 1), range=(0, top), color="#8c2d19")
    axes.set_xlabel("autograded points")
    axes.set_ylabel("trainees")
    axes.set_title("Scores")
    figures.append(("Score histogram", _png(figure)))
    share = _questions(rows)
    if share:
        figure = Figure(figsize=(6, 0.3 * len(share) + 1.2))
        axes = figure.add_subplot()
        names = list(share)
        axes.barh(names, [100 * share[n] for n in names], color="#1f5f8b")
        axes.invert_yaxis()
        axes.set_xlim(0, 100)
        axes.set_xlabel("% of trainees with the points")
        axes.set_title("Success per question")
        figures.append(("Per-question success rate", _png(figure)))
    figure = Figure(figsize=(6, 3))
    axes = figure.add_subplot()
    axes.bar(range(len(rows)), [r.seconds for r in rows], color="#5a7d2a")
    axes.set_xticks(range(len(rows)), [r.student_id for r in rows], rotation=90, fontsize=6)
    axes.set_ylabel("seconds")
    axes.set_title("Time per submission")
    figures.append(("Time per submission", _png(figure)))
    flagged = [r for r in rows if r.flags]
    table = "".join(
        f"<tr><td>{html.escape(r.student_id)}</td><td>{r.score:g}/{r.max_score:g}</td>"
        f"<td>{html.escape('; '.join(r.flag_details))}</td></tr>"
        for r in flagged
    )
    images = "".join(
        f'<h2>{html.escape(title)}</h2><img alt="{html.escape(title)}" src="data:image/png;base64,{data}">'
        for title, data in figures
    )
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{html.escape(assignment_id)}: grading report</title>"
        "<style>body{font-family:sans-serif;max-width:60em;margin:auto}td,th{border:1px solid #ccc;"
        "padding:2px 6px;vertical-align:top}table{border-collapse:collapse}</style></head><body>"
        f"<h1>{html.escape(assignment_id)}</h1><p>{len(rows)} trainee(s); sandbox: {html.escape(sandbox)}</p>"
        f"{images}<h2>Flags for human review</h2>"
        + (
            f"<table><tr><th>trainee</th><th>score</th><th>flags</th></tr>{table}</table>"
            if flagged
            else "<p>No flag.</p>"
        )
        + "</body></html>"
    )
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return path


def summary(assignment_id: str, rows, sandbox: str, limits: dict, seconds: float, csv_path: Path) -> dict:
    """
    The JSON summary of one batch, for scripts.

    Examples
    --------
    >>> summary("a00", [], "none", {"budget_s": 10}, 1.234, Path("g.csv"))["seconds"]
    1.23
    """
    return {
        "assignment": assignment_id,
        "sandbox": sandbox,
        "limits": limits,
        "seconds": round(seconds, 2),
        "csv": str(csv_path),
        "flagged": sorted(r.student_id for r in rows if r.flags),
        "rows": [
            {
                "student_id": r.student_id,
                "score": r.score,
                "max_score": r.max_score,
                "auto_score": r.auto_score,
                "auto_max": r.auto_max,
                "needs_manual_grade": r.needs_manual_grade,
                "status": r.status,
                "flags": sorted(set(r.flag_codes)),
                "flag_details": r.flag_details,
                "cells": r.cells,
                "seconds": r.seconds,
            }
            for r in rows
        ],
    }
