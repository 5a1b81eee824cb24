"""Publish what analysts read: a separate DuckDB file, swapped in atomically.

Analysts' DuckDB shells and notebooks open `data/warehouse.snapshot.duckdb`
(`snapshot_path_for`: one per warehouse, named after it), never the live warehouse, so a long query never blocks the daily run and the run never
pulls rows from under a reader. The snapshot is written next to its final
name and moved over it with `os.replace` at the end of each run: an open
reader keeps the old file until it reconnects, a new reader sees the new one.

A run does not copy every table again. Each published table of the staging
file is brought level with the warehouse by its differences alone: the rows
that are no longer there are deleted, the new and changed ones inserted. A run
that adds 300 articles writes about 300 articles' rows, not the whole history.
A table whose columns changed, or most of whose rows did, is written whole;
with no snapshot yet, or one that cannot be opened, every table is.

Nor is the file copied. The swap keeps the file it replaces, under a hidden
name (`.<snapshot name>.spare`), and the next run makes that file its staging
file: it is two publishes behind, and its differences are written the same way.
An analyst who opened the snapshot before the last swap may still be reading
that file; DuckDB's lock then refuses it to a writer, and the run copies the
published file instead (the operating system copies it; nothing is decoded).
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass, field
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


# where a publish's staging file started: the kept file, a copy, or nothing
SPARE = "the previous swap's file"
COPY = "a copy of the published file"
EMPTY = "an empty file"


@dataclass
class Publication:
    """What a publish wrote: each table's rows, and how each was brought level with the warehouse."""

    rows: dict[str, int] = field(default_factory=dict)
    # "unchanged", "-D +I rows" (D rows deleted, I inserted) or "written whole", by table
    written: dict[str, str] = field(default_factory=dict)
    # the file the staging file started as: SPARE, COPY or EMPTY
    started_from: str = EMPTY

    def summary(self) -> str:
        outcomes = list(self.written.values())
        whole = outcomes.count("written whole")
        unchanged = outcomes.count("unchanged")
        return (f"{len(outcomes)} tables: {unchanged} unchanged, {len(outcomes) - whole - unchanged} updated by their "
                f"changed rows, {whole} written whole; started from {self.started_from}")


def publish_snapshot(warehouse: Warehouse, snapshot_path: str | os.PathLike) -> Publication:
    """Bring a staging file level with the published tables and swap it in."""
    target = Path(snapshot_path).expanduser().resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    # DuckDB names a file's catalogue after its name up to the first dot: the
    # staging file's must differ from the live one's, attached under its own name
    staging_file = target.with_name(f".staging-{target.name.replace('.', '-')}.{os.getpid()}.tmp")
    spare = _spare_file(target)
    _remove_staging_file(staging_file)
    _remove_orphaned_staging_files(target)
    compact_size = _compact_size_file(target)
    with warehouse.exclusive():
        published = None
        grown = target.exists() and _grown_past_compaction(target, compact_size)
        if not grown and _take_spare(spare, target, compact_size, staging_file):
            published = _sync_from(warehouse, staging_file, SPARE)
        if published is None and target.exists() and not grown:
            # the published file is never written after its swap (readers open it read-only), so copying it while
            # a reader has it open is safe
            shutil.copyfile(target, staging_file)
            published = _sync_from(warehouse, staging_file, COPY)
        if published is None:
            try:
                published = _sync_published(warehouse, staging_file, bounded=True)
            except duckdb.OutOfMemoryException as error:
                # List aggregates cannot spill: a warehouse whose views outgrow the bound
                # (db.bound_memory) is copied again without it rather than failing the run.
                log.warning("snapshot: %s; copying again without the memory bound", error)
                _remove_staging_file(staging_file)
                published = _sync_published(warehouse, staging_file, bounded=False)
    _keep_as_spare(target, spare)
    fault_point("snapshot_swap")
    os.replace(staging_file, target)
    if all(outcome == "written whole" for outcome in published.written.values()):
        compact_size.write_text(f"{target.stat().st_size}\n")
    log.info("snapshot published: %s", published.summary())
    return published


