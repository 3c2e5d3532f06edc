"""Every lesson has ungraded practice exercises with answers to check oneself, and the answers are right.

A practice exercise is three cells in a row:

1. a markdown cell starting with a ``### Practice …`` heading: the task;
2. a code cell holding nothing but comments: where the trainee tries it;
3. a markdown cell with the answer folded away in ``<details><summary>…</summary> … </details>``:
   one or more fenced ``python`` blocks, and, when the answer says what it prints, a fenced ``text``
   block with that output.

The slow test runs each lesson from the top with every answer's code put in a cell of its own just
after the answer (where the trainee would run it), in a folder laid out like the trainees' ``lessons/``
(the lesson's ``data/`` beside it), and compares what each answer prints with its ``text`` block.
"""

import re
import shutil
from dataclasses import dataclass

import nbformat
import pytest
from nbclient import NotebookClient

from farshlab.course.notebooks import read_text_notebook
from farshlab.course.project import find_project

PROJECT = find_project()
LESSONS = PROJECT.lessons()
MIN_PRACTICE = 3
HEADING = re.compile(r"^#{2,4} Practice\b")
FENCE = re.compile(r"^```(\w*)[ \t]*\n(.*?)^```[ \t]*$", re.DOTALL | re.MULTILINE)


@dataclass(frozen=True)
class Practice:
    """One practice exercise: its title, the position of its answer cell, the answer's code and output."""

    title: str
    answer_cell: int
    code: str
    expected: str | None


def _only_comments(source: str) -> bool:
    return all(not line.strip() or line.lstrip().startswith("#") for line in source.splitlines())


def read_practice(notebook) -> tuple[list[Practice], list[str]]:
    """The practice exercises of a notebook, and one sentence per practice that is not well formed."""
    found, problems = [], []
    cells = notebook.cells
    for index, cell in enumerate(cells):
        if cell.cell_type != "markdown" or not HEADING.match(cell.source):
            continue
        title = cell.source.splitlines()[0].lstrip("#").strip()
        if index + 2 >= len(cells):
            problems.append(f"{title}: needs a cell to try it in and an answer cell after it")
            continue
        trial, answer = cells[index + 1], cells[index + 2]
        if trial.cell_type != "code" or not _only_comments(trial.source):
            problems.append(f"{title}: the cell after the task should be an empty code cell to try it in")
        text = answer.source.strip()
        if answer.cell_type != "markdown" or not (
            text.startswith("<details>") and text.endswith("</details>")
        ):
            problems.append(f"{title}: the answer should be folded away in <details> … </details>")
            continue
        if "<summary>" not in text:
            problems.append(f"{title}: the folded answer needs a <summary> to click on")
        blocks = FENCE.findall(text)
        code = "\n".join(body for kind, body in blocks if kind == "python")
        outputs = [body for kind, body in blocks if kind == "text"]
        if not code.strip():
            problems.append(f"{title}: the answer shows no ```python code a trainee can run")
            continue
        found.append(Practice(title, index + 2, code, "".join(outputs) if outputs else None))
    return found, problems


def _clean(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


def _printed(outputs) -> str:
    parts = []
    for output in outputs:
        if output.output_type == "stream" and output.name == "stdout":
            parts.append(output.text)
        elif output.output_type == "execute_result" and "text/plain" in output.data:
            parts.append(output.data["text/plain"] + "\n")
    return "".join(parts)


def _notebook(*cells):
    notebook = nbformat.v4.new_notebook()
    for kind, source in cells:
        make = nbformat.v4.new_markdown_cell if kind == "md" else nbformat.v4.new_code_cell
        notebook.cells.append(make(source))
    return notebook


@dataclass(frozen=True)
class Result:
    """What one practice answer printed when run in its lesson, and what its answer says it prints."""

    practice: Practice
    printed: str
    expected: str | None


def run_with_answers(notebook, folder) -> list[Result]:
    """Run the notebook in ``folder`` with each practice answer's code in a cell after its answer."""
    practices, _ = read_practice(notebook)
    run = nbformat.from_dict(notebook)
    added = []
    for practice in sorted(practices, key=lambda p: p.answer_cell, reverse=True):
        cell = nbformat.v4.new_code_cell(practice.code)
        run.cells.insert(practice.answer_cell + 1, cell)
        added.append((practice, cell))
    NotebookClient(
        run, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(folder)}}
    ).execute()
    stderr = [
        output.text
        for _, cell in added
        for output in cell.outputs
        if output.output_type == "stream" and output.name == "stderr"
    ]
    assert stderr == [], f"a practice answer wrote to stderr: {stderr}"
    return [
        Result(
            practice, _clean(_printed(cell.outputs)), _clean(practice.expected) if practice.expected else None
        )
        for practice, cell in reversed(added)
    ]


