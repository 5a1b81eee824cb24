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


# The dbt sources each fingerprinted raw table stands for (reference_files:
# the reference tables are loaded from those files).
FINGERPRINTED_SOURCES = {
    "articles": ("articles",),
    "feed_entries": ("feed_entries",),
    "fact_strikes": ("fact_strikes",),
    "fact_aid": ("fact_aid",),
    "fact_casualties": ("fact_casualties",),
    "fact_clashes": ("fact_clashes",),
    "reference_files": ("reference_attacks", "reference_models"),
}


def raw_fingerprint(con: duckdb.DuckDBPyConnection, manifest_path: Path) -> str:
    """What the models would be built from: per raw table its row count and load times, and the dbt
    project itself (its manifest's hash). A JSON object, so the next build can tell what changed."""
    rows = con.execute(FINGERPRINT_SQL).fetchall()
    project = manifest_path.read_bytes() if manifest_path.exists() else b""
    return json.dumps(
        {"project": hashlib.sha256(project).hexdigest(), "raw": {row[0]: repr(row[1:]) for row in rows}},
        sort_keys=True,
    )


def last_build_fingerprint(con: duckdb.DuckDBPyConnection) -> dict | None:
    """The fingerprint of the last successful build, or None (none yet, or one from before the JSON form)."""
    last = con.execute(
        "SELECT fingerprint FROM raw.dbt_builds WHERE success ORDER BY built_at DESC LIMIT 1"
    ).fetchone()
    try:
        state = json.loads(last[0]) if last else None
    except ValueError:
        return None
    return state if isinstance(state, dict) and isinstance(state.get("raw"), dict) else None


def nodes_to_leave_out(
    manifest: dict, previous: dict | None, current: dict, existing_relations: set[tuple[str, str]]
) -> list[str]:
    """The dbt nodes (by name) a build from `current` can leave out, given the last successful one's.

    Only when the dbt project is the one the last build was made with: then
    - a view need not be made again (it reads its inputs live), nor a seed loaded again;
    - a table, and a test, reads the same rows as last time when nothing it
      depends on (through any number of models) is a source whose raw table
      changed; the raw tables the fingerprint does not track (feed_state,
      feed_sightings, fetch_log) count as changed.
    Every relation left out must exist (`existing_relations`: (schema, name)),
    else nothing is left out. Tests of views over changed sources still run.
    """
    if previous is None or previous.get("project") != current["project"]:
        return []
    changed_tables = {t for t, state in current["raw"].items() if previous["raw"].get(t) != state}
    tracked = {source for sources in FINGERPRINTED_SOURCES.values() for source in sources}
    changed_sources = {s for t in changed_tables for s in FINGERPRINTED_SOURCES.get(t, ())}
    nodes = manifest["nodes"]
    sources = manifest["sources"]
    changed_ids = {
        unique_id for unique_id, source in sources.items()
        if source["name"] in changed_sources or source["name"] not in tracked
    }
    touched: dict[str, bool] = {}

    def is_touched(unique_id: str) -> bool:
        if unique_id in changed_ids:
            return True
        if unique_id not in nodes:
            return False
        if unique_id not in touched:
            touched[unique_id] = False  # the graph is acyclic; this only guards recursion
            touched[unique_id] = any(is_touched(parent) for parent in nodes[unique_id].get("depends_on", {}).get("nodes", []))
        return touched[unique_id]

    leave_out = []
    for unique_id, node in nodes.items():
        kind = node["resource_type"]
        materialized = node.get("config", {}).get("materialized")
        if kind == "seed" or (kind == "model" and materialized in ("view", "ephemeral")):
            relation = (node["schema"], node.get("alias") or node["name"])
            if materialized != "ephemeral" and relation not in existing_relations:
                return []
            leave_out.append(node["name"])
        elif kind in ("model", "test") and not is_touched(unique_id):
            if kind == "model" and (node["schema"], node.get("alias") or node["name"]) not in existing_relations:
                return []
            leave_out.append(node["name"])
    return sorted(leave_out)


def existing_relations(con: duckdb.DuckDBPyConnection) -> set[tuple[str, str]]:
    """(schema, name) of every table and view in the warehouse."""
    return set(con.execute("SELECT table_schema, table_name FROM information_schema.tables").fetchall())


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
