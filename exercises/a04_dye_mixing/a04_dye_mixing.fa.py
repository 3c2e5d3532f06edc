# ---
# jupyter:
#   farshlab_translation:
#     of: a04_dye_mixing.py
#     sha256: 13555367f319f321fed3278847304883fd8b74c9694902a598d59fa4d662e1d1
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # تکلیف `a04` — ترکیب رنگ‌ها: نسخهٔ رنگرزی، `K/S`، پیش‌بینی یک رنگ و همانندسازی با آن
#
# این تکلیف آموخته‌های درس ۴ را به کار می‌گیرد (`lessons/04_dye_mixing.ipynb`).
# ۱۸ پرسش دارد و روی هم ۲۹ نمره: ۱۷ تکه کد کوچک که رایانه بررسی‌شان می‌کند (۲۶ نمره) و ۱ پاسخ نوشتاری
# که مربی‌تان می‌خواند (۳ نمره).
#
# **چه باید کرد**
# - سلول‌ها را از بالا یکی‌یکی **با Shift + Enter اجرا کنید**. اول سلول خاکستری *آماده‌سازی* را که در پایین آمده اجرا کنید.
# - در هر سلول پاسخ، خط `raise NotImplementedError()` را پاک کنید و کد خودتان را جای آن بنویسید.
#   خط `def …` را همان‌طور که هست نگه دارید: نام تابع و ترتیب ورودی‌ها باید همان بماند.
# - زیر هر سلول پاسخ یک **سلول آزمون** قفل‌شده هست. آن را اجرا کنید: اگر چیزی نشان داده نشد، پاسخ شما از
#   آزمون‌هایی که می‌بینید گذشته است. اگر یک کادر صورتی ظاهر شد، خط آخرش را بخوانید. وقتی تکلیف را تحویل
#   می‌دهید، آزمون‌های دیگری (که آن‌ها را نمی‌بینید) پاسخ شما را با عددهای دیگر هم بررسی می‌کنند؛ پس کدتان را
#   طوری بنویسید که برای هر بچی درست کار کند.
# - پیش از تحویل، **روی دکمهٔ Validate کلیک کنید** (این دکمه کل تکلیف را اجرا می‌کند و می‌گوید کدام آزمون‌ها رد
#   می‌شوند و کدام پاسخ‌ها هنوز خالی‌اند)، یا از منو `Kernel → Restart Kernel and Run All Cells…` را بزنید.
# - حساب‌ها را خودتان با `math` و numpy بنویسید: `farshlab.dye` را با `import` **وارد نکنید** (کار را به جای
#   شما انجام می‌دهد و شما مرحله‌ها را یاد نمی‌گیرید).
#
# از درس به یاد دارید: «درصد owf» یعنی «چند گرم رنگ برای هر ۱۰۰ گرم پشم خشک»؛ در هر لیتر محلول مادرِ ۱ درصد،
# ۱۰ گرم رنگ هست؛ نسبت آب به کالای ۱:۴۰ یعنی ۴۰ لیتر حمام رنگ برای هر کیلوگرم پشم.

# %% [markdown]
# اول این سلول آماده‌سازی را اجرا کنید. بخش‌های ۳ و ۴ با یک **مجموعهٔ رنگ ساختگی و خیلی کوچک** کار می‌کنند که
# به جای ۳۱ باند طول موج فقط سه باند دارد (آبی ۴۵۰ نانومتر، سبز ۵۵۰ نانومتر، قرمز ۶۵۰ نانومتر)، تا بتوانید هر
# عدد را با دست وارسی کنید. این عددها فقط برای یادگیری‌اند: رنگ‌های واقعی نیستند.

# %% nbgrader={"grade": false, "grade_id": "a04-setup", "locked": true, "schema_version": 3, "solution": false}
import math

import numpy as np

BANDS_NM = [450, 550, 650]
# پشم رنگ‌نشدهٔ شیری‌رنگ: بازتاب آن (از ۰ تا ۱) در سه باند
SUBSTRATE_R = np.array([0.60, 0.75, 0.80])
# K/S واحدِ دو رنگ ساختگی: K/S‌ای که هر رنگ به ازای هر ۱ درصد owf در هر باند می‌افزاید
UNIT_KS = {
    "yellow": np.array([6.0, 0.4, 0.05]),
    "blue": np.array([0.3, 1.5, 5.0]),
}
# سهم هر باند در X، Y و Z (سطرها: باندها؛ ستون‌ها: X، Y، Z)؛ ساختگی و فقط برای یادگیری
WEIGHTS = np.array([
    [0.20, 0.06, 0.95],
    [0.35, 0.80, 0.06],
    [0.40, 0.14, 0.00],
])
# سفید مرجع: سفید کامل در هر باند ۱ را بازمی‌تاباند، پس X، Y و Z آن همان جمع ستون‌هاست
WHITE = WEIGHTS.sum(axis=0)  # [0.95, 1.0, 1.01]


def lab_f(t):
    """تابع f(t) در CIELAB از درس ۲: ریشهٔ سوم، با یک خط راست برای رنگ‌های خیلی تیره."""
    if t > 216 / 24389:
        return t ** (1 / 3)
    return (24389 / 27 * t + 16) / 116


# %% [markdown]
# # بخش ۱ — حساب نسخهٔ رنگرزی

# %% [markdown]
# ## پرسش ۱٫۱ (۱ نمره) گرم رنگ
# تابع `dye_grams(fibre_g, owf_percent)` را بنویسید که بگوید برای رنگرزی `fibre_g` گرم پشم خشک با
# `owf_percent` درصدِ وزن کالا (owf) چند گرم رنگ لازم است.
#
# مثال: ۵۰۰ گرم پشم با ۲٫۵ درصد owf به ۱۲٫۵ گرم رنگ نیاز دارد.

# %% nbgrader={"grade": false, "grade_id": "a04-q1_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["dye_grams"], "answered_by": ["farshlab.dye.dye_grams"]}
def dye_grams(fibre_g, owf_percent):
    ### BEGIN SOLUTION
    return fibre_g * owf_percent / 100
    ### END SOLUTION

# %% farshlab={"library_answer": "a04-q1_1-answer"}
from farshlab.dye import dye_grams

# %% farshlab={"wrong_answer": "a04-q1_1-answer", "mistake": "forgets ÷ 100: takes 2.5 % as 2.5 times"}
def dye_grams(fibre_g, owf_percent):
    return fibre_g * owf_percent

# %% farshlab={"wrong_answer": "a04-q1_1-answer", "mistake": "÷ 1000 (grams to kilograms) instead of ÷ 100"}
def dye_grams(fibre_g, owf_percent):
    return fibre_g * owf_percent / 1000

# %% farshlab={"wrong_answer": "a04-q1_1-answer", "mistake": "divides the wool by the percent"}
def dye_grams(fibre_g, owf_percent):
    return fibre_g / owf_percent

# %% nbgrader={"grade": true, "grade_id": "a04-q1_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = dye_grams(500, 2.5)
assert math.isclose(got, 12.5, rel_tol=1e-9), f"۵۰۰ گرم پشم با ۲٫۵ درصد owf به ۱۲٫۵ گرم رنگ نیاز دارد (۵۰۰ × ۲٫۵ ÷ ۱۰۰)؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert math.isclose(dye_grams(1000, 0.5), 5.0, rel_tol=1e-9), f"۱ کیلوگرم پشم با ۰٫۵ درصد می‌شود ۵ گرم رنگ، ولی {dye_grams(1000, 0.5)} به دست آمد"
assert math.isclose(dye_grams(250, 4), 10.0, rel_tol=1e-9), f"۲۵۰ گرم پشم با ۴ درصد می‌شود ۱۰ گرم رنگ، ولی {dye_grams(250, 4)} به دست آمد"
assert math.isclose(dye_grams(10, 0.3), 0.03, rel_tol=1e-9), f"برای رنگرزی آزمایشیِ ۱۰ گرمی با ۰٫۳ درصد، ۰٫۰۳ گرم رنگ لازم است، ولی {dye_grams(10, 0.3)} به دست آمد"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۱٫۲ (۱ نمره) میلی‌لیتر محلول مادر
# رنگِ بچ‌های کوچک را به شکل محلول اندازه می‌گیرند. در هر لیتر محلول مادرِ `stock_percent` درصد،
# `stock_percent × 10` گرم رنگ هست (محلول مادر ۱ درصد یعنی ۱۰ گرم رنگ در هر لیتر). تابع
# `stock_ml(fibre_g, owf_percent, stock_percent)` را بنویسید که بگوید چند میلی‌لیتر محلول مادر باید با پیپت
# برداشت.
#
# مثال: ۲٫۵ درصد owf روی ۵۰۰ گرم پشم، از محلول مادر ۱ درصد: ۱۲٫۵ گرم رنگ تقسیم بر ۱۰ گرم در لیتر
# می‌شود ۱٫۲۵ لیتر، یعنی ۱۲۵۰ میلی‌لیتر.

