# ---
# jupyter:
#   farshlab_translation:
#     of: a02_colour.py
#     sha256: 912e8d47068c6fdc237edfe63b753d4f1ed373fcac74a70a3987a70f63d203c1
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
# # تکلیف `a02` — رنگ برای فرش: Lab، ΔE و نزدیک‌ترین نخ
#
# این تکلیف آموخته‌های درس ۲ را به کار می‌گیرد (`lessons/02_colour.ipynb`).
# ۱۵ پرسش دارد و روی هم ۲۶ نمره: ۱۴ تکه کد کوچک که رایانه بررسی‌شان می‌کند (۲۳ نمره) و ۱ پاسخ نوشتاری
# که مربی‌تان می‌خواند (۳ نمره).
#
# **چه باید کرد**
# - سلول‌ها را از بالا با **Shift + Enter** اجرا کنید. اول سلول خاکستری *آماده‌سازی* را که در پایین آمده اجرا کنید.
# - در هر سلول پاسخ، خط `raise NotImplementedError()` را پاک کنید و کد خودتان را جای آن بنویسید.
#   خط `def …` را همان‌طور که هست نگه دارید: نام تابع و ترتیب ورودی‌ها باید همان بماند.
# - زیر هر سلول پاسخ یک **سلول آزمون** قفل‌شده هست. آن را اجرا کنید: اگر چیزی نشان داده نشد، پاسخ شما از
#   آزمون‌هایی که می‌بینید گذشته است. اگر یک کادر صورتی دیدید، خط آخرش را بخوانید. وقتی تکلیف را تحویل
#   می‌دهید، آزمون‌های دیگری (که آن‌ها را نمی‌بینید) پاسخ شما را با رنگ‌های دیگر امتحان می‌کنند؛ پس کدتان را
#   طوری بنویسید که برای هر رنگی درست کار کند.
# - پیش از تحویل، روی دکمهٔ **Validate** کلیک کنید (یا از منو `Kernel → Restart Kernel and Run All Cells…` را بزنید).
# - حساب‌ها را خودتان با `math` و numpy بنویسید: `farshlab.colour` را **`import` نکنید** (کار را به جای شما
#   انجام می‌دهد و گام‌ها را یاد نمی‌گیرید).
#
# از درس به یاد دارید: عددهای sRGB از ۰ تا ۲۵۵ هستند؛ Lab نور روز `D65` را سفید می‌گیرد، با
# $X = 0.9505$، $Y = 1$ و $Z = 1.0890$؛ $L^*$ روشنی است از ۰ تا ۱۰۰، $a^*$ سبز ↔ قرمز و $b^*$ آبی ↔ زرد.

# %% [markdown]
# اول این سلول آماده‌سازی را اجرا کنید (ابزارها و عددهایی را که پرسش‌ها لازم دارند بار می‌کند).

# %% nbgrader={"grade": false, "grade_id": "a02-setup", "locked": true, "schema_version": 3, "solution": false}
import math

import numpy as np

# از sRGB خطی (۰ تا ۱) به XYZ: ماتریس استاندارد sRGB، یعنی IEC 61966-2-1
SRGB_MATRIX = np.array([
    [0.4124, 0.3576, 0.1805],
    [0.2126, 0.7152, 0.0722],
    [0.0193, 0.1192, 0.9505],
])
# سفیدِ نور روز D65، همان‌طور که استاندارد sRGB آن را می‌دهد (X، Y، Z)
WHITE = np.array([0.9505, 1.0, 1.0890])

# %% [markdown]
# # بخش ۱ — کد هگز و RGB

# %% [markdown]
# ## پرسش ۱٫۱ (۱ نمره) از کد هگز به RGB
# تابع `hex_to_rgb(hex_code)` را بنویسید که کدی مثل `"#b3261e"` را به فهرستی از سه عدد صحیح
# `[179, 38, 30]` تبدیل کند. کد از یک `#` و بعد از آن سه جفت رقم هگز (مبنای ۱۶، با حروف کوچک یا بزرگ)
# ساخته شده است: قرمز، سبز، آبی. راهنمایی: `int("b3", 16)` برابر ۱۷۹ است.

# %% nbgrader={"grade": false, "grade_id": "a02-q1_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["hex_to_rgb"], "answered_by": ["farshlab.colour.hex_to_srgb", "colour.notation.HEX_to_RGB", "matplotlib.colors.to_rgb", "PIL.ImageColor.getrgb"]}
def hex_to_rgb(hex_code):
    ### BEGIN SOLUTION
    digits = hex_code.lstrip("#")
    return [int(digits[i:i + 2], 16) for i in (0, 2, 4)]
    ### END SOLUTION

# %% farshlab={"library_answer": "a02-q1_1-answer"}
from farshlab.colour import hex_to_srgb


def hex_to_rgb(hex_code):
    return hex_to_srgb(hex_code).tolist()

# %% farshlab={"library_answer": "a02-q1_1-answer"}
import colour


def hex_to_rgb(hex_code):
    return [round(value * 255) for value in colour.notation.HEX_to_RGB(hex_code)]

# %% farshlab={"library_answer": "a02-q1_1-answer"}
from matplotlib.colors import to_rgb


def hex_to_rgb(hex_code):
    return [round(value * 255) for value in to_rgb(hex_code)]

# %% farshlab={"library_answer": "a02-q1_1-answer"}
from PIL import ImageColor


def hex_to_rgb(hex_code):
    return list(ImageColor.getrgb(hex_code))

# %% farshlab={"wrong_answer": "a02-q1_1-answer", "mistake": "forgets the '#': reads the pairs from the first character"}
def hex_to_rgb(hex_code):
    return [int(hex_code[i:i + 2], 16) for i in (0, 2, 4)]

# %% farshlab={"wrong_answer": "a02-q1_1-answer", "mistake": "blue, green, red: the pairs in the wrong order"}
def hex_to_rgb(hex_code):
    digits = hex_code.lstrip("#")
    return [int(digits[i:i + 2], 16) for i in (4, 2, 0)]

# %% farshlab={"wrong_answer": "a02-q1_1-answer", "mistake": "one hexadecimal digit per colour instead of two"}
def hex_to_rgb(hex_code):
    digits = hex_code.lstrip("#")
    return [int(digits[i], 16) for i in (0, 1, 2)]

# %% nbgrader={"grade": true, "grade_id": "a02-q1_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = hex_to_rgb("#b3261e")
assert list(got) == [179, 38, 30], f"#b3261e یعنی قرمز ۱۷۹ (b3)، سبز ۳۸ (26) و آبی ۳۰ (1e)؛ تابع شما {got} را داد"
assert all(isinstance(value, int) for value in got), "هر مقدار باید یک عدد صحیح (int) باشد"
### BEGIN HIDDEN TESTS
assert list(hex_to_rgb("#FFFFFF")) == [255, 255, 255], "#FFFFFF (با حروف بزرگ) سفید است: [255, 255, 255]"
assert list(hex_to_rgb("#000000")) == [0, 0, 0], "#000000 سیاه است: [0, 0, 0]"
assert list(hex_to_rgb("#1f2a44")) == [31, 42, 68], f"#1f2a44 باید [31, 42, 68] بدهد؛ تابع شما {hex_to_rgb('#1f2a44')} را داد"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۱٫۲ (۱ نمره) از RGB به کد هگز
# تابع `rgb_to_hex(rgb)` را بنویسید که سه عدد صحیح از ۰ تا ۲۵۵ را به کدی به شکل `"#rrggbb"` تبدیل کند،
# با **حروف کوچک** و دو رقم برای هر رنگ. راهنمایی: `f"{179:02x}"` می‌شود `"b3"` و `f"{5:02x}"` می‌شود `"05"`.

# %% nbgrader={"grade": false, "grade_id": "a02-q1_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["rgb_to_hex"], "answered_by": ["farshlab.colour.srgb_to_hex", "colour.notation.RGB_to_HEX", "matplotlib.colors.to_hex"]}
def rgb_to_hex(rgb):
    ### BEGIN SOLUTION
    red, green, blue = rgb
    return f"#{red:02x}{green:02x}{blue:02x}"
    ### END SOLUTION

# %% farshlab={"library_answer": "a02-q1_2-answer"}
from farshlab.colour import srgb_to_hex


def rgb_to_hex(rgb):
    return srgb_to_hex(list(rgb))

# %% farshlab={"library_answer": "a02-q1_2-answer"}
import colour


