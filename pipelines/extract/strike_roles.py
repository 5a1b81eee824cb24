"""Strike roles: what each figure refers back to, and its fact type.

The middle stages of `strikes._facts_from_mentions`, after `strike_mentions` has kept the figures that count
weapons. Each takes the mentions frame and returns it with the columns it decides:

1. `heads_of_back_references`: the total a later "Of these, ..." refers to (sorts the mentions by article).
2. `carry_antecedents`: the class, model, count and attacker of the last weapon figure before each figure;
   `whole_named_before`: a bare "all N" that is not that figure is the group of N named earlier.
3. `resolve_references`: each figure's count, model and attacker through what it refers to ("all of them").
4. `new_clause_after_and`: ", and 45 drones were shot down" starts a clause of its own.
5. `type_sources`: the type each rule would give, strong and weak, in priority order (lexicon/strike_rules.csv).
6. `coordinated_groups`: the weapon figures of a sentence that share a type.
7. `fact_type`: the type and the rule that gave it.
8. `drop_untyped_and_non_aerial`: figures with no type or class, sea and ground drones, artillery rockets.
"""

from __future__ import annotations

from functools import lru_cache

import polars as pl

from pipelines.extract.frames import last_earlier_value, with_columns_once
from pipelines.extract.numbers import ascii_bounds
from pipelines.extract.strike_mentions import (
    ADDED_THAT_OPENING,
    ANTECEDENT_AFTER,
    ANTECEDENT_BEFORE,
    BREAKDOWN_BEFORE,
    earlier_in_row,
    ffill_in_row,
    next_in_row,
    prev_in_row,
)
from pipelines.extract.strike_verbs import VERBS
from pipelines.extract.structure import ENUMERATION_LINE
from pipelines.extract.weapons import weapon_models


# drones that do not fly: "sea drones", "naval drones", "unmanned surface vessels", "ground robotic drones"
NOT_AERIAL_DRONE = ascii_bounds(
    r"(?i)\b(?:sea|naval|maritime|marine|surface|underwater|water|ground|land|robotic)\s+(?:[\w-]+\s+)?(?:drones?|uavs?)\b"
)
# aircraft as the subject of a launch: "Russian jets fired some 25 rockets at the airfield"
AIRCRAFT_FIRED = ascii_bounds(
    r"(?i)\b(?:planes|aircraft|jets|warplanes|bombers)\s+(?:have\s+|had\s+)?(?:also\s+)?(?:fired|launched)\b"
)
# a share of a figure stated without a count: "a third of the 90 drones", "most of the 40", "80% of the 150"
FRACTION_OF = ascii_bounds(
    r"(?i)(?:\b(?:half|halves|thirds?|quarters?|fifths?|most|majority|bulk|many|some|several|none|rest|percent)"
    r"|\bper\s+cent|%)\s+of\s+(?:the\s+|these\s+|those\s+)?$"
)
# a participle of downing right after a weapon figure: "30 Shaheds shot down", "15 missiles intercepted"
DOWNED_PARTICIPLE_AFTER = ascii_bounds(
    r"(?i)^\s+(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed|suppressed|brought\s+down|taken\s+down"
    r"|jammed|disabled|eliminated)\b"
)
THERE_WERE_BEFORE = ascii_bounds(r"(?i)\bthere\s+(?:were|was|had\s+been)\s+(?:a\s+total\s+of\s+)?$")
IN_TOTAL_WORDS = ascii_bounds(r"(?i)\b(?:in\s+total|in\s+all|altogether|overall|a\s+total\s+of)\b")
IN_TOTAL_AFTER = ascii_bounds(r"(?i)^\s*(?:[\w'’-]+\s+){0,3}?(?:in\s+total|in\s+all|altogether)\b")
# what may sit between a coordinating word and the next figure: "and all 3", "and a record 188", "and another 12"
LINK_DETERMINER = (
    r"(?:all\s+(?:but\s+)?(?:of\s+)?(?:the\s+)?|the\s+|a\s+(?:record|further|total\s+of)\s+|another\s+"
    r"|an\s+(?:additional|extra)\s+)"
)
COORDINATED = ascii_bounds(
    r"(?i)^\s*(?:,|:|,?\s*(?:and|as\s+well\s+as|plus|along\s+with))?\s*" + LINK_DETERMINER + r"?$"
    # "shot down two missiles there, in addition to one reconnaissance drone"
    r"|\b(?:including|as\s+well\s+as|along\s+with|alongside|together\s+with|in\s+addition\s+to|as\s+(?:was|were)(?:\s+all)?)\s+"
    + LINK_DETERMINER + r"?$"
    # "fired four missiles from ..., along with a Kh-59 guided missile and three Kh-101 cruise missiles": a
    # list's item with no figure of its own between two that have one
    r"|\b(?:as\s+well\s+as|along\s+with|in\s+addition\s+to|plus)\s+(?:a|an)\s+(?:[\w'’/-]+\s+){0,4}?"
    r"(?:missile|drone|uav|bomb|rocket)\s+(?:[\w'’/-]+\s+){0,2}?and\s+$"
)


@lru_cache(maxsize=1)
def _any_model_pattern() -> str:
    """One regex that matches where a phrase (lower-cased) names any model of lexicon/weapons.csv."""
    return "|".join(f"(?:{ascii_bounds(p)})" for p in weapon_models()["pattern"])