# %% nbgrader={"grade": false, "grade_id": "a04-q1_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["stock_ml"], "answered_by": ["farshlab.dye.stock_ml", "farshlab.dye.stock_g_per_l"]}
def stock_ml(fibre_g, owf_percent, stock_percent):
    ### BEGIN SOLUTION
    return fibre_g * owf_percent / stock_percent
    ### END SOLUTION

# %% farshlab={"library_answer": "a04-q1_2-answer"}
from farshlab.dye import stock_ml

# %% farshlab={"library_answer": "a04-q1_2-answer"}
from farshlab.dye import stock_g_per_l


def stock_ml(fibre_g, owf_percent, stock_percent):
    return fibre_g * owf_percent / 100 / stock_g_per_l(stock_percent) * 1000

# %% farshlab={"wrong_answer": "a04-q1_2-answer", "mistake": "takes a 1 % stock as 1 g per litre: 12,500 ml instead of 1,250"}
def stock_ml(fibre_g, owf_percent, stock_percent):
    return fibre_g * owf_percent / 100 / stock_percent * 1000

# %% farshlab={"wrong_answer": "a04-q1_2-answer", "mistake": "answers in litres, not millilitres"}
def stock_ml(fibre_g, owf_percent, stock_percent):
    return fibre_g * owf_percent / 100 / (stock_percent * 10)

# %% farshlab={"wrong_answer": "a04-q1_2-answer", "mistake": "takes a 1 % stock as 100 g per litre: 125 ml"}
def stock_ml(fibre_g, owf_percent, stock_percent):
    return fibre_g * owf_percent / 100 / (stock_percent * 100) * 1000

# %% nbgrader={"grade": true, "grade_id": "a04-q1_2-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، dye_grams نسخهٔ درست است، تا اشتباهی در
# پاسخ‌های قبلی نمرهٔ پرسش ۱٫۲ را هم از بین نبرد.
def _correct_dye_grams(fibre_g, owf_percent):
    return fibre_g * owf_percent / 100


_yours = {name: globals().get(name) for name in ["dye_grams"]}
dye_grams = _correct_dye_grams
### END HIDDEN TESTS
got = stock_ml(500, 2.5, 1.0)
assert math.isclose(got, 1250.0, rel_tol=1e-9), f"۲٫۵ درصد روی ۵۰۰ گرم پشم، از محلول مادر ۱ درصد، می‌شود ۱۲۵۰ میلی‌لیتر؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert math.isclose(stock_ml(10, 1.0, 0.5), 20.0, rel_tol=1e-9), f"۰٫۱ گرم رنگ از محلول مادر ۰٫۵ درصد (۵ گرم در لیتر) می‌شود ۲۰ میلی‌لیتر، ولی {stock_ml(10, 1.0, 0.5)} به دست آمد"
assert math.isclose(stock_ml(200, 0.25, 2.0), 25.0, rel_tol=1e-9), f"۰٫۵ گرم رنگ از محلول مادر ۲ درصد (۲۰ گرم در لیتر) می‌شود ۲۵ میلی‌لیتر، ولی {stock_ml(200, 0.25, 2.0)} به دست آمد"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۱٫۳ (۱ نمره) لیتر حمام رنگ
# تابع `liquor_litres(fibre_g, liquor_ratio)` را بنویسید: چند لیتر حمام رنگ برای `fibre_g` گرم پشم با نسبت
# آب به کالای `1:liquor_ratio` لازم است (یعنی `liquor_ratio` لیتر برای هر **کیلوگرم** پشم).
#
# مثال: ۵۰۰ گرم پشم با نسبت ۱:۴۰ به ۲۰ لیتر حمام نیاز دارد.

# %% nbgrader={"grade": false, "grade_id": "a04-q1_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["liquor_litres"], "answered_by": ["farshlab.dye.liquor_litres"]}
def liquor_litres(fibre_g, liquor_ratio):
    ### BEGIN SOLUTION
    return fibre_g / 1000 * liquor_ratio
    ### END SOLUTION

# %% farshlab={"library_answer": "a04-q1_3-answer"}
from farshlab.dye import liquor_litres

# %% farshlab={"wrong_answer": "a04-q1_3-answer", "mistake": "forgets to turn grams into kilograms"}
def liquor_litres(fibre_g, liquor_ratio):
    return fibre_g * liquor_ratio

# %% farshlab={"wrong_answer": "a04-q1_3-answer", "mistake": "divides by the ratio instead of multiplying"}
def liquor_litres(fibre_g, liquor_ratio):
    return fibre_g / liquor_ratio

# %% farshlab={"wrong_answer": "a04-q1_3-answer", "mistake": "÷ 100 instead of ÷ 1000 for the kilograms"}
def liquor_litres(fibre_g, liquor_ratio):
    return fibre_g / 100 * liquor_ratio

# %% nbgrader={"grade": true, "grade_id": "a04-q1_3-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = liquor_litres(500, 40)
assert math.isclose(got, 20.0, rel_tol=1e-9), f"۵۰۰ گرم یعنی ۰٫۵ کیلوگرم؛ با نسبت ۱:۴۰ می‌شود ۰٫۵ × ۴۰ = ۲۰ لیتر؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert math.isclose(liquor_litres(2500, 30), 75.0, rel_tol=1e-9), f"۲٫۵ کیلوگرم پشم با نسبت ۱:۳۰ می‌شود ۷۵ لیتر، ولی {liquor_litres(2500, 30)} به دست آمد"
assert math.isclose(liquor_litres(10, 50), 0.5, rel_tol=1e-9), f"رنگرزی آزمایشیِ ۱۰ گرمی با نسبت ۱:۵۰ می‌شود ۰٫۵ لیتر، ولی {liquor_litres(10, 50)} به دست آمد"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۱٫۴ (۲ نمره) مواد کمکی: `% owf` یا `g/L`
# مقدار مواد شیمیایی حمام را به دو شکل می‌دهند. تابع `auxiliary_grams(amount, unit, fibre_g, liquor_l)` را
# بنویسید:
# - وقتی `unit` برابر `"% owf"` است، گرم‌ها از وزن پشم به دست می‌آیند: `fibre_g × amount / 100`؛
# - وقتی `unit` برابر `"g/L"` (گرم در لیتر) است، گرم‌ها از حجم حمام به دست می‌آیند: `amount × liquor_l`.
#
# مثال: نمک گلابر با ۱۰ درصد owf روی ۵۰۰ گرم پشم می‌شود ۵۰ گرم؛ استات سدیم با ۲ گرم در لیتر در حمام ۲۰ لیتری
# می‌شود ۴۰ گرم.

# %% nbgrader={"grade": false, "grade_id": "a04-q1_4-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["auxiliary_grams"], "answered_by": ["farshlab.dye.auxiliary_grams"]}
def auxiliary_grams(amount, unit, fibre_g, liquor_l):
    ### BEGIN SOLUTION
    if unit == "% owf":
        return fibre_g * amount / 100
    return amount * liquor_l
    ### END SOLUTION

# %% farshlab={"library_answer": "a04-q1_4-answer"}
from farshlab.dye import auxiliary_grams

# %% farshlab={"wrong_answer": "a04-q1_4-answer", "mistake": "% owf without ÷ 100"}
def auxiliary_grams(amount, unit, fibre_g, liquor_l):
    if unit == "% owf":
        return fibre_g * amount
    return amount * liquor_l

# %% farshlab={"wrong_answer": "a04-q1_4-answer", "mistake": "g/L worked from the wool (kg) instead of the bath (litres)"}
def auxiliary_grams(amount, unit, fibre_g, liquor_l):
    if unit == "% owf":
        return fibre_g * amount / 100
    return amount * fibre_g / 1000

# %% farshlab={"wrong_answer": "a04-q1_4-answer", "mistake": "the two units the wrong way round"}
def auxiliary_grams(amount, unit, fibre_g, liquor_l):
    if unit == "g/L":
        return fibre_g * amount / 100
    return amount * liquor_l

