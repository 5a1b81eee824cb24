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
   See RULES below.
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
phrasings the role rules would misread). This module binds them: mentions, roles, parts and totals.

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
from pipelines.extract.actors import actor_regex, actors, attribution_expr
from pipelines.extract.dates import DAILY_TALLY, attack_day_ref, date_ref_expr, ref_to_date, statement_day_ref
from pipelines.extract.numbers import MODIFIER_STOP_WORDS, ascii_bounds, normalize_numbers, number_mentions, qualifier_expr
from pipelines.extract.scope import ONE_NIGHT, scope_context, scope_expr
from pipelines.extract.strike_verbs import VERBS, VERBS_INTERCEPTED, VERBS_LOST, both_as_all_two, plain_verbs, verb_type
from pipelines.extract.structure import ENUMERATION_LINE, SUBCLASS_SPLIT, check_consistency, structure_rewrites
from pipelines.extract.topic import add_off_topic
from pipelines.extract.weapons import noun_pattern, weapon_class_expr, weapon_hint_expr, weapon_models, with_weapon


# ---------------------------------------------------------------------------
# RULES
# ---------------------------------------------------------------------------



# Wording that makes a figure not an event count.
FUTURE_OR_AID = (
    r"\b(?:will|would|could|might|may)\b|(?i)\b(?:plans?\s+to|planning\s+to|intends?\s+to|expects?\s+to|is\s+expected"
    r"|aid|package|pledg\w*|deliver\w*|donat\w*|suppl(?:y|ied|ies)|provid\w*|transfer\w*|purchas\w*|buy\w*"
    r"|ordered|orders|contract\w*|produc\w*|manufactur\w*|stockpil\w*|arsenal|reserves?|capacity|range\s+of"
    r"|needs?|needed|can|cannot|capable|able\s+to|to\s+(?:intercept|shoot|destroy|down|launch|fire|strike|repel))\b"
)
# what weapons did on impact is not a count of launches: "3 missiles hit a power plant"
IMPACT_AFTER = (
    r"(?i)^\s*(?:[a-z][\w-]*\s+){0,2}?(?:hit|struck|fell|landed|exploded|crashed|damaged|caused|killed|injured|reached|got\s+through)\b"
    # "five drones disabled a substation": the weapons as the subject of "disabled" (not "were disabled")
    r"|^\s*(?:also\s+)?disabled\s+(?:a|an|the|its|their|power|energy|electricity|several|some|#?\d)"
)
RATE_AFTER = (
    r"(?i)^\s*(?:a|per|each|every)\s+(?:day|night|week|month|year)\b"
    # "launching about 100 drones at Ukraine every day"
    r"|^[^,;:.]{0,40}?\b(?:per|each|every)\s+(?:day|night|week|month|year)\b"
)
# a weapon noun used as a modifier: "drone control points", "missile strikes", "drone operators"
NOUN_AS_MODIFIER = (
    r"(?i)^[\s-]*(?:control|operators?|units?|launchers?|launch\s+sites?|depots?|warehouses?|storage|production"
    r"|factor(?:y|ies)|plants?|parts|components|engines|pilots|crews|teams|systems|carriers?|boats?|ships?"
    r"|strikes?|attacks?|debris|fragments|wreckage|alerts?|threats?|sites?|positions?|batter(?:y|ies)"
    r"|complex(?:es)?|installations?|vehicles?|brigades?|divisions?|battalions?|regiments?"
    # "21 drone incursions", "drone sightings": incidents, not weapons
    r"|incursions?|sightings?|violations?)\b"
)

# drones that do not fly: "sea drones", "naval drones", "unmanned surface vessels", "ground robotic drones"
NOT_AERIAL_DRONE = (
    r"(?i)\b(?:sea|naval|maritime|marine|surface|underwater|water|ground|land|robotic)\s+(?:[\w-]+\s+)?(?:drones?|uavs?)\b"
)
ATTACKER_UA_SENTENCE = (
    # the speakers (Russian and Belarusian ministries, air defences) are in lexicon/actors.csv
    r"(?i)\bkyiv\s+regime\b|\bbelarus\w*(?:'s)?\s+(?:defen[cs]e\s+ministry|ministry|air\s+defen[cs]es?|military|armed\s+forces|said|says|reported)"
    r"|\bover\s+belarus|\b(?:ukraine|kyiv)\s+(?:has\s+|had\s+)?(?:also\s+)?(?:launched|fired|attacked|sent|struck|targeted)\b"
    r"|\bukrainian\s+(?:unmanned|drones?|uavs?|missiles?|attack|forces\s+(?:struck|fired|launched|attacked))"
    # "Russia said it had shot down 114 drones", "Russian forces downed eight drones": Russia downing drones
    r"|\b(?:russia|moscow)\s+(?:said|says|claimed|claims|reported)\s+(?:on\s+[a-z]+\s+)?(?:that\s+)?(?:it|its\s+[a-z]+(?:\s+[a-z]+)?)"
    r"\s+(?:had\s+|has\s+)?(?:shot|downed|destroyed|intercepted|repelled|thwarted|stopped|foiled)"
    r"|\brussian\s+(?:forces|troops|military|army)\s+(?:have\s+|had\s+)?(?:also\s+)?(?:shot\s+down|downed|destroyed|intercepted)"
    r"|\bover\s+(?:the\s+)?(?:moscow|bryansk|belgorod|kursk|oryol|orel|rostov|voronezh|volgograd|tula|kaluga"
    r"|smolensk|lipetsk|tambov|ryazan|krasnodar|pskov|leningrad|tver|yaroslavl|(?:annexed\s+|occupied\s+)?crimea)"
)
ATTACKER_RU_SENTENCE = (
    r"(?i)\brussia(?:n\s+(?:forces|troops|military|army))?\s+(?:has\s+|had\s+)?(?:also\s+)?"
    r"(?:launched|fired|sent|attacked|used|struck|pounded|targeted|unleashed|dropped)"
    # "the 58 drones launched by Russia", "Russia-launched drones", "Ukraine said it shot down 25": the wire's
    # wording for a Russian attack, also after a sentence about Russia's own claims
    r"|\b(?:launched|fired|sent)\s+by\s+(?:russia|moscow|russian\s+forces)\b|\brussia-launched\b"
    r"|\b(?:ukraine|kyiv)\s+(?:said|says|reported)\s+(?:on\s+[a-z]+\s+)?(?:that\s+)?(?:it|its\s+[a-z]+(?:\s+[a-z]+)?)"
    r"\s+(?:had\s+|has\s+)?(?:shot|downed|destroyed|intercepted)"
    # the speakers (Ukraine's air force, General Staff, commander-in-chief, ...) are in lexicon/actors.csv
)