# the windows over an article, in its order: what a figure refers back to is the last one before it
IN_ARTICLE = {"order_by": ["sentence_idx", "mention_idx"]}
# a weapon figure's own count, and its qualifier ("" for exact, so a fill does not reach past it to an older one)
NOUN_COUNT = pl.when(pl.col("has_noun")).then(pl.coalesce("count2", "count"))
NOUN_QUAL = pl.when(pl.col("has_noun")).then(
    pl.when(pl.col("count2").is_not_null()).then(pl.col("qual2_text")).otherwise(pl.col("qual_text")).fill_null("")
)
# a weapon figure's model; one without a model keeps its null ("" while filling) so an older model does not
# leak past it
WEAPON_MARK = pl.when(pl.col("own_class").is_not_null()).then(pl.col("own_weapon").fill_null(""))
# the total a sentence begins with (its head): what "Of these, 71 were shot down" in a later sentence refers to
HEAD = pl.col("has_noun") & ~pl.col("_earlier_noun") & ~pl.col("_back_copula")
# "shot down 35 of 40 drones launched overnight and five missiles": the participle belongs to the drones, and
# the missiles are coordinated with them; so in a list with commas ("shot down 6 missiles fired from the Black
# Sea, 27 Shahed drones and ...", "involved 14 cruise missiles launched by bombers, three Iskander-K ..."), where the
# participle has its complement (a fact box's "65 drones launched, 58 drones downed" are two items of their own)
# (the participle set off by commas too, and the place the item before was downed: "brought down three SCALP
# missiles, launched by Ukraine, over the Kherson region, and 21 Ukrainian drones over ...")
PARTICIPLE_LINK = pl.col("has_noun") & pl.col("pre").str.contains(
    r"(?i)^\s*,?\s*(?:launched|fired|sent|used|aimed|directed)\b(?:[^,;]{0,50}?\band|\s+(?:from|by|at|over|toward|towards)\b"
    r"[^,;]{0,50}?,(?:\s*(?:over|above|near)\s+[^,;]{1,40},)?(?:\s*and)?)\s*$"
)
# a part of the figure before it sent one way: "36 of them headed towards the capital", "20 of them were aimed at Kyiv"
HEADING_PART_AFTER = ascii_bounds(
    r"(?i)^\s+of\s+(?:them|these|those)\s+(?:were\s+|had\s+)?(?:headed|heading|flew|flying|aimed|directed|launched|sent"
    r"|fired)\s+(?:towards?|at|for|to|on)\b"
)
# a sentence listing the parts of the weapons the one before counted, its subject a pronoun: "They included 25
# Shahed drones and seven cruise missiles", "These comprised ..." (`fact_type`)
PRONOUN_BREAKDOWN = ascii_bounds(
    r"(?i)^\W*(?:(?:they|these|those)\s+(?:also\s+)?(?:included|include|comprised|consisted\s+of)\s"
    # ... or opening on them: "Among them, 21 drones were over the Kursk region, seven over ..." (a figure with no
    # verb of its own)
    r"|(?:among|of)\s+(?:them|these|those)\s*,"
    # ... or saying the same of more weapons: "So too were one Zircon missile and more than 100 Kalibr missiles",
    # "So were 20 drones"
    r"|so\s+(?:too\s+|also\s+)?(?:were|was)\s)"
)
# weapons on their way to a place, the words right after the figure's noun ("heading towards Kyiv", "were flying
# toward the city"); not back ("headed back to Russia") nor a figure whose verb follows ("heading ... were downed")
HEADING_AFTER = ascii_bounds(
    r"(?i)^\s*(?:(?:were|was)\s+)?(?:heading|headed|flying)\s+(?:towards?|for)\s+(?:the\s+)?[\w'’-]+"
    r"(?:\s+(?:region|oblast|city|capital))?\s*(?:[,.;)]|$|\s+(?:on|overnight|at|from|in|during|before|after)\b)"
)
# a coordinated group of weapon figures in its sentence (see `coordinated_groups`)
IN_GROUP = {"partition_by": ["row_id", "group"], "order_by": "mention_idx"}


def heads_of_back_references(m: pl.DataFrame) -> pl.DataFrame:
    """Definite back-references to a total. "Of these, 71 were shot down" opening a sentence refers to the total
    the last weapon sentence began with (its head, `_head_*`), not to that sentence's last part (`_back_ref`);
    "all of those" after a figure of its own sentence is that figure (`_all_of_prev`). Sorts the mentions into
    article order."""
    earlier_noun = earlier_in_row(pl.col("has_noun"))
    m = m.sort("article_id", "sentence_idx", "mention_idx").with_columns(
        earlier_noun.alias("_earlier_noun"),
        pl.when(pl.col("has_noun") | ~earlier_noun).then(pl.col("own_class")).alias("own_class"),
    )
    # (the counts of a sentence's classes and weapon figures as columns first: a window read inside the article's
    # window below would be evaluated again for every article)
    m = m.with_columns(
        pl.col("own_class").filter(pl.col("has_noun")).n_unique().over("row_id").alias("_row_classes"),
        pl.col("has_noun").sum().over("row_id").alias("_row_figures"),
    )
    # a head listed with parts of several classes and no total ("40 drones and 3 missiles") is a mixed total
    row_classes = pl.col("_row_classes")
    head_class = (
        pl.when(pl.col("own_class") == "aerial_target").then(pl.col("own_class"))
        .when(row_classes > 1).then(pl.lit("aerial_target"))
        .otherwise(pl.col("own_class"))
    )
    # "Thirty-six of them were aimed at Kyiv, and air defence destroyed all of those": "all of them" after a
    # figure of its own sentence is that figure, not the total an earlier sentence began with
    all_of_prev = (
        (pl.col("count") == 0) & pl.col("all_flag") & ~pl.col("has_noun") & (pl.col("row_id").shift(1) == pl.col("row_id"))
    ).fill_null(False)
    m = m.with_columns(
        all_of_prev.alias("_all_of_prev"), pl.col("count").shift(1).alias("_prev_count"),
        pl.col("qual_text").shift(1).fill_null("").alias("_prev_qual"),
    )
    back_ref = (
        ~pl.col("has_noun")
        & ~pl.col("_earlier_noun")
        & ~pl.col("_all_of_prev")
        & (pl.col("pre").str.contains(ANTECEDENT_BEFORE) | pl.col("post").str.contains(ANTECEDENT_AFTER))
    )
    m = m.with_columns(
        pl.when(HEAD).then(head_class).forward_fill().over("article_id", **IN_ARTICLE).alias("_head_class"),
        pl.when(HEAD).then(pl.col("own_weapon").fill_null("")).forward_fill().over("article_id", **IN_ARTICLE)
        .replace("", None).alias("_head_weapon"),
        pl.when(HEAD).then(NOUN_COUNT).forward_fill().over("article_id", **IN_ARTICLE).alias("_head_count"),
        pl.when(HEAD).then(NOUN_QUAL).forward_fill().over("article_id", **IN_ARTICLE).alias("_head_qual"),
        # a head listed with other figures and no total of its own: "5 Kinzhal missiles were launched, 8 Kalibr
        # ... and two ground-based missiles. All of them were shot down" refers to all three, not the first
        pl.when(HEAD)
        .then((pl.col("own_class") != "aerial_target") & (pl.col("_row_figures") > 1))
        .forward_fill().over("article_id", **IN_ARTICLE).alias("_head_of_list"),
        pl.when(HEAD).then(pl.col("row_id")).forward_fill().over("article_id", **IN_ARTICLE).alias("_head_row"),
        (pl.col("has_noun").cast(pl.Int32).cum_sum().over("row_id") - pl.col("has_noun").cast(pl.Int32))
        .alias("_figures_before"),
        (back_ref & pl.col("own_class").is_null()).alias("_back_ref"),
        # the part that a figure just before names as headed for one place ("They launched around 60 Shaheds, and
        # 36 of them headed towards the capital")
        pl.when(~pl.col("has_noun") & (pl.col("count") > 0) & pl.col("post").str.contains(HEADING_PART_AFTER))
        .then(pl.struct(pl.col("count").alias("c"), pl.col("qual_text").fill_null("").alias("q")))
        .shift(1).over("article_id").alias("_prev_heading_part"),
    ).drop("_row_classes", "_row_figures")
    # ... is what a whole without a count right after it refers to: "All of them were destroyed" is the 36 (the
    # city's account of the drones headed its way, FACTS.md 4), not the 60 its sentence began with
    whole_of_part = (
        pl.col("_back_ref") & pl.col("all_flag") & ~pl.col("has_noun") & (pl.col("count") == 0)
        & pl.col("_prev_heading_part").is_not_null()
    )
    return m.with_columns(
        pl.when(whole_of_part).then(pl.col("_prev_heading_part").struct.field("c")).otherwise(pl.col("_head_count"))
        .alias("_head_count"),
        pl.when(whole_of_part).then(pl.col("_prev_heading_part").struct.field("q")).otherwise(pl.col("_head_qual"))
        .alias("_head_qual"),
    ).drop("_prev_heading_part")