def rgb_to_hex(rgb):
    return colour.notation.RGB_to_HEX(np.asarray(rgb) / 255)

# %% farshlab={"library_answer": "a02-q1_2-answer"}
from matplotlib.colors import to_hex


def rgb_to_hex(rgb):
    return to_hex(np.asarray(rgb) / 255)

# %% farshlab={"wrong_answer": "a02-q1_2-answer", "mistake": "no leading zero: {5:x} gives '5', not '05'"}
def rgb_to_hex(rgb):
    red, green, blue = rgb
    return f"#{red:x}{green:x}{blue:x}"

# %% farshlab={"wrong_answer": "a02-q1_2-answer", "mistake": "upper-case digits (:02X)"}
def rgb_to_hex(rgb):
    red, green, blue = rgb
    return f"#{red:02X}{green:02X}{blue:02X}"

# %% farshlab={"wrong_answer": "a02-q1_2-answer", "mistake": "forgets the '#'"}
def rgb_to_hex(rgb):
    red, green, blue = rgb
    return f"{red:02x}{green:02x}{blue:02x}"

# %% nbgrader={"grade": true, "grade_id": "a02-q1_2-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = rgb_to_hex([179, 38, 30])
assert got == "#b3261e", f"[179, 38, 30] باید '#b3261e' بدهد؛ تابع شما {got!r} را داد"
### BEGIN HIDDEN TESTS
assert rgb_to_hex([5, 10, 15]) == "#050a0f", f"عددهای کوچک یک ۰ در جلو لازم دارند: '#050a0f'؛ تابع شما {rgb_to_hex([5, 10, 15])!r} را داد"
assert rgb_to_hex((255, 255, 255)) == "#ffffff", "سفید با حروف کوچک '#ffffff' است"
assert rgb_to_hex([31, 42, 68]) == "#1f2a44", f"[31, 42, 68] باید '#1f2a44' بدهد؛ تابع شما {rgb_to_hex([31, 42, 68])!r} را داد"
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۲ — از sRGB به Lab، گام به گام

# %% [markdown]
# ## پرسش ۲٫۱ (۲ نمره) گام ۱: خطی کردن یک کانال
# عددهای صفحهٔ نمایش با مقدار نور متناسب نیستند. تابع `linearise(value)` را برای **یک** کانال بنویسید که
# به صورت یک عدد صحیح از ۰ تا ۲۵۵ داده می‌شود. به زبان ساده: عدد را بر ۲۵۵ تقسیم کنید تا `c` به دست آید؛
# اگر `c` برابر `0.04045` یا کمتر باشد، جواب `c / 12.92` است؛ وگرنه جواب `((c + 0.055) / 1.055) ** 2.4`
# است. یک عدد اعشاری (`float`) برگردانید.
#
# مثال: `linearise(128)` حدود ۰٫۲۱۵۸۶ است.

# %% nbgrader={"grade": false, "grade_id": "a02-q2_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["linearise"], "answered_by": ["farshlab.colour.srgb_to_linear", "colour.models.eotf_sRGB", "colour.cctf_decoding"]}
def linearise(value):
    ### BEGIN SOLUTION
    c = value / 255
    if c <= 0.04045:
        return c / 12.92
    return ((c + 0.055) / 1.055) ** 2.4
    ### END SOLUTION

# %% farshlab={"library_answer": "a02-q2_1-answer"}
from farshlab.colour import srgb_to_linear


def linearise(value):
    return float(srgb_to_linear([value, value, value])[0])

# %% farshlab={"library_answer": "a02-q2_1-answer"}
import colour


def linearise(value):
    return float(colour.cctf_decoding(value / 255, function="sRGB"))

# %% farshlab={"wrong_answer": "a02-q2_1-answer", "mistake": "forgets to divide by 255"}
def linearise(value):
    c = value
    if c <= 0.04045:
        return c / 12.92
    return ((c + 0.055) / 1.055) ** 2.4

# %% farshlab={"wrong_answer": "a02-q2_1-answer", "mistake": "a plain power 2.2 instead of the two-part formula"}
def linearise(value):
    return (value / 255) ** 2.2

# %% farshlab={"wrong_answer": "a02-q2_1-answer", "mistake": "compares the 0-255 number, not c, with 0.04045"}
def linearise(value):
    c = value / 255
    if value <= 0.04045:
        return c / 12.92
    return ((c + 0.055) / 1.055) ** 2.4

# %% nbgrader={"grade": true, "grade_id": "a02-q2_1-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = linearise(128)
assert math.isclose(got, 0.2158605, abs_tol=1e-6), f"linearise(128) باید حدود ۰٫۲۱۵۸۶۰۵ باشد؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert math.isclose(linearise(10), 0.0030352698, abs_tol=1e-9), f"۱۰ ÷ ۲۵۵ = ۰٫۰۳۹۲ کمتر از ۰٫۰۴۰۴۵ است، پس باید بر ۱۲٫۹۲ تقسیم شود: ۰٫۰۰۳۰۳۵۳؛ تابع شما {linearise(10)} را داد"
assert math.isclose(linearise(255), 1.0, abs_tol=1e-12), "نور کامل (۲۵۵) باید ۱ بماند"
assert math.isclose(linearise(0), 0.0, abs_tol=1e-12), "بی‌نوری (۰) باید ۰ بماند"
assert math.isclose(linearise(200), 0.5775804, abs_tol=1e-6), f"linearise(200) باید حدود ۰٫۵۷۷۵۸ باشد؛ تابع شما {linearise(200)} را داد"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۲٫۲ (۲ نمره) گام ۲: ماتریس، از RGB به $XYZ$
# تابع `rgb_to_xyz(rgb)` را بنویسید: هر سه کانال را با `linearise` خودتان خطی کنید، آن‌ها را در یک آرایهٔ
# numpy بگذارید، و `SRGB_MATRIX` از سلول آماده‌سازی را در آن ضرب کنید (`SRGB_MATRIX @ linear`). آرایهٔ
# numpy `[X, Y, Z]` را برگردانید.
#
# مثال: سفید `[255, 255, 255]` عددهای `[0.9505, 1.0, 1.089]` را می‌دهد، یعنی خود سفید.

# %% nbgrader={"grade": false, "grade_id": "a02-q2_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["rgb_to_xyz"], "answered_by": ["farshlab.colour.linear_rgb_to_xyz"]}
def rgb_to_xyz(rgb):
    ### BEGIN SOLUTION
    linear = np.array([linearise(value) for value in rgb])
    return SRGB_MATRIX @ linear
    ### END SOLUTION

# %% farshlab={"library_answer": "a02-q2_2-answer"}
from farshlab.colour import linear_rgb_to_xyz


def rgb_to_xyz(rgb):
    c = np.asarray(rgb) / 255
    return linear_rgb_to_xyz(np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4))

# %% farshlab={"wrong_answer": "a02-q2_2-answer", "mistake": "forgets to linearise: multiplies the screen numbers ÷ 255"}
def rgb_to_xyz(rgb):
    return SRGB_MATRIX @ (np.array(rgb) / 255)

# %% farshlab={"wrong_answer": "a02-q2_2-answer", "mistake": "linear @ SRGB_MATRIX: the matrix on the wrong side"}
def rgb_to_xyz(rgb):
    linear = np.array([linearise(value) for value in rgb])
    return linear @ SRGB_MATRIX

# %% farshlab={"wrong_answer": "a02-q2_2-answer", "mistake": "multiplies the raw 0-255 numbers"}
def rgb_to_xyz(rgb):
    return SRGB_MATRIX @ np.array(rgb)

# %% nbgrader={"grade": true, "grade_id": "a02-q2_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، linearise نسخهٔ درست است، تا
# اشتباهی در پاسخ‌های قبلی نمرهٔ پرسش ۲٫۲ را هم از بین نبرد.
def _correct_linearise(value):
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


