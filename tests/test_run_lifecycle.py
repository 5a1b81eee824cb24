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
from pipelines.defs.resources import WarehouseResource
from pipelines.runs import StopOnSignal

marker = Path(sys.argv[1])

@dg.op
def swallows_the_interrupt():
    try:
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(3)
    except BaseException:  # as Python does with an exception raised in code that native code called back
        print("interrupt swallowed", flush=True)
        time.sleep(1)
    return 1

@dg.op
def reads_the_warehouse(warehouse: WarehouseResource, value):
    warehouse.get()  # where every Salvo step begins
    time.sleep(60)
    marker.write_text("the run went on")

@dg.job(resource_defs={"warehouse": WarehouseResource(path=str(marker.with_suffix(".duckdb")))})
def two_steps():
    reads_the_warehouse(swallows_the_interrupt())

with dg.instance_for_test() as instance:
    run_id = "0" * 8 + "-0000-0000-0000-" + "0" * 12
    stopper = StopOnSignal(instance, run_id, say=lambda line: print(line, flush=True), grace_s=30)
    try:
        with stopper:
            result = two_steps.execute_in_process(instance=instance, run_id=run_id, raise_on_error=False)
        print("steps that succeeded:", sorted(e.step_key for e in result.all_events if e.is_step_success), flush=True)
    except KeyboardInterrupt:
        print("interrupted", flush=True)
sys.exit(stopper.exit_code if stopper.signum else 0)
"""


def test_a_step_that_starts_after_a_lost_stop_signal_stops_where_it_reaches_the_warehouse(tmp_path):
    """polars calls back into Python, and an exception raised there is printed and dropped: the signal that
    Dagster raised in the running step was lost, and the run went on to its next step until the forced exit."""
    marker = tmp_path / "went-on"
    process = subprocess.run(
        [sys.executable, "-c", STOP_AFTER_A_LOST_INTERRUPT, str(marker)], capture_output=True, text=True, timeout=120
    )
    assert "interrupt swallowed" in process.stdout, process.stdout + process.stderr
    assert process.returncode == 128 + signal.SIGINT, process.stdout + process.stderr
    assert "did not stop within" not in process.stdout  # stopped by Dagster, not by the forced exit
    assert not marker.exists()


LOCK_LEFT_HELD_AT_A_FORK = """
import logging, os, sys, threading
# a stand-in for logging's after-fork release cut short by a stop signal: takes logging's lock before the fork and
# never gives it back (registered before the repair, so it runs after the repair has read the depth)
os.register_at_fork(before=logging._lock.acquire)
from pipelines import runs
if sys.argv[1] == "repair":
    runs._register_fork_repair()
pid = os.fork()
if pid == 0:
    os._exit(0)
os.waitpid(pid, 0)
done = threading.Event()
threading.Thread(target=lambda: (logging.getLogger("a logger made after the fork"), done.set()), daemon=True).start()
print("another thread logged" if done.wait(5) else "another thread waits for logging's lock", flush=True)
"""


@pytest.mark.parametrize("mode, expected", [("repair", "another thread logged"),
                                             ("none", "another thread waits for logging's lock")])
def test_logging_lock_left_held_by_an_interrupted_fork_handler_is_given_back(mode, expected):
    """A stop that lands in logging's after-fork handler leaves its lock held (the crash suite's SIGTERM during the
    feed poll, ended only by the forced exit): the repair StopOnSignal registers gives it back."""
    process = subprocess.run([sys.executable, "-c", LOCK_LEFT_HELD_AT_A_FORK, mode], capture_output=True, text=True,
                             timeout=60, cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    assert process.stdout.strip() == expected, process.stdout + process.stderr
