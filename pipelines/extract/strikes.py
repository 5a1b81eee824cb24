"""Strike facts: aerial weapons launched, intercepted or lost (FACTS.md).

How a sentence becomes facts (every step is a vectorised polars expression
over all sentences or all number mentions at once):

1. Number words become digits and non-count figures are masked
   (`numbers.normalize_numbers`); every number is cut out with the text
   around it (`numbers.number_mentions`) and, where one follows within six
   words, the weapon noun it counts (`lexicon/weapon_nouns.csv`: drones,
   missiles, guided bombs, "air targets", "missiles and drones").
2. The model comes from the noun phrase (`lexicon/weapons.csv`); two
   different models in one phrase ("S-400 and Iskander-M") give no model.
3. Each mention gets a fact type from the verbs next to it. Strong, the
   figure's own: "the number of drones shot down ... at 40", a passive right
   after it ("34 were downed", "25 of which were shot down"), the verb in the
   last words of its clause before it ("destroyed 34", "launched a record
   54"). Weak, possibly the noun's: a verb later in the clause ("drones
   launched by Russia", "had also been destroyed"). Coordinated figures ("84
   cruise missiles and 24 attack drones", "52 air targets: 44 drones and 8
   missiles") share strong verbs first, then weak ones; parts ("43 of them",
   "including six", "among them 78 missiles", "namely two Iskander-M") take
   the type of the figure before. A part named by a copula ("of which 477
   were Shahed drones", "Ten of the missiles were Kinzhals", "the two that
   got through were Kinzhals") is a launched sub-count of that weapon.
   Figures that only describe impacts ("3 missiles hit a power plant", "hits
   by 25 UAVs were recorded", "debris fell at five more") are not counted.
   See `strike_roles.py`.
4. Numbers without a weapon noun are kept only where they refer back to one:
   "25 of which", "34 of them", "all 24 were shot down", "all but one",
   "the remaining 32", "six others", "Of these, 34 were downed",
   "including more than 60", "nine each over ...", "eight each were destroyed
   over ...", a list of places with the verb elided ("126 UAVs were downed
   over Kursk and 91 over Moscow", "25 UAVs: 12 over Bryansk, 8 over Kursk").
   They take the class, model and attacker of the last weapon figure in the
   article; figures in a list of places carry the place (a regional subset).
5. Counting rules: "34 out of the 44 drones" -> intercepted 34 + launched 44;
   "all 40 drones were destroyed" -> launched 40 + intercepted 40; "all but
   one of 59" -> launched 59 + intercepted 58; "all but 15 of which" after
   "69 missiles" -> intercepted 54.
6. Precision guards drop: sentences about other conflicts, articles whose
   lead is about another conflict, future or conditional wording, aid and
   production wording, rates ("a month"), ranges ("two to four"), decimals.

The vocabulary and the cues every step reads live beside this module, one concern each: `topic.py`
(sentences about another war), `scope.py` (event, period or running total), `weapons.py` (weapon nouns
and models, from lexicon/), `strike_verbs.py` (the verbs that give a figure its role, and rewrites of
phrasings the role rules would misread). The stages that read a sentence's figures are split by what
they decide: `strike_mentions.py` (which figures count weapons: parts, place lists, bare figures that
refer back, the precision guards, what each counts and the verbs around it), `strike_roles.py` (what
each refers back to, and its fact type by rule priority). This module binds them
(`_facts_from_mentions` calls the stages in order) and dates, places, scopes and shapes the facts.

Enumerated tallies, "over the territory of" place lists and sub-class splits are first rewritten into
the plain forms above (`structure.py`), which also holds the in-article consistency checks that lower a
fact's `confidence`. Each fact names the rule that produced it (`rule_id`, see lexicon/strike_rules.csv).
Who a figure is credited to (`attribution`) and which side a speaker stands for come from one actor list
(`actors.py`, lexicon/actors.csv).

Attacker: the noun phrase ("Ukrainian drones", a Storm Shadow), else the
sentence (a Russian or Belarusian defence ministry or air defence claiming a
downing -> UA; Ukraine's air force, "Russia launched" -> RU), else the last
sentence of the article that said, else RU.
"""

from __future__ import annotations

from functools import lru_cache

import polars as pl

from pipelines.contract import conform, empty_facts
from pipelines.extract import strike_mentions as mentions
from pipelines.extract import strike_roles as roles
from pipelines.extract.actors import actor_regex, actors, attribution_expr
from pipelines.extract.dates import (
    DAILY_TALLY, FOLLOWING_DAYS_ATTACK, SINCE_PHRASE, ArticleDates, article_dates, date_ref_expr, month_only_date, ref_to_date,
    previous_attack_dates, relative_anchor, statement_day_ref,
)
from pipelines.extract.frames import only_where, with_columns_once
from pipelines.extract.numbers import ascii_bounds, normalize_numbers, number_mentions, qualifier_expr
from pipelines.extract.scope import (
    CUMULATIVE, ONE_ATTACK_WHEN, ONE_DAY, ONE_NIGHT, PERIOD, PERIOD_SINCE, RELATIVE_WEEK_OR_MONTH, SINGLE_ATTACK, SUPERLATIVE,
    scope_context, scope_expr,
)
from pipelines.extract.strike_mentions import (
    DECOY_WORDS, EACH_PLACES, FIRST_ITEM_PLACE, INCLUDED_PLACE, each_place_names, earlier_in_row, next_in_row,
)
from pipelines.extract.strike_roles import IN_ARTICLE
from pipelines.extract.strike_verbs import VERBS_INTERCEPTED, VERBS_LOST, both_as_all_two, plain_verbs
from pipelines.extract.structure import ENUMERATION_LINE, SUBCLASS_SPLIT, check_consistency, structure_rewrites
from pipelines.extract.topic import HEADING_MAX_CHARS, SENTENCE_END, add_off_topic
from pipelines.extract.weapons import noun_pattern, weapon_hint_expr, weapon_models, with_weapon


# Russia's regions that Ukraine's drones reach (one list, beside the other places of a side's attack)
_RUSSIAN_REGIONS = mentions.RUSSIAN_REGIONS
# Who attacked, from the sentence: wording that means Ukraine attacked (Russia or Belarus reporting downings) ...
UA_MILITARY_LAUNCHED = (
    r"\b(?:ukrainian|ukraine['’]s)\s+(?:armed\s+forces|army|military|forces|troops)\s+(?:have\s+|had\s+|has\s+)?(?:also\s+)?"
    r"(?:launched|fired|attacked|struck|targeted|sent|(?:tried|attempted|made\s+an\s+attempt)\s+to\s+(?:attack|strike|hit|target))\b"
)
ATTACKER_UA_SENTENCE = ascii_bounds(
    # the speakers (Russian and Belarusian ministries, air defences) are in lexicon/actors.csv
    r"(?i)\bk(?:yi|ie|iy)v\s+regime\b|\bbelarus\w*(?:'s)?\s+(?:defen[cs]e\s+ministry|ministry|air\s+defen[cs]es?|military|armed\s+forces|said|says|reported)"
    r"|\bover\s+belarus|\b(?:ukraine|kyiv)\s+(?:has\s+|had\s+)?(?:also\s+)?(?:reportedly\s+|allegedly\s+)?(?:launched|fired|attacked|sent|struck|targeted"
    # (an attack carried out; a hit with its object, never "Kyiv hit by strikes")
    r"|carried\s+out|hit\s+(?:a|an|the|russia\w*|targets?|oil|military)\b)\b"
    # ... or its attempt: "Kyiv tried to attack sites in Russia with 16 drones", "Ukraine attempted to strike the plant"
    r"|\b(?:ukraine|kyiv|kiev)\s+(?:has\s+|had\s+)?(?:again\s+)?(?:tried|attempted|made\s+an\s+attempt)\s+to\s+(?:attack|strike|hit|target)\b"
    r"|\bukrainian\s+(?:unmanned|uncrewed|drones?|uavs?|missiles?|attack|forces\s+(?:struck|fired|launched|attacked))"
    # the attack named with Ukraine as its agent: "the drone attack carried out by Ukraine late on Friday", "an attack
    # launched by Kyiv" (Russian officials' wording of Ukraine's raids)
    r"|\battacks?\s+(?:carried\s+out|launched|conducted|mounted|staged)\s+by\s+(?:ukraine|kyiv|kiev)\b"
    # "Ukraine's armed forces launched 30 drones at the region", "the Ukrainian army attacked with 20 drones": Ukraine's
    # military as the subject of its launch (never "used", as in "used mobile fire groups to down 20 drones")
    r"|" + UA_MILITARY_LAUNCHED + r""
    r"|\battacks?\s+by\s+(?:the\s+)?(?:ukrainian|ukraine['’]s)\s+(?:armed\s+forces|army|military|forces)\b"
    # "the drones and four missiles launched by Ukraine", "missiles fired by Ukrainian forces" (the wire's wording, as
    # "launched by Russia" is for Russia)
    r"|\b(?:launched|fired|sent)\s+by\s+(?:ukraine|kyiv|kiev|(?:the\s+)?ukrainian\s+(?:forces|troops|army|military|armed\s+forces))\b"
    # "Russia said it had shot down 114 drones", "Russian forces downed eight drones": Russia downing drones
    r"|\b(?:russia|moscow)\s+(?:said|says|claimed|claims|reported)\s+(?:on\s+[a-z]+\s+)?(?:that\s+)?(?:it|its\s+[a-z]+(?:\s+[a-z]+)?)"
    r"\s+(?:had\s+|has\s+)?(?:shot|downed|destroyed|intercepted|repelled|thwarted|stopped|foiled)"
    r"|\brussian\s+(?:forces|troops|military|army)\s+(?:have\s+|had\s+)?(?:also\s+)?(?:shot\s+down|downed|destroyed|intercepted)"
    # ... or its claim in the passive: "Russia claimed all four missiles fired at the city were intercepted", "Moscow
    # said 30 drones had been downed overnight"
    r"|\b(?:russia|moscow)\s+(?:said|says|claimed|claims|reported)\s+(?:on\s+[a-z]+\s+)?(?:that\s+)?(?:[\w'’-]+\s+){1,8}?"
    r"(?:were|was|had\s+been|have\s+been)\s+(?:all\s+)?(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed)\b"
    # a Russian region's own authorities speaking: "Officials in Russia's Oryol Oblast reported that three drones were
    # downed", "the governor of Russia's Kursk region said" (not "launched from Russia's Kursk region")
    r"|\b(?:authorities|officials|governor|head|administration)\s+(?:in|of)\s+(?:the\s+)?russia['’]s\s+[\w-]+\s+"
    r"(?:oblast|region|province|republic)\b"
    # weapons sent at a Russian city or region: "four missiles fired at Voronezh", "drones flying towards Moscow"
    r"|\b(?:fired|launched|sent|directed|heading|headed|flying|flew)\s+(?:at|to|toward|towards|against)\s+(?:the\s+)?(?:city\s+of\s+)?"
    rf"(?:{_RUSSIAN_REGIONS}|novorossiysk|sevastopol|crimea)\b"
    r"|\bover\s+(?:the\s+)?(?:(?:southern|western|northern|central|south-western|southwestern)\s+)?"
    rf"(?:{_RUSSIAN_REGIONS}|(?:annexed\s+|occupied\s+)?crimea)"
    # ... or downed "in" a Russian region: "four drones had been intercepted in the Lipetsk region", "shot down 12 drones in
    # the Kursk region overnight" (the interception's own place, a few words after its verb)
    r"|\b(?:intercepted|shot\s+down|downed|destroyed|neutrali[sz]ed|suppressed)\s+(?:[\w-]+\s+){0,3}?in\s+(?:the\s+)?"
    rf"(?:(?:southern|western|northern|central|south-western|southwestern)\s+)?(?:{_RUSSIAN_REGIONS})\s+(?:region|oblast|province)"
)
# ... and wording that means Russia did
ATTACKER_RU_SENTENCE = ascii_bounds(
    # (also Moscow for the state: "Moscow launched 75 drones into Ukraine", "Ukraine said Moscow had fired 40 missiles")
    r"(?i)\b(?:russia(?:n\s+(?:forces|troops|military|army))?|moscow)\s+(?:has\s+|had\s+)?(?:also\s+)?"
    r"(?:launched|fired|sent|attacked|used|struck|pounded|targeted|unleashed|dropped|directed|hurled|flung|deployed|carried\s+out)"
    # "the Russians launched 35 kamikaze drones", "the Russian occupiers attacked with 40 drones": Ukrainian outlets'
    # words for the attacking side
    r"|\b(?:the\s+russians|(?:the\s+)?russian\s+occupiers|(?:the\s+)?occupiers)\s+(?:have\s+|had\s+)?(?:also\s+)?(?:again\s+)?"
    r"(?:launched|fired|sent|attacked|used|struck|targeted|unleashed|dropped)\b"
    # "the 58 drones launched by Russia", "Russia-launched drones", "Ukraine said it shot down 25": the wire's
    # wording for a Russian attack, also after a sentence about Russia's own claims
    # "28 drones were launched towards the city by Russia's military"
    r"|\b(?:launched|fired|sent)\s+(?:(?:at|toward|towards|against|on|over)\s+(?:the\s+)?[\w'’-]+\s+)?by\s+"
    r"(?:russia|moscow|russian\s+forces)\b|\brussia-launched\b"
    # (an adverb set off after the subject too: "Ukraine, however, said its air defence had destroyed ...")
    r"|\b(?:ukraine|kyiv)(?:,\s+[a-z]+,)?\s+(?:said|says|reported)\s+(?:on\s+[a-z]+\s+)?(?:that\s+)?(?:it|its\s+[a-z]+(?:\s+[a-z]+)?)"
    r"\s+(?:had\s+|has\s+)?(?:shot|downed|destroyed|intercepted)"
    # the speakers (Ukraine's air force, General Staff, commander-in-chief, ...) are in lexicon/actors.csv
)
# the Russian military named as no speaker of a claim: its aggression, its leadership, its exercises
RUSSIAN_MILITARY_NOT_SPEAKING = ascii_bounds(
    r"(?i)\b(?:russian|russia's|moscow's)\s+(?:political\s+and\s+)?military(?:\s+and\s+political)?\s+"
    r"(?:aggression|leadership|invasion|exercises|drills|doctrine|budget|spending|production|presence|build-?up"
    # "a hotel damaged by a Russian military attack": the attack, not a Russian speaker
    r"|attacks?|strikes?|assaults?|offensive|operation|action|bombardment|shelling)\b"
)
# a body that said nothing: "X has not commented", "X did not immediately reply when asked for comment", "X declined
# to comment", "there was no immediate comment from X" (the wires' closing line about the other side)
# (the clause up to its verb, unbounded: a counted "{0,80}" is some hundred times slower on every sentence)
NOT_COMMENTING = ascii_bounds(
    r"(?i)[^.;,]*\b(?:(?:has|have|had|did|does|do)\s*(?:not|n['’]t)|never)\s+(?:(?:yet|immediately|publicly|officially)\s+)*"
    r"(?:comment|respond|repl|react|acknowledg)\w*|[^.;,]*\bdeclined\s+to\s+comment\b"
    r"|\bno\s+(?:immediate\s+|official\s+)?(?:comment|response|reaction)\s+(?:from|by)\s+[^.;,]*"
)
# a headline's present tense, its subject a side or its forces: "Ukraine destroys 26 Russian drones", "Ukraine downs
# 22 out of 35 missiles ..., Air Force says", "Russia launches 90 drones at Kyiv"
HEADLINE_VERB = ascii_bounds(
    r"^(?:[A-Z][\w'’-]*\s+){1,4}?(?:downs|destroys|shoots\s+down|intercepts|repels|repulses|neutrali[sz]es|launches|fires"
    r"|attacks|strikes|hits|pounds|targets|unleashes)\b|,\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:says|said|reports|claims)\s*$"
    # ... and a side's claim as a wire's link headline: "Russia says it downs 15 Ukrainian drones overnight", "Ukraine
    # says it downed 28 drones"
    r"|^(?:[A-Z][\w'’-]*\s+){1,4}?(?:says|claims)\s+it\s+(?:downs|downed|destroys|destroyed|shoots\s+down|shot\s+down"
    r"|intercepts|intercepted|repels|repelled)\b"
)


