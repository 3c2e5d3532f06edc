# ---
# jupyter:
#   farshlab_translation:
#     of: a00_orientation.py
#     sha256: a91ccf61f4e3b485f1cb085b06dc3a1e62eb988ed789e67a07b328f634fa4438
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
# # تکلیف `a00` — آشنایی: گره‌ها، رج‌ها و شبکه‌های گره
#
# این تکلیف آموخته‌های درس ۰، بخش‌های ۱ و ۲، را به کار می‌گیرد (`lessons/00_orientation.ipynb` و
# `lessons/00b_knot_grids.ipynb`): برای بخش‌های ۱ و ۲ این تکلیف، بخش ۱ درس کافی است و بخش ۳ به بخش ۲ درس
# نیاز دارد. تکلیف ۱۰ پرسش دارد و روی هم ۲۰ نمره:
# ۹ تکه کد کوچک که رایانه بررسی‌شان می‌کند (۱۷ نمره) و ۱ پاسخ نوشتاری که مربی‌تان می‌خواند
# (۳ نمره).
#
# **چه باید کرد**
# - سلول‌ها را از بالا یکی‌یکی با **Shift + Enter** اجرا کنید. اول سلول خاکستری *آماده‌سازی* را که در پایین آمده اجرا کنید.
# - در هر سلول پاسخ، خط `raise NotImplementedError()` را پاک کنید و کد خودتان را جای آن بنویسید.
#   خط `def …` را همان‌طور که هست نگه دارید: نام تابع و ترتیب ورودی‌ها باید همان بماند.
# - زیر هر سلول پاسخ یک **سلول آزمون** هست. آن را اجرا کنید: اگر چیزی نشان داده نشد، پاسخ شما از آزمون‌هایی
#   که می‌بینید گذشته است. اگر یک کادر صورتی ظاهر شد، خط آخرش را بخوانید — می‌گوید چه انتظاری می‌رفت.
#   سلول‌های آزمون قفل‌اند: آن‌ها را تغییر ندهید و پاک نکنید. وقتی تکلیف را تحویل می‌دهید، آزمون‌های دیگری
#   (که آن‌ها را نمی‌بینید) پاسخ شما را با اندازه‌ها و کدهای دیگر هم بررسی می‌کنند؛ پس کدتان را طوری بنویسید
#   که برای هر عددی درست کار کند، نه فقط برای مثال.
# - پیش از تحویل، روی دکمهٔ **Validate** کلیک کنید (در نوار ابزار دفترچه، یا در زبانهٔ Assignment List). این
#   دکمه دفترچه را از نو راه می‌اندازد، همهٔ سلول‌ها را از بالا اجرا می‌کند و می‌گوید کدام آزمون‌ها هنوز رد
#   می‌شوند. می‌توانید از منو `Kernel → Restart Kernel and Run All Cells…` را هم بزنید.
# - لازم نیست چیزی را از `farshlab` با `import` وارد کنید: Python ساده و numpy بس است.
#
# از درس به یاد دارید: رج یعنی تعداد گره در ۷ سانتی‌متر از عرض؛ هر مقاط ۱۲٬۰۰۰ گره است؛ **رج ۱ پایین‌ترین
# رج است** (بافنده رو به بالا کار می‌کند)؛ در یک شبکهٔ numpy، **سطر ۰ آرایه = رج پایین = رج ۱ بافنده**.

# %% [markdown]
# اول این سلول آماده‌سازی را اجرا کنید (ابزارهایی را که پرسش‌ها لازم دارند بار می‌کند).

# %% nbgrader={"grade": false, "grade_id": "a00-setup", "locked": true, "schema_version": 3, "solution": false}
import math

import numpy as np

# %% [markdown]
# # بخش ۱ — عددها و تابع‌ها

# %% [markdown]
# ## پرسش ۱٫۱ (۲ نمره) گره‌ها در عرض
# تابع `knots_across(width_cm, raj)` را بنویسید: تعداد گره‌ها در عرض تابلو فرشی به پهنای `width_cm` سانتی‌متر
# که با `raj` گره در هر ۷ سانتی‌متر بافته می‌شود. به زبان ساده: *رج ضرب در عرض به سانتی‌متر، تقسیم بر ۷،
# گردشده به نزدیک‌ترین گرهٔ کامل.* به صورت فرمول: `round(raj * width_cm / 7)`.
#
# - ورودی‌ها، به همین ترتیب: `width_cm` (عرض به سانتی‌متر)، `raj`.
# - یک عدد صحیح از نوع `int` برگردانید (`round(x)` در Python با یک ورودی، `int` می‌دهد).
#
# مثال: تابلو فرشی به عرض ۵۰ سانتی‌متر با ۵۰ رج، ۳۵۷ گره در عرض دارد.

# %% nbgrader={"grade": false, "grade_id": "a00-q1_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["knots_across"], "answered_by": ["farshlab.carpet.knots_across", "farshlab.carpet.knot_rows"]}
def knots_across(width_cm, raj):
    ### BEGIN SOLUTION
    return round(raj * width_cm / 7)
    ### END SOLUTION

# %% farshlab={"library_answer": "a00-q1_1-answer"}
from farshlab.carpet import knots_across

# %% farshlab={"library_answer": "a00-q1_1-answer"}
from farshlab.carpet import knot_rows


def knots_across(width_cm, raj):
    return knot_rows(width_cm, raj)

# %% farshlab={"wrong_answer": "a00-q1_1-answer", "mistake": "truncates with int() instead of rounding"}
def knots_across(width_cm, raj):
    return int(raj * width_cm / 7)

# %% farshlab={"wrong_answer": "a00-q1_1-answer", "mistake": "floor division // instead of rounding"}
def knots_across(width_cm, raj):
    return raj * width_cm // 7

