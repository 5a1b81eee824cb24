"""Which sentences are about Russia's war on Ukraine at all (docs/facts.md, "Scope: which war").

A sentence about another war (named by its country, places or actors), one that follows such a
sentence in its paragraph or roundup section, a related-story link, and every sentence of an article
whose lead is about another war are `off_topic`; every figure family skips them. Flagged once per
article batch (`extract.facts.extract_facts`).
"""

from __future__ import annotations

import polars as pl

from pipelines.extract.dates import ENTRY_HEADING
from pipelines.extract.frames import last_earlier_value, with_columns_once
from pipelines.extract.numbers import ascii_bounds


# Other conflicts (FACTS.md "Scope"). "Iranian-made Shahed" is Ukraine's war,
# so only "Iran" as an actor counts.
OTHER_CONFLICT = (
    r"(?i)\b(?:israel\w*|gaza|hamas|hezbollah|houthis?|yemen\w*|red\s+sea|tehran|azerbaij\w*|armenia\w*"
    r"|karabakh|sudan\w*|khartoum|syria\w*|iraq\w*|kosovo\w*|serbia\w*|taiwan\w*|north\s+korea\w*|pyongyang"
    r"|saudi\w*|lebanon|lebanese|libya\w*|kashmir|myanmar|ethiopia\w*|somalia\w*|pentagon\s+said"
    # the Gulf states under Iranian missiles and drones (2026): "the UAE's air defences intercepted ..."
    r"|uae|united\s+arab\s+emirates|emirat(?:i|is|es)|qatar\w*|bahrain\w*|kuwait\w*|central\s+command|centcom"
    r"|iranian\s+(?:aggression|attacks|strikes|regime)"
    # places and actors of those wars that a sentence may name instead of the country: "health officials in
    # Rafah said 27 were killed", "a drone hit the market of El Fasher", "Pakistan's army shot down 25 drones"
    r"|palestin\w*|west\s+bank|rafah|khan\s+you?nis|jenin|tel\s+aviv|idf|sanaa|hodeidah|beirut"
    r"|darfur\w*|el[\s-]fasher|kordofan|rapid\s+support\s+forces|pakistan\w*|operation\s+sindoor"
    r"|line\s+of\s+control|indian\s+(?:army|air\s+force|military|armed\s+forces|drones?|missiles?|strikes?))\b"
    r"|\bIran\b(?:[^-\w]|$)"
)
NORTH_KOREAN_FOR_RUSSIA = ascii_bounds(
    r"(?i)\bnorth\s+korean(?:-made|-supplied|-built|-produced)?(\s+(?:[\w-]+\s+){0,2}?(?:kn-?2[34]|missiles?|shells"
    r"|ammunition|artillery|rockets)\b)"
)
# ... and North Korea supplying Russia: "munitions provided to Moscow by North Korea", "North Korea has supplied
# Russia with shells" (the words are read again without it)
NORTH_KOREA_SUPPLYING_RUSSIA = ascii_bounds(
    r"(?i)\b(?:provided|supplied|sent|delivered|given|shipped)\s+to\s+(?:moscow|russia)\s+by\s+north\s+korea\b"
    r"|\bnorth\s+korea\s+(?:has\s+|had\s+)?(?:provided|supplied|sent|delivered|gave|given|shipped)\s+(?:moscow|russia)\b"
)
# a wire credit in brackets before the lede, ending with its date: "Kyiv, (APP - Some Outlet / Lahore News - 6th
# Oct, 2023) Ukraine's air force said ...". It names the publisher (whatever its country), not the war.
WIRE_CREDIT = r"^[^()\n]{0,40}\([^()\n]{0,120}\b(?:19|20)\d\d\s*\)"
# an agency's dateline names where the agency sits, not the story's war: "TEHRAN, Jun 03 (MNA) – Russian air
# defences intercepted ...", "TEHRAN (MNA) – ..." (the city in capitals, then a date and the agency, then a dash)
AGENCY_DATELINE = (
    r"^\s*[A-Z]{3,}(?:\s+[A-Z]{3,})?\s*(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*)?(?:\([A-Z][A-Za-z.]{1,12}\)\s*)?[–—-]\s"
)
# a related-story link in a page ("Read more: Air force: 59 of 102 drones downed") is another story
RELATED_LINK = r"(?i)^\s*(?:read\s+(?:more|also)|also\s+read|related(?:\s+stories)?|see\s+also|more\s+on\s+this|watch)\s*[:|–—-]"
# ... and its header standing alone on its line ("Read more:", "Read More"), which heads the linked headlines after it
RELATED_HEADER_ALONE = r"(?i)^\s*(?:read\s+(?:more|also)|also\s+read|related(?:\s+stories)?|see\s+also)\s*[:|–—-]?\s*$"
# Disasters, accidents and crimes (in Russia or anywhere) are no part of the war: "an explosion at a petrol
# station in Russia's Dagestan killed 13", "a gunman opened fire at a school in Udmurtia", "floods in Orenburg".
# Only where the sentence names no weapon, no armed force and no place of the war: a drone that starts a fire at an
# oil depot, or an Il-76 "military" plane that crashed in Belgorod, stay with the war.
DISASTER = (
    r"(?i)\b(?:earthquakes?|quakes?|tsunami|floods?|flooding|flooded|wildfires?|forest\s+fires?|landslides?"
    r"|avalanches?|storms?|hurricanes?|typhoons?|heatwaves?|derail\w*"
    # a vehicle's crash ("debris crashed into a house" and "the building collapsed" are a strike's)
    r"|(?:plane|aircraft|airliner|jet|helicopter|bus|train|car|lorry|truck|minibus|vehicle)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:crash\w*|collided|collision|derailed|overturned|plunged)|gunm[ae]n|mass\s+shooting|school\s+shooting|opened\s+fire|stabb\w*|poisoning|gas\s+(?:leak|explosion"
    r"|blast|cylinder)|carbon\s+monoxide|drown\w*|methanol|coal\s+mine|miners|concert\s+hall|petrol\s+station"
    r"|gas\s+station|road\s+accident|traffic\s+accident"
    # street unrest is no war: "dozens of police were hurt as protests in the capital turned violent", "riot police
    # clashed with demonstrators"
    r"|protests?|protesters?|protestors?|demonstrations?|demonstrators?|riots?|rioters|rallies"
    r"|fire\s+(?:at|in|swept|ripped\s+through|broke\s+out\s+at)\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:shopping|nightclub|club|cafe|restaurant|hospital|hostel|care\s+home"
    r"|nursing\s+home|school|market|dormitory))\b"
)
WAR_ACTION = (
    r"(?i)\b(?:drones?|uavs?|unmanned|missiles?|rockets?|shell\w*|strikes?|struck|airstrikes?|bomb\w*|artillery|mortars?"
    r"|shaheds?|air\s+defen[cs]es?|troops|soldiers|servicem[ae]n|military|army|armed\s+forces|front\w*|war|invasion"
    r"|occup\w*|combat|offensive|sabotage\w*|explosives?|landmines?|kamikaze|shot\s+down|intercept\w*|attack\s+on"
    r"|ukrain\w*|kyiv|kiev|zelensk\w*|crimea\w*|donbas|donetsk|luhansk|kharkiv|odesa|zaporizh\w*|kherson|belgorod"
    r"|kursk|bryansk|kakhovka)\b"
)
# a heading paragraph: one short line without a sentence's closing punctuation
HEADING_MAX_CHARS = 100
SENTENCE_END = r"[.!?:;\"”’)]\s*$"
UKRAINE_WAR = r"(?i)\b(?:ukrain\w*|kyiv|kiev|zelensk\w*|crimea\w*|donbas|donetsk|kharkiv|odesa|zaporizh\w*|kherson|russia\w*)"
# a round-up's item or a newsletter's section on another region, by its label: "- Middle East: ...", a
# heading "Africa". In a sentence ("drones from the Middle East") the region alone names no war.
OTHER_REGION = r"(?:middle\s+east|mideast|africa|asia|asia[\s-]pacific|indo[\s-]pacific|americas|latin\s+america|south\s+asia|east\s+asia)"
OTHER_REGION_LABEL = r"(?i)^[\s\-–—•*·#]*" + OTHER_REGION + r"\s*[:–—|](?:\s|$)"
OTHER_REGION_HEADING = r"(?i)^[\s\-–—•*·#]*(?:the\s+)?" + OTHER_REGION + r"[\s:.]*$"
# a live blog's time stamp on a line of its own: "11:19", "09.42 GMT", "9:06 p.m.", "10.15am"
TIME_STAMP = r"(?i)^[\s\W]*\d{1,2}[:.]\d\d(?:\s*[ap]\.?\s?m\.?)?(?:\s+[a-z]+){0,3}[\s:.]*$"
# a list item: a bullet at the sentence's start, or the line of one inside it
LIST_ITEM = r"^[ \t]*[-–—•*·]|\n[ \t]*[-–—•*·]"
OTHER_CONFLICT = ascii_bounds(OTHER_CONFLICT)
DISASTER = ascii_bounds(DISASTER)
WAR_ACTION = ascii_bounds(WAR_ACTION)
UKRAINE_WAR = ascii_bounds(UKRAINE_WAR)
RELATED_LINK = ascii_bounds(RELATED_LINK)
RELATED_HEADER_ALONE = ascii_bounds(RELATED_HEADER_ALONE)


