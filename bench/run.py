"""End-to-end benchmark (issue 6): Salvo's daily job against a synthetic site on 127.0.0.1.

    uv run python -m bench.run [--sizes 1000,10000] [--archive-sizes 10000,50000] [--out bench/out]
                               [--workers N] [--seed 6] [--increment N]

For every size N it builds (or reuses) a synthetic site of N pages
(`bench/site.py`), serves it on 127.0.0.1 from this process, and runs each
measured stage in a subprocess of its own, so wall time and memory are the
stage's alone:

    floor        a bare loop of `trafilatura.extract` over the pages read from
                 disk, one process: the cost nothing can beat
    pool         Salvo's own page text alone (`read_pages_parallel`:
                 metadata, clean-up, worker processes, hard timeout), pages from
                 disk: separates the cost of extraction from the rest of the job
    daily        the daily job (`pipelines.cli.run_daily_job`): poll, fetch,
                 extract, facts, load, dbt build, snapshot, from an empty warehouse
    floor_again  the floor loop once more: the machine's speed drifts, and the
                 daily job's ratio uses the mean of the two floor runs
    nothing new  the daily job again; every feed answers 304, no page is fetched
    +1% new      the feeds list 1% more (newer) articles (`--increment N`: N more); the daily job again
                 (`--recent-feeds`: each feed that changed lists only its newest 100 items, as
                 real feeds do, instead of up to 2,000)
    backfill     re-extract every stored article from its kept HTML (the
                 `articles` asset with `reread_kept_pages: true`), then
                 `reextract_job` (facts with `reextract_all: true`, dbt, snapshot)

The archive backfill (issue 14) is measured on the same sites, each source's
pages listed in a sitemap of its own (`--archive-sizes`, default 10,000 and
50,000 pages):

    archive_floor        bare `trafilatura.extract` over the pages read from disk,
                         in as many processes as Salvo's text workers
                         (SALVO_WORKERS): the same cores, so the ratio is fair
    archive              `salvo backfill` over every day of the site into an empty
                         warehouse: robots.txt, sitemaps, fetch, text extraction,
                         then the facts, dbt build and snapshot
    archive_floor_again  the floor once more (the machine's speed drifts)

Memory: while a stage runs, this process reads /proc every second and sums the
PSS (proportional set size: pages shared by forked workers counted once) of
the stage's whole process tree; "peak MiB" is the highest sum seen. Reading a
process's PSS makes the kernel walk its page tables: ~14 ms of CPU for a
600 MB process, so sampling the daily job's four processes every 0.2 s took
about a fifth of a core from the stage being measured (the floor, one small
process, was barely touched). Every stage prints the sampler's own CPU time. "max
largest process RSS" is the largest single process (`wait4` rusage). Per-step rows of
the Dagster runs come from the run's step stats, with the memory peak seen
between the step's start and end.

"CPU s" is the user + system time of the stage's process tree: on 2 cores, CPU
close to 2 x wall means both cores worked for the stage. Timings on a shared
machine are noisy; each stage prints the load average it started under.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
SAMPLE_EVERY_S = 1.0
STAGE_TIMEOUT_S = 3 * 3600

STAGES = ("floor", "pool", "daily", "floor_again", "nothing_new", "incremental", "backfill")
# The machine's speed drifts (a shared VM: the same floor loop has taken 76 s
# and 96 s at N = 10,000 on different runs), so the floor is measured just
# before and just after the daily job and the ratio uses their mean.
FLOOR_STAGES = ("floor", "floor_again")
ARCHIVE_STAGES = ("archive_floor", "archive", "archive_floor_again")
ARCHIVE_FLOOR_STAGES = ("archive_floor", "archive_floor_again")
STAGE_LABELS = {
    "archive_floor": "archive floor: bare trafilatura.extract in SALVO_WORKERS processes",
    "archive_floor_again": "archive floor again, after the backfill",
    "archive": "salvo backfill from sitemaps, empty warehouse",
    "floor": "floor: bare trafilatura.extract loop (1 process)",
    "floor_again": "floor again, after the daily job",
    "pool": "Salvo's page text alone (worker pool)",
    "daily": "daily job, first run",
    "nothing_new": "daily job, nothing new (feeds 304)",
    "incremental": "daily job, new articles (+1% unless --increment)",
    "backfill": "backfill: re-extract from kept HTML",
}


# ================================================================ stage processes
#
# `python -m bench.run --stage NAME --work DIR` runs one stage and writes
# DIR/NAME.json. The parent sets DAGSTER_HOME, SALVO_FEEDS, SALVO_WAREHOUSE.


def _write_result(work: Path, stage: str, result: dict) -> None:
    (work / f"{stage}.json").write_text(json.dumps(result, indent=1, default=str))


def _stage_floor(work: Path, stage: str) -> None:
    import trafilatura

    site = json.loads((work / "bench.json").read_text())
    root = Path(site["site_root"])
    started = time.time()
    extracted = chars = 0
    for path in site["pages"]:
        text = trafilatura.extract((root / path).read_bytes().decode("utf-8"))
        if text:
            extracted += 1
            chars += len(text)
    _write_result(work, stage, {"started": started, "ended": time.time(), "pages": len(site["pages"]),
                                "extracted": extracted, "chars": chars})


def _stage_pool(work: Path, stage: str) -> None:
    """Salvo's own extraction (metadata, clean-up, worker pool, hard timeout) over the same pages."""
    from pipelines.ingest.page_text import read_pages_parallel

    site = json.loads((work / "bench.json").read_text())
    root = Path(site["site_root"])
    from pipelines.config import default_text_workers

    workers = default_text_workers()
    started = time.time()
    pages = ((path, (root / path).read_bytes(), f"http://127.0.0.1/{path}") for path in site["pages"])
    statuses: dict[str, int] = {}
    for _, article in read_pages_parallel(pages, workers=workers, timeout_s=30):
        statuses[article.status] = statuses.get(article.status, 0) + 1
    _write_result(work, stage, {"started": started, "ended": time.time(), "pages": len(site["pages"]),
                                "statuses": statuses})


