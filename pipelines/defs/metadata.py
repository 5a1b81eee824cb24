"""Materialisation metadata that lets a person see what happened in the UI."""


import dagster as dg


def markdown_table(rows: list[dict], limit: int = 50) -> dg.MarkdownMetadataValue:
    if not rows:
        return dg.MetadataValue.md("_nothing_")
    columns = list(rows[0])

    def cell(value) -> str:
        text = "" if value is None else str(value)
        return text.replace("|", "\\|").replace("\n", " ")[:160]

    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cell(row.get(c)) for c in columns) + " |" for row in rows[:limit]]
    if len(rows) > limit:
        lines.append(f"\n_{len(rows) - limit} more rows not shown_")
    return dg.MetadataValue.md("\n".join(lines))
