# ---
# jupyter:
#   farshlab_translation:
#     of: a05_pattern_coding.py
#     sha256: ef0f99cb7a557de8334a0494ae43c03b3c1deb6891b23df08196d4ca4a6e1ff2
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
# # تکلیف `a05` — کدنویسی نقشه: از رنگ‌ها تا نقشهٔ کدبندی‌شده
#
# این تکلیف آموخته‌های درس ۵ را به کار می‌گیرد (`lessons/05_pattern_coding.ipynb`).
# ۱۷ پرسش دارد و روی هم ۲۷ نمره: ۱۶ تکه کد کوچک که رایانه بررسی‌شان می‌کند (۲۴ نمره) و ۱ پاسخ نوشتاری
# که مربی‌تان می‌خواند (۳ نمره).
#
# **چه باید کرد**
# - سلول‌ها را از بالا یکی‌یکی **با Shift + Enter اجرا کنید**. اول سلول خاکستری *آماده‌سازی* را که در پایین آمده اجرا کنید.
# - در هر سلول پاسخ، خط `raise NotImplementedError()` را پاک کنید و کد خودتان را جای آن بنویسید.
#   خط `def …` را همان‌طور که هست نگه دارید: نام تابع و ترتیب ورودی‌ها باید همان بماند.
# - زیر هر سلول پاسخ یک **سلول آزمون** قفل‌شده هست. آن را اجرا کنید: اگر چیزی نشان داده نشد، پاسخ شما از
#   آزمون‌هایی که می‌بینید گذشته است. اگر یک کادر صورتی ظاهر شد، خط آخرش را بخوانید. وقتی تکلیف را تحویل
#   می‌دهید، آزمون‌های دیگری (که آن‌ها را نمی‌بینید) پاسخ شما را با نقشه‌های دیگر هم بررسی می‌کنند؛ پس کدتان را
#   طوری بنویسید که برای هر نقشه‌ای درست کار کند.
# - پیش از تحویل، **روی دکمهٔ Validate کلیک کنید** (این دکمه کل تکلیف را اجرا می‌کند و می‌گوید کدام آزمون‌ها رد
#   می‌شوند و کدام پاسخ‌ها هنوز خالی‌اند)، یا از منو `Kernel → Restart Kernel and Run All Cells…` را بزنید.
# - مرحله‌ها را خودتان با Python ساده و numpy بنویسید: `farshlab.chart` را با `import` **وارد نکنید** (کار را به
#   جای شما انجام می‌دهد و شما مرحله‌ها را یاد نمی‌گیرید).
#
# از درس به یاد دارید: نقشه شبکه‌ای از کدهای نخ است، `grid[row][column]`، و **سطر ۰ رج پایین است** — یعنی رج ۱
# بافنده، اولین رجی که بافته می‌شود. در این تکلیف ستون‌ها از **چپ** شمرده می‌شوند و شماره‌شان از ۱ شروع می‌شود.

# %% [markdown]
# اول این سلول آماده‌سازی را اجرا کنید (ابزارها و نقشه‌ای را که پرسش‌ها به کار می‌برند آماده می‌کند).

# %% nbgrader={"grade": false, "grade_id": "a05-setup", "locked": true, "schema_version": 3, "solution": false}
import math

import numpy as np

# یک نقشهٔ کوچک به ترتیبِ بافت روی دار: سطر ۰ پایین‌ترین رج است (رج ۱ بافنده).
CHART = np.array([
    [7, 7, 7, 12, 12, 7],   # رج ۱ (پایین، اول بافته می‌شود)
    [7, 12, 7, 12, 12, 7],  # رج ۲
    [3, 3, 7, 7, 12, 12],   # رج ۳ (بالا)
])

# پالت چهار نخ: کد ← رنگ CIELAB آن (L*، a*، b*).
PALETTE = {
    1: [95.0, 0.0, 2.0],     # کرم
    7: [40.0, 55.0, 40.0],   # قرمز روناسی
    12: [25.0, 5.0, -30.0],  # سرمه‌ای
    20: [60.0, -30.0, 35.0], # سبز برگی
}

# %% [markdown]
# # بخش ۱ — نقشه چقدر بزرگ است؟

# %% [markdown]
# ## پرسش ۱٫۱ (۱ نمره) گره‌ها در عرض
# رج یعنی تعداد گره‌ها در عرضِ ۷ سانتی‌متر. تابع `knots_across(width_cm, raj)` را بنویسید که تعداد گره‌ها در عرض
# یک تابلو فرش را برگرداند: رج ضرب در عرض، تقسیم بر ۷، **گردشده** به نزدیک‌ترین عدد صحیح (با `round`)، و به
# صورت `int`.
#
# مثال: تابلو فرشی به عرض ۵۰ سانتی‌متر با ۵۰ رج، ۳۵۷ گره در عرض دارد.

# %% nbgrader={"grade": false, "grade_id": "a05-q1_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["knots_across"], "answered_by": ["farshlab.carpet.knots_across", "farshlab.carpet.knot_rows"]}
def knots_across(width_cm, raj):
    ### BEGIN SOLUTION
    return round(raj * width_cm / 7)
    ### END SOLUTION

# %% farshlab={"library_answer": "a05-q1_1-answer"}
from farshlab.carpet import knots_across

# %% farshlab={"library_answer": "a05-q1_1-answer"}
from farshlab.carpet import knot_rows


def knots_across(width_cm, raj):
    return knot_rows(width_cm, raj)

# %% farshlab={"wrong_answer": "a05-q1_1-answer", "mistake": "truncates with int() instead of rounding"}
def knots_across(width_cm, raj):
    return int(raj * width_cm / 7)

# %% farshlab={"wrong_answer": "a05-q1_1-answer", "mistake": "rounds up with math.ceil"}
def knots_across(width_cm, raj):
    return math.ceil(raj * width_cm / 7)

# %% farshlab={"wrong_answer": "a05-q1_1-answer", "mistake": "counts over 6.5 cm (kheft) instead of 7 cm"}
def knots_across(width_cm, raj):
    return round(raj * width_cm / 6.5)

# %% nbgrader={"grade": true, "grade_id": "a05-q1_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = knots_across(50, 50)
assert got == 357, f"۵۰ سانتی‌متر با ۵۰ رج: ۵۰ × ۵۰ ÷ ۷ = ۳۵۷٫۱، که گرد می‌شود ۳۵۷ گره؛ تابع شما {got} را داد"
assert isinstance(got, int), f"پاسخ باید عدد صحیح (int) باشد، ولی {type(got).__name__} به دست آمد"
### BEGIN HIDDEN TESTS
assert knots_across(35, 40) == 200, "۳۵ سانتی‌متر با ۴۰ رج: ۴۰ × ۳۵ ÷ ۷ = ۲۰۰ گره"
assert knots_across(100, 60) == 857, "۱۰۰ سانتی‌متر با ۶۰ رج: ۸۵۷٫۱ که گرد می‌شود ۸۵۷ گره"
assert knots_across(45, 80) == 514, "۴۵ سانتی‌متر با ۸۰ رج: ۵۱۴٫۳ که گرد می‌شود ۵۱۴ گره"
assert knots_across(50, 40) == 286, f"۵۰ سانتی‌متر با ۴۰ رج: ۲۸۵٫۷ گرد می‌شود به ۲۸۶ گره (گرد کنید، اعشار را دور نریزید)؛ تابع شما {knots_across(50, 40)} را داد"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۱٫۲ (۱ نمره) کل شبکه
# رج در طول می‌تواند با رج در عرض فرق داشته باشد. تابع `grid_size(width_cm, height_cm, raj_w, raj_h)` را بنویسید
# که جفت `(knots_across, rows)` را برگرداند: گره‌های عرض از `raj_w` و عرض به دست می‌آیند، و تعداد رج‌ها از `raj_h`
# و طول (تعداد رج‌ها = `raj_h` ضرب در طول، تقسیم بر ۷، گردشده). از `knots_across` خودتان استفاده کنید.
#
# مثال: ۵۰ در ۷۰ سانتی‌متر با ۵۰ رج در هر دو جهت می‌شود `(357, 500)`.

