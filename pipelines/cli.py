"""`salvo`: run the daily job, try it on the sample site, extract, explain, query.

    salvo run [--feeds FILE] [--warehouse PATH]
    salvo backfill --since DATE [--until DATE] [--source NAME] [--feeds FILE] [--warehouse PATH]
    salvo demo [--warehouse PATH]
    salvo extract INPUT.jsonl [--html]
    salvo explain ID-or-URL [--warehouse PATH]
    salvo review [--warehouse PATH] [--limit N]
    salvo sql [--warehouse PATH] [--live] [--format table|csv|json] "SELECT ..."
    salvo export [--warehouse PATH] [--format parquet|csv] DIR
    salvo report [--warehouse PATH] [--open]
    salvo ui [--host 127.0.0.1] [--port 3000]
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from pipelines.config import REPO_ROOT

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Salvo: war reporting into trustworthy numbers.")
# soft_wrap: a message with a long path stays one line that can be copied
console = Console(stderr=True, soft_wrap=True)
out = Console()

WarehouseOption = Annotated[
    Path | None, typer.Option("--warehouse", help="DuckDB file (default $SALVO_WAREHOUSE or data/warehouse.duckdb)")
]


# `salvo --verbose ...`: Dagster's and dbt's logs on the terminal instead of a log file
VERBOSE = False


@app.callback()
def _global_options(
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="show Dagster's and dbt's logs instead of writing them to a file")
    ] = False,
) -> None:
    """Salvo: war reporting into trustworthy numbers."""
    global VERBOSE
    VERBOSE = verbose or os.environ.get("SALVO_VERBOSE", "") not in ("", "0")


def _no_tracking() -> None:
    os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("DBT_VERSION_CHECK", "false")


def prepare_dagster_home() -> Path:
    """DAGSTER_HOME defaults to .dagster/ in the project, seeded from dagster.yaml."""
    home = Path(os.environ.get("DAGSTER_HOME") or REPO_ROOT / ".dagster").resolve()
    home.mkdir(parents=True, exist_ok=True)
    if not (home / "dagster.yaml").exists():
        shutil.copyfile(REPO_ROOT / "dagster.yaml", home / "dagster.yaml")
    os.environ["DAGSTER_HOME"] = str(home)
    return home


def _json_value(value):
    """JSON for what json.dumps does not know: a whole DECIMAL (a DuckDB sum) as a number."""
    from decimal import Decimal

    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return str(value)


# Off a terminal (a pipe, a file, a CI log) nobody reads the table at the
# terminal's width, and rich would fold it at 80 columns: print it whole.
UNWRAPPED_WIDTH = 100_000


def _print_frame(frame, fmt: str = "table", title: str | None = None) -> None:
    if fmt == "csv":
        from pipelines.export import flatten_for_csv

        sys.stdout.write(flatten_for_csv(frame).write_csv())
        return
    if fmt == "json":
        for row in frame.iter_rows(named=True):
            sys.stdout.write(json.dumps(row, default=_json_value, ensure_ascii=False) + "\n")
        return
    table = Table(show_lines=False)
    for column in frame.columns:
        table.add_column(column, overflow="fold")
    for row in frame.iter_rows():
        table.add_row(*["" if v is None else str(v) for v in row])
    printer = out if out.is_terminal else Console(width=UNWRAPPED_WIDTH)
    if title:  # above the table, not as its title: rich folds a title to the table's width
        printer.print(title, soft_wrap=True, highlight=False, style="italic")
    printer.print(table)


# Tells a demo run (the bundled sample site) from a real one in the UI's run list
RUN_KIND_TAG = "salvo/run_kind"


def run_tags(kind: str, warehouse: Path | None) -> dict[str, str]:
    from pipelines.config import warehouse_path

    return {RUN_KIND_TAG: kind, "salvo/warehouse": str((warehouse or warehouse_path()).resolve())}


def run_daily_job(
    feeds: Path | None, warehouse: Path | None, job_name: str = "daily_job", tags: dict[str, str] | None = None
) -> bool:
    """Run a job once, in this process, against the project's Dagster instance."""
    _no_tracking()
    if feeds is not None:
        os.environ["SALVO_FEEDS"] = str(feeds.resolve())
    if warehouse is not None:
        os.environ["SALVO_WAREHOUSE"] = str(warehouse.resolve())
    home = prepare_dagster_home()
    from pipelines.report.terminal import LiveStages, new_log_path, output_to

    log_path = None if VERBOSE else new_log_path(home / "logs", job_name)
    if log_path is not None:
        console.print(f"{job_name}: Dagster's and dbt's logs go to {log_path} (--verbose shows them)")
    with output_to(log_path) as terminal:
        import uuid

        import dagster as dg

        from pipelines.definitions import defs

        from pipelines.runs import (
            ReapWhileRunning,
            StopOnSignal,
            WriterSlotTimeout,
            finish_stopped_run,
            liveness_tags,
            wait_for_writer_slot,
        )

        job = defs.resolve_job_def(job_name)
        run_id = str(uuid.uuid4())
        screen = Console(file=terminal, soft_wrap=True) if terminal else console

        def say(line: str) -> None:
            screen.print(line, highlight=False)

        with dg.DagsterInstance.get() as instance:
            stopper = StopOnSignal(instance, run_id, say)
            try:
                with stopper:
                    # a run killed earlier may still hold the writer slot: reap it, or wait for a live holder
                    wait_for_writer_slot(instance, say)
                    # one line per stage as it ends, on the terminal even while Dagster's output goes to the log
                    stages = LiveStages(instance, run_id, screen)
                    with stages, ReapWhileRunning(instance, run_id, say):
                        result = job.execute_in_process(
                            instance=instance,
                            raise_on_error=False,
                            run_config={"loggers": {"console": {"config": {"log_level": "INFO"}}}},
                            # which process runs it: the next run can tell when it died (pipelines/runs.py)
                            tags={**(tags or {}), **liveness_tags(run_id)},
                            run_id=run_id,
                        )
                    stages.finish(result)
            except WriterSlotTimeout as error:
                say(f"[red]error:[/red] {error}")
                return False
            except KeyboardInterrupt:
                stopper.signum = stopper.signum or signal.SIGINT
            if stopper.signum:
                finish_stopped_run(instance, run_id, f"stopped by {signal.Signals(stopper.signum).name}")
                say(f"[red]stopped[/red] by {signal.Signals(stopper.signum).name}: run {run_id} canceled")
                raise typer.Exit(stopper.exit_code)
    for event in result.all_events:
        if event.is_step_failure:
            console.print(f"[red]step failed[/red] {event.step_key}: {event.event_specific_data.error.message.strip()}")
    return result.success