_yours = {name: globals().get(name) for name in ["linearise"]}
linearise = _correct_linearise
### END HIDDEN TESTS
got = rgb_to_xyz([255, 255, 255])
assert np.shape(got) == (3,), f"جواب باید سه عدد X، Y و Z باشد؛ شکل (shape) جواب شما {np.shape(got)} است"
assert np.allclose(got, [0.9505, 1.0, 1.089], atol=1e-9), f"سفید باید [0.9505, 1.0, 1.089] بدهد؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
got = rgb_to_xyz([179, 38, 30])
assert np.allclose(got, [0.19517863, 0.11063670, 0.02335092], atol=1e-7), f"[179, 38, 30] باید حدود [0.19518, 0.11064, 0.02335] بدهد؛ تابع شما {got} را داد"
got = rgb_to_xyz([0, 128, 0])
assert np.allclose(got, [0.07719171, 0.15438343, 0.02573057], atol=1e-7), f"[0, 128, 0] باید حدود [0.07719, 0.15438, 0.02573] بدهد؛ تابع شما {got} را داد"
assert np.allclose(rgb_to_xyz([0, 0, 0]), [0, 0, 0], atol=1e-12), "سیاه باید [0, 0, 0] بدهد"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۲٫۳ (۱ نمره) گام ۳ (الف): تابع $f(t)$
# Lab از هر نسبت `t` ($X$ تقسیم بر $X$ سفید، و همین‌طور برای $Y$ و $Z$) (تقریباً) ریشهٔ سوم می‌گیرد. رنگ‌های
# خیلی تیره به جای آن یک خط راست را به کار می‌برند. تابع `lab_f(t)` را بنویسید: اگر `t > 216 / 24389` باشد،
# `t ** (1 / 3)` را برگردانید؛ وگرنه `(24389 / 27 * t + 16) / 116` را برگردانید.
#
# مثال: `lab_f(0.216)` برابر ۰٫۶ است (چون ۰٫۶ × ۰٫۶ × ۰٫۶ = ۰٫۲۱۶).

# %% nbgrader={"grade": false, "grade_id": "a02-q2_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["lab_f"], "answered_by": ["colour.colorimetry.intermediate_lightness_function_CIE1976"]}
def lab_f(t):
    ### BEGIN SOLUTION
    if t > 216 / 24389:
        return t ** (1 / 3)
    return (24389 / 27 * t + 16) / 116
    ### END SOLUTION

# %% farshlab={"library_answer": "a02-q2_3-answer"}
import colour


def lab_f(t):
    return float(colour.colorimetry.intermediate_lightness_function_CIE1976(t, 1))

# %% farshlab={"wrong_answer": "a02-q2_3-answer", "mistake": "the cube, t ** 3, instead of the cube root"}
def lab_f(t):
    if t > 216 / 24389:
        return t ** 3
    return (24389 / 27 * t + 16) / 116

# %% farshlab={"wrong_answer": "a02-q2_3-answer", "mistake": "the cube root everywhere: forgets the straight line for dark colours"}
def lab_f(t):
    return t ** (1 / 3)

# %% farshlab={"wrong_answer": "a02-q2_3-answer", "mistake": "the two parts the wrong way round"}
def lab_f(t):
    if t < 216 / 24389:
        return t ** (1 / 3)
    return (24389 / 27 * t + 16) / 116

# %% nbgrader={"grade": true, "grade_id": "a02-q2_3-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = lab_f(0.216)
assert math.isclose(got, 0.6, abs_tol=1e-9), f"lab_f(0.216) باید ۰٫۶ باشد (ریشهٔ سوم)؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert math.isclose(lab_f(0.001), 0.1457180715, abs_tol=1e-9), f"۰٫۰۰۱ کمتر از ۲۱۶ ÷ ۲۴۳۸۹ است، پس باید خط راست را به کار ببرید: ۰٫۱۴۵۷۱۸؛ تابع شما {lab_f(0.001)} را داد"
assert math.isclose(lab_f(1.0), 1.0, abs_tol=1e-12), "lab_f(1) باید ۱ باشد"
assert math.isclose(lab_f(0.5), 0.7937005260, abs_tol=1e-9), f"lab_f(0.5) همان ریشهٔ سوم، یعنی ۰٫۷۹۳۷، است؛ تابع شما {lab_f(0.5)} را داد"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۲٫۴ (۲ نمره) گام ۳ (ب): از $XYZ$ به Lab
# تابع `xyz_to_lab(xyz)` را بنویسید که یک آرایهٔ numpy به شکل `[L, a, b]` برگرداند:
#
# 1. $X$، $Y$ و $Z$ را بر سفید `WHITE` تقسیم کنید ($X$ بر ۰٫۹۵۰۵، $Y$ بر ۱ و $Z$ بر ۱٫۰۸۹۰) و `lab_f` را روی
#    هر کدام به کار ببرید تا `fx, fy, fz` به دست آید؛
# 2. `L = 116 * fy - 16`، `a = 500 * (fx - fy)`، `b = 200 * (fy - fz)`.
#
# مثال: سفید `[0.9505, 1.0, 1.089]` عددهای `[100, 0, 0]` را می‌دهد.

# %% nbgrader={"grade": false, "grade_id": "a02-q2_4-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["xyz_to_lab"], "answered_by": ["farshlab.colour.xyz_to_lab", "colour.XYZ_to_Lab"]}
def xyz_to_lab(xyz):
    ### BEGIN SOLUTION
    fx, fy, fz = (lab_f(value / white) for value, white in zip(xyz, WHITE))
    return np.array([116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)])
    ### END SOLUTION

# %% farshlab={"library_answer": "a02-q2_4-answer"}
from farshlab.colour import xyz_to_lab as _xyz_to_lab


def xyz_to_lab(xyz):
    return _xyz_to_lab(xyz)

# %% farshlab={"library_answer": "a02-q2_4-answer"}
import colour


def xyz_to_lab(xyz):
    return colour.XYZ_to_Lab(np.asarray(xyz), illuminant=colour.XYZ_to_xy(WHITE))

# %% farshlab={"wrong_answer": "a02-q2_4-answer", "mistake": "forgets to divide by the white"}
def xyz_to_lab(xyz):
    fx, fy, fz = (lab_f(value) for value in xyz)
    return np.array([116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)])

# %% farshlab={"wrong_answer": "a02-q2_4-answer", "mistake": "a* the wrong way round: 500 × (fy − fx)"}
def xyz_to_lab(xyz):
    fx, fy, fz = (lab_f(value / white) for value, white in zip(xyz, WHITE))
    return np.array([116 * fy - 16, 500 * (fy - fx), 200 * (fy - fz)])

# %% farshlab={"wrong_answer": "a02-q2_4-answer", "mistake": "forgets the − 16 in L*"}
def xyz_to_lab(xyz):
    fx, fy, fz = (lab_f(value / white) for value, white in zip(xyz, WHITE))
    return np.array([116 * fy, 500 * (fx - fy), 200 * (fy - fz)])

# %% nbgrader={"grade": true, "grade_id": "a02-q2_4-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، lab_f نسخهٔ درست است، تا
# اشتباهی در پاسخ‌های قبلی نمرهٔ پرسش ۲٫۴ را هم از بین نبرد.
def _correct_lab_f(t):
    return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116


_yours = {name: globals().get(name) for name in ["lab_f"]}
lab_f = _correct_lab_f
### END HIDDEN TESTS
got = xyz_to_lab([0.9505, 1.0, 1.089])
assert np.shape(got) == (3,), f"جواب باید سه عدد L، a و b باشد؛ شکل (shape) جواب شما {np.shape(got)} است"
assert np.allclose(got, [100, 0, 0], atol=1e-9), f"سفید باید L = ۱۰۰، a = ۰ و b = ۰ بدهد؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
got = xyz_to_lab([0.2, 0.3, 0.4])
assert np.allclose(got, [61.654222, -37.324465, -9.345622], atol=1e-5), f"[0.2, 0.3, 0.4] باید حدود [61.654, -37.324, -9.346] بدهد؛ تابع شما {got} را داد"
got = xyz_to_lab([0.001, 0.002, 0.003])
assert np.allclose(got, [1.806593, -3.690752, -1.175564], atol=1e-5), f"رنگ خیلی تیره خط راستِ lab_f را به کار می‌برد: حدود [1.8066, -3.6908, -1.1756]؛ تابع شما {got} را داد"
got = xyz_to_lab([0.19517863, 0.11063670, 0.02335092])
assert np.allclose(got, [39.6875, 54.9505, 40.4495], atol=1e-3), f"قرمز روناسی #b3261e حدود L = ۳۹٫۶۹، a = ۵۴٫۹۵ و b = ۴۰٫۴۵ است؛ تابع شما {got} را داد"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۳ — اختلاف رنگ، خلوص رنگ (کروما) و فام

# %% [markdown]
# ## پرسش ۳٫۱ (۱ نمره) $\Delta E_{76}$
# تابع `delta_e76(lab1, lab2)` را بنویسید: فاصلهٔ مستقیم میان دو رنگ Lab،
# $\sqrt{(L_1 - L_2)^2 + (a_1 - a_2)^2 + (b_1 - b_2)^2}$، به صورت یک عدد اعشاری (`float`).