# Numbers without a weapon noun that refer back to the last weapon figure.
ANAPHOR_AFTER = (
    r"(?i)^\s+(?:out\s+)?of\s+(?:which|them|these|those)\b|^\s+(?:others?|more|remaining|each)\b"
    # "the largest number of aerial targets Russia had used, 741 in total"
    r"|^\s+in\s+total\b"
    r"|^\s+(?:were|was|had\s+been|have\s+been|has\s+been|are)\s+(?:\w+\s+){0,2}?(?:"
    + VERBS_INTERCEPTED + "|" + VERBS_LOST + r")\b"
)
# what a bare figure counts when it is not weapons: "seven other regions", "three more districts"
NOT_WEAPONS_AFTER = ascii_bounds(
    r"(?i)^\s+(?:other\s+|more\s+|different\s+|of\s+the\s+|of\s+its\s+)?(?:regions?|oblasts?|provinces?|districts?|areas?"
    r"|cities|towns|villages|settlements|locations|sites|directions|fronts?|people|civilians|children|homes|houses|buildings)\b"
)
# a share of a figure stated without a count: "a third of the 90 drones", "most of the 40", "80% of the 150"
FRACTION_OF = ascii_bounds(
    r"(?i)(?:\b(?:half|halves|thirds?|quarters?|fifths?|most|majority|bulk|many|some|several|none|rest|percent)"
    r"|\bper\s+cent|%)\s+of\s+(?:the\s+|these\s+|those\s+)?$"
)
# a sentence opening on a reference back to an earlier total: "Of these, ...", "Of that number, ...", "... of them"
TYPE_AFTER = r"(?i)^\s+of\s+the\s+([\w/-]+(?:(?:,\s+|,?\s+and\s+)[\w/-]+)*)\s+types?\b"
PARTICIPLE_AFTER = (
    r"(?i)^\s+(?:" + VERBS_INTERCEPTED + "|" + VERBS_LOST + r"|lost)\b"
)
ANTECEDENT_BEFORE = r"(?i)\bof\s+(?:these|those|them|that\s+number|this\s+number|the\s+total)\b"
ANTECEDENT_AFTER = r"(?i)^\s+(?:out\s+)?of\s+(?:them|these|those)\b"
ANAPHOR_BEFORE = (
    r"(?i)(?:\ball(?:\s+but)?\s+(?:of\s+)?(?:the\s+)?|\bthe\s+remaining\s+|\banother\s+|\bincluding\s+)$"
    r"|\b(?:of\s+(?:these|those|them|which|that\s+number|this\s+number|the\s+total)|among\s+them),?\s+(?:[\w'’-]+\s+){0,3}$"
    r"|\bthe\s+(?:other|remaining|last)\s+$"
)
# "air defenses destroyed 36." : a bare number right after an interception verb, ending its clause
ANAPHOR_AFTER_VERB = r"(?i)\b(?:" + VERBS_INTERCEPTED + r")\s+$"
# a participle of downing right after a weapon figure: "30 Shaheds shot down", "15 missiles intercepted"
DOWNED_PARTICIPLE_AFTER = ascii_bounds(
    r"(?i)^\s+(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed|suppressed|brought\s+down|taken\s+down"
    r"|jammed|disabled|eliminated)\b"
)
KH_SPELLED_X = r"(^|[\s(/,])[XХх]-(\d{2,3})\b"
# "... while Russia launched 47", "... had launched a total of 24": a launch verb right before a bare total
BARE_LAUNCH_BEFORE = r"(?i)\b(?:launched|fired|sent|used)\s+(?:a\s+total\s+of\s+|in\s+total\s+)?$"
ANAPHOR_ENDS_CLAUSE = r"^\s*(?:[.,;:)]|$|of\s+them\b|over\b|in\s+the\b|mostly\b|most\s+of\b)"
# what may sit between a coordinating word and the next figure: "and all 3", "and a record 188", "and another 12"
LINK_DETERMINER = (
    r"(?:all\s+(?:but\s+)?(?:of\s+)?(?:the\s+)?|the\s+|a\s+(?:record|further|total\s+of)\s+|another\s+"
    r"|an\s+(?:additional|extra)\s+)"
)
COORDINATED = (
    r"(?i)^\s*(?:,|:|,?\s*(?:and|as\s+well\s+as|plus|along\s+with))?\s*" + LINK_DETERMINER + r"?$"
    r"|\b(?:including|as\s+well\s+as|along\s+with|alongside|together\s+with|as\s+(?:was|were)(?:\s+all)?)\s+"
    + LINK_DETERMINER + r"?$"
)
# Shaheds reported together with decoys ("Shahed attack drones and decoy drones", "of the Shahed type and
# drones of unidentified types") are a mixed figure with no single model
DECOY_WORDS = r"(?i)\b(?:decoys?|imitat\w*|dumm(?:y|ies)|simulators?)\b|\b(?:and|or)\s+other\b"
DECOYS_AFTER = (
    r"(?i)^[^,;:]{0,50}?\b(?:and|plus)\s+(?:(?:[\w-]+\s+){0,2}?(?:decoys?|imitat\w*|dumm(?:y|ies)|simulators?)\b"
    r"|(?:drones|uavs)\s+of\s+(?:various|other|unidentified|unknown)\s+types?"
    # "Shahed drones and other types of drones", "Shaheds and other kinds of UAVs"
    r"|(?:other|various)\s+(?:types?|kinds?)\s+of\b)"
)
# a breakdown of the figure before: "184 weapons, among them 78 missiles", "148 weapons: three missiles,
# namely two Iskander-M", "537 means of air attack, of which 477 were drones"
BREAKDOWN_BEFORE = (
    r"(?i)(?:\b(?:of\s+which|among\s+them|of\s+them|of\s+these|namely|in\s+particular|specifically"
    r"|comprising|consisting\s+of|including)|:|\s[-–—])\s*,?\s*$"
)
# "of which 477 were Shahed attack drones", "Ten of the missiles were hypersonic Kinzhals": the copula names
# what the part consisted of, so it is a launched sub-count of that weapon
COPULA_NOUN_AFTER = (
    r"(?i)^\s+(?:(?:out\s+)?of\s+(?:which|them|these|those)\s+)?(?:were|are)\s+((?:[\w'’-]+\s+){0,3}?(?:NOUNS))\b"
)
# "the two that got through were Kinzhal missiles": the same, through a short relative clause
RELATIVE_COPULA_NOUN_AFTER = (
    r"(?i)^\s+(?:that|which)\s+(?:[\w'’-]+\s+){1,4}?(?:were|are)\s+((?:[\w'’-]+\s+){0,3}?(?:NOUNS))\b"
)
IMPACT_MODIFIER = r"(?i)\b(?:hit|struck|reached|damaged)\b"
PEOPLE_PART_AFTER = (
    r"(?i)^\s+(?:out\s+)?of\s+(?:them|these|those|whom)\s+(?:[a-z]+\s+)?(?:children|civilians|people|women|men|minors"
    r"|teenagers|rescuers|police\w*|soldiers|servicem[ae]n|medics|journalists|workers|babies|infants|girls|boys)\b"
)
FLEW_AWAY_AFTER = (
    r"(?i)^\s+(?:more\s+|other\s+|others\s+)?(?:had\s+|have\s+)?(?:flew|flown|returned|left|headed|went)\s+"
    r"(?:back|away|to\s+(?:russia|belarus|moldova)|towards?\b|into\s+(?:russia|belarus|moldova)|(?:the\s+|ukrainian\s+)?airspace)"
)
AID_LIST_SENTENCE = (
    r"(?i)\b(?:package|aid|assistance|delivery|shipment|donation)\s+(?:also\s+)?(?:includes|included|contains|comprises"
    r"|consists|will\s+include)\b"
)
# figures about what hit the ground are not launches: "hits by 25 UAVs were recorded", "debris fell at five more"
IMPACT_CLAUSE = r"(?i)\b(?:(?:hits|(?:a|the|direct)\s+hit)\s+(?:by|from|of)|impacts?|debris|wreckage|fragments?)\b"
# "126 UAVs were downed over the Kursk region and 91 over the Moscow region": a bare figure after a
# weapon figure, with its verb elided, placed by "over"
ELIDED_PLACE_AFTER = r"^\s+(?:over|above)\s+(?:the\s+)?[A-Z]"
# ... and the figure before it was placed the same way: "12 over the Bryansk region, 8 over ..."
# (an Oxford comma too: "..., 24 over the Bryansk Region, and one over ...")
ELIDED_PLACE_BEFORE = r"^\s+(?:(?:out\s+)?of\s+(?:them|which|these)\s+)?(?:over|above)\s+(?:the\s+)?[A-Z][^,;:]*(?:[,:](?:\s*and)?|\band)\s*$"
# ... or a bare figure with its passive: "30 were downed over the Belgorod region, 27 over ..."
# ("three of which were over the Voronezh region, two over ...")
ELIDED_PASSIVE_PLACE_BEFORE = (
    r"^\s+(?:of\s+(?:which|them)\s+)?(?:were|was|had\s+been|have\s+been)\s+(?:[a-z]+(?:\s+down)?\s+)?(?:over|above)\s+"
    r"(?:the\s+)?[A-Z][^,;:]*(?:[,:](?:\s*and)?|\band)\s*$"
)
# "31 drones were shot down over the Bryansk region, ...": the first item of a list of places with its passive
PASSIVE_PLACE_AFTER = (
    r"^\s+(?:were|was|had\s+been|have\s+been)\s+(?:[a-z]+(?:\s+down)?\s+)?(?:over|above)\s+(?:the\s+)?[A-Z][^,;:]*,\s*$"
)
# the parts of a total by place: "including 21 over the Volgograd region", "including seven in the Moscow
# region and 22 in the Ryazan region"
INCLUDED_PLACE = r"^\s+(?:over|above|in)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+(?:Sea|of\s+[A-Z][\w'’-]+))?(?:\s+[Rr]egion)?)\b"
ELIDED_IN_PLACE_BEFORE = r"^\s+in\s+(?:the\s+)?[A-Z][^,;:]*(?:,|\band)\s*$"

PLACE_AFTER = (
    r"^\s*(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:[a-z]+\s+){0,3}?"
    r"(?:over|above|aimed\s+at|fired\s+at|targeting|in\s+the\s+area\s+around)\s+(?:the\s+)?"
    r"(?:southern\s+|northern\s+|eastern\s+|western\s+|central\s+)?"
    # "the Kursk Region", "the Black Sea", "the Sea of Azov"
    r"(capital|Air\s+Command\s+[A-Z]\w+|[A-Z][\w'’-]+(?:\s+(?:Sea|of\s+[A-Z][\w'’-]+))?(?:(?:,\s+|\s+and\s+)[A-Z][\w'’-]+)*(?:\s+[Rr]egions?)?)"
)
NOT_A_PLACE = r"^(?:Ukraine|Russia|Ukrainian|Russian|The|Kyiv's|Most)$"
# where the weapons were fired from, not where they were aimed: "two Kh-31P missiles from airspace over
# the Black Sea", "launched from over the Sea of Azov" (a launch area never makes a regional subset)
LAUNCH_AREA = r"^\s*(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:[a-z]+\s+){0,2}?from\s+(?:[a-z]+\s+){0,2}?(?:over|above)\b"