SUMMARY_LABELS = {
    "feed_entries": "feed entries",
    "articles_ok": "articles (page text read)",
    "articles_not_ok": "articles (failed or empty)",
    "fact_strikes": "strike facts",
    "fact_aid": "aid facts",
    "fact_casualties": "casualty facts",
    "fact_clashes": "clash facts",
}


def _summary(warehouse_path: Path) -> None:
    import polars as pl

    from pipelines.warehouse.db import Warehouse, load_counts

    db = Warehouse(warehouse_path)
    with db.read() as con:
        loaded = load_counts(con)
        has_marts = "daily_air_attacks" in loaded  # absent until dbt has built the marts
        attacks = (
            con.execute(
                "SELECT event_date, attacker, weapon_class, launched, intercepted, n_sources "
                "FROM marts.daily_air_attacks ORDER BY event_date DESC, attacker, weapon_class LIMIT 20"
            ).pl()
            if has_marts
            else None
        )
        aid = (
            con.execute(
                "SELECT event_date, donor, currency, round(amount / 1e6, 1) AS million, "
                "round(amount_eur / 1e6, 1) AS million_eur, round(amount_usd / 1e6, 1) AS million_usd, n_sources "
                "FROM marts.aid_commitments ORDER BY event_date DESC LIMIT 10"
            ).pl()
            if has_marts
            else None
        )
    counts = pl.DataFrame(
        {"what": list(SUMMARY_LABELS.values()), "n": [loaded[key] for key in SUMMARY_LABELS]},
    )
    _print_frame(counts, title=f"Loaded into {warehouse_path}")
    if attacks is not None:
        _print_frame(attacks, title="marts.daily_air_attacks (latest 20)")
    if aid is not None:
        _print_frame(aid, title="marts.aid_commitments (latest 10)")


