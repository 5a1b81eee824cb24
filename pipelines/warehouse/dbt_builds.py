"""The dbt build's bookkeeping: what the models were built from, the build
log in raw.dbt_builds, and the clean-up of dbt's per-run target directories.

Pure code (no Dagster): pipelines/defs/warehouse.py calls it around `dbt build`.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from datetime import datetime, timezone
from pathlib import Path

import duckdb

# The raw tables the dbt models materialise from (staging views over the
# others are live and need no rebuild), with their load times.
FINGERPRINT_SQL = """
SELECT 'articles', count(*), max(fetched_at)::VARCHAR, max(facts_extracted_at)::VARCHAR FROM raw.articles
UNION ALL SELECT 'feed_entries', count(*), max(first_seen_at)::VARCHAR, NULL FROM raw.feed_entries
UNION ALL SELECT 'fact_strikes', count(*), max(extracted_at)::VARCHAR, NULL FROM raw.fact_strikes
UNION ALL SELECT 'fact_aid', count(*), max(extracted_at)::VARCHAR, NULL FROM raw.fact_aid
UNION ALL SELECT 'fact_casualties', count(*), max(extracted_at)::VARCHAR, NULL FROM raw.fact_casualties
UNION ALL SELECT 'fact_clashes', count(*), max(extracted_at)::VARCHAR, NULL FROM raw.fact_clashes
UNION ALL SELECT 'reference_files', count(*), max(loaded_at)::VARCHAR, string_agg(sha256, ',' ORDER BY file_name)
    FROM raw.reference_files
"""


def raw_fingerprint(con: duckdb.DuckDBPyConnection, manifest_path: Path) -> str:
    """What the models would be built from: raw row counts and load times, and the dbt project itself."""
    state = repr(con.execute(FINGERPRINT_SQL).fetchall())
    project = manifest_path.read_bytes() if manifest_path.exists() else b""
    return hashlib.sha256(state.encode() + hashlib.sha256(project).digest()).hexdigest()


def warehouse_is_current(con: duckdb.DuckDBPyConnection, fingerprint: str) -> bool:
    """The last successful build was made from this fingerprint and the marts exist."""
    last = con.execute(
        "SELECT fingerprint FROM raw.dbt_builds WHERE success ORDER BY built_at DESC LIMIT 1"
    ).fetchone()
    marts_built = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'marts'"
    ).fetchone()[0]
    return last is not None and last[0] == fingerprint and marts_built > 0


def record_build(con: duckdb.DuckDBPyConnection, fingerprint: str, succeeded: bool) -> None:
    """Log a dbt build in raw.dbt_builds."""
    con.execute("INSERT INTO raw.dbt_builds VALUES (?, ?, ?)", [datetime.now(timezone.utc), fingerprint, succeeded])


def keep_partial_parse(run_target: Path, project_target: Path) -> None:
    """Make this invocation's parse the one the next run starts from.

    dagster-dbt seeds every invocation with target/partial_parse.msgpack. dbt
    throws that away and parses the whole project (~3 s) when the profile it
    was made with differs, e.g. after `make` parsed against another warehouse
    path; copying the fresh one back means only the first run pays for that.
    """
    fresh = Path(run_target) / "partial_parse.msgpack"
    kept = Path(project_target) / "partial_parse.msgpack"
    if not fresh.exists() or (kept.exists() and kept.read_bytes() == fresh.read_bytes()):
        return
    temporary = kept.with_name(f".partial_parse.{os.getpid()}.tmp")
    shutil.copyfile(fresh, temporary)
    os.replace(temporary, kept)


def prune_dbt_targets(project_target: Path, keep: int) -> int:
    """Delete all but the `keep` newest per-run target directories; returns how many went."""
    runs = sorted(
        (d for d in Path(project_target).glob("dbt_warehouse-*") if d.is_dir()),
        key=lambda d: d.stat().st_mtime,
        reverse=True,
    )
    for old in runs[keep:]:
        shutil.rmtree(old, ignore_errors=True)
    return max(0, len(runs) - keep)


def snapshot_is_current(con, snapshot: Path) -> bool:
    """Whether the analysts' snapshot was published after the last successful build.

    A run killed between the build and the snapshot's swap left the build
    recorded but the old snapshot in place; skipping dbt (and so the snapshot
    after it) would then keep analysts on stale marts until new data came.
    """
    last = con.execute("SELECT max(built_at) FROM raw.dbt_builds WHERE success").fetchone()[0]
    if last is None or not snapshot.exists():
        return False
    return snapshot.stat().st_mtime >= last.timestamp()


OUT_OF_MEMORY = "Out of Memory Error"


def where_out_of_memory(run_target: Path) -> list[str]:
    """Where a dbt build (its artefacts and log in `run_target`) stopped because
    DuckDB reached dbt's memory_limit (`$SALVO_DBT_MEMORY_LIMIT`): the failed
    nodes' ids, ["dbt"] when the error stopped dbt outside any node, or [].

    DuckDB spills joins, sorts and most aggregates, but not the states of
    list() and string_agg(): a history large enough for those to outgrow the
    bound fails the build, and the analyst should learn that the remedy is a
    higher bound, not a bug hunt.
    """
    results_file = run_target / "run_results.json"
    if results_file.exists():
        nodes = [
            result["unique_id"]
            for result in json.loads(results_file.read_text()).get("results", [])
            if result.get("status") in ("error", "fail") and OUT_OF_MEMORY in (result.get("message") or "")
        ]
        if nodes:
            return nodes
    log_file = run_target / "dbt.log"  # dagster-dbt logs each invocation into its target directory
    if log_file.exists() and OUT_OF_MEMORY in log_file.read_text(errors="replace"):
        return ["dbt"]
    return []