def carry_antecedents(m: pl.DataFrame) -> pl.DataFrame:
    """What a bare figure refers back to: the last weapon figure of the article (its class, model, count,
    qualifier and attacker), or for a back-reference the head; and the last figure of the same class or
    kind, for "all the missiles", "45 of the cruise missiles"."""
    # the last earlier figure of the same class, and of the same class and kind (heads_of_back_references put the
    # mentions in reading order)
    # (and the sentence of that figure, with how many figures of the class it lists: "all the missiles" after "2
    # ballistic missiles and 29 cruise missiles" is each of them)
    m = m.with_columns(
        pl.col("has_noun").cast(pl.Int32).sum().over(["row_id", "own_class"]).alias("_row_class_n"),
        (pl.col("own_class") == "aerial_target").fill_null(False).any().over("row_id").alias("_row_has_total"),
    )
    m = last_earlier_value(
        m, ["article_id", "own_class"], _class_weapon=WEAPON_MARK, _class_count=NOUN_COUNT, _class_qual=NOUN_QUAL,
        _class_row=pl.when(pl.col("has_noun")).then(pl.col("row_id")),
        _class_row_n=pl.when(pl.col("has_noun") & ~pl.col("_row_has_total")).then(pl.col("_row_class_n")),
    )
    m = last_earlier_value(m, ["article_id", "own_class", "_kind"], _kind_weapon=WEAPON_MARK, _kind_count=NOUN_COUNT)
    return with_columns_once(
        m,
        pl.when(pl.col("_back_ref")).then(pl.col("_head_class"))
        .otherwise(pl.col("own_class").forward_fill().over("article_id", **IN_ARTICLE)).alias("weapon_class"),
        WEAPON_MARK.forward_fill().over("article_id", **IN_ARTICLE).replace("", None).alias("_ffill_weapon"),
        pl.col("_class_weapon").replace("", None).alias("_same_class_weapon"),
        pl.col("_class_count").alias("_same_class_count"),
        pl.col("_class_row").alias("_same_class_row"),
        pl.col("_class_row_n").alias("_same_class_row_n"),
        pl.col("_class_qual").alias("_same_class_qual"),
        pl.col("_kind_weapon").replace("", None).alias("_same_kind_weapon"),
        pl.col("_kind_count").alias("_same_kind_count"),
        pl.when(pl.col("_back_ref")).then(pl.col("_head_count"))
        .otherwise(NOUN_COUNT.shift(1).forward_fill().over("article_id", **IN_ARTICLE)).alias("ref_count"),
        pl.when(pl.col("_back_ref")).then(pl.col("_head_qual"))
        .otherwise(NOUN_QUAL.shift(1).forward_fill().over("article_id", **IN_ARTICLE)).alias("_ref_qual"),
        pl.coalesce(
            "own_attacker",
            pl.when(pl.col("has_noun")).then(pl.col("sentence_attacker")),
        ).forward_fill().over("article_id", **IN_ARTICLE).alias("_ffill_attacker"),
    ).drop("_class_weapon", "_class_count", "_class_qual", "_kind_weapon", "_kind_count", "_class_row", "_class_row_n",
           "_row_class_n", "_row_has_total")