# %% farshlab={"wrong_answer": "a00-q1_1-answer", "mistake": "counts over 6.5 cm (kheft) instead of 7 cm"}
def knots_across(width_cm, raj):
    return round(raj * width_cm / 6.5)

# %% nbgrader={"grade": true, "grade_id": "a00-q1_1-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = knots_across(50, 50)
assert isinstance(got, int), f"تعداد گره‌ها باید عدد صحیح (int) باشد، ولی تابع شما {got!r} را از نوع {type(got).__name__} داد"
assert got == 357, f"تابلو فرشی به عرض ۵۰ سانتی‌متر با ۵۰ رج، ۳۵۷ گره در عرض دارد؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
got = knots_across(50, 40)
assert isinstance(got, int), f"تعداد گره‌های عرض باید int باشد، ولی از نوع {type(got).__name__} است"
assert got == 286, f"تابلو فرشی به عرض ۵۰ سانتی‌متر با ۴۰ رج، ۲۸۶ گره در عرض دارد (۲۸۵٫۷ گردشده)؛ تابع شما {got} را داد"
assert knots_across(70, 50) == 500, f"تابلو فرشی به عرض ۷۰ سانتی‌متر با ۵۰ رج، ۵۰۰ گره در عرض دارد؛ تابع شما {knots_across(70, 50)} را داد"
assert knots_across(100, 60) == 857, f"تابلو فرشی به عرض ۱۰۰ سانتی‌متر با ۶۰ رج، ۸۵۷ گره در عرض دارد؛ تابع شما {knots_across(100, 60)} را داد"
assert knots_across(35, 40) == 200, f"تابلو فرشی به عرض ۳۵ سانتی‌متر با ۴۰ رج، ۲۰۰ گره در عرض دارد؛ تابع شما {knots_across(35, 40)} را داد"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۱٫۲ (۲ نمره) کل گره‌ها، با رج عرض و رج طول جدا از هم
# تعداد رج‌ها هم مثل گره‌های عرض حساب می‌شود، از روی ارتفاع و رجِ طول (`raj_h`):
# `rows = round(raj_h * height_cm / 7)`. رجِ طول و رجِ عرض اغلب برابرند، ولی نه همیشه؛ پس آن‌ها را جدا
# نگه دارید.
#
# تابع `total_knots(width_cm, height_cm, raj_w, raj_h)` را بنویسید که حاصل «گره‌های عرض × تعداد رج‌ها» را
# برگرداند، به این شکل:
#
# - گره‌های عرض = `round(raj_w * width_cm / 7)` و تعداد رج‌ها = `round(raj_h * height_cm / 7)`؛
# - **اول هر کدام از این دو را گرد کنید، بعد در هم ضرب کنید** (بافنده نمی‌تواند تکه‌ای از یک گره یا تکه‌ای
#   از یک رج را بزند)؛
# - ورودی‌ها به همین ترتیب: عرض به سانتی‌متر، ارتفاع به سانتی‌متر، رج عرض، رج طول؛
# - یک `int` برگردانید.
#
# مثال: ۵۰ × ۷۰ سانتی‌متر با ۵۰ رج در هر دو جهت → ۳۵۷ × ۵۰۰ = ۱۷۸٬۵۰۰ گره. (می‌توانید از `knots_across`
# خودتان استفاده کنید.)

# %% nbgrader={"grade": false, "grade_id": "a00-q1_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["total_knots"], "answered_by": ["farshlab.carpet.total_knots", "farshlab.carpet.chart_size"]}
def total_knots(width_cm, height_cm, raj_w, raj_h):
    ### BEGIN SOLUTION
    return knots_across(width_cm, raj_w) * knots_across(height_cm, raj_h)
    ### END SOLUTION

# %% farshlab={"library_answer": "a00-q1_2-answer"}
from farshlab.carpet import total_knots

# %% farshlab={"library_answer": "a00-q1_2-answer"}
from farshlab.carpet import chart_size


def total_knots(width_cm, height_cm, raj_w, raj_h):
    across, rows = chart_size(width_cm, height_cm, raj_w, raj_h)
    return across * rows

# %% farshlab={"wrong_answer": "a00-q1_2-answer", "mistake": "multiplies first and rounds once at the end"}
def total_knots(width_cm, height_cm, raj_w, raj_h):
    return round(raj_w * width_cm / 7 * raj_h * height_cm / 7)

# %% farshlab={"wrong_answer": "a00-q1_2-answer", "mistake": "uses the raj across for the rows too"}
def total_knots(width_cm, height_cm, raj_w, raj_h):
    return knots_across(width_cm, raj_w) * knots_across(height_cm, raj_w)

# %% farshlab={"wrong_answer": "a00-q1_2-answer", "mistake": "truncates the knots and rows with int()"}
def total_knots(width_cm, height_cm, raj_w, raj_h):
    return int(raj_w * width_cm / 7) * int(raj_h * height_cm / 7)

# %% nbgrader={"grade": true, "grade_id": "a00-q1_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، knots_across نسخهٔ درست است، تا
# اشتباهی در پاسخ‌های قبلی نمرهٔ پرسش ۱٫۲ را هم از بین نبرد.
def _correct_knots_across(width_cm, raj):
    return round(raj * width_cm / 7)


