"""`salvo run`/`demo` keep Dagster's and dbt's logs off the terminal: one line per stage, the log file named."""

from __future__ import annotations

import re

import pytest

from pipelines import cli
from pipelines.sample_site import SITE_ROOT
from pipelines.sample_site.server import serve_site
from tests.conftest import write_feeds_toml

pytestmark = pytest.mark.timeout(180)


@pytest.fixture
def sample_feeds(tmp_path):
    with serve_site(SITE_ROOT) as site:
        names = sorted(p.stem for p in (SITE_ROOT / "feeds").glob("*.xml"))
        yield write_feeds_toml(tmp_path / "feeds.toml", site.base_url, names)


def _run(tmp_path, monkeypatch, feeds, verbose: bool):
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    monkeypatch.setattr(cli, "VERBOSE", verbose)
    return cli.run_daily_job(feeds, tmp_path / "warehouse.duckdb", job_name="feed_poll_job")


def test_a_run_prints_one_line_per_stage_and_logs_to_a_file(tmp_path, monkeypatch, sample_feeds, capfd):
    assert _run(tmp_path, monkeypatch, sample_feeds, verbose=False)
    out, err = capfd.readouterr()
    terminal = out + err
    assert " - dagster - " not in terminal, terminal[:2000]
    assert re.search(r"poll_feeds\s+ok\s+[\d.]+ s, rows 10, new articles 10", terminal), terminal
    logged = re.search(r"logs go to (\S+\.log)", terminal)
    assert logged, terminal
    log_text = open(logged.group(1)).read()
    assert " - dagster - INFO - feed_poll_job - " in log_text and "polled 2 feeds" in log_text


def test_verbose_shows_dagsters_logs(tmp_path, monkeypatch, sample_feeds, capfd):
    assert _run(tmp_path, monkeypatch, sample_feeds, verbose=True)
    out, err = capfd.readouterr()
    assert "polled 2 feeds" in out + err
    assert not list((tmp_path / "dagster_home" / "logs").glob("*.log"))


def test_runs_are_tagged_demo_or_real(tmp_path, monkeypatch, sample_feeds):
    import dagster as dg

    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    warehouse = tmp_path / "warehouse.duckdb"
    assert cli.run_daily_job(sample_feeds, warehouse, job_name="feed_poll_job", tags=cli.run_tags("demo", warehouse))
    with dg.DagsterInstance.get() as instance:
        (run,) = instance.get_runs()
    assert run.tags[cli.RUN_KIND_TAG] == "demo"
    assert run.tags["salvo/warehouse"] == str(warehouse.resolve())
    assert cli.run_tags("real", None)[cli.RUN_KIND_TAG] == "real"


def test_a_failed_run_says_so_in_one_line_without_dagsters_stack_traces(tmp_path, monkeypatch, capfd):
    # nothing listens on port 9 of this machine: every feed fails, so the poll step fails
    feeds = write_feeds_toml(tmp_path / "feeds.toml", "http://127.0.0.1:9", ["gone"])
    assert not _run(tmp_path, monkeypatch, feeds, verbose=False)
    out, err = capfd.readouterr()
    terminal = out + err
    assert "Traceback" not in terminal and " - dagster - " not in terminal, terminal[:3000]
    assert re.search(r"poll_feeds\s+FAILED", terminal), terminal
    assert terminal.count("step failed") == 1 and "every feed failed" in terminal


def test_stage_lines_come_from_the_event_log_while_the_run_goes(tmp_path, monkeypatch, sample_feeds):
    import io
    import time
    import uuid

    import dagster as dg
    from rich.console import Console

    from pipelines.report.terminal import LiveStages

    monkeypatch.setenv("SALVO_FEEDS", str(sample_feeds))
    monkeypatch.setenv("SALVO_WAREHOUSE", str(tmp_path / "warehouse.duckdb"))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    (tmp_path / "dagster_home").mkdir()
    from pipelines.definitions import defs

    terminal = io.StringIO()
    run_id = str(uuid.uuid4())
    with dg.DagsterInstance.get() as instance:
        stages = LiveStages(instance, run_id, Console(file=terminal, width=200))
        with stages:
            result = defs.resolve_job_def("feed_poll_job").execute_in_process(instance=instance, run_id=run_id)
            time.sleep(3 * LiveStages.POLL_S)  # the poller catches up with the last event
        # every line was printed by the poller, none left for finish()
        assert "poll_feeds" in stages.stages.printed
        printed = terminal.getvalue()
        stages.finish(result)
    assert terminal.getvalue() == printed
    assert re.search(r"poll_feeds\s+ok\s+[\d.]+ s, rows 10", printed)


