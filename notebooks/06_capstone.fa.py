# ---
# jupyter:
#   farshlab_translation:
#     of: 06_capstone.py
#     sha256: c0844b89337033228877ccb042d63f8b1f2470f766a8fc67eec8fc2506acdad5
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
# # درس ۶ — کار پایانی: از عکس مشتری تا بستهٔ بافت
#
# مشتری‌ای با یک عکس وارد کارگاه می‌شود: یک نوه، یک عروسی، یک منظره. یک تابلو فرش از آن می‌خواهد، و دو سؤال
# می‌پرسد: **چقدر** و **تا کی**. کارگاه با یک برنامه جواب می‌دهد و بعد یک بستهٔ «نخ و نقشه» می‌فروشد: نقشهٔ
# کدبندی‌شده و، برای هر رنگ آن، نخی که در آن‌قدر بچ رنگ شده که هیچ رنگی وسط کار تمام نشود (بچ دوم از همان رنگ
# دورنگی به جا می‌گذارد).
#
# این درس درس‌های ۱ تا ۵ را کنار هم می‌گذارد. در پایان این درس می‌توانید:
#
# 1. با یک تابع، `make_kit`، از عکس یک مشتری به یک بستهٔ کامل برسید؛
# 2. اندازه، تراکم (رج) و تعداد رنگ‌ها را در برابر هزینه و زمان بافت انتخاب کنید؛
# 3. وارسی کنید که رنگرز به همهٔ رنگ‌های نقشه می‌رسد، و بدانید اگر به یکی نرسید چه کنید؛
# 4. بچ‌های رنگ یک رنگ را حساب کنید و بدانید در هر حمام چه می‌رود؛
# 5. پروندهٔ `recipes.csv` بسته، یعنی برگهٔ رنگرز، را بخوانید؛
# 6. برای پروژهٔ تکلیف، با فرمان `farshlab kit` در ترمینال یک بسته بسازید.
#
# زمان: حدود ۴ ساعت، همراه با تمرین‌ها. عددهای دستمزد، قیمت‌ها و سرعت بافت **نمونه‌های ساختگی**‌اند: آن‌ها را با
# عددهای کارگاه خودتان عوض کنید.

# %%
import csv
import math
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt
from matplotlib import cbook

from farshlab.carpet import amount_for_knots, chart_size, maghat, pile_length_m, weaving_days, yarn_grams
from farshlab.dye import auxiliary_grams, dye_grams, liquor_litres
from farshlab.kit import make_kit, write_kit_files
from farshlab.kit.lots import dye_lots, lots_needed
from farshlab.kit.recipes import REACHABLE_DELTA_E00
from farshlab.locale import say
from farshlab.printing.preview import preview_image

# %% [markdown]
# ## ۱. از عکس تا بسته، به زبان ساده
#
# هر چه دوره یاد داده به ترتیبی ثابت انجام می‌شود:
#
# 1. **برنامه** (درس ۱): اندازه به سانتی‌متر و رج، گره‌ها را می‌دهند؛ گره‌ها دستمزد (با مقاط، یعنی ۱۲٬۰۰۰ گره)،
#    روزهای بافت و نخ را می‌دهند.
# 2. **نقشه** (درس‌های ۳ و ۵): عکس به تناسب تابلو بریده می‌شود، به یک پیکسل برای هر گره کوچک می‌شود و با پالتی از
#    $K$ رنگ، از روشن به تیره، کدبندی می‌شود.
# 3. **نخ** (درس‌های ۱ و ۵): گره‌های هر رنگ × سانتی‌متر برای هر گره ← متر ← گرم با نمرهٔ نخ و لا، به‌علاوهٔ پرت.
# 4. **نسخه‌ها** (درس‌های ۲ و ۴): برای هر رنگ بهترین نسخهٔ رنگرز، و اینکه چقدر نزدیک می‌شود (ΔE00).
# 5. **بچ‌ها** (درس ۴): نخ هر رنگ به حمام‌های برابر تقسیم می‌شود، با آب، رنگ‌ها و مواد کمکی.
#
# `farshlab.kit.make_kit` هر پنج قدم را برمی‌دارد. آن را روی چهرهٔ درس ۵ امتحان می‌کنیم، کوچک و درشت‌بافت تا در
# چند ثانیه تمام شود: عرض ۱۲ سانتی‌متر با ۳۵ رج، ۸ رنگ.

