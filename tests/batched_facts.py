"""The unit tests' articles extracted in batches: one `extract_facts` call per test module, not one per test.

Each `extract_facts` call pays about 1.3 s of CPU whatever its size: polars compiles the rules' regexes (about
800) again on every call, because its regex cache holds 32 per thread. The pipeline extracts 10,000 articles a
call and never notices; the unit tests give the extractor one short article at a time, a few thousand times,
and spent most of their time compiling.

So a test asks `article_facts(text)` instead of `extract_facts(one_article(text))`. The first time a test module
asks, every text that module is parametrized with or that its test bodies write out as one string (collected by
`remember_collected_texts`) is extracted in one call, each text its own article, dated by the publication time
its test case is parametrized with if it has one, else by the time of this first ask; every later ask of the
module is served from that batch. A text nobody collected (one a test body puts together at run time), or asked
for with another date, is extracted alone, as before. Articles do not see each other in a batch (the pipeline
relies on that too); `tests/test_batched_facts.py` checks that each article of a batch gets exactly the facts it
gets alone.
"""

from __future__ import annotations

import datetime as dt
import re

import polars as pl

from pipelines.contract import ARTICLE_SCHEMA

DEFAULT_PUBLISHED = "2024-03-14T08:00:00Z"

# a test case's publication time among its parameters ("2025-06-14T08:00:00Z")
PUBLISHED_PARAMETER = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:\d\d)")

# test module ("tests/test_x.py") -> (text, its case's publication time or None) of its tests' texts
_cases_by_module: dict[str, set[tuple[str, str | None]]] = {}
# the module whose test is running now (set by conftest's autouse fixture)
_current_module: str | None = None
# (stage, text, published, title) -> that article's facts, under article_id "t1"
_facts: dict[tuple[str, str, str, str], pl.DataFrame] = {}
# (stage, module) whose batch is done: one batch a module and stage, whatever dates its tests ask with later
_batched: set[tuple[str, str]] = set()


def _strings_in(value, depth: int = 0):
    """The strings of a test parameter, also inside tuples, lists and dicts (a case table's rows)."""
    if isinstance(value, str):
        yield value
    elif depth < 3 and isinstance(value, (tuple, list)):
        for part in value:
            yield from _strings_in(part, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for part in value.values():
            yield from _strings_in(part, depth + 1)


def _looks_like_text(value: str) -> bool:
    # the expected values of a case table are strings too ("EUR", "missile"): harmless in a batch, but not worth it
    return len(value) >= 20 and " " in value


def remember_collected_texts(items) -> None:
    """Note the texts of each collected test module's tests (conftest's collection hook calls this)."""
    for item in items:
        cases = _cases_by_module.setdefault(item.nodeid.split("::", 1)[0], set())
        callspec = getattr(item, "callspec", None)
        if callspec is not None:
            strings = [s for value in callspec.params.values() for s in _strings_in(value)]
            dates = {s for s in strings if PUBLISHED_PARAMETER.fullmatch(s)}
            published = dates.pop() if len(dates) == 1 else None
            cases.update((s, published) for s in strings if _looks_like_text(s))
        # ... and the texts a test body writes out: its string constants (Python joins adjacent literals into one)
        function = getattr(item, "function", None)
        code = getattr(function, "__code__", None)
        if code is not None:
            cases.update((s, None) for s in code.co_consts if isinstance(s, str) and _looks_like_text(s))


def set_current_module(module: str | None) -> None:
    global _current_module
    _current_module = module


def articles_frame(cases: list[tuple[str, str]], title: str = "") -> pl.DataFrame:
    """Articles in the extractor's input shape, one per (text, publication time), ids b0, b1, ..."""
    return pl.DataFrame(
        {
            "article_id": [f"b{i}" for i in range(len(cases))],
            "source": ["test"] * len(cases),
            "published_at": [dt.datetime.fromisoformat(published.replace("Z", "+00:00")) for _, published in cases],
            "title": [title] * len(cases),
            "text": [text for text, _ in cases],
        },
        schema=ARTICLE_SCHEMA,
    )


def _extractor(stage: str):
    """The extraction a stage names: "all" is `extract_facts` (with the article-level de-duplication), "strikes",
    "casualties" and "aid" one family's rules over the split sentences."""
    # imported here: conftest's collection hook imports this module, and a run of the pipeline tests alone need not
    # load the rules
    from pipelines.extract.aid import extract_aid
    from pipelines.extract.casualties import extract_casualties
    from pipelines.extract.facts import extract_facts
    from pipelines.extract.sentences import split_sentences
    from pipelines.extract.strikes import extract_strikes

    families = {"strikes": extract_strikes, "casualties": extract_casualties, "aid": extract_aid}
    if stage == "all":
        return extract_facts
    return lambda articles: families[stage](split_sentences(articles))


def extract_each(cases: list[tuple[str, str]], title: str = "", stage: str = "all") -> list[pl.DataFrame]:
    """The facts of each (text, publication time) as its own article, from one call of the stage's extraction;
    each under article_id "t1"."""
    facts = _extractor(stage)(articles_frame(cases, title))
    by_article = {key[0]: part for key, part in facts.partition_by("article_id", as_dict=True).items()}
    empty = facts.clear()
    return [
        by_article.get(f"b{i}", empty).with_columns(pl.lit("t1", dtype=facts.schema["article_id"]).alias("article_id"))
        for i in range(len(cases))
    ]


def article_facts(
    text: str, published: str = DEFAULT_PUBLISHED, title: str = "", article_id: str = "t1", stage: str = "all"
) -> pl.DataFrame:
    """What the stage's extraction (`extract_facts` for "all") gives for one article of `text`, served from its test
    module's batch."""
    key = (stage, text, published, title)
    if key not in _facts:
        batch = {(text, published)}
        if _current_module is not None and (stage, _current_module) not in _batched:
            _batched.add((stage, _current_module))
            batch |= {(t, p or published) for t, p in _cases_by_module.get(_current_module, ())}
        batch = sorted(case for case in batch if (stage, *case, title) not in _facts)
        for (one, date), facts in zip(batch, extract_each(batch, title, stage), strict=True):
            _facts[(stage, one, date, title)] = facts
    facts = _facts[key]
    if article_id != "t1":
        facts = facts.with_columns(pl.lit(article_id, dtype=facts.schema["article_id"]).alias("article_id"))
    return facts


STRIKE_TYPES = ("launched", "intercepted", "lost")


def strike_tuples(text: str, published: str, types: tuple[str, ...] = STRIKE_TYPES) -> set[tuple]:
    """(fact_type, count, attacker, weapon_class) of the strike facts of `types` in one article of `text`."""
    return {
        (r["fact_type"], r["count"], r["attacker"], r["weapon_class"])
        for r in article_facts(text, published).iter_rows(named=True)
        if r["fact_type"] in types
    }


def placed_tuples(text: str, published: str) -> set[tuple]:
    """(fact_type, count, place) of the launched and intercepted facts in one article of `text`."""
    return {
        (r["fact_type"], r["count"], r["place"])
        for r in article_facts(text, published).iter_rows(named=True)
        if r["fact_type"] in ("launched", "intercepted")
    }