@app.command()
def run(
    feeds: Annotated[Path | None, typer.Option("--feeds", help="feed registry (default $SALVO_FEEDS or feeds.toml)")] = None,
    warehouse: WarehouseOption = None,
) -> None:
    """Run the daily job once, to the end: feeds, articles, facts, dbt build, snapshot.

    Exits 0 when the run completed (even if some feeds failed), 1 when it could not.
    """
    from pipelines.config import ConfigError, load_feed_registry, default_feeds_path, warehouse_path

    try:
        registry = load_feed_registry(feeds or default_feeds_path())
    except ConfigError as error:
        console.print(f"[red]error:[/red] {error}")
        raise typer.Exit(2) from None
    if not registry.enabled_feeds():
        console.print(f"[red]error:[/red] {feeds or default_feeds_path()}: no enabled feeds ([[feeds]]); nothing to run")
        raise typer.Exit(2)
    _require_writable(warehouse or warehouse_path())
    ok = run_daily_job(feeds, warehouse, tags=run_tags("real", warehouse))
    _summary(warehouse.resolve() if warehouse else warehouse_path())
    if not ok:
        console.print("[red]the daily run failed[/red]; see the step failures above and raw.fetch_log")
        raise typer.Exit(1)


def _parse_day(option: str, value: str):
    from datetime import date

    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        console.print(f"[red]error:[/red] {option} {value!r} is not a date; write it as YYYY-MM-DD, e.g. 2022-02-24")
        raise typer.Exit(2) from None


PROGRESS_EVERY_S = 5.0


@app.command()
def backfill(
    since: Annotated[str, typer.Option("--since", help="first day of the window, YYYY-MM-DD (included)")],
    until: Annotated[
        str | None, typer.Option("--until", help="last day of the window, YYYY-MM-DD (included; default today, UTC)")
    ] = None,
    source: Annotated[str | None, typer.Option("--source", help="only the feeds of this source")] = None,
    feeds: Annotated[Path | None, typer.Option("--feeds", help="feed registry (default $SALVO_FEEDS or feeds.toml)")] = None,
    warehouse: WarehouseOption = None,
) -> None:
    """Fetch the articles the sites' sitemaps list for a date window, then their facts, dbt and the snapshot.

    Pages already in the warehouse are not fetched again, so an interrupted
    backfill continues where it stopped. Exits 0 when it completed (even if
    some pages failed: see raw.fetch_log), 1 when the rebuild failed, 2 on bad input.
    """
    from datetime import datetime, timezone

    from pipelines.config import ConfigError, default_text_workers, default_feeds_path, load_feed_registry
    from pipelines.config import warehouse_path as default_warehouse
    from pipelines.ingest.backfill import (
        BackfillInputError,
        check_window,
        discovery_summary,
        fetch_pending,
        plan_backfill,
        select_feeds,
    )

    first = _parse_day("--since", since)
    last = _parse_day("--until", until) if until is not None else datetime.now(timezone.utc).date()
    try:
        registry = load_feed_registry(feeds or default_feeds_path())
        check_window(first, last)
        chosen = select_feeds(registry, source)
    except (ConfigError, BackfillInputError) as error:
        console.print(f"[red]error:[/red] {error}")
        raise typer.Exit(2) from None
    target = warehouse or default_warehouse()
    _require_writable(target)

    from pipelines.extract.facts import EXTRACTOR_VERSION
    from pipelines.ingest.http import Fetcher
    from pipelines.ingest.robots import RobotsCache
    from pipelines.warehouse import queries
    from pipelines.warehouse.db import Warehouse

    db = Warehouse(target)
    now = datetime.now(timezone.utc)
    console.print(f"backfill {first} to {last}: {len(chosen)} feed(s) of {len({f.source for f in chosen})} source(s)")
    with Fetcher(registry.settings, slow_down_on_overload=True) as fetcher:
        robots = RobotsCache(fetcher).obey()
        plan = plan_backfill(chosen, fetcher, robots, db, first, last, now)
        for site in robots.sites():
            delay = f", Crawl-delay {site.crawl_delay_s:g} s" if site.crawl_delay_s else ""
            console.print(f"robots.txt {site.site}: {site.status}{delay} {site.detail}".rstrip(), highlight=False)
        for problem in plan.discovery.problems:
            console.print(f"[yellow]warning:[/yellow] {problem}", highlight=False)
        console.print(f"found {discovery_summary(plan)}", highlight=False)
        last_shown = [0.0]

        def show(progress) -> None:
            # a line every few seconds, and the last one: 100,000 pages are 1,000 batches
            if time.monotonic() - last_shown[0] >= PROGRESS_EVERY_S or progress.fetched >= progress.to_fetch:
                last_shown[0] = time.monotonic()
                console.print(progress.line(), highlight=False)

        progress = fetch_pending(
            plan.pending, fetcher, db, now, workers=default_text_workers(), timeout_s=30.0, on_batch=show
        )
    with db.read() as con:
        to_extract = len(queries.articles_to_extract(con, EXTRACTOR_VERSION))
    if progress.fetched == 0 and to_extract == 0:
        console.print("nothing new to fetch or extract: the warehouse already holds this window")
        return
    console.print(f"{progress.fetched:,} pages fetched; extracting facts from {to_extract:,} articles, then dbt and the snapshot")
    ok = run_daily_job(feeds, target, job_name="backfill_facts_job", tags=run_tags("backfill", target))
    _summary(target.resolve())
    if not ok:
        console.print("[red]the rebuild after the backfill failed[/red]; the fetched pages are kept, run it again")
        raise typer.Exit(1)