# %% nbgrader={"grade": false, "grade_id": "a05-q1_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["grid_size"], "answered_by": ["farshlab.carpet.chart_size"]}
def grid_size(width_cm, height_cm, raj_w, raj_h):
    ### BEGIN SOLUTION
    return knots_across(width_cm, raj_w), round(raj_h * height_cm / 7)
    ### END SOLUTION

# %% farshlab={"library_answer": "a05-q1_2-answer"}
from farshlab.carpet import chart_size


def grid_size(width_cm, height_cm, raj_w, raj_h):
    return chart_size(width_cm, height_cm, raj_w, raj_h)

# %% farshlab={"wrong_answer": "a05-q1_2-answer", "mistake": "uses the raj across for the rows too"}
def grid_size(width_cm, height_cm, raj_w, raj_h):
    return knots_across(width_cm, raj_w), round(raj_w * height_cm / 7)

# %% farshlab={"wrong_answer": "a05-q1_2-answer", "mistake": "gives (rows, knots_across): the pair in the wrong order"}
def grid_size(width_cm, height_cm, raj_w, raj_h):
    return round(raj_h * height_cm / 7), knots_across(width_cm, raj_w)

# %% farshlab={"wrong_answer": "a05-q1_2-answer", "mistake": "truncates the rows with int()"}
def grid_size(width_cm, height_cm, raj_w, raj_h):
    return knots_across(width_cm, raj_w), int(raj_h * height_cm / 7)

# %% nbgrader={"grade": true, "grade_id": "a05-q1_2-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، knots_across نسخهٔ درست است، تا اشتباهی در
# پاسخ‌های قبلی نمرهٔ پرسش ۱٫۲ را هم از بین نبرد.
def _correct_knots_across(width_cm, raj):
    return round(raj * width_cm / 7)


_yours = {name: globals().get(name) for name in ["knots_across"]}
knots_across = _correct_knots_across
### END HIDDEN TESTS
got = grid_size(50, 70, 50, 50)
assert tuple(got) == (357, 500), f"۵۰ در ۷۰ سانتی‌متر با ۵۰ رج یعنی ۳۵۷ گره در عرض و ۵۰۰ رج؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert tuple(grid_size(50, 70, 50, 56)) == (357, 560), "با ۵۶ رج در هر ۷ سانتی‌متر از طول، ۷۰ سانتی‌متر ۵۶۰ رج دارد"
assert tuple(grid_size(35, 50, 40, 40)) == (200, 286), "۳۵ در ۵۰ سانتی‌متر با ۴۰ رج: ۲۰۰ گره در عرض، و ۲۸۵٫۷ که گرد می‌شود ۲۸۶ رج"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۲ — نزدیک‌ترین رنگ

# %% [markdown]
# ## پرسش ۲٫۱ (۱ نمره) `ΔE76`
# تابع `delta_e76(lab1, lab2)` را بنویسید: فاصلهٔ خط راست میان دو رنگ Lab، یعنی
# `√((L1 − L2)² + (a1 − a2)² + (b1 − b2)²)`، به صورت عدد اعشاری (`float`). (در درس، رایانه از CIEDE2000 استفاده
# می‌کند که برای نخ‌ها بهتر است؛ `ΔE76` همان فکر است با فرمولی ساده‌تر.)

# %% nbgrader={"grade": false, "grade_id": "a05-q2_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["delta_e76"], "answered_by": ["farshlab.colour.delta_e_cie76", "farshlab.colour.delta_e", "colour.delta_E", "colour.difference.delta_E_CIE1976", "skimage.color.deltaE_cie76", "scipy.spatial.distance.euclidean"]}
def delta_e76(lab1, lab2):
    ### BEGIN SOLUTION
    return math.sqrt(sum((first - second) ** 2 for first, second in zip(lab1, lab2)))
    ### END SOLUTION

# %% farshlab={"library_answer": "a05-q2_1-answer"}
from farshlab.colour import delta_e_cie76


def delta_e76(lab1, lab2):
    return float(delta_e_cie76(lab1, lab2))

# %% farshlab={"library_answer": "a05-q2_1-answer"}
from farshlab.colour import delta_e


def delta_e76(lab1, lab2):
    return float(delta_e(lab1, lab2, method="cie76"))

# %% farshlab={"library_answer": "a05-q2_1-answer"}
import colour


def delta_e76(lab1, lab2):
    return float(colour.delta_E(lab1, lab2, method="CIE 1976"))

# %% farshlab={"library_answer": "a05-q2_1-answer"}
from skimage.color import deltaE_cie76


def delta_e76(lab1, lab2):
    return float(deltaE_cie76(lab1, lab2))

# %% farshlab={"library_answer": "a05-q2_1-answer"}
from scipy.spatial.distance import euclidean


def delta_e76(lab1, lab2):
    return float(euclidean(lab1, lab2))

# %% farshlab={"wrong_answer": "a05-q2_1-answer", "mistake": "forgets the square root"}
def delta_e76(lab1, lab2):
    return sum((first - second) ** 2 for first, second in zip(lab1, lab2))

# %% farshlab={"wrong_answer": "a05-q2_1-answer", "mistake": "adds the differences without squaring them"}
def delta_e76(lab1, lab2):
    return sum(abs(first - second) for first, second in zip(lab1, lab2))

# %% farshlab={"wrong_answer": "a05-q2_1-answer", "mistake": "leaves out the lightness L*"}
def delta_e76(lab1, lab2):
    return math.hypot(lab1[1] - lab2[1], lab1[2] - lab2[2])

# %% nbgrader={"grade": true, "grade_id": "a05-q2_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = delta_e76([50, 10, 10], [53, 14, 22])
assert math.isclose(got, 13.0, abs_tol=1e-9), f"اختلاف‌های ۳، ۴ و ۱۲ می‌شوند √(۹ + ۱۶ + ۱۴۴) = ۱۳؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert math.isclose(delta_e76([62.5, -3.2, 18.0], [60.1, 2.4, 15.3]), 6.6640828326, abs_tol=1e-8), "انتظار می‌رفت ۶٫۶۶۴۰۸ باشد"
assert math.isclose(delta_e76([20, 0, 0], [20, 0, 0]), 0.0, abs_tol=1e-12), "فاصلهٔ هر رنگ از خودش ۰ است"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۲٫۲ (۲ نمره) نزدیک‌ترین نخ
# تابع `nearest_code(lab, palette)` را بنویسید: `palette` یک دیکشنری کد ← رنگ Lab است، مانند `PALETTE` در سلول
# آماده‌سازی. **کد** نخی را برگردانید که کمترین `delta_e76` را تا `lab` دارد. (اگر دو نخ به یک اندازه نزدیک باشند،
# برگرداندن هر کدام درست است.)
#
# مثال: `[42, 50, 38]` (یک قرمز) از همه به کد ۷، قرمز روناسی، نزدیک‌تر است.

# %% nbgrader={"grade": false, "grade_id": "a05-q2_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["nearest_code"], "answered_by": ["farshlab.colour.k_nearest_yarns"]}
def nearest_code(lab, palette):
    ### BEGIN SOLUTION
    return min(palette, key=lambda code: delta_e76(lab, palette[code]))
    ### END SOLUTION

# %% farshlab={"library_answer": "a05-q2_2-answer"}
from farshlab.colour import k_nearest_yarns


def nearest_code(lab, palette):
    codes = list(palette)
    index, _ = k_nearest_yarns(np.array([lab], dtype=float), np.array([palette[c] for c in codes], dtype=float), 1, method="cie76")
    return codes[int(index[0][0])]

# %% farshlab={"wrong_answer": "a05-q2_2-answer", "mistake": "returns the yarn's place in the palette (0, 1, 2 …) instead of its code"}
def nearest_code(lab, palette):
    colours = list(palette.values())
    return min(range(len(colours)), key=lambda i: delta_e76(lab, colours[i]))

# %% farshlab={"wrong_answer": "a05-q2_2-answer", "mistake": "max instead of min: the farthest yarn"}
def nearest_code(lab, palette):
    return max(palette, key=lambda code: delta_e76(lab, palette[code]))

