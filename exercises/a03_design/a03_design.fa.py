# ---
# jupyter:
#   farshlab_translation:
#     of: a03_design.py
#     sha256: 6fef906d7aa4b9a25ea109359ecd35799a8bb7c6f9258ba246648040efa61ea6
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
# # تکلیف `a03` — طراحی: شبکهٔ گره، قرینه‌سازی، حاشیه‌ها و بردن تصویر به اندازهٔ نقشه
#
# این تکلیف آموخته‌های درس ۳ را به کار می‌گیرد (`lessons/03_design.ipynb`).
# ۱۷ پرسش دارد و روی هم ۲۷ نمره: ۱۶ تکه کد کوچک که رایانه بررسی‌شان می‌کند (۲۴ نمره) و ۱ نقد نوشتاری
# دربارهٔ یک طرح که مربی‌تان می‌خواند (۳ نمره).
#
# **چه باید کرد** (همان کارهای تکلیف‌های قبلی)
# - سلول‌ها را از بالا با **Shift + Enter** اجرا کنید. اول سلول خاکستری *آماده‌سازی* را که در پایین آمده اجرا کنید.
# - در هر سلول پاسخ، خط `raise NotImplementedError()` را پاک کنید و کد خودتان را جای آن بنویسید.
#   خط `def …` را همان‌طور که هست نگه دارید: نام تابع و ترتیب ورودی‌ها باید همان بماند.
# - **سلول آزمون** زیر هر پاسخ را اجرا کنید. اگر چیزی نشان داده نشد، پاسخ شما از آزمون‌هایی که می‌بینید
#   گذشته است. اگر یک کادر صورتی دیدید، خط آخرش را بخوانید: می‌گوید چه انتظاری می‌رفت. وقتی تکلیف را تحویل
#   می‌دهید، آزمون‌های دیگری (که آن‌ها را نمی‌بینید) تابع شما را با شبکه‌های دیگر امتحان می‌کنند؛ پس آن را
#   طوری بنویسید که برای هر اندازه‌ای درست کار کند.
# - کد را خودتان با numpy بنویسید. اینجا از `farshlab` **استفاده نکنید**: هدف این است که خودتان از پسش بربیایید.
# - پیش از تحویل: روی دکمهٔ **Validate** کلیک کنید، یا از منو `Kernel → Restart Kernel and Run All Cells…` را بزنید.
#
# از درس به یاد دارید: یک طرح، آرایه‌ای numpy از کدهای رنگ است، برای هر گره یک کد؛ `grid[row, column]`؛
# **سطر ۰ رج پایین است**، یعنی اولین رجی که بافنده می‌زند (بافنده آن را رج ۱ می‌نامد). نقشهٔ یک‌چهارم،
# یک‌چهارمِ **پایین و چپِ** زمینه است.

# %% [markdown]
# اول این سلول آماده‌سازی را اجرا کنید.

# %% nbgrader={"grade": false, "grade_id": "a03-setup", "locked": true, "schema_version": 3, "solution": false}
import math

import numpy as np

# %% [markdown]
# # بخش ۱ — کشیدن روی شبکهٔ گره

# %% [markdown]
# ## پرسش ۱٫۱ (۱ نمره) یک نقشهٔ خالی
# تابع `empty_chart(rows, knots_across, ground)` را بنویسید که یک آرایهٔ numpy با `rows` سطر و
# `knots_across` ستون برگرداند که در هر گره‌اش عدد صحیح `ground` باشد. راهنمایی: `np.full`، با
# `dtype=int`.

# %% nbgrader={"grade": false, "grade_id": "a03-q1_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["empty_chart"], "answered_by": ["farshlab.design.blank_grid"]}
def empty_chart(rows, knots_across, ground):
    ### BEGIN SOLUTION
    return np.full((rows, knots_across), ground, dtype=int)
    ### END SOLUTION

# %% farshlab={"library_answer": "a03-q1_1-answer"}
from farshlab.design import blank_grid


def empty_chart(rows, knots_across, ground):
    return blank_grid(rows, knots_across, ground)

# %% farshlab={"wrong_answer": "a03-q1_1-answer", "mistake": "rows and knots across swapped in the shape"}
def empty_chart(rows, knots_across, ground):
    return np.full((knots_across, rows), ground, dtype=int)

# %% farshlab={"wrong_answer": "a03-q1_1-answer", "mistake": "np.ones(...) * ground: decimal numbers (float), not whole-number codes"}
def empty_chart(rows, knots_across, ground):
    return np.ones((rows, knots_across)) * ground

# %% farshlab={"wrong_answer": "a03-q1_1-answer", "mistake": "np.zeros: forgets the ground code"}
def empty_chart(rows, knots_across, ground):
    return np.zeros((rows, knots_across), dtype=int)

# %% nbgrader={"grade": true, "grade_id": "a03-q1_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = empty_chart(2, 3, 5)
assert np.shape(got) == (2, 3), f"۲ رج با ۳ گره: شکل (shape) باید (2, 3) باشد؛ تابع شما {np.shape(got)} را داد"
assert np.array_equal(got, [[5, 5, 5], [5, 5, 5]]), f"همهٔ گره‌ها باید ۵ باشند؛ تابع شما {got} را داد"
assert np.issubdtype(np.asarray(got).dtype, np.integer), "کدهای رنگ عدد صحیح‌اند: dtype=int را به کار ببرید"
### BEGIN HIDDEN TESTS
assert np.array_equal(empty_chart(1, 4, 0), [[0, 0, 0, 0]]), "۱ رج با ۴ گره، همه با کد ۰"
assert np.shape(empty_chart(10, 7, 3)) == (10, 7), "۱۰ رج با ۷ گره: شکل (10, 7)، اول رج‌ها"
assert np.issubdtype(np.asarray(empty_chart(3, 3, 2)).dtype, np.integer), "dtype=int را به کار ببرید"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۱٫۲ (۲ نمره) رنگ کردن یک مستطیل
# تابع `paint_rectangle(grid, bottom, left, rows, columns, code)` را بنویسید که یک شبکهٔ **تازه** برگرداند (با
# `grid.copy()` شروع کنید: شبکهٔ اصلی نباید تغییر کند) که در آن، مستطیلی از `rows × columns` گره که گرهٔ پایین
# و چپش در سطر `bottom` و ستون `left` است، کد `code` را داشته باشد. مستطیل همیشه در شبکه جا می‌شود.
#
# مثال: روی یک شبکهٔ ۴ × ۵، `paint_rectangle(grid, 1, 1, 2, 3, 7)` سطرهای ۱ تا ۲ و ستون‌های ۱ تا ۳ را رنگ می‌کند.

# %% nbgrader={"grade": false, "grade_id": "a03-q1_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["paint_rectangle"], "answered_by": ["farshlab.design.draw_rectangle", "skimage.draw.rectangle"]}
def paint_rectangle(grid, bottom, left, rows, columns, code):
    ### BEGIN SOLUTION
    new = grid.copy()
    new[bottom:bottom + rows, left:left + columns] = code
    return new
    ### END SOLUTION

# %% farshlab={"library_answer": "a03-q1_2-answer"}
from farshlab.design import draw_rectangle


def paint_rectangle(grid, bottom, left, rows, columns, code):
    return draw_rectangle(grid, bottom, left, rows, columns, code)

# %% farshlab={"library_answer": "a03-q1_2-answer"}
from skimage.draw import rectangle


def paint_rectangle(grid, bottom, left, rows, columns, code):
    new = grid.copy()
    new[rectangle((bottom, left), extent=(rows, columns))] = code
    return new

# %% farshlab={"wrong_answer": "a03-q1_2-answer", "mistake": "paints the grid it was given (no copy)"}
def paint_rectangle(grid, bottom, left, rows, columns, code):
    grid[bottom:bottom + rows, left:left + columns] = code
    return grid

