# ---
# jupyter:
#   farshlab_translation:
#     of: a06_capstone.py
#     sha256: 80eea7eb1059ca89a9da665776df1456f0e204b275fdd755bfc55d22d0fc7271
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
# # تکلیف `a06` — کار پایانی: از عکس مشتری تا بستهٔ بافت
#
# این تکلیف آموخته‌های درس ۶ را به کار می‌گیرد (`lessons/06_capstone.ipynb`). دو قسمت دارد، ۱۶ پرسش و
# روی هم ۲۷ نمره:
#
# - **بخش‌های ۱ تا ۵**: ۱۳ تکه از حساب‌های بسته که رایانه بررسی‌شان می‌کند (۱۸ نمره): روزهای بافت، گرم
#   نخ، بچ‌ها و حمام‌های رنگ، رنگ‌هایی که رنگرز به آن‌ها می‌رسد، هزینه، و انتخاب برنامه.
# - **بخش ۶، پروژه**: برای عکس یک مشتری بسته‌ای می‌سازید و انتخاب‌هایتان را توضیح می‌دهید. مربی‌تان آن را
#   می‌خواند و با یک راهنمای نمره‌دهی نمره می‌دهد (۹ نمره).
#
# **چه باید کرد**
# - سلول‌ها را از بالا یکی‌یکی **با Shift + Enter اجرا کنید**. اول سلول خاکستری *آماده‌سازی* را که در پایین آمده اجرا کنید.
# - در هر سلول پاسخ، خط `raise NotImplementedError()` را پاک کنید و کد خودتان را جای آن بنویسید.
#   خط `def …` را همان‌طور که هست نگه دارید: نام تابع و ترتیب ورودی‌ها باید همان بماند.
# - زیر هر سلول پاسخ یک **سلول آزمون** قفل‌شده هست. آن را اجرا کنید: اگر چیزی نشان داده نشد، پاسخ شما از
#   آزمون‌هایی که می‌بینید گذشته است. اگر یک کادر صورتی ظاهر شد، خط آخرش را بخوانید. وقتی تکلیف را تحویل
#   می‌دهید، آزمون‌های دیگری (که آن‌ها را نمی‌بینید) پاسخ شما را با عددهای دیگر هم بررسی می‌کنند؛ پس کدتان را
#   طوری بنویسید که برای هر بسته‌ای درست کار کند.
# - پیش از تحویل، **روی دکمهٔ Validate کلیک کنید** (یا از منو `Kernel → Restart Kernel and Run All Cells…` را بزنید).
# - در بخش‌های ۱ تا ۵ مرحله‌ها را خودتان با Python ساده بنویسید: تابع‌هایی از `farshlab.kit`، `farshlab.dye`
#   و `farshlab.carpet` که این حساب‌ها را به جای شما انجام می‌دهند در این تکلیف خاموش‌اند. در بخش ۶ فرمان
#   `farshlab kit` را آزادانه در یک ترمینال به کار می‌برید (قسمت ۸ درس را ببینید).
#
# عددهای این تکلیف (دستمزد، قیمت‌ها، سرعت بافت) نمونه‌های ساختگی‌اند: کارگاه شما عددهای خودش را دارد.

# %% [markdown]
# اول این سلول آماده‌سازی را اجرا کنید (ابزارها و بسته‌ای را که پرسش‌ها به کار می‌برند آماده می‌کند).

# %% nbgrader={"grade": false, "grade_id": "a06-setup", "locked": true, "schema_version": 3, "solution": false}
import math

# تابلوی مشتری: ۳۵ × ۵۰ سانتی‌متر با ۴۰ رج، ۲۰۰ گره در عرض × ۲۸۶ رج = ۵۷٬۲۰۰ گره.
# اولین نقشهٔ آن با شش رنگ: گره‌های هر کد رنگ.
KNOTS = {1: 21000, 3: 9000, 7: 12600, 12: 4200, 20: 3000, 25: 7400}

# برای هر کد، بهترین نسخهٔ رنگرز چقدر (ΔE00) به رنگ نقشه نزدیک می‌شود.
DELTA_E = {1: 0.4, 3: 1.2, 7: 2.0, 12: 3.6, 20: 2.04, 25: 0.9}

# چهار برنامه برای همان عکس: اندازه و رج، رنگ‌ها، گره‌ها، هزینه به ریال و روزهای بافت.
# هزینه: دستمزد با مقاطی ۱٬۸۰۰٬۰۰۰ ریال + پشم (۴ سانتی‌متر برای هر گره، Nm ۸، ۱ لا، ۱۰ درصد پرت) کیلویی
# ۶٬۰۰۰٬۰۰۰ ریال + رنگ‌ها (۲ درصد owf) کیلویی ۴۰٬۰۰۰٬۰۰۰ ریال، گرد تا نزدیک‌ترین ۱٬۰۰۰ ریال.
# روزها: ۲ بافنده، هر کدام روزی ۱٬۲۰۰ گره، رو به بالا گردشده.
PLANS = [
    {"name": "35 × 50 cm, 40 raj", "colours": 24, "knots": 57200, "cost_rial": 10719000, "days": 24},
    {"name": "35 × 50 cm, 50 raj", "colours": 32, "knots": 89250, "cost_rial": 16725000, "days": 38},
    {"name": "50 × 70 cm, 40 raj", "colours": 32, "knots": 114400, "cost_rial": 21439000, "days": 48},
    {"name": "50 × 70 cm, 50 raj", "colours": 48, "knots": 178500, "cost_rial": 33451000, "days": 75},
]

# %% [markdown]
# # بخش ۱ — زمان و نخ

# %% [markdown]
# ## پرسش ۱٫۱ (۱ نمره) روزهای بافت
# تابع `weaving_days(knots, weavers, knots_per_day)` را بنویسید: تعداد روزهای کاملی که یک گروه بافنده برای
# بافتن یک فرش لازم دارد. هر کدام از `weavers` بافنده روزی `knots_per_day` گره می‌زند، پس گروه روزی
# `weavers × knots_per_day` گره می‌زند؛ روزها = گره‌ها ÷ (`weavers × knots_per_day`)، **رو به بالا گردشده**
# (تکه‌ای از یک روز هم یک روز پای دار است: از `math.ceil` استفاده کنید)، و به صورت `int`.
#
# مثال: ۱۷۸٬۵۰۰ گره، ۳ بافنده، هر کدام روزی ۱٬۴۰۰ گره: ۱۷۸٬۵۰۰ ÷ ۴٬۲۰۰ = ۴۲٫۵ ← ۴۳ روز.

# %% nbgrader={"grade": false, "grade_id": "a06-q1_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["weaving_days"], "answered_by": ["farshlab.carpet.weaving_days", "farshlab.kit.costs.estimate_kit"]}
def weaving_days(knots, weavers, knots_per_day):
    ### BEGIN SOLUTION
    return math.ceil(knots / (weavers * knots_per_day))
    ### END SOLUTION

# %% farshlab={"library_answer": "a06-q1_1-answer"}
from farshlab.carpet import weaving_days as days_of_work


def weaving_days(knots, weavers, knots_per_day):
    return math.ceil(days_of_work(knots, weavers, knots_per_day))

# %% farshlab={"library_answer": "a06-q1_1-answer"}
from farshlab.kit.costs import KitFigures, estimate_kit


def weaving_days(knots, weavers, knots_per_day):
    figures = KitFigures(weavers=weavers, knots_per_day=knots_per_day)
    return estimate_kit(knots, 0, 0, 0, figures).weaving_days

# %% farshlab={"wrong_answer": "a06-q1_1-answer", "mistake": "round instead of rounding up: 42.5 days becomes 42"}
def weaving_days(knots, weavers, knots_per_day):
    return round(knots / (weavers * knots_per_day))

# %% farshlab={"wrong_answer": "a06-q1_1-answer", "mistake": "forgets the weavers: one weaver's days"}
def weaving_days(knots, weavers, knots_per_day):
    return math.ceil(knots / knots_per_day)

# %% farshlab={"wrong_answer": "a06-q1_1-answer", "mistake": "cuts off the part of a day with int()"}
def weaving_days(knots, weavers, knots_per_day):
    return int(knots / (weavers * knots_per_day))