def whole_named_before(m: pl.DataFrame) -> pl.DataFrame:
    """A bare "all N" that is not the weapon figure before it ("destroyed 8 Kalibr cruise missiles and all 21
    <nickname>", "launched 40 drones and 3 missiles ... destroyed all 40") is the whole of a group of N named earlier
    in the article: it takes that figure's class, model and attacker. With no such group it names no weapon it can be
    read as ("Russia fired 32 drones ... Ukraine's rockets flew at Belgorod. All 6 were downed"): no fact (a wrong
    class is worse than none)."""
    other_whole = (
        ~pl.col("has_noun") & pl.col("_all_counted") & pl.col("ref_count").is_not_null() & (pl.col("count") != pl.col("ref_count"))
    )
    if m.is_empty() or not m.select(other_whole.any()).item():
        return m
    m = m.with_row_index("_whole_row")
    wholes = m.filter(other_whole).select("_whole_row", "article_id", "count", "sentence_idx", "mention_idx")
    named = m.filter(pl.col("has_noun") & pl.col("own_class").is_not_null()).select(
        "article_id", "count",
        pl.col("sentence_idx").alias("_named_sentence"), pl.col("mention_idx").alias("_named_mention"),
        pl.col("own_class").alias("_named_class"), pl.col("own_weapon").alias("_named_weapon"),
        pl.col("own_attacker").alias("_named_attacker"),
    )
    found = (
        wholes.join(named, on=["article_id", "count"])
        .filter(
            (pl.col("_named_sentence") < pl.col("sentence_idx"))
            | ((pl.col("_named_sentence") == pl.col("sentence_idx")) & (pl.col("_named_mention") < pl.col("mention_idx")))
        )
        .sort("_whole_row", "_named_sentence", "_named_mention")
        .group_by("_whole_row", maintain_order=True)
        .last()
        .select("_whole_row", "_named_class", "_named_weapon", "_named_attacker", pl.lit(True).alias("_named_found"))
    )
    m = m.join(found, on="_whole_row", how="left")
    found_here = pl.col("_named_found").fill_null(False)
    return (
        m.filter(~(other_whole & ~found_here))
        .with_columns(
            pl.when(found_here).then(pl.col("_named_class")).otherwise(pl.col("weapon_class")).alias("weapon_class"),
            pl.when(found_here).then(pl.col("_named_weapon")).otherwise(pl.col("_ffill_weapon")).alias("_ffill_weapon"),
            pl.when(found_here & pl.col("_named_attacker").is_not_null()).then(pl.col("_named_attacker"))
            .otherwise(pl.col("_ffill_attacker")).alias("_ffill_attacker"),
        )
        .drop("_whole_row", "_named_class", "_named_weapon", "_named_attacker", "_named_found")
    )


def resolve_references(m: pl.DataFrame) -> pl.DataFrame:
    """The count, qualifier, model and attacker of each figure, through what it refers to: "all of them" is
    the figure it refers to (after a list with no total, each of the list: `_all_of_list`), "all the
    missiles" the last missile figure; a definite reference larger than the last model's figure has no model.
    The attacker: the noun phrase's, else the sentence's, else the last one the article named, else RU."""
    # "all 3 drones", "13 of the drones": a definite reference to figures named before
    definite = pl.col("of_ref").is_not_null() | pl.col("all_flag") | pl.col("all_but") | pl.col("pre").str.contains(r"(?i)\bthe\s+$")
    return m.with_columns(
        # "40 drones and 3 missiles, all of which were shot down", "... and two ground-based missiles. All of them
        # were shot down": "all of them" after a list of figures with no total of its own
        (
            (pl.col("count") == 0)
            & pl.col("all_flag")
            & (
                (pl.col("_back_ref") & pl.col("_head_of_list").fill_null(False))
                | (~pl.col("_back_ref") & (pl.col("_figures_before") > 1))
            )
            # "downed all the drones and three missiles": "all" with a noun of one class is that class only
            & (~pl.col("has_noun") | (pl.col("own_class") == "aerial_target"))
        ).alias("_all_of_list"),
        # "Russia fired 2 ballistic missiles and 29 cruise missiles ... all the missiles were shot down": "all" with the
        # noun of a class, after a sentence that listed several figures of that class (and no total of its own), is
        # each of them, as "all of them" after a list is (its own sentence's list is `_all_of_list` above)
        (
            (pl.col("count") == 0)
            & pl.col("all_flag")
            & pl.col("has_noun")
            & (pl.col("own_class") != "aerial_target")
            & (pl.col("_same_class_row") != pl.col("row_id"))
            & (pl.col("_same_class_row_n") > 1)
        ).fill_null(False).alias("_all_of_class_list"),
    ).with_columns(
        (pl.col("_all_of_list") | pl.col("_all_of_class_list")).alias("_all_of_list"),
    ).with_columns(
        # "all of them" (normalised to "all 0 of them") is the figure it refers to
        # (after a list of figures without a total, "all of them" is each of them: see _all_of_list below)
        pl.when(pl.col("_all_of_list"))
        .then(None)
        # "all the missiles" (normalised to "all 0 of the missiles"): the last figure of that class
        .when((pl.col("count") == 0) & pl.col("all_flag") & pl.col("has_noun")).then(pl.col("_same_class_count"))
        .when(pl.col("_all_of_prev")).then(pl.col("_prev_count"))
        .when((pl.col("count") == 0) & pl.col("all_flag")).then(pl.col("ref_count")).otherwise(pl.col("count")).alias("count"),
        # ... with that figure's qualifier: "about 40 drones, all of which were destroyed" is about 40 destroyed
        pl.when(pl.col("_all_of_list"))
        .then(pl.col("qual_text"))
        .when((pl.col("count") == 0) & pl.col("all_flag") & pl.col("has_noun")).then(pl.col("_same_class_qual"))
        .when(pl.col("_all_of_prev")).then(pl.col("_prev_qual"))
        .when((pl.col("count") == 0) & pl.col("all_flag")).then(pl.col("_ref_qual"))
        .otherwise(pl.col("qual_text"))
        .replace("", None)
        .alias("qual_text"),
        # (the model reads the count the figure was stated with: the same `with_columns` replaces it above)
        pl.when(pl.col("weapon_class") == "aerial_target")
        .then(None)
        # a definite reference larger than the figure of the model named last is not that model:
        # "one Kh-22 cruise missile ... 45 of the cruise missiles" are the cruise missiles of all models
        .when(pl.col("has_noun") & pl.col("own_weapon").is_null() & definite & pl.col("_kind").is_not_null())
        .then(pl.when(pl.col("count") > pl.col("_same_kind_count")).then(None).otherwise(pl.col("_same_kind_weapon")))
        .when(pl.col("has_noun") & pl.col("own_weapon").is_null() & definite)
        .then(pl.when(pl.col("count") > pl.col("_same_class_count")).then(None).otherwise(pl.col("_same_class_weapon")))
        # an enumerated tally's item with a class and no model ("Air defence shot down 45:\n- 42 drones;") is the
        # group the article named the model of before ("50 Shahed drones"), as the corpora label it, when no larger
        .when(
            pl.col("has_noun") & pl.col("own_weapon").is_null() & pl.col("sentence").str.contains(ENUMERATION_LINE)
            & (pl.col("count") <= pl.col("_same_class_count"))
        )
        .then(pl.col("_same_class_weapon"))
        .when(pl.col("has_noun") | (pl.col("pre_phrase").is_not_null() & ~pl.col("_earlier_noun")))
        .then(pl.col("own_weapon"))
        .when(pl.col("_back_ref"))
        .then(pl.col("_head_weapon"))
        .otherwise(pl.col("_ffill_weapon"))
        .alias("weapon"),
        pl.coalesce(
            "own_attacker",
            # an item of a list of places is a part of the figure that heads the list in its sentence, and that
            # figure's side: "destroyed nine Ukrainian drones: six UAVs over ... and one UAV each over ..."
            pl.when(pl.col("in_place_list") | pl.col("each_places").is_not_null())
            .then(pl.col("own_attacker").shift(1).forward_fill().over("row_id", order_by="mention_idx")),
            "sentence_attacker", "_ffill_attacker", "article_attacker", pl.lit("RU"),
        ).alias("attacker"),
    ).with_columns(
        # guided bombs named without a model take the side of their sentence ("Russian air defences shot down
        # 12 guided aerial bombs" are Ukraine's); KAB names Russia's, so Ukraine's bombs are no KAB
        pl.when((pl.col("weapon") == "KAB") & (pl.col("attacker") == "UA")).then(None).otherwise(pl.col("weapon")).alias("weapon"),
    ).with_columns(_place_list_item_model().alias("weapon"))