_yours = {name: globals().get(name) for name in ['knots_across']}
knots_across = _correct_knots_across
### END HIDDEN TESTS
got = total_knots(50, 70, 50, 50)
assert isinstance(got, int), f"تعداد گره‌ها باید عدد صحیح (int) باشد، ولی تابع شما {got!r} را از نوع {type(got).__name__} داد"
assert got == 178_500, (
    f"تابلو فرش ۵۰ × ۷۰ سانتی‌متری با ۵۰ رج، ۳۵۷ × ۵۰۰ = ۱۷۸٬۵۰۰ گره دارد، ولی تابع شما {got:,} را داد "
    "(اول گره‌های عرض و تعداد رج‌ها را گرد کنید، بعد در هم ضرب کنید)"
)
### BEGIN HIDDEN TESTS
got = total_knots(50, 70, 50, 55)
assert isinstance(got, int), f"کل گره‌ها باید int باشد، ولی از نوع {type(got).__name__} است"
assert got == 196_350, f"۵۰ × ۷۰ سانتی‌متر با ۵۰ رج در عرض و ۵۵ رج در طول: ۳۵۷ × ۵۵۰ = ۱۹۶٬۳۵۰ گره؛ تابع شما {got} را داد"
assert total_knots(35, 50, 40, 40) == 57_200, f"۳۵ × ۵۰ سانتی‌متر با ۴۰ رج: ۲۰۰ × ۲۸۶ = ۵۷٬۲۰۰ گره؛ تابع شما {total_knots(35, 50, 40, 40)} را داد"
assert total_knots(100, 150, 60, 60) == 1_102_102, f"۱۰۰ × ۱۵۰ سانتی‌متر با ۶۰ رج: ۸۵۷ × ۱۲۸۶ = ۱٬۱۰۲٬۱۰۲ گره؛ تابع شما {total_knots(100, 150, 60, 60)} را داد"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۱٫۳ (۱ نمره) مقاط
# قیمت‌ها و دستمزد بافنده‌ها را با **مقاط** می‌شمارند: هر مقاط ۱۲٬۰۰۰ گره است.
# تابع `maghat(knots)` را بنویسید که تعداد مقاط را به صورت عدد اعشاری (`float`) برگرداند، **بدون گرد
# کردن**: `knots / 12000`. (از `/` استفاده کنید، نه از `//` که بخش بعد از ممیز را دور می‌ریزد.)
#
# مثال: ۱۷۸٬۵۰۰ گره → ۱۴٫۸۷۵ مقاط.

# %% nbgrader={"grade": false, "grade_id": "a00-q1_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["maghat"], "answered_by": ["farshlab.carpet.maghat", "farshlab.carpet.in_units", "farshlab.carpet.amount_for_knots"]}
def maghat(knots):
    ### BEGIN SOLUTION
    return knots / 12000
    ### END SOLUTION

# %% farshlab={"library_answer": "a00-q1_3-answer"}
from farshlab.carpet import maghat

# %% farshlab={"wrong_answer": "a00-q1_3-answer", "mistake": "floor division // drops the part of a maghat"}
def maghat(knots):
    return knots // 12000

# %% farshlab={"wrong_answer": "a00-q1_3-answer", "mistake": "rounds the maghat to 2 decimals"}
def maghat(knots):
    return round(knots / 12000, 2)

# %% farshlab={"wrong_answer": "a00-q1_3-answer", "mistake": "divides by 14,000 (a qabal) instead of 12,000"}
def maghat(knots):
    return knots / 14000

# %% nbgrader={"grade": true, "grade_id": "a00-q1_3-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
import math

got = maghat(178_500)
assert isinstance(got, float), f"مقاط باید عدد اعشاری (float) باشد، ولی تابع شما {got!r} را از نوع {type(got).__name__} داد"
assert math.isclose(got, 14.875, rel_tol=1e-9), f"۱۷۸٬۵۰۰ گره برابر ۱۴٫۸۷۵ مقاط است (۱۷۸٬۵۰۰ ÷ ۱۲٬۰۰۰)؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
got = maghat(12_000)
assert isinstance(got, float), f"مقاط باید float باشد، ولی از نوع {type(got).__name__} است"
assert math.isclose(got, 1.0, rel_tol=1e-9), f"۱۲٬۰۰۰ گره درست ۱ مقاط است؛ تابع شما {got} را داد"
assert math.isclose(maghat(57_200), 4.766666666666667, rel_tol=1e-9), f"۵۷٬۲۰۰ گره برابر ۴٫۷۶۶۷ مقاط است؛ تابع شما {maghat(57_200)} را داد"
assert math.isclose(maghat(6_000), 0.5, rel_tol=1e-9), f"۶٬۰۰۰ گره نصف یک مقاط است؛ تابع شما {maghat(6_000)} را داد"
assert math.isclose(maghat(0), 0.0, abs_tol=1e-12), f"۰ گره یعنی ۰ مقاط؛ تابع شما {maghat(0)} را داد"
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۲ — فهرست‌ها و حلقه‌ها

# %% [markdown]
# ## پرسش ۲٫۱ (۲ نمره) گره‌های یک رنگ در یک رج
# هر رج نقشه فهرستی از کدهای رنگ است، مثلاً `[1, 1, 2, 2, 2, 1, 3]`.
# تابع `count_colour(row, code)` را بنویسید که بگوید چند گره در `row` رنگ `code` را دارند، به صورت یک `int`.
# اگر آن رنگ در رج نباشد (یا رج خالی باشد)، جواب ۰ است.
#
# مثال: `count_colour([1, 1, 2, 2, 2, 1, 3], 2)` عدد ۳ را می‌دهد.

# %% nbgrader={"grade": false, "grade_id": "a00-q2_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["count_colour"], "answered_by": ["farshlab.chart.row_layers", "farshlab.chart.run_lengths"]}
def count_colour(row, code):
    ### BEGIN SOLUTION
    count = 0
    for knot in row:
        if knot == code:
            count += 1
    return count
    ### END SOLUTION

# %% farshlab={"library_answer": "a00-q2_1-answer"}
from farshlab.chart import row_layers


