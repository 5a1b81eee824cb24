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

import csv
from functools import lru_cache
from pathlib import Path

import polars as pl

from pipelines.extract.dates import attack_day_ref, date_ref_expr, ref_to_date, statement_day_ref
from pipelines.extract.numbers import MODIFIER_STOP_WORDS, ascii_bounds, normalize_numbers, number_mentions, qualifier_expr
from pipelines.extract.actors import actor_regex, actors, attribution_expr
from pipelines.contract import conform, empty_facts
from pipelines.extract.structure import ENUMERATION_LINE, SUBCLASS_SPLIT, check_consistency, structure_rewrites

LEXICON = Path(__file__).parent / "lexicon"

# ---------------------------------------------------------------------------
# RULES
# ---------------------------------------------------------------------------

VERBS_LOST = (
    r"locationally\s+lost|lost\s+locationally|locally\s+lost|lost\s+locally|lost\s+(?:from|on|off)\s+(?:the\s+)?radars?"
    r"|(?:failed|fail)\s+to\s+reach|did\s+not\s+reach|didn't\s+reach|(?:were|was)\s+(?:\w+\s+)?lost"
    r"|lost\s+(?:to|due\s+to|because\s+of|as\s+a\s+result\s+of|through)\s+(?:active\s+)?(?:electronic|ew\b|countermeasures)"
    # "the location of 27 drones had been lost", "19 drones disappeared over Ukrainian territory"
    r"|been\s+lost|disappeared|vanished"
)
VERBS_INTERCEPTED = (
    r"destroy(?:ed|ing|s)?|shot\s+down|shoot(?:ing|s)?\s+down|downed|downing|downs|intercept(?:ed|ing|s)?"
    r"|brought\s+down|bring(?:ing|s)?\s+down|neutrali[sz](?:e|ed|ing|es)?|suppress(?:ed|ing|es)?"
    # the Russian ministry's "disabled 28 UAVs", electronic warfare's "three UAVs were jammed"
    r"|disabled|jammed"
    r"|repell?(?:ed|ing|s)?|eliminat(?:ed|ing)|taken\s+down|took\s+down|takes?\s+down|knocked\s+(?:out|down)"
    r"|thwarted|defeated|destruction\s+of|interception\s+of"
)
VERBS_LAUNCHED = (
    r"launch(?:ed|es|ing)?|fir(?:ed|es|ing)|sent|send(?:s|ing)?|used|using|drop(?:ped|s|ping)?|released"
    r"|deployed|unleash(?:ed|ing)?|hurl(?:ed|ing)?|lobbed|barrage\s+of|volley\s+of|salvo\s+of|wave\s+of"
    r"|record\s+(?:was|of|is)|involved|involving|attacked\s+with|took\s+part|attack\s+(?:by|of|with|involving)"
    r"|attacked\s+by|detected|tracked|recorded|registered|spotted"
    # the target as subject: "Kharkiv was hit overnight by 3 missiles"
    r"|(?:was|were|been)\s+(?:hit|struck|targeted|attacked|pounded)\s+(?:[a-z]+\s+){0,2}?(?:by|with)"
    # a breakdown of the attack: "The missiles included 40 Kh-101", "the barrage, which included 32"
    # ... or its makeup: "the night's barrage comprised 297 drones", "the attack overnight consisted of 20 missiles"
    r"|(?:missiles|drones|uavs|weapons|attack|barrage|assault|strikes?|salvo|wave|raid)(?:\s+overnight)?\s+(?:also\s+)?"
    r"(?:included|comprised|consisted\s+of|was\s+made\s+up\s+of)"
    r"|(?:which|that)\s+(?:also\s+)?(?:included|comprised|consisted\s+of)"
)
VERBS = rf"(?i)\b(?:{VERBS_LOST}|{VERBS_INTERCEPTED}|{VERBS_LAUNCHED})\b"

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
# a related-story link in a page ("Read more: Air force: 59 of 102 drones downed") is another story
RELATED_LINK = r"(?i)^\s*(?:read\s+(?:more|also)|also\s+read|related(?:\s+stories)?|see\s+also|more\s+on\s+this|watch)\s*[:|–—-]"
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
    r"|gas\s+station|road\s+accident|traffic\s+accident|fire\s+(?:at|in|swept|ripped\s+through|broke\s+out\s+at)\s+"
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
    r"|complex(?:es)?|installations?|vehicles?|brigades?|divisions?|battalions?|regiments?)\b"
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
ELIDED_PLACE_BEFORE = r"^\s+(?:over|above)\s+(?:the\s+)?[A-Z][^,;:]*(?:[,:](?:\s*and)?|\band)\s*$"
# ... or a bare figure with its passive: "30 were downed over the Belgorod region, 27 over ..."
# ("three of which were over the Voronezh region, two over ...")
ELIDED_PASSIVE_PLACE_BEFORE = (
    r"^\s+(?:of\s+(?:which|them)\s+)?(?:were|was|had\s+been|have\s+been)\s+(?:[a-z]+(?:\s+down)?\s+)?(?:over|above)\s+"
    r"(?:the\s+)?[A-Z][^,;:]*(?:[,:](?:\s*and)?|\band)\s*$"
)
# the parts of a total by place: "including 21 over the Volgograd region", "including seven in the Moscow
# region and 22 in the Ryazan region"
INCLUDED_PLACE = r"^\s+(?:over|above|in)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+(?:Sea|of\s+[A-Z][\w'’-]+))?(?:\s+[Rr]egion)?)\b"
ELIDED_IN_PLACE_BEFORE = r"^\s+in\s+(?:the\s+)?[A-Z][^,;:]*(?:,|\band)\s*$"

