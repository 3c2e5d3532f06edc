"""
The recipe sheet of a dye batch, for the dye house wall: plain text, or HTML to print from the browser.

Labels come from :mod:`farshlab.locale` (area ``dyelab.sheet``); the numbers are those of a
:class:`farshlab.dye.BatchRecipe` (grams of dye, millilitres of stock, litres of liquor, auxiliaries).

Functions
---------
recipe_sheet_text, recipe_sheet_html
    The sheet of one batch.

Examples
--------
>>> from farshlab.dye import batch_recipe
>>> batch = batch_recipe({"Acid Red (synthetic)": 2.5}, 500, 40)
>>> print(recipe_sheet_text(batch, lang="en").splitlines()[0])
Dye recipe sheet
"""

from __future__ import annotations

import html

from farshlab.dye import BatchRecipe, product_name, stock_g_per_l
from farshlab.locale import message

__all__ = ["recipe_sheet_html", "recipe_sheet_text"]


def _rows(recipe: BatchRecipe, lang: str | None) -> tuple[list[str], list[list[str]], list[list[str]]]:
    def m(key: str, **fields) -> str:
        return message(f"dyelab.sheet.{key}", lang=lang, **fields)

    facts = [
        m("fibre", grams=f"{recipe.fibre_g:g}"),
        m("liquor", ratio=f"{recipe.liquor_ratio:g}", litres=f"{recipe.liquor_l:.2f}"),
    ]
    if recipe.stock_percent is not None:
        facts.append(
            m(
                "stock",
                percent=f"{recipe.stock_percent:g}",
                g_per_l=f"{stock_g_per_l(recipe.stock_percent):g}",
            )
        )
    dyes = [[m("dye"), m("owf"), m("grams"), m("stock_ml")]]
    for line in recipe.dyes:
        ml = "—" if line.stock_ml is None else f"{line.stock_ml:.1f}"
        dyes.append([product_name(line.name, lang), f"{line.owf_percent:.3f}", f"{line.grams:.3f}", ml])
    auxiliaries = [[m("auxiliary"), m("amount"), m("grams")]]
    for line in recipe.auxiliaries:
        item = line.auxiliary
        auxiliaries.append(
            [product_name(item.name, lang), f"{item.amount:g} {item.unit}", f"{line.grams:.1f}"]
        )
    return facts, dyes, auxiliaries


def recipe_sheet_text(recipe: BatchRecipe, title: str = "", lang: str | None = None) -> str:
    """
    The batch as a plain-text recipe sheet for the dye house wall.

    Examples
    --------
    >>> from farshlab.dye import batch_recipe
    >>> batch = batch_recipe({"Acid Red (synthetic)": 2.5}, 500, 40, "levelling_acid")
    >>> print(recipe_sheet_text(batch, lang="en").splitlines()[1])
    Fibre: 500 g dry wool
    """
    facts, dyes, auxiliaries = _rows(recipe, lang)
    lines = [title or message("dyelab.sheet.title", lang=lang), *facts, ""]
    for table in (dyes, auxiliaries) if recipe.auxiliaries else (dyes,):
        widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
        for row in table:
            lines.append(
                "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
            )
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def recipe_sheet_html(recipe: BatchRecipe, title: str = "", lang: str | None = None) -> str:
    """
    The batch as an HTML recipe sheet (print it from the browser).

    Examples
    --------
    >>> from farshlab.dye import batch_recipe
    >>> batch = batch_recipe({"Acid Red (synthetic)": 2.5}, 500, 40)
    >>> "<td>12.500</td>" in recipe_sheet_html(batch)
    True
    """
    facts, dyes, auxiliaries = _rows(recipe, lang)

    def table(rows: list[list[str]]) -> str:
        head = "".join(f"<th>{html.escape(cell)}</th>" for cell in rows[0])
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows[1:]
        )
        style = 'border="1" cellpadding="3" style="border-collapse:collapse"'
        return f"<table {style}><tr>{head}</tr>{body}</table>"

    parts = [f"<h4>{html.escape(title or message('dyelab.sheet.title', lang=lang))}</h4>"]
    parts.append("<p>" + "<br>".join(html.escape(fact) for fact in facts) + "</p>")
    parts.append(table(dyes))
    if recipe.auxiliaries:
        parts.append("<br>" + table(auxiliaries))
    return "".join(parts)