def test_progress_message_gives_count_rate_and_eta():
    from pipelines.report.terminal import format_duration, progress_message

    assert progress_message(1500, 10000, 30.0) == "progress: 1,500/10,000 pages, 50.0/s, ETA 2 min 50 s"
    assert progress_message(0, 10, 0.0).endswith("0.0/s, ETA ?")
    assert format_duration(7300) == "2 h 01 min"


def test_a_long_steps_progress_reaches_the_terminal_while_it_runs(tmp_path, monkeypatch):
    import io
    import time
    import uuid

    import dagster as dg
    from rich.console import Console

    from pipelines.report.terminal import LiveStages, progress_message

    @dg.op
    def fetch_pages(context):
        context.log.info("loaded 500 articles")  # an ordinary log line stays in the log
        context.log.info(progress_message(500, 2000, 10.0))
        time.sleep(3 * LiveStages.POLL_S)  # the step is still running when the poller reads the line

    @dg.job
    def long_job():
        fetch_pages()

    terminal = io.StringIO()
    run_id = str(uuid.uuid4())
    with dg.DagsterInstance.ephemeral() as instance:
        stages = LiveStages(instance, run_id, Console(file=terminal, width=200))
        with stages:
            result = long_job.execute_in_process(instance=instance, run_id=run_id)
            time.sleep(3 * LiveStages.POLL_S)
        stages.finish(result)
    lines = terminal.getvalue().splitlines()
    progress = [i for i, line in enumerate(lines) if "500/2,000 pages, 50.0/s, ETA 30 s" in line]
    ended = [i for i, line in enumerate(lines) if re.search(r"fetch_pages\s+ok", line)]
    assert progress and ended and progress[0] < ended[0], lines
    assert not any("loaded 500 articles" in line for line in lines)


def test_a_check_with_nothing_to_check_is_shown_skipped_with_its_reason(tmp_path, monkeypatch):
    """Without SALVO_REFERENCE, `reference_agreement` has nothing to compare: "skipped" and why, never "ok"."""
    import io
    import uuid

    import dagster as dg
    from rich.console import Console

    from pipelines.defs.reference import reference_agreement
    from pipelines.defs.resources import WarehouseResource
    from pipelines.report.terminal import LiveStages

    monkeypatch.delenv("SALVO_REFERENCE", raising=False)

    @dg.op
    def build_marts(context):
        context.log.info("built")

    @dg.job
    def checked_job():
        build_marts()

    # the check alone, as the daily job runs it; and an op whose step does its work, to compare
    check_job = dg.Definitions(
        asset_checks=[reference_agreement],
        resources={"warehouse": WarehouseResource(path=str(tmp_path / "warehouse.duckdb"))},
    ).resolve_implicit_global_asset_job_def()
    terminal = io.StringIO()
    with dg.DagsterInstance.ephemeral() as instance:
        for job in (checked_job, check_job):
            run_id = str(uuid.uuid4())
            stages = LiveStages(instance, run_id, Console(file=terminal, width=300))
            with stages:
                result = job.execute_in_process(instance=instance, run_id=run_id)
            stages.finish(result)
            assert result.success
    lines = terminal.getvalue().splitlines()
    assert any(re.search(r"build_marts\s+ok\b", line) for line in lines), lines
    skipped = [line for line in lines if re.search(r"reference_agreement\s+skipped\b", line)]
    assert skipped and "SALVO_REFERENCE" in skipped[0], lines
    assert not any(re.search(r"reference_agreement\s+ok\b", line) for line in lines), lines
