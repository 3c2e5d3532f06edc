"""
``farshlab build``: from the project's text sources to a course folder nbgrader can serve.

Steps, in order: write the course's ``nbgrader_config.py``; convert each
``exercises/<id>/*.py`` into ``source/<id>/*.ipynb`` after checking its nbgrader cells, with
the assignment's data files beside it — the wrong and library answers taken out
(:mod:`farshlab.course.answers`) and the library rule added to the locked set-up cell and the
notebook's metadata (:mod:`farshlab.course.rule`); run nbgrader's ``generate_assignment`` into
``release/<id>/``; convert ``notebooks/*.py`` into ``lessons/`` with ``notebooks/data/``;
validate every assignment (solution passes, release fails every autograded test) and prove it
(:mod:`farshlab.course.proofs`: every wrong answer fails its question alone, every library
answer answers its question with the rule off and earns nothing, flagged, with it on).

Functions
---------
build_course
    Run every step; raise :class:`BuildError` naming each broken file and cell.

Classes
-------
BuildReport, AssignmentBuild
    What was built.
BuildError
    Why a build failed, one line per problem.
"""

from __future__ import annotations

import copy
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from nbgrader.apps import NbGraderAPI

from farshlab.course.answers import Exercise, split_exercise
from farshlab.course.catalogue import check_course, load_course
from farshlab.course.nbgrader_setup import (
    load_course_config,
    prepare_environment,
    write_course_config,
)
from farshlab.course.notebooks import (
    ExerciseError,
    GradeCell,
    read_text_notebook,
    total_points,
    write_notebook,
)
from farshlab.course.project import COURSE_LANGUAGE, Assignment, Project, ProjectError, notebook_name
from farshlab.course.proofs import prove_answers, prove_library_rule
from farshlab.course.rule import (
    NotInstalled,
    Refusal,
    RuleError,
    installed,
    resolve,
    rule_metadata,
    setup_code,
)
from farshlab.course.translation import (
    code_parity,
    document_pairs,
    english_of,
    notebook_pairs,
    rtl_markdown,
    translation_status,
)
from farshlab.course.validate import validate_assignment

__all__ = ["AssignmentBuild", "BuildError", "BuildReport", "build_course"]


class BuildError(RuntimeError):
    """
    A build that cannot be used, with one line per problem.

    Attributes
    ----------
    problems : list of str
        Each names the file (and line, cell and grade_id where known) and what is wrong.
    """

    def __init__(self, problems: list[str]):
        self.problems = [str(problem) for problem in problems]
        super().__init__("\n".join(self.problems))


@dataclass
class AssignmentBuild:
    """
    One built assignment.

    Attributes
    ----------
    id : str
    notebooks : list of pathlib.Path
        The source notebooks written.
    cells : list of GradeCell
    exercises : list of Exercise
        Each notebook's questions, wrong answers and library answers.
    rule : list of Refusal
        The library functions switched off in the assignment.
    validated : bool
        Whether nbgrader's validation and the proofs ran (and passed).
    proven : dict
        ``{"wrong": …, "library": …}``: wrong answers and library answers proven.
    unavailable : set of str
        Packages some declared names or library answers need that are not installed here:
        left out of the rule and of the proofs.
    """

    id: str
    notebooks: list[Path]
    cells: list[GradeCell]
    exercises: list[Exercise] = field(default_factory=list)
    rule: list[Refusal] = field(default_factory=list)
    validated: bool = False
    proven: dict = field(default_factory=lambda: {"wrong": 0, "library": 0})
    unavailable: set[str] = field(default_factory=set)

    @property
    def points(self) -> float:
        """All points of the assignment, autograded and written."""
        return total_points(self.cells)

    @property
    def autograded_points(self) -> float:
        """Points given by tests alone."""
        return total_points(c for c in self.cells if c.kind == "autograded")


@dataclass
class BuildReport:
    """What ``build_course`` wrote."""

    course_dir: Path
    assignments: list[AssignmentBuild] = field(default_factory=list)
    lessons: list[Path] = field(default_factory=list)
    lang: str = COURSE_LANGUAGE
    behind: list[Path] = field(default_factory=list)


