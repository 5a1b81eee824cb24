"""Shared fixtures: the labelled dev corpus served on 127.0.0.1, temp warehouses, resources."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests import batched_facts

REPO_ROOT = Path(__file__).resolve().parents[1]
# ../shared sits beside the checkout (also in CI); SALVO_SHARED overrides it
SHARED = Path(os.environ.get("SALVO_SHARED", REPO_ROOT.parent / "shared"))
DEVSET = SHARED / "devset"

os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")


# Fixtures that read the dev corpus; a test using any of them (directly or
# through another fixture: `fixturenames` is the closure) skips without it.
DEVSET_FIXTURES = frozenset({"devset", "devset_articles", "devset_site", "devset_feeds_toml"})


def pytest_collection_modifyitems(config, items):
    batched_facts.remember_collected_texts(items)
    if not DEVSET.exists():
        skip = pytest.mark.skip(reason=f"dev corpus not found at {DEVSET} (set SALVO_SHARED)")
        for item in items:
            if DEVSET_FIXTURES.intersection(item.fixturenames):
                item.add_marker(skip)


@pytest.fixture(autouse=True)
def _batched_facts_module(request):
    """Tell `batched_facts` whose test runs, so that its first ask extracts the module's texts in one batch."""
    batched_facts.set_current_module(request.node.nodeid.split("::", 1)[0])
    yield
    batched_facts.set_current_module(None)


@pytest.fixture(scope="session")
def devset() -> Path:
    return DEVSET


@pytest.fixture(scope="session")
def devset_articles() -> list[dict]:
    return [json.loads(line) for line in (DEVSET / "articles.jsonl").read_text().splitlines() if line.strip()]


@pytest.fixture
def devset_site():
    from pipelines.sample_site.server import serve_site

    with serve_site(DEVSET) as site:
        yield site


def write_feeds_toml(path: Path, base_url: str, feed_names: list[str], extra_allow: tuple[str, ...] = ()) -> Path:
    host_port = base_url.split("://", 1)[1]
    allow = ", ".join(f'"{h}"' for h in (host_port, *extra_allow))
    lines = ["[settings]", f"allow_hosts = [{allow}]", "per_host_concurrency = 4", "per_host_delay_s = 0.0", ""]
    for name in feed_names:
        lines += ["[[feeds]]", f'name = "{name}"', f'source = "{name}"', f'url = "{base_url}/feeds/{name}.xml"', ""]
    path.write_text("\n".join(lines))
    return path


@pytest.fixture
def devset_feeds_toml(tmp_path, devset_site) -> Path:
    names = sorted(p.stem for p in (DEVSET / "feeds").glob("*.xml"))
    return write_feeds_toml(tmp_path / "feeds.toml", devset_site.base_url, names)


@pytest.fixture
def warehouse_path(tmp_path) -> Path:
    return tmp_path / "warehouse.duckdb"


def make_resources(warehouse_path: Path, feeds_toml: Path, workers: int = 1) -> dict:
    from pipelines.defs.resources import PageTextResource, FeedsResource, WarehouseResource
    from pipelines.defs.warehouse import dbt_resource

    return {
        "warehouse": WarehouseResource(path=str(warehouse_path)),
        "feeds": FeedsResource(path=str(feeds_toml)),
        "page_text": PageTextResource(workers=workers, page_timeout_s=20),
        "dbt": dbt_resource(),
    }


def one_article(text: str, published: str = "2024-03-14T08:00:00Z", article_id: str = "t1"):
    """A one-article frame in the extractor's input shape, for unit tests of the rules."""
    import datetime as dt

    import polars as pl

    from pipelines.contract import ARTICLE_SCHEMA

    return pl.DataFrame(
        {
            "article_id": [article_id],
            "source": ["test"],
            "published_at": [dt.datetime.fromisoformat(published.replace("Z", "+00:00"))],
            "title": [""],
            "text": [text],
        },
        schema=ARTICLE_SCHEMA,
    )