def _place_list_item_model() -> pl.Expr:
    """An item of a list of places with its own noun and no model ("17 Shahed-131/136 drones were destroyed in the
    south: 10 drones in the Mykolaiv region, 4 in the Kherson region") is a part of the figure that opens its sentence
    and names a model: that model, where the item is of its class and no larger (the bare items after it read it too)."""
    first = {"partition_by": "row_id", "order_by": "mention_idx"}
    header_model = pl.col("own_weapon").first().over(**first)
    header_class = pl.col("weapon_class").first().over(**first)
    header_count = pl.col("count").first().over(**first)
    header_is_figure = (pl.col("has_noun") & ~pl.col("in_place_list")).first().over(**first)
    item = (
        pl.col("in_place_list")
        & pl.col("weapon").is_null()
        & header_is_figure
        & header_model.is_not_null()
        & (pl.col("mention_idx") != pl.col("mention_idx").min().over("row_id"))
        & (pl.col("weapon_class") == header_class)
        & (pl.col("weapon_class") != "aerial_target")
        & (pl.col("count") <= header_count)
    ).fill_null(False)
    return pl.when(item).then(header_model).otherwise(pl.col("weapon"))


# ", and" before a clause of its own; or a reported second clause, "and that": "said 580 drones were launched and that
# 550 drones and 30 missiles were shot down" (the verb before, "launched", is the first clause's)
NEW_CLAUSE_AND = ascii_bounds(r"(?i)(?:,\s*and|\band\s+that)\s*$")


def new_clause_after_and(m: pl.DataFrame) -> pl.DataFrame:
    """A new clause after ", and" (`_new_clause_type`, its passive's type). "Russia fired 17 missiles and 32 drones,
    and 12 missiles and 25 drones were destroyed": a pair of figures whose last one has its own passive is a
    new clause's subject, not a third item of the list before it; the first of the pair takes the passive of
    the second."""
    new_clause = (
        pl.col("has_noun")
        & pl.col("pre").str.contains(NEW_CLAUSE_AND)
        & next_in_row(
            pl.col("has_noun") & pl.col("pre").str.contains(r"(?i)^\s*and\s*$") & pl.col("passive_now").is_not_null(),
            False,
        )
    )
    # ... and so is a single figure there with its own passive ("..., and 45 drones were shot down overnight")
    new_clause_single = (
        pl.col("has_noun") & pl.col("pre").str.contains(NEW_CLAUSE_AND) & pl.col("passive_now").is_not_null()
    )
    return m.with_columns(
        pl.when(new_clause).then(next_in_row(pl.col("passive_now"), None))
        .when(new_clause_single).then(pl.col("passive_now"))
        .alias("_new_clause_type"),
    )


DOWNED_MODIFIER = ascii_bounds(r"(?i)^\s*(?:downed|destroyed|intercepted|shot[\s-]down|neutrali[sz]ed)\b")
LOST_ACTIVE_AFTER = ascii_bounds(
    r"(?i)^\s*(?:[\w'’-]+\s+){0,2}?(?:(?:failed|fail|fails)\s+to\s+reach|did\s+not\s+reach|didn't\s+reach"
    r"|disappeared|vanished"
    # "11 more veered off their intended course", "drones that went off course" (electronic warfare's decoys lost)
    r"|(?:veered|went|drifted)\s+off\s+(?:(?:their|its|the)\s+)?(?:intended\s+)?(?:course|route)"
    # "with 12 more reported as lost", "and 30 others listed as lost": the tally's word for them, no downing
    r"|(?:reported|listed|recorded|counted|registered)\s+as\s+(?:(?:locationally|locally)\s+)?lost)\b"
)

LOST_ACTIVE_RIGHT_AFTER = ascii_bounds(
    r"(?i)^\s+(?:(?:failed|fail|fails)\s+to\s+reach|did\s+not\s+reach|didn't\s+reach|disappeared|vanished)\b"
)


