"""Where submissions run: a Dask LocalCluster on loopback, and the fallback without bubblewrap."""

import multiprocessing
import shutil
import threading
from unittest import mock

import pytest

from farshlab.course.grade import grade_assignment
from farshlab.course.sandbox import Limits, kernel_argv, sandbox_mode

ASSIGNMENT = "a00_orientation"
SCORES = {"t01_parisa": 17, "t02_bahram": 0, "t03_leyla": 8, "t04_davud": 9}  # see test_demo_cohort.py


@pytest.mark.slow
def test_dask_local_cluster_gives_the_same_grades(project, built_course, tmp_path):
    distributed = pytest.importorskip("distributed")
    course = tmp_path / "course"
    shutil.copytree(built_course.course_dir, course)
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None, processes=True
    )
    try:
        with distributed.Client(cluster) as client:
            assert all(
                address.startswith("tcp://127.0.0.1:") for address in client.scheduler_info()["workers"]
            )
            report = grade_assignment(
                course,
                ASSIGNMENT,
                project.samples / ASSIGNMENT,
                limits=Limits(budget_s=30),
                executor=client.get_executor(),
            )
    finally:
        cluster.close()
    assert {r.student_id: r.auto_score for r in report.rows} == SCORES
    assert all(r.status == "graded" and not r.flags for r in report.rows)


@pytest.mark.slow
def test_spawned_workers_give_the_same_grades(project, built_course, tmp_path):
    # workers are forked on Linux; while the grader runs another thread they are spawned instead
    course = tmp_path / "course"
    shutil.copytree(built_course.course_dir, course)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    try:
        with mock.patch("multiprocessing.get_context", wraps=multiprocessing.get_context) as context:
            report = grade_assignment(
                course, ASSIGNMENT, project.samples / ASSIGNMENT, limits=Limits(budget_s=30), workers=2
            )
    finally:
        stop.set()
    assert [c.args for c in context.call_args_list] == [("spawn",)]
    assert {r.student_id: r.auto_score for r in report.rows} == SCORES


@pytest.mark.slow
def test_fallback_without_bubblewrap_grades_and_says_so(project, built_course, tmp_path, monkeypatch):
    course = tmp_path / "course"
    shutil.copytree(built_course.course_dir, course)
    monkeypatch.setenv("FARSHLAB_SANDBOX", "none")  # the worker processes inherit it
    sandbox_mode.cache_clear()
    try:
        assert sandbox_mode() == "none"
        report = grade_assignment(
            course, ASSIGNMENT, project.samples / ASSIGNMENT, limits=Limits(budget_s=30), workers=1
        )
    finally:
        monkeypatch.delenv("FARSHLAB_SANDBOX")
        sandbox_mode.cache_clear()
    assert report.sandbox == "none"
    assert {r.student_id: r.auto_score for r in report.rows} == SCORES
    assert "sandbox: none" in report.html_path.read_text()


def test_kernel_command_hides_the_machine(project, built_course, tmp_path):
    if sandbox_mode() == "none":
        pytest.skip("bubblewrap is not available here")
    argv = kernel_argv(tmp_path, 200001, Limits(), sandbox_mode())
    assert argv[0].endswith("bwrap")
    for flag in ("--unshare-net", "--unshare-pid", "--die-with-parent"):
        assert flag in argv
    binds = {argv[i + 1] for i, a in enumerate(argv) if a == "--bind"}
    assert binds == {str(tmp_path)}  # the scratch folder is the only writable place
    read_only = {argv[i + 1] for i, a in enumerate(argv) if a == "--ro-bind"}
    assert "/" not in read_only
    hidden = [project.root / "exercises", project.root / "autograder", built_course.course_dir / "source"]
    for folder in hidden:
        assert not any(str(folder) == p or str(folder).startswith(p + "/") for p in read_only), folder