# %% nbgrader={"grade": true, "grade_id": "a04-q1_4-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = auxiliary_grams(10, "% owf", 500, 20)
assert math.isclose(got, 50.0, rel_tol=1e-9), f"نمک گلابر ۱۰ درصد owf روی ۵۰۰ گرم پشم می‌شود ۵۰ گرم؛ تابع شما {got} را داد"
got = auxiliary_grams(2, "g/L", 500, 20)
assert math.isclose(got, 40.0, rel_tol=1e-9), f"۲ گرم در لیتر در حمام ۲۰ لیتری می‌شود ۴۰ گرم؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert math.isclose(auxiliary_grams(3, "% owf", 2000, 80), 60.0, rel_tol=1e-9), f"اسید سولفوریک ۳ درصد روی ۲ کیلوگرم پشم می‌شود ۶۰ گرم، ولی {auxiliary_grams(3, '% owf', 2000, 80)} به دست آمد"
assert math.isclose(auxiliary_grams(0.5, "g/L", 2000, 80), 40.0, rel_tol=1e-9), f"۰٫۵ گرم در لیتر در ۸۰ لیتر حمام می‌شود ۴۰ گرم، ولی {auxiliary_grams(0.5, 'g/L', 2000, 80)} به دست آمد"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۱٫۵ (۱ نمره) از رنگرزی آزمایشی تا بچ اصلی
# نسخهٔ رنگرزی آزمایشی یک دیکشنری است: رنگ ← درصد owf. در بچ اصلی عمق رنگ همان می‌ماند؛ فقط گرم‌ها عوض
# می‌شوند. تابع `bulk_grams(recipe_owf, bulk_fibre_g)` را بنویسید که برای بچ اصلی یک دیکشنری رنگ ← گرم
# برگرداند.
#
# مثال: `bulk_grams({"red": 1.0, "yellow": 0.2}, 25000)` برابر است با `{"red": 250.0, "yellow": 50.0}`.

# %% nbgrader={"grade": false, "grade_id": "a04-q1_5-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["bulk_grams"], "answered_by": ["farshlab.dye.batch_recipe", "farshlab.dye.scale_recipe"]}
def bulk_grams(recipe_owf, bulk_fibre_g):
    ### BEGIN SOLUTION
    return {dye: bulk_fibre_g * owf / 100 for dye, owf in recipe_owf.items()}
    ### END SOLUTION

# %% farshlab={"library_answer": "a04-q1_5-answer"}
from farshlab.dye import batch_recipe


def bulk_grams(recipe_owf, bulk_fibre_g):
    return {line.name: line.grams for line in batch_recipe(recipe_owf, bulk_fibre_g, 40).dyes}

# %% farshlab={"library_answer": "a04-q1_5-answer"}
from farshlab.dye import BatchRecipe, DyeLine, scale_recipe


def bulk_grams(recipe_owf, bulk_fibre_g):
    dip = BatchRecipe(10.0, 40.0, 0.4, 1.0, tuple(DyeLine(dye, owf, owf / 10, 0.0) for dye, owf in recipe_owf.items()), ())
    return {line.name: line.grams for line in scale_recipe(dip, bulk_fibre_g).dyes}

# %% farshlab={"wrong_answer": "a04-q1_5-answer", "mistake": "forgets ÷ 100"}
def bulk_grams(recipe_owf, bulk_fibre_g):
    return {dye: bulk_fibre_g * owf for dye, owf in recipe_owf.items()}

# %% farshlab={"wrong_answer": "a04-q1_5-answer", "mistake": "gives kilograms instead of grams"}
def bulk_grams(recipe_owf, bulk_fibre_g):
    return {dye: bulk_fibre_g * owf / 100 / 1000 for dye, owf in recipe_owf.items()}

# %% farshlab={"wrong_answer": "a04-q1_5-answer", "mistake": "leaves out a dye at 0 %"}
def bulk_grams(recipe_owf, bulk_fibre_g):
    return {dye: bulk_fibre_g * owf / 100 for dye, owf in recipe_owf.items() if owf}

# %% nbgrader={"grade": true, "grade_id": "a04-q1_5-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، dye_grams نسخهٔ درست است، تا اشتباهی در
# پاسخ‌های قبلی نمرهٔ پرسش ۱٫۵ را هم از بین نبرد.
def _correct_dye_grams(fibre_g, owf_percent):
    return fibre_g * owf_percent / 100


_yours = {name: globals().get(name) for name in ["dye_grams"]}
dye_grams = _correct_dye_grams
### END HIDDEN TESTS
got = bulk_grams({"red": 1.0, "yellow": 0.2}, 25000)
assert set(got) == {"red", "yellow"}, f"پاسخ باید همان رنگ‌های نسخه را داشته باشد، ولی {got} به دست آمد"
assert math.isclose(got["red"], 250.0) and math.isclose(got["yellow"], 50.0), f"۲۵ کیلوگرم پشم با ۱ درصد می‌شود ۲۵۰ گرم و با ۰٫۲ درصد ۵۰ گرم؛ ولی {got} به دست آمد"
### BEGIN HIDDEN TESTS
got = bulk_grams({"blue": 0.35, "black": 1.5, "orange": 0.0}, 8000)
assert math.isclose(got["blue"], 28.0) and math.isclose(got["black"], 120.0) and got["orange"] == 0, f"انتظار می‌رفت blue برابر ۲۸، black برابر ۱۲۰ و orange برابر ۰ باشد؛ ولی {got} به دست آمد"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۱٫۶ (۲ نمره) هزینه برای هر کیلوگرم نخ
# تابع `cost_per_kg(recipe_owf, prices_per_kg)` را بنویسید: هزینهٔ رنگ‌ها و مواد شیمیایی برای **۱ کیلوگرم**
# پشم. `recipe_owf` مقدار هر ماده را به درصد owf می‌دهد، و `prices_per_kg` قیمت هر کیلوگرم از آن ماده را.
# (۱ کیلوگرم پشم با ۲ درصد owf، ۰٫۰۲ کیلوگرم از آن ماده می‌برد.)
#
# مثال: رنگ قرمز ۲ درصد با قیمت کیلویی ۳٬۰۰۰٬۰۰۰، به‌علاوهٔ نمک گلابر ۱۰ درصد با قیمت کیلویی ۵۰٬۰۰۰:
# $0.02 \times 3{,}000{,}000 + 0.10 \times 50{,}000 = 65{,}000$ برای هر کیلوگرم نخ.

# %% nbgrader={"grade": false, "grade_id": "a04-q1_6-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["cost_per_kg"], "answered_by": ["farshlab.dye.cost_per_kg"]}
def cost_per_kg(recipe_owf, prices_per_kg):
    ### BEGIN SOLUTION
    return sum(owf / 100 * prices_per_kg[name] for name, owf in recipe_owf.items())
    ### END SOLUTION

# %% farshlab={"library_answer": "a04-q1_6-answer"}
from farshlab.dye import BatchRecipe, DyeLine
from farshlab.dye import cost_per_kg as _cost


def cost_per_kg(recipe_owf, prices_per_kg):
    lines = tuple(DyeLine(name, owf, 1000 * owf / 100, 0.0) for name, owf in recipe_owf.items())
    return _cost(BatchRecipe(1000.0, 40.0, 40.0, 1.0, lines, ()), prices_per_kg)

# %% farshlab={"wrong_answer": "a04-q1_6-answer", "mistake": "forgets ÷ 100: 2 % taken as 2 kg of product"}
def cost_per_kg(recipe_owf, prices_per_kg):
    return sum(owf * prices_per_kg[name] for name, owf in recipe_owf.items())

# %% farshlab={"wrong_answer": "a04-q1_6-answer", "mistake": "works in grams of product but prices per kg: 1,000 times too much"}
def cost_per_kg(recipe_owf, prices_per_kg):
    return sum(1000 * owf / 100 * prices_per_kg[name] for name, owf in recipe_owf.items())

# %% farshlab={"wrong_answer": "a04-q1_6-answer", "mistake": "takes the price per gram (÷ 1000) as well: 1,000 times too little"}
def cost_per_kg(recipe_owf, prices_per_kg):
    return sum(owf / 100 * prices_per_kg[name] / 1000 for name, owf in recipe_owf.items())

# %% nbgrader={"grade": true, "grade_id": "a04-q1_6-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = cost_per_kg({"red": 2.0, "salt": 10.0}, {"red": 3_000_000, "salt": 50_000})
assert math.isclose(got, 65_000, rel_tol=1e-9), f"۰٫۰۲ × ۳٬۰۰۰٬۰۰۰ + ۰٫۱۰ × ۵۰٬۰۰۰ = ۶۵٬۰۰۰؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
got = cost_per_kg({"yellow": 0.5, "blue": 0.25, "acid": 3.0}, {"yellow": 2_000_000, "blue": 4_000_000, "acid": 100_000})
assert math.isclose(got, 23_000, rel_tol=1e-9), f"۱۰٬۰۰۰ + ۱۰٬۰۰۰ + ۳٬۰۰۰ = ۲۳٬۰۰۰؛ ولی {got} به دست آمد"
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۲ — کوبلکا–مونک: بازتاب و `K/S`