# %%
photo = cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)
kit = make_kit(photo, 12, 35, colours=8)
rows, across = kit.result.chart.codes.shape
say(f"{across} گره در عرض × {rows} رج، {len(kit.recipes)} رنگ، {kit.total_grams:.1f} گرم نخ")
say(f"رنگ‌هایی که رنگرز به آن‌ها می‌رسد: {kit.reachable_count} از {len(kit.recipes)} رنگ")

# %%
fig, axes = plt.subplots(1, 2, figsize=(8, 4.5))
axes[0].imshow(plt.imread(photo))
axes[0].set_title("عکس مشتری")
axes[1].imshow(preview_image(kit.result.chart), interpolation="nearest")
axes[1].set_title(f"نقشه: {across} × {rows} گره، {len(kit.recipes)} رنگ")
for ax in axes:
    ax.set_axis_off()
plt.show()

# %% [markdown]
# ## ۲. اندازه، رج و رنگ‌ها در برابر هزینه و زمان
#
# پیش از آنکه نقشه‌ای ساخته شود، مشتری یک قیمت و یک تاریخ می‌خواهد. هر دو با **گره‌ها** بالا می‌روند: دستمزد با
# مقاط پرداخت می‌شود، و هر بافنده هر روز کمابیش همان تعداد گره می‌زند. یک تابلوی ۳۵ × ۵۰ سانتی‌متری با ۴۰ رج را
# در نظر بگیرید: ۴۰ × ۳۵ ÷ ۷ = ۲۰۰ گره در عرض و ۴۰ × ۵۰ ÷ ۷ = ۲۸۵٫۷، پس ۲۸۶ رج: ۵۷٬۲۰۰ گره، ۴٫۷۷ مقاط. با دو
# بافنده که هر کدام روزی ۱٬۲۰۰ گره می‌زنند، می‌شود ۵۷٬۲۰۰ ÷ ۲٬۴۰۰ = ۲۳٫۸، پس **۲۴ روز** (تکه‌ای از یک روز هم
# یک روز پای دار است: رو به بالا گرد کنید). با مقاطی ۱٬۸۰۰٬۰۰۰ ریال، دستمزد ۸٬۵۸۰٬۰۰۰ ریال می‌شود.
#
# به زبان فرمول: گره‌ها = (رج × عرض ÷ ۷، گردشده) × (رج × طول ÷ ۷، گردشده)؛ روزها = ⌈گره‌ها ÷ (بافنده‌ها × گره در روز)⌉؛
# دستمزد = گره‌ها ÷ ۱۲٬۰۰۰ × نرخ.

# %%
WEAVERS, KNOTS_PER_DAY, RIAL_PER_MAGHAT = 2, 1200, 1_800_000  # نمونه‌های ساختگی


def plan(width_cm, height_cm, raj):
    across, rows = chart_size(width_cm, height_cm, raj)
    knots = across * rows
    days = math.ceil(weaving_days(knots, WEAVERS, KNOTS_PER_DAY))
    return knots, days, amount_for_knots(knots, RIAL_PER_MAGHAT)


for width_cm, height_cm, raj in [(35, 50, 40), (35, 50, 50), (50, 70, 40), (50, 70, 50)]:
    knots, days, wages = plan(width_cm, height_cm, raj)
    say(f"{width_cm} × {height_cm} سانتی‌متر با {raj} رج: {knots:,} گره، {maghat(knots):.2f} مقاط، "
        f"{days} روز، دستمزد {wages:,.0f} ریال")

# %% [markdown]
# دو برابر کردن عرض و طول تنها راه دو برابر کردن هزینه نیست: رفتن از ۴۰ به ۵۰ رج در همان اندازه، گره‌ها را
# (۵۰ ÷ ۴۰)² ≈ ۱٫۵۶ برابر می‌کند. یک تابلوی ۵۰ × ۷۰ سانتی‌متری با ۴۰ رج ۱۱۴٬۴۰۰ گره دارد و ۴۸ روز طول می‌کشد.
# رج ریزتر چیزهای کوچک — چشم، حروف — را نشان می‌دهد که رج درشت از دست می‌دهد؛ اندازهٔ بزرگ‌تر هم آن‌ها را نشان
# می‌دهد، ولی دیواری برای خودش می‌خواهد.
#
# **تعداد رنگ‌ها** هزینه را خیلی کمتر از گره‌ها عوض می‌کند: گره‌های یکسان پشم یکسان می‌خواهند، هر رنگی که
# باشد. آنچه بیشتر می‌شود کار رنگرز است — یک نسخهٔ دیگر، یک رنگرزی آزمایشی دیگر، یک دسته بچ دیگر برای رنگ
# کردن — و احتمال رنگی که رنگرز به آن نمی‌رسد. رنگ‌های بیشتر نقشه را به عکس نزدیک‌تر می‌کنند (میانگین ΔE00
# میان عکس و نقشه پایین می‌آید، درس ۵)؛ از یک جایی به بعد چشم دیگر فرقی نمی‌بیند. سلول پایین همان بسته را
# با ۴، ۸ و ۱۲ رنگ می‌سازد.