# %% nbgrader={"grade": true, "grade_id": "a06-q1_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = weaving_days(178500, 3, 1400)
assert got == 43, f"۱۷۸٬۵۰۰ گره ÷ (۳ × ۱٬۴۰۰ در روز) = ۴۲٫۵ روز: گروه ۴۳ روز پای دار کار دارد؛ تابع شما {got} را داد"
assert isinstance(got, int), f"پاسخ باید تعداد کامل روزها (int) باشد، ولی {type(got).__name__} به دست آمد"
### BEGIN HIDDEN TESTS
assert weaving_days(61200, 1, 6000) == 11, "۶۱٬۲۰۰ گره با روزی ۶٬۰۰۰: ۱۰٫۲ روز ← ۱۱ (رو به بالا گرد می‌شود، نه به ۱۰)"
assert weaving_days(57200, 2, 1500) == 20, "۵۷٬۲۰۰ گره، ۲ بافنده با روزی ۱٬۵۰۰: ۱۹٫۰۷ روز ← ۲۰"
assert weaving_days(24000, 2, 1200) == 10, "درست ۱۰ روز همان ۱۰ می‌ماند"
assert weaving_days(114400, 2, 1200) == 48, "۱۱۴٬۴۰۰ گره، ۲ بافنده با روزی ۱٬۲۰۰: ۴۷٫۷ روز ← ۴۸"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۱٫۲ (۲ نمره) گرم نخ یک رنگ
# همان حساب نخ درس‌های ۱ و ۵. تابع `yarn_grams(knots, cm_per_knot, nm, ply, waste_percent)` را بنویسید:
# متر = گره‌ها × سانتی‌متر برای هر گره ÷ ۱۰۰؛ نخی با `ply` لا از نمرهٔ `nm`، `nm ÷ ply` متر در هر گرم می‌دهد، پس
# گرم = متر ÷ (`nm ÷ ply`)؛ بعد پرت را اضافه کنید: × (۱ + `waste_percent` ÷ ۱۰۰).
#
# مثال: ۱۲٬۰۰۰ گره با ۴ سانتی‌متر برای هر گره، Nm ۸ در ۲ لا، ۵ درصد پرت: ۴۸۰ متر ← ۱۲۰ گرم ← ۱۲۶ گرم.

# %% nbgrader={"grade": false, "grade_id": "a06-q1_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["yarn_grams"], "answered_by": ["farshlab.carpet.yarn_grams", "farshlab.carpet.pile_length_m", "farshlab.carpet.pile_grams_per_colour"]}
def yarn_grams(knots, cm_per_knot, nm, ply, waste_percent):
    ### BEGIN SOLUTION
    metres = knots * cm_per_knot / 100
    return metres / (nm / ply) * (1 + waste_percent / 100)
    ### END SOLUTION

# %% farshlab={"library_answer": "a06-q1_2-answer"}
from farshlab.carpet import pile_length_m
from farshlab.carpet import yarn_grams as grams_of


def yarn_grams(knots, cm_per_knot, nm, ply, waste_percent):
    return grams_of(pile_length_m(knots, cm_per_knot), nm, ply, waste_percent)

# %% farshlab={"library_answer": "a06-q1_2-answer"}
from farshlab.carpet import pile_grams_per_colour


def yarn_grams(knots, cm_per_knot, nm, ply, waste_percent):
    return pile_grams_per_colour({1: knots}, nm, ply, cm_per_knot, waste_percent)[1]

# %% farshlab={"wrong_answer": "a06-q1_2-answer", "mistake": "forgets the ply: divides by Nm alone"}
def yarn_grams(knots, cm_per_knot, nm, ply, waste_percent):
    return knots * cm_per_knot / 100 / nm * (1 + waste_percent / 100)

# %% farshlab={"wrong_answer": "a06-q1_2-answer", "mistake": "forgets the waste allowance"}
def yarn_grams(knots, cm_per_knot, nm, ply, waste_percent):
    return knots * cm_per_knot / 100 / (nm / ply)

# %% farshlab={"wrong_answer": "a06-q1_2-answer", "mistake": "the waste in percent taken as a fraction: × (1 + 5) instead of × 1.05"}
def yarn_grams(knots, cm_per_knot, nm, ply, waste_percent):
    return knots * cm_per_knot / 100 / (nm / ply) * (1 + waste_percent)

# %% farshlab={"wrong_answer": "a06-q1_2-answer", "mistake": "multiplies Nm by the ply instead of dividing"}
def yarn_grams(knots, cm_per_knot, nm, ply, waste_percent):
    return knots * cm_per_knot / 100 / (nm * ply) * (1 + waste_percent / 100)

# %% farshlab={"wrong_answer": "a06-q1_2-answer", "mistake": "leaves the length in cm (no ÷ 100)"}
def yarn_grams(knots, cm_per_knot, nm, ply, waste_percent):
    return knots * cm_per_knot / (nm / ply) * (1 + waste_percent / 100)

# %% nbgrader={"grade": true, "grade_id": "a06-q1_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = yarn_grams(12000, 4, 8, 2, 5)
assert math.isclose(got, 126.0, rel_tol=1e-9), (
    "۱۲٬۰۰۰ گره × ۴ سانتی‌متر = ۴۸۰ متر؛ Nm ۸ در ۲ لا یعنی ۴ متر در هر گرم، پس ۱۲۰ گرم؛ با ۵ درصد پرت = ۱۲۶ گرم؛ "
    f"تابع شما {got} را داد")
### BEGIN HIDDEN TESTS
assert math.isclose(yarn_grams(57200, 4, 8, 1, 10), 314.6, rel_tol=1e-9), "۵۷٬۲۰۰ گره، Nm ۸ در ۱ لا، ۱۰ درصد پرت: ۳۱۴٫۶ گرم"
assert math.isclose(yarn_grams(178500, 4.5, 6, 2, 0), 2677.5, rel_tol=1e-9), "۱۷۸٬۵۰۰ گره با ۴٫۵ سانتی‌متر، Nm ۶ در ۲ لا، بی پرت: ۲٬۶۷۷٫۵ گرم"
assert math.isclose(yarn_grams(9000, 3.5, 10, 3, 8), 102.06, rel_tol=1e-9), "۹٬۰۰۰ گره با ۳٫۵ سانتی‌متر، Nm ۱۰ در ۳ لا، ۸ درصد پرت: ۱۰۲٫۰۶ گرم"
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۲ — بچ‌ها و حمام‌های رنگ
#
# دیگ رنگرز حداکثر `wool_per_bath_g` گرم پشم جا می‌دهد. هر رنگ به تعدادی **بچ** (حمام رنگ) نیاز دارد که
# برای رنگ کردن همهٔ نخش لازم است، و بسته نخ را به بچ‌های **برابر** تقسیم می‌کند، تا هر بچ با همان نسخه و همان
# نسبت آب به کالا رنگ شود — و همهٔ بچ‌ها یک سایه از آب دربیایند.

# %% [markdown]
# ## پرسش ۲٫۱ (۱ نمره) چند بچ
# تابع `lots_needed(yarn_g, wool_per_bath_g)` را بنویسید: نخ ÷ پشم هر حمام، **رو به بالا گردشده** (`math.ceil`)،
# به صورت `int`. چند گرمی هم که باقی بماند حمام خودش را می‌خواهد، و رنگی که فقط چند گرم است هم یک بچ لازم دارد.
#
# مثال: ۲٬۳۰۰ گرم نخ در حمام‌های ۱٬۰۰۰ گرمی: ۲٫۳ ← ۳ بچ. ۳٬۰۰۰ گرم: درست ۳ بچ.

# %% nbgrader={"grade": false, "grade_id": "a06-q2_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["lots_needed"], "answered_by": ["farshlab.kit.lots.lots_needed", "farshlab.kit.lots.dye_lots"]}
def lots_needed(yarn_g, wool_per_bath_g):
    ### BEGIN SOLUTION
    return math.ceil(yarn_g / wool_per_bath_g)
    ### END SOLUTION

# %% farshlab={"library_answer": "a06-q2_1-answer"}
from farshlab.kit.lots import lots_needed

# %% farshlab={"library_answer": "a06-q2_1-answer"}
from farshlab.kit.lots import dye_lots


def lots_needed(yarn_g, wool_per_bath_g):
    return len(dye_lots(yarn_g, {}, wool_per_bath_g=wool_per_bath_g))

# %% farshlab={"wrong_answer": "a06-q2_1-answer", "mistake": "round instead of rounding up: 2.3 lots becomes 2, and 300 g has no bath"}
def lots_needed(yarn_g, wool_per_bath_g):
    return max(1, round(yarn_g / wool_per_bath_g))

