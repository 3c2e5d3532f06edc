# ---
# jupyter:
#   farshlab_translation:
#     of: a01_knots_and_sizes.py
#     sha256: 9aeb122acb35a1cf35605e73a3a1ffc7bc8163750025d39a2ead0c0478af3888
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
# # تکلیف `a01` — گره‌ها و اندازه‌ها: تراکم، اندازهٔ نقشه، مقاط، نخ و حاشیه‌ها
#
# این تکلیف آموخته‌های درس ۱ را به کار می‌گیرد (`lessons/01_knots_and_sizes.ipynb`).
# ۱۵ پرسش دارد و روی هم ۲۶ نمره: ۱۴ تکه کد کوچک که رایانه بررسی‌شان می‌کند (۲۳ نمره) و ۱ پاسخ نوشتاری
# که مربی‌تان می‌خواند (۳ نمره).
#
# **چه باید کرد** (همان کارهای تکلیف `a00`)
# - سلول‌ها را از بالا یکی‌یکی با **Shift + Enter** اجرا کنید. اول سلول خاکستری *آماده‌سازی* را که در پایین آمده اجرا کنید.
# - در هر سلول پاسخ، خط `raise NotImplementedError()` را پاک کنید و کد خودتان را جای آن بنویسید.
#   خط `def …` را همان‌طور که هست نگه دارید: نام تابع و ترتیب ورودی‌ها باید همان بماند.
# - **سلول آزمون** زیر هر پاسخ را اجرا کنید. اگر چیزی نشان داده نشد، پاسخ شما از آزمون‌هایی که می‌بینید
#   گذشته است. اگر یک کادر صورتی دیدید، خط آخرش را بخوانید: می‌گوید چه انتظاری می‌رفت. وقتی تکلیف را
#   تحویل می‌دهید، آزمون‌های دیگری (که آن‌ها را نمی‌بینید) تابع شما را با اندازه‌ها و عددهای دیگر امتحان
#   می‌کنند؛ پس آن را طوری بنویسید که برای هر عددی درست کار کند.
# - حساب‌ها را خودتان با Python ساده بنویسید (`round`، `math.ceil`، `%`، `//`). اینجا از `farshlab` **استفاده
#   نکنید**: هدف این است که خودتان از پس حساب‌ها بربیایید.
# - پیش از تحویل: روی دکمهٔ **Validate** کلیک کنید، یا از منو `Kernel → Restart Kernel and Run All Cells…` را بزنید.
#
# از درس به یاد دارید: رج = تعداد گره در **۷ سانتی‌متر** از عرض؛ خفت = تعداد گره در **۶٫۵ سانتی‌متر** از عرض؛
# هر مقاط ۱۲٬۰۰۰ گره است؛ Nm یعنی چند متر نخ در هر گرم؛ نخی که از `ply` لا با نمرهٔ `nm` تابیده شده، در هر
# گرم `nm / ply` متر دارد.

# %% [markdown]
# اول این سلول آماده‌سازی را اجرا کنید.

# %% nbgrader={"grade": false, "grade_id": "a01-setup", "locked": true, "schema_version": 3, "solution": false}
import math

# %% [markdown]
# # بخش ۱ — تراکم گره

# %% [markdown]
# ## پرسش ۱٫۱ (۱ نمره) دام دو برجستگی
# در پشت فرشی که تارهایش **هم‌سطح** (کنار هم) قرار گرفته‌اند، هر گره به صورت **دو برجستگی** دیده می‌شود.
# کارآموزی برجستگی‌های پشت چنین فرشی را در طول ۷ سانتی‌متر می‌شمارد. تابع `raj_from_nodes(nodes)` را بنویسید
# که رج (تعداد گره در ۷ سانتی‌متر) را به صورت یک عدد برگرداند.
#
# مثال: ۱۰۰ برجستگی در ۷ سانتی‌متر → ۵۰ رج.

# %% nbgrader={"grade": false, "grade_id": "a01-q1_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["raj_from_nodes"], "answered_by": ["farshlab.carpet.raj_from_back_count"]}
def raj_from_nodes(nodes):
    ### BEGIN SOLUTION
    return nodes / 2
    ### END SOLUTION

# %% farshlab={"library_answer": "a01-q1_1-answer"}
from farshlab.carpet import raj_from_back_count


def raj_from_nodes(nodes):
    return raj_from_back_count(nodes, 2)

# %% farshlab={"wrong_answer": "a01-q1_1-answer", "mistake": "takes the nodes for knots: does not halve (the two-node pitfall itself)"}
def raj_from_nodes(nodes):
    return nodes

# %% farshlab={"wrong_answer": "a01-q1_1-answer", "mistake": "floor division // drops the half knot"}
def raj_from_nodes(nodes):
    return nodes // 2

# %% farshlab={"wrong_answer": "a01-q1_1-answer", "mistake": "rounds to a whole knot"}
def raj_from_nodes(nodes):
    return round(nodes / 2)

# %% nbgrader={"grade": true, "grade_id": "a01-q1_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = raj_from_nodes(100)
assert math.isclose(got, 50, rel_tol=1e-9), f"۱۰۰ برجستگی در پشت فرش یعنی ۵۰ گره (هر گره دو برجستگی دارد)؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert math.isclose(raj_from_nodes(96), 48, rel_tol=1e-9), f"۹۶ برجستگی یعنی ۴۸ گره؛ تابع شما {raj_from_nodes(96)} را داد"
assert math.isclose(raj_from_nodes(61), 30.5, rel_tol=1e-9), f"۶۱ برجستگی یعنی ۳۰٫۵ گره (گرد نکنید)؛ تابع شما {raj_from_nodes(61)} را داد"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۱٫۲ (۲ نمره) گره در هر متر مربع
# تابع `knots_per_m2(raj_w, raj_h)` را بنویسید: تعداد گره‌ها در یک متر مربع از فرشی که با `raj_w` گره در هر
# ۷ سانتی‌متر از عرض و `raj_h` رج در هر ۷ سانتی‌متر از طول بافته شده است. به زبان ساده: *گره در هر سانتی‌متر
# از عرض، ضرب در گره در هر سانتی‌متر از طول، ضرب در ۱۰٬۰۰۰ (تعداد سانتی‌متر مربع‌های یک متر مربع).* به صورت
# فرمول: `(raj_w / 7) * (raj_h / 7) * 10000`. گرد نکنید.
#
# مثال: ۷۰ رج در هر دو جهت → ۱٬۰۰۰٬۰۰۰ گره در هر متر مربع؛ ۵۰ رج در هر دو جهت → حدود ۵۱۰٬۲۰۴.

# %% nbgrader={"grade": false, "grade_id": "a01-q1_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["knots_per_m2"], "answered_by": ["farshlab.carpet.knots_per_m2", "farshlab.carpet.knots_per_cm"]}
def knots_per_m2(raj_w, raj_h):
    ### BEGIN SOLUTION
    return (raj_w / 7) * (raj_h / 7) * 10000
    ### END SOLUTION

# %% farshlab={"library_answer": "a01-q1_2-answer"}
from farshlab.carpet import knots_per_m2

# %% farshlab={"library_answer": "a01-q1_2-answer"}
from farshlab.carpet import knots_per_cm


def knots_per_m2(raj_w, raj_h):
    return knots_per_cm(raj_w) * knots_per_cm(raj_h) * 10000

# %% farshlab={"wrong_answer": "a01-q1_2-answer", "mistake": "divides by 7 only once"}
def knots_per_m2(raj_w, raj_h):
    return raj_w * raj_h / 7 * 10000

# %% farshlab={"wrong_answer": "a01-q1_2-answer", "mistake": "100 square cm in a square metre instead of 10,000"}
def knots_per_m2(raj_w, raj_h):
    return (raj_w / 7) * (raj_h / 7) * 100

# %% farshlab={"wrong_answer": "a01-q1_2-answer", "mistake": "squares the raj across and forgets the raj along"}
def knots_per_m2(raj_w, raj_h):
    return (raj_w / 7) ** 2 * 10000