# %%
for trial in (make_kit(photo, 12, 35, colours=4), kit, make_kit(photo, 12, 35, colours=12)):
    lots = sum(len(colour_lots) for colour_lots in trial.lots.values())
    say(f"{len(trial.recipes):2d} رنگ: میانگین ΔE00 {trial.result.mean_delta_e:.1f}، {lots} بچ رنگ، "
        f"در دسترس {trial.reachable_count} از {len(trial.recipes)}، روی هم {trial.estimate.total_rial:,.0f} ریال")

# %% [markdown]
# ### تمرین ۱ — یک برنامهٔ بزرگ‌تر
# مشتری ۵۰ × ۷۰ سانتی‌متر با ۵۰ رج می‌خواهد، با سه بافنده که هر کدام روزی ۱٬۲۰۰ گره می‌زنند. چند گره، چند روز،
# و با مقاطی ۱٬۸۰۰٬۰۰۰ ریال چه دستمزدی؟

# %%
# اینجا امتحان کنید، بعد پاسخ پایین را باز کنید.

# %% [markdown]
# <details><summary>نمایش پاسخ</summary>
#
# ```python
# across, rows = chart_size(50, 70, 50)
# knots = across * rows
# print(knots, math.ceil(knots / (3 * 1200)), knots / 12000 * 1_800_000)
# ```
#
# چاپ می‌کند:
#
# ```text
# 178500 50 26775000.0
# ```
#
# ۱۷۸٬۵۰۰ ÷ ۳٬۶۰۰ = ۴۹٫۶ روز: گروه ۵۰ روز لازم دارد.
#
# </details>

# %% [markdown]
# ## ۳. نخ هر رنگ
#
# حساب نخ درس ۱: گره‌ها × سانتی‌متر برای هر گره ÷ ۱۰۰ متر را می‌دهد؛ نخی با Nm ۸ در یک لا، ۸ متر در هر گرم
# می‌دهد؛ پرت را اضافه کنید. ۵۷٬۲۰۰ گرهِ آن برنامه، با ۴ سانتی‌متر برای هر گره و ۱۰ درصد پرت، ۲٬۲۸۸ متر
# می‌خواهند، ۲۸۶ گرم، و با پرت **۳۱۴٫۶ گرم**. بسته همین حساب را برای هر رنگ می‌کند: فهرست `recipes` آن گرم هر
# رنگ را دارد.

# %%
metres = pile_length_m(57_200, 4)
say(f"{metres:,.0f} متر ← {yarn_grams(metres, 8):.1f} گرم ← {yarn_grams(metres, 8, 1, 10):.1f} گرم با ۱۰ درصد پرت")
for recipe in kit.recipes[:4]:
    say(f"کد {recipe.code}: {recipe.knots:,} گره، {recipe.yarn_grams:.2f} گرم")

# %% [markdown]
# ## ۴. رنگرز به همهٔ رنگ‌ها می‌رسد؟
#
# یک عکس می‌تواند رنگ‌هایی داشته باشد که رنگ‌های رنگرز روی پشم نمی‌سازند — یک آبی خیلی تند صفحهٔ گوشی، یک
# سبز فسفری (درس ۴: *بیرون از گستره*). بسته برای هر رنگ نقشه بهترین نسخه با حداکثر سه رنگ را پیدا می‌کند و
# می‌سنجد سایهٔ پیش‌بینی‌شدهٔ آن هنوز چقدر با رنگ نقشه فاصله دارد، به ΔE00 (درس ۲). دوره رنگی را **در
# دسترس** می‌داند که این ΔE00 برایش ۲٫۰ یا کمتر باشد؛ درست ۲٫۰ هم حساب است. این حد انتخاب دوره است، نه
# قاعدهٔ کار فرش: رنگرز شما شاید با حدی نزدیک‌تر کار کند.
#
# بسته هر نسخه را زیر نور لامپ رشته‌ای (`A`) و نور مغازه (`F11`) هم وارسی می‌کند: نسخه‌ای که در نور روز
# همانند است ولی زیر آن نورها نه، علامت **متامر** می‌خورد (درس ۴).

