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
def output_to(log_path: Path | None) -> Iterator[None]:
    """Send this process's output, and its child processes', to `log_path` (None: leave it alone).

    Both levels: Python's sys.stdout/sys.stderr (loggers, warnings, dbt's
    echo) and file descriptors 1 and 2 (worker processes, C libraries).
    """
    if log_path is None:
        yield
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
        try:
            with contextlib.redirect_stdout(log), contextlib.redirect_stderr(log):
                yield
        finally:
            log.flush()
            for fd, copy in saved:
                os.dup2(copy, fd)
                os.close(copy)


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


def stage_lines(result) -> list[tuple[str, str, str]]:
    """(stage, outcome, counts) per step of an in-process run, in the order they ended."""
    import dagster as dg

    steps: dict[str, dict] = {}
    for event in result.all_events:
        key = event.step_key
        if key is None:
            continue
        step = steps.setdefault(key, {"outcome": "", "counts": [], "assets": 0, "duration": None})
        if event.event_type == dg.DagsterEventType.ASSET_MATERIALIZATION:
            step["assets"] += 1
            materialization = event.event_specific_data.materialization
            if step["assets"] <= 2:  # a multi-asset step (dbt: dozens) is summed up below
                step["counts"] += _numbers(dict(materialization.metadata))
        elif event.event_type == dg.DagsterEventType.STEP_SUCCESS:
            step["outcome"] = "ok"
            step["duration"] = getattr(event.event_specific_data, "duration_ms", None)
        elif event.event_type == dg.DagsterEventType.STEP_FAILURE:
            step["outcome"] = "FAILED"
        elif event.event_type == dg.DagsterEventType.STEP_SKIPPED:
            step["outcome"] = "skipped"
    lines = []
    for key, step in steps.items():
        counts = step["counts"]
        if step["assets"] > 2:
            counts = [f"{step['assets']} assets materialised"]
        if step["duration"] is not None:
            counts = [f"{step['duration'] / 1000:.1f} s", *counts]
        lines.append((key, step["outcome"] or "not run", ", ".join(counts)))
    return lines


def print_stages(result, console) -> None:
    width = max((len(stage) for stage, _, _ in stage_lines(result)), default=0)
    for stage, outcome, counts in stage_lines(result):
        colour = {"ok": "green", "FAILED": "red"}.get(outcome, "yellow")
        console.print(f"  {stage:<{width}}  [{colour}]{outcome:<7}[/{colour}] {counts}", highlight=False)