# %% farshlab={"wrong_answer": "a06-q2_1-answer", "mistake": "whole baths plus one: an extra lot when the yarn fills the baths exactly"}
def lots_needed(yarn_g, wool_per_bath_g):
    return int(yarn_g // wool_per_bath_g) + 1

# %% farshlab={"wrong_answer": "a06-q2_1-answer", "mistake": "counts whole baths only (yarn // bath): the last 300 g have no bath"}
def lots_needed(yarn_g, wool_per_bath_g):
    return max(1, int(yarn_g // wool_per_bath_g))

# %% farshlab={"wrong_answer": "a06-q2_1-answer", "mistake": "divides the bath by the yarn"}
def lots_needed(yarn_g, wool_per_bath_g):
    return max(1, math.ceil(wool_per_bath_g / yarn_g))

# %% nbgrader={"grade": true, "grade_id": "a06-q2_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = lots_needed(2300, 1000)
assert got == 3, f"۲٬۳۰۰ گرم در حمام‌های ۱٬۰۰۰ گرمی: ۲٫۳ حمام، پس ۳ بچ (رو به بالا: ۳۰۰ گرم هم حمام می‌خواهد)؛ تابع شما {got} را داد"
assert isinstance(got, int), f"پاسخ باید تعداد کامل بچ‌ها (int) باشد، ولی {type(got).__name__} به دست آمد"
got = lots_needed(3000, 1000)
assert got == 3, f"۳٬۰۰۰ گرم درست سه حمام ۱٬۰۰۰ گرمی را پر می‌کند: ۳ بچ، نه بیشتر؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert lots_needed(126, 1000) == 1, "۱۲۶ گرم در یک حمام جا می‌شود: ۱ بچ"
assert lots_needed(4.5, 1000) == 1, "رنگی که فقط ۴٫۵ گرم است هم ۱ بچ می‌خواهد"
assert lots_needed(4001, 2000) == 3, "۴٬۰۰۱ گرم در حمام‌های ۲٬۰۰۰ گرمی: ۲٫۰۰۰۵ ← ۳ بچ"
assert lots_needed(5000, 2500) == 2, "۵٬۰۰۰ گرم در حمام‌های ۲٬۵۰۰ گرمی: درست ۲ بچ"
assert lots_needed(2600, 1000) == 3, "۲٬۶۰۰ گرم در حمام‌های ۱٬۰۰۰ گرمی: ۳ بچ"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۲٫۲ (۱ نمره) پشم هر بچ
# تابع `wool_per_lot(yarn_g, wool_per_bath_g)` را بنویسید: گرم پشمِ **هر** بچ، وقتی نخ به بچ‌های برابر تقسیم
# می‌شود: نخ ÷ تعداد بچ‌ها (از `lots_needed` خودتان استفاده کنید).
#
# مثال: ۲٬۳۰۰ گرم در حمام‌های ۱٬۰۰۰ گرمی: ۳ بچ، هر کدام ۷۶۶٫۷ گرم (نه دو حمام پر و یک حمام کوچک).

# %% nbgrader={"grade": false, "grade_id": "a06-q2_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["wool_per_lot"], "answered_by": ["farshlab.kit.lots.dye_lots"]}
def wool_per_lot(yarn_g, wool_per_bath_g):
    ### BEGIN SOLUTION
    return yarn_g / lots_needed(yarn_g, wool_per_bath_g)
    ### END SOLUTION

# %% farshlab={"library_answer": "a06-q2_2-answer"}
from farshlab.kit.lots import dye_lots


def wool_per_lot(yarn_g, wool_per_bath_g):
    return dye_lots(yarn_g, {}, wool_per_bath_g=wool_per_bath_g)[0].wool_g

# %% farshlab={"wrong_answer": "a06-q2_2-answer", "mistake": "fills every bath: gives the bath size, not an equal share"}
def wool_per_lot(yarn_g, wool_per_bath_g):
    return min(yarn_g, wool_per_bath_g)

# %% farshlab={"wrong_answer": "a06-q2_2-answer", "mistake": "gives the whole colour's yarn, not one lot's"}
def wool_per_lot(yarn_g, wool_per_bath_g):
    return yarn_g

# %% farshlab={"wrong_answer": "a06-q2_2-answer", "mistake": "counts whole baths only (yarn // bath), so the lots are too big"}
def wool_per_lot(yarn_g, wool_per_bath_g):
    return yarn_g / max(1, yarn_g // wool_per_bath_g)

# %% nbgrader={"grade": true, "grade_id": "a06-q2_2-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، lots_needed نسخهٔ درست است، تا اشتباهی در
# پاسخ‌های قبلی نمرهٔ پرسش ۲٫۲ را هم از بین نبرد.
def _correct_lots_needed(yarn_g, wool_per_bath_g):
    return math.ceil(yarn_g / wool_per_bath_g)


_yours = {name: globals().get(name) for name in ["lots_needed"]}
lots_needed = _correct_lots_needed
### END HIDDEN TESTS
got = wool_per_lot(2300, 1000)
assert math.isclose(got, 766.6666666667, rel_tol=1e-9), (
    f"۲٬۳۰۰ گرم در ۳ بچ برابر: هر کدام ۷۶۶٫۶۷ گرم، تا همهٔ حمام‌ها یک نسخه داشته باشند؛ تابع شما {got} را داد")
### BEGIN HIDDEN TESTS
assert math.isclose(wool_per_lot(126, 1000), 126.0, rel_tol=1e-9), "۱۲۶ گرم: یک بچ ۱۲۶ گرمی"
assert math.isclose(wool_per_lot(5000, 2500), 2500.0, rel_tol=1e-9), "۵٬۰۰۰ گرم در حمام‌های ۲٬۵۰۰ گرمی: ۲ بچ ۲٬۵۰۰ گرمی"
assert math.isclose(wool_per_lot(4200, 1000), 840.0, rel_tol=1e-9), "۴٬۲۰۰ گرم در حمام‌های ۱٬۰۰۰ گرمی: ۵ بچ ۸۴۰ گرمی"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۲٫۳ (۱ نمره) آب یک حمام
# نسبت آب به کالا می‌گوید یک حمام برای هر **کیلوگرم** پشم چند **لیتر** آب می‌خواهد (۱:۴۰ یعنی ۴۰ لیتر برای هر
# کیلوگرم). تابع `water_litres(wool_g, liquor_ratio)` را بنویسید که لیترهای آب را برای `wool_g` گرم پشم برگرداند.
#
# مثال: ۵۰۰ گرم پشم با ۱:۴۰ می‌شود ۰٫۵ کیلوگرم × ۴۰ = ۲۰ لیتر.

# %% nbgrader={"grade": false, "grade_id": "a06-q2_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["water_litres"], "answered_by": ["farshlab.dye.liquor_litres", "farshlab.kit.lots.dye_lots"]}
def water_litres(wool_g, liquor_ratio):
    ### BEGIN SOLUTION
    return wool_g / 1000 * liquor_ratio
    ### END SOLUTION

# %% farshlab={"library_answer": "a06-q2_3-answer"}
from farshlab.dye import liquor_litres


def water_litres(wool_g, liquor_ratio):
    return liquor_litres(wool_g, liquor_ratio)

# %% farshlab={"library_answer": "a06-q2_3-answer"}
from farshlab.kit.lots import dye_lots


def water_litres(wool_g, liquor_ratio):
    return dye_lots(wool_g, {}, wool_per_bath_g=wool_g, liquor_ratio=liquor_ratio)[0].water_l

# %% farshlab={"wrong_answer": "a06-q2_3-answer", "mistake": "grams × ratio: millilitres, not litres (20,000 for 20 L)"}
def water_litres(wool_g, liquor_ratio):
    return wool_g * liquor_ratio

# %% farshlab={"wrong_answer": "a06-q2_3-answer", "mistake": "divides by the ratio"}
def water_litres(wool_g, liquor_ratio):
    return wool_g / 1000 / liquor_ratio

# %% farshlab={"wrong_answer": "a06-q2_3-answer", "mistake": "÷ 100 instead of ÷ 1000 to turn grams into kilograms: ten times the water"}
def water_litres(wool_g, liquor_ratio):
    return wool_g / 100 * liquor_ratio

# %% nbgrader={"grade": true, "grade_id": "a06-q2_3-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = water_litres(500, 40)
assert math.isclose(got, 20.0, rel_tol=1e-9), f"۵۰۰ گرم یعنی ۰٫۵ کیلوگرم؛ با ۱:۴۰ می‌شود ۰٫۵ × ۴۰ = ۲۰ لیتر؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert math.isclose(water_litres(1250, 30), 37.5, rel_tol=1e-9), "۱٬۲۵۰ گرم با ۱:۳۰: ۳۷٫۵ لیتر"
assert math.isclose(water_litres(2300 / 3, 40), 30.6666666667, rel_tol=1e-9), "یک بچ ۷۶۶٫۶۷ گرمی با ۱:۴۰: ۳۰٫۶۷ لیتر"
assert math.isclose(water_litres(80, 50), 4.0, rel_tol=1e-9), "۸۰ گرم با ۱:۵۰: ۴ لیتر"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۲٫۴ (۲ نمره) رنگِ یک بچ
# نسخهٔ رنگرزی هر رنگ را به **درصد وزن کالا** (% owf) می‌دهد: گرم رنگ = گرم پشم × درصد ÷ ۱۰۰. رنگرز رنگ‌ها را
# **برای هر بچ** وزن می‌کند. تابع `lot_dyes(yarn_g, wool_per_bath_g, recipe)` را بنویسید: `recipe` یک دیکشنری
# نام رنگ ← درصد owf است؛ یک دیکشنری نام رنگ ← گرم آن رنگ برای **یک بچ** از این رنگ برگردانید (از
# `wool_per_lot` خودتان استفاده کنید).
#
# مثال: ۲٬۳۰۰ گرم در حمام‌های ۱٬۰۰۰ گرمی با `{"Acid Red": 1.25, "Acid Yellow": 0.3}`: هر بچ ۷۶۶٫۶۷ گرم پشم دارد،
# پس ۹٫۵۸ گرم `Acid Red` و ۲٫۳ گرم `Acid Yellow`.

# %% nbgrader={"grade": false, "grade_id": "a06-q2_4-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["lot_dyes"], "answered_by": ["farshlab.dye.dye_grams", "farshlab.dye.batch_recipe", "farshlab.kit.lots.dye_lots"]}
def lot_dyes(yarn_g, wool_per_bath_g, recipe):
    ### BEGIN SOLUTION
    wool = wool_per_lot(yarn_g, wool_per_bath_g)
    return {dye: wool * percent / 100 for dye, percent in recipe.items()}
    ### END SOLUTION

# %% farshlab={"library_answer": "a06-q2_4-answer"}
from farshlab.dye import dye_grams


def lot_dyes(yarn_g, wool_per_bath_g, recipe):
    wool = wool_per_lot(yarn_g, wool_per_bath_g)
    return {dye: dye_grams(wool, percent) for dye, percent in recipe.items()}

# %% farshlab={"library_answer": "a06-q2_4-answer"}
from farshlab.dye import batch_recipe


def lot_dyes(yarn_g, wool_per_bath_g, recipe):
    batch = batch_recipe(recipe, wool_per_lot(yarn_g, wool_per_bath_g), 40)
    return {line.name: line.grams for line in batch.dyes}

# %% farshlab={"library_answer": "a06-q2_4-answer"}
from farshlab.kit.lots import dye_lots


def lot_dyes(yarn_g, wool_per_bath_g, recipe):
    (lot, *_) = dye_lots(yarn_g, recipe, wool_per_bath_g=wool_per_bath_g)
    return {line.name: line.grams for line in lot.batch.dyes}

# %% farshlab={"wrong_answer": "a06-q2_4-answer", "mistake": "dye for all the colour's yarn at once, not for one lot"}
def lot_dyes(yarn_g, wool_per_bath_g, recipe):
    return {dye: yarn_g * percent / 100 for dye, percent in recipe.items()}

# %% farshlab={"wrong_answer": "a06-q2_4-answer", "mistake": "takes the % as a fraction: forgets ÷ 100"}
def lot_dyes(yarn_g, wool_per_bath_g, recipe):
    wool = wool_per_lot(yarn_g, wool_per_bath_g)
    return {dye: wool * percent for dye, percent in recipe.items()}

# %% farshlab={"wrong_answer": "a06-q2_4-answer", "mistake": "weighs for a full bath instead of the equal lot"}
def lot_dyes(yarn_g, wool_per_bath_g, recipe):
    wool = min(yarn_g, wool_per_bath_g)
    return {dye: wool * percent / 100 for dye, percent in recipe.items()}

# %% nbgrader={"grade": true, "grade_id": "a06-q2_4-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، lots_needed و wool_per_lot نسخه‌های درست‌اند،
# تا اشتباهی در پاسخ‌های قبلی نمرهٔ پرسش ۲٫۴ را هم از بین نبرد.
def _correct_lots_needed(yarn_g, wool_per_bath_g):
    return math.ceil(yarn_g / wool_per_bath_g)


def _correct_wool_per_lot(yarn_g, wool_per_bath_g):
    return yarn_g / _correct_lots_needed(yarn_g, wool_per_bath_g)


_yours = {name: globals().get(name) for name in ["lots_needed", "wool_per_lot"]}
lots_needed = _correct_lots_needed
wool_per_lot = _correct_wool_per_lot
### END HIDDEN TESTS
got = lot_dyes(2300, 1000, {"Acid Red": 1.25, "Acid Yellow": 0.3})
assert set(got) == {"Acid Red", "Acid Yellow"}, f"برای هر رنگِ نسخه یک کلید؛ دیکشنری شما این‌ها را دارد: {sorted(got)}"
assert math.isclose(got["Acid Red"], 9.5833333333, rel_tol=1e-9), (
    f"هر بچ ۷۶۶٫۶۷ گرم پشم دارد: ۷۶۶٫۶۷ × ۱٫۲۵ ÷ ۱۰۰ = ۹٫۵۸ گرم Acid Red؛ تابع شما {got['Acid Red']} را داد")
### BEGIN HIDDEN TESTS
got = lot_dyes(2300, 1000, {"Acid Red": 1.25, "Acid Yellow": 0.3})
assert math.isclose(got["Acid Yellow"], 2.3, rel_tol=1e-9), "۷۶۶٫۶۷ گرم × ۰٫۳ درصد = ۲٫۳ گرم Acid Yellow"
got = lot_dyes(5000, 2500, {"Acid Blue": 2.0, "Acid Red": 0.15, "Acid Yellow": 0.05})
assert math.isclose(got["Acid Blue"], 50.0, rel_tol=1e-9), "دو بچ ۲٬۵۰۰ گرمی: در هر کدام ۵۰ گرم Acid Blue"
assert math.isclose(got["Acid Red"], 3.75, rel_tol=1e-9), "۲٬۵۰۰ گرم × ۰٫۱۵ درصد = ۳٫۷۵ گرم"
assert math.isclose(got["Acid Yellow"], 1.25, rel_tol=1e-9), "۲٬۵۰۰ گرم × ۰٫۰۵ درصد = ۱٫۲۵ گرم"
got = lot_dyes(126, 1000, {"Acid Black": 3.0})
assert math.isclose(got["Acid Black"], 3.78, rel_tol=1e-9), "۱۲۶ گرم در یک بچ با ۳ درصد: ۳٫۷۸ گرم"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۲٫۵ (۲ نمره) مواد کمکیِ یک بچ
# یک حمام مواد کمکی هم می‌خواهد (نمک گلابر، اسید …). بعضی به **درصد owf** داده می‌شوند (از گرم پشم، مثل
# رنگ‌ها)، بعضی به **g/L** (گرم برای هر لیتر آب). تابع `lot_auxiliaries(wool_g, water_l, auxiliaries)` را
# بنویسید: `auxiliaries` فهرستی از `(name, amount, unit)` است که `unit` یا `"% owf"` است یا `"g/L"`؛ یک دیکشنری
# نام ← گرم برای حمامی با `wool_g` گرم پشم در `water_l` لیتر آب برگردانید.
#
# مثال: ۵۰۰ گرم پشم در ۲۰ لیتر با `[("Glauber's salt", 10, "% owf"), ("acetic acid", 1, "g/L")]`: ۵۰ گرم نمک
# گلابر و ۲۰ گرم اسید استیک.

# %% nbgrader={"grade": false, "grade_id": "a06-q2_5-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["lot_auxiliaries"], "answered_by": ["farshlab.dye.auxiliary_grams", "farshlab.dye.batch_recipe", "farshlab.kit.lots.dye_lots"]}
def lot_auxiliaries(wool_g, water_l, auxiliaries):
    ### BEGIN SOLUTION
    grams = {}
    for name, amount, unit in auxiliaries:
        if unit == "% owf":
            grams[name] = wool_g * amount / 100
        else:
            grams[name] = water_l * amount
    return grams
    ### END SOLUTION

# %% farshlab={"library_answer": "a06-q2_5-answer"}
from farshlab.dye import auxiliary_grams


def lot_auxiliaries(wool_g, water_l, auxiliaries):
    return {name: auxiliary_grams(amount, unit, wool_g, water_l) for name, amount, unit in auxiliaries}

# %% farshlab={"library_answer": "a06-q2_5-answer"}
from farshlab.dye import Auxiliary, batch_recipe


def lot_auxiliaries(wool_g, water_l, auxiliaries):
    chemicals = [Auxiliary(name, amount, unit) for name, amount, unit in auxiliaries]
    batch = batch_recipe({}, wool_g, water_l / (wool_g / 1000), chemicals)
    return {line.auxiliary.name: line.grams for line in batch.auxiliaries}

# %% farshlab={"library_answer": "a06-q2_5-answer"}
from farshlab.dye import Auxiliary
from farshlab.kit.lots import dye_lots


def lot_auxiliaries(wool_g, water_l, auxiliaries):
    chemicals = [Auxiliary(name, amount, unit) for name, amount, unit in auxiliaries]
    (lot, *_) = dye_lots(wool_g, {}, wool_per_bath_g=wool_g, liquor_ratio=water_l / (wool_g / 1000), auxiliaries=chemicals)
    return {line.auxiliary.name: line.grams for line in lot.batch.auxiliaries}

# %% farshlab={"wrong_answer": "a06-q2_5-answer", "mistake": "treats g/L as % owf: every auxiliary from the wool"}
def lot_auxiliaries(wool_g, water_l, auxiliaries):
    return {name: wool_g * amount / 100 for name, amount, unit in auxiliaries}

# %% farshlab={"wrong_answer": "a06-q2_5-answer", "mistake": "takes % owf of the water instead of the wool"}
def lot_auxiliaries(wool_g, water_l, auxiliaries):
    grams = {}
    for name, amount, unit in auxiliaries:
        if unit == "% owf":
            grams[name] = water_l * amount / 100
        else:
            grams[name] = water_l * amount
    return grams

# %% farshlab={"wrong_answer": "a06-q2_5-answer", "mistake": "% owf without ÷ 100"}
def lot_auxiliaries(wool_g, water_l, auxiliaries):
    grams = {}
    for name, amount, unit in auxiliaries:
        if unit == "% owf":
            grams[name] = wool_g * amount
        else:
            grams[name] = water_l * amount
    return grams

# %% farshlab={"wrong_answer": "a06-q2_5-answer", "mistake": "g/L counted per millilitre: × 1000"}
def lot_auxiliaries(wool_g, water_l, auxiliaries):
    grams = {}
    for name, amount, unit in auxiliaries:
        if unit == "% owf":
            grams[name] = wool_g * amount / 100
        else:
            grams[name] = water_l * 1000 * amount
    return grams

# %% nbgrader={"grade": true, "grade_id": "a06-q2_5-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = lot_auxiliaries(500, 20, [("Glauber's salt", 10, "% owf"), ("acetic acid", 1, "g/L")])
assert set(got) == {"Glauber's salt", "acetic acid"}, f"برای هر مادهٔ کمکی یک کلید؛ دیکشنری شما این‌ها را دارد: {sorted(got)}"
salt = got["Glauber's salt"]
assert math.isclose(salt, 50.0, rel_tol=1e-9), f"۱۰ درصد owf از ۵۰۰ گرم پشم، ۵۰ گرم نمک گلابر است؛ تابع شما {salt} را داد"
assert math.isclose(got["acetic acid"], 20.0, rel_tol=1e-9), (
    f"۱ گرم در لیتر در ۲۰ لیتر آب، ۲۰ گرم اسید استیک است؛ تابع شما {got['acetic acid']} را داد")
### BEGIN HIDDEN TESTS
got = lot_auxiliaries(2300 / 3, 2300 / 3 * 40 / 1000, [("Glauber's salt", 10, "% owf"), ("sulfuric acid", 3, "% owf")])
assert math.isclose(got["Glauber's salt"], 76.6666666667, rel_tol=1e-9), "۷۶۶٫۶۷ گرم با ۱۰ درصد owf: ۷۶٫۶۷ گرم"
assert math.isclose(got["sulfuric acid"], 23.0, rel_tol=1e-9), "۷۶۶٫۶۷ گرم با ۳ درصد owf: ۲۳ گرم"
got = lot_auxiliaries(1250, 37.5, [("ammonium sulfate", 2, "g/L"), ("levelling agent", 1.5, "% owf")])
assert math.isclose(got["ammonium sulfate"], 75.0, rel_tol=1e-9), "۲ گرم در لیتر در ۳۷٫۵ لیتر: ۷۵ گرم"
assert math.isclose(got["levelling agent"], 18.75, rel_tol=1e-9), "۱٫۵ درصد owf از ۱٬۲۵۰ گرم: ۱۸٫۷۵ گرم"
assert lot_auxiliaries(500, 20, []) == {}, "بی مادهٔ کمکی: یک دیکشنری خالی"
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۳ — رنگرز به همهٔ رنگ‌ها می‌رسد؟
#
# بسته برای هر رنگ نقشه بهترین نسخهٔ رنگرز را پیدا می‌کند، و می‌سنجد سایهٔ آن نسخه هنوز چقدر با رنگ نقشه فاصله
# دارد (ΔE00، از درس ۲). یک رنگ **در دسترس** است وقتی این ΔE00 **۲٫۰ یا کمتر** باشد: ΔE00 درست برابر ۲٫۰ هنوز
# در دسترس است. `DELTA_E` در سلول آماده‌سازی این عددها را می‌دهد: اینجا ΔE00 را حساب نمی‌کنید، جدول را
# می‌خوانید.

# %% [markdown]
# ## پرسش ۳٫۱ (۱ نمره) رنگ‌های در دسترس
# تابع `reachable_codes(delta_e_by_code, limit)` را بنویسید که فهرست **مرتب‌شدهٔ** کدهایی را برگرداند که ΔE00
# آن‌ها حداکثر `limit` است.
#
# مثال: `reachable_codes(DELTA_E, 2.0)` می‌شود `[1, 3, 7, 25]` (کد ۷ درست ۲٫۰ است: در دسترس؛ کد ۲۰ با ۲٫۰۴
# در دسترس نیست).

# %% nbgrader={"grade": false, "grade_id": "a06-q3_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["reachable_codes"], "answered_by": []}
def reachable_codes(delta_e_by_code, limit):
    ### BEGIN SOLUTION
    return sorted(code for code, delta_e in delta_e_by_code.items() if delta_e <= limit)
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a06-q3_1-answer", "mistake": "< instead of ≤: leaves out a colour exactly at 2.0"}
def reachable_codes(delta_e_by_code, limit):
    return sorted(code for code, delta_e in delta_e_by_code.items() if delta_e < limit)

# %% farshlab={"wrong_answer": "a06-q3_1-answer", "mistake": "lists the colours the dyer cannot reach"}
def reachable_codes(delta_e_by_code, limit):
    return sorted(code for code, delta_e in delta_e_by_code.items() if delta_e > limit)

# %% farshlab={"wrong_answer": "a06-q3_1-answer", "mistake": "rounds ΔE to one decimal first: 2.04 becomes 2.0 and passes"}
def reachable_codes(delta_e_by_code, limit):
    return sorted(code for code, delta_e in delta_e_by_code.items() if round(delta_e, 1) <= limit)

# %% farshlab={"wrong_answer": "a06-q3_1-answer", "mistake": "returns the ΔE values instead of the codes"}
def reachable_codes(delta_e_by_code, limit):
    return sorted(delta_e for delta_e in delta_e_by_code.values() if delta_e <= limit)

# %% nbgrader={"grade": true, "grade_id": "a06-q3_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = reachable_codes(DELTA_E, 2.0)
assert list(got) == [1, 3, 7, 25], (
    "کدهای ۱، ۳، ۷ و ۲۵ در ΔE00 ۲٫۰ جا می‌شوند (کد ۷ درست ۲٫۰ است، که در دسترس حساب می‌شود)؛ "
    f"تابع شما {got} را داد")
### BEGIN HIDDEN TESTS
got = reachable_codes({4: 2.0, 9: 2.01, 2: 1.99, 15: 0.0}, 2.0)
assert list(got) == [2, 4, 15], f"۲٫۰ در دسترس است، ۲٫۰۱ نیست: انتظار [2, 4, 15] بود، ولی {got} به دست آمد"
got = reachable_codes({5: 2.04, 6: 2.049, 8: 1.95}, 2.0)
assert list(got) == [8], f"۲٫۰۴ و ۲٫۰۴۹ بالای ۲٫۰ هستند، حتی اگر ۲٫۰ چاپ شوند: انتظار [8] بود، ولی {got} به دست آمد"
assert list(reachable_codes({1: 0.9, 2: 1.4}, 1.0)) == [1], "حدی دیگر: ΔE00 ۱٫۰"
assert list(reachable_codes({3: 5.0}, 2.0)) == [], "هیچ رنگی در دسترس نیست: یک فهرست خالی"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۳٫۲ (۱ نمره) چه مقدار از تصویر عوض می‌شود
# رنگی که در دسترس نیست باید با نزدیک‌ترین سایه‌ای که رنگرز می‌تواند بسازد عوض شود، و آن وقت همهٔ گره‌هایش
# عوض می‌شوند. تابع `unreachable_knots(delta_e_by_code, knots_by_code, limit)` را بنویسید که تعداد **گره‌هایی**
# را برگرداند که رنگشان در دسترس نیست (از `reachable_codes` خودتان استفاده کنید).
#
# مثال: در نقشهٔ مشتری، کدهای ۱۲ و ۲۰ در دسترس نیستند: ۴٬۲۰۰ + ۳٬۰۰۰ = ۷٬۲۰۰ گره.

# %% nbgrader={"grade": false, "grade_id": "a06-q3_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["unreachable_knots"], "answered_by": []}
def unreachable_knots(delta_e_by_code, knots_by_code, limit):
    ### BEGIN SOLUTION
    reachable = reachable_codes(delta_e_by_code, limit)
    return sum(knots for code, knots in knots_by_code.items() if code not in reachable)
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a06-q3_2-answer", "mistake": "counts the colours, not their knots"}
def unreachable_knots(delta_e_by_code, knots_by_code, limit):
    reachable = reachable_codes(delta_e_by_code, limit)
    return len([code for code in knots_by_code if code not in reachable])

# %% farshlab={"wrong_answer": "a06-q3_2-answer", "mistake": "counts the knots of the reachable colours"}
def unreachable_knots(delta_e_by_code, knots_by_code, limit):
    reachable = reachable_codes(delta_e_by_code, limit)
    return sum(knots for code, knots in knots_by_code.items() if code in reachable)

# %% farshlab={"wrong_answer": "a06-q3_2-answer", "mistake": "counts a colour exactly at the limit as unreachable"}
def unreachable_knots(delta_e_by_code, knots_by_code, limit):
    return sum(knots for code, knots in knots_by_code.items() if delta_e_by_code[code] >= limit)

# %% nbgrader={"grade": true, "grade_id": "a06-q3_2-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، reachable_codes نسخهٔ درست است، تا اشتباهی در
# پاسخ‌های قبلی نمرهٔ پرسش ۳٫۲ را هم از بین نبرد.
def _correct_reachable_codes(delta_e_by_code, limit):
    return sorted(code for code, delta_e in delta_e_by_code.items() if delta_e <= limit)


_yours = {name: globals().get(name) for name in ["reachable_codes"]}
reachable_codes = _correct_reachable_codes
### END HIDDEN TESTS
got = unreachable_knots(DELTA_E, KNOTS, 2.0)
assert got == 7200, f"کدهای ۱۲ (۴٬۲۰۰ گره) و ۲۰ (۳٬۰۰۰ گره) در دسترس نیستند: ۷٬۲۰۰ گره؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert unreachable_knots(DELTA_E, KNOTS, 1.0) == 28800, "حد ۱٫۰: کدهای ۳، ۷، ۱۲ و ۲۰ در دسترس نیستند، ۲۸٬۸۰۰ گره"
assert unreachable_knots({4: 2.0, 9: 2.5}, {4: 100, 9: 40}, 2.0) == 40, "کد ۴ با درست ۲٫۰ در دسترس است: فقط ۴۰ گرهٔ کد ۹"
assert unreachable_knots({4: 1.0}, {4: 100}, 2.0) == 0, "همهٔ رنگ‌ها در دسترس‌اند: ۰ گره عوض می‌شود"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۴ — هزینهٔ بسته

# %% [markdown]
# ## پرسش ۴٫۱ (۱ نمره) دستمزد
# دستمزد بافنده‌ها با **مقاط** (۱۲٬۰۰۰ گره) حساب می‌شود. تابع `wages_rial(knots, rial_per_maghat)` را بنویسید:
# گره‌ها ÷ ۱۲٬۰۰۰ × نرخ. مقاط را گرد نکنید: ۵۷٬۲۰۰ گره ۴٫۷۷ مقاط است.
#
# مثال: ۵۷٬۲۰۰ گره با مقاطی ۱٬۸۰۰٬۰۰۰ ریال: ۴٫۷۷ × ۱٬۸۰۰٬۰۰۰ = ۸٬۵۸۰٬۰۰۰ ریال.

# %% nbgrader={"grade": false, "grade_id": "a06-q4_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["wages_rial"], "answered_by": ["farshlab.carpet.maghat", "farshlab.carpet.amount_for_knots", "farshlab.carpet.in_units", "farshlab.kit.costs.estimate_kit"]}
def wages_rial(knots, rial_per_maghat):
    ### BEGIN SOLUTION
    return knots / 12000 * rial_per_maghat
    ### END SOLUTION

# %% farshlab={"library_answer": "a06-q4_1-answer"}
from farshlab.carpet import amount_for_knots


def wages_rial(knots, rial_per_maghat):
    return amount_for_knots(knots, rial_per_maghat)

# %% farshlab={"library_answer": "a06-q4_1-answer"}
from farshlab.carpet import maghat


def wages_rial(knots, rial_per_maghat):
    return maghat(knots) * rial_per_maghat

# %% farshlab={"library_answer": "a06-q4_1-answer"}
from farshlab.kit.costs import KitFigures, estimate_kit


def wages_rial(knots, rial_per_maghat):
    return estimate_kit(knots, 0, 0, 0, KitFigures(rial_per_maghat=rial_per_maghat)).wages_rial

# %% farshlab={"wrong_answer": "a06-q4_1-answer", "mistake": "counts a maghat as 14,000 knots (that is a qabal)"}
def wages_rial(knots, rial_per_maghat):
    return knots / 14000 * rial_per_maghat

# %% farshlab={"wrong_answer": "a06-q4_1-answer", "mistake": "pays whole maghat only (knots // 12000)"}
def wages_rial(knots, rial_per_maghat):
    return knots // 12000 * rial_per_maghat

# %% farshlab={"wrong_answer": "a06-q4_1-answer", "mistake": "rounds the maghat to a whole number first"}
def wages_rial(knots, rial_per_maghat):
    return round(knots / 12000) * rial_per_maghat

# %% nbgrader={"grade": true, "grade_id": "a06-q4_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = wages_rial(57200, 1800000)
assert math.isclose(got, 8580000, rel_tol=1e-9), (
    f"۵۷٬۲۰۰ گره ۴٫۷۷ مقاط است؛ × ۱٬۸۰۰٬۰۰۰ ریال = ۸٬۵۸۰٬۰۰۰ ریال؛ تابع شما {got} را داد")
### BEGIN HIDDEN TESTS
assert math.isclose(wages_rial(178500, 2100000), 31237500, rel_tol=1e-9), "۱۷۸٬۵۰۰ گره (۱۴٫۸۷۵ مقاط) با نرخ ۲٬۱۰۰٬۰۰۰: ۳۱٬۲۳۷٬۵۰۰ ریال"
assert math.isclose(wages_rial(89250, 1800000), 13387500, rel_tol=1e-9), "۸۹٬۲۵۰ گره با نرخ ۱٬۸۰۰٬۰۰۰: ۱۳٬۳۸۷٬۵۰۰ ریال"
assert math.isclose(wages_rial(12000, 1500000), 1500000, rel_tol=1e-9), "یک مقاط: خود نرخ"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۴٫۲ (۲ نمره) هزینهٔ بسته
# تابع `kit_cost(knots, yarn_g, dye_g, rial_per_maghat, wool_rial_per_kg, dye_rial_per_kg)` را بنویسید: دستمزد
# بافنده‌ها (از `wages_rial` خودتان استفاده کنید) + پشم + رنگ‌ها. پشم و رنگ به **گرم** وزن می‌شوند ولی قیمتشان
# برای هر **کیلوگرم** است: اول ÷ ۱۰۰۰.
#
# مثال: ۵۷٬۲۰۰ گره، ۲٬۳۰۰ گرم نخ، ۶۰ گرم رنگ، مقاطی ۱٬۸۰۰٬۰۰۰ ریال، پشم کیلویی ۶٬۰۰۰٬۰۰۰ ریال و رنگ کیلویی
# ۴۰٬۰۰۰٬۰۰۰ ریال: ۸٬۵۸۰٬۰۰۰ + ۱۳٬۸۰۰٬۰۰۰ + ۲٬۴۰۰٬۰۰۰ = ۲۴٬۷۸۰٬۰۰۰ ریال.

# %% nbgrader={"grade": false, "grade_id": "a06-q4_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["kit_cost"], "answered_by": ["farshlab.kit.costs.estimate_kit"]}
def kit_cost(knots, yarn_g, dye_g, rial_per_maghat, wool_rial_per_kg, dye_rial_per_kg):
    ### BEGIN SOLUTION
    wool = yarn_g / 1000 * wool_rial_per_kg
    dye = dye_g / 1000 * dye_rial_per_kg
    return wages_rial(knots, rial_per_maghat) + wool + dye
    ### END SOLUTION

# %% farshlab={"library_answer": "a06-q4_2-answer"}
from farshlab.kit.costs import KitFigures, estimate_kit


def kit_cost(knots, yarn_g, dye_g, rial_per_maghat, wool_rial_per_kg, dye_rial_per_kg):
    figures = KitFigures(rial_per_maghat=rial_per_maghat, wool_rial_per_kg=wool_rial_per_kg, dye_rial_per_kg=dye_rial_per_kg)
    return estimate_kit(knots, yarn_g, dye_g, 0, figures).total_rial

# %% farshlab={"wrong_answer": "a06-q4_2-answer", "mistake": "prices grams as if they were kilograms (no ÷ 1000)"}
def kit_cost(knots, yarn_g, dye_g, rial_per_maghat, wool_rial_per_kg, dye_rial_per_kg):
    return wages_rial(knots, rial_per_maghat) + yarn_g * wool_rial_per_kg + dye_g * dye_rial_per_kg

# %% farshlab={"wrong_answer": "a06-q4_2-answer", "mistake": "forgets the weavers' wages"}
def kit_cost(knots, yarn_g, dye_g, rial_per_maghat, wool_rial_per_kg, dye_rial_per_kg):
    return yarn_g / 1000 * wool_rial_per_kg + dye_g / 1000 * dye_rial_per_kg

# %% farshlab={"wrong_answer": "a06-q4_2-answer", "mistake": "forgets the dyes"}
def kit_cost(knots, yarn_g, dye_g, rial_per_maghat, wool_rial_per_kg, dye_rial_per_kg):
    return wages_rial(knots, rial_per_maghat) + yarn_g / 1000 * wool_rial_per_kg

# %% nbgrader={"grade": true, "grade_id": "a06-q4_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، wages_rial نسخهٔ درست است، تا اشتباهی در
# پاسخ‌های قبلی نمرهٔ پرسش ۴٫۲ را هم از بین نبرد.
def _correct_wages_rial(knots, rial_per_maghat):
    return knots / 12000 * rial_per_maghat


_yours = {name: globals().get(name) for name in ["wages_rial"]}
wages_rial = _correct_wages_rial
### END HIDDEN TESTS
got = kit_cost(57200, 2300, 60, 1800000, 6000000, 40000000)
assert math.isclose(got, 24780000, rel_tol=1e-9), (
    "دستمزد ۸٬۵۸۰٬۰۰۰ + پشم ۲٫۳ کیلوگرم × ۶٬۰۰۰٬۰۰۰ = ۱۳٬۸۰۰٬۰۰۰ + رنگ ۰٫۰۶ کیلوگرم × ۴۰٬۰۰۰٬۰۰۰ = ۲٬۴۰۰٬۰۰۰: "
    f"۲۴٬۷۸۰٬۰۰۰ ریال؛ تابع شما {got} را داد")
### BEGIN HIDDEN TESTS
assert math.isclose(kit_cost(178500, 982, 20, 1800000, 6000000, 40000000), 33467000, rel_tol=1e-9), (
    "۲۶٬۷۷۵٬۰۰۰ + ۵٬۸۹۲٬۰۰۰ + ۸۰۰٬۰۰۰ = ۳۳٬۴۶۷٬۰۰۰ ریال")
assert math.isclose(kit_cost(12000, 0, 0, 1500000, 6000000, 40000000), 1500000, rel_tol=1e-9), "هنوز نخی نیست: فقط دستمزد"
assert math.isclose(kit_cost(0, 500, 10, 1800000, 5000000, 30000000), 2800000, rel_tol=1e-9), "بی گره: ۲٬۵۰۰٬۰۰۰ + ۳۰۰٬۰۰۰"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۵ — انتخاب برنامه
#
# `PLANS` در سلول آماده‌سازی چهار برنامه برای همان عکس دارد: یک اندازه و یک رج، تعدادی رنگ، و هزینه و زمان هر
# کدام. تابلویی بزرگ‌تر و ریزبافت‌تر تصویر را بهتر نشان می‌دهد ولی گران‌تر است و بیشتر طول می‌کشد.

# %% [markdown]
# ## پرسش ۵٫۱ (۲ نمره) بهترین برنامه در بودجه و زمان
# تابع `best_plan(plans, budget_rial, max_days)` را بنویسید که **نام** برنامه‌ای را برگرداند که **بیشترین گره** را
# دارد، از میان برنامه‌هایی که هزینه‌شان حداکثر `budget_rial` است **و** حداکثر `max_days` روز طول می‌کشند؛ اگر هیچ
# برنامه‌ای جا نشد، `None` برگردانید.
#
# مثال: با ۲۰٬۰۰۰٬۰۰۰ ریال و ۴۵ روز، `"35 × 50 cm, 50 raj"` (۸۹٬۲۵۰ گره): ۵۰ × ۷۰ سانتی‌متر با ۴۰ رج هم گران‌تر
# است و هم بیشتر طول می‌کشد.

# %% nbgrader={"grade": false, "grade_id": "a06-q5_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["best_plan"], "answered_by": []}
def best_plan(plans, budget_rial, max_days):
    ### BEGIN SOLUTION
    fitting = [plan for plan in plans if plan["cost_rial"] <= budget_rial and plan["days"] <= max_days]
    if not fitting:
        return None
    return max(fitting, key=lambda plan: plan["knots"])["name"]
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a06-q5_1-answer", "mistake": "checks the budget but forgets the days"}
def best_plan(plans, budget_rial, max_days):
    fitting = [plan for plan in plans if plan["cost_rial"] <= budget_rial]
    if not fitting:
        return None
    return max(fitting, key=lambda plan: plan["knots"])["name"]

# %% farshlab={"wrong_answer": "a06-q5_1-answer", "mistake": "takes the cheapest plan, not the finest that fits"}
def best_plan(plans, budget_rial, max_days):
    fitting = [plan for plan in plans if plan["cost_rial"] <= budget_rial and plan["days"] <= max_days]
    if not fitting:
        return None
    return min(fitting, key=lambda plan: plan["cost_rial"])["name"]

# %% farshlab={"wrong_answer": "a06-q5_1-answer", "mistake": "< instead of ≤: a plan costing exactly the budget is refused"}
def best_plan(plans, budget_rial, max_days):
    fitting = [plan for plan in plans if plan["cost_rial"] < budget_rial and plan["days"] < max_days]
    if not fitting:
        return None
    return max(fitting, key=lambda plan: plan["knots"])["name"]

# %% farshlab={"wrong_answer": "a06-q5_1-answer", "mistake": "returns the whole plan (a dictionary) instead of its name"}
def best_plan(plans, budget_rial, max_days):
    fitting = [plan for plan in plans if plan["cost_rial"] <= budget_rial and plan["days"] <= max_days]
    if not fitting:
        return None
    return max(fitting, key=lambda plan: plan["knots"])

# %% nbgrader={"grade": true, "grade_id": "a06-q5_1-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = best_plan(PLANS, 20000000, 45)
assert got == "35 × 50 cm, 50 raj", (
    "در ۲۰٬۰۰۰٬۰۰۰ ریال و ۴۵ روز، برنامه‌ای که بیشترین گره را دارد '35 × 50 cm, 50 raj' است (۸۹٬۲۵۰ گره)؛ "
    f"تابع شما {got!r} را داد")
### BEGIN HIDDEN TESTS
got = best_plan(PLANS, 22000000, 45)
assert got == "35 × 50 cm, 50 raj", f"۵۰ × ۷۰ سانتی‌متر با ۴۰ رج در ۲۲٬۰۰۰٬۰۰۰ ریال جا می‌شود ولی ۴۸ روز طول می‌کشد، بیشتر از ۴۵؛ {got!r} به دست آمد"
assert best_plan(PLANS, 22000000, 50) == "50 × 70 cm, 40 raj", "۲۲٬۰۰۰٬۰۰۰ ریال و ۵۰ روز: ۵۰ × ۷۰ سانتی‌متر با ۴۰ رج"
assert best_plan(PLANS, 16725000, 38) == "35 × 50 cm, 50 raj", "برنامه‌ای که هزینه‌اش درست برابر بودجه و زمانش درست برابر روزهاست جا می‌شود"
assert best_plan(PLANS, 10000000, 100) is None, "هیچ برنامه‌ای ۱۰٬۰۰۰٬۰۰۰ ریال یا کمتر نیست: None"
assert best_plan(PLANS, 50000000, 100) == "50 × 70 cm, 50 raj", "بودجهٔ زیاد: ریزبافت‌ترین و بزرگ‌ترین برنامه"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۵٫۲ (۱ نمره) چند رنگ
# رنگ‌های بیشتر عکس را وفادارتر نشان می‌دهند (میانگین ΔE00 میان عکس و نقشه پایین می‌آید)، ولی هر رنگ بچ‌های
# رنگ خودش را می‌خواهد. تابع `fewest_colours(mean_delta_e_by_count, tolerance)` را بنویسید: دیکشنری برای هر
# تعداد رنگ، میانگین ΔE00 نقشه را می‌دهد؛ **کمترین** تعداد رنگی را برگردانید که میانگین ΔE00 آن حداکثر
# `tolerance` است، یا اگر هیچ‌کدام نبود `None`.
#
# مثال: `{8: 6.1, 12: 4.8, 16: 3.9, 24: 3.1, 32: 2.6}` با رواداری ۴٫۰ می‌شود ۱۶.

# %% nbgrader={"grade": false, "grade_id": "a06-q5_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["fewest_colours"], "answered_by": []}
def fewest_colours(mean_delta_e_by_count, tolerance):
    ### BEGIN SOLUTION
    good = [count for count, delta_e in mean_delta_e_by_count.items() if delta_e <= tolerance]
    if not good:
        return None
    return min(good)
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a06-q5_2-answer", "mistake": "the largest count that is good enough, not the smallest"}
def fewest_colours(mean_delta_e_by_count, tolerance):
    good = [count for count, delta_e in mean_delta_e_by_count.items() if delta_e <= tolerance]
    if not good:
        return None
    return max(good)

# %% farshlab={"wrong_answer": "a06-q5_2-answer", "mistake": "returns the mean ΔE instead of the number of colours"}
def fewest_colours(mean_delta_e_by_count, tolerance):
    good = [delta_e for count, delta_e in mean_delta_e_by_count.items() if delta_e <= tolerance]
    if not good:
        return None
    return max(good)

# %% farshlab={"wrong_answer": "a06-q5_2-answer", "mistake": "< instead of ≤: a count exactly at the tolerance is refused"}
def fewest_colours(mean_delta_e_by_count, tolerance):
    good = [count for count, delta_e in mean_delta_e_by_count.items() if delta_e < tolerance]
    if not good:
        return None
    return min(good)

# %% nbgrader={"grade": true, "grade_id": "a06-q5_2-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = fewest_colours({8: 6.1, 12: 4.8, 16: 3.9, 24: 3.1, 32: 2.6}, 4.0)
assert got == 16, f"۱۶ رنگ کمترین تعدادی است که میانگین ΔE00 آن ۴٫۰ یا کمتر است (۳٫۹)؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert fewest_colours({8: 6.1, 12: 4.8, 16: 3.9, 24: 3.1, 32: 2.6}, 3.1) == 24, "درست ۳٫۱ بس است: ۲۴ رنگ"
assert fewest_colours({32: 2.6, 8: 6.1, 24: 3.1}, 7.0) == 8, "همهٔ تعدادها بس‌اند: کمترینشان، ۸ (به هر ترتیبی)"
assert fewest_colours({8: 6.1, 12: 4.8}, 2.0) is None, "هیچ‌کدام بس نیست: None"
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۶ — پروژه: بسته‌ای برای یک مشتری (مربی‌تان می‌خواند)
#
# مشتری‌ای عکسی می‌آورد و یک تابلو فرش از آن می‌خواهد. بسته را با `farshlab kit` در یک ترمینال بسازید (قسمت ۸
# درس ۶ نشان می‌دهد چطور): یک اندازه، یک رج و تعدادی رنگ انتخاب کنید، فرمان را اجرا کنید، و `kit.pdf` و
# `recipes.csv` را که می‌نویسد باز کنید. دست‌کم دو برنامه را امتحان کنید. از عکسی که مربی‌تان می‌دهد استفاده
# کنید، یا از عکسی از خودتان. بعد به سه پرسش پایین، به فارسی یا انگلیسی، پاسخ دهید. مربی‌تان با یک راهنمای
# نمره‌دهی به آن‌ها نمره می‌دهد (۹ نمره): عددهایی که با پرونده‌های بسته‌تان بخوانند، انتخاب‌هایی که در برابر هزینه و
# زمان بافت سنجیده شده باشند، و وارسی رنگرز برای همهٔ رنگ‌ها.

# %% [markdown]
# ## پرسش ۶٫۱ (۳ نمره، مربی‌تان می‌خواند) بستهٔ شما به عدد
# برنامه‌ای را که انتخاب کردید بنویسید: عکس، اندازه به سانتی‌متر، رج، تعداد رنگ‌ها، گره‌ها، مقاط، نخ به گرم،
# تعداد بچ‌های رنگِ بزرگ‌ترین رنگ، روزهای بافت (بگویید چند بافنده و روزی چند گره)، و هزینه به ریال با عددهایی
# که بر آن‌ها تکیه دارد. عددها را از پرونده‌های بسته‌تان بردارید، و بگویید هر کدام از کدام پرونده آمده است.

# %% [markdown] nbgrader={"grade": true, "grade_id": "a06-q6_1-written", "locked": false, "points": 3, "schema_version": 3, "solution": true}
# (پاسخ نمونهٔ مربی.) عکس `portrait.png`؛ ۳۵ × ۵۰ سانتی‌متر با ۴۰ رج: ۲۰۰ × ۲۸۶ = ۵۷٬۲۰۰ گره، ۴٫۷۷ مقاط؛ ۲۴ رنگ؛
# ۳۱۵ گرم نخ (۴ سانتی‌متر برای هر گره، Nm ۸، ۱ لا، ۱۰ درصد پرت، از `recipes.csv`، جمع ستون `yarn_grams`)؛ بزرگ‌ترین
# رنگ، کد ۱ با ۲۱٬۰۰۰ گره، ۱۱۵٫۵ گرم نخ می‌خواهد: یک بچ با حمام‌های ۱٬۰۰۰ گرمی؛ ۲ بافنده با روزی ۱٬۲۰۰ گره: ۲۴ روز؛
# هزینه ۱۰٬۷۱۹٬۰۰۰ ریال (دستمزد مقاطی ۱٬۸۰۰٬۰۰۰ ریال، پشم کیلویی ۶٬۰۰۰٬۰۰۰ و رنگ کیلویی ۴۰٬۰۰۰٬۰۰۰ ریال، از
# `kit.pdf`، صفحهٔ ۱).

# %% [markdown]
# ## پرسش ۶٫۲ (۴ نمره، مربی‌تان می‌خواند) چرا این برنامه
# برنامه‌هایی را که امتحان کردید مقایسه کنید (دست‌کم دو تا: اندازه، رج یا تعداد رنگ دیگری). کدام را برای مشتری
# انتخاب کردید، و چرا — مشتری در تصویر، در قیمت و در زمان انتظار چه به دست می‌آورد یا از دست می‌دهد؟ به مشتری‌ای
# که نصف این بودجه را دارد برنامهٔ دیگری پیشنهاد می‌کنید؟

# %% [markdown] nbgrader={"grade": true, "grade_id": "a06-q6_2-written", "locked": false, "points": 4, "schema_version": 3, "solution": true}
# (پاسخ نمونهٔ مربی.) ۳۵ × ۵۰ سانتی‌متر با ۴۰ رج و ۲۴ رنگ و ۳۵ × ۵۰ سانتی‌متر با ۵۰ رج و ۳۲ رنگ را امتحان کردم. با
# ۵۰ رج چهره گره‌های بیشتری دارد (۸۹٬۲۵۰ در برابر ۵۷٬۲۰۰)، پس چشم‌ها و دهان ریزتر درمی‌آیند، ولی دستمزد با گره‌ها
# بالا می‌رود: ۱۶٬۷۲۵٬۰۰۰ ریال در برابر ۱۰٬۷۱۹٬۰۰۰، و ۳۸ روز بافت در برابر ۲۴. مشتری آن را تا دو ماه دیگر با حدود
# ۱۷٬۰۰۰٬۰۰۰ ریال می‌خواست، پس ۵۰ رج را انتخاب کردم: در هر دو جا می‌شود، و رنگ‌های بیشتر رنگ پوست را نرم نگه
# می‌دارند. با نصف این بودجه ۴۰ رج و رنگ‌های کمتر را پیشنهاد می‌کنم: تصویر درشت‌تر است ولی از دو متری هنوز روشن
# دیده می‌شود.

# %% [markdown]
# ## پرسش ۶٫۳ (۲ نمره، مربی‌تان می‌خواند) رنگرز می‌تواند همهٔ رنگ‌ها را بسازد؟
# به ستون‌های `reachable` و `delta_e00` در `recipes.csv` خودتان نگاه کنید. رنگرز به کدام رنگ‌ها نمی‌رسد (ΔE00 بالای
# ۲٫۰)، چند گره را می‌پوشانند، و دربارهٔ آن‌ها چه کردید (`--only-reachable`، رنگ‌های کمتر، راهنمای رنگ نخ دیگر، یا
# خواستن یک رنگرزی آزمایشی از رنگرز)؟ آیا نسخه‌ای علامت متامری خورده است، و دربارهٔ آن به رنگرز چه می‌گویید؟

# %% [markdown] nbgrader={"grade": true, "grade_id": "a06-q6_3-written", "locked": false, "points": 2, "schema_version": 3, "solution": true}
# (پاسخ نمونهٔ مربی.) دو رنگ در دسترس نبودند: یک آبی آسمانی روشن (ΔE00 ۳٫۶) و یک سبز مایل به زرد (۲٫۰۴)، روی هم
# ۷٬۲۰۰ گره، حدود یک‌هشتم تصویر. بسته را دوباره با `--only-reachable` ساختم، پس جای آن‌ها را نزدیک‌ترین سایه‌هایی
# گرفتند که رنگرز می‌تواند بسازد؛ آسمان کمی خاکستری‌تر شد ولی چیز دیگری عوض نشد. یک نسخه علامت متامری خورد: از
# رنگرز می‌خواهم آن رنگرزی آزمایشی را در نور روز و دوباره زیر نور مغازه ببیند، پیش از آنکه بچ‌ها را رنگ کند.