# %% nbgrader={"grade": true, "grade_id": "a01-q1_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = knots_per_m2(70, 70)
assert math.isclose(got, 1_000_000, rel_tol=1e-9), f"۷۰ رج در هر دو جهت یعنی ۱۰ گره در هر سانتی‌متر در هر جهت: ۱٬۰۰۰٬۰۰۰ گره در هر متر مربع؛ تابع شما {got} را داد"
got = knots_per_m2(50, 50)
assert math.isclose(got, 510_204.08, rel_tol=1e-6), f"۵۰ رج در هر دو جهت حدود ۵۱۰٬۲۰۴ گره در هر متر مربع است؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
got = knots_per_m2(40, 45)
assert math.isclose(got, 367_346.94, rel_tol=1e-6), f"۴۰ رج در عرض و ۴۵ رج در طول: (۴۰ ÷ ۷) × (۴۵ ÷ ۷) × ۱۰٬۰۰۰ ≈ ۳۶۷٬۳۴۶٫۹۴؛ تابع شما {got} را داد"
got = knots_per_m2(60, 60)
assert math.isclose(got, 734_693.88, rel_tol=1e-6), f"۶۰ رج در هر دو جهت: حدود ۷۳۴٬۶۹۳٫۸۸ گره در هر متر مربع؛ تابع شما {got} را داد"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۱٫۳ (۱ نمره) از رج به خفت
# خریداری از اصفهان گره‌ها را به جای ۷ سانتی‌متر در **۶٫۵ سانتی‌متر** می‌شمارد (خفت). فرش همان است؛ فقط طولی
# که گره‌ها در آن شمرده می‌شوند عوض می‌شود. تابع `kheft_from_raj(raj)` را بنویسید که خفتِ فرشی با `raj` گره در
# هر ۷ سانتی‌متر را برگرداند: *گره در هر سانتی‌متر × ۶٫۵*. گرد نکنید.
#
# مثال: ۷۰ رج = ۱۰ گره در هر سانتی‌متر = ۶۵ خفت.

# %% nbgrader={"grade": false, "grade_id": "a01-q1_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["kheft_from_raj"], "answered_by": ["farshlab.carpet.convert_density"]}
def kheft_from_raj(raj):
    ### BEGIN SOLUTION
    return raj / 7 * 6.5
    ### END SOLUTION

# %% farshlab={"library_answer": "a01-q1_3-answer"}
from farshlab.carpet import convert_density


def kheft_from_raj(raj):
    return convert_density(raj, 7, 6.5)

# %% farshlab={"wrong_answer": "a01-q1_3-answer", "mistake": "turns the ratio upside down: × 7 ÷ 6.5"}
def kheft_from_raj(raj):
    return raj * 7 / 6.5

# %% farshlab={"wrong_answer": "a01-q1_3-answer", "mistake": "rounds to a whole knot"}
def kheft_from_raj(raj):
    return round(raj / 7 * 6.5)

# %% farshlab={"wrong_answer": "a01-q1_3-answer", "mistake": "floor division // for the knots per cm"}
def kheft_from_raj(raj):
    return raj // 7 * 6.5

# %% nbgrader={"grade": true, "grade_id": "a01-q1_3-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = kheft_from_raj(70)
assert math.isclose(got, 65, rel_tol=1e-9), f"۷۰ رج یعنی ۱۰ گره در هر سانتی‌متر، پس ۶۵ گره در ۶٫۵ سانتی‌متر؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert math.isclose(kheft_from_raj(50), 46.428571, rel_tol=1e-6), f"۵۰ رج برابر ۵۰ × ۶٫۵ ÷ ۷ ≈ ۴۶٫۴۳ خفت است؛ تابع شما {kheft_from_raj(50)} را داد"
assert math.isclose(kheft_from_raj(35), 32.5, rel_tol=1e-9), f"۳۵ رج برابر ۳۲٫۵ خفت است؛ تابع شما {kheft_from_raj(35)} را داد"
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۲ — اندازهٔ نقشه

# %% [markdown]
# ## پرسش ۲٫۱ (۲ نمره) اندازهٔ نقشه از روی اندازهٔ تابلو
# تابع `chart_size(width_cm, height_cm, raj_w, raj_h)` را بنویسید که یک **تاپل** `(knots_across, rows)` از دو
# عدد صحیح (`int`) برگرداند:
#
# - گره‌های عرض = رج عرض × عرض به سانتی‌متر ÷ ۷، گردشده به نزدیک‌ترین گرهٔ کامل؛
# - تعداد رج‌ها = رج طول × ارتفاع به سانتی‌متر ÷ ۷، گردشده.
#
# مثال: `chart_size(50, 70, 50, 50)` جواب `(357, 500)` را می‌دهد.

# %% nbgrader={"grade": false, "grade_id": "a01-q2_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["chart_size"], "answered_by": ["farshlab.carpet.chart_size", "farshlab.carpet.knots_across", "farshlab.carpet.knot_rows"]}
def chart_size(width_cm, height_cm, raj_w, raj_h):
    ### BEGIN SOLUTION
    return round(raj_w * width_cm / 7), round(raj_h * height_cm / 7)
    ### END SOLUTION

# %% farshlab={"library_answer": "a01-q2_1-answer"}
from farshlab.carpet import chart_size

# %% farshlab={"library_answer": "a01-q2_1-answer"}
from farshlab.carpet import knot_rows, knots_across


def chart_size(width_cm, height_cm, raj_w, raj_h):
    return knots_across(width_cm, raj_w), knot_rows(height_cm, raj_h)

# %% farshlab={"wrong_answer": "a01-q2_1-answer", "mistake": "truncates with int() instead of rounding"}
def chart_size(width_cm, height_cm, raj_w, raj_h):
    return int(raj_w * width_cm / 7), int(raj_h * height_cm / 7)

# %% farshlab={"wrong_answer": "a01-q2_1-answer", "mistake": "uses the raj across for the rows too"}
def chart_size(width_cm, height_cm, raj_w, raj_h):
    return round(raj_w * width_cm / 7), round(raj_w * height_cm / 7)

# %% farshlab={"wrong_answer": "a01-q2_1-answer", "mistake": "gives (rows, knots_across): the pair in the wrong order"}
def chart_size(width_cm, height_cm, raj_w, raj_h):
    return round(raj_h * height_cm / 7), round(raj_w * width_cm / 7)

# %% nbgrader={"grade": true, "grade_id": "a01-q2_1-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = chart_size(50, 70, 50, 50)
assert isinstance(got, tuple) and len(got) == 2, f"جواب باید یک تاپل از دو عدد (knots_across, rows) باشد، ولی تابع شما {got!r} را داد"
assert all(isinstance(n, int) for n in got), f"گره‌ها و رج‌ها عدد صحیح (int) هستند: از round(...) استفاده کنید؛ تابع شما {got!r} را داد"
assert got == (357, 500), f"۵۰ × ۷۰ سانتی‌متر با ۵۰ رج یعنی ۳۵۷ گره در عرض و ۵۰۰ رج؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
got = chart_size(35, 50, 40, 40)
assert got == (200, 286), f"۳۵ × ۵۰ سانتی‌متر با ۴۰ رج: ۲۰۰ گره در عرض، و ۲۸۶ رج (۲۸۵٫۷ گردشده)؛ تابع شما {got} را داد"
got = chart_size(80, 120, 60, 60)
assert got == (686, 1029), f"۸۰ × ۱۲۰ سانتی‌متر با ۶۰ رج: ۶۸۶ گره در عرض (۶۸۵٫۷ گردشده) و ۱۰۲۹ رج (۱۰۲۸٫۶ گردشده)؛ تابع شما {got} را داد"
got = chart_size(70, 100, 40, 45)
assert got == (400, 643), f"۷۰ × ۱۰۰ سانتی‌متر با ۴۰ رج در عرض و ۴۵ رج در طول: ۴۰۰ گره در عرض و ۶۴۳ رج (۶۴۲٫۹ گردشده)؛ تابع شما {got} را داد"
assert all(isinstance(n, int) for n in got), f"گره‌ها و رج‌ها باید int باشند، ولی {got!r} به دست آمد"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۲٫۲ (۲ نمره) وقتی رج‌ها فشرده‌تر کوبیده می‌شوند
# نقشه‌ای `rows` رج دارد و برای `chart_raj_h` رج در هر ۷ سانتی‌متر کشیده شده است. بافنده پودها را محکم‌تر
# می‌کوبد و در هر ۷ سانتی‌متر `woven_raj_h` رج جا می‌دهد. تابع `length_drift_cm(rows, chart_raj_h, woven_raj_h)`
# را بنویسید که بگوید تابلوی بافته‌شده چند سانتی‌متر از آنچه نقشه فرض کرده بود بلندتر است:
# *طول بافته‌شده (`rows * 7 / woven_raj_h`) منهای طول نقشه (`rows * 7 / chart_raj_h`)*.
# جواب منفی یعنی تابلو **کوتاه‌تر** درمی‌آید. گرد نکنید.
#
# مثال: ۵۰۰ رج که برای ۵۰ رج کشیده شده (۷۰ سانتی‌متر)، اگر با ۵۲ رج در هر ۷ سانتی‌متر بافته شود → حدود
# −۲٫۶۹ سانتی‌متر.

