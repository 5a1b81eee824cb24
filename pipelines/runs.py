"""Run lifecycle: who runs a run, whether it still lives, and clearing what a dead one holds.

A run killed without warning (SIGKILL, an OOM kill, a power cut) stays
STARTED in the Dagster instance and keeps the slot of the `duckdb_writer`
pool its step had claimed; every later run would wait for that slot forever.
So each run records which process runs it, and before a run starts:

* `reap_dead_runs` marks STARTING/STARTED runs whose process is gone failed
  and frees their pool slots (and the slots finished runs still hold); a
  run `salvo run` created but whose process died before starting it would
  stay NOT_STARTED in the UI for ever, so it is marked failed too;
* `wait_for_writer_slot` waits, visibly and for at most SALVO_WRITER_WAIT_S
  seconds, while a live run holds the writer slot.

Liveness: `salvo run` tags its run with the host, the pid and the process's
start (the boot id and the start time in clock ticks from /proc, so a pid
reused by another process, or after a reboot, is not taken for the run).
Runs the daemon launches carry no such tags; Dagster records their worker's
pid in an engine event, and a process that started after the run did is not
its worker. `SalvoRunLauncher` answers the daemon's run monitoring with the
same test, so `salvo ui` fails dead runs by itself (dagster.yaml).

SALVO_WRITER_WAIT_S     how long a run waits for the writer slot (default 3600)
SALVO_STALE_RUN_S       a run with no known process is failed when older (default 43200)
SALVO_STOP_GRACE_S      after SIGTERM/SIGINT, how long the run gets to stop by itself (default 10)
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from dagster._core.launcher import CheckRunHealthResult, WorkerStatus
from dagster._core.launcher.default_run_launcher import DefaultRunLauncher

HOST_TAG = "salvo/host"
PID_TAG = "salvo/pid"
PID_START_TAG = "salvo/pid_start"
# the run the three tags above were written for: a re-execution from the UI
# copies its parent's tags, and must not be judged by the parent's process
WORKER_OF_TAG = "salvo/worker_of"

WRITER_POOL = "duckdb_writer"  # the pool of every step that writes the warehouse (defs/resources.py)

DEFAULT_WRITER_WAIT_S = 3600.0
DEFAULT_STALE_RUN_S = 12 * 3600.0
DEFAULT_STOP_GRACE_S = 10.0

# a daemon-launched worker starts a little before its run is marked started
_START_TOLERANCE_S = 5.0


def _env_seconds(name: str, default: float) -> float:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return float(value)
    except ValueError:
        raise ValueError(f"{name}={value!r}: expected a number of seconds") from None


# ---------------------------------------------------------------- processes


def _stat_fields(pid: int) -> list[str] | None:
    """/proc/<pid>/stat after the command name: state, ppid, ... (None: no such process)."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError, PermissionError, OSError):
        return None
    return text.rsplit(")", 1)[1].split()


def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return ""


def process_start(pid: int) -> str | None:
    """'<boot id>:<start time in clock ticks since boot>' of a live process; None without /proc."""
    fields = _stat_fields(pid)
    if fields is None:
        return None
    return f"{_boot_id()}:{fields[19]}"  # field 22 of stat, starttime


def _process_started_at(pid: int) -> float | None:
    """When a process started (epoch seconds), from /proc; None when unknown."""
    fields = _stat_fields(pid)
    if fields is None:
        return None
    try:
        boot_time = next(
            float(line.split()[1]) for line in Path("/proc/stat").read_text().splitlines() if line.startswith("btime ")
        )
    except (OSError, StopIteration):
        return None
    return boot_time + int(fields[19]) / os.sysconf("SC_CLK_TCK")


def liveness_tags(run_id: str, pid: int | None = None) -> dict[str, str]:
    """Run tags that say which process runs the run `run_id` (this process by default)."""
    pid = pid or os.getpid()
    tags = {HOST_TAG: socket.gethostname(), PID_TAG: str(pid), WORKER_OF_TAG: run_id}
    start = process_start(pid)
    if start:
        tags[PID_START_TAG] = start
    return tags