def count_colour(row, code):
    if len(row) == 0:
        return 0
    return len(dict(row_layers(row)).get(code, []))

# %% farshlab={"library_answer": "a00-q2_1-answer"}
from farshlab.chart import run_lengths


def count_colour(row, code):
    if len(row) == 0:
        return 0
    return sum(count for count, knot in run_lengths(row) if knot == code)

# %% farshlab={"wrong_answer": "a00-q2_1-answer", "mistake": "starts at the second knot (range(1, len(row))): off by one"}
def count_colour(row, code):
    count = 0
    for i in range(1, len(row)):
        if row[i] == code:
            count += 1
    return count

# %% farshlab={"wrong_answer": "a00-q2_1-answer", "mistake": "sets count = 0 inside the loop, so it starts again at every knot"}
def count_colour(row, code):
    for knot in row:
        count = 0
        if knot == code:
            count += 1
    return count

# %% farshlab={"wrong_answer": "a00-q2_1-answer", "mistake": "return indented inside the loop: stops after the first knot"}
def count_colour(row, code):
    count = 0
    for knot in row:
        if knot == code:
            count += 1
        return count
    return count

# %% nbgrader={"grade": true, "grade_id": "a00-q2_1-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = count_colour([1, 1, 2, 2, 2, 1, 3], 2)
assert isinstance(got, int), f"شمارش باید عدد صحیح (int) باشد، ولی تابع شما {got!r} را از نوع {type(got).__name__} داد"
assert got == 3, f"رج [1, 1, 2, 2, 2, 1, 3] سه گره از رنگ ۲ دارد؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert count_colour([1, 1, 2, 2, 2, 1, 3], 4) == 0, "رنگ ۴ در این رج نیست، پس شمارش باید ۰ باشد"
assert count_colour([], 1) == 0, "رج خالی از هیچ رنگی گره ندارد: جواب باید ۰ باشد"
assert count_colour([7] * 357, 7) == 357, "رجی با ۳۵۷ گره که همه رنگ ۷ دارند، ۳۵۷ گره از رنگ ۷ دارد"
assert count_colour([3, 1, 3, 1, 3, 1, 3], 3) == 4, "رج [3, 1, 3, 1, 3, 1, 3] چهار گره از رنگ ۳ دارد"
assert count_colour([3, 1, 3, 1, 3, 1, 3], 1) == 3, "رج [3, 1, 3, 1, 3, 1, 3] سه گره از رنگ ۱ دارد"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۲٫۲ (۲ نمره) رجی که یک رنگ اولین بار در آن می‌آید
# بافنده می‌خواهد بداند هر نخ اولین بار در کدام رج لازم می‌شود، تا به موقع رنگرزی و آماده شده باشد.
#
# `rows` فهرستی از رج‌هاست **به ترتیب بافت**: `rows[0]` رج پایین است (**رج ۱** بافنده)، `rows[1]` رج ۲،
# و همین‌طور رو به بالا. تابع `first_row_with(rows, code)` را بنویسید که شمارهٔ رجِ بافنده (یک `int`،
# **با شمارش از ۱ در پایین**) را برای پایین‌ترین رجی برگرداند که دست‌کم یک بار `code` را دارد. اگر هیچ رجی
# `code` را نداشت، `None` برگردانید.
#
# مثال: برای `rows = [[1, 1, 1], [1, 2, 1], [2, 2, 2]]`، رنگ ۲ اولین بار در رج **۲** می‌آید
# (دومین رج از پایین).

# %% nbgrader={"grade": false, "grade_id": "a00-q2_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["first_row_with"], "answered_by": []}
def first_row_with(rows, code):
    ### BEGIN SOLUTION
    for row_number, row in enumerate(rows, start=1):
        if code in row:
            return row_number
    return None
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a00-q2_2-answer", "mistake": "returns the array index (counted from 0), not the weaver's row number"}
def first_row_with(rows, code):
    for index, row in enumerate(rows):
        if code in row:
            return index
    return None

# %% farshlab={"wrong_answer": "a00-q2_2-answer", "mistake": "no early return: keeps the last row that has the colour"}
def first_row_with(rows, code):
    found = None
    for row_number, row in enumerate(rows, start=1):
        if code in row:
            found = row_number
    return found

# %% farshlab={"wrong_answer": "a00-q2_2-answer", "mistake": "returns 0 instead of None when no row has the colour"}
def first_row_with(rows, code):
    for row_number, row in enumerate(rows, start=1):
        if code in row:
            return row_number
    return 0

# %% farshlab={"wrong_answer": "a00-q2_2-answer", "mistake": "counts the rows from the top of the list"}
def first_row_with(rows, code):
    for row_number, row in enumerate(reversed(rows), start=1):
        if code in row:
            return row_number
    return None