# %% farshlab={"wrong_answer": "a05-q2_2-answer", "mistake": "compares the lightness L* only"}
def nearest_code(lab, palette):
    return min(palette, key=lambda code: abs(lab[0] - palette[code][0]))

# %% nbgrader={"grade": true, "grade_id": "a05-q2_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، delta_e76 نسخهٔ درست است، تا اشتباهی در
# پاسخ‌های قبلی نمرهٔ پرسش ۲٫۲ را هم از بین نبرد.
def _correct_delta_e76(lab1, lab2):
    return math.dist(lab1, lab2)


_yours = {name: globals().get(name) for name in ["delta_e76"]}
delta_e76 = _correct_delta_e76
### END HIDDEN TESTS
got = nearest_code([42, 50, 38], PALETTE)
assert got == 7, f"[42, 50, 38] تا قرمز روناسی (کد ۷) فقط ۵٫۷ فاصله دارد و تا نخ‌های دیگر خیلی بیشتر؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert nearest_code([90, 1, 1], PALETTE) == 1, "[90, 1, 1] از همه به کرم (کد ۱) نزدیک‌تر است"
assert nearest_code([30, 20, -10], PALETTE) == 12, "[30, 20, -10] از همه به سرمه‌ای (کد ۱۲، با ΔE76 برابر ۲۵٫۵) نزدیک‌تر است؛ نزدیک‌ترینِ بعدی قرمز روناسی است (کد ۷، با ΔE76 برابر ۶۱٫۸)"
assert nearest_code([55, -25, 30], PALETTE) == 20, "[55, -25, 30] از همه به سبز برگی (کد ۲۰) نزدیک‌تر است"
assert nearest_code([70, 10, 10], {3: [20, 0, 0], 9: [72, 8, 14]}) == 9, "با هر پالتی باید کار کند: اینجا نزدیک‌ترین، کد ۹ است"
got = nearest_code([40, -30, 35], PALETTE)
assert got == 20, (
    "[40, -30, 35] (یک سبز تیره) از همه به سبز برگی (کد ۲۰، با ΔE76 برابر ۲۰) نزدیک‌تر است، نه به قرمز روناسی (کد ۷) که "
    f"روشنی‌اش همان است (ΔE76 برابر ۸۵): هر سه عدد L*، a* و b* را مقایسه کنید؛ تابع شما {got} را داد")
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۲٫۳ (۲ نمره) کدبندی یک تصویر خیلی کوچک
# یک تصویر خیلی کوچک به شکل فهرستی از رج‌ها داده شده، و هر رج فهرستی از رنگ‌های Lab است (سطر ۰ = رج پایین).
# تابع `code_picture(picture_lab, palette)` را بنویسید که یک آرایهٔ numpy با همان رج‌ها و ستون‌ها برگرداند که برای
# هر گره، کد نزدیک‌ترین نخ به آن را در خود دارد (از `nearest_code` خودتان استفاده کنید).

# %% nbgrader={"grade": false, "grade_id": "a05-q2_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["code_picture"], "answered_by": ["farshlab.colour.nearest_yarn"]}
def code_picture(picture_lab, palette):
    ### BEGIN SOLUTION
    return np.array([[nearest_code(lab, palette) for lab in row] for row in picture_lab])
    ### END SOLUTION

# %% farshlab={"library_answer": "a05-q2_3-answer"}
from farshlab.colour import nearest_yarn


def code_picture(picture_lab, palette):
    codes = np.array(list(palette))
    index, _ = nearest_yarn(np.asarray(picture_lab, dtype=float), np.array(list(palette.values()), dtype=float), method="cie76")
    return codes[index]

# %% farshlab={"wrong_answer": "a05-q2_3-answer", "mistake": "one flat list of codes: loses the rows"}
def code_picture(picture_lab, palette):
    return np.array([nearest_code(lab, palette) for row in picture_lab for lab in row])

# %% farshlab={"wrong_answer": "a05-q2_3-answer", "mistake": "turns the rows upside down (as if the picture began with its top row)"}
def code_picture(picture_lab, palette):
    return np.array([[nearest_code(lab, palette) for lab in row] for row in picture_lab[::-1]])

# %% farshlab={"wrong_answer": "a05-q2_3-answer", "mistake": "columns and rows swapped (the loops the wrong way round)"}
def code_picture(picture_lab, palette):
    return np.array([[nearest_code(row[i], palette) for row in picture_lab] for i in range(len(picture_lab[0]))])

# %% nbgrader={"grade": true, "grade_id": "a05-q2_3-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، delta_e76 و nearest_code نسخه‌های درست‌اند، تا
# اشتباهی در پاسخ‌های قبلی نمرهٔ پرسش ۲٫۳ را هم از بین نبرد.
def _correct_delta_e76(lab1, lab2):
    return math.dist(lab1, lab2)


def _correct_nearest_code(lab, palette):
    return min(palette, key=lambda code: math.dist(lab, palette[code]))


_yours = {name: globals().get(name) for name in ["delta_e76", "nearest_code"]}
delta_e76 = _correct_delta_e76
nearest_code = _correct_nearest_code
### END HIDDEN TESTS
picture = [[[42, 50, 38], [90, 1, 1]], [[30, 20, -10], [55, -25, 30]]]
got = code_picture(picture, PALETTE)
assert np.shape(got) == (2, 2), f"۲ رج با ۲ گره باید شبکه‌ای ۲ در ۲ بدهد؛ ولی شکل (shape) پاسخ {np.shape(got)} است"
assert np.array_equal(got, [[7, 1], [12, 20]]), f"انتظار می‌رفت [[7, 1], [12, 20]] باشد؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
got = code_picture([[[70, 10, 10], [26, 4, -28], [41, 50, 39]]], PALETTE)
assert np.array_equal(got, [[1, 12, 7]]), f"یک رج با سه گره: انتظار می‌رفت [[1, 12, 7]] باشد، ولی {got} به دست آمد"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۳ — شمردن گره‌ها

# %% [markdown]
# ## پرسش ۳٫۱ (۱ نمره) تعداد گره‌های هر کد
# تابع `count_codes(grid)` را بنویسید که یک دیکشنری کد ← تعداد گره‌های آن کد برگرداند، برای همهٔ کدهایی که در
# شبکه هستند. راهنمایی: با حلقه روی رج‌ها و گره‌ها بگردید، یا از `np.unique(grid, return_counts=True)` استفاده
# کنید.

# %% nbgrader={"grade": false, "grade_id": "a05-q3_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["count_codes"], "answered_by": ["farshlab.design.colour_counts"]}
def count_codes(grid):
    ### BEGIN SOLUTION
    codes, counts = np.unique(np.asarray(grid), return_counts=True)
    return {int(code): int(count) for code, count in zip(codes, counts)}
    ### END SOLUTION

# %% farshlab={"library_answer": "a05-q3_1-answer"}
from farshlab.design import colour_counts


def count_codes(grid):
    return colour_counts(grid)

# %% farshlab={"wrong_answer": "a05-q3_1-answer", "mistake": "counts the first (bottom) row only"}
def count_codes(grid):
    counts = {}
    for code in grid[0]:
        counts[int(code)] = counts.get(int(code), 0) + 1
    return counts

# %% farshlab={"wrong_answer": "a05-q3_1-answer", "mistake": "np.bincount: keeps the codes that do not appear, with 0 knots"}
def count_codes(grid):
    return dict(enumerate(np.bincount(np.ravel(grid)).tolist()))

# %% farshlab={"wrong_answer": "a05-q3_1-answer", "mistake": "counts the rows a code appears in, not its knots"}
def count_codes(grid):
    counts = {}
    for row in grid:
        for code in set(int(c) for c in row):
            counts[code] = counts.get(code, 0) + 1
    return counts