# %% nbgrader={"grade": false, "grade_id": "a02-q3_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["delta_e76"], "answered_by": ["farshlab.colour.delta_e_cie76", "colour.difference.delta_E_CIE1976", "skimage.color.deltaE_cie76", "scipy.spatial.distance.euclidean"]}
def delta_e76(lab1, lab2):
    ### BEGIN SOLUTION
    return math.sqrt(sum((first - second) ** 2 for first, second in zip(lab1, lab2)))
    ### END SOLUTION

# %% farshlab={"library_answer": "a02-q3_1-answer"}
from farshlab.colour import delta_e_cie76


def delta_e76(lab1, lab2):
    return float(delta_e_cie76(lab1, lab2))

# %% farshlab={"library_answer": "a02-q3_1-answer"}
import colour


def delta_e76(lab1, lab2):
    return float(colour.difference.delta_E_CIE1976(lab1, lab2))

# %% farshlab={"library_answer": "a02-q3_1-answer"}
from skimage.color import deltaE_cie76


def delta_e76(lab1, lab2):
    return float(deltaE_cie76(lab1, lab2))

# %% farshlab={"library_answer": "a02-q3_1-answer"}
from scipy.spatial.distance import euclidean


def delta_e76(lab1, lab2):
    return float(euclidean(lab1, lab2))

# %% farshlab={"wrong_answer": "a02-q3_1-answer", "mistake": "forgets the square root"}
def delta_e76(lab1, lab2):
    return sum((first - second) ** 2 for first, second in zip(lab1, lab2))

# %% farshlab={"wrong_answer": "a02-q3_1-answer", "mistake": "adds the differences without squaring them"}
def delta_e76(lab1, lab2):
    return sum(abs(first - second) for first, second in zip(lab1, lab2))

# %% farshlab={"wrong_answer": "a02-q3_1-answer", "mistake": "leaves out the lightness L*"}
def delta_e76(lab1, lab2):
    return math.hypot(lab1[1] - lab2[1], lab1[2] - lab2[2])

# %% nbgrader={"grade": true, "grade_id": "a02-q3_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = delta_e76([50, 10, 10], [53, 14, 22])
assert math.isclose(got, 13.0, abs_tol=1e-9), f"تفاضل‌های ۳، ۴ و ۱۲ می‌دهند √(۹ + ۱۶ + ۱۴۴) = ۱۳؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert math.isclose(delta_e76([62.5, -3.2, 18.0], [60.1, 2.4, 15.3]), 6.6640828326, abs_tol=1e-8), "انتظار می‌رفت ۶٫۶۶۴۰۸ باشد"
assert math.isclose(delta_e76([20, 0, 0], [20, 0, 0]), 0.0, abs_tol=1e-12), "فاصلهٔ هر رنگ از خودش ۰ است"
assert math.isclose(delta_e76([53, 14, 22], [50, 10, 10]), 13.0, abs_tol=1e-9), "ترتیب دو رنگ نباید فرقی بکند"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۳٫۲ (۱ نمره) خلوص رنگ (کروما)
# تابع `chroma(lab)` را بنویسید: اینکه یک رنگ چقدر از خاکستری دور است، $C^* = \sqrt{a^{*2} + b^{*2}}$، به صورت
# یک عدد اعشاری (`float`).

# %% nbgrader={"grade": false, "grade_id": "a02-q3_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["chroma"], "answered_by": ["farshlab.colour.lab_to_lch", "colour.Lab_to_LCHab"]}
def chroma(lab):
    ### BEGIN SOLUTION
    return math.hypot(lab[1], lab[2])
    ### END SOLUTION

# %% farshlab={"library_answer": "a02-q3_2-answer"}
from farshlab.colour import lab_to_lch


def chroma(lab):
    return float(lab_to_lch(lab)[1])

# %% farshlab={"library_answer": "a02-q3_2-answer"}
import colour


def chroma(lab):
    return float(colour.Lab_to_LCHab(lab)[1])

# %% farshlab={"wrong_answer": "a02-q3_2-answer", "mistake": "counts L* in as well"}
def chroma(lab):
    return math.sqrt(lab[0] ** 2 + lab[1] ** 2 + lab[2] ** 2)

# %% farshlab={"wrong_answer": "a02-q3_2-answer", "mistake": "a* + b* without squares"}
def chroma(lab):
    return abs(lab[1]) + abs(lab[2])

# %% farshlab={"wrong_answer": "a02-q3_2-answer", "mistake": "takes L* and a* (positions 0 and 1) instead of a* and b*"}
def chroma(lab):
    return math.hypot(lab[0], lab[1])

# %% nbgrader={"grade": true, "grade_id": "a02-q3_2-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = chroma([50, 3, 4])
assert math.isclose(got, 5.0, abs_tol=1e-9), f"a* = ۳ و b* = ۴ کرومای √(۹ + ۱۶) = ۵ را می‌دهند؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert math.isclose(chroma([60, -20, -20]), 28.2842712475, abs_tol=1e-8), "کرومای a* = −۲۰ و b* = −۲۰ برابر ۲۸٫۲۸۴۳ است"
assert math.isclose(chroma([50, 0, 0]), 0.0, abs_tol=1e-12), "کرومای خاکستری ۰ است"
assert math.isclose(chroma([45, 55, 40]), 68.0073525437, abs_tol=1e-8), "کرومای a* = ۵۵ و b* = ۴۰ برابر ۶۸٫۰۰۷۴ است"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۳٫۳ (۲ نمره) زاویهٔ فام
# تابع `hue_angle(lab)` را بنویسید: جهت رنگ به دور محور خاکستری، **به درجه، از ۰ تا کمتر از ۳۶۰** (خود ۳۶۰
# نه): `math.degrees(math.atan2(b, a))`، بعد زاویه‌های منفی را با افزودن ۳۶۰ مثبت کنید (یا `% 360` را به
# کار ببرید). خاکستری ($a^* = b^* = 0$) زاویهٔ ۰ می‌گیرد.
#
# مثال: $a^* = 3$ و $b^* = 4$ زاویهٔ ۵۳٫۱۳° را می‌دهند.

# %% nbgrader={"grade": false, "grade_id": "a02-q3_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["hue_angle"], "answered_by": ["skimage.color.lab2lch"]}
def hue_angle(lab):
    ### BEGIN SOLUTION
    return math.degrees(math.atan2(lab[2], lab[1])) % 360
    ### END SOLUTION

# %% farshlab={"library_answer": "a02-q3_3-answer"}
from skimage.color import lab2lch


def hue_angle(lab):
    return float(np.degrees(lab2lch(np.asarray(lab, dtype=float))[2]))

# %% farshlab={"wrong_answer": "a02-q3_3-answer", "mistake": "forgets % 360: gives −90° instead of 270°"}
def hue_angle(lab):
    return math.degrees(math.atan2(lab[2], lab[1]))

# %% farshlab={"wrong_answer": "a02-q3_3-answer", "mistake": "atan2(a, b) instead of atan2(b, a)"}
def hue_angle(lab):
    return math.degrees(math.atan2(lab[1], lab[2])) % 360

# %% farshlab={"wrong_answer": "a02-q3_3-answer", "mistake": "math.atan(b / a): loses the quarter and fails for a grey"}
def hue_angle(lab):
    return math.degrees(math.atan(lab[2] / lab[1])) % 360

# %% nbgrader={"grade": true, "grade_id": "a02-q3_3-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = hue_angle([50, 3, 4])
assert math.isclose(got, 53.1301023542, abs_tol=1e-8), f"a* = ۳ و b* = ۴ رو به ۵۳٫۱۳° هستند؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
got = hue_angle([40, 0, -2])
assert math.isclose(got, 270.0, abs_tol=1e-9), f"درست رو به آبی (b* منفی) یعنی ۲۷۰°، نه −۹۰°؛ تابع شما {got} را داد"
assert math.isclose(hue_angle([60, -20, -20]), 225.0, abs_tol=1e-9), f"a* = −۲۰ و b* = −۲۰ یعنی ۲۲۵°؛ تابع شما {hue_angle([60, -20, -20])} را داد"
assert math.isclose(hue_angle([70, -30, 10]), 161.5650511771, abs_tol=1e-8), "a* = −۳۰ و b* = ۱۰ یعنی ۱۶۱٫۵۶۵°"
assert math.isclose(hue_angle([50, 0, 0]), 0.0, abs_tol=1e-12), "خاکستری فام ۰ می‌گیرد"
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۴ — CIEDE2000، گام به گام
# گام‌ها و جفت‌های آزمون از مقالهٔ شارما، وو و دالال (۲۰۰۵) آمده‌اند: 
# `G. Sharma, W. Wu, E. N. Dalal, "The CIEDE2000 color-difference formula: implementation notes, supplementary test data, and mathematical observations", Color Research and Application 30(1):21–30, 2005`.
# زاویه‌ها اینجا **به درجه** هستند؛ داخل
# `math.cos` و `math.sin` از `math.radians` استفاده کنید.