# a part of an interception placed by where it was downed: "including 15 shot down over the capital", "including 12
# over the Kyiv region" (within its clause)
PART_PLACED_WHERE_DOWNED = ascii_bounds(
    r"(?i)^\s+(?:(?:[\w-]+\s+){0,2}?(?:were\s+|was\s+)?(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed)\s+)?"
    r"(?:over|above|near|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:capital|city|region|oblast|(?-i:[A-Z]))"
)

# the time stamp and view count a news site prints after a teaser's headline: "Mar 7 2024, 11:52 PM • 18314 views",
# "02.10.24, 15:04 • 14656 views"
TEASER_VIEWS = r"(?i)\d{1,2}:\d\d(?:\s*[AP]M)?\s*•\s*[\d,]+\s+views\s*$"


def _drop_related_headlines(frame: pl.DataFrame, candidates: pl.DataFrame) -> pl.DataFrame:
    """`candidates` without related stories' headlines inside the body: a paragraph of one line after the article's
    first paragraph, no closing stop, in a headline's present tense ("Ukraine downs 31 Russian drones in another
    night attack" between two paragraphs of a story about another night). Their figures are another story's.
    The first paragraph (the article's own headline or lede), fact-box lines ("Drones launched: 120") and list lines
    stay read. (The line's own words are tested first; only the few that pass need their paragraph.)"""
    # a news site's teaser of another story, its time and view count after it ("Air defence downs 40 of 45 drones -
    # Air Force Mar 7 2024, 11:52 PM • 2900 views"): another story's headline wherever it stands
    candidates = candidates.filter(~pl.col("sentence").str.contains(TEASER_VIEWS))
    maybe = candidates.filter(
        (pl.col("sentence").str.len_chars() <= HEADING_MAX_CHARS)
        & ~pl.col("sentence").str.contains(SENTENCE_END)
        & pl.col("sentence").str.contains(HEADLINE_VERB)
    ).select("article_id", "paragraph_idx", "sentence_idx")
    if maybe.is_empty():
        return candidates
    paragraphs = (
        frame.join(maybe.select("article_id").unique(), on="article_id", how="semi")
        .group_by("article_id", "paragraph_idx")
        .agg(pl.len().alias("_lines"))
        .with_columns(pl.col("paragraph_idx").min().over("article_id").alias("_first"))
    )
    headlines = maybe.join(paragraphs, on=["article_id", "paragraph_idx"], how="inner").filter(
        (pl.col("_lines") == 1) & (pl.col("paragraph_idx") > pl.col("_first"))
    )
    if headlines.is_empty():
        return candidates
    return candidates.join(headlines.select("article_id", "sentence_idx"), on=["article_id", "sentence_idx"], how="anti")