# %% farshlab={"wrong_answer": "a03-q1_2-answer", "mistake": "one row and one column too many (bottom + rows + 1)"}
def paint_rectangle(grid, bottom, left, rows, columns, code):
    new = grid.copy()
    new[bottom:bottom + rows + 1, left:left + columns + 1] = code
    return new

# %% farshlab={"wrong_answer": "a03-q1_2-answer", "mistake": "counts the rows from the top"}
def paint_rectangle(grid, bottom, left, rows, columns, code):
    new = grid.copy()
    top = grid.shape[0] - bottom
    new[top - rows:top, left:left + columns] = code
    return new

# %% nbgrader={"grade": true, "grade_id": "a03-q1_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
grid = np.zeros((4, 5), dtype=int)
got = paint_rectangle(grid, 1, 1, 2, 3, 7)
expected = [[0, 0, 0, 0, 0], [0, 7, 7, 7, 0], [0, 7, 7, 7, 0], [0, 0, 0, 0, 0]]
assert np.array_equal(got, expected), f"سطرهای ۱ تا ۲ و ستون‌های ۱ تا ۳ باید ۷ باشند:\n{np.array(expected)}\nتابع شما این را داد:\n{got}"
assert (grid == 0).all(), "شبکهٔ اصلی تغییر کرد: با new = grid.copy() شروع کنید"
### BEGIN HIDDEN TESTS
got = paint_rectangle(np.ones((3, 3), dtype=int), 0, 0, 1, 1, 4)
assert np.array_equal(got, [[4, 1, 1], [1, 1, 1], [1, 1, 1]]), f"یک گره در پایین و چپ (سطر ۰، ستون ۰)؛ تابع شما {got} را داد"
got = paint_rectangle(np.zeros((6, 4), dtype=int), 2, 0, 4, 4, 9)
assert int((got == 9).sum()) == 16 and (got[:2] == 0).all() and (got[2:] == 9).all(), "سطرهای ۲ تا ۵، همهٔ ستون‌ها: ۱۶ گره"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۱٫۳ (۲ نمره) کشیدن یک ترنج گرد
# یک گره وقتی جزو دایره است که مرکزش داخل دایره باشد:
# `(row - centre_row)² + (column - centre_column)² ≤ radius²`. تابع
# `paint_circle(grid, centre_row, centre_column, radius, code)` را بنویسید که یک شبکهٔ تازه برگرداند که این
# گره‌ها در آن رنگ شده باشند. راهنمایی: `rows, columns = np.indices(grid.shape)` سطر و ستون همهٔ گره‌ها را
# می‌دهد؛ آرایه‌ها را با هم مقایسه کنید تا یک ماسک `True`/`False` بسازید، بعد `new[mask] = code`.
#
# مثال: دایره‌ای به شعاع ۲ که مرکزش گرهٔ وسط یک شبکهٔ ۵ × ۵ است، ۱ + ۳ + ۵ + ۳ + ۱ = ۱۳ گره را
# می‌پوشاند.

# %% nbgrader={"grade": false, "grade_id": "a03-q1_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["paint_circle"], "answered_by": ["farshlab.design.draw_circle", "farshlab.design.draw_ellipse"]}
def paint_circle(grid, centre_row, centre_column, radius, code):
    ### BEGIN SOLUTION
    new = grid.copy()
    rows, columns = np.indices(grid.shape)
    inside = (rows - centre_row) ** 2 + (columns - centre_column) ** 2 <= radius**2
    new[inside] = code
    return new
    ### END SOLUTION

# %% farshlab={"library_answer": "a03-q1_3-answer"}
from farshlab.design import draw_circle


def paint_circle(grid, centre_row, centre_column, radius, code):
    return draw_circle(grid, (centre_row, centre_column), radius, code)

# %% farshlab={"library_answer": "a03-q1_3-answer"}
from farshlab.design import draw_ellipse


def paint_circle(grid, centre_row, centre_column, radius, code):
    return draw_ellipse(grid, (centre_row, centre_column), radius, radius, code)

# %% farshlab={"wrong_answer": "a03-q1_3-answer", "mistake": "< instead of ≤: leaves out the knots exactly on the circle"}
def paint_circle(grid, centre_row, centre_column, radius, code):
    new = grid.copy()
    rows, columns = np.indices(grid.shape)
    new[(rows - centre_row) ** 2 + (columns - centre_column) ** 2 < radius**2] = code
    return new

# %% farshlab={"wrong_answer": "a03-q1_3-answer", "mistake": "compares with the radius, not the radius squared"}
def paint_circle(grid, centre_row, centre_column, radius, code):
    new = grid.copy()
    rows, columns = np.indices(grid.shape)
    new[(rows - centre_row) ** 2 + (columns - centre_column) ** 2 <= radius] = code
    return new

# %% farshlab={"wrong_answer": "a03-q1_3-answer", "mistake": "paints the grid it was given (no copy)"}
def paint_circle(grid, centre_row, centre_column, radius, code):
    rows, columns = np.indices(grid.shape)
    grid[(rows - centre_row) ** 2 + (columns - centre_column) ** 2 <= radius**2] = code
    return grid

# %% nbgrader={"grade": true, "grade_id": "a03-q1_3-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
grid = np.zeros((5, 5), dtype=int)
got = paint_circle(grid, 2, 2, 2, 1)
expected = [[0, 0, 1, 0, 0], [0, 1, 1, 1, 0], [1, 1, 1, 1, 1], [0, 1, 1, 1, 0], [0, 0, 1, 0, 0]]
assert np.array_equal(got, expected), f"شعاع ۲ روی یک شبکهٔ ۵ × ۵ باید این را بدهد:\n{np.array(expected)}\nتابع شما این را داد:\n{got}"
assert (grid == 0).all(), "شبکهٔ اصلی تغییر کرد: روی یک رونوشت (grid.copy()) کار کنید"
### BEGIN HIDDEN TESTS
got = paint_circle(np.zeros((7, 7), dtype=int), 3, 3, 3, 2)
assert int((got == 2).sum()) == 29, f"شعاع ۳ روی یک شبکهٔ ۷ × ۷ این تعداد گره را می‌پوشاند: ۷ + ۲·(۵ + ۵ + ۱) = ۲۹؛ تابع شما {int((got == 2).sum())} گره را رنگ کرد"
got = paint_circle(np.zeros((6, 6), dtype=int), 2.5, 2.5, 3, 1)
assert int(got.sum()) == 32 and got[0, 0] == 0 and got[5, 5] == 0, "مرکزی میان گره‌ها (2.5, 2.5) با شعاع ۳: ۳۲ گره، بدون گوشه‌ها"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۱٫۴ (۱ نمره) گره‌های یک رنگ
# تابع `count_colour(grid, code)` را بنویسید که بگوید چند گره کد `code` را دارند، به صورت یک عدد صحیح (`int`).

# %% nbgrader={"grade": false, "grade_id": "a03-q1_4-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["count_colour"], "answered_by": ["farshlab.design.colour_counts"]}
def count_colour(grid, code):
    ### BEGIN SOLUTION
    return int((grid == code).sum())
    ### END SOLUTION

# %% farshlab={"library_answer": "a03-q1_4-answer"}
from farshlab.design import colour_counts


def count_colour(grid, code):
    return colour_counts(grid).get(code, 0)

# %% farshlab={"wrong_answer": "a03-q1_4-answer", "mistake": "returns numpy's number (forgets int(...))"}
def count_colour(grid, code):
    return (grid == code).sum()

# %% farshlab={"wrong_answer": "a03-q1_4-answer", "mistake": "counts the first (bottom) row only"}
def count_colour(grid, code):
    return list(grid[0]).count(code)

