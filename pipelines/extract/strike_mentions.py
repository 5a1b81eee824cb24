"""Strike figures: which number mentions count aerial weapons, and what each one counts.

The first stages of `strikes._facts_from_mentions`. Each takes the mentions frame of
`numbers.number_mentions` (one row per figure: the text before it, `pre`, and after it, `post`, its weapon
noun and modifiers) and returns it with the columns it decides:

1. `figure_cues`: the words right around the figure ("all", "all but", "including", "the number of").
2. `parts_named_by_a_copula`: parts such as "of which 477 were Shahed drones" take the copula's noun.
3. `place_lists`: lists of places with the verb elided ("126 UAVs over Kursk and 91 over Moscow").
4. `bare_figures_that_refer_back`: which figures without a weapon noun still count weapons ("34 of them").
5. `drop_figures_that_count_no_strike`: the precision guards (future or aid wording, impacts, rates, ranges).
6. `what_each_figure_counts`: the noun phrase a figure counts, its model, class and attacker.
7. `verbs_around_each_figure`: the verbs that may give it a type (`strike_roles` ranks them).

Until `strike_roles.heads_of_back_references` sorts them by article, the mentions of one sentence (`row_id`)
are contiguous and in mention order: the row helpers below rely on it.
"""

from __future__ import annotations

import re
from functools import lru_cache

import polars as pl

from pipelines.extract.frames import with_columns_once
from pipelines.extract.numbers import MODIFIER_STOP_WORDS, ascii_bounds
from pipelines.extract.strike_verbs import VERBS, VERBS_INTERCEPTED, VERBS_LOST, verb_type
from pipelines.extract.weapons import noun_pattern, weapon_class_expr, weapon_hint_expr, with_weapon


