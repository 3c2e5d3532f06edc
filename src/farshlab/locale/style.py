"""
The style sheet that shows the Persian course right to left in JupyterLab and Voilà.

Persian markdown cells are built inside ``<div dir="rtl" lang="fa">`` blocks
(:func:`farshlab.course.translation.rtl_markdown`). JupyterLab aligns paragraphs left whatever
their direction, so the course ships ``styles/rtl.css``: paragraphs, lists and tables aligned to
their start, code and formulas kept left to right, Persian drawn in the bundled Vazirmatn (SIL
Open Font License), embedded in the sheet so no font needs installing. ``make lab`` puts it in
the trainees' Jupyter configuration as ``custom/custom.css`` (switched on with
``--LabApp.custom_css=True``); a Voilà page gets it from its first cell.

Functions
---------
stylesheet
    The CSS text, with the fonts embedded.
write_lab_css
    Write it as ``<config dir>/custom/custom.css`` for JupyterLab.
style_html
    The ``<style>`` block a Voilà page displays first.

Examples
--------
>>> "direction: rtl" in stylesheet()
True
"""

import base64
from functools import cache
from importlib import resources
from pathlib import Path

__all__ = ["style_html", "stylesheet", "write_lab_css"]

_FONTS = (("Vazirmatn-Regular.ttf", "normal"), ("Vazirmatn-Bold.ttf", "bold"))


@cache
def stylesheet(embed_fonts: bool = True) -> str:
    """
    Return the right-to-left style sheet.

    Parameters
    ----------
    embed_fonts : bool
        Embed Vazirmatn as ``data:`` addresses (default), so the sheet works on its own.
    """
    sheet = resources.files(__package__).joinpath("styles", "rtl.css").read_text(encoding="utf-8")
    if not embed_fonts:
        return sheet
    fonts = resources.files("farshlab").joinpath("printing", "fonts")
    faces = []
    for name, weight in _FONTS:
        data = base64.b64encode(fonts.joinpath(name).read_bytes()).decode("ascii")
        faces.append(
            '@font-face {\n  font-family: "Vazirmatn";\n'
            f'  src: url("data:font/ttf;base64,{data}") format("truetype");\n'
            f"  font-weight: {weight};\n}}\n"
        )
    return "".join(faces) + sheet


def write_lab_css(config_dir: Path) -> Path:
    """
    Write the style sheet as JupyterLab's ``custom/custom.css`` under ``config_dir``.

    Parameters
    ----------
    config_dir : pathlib.Path
        The Jupyter configuration folder JupyterLab is started with (``JUPYTER_CONFIG_DIR``).

    Returns
    -------
    pathlib.Path
        The file written.
    """
    target = Path(config_dir) / "custom" / "custom.css"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(stylesheet(), encoding="utf-8")
    return target


def style_html() -> str:
    """
    Return the ``<style>`` block a Voilà page shows in its first cell.

    Examples
    --------
    >>> style_html().startswith("<style>")
    True
    """
    return f"<style>\n{stylesheet()}</style>"