def _copy_data(files: list[Path], base: Path, target: Path) -> None:
    for file in files:
        destination = target / file.relative_to(base)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(file, destination)


def _rule(exercise: Exercise, unavailable: set[str]) -> list[Refusal]:
    """
    The refusals an exercise declares, each name resolved to where it is defined.

    A name from a package this environment does not have cannot be called by trainees either: it
    is left out, and so are the library answers that need such a package (they cannot be proven
    here); their packages are added to ``unavailable``.
    """
    refusals: dict[str, Refusal] = {}
    for question in exercise.questions:
        kept = [v for v in question.library if all(installed(p) for p in v.packages)]
        unavailable |= {p for v in question.library for p in v.packages if not installed(p)}
        question.library = kept
        for name in question.answered_by:
            try:
                target = resolve(name)
            except NotInstalled:
                unavailable.add(name.split(".")[0])
                continue
            except RuleError as error:
                where = {"line": question.line, "grade_id": question.answer}
                raise ExerciseError(exercise.text, str(error), **where) from None
            writes = ", ".join(question.writes)
            refusals.setdefault(target, Refusal(question.label, question.tests, writes, name, target))
    return list(refusals.values())


def _in_language(notebook, lang: str):
    """The notebook as it is shown in ``lang``: Persian markdown in right-to-left blocks."""
    for cell in notebook.cells:
        written_answer = cell.metadata.get("nbgrader", {}).get("solution", False)
        if cell.cell_type == "markdown" and not written_answer:
            cell.source = rtl_markdown(cell.source, lang)
    notebook.metadata.pop("farshlab_translation", None)
    return notebook


def _parity(text: Path, lang: str) -> list[str]:
    """How a translated text's code differs from its English text's (none for English)."""
    if lang == COURSE_LANGUAGE:
        return []
    return code_parity(read_text_notebook(english_of(text)), read_text_notebook(text), str(text))


def _with_rule(exercise: Exercise, rule: list[Refusal], assignment_id: str, lang: str):
    """The notebook nbgrader gets: the rule in its locked set-up cell and in its metadata."""
    notebook = _in_language(copy.deepcopy(exercise.notebook), lang)
    notebook.metadata["farshlab"] = rule_metadata(rule, lang)
    if not rule:
        return notebook
    setup_id = assignment_id.split("_", 1)[0] + "-setup"
    for cell in notebook.cells:
        nbg = cell.metadata.get("nbgrader", {})
        if nbg.get("grade_id") == setup_id and cell.cell_type == "code" and nbg.get("locked"):
            cell.source = cell.source.rstrip("\n") + "\n" + setup_code(rule, lang)
            return notebook
    raise ExerciseError(
        exercise.text,
        f"the assignment switches library functions off but has no locked set-up code cell {setup_id!r} "
        "to say so in",
    )


def _write_source(assignment: Assignment, course_dir: Path, lang: str) -> AssignmentBuild:
    folder = course_dir / "source" / assignment.id
    if folder.exists():
        shutil.rmtree(folder)
    built = AssignmentBuild(assignment.id, [], [])
    texts = assignment.texts(lang)
    problems = [problem for text in texts for problem in _parity(text, lang)]
    if problems:
        raise BuildError(problems)
    for text in texts:
        exercise = split_exercise(read_text_notebook(text), text, assignment.id)
        built.cells += exercise.cells
        rule = _rule(exercise, built.unavailable)
        built.exercises.append(exercise)
        built.rule += rule
        notebook = _with_rule(exercise, rule, assignment.id, lang)
        built.notebooks.append(write_notebook(notebook, folder / notebook_name(text)))
    _copy_data(assignment.data_files, assignment.folder, folder)
    return built