# Wording that makes a figure not an event count.
FUTURE_OR_AID = ascii_bounds(
    r"\b(?:will|would|could|might|may)\b|(?i)\b(?:plans?\s+to|planning\s+to|intends?\s+to|expects?\s+to|is\s+expected"
    r"|aid|package|pledg\w*|deliver\w*|donat\w*|suppl(?:y|ied|ies)|provid\w*|transfer\w*|purchas\w*|buy\w*"
    r"|ordered|orders|contract\w*|produc\w*|manufactur\w*|stockpil\w*|arsenal|reserves?|capacity|range\s+of"
    r"|needs?|needed|can|cannot|capable|able\s+to|to\s+(?:intercept|shoot|destroy|down|launch|fire|strike|repel))\b"
)
# an attempt that was made: "tried to strike", "attempted to hit" (the strike happened, whether or not it got through)
ATTEMPTED_TO = ascii_bounds(r"(?i)\b(?:tried|attempted)\s+to\s+(?:strike|attack|hit|target|launch|fire)\b")
# a weapon's maker or supplier as a hyphenated adjective ("US-supplied", "British-provided", "Iranian-produced")
ORIGIN_ADJECTIVE = ascii_bounds(
    r"(?i)\b[a-z]+-(?:supplied|provided|produced|manufactured|designed|built|donated|delivered)\b"
)
# ... and a Western one names Ukraine's weapons
WESTERN_MADE = ascii_bounds(
    r"(?i)\b(?:us|u\.s\.|american|british|uk|western|french|german|nato)-(?:supplied|provided|produced|manufactured"
    r"|designed|built|donated|delivered|made)\b"
)
# what a subordinate clause of time or cause leaves before the figure's own clause
AFTER_SUBORDINATOR = ascii_bounds(r"(?i)^.*\b(?:after|when|because)\s")
# the figure inside the subject of a modal, a forecast or a supposition: "nightly assaults involving 500 or more drones
# may soon become routine", "attacks with 800 drones will become common" (FACTS.md 4: forecasts are no facts); not a
# counterfactual of what was done ("40 drones that would have hit Kyiv", "... would have reached"), a relative clause
# or a speaker's verb between ("drones, which officials said could ...")
# (the modals in lower case and before a word: "overnight on May 25" is a date)
_MODAL_AFTER = r"^(?:\s+[\w'’-]+){0,4}?\s+(?:will|would|could|might|may)\s+"
FORECAST_AFTER = ascii_bounds(_MODAL_AFTER + r"(?i:[a-z])")
NOT_A_FORECAST_AFTER = ascii_bounds(
    _MODAL_AFTER + r"(?i:(?:not\s+)?have\b)"
    r"|^(?i:(?:\s+[\w'’-]+){0,4}?\s+(?:that|which|who|and|but|while|as|after|before|when|said|says|say|warned|feared"
    r"|believes?)\b(?:\s+[\w'’-]+){0,4}?)\s+(?:will|would|could|might|may)\b"
)
# a new clause on what fell after the figure: "destroyed one drone and debris caused a fire" (its impact is the
# debris', not the figure's)
DEBRIS_CLAUSE_AFTER = ascii_bounds(
    r"(?i)^\s*,?\s*(?:and|but|while|as)\s+(?:the\s+|its\s+|their\s+|falling\s+)?(?:debris|wreckage|fragments?|shrapnel)\b"
)
# what weapons did on impact is not a count of launches: "3 missiles hit a power plant"
IMPACT_AFTER = ascii_bounds(
    r"(?i)^\s*(?:[a-z][\w-]*\s+){0,2}?(?:hit|struck|fell|landed|exploded|crashed|damaged|caused|killed|injured|reached|got\s+through"
    # ("eight missiles and some 40 drones had evaded air defences": they got through)
    r"|evaded|penetrated|broke\s+through|got\s+past)\b"
    # ... also as a participle of the hit: "the attack came with two ballistic missiles hitting the centre"
    r"|^\s*(?:[a-z][\w-]*\s+){0,2}?(?:hitting|striking|slamming)\s+(?:the|a|an|its|their|into|residential|civilian)\b"
    # "five drones disabled a substation": the weapons as the subject of "disabled" (not "were disabled")
    r"|^\s*(?:also\s+)?disabled\s+(?:a|an|the|its|their|power|energy|electricity|several|some|#?\d)"
    # ... and of "destroyed" with a thing destroyed after it: "two drones destroyed an administrative building" ("12
    # drones destroyed overnight" is a downing's participle)
    r"|^\s*(?:also\s+)?destroyed\s+(?:an?\s+|(?:the|its|their)\s+(?:[a-z-]+\s+)?(?:building|house|home|warehouse|depot|plant"
    r"|station|substation|facility|bridge|school|hospital|office|hangar|tank|vehicle|car|roof|church)s?\b)"
    # an air force's count of the hits: "22 strike drones were recorded hitting 15 locations", "nine missiles were
    # registered striking targets"
    r"|^\s*(?:[a-z][\w-]*\s+){0,2}?(?:were|was|been)\s+(?:recorded|registered|reported|confirmed|seen)\s+(?:as\s+)?"
    r"(?:hitting|striking|impacting|landing)\b"
)
# a bare figure right after a verb of damage counts what was damaged, not weapons: "a missile destroyed a building
# and damaged seven more", "hit three others"
DAMAGED_BEFORE_BARE = ascii_bounds(
    r"(?i)\b(?:damaged|damaging|razed|flattened|hit|hitting|struck|striking)\s+(?:at\s+least\s+|another\s+|a\s+further\s+)?$"
)
# a figure that is the difference between two others: "189 more than the previous record", "12 fewer drones than"
DIFFERENCE_AFTER = ascii_bounds(r"(?i)^\s+(?:more|fewer|less)\s+(?:[\w'’-]+\s+){0,3}?than\b")
RATE_AFTER = ascii_bounds(
    r"(?i)^\s*(?:a|per|each|every)\s+(?:day|night|week|month|year)\b"
    # "launching about 100 drones at Ukraine every day"
    r"|^[^,;:.]{0,40}?\b(?:per|each|every)\s+(?:day|night|week|month|year)\b"
)
A_DAY_AFTER = ascii_bounds(r"(?i)^\s*a\s+(?:day|night|week|month|year)\s+(?:after|before|earlier|later|ago)\b")
# a weapon noun used as a modifier: "drone control points", "missile strikes", "drone operators"
NOUN_AS_MODIFIER = ascii_bounds(
    r"(?i)^[\s-]*(?:control|operators?|units?|launchers?|launch\s+sites?|depots?|warehouses?|storage|production"
    r"|factor(?:y|ies)|plants?|parts|components|engines|pilots|crews|teams|systems|carriers?|boats?|ships?"
    r"|strikes?|attacks?|debris|fragments|wreckage|alerts?|threats?|sites?|positions?|batter(?:y|ies)"
    r"|complex(?:es)?|installations?|vehicles?|brigades?|divisions?|battalions?|regiments?"
    # "21 drone incursions", "drone sightings": incidents, not weapons
    r"|incursions?|sightings?|violations?)\b"
)
SINGULAR_WEAPON_WORD = ascii_bounds(r"(?i)\b(?:missile|drone|rocket|uav|bomb|shahed)$")
COMPOUND_STRIKES_AFTER = ascii_bounds(
    r"(?i)^(?:\s+|-)(?:and|or|&)(?:\s+|-)(?:[\w-]+\s+){0,1}?[\w-]+(?:\s+|-)(?:strikes|attacks|airstrikes|raids|barrages)\b"
)
STRIKES_AFTER = ascii_bounds(r"(?i)^\s+(?:[\w-]+\s+){0,2}?(?:strikes|attacks|airstrikes|raids)\b")
# Numbers without a weapon noun that refer back to the last weapon figure.
ANAPHOR_AFTER = ascii_bounds(
    r"(?i)^\s+(?:out\s+)?of\s+(?:which|them|these|those)\b"
    # "six others were downed", "three more hit Kyiv", "the remaining 5", "nine each over ..." (not "one other
    # enterprise": a noun of its own after "other" counts that)
    r"|^\s+(?:others?|more|remaining|each)\s*(?:[.,;:)!?—–-]|$)"
    r"|^\s+(?:others?|more|remaining|each)\s+(?:were|was|had|have|has|are|is|be|been|of|in|over|above|near|on|at|from|by"
    r"|through|with|using|via|across|as|to|after|before|during|while|when|inside|into|within|towards?|against|for|between"
    r"|under|that|which|and|or|but|also|[a-z]+ly|[a-z]+ed|[a-z]+ing|hit|shot|struck|fell|flew|got|went|took|brought)\b"
    # "the largest number of aerial targets Russia had used, 741 in total"
    r"|^\s+in\s+total\b"
    r"|^\s+(?:were|was|had\s+been|have\s+been|has\s+been|are)\s+(?:\w+\s+){0,2}?(?:"
    + VERBS_INTERCEPTED + "|" + VERBS_LOST + r")\b"
)
# what a bare figure counts when it is not weapons: "seven other regions", "three more districts"
NOT_WEAPONS_AFTER = ascii_bounds(
    r"(?i)^\s+(?:other\s+|more\s+|different\s+|of\s+the\s+|of\s+its\s+)?(?:regions?|oblasts?|provinces?|districts?|areas?"
    r"|cities|towns|villages|settlements|locations|sites|directions|fronts?|people|civilians|children|homes|houses|buildings"
    # "most were downed, but 12 hits were recorded": the hits counted, never weapons (FACTS.md 4)
    r"|(?:direct\s+)?hits|impacts)\b"
)
# "shut all four of its major airports", "two of their power plants": a bare figure of a group someone owns, its
# noun no weapon's ("all 40 of its drones" stays a weapon figure)
OF_POSSESSED_AFTER = r"(?i)^\s+of\s+(?:its|their|his|her|our|the\s+(?:country|city|region)['’]s)\s+"
# ... and things the war damages or moves, counted in the same sentences as weapons ("12 vehicles were damaged and
# four destroyed", "all five boats were sunk"): ships and boats are never weapon counts (FACTS.md 4)
OTHER_THINGS_AFTER = ascii_bounds(
    r"(?i)^\s+(?:[a-z-]+\s+){0,2}?(?:vehicles|cars|trucks|buses|lorries|houses|homes|buildings|apartments|flats|garages"
    r"|outbuildings|structures|shops|stores|schools|kindergartens|hospitals|windows|boats|vessels|ships|tanks"
    r"|residents|soldiers|servicemen|troops|substations|warehouses)\b"
)
# a sentence opening on a reference back to an earlier total: "Of these, ...", "Of that number, ...", "... of them"
TYPE_AFTER = ascii_bounds(r"(?i)^\s+of\s+the\s+([\w/-]+(?:(?:,\s+|,?\s+and\s+)[\w/-]+)*)\s+types?\b")
# "five long-range missiles known as ATACMS", "drones called Lancets": the model named after the noun
NAMED_AS_AFTER = ascii_bounds(r"(?i)^\s+(?:known\s+as|called|dubbed|nicknamed)\s+(?:the\s+)?[\"“']?([\w/-]+)")
# "launched 12 missiles from an S-300 complex", "fired four missiles from Iskander launchers": the model of the launcher
# the missiles were fired from (not what shot them down: "with", "by", "using")
LAUNCHER_MODEL_AFTER = ascii_bounds(
    r"^\s+(?:[a-z]+\s+){0,2}?from\s+(?:the\s+|an?\s+)?((?:S|Iskander|Tochka|Tor|Buk)(?:-[\w]+)?)\s+"
    r"(?:[a-z-]+\s+){0,3}?(?:complex(?:es)?|systems?|launchers?)\b"
)
PARTICIPLE_AFTER = ascii_bounds(
    r"(?i)^\s+(?:" + VERBS_INTERCEPTED + "|" + VERBS_LOST + r"|lost)\b"
)
# (also "Among them, 17 were landed by the mobile fire teams": a part of the figure before, with a verb of its own)
ANTECEDENT_BEFORE = ascii_bounds(
    r"(?i)\bof\s+(?:these|those|them|that\s+number|this\s+number|the\s+total)\b|\bamong\s+(?:them|these|those)\s*,"
)
ANTECEDENT_AFTER = ascii_bounds(r"(?i)^\s+(?:out\s+)?of\s+(?:them|these|those)\b")
ANAPHOR_BEFORE = ascii_bounds(
    r"(?i)(?:\ball(?:\s+but)?\s+(?:of\s+)?(?:the\s+)?|\bthe\s+remaining\s+|\banother\s+|\bincluding\s+)$"
    r"|\b(?:of\s+(?:these|those|them|which|that\s+number|this\s+number|the\s+total)|among\s+them),?\s+(?:[\w'’-]+\s+){0,3}$"
    r"|\bthe\s+(?:other|remaining|last)\s+$"
)
# "air defenses destroyed 36." : a bare number right after an interception verb, ending its clause
ANAPHOR_AFTER_VERB = ascii_bounds(r"(?i)\b(?:" + VERBS_INTERCEPTED + r")\s+$")
# "... while Russia launched 47", "... had launched a total of 24": a launch verb right before a bare total
BARE_LAUNCH_BEFORE = ascii_bounds(r"(?i)\b(?:launched|fired|sent|used)\s+(?:a\s+total\s+of\s+|in\s+total\s+)?$")
ANAPHOR_ENDS_CLAUSE = r"^\s*(?:[.,;:)]|$|of\s+them\b|over\b|in\s+the\b|mostly\b|most\s+of\b)"
# Shaheds reported together with decoys ("Shahed attack drones and decoy drones", "of the Shahed type and
# drones of unidentified types") are a mixed figure with no single model
DECOY_WORDS = ascii_bounds(r"(?i)\b(?:decoys?|imitat\w*|dumm(?:y|ies)|simulators?)\b|\b(?:and|or)\s+other\b")
DECOYS_AFTER = ascii_bounds(
    r"(?i)^[^,;:]{0,50}?\b(?:and|plus)\s+(?:(?:[\w-]+\s+){0,2}?(?:decoys?|imitat\w*|dumm(?:y|ies)|simulators?)\b"
    r"|(?:drones|uavs)\s+of\s+(?:various|other|unidentified|unknown)\s+types?"
    # "Shahed drones and other types of drones", "Shaheds and other kinds of UAVs", "Shaheds and other drones"
    r"|(?:other|various)\s+(?:types?|kinds?)\s+of\b|other\s+(?:drones|uavs)\b)"
)
# a breakdown of the figure before: "184 weapons, among them 78 missiles", "148 weapons: three missiles,
# namely two Iskander-M", "537 means of air attack, of which 477 were drones"
BREAKDOWN_BEFORE = ascii_bounds(
    r"(?i)(?:\b(?:of\s+which|among\s+them|of\s+them|of\s+these|namely|in\s+particular|specifically"
    r"|comprising|consisting\s+of|including)|:|\s[-–—])\s*,?\s*$"
)
# "of which 477 were Shahed attack drones", "Ten of the missiles were hypersonic Kinzhals": the copula names
# what the part consisted of, so it is a launched sub-count of that weapon
# ("16 were Iskander-M and KN-23 ballistic missiles": up to four words before the noun)
COPULA_NOUN_AFTER = (
    r"(?i)^\s+(?:(?:out\s+)?of\s+(?:which|them|these|those)\s+)?(?:were|are)\s+((?:[\w'’-]+\s+){0,4}?(?:NOUNS))\b"
)
# a breakdown's header that names the weapons launched, with no figure, opening its sentence: "Of the missiles
# launched, 16 were Iskander-M ...", "Out of the drones Russia fired overnight, 40 were Shaheds"; its parts named
# by a copula are launched parts of that attack
LAUNCHED_HEADER_BEFORE = (
    r"(?i)^\s*[\"“]?\s*(?:out\s+)?of\s+(?:all\s+)?(?:the|those|these)\s+(?:[\w'’-]+\s+){0,2}?(?:NOUNS)\s+"
    r"(?:(?:that|which)\s+)?(?:[\w'’-]+\s+){0,2}?(?:launched|fired|used|sent)\b[^,;:.]{0,40},\s*(?:only\s+)?$"
)
# "the two that got through were Kinzhal missiles": the same, through a short relative clause
RELATIVE_COPULA_NOUN_AFTER = (
    r"(?i)^\s+(?:that|which)\s+(?:[\w'’-]+\s+){1,4}?(?:were|are)\s+((?:[\w'’-]+\s+){0,3}?(?:NOUNS))\b"
)
IMPACT_MODIFIER = ascii_bounds(r"(?i)\b(?:hit|struck|reached|damaged)\b")
PEOPLE_PART_AFTER = ascii_bounds(
    r"(?i)^\s+(?:out\s+)?of\s+(?:them|these|those|whom)\s+(?:[a-z]+\s+)?(?:children|civilians|people|women|men|minors"
    r"|teenagers|rescuers|police\w*|soldiers|servicem[ae]n|medics|journalists|workers|babies|infants|girls|boys)\b"
)
# a weapons sale or purchase named before the figure in its sentence: "to pay for $600 million worth of arms,
# including 2,000 ... missiles", "a foreign military sale of 400 missiles" (weapons bought, never fired)
ARMS_SALE_BEFORE = ascii_bounds(
    r"(?i)\b(?:worth\s+of\s+(?:[\w-]+\s+){0,2}?(?:weapons|arms|munitions|equipment|weaponry|missiles)|(?:weapons?|arms)\s+sales?"
    r"|foreign\s+military\s+(?:sales?|financing)|(?:possible|proposed|approved)\s+sale\s+of)\b"
)
FLEW_AWAY_AFTER = ascii_bounds(
    # (also in the speaker's quoted words: 'the last one "returned to Russia"')
    r"(?i)^\s+(?:more\s+|other\s+|others\s+)?[\"“‘']?(?:had\s+|have\s+)?(?:flew|flown|returned|left|headed|went)\s+"
    # (towards a neighbour only: "five drones headed towards the capital were downed" were on their way in)
    r"(?:back|away|to\s+(?:russia|belarus|moldova)|towards?\s+(?:the\s+)?(?:russia|belarus|moldova|russian|belarusian|border)\b"
    r"|into\s+(?:russia|belarus|moldova)|(?:the\s+|ukrainian\s+)?airspace"
    # ("one drone returned to the Russian territory", "went back to the territory of Belarus")
    r"|(?:to|into)\s+(?:the\s+)?(?:(?:russian|belarusian)\s+(?:territory|side|airspace)|territory\s+of\s+(?:russia|belarus)))"
)
AID_LIST_SENTENCE = ascii_bounds(
    r"(?i)\b(?:package|aid|assistance|delivery|shipment|donation)\s+(?:also\s+)?(?:includes|included|contains|comprises"
    r"|consists|will\s+include)\b"
)
LAUNCHERS_AND = ascii_bounds(r"(?i)\b(?:launchers?|launch\s+systems?|systems?|vehicles?)\s+(?:and|with|plus)\b")
# figures about what hit the ground are not launches: "hits by 25 UAVs were recorded", "debris fell at five more"
# (also "burned down after the fall of one of the missiles": where a weapon came down, no count of downings)
IMPACT_CLAUSE = ascii_bounds(
    r"(?i)\b(?:(?:hits|(?:a|the|direct)\s+hit)\s+(?:by|from|of)|impacts?|debris|wreckage|fragments?|the\s+fall\s+of)\b"
)
# the target as the subject of a hit: "the region was hit by ten S-300 missiles", "Dnipro was struck overnight by two
# missiles", "infrastructure was pounded by more than 12 missiles" count the weapons that hit, no launch (FACTS.md 4:
# hits are not launches; "was attacked by", "was targeted with" stay the attack's weapons, and so does the attacker's
# "Russia struck Kharkiv with two drones")
HIT_BY_BEFORE = ascii_bounds(
    r"(?i)\b(?:was|were|been|being|is|are|got|get)\s+(?:[a-z]+ly\s+)?(?:hit|struck|pounded)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:by|with)\s+(?:[\w'’-]+\s+){0,3}?$"
)
# "126 UAVs were downed over the Kursk region and 91 over the Moscow region": a bare figure after a
# weapon figure, with its verb elided, placed by "over"
# What stands between "over"/"above"/"in" and a place's name, said once for every list rule below: "the", "the
# territory of", "the waters of the", "the city of", up to two words describing the place ("the southern Voronezh
# region", "the surrounding Moscow region", "the annexed Crimean peninsula") or "the border region of Kursk"
# (a name that is a day, a month or a holiday is no place: `NO_PLACE_AFTER`)
_REGION_DESCRIBED = r"(?:(?:[a-z]+|Russian|Ukrainian)\s+){0,3}?(?:region|oblast|province)\s+of\s+"
_PLACE_LEAD = (
    r"(?:the\s+)?(?:(?:territor(?:y|ies)|waters|sk(?:y|ies)|airspace)\s+(?:of|over)\s+(?:the\s+)?)?"
    r"(?:(?:city|republic|port\s+city)\s+of\s+)?"
    r"(?:" + _REGION_DESCRIBED + r"|(?:(?:[a-z][a-z-]+|Russian|Ukrainian|Russia['’]s|Ukraine['’]s)\s+){0,2}?)"
)
# "over the past day", "over the weekend", "over the New Year holidays", "in March": a time, not a place
# a day, a month or a holiday: a time, never a place
TIME_NAMES = (
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August"
    r"|September|October|November|December|New\s+Year|Christmas|Easter"
)
NO_PLACE_AFTER = ascii_bounds(
    r"^\s+(?:over|above|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:past|last|next|previous|following|weekend|night|course"
    r"|period|" + TIME_NAMES + r")\b"
)
# what joins the items of a list: a comma, colon or semicolon, "and", a dash (plain too), "namely", "followed by",
# "as well as", "plus"; then maybe "another"/"a further" ("eight over the Black Sea and another eight over Crimea")
_JOINER = (
    r"(?:[,:;](?:\s*and)?|\band|\s[-–—]|\bnamely|\bfollowed\s+by|\bas\s+well\s+as|\bplus)"
    r"(?:\s+(?:another|a\s+further|further))?\s*$"
)
# a place and, maybe, a short description of it after a comma, up to the joiner: "over the Kaluga region, just
# south of the capital, and ..."
_PLACE_TO_JOINER = r"[A-Z][^,;:]*(?:,\s+[a-z][^,;:]{0,50})?" + _JOINER
ELIDED_PLACE_AFTER = r"^\s+(?:over|above)\s+" + _PLACE_LEAD + r"[A-Z]"
# A figure stated for several places at once, "each" over a coordination of places: "four each over the Penza and
# Tambov regions", "one UAV each over the regions of Astrakhan, Belgorod and Kaluga", "3 UAVs each over the Belgorod
# region and the Republic of Kalmykia", "one each over the territories of the Republic of Crimea, Oryol and Kursk
# regions", "one each over the Ulyanovsk and Kursk regions and the Black Sea", "one each in the Tver region,
# northwest of Moscow, and the Ivanovo region". The coordination names two places at least (commas, then "and"):
# "four missiles each over the Black Sea" distributes over something else, "two drones each night" names no place.
# One place: "the", a name of one or two words ("Black Sea"), maybe "of" a name ("Republic of Crimea", "Sea of
# Azov"), maybe its kind ("region", "Oblast", "Territory"); a place may be described after a comma ("northwest of
# Moscow") when another place follows.
_EACH_ONE_PLACE = (
    r"(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]+)?"
    r"(?:\s+(?:[Rr]egions?|[Oo]blasts?|[Tt]erritor(?:y|ies)|[Kk]rais?|[Pp]rovinces?))?"
)
_EACH_DESCRIBED = r"(?:,\s+(?:[a-z]+(?:-[a-z]+)?\s+){1,3}(?:of|from)\s+[^,;:.]{1,40}?)?"
EACH_PLACES = (
    # (the regions described before their kind: "the Russian frontier regions of Bryansk and Kursk")
    r"(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:territor(?:y|ies)|waters|skies|airspace|regions|oblasts|provinces)\s+(?:of|over)\s+)?"
    + _EACH_ONE_PLACE
    + r"(?:(?:" + _EACH_DESCRIBED + r",\s+" + _EACH_ONE_PLACE + r")*"
    + _EACH_DESCRIBED + r",?\s+and\s+" + _EACH_ONE_PLACE + r")+"
)
# ... after the figure (and its noun): "each", maybe its verb ("eight each were destroyed over ..."), then "over",
# "above" or "in" and the places (a month, a day or a holiday is no place: `NOT_EACH_PLACE`)
EACH_PLACES_AFTER = ascii_bounds(
    r"^\s+each\s+(?:(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+){0,2}?)?(?:over|above|in)\s+(" + EACH_PLACES + r")"
)
# ... nor is a figure of people: "killing two each in Kharkiv and Sumy"
CASUALTY_VERB_BEFORE = ascii_bounds(
    r"(?i)\b(?:kill\w*|injur\w*|wound\w*|hurt\w*|hospitali[sz]\w*|dead|died)\s+"
    r"(?:(?:at\s+least|about|around|some|nearly|almost|over|more\s+than)\s+)?$"
)
NOT_EACH_PLACE = ascii_bounds(r"\b(?:" + TIME_NAMES + r")\b")
# the pieces of a coordination of places: a lead ("the territories of"), the joiners, a place's kind
_EACH_LEAD = re.compile(
    r"^(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(territor(?:y|ies)|waters|skies|airspace|regions|oblasts|provinces)\s+(?:of|over)\s+)?"
)
_EACH_JOINER = re.compile(r",?\s+and\s+|,\s+")
_EACH_KIND = re.compile(r"\s+(regions?|oblasts?|territor(?:y|ies)|krais?|provinces?)$", re.IGNORECASE)
_KIND_SINGULAR = {"regions": "region", "oblasts": "oblast", "territories": "territory", "krais": "krai", "provinces": "province"}