def process_alive(pid: int, start: str | None = None, started_before: float | None = None) -> bool:
    """Whether `pid` runs, is no zombie, and is the same process as recorded.

    `start`: the recorded `process_start` token; `started_before`: the process
    must have started before this moment (epoch seconds).
    """
    if pid <= 0:
        return False
    if not Path("/proc").is_dir():  # no /proc (macOS): whether the pid exists is all we can tell
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    fields = _stat_fields(pid)
    if fields is None or fields[0] in ("Z", "X"):
        return False
    if start is not None and process_start(pid) != start:
        return False  # the pid was reused (or the machine restarted)
    if started_before is not None:
        started_at = _process_started_at(pid)
        if started_at is not None and started_at > started_before + _START_TOLERANCE_S:
            return False
    return True


# ---------------------------------------------------------------- runs


@dataclass
class RunWorker:
    pid: int | None
    host: str | None
    alive: bool | None  # None: cannot tell from this machine


def _engine_event_pid(instance, run_id: str) -> tuple[int, float] | None:
    """The pid Dagster recorded for the run's worker ("Started process for run (pid: N)"), and when."""
    from dagster import DagsterEventType

    records = instance.event_log_storage.get_logs_for_run(run_id, of_type={DagsterEventType.ENGINE_EVENT}, limit=20)
    for entry in records:
        event = entry.dagster_event
        data = event.event_specific_data if event is not None else None
        metadata = getattr(data, "metadata", None) or {}
        pid = metadata.get("pid")
        if pid is not None:
            try:
                return int(getattr(pid, "value", pid)), entry.timestamp
            except (TypeError, ValueError):
                continue
    return None


def _run_started_at(instance, run_id: str) -> float | None:
    record = instance.get_run_record_by_id(run_id)
    if record is None:
        return None
    return record.start_time or record.create_timestamp.timestamp()


def run_worker(instance, run) -> RunWorker:
    """Which process runs `run`, and whether it still lives."""
    tags = run.tags
    if PID_TAG in tags and tags.get(WORKER_OF_TAG) == run.run_id:
        host = tags.get(HOST_TAG)
        pid = int(tags[PID_TAG])
        if host != socket.gethostname():
            return RunWorker(pid, host, None)
        return RunWorker(pid, host, process_alive(pid, start=tags.get(PID_START_TAG)))
    # Launched by the daemon: a worker on this machine (DefaultRunLauncher starts it locally),
    # which had started when it reported its pid; a process with that pid started later is another
    reported = _engine_event_pid(instance, run.run_id)
    if reported is None:
        return RunWorker(None, None, None)
    pid, reported_at = reported
    return RunWorker(pid, None, process_alive(pid, started_before=reported_at))


@dataclass
class ReapedRun:
    run_id: str
    job_name: str
    pid: int | None
    reason: str
    started: bool = True

    def describe(self) -> str:
        if not self.started:
            return f"run {self.run_id} ({self.job_name}) marked failed: {self.reason}"
        return f"run {self.run_id} ({self.job_name}) marked failed and its writer slot freed: {self.reason}"


def reap_dead_runs(instance, stale_after_s: float | None = None, exclude: set[str] | None = None) -> list[ReapedRun]:
    """Fail the in-progress runs whose process is gone, and free every pool slot held by a finished run."""
    from dagster import DagsterRunStatus, RunsFilter

    stale_after_s = _env_seconds("SALVO_STALE_RUN_S", DEFAULT_STALE_RUN_S) if stale_after_s is None else stale_after_s
    exclude = exclude or set()
    reaped: list[ReapedRun] = []
    in_progress = instance.get_run_records(
        filters=RunsFilter(
            statuses=[
                DagsterRunStatus.NOT_STARTED,
                DagsterRunStatus.STARTING,
                DagsterRunStatus.STARTED,
                DagsterRunStatus.CANCELING,
            ]
        )
    )
    now = time.time()
    for record in in_progress:
        run = record.dagster_run
        if run.run_id in exclude:
            continue
        if run.status == DagsterRunStatus.NOT_STARTED and run.tags.get(WORKER_OF_TAG) != run.run_id:
            # NOT_STARTED runs of others (made for a launch still to come) are none of our business;
            # ours are created and started by one process within a second, so a dead one never starts
            continue
        worker = run_worker(instance, run)
        if worker.alive is False and run.status == DagsterRunStatus.NOT_STARTED:
            reason = f"its process (pid {worker.pid}) died before the run started"
        elif worker.alive is False:
            reason = f"its process (pid {worker.pid}) is gone"
        elif worker.alive is None and worker.pid is None and now - record.create_timestamp.timestamp() > stale_after_s:
            reason = f"no process is known for it and it is older than {stale_after_s:.0f} s"
        else:
            continue
        message = f"Marked failed by Salvo before a new run: {reason} (killed, or the machine restarted)."
        if run.status == DagsterRunStatus.CANCELING:
            instance.report_run_canceled(run, message)
        else:
            instance.report_run_failed(run, message)
        reaped.append(
            ReapedRun(run.run_id, run.job_name, worker.pid, reason, started=run.status != DagsterRunStatus.NOT_STARTED)
        )
    _free_slots_of_finished_runs(instance, exclude)
    for run in reaped:
        instance.event_log_storage.free_concurrency_slots_for_run(run.run_id)
    return reaped


