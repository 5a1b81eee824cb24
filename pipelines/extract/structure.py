"""Structure shared by the strike rules: list layouts rewritten to plain forms, and the in-article
consistency checks that flag (never fix) figures that cannot all be right.
"""

from __future__ import annotations

import polars as pl

from pipelines.extract.frames import only_where, with_columns_once
from pipelines.extract.numbers import ascii_bounds

# a line of an enumerated tally: "\n– 41 Kh-101 cruise missiles"
ENUMERATION_LINE = r"\n\s*(?:[-–—•*·]|\d{1,2}[.)]\s+\d)"

# kinds that split one noun between figures: "4 ballistic and 9 cruise missiles"
SUBCLASS_KINDS = (
    r"ballistic|cruise|aeroballistic|hypersonic|guided|anti-aircraft|anti-ship|air-launched|sea-launched"
    r"|ground-launched|attack|strike|reconnaissance|decoy|shahed|gerbera|kalibr|kinzhal|iskander(?:-[mk])?|kh-\d+"
)
SUBCLASS_SPLIT = ascii_bounds(
    r"(?i)\b(\d[\d,]*)\s+(" + SUBCLASS_KINDS + r")(\s*,\s*|\s+and\s+|\s+as\s+well\s+as\s+)"
    r"(\d[\d,]*\s+(?:" + SUBCLASS_KINDS + r")\s+)(missiles|drones|uavs|bombs)\b"
)


# the parts of "N of M" the other way round: "90 drones out of 112 launched" names the noun with the part,
# "34 of Russia's 41 drones" puts the side between. Both are rewritten to "90 out of 112 drones launched" and
# "34 of 41 Russian drones", the order the partitive rule reads. The total must end its phrase or be followed
# by what describes the weapons ("launched", "that ...", "overnight", "Russia used"), so "40 drones of 5 types" stays as it is.
_PART_NOUN = r"(?:[\w'’/-]+\s+){0,3}?(?:drones|uavs|missiles|shaheds|air\s+targets|aerial\s+targets|bombs|rockets)"
NOUN_BEFORE_TOTAL = ascii_bounds(
    r"(?i)(^|[^\w#.,])(\d[\d,]*)\s+(" + _PART_NOUN + r")\s+(out\s+of|of)\s+(?:the\s+)?(\d[\d,]*)"
    r"(\s*(?:[,.;:)]|$)|\s+(?:launched|fired|sent|used|deployed|that|which|in|overnight|during|by|from|at|over|were|was|had|have|has"
    r"|and|while|but|with)\b"
    # ... or by the side that launched them, a relative clause without "that": "84 drones out of the 99 Russia used"
    r"|\s+(?:russia|moscow|the\s+russians|russian\s+forces|the\s+enemy|the\s+occupiers|ukraine|kyiv)\s+(?:had\s+|has\s+)?"
    r"(?:launched|fired|sent|used|deployed)\b)"
)

