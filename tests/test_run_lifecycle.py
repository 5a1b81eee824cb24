"""Which runs `reap_dead_runs` clears, without killing real runs (the crash suite does that).

A `salvo run` creates its run and starts it at once in the same process. A
process killed between the two leaves the run NOT_STARTED: it holds no slot,
but it would sit in the UI's run list for ever looking as if it might still
start. Runs that somebody else made (no Salvo liveness tags of their own) are
never touched.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import uuid

import dagster as dg
import pytest

from pipelines.runs import liveness_tags, reap_dead_runs


@dg.op
def _nothing():
    return None


@dg.job
def tiny_job():
    _nothing()


@pytest.fixture
def instance():
    with dg.instance_for_test() as instance:
        yield instance


@pytest.fixture
def dead_pid() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


def _not_started_run(instance, tags: dict[str, str], run_id: str | None = None) -> str:
    run_id = run_id or str(uuid.uuid4())
    instance.create_run_for_job(tiny_job, run_id=run_id, tags=tags)
    assert instance.get_run_by_id(run_id).status == dg.DagsterRunStatus.NOT_STARTED
    return run_id


def test_a_run_whose_process_died_before_starting_it_is_marked_failed(instance, dead_pid):
    run_id = str(uuid.uuid4())
    _not_started_run(instance, liveness_tags(run_id, pid=dead_pid), run_id)

    reaped = reap_dead_runs(instance)

    assert [run.run_id for run in reaped] == [run_id]
    assert instance.get_run_by_id(run_id).status == dg.DagsterRunStatus.FAILURE
    line = reaped[0].describe()
    assert f"pid {dead_pid}" in line and "died before the run started" in line
    assert "slot" not in line  # it never claimed one


def test_not_started_runs_of_a_live_process_or_of_others_are_left_alone(instance, dead_pid):
    mine_alive = str(uuid.uuid4())
    _not_started_run(instance, liveness_tags(mine_alive, pid=os.getpid()), mine_alive)
    untagged = _not_started_run(instance, {})
    # a re-execution copies its parent's tags: they describe the parent's process, not this run's
    parent = str(uuid.uuid4())
    copied = _not_started_run(instance, liveness_tags(parent, pid=dead_pid))

    assert reap_dead_runs(instance) == []
    for run_id in (mine_alive, untagged, copied):
        assert instance.get_run_by_id(run_id).status == dg.DagsterRunStatus.NOT_STARTED


STOP_WHILE_REPORTS_HANG = """
import os, signal, sys, threading, time
from pipelines.runs import StopOnSignal

class InstanceThatHangs:
    # every call waits for ever, as Dagster's event writes do once the signal has left logging's lock held
    def get_run_by_id(self, run_id):
        threading.Event().wait()
    report_run_canceling = report_run_canceled = get_run_by_id

with StopOnSignal(InstanceThatHangs(), "run-1", say=lambda line: print(line, flush=True), grace_s=0.5):
    # Dagster replaces the handlers while a run executes; the signal still reaches the wake-up socket
    signal.signal(signal.SIGTERM, lambda *_: None)
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(60)
sys.exit(0)
"""


def test_a_signal_ends_the_process_on_time_even_when_reporting_the_stop_hangs():
    """The stop's deadline holds whatever the run's status writes wait for (a signal that lands inside
    logging's fork handler leaves the logging lock held, and every later event write blocks)."""
    process = subprocess.run(
        [sys.executable, "-c", STOP_WHILE_REPORTS_HANG], capture_output=True, text=True, timeout=40
    )
    assert process.returncode == 128 + signal.SIGTERM, process.stdout + process.stderr
    assert "did not stop within 0.5 s: ending it" in process.stdout