FUTURE_OR_AID = ascii_bounds(FUTURE_OR_AID)
ATTACKER_UA_SENTENCE = ascii_bounds(ATTACKER_UA_SENTENCE)
ATTACKER_RU_SENTENCE = ascii_bounds(ATTACKER_RU_SENTENCE)
ANAPHOR_AFTER = ascii_bounds(ANAPHOR_AFTER)
ANAPHOR_BEFORE = ascii_bounds(ANAPHOR_BEFORE)
ANTECEDENT_BEFORE = ascii_bounds(ANTECEDENT_BEFORE)
PARTICIPLE_AFTER = ascii_bounds(PARTICIPLE_AFTER)
TYPE_AFTER = ascii_bounds(TYPE_AFTER)
IMPACT_MODIFIER = ascii_bounds(IMPACT_MODIFIER)
PEOPLE_PART_AFTER = ascii_bounds(PEOPLE_PART_AFTER)
AID_LIST_SENTENCE = ascii_bounds(AID_LIST_SENTENCE)
FLEW_AWAY_AFTER = ascii_bounds(FLEW_AWAY_AFTER)
ANTECEDENT_AFTER = ascii_bounds(ANTECEDENT_AFTER)
ANAPHOR_AFTER_VERB = ascii_bounds(ANAPHOR_AFTER_VERB)
BARE_LAUNCH_BEFORE = ascii_bounds(BARE_LAUNCH_BEFORE)
COORDINATED = ascii_bounds(COORDINATED)
BREAKDOWN_BEFORE = ascii_bounds(BREAKDOWN_BEFORE)
DECOY_WORDS = ascii_bounds(DECOY_WORDS)
DECOYS_AFTER = ascii_bounds(DECOYS_AFTER)
IMPACT_CLAUSE = ascii_bounds(IMPACT_CLAUSE)
ELIDED_PLACE_BEFORE = ascii_bounds(ELIDED_PLACE_BEFORE)
ELIDED_PASSIVE_PLACE_BEFORE = ascii_bounds(ELIDED_PASSIVE_PLACE_BEFORE)
INCLUDED_PLACE = ascii_bounds(INCLUDED_PLACE)
ELIDED_IN_PLACE_BEFORE = ascii_bounds(ELIDED_IN_PLACE_BEFORE)
# a day named in a clause: "on Friday", "on #28 September" (day numbers are masked), "yesterday", "today"
DAY_CUE = ascii_bounds(
    r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)\b|#\d{1,2}\b"
)
RATE_AFTER = ascii_bounds(RATE_AFTER)
IMPACT_AFTER = ascii_bounds(IMPACT_AFTER)
NOUN_AS_MODIFIER = ascii_bounds(NOUN_AS_MODIFIER)
NOT_AERIAL_DRONE = ascii_bounds(NOT_AERIAL_DRONE)
# what a noun phrase named by a copula must not hold: "of which 3 were carrying drones" describes something else
MODIFIER_STOP_WORDS_BOUNDED = ascii_bounds(MODIFIER_STOP_WORDS)
ING_WORD = ascii_bounds(r"(?i)\b[a-z]+ing\b")
# which earlier model "seven of the ballistic missiles" refers to (read from the lower-cased phrase)
BALLISTIC_OR_CRUISE = ascii_bounds(r"\b(ballistic|cruise)\b")
# a sentence up to the last word that opens a clause of its own: the verb after it is the figure's sentence verb
SENTENCE_UP_TO_LAST_CLAUSE_WORD = ascii_bounds(r"(?i)^.*\b(?:while|but|whereas|although|though|which|that|said|says|who)\b")
# a reporting clause and all after it: a passive there is another figure's
REPORTING_CLAUSE_ON = ascii_bounds(r"(?i)\b(?:said|says|claiming|claimed|adding|added)\b.*$")






@lru_cache(maxsize=None)
def _attacker_cues(attacker: str) -> str:
    """One regex of the sentence cues for `attacker`: the wording cues above, plus the official actors of the
    other side (their own military reporting downings means `attacker` launched)."""
    sides = ["UA"] if attacker == "RU" else ["RU", "BY"]
    rows = actors().filter(pl.col("side").is_in(sides) & pl.col("level").str.ends_with("official"))
    speakers = "|".join(actor_regex(surface) for surface in rows["surface"])
    wording = ATTACKER_RU_SENTENCE if attacker == "RU" else ATTACKER_UA_SENTENCE
    return wording + "|" + ascii_bounds("(?i:" + speakers + ")")










@lru_cache(maxsize=1)
def _any_model_pattern() -> str:
    """One regex that matches where a phrase (lower-cased) names any model of lexicon/weapons.csv."""
    return "|".join(f"(?:{ascii_bounds(p)})" for p in weapon_models()["pattern"])










def _tail_words(text: pl.Expr, n: int) -> pl.Expr:
    return text.str.extract(rf"((?:\S+\s+){{0,{n}}}\S*\s*)$")












def extract_strikes(sentences: pl.DataFrame) -> pl.DataFrame:
    """launched / intercepted / lost facts (FACT_SCHEMA) from the sentence frame of `split_sentences`."""
    if sentences.is_empty():
        return empty_facts()
    # a sentence naming both sides' cues is RU's (Ukraine's air force reporting a Russian attack)
    # "a Su-27 jet of the Ukrainian Air Force" names a victim, not the side reporting
    speaker_text = pl.col("sentence").str.replace_all(
        ascii_bounds(r"(?i)\bof\s+(?:the\s+)?(?:ukrainian|ukraine's)\s+air\s+force\b"), ""
    )
    frame = add_off_topic(sentences).with_columns(
        pl.when(speaker_text.str.contains(_attacker_cues("RU")))
        .then(pl.lit("RU"))
        .when(pl.col("sentence").str.contains(_attacker_cues("UA")))
        .then(pl.lit("UA"))
        .otherwise(None)
        .alias("sentence_attacker"),
    ).with_columns(
        # an article keeps talking about the side it last named
        pl.col("sentence_attacker").forward_fill().over("article_id", order_by="sentence_idx").alias("article_attacker"),
    )
    # only sentences that name a weapon or an interception can state a strike figure
    cue = ascii_bounds(rf"(?i)\b(?:{noun_pattern()}|{VERBS_INTERCEPTED}|{VERBS_LOST}|number\s+of)\b")
    candidates = (
        frame.filter(~pl.col("off_topic") & pl.col("sentence").str.contains(cue))
        .with_columns(normalize_numbers(pl.col("sentence")).alias("norm"))
        # the Kh- models spelled as in Ukrainian and Russian, "X-101", "Х-555" (a Cyrillic letter), as English
        # reports of 2022 often did
        .with_columns(both_as_all_two(pl.col("norm")).str.replace_all(KH_SPELLED_X, "${1}Kh-${2}").alias("norm"))
        # "the 50-plus cruise missiles", "100-plus drones": more than the figure
        .with_columns(pl.col("norm").str.replace_all(r"\b(\d[\d,]*)-plus\b", "more than ${1}").alias("norm"))
        .with_columns(pl.col("norm").str.contains(SUBCLASS_SPLIT).alias("_split_kinds"))
        .with_columns(plain_verbs(structure_rewrites(pl.col("norm"))).alias("norm"))
        .filter(pl.col("norm").str.contains(r"\d"))
    )
    if candidates.is_empty():
        return empty_facts()
    # the day of the attack the article's lede (its first sentence) names, for the figures that name no day
    ledes = (
        frame.filter(pl.col("sentence_idx") == pl.col("sentence_idx").min().over("article_id"))
        .select("article_id", ref_to_date(attack_day_ref(pl.col("sentence")), pl.col("published_date")).alias("lede_date"))
        .unique("article_id")
    )
    candidates = candidates.join(ledes, on="article_id", how="left")
    keep = (
        "article_id", "sentence_idx", "sentence_start", "sentence_end", "sentence", "published_date",
        "sentence_attacker", "article_attacker", "_split_kinds", "lede_date",
    )
    m = number_mentions(candidates, "norm", "(?:" + noun_pattern() + ")", keep=keep)
    if m.is_empty():
        return empty_facts()
    return conform(_facts_from_mentions(m))


# Wherever these are used the mentions of one sentence (`row_id`) are contiguous and in mention order, so
# a plain shift with a same-sentence check does what `.over("row_id", order_by="mention_idx")` would, at a
# fraction of the cost of a window.
def _prev_in_row(expr: pl.Expr, fill: bool | None) -> pl.Expr:
    return pl.when(pl.col("row_id").shift(1) == pl.col("row_id")).then(expr.shift(1)).otherwise(pl.lit(fill))


def _next_in_row(expr: pl.Expr, fill: bool | None) -> pl.Expr:
    return pl.when(pl.col("row_id").shift(-1) == pl.col("row_id")).then(expr.shift(-1)).otherwise(pl.lit(fill))


def _earlier_in_row(flag: pl.Expr) -> pl.Expr:
    """True where an earlier mention of the same sentence has `flag`."""
    return (pl.when(flag).then(pl.col("row_id")).shift(1).forward_fill() == pl.col("row_id")).fill_null(False)