# (the air defence "of" a command too, and the operational commands that reported downings in 2022: "20 by air
# defence units of the Operational Command Centre, eight by the Operational Command West")
_OF_AIR_DEFENCE = r"(?:(?:the\s+)?(?:air\s+defen[cs]e\s+)?(?:forces|units|troops|systems)?\s*of\s+)?"
# the command named by its direction first: "the Eastern Air Command", "the Southern Operational Command"
COMMAND_DIRECTION_FIRST = ascii_bounds(r"\b(East|South|West|North)ern\s+(Air|Operational)\s+Command\b")
COMMAND_CENTRAL_FIRST = ascii_bounds(r"\bCentral\s+(Air|Operational)\s+Command\b")
_COMMAND = r"(Air|Operational)\s+Command\s+[\"“']?(Centre|Center|South|East|West|North)\b[\"”']?"
AIR_COMMAND_PART = ascii_bounds(
    r"(?i)(\d[\d,]*)\s+(?:by|within|in\s+the\s+(?:zone|area)\s+of(?:\s+responsibility\s+of)?)\s+(?:the\s+)?"
    + _OF_AIR_DEFENCE + r"(?:the\s+)?" + _COMMAND
)
# ... the list's first item, its passive between the figure and the command: "20 cruise missiles were destroyed by air
# defence units of the Operational Command Centre, eight by ..." -> "... were destroyed over Operational Command Centre"
AIR_COMMAND_AGENT = ascii_bounds(
    r"(?i)\b(shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed)\s+by\s+(?:the\s+)?" + _OF_AIR_DEFENCE + r"(?:the\s+)?"
    + _COMMAND
)
# ... and the command named first, its figure after a dash: "Air Command 'Centre' – 18, Air Command 'South' – 12"
AIR_COMMAND_DASH_PART = ascii_bounds(
    r"(?i)\bAir\s+Command\s+[\"“‘']?(Centre|Center|South|East|West|North)\b[\"”’']?\s*[-–—:]\s*(\d[\d,]*)\b"
)
# rockets named by their launcher after the noun: "9 rockets of an American-supplied HIMARS multiple launch rocket
# system", "12 missiles of a Vilkha rocket system", "seven rockets fired from HIMARS and Olkha launchers" -> "9 HIMARS rockets", "7 HIMARS and Olkha
# rockets" (the model before the noun, where the model rules read it)
_LAUNCHERS = r"(?:himars|gmlrs|vampire|olkha|vilkha|uragan|smerch)"
ROCKETS_OF_LAUNCHER = ascii_bounds(
    r"(?i)\b(\d[\d,]*)\s+(?:rockets|projectiles|missiles)\s+(?:of|from|fired\s+(?:from|by)|launched\s+(?:from|by))\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(" + _LAUNCHERS + r"(?:(?:,\s+|,?\s+(?:and|or)\s+)" + _LAUNCHERS + r")*)\b"
    # the launcher's own name goes with it ("... launchers" after the noun would read as "rocket launchers")
    r"(?:\s+(?:multiple[\s-]+(?:launch\s+)?rocket[\s-]+(?:launch\s+)?systems?|mlrs|(?:rocket\s+)?launchers?|systems?))?"
)


# a place named before a bracketed figure: "the Krasnodar region (29)", "Crimea (4)", "Moscow Region (2)"
_BRACKETED_NOUN = r"(?:UAVs?|drones?|missiles?|unmanned\s+aerial\s+vehicles?)"
_BRACKETED_PLACE = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+(?:[Rr]egion|[Tt]erritory|[Rr]epublic))?"
_BRACKETED_PLACES = (
    r"(?:the\s+)?" + _BRACKETED_PLACE + r"(?:(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?" + _BRACKETED_PLACE + r")*"
    r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?" + _BRACKETED_PLACE + r"(?:\s+(?:[Rr]egions|[Oo]blasts))?"
)


# a fact box's label and value, opening its line: "Drones launched: 120", "Missiles shot down – 3" -> "120 drones
# launched", the order in which a figure and its verb are read (a share, "Drones shot down: 80%", is no count;
# "the 150 drones launched — 120" is no label)
_FACT_BOX_LABEL = (
    r"((?:[a-z'’/-]+\s+){0,3}?(?:drones|uavs|missiles|shaheds|air\s+targets|aerial\s+targets|bombs|rockets))\s+(launched|fired|used"
    r"|shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed|suppressed|lost(?:\s+locally|\s+from\s+radar)?)\s*[:–—-]\s*"
    r"(\d[\d,]*)([ \t]*(?:(?m:$)|[;,.)]))"
)
# (the text's start and a line's or item's start in two patterns: "(?:^|\n)" in one is tried everywhere)
FACT_BOX_FIRST = ascii_bounds(r"(?i)^([ \t\-–—•*·]*)" + _FACT_BOX_LABEL)
FACT_BOX_LINE = ascii_bounds(r"(?i)([\n;][ \t\-–—•*·]*)" + _FACT_BOX_LABEL)


RESTATED_TOTAL_OPENING = ascii_bounds(
    r"(?i)^(\s*)(?:out\s+)?of\s+(?:the|these|those)\s+(?:\d[\d,]*\s+)(?:[\w'’/-]+\s+){0,2}?"
    r"(?:drones|uavs|missiles|shaheds|air\s+targets|aerial\s+targets|targets|means\s+of\s+air\s+attack)\s*,\s*"
    # only before a part the copula names ("9 were Iskander-M ballistic missiles"); "Of the 60 drones, 51 were shot
    # down" keeps its noun, which says which group the 51 belong to
    r"(\d[\d,]*\s+(?:were|are)\s+(?:[\w'’/-]+\s+){0,3}?(?:drones|uavs|missiles|shaheds)\b)"
)


SHAHED_MODEL_PAIR = ascii_bounds(r"(?i)\bshahed[\s-]*(?:#?13[16])\s*(?:,|/|and|or|&)\s*(?:shahed)?[\s-]*(?:#?13[16])\b")