# %% nbgrader={"grade": true, "grade_id": "a05-q3_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = count_codes(CHART)
assert dict(got) == {3: 2, 7: 9, 12: 7}, f"در CHART، ۲ گره با کد ۳، ۹ گره با کد ۷ و ۷ گره با کد ۱۲ هست؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert dict(count_codes([[5, 5], [5, 9]])) == {5: 3, 9: 1}, "[[5, 5], [5, 9]]: سه گره با کد ۵ و یک گره با کد ۹"
assert dict(count_codes(np.full((4, 3), 2))) == {2: 12}, "شبکهٔ ۴ در ۳ که همه‌اش کد ۲ است، ۱۲ گره با کد ۲ دارد"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۳٫۲ (۱ نمره) رنگ اصلی
# تابع `most_used(grid)` را بنویسید که کدی را برگرداند که بیشترین گره را دارد (از `count_codes` خودتان استفاده
# کنید). رنگرز کارش را با همین رنگ شروع می‌کند: بیشترین نخ را لازم دارد.

# %% nbgrader={"grade": false, "grade_id": "a05-q3_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["most_used"], "answered_by": []}
def most_used(grid):
    ### BEGIN SOLUTION
    counts = count_codes(grid)
    return max(counts, key=counts.get)
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a05-q3_2-answer", "mistake": "max of the codes: the largest code, not the most used"}
def most_used(grid):
    return max(count_codes(grid))

# %% farshlab={"wrong_answer": "a05-q3_2-answer", "mistake": "returns the number of knots instead of the code"}
def most_used(grid):
    return max(count_codes(grid).values())

# %% farshlab={"wrong_answer": "a05-q3_2-answer", "mistake": "min instead of max: the least used code"}
def most_used(grid):
    counts = count_codes(grid)
    return min(counts, key=counts.get)

# %% nbgrader={"grade": true, "grade_id": "a05-q3_2-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، count_codes نسخهٔ درست است، تا اشتباهی در
# پاسخ‌های قبلی نمرهٔ پرسش ۳٫۲ را هم از بین نبرد.
def _correct_count_codes(grid):
    codes, counts = np.unique(np.asarray(grid), return_counts=True)
    return {int(code): int(count) for code, count in zip(codes, counts)}


_yours = {name: globals().get(name) for name in ["count_codes"]}
count_codes = _correct_count_codes
### END HIDDEN TESTS
got = most_used(CHART)
assert got == 7, f"کد ۷ در CHART ۹ گره دارد، بیشتر از هر کد دیگری؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert most_used([[4, 9, 9], [9, 4, 1]]) == 9, "سه گره با کد ۹: رنگ اصلی همین است"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۴ — شیوه‌های خواندن نقشه

# %% [markdown]
# ## پرسش ۴٫۱ (۲ نمره) خواندن با شمارش
# بافنده‌ها یک رج را این‌طور بلند می‌خوانند: «۳ تا رنگ ۷، بعد ۲ تا رنگ ۱۲ …». تابع `run_length(row)` را بنویسید
# که یک رج (فهرستی از کدها، از چپ به راست) بگیرد و فهرستی از جفت‌های `(count, code)` (تعداد، کد) برگرداند: برای
# هر دنباله از کدهای یکسانِ کنار هم، یک جفت.
#
# مثال: `[7, 7, 7, 12, 12, 7]` می‌دهد `[(3, 7), (2, 12), (1, 7)]`.

# %% nbgrader={"grade": false, "grade_id": "a05-q4_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["run_length"], "answered_by": ["farshlab.chart.run_lengths"]}
def run_length(row):
    ### BEGIN SOLUTION
    runs = []
    for code in row:
        if runs and runs[-1][1] == code:
            runs[-1] = (runs[-1][0] + 1, code)
        else:
            runs.append((1, code))
    return runs
    ### END SOLUTION

# %% farshlab={"library_answer": "a05-q4_1-answer"}
from farshlab.chart import run_lengths


def run_length(row):
    return run_lengths(row)

# %% farshlab={"wrong_answer": "a05-q4_1-answer", "mistake": "counts each code in the whole row, not runs of neighbours"}
def run_length(row):
    counts = {}
    for code in row:
        counts[code] = counts.get(code, 0) + 1
    return [(count, code) for code, count in counts.items()]

# %% farshlab={"wrong_answer": "a05-q4_1-answer", "mistake": "pairs the wrong way round: (code, count)"}
def run_length(row):
    runs = []
    for code in row:
        if runs and runs[-1][0] == code:
            runs[-1] = (code, runs[-1][1] + 1)
        else:
            runs.append((code, 1))
    return runs

# %% farshlab={"wrong_answer": "a05-q4_1-answer", "mistake": "writes a run only when the code changes: loses the last run"}
def run_length(row):
    runs, count = [], 1
    for i in range(1, len(row)):
        if row[i] == row[i - 1]:
            count += 1
        else:
            runs.append((count, row[i - 1]))
            count = 1
    return runs

# %% nbgrader={"grade": true, "grade_id": "a05-q4_1-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = run_length([7, 7, 7, 12, 12, 7])
assert [tuple(pair) for pair in got] == [(3, 7), (2, 12), (1, 7)], f"انتظار می‌رفت [(3, 7), (2, 12), (1, 7)] باشد؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert [tuple(p) for p in run_length([5])] == [(1, 5)], "رجی که یک گره دارد، یک دنباله است"
assert [tuple(p) for p in run_length([3, 3, 7, 7, 12, 12])] == [(2, 3), (2, 7), (2, 12)], "رج ۳ در CHART: (2, 3), (2, 7), (2, 12)"
assert [tuple(p) for p in run_length([1, 2, 1, 2])] == [(1, 1), (1, 2), (1, 1), (1, 2)], "هر بار که کد عوض شود، دنبالهٔ تازه‌ای شروع می‌شود"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۴٫۲ (۲ نمره) بازه‌های ستون‌ها
# در چاپ لایه‌ای، ستون‌های کنار هم به شکل یک بازه نوشته می‌شوند. تابع `condense(columns)` را بنویسید: شماره‌های
# ستون را به ترتیب صعودی می‌گیرد و متنی برمی‌گرداند که در آن هر دنباله از دو ستون کنار هم یا بیشتر به شکل
# `first–last` (اولی–آخری) نوشته شده است: با نویسهٔ `–` (**خط تیرهٔ بلندتر**، نه خط فاصلهٔ معمولی `-`)، و بخش‌ها
# با `", "` (ویرگول انگلیسی و یک فاصله) از هم جدا شده‌اند.
#
# مثال: `[140, 141, 142, 148, 150, 151, 152, 153, 154]` می‌دهد `"140–142, 148, 150–154"`.

# %% nbgrader={"grade": false, "grade_id": "a05-q4_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["condense"], "answered_by": ["farshlab.chart.condense_ranges"]}
def condense(columns):
    ### BEGIN SOLUTION
    parts = []
    start = previous = columns[0]
    for column in list(columns[1:]) + [None]:
        if column is not None and column == previous + 1:
            previous = column
            continue
        parts.append(str(start) if start == previous else f"{start}–{previous}")
        start = previous = column
    return ", ".join(parts)
    ### END SOLUTION

# %% farshlab={"library_answer": "a05-q4_2-answer"}
from farshlab.chart import condense_ranges


def condense(columns):
    return condense_ranges(columns)

# %% farshlab={"wrong_answer": "a05-q4_2-answer", "mistake": "a hyphen - instead of the en dash –"}
def condense(columns):
    parts = []
    start = previous = columns[0]
    for column in list(columns[1:]) + [None]:
        if column is not None and column == previous + 1:
            previous = column
            continue
        parts.append(str(start) if start == previous else f"{start}-{previous}")
        start = previous = column
    return ", ".join(parts)

# %% farshlab={"wrong_answer": "a05-q4_2-answer", "mistake": "ranges only for three or more neighbours: writes two as '1, 2'"}
def condense(columns):
    parts = []
    start = previous = columns[0]
    for column in list(columns[1:]) + [None]:
        if column is not None and column == previous + 1:
            previous = column
            continue
        if previous - start >= 2:
            parts.append(f"{start}–{previous}")
        else:
            parts += [str(c) for c in range(start, previous + 1)]
        start = previous = column
    return ", ".join(parts)

# %% farshlab={"wrong_answer": "a05-q4_2-answer", "mistake": "forgets the last run (no closing step after the loop)"}
def condense(columns):
    parts = []
    start = previous = columns[0]
    for column in columns[1:]:
        if column == previous + 1:
            previous = column
            continue
        parts.append(str(start) if start == previous else f"{start}–{previous}")
        start = previous = column
    return ", ".join(parts)