# %% nbgrader={"grade": false, "grade_id": "a01-q2_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["length_drift_cm"], "answered_by": ["farshlab.carpet.length_drift_cm"]}
def length_drift_cm(rows, chart_raj_h, woven_raj_h):
    ### BEGIN SOLUTION
    return rows * 7 / woven_raj_h - rows * 7 / chart_raj_h
    ### END SOLUTION

# %% farshlab={"library_answer": "a01-q2_2-answer"}
from farshlab.carpet import length_drift_cm as _drift


def length_drift_cm(rows, chart_raj_h, woven_raj_h):
    return _drift(rows, chart_raj_h, woven_raj_h)

# %% farshlab={"wrong_answer": "a01-q2_2-answer", "mistake": "the chart's length minus the woven length: the sign is turned"}
def length_drift_cm(rows, chart_raj_h, woven_raj_h):
    return rows * 7 / chart_raj_h - rows * 7 / woven_raj_h

# %% farshlab={"wrong_answer": "a01-q2_2-answer", "mistake": "forgets the 7 cm: rows ÷ raj is not a length in cm"}
def length_drift_cm(rows, chart_raj_h, woven_raj_h):
    return rows / woven_raj_h - rows / chart_raj_h

# %% farshlab={"wrong_answer": "a01-q2_2-answer", "mistake": "multiplies rows by the raj instead of dividing"}
def length_drift_cm(rows, chart_raj_h, woven_raj_h):
    return rows * woven_raj_h / 7 - rows * chart_raj_h / 7

# %% nbgrader={"grade": true, "grade_id": "a01-q2_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = length_drift_cm(500, 50, 52)
assert math.isclose(got, -2.6923, abs_tol=1e-3), (
    f"۵۰۰ رج که با ۵۲ رج در هر ۷ سانتی‌متر بافته شوند، به جای ۷۰ سانتی‌متر ۶۷٫۳۱ سانتی‌متر می‌شوند: اختلاف طول حدود −۲٫۶۹ سانتی‌متر است (منفی، یعنی کوتاه‌تر)؛ تابع شما {got} را داد"
)
### BEGIN HIDDEN TESTS
got = length_drift_cm(643, 45, 47)
assert math.isclose(got, -4.2563, abs_tol=1e-3), f"۶۴۳ رج که برای ۴۵ رج کشیده شده و با ۴۷ رج بافته شده: حدود −۴٫۲۶ سانتی‌متر؛ تابع شما {got} را داد"
got = length_drift_cm(500, 50, 49)
assert math.isclose(got, 1.4286, abs_tol=1e-3), f"وقتی رج‌ها شل‌تر کوبیده شوند (۴۹ به جای ۵۰)، تابلو حدود ۱٫۴۳ سانتی‌متر بلندتر می‌شود؛ تابع شما {got} را داد"
got = length_drift_cm(1000, 62, 60)
assert math.isclose(got, 3.7634, abs_tol=1e-3), f"۱۰۰۰ رج که برای ۶۲ رج کشیده شده و با ۶۰ رج بافته شده: حدود +۳٫۷۶ سانتی‌متر؛ تابع شما {got} را داد"
assert math.isclose(length_drift_cm(500, 50, 50), 0, abs_tol=1e-9), "اگر درست همان‌طور که نقشه کشیده شده بافته شود، اختلاف طولی در کار نیست: جواب ۰ است"
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۳ — مقاط، دستمزد و روزهای کار

# %% [markdown]
# ## پرسش ۳٫۱ (۱ نمره) مقاط
# تابع `maghat(knots)` را بنویسید: تعداد مقاط (هر مقاط ۱۲٬۰۰۰ گره است)، به صورت عدد اعشاری.
#
# مثال: ۱۷۸٬۵۰۰ گره = ۱۴٫۸۷۵ مقاط.

# %% nbgrader={"grade": false, "grade_id": "a01-q3_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["maghat"], "answered_by": ["farshlab.carpet.maghat", "farshlab.carpet.in_units"]}
def maghat(knots):
    ### BEGIN SOLUTION
    return knots / 12000
    ### END SOLUTION

# %% farshlab={"library_answer": "a01-q3_1-answer"}
from farshlab.carpet import maghat

# %% farshlab={"wrong_answer": "a01-q3_1-answer", "mistake": "divides by 14,000 (a qabal) instead of 12,000"}
def maghat(knots):
    return knots / 14000

# %% farshlab={"wrong_answer": "a01-q3_1-answer", "mistake": "floor division // drops the part of a maghat"}
def maghat(knots):
    return knots // 12000

# %% farshlab={"wrong_answer": "a01-q3_1-answer", "mistake": "rounds to a whole maghat"}
def maghat(knots):
    return round(knots / 12000)

# %% nbgrader={"grade": true, "grade_id": "a01-q3_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = maghat(178_500)
assert math.isclose(got, 14.875, rel_tol=1e-9), f"۱۷۸٬۵۰۰ گره ÷ ۱۲٬۰۰۰ = ۱۴٫۸۷۵ مقاط؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert math.isclose(maghat(57_200), 4.766667, rel_tol=1e-6), f"۵۷٬۲۰۰ گره حدود ۴٫۷۶۷ مقاط است؛ تابع شما {maghat(57_200)} را داد"
assert math.isclose(maghat(764_694), 63.7245, rel_tol=1e-9), f"۷۶۴٬۶۹۴ گره برابر ۶۳٫۷۲۴۵ مقاط است؛ تابع شما {maghat(764_694)} را داد"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۳٫۲ (۱ نمره) دستمزد از روی نرخ هر مقاط
# تابع `wage(knots, rate_per_maghat)` را بنویسید: پول بافتن `knots` گره با نرخ `rate_per_maghat` برای هر مقاط.
# گرد نکنید. (نرخ‌های آزمون‌ها عددهای ساختگی‌اند.)
#
# مثال: ۱۷۸٬۵۰۰ گره با نرخ ۴۰۰٬۰۰۰ برای هر مقاط → ۵٬۹۵۰٬۰۰۰.

# %% nbgrader={"grade": false, "grade_id": "a01-q3_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["wage"], "answered_by": ["farshlab.carpet.amount_for_knots", "farshlab.carpet.wage_per_weaver"]}
def wage(knots, rate_per_maghat):
    ### BEGIN SOLUTION
    return knots / 12000 * rate_per_maghat
    ### END SOLUTION

# %% farshlab={"library_answer": "a01-q3_2-answer"}
from farshlab.carpet import amount_for_knots


def wage(knots, rate_per_maghat):
    return amount_for_knots(knots, rate_per_maghat)

# %% farshlab={"library_answer": "a01-q3_2-answer"}
from farshlab.carpet import wage_per_weaver


def wage(knots, rate_per_maghat):
    return wage_per_weaver(knots, rate_per_maghat, 1)

# %% farshlab={"wrong_answer": "a01-q3_2-answer", "mistake": "pays the rate per knot: forgets to turn knots into maghat"}
def wage(knots, rate_per_maghat):
    return knots * rate_per_maghat

# %% farshlab={"wrong_answer": "a01-q3_2-answer", "mistake": "pays only the whole maghat (floor division //)"}
def wage(knots, rate_per_maghat):
    return knots // 12000 * rate_per_maghat

# %% farshlab={"wrong_answer": "a01-q3_2-answer", "mistake": "counts in qabal (14,000 knots) instead of maghat"}
def wage(knots, rate_per_maghat):
    return knots / 14000 * rate_per_maghat

# %% nbgrader={"grade": true, "grade_id": "a01-q3_2-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، maghat نسخهٔ درست است، تا
# اشتباهی در پاسخ‌های قبلی نمرهٔ پرسش ۳٫۲ را هم از بین نبرد.
def _correct_maghat(knots):
    return knots / 12000


