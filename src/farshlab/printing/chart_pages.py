"""
The pages of a printed chart, drawn on a :class:`~farshlab.printing.sheet.Sheet`: cover, legend, chart
pages with a code in every cell, and layer lists.

Chart pages are meant to be read printed in **black and white**: cells are light tints of their yarn
colours (blended 75 % towards white) under black code numbers, thin grey knot lines, heavy black lines
every 10 knots (khaneh) counted from the bottom and from column 1's edge, every row numbered on both
sides from 1 at the bottom, every column numbered above and below from the chosen edge, and a page map
in the heading showing where the page lies (the current page solid grey).

Layer lists are set compactly: for each row (row 1 first), its colours in the order they first occur
from column 1, each with its columns as ranges (``53: 140–142, 148``), wrapped in two to four text
columns per page; in Persian they run right to left with Persian digits.

Classes
-------
ChartInk
    What every page of one chart needs once: codes, tints, encoded numbers.

Functions
---------
draw_cover, draw_legend, draw_chart_page, draw_layer_lists
    Draw the pages; each returns the number of pages it added.
tints
    Yarn colours blended towards white for printing.

References
----------
Chart paper in khaneh of 10 × 10 cells, rows from the bottom: wikicarpet.com «كاغذ نقشه»; the layer
list as Tavoos Baft prints it (sources.md: wikicarpet-naqsheh, tavoosbaft, cpt-ir).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from farshlab.chart.reading import chart_runs
from farshlab.colour import YarnLegend
from farshlab.printing.layout import BLOCK, MARGIN_MM, NUMBER_BAND_MM, ROW_NUMBER_MM, ChartLayout
from farshlab.printing.sheet import PT_PER_MM, Sheet

__all__ = [
    "ChartInk", "LayerLists", "draw_chart_page", "draw_cover", "draw_layer_lists", "draw_legend",
    "lay_out_layer_lists", "legend_pages_needed", "tints",
]  # fmt: skip

TINT_TO_WHITE = 0.75
THIN_LINE_PT = 0.25
BLOCK_LINE_PT = 1.0
THIN_GREY = 0.55


def tints(srgb: np.ndarray) -> np.ndarray:
    """
    8-bit sRGB colours blended 75 % towards white, as 0–1 floats (black numbers stay readable on them).

    Examples
    --------
    >>> tints(np.array([[0, 0, 0], [255, 0, 0]], dtype=np.uint8)).round(3).tolist()
    [[0.75, 0.75, 0.75], [1.0, 0.75, 0.75]]
    """
    colours = np.asarray(srgb, dtype=float) / 255
    return colours + (1 - colours) * TINT_TO_WHITE


def _f(value: float) -> str:
    """A coordinate in points, short."""
    return f"{value:.2f}"


@dataclass
class ChartInk:
    """
    What the pages of one chart need, worked out once.

    Attributes
    ----------
    codes : numpy.ndarray, shape (rows, knots_across)
        The chart, row 0 = bottom.
    legend : farshlab.colour.YarnLegend
        Its yarns.
    columns_from : {"right", "left"}
        Which edge is column 1.
    layout : ChartLayout
        The paper's geometry.
    """

    codes: np.ndarray
    legend: YarnLegend
    columns_from: str
    layout: ChartLayout
    _slot: np.ndarray = field(init=False, repr=False)
    _fills: list = field(init=False, repr=False)
    _cell_text: tuple | None = field(init=False, repr=False, default=None)
    _moves: dict = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        codes = np.asarray(self.codes)
        self.codes = codes
        slot = np.full(max(int(codes.max()), int(self.legend.codes.max())) + 1, -1, dtype=np.intp)
        slot[self.legend.codes] = np.arange(len(self.legend))
        self._slot = slot
        self._fills = [f"{r:.3f} {g:.3f} {b:.3f} rg" for r, g, b in tints(self.legend.srgb).tolist()]

    @property
    def rows(self) -> int:
        return self.codes.shape[0]

    @property
    def knots_across(self) -> int:
        return self.codes.shape[1]

    def cell_text(self, sheet: Sheet) -> tuple[float, list[float], list[str]]:
        """
        The font size (pt) of the codes in cells, and per legend slot half the code's width (pt) and
        the code as a PDF string; worked out on first use.
        """
        if self._cell_text is None:
            texts = [sheet.number(int(code)) for code in self.legend.codes]
            widest = max(texts, key=lambda text: sheet.width(text, 10))
            size = _fit_size(sheet, widest, 0.82 * self.layout.cell_mm, 7.0)
            half = [sheet.width(text, size) * PT_PER_MM / 2 for text in texts]
            self._cell_text = (size, half, [sheet.encode(text) for text in texts])
        return self._cell_text

    def column_number(self, column: int) -> int:
        """The printed number of array column ``column`` (0-based from the left)."""
        return column + 1 if self.columns_from == "left" else self.knots_across - column


# ------------------------------------------------------------------------------------------ cover
def draw_cover(sheet: Sheet, title: str, preview, facts: list[str], sheets_line: str) -> int:
    """
    The cover: the title, the chart's preview in its yarn colours, the facts and the number of sheets.

    ``preview`` is a Pillow image (top row first). Returns 1.
    """
    sheet.add_page()
    width = sheet.width_mm - 2 * MARGIN_MM
    sheet.text(MARGIN_MM, MARGIN_MM, width, 12, title, size=18, bold=True, align="center")
    box_w, box_h = width, sheet.height_mm * 0.55
    scale = min(box_w / preview.width, box_h / preview.height)
    w, h = preview.width * scale, preview.height * scale
    top = MARGIN_MM + 16
    sheet.image(preview, MARGIN_MM + (box_w - w) / 2, top, w, h)
    sheet.box(MARGIN_MM + (box_w - w) / 2, top, w, h, line=0.3)
    y = top + h + 8
    for line in facts:
        y = sheet.paragraph(MARGIN_MM, y, width, 6, line, size=10.5) + 1
    sheet.text(MARGIN_MM, y + 3, width, 7, sheets_line, size=10.5, bold=True)
    return 1


# ------------------------------------------------------------------------------------------ legend
LEGEND_ROW_MM = 6.5


def _legend_lines(height_mm: float) -> int:
    """Legend lines one page holds."""
    return int((height_mm - 2 * MARGIN_MM - 12 - LEGEND_ROW_MM) // LEGEND_ROW_MM)


def legend_pages_needed(yarns: int, height_mm: float) -> int:
    """Pages the legend of ``yarns`` lines takes on paper ``height_mm`` tall."""
    return -(-yarns // _legend_lines(height_mm))


def draw_legend(sheet: Sheet, title: str, headings: tuple[str, ...], rows: list[tuple]) -> int:
    """
    Legend pages: a swatch, then one column per heading (code, yarn, colour, knots, grams).

    ``rows`` are ``(rgb, code, name, colour, knots, grams)`` with the numbers already written in the
    sheet's digits. Columns run right to left in Persian. Returns the pages added.
    """
    width = sheet.width_mm - 2 * MARGIN_MM
    # share of the width: swatch, code, yarn name, colour, knots, grams
    shares = np.array([0.08, 0.1, 0.36, 0.16, 0.15, 0.15])
    widths = shares * width
    per_page = _legend_lines(sheet.height_mm)
    pages = 0
    for start in range(0, len(rows), per_page):
        sheet.add_page()
        pages += 1
        sheet.text(MARGIN_MM, MARGIN_MM, width, 9, title, size=13, bold=True)
        y = MARGIN_MM + 12

        def lefts():
            edges = np.concatenate([[0.0], np.cumsum(widths)])
            if sheet.rtl:  # first column at the right
                return [MARGIN_MM + width - edges[i + 1] for i in range(len(widths))]
            return [MARGIN_MM + edges[i] for i in range(len(widths))]

        xs = lefts()
        for column, (x, w, heading) in enumerate(zip(xs[1:], widths[1:], headings, strict=True), start=1):
            align = "start" if column == 2 else "right"  # numbers and their headings stand on the right
            sheet.text(x + 1, y, w - 2, LEGEND_ROW_MM, heading, size=9, bold=True, align=align)
        y += LEGEND_ROW_MM
        sheet.pdf.set_line_width(0.3)
        sheet.pdf.line(MARGIN_MM, y, MARGIN_MM + width, y)
        numbers = []
        for rgb, code, name, colour, knots, grams in rows[start : start + per_page]:
            sheet.box(xs[0] + 1, y + 0.8, widths[0] - 2, LEGEND_ROW_MM - 1.6, fill=rgb)
            middle = y + LEGEND_ROW_MM / 2
            if sheet.needs_shaping(name):
                sheet.text(xs[2] + 1, y, widths[2] - 2, LEGEND_ROW_MM, name, size=9)
            else:
                start_x = xs[2] + widths[2] - 1 if sheet.rtl else xs[2] + 1
                numbers.append((start_x, middle, name, "right" if sheet.rtl else "left"))
            # numbers and the colour's hex code stand on the right of their column, in both languages
            for column, value in ((1, code), (3, colour), (4, knots), (5, grams)):
                numbers.append((xs[column] + widths[column] - 1, middle, value, "right"))
            y += LEGEND_ROW_MM
        sheet.raw(sheet.words_block(numbers, 9))
    return pages


# ------------------------------------------------------------------------------------------ chart page
def draw_chart_page(
    sheet: Sheet,
    ink: ChartInk,
    window: tuple,
    *,
    windows: list,
    heading: str,
) -> int:
    """
    One chart page of ``window`` ``((row_start, row_stop), (column_start, column_stop))``. Returns 1.
    """
    layout = ink.layout
    (r0, r1), (c0, c1) = window
    n_rows, n_cols = r1 - r0, c1 - c0
    sheet.add_page()
    s = layout.cell_mm * PT_PER_MM
    left = sheet.x_pt(layout.grid_left_mm)
    top = sheet.y_pt(layout.grid_top_mm)
    bottom = top - n_rows * s
    right = left + n_cols * s
    block = ink.codes[r0:r1, c0:c1][::-1]  # page row 0 = the window's top row
    slots = ink._slot[block]
    ops = []
    # fills: runs of one yarn per page row, grouped by yarn
    row, start, length, slot = chart_runs(slots)
    order = np.argsort(slot, kind="stable")
    row, start, length, slot = row[order], start[order], length[order], slot[order]
    xs = left + start * s
    ys = top - (row + 1) * s
    ws = length * s
    bounds = np.flatnonzero(np.diff(slot)) + 1
    for group in np.split(np.arange(len(slot)), bounds):
        if not len(group):
            continue
        ops.append(ink._fills[int(slot[group[0]])])
        ops.append(
            "\n".join(
                f"{x:.2f} {y:.2f} {w:.2f} {s:.2f} re"
                for x, y, w in zip(xs[group], ys[group], ws[group], strict=True)
            )
        )
        ops.append("f")
    # thin knot lines, then heavy block lines (every 10 knots from the bottom and from column 1's edge)
    ops.append(f"{THIN_GREY} G {THIN_LINE_PT} w")
    thin = [f"{_f(left + j * s)} {_f(bottom)} m {_f(left + j * s)} {_f(top)} l" for j in range(n_cols + 1)]
    thin += [
        f"{_f(left)} {_f(bottom + i * s)} m {_f(right)} {_f(bottom + i * s)} l" for i in range(n_rows + 1)
    ]
    ops.append("\n".join(thin) + "\nS")
    ops.append(f"0 G {BLOCK_LINE_PT} w")
    heavy = [
        f"{_f(left + j * s)} {_f(bottom)} m {_f(left + j * s)} {_f(top)} l"
        for j in range(n_cols + 1)
        if (ink.column_number(c0 + j) - (1 if ink.columns_from == "left" else 0)) % BLOCK == 0
        or j in (0, n_cols)
    ]
    heavy += [
        f"{_f(left)} {_f(bottom + i * s)} m {_f(right)} {_f(bottom + i * s)} l"
        for i in range(n_rows + 1)
        if (r0 + i) % BLOCK == 0 or i in (0, n_rows)
    ]
    ops.append("\n".join(heavy) + "\nS")
    # the codes
    ops.append(_cell_numbers(sheet, ink, block, left, top, s))
    ops.append(_edge_numbers(sheet, ink, window, left, top, bottom, right, s))
    sheet.raw("\n".join(ops))
    _heading(sheet, ink, heading, windows, windows.index(window))
    return 1


def _fit_size(sheet: Sheet, widest: str, room_mm: float, largest: float) -> float:
    """The font size (pt) at which ``widest`` fills at most ``room_mm``, capped at ``largest``."""
    return min(largest, largest * room_mm / max(sheet.width(widest, largest), 1e-6))


def _cell_numbers(sheet: Sheet, ink: ChartInk, block: np.ndarray, left: float, top: float, s: float) -> str:
    """
    ``BT … ET`` with the code of every cell, centred. Each row starts with an absolute move; every next
    cell moves by ``Td`` from the one before, an offset that depends only on the two codes (a cell's
    width less half of each code's width), so one string per pair of neighbouring codes is made once.
    """
    size, half, encoded = ink.cell_text(sheet)
    baselines = top - (np.arange(block.shape[0]) + 0.5) * s - 0.36 * size
    x0 = left + 0.5 * s
    slots = ink._slot[block]
    n = len(ink.legend)
    pairs = np.empty_like(slots)
    pairs[:, 0] = slots[:, 0]
    pairs[:, 1:] = slots[:, :-1] * n + slots[:, 1:]
    moves = ink._moves
    for key in np.unique(pairs[:, 1:]).tolist():
        if key not in moves:
            before, after = divmod(key, n)
            moves[key] = f"{s - half[after] + half[before]:.2f} 0 Td {encoded[after]} Tj"
    lines = ["BT", sheet.font_operator(size), "0 g"]
    for y, row in zip(baselines.tolist(), pairs.tolist(), strict=True):
        first = row[0]
        lines.append(f"1 0 0 1 {x0 - half[first]:.2f} {y:.2f} Tm {encoded[first]} Tj")
        lines.extend(map(moves.__getitem__, row[1:]))
    lines.append("ET")
    return "\n".join(lines)


def _edge_numbers(sheet: Sheet, ink: ChartInk, window, left, top, bottom, right, s) -> str:
    """Row numbers left and right of every row, column numbers above and below every column."""
    (r0, r1), (c0, c1) = window
    band = ROW_NUMBER_MM * PT_PER_MM
    row_texts = [sheet.number(r + 1) for r in range(r0, r1)]
    column_texts = [sheet.number(ink.column_number(c)) for c in range(c0, c1)]
    widest_row = sheet.number(ink.rows)
    widest_column = sheet.number(max(ink.knots_across, 10))
    row_size = _fit_size(sheet, widest_row, ROW_NUMBER_MM - 1.2, 6.0)
    column_size = _fit_size(sheet, widest_column, 0.92 * ink.layout.cell_mm, 6.0)
    lines = ["BT", "0 g", sheet.font_operator(row_size)]
    for i, text in enumerate(row_texts):  # r0 at the bottom
        y = bottom + (i + 0.5) * s - 0.36 * row_size
        w = sheet.width(text, row_size) * PT_PER_MM
        encoded = sheet.encode(text)
        lines.append(f"1 0 0 1 {left - band * 0.12 - w:.2f} {y:.2f} Tm {encoded} Tj")
        lines.append(f"1 0 0 1 {right + band * 0.12:.2f} {y:.2f} Tm {encoded} Tj")
    lines.append(sheet.font_operator(column_size))
    above = top + NUMBER_BAND_MM * PT_PER_MM * 0.3
    below = bottom - NUMBER_BAND_MM * PT_PER_MM * 0.3 - 0.72 * column_size
    for j, text in enumerate(column_texts):
        x = left + (j + 0.5) * s - sheet.width(text, column_size) * PT_PER_MM / 2
        encoded = sheet.encode(text)
        lines.append(f"1 0 0 1 {x:.2f} {above:.2f} Tm {encoded} Tj")
        lines.append(f"1 0 0 1 {x:.2f} {below:.2f} Tm {encoded} Tj")
    lines.append("ET")
    return "\n".join(lines)


def _heading(sheet: Sheet, ink: ChartInk, heading: str, windows: list, current: int) -> None:
    """The page's heading and, in the other top corner, the page map."""
    map_h = 10.0
    map_w = min(40.0, map_h * ink.knots_across / ink.rows)
    width = sheet.width_mm - 2 * MARGIN_MM - map_w - 4
    map_x = MARGIN_MM if sheet.rtl else sheet.width_mm - MARGIN_MM - map_w
    text_x = MARGIN_MM + map_w + 4 if sheet.rtl else MARGIN_MM
    sheet.fitted_text(text_x, MARGIN_MM, width, 6, heading, size=9.5, bold=True)
    kx, ky = map_w / ink.knots_across, map_h / ink.rows
    bottom = MARGIN_MM + map_h  # the map's bottom edge is row 0
    (r0, r1), (c0, c1) = windows[current]
    x, y = sheet.x_pt(map_x), sheet.y_pt(bottom)
    w, h = map_w * PT_PER_MM, map_h * PT_PER_MM
    ops = [
        f"0.5 g {x + c0 * kx * PT_PER_MM:.2f} {y + r0 * ky * PT_PER_MM:.2f} "
        f"{(c1 - c0) * kx * PT_PER_MM:.2f} {(r1 - r0) * ky * PT_PER_MM:.2f} re f",
        f"0 G {0.15 * PT_PER_MM:.2f} w",
    ]
    # the pages form a grid: one line at every strip's and every band's edge
    for c in sorted({c for _, (c, _) in windows} | {ink.knots_across}):
        ops.append(f"{x + c * kx * PT_PER_MM:.2f} {y:.2f} m {x + c * kx * PT_PER_MM:.2f} {y + h:.2f} l")
    for r in sorted({r for (r, _), _ in windows} | {ink.rows}):
        ops.append(f"{x:.2f} {y + r * ky * PT_PER_MM:.2f} m {x + w:.2f} {y + r * ky * PT_PER_MM:.2f} l")
    ops.append("S")
    sheet.raw("\n".join(ops))


# ------------------------------------------------------------------------------------------ layer lists
LAYER_SIZE_PT = 6.5
LAYER_LINE_MM = 3.0
LAYER_GAP_MM = 5.0
LAYER_TOP_MM = 10.0
LAYER_COLUMNS = {"A4": 2, "A3": 3, "A2": 4}


def _row_atoms(ink: ChartInk, sheet: Sheet, comma: str, semicolon: str, size: float):
    """
    Every row's layer list as atoms, row 1 first: an atom is ``"53: 140–142"`` (a colour and its first
    columns) or ``"148"`` (more columns of the same colour), never split over two lines; each has the
    separator that stands before it (none at the start of a row, ``comma`` before more columns,
    ``semicolon`` before the next colour; at a line break the mark ends the line). Colours come in
    the order they first occur from column 1.

    Returns
    -------
    (rows, separators, bodies, separator_widths, body_widths)
        Per atom: its row index, the separator and body texts, and their widths (pt at ``size``).
    """
    reading = ink.codes[:, ::-1] if ink.columns_from == "right" else ink.codes
    row, start, length, code = chart_runs(reading)
    slot = ink._slot[code]
    key = row * len(ink.legend) + slot
    _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    colour_at = first[inverse]  # where this row's colour first occurs: orders colours by appearance
    order = np.lexsort((start, colour_at))
    row, start, length, code, colour_at = (
        row[order],
        start[order],
        length[order],
        code[order],
        colour_at[order],
    )
    new_colour = np.ones(len(row), dtype=bool)
    new_colour[1:] = colour_at[1:] != colour_at[:-1]
    new_row = np.ones(len(row), dtype=bool)
    new_row[1:] = row[1:] != row[:-1]
    # every number that can appear, written once, with its width
    most = max(ink.knots_across, int(ink.legend.codes.max())) + 1
    numbers = [sheet.number(n) for n in range(most)]
    scale = size * PT_PER_MM

    def widths(texts) -> np.ndarray:
        return np.array([sheet.width(text, 1.0) * scale for text in texts])

    number_w = widths(numbers)
    dash_w, colon_w = widths(["–", ": "])
    first_column, last_column = start + 1, start + length
    single = length == 1
    spans = [
        numbers[a] if one else f"{numbers[a]}–{numbers[b]}"
        for a, b, one in zip(first_column.tolist(), last_column.tolist(), single.tolist(), strict=True)
    ]
    span_w = number_w[first_column] + np.where(single, 0.0, dash_w + number_w[last_column])
    bodies = [
        f"{numbers[c]}: {span}" if fresh else span
        for c, span, fresh in zip(code.tolist(), spans, new_colour.tolist(), strict=True)
    ]
    body_w = span_w + np.where(new_colour, number_w[code] + colon_w, 0.0)
    next_colour, next_range = f"{semicolon}  ", f"{comma} "
    colour_w, range_w = widths([next_colour, next_range])
    separators = np.where(new_row, "", np.where(new_colour, next_colour, next_range)).tolist()
    separator_w = np.where(new_row, 0.0, np.where(new_colour, colour_w, range_w))
    return row.tolist(), separators, bodies, separator_w.tolist(), body_w.tolist()


@dataclass(frozen=True)
class LayerLists:
    """
    Layer lists laid out in lines and text columns, ready to draw (:func:`lay_out_layer_lists`).

    Attributes
    ----------
    lines : list of (int or None, str, str, float)
        Per printed line: the row index whose label starts it (None on a continuation line), the line's
        text as its characters stand from left to right, the same in the font's encoding, and its width
        in pt.
    labels : list of str
        The row labels, row 1 first.
    columns, lines_per_column : int
        Text columns per page, lines per text column.
    column_mm, indent_mm : float
        Width of a text column and of the label before each line.
    """

    lines: list
    labels: list
    columns: int
    lines_per_column: int
    column_mm: float
    indent_mm: float

    @property
    def pages(self) -> int:
        """Pages the lists take."""
        return -(-len(self.lines) // (self.columns * self.lines_per_column))


def lay_out_layer_lists(
    sheet: Sheet, ink: ChartInk, row_label: str, *, comma: str = ",", semicolon: str = ";"
) -> LayerLists:
    """
    Lay the layer lists out: ``row_label`` (``"Row {row}"``) then each colour with its columns, atoms
    wrapped to the text column (2 columns on A4, 3 on A3, 4 on A2). In Persian every atom is turned to
    the order its glyphs stand in (numbers left to right, the atoms right to left).
    """
    columns = LAYER_COLUMNS[ink.layout.paper]
    usable = sheet.width_mm - 2 * MARGIN_MM
    column_mm = (usable - (columns - 1) * LAYER_GAP_MM) / columns
    lines_per_column = int((sheet.height_mm - MARGIN_MM - (MARGIN_MM + LAYER_TOP_MM)) // LAYER_LINE_MM)
    labels = [row_label.format(row=sheet.number(r + 1)) for r in range(ink.rows)]
    indent = sheet.width(max(labels, key=len) + "  ", LAYER_SIZE_PT, bold=True) * 1.1
    room = (column_mm - indent) * PT_PER_MM
    alphabet = set(f"{comma}{semicolon}:– ") | set(sheet.number(1234567890)) | set(sheet.number(9876543210))
    encoding = str.maketrans({char: sheet.encode(char)[1:-1] for char in alphabet})
    advance = {char: sheet.width(char, LAYER_SIZE_PT) * PT_PER_MM for char in alphabet}
    wrap_at = room - max(advance[comma], advance[semicolon])  # room left for the mark ending a line
    visual = sheet.visual if sheet.rtl else None

    rows, separators, bodies, separator_w, body_w = _row_atoms(ink, sheet, comma, semicolon, LAYER_SIZE_PT)
    lines = []
    parts, used, label, current = [], 0.0, None, -1
    for r, separator, body, w_sep, w_body in zip(rows, separators, bodies, separator_w, body_w, strict=True):
        if r != current:  # a new row starts a new line with its label
            if current >= 0:
                lines.append((label, parts, used))
            parts, used, label, current = [body], w_body, r, r
            continue
        if used + w_sep + w_body > wrap_at:  # the separator's mark ends the line; the atom starts the next
            mark = separator.rstrip()
            lines.append((label, [*parts, mark], used + sum(advance[char] for char in mark)))
            parts, used, label = [body], w_body, None
            continue
        parts += (separator, body)
        used += w_sep + w_body
    if current >= 0:
        lines.append((label, parts, used))
    laid = []
    for label, parts, used in lines:
        text = "".join(parts)
        if visual is not None:
            text = visual(text)
        laid.append((label, text, text.translate(encoding), used))
    return LayerLists(laid, labels, columns, lines_per_column, column_mm, indent)


def draw_layer_lists(sheet: Sheet, lists: LayerLists, title: str) -> int:
    """Draw laid-out layer lists (:func:`lay_out_layer_lists`) under ``title``; returns the pages added."""
    per_page = lists.columns * lists.lines_per_column
    first_line = MARGIN_MM + LAYER_TOP_MM
    usable = sheet.width_mm - 2 * MARGIN_MM
    pages = 0
    for start in range(0, len(lists.lines), per_page):
        sheet.add_page()
        pages += 1
        sheet.text(MARGIN_MM, MARGIN_MM, usable, 7, title, size=11, bold=True)
        ops = ["BT", "0 g", sheet.font_operator(LAYER_SIZE_PT)]
        labels = []
        for k, (label, _, text, used) in enumerate(lists.lines[start : start + per_page]):
            column, line = divmod(k, lists.lines_per_column)
            y_mm = first_line + line * LAYER_LINE_MM
            # text columns fill from the start side: left in English, right in Persian
            left_mm = MARGIN_MM + column * (lists.column_mm + LAYER_GAP_MM)
            if sheet.rtl:
                left_mm = sheet.width_mm - left_mm - lists.column_mm
            if label is not None:
                edge = left_mm + lists.column_mm if sheet.rtl else left_mm
                labels.append(
                    (edge, y_mm + LAYER_LINE_MM / 2, lists.labels[label], "right" if sheet.rtl else "left")
                )
            if not text:
                continue
            if sheet.rtl:
                x = sheet.x_pt(left_mm + lists.column_mm - lists.indent_mm) - used
            else:
                x = sheet.x_pt(left_mm + lists.indent_mm)
            y = sheet.y_pt(y_mm + LAYER_LINE_MM / 2) - 0.36 * LAYER_SIZE_PT
            ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm ({text}) Tj")
        ops.append("ET")
        if labels and not sheet.needs_shaping(lists.labels[0]):
            ops.append(sheet.words_block(labels, LAYER_SIZE_PT, bold=True))
        else:  # a label whose letters join is shaped by fpdf2, one line at a time (slower)
            for edge, middle, label_text, anchor in labels:
                x = edge - lists.column_mm if anchor == "right" else edge
                top = middle - LAYER_LINE_MM / 2
                sheet.text(x, top, lists.column_mm, LAYER_LINE_MM, label_text, size=LAYER_SIZE_PT, bold=True)
        sheet.raw("\n".join(ops))
    return pages