def type_sources(m: pl.DataFrame) -> pl.DataFrame:
    """Fact type (role) by rule priority: the first source that types a figure gives its `strong_type` or
    `weak_type`, and the rule that names it (`strong_rule`, `weak_rule`, lexicon/strike_rules.csv). A verb
    before the figure or a passive right after it is the figure's own ("strong"); a verb further on may belong
    to the noun instead ("17 of the 20 drones and 2 of the 3 missiles that Russia launched") ("weak")."""
    # "Of the 40 drones, 36 were destroyed": the figure after a leading "of" is the launched total
    of_total = pl.col("has_noun") & (
        # (a quotation may open it: '"Out of more than 80 missiles, 66 were shot down," the spokesman said')
        pl.col("pre").str.contains(r"(?i)(?:^|[,;:]\s*|\bthat\s+)\s*[\"“‘']?\s*(?:out\s+)?of\s+(?:the\s+)?$")
        # "a third of the 90 drones were shot down", "most of the 40 drones": a share of the figure, not the figure
        | pl.col("pre").str.contains(FRACTION_OF)
    )
    # each type source with the rule that names it (lexicon/strike_rules.csv), in priority order
    strong_sources = [
        (pl.when(pl.col("_out_of_launched")).then(pl.lit("launched")), "strike.partitive_total"),
        (pl.col("participle_type"), "strike.participle_part"),
        # "including 30 Shaheds shot down and 14 lost": a weapon figure with its own participle of downing
        (pl.when(pl.col("has_noun") & pl.col("post").str.contains(DOWNED_PARTICIPLE_AFTER)).then(pl.lit("intercepted")),
         "strike.participle_part"),
        # ... and its partner with a participle of launching and no verb before it: "64 drones launched
        # overnight and 57 drones shot down" (a verb before, "destroyed 26 drones launched from ...", wins)
        (pl.when(pl.col("has_noun") & pl.col("verb_before").is_null() & ~pl.col("_earlier_noun") & ~pl.col("all_flag")
                 & pl.col("passive_after").is_null() & pl.col("of_ref").is_null() & pl.col("count2").is_null()
                 & pl.col("post").str.contains(r"(?i)^\s+(?:launched|fired)\b")).then(pl.lit("launched")),
         "strike.verb_after"),
        # "17 of the downed drones were over the south", "12 of the destroyed drones were Shaheds": a part of the
        # weapons its participle says were downed
        (pl.when(
            pl.col("has_noun") & pl.col("of_ref").is_not_null() & pl.col("count2").is_null()
            # (the modifiers of the partitive's own noun: a copula may have named another since)
            & pl.col("modifiers").fill_null("").str.contains(DOWNED_MODIFIER)
        ).then(pl.lit("intercepted")), "strike.partitive_of_total"),
        (pl.when(pl.col("copula_launched")).then(pl.lit("launched")), "strike.copula_part"),
        # "there were 741 air attack vehicles in total", "In all, there were 62 drones and missiles": the night's
        # total stated as what there was is what was launched (only a total: "there were 20 drones over Kyiv" may be
        # the part seen from one city)
        (pl.when(
            pl.col("has_noun") & pl.col("pre").str.contains(THERE_WERE_BEFORE)
            & (pl.col("pre").str.contains(IN_TOTAL_WORDS) | pl.col("post").str.contains(IN_TOTAL_AFTER))
        ).then(pl.lit("launched")), "strike.verb_before"),
        (pl.when(pl.col("number_of_noun").is_not_null()).then(pl.col("verb_anywhere").fill_null("launched")), "strike.number_of"),
        (pl.when(of_total).then(pl.lit("launched")), "strike.of_total"),
        (pl.col("passive_now"), "strike.passive_after_figure"),
        # "..., 34 decoy drones fail to reach their targets", "12 drones disappeared from radar": the figure's own
        # active verb of loss, right after it, is its own (not the interception of the figure it is listed with)
        # (a bare figure too, its verb of loss right after it: "30 drones were shot down and 5 failed to reach their
        # targets" is no downing of the 5)
        (pl.when(
            (
                (pl.col("has_noun") | pl.col("post").str.contains(r"(?i)^\s+(?:more|others?|other\s+\w+)\b"))
                & pl.col("post").str.contains(LOST_ACTIVE_AFTER)
            )
            | pl.col("post").str.contains(LOST_ACTIVE_RIGHT_AFTER)
        ).then(pl.lit("lost")), "strike.verb_after"),
        (pl.col("_new_clause_type"), "strike.coordinated"),
        # named like the weak verb after it ("86 drones were used"): the same wording, bound more tightly
        (pl.col("passive_launched_now"), "strike.verb_after"),
        (pl.when(~PARTICIPLE_LINK).then(pl.col("verb_before")), "strike.verb_before"),
    ]
    # "downed ... 60 of the 81 attack drones launched from ...": the launch participle after a partitive is its
    # total's (the 81 launched), never the part's
    # ("one of the cruise missiles launched by Russia crossed into Moldova": the participle names the missiles
    # launched, not the part)
    own_verb_after = pl.when(
        ~((pl.col("count2").is_not_null() | pl.col("of_ref").is_not_null()) & (pl.col("verb_after") == "launched"))
    ).then(pl.col("verb_after"))
    weak_sources = [
        (pl.col("passive_after"), "strike.verb_after"),
        (own_verb_after, "strike.verb_after"),
        (
            pl.when(pl.col("hyphen_attack") | pl.col("with_attack") | pl.col("subject_attack")).then(pl.lit("launched")),
            "strike.weapons_attack",
        ),
        # "the air force reported 72 drones, of which 65 were shot down": a weapon figure no verb types, whose
        # parts follow ("of which", "of them"), is the whole that was launched
        (
            pl.when(
                pl.col("has_noun")
                & (
                    pl.col("post").str.contains(r"(?i)^\s*,\s*(?:out\s+)?of\s+(?:which|them|these)\s*$")
                    # "a total of 26 drones, 19 of which were downed": the part's figure first
                    | (
                        pl.col("post").str.contains(r"^\s*,\s*$")
                        & next_in_row(pl.col("post").str.contains(r"(?i)^\s+(?:out\s+)?of\s+(?:which|them|these)\b"), False)
                    )
                )
                & ~next_in_row(pl.col("has_noun"), True)
                # the part is downed or lost ("of which 30 were produced in Russia" says nothing of a launch)
                & next_in_row(pl.col("passive_now").is_not_null(), False)
            ).then(pl.lit("launched")),
            "strike.total_of_parts",
        ),
    ]
    # "Zelensky spoke of 38 Shahed drones that his troops shot down" (read as "..., all of which were shot down"): a
    # weapon figure no verb types, all of which were downed, is launched as well (FACTS.md 4; last: any verb wins)
    weak_sources.append((
        pl.when(
            pl.col("has_noun") & pl.col("post").str.contains(r"(?i)^\s*,\s*all\s*$")
            & ~next_in_row(pl.col("has_noun"), True)
            & next_in_row(pl.col("passive_now") == "intercepted", False)
        ).then(pl.lit("launched")),
        "strike.all_of_group",
    ))
    # "warned of more than 20 drones heading towards Kyiv", "15 drones were flying toward Kharkiv": weapons on their
    # way to a place are weapons launched at it (last: a verb of their own, "... were shot down", wins)
    weak_sources.append((
        pl.when(pl.col("has_noun") & pl.col("post").str.contains(HEADING_AFTER)).then(pl.lit("launched")),
        "strike.verb_after",
    ))
    strong_type = pl.coalesce([source for source, _ in strong_sources])
    weak_type = pl.coalesce([source for source, _ in weak_sources])
    strong_rule = pl.coalesce([pl.when(source.is_not_null()).then(pl.lit(rule)) for source, rule in strong_sources])
    weak_rule = pl.coalesce([pl.when(source.is_not_null()).then(pl.lit(rule)) for source, rule in weak_sources])
    # "..., as was the single Kh-59 Russia launched": the figure shares the verb of the one before
    as_was = pl.col("pre").str.contains(r"(?i)\bas\s+(?:was|were)(?:\s+all)?\s+$")
    return with_columns_once(
        m,
        pl.when(as_was).then(None).otherwise(strong_type).alias("strong_type"),
        pl.when(as_was).then(None).otherwise(weak_type).alias("weak_type"),
        pl.when(as_was).then(None).otherwise(strong_rule).alias("strong_rule"),
        pl.when(as_was).then(None).otherwise(weak_rule).alias("weak_rule"),
    )