# %% [markdown]
# ## پرسش ۲٫۱ (۱ نمره) از بازتاب به `K/S`
# تابع `ks_from_reflectance(R)` را بنویسید که $K/S = (1-R)^2 / (2R)$ را برگرداند. این تابع باید هم برای یک
# عدد و هم برای یک آرایهٔ numpy از بازتاب‌ها کار کند.

# %% nbgrader={"grade": false, "grade_id": "a04-q2_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["ks_from_reflectance"], "answered_by": ["farshlab.dye.ks_from_reflectance"]}
def ks_from_reflectance(R):
    ### BEGIN SOLUTION
    return (1 - R) ** 2 / (2 * R)
    ### END SOLUTION

# %% farshlab={"library_answer": "a04-q2_1-answer"}
from farshlab.dye import ks_from_reflectance

# %% farshlab={"wrong_answer": "a04-q2_1-answer", "mistake": "(1 - R) ** 2 / 2 * R: multiplies by R instead of dividing by 2R"}
def ks_from_reflectance(R):
    return (1 - R) ** 2 / 2 * R

# %% farshlab={"wrong_answer": "a04-q2_1-answer", "mistake": "(1 - R ** 2): squares R instead of (1 - R)"}
def ks_from_reflectance(R):
    return (1 - R ** 2) / (2 * R)

# %% farshlab={"wrong_answer": "a04-q2_1-answer", "mistake": "math.pow: works for one number but not for an array"}
def ks_from_reflectance(R):
    return math.pow(1 - R, 2) / (2 * R)

# %% nbgrader={"grade": true, "grade_id": "a04-q2_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = ks_from_reflectance(0.5)
assert math.isclose(got, 0.25, rel_tol=1e-9), f"برای R = ۰٫۵ پاسخ ۰٫۲۵ است (۰٫۵² ÷ ۱)؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert math.isclose(ks_from_reflectance(0.2), 1.6, rel_tol=1e-9), f"برای R = ۰٫۲ می‌شود ۰٫۶۴ ÷ ۰٫۴ = ۱٫۶، ولی {ks_from_reflectance(0.2)} به دست آمد"
assert math.isclose(ks_from_reflectance(1.0), 0.0, abs_tol=1e-12), "سفید کامل (R = ۱) دارای K/S = ۰ است"
assert np.allclose(ks_from_reflectance(np.array([0.05, 0.9])), [9.025, 0.0055555556]), "آرایه‌ای از بازتاب‌ها باید آرایه‌ای از K/S بدهد"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۲٫۲ (۲ نمره) از `K/S` برگشت به بازتاب
# تابع `reflectance_from_ks(ks)` را بنویسید که $R = 1 + K/S - \sqrt{(K/S)^2 + 2\,K/S}$ را برگرداند (از `np.sqrt`
# استفاده کنید تا برای آرایه‌ها هم کار کند).

# %% nbgrader={"grade": false, "grade_id": "a04-q2_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["reflectance_from_ks"], "answered_by": ["farshlab.dye.reflectance_from_ks"]}
def reflectance_from_ks(ks):
    ### BEGIN SOLUTION
    return 1 + ks - np.sqrt(ks ** 2 + 2 * ks)
    ### END SOLUTION

# %% farshlab={"library_answer": "a04-q2_2-answer"}
from farshlab.dye import reflectance_from_ks

# %% farshlab={"wrong_answer": "a04-q2_2-answer", "mistake": "math.sqrt: works for one number but not for an array"}
def reflectance_from_ks(ks):
    return 1 + ks - math.sqrt(ks ** 2 + 2 * ks)

# %% farshlab={"wrong_answer": "a04-q2_2-answer", "mistake": "+ √ instead of − √"}
def reflectance_from_ks(ks):
    return 1 + ks + np.sqrt(ks ** 2 + 2 * ks)

# %% farshlab={"wrong_answer": "a04-q2_2-answer", "mistake": "forgets the 2 in 2·K/S"}
def reflectance_from_ks(ks):
    return 1 + ks - np.sqrt(ks ** 2 + ks)

# %% nbgrader={"grade": true, "grade_id": "a04-q2_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = reflectance_from_ks(0.25)
assert math.isclose(got, 0.5, rel_tol=1e-9), f"برای K/S = ۰٫۲۵ می‌شود R = ۱٫۲۵ − ۰٫۷۵ = ۰٫۵؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert math.isclose(reflectance_from_ks(3.0), 0.1270166538, rel_tol=1e-8), f"برای K/S = ۳ می‌شود R = ۰٫۱۲۷۰۲، ولی {reflectance_from_ks(3.0)} به دست آمد"
assert math.isclose(reflectance_from_ks(0.0), 1.0, rel_tol=1e-12), "K/S = ۰ یعنی سفید کامل، با R = ۱"
assert np.allclose(reflectance_from_ks(np.array([0.1, 1.6])), [0.6417424305, 0.2]), "آرایه‌ای از K/S باید آرایه‌ای از R بدهد"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۲٫۳ (۲ نمره) `K/S` واحد از یک رنگرزی واسنجی
# رنگرز یک کلاف را با `owf_percent` درصد رنگ می‌کند و آن را اندازه می‌گیرد: بازتاب آن در یک باند `dyed_R` است،
# و پشم رنگ‌نشده در همان باند `substrate_R` را بازمی‌تاباند. تابع `unit_ks(dyed_R, substrate_R, owf_percent)` را
# بنویسید: `K/S`ای که رنگ افزوده، به ازای **هر ۱ درصد** owf: (`K/S` نمونهٔ رنگ‌شده − `K/S` پشم) تقسیم بر `owf_percent`.
#
# مثال: `unit_ks(0.3, 0.75, 0.5)` برابر است با $(0.81667 - 0.04167) / 0.5 = 1.55$.

# %% nbgrader={"grade": false, "grade_id": "a04-q2_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["unit_ks"], "answered_by": ["farshlab.dye.unit_ks"]}
def unit_ks(dyed_R, substrate_R, owf_percent):
    ### BEGIN SOLUTION
    return (ks_from_reflectance(dyed_R) - ks_from_reflectance(substrate_R)) / owf_percent
    ### END SOLUTION

# %% farshlab={"library_answer": "a04-q2_3-answer"}
from farshlab.dye import unit_ks as _unit_ks


def unit_ks(dyed_R, substrate_R, owf_percent):
    return float(_unit_ks([owf_percent], [[dyed_R]], [substrate_R])[0][0])

# %% farshlab={"wrong_answer": "a04-q2_3-answer", "mistake": "forgets to take off the wool's own K/S"}
def unit_ks(dyed_R, substrate_R, owf_percent):
    return ks_from_reflectance(dyed_R) / owf_percent

# %% farshlab={"wrong_answer": "a04-q2_3-answer", "mistake": "multiplies by the % owf instead of dividing"}
def unit_ks(dyed_R, substrate_R, owf_percent):
    return (ks_from_reflectance(dyed_R) - ks_from_reflectance(substrate_R)) * owf_percent

# %% farshlab={"wrong_answer": "a04-q2_3-answer", "mistake": "brackets missing: divides only the wool's K/S by the % owf"}
def unit_ks(dyed_R, substrate_R, owf_percent):
    return ks_from_reflectance(dyed_R) - ks_from_reflectance(substrate_R) / owf_percent

# %% nbgrader={"grade": true, "grade_id": "a04-q2_3-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، ks_from_reflectance نسخهٔ درست است، تا
# اشتباهی در پاسخ‌های قبلی نمرهٔ پرسش ۲٫۳ را هم از بین نبرد.
def _correct_ks_from_reflectance(R):
    R = np.asarray(R, dtype=float)
    ks = (1 - R) ** 2 / (2 * R)
    return ks if ks.ndim else float(ks)


_yours = {name: globals().get(name) for name in ["ks_from_reflectance"]}
ks_from_reflectance = _correct_ks_from_reflectance
### END HIDDEN TESTS
got = unit_ks(0.3, 0.75, 0.5)
assert math.isclose(got, 1.55, rel_tol=1e-8), f"(۰٫۸۱۶۶۷ − ۰٫۰۴۱۶۷) ÷ ۰٫۵ = ۱٫۵۵؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert math.isclose(unit_ks(0.12, 0.6, 2.0), 1.5466666667, rel_tol=1e-8), f"(۳٫۲۲۶۶۷ − ۰٫۱۳۳۳۳) ÷ ۲ = ۱٫۵۴۶۶۷، ولی {unit_ks(0.12, 0.6, 2.0)} به دست آمد"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۳ — پیش‌بینی یک ترکیب (سه باند)

