"""
The code that runs inside a grading kernel, before and beside the trainee's cells.

These modules are started by the grader in the kernel's own process, inside the sandbox
(:mod:`farshlab.course.sandbox`); they use only the standard library and IPython, so that they
cost a kernel nothing it would not load anyway.

Modules
-------
shim
    The kernel's entry point: resource limits, its own user, an allow-listed environment, the
    audit hook, then ipykernel in the same process.
audit
    The PEP 578 audit hook that records files opened outside the scratch folder.
runner
    Runs the course's test cells on a private channel to the grader: their code reaches Python
    unchanged, their exception reaches the grader unchanged, and the test machinery is checked
    before each of them.
channel
    Length-prefixed JSON messages, the one format both ends of the private channel speak.
"""
