"""Dagster's SQLite storage with kept connections (pipelines/dagster_storage.py, selected by dagster.yaml).

The files must stay Dagster's own: a home written with it reads the same
with Dagster's default storage (an older dagster.yaml, the bare `dagster`
CLI) and the other way round. Runs of two processes at once on one home
both keep every event, and a long-lived process does not keep a connection
per run it ever read.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import dagster as dg
import pytest

from tests.conftest import REPO_ROOT

DEFAULT_STORAGE_YAML = "telemetry:\n  enabled: false\n"


def _job_defs() -> dg.Definitions:
    @dg.asset(check_specs=[dg.AssetCheckSpec("has_rows", asset="tallies")])
    def tallies():
        yield dg.MaterializeResult(metadata={"rows": 3}, check_results=[dg.AssetCheckResult(passed=True)])

    @dg.asset(deps=[tallies])
    def nights():
        return None

    return dg.Definitions(assets=[tallies, nights], jobs=[dg.define_asset_job("two_assets", selection="*")])


def _home(tmp_path: Path, name: str, project_yaml: bool) -> Path:
    home = tmp_path / name
    home.mkdir()
    if project_yaml:
        shutil.copyfile(REPO_ROOT / "dagster.yaml", home / "dagster.yaml")
    else:
        (home / "dagster.yaml").write_text(DEFAULT_STORAGE_YAML)
    return home


def _run_job(home: Path, monkeypatch) -> str:
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    with dg.DagsterInstance.get() as instance:
        result = _job_defs().resolve_job_def("two_assets").execute_in_process(instance=instance)
        assert result.success
        return result.run_id


def _history(home: Path, monkeypatch, project_yaml: bool) -> dict:
    """What an instance of `home` reads, with the project's storage or Dagster's default one."""
    (home / "dagster.yaml").write_text(
        (REPO_ROOT / "dagster.yaml").read_text() if project_yaml else DEFAULT_STORAGE_YAML
    )
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    with dg.DagsterInstance.get() as instance:
        runs = instance.get_runs()
        materialized = instance.get_latest_materialization_event(dg.AssetKey("tallies"))
        check = instance.event_log_storage.get_latest_asset_check_execution_by_key(
            [dg.AssetCheckKey(dg.AssetKey("tallies"), "has_rows")]
        )
        return {
            "statuses": sorted(run.status.value for run in runs),
            "events": sum(len(instance.all_logs(run.run_id)) for run in runs),
            "latest_tallies_run": materialized.run_id if materialized else None,
            "checks": [execution.status.value for execution in check.values()],
        }


def test_the_project_instance_uses_the_kept_open_storage(tmp_path, monkeypatch):
    from pipelines.dagster_storage import KeptOpenEventLogStorage, KeptOpenRunStorage, KeptOpenSqliteStorage

    home = _home(tmp_path, "home", project_yaml=True)
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    with dg.DagsterInstance.get() as instance:
        assert isinstance(instance.get_ref().storage, KeptOpenSqliteStorage)
        assert isinstance(instance.run_storage, KeptOpenRunStorage)
        assert isinstance(instance.event_log_storage, KeptOpenEventLogStorage)
    # in Dagster's default place, so a home keeps its history whichever storage reads it
    assert (home / "history" / "runs.db").exists()
    assert (home / "history" / "runs" / "index.db").exists()


@pytest.mark.parametrize("written_by_project", [True, False], ids=["kept-open then default", "default then kept-open"])
def test_a_home_reads_the_same_with_either_storage(tmp_path, monkeypatch, written_by_project):
    home = _home(tmp_path, "home", project_yaml=written_by_project)
    first = _run_job(home, monkeypatch)
    second = _run_job(home, monkeypatch)
    by_writer = _history(home, monkeypatch, project_yaml=written_by_project)
    by_the_other = _history(home, monkeypatch, project_yaml=not written_by_project)
    assert by_writer == by_the_other
    assert by_writer["statuses"] == ["SUCCESS", "SUCCESS"]
    assert by_writer["latest_tallies_run"] == second != first
    assert by_writer["checks"] == ["SUCCEEDED"]
    # and the other storage goes on writing the same files
    third = _run_job(home, monkeypatch)
    assert _history(home, monkeypatch, project_yaml=written_by_project)["latest_tallies_run"] == third


def test_commits_wait_for_the_checkpoint_not_for_each_event(tmp_path, monkeypatch):
    home = _home(tmp_path, "home", project_yaml=True)
    run_id = _run_job(home, monkeypatch)
    with dg.DagsterInstance.get() as instance:
        storage = instance.event_log_storage
        with storage.run_connection(run_id) as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
    # Dagster's default storage leaves SQLite's default (FULL) on the same file
    plain = sqlite3.connect(home / "history" / "runs" / f"{run_id}.db")
    assert plain.execute("PRAGMA synchronous").fetchone()[0] == 2
    plain.close()


def test_a_long_lived_process_keeps_connections_to_its_latest_runs_only(tmp_path, monkeypatch):
    import pipelines.dagster_storage as storage_module

    monkeypatch.setattr(storage_module, "KEPT_RUN_SHARDS", 2)
    home = _home(tmp_path, "home", project_yaml=True)
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    with dg.DagsterInstance.get() as instance:
        job = _job_defs().resolve_job_def("two_assets")
        run_ids = [job.execute_in_process(instance=instance).run_id for _ in range(4)]
        kept = instance.event_log_storage._engines  # noqa: SLF001 - the point of the test
        assert set(kept) == {"index", *run_ids[-2:]}
        # an old run's events read as before (a connection of its own again, then dropped)
        assert dg.DagsterEventType.RUN_SUCCESS in {e.dagster_event_type for e in instance.all_logs(run_ids[0])}
        assert len([shard for shard in kept if shard != "index"]) == 2
        # deleting a run (the web UI's "Delete") works through the kept connections
        instance.delete_run(run_ids[-1])
        assert instance.get_run_by_id(run_ids[-1]) is None
        assert len(instance.get_runs()) == 3


def test_two_processes_run_on_one_home_at_once_and_keep_every_event(tmp_path, monkeypatch):
    home = _home(tmp_path, "home", project_yaml=True)
    script = tmp_path / "run_jobs.py"
    script.write_text(textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(REPO_ROOT)!r})
        import dagster as dg
        from tests.test_dagster_storage import _job_defs
        job = _job_defs().resolve_job_def("two_assets")
        with dg.DagsterInstance.get() as instance:
            for _ in range(5):
                assert job.execute_in_process(instance=instance).success
    """))
    # the home made first, as `salvo` makes it: two processes creating Dagster's files at the same moment can
    # both stamp a schedules.db's schema version (Dagster's own `from_local`, whichever storage is configured)
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    with dg.DagsterInstance.get():
        pass
    env = {"DAGSTER_HOME": str(home), "PATH": str(Path(sys.executable).parent), "DAGSTER_DISABLE_TELEMETRY": "1"}
    writers = [subprocess.Popen([sys.executable, str(script)], env=env, cwd=REPO_ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT) for _ in range(2)]
    outputs = [writer.communicate(timeout=300)[0].decode(errors="replace") for writer in writers]
    assert [writer.returncode for writer in writers] == [0, 0], outputs[0][-2000:] + outputs[1][-2000:]
    with dg.DagsterInstance.get() as instance:
        runs = instance.get_runs()
        assert len(runs) == 10
        assert all(run.status == dg.DagsterRunStatus.SUCCESS for run in runs)
        materializations = instance.fetch_materializations(dg.AssetKey("tallies"), limit=100).records
        assert len(materializations) == 10