def _free_slots_of_finished_runs(instance, exclude: set[str]) -> None:
    from dagster import RunsFilter
    from dagster._core.storage.dagster_run import FINISHED_STATUSES

    storage = instance.event_log_storage
    if not storage.supports_global_concurrency_limits:
        return
    holders = storage.get_concurrency_run_ids() - exclude
    if not holders:
        return
    for record in instance.get_run_records(filters=RunsFilter(run_ids=list(holders), statuses=FINISHED_STATUSES)):
        storage.free_concurrency_slots_for_run(record.dagster_run.run_id)
    # slots of runs the instance no longer knows (deleted) are nobody's
    known = {record.dagster_run.run_id for record in instance.get_run_records(filters=RunsFilter(run_ids=list(holders)))}
    for run_id in holders - known:
        storage.free_concurrency_slots_for_run(run_id)


# ---------------------------------------------------------------- the writer slot


class WriterSlotTimeout(RuntimeError):
    """A live run held the writer slot for longer than SALVO_WRITER_WAIT_S."""


def _describe_holder(instance, run_id: str) -> str:
    run = instance.get_run_by_id(run_id)
    if run is None:
        return f"run {run_id} (unknown to this instance)"
    started = _run_started_at(instance, run_id)
    when = datetime.fromtimestamp(started, timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC") if started else "?"
    worker = run_worker(instance, run)
    where = f"pid {worker.pid}" if worker.pid else "pid unknown"
    if worker.host and worker.host != socket.gethostname():
        where += f" on {worker.host}"
    return f"run {run_id} ({run.job_name}, started {when}, {where})"


def writer_slot_holders(instance, pool: str = WRITER_POOL, exclude: set[str] | None = None) -> list[str]:
    storage = instance.event_log_storage
    if not storage.supports_global_concurrency_limits:
        return []
    info = storage.get_concurrency_info(pool)
    return sorted({slot.run_id for slot in info.claimed_slots} - (exclude or set()))


def wait_for_writer_slot(
    instance,
    say: Callable[[str], None],
    limit_s: float | None = None,
    poll_s: float = 2.0,
    pool: str = WRITER_POOL,
) -> float:
    """Wait while another run holds the writer slot; dead holders are reaped. Returns the seconds waited.

    Raises WriterSlotTimeout after `limit_s` (default $SALVO_WRITER_WAIT_S or an hour).
    """
    limit_s = _env_seconds("SALVO_WRITER_WAIT_S", DEFAULT_WRITER_WAIT_S) if limit_s is None else limit_s
    started = time.monotonic()
    announced: set[str] = set()
    while True:
        for run in reap_dead_runs(instance):
            say(run.describe())
        holders = writer_slot_holders(instance, pool)
        if not holders:
            return time.monotonic() - started
        waited = time.monotonic() - started
        description = ", ".join(_describe_holder(instance, run_id) for run_id in holders)
        if waited >= limit_s:
            raise WriterSlotTimeout(
                f"the {pool} slot is still held after {waited:.0f} s by {description}; "
                "stop that run or raise SALVO_WRITER_WAIT_S"
            )
        if set(holders) - announced:
            announced |= set(holders)
            say(f"waiting for the {pool} slot, held by {description} (up to {limit_s:.0f} s, SALVO_WRITER_WAIT_S)")
        time.sleep(min(poll_s, max(0.1, limit_s - waited)))


class ReapWhileRunning:
    """While our run executes, clear runs that die holding the slot it will need.

    The check before the run only sees who holds the slot then; another run
    may take it between two of our steps and die with it, and Dagster's
    executor would wait for it for ever.
    """

    def __init__(self, instance, run_id: str, say: Callable[[str], None], every_s: float = 15.0):
        self.instance, self.run_id, self.say, self.every_s = instance, run_id, say, every_s
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._loop, name="salvo-reaper", daemon=True)

    def __enter__(self) -> "ReapWhileRunning":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.thread.join(timeout=5)

    def _loop(self) -> None:
        while not self.stop.wait(self.every_s):
            try:
                for run in reap_dead_runs(self.instance, exclude={self.run_id}):
                    self.say(run.describe())
            except Exception:  # noqa: BLE001 - a failed check is tried again at the next tick
                continue