DEMO_FEEDS_TOML = """\
# written by `salvo demo`: the sample site served on this machine
[settings]
allow_hosts = ["{host_port}"]
per_host_concurrency = 4
per_host_delay_s = 0.0
{feeds}
"""


DEMO_WAREHOUSE = REPO_ROOT / "data" / "demo" / "warehouse.duckdb"


def _writable_folder(path: Path) -> bool:
    """Whether files can be made beside `path` (a warehouse's lock file, DuckDB's WAL)."""
    folder = path.resolve().parent
    while not folder.exists():  # created on the first run
        folder = folder.parent
    return os.access(folder, os.W_OK)


def _require_writable(warehouse: Path) -> None:
    if not _writable_folder(warehouse):
        console.print(
            f"[red]error:[/red] cannot write in {warehouse.resolve().parent} (read-only); "
            "the warehouse, its lock file and its snapshot go there: choose another --warehouse"
        )
        raise typer.Exit(2)


@app.command()
def demo(
    warehouse: Annotated[Path, typer.Option("--warehouse", help="where the demo warehouse goes")] = DEMO_WAREHOUSE,
    since: Annotated[
        str | None,
        typer.Option("--since", help="backfill the sample site's archive (its sitemap) from this day instead of polling its feeds"),
    ] = None,
    until: Annotated[str | None, typer.Option("--until", help="last day of that backfill (default today)")] = None,
) -> None:
    """The daily job against the sample site that ships with Salvo, served on 127.0.0.1 (no internet needed).

    With --since (and --until), `salvo backfill` against the same site instead: its robots.txt and sitemap.xml.
    """
    from importlib.resources import files

    from pipelines.sample_site.server import DEMO_PORTS, serve_site

    _require_writable(warehouse)
    site = Path(str(files("pipelines.sample_site") / "site"))
    with serve_site(site, port=DEMO_PORTS) as server, tempfile.TemporaryDirectory() as tmp:
        base_url = server.base_url
        feed_files = sorted((site / "feeds").glob("*.xml"))
        feeds_toml = DEMO_FEEDS_TOML.format(
            host_port=base_url.split("://", 1)[1],
            feeds="".join(
                f'\n[[feeds]]\nname = "{f.stem}"\nsource = "{f.stem}"\nurl = "{base_url}/feeds/{f.name}"\nlanguage = "en"\n'
                f'sitemap = "{base_url}/sitemap.xml"\n'
                for f in feed_files
            ),
        )
        feeds_path = Path(tmp) / "feeds.toml"
        feeds_path.write_text(feeds_toml)
        console.print(f"serving the sample site at {base_url} ({len(feed_files)} feeds)")
        if since is not None:
            backfill(since=since, until=until, source=None, feeds=feeds_path, warehouse=warehouse)
            return
        ok = run_daily_job(feeds_path, warehouse, tags=run_tags("demo", warehouse))
    _summary(warehouse.resolve())
    if not ok:
        raise typer.Exit(1)
    console.print(
        f'query it: uv run salvo sql --warehouse {warehouse} "select event_date, attacker, weapon_class, launched, '
        'intercepted, lost, n_sources from marts.daily_air_attacks order by event_date"'
    )