def _ffill_in_row(expr: pl.Expr) -> pl.Expr:
    """`expr` forward-filled within its sentence only."""
    owner = pl.when(expr.is_not_null()).then(pl.col("row_id")).forward_fill()
    return pl.when(owner == pl.col("row_id")).then(expr.forward_fill())


# Columns of the article's order: what a figure refers back to is the last one before it in the article.
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
# the missiles are coordinated with them
PARTICIPLE_LINK = pl.col("has_noun") & pl.col("pre").str.contains(
    r"(?i)^\s*(?:launched|fired|sent|used|aimed|directed)\b[^,;]{0,50}?\band\s*$"
)
# a coordinated group of weapon figures in its sentence (see `_coordinated_groups`)
IN_GROUP = {"partition_by": ["row_id", "group"], "order_by": "mention_idx"}
# the columns every fact row carries, whichever way it was derived
FACT_BASE_COLUMNS = [
    "article_id", "event_date", "scope", "evidence", "evidence_start", "evidence_end", "place", "attacker",
    "weapon_class", "weapon", "attribution",
]


@lru_cache(maxsize=1)
def _number_of_pattern() -> str:
    """ "... at 40", "... rose to 40", "... reached 61", "The total number of drones launched was 112": the noun."""
    return r"(?i)\bnumber\s+of\s+(?:[\w'’-]+\s+){0,2}?(" + noun_pattern() + r")\b[^.;]*?\b(?:at|to|reached|was|totall?ed)\s+$"


@lru_cache(maxsize=1)
def _copula_patterns() -> tuple[str, str]:
    """COPULA_NOUN_AFTER and RELATIVE_COPULA_NOUN_AFTER with the weapon nouns filled in."""
    return (
        ascii_bounds(COPULA_NOUN_AFTER.replace("NOUNS", noun_pattern())),
        ascii_bounds(RELATIVE_COPULA_NOUN_AFTER.replace("NOUNS", noun_pattern())),
    )


def _facts_from_mentions(m: pl.DataFrame) -> pl.DataFrame:
    """Strike facts from the number mentions of `extract_strikes`, one stage after another.

    Each stage adds the columns it decides and passes the frame on; the later stages read the earlier
    ones' columns and never recompute them. Three stages drop mentions: figures that count no weapons,
    figures left without a type or a class, and (while shaping the facts) figures with no count.
    """
    m = _figure_cues(m)
    m = _parts_named_by_a_copula(m)
    m = _place_lists(m)
    m = _bare_figures_that_refer_back(m)
    m = _drop_figures_that_count_no_strike(m)
    if m.is_empty():
        return empty_facts()
    m = _what_each_figure_counts(m)
    m = _verbs_around_each_figure(m)
    m = _heads_of_back_references(m)
    m = _carry_antecedents(m)
    m = _resolve_references(m)
    m = _new_clause_after_and(m)
    m = _type_sources(m)
    m = _coordinated_groups(m)
    m = _fact_type(m)
    m = _drop_untyped_and_non_aerial(m)
    if m.is_empty():
        return empty_facts()
    m = _date_qualifier_and_scope_words(m)
    m = _place(m)
    m = _shared_scope(m)
    m = _date_bare_figures_like_their_antecedent(m)
    m = _rule_and_evidence(m)
    return _one_fact_per_figure(_fact_rows(m))


def _figure_cues(m: pl.DataFrame) -> pl.DataFrame:
    """The words right around each figure that the stages below read: its noun phrase, "the number of
    <noun> ... at N", "all", "all but", "including", "N each over <places>", and the last words of its clause."""
    phrase = pl.concat_str([pl.col("modifiers").fill_null(""), pl.col("noun").fill_null("")], separator=" ")
    return m.with_columns(
        phrase.alias("phrase"),
        pl.col("noun").is_not_null().alias("has_noun"),
        pl.col("pre").str.extract(_number_of_pattern()).alias("number_of_noun"),
        pl.col("pre").str.contains(r"(?i)\ball\s+(?:of\s+)?(?:the\s+)?$").alias("all_flag"),
        pl.col("pre").str.contains(r"(?i)\ball\s+but\s+$").alias("all_but"),
        pl.col("pre").str.contains(r"(?i)\bincluding\s+$").alias("including"),
        pl.col("post").str.extract(
            r"^\s+each\s+(?:(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+){0,2}?)?(?:over|in)\s+(?:the\s+)?"
            r"((?:[A-Z][\w'’-]+(?:,\s+|,?\s+and\s+)?)+)"
        ).alias("each_places"),
        # the verb must be in the same clause: "Of the 40 drones launched, 36 were destroyed"
        _tail_words(pl.col("pre").str.extract(r"([^,;:]*)$"), 5).alias("pre_tail"),
    )


def _parts_named_by_a_copula(m: pl.DataFrame) -> pl.DataFrame:
    """Partitives and parts named by a copula: "of which 477 were Shahed drones", "Ten of the missiles were
    Kinzhals", "the two that got through were Kinzhals". Such a part takes the copula's noun (`copula`,
    `phrase`, `noun`, `has_noun`); standing alone it says what was launched (`copula_launched`); one that refers
    to the total an earlier sentence began with ("Of these, 45 were Shahed drones") is `_back_copula`."""
    relative_copula = ~pl.col("has_noun") & pl.col("pre").str.contains(r"(?i)\bthe\s+$")
    copula_noun_after, relative_copula_noun_after = _copula_patterns()
    copula_phrase = pl.coalesce(
        pl.col("post").str.extract(copula_noun_after),
        pl.when(relative_copula).then(pl.col("post").str.extract(relative_copula_noun_after)),
    )
    copula_names_noun = (
        copula_phrase.is_not_null()
        & ~copula_phrase.str.contains(VERBS)
        & ~copula_phrase.str.contains(MODIFIER_STOP_WORDS_BOUNDED)
        # "of which 3 were carrying drones" describes something else
        & ~copula_phrase.str.contains(ING_WORD)
    )
    weapon_named = ascii_bounds(r"(?i)\b(?:" + noun_pattern() + r")\b")
    # a bare part needs the weapon figure it is a part of earlier in the sentence
    earlier_weapon = _earlier_in_row(pl.col("has_noun"))
    copula = copula_names_noun & (
        pl.col("of_ref").is_not_null()
        | (
            ~pl.col("has_noun")
            & (pl.col("pre").str.contains(BREAKDOWN_BEFORE) | pl.col("post").str.contains(r"(?i)^\s+(?:out\s+)?of\s+"))
            & earlier_weapon
        )
        # "the two that got through": the weapons are named before, with or without a figure
        | (relative_copula & (earlier_weapon | pl.col("pre").str.contains(weapon_named)))
    )
    # "Of these, 45 were Shahed drones", "More than 30 of them were Shaheds": a part of the total an earlier
    # sentence began with, named by the copula; it takes that total's type (`_fact_type`)
    back_copula = (
        copula_names_noun
        & ~pl.col("has_noun")
        & ~earlier_weapon
        & (pl.col("pre").str.contains(ANTECEDENT_BEFORE) | pl.col("post").str.contains(ANTECEDENT_AFTER))
    )
    copula = copula | back_copula
    # Its type: a part of a figure stated in the sentence shares that figure's type ("shot down 40
    # missiles; ten of them were Kinzhals"); standing alone ("Ten of the missiles were Kinzhals") or
    # naming what got through, it says what was launched.
    copula_launched = copula & ((pl.col("of_ref").is_not_null() & ~earlier_weapon) | relative_copula)
    # "..., of which 477 were drones and 60 were missiles": the next part of the same breakdown
    next_part = (
        copula_names_noun
        & ~pl.col("has_noun")
        & pl.col("pre").str.contains(r"(?i)(?:,|\band)\s*$")
        & _prev_in_row(pl.col("_copula"), False)
    )
    return m.with_columns(
        copula.alias("_copula"), copula_launched.alias("copula_launched"), copula_phrase.alias("_copula_phrase"),
        back_copula.alias("_back_copula"),
    ).with_columns(
        (pl.col("_copula") | next_part).alias("copula")
    ).with_columns(
        pl.when(pl.col("copula")).then(pl.col("_copula_phrase")).otherwise(pl.col("phrase")).alias("phrase"),
        pl.when(pl.col("copula"))
        .then(pl.col("_copula_phrase").str.extract(ascii_bounds(r"(?i)(" + noun_pattern() + r")$")))
        .otherwise(pl.col("noun"))
        .alias("noun"),
        (pl.col("has_noun") | pl.col("copula")).alias("has_noun"),
    )