MANY_THREADS = textwrap.dedent("""
    import sqlite3, sys, threading
    import sqlalchemy as db
    from pipelines.dagster_storage import kept_open_engine

    path = sys.argv[1]
    setup = sqlite3.connect(path)
    setup.execute("pragma journal_mode=wal")
    setup.execute("create table t (x int)")
    setup.commit()
    setup.close()
    engine = kept_open_engine(f"sqlite:///{path}")
    errors = []

    def work():
        try:
            for i in range(200):
                with engine.connect() as conn, conn.begin():
                    conn.execute(db.text("insert into t values (:x)"), {"x": i})
                    conn.execute(db.text("select count(*) from t")).fetchone()
        except Exception as error:
            errors.append(repr(error))

    threads = [threading.Thread(target=work) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with engine.connect() as conn:
        rows = conn.execute(db.text("select count(*) from t")).scalar()
    # the connections stay open for the next use (what the storage is for)
    print(len(errors), rows, engine.pool.checkedin(), errors[:2])
""")


def test_many_threads_share_the_kept_connections_safely(tmp_path):
    """The web UI and the daemon call the storage from many threads at once. A pool that closed one thread's
    connection to make room for another's ended in "Cannot operate on a closed database" and a segfault (run in a
    subprocess so that a crash fails this test rather than the test run)."""
    done = subprocess.run([sys.executable, "-c", MANY_THREADS, str(tmp_path / "events.db")], cwd=REPO_ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    errors, rows, kept, _ = done.stdout.split(" ", 3)
    assert (errors, rows) == ("0", str(12 * 200))
    assert int(kept) >= 1