# %% nbgrader={"grade": true, "grade_id": "a05-q4_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = condense([140, 141, 142, 148, 150, 151, 152, 153, 154])
assert got == "140–142, 148, 150–154", f"انتظار می‌رفت '140–142, 148, 150–154' باشد؛ تابع شما {got!r} را داد"
### BEGIN HIDDEN TESTS
assert condense([5]) == "5", "یک ستون تنها، به‌تنهایی نوشته می‌شود"
assert condense([1, 2, 4, 6, 7]) == "1–2, 4, 6–7", f"انتظار می‌رفت '1–2, 4, 6–7' باشد، ولی {condense([1, 2, 4, 6, 7])!r} به دست آمد"
assert condense([3, 4, 5, 6]) == "3–6", "چهار ستون کنار هم یک بازه می‌سازند"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۴٫۳ (۲ نمره) یک خط از چاپ لایه‌ای
# تابع `layer_line(grid, row_number, code)` را بنویسید. `row_number` شمارهٔ رج **از نگاه بافنده** است (۱ = رج
# پایین، که همان `grid[0]` است). خطی مانند `"Row 1: colour 12: columns 4–5"` برگردانید — یعنی ستون‌هایی (که از ۱
# در سمت چپ شمرده می‌شوند) که گره‌شان در آن رج همان کد را دارد، فشرده‌شده با `condense` خودتان. (این متن را به همین
# شکل انگلیسی بنویسید: آزمون آن را حرف‌به‌حرف مقایسه می‌کند.)

# %% nbgrader={"grade": false, "grade_id": "a05-q4_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["layer_line"], "answered_by": ["farshlab.chart.layer_lists", "farshlab.chart.row_layers"]}
def layer_line(grid, row_number, code):
    ### BEGIN SOLUTION
    row = list(grid[row_number - 1])
    columns = [index + 1 for index, value in enumerate(row) if value == code]
    return f"Row {row_number}: colour {code}: columns {condense(columns)}"
    ### END SOLUTION

# %% farshlab={"library_answer": "a05-q4_3-answer"}
from farshlab.chart import layer_lists


def layer_line(grid, row_number, code):
    start = f"Row {row_number}: colour {code}: "
    return next(line for line in layer_lists(np.asarray(grid), columns_from="left") if line.startswith(start))

# %% farshlab={"library_answer": "a05-q4_3-answer"}
from farshlab.chart import row_layers


def layer_line(grid, row_number, code):
    columns = dict(row_layers(list(grid[row_number - 1])))[code]
    return f"Row {row_number}: colour {code}: columns {condense(columns)}"

# %% farshlab={"wrong_answer": "a05-q4_3-answer", "mistake": "counts the rows from the top: row 1 taken as grid[-1]"}
def layer_line(grid, row_number, code):
    row = list(grid[-row_number])
    columns = [index + 1 for index, value in enumerate(row) if value == code]
    return f"Row {row_number}: colour {code}: columns {condense(columns)}"

# %% farshlab={"wrong_answer": "a05-q4_3-answer", "mistake": "grid[row_number]: forgets that row 1 is grid[0]"}
def layer_line(grid, row_number, code):
    row = list(grid[row_number % len(grid)])
    columns = [index + 1 for index, value in enumerate(row) if value == code]
    return f"Row {row_number}: colour {code}: columns {condense(columns)}"

# %% farshlab={"wrong_answer": "a05-q4_3-answer", "mistake": "counts the columns from 0"}
def layer_line(grid, row_number, code):
    row = list(grid[row_number - 1])
    columns = [index for index, value in enumerate(row) if value == code]
    return f"Row {row_number}: colour {code}: columns {condense(columns)}"

# %% nbgrader={"grade": true, "grade_id": "a05-q4_3-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، condense نسخهٔ درست است، تا اشتباهی در
# پاسخ‌های قبلی نمرهٔ پرسش ۴٫۳ را هم از بین نبرد.
def _correct_condense(columns):
    columns, parts = list(columns), []
    start = 0
    for i in range(1, len(columns) + 1):
        if i == len(columns) or columns[i] != columns[i - 1] + 1:
            first, last = columns[start], columns[i - 1]
            parts.append(str(first) if first == last else f"{first}–{last}")
            start = i
    return ", ".join(parts)


_yours = {name: globals().get(name) for name in ["condense"]}
condense = _correct_condense
### END HIDDEN TESTS
got = layer_line(CHART, 1, 12)
assert got == "Row 1: colour 12: columns 4–5", f"رج ۱ رج پایینی است (نه بالایی)، یعنی [7, 7, 7, 12, 12, 7]: کد ۱۲ در ستون‌های ۴ و ۵ است؛ تابع شما {got!r} را داد"
### BEGIN HIDDEN TESTS
assert layer_line(CHART, 1, 7) == "Row 1: colour 7: columns 1–3, 6", "رج ۱، رنگ ۷: ستون‌های ۱ تا ۳ و ۶، یعنی 'Row 1: colour 7: columns 1–3, 6'"
assert layer_line(CHART, 3, 12) == "Row 3: colour 12: columns 5–6", "اینجا رج ۳ رج بالایی است: رنگ ۱۲ در ستون‌های ۵ و ۶، یعنی 'Row 3: colour 12: columns 5–6'"
assert layer_line(CHART, 2, 7) == "Row 2: colour 7: columns 1, 3, 6", "رج ۲، رنگ ۷: ستون‌های ۱، ۳ و ۶، یعنی 'Row 2: colour 7: columns 1, 3, 6'"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۴٫۴ (۱ نمره) همهٔ رج‌ها، از پایین به بالا
# تابع `row_calls(grid)` را بنویسید که برای هر رج یک متن برگرداند، **با شروع از رج ۱ (پایین)**، مانند
# `"Row 1: 3 × colour 7, 2 × colour 12, 1 × colour 7"`، با استفاده از `run_length` خودتان. (این متن‌ها هم به همین
# شکل انگلیسی بمانند.) نشانهٔ `×` علامت ضرب است، نه حرف `x` (از همین‌جا کپی‌اش کنید: `×`).

# %% nbgrader={"grade": false, "grade_id": "a05-q4_4-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["row_calls"], "answered_by": ["farshlab.chart.run_length_calls", "farshlab.chart.chart_runs"]}
def row_calls(grid):
    ### BEGIN SOLUTION
    lines = []
    for number, row in enumerate(grid, start=1):
        calls = ", ".join(f"{count} × colour {code}" for count, code in run_length(list(row)))
        lines.append(f"Row {number}: {calls}")
    return lines
    ### END SOLUTION

# %% farshlab={"library_answer": "a05-q4_4-answer"}
from farshlab.chart import run_length_calls


def row_calls(grid):
    return run_length_calls(np.asarray(grid), columns_from="left")

# %% farshlab={"library_answer": "a05-q4_4-answer"}
from farshlab.chart import chart_runs


def row_calls(grid):
    rows, _, knots, codes = chart_runs(np.asarray(grid))
    lines = []
    for number in range(len(grid)):
        calls = [f"{k} × colour {c}" for r, k, c in zip(rows, knots, codes) if r == number]
        lines.append(f"Row {number + 1}: " + ", ".join(calls))
    return lines

# %% farshlab={"wrong_answer": "a05-q4_4-answer", "mistake": "the top row first"}
def row_calls(grid):
    lines = []
    for number, row in reversed(list(enumerate(grid, start=1))):
        calls = ", ".join(f"{count} × colour {code}" for count, code in run_length(list(row)))
        lines.append(f"Row {number}: {calls}")
    return lines

# %% farshlab={"wrong_answer": "a05-q4_4-answer", "mistake": "a letter x instead of the multiplication sign ×"}
def row_calls(grid):
    lines = []
    for number, row in enumerate(grid, start=1):
        calls = ", ".join(f"{count} x colour {code}" for count, code in run_length(list(row)))
        lines.append(f"Row {number}: {calls}")
    return lines

# %% farshlab={"wrong_answer": "a05-q4_4-answer", "mistake": "numbers the rows from 0"}
def row_calls(grid):
    lines = []
    for number, row in enumerate(grid):
        calls = ", ".join(f"{count} × colour {code}" for count, code in run_length(list(row)))
        lines.append(f"Row {number}: {calls}")
    return lines

