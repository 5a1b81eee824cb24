"""A quiet terminal for `salvo run` and `salvo demo`.

Dagster logs every event and dagster-dbt echoes dbt's ~200 lines; a failed
feed printed Dagster's stack trace twice. Unless `--verbose`, all of that
goes to a log file (whose path is printed) and the terminal gets one line per
stage with its counts, then the summary.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from typing import TextIO
from datetime import datetime, timezone
from pathlib import Path

KEEP_LOGS = 30


def new_log_path(folder: Path, job_name: str) -> Path:
    """A fresh log file name in `folder`; the oldest beyond KEEP_LOGS are removed."""
    folder.mkdir(parents=True, exist_ok=True)
    logs = sorted(folder.glob("*.log"), key=lambda p: p.stat().st_mtime)
    for old in logs[: max(0, len(logs) - KEEP_LOGS + 1)]:
        old.unlink(missing_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return folder / f"{job_name}-{stamp}-{os.getpid()}.log"


@contextlib.contextmanager
def output_to(log_path: Path | None) -> Iterator[TextIO | None]:
    """Send this process's output, and its child processes', to `log_path` (None: leave it alone).

    Both levels: Python's sys.stdout/sys.stderr (loggers, warnings, dbt's
    echo) and file descriptors 1 and 2 (worker processes, C libraries).
    Yields the terminal's stderr for what must still reach it (None when
    nothing is redirected).
    """
    if log_path is None:
        yield None
        return
    with open(log_path, "a", buffering=1, encoding="utf-8", errors="replace") as log:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        saved: list[tuple[int, int]] = []
        for fd in (1, 2):
            try:
                saved.append((fd, os.dup(fd)))
                os.dup2(log.fileno(), fd)
            except OSError:
                pass
        terminal_err = sys.stderr  # the Python object (a test runner's capture, say) still points at the terminal
        try:
            with contextlib.redirect_stdout(log), contextlib.redirect_stderr(log):
                yield _TerminalStream(terminal_err, dict(saved).get(2))
        finally:
            log.flush()
            for fd, copy in saved:
                os.dup2(copy, fd)
                os.close(copy)


class _TerminalStream:
    """Writes to the terminal while fd 2 goes to the log: through the saved copy of fd 2 when
    sys.stderr was the real fd 2, else through the Python object (a test runner's capture)."""

    def __init__(self, python_stream, saved_fd: int | None):
        self.python_stream = python_stream
        self.saved_fd = saved_fd if _is_fd2(python_stream) else None

    def write(self, text: str) -> int:
        if self.saved_fd is not None:
            os.write(self.saved_fd, text.encode("utf-8", "replace"))
        else:
            self.python_stream.write(text)
        return len(text)

    def flush(self) -> None:
        if self.saved_fd is None:
            with contextlib.suppress(Exception):
                self.python_stream.flush()

    def isatty(self) -> bool:
        return os.isatty(self.saved_fd) if self.saved_fd is not None else False


def _is_fd2(stream) -> bool:
    try:
        return stream.fileno() == 2
    except (AttributeError, OSError, ValueError):
        return False


def _numbers(metadata: dict) -> list[str]:
    """A materialisation's counts, `name value`, in the order the asset gave them."""
    shown = []
    for key, value in metadata.items():
        raw = getattr(value, "value", value)
        if isinstance(raw, bool) or not isinstance(raw, (int, float)):
            continue
        label = "rows" if key == "dagster/row_count" else key.replace("_", " ")
        shown.append(f"{label} {raw:,}" if isinstance(raw, int) else f"{label} {raw:g}")
    return shown


class Stages:
    """One line per step of a run, built from its events as they come (live) or all at once."""

    def __init__(self) -> None:
        self.steps: dict[str, dict] = {}
        self.printed: set[str] = set()

    def add(self, event) -> str | None:
        """Take one DagsterEvent; the step's key when this event ended the step."""
        import dagster as dg

        key = event.step_key
        if key is None:
            return None
        step = self._step(key)
        if event.event_type == dg.DagsterEventType.ASSET_MATERIALIZATION:
            step["assets"] += 1
            if step["assets"] <= 2:  # a multi-asset step (dbt: dozens) is summed up in line()
                step["counts"] += _numbers(dict(event.event_specific_data.materialization.metadata))
        elif event.event_type == dg.DagsterEventType.STEP_SUCCESS:
            # a step that said it had nothing to check (SKIPPED_MARK) succeeded without doing its work
            step["outcome"] = "skipped" if step["skip_reason"] else "ok"
            step["duration"] = getattr(event.event_specific_data, "duration_ms", None)
            return key
        elif event.event_type == dg.DagsterEventType.STEP_FAILURE:
            step["outcome"] = "FAILED"
            return key
        elif event.event_type == dg.DagsterEventType.STEP_SKIPPED:
            step["outcome"] = "skipped"
            return key
        return None

    def skipped(self, key: str, message: str) -> None:
        """A step's own word that it skipped its work, and why (a log message starting with SKIPPED_MARK)."""
        self._step(key)["skip_reason"] = message[len(SKIPPED_MARK):].strip()

    def _step(self, key: str) -> dict:
        return self.steps.setdefault(
            key, {"outcome": "", "counts": [], "assets": 0, "duration": None, "skip_reason": None}
        )

    def line(self, key: str) -> tuple[str, str, str]:
        step = self.steps[key]
        counts = step["counts"] if step["assets"] <= 2 else [f"{step['assets']} assets materialised"]
        if step["skip_reason"] and step["outcome"] == "skipped":
            counts = [*counts, step["skip_reason"]]
        if step["duration"] is not None:
            counts = [f"{step['duration'] / 1000:.1f} s", *counts]
        return key, step["outcome"] or "not run", ", ".join(counts)


STAGE_WIDTH = 44

# A step's log message that starts with this is shown on the terminal while the step runs (a long
# page fetch says how far it is); everything else a step logs stays in the log file.
PROGRESS_MARK = "progress:"
# A step (an asset check with nothing to check) that logs a message starting with this is shown as skipped, with
# the rest of the message as its reason, instead of "ok": it succeeded without doing its work.
SKIPPED_MARK = "skipped:"


def format_duration(seconds: float | None) -> str:
    """'45 s', '3 min 20 s', '2 h 05 min'; '?' when unknown."""
    if seconds is None:
        return "?"
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


def progress_message(done: int, total: int, elapsed_s: float, unit: str = "pages") -> str:
    """`progress: 1,500/10,000 pages, 41.7/s, ETA 3 min 24 s` (rate over the step so far)."""
    rate = done / elapsed_s if elapsed_s > 0 else 0.0
    eta = (total - done) / rate if rate > 0 else None
    return f"{PROGRESS_MARK} {done:,}/{total:,} {unit}, {rate:.1f}/s, ETA {format_duration(eta)}"


def format_stage(stage: str, outcome: str, counts: str) -> str:
    colour = {"ok": "green", "FAILED": "red"}.get(outcome, "yellow")
    return f"  {stage:<{STAGE_WIDTH}}  [{colour}]{outcome:<7}[/{colour}] {counts}"


def stage_lines(result) -> list[tuple[str, str, str]]:
    """(stage, outcome, counts) per step of a finished in-process run, in the order they ended."""
    stages = Stages()
    for event in result.all_events:
        stages.add(event)
    return [stages.line(key) for key in stages.steps]


class LiveStages:
    """Prints each stage's line on the terminal as its step ends, read from the run's event log.

    A thread polls the instance every half second; `finish` prints whatever
    the last poll missed, from the run's result.
    """

    POLL_S = 0.5

    def __init__(self, instance, run_id: str, console) -> None:
        import threading

        self.instance, self.run_id, self.console = instance, run_id, console
        self.stages = Stages()
        self.cursor = None
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.thread = threading.Thread(target=self._poll, name="salvo-stages", daemon=True)

    def __enter__(self) -> "LiveStages":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.thread.join(timeout=5)

    def _poll(self) -> None:
        while not self.stop.wait(self.POLL_S):
            self._read_new_records()

    def _read_new_records(self) -> None:
        try:
            connection = self.instance.get_records_for_run(self.run_id, cursor=self.cursor)
        except Exception:  # noqa: BLE001 - the run's log may not exist yet; progress is best effort
            return
        self.cursor = connection.cursor
        for record in connection.records:
            entry = record.event_log_entry
            if entry.dagster_event is not None:
                self._take(entry.dagster_event)
            elif entry.step_key and (entry.user_message or "").startswith(PROGRESS_MARK):
                self._progress(entry.step_key, entry.user_message)
            elif entry.step_key and (entry.user_message or "").startswith(SKIPPED_MARK):
                with self.lock:
                    self.stages.skipped(entry.step_key, entry.user_message)

    def _progress(self, step_key: str, message: str) -> None:
        counts = message[len(PROGRESS_MARK):].strip()
        with self.lock:
            if step_key not in self.stages.printed:
                self.console.print(format_stage(step_key, "…", counts), highlight=False)

    def _take(self, event) -> None:
        with self.lock:
            ended = self.stages.add(event)
            if ended and ended not in self.stages.printed:
                self.stages.printed.add(ended)
                self.console.print(format_stage(*self.stages.line(ended)), highlight=False)

    def finish(self, result) -> None:
        """Print the steps the polling did not see end (all of them when it saw nothing)."""
        self.__exit__()
        self._read_new_records()  # what the run logged after the last poll: a skip's reason among it
        with self.lock:
            fresh = Stages()
            for key, step in self.stages.steps.items():  # the skip reasons the polling read from the log
                if step["skip_reason"]:
                    fresh.skipped(key, f"{SKIPPED_MARK} {step['skip_reason']}")
            for event in result.all_events:
                fresh.add(event)
            for key in fresh.steps:
                if key not in self.stages.printed:
                    self.stages.printed.add(key)
                    self.console.print(format_stage(*fresh.line(key)), highlight=False)


def print_stages(result, console) -> None:
    for stage in stage_lines(result):
        console.print(format_stage(*stage), highlight=False)
