"""
Yarn legends: a workshop's numbered dyed yarns (code, name, colour), read from and written to CSV.

A coded chart writes a colour **code** in every knot; the legend tells the weaver which dyed yarn
each code means. Here a legend is a :class:`YarnLegend` of :class:`Yarn` records, checked when it is
made: at least one yarn, every code a whole number 0 or more and used once, every name filled
in, every colour a ``#rrggbb`` hex colour (its sRGB screen colour).

CSV format (UTF-8)::

    # optional comment lines before the header, kept on saving
    code,name,colour,notes,recipe_id
    1,Snow white,#f7f6f4,whites and creams; fa: سفید,
    2,Madder red,#a8323a,,R-017

``code``, ``name`` and ``colour`` are required; ``notes`` and ``recipe_id`` (the workshop's dye
recipe number) may be left empty or left out. Reading then writing a legend gives the same file
(colours are written in lower case). Errors name the file's line and the row.

The package ships one **example** legend of 103 yarns, :func:`load_example_legend`, made for this
course: its names and colours are plausible tableau yarns (many skin, sky and foliage tones), not
a real workshop's or supplier's range.

Classes
-------
Yarn
    One dyed yarn of a legend.
YarnLegend
    The legend: validated list of yarns, CSV in and out, colours as sRGB and Lab, nearest yarns.

Functions
---------
load_example_legend
    The course's example legend (``farshlab/colour/data/example_legend.csv``).

Examples
--------
>>> legend = load_example_legend()
>>> len(legend), legend[0].name, legend.by_code(20).colour
(103, 'Snow white', '#59342b')
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from farshlab.checks import words
from farshlab.colour.convert import hex_to_srgb, srgb_to_lab
from farshlab.colour.nearest import nearest_yarn
from farshlab.locale import DEFAULT_LANGUAGE, current_language

__all__ = ["COLUMNS", "Yarn", "YarnLegend", "load_example_legend"]

COLUMNS = ("code", "name", "colour", "notes", "recipe_id")
"""The CSV columns, in the order they are written; the first three are required."""

_REQUIRED = COLUMNS[:3]


def _check_yarn(code, name, colour, notes, recipe_id) -> tuple[int, str, str, str, str]:
    """Return the fields checked and normalised; raise ValueError saying what is wrong."""
    if isinstance(code, bool) or not isinstance(code, int | np.integer) or code < 0:
        raise ValueError(words("colour.error.code", value=repr(code)))
    if not isinstance(name, str) or not name.strip():
        raise ValueError(words("colour.error.name", value=repr(name)))
    if not isinstance(colour, str):
        raise ValueError(words("colour.error.colour", value=repr(colour)))
    try:
        hex_to_srgb(colour)
    except ValueError:
        raise ValueError(words("colour.error.colour", value=repr(colour))) from None
    for label, text in (("notes", notes), ("recipe_id", recipe_id)):
        if not isinstance(text, str):
            raise ValueError(words("colour.error.text", label=label, value=repr(text)))
    return int(code), name, "#" + colour.removeprefix("#").lower(), notes, recipe_id


@dataclass(frozen=True)
class Yarn:
    """
    One dyed yarn of a legend.

    Parameters
    ----------
    code : int
        The number written in the chart's cells for this yarn (0 or more).
    name : str
        The yarn's name in the workshop.
    colour : str
        Its sRGB screen colour as ``"#rrggbb"`` (stored in lower case).
    notes : str, optional
        Anything the workshop wants to keep (colour family, supplier, lot …), and the name in
        another language as ``"fa: لاکی"`` (:meth:`local_name`).
    recipe_id : str, optional
        The workshop's dye recipe number for this yarn.

    Examples
    --------
    >>> Yarn(7, "Madder red", "#A8323A").colour
    '#a8323a'
    >>> Yarn(-1, "Madder red", "#a8323a")
    Traceback (most recent call last):
    ...
    ValueError: code must be a whole number 0 or more, got -1
    """

    code: int
    name: str
    colour: str
    notes: str = ""
    recipe_id: str = ""

    def __post_init__(self) -> None:
        checked = _check_yarn(self.code, self.name, self.colour, self.notes, self.recipe_id)
        for field, value in zip(COLUMNS, checked, strict=True):
            object.__setattr__(self, field, value)

    def local_name(self, lang: str | None = None) -> str:
        """
        The yarn's name in language ``lang`` (default: the current language, ``$FARSHLAB_LANG``).

        A legend keeps one ``name`` (the workshop's, used in files and matched by programs) and may
        give the name in another language in ``notes``, as ``"<language code>: <name>"`` between
        semicolons (``"reds and pinks; fa: لاکی"``). Without one, or in English, this is ``name``.

        Examples
        --------
        >>> lacquer = Yarn(41, "Lacquer red", "#9e292c", "reds and pinks; fa: لاکی")
        >>> lacquer.local_name("en"), lacquer.local_name("fa")
        ('Lacquer red', 'لاکی')
        >>> Yarn(1, "Cream", "#efe3c8").local_name("fa")
        'Cream'
        """
        lang = lang or current_language()
        if lang != DEFAULT_LANGUAGE:
            for part in self.notes.split(";"):
                code, colon, name = part.partition(":")
                if colon and code.strip() == lang and name.strip():
                    return name.strip()
        return self.name


class YarnLegend:
    """
    A workshop's numbered yarns: validated, saved as CSV, with their colours as sRGB and CIELAB.

    Parameters
    ----------
    yarns : iterable of Yarn
        At least one yarn; no code used twice.
    comments : iterable of str, optional
        Comment lines kept with the legend (written before the CSV header, without ``#``).

    Raises
    ------
    ValueError
        If the legend is empty or a code repeats (the message names both yarns).

    Examples
    --------
    >>> legend = YarnLegend([Yarn(1, "Cream", "#efe3c8"), Yarn(2, "Madder red", "#a8323a")])
    >>> legend.codes.tolist(), legend.srgb.tolist()
    ([1, 2], [[239, 227, 200], [168, 50, 58]])
    >>> YarnLegend([Yarn(1, "Cream", "#efe3c8"), Yarn(1, "Red", "#a8323a")])
    Traceback (most recent call last):
    ...
    ValueError: yarn 2 (Red) repeats code 1 of yarn 1 (Cream)
    """

    def __init__(self, yarns: Iterable[Yarn], comments: Iterable[str] = ()) -> None:
        self._yarns = tuple(yarns)
        self.comments = tuple(comments)
        if not self._yarns:
            raise ValueError(words("colour.error.no_yarns"))
        seen: dict[int, int] = {}
        for position, yarn in enumerate(self._yarns, start=1):
            if not isinstance(yarn, Yarn):
                raise ValueError(words("colour.error.yarn_type", position=position, kind=type(yarn).__name__))
            if yarn.code in seen:
                first = seen[yarn.code]
                raise ValueError(
                    words(
                        "colour.error.repeated_code",
                        position=position,
                        name=yarn.name,
                        code=yarn.code,
                        first=first,
                        first_name=self._yarns[first - 1].name,
                    )
                )
            seen[yarn.code] = position
        self._position = {code: position - 1 for code, position in seen.items()}
        self.srgb = hex_to_srgb([yarn.colour for yarn in self._yarns])
        """uint8 array (M, 3): each yarn's sRGB colour 0–255, in legend order."""
        self.lab = srgb_to_lab(self.srgb)
        """float array (M, 3): each yarn's CIELAB colour (D65/2°, see :mod:`farshlab.colour.convert`)."""
        self.codes = np.array([yarn.code for yarn in self._yarns])
        """int array (M,): the yarns' codes, in legend order."""

    def __len__(self) -> int:
        return len(self._yarns)

    def __iter__(self) -> Iterator[Yarn]:
        return iter(self._yarns)

    def __getitem__(self, index: int) -> Yarn:
        return self._yarns[index]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, YarnLegend):
            return NotImplemented
        return self._yarns == other._yarns and self.comments == other.comments

    def __repr__(self) -> str:
        return f"<YarnLegend of {len(self)} yarns, codes {self.codes.min()}–{self.codes.max()}>"

    def by_code(self, code: int) -> Yarn:
        """
        The yarn with this code.

        Raises
        ------
        ValueError
            If no yarn has the code.

        Examples
        --------
        >>> load_example_legend().by_code(40).name
        'Madder red'
        """
        if code not in self._position:
            raise ValueError(words("colour.error.no_code", value=repr(code)))
        return self._yarns[self._position[code]]

    def nearest(self, colours_lab, method: str = "ciede2000", **options) -> tuple[np.ndarray, np.ndarray]:
        """
        The code of the nearest yarn for every colour, and its ΔE.

        A thin wrapper of :func:`farshlab.colour.nearest.nearest_yarn` that returns yarn codes
        instead of legend rows; ``options`` are passed on (``kL=2``, ``workers=2`` …).

        Parameters
        ----------
        colours_lab : array_like, shape (..., 3)
            CIELAB colours, e.g. ``srgb_to_lab(picture)``.
        method : str
            A ΔE method name, default ``"ciede2000"``.

        Returns
        -------
        codes : numpy.ndarray of int, shape colours_lab.shape[:-1]
        delta_e : numpy.ndarray of float, same shape

        Examples
        --------
        >>> legend = load_example_legend()
        >>> codes, de = legend.nearest(srgb_to_lab([[200, 40, 40], [120, 170, 230]]))
        >>> codes.tolist(), [legend.by_code(c).name for c in codes.tolist()]
        ([40, 93], ['Madder red', 'Cornflower'])
        """
        indices, delta = nearest_yarn(colours_lab, self.lab, method, **options)
        return self.codes[indices], delta

    @classmethod
    def from_csv(cls, path) -> YarnLegend:
        """
        Read a legend from a CSV file (see the module's format).

        Raises
        ------
        ValueError
            Missing or unknown columns, a bad row (naming the file, line and row), a repeated
            code (naming both rows), or no yarn at all.

        Examples
        --------
        >>> import tempfile, pathlib
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "legend.csv"
        >>> _ = path.write_text("code,name,colour\\n1,Cream,#efe3c8\\n2,Red,#a8323g\\n")
        >>> YarnLegend.from_csv(path)
        Traceback (most recent call last):
        ...
        ValueError: legend.csv line 3 (row 2): colour must be a hex colour like '#a1b2c3', got '#a8323g'
        """
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise ValueError(words("colour.error.unreadable", path=path, detail=error)) from error
        return cls._parse(text, path.name)

    @classmethod
    def _parse(cls, text: str, source: str) -> YarnLegend:
        lines = text.splitlines(keepends=True)
        comments = []
        while lines and lines[0].startswith("#"):
            comments.append(lines.pop(0).rstrip("\r\n").removeprefix("#").removeprefix(" "))
        header_line = len(comments) + 1
        reader = csv.reader(lines)
        header = next(reader, None)
        if header is None:
            raise ValueError(words("colour.error.no_header", source=source, header=",".join(COLUMNS)))
        header = [name.strip() for name in header]
        missing = [name for name in _REQUIRED if name not in header]
        unknown = [name for name in header if name not in COLUMNS]
        if missing or unknown or len(set(header)) != len(header):
            raise ValueError(
                words(
                    "colour.error.header",
                    source=source,
                    line=header_line,
                    required=", ".join(_REQUIRED),
                    header=", ".join(header),
                )
            )
        yarns: list[Yarn] = []
        rows_of_code: dict[int, int] = {}
        for row_number, cells in enumerate(reader, start=1):
            where = words(
                "colour.error.where", source=source, line=header_line + reader.line_num - 1, row=row_number
            )
            if len(cells) != len(header):
                raise ValueError(
                    words("colour.error.cells", where=where, wanted=len(header), count=len(cells))
                )
            fields = dict(zip(header, cells, strict=True))
            code_text = fields["code"].strip()
            if not code_text.isdigit():
                raise ValueError(words("colour.error.row_code", where=where, value=repr(code_text)))
            try:
                yarn = Yarn(
                    int(code_text),
                    fields["name"],
                    fields["colour"].strip(),
                    fields.get("notes", ""),
                    fields.get("recipe_id", ""),
                )
            except ValueError as error:
                raise ValueError(words("colour.error.row", where=where, detail=error)) from None
            if yarn.code in rows_of_code:
                raise ValueError(
                    words("colour.error.row_repeat", where=where, code=yarn.code, row=rows_of_code[yarn.code])
                )
            rows_of_code[yarn.code] = row_number
            yarns.append(yarn)
        if not yarns:
            raise ValueError(words("colour.error.empty", source=source))
        return cls(yarns, comments)

    def to_csv_text(self) -> str:
        """
        The legend as CSV text (comments, header, one row per yarn).

        Examples
        --------
        >>> print(YarnLegend([Yarn(1, "Cream, warm", "#EFE3C8")], ["example"]).to_csv_text(), end="")
        # example
        code,name,colour,notes,recipe_id
        1,"Cream, warm",#efe3c8,,
        """
        buffer = io.StringIO()
        for comment in self.comments:
            buffer.write(f"# {comment}\n")
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(COLUMNS)
        for yarn in self._yarns:
            writer.writerow([yarn.code, yarn.name, yarn.colour, yarn.notes, yarn.recipe_id])
        return buffer.getvalue()

    def to_csv(self, path) -> Path:
        """
        Write the legend as a UTF-8 CSV file; :meth:`from_csv` reads it back unchanged.

        Returns
        -------
        pathlib.Path
            ``path``.
        """
        path = Path(path)
        path.write_text(self.to_csv_text(), encoding="utf-8")
        return path


def load_example_legend() -> YarnLegend:
    """
    The course's EXAMPLE legend: 103 yarns made up for teaching, not a real workshop's range.

    Codes 1–103 run through whites and creams, greys, browns, skin tones, reds and pinks,
    oranges, yellows, foliage greens, teals, sky blues, blues and purples; ``notes`` gives each
    yarn's colour family and a Persian name.

    Examples
    --------
    >>> legend = load_example_legend()
    >>> legend.comments[0]
    "EXAMPLE yarn legend made for the farshlab course: not a real workshop's or supplier's yarns."
    """
    text = (
        resources.files("farshlab.colour").joinpath("data", "example_legend.csv").read_text(encoding="utf-8")
    )
    return YarnLegend._parse(text, "example_legend.csv")
