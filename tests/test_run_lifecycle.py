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


STOP_AFTER_A_LOST_INTERRUPT = """
import os, signal, sys, time
from pathlib import Path
import dagster as dg
from pipelines.runs import StopOnSignal

marker = Path(sys.argv[1])

@dg.op
def swallows_the_interrupt():
    try:
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(3)
    except BaseException:  # what Python does with an exception raised in code that native code called back
        print("interrupt swallowed", flush=True)
        time.sleep(1)
    return 1

@dg.op
def would_run_a_minute(value):
    time.sleep(60)
    marker.write_text("the run went on")

@dg.job
def two_steps():
    would_run_a_minute(swallows_the_interrupt())

with dg.instance_for_test() as instance:
    run_id = "0" * 8 + "-0000-0000-0000-" + "0" * 12
    stopper = StopOnSignal(instance, run_id, say=lambda line: print(line, flush=True), grace_s=30)
    with stopper:
        result = two_steps.execute_in_process(instance=instance, run_id=run_id, raise_on_error=False)
    print("steps that succeeded:", sorted(e.step_key for e in result.all_events if e.is_step_success), flush=True)
sys.exit(stopper.exit_code if stopper.signum else 0)
"""


def test_an_interrupt_that_a_step_swallowed_is_sent_again_when_the_next_step_starts(tmp_path):
    """polars calls back into Python; an exception raised there is printed and dropped, so the signal
    Dagster raised in the step was lost and the run went on to its next step until the forced stop."""
    marker = tmp_path / "went-on"
    process = subprocess.run(
        [sys.executable, "-c", STOP_AFTER_A_LOST_INTERRUPT, str(marker)], capture_output=True, text=True, timeout=120
    )
    assert "interrupt swallowed" in process.stdout, process.stdout + process.stderr
    assert process.returncode == 128 + signal.SIGINT, process.stdout + process.stderr
    assert "did not stop within" not in process.stdout  # stopped by Dagster, not by the forced exit
    assert "steps that succeeded: ['swallows_the_interrupt']" in process.stdout
    assert not marker.exists()
