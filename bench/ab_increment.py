"""The daily increment, A/B: two checkouts' nothing-new and +N runs, interleaved, from a saved warehouse.

    uv run python -m bench.ab_increment --repos /path/to/A,/path/to/B [--site bench/out/site-10000+300]
                                        [--out bench/out/ab] [--rounds 3]

`bench.run` measures the increment only after a first run over the whole
site (~90 s at 10,000 pages) and once per invocation: on a shared machine
two such runs minutes apart compare the load more than the code. Here each
checkout (A, B: git worktrees with their own `.venv`) makes its warehouse
once, with its own code (`bench.run`'s daily stage, saved as out/base-<i>);
then every round restores each checkout's saved warehouse and runs, for A
then B (B then A in the next round), `bench.run`'s nothing_new stage and its
incremental stage (the feeds list the site's `feeds-next`, N new articles).
Each line gives wall and CPU seconds (user + system of the stage's process
tree), the load average before it, the Dagster steps' wall time, and the
slowest dbt nodes of the build (its run_results.json).

The site must have been built by `bench.run` (`--increment N` for N new
articles). The server keeps one port for all runs: the articles' URLs (and
so their ids) and the feeds' validators carry it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import time
from pathlib import Path

from bench.run import REPO_ROOT, _stage_env, _write_feeds_toml, stage_env_for

PORT = 18731


def _python(repo: Path) -> str:
    return str(repo / ".venv" / "bin" / "python")


def _fresh_work(work: Path, site_root: Path, base: Path | None) -> None:
    if work.exists():
        shutil.rmtree(work)
    if base is None:
        work.mkdir(parents=True)
    else:
        shutil.copytree(base, work, ignore=shutil.ignore_patterns("site", "*.log", "*.json"), symlinks=True)
    served = work / "site"
    shutil.copytree(site_root / "pages", served / "pages", copy_function=os.link)
    shutil.copytree(site_root / "feeds", served / "feeds")


def _stage(repo: Path, stage: str, work: Path, env: dict[str, str]) -> dict:
    """One stage of `repo`'s bench.run in a process of its own: wall, CPU, load before, steps, dbt nodes."""
    (work / f"{stage}.json").unlink(missing_ok=True)
    # the checkout's own dbt (dagster-dbt finds `dbt` on PATH)
    bin_dir = repo / ".venv" / "bin"
    env = {**env, "VIRTUAL_ENV": str(repo / ".venv"), "PATH": f"{bin_dir}:{env.get('PATH', '')}"}
    # the checkout's own instance settings: its dagster.yaml may name classes only its code has
    shutil.copyfile(repo / "dagster.yaml", Path(env["DAGSTER_HOME"]) / "dagster.yaml")
    load = os.getloadavg()[0]
    started = time.time()
    with open(work / f"{stage}.log", "wb") as log:
        process = subprocess.Popen([_python(repo), "-m", "bench.run", "--stage", stage, "--work", str(work)],
                                   cwd=repo, env=env, stdout=log, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
    wall = time.time() - started
    result = json.loads((work / f"{stage}.json").read_text()) if (work / f"{stage}.json").exists() else {}
    steps = {s["step"]: s["end"] - s["start"] for s in result.get("steps", []) if s["start"] and s["end"]}
    nodes = []
    targets = sorted((repo / "dbt_project" / "target").glob("dbt_warehouse-*"), key=lambda d: d.stat().st_mtime)
    if targets and targets[-1].stat().st_mtime >= started and (targets[-1] / "run_results.json").exists():
        run_results = json.loads((targets[-1] / "run_results.json").read_text())
        nodes = sorted(((r["unique_id"].split(".", 2)[-1], r["execution_time"]) for r in run_results["results"]),
                       key=lambda n: -n[1])
    return {"stage": stage, "wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "load": load,
            "ok": os.waitstatus_to_exitcode(status) == 0 and result.get("success") is not False,
            "steps": steps, "dbt_nodes": nodes, "dbt_node_count": len(nodes)}


def _print(label: str, r: dict) -> None:
    steps = ", ".join(f"{k} {v:.1f}" for k, v in r["steps"].items() if v >= 0.05)
    print(f"{label:<12} {r['stage']:<12} wall {r['wall_s']:5.1f} s  CPU {r['cpu_s']:5.1f} s  load {r['load']:4.1f}"
          f"{'' if r['ok'] else '  FAILED'}\n    steps: {steps}", flush=True)
    if r["dbt_nodes"]:
        top = ", ".join(f"{name} {t:.2f}" for name, t in r["dbt_nodes"][:6])
        print(f"    dbt: {r['dbt_node_count']} nodes, {sum(t for _, t in r['dbt_nodes']):.1f} s summed; {top}",
              flush=True)


def main(argv: list[str] | None = None) -> None:
    from pipelines.sample_site.server import serve_site

    parser = argparse.ArgumentParser(prog="python -m bench.ab_increment", description=__doc__.splitlines()[0])
    parser.add_argument("--repos", required=True, help="two (or more) checkouts, comma-separated")
    parser.add_argument("--site", type=Path, default=REPO_ROOT / "bench" / "out" / "site-10000+300")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "bench" / "out" / "ab")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--recent-feeds", action="store_true",
                        help="the +N run's changed feeds list only their newest 100 items, as real feeds do")
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--warm-base", default="",
                        help="k=j,...: checkout k starts from checkout j's saved warehouse, after one nothing_new "
                             "run with its own code (for changes that keep the tables but not the build log)")
    args = parser.parse_args(argv)
    repos = [Path(r).resolve() for r in args.repos.split(",") if r]
    site_root = args.site.resolve()
    manifest = json.loads((site_root / "site.json").read_text())
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    results: list[dict] = []
    warm = dict(tuple(map(int, pair.split("="))) for pair in args.warm_base.split(",") if pair)
    for i, repo in enumerate(repos):
        base = out / f"base-{i}"
        if (base / "warehouse.duckdb").exists():
            continue
        if i in warm:
            _fresh_work(base, site_root, out / f"base-{warm[i]}")
            with serve_site(base / "site", port=PORT) as site:
                _write_feeds_toml(base / "feeds.toml", site.base_url, manifest["feeds"])
                r = _stage(repo, "nothing_new", base, stage_env_for(base, args.workers))
            _print(f"warm {i}", r)
            shutil.rmtree(base / "site")
            continue
        _fresh_work(base, site_root, None)
        (base / "bench.json").write_text(json.dumps({"site_root": str(site_root), "pages": manifest["pages"]}))
        env = _stage_env(base, args.workers)
        with serve_site(base / "site", port=PORT) as site:
            _write_feeds_toml(base / "feeds.toml", site.base_url, manifest["feeds"])
            r = _stage(repo, "daily", base, env)
        _print(f"base {i}", r)
        shutil.rmtree(base / "site")
    for round_no in range(args.rounds):
        order = list(enumerate(repos))
        if round_no % 2:
            order.reverse()
        for i, repo in order:
            work = out / f"run-{i}"
            _fresh_work(work, site_root, out / f"base-{i}")
            env = stage_env_for(work, args.workers)
            with serve_site(work / "site", port=PORT) as site:
                _write_feeds_toml(work / "feeds.toml", site.base_url, manifest["feeds"])
                quiet = _stage(repo, "nothing_new", work, env)
                for feed in (site_root / ("feeds-recent" if args.recent_feeds else "feeds-next")).glob("*.xml"):
                    shutil.copyfile(feed, work / "site" / "feeds" / feed.name)
                _write_feeds_toml(work / "feeds.toml", site.base_url, manifest["feeds_next"])
                new = _stage(repo, "incremental", work, env)
            for r in (quiet, new):
                _print(f"r{round_no} {repo.name}", r)
                results.append({"round": round_no, "repo": str(repo), **r})
            (out / "results.json").write_text(json.dumps(results, indent=1))
    print("\nmedian wall / CPU s:")
    for repo in repos:
        for stage in ("nothing_new", "incremental"):
            rows = [r for r in results if r["repo"] == str(repo) and r["stage"] == stage]
            if rows:
                walls = sorted(r["wall_s"] for r in rows)
                cpus = sorted(r["cpu_s"] for r in rows)
                loads = [r["load"] for r in rows]
                print(f"  {repo.name:<14} {stage:<12} {walls[len(walls) // 2]:5.1f} / {cpus[len(cpus) // 2]:5.1f}"
                      f"  (walls {', '.join(f'{w:.1f}' for w in walls)}; load {min(loads):.1f}-{max(loads):.1f})")


if __name__ == "__main__":
    main()