_yours = {name: globals().get(name) for name in ['maghat']}
maghat = _correct_maghat
### END HIDDEN TESTS
got = wage(178_500, 400_000)
assert math.isclose(got, 5_950_000, rel_tol=1e-9), f"۱۴٫۸۷۵ مقاط × ۴۰۰٬۰۰۰ = ۵٬۹۵۰٬۰۰۰؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert math.isclose(wage(57_200, 350_000), 1_668_333.33, rel_tol=1e-6), f"۵۷٬۲۰۰ گره با نرخ ۳۵۰٬۰۰۰ برای هر مقاط: حدود ۱٬۶۶۸٬۳۳۳٫۳۳؛ تابع شما {wage(57_200, 350_000)} را داد"
assert math.isclose(wage(12_000, 1), 1, rel_tol=1e-9), f"یک مقاط با نرخ ۱ می‌شود ۱؛ تابع شما {wage(12_000, 1)} را داد"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۳٫۳ (۲ نمره) روزهای کار روی دار
# گروهی از `weavers` بافنده کار می‌کنند و هر کدام روزی `knots_per_weaver_per_day` گره می‌زند. تابع
# `weaving_days(knots, weavers, knots_per_weaver_per_day)` را بنویسید که تعداد **روزهای کاری کامل** لازم را
# برگرداند: تکه‌ای از یک روز، یک روز کامل حساب می‌شود (رو به **بالا** گرد کنید؛ `math.ceil` همین کار را
# می‌کند). کاری که درست در پایان یک روز تمام شود، درست همان تعداد روز طول می‌کشد.
#
# مثال: ۱۷۸٬۵۰۰ گره، ۲ بافنده که هر کدام روزی ۷٬۰۰۰ گره می‌زنند: ۱۲٫۷۵ روز → ۱۳ روز.

# %% nbgrader={"grade": false, "grade_id": "a01-q3_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["weaving_days"], "answered_by": ["farshlab.carpet.weaving_days"]}
def weaving_days(knots, weavers, knots_per_weaver_per_day):
    ### BEGIN SOLUTION
    return math.ceil(knots / (weavers * knots_per_weaver_per_day))
    ### END SOLUTION

# %% farshlab={"library_answer": "a01-q3_3-answer"}
from farshlab.carpet import weaving_days as _days


def weaving_days(knots, weavers, knots_per_weaver_per_day):
    return math.ceil(_days(knots, weavers, knots_per_weaver_per_day))

# %% farshlab={"wrong_answer": "a01-q3_3-answer", "mistake": "round() instead of rounding up: 10.2 days become 10"}
def weaving_days(knots, weavers, knots_per_weaver_per_day):
    return round(knots / (weavers * knots_per_weaver_per_day))

# %% farshlab={"wrong_answer": "a01-q3_3-answer", "mistake": "// + 1: adds a day even when the job ends exactly at the end of a day"}
def weaving_days(knots, weavers, knots_per_weaver_per_day):
    return knots // (weavers * knots_per_weaver_per_day) + 1

# %% farshlab={"wrong_answer": "a01-q3_3-answer", "mistake": "forgets the number of weavers"}
def weaving_days(knots, weavers, knots_per_weaver_per_day):
    return math.ceil(knots / knots_per_weaver_per_day)

# %% nbgrader={"grade": true, "grade_id": "a01-q3_3-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = weaving_days(178_500, 2, 7_000)
assert got == 13, f"۱۷۸٬۵۰۰ ÷ (۲ × ۷٬۰۰۰) = ۱۲٫۷۵ روز، که ۱۳ روز کاری لازم دارد؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert weaving_days(57_200, 1, 6_000) == 10, f"۵۷٬۲۰۰ ÷ ۶٬۰۰۰ = ۹٫۵۳، پس ۱۰ روز؛ تابع شما {weaving_days(57_200, 1, 6_000)} را داد"
assert weaving_days(764_694, 3, 8_000) == 32, f"۷۶۴٬۶۹۴ ÷ ۲۴٬۰۰۰ = ۳۱٫۸۶، پس ۳۲ روز؛ تابع شما {weaving_days(764_694, 3, 8_000)} را داد"
assert weaving_days(61_200, 1, 6_000) == 11, f"۶۱٬۲۰۰ ÷ ۶٬۰۰۰ = ۱۰٫۲ روز: بافنده روز یازدهم هم کار می‌کند، پس جواب ۱۱ است؛ رو به بالا گرد کنید (math.ceil)؛ تابع شما {weaving_days(61_200, 1, 6_000)} را داد"
assert weaving_days(14_000, 2, 7_000) == 1, f"۱۴٬۰۰۰ گره با ۲ بافنده که هر کدام روزی ۷٬۰۰۰ گره می‌زنند، درست ۱ روز کار است؛ تابع شما {weaving_days(14_000, 2, 7_000)} را داد"
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۴ — خامه، تار و پود

# %% [markdown]
# ## پرسش ۴٫۱ (۲ نمره) خامه به گرم
# تابع `pile_grams(knots, cm_per_knot, nm, ply, waste_percent)` را بنویسید:
#
# 1. متر نخ = تعداد گره‌ها × سانتی‌متر نخ برای هر گره ÷ ۱۰۰؛
# 2. گرم = متر ÷ (`nm / ply`) — نخی که از `ply` لا با نمرهٔ `nm` تابیده شده، در هر گرم `nm / ply` متر دارد؛
# 3. پرت را اضافه کنید: گرم × (۱ + `waste_percent` ÷ ۱۰۰).
#
# گرد نکنید. مثال: ۱۷۸٬۵۰۰ گره، ۴ سانتی‌متر برای هر گره، نخ یک‌لا با نمرهٔ Nm ۸، ۱۰ درصد پرت → ۹۸۱٫۷۵ گرم
# (عددهای درس: ۴ سانتی‌متر برای هر گره و Nm ۸ عددهای احراری برای ۴۰ رج‌اند). تابع شما باید برای هر نمرهٔ نخ
# و هر تعداد لا کار کند.

# %% nbgrader={"grade": false, "grade_id": "a01-q4_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["pile_grams"], "answered_by": ["farshlab.carpet.yarn_grams", "farshlab.carpet.pile_length_m"]}
def pile_grams(knots, cm_per_knot, nm, ply, waste_percent):
    ### BEGIN SOLUTION
    metres = knots * cm_per_knot / 100
    return metres / (nm / ply) * (1 + waste_percent / 100)
    ### END SOLUTION

# %% farshlab={"library_answer": "a01-q4_1-answer"}
from farshlab.carpet import pile_length_m, yarn_grams


def pile_grams(knots, cm_per_knot, nm, ply, waste_percent):
    return yarn_grams(pile_length_m(knots, cm_per_knot), nm, ply, waste_percent)

# %% farshlab={"wrong_answer": "a01-q4_1-answer", "mistake": "forgets the waste allowance"}
def pile_grams(knots, cm_per_knot, nm, ply, waste_percent):
    metres = knots * cm_per_knot / 100
    return metres / (nm / ply)

# %% farshlab={"wrong_answer": "a01-q4_1-answer", "mistake": "Nm × ply instead of Nm ÷ ply"}
def pile_grams(knots, cm_per_knot, nm, ply, waste_percent):
    metres = knots * cm_per_knot / 100
    return metres / (nm * ply) * (1 + waste_percent / 100)

# %% farshlab={"wrong_answer": "a01-q4_1-answer", "mistake": "the waste in percent taken as a fraction: × (1 + 10) instead of × 1.10"}
def pile_grams(knots, cm_per_knot, nm, ply, waste_percent):
    metres = knots * cm_per_knot / 100
    return metres / (nm / ply) * (1 + waste_percent)

# %% farshlab={"wrong_answer": "a01-q4_1-answer", "mistake": "leaves the length in cm (no ÷ 100)"}
def pile_grams(knots, cm_per_knot, nm, ply, waste_percent):
    length = knots * cm_per_knot
    return length / (nm / ply) * (1 + waste_percent / 100)

