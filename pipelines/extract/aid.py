"""Aid to Ukraine: money committed, pledged, contracted or given (FACTS.md `aid`).

Every money mention (`money.find_money_mentions`) is a candidate. It becomes
a fact when

* its sentence speaks of aid (package, pledged, assistance, weapons, ...), and
  either names Ukraine or belongs to an article that does so in an aid
  sentence ("Of that sum, 2.8 billion crowns is for humanitarian relief");
* the words around it do not make it other money: budgets, GDP, losses,
  damage, cost estimates, reserves, prices, salaries, a country's spending on
  its own defence;
* it is not aid to another country or conflict (Israel, Taiwan, ...), and the
  nearest actor before it is not Russia or its allies;
* its currency is known and is not the rouble, and it is at least 1,000.

Each mention is read in its clause: the text since the previous amount
(`before`) and up to the next one (`after`). The clause gives the qualifier
("more than", "up to"), the scope ("so far", "since the invasion" ->
cumulative; "this year", "over five years" -> period), the date, the aid type
and the recipient. The donor is the nearest country or organisation before
the amount (`lexicon/donors.csv`), else the first one after it, else the
donor of the article's previous aid figure; a figure nobody gives is dropped
(Ukraine's own contracts and budget read like aid otherwise).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import polars as pl

from pipelines.extract.dates import date_ref_expr, ref_to_date
from pipelines.extract.money import (
    add_conversions,
    ascii_regex,
    find_money_mentions,
    same_group_as_previous,
    split_on_matches,
)
from pipelines.extract.schema import conform, empty_facts

LEXICON_DIR = Path(__file__).parent / "lexicon"

_I = "(?i)"
AID_WORDS = ascii_regex(
    _I + r"\b(?:aid|assistance|support|package|packages|pledg\w*|provid\w*|give|gives|given|gave|giving|grants?"
    r"|donat\w*|contribut\w*|funds?|funding|financing|financed|tranche|drawdowns?|weapons|arms|ammunition|munitions"
    r"|shells|equipment|military|humanitarian|relief|air[- ]defen[cs]e|reimburs\w*|contracts?|orders|allocat\w*"
    r"|earmark\w*|commit\w*|approv\w*|unveil\w*|loans?|help|helps|helping|deliver\w*|send|sends|sent|sending"
    r"|suppl(?:y|ies|ied)|backing|deliveries|receiv\w*|disburs\w*|transferr?\w*)\b"
)
UKRAINE = ascii_regex(r"\b(?:Ukrain\w*|Kyiv|Kiev|Zelensk\w*)\b")
# Money that is not aid, read in the clause around the amount.
NOT_AID = ascii_regex(
    _I + r"\b(?:GDP|gross domestic|economy|economic output|loss|losses|damage\w*|reserves|prices?|priced|costs?"
    r"|costing|salar\w*|wages?|pensions?|revenues?|exports?|imports?|spending|spend|own defen[cs]e|deficit|debts?"
    r"|bonds?|inflation|interest rates?|exchange rates?|per (?:dollar|euro)|turnover|shares|stock market"
    r"|fines?|fined|bribes?|bribery|embezzl\w*|needs|need|estimates?|estimated|valued at|expenditures?|sale"
    r"|ransom|smuggl\w*|budget|budgets|market|sales|sold|bought|reconstruction costs?|sanction\w*|confiscat\w*)\b"
)
# Aid wordings that contain one of those words; blanked out before the test.
AID_PHRASES = ascii_regex(_I + r"\b(?:budget support|budget assistance|export finance|export credits?)\b")
# The amount is itself the assets ("€200 billion in frozen Russian assets"),
# as opposed to a loan repaid from their profits, which is aid.
AMOUNT_OF_ASSETS = ascii_regex(_I + r"^\W*(?:in|of|worth of)\s+(?:[a-z'’-]+\s+){0,4}assets\b")
OTHER_RECIPIENTS = ascii_regex(
    r"\b(?:Israel\w*|Taiwan\w*|Gaza\w*|Palestin\w*|Armenia\w*|Azerbaijan\w*|Sudan\w*|Yemen\w*|Houthi\w*|Syria\w*"
    r"|Leban\w*|Haiti\w*|Afghan\w*|Iraq\w*|Jordan\w*|Egypt\w*|Moldova\w*|Kosovo\w*|Serbia\w*|Somali\w*|Niger"
    r"|Libya\w*|Venezuela\w*|Myanmar)\b"
)
MIN_AMOUNT = 1_000
# Currencies an aid figure to Ukraine is never given in.
NOT_AID_CURRENCIES = ("RUB", "BYN")

_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th)"
    r"|largest|biggest|highest|smallest|latest|most\s+\w+)"
)
# "Sweden's tenth since the invasion", "the largest since the start of the
# war": a "since" that ranks the package, not a running total.
RANKING_SINCE = ascii_regex(_I + rf"\b{_ORDINAL}\b[^.;]{{0,60}}?\bsince\b")
CUMULATIVE = ascii_regex(
    _I + r"\b(?:so far|to date|thus far|already|(?:stand|stands|stood) at"
    r"|total (?:\w+ )?(?:commitments?|aid|assistance|support|contributions?|pledges?|allocations?)"
    r"|(?:brings?|brought|raises?|raised|takes?|took|lifts?|lifted) (?:the|its|their|his|her) total"
    r"|cumulative\w*|since (?:the )?(?:start|beginning|outbreak|onset)"
    r"|since (?:[A-Za-z0-9_'’-]+ ){0,4}?(?:invasion|aggression|war began|war started|war broke out)"
    r"|since (?:(?:early |late )?(?:January|February|March|Feb\.?) )?(?:2014|2022)|since \w+'s inauguration"
    r"|since (?:the )?(?:war|conflict) (?:began|started|broke out)|between \w+ (?:19|20)\d\d and)\b"
)
PERIOD = ascii_regex(
    _I + r"\b(?:this year|next year|last year|per year|each year|every year|a year|annual\w*|yearly"
    r"|per month|a month|each month|every month|monthly|over (?:the )?(?:next |coming )?(?:\w+ )?years"
    r"|(?:19|20)\d\d\s*(?:to|-|–|through|and)\s*(?:19|20)\d\d|for (?:19|20)\d\d|(?:19|20)\d\d budget"
    r"|(?:multi|two|three|four|five|six|seven|eight|nine|ten|\d+)-year)\b"
)
# "The United States has provided $44 billion": a running total, unless a
# period cue says it is this year's ("has provided £2.3 bn ... this year").
# Pledges and announcements in the perfect ("has pledged") are new events.
PERFECT_TOTAL = ascii_regex(
    _I + r"\b(?:has|have|had)(?: \w+)? (?:provided|given|sent|spent|contributed|delivered|donated|transferred)\b"
)
NOT_PERIOD = ascii_regex(_I + r"\b(?:a|last) year ago\b")
# "in 2024", "for 2025": a calendar year's budget when the year is not over
# at publication ("the fund, set up in 2022," is no period)
CALENDAR_YEAR = ascii_regex(_I + r"\b(?:in|for|during|throughout|over) ((?:19|20)\d\d)\b")
AT_LEAST = ascii_regex(_I + r"\b(?:more than|over|at least|in excess of|upwards of|above|exceeding|no less than)\s*$")
APPROX = ascii_regex(
    _I + r"\b(?:about|around|roughly|some|nearly|almost|approximately|approx\.|close to|an estimated|circa"
    r"|an? (?:roughly|approximately))\s*$"
)
AT_MOST = ascii_regex(_I + r"\b(?:up to|as much as|a maximum of|no more than|at most|not more than|a ceiling of)\s*$")
AID_TYPES = (
    ("ammunition", _I + r"\b(?:ammunition|shells|munitions|artillery rounds|rounds)\b"),
    ("military", _I + r"\b(?:military|weapons|arms|air[- ]defen[cs]e|security assistance|drawdowns?|tanks|armou?red"
     r"|defen[cs]e equipment|missiles|howitzers|artillery)\b"),
    ("humanitarian", _I + r"\b(?:humanitarian|relief|civilian|demining|energy|power|shelter|food|medical)\b"),
    ("financial", _I + r"\b(?:financial|budget support|macro-financial|loans?|grants?|financing|budget)\b"),
)
AID_TYPES = tuple((name, ascii_regex(pattern)) for name, pattern in AID_TYPES)
_ALLIES = r"(?:European|NATO|other|its|their) (?:allies|countries|partners)"
# "earmarked for European allies": money for third countries that backfill donations
ALLIES_FIRST = ascii_regex(_I + rf"^(.*?)\bfor {_ALLIES}\b")
UKRAINE_AND_ALLIES = ascii_regex(_I + rf"\bfor Ukraine and (?:for )?{_ALLIES}\b")
MAY_NAME_A_DAY = ascii_regex(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday"
    r"|overnight|night|today|tonight|this morning)"
)
DONOR_CURRENCIES = {"Norway": "NOK", "Sweden": "SEK", "Denmark": "DKK", "Iceland": "ISK", "Czech Republic": "CZK"}


def load_donors() -> pl.DataFrame:
    """`lexicon/donors.csv`: surface, donor (null for neutral phrases), gives_aid."""
    with open(LEXICON_DIR / "donors.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    return pl.DataFrame(
        {
            "surface": [r["surface"] for r in rows],
            "donor": [r["donor"] or None for r in rows],
            "gives_aid": [r["gives_aid"].strip().lower() == "true" for r in rows],
        }
    ).unique("surface", keep="first", maintain_order=True)


DONORS = load_donors()


def _whole_word(surface: str) -> str:
    # \b only where the surface starts/ends with a word character: "U.S." ends
    # with a dot, after which a space is no word boundary
    start = r"\b" if re.match(r"\w", surface) else ""
    end = r"\b" if re.search(r"\w$", surface) else ""
    return start + re.escape(surface) + end


# Longest first so "Russia's full-scale invasion" is read before "Russia".
DONOR_PATTERN = ascii_regex(
    "|".join(_whole_word(surface) for surface in sorted(DONORS["surface"].to_list(), key=len, reverse=True))
)


def _donor_hits(sentences: pl.DataFrame) -> pl.DataFrame:
    """Every donor-lexicon hit in the sentences with its character span and lexicon entry."""
    group = ["article_id", "sentence_idx"]
    return (
        split_on_matches(sentences, DONOR_PATTERN, group)
        .join(DONORS, left_on="match", right_on="surface", how="inner")
        .select(*group, pl.col("match_start").alias("hit_start"), pl.col("match_end").alias("hit_end"),
                "donor", "gives_aid")
    )


def _nearest_donors(mentions: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """Per mention: the nearest donor hit before it (and whether it gives aid), and the first giver after it."""
    group = ["article_id", "sentence_idx"]
    key = [*group, "mention_idx"]
    hits = _donor_hits(sentences)
    spans = mentions.select(*key, "mention_start", "mention_end")
    # a hit inside a money mention ("US" of "US$24.5 million") is no actor
    inside = (
        hits.join(spans, on=group)
        .filter((pl.col("hit_start") >= pl.col("mention_start")) & (pl.col("hit_start") < pl.col("mention_end")))
        .select(*group, "hit_start")
        .unique()
    )
    hits = hits.join(inside, on=[*group, "hit_start"], how="anti").filter(pl.col("donor").is_not_null())
    pairs = spans.join(hits, on=group)
    before = (
        pairs.filter(pl.col("hit_end") <= pl.col("mention_start"))
        .group_by(key)
        .agg(
            pl.col("donor").sort_by("hit_start").last().alias("donor_before"),
            pl.col("gives_aid").sort_by("hit_start").last().alias("before_gives_aid"),
        )
    )
    after = (
        pairs.filter((pl.col("hit_start") >= pl.col("mention_end")) & pl.col("gives_aid"))
        .group_by(key)
        .agg(pl.col("donor").sort_by("hit_start").first().alias("donor_after"))
    )
    return (
        mentions.join(before, on=key, how="left", maintain_order="left")
        .join(after, on=key, how="left", maintain_order="left")
    )


def _clauses(mentions: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """The mentions (in text order) with their sentence and the clause around each:
    `before` (since the previous amount of the sentence), `after` (up to the next one)."""
    group = ["article_id", "sentence_idx"]
    frame = mentions.join(
        sentences.select(*group, "published_date", "sentence", "sentence_start", "sentence_end"),
        on=group, how="left", maintain_order="left",
    )
    same_as_next = pl.lit(True)
    for column in group:
        same_as_next = same_as_next & (pl.col(column) == pl.col(column).shift(-1)).fill_null(False)
    previous_end = pl.when(same_group_as_previous(group)).then(pl.col("mention_end").shift(1)).otherwise(0)
    next_start = (
        pl.when(same_as_next).then(pl.col("mention_start").shift(-1)).otherwise(pl.col("sentence").str.len_chars())
    )
    return (
        frame.with_columns(previous_end.alias("_prev_end"), next_start.alias("_next_start"))
        .with_columns(
            pl.col("sentence").str.slice(pl.col("_prev_end"), pl.col("mention_start") - pl.col("_prev_end"))
            .alias("before"),
            pl.col("sentence").str.slice(pl.col("mention_end"), pl.col("_next_start") - pl.col("mention_end"))
            .alias("after"),
        )
        .with_columns((pl.col("before") + " " + pl.col("mention") + " " + pl.col("after")).alias("clause"))
        .drop("_prev_end", "_next_start")
    )


def _first_match(patterns: tuple[tuple[str, str], ...], text: pl.Expr) -> pl.Expr:
    expr = pl.lit(None, dtype=pl.String)
    for name, pattern in reversed(patterns):
        expr = pl.when(text.str.contains(pattern)).then(pl.lit(name)).otherwise(expr)
    return expr


def _add_clause_dates(frame: pl.LazyFrame) -> pl.LazyFrame:
    """`event_date` from the best date reference of the clause (dates.py rules), else the publication day."""
    # Most clauses name no day at all: they take the publication day without
    # running the date rules (a cheap test for any month, weekday or relative word).
    may_name_a_day = pl.col("clause").str.contains(MAY_NAME_A_DAY)
    dated = (
        frame.filter(may_name_a_day)
        # the reference is materialised first: ref_to_date reads it many times
        .with_columns(date_ref_expr(pl.col("clause"), pick="best").alias("_date_ref"))
        .with_columns(
            pl.coalesce(ref_to_date(pl.col("_date_ref"), pl.col("published_date")), pl.col("published_date"))
            .alias("event_date")
        )
        .drop("_date_ref")
    )
    undated = frame.filter(~may_name_a_day).with_columns(pl.col("published_date").alias("event_date"))
    return pl.concat([dated, undated], how="vertical")


def extract_aid(sentences: pl.DataFrame) -> pl.DataFrame:
    """Aid facts (FACT_SCHEMA) in the sentence frame of `split_sentences`."""
    mentions = find_money_mentions(sentences)
    if mentions.is_empty():
        return empty_facts()
    group = ["article_id", "sentence_idx"]
    with_money = sentences.join(mentions.select(group).unique(), on=group, how="semi")
    # frames stay in text order (article, sentence, mention) from here on:
    # the clause windows and the donor carried forward rely on it
    frame = _nearest_donors(_clauses(mentions, with_money), with_money)

    clause = pl.col("clause")
    sentence = pl.col("sentence")
    aid_sentence = sentence.str.contains(AID_WORDS)
    other_money = clause.str.replace_all(AID_PHRASES, " ").str.contains(NOT_AID) | pl.col("after").str.contains(
        AMOUNT_OF_ASSETS
    )
    other_recipient = clause.str.contains(OTHER_RECIPIENTS) | (
        sentence.str.contains(OTHER_RECIPIENTS) & ~clause.str.contains(UKRAINE)
    )
    adversary_money = pl.col("donor_before").is_not_null() & ~pl.col("before_gives_aid").fill_null(True)
    clean = aid_sentence & ~other_money & ~other_recipient & ~adversary_money
    # The article is about aid to Ukraine when one of its sentences speaks of
    # aid and names Ukraine; then an aid sentence that does not ("Of that
    # sum, ...", "Sweden's tenth package was worth ...") still counts.
    anchored_articles = sentences.filter(
        pl.col("sentence").str.contains(UKRAINE) & pl.col("sentence").str.contains(AID_WORDS)
    ).select("article_id").unique()

    frame = (
        frame.join(anchored_articles, on="article_id", how="semi", maintain_order="left")
        # below a thousand it is a price or a misread range ("$1-2 billion"), not a package
        .filter(clean & (pl.col("amount") >= MIN_AMOUNT))
        .with_columns(pl.coalesce("donor_before", "donor_after").alias("_own_donor"))
    )
    # "Of that sum, 2.8 billion crowns ..." names no donor: it is the donor of
    # the article's previous figure (carried down the rows, not across articles)
    carried_donor = pl.col("_own_donor").forward_fill()
    carried_from = pl.when(pl.col("_own_donor").is_not_null()).then(pl.col("article_id")).forward_fill()
    frame = (
        frame.with_columns(pl.when(carried_from == pl.col("article_id")).then(carried_donor).alias("donor"))
        .with_columns(
            pl.coalesce(
                pl.col("currency"),
                pl.col("donor").replace_strict(DONOR_CURRENCIES, default=None, return_dtype=pl.String),
            ).alias("currency")
        )
        # no currency, or no one to give it (Ukraine's own spending reads like aid otherwise)
        .filter(
            pl.col("currency").is_not_null()
            & ~pl.col("currency").is_in(NOT_AID_CURRENCIES)
            & pl.col("donor").is_not_null()
        )
        # the same amount repeated in one article is one fact: keep its first statement
        .unique(["article_id", "currency", "amount"], keep="first", maintain_order=True)
    )

    ranked_clause = clause.str.replace_all(RANKING_SINCE, " ")
    before = pl.col("before")
    frame = frame.with_columns(
        pl.lit("aid").alias("fact_type"),
        pl.when(ranked_clause.str.contains(CUMULATIVE)).then(pl.lit("cumulative"))
        .when(clause.str.replace_all(NOT_PERIOD, " ").str.contains(PERIOD)).then(pl.lit("period"))
        .when(
            clause.str.extract(CALENDAR_YEAR, 1).cast(pl.Int32, strict=False)
            >= pl.col("published_date").dt.year().cast(pl.Int32)
        ).then(pl.lit("period"))
        .when(before.str.contains(PERFECT_TOTAL)).then(pl.lit("cumulative"))
        .otherwise(pl.lit("event")).alias("scope"),
        pl.when(before.str.contains(AT_LEAST)).then(pl.lit("at_least"))
        .when(before.str.contains(APPROX)).then(pl.lit("approx"))
        .when(before.str.contains(AT_MOST)).then(pl.lit("at_most"))
        .otherwise(pl.lit("exact")).alias("qualifier"),
        pl.when(pl.col("after").str.contains(UKRAINE_AND_ALLIES)).then(pl.lit("Ukraine and European allies"))
        .when(~pl.col("after").str.extract(ALLIES_FIRST, 1).str.contains(UKRAINE))
        .then(pl.lit("European allies"))
        .otherwise(pl.lit("Ukraine")).alias("recipient"),
        pl.coalesce(_first_match(AID_TYPES, pl.col("after")), _first_match(AID_TYPES, clause)).alias("aid_type"),
        pl.col("sentence").alias("evidence"),
        pl.col("sentence_start").alias("evidence_start"),
        pl.col("sentence_end").alias("evidence_end"),
    )
    facts = _add_clause_dates(frame.lazy()).collect().sort("article_id", "sentence_idx", "mention_idx")
    return conform(add_conversions(facts, date_column="published_date"))