# %% nbgrader={"grade": true, "grade_id": "a00-q2_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = first_row_with([[1, 1, 1], [1, 2, 1], [2, 2, 2]], 2)
assert got == 2, (
    f"در [[1, 1, 1], [1, 2, 1], [2, 2, 2]] (رج پایین اول) رنگ ۲ اولین بار در رج ۲ می‌آید، "
    f"با شمارش از ۱ در پایین؛ تابع شما {got} را داد"
)
### BEGIN HIDDEN TESTS
rows = [[4, 4, 4, 4], [1, 4, 4, 1], [1, 1, 1, 1], [1, 5, 1, 1], [5, 5, 5, 5]]
got = first_row_with(rows, 5)
assert isinstance(got, int), f"شمارهٔ رج باید int باشد، ولی از نوع {type(got).__name__} است"
assert got == 4, f"رنگ ۵ اولین بار در رج ۴ می‌آید (با شمارش از ۱ در پایین)؛ تابع شما {got} را داد"
assert first_row_with(rows, 4) == 1, f"رنگ ۴ در رج پایین است، یعنی رج ۱؛ تابع شما {first_row_with(rows, 4)} را داد"
assert first_row_with(rows, 1) == 2, f"رنگ ۱ اولین بار در رج ۲ می‌آید؛ تابع شما {first_row_with(rows, 1)} را داد"
assert first_row_with(rows, 9) is None, f"رنگ ۹ در هیچ رجی نیست، پس جواب None است؛ تابع شما {first_row_with(rows, 9)!r} را داد"
assert first_row_with([[6]], 6) == 1, "نقشه‌ای با یک رج: رنگ در رج ۱ است، پس جواب ۱ است"
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۳ — یک شبکهٔ گره با numpy
# در این بخش نقشه یک آرایهٔ numpy به نام `grid` است که شکلش (`grid.shape`) برابر (تعداد رج‌ها، گره‌های عرض) است.
# **سطر ۰ آرایه رج پایین است** (رج ۱ بافنده)؛ ستون ۰ لبهٔ چپ است.

# %% [markdown]
# ## پرسش ۳٫۱ (۱ نمره) یک شبکهٔ خالی
# تابع `empty_grid(n_rows, n_cols, background)` را بنویسید که یک آرایهٔ numpy تازه با `n_rows` سطر و `n_cols`
# ستون برگرداند که در همهٔ مربع‌هایش (هر مربع جای یک گره است) کد رنگ `background` نشسته باشد، به صورت
# عدد صحیح (`dtype=int`). راهنمایی: `np.full`.
#
# مثال: `empty_grid(14, 20, 1)` یک شبکهٔ ۱۴ × ۲۰ است که در همهٔ مربع‌هایش ۱ نشسته است.

# %% nbgrader={"grade": false, "grade_id": "a00-q3_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["empty_grid"], "answered_by": ["farshlab.design.blank_grid"]}
def empty_grid(n_rows, n_cols, background):
    ### BEGIN SOLUTION
    return np.full((n_rows, n_cols), background, dtype=int)
    ### END SOLUTION

# %% farshlab={"library_answer": "a00-q3_1-answer"}
from farshlab.design import blank_grid


def empty_grid(n_rows, n_cols, background):
    return blank_grid(n_rows, n_cols, background)

# %% farshlab={"wrong_answer": "a00-q3_1-answer", "mistake": "rows and columns swapped in the shape"}
def empty_grid(n_rows, n_cols, background):
    return np.full((n_cols, n_rows), background, dtype=int)

# %% farshlab={"wrong_answer": "a00-q3_1-answer", "mistake": "np.zeros + background: decimal numbers (float), not whole-number codes"}
def empty_grid(n_rows, n_cols, background):
    return np.zeros((n_rows, n_cols)) + background

# %% farshlab={"wrong_answer": "a00-q3_1-answer", "mistake": "np.ones: forgets the background code"}
def empty_grid(n_rows, n_cols, background):
    return np.ones((n_rows, n_cols), dtype=int)

# %% nbgrader={"grade": true, "grade_id": "a00-q3_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
import numpy as np

got = empty_grid(14, 20, 1)
assert isinstance(got, np.ndarray), f"شبکه باید یک آرایهٔ numpy باشد، ولی تابع شما {type(got).__name__} داد"
assert got.shape == (14, 20), f"empty_grid(14, 20, 1) باید ۱۴ سطر و ۲۰ ستون داشته باشد، یعنی شکل (shape) آن (14, 20) باشد؛ شکل شبکهٔ شما {got.shape} است"
assert got.dtype.kind in "iu", f"شبکه باید عدد صحیح (کد رنگ) نگه دارد: از dtype=int استفاده کنید؛ شبکهٔ شما {got.dtype} دارد"
assert (got == 1).all(), "همهٔ مربع‌های empty_grid(14, 20, 1) باید کد زمینه، یعنی ۱، را داشته باشند"
### BEGIN HIDDEN TESTS
got = empty_grid(3, 5, 7)
assert isinstance(got, np.ndarray) and got.shape == (3, 5), f"شکل empty_grid(3, 5, 7) باید (3, 5) باشد، ولی {np.shape(got)} به دست آمد"
assert got.dtype.kind in "iu", f"شبکه باید عدد صحیح نگه دارد، ولی {got.dtype} دارد"
assert (got == 7).all(), "همهٔ مربع‌های empty_grid(3, 5, 7) باید ۷ باشند"
got = empty_grid(1, 357, 0)
assert got.shape == (1, 357), f"شکل empty_grid(1, 357, 0) باید (1, 357) باشد، ولی {got.shape} به دست آمد"
assert got.dtype.kind in "iu" and (got == 0).all(), "همهٔ مربع‌های empty_grid(1, 357, 0) باید عدد صحیح ۰ را داشته باشند"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۳٫۲ (۳ نمره) رنگ کردن یک مستطیل
# تابع `paint_rectangle(grid, row_start, row_stop, col_start, col_stop, code)` را بنویسید که یک شبکهٔ **تازه**
# برگرداند که در آن مستطیلِ سطرهای `row_start` تا `row_stop` (ولی **بدون** خود `row_stop`) و ستون‌های
# `col_start` تا `col_stop` (بدون خود `col_stop`) کد `code` را دارد؛ بقیهٔ مربع‌ها همان‌اند که در `grid` بودند.
#
# - سطرها و ستون‌ها جایگاه‌های آرایه‌اند: سطر ۰ رج پایین است و ستون ۰ لبهٔ چپ. این بازه‌ها نیم‌باز هستند
#   (آغاز جزو بازه است، پایان نه)، درست مثل برش `grid[row_start:row_stop, col_start:col_stop]`.
# - ورودی‌ها به همین ترتیب: `grid, row_start, row_stop, col_start, col_stop, code`.
# - شبکه‌ای را که به شما داده‌اند **دست‌نخورده** بگذارید: با `new_grid = grid.copy()` شروع کنید، `new_grid`
#   را رنگ کنید و همان را برگردانید.
#
# مثال: روی یک شبکهٔ ۴ × ۶ که همه‌اش ۱ است، `paint_rectangle(grid, 0, 2, 1, 4, 5)` رنگ ۵ را روی دو رج پایین
# (سطرهای ۰ و ۱ آرایه)، در ستون‌های ۱ و ۲ و ۳ می‌زند.

