"""Split article texts into sentences, once, as a polars frame.

Every rule downstream works on this frame, so sentence boundaries and
character offsets are decided in one place. Offsets are in characters of the
article text, so `text[sentence_start:sentence_end] == sentence` holds.
"""

import re

import polars as pl

from pipelines.extract.dates import add_entry_days, add_story_days
from pipelines.extract.frames import ENGINE

# Abbreviations whose full stop does not end a sentence. Their dots are swapped
# for a same-width placeholder while boundaries are found, then put back; only
# where the abbreviation is a word of its own ("est." but not "largest.").
ABBREVIATIONS = (
    "U.S.", "U.K.", "U.N.", "E.U.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.",
    "Col.", "Maj.", "Sgt.", "Capt.", "Adm.", "Sen.", "Rep.", "Gov.", "Pres.",
    "St.", "No.", "vs.", "e.g.", "i.e.", "approx.", "est.", "Jan.", "Feb.",
    "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Inc.",
    "Corp.", "Ltd.", "Co.", "a.m.", "p.m.", "mil.", "mln.", "mld.",
)
_DOT_STANDIN = "\u2024"  # ONE DOT LEADER: one character, like "."
_BOUNDARY = "\u2029"  # PARAGRAPH SEPARATOR: one character, like the space it replaces
# A sentence ends at . ! or ? (plus closing quotes or brackets) followed by
# whitespace and a capital, digit or opening quote, or a currency sign that opens
# the next sentence on its amount ("... in aid to Ukraine. €235 million will go to ...").
_BOUNDARY_PATTERN = r"([.!?][\"'”’)\]]*)[ \t]+([\"'“‘(\[]?[A-Z0-9€$£¥₴])"
# A line break inside a paragraph also ends a sentence, unless the next line is an item of a
# list (a dash or bullet): "attacked with 58 means of air attack:\n– 41 Kh-101 ...;\n– 17 ..."
# stays one sentence, so its items share the header's verb, attacker and night.
_LINE_BOUNDARY_PATTERN = r"\n([ \t]*[^\s\-–—•*·])"
# ... but a bullet after a line that ends a sentence is a sentence of its own: the items of a "key events"
# round-up or a newsletter ("• Russia launched 90 drones ... .\n• In Gaza, 27 were killed ...") each have
# their own figures and their own war
_BULLET_AFTER_SENTENCE_PATTERN = r"([.!?][\"'”’)\]]*[ \t]*)\n([ \t]*[-–—•*·])"
# ... and so is a headline-style bullet (a capital, no closing stop) after another: "• Russia launches 90
# drones at Ukraine\n• Israel strikes Gaza, killing 27". A tally's items stay together: they follow a line
# that ends in a colon, semicolon or comma, or end in their figure after a dash or colon ("– Kh-101 cruise
# missiles – 41"); a headline may end in its own figure ("killing 27").
# (the paragraph's first line and the others in two patterns: "(?:^|\n)" in one would be tried at every
# position of every paragraph)
_HEADLINE_BULLET_PAIR = (
    r"[ \t]*[-–—•*·][ \t]*[A-Z][^\n\u2029]*(?:[^\s:;,\d\n\u2029]|[A-Za-z][ \t]+\d[\d,.]*))\n([ \t]*[-–—•*·][ \t]*[A-Z])"
)
_FIRST_BULLET_AFTER_HEADLINE_PATTERN = r"^(" + _HEADLINE_BULLET_PAIR
_BULLET_AFTER_HEADLINE_PATTERN = r"([\n\u2029]" + _HEADLINE_BULLET_PAIR
# ... and a full-sentence bullet (ending in its stop) is no item of the header before it: "Russian attacks this
# week:\n- Monday: Russia launched 120 drones, 95 were downed.\n- Wednesday: ..." gives each day its own figures,
# not the header's week (a tally's first item ends in a semicolon, a comma or its figure)
_SENTENCE_BULLET_AFTER_HEADER_PATTERN = (
    r"(:[ \t]*)\n([ \t]*[-–—•*·][^\n\u2029]*[.!?][\"'”’)\]]*[ \t]*)([\n\u2029]|$)"
)
# a bullet's marker at a sentence's start, and a bullet's line inside one
_BULLET_MARKER = r"^([ \t]*[-–—•*·][ \t]+)"
_BULLET_LINE = r"\n[ \t]*(?:[-–—•*·]|\d{1,2}[.)][ \t]+\d)"
# The Russian defence ministry's place lists put the figure first: "21 Ukrainian UAVs:\n7 – over the
# territory of the Smolensk region,\n6 – over ...". Those lines stay with their header too: their line
# breaks are swapped for a same-width stand-in while boundaries are found, then put back.
# The ministry also writes them with no dash ("7 over the Smolensk region,"): then the place must follow.
# A line may share its figure among places with "each", before or after the dash, and the last line may open on
# "and" ("4 – each over the Rostov and Voronezh regions,\nand one each – over the Belgorod, Lipetsk and Samara regions").
_PLACE_LINE_FIGURE = (
    r"(?:and[ \t]+)?(?:\d[\d,]*|(?i:one|two|three|four|five|six|seven|eight|nine|ten))(?:[ \t]+(?:UAVs?|drones?))?[ \t]*(?:each[ \t]*)?"
)
_PLACE_LINE = (
    _PLACE_LINE_FIGURE
    + r"(?:[-–—][ \t]*(?:each[ \t]+)?(?:over|above)\s|(?:each[ \t]+)?(?:over|above)[ \t]+(?:the[ \t]+)?(?:[A-Z]|territory\s))"
)
_PLACE_LINE_PATTERN = r"\n([ \t]*" + _PLACE_LINE + r")"
# ... and some outlets set each line in a paragraph of its own: a blank line after a line ending in a comma, colon or
# semicolon, before a place line, is the list's line break (the first "\n" becomes the line stand-in, one character
# like it, so the paragraph keeps its length and the list stays one paragraph)
_PLACE_PARAGRAPH_PATTERN = r"([,:;][ \t]*)\n(\n[ \t]*" + _PLACE_LINE + r")"
# A numbered tally's items ("attacked with 54 air attack weapons:\n1. 50 Shahed drones;\n2. 4 Kh-101 ...") stay with
# their header too, when the line before ends in a colon, semicolon or comma and the item opens on its figure:
# the item number's dot is no sentence end. A numbered list of full sentences ("... were killed.\n2. ...") splits.
_NUMBERED_ITEM_DOT_PATTERN = r"([:;,][ \t]*)\n([ \t]*\d{1,2})\.([ \t]+\d)"
_NUMBERED_ITEM_PAREN_PATTERN = r"([:;,][ \t]*)\n([ \t]*\d{1,2}\)[ \t]+\d)"
# Sentences some outlets glue together, with no space: "voted 368-57.The bill now goes to the Senate", "said the
# State Department.Last week, ...". A lowercase letter or a digit, the stop, then a capitalized word followed by a space,
# comma or apostrophe ends a sentence. Abbreviations are protected before ("U.S.", "St.Petersburg", "No.1"); a decimal
# ("3.5") or a domain ("kyivindependent.com", "Example.Com/") has no capital word and space after its dot. The boundary
# is written with a glue mark after it, since no whitespace stands between the two sentences to be replaced: the mark
# says the sentence starts one character earlier in the text, and is dropped.
_GLUED_BOUNDARY_PATTERN = r"([a-z0-9][.!?][”’)\]]*)([A-Z][A-Za-z]*[ ,'’])"
_GLUE = "\u2063"  # INVISIBLE SEPARATOR: marks a sentence that had no whitespace before it
_LINE_STANDIN = "\u2028"  # LINE SEPARATOR: one character, like the "\n" it stands for
_KYIV = "Europe/Kyiv"

