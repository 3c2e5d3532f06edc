"""
Where a weaver is in each chart: the row reached, remembered across restarts.

The Loom Reader (:mod:`farshlab.widgets.loom_reader`) writes the row a weaver is on, and the edge
the rows are read from, into one small JSON file per computer user. Each chart is known by a hash
of what it holds (:func:`chart_key`: its shape, codes and legend), not by its file's name or
place, so a chart that was moved, renamed, uploaded or saved again keeps its row; a chart whose
codes changed starts again at row 1, and :meth:`ReadingProgress.earlier_row` tells the row reached
in the chart that had its file name before, so that the weaver can be told why and where they were.

The file is ``$FARSHLAB_HOME/loom-reader.json`` when ``FARSHLAB_HOME`` is set, else
``$XDG_DATA_HOME/farshlab/loom-reader.json`` (``~/.local/share/farshlab/…``)::

    {"format": "farshlab-loom-reader", "version": 1,
     "charts": {"<sha256>": {"row": 12, "columns_from": "right", "file": "tableau.farshchart",
                              "rows": 500, "saved": "2026-12-02T21:59:03+00:00"}}}

Every change is written to a new file beside it and moved into place (``os.replace``), so a
crash mid-write never leaves half a file. A file that cannot be read is kept under another
name (``loom-reader.json.unreadable``) and a new one is started: the reader says so
(:attr:`ReadingProgress.problem`) instead of failing or silently overwriting it. A store that
cannot be read at all (a folder, no permission) is left alone and said so too; writing to it
then raises ``OSError``, which the Loom Reader shows without stopping.

Classes
-------
ReadingProgress
    The store: :meth:`~ReadingProgress.place`, :meth:`~ReadingProgress.remember` and
    :meth:`~ReadingProgress.earlier_row`.

Functions
---------
chart_key
    A chart's content hash.
default_progress_path
    Where the store lives.

Examples
--------
>>> import tempfile, pathlib
>>> store = ReadingProgress(pathlib.Path(tempfile.mkdtemp()) / "loom-reader.json")
>>> store.remember("abc", row=12, columns_from="right", file="tableau.farshchart", rows=500)
>>> ReadingProgress(store.path).place("abc")  # a new store on the same file: after a restart
(12, 'right')
>>> store.place("never-seen") is None
True
>>> store.earlier_row("changed-codes", file="tableau.farshchart")  # the same name, other knots
12
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import tempfile
from pathlib import Path

import numpy as np

from farshlab.checks import words

__all__ = ["FORMAT", "ReadingProgress", "chart_key", "default_progress_path"]

FORMAT = "farshlab-loom-reader"
VERSION = 1
FILE_NAME = "loom-reader.json"


def default_progress_path() -> Path:
    """
    Return the store's path: under ``$FARSHLAB_HOME``, else ``$XDG_DATA_HOME/farshlab``, else
    ``~/.local/share/farshlab``.

    Examples
    --------
    >>> default_progress_path().name
    'loom-reader.json'
    """
    home = os.environ.get("FARSHLAB_HOME")
    if home:
        return Path(home) / FILE_NAME
    data = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data) / "farshlab" / FILE_NAME


def chart_key(chart) -> str:
    """
    Return a chart's content hash (SHA-256, hex): the same for the same codes and legend.

    Parameters
    ----------
    chart : farshlab.chart.Chart
        The chart.

    Examples
    --------
    >>> from farshlab.chart import Chart
    >>> from farshlab.colour import Yarn, YarnLegend
    >>> legend = YarnLegend([Yarn(1, "Cream", "#efe3c8"), Yarn(7, "Madder red", "#a8323a")])
    >>> one = Chart([[1, 7, 7]], legend, 1, 1, 50)
    >>> chart_key(one) == chart_key(Chart([[1, 7, 7]], legend, 2, 2, 25, title="again"))
    True
    >>> chart_key(one) == chart_key(Chart([[7, 7, 1]], legend, 1, 1, 50))
    False
    """
    digest = hashlib.sha256()
    codes = np.ascontiguousarray(chart.codes, dtype="<i8")
    digest.update(json.dumps(list(codes.shape)).encode("ascii"))
    digest.update(codes.tobytes())
    digest.update(chart.legend.to_csv_text().encode("utf-8"))
    return digest.hexdigest()


class ReadingProgress:
    """
    The row reached in each chart, kept in a JSON file (see the module's format).

    Parameters
    ----------
    path : path-like, optional
        The store's file (default :func:`default_progress_path`); made with its folder when a row
        is first remembered.

    Attributes
    ----------
    path : pathlib.Path
        The file.
    problem : str or None
        Why the file could not be read and was set aside, or ``None``.
    """

    def __init__(self, path=None) -> None:
        self.path = Path(path) if path is not None else default_progress_path()
        self.problem: str | None = None
        self._charts = self._read()

    def _read(self) -> dict:
        try:
            text = self.path.read_text(encoding="utf-8")
        except (FileNotFoundError, NotADirectoryError):
            return {}
        except UnicodeDecodeError as error:
            return self._set_aside(error)
        except OSError as error:  # a folder, or not ours to read: left as it is
            self.problem = words("reader.error.store_unreadable", path=self.path, detail=error)
            return {}
        try:
            saved = json.loads(text)
        except json.JSONDecodeError as error:
            return self._set_aside(error)
        if not (
            isinstance(saved, dict)
            and saved.get("format") == FORMAT
            and saved.get("version") == VERSION
            and isinstance(saved.get("charts"), dict)
        ):
            return self._set_aside(f"not a {FORMAT} file of version {VERSION}")
        return saved["charts"]

    def _set_aside(self, detail) -> dict:
        kept = self.path.with_name(self.path.name + ".unreadable")
        try:
            os.replace(self.path, kept)
        except OSError as error:
            self.problem = words("reader.error.store_unreadable", path=self.path, detail=f"{detail}; {error}")
            return {}
        self.problem = words("reader.error.store", path=self.path, detail=detail, kept=kept.name)
        return {}

    def place(self, key: str) -> tuple[int, str] | None:
        """Return the row and reading edge remembered for the chart ``key``, or ``None``."""
        entry = self._charts.get(key)
        if not isinstance(entry, dict):
            return None
        row, side = entry.get("row"), entry.get("columns_from")
        if isinstance(row, bool) or not isinstance(row, int) or row < 1 or side not in ("right", "left"):
            return None
        return row, side

    def earlier_row(self, key: str, file: str) -> int | None:
        """
        Return the row last reached in another chart saved under the file name ``file``, or ``None``.

        When a chart file is made again with other knots (a cleaned or re-coloured chart under the
        same name) its key is new, so it starts at row 1; this is the row the weaver had reached
        in the one before, to tell them.

        Parameters
        ----------
        key : str
            The chart's own :func:`chart_key` (never counted as another chart).
        file : str
            The chart file's name, as given to :meth:`remember`.
        """
        if not file:
            return None
        found = [
            (str(entry.get("saved", "")), entry["row"])
            for other, entry in self._charts.items()
            if other != key and self.place(other) is not None and entry.get("file") == file
        ]
        return max(found)[1] if found else None

    def remember(self, key: str, row: int, columns_from: str, file: str = "", rows: int = 0) -> None:
        """
        Remember that the chart ``key`` is at ``row``, read from ``columns_from``; write the file.

        Raises ``OSError`` when the file cannot be written (the place is still kept in memory).

        Parameters
        ----------
        key : str
            The chart's :func:`chart_key`.
        row : int
            The weaver's row, 1 = the bottom row.
        columns_from : {"right", "left"}
            The edge the rows are read from.
        file : str
            The chart file's name, for a person reading the store.
        rows : int
            The chart's rows, likewise.
        """
        if self.place(key) == (row, columns_from):
            return
        self._charts[key] = {
            "row": int(row),
            "columns_from": columns_from,
            "file": file,
            "rows": int(rows),
            "saved": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        }
        self._write()

    def _write(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(
            {"format": FORMAT, "version": VERSION, "charts": self._charts}, ensure_ascii=False, indent=1
        )
        handle, temporary = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(text)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
