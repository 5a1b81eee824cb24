"""The warehouse connection layer: re-entrant writer lock, transactions."""

import threading

import duckdb
import pytest

from pipelines.warehouse.db import Warehouse, WarehouseBusy


def test_a_connection_inside_the_lock_does_not_wait_for_itself(tmp_path):
    db = Warehouse(tmp_path / "w.duckdb", wait_s=2)
    with db.exclusive():
        with db.connect() as con:
            con.execute("CREATE TABLE t AS SELECT 1 AS v")
        with db.read() as con:
            assert con.execute("SELECT v FROM t").fetchone() == (1,)


def test_a_second_holder_waits_then_gives_up_clearly(tmp_path):
    path = tmp_path / "w.duckdb"
    holder, waiter = Warehouse(path, wait_s=1), Warehouse(path, wait_s=0.5)
    with holder.exclusive():
        outcome = {}

        def try_lock():
            try:
                with waiter.exclusive():
                    outcome["got"] = True
            except WarehouseBusy as error:
                outcome["error"] = str(error)

        thread = threading.Thread(target=try_lock)
        thread.start()
        thread.join(5)
    assert "got" not in outcome
    assert "held" in outcome["error"]


def test_a_failed_transaction_leaves_nothing(tmp_path):
    db = Warehouse(tmp_path / "w.duckdb")
    with pytest.raises(RuntimeError):
        with db.transaction() as con:
            con.execute("INSERT INTO raw.feed_state (feed_name, url) VALUES ('x', 'http://x')")
            raise RuntimeError("boom")
    con = duckdb.connect(str(db.path), read_only=True)
    assert con.execute("SELECT count(*) FROM raw.feed_state").fetchone()[0] == 0
    con.close()
