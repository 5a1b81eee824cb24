"""Score earlier extractor versions on one labelled corpus: do the rules written since reach new stories?

    uv run python -m bench.version_ladder CORPUS.jsonl [--versions 0.2.0,0.9.0,HEAD] [--keep-predictions DIR]

Each round of rules is scored on fresh stories before and after its work, but
one round moves a fresh slice by less than slices differ from each other, so
the first scores of successive rounds cannot show whether the rounds add up.
The ladder answers that: every version of the rules reads the *same* corpus
(one nobody tuned on), so the corpus's difficulty is the same on every rung.

A version is the commit that set `EXTRACTOR_VERSION` to it (found in git
history), or HEAD. Each is checked out in a temporary detached worktree, its
own locked environment is installed (`uv sync --frozen`, from uv's cache
here), and its own `salvo extract` reads the corpus; this tree's scorer
scores them all, so the matching rules are the same on every rung. The
worktrees are removed afterwards. Versions before 0.2.0 have no `salvo
extract` and cannot be scored this way.

Prints a markdown table: core and aid precision, recall and F1 and the
per-type F1 for each version.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipelines.extract.score import predictions_from_records, read_jsonl, score  # noqa: E402

VERSION_FILE = "pipelines/extract/facts.py"
VERSION_LINE = re.compile(r'^EXTRACTOR_VERSION = "([^"]+)"', re.MULTILINE)
TYPES = ("launched", "intercepted", "aid", "killed", "injured", "clash")


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=REPO, check=True, capture_output=True, text=True).stdout


def version_commits() -> dict[str, str]:
    """EXTRACTOR_VERSION -> the commit that set it (the first one, where a later commit repeats the line)."""
    found: dict[str, str] = {}
    for commit in _git("log", "--format=%H", "-G", 'EXTRACTOR_VERSION = "', "--", "pipelines").split():
        text = _git("grep", "-h", 'EXTRACTOR_VERSION = "', commit, "--", "pipelines")
        match = VERSION_LINE.search(text)
        if match:
            found[match.group(1)] = commit  # git log lists newest first: the oldest commit wins
    return found


def predict(commit: str, corpus: Path, out: Path) -> None:
    """Run `salvo extract` of `commit` on `corpus` into `out`, in a throwaway worktree."""
    with tempfile.TemporaryDirectory(prefix="salvo-ladder-") as scratch:
        tree = Path(scratch) / "tree"
        _git("worktree", "add", "--quiet", "--detach", str(tree), commit)
        try:
            # the old tree has its own environment: this one's VIRTUAL_ENV would only draw uv's warning
            env = {key: value for key, value in os.environ.items() if key != "VIRTUAL_ENV"} | {"UV_LINK_MODE": "copy"}
            subprocess.run(["uv", "sync", "--frozen", "--quiet"], cwd=tree, env=env, check=True)
            with out.open("w", encoding="utf-8") as handle:
                subprocess.run(
                    ["uv", "run", "--frozen", "salvo", "extract", str(corpus)],
                    cwd=tree, env=env, check=True, stdout=handle,
                )
        finally:
            _git("worktree", "remove", "--force", str(tree))


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}%"


def table_row(version: str, commit: str, result: dict) -> str:
    core, aid = result["core"], result["types"].get("aid", {})
    cells = [
        version, f"`{commit[:7]}`",
        _percent(core["precision"]), _percent(core["recall"]), f"**{_percent(core['f1'])}**",
        _percent(aid.get("precision")), _percent(aid.get("f1")),
    ]
    cells += [_percent(result["types"].get(kind, {}).get("f1")) for kind in TYPES if kind != "aid"]
    return "| " + " | ".join(cells) + " |"


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="labelled articles (JSONL, docs/facts.md §10)")
    parser.add_argument("--versions", default="", help="comma-separated EXTRACTOR_VERSIONs and/or HEAD (default: all)")
    parser.add_argument("--keep-predictions", type=Path, help="write each version's facts here as VERSION.jsonl")
    args = parser.parse_args(argv)
    corpus = args.corpus.resolve()
    if not corpus.is_file():
        parser.error(f"no such corpus: {corpus}")

    commits = version_commits()
    wanted = [v.strip() for v in args.versions.split(",") if v.strip()] or [
        v for v in sorted(commits, key=_version_key) if v != "0.1.0"
    ]
    unknown = [v for v in wanted if v != "HEAD" and v not in commits]
    if unknown:
        parser.error(f"unknown versions {unknown}; known: {', '.join(sorted(commits, key=_version_key))}, HEAD")
    gold = read_jsonl(corpus)
    keep = args.keep_predictions
    if keep:
        keep.mkdir(parents=True, exist_ok=True)

    print(f"corpus: {corpus.name}, {len(gold)} articles; scored by this tree's pipelines/extract/score.py\n")
    others = [kind for kind in TYPES if kind != "aid"]
    headers = ["version", "commit", "core P", "core R", "core F1", "aid P", "aid F1"] + [f"{k} F1" for k in others]
    print("| " + " | ".join(headers) + " |")
    print("| --- | --- | " + " | ".join(["---:"] * (5 + len(others))) + " |")
    with tempfile.TemporaryDirectory(prefix="salvo-ladder-out-") as scratch:
        for version in wanted:
            commit = _git("rev-parse", "HEAD").strip() if version == "HEAD" else commits[version]
            out = (keep or Path(scratch)) / f"{version}.jsonl"
            predict(commit, corpus, out)
            result = score(predictions_from_records(read_jsonl(out)), gold)
            print(table_row(version, commit, result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
