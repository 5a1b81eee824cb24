"""bench/version_ladder.py: finding each extractor version's commit in git history, and its table row."""

from __future__ import annotations

import subprocess

import pytest

from bench.version_ladder import REPO, VERSION_FILE, table_row, version_commits


def _history_available() -> bool:
    try:
        shallow = subprocess.run(
            ["git", "rev-parse", "--is-shallow-repository"], cwd=REPO, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return False
    return shallow == "false"


@pytest.mark.skipif(not _history_available(), reason="needs the repository's full git history (not a shallow clone)")
def test_each_version_maps_to_the_first_commit_that_set_it():
    commits = version_commits()
    assert {"0.1.0", "0.2.0", "0.15.0"} <= commits.keys()
    for version, commit in commits.items():
        text = subprocess.run(
            ["git", "show", f"{commit}:{VERSION_FILE}"], cwd=REPO, capture_output=True, text=True
        ).stdout
        assert f'EXTRACTOR_VERSION = "{version}"' in text
        # the commit before it had another version (or no such line): this is where the version was set
        parent = subprocess.run(
            ["git", "show", f"{commit}^:{VERSION_FILE}"], cwd=REPO, capture_output=True, text=True
        ).stdout
        assert f'EXTRACTOR_VERSION = "{version}"' not in parent


def test_table_row_gives_core_aid_and_each_type():
    def row(precision, recall, f1):
        return {"precision": precision, "recall": recall, "f1": f1}

    result = {
        "core": row(0.9, 0.8, 0.847),
        "types": {"aid": row(0.75, 0.5, 0.6), "launched": row(1.0, 1.0, 1.0), "killed": row(None, None, None)},
    }
    line = table_row("0.9.0", "19af7fc0123", result)
    assert line == "| 0.9.0 | `19af7fc` | 90.0% | 80.0% | **84.7%** | 75.0% | 60.0% | 100.0% | – | – | – | – |"