# %% [markdown]
# ## پرسش ۳٫۱ (۲ نمره) ترکیب در `K/S`
# رنگ‌ها در `K/S` با هم جمع می‌شوند، نه در بازتاب یا RGB: `K/S` ترکیب = `K/S` پشم + Σ (درصد owf هر رنگ ضرب در `K/S` واحد آن).
# تابع `mix_ks(substrate_ks, unit_ks_by_dye, recipe)` را بنویسید که در آن `substrate_ks` یک آرایهٔ numpy است
# (برای هر باند یک عدد)، `unit_ks_by_dye` یک دیکشنری مانند `UNIT_KS`، و `recipe` یک دیکشنری رنگ ← درصد owf.
# یک آرایهٔ numpy برگردانید.
#
# مثال: زرد (`"yellow"`) ۱ درصد + آبی (`"blue"`) ۰٫۵ درصد روی پشم ما، `K/S` برابر `[6.28333, 1.19167, 2.575]`
# می‌دهد.

# %% nbgrader={"grade": false, "grade_id": "a04-q3_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["mix_ks"], "answered_by": []}
def mix_ks(substrate_ks, unit_ks_by_dye, recipe):
    ### BEGIN SOLUTION
    total = np.array(substrate_ks, dtype=float)
    for dye, owf in recipe.items():
        total = total + owf * np.asarray(unit_ks_by_dye[dye])
    return total
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a04-q3_1-answer", "mistake": "forgets the wool: starts from zero"}
def mix_ks(substrate_ks, unit_ks_by_dye, recipe):
    total = np.zeros(len(substrate_ks))
    for dye, owf in recipe.items():
        total = total + owf * np.asarray(unit_ks_by_dye[dye])
    return total

# %% farshlab={"wrong_answer": "a04-q3_1-answer", "mistake": "adds each dye's unit K/S without its % owf"}
def mix_ks(substrate_ks, unit_ks_by_dye, recipe):
    total = np.array(substrate_ks, dtype=float)
    for dye in recipe:
        total = total + np.asarray(unit_ks_by_dye[dye])
    return total

# %% farshlab={"wrong_answer": "a04-q3_1-answer", "mistake": "adds into the wool's array in place (+=): changes the array it was given"}
def mix_ks(substrate_ks, unit_ks_by_dye, recipe):
    total = substrate_ks
    for dye, owf in recipe.items():
        total += owf * np.asarray(unit_ks_by_dye[dye])
    return total

# %% nbgrader={"grade": true, "grade_id": "a04-q3_1-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
wool_ks = (1 - SUBSTRATE_R) ** 2 / (2 * SUBSTRATE_R)
got = mix_ks(wool_ks, UNIT_KS, {"yellow": 1.0, "blue": 0.5})
assert np.allclose(got, [6.2833333333, 1.1916666667, 2.575]), f"K/S پشم + ۱ × yellow + ۰٫۵ × blue باید [6.28333, 1.19167, 2.575] باشد؛ ولی {got} به دست آمد"
### BEGIN HIDDEN TESTS
got = mix_ks(wool_ks, UNIT_KS, {"blue": 2.0})
assert np.allclose(got, [0.7333333333, 3.0416666667, 10.025]), f"آبی (blue) ۲ درصد به‌تنهایی باید [0.73333, 3.04167, 10.025] بدهد؛ ولی {got} به دست آمد"
got = mix_ks(np.zeros(3), UNIT_KS, {})
assert np.allclose(got, [0.0, 0.0, 0.0]), f"بدون هیچ رنگی روی سفید کامل، K/S در همهٔ باندها ۰ است؛ ولی {got} به دست آمد"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۳٫۲ (۱ نمره) بازتاب یک نسخه
# تابع `predict_reflectance(recipe)` را بنویسید: بازتاب پشم ما (`SUBSTRATE_R`) در سه باند، وقتی با نسخهٔ
# `recipe` (رنگ ← درصد owf) و با `UNIT_KS` رنگ شود. از تابع‌های خودتان `ks_from_reflectance`، `mix_ks` و
# `reflectance_from_ks` استفاده کنید.
#
# مثال: زرد ۱ درصد + آبی ۰٫۵ درصد، بازتاب `[0.06898, 0.24144, 0.14271]` را می‌دهد.

# %% nbgrader={"grade": false, "grade_id": "a04-q3_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["predict_reflectance"], "answered_by": []}
def predict_reflectance(recipe):
    ### BEGIN SOLUTION
    return reflectance_from_ks(mix_ks(ks_from_reflectance(SUBSTRATE_R), UNIT_KS, recipe))
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a04-q3_2-answer", "mistake": "mixes the dyes into the wool's reflectance instead of its K/S"}
def predict_reflectance(recipe):
    return reflectance_from_ks(mix_ks(SUBSTRATE_R, UNIT_KS, recipe))

# %% farshlab={"wrong_answer": "a04-q3_2-answer", "mistake": "forgets to turn the K/S back into reflectance"}
def predict_reflectance(recipe):
    return mix_ks(ks_from_reflectance(SUBSTRATE_R), UNIT_KS, recipe)

# %% farshlab={"wrong_answer": "a04-q3_2-answer", "mistake": "forgets the wool: the dyes alone on a perfect white"}
def predict_reflectance(recipe):
    return reflectance_from_ks(mix_ks(np.zeros(3), UNIT_KS, recipe))

# %% nbgrader={"grade": true, "grade_id": "a04-q3_2-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، ks_from_reflectance و reflectance_from_ks و
# mix_ks نسخه‌های درست‌اند، تا اشتباهی در پاسخ‌های قبلی نمرهٔ پرسش ۳٫۲ را هم از بین نبرد.
def _correct_ks_from_reflectance(R):
    R = np.asarray(R, dtype=float)
    ks = (1 - R) ** 2 / (2 * R)
    return ks if ks.ndim else float(ks)


def _correct_reflectance_from_ks(ks):
    ks = np.asarray(ks, dtype=float)
    R = 1 + ks - np.sqrt(ks**2 + 2 * ks)
    return R if R.ndim else float(R)


def _correct_mix_ks(substrate_ks, unit_ks_by_dye, recipe):
    total = np.array(substrate_ks, dtype=float)
    for dye, owf in recipe.items():
        total = total + owf * np.asarray(unit_ks_by_dye[dye], dtype=float)
    return total


_yours = {name: globals().get(name) for name in ["ks_from_reflectance", "reflectance_from_ks", "mix_ks"]}
ks_from_reflectance = _correct_ks_from_reflectance
reflectance_from_ks = _correct_reflectance_from_ks
mix_ks = _correct_mix_ks
### END HIDDEN TESTS
got = predict_reflectance({"yellow": 1.0, "blue": 0.5})
assert np.allclose(got, [0.0689765051, 0.2414351989, 0.1427084914]), f"انتظار می‌رفت [0.06898, 0.24144, 0.14271] باشد؛ ولی {got} به دست آمد"
### BEGIN HIDDEN TESTS
got = predict_reflectance({"yellow": 0.2})
assert np.allclose(got, [0.2251482266, 0.6135956961, 0.7681198771]), f"زرد (yellow) ۰٫۲ درصد باید بازتاب [0.22515, 0.61360, 0.76812] بدهد؛ ولی {got} به دست آمد"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۳٫۳ (۲ نمره) از طیف به `X`، `Y`، `Z`
# هر باند با سطر خودش در `WEIGHTS` به `X`، `Y` و `Z` سهم می‌دهد: `X = R₁·W₁ₓ + R₂·W₂ₓ + R₃·W₃ₓ`، و برای `Y` و
# `Z` هم همین‌طور. تابع `spectrum_to_xyz(R)` را بنویسید که آرایهٔ numpy `[X, Y, Z]` را برگرداند (راهنمایی:
# `R @ WEIGHTS`).
#
# مثال: خاکستری‌ای که در هر باند ۰٫۵ را بازمی‌تاباند، `X, Y, Z = [0.475, 0.5, 0.505]` دارد.

# %% nbgrader={"grade": false, "grade_id": "a04-q3_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["spectrum_to_xyz"], "answered_by": []}
def spectrum_to_xyz(R):
    ### BEGIN SOLUTION
    return np.asarray(R, dtype=float) @ WEIGHTS
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a04-q3_3-answer", "mistake": "WEIGHTS @ R: the multiplication the wrong way round"}
def spectrum_to_xyz(R):
    return WEIGHTS @ np.asarray(R, dtype=float)

