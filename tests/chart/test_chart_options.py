"""farshlab.chart.options: the chart job's choices and defaults, in a module that imports nothing."""

import ast
import inspect

from farshlab.carpet import AHRARI_PILE_NM_AT_40_RAJ, DEFAULT_CM_PER_KNOT
from farshlab.chart import options
from farshlab.chart.palette import PALETTE_METHODS, make_palette
from farshlab.printing.chart_pdf import write_chart_pdf
from farshlab.printing.layout import PAPER_MM


def test_imports_nothing():
    tree = ast.parse(inspect.getsource(options))
    assert not [node for node in ast.walk(tree) if isinstance(node, ast.Import | ast.ImportFrom)]


def test_choices_match_the_modules_that_use_them():
    assert options.PALETTE_METHOD_NAMES == tuple(PALETTE_METHODS)
    assert options.PAPERS == tuple(PAPER_MM)


def test_defaults_are_among_the_choices_and_used():
    assert options.DEFAULT_PALETTE_METHOD in options.PALETTE_METHOD_NAMES
    assert options.DEFAULT_COLUMNS_FROM in options.COLUMN_ORIGINS
    assert options.DEFAULT_PAPER in options.PAPERS
    assert inspect.signature(make_palette).parameters["method"].default == options.DEFAULT_PALETTE_METHOD
    pdf = inspect.signature(write_chart_pdf).parameters
    assert (pdf["paper"].default, pdf["columns_from"].default) == (
        options.DEFAULT_PAPER,
        options.DEFAULT_COLUMNS_FROM,
    )


def test_yarn_per_knot_is_the_carpet_figure():
    assert options.CM_PER_KNOT == DEFAULT_CM_PER_KNOT


def test_the_yarn_count_is_ahraris_40_raj_pile_count():
    assert (options.EXAMPLE_NM, options.EXAMPLE_PLY) == (AHRARI_PILE_NM_AT_40_RAJ, 1)