SUPERLATIVE = (
    r"(?i)\b(?:biggest|largest|heaviest|deadliest|worst|most|first|record|longest|massive)\b[^,;]*?"
    r"\b(?:since|so\s+far|this\s+year|ever|in\s+the\s+war|of\s+the\s+war)\b[^,;]*"
)
CUMULATIVE = (
    r"(?i)\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:the\s+|russia's\s+)?(?:full-scale\s+)?(?:war|invasion)"
    r"|\bsince\s+(?:#?20\d\d|february|feb\.?\s+#?24|the\s+start|the\s+beginning)|\bduring\s+the\s+(?:whole\s+|entire\s+)?war\b"
    r"|\bin\s+(?:total|all)\s+since\b|\bto\s+date\b|\bso\s+far\s+in\s+the\s+war\b"
)
# "has launched", "have shot down": a running total, unless the words give the figure one night or one
# day's tally ("have shot down 40 drones overnight", "has destroyed 9 drones over the past 24 hours")
PERFECT_VERB = (
    r"(?i)\b(?:has|have)\s+(?:so\s+far\s+|already\s+)?(?:fired|launched|used|shot\s+down|destroyed|downed|intercepted)\b"
)
ONE_NIGHT = (
    r"(?i)\b(?:overnight|last\s+night|tonight|this\s+morning|(?:during|in|over|throughout)\s+the\s+(?:past\s+|last\s+)?night"
    r"|on\s+the\s+night\s+of|(?:over|in|during|within)\s+the\s+(?:past|last)\s+(?:#?24\s+hours|day)\b"
    r"|(?:over|in|within)\s+#?24\s+hours|since\s+(?:the\s+)?(?:evening|midnight|#?\d)"
    r"|(?:early|late)\s+on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
)
PERIOD = (
    r"(?i)\b(?:in|during|throughout)\s+(?:the\s+month\s+of\s+)?(?:january|february|march|april|may|june|july"
    r"|august|september|october|november|december)(?:\s+#?20\d\d)?(?:\s+alone)?(?:\s*[,.;)]|\s+[a-z]|\s*$)"
    r"|\b(?:last|this|past|previous)\s+(?:month|week)\b|\bover\s+the\s+(?:past|last)\s+(?:week|month|year|#?\d+\s+days)"
    r"|\bin\s+#20\d\d\b|\bso\s+far\s+this\s+(?:year|month)\b"
    r"|\bsince\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last\s+\w+)\b"
    # weekly tallies and spans of days: "over the week", "in that single week", "since the start of the week",
    # "between May 20 and May 23", "from Saturday to Monday", "in the last days of 2023"
    r"|\b(?:over|during|throughout)\s+(?:the|a|that|this|one)\s+(?:single\s+|whole\s+|entire\s+)?(?:week|month|winter|summer)\b"
    r"|\bin\s+(?:that|this|one|the\s+past|the\s+last)\s+(?:single\s+)?(?:week|month)\b|\bweekly\b|\bseven\s+days\b"
    r"|\bbetween\s+(?:#?\d+\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"|\bfrom\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:to|through|until|till)\b"
    r"|\b(?:first|last)\s+days\s+of\b"
    # a sentence that opens on "Last year" ("November 15 last year" dates one attack, so only as the opening)
    r"|^\s*last\s+year\b"
    # "within a week", "in just this one week" (Zelensky's weekly tallies)
    r"|\b(?:in|over|during|within)\s+(?:just\s+|only\s+)?(?:a|this|that)\s+(?:single\s+)?(?:#?1\s+)?(?:week|month)\b"
    # number words are digits by now, and a count of days or weeks is masked: "in one week" -> "in #1 week"
    r"|\b(?:in|over|during|within)\s+(?:just\s+|only\s+)?(?:the\s+(?:past|last)\s+)?#\d+\s+(?:days|weeks?|months?)\b"
    # "over the three winter months", "in the summer months"
    r"|\b(?:in|over|during|throughout)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:#?\d+\s+|[a-z]+\s+)?(?:winter|summer|spring|autumn)\s+months\b"
)
PLACE_AFTER = (
    r"^\s*(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:[a-z]+\s+){0,3}?"
    r"(?:over|above|aimed\s+at|fired\s+at|targeting|in\s+the\s+area\s+around)\s+(?:the\s+)?"
    r"(?:southern\s+|northern\s+|eastern\s+|western\s+|central\s+)?"
    # "the Kursk Region", "the Black Sea", "the Sea of Azov"
    r"(capital|[A-Z][\w'’-]+(?:\s+(?:Sea|of\s+[A-Z][\w'’-]+))?(?:(?:,\s+|\s+and\s+)[A-Z][\w'’-]+)*(?:\s+[Rr]egions?)?)"
)
# a span that starts this week or month is a period even with a running-total verb ("has launched")
PERIOD_SINCE = r"(?i)\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?:week|month)\b"
NOT_A_PLACE = r"^(?:Ukraine|Russia|Ukrainian|Russian|The|Kyiv's|Most)$"
# where the weapons were fired from, not where they were aimed: "two Kh-31P missiles from airspace over
# the Black Sea", "launched from over the Sea of Azov" (a launch area never makes a regional subset)
LAUNCH_AREA = r"^\s*(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:[a-z]+\s+){0,2}?from\s+(?:[a-z]+\s+){0,2}?(?:over|above)\b"


# ASCII word boundaries keep these on the regex engine's fast path (see numbers.ascii_bounds)
VERBS_LOST = ascii_bounds(VERBS_LOST)
VERBS_INTERCEPTED = ascii_bounds(VERBS_INTERCEPTED)
VERBS_LAUNCHED = ascii_bounds(VERBS_LAUNCHED)
VERBS = ascii_bounds(VERBS)
OTHER_CONFLICT = ascii_bounds(OTHER_CONFLICT)
DISASTER = ascii_bounds(DISASTER)
WAR_ACTION = ascii_bounds(WAR_ACTION)
UKRAINE_WAR = ascii_bounds(UKRAINE_WAR)
RELATED_LINK = ascii_bounds(RELATED_LINK)
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
COORDINATED = ascii_bounds(COORDINATED)
BREAKDOWN_BEFORE = ascii_bounds(BREAKDOWN_BEFORE)
DECOY_WORDS = ascii_bounds(DECOY_WORDS)
DECOYS_AFTER = ascii_bounds(DECOYS_AFTER)
IMPACT_CLAUSE = ascii_bounds(IMPACT_CLAUSE)
ELIDED_PLACE_BEFORE = ascii_bounds(ELIDED_PLACE_BEFORE)
ELIDED_PASSIVE_PLACE_BEFORE = ascii_bounds(ELIDED_PASSIVE_PLACE_BEFORE)
INCLUDED_PLACE = ascii_bounds(INCLUDED_PLACE)
ELIDED_IN_PLACE_BEFORE = ascii_bounds(ELIDED_IN_PLACE_BEFORE)
SUPERLATIVE = ascii_bounds(SUPERLATIVE)
CUMULATIVE = ascii_bounds(CUMULATIVE)
PERFECT_VERB = ascii_bounds(PERFECT_VERB)
ONE_NIGHT = ascii_bounds(ONE_NIGHT)
PERIOD = ascii_bounds(PERIOD)
PERIOD_SINCE = ascii_bounds(PERIOD_SINCE)
# a day named in a clause: "on Friday", "on #28 September" (day numbers are masked), "yesterday", "today"
DAY_CUE = ascii_bounds(
    r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)\b|#\d{1,2}\b"
)
RATE_AFTER = ascii_bounds(RATE_AFTER)
IMPACT_AFTER = ascii_bounds(IMPACT_AFTER)
NOUN_AS_MODIFIER = ascii_bounds(NOUN_AS_MODIFIER)
NOT_AERIAL_DRONE = ascii_bounds(NOT_AERIAL_DRONE)