# %% farshlab={"wrong_answer": "a03-q1_4-answer", "mistake": "len of the True/False grid: the number of rows"}
def count_colour(grid, code):
    return len(grid == code)

# %% nbgrader={"grade": true, "grade_id": "a03-q1_4-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = count_colour(np.array([[1, 2, 2], [2, 3, 1]]), 2)
assert got == 3, f"کد ۲ سه بار آمده است؛ تابع شما {got} را داد"
assert isinstance(got, int), f"یک int برگردانید (با int(...))؛ تابع شما یک {type(got).__name__} برگرداند"
### BEGIN HIDDEN TESTS
assert count_colour(np.array([[1, 2, 2], [2, 3, 1]]), 7) == 0, "کدی که در شبکه نیست: ۰"
assert count_colour(np.full((20, 30), 4), 4) == 600, "۲۰ × ۳۰ گره که همه کد ۴ دارند: ۶۰۰"
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۲ — یک‌چهارم، نیمه و چرخش

# %% [markdown]
# ## پرسش ۲٫۱ (۲ نمره) قرینه کردن یک‌چهارم (وسط دوتایی)
# زمینهٔ یک فرش زیرانداز را به صورت **یک‌چهارمِ پایین و چپ** آن می‌کشند. تابع `mirror_quarter(quarter)` را
# بنویسید که کل زمینه را برگرداند: خود یک‌چهارم، قرینهٔ آن در سمت راستش (`quarter[:, ::-1]`)، و کل نیمهٔ پایین
# که رو به بالا قرینه شده است (`bottom[::-1]`). آخرین سطر و ستون یک‌چهارم در وسط تکرار می‌شوند، پس زمینه دو
# برابر پهن‌تر و دو برابر بلندتر می‌شود. راهنمایی: `np.hstack` و `np.vstack`.
#
# مثال: `[[1, 2], [3, 4]]` (رج پایین: ۱ ۲) می‌دهد
# `[[1, 2, 2, 1], [3, 4, 4, 3], [3, 4, 4, 3], [1, 2, 2, 1]]`.

# %% nbgrader={"grade": false, "grade_id": "a03-q2_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["mirror_quarter"], "answered_by": ["farshlab.design.mirror_quarter"]}
def mirror_quarter(quarter):
    ### BEGIN SOLUTION
    quarter = np.asarray(quarter)
    bottom = np.hstack([quarter, quarter[:, ::-1]])
    return np.vstack([bottom, bottom[::-1]])
    ### END SOLUTION

# %% farshlab={"library_answer": "a03-q2_1-answer"}
from farshlab.design import mirror_quarter as _mirror_quarter


def mirror_quarter(quarter):
    return _mirror_quarter(quarter, centre="double")

# %% farshlab={"wrong_answer": "a03-q2_1-answer", "mistake": "puts the mirror image on the left of the quarter"}
def mirror_quarter(quarter):
    quarter = np.asarray(quarter)
    bottom = np.hstack([quarter[:, ::-1], quarter])
    return np.vstack([bottom, bottom[::-1]])

# %% farshlab={"wrong_answer": "a03-q2_1-answer", "mistake": "repeats the bottom half instead of mirroring it upwards"}
def mirror_quarter(quarter):
    quarter = np.asarray(quarter)
    bottom = np.hstack([quarter, quarter[:, ::-1]])
    return np.vstack([bottom, bottom])

# %% farshlab={"wrong_answer": "a03-q2_1-answer", "mistake": "draws the centre once (Q2.2's shared centre) instead of twice"}
def mirror_quarter(quarter):
    quarter = np.asarray(quarter)
    bottom = np.hstack([quarter, quarter[:, -2::-1]])
    return np.vstack([bottom, bottom[-2::-1]])

# %% nbgrader={"grade": true, "grade_id": "a03-q2_1-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = mirror_quarter(np.array([[1, 2], [3, 4]]))
expected = [[1, 2, 2, 1], [3, 4, 4, 3], [3, 4, 4, 3], [1, 2, 2, 1]]
assert np.array_equal(got, expected), f"انتظار می‌رفت:\n{np.array(expected)}\nتابع شما این را داد:\n{got}"
### BEGIN HIDDEN TESTS
got = mirror_quarter(np.array([[1, 2, 3], [4, 5, 6]]))
assert np.array_equal(got, [[1, 2, 3, 3, 2, 1], [4, 5, 6, 6, 5, 4], [4, 5, 6, 6, 5, 4], [1, 2, 3, 3, 2, 1]]), f"یک‌چهارمِ ۲ × ۳ زمینه‌ای ۴ × ۶ می‌دهد؛ تابع شما این را داد:\n{got}"
assert np.array_equal(mirror_quarter(np.array([[7]])), [[7, 7], [7, 7]]), "یک‌چهارمی که فقط یک گره دارد، ۲ × ۲ می‌دهد"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۲٫۲ (۲ نمره) قرینه کردن یک‌چهارم (وسط مشترک)
# اغلب سطر و ستون وسط را **یک بار** می‌کشند: آخرین سطر یک‌چهارم، سطر وسط زمینه است و آخرین ستونش، ستون وسط.
# تابع `mirror_quarter_shared(quarter)` را بنویسید: مثل پرسش ۲٫۱، ولی در رونوشت‌های قرینه، خطی که تکرار می‌شد کنار
# گذاشته می‌شود (`quarter[:, -2::-1]` قرینه است بدون آخرین ستون). آن وقت زمینه اندازهٔ فرد دارد:
# `2·rows − 1` در `2·columns − 1`.
#
# مثال: `[[1, 2], [3, 4]]` می‌دهد `[[1, 2, 1], [3, 4, 3], [1, 2, 1]]`.

# %% nbgrader={"grade": false, "grade_id": "a03-q2_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["mirror_quarter_shared"], "answered_by": ["farshlab.design.mirror_half"]}
def mirror_quarter_shared(quarter):
    ### BEGIN SOLUTION
    quarter = np.asarray(quarter)
    bottom = np.hstack([quarter, quarter[:, -2::-1]])
    return np.vstack([bottom, bottom[-2::-1]])
    ### END SOLUTION

# %% farshlab={"library_answer": "a03-q2_2-answer"}
from farshlab.design import mirror_half


def mirror_quarter_shared(quarter):
    return mirror_half(mirror_half(quarter, "left", centre="shared"), "bottom", centre="shared")

# %% farshlab={"wrong_answer": "a03-q2_2-answer", "mistake": "repeats the centre line (Q2.1's doubled centre)"}
def mirror_quarter_shared(quarter):
    quarter = np.asarray(quarter)
    bottom = np.hstack([quarter, quarter[:, ::-1]])
    return np.vstack([bottom, bottom[::-1]])

# %% farshlab={"wrong_answer": "a03-q2_2-answer", "mistake": "leaves out the outer edge (quarter[:, :0:-1]) instead of the centre line"}
def mirror_quarter_shared(quarter):
    quarter = np.asarray(quarter)
    bottom = np.hstack([quarter, quarter[:, :0:-1]])
    return np.vstack([bottom, bottom[:0:-1]])

# %% farshlab={"wrong_answer": "a03-q2_2-answer", "mistake": "shares the centre column but doubles the centre row"}
def mirror_quarter_shared(quarter):
    quarter = np.asarray(quarter)
    bottom = np.hstack([quarter, quarter[:, -2::-1]])
    return np.vstack([bottom, bottom[::-1]])