# ---------------------------------------------------------------- stopping on a signal


def _child_pids(pid: int) -> list[int]:
    children = []
    for stat_file in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat_file.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            children.append(int(stat_file.parent.name))
    return children


# Set once this process has been asked to stop (SIGTERM or SIGINT during `salvo run` or `salvo backfill`)
STOP_REQUESTED = threading.Event()


def raise_if_stopping() -> None:
    """Interrupt a step that begins after the process was asked to stop.

    Dagster raises the signal as an exception in whatever step runs when it
    arrives, and that exception can get lost: Python code that a native
    library calls back into (polars, through pyo3) cannot pass it on ("Exception
    ignored in ..."), and DuckDB turns it into its own "Query interrupted"
    error, a plain step failure. Either way the run goes on to its next steps.
    Every Salvo step reaches the warehouse first (`WarehouseResource`), and
    there the stop is raised again: from the step's own code, at a known
    point, so no lock is left held as a signal arriving at any bytecode can.
    """
    if STOP_REQUESTED.is_set():
        import dagster as dg

        raise dg.DagsterExecutionInterruptedError()


# logging takes its module lock before every fork and gives it back in an after-fork handler. A stop signal that
# lands inside that handler makes Dagster raise there, Python drops the exception ("Exception ignored in
# _releaseLock"), and the lock stays held by the run's thread: every log call of another thread (Dagster's event
# writes, the stop's own report) then waits for ever, and the run ends only by the forced exit after its grace.
# So the depth of that lock is read before each fork and what a failed release left over is given back after it.
_before_fork = threading.local()  # per forking thread: the depth (an RLock's count is its owner's)
_fork_repair_registered = False


def _note_logging_lock_depth() -> None:
    # (registered after logging's handlers, so it runs before logging takes the lock: "before" handlers run in
    # the reverse order of registration, "after" ones in order)
    _before_fork.depth = logging._lock._recursion_count()


def _release_what_an_interrupt_left_held() -> None:
    for _ in range(logging._lock._recursion_count() - getattr(_before_fork, "depth", 0)):
        logging._lock.release()


def _register_fork_repair() -> None:
    global _fork_repair_registered
    if _fork_repair_registered or not hasattr(getattr(logging, "_lock", None), "_recursion_count"):
        return
    os.register_at_fork(before=_note_logging_lock_depth, after_in_parent=_release_what_an_interrupt_left_held)
    _fork_repair_registered = True