# the Kh- missiles spelled with a Latin or Cyrillic X: "X-101", "Х-555"
KH_SPELLED_X = r"(^|[\s(/,])[XХх]-(\d{2,3}(?:[A-Za-z]{1,2}\d?)?)\b"
MODEL_NUMBER_SPACED = r"(^|[\s(/,])(KN|Kh|KH|S|Tu|Su|Shahed|Shahid|Geran|Tochka-U|Iskander)\s(\d{2,3})\b"
CYRILLIC_I_AFTER = r"([A-Za-z])\u0456"
CYRILLIC_I_BEFORE = r"\u0456([A-Za-z])"
UNCREWED = r"\b([Uu])ncrewed\b"
ROLE_COMPOUND = r"(?i)\b(air|surface|ship|sea|ground)-to-(surface|ground|ship|shore)\b"
DEFENCE_MISSILE_AT_THE_GROUND = r"(?i)\b(s-[34]00[a-z0-9]*\s+)(surface|ground)-to-air\b"
MODEL_AFTER_NOUN = (
    r"\b(missiles|drones|UAVs)\s+((?:Kh-\d{2,3}[\w/-]*\s+)?(?:Kinzhal|Kinzal|Kalibr|Iskander-[MK]|Zircon|Tsirkon|Oniks|Onyx"
    r"|Kh-\d{2,3}[\w/-]*|Shahed(?:-\d+(?:/\d+)?)?|Geran(?:-\d)?))\b"
)
SPELT_MODEL = r"(?i)\bArmy\s+Tactical\s+Missile\s+Systems?\s*\(ATACMS\)"
MISSILES_OF_SPELT_MODEL = r"(?i)\b(missiles)\s+of\s+(?:the\s+)?Army\s+Tactical\s+Missile\s+Systems?\s*\(ATACMS\)"
FIXED_WING_NO_NOUN = r"(?i)\b(\d[\d,]*\s+(?:[\w-]+\s+){0,2}?fixed-wing)(\s*[:;,.]|\s+(?:over|in|above)\b)"
OF_RUSSIAS = r"\b(\d[\d,]*)\s+of\s+(?:Russia|Moscow)['’]s\s+([A-Za-z])"
OF_UKRAINES = r"\b(\d[\d,]*)\s+of\s+(?:Ukraine|Kyiv)['’]s\s+([A-Za-z])"
RANKED_AMONG = (
    r"(?i)\b(is|was|are|were|be|been|being|as|remains?|remained)\s+(?:#?1|one)\s+of\s+((?:the|its|their|russia['’]s|ukraine['’]s)\s+"
    r"(?:most|least|[a-z]+est)\b"
    # ... or one of a group named before, after a pronoun's copula: "whether this was one of the drones shot down
    # earlier", "it is one of the missiles fired on Monday" (an identity, no count of one; "one of the drones was
    # shot down" stays a count)
    r"|(?-i:the)\s+(?:[\w-]+\s+){0,2}?(?:drones|uavs|missiles|rockets|shaheds)\b)"
)
QUOTED_FIGURE = (
    r"[\"“]((?:(?:more|fewer|less)\s+than|over|about|around|almost|nearly|at\s+least|up\s+to|some)\s+)?(\d[\d,]*)[\"”]"
    r"(\s+(?:[a-z-]+\s+)?(?:drones|uavs|missiles|rockets|shaheds)\b)"
)
# where the weapons were aimed or downed: "over the Kursk region", "aimed at the capital"
PLACE_AFTER = (
    r"^\s*(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:[a-z]+\s+){0,3}?"
    r"(?:over|above|aimed\s+at|fired\s+at|targeting|in\s+the\s+area\s+around)\s+(?:the\s+)?"
    r"(?:southern\s+|northern\s+|eastern\s+|western\s+|central\s+)?(?:(?:Russia|Ukraine)['’]s\s+)?"
    # "the Kursk Region", "the Black Sea", "the Sea of Azov" (the country's possessive is no place: "over Russia's Kursk
    # region")
    r"(capital|(?:Air|Operational)\s+Command\s+[A-Z]\w+|[A-Z][\w'’-]+(?:\s+(?:Sea|of\s+[A-Z][\w'’-]+))?(?:(?:,\s+|\s+and\s+)[A-Z][\w'’-]+)*(?:\s+[Rr]egions?)?"
    # ... going on with other places, each with its own "the" and region ("over the western Khmelnytsky region, the
    # eastern Donetsk region and the Dnipropetrovsk region"): several places, so no one place (see `_place`)
    r"(?:(?:,\s+(?:and\s+)?|\s+and\s+)the\s+(?:(?:southern|northern|eastern|western|central)\s+)?[A-Z][\w'’-]+\s+[Rr]egions?)*)"
)
# where a part of the weapons was headed: "including two drones flying toward Moscow" (the city's part)
HEADED_FOR_CITY = r"^\s+(?:(?:were|was)\s+)?(?:(?:reportedly|allegedly|apparently)\s+)?(?:headed|heading|flying|bound)\s+(?:for|to|towards?)\s+(?:the\s+)?(Moscow|Kyiv|[A-Z][\w'’-]+)\b"
NOT_A_PLACE = r"^(?:Ukraine|Russia|Ukrainian|Russian|The|Kyiv's|Most)$"
# the region a regional official's sentence names: "the region of Dnipropetrovsk", "the Cherkasy region"
REGION_OF = ascii_bounds(r"\b(?:region|oblast|province)\s+of\s+([A-Z][\w'’-]+)")
NAME_REGION = ascii_bounds(r"\b([A-Z][\w'’-]+)\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince)\b")
# where the weapons were fired from, not where they were aimed: "two Kh-31P missiles from airspace over
# the Black Sea", "launched from over the Sea of Azov" (a launch area never makes a regional subset)
LAUNCH_AREA = r"^\s*(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:[a-z]+\s+){0,2}?from\s+(?:[a-z]+\s+){0,2}?(?:over|above)\b"
# a day named in a clause: "on Friday", "on #28 September" (day numbers are masked), "yesterday", "today"
# a sentence adding to the one before: "The occupiers also launched ...", "Also, they used ...", "In addition, ..."
# ("The ministry's report also claims the interception of six HIMARS rockets": up to five words between)
ALSO_BEFORE = ascii_bounds(r"(?i)\balso\s+(?:[a-z]+\s+){0,5}?$|\balso\s+(?:launched|fired|used|sent|dropped)\b")
ALSO_PASSIVE_AFTER = ascii_bounds(r"(?i)^[^,;.]*?\b(?:were|was|had\s+been|have\s+been)\s+also\s+[a-z]")
ADDING_OPENER = ascii_bounds(r"(?i)^\W*(?:also|in\s+addition|besides|on\s+top\s+of\s+that)\s*,")
# the day a statement was made: "said on Sunday", "told reporters today", "wrote late Monday"
STATEMENT_DAY_WORDS = ascii_bounds(
    r"(?i)\b(?:said|says|reported|announced|stated|claimed|confirmed|wrote|added|told(?:\s+[\w'’-]+){0,2}?)\s+"
    r"(?:on\s+|late\s+|early\s+|late\s+on\s+|early\s+on\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)\b"
)
# a sentence breaking down the total of the one before: "Of these, 500 were shot down", "Among them were 900 Kh-101
# missiles", "These include 300 Kalibrs", "It shot down, among others, 62 Iskanders" (the parts of a week's or a
# war's tally are the week's or the war's)
BREAKDOWN_OPENER = ascii_bounds(
    r"(?i)^\W*(?:of\s+(?:these|them|those|this\s+number|that\s+number|the\s+total|this\s+total)\b"
    r"|among\s+(?:them|these|those|others)\b|including\b"
    r"|(?:these|they|this|this\s+(?:figure|number|total)|the\s+(?:figure|number|total|tally))\s+(?:includes?|included"
    r"|comprised?|consisted\s+of|consists\s+of)\b)"
)
AMONG_OTHERS_BEFORE = ascii_bounds(r"(?i)\bamong\s+(?:others|them|other\s+things)\s*,?\s*$")
# a span of weekdays is dated by its last day (FACTS.md 5: "from Saturday to Monday" is the Monday; the night "from
# Sunday to Monday" ended on the Monday)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# (also the hours of the night with them: "from 10:15 p.m. Wednesday to 4:40 a.m. Thursday" is the Thursday)
_CLOCK = r"(?:#?\d{1,2}(?::#?\d\d)?\s*[ap]\.?m\.?\s+)?"
WEEKDAY_SPAN = ascii_bounds(
    r"(?i)\bfrom\s+" + _WEEKDAY + r"\s+(?:to|into|until|till|through)\s+(" + _WEEKDAY + r")\b"
    r"|\b(?:from|between)\s+" + _CLOCK + _WEEKDAY + r"\s+(?:to|into|until|till|through|and)\s+" + _CLOCK + r"(" + _WEEKDAY + r")\b"
)
DAY_CUE = ascii_bounds(
    r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)\b|#\d{1,2}\b"
)


@lru_cache(maxsize=None)
def _attacker_cues(attacker: str) -> str:
    """One regex of the sentence cues for `attacker`: the wording cues above, plus the official actors of the
    other side (their own military reporting downings means `attacker` launched)."""
    wording = ATTACKER_RU_SENTENCE if attacker == "RU" else ATTACKER_UA_SENTENCE
    return wording + "|" + _speaker_cues(attacker)


@lru_cache(maxsize=None)
def _speaker_cues(attacker: str) -> str:
    """The official actors of the side that did not launch: their own military reporting means `attacker` launched."""
    sides = ["UA"] if attacker == "RU" else ["RU", "BY"]
    rows = actors().filter(pl.col("side").is_in(sides) & pl.col("level").str.ends_with("official"))
    speakers = "|".join(actor_regex(surface) for surface in rows["surface"])
    return ascii_bounds("(?i:" + speakers + ")")