@app.command()
def extract(
    input_path: Annotated[Path, typer.Argument(metavar="INPUT.jsonl", help="one article per line; '-' for stdin")],
    html: Annotated[bool, typer.Option("--html", help="lines carry `html` instead of `text`")] = False,
) -> None:
    """Extract facts from articles in a JSON-lines file; facts to stdout, one JSON object a line."""
    from pipelines.extract.jsonl import main as extract_main

    flags = ["--html"] if html else []
    if str(input_path) != "-":
        raise typer.Exit(extract_main([str(input_path)] + flags))
    # the reader takes a file name: stdin goes through a temporary file
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "stdin.jsonl"
        with open(copy, "w", encoding="utf-8") as handle:
            shutil.copyfileobj(sys.stdin, handle)
        raise typer.Exit(extract_main([str(copy)] + flags))


def _open_for_reading(warehouse: Path | None, live: bool):
    """The analysts' snapshot when there is one (never blocks the run), else the live file."""
    import duckdb

    from pipelines.config import warehouse_path

    from pipelines.warehouse.snapshot import snapshot_path_for

    live_path = (warehouse or warehouse_path()).resolve()
    snapshot = Path(os.environ["SALVO_SNAPSHOT"]) if os.environ.get("SALVO_SNAPSHOT") else snapshot_path_for(live_path)
    path = live_path if live or not snapshot.exists() else snapshot
    if not path.exists():
        if warehouse is None and DEMO_WAREHOUSE.exists():
            demo_path = os.path.relpath(DEMO_WAREHOUSE)
            demo_path = DEMO_WAREHOUSE if demo_path.startswith("..") else demo_path
            console.print(
                f"[red]error:[/red] no warehouse at {live_path}; `salvo demo` wrote its own at {demo_path}: "
                f"add --warehouse {demo_path}"
            )
        else:
            console.print(f"[red]error:[/red] no warehouse at {live_path}; run `salvo run` or `salvo demo` first")
        raise typer.Exit(2)
    if path == live_path and _writable_folder(live_path):
        from pipelines.warehouse.db import Warehouse

        return Warehouse(live_path).read()
    # A read-only folder holds no writer (DuckDB could not write its WAL
    # there), so the live file needs no lock, and no lock file could be made.
    from contextlib import closing

    return closing(duckdb.connect(str(path), read_only=True))


@app.command()
def sql(
    query: Annotated[str, typer.Argument(help="SQL to run (read-only)")],
    warehouse: WarehouseOption = None,
    live: Annotated[bool, typer.Option("--live", help="query the live warehouse instead of the snapshot")] = False,
    fmt: Annotated[str, typer.Option("--format", help="table, csv or json")] = "table",
) -> None:
    """Run a query against the warehouse snapshot and print the result."""
    import duckdb

    if fmt not in ("table", "csv", "json"):
        console.print("[red]error:[/red] --format must be table, csv or json")
        raise typer.Exit(2)
    if not query.strip():
        console.print('[red]error:[/red] the query is empty; e.g. salvo sql "select * from marts.daily_air_attacks"')
        raise typer.Exit(2)
    with _open_for_reading(warehouse, live) as con:
        try:
            result = con.execute(query)
            if result is None or result.description is None:
                console.print("[red]error:[/red] the statement returned no result (only comments?)")
                raise typer.Exit(2)
            frame = result.pl()
        except duckdb.Error as error:
            console.print(f"[red]error:[/red] {error}")
            raise typer.Exit(1) from None
    _print_frame(frame, fmt)