SENTENCE_COLUMNS = [
    "article_id", "source", "published_at", "published_date", "paragraph_idx",
    "sentence_idx", "sentence_start", "sentence_end", "sentence", "list_item",
]


# A headline line in the text: one line without a sentence's closing stop ("Ukraine downs 50 of 70 Russian
# drones"), or a live blog's entry title run into its time ("Two killed in Odesa, head sayspublished at 11:19
# Greenwich Mean Time").
HEADLINE_MAX_CHARS = 120
_CLOSED = r"[.!?:;\"”’)]\s*$"
_ENTRY_TITLE = r"(?i)published\s+at\s+\d{1,2}[:.]\d\d"


def headline_line(text: pl.Expr) -> pl.Expr:
    """True where `text` (a sentence or a fact's evidence) is a headline line."""
    return (
        (text.str.len_chars() <= HEADLINE_MAX_CHARS) & ~text.str.contains("\n", literal=True)
        & (~text.str.contains(_CLOSED) | text.str.contains(_ENTRY_TITLE))
    )


def _abbreviations_present(articles: pl.DataFrame | pl.LazyFrame) -> list[str]:
    """The ABBREVIATIONS found anywhere in the texts, in list order.

    One multi-pattern pass instead of one replace per abbreviation: most batches
    contain few of them. Skipping an absent one changes nothing, since
    protecting dots never creates a new dotted abbreviation; overlapping
    matches are counted so that none hides another.
    """
    found = (
        articles.lazy()
        .select(pl.col("text").fill_null("").str.extract_many(list(ABBREVIATIONS), overlapping=True).alias("found"))
        .explode("found")
        .drop_nulls()
        .unique()
        .collect()
        .get_column("found")
        .to_list()
    )
    present = set(found)
    return [abbreviation for abbreviation in ABBREVIATIONS if abbreviation in present]