def extract_strikes(sentences: pl.DataFrame, dates: ArticleDates | None = None) -> pl.DataFrame:
    """launched / intercepted / lost facts (FACT_SCHEMA) from the sentence frame of `split_sentences`; `dates`, its
    `article_dates` when the caller has them (read here otherwise)."""
    if sentences.is_empty():
        return empty_facts()
    # a sentence naming both sides' cues is RU's (Ukraine's air force reporting a Russian attack)
    # "a Su-27 jet of the Ukrainian Air Force" names a victim, not the side reporting
    # (a side's body that has not commented speaks for no figure: "Russia's Defence Ministry has not yet commented on
    # the raid", "Ukraine's air force did not immediately reply when asked for comment")
    sentence = pl.col("sentence").str.replace_all(NOT_COMMENTING, " ")
    speaker_text = sentence.str.replace_all(
        # ... as does "two drones of the Ukrainian Armed Forces (UAF)": the owner of the weapons
        ascii_bounds(
            r"(?i)\bof\s+(?:the\s+)?(?:ukrainian|ukraine's)\s+(?:air\s+force|armed\s+forces|army|military)\b"
            r"|\bof\s+the\s+armed\s+forces\s+of\s+ukraine\b"
            # ... and so do "an attack by the Ukrainian Armed Forces" and "the Ukrainian Armed Forces' drones": the side
            # that acted, not the side reporting
            r"|\b(?:by|from)\s+(?:the\s+)?(?:ukrainian|ukraine['’]s)\s+(?:armed\s+forces|army|military)\b"
            r"|\b(?:ukrainian|ukraine['’]s)\s+(?:armed\s+forces|army|military)['’]s?\s"
            # ... and "Ukraine's armed forces launched 30 drones": the side that launched, not the one reporting
            r"|" + UA_MILITARY_LAUNCHED
            # ... and the Russian ministry's "the Kyiv regime" (the side it says attacked; never Kyiv speaking)
            + r"|\bk(?:yi|ie|iy)v\s+regime\b"
        ), " "
    )
    frame = with_columns_once(
        add_off_topic(sentences),
        pl.when(speaker_text.str.contains(_attacker_cues("RU")))
        .then(pl.lit("RU"))
        .when(
            # "Russian military aggression", "the Russian political and military leadership": no Russian speaker
            sentence.str.replace_all(RUSSIAN_MILITARY_NOT_SPEAKING, "").str.contains(_attacker_cues("UA"))
        )
        .then(pl.lit("UA"))
        .otherwise(None)
        .alias("sentence_attacker"),
        # a Russian official naming no side's wording and no downing ("The attack involved missiles and drones, according
        # to the Russian Ministry of Defence", "The Russian defence ministry reported this")
        (
            ~speaker_text.str.contains(_attacker_cues("RU"))
            & ~sentence.str.replace_all(RUSSIAN_MILITARY_NOT_SPEAKING, "").str.contains(ATTACKER_UA_SENTENCE)
            & ~sentence.str.contains(rf"(?i)\b(?:{VERBS_INTERCEPTED}|{VERBS_LOST})\b")
        ).alias("_speaker_only"),
    ).with_columns(
        # ... goes on with the side of the sentence right before it, when that one named one (Russia's own strike
        # told in its ministry's words); else it speaks for Ukraine's weapons, as the ministry's downings do
        pl.when(pl.col("_speaker_only") & (pl.col("sentence_attacker") == "UA"))
        .then(pl.coalesce(pl.col("sentence_attacker").shift(1).over("article_id", order_by="sentence_idx"), pl.lit("UA")))
        .otherwise(pl.col("sentence_attacker"))
        .alias("sentence_attacker"),
    ).with_columns(
        # an article keeps talking about the side it last named; a headline before any cue takes the side the
        # story first names ("Moscow, 35 drones shot down in 8 regions", then "... 35 Ukrainian drones ...")
        pl.col("sentence_attacker").forward_fill().backward_fill().over("article_id", order_by="sentence_idx")
        .alias("article_attacker"),
    ).drop("_speaker_only")
    # only sentences that name a weapon or an interception can state a strike figure
    # (or a part of the weapons counted before, as the subject of their attack: "30 of them targeted Kyiv")
    cue = ascii_bounds(
        rf"(?i)\b(?:{noun_pattern()}|{VERBS_INTERCEPTED}|{VERBS_LOST}|number\s+of"
        # (a part downed by the defenders in a sentence of its own: "Of those, 17 were landed by the mobile fire teams")
        r"|(?:hit|struck|landed)\s+by\s+(?:the\s+)?(?:ukrainian\s+|russian\s+)?(?:air\s+defen|anti-aircraft|mobile\s+fire)"
        # (active: "two of them were targeted by snipers" counts the targets)
        r"|of\s+(?:them|these|those)\s+(?:(?:targeted|attacked)\s+(?:[^b\s]|b[^y])|were\s+(?:aimed|directed)\s+at\b))"
    )
    candidates = (
        _drop_related_headlines(frame, frame.filter(~pl.col("off_topic") & pl.col("sentence").str.contains(cue)))
        .with_columns(normalize_numbers(pl.col("sentence")).alias("norm"))
        # the Kh- models spelled as in Ukrainian and Russian, "X-101", "Х-555" (a Cyrillic letter), as English
        # reports of 2022 often did
        .with_columns(
            both_as_all_two(pl.col("norm")).str.replace_all(KH_SPELLED_X, "${1}Kh-${2}")
            # ... and a model's number written after a space, "KN 23", "Kh 101", "S 300": the model's name, no count
            .str.replace_all(MODEL_NUMBER_SPACED, "${1}${2}-${3}")
            # a Ukrainian "і" typed inside a Latin word by translated copy ("Kalіbr", "Shahіd"): the Latin letter
            .str.replace_all(CYRILLIC_I_AFTER, "${1}i")
            .str.replace_all(CYRILLIC_I_BEFORE, "i${1}")
            # "uncrewed aerial vehicles" are the unmanned ones
            .str.replace_all(UNCREWED, "${1}nmanned")
            # a missile's role written as one compound, "Kh-59 air-to-surface missiles", "S-300 surface-to-air missiles"
            # fired at a city: the compound is the noun's modifier (its "to" is no preposition ending the noun phrase);
            # "surface-to-air" only after a model that Russia fires at the ground (without one it is an interceptor)
            .str.replace_all(ROLE_COMPOUND, "${1}-${2}")
            .str.replace_all(DEFENCE_MISSILE_AT_THE_GROUND, "${1}${2}-air")
            # a weapon ranked among its kind, "which is reportedly one of the deadliest missiles", "the Kinzhal is one of
            # Russia's most advanced missiles": a description after a copula, no count of one
            .str.replace_all(RANKED_AMONG, "${1} among ${2}")
            # a figure quoted with its qualifier, "more than ten" drones: the figure, unquoted
            .str.replace_all(QUOTED_FIGURE, "${1}${2}${3}")
            .alias("norm")
        )
        # "the 50-plus cruise missiles", "100-plus drones": more than the figure; and a spaced double hyphen is the
        # dash of wire copy typed in plain text ("downed 117 targets -- 83 missiles and 34 drones")
        .with_columns(
            pl.col("norm").str.replace_all(r"\b(\d[\d,]*)-plus\b", "more than ${1}")
            .str.replace_all(r"(\s)--(\s)", "${1}—${2}").alias("norm")
        )
        # an aside between two dashes with no figure of its own is no part of the clause: "six Kinzhal missiles --
        # some of Moscow's newest arms -- were among the weapons fired" (the figure's verb follows it)
        .with_columns(pl.col("norm").str.replace_all(r"\s[—–]\s[^—–\d.;:!?]{1,80}?\s[—–]\s", " ").alias("norm"))
        .with_columns(pl.col("norm").str.contains(SUBCLASS_SPLIT).alias("_split_kinds"))
        # (in two steps: `plain_verbs` reads its text five times, and an eager step would rewrite it for each)
        .pipe(with_columns_once, structure_rewrites(pl.col("norm")).alias("norm"))
        .with_columns(plain_verbs(pl.col("norm")).alias("norm"))
        # the model named right after its noun, as the air force's translated statements write it ("six hypersonic
        # missiles Kh-47M2 'Kinzhal' were launched, 9 cruise missiles 'Kalibr'"): the model before the noun, where a
        # model names it anywhere (quotes are gone by now)
        .with_columns(pl.col("norm").str.replace_all(MODEL_AFTER_NOUN, "${2} ${1}").alias("norm"))
        # the model spelt out with its abbreviation: "three American-made Army Tactical Missile System (ATACMS) missiles",
        # "four missiles of Army Tactical Missile Systems (ATACMS)" (the model, then its noun)
        .with_columns(
            pl.col("norm").str.replace_all(MISSILES_OF_SPELT_MODEL, "ATACMS ${1}")
            .str.replace_all(SPELT_MODEL, "ATACMS").alias("norm")
        )
        # "downed 48 of Russia's Iranian-designed drones": the side's weapons, no part of a stated total ("48
        # Russian Iranian-designed drones"; "48 of Russia's 70 drones" stays a partitive)
        .with_columns(
            pl.col("norm").str.replace_all(OF_RUSSIAS, "${1} Russian ${2}").str.replace_all(OF_UKRAINES, "${1} Ukrainian ${2}")
            # the ministry's "destroyed 105 Ukrainian fixed-wing: 25 over ...", its noun left out: fixed-wing drones
            .str.replace_all(FIXED_WING_NO_NOUN, "${1} drones${2}")
            .alias("norm")
        )
        .with_columns(place_rewrites(pl.col("norm")).alias("norm"))
        .pipe(list_item_rewrites)
        .filter(pl.col("norm").str.contains(r"\d"))
    )
    if candidates.is_empty():
        return empty_facts()
    dates = article_dates(frame) if dates is None else dates
    # the day of the attack the article's lede (its first sentence) names, for the figures that name no day
    candidates = candidates.join(dates.ledes, on="article_id", how="left")
    # ... and the day a sentence's "that day" points back to
    candidates = candidates.join(dates.that_day, on=["article_id", "sentence_idx"], how="left")
    # ... and the day of the attack the sentence right before it dates
    candidates = candidates.join(
        previous_attack_dates(frame, candidates.select("article_id", "sentence_idx")), on=["article_id", "sentence_idx"], how="left"
    )
    keep = (
        "article_id", "sentence_idx", "sentence_start", "sentence_end", "sentence", "published_date",
        "sentence_attacker", "article_attacker", "_split_kinds", "lede_date", "lede_anchor", "that_day_date", "previous_attack_date",
    )
    m = number_mentions(candidates, "norm", "(?:" + noun_pattern() + ")", keep=keep)
    if m.is_empty():
        return empty_facts()
    return conform(_model_named_next(_facts_from_mentions(m), frame))


# "... shot down all 14 Russian drones fired overnight. The air force said the Shahed drones were downed over six
# regions": the next sentence names, with "the" and no figure, the model of the weapons just counted
MODEL_NAMED_NEXT = ascii_bounds(
    r"(?i)\bthe\s+((?:[a-z][\w-]*\s+){0,1}?[a-z][\w-]*(?:\s+(?:attack|strike|kamikaze|cruise|ballistic))?\s+(?:drones|uavs|missiles))\b"
)


def _model_named_next(facts: pl.DataFrame, frame: pl.DataFrame) -> pl.DataFrame:
    """A drone figure with no model whose next sentence names one drone model, with "the" and no figure of its
    own ("The Shahed drones were destroyed over six regions"), is of that model. Not where the next sentence
    names decoys or other types too, two models, or a figure of its own."""
    if facts.is_empty() or "evidence_start" not in facts.columns:
        return facts
    open_drones = facts.filter(pl.col("weapon").is_null() & (pl.col("weapon_class") == "drone")).select("article_id").unique()
    if open_drones.is_empty():
        return facts
    named = frame.join(open_drones, on="article_id", how="semi").filter(
        ~pl.col("off_topic")
        & pl.col("sentence").str.contains(MODEL_NAMED_NEXT)
        & ~pl.col("sentence").str.contains(DECOY_WORDS)
        & ~pl.col("sentence").str.contains(r"\d")
    )
    if named.is_empty():
        return facts
    named = with_weapon(
        named.select("article_id", "sentence_idx", pl.col("sentence").str.extract_all(MODEL_NAMED_NEXT).list.join(" ; ").alias("_named")),
        "_named",
        "_next_model",
    ).filter(pl.col("_next_model").is_not_null())
    if named.is_empty():
        return facts
    models = weapon_models().unique("weapon", keep="first").select(
        pl.col("weapon").alias("_next_model"), pl.col("weapon_class").alias("_next_class")
    )
    named = named.join(models, on="_next_model", how="left").select(
        "article_id", (pl.col("sentence_idx") - 1).alias("_fact_sentence"), "_next_model", "_next_class"
    )
    starts = frame.select("article_id", pl.col("sentence_start").alias("evidence_start"), pl.col("sentence_idx").alias("_fact_sentence"))
    out = (
        facts.with_row_index("_fact_row")
        .join(starts, on=["article_id", "evidence_start"], how="left")
        .join(named, on=["article_id", "_fact_sentence"], how="left")
    )
    return (
        out.with_columns(
            pl.when(
                pl.col("weapon").is_null()
                # drones only: "the Kalibr missiles" after a missile figure may be one part of a mixed salvo
                & (pl.col("weapon_class") == "drone")
                & (pl.col("_next_class") == "drone")
                & (pl.col("attacker") == weapon_hint_expr(pl.col("_next_model")))
            )
            .then(pl.col("_next_model"))
            .otherwise(pl.col("weapon"))
            .alias("weapon")
        )
        .unique("_fact_row", keep="first", maintain_order=True)
        .drop("_fact_row", "_fact_sentence", "_next_model", "_next_class")
    )


# the columns every fact row carries, whichever way it was derived
FACT_BASE_COLUMNS = [
    "article_id", "event_date", "scope", "evidence", "evidence_start", "evidence_end", "place", "attacker",
    "weapon_class", "weapon", "attribution", "_part",
]


def _facts_from_mentions(m: pl.DataFrame) -> pl.DataFrame:
    """Strike facts from the number mentions of `extract_strikes`, one stage after another.

    Each stage adds the columns it decides and passes the frame on; the later stages read the earlier
    ones' columns and never recompute them. Three stages drop mentions: figures that count no weapons,
    figures left without a type or a class, and (while shaping the facts) figures with no count.
    """
    # which figures count weapons, and what each counts (strike_mentions)
    m = mentions.figure_cues(m)
    m = mentions.parts_named_by_a_copula(m)
    m = mentions.place_lists(m)
    m = mentions.bare_figures_that_refer_back(m)
    m = mentions.drop_figures_that_count_no_strike(m)
    if m.is_empty():
        return empty_facts()
    m = mentions.what_each_figure_counts(m)
    m = mentions.verbs_around_each_figure(m)
    # what each refers back to, and its type (strike_roles)
    m = roles.heads_of_back_references(m)
    m = roles.carry_antecedents(m)
    m = roles.whole_named_before(m)
    m = roles.resolve_references(m)
    m = roles.new_clause_after_and(m)
    m = roles.type_sources(m)
    m = roles.coordinated_groups(m)
    m = roles.fact_type(m)
    m = roles.drop_untyped_and_non_aerial(m)
    m = _bare_totals_of_several_kinds(m)
    # "22 multiple launch rocket system shells": shells are no weapon count (FACTS.md 2); the noun is read until
    # here so that the figures listed with it ("11 Storm Shadow missiles and 7 ... shells were intercepted") keep
    # their verb
    m = m.filter(~(pl.col("has_noun") & pl.col("noun").fill_null("").str.contains(r"(?i)\bshells$")))
    if m.is_empty():
        return empty_facts()
    # when, where and how counted; then the fact rows (below)
    m = _date_qualifier_and_scope_words(m)
    m = _place(m)
    m = _shared_scope(m)
    m = _date_bare_figures_like_their_antecedent(m)
    m = _rule_and_evidence(m)
    return _one_fact_per_figure(_fact_rows(m))