def _sync_from(warehouse: Warehouse, staging_file: Path, started_from: str) -> Publication | None:
    """Update an earlier snapshot's file in place; None (and the file removed) when it cannot be."""
    try:
        published = _sync_published(warehouse, staging_file, bounded=True)
    except duckdb.Error as error:
        _remove_staging_file(staging_file)
        if started_from == SPARE and "Could not set lock" in str(error):
            # an analyst opened it before the last swap and is still connected: theirs until they disconnect
            log.info("snapshot: the previous swap's file is still open by a reader; copying the published file")
        elif started_from == SPARE:
            log.warning("snapshot: updating the previous swap's file failed (%s); copying the published file", error)
        else:
            # an unreadable or foreign snapshot, or lists that outgrew the bound
            log.warning("snapshot: updating the published copy failed (%s); writing every table again", error)
        return None
    published.started_from = started_from
    return published


def _spare_file(target: Path) -> Path:
    """Where the swap keeps the file it replaced: a hidden name beside the snapshot."""
    return target.with_name(f".{target.name}.spare")


def _keep_as_spare(target: Path, spare: Path) -> None:
    """Give the published file a second, hidden name, so that the swap's `os.replace` leaves it to the next run.

    A hard link: no data is copied, and a reader of the published file keeps it either way. Where the file
    system has no hard links, there is no spare and the next run copies the published file.
    """
    spare.unlink(missing_ok=True)
    if not target.exists():
        return
    try:
        os.link(target, spare)
    except OSError as error:
        log.info("snapshot: no spare file kept (%s); the next run copies the published one", error)


def _take_spare(spare: Path, target: Path, compact_size: Path, staging_file: Path) -> bool:
    """Rename the previous swap's file to the staging name, if there is one fit to update in place."""
    try:
        if not spare.exists():
            return False
        # a run killed between keeping the spare and the swap leaves both names on the published file,
        # which must never be written in place
        if (target.exists() and os.path.samefile(spare, target)) or _grown_past_compaction(spare, compact_size):
            spare.unlink()
            return False
        os.replace(spare, staging_file)
    except OSError as error:
        log.info("snapshot: the previous swap's file cannot be reused (%s)", error)
        return False
    return True


# Rows deleted from a DuckDB file leave holes that later rows do not always fill: a snapshot updated in place run
# after run grows past its data (15 runs each replacing 5% of the rows took it from 61 to 101 MiB). Once it is this
# many times the size of its last whole write, every table is written whole again, into a fresh file.
COMPACT_ABOVE = 1.5


def _compact_size_file(target: Path) -> Path:
    """Where the size of the snapshot's last whole write is kept: a hidden file beside it."""
    return target.with_name(f".{target.name}.compact-size")


def _grown_past_compaction(target: Path, compact_size: Path) -> bool:
    try:
        compact = int(compact_size.read_text().strip())
    except (OSError, ValueError):
        return False  # a snapshot written before sizes were kept: its next whole write sets one
    return target.stat().st_size > compact * COMPACT_ABOVE


# A table more than this share of whose rows changed is written whole: deleting and inserting nearly every row
# costs more than copying them (re-extracting every article gives every fact a new `extracted_at`)
REWRITE_WHOLE_ABOVE = 0.5