def each_place_names(coordination: str) -> list[str]:
    """The places of a coordination read by `EACH_PLACES`, one name each: a place with its kind of its own or
    shared ("the Rostov and Saratov regions", "the regions of Astrakhan and Belgorod") is "<name> <kind>" ("Rostov
    region"); a place named with "of" ("the Republic of Crimea", "the Sea of Azov") or alone ("Crimea") as written;
    a description after a comma ("northwest of Moscow") is no place."""
    lead = _EACH_LEAD.match(coordination)
    shared = _KIND_SINGULAR.get(lead.group(1)) if lead and lead.group(1) in ("regions", "oblasts", "provinces") else None
    names: list[str | None] = []
    kinds: list[str | None] = []
    for piece in _EACH_JOINER.split(coordination[lead.end() if lead else 0 :]):
        piece = re.sub(r"^the\s+", "", piece.strip())
        if not piece[:1].isupper():
            continue
        kind = _EACH_KIND.search(piece)
        name = piece[: kind.start()] if kind else piece
        if kind and kind.group(1).lower() in _KIND_SINGULAR:
            # a plural kind is shared by the bare names before it: "the Oryol and Kursk regions"
            plural = _KIND_SINGULAR[kind.group(1).lower()]
            for i in range(len(names) - 1, -1, -1):
                if kinds[i] is not None or " of " in names[i]:
                    break
                kinds[i] = plural
            names.append(name)
            kinds.append(plural)
            continue
        names.append(name)
        kinds.append(kind.group(1).lower() if kind else (None if " of " in name else shared))
    return [f"{n} {k}" if k else n for n, k in zip(names, kinds, strict=True)]


# ... and the figure before it was placed the same way: "12 over the Bryansk region, 8 over ..."
# (an Oxford comma too: "..., 24 over the Bryansk Region, and one over ...")
# (an item with "each": "five each over the Oryol and Tula regions, seven over Crimea"; an item's part headed for a
# city: "four over Moscow Oblast, including one headed for Moscow, five over ...")
ELIDED_PLACE_BEFORE = ascii_bounds(
    r"^\s+(?:(?:out\s+)?of\s+(?:them|which|these)\s+|each\s+)?(?:over|above)\s+" + _PLACE_LEAD + _PLACE_TO_JOINER
    # "five each over the Oryol, Tula and Penza regions, seven over Crimea": an "each" item naming several places
    + r"|^\s+each\s+(?:over|above|in)\s+" + EACH_PLACES + _EACH_DESCRIBED + r"\s*,(?:\s*and)?\s*$"
    # (an "and" alone too: "among them one flying towards Moscow and 16 over the Tver region")
    r"|^\s+(?:(?:reportedly\s+|allegedly\s+|apparently\s+)?(?:headed|heading|flying|bound)\s+(?:for|to|towards?)\s+[A-Z][\w'’-]*|[A-Z][\w'’-]*-bound)\s*(?:,(?:\s*and)?|\s+and)\s*$"
)
# ... or the figure before it had its own verb (and noun) before its place: "30 were downed over the Belgorod
# region, 27 over ...", "six were eliminated over the Kursk border region and four over ...", "14 UAVs were
# destroyed or suppressed by electronic warfare in Oryol Oblast, six in Tula Oblast", "29 drones — neutralized over
# Belgorod Region, followed by 14 over ..." ("three of which were over the Voronezh region, two over ...")
ELIDED_PASSIVE_PLACE_BEFORE = ascii_bounds(
    r"^\s*(?:[-–—]\s+)?(?:of\s+(?:which|them)\s+)?(?:[a-z][\w-]*\s+){0,8}?(?:over|above|in)\s+" + _PLACE_LEAD + _PLACE_TO_JOINER
)
# "destroyed 28 UAVs over the Bryansk region, 2 UAVs over ...": the first item, its verb before the figure
ACTIVE_PLACE_AFTER = r"^\s+(?:over|above)\s+" + _PLACE_LEAD + r"[A-Z][^,;:]*(?:,(?:\s*and)?|\band)\s*$"
# "23 drones were shot down over the Tambov region, ...": the first item of a list of places with its passive,
# or its bare participle ("eight drones shot down over Mykolaiv Oblast, and three drones over ...")
PASSIVE_PLACE_AFTER = (
    r"^\s+(?:(?:were|was|had\s+been|have\s+been)\s+(?:[a-z]+(?:\s+down)?\s+)?"
    r"|(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed|eliminated)\s+)"
    r"(?:over|above)\s+" + _PLACE_LEAD + r"[A-Z][^,;:]*(?:,(?:\s*and)?|\band)\s*$"
)
# the parts of a total by place: "including 21 over the Volgograd region", "including seven in the Moscow
# region and 22 in the Ryazan region"
# (the region may be described before its name: "17 in the southeastern Russian region of Krasnodar", "12 over the
# border region of Kursk")
INCLUDED_PLACE = ascii_bounds(
    r"^\s+(?:over|above|in)\s+" + _PLACE_LEAD
    + r"([A-Z][\w'’-]+(?:\s+(?:Sea|of\s+[A-Z][\w'’-]+))?(?:\s+[Rr]egion)?)\b"
)
# the place of a list's first item, its verb before it: "18 UAVs were destroyed or jammed ... in Bryansk Oblast, ..."
FIRST_ITEM_PLACE = ascii_bounds(
    r"^\s+(?:[-–—]\s+)?(?:[a-z][\w-]*\s+){1,8}?(?:over|above|in)\s+" + _PLACE_LEAD
    + r"([A-Z][\w'’-]+(?:\s+(?:Sea|of\s+[A-Z][\w'’-]+))?(?:\s+[Rr]egion)?)\b"
)
# ... and the next part after one: "..., 16 over the Azov Sea and 12 over ..."
ELIDED_IN_PLACE_BEFORE = ascii_bounds(r"^\s+(?:in|over|above)\s+" + _PLACE_LEAD + _PLACE_TO_JOINER)
# a list of places opened by a sentence whose subject is the weapons, the list after a colon: "The downed drones
# were distributed across the regions: 12 over ..., 8 in ...", "The UAVs were destroyed over these regions: ..."
# (or after a comma, the weapons all downed: "all drones were shot down, three over the Oryol region and one in ...")
# a sentence going on with the one before ("It was added that ...", "The ministry also added that ...")
_ADDED_THAT = (
    r"^\W*(?:it\s+was\s+(?:also\s+)?added|(?:the\s+)?(?:ministry|statement)\s+(?:also\s+)?added|it\s+(?:also\s+)?added)"
    r"\s+that"
)
ADDED_THAT_OPENING = ascii_bounds(r"(?i)" + _ADDED_THAT + r"\b")
PLACE_LIST_HEADER = ascii_bounds(
    r"(?i)(?:\b(?:drones|uavs|unmanned\s+aerial\s+vehicles|missiles|air\s+targets|aerial\s+targets)\s+"
    r"(?:were|was|have\s+been|had\s+been)\s+(?:[a-z]+\s+){0,2}?(?:distributed|spread|broken\s+down|"
    + VERBS_INTERCEPTED + r")\b[^.;:\d]*:\s*$"
    # ... or a sentence going on with the list of the one before: 'It was added that "three over the Lipetsk Region, ...'
    r"|" + _ADDED_THAT + r"\s*[\"“]?\s*$"
    # ("all devices were shot down, three over ...": the translated ministry's word for its drones)
    r"|\ball\s+(?:the\s+|of\s+the\s+)?(?:drones|uavs|missiles|devices)\s+(?:were|had\s+been|have\s+been)\s+(?:"
    + VERBS_INTERCEPTED + r")\s*,\s*$)"
)
# the item before placed by "in", "over" or "above", an Oxford comma too: "..., 8 in Bryansk Oblast, and 2 in ..."
ITEM_PLACED_BEFORE = ELIDED_IN_PLACE_BEFORE
# a figure placed "in" a named region: "in Kyiv Oblast", "in the northern Zhytomyr Oblast", "in the Kursk region"
# (or in an air command's direction, as Ukrainian spokesmen place downings: "4 in the Chernihiv direction")
IN_REGION_AFTER = ascii_bounds(
    r"^\s+in\s+" + _PLACE_LEAD + r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:[Oo]blast|[Rr]egion|[Kk]rai|[Pp]rovince|[Tt]erritory"
    r"|[Dd]irection)\b"
)
# ... or by its name alone, ending the list: "... and one in Voronezh."
IN_NAME_ENDING_LIST = ascii_bounds(
    r"^\s+in\s+[A-Z][\w'’-]+\s*(?:[.;]|[,\"”’']+\s*(?:the|it|he|she|they|according)\b|[\"”’']?\s*$)"
)
# a figure of people placed "in" a region: "two killed in the Kherson region, three in ..." (never a list of weapons)
PEOPLE_AFTER_PLACE = ascii_bounds(
    r"(?i)^[^,;:.]*?\b(?:killed|killing|injur\w*|wound\w*|dead|died|hurt|casualt\w*|hospitali[sz]ed|people|civilians"
    r"|residents|children)\b"
)
# a bare figure of aircraft: "two fighter jets", "three Su-25 attack aircraft", "a helicopter" (never a weapon count)
AIRCRAFT_AFTER = ascii_bounds(
    r"(?i)^\s+(?:[\w-]+\s+){0,2}?(?:jets?|aircraft|planes?|warplanes?|helicopters?|fighters?|bombers?)\b"
)
# an item's part on its way to a city, after "including": "..., including two drones flying toward Moscow, ..."
ITEM_PART_HEADED_AFTER = ascii_bounds(
    # (hedged too: "including 34 allegedly heading for Moscow,")
    r"^\s+(?:(?:reportedly\s+|allegedly\s+|apparently\s+)?(?:headed|heading|flying|bound)\s+(?:for|to|towards?)\s+[A-Z][\w'’-]*"
    r"|[A-Z][\w'’-]*-bound)\s*,(?:\s*and)?\s*$"
)
HEADING_PART_AFTER = ascii_bounds(
    r"(?i)^\s+(?:of\s+them\s+)?(?:reportedly\s+|allegedly\s+)?(?:directly\s+)?(?:heading|flying)\s+(?:directly\s+)?"
    r"(?:toward|towards|to)\b"
)
# a month after "in" is no place: "12 over Kursk and 3 in March"
MONTH_AFTER_IN = r"^\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
# what a noun phrase named by a copula must not hold: "of which 3 were carrying drones" describes something else
MODIFIER_STOP_WORDS_BOUNDED = ascii_bounds(MODIFIER_STOP_WORDS)
ING_WORD = ascii_bounds(r"(?i)\b[a-z]+ing\b")
# which earlier model "seven of the ballistic missiles" refers to (read from the lower-cased phrase)
BALLISTIC_OR_CRUISE = ascii_bounds(r"\b(ballistic|cruise)\b")
# a sentence up to the last word that opens a clause of its own: the verb after it is the figure's sentence verb
SENTENCE_UP_TO_LAST_CLAUSE_WORD = ascii_bounds(r"(?i)^.*\b(?:while|but|whereas|although|though|which|that|said|says|who)\b")
# a reporting clause and all after it: a passive there is another figure's
REPORTING_CLAUSE_ON = ascii_bounds(r"(?i)\b(?:said|says|claiming|claimed|adding|added)\b.*$")


