"""Connections to the DuckDB warehouse: one writer at a time, short-lived.

DuckDB allows one process to hold a database file read-write, and a process
that opens it while another holds it fails at once with a lock error. Salvo
therefore:

* serialises every process that touches the live warehouse with an exclusive
  advisory lock on a sibling `.lock` file (Dagster's `duckdb_writer` pool
  queues the steps; this lock is what makes two `salvo run`s started at once
  safe even without the pool);
* keeps connections short: open, one transaction, close (a backfill's
  batches share one connection for a few seconds at a time: BatchWriter);
* retries opening for a while when someone outside Salvo (an analyst's
  DuckDB shell on the live file) holds it, instead of failing the run;
* publishes a separate snapshot file for analysts (see snapshot.py).
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import duckdb

from pipelines.config import duckdb_memory_limit

SCHEMA_SQL = Path(__file__).with_name("schema.sql")


# Fault injection for the crash tests: with SALVO_FAULT_KILL_BEFORE_COMMIT=N
# the process kills itself (SIGKILL, no clean-up) just before its N-th commit.
_commits_seen = 0


def _fault_point_before_commit() -> None:
    global _commits_seen
    target = os.environ.get("SALVO_FAULT_KILL_BEFORE_COMMIT")
    if not target:
        return
    _commits_seen += 1
    if _commits_seen == int(target):
        import signal

        os.kill(os.getpid(), signal.SIGKILL)


def fault_point(name: str) -> None:
    """Crash tests: with SALVO_FAULT_KILL_AT=<name> the process SIGKILLs itself here.

    Named points: `fact_load` (facts written, not committed), `snapshot_swap`
    (the new snapshot written beside the old one, not swapped in),
    `text_worker` (a text worker, once per SALVO_FAULT_MARKER file).
    """
    if os.environ.get("SALVO_FAULT_KILL_AT") != name:
        return
    marker = os.environ.get("SALVO_FAULT_MARKER")
    if marker:  # only the first process to get here dies
        try:
            os.close(os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except FileExistsError:
            return
    import signal

    os.kill(os.getpid(), signal.SIGKILL)


def bound_memory(con: duckdb.DuckDBPyConnection) -> None:
    """Hold this connection's database to `config.duckdb_memory_limit()` (beyond it DuckDB spills to disk).

    Set with SET rather than connect()'s config: a second connection to a file
    this process already has open must not ask for another configuration.
    """
    limit = duckdb_memory_limit().replace("'", "''")
    con.execute(f"SET memory_limit = '{limit}'")


class WarehouseBusy(RuntimeError):
    """The warehouse stayed locked by another process for too long."""


def _rename_text_status(con: duckdb.DuckDBPyConnection) -> None:
    """Warehouses written before the rename: `extraction_status` is `text_status`, 'extract_failed' is
    'text_failed' ("extract" now names only the figure rules; trafilatura's step is the page text).

    Runs before schema.sql, whose CREATE TABLE IF NOT EXISTS would leave the old column in place.
    """
    old = con.execute(
        "SELECT table_name FROM information_schema.columns "
        "WHERE table_schema = 'raw' AND table_name IN ('articles', 'article_versions') "
        "AND column_name = 'extraction_status'"
    ).fetchall()
    for (table,) in old:
        con.execute(f"ALTER TABLE raw.{table} RENAME COLUMN extraction_status TO text_status")
        con.execute(f"UPDATE raw.{table} SET text_status = 'text_failed' WHERE text_status = 'extract_failed'")


def _is_lock_error(error: Exception) -> bool:
    message = str(error).lower()
    return "lock" in message or "conflicting" in message


class Warehouse:
    def __init__(self, path: str | os.PathLike, wait_s: float = 900.0):
        self.path = Path(path).expanduser().resolve()
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        # how long to wait for another writer or an outside reader
        self.wait_s = wait_s
        self._schema_applied = False
        # re-entrant: a connection opened while this object holds the lock
        # must not wait for itself (one Warehouse object per thread)
        self._lock_depth = 0

    # -- locking -----------------------------------------------------------

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold the warehouse's writer lock (blocks until free, up to wait_s)."""
        if self._lock_depth:
            self._lock_depth += 1
            try:
                yield
            finally:
                self._lock_depth -= 1
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + self.wait_s
        with open(self.lock_path, "a+") as lock_file:
            while True:
                try:
                    fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise WarehouseBusy(
                            f"another Salvo process held {self.lock_path} for more than {self.wait_s:.0f} s"
                        ) from None
                    time.sleep(0.2)
            self._lock_depth = 1
            try:
                yield
            finally:
                self._lock_depth = 0
                fcntl.flock(lock_file, fcntl.LOCK_UN)

    def _open(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        """Open the file, waiting while an outside process holds DuckDB's own lock."""
        deadline = time.monotonic() + self.wait_s
        delay = 0.1
        while True:
            try:
                con = duckdb.connect(str(self.path), read_only=read_only)
            except duckdb.IOException as error:
                if not _is_lock_error(error) or time.monotonic() > deadline:
                    raise WarehouseBusy(f"could not open {self.path}: {error}") from error
                time.sleep(delay)
                delay = min(delay * 2, 2.0)
                continue
            bound_memory(con)
            return con

    # -- connections -------------------------------------------------------

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-write connection under the writer lock, schema applied.

        Statements run in autocommit mode; use `transaction()` for loads.
        """
        with self.exclusive():
            con = self._open(read_only=False)
            try:
                if not self._schema_applied:
                    _rename_text_status(con)
                    con.execute(SCHEMA_SQL.read_text())
                    self._schema_applied = True
                yield con
            finally:
                con.close()

    def batch_writer(self, hold_s: float = 10.0) -> BatchWriter:
        """Many short transactions on one connection (see BatchWriter)."""
        return BatchWriter(self, hold_s)

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One load = one transaction: all of it is written, or none of it."""
        with self.connect() as con:
            con.execute("BEGIN TRANSACTION")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            _fault_point_before_commit()
            con.execute("COMMIT")

    @contextmanager
    def read(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A short read of the live warehouse, still serialised with writers."""
        if not self._schema_applied:
            # a first read of a new (or foreign, empty) file sees the raw tables
            with self.connect():
                pass
        with self.exclusive():
            con = self._open(read_only=True)
            try:
                yield con
            finally:
                con.close()

    def query_polars(self, sql: str, params: list | None = None):
        with self.read() as con:
            return con.execute(sql, params or []).pl()


class BatchWriter:
    """One transaction per batch, on a connection kept open across batches for up to `hold_s` seconds.

    Opening the file and closing it again (DuckDB checkpoints at every close,
    rewriting the tables' key indexes) cost more than writing a batch of 100
    pages, and grow with the tables: at 10,000 pages, 17 s of a backfill's
    batches against 4.5 s on one connection. Holding the connection a few
    seconds makes that cost rare, while another process waiting for the
    writer lock still gets its turn after at most `hold_s` and one batch.
    Use it from one thread at a time; `close()` (or the `with` block's end)
    gives the connection and the lock up.
    """

    def __init__(self, db: "Warehouse", hold_s: float = 10.0):
        self.db = db
        self.hold_s = hold_s
        self._stack: ExitStack | None = None
        self._con: duckdb.DuckDBPyConnection | None = None
        self._opened_at = 0.0

    def __enter__(self) -> "BatchWriter":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        stack, self._stack, self._con = self._stack, None, None
        if stack is not None:
            stack.close()

    def _connection(self) -> duckdb.DuckDBPyConnection:
        if self._con is not None and time.monotonic() - self._opened_at >= self.hold_s:
            self.close()
        if self._con is None:
            stack = ExitStack()
            try:
                con = stack.enter_context(self.db.connect())
            except BaseException:
                stack.close()
                raise
            self._stack, self._con, self._opened_at = stack, con, time.monotonic()
        return self._con

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """As Warehouse.transaction: all of the batch is written, or none of it."""
        con = self._connection()
        con.execute("BEGIN TRANSACTION")
        try:
            yield con
            _fault_point_before_commit()
            con.execute("COMMIT")
        except BaseException:
            try:
                con.execute("ROLLBACK")
            except duckdb.Error:  # a failed COMMIT has already ended the transaction
                pass
            finally:
                self.close()
            raise


def load_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """What the warehouse holds, for run summaries: feed entries, articles by
    outcome, rows per fact table, and the daily mart's rows once dbt built it."""
    counts = dict(
        con.execute(
            """
            SELECT 'feed_entries', count(*) FROM raw.feed_entries
            UNION ALL SELECT 'articles_ok', count(*) FROM raw.articles WHERE text_status = 'ok'
            UNION ALL SELECT 'articles_not_ok', count(*) FROM raw.articles WHERE text_status <> 'ok'
            UNION ALL SELECT 'fact_strikes', count(*) FROM raw.fact_strikes
            UNION ALL SELECT 'fact_aid', count(*) FROM raw.fact_aid
            UNION ALL SELECT 'fact_casualties', count(*) FROM raw.fact_casualties
            UNION ALL SELECT 'fact_clashes', count(*) FROM raw.fact_clashes
            """
        ).fetchall()
    )
    mart_built = con.execute(  # not on a first run before dbt, nor after a failed dbt step
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'marts' AND table_name = 'daily_air_attacks'"
    ).fetchone()[0]
    if mart_built:
        counts["daily_air_attacks"] = con.execute("SELECT count(*) FROM marts.daily_air_attacks").fetchone()[0]
    return counts