# %% nbgrader={"grade": false, "grade_id": "a00-q3_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["paint_rectangle"], "answered_by": ["farshlab.design.draw_rectangle", "skimage.draw.rectangle"]}
def paint_rectangle(grid, row_start, row_stop, col_start, col_stop, code):
    ### BEGIN SOLUTION
    new_grid = grid.copy()
    new_grid[row_start:row_stop, col_start:col_stop] = code
    return new_grid
    ### END SOLUTION

# %% farshlab={"library_answer": "a00-q3_2-answer"}
from farshlab.design import draw_rectangle


def paint_rectangle(grid, row_start, row_stop, col_start, col_stop, code):
    if row_stop <= row_start or col_stop <= col_start:
        return grid.copy()
    return draw_rectangle(grid, row_start, col_start, row_stop - row_start, col_stop - col_start, code)

# %% farshlab={"library_answer": "a00-q3_2-answer"}
from skimage.draw import rectangle


def paint_rectangle(grid, row_start, row_stop, col_start, col_stop, code):
    new_grid = grid.copy()
    rows, cols = rectangle((row_start, col_start), extent=(row_stop - row_start, col_stop - col_start))
    new_grid[rows, cols] = code
    return new_grid

# %% farshlab={"wrong_answer": "a00-q3_2-answer", "mistake": "paints the grid it was given (no copy)"}
def paint_rectangle(grid, row_start, row_stop, col_start, col_stop, code):
    grid[row_start:row_stop, col_start:col_stop] = code
    return grid

# %% farshlab={"wrong_answer": "a00-q3_2-answer", "mistake": "includes the stop row and column (off by one)"}
def paint_rectangle(grid, row_start, row_stop, col_start, col_stop, code):
    new_grid = grid.copy()
    new_grid[row_start:row_stop + 1, col_start:col_stop + 1] = code
    return new_grid

# %% farshlab={"wrong_answer": "a00-q3_2-answer", "mistake": "counts the rows from the top"}
def paint_rectangle(grid, row_start, row_stop, col_start, col_stop, code):
    new_grid = grid.copy()
    n_rows = grid.shape[0]
    new_grid[n_rows - row_stop:n_rows - row_start, col_start:col_stop] = code
    return new_grid

# %% nbgrader={"grade": true, "grade_id": "a00-q3_2-tests", "locked": true, "points": 3, "schema_version": 3, "solution": false}
import numpy as np

grid = np.ones((4, 6), dtype=int)
got = paint_rectangle(grid, 0, 2, 1, 4, 5)
expected = np.array([
    [1, 5, 5, 5, 1, 1],  # سطر ۰ آرایه: رج پایین
    [1, 5, 5, 5, 1, 1],
    [1, 1, 1, 1, 1, 1],
    [1, 1, 1, 1, 1, 1],  # سطر ۳ آرایه: رج بالا
])
assert isinstance(got, np.ndarray), f"paint_rectangle باید یک آرایهٔ numpy برگرداند، ولی تابع شما {type(got).__name__} داد"
assert got.shape == (4, 6), f"شبکهٔ رنگ‌شده باید همان شکل (4, 6) را نگه دارد، ولی شکل شبکهٔ شما {got.shape} است"
assert np.array_equal(got, expected), (
    "paint_rectangle(grid, 0, 2, 1, 4, 5) روی یک شبکهٔ ۴ × ۶ که همه‌اش ۱ است، باید رنگ ۵ را روی سطرهای ۰ و ۱ آرایه "
    f"(دو رج پایین)، در ستون‌های ۱ و ۲ و ۳ بزند (پایان‌های ۲ و ۴ جزو بازه نیستند)؛ تابع شما این را داد:\n{got}"
)
assert (grid == 1).all(), "شبکه‌ای که به شما داده‌اند باید دست‌نخورده بماند: یک رونوشت (grid.copy()) را رنگ کنید و همان رونوشت را برگردانید"
### BEGIN HIDDEN TESTS
base = np.zeros((5, 5), dtype=int)
got = paint_rectangle(base, 1, 4, 2, 5, 3)
expected = np.array([
    [0, 0, 0, 0, 0],
    [0, 0, 3, 3, 3],
    [0, 0, 3, 3, 3],
    [0, 0, 3, 3, 3],
    [0, 0, 0, 0, 0],
])
assert np.array_equal(got, expected), f"paint_rectangle روی یک شبکهٔ ۵ × ۵ پر از ۰ با ورودی‌های 1, 4, 2, 5, 3 باید سطرهای ۱ تا ۳ آرایه را در ستون‌های ۲ تا ۴ با رنگ ۳ پر کند؛ این را داد:\n{got}"
assert got.dtype.kind in "iu", f"شبکهٔ رنگ‌شده باید عدد صحیح نگه دارد، ولی {got.dtype} دارد"
got = paint_rectangle(base, 4, 5, 0, 5, 9)
expected = np.array([
    [0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0],
    [9, 9, 9, 9, 9],
])
assert np.array_equal(got, expected), f"رنگ کردن سطر ۴ آرایه (رج بالای یک شبکهٔ ۵ رجی) با رنگ ۹ باید فقط همان سطر را عوض کند؛ نتیجه این شد:\n{got}"
got = paint_rectangle(base, 2, 2, 0, 5, 9)
assert np.array_equal(got, np.zeros((5, 5), dtype=int)), "سطرهای ۲ تا ۲ (بدون خود ۲) یک بازهٔ خالی است: هیچ مربعی نباید رنگ شود"
assert (base == 0).all(), "شبکه‌ای که به شما داده‌اند باید دست‌نخورده بماند"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۳٫۳ (۲ نمره) گره‌های هر رنگ
# کارگاه برای فهرست نخ‌ها باید بداند نقشه از هر رنگ چند گره دارد.
# تابع `count_per_colour(grid)` را بنویسید که یک **دیکشنری** برگرداند: هر کد رنگی که در `grid` هست یک کلید
# است، و مقدارش تعداد گره‌هایی است که آن کد را دارند. کدهایی که در نقشه نیستند در دیکشنری نمی‌آیند.
# راهنمایی: `np.unique(grid, return_counts=True)`، و بعد `dict(zip(...))`.
#
# مثال: برای شبکهٔ `[[1, 1, 2], [3, 1, 2]]` جواب `{1: 3, 2: 2, 3: 1}` است.