def _with_related_lists(flags: pl.DataFrame) -> pl.DataFrame:
    """`flags` (with `_related` for a sentence that is a related-story link) with the linked headlines after a header
    flagged too."""
    # the items of a related-links list are other stories' headlines like its header line: "Read also:\n- Ukraine downs
    # all 28 cruise missiles ...\n- Russia sees another barrage ..." (each item up to the list's end in its paragraph)
    if "list_item" in flags.columns and flags.select(pl.col("_related").any() & pl.col("list_item").any()).item():
        paragraph_order = {"partition_by": ["article_id", "paragraph_idx"], "order_by": "sentence_idx"}
        run = (~pl.col("list_item") | pl.col("_related")).cum_sum().over(**paragraph_order)
        flags = flags.with_columns(run.alias("_run")).with_columns(
            (
                pl.col("_related")
                | (pl.col("list_item") & pl.col("_related").first().over(["article_id", "paragraph_idx", "_run"], order_by="sentence_idx"))
            ).alias("_related")
        ).drop("_run")
    # ... and a header standing alone ("Read more:") heads the linked headlines printed after it as paragraphs of their
    # own, with no bullet and no full stop ("Read more:\n\nRussian strike in the east kills five, wounds dozens\n\nEU
    # opens talks with ..."), up to the first sentence that ends as a sentence does (the story going on)
    header_alone = pl.col("sentence").str.contains(RELATED_HEADER_ALONE)
    if flags.select(header_alone.any()).item():
        run = (header_alone | pl.col("sentence").str.contains(SENTENCE_END)).cum_sum().over("article_id")
        flags = flags.with_columns(run.alias("_run")).with_columns(
            (pl.col("_related") | header_alone.first().over(["article_id", "_run"])).alias("_related")
        ).drop("_run")
    return flags