def _tail_words(text: pl.Expr, n: int) -> pl.Expr:
    """The last `n` words of `text` and what follows them."""
    return text.str.extract(rf"((?:\S+\s+){{0,{n}}}\S*\s*)$")


# Wherever these are used the mentions of one sentence (`row_id`) are contiguous and in mention order, so
# a plain shift with a same-sentence check does what `.over("row_id", order_by="mention_idx")` would, at a
# fraction of the cost of a window.
def prev_in_row(expr: pl.Expr, fill: bool | None) -> pl.Expr:
    return pl.when(pl.col("row_id").shift(1) == pl.col("row_id")).then(expr.shift(1)).otherwise(pl.lit(fill))


def next_in_row(expr: pl.Expr, fill: bool | None) -> pl.Expr:
    return pl.when(pl.col("row_id").shift(-1) == pl.col("row_id")).then(expr.shift(-1)).otherwise(pl.lit(fill))


def earlier_in_row(flag: pl.Expr) -> pl.Expr:
    """True where an earlier mention of the same sentence has `flag`."""
    return (pl.when(flag).then(pl.col("row_id")).shift(1).forward_fill() == pl.col("row_id")).fill_null(False)


def ffill_in_row(expr: pl.Expr) -> pl.Expr:
    """`expr` forward-filled within its sentence only."""
    owner = pl.when(expr.is_not_null()).then(pl.col("row_id")).forward_fill()
    return pl.when(owner == pl.col("row_id")).then(expr.forward_fill())


@lru_cache(maxsize=1)
def _number_of_pattern() -> str:
    """ "... at 40", "... rose to 40", "... reached 61", "The total number of drones launched was 112": the noun."""
    # ("... was a record 267", "... reached a new record of 728": the figure after a record's words)
    return (
        r"(?i)\bnumber\s+of\s+(?:[\w'’-]+\s+){0,2}?(" + noun_pattern() + r")\b[^.;]*?\b(?:at|to|reached|was|totall?ed)\s+"
        r"(?:a\s+(?:new\s+)?record(?:\s+high)?(?:\s+of)?\s+)?$"
    )


@lru_cache(maxsize=1)
def _copula_patterns() -> tuple[str, str]:
    """COPULA_NOUN_AFTER and RELATIVE_COPULA_NOUN_AFTER with the weapon nouns filled in."""
    return (
        ascii_bounds(COPULA_NOUN_AFTER.replace("NOUNS", noun_pattern())),
        ascii_bounds(RELATIVE_COPULA_NOUN_AFTER.replace("NOUNS", noun_pattern())),
        ascii_bounds(LAUNCHED_HEADER_BEFORE.replace("NOUNS", noun_pattern())),
    )


def figure_cues(m: pl.DataFrame) -> pl.DataFrame:
    """The words right around each figure that the stages below read: its noun phrase, "the number of
    <noun> ... at N", "all", "all but", "including", "N each over <places>", and the last words of its clause."""
    phrase = pl.concat_str([pl.col("modifiers").fill_null(""), pl.col("noun").fill_null("")], separator=" ")
    return m.with_columns(
        phrase.alias("phrase"),
        pl.col("noun").is_not_null().alias("has_noun"),
        pl.col("pre").str.extract(_number_of_pattern()).alias("number_of_noun"),
        pl.col("pre").str.contains(r"(?i)\ball\s+(?:of\s+)?(?:the\s+)?$").alias("all_flag"),
        # "all 18 missiles" names its own count ("all of them", normalised to "all 0 of them", does not)
        (pl.col("pre").str.contains(r"(?i)\ball\s+(?:of\s+)?(?:the\s+)?$") & (pl.col("count") > 0)).alias("_all_counted"),
        pl.col("pre").str.contains(r"(?i)\ball\s+but\s+$").alias("all_but"),
        pl.col("pre").str.contains(r"(?i)\bincluding\s+$").alias("including"),
        # "N each over <places>": the coordination of places (`EACH_PLACES_AFTER`), split into places by
        # `each_place_names`
        pl.col("post").str.extract(EACH_PLACES_AFTER).alias("each_places"),
    ).with_columns(
        pl.when(
            ~pl.col("each_places").str.contains(NOT_EACH_PLACE)
            # "killing two each in Kharkiv and Sumy": people, not weapons
            & ~pl.col("pre").str.contains(CASUALTY_VERB_BEFORE)
        )
        .then(pl.col("each_places"))
        .alias("each_places"),
        # the verb must be in the same clause: "Of the 40 drones launched, 36 were destroyed"
        # (nor across "including" without its comma: "shot down all 18 missiles fired overnight including six
        # hypersonic missiles" -- "fired" is the total's participle, and the part shares the total's verb)
        _tail_words(
            pl.col("pre").str.extract(r"([^,;:]*)$").str.replace(r"(?i)^.*\b(?:including|among\s+them)\s+", ""), 5
        ).alias("pre_tail"),
    )


def parts_named_by_a_copula(m: pl.DataFrame) -> pl.DataFrame:
    """Partitives and parts named by a copula: "of which 477 were Shahed drones", "Ten of the missiles were
    Kinzhals", "the two that got through were Kinzhals". Such a part takes the copula's noun (`copula`,
    `phrase`, `noun`, `has_noun`); standing alone it says what was launched (`copula_launched`); one that refers
    to the total an earlier sentence began with ("Of these, 45 were Shahed drones") is `_back_copula`."""
    relative_copula = ~pl.col("has_noun") & pl.col("pre").str.contains(r"(?i)\bthe\s+$")
    copula_noun_after, relative_copula_noun_after, launched_header_before = _copula_patterns()
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
    earlier_weapon = earlier_in_row(pl.col("has_noun"))
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
    # sentence began with, named by the copula; it takes that total's type (`fact_type`)
    back_copula = (
        copula_names_noun
        & ~pl.col("has_noun")
        & ~earlier_weapon
        & (pl.col("pre").str.contains(ANTECEDENT_BEFORE) | pl.col("post").str.contains(ANTECEDENT_AFTER))
    )
    # "Of the missiles launched, 16 were Iskander-M ballistic missiles": the first part after a header naming the
    # weapons launched
    header_copula = (
        copula_names_noun & ~pl.col("has_noun") & ~earlier_weapon & pl.col("pre").str.contains(launched_header_before)
    )
    copula = copula | back_copula | header_copula
    # Its type: a part of a figure stated in the sentence shares that figure's type ("shot down 40
    # missiles; ten of them were Kinzhals"); standing alone ("Ten of the missiles were Kinzhals"),
    # naming what got through, or after a header of the weapons launched, it says what was launched.
    copula_launched = copula & ((pl.col("of_ref").is_not_null() & ~earlier_weapon) | relative_copula | header_copula)
    # "..., of which 477 were drones and 60 were missiles", "16 were ballistic missiles, while 14 were Kh-101 cruise
    # missiles": the next part of the same breakdown, read as the part before it was
    next_part = (
        copula_names_noun
        & ~pl.col("has_noun")
        & pl.col("pre").str.contains(r"(?i)(?:,|\band|,?\s+(?:while|whereas))\s*$")
        & prev_in_row(pl.col("_copula"), False)
    )
    return with_columns_once(
        m,
        copula.alias("_copula"), copula_launched.alias("copula_launched"), copula_phrase.alias("_copula_phrase"),
        back_copula.alias("_back_copula"),
    ).pipe(
        with_columns_once,
        (pl.col("_copula") | next_part).alias("copula"),
        (pl.col("copula_launched") | (next_part & prev_in_row(pl.col("copula_launched"), False))).alias("copula_launched"),
        (pl.col("_back_copula") | (next_part & prev_in_row(pl.col("_back_copula"), False))).alias("_back_copula"),
    ).with_columns(
        pl.when(pl.col("copula")).then(pl.col("_copula_phrase")).otherwise(pl.col("phrase")).alias("phrase"),
        pl.when(pl.col("copula"))
        .then(pl.col("_copula_phrase").str.extract(ascii_bounds(r"(?i)(" + noun_pattern() + r")$")))
        .otherwise(pl.col("noun"))
        .alias("noun"),
        (pl.col("has_noun") | pl.col("copula")).alias("has_noun"),
    )