# %% farshlab={"wrong_answer": "a04-q3_3-answer", "mistake": "scales the white by R band for band instead of weighting the bands"}
def spectrum_to_xyz(R):
    return np.asarray(R, dtype=float) * WHITE

# %% farshlab={"wrong_answer": "a04-q3_3-answer", "mistake": "divides by the white as well (that belongs to Lab)"}
def spectrum_to_xyz(R):
    return np.asarray(R, dtype=float) @ WEIGHTS / WHITE

# %% nbgrader={"grade": true, "grade_id": "a04-q3_3-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = spectrum_to_xyz(np.array([0.5, 0.5, 0.5]))
assert np.allclose(got, [0.475, 0.5, 0.505]), f"نصفِ سفید مرجع [0.95, 1, 1.01] می‌شود [0.475, 0.5, 0.505]؛ ولی {got} به دست آمد"
### BEGIN HIDDEN TESTS
got = spectrum_to_xyz(np.array([0.2, 0.4, 0.7]))
assert np.allclose(got, [0.46, 0.43, 0.214]), f"انتظار می‌رفت [0.46, 0.43, 0.214] باشد؛ ولی {got} به دست آمد"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۳٫۴ (۲ نمره) از `X`، `Y`، `Z` به Lab
# مانند درس ۲: `X`، `Y` و `Z` را بر `WHITE` تقسیم کنید و `lab_f` را (که در سلول آماده‌سازی آمده) روی هر کدام
# به کار ببرید تا `fx, fy, fz` به دست آید؛ سپس `L = 116 * fy - 16`، `a = 500 * (fx - fy)` و
# `b = 200 * (fy - fz)`. تابع `xyz_to_lab(xyz)` را بنویسید که آرایهٔ numpy `[L, a, b]` را برگرداند.
#
# مثال: خاکستری ۰٫۵ برابر `[76.069, 0, 0]` است.

# %% nbgrader={"grade": false, "grade_id": "a04-q3_4-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["xyz_to_lab"], "answered_by": ["colour.XYZ_to_Lab", "farshlab.colour.xyz_to_lab", "farshlab.dye.xyz_to_lab"]}
def xyz_to_lab(xyz):
    ### BEGIN SOLUTION
    fx, fy, fz = (lab_f(xyz[i] / WHITE[i]) for i in range(3))
    return np.array([116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)])
    ### END SOLUTION

# %% farshlab={"library_answer": "a04-q3_4-answer"}
import colour


def xyz_to_lab(xyz):
    return colour.XYZ_to_Lab(np.asarray(xyz, dtype=float), illuminant=colour.XYZ_to_xy(WHITE))

# %% farshlab={"library_answer": "a04-q3_4-answer"}
from farshlab.colour import D65_WHITE_XYZ
from farshlab.colour import xyz_to_lab as _xyz_to_lab


def xyz_to_lab(xyz):
    return _xyz_to_lab(np.asarray(xyz, dtype=float) / WHITE * D65_WHITE_XYZ)

# %% farshlab={"library_answer": "a04-q3_4-answer"}
import farshlab.dye


def xyz_to_lab(xyz):
    return farshlab.dye.xyz_to_lab(np.asarray(xyz, dtype=float) / WHITE * farshlab.dye.white_xyz())

# %% farshlab={"wrong_answer": "a04-q3_4-answer", "mistake": "uses Lesson 2's sRGB white (0.9505, 1, 1.089) instead of WHITE"}
def xyz_to_lab(xyz):
    white = [0.9505, 1.0, 1.0890]
    fx, fy, fz = (lab_f(xyz[i] / white[i]) for i in range(3))
    return np.array([116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)])

# %% farshlab={"wrong_answer": "a04-q3_4-answer", "mistake": "the cube root everywhere, not lab_f: no straight line for very dark colours"}
def xyz_to_lab(xyz):
    fx, fy, fz = ((xyz[i] / WHITE[i]) ** (1 / 3) for i in range(3))
    return np.array([116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)])

# %% farshlab={"wrong_answer": "a04-q3_4-answer", "mistake": "a* the wrong way round: 500 × (fy − fx)"}
def xyz_to_lab(xyz):
    fx, fy, fz = (lab_f(xyz[i] / WHITE[i]) for i in range(3))
    return np.array([116 * fy - 16, 500 * (fy - fx), 200 * (fy - fz)])

# %% nbgrader={"grade": true, "grade_id": "a04-q3_4-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = xyz_to_lab(np.array([0.475, 0.5, 0.505]))
assert np.allclose(got, [76.0692610142, 0.0, 0.0], atol=1e-6), f"خاکستری ۰٫۵ باید L = ۷۶٫۰۶۹، a = ۰ و b = ۰ باشد؛ ولی {got} به دست آمد"
### BEGIN HIDDEN TESTS
got = xyz_to_lab(np.array([0.46, 0.43, 0.214]))
assert np.allclose(got, [71.5549708457, 15.2360156891, 31.7244893883], atol=1e-6), f"انتظار می‌رفت [71.555, 15.236, 31.724] باشد؛ ولی {got} به دست آمد"
got = xyz_to_lab(np.array([0.00222, 0.00229, 0.00316]))
assert np.allclose(got, [2.0685485185, 0.1823806043, -1.3062176384], atol=1e-6), f"برای رنگ خیلی تیره باید بخش خط راست lab_f به کار برود؛ ولی {got} به دست آمد"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۳٫۵ (۱ نمره) رنگ یک نسخه را پیش‌بینی کنید
# همه را کنار هم بگذارید: تابع `predict_lab(recipe)` را بنویسید که Lab بازتابی را برگرداند که `recipe` روی پشم ما
# می‌سازد.
#
# مثال: زرد ۱ درصد + آبی ۰٫۵ درصد یک سبز است، حدود `[53.74, -27.15, 34.34]`.

# %% nbgrader={"grade": false, "grade_id": "a04-q3_5-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["predict_lab"], "answered_by": []}
def predict_lab(recipe):
    ### BEGIN SOLUTION
    return xyz_to_lab(spectrum_to_xyz(predict_reflectance(recipe)))
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a04-q3_5-answer", "mistake": "skips X, Y, Z: gives the reflectance straight to xyz_to_lab"}
def predict_lab(recipe):
    return xyz_to_lab(predict_reflectance(recipe))

# %% farshlab={"wrong_answer": "a04-q3_5-answer", "mistake": "takes the K/S of the mix for its reflectance"}
def predict_lab(recipe):
    return xyz_to_lab(spectrum_to_xyz(mix_ks(ks_from_reflectance(SUBSTRATE_R), UNIT_KS, recipe)))

# %% farshlab={"wrong_answer": "a04-q3_5-answer", "mistake": "the colour of the undyed wool: forgets the recipe"}
def predict_lab(recipe):
    return xyz_to_lab(spectrum_to_xyz(SUBSTRATE_R))

# %% nbgrader={"grade": true, "grade_id": "a04-q3_5-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، ks_from_reflectance، reflectance_from_ks، mix_ks،
# predict_reflectance، spectrum_to_xyz و xyz_to_lab نسخه‌های درست‌اند، تا اشتباهی در پاسخ‌های قبلی
# نمرهٔ پرسش ۳٫۵ را هم از بین نبرد.
def _correct_ks_from_reflectance(R):
    R = np.asarray(R, dtype=float)
    ks = (1 - R) ** 2 / (2 * R)
    return ks if ks.ndim else float(ks)


def _correct_reflectance_from_ks(ks):
    ks = np.asarray(ks, dtype=float)
    R = 1 + ks - np.sqrt(ks**2 + 2 * ks)
    return R if R.ndim else float(R)


def _correct_mix_ks(substrate_ks, unit_ks_by_dye, recipe):
    total = np.array(substrate_ks, dtype=float)
    for dye, owf in recipe.items():
        total = total + owf * np.asarray(unit_ks_by_dye[dye], dtype=float)
    return total


def _correct_predict_reflectance(recipe):
    ks = (1 - SUBSTRATE_R) ** 2 / SUBSTRATE_R / 2
    for dye, owf in recipe.items():
        ks = ks + owf * UNIT_KS[dye]
    return 1 + ks - np.sqrt(ks**2 + 2 * ks)


def _correct_spectrum_to_xyz(R):
    return np.asarray(R, dtype=float) @ WEIGHTS


def _correct_xyz_to_lab(xyz):
    fx, fy, fz = (lab_f(xyz[i] / WHITE[i]) for i in range(3))
    return np.array([116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)])