# %% nbgrader={"grade": false, "grade_id": "a00-q3_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["count_per_colour"], "answered_by": ["farshlab.design.colour_counts"]}
def count_per_colour(grid):
    ### BEGIN SOLUTION
    codes, counts = np.unique(grid, return_counts=True)
    return dict(zip(codes.tolist(), counts.tolist()))
    ### END SOLUTION

# %% farshlab={"library_answer": "a00-q3_3-answer"}
from farshlab.design import colour_counts


def count_per_colour(grid):
    return colour_counts(grid)

# %% farshlab={"wrong_answer": "a00-q3_3-answer", "mistake": "counts the first row only"}
def count_per_colour(grid):
    counts = {}
    for knot in grid[0]:
        counts[int(knot)] = counts.get(int(knot), 0) + 1
    return counts

# %% farshlab={"wrong_answer": "a00-q3_3-answer", "mistake": "np.bincount: keeps the codes that do not appear, with 0 knots"}
def count_per_colour(grid):
    return dict(enumerate(np.bincount(np.ravel(grid)).tolist()))

# %% farshlab={"wrong_answer": "a00-q3_3-answer", "mistake": "sets the count to 1 instead of adding 1"}
def count_per_colour(grid):
    counts = {}
    for row in grid:
        for knot in row:
            counts[int(knot)] = 1
    return counts

# %% nbgrader={"grade": true, "grade_id": "a00-q3_3-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
import numpy as np

got = count_per_colour(np.array([[1, 1, 2], [3, 1, 2]]))
assert isinstance(got, dict), f"جواب باید یک دیکشنری به شکل {{کد: تعداد}} باشد، ولی تابع شما {type(got).__name__} داد"
assert got == {1: 3, 2: 2, 3: 1}, f"شبکهٔ [[1, 1, 2], [3, 1, 2]] سه گره از رنگ ۱، دو گره از رنگ ۲ و یک گره از رنگ ۳ دارد؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
grid = np.array([
    [0, 7, 7, 12],
    [0, 0, 7, 12],
    [12, 12, 12, 12],
])
got = count_per_colour(grid)
assert isinstance(got, dict), f"جواب باید یک دیکشنری باشد، ولی از نوع {type(got).__name__} است"
assert got == {0: 3, 7: 3, 12: 6}, f"انتظار می‌رفت {{0: 3, 7: 3, 12: 6}} باشد، ولی تابع شما {got} را داد"
assert sum(got.values()) == 12, "جمع تعداد گره‌های همهٔ رنگ‌ها باید با تعداد کل گره‌ها، یعنی ۱۲، برابر باشد"
got = count_per_colour(np.full((3, 4), 5))
assert got == {5: 12}, f"شبکهٔ ۳ × ۴ که همه‌اش رنگ ۵ است، ۱۲ گره از رنگ ۵ دارد و هیچ رنگ دیگری ندارد؛ تابع شما {got} را داد"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۳٫۴ (۲ نمره) از کاغذ به ترتیب دار
# نقشه‌ای که از روی کاغذ تایپ می‌شود با رج **بالای** آن شروع می‌شود: اولین رجی که به شما می‌دهند، بالای
# طرح است. تابع `chart_from_paper(paper_rows)` را بنویسید که یک آرایهٔ numpy از همان نقشه به ترتیب دار
# برگرداند: **سطر ۰ آرایه = رج پایین طرح** (رج ۱ بافنده)، سطر ۱ آرایه رج بالای آن، و همین‌طور تا بالا.
# چپ و راست نباید عوض شوند.
#
# - `paper_rows` ممکن است فهرستی از فهرست‌ها یا یک آرایهٔ numpy باشد (رج بالا اول).
# - یک آرایهٔ numpy با همان شکل (`shape`) و با کدهای عدد صحیح برگردانید. راهنمایی: `np.flipud`.
#
# مثال: رج‌های کاغذ `[[1, 1, 1], [2, 2, 2], [3, 3, 3]]` (۱ها در بالا) می‌شوند
# `[[3, 3, 3], [2, 2, 2], [1, 1, 1]]`: رج پایین، یعنی ۳ها، اول می‌آید.

# %% nbgrader={"grade": false, "grade_id": "a00-q3_4-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["chart_from_paper"], "answered_by": ["farshlab.design.grid_from_text"]}
def chart_from_paper(paper_rows):
    ### BEGIN SOLUTION
    return np.flipud(np.asarray(paper_rows))
    ### END SOLUTION