def _place_lists(m: pl.DataFrame) -> pl.DataFrame:
    """Lists of places with the verb elided: which figures are items of one (`in_place_list`, a regional
    subset whoever the attacker). "126 UAVs were downed over Kursk and 91 over Moscow", "25 UAVs: 12 over the
    Bryansk region, 8 over the Kursk region and 5 over ...", "including seven in the Moscow region and 22 in
    the Ryazan region", "22 drones: 9 UAVs over the Oryol region, 7 UAVs over ..."."""
    # The list rules go on from one figure to the next, a few passes each; the regex tests are
    # computed once as columns and each pass is materialised, so no pass repeats the ones before it
    # (eager frames get no common-subexpression pass: a loop over expressions would double their cost per pass).
    m = m.with_columns(
        _earlier_in_row(pl.col("has_noun")).alias("_earlier_noun_in_row"),
        pl.col("post").str.contains(ELIDED_PLACE_AFTER).alias("_post_over_place"),
        pl.col("pre").str.contains(ELIDED_PLACE_BEFORE).alias("_pre_over_place"),
        pl.col("pre").str.contains(r"(?i)\bincluding\s+$").alias("_pre_including"),
        pl.col("post").str.contains(INCLUDED_PLACE).alias("_post_included_place"),
    )
    earlier_noun_in_row = pl.col("_earlier_noun_in_row")
    # a bare figure right after a weapon figure, placed by "over": "... over Kursk and 91 over Moscow"
    elided = (
        ~pl.col("has_noun")
        & pl.col("_post_over_place")
        # "..., namely 16 over the Kursk region, 12 over ..."
        & pl.col("pre").str.contains(r"(?i)(?:[,:]|\band|\bnamely)\s*$")
        & (
            _prev_in_row(pl.col("has_noun"), False)
            | (earlier_noun_in_row & pl.col("_pre_over_place"))
            # "30 were downed over the Belgorod region, 27 over the Saratov region": the list's first figure
            # refers back to a weapon figure of an earlier sentence
            | (
                _prev_in_row(pl.col("post").str.contains(ANAPHOR_AFTER), False)
                & pl.col("pre").str.contains(ELIDED_PASSIVE_PLACE_BEFORE)
            )
            # "The drones were neutralised 29 over the Krasnodar region, 20 over ..." (a bracketed list rewritten)
            | (
                _prev_in_row(pl.col("pre").str.contains(ANAPHOR_AFTER_VERB) & pl.col("_post_over_place"), False)
                & pl.col("_pre_over_place")
            )
        )
    )
    # "including seven in the Moscow region and 22 in the Ryazan region": a part placed by "in" and the next
    m = m.with_columns(elided.alias("_elided"), (pl.col("_pre_including") & pl.col("_post_included_place")).alias("_included_placed"))
    next_in_place = ~pl.col("has_noun") & pl.col("_post_included_place") & pl.col("pre").str.contains(ELIDED_IN_PLACE_BEFORE)
    m = m.with_columns(next_in_place.alias("_next_in_place"))
    for _ in range(2):
        m = m.with_columns(
            (pl.col("_included_placed") | (pl.col("_next_in_place") & _prev_in_row(pl.col("_included_placed"), False)))
            .alias("_included_placed")
        )
    m = m.with_columns((pl.col("_elided") | (pl.col("_included_placed") & ~pl.col("_pre_including"))).alias("_elided"))
    # ... and the list goes on from there: "..., 27 over the Saratov region and 24 over the Voronezh region"
    goes_on = ~pl.col("has_noun") & pl.col("_post_over_place") & pl.col("_pre_over_place")
    for _ in range(3):
        m = m.with_columns((pl.col("_elided") | (goes_on & _prev_in_row(pl.col("_elided"), False))).alias("_elided"))
    # the items of a list of places may name the noun again: "22 drones: 9 UAVs over the Oryol region, 7 UAVs
    # over the Kursk region and 6 UAVs over ...", "..., as well as 17 drones over the Sea of Azov"
    placed = pl.col("has_noun") & pl.col("_post_over_place") & earlier_noun_in_row
    m = m.with_columns(
        (placed & pl.col("pre").str.contains(r":\s*$")).alias("_placed_item"),
        (placed & pl.col("pre").str.contains(r"(?i)(?:,|\band|\bas\s+well\s+as)\s*$")).alias("_placed_next"),
    ).with_columns(
        # "31 drones were shot down over the Bryansk region, 14 drones over the Oryol region and ...": the list's
        # first item has its own passive; it is an item when the next figure goes on the list
        (
            pl.col("_placed_item")
            | (
                pl.col("has_noun")
                & pl.col("post").str.contains(PASSIVE_PLACE_AFTER)
                & _next_in_row(pl.col("_placed_next"), False)
            )
        ).alias("_placed_item"),
    )
    for _ in range(3):
        m = m.with_columns(
            (
                pl.col("_placed_item")
                | (pl.col("_placed_next") & _prev_in_row(pl.col("_placed_item") | pl.col("_elided"), False))
            ).alias("_placed_item")
        )
    elided = pl.col("_elided")
    # a figure in a list of places is a regional subset whoever the attacker
    return m.with_columns(
        (elided | _next_in_row(elided, False) | pl.col("_placed_item") | pl.col("_included_placed")).alias("in_place_list")
    )


def _bare_figures_that_refer_back(m: pl.DataFrame) -> pl.DataFrame:
    """Which figures count weapons (`is_strike`): those with a weapon noun, and bare figures that refer back to
    one ("25 of which", "all 24 were shot down", "the remaining 32", "805 drones launched and 751 downed",
    "out of 653 launched", "while Russia launched 47", the items of a list of places)."""
    earlier_noun_in_row = pl.col("_earlier_noun_in_row")
    # "805 drones launched and 751 downed": a bare figure coordinated with a weapon figure, its participle after it
    participle_part = (
        ~pl.col("has_noun")
        & pl.col("post").str.contains(PARTICIPLE_AFTER)
        # also after a semicolon: "63 drones overnight; 51 downed"
        & pl.col("pre").str.contains(r"(?i)(?:[,;]|\band)\s*$")
        & earlier_noun_in_row
    )
    m = m.with_columns(
        pl.when(participle_part).then(verb_type(pl.col("post").str.extract(r"^\s+([A-Za-z]+(?:\s+(?:down|of))?)"))).alias("participle_type")
    )
    # "608 air targets had been shot down ... out of 653 launched": the launched total of the figure before,
    # named after it
    out_of_launched = (
        ~pl.col("has_noun")
        & pl.col("pre").str.contains(r"(?i)\bout\s+of\s+(?:the\s+)?(?:a\s+total\s+of\s+)?$")
        & pl.col("post").str.contains(r"(?i)^\s+(?:launched|fired|sent|used|recorded|detected)\b")
        & earlier_noun_in_row
    )
    # "downed 19 drones, ... adding that Russia had launched a total of 24", "shot down 41 drones while Russia
    # launched 47": a bare launched total after the part, its noun left out, ending its clause
    bare_launch = (
        ~pl.col("has_noun")
        & pl.col("pre").str.contains(BARE_LAUNCH_BEFORE)
        & pl.col("post").str.contains(r"^\s*(?:[.,;:)]|$)")
        & earlier_noun_in_row
    )
    m = m.with_columns(out_of_launched.alias("_out_of_launched"), bare_launch.alias("_bare_launch"))
    anaphoric = (
        participle_part
        | pl.col("_out_of_launched")
        | pl.col("_bare_launch")
        | pl.col("_elided")
        | pl.col("post").str.contains(ANAPHOR_AFTER)
        | pl.col("all_flag")
        | pl.col("all_but")
        | pl.col("each_places").is_not_null()
        | pl.col("number_of_noun").is_not_null()
        | pl.col("pre").str.contains(ANAPHOR_BEFORE)
        | (pl.col("pre").str.contains(ANAPHOR_AFTER_VERB) & pl.col("post").str.contains(ANAPHOR_ENDS_CLAUSE))
    )
    return m.with_columns((pl.col("has_noun") | anaphoric).alias("is_strike"))