@app.command()
def export(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="folder for the files (created if missing)")],
    fmt: Annotated[str, typer.Option("--format", help="parquet or csv (list columns joined with '; ')")] = "parquet",
    warehouse: WarehouseOption = None,
    live: Annotated[bool, typer.Option("--live", help="read the live warehouse instead of the snapshot")] = False,
) -> None:
    """Write every mart to DIR as one file each (<mart>.parquet or <mart>.csv), for pandas, R or a spreadsheet."""
    from pipelines.export import FORMATS, export_marts

    if fmt not in FORMATS:
        console.print(f"[red]error:[/red] --format must be {' or '.join(FORMATS)}")
        raise typer.Exit(2)
    with _open_for_reading(warehouse, live) as con:
        try:
            written = export_marts(con, directory, fmt)
        except OSError as error:
            console.print(f"[red]error:[/red] cannot write to {directory}: {error}")
            raise typer.Exit(1) from None
    if not written:
        console.print("[red]error:[/red] the warehouse has no marts yet; run `salvo run` or `salvo demo` first")
        raise typer.Exit(1)
    for path, rows in written.items():
        console.print(f"{path}  {rows:,} row{'' if rows == 1 else 's'}", highlight=False)


@app.command()
def report(
    warehouse: WarehouseOption = None,
    open_page: Annotated[bool, typer.Option("--open", help="open the page in the browser")] = False,
    live: Annotated[bool, typer.Option("--live", help="read the live warehouse instead of the snapshot")] = False,
) -> None:
    """Write the report page (report/index.html beside the warehouse): one file that works offline."""
    from pipelines.config import warehouse_path
    from pipelines.report.page import report_path_for, write_report

    target = report_path_for(warehouse or warehouse_path())
    with _open_for_reading(warehouse, live) as con:
        write_report(con, target)
    out.print(str(target), soft_wrap=True, highlight=False)
    if open_page:
        import webbrowser

        webbrowser.open(target.as_uri())


@app.command()
def explain(
    article: Annotated[str, typer.Argument(metavar="ID-or-URL", help="article_id or its URL")],
    warehouse: WarehouseOption = None,
    live: Annotated[bool, typer.Option("--live", help="read the live warehouse instead of the snapshot")] = False,
) -> None:
    """Show an article's text with the figures Salvo reads in it highlighted."""
    import polars as pl

    from pipelines.extract.explain import render_explanation
    from pipelines.extract.facts import extract_facts
    from pipelines.ingest.urls import canonical_url

    key = canonical_url(article) if "://" in article else article
    with _open_for_reading(warehouse, live) as con:
        frame = con.execute(
            "SELECT article_id, source, published_at, title, text, canonical_url FROM raw.articles "
            "WHERE article_id = ? OR canonical_url = ? OR final_url = ? LIMIT 1",
            [key, key, article],
        ).pl()
    if frame.is_empty():
        console.print(f"[red]error:[/red] no article {article!r} in the warehouse")
        raise typer.Exit(1)
    if frame["text"][0] is None:
        console.print(f"[yellow]article {frame['article_id'][0]} has no extracted text[/yellow]")
        raise typer.Exit(1)
    frame = frame.with_columns(pl.col("published_at").dt.convert_time_zone("UTC"))
    facts = extract_facts(frame.drop("canonical_url"))
    render_explanation(frame.row(0, named=True), facts, out)


def _review_rows(con, limit: int | None) -> list[dict] | None:
    """marts.nights_to_review, newest night first; None before dbt has built it."""
    built = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'marts' AND table_name = 'nights_to_review'"
    ).fetchone()[0]
    if not built:
        return None
    return (
        con.execute(
            "SELECT event_date, attacker, weapon_class, reasons, launched, intercepted, reference_launched, "
            "reference_destroyed, evidence FROM marts.nights_to_review "
            "ORDER BY event_date DESC, attacker, weapon_class" + (" LIMIT ?" if limit else ""),
            [limit] if limit else [],
        )
        .pl()
        .to_dicts()
    )