def related_links(sentences: pl.DataFrame) -> pl.DataFrame:
    """(article_id, sentence_idx) of each related-story link: a "Read also: ..." line, the items of its list and the
    linked headlines printed after a header standing alone (as `add_off_topic` flags them)."""
    flags = sentences.with_columns(pl.col("sentence").str.contains(RELATED_LINK).alias("_related"))
    if not flags.select(
        pl.col("_related").any() | pl.col("sentence").str.contains(RELATED_HEADER_ALONE).any()
    ).item():
        return flags.filter(pl.lit(False)).select("article_id", "sentence_idx")
    return _with_related_lists(flags).filter("_related").select("article_id", "sentence_idx")


def add_off_topic(sentences: pl.DataFrame) -> pl.DataFrame:
    """`sentences` plus `off_topic`: true for a sentence about another conflict, a related-story link
    ("Read more: ..."), or a sentence in an article
    whose lead is about one (or that names another conflict and never Ukraine or Russia).

    A frame that already has the column is returned as it is: `extract_facts` flags the
    sentences once for both the strike and the casualty rules."""
    if "off_topic" in sentences.columns:
        return sentences
    flags = with_columns_once(
        sentences,
        (
            pl.col("sentence").str.replace(WIRE_CREDIT, "").str.replace(AGENCY_DATELINE, "").str.contains(OTHER_CONFLICT)
            | pl.col("sentence").str.contains(OTHER_REGION_LABEL)
        ).alias("_other"),
        pl.col("sentence").str.contains(RELATED_LINK).alias("_related"),
        pl.col("sentence").str.contains(UKRAINE_WAR).alias("_war"),
        (pl.col("sentence").str.contains(DISASTER) & ~pl.col("sentence").str.contains(WAR_ACTION)).alias("_disaster"),
    ).with_columns(
        # a disaster in Russia names Russia without being the war
        (pl.col("_other") | pl.col("_disaster")).alias("_other"),
        (pl.col("_war") & ~pl.col("_disaster")).alias("_war"),
    )
    flags = _with_related_lists(flags)
    # North Korea's missiles in Russia's hands are this war's ("Russia fired two North Korean KN-23 missiles");
    # North Korea on its own ("North Korea fired missiles into the sea") stays another conflict. Only the few
    # sentences flagged and about this war are read again, without those words.
    recheck = pl.col("_other") & pl.col("_war") & pl.col("sentence").str.contains(r"(?i)\bnorth\s+korea")
    if flags.select(recheck.any()).item():
        flags = flags.with_row_index("_row")
        again = flags.filter(recheck).select(
            "_row",
            pl.col("sentence").str.replace_all(NORTH_KOREAN_FOR_RUSSIA, "${1}").str.replace_all(NORTH_KOREA_SUPPLYING_RUSSIA, "")
            .str.contains(OTHER_CONFLICT).alias("_again"),
        )
        flags = (
            flags.join(again, on="_row", how="left", maintain_order="left")
            .with_columns(pl.coalesce("_again", "_other").alias("_other"))
            .drop("_row", "_again")
        )
    # (a round-up's first item is no lead: "Key events:\n- Israeli strikes in Rafah ...\n- Ukraine's air
    # force said ..." is about several wars, one item each)
    is_list_item = pl.col("list_item") if "list_item" in flags.columns else pl.col("sentence").str.contains(LIST_ITEM)
    lead_off = (
        (pl.col("_other") & ~pl.col("_war") & ~is_list_item)
        .filter(pl.col("sentence_idx") == pl.col("sentence_idx").min())
        .any()
        .over("article_id")
    )
    elsewhere = (~pl.col("_war").any() & pl.col("_other").any()).over("article_id")
    # A sentence that names no war keeps the topic of the one before it in its paragraph ("In Rafah, ... .
    # Officials said 27 were killed"), and, at a paragraph's start, that of its section's heading: a roundup's
    # "Sudan: army chief escapes drone strike" heads paragraphs that may not name Sudan again. A sentence that
    # names Ukraine's war (or a paragraph that opens with one) is back on topic.
    topic = (
        pl.when(pl.col("_war")).then(pl.lit(False)).when(pl.col("_other")).then(pl.lit(True))
        .otherwise(pl.lit(None, dtype=pl.Boolean))
    )
    paragraph = ["article_id", "paragraph_idx"]
    heading = (
        (pl.len().over(paragraph) == 1)
        & (pl.col("sentence").str.len_chars() <= HEADING_MAX_CHARS)
        & ~pl.col("sentence").str.contains(SENTENCE_END)
    )
    # (a column first: the heading test, a window, is read again by its topic and its section)
    flags = flags.with_columns(heading.alias("_heading"))
    # a newsletter's section on another region ("Middle East", "Africa") heads another war's items
    heading_topic = (
        pl.when(pl.col("_heading") & pl.col("sentence").str.contains(OTHER_REGION_HEADING)).then(pl.lit(True))
        .otherwise(topic)
    )
    flags = flags.with_columns(heading_topic.alias("_topic"), pl.col("_heading").cum_sum().over("article_id").alias("_section"))
    section_topic = (
        pl.when(pl.col("_heading")).then(pl.col("_topic")).otherwise(pl.lit(None, dtype=pl.Boolean))
        .first().over("article_id", "_section")
    )
    # (the topic of the paragraph's sentences before, gathered paragraph by paragraph: a window over every
    # paragraph of the batch cost more than all the topic patterns)
    flags = last_earlier_value(flags, paragraph, _paragraph_topic=pl.col("_topic"))
    carried = [
        pl.col("_paragraph_topic"),
        pl.when(pl.col("_section") > 0).then(section_topic),
    ]
    # A live blog's entry under a stamp with no title ("11:19", "Thu 13 Mar 2025 09.42 GMT") is about what its
    # sentences say: a paragraph of the entry that names no war keeps the topic of the entry's last sentence that
    # did ("Israeli strikes killed 30 in Gaza.\n\nAt least 80 were injured, the ministry said.")
    stamp = pl.col("_heading") & (pl.col("sentence").str.contains(TIME_STAMP) | pl.col("sentence").str.contains(ENTRY_HEADING))
    if flags.select(stamp.any()).item():
        flags = flags.with_columns(stamp.alias("_stamp"))
        in_entry = (pl.col("_section") > 0) & pl.col("_stamp").first().over("article_id", "_section")
        carried.append(pl.when(in_entry).then(pl.col("_topic").shift(1).forward_fill().over("article_id", "_section")))
        flags = flags.with_columns(pl.coalesce(carried).alias("_carried")).drop("_stamp")
        carried = [pl.col("_carried")]
    carried = pl.coalesce(carried)
    inherited = pl.col("_topic").is_null() & carried.fill_null(False)
    return flags.with_columns(
        (pl.col("_other") | pl.col("_related") | lead_off | elsewhere | inherited).alias("off_topic")
    ).drop(
        "_other", "_related", "_war", "_disaster", "_topic", "_paragraph_topic", "_heading", "_section", "_carried",
        strict=False,
    )