class StopOnSignal:
    """SIGTERM or SIGINT during a run: cancel it, and be out within a few seconds.

    Dagster replaces the handlers while it executes (an interrupt is raised in
    the step's code at the next bytecode), so the signal is also watched
    through `signal.set_wakeup_fd`, which no handler change affects: a thread
    marks the run CANCELING at once (Dagster then ends it CANCELED, not
    FAILED) and, when the run has not stopped `grace_s` later (a long C call,
    a stuck dbt), stops the process itself: the run is reported canceled, its
    slots freed, child processes killed, and the process exits. An open
    DuckDB transaction is then lost like in any crash: DuckDB rolls it back.
    A stop that Dagster's exception did not deliver is raised again where the
    next step reaches the warehouse (`raise_if_stopping`).
    """

    def __init__(self, instance, run_id: str, say: Callable[[str], None], grace_s: float | None = None):
        self.instance, self.run_id, self.say = instance, run_id, say
        self.grace_s = _env_seconds("SALVO_STOP_GRACE_S", DEFAULT_STOP_GRACE_S) if grace_s is None else grace_s
        self.signum: int | None = None
        self.done = threading.Event()
        self._previous: dict = {}
        self._previous_fd = -1

    @property
    def exit_code(self) -> int:
        return 128 + (self.signum or 0)

    def __enter__(self) -> "StopOnSignal":
        STOP_REQUESTED.clear()
        _register_fork_repair()
        if threading.current_thread() is not threading.main_thread():
            return self
        self._reader, self._writer = socket.socketpair()
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        for signum in (signal.SIGTERM, signal.SIGINT):
            self._previous[signum] = signal.signal(signum, self._raise)
        threading.Thread(target=self._watch, name="salvo-stop", daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.done.set()
        if not self._previous:
            return
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._writer.close()  # ends the watching thread

    def _raise(self, signum, _frame) -> None:
        # outside Dagster's execution (waiting for the slot, before the first step)
        self.signum = self.signum or signum
        STOP_REQUESTED.set()
        raise KeyboardInterrupt

    def _watch(self) -> None:
        while True:
            try:
                data = self._reader.recv(16)
            except OSError:
                return
            if not data:
                return
            for signum in data:
                if signum in (signal.SIGTERM, signal.SIGINT) and not self.done.is_set():
                    self._stop(signum)

    def _stop(self, signum: int) -> None:
        first = self.signum is None
        self.signum = self.signum or signum
        STOP_REQUESTED.set()
        if not first:
            return
        self.say(f"{signal.Signals(signum).name}: stopping run {self.run_id} (at most {self.grace_s:g} s)")
        # Reported on a thread of its own: the deadline below must hold whatever the report waits for. The
        # signal interrupts the run's thread at any bytecode, inside logging's fork handler too, which then
        # leaves logging's module lock held for good; every later log call (Dagster's event writes) blocks.
        _bounded(self._report_canceling, signum, limit_s=None)
        if self.done.wait(self.grace_s):
            return
        self.say(f"run {self.run_id} did not stop within {self.grace_s:g} s: ending it")
        self.force_stop()
        os._exit(self.exit_code)

    def _report_canceling(self, signum: int) -> None:
        run = self.instance.get_run_by_id(self.run_id)
        if run is not None and not run.is_finished:
            self.instance.report_run_canceling(run, f"{signal.Signals(signum).name} received by salvo")

    def force_stop(self) -> None:
        for pid in _child_pids(os.getpid()):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        # bounded for the same reason; what it cannot record, the next run's reaper does (a CANCELING run
        # whose process is gone ends CANCELED and its slot is freed)
        _bounded(finish_stopped_run, self.instance, self.run_id, f"stopped by {signal.Signals(self.signum).name}",
                 limit_s=FORCED_REPORT_LIMIT_S)


# how long a forced stop waits for the run's final status to be written before it exits anyway
FORCED_REPORT_LIMIT_S = 5.0


def _bounded(function: Callable, *args, limit_s: float | None) -> None:
    """Call `function` on a daemon thread; wait at most `limit_s` (None: do not wait). Errors are dropped:
    reporting a stop is best effort, and the process ends on time either way."""

    def call() -> None:
        try:
            function(*args)
        except Exception:  # noqa: BLE001
            pass

    thread = threading.Thread(target=call, name=f"salvo-{getattr(function, '__name__', 'report')}", daemon=True)
    thread.start()
    if limit_s is not None:
        thread.join(limit_s)


def finish_stopped_run(instance, run_id: str, message: str) -> None:
    """After a stop: the run ends CANCELED (whatever Dagster made of it) and holds no slot."""
    from dagster import DagsterRunStatus

    run = instance.get_run_by_id(run_id)
    if run is not None and run.status != DagsterRunStatus.CANCELED:
        instance.report_run_canceled(run, message)
    instance.event_log_storage.free_concurrency_slots_for_run(run_id)


# ---------------------------------------------------------------- the daemon's run monitoring


class SalvoRunLauncher(DefaultRunLauncher):
    """Dagster's default launcher, plus the worker health check run monitoring needs.

    With `run_monitoring: enabled` (dagster.yaml) the daemon asks every
    poll whether each STARTED run's worker lives; DefaultRunLauncher cannot
    tell, so a killed run stayed STARTED for ever. A run whose process is
    gone is reported FAILED (the retry policy may run it again), and
    `free_slots_after_run_end_seconds` then frees its pool slot.
    """

    @property
    def supports_check_run_worker_health(self) -> bool:
        return True

    def check_run_worker_health(self, run) -> CheckRunHealthResult:
        worker = run_worker(self._instance, run)
        if worker.alive is False:
            return CheckRunHealthResult(WorkerStatus.FAILED, f"run worker (pid {worker.pid}) is gone")
        # alive, or nothing to tell by: anything but RUNNING would fail the run
        return CheckRunHealthResult(WorkerStatus.RUNNING)