def _drop_figures_that_count_no_strike(m: pl.DataFrame) -> pl.DataFrame:
    """Keeps the strike figures that are event counts. The precision guards drop (`excluded`) future,
    conditional, aid and production wording, impacts ("3 missiles hit a power plant", "hits by 25 UAVs"), rates,
    weapon nouns used as modifiers, parts of people, weapons that flew away, aid lists, decimals; ranges
    ("2 to 4 missiles") are dropped too."""
    # read twice below: extract it once
    m = m.with_columns(pl.col("pre").str.extract(r"([^,;:]*)$").alias("_clause_before"))
    clause_before = pl.col("_clause_before")
    m = m.with_columns(
        (
            clause_before.str.contains(FUTURE_OR_AID)
            | clause_before.str.contains(IMPACT_CLAUSE)
            | pl.col("phrase").str.contains(FUTURE_OR_AID)
            | pl.col("post").str.contains(RATE_AFTER)
            # "the two that got through were Kinzhals" names what was launched, not what hit
            # ("... 18 of the drones before they reached their targets" says they did not)
            | (
                pl.col("post").str.contains(IMPACT_AFTER)
                & ~pl.col("copula")
                & ~pl.col("post").str.contains(r"(?i)^\s*(?:before|without|until|prior\s+to)\b")
            )
            | (pl.col("has_noun") & ~pl.col("hyphenated") & pl.col("post").str.contains(NOUN_AS_MODIFIER))
            | pl.col("post").str.contains(r"(?i)^\s*(?:,\s*)?(?:to|for)\s+ukraine\b")
            # "the other 2 hit targets": what the figure did on impact sits between it and its noun
            | pl.col("modifiers").fill_null("").str.contains(IMPACT_MODIFIER)
            # "killing 12 people, 3 of them children": a part of people, not of weapons
            | pl.col("post").str.contains(PEOPLE_PART_AFTER)
            # "2 more had flown back to Russia", "12 drones left Ukrainian airspace": neither downed nor lost
            | pl.col("post").str.contains(FLEW_AWAY_AFTER)
            # "an entrance of 1 of them": a part of something else
            | (~pl.col("has_noun") & pl.col("pre").str.contains(r"(?i)(?:^|[^t]\s)of\s+$") & ~pl.col("_out_of_launched") & ~pl.col("_bare_launch"))
            # "118 more across seven other regions": a bare figure that counts places or people
            | (~pl.col("has_noun") & pl.col("post").str.contains(NOT_WEAPONS_AFTER))
            # "the package includes ... 300 guided missiles": a list of aid, whatever its clause
            | pl.col("sentence").str.contains(AID_LIST_SENTENCE)
            | ((pl.col("count") % 1) != 0)
            | ((pl.col("count") <= 0) & ~pl.col("all_flag"))
        ).alias("excluded"),
    )
    # a range "2 to 4 missiles": the number before is bare and joined by to/or/-
    m = m.with_columns(
        (
            (
                pl.col("pre").str.contains(r"(?i)^\s*(?:-|–|to|or)\s*$")
                & ~_prev_in_row(pl.col("has_noun"), True)
            )
            | pl.col("pre").str.contains(r"(?i)\bbetween\s+$")
            | pl.col("pre").str.contains(r"(?i)\bbetween\s+\S+\s+and\s+$")
        ).alias("in_range")
    )
    # a figure coordinated with one that describes impacts does too: "hits by 27 missiles and 31 UAVs"
    impact = clause_before.str.contains(IMPACT_CLAUSE)
    joined = pl.col("pre").str.contains(r"(?i)^\s*(?:,|and|,\s*and)\s*$")
    for _ in range(3):
        impact = impact | (joined & _prev_in_row(impact, False))
    m = m.with_columns((pl.col("excluded") | impact).alias("excluded"))
    return m.filter(pl.col("is_strike") & ~pl.col("excluded") & ~pl.col("in_range"))


def _what_each_figure_counts(m: pl.DataFrame) -> pl.DataFrame:
    """The noun phrase each figure counts: its own, else (a bare figure) the weapon named without a number
    before it; from it the figure's own model, class, "ballistic"/"cruise" kind and attacker. Shaheds reported
    together with decoys have no single model."""
    # a weapon named without a number before a bare figure is its nearest antecedent
    # (only bare figures need it, so only they pay for the search)
    pre_phrase = pl.col("pre").str.extract_all(ascii_bounds(r"(?i)(?:[\w'’/-]+\s+){0,3}(?:" + noun_pattern() + r")\b")).list.last()
    return pl.concat(
        [
            m.filter(pl.col("has_noun")).with_columns(pl.lit(None, dtype=pl.String).alias("pre_phrase")),
            m.filter(~pl.col("has_noun")).with_columns(pre_phrase.alias("pre_phrase")),
        ]
    ).sort("row_id", "mention_idx").with_columns(
        # the noun phrase this figure counts: its own, else the one it refers back to
        pl.when(pl.col("has_noun"))
        # "112 strike UAVs of the Shahed type": the model named after the noun
        .then(pl.concat_str([pl.col("phrase"), pl.col("post").str.extract(TYPE_AFTER).fill_null("")], separator=" "))
        .otherwise(pl.col("pre_phrase"))
        .alias("_ref_phrase"),
        pl.coalesce(
            "noun", "number_of_noun", pl.col("pre_phrase").str.extract(r"(?i)(" + noun_pattern() + r")$")
        ).alias("_ref_noun"),
    ).pipe(with_weapon, "_ref_phrase", "own_weapon").with_columns(
        weapon_class_expr(pl.col("_ref_noun")).alias("own_class"),
        # "ballistic"/"cruise" tell which earlier model "seven of the ballistic missiles" refers to
        pl.col("_ref_phrase").str.to_lowercase().str.extract(BALLISTIC_OR_CRUISE).alias("_kind"),
    ).with_columns(
        pl.when(
            pl.col("has_noun")
            & (pl.col("own_weapon") == "Shahed-136/131")
            & (pl.col("phrase").str.contains(DECOY_WORDS) | pl.col("post").str.contains(DECOYS_AFTER))
        )
        .then(None)
        .otherwise(pl.col("own_weapon"))
        .alias("own_weapon")
    ).with_columns(
        pl.when(pl.col("has_noun")).then(
            pl.when(pl.col("phrase").str.contains(r"(?i)\bukrainian\b")).then(pl.lit("UA"))
            .when(pl.col("phrase").str.contains(r"(?i)\brussian\b")).then(pl.lit("RU"))
            .otherwise(weapon_hint_expr(pl.col("own_weapon")))
        ).alias("own_attacker"),
    )


def _verbs_around_each_figure(m: pl.DataFrame) -> pl.DataFrame:
    """The verbs that may give a figure its type, each a column of its own (`_type_sources` ranks them): the
    verb right before it, right after it, anywhere in its clause or sentence before it, a passive after it,
    and the wordings of weapons attacking ("a 40-drone attack", "attacked with 40 drones")."""
    return m.with_columns(
        # the verb right before the number, right after the noun, anywhere before
        verb_type(pl.col("pre_tail").str.extract_all(VERBS).list.last()).alias("verb_before"),
        verb_type(
            pl.col("post").str.extract(
                r"(?i)^\s*(?:(?:that|which)\s+)?(?:[\w'’-]+\s+){0,4}?(" + VERBS[4:] + r")"
            )
        ).alias("verb_after"),
        # the last verb of the clause before the figure ("while 5 drones hit ..." does not reach back)
        verb_type(
            pl.col("pre").str.extract(r"([^,;:]*)$")
            .str.replace(r"(?i)^.*\b(?:while|but|whereas|although|though)\b", "")
            .str.extract_all(VERBS).list.last()
        ).alias("verb_anywhere"),
        verb_type(
            pl.col("pre").str.replace(SENTENCE_UP_TO_LAST_CLAUSE_WORD, "")
            .str.extract_all(VERBS).list.last()
        ).alias("verb_in_sentence"),
        verb_type(
            # not past a reporting clause: "attacked with 12 drones ..., the air force said, claiming to have
            # downed all the drones" (that verb is the later figure's)
            pl.col("post").str.replace(REPORTING_CLAUSE_ON, "")
            .str.extract(
                r"(?i)^[^;:]*?\b(?:were|was|had|have|has|are)\s+(?:\w+\s+){0,2}?(?:been\s+)?(?:\w+\s+)?("
                + VERBS_INTERCEPTED + "|" + VERBS_LOST + r")\b"
            )
        ).alias("passive_after"),
        verb_type(
            pl.col("post").str.extract(
                r"(?i)^\s*(?:(?:out\s+)?of\s+(?:which|them|these|those)\s+)?(?:,[^,;]{1,40},\s*)?"
                r"(?:were|was|had|have|has|are)\s+(?:\w+\s+){0,2}?(?:been\s+)?(?:\w+\s+)?("
                + VERBS_INTERCEPTED + "|" + VERBS_LOST + r")\b"
            )
        ).alias("passive_now"),
        # "52 Shahed drones were launched, ... adding that air defences had downed 46": the launch passive
        # right after the figure is its own, before any later interception verb of another clause
        pl.when(
            pl.col("post").str.contains(
                r"(?i)^\s*(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:[a-z]+ly\s+|also\s+)?"
                r"(?:launched|fired|used|sent|deployed|detected|recorded|registered|tracked)\b"
            )
        ).then(pl.lit("launched")).alias("passive_launched_now"),
        pl.col("post").str.contains(r"(?i)^\s*(?:strike|attack|barrage|salvo|raid|assault)\b").alias("hyphen_attack"),
        # the weapons as subject: "44 drones attacked Kyiv", "30 missiles targeted the grid"
        pl.col("post").str.contains(r"(?i)^\s*(?:[\w'’-]+\s+){0,2}?(?:attacked|targeted|were\s+aimed|were\s+directed)\b").alias("subject_attack"),
        (
            # "attacked with 40 drones", "... with a record 188 drones"
            pl.col("pre").str.contains(r"(?i)\bwith\s+(?:a\s+(?:record|total\s+of|further|combined)\s+|another\s+)?$")
            & pl.col("pre").str.contains(r"(?i)\b(?:attack\w*|struck|strikes?|pound\w*|hit|target\w*)\b")
        ).alias("with_attack"),
    )