# %%
say(f"در دسترس: ΔE00 ≤ {REACHABLE_DELTA_E00}")
for recipe in kit.recipes:
    mark = "در دسترس" if recipe.reachable else "بیرون از دسترس"
    metameric = "، متامر" if recipe.metameric else ""
    say(f"کد {recipe.code} {recipe.colour}: ΔE00 {recipe.delta_e00:.2f} — {mark}{metameric}")

# %%
fig, ax = plt.subplots(figsize=(8, 2))
for place, recipe in enumerate(kit.recipes):
    ax.add_patch(plt.Rectangle((place, 0.5), 0.9, 0.45, color=recipe.colour))
    ax.add_patch(plt.Rectangle((place, 0), 0.9, 0.45, color=recipe.predicted_colour))
    ax.text(place + 0.45, 1.05, str(recipe.code), ha="center")
ax.set_xlim(0, len(kit.recipes))
ax.set_ylim(0, 1.3)
ax.set_axis_off()
ax.set_title("بالا: رنگ نقشه؛ پایین: آنچه بهترین نسخهٔ رنگرز می‌دهد")
plt.show()

# %% [markdown]
# وقتی رنگی در دسترس نیست سه جواب درست هست: آن را با نزدیک‌ترین سایه‌ای که رنگرز می‌سازد عوض کنید، رنگ‌های
# کمتری به کار ببرید، یا به مشتری بگویید. آنچه درست نیست وعدهٔ رنگی است که رنگرز نمی‌تواند رنگ کند.
# `only_reachable=True` اولی را انجام می‌دهد: به جای هر رنگی که در دسترس نیست، نزدیک‌ترین سایهٔ در دسترس را در
# راهنمای رنگ می‌گذارد و عکس را با همان راهنمای رنگ دوباره نقشه می‌کند، تا همهٔ گره‌ها رنگ‌شدنی باشند. بهایش این
# است که نقشه معمولاً کمی از عکس دورتر می‌شود (میانگین ΔE00 آن بالا می‌رود)، چون سایه‌ای که رنگرز می‌سازد جای رنگ
# خود عکس را می‌گیرد.

# %%
dyeable = make_kit(photo, 12, 35, colours=8, only_reachable=True)
say(f"با only_reachable: {dyeable.reachable_count} از {len(dyeable.recipes)} رنگ در دسترس، "
    f"میانگین ΔE00 تا عکس {dyeable.result.mean_delta_e:.1f} (پیش از آن: {kit.result.mean_delta_e:.1f})")

# %% [markdown]
# ### تمرین ۲ — خواندن یک جدول ΔE
# رنگرزی برای یک نقشه این جدول را می‌فرستد: `{1: 0.4, 3: 1.2, 7: 2.0, 12: 3.6, 20: 2.04, 25: 0.9}` (کد ← ΔE00
# بهترین نسخه). کدام کدها در دسترس‌اند؟

# %%
# اینجا امتحان کنید، بعد پاسخ پایین را باز کنید.

# %% [markdown]
# <details><summary>نمایش پاسخ</summary>
#
# ```python
# table = {1: 0.4, 3: 1.2, 7: 2.0, 12: 3.6, 20: 2.04, 25: 0.9}
# print(sorted(code for code, delta_e in table.items() if delta_e <= 2.0))
# ```
#
# چاپ می‌کند:
#
# ```text
# [1, 3, 7, 25]
# ```
#
# کد ۷ درست ۲٫۰ است: در دسترس. کد ۲۰، ۲٫۰۴ است: با یک رقم اعشار ۲٫۰ چاپ می‌شود، ولی در دسترس نیست.
#
# </details>