# %% farshlab={"library_answer": "a00-q3_4-answer"}
from farshlab.design import grid_from_text


def chart_from_paper(paper_rows):
    return grid_from_text(["".join(str(code) for code in row) for row in paper_rows])

# %% farshlab={"wrong_answer": "a00-q3_4-answer", "mistake": "np.fliplr: turns left and right instead of top and bottom"}
def chart_from_paper(paper_rows):
    return np.fliplr(np.asarray(paper_rows))

# %% farshlab={"wrong_answer": "a00-q3_4-answer", "mistake": "np.flip without an axis: turns left-right as well"}
def chart_from_paper(paper_rows):
    return np.flip(np.asarray(paper_rows))

# %% farshlab={"wrong_answer": "a00-q3_4-answer", "mistake": "forgets to turn the rows: keeps the paper's top row first"}
def chart_from_paper(paper_rows):
    return np.asarray(paper_rows)

# %% nbgrader={"grade": true, "grade_id": "a00-q3_4-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
import numpy as np

got = chart_from_paper([[1, 1, 1], [2, 2, 2], [3, 3, 3]])
assert isinstance(got, np.ndarray), f"نقشه باید یک آرایهٔ numpy باشد، ولی تابع شما {type(got).__name__} داد"
assert got.shape == (3, 3), f"نقشه باید شکل خودش، یعنی (3, 3)، را نگه دارد، ولی شکل نقشهٔ شما {got.shape} است"
assert np.array_equal(got, [[3, 3, 3], [2, 2, 2], [1, 1, 1]]), (
    "در رج‌های کاغذ [[1, 1, 1], [2, 2, 2], [3, 3, 3]] سه‌ها در پایین‌اند، پس سطر ۰ آرایه باید "
    f"[3, 3, 3] باشد؛ تابع شما این را داد:\n{got}"
)
### BEGIN HIDDEN TESTS
got = chart_from_paper([[1, 2, 3, 4], [5, 6, 7, 8]])
assert isinstance(got, np.ndarray) and got.shape == (2, 4), f"نقشهٔ ۲ × ۴ باید ۲ × ۴ بماند، ولی شکلش {np.shape(got)} شد"
assert np.array_equal(got, [[5, 6, 7, 8], [1, 2, 3, 4]]), f"رج‌ها را وارونه کنید (بالا به پایین)، ولی چپ و راست را نگه دارید؛ نتیجه این شد:\n{got}"
assert got.dtype.kind in "iu", f"نقشه باید عدد صحیح نگه دارد، ولی {got.dtype} دارد"
got = chart_from_paper(np.array([[1, 2], [3, 4], [5, 6]]))
assert np.array_equal(got, [[5, 6], [3, 4], [1, 2]]), f"وارونه کردن یک نقشهٔ numpy به شکل ۳ × ۲ باید [[5, 6], [3, 4], [1, 2]] بدهد؛ نتیجه این شد:\n{got}"
assert np.array_equal(chart_from_paper([[9, 8, 7]]), [[9, 8, 7]]), "نقشه‌ای که یک رج دارد، همان‌طور که هست می‌ماند"
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۴ — به زبان خودتان

# %% [markdown]
# ## پرسش ۴٫۱ (۳ نمره، مربی‌تان می‌خواند) چرا رج ۱ پایین‌ترین رج است
# در سه تا پنج جمله، در سلول پایین: (الف) چرا رج ۱ نقشه رج **پایین** است؟
# (ب) اگر کدنویس نقشه رج‌ها را از بالای کاغذ شماره بزند و رج بالا را «رج ۱» به بافنده بگوید، روی دار چه
# اشکالی پیش می‌آید؟ (ج) در یک آرایهٔ numpy که از پرونده‌ای خوانده شده که از روی کاغذ تایپ شده است، چطور مطمئن
# می‌شوید که سطر ۰ آرایه همان رج ۱ بافنده است؟

# %% [markdown] nbgrader={"grade": true, "grade_id": "a00-q4_1-written", "locked": false, "points": 3, "schema_version": 3, "solution": true}
# (پاسخ نمونهٔ مربی اینجا می‌آید؛ در نسخه‌ای که به کارآموزان داده می‌شود، به جای آن `YOUR ANSWER HERE` دیده می‌شود.)
# (الف) بافنده از پایین دار شروع می‌کند و رج‌ها را رو به بالا، یکی روی دیگری، می‌زند؛ پس اولین رجی که
# زده می‌شود — رج ۱ — رج پایین نقشه است.
# (ب) اگر کدنویس از بالا بشمارد، «رج ۱»ِ بافنده در واقع رج بالای نقشه است: بافنده تصویر را وارونه می‌بافد (گل
# روی سرش می‌ایستد، چهره یا نوشته وارونه می‌شود)، و هر دستوری مثل «رج ۱۲، رنگ ۵۳» در رج اشتباهی می‌نشیند.
# چون وقتی رج‌های بعدی کوبیده شدند دیگر نمی‌شود گره‌ها را جابه‌جا کرد، اشتباه دیر پیدا می‌شود و به قیمت
# شکافتن رج‌های زیادی تمام می‌شود.
# (ج) پرونده‌ای که از روی کاغذ تایپ شده با رج بالا شروع می‌شود، پس بعد از خواندنش آن را با `np.flipud` وارونه
# کنید؛ آن‌وقت سطر ۰ آرایه رج پایین است (رج ۱ بافنده؛ یعنی شمارهٔ رج بافنده = شمارهٔ سطر آرایه + ۱)، و آن
# را با `origin="lower"` بکشید تا تصویر، رج پایین را در پایین نشان دهد.