def coordinated_groups(m: pl.DataFrame) -> pl.DataFrame:
    """Coordination of figures: which weapon figures of a sentence form one group (`group`, `coordinated`) and
    so share a type ("84 cruise missiles and 24 attack drones", "52 air targets: 44 drones and 8 missiles")."""
    # "12 drones over the Belgorod region and two Vilkha rockets ...": a short verbless link also coordinates
    loose_link = (
        pl.col("pre").str.contains(r"(?i)(?:,|\band|\bplus)\s*$")
        & ~pl.col("pre").str.contains(VERBS)
        & ~pl.col("pre").str.contains(r"(?i)\b(?:while|but|which|that|who|said|says|according|whereas|although)\b")
        & (pl.col("pre").str.len_chars() < 80)
    )
    # "40 drones, of which 30 were shot down, and 5 missiles": after a bare figure's clause, ", and"
    # joins the next weapon figure to the last one
    after_bare_clause = (
        pl.col("has_noun")
        & ~prev_in_row(pl.col("has_noun"), True)
        & pl.col("pre").str.contains(r"(?i),\s*(?:and\s*)?$")
    )
    # "five Kinzhal missiles were launched, 8 Kalibr cruise missiles from ships and two ...": the list goes on
    # after the passive of its first figure, which it shares
    passive_link = (
        pl.col("has_noun")
        & prev_in_row(pl.col("has_noun"), False)
        & pl.col("pre").str.contains(
            r"(?i)^\s*(?:were|was|had\s+been|have\s+been)\s+(?:[a-z]+ly\s+|also\s+)?[a-z]+(?:\s+down)?"
            # "... were shot down over the Bryansk region, 14 drones over ...": a place of the first item too
            r"(?:\s+(?:over|above)\s+(?:the\s+)?[A-Z][^,;:]*)?\s*,\s*$"
        )
    )
    coordinated = (
        pl.col("pre").str.contains(COORDINATED) | loose_link | PARTICIPLE_LINK | after_bare_clause | passive_link
    ) & pl.col("_new_clause_type").is_null()
    # groups run over weapon figures; a bare figure between them ("40 drones, of which 30 were
    # shot down, and 5 missiles") stands alone and does not join or split them
    group = (
        pl.when(pl.col("has_noun"))
        .then((pl.col("has_noun") & ~coordinated).cast(pl.Int64).cum_sum())
        .otherwise(-1 - pl.col("mention_idx"))
    )
    return with_columns_once(m, group.alias("group"), coordinated.alias("coordinated"))