# %% [markdown]
# ## ۵. بچ‌ها و حمام‌ها
#
# دیگ رنگرز فقط مقدار معینی پشم جا می‌دهد. اگر رنگی ۲٬۳۰۰ گرم بخواهد و دیگ ۱٬۰۰۰ گرم جا بدهد، آن رنگ
# ۲٬۳۰۰ ÷ ۱٬۰۰۰ = ۲٫۳، پس **۳ بچ** می‌خواهد (رو به بالا: ۳۰۰ گرم آخر هم حمام می‌خواهد). بسته دو دیگ را پر نمی‌کند
# و یک دیگ سوم کوچک نمی‌گذارد: پشم را به بچ‌های **برابر** ۲٬۳۰۰ ÷ ۳ = ۷۶۶٫۷ گرمی تقسیم می‌کند، تا هر حمام همان
# نسخه را با همان نسبت آب به کالا داشته باشد و همان سایه از آب دربیاید.
#
# برای هر بچ: آب = کیلوگرم پشم × نسبت آب به کالا (۷۶۶٫۷ گرم با ۱:۴۰ می‌شود ۳۰٫۷ لیتر)؛ هر رنگ = گرم پشم × درصد
# owf ÷ ۱۰۰ (`Acid Red` با ۱٫۲۵ درصد می‌شود ۹٫۵۸ گرم)؛ مواد کمکیِ درصد owf از پشم، و مواد کمکیِ g/L از آب.

# %%
lots = lots_needed(2300, 1000)
wool = 2300 / lots
say(f"{lots} بچ {wool:.1f} گرمی؛ آب {liquor_litres(wool, 40):.1f} لیتر؛ Acid Red {dye_grams(wool, 1.25):.2f} گرم")
say(f"نمک گلابر ۱۰ درصد owf: {auxiliary_grams(10, '% owf', wool, liquor_litres(wool, 40)):.1f} گرم")

# %%
biggest = max(kit.recipes, key=lambda recipe: recipe.yarn_grams)
for lot in dye_lots(2300, biggest.recipe, wool_per_bath_g=1000, liquor_ratio=40):
    dyes = "، ".join(f"{line.name} {line.grams:.2f} گرم" for line in lot.batch.dyes)
    say(f"بچ {lot.number}: {lot.wool_g:.1f} گرم پشم، {lot.water_l:.1f} لیتر آب؛ {dyes}")

# %% [markdown]
# سلول بالا ۲٬۳۰۰ گرم را با نسخهٔ بزرگ‌ترین رنگ چهره رنگ می‌کند، انگار مشتری یک فرش بزرگ سفارش داده باشد: سه بچ
# برابر. یک تابلوی کوچک مثل چهرهٔ ما برای هر رنگ یک بچ لازم دارد.

# %% [markdown]
# ### تمرین ۳ — بچ‌های یک رنگ بزرگ
# رنگ زمینه‌ای ۴٬۲۰۰ گرم نخ می‌خواهد و دیگ ۱٬۰۰۰ گرم جا می‌دهد. چند بچ، در هر کدام چقدر پشم، و با ۱:۴۰ چقدر
# آب؟

# %%
# اینجا امتحان کنید، بعد پاسخ پایین را باز کنید.

# %% [markdown]
# <details><summary>نمایش پاسخ</summary>
#
# ```python
# lots = math.ceil(4200 / 1000)
# print(lots, 4200 / lots, 4200 / lots / 1000 * 40)
# ```
#
# چاپ می‌کند:
#
# ```text
# 5 840.0 33.6
# ```
#
# </details>

# %% [markdown]
# ## ۶. هزینهٔ بسته
#
# بسته دستمزد را با پشم، رنگ‌ها و مواد کمکی جمع می‌زند، که هر کدام به گرم وزن می‌شوند و قیمتشان برای هر کیلوگرم
# است. `kit.estimate` همهٔ عددها را دارد، و عددهایی که بر آن‌ها تکیه دارد (`kit.estimate.figures`، مقدارهای
# پیش‌فرض ساختگی که باید با عددهای خودتان عوض شوند). دستمزد را با دست هم حساب می‌کنیم تا ببینیم از کجا
# می‌آید.

# %%
estimate = kit.estimate
figures = estimate.figures
say(f"{estimate.knots:,} گره = {estimate.maghat:.2f} مقاط؛ {figures.weavers} بافنده با روزی "
    f"{figures.knots_per_day:,} گره: {estimate.weaving_days} روز بافت")
say(f"دستمزد با دست: {estimate.knots:,} ÷ ۱۲٬۰۰۰ × {figures.rial_per_maghat:,} = "
    f"{estimate.knots / 12000 * figures.rial_per_maghat:,.0f} ریال")