def _write_lessons(project: Project, course_dir: Path, lang: str) -> list[Path]:
    folder = course_dir / "lessons"
    texts = project.lessons(lang)
    problems = [problem for text in texts for problem in _parity(text, lang)]
    if problems:
        raise BuildError(problems)
    if folder.exists():
        shutil.rmtree(folder)
    written = [
        write_notebook(_in_language(read_text_notebook(text), lang), folder / notebook_name(text))
        for text in texts
    ]
    data = project.lesson_data()
    if data.is_dir():
        _copy_data(sorted(p for p in data.rglob("*") if p.is_file()), project.notebooks, folder)
    return written


def _prove(course_dir: Path, builds: list[AssignmentBuild]) -> dict[str, list[str]]:
    """The proofs of every assignment's wrong and library answers, by assignment id."""
    found: dict[str, list[str]] = {}
    for built in builds:
        found[built.id] = []
        for exercise in built.exercises:
            problems, counts = prove_answers(exercise, course_dir / "source" / built.id)
            found[built.id] += problems
            built.proven = {key: built.proven[key] + counts[key] for key in counts}
    return found


def build_course(
    project: Project,
    course_dir: Path | None = None,
    lang: str = COURSE_LANGUAGE,
    validate: bool = True,
) -> BuildReport:
    """
    Build the course folder from the project's text sources.

    Parameters
    ----------
    project : Project
        The checkout to build from.
    course_dir : pathlib.Path, optional
        Where to build; default ``build/course`` in the project (``build/course-fa`` for Persian).
    lang : str
        Language of the course text; must be one ``course.yml`` lists. A translated course
        is built from the ``<name>.<lang>.py`` texts, each checked to have the English code
        (:func:`farshlab.course.translation.code_parity`); ``BuildReport.behind`` lists the
        translations whose English file changed since they were made.
    validate : bool
        Prove every assignment sound (default). Only a caller that validates by other
        means should turn this off.

    Returns
    -------
    BuildReport

    Raises
    ------
    BuildError
        Naming each broken exercise file and cell, each nbgrader failure and each
        disagreement between ``course.yml`` and the files.
    ProjectError
        If the project or language is unknown.
    """
    course = load_course(project)
    if lang not in course.languages:
        raise ProjectError(
            f"the course text is not written in {lang!r} yet (available: {', '.join(course.languages)})"
        )
    course_dir = Path(course_dir or project.course_dir(lang)).resolve()
    prepare_environment()
    write_course_config(project, course_dir, None if lang == COURSE_LANGUAGE else lang)
    config = load_course_config(course_dir)
    report = BuildReport(course_dir, lang=lang)
    if lang != COURSE_LANGUAGE:
        pairs = notebook_pairs(project, lang) + document_pairs(project, lang)
        statuses = [translation_status(english, lang) for english, _ in pairs]
        report.behind = [status.translation for status in statuses if status.state != "current"]

    problems: list[str] = []
    for assignment in project.assignments():
        try:
            report.assignments.append(_write_source(assignment, course_dir, lang))
        except BuildError as error:
            problems += error.problems
        except ValueError as error:  # ExerciseError names file, line, cell and grade_id
            problems.append(str(error))
    problems += check_course(project, course) if not problems else []
    if problems:
        raise BuildError(problems)

    api = NbGraderAPI(config=config)
    for built in report.assignments:
        result = api.generate_assignment(built.id, force=True, create=True)
        if not result["success"]:
            detail = (result.get("error") or result.get("log") or "").strip().splitlines()
            problems.append(f"nbgrader generate_assignment {built.id} failed: {detail[-1] if detail else ''}")
    if problems:
        raise BuildError(problems)

    report.lessons = _write_lessons(project, course_dir, lang)
    if validate:
        for assignment, built in zip(project.assignments(), report.assignments, strict=True):
            found = [str(p) for p in validate_assignment(course_dir, assignment, config, lang)]
            # variants cannot be proven against a solution that fails
            problems += found or _prove(course_dir, [built])[built.id]
        if problems:
            raise BuildError(problems)
        problems += prove_library_rule(course_dir, {b.id: b.exercises for b in report.assignments}, config)
        if problems:
            raise BuildError(problems)
        for built in report.assignments:
            built.validated = True
    return report