_yours = {name: globals().get(name) for name in ["ks_from_reflectance", "reflectance_from_ks", "mix_ks", "predict_reflectance", "spectrum_to_xyz", "xyz_to_lab"]}
ks_from_reflectance = _correct_ks_from_reflectance
reflectance_from_ks = _correct_reflectance_from_ks
mix_ks = _correct_mix_ks
predict_reflectance = _correct_predict_reflectance
spectrum_to_xyz = _correct_spectrum_to_xyz
xyz_to_lab = _correct_xyz_to_lab
### END HIDDEN TESTS
got = predict_lab({"yellow": 1.0, "blue": 0.5})
assert np.allclose(got, [53.7357063718, -27.1453123447, 34.3370109979], atol=1e-4), f"انتظار می‌رفت حدود [53.74, -27.15, 34.34] باشد؛ ولی {got} به دست آمد"
### BEGIN HIDDEN TESTS
got = predict_lab({"blue": 2.0})
assert np.allclose(got, [42.1461374455, 4.1352857623, -34.5433720457], atol=1e-4), f"آبی (blue) ۲ درصد باید حدود [42.15, 4.14, -34.54] باشد؛ ولی {got} به دست آمد"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۴ — همانندسازی و اصلاح نسخه

# %% [markdown]
# ## پرسش ۴٫۱ (۲ نمره) همانندسازی با دو رنگ
# مشتری یک کلاف سبز می‌آورد؛ دستگاه طیف‌سنج (اسپکتروفتومتر) بازتاب آن را در سه باند می‌دهد: `target_R`. درصد
# owf زرد و آبی را پیدا کنید که `K/S` آن را بسازند: `K/S`ای که رنگ‌ها باید بیفزایند
# `ks_from_reflectance(target_R) − ks_from_reflectance(SUBSTRATE_R)` است، و باید برابر
# `c_yellow × UNIT_KS["yellow"] + c_blue × UNIT_KS["blue"]` باشد. سه باند داریم و دو مجهول: آن را به روش
# کمترین مربعات با `np.linalg.lstsq(A, added, rcond=None)` حل کنید، که در آن ستون‌های `A` همان دو آرایهٔ
# `K/S` واحد هستند. تابع `two_dye_match(target_R)` را بنویسید که `(c_yellow, c_blue)` را برگرداند.
#
# مثال: کلاف `[0.05936, 0.25045, 0.16657]` با زرد ۱٫۲ درصد و آبی ۰٫۴ درصد رنگ شده بود.

# %% nbgrader={"grade": false, "grade_id": "a04-q4_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["two_dye_match"], "answered_by": []}
def two_dye_match(target_R):
    ### BEGIN SOLUTION
    added = ks_from_reflectance(np.asarray(target_R)) - ks_from_reflectance(SUBSTRATE_R)
    A = np.column_stack([UNIT_KS["yellow"], UNIT_KS["blue"]])
    c, *_ = np.linalg.lstsq(A, added, rcond=None)
    return float(c[0]), float(c[1])
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a04-q4_1-answer", "mistake": "forgets to take off the wool's own K/S"}
def two_dye_match(target_R):
    added = ks_from_reflectance(np.asarray(target_R))
    A = np.column_stack([UNIT_KS["yellow"], UNIT_KS["blue"]])
    c, *_ = np.linalg.lstsq(A, added, rcond=None)
    return float(c[0]), float(c[1])

# %% farshlab={"wrong_answer": "a04-q4_1-answer", "mistake": "solves in reflectance instead of K/S"}
def two_dye_match(target_R):
    added = np.asarray(target_R) - SUBSTRATE_R
    A = np.column_stack([UNIT_KS["yellow"], UNIT_KS["blue"]])
    c, *_ = np.linalg.lstsq(A, added, rcond=None)
    return float(c[0]), float(c[1])

# %% farshlab={"wrong_answer": "a04-q4_1-answer", "mistake": "returns (blue, yellow): the two amounts in the wrong order"}
def two_dye_match(target_R):
    added = ks_from_reflectance(np.asarray(target_R)) - ks_from_reflectance(SUBSTRATE_R)
    A = np.column_stack([UNIT_KS["yellow"], UNIT_KS["blue"]])
    c, *_ = np.linalg.lstsq(A, added, rcond=None)
    return float(c[1]), float(c[0])

# %% nbgrader={"grade": true, "grade_id": "a04-q4_1-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، ks_from_reflectance نسخهٔ درست است، تا
# اشتباهی در پاسخ‌های قبلی نمرهٔ پرسش ۴٫۱ را هم از بین نبرد.
def _correct_ks_from_reflectance(R):
    R = np.asarray(R, dtype=float)
    ks = (1 - R) ** 2 / (2 * R)
    return ks if ks.ndim else float(ks)


_yours = {name: globals().get(name) for name in ["ks_from_reflectance"]}
ks_from_reflectance = _correct_ks_from_reflectance
### END HIDDEN TESTS
got = two_dye_match(np.array([0.0593566569, 0.2504452889, 0.1665714845]))
assert len(got) == 2, f"دو عدد برگردانید: (c_yellow, c_blue)؛ ولی {got} به دست آمد"
assert np.allclose(got, [1.2, 0.4], atol=1e-6), f"این کلاف با زرد ۱٫۲ درصد و آبی ۰٫۴ درصد رنگ شده بود؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
got = two_dye_match(np.array([0.1569939371, 0.1838406746, 0.0769047663]))
assert np.allclose(got, [0.3, 1.1], atol=1e-6), f"انتظار می‌رفت زرد ۰٫۳ درصد و آبی ۱٫۱ درصد باشد؛ ولی {got} به دست آمد"
got = two_dye_match(np.array([0.2, 0.3, 0.5]))
assert np.allclose(got, [0.2466709842, 0.0758530319], atol=1e-6), f"این دو رنگ این کلاف را دقیقاً نمی‌سازند: بهترین حالت ممکن [0.24667, 0.07585] است؛ ولی {got} به دست آمد"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۴٫۲ (۲ نمره) اصلاح نسخه پس از رنگرزی آزمایشی
# نمونهٔ آزمایشی روشن‌تر از آنچه می‌خواستیم درآمده است. در باند اصلی این رنگ، بازتاب پشم `substrate_R`، بازتاب
# رنگ هدف `wanted_R` و بازتاب اندازه‌گیری‌شدهٔ نمونه `measured_R` است. در این عمق‌های رنگ `K/S`ای که رنگ می‌افزاید به
# نسبت درصد owf آن بالا می‌رود، پس عمق رنگِ اصلاح‌شده این است:
# `used_owf` ضرب در (`K/S` هدف − `K/S` پشم)، تقسیم بر (`K/S` اندازه‌گیری‌شده − `K/S` پشم).
# تابع `corrected_owf(used_owf, substrate_R, wanted_R, measured_R)` را بنویسید.
#
# مثال: رنگرزی با ۱ درصد، پشم ۰٫۷۵، هدف ۰٫۲۵، اندازه‌گیری‌شده ۰٫۳۰؛ پس $1 \times 1.08333 / 0.775 = 1.3978$ درصد.

# %% nbgrader={"grade": false, "grade_id": "a04-q4_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["corrected_owf"], "answered_by": []}
def corrected_owf(used_owf, substrate_R, wanted_R, measured_R):
    ### BEGIN SOLUTION
    wool = ks_from_reflectance(substrate_R)
    return used_owf * (ks_from_reflectance(wanted_R) - wool) / (ks_from_reflectance(measured_R) - wool)
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a04-q4_2-answer", "mistake": "forgets to take off the wool's K/S"}
def corrected_owf(used_owf, substrate_R, wanted_R, measured_R):
    return used_owf * ks_from_reflectance(wanted_R) / ks_from_reflectance(measured_R)

# %% farshlab={"wrong_answer": "a04-q4_2-answer", "mistake": "the ratio upside down: measured over wanted"}
def corrected_owf(used_owf, substrate_R, wanted_R, measured_R):
    wool = ks_from_reflectance(substrate_R)
    return used_owf * (ks_from_reflectance(measured_R) - wool) / (ks_from_reflectance(wanted_R) - wool)

# %% farshlab={"wrong_answer": "a04-q4_2-answer", "mistake": "works the ratio in reflectance instead of K/S"}
def corrected_owf(used_owf, substrate_R, wanted_R, measured_R):
    return used_owf * (wanted_R - substrate_R) / (measured_R - substrate_R)

# %% nbgrader={"grade": true, "grade_id": "a04-q4_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، ks_from_reflectance نسخهٔ درست است، تا
# اشتباهی در پاسخ‌های قبلی نمرهٔ پرسش ۴٫۲ را هم از بین نبرد.
def _correct_ks_from_reflectance(R):
    R = np.asarray(R, dtype=float)
    ks = (1 - R) ** 2 / (2 * R)
    return ks if ks.ndim else float(ks)