# %% nbgrader={"grade": true, "grade_id": "a03-q2_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = mirror_quarter_shared(np.array([[1, 2], [3, 4]]))
assert np.array_equal(got, [[1, 2, 1], [3, 4, 3], [1, 2, 1]]), f"انتظار می‌رفت [[1, 2, 1], [3, 4, 3], [1, 2, 1]] باشد؛ تابع شما این را داد:\n{got}"
### BEGIN HIDDEN TESTS
got = mirror_quarter_shared(np.array([[1, 2, 3], [4, 5, 6]]))
assert np.array_equal(got, [[1, 2, 3, 2, 1], [4, 5, 6, 5, 4], [1, 2, 3, 2, 1]]), f"یک‌چهارمِ ۲ × ۳ زمینه‌ای ۳ × ۵ می‌دهد؛ تابع شما این را داد:\n{got}"
assert np.array_equal(mirror_quarter_shared(np.array([[7]])), [[7]]), "یک‌چهارمی که فقط یک گره دارد، خودش وسط است: [[7]]"
got = mirror_quarter_shared(np.array([[1, 2], [3, 4], [5, 6]]))
assert np.shape(got) == (5, 3) and np.array_equal(got[2], [5, 6, 5]) and np.array_equal(got[4], [1, 2, 1]), f"یک‌چهارمِ ۳ × ۲ زمینه‌ای ۵ × ۳ می‌دهد؛ تابع شما این را داد:\n{got}"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۲٫۳ (۱ نمره) قرینهٔ چپ و راست؟
# تابع `is_mirror_left_right(grid)` را بنویسید که وقتی شبکه با قرینهٔ چپ و راست خودش یکی است، `True` برگرداند و
# وگرنه `False`. راهنمایی: `np.array_equal`.

# %% nbgrader={"grade": false, "grade_id": "a03-q2_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["is_mirror_left_right"], "answered_by": []}
def is_mirror_left_right(grid):
    ### BEGIN SOLUTION
    return bool(np.array_equal(grid, grid[:, ::-1]))
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a03-q2_3-answer", "mistake": "checks the first (bottom) row only"}
def is_mirror_left_right(grid):
    return bool(np.array_equal(grid[0], grid[0][::-1]))

# %% farshlab={"wrong_answer": "a03-q2_3-answer", "mistake": "compares with the grid upside down (grid[::-1]) instead of left-right"}
def is_mirror_left_right(grid):
    return bool(np.array_equal(grid, grid[::-1]))

# %% farshlab={"wrong_answer": "a03-q2_3-answer", "mistake": "returns numpy's True/False (np.all) instead of Python's True or False"}
def is_mirror_left_right(grid):
    return np.all(grid == grid[:, ::-1])

# %% nbgrader={"grade": true, "grade_id": "a03-q2_3-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
assert is_mirror_left_right(np.array([[1, 2, 1], [3, 3, 3]])) is True, "[[1, 2, 1], [3, 3, 3]] از هر دو طرف یک‌جور خوانده می‌شود: True"
assert is_mirror_left_right(np.array([[1, 2], [3, 3]])) is False, "[[1, 2], [3, 3]] قرینه نیست: ۱ ۲ در برابر ۲ ۱"
### BEGIN HIDDEN TESTS
assert is_mirror_left_right(np.array([[5]])) is True, "یک گره، قرینهٔ خودش است"
assert is_mirror_left_right(np.array([[1, 2, 2, 1], [1, 2, 2, 0]])) is False, "همهٔ رج‌ها باید قرینه باشند، نه فقط اولی"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۲٫۴ (۱ نمره) قرینه در هر دو جهت؟
# تابع `is_quarter_symmetric(grid)` را بنویسید: وقتی شبکه هم چپ و راست و **هم** بالا و پایین قرینه باشد
# (`grid[::-1]` همان شبکه است که سر و ته شده)، `True` برگرداند؛ همان‌طور که هر زمینه‌ای که از یک نقشهٔ یک‌چهارم ساخته
# شده، قرینه است.

# %% nbgrader={"grade": false, "grade_id": "a03-q2_4-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["is_quarter_symmetric"], "answered_by": ["farshlab.design.is_symmetric"]}
def is_quarter_symmetric(grid):
    ### BEGIN SOLUTION
    return bool(np.array_equal(grid, grid[:, ::-1]) and np.array_equal(grid, grid[::-1]))
    ### END SOLUTION

# %% farshlab={"library_answer": "a03-q2_4-answer"}
from farshlab.design import is_symmetric


def is_quarter_symmetric(grid):
    return is_symmetric(grid, "quarter")

# %% farshlab={"wrong_answer": "a03-q2_4-answer", "mistake": "top-bottom checked on the first and the last row only"}
def is_quarter_symmetric(grid):
    return bool(np.array_equal(grid, grid[:, ::-1]) and np.array_equal(grid[0], grid[-1]))

# %% farshlab={"wrong_answer": "a03-q2_4-answer", "mistake": "or instead of and: one of the two mirrors is enough"}
def is_quarter_symmetric(grid):
    return bool(np.array_equal(grid, grid[:, ::-1]) or np.array_equal(grid, grid[::-1]))

# %% farshlab={"wrong_answer": "a03-q2_4-answer", "mistake": "checks left-right only"}
def is_quarter_symmetric(grid):
    return bool(np.array_equal(grid, grid[:, ::-1]))

# %% nbgrader={"grade": true, "grade_id": "a03-q2_4-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، is_mirror_left_right نسخهٔ درست است،
# تا اشتباهی در پاسخ‌های قبلی نمرهٔ پرسش ۲٫۴ را هم از بین نبرد.
def _correct_is_mirror_left_right(grid):
    return bool(np.array_equal(grid, np.asarray(grid)[:, ::-1]))


_yours = {name: globals().get(name) for name in ["is_mirror_left_right"]}
is_mirror_left_right = _correct_is_mirror_left_right
### END HIDDEN TESTS
assert is_quarter_symmetric(np.array([[1, 2, 1], [3, 4, 3], [1, 2, 1]])) is True, "زمینه‌ای که از یک نقشهٔ یک‌چهارم قرینه شده: True"
assert is_quarter_symmetric(np.array([[1, 2, 1], [3, 4, 3]])) is False, "[[1, 2, 1], [3, 4, 3]] چپ و راست قرینه است ولی بالا و پایین نه: False"
### BEGIN HIDDEN TESTS
assert is_quarter_symmetric(np.array([[1, 2], [1, 2]])) is False, "فقط بالا و پایین قرینه است: False"
assert is_quarter_symmetric(np.array([[1, 1], [1, 1]])) is True, "همه یک رنگ: True"
assert is_quarter_symmetric(np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]])) is False, "یک خط مورب قرینه نیست: False"
got = is_quarter_symmetric(np.array([[1, 2, 1], [3, 4, 3], [5, 6, 5], [1, 2, 1]]))
assert got is False, (
    "در [[1, 2, 1], [3, 4, 3], [5, 6, 5], [1, 2, 1]] رج اول و آخر با هم جورند، ولی رج‌های ۲ و ۳ "
    f"قرینهٔ هم نیستند: کل شبکه را با grid[::-1] مقایسه کنید؛ پس جواب False است؛ تابع شما {got!r} را داد")
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۲٫۵ (۲ نمره) چرخش ربع دور
# تابع `turn_quarter(grid)` را بنویسید که یک طرح را ۹۰ درجه **خلاف جهت عقربه‌های ساعت** بچرخاند، **آن‌طور که
# بافنده می‌بیند، با سطر ۰ در پایین**: رج پایین، ستون سمت راست می‌شود و از پایین به بالا خوانده می‌شود.
# مراقب باشید: `np.rot90` سطر ۰ را در **بالا** فرض می‌کند، پس از میان `np.rot90(grid, 1)` و
# `np.rot90(grid, -1)` یکی برای ما درست است — با مثال بررسی کنید.
#
# مثال: `[[1, 2, 3], [4, 5, 6]]` (رج پایین: ۱ ۲ ۳) می‌دهد `[[4, 1], [5, 2], [6, 3]]`.

# %% nbgrader={"grade": false, "grade_id": "a03-q2_5-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["turn_quarter"], "answered_by": ["farshlab.design.rotate"]}
def turn_quarter(grid):
    ### BEGIN SOLUTION
    return np.rot90(grid, -1)
    ### END SOLUTION