# %% nbgrader={"grade": true, "grade_id": "a05-q4_4-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، run_length نسخهٔ درست است، تا اشتباهی در
# پاسخ‌های قبلی نمرهٔ پرسش ۴٫۴ را هم از بین نبرد.
def _correct_run_length(row):
    runs = []
    for code in row:
        if runs and runs[-1][1] == code:
            runs[-1] = (runs[-1][0] + 1, code)
        else:
            runs.append((1, code))
    return runs


_yours = {name: globals().get(name) for name in ["run_length"]}
run_length = _correct_run_length
### END HIDDEN TESTS
got = row_calls(CHART)
assert len(got) == 3, f"CHART ۳ رج دارد، پس ۳ خط لازم است؛ ولی {len(got)} خط به دست آمد"
assert got[0] == "Row 1: 3 × colour 7, 2 × colour 12, 1 × colour 7", f"خط اول باید رج پایین باشد؛ خط اول شما {got[0]!r} بود"
### BEGIN HIDDEN TESTS
lines = list(row_calls(CHART))
assert lines[1] == "Row 2: 1 × colour 7, 1 × colour 12, 1 × colour 7, 2 × colour 12, 1 × colour 7", "رج ۲ در CHART"
assert lines[2] == "Row 3: 2 × colour 3, 2 × colour 7, 2 × colour 12", "رج ۳ (رج بالایی) آخر از همه می‌آید"
assert list(row_calls([[4, 4], [9, 4]])) == ["Row 1: 2 × colour 4", "Row 2: 1 × colour 9, 1 × colour 4"]
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۵ — گره‌های تک

# %% [markdown]
# ## پرسش ۵٫۱ (۲ نمره) آیا این گره تنهاست؟
# یک گره وقتی **تک** است که هیچ‌کدام از چهار همسایه‌اش — چپ، راست، بالا، پایین — کد آن را نداشته باشد. گره‌های
# لبهٔ نقشه همسایهٔ کمتری دارند (بیرون از شبکه را نگاه نکنید!). تابع `is_isolated(grid, row, column)` را بنویسید
# (شماره‌ها از `0` شروع می‌شوند) که `True` یا `False` برگرداند.
#
# مثال: در `CHART`، کد ۱۲ در سطر ۱ و ستون ۱ (با شمارش از صفر) در چپ، راست و پایینش ۷ دارد و در بالایش ۳: هیچ
# ۱۲ای کنارش نیست، پس تک است.

# %% nbgrader={"grade": false, "grade_id": "a05-q5_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["is_isolated"], "answered_by": []}
def is_isolated(grid, row, column):
    ### BEGIN SOLUTION
    grid = np.asarray(grid)
    rows, columns = grid.shape
    for r, c in ((row - 1, column), (row + 1, column), (row, column - 1), (row, column + 1)):
        if 0 <= r < rows and 0 <= c < columns and grid[r, c] == grid[row, column]:
            return False
    return True
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a05-q5_1-answer", "mistake": "counts the diagonal neighbours too"}
def is_isolated(grid, row, column):
    grid = np.asarray(grid)
    rows, columns = grid.shape
    for r in (row - 1, row, row + 1):
        for c in (column - 1, column, column + 1):
            if (r, c) != (row, column) and 0 <= r < rows and 0 <= c < columns and grid[r, c] == grid[row, column]:
                return False
    return True

# %% farshlab={"wrong_answer": "a05-q5_1-answer", "mistake": "checks only the upper edge of the grid: index −1 wraps round to the other side"}
def is_isolated(grid, row, column):
    grid = np.asarray(grid)
    rows, columns = grid.shape
    for r, c in ((row - 1, column), (row + 1, column), (row, column - 1), (row, column + 1)):
        if r < rows and c < columns and grid[r, c] == grid[row, column]:
            return False
    return True

# %% farshlab={"wrong_answer": "a05-q5_1-answer", "mistake": "looks left and right only, not above and below"}
def is_isolated(grid, row, column):
    grid = np.asarray(grid)
    columns = grid.shape[1]
    for c in (column - 1, column + 1):
        if 0 <= c < columns and grid[row, c] == grid[row, column]:
            return False
    return True

# %% nbgrader={"grade": true, "grade_id": "a05-q5_1-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
assert is_isolated(CHART, 1, 1) == True, "کد ۱۲ در سطر ۱، ستون ۱ دور و برش ۷، ۷، ۷ و ۳ دارد و هیچ ۱۲ای ندارد: تک است"
assert is_isolated(CHART, 0, 0) == False, "۷ گوشه در سطر ۰، ستون ۰ در سمت راستش یک ۷ دارد: تک نیست"
### BEGIN HIDDEN TESTS
assert is_isolated(CHART, 2, 0) == False, "۳ گوشهٔ بالا و چپ، در سمت راستش یک ۳ دارد"
assert is_isolated([[1, 2, 1]], 0, 1) == True, "در نقشه‌ای که یک رج دارد، ۲ میان دو ۱ تک است"
assert is_isolated([[1, 2, 1], [1, 2, 1]], 0, 1) == False, "۲ای که بالایش یک ۲ هست، تک نیست"
assert is_isolated([[5, 6], [6, 5]], 1, 1) == True, "همسایه‌های مورب (قطری) به حساب نمی‌آیند"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۵٫۲ (۱ نمره) همه را پیدا کنید
# تابع `find_isolated(grid)` را بنویسید که فهرست جفت‌های `(row, column)` (با شمارش از صفر) همهٔ گره‌های تک را
# برگرداند: رج به رج از پایین، و در هر رج از چپ به راست. از `is_isolated` خودتان استفاده کنید.

# %% nbgrader={"grade": false, "grade_id": "a05-q5_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["find_isolated"], "answered_by": ["farshlab.chart.isolated_knots"]}
def find_isolated(grid):
    ### BEGIN SOLUTION
    grid = np.asarray(grid)
    return [(r, c) for r in range(grid.shape[0]) for c in range(grid.shape[1]) if is_isolated(grid, r, c)]
    ### END SOLUTION

# %% farshlab={"library_answer": "a05-q5_2-answer"}
from farshlab.chart import isolated_knots


def find_isolated(grid):
    return [(int(r), int(c)) for r, c in np.argwhere(isolated_knots(np.asarray(grid)))]

# %% farshlab={"wrong_answer": "a05-q5_2-answer", "mistake": "column by column instead of row by row"}
def find_isolated(grid):
    grid = np.asarray(grid)
    return [(r, c) for c in range(grid.shape[1]) for r in range(grid.shape[0]) if is_isolated(grid, r, c)]

# %% farshlab={"wrong_answer": "a05-q5_2-answer", "mistake": "(column, row) pairs instead of (row, column)"}
def find_isolated(grid):
    grid = np.asarray(grid)
    return [(c, r) for r in range(grid.shape[0]) for c in range(grid.shape[1]) if is_isolated(grid, r, c)]

# %% farshlab={"wrong_answer": "a05-q5_2-answer", "mistake": "counts the rows and columns from 1 (the weaver's numbers), not 0"}
def find_isolated(grid):
    grid = np.asarray(grid)
    return [(r + 1, c + 1) for r in range(grid.shape[0]) for c in range(grid.shape[1]) if is_isolated(grid, r, c)]

# %% nbgrader={"grade": true, "grade_id": "a05-q5_2-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، is_isolated نسخهٔ درست است، تا اشتباهی در
# پاسخ‌های قبلی نمرهٔ پرسش ۵٫۲ را هم از بین نبرد.
def _correct_is_isolated(grid, row, column):
    grid = np.asarray(grid)
    rows, columns = grid.shape
    around = ((row - 1, column), (row + 1, column), (row, column - 1), (row, column + 1))
    return not any(0 <= r < rows and 0 <= c < columns and grid[r, c] == grid[row, column] for r, c in around)