def _warehouse_counts(run_ids: list[str]) -> dict:
    from pipelines.config import warehouse_path
    from pipelines.warehouse.db import Warehouse, load_counts

    with Warehouse(warehouse_path()).read() as con:
        # the mart is missing when the dbt step failed; the other figures still count
        counts = load_counts(con)
        counts["articles"] = counts["articles_ok"] + counts["articles_not_ok"]
        rows = con.execute(
            "SELECT kind, outcome, count(*) FROM raw.fetch_log WHERE run_id IN (SELECT unnest(?)) GROUP BY ALL",
            [run_ids],
        ).fetchall()
    counts["fetches_this_stage"] = {f"{kind}:{outcome}": n for kind, outcome, n in rows}
    return counts


def _step_stats(instance, run_id: str) -> list[dict]:
    return [
        {"step": s.step_key, "status": str(s.status.value if s.status else None),
         "start": s.start_time, "end": s.end_time}
        for s in sorted(instance.get_run_step_stats(run_id), key=lambda s: s.start_time or 0)
    ]


def _stage_daily(work: Path, stage: str) -> None:
    from pipelines.cli import run_daily_job

    started = time.time()
    ok = run_daily_job(None, None)
    ended = time.time()
    import dagster as dg

    with dg.DagsterInstance.get() as instance:
        run = instance.get_runs(limit=1)[0]
        steps = _step_stats(instance, run.run_id)
    _write_result(work, stage, {"started": started, "ended": ended, "success": ok, "runs": [run.run_id],
                                "steps": steps, "counts": _warehouse_counts([run.run_id])})


def _stage_backfill(work: Path, stage: str) -> None:
    from pipelines.cli import _no_tracking, prepare_dagster_home, run_daily_job

    _no_tracking()
    prepare_dagster_home()
    import dagster as dg

    from pipelines.defs.ingest import ARTICLES
    from pipelines.definitions import defs

    started = time.time()
    # 1. trafilatura again over every kept page (no network)
    with dg.DagsterInstance.get() as instance:
        result = defs.resolve_implicit_global_asset_job_def().execute_in_process(
            instance=instance,
            asset_selection=[ARTICLES],
            run_config={"ops": {"raw__articles": {"config": {"reread_kept_pages": True}}}},
            raise_on_error=False,
        )
        first_run = result.run_id
        steps = _step_stats(instance, first_run)
    # 2. facts from every stored article, dbt build, snapshot
    ok = result.success and run_daily_job(None, None, job_name="reextract_job")
    ended = time.time()
    with dg.DagsterInstance.get() as instance:
        second_run = instance.get_runs(limit=1)[0].run_id
        steps += _step_stats(instance, second_run)
    _write_result(work, stage, {"started": started, "ended": ended, "success": ok, "runs": [first_run, second_run],
                                "steps": steps, "counts": _warehouse_counts([first_run, second_run])})


def _extract_file(path: str) -> int:
    """The archive floor's unit of work: one page from disk through bare trafilatura; its text's length."""
    import trafilatura

    text = trafilatura.extract(Path(path).read_bytes().decode("utf-8"))
    return len(text) if text else 0