def split_sentences(articles: pl.DataFrame | pl.LazyFrame) -> pl.DataFrame:
    """One row per sentence of every article.

    `articles` has `article_id`, `source`, `published_at` (datetime, UTC) and
    `text` (paragraphs separated by a blank line). `published_date` is the
    publication day in Kyiv time, the default event date of FACTS.md, or in a
    live blog's entry the day its heading names (`dates.add_entry_days`).
    `list_item` is true for a bullet (its marker left out of the sentence), a
    tally holding bullet lines, and a list's header ("Key events:").
    """
    protect = pl.col("paragraph")
    for abbreviation in _abbreviations_present(articles):
        protect = protect.str.replace_all(r"\b" + re.escape(abbreviation), abbreviation.replace(".", _DOT_STANDIN))
    multiline = pl.col("paragraph").str.contains("\n", literal=True)

    paragraphs = (
        articles.lazy()
        .select(
            "article_id",
            "source",
            pl.col("published_at").dt.convert_time_zone("UTC"),
            # (the day once an article, before its sentences are cut out)
            pl.col("published_at").dt.convert_time_zone(_KYIV).dt.date().alias("published_date"),
            pl.col("text").fill_null("").str.replace_all("\r\n", "\n", literal=True)
            .str.replace_all(_PLACE_PARAGRAPH_PATTERN, "${1}" + _LINE_STANDIN + "${2}")
            .str.split("\n\n").alias("paragraph"),
        )
        .explode("paragraph")
        .with_columns(pl.int_range(pl.len()).over("article_id").alias("paragraph_idx"))
        .with_columns(
            # where each paragraph starts: the lengths of the earlier ones plus their "\n\n"
            (pl.col("paragraph").str.len_chars() + 2)
            .cum_sum()
            .shift(1, fill_value=0)
            .over("article_id", order_by="paragraph_idx")
            .cast(pl.Int64)
            .alias("paragraph_start")
        )
        .with_columns(
            pl.coalesce(
                pl.when(multiline).then(protect)
                .str.replace_all(_PLACE_LINE_PATTERN, _LINE_STANDIN + "${1}")
                .str.replace_all(_NUMBERED_ITEM_DOT_PATTERN, "${1}" + _LINE_STANDIN + "${2}" + _DOT_STANDIN + "${3}")
                .str.replace_all(_NUMBERED_ITEM_PAREN_PATTERN, "${1}" + _LINE_STANDIN + "${2}")
                .str.replace_all(_BOUNDARY_PATTERN, "${1}" + _BOUNDARY + "${2}")
                .str.replace_all(_GLUED_BOUNDARY_PATTERN, "${1}" + _BOUNDARY + _GLUE + "${2}")
                .str.replace_all(_LINE_BOUNDARY_PATTERN, _BOUNDARY + "${1}")
                .str.replace_all(_BULLET_AFTER_SENTENCE_PATTERN, "${1}" + _BOUNDARY + "${2}")
                .str.replace_all(_SENTENCE_BULLET_AFTER_HEADER_PATTERN, "${1}" + _BOUNDARY + "${2}${3}")
                .str.replace(_FIRST_BULLET_AFTER_HEADLINE_PATTERN, "${1}" + _BOUNDARY + "${2}")
                .str.replace_all(_BULLET_AFTER_HEADLINE_PATTERN, "${1}" + _BOUNDARY + "${2}")
                .str.replace_all(_BULLET_AFTER_HEADLINE_PATTERN, "${1}" + _BOUNDARY + "${2}"),
                # every pattern but the sentence end's needs a line break, and none writes one: a paragraph of one
                # line (most of them) is only split at its sentence ends (the rest reads only the other rows)
                pl.when(~multiline).then(protect).str.replace_all(_BOUNDARY_PATTERN, "${1}" + _BOUNDARY + "${2}")
                .str.replace_all(_GLUED_BOUNDARY_PATTERN, "${1}" + _BOUNDARY + _GLUE + "${2}"),
            )
            .str.split(_BOUNDARY)
            .alias("sentence")
        )
        # (article_id, paragraph_idx) names exactly one paragraph row, and after the explode its
        # sentences are one contiguous run in text order: offsets within a paragraph come from a
        # running sum minus the sum at the run's first row, with no window over the groups
        .with_row_index("_paragraph_row")
        .explode("sentence")
        # a glued sentence (its mark first) had no whitespace before it: its mark and the missing space cancel out
        # in the running sum, and its own start is one character earlier
        .with_columns(pl.col("sentence").str.starts_with(_GLUE).cast(pl.Int64).alias("_glued"))
        .with_columns(pl.col("sentence").str.strip_prefix(_GLUE))
        .with_columns((pl.col("sentence").str.len_chars().cast(pl.Int64) + 1 - pl.col("_glued")).alias("_step"))
        .with_columns((pl.col("_step").cum_sum() - pl.col("_step")).alias("_before"))
        .with_columns(
            (
                pl.col("paragraph_start")
                + pl.col("_before")
                - pl.col("_glued")
                - pl.when(pl.col("_paragraph_row") != pl.col("_paragraph_row").shift(1).fill_null(-1))
                .then(pl.col("_before"))
                .forward_fill()
            )
            .cast(pl.Int64)
            .alias("sentence_start")
        )
        .with_columns(
            pl.col("sentence").str.replace_all(_DOT_STANDIN, ".", literal=True).str.replace_all(_LINE_STANDIN, "\n", literal=True),
            (pl.col("sentence_start") + pl.col("sentence").str.len_chars()).cast(pl.Int64).alias("sentence_end"),
        )
        # a bullet's marker is no part of its sentence ("- Two people were injured" is "Two people were
        # injured"): the sentence starts after it, and `list_item` says it was one (or holds one, after its header)
        .with_columns(pl.col("sentence").str.extract(_BULLET_MARKER, 1).str.len_chars().fill_null(0).cast(pl.Int64).alias("_marker"))
        .with_columns(
            pl.col("sentence").str.slice(pl.col("_marker")),
            (pl.col("sentence_start") + pl.col("_marker")).alias("sentence_start"),
            ((pl.col("_marker") > 0) | pl.col("sentence").str.contains(_BULLET_LINE)).alias("list_item"),
        )
        .filter(pl.col("sentence").str.strip_chars() != "")
        .with_columns(pl.int_range(pl.len()).over("article_id", order_by="sentence_start").alias("sentence_idx"))
        .select(SENTENCE_COLUMNS)
        .sort("article_id", "sentence_idx")
    )
    sentences = paragraphs.collect(engine=ENGINE)
    # a list's header ("Key events:") belongs to its list
    next_is_item = (
        pl.col("list_item").shift(-1).fill_null(False)
        & (pl.col("article_id").shift(-1) == pl.col("article_id"))
        & (pl.col("paragraph_idx").shift(-1) == pl.col("paragraph_idx"))
    )
    sentences = sentences.with_columns(
        (pl.col("list_item") | (pl.col("sentence").str.contains(r":\s*$") & next_is_item)).alias("list_item")
    )
    # a live blog's entry headings ("March 12", "Update, March 13, 9:15 a.m.:") date their entries
    # a story filed in the small hours whose lede speaks of the day before is that day's story
    return add_entry_days(add_story_days(sentences))