@app.command()
def review(
    warehouse: WarehouseOption = None,
    live: Annotated[bool, typer.Option("--live", help="read the live warehouse instead of the snapshot")] = False,
    limit: Annotated[int, typer.Option("--limit", help="nights to show (0: all)")] = 20,
) -> None:
    """Nights to look at (marts.nights_to_review), newest first, with the competing evidence side by side."""

    def figures(first, second) -> str:
        return "" if first is None and second is None else f"{'?' if first is None else int(first)} / {'?' if second is None else int(second)}"

    with _open_for_reading(warehouse, live) as con:
        rows = _review_rows(con, limit or None)
    if rows is None:
        console.print("[red]error:[/red] marts.nights_to_review is not built; run `salvo run` or `salvo demo` first")
        raise typer.Exit(2)
    if not rows:
        out.print("no nights to review")
        return
    from rich.text import Text

    table = Table(show_lines=True)
    for column in ("night", "who", "class", "ours L / I", "ref L / D", "why"):
        table.add_column(column, no_wrap=True)
    table.add_column("evidence", overflow="fold", ratio=1)
    for row in rows:
        table.add_row(
            str(row["event_date"]),
            row["attacker"],
            row["weapon_class"],
            figures(row["launched"], row["intercepted"]),
            figures(row["reference_launched"], row["reference_destroyed"]),
            "\n".join(reason.replace("_", " ") for reason in row["reasons"] or []),
            # evidence is article text: never read as rich markup ("[political]")
            Text("\n".join(row["evidence"] or [])),
        )
    # off a terminal (a pipe, a file) nothing is cut to 80 columns
    printer = out if out.is_terminal else Console(width=UNWRAPPED_WIDTH)
    printer.print("Nights to review (newest first)", soft_wrap=True, highlight=False, style="italic")
    printer.print(table)


@app.command()
def ui(
    host: Annotated[str, typer.Option(help="address to bind; 127.0.0.1 keeps it on this machine")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port")] = 3000,
) -> None:
    """Start the Dagster web UI and daemon (schedules) for this project."""
    _no_tracking()
    home = prepare_dagster_home()
    if "SalvoRunLauncher" not in (home / "dagster.yaml").read_text():
        # copied before crash recovery existed: a killed run would block the schedules
        console.print(
            f"[yellow]note:[/yellow] {home / 'dagster.yaml'} has no run monitoring; copy the `run_launcher` and "
            f"`run_monitoring` blocks from {REPO_ROOT / 'dagster.yaml'} so the daemon fails dead runs"
        )
    raise typer.Exit(run_process_group(_dagster_dev_command(host, port), cwd=REPO_ROOT))


def _dagster_dev_command(host: str, port: int) -> list[str]:
    return ["dagster", "dev", "-w", str(REPO_ROOT / "workspace.yaml"), "-h", host, "-p", str(port)]


def run_process_group(command: list[str], cwd: Path, grace_s: float = 20.0) -> int:
    """Run `command` in its own process group and pass SIGTERM/SIGINT/SIGHUP on to the whole group.

    `dagster dev` starts a webserver, a daemon and code servers; a signal to
    this process alone (a service manager's `kill -TERM`) left them running,
    schedules on. The group gets the signal as a terminal's Ctrl-C would give
    it; whatever of it is still alive `grace_s` later is killed.
    """
    import signal

    signalled: list[float] = []

    def forward(signum, _frame):
        signalled.append(time.monotonic())
        try:
            os.killpg(child.pid, signum)
        except ProcessLookupError:
            pass

    handled = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
    # Installed before the child starts: a handled signal is reset to the default
    # in the child, where an ignored one (a job started with `&` ignores SIGINT)
    # would stay ignored, and dagster dev maps SIGTERM to SIGINT's handler.
    previous = {signum: signal.signal(signum, forward) for signum in handled}
    try:
        child = subprocess.Popen(command, cwd=cwd, start_new_session=True)
        while True:
            try:
                code = child.wait(timeout=0.5)
                break
            except subprocess.TimeoutExpired:
                if signalled and time.monotonic() - signalled[0] > grace_s:
                    _kill_group(child.pid)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    # the leader is gone: stragglers of its group get the grace period, then SIGKILL
    deadline = time.monotonic() + grace_s
    while _group_alive(child.pid):
        if time.monotonic() > deadline:
            _kill_group(child.pid)
            break
        time.sleep(0.2)
    return code


def _kill_group(pgid: int) -> None:
    import signal

    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _group_alive(pgid: int) -> bool:
    """Whether a process of the group still runs (zombies waiting to be reaped do not count)."""
    proc = Path("/proc")
    if not proc.is_dir():
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return False
        return True
    for stat_file in proc.glob("[0-9]*/stat"):
        try:
            fields = stat_file.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":  # fields: state, ppid, pgrp, ...
            return True
    return False


if __name__ == "__main__":
    app()