ANSWER = (
    "<details><summary>Show the answer</summary>\n\n```python\nprint(2 + 3)\n```\n\n"
    "```text\n5\n```\n\n</details>"
)


def test_a_well_formed_practice_is_read_with_its_code_and_output():
    notebook = _notebook(
        ("md", "### Practice 1 — Add\nAdd 2 and 3."), ("code", "# Try it here."), ("md", ANSWER)
    )
    (practice,), problems = read_practice(notebook)
    assert problems == []
    assert (practice.title, practice.answer_cell) == ("Practice 1 — Add", 2)
    assert (practice.code, practice.expected) == ("print(2 + 3)\n", "5\n")


@pytest.mark.parametrize(
    ("cells", "problem"),
    [
        ([("code", "# Try it here."), ("md", ANSWER)], None),
        ([("code", "print(2 + 3)"), ("md", ANSWER)], "an empty code cell to try it in"),
        ([("code", ""), ("md", "The answer is `print(2 + 3)`.")], "folded away in <details>"),
        ([("code", ""), ("md", "<details>\n\n```python\nx = 1\n```\n</details>")], "needs a <summary>"),
        (
            [("code", ""), ("md", "<details><summary>Answer</summary>\n\n5\n\n</details>")],
            "no ```python code",
        ),
        ([("code", "")], "needs a cell to try it in and an answer cell"),
    ],
)
def test_a_practice_that_gives_its_answer_away_or_hides_none_is_reported(cells, problem):
    _, problems = read_practice(_notebook(("md", "### Practice 2 — Add"), *cells))
    if problem is None:
        assert problems == []
    else:
        assert any(problem in p for p in problems), problems


@pytest.mark.parametrize("lesson", LESSONS, ids=[p.stem for p in LESSONS])
def test_every_lesson_has_practice_with_answers(lesson):
    found, problems = read_practice(read_text_notebook(lesson))
    assert problems == [], f"{lesson.name}: {problems}"
    assert len(found) >= MIN_PRACTICE, (
        f"{lesson.name} has {len(found)} practice exercises with answers; every lesson needs at least "
        f"{MIN_PRACTICE} ('### Practice …', an empty cell, the answer in <details>)"
    )


@pytest.mark.slow
def test_a_wrong_printed_answer_is_caught(tmp_path):
    notebook = _notebook(
        ("code", "knots = 178_500"),
        ("md", "### Practice 1 — Maghat"),
        ("code", "# Try it here."),
        ("md", ANSWER.replace("print(2 + 3)", "print(knots / 12_000)").replace("\n5\n", "\n14.9\n")),
    )
    (result,) = run_with_answers(notebook, tmp_path)
    assert result.printed == "14.875" and result.expected == "14.9"


@pytest.mark.slow
@pytest.mark.parametrize("lesson", LESSONS, ids=[p.stem for p in LESSONS])
def test_practice_answers_run_and_print_what_they_say(lesson, tmp_path):
    data = PROJECT.lesson_data()
    if data.is_dir():
        shutil.copytree(data, tmp_path / data.name)
    results = run_with_answers(read_text_notebook(lesson), tmp_path)
    wrong = [
        f"{r.practice.title}: the answer says it prints\n{r.expected}\nbut it prints\n{r.printed}"
        for r in results
        if r.expected is not None and r.printed != r.expected
    ]
    assert wrong == [], f"{lesson.name}:\n" + "\n\n".join(wrong)