def _list_lines(out: pl.Expr) -> pl.Expr:
    """A dash, bullet or numbered list's items after its header joined into one line."""
    out = out.str.replace_all(r":\s*\n\s*[-–—•*·]\s*", ": ")
    out = out.str.replace_all(r"[;,.]?\s*\n\s*[-–—•*·]\s*", ", ")
    # a numbered tally's items: "...:\n1. 50 Shahed drones;\n2. 4 Kh-101 missiles" -> "...: 50 Shahed drones, 4 Kh-101 ..."
    out = out.str.replace_all(r":\s*\n\s*\d{1,2}[.)]\s+(\d)", ": ${1}")
    return out.str.replace_all(r"[;,.]?\s*\n\s*\d{1,2}[.)]\s+(\d)", ", ${1}")


def _place_lines(out: pl.Expr) -> pl.Expr:
    """The ministry's lines of places joined into one list."""
    # a place line's full stop before the next place line ("1 – over the Kaluga region.\n1 – over the Tver region.")
    # ends no list: it is the comma between two items
    out = out.str.replace_all(r"(?i)\.[ \t]*\n([ \t]*\d[\d,]*\s+(?:each\s+)?(?:over|above))\b", ",\n${1}")
    # (a line may be a paragraph of its own, its figure shared "each" among places, the last line opening on "and")
    return out.str.replace_all(
        r"(?i)\s*([:;,.])?[ \t]*\n\s*((?:and\s+)?\d[\d,]*\s+(?:each\s+)?(?:over|above))\b", "${1} ${2}"
    )


def _bracketed_figures(out: pl.Expr) -> pl.Expr:
    """A figure in brackets after its place put before it, as "N over <place>"."""
    # several places sharing a figure "each" in brackets: "over Kursk (31 drones), Oryol (12), Tula and Lipetsk
    # (4 each)" -> "..., 4 each over Tula and Lipetsk" (a figure for each place, FACTS.md 4), as an item of the list
    # or its head
    out = out.str.replace_all(
        r"(,\s*|\s+and\s+|\b(?:over|above)\s+)(" + _BRACKETED_PLACES + r")\s*\((\d[\d,]*)\s+each\)", "${1}${3} each over ${2}"
    ).str.replace_all(r"(?i)\b(over|above)\s+(\d[\d,]*\s+each\s+over)\b", "${2}")
    # the places' kind said once after the last bracket: "over the Bryansk (46), Belgorod (20) and Kursk (9) regions" ->
    # "... Kursk (9) region" (the items before take the kind from the last, `ELIDED_KIND_NEXT`); the first item right
    # after the weapons' noun opens the list: "drones over the Bryansk (46)" -> "drones: 46 over the Bryansk"
    out = out.str.replace_all(r"(\(\d[\d,]*\))\s+([Rr]egion|[Oo]blast|[Pp]rovince)s\b", "${1} ${2}")
    out = out.str.replace_all(
        r"(?i)\b(drones|uavs|missiles|targets)\s+(over|above)\s+(?:the\s+)?((?-i:" + _BRACKETED_PLACE + r"))\s*\((\d[\d,]*)\)",
        "${1}: ${4} ${2} the ${3}",
    )
    # ... and an item after "followed by": "over Bryansk (46 drones), followed by Belgorod (20)"
    out = out.str.replace_all(r"(,?\s+followed\s+by\s+)(?:the\s+)?(" + _BRACKETED_PLACE + r")\s*\((\d[\d,]*)\)", "${1}${3} over the ${2}")
    # the figure in brackets after its place: "over the Krasnodar region (29), the Rostov region (20) and
    # Voronezh (10)" -> "29 over the Krasnodar region, 20 over the Rostov region and 10 over the Voronezh"
    out = out.str.replace_all(
        r"\b(over|above)\s+(?:the\s+)?(" + _BRACKETED_PLACE + r")\s*\((\d[\d,]*)\)", "${3} ${1} the ${2}"
    )
    out = out.str.replace_all(r"(,\s*|\s+and\s+)(?:the\s+)?(" + _BRACKETED_PLACE + r")\s*\((\d[\d,]*)\)", "${1}${3} over the ${2}")
    # ... the noun in the brackets too: "above the Belgorod Region (four UAVs) and the Kursk Region (one UAV)" ->
    # "4 UAVs above the Belgorod Region and 1 UAV over the Kursk Region"
    out = out.str.replace_all(
        r"\b(over|above)\s+(?:the\s+)?(" + _BRACKETED_PLACE + r")\s*\((\d[\d,]*\s+" + _BRACKETED_NOUN + r")\)", "${3} ${1} the ${2}"
    )
    return out.str.replace_all(
        r"(,\s*|\s+and\s+)(?:the\s+)?(" + _BRACKETED_PLACE + r")\s*\((\d[\d,]*\s+" + _BRACKETED_NOUN + r")\)",
        "${1}${3} over the ${2}",
    )


