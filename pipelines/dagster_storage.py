"""Dagster's own SQLite storage (runs, event log, schedules), with its connections kept open.

Dagster's SQLite storage opens a new connection for every read and write and
closes it after: a run of the daily job writes about 360 events and makes
about 1,000 such connections. In WAL mode closing the last connection to a
file checkpoints the log into the database and deletes it, and every commit
waits for an fsync: on this 2-core machine that was about 3 s of a 21 s run
(`sqlite3` `commit` and `close` in a profile of the +300 run), paid again by
every run, test and backfill day.

Here each process keeps its connections to a database file open, in a pool
(the event log keeps them for its most recent run shards only) and sets `synchronous=NORMAL`,
which in WAL mode is what SQLite recommends: a commit is durable at the next
checkpoint, and a power cut can lose the last events but never corrupts the
file. The files, tables and migrations are Dagster's own, so the web UI, the
daemon and instances configured with Dagster's default storage read the same
history. `dagster.yaml` selects it:

    storage:
      custom:
        module: pipelines.dagster_storage
        class: KeptOpenSqliteStorage
        config:
          dagster_home: {env: DAGSTER_HOME}
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as db
from dagster._config import StringSource
from dagster._core.storage.event_log.sqlite.sqlite_event_log import SqliteEventLogStorage
from dagster._core.storage.runs.sqlite.sqlite_run_storage import SqliteRunStorage
from dagster._core.storage.schedules.sqlite.sqlite_schedule_storage import SqliteScheduleStorage
from dagster._core.storage.sqlite_storage import (
    DagsterSqliteStorage,
    _event_logs_directory,
    _runs_directory,
    _schedule_directory,
)
from dagster._serdes import ConfigurableClassData
from dagster._utils import mkdir_p
from sqlalchemy.pool import QueuePool

# Dagster's own wait for a locked SQLite file (the web UI, the daemon and a run write the same files)
BUSY_TIMEOUT_S = 30
# run shards whose connections an event log keeps: a run writes its own and the index; the web UI reads a few
KEPT_RUN_SHARDS = 8
# idle connections an engine keeps open (a run uses one or two at a time; the web UI and the daemon a few)
KEPT_CONNECTIONS = 4


def kept_open_engine(conn_string: str) -> db.Engine:
    """An engine whose connections stay open for the process, with WAL's own durability level.

    A queue pool: a thread takes a connection, uses it alone and gives it back, and up to KEPT_CONNECTIONS idle ones
    stay open (more are opened when more threads need one at once, never waited for). Not SQLAlchemy's
    SingletonThreadPool (one connection per thread): past five threads it closes an arbitrary connection, possibly
    one another thread is using, which the many threads of the web UI and the daemon turned into "Cannot operate
    on a closed database" and a segfault in sqlite3 (tests/test_dagster_storage.py).
    """
    engine = db.create_engine(
        conn_string,
        poolclass=QueuePool,
        pool_size=KEPT_CONNECTIONS,
        max_overflow=-1,
        # a connection moves between threads, one at a time (the pool hands it out)
        connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False},
    )

    @db.event.listens_for(engine, "connect")
    def _normal_sync(dbapi_connection, _record) -> None:
        # only the files Dagster already put in WAL mode; others keep SQLite's default
        if dbapi_connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
            dbapi_connection.execute("PRAGMA synchronous=NORMAL")

    return engine


class _OneKeptConnection:
    """For a storage of one file whose `connect()` Dagster opens and closes each time: its engine's pool keeps it."""

    _conn_string: str

    def __init__(self, conn_string: str, inst_data: ConfigurableClassData | None = None):
        super().__init__(conn_string, inst_data)  # Dagster's storage class, next in the MRO
        self._engine = kept_open_engine(conn_string)

    @contextmanager
    def connect(self) -> Iterator[db.Connection]:
        with self._engine.connect() as conn:
            with conn.begin():
                yield conn

    def dispose(self) -> None:
        self._engine.dispose()


class KeptOpenRunStorage(_OneKeptConnection, SqliteRunStorage):
    """Runs (`history/runs.db`) through kept connections."""


class KeptOpenScheduleStorage(_OneKeptConnection, SqliteScheduleStorage):
    """Schedules and sensors' ticks (`schedules/schedules.db`) through kept connections."""


class KeptOpenEventLogStorage(SqliteEventLogStorage):
    """The event log (a file per run and `index.db`) through kept connections: the index's and the latest runs'."""

    def __init__(self, base_dir: str, inst_data: ConfigurableClassData | None = None):
        # (Dagster's __init__ already connects: it checks the index's migrations)
        self._engines: OrderedDict[str, db.Engine] = OrderedDict()
        super().__init__(base_dir, inst_data)

    @contextmanager
    def _connect(self, shard: str) -> Iterator[db.Connection]:
        # Dagster serialises this storage's connections with its lock; so does this
        with self._db_lock:
            engine = self._engines.get(shard)
            if engine is None:
                engine = kept_open_engine(self.conn_string_for_shard(shard))
                if shard not in self._initialized_dbs:
                    self._initdb(engine)
                    self._initialized_dbs.add(shard)
                self._engines[shard] = engine
                self._close_old_shards()
            self._engines.move_to_end(shard)
            with engine.connect() as conn:
                with conn.begin():
                    yield conn

    def _close_old_shards(self) -> None:
        """A long-lived process (the web UI, the daemon) reads many runs: keep the index and the latest runs."""
        run_shards = [shard for shard in self._engines if shard != "index"]
        for shard in run_shards[: max(0, len(run_shards) - KEPT_RUN_SHARDS)]:
            self._engines.pop(shard).dispose()

    def dispose(self) -> None:
        with self._db_lock:
            for engine in self._engines.values():
                engine.dispose()
            self._engines.clear()
        super().dispose()


class KeptOpenSqliteStorage(DagsterSqliteStorage):
    """Dagster's SQLite storage in `$DAGSTER_HOME`, with connections kept open (module docstring)."""

    def __init__(self, base_dir: str, inst_data: ConfigurableClassData | None = None):
        # DagsterSqliteStorage's own __init__ builds the storages with closing connections: build them here
        self.base_dir = base_dir
        self._run_storage = _kept_open(KeptOpenRunStorage, SqliteRunStorage, _runs_directory(base_dir))
        self._event_log_storage = KeptOpenEventLogStorage(_event_logs_directory(base_dir))
        self._schedule_storage = _kept_open(KeptOpenScheduleStorage, SqliteScheduleStorage,
                                            _schedule_directory(base_dir))
        self._inst_data = inst_data
        super(DagsterSqliteStorage, self).__init__()

    @classmethod
    def config_type(cls):
        return {"dagster_home": StringSource}

    @classmethod
    def from_config_value(cls, inst_data: ConfigurableClassData, config_value: dict) -> KeptOpenSqliteStorage:
        # Dagster's default storage's directories (history/, schedules/ in the home), so a home keeps its
        # history whichever storage dagster.yaml names
        base_dir = config_value["dagster_home"]
        mkdir_p(base_dir)
        return cls(base_dir, inst_data=inst_data)


def _kept_open(kept_class, dagster_class, base_dir: str):
    """Dagster's `from_local` (creates or migrates the file), then the same storage with a kept connection."""
    storage = dagster_class.from_local(base_dir)
    return kept_class(storage._conn_string, None)