def _sync_published(warehouse: Warehouse, staging_file: Path, *, bounded: bool) -> Publication:
    """Make the published tables in `staging_file` (empty, or an earlier snapshot) equal the live warehouse's, and
    drop the ones no longer published."""
    published = Publication()
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
        wanted = {
            (schema, name)
            for schema, name in _tables(con, warehouse.path.stem)
            if schema in PUBLISHED_SCHEMAS or (schema == "raw" and name in RAW_TABLES)
        }
        staging_catalogue = con.execute("SELECT current_database()").fetchone()[0]
        # names come from the warehouse's own catalogue (and the snapshot's), never from feed content
        in_snapshot = {(schema, name) for schema, name in _tables(con, staging_catalogue) if schema in (*PUBLISHED_SCHEMAS, "raw")}
        for schema, name in sorted(in_snapshot - wanted):
            con.execute(f'DROP TABLE "{schema}"."{name}"')
        for schema in sorted({schema for schema, _ in wanted}):
            con.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
        for schema, name in sorted(wanted):
            columns = RAW_TABLES.get(name, "*") if schema == "raw" else "*"
            source = f'(SELECT {columns} FROM "{live}"."{schema}"."{name}")'
            published.written[f"{schema}.{name}"] = _sync_table(con, f'"{schema}"."{name}"', source)
            published.rows[f"{schema}.{name}"] = con.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
        con.execute(f'DETACH "{live}"')
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return published


def _tables(con: duckdb.DuckDBPyConnection, catalogue: str) -> list[tuple[str, str]]:
    """(schema, name) of every table and view of an attached catalogue."""
    return con.execute(
        "SELECT table_schema, table_name FROM information_schema.tables WHERE table_catalog = ?", [catalogue]
    ).fetchall()


def _sync_table(con: duckdb.DuckDBPyConnection, table: str, source: str) -> str:
    """Make `table` of the staging file hold exactly the rows of `source` (a query on the live warehouse); how
    it was written: "unchanged", "-D +I rows", or "written whole".

    Rows are compared by a hash of the whole row, counted, so a table without a key, or with equal rows, ends
    equal too: every row of a hash the two sides hold a different number of is deleted, then the warehouse's
    rows of those hashes inserted. Hashing reads each side once and keeps one integer a row (comparing whole
    rows kept every row in memory and cost as much as copying them). Two different rows of one 64-bit hash,
    one replacing the other in a run, would go unnoticed: about one chance in 10^19 for each changed row.
    """
    shape = "SELECT column_name, column_type FROM (DESCRIBE {})"
    same_columns = _exists(con, table) and (
        con.execute(shape.format(f"SELECT * FROM {table}")).fetchall() == con.execute(shape.format(source)).fetchall()
    )
    if not same_columns:
        con.execute(f"DROP TABLE IF EXISTS {table}")
        con.execute(f"CREATE TABLE {table} AS {source}")
        return "written whole"
    # (a table's name used as a value is its whole row; the alias is one no column of ours is called)
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _differing AS
        SELECT h, coalesce(published.n, 0) AS published_rows, coalesce(live.n, 0) AS live_rows
        FROM (SELECT hash(__row) AS h, count(*) AS n FROM {table} AS __row GROUP BY h) AS published
        FULL JOIN (SELECT hash(__row) AS h, count(*) AS n FROM {source} AS __row GROUP BY h) AS live USING (h)
        WHERE published.n IS DISTINCT FROM live.n
        """
    )
    try:
        gone, new, rows = con.execute(
            f"SELECT sum(published_rows), sum(live_rows), (SELECT count(*) FROM {table}) FROM _differing"
        ).fetchone()
        if not gone and not new:
            return "unchanged"
        if gone > rows * REWRITE_WHOLE_ABOVE:
            con.execute(f"DROP TABLE {table}")
            con.execute(f"CREATE TABLE {table} AS {source}")
            return "written whole"
        con.execute(
            f"DELETE FROM {table} WHERE rowid IN (SELECT rowid FROM {table} AS __row "
            "WHERE hash(__row) IN (SELECT h FROM _differing WHERE published_rows > 0))"
        )
        con.execute(f"INSERT INTO {table} SELECT * FROM {source} AS __row WHERE hash(__row) IN (SELECT h FROM _differing WHERE live_rows > 0)")
        return f"-{gone} +{new} rows"
    finally:
        con.execute("DROP TABLE _differing")


def _exists(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    try:
        con.execute(f"SELECT 1 FROM {table} LIMIT 0")
    except duckdb.CatalogException:
        return False
    return True


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
