"""`salvo extract` internals: reading article lines, writing fact lines."""

import datetime as dt
import io
import json

import polars as pl

from pipelines.extract.jsonl import facts_to_jsonl_records, main, read_articles_jsonl
from pipelines.contract import conform

AID_TEXT = "Germany pledged €1 billion in military aid to Ukraine on Tuesday."


def write_lines(path, *lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_good_lines_are_read_and_bad_ones_reported_by_line(tmp_path):
    path = write_lines(
        tmp_path / "in.jsonl",
        json.dumps({"id": "a1", "published": "2023-06-15T12:00:00Z", "text": AID_TEXT, "source": "reuters"}),
        "{not json",
        json.dumps({"id": "a2", "text": "x"}),
        json.dumps({"id": "a3", "published": "yesterday", "text": "x"}),
        "",
        json.dumps({"id": "a1", "published": "2023-06-15T12:00:00Z", "text": "again"}),
        json.dumps(["a list"]),
        json.dumps({"id": 7, "published": "2023-06-15T14:00:00+03:00", "text": "Numeric id, offset time."}),
        json.dumps({"published": "2023-06-15", "title": "no id, no text"}),
    )
    articles, errors = read_articles_jsonl(path, html=False)
    assert articles["article_id"].to_list() == ["a1", "7"]
    assert articles["source"].to_list() == ["reuters", "jsonl"]
    assert articles["published_at"].to_list() == [
        dt.datetime(2023, 6, 15, 12, tzinfo=dt.timezone.utc),
        dt.datetime(2023, 6, 15, 11, tzinfo=dt.timezone.utc),
    ]
    assert errors[0].startswith("line 2: not valid JSON")
    assert errors[1] == "line 3: missing 'published'"
    assert errors[2].startswith("line 4: unparsable 'published' date 'yesterday'")
    assert errors[3] == "line 6: duplicate id 'a1' (first on line 1)"
    assert errors[4].startswith("line 7: expected a JSON object")
    assert errors[5] == "line 9: missing 'id', 'text'"
    assert len(errors) == 6


def test_html_lines_go_through_the_article_extractor(tmp_path):
    page = (
        "<html><head><title>Aid</title></head><body><nav>Home | World | Ukraine</nav>"
        "<article><h1>Germany pledges aid</h1>"
        f"<p>{AID_TEXT}</p><p>Officials in Kyiv welcomed the package, which includes air defence systems.</p>"
        "</article><footer>Copyright</footer></body></html>"
    )
    path = write_lines(
        tmp_path / "pages.jsonl",
        json.dumps({"id": "p1", "published": "2023-06-15T12:00:00Z", "html": page}),
        json.dumps({"id": "p2", "published": "2023-06-15T12:00:00Z", "text": AID_TEXT}),
        json.dumps({"id": "p3", "published": "2023-06-15T12:00:00Z", "html": ""}),
    )
    articles, errors = read_articles_jsonl(path, html=True)
    assert articles["article_id"].to_list() == ["p1"]
    assert AID_TEXT in articles["text"][0]
    assert "Copyright" not in articles["text"][0]
    assert errors == ["line 2: missing 'html'", "line 3: missing 'html'"]


def test_fact_records_carry_id_and_the_fields_of_their_type():
    facts = conform(
        pl.DataFrame(
            {
                "article_id": ["a1", "a1"],
                "fact_type": ["launched", "aid"],
                "event_date": [dt.date(2023, 9, 28), dt.date(2023, 9, 28)],
                "scope": ["event", "event"],
                "qualifier": ["exact", "exact"],
                "evidence": ["Russia launched 44 drones.", "NATO has 2.4 billion euros."],
                "count": [44, None],
                "attacker": ["RU", None],
                "weapon_class": ["drone", None],
                "amount": [None, 2.4e9],
                "currency": [None, "EUR"],
                "amount_eur": [None, 2.4e9],
                "amount_usd": [None, 2.53e9],
                "rate_source": [None, "stated"],
            }
        )
    )
    strike, aid = list(facts_to_jsonl_records(facts))
    assert strike == {
        "id": "a1", "fact_type": "launched", "event_date": "2023-09-28", "scope": "event", "qualifier": "exact",
        "evidence": "Russia launched 44 drones.", "count": 44, "attacker": "RU", "weapon_class": "drone",
        "weapon": None, "place": None,
    }
    assert aid["amount"] == 2400000000 and isinstance(aid["amount"], int)
    assert aid["amount_usd"] == 2530000000
    assert aid["donor"] is None and "donor" in aid
    assert aid["rate_source"] == "stated"
    assert "count" not in aid
    json.dumps(aid)  # serialisable as is


def test_main_writes_fact_lines_and_reports_errors(tmp_path):
    path = write_lines(
        tmp_path / "in.jsonl",
        json.dumps({"id": "a1", "published": "2023-06-15T12:00:00Z", "text": AID_TEXT}),
        "oops",
    )
    out, err = io.StringIO(), io.StringIO()
    assert main([str(path)], out=out, err=err) == 1
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    aid = [r for r in records if r["fact_type"] == "aid"]
    assert len(aid) == 1
    assert aid[0]["id"] == "a1"
    assert aid[0]["amount"] == 1000000000 and aid[0]["currency"] == "EUR"
    assert aid[0]["event_date"] == "2023-06-13"
    assert err.getvalue().startswith("line 2: not valid JSON")
    assert main([], out=out, err=err) == 2


def test_explanation_highlights_evidence_and_tables_the_facts():
    from rich.console import Console

    from pipelines.extract.explain import render_explanation
    from pipelines.extract.facts import extract_facts

    text = "Officials met in Kyiv.\n\n" + AID_TEXT + "\n\nNo figures here."
    articles = pl.DataFrame(
        {"article_id": ["a1"], "source": ["test"], "published_at": [dt.datetime(2023, 6, 15, 12, tzinfo=dt.timezone.utc)],
         "title": ["Aid"], "text": [text]}
    )
    facts = extract_facts(articles)
    console = Console(record=True, width=200, color_system="standard", file=io.StringIO())
    render_explanation({"article_id": "a1", "title": "Aid", "text": text}, facts, console)
    plain = console.export_text(clear=False)
    assert AID_TEXT + "[1]" in plain
    assert "1,000,000,000 EUR" in plain and "Germany → Ukraine" in plain and "2023-06-13" in plain
    styled = console.export_text(styles=True)
    # the evidence sentence is styled, the sentence without a fact is not
    assert "\x1b[1;30;43m" + AID_TEXT in styled
    assert "\nOfficials met in Kyiv.\n" in styled
    empty = Console(record=True, width=120, file=io.StringIO())
    render_explanation({"title": "Nothing", "text": "Quiet day."}, facts.clear(), empty)
    assert "No facts" in empty.export_text()


def test_explanation_names_the_rule_of_each_fact():
    from rich.console import Console

    from pipelines.extract.explain import render_explanation
    from pipelines.extract.facts import extract_facts

    text = "Russia launched 40 drones overnight. Air defence shot down 45 drones."
    articles = pl.DataFrame(
        {"article_id": ["a1"], "source": ["test"], "published_at": [dt.datetime(2024, 6, 15, 8, tzinfo=dt.timezone.utc)],
         "title": ["Night"], "text": [text]}
    )
    console = Console(record=True, width=250, file=io.StringIO())
    render_explanation({"article_id": "a1", "title": "Night", "text": text}, extract_facts(articles), console)
    plain = console.export_text()
    assert "strike.verb_before" in plain
    assert "(0.5: inconsistent: intercepted 45 exceeds launched 40" in plain