# %% [markdown]
# ## پرسش ۴٫۱ (۲ نمره) ضریب $G$
# CIEDE2000 اول $a^*$ رنگ‌های مایل به خاکستری را کش می‌دهد. تابع `g_factor(lab1, lab2)` را بنویسید:
#
# 1. کرومای هر رنگ، `C1` و `C2` (مثل پرسش ۳٫۲)، و میانگین آن‌ها `C_mean = (C1 + C2) / 2`؛
# 2. `G = 0.5 * (1 - math.sqrt(C_mean ** 7 / (C_mean ** 7 + 25 ** 7)))`.
#
# $G$ برای رنگ‌های نزدیک به خاکستری نزدیک ۰٫۵ است و برای رنگ‌های پررنگ نزدیک ۰.

# %% nbgrader={"grade": false, "grade_id": "a02-q4_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["g_factor"], "answered_by": []}
def g_factor(lab1, lab2):
    ### BEGIN SOLUTION
    c_mean = (chroma(lab1) + chroma(lab2)) / 2
    return 0.5 * (1 - math.sqrt(c_mean**7 / (c_mean**7 + 25**7)))
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a02-q4_1-answer", "mistake": "C_mean ** 7 / 25 ** 7 under the root, without adding C_mean ** 7 below"}
def g_factor(lab1, lab2):
    c_mean = (chroma(lab1) + chroma(lab2)) / 2
    return 0.5 * (1 - math.sqrt(c_mean**7 / 25**7))

# %% farshlab={"wrong_answer": "a02-q4_1-answer", "mistake": "the chroma of the mean colour instead of the mean of the two chromas"}
def g_factor(lab1, lab2):
    c_mean = math.hypot((lab1[1] + lab2[1]) / 2, (lab1[2] + lab2[2]) / 2)
    return 0.5 * (1 - math.sqrt(c_mean**7 / (c_mean**7 + 25**7)))

# %% farshlab={"wrong_answer": "a02-q4_1-answer", "mistake": "forgets the 0.5"}
def g_factor(lab1, lab2):
    c_mean = (chroma(lab1) + chroma(lab2)) / 2
    return 1 - math.sqrt(c_mean**7 / (c_mean**7 + 25**7))

# %% nbgrader={"grade": true, "grade_id": "a02-q4_1-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، chroma نسخهٔ درست است، تا
# اشتباهی در پاسخ‌های قبلی نمرهٔ پرسش ۴٫۱ را هم از بین نبرد.
def _correct_chroma(lab):
    return math.hypot(lab[1], lab[2])


_yours = {name: globals().get(name) for name in ["chroma"]}
chroma = _correct_chroma
### END HIDDEN TESTS
got = g_factor([50.0, 2.6772, -79.7751], [50.0, 0.0, -82.7485])
assert math.isclose(got, 0.0000650714, abs_tol=1e-9), f"جفت ۱ شارما (دو آبی پررنگ) G = ۰٫۰۰۰۰۶۵۱ دارد؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
got = g_factor([50.0, 0.0, 0.0], [50.0, -1.0, 2.0])
assert math.isclose(got, 0.4999905426, abs_tol=1e-9), f"جفت ۷ شارما (نزدیک به خاکستری) G = ۰٫۴۹۹۹۹ دارد؛ تابع شما {got} را داد"
got = g_factor([50.0, 2.5, 0.0], [73.0, 25.0, -18.0])
assert math.isclose(got, 0.3827495365, abs_tol=1e-9), f"جفت ۱۷ شارما G = ۰٫۳۸۲۷۵ دارد؛ تابع شما {got} را داد"
got = g_factor([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])
assert math.isclose(got, 0.0017026886, abs_tol=1e-9), f"جفت ۲۵ شارما G = ۰٫۰۰۱۷۰۲۷ دارد؛ تابع شما {got} را داد"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۴٫۲ (۲ نمره) $a'$، $C'$ و $h'$ یک رنگ
# تابع `prime_values(lab, G)` را بنویسید که سه عدد `(a_p, C_p, h_p)` یک رنگ را برگرداند:
#
# - `a_p = (1 + G) * a` ($a^*$ کش‌داده‌شده)؛
# - `C_p = √(a_p² + b²)`؛
# - `h_p` = زاویهٔ فام `(a_p, b)` به درجه، از ۰ تا ۳۶۰، مثل پرسش ۳٫۳؛ **وقتی `a_p` و `b` هر دو ۰ باشند، ۰**.

# %% nbgrader={"grade": false, "grade_id": "a02-q4_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["prime_values"], "answered_by": []}
def prime_values(lab, G):
    ### BEGIN SOLUTION
    a_p = (1 + G) * lab[1]
    c_p = math.hypot(a_p, lab[2])
    h_p = 0.0 if c_p == 0 else hue_angle([lab[0], a_p, lab[2]])
    return a_p, c_p, h_p
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a02-q4_2-answer", "mistake": "the hue from a*, not from the stretched a′"}
def prime_values(lab, G):
    a_p = (1 + G) * lab[1]
    c_p = math.hypot(a_p, lab[2])
    return a_p, c_p, hue_angle(lab)

# %% farshlab={"wrong_answer": "a02-q4_2-answer", "mistake": "a′ = G × a: forgets the 1 +"}
def prime_values(lab, G):
    a_p = G * lab[1]
    c_p = math.hypot(a_p, lab[2])
    h_p = 0.0 if c_p == 0 else math.degrees(math.atan2(lab[2], a_p)) % 360
    return a_p, c_p, h_p

# %% farshlab={"wrong_answer": "a02-q4_2-answer", "mistake": "leaves h′ negative (no % 360)"}
def prime_values(lab, G):
    a_p = (1 + G) * lab[1]
    c_p = math.hypot(a_p, lab[2])
    h_p = 0.0 if c_p == 0 else math.degrees(math.atan2(lab[2], a_p))
    return a_p, c_p, h_p

# %% nbgrader={"grade": true, "grade_id": "a02-q4_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، chroma و hue_angle نسخه‌های
# درست‌اند، تا اشتباهی در پاسخ‌های قبلی نمرهٔ پرسش ۴٫۲ را هم از بین نبرد.
def _correct_chroma(lab):
    return math.hypot(lab[1], lab[2])


def _correct_hue_angle(lab):
    return math.degrees(math.atan2(lab[2], lab[1])) % 360