def place_lists(m: pl.DataFrame) -> pl.DataFrame:
    """Lists of places with the verb elided: which figures are items of one (`in_place_list`, a regional
    subset whoever the attacker). "126 UAVs were downed over Kursk and 91 over Moscow", "25 UAVs: 12 over the
    Bryansk region, 8 over the Kursk region and 5 over ...", "including seven in the Moscow region and 22 in
    the Ryazan region", "22 drones: 9 UAVs over the Oryol region, 7 UAVs over ..."."""
    # The list rules go on from one figure to the next, a few passes each; the regex tests are
    # computed once as columns and each pass is materialised, so no pass repeats the ones before it
    # (eager frames get no common-subexpression pass: a loop over expressions would double their cost per pass).
    no_place = pl.col("post").str.contains(NO_PLACE_AFTER)
    m = m.with_columns(
        earlier_in_row(pl.col("has_noun")).alias("_earlier_noun_in_row"),
        (pl.col("post").str.contains(ELIDED_PLACE_AFTER) & ~no_place).alias("_post_over_place"),
        pl.col("pre").str.contains(ELIDED_PLACE_BEFORE).alias("_pre_over_place"),
        # "including 21 over ...", "the 47 drones taken down overnight included 17 in ..."
        pl.col("pre").str.contains(r"(?i)\b(?:including|included|includes)\s+$").alias("_pre_including"),
        (pl.col("post").str.contains(INCLUDED_PLACE) & ~no_place).alias("_post_included_place"),
        # the figure before was itself placed, its own verb before its place, and a joiner follows:
        # "six were eliminated over the Kursk border region and ...", "18 UAVs were destroyed ... in Bryansk
        # Oblast, ..."
        pl.col("pre").str.contains(ELIDED_PASSIVE_PLACE_BEFORE).alias("_pre_placed_with_verb"),
    )
    earlier_noun_in_row = pl.col("_earlier_noun_in_row")
    # "shot down two missiles and two fighter jets — one over A and one over B": after a figure of aircraft the
    # list's items are the aircraft's, not the weapons'
    counted = pl.when(pl.col("has_noun")).then(pl.lit("weapon")).when(pl.col("post").str.contains(AIRCRAFT_AFTER)).then(pl.lit("aircraft"))
    m = m.with_columns(prev_in_row(ffill_in_row(counted), None).alias("_last_counted"))
    after_aircraft = pl.col("_last_counted").fill_null("") == "aircraft"
    # The one statement of a list of places: a bare figure followed by its place ("over"/"above" and a named place,
    # or "in" and a named region), joined to the figure before it (a comma, "and", a dash, "followed by", ...), is
    # an item of that figure's list when the figure before counts weapons (it names them, or refers back to them:
    # "nine were eliminated over ...") and was placed itself, or when it names the weapons right before the list
    # ("5 missiles — three over ..."). Items of people ("two killed in ...") are never weapons.
    own_place = (pl.col("_post_over_place") | (pl.col("post").str.contains(IN_REGION_AFTER) & ~no_place)) & ~pl.col(
        "post"
    ).str.contains(PEOPLE_AFTER_PLACE)
    counts_weapons_before = prev_in_row(
        pl.col("has_noun") | pl.col("post").str.contains(ANAPHOR_AFTER) | pl.col("pre").str.contains(ANAPHOR_BEFORE), False
    )
    elided = (
        ~after_aircraft
        & ~pl.col("has_noun")
        & own_place
        & pl.col("pre").str.contains(_JOINER)
        & (
            # "..., namely 16 over the Kursk region, 12 over ...", "5 missiles — three over ..."
            (prev_in_row(pl.col("has_noun"), False) & pl.col("_post_over_place"))
            | (counts_weapons_before & pl.col("_pre_placed_with_verb"))
            | (earlier_noun_in_row & pl.col("_pre_over_place"))
            # "The drones were neutralised 29 over the Krasnodar region, 20 over ..." (a bracketed list rewritten)
            | (
                prev_in_row(pl.col("pre").str.contains(ANAPHOR_AFTER_VERB) & pl.col("_post_over_place"), False)
                & pl.col("_pre_over_place")
            )
        )
    )
    # "shot down 4 missiles in Lviv Oblast, three in the western Volyn Oblast, and one in ...": a bare figure
    # placed "in" a named region right after a weapon figure placed the same way
    # (the last item may name its region by the name alone: "destroyed 29 drones in the Kursk region and one in Lipetsk")
    elided = elided | (
        ~after_aircraft
        & ~pl.col("has_noun")
        & (
            pl.col("post").str.contains(IN_REGION_AFTER)
            | (
                pl.col("post").str.contains(IN_NAME_ENDING_LIST)
                & ~pl.col("post").str.contains(NO_PLACE_AFTER)
                & ~pl.col("post").str.contains(MONTH_AFTER_IN)
            )
        )
        & pl.col("pre").str.contains(ITEM_PLACED_BEFORE)
        & prev_in_row(pl.col("has_noun") & pl.col("post").str.contains(IN_REGION_AFTER), False)
    )
    # "including seven in the Moscow region and 22 in the Ryazan region": a part placed by "in" and the next
    m = m.with_columns(elided.alias("_elided"), (pl.col("_pre_including") & pl.col("_post_included_place")).alias("_included_placed"))
    next_in_place = ~pl.col("has_noun") & pl.col("_post_included_place") & pl.col("pre").str.contains(ELIDED_IN_PLACE_BEFORE)
    m = m.with_columns(next_in_place.alias("_next_in_place"))
    for _ in range(2):
        m = m.with_columns(
            (pl.col("_included_placed") | (pl.col("_next_in_place") & prev_in_row(pl.col("_included_placed"), False)))
            .alias("_included_placed")
        )
    m = m.with_columns((pl.col("_elided") | (pl.col("_included_placed") & ~pl.col("_pre_including"))).alias("_elided"))
    # "The downed drones were distributed across the regions: 12 over the Rostov region, ...": the list's first
    # item after a header whose subject is the weapons (they were named, with their figure, in an earlier sentence)
    header_item = (
        ~pl.col("has_noun")
        & ~earlier_noun_in_row
        & pl.col("_post_included_place")
        & ~pl.col("post").str.contains(MONTH_AFTER_IN)
        & pl.col("pre").str.contains(PLACE_LIST_HEADER)
    )
    m = m.with_columns((pl.col("_elided") | header_item).alias("_elided"), header_item.alias("_place_header"))
    # "11 drones were downed before midnight and 29 after midnight", "32 of them after midnight and 13 late on
    # Saturday", "52 on the night of May 3-4 and 36 more the following day": the night's count split by the hour, the
    # bare second part after "and" named by its time as the first one is
    time_split = (
        ~after_aircraft
        & ~pl.col("has_noun")
        & pl.col("pre").str.contains(TIME_SPLIT_BEFORE)
        & pl.col("post").str.contains(TIME_SPLIT_AFTER)
        & prev_in_row(pl.col("post").str.contains(TIME_SPLIT_IN_PREVIOUS), False)
        & counts_weapons_before
    )
    m = m.with_columns(
        (pl.col("_elided") | time_split).alias("_elided"), (time_split | next_in_row(time_split, False)).alias("_time_split")
    )
    # ... and the list goes on from there: "..., 27 over the Saratov region and 24 over the Voronezh region"; an
    # item may switch to "in" ("31 were downed over the Bryansk region, 17 over the Oryol region and 10 in the
    # Moscow region")
    goes_on = (
        ~after_aircraft
        & ~pl.col("has_noun")
        & ~pl.col("post").str.contains(PEOPLE_AFTER_PLACE)
        & ((pl.col("_post_over_place") & pl.col("_pre_over_place")) | (
            pl.col("_post_included_place")
            & ~pl.col("post").str.contains(MONTH_AFTER_IN)
            & pl.col("pre").str.contains(ITEM_PLACED_BEFORE)
        ))
    )
    for _ in range(4):
        m = m.with_columns((pl.col("_elided") | (goes_on & prev_in_row(pl.col("_elided"), False))).alias("_elided"))
    # the items of a list of places may name the noun again: "22 drones: 9 UAVs over the Oryol region, 7 UAVs
    # over the Kursk region and 6 UAVs over ...", "..., as well as 17 drones over the Sea of Azov"
    placed = pl.col("has_noun") & pl.col("_post_over_place") & earlier_noun_in_row
    m = m.with_columns(
        (placed & pl.col("pre").str.contains(r":\s*$")).alias("_placed_item"),
        (placed & pl.col("pre").str.contains(r"(?i)(?:,|\band|\bas\s+well\s+as)\s*$")).alias("_placed_next"),
    ).with_columns(
        # "23 drones were shot down over the Tambov region, 9 drones over the Penza region and ...": the list's
        # first item has its own passive; it is an item when the next figure goes on the list
        (
            pl.col("_placed_item")
            | (
                pl.col("has_noun")
                & pl.col("post").str.contains(PASSIVE_PLACE_AFTER)
                & next_in_row(pl.col("_placed_next"), False)
            )
            # ... or the sentence's active verb before it: "air defences destroyed 19 UAVs above the territory of the
            # Tula Region, 3 UAVs over the territory of the Kaluga Region, ..." (each item names the noun again)
            | (
                pl.col("has_noun")
                & pl.col("post").str.contains(ACTIVE_PLACE_AFTER)
                & next_in_row(pl.col("_placed_next"), False)
            )
        ).alias("_placed_item"),
    )
    # "seven UAVs over the Moscow Region, including three drones heading for Moscow, two UAVs over the Tver Region":
    # an item's own part, headed for a city, is no item of the list, and the list goes on after it
    m = m.with_columns(
        (pl.col("_pre_including") & pl.col("post").str.contains(ITEM_PART_HEADED_AFTER)).alias("_item_part")
    )
    listed = pl.col("_placed_item") | pl.col("_elided") | pl.col("_included_placed") | pl.col("each_places").is_not_null()
    # (the ministry's lists run to a dozen places: go on while an item joins, a pass per item)
    for _ in range(12):
        joined_before = int(m.get_column("_placed_item").sum())
        m = m.with_columns(
            (
                pl.col("_placed_item")
                # "including 26 UAVs over the Kursk Region, 8 UAVs over the Tambov Region, ...": the list goes
                # on after a first item placed by "including"
                | (
                    pl.col("_placed_next")
                    # (or after an "each" item: "8 UAVs each over the A and B regions, seven UAVs over ...")
                    & (
                        prev_in_row(listed, False)
                        | (prev_in_row(pl.col("_item_part"), False) & prev_in_row(prev_in_row(listed, False), False))
                    )
                )
            ).alias("_placed_item")
        )
        if int(m.get_column("_placed_item").sum()) == joined_before:
            break
    elided = pl.col("_elided")
    # a figure in a list of places is a regional subset whoever the attacker
    return m.with_columns(
        (elided | next_in_row(elided, False) | pl.col("_placed_item") | pl.col("_included_placed")).alias("in_place_list")
    )