_yours = {name: globals().get(name) for name in ["ks_from_reflectance"]}
ks_from_reflectance = _correct_ks_from_reflectance
### END HIDDEN TESTS
got = corrected_owf(1.0, 0.75, 0.25, 0.30)
assert math.isclose(got, 1.3978494624, rel_tol=1e-8), f"۱ × (۱٫۱۲۵ − ۰٫۰۴۱۶۷) ÷ (۰٫۸۱۶۶۷ − ۰٫۰۴۱۶۷) = ۱٫۳۹۷۸۵؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert math.isclose(corrected_owf(0.5, 0.8, 0.4, 0.35), 0.3672839506, rel_tol=1e-8), f"نمونه‌ای که زیادی تیره شده رنگ کمتری لازم دارد: ۰٫۳۶۷۲۸ درصد، ولی {corrected_owf(0.5, 0.8, 0.4, 0.35)} به دست آمد"
assert math.isclose(corrected_owf(2.0, 0.6, 0.1, 0.1), 2.0, rel_tol=1e-9), "نمونه‌ای که درست به هدف رسیده، همان عمق رنگ را نگه می‌دارد"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۴٫۳ (۱ نمره) آیا این همانندی متامریک است؟
# یک همانندی وقتی **متامریک** است که در نور روز درست به نظر برسد ولی زیر نوری دیگر نه. تابع
# `is_metameric(std_d65, trial_d65, std_a, trial_a, tolerance)` را بنویسید: چهار ورودی اول رنگ‌های Lab هستند
# (نمونهٔ استاندارد و نمونهٔ آزمایشی، در نور روز `D65` و زیر لامپ رشته‌ای `A`)، و `tolerance` رواداری است:
# بزرگ‌ترین ΔE که هنوز همانند به حساب می‌آید. وقتی `ΔE76` (فاصلهٔ خط راست در Lab) در نور روز
# حداکثر `tolerance` باشد **و** زیر نور `A` بیشتر از `tolerance`، مقدار `True` برگردانید؛ وگرنه `False`.

# %% nbgrader={"grade": false, "grade_id": "a04-q4_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["is_metameric"], "answered_by": []}
def is_metameric(std_d65, trial_d65, std_a, trial_a, tolerance):
    ### BEGIN SOLUTION
    daylight = math.dist(std_d65, trial_d65)
    tungsten = math.dist(std_a, trial_a)
    return daylight <= tolerance and tungsten > tolerance
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a04-q4_3-answer", "mistake": "compares the two lights with each other and ignores the tolerance"}
def is_metameric(std_d65, trial_d65, std_a, trial_a, tolerance):
    return math.dist(std_a, trial_a) > math.dist(std_d65, trial_d65)

# %% farshlab={"wrong_answer": "a04-q4_3-answer", "mistake": "< instead of ≤ in daylight: a ΔE exactly at the tolerance does not count as a match"}
def is_metameric(std_d65, trial_d65, std_a, trial_a, tolerance):
    return math.dist(std_d65, trial_d65) < tolerance and math.dist(std_a, trial_a) > tolerance

# %% farshlab={"wrong_answer": "a04-q4_3-answer", "mistake": "or instead of and"}
def is_metameric(std_d65, trial_d65, std_a, trial_a, tolerance):
    return math.dist(std_d65, trial_d65) <= tolerance or math.dist(std_a, trial_a) > tolerance

# %% nbgrader={"grade": true, "grade_id": "a04-q4_3-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = is_metameric([50, 10, 10], [50.3, 10, 10], [55, 14, 30], [55, 16, 33], 1.0)
assert got, f"ΔE در نور روز ۰٫۳ است ولی زیر نور A برابر ۳٫۶: پس متامریک است؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert not is_metameric([50, 10, 10], [50.3, 10, 10], [55, 14, 30], [55.2, 14, 30], 1.0), "همانندی‌ای که زیر هر دو نور درست است، متامریک نیست"
assert not is_metameric([50, 10, 10], [53, 10, 10], [55, 14, 30], [58, 14, 30], 1.0), "نمونه‌ای که در نور روز همانند نیست، فقط یک همانندی بد است، نه متامریسم"
assert is_metameric([40, 0, 0], [40, 0, 2], [40, 0, 0], [40, 0, 2.5], 2.0), "ΔE دقیقاً ۲ در نور روز همانند به حساب می‌آید؛ ۲٫۵ زیر نور A نه"
got = is_metameric([50, 10, 10], [50.2, 10, 10], [55, 14, 30], [55.8, 14, 30], 1.0)
assert not got, (
    "ΔE در نور روز ۰٫۲ و زیر نور A برابر ۰٫۸ است و رواداری ۱٫۰: نمونه زیر هر دو نور همانند است، پس "
    f"متامریک نیست، هرچند اختلاف زیر نور A بیشتر است؛ هر ΔE را با رواداری مقایسه کنید؛ تابع شما {got} را داد")
got = is_metameric([50, 10, 10], [53, 10, 10], [55, 14, 30], [60, 14, 30], 1.0)
assert not got, (
    "ΔE در نور روز ۳ است (بیشتر از رواداری ۱٫۰): نمونه در نور روز همانند نیست، پس یک همانندی بد است، "
    f"نه متامریسم، هرچند اختلاف زیر نور A بیشتر است (۵)؛ تابع شما {got} را داد")
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۵ — به زبان خودتان

# %% [markdown]
# ## پرسش ۵٫۱ (۳ نمره، مربی‌تان می‌خواند) چرا رنگ‌ها را به همین سادگی با هم مخلوط نکنیم؟
# در سه تا پنج جمله: (الف) چرا رنگرز نمی‌تواند با میانگین گرفتن از عددهای RGB رنگ‌ها نسخه را پیدا کند، و چرا
# به جای آن در `K/S` ترکیب می‌کنیم؟ (ب) چرا کلافی که با عمق رنگ دو برابر رنگ شده، نصف نور را بازنمی‌تاباند؟
# (ج) همانندسازی شما در نور روز درست به نظر می‌رسد؛ پیش از رنگرزی بچ اصلی چه چیزی را بررسی می‌کنید، و چرا؟

# %% [markdown] nbgrader={"grade": true, "grade_id": "a04-q5_1-written", "locked": false, "points": 3, "schema_version": 3, "solution": true}
# (پاسخ نمونهٔ مربی اینجا می‌آید؛ در نسخه‌ای که به کارآموزان داده می‌شود، به جای آن `YOUR ANSWER HERE` دیده می‌شود.)
# (الف) رنگ‌ها مثل صفحهٔ نمایش نور را روی هم جمع نمی‌کنند: هر رنگ در طول موج‌های خودش نور را می‌گیرد (جذب
# می‌کند)، و آنچه پشم هنوز بازمی‌تاباند همان است که باقی مانده. عددهای RGB فقط می‌گویند رنگ چطور دیده می‌شود، نه
# اینکه رنگ کدام طول موج‌ها را جذب می‌کند؛ پس نمی‌شود از RGB دو رنگ میانگین گرفت. جذب‌ها با هم جمع می‌شوند
# (`K/S` ترکیب = `K/S` پشم + عمق هر رنگ (درصد owf) ضرب در `K/S` واحد آن)، پس نسخه‌ها را در `K/S` حساب می‌کنند و در پایان آن را به
# بازتاب و Lab برمی‌گردانند.
# (ب) بازتاب با مقدار رنگ متناسب نیست: `K/S` با رنگ بالا می‌رود، و هر چه `K/S` بیشتر شود `R` آهسته‌تر پایین
# می‌آید (`R = 1 + K/S − √((K/S)² + 2 K/S)`)؛ در عمق‌های زیاد الیاف هم سیر می‌شود، پس حتی `K/S` هم دیگر دو برابر
# نمی‌شود.
# (ج) اول یک رنگرزی آزمایشی، که در نور روز با نمونهٔ استاندارد سنجیده می‌شود؛ بعد آن را زیر نور دومی هم بررسی
# کنید (لامپ رشته‌ای `A` یا مهتابی فروشگاه `F11`): اگر در نور روز همانند باشد ولی آنجا نه، همانندی متامریک است
# (رنگ‌هایش با رنگ‌های نمونهٔ استاندارد فرق دارند) و ممکن است مشتری اختلاف را ببیند. پیش از بچ اصلی، نسخه را از
# روی اندازه‌گیری نمونهٔ آزمایشی اصلاح کنید.