def _stage_archive_floor(work: Path, stage: str) -> None:
    import multiprocessing

    site = json.loads((work / "bench.json").read_text())
    root = Path(site["site_root"])
    workers = int(os.environ["SALVO_WORKERS"])
    started = time.time()
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        lengths = list(pool.imap_unordered(_extract_file, [str(root / p) for p in site["pages"]], chunksize=32))
    _write_result(work, stage, {"started": started, "ended": time.time(), "pages": len(lengths),
                                "extracted": sum(1 for n in lengths if n), "chars": sum(lengths)})


def _stage_archive(work: Path, stage: str) -> None:
    import typer

    from pipelines.cli import backfill

    site = json.loads((work / "bench.json").read_text())
    started = time.time()
    try:
        backfill(since=site["first_day"], until=site["last_day"], source=None, feeds=None, warehouse=None)
        ok = True
    except typer.Exit as stop:
        ok = stop.exit_code == 0
    ended = time.time()
    import dagster as dg

    with dg.DagsterInstance.get() as instance:
        runs = instance.get_runs(limit=1)
        steps = _step_stats(instance, runs[0].run_id) if runs else []
    # the fetch and text extraction end where the facts job starts
    facts_started = min((step["start"] for step in steps if step["start"]), default=ended)
    # a row of its own for them, so that their memory peak is reported beside the job's steps
    steps = [{"step": "discover_fetch_text (before the job)", "status": "SUCCESS", "start": started,
              "end": facts_started}, *steps]
    _write_result(work, stage, {"started": started, "ended": ended, "success": ok,
                                "fetch_s": facts_started - started, "steps": steps,
                                "counts": _warehouse_counts([run.run_id for run in runs])})


STAGE_FUNCTIONS = {
    "archive_floor": _stage_archive_floor,
    "archive_floor_again": _stage_archive_floor,
    "archive": _stage_archive,
    "floor": _stage_floor,
    "floor_again": _stage_floor,
    "pool": _stage_pool,
    "daily": _stage_daily,
    "nothing_new": _stage_daily,
    "incremental": _stage_daily,
    "backfill": _stage_backfill,
}


# ================================================================ measuring a subprocess


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            found += [int(c) for c in Path(f"/proc/{pid}/task/{task}/children").read_text().split()]
        except (OSError, ValueError):
            continue
    return found


def _process_tree(pid: int) -> list[int]:
    tree, pending = [], [pid]
    while pending:
        current = pending.pop()
        tree.append(current)
        pending += _children(current)
    return tree


def _process_name(pid: int) -> str:
    """A short name for a process of the tree: its program and first arguments (read each time: forks exec)."""
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return "?"
    words = [Path(a.decode(errors="replace")).name for a in args if a][:4]
    return "_".join(words)[:40].replace(" ", "_") or "?"