# "..., out of about 100", "by air defence out of 64": "out of" with no figure right before it (the "N out of M" pair
# is read as one mention)
OUT_OF_AWAY_BEFORE = ascii_bounds(
    r"(?i)(?:^|[\s,])out\s+of\s+(?:the\s+)?(?:a\s+total\s+of\s+)?(?:about|some|approximately|around|roughly"
    r"|nearly|almost|more\s+than|over)?\s*$"
)
# ... after a downing in the same sentence: "shot down", "destroyed", "intercepted"
DOWNING_BEFORE_OUT_OF = ascii_bounds(
    r"(?i)\b(?:shot\s+down|shoot\s+down|shooting\s+down|downed|downing|destroyed|destroying|intercepted|intercepting"
    r"|neutrali[sz]ed)\b[^.;]*$"
)
# ... and the bare total's own words: "of various types that were launched", "that Russia had fired", "launched"
OUT_OF_BARE_AFTER = ascii_bounds(
    r"(?i)^\s+(?:(?:of\s+)?(?:various|different)\s+(?:types|kinds)\b"
    r"|that\s+(?:[\w'’-]+\s+){0,3}?(?:had\s+|have\s+|has\s+|were\s+|was\s+)?(?:been\s+)?(?:launched|fired|sent|used)\b)"
)


# the parts of a night's count split by the hour: "before midnight", "after midnight", "late on Saturday", "on Sunday
# evening", "the following day", "on the night of ..."
_TIME_SPLIT = (
    r"(?:(?:before|after|following|until|till)\s+midnight|(?:late|early)\s+(?:on\s+)?(?:monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|evening|night|afternoon|after\s+midnight))?|the\s+following\s+(?:day|night|morning|evening)"
    r"|on\s+the\s+night\s+of|in\s+the\s+(?:morning|evening|afternoon))\b"
)
TIME_SPLIT_BEFORE = ascii_bounds(r"(?i)\band\s*$")
TIME_SPLIT_AFTER = ascii_bounds(r"(?i)^\s+(?:more\s+|others?\s+)?" + _TIME_SPLIT)
# ... the first part's own time, right before "and" (after its noun and its verb, if any)
TIME_SPLIT_IN_PREVIOUS = ascii_bounds(r"(?i)\b" + _TIME_SPLIT + r"[^,;.]{0,25}\s+and\s*$")


def bare_figures_that_refer_back(m: pl.DataFrame) -> pl.DataFrame:
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
    # "intercepted every one of the 6 ballistic missiles, out of roughly 80 of different kinds that were fired",
    # "destroyed three missiles and 12 drones, out of around 25 that Moscow had sent", "44 drones and missiles were
    # shot down by air defence out of 64 enemy air targets": a total after the downed part, away from it, is the
    # launched whole (not "out of a total of 215 downed over Russian regions": that whole is a downing too)
    out_of_launched = out_of_launched | (
        pl.col("pre").str.contains(OUT_OF_AWAY_BEFORE)
        & (pl.col("pre").str.contains(DOWNING_BEFORE_OUT_OF) | earlier_in_row(pl.col("pre").str.contains(DOWNING_BEFORE_OUT_OF)))
        & ~pl.col("post").str.contains(r"(?i)^\s+(?:[\w-]+\s+){0,3}?(?:intercepted|downed|destroyed|shot\s+down)\b")
        & (
            pl.col("has_noun")
            | (
                earlier_noun_in_row
                & pl.col("post").str.contains(OUT_OF_BARE_AFTER)
            )
        )
    )
    # "downed 19 drones, ... adding that Russia had launched a total of 24", "shot down 41 drones while Russia
    # launched 47": a bare launched total after the part, its noun left out, ending its clause
    bare_launch = (
        ~pl.col("has_noun")
        & pl.col("pre").str.contains(BARE_LAUNCH_BEFORE)
        & pl.col("post").str.contains(r"^\s*(?:[.,;:)]|$)")
        & earlier_noun_in_row
    )
    # "10 were downed in the Moscow region, with three heading toward the city": a part of the figure before, the
    # weapons still on their way ("heading", "flying"; "headed back" is another matter)
    heading_part = (
        ~pl.col("has_noun")
        & pl.col("pre").str.contains(r"(?i),\s*with\s+$")
        & pl.col("post").str.contains(HEADING_PART_AFTER)
        & earlier_noun_in_row
    )
    m = m.with_columns(out_of_launched.alias("_out_of_launched"), bare_launch.alias("_bare_launch"))
    anaphoric = (
        participle_part
        | heading_part
        | pl.col("_out_of_launched")
        | pl.col("_bare_launch")
        | pl.col("_elided")
        # the first part placed after "included": "the 47 drones downed overnight included 17 in the Krasnodar region"
        | pl.col("_included_placed")
        | pl.col("post").str.contains(ANAPHOR_AFTER)
        | pl.col("all_flag")
        | pl.col("all_but")
        | pl.col("each_places").is_not_null()
        | pl.col("number_of_noun").is_not_null()
        | pl.col("pre").str.contains(ANAPHOR_BEFORE)
        | (pl.col("pre").str.contains(ANAPHOR_AFTER_VERB) & pl.col("post").str.contains(ANAPHOR_ENDS_CLAUSE))
    )
    return m.with_columns((pl.col("has_noun") | anaphoric).alias("is_strike"))


def drop_figures_that_count_no_strike(m: pl.DataFrame) -> pl.DataFrame:
    """Keeps the strike figures that are event counts. The precision guards drop (`excluded`) future,
    conditional, aid and production wording, impacts ("3 missiles hit a power plant", "hits by 25 UAVs"), rates,
    weapon nouns used as modifiers, parts of people, weapons that flew away, aid lists, decimals; ranges
    ("2 to 4 missiles") are dropped too."""
    # read twice below: extract it once
    m = m.with_columns(pl.col("pre").str.extract(r"([^,;:]*)$").alias("_clause_before"))
    clause_before = pl.col("_clause_before")
    m = m.with_columns(
        (
            # (a clause of its own after "after"/"when"/"because" starts afresh: "fires halted production at the refinery
            # after Ukraine launched two dozen drones" is a launch, "plans to retaliate after Russia fired 50 missiles" too)
            # (an attempt made is no plan: "the Kyiv regime tried to strike sites in Russia using 23 drones")
            clause_before.str.replace(AFTER_SUBORDINATOR, "").str.replace_all(ATTEMPTED_TO, "attacked")
            .str.contains(FUTURE_OR_AID)
            | clause_before.str.contains(IMPACT_CLAUSE)
            | clause_before.str.contains(HIT_BY_BEFORE)
            # (the weapons' origin as their adjective is no aid: "five US-supplied ATACMS missiles", "Western-provided
            # rockets", "Iranian-produced drones" were fired, not given)
            | pl.col("phrase").str.replace_all(ORIGIN_ADJECTIVE, "").str.contains(FUTURE_OR_AID)
            # "the four HIMARS launchers and associated rockets": the figure counts the launchers (FACTS.md 4)
            | pl.col("phrase").str.contains(LAUNCHERS_AND)
            | (
                pl.col("has_noun") & pl.col("post").str.contains(FORECAST_AFTER)
                & ~pl.col("post").str.contains(NOT_A_FORECAST_AFTER)
            )
            # ("24 drones a day after it launched ..." dates the figure: no rate)
            | (pl.col("post").str.contains(RATE_AFTER) & ~pl.col("post").str.contains(A_DAY_AFTER))
            # "the two that got through were Kinzhals" names what was launched, not what hit
            # ("... 23 of the drones before they could hit their targets" says they did not)
            | (
                pl.col("post").str.contains(IMPACT_AFTER)
                & ~pl.col("copula")
                & ~pl.col("post").str.contains(r"(?i)^\s*(?:before|without|until|prior\s+to)\b")
                # "destroyed one drone and debris caused a fire": the debris is the subject of the impact
                & ~pl.col("post").str.contains(DEBRIS_CLAUSE_AFTER)
            )
            # "While 183 drones were downed, 10 missiles and 25 drones reached their targets": a figure opening its
            # clause, joined by "and" to one that hit, is a subject of the same hit (not the figure before's)
            | (
                pl.col("has_noun")
                & clause_before.str.contains(r"(?i)^\s*(?:(?:while|whereas|but|and|although|though|yet)\s+)?$")
                & pl.col("post").str.contains(r"(?i)^\s*and\s*$")
                & next_in_row(
                    pl.col("has_noun") & pl.col("post").str.contains(IMPACT_AFTER)
                    & ~pl.col("post").str.contains(r"(?i)^\s*(?:before|without|until|prior\s+to)\b"),
                    False,
                )
            )
            | (pl.col("has_noun") & ~pl.col("hyphenated") & pl.col("post").str.contains(NOUN_AS_MODIFIER))
            # "launched 9 missile and 77 air strikes": a singular weapon word after a plural figure, joined to a
            # figure of strikes, is the modifier of the strikes left out ("9 missile [strikes]")
            | (
                pl.col("has_noun")
                & (pl.col("count") > 1)
                & pl.col("noun").str.contains(SINGULAR_WEAPON_WORD)
                & pl.col("post").str.contains(r"^\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)$")
                & next_in_row(pl.col("post"), None).str.contains(STRIKES_AFTER).fill_null(False)
            )
            # "launched 3 large-scale drone and missile strikes", "2 drone-and-missile attacks": the singular weapon
            # word and its partner are the modifiers of the strikes counted
            | (
                pl.col("has_noun")
                & (pl.col("count") > 1)
                & pl.col("noun").str.contains(SINGULAR_WEAPON_WORD)
                & pl.col("post").str.contains(COMPOUND_STRIKES_AFTER)
            )
            | pl.col("post").str.contains(r"(?i)^\s*(?:,\s*)?(?:to|for)\s+ukraine\b")
            | (~pl.col("has_noun") & pl.col("pre").str.contains(DAMAGED_BEFORE_BARE))
            # "not all the missiles had been shot down": a negated whole is no figure (FACTS.md 2)
            | pl.col("pre").str.contains(r"(?i)\bnot\s+all\s+(?:of\s+)?(?:the\s+)?$")
            # "728 drones, 189 more than the previous record", "40 fewer missiles than in May": a difference
            | pl.col("post").str.contains(DIFFERENCE_AFTER)
            | (
                pl.col("modifiers").fill_null("").str.contains(r"(?i)^\s*(?:more|fewer|less)\b")
                & pl.col("post").str.contains(r"(?i)^\s+than\b")
            )
            # "the other 2 hit targets": what the figure did on impact sits between it and its noun
            | pl.col("modifiers").fill_null("").str.contains(IMPACT_MODIFIER)
            # "killing 12 people, 3 of them children": a part of people, not of weapons
            | pl.col("post").str.contains(PEOPLE_PART_AFTER)
            # "2 more had flown back to Russia", "12 drones left Ukrainian airspace": neither downed nor lost
            | pl.col("post").str.contains(FLEW_AWAY_AFTER)
            | pl.col("pre").str.contains(ARMS_SALE_BEFORE) | earlier_in_row(pl.col("pre").str.contains(ARMS_SALE_BEFORE))
            # "an entrance of 1 of them": a part of something else
            | (
                ~pl.col("has_noun") & pl.col("pre").str.contains(r"(?i)(?:^|[^t]\s)of\s+$") & ~pl.col("_out_of_launched")
                & ~pl.col("_bare_launch")
                # ("the number of drones reached a record of 728" is the number's)
                & pl.col("number_of_noun").is_null()
            )
            # "an entire entrance in one of them was destroyed", "a fire broke out at two of them": a bare "N of them"
            # after a preposition of place is where something happened, not a count of weapons
            | (
                ~pl.col("has_noun")
                & pl.col("pre").str.contains(r"(?i)\b(?:in|on|at|inside|into|near|beside|next\s+to)\s+$")
                & pl.col("post").str.contains(r"(?i)^\s+of\s+(?:them|these|those)\b")
            )
            # "118 more across seven other regions": a bare figure that counts places or people
            | (~pl.col("has_noun") & pl.col("post").str.contains(NOT_WEAPONS_AFTER))
            # "Moscow shut all four of its major airports": a bare figure of a group someone owns, not of weapons
            | (
                ~pl.col("has_noun")
                & pl.col("post").str.contains(ascii_bounds(OF_POSSESSED_AFTER))
                & ~pl.col("post").str.contains(
                    ascii_bounds(OF_POSSESSED_AFTER + r"(?:[\w'’-]+\s+){0,3}?(?:" + noun_pattern() + r")\b")
                )
            )
            # "All five boats were destroyed", "two private houses": a bare figure with a noun of its own, no weapon
            | (~pl.col("has_noun") & pl.col("post").str.contains(OTHER_THINGS_AFTER))
            # "Twelve vehicles were damaged, and four were destroyed", "five houses were damaged and two destroyed": a
            # bare figure right after a figure of other things refers to those things, not to weapons
            | (
                ~pl.col("has_noun")
                & prev_in_row(pl.lit(True), False)
                & pl.col("pre").str.contains(OTHER_THINGS_AFTER)
                & ~pl.col("pre").str.contains(ascii_bounds(r"(?i)\b(?:" + noun_pattern() + r")\b"))
            )
            # "the package includes ... 300 guided missiles": a list of aid, whatever its clause
            | pl.col("sentence").str.contains(AID_LIST_SENTENCE)
            # "killing four people and injuring 20 more": a bare figure right after a verb of casualties counts people
            | (~pl.col("has_noun") & pl.col("pre").str.contains(CASUALTY_VERB_BEFORE))
            | ((pl.col("count") % 1) != 0)
            | ((pl.col("count") <= 0) & ~pl.col("all_flag"))
        ).alias("excluded"),
    )
    # a range "2 to 4 missiles": the number before is bare and joined by to/or/-
    m = m.with_columns(
        (
            (
                pl.col("pre").str.contains(r"(?i)^\s*(?:-|–|—|to|or)\s*$")
                & ~prev_in_row(pl.col("has_noun"), True)
            )
            # ... and its first number, bare, before "to" or "or" and a number ("put the number of drones fired at
            # roughly 85 to 90")
            | (~pl.col("has_noun") & pl.col("post").str.contains(r"(?i)^\s+(?:to|or)\s+(?:about\s+|around\s+)?$"))
            | pl.col("pre").str.contains(r"(?i)\bbetween\s+$")
            | pl.col("pre").str.contains(r"(?i)\bbetween\s+\S+\s+and\s+$")
        ).alias("in_range")
    )
    # a figure coordinated with one that describes impacts does too: "hits by 27 missiles and 31 UAVs"
    impact = clause_before.str.contains(IMPACT_CLAUSE) | clause_before.str.contains(HIT_BY_BEFORE)
    joined = pl.col("pre").str.contains(r"(?i)^\s*(?:,|and|,\s*and)\s*$")
    for _ in range(3):
        impact = impact | (joined & prev_in_row(impact, False))
    m = with_columns_once(m, (pl.col("excluded") | impact).alias("excluded"))
    return m.filter(pl.col("is_strike") & ~pl.col("excluded") & ~pl.col("in_range"))