_yours = {name: globals().get(name) for name in ["chroma", "hue_angle"]}
chroma = _correct_chroma
hue_angle = _correct_hue_angle
### END HIDDEN TESTS
got = prime_values([50.0, 2.6772, -79.7751], 0.0000650714)
assert len(got) == 3, f"سه عدد (a_p, C_p, h_p) برگردانید؛ تابع شما {got} را داد"
assert np.allclose(got, [2.6773742, 79.8200157, 271.9222124], atol=1e-6), (
    f"جفت ۱ شارما، رنگ اول: a' = ۲٫۶۷۷۳۷، C' = ۷۹٫۸۲۰۰۲ و h' = ۲۷۱٫۹۲۲۲۱؛ تابع شما {got} را داد"
)
### BEGIN HIDDEN TESTS
got = prime_values([50.0, -1.0, 2.0], 0.4999905426)
assert np.allclose(got, [-1.4999905, 2.4999943, 126.8697242], atol=1e-6), f"جفت ۷ شارما، رنگ دوم: a' = −۱٫۴۹۹۹۹، C' = ۲٫۴۹۹۹۹ و h' = ۱۲۶٫۸۶۹۷؛ تابع شما {got} را داد"
got = prime_values([50.0, 0.0, 0.0], 0.4999905426)
assert np.allclose(got, [0.0, 0.0, 0.0], atol=1e-12), f"خاکستری a' = C' = h' = ۰ دارد؛ تابع شما {got} را داد"
got = prime_values([73.0, 25.0, -18.0], 0.3827495365)
assert np.allclose(got, [34.5687384, 38.9743207, 332.4939315], atol=1e-6), f"جفت ۱۷ شارما، رنگ دوم: a' = ۳۴٫۵۶۸۷۴، C' = ۳۸٫۹۷۴۳۲ و h' = ۳۳۲٫۴۹۳۹؛ تابع شما {got} را داد"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۴٫۳ (۳ نمره) کل CIEDE2000
# تابع `ciede2000(lab1, lab2)` را بنویسید (با `kL = kC = kH = 1`)، و در آن `g_factor` و `prime_values` خودتان
# را به کار ببرید:
#
# 1. `G = g_factor(lab1, lab2)`؛ `(a1p, C1p, h1p)` و `(a2p, C2p, h2p)` از `prime_values`.
# 2. تفاضل‌ها: `dL = L2 - L1`، `dC = C2p - C1p`. فام: اگر `C1p * C2p == 0` باشد، `dh = 0`؛ وگرنه
#    `dh = h2p - h1p`، بعد اگر `dh > 180` بود ۳۶۰ کم کنید و اگر `dh < -180` بود ۳۶۰ اضافه کنید.
#    `dH = 2 * math.sqrt(C1p * C2p) * math.sin(math.radians(dh / 2))`.
# 3. میانگین‌ها: `L_m = (L1 + L2) / 2`، `C_m = (C1p + C2p) / 2`. میانگین فام `h_m`: اگر `C1p * C2p == 0` باشد،
#    `h_m = h1p + h2p`؛ وگرنه اگر `abs(h1p - h2p) <= 180` باشد، `h_m = (h1p + h2p) / 2`؛ وگرنه اگر
#    `h1p + h2p < 360` باشد، `h_m = (h1p + h2p + 360) / 2`؛ وگرنه `h_m = (h1p + h2p - 360) / 2`.
# 4. `T = 1 - 0.17 cos(h_m - 30°) + 0.24 cos(2 h_m) + 0.32 cos(3 h_m + 6°) - 0.20 cos(4 h_m - 63°)`.
# 5. `d_theta = 30 * exp(-((h_m - 275) / 25) ** 2)` (به درجه)؛
#    `R_C = 2 * sqrt(C_m ** 7 / (C_m ** 7 + 25 ** 7))`؛ `R_T = -sin(2 * d_theta) * R_C`.
# 6. `S_L = 1 + 0.015 (L_m - 50)² / sqrt(20 + (L_m - 50)²)`، `S_C = 1 + 0.045 C_m`،
#    `S_H = 1 + 0.015 C_m T`.
# 7. `ΔE00 = √((dL/S_L)² + (dC/S_C)² + (dH/S_H)² + R_T (dC/S_C)(dH/S_H))`.

