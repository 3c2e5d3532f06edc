# nbgrader settings for every farshlab course folder.
#
# `farshlab build` copies this file into the built course as `nbgrader_config.py` and adds
# `c.CourseDirectory.root` (the course folder's absolute path) at the end. nbgrader reads
# that file from the current directory only, so run nbgrader's own commands inside the
# course folder (see curriculum/instructor-guide.md). Trap numbers refer to the notes on
# nbgrader's measured behaviour kept with the project's shared documents (GRADING.md).

c = get_config()  # noqa: F821 -- provided by traitlets when nbgrader loads this file

c.CourseDirectory.course_id = "farshlab"

# Trap 1: any stderr output in a test cell scores 0, so a numpy or matplotlib warning would
# zero a correct answer. Drop stderr outputs that are Python warnings before grading.
c.IgnorePattern.enabled = True
c.IgnorePattern.pattern = r"\b\w*Warning\b"

# Trap 6: a deleted test cell is added back from the gradebook and graded, instead of
# silently scoring 0 and waiting for a person.
c.OverwriteCells.add_missing_cells = True

# Trap 7: hidden tests must not reach trainees through feedback. Clear them from the
# feedback copy, and keep tracebacks minimal so no hidden line leaks through a traceback;
# farshlab's HideHiddenCheckErrors (before ClearHiddenTests, which removes the markers it
# looks for) also replaces the messages of failed cells with hidden checks, which would
# otherwise show the hidden answer. Its message follows FARSHLAB_LANG, or set
# c.HideHiddenCheckErrors.lang = "fa".
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "farshlab.course.feedback.HideHiddenCheckErrors",
    "nbgrader.preprocessors.ClearHiddenTests",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]
# Kernels log only errors (ipykernel warns about plain-TCP sockets on every start).
c.Execute.extra_arguments = ["--InteractiveShell.xmode=Minimal", "--IPKernelApp.log_level=ERROR"]

# Per-cell time limit in seconds (nbgrader's own limit; a whole-notebook budget comes
# with farshlab's grading engine).
c.Execute.timeout = 60

