"""
Recipe arithmetic of the dye house: grams of dye, millilitres of stock, litres of liquor, auxiliaries.

In plain words: a recipe says how deep each dye goes as **% on weight of fibre** (owf): 2 % owf on
500 g of wool is 10 g of dye. Small amounts are measured as a **stock solution** (a 1 % stock is 10 g
of dye per litre), so the dyer pipettes millilitres. The bath holds **liquor ratio** litres per kg of
wool (1:40 → 40 L per kg). **Auxiliaries** (Glauber's salt, acids, alum …) are given either in % owf
(grams from the wool's weight) or in g/L (grams from the bath's volume).

- dye g = fibre g × owf % / 100 — light ≈ 0.5 %, medium 1 %, deep 2–4 % (a craft dyer's guide,
  sources.md: gaywool-dye-quantities).
- stock: a p % stock holds 10·p g/L; stock ml = fibre g × owf % / p (sources.md: jennycowern-dyeing).
- liquor litres = fibre kg × L:R (1:30–1:50 typical: laboratory dyeings at 1:30 and 1:50 and a craft
  dyer's 1:40, sources.md: textileinformation-2007, jennycowern-dyeing).
- auxiliary g = fibre g × % / 100 (% owf), or g/L × liquor litres (g/L).

Classes
-------
Auxiliary
    A chemical of the bath: name, amount and unit ("% owf" or "g/L").
DyeLine, AuxiliaryLine, BatchRecipe
    The worked numbers of one batch (what the recipe sheet prints).

Functions
---------
dye_grams, stock_g_per_l, stock_ml, liquor_litres, auxiliary_grams
    The single formulas.
batch_recipe, scale_recipe, cost_per_kg
    A whole batch; the same recipe for another batch size (lab dip → bulk); cost per kg of yarn.
product_name
    The name of a dye or bath chemical of the course as a person reads it, in the course's language.

The printable recipe sheets live in :mod:`farshlab.printing.recipe_sheet`.

Data
----
BATHS
    Typical auxiliaries of acid baths (sources.md: broadbent-2001) and of the alum mordant for weld
    (sources.md: ahrari-weld).

References
----------
Broadbent, *Basic Principles of Textile Coloration*, Society of Dyers and Colourists, 2001 (the acid
baths); Ahrari, iran-carpet.com (the weld recipe); the depth bands, stock and liquor ratio from craft
and laboratory pages — every source with its address in ``curriculum/sources.md``.

Examples
--------
>>> dye_grams(500, 2.5)
12.5
>>> stock_ml(500, 2.5, stock_percent=1.0)
1250.0
>>> liquor_litres(500, 40)
20.0
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from farshlab.dye._checks import as_output, non_negative, positive, words

__all__ = [
    "BATHS",
    "Auxiliary",
    "AuxiliaryLine",
    "BatchRecipe",
    "DyeLine",
    "auxiliary_grams",
    "batch_recipe",
    "cost_per_kg",
    "dye_grams",
    "liquor_litres",
    "product_name",
    "scale_recipe",
    "stock_g_per_l",
    "stock_ml",
]

UNITS = ("% owf", "g/L")


def dye_grams(fibre_g, owf_percent):
    """
    Grams of dye for ``fibre_g`` grams of fibre at ``owf_percent`` % on weight of fibre.

    Examples
    --------
    >>> dye_grams(1000, 0.5)
    5.0
    """
    return as_output(positive("fibre_g", fibre_g) * non_negative("owf_percent", owf_percent) / 100)


def stock_g_per_l(stock_percent):
    """
    Grams of dye per litre in a ``stock_percent`` % stock solution (1 % = 1 g per 100 ml = 10 g/L).

    Examples
    --------
    >>> stock_g_per_l(0.5)
    5.0
    """
    return as_output(positive("stock_percent", stock_percent) * 10)


def stock_ml(fibre_g, owf_percent, stock_percent=1.0):
    """
    Millilitres of a ``stock_percent`` % stock solution that hold the dye for the batch.

    ml = dye g / (stock g/L) × 1000 = fibre g × owf % / stock %.

    Examples
    --------
    >>> stock_ml(10, 1.0, 0.5)
    20.0
    """
    grams = dye_grams(fibre_g, owf_percent)
    return as_output(non_negative(words("dye.name.dye_grams"), grams) / stock_g_per_l(stock_percent) * 1000)


def liquor_litres(fibre_g, liquor_ratio):
    """
    Litres of dye bath for ``fibre_g`` grams of fibre at a liquor ratio 1:``liquor_ratio``.

    Parameters
    ----------
    fibre_g : float
        Dry fibre in grams.
    liquor_ratio : float
        Litres of bath per kg of fibre (the 40 of 1:40), at least 1.

    Examples
    --------
    >>> liquor_litres(2500, 30)
    75.0
    """
    ratio = positive("liquor_ratio", liquor_ratio)
    if (ratio < 1).any():
        raise ValueError(words("dye.error.liquor_ratio", value=repr(liquor_ratio)))
    return as_output(positive("fibre_g", fibre_g) / 1000 * ratio)


def auxiliary_grams(amount, unit, fibre_g, liquor_l):
    """
    Grams of an auxiliary given in % owf (from the fibre) or g/L (from the bath volume).

    Examples
    --------
    >>> auxiliary_grams(10, "% owf", 500, 20)
    50.0
    >>> auxiliary_grams(2, "g/L", 500, 20)
    40.0
    """
    if unit not in UNITS:
        raise ValueError(words("dye.error.unit", value=repr(unit)))
    amount = non_negative("amount", amount)
    if unit == "% owf":
        return as_output(positive("fibre_g", fibre_g) * amount / 100)
    return as_output(amount * positive("liquor_l", liquor_l))


@dataclass(frozen=True)
class Auxiliary:
    """A bath chemical: name, amount, and unit ``"% owf"`` or ``"g/L"``; ``note`` holds the usual range."""

    name: str
    amount: float
    unit: str
    note: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise ValueError(words("dye.error.auxiliary_name", value=repr(self.name)))
        if self.unit not in UNITS:
            raise ValueError(words("dye.error.auxiliary_unit", name=self.name, value=repr(self.unit)))
        non_negative(words("dye.name.amount_of", name=self.name), self.amount)


BATHS: dict[str, tuple[Auxiliary, ...]] = {
    "levelling_acid": (
        Auxiliary("Glauber's salt", 10.0, "% owf", "10 % owf"),
        Auxiliary("sulfuric acid", 3.0, "% owf", "2–4 % owf"),
    ),
    "fast_acid": (
        Auxiliary("acetic acid", 2.0, "% owf", "1–3 % owf"),
        Auxiliary("Glauber's salt", 7.5, "% owf", "5–10 % owf"),
    ),
    "alum_mordant": (
        Auxiliary("alum", 12.5, "% owf", "10–15 % owf, for weld; ≈ 25 % for madder"),
        Auxiliary("cream of tartar", 2.5, "% owf", "2–3 % owf"),
    ),
    "none": (),
}
"""
Typical auxiliaries per bath. Levelling acid — Glauber's salt 10 % owf + sulfuric acid 2–4 % (3 %
taken), to the boil 45–60 min; fast acid — acetic acid 1–3 % (2 %) + Glauber's salt 5–10 % (7.5 %)
(sources.md: broadbent-2001). Alum mordant for weld — alum 10–15 % (12.5 %) + cream of tartar 2–3 %
(2.5 %) (sources.md: ahrari-weld); the ≈ 25 % alum for madder in its note has no recorded source.
Milling acid dyes are set by pH (5–7, ammonium sulfate / sodium acetate) rather than a fixed amount,
so they have no entry: add your own :class:`Auxiliary`.
"""


@dataclass(frozen=True)
class DyeLine:
    """One dye of a batch: name, % owf, grams, and ml of stock (``None`` when weighed as powder)."""

    name: str
    owf_percent: float
    grams: float
    stock_ml: float | None


@dataclass(frozen=True)
class AuxiliaryLine:
    """One auxiliary of a batch: the :class:`Auxiliary` and its grams."""

    auxiliary: Auxiliary
    grams: float


@dataclass(frozen=True)
class BatchRecipe:
    """
    The worked numbers of one batch.

    Attributes
    ----------
    fibre_g : float
        Dry fibre, grams.
    liquor_ratio : float
        Litres per kg of fibre.
    liquor_l : float
        Bath volume, litres.
    stock_percent : float or None
        Strength of the dye stock solutions, % (``None``: dyes weighed as powder).
    dyes : tuple of DyeLine
    auxiliaries : tuple of AuxiliaryLine
    """

    fibre_g: float
    liquor_ratio: float
    liquor_l: float
    stock_percent: float | None
    dyes: tuple[DyeLine, ...]
    auxiliaries: tuple[AuxiliaryLine, ...]

    @property
    def dye_owf(self) -> dict[str, float]:
        """The recipe as dye name → % owf."""
        return {line.name: line.owf_percent for line in self.dyes}

    @property
    def total_dye_g(self) -> float:
        """All dyes together, grams."""
        return sum(line.grams for line in self.dyes)


def batch_recipe(
    dyes: Mapping[str, float],
    fibre_g,
    liquor_ratio,
    auxiliaries: Sequence[Auxiliary] | str = (),
    stock_percent=1.0,
) -> BatchRecipe:
    """
    Work out one batch: grams and ml of stock per dye, litres of liquor, grams of each auxiliary.

    Parameters
    ----------
    dyes : mapping of str to float
        Dye name → % owf (zero or more).
    fibre_g : float
        Dry fibre, grams (positive).
    liquor_ratio : float
        Litres of bath per kg of fibre (the 40 of 1:40), at least 1.
    auxiliaries : sequence of Auxiliary, or a key of :data:`BATHS`
    stock_percent : float or None
        Strength of the stock solutions in % (1 % = 10 g/L); ``None`` to weigh powder only.

    Returns
    -------
    BatchRecipe

    Examples
    --------
    >>> batch = batch_recipe({"Acid Red (synthetic)": 2.5}, 500, 40, "levelling_acid")
    >>> batch.liquor_l, batch.dyes[0].grams, batch.dyes[0].stock_ml
    (20.0, 12.5, 1250.0)
    >>> [(line.auxiliary.name, line.grams) for line in batch.auxiliaries]
    [("Glauber's salt", 50.0), ('sulfuric acid', 15.0)]
    """
    if not isinstance(dyes, Mapping):
        raise ValueError(words("dye.error.dyes_mapping", value=repr(dyes)))
    if isinstance(auxiliaries, str):
        if auxiliaries not in BATHS:
            raise ValueError(words("dye.error.bath", baths=sorted(BATHS), value=repr(auxiliaries)))
        auxiliaries = BATHS[auxiliaries]
    if not all(isinstance(item, Auxiliary) for item in auxiliaries):
        raise ValueError(words("dye.error.auxiliary_items"))
    litres = liquor_litres(fibre_g, liquor_ratio)
    fibre = float(positive("fibre_g", fibre_g))
    if stock_percent is not None:
        stock_g_per_l(stock_percent)
    lines = []
    for name, percent in dyes.items():
        if isinstance(percent, bool) or not isinstance(percent, numbers.Real) or not math.isfinite(percent):
            raise ValueError(words("dye.error.owf", name=repr(name), value=repr(percent)))
        grams = dye_grams(fibre, non_negative(words("dye.name.owf_of", name=repr(name)), percent))
        ml = None if stock_percent is None else stock_ml(fibre, percent, stock_percent)
        lines.append(DyeLine(str(name), float(percent), grams, ml))
    extra = tuple(
        AuxiliaryLine(item, auxiliary_grams(item.amount, item.unit, fibre, litres)) for item in auxiliaries
    )
    return BatchRecipe(
        fibre,
        float(liquor_ratio),
        litres,
        None if stock_percent is None else float(stock_percent),
        tuple(lines),
        extra,
    )


def scale_recipe(recipe: BatchRecipe, fibre_g, liquor_ratio=None) -> BatchRecipe:
    """
    The same recipe for another batch size: % owf stay, grams and litres follow the new batch.

    A lab dip of 10 g at 1:40 becomes a 25 kg bulk batch, often at a shorter liquor (1:20 in a
    machine). Dyes and % owf auxiliaries scale with the fibre; g/L auxiliaries with the new volume.

    Examples
    --------
    >>> dip = batch_recipe({"Acid Red (synthetic)": 1.0}, 10, 40, [Auxiliary("sodium acetate", 2, "g/L")])
    >>> bulk = scale_recipe(dip, 25_000, liquor_ratio=20)
    >>> bulk.dyes[0].grams, bulk.liquor_l, bulk.auxiliaries[0].grams
    (250.0, 500.0, 1000.0)
    """
    if not isinstance(recipe, BatchRecipe):
        raise ValueError(words("dye.error.batch_recipe", type=type(recipe).__name__))
    return batch_recipe(
        recipe.dye_owf,
        fibre_g,
        recipe.liquor_ratio if liquor_ratio is None else liquor_ratio,
        [line.auxiliary for line in recipe.auxiliaries],
        recipe.stock_percent,
    )


def cost_per_kg(recipe: BatchRecipe, prices_per_kg: Mapping[str, float]) -> float:
    """
    Cost of the dyes and auxiliaries per kg of yarn, from each product's price per kg.

    Parameters
    ----------
    recipe : BatchRecipe
    prices_per_kg : mapping of str to float
        Product name (dye or auxiliary, as in the recipe) → price per kg of product, in any currency;
        every product of the recipe needs a price.

    Returns
    -------
    float
        Price per kg of dyed fibre, same currency.

    Examples
    --------
    >>> salt = Auxiliary("Glauber's salt", 10, "% owf")
    >>> batch = batch_recipe({"Acid Red (synthetic)": 2.0}, 500, 40, [salt])
    >>> cost_per_kg(batch, {"Acid Red (synthetic)": 3_000_000, "Glauber's salt": 50_000})
    65000.0
    """
    if not isinstance(recipe, BatchRecipe):
        raise ValueError(words("dye.error.batch_recipe", type=type(recipe).__name__))
    if not isinstance(prices_per_kg, Mapping):
        raise ValueError(words("dye.error.prices", value=repr(prices_per_kg)))
    items = [(line.name, line.grams) for line in recipe.dyes]
    items += [(line.auxiliary.name, line.grams) for line in recipe.auxiliaries]
    total = 0.0
    for name, grams in items:
        if name not in prices_per_kg:
            raise ValueError(words("dye.error.no_price", name=repr(name)))
        total += (
            grams
            / 1000
            * float(non_negative(words("dye.name.price_of", name=repr(name)), prices_per_kg[name]))
        )
    return total / (recipe.fibre_g / 1000)


_PRODUCTS = {
    "Glauber's salt": "glaubers_salt",
    "sulfuric acid": "sulfuric_acid",
    "acetic acid": "acetic_acid",
    "sodium acetate": "sodium_acetate",
    "ammonium sulfate": "ammonium_sulfate",
    "alum": "alum",
    "cream of tartar": "cream_of_tartar",
    "Acid Yellow (synthetic)": "acid_yellow",
    "Acid Orange (synthetic)": "acid_orange",
    "Acid Red (synthetic)": "acid_red",
    "Acid Violet (synthetic)": "acid_violet",
    "Acid Blue (synthetic)": "acid_blue",
    "Acid Black (synthetic)": "acid_black",
    "Madder red (standard)": "madder_red_standard",
    "Weld yellow (standard)": "weld_yellow_standard",
    "Indigo blue (standard)": "indigo_blue_standard",
    "Walnut brown (standard)": "walnut_brown_standard",
    "Olive (standard)": "olive_standard",
}
"""The course's own products (the auxiliaries of :data:`BATHS`, the synthetic dye set and standards)
→ their catalogue keys (``dye.product.<key>``)."""


def product_name(name: str, lang: str | None = None) -> str:
    """
    The name of a dye, standard or bath chemical as a person reads it, in language ``lang``
    (default: the current language, ``$FARSHLAB_LANG``).

    Names are data: recipes, dye sets and price lists are keyed by them (``"Glauber's salt"``,
    ``"Acid Red (synthetic)"``) in every language. Show a person ``product_name(name)`` instead. The
    course's own products have a name in each language; any other name (a workshop's own dye) is
    returned as it is.

    Examples
    --------
    >>> product_name("Glauber's salt", lang="en"), product_name("Glauber's salt", lang="fa")
    ("Glauber's salt", 'نمک گلابر')
    >>> product_name("Acid Red (synthetic)", lang="fa"), product_name("Lanaset Navy", lang="fa")
    ('قرمز اسیدی (ساختگی)', 'Lanaset Navy')
    """
    key = _PRODUCTS.get(name)
    return name if key is None else words(f"dye.product.{key}", lang)