# %% nbgrader={"grade": true, "grade_id": "a01-q4_1-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = pile_grams(178_500, 4, 8, 1, 10)
assert math.isclose(got, 981.75, rel_tol=1e-6), (
    f"۱۷۸٬۵۰۰ گره × ۴ سانتی‌متر = ۷٬۱۴۰ متر؛ نخ یک‌لا با نمرهٔ Nm ۸ در هر گرم ۸ متر دارد: ۸۹۲٫۵ گرم؛ به‌علاوهٔ ۱۰ درصد: ۹۸۱٫۷۵ گرم؛ تابع شما {got} را داد"
)
### BEGIN HIDDEN TESTS
assert math.isclose(pile_grams(57_200, 4, 8, 2, 10), 629.2, rel_tol=1e-6), f"۵۷٬۲۰۰ گره، ۴ سانتی‌متر، Nm ۸، ۲ لا، ۱۰ درصد پرت: ۶۲۹٫۲ گرم؛ تابع شما {pile_grams(57_200, 4, 8, 2, 10)} را داد"
assert math.isclose(pile_grams(178_500, 3.5, 6, 2, 5), 2186.625, rel_tol=1e-6), f"۱۷۸٬۵۰۰ گره، ۳٫۵ سانتی‌متر، Nm ۶، ۲ لا، ۵ درصد پرت: ۲٬۱۸۶٫۶۲۵ گرم؛ تابع شما {pile_grams(178_500, 3.5, 6, 2, 5)} را داد"
assert math.isclose(pile_grams(764_694, 4, 10, 3, 15), 10552.7772, rel_tol=1e-6), f"۷۶۴٬۶۹۴ گره، ۴ سانتی‌متر، Nm ۱۰، ۳ لا، ۱۵ درصد پرت: حدود ۱۰٬۵۵۲٫۷۸ گرم؛ تابع شما {pile_grams(764_694, 4, 10, 3, 15)} را داد"
assert math.isclose(pile_grams(12_000, 4, 6, 1, 0), 80, rel_tol=1e-9), f"۱۲٬۰۰۰ گره × ۴ سانتی‌متر = ۴۸۰ متر نخ یک‌لا با نمرهٔ Nm ۶، بدون پرت: ۸۰ گرم؛ تابع شما {pile_grams(12_000, 4, 6, 1, 0)} را داد"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۴٫۲ (۲ نمره) تار و پود
# تابع `warp_and_weft(knots_across, rows, width_cm, height_cm, loom_allowance_cm)` را بنویسید که یک تاپل
# `(warp_ends, warp_m, weft_m)` برگرداند:
#
# - تعداد سرِ تار: **۲ تا برای هر گرهٔ عرض** (هر گره روی یک جفت تار زده می‌شود) — یک `int`؛
# - متر تار: طول هر سرِ تار برابر ارتفاع تابلو به‌علاوهٔ اضافهٔ طولی است که دار لازم دارد: تعداد سرها ×
#   (`height_cm` + `loom_allowance_cm`) ÷ ۱۰۰؛
# - متر پودِ **کلفت** (برای هر رج یک بار، همان‌طور که احراری برآورد می‌کند): تعداد رج‌ها × `width_cm` × ۱٫۲
#   ÷ ۱۰۰. (بافندهٔ سبک تبریز بعد از هر رج یک پود نازک هم رد می‌کند؛ اینجا آن را حساب نمی‌کنیم.)
#
# مثال: `warp_and_weft(357, 500, 50, 70, 60)` جواب `(714, 928.2, 300.0)` را می‌دهد.

# %% nbgrader={"grade": false, "grade_id": "a01-q4_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["warp_and_weft"], "answered_by": ["farshlab.carpet.warp_ends", "farshlab.carpet.warp_length_m", "farshlab.carpet.weft_length_m"]}
def warp_and_weft(knots_across, rows, width_cm, height_cm, loom_allowance_cm):
    ### BEGIN SOLUTION
    ends = 2 * knots_across
    warp_m = ends * (height_cm + loom_allowance_cm) / 100
    weft_m = rows * width_cm * 1.2 / 100
    return ends, warp_m, weft_m
    ### END SOLUTION

# %% farshlab={"library_answer": "a01-q4_2-answer"}
from farshlab.carpet import warp_ends, warp_length_m, weft_length_m


def warp_and_weft(knots_across, rows, width_cm, height_cm, loom_allowance_cm):
    return (
        warp_ends(knots_across),
        warp_length_m(knots_across, height_cm, loom_allowance_cm),
        weft_length_m(rows, width_cm, passes_per_row=1),
    )

# %% farshlab={"wrong_answer": "a01-q4_2-answer", "mistake": "one warp end per knot instead of two"}
def warp_and_weft(knots_across, rows, width_cm, height_cm, loom_allowance_cm):
    ends = knots_across
    return ends, ends * (height_cm + loom_allowance_cm) / 100, rows * width_cm * 1.2 / 100

# %% farshlab={"wrong_answer": "a01-q4_2-answer", "mistake": "forgets the loom allowance"}
def warp_and_weft(knots_across, rows, width_cm, height_cm, loom_allowance_cm):
    ends = 2 * knots_across
    return ends, ends * height_cm / 100, rows * width_cm * 1.2 / 100

# %% farshlab={"wrong_answer": "a01-q4_2-answer", "mistake": "forgets the weft's 1.2 (it waves over and under the warps)"}
def warp_and_weft(knots_across, rows, width_cm, height_cm, loom_allowance_cm):
    ends = 2 * knots_across
    return ends, ends * (height_cm + loom_allowance_cm) / 100, rows * width_cm / 100

# %% farshlab={"wrong_answer": "a01-q4_2-answer", "mistake": "two weft passes per row, where the question counts the thick weft once"}
def warp_and_weft(knots_across, rows, width_cm, height_cm, loom_allowance_cm):
    ends = 2 * knots_across
    return ends, ends * (height_cm + loom_allowance_cm) / 100, 2 * rows * width_cm * 1.2 / 100

# %% nbgrader={"grade": true, "grade_id": "a01-q4_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = warp_and_weft(357, 500, 50, 70, 60)
assert isinstance(got, tuple) and len(got) == 3, f"جواب باید یک تاپل (warp_ends, warp_m, weft_m) باشد، ولی تابع شما {got!r} را داد"
ends, warp_m, weft_m = got
assert ends == 714, f"۳۵۷ گره در عرض به ۲ × ۳۵۷ = ۷۱۴ سرِ تار نیاز دارد؛ تابع شما {ends} را داد"
assert math.isclose(warp_m, 928.2, rel_tol=1e-9), f"۷۱۴ سرِ تار × (۷۰ + ۶۰) سانتی‌متر = ۹۲۸٫۲ متر تار؛ تابع شما {warp_m} را داد"
assert math.isclose(weft_m, 300.0, rel_tol=1e-9), f"۵۰۰ رج × ۵۰ سانتی‌متر × ۱٫۲ = ۳۰۰ متر پود؛ تابع شما {weft_m} را داد"
### BEGIN HIDDEN TESTS
ends, warp_m, weft_m = warp_and_weft(400, 643, 70, 100, 60)
assert (ends, round(warp_m, 6), round(weft_m, 6)) == (800, 1280.0, 540.12), f"۴۰۰ گره در عرض، ۶۴۳ رج، ۷۰ × ۱۰۰ سانتی‌متر: انتظار می‌رفت (800, 1280.0, 540.12) باشد، ولی {(ends, warp_m, weft_m)} به دست آمد"
ends, warp_m, weft_m = warp_and_weft(571, 857, 80, 120, 50)
assert ends == 1142 and math.isclose(warp_m, 1941.4, rel_tol=1e-9) and math.isclose(weft_m, 822.72, rel_tol=1e-9), (
    f"۵۷۱ گره در عرض، ۸۵۷ رج، ۸۰ × ۱۲۰ سانتی‌متر، ۵۰ سانتی‌متر اضافهٔ طول برای دار: انتظار می‌رفت (1142, 1941.4, 822.72) باشد، ولی {(ends, warp_m, weft_m)} به دست آمد"
)
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۴٫۳ (۳ نمره) فهرست مواد
# نقشهٔ یک تابلو `knots_across` × `rows` گره دارد؛ `knots_by_colour` دیکشنری‌ای به شکل
# {کد رنگ: تعداد گره‌های آن رنگ} است که از روی نقشه شمرده شده. تابع
# `materials_bill(knots_across, rows, width_cm, height_cm, knots_by_colour, cm_per_knot, nm, ply, waste_percent)`
# را بنویسید که یک دیکشنری با این پنج کلید برگرداند:
#
# - `"pile_g"`: یک دیکشنری {کد رنگ: گرم خامه} برای همهٔ رنگ‌ها، با پرت
#   (تابع `pile_grams` شما از پرسش ۴٫۱ حساب یک رنگ را انجام می‌دهد)؛
# - `"total_pile_g"`: جمع گرم‌های همهٔ رنگ‌ها؛
# - `"warp_ends"`، `"warp_m"`، `"weft_m"`: مثل پرسش ۴٫۲، با اضافهٔ طول **۶۰ سانتی‌متر** برای دار.
#
# می‌توانید تابع‌های خودتان از پرسش‌های ۴٫۱ و ۴٫۲ را به کار ببرید.

