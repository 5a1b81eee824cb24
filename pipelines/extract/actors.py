"""Who speaks for a figure, and for which side: one actor list (lexicon/actors.csv) for both.

Every actor has a surface form in plain words, a side (UA, RU, BY or none) and an attribution level; a named
regional official also the region they speak for (`official_regions_expr`).
`attribution_expr` reads the level a sentence credits its figures to; the strike rules read the side
(a side's own military reporting downings means the other side attacked, see strikes.py).
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

import polars as pl

from pipelines.extract.numbers import ascii_bounds

LEXICON = Path(__file__).parent / "lexicon"

# attribution levels, most authoritative first (schema.py documents them)
ATTRIBUTION_LEVELS = ("national_official", "regional_official", "political", "monitoring", "media")
# a figure's speaker: the actor right before a reporting verb, or after "according to" / "said"
# "put the number at", "estimated": the speaker names its own figure
REPORTING_VERBS = (
    r"(?:said|says|say|reported|reports|report|wrote|writes|announced|stated|told|confirmed|added|claimed|noted"
    r"|put|puts|estimated|estimates|posted)"
)


@lru_cache(maxsize=1)
def actors() -> pl.DataFrame:
    """lexicon/actors.csv: surface form, side (UA/RU/BY or empty), attribution level, region (or empty)."""
    with open(LEXICON / "actors.csv", newline="") as handle:
        rows = [row for row in csv.DictReader((line for line in handle if not line.startswith("#")), restval="")]
    return pl.DataFrame(
        rows, schema={"surface": pl.String, "side": pl.String, "level": pl.String, "region": pl.String}
    )


def actor_regex(surface: str, ascii_words: bool = False) -> str:
    """A plain-word surface form as a case-insensitive whole-word regex (no groups).

    Spaces and hyphens match any run of spaces or hyphens, an apostrophe either kind, a word
    ending in "*" any ending, and a lone "_" any one word: "commander-in-chief" also reads "commander in
    chief", "defen*" defence/defense, "head of the _ region" the head of the Kherson region.
    `ascii_words`: those endings and words of ASCII word characters only (`_all_actors_named`).
    """
    # (the class [:word:] is ASCII in any mode)
    word = "[:word:]" if ascii_words else r"\w"
    ending = "[[:word:]]*" if ascii_words else r"\w*"
    parts = []
    for text in re.split(r"[\s-]+", surface.strip()):
        if text == "_":
            parts.append("[A-Za-z][" + word + "'’]*")
            continue
        stem = text.endswith("*")
        parts.append(re.escape(text.rstrip("*")).replace("'", "['’]") + (ending if stem else ""))
    return r"\b" + r"[\s-]+".join(parts) + ("" if surface.endswith("*") else r"\b")


@lru_cache(maxsize=1)
def _official_regions() -> tuple[str, str, dict[str, str]]:
    """The actors the list gives a region: one alternation of their surface forms, the stems of those that end in "*",
    and each form's region keyed by its words in lower case ("moscow's mayor" -> moscow, "razvozha" -> sevastopol)."""
    rows = actors().filter(pl.col("region") != "")
    surfaces = rows["surface"].to_list()
    pattern = ascii_bounds("(?i)(?:" + "|".join(actor_regex(surface, ascii_words=True) for surface in surfaces) + ")")
    stems = [_surface_key(surface.rstrip("*")) for surface in surfaces if surface.endswith("*")]
    regions = {_surface_key(surface.rstrip("*")): region for surface, region in rows.select("surface", "region").iter_rows()}
    return pattern, "|".join(re.escape(stem) for stem in stems), regions


def _surface_key(words: str) -> str:
    return re.sub(r"[\s-]+", " ", words.strip().lower()).replace("’", "'")


def official_regions_expr(text: pl.Expr) -> pl.Expr:
    """The regions of the regional officials `text` names by name ("Kiper said" -> odesa), a list (one pass of one
    pattern; the names found are looked up)."""
    pattern, stems, regions = _official_regions()
    key = pl.element().str.to_lowercase().str.replace_all(r"[\s-]+", " ").str.replace_all("’", "'", literal=True)
    if stems:
        key = key.str.replace(rf"^({stems})\w*$", "${1}")
    return (
        text.str.extract_all(pattern)
        .list.eval(key.replace_strict(regions, default=None, return_dtype=pl.String))
        .list.drop_nulls()
        .list.unique()
    )


@lru_cache(maxsize=None)
def actor_pattern(level: str | None = None, sides: tuple[str, ...] | None = None, ascii_words: bool = False) -> str:
    """One alternation of the actors of `level` (all levels when None) and of `sides` (any when None)."""
    rows = actors()
    if level is not None:
        rows = rows.filter(pl.col("level") == level)
    if sides is not None:
        rows = rows.filter(pl.col("side").is_in(list(sides)))
    return ascii_bounds("(?i)(?:" + "|".join(actor_regex(surface, ascii_words) for surface in rows["surface"]) + ")")