# An explicit side as the subject of its attack on the other country, the figure the means of it: "Russians attacked
# Ukraine with 205 attack UAVs", "Russia overnight struck Ukraine with 90 drones and three missiles", "Ukraine attacked
# Russia with 40 drones" (FACTS.md 4: the side that launched). It names the attacker of its own figures only, those
# after "with" in the same clause, whatever the article said of the other side's attacks before.
_SIDE_ADVERBS = (
    r"(?:(?:has|have|had|also|again|once\s+again|overnight|reportedly|allegedly|massively|then|later|last\s+night"
    r"|(?:early\s+|late\s+)?on\s+[\w#]+(?:\s+[\w#]+)?)\s+){0,3}"
)
_SIDE_ATTACK_VERB = (
    r"(?:attacked|attacks|struck|strikes|targeted|targets|hit|hits|bombarded|pounded|raided"
    # ... or its attack as a noun: "Russia launched another attack on Ukraine with 90 drones"
    r"|(?:launched|launches|carried\s+out|conducted|mounted)\s+(?:a|an|another|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:attack|strike|assault|raid)\s+(?:on|against))"
)


def _side_attacked_with_pattern(side: str, target: str) -> str:
    """The side, its attack verb and the other country, then "with" and the words up to the figure (captured)."""
    return ascii_bounds(
        r"(?i)(?:^|[^\w'’-])" + side + r"\s+" + _SIDE_ADVERBS + _SIDE_ATTACK_VERB + r"\s+" + target
        + r"\b[^,;:.!?\d]{0,60}?\b(?:with|using)\s+([^;:.!?]{0,120})$"
    )


# Russia's regions (and their capitals of the same name) that Ukraine's drones reach: a downing over or in one, or
# weapons sent at one, is Ukraine's attack
RUSSIAN_REGIONS = (
    r"moscow|adyge?y?a|bryansk|belgorod|kursk|oryol|orel|rostov|voronezh|volgograd|tula|kaluga|smolensk|lipetsk|tambov"
    r"|ryazan|krasnodar|pskov|leningrad|tver|yaroslavl"
)
# Ukraine's cities and regions that Russia's weapons are sent at, named as the target of an attack
UKRAINIAN_PLACES = (
    r"ukraine|kyiv|kiev|kharkiv|odesa|odessa|dnipro|lviv|zaporizhzhia|sumy|chernihiv|mykolaiv|kherson|poltava|vinnytsia"
    r"|zhytomyr|rivne|lutsk|ternopil|khmelnytskyi|cherkasy|kropyvnytskyi|ivano-frankivsk|uzhhorod|chernivtsi|kramatorsk"
    r"|sloviansk|kryvyi\s+rih|bila\s+tserkva|the\s+ukrainian\s+capital"
)
# ... the target as the subject of its passive, the figure the means of the attack: "Kharkiv was bombarded by a swarm
# of 25 drones", "Belgorod was attacked overnight by 20 drones" (FACTS.md 4, the target as the subject)
_TARGET_ATTACKED_BY = (
    r"(?i)(?:^|[^\w'’-])(?:the\s+(?:city|region)\s+of\s+)?(?:{target})(?:\s+(?:city|region|oblast))?\s+"
    r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:[a-z]+\s+){{0,2}}?"
    r"(?:attacked|bombarded|targeted|raided|pounded|struck|hit|shelled)\s+(?:[a-z]+\s+){{0,2}}?(?:by|with)\s+([^;:.!?]{{0,80}})$"
)
UKRAINE_ATTACKED_BY = ascii_bounds(_TARGET_ATTACKED_BY.format(target=UKRAINIAN_PLACES))
RUSSIA_ATTACKED_BY = ascii_bounds(
    _TARGET_ATTACKED_BY.format(target=r"russia|" + RUSSIAN_REGIONS + r"|crimea|sevastopol|novorossiysk")
)
RU_ATTACKED_UKRAINE_WITH = _side_attacked_with_pattern(
    r"(?:the\s+)?(?:russians|russia|moscow|russian\s+(?:forces|troops|army|military|armed\s+forces|occupiers|invaders))",
    r"(?:ukraine|ukrainian\s+(?:territory|cities|towns|regions)|kyiv|kiev)",
)
UA_ATTACKED_RUSSIA_WITH = _side_attacked_with_pattern(
    r"(?:the\s+)?(?:ukrainians|ukraine|kyiv|kiev|ukrainian\s+(?:forces|troops|army|military|armed\s+forces))",
    r"(?:russia|russian\s+(?:territory|cities|towns|regions)|moscow|(?:the\s+)?(?:annexed\s+|occupied\s+)?crimea)",
)
# ... and where the weapons were fired from, right after them: "33 drones fired from Ukraine", "12 missiles launched
# from Russian territory", "drones launched from Russia's Kursk region" (the launch area names the side that fired)
_FROM_SIDE = r"(?i)^\s+(?:[\w-]+\s+){{0,2}}?(?:fired|launched|sent|flying|coming)\s+(?:in\s+)?from\s+(?:the\s+)?(?:{side})\b"
FIRED_FROM_UKRAINE = ascii_bounds(
    _FROM_SIDE.format(side=r"ukraine|ukrainian\s+(?:territory|side|positions)|kyiv-controlled\s+territory")
)
FIRED_FROM_RUSSIA = ascii_bounds(
    _FROM_SIDE.format(side=r"russia|russian\s+(?:territory|side|airspace)|russia['’]s\s+[\w-]+\s+(?:region|oblast)|belarus")
)
# ... the side as the subject of its own launch or of its participle: "the Ukrainian army used four Neptune missiles",
# "Russia on Saturday fired 40 drones", "Russia stepped up its attacks, launching 300 drones"
_RU_SUBJECT = (
    r"(?:the\s+)?(?:russians|russia|moscow|(?:russian|russia['’]s)\s+(?:forces|troops|army|military|armed\s+forces"
    r"|occupiers|invaders))"
)
_UA_SUBJECT = (
    r"(?:the\s+)?(?:ukrainians|ukraine|kyiv|kiev|(?:ukrainian|ukraine['’]s)\s+(?:forces|troops|army|military"
    r"|armed\s+forces))"
)
_OWN_LAUNCH_VERB = r"(?:launched|launches|fired|fires|sent|used|deployed|unleashed|directed)"
_SUBJECT_START = r"(?i)(?:^|[.;:,]\s*|\b(?:and|but|while|as|after|that|meanwhile|said|says)\s+)"


def _side_launched_pattern(side: str) -> str:
    """The side, its launch verb, and the words up to the figure (captured)."""
    return ascii_bounds(_SUBJECT_START + side + r"\s+" + _SIDE_ADVERBS + _OWN_LAUNCH_VERB + r"\s+([^;:.!?]{0,60})$")