# %% nbgrader={"grade": false, "grade_id": "a02-q4_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["ciede2000"], "answered_by": ["farshlab.colour.delta_e_ciede2000", "farshlab.colour.delta_e", "colour.delta_E", "colour.difference.delta_E_CIE2000", "skimage.color.deltaE_ciede2000"]}
def ciede2000(lab1, lab2):
    ### BEGIN SOLUTION
    G = g_factor(lab1, lab2)
    _, c1p, h1p = prime_values(lab1, G)
    _, c2p, h2p = prime_values(lab2, G)
    d_l = lab2[0] - lab1[0]
    d_c = c2p - c1p
    product = c1p * c2p
    if product == 0:
        dh = 0.0
    else:
        dh = h2p - h1p
        if dh > 180:
            dh -= 360
        elif dh < -180:
            dh += 360
    d_h = 2 * math.sqrt(product) * math.sin(math.radians(dh / 2))
    l_m = (lab1[0] + lab2[0]) / 2
    c_m = (c1p + c2p) / 2
    if product == 0:
        h_m = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_m = (h1p + h2p) / 2
    elif h1p + h2p < 360:
        h_m = (h1p + h2p + 360) / 2
    else:
        h_m = (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_m - 30))
        + 0.24 * math.cos(math.radians(2 * h_m))
        + 0.32 * math.cos(math.radians(3 * h_m + 6))
        - 0.20 * math.cos(math.radians(4 * h_m - 63))
    )
    d_theta = 30 * math.exp(-(((h_m - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(c_m**7 / (c_m**7 + 25**7))
    r_t = -math.sin(math.radians(2 * d_theta)) * r_c
    s_l = 1 + 0.015 * (l_m - 50) ** 2 / math.sqrt(20 + (l_m - 50) ** 2)
    s_c = 1 + 0.045 * c_m
    s_h = 1 + 0.015 * c_m * t
    return math.sqrt(
        (d_l / s_l) ** 2 + (d_c / s_c) ** 2 + (d_h / s_h) ** 2 + r_t * (d_c / s_c) * (d_h / s_h)
    )
    ### END SOLUTION

# %% farshlab={"library_answer": "a02-q4_3-answer"}
from farshlab.colour import delta_e_ciede2000


def ciede2000(lab1, lab2):
    return float(delta_e_ciede2000(lab1, lab2))

# %% farshlab={"library_answer": "a02-q4_3-answer"}
from farshlab.colour import delta_e


def ciede2000(lab1, lab2):
    return float(delta_e(lab1, lab2, method="ciede2000"))

# %% farshlab={"library_answer": "a02-q4_3-answer"}
import colour


def ciede2000(lab1, lab2):
    return float(colour.delta_E(lab1, lab2, method="CIE 2000"))

# %% farshlab={"library_answer": "a02-q4_3-answer"}
import colour


def ciede2000(lab1, lab2):
    return float(colour.difference.delta_E_CIE2000(lab1, lab2))

# %% farshlab={"library_answer": "a02-q4_3-answer"}
from skimage.color import deltaE_ciede2000


def ciede2000(lab1, lab2):
    return float(deltaE_ciede2000(lab1, lab2))

# %% farshlab={"wrong_answer": "a02-q4_3-answer", "mistake": "forgets to bring the hue difference into −180…180 (the 360 wrap)"}
def ciede2000(lab1, lab2):
    G = g_factor(lab1, lab2)
    _, c1p, h1p = prime_values(lab1, G)
    _, c2p, h2p = prime_values(lab2, G)
    d_l = lab2[0] - lab1[0]
    d_c = c2p - c1p
    product = c1p * c2p
    dh = 0.0 if product == 0 else h2p - h1p
    d_h = 2 * math.sqrt(product) * math.sin(math.radians(dh / 2))
    l_m = (lab1[0] + lab2[0]) / 2
    c_m = (c1p + c2p) / 2
    if product == 0:
        h_m = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_m = (h1p + h2p) / 2
    elif h1p + h2p < 360:
        h_m = (h1p + h2p + 360) / 2
    else:
        h_m = (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_m - 30))
        + 0.24 * math.cos(math.radians(2 * h_m))
        + 0.32 * math.cos(math.radians(3 * h_m + 6))
        - 0.20 * math.cos(math.radians(4 * h_m - 63))
    )
    d_theta = 30 * math.exp(-(((h_m - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(c_m**7 / (c_m**7 + 25**7))
    r_t = -math.sin(math.radians(2 * d_theta)) * r_c
    s_l = 1 + 0.015 * (l_m - 50) ** 2 / math.sqrt(20 + (l_m - 50) ** 2)
    s_c = 1 + 0.045 * c_m
    s_h = 1 + 0.015 * c_m * t
    return math.sqrt((d_l / s_l) ** 2 + (d_c / s_c) ** 2 + (d_h / s_h) ** 2 + r_t * (d_c / s_c) * (d_h / s_h))

# %% farshlab={"wrong_answer": "a02-q4_3-answer", "mistake": "the mean hue as a plain average, without the cases across 0°/360°"}
def ciede2000(lab1, lab2):
    G = g_factor(lab1, lab2)
    _, c1p, h1p = prime_values(lab1, G)
    _, c2p, h2p = prime_values(lab2, G)
    d_l = lab2[0] - lab1[0]
    d_c = c2p - c1p
    product = c1p * c2p
    dh = 0.0 if product == 0 else h2p - h1p
    if product != 0 and dh > 180:
        dh -= 360
    elif product != 0 and dh < -180:
        dh += 360
    d_h = 2 * math.sqrt(product) * math.sin(math.radians(dh / 2))
    l_m = (lab1[0] + lab2[0]) / 2
    c_m = (c1p + c2p) / 2
    if product == 0:
        h_m = h1p + h2p
    else:
        h_m = (h1p + h2p) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_m - 30))
        + 0.24 * math.cos(math.radians(2 * h_m))
        + 0.32 * math.cos(math.radians(3 * h_m + 6))
        - 0.20 * math.cos(math.radians(4 * h_m - 63))
    )
    d_theta = 30 * math.exp(-(((h_m - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(c_m**7 / (c_m**7 + 25**7))
    r_t = -math.sin(math.radians(2 * d_theta)) * r_c
    s_l = 1 + 0.015 * (l_m - 50) ** 2 / math.sqrt(20 + (l_m - 50) ** 2)
    s_c = 1 + 0.045 * c_m
    s_h = 1 + 0.015 * c_m * t
    return math.sqrt((d_l / s_l) ** 2 + (d_c / s_c) ** 2 + (d_h / s_h) ** 2 + r_t * (d_c / s_c) * (d_h / s_h))

# %% farshlab={"wrong_answer": "a02-q4_3-answer", "mistake": "degrees straight into math.cos in T (no math.radians)"}
def ciede2000(lab1, lab2):
    G = g_factor(lab1, lab2)
    _, c1p, h1p = prime_values(lab1, G)
    _, c2p, h2p = prime_values(lab2, G)
    d_l = lab2[0] - lab1[0]
    d_c = c2p - c1p
    product = c1p * c2p
    dh = 0.0 if product == 0 else h2p - h1p
    if product != 0 and dh > 180:
        dh -= 360
    elif product != 0 and dh < -180:
        dh += 360
    d_h = 2 * math.sqrt(product) * math.sin(math.radians(dh / 2))
    l_m = (lab1[0] + lab2[0]) / 2
    c_m = (c1p + c2p) / 2
    if product == 0:
        h_m = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_m = (h1p + h2p) / 2
    elif h1p + h2p < 360:
        h_m = (h1p + h2p + 360) / 2
    else:
        h_m = (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(h_m - 30)
        + 0.24 * math.cos(2 * h_m)
        + 0.32 * math.cos(3 * h_m + 6)
        - 0.20 * math.cos(4 * h_m - 63)
    )
    d_theta = 30 * math.exp(-(((h_m - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(c_m**7 / (c_m**7 + 25**7))
    r_t = -math.sin(math.radians(2 * d_theta)) * r_c
    s_l = 1 + 0.015 * (l_m - 50) ** 2 / math.sqrt(20 + (l_m - 50) ** 2)
    s_c = 1 + 0.045 * c_m
    s_h = 1 + 0.015 * c_m * t
    return math.sqrt((d_l / s_l) ** 2 + (d_c / s_c) ** 2 + (d_h / s_h) ** 2 + r_t * (d_c / s_c) * (d_h / s_h))

# %% nbgrader={"grade": true, "grade_id": "a02-q4_3-tests", "locked": true, "points": 3, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، chroma، hue_angle، g_factor و
# prime_values نسخه‌های درست‌اند، تا اشتباهی در پاسخ‌های قبلی نمرهٔ پرسش ۴٫۳ را هم از بین نبرد.
def _correct_chroma(lab):
    return math.hypot(lab[1], lab[2])


def _correct_hue_angle(lab):
    return math.degrees(math.atan2(lab[2], lab[1])) % 360


def _correct_g_factor(lab1, lab2):
    c_mean = (math.hypot(lab1[1], lab1[2]) + math.hypot(lab2[1], lab2[2])) / 2
    return 0.5 * (1 - math.sqrt(c_mean**7 / (c_mean**7 + 25**7)))


def _correct_prime_values(lab, G):
    a_p = (1 + G) * lab[1]
    c_p = math.hypot(a_p, lab[2])
    return a_p, c_p, 0.0 if c_p == 0 else math.degrees(math.atan2(lab[2], a_p)) % 360


_yours = {name: globals().get(name) for name in ["chroma", "hue_angle", "g_factor", "prime_values"]}
chroma = _correct_chroma
hue_angle = _correct_hue_angle
g_factor = _correct_g_factor
prime_values = _correct_prime_values
### END HIDDEN TESTS
got = ciede2000([50.0, 2.6772, -79.7751], [50.0, 0.0, -82.7485])
assert math.isclose(got, 2.0425, abs_tol=1e-4), f"جفت ۱ شارما ΔE00 = ۲٫۰۴۲۵ دارد (عدد منتشرشده)؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
# مقدارهای مورد انتظار: شارما، وو و دالال ۲۰۰۵، جدول ۱ (جفت‌های ۷، ۱۳، ۱۷، ۲۱، ۲۵ و ۳۴)
assert math.isclose(ciede2000([50.0, 0.0, 0.0], [50.0, -1.0, 2.0]), 2.3669, abs_tol=1e-4), "جفت ۷ شارما (یک خاکستری) باید ۲٫۳۶۶۹ بدهد"
assert math.isclose(ciede2000([50.0, -0.001, 2.49], [50.0, 0.0009, -2.49]), 4.8045, abs_tol=1e-4), "جفت ۱۳ شارما (دو فام با ۱۸۰° فاصله) باید ۴٫۸۰۴۵ بدهد"
assert math.isclose(ciede2000([50.0, 2.5, 0.0], [73.0, 25.0, -18.0]), 27.1492, abs_tol=1e-4), "جفت ۱۷ شارما باید ۲۷٫۱۴۹۲ بدهد"
assert math.isclose(ciede2000([50.0, 2.5, 0.0], [50.0, 3.1736, 0.5854]), 1.0, abs_tol=1e-4), "جفت ۲۱ شارما باید ۱٫۰۰۰۰ بدهد"
assert math.isclose(ciede2000([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387]), 1.2644, abs_tol=1e-4), "جفت ۲۵ شارما باید ۱٫۲۶۴۴ بدهد"
assert math.isclose(ciede2000([2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514]), 0.9082, abs_tol=1e-4), "جفت ۳۴ شارما (خیلی تیره) باید ۰٫۹۰۸۲ بدهد"
assert math.isclose(ciede2000([50.0, 0.0009, -2.49], [50.0, -0.001, 2.49]), 4.8045, abs_tol=1e-4), "CIEDE2000 متقارن است: اگر جای دو رنگ جفت ۱۳ را عوض کنید، باز هم باید ۴٫۸۰۴۵ به دست آید"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۵ — راهنمای رنگ نخ‌ها

# %% [markdown]
# ## پرسش ۵٫۱ (۲ نمره) نزدیک‌ترین نخ
# یک راهنمای رنگ کوچک، دیکشنری‌ای به شکل `{code: (L, a, b)}` است. تابع `nearest_yarn(lab, legend)` را بنویسید
# که **کد** نخی را برگرداند که کمترین $\Delta E_{76}$ را با رنگ `lab` دارد (می‌توانید `delta_e76` خودتان را
# صدا بزنید).
#
# مثال: با `{1: (95, 0, 2), 2: (40, 55, 40), 3: (25, 5, -30)}`، رنگ `(42, 50, 38)` از همه به نخ ۲
# نزدیک‌تر است.

# %% nbgrader={"grade": false, "grade_id": "a02-q5_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["nearest_yarn"], "answered_by": ["farshlab.colour.nearest_yarn", "farshlab.colour.k_nearest_yarns"]}
def nearest_yarn(lab, legend):
    ### BEGIN SOLUTION
    return min(legend, key=lambda code: delta_e76(lab, legend[code]))
    ### END SOLUTION

# %% farshlab={"library_answer": "a02-q5_1-answer"}
from farshlab.colour import nearest_yarn as _nearest


def nearest_yarn(lab, legend):
    codes = list(legend)
    index, _ = _nearest(np.array([lab], dtype=float), np.array([legend[c] for c in codes], dtype=float), method="cie76")
    return codes[int(index[0])]

# %% farshlab={"library_answer": "a02-q5_1-answer"}
from farshlab.colour import k_nearest_yarns


def nearest_yarn(lab, legend):
    codes = list(legend)
    index, _ = k_nearest_yarns(np.array([lab], dtype=float), np.array([legend[c] for c in codes], dtype=float), 1, method="cie76")
    return codes[int(index[0][0])]

# %% farshlab={"wrong_answer": "a02-q5_1-answer", "mistake": "returns the yarn's Lab colour instead of its code"}
def nearest_yarn(lab, legend):
    return legend[min(legend, key=lambda code: delta_e76(lab, legend[code]))]

# %% farshlab={"wrong_answer": "a02-q5_1-answer", "mistake": "max instead of min: the farthest yarn"}
def nearest_yarn(lab, legend):
    return max(legend, key=lambda code: delta_e76(lab, legend[code]))

# %% farshlab={"wrong_answer": "a02-q5_1-answer", "mistake": "compares the lightness L* only"}
def nearest_yarn(lab, legend):
    return min(legend, key=lambda code: abs(lab[0] - legend[code][0]))

# %% nbgrader={"grade": true, "grade_id": "a02-q5_1-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، delta_e76 نسخهٔ درست است، تا
# اشتباهی در پاسخ‌های قبلی نمرهٔ پرسش ۵٫۱ را هم از بین نبرد.
def _correct_delta_e76(lab1, lab2):
    return math.dist(lab1, lab2)


_yours = {name: globals().get(name) for name in ["delta_e76"]}
delta_e76 = _correct_delta_e76
### END HIDDEN TESTS
small_legend = {1: (95, 0, 2), 2: (40, 55, 40), 3: (25, 5, -30)}
got = nearest_yarn((42, 50, 38), small_legend)
assert got == 2, f"(42, 50, 38) از همه به نخ ۲ با رنگ (40, 55, 40) نزدیک‌تر است؛ تابع شما {got!r} را داد"
### BEGIN HIDDEN TESTS
legend = {12: (88, 4, 18), 40: (40, 55, 40), 53: (24, 6, -30), 68: (52, -30, 28), 87: (68, -6, -24)}
assert nearest_yarn((70, -8, -20), legend) == 87, f"یک رنگ آسمانی از همه به نخ ۸۷ نزدیک‌تر است؛ تابع شما {nearest_yarn((70, -8, -20), legend)!r} را داد"
assert nearest_yarn((50, -25, 30), legend) == 68, "یک رنگ برگی از همه به نخ ۶۸ نزدیک‌تر است"
assert nearest_yarn((85, 6, 20), legend) == 12, "یک رنگ کرم از همه به نخ ۱۲ نزدیک‌تر است"
assert nearest_yarn((24, 6, -30), legend) == 53, "رنگی که با نخ ۵۳ یکی است، از همه به خود نخ ۵۳ نزدیک‌تر است"
got = nearest_yarn((40, -30, 28), legend)
assert got == 68, (
    "سبز تیرهٔ (40, -30, 28) از همه به سبز برگی ۶۸ نزدیک‌تر است (ΔE76 برابر ۱۲)، نه به قرمز ۴۰ که همان "
    f"روشنی را دارد (ΔE76 برابر ۸۶): هر سه عدد L*، a* و b* را مقایسه کنید؛ تابع شما {got!r} را داد")
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۵٫۲ (۱ نمره) از روشن به تیره
# برنامه‌های نقشه اغلب نخ‌ها را از روشن به تیره شماره می‌زنند. تابع `light_to_dark(legend)` را بنویسید که
# فهرست کدهای راهنمای رنگ را برگرداند، مرتب‌شده بر اساس $L^*$، از **روشن‌ترین** ($L^*$ بزرگ‌تر) تا تیره‌ترین.
#
# مثال: `{1: (40, 0, 0), 2: (90, 0, 0), 3: (10, 0, 0)}` می‌دهد `[2, 1, 3]`.

# %% nbgrader={"grade": false, "grade_id": "a02-q5_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["light_to_dark"], "answered_by": []}
def light_to_dark(legend):
    ### BEGIN SOLUTION
    return sorted(legend, key=lambda code: legend[code][0], reverse=True)
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a02-q5_2-answer", "mistake": "dark to light: forgets reverse=True"}
def light_to_dark(legend):
    return sorted(legend, key=lambda code: legend[code][0])

# %% farshlab={"wrong_answer": "a02-q5_2-answer", "mistake": "sorts the codes themselves, not by L*"}
def light_to_dark(legend):
    return sorted(legend, reverse=True)

# %% farshlab={"wrong_answer": "a02-q5_2-answer", "mistake": "returns the L* values instead of the codes"}
def light_to_dark(legend):
    return sorted((lab[0] for lab in legend.values()), reverse=True)

# %% nbgrader={"grade": true, "grade_id": "a02-q5_2-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = light_to_dark({1: (40, 0, 0), 2: (90, 0, 0), 3: (10, 0, 0)})
assert list(got) == [2, 1, 3], f"اول روشن‌ترین: نخ ۲ (L = ۹۰)، نخ ۱ (L = ۴۰)، نخ ۳ (L = ۱۰)؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
legend = {12: (88, 4, 18), 40: (40, 55, 40), 53: (24, 6, -30), 68: (52, -30, 28), 87: (68, -6, -24)}
assert list(light_to_dark(legend)) == [12, 87, 68, 40, 53], f"انتظار می‌رفت [12, 87, 68, 40, 53] باشد؛ تابع شما {light_to_dark(legend)} را داد"
assert list(light_to_dark({7: (55.5, 0, 0)})) == [7], "راهنمای رنگی که یک نخ دارد، فهرستی با همان یک کد می‌دهد"
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۶ — به زبان خودتان

# %% [markdown]
# ## پرسش ۶٫۱ (۳ نمره، مربی‌تان می‌خواند) $\Delta E_{76}$ یکسان، ظاهر متفاوت
# دو جفت نخ هر دو $\Delta E_{76} = 5$ دارند: یک جفت سرمه‌ای تیره و یک جفت زرد روشن و پررنگ.
# در سه تا پنج جمله: (الف) آیا بافنده این دو جفت را به یک اندازه متفاوت می‌بیند؟ چرا، یا چرا نه؟ (ب) برای
# انتخاب نخ‌های یک نقشه کدام روش ΔE و کدام تنظیم را به کار می‌برید، و برای اینکه تصمیم بگیرید یک بچ رنگ تازه
# با بچ قبلی جور است یا نه، کدام را؟ و چرا؟ (ج) دو نخ در کارگاه زیر نور روز با هم جورند؛ مشتری می‌گوید در خانه
# با هم فرق دارند. چه اتفاقی افتاده است، و پیش از رنگرزی بچ بعدی چه چیزی را بررسی می‌کنید؟

# %% [markdown] nbgrader={"grade": true, "grade_id": "a02-q6_1-written", "locked": false, "points": 3, "schema_version": 3, "solution": true}
# (پاسخ نمونهٔ مربی اینجا می‌آید؛ در نسخه‌ای که به کارآموزان داده می‌شود، به جای آن `YOUR ANSWER HERE` دیده می‌شود.)
# (الف) نه: CIELAB فقط تقریباً یکنواخت است. چشم رنگ‌های پررنگ و اشباع‌شده، مثل زردهای روشن، را کمتر از آنچه
# $\Delta E_{76}$ می‌شمارد از هم جدا می‌کند (CIEDE2000 اختلاف خلوص و فام آن‌ها را خیلی کوچک‌تر حساب می‌کند)، در
# حالی که سرمه‌ای‌ها خلوص بسیار کمتری دارند، و آبی همان جایی است که فام‌های CIELAB از همه ناهموارترند؛ پس جفت
# سرمه‌ای معمولاً متفاوت‌تر از جفت زرد به چشم می‌آید. خودِ تیرگی دلیلش نیست: CIEDE2000 یک گام روشنی را در رنگی
# تیره کمی کوچک‌تر از همان گام در روشنی میانه حساب می‌کند.
# (ب) CIEDE2000، که این ناهمواری‌ها را اصلاح می‌کند. برای انتخاب نخی که به رنگی از یک تصویر نزدیک‌تر است،
# تنظیم مرجع `kL = 1`، همان که ابزارهای نقشهٔ farshlab به کار می‌برند (پرسش این است: «کدام نخ نزدیک‌تر
# است؟»). برای سنجیدن یک بچ رنگ تازه در برابر بچ قبلی، رواداری نساجی، یعنی `kL = 2` یا `CMC 2:1`، چون میان دو
# نخ یک گام کوچک در روشنی کمتر از یک گام در فام اهمیت دارد. فقط با یک روش و یک تنظیم مقایسه کنید.
# (ج) متامریسم: دو نخ نور را در طول طیف به شکل متفاوتی بازمی‌تابانند و فقط زیر نور روز با هم جورند. در نور روز
# داوری کنید، زیر نور دومی (لامپ رشته‌ای، نور مغازه) هم بررسی کنید، و بچ بعدی را با همان رنگزاهای بچ اول
# رنگرزی کنید، نه با دستور دیگری که فقط در نور روز جور درمی‌آید.