def _heads_of_back_references(m: pl.DataFrame) -> pl.DataFrame:
    """Definite back-references to a total. "Of these, 71 were shot down" opening a sentence refers to the total
    the last weapon sentence began with (its head, `_head_*`), not to that sentence's last part (`_back_ref`);
    "all of those" after a figure of its own sentence is that figure (`_all_of_prev`). Sorts the mentions into
    article order."""
    earlier_noun = _earlier_in_row(pl.col("has_noun"))
    m = m.sort("article_id", "sentence_idx", "mention_idx").with_columns(
        earlier_noun.alias("_earlier_noun"),
        pl.when(pl.col("has_noun") | ~earlier_noun).then(pl.col("own_class")).alias("own_class"),
    )
    # a head listed with parts of several classes and no total ("40 drones and 3 missiles") is a mixed total
    row_classes = pl.col("own_class").filter(pl.col("has_noun")).n_unique().over("row_id")
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
    return m.with_columns(
        pl.when(HEAD).then(head_class).forward_fill().over("article_id", **IN_ARTICLE).alias("_head_class"),
        pl.when(HEAD).then(pl.col("own_weapon").fill_null("")).forward_fill().over("article_id", **IN_ARTICLE)
        .replace("", None).alias("_head_weapon"),
        pl.when(HEAD).then(NOUN_COUNT).forward_fill().over("article_id", **IN_ARTICLE).alias("_head_count"),
        pl.when(HEAD).then(NOUN_QUAL).forward_fill().over("article_id", **IN_ARTICLE).alias("_head_qual"),
        # a head listed with other figures and no total of its own: "5 Kinzhal missiles were launched, 8 Kalibr
        # ... and two ground-based missiles. All of them were shot down" refers to all three, not the first
        pl.when(HEAD)
        .then((pl.col("own_class") != "aerial_target") & (pl.col("has_noun").sum().over("row_id") > 1))
        .forward_fill().over("article_id", **IN_ARTICLE).alias("_head_of_list"),
        pl.when(HEAD).then(pl.col("row_id")).forward_fill().over("article_id", **IN_ARTICLE).alias("_head_row"),
        (pl.col("has_noun").cast(pl.Int32).cum_sum().over("row_id") - pl.col("has_noun").cast(pl.Int32))
        .alias("_figures_before"),
        (back_ref & pl.col("own_class").is_null()).alias("_back_ref"),
    )


def _carry_antecedents(m: pl.DataFrame) -> pl.DataFrame:
    """What a bare figure refers back to: the last weapon figure of the article (its class, model, count,
    qualifier and attacker), or for a back-reference the head; and the last figure of the same class or
    kind, for "all the missiles", "45 of the cruise missiles"."""
    return m.with_columns(
        pl.when(pl.col("_back_ref")).then(pl.col("_head_class"))
        .otherwise(pl.col("own_class").forward_fill().over("article_id", **IN_ARTICLE)).alias("weapon_class"),
        WEAPON_MARK.forward_fill().over("article_id", **IN_ARTICLE).replace("", None).alias("_ffill_weapon"),
        WEAPON_MARK.shift(1).forward_fill().over(["article_id", "own_class"], **IN_ARTICLE).replace("", None).alias("_same_class_weapon"),
        NOUN_COUNT.shift(1).forward_fill().over(["article_id", "own_class"], **IN_ARTICLE).alias("_same_class_count"),
        NOUN_QUAL.shift(1).forward_fill().over(["article_id", "own_class"], **IN_ARTICLE).alias("_same_class_qual"),
        WEAPON_MARK.shift(1).forward_fill().over(["article_id", "own_class", "_kind"], **IN_ARTICLE).replace("", None).alias("_same_kind_weapon"),
        NOUN_COUNT.shift(1).forward_fill().over(["article_id", "own_class", "_kind"], **IN_ARTICLE).alias("_same_kind_count"),
        pl.when(pl.col("_back_ref")).then(pl.col("_head_count"))
        .otherwise(NOUN_COUNT.shift(1).forward_fill().over("article_id", **IN_ARTICLE)).alias("ref_count"),
        pl.when(pl.col("_back_ref")).then(pl.col("_head_qual"))
        .otherwise(NOUN_QUAL.shift(1).forward_fill().over("article_id", **IN_ARTICLE)).alias("_ref_qual"),
        pl.coalesce(
            "own_attacker",
            pl.when(pl.col("has_noun")).then(pl.col("sentence_attacker")),
        ).forward_fill().over("article_id", **IN_ARTICLE).alias("_ffill_attacker"),
    )


def _resolve_references(m: pl.DataFrame) -> pl.DataFrame:
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
        .when(pl.col("has_noun") | (pl.col("pre_phrase").is_not_null() & ~pl.col("_earlier_noun")))
        .then(pl.col("own_weapon"))
        .when(pl.col("_back_ref"))
        .then(pl.col("_head_weapon"))
        .otherwise(pl.col("_ffill_weapon"))
        .alias("weapon"),
        pl.coalesce("own_attacker", "sentence_attacker", "_ffill_attacker", "article_attacker", pl.lit("RU")).alias("attacker"),
    ).with_columns(
        # guided bombs named without a model take the side of their sentence ("Russian air defences shot down
        # 12 guided aerial bombs" are Ukraine's); KAB names Russia's, so Ukraine's bombs are no KAB
        pl.when((pl.col("weapon") == "KAB") & (pl.col("attacker") == "UA")).then(None).otherwise(pl.col("weapon")).alias("weapon"),
    )


def _new_clause_after_and(m: pl.DataFrame) -> pl.DataFrame:
    """A new clause after ", and" (`_new_clause_type`, its passive's type). "Russia fired 17 missiles and 32 drones,
    and 12 missiles and 25 drones were destroyed": a pair of figures whose last one has its own passive is a
    new clause's subject, not a third item of the list before it; the first of the pair takes the passive of
    the second."""
    new_clause = (
        pl.col("has_noun")
        & pl.col("pre").str.contains(r"(?i),\s*and\s*$")
        & _next_in_row(
            pl.col("has_noun") & pl.col("pre").str.contains(r"(?i)^\s*and\s*$") & pl.col("passive_now").is_not_null(),
            False,
        )
    )
    # ... and so is a single figure there with its own passive ("..., and 45 drones were shot down overnight")
    new_clause_single = (
        pl.col("has_noun") & pl.col("pre").str.contains(r"(?i),\s*and\s*$") & pl.col("passive_now").is_not_null()
    )
    return m.with_columns(
        pl.when(new_clause).then(_next_in_row(pl.col("passive_now"), None))
        .when(new_clause_single).then(pl.col("passive_now"))
        .alias("_new_clause_type"),
    )


def _type_sources(m: pl.DataFrame) -> pl.DataFrame:
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
                 & pl.col("passive_after").is_null()
                 & pl.col("post").str.contains(r"(?i)^\s+(?:launched|fired)\b")).then(pl.lit("launched")),
         "strike.verb_after"),
        (pl.when(pl.col("copula_launched")).then(pl.lit("launched")), "strike.copula_part"),
        (pl.when(pl.col("number_of_noun").is_not_null()).then(pl.col("verb_anywhere").fill_null("launched")), "strike.number_of"),
        (pl.when(of_total).then(pl.lit("launched")), "strike.of_total"),
        (pl.col("passive_now"), "strike.passive_after_figure"),
        (pl.col("_new_clause_type"), "strike.coordinated"),
        # named like the weak verb after it ("86 drones were used"): the same wording, bound more tightly
        (pl.col("passive_launched_now"), "strike.verb_after"),
        (pl.when(~PARTICIPLE_LINK).then(pl.col("verb_before")), "strike.verb_before"),
    ]
    weak_sources = [
        (pl.col("passive_after"), "strike.verb_after"),
        (pl.col("verb_after"), "strike.verb_after"),
        (
            pl.when(pl.col("hyphen_attack") | pl.col("with_attack") | pl.col("subject_attack")).then(pl.lit("launched")),
            "strike.weapons_attack",
        ),
        # "the air force reported 72 drones, of which 65 were shot down": a weapon figure no verb types, whose
        # parts follow ("of which", "of them"), is the whole that was launched
        (
            pl.when(
                pl.col("has_noun")
                & pl.col("post").str.contains(r"(?i)^\s*,\s*(?:out\s+)?of\s+(?:which|them|these)\s*$")
                & ~_next_in_row(pl.col("has_noun"), True)
                # the part is downed or lost ("of which 30 were produced in Russia" says nothing of a launch)
                & _next_in_row(pl.col("passive_now").is_not_null(), False)
            ).then(pl.lit("launched")),
            "strike.total_of_parts",
        ),
    ]
    strong_type = pl.coalesce([source for source, _ in strong_sources])
    weak_type = pl.coalesce([source for source, _ in weak_sources])
    strong_rule = pl.coalesce([pl.when(source.is_not_null()).then(pl.lit(rule)) for source, rule in strong_sources])
    weak_rule = pl.coalesce([pl.when(source.is_not_null()).then(pl.lit(rule)) for source, rule in weak_sources])
    # "..., as was the single Kh-59 Russia launched": the figure shares the verb of the one before
    as_was = pl.col("pre").str.contains(r"(?i)\bas\s+(?:was|were)(?:\s+all)?\s+$")
    return m.with_columns(
        pl.when(as_was).then(None).otherwise(strong_type).alias("strong_type"),
        pl.when(as_was).then(None).otherwise(weak_type).alias("weak_type"),
        pl.when(as_was).then(None).otherwise(strong_rule).alias("strong_rule"),
        pl.when(as_was).then(None).otherwise(weak_rule).alias("weak_rule"),
    )