# %% nbgrader={"grade": false, "grade_id": "a01-q4_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["materials_bill"], "answered_by": ["farshlab.carpet.materials_bill", "farshlab.carpet.pile_grams_per_colour"]}
def materials_bill(knots_across, rows, width_cm, height_cm, knots_by_colour, cm_per_knot, nm, ply, waste_percent):
    ### BEGIN SOLUTION
    pile_g = {}
    for code, knots in knots_by_colour.items():
        pile_g[code] = pile_grams(knots, cm_per_knot, nm, ply, waste_percent)
    ends, warp_m, weft_m = warp_and_weft(knots_across, rows, width_cm, height_cm, 60)
    return {
        "pile_g": pile_g,
        "total_pile_g": sum(pile_g.values()),
        "warp_ends": ends,
        "warp_m": warp_m,
        "weft_m": weft_m,
    }
    ### END SOLUTION

# %% farshlab={"library_answer": "a01-q4_3-answer"}
from farshlab.carpet import materials_bill as _bill


def materials_bill(knots_across, rows, width_cm, height_cm, knots_by_colour, cm_per_knot, nm, ply, waste_percent):
    bill = _bill(
        width_cm, height_cm, knots_across * 7 / width_cm, rows * 7 / height_cm, nm=nm, ply=ply,
        knots_by_colour=knots_by_colour, cm_per_knot=cm_per_knot, waste_percent=waste_percent,
        weft_passes_per_row=1,
    )
    return {
        "pile_g": bill.pile_g, "total_pile_g": bill.pile_total_g,
        "warp_ends": bill.warp_ends, "warp_m": bill.warp_m, "weft_m": bill.weft_m,
    }

# %% farshlab={"library_answer": "a01-q4_3-answer"}
from farshlab.carpet import pile_grams_per_colour, warp_ends, warp_length_m, weft_length_m


def materials_bill(knots_across, rows, width_cm, height_cm, knots_by_colour, cm_per_knot, nm, ply, waste_percent):
    pile_g = pile_grams_per_colour(knots_by_colour, nm, ply, cm_per_knot, waste_percent)
    return {
        "pile_g": pile_g, "total_pile_g": sum(pile_g.values()),
        "warp_ends": warp_ends(knots_across), "warp_m": warp_length_m(knots_across, height_cm, 60),
        "weft_m": weft_length_m(rows, width_cm, passes_per_row=1),
    }

# %% farshlab={"wrong_answer": "a01-q4_3-answer", "mistake": "forgets the loom allowance (0 instead of 60 cm)"}
def materials_bill(knots_across, rows, width_cm, height_cm, knots_by_colour, cm_per_knot, nm, ply, waste_percent):
    pile_g = {code: pile_grams(knots, cm_per_knot, nm, ply, waste_percent) for code, knots in knots_by_colour.items()}
    ends, warp_m, weft_m = warp_and_weft(knots_across, rows, width_cm, height_cm, 0)
    return {"pile_g": pile_g, "total_pile_g": sum(pile_g.values()), "warp_ends": ends, "warp_m": warp_m, "weft_m": weft_m}

# %% farshlab={"wrong_answer": "a01-q4_3-answer", "mistake": "adds the waste a second time to the total"}
def materials_bill(knots_across, rows, width_cm, height_cm, knots_by_colour, cm_per_knot, nm, ply, waste_percent):
    pile_g = {code: pile_grams(knots, cm_per_knot, nm, ply, waste_percent) for code, knots in knots_by_colour.items()}
    total = sum(pile_g.values()) * (1 + waste_percent / 100)
    ends, warp_m, weft_m = warp_and_weft(knots_across, rows, width_cm, height_cm, 60)
    return {"pile_g": pile_g, "total_pile_g": total, "warp_ends": ends, "warp_m": warp_m, "weft_m": weft_m}

# %% farshlab={"wrong_answer": "a01-q4_3-answer", "mistake": "numbers the colours 0, 1, … instead of keeping their codes"}
def materials_bill(knots_across, rows, width_cm, height_cm, knots_by_colour, cm_per_knot, nm, ply, waste_percent):
    pile_g = {i: pile_grams(knots, cm_per_knot, nm, ply, waste_percent) for i, knots in enumerate(knots_by_colour.values())}
    ends, warp_m, weft_m = warp_and_weft(knots_across, rows, width_cm, height_cm, 60)
    return {"pile_g": pile_g, "total_pile_g": sum(pile_g.values()), "warp_ends": ends, "warp_m": warp_m, "weft_m": weft_m}

# %% farshlab={"wrong_answer": "a01-q4_3-answer", "mistake": "total_pile_g adds up the knots instead of the grams"}
def materials_bill(knots_across, rows, width_cm, height_cm, knots_by_colour, cm_per_knot, nm, ply, waste_percent):
    pile_g = {code: pile_grams(knots, cm_per_knot, nm, ply, waste_percent) for code, knots in knots_by_colour.items()}
    ends, warp_m, weft_m = warp_and_weft(knots_across, rows, width_cm, height_cm, 60)
    return {"pile_g": pile_g, "total_pile_g": sum(knots_by_colour.values()), "warp_ends": ends, "warp_m": warp_m, "weft_m": weft_m}

# %% nbgrader={"grade": true, "grade_id": "a01-q4_3-tests", "locked": true, "points": 3, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، pile_grams و warp_and_weft نسخه‌های
# درست‌اند، تا اشتباهی در پاسخ‌های قبلی نمرهٔ پرسش ۴٫۳ را هم از بین نبرد.
def _correct_pile_grams(knots, cm_per_knot, nm, ply, waste_percent):
    return knots * cm_per_knot / 100 / (nm / ply) * (1 + waste_percent / 100)


def _correct_warp_and_weft(knots_across, rows, width_cm, height_cm, loom_allowance_cm):
    ends = 2 * knots_across
    return ends, ends * (height_cm + loom_allowance_cm) / 100, rows * width_cm * 1.2 / 100