def structure_rewrites(norm: pl.Expr) -> pl.Expr:
    """Rewrite list and place layouts into the plain forms the mention rules read.

    * A fact box's line puts its figure last: "Drones launched: 120" -> "120 drones launched".
    * An enumerated tally, a header and one dash or bullet line per model, becomes one coordinated
      list: "58 means of air attack:\n– 41 Kh-101 missiles;\n– 17 drones" -> "...: 41 Kh-101 missiles,
      17 drones", so the items share the header's verb, attacker and night.
    * "over the territory of the Bryansk region" (the Russian defence ministry's wording) is "over the
      Bryansk region", so its place lists read like any other.
    * "4 ballistic and 9 cruise missiles" names the noun once for two figures: "4 ballistic missiles
      and 9 cruise missiles" (twice, for three kinds).

    The text of a step is read again where a later step is only for some rows (`frames.only_where`): evaluate it with
    `frames.with_columns_once`, which computes each such part once.
    """
    # (the rewrites of lines and of brackets read only the texts that have one: no rewrite writes a line break or a
    # bracket, and most texts have neither)
    has_lines = norm.str.contains("\n", literal=True)
    has_brackets = norm.str.contains("(", literal=True)
    out = norm.str.replace(FACT_BOX_FIRST, "${1}${4} ${2} ${3}${5}").str.replace_all(FACT_BOX_LINE, "${1}${4} ${2} ${3}${5}")
    out = only_where(has_lines, out, _list_lines)
    # "7 – over the territory of ...", "13 UAVs - over ...": the ministry's dash between a figure and its place
    # (a figure shared among places with "each" before or after the dash: "4 – each over the Rostov and Voronezh
    # regions", "1 each – over ..." -> "4 each over ...")
    out = out.str.replace_all(
        r"(?i)(^|[\s:(])(\d[\d,]*|uavs|drones)[ \t]*(each[ \t]*)?\n?[ \t]*[-–—][ \t]*(each[ \t]+)?(over|above)\b",
        "${1}${2} ${3}${4}${5}",
    )
    out = only_where(has_lines, out, _place_lines)
    out = out.str.replace_all(
        ascii_bounds(r"(?i)\b(over|above)\s+the\s+(?:territor(?:y|ies)|waters?|water\s+area)\s+of\s+(?:the\s+)?"), "${1} the "
    )
    out = only_where(has_brackets, out, _bracketed_figures)
    # Ukraine's air force by its regional air commands: "15 by Air Command Centre, 11 by Air Command South" ->
    # "15 over Air Command Centre, ...", a list of places like any other
    out = out.str.replace_all(COMMAND_DIRECTION_FIRST, "${2} Command ${1}").str.replace_all(COMMAND_CENTRAL_FIRST, "${1} Command Centre")
    out = out.str.replace_all(AIR_COMMAND_PART, "${1} over ${2} Command ${3}")
    out = out.str.replace_all(AIR_COMMAND_AGENT, "${1} over ${2} Command ${3}")
    out = out.str.replace_all(AIR_COMMAND_DASH_PART, "${2} over Air Command ${1}")
    # "Of the 40 missiles, 9 were Iskander-M ballistic missiles": the total named again to open a sentence is the
    # back-reference "Of these," (the total is the fact its first statement gave)
    out = out.str.replace(RESTATED_TOTAL_OPENING, "${1}Of these, ${2}")
    for _ in range(2):
        out = out.str.replace_all(SUBCLASS_SPLIT, "${1} ${2} ${5}${3}${4}${5}")
    # a factory index before the model's name ("2 3M22 Zircon missiles", "3M-14 Kalibr", "9M723 Iskander-M")
    # is no figure of its own: the model's name says it
    out = out.str.replace_all(r"(?i)\b(?:3m-?(?:14|22|54|55)|9m-?(?:723|728|729)|kh-47m2)\s+([a-z])", "${1}")
    # the two Shahed models named by their numbers ("Shahed 131 and 136 drones", "Shahed-136 and -131") are one
    # model name, not figures: "25 Shahed 131 and 136 drones" counts 25
    out = out.str.replace_all(SHAHED_MODEL_PAIR, "Shahed")
    # "32 of a total of 35 drones", "two of the total four missiles": the total's own words between the part and
    # the total; and opening a sentence, "Of a total of 52 drones, 40 were shot down" is "Of the 52 drones"
    out = out.str.replace_all(
        r"(?i)(\d)\s+(out\s+of|of)\s+(?:a\s+total\s+of|the\s+total(?:\s+of)?)\s+(\d)", "${1} ${2} ${3}"
    ).str.replace(r"(?i)^(\W*(?:out\s+)?of)\s+(?:a\s+total\s+of|the\s+total(?:\s+of)?)\s+(\d)", "${1} the ${2}")
    out = out.str.replace_all(ROCKETS_OF_LAUNCHER, "${1} ${2} rockets")
    out = out.str.replace_all(NOUN_BEFORE_TOTAL, "${1}${2} ${4} ${5} ${3}${6}")
    # the side becomes the noun's adjective, which names the attacker as "41 Russian drones" would
    out = out.str.replace_all(r"(?i)\b(out\s+of|of)\s+(?:the\s+)?(?:russia|moscow)['’]s\s+(\d[\d,]*)\s", "${1} ${2} Russian ")
    out = out.str.replace_all(r"(?i)\b(out\s+of|of)\s+(?:the\s+)?(?:ukraine|kyiv)['’]s\s+(\d[\d,]*)\s", "${1} ${2} Ukrainian ")
    out = out.str.replace_all(r"(?i)\b(out\s+of|of)\s+the\s+enemy['’]s\s+(\d[\d,]*)\s", "${1} ${2} enemy ")
    return out