# Where a speaker can stand: the few words before a reporting verb, after "according to", or after a
# reporting verb that ends its clause ("..., said the air force."). Only these snippets are then matched
# against the actors, so the long actor alternation never runs inside a repetition (which is slow).
# Words only, no figures: "the air force destroyed 40 drones, Zelensky said" credits Zelensky.
SPEAKER_SNIPPETS = ascii_bounds(
    rf"(?i)(?:[A-Za-z'’.-]+[\s,]+){{1,6}}{REPORTING_VERBS}\b"
    r"|\baccording\s+to\s+(?:[A-Za-z'’-]+[\s,]+){0,5}[A-Za-z'’-]+"
    rf"|\b{REPORTING_VERBS}\s+(?:[A-Za-z'’-]+\s+){{0,5}}[A-Za-z'’-]+\s*(?:[.,;:)]|$)"
)


def attribution_expr(text: pl.Expr) -> pl.Expr:
    """Who the sentence credits its figures to: one of ATTRIBUTION_LEVELS, or null when it does not say.

    The speaker wins (an actor before "said", after "according to"): "Zelensky said the air force
    downed 40" is political. Failing a speaker, the most authoritative actor the sentence names.
    Levels are tried most authoritative first in both steps.
    """
    # two passes over the sentence find the speakers and the actors; the levels are then read off
    # those few words (cheap), most authoritative first
    speakers = text.str.extract_all(SPEAKER_SNIPPETS).list.join(" | ")
    unicode_words = text.str.contains(_NON_ASCII_WORD_CHAR)
    named = _all_actors_named(text, unicode_words).list.join(" | ")
    return pl.coalesce(_level_of(speakers, unicode_words), _level_of(named, unicode_words))


# a letter or digit outside ASCII ("é", a Cyrillic "с" typed into an English word); curly quotes and dashes are none
_NON_ASCII_WORD_CHAR = r"[\w&&[^\x00-\x7F]]"


def _all_actors_named(text: pl.Expr, unicode_words: pl.Expr | None = None) -> pl.Expr:
    r"""`text.str.extract_all(actor_pattern())`, computed fast.

    Finding the matches of the whole actor alternation, case-insensitive, with Unicode `\w` in its stems
    ("defen*", "zelensk*"), takes the regex engine's slow path: about 0.2 ms a sentence, half the strike
    rules' time on a 10,000-article batch. With ASCII `\w` it is a hundred times faster, and the matches are
    the same in every text without a non-ASCII letter or digit (the only characters the two classes tell
    apart; case-insensitive Unicode matching adds only such letters too, "K" KELVIN SIGN, "ſ"). Those few
    texts keep the Unicode pattern. Each branch reads only its own rows (the other's are null). `unicode_words`:
    where `text` has such a letter or digit, when the caller has it.
    """
    if unicode_words is None:
        unicode_words = text.str.contains(_NON_ASCII_WORD_CHAR)
    return pl.coalesce(
        _only_if_any(unicode_words, pl.when(unicode_words).then(text).str.extract_all(actor_pattern())),
        pl.when(~unicode_words).then(text).str.extract_all(actor_pattern(ascii_words=True)),
    )


def _level_of(words: pl.Expr, unicode_words: pl.Expr) -> pl.Expr:
    """The most authoritative level of the actors in `words` (read from a text, `unicode_words` where it has a
    non-ASCII letter or digit): the ASCII patterns wherever the text has none, as in `_all_actors_named`."""
    return pl.coalesce(
        _only_if_any(unicode_words, _first_level(pl.when(unicode_words).then(words), ascii_words=False)),
        _first_level(pl.when(~unicode_words).then(words), ascii_words=True),
    )


def _first_level(words: pl.Expr, ascii_words: bool) -> pl.Expr:
    expr = pl.lit(None, dtype=pl.String)
    for level in reversed(ATTRIBUTION_LEVELS):
        pattern = actor_pattern(level, ascii_words=ascii_words)
        expr = pl.when(words.str.contains(pattern)).then(pl.lit(level)).otherwise(expr)
    return expr


def _only_if_any(condition: pl.Expr, expr: pl.Expr) -> pl.Expr:
    """`expr` where `condition` holds, null elsewhere; not evaluated at all when it holds nowhere (a when/then whose
    condition holds on no row does not evaluate its branch): the Unicode patterns are compiled again for every batch,
    about 30 ms, and most batches of sentences have no letter they are needed for."""
    return pl.when(condition).then(expr)