_yours = {name: globals().get(name) for name in ["is_isolated"]}
is_isolated = _correct_is_isolated
### END HIDDEN TESTS
got = find_isolated(CHART)
assert [tuple(p) for p in got] == [(1, 1)], f"CHART یک گره تک دارد، در (1, 1)؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
got = [tuple(p) for p in find_isolated([[1, 2, 1], [1, 1, 3]])]
assert got == [(0, 1), (0, 2), (1, 2)], f"انتظار می‌رفت [(0, 1), (0, 2), (1, 2)] باشد، ولی {got} به دست آمد"
assert find_isolated([[4, 4], [4, 4]]) == [], "همه‌جا یک رنگ است: هیچ گره تکی نیست"
got = [tuple(p) for p in find_isolated([[1, 2], [3, 1]])]
assert got == [(0, 0), (0, 1), (1, 0), (1, 1)], (
    "در [[1, 2], [3, 1]] همهٔ گره‌ها تک‌اند؛ آن‌ها را رج به رج از پایین و در هر رج از چپ به راست بیاورید: "
    f"[(0, 0), (0, 1), (1, 0), (1, 1)]؛ تابع شما {got} را داد")
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۵٫۳ (۲ نمره) پاک‌سازی یک گره
# تابع `clean_knot(grid, row, column)` را بنویسید که یک آرایهٔ numpy **تازه** برگرداند (به خود `grid` دست نزنید) که
# در آن، آن گره کدی را بگیرد که بیشترِ همسایه‌های چهارگانه‌اش دارند (فقط همسایه‌هایی که داخل شبکه‌اند). اگر دو کد به
# یک اندازه تکرار شده باشند، کد **کوچک‌تر** را بردارید.
#
# مثال: ۱۲ تک در `(1, 1)` در `CHART` دور و برش ۷، ۷، ۷ و ۳ دارد، پس ۷ می‌شود.

# %% nbgrader={"grade": false, "grade_id": "a05-q5_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["clean_knot"], "answered_by": []}
def clean_knot(grid, row, column):
    ### BEGIN SOLUTION
    new = np.array(grid, copy=True)
    rows, columns = new.shape
    votes = {}
    for r, c in ((row - 1, column), (row + 1, column), (row, column - 1), (row, column + 1)):
        if 0 <= r < rows and 0 <= c < columns:
            code = int(new[r, c])
            votes[code] = votes.get(code, 0) + 1
    most = max(votes.values())
    new[row, column] = min(code for code, count in votes.items() if count == most)
    return new
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a05-q5_3-answer", "mistake": "a tie goes to whichever neighbour was counted first"}
def clean_knot(grid, row, column):
    new = np.array(grid, copy=True)
    rows, columns = new.shape
    votes = {}
    for r, c in ((row - 1, column), (row + 1, column), (row, column - 1), (row, column + 1)):
        if 0 <= r < rows and 0 <= c < columns:
            votes[int(new[r, c])] = votes.get(int(new[r, c]), 0) + 1
    new[row, column] = max(votes, key=votes.get)
    return new

# %% farshlab={"wrong_answer": "a05-q5_3-answer", "mistake": "changes the grid it was given (np.asarray makes no copy)"}
def clean_knot(grid, row, column):
    new = np.asarray(grid)
    rows, columns = new.shape
    votes = {}
    for r, c in ((row - 1, column), (row + 1, column), (row, column - 1), (row, column + 1)):
        if 0 <= r < rows and 0 <= c < columns:
            votes[int(new[r, c])] = votes.get(int(new[r, c]), 0) + 1
    most = max(votes.values())
    new[row, column] = min(code for code, count in votes.items() if count == most)
    return new

# %% farshlab={"wrong_answer": "a05-q5_3-answer", "mistake": "lets the knot itself vote (a 3 × 3 window without the corners)"}
def clean_knot(grid, row, column):
    new = np.array(grid, copy=True)
    rows, columns = new.shape
    votes = {}
    for r, c in ((row, column), (row - 1, column), (row + 1, column), (row, column - 1), (row, column + 1)):
        if 0 <= r < rows and 0 <= c < columns:
            votes[int(new[r, c])] = votes.get(int(new[r, c]), 0) + 1
    most = max(votes.values())
    new[row, column] = min(code for code, count in votes.items() if count == most)
    return new

# %% nbgrader={"grade": true, "grade_id": "a05-q5_3-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
chart = CHART.copy()
got = clean_knot(chart, 1, 1)
assert got[1][1] == 7, f"دور گره سه ۷ و یک ۳ هست: پس ۷ می‌شود؛ تابع شما {got[1][1]} را داد"
assert np.array_equal(chart, CHART), "clean_knot نباید شبکه‌ای را که به آن داده‌اند تغییر دهد: روی یک رونوشت (grid.copy()) کار کنید"
### BEGIN HIDDEN TESTS
assert np.array_equal(clean_knot(CHART.copy(), 1, 1), [[7, 7, 7, 12, 12, 7], [7, 7, 7, 12, 12, 7], [3, 3, 7, 7, 12, 12]]), "فقط همان گره عوض می‌شود"
assert clean_knot([[1, 2, 3]], 0, 1)[0][1] == 1, "دورش یک ۱ و یک ۳ هست: در حالت مساوی، کد کوچک‌تر یعنی ۱ برنده است"
got = clean_knot([[3, 2, 1]], 0, 1)[0][1]
assert got == 1, f"یک ۳ در چپ و یک ۱ در راست: در حالت مساوی، کد کوچک‌تر یعنی ۱ برنده است، هر جا که باشد؛ تابع شما {got} را داد"
got = clean_knot([[9], [2], [5]], 1, 0)[1][0]
assert got == 5, f"یک ۹ پایین و یک ۵ بالا: در حالت مساوی، کد کوچک‌تر یعنی ۵ برنده است؛ تابع شما {got} را داد"
got = clean_knot([[5], [2], [9]], 1, 0)[1][0]
assert got == 5, f"یک ۵ پایین و یک ۹ بالا: در حالت مساوی، کد کوچک‌تر یعنی ۵ برنده است؛ تابع شما {got} را داد"
got = clean_knot([[1, 3, 3]], 0, 1)[0][1]
assert got == 1, f"کد خود گره رأی نمی‌دهد: یک ۱ و یک ۳ در دو طرفش مساوی‌اند، و ۱ برنده است؛ تابع شما {got} را داد"
assert clean_knot([[5, 9], [9, 9]], 0, 0)[0][0] == 9, "گره گوشه دو همسایه دارد و هر دو ۹ هستند"
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۶ — نخ هر رنگ

# %% [markdown]
# ## پرسش ۶٫۱ (۱ نمره) گرم نخ برای چند گره
# تابع `grams_for_knots(knots, cm_per_knot, nm, ply, waste_percent)` را بنویسید: طول به متر = تعداد گره‌ها ضرب در
# سانتی‌متر نخ برای هر گره، تقسیم بر ۱۰۰؛ گرم = متر تقسیم بر (Nm تقسیم بر تعداد لا)؛ سپس پرت را اضافه کنید: ضرب در
# (۱ + `waste_percent` تقسیم بر ۱۰۰).
#
# مثال: ۳۰٬۰۰۰ گره، ۴ سانتی‌متر نخ برای هر گره، Nm برابر ۶، ۲ لا، ۱۰ درصد پرت: ۱٬۲۰۰ متر، یعنی ۴۰۰ گرم، و با پرت
# ۴۴۰ گرم.

# %% nbgrader={"grade": false, "grade_id": "a05-q6_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["grams_for_knots"], "answered_by": ["farshlab.carpet.yarn_grams", "farshlab.carpet.pile_length_m"]}
def grams_for_knots(knots, cm_per_knot, nm, ply, waste_percent):
    ### BEGIN SOLUTION
    metres = knots * cm_per_knot / 100
    return metres / (nm / ply) * (1 + waste_percent / 100)
    ### END SOLUTION

# %% farshlab={"library_answer": "a05-q6_1-answer"}
from farshlab.carpet import pile_length_m, yarn_grams


def grams_for_knots(knots, cm_per_knot, nm, ply, waste_percent):
    return yarn_grams(pile_length_m(knots, cm_per_knot), nm, ply, waste_percent)

# %% farshlab={"wrong_answer": "a05-q6_1-answer", "mistake": "forgets the waste allowance"}
def grams_for_knots(knots, cm_per_knot, nm, ply, waste_percent):
    return knots * cm_per_knot / 100 / (nm / ply)