def _side_launching_pattern(side: str) -> str:
    """The side opening its clause, its verb, a comma and a launch participle, then the words up to the figure."""
    return ascii_bounds(
        _SUBJECT_START + side + r"\s+(?:[a-z'’-]+\s+){0,5}?[a-z'’-]+\s*,\s+(?:launching|firing|sending|unleashing|deploying)\s+"
        r"([^;:.!?]{0,120})$"
    )


RU_LAUNCHED = _side_launched_pattern(_RU_SUBJECT)
UA_LAUNCHED = _side_launched_pattern(_UA_SUBJECT)
RU_LAUNCHING = _side_launching_pattern(_RU_SUBJECT)
UA_LAUNCHING = _side_launching_pattern(_UA_SUBJECT)
# ... and the defenders of one side downing: "Ukrainian forces downed 50 of 72 drones" (Russia's), "Russian air
# defences destroyed 20 drones" (Ukraine's)
_DOWNING_VERB = r"(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed|took\s+out|repelled)"
_DEFENDERS = r"(?:forces|troops|military|army|air\s+defen[cs]es?|air\s+defen[cs]e\s+(?:forces|units|systems)|air\s+force|defenders)"
UA_DEFENDERS_DOWNED = ascii_bounds(
    _SUBJECT_START + r"(?:the\s+)?(?:ukrainian|ukraine['’]s)\s+" + _DEFENDERS + r"\s+" + _SIDE_ADVERBS + _DOWNING_VERB
    + r"\s+([^;:.!?]{0,60})$"
)
RU_DEFENDERS_DOWNED = ascii_bounds(
    _SUBJECT_START + r"(?:the\s+)?(?:russian|russia['’]s)\s+" + _DEFENDERS + r"\s+" + _SIDE_ADVERBS + _DOWNING_VERB
    + r"\s+([^;:.!?]{0,60})$"
)
# ... weapons placed over Russia by the words after them: "eight drones over various regions of Russia", "nine drones
# in the Saratov region" (the regions further east that the longer-range drones reach, named by no Ukrainian place)
RUSSIAN_FAR_REGIONS = (
    r"saratov|penza|samara|ulyanovsk|tatarstan|bashkortostan|chuvashia|mordovia|astrakhan|nizhny\s+novgorod|ivanovo"
    r"|kostroma|stavropol|dagestan|orenburg|vologda|murmansk|kaliningrad"
)
OVER_RUSSIA_AFTER = ascii_bounds(
    r"(?i)^\s+(?:[\w-]+\s+){0,3}?(?:over|above|in)\s+(?:the\s+)?(?:"
    r"(?:(?:various|several|multiple|different|other|southern|western|central|border)\s+)?(?:regions?|territory|areas?|parts?)"
    r"\s+of\s+(?:the\s+)?(?:russia|russian\s+federation)\b"
    r"|russian\s+(?:territory|regions?|airspace)\b|(?:(?:western|southern|central|south-western|southwestern)\s+)?russia\b"
    r"|(?:" + RUSSIAN_REGIONS + r"|" + RUSSIAN_FAR_REGIONS + r")\s+(?:region|oblast|province|republic)\b)"
)
# ... or aimed at a place of the other side right after them: "at least 12 drones against Crimea",
# "40 drones at Kyiv"
_AIMED_AT = r"(?i)^\s+(?:[\w-]+\s+){{0,3}}?(?:against|at|towards?)\s+(?:the\s+)?(?:city\s+of\s+|annexed\s+|occupied\s+)?(?:{target})\b"
AIMED_AT_RUSSIA = ascii_bounds(
    _AIMED_AT.format(target=r"russia|" + RUSSIAN_REGIONS + r"|" + RUSSIAN_FAR_REGIONS + r"|crimea|sevastopol|novorossiysk")
)
AIMED_AT_UKRAINE = ascii_bounds(_AIMED_AT.format(target=UKRAINIAN_PLACES))
FROM_BEFORE_PLACE = ascii_bounds(r"(?i)^\s+(?:[\w'’/-]+\s+){0,3}?from\b")
# ... but not past a new clause between the verb and the figure: "attacked Ukraine with drones, while Russia said it
# downed 30 Ukrainian drones", "used mobile fire groups to down 20 drones"
NEW_CLAUSE_IN_TAIL = ascii_bounds(
    r"(?i)\b(?:while|whereas|but|although|though|which|who|said|says|claimed|according|reported|adding|added|to)\b"
)


def _side_attacked_with(pattern: str) -> pl.Expr:
    """Whether the figure is the means of the explicit side's attack (`pattern`, ending on the words after "with")."""
    tail = pl.col("pre").str.extract(pattern)
    # (nor past another verb: "Ukraine launched a counteroffensive and Russia fired 40 drones" is Russia's)
    return tail.is_not_null() & ~tail.str.contains(NEW_CLAUSE_IN_TAIL) & ~tail.str.contains(VERBS)


def what_each_figure_counts(m: pl.DataFrame) -> pl.DataFrame:
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
        .then(pl.concat_str(
            [pl.col("phrase"), pl.col("post").str.extract(TYPE_AFTER).fill_null(""),
             pl.col("post").str.extract(NAMED_AS_AFTER).fill_null(""),
             pl.col("post").str.extract(LAUNCHER_MODEL_AFTER).fill_null("")],
            separator=" ",
        ))
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
            # "10 US-supplied missiles", "British-made cruise missiles": Ukraine's weapons from its Western partners
            .when(pl.col("phrase").str.contains(WESTERN_MADE)).then(pl.lit("UA"))
            .when(pl.col("post").str.contains(FIRED_FROM_UKRAINE)).then(pl.lit("UA"))
            .when(pl.col("post").str.contains(FIRED_FROM_RUSSIA)).then(pl.lit("RU"))
            .when(_side_attacked_with(RU_ATTACKED_UKRAINE_WITH) | _side_attacked_with(UKRAINE_ATTACKED_BY)).then(pl.lit("RU"))
            .when(_side_attacked_with(UA_ATTACKED_RUSSIA_WITH) | _side_attacked_with(RUSSIA_ATTACKED_BY)).then(pl.lit("UA"))
            .when(_side_attacked_with(UA_LAUNCHED) | _side_attacked_with(UA_LAUNCHING)).then(pl.lit("UA"))
            .when(_side_attacked_with(RU_LAUNCHED) | _side_attacked_with(RU_LAUNCHING)).then(pl.lit("RU"))
            .when(_side_attacked_with(UA_DEFENDERS_DOWNED)).then(pl.lit("RU"))
            .when(_side_attacked_with(RU_DEFENDERS_DOWNED)).then(pl.lit("UA"))
            # (not where they were fired from: "29 cruise missiles from the Volgodonsk area in the Rostov region")
            .when(
                ~pl.col("post").str.contains(FROM_BEFORE_PLACE)
                & (pl.col("post").str.contains(OVER_RUSSIA_AFTER) | pl.col("post").str.contains(AIMED_AT_RUSSIA))
            )
            .then(pl.lit("UA"))
            .when(~pl.col("post").str.contains(FROM_BEFORE_PLACE) & pl.col("post").str.contains(AIMED_AT_UKRAINE)).then(pl.lit("RU"))
            .otherwise(weapon_hint_expr(pl.col("own_weapon")))
        )
        # (a bare figure too, by its place: "all devices were shot down, three over the Oryol region and one ...")
        .when(~pl.col("post").str.contains(FROM_BEFORE_PLACE) & pl.col("post").str.contains(OVER_RUSSIA_AFTER))
        .then(pl.lit("UA"))
        .alias("own_attacker"),
    )


def verbs_around_each_figure(m: pl.DataFrame) -> pl.DataFrame:
    """The verbs that may give a figure its type, each a column of its own (`type_sources` ranks them): the
    verb right before it, right after it, anywhere in its clause or sentence before it, a passive after it,
    and the wordings of weapons attacking ("a 40-drone attack", "attacked with 40 drones")."""
    return with_columns_once(
        m,
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
            .str.replace(r"(?i)^.*\b(?:while|but|whereas|although|though|including)\b", "")
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
                # (also "being": "with reports of four Ukrainian UAVs being shot down over two regions")
                r"(?i)^[^;:]*?\b(?:were|was|had|have|has|are|being)\s+(?:\w+\s+){0,2}?(?:been\s+)?(?:\w+\s+)?("
                + VERBS_INTERCEPTED + "|" + VERBS_LOST + r")\b"
            )
        ).alias("passive_after"),
        verb_type(
            pl.col("post").str.extract(
                r"(?i)^\s*(?:(?:out\s+)?of\s+(?:which|them|these|those)\s+)?(?:,[^,;]{1,40},\s*)?"
                r"(?:were|was|had|have|has|are)\s+(?:\w+\s+){0,2}?(?:been\s+)?(?:\w+\s+)?("
                # (a bare "lost" too: "Of these, 30 drones were shot down and 5 were lost" is no sixth downing)
                + VERBS_INTERCEPTED + "|" + VERBS_LOST + r"|lost)\b"
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
        (
            pl.col("post").str.contains(
                r"(?i)^\s*(?:of\s+(?:various|different|several)\s+types\s+)?(?:[\w'’-]+\s+){0,2}?"
                r"(?:attacked|targeted|were\s+aimed|were\s+directed)\b"
            )
            # "one of the drones targeted near the capital": the drones were the target, a participle
            & ~pl.col("post").str.contains(
                r"(?i)^\s*(?:[\w'’-]+\s+){0,2}?targeted\s+(?:near|over|above|in|by|during|overnight|on\s+the\s+approach)\b"
            )
        ).alias("subject_attack"),
        (
            # "attacked with 40 drones", "... with a record 188 drones"
            (
                pl.col("pre").str.contains(r"(?i)\bwith\s+(?:a\s+(?:record|total\s+of|further|combined)\s+|another\s+)?$")
                # "attacked overnight with missiles, 22 drones", "attacked Kyiv with ballistic missiles and 15 drones":
                # a list of the weapons after "with", its first item with no figure
                | pl.col("pre").str.contains(
                    r"(?i)\bwith\s+(?:[a-z-]+\s+){0,2}?(?:missiles|drones|uavs|shaheds|rockets|guided\s+bombs)\s*(?:,|,?\s+and)\s+$"
                )
            )
            & (
                pl.col("pre").str.contains(
                    # (the heavier verbs of wire copy too: "bombarded Kyiv with 300 drones", "pummelled the country
                    # with 40 missiles", "battered", "hammered"; and the attack as a noun: "an assault on Ukraine with")
                    r"(?i)\b(?:attack\w*|struck|strikes?|pound\w*|hit|target\w*|bombard\w*|pummel\w*|batter\w*"
                    r"|hammer\w*|assault\w*|barrage\w*)\b"
                )
                # the verb's object a count of places: "targeted three city districts with 13 guided bombs", "attacked
                # two villages with a total of 20 drones" (the figure before is no weapon's, right after the verb)
                | (
                    pl.col("pre").str.contains(r"(?i)^\s+(?:[a-z][\w-]*\s+){1,3}with\s+(?:a\s+total\s+of\s+)?$")
                    & pl.col("sentence").str.contains(
                        r"(?i)\b(?:attacked|targeted|struck|hit|pounded|shelled)\s+(?:at\s+least\s+|some\s+)?(?:#?\d[\d,]*|[a-z]+)\s+"
                        r"(?:[a-z][\w-]*\s+){1,3}with\s"
                    )
                )
            )
        ).alias("with_attack"),
    )