# "out of roughly 80 of various types that were fired": the whole of several kinds of weapons, no model
VARIOUS_KINDS_AFTER = ascii_bounds(r"(?i)^\s+(?:of\s+)?(?:various|different)\s+(?:types|kinds)\b")
# ... named as what flies: "100 various types of projectiles", "of various kinds of air attack weapons"
VARIOUS_KINDS_OF_ANY = ascii_bounds(
    r"(?i)^\s+(?:of\s+)?(?:various|different)\s+(?:types|kinds)\s+of\s+(?:(?:enemy|air|aerial)\s+)?"
    r"(?:projectiles|weapons|targets|means|munitions)\b"
)


def _bare_totals_of_several_kinds(m: pl.DataFrame) -> pl.DataFrame:
    """A launched total after the downed parts, its noun left out ("downed three missiles and 12 drones, out of
    around 25 that Moscow had sent"): a whole of the kinds listed before it, so a mixed total (`aerial_target`) when
    they are of more than one class, and no model when its words say "of various types" (FACTS.md 5)."""
    bare_total = pl.col("_out_of_launched") & ~pl.col("has_noun")
    kinds_in_row = (
        pl.when(pl.col("has_noun")).then(pl.col("weapon_class")).drop_nulls().n_unique().over("row_id")
    )
    various = pl.col("post").str.contains(VARIOUS_KINDS_AFTER)
    mixed = bare_total & ((kinds_in_row > 1) | pl.col("post").str.contains(VARIOUS_KINDS_OF_ANY))
    return m.with_columns(
        pl.when(mixed).then(pl.lit("aerial_target")).otherwise(pl.col("weapon_class")).alias("weapon_class"),
        pl.when(mixed | (bare_total & various)).then(pl.lit(None)).otherwise(pl.col("weapon")).alias("weapon"),
    )


QUOTED_OPENING = r"^\s*[\"“‘']\s*((?:In|During|Since|Throughout|Over|So\s+far|Last|This|From)\b[^,]{0,60}),"


def _date_qualifier_and_scope_words(m: pl.DataFrame) -> pl.DataFrame:
    """The figure's `event_date` (the first date reference after it, else the last before it, else the
    sentence's, else the day its article's lede dates, else the publication day), its `attribution`, its
    qualifiers, and the scope its own words give (`_own_scope`: event, period or cumulative)."""
    # (and a quoted sentence's opening: "“In the two spring months, the Russians fired ...", a speaker's tally
    # quoted whole; scope_context reads an opening at the very start only)
    context = pl.concat_str([pl.col("sentence").str.extract(QUOTED_OPENING).fill_null(""), scope_context()], separator=" ")
    m = with_columns_once(
        m,
        date_ref_expr(
            pl.col("post").str.replace_all(SINCE_PHRASE, " ").str.replace_all(FOLLOWING_DAYS_ATTACK, " ")
            .str.replace_all(WEEKDAY_SPAN, "${1}${2}"), pick="first"
        ).alias("_ref_after"),
        date_ref_expr(pl.col("pre").str.replace_all(SINCE_PHRASE, " "), pick="last").alias("_ref_before"),
        date_ref_expr(
            pl.col("sentence").str.replace_all(SINCE_PHRASE, " ").str.replace_all(FOLLOWING_DAYS_ATTACK, " ")
            .str.replace_all(WEEKDAY_SPAN, "${1}${2}"), pick="best"
        ).alias("_ref_sentence"),
        statement_day_ref(pl.col("sentence")).alias("_stated_on"),
    ).with_columns(
        ref_to_date(pl.col("_stated_on"), pl.col("published_date")).alias("_stated_on"),
        # a figure joined to one inside "a day after ..." shares its day: "followed a day after Russia launched 22 missiles
        # and 75 drones" dates the 75 by the day before too (FACTS.md 5: a figure joined to a day's attack is that day's)
        pl.when(
            pl.col("_ref_before").is_null()
            & (pl.col("_ref_before").forward_fill().over("row_id", order_by="mention_idx") == "a day after")
            & ~pl.col("pre").str.contains(r"[.;:!?]")
        ).then(pl.lit("a day after")).otherwise(pl.col("_ref_before")).alias("_ref_before"),
    )
    m = with_columns_once(m, attribution_expr(pl.col("sentence")).alias("attribution"))
    return with_columns_once(
        m,
        qualifier_expr(pl.col("qual_text")).alias("qualifier"),
        qualifier_expr(pl.col("qual2_text")).alias("qualifier2"),
        # a new clause after ", and" has its own scope words: the text before its comma is the other clause's
        # (one scope_expr over the chosen context: it is costly)
        scope_expr(
            pl.when(pl.col("_new_clause_type").is_not_null())
            .then(
                pl.concat_str(
                    [pl.col("pre").str.extract(r"([^,;]*)$").fill_null(""), pl.col("post").str.extract(r"^([^,;]*)").fill_null("")],
                    separator=" ",
                )
            )
            .otherwise(context),
            pl.col("sentence"),
        ).alias("_own_scope"),
        # one reference is read (ref_to_date is costly, so it runs once on the chosen reference);
        # "overnight" in "the ministry said on Wednesday ... overnight" counts from Wednesday
        # (a report filed after midnight still means the night its source meant); a sentence that
        # names no day is dated by the attack its article's lede dates, else by the publication
        pl.coalesce(
            ref_to_date(
                pl.coalesce("_ref_after", "_ref_before", "_ref_sentence"),
                pl.col("published_date"),
                stated_on=relative_anchor(pl.col("_stated_on"), pl.col("lede_anchor"), pl.col("published_date")),
            ),
            # a record attack told by "when" and named by its month only: "the largest earlier barrage came in October
            # 2022 when Russia fired 84 missiles" is of that month, its last day as a period's (FACTS.md 5;
            # `dates.month_only_date`)
            # (a year is masked in the figure's text by now: "November #2022")
            pl.when(pl.col("pre").str.contains(ONE_ATTACK_WHEN)).then(
                month_only_date(
                    pl.col("pre").str.replace(r"^.*[;:()\u2013\u2014]", "").str.replace_all(r"#((?:19|20)\d\d)\b", "${1}"),
                    pl.col("published_date"),
                    pick="last",
                )
            ),
            # ("that day": the day named last before it)
            pl.col("that_day_date"),
            # a daily tally is dated by its report: "downed 40 drones over the past day, the ministry said on May 5"
            # ... and so is any figure whose sentence names no day but the one its source spoke on: "the air force
            # reported on Monday that it shot down 21 of 43 drones" (in a story of the Tuesday) is the Monday's
            pl.col("_stated_on"),
            # (the attack the sentence before dates, else the one the lede dates)
            pl.when(~pl.col("sentence").str.contains(DAILY_TALLY)).then(pl.coalesce("previous_attack_date", "lede_date")),
            pl.col("published_date"),
        ).alias("event_date"),
    )


# "one drone over each of the Bryansk and Oryol regions": the figure for each place, as "one drone each over ..."
OVER_EACH_OF = ascii_bounds(r"\b(over|above|in)\s+each\s+of\s+((?:the\s+)?[A-Z])")
# "In the Leningrad and Voronezh regions, air defences downed three drones each": the places stated first, the figure
# with its "each" after them, read as "... three drones each over the Leningrad and Voronezh regions"
FRONTED_EACH_PLACES = ascii_bounds(
    r"^(?:In|Over|Above)\s+(" + EACH_PLACES + r"),\s+([^.;:]*?\b\d[\d,]*\s+(?:[\w-]+\s+){0,3}?)each\b"
)
# "six and four drones were downed over the Kursk and Oryol regions, respectively", "... over the regions of
# Kursk and Oryol, respectively": two figures sharing one noun, matched in order to two places; read as "6 drones
# were downed over the Kursk region and 4 drones over the Oryol region"
_TWO_FIGURES_ONE_NOUN = (
    r"\b(\d[\d,]*)\s+and\s+(\d[\d,]*)\s+((?:[\w-]+\s+){0,2}?(?:drones|UAVs|missiles|rockets))\s+"
    r"((?:(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:down\s+)?)?)(over|above|in)\s+the\s+(?:[a-z-]+\s+)?"
)
RESPECTIVELY_REGIONS_OF = ascii_bounds(
    _TWO_FIGURES_ONE_NOUN + r"regions\s+of\s+([A-Z][\w'’-]+)\s+and\s+([A-Z][\w'’-]+),?\s+respectively\b"
)
RESPECTIVELY_NAMES_REGIONS = ascii_bounds(
    _TWO_FIGURES_ONE_NOUN + r"([A-Z][\w'’-]+)\s+and\s+([A-Z][\w'’-]+)\s+regions,?\s+respectively\b"
)


# "two each over the nearby Kursk and Tula regions", "one each over the southern Rostov and Krasnodar regions": the
# places' description before their names is no part of the coordination of places
EACH_OVER_DESCRIBED = ascii_bounds(
    r"\beach\s+(over|above|in)\s+the\s+(?:nearby|neighbou?ring|border(?:ing)?|frontier|adjacent|(?:south|north)?(?:east|west)ern"
    r"|southern|northern|central|russian)\s+([A-Z][\w'’-]+(?:\s+[Rr]egion|\s+[Oo]blast)?,?\s+(?:[A-Z][\w'’-]+,?\s+)*and\s+)"
)
# "three over the Kursk region, the same number over the Kaluga region": the figure before, again, for its own place
SAME_NUMBER_PLACE = ascii_bounds(
    r"\b(\d[\d,]*)(\s+(?:[\w-]+\s+){0,3}?(?:over|above|in)\s+[^,;:]+?(?:,(?:\s*and)?|\s+and)\s+)the\s+same\s+number\s+(over|above|in)\b"
)


# "shot down drones over seven Russian regions, including 11 over the Bryansk region": a count of regions is no figure, and
# read as one it hides the weapons its list breaks down ("over several regions")
REGIONS_COUNTED = ascii_bounds(
    r"\b(over|across|in)\s+\d[\d,]*\s+((?:[A-Z][a-z]+\s+|different\s+|border\s+)?(?:regions|oblasts|provinces)\b)"
)


# "five drones were downed each over the Tambov and Penza regions", "one drone was destroyed over each of
# the A, B and C regions": the distributive "each" after the passive, read as "five drones each were downed over
# ..." (a coordination of places must follow, as for "N each over")
EACH_AFTER_PASSIVE = ascii_bounds(
    r"\b(\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:drones?|UAVs?|missiles?|rockets?))\s+"
    r"((?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:[a-z]+\s+){1,2}?)each\s+(over|above|in)\s+(" + EACH_PLACES + r")"
)
# "single drones were downed over the Tver and Kaluga regions": one for each place of the coordination, read as
# "1 drones each were destroyed over ..." (over one place, "single drones" counts nothing)
SINGLE_OVER_PLACES = ascii_bounds(
    r"\b(?:[Ss]ingle|[Ii]ndividual)\s+((?:[\w-]+\s+)?(?:drones|UAVs|missiles))\s+"
    r"((?:were|had\s+been|have\s+been)\s+(?:[a-z]+\s+){1,2}?)(over|above|in)\s+(" + EACH_PLACES + r")"
)
# a place list whose items elide the kind one item names: "three over the Bryansk region, five in the Smolensk and two
# in the Tver region" is "five in the Smolensk region"; the kind is taken from the next item ...
_ELIDED_KIND_ITEM = r"(\d[\d,]*\s+(?:more\s+)?(?:in|over|above)\s+the\s+[A-Z][\w'’-]+)"
ELIDED_KIND_NEXT = ascii_bounds(
    _ELIDED_KIND_ITEM + r"(,?\s+and\s+|,\s+)(\d[\d,]*\s+(?:more\s+)?(?:in|over|above)\s+the\s+[A-Z][\w'’-]+\s+)"
    r"([Rr]egion|[Oo]blast|[Pp]rovince)\b"
)
# ... or from the item before, when the elided one ends the list: "four above the Voronezh region and one above the Lipetsk."
ELIDED_KIND_BEFORE = ascii_bounds(
    r"(\b(?:in|over|above)\s+the\s+[A-Z][\w'’-]+\s+)([Rr]egion|[Oo]blast|[Pp]rovince)(,?\s+and\s+|,\s+)"
    + _ELIDED_KIND_ITEM + r"(\s*(?:[.;]|,\s+(?:the|it|he|she|they|according)\b|$))"
)
# a list's next items with their own copula: "41 were destroyed over the Kursk region, while 8 were over the
# Tambov region and six were over the Penza region" -> "..., 8 over the Tambov region and 6 over the Penza region"
# (only after an item placed the same way: the figure before, its place, and a joiner)
COPULA_ITEM = ascii_bounds(
    r"(\b(?:over|above|in)\s+(?:the\s+)?(?:[a-z-]+\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince))?)"
    r"(,?\s+and|,)(?:\s+(?:while|whereas))?\s+(\d[\d,]*)\s+(?:were|was)\s+(over|above|in)\s+(the\s+)?([A-Z])"
)