_yours = {name: globals().get(name) for name in ['pile_grams', 'warp_and_weft']}
pile_grams = _correct_pile_grams
warp_and_weft = _correct_warp_and_weft
### END HIDDEN TESTS
bill = materials_bill(357, 500, 50, 70, {1: 150_000, 2: 28_500}, 4, 6, 2, 10)
assert isinstance(bill, dict), f"فهرست مواد باید یک دیکشنری باشد، ولی تابع شما {type(bill).__name__} داد"
missing = {"pile_g", "total_pile_g", "warp_ends", "warp_m", "weft_m"} - set(bill)
assert not missing, f"این کلیدها در فهرست مواد نیستند: {sorted(missing)}"
assert set(bill["pile_g"]) == {1, 2}, f"pile_g باید برای هر رنگ یک کلید داشته باشد (۱ و ۲)، ولی کلیدهای جواب شما این‌هاست: {sorted(bill['pile_g'])}"
assert math.isclose(bill["pile_g"][1], 2200, rel_tol=1e-6), f"رنگ ۱: ۱۵۰٬۰۰۰ گره × ۴ سانتی‌متر = ۶٬۰۰۰ متر، تقسیم بر ۳ متر در گرم = ۲٬۰۰۰ گرم، به‌علاوهٔ ۱۰ درصد = ۲٬۲۰۰ گرم؛ عدد شما {bill['pile_g'][1]} است"
assert math.isclose(bill["pile_g"][2], 418, rel_tol=1e-6), f"رنگ ۲: ۲۸٬۵۰۰ گره یعنی ۳۸۰ گرم، به‌علاوهٔ ۱۰ درصد = ۴۱۸ گرم؛ عدد شما {bill['pile_g'][2]} است"
assert math.isclose(bill["total_pile_g"], 2618, rel_tol=1e-6), f"همهٔ خامه: ۲٬۲۰۰ + ۴۱۸ = ۲٬۶۱۸ گرم؛ عدد شما {bill['total_pile_g']} است"
assert bill["warp_ends"] == 714, f"۳۵۷ گره در عرض به ۷۱۴ سرِ تار نیاز دارد؛ عدد شما {bill['warp_ends']} است"
assert math.isclose(bill["warp_m"], 928.2, rel_tol=1e-9), f"۷۱۴ سرِ تار × ۱٫۳۰ متر = ۹۲۸٫۲ متر (با ۶۰ سانتی‌متر اضافهٔ طول برای دار)؛ عدد شما {bill['warp_m']} است"
assert math.isclose(bill["weft_m"], 300, rel_tol=1e-9), f"۵۰۰ رج × ۵۰ سانتی‌متر × ۱٫۲ = ۳۰۰ متر پود؛ عدد شما {bill['weft_m']} است"
### BEGIN HIDDEN TESTS
bill = materials_bill(400, 643, 70, 100, {5: 200_000, 9: 57_200}, 3.5, 8, 2, 0)
assert set(bill["pile_g"]) == {5, 9}, f"pile_g باید رنگ‌های ۵ و ۹ را داشته باشد، ولی کلیدهای جواب شما این‌هاست: {sorted(bill['pile_g'])}"
assert math.isclose(bill["pile_g"][5], 1750, rel_tol=1e-6), f"رنگ ۵: ۲۰۰٬۰۰۰ × ۳٫۵ سانتی‌متر = ۷٬۰۰۰ متر، تقسیم بر ۴ متر در گرم = ۱٬۷۵۰ گرم؛ عدد شما {bill['pile_g'][5]} است"
assert math.isclose(bill["pile_g"][9], 500.5, rel_tol=1e-6), f"رنگ ۹: ۵۷٬۲۰۰ × ۳٫۵ سانتی‌متر = ۲٬۰۰۲ متر، تقسیم بر ۴ = ۵۰۰٫۵ گرم؛ عدد شما {bill['pile_g'][9]} است"
assert math.isclose(bill["total_pile_g"], 2250.5, rel_tol=1e-6), f"همهٔ خامه: ۲٬۲۵۰٫۵ گرم؛ عدد شما {bill['total_pile_g']} است"
assert bill["warp_ends"] == 800 and math.isclose(bill["warp_m"], 1280, rel_tol=1e-9), f"تار: ۸۰۰ سر و ۱٬۲۸۰ متر؛ عددهای شما: {bill['warp_ends']} سر، {bill['warp_m']} متر"
assert math.isclose(bill["weft_m"], 540.12, rel_tol=1e-9), f"پود: ۶۴۳ × ۷۰ × ۱٫۲ سانتی‌متر = ۵۴۰٫۱۲ متر؛ عدد شما {bill['weft_m']} است"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۵ — واگیره‌های حاشیه

# %% [markdown]
# ## پرسش ۵٫۱ (۱ نمره) آیا واگیره در یک ضلع جا می‌شود؟
# واگیرهٔ حاشیه وقتی در یک ضلع زمینه جور درمی‌آید که آن ضلع **تعداد کاملی** واگیره را جا بدهد، بی کم و زیاد،
# تا واگیره‌هایی که از دو گوشه کشیده می‌شوند در وسط ضلع به هم برسند. طول ضلع و طول واگیره هر دو عدد صحیحی
# از خانه‌اند. تابع `repeats_fit(side, repeat)` را بنویسید که `True` یا `False` برگرداند. راهنمایی:
# باقی‌ماندهٔ `side % repeat`.
#
# مثال: ضلعی با ۱۵۰ خانه ۶ واگیرهٔ ۲۵ خانه‌ای را جا می‌دهد (جور است)؛ ضلعی با ۱۵۳ خانه جور نیست.

# %% nbgrader={"grade": false, "grade_id": "a01-q5_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["repeats_fit"], "answered_by": ["farshlab.carpet.repeats_fit", "farshlab.carpet.field_fits"]}
def repeats_fit(side, repeat):
    ### BEGIN SOLUTION
    return side % repeat == 0
    ### END SOLUTION

# %% farshlab={"library_answer": "a01-q5_1-answer"}
from farshlab.carpet import repeats_fit

# %% farshlab={"library_answer": "a01-q5_1-answer"}
from farshlab.carpet import field_fits


def repeats_fit(side, repeat):
    return field_fits(side, side, repeat)

# %% farshlab={"wrong_answer": "a01-q5_1-answer", "mistake": "returns the remainder itself instead of True or False"}
def repeats_fit(side, repeat):
    return side % repeat

# %% farshlab={"wrong_answer": "a01-q5_1-answer", "mistake": "the remainder the wrong way round: repeat % side"}
def repeats_fit(side, repeat):
    return repeat % side == 0

# %% farshlab={"wrong_answer": "a01-q5_1-answer", "mistake": "only asks whether one repeat fits: side >= repeat"}
def repeats_fit(side, repeat):
    return side >= repeat

# %% nbgrader={"grade": true, "grade_id": "a01-q5_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
assert repeats_fit(150, 25) is True, f"۱۵۰ خانه درست ۶ واگیرهٔ ۲۵ خانه‌ای را جا می‌دهد: جواب True است؛ تابع شما {repeats_fit(150, 25)!r} را داد"
assert repeats_fit(153, 25) is False, f"۱۵۳ ÷ ۲۵ = ۶٫۱۲ واگیره: جواب False است؛ تابع شما {repeats_fit(153, 25)!r} را داد"
### BEGIN HIDDEN TESTS
assert repeats_fit(100, 10) is True, "۱۰۰ خانه ۱۰ واگیرهٔ ۱۰ خانه‌ای را جا می‌دهد: جواب True است"
assert repeats_fit(102, 10) is False, "۱۰۲ خانه تعداد کاملی واگیرهٔ ۱۰ خانه‌ای را جا نمی‌دهد: جواب False است"
assert repeats_fit(153, 51) is True, "۱۵۳ خانه ۳ واگیرهٔ ۵۱ خانه‌ای را جا می‌دهد: جواب True است"
assert repeats_fit(7, 7) is True, "ضلعی به اندازهٔ یک واگیره جور است: جواب True است"
assert repeats_fit(5, 10) is False, "ضلعی که از یک واگیره کوتاه‌تر است جور نیست: جواب False است"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۵٫۲ (۲ نمره) نزدیک‌ترین ضلعی که جور باشد
# وقتی ضلعی جور نیست، طراح آن را به نزدیک‌ترین طولی تغییر می‌دهد که تعداد کاملی واگیره را جا بدهد. تابع
# `nearest_fitting_side(side, repeat)` را بنویسید که آن طول را (به صورت یک `int`) برگرداند:
#
# - آن تعداد کامل واگیره را بگیرید که طولش به `side` از همه نزدیک‌تر است، و آن را در `repeat` ضرب کنید؛
# - اگر دو طول به یک اندازه نزدیک بودند، **بلندتر** را بگیرید؛
# - همیشه دست‌کم **یک** واگیره.
#
# مراقب باشید: `round` در Python نیمهٔ دقیق را به عدد زوج می‌برد (`round(10.5)` برابر ۱۰ است)، و این با
# قاعدهٔ «بلندتر را بگیرید» جور نیست. مثال: `nearest_fitting_side(153, 10)` جواب ۱۵۰ را می‌دهد.

# %% nbgrader={"grade": false, "grade_id": "a01-q5_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["nearest_fitting_side"], "answered_by": ["farshlab.carpet.nearest_fitting_side"]}
def nearest_fitting_side(side, repeat):
    ### BEGIN SOLUTION
    count = math.floor(side / repeat + 0.5)
    return max(count, 1) * repeat
    ### END SOLUTION

# %% farshlab={"library_answer": "a01-q5_2-answer"}
from farshlab.carpet import nearest_fitting_side

# %% farshlab={"wrong_answer": "a01-q5_2-answer", "mistake": "Python's round(): an exact half goes to the even count, not the longer side"}
def nearest_fitting_side(side, repeat):
    return max(round(side / repeat), 1) * repeat

# %% farshlab={"wrong_answer": "a01-q5_2-answer", "mistake": "forgets the rule of at least one repeat"}
def nearest_fitting_side(side, repeat):
    return math.floor(side / repeat + 0.5) * repeat

