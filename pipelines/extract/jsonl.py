"""`salvo extract INPUT.jsonl [--html]`: articles in JSON Lines, facts out.

Input: one article per line, `{"id", "published" (ISO 8601), "text"}` plus
optional `source` and `title`; with `--html` the line carries the page in
`html` instead of `text`, and its body is extracted as the fetcher does
(`pipelines.ingest.articles.extract_article`). A bad line is reported with
its line number and skipped; the good lines are still processed.

Output: one fact per line, `id` plus the FACTS.md fields of its type, dates
as YYYY-MM-DD. The lead's typer command calls `read_articles_jsonl` and
`facts_to_jsonl_records`; `main(argv)` is the same thing for tests and
`python -m pipelines.extract.jsonl`.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import polars as pl

from pipelines.contract import ARTICLE_SCHEMA
from pipelines.extract.facts import extract_facts

COMMON_FIELDS = ("fact_type", "event_date", "scope", "qualifier", "evidence")
FIELDS_BY_TYPE = {
    "launched": ("count", "attacker", "weapon_class", "weapon", "place"),
    "intercepted": ("count", "attacker", "weapon_class", "weapon", "place"),
    "lost": ("count", "attacker", "weapon_class", "weapon", "place"),
    "aid": ("amount", "currency", "amount_eur", "amount_usd", "donor", "recipient"),
    "killed": ("count", "place", "victims"),
    "injured": ("count", "place", "victims"),
    "clash": ("count", "place"),
}
# Extra columns written only when they hold something (scoring ignores them).
OPTIONAL_FIELDS = (
    "place", "attacker", "attribution", "aid_type", "rate_source", "rate_date", "note", "evidence_start", "evidence_end",
    "rule_id", "confidence",
)


def _parse_published(value) -> dt.datetime | None:
    """An ISO 8601 timestamp as an aware UTC datetime; a naive one is taken as UTC."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc)


def _body_from_html(page: str) -> tuple[str | None, str | None, str | None]:
    """(text, title, problem) of one page, extracted like the fetcher does."""
    from pipelines.ingest.page_text import read_page_text

    extracted = read_page_text(page, url=None)
    text = getattr(extracted, "text", None)
    if not text:
        status = getattr(extracted, "status", "unknown")
        error = getattr(extracted, "error", None)
        return None, None, f"no article text in 'html' (status {status}{': ' + error if error else ''})"
    return text, getattr(extracted, "title", None), None


def read_articles_jsonl(path: str | Path, html: bool = False) -> tuple[pl.DataFrame, list[str]]:
    """Articles (ARTICLE_SCHEMA) from a JSON Lines file, and one error message per bad line.

    Every message starts with "line N:". Blank lines are skipped silently.
    """
    body_field = "html" if html else "text"
    rows: list[dict] = []
    errors: list[str] = []
    first_line_of: dict[str, int] = {}
    # utf-8-sig: a byte-order mark on the first line is not bad JSON
    with open(path, encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                # some of json's messages end in " at" ("Invalid control character at")
                errors.append(f"line {number}: not valid JSON ({exc.msg.removesuffix(' at')} at column {exc.colno})")
                continue
            if not isinstance(record, dict):
                errors.append(f"line {number}: expected a JSON object, got {type(record).__name__}")
                continue
            missing = [f for f in ("id", "published", body_field) if record.get(f) in (None, "")]
            if missing:
                errors.append(f"line {number}: missing {', '.join(repr(f) for f in missing)}")
                continue
            article_id = record["id"]
            if not isinstance(article_id, (str, int)) or isinstance(article_id, bool):
                errors.append(f"line {number}: 'id' must be a string or an integer, got {type(article_id).__name__}")
                continue
            article_id = str(article_id)
            if article_id in first_line_of:
                errors.append(f"line {number}: duplicate id {article_id!r} (first on line {first_line_of[article_id]})")
                continue
            published = _parse_published(record["published"])
            if published is None:
                errors.append(f"line {number}: unparsable 'published' date {record['published']!r} (want ISO 8601)")
                continue
            body = record[body_field]
            if not isinstance(body, str):
                errors.append(f"line {number}: {body_field!r} must be a string, got {type(body).__name__}")
                continue
            title = record.get("title")
            if html:
                body, page_title, problem = _body_from_html(body)
                if problem:
                    errors.append(f"line {number}: {problem}")
                    continue
                title = title or page_title
            first_line_of[article_id] = number
            rows.append(
                {
                    "article_id": article_id,
                    "source": str(record.get("source") or "jsonl"),
                    "published_at": published,
                    "title": title if isinstance(title, str) else None,
                    "text": body,
                }
            )
    return pl.DataFrame(rows, schema=ARTICLE_SCHEMA), errors


def _json_value(value):
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)  # amounts in units: 2400000000, not 2400000000.0
    return value


def facts_to_jsonl_records(facts: pl.DataFrame) -> Iterator[dict]:
    """One dict per fact: `id`, the FACTS.md fields of its type (null when unknown), extras when set."""
    for row in facts.iter_rows(named=True):
        fact_type = row["fact_type"]
        record = {"id": row["article_id"]}
        for field in (*COMMON_FIELDS, *FIELDS_BY_TYPE.get(fact_type, ("count",))):
            record[field] = _json_value(row.get(field))
        for field in OPTIONAL_FIELDS:
            if field not in record and row.get(field) is not None:
                record[field] = _json_value(row[field])
        yield record


def write_facts_jsonl(facts: pl.DataFrame, out: IO[str]) -> int:
    count = 0
    for record in facts_to_jsonl_records(facts):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def main(argv: list[str] | None = None, out: IO[str] | None = None, err: IO[str] | None = None) -> int:
    """`INPUT.jsonl [--html]`: facts to `out` (stdout), errors to `err` (stderr).

    Exit code 0 when every line was read, 1 when some were skipped, 2 on usage errors.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    out = out or sys.stdout
    err = err or sys.stderr
    html = "--html" in args
    paths = [a for a in args if a != "--html"]
    if len(paths) != 1:
        print("usage: python -m pipelines.extract.jsonl INPUT.jsonl [--html]", file=err)
        return 2
    try:
        articles, errors = read_articles_jsonl(paths[0], html=html)
    except OSError as exc:
        print(f"cannot read {paths[0]}: {exc}", file=err)
        return 2
    for message in errors:
        print(message, file=err)
    write_facts_jsonl(extract_facts(articles), out)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
