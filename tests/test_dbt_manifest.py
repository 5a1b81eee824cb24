"""The dbt manifest is made once however many processes load the definitions at once.

On a fresh clone pytest's workers import the definitions together; each found
no manifest, parsed, and one read the file another was still writing (CI
failed collecting on a truncated manifest.json).
"""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace

import pipelines.defs.warehouse as warehouse_defs

WHOLE = b'{"nodes": {}, "sources": {}, "padding": "' + b"x" * 100_000 + b'"}'


def test_loads_at_once_parse_once_and_each_reads_the_whole_manifest(tmp_path, monkeypatch):
    manifest = tmp_path / "target" / "manifest.json"
    parses: list[int] = []

    def slow_parse(path):
        parses.append(1)
        with open(path, "wb") as out:  # written in two parts, as a parse writes a large file
            out.write(WHOLE[: len(WHOLE) // 2])
            out.flush()
            time.sleep(0.3)
            out.write(WHOLE[len(WHOLE) // 2 :])
        return path

    monkeypatch.setattr(warehouse_defs, "dbt_project", SimpleNamespace(manifest_path=manifest))
    monkeypatch.setattr(warehouse_defs, "_parse_dbt_project", slow_parse)
    monkeypatch.setattr(warehouse_defs, "_sources_newer_than", lambda path: False)

    read: list[bytes] = []

    def load() -> None:
        read.append(warehouse_defs.ensure_manifest().read_bytes())

    threads = [threading.Thread(target=load) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)

    assert len(parses) == 1
    assert read == [WHOLE] * 4


def test_a_manifest_older_than_the_models_is_parsed_again(tmp_path, monkeypatch):
    manifest = tmp_path / "target" / "manifest.json"
    manifest.parent.mkdir()
    manifest.write_bytes(b"{}")
    parses: list[int] = []
    monkeypatch.setattr(warehouse_defs, "dbt_project", SimpleNamespace(manifest_path=manifest))
    monkeypatch.setattr(warehouse_defs, "_parse_dbt_project", lambda path: parses.append(1) or path)
    monkeypatch.setattr(warehouse_defs, "_sources_newer_than", lambda path: True)

    warehouse_defs.ensure_manifest()

    assert parses == [1]