# %% farshlab={"library_answer": "a03-q2_5-answer"}
from farshlab.design import rotate


def turn_quarter(grid):
    return rotate(grid, 90)

# %% farshlab={"wrong_answer": "a03-q2_5-answer", "mistake": "np.rot90(grid, 1): numpy's turn, for row 0 at the top"}
def turn_quarter(grid):
    return np.rot90(grid, 1)

# %% farshlab={"wrong_answer": "a03-q2_5-answer", "mistake": "the transpose grid.T: a mirror along the diagonal, not a turn"}
def turn_quarter(grid):
    return np.asarray(grid).T

# %% farshlab={"wrong_answer": "a03-q2_5-answer", "mistake": "a half turn: np.rot90(grid, 2)"}
def turn_quarter(grid):
    return np.rot90(grid, 2)

# %% nbgrader={"grade": true, "grade_id": "a03-q2_5-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = turn_quarter(np.array([[1, 2, 3], [4, 5, 6]]))
assert np.array_equal(got, [[4, 1], [5, 2], [6, 3]]), f"رج پایین، ۱ ۲ ۳، باید ستون سمت راست شود که رو به بالا خوانده می‌شود: [[4, 1], [5, 2], [6, 3]]؛ تابع شما این را داد:\n{got}"
### BEGIN HIDDEN TESTS
got = turn_quarter(np.array([[1, 0], [0, 0]]))
assert np.array_equal(got, [[0, 1], [0, 0]]), f"گرهٔ پایین و چپ باید به پایین و راست برود؛ تابع شما این را داد:\n{got}"
got = turn_quarter(turn_quarter(turn_quarter(turn_quarter(np.array([[1, 2, 3], [4, 5, 6]])))))
assert np.array_equal(got, [[1, 2, 3], [4, 5, 6]]), "چهار بار چرخش ربع دور، طرح را به حالت اولش برمی‌گرداند"
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۳ — حاشیه‌هایی که در وسط به هم می‌رسند

# %% [markdown]
# ## پرسش ۳٫۱ (۱ نمره) آیا واگیره جا می‌شود؟
# واگیره‌های حاشیه وقتی در وسط یک ضلع به هم می‌رسند که آن ضلع **تعداد صحیحی** واگیره را در خود جا دهد. تابع
# `repeat_fits(side, repeat)` را بنویسید: وقتی تقسیم `side` (به گره یا به خانه) بر `repeat` باقی‌مانده‌ای نداشته
# باشد، `True` برگرداند. راهنمایی: `%`.

# %% nbgrader={"grade": false, "grade_id": "a03-q3_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["repeat_fits"], "answered_by": ["farshlab.carpet.repeats_fit", "farshlab.carpet.field_fits"]}
def repeat_fits(side, repeat):
    ### BEGIN SOLUTION
    return side % repeat == 0
    ### END SOLUTION

# %% farshlab={"library_answer": "a03-q3_1-answer"}
from farshlab.carpet import repeats_fit


def repeat_fits(side, repeat):
    return repeats_fit(side, repeat)

# %% farshlab={"library_answer": "a03-q3_1-answer"}
from farshlab.carpet import field_fits


def repeat_fits(side, repeat):
    return field_fits(side, side, repeat)

# %% farshlab={"wrong_answer": "a03-q3_1-answer", "mistake": "returns the remainder itself (0 when it fits, which counts as False)"}
def repeat_fits(side, repeat):
    return side % repeat

# %% farshlab={"wrong_answer": "a03-q3_1-answer", "mistake": "the remainder the wrong way round: repeat % side"}
def repeat_fits(side, repeat):
    return repeat % side == 0

# %% farshlab={"wrong_answer": "a03-q3_1-answer", "mistake": "only asks whether one repeat fits: side // repeat > 0"}
def repeat_fits(side, repeat):
    return side // repeat > 0

# %% nbgrader={"grade": true, "grade_id": "a03-q3_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
assert repeat_fits(150, 10), "۱۵۰ خانه، ۱۵ واگیرهٔ ۱۰ خانه‌ای را جا می‌دهد: جا می‌شود"
assert not repeat_fits(153, 10), "۱۵۳ خانه جای ۱۵٫۳ واگیرهٔ ۱۰ خانه‌ای است: جا نمی‌شود"
### BEGIN HIDDEN TESTS
assert repeat_fits(100, 25) and repeat_fits(102, 51), "۱۰۰ ÷ ۲۵ = ۴ و ۱۰۲ ÷ ۵۱ = ۲: هر دو جا می‌شوند"
assert not repeat_fits(102, 25), "۱۰۲ ÷ ۲۵ = ۴٫۰۸: جا نمی‌شود"
assert repeat_fits(40, 40), "یک واگیره کل ضلع را پر می‌کند: جا می‌شود"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۳٫۲ (۲ نمره) یک نوار حاشیه
# واگیره یک شبکهٔ کوچک است (`depth` رج × `length` گره)، که همان‌طور کشیده شده که در طول حاشیهٔ پایین پیش
# می‌رود. تابع `border_strip(repeat, side)` را بنویسید که واگیره را `side // length` بار کنار هم بگذارد و نتیجه
# را برگرداند (راهنمایی: `np.tile(repeat, (1, count))`). اگر ضلع تعداد صحیحی واگیره را جا **ندهد**، تابع را با
# `raise ValueError("واگیره‌ها در وسط به هم نمی‌رسند")` متوقف کنید — واگیرهٔ ناقص هرگز نباید به دست بافنده برسد.

