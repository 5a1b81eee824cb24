"""`salvo explain`: an article with the evidence of each fact highlighted.

Pure rendering: the caller (the CLI) loads the article and its facts from
the warehouse and passes a rich Console. Each evidence sentence is
highlighted and followed by the numbers of the facts read from it, e.g.
"[1,2]"; the table underneath lists the facts by those numbers.
"""

from __future__ import annotations

import polars as pl
from rich.console import Console
from rich.table import Table
from rich.text import Text

HIGHLIGHT_STYLES = ("bold black on yellow", "bold black on cyan", "bold black on green", "bold black on magenta")
MARKER_STYLE = "bold red"


def _evidence_spans(text: str, facts: pl.DataFrame) -> list[tuple[int, int, int]]:
    """(start, end, fact number) per fact; offsets from the fact, else found by searching the text."""
    spans = []
    for number, row in enumerate(facts.iter_rows(named=True), start=1):
        start, end = row.get("evidence_start"), row.get("evidence_end")
        evidence = row.get("evidence") or ""
        if start is None or end is None or text[start:end] != evidence:
            start = text.find(evidence) if evidence else -1
            end = start + len(evidence)
        if start >= 0 and end > start:
            spans.append((start, end, number))
    return spans


def _figure(row: dict) -> str:
    if row.get("fact_type") == "aid":
        amount = row.get("amount")
        if amount is None:
            return ""
        figure = f"{amount:,.0f} {row.get('currency') or '?'}"
        converted = [f"€{row['amount_eur']:,.0f}" if row.get("amount_eur") is not None and row.get("currency") != "EUR" else "",
                     f"${row['amount_usd']:,.0f}" if row.get("amount_usd") is not None and row.get("currency") != "USD" else ""]
        converted = [c for c in converted if c]
        return figure + (f" ({', '.join(converted)})" if converted else "")
    count = row.get("count")
    return "" if count is None else str(count)


def _who(row: dict) -> str:
    if row.get("fact_type") == "aid":
        donor, recipient = row.get("donor"), row.get("recipient")
        return f"{donor or '?'} → {recipient or '?'}"
    return row.get("attacker") or row.get("victims") or ""


def _weapon(row: dict) -> str:
    parts = [row.get("weapon_class"), row.get("weapon")]
    if row.get("fact_type") == "aid":
        parts = [row.get("aid_type")]
    return " / ".join(p for p in parts if p)


def _rule(row: dict) -> str:
    """The rule that produced the fact, and its confidence when a consistency check lowered it."""
    rule = row.get("rule_id") or ""
    confidence = row.get("confidence")
    if confidence is not None and confidence < 1.0:
        rule += f" ({confidence:.1f}: {row.get('note') or 'inconsistent'})"
    return rule


def highlighted_text(text: str, facts: pl.DataFrame) -> Text:
    """The article text with every evidence span styled and followed by its fact numbers."""
    spans = _evidence_spans(text, facts)
    rendered = Text()
    by_span: dict[tuple[int, int], list[int]] = {}
    for start, end, number in spans:
        by_span.setdefault((start, end), []).append(number)
    cursor = 0
    # spans in text order; a span overlapping an earlier one is shortened to
    # the part after it so the text is never repeated
    for index, ((start, end), numbers) in enumerate(sorted(by_span.items())):
        start = max(start, cursor)
        if start >= end:
            rendered.append(f"[{','.join(map(str, numbers))}]", style=MARKER_STYLE)
            continue
        rendered.append(text[cursor:start])
        rendered.append(text[start:end], style=HIGHLIGHT_STYLES[index % len(HIGHLIGHT_STYLES)])
        rendered.append(f"[{','.join(map(str, numbers))}]", style=MARKER_STYLE)
        cursor = end
    rendered.append(text[cursor:])
    return rendered


def facts_table(facts: pl.DataFrame) -> Table:
    table = Table(title=f"{facts.height} fact{'s' if facts.height != 1 else ''}", show_lines=False)
    columns = ("#", "type", "count / amount", "by / to", "weapon / aid", "date", "qualifier", "scope", "place", "rule")
    for column in columns:
        table.add_column(column, overflow="fold")
    for number, row in enumerate(facts.iter_rows(named=True), start=1):
        event_date = row.get("event_date")
        table.add_row(
            str(number),
            row.get("fact_type") or "",
            _figure(row),
            _who(row),
            _weapon(row),
            event_date.isoformat() if hasattr(event_date, "isoformat") else str(event_date or ""),
            row.get("qualifier") or "",
            row.get("scope") or "",
            row.get("place") or "",
            _rule(row),
        )
    return table


def render_explanation(article: dict, facts: pl.DataFrame, console: Console) -> None:
    """Print `article` (a dict with `text`, optional `id`/`article_id`, `title`, `published_at`, `source`, `url`)
    with each fact's evidence highlighted, then a table of `facts` (FACT_SCHEMA rows of that article)."""
    text = article.get("text") or ""
    if "evidence_start" in facts.columns:
        facts = facts.sort("evidence_start", nulls_last=True, maintain_order=True)
    header = Text(article.get("title") or "(untitled)", style="bold")
    details = [str(article.get(k)) for k in ("article_id", "id", "source", "published_at", "url") if article.get(k)]
    if details:
        header.append("\n" + " · ".join(details), style="dim")
    console.print(header)
    console.print()
    console.print(highlighted_text(text, facts))
    console.print()
    if facts.is_empty():
        console.print("No facts were extracted from this article.", style="italic")
    else:
        console.print(facts_table(facts))
