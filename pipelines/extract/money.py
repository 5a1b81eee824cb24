"""Money in sentences: find amounts with their currency, and convert them.

`find_money_mentions` turns the sentence frame into one row per money
mention ("€500m", "$1.2bn", "2.4 billion euros", "NOK 10 billion", "a
two-billion-euro scheme"), with the amount in units, the ISO currency, its
character span in the sentence, and a parenthetical conversion folded in
("2.4 billion euros ($2.53 billion)" is one mention with a stated USD
figure). Everything is vectorised over the frame; the currency words come from
`lexicon/currencies.csv`.

`add_conversions` fills `amount_eur` / `amount_usd` with the stated figure
where the article gives one, else with the ECB reference rate of the
publication date (offline data shipped with `currency_converter`).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from functools import cache
from pathlib import Path

import polars as pl

from pipelines.extract.frames import with_columns_once

LEXICON_DIR = Path(__file__).parent / "lexicon"

# Separates money mentions from the text between them when a sentence is split
# into pieces; sentences never carry it (it is blanked out first).
_MARK = "\x1f"

# Days to walk back from a date without an ECB fixing (weekends, holidays:
# the longest gap, Christmas to the first working day, is under a week).
_MAX_FALLBACK_DAYS = 10

SCALES = {
    "trillion": 1e12, "tn": 1e12,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9,
    "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
    # Czech and Polish releases in English: "1.2 mld zł", "3 mld Kč"
    "mld": 1e9,
    "thousand": 1e3, "k": 1e3,
    # Indian outlets: "5.4 lakh pounds", "Rs 6,000 crore", "₹5 lakh crore"
    "lakh crore": 1e12, "lakh crores": 1e12, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
}
NUMBER_WORDS = {
    # "half a billion dollars", "a half-a-billion-dollar package"
    "half a": 0.5, "half-a": 0.5, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a hundred": 100, "one hundred": 100, "hundred": 100,
}
# Currency words that are also ordinary words (a weight in pounds, "won", "lei")
# or too vague without a scale: counted only as "N million/billion <word>".
WORDS_NEEDING_SCALE = {
    "pound", "pounds", "sterling", "won", "lei", "krone", "krona", "crowns", "kroon", "kroons", "franc", "lira", "kr",
}
# Currencies whose bare word ("crowns", "kroner") is ambiguous between them.
CROWN_CURRENCIES = ("NOK", "SEK", "DKK", "ISK", "CZK")
# A dollar sign with the dollar's country after the figure: "$500 million Canadian" is CAD.
# ... or its code, also opening a bracket: "$5 million NZD", "$5 million [NZD, about US$3 million]", "$2m (AUD)"
DOLLAR_COUNTRIES = {
    "canadian": "CAD", "australian": "AUD", "new zealand": "NZD", "cad": "CAD", "aud": "AUD", "nzd": "NZD",
}
# Gulf currencies the ECB does not fix, pegged to the dollar (units per US dollar):
# converted through the ECB dollar rate of the day.
PEGGED_TO_USD = {"AED": 3.6725, "SAR": 3.75, "QAR": 3.64}


def ascii_regex(pattern: str) -> str:
    """`pattern` with ASCII word boundaries, word characters and digits.

    News text is mostly ASCII but carries "€", "’" and non-breaking spaces;
    with Unicode-aware \\b the regex engine leaves its fast automaton on such
    text, and Unicode classes make every pattern slower to compile. Not for
    patterns with \\w or \\d inside a [class].
    """
    return pattern.replace(r"\b", r"(?-u:\b)").replace(r"\w", r"(?-u:\w)").replace(r"\d", "[0-9]")


def load_currencies() -> pl.DataFrame:
    """`lexicon/currencies.csv` as a frame: surface, kind, currency (null when ambiguous)."""
    with open(LEXICON_DIR / "currencies.csv", encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(line for line in handle if not line.startswith("#"))]
    return pl.DataFrame(
        {
            "surface": [r["surface"] for r in rows],
            "kind": [r["kind"] for r in rows],
            "currency": [r["currency"] or None for r in rows],
        },
        schema={"surface": pl.String, "kind": pl.String, "currency": pl.String},
    ).unique("surface", keep="first", maintain_order=True)


def _alternation(words) -> str:
    # longest first: the regex engine takes the first alternative that matches
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _word_alternation(words) -> str:
    """Currency words, each ending at a word boundary. A word that ends in a non-ASCII letter ("zł", "Kč") has
    no ASCII word boundary after it: it ends where it ends (a longer form, "złotych", is listed before it)."""
    ascii_end = [w for w in words if re.search(r"[A-Za-z0-9_]$", w)]
    other_end = [w for w in words if not re.search(r"[A-Za-z0-9_]$", w)]
    alternatives = []
    if ascii_end:
        alternatives.append(r"(?:" + _alternation(ascii_end) + r")\b")
    if other_end:
        alternatives.append(r"(?:" + _alternation(other_end) + r")")
    return r"(?i:" + "|".join(alternatives) + r")"


def _build_patterns(currencies: pl.DataFrame) -> dict[str, str]:
    symbols = currencies.filter(pl.col("kind") == "symbol")["surface"].to_list()
    codes = currencies.filter(pl.col("kind") == "code")["surface"].to_list()
    words = currencies.filter(pl.col("kind") == "word")["surface"].to_list()
    loose_words = [w for w in words if w.lower() not in WORDS_NEEDING_SCALE]
    number = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    scale = r"(?i:" + _alternation(SCALES) + r")\b"
    # a decimal comma, as translated reports write it: "471,9 billion yen", "$3,3 billion", "EUR 1,25 bn". One or
    # two digits after the comma and a scale word right after: a thousands group always has three digits.
    decimal_comma = r"\d{1,3},\d{1,2}"
    scaled = rf"(?:(?:{decimal_comma})[\s-]?{scale}|(?:{number})(?:[\s-]?{scale})?)"
    scale_word = r"(?i:trillion|billion|million|thousand)"
    number_word = r"(?i:" + _alternation(NUMBER_WORDS) + r")"
    word = _word_alternation(words)
    code = r"(?:" + _alternation(codes) + r")\b"
    # before a figure the code may touch it ("NOK7bn", "EUR500m"): no word boundary there
    code_before_number = r"(?:" + _alternation(codes) + r")"
    loose_word = _word_alternation(loose_words)
    forms = [
        # €500m, $1.2bn, US$24.5 million, £2.26 billion, $500 million Canadian
        rf"(?:{_alternation(symbols)})\s?{scaled}"
        rf"(?:\s(?i:{_alternation(DOLLAR_COUNTRIES)})\b(?:\s(?i:dollars?)\b)?|\s[\[(](?i:nzd|aud|cad)[,\])])?",
        # NOK 10 billion, EUR 500,000, SEK5.5bn
        rf"\b{code_before_number}\s?{scaled}",
        # 2.4 billion euros, 10 billion kroner, 500m euros, 10 billion NOK, $1.2-billion-euro, 1.2 mld. zł
        rf"\b(?:{decimal_comma}|{number})[\s-]?{scale}\.?[\s-](?:{word}|{code})",
        # one billion euros, a two-billion-euro scheme, half a billion dollars
        rf"\b{number_word}[\s-]{scale_word}[\s-](?:{word}|{code})",
        # 500,000 euros
        rf"\b(?:{number})\s(?:{loose_word})",
    ]
    patterns = {
        "mention": "|".join(f"(?:{form})" for form in forms),
        "prefix": rf"^((?:{_alternation(symbols)})|{code_before_number})",
        "suffix": rf"((?:{word})|(?:{code}))$",
        "number": rf"({decimal_comma}\b|{number})",
        "number_word": rf"^({number_word})[\s-]",
        "scale": rf"(?:\d|\b)[\s-]?((?i:{_alternation(SCALES)}))\b",
        "dollar_country": rf"^\$.*\s[\[(]?((?i:{_alternation(DOLLAR_COUNTRIES)}))[,\])]?(?:\s(?i:dollars?))?$",
    }
    return {name: ascii_regex(pattern) for name, pattern in patterns.items()}


CURRENCIES = load_currencies()
PATTERNS = _build_patterns(CURRENCIES)
MONEY_PATTERN = PATTERNS["mention"]

# "(", "(roughly ", ", or about ": what stands between an amount and its
# conversion into another currency; the conversion is followed by ")" (after
# at most a few words without figures: "(about $3 billion at current rates)").
_QUALIFIER_WORDS = (
    r"(?:roughly|about|around|approximately|approx\.|some|nearly|almost|just over|just under|over|more than|under"
    r"|close to|an estimated|c\.|ca\.)"
)
# (also "in the region of", "equalling": "NOK 1 billion (in the region of $95 million)", ", equalling about $95 million,")
_EQUIVALENT = (
    r"(?:or|equivalent to|equal to|the equivalent of|worth|in the region of|equall?ing|amounting to"
    r"|(?:roughly|approximately|about|around) (?:equivalent|equal) to)"
)
# ... or said as a relative clause inside the brackets: "(which is about $95 million)"
_WHICH_IS = r"(?:(?:which|that)\s+(?:is|equals|amounts to|comes to|is worth)\s+)"
# (an editor's square brackets in a quote too: "over CAD 53 million [more than $40 million]")
# ... also after the noun of a hyphenated amount: "a 300-million-euro loan ($327 million)"
CONVERSION_OPEN = (
    rf"(?i)^\s*(?:(?:loan|grant|package|tranche|credit|contribution|donation)\s+)?[(\[]\s*{_WHICH_IS}?(?:{_EQUIVALENT}\s+)?"
    # (a sign of approximation: "(~$95 million)", "(≈ $95 million)")
    rf"(?:{_QUALIFIER_WORDS}\s+|[~≈]\s*)?$"
)
CONVERSION_CLOSE = r"^[^()\[\]0-9]{0,40}[)\]]"
# ... also a relative clause that restates it: "2.4 billion Swedish crowns, which is roughly $230 million"
CONVERSION_OR = (
    rf"(?i)^\s*,?\s*(?:or|equivalent to|equal to|the equivalent of|which (?:is|equals|amounts to|comes to|is worth)"
    # (", which is equivalent to about $95 million", ", equalling about $95 million")
    rf"(?:\s+(?:equivalent|equal) to)?|that is|equall?ing|amounting to)\s+(?:{_QUALIFIER_WORDS}\s+)?$"
)

# Between commas with a word of approximation: "allocated 100 billion yen, about $650 million, to Ukraine" (a list
# of amounts in two currencies names its givers or has no such word: "EUR 500m, $300m and GBP 100m")
CONVERSION_APPOSITIVE = rf"(?i)^\s*,\s*(?:or\s+)?(?:{_QUALIFIER_WORDS})\s+$"
# (the rate it was taken at may follow: ", about $95 million at the current exchange rate,")
CONVERSION_APPOSITIVE_END = (
    r"(?i)^\s*(?:(?:at|by|using)\s+(?:the\s+)?(?:[a-z'’]+\s+){0,3}?(?:exchange|conversion)\s+rates?\s*)?(?:[,;.]|$)"
)

# Between dashes: "allocated NOK 6.5 billion—more than EUR 550 million—for drones", "GBP 100 million – about $127
# million – for air defence" (a range, "EUR 2bn-EUR 3bn", is in one currency and has no second dash)
CONVERSION_DASH_OPEN = rf"(?i)^\s*[\u2013\u2014]\s*(?:{_EQUIVALENT}\s+)?(?:{_QUALIFIER_WORDS}\s+)?$"
CONVERSION_DASH_CLOSE = r"^\s*[\u2013\u2014]"

# a dollar amount whose code opens brackets with a comma, and what may follow that comma before the conversion
CODE_BRACKET_END = r"(?i)[\[(](?:nzd|aud|cad),$"
AFTER_CODE_BRACKET = (
    rf"(?i)^\s*(?:(?:or|equivalent to|equal to|the equivalent of|which (?:is|equals|amounts to|comes to|is worth)"
    rf"|that is)\s+)?(?:{_QUALIFIER_WORDS}\s+)?$"
)

# A bare "$" amount and its conversion into US dollars, both read as "$": the bracketed one names its dollar as the US
# one, after the figure or before it ("$5.4 billion (almost $4 billion US)", "$500 million (US$370 million)",
# "$310 million [Australian dollars, $205 million US dollars]"): the first is then another dollar, and the
# bracketed one its conversion (Canadian and Australian outlets write their own dollar so)
BARE_DOLLAR_MENTION = r"^\$\s?[0-9]"
US_MARKED_MENTION = r"^(?:US\s?\$|U\.S\.\s?\$|\$US|USD)|\b(?:US|U\.S\.) dollars?$"
US_MARKED_AFTER = r"^\s+(?:US|U\.S\.|USD)(?:\s+dollars?)?\s*[)\]]"
US_MARK_AFTER = r"^\s+(?:US|U\.S\.|USD)(?:\s+dollars?)?"
# ... with the first amount's own dollar named at the bracket's opening: "[Australian dollars, $164 million US dollars]"
LOCAL_DOLLAR_OPEN = (
    rf"(?i)^\s*[(\[]\s*(?:(?:Australian|Canadian|New Zealand|NZ)\s+dollars?|AUD|CAD|NZD)?\s*,?\s*(?:{_EQUIVALENT}\s+)?"
    rf"(?:{_QUALIFIER_WORDS}\s+)?$"
)

# ... also joined by "or" alone: "£600 million (approximately $805 million or 94 billion rubles)"
SECOND_CONVERSION_OPEN = rf"(?i)^\s*(?:[,;/]\s*(?:or\s+)?|or\s+)(?:{_QUALIFIER_WORDS}\s+)?$"

(CONVERSION_OPEN, CONVERSION_CLOSE, CONVERSION_OR, CONVERSION_APPOSITIVE, CONVERSION_APPOSITIVE_END,
 SECOND_CONVERSION_OPEN, CONVERSION_DASH_OPEN, CONVERSION_DASH_CLOSE, BARE_DOLLAR_MENTION, US_MARKED_MENTION,
 US_MARKED_AFTER, US_MARK_AFTER, LOCAL_DOLLAR_OPEN) = map(
    ascii_regex,
    (CONVERSION_OPEN, CONVERSION_CLOSE, CONVERSION_OR, CONVERSION_APPOSITIVE, CONVERSION_APPOSITIVE_END,
     SECOND_CONVERSION_OPEN, CONVERSION_DASH_OPEN, CONVERSION_DASH_CLOSE, BARE_DOLLAR_MENTION, US_MARKED_MENTION,
     US_MARKED_AFTER, US_MARK_AFTER, LOCAL_DOLLAR_OPEN),
)

MENTION_COLUMNS = [
    "article_id", "sentence_idx", "mention_idx", "mention", "mention_start", "mention_end",
    "amount", "currency", "stated_eur", "stated_usd", "conversion",
]


def _parse_amounts(mentions: pl.LazyFrame) -> pl.LazyFrame:
    """Amount in units and the currency of each mention text."""
    surface = pl.coalesce(
        pl.col("mention").str.extract(PATTERNS["prefix"], 1),
        pl.col("mention").str.extract(PATTERNS["suffix"], 1),
    )
    number = (
        pl.col("mention").str.extract(PATTERNS["number"], 1)
        .str.replace(r"^([0-9]{1,3}),([0-9]{1,2})$", "$1.$2")  # a decimal comma, "471,9 billion"
        .str.replace_all(",", "", literal=True).cast(pl.Float64)
    )
    number_word = (
        pl.col("mention").str.extract(PATTERNS["number_word"], 1).str.to_lowercase()
        .replace_strict(NUMBER_WORDS, default=None, return_dtype=pl.Float64)
    )
    scale = (
        pl.col("mention").str.extract(PATTERNS["scale"], 1).str.to_lowercase()
        .replace_strict(SCALES, default=1.0, return_dtype=pl.Float64)
    )
    lexicon = CURRENCIES.lazy().select(
        pl.col("surface").str.to_lowercase().alias("_surface"), pl.col("currency").alias("_lexicon_currency")
    ).unique("_surface", keep="first")
    return (
        mentions.with_columns(
            ((pl.coalesce(number, number_word) * scale).round(2)).alias("amount"),
            surface.str.to_lowercase().alias("_surface"),
        )
        .join(lexicon, on="_surface", how="left", maintain_order="left")
        .with_columns(
            pl.coalesce(
                pl.col("mention").str.extract(PATTERNS["dollar_country"], 1).str.to_lowercase()
                .replace_strict(DOLLAR_COUNTRIES, default=None, return_dtype=pl.String),
                pl.col("_lexicon_currency"),
            ).alias("currency")
        )
        .drop("_surface", "_lexicon_currency")
    )


def same_group_as_previous(group: list[str]) -> pl.Expr:
    """True where the row before belongs to the same group (rows sorted by group)."""
    same = pl.lit(True)
    for column in group:
        same = same & (pl.col(column) == pl.col(column).shift(1)).fill_null(False)
    return same


def split_on_matches(frame: pl.DataFrame, pattern: str, group: list[str], text: str = "sentence") -> pl.DataFrame:
    """One row per match of `pattern` in `text`: `group` columns, `match_idx`,
    `match`, `match_start`/`match_end` (character offsets), and the text before
    and after it up to the neighbouring matches (`gap_before`, `gap_after`).

    The text is cut into alternating gap/match pieces and exploded; offsets and
    neighbours come from running sums and shifts over the exploded column,
    which keeps the pieces of one text together and in order (no per-group
    window, which polars computes much more slowly on many tiny groups).
    """
    pieces = (
        frame.select(
            *group,
            pl.col(text).str.replace_all(_MARK, " ", literal=True)
            .str.replace_all(pattern, _MARK + "${0}" + _MARK).str.split(_MARK).alias("piece"),
        )
        .with_columns(pl.int_ranges(0, pl.col("piece").list.len()).alias("piece_idx"))
        .explode("piece", "piece_idx")
    )
    length = pl.col("piece").str.len_chars().cast(pl.Int64)
    ends_before = length.cum_sum() - length  # characters of all earlier pieces, of every text
    first_piece = pl.col("piece_idx") == 0
    return (
        pieces.with_columns(
            (ends_before - pl.when(first_piece).then(ends_before).forward_fill()).alias("match_start"),
            pl.when(~first_piece).then(pl.col("piece").shift(1)).alias("gap_before"),
            pl.when(pl.col("piece_idx").shift(-1) > 0).then(pl.col("piece").shift(-1)).alias("gap_after"),
        )
        # odd pieces are the matches, even ones the text around them
        .filter(pl.col("piece_idx") % 2 == 1)
        .select(
            *group,
            (pl.col("piece_idx") // 2).alias("match_idx"),
            pl.col("piece").alias("match"),
            "match_start",
            (pl.col("match_start") + pl.col("piece").str.len_chars()).alias("match_end"),
            "gap_before",
            "gap_after",
        )
    )


def find_money_mentions(sentences: pl.DataFrame) -> pl.DataFrame:
    """One row per money mention in the sentence frame (see MENTION_COLUMNS), in text order.

    `mention_idx` orders the mentions of a sentence. `mention_start`/
    `mention_end` are character offsets in the sentence (end exclusive),
    spanning a folded conversion too. `conversion` is the folded conversion's
    text or null. A bare "crowns"/"kroner" takes the currency of the article's
    previous crown amount ("4.5 billion Norwegian crowns ... 2.8 billion
    crowns"); with none it stays null for the caller to resolve.
    """
    group = ["article_id", "sentence_idx"]
    with_money = sentences.filter(pl.col("sentence").str.contains(MONEY_PATTERN)).sort(group)
    mentions = (
        split_on_matches(with_money, MONEY_PATTERN, group)
        .rename({"match_idx": "mention_idx", "match": "mention", "match_start": "mention_start",
                 "match_end": "mention_end"})
    )
    mentions = _parse_amounts(mentions.lazy()).collect()

    # Bare crowns: carry the article's last named crown currency forward
    # (rows are in text order; the article test stops it at article boundaries).
    is_crown = pl.col("currency").is_in(CROWN_CURRENCIES)
    carried_currency = pl.when(is_crown).then(pl.col("currency")).forward_fill()
    carried_from = pl.when(is_crown).then(pl.col("article_id")).forward_fill()
    mentions = mentions.with_columns(
        pl.coalesce(
            pl.col("currency"),
            pl.when(carried_from == pl.col("article_id")).then(carried_currency),
        ).alias("currency")
    )

    # A mention right after another, in another currency, inside brackets or
    # after ", or", restates the previous amount: fold it into that one.
    is_conversion = (
        same_group_as_previous(group)
        & (pl.col("currency").fill_null("?") != pl.col("currency").shift(1).fill_null("?"))
        & (
            (pl.col("gap_before").str.contains(CONVERSION_OPEN) & pl.col("gap_after").str.contains(CONVERSION_CLOSE))
            | pl.col("gap_before").str.contains(CONVERSION_OR)
            # ... inside the brackets that name the dollar's code: "$5 million [NZD, about 3.4 million USD]"
            | (
                pl.col("mention").shift(1).fill_null("").str.contains(CODE_BRACKET_END)
                & pl.col("gap_before").str.contains(AFTER_CODE_BRACKET)
                & pl.col("gap_after").fill_null("").str.contains(CONVERSION_CLOSE)
            )
            | (
                pl.col("gap_before").str.contains(CONVERSION_APPOSITIVE)
                & pl.col("gap_after").fill_null("").str.contains(CONVERSION_APPOSITIVE_END)
            )
            | (
                pl.col("gap_before").str.contains(CONVERSION_DASH_OPEN)
                & pl.col("gap_after").fill_null("").str.contains(CONVERSION_DASH_CLOSE)
            )
        )
    )
    # ... and a US-marked dollar in brackets after a bare "$" one: "$5.4 billion (almost $4 billion US)"
    us_of_bare = (
        same_group_as_previous(group)
        & (pl.col("currency") == "USD") & (pl.col("currency").shift(1) == "USD")
        & pl.col("mention").shift(1).fill_null("").str.contains(BARE_DOLLAR_MENTION)
        & ~pl.col("gap_before").fill_null("").str.contains(US_MARKED_AFTER)
        & pl.col("gap_before").str.contains(LOCAL_DOLLAR_OPEN)
        & (
            (pl.col("mention").str.contains(US_MARKED_MENTION)
             & pl.col("gap_after").fill_null("").str.contains(CONVERSION_CLOSE))
            | pl.col("gap_after").fill_null("").str.contains(US_MARKED_AFTER)
        )
    )
    is_conversion = is_conversion | us_of_bare
    # ... the first of two conversions in one pair of brackets: "(" before it, ", " and the second after it
    same_as_next = pl.lit(True)
    for column in group:
        same_as_next = same_as_next & (pl.col(column) == pl.col(column).shift(-1)).fill_null(False)
    first_of_two = (
        same_group_as_previous(group) & same_as_next
        & (pl.col("currency").fill_null("?") != pl.col("currency").shift(1).fill_null("?"))
        & pl.col("gap_before").str.contains(CONVERSION_OPEN)
        & pl.col("gap_after").fill_null("").str.contains(SECOND_CONVERSION_OPEN)
        & pl.col("gap_after").shift(-1).fill_null("").str.contains(CONVERSION_CLOSE)
    )
    mentions = with_columns_once(mentions, (is_conversion | first_of_two).alias("is_conversion"))
    # ... and a second conversion in the same brackets, after a comma: "£225 million ($286 million, €272.85
    # million)" is one amount with both figures stated
    second_conversion = (
        same_group_as_previous(group)
        & pl.col("is_conversion").shift(1).fill_null(False)
        & (pl.col("currency").fill_null("?") != pl.col("currency").shift(1).fill_null("?"))
        & (pl.col("currency").fill_null("?") != pl.col("currency").shift(2).fill_null("?"))
        & pl.col("gap_before").str.contains(SECOND_CONVERSION_OPEN)
        & pl.col("gap_after").fill_null("").str.contains(CONVERSION_CLOSE)
    )
    mentions = with_columns_once(
        mentions, second_conversion.alias("_second"), (pl.col("is_conversion") | second_conversion).alias("is_conversion")
    )
    conversions = (
        mentions.filter("is_conversion")
        .select(
            *group,
            (pl.col("mention_idx") - pl.when(pl.col("_second")).then(2).otherwise(1)).alias("mention_idx"),
            pl.col("mention").alias("conversion"),
            # (the US mark after a folded dollar is part of it: "(almost $4 billion US)")
            (pl.col("mention_end") + pl.when(pl.col("currency") == "USD").then(
                pl.col("gap_after").fill_null("").str.extract(US_MARK_AFTER, 0).str.len_chars()
            ).fill_null(0)).alias("conversion_end"),
            pl.when(pl.col("currency") == "EUR").then(pl.col("amount")).alias("stated_eur"),
            pl.when(pl.col("currency") == "USD").then(pl.col("amount")).alias("stated_usd"),
        )
        .group_by([*group, "mention_idx"], maintain_order=True)
        .agg(
            pl.col("conversion").str.join(", "),
            pl.col("conversion_end").max(),
            pl.col("stated_eur").drop_nulls().first(),
            pl.col("stated_usd").drop_nulls().first(),
        )
    )
    return (
        mentions.filter(~pl.col("is_conversion"))
        .join(conversions, on=[*group, "mention_idx"], how="left", maintain_order="left")
        .with_columns(pl.coalesce("conversion_end", "mention_end").alias("mention_end"))
        .select(MENTION_COLUMNS)
    )


@cache
def ecb_converter():
    """The offline ECB rate table, built once per process (it takes about half a second)."""
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)


def ecb_rate(currency: str, day: dt.date) -> tuple[float, float, dt.date, str] | None:
    """(units of `currency` per euro, US dollars per euro, fixing date, 'ecb' | 'ecb_fallback').

    A currency pegged to the dollar (`PEGGED_TO_USD`) goes through the day's dollar rate.

    A day without a fixing uses the nearest earlier one; a day beyond the data
    uses its last fixing. None when the currency has no ECB rate or the day is
    before the data starts.
    """
    from currency_converter import RateNotFoundError

    converter = ecb_converter()
    if currency in PEGGED_TO_USD and currency not in converter.currencies:
        found = ecb_rate("USD", day)
        if found is None:
            return None
        usd_per_euro, _, fixing, source = found
        return usd_per_euro * PEGGED_TO_USD[currency], usd_per_euro, fixing, source
    if currency not in converter.currencies or "USD" not in converter.currencies:
        return None
    first, last = converter.bounds[currency]
    first_usd, last_usd = converter.bounds["USD"]
    first, last = max(first, first_usd), min(last, last_usd)
    if day < first:
        return None
    candidate = min(day, last)
    for _ in range(_MAX_FALLBACK_DAYS + 1):
        if candidate < first:
            return None
        try:
            per_euro = converter.convert(1, "EUR", currency, date=candidate)
            usd_per_euro = converter.convert(1, "EUR", "USD", date=candidate)
        except RateNotFoundError:
            candidate -= dt.timedelta(days=1)
            continue
        return per_euro, usd_per_euro, candidate, "ecb" if candidate == day else "ecb_fallback"
    return None


def _rate_table(pairs: pl.DataFrame) -> pl.DataFrame:
    # One Python lookup per distinct (currency, date): a corpus has a handful
    # of currencies over a few hundred days, however many facts it holds.
    rows = []
    for currency, day in pairs.iter_rows():
        found = ecb_rate(currency, day)
        if found is None:
            rows.append((currency, day, None, None, None, None))
        else:
            rows.append((currency, day, *found))
    return pl.DataFrame(
        rows,
        schema={"currency": pl.String, "_rate_day": pl.Date, "_per_euro": pl.Float64, "_usd_per_euro": pl.Float64,
                "_fixing": pl.Date, "_source": pl.String},
        orient="row",
    )


def add_conversions(facts: pl.DataFrame, date_column: str = "published_date") -> pl.DataFrame:
    """Fill amount_eur, amount_usd, rate_source, rate_date and note.

    `facts` has `amount`, `currency`, `stated_eur`, `stated_usd` (nullable) and
    `date_column` (the publication date in Kyiv). A stated figure is used as is;
    otherwise the ECB rate of that date (or the nearest earlier fixing,
    flagged 'ecb_fallback'). An unknown currency leaves the figures null and
    says so in `note`. Amounts are rounded to cents.
    """
    pairs = (
        facts.filter(pl.col("currency").is_not_null() & pl.col(date_column).is_not_null())
        .select("currency", pl.col(date_column).alias("_rate_day"))
        .unique()
    )
    rates = _rate_table(pairs)
    joined = facts.join(rates, left_on=["currency", date_column], right_on=["currency", "_rate_day"], how="left")

    in_euros = pl.col("amount") / pl.col("_per_euro")
    eur = (
        pl.when(pl.col("stated_eur").is_not_null()).then(pl.col("stated_eur"))
        .when(pl.col("currency") == "EUR").then(pl.col("amount"))
        .otherwise(in_euros)
    )
    usd = (
        pl.when(pl.col("stated_usd").is_not_null()).then(pl.col("stated_usd"))
        .when(pl.col("currency") == "USD").then(pl.col("amount"))
        .otherwise(in_euros * pl.col("_usd_per_euro"))
    )
    eur_known = pl.col("stated_eur").is_not_null() | (pl.col("currency") == "EUR")
    usd_known = pl.col("stated_usd").is_not_null() | (pl.col("currency") == "USD")
    needs_rate = ~(eur_known & usd_known)
    has_rate = pl.col("_per_euro").is_not_null()
    fixing = pl.col("_fixing").dt.strftime("%Y-%m-%d")
    note = (
        pl.when(pl.col("currency").is_null()).then(pl.lit("currency not recognised; no conversion"))
        .when(needs_rate & ~has_rate).then(pl.lit("no ECB rate for ") + pl.col("currency") + pl.lit("; not converted"))
        .when(needs_rate & eur_known & ~(pl.col("currency") == "EUR"))
        .then(pl.lit("EUR stated; USD at ECB reference rate of ") + fixing)
        .when(needs_rate & usd_known & ~(pl.col("currency") == "USD"))
        .then(pl.lit("USD stated; EUR at ECB reference rate of ") + fixing)
        .when(needs_rate).then(pl.lit("converted at ECB reference rate of ") + fixing)
    )
    return joined.with_columns(
        pl.when(eur_known | has_rate).then(eur.round(2)).alias("amount_eur"),
        pl.when(usd_known | has_rate).then(usd.round(2)).alias("amount_usd"),
        pl.when(~needs_rate).then(pl.lit("stated")).when(has_rate).then(pl.col("_source")).alias("rate_source"),
        pl.when(needs_rate & has_rate).then(pl.col("_fixing")).alias("rate_date"),
        note.alias("note"),
    ).drop("_per_euro", "_usd_per_euro", "_fixing", "_source")