def place_rewrites(norm: pl.Expr) -> pl.Expr:
    """Wordings of figures for several places rewritten into the shapes the place rules read ("N each over A and
    B", a list of places)."""
    return (
        norm.str.replace_all(REGIONS_COUNTED, "${1} several ${2}")
        .str.replace_all(OVER_EACH_OF, "each ${1} ${2}")
        .str.replace_all(EACH_OVER_DESCRIBED, "each ${1} the ${2}")
        .str.replace_all(SAME_NUMBER_PLACE, "${1}${2}${1} ${3}")
        .str.replace(FRONTED_EACH_PLACES, "${2}each over ${1}")
        .str.replace_all(RESPECTIVELY_REGIONS_OF, "${1} ${3} ${4}${5} the ${6} region and ${2} ${3} ${5} the ${7} region")
        .str.replace_all(RESPECTIVELY_NAMES_REGIONS, "${1} ${3} ${4}${5} the ${6} region and ${2} ${3} ${5} the ${7} region")
    )


# the cheap tests of the rows the list rewrites can change (their patterns read only those rows)
_EACH_OR_SINGLE = r"\beach\s|[Ss]ingle\s|[Ii]ndividual\s"
_ITEM_WITHOUT_KIND = r"\d\s+(?:more\s+)?(?:in|over|above)\s+the\s+[A-Z][\w'’-]+(?:,|\s+and\b|\s*[.;]|\s*$)"
_ITEM_WITH_COPULA = r"\d\s+(?:were|was)\s+(?:over|above|in)\s"


def list_item_rewrites(frame: pl.DataFrame, column: str = "norm") -> pl.DataFrame:
    """The items of a list of places written as the place rules read them (`column` rewritten): "each" after the
    passive, "single drones" over a coordination, an item eliding the kind another names, items with their own
    copula (see the patterns above); each step reads only the rows its cheap test picks."""
    text = pl.col(column)
    return (
        frame.with_columns(
            only_where(
                text.str.contains(_EACH_OR_SINGLE), text,
                lambda t: t.str.replace_all(EACH_AFTER_PASSIVE, "${1} each ${2}${3} ${4}")
                .str.replace_all(SINGLE_OVER_PLACES, "1 ${1} each ${2}${3} ${4}"),
            ).alias(column)
        )
        .with_columns(
            only_where(
                text.str.contains(_ITEM_WITHOUT_KIND), text,
                # (twice: a list's every item may elide its kind, "seven in the Kaluga, four in the Tula and two in the
                # Oryol region"; each pass gives the kind to one more item before)
                lambda t: t.str.replace_all(ELIDED_KIND_NEXT, "${1} ${4}${2}${3}${4}")
                .str.replace_all(ELIDED_KIND_NEXT, "${1} ${4}${2}${3}${4}")
                .str.replace_all(ELIDED_KIND_BEFORE, "${1}${2}${3}${4} ${2}${5}"),
            ).alias(column)
        )
        .with_columns(
            only_where(
                text.str.contains(_ITEM_WITH_COPULA), text,
                lambda t: t.str.replace_all(COPULA_ITEM, "${1}${2} ${3} ${4} ${5}${6}")
                .str.replace_all(COPULA_ITEM, "${1}${2} ${3} ${4} ${5}${6}"),
            ).alias(column)
        )
    )


def _place(m: pl.DataFrame) -> pl.DataFrame:
    """The figure's `place`: an item of a list of places has its place; otherwise only a figure of a Russian
    attack that names one place where the weapons were aimed or downed (not where they were launched from, not
    an official national tally that mentions where they fell) is a regional subset."""
    place_raw = pl.when(~pl.col("post").str.contains(LAUNCH_AREA)).then(pl.col("post").str.extract(PLACE_AFTER))
    m = with_columns_once(
        m,
        pl.when(pl.col("in_place_list") & place_raw.is_not_null() & ~place_raw.str.contains(r",|\sand\s"))
        .then(place_raw)
        .when(pl.col("in_place_list") & pl.col("post").str.contains(INCLUDED_PLACE))
        .then(pl.col("post").str.extract(INCLUDED_PLACE))
        # a part on its way to a city ("42 drones, including two drones flying toward Moscow") is that city's part,
        # and so are weapons on their way there ("warned of 20 drones heading towards Kyiv")
        .when((pl.col("including") | pl.col("has_noun")) & pl.col("post").str.contains(HEADED_FOR_CITY))
        .then(pl.col("post").str.extract(HEADED_FOR_CITY))
        # the list's first item, its own verb before its place: "18 UAVs were destroyed ... in Bryansk Oblast, nine ..."
        .when(pl.col("in_place_list") & next_in_row(pl.col("in_place_list"), False) & pl.col("post").str.contains(FIRST_ITEM_PLACE))
        .then(pl.col("post").str.extract(FIRST_ITEM_PLACE))
        .when(
            (pl.col("attacker") == "RU")
            # an official national tally names where weapons fell without making them a subset,
            # unless the figure is a part ("20 of the missiles", "including 60") or an aim
            & (
                (pl.col("attribution") != "national_official")
                | pl.col("attribution").is_null()
                | pl.col("of_ref").is_not_null()
                | pl.col("including")
                | pl.col("post").str.contains(r"^\s*(?:(?:aimed|fired)\s+at|targeting)\b")
            )
            & ~pl.col("post").str.contains(r"(?i)^\s*(?:[a-z]+\s+){0,3}?(?:mostly|mainly|most\s+of\s+them|largely)\b")
            & place_raw.is_not_null()
            & ~place_raw.str.contains(r",|\sand\s")
            & ~place_raw.str.contains(NOT_A_PLACE)
        )
        .then(pl.when(place_raw == "capital").then(pl.lit("Kyiv")).otherwise(place_raw))
        # "the number of drones shot down over the capital at more than 40"
        .when(pl.col("number_of_noun").is_not_null() & (pl.col("attacker") == "RU"))
        .then(pl.col("pre").str.extract(r"\bover\s+(?:the\s+)?(capital|Kyiv|[A-Z][\w'’-]+\s+region)\b").replace("capital", "Kyiv"))
        .alias("place"),
    )
    # a regional official's own count of a Russian attack is his region's part of the night, whose region the
    # sentence names ("the governor of the Poltava region said air defence shot down two missiles"): a figure
    # equal to the national tally's stays a fact of its own
    region_named = pl.coalesce(
        pl.col("sentence").str.extract(REGION_OF),
        pl.col("sentence").str.extract(NAME_REGION),
    )
    m = m.with_columns(
        pl.when(
            pl.col("place").is_null()
            & (pl.col("attacker") == "RU")
            & (pl.col("attribution") == "regional_official")
            & ~region_named.fill_null("The").str.contains(NOT_A_PLACE)
        )
        .then(region_named)
        .otherwise(pl.col("place"))
        .alias("place")
    )
    # "all of those" after a figure of its own sentence is that figure, with its place ("36 of them were aimed
    # at Kyiv, and air defence destroyed all of those" is a Kyiv subset, not a national tally)
    return m.with_columns(
        pl.when(pl.col("_all_of_prev") & (pl.col("row_id").shift(1) == pl.col("row_id")))
        .then(pl.col("place").shift(1))
        .otherwise(pl.col("place"))
        .alias("place")
    )