# %% farshlab={"wrong_answer": "a01-q5_2-answer", "mistake": "always rounds down (floor division //)"}
def nearest_fitting_side(side, repeat):
    return max(side // repeat, 1) * repeat

# %% nbgrader={"grade": true, "grade_id": "a01-q5_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = nearest_fitting_side(153, 10)
assert got == 150, f"نزدیک‌ترین مضرب‌های ۱۰ به ۱۵۳، ۱۵۰ (۳ تا کمتر) و ۱۶۰ (۷ تا بیشتر) هستند: جواب ۱۵۰ است؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert nearest_fitting_side(157, 10) == 160, f"۱۵۷ به ۱۶۰ نزدیک‌تر است تا به ۱۵۰، پس جواب ۱۶۰ است؛ تابع شما {nearest_fitting_side(157, 10)} را داد"
assert nearest_fitting_side(105, 10) == 110, f"۱۰۵ به ۱۰۰ و ۱۱۰ به یک اندازه نزدیک است: بلندتر را بگیرید، یعنی ۱۱۰؛ تابع شما {nearest_fitting_side(105, 10)} را داد"
assert nearest_fitting_side(102, 25) == 100, f"۱۰۲ از همه به ۱۰۰ نزدیک‌تر است (۴ واگیرهٔ ۲۵ خانه‌ای)؛ تابع شما {nearest_fitting_side(102, 25)} را داد"
assert nearest_fitting_side(3, 10) == 10, f"هر ضلع باید دست‌کم یک واگیره را جا بدهد: جواب ۱۰ است؛ تابع شما {nearest_fitting_side(3, 10)} را داد"
assert nearest_fitting_side(150, 50) == 150, f"۱۵۰ همین حالا هم با واگیره‌های ۵۰ خانه‌ای جور است، پس جواب ۱۵۰ است؛ تابع شما {nearest_fitting_side(150, 50)} را داد"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۵٫۳ (۱ نمره) در وسط چه به هم می‌رسد؟
# وقتی ضلعی جور است، وسط ضلع یا روی **محل اتصال** دو واگیره می‌افتد (وقتی تعداد واگیره‌ها زوج است) یا روی
# **وسط یک واگیره** (وقتی فرد است). تابع `centre_of_side(side, repeat)` را بنویسید که متن `"joint"` (محل
# اتصال) یا `"repeat centre"` (وسط واگیره) را برگرداند، یا وقتی ضلع جور نیست، `None` را. (این دو متن را
# همین‌طور، به انگلیسی، برگردانید: آزمون‌ها همین متن‌ها را مقایسه می‌کنند.)
#
# مثال: ۱۰۰ خانه با واگیرهٔ ۲۵ خانه‌ای ۴ واگیره را جا می‌دهد → `"joint"`.

# %% nbgrader={"grade": false, "grade_id": "a01-q5_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["centre_of_side"], "answered_by": ["farshlab.carpet.centre_of_side"]}
def centre_of_side(side, repeat):
    ### BEGIN SOLUTION
    if side % repeat != 0:
        return None
    if (side // repeat) % 2 == 0:
        return "joint"
    return "repeat centre"
    ### END SOLUTION

# %% farshlab={"library_answer": "a01-q5_3-answer"}
from farshlab.carpet import centre_of_side as _centre


def centre_of_side(side, repeat):
    if side % repeat != 0:
        return None
    return _centre(side, repeat)

# %% farshlab={"wrong_answer": "a01-q5_3-answer", "mistake": "even and odd the wrong way round"}
def centre_of_side(side, repeat):
    if side % repeat != 0:
        return None
    return "repeat centre" if (side // repeat) % 2 == 0 else "joint"

# %% farshlab={"wrong_answer": "a01-q5_3-answer", "mistake": "forgets the None for a side that does not fit"}
def centre_of_side(side, repeat):
    return "joint" if (side // repeat) % 2 == 0 else "repeat centre"

# %% farshlab={"wrong_answer": "a01-q5_3-answer", "mistake": "asks whether the side is even, not the number of repeats"}
def centre_of_side(side, repeat):
    if side % repeat != 0:
        return None
    return "joint" if side % 2 == 0 else "repeat centre"

# %% nbgrader={"grade": true, "grade_id": "a01-q5_3-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، repeats_fit نسخهٔ درست است، تا
# اشتباهی در پاسخ‌های قبلی نمرهٔ پرسش ۵٫۳ را هم از بین نبرد.
def _correct_repeats_fit(side, repeat):
    return side % repeat == 0


_yours = {name: globals().get(name) for name in ['repeats_fit']}
repeats_fit = _correct_repeats_fit
### END HIDDEN TESTS
got = centre_of_side(100, 25)
assert got == "joint", f"۱۰۰ ÷ ۲۵ = ۴ واگیره، یک عدد زوج: وسط ضلع روی محل اتصال دو واگیره می‌افتد، پس جواب \"joint\" است؛ تابع شما {got!r} را داد"
### BEGIN HIDDEN TESTS
assert centre_of_side(150, 50) == "repeat centre", f"۱۵۰ ÷ ۵۰ = ۳ واگیره (فرد): جواب \"repeat centre\" است؛ تابع شما {centre_of_side(150, 50)!r} را داد"
assert centre_of_side(153, 10) is None, f"۱۵۳ تعداد کاملی واگیرهٔ ۱۰ خانه‌ای را جا نمی‌دهد: جواب None است؛ تابع شما {centre_of_side(153, 10)!r} را داد"
assert centre_of_side(30, 30) == "repeat centre", "یک واگیره: وسط آن همان وسط ضلع است، پس جواب \"repeat centre\" است"
assert centre_of_side(60, 10) == "joint", "۶ واگیره: وسط ضلع یک محل اتصال است، پس جواب \"joint\" است"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۶ — به زبان خودتان

# %% [markdown]
# ## پرسش ۶٫۱ (۳ نمره، مربی‌تان می‌خواند) یک خریدار، یک نقشه و یک خط‌کش
# در چهار تا شش جمله، در سلول پایین:
# (الف) خریداری در پشت تابلوی شما، که تارهایش هم‌سطح‌اند، ۱۰۰ برجستگی در طول ۷ سانتی‌متر می‌شمارد و می‌گوید
# تابلو ۱۰۰ رج است. به او چه می‌گویید، و چرا؟
# (ب) نقشه‌ای با ۵۰۰ رج برای یک تابلوی ۷۰ سانتی‌متری با ۵۰ رج کشیده شده، ولی تابلوی تمام‌شده ۶۷٫۳ سانتی‌متر
# است. روی دار چه اتفاقی افتاده، و بافنده چطور می‌تواند جلوی آن را بگیرد؟

# %% [markdown] nbgrader={"grade": true, "grade_id": "a01-q6_1-written", "locked": false, "points": 3, "schema_version": 3, "solution": true}
# (پاسخ نمونهٔ مربی اینجا می‌آید؛ در نسخه‌ای که به کارآموزان داده می‌شود، به جای آن `YOUR ANSWER HERE` دیده می‌شود.)
# (الف) تارها هم‌سطح‌اند، پس هر گره دور دو تاری که کنار هم قرار دارند زده می‌شود و در پشت فرش دو برجستگی
# دیده می‌شود: ۱۰۰ برجستگی در ۷ سانتی‌متر یعنی ۵۰ گره، و تابلو ۵۰ رج است، نه ۱۰۰. شمردن برجستگی‌ها تراکم را
# دو برابر نشان می‌دهد (و قیمت را هم دو برابر می‌کرد). (در بافتی که تارهایش در دو سطح قرار دارند، ممکن است
# هر گره یک برجستگی نشان دهد: پیش از نصف کردن، پشت فرش را نگاه کنید.)
# (ب) بافنده رج‌ها را فشرده‌تر از آنچه نقشه فرض کرده بود زده است — حدود ۵۲ رج در هر ۷ سانتی‌متر به جای ۵۰
# (۵۰۰ × ۷ ÷ ۵۲ ≈ ۶۷٫۳ سانتی‌متر) — چون پودها را محکم‌تر کوبیده است؛ پس تابلو حدود ۲٫۷ سانتی‌متر کوتاه‌تر
# درآمده و تصویر فشرده شده است. بافنده جلوی این را می‌گیرد: هر چند سانتی‌متر یک بار تعداد رج‌ها در ۷ سانتی‌متر
# (رجِ طول) را اندازه می‌گیرد، ارتفاع بافته‌شده را با شمارهٔ رج روی نقشه مقایسه می‌کند، و آرام‌تر یا محکم‌تر
# می‌کوبد تا این دو با هم جلو بروند.