say(f"دستمزد {estimate.wages_rial:,.0f} + پشم {estimate.wool_rial:,.0f} + رنگ‌ها {estimate.dye_rial:,.0f} "
    f"+ مواد کمکی {estimate.auxiliaries_rial:,.0f} = {estimate.total_rial:,.0f} ریال")

# %% [markdown]
# ## ۷. خواندن `recipes.csv`
#
# `write_kit_files` بسته را در یک پوشه می‌نویسد: `kit.pdf` (صفحه‌های نقشه، راهنمای رنگ و برگه‌های رنگرزی)،
# `recipes.csv`، `chart.farshchart`، `legend.csv` و `preview.png`. `recipes.csv` برگهٔ رنگرز است، یک سطر برای هر
# رنگ: کد و گرمش، رنگ هدف و رنگ پیش‌بینی‌شده در CIELAB، نسخه به درصد owf، `delta_e00`، `reachable` و
# `metameric`، و آنچه در **یک** بچ می‌رود (`bath_wool_g`، `bath_water_l`، `bath_auxiliaries`).

# %%
folder = Path(tempfile.mkdtemp())
files = write_kit_files(kit, folder)
say(sorted(path.name for path in files.values()))
with open(files["recipes.csv"], newline="", encoding="utf-8") as handle:
    sheet = list(csv.DictReader(handle))
for row in sheet[:3]:
    say(f"کد {row['code']}: {row['yarn_grams']} گرم، نسخه {row['recipe']}، ΔE00 {row['delta_e00']}، "
        f"ستون reachable: {row['reachable']}؛ یک بچ: {row['bath_wool_g']} گرم پشم در {row['bath_water_l']} لیتر")

# %% [markdown]
# ## ۸. بستهٔ خودتان، از ترمینال
#
# برای پروژهٔ تکلیف، با فرمان `farshlab kit` در یک ترمینال JupyterLab (`File → New → Terminal`، مثل درس ۵)
# برای عکس یک مشتری بسته‌ای می‌سازید:
#
# ```text
# farshlab kit PHOTO --width-cm 35 --height-cm 50 --raj 40 --colours 24 -o my-kit
# farshlab kit PHOTO --width-cm 35 --height-cm 50 --raj 50 --colours 32 --only-reachable -o my-kit-50
# ```
#
# بدون `--height-cm` طول از تناسب عکس می‌آید؛ طول دیگری عکس را می‌بُرد، هرگز کش نمی‌دهد. فرمان گره‌ها، نخ،
# بچ‌های رنگ، روزهای بافت و هزینه را چاپ می‌کند. `kit.pdf` و `recipes.csv` را در هر پوشه باز کنید و مقایسه کنید:
# گره‌ها، روزها، هزینه، رنگ‌هایی که در دسترس نیستند. بعد انتخاب کنید، و انتخابتان را با واژه‌هایی که مشتری می‌فهمد برایش توضیح بدهید.

# %% [markdown]
# ## نکته‌های اصلی
# - قیمت و زمان با گره‌ها بالا می‌روند: دستمزد = گره‌ها ÷ ۱۲٬۰۰۰ × نرخ هر مقاط؛ روزها = گره‌ها ÷ (بافنده‌ها × گره
#   در روز)، رو به بالا گردشده.
# - رج دو بار حساب می‌شود: ۵۰ رج به جای ۴۰ در همان اندازه، (۵۰ ÷ ۴۰)² ≈ ۱٫۵۶ برابر گره است.
# - رنگ‌های بیشتر نقشه را به عکس نزدیک‌تر می‌کنند ولی نسخه‌ها و بچ‌های بیشتری به رنگرز می‌دهند؛ پشم همان
#   می‌ماند.
# - رنگی در دسترس است که بهترین نسخه‌اش تا ΔE00 ۲٫۰ به آن نزدیک شود؛ بقیه را جایگزین کنید، کنار بگذارید یا
#   در میان بگذارید، ولی هرگز وعده ندهید.
# - نخ هر رنگ در بچ‌هایی رنگ می‌شود که رو به بالا گرد شده‌اند، هر کدام با پشم برابر، تا هر حمام همان نسخه و
#   همان سایه را داشته باشد.
# - `make_kit` و `farshlab kit` نقشه، برگهٔ رنگرز `recipes.csv` و PDF بسته را می‌نویسند.