def _coordinated_groups(m: pl.DataFrame) -> pl.DataFrame:
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
        & ~_prev_in_row(pl.col("has_noun"), True)
        & pl.col("pre").str.contains(r"(?i),\s*(?:and\s*)?$")
    )
    # "five Kinzhal missiles were launched, 8 Kalibr cruise missiles from ships and two ...": the list goes on
    # after the passive of its first figure, which it shares
    passive_link = (
        pl.col("has_noun")
        & _prev_in_row(pl.col("has_noun"), False)
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
    return m.with_columns(group.alias("group"), coordinated.alias("coordinated"))


def _fact_type(m: pl.DataFrame) -> pl.DataFrame:
    """Each figure's `fact_type` and the rule that gave it (`type_rule`): its own strong type, else its group's,
    else its own or its group's weak type, else the verb of its clause (or sentence, for a first figure); a
    sub-count without one shares the figure before it; a part named by a copula in a later sentence has the
    type of the total it refers to."""
    m = m.with_columns(
        _prev_in_row(pl.col("all_flag"), False).alias("prev_all"),
        pl.coalesce(
            "strong_type",
            pl.col("strong_type").forward_fill().backward_fill().over(**IN_GROUP),
            "weak_type",
            pl.col("weak_type").forward_fill().backward_fill().over(**IN_GROUP),
            "verb_anywhere",
            # "shot down a Su-27 jet, 6 HIMARS rockets and 97 drones": the sentence's verb, across the list's commas,
            # for its first weapon figure
            pl.when(
                (pl.col("has_noun") | pl.col("post").str.contains(r"(?i)^\s+in\s+total\b")) & ~pl.col("_earlier_noun")
            ).then(pl.col("verb_in_sentence")),
        ).alias("fact_type"),
        pl.coalesce(
            "strong_rule",
            pl.when(pl.col("strong_type").forward_fill().backward_fill().over(**IN_GROUP).is_not_null())
            .then(pl.lit("strike.coordinated")),
            "weak_rule",
            pl.when(pl.col("weak_type").forward_fill().backward_fill().over(**IN_GROUP).is_not_null())
            .then(pl.lit("strike.coordinated")),
            pl.when(pl.col("verb_anywhere").is_not_null()).then(pl.lit("strike.clause_verb")),
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
                | pl.col("pre").str.contains(BREAKDOWN_BEFORE)
                | pl.col("pre").str.contains(r"(?i)\b(?:a\s+total\s+of|in\s+total|in\s+all|totall?ing)\s+$|:\s*$")
            )
        )
        .then(_ffill_in_row(pl.col("fact_type")))
        .otherwise(pl.col("fact_type"))
        .alias("fact_type"),
        pl.col("type_rule").fill_null("strike.breakdown_part"),
    )
    # a part named by a copula in a later sentence has the type of the total it refers to: a total stated
    # as "N of M" is the launched M
    head_type = pl.when(pl.col("count2").is_not_null()).then(pl.lit("launched")).otherwise(pl.col("fact_type"))
    return m.with_columns(
        pl.when(pl.col("_back_copula"))
        .then(pl.when(HEAD).then(head_type).forward_fill().over("article_id", **IN_ARTICLE))
        .otherwise(pl.col("fact_type"))
        .alias("fact_type"),
    )


def _drop_untyped_and_non_aerial(m: pl.DataFrame) -> pl.DataFrame:
    """Keeps the figures that have a type and a weapon class, less sea and ground drones and artillery rockets."""
    return m.filter(
        pl.col("fact_type").is_not_null()
        & pl.col("weapon_class").is_not_null()
        # sea, naval and ground drones are boats and vehicles, not aerial weapons ("11 Ukrainian sea drones")
        & ~(pl.col("has_noun") & pl.col("phrase").str.contains(NOT_AERIAL_DRONE))
        # "rockets" are artillery unless a model is named (Vilkha, HIMARS), one or several ("10 HIMARS and
        # Uragan rockets" is a mixed group of rocket systems: no single model, still missiles)
        & ~(
            pl.col("noun").fill_null("").str.contains(r"(?i)^rockets?$")
            & pl.col("weapon").is_null()
            & ~pl.col("_ref_phrase").fill_null("").str.to_lowercase().str.contains(_any_model_pattern())
        )
    )


def _date_qualifier_and_scope_words(m: pl.DataFrame) -> pl.DataFrame:
    """The figure's `event_date` (the first date reference after it, else the last before it, else the
    sentence's, else the day its article's lede dates, else the publication day), its `attribution`, its
    qualifiers, and the scope its own words give (`_own_scope`: event, period or cumulative)."""
    context = scope_context()
    m = m.with_columns(
        date_ref_expr(pl.col("post"), pick="first").alias("_ref_after"),
        date_ref_expr(pl.col("pre"), pick="last").alias("_ref_before"),
        date_ref_expr(pl.col("sentence"), pick="best").alias("_ref_sentence"),
        statement_day_ref(pl.col("sentence")).alias("_stated_on"),
    ).with_columns(ref_to_date(pl.col("_stated_on"), pl.col("published_date")).alias("_stated_on"))
    return m.with_columns(attribution_expr(pl.col("sentence")).alias("attribution")).with_columns(
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
                stated_on=pl.col("_stated_on"),
            ),
            pl.when(~pl.col("sentence").str.contains(DAILY_TALLY)).then(pl.col("lede_date")),
            pl.col("published_date"),
        ).alias("event_date"),
    )


def _place(m: pl.DataFrame) -> pl.DataFrame:
    """The figure's `place`: an item of a list of places has its place; otherwise only a figure of a Russian
    attack that names one place where the weapons were aimed or downed (not where they were launched from, not
    an official national tally that mentions where they fell) is a regional subset."""
    place_raw = pl.when(~pl.col("post").str.contains(LAUNCH_AREA)).then(pl.col("post").str.extract(PLACE_AFTER))
    m = m.with_columns(
        pl.when(pl.col("in_place_list") & place_raw.is_not_null() & ~place_raw.str.contains(r",|\sand\s"))
        .then(place_raw)
        .when(pl.col("in_place_list") & pl.col("post").str.contains(INCLUDED_PLACE))
        .then(pl.col("post").str.extract(INCLUDED_PLACE))
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
        pl.when(_earlier_in_row(pl.col("_scope_rank") == 2)).then(pl.lit(2, dtype=pl.Int8))
        .when(_earlier_in_row(pl.col("_scope_rank") == 1)).then(pl.lit(1, dtype=pl.Int8))
        .otherwise(pl.lit(0, dtype=pl.Int8))
    )
    return m.with_columns(
        pl.when(
            (pl.col("_scope_rank") == 0)
            & (earlier_rank > 0)
            & ~own_clause.str.contains(ONE_NIGHT)
            & ~own_clause.str.contains(DAY_CUE)
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


def _rule_and_evidence(m: pl.DataFrame) -> pl.DataFrame:
    """The rule named on the fact (`rule_id`): the structure that bound the figure, else what gave its type;
    `_why` when a part is larger than its total; the evidence sentence and its offsets."""
    structure_rule = pl.coalesce(
        pl.when(pl.col("all_but")).then(pl.lit("strike.all_but")),
        pl.when(pl.col("_back_ref")).then(pl.lit("strike.back_reference")),
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


def _launched_totals_of_interceptions(m: pl.DataFrame) -> pl.DataFrame:
    """The launched figure that comes with an interception: "of the 44", "all 40", "all but one of 59"."""
    with_launch = m.filter(
        pl.col("fact_type").is_in(["intercepted", "lost"])
        & (pl.col("count2").is_not_null() | pl.col("all_flag") | (pl.col("including") & pl.col("prev_all")))
        # "all of those" after a figure of its own sentence: that figure is already stated
        & ~pl.col("_all_of_prev")
    )
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
            pl.when(pl.col("_back_ref")).then(pl.col("_head_row")).otherwise(pl.col("row_id")).alias("_list_row"),
        )
        .join(items, on="_list_row")
        .filter((pl.col("_list_row") != pl.col("row_id")) | (pl.col("_item_idx") < pl.col("mention_idx")))
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
        pl.col("each_places").str.replace_all(r",?\s+and\s+", ", ").str.split(",").alias("place"),
    )
    if each.is_empty():
        return None
    return each.explode("place").with_columns(
        pl.concat_str(
            [pl.col("place").str.strip_chars().str.replace(r"\s+[Rr]egions?$", ""), pl.lit(" region")]
        ).alias("place"),
        pl.lit("each").alias("note"),
    )


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