def fact_type(m: pl.DataFrame) -> pl.DataFrame:
    """Each figure's `fact_type` and the rule that gave it (`type_rule`): its own strong type, else its group's,
    else its own or its group's weak type, else the verb of its clause (or sentence, for a first figure); a
    sub-count without one shares the figure before it; a part named by a copula in a later sentence has the
    type of the total it refers to."""
    # "downed half of the 10 missiles and 60 of the 81 drones": a share's total is launched (its own reading),
    # while its partners take the verb of the clause, so a share's type is not the group's
    share = pl.col("has_noun") & pl.col("pre").str.contains(FRACTION_OF)
    shared_strong = pl.when(~share).then(pl.col("strong_type"))
    share_clause_verb = pl.when(share).then(pl.col("verb_anywhere")).forward_fill().over(**IN_GROUP)
    m = m.with_columns(
        prev_in_row(pl.col("all_flag"), False).alias("prev_all"),
        pl.coalesce(
            "strong_type",
            shared_strong.forward_fill().backward_fill().over(**IN_GROUP),
            "weak_type",
            pl.col("weak_type").forward_fill().backward_fill().over(**IN_GROUP),
            share_clause_verb,
            "verb_anywhere",
            # "The downed drones were distributed across the regions: 12 over ...": the header's verb; so for a
            # list with no weapon figure before it in its sentence ("downed drones over nine regions, including 13
            # over the Kursk region")
            pl.when(pl.col("_place_header") | (pl.col("in_place_list") & ~pl.col("_earlier_noun"))).then(pl.col("verb_in_sentence")),
            # "shot down a Su-27 jet, 6 HIMARS rockets and 97 drones": the sentence's verb, across the list's commas,
            # for its first weapon figure
            pl.when(
                (pl.col("has_noun") | pl.col("post").str.contains(r"(?i)^\s+in\s+total\b")) & ~pl.col("_earlier_noun")
            ).then(pl.col("verb_in_sentence")),
        ).alias("fact_type"),
        pl.coalesce(
            "strong_rule",
            pl.when(shared_strong.forward_fill().backward_fill().over(**IN_GROUP).is_not_null())
            .then(pl.lit("strike.coordinated")),
            "weak_rule",
            pl.when(pl.col("weak_type").forward_fill().backward_fill().over(**IN_GROUP).is_not_null() | share_clause_verb.is_not_null())
            .then(pl.lit("strike.coordinated")),
            pl.when(pl.col("verb_anywhere").is_not_null()).then(pl.lit("strike.clause_verb")),
            pl.when(
                (pl.col("_place_header") | (pl.col("in_place_list") & ~pl.col("_earlier_noun")))
                & pl.col("verb_in_sentence").is_not_null()
            ).then(pl.lit("strike.place_list")),
            pl.when(~pl.col("_earlier_noun") & pl.col("verb_in_sentence").is_not_null())
            .then(pl.lit("strike.sentence_verb")),
        ).alias("type_rule"),
    ).with_columns(
        # a sub-count ("43 of them cruise missiles", "including six Kinzhal") shares the figure before it
        pl.when(
            pl.col("fact_type").is_null()
            & (
                pl.col("of_ref").is_not_null()
                | pl.col("count2").is_not_null()
                | pl.col("including")
                | ~pl.col("has_noun")
                | pl.col("coordinated")
                | pl.col("copula")
                # an item of a list of places, its noun named again ("eight drones shot down over A, and three
                # drones over B"), shares the type of the item before it
                | pl.col("in_place_list")
                | pl.col("pre").str.contains(BREAKDOWN_BEFORE)
                | pl.col("pre").str.contains(r"(?i)\b(?:a\s+total\s+of|in\s+total|in\s+all|totall?ing)\s+$|:\s*$")
                # ... and an item of a list after a colon whose items end on semicolons ("used against the region:
                # 47 unguided missiles; 13 guided aerial bombs; 1 Shahed-type UAV")
                | (pl.col("pre").str.contains(r";\s*$") & pl.col("sentence").str.contains(r":[^:;]+;"))
            )
        )
        .then(ffill_in_row(pl.col("fact_type")))
        .otherwise(pl.col("fact_type"))
        .alias("fact_type"),
        pl.col("type_rule").fill_null("strike.breakdown_part"),
    )
    # a part named by a copula in a later sentence has the type of the total it refers to: a total stated
    # as "N of M" is the launched M
    head_type = pl.when(pl.col("count2").is_not_null()).then(pl.lit("launched")).otherwise(pl.col("fact_type"))
    # "They included 25 Shahed drones, seven cruise missiles and ...": a sentence whose subject is a pronoun for the
    # weapons the sentence right before counted lists their parts, which take that total's type
    pronoun_parts = pl.col("sentence").str.contains(PRONOUN_BREAKDOWN)
    head = HEAD & ~pronoun_parts
    last_head_type = pl.when(head).then(head_type).forward_fill().over("article_id", **IN_ARTICLE)
    last_head_sentence = pl.when(head).then(pl.col("sentence_idx")).forward_fill().over("article_id", **IN_ARTICLE)
    return m.with_columns(
        pl.when(pl.col("_back_copula"))
        .then(last_head_type)
        .when(pronoun_parts & pl.col("fact_type").is_null() & (last_head_sentence == pl.col("sentence_idx") - 1))
        .then(last_head_type)
        # 'It was added that "three over the Lipetsk Region, six over ..."': the list of the sentence before goes on,
        # with its type
        .when(
            pl.col("sentence").str.contains(ADDED_THAT_OPENING) & pl.col("fact_type").is_null()
            & (last_head_sentence == pl.col("sentence_idx") - 1)
        )
        .then(last_head_type)
        .otherwise(pl.col("fact_type"))
        .alias("fact_type"),
    ).with_columns(
        # ... and its next item naming the noun again ('..., as well as 17 drones over the Black Sea."')
        pl.when(pl.col("sentence").str.contains(ADDED_THAT_OPENING) & pl.col("fact_type").is_null() & pl.col("coordinated"))
        .then(ffill_in_row(pl.col("fact_type")))
        .otherwise(pl.col("fact_type"))
        .alias("fact_type"),
    )


def drop_untyped_and_non_aerial(m: pl.DataFrame) -> pl.DataFrame:
    """Keeps the figures that have a type and a weapon class, less sea and ground drones and artillery rockets."""
    not_aerial = pl.col("has_noun") & pl.col("phrase").str.contains(NOT_AERIAL_DRONE)
    # ... and a bare figure that refers back to them: "five naval drones ... All five devices were destroyed", "four sea
    # drones. All of them were destroyed" (the last weapon figure before it was no aerial one)
    refers_to_not_aerial = (
        ~pl.col("has_noun")
        & pl.when(pl.col("has_noun")).then(not_aerial).forward_fill().over("article_id", **IN_ARTICLE).fill_null(False)
    )
    return m.filter(
        pl.col("fact_type").is_not_null()
        & pl.col("weapon_class").is_not_null()
        # sea, naval and ground drones are boats and vehicles, not aerial weapons ("11 Ukrainian sea drones")
        & ~not_aerial
        & ~refers_to_not_aerial
        # "rockets" are artillery unless a model is named (Vilkha, HIMARS), one or several ("10 HIMARS and
        # Uragan rockets" is a mixed group of rocket systems: no single model, still missiles), unless air defence
        # downed them ("more than 6 rockets were shot down") or aircraft fired them ("Russian jets fired some 25
        # rockets at the base"): aerial weapons either way, missiles
        & ~(
            pl.col("noun").fill_null("").str.contains(r"(?i)^rockets?$")
            & pl.col("weapon").is_null()
            & ~pl.col("_ref_phrase").fill_null("").str.to_lowercase().str.contains(_any_model_pattern())
            & (pl.col("fact_type") != "intercepted")
            & ~pl.col("sentence").str.contains(AIRCRAFT_FIRED)
        )
    )
