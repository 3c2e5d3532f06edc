"""
Write the Persian sample cohorts: the English trainees' answers in the Persian released notebooks.

Every answer cell the trainees of ``autograder/samples/<id>/`` changed is put, by grade_id, into
the Persian release and run; grading both cohorts gives the same scores
(``tests/grading/test_translated_cohort.py``). Run it after the English samples or a Persian
assignment's answer cells change:

    .venv/bin/farshlab build && .venv/bin/farshlab build --lang fa
    .venv/bin/python autograder/samples/make_translated_samples.py [fa] [ASSIGNMENT_ID ...]
"""

import sys

from farshlab.course.project import find_project
from farshlab.course.samples import translate_cohort

if __name__ == "__main__":
    arguments = sys.argv[1:]
    lang = arguments.pop(0) if arguments and not arguments[0].startswith("a") else "fa"
    wanted = arguments or [a.id for a in find_project().assignments()]
    for assignment_id in wanted:
        for path in translate_cohort(assignment_id, lang):
            print(path)
