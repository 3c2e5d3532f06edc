"""The dye recipe sheets carry the batch's numbers and the catalogue's labels, in English and Persian."""

from farshlab.dye import batch_recipe
from farshlab.printing.recipe_sheet import recipe_sheet_html, recipe_sheet_text


def test_recipe_sheets_carry_the_numbers_and_the_catalogue_labels():
    batch = batch_recipe({"Acid Red (synthetic)": 2.5}, 500, 40, "levelling_acid")
    text = recipe_sheet_text(batch, lang="en")
    assert "Liquor ratio 1:40 → 20.00 L of bath" in text
    assert "12.500" in text and "1250.0" in text and "50.0" in text
    persian = recipe_sheet_text(batch, lang="fa")
    assert "برگه نسخه رنگرزی" in persian and "1250.0" in persian
    page = recipe_sheet_html(batch, title="Batch 17 <red>")
    assert "Batch 17 &lt;red&gt;" in page and "<td>12.500</td>" in page and "<td>15.0</td>" in page
    powder = batch_recipe({"Acid Red (synthetic)": 2.5}, 500, 40, stock_percent=None)
    assert powder.dyes[0].stock_ml is None and "—" in recipe_sheet_text(powder)