def _memory_kib(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in KiB; zeros when it is gone."""
    rss = pss = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Rss:"):
                rss = int(line.split()[1])
            elif line.startswith("Pss:"):
                pss = int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return rss, pss


@dataclass
class StageRun:
    stage: str
    wall_s: float
    returncode: int
    max_process_rss_mib: float
    cpu_s: float  # user + system time of the stage's whole process tree
    samples: list[tuple[float, float, float, int]] = field(default_factory=list)  # time, tree PSS MiB, RSS MiB, procs
    sampler_cpu_s: float = 0.0  # what measuring memory cost this process, on the same cores
    result: dict = field(default_factory=dict)
    log: Path | None = None

    @property
    def peak_pss_mib(self) -> float:
        return max((s[1] for s in self.samples), default=0.0)

    def peak_between(self, start: float | None, end: float | None) -> float:
        if start is None or end is None:
            return 0.0
        inside = [s[1] for s in self.samples if start - SAMPLE_EVERY_S <= s[0] <= end + SAMPLE_EVERY_S]
        return max(inside, default=0.0)


def run_stage(stage: str, work: Path, env: dict[str, str]) -> StageRun:
    log = work / f"{stage}.log"
    (work / f"{stage}.json").unlink(missing_ok=True)
    command = [sys.executable, "-m", "bench.run", "--stage", stage, "--work", str(work)]
    samples: list[tuple[float, float, float, int]] = []
    sampler_cpu: list[float] = [0.0]
    started = time.time()
    with open(log, "wb") as log_file:
        process = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdout=log_file, stderr=subprocess.STDOUT)
        finished = threading.Event()

        timeline = open(work / f"{stage}.memory.tsv", "w")  # noqa: SIM115 - closed when the stage ends
        timeline.write("seconds\ttree_pss_mib\tprocesses (pid:name:PSS MiB, largest first)\n")

        def sample() -> None:
            while not finished.is_set():
                tree = _process_tree(process.pid)
                sizes = [_memory_kib(pid) for pid in tree]
                now = time.time()
                samples.append((now, sum(p for _, p in sizes) / 1024, sum(r for r, _ in sizes) / 1024,
                                len(tree)))
                # the timeline by process, to tell which one grows (bench/out/.../STAGE.memory.tsv)
                by_process = sorted(zip(tree, sizes), key=lambda item: -item[1][1])
                timeline.write(f"{now - started:.1f}\t{samples[-1][1]:.0f}\t" + " ".join(
                    f"{pid}:{_process_name(pid)}:{pss / 1024:.0f}" for pid, (_, pss) in by_process) + "\n")
                timeline.flush()
                sampler_cpu[0] = time.thread_time()
                finished.wait(SAMPLE_EVERY_S)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        timer = threading.Timer(STAGE_TIMEOUT_S, process.kill)
        timer.start()
        # wait4 instead of Popen.wait: it also gives the child's resource usage
        _, status, usage = os.wait4(process.pid, 0)
        timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        finished.set()
        sampler.join()
        timeline.close()
    run = StageRun(
        stage=stage,
        wall_s=time.time() - started,
        returncode=process.returncode,
        max_process_rss_mib=usage.ru_maxrss / 1024,  # Linux: KiB
        cpu_s=usage.ru_utime + usage.ru_stime,
        samples=samples,
        sampler_cpu_s=sampler_cpu[0],
        log=log,
    )
    result_file = work / f"{stage}.json"
    if result_file.exists():
        run.result = json.loads(result_file.read_text())
    return run


# ================================================================ one size


FEEDS_TOML = """\
# written by bench/run.py: the synthetic site on this machine. Politeness
# (per-host delay, low concurrency) is for real sites, not for measuring Salvo.
[settings]
allow_hosts = ["{host_port}"]
per_host_concurrency = 8
per_host_delay_s = 0.0
max_workers = 8
{feeds}
"""


def _write_feeds_toml(path: Path, base_url: str, feed_names: list[str]) -> None:
    feeds = "".join(
        f'\n[[feeds]]\nname = "{name}"\nsource = "{name.rsplit("-", 1)[0]}"\nurl = "{base_url}/feeds/{name}.xml"\n'
        for name in feed_names
    )
    path.write_text(FEEDS_TOML.format(host_port=base_url.split("://", 1)[1], feeds=feeds))


def _served_counts(site) -> dict:
    pages = sum(n for path, n in site.full_responses.items() if path.startswith("/pages/"))
    return {
        "page_requests": sum(n for path, n in site.requests.items() if path.startswith("/pages/")),
        "pages_served": pages,
        "feed_requests": sum(n for path, n in site.requests.items() if path.startswith("/feeds/")),
        "feeds_304": sum(n for path, n in site.conditional_hits.items() if path.startswith("/feeds/")),
    }


def _stage_env(work: Path, workers: int) -> dict[str, str]:
    """The stages' environment: a DAGSTER_HOME, feeds and warehouse of their own under `work`."""
    dagster_home = work / "dagster_home"
    dagster_home.mkdir()
    shutil.copyfile(REPO_ROOT / "dagster.yaml", dagster_home / "dagster.yaml")
    return stage_env_for(work, workers)


def stage_env_for(work: Path, workers: int) -> dict[str, str]:
    """The stage environment for a work dir that already has its dagster_home."""
    return {
        **os.environ,
        "DAGSTER_HOME": str(work / "dagster_home"),
        "SALVO_FEEDS": str(work / "feeds.toml"),
        "SALVO_WAREHOUSE": str(work / "warehouse.duckdb"),
        "SALVO_WORKERS": str(workers),
        "DAGSTER_DISABLE_TELEMETRY": "1",
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
        "DO_NOT_TRACK": "1",
        "PYTHONUNBUFFERED": "1",
    }


def _measure(stage: str, work: Path, env: dict[str, str], site, n: int, extra: int) -> dict:
    """Run one stage against the served site, print its line (and its log's tail if it failed)."""
    site.reset_counts()
    load_before = os.getloadavg()[0]
    run = run_stage(stage, work, env)
    summary = summarise(stage, run, n, extra, _served_counts(site), load_before)
    print_stage(summary)
    if run.returncode != 0 or not run.result or run.result.get("success") is False:
        print(f"   stage {stage} FAILED (exit {run.returncode}); log: {run.log}", flush=True)
        tail = run.log.read_text(errors="replace").splitlines()[-25:] if run.log else []
        print("\n".join("   | " + line for line in tail), flush=True)
    return summary


def _built_site(out: Path, n: int, seed: int, increment: int | None = None) -> tuple[Path, dict, int, float]:
    """The synthetic site of n pages (built once, reused by both benchmarks): root, manifest, extra, seconds.

    `extra`: the newer articles the "+new" stage's feeds add (1% of n unless `increment` says)."""
    from bench.site import build_site

    extra = increment or max(1, n // 100)
    site_root = out / (f"site-{n}" if increment is None else f"site-{n}+{extra}")
    began = time.time()
    manifest = build_site(site_root, n, extra, seed)
    return site_root, manifest, extra, time.time() - began


def _fresh_copy(site_root: Path, work: Path, files: tuple[str, ...]) -> Path:
    """A copy of the site to serve under `work` (pages hard-linked; `files` copied, a stage may rewrite them)."""
    if work.exists():
        shutil.rmtree(work)
    served = work / "site"
    shutil.copytree(site_root / "pages", served / "pages", copy_function=os.link)
    for name in files:
        if (site_root / name).is_dir():
            shutil.copytree(site_root / name, served / name)
        else:
            shutil.copyfile(site_root / name, served / name)
    return served


def bench_size(n: int, out: Path, stages: list[str], workers: int, seed: int, increment: int | None = None,
               recent_feeds: bool = False) -> dict:
    from pipelines.sample_site.server import serve_site

    site_root, manifest, extra, seconds = _built_site(out, n, seed, increment)
    print(f"\n== N = {n:,}: site {site_root} ({manifest['page_bytes'] / 1e6:.0f} MB of pages, "
          f"{len(manifest['feeds'])} feeds), ready in {seconds:.0f} s", flush=True)
    # the +1% stage rewrites the served feeds
    work = out / f"run-{n}"
    served = _fresh_copy(site_root, work, ("feeds",))
    env = _stage_env(work, workers)
    (work / "bench.json").write_text(json.dumps({"site_root": str(site_root), "pages": manifest["pages"]}))

    runs: dict[str, dict] = {}
    with serve_site(served) as site:
        _write_feeds_toml(work / "feeds.toml", site.base_url, manifest["feeds"])
        for stage in stages:
            if stage == "incremental":
                for feed in (site_root / ("feeds-recent" if recent_feeds else "feeds-next")).glob("*.xml"):
                    shutil.copyfile(feed, served / "feeds" / feed.name)
                _write_feeds_toml(work / "feeds.toml", site.base_url, manifest["feeds_next"])
            runs[stage] = _measure(stage, work, env, site, n, extra)
    return {"n": n, "extra": extra, "page_mb": manifest["page_bytes"] / 1e6, "feeds": len(manifest["feeds"]),
            "recent_feeds": recent_feeds, "stages": runs}


def bench_archive(n: int, out: Path, workers: int, seed: int, stages: tuple[str, ...] = ARCHIVE_STAGES) -> dict:
    """`salvo backfill` over a site of n pages, between two runs of the floor."""
    from pipelines.sample_site.server import serve_site

    site_root, manifest, extra, seconds = _built_site(out, n, seed)
    print(f"\n== archive, N = {n:,}: site {site_root} ({manifest['page_bytes'] / 1e6:.0f} MB of pages, "
          f"{len(manifest['sources'])} sitemaps), ready in {seconds:.0f} s", flush=True)
    work = out / f"archive-{n}"
    served = _fresh_copy(site_root, work, ("feeds", "sitemaps", "robots.txt"))
    env = _stage_env(work, workers)
    (work / "bench.json").write_text(json.dumps({
        "site_root": str(site_root), "pages": manifest["pages"],
        "first_day": manifest["first_day"], "last_day": manifest["last_day"],
    }))
    runs: dict[str, dict] = {}
    with serve_site(served) as site:
        feeds = "".join(
            f'\n[[feeds]]\nname = "{source}-archive"\nsource = "{source}"\n'
            f'url = "{site.base_url}/feeds/{source}-1.xml"\nsitemap = "{site.base_url}/sitemaps/{source}.xml"\n'
            for source in manifest["sources"]
        )
        (work / "feeds.toml").write_text(
            FEEDS_TOML.format(host_port=site.base_url.split("://", 1)[1], feeds=feeds)
        )
        for stage in stages:
            runs[stage] = _measure(stage, work, env, site, n, extra)
    return {"n": n, "page_mb": manifest["page_bytes"] / 1e6, "stages": runs}


def summarise(stage: str, run: StageRun, n: int, extra: int, served: dict, load: float) -> dict:
    articles = {"floor": n, "floor_again": n, "pool": n, "daily": n, "nothing_new": 0, "incremental": extra,
                "backfill": n, "archive_floor": n, "archive_floor_again": n, "archive": n}[stage]
    steps = [
        {
            "step": step["step"],
            "wall_s": (step["end"] - step["start"]) if step["start"] and step["end"] else None,
            "peak_mib": run.peak_between(step["start"], step["end"]),
        }
        for step in run.result.get("steps", [])
    ]
    return {
        "stage": stage,
        "articles": articles,
        "wall_s": run.wall_s,
        "cpu_s": run.cpu_s,
        "inner_s": (run.result["ended"] - run.result["started"]) if run.result.get("ended") else None,
        "peak_pss_mib": run.peak_pss_mib,
        "max_process_rss_mib": run.max_process_rss_mib,
        "ok": run.returncode == 0 and bool(run.result) and run.result.get("success", True) is not False,
        "steps": steps,
        "served": served,
        "counts": run.result.get("counts", {}),
        "extracted": run.result.get("extracted"),
        "fetch_s": run.result.get("fetch_s"),
        "load_avg_before": load,
        "sampler_cpu_s": run.sampler_cpu_s,
    }


# ================================================================ reporting


def _rate(articles: int, seconds: float | None) -> str:
    return f"{articles / seconds:,.1f}" if articles and seconds else "-"


def print_stage(s: dict) -> None:
    per = f"{s['wall_s'] * 1000 / s['articles']:.1f} ms/art" if s["articles"] else ""
    print(f" - {STAGE_LABELS[s['stage']]}: {s['wall_s']:.1f} s wall, {s['cpu_s']:.1f} s CPU, "
          f"{_rate(s['articles'], s['wall_s'])} art/s {per}, "
          f"peak {s['peak_pss_mib']:.0f} MiB (tree PSS), largest process {s['max_process_rss_mib']:.0f} MiB RSS, "
          f"load before {s['load_avg_before']:.1f}; memory sampling cost {s.get('sampler_cpu_s', 0):.1f} s CPU",
          flush=True)
    for step in s["steps"]:
        if step["wall_s"] is not None and step["wall_s"] >= 0.05:
            print(f"     {step['step']:<40} {step['wall_s']:>8.1f} s  peak {step['peak_mib']:>6.0f} MiB", flush=True)
    if s["stage"] not in (*FLOOR_STAGES, *ARCHIVE_FLOOR_STAGES, "pool"):
        print(f"     served: {s['served']}; fetches logged: {s['counts'].get('fetches_this_stage')}", flush=True)


def markdown_report(results: list[dict], commit: str, workers: int) -> str:
    lines = [
        f"Commit measured: `{commit}`; {os.cpu_count()} cores, text workers = {workers}; "
        f"`python -m bench.run --sizes {','.join(str(r['n']) for r in results)}`",
        "",
        "| N | stage | articles | wall s | CPU s | articles/s | ms/article | x floor | pages fetched "
        "| peak MiB (tree PSS) | largest process RSS MiB |",
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for result in results:
        stages = result["stages"]
        floor_per = floor_ms_per_article(stages)
        floor_per = floor_per / 1000 if floor_per else None
        for name in STAGES:
            s = stages.get(name)
            if s is None:
                continue
            per = s["wall_s"] / s["articles"] if s["articles"] else None
            # the ratio to the floor means something where every page is extracted
            ratio = f"{per / floor_per:.2f}" if per and floor_per and name in (*FLOOR_STAGES, "pool", "daily", "backfill") else "-"
            fetched = s["served"].get("page_requests", "-") if name not in (*FLOOR_STAGES, "pool") else "-"
            flag = "" if s["ok"] else " (FAILED)"
            if name == "incremental" and result.get("recent_feeds"):
                flag += " (feeds of the newest 100 items)"
            lines.append(
                f"| {result['n']:,} | {STAGE_LABELS[name]}{flag} | {s['articles']:,} | {s['wall_s']:.1f} | "
                f"{s['cpu_s']:.1f} | {_rate(s['articles'], s['wall_s'])} | "
                f"{f'{per * 1000:.1f}' if per else '-'} | {ratio} | {fetched} | {s['peak_pss_mib']:.0f} | "
                f"{s['max_process_rss_mib']:.0f} |"
            )
    lines += ["", "x floor: against the mean of the two floor runs (before and after the daily job).", "",
              "Dagster steps (wall s / peak MiB):", "",
              "| N | stage | " + " | ".join(["step", "wall s", "peak MiB"]) + " |", "| ---: | --- | --- | ---: | ---: |"]
    for result in results:
        for name in STAGES:
            for step in result["stages"].get(name, {}).get("steps", []):
                if step["wall_s"] is not None and step["wall_s"] >= 0.05:
                    lines.append(f"| {result['n']:,} | {name} | {step['step']} | {step['wall_s']:.1f} | "
                                 f"{step['peak_mib']:.0f} |")
    lines += ["", *targets_report(results)]
    return "\n".join(lines) + "\n"


def floor_runs_ms(stages: dict) -> list[float]:
    """The floor's ms per page in each of its runs (before and after the daily job)."""
    return [stages[name]["wall_s"] * 1000 / stages[name]["articles"] for name in FLOOR_STAGES if name in stages]


def floor_ms_per_article(stages: dict) -> float | None:
    """The floor's ms per page: the mean of its runs."""
    runs = floor_runs_ms(stages)
    return sum(runs) / len(runs) if runs else None


def _step_wall(stage: dict | None, step: str) -> float | None:
    walls = [s["wall_s"] for s in (stage or {}).get("steps", []) if s["step"] == step and s["wall_s"] is not None]
    return sum(walls) if walls else None


def targets_report(results: list[dict]) -> list[str]:
    """Issue 6's targets, checked against the figures above (largest N for the per-article ones)."""
    if not results:
        return []
    largest = max(results, key=lambda r: r["n"])
    stages = largest["stages"]
    lines = [f"Targets (issue 6), at N = {largest['n']:,}:", ""]

    def verdict(ok: bool) -> str:
        return "met" if ok else "MISSED"

    floor, daily, quiet = floor_ms_per_article(stages), stages.get("daily"), stages.get("nothing_new")
    if floor and daily:
        daily_ms = daily["wall_s"] * 1000 / daily["articles"]
        ratio = daily_ms / floor
        each = floor_runs_ms(stages)
        spread = f" (floor runs {' and '.join(f'{ms:.1f}' for ms in each)} ms/page: " \
                 f"{min(daily_ms / ms for ms in each):.2f}-{max(daily_ms / ms for ms in each):.2f} x against either)"
        lines.append(f"- daily job wall time per article <= 1.5 x the bare trafilatura loop: {ratio:.2f} x, "
                     f"{verdict(ratio <= 1.5)}{spread}")
    if quiet:
        fetched = quiet["served"].get("page_requests")
        lines.append(f"- run with nothing new <= 15 s, no article re-fetched: {quiet['wall_s']:.1f} s "
                     f"({verdict(quiet['wall_s'] <= 15)}), {fetched} pages fetched ({verdict(fetched == 0)}); "
                     f"dbt step {_step_wall(quiet, 'dbt_warehouse') or 0:.1f} s")
    peaks = {r["n"]: max((s["peak_pss_mib"] for s in r["stages"].values()), default=0.0) for r in results}
    lines.append("- peak memory within 1.5 GiB and flat in N: "
                 + ", ".join(f"N = {n:,}: {mib:.0f} MiB" for n, mib in sorted(peaks.items()))
                 + f" ({verdict(peaks[largest['n']] <= 1536)} for the limit)")
    dbt_quiet = {r["n"]: _step_wall(r["stages"].get("nothing_new"), "dbt_warehouse") for r in results}
    dbt_first = {r["n"]: _step_wall(r["stages"].get("daily"), "dbt_warehouse") for r in results}
    lines.append("- dbt build cost with nothing new (history only) vs first run (all data new): "
                 + ", ".join(f"N = {n:,}: {dbt_quiet[n] or 0:.1f} s vs {dbt_first[n] or 0:.1f} s" for n in sorted(dbt_quiet)))
    return lines


def archive_report(results: list[dict]) -> str:
    """The backfill against its floor: wall and CPU per page, memory by N, and issue 14's targets."""
    lines = [
        "Archive backfill (`salvo backfill` from sitemaps) against bare trafilatura in as many processes:",
        "",
        "| N | stage | wall s | CPU s | pages/s | CPU ms/page | wall x floor | CPU x floor | pages fetched "
        "| peak MiB (tree PSS) |",
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    verdicts = []
    for result in results:
        stages, n = result["stages"], result["n"]
        floors = [stages[name] for name in ARCHIVE_FLOOR_STAGES if name in stages]
        floor_wall = sum(f["wall_s"] for f in floors) / len(floors) if floors else None
        floor_cpu = sum(f["cpu_s"] for f in floors) / len(floors) if floors else None
        for name in ARCHIVE_STAGES:
            s = stages.get(name)
            if s is None:
                continue
            wall_x = f"{s['wall_s'] / floor_wall:.2f}" if floor_wall else "-"
            cpu_x = f"{s['cpu_s'] / floor_cpu:.2f}" if floor_cpu else "-"
            fetched = s["served"].get("page_requests", "-") if name == "archive" else "-"
            flag = "" if s["ok"] else " (FAILED)"
            lines.append(
                f"| {n:,} | {STAGE_LABELS[name]}{flag} | {s['wall_s']:.1f} | {s['cpu_s']:.1f} | "
                f"{_rate(n, s['wall_s'])} | {s['cpu_s'] * 1000 / n:.1f} | {wall_x} | {cpu_x} | {fetched} | "
                f"{s['peak_pss_mib']:.0f} |"
            )
        archive = stages.get("archive")
        if archive and floor_wall and floor_cpu:
            fetch = f"; of which fetch and text {archive['fetch_s']:.1f} s" if archive.get("fetch_s") else ""
            verdicts.append(
                f"- N = {n:,}: CPU per page {archive['cpu_s'] / floor_cpu:.2f} x the floor's, wall "
                f"{archive['wall_s'] / floor_wall:.2f} x (target <= 1.3 x each: "
                f"{'met' if max(archive['cpu_s'] / floor_cpu, archive['wall_s'] / floor_wall) <= 1.3 else 'MISSED'})"
                f"{fetch}; peak {archive['peak_pss_mib']:.0f} MiB"
            )
    return "\n".join([*lines, "", "Targets (issue 14):", "", *verdicts]) + "\n"


def _commit() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT, capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO_ROOT,
                               capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + (" + uncommitted changes" if dirty else "")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated numbers of articles")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "bench" / "out")
    parser.add_argument("--stages", default=",".join(STAGES), help=f"any of {','.join(STAGES)}")
    parser.add_argument("--archive-sizes", default="10000,50000",
                        help="pages of the archive backfill benchmark, comma-separated ('' skips it)")
    parser.add_argument("--archive-stages", default=",".join(ARCHIVE_STAGES),
                        help=f"any of {','.join(ARCHIVE_STAGES)} (e.g. 'archive' alone for its memory)")
    parser.add_argument("--workers", type=int, default=None,
                        help="extraction processes (SALVO_WORKERS; default: the pipeline's, cores + 1)")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--increment", type=int, default=None,
                        help="new articles in the +new stage (default 1%% of N; issue 14's target is for 300)")
    parser.add_argument("--recent-feeds", action="store_true",
                        help="the +new stage's changed feeds list only their newest 100 items, as real feeds do")
    parser.add_argument("--stage", help=argparse.SUPPRESS)  # internal: run one stage in this process
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.stage:
        STAGE_FUNCTIONS[args.stage](args.work, args.stage)
        return

    stages = [s for s in args.stages.split(",") if s]
    unknown = set(stages) - set(STAGES)
    if unknown:
        parser.error(f"unknown stage(s) {sorted(unknown)}")
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s]
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    commit = _commit()
    if args.workers is None:
        from pipelines.config import default_text_workers

        args.workers = default_text_workers()
    print(f"Salvo end-to-end benchmark, commit {commit}, {os.cpu_count()} cores, workers {args.workers}, "
          f"load average {os.getloadavg()[0]:.1f}", flush=True)
    results: list[dict] = []
    archive: list[dict] = []

    def write_report() -> str:
        # written after every size, so a long run that is stopped keeps what it measured
        report = markdown_report(results, commit, args.workers) if results else ""
        if archive:
            report += "\n" + archive_report(archive)
        (out / "results.json").write_text(
            json.dumps({"commit": commit, "results": results, "archive": archive}, indent=1)
        )
        (out / "report.md").write_text(report)
        return report

    report = ""
    for n in sizes if stages else []:
        results.append(bench_size(n, out, stages, args.workers, args.seed, args.increment, args.recent_feeds))
        report = write_report()
    for n in [int(s.replace("_", "")) for s in args.archive_sizes.split(",") if s]:
        archive_stages = tuple(s for s in args.archive_stages.split(",") if s)
        if set(archive_stages) - set(ARCHIVE_STAGES):
            parser.error(f"unknown archive stage(s) {sorted(set(archive_stages) - set(ARCHIVE_STAGES))}")
        archive.append(bench_archive(n, out, args.workers, args.seed, archive_stages))
        report = write_report()
    print("\n" + report)
    print(f"written: {out / 'report.md'}, {out / 'results.json'}")


if __name__ == "__main__":
    main()