LOW_CONFIDENCE = 0.5


def check_consistency(facts: pl.DataFrame) -> pl.DataFrame:
    """`facts` plus `confidence` (1.0, or LOW_CONFIDENCE where a check inside the article fails) with the
    reason added to `note`. Nothing is corrected: the figures stay as stated.

    * a part is at most its total (`_why`, set per mention: "34 of 30", "Of these, 80" after 70);
    * intercepted is at most launched of the same group (article, night, attacker, class, no place);
    * the parts of a mixed total stated in one sentence sum to at most the total, and the items of an
      enumerated tally ("58 means:\n– 41 ...;\n– 17 ...") to exactly it.
    """
    event = (pl.col("scope") == "event") & pl.col("place").is_null()
    group = ["article_id", "event_date", "attacker", "weapon_class"]
    launched_max = pl.when(event & (pl.col("fact_type") == "launched")).then(pl.col("count")).max().over(group)
    over_launched = event & (pl.col("fact_type") == "intercepted") & (pl.col("count") > launched_max)
    sentence = ["article_id", "evidence_start", "fact_type", "scope"]
    # (a mixed item joined to its list is a sibling, no total: "206 drones, two ballistic missiles and seven other
    # projectiles")
    is_total = (pl.col("weapon_class") == "aerial_target") & (pl.col("rule_id") != "strike.coordinated").fill_null(True)
    total = pl.when(is_total).then(pl.col("count"))
    one_total = total.count().over(sentence) == 1
    parts_sum = pl.when(~is_total & pl.col("place").is_null()).then(pl.col("count")).sum().over(sentence)
    has_parts = pl.when(~is_total & pl.col("place").is_null()).then(pl.col("count")).count().over(sentence) > 0
    header = total.max().over(sentence)
    enumerated = pl.col("evidence").str.contains(ENUMERATION_LINE)
    parts_off = one_total & has_parts & ((parts_sum > header) | (enumerated & (parts_sum != header)))
    why = pl.coalesce(
        "_why",
        pl.when(over_launched).then(
            pl.format("inconsistent: intercepted {} exceeds launched {} of the same group", pl.col("count"), launched_max)
        ),
        pl.when(parts_off).then(pl.format("inconsistent: parts sum to {}, the total says {}", parts_sum, header)),
    )
    return with_columns_once(facts, why.alias("_why")).with_columns(
        pl.when(pl.col("_why").is_null()).then(pl.lit(1.0)).otherwise(pl.lit(LOW_CONFIDENCE)).alias("confidence"),
        pl.when(pl.col("_why").is_null())
        .then(pl.col("note"))
        .otherwise(pl.concat_str([pl.col("note"), pl.col("_why")], separator="; ", ignore_nulls=True))
        .alias("note"),
    ).drop("_why")
