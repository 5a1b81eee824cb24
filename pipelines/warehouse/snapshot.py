"""Publish what analysts read: a separate DuckDB file, swapped in atomically.

Analysts' DuckDB shells and notebooks open `data/warehouse.snapshot.duckdb`
(`snapshot_path_for`: one per warehouse, named after it), never the live warehouse, so a long query never blocks the daily run and the run never
pulls rows from under a reader. The snapshot is written next to its final
name and moved over it with `os.replace` at the end of each run: an open
reader keeps the old file until it reconnects, a new reader sees the new one.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import duckdb

from pipelines.warehouse.db import Warehouse, bound_memory, fault_point

log = logging.getLogger(__name__)

# What analysts get: every dbt schema, plus the raw fact tables and article
# texts (without the kept HTML, which is large and only for reading pages again).
PUBLISHED_SCHEMAS = ("marts", "intermediate", "staging")
RAW_TABLES = {
    "feed_entries": "*",
    "fetch_log": "*",
    "fact_strikes": "*",
    "fact_aid": "*",
    "fact_casualties": "*",
    "fact_clashes": "*",
    "articles": "* EXCLUDE (html_gz)",
}


def snapshot_path_for(warehouse_path: str | os.PathLike) -> Path:
    """The snapshot of a warehouse: `<stem>.snapshot.duckdb` beside it.

    Named after its warehouse so that two warehouses in one folder (the
    demo's and a real one, a test copy) never answer with each other's data.
    """
    path = Path(warehouse_path)
    return path.with_name(f"{path.stem}.snapshot.duckdb")


def publish_snapshot(warehouse: Warehouse, snapshot_path: str | os.PathLike) -> dict[str, int]:
    """Copy the published tables into a fresh file and swap it in; row counts by table."""
    target = Path(snapshot_path).expanduser().resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    # DuckDB names a file's catalogue after its name up to the first dot: the
    # staging file's must differ from the live one's, attached under its own name
    staging_file = target.with_name(f".staging-{target.name.replace('.', '-')}.{os.getpid()}.tmp")
    staging_file.unlink(missing_ok=True)
    _remove_orphaned_staging_files(target)
    with warehouse.exclusive():
        try:
            counts = _copy_published(warehouse, staging_file, bounded=True)
        except duckdb.OutOfMemoryException as error:
            # List aggregates cannot spill: a warehouse whose views outgrow the bound
            # (db.bound_memory) is copied again without it rather than failing the run.
            log.warning("snapshot: %s; copying again without the memory bound", error)
            _remove_staging_file(staging_file)
            counts = _copy_published(warehouse, staging_file, bounded=False)
    fault_point("snapshot_swap")
    os.replace(staging_file, target)
    return counts


def _copy_published(warehouse: Warehouse, staging_file: Path, *, bounded: bool) -> dict[str, int]:
    """Copy the published tables of the live warehouse into `staging_file`; row counts by table."""
    counts: dict[str, int] = {}
    con = duckdb.connect(str(staging_file))
    try:
        if bounded:
            # the copy reads and writes every published table: without a bound DuckDB keeps them
            # all in memory, so the run's process grew with the warehouse (db.bound_memory)
            bound_memory(con)
        # ATTACH takes no parameters; the path is our own configuration, quoted.
        # The alias must be the live file's own catalogue name: dbt's views
        # name their tables with it.
        live_path = str(warehouse.path).replace("'", "''")
        live = warehouse.path.stem.replace('"', '""')
        con.execute(f"ATTACH '{live_path}' AS \"{live}\" (READ_ONLY)")
        tables = con.execute(
            """
            SELECT table_schema, table_name, table_type
            FROM information_schema.tables
            WHERE table_catalog = ?
            """,
            [warehouse.path.stem],
        ).fetchall()
        wanted = [
            (schema, name)
            for schema, name, _ in tables
            if schema in PUBLISHED_SCHEMAS or (schema == "raw" and name in RAW_TABLES)
        ]
        for schema in sorted({schema for schema, _ in wanted}):
            con.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
        for schema, name in sorted(wanted):
            columns = RAW_TABLES.get(name, "*") if schema == "raw" else "*"
            # names come from the warehouse's own catalogue, never from feed content
            con.execute(f'CREATE TABLE "{schema}"."{name}" AS SELECT {columns} FROM "{live}"."{schema}"."{name}"')
            counts[f"{schema}.{name}"] = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
        con.execute(f'DETACH "{live}"')
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return counts


def _remove_staging_file(staging: Path) -> None:
    """A staging file with its write-ahead log and the folder a bounded copy spilled to (`<file>.tmp`)."""
    staging.unlink(missing_ok=True)
    staging.with_name(staging.name + ".wal").unlink(missing_ok=True)
    shutil.rmtree(staging.with_name(staging.name + ".tmp"), ignore_errors=True)


def _remove_orphaned_staging_files(target: Path) -> None:
    """Staging files of publishers that died before the swap (a killed run): nobody will finish them."""
    for staging in target.parent.glob(f".staging-{target.name.replace('.', '-')}.*.tmp"):
        try:
            pid = int(staging.name.rsplit(".", 2)[-2])
        except ValueError:
            continue
        if pid == os.getpid():
            continue
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            _remove_staging_file(staging)
        except PermissionError:  # another user's live process
            pass