@lru_cache(maxsize=1)
def weapon_models() -> pl.DataFrame:
    with open(LEXICON / "weapons.csv", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return pl.DataFrame(rows)


@lru_cache(maxsize=1)
def weapon_nouns() -> pl.DataFrame:
    with open(LEXICON / "weapon_nouns.csv", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return pl.DataFrame(rows)


@lru_cache(maxsize=None)
def _attacker_cues(attacker: str) -> str:
    """One regex of the sentence cues for `attacker`: the wording cues above, plus the official actors of the
    other side (their own military reporting downings means `attacker` launched)."""
    sides = ["UA"] if attacker == "RU" else ["RU", "BY"]
    rows = actors().filter(pl.col("side").is_in(sides) & pl.col("level").str.ends_with("official"))
    speakers = "|".join(actor_regex(surface) for surface in rows["surface"])
    wording = ATTACKER_RU_SENTENCE if attacker == "RU" else ATTACKER_UA_SENTENCE
    return wording + "|" + ascii_bounds("(?i:" + speakers + ")")


def noun_pattern() -> str:
    return "|".join(weapon_nouns()["pattern"])


def add_off_topic(sentences: pl.DataFrame) -> pl.DataFrame:
    """`sentences` plus `off_topic`: true for a sentence about another conflict, a related-story link
    ("Read more: ..."), or a sentence in an article
    whose lead is about one (or that names another conflict and never Ukraine or Russia).

    A frame that already has the column is returned as it is: `extract_facts` flags the
    sentences once for both the strike and the casualty rules."""
    if "off_topic" in sentences.columns:
        return sentences
    flags = sentences.with_columns(
        pl.col("sentence").str.contains(OTHER_CONFLICT).alias("_other"),
        pl.col("sentence").str.contains(RELATED_LINK).alias("_related"),
        pl.col("sentence").str.contains(UKRAINE_WAR).alias("_war"),
        (pl.col("sentence").str.contains(DISASTER) & ~pl.col("sentence").str.contains(WAR_ACTION)).alias("_disaster"),
    ).with_columns(
        # a disaster in Russia names Russia without being the war
        (pl.col("_other") | pl.col("_disaster")).alias("_other"),
        (pl.col("_war") & ~pl.col("_disaster")).alias("_war"),
    )
    # North Korea's missiles in Russia's hands are this war's ("Russia fired two North Korean KN-23 missiles");
    # North Korea on its own ("North Korea fired missiles into the sea") stays another conflict. Only the few
    # sentences flagged and about this war are read again, without those words.
    recheck = pl.col("_other") & pl.col("_war") & pl.col("sentence").str.contains(r"(?i)\bnorth\s+korean\b")
    if flags.select(recheck.any()).item():
        flags = flags.with_row_index("_row")
        again = flags.filter(recheck).select(
            "_row", pl.col("sentence").str.replace_all(NORTH_KOREAN_FOR_RUSSIA, "${1}").str.contains(OTHER_CONFLICT).alias("_again")
        )
        flags = (
            flags.join(again, on="_row", how="left", maintain_order="left")
            .with_columns(pl.coalesce("_again", "_other").alias("_other"))
            .drop("_row", "_again")
        )
    lead_off = (
        (pl.col("_other") & ~pl.col("_war"))
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
    flags = flags.with_columns(topic.alias("_topic"), heading.alias("_heading")).with_columns(
        pl.col("_heading").cum_sum().over("article_id").alias("_section")
    )
    section_topic = (
        pl.when(pl.col("_heading")).then(pl.col("_topic")).otherwise(pl.lit(None, dtype=pl.Boolean))
        .first().over("article_id", "_section")
    )
    carried = pl.coalesce(
        pl.col("_topic").shift(1).forward_fill().over(paragraph),
        pl.when(pl.col("_section") > 0).then(section_topic),
    )
    inherited = pl.col("_topic").is_null() & carried.fill_null(False)
    return flags.with_columns(
        (pl.col("_other") | pl.col("_related") | lead_off | elsewhere | inherited).alias("off_topic")
    ).drop("_other", "_related", "_war", "_disaster", "_topic", "_heading", "_section")


def _verb_type(verb: pl.Expr) -> pl.Expr:
    return (
        pl.when(verb.str.contains(rf"(?i)^(?:{VERBS_LOST}|lost)$"))
        .then(pl.lit("lost"))
        .when(verb.str.contains(rf"(?i)^(?:{VERBS_INTERCEPTED})$"))
        .then(pl.lit("intercepted"))
        .when(verb.str.contains(rf"(?i)^(?:{VERBS_LAUNCHED})$"))
        .then(pl.lit("launched"))
        .otherwise(None)
    )


def _with_weapon(frame: pl.DataFrame, phrase_col: str, out_col: str) -> pl.DataFrame:
    """`frame` plus `out_col`: the normalised model named in `phrase_col`; null for none or several.

    Most phrases name no model, so one regex of all patterns picks the few that do and only those
    are matched pattern by pattern (in steps over materialised columns: eager frames get no
    common-subexpression pass, so one big expression would redo every match for each use).
    """
    rows = list(weapon_models().iter_rows(named=True))
    patterns = [ascii_bounds(row["pattern"]) for row in rows]
    any_model = "|".join(f"(?:{p})" for p in patterns)
    text = pl.col("_weapon_text")
    hits = pl.col("_weapon_hits").list.drop_nulls()
    named = (
        frame.select(
            pl.int_range(pl.len(), dtype=pl.UInt32).alias("_weapon_row"),
            pl.col(phrase_col)
            .str.to_lowercase()
            .str.replace_all(r"kh-101(?:,?\s+|/)kh-555(?:,?\s+(?:and\s+)?kh-55\b)?", "kh101555")
            # one model under two names, or sibling models reported together, are the first:
            # "Iskander-M/KN-23", "Kh-22 and Kh-32", "Kh-59/69"
            .str.replace_all(r"iskander-m(?:\s*/\s*|\s+or\s+)kn-23", "iskander-m")
            .str.replace_all(r"kh-22(?:\s*/\s*|\s+(?:and|or)\s+)(?:kh-)?32", "kh-22")
            .str.replace_all(r"kh-59(?:\s*/\s*|\s+(?:and|or)\s+)(?:kh-)?69", "kh-59")
            # Western bombs named with their class: "JDAM guided aerial bombs" is a JDAM, not a KAB
            .str.replace_all(r"\b(jdam(?:-er)?|hammer|aasm|gbu-\d+)\b[^,;]*?\bbombs?\b", "${1}")
            .alias("_weapon_text"),
        )
        .filter(text.str.contains(any_model))
        .with_columns(
            # one entry per pattern row: its model where the pattern matches, else null
            pl.concat_list([pl.when(text.str.contains(p)).then(pl.lit(row["weapon"])) for p, row in zip(patterns, rows)])
            .alias("_weapon_hits")
        )
        .select("_weapon_row", pl.when(hits.list.len() == 1).then(hits.list.first()).alias(out_col))
    )
    return (
        frame.with_row_index("_weapon_row")
        .join(named, on="_weapon_row", how="left", maintain_order="left")
        .drop("_weapon_row")
    )


@lru_cache(maxsize=1)
def _any_model_pattern() -> str:
    """One regex that matches where a phrase (lower-cased) names any model of lexicon/weapons.csv."""
    return "|".join(f"(?:{ascii_bounds(p)})" for p in weapon_models()["pattern"])


def _weapon_hint_expr(weapon: pl.Expr) -> pl.Expr:
    """The side that fires a model (Storm Shadow -> UA, Kinzhal -> RU), null when both do or none is named."""
    hints = weapon_models().filter(pl.col("attacker_hint") != "").unique("weapon", keep="first")
    return weapon.replace_strict(hints["weapon"], hints["attacker_hint"], default=None)


def _class_expr(noun: pl.Expr) -> pl.Expr:
    """The class of the first row of weapon_nouns.csv whose pattern is the whole noun.

    Consecutive rows of one class are joined into one regex (one pass instead of one per row);
    the first-row-wins order is kept because runs are tried in file order.
    """
    text = noun.str.to_lowercase()
    runs: list[tuple[str, list[str]]] = []
    for row in weapon_nouns().iter_rows(named=True):
        if runs and runs[-1][0] == row["weapon_class"]:
            runs[-1][1].append(row["pattern"])
        else:
            runs.append((row["weapon_class"], [row["pattern"]]))
    expr = pl.lit(None, dtype=pl.String)
    for weapon_class, patterns in reversed(runs):
        whole = "^(?:" + "|".join(f"(?:{p})" for p in patterns) + ")$"
        expr = pl.when(text.str.contains(whole)).then(pl.lit(weapon_class)).otherwise(expr)
    return expr


def scope_expr(context: pl.Expr, sentence: pl.Expr | None = None) -> pl.Expr:
    """event / period / cumulative from the words around a figure (superlatives like 'biggest since' do not count).

    With `sentence` (the strike rules), a perfect ("has launched") is a running total unless its own clause
    (the verb to the next comma) names one night or day ("have shot down 29 drones and one rocket over the
    past 24 hours"), or its words a period ("has used 550 bombs this week"). Without it (the casualty rules)
    any perfect of a strike verb is a running total.
    """
    text = context.str.replace_all(SUPERLATIVE, " ")
    if sentence is None:
        return (
            pl.when(text.str.contains(PERIOD_SINCE))
            .then(pl.lit("period"))
            .when(text.str.contains(CUMULATIVE) | text.str.contains(PERFECT_VERB))
            .then(pl.lit("cumulative"))
            .when(text.str.contains(PERIOD))
            .then(pl.lit("period"))
            .otherwise(pl.lit("event"))
        )
    one_night = sentence.str.extract(ascii_bounds(r"(?i)(\b(?:has|have)\s[^,;]*)")).fill_null("").str.contains(ONE_NIGHT)
    # "claiming to have downed all the drones": a perfect infinitive tells what was done that night, not a total
    text = text.str.replace_all(ascii_bounds(r"(?i)\bto\s+have\b"), "to")
    return (
        pl.when(text.str.contains(PERIOD_SINCE))
        .then(pl.lit("period"))
        .when(text.str.contains(CUMULATIVE))
        .then(pl.lit("cumulative"))
        # before the perfect: "has used 550 bombs this week" is the week's
        .when(text.str.contains(PERIOD))
        .then(pl.lit("period"))
        .when(text.str.contains(PERFECT_VERB) & ~one_night)
        .then(pl.lit("cumulative"))
        .otherwise(pl.lit("event"))
    )


def scope_context() -> pl.Expr:
    """The words that can set a figure's scope: the text since the previous
    figure, the rest of its own clause, and a sentence-opening "In October," / "Since ...,".
    """
    opening = pl.col("sentence").str.extract(
        r"^((?:In|During|Since|Throughout|Over|So\s+far|Last|This|From)\b[^,]{0,60}),"
    ).fill_null("")
    return pl.concat_str(
        [opening, pl.col("pre").str.extract(r"([^;]*)$"), pl.col("post").str.extract(r"^([^,;]*)")], separator=" "
    )


def _tail_words(text: pl.Expr, n: int) -> pl.Expr:
    return text.str.extract(rf"((?:\S+\s+){{0,{n}}}\S*\s*)$")


def _both_as_all_two(norm: pl.Expr) -> pl.Expr:
    """ "destroyed both Kinzhal missiles" states a whole group of two: "all 2 Kinzhal missiles".

    Not where "both" may pair two things ("both drones and missiles", "both Kyiv and Lviv"):
    a sentence with an "and" after "both" in the same clause is left alone.
    """
    pairs = norm.str.contains(ascii_bounds(r"(?i)\bboth\b[^,;:.]{0,60}?\band\b"))
    both_noun = ascii_bounds(
        r"(?i)\bboth\s+((?:of\s+)?(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:" + noun_pattern() + r")\b)"
    )
    return pl.when(pairs).then(norm).otherwise(norm.str.replace_all(both_noun, "all 2 ${1}"))


# "managed to shoot down 187", "were able to destroy 40": an achievement in the past, not a capability or a plan
ACHIEVED_TO = ascii_bounds(r"(?i)\b(?:(?:had\s+)?managed\s+to|succeeded\s+to|(?:was|were|had\s+been)\s+able\s+to)\s+")
# "four drones were hit by air defence": the weapons as the subject, hit by the defenders, were downed
HIT_BY_DEFENCE = ascii_bounds(
    r"(?i)\b(?:hit|struck)(\s+by\s+(?:the\s+)?(?:ukrainian\s+|russian\s+)?(?:air\s+defen[cs]es?|anti-aircraft|mobile\s+fire))"
)

JAMMED_OR_LOST = ascii_bounds(r"(?i)\bjammed\s+or\s+lost\b|\blost\b(?:\s+(?:from|on|off)\s+(?:the\s+)?radars?)?\s+or\s+jammed\b")

ALL_THE_WEAPONS = ascii_bounds(
    r"(?i)\ball\s+(?:of\s+)?(these|those|the)\s+((?:[a-z-]+\s+){0,2}?"
    r"(?:drones|uavs|missiles|air\s+targets|aerial\s+targets|targets|shaheds))\b"
)

# "..., which were all shot down", "..., and all were downed", "they were all destroyed": the whole of the
# figure (or list) before, like "all of which" / "all of them"
WHICH_WERE_ALL = ascii_bounds(r"(?i)\b(?:which|that)\s+(were|had\s+been|have\s+been)\s+all\b")
ALL_WERE = ascii_bounds(r"(?i)(^|[,;]\s*|\band\s+)(?:they\s+)?all\s+(were|had\s+been|have\s+been)\b")
THEY_WERE_ALL = ascii_bounds(r"(?i)\bthey\s+(were|had\s+been|have\s+been)\s+all\b")
# "two Kalibr missiles, both of which were shot down": "both" is exactly two of what was named last
BOTH_OF_WHICH = ascii_bounds(r"(?i)\bboth\s+of\s+(which|them|these|those)\b")

# "81 drones, with 53 being shot down", "with 40 of them having been destroyed": a clause of its own
WITH_N_BEING = ascii_bounds(r"(?i),?\s*\bwith\s+(\d[\d,]*(?:\s+of\s+(?:them|these|those))?)\s+(?:being|having\s+been)\b")


def plain_verbs(norm: pl.Expr) -> pl.Expr:
    """Rewrite verb phrasings the type rules would misread into their plain verbs: "managed to shoot down 40"
    -> "shoot down 40" (the "to" of a plan or capability is no fact), "hit by air defence" -> "destroyed by
    air defence" (a target "hit by" missiles was attacked; a drone hit by air defence was downed)."""
    return (
        norm.str.replace_all(ACHIEVED_TO, "")
        .str.replace_all(HIT_BY_DEFENCE, "destroyed${1}")
        # "jammed or lost from radar" does not say which: what was lost may never have been jammed
        .str.replace_all(JAMMED_OR_LOST, "lost")
        # "All the missiles were intercepted", "all these air targets were destroyed": the whole of a figure
        # named before, like "all of them" ("all 0 of ..." is read as that figure)
        .str.replace_all(ALL_THE_WEAPONS, "all 0 of ${1} ${2}")
        .str.replace_all(WHICH_WERE_ALL, "all 0 of which ${1}")
        .str.replace_all(ALL_WERE, "${1}all 0 of them ${2}")
        .str.replace_all(THEY_WERE_ALL, "all 0 of them ${1}")
        .str.replace_all(BOTH_OF_WHICH, "all 2 of ${1}")
        .str.replace_all(WITH_N_BEING, ", ${1} were")
    )


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
        .with_columns(_both_as_all_two(pl.col("norm")).alias("norm"))
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


def _facts_from_mentions(m: pl.DataFrame) -> pl.DataFrame:
    phrase = pl.concat_str([pl.col("modifiers").fill_null(""), pl.col("noun").fill_null("")], separator=" ")
    # "... at 40", "... rose to 40", "... reached 61", "The total number of drones launched was 112"
    number_of = pl.col("pre").str.extract(
        r"(?i)\bnumber\s+of\s+(?:[\w'’-]+\s+){0,2}?(" + noun_pattern() + r")\b[^.;]*?\b(?:at|to|reached|was|totall?ed)\s+$"
    )
    m = m.with_columns(
        phrase.alias("phrase"),
        pl.col("noun").is_not_null().alias("has_noun"),
        number_of.alias("number_of_noun"),
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
    # "of which 477 were Shahed drones", "Ten of the missiles were Kinzhals": the part takes the copula's noun
    relative_copula = ~pl.col("has_noun") & pl.col("pre").str.contains(r"(?i)\bthe\s+$")
    copula_phrase = pl.coalesce(
        pl.col("post").str.extract(ascii_bounds(COPULA_NOUN_AFTER.replace("NOUNS", noun_pattern()))),
        pl.when(relative_copula).then(
            pl.col("post").str.extract(ascii_bounds(RELATIVE_COPULA_NOUN_AFTER.replace("NOUNS", noun_pattern())))
        ),
    )
    copula_names_noun = (
        copula_phrase.is_not_null()
        & ~copula_phrase.str.contains(VERBS)
        & ~copula_phrase.str.contains(ascii_bounds(MODIFIER_STOP_WORDS))
        # "of which 3 were carrying drones" describes something else
        & ~copula_phrase.str.contains(ascii_bounds(r"(?i)\b[a-z]+ing\b"))
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
    # sentence began with, named by the copula; it takes that total's type (below)
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
    m = m.with_columns(
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
    # a bare figure right after a weapon figure, placed by "over": "... over Kursk and 91 over Moscow"
    # also a list of them: "25 UAVs: 12 over the Bryansk region, 8 over the Kursk region and 5 over ..."
    # The list rules below go on from one figure to the next, a few passes each; the regex tests are
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
    elided = (
        ~pl.col("has_noun")
        & pl.col("_post_over_place")
        & pl.col("pre").str.contains(r"(?i)(?:[,:]|\band)\s*$")
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
    )
    for _ in range(3):
        m = m.with_columns(
            (
                pl.col("_placed_item")
                | (pl.col("_placed_next") & _prev_in_row(pl.col("_placed_item") | pl.col("_elided"), False))
            ).alias("_placed_item")
        )
    elided = pl.col("_elided")
    placed_item = pl.col("_placed_item")
    included_placed = pl.col("_included_placed")
    # "805 drones launched and 751 downed": a bare figure coordinated with a weapon figure, its participle after it
    participle_part = (
        ~pl.col("has_noun")
        & pl.col("post").str.contains(PARTICIPLE_AFTER)
        # also after a semicolon: "63 drones overnight; 51 downed"
        & pl.col("pre").str.contains(r"(?i)(?:[,;]|\band)\s*$")
        & earlier_noun_in_row
    )
    m = m.with_columns(
        pl.when(participle_part).then(_verb_type(pl.col("post").str.extract(r"^\s+([A-Za-z]+(?:\s+(?:down|of))?)"))).alias("participle_type")
    )
    # "608 air targets had been shot down ... out of 653 launched": the launched total of the figure before,
    # named after it
    out_of_launched = (
        ~pl.col("has_noun")
        & pl.col("pre").str.contains(r"(?i)\bout\s+of\s+(?:the\s+)?(?:a\s+total\s+of\s+)?$")
        & pl.col("post").str.contains(r"(?i)^\s+(?:launched|fired|sent|used|recorded|detected)\b")
        & earlier_noun_in_row
    )
    m = m.with_columns(out_of_launched.alias("_out_of_launched"))
    anaphoric = (
        participle_part
        | pl.col("_out_of_launched")
        | elided
        | pl.col("post").str.contains(ANAPHOR_AFTER)
        | pl.col("all_flag")
        | pl.col("all_but")
        | pl.col("each_places").is_not_null()
        | pl.col("number_of_noun").is_not_null()
        | pl.col("pre").str.contains(ANAPHOR_BEFORE)
        | (pl.col("pre").str.contains(ANAPHOR_AFTER_VERB) & pl.col("post").str.contains(ANAPHOR_ENDS_CLAUSE))
    )
    # read twice below: extract it once
    m = m.with_columns(pl.col("pre").str.extract(r"([^,;:]*)$").alias("_clause_before"))
    clause_before = pl.col("_clause_before")
    m = m.with_columns(
        (pl.col("has_noun") | anaphoric).alias("is_strike"),
        # a figure in a list of places is a regional subset whoever the attacker
        (elided | _next_in_row(elided, False) | placed_item | included_placed).alias("in_place_list"),
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
            | (~pl.col("has_noun") & pl.col("pre").str.contains(r"(?i)(?:^|[^t]\s)of\s+$"))
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
    m = m.filter(pl.col("is_strike") & ~pl.col("excluded") & ~pl.col("in_range"))
    if m.is_empty():
        return empty_facts()
    # a weapon named without a number before a bare figure is its nearest antecedent
    # (only bare figures need it, so only they pay for the search)
    pre_phrase = pl.col("pre").str.extract_all(ascii_bounds(r"(?i)(?:[\w'’/-]+\s+){0,3}(?:" + noun_pattern() + r")\b")).list.last()
    m = pl.concat(
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
    ).pipe(_with_weapon, "_ref_phrase", "own_weapon").with_columns(
        _class_expr(pl.col("_ref_noun")).alias("own_class"),
        # "ballistic"/"cruise" tell which earlier model "seven of the ballistic missiles" refers to
        pl.col("_ref_phrase").str.to_lowercase().str.extract(ascii_bounds(r"\b(ballistic|cruise)\b")).alias("_kind"),
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
            .otherwise(_weapon_hint_expr(pl.col("own_weapon")))
        ).alias("own_attacker"),
        # the verb right before the number, right after the noun, anywhere before
        _verb_type(pl.col("pre_tail").str.extract_all(VERBS).list.last()).alias("verb_before"),
        _verb_type(
            pl.col("post").str.extract(
                r"(?i)^\s*(?:(?:that|which)\s+)?(?:[\w'’-]+\s+){0,4}?(" + VERBS[4:] + r")"
            )
        ).alias("verb_after"),
        # the last verb of the clause before the figure ("while 5 drones hit ..." does not reach back)
        _verb_type(
            pl.col("pre").str.extract(r"([^,;:]*)$")
            .str.replace(r"(?i)^.*\b(?:while|but|whereas|although|though)\b", "")
            .str.extract_all(VERBS).list.last()
        ).alias("verb_anywhere"),
        _verb_type(
            pl.col("pre").str.replace(ascii_bounds(r"(?i)^.*\b(?:while|but|whereas|although|though|which|that|said|says|who)\b"), "")
            .str.extract_all(VERBS).list.last()
        ).alias("verb_in_sentence"),
        _verb_type(
            # not past a reporting clause: "attacked with 12 drones ..., the air force said, claiming to have
            # downed all the drones" (that verb is the later figure's)
            pl.col("post").str.replace(ascii_bounds(r"(?i)\b(?:said|says|claiming|claimed|adding|added)\b.*$"), "")
            .str.extract(
                r"(?i)^[^;:]*?\b(?:were|was|had|have|has|are)\s+(?:\w+\s+){0,2}?(?:been\s+)?(?:\w+\s+)?("
                + VERBS_INTERCEPTED + "|" + VERBS_LOST + r")\b"
            )
        ).alias("passive_after"),
        _verb_type(
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

    # what a bare number refers back to: the last weapon figure of the article. A weapon figure
    # without a model keeps its null ("" while filling) so an older model does not leak past it.
    art = {"order_by": ["sentence_idx", "mention_idx"]}
    noun_count = pl.when(pl.col("has_noun")).then(pl.coalesce("count2", "count"))
    # the qualifier of that figure ("" for exact, so a fill does not reach past it to an older one)
    noun_qual = pl.when(pl.col("has_noun")).then(
        pl.when(pl.col("count2").is_not_null()).then(pl.col("qual2_text")).otherwise(pl.col("qual_text")).fill_null("")
    )
    weapon_mark = pl.when(pl.col("own_class").is_not_null()).then(pl.col("own_weapon").fill_null(""))
    earlier_noun = _earlier_in_row(pl.col("has_noun"))
    # "all 3 drones", "13 of the drones": a definite reference to figures named before
    definite = pl.col("of_ref").is_not_null() | pl.col("all_flag") | pl.col("all_but") | pl.col("pre").str.contains(r"(?i)\bthe\s+$")
    m = m.sort("article_id", "sentence_idx", "mention_idx").with_columns(
        earlier_noun.alias("_earlier_noun"),
        pl.when(pl.col("has_noun") | ~earlier_noun).then(pl.col("own_class")).alias("own_class"),
    )
    # "Of these, 71 were shot down" opening a sentence refers to the total the last weapon sentence
    # began with (its head), not to that sentence's last part; a head listed with parts of several
    # classes and no total ("40 drones and 3 missiles") is a mixed total
    head = pl.col("has_noun") & ~pl.col("_earlier_noun") & ~pl.col("_back_copula")
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
    m = m.with_columns(
        pl.when(head).then(head_class).forward_fill().over("article_id", **art).alias("_head_class"),
        pl.when(head).then(pl.col("own_weapon").fill_null("")).forward_fill().over("article_id", **art)
        .replace("", None).alias("_head_weapon"),
        pl.when(head).then(noun_count).forward_fill().over("article_id", **art).alias("_head_count"),
        pl.when(head).then(noun_qual).forward_fill().over("article_id", **art).alias("_head_qual"),
        # a head listed with other figures and no total of its own: "5 Kinzhal missiles were launched, 8 Kalibr
        # ... and two ground-based missiles. All of them were shot down" refers to all three, not the first
        pl.when(head)
        .then((pl.col("own_class") != "aerial_target") & (pl.col("has_noun").sum().over("row_id") > 1))
        .forward_fill().over("article_id", **art).alias("_head_of_list"),
        pl.when(head).then(pl.col("row_id")).forward_fill().over("article_id", **art).alias("_head_row"),
        (pl.col("has_noun").cast(pl.Int32).cum_sum().over("row_id") - pl.col("has_noun").cast(pl.Int32))
        .alias("_figures_before"),
        (back_ref & pl.col("own_class").is_null()).alias("_back_ref"),
    ).with_columns(
        pl.when(pl.col("_back_ref")).then(pl.col("_head_class"))
        .otherwise(pl.col("own_class").forward_fill().over("article_id", **art)).alias("weapon_class"),
        weapon_mark.forward_fill().over("article_id", **art).replace("", None).alias("_ffill_weapon"),
        weapon_mark.shift(1).forward_fill().over(["article_id", "own_class"], **art).replace("", None).alias("_same_class_weapon"),
        noun_count.shift(1).forward_fill().over(["article_id", "own_class"], **art).alias("_same_class_count"),
        noun_qual.shift(1).forward_fill().over(["article_id", "own_class"], **art).alias("_same_class_qual"),
        weapon_mark.shift(1).forward_fill().over(["article_id", "own_class", "_kind"], **art).replace("", None).alias("_same_kind_weapon"),
        noun_count.shift(1).forward_fill().over(["article_id", "own_class", "_kind"], **art).alias("_same_kind_count"),
        pl.when(pl.col("_back_ref")).then(pl.col("_head_count"))
        .otherwise(noun_count.shift(1).forward_fill().over("article_id", **art)).alias("ref_count"),
        pl.when(pl.col("_back_ref")).then(pl.col("_head_qual"))
        .otherwise(noun_qual.shift(1).forward_fill().over("article_id", **art)).alias("_ref_qual"),
        pl.coalesce(
            "own_attacker",
            pl.when(pl.col("has_noun")).then(pl.col("sentence_attacker")),
        ).forward_fill().over("article_id", **art).alias("_ffill_attacker"),
    ).with_columns(
        # "40 drones and 3 missiles, all of which were shot down", "... and two ground-based missiles. All of them
        # were shot down": "all of them" after a list of figures with no total of its own
        (
            (pl.col("count") == 0)
            & pl.col("all_flag")
            & (
                (pl.col("_back_ref") & pl.col("_head_of_list").fill_null(False))
                | (~pl.col("_back_ref") & (pl.col("_figures_before") > 1))
            )
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

    # "Russia fired 17 missiles and 32 drones, and 12 missiles and 25 drones were destroyed": after ", and" a
    # pair of figures whose last one has its own passive is a new clause's subject, not a third item of the
    # list before it; the first of the pair takes the passive of the second
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
    m = m.with_columns(
        pl.when(new_clause).then(_next_in_row(pl.col("passive_now"), None))
        .when(new_clause_single).then(pl.col("passive_now"))
        .alias("_new_clause_type"),
    )
    # Fact type. A verb before the figure or a passive right after it is the figure's own ("strong"); a verb
    # further on may belong to the noun instead ("17 of the 20 drones and 2 of the 3 missiles that
    # Russia launched"), so coordinated figures share strong verbs before weak ones.
    # "Of the 40 drones, 36 were destroyed": the figure after a leading "of" is the launched total
    of_total = pl.col("has_noun") & (
        pl.col("pre").str.contains(r"(?i)(?:^|[,;:]\s*|\bthat\s+)\s*(?:out\s+)?of\s+(?:the\s+)?$")
        # "a third of the 90 drones were shot down", "most of the 40 drones": a share of the figure, not the figure
        | pl.col("pre").str.contains(FRACTION_OF)
    )
    # "shot down 35 of 40 drones launched overnight and five missiles": the participle belongs to
    # the drones, and the missiles are coordinated with them
    participle_link = pl.col("has_noun") & pl.col("pre").str.contains(
        r"(?i)^\s*(?:launched|fired|sent|used|aimed|directed)\b[^,;]{0,50}?\band\s*$"
    )
    # each type source with the rule that names it (lexicon/strike_rules.csv), in priority order
    strong_sources = [
        (pl.when(pl.col("_out_of_launched")).then(pl.lit("launched")), "strike.partitive_total"),
        (pl.col("participle_type"), "strike.participle_part"),
        (pl.when(pl.col("copula_launched")).then(pl.lit("launched")), "strike.copula_part"),
        (pl.when(pl.col("number_of_noun").is_not_null()).then(pl.col("verb_anywhere").fill_null("launched")), "strike.number_of"),
        (pl.when(of_total).then(pl.lit("launched")), "strike.of_total"),
        (pl.col("passive_now"), "strike.passive_after_figure"),
        (pl.col("_new_clause_type"), "strike.coordinated"),
        # named like the weak verb after it ("86 drones were used"): the same wording, bound more tightly
        (pl.col("passive_launched_now"), "strike.verb_after"),
        (pl.when(~participle_link).then(pl.col("verb_before")), "strike.verb_before"),
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
            r"(?i)^\s*(?:were|was|had\s+been|have\s+been)\s+(?:[a-z]+ly\s+|also\s+)?[a-z]+(?:\s+down)?\s*,\s*$"
        )
    )
    coordinated = (
        pl.col("pre").str.contains(COORDINATED) | loose_link | participle_link | after_bare_clause | passive_link
    ) & pl.col("_new_clause_type").is_null()
    # groups run over weapon figures; a bare figure between them ("40 drones, of which 30 were
    # shot down, and 5 missiles") stands alone and does not join or split them
    group = (
        pl.when(pl.col("has_noun"))
        .then((pl.col("has_noun") & ~coordinated).cast(pl.Int64).cum_sum())
        .otherwise(-1 - pl.col("mention_idx"))
    )
    in_group = {"partition_by": ["row_id", "group"], "order_by": "mention_idx"}
    m = m.with_columns(
        pl.when(as_was).then(None).otherwise(strong_type).alias("strong_type"),
        pl.when(as_was).then(None).otherwise(weak_type).alias("weak_type"),
        pl.when(as_was).then(None).otherwise(strong_rule).alias("strong_rule"),
        pl.when(as_was).then(None).otherwise(weak_rule).alias("weak_rule"),
        group.alias("group"),
        coordinated.alias("coordinated"),
    )
    m = m.with_columns(
        _prev_in_row(pl.col("all_flag"), False).alias("prev_all"),
        pl.coalesce(
            "strong_type",
            pl.col("strong_type").forward_fill().backward_fill().over(**in_group),
            "weak_type",
            pl.col("weak_type").forward_fill().backward_fill().over(**in_group),
            "verb_anywhere",
            # "shot down a Su-27 jet, 6 HIMARS rockets and 97 drones": the sentence's verb, across the list's commas,
            # for its first weapon figure
            pl.when(
                (pl.col("has_noun") | pl.col("post").str.contains(r"(?i)^\s+in\s+total\b")) & ~pl.col("_earlier_noun")
            ).then(pl.col("verb_in_sentence")),
        ).alias("fact_type"),
        pl.coalesce(
            "strong_rule",
            pl.when(pl.col("strong_type").forward_fill().backward_fill().over(**in_group).is_not_null())
            .then(pl.lit("strike.coordinated")),
            "weak_rule",
            pl.when(pl.col("weak_type").forward_fill().backward_fill().over(**in_group).is_not_null())
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
    m = m.with_columns(
        pl.when(pl.col("_back_copula"))
        .then(pl.when(head).then(head_type).forward_fill().over("article_id", **art))
        .otherwise(pl.col("fact_type"))
        .alias("fact_type"),
    )
    m = m.filter(
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
    if m.is_empty():
        return empty_facts()

    context = scope_context()
    # the figure's date: the first reference after it, else the last before it, else the sentence's
    m = m.with_columns(
        date_ref_expr(pl.col("post"), pick="first").alias("_ref_after"),
        date_ref_expr(pl.col("pre"), pick="last").alias("_ref_before"),
        date_ref_expr(pl.col("sentence"), pick="best").alias("_ref_sentence"),
        statement_day_ref(pl.col("sentence")).alias("_stated_on"),
    ).with_columns(ref_to_date(pl.col("_stated_on"), pl.col("published_date")).alias("_stated_on"))
    place_raw = pl.when(~pl.col("post").str.contains(LAUNCH_AREA)).then(pl.col("post").str.extract(PLACE_AFTER))
    m = m.with_columns(attribution_expr(pl.col("sentence")).alias("attribution")).with_columns(
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
            pl.col("lede_date"),
            pl.col("published_date"),
        ).alias("event_date"),
    ).with_columns(
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
    m = m.with_columns(
        pl.when(pl.col("_all_of_prev") & (pl.col("row_id").shift(1) == pl.col("row_id")))
        .then(pl.col("place").shift(1))
        .otherwise(pl.col("place"))
        .alias("place")
    )

    # coordinated figures share a running-total wording ("1,200 bombs, 900 drones and 20 missiles last week")
    scope_rank = pl.col("_own_scope").replace_strict({"event": 0, "period": 1, "cumulative": 2}, return_dtype=pl.Int8)
    m = m.with_columns(scope_rank.max().over("row_id", "group").alias("_scope_rank"))
    # a later figure of a sentence about a period or a running total, with no night or day of its own, is
    # part of it: "Last year Russia fired 12,000 drones, with 9,000 being shot down", "In 2024 Russia launched
    # 300 drones ..., and 250 drones ... were shot down" (not a night's interception)
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
    m = m.with_columns(
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
    # a bare figure in a sentence without a date ("Of these, 34 were downed") is dated like its antecedent
    antecedent_date = (
        pl.when(pl.col("has_noun")).then(pl.col("event_date"))
        .forward_fill().over("article_id", order_by=["sentence_idx", "mention_idx"])
    )
    m = m.with_columns(
        pl.when(~pl.col("has_noun") & pl.col("_ref_sentence").is_null() & antecedent_date.is_not_null())
        .then(antecedent_date)
        .otherwise(pl.col("event_date"))
        .alias("event_date")
    )

    base = [
        "article_id", "event_date", "scope", "evidence", "evidence_start", "evidence_end", "place", "attacker",
        "weapon_class", "weapon", "attribution",
    ]
    # the rule named on the fact: the structure that bound the figure, else what gave its type
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
    m = m.with_columns(
        pl.coalesce(structure_rule, "type_rule").alias("rule_id"),
        # a part larger than the total it is a part of
        pl.when(pl.col("count2").is_not_null() & (pl.col("count") > pl.col("count2")))
        .then(pl.format("inconsistent: part {} exceeds its total {}", pl.col("count").cast(pl.Int64), pl.col("count2").cast(pl.Int64)))
        .when(pl.col("_back_ref") & (pl.col("count") > pl.col("_head_count")))
        .then(pl.format("inconsistent: part {} exceeds the total {} it refers to", pl.col("count").cast(pl.Int64), pl.col("_head_count").cast(pl.Int64)))
        .alias("_why"),
    )
    m = m.with_columns(
        pl.col("sentence").alias("evidence"),
        pl.col("sentence_start").alias("evidence_start"),
        pl.col("sentence_end").alias("evidence_end"),
    )
    # all but K: the total is M of "all but K of M", else the weapon figure before
    # ("all but 3 of the missiles": the last missile figure, not the last figure)
    total = pl.coalesce(
        "count2", pl.when(pl.col("has_noun") & pl.col("of_ref").is_not_null()).then(pl.col("_same_class_count")), "ref_count"
    )
    primary_count = pl.when(pl.col("all_but")).then(total - pl.col("count")).otherwise(pl.col("count"))
    primary = m.filter(pl.col("each_places").is_null()).select(
        *base, "fact_type", "qualifier", primary_count.alias("count"), "rule_id", "_why",
        pl.when(pl.col("all_but")).then(pl.lit("derived: all but")).alias("note"),
    )
    # the launched figure that comes with an interception: "of the 44", "all 40", "all but one of 59"
    with_launch = m.filter(
        pl.col("fact_type").is_in(["intercepted", "lost"])
        & (pl.col("count2").is_not_null() | pl.col("all_flag") | (pl.col("including") & pl.col("prev_all")))
        # "all of those" after a figure of its own sentence: that figure is already stated
        & ~pl.col("_all_of_prev")
    )
    launched = with_launch.select(
        *base,
        pl.lit("launched").alias("fact_type"),
        pl.when(pl.col("count2").is_not_null()).then(pl.col("qualifier2")).otherwise(pl.col("qualifier")).alias("qualifier"),
        pl.coalesce("count2", "count").alias("count"),
        pl.when(pl.col("count2").is_not_null()).then(pl.lit("strike.partitive_total"))
        .otherwise(pl.lit("strike.all_of_group")).alias("rule_id"),
        "_why",
        pl.lit("derived: launched total of an interception").alias("note"),
    )
    facts = pl.concat([primary, launched], how="vertical_relaxed")
    # "all of them" after a list: one fact per figure of the list (before it, in its own sentence), each of
    # that figure's class, model and count
    listed = m.filter(pl.col("_all_of_list"))
    if not listed.is_empty():
        items = m.filter(pl.col("has_noun")).select(
            pl.col("row_id").alias("_list_row"), pl.col("mention_idx").alias("_item_idx"),
            "count", "weapon_class", "weapon", "qualifier",
        )
        each_of_list = (
            listed.select(
                *[c for c in base if c not in ("weapon_class", "weapon")], "fact_type", "row_id", "mention_idx",
                pl.when(pl.col("_back_ref")).then(pl.col("_head_row")).otherwise(pl.col("row_id")).alias("_list_row"),
            )
            .join(items, on="_list_row")
            .filter((pl.col("_list_row") != pl.col("row_id")) | (pl.col("_item_idx") < pl.col("mention_idx")))
            .select(
                *base, "fact_type", "qualifier", "count", pl.lit("strike.all_of_group").alias("rule_id"),
                pl.lit(None, dtype=pl.String).alias("_why"), pl.lit("derived: all of the listed figures").alias("note"),
            )
        )
        facts = pl.concat([facts, each_of_list], how="vertical_relaxed")
    facts = facts.filter(pl.col("count").is_not_null() & (pl.col("count") > 0))

    # "nine each over the Volgograd, Rostov and Oryol regions": one fact per place
    each = m.filter(pl.col("each_places").is_not_null()).select(
        *[c for c in base if c != "place"], "fact_type", "qualifier", "count", pl.lit("strike.each_place").alias("rule_id"),
        pl.lit(None, dtype=pl.String).alias("_why"),
        pl.col("each_places").str.replace_all(r",?\s+and\s+", ", ").str.split(",").alias("place"),
    )
    if not each.is_empty():
        each = each.explode("place").with_columns(
            pl.concat_str(
                [pl.col("place").str.strip_chars().str.replace(r"\s+[Rr]egions?$", ""), pl.lit(" region")]
            ).alias("place"),
            pl.lit("each").alias("note"),
        )
        facts = pl.concat([facts, each.select(facts.columns)], how="vertical_relaxed")
    facts = facts.with_columns(pl.col("count").cast(pl.Int64))
    # "three Shahed drones ...; all three drones were shot down": the figure
    # restated without its model is the same fact
    key = ["article_id", "fact_type", "attacker", "weapon_class", "count", "event_date", "scope", "place"]
    has_model = pl.col("weapon").is_not_null().any().over(key, mapping_strategy="group_to_rows")
    facts = facts.filter(pl.col("weapon").is_not_null() | ~has_model)
    facts = check_consistency(facts)
    # one sentence stating a figure twice ("launched 7 ..., all of them") is one fact
    same = [c for c in facts.columns if c not in ("note", "rule_id", "confidence")]
    return facts.unique(subset=same, keep="first", maintain_order=True)