# %% farshlab={"wrong_answer": "a05-q6_1-answer", "mistake": "leaves the length in cm (no ÷ 100)"}
def grams_for_knots(knots, cm_per_knot, nm, ply, waste_percent):
    return knots * cm_per_knot / (nm / ply) * (1 + waste_percent / 100)

# %% farshlab={"wrong_answer": "a05-q6_1-answer", "mistake": "the waste in percent taken as a fraction: × (1 + 10) instead of × 1.10"}
def grams_for_knots(knots, cm_per_knot, nm, ply, waste_percent):
    return knots * cm_per_knot / 100 / (nm / ply) * (1 + waste_percent)

# %% nbgrader={"grade": true, "grade_id": "a05-q6_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = grams_for_knots(30000, 4, 6, 2, 10)
assert math.isclose(got, 440.0, rel_tol=1e-9), f"۱٬۲۰۰ متر از نخی که هر گرمش ۳ متر است می‌شود ۴۰۰ گرم، و با ۱۰ درصد پرت ۴۴۰ گرم؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert math.isclose(grams_for_knots(178500, 4.5, 8, 2, 5), 2108.53125, rel_tol=1e-9), "انتظار می‌رفت ۲۱۰۸٫۵۳ گرم باشد"
assert math.isclose(grams_for_knots(1000, 4, 6, 2, 0), 13.3333333333, rel_tol=1e-9), "بدون پرت: ۴۰ متر تقسیم بر ۳ متر در هر گرم می‌شود ۱۳٫۳۳ گرم"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۶٫۲ (۲ نمره) گرم نخ برای هر کد
# تابع `grams_per_code(grid, cm_per_knot, nm, ply, waste_percent)` را بنویسید که یک دیکشنری کد ← گرم نخ لازم برای
# آن کد برگرداند، با استفاده از `count_codes` و `grams_for_knots` خودتان.

# %% nbgrader={"grade": false, "grade_id": "a05-q6_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["grams_per_code"], "answered_by": ["farshlab.carpet.pile_grams_per_colour"]}
def grams_per_code(grid, cm_per_knot, nm, ply, waste_percent):
    ### BEGIN SOLUTION
    return {
        code: grams_for_knots(knots, cm_per_knot, nm, ply, waste_percent)
        for code, knots in count_codes(grid).items()
    }
    ### END SOLUTION

# %% farshlab={"library_answer": "a05-q6_2-answer"}
from farshlab.carpet import pile_grams_per_colour


def grams_per_code(grid, cm_per_knot, nm, ply, waste_percent):
    codes, counts = np.unique(np.asarray(grid), return_counts=True)
    knots = {int(code): int(count) for code, count in zip(codes, counts)}
    return pile_grams_per_colour(knots, nm, ply, cm_per_knot, waste_percent)

# %% farshlab={"wrong_answer": "a05-q6_2-answer", "mistake": "gives every code the grams of all the knots of the chart"}
def grams_per_code(grid, cm_per_knot, nm, ply, waste_percent):
    total = sum(count_codes(grid).values())
    return {code: grams_for_knots(total, cm_per_knot, nm, ply, waste_percent) for code in count_codes(grid)}

# %% farshlab={"wrong_answer": "a05-q6_2-answer", "mistake": "Nm and ply passed in the wrong order"}
def grams_per_code(grid, cm_per_knot, nm, ply, waste_percent):
    return {code: grams_for_knots(knots, cm_per_knot, ply, nm, waste_percent) for code, knots in count_codes(grid).items()}

# %% farshlab={"wrong_answer": "a05-q6_2-answer", "mistake": "forgets the waste (passes 0)"}
def grams_per_code(grid, cm_per_knot, nm, ply, waste_percent):
    return {code: grams_for_knots(knots, cm_per_knot, nm, ply, 0) for code, knots in count_codes(grid).items()}

# %% nbgrader={"grade": true, "grade_id": "a05-q6_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، count_codes و grams_for_knots نسخه‌های درست‌اند،
# تا اشتباهی در پاسخ‌های قبلی نمرهٔ پرسش ۶٫۲ را هم از بین نبرد.
def _correct_count_codes(grid):
    codes, counts = np.unique(np.asarray(grid), return_counts=True)
    return {int(code): int(count) for code, count in zip(codes, counts)}


def _correct_grams_for_knots(knots, cm_per_knot, nm, ply, waste_percent):
    return knots * cm_per_knot / 100 / (nm / ply) * (1 + waste_percent / 100)


_yours = {name: globals().get(name) for name in ["count_codes", "grams_for_knots"]}
count_codes = _correct_count_codes
grams_for_knots = _correct_grams_for_knots
### END HIDDEN TESTS
got = grams_per_code(CHART, 4, 6, 2, 10)
assert set(got) == {3, 7, 12}, f"در CHART کدهای ۳، ۷ و ۱۲ به کار رفته‌اند؛ دیکشنری شما این کدها را دارد: {sorted(got)}"
assert math.isclose(got[7], 0.132, rel_tol=1e-9), f"۹ گره با کد ۷: ۰٫۳۶ متر، یعنی ۰٫۱۲ گرم، و با پرت ۰٫۱۳۲ گرم؛ تابع شما {got[7]} را داد"
### BEGIN HIDDEN TESTS
got = grams_per_code(CHART, 4, 6, 2, 10)
assert math.isclose(got[3], 0.0293333333, rel_tol=1e-6), "۲ گره با کد ۳: ۰٫۰۲۹۳ گرم"
assert math.isclose(got[12], 0.1026666667, rel_tol=1e-6), "۷ گره با کد ۱۲: ۰٫۱۰۲۷ گرم"
got = grams_per_code(np.full((500, 357), 1), 4, 6, 2, 0)
assert math.isclose(got[1], 2380.0, rel_tol=1e-9), "همان مثال حل‌شدهٔ ۵۰ در ۷۰ سانتی‌متر، با یک رنگ: ۲٬۳۸۰ گرم"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۷ — به زبان خودتان

# %% [markdown]
# ## پرسش ۷٫۱ (۳ نمره، مربی‌تان می‌خواند)
# (الف) بافنده‌ای که بیست سال است می‌بافد و یک بافندهٔ تازه‌کار، هر کدام همین نقشه را می‌گیرند. کدام شیوهٔ خواندن
# — نقشهٔ شماره‌دار، فهرست رنگ‌های هر رج (چاپ لایه‌ای) یا خواندن با شمارش — را به هر کدام می‌دهید، و چرا؟
# (ب) چرا پاک‌سازی هیچ‌وقت یک گره را با نخی که خیلی فرق دارد (ΔE بزرگ) عوض نمی‌کند؟ مثالی از یک تابلوی چهره بزنید.
# در سه تا پنج جمله، در سلول پایین پاسخ دهید.

# %% [markdown] nbgrader={"grade": true, "grade_id": "a05-q7_1-written", "locked": false, "points": 3, "schema_version": 3, "solution": true}
# (پاسخ نمونهٔ مربی.) (الف) برای بافندهٔ تازه‌کار، نقشهٔ شماره‌دار در نوارهای ۱۰ رجی بهتر است: همهٔ گره‌ها دیده
# می‌شوند، پس اشتباه‌ها را راحت می‌شود پیدا کرد، و خود تصویر هم پیداست. بافندهٔ باتجربه با فهرست رنگ‌های هر رج (هر
# رنگ یک بار در هر رج، و همهٔ گره‌هایش یک‌جا زده می‌شود — همان شیوه‌ای که بیشتر تابلو فرش‌ها با آن بافته می‌شوند) یا با
# خواندن با شمارش که بلند خوانده می‌شود، سریع‌تر کار می‌کند. (ب) گره تکی با نخی که خیلی فرق دارد، معمولاً یک
# جزء واقعی از تصویر است: برق سفید در چشم یا یک مژهٔ تیره. اگر آن را با رنگ همسایه‌هایش عوض کنیم، آن جزء از بین
# می‌رود؛ برای همین پاک‌سازی گره‌ها را فقط با نخی نزدیک عوض می‌کند.