def _shared_scope(m: pl.DataFrame) -> pl.DataFrame:
    """The figure's `scope`: coordinated figures share a running-total wording ("1,200 bombs, 900 drones and 20
    missiles last week"), and a later figure of a sentence about a period or a running total, with no night or
    day of its own, is part of it."""
    # "Earlier this week, Russia fired 700 drones at Ukraine overnight", "Last week Moscow launched 550 drones at Kyiv on
    # Tuesday night", "1,100 drones this week, including 400 overnight on Tuesday": a night or a day in the figure's own
    # clause is one attack; the week or month around it only says when (a span of its own, "over the past week", stays
    # the period's)
    own_clause = pl.concat_str(
        [pl.col("pre").str.extract(r"([^,;]*)$").fill_null(""), pl.col("post").str.extract(r"^([^,;]*)").fill_null("")],
        separator=" ",
    )
    # (the day a statement was made is no day of the figure: "Zelensky said on Sunday that Russia launched 1,000 drones
    # last week")
    own_clause = own_clause.str.replace_all(STATEMENT_DAY_WORDS, " ")
    period_clause = pl.when(pl.col("_own_scope") == "period").then(own_clause)
    # (coordinated figures share the night one of them names: "launched 550 drones and 30 missiles at Ukraine in a
    # single night")
    m = m.with_columns(
        # (read on the rows of a group with a period only)
        pl.when((pl.col("_own_scope") == "period").any().over("row_id", "group")).then(
            own_clause.str.contains(ONE_NIGHT) | own_clause.str.contains(SINGLE_ATTACK) | own_clause.str.contains(ONE_DAY)
        ).fill_null(False).alias("_night_clause"),
        (~period_clause.str.replace_all(RELATIVE_WEEK_OR_MONTH, " ").str.contains(PERIOD)).fill_null(False).alias("_when_only"),
    )
    one_night_when = pl.col("_when_only") & pl.col("_night_clause").any().over("row_id", "group")
    m = m.with_columns(
        pl.when(one_night_when).then(pl.lit("event")).otherwise(pl.col("_own_scope")).alias("_own_scope")
    ).drop("_night_clause", "_when_only")
    scope_rank = pl.col("_own_scope").replace_strict({"event": 0, "period": 1, "cumulative": 2}, return_dtype=pl.Int8)
    m = m.with_columns(scope_rank.max().over("row_id", "group").alias("_scope_rank"))
    # "Last year Russia fired 12,000 drones, with 9,000 being shot down", "In 2024 Russia launched 300 drones ...,
    # and 250 drones ... were shot down" (not a night's interception)
    own_clause = pl.concat_str(
        [pl.col("pre").str.extract(r"([^,;]*)$").fill_null(""), pl.col("post").str.extract(r"^([^,;]*)").fill_null("")],
        separator=" ",
    )
    # (the mentions of a sentence are contiguous and in order here, so no window is needed)
    earlier_rank = (
        pl.when(earlier_in_row(pl.col("_scope_rank") == 2)).then(pl.lit(2, dtype=pl.Int8))
        .when(earlier_in_row(pl.col("_scope_rank") == 1)).then(pl.lit(1, dtype=pl.Int8))
        .otherwise(pl.lit(0, dtype=pl.Int8))
    )
    # "Within a week, Russia used 900 bombs and 300 drones. The occupiers also launched over 40 missiles": a sentence
    # that adds to the one right before it ("also", "Also,", "In addition,"), with no night, day or date of its own,
    # is part of that sentence's period or running total
    # (the mentions are sorted by article, sentence and mention here: the previous row is the previous mention)
    same_article = pl.col("article_id").shift(1) == pl.col("article_id")
    first_in_row = pl.col("row_id").shift(1) != pl.col("row_id")
    # (the sentence before, or the one before that when the sentence between holds no figure: "Air defences destroyed
    # 900 drones over the past week. The figure covers several types. The report also claims ...")
    gap = pl.col("sentence_idx") - pl.col("sentence_idx").shift(1)
    no_time_of_its_own = (
        pl.col("_ref_sentence").is_null()
        & ~pl.col("sentence").str.contains(ONE_NIGHT)
        & ~pl.col("sentence").str.contains(DAY_CUE)
        & ~pl.col("sentence").str.contains(SINGLE_ATTACK)
    )
    follows_previous = same_article.fill_null(False) & first_in_row.fill_null(False) & gap.is_between(1, 2).fill_null(False)
    adds_to_previous = (
        follows_previous
        & (
            pl.col("pre").str.contains(ALSO_BEFORE)
            | pl.col("sentence").str.contains(ADDING_OPENER)
            # ... also in the figure's own passive: "More than 40 Lancet drones were also destroyed"
            | pl.col("post").str.contains(ALSO_PASSIVE_AFTER)
        )
        & no_time_of_its_own
    )
    # a sentence breaking down the tally before it ("Of these, 500 were shot down", "These include 300 Kalibrs", "It
    # shot down, among others, ...") takes that tally's period or running total, where the tally's own words state it
    # ("over the past week", "since February 2022"; a bare perfect lends none)
    breaks_down_previous = (
        follows_previous
        & (pl.col("sentence").str.contains(BREAKDOWN_OPENER) | pl.col("pre").str.contains(AMONG_OTHERS_BEFORE))
        & no_time_of_its_own
    )
    m = m.with_columns(pl.col("_scope_rank").max().over("row_id").alias("_row_rank"))
    # the rank a sentence's own span words give it ("over the past week", "since the invasion", "during the same
    # period"), read on the few rows a later sentence breaks down
    # (read on the sentence as the rules see it, its numbers and years masked: the text around any of its figures)
    stated_text = pl.concat_str([pl.col("pre"), pl.col("post")], separator=" ")
    stated_rank = (
        pl.when(stated_text.str.contains(PERIOD_SINCE) | stated_text.str.contains(PERIOD)
                | stated_text.str.replace_all(SUPERLATIVE, " ").str.contains(CUMULATIVE))
        .then(pl.col("_row_rank"))
        .otherwise(pl.lit(0, dtype=pl.Int8))
    )
    # (in steps: a window inside another window's group would shift within that group)
    m = with_columns_once(
        m,
        # (across a sentence without figures, only a span the tally's words state)
        pl.when(adds_to_previous & (gap == 1)).then(pl.col("_row_rank").shift(1))
        .when(adds_to_previous | breaks_down_previous).then(stated_rank.shift(1))
        .alias("_inherited"),
    )
    # "Russia fired 600 drones over the past week. ... Of these, 500 were shot down": a back-reference to the total a
    # sentence before stated takes its period or running total too
    if m.select((pl.col("_back_ref") & (pl.col("_head_row") != pl.col("row_id"))).any()).item():
        heads = (
            m.select(pl.col("row_id").alias("_head_row"), stated_rank.alias("_head_rank"))
            .group_by("_head_row").agg(pl.col("_head_rank").max())
        )
        m = m.join(heads, on="_head_row", how="left", maintain_order="left").with_columns(
            pl.when(
                pl.col("_back_ref") & (pl.col("_head_row") != pl.col("row_id")) & no_time_of_its_own
                & (pl.col("_head_rank") > 0)
            )
            .then(pl.max_horizontal(pl.col("_inherited").fill_null(0), pl.col("_head_rank")))
            .otherwise(pl.col("_inherited"))
            .alias("_inherited")
        ).drop("_head_rank")
    inherited = pl.col("_inherited").max().over("row_id").fill_null(0)
    m = m.with_columns(
        pl.when((pl.col("_scope_rank") == 0) & (inherited > 0)).then(inherited).otherwise(pl.col("_scope_rank"))
        .alias("_scope_rank")
    )
    return with_columns_once(
        m,
        pl.when(
            (pl.col("_scope_rank") == 0)
            & (earlier_rank > 0)
            & ~own_clause.str.contains(ONE_NIGHT)
            & ~own_clause.str.contains(DAY_CUE)
            # "1,100 drones this week, including 480 in a single night": one attack of the week
            & ~own_clause.str.contains(SINGLE_ATTACK)
        )
        .then(earlier_rank)
        .otherwise(pl.col("_scope_rank"))
        .replace_strict({0: "event", 1: "period", 2: "cumulative"}, return_dtype=pl.String)
        .alias("scope")
    )


def _date_bare_figures_like_their_antecedent(m: pl.DataFrame) -> pl.DataFrame:
    """A bare figure in a sentence without a date ("Of these, 34 were downed") is dated like its antecedent."""
    antecedent_date = (
        pl.when(pl.col("has_noun")).then(pl.col("event_date"))
        .forward_fill().over("article_id", **IN_ARTICLE)
    )
    return m.with_columns(
        pl.when(~pl.col("has_noun") & pl.col("_ref_sentence").is_null() & antecedent_date.is_not_null())
        .then(antecedent_date)
        .otherwise(pl.col("event_date"))
        .alias("event_date")
    )


# a figure added to the ones before it: "four more", "two others", "three additional"
ADDED_FIGURE_AFTER = ascii_bounds(r"(?i)^\s+(?:more|others?|additional|further)\b")


def _rule_and_evidence(m: pl.DataFrame) -> pl.DataFrame:
    """The rule named on the fact (`rule_id`): the structure that bound the figure, else what gave its type;
    `_why` when a part is larger than its total; the evidence sentence and its offsets."""
    structure_rule = pl.coalesce(
        pl.when(pl.col("all_but")).then(pl.lit("strike.all_but")),
        pl.when(pl.col("_back_ref")).then(pl.lit("strike.back_reference")),
        # (a part of the night's count named by its time, as a list of places names each by its place)
        pl.when(pl.col("_time_split").fill_null(False) & pl.col("in_place_list")).then(pl.lit("strike.time_split")),
        pl.when(pl.col("in_place_list")).then(pl.lit("strike.place_list")),
        pl.when(pl.col("count2").is_not_null()).then(pl.lit("strike.partitive_of_total")),
        pl.when(pl.col("all_flag")).then(pl.lit("strike.all_of_group")),
        pl.when(pl.col("copula")).then(pl.lit("strike.copula_part")),
        pl.when(pl.col("number_of_noun").is_not_null()).then(pl.lit("strike.number_of")),
        pl.when(pl.col("has_noun") & pl.col("sentence").str.contains(ENUMERATION_LINE)).then(pl.lit("strike.enumerated_tally")),
        pl.when(pl.col("has_noun") & pl.col("_split_kinds")).then(pl.lit("strike.sub_class_split")),
        pl.when(pl.col("participle_type").is_not_null()).then(pl.lit("strike.participle_part")),
        pl.when(~pl.col("has_noun") & pl.col("type_rule").is_in(["strike.breakdown_part", "strike.clause_verb"]))
        .then(pl.lit("strike.bare_reference")),
    )
    return m.with_columns(
        pl.coalesce(structure_rule, "type_rule").alias("rule_id"),
        # which part of a sub-class split the figure is: "two ballistic and two cruise missiles" are two facts of 2,
        # not one figure stated twice (read by `_one_fact_per_figure`; never a fact field)
        pl.when(pl.col("has_noun") & pl.col("_split_kinds")).then(pl.col("phrase").str.to_lowercase())
        # ... and a figure added to an equal one before it ("four were downed over Kherson, while four more were downed
        # over Mykolaiv", "three over Odesa and three others over ..."): a second fact, not a restatement
        .when(pl.col("post").str.contains(ADDED_FIGURE_AFTER) & ~pl.col("post").str.contains(r"(?i)^\s+more\s+than\b"))
        .then(pl.lit("added"))
        .alias("_part"),
        # a part larger than the total it is a part of
        pl.when(pl.col("count2").is_not_null() & (pl.col("count") > pl.col("count2")))
        .then(pl.format("inconsistent: part {} exceeds its total {}", pl.col("count").cast(pl.Int64), pl.col("count2").cast(pl.Int64)))
        .when(pl.col("_back_ref") & (pl.col("count") > pl.col("_head_count")))
        .then(pl.format("inconsistent: part {} exceeds the total {} it refers to", pl.col("count").cast(pl.Int64), pl.col("_head_count").cast(pl.Int64)))
        .alias("_why"),
    ).with_columns(
        pl.col("sentence").alias("evidence"),
        pl.col("sentence_start").alias("evidence_start"),
        pl.col("sentence_end").alias("evidence_end"),
    )


def _fact_rows(m: pl.DataFrame) -> pl.DataFrame:
    """One fact row per figure (`FACT_BASE_COLUMNS` and its type, qualifier, count, rule and note), plus the
    facts it implies: the launched total that comes with an interception ("34 of the 44", "all 40"), each figure
    of a list that "all of them" follows, one fact per place of "nine each over ..."; only positive counts."""
    facts = pl.concat([_stated_facts(m), _launched_totals_of_interceptions(m)], how="vertical_relaxed")
    each_of_list = _facts_for_each_of_a_list(m)
    if each_of_list is not None:
        facts = pl.concat([facts, each_of_list], how="vertical_relaxed")
    facts = facts.filter(pl.col("count").is_not_null() & (pl.col("count") > 0))
    each = _facts_for_each_place(m)
    if each is not None:
        facts = pl.concat([facts, each.select(facts.columns)], how="vertical_relaxed")
    return facts.with_columns(pl.col("count").cast(pl.Int64))


def _stated_facts(m: pl.DataFrame) -> pl.DataFrame:
    """The fact each figure states ("all but K of M" states M - K); "N each over <places>" is left to
    `_facts_for_each_place`."""
    # all but K: the total is M of "all but K of M", else the weapon figure before
    # ("all but 3 of the missiles": the last missile figure, not the last figure)
    total = pl.coalesce(
        "count2", pl.when(pl.col("has_noun") & pl.col("of_ref").is_not_null()).then(pl.col("_same_class_count")), "ref_count"
    )
    primary_count = pl.when(pl.col("all_but")).then(total - pl.col("count")).otherwise(pl.col("count"))
    return m.filter(pl.col("each_places").is_null()).select(
        *FACT_BASE_COLUMNS, "fact_type", "qualifier", primary_count.alias("count"), "rule_id", "_why",
        pl.when(pl.col("all_but")).then(pl.lit("derived: all but")).alias("note"),
    )


