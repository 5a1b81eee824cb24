"""The actors a sentence names are found the same way on the fast path (ASCII word endings) as with the full
Unicode pattern (`actors._all_actors_named`)."""

from __future__ import annotations

import polars as pl

from pipelines.extract.actors import (
    ATTRIBUTION_LEVELS, SPEAKER_SNIPPETS, _all_actors_named, actor_pattern, attribution_expr,
)

SENTENCES = [
    "Ukraine's air force said it shot down 40 of 45 drones, Air Force spokesman Yuriy Ihnat said.",
    "Ukraine’s air defences destroyed 12 missiles, the General Staff said.",
    "The Russian Defence Ministry said air defences downed 20 drones over the Belgorod region.",
    "President Zelenskyy’s office said the head of the Kherson region reported two people killed.",
    # a stem ending or a "_" word that reads on past ASCII: only the Unicode pattern may read these
    "Zaluzhnyié said the Russian defenсe ministry lied.",
    "the head of the Khersоn region said",
    "the head of the \u212aherson region said",
    "ZELENSKY SAID SO — the MINISTRY OF DEFENCE agreed",
    "No actor here at all.",
    "",
    None,
]


def test_fast_path_finds_the_same_actors():
    frame = pl.DataFrame({"sentence": SENTENCES}, schema={"sentence": pl.String})
    unicode = frame.select(pl.col("sentence").str.extract_all(actor_pattern())).to_series()
    fast = frame.select(_all_actors_named(pl.col("sentence"))).to_series()
    assert fast.to_list() == unicode.to_list()
    # the Unicode endings read on: "defenсe" with a Cyrillic "с" is one word
    assert "Russian defenсe ministry" in fast[4]


def test_ascii_words_pattern_differs_only_in_its_word_classes():
    assert actor_pattern(ascii_words=True).replace("[[:word:]]*", r"\w*").replace("[:word:]", r"\w") == actor_pattern()


def _unicode_attribution(text: pl.Expr) -> pl.Expr:
    """attribution_expr with the Unicode patterns only (no fast path)."""
    speakers = text.str.extract_all(SPEAKER_SNIPPETS).list.join(" | ")
    named = text.str.extract_all(actor_pattern()).list.join(" | ")

    def level_of(words: pl.Expr) -> pl.Expr:
        expr = pl.lit(None, dtype=pl.String)
        for level in reversed(ATTRIBUTION_LEVELS):
            expr = pl.when(words.str.contains(actor_pattern(level))).then(pl.lit(level)).otherwise(expr)
        return expr

    return pl.coalesce(level_of(speakers), level_of(named))


def test_attribution_fast_path_gives_the_unicode_levels():
    frame = pl.DataFrame({"sentence": SENTENCES}, schema={"sentence": pl.String})
    expected = frame.select(_unicode_attribution(pl.col("sentence"))).to_series().to_list()
    assert frame.select(attribution_expr(pl.col("sentence"))).to_series().to_list() == expected
    # ... also in a frame without a non-ASCII letter or digit (the Unicode patterns are then never read)
    ascii_only = frame.filter(~pl.col("sentence").fill_null("").str.contains(r"[\w&&[^\x00-\x7F]]"))
    assert ascii_only.height < frame.height
    expected = ascii_only.select(_unicode_attribution(pl.col("sentence"))).to_series().to_list()
    assert ascii_only.select(attribution_expr(pl.col("sentence"))).to_series().to_list() == expected
    assert "national_official" in expected and "political" in expected