# %% nbgrader={"grade": false, "grade_id": "a03-q3_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["border_strip"], "answered_by": ["farshlab.design.frieze"]}
def border_strip(repeat, side):
    ### BEGIN SOLUTION
    repeat = np.asarray(repeat)
    length = repeat.shape[1]
    if side % length != 0:
        raise ValueError("واگیره‌ها در وسط به هم نمی‌رسند")
    return np.tile(repeat, (1, side // length))
    ### END SOLUTION

# %% farshlab={"library_answer": "a03-q3_2-answer"}
from farshlab.design import frieze


def border_strip(repeat, side):
    length = np.shape(repeat)[1]
    if side % length != 0:
        raise ValueError("واگیره‌ها در وسط به هم نمی‌رسند")
    return frieze(repeat, side // length)

# %% farshlab={"wrong_answer": "a03-q3_2-answer", "mistake": "forgets the check: never raises ValueError"}
def border_strip(repeat, side):
    repeat = np.asarray(repeat)
    return np.tile(repeat, (1, side // repeat.shape[1]))

# %% farshlab={"wrong_answer": "a03-q3_2-answer", "mistake": "counts the repeats with the depth (rows) instead of the length"}
def border_strip(repeat, side):
    repeat = np.asarray(repeat)
    length = repeat.shape[0]
    if side % length != 0:
        raise ValueError("واگیره‌ها در وسط به هم نمی‌رسند")
    return np.tile(repeat, (1, side // length))

# %% farshlab={"wrong_answer": "a03-q3_2-answer", "mistake": "np.tile(repeat, (count, 1)): stacks the repeats upwards"}
def border_strip(repeat, side):
    repeat = np.asarray(repeat)
    length = repeat.shape[1]
    if side % length != 0:
        raise ValueError("واگیره‌ها در وسط به هم نمی‌رسند")
    return np.tile(repeat, (side // length, 1))

# %% nbgrader={"grade": true, "grade_id": "a03-q3_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، repeat_fits نسخهٔ درست است، تا
# اشتباهی در پاسخ‌های قبلی نمرهٔ پرسش ۳٫۲ را هم از بین نبرد.
def _correct_repeat_fits(side, repeat):
    return side % repeat == 0


_yours = {name: globals().get(name) for name in ["repeat_fits"]}
repeat_fits = _correct_repeat_fits
### END HIDDEN TESTS
got = border_strip(np.array([[1, 2, 3]]), 6)
assert np.array_equal(got, [[1, 2, 3, 1, 2, 3]]), f"دو واگیرهٔ ۱ ۲ ۳ در طول ۶ گره: [[1, 2, 3, 1, 2, 3]]؛ تابع شما {got} را داد"
try:
    border_strip(np.array([[1, 2, 3]]), 7)
    stopped = False
except ValueError:
    stopped = True
assert stopped, "۷ گره تعداد صحیحی واگیرهٔ ۳ گره‌ای را جا نمی‌دهد: تابع باید با raise ValueError متوقف شود"
### BEGIN HIDDEN TESTS
got = border_strip(np.array([[1, 1], [2, 3]]), 4)
assert np.array_equal(got, [[1, 1, 1, 1], [2, 3, 2, 3]]), f"واگیره‌ای با ۲ رج: هر دو رج تکرار می‌شوند؛ تابع شما این را داد:\n{got}"
assert np.shape(border_strip(np.ones((3, 10), dtype=int), 150)) == (3, 150), "۱۵ واگیرهٔ ۱۰ گره‌ای در طول ۱۵۰ گره"
try:
    border_strip(np.ones((3, 10), dtype=int), 153)
    stopped = False
except ValueError:
    stopped = True
assert stopped, "۱۵۳ تعداد صحیحی واگیرهٔ ۱۰ گره‌ای را جا نمی‌دهد: تابع باید با raise ValueError متوقف شود"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۳٫۳ (۱ نمره) یک حاشیهٔ باریک
# تابع `add_guard_stripe(field, code, knots)` را بنویسید که زمینه را همراه با یک نوار سادهٔ باریک به پهنای `knots`
# گره و به رنگ `code` در دور تا دورش برگرداند. راهنمایی: `np.pad(field, knots, constant_values=code)`.

# %% nbgrader={"grade": false, "grade_id": "a03-q3_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["add_guard_stripe"], "answered_by": []}
def add_guard_stripe(field, code, knots):
    ### BEGIN SOLUTION
    return np.pad(field, knots, mode="constant", constant_values=code)
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a03-q3_3-answer", "mistake": "adds the stripe at the top and bottom only"}
def add_guard_stripe(field, code, knots):
    return np.pad(field, ((knots, knots), (0, 0)), mode="constant", constant_values=code)

# %% farshlab={"wrong_answer": "a03-q3_3-answer", "mistake": "forgets constant_values: the stripe is 0"}
def add_guard_stripe(field, code, knots):
    return np.pad(field, knots, mode="constant")

# %% farshlab={"wrong_answer": "a03-q3_3-answer", "mistake": "always a 1-knot stripe"}
def add_guard_stripe(field, code, knots):
    return np.pad(field, 1, mode="constant", constant_values=code)

# %% nbgrader={"grade": true, "grade_id": "a03-q3_3-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = add_guard_stripe(np.array([[5, 5]]), 1, 1)
assert np.array_equal(got, [[1, 1, 1, 1], [1, 5, 5, 1], [1, 1, 1, 1]]), f"یک حاشیهٔ باریک ۱ گره‌ای با کد ۱ دور [[5, 5]]؛ تابع شما این را داد:\n{got}"
### BEGIN HIDDEN TESTS
got = add_guard_stripe(np.zeros((4, 6), dtype=int), 2, 3)
assert np.shape(got) == (10, 12) and int((got == 2).sum()) == 120 - 24, f"۳ گره در هر طرف: ۱۰ × ۱۲ با ۹۶ گره در حاشیهٔ باریک؛ شکل (shape) جواب شما {np.shape(got)} است"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۳٫۴ (۲ نمره) زمینه، حاشیه‌های باریک و حاشیهٔ اصلی
# تابع `frame_carpet(field, border_code, border_knots, guard_code)` را بنویسید که کل فرش را برگرداند، از داخل به
# بیرون: زمینه، یک حاشیهٔ باریک ۱ گره‌ای با `guard_code`، یک حاشیهٔ اصلیِ ساده به پهنای `border_knots` با
# `border_code`، و یک حاشیهٔ باریک ۱ گره‌ای دیگر با `guard_code` (می‌توانید `add_guard_stripe` خودتان را به کار
# ببرید). به هر طرف `border_knots + 2` گره اضافه می‌شود.

# %% nbgrader={"grade": false, "grade_id": "a03-q3_4-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["frame_carpet"], "answered_by": ["farshlab.design.compose_carpet"]}
def frame_carpet(field, border_code, border_knots, guard_code):
    ### BEGIN SOLUTION
    inner = add_guard_stripe(field, guard_code, 1)
    bordered = add_guard_stripe(inner, border_code, border_knots)
    return add_guard_stripe(bordered, guard_code, 1)
    ### END SOLUTION

# %% farshlab={"library_answer": "a03-q3_4-answer"}
from farshlab.design import compose_carpet


def frame_carpet(field, border_code, border_knots, guard_code):
    repeat = np.full((border_knots, 1), border_code)
    return compose_carpet(field, repeat, inner_guard=(guard_code, 1), outer_guard=(guard_code, 1))

# %% farshlab={"wrong_answer": "a03-q3_4-answer", "mistake": "forgets the inner guard stripe"}
def frame_carpet(field, border_code, border_knots, guard_code):
    bordered = add_guard_stripe(field, border_code, border_knots)
    return add_guard_stripe(bordered, guard_code, 1)

# %% farshlab={"wrong_answer": "a03-q3_4-answer", "mistake": "a border border_knots + 2 wide (the growth of each side taken as the border)"}
def frame_carpet(field, border_code, border_knots, guard_code):
    inner = add_guard_stripe(field, guard_code, 1)
    bordered = add_guard_stripe(inner, border_code, border_knots + 2)
    return add_guard_stripe(bordered, guard_code, 1)

# %% farshlab={"wrong_answer": "a03-q3_4-answer", "mistake": "guard and border colours swapped"}
def frame_carpet(field, border_code, border_knots, guard_code):
    inner = add_guard_stripe(field, border_code, 1)
    bordered = add_guard_stripe(inner, guard_code, border_knots)
    return add_guard_stripe(bordered, border_code, 1)

# %% nbgrader={"grade": true, "grade_id": "a03-q3_4-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
### BEGIN HIDDEN TESTS
# این پرسش جداگانه نمره می‌گیرد: در مدتی که این سلول اجرا می‌شود، add_guard_stripe نسخهٔ درست است، تا
# اشتباهی در پاسخ‌های قبلی نمرهٔ پرسش ۳٫۴ را هم از بین نبرد.
def _correct_add_guard_stripe(field, code, knots):
    return np.pad(field, knots, mode="constant", constant_values=code)


_yours = {name: globals().get(name) for name in ["add_guard_stripe"]}
add_guard_stripe = _correct_add_guard_stripe
### END HIDDEN TESTS
got = frame_carpet(np.array([[0]]), 3, 1, 9)
expected = [
    [9, 9, 9, 9, 9, 9, 9],
    [9, 3, 3, 3, 3, 3, 9],
    [9, 3, 9, 9, 9, 3, 9],
    [9, 3, 9, 0, 9, 3, 9],
    [9, 3, 9, 9, 9, 3, 9],
    [9, 3, 3, 3, 3, 3, 9],
    [9, 9, 9, 9, 9, 9, 9],
]
assert np.array_equal(got, expected), f"از بیرون به داخل: حاشیهٔ باریک ۹، حاشیهٔ اصلی ۳ (۱ گره)، حاشیهٔ باریک ۹، زمینه ۰ — روی هم ۷ × ۷:\n{np.array(expected)}\nتابع شما این را داد:\n{got}"
### BEGIN HIDDEN TESTS
got = frame_carpet(np.zeros((10, 6), dtype=int), 4, 3, 1)
assert np.shape(got) == (20, 16), f"به هر طرف ۳ + ۲ = ۵ گره اضافه می‌شود: ۲۰ × ۱۶؛ تابع شما {np.shape(got)} را داد"
assert np.array_equal(got[:, 0], [1] * 20) and np.array_equal(got[1, 1:15], [4] * 14) and got[4, 4] == 1 and got[5, 5] == 0, "حاشیهٔ باریک، حاشیهٔ اصلی، حاشیهٔ باریک، بعد زمینه"
assert int((got == 4).sum()) == 18 * 14 - 12 * 8, f"حاشیهٔ اصلی ۱۸ × ۱۴ گره را پر می‌کند، منهای ۱۲ × ۸ گرهٔ داخلش: ۱۵۶؛ تابع شما {int((got == 4).sum())} را داد"
globals().update(_yours)
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۴ — بردن تصویر به شبکهٔ گره

# %% [markdown]
# ## پرسش ۴٫۱ (۱ نمره) پیکسل در هر گره
# تصویری به اندازهٔ `picture_width_px × picture_height_px` پیکسل، نقشه‌ای با `knots_across × rows` گره می‌شود.
# تابع `pixels_per_knot(picture_width_px, picture_height_px, knots_across, rows)` را بنویسید که این جفت را
# برگرداند: (تعداد پیکسل در پهنای یک گره، تعداد پیکسل در بلندی یک رج)، به صورت عدد (گرد نکنید). وقتی رج عرض و
# رج طول با هم فرق دارند، این دو عدد **برابر نیستند** — و همین است که نمی‌گذارد تصویر کش بیاید.
#
# مثال: عکسی ۷۰۰ × ۱۰۰۰ پیکسلی برای یک تابلو فرش ۵۰ × ۷۰ سانتی‌متری با ۵۰ رج در عرض و ۶۰ رج در طول
# (۳۵۷ گره × ۶۰۰ رج) حدود (۱٫۹۶۱، ۱٫۶۶۷) می‌دهد.

# %% nbgrader={"grade": false, "grade_id": "a03-q4_1-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["pixels_per_knot"], "answered_by": []}
def pixels_per_knot(picture_width_px, picture_height_px, knots_across, rows):
    ### BEGIN SOLUTION
    return picture_width_px / knots_across, picture_height_px / rows
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a03-q4_1-answer", "mistake": "knots per pixel: the division upside down"}
def pixels_per_knot(picture_width_px, picture_height_px, knots_across, rows):
    return knots_across / picture_width_px, rows / picture_height_px

# %% farshlab={"wrong_answer": "a03-q4_1-answer", "mistake": "the same number both ways, from the width"}
def pixels_per_knot(picture_width_px, picture_height_px, knots_across, rows):
    across = picture_width_px / knots_across
    return across, across

# %% farshlab={"wrong_answer": "a03-q4_1-answer", "mistake": "floor division // rounds the pixels down"}
def pixels_per_knot(picture_width_px, picture_height_px, knots_across, rows):
    return picture_width_px // knots_across, picture_height_px // rows

# %% nbgrader={"grade": true, "grade_id": "a03-q4_1-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = pixels_per_knot(700, 1000, 357, 600)
assert len(got) == 2, f"دو عدد برگردانید (پهنا، بلندی)؛ تابع شما {got} را داد"
assert np.allclose(got, [700 / 357, 1000 / 600], rtol=1e-9), f"۷۰۰ ÷ ۳۵۷ = ۱٫۹۶۱ پیکسل در پهنای یک گره، ۱۰۰۰ ÷ ۶۰۰ = ۱٫۶۶۷ پیکسل در بلندی یک رج؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
assert np.allclose(pixels_per_knot(400, 300, 100, 75), [4.0, 4.0], rtol=1e-9), "رج برابر و تناسب یکسان: ۴ پیکسل در هر جهت"
assert np.allclose(pixels_per_knot(500, 700, 250, 300), [2.0, 2.3333333333], rtol=1e-9), "۲ پیکسل در پهنا، ۲٫۳۳۳ پیکسل در بلندی"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۴٫۲ (۲ نمره) کوچک کردن با میانگین بلوک‌ها
# بهترین رنگ برای یک گره، **میانگین** پیکسل‌هایی از تصویر است که زیر آن گره قرار می‌گیرند (فیلتر
# «جعبه‌ای»). تابع `shrink_by_blocks(picture, block_rows, block_columns)` را برای یک تصویر خاکستری بنویسید
# (آرایه‌ای دوبعدی که بلندی و پهنایش مضرب صحیحی از اندازهٔ بلوک است): هر بلوکِ `block_rows × block_columns`
# پیکسلی یک عدد می‌شود، یعنی میانگین آن پیکسل‌ها. راهنمایی:
# `picture.reshape(h // block_rows, block_rows, w // block_columns, block_columns).mean(axis=(1, 3))`.
#
# مثال: `[[0, 2, 4, 6], [2, 4, 6, 8]]` با بلوک‌های ۲ × ۲ می‌دهد `[[2.0, 6.0]]`.

# %% nbgrader={"grade": false, "grade_id": "a03-q4_2-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["shrink_by_blocks"], "answered_by": ["skimage.measure.block_reduce", "skimage.transform.downscale_local_mean"]}
def shrink_by_blocks(picture, block_rows, block_columns):
    ### BEGIN SOLUTION
    picture = np.asarray(picture, dtype=float)
    height, width = picture.shape
    return picture.reshape(height // block_rows, block_rows, width // block_columns, block_columns).mean(axis=(1, 3))
    ### END SOLUTION

# %% farshlab={"library_answer": "a03-q4_2-answer"}
from skimage.measure import block_reduce


def shrink_by_blocks(picture, block_rows, block_columns):
    return block_reduce(np.asarray(picture, dtype=float), (block_rows, block_columns), np.mean)

# %% farshlab={"library_answer": "a03-q4_2-answer"}
from skimage.transform import downscale_local_mean


def shrink_by_blocks(picture, block_rows, block_columns):
    return downscale_local_mean(np.asarray(picture, dtype=float), (block_rows, block_columns))

# %% farshlab={"wrong_answer": "a03-q4_2-answer", "mistake": "takes each block's first pixel instead of the average"}
def shrink_by_blocks(picture, block_rows, block_columns):
    return np.asarray(picture, dtype=float)[::block_rows, ::block_columns]

# %% farshlab={"wrong_answer": "a03-q4_2-answer", "mistake": "reshapes in the wrong order: (h // rows, w // columns, rows, columns)"}
def shrink_by_blocks(picture, block_rows, block_columns):
    picture = np.asarray(picture, dtype=float)
    height, width = picture.shape
    return picture.reshape(height // block_rows, width // block_columns, block_rows, block_columns).mean(axis=(2, 3))

# %% farshlab={"wrong_answer": "a03-q4_2-answer", "mistake": "integer division // for the average: drops the part after the point"}
def shrink_by_blocks(picture, block_rows, block_columns):
    picture = np.asarray(picture)
    height, width = picture.shape
    blocks = picture.reshape(height // block_rows, block_rows, width // block_columns, block_columns)
    return blocks.sum(axis=(1, 3)) // (block_rows * block_columns)

# %% farshlab={"wrong_answer": "a03-q4_2-answer", "mistake": "block rows and block columns swapped"}
def shrink_by_blocks(picture, block_rows, block_columns):
    picture = np.asarray(picture, dtype=float)
    height, width = picture.shape
    return picture.reshape(height // block_columns, block_columns, width // block_rows, block_rows).mean(axis=(1, 3))

# %% nbgrader={"grade": true, "grade_id": "a03-q4_2-tests", "locked": true, "points": 2, "schema_version": 3, "solution": false}
got = shrink_by_blocks(np.array([[0, 2, 4, 6], [2, 4, 6, 8]]), 2, 2)
assert np.allclose(got, [[2.0, 6.0]]), f"میانگین دو بلوک ۲ × ۲ برابر ۲ و ۶ است: [[2.0, 6.0]]؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
picture = np.arange(24).reshape(4, 6)
got = shrink_by_blocks(picture, 2, 3)
assert np.allclose(got, [[4.0, 7.0], [16.0, 19.0]]), f"بلوک‌های ۲ سطر × ۳ ستون: [[4, 7], [16, 19]]؛ تابع شما {got} را داد"
got = shrink_by_blocks(picture, 4, 1)
assert np.allclose(got, [[9.0, 10.0, 11.0, 12.0, 13.0, 14.0]]), f"بلوک‌های ۴ سطر × ۱ ستون، که بلندی‌شان از پهنایشان بیشتر است (وقتی فاصلهٔ رج‌ها از فاصلهٔ گره‌های عرض بیشتر است): [[9, 10, 11, 12, 13, 14]]؛ تابع شما {got} را داد"
got = shrink_by_blocks(np.array([[0, 1], [1, 1]]), 2, 2)
assert np.allclose(got, [[0.75]]), f"میانگین بلوک ۰، ۱، ۱، ۱ برابر ۳ ÷ ۴ = ۰٫۷۵ است: بخش اعشاری را نگه دارید (میانگین بگیرید، نه //)؛ تابع شما {got} را داد"
### END HIDDEN TESTS

# %% [markdown]
# ## پرسش ۴٫۳ (۱ نمره) تصویر از بالا شروع می‌شود، بافنده از پایین
# سطر ۰ یک تصویر، **بالای** آن است؛ سطر ۰ یک نقشه، رج **پایین** است. تابع `to_loom_order(picture)` را بنویسید که
# سطرها را به ترتیبی که بافنده می‌بافد برگرداند (یعنی تصویرِ سر و ته‌شده).

# %% nbgrader={"grade": false, "grade_id": "a03-q4_3-answer", "locked": false, "schema_version": 3, "solution": true} farshlab={"writes": ["to_loom_order"], "answered_by": []}
def to_loom_order(picture):
    ### BEGIN SOLUTION
    return np.asarray(picture)[::-1]
    ### END SOLUTION

# %% farshlab={"wrong_answer": "a03-q4_3-answer", "mistake": "turns left and right (picture[:, ::-1]) instead of top and bottom"}
def to_loom_order(picture):
    return np.asarray(picture)[:, ::-1]

# %% farshlab={"wrong_answer": "a03-q4_3-answer", "mistake": "np.flip without an axis: turns left-right (and the colour channels) as well"}
def to_loom_order(picture):
    return np.flip(np.asarray(picture))

# %% farshlab={"wrong_answer": "a03-q4_3-answer", "mistake": "forgets to turn it: keeps the picture's top row first"}
def to_loom_order(picture):
    return np.asarray(picture)

# %% nbgrader={"grade": true, "grade_id": "a03-q4_3-tests", "locked": true, "points": 1, "schema_version": 3, "solution": false}
got = to_loom_order(np.array([[9, 9], [1, 2]]))
assert np.array_equal(got, [[1, 2], [9, 9]]), f"سطر پایین تصویر، ۱ ۲، سطر ۰ می‌شود: [[1, 2], [9, 9]]؛ تابع شما {got} را داد"
### BEGIN HIDDEN TESTS
got = to_loom_order(np.arange(6).reshape(3, 2))
assert np.array_equal(got, [[4, 5], [2, 3], [0, 1]]), f"سه سطر با ترتیب برعکس؛ تابع شما {got} را داد"
got = to_loom_order(np.zeros((2, 3, 3), dtype=np.uint8) + np.array([[[1, 1, 1]], [[2, 2, 2]]], dtype=np.uint8))
assert got[0, 0].tolist() == [2, 2, 2], "یک تصویر رنگی (سطرها، ستون‌ها، ۳) فقط در جهت سطرها سر و ته می‌شود"
### END HIDDEN TESTS

# %% [markdown]
# # بخش ۵ — نقد یک طرح

# %% [markdown]
# ## پرسش ۵٫۱ (۳ نمره، مربی‌تان می‌خواند)
# یک طراح تازه‌کار دو طرح پیش شما می‌آورد. برای یک فرش زیرانداز ۲۰۰ × ۳۰۰ سانتی‌متری با ۵۰ رج: *«زمینه را به
# صورت یک‌چهارم کشیدم و قرینه‌اش کردم؛ زمینه ۱۰۲ × ۱۵۳ خانه است، و واگیرهٔ حاشیه ۱۰ خانه طول دارد.»* برای تابلو
# فرش چهرهٔ یک مشتری، ۷۰ × ۱۰۰ سانتی‌متر با ۵۰ رج در عرض، روی داری که بافنده‌اش در هر ۷ سانتی‌متر ۶۰ رج می‌کوبد:
# *«این یکی را هم به صورت یک‌چهارم می‌کشم و قرینه می‌کنم تا در وقت صرفه‌جویی شود. عکس مربعی است، پس آن را به یک
# شبکهٔ مربعی ۵۰۰ × ۵۰۰ گره‌ای بردم.»*
# در چهار تا شش جمله بگویید در هر کدام از این سه تصمیم چه چیزی خراب می‌شود و شما چه چیزی را تغییر می‌دهید (هر
# جا می‌توانید، عدد بدهید).

# %% [markdown] nbgrader={"grade": true, "grade_id": "a03-q5_1-written", "locked": false, "points": 3, "schema_version": 3, "solution": true}
# (پاسخ نمونهٔ مربی اینجا می‌آید؛ در نسخه‌ای که به کارآموزان داده می‌شود، به جای آن `YOUR ANSWER HERE` دیده می‌شود.)
# زمینهٔ ۱۰۲ × ۱۵۳ خانه‌ای (۱٬۰۲۰ × ۱٬۵۳۰ گره، داخل ۱٬۴۲۹ × ۲٬۱۴۳ گرهٔ کل فرش) تعداد صحیحی واگیرهٔ ۱۰ خانه‌ای
# را جا نمی‌دهد (۱۰٫۲ و ۱۵٫۳)، پس واگیره‌های حاشیه در وسط ضلع به هم نمی‌رسند: زمینه را ۱۰۰ × ۱۵۰ کنید
# (۱۰ × ۱۵ واگیره)، یا واگیره‌ای انتخاب کنید که در هر دو ضلع جا شود (۳، ۱۷ یا ۵۱ خانه). چهره قرینه نیست، پس
# یک‌چهارمِ قرینه‌شده چهره‌ای با چهار نسخه از یک چشم می‌دهد: تابلو فرش تصویری نقشهٔ کامل لازم دارد. شبکهٔ گره
# باید از اندازهٔ نهایی و هر دو تراکم به دست آید: ۷۰ × ۵۰ ÷ ۷ = ۵۰۰ گره در عرض و ۱۰۰ × ۶۰ ÷ ۷ = ۸۵۷ رج، و عکس
# مربعی باید به تناسب ۷۰:۱۰۰ تابلو بریده شود (تمام بلندی‌اش و ۷۰ درصد پهنایش)، نه اینکه کش داده شود. شبکهٔ
# ۵۰۰ × ۵۰۰ اگر با ۶۰ رج در هر ۷ سانتی‌متر بافته شود، ۷۰ سانتی‌متر پهنا خواهد داشت ولی فقط
# ۵۰۰ × ۷ ÷ ۶۰ = ۵۸٫۳ سانتی‌متر بلندی، و چهره تا ۵۰/۶۰ بلندی‌اش فشرده می‌شود.