# the launch named right after a list of weapon figures: "launched by Russia", "fired at Ukraine overnight", "with
# which the Russian army attacked Ukraine", "that Russia sent"
LAUNCH_AFTER_LIST = ascii_bounds(
    r"(?i)^\s*(?:[\w'’-]+\s+){0,2}?(?:launched|fired|sent)\b"
    r"|^\s*,?\s*(?:with\s+which|which|that)\s+(?:[\w'’-]+\s+){0,4}?(?:attacked|launched|fired|sent|used"
    # ... or the weapons' own attack: "all of the 9 Shahed drones and three Kalibr missiles that targeted Mykolaiv", "that were
    # aimed at the port"
    r"|targeted|aimed|directed)\b"
)


def _launched_totals_of_interceptions(m: pl.DataFrame) -> pl.DataFrame:
    """The launched figure that comes with an interception: "of the 44", "all 40", "all but one of 59"; and each
    figure listed after "all N" ("shot down all 18 missiles, six Shahed drones and three reconnaissance drones",
    "destroyed all 14 drones and one Kh-59 missile launched by Russia"): "all" is the whole of each figure of the
    list, as "all 18" is of the first."""
    # (a column first: a window read inside another window is evaluated again for every group of it)
    m = m.with_columns(
        (pl.col("has_noun").cum_sum().over(["row_id", "group"], order_by="mention_idx").eq(1) & pl.col("_all_counted"))
        .alias("_group_head_all")
    )
    group_head_all = pl.col("_group_head_all")
    # ... where the list ends on its launch ("... launched by Russia", "... fired at Ukraine overnight were shot
    # down", "... with which the Russian army attacked"): "shot down all 18 missiles and nine drones" alone may say
    # "all" of the missiles only
    list_ends_on_launch = (
        pl.col("post").filter(pl.col("has_noun")).last().over(["row_id", "group"]).str.contains(LAUNCH_AFTER_LIST)
    )
    all_list_item = (
        pl.col("has_noun")
        & pl.col("coordinated")
        & ~pl.col("all_flag")
        & ~pl.col("including")
        & pl.col("count2").is_null()
        & pl.col("of_ref").is_null()
        & pl.col("count").gt(0)
        & pl.when(pl.col("has_noun")).then(group_head_all).otherwise(False)
        .cum_sum().over(["row_id", "group"], order_by="mention_idx").gt(0)
        & list_ends_on_launch
    )
    with_launch = m.filter(
        pl.col("fact_type").is_in(["intercepted", "lost"])
        & (
            pl.col("count2").is_not_null()
            | pl.col("all_flag")
            # ("all 40 drones, including 15 Shaheds": the part's own launch; not a part placed by where it was downed,
            # "including 15 shot down over the capital", "including 12 over the Kyiv region", which says nothing of
            # what was launched there)
            | (pl.col("including") & pl.col("prev_all") & ~pl.col("post").str.contains(PART_PLACED_WHERE_DOWNED))
            | all_list_item
        )
        # "all of those" after a figure of its own sentence: that figure is already stated
        & ~pl.col("_all_of_prev")
    )
    # "About 20 missiles were detected over Kyiv. All of them were shot down": the launched total that comes with a
    # bare "all of them" is the launched figure already stated, wherever that one was placed
    # (so is "the drones were all destroyed", "all the drones": "all" with its noun and no count of its own)
    bare_all = pl.col("all_flag") & ~pl.col("_all_counted") & pl.col("count2").is_null()
    # (whatever day each statement was dated by: "all of Friday's drones were destroyed" after "attacked Ukraine with 16
    # drones" restates the 16; and a bare "all" after a downing of the same figure restates that downing, "downed seven
    # drones over the port ... all drones were downed over the bay", no launch of its own)
    # (but "all the missiles launched were downed" after "destroyed eight missiles" names the launch: launched 8)
    same = ["article_id", "attacker", "weapon_class", "count", "scope"]
    stated = m.filter(pl.col("fact_type") == "launched").select(same).unique()
    downed = m.filter((pl.col("fact_type") == "intercepted") & ~bare_all).select(same).unique()
    names_launch = pl.col("post").str.contains(
        r"(?i)^\s*(?:(?:that|which)\s+)?(?:(?:russia|moscow|the\s+enemy|the\s+russians)\s+)?(?:had\s+)?(?:launched|fired|sent)\b"
    )
    if not downed.is_empty():
        restated_downing = with_launch.filter(bare_all & ~names_launch).join(downed, on=same, how="semi", nulls_equal=True)
        if not restated_downing.is_empty():
            with_launch = with_launch.join(
                restated_downing.select("row_id", "mention_idx"), on=["row_id", "mention_idx"], how="anti"
            )
    if not stated.is_empty():
        restated = with_launch.filter(bare_all).join(stated, on=same, how="semi", nulls_equal=True)
        if not restated.is_empty():
            with_launch = with_launch.join(
                restated.select("row_id", "mention_idx"), on=["row_id", "mention_idx"], how="anti"
            )
    # "The air force shot down 28 drones. ... Odesa's air defences downed 17 of the 28 drones": the total of a partitive
    # equal to a downing stated before it (and to no launch) is those downed weapons again, no launch of its own
    with_launch = _drop_totals_that_are_earlier_downings(m, with_launch)
    return with_launch.select(
        *FACT_BASE_COLUMNS,
        pl.lit("launched").alias("fact_type"),
        pl.when(pl.col("count2").is_not_null()).then(pl.col("qualifier2")).otherwise(pl.col("qualifier")).alias("qualifier"),
        pl.coalesce("count2", "count").alias("count"),
        pl.when(pl.col("count2").is_not_null()).then(pl.lit("strike.partitive_total"))
        .otherwise(pl.lit("strike.all_of_group")).alias("rule_id"),
        "_why",
        pl.lit("derived: launched total of an interception").alias("note"),
    )


def _drop_totals_that_are_earlier_downings(m: pl.DataFrame, with_launch: pl.DataFrame) -> pl.DataFrame:
    """The partitives of `with_launch` ("17 of the 28 drones") whose total is a downing of the same class and side
    stated earlier in the article ("shot down 28 drones"), and no launch of that count ("all 28 drones were downed"
    says 28 were launched), are left out: their total names the downed weapons again."""
    # (not a total named with its own launch: "destroyed 61 of the 109 drones fired overnight")
    partitives = with_launch.filter(pl.col("count2").is_not_null() & ~pl.col("post").str.contains(LAUNCH_AFTER_LIST))
    if partitives.is_empty():
        return with_launch
    key = ["article_id", "attacker", "weapon_class"]
    stated = m.filter(pl.col("fact_type").is_in(["intercepted", "launched"])).select(
        *key, pl.col("count").alias("count2"), pl.col("fact_type").alias("_stated_type"),
        pl.col("sentence_idx").alias("_stated_sentence"), pl.col("mention_idx").alias("_stated_mention"),
    )
    # ("downed all 109 drones" says 109 were launched too)
    launched = pl.concat([
        stated.filter(pl.col("_stated_type") == "launched").select(*key, "count2"),
        m.filter(pl.col("all_flag")).select(*key, pl.col("count").alias("count2")),
    ]).unique()
    earlier_downing = (
        partitives.select(*key, "count2", "row_id", "mention_idx", "sentence_idx")
        .join(stated.filter(pl.col("_stated_type") == "intercepted"), on=[*key, "count2"], nulls_equal=True)
        .filter(
            (pl.col("_stated_sentence") < pl.col("sentence_idx"))
            | ((pl.col("_stated_sentence") == pl.col("sentence_idx")) & (pl.col("_stated_mention") < pl.col("mention_idx")))
        )
        .join(launched, on=[*key, "count2"], how="anti", nulls_equal=True)
        .select("row_id", "mention_idx")
        .unique()
    )
    if earlier_downing.is_empty():
        return with_launch
    return with_launch.join(earlier_downing, on=["row_id", "mention_idx"], how="anti")


def _facts_for_each_of_a_list(m: pl.DataFrame) -> pl.DataFrame | None:
    """"all of them" after a list: one fact per figure of the list (before it, in its own sentence), each of
    that figure's class, model and count; None when no figure is such an "all of them"."""
    listed = m.filter(pl.col("_all_of_list"))
    if listed.is_empty():
        return None
    items = m.filter(pl.col("has_noun")).select(
        pl.col("row_id").alias("_list_row"), pl.col("mention_idx").alias("_item_idx"),
        "count", "weapon_class", "weapon", "qualifier",
    )
    return (
        listed.select(
            *[c for c in FACT_BASE_COLUMNS if c not in ("weapon_class", "weapon")], "fact_type", "row_id", "mention_idx",
            pl.when(pl.col("_all_of_class_list")).then(pl.col("_same_class_row"))
            .when(pl.col("_back_ref")).then(pl.col("_head_row")).otherwise(pl.col("row_id")).alias("_list_row"),
            # ("all the missiles" is each missile figure of the list, not its drones)
            pl.when(pl.col("_all_of_class_list")).then(pl.col("own_class")).alias("_list_class"),
        )
        .join(items, on="_list_row")
        .filter((pl.col("_list_row") != pl.col("row_id")) | (pl.col("_item_idx") < pl.col("mention_idx")))
        .filter(pl.col("_list_class").is_null() | (pl.col("_list_class") == pl.col("weapon_class")))
        .select(
            *FACT_BASE_COLUMNS, "fact_type", "qualifier", "count", pl.lit("strike.all_of_group").alias("rule_id"),
            pl.lit(None, dtype=pl.String).alias("_why"), pl.lit("derived: all of the listed figures").alias("note"),
        )
    )


def _facts_for_each_place(m: pl.DataFrame) -> pl.DataFrame | None:
    """"nine each over the Volgograd, Rostov and Oryol regions": one fact per place; None when there is none."""
    each = m.filter(pl.col("each_places").is_not_null()).select(
        *[c for c in FACT_BASE_COLUMNS if c != "place"], "fact_type", "qualifier", "count",
        pl.lit("strike.each_place").alias("rule_id"), pl.lit(None, dtype=pl.String).alias("_why"),
        "each_places",
    )
    if each.is_empty():
        return None
    # (a few rows: the coordination is split in Python, `each_place_names`)
    return each.with_columns(
        pl.col("each_places").map_elements(each_place_names, return_dtype=pl.List(pl.String)).alias("place"),
    ).drop("each_places").explode("place").with_columns(pl.lit("each").alias("note"))


def _one_fact_per_figure(facts: pl.DataFrame) -> pl.DataFrame:
    """Drops restatements: a figure restated without its model ("three Shahed drones ...; all three drones were
    shot down") and a sentence stating a figure twice ("launched 7 ..., all of them") give one fact. Runs the
    in-article consistency checks (`structure.check_consistency`)."""
    key = ["article_id", "fact_type", "attacker", "weapon_class", "count", "event_date", "scope", "place"]
    has_model = pl.col("weapon").is_not_null().any().over(key, mapping_strategy="group_to_rows")
    facts = facts.filter(pl.col("weapon").is_not_null() | ~has_model)
    facts = check_consistency(facts)
    same = [c for c in facts.columns if c not in ("note", "rule_id", "confidence")]
    return facts.unique(subset=same, keep="first", maintain_order=True)
