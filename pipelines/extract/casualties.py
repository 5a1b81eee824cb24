"""Casualty facts (killed, injured) and ground-combat clashes (FACTS.md).

Same machinery as strikes: numbers are cut out of every sentence with the
text around them (`numbers.number_mentions`), the noun after them is a
person ("people", "civilians", "children", "man"...) or a clash noun
("battles", "combat engagements", "clashes", "attacks"), and vectorised
rules decide what each figure counts.

RULES (first match wins):

| killed / injured                                    | example                                          |
|-----------------------------------------------------|--------------------------------------------------|
| casualty word right after the figure (optionally after "were", "had been confirmed", an aside) | "14 people had been confirmed dead", "97 wounded", "one man, aged 34, was killed" |
| casualty verb right before the figure               | "killed 19 people", "killing at least six", "debris injured seven people" |
| toll phrase before the figure                       | "bringing the death toll ... to 40", "the number wounded ... at 75", "the number of people injured has risen to 53" |
| a part of the figure before                         | "75, 14 of them children" -> injured 14, "risen to 20, among them nine children" -> killed 9, "seven killed, three of them in the capital" -> killed 3 |
| a part named by its casualty word                   | "two of the dead were children" -> killed 2 |
| a list of places after a figure                     | "injured seven people in Kyiv, three in Odesa and two in Lviv" -> 7, 3, 2 |

Each rule has an id, plain words and an example in `CASUALTY_RULES`; every
fact records its `rule_id`, and a part larger than its total keeps a lower
`confidence` with a note. People hospitalised or taken to hospital are
injured, unless their sentence or the one before states an injured figure
that holds them ("45 injured ... 18 of them hospitalised" is one fact, 45),
or their words call them the injured ("Of the injured, 11 were taken to
hospital", "Four injured were hospitalised": held however far back);
people treated in hospital or at the scene, or who sought or received medical
help, count the same. A named person "was one of three people killed" is no
count (the figure is the three); "raising an earlier toll of one" is no fact;
"the number of dead rose to 3, wounded - to 9" is killed 3 and injured 9. A
figure restated in a later sentence is one fact also when only one statement
names its place, qualifies it or names the victims (`_without_restatements`). Bodies recovered
from the ruins are the dead ("the bodies of 12 people were pulled from the
rubble"), but not bodies exchanged, handed over or exhumed, nor bodies that
raise a toll in their own sentence; "killed a family of four" is four.
A toll that changed inside a sentence keeps its new figure ("rose from 9 to
14" and "rose by five to 14" are 14). Figures over several days ("from Friday
to Sunday", "over the weekend") are periods, running totals in the figure's
own clause ("since the city was liberated", "since January") cumulative, and
a part, or a figure joined to the one before by "and", takes its scope.

What real reports put between a figure and its word is read too: adverbs and
participles ("one soldier also died", "18 people reported injured", "120
others being injured"), "more" ("eight more were wounded"), a phrase after
the noun ("four residents of a nearby block were wounded"), casualty
adjectives ("21 wounded people"), joined subjects ("two police officers and
three rescuers were injured"). A participle after a figure governs the next
figure ("killed one person, injuring 14 more"); "dead and injured 26" is two
verbs, not one killed-and-injured figure; rates ("every day", "per month")
and what could or would have happened are no facts.

Round-ups and wire copy also write: the present tense ("Eight more die in a
second strike"), the singular nouns ("one fatality and two injuries"), "three
lives were lost", "kills 10 or more", people "in grave condition" (injured),
parts with "among" ("six children were among 51 people injured", "among the
dead was one child", "... three children and two rescuers"), a second part
with its own copula ("9 of the wounded were children and 4 were
firefighters"), and a part in a sentence of its own ("28 people died. Three of
them were children."). A rank ("one of the deadliest strikes") is no count of
one; a perfect credited to the UN is the war's running toll. A wound that kills is a death ("suffered lethal
wounds", "sustained injuries incompatible with life"); people admitted, rushed or brought to hospital are
hospitalised; "one was killed and another was injured" counts the other as one; "One person was also killed ..."
after a death is another toll, not a restatement.

One attack told with the week or month it came in ("killed 30 last month when a missile hit a block of flats") is an
event; attacks in the plural then, and "last weekend", a period. "One of the injured died in hospital" and "the deaths
and injuries of 16 people" give no figure; prisoners "executed" are killed. A round-up's total stays beside a region's
equal figure (also when its headline said it first), and so does a toll of another named official's region ("Kiper
said" and "Syniehubov reported": lexicon/actors.csv names their regions).

The attacking side (`attacker`) is read per sentence: attack words with a side
("a Ukrainian drone strike", "Russian shelling", "the invaders fired") and a
side's own regional heads (a Russian governor counts Ukraine's victims in his
region); both sides or neither leave it empty.

Clashes: "26 close-quarters battles", "64 combat engagements", "clashes";
"attacks" only when repelled ("beat back 20 attacks"), assaults also when
mounted ("launched 64 assaults"); "attacked Ukrainian positions 47 times",
"made seven attempts to advance" and "tried 14 times to break through" are
clashes unless the clause names air or artillery weapons. Counterattacks are
attacks ("the Vostok group repelled eight counterattacks"), one attack repelled
counts one, attempts count when thwarted or made on positions or defences
("tried to dislodge our units from their positions six times"), and what air
defence repels is no clash. Strike counts ("53 MLRS attacks", "42 air strikes")
and attacks on settlements are not clashes. A clash count's front is its place
when it names no settlement ("On the Marinka front, ..."), so two fronts' equal
counts stay two facts; a region's figure after a round-up's national total is
its part, and a sentence naming no place takes its paragraph's opening place.

Not facts: figures without a person noun or casualty word next to them
("hitting targets in 10 regions", "77 apartment buildings"), ages and years
(masked by `normalize_numbers`: "aged 27 and 58", "a woman, 78,"), "no one",
vague words ("dozens"; but "a dozen", "two dozen" count), other conflicts,
and running totals ("has killed 7,500 people since April"), which are kept
with scope `cumulative`/`period` and so never count as an event.
"""

from __future__ import annotations

import polars as pl

from pipelines.extract.actors import actor_pattern, attribution_expr, official_regions_expr
from pipelines.extract.dates import (
    DAILY_TALLY, TOLL_UPDATE_WINDOW_DAYS, WEEKDAYS, ArticleDates, article_attack_dates, article_dates, date_ref_expr, is_toll_update,
    ref_to_date, previous_attack_dates, relative_anchor, statement_day_ref, without_update_days,
)
from pipelines.extract.frames import only_where, select_once, with_columns_once
from pipelines.extract.numbers import (
    MONTHS,
    ascii_bounds,
    mask_age_lists,
    normalize_numbers,
    number_mentions,
    qualifier_expr,
)
from pipelines.extract.rulebook import INCONSISTENT_CONFIDENCE, Rule, first_rule
from pipelines.contract import conform, empty_facts
from pipelines.extract.scope import (
    CUMULATIVE, PERIOD, PERIOD_SINCE, RELATIVE_WEEK_OR_MONTH, SUPERLATIVE, scope_context, scope_expr,
)
from pipelines.extract.sentences import headline_line
from pipelines.extract.topic import add_off_topic

# ---------------------------------------------------------------------------
# RULES
# ---------------------------------------------------------------------------

PERSON_NOUNS = (
    r"people|persons|civilians|children|kids|minors|teenagers|babies|infants|adults|men|women|residents"
    r"|soldiers|servicemen|troops|police\s+officers|police\s+officer|officers|rescuers|firefighters|workers|employees"
    r"|passengers|journalists|volunteers|medics|others|person|civilian|child|man|woman|boy|girl|resident"
    r"|soldier|serviceman|officer|rescuer|firefighter|worker|journalist"
    # more of the people real reports count: by age, trade, place or status
    r"|boys|girls|pensioners|pensioner|elderly|villagers|villager|locals|citizens|inhabitants|individuals|individual"
    r"|family\s+members|members|relatives|patients|patient|nurses|nurse|doctors|doctor|paramedics|paramedic"
    r"|students|student|pupils|teachers|teacher|miners|miner|drivers|driver|farmers|farmer|pedestrians"
    r"|staff\s+members|service\s+members|servicemembers|staff|staffers|shoppers|customers|guests|electricians"
    r"|engineers|policemen|policeman|police"
    r"|border\s+guards|guards|guardsmen|personnel|defenders|fighters|marines|paratroopers|servicewomen"
    r"|prisoners\s+of\s+war|prisoners|POWs|volunteer|medic|passenger|employee|minor|teenager|baby|infant|adult"
    r"|sailors|seafarers|crew\s+members|crewmembers|crewmen|crew|nationals|foreigners|pilot|sailor"
    # ... and who flies or clears mines: "three pilots killed in the collision of two military jets", "two deminers
    # were killed"
    r"|pilots|airmen|deminers|deminer|sappers|sapper"
    # the victims of an attack, counted by their fate: "three victims were hospitalised"
    r"|victims"
)
CLASH_NOUNS = (
    r"close-quarters\s+battles|combat\s+engagements|combat\s+clashes|military\s+clashes|engagements|clashes"
    r"|battles|firefights|skirmishes|assaults|attacks|offensive\s+actions|assault\s+actions|attempts"
    # "there was one combat clash in the Vovchansk district", "one battle continues"
    r"|combat\s+clash|combat\s+engagement|clash|battle"
)
MILITARY_VICTIMS = (
    r"(?i)\b(?:soldiers?|servicem[ae]n|servicewomen|service\s+members|servicemembers|troops|officers?|fighters"
    r"|military|personnel|defenders|border\s+guards|guardsmen|marines|paratroopers|prisoners\s+of\s+war|POWs)\b"
)
CIVILIAN_VICTIMS = (
    r"(?i)\b(?:civilians?|children|child|kids|minors|teenagers?|boys?|girls?|babies|infants?|residents?|people"
    r"|persons?|men|women|man|woman|pensioners?|villagers?|locals|patients?|students?|pupils|police\w*)\b"
)

KILLED_WORDS = (
    # present tense as in lede-style summaries: "Russian attacks kill 3, injure 14 over past day"
    # ("Eight more die in a strike on Kharkiv": a round-up's bullet or a standfirst in the present tense; "causing one
    # fatality and two injuries": the singular of the noun)
    # ("with one person dying and one injured": the participle of a round-up's clause)
    r"killed|killing|kills|kill|dead|died|dies|dying|die|deaths?|perished|lost\s+their\s+lives|fatalities|fatality"
    # prisoners shot by their captors: "executed five prisoners of war", "three POWs were executed"
    r"|executed|executing"
    r"|(?:claimed|claiming|claims|took|taking|takes)\s+the\s+lives\s+of"
    # "two more people succumbed to their injuries" died (not "injuries": the phrase is read first)
    r"|succumbed\s+to\s+(?:his|her|their|the)\s+(?:wounds|injuries)"
    # a fatal wound is a death, not an injury: "two men were fatally wounded", "suffered fatal injuries"
    # (read before the injured words: the alternation tries these first at the same position)
    r"|(?:fatally|mortally)\s+(?:wounded|injured|wounding|injuring)|fatal\s+(?:injuries|injury|wounds|wound)"
)
INJURED_WORDS = (
    # ("resulted in one fatality and one injury": the singular of the noun)
    # ("hospitalising at least three people": the participle of a lede)
    r"wounded|wounding|injured|injuring|injuries|injury|injures|injure|wound|hurt|hurting|hospitali[sz]ed|hospitali[sz]ing"
    r"|taken\s+to\s+(?:a\s+)?hospital|wounds"
    # injuries named by their kind after "suffered", "sustained", "received"
    r"|burns|concussions?|barotrauma|contusions|fractures"
    # the shell shock of a blast is an injury (Ukrainian officials' "contused")
    r"|shell-shocked|concussed"
)
CASUALTY_WORDS = rf"(?:{KILLED_WORDS}|{INJURED_WORDS})"

# right after the figure: "people were killed", ", aged 34, was killed", "are now known to have been injured"
CASUALTY_AFTER = (
    # an aside: ", aged 34,", " — 44, 24 and 47 years old —", "aged 27 and 58"
    # (", including a schoolboy of nine were injured": an "including" aside whose closing comma is left out)
    # ("two residents—a woman and a man—were killed": the dashes may stand without spaces)
    r"(?i)^\s*(?:,[^,;]{1,45},\s*|,\s*including\s+(?:[^,;\s]+\s+){1,6}?|,\s*|[—–]\s*[^—–;]{1,60}?\s*[—–]\s*)?"
    r"(?:aged\s+(?:#\d+(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+))+)?"
    # "eight more were wounded", "six more injured across the region" ("two additional deaths were reported", "three
    # further deaths")
    r"(?:(?:more|additional|further)\s+)?"
    r"(?:there\s+|here\s+|in\s+all\s+)?"
    # a relative clause: "we know about one person who died", "two workers who sustained moderate injuries"
    r"(?:who\s+)?"
    # "were", "had been confirmed", and the adverbs and participles that stand alone before the word:
    # "one soldier also died", "18 people reported injured", "with over 120 others being injured"
    r"(?:(?:were|was|had\s+been|have\s+been|has\s+been|are|is|had|have|has|sustained|suffered|received"
    # ("5,996 documented deaths", "12 verified deaths": a monitor's count)
    r"|also|later|reportedly|reported|subsequently|being|confirmed|got|documented|recorded|registered|verified"
    # ("one woman currently remains in hospital")
    r"|currently|still)\s+"
    r"(?:[\w'’-]+\s+){0,5}?)?(?:among\s+(?:the|those)\s+)?"
    rf"({CASUALTY_WORDS})\b"
)
# the same after a person noun and a phrase: "four residents of a nearby block were wounded", "two
# passengers in a passing minibus were injured"
# (not "of them"/"of whom": those are parts, read by their own rules)
CASUALTY_AFTER_OF_PHRASE = (
    # (also an age bound, its figure masked: "four children under the age of #14 were injured")
    # ("four workers of one of the region's power plants were killed": seven words, its "one" masked)
    r"(?i)^\s+(?:of|in|on|at|from|inside|under|below|younger|older)\s+(?:[A-Za-z#][\w'’-]*\s+){1,7}?"
    # ("soldiers of the army are said to have been killed")
    r"(?:(?:were|was|had\s+been|have\s+been|has\s+been|are|also|later|reportedly|being)\s+"
    r"(?:[\w'’-]+\s+){0,4}?"
    # ("three children under 10 among the dead")
    r"|among\s+(?:the|those)\s+)"
    rf"({CASUALTY_WORDS})\b"
)
PARTICIPLE = r"(?i)^(?:killing|injuring|wounding|hurting|hospitali[sz]ing|claiming\s.*|taking\s.*|kill|kills|injure|injures|wound)$"
VERB_CHAIN_AFTER = (
    r"(?i)^\s*,\s*(?:and\s+)?(?:killed|kills|wounded|wounds|injured|injures|hurt|hurts)"
    r"(?:\s+(?:at\s+least|more\s+than|over|about|nearly|some|around|another|almost|up\s+to))?\s*$"
)
# "kills five, wounds dozens", "killed four people, injured dozens more": a second casualty verb after a comma whose
# object is no figure of its own; the figure before it is the first verb's, and the second verb gives no fact (not a
# passive or an adjective of the figure's people: "three people, injured in the blast, were ...")
VERB_CHAIN_UNCOUNTED = (
    r"(?i)^\s*,\s*(?:and\s+)?(?:killed|kills|wounded|wounds|injured|injures|hurt|hurts)\s+"
    r"(?:dozens|scores|hundreds|thousands|tens|many|several|others|other|more|some|numerous|a\s+number\s+of"
    r"|a\s+few|a\s+further|people|civilians|residents)\b"
)
# what might have happened is no count: "could kill 5 people", "would have injured hundreds"
IN_CAPTIVITY = r"(?i)^[^,;.]*?\bin\s+(?:[\w'’-]+\s+)?(?:captivity|custody|detention)\b"
MODAL_BEFORE = (
    r"(?i)\b(?:could|would|might|may|can|cannot|will|to|did\s+not|didn't)\s+(?:have\s+)?"
    r"(?:kill|injure|wound|killed|injured|wounded)\s+(?:[a-z]+\s+){0,2}$"
)
# "17 of its soldiers were killed", "three of their employees were injured": a figure of the speaker's people
OWN_PEOPLE_AFTER = (
    rf"(?i)^\s+of\s+(?:its|their|our|his|her)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{PERSON_NOUNS})\s+"
    r"(?:(?:were|was|had\s+been|have\s+been|has\s+been|had|have|has|are|also|later|reportedly)\s+(?:[\w'’-]+\s+){0,3}?)?"
    rf"({CASUALTY_WORDS})\b"
)
# "three crew members and a port worker were injured": a plural verb after a second, uncounted subject
AND_ONE_MORE_AFTER = (
    r"(?i)^\s+and\s+(?:a|an|another|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?were\s+(?:[\w'’-]+\s+){0,2}?"
    rf"({CASUALTY_WORDS})\b"
)
# the join between two counted people of one list: "two soldiers, three medics and one driver", "four men aged 28, 39
# and 62 and two women" (an age list between them is masked already), "two women, aged 36 and 57, and three men"
LIST_JOIN_AFTER = (
    r"(?i)^\s*(?:,?\s*aged\s+#\d+(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)#\d+)*)?\s*(?:,\s*and|,|and)\s*$"
)
# "three men with shrapnel wounds", "two women with injuries of varying severity": people counted with their injuries
# (hospitalised when its verb says so: "two women with shrapnel wounds were hospitalised" are held in an injured figure
# before them like any hospitalised figure)
WITH_INJURIES_AFTER = (
    r"(?i)^\s+with\s+(?:[\w'’-]+\s+){0,2}?(wounds|injuries|burns|concussions|fractures)\b"
    r"(?:\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:[a-z]+\s+)?"
    r"(hospitali[sz]ed|taken\s+to\s+(?:a\s+)?hospital)\b)?"
)
# the dead or the hurt named before a figure in its clause, counted or not: "the death of a police officer and injured
# 30 others", "claimed the life of a woman and left 30 other people wounded", "a man was wounded and two others killed"
OTHER_TYPE_BEFORE_INJURED = (
    rf"(?i)\b(?:{KILLED_WORDS}|the\s+(?:death|life|lives)\s+of)\b[^.;]*$"
)
OTHER_TYPE_BEFORE_KILLED = rf"(?i)\b(?:{INJURED_WORDS})\b[^.;]*$"
# a casualty adjective before the person noun: "21 wounded people", "three injured soldiers"
CASUALTY_ADJECTIVE = r"(?i)\b(wounded|injured|dead|hospitali[sz]ed)\s*$"
# a related-story link glued to the sentence before it ("... the injured.Read also: Drone attack on Sumy: two
# killed"): the linked headline is another story, cut from the sentence (topic.RELATED_LINK drops a link that opens
# its own sentence)
GLUED_RELATED_LINK = (
    r"(?is)(?:[.!?\"”’]\s*|\s+)(?:read\s+(?:also|more)|also\s+read|see\s+also|related(?:\s+stories)?)\s*[:|–—]\s.*$"
)
# the parts of a figure set between dashes before its verb: "Five people — three women and two men — were killed"
# reads "Five people, including three women and two men, were killed" (a part without a figure, "— all of them
# civilians —", is an aside CASUALTY_AFTER reads)
DASHED_PARTS = (
    # (the parts are counts of people: "— 52, 31 and 45 years old —" are ages; "— all of them civilians —" is read
    # "all 0 of them civilians" by normalize_numbers, a part of no count that lends the total its word)
    rf"(?i)\b(\d[\d,]*\s+(?:[\w'’-]+\s+){{0,2}}?(?:{PERSON_NOUNS}))\s*[—–]\s*((?:all\s+)?\d[\d,]*\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?:{PERSON_NOUNS})\b[^—–;.]{{0,40}}?)\s*[—–]\s*"
)
# an "including" aside set between dashes: "a dozen residents — including two boys — were hurt" reads as the
# same aside between commas
DASHED_INCLUDING = r"\s*[—–]\s*(including\s[^—–;.]{1,50}?)\s*[—–]\s*"
# a part set between commas before the verb: "Three people, one of them a child, were killed", "Five people, two of
# whom children, were injured", "Four people, one a teenager, were wounded"
COMMA_PARTS = (
    rf"(?i)\b(\d[\d,]*\s+(?:[\w'’-]+\s+){{0,2}}?(?:{PERSON_NOUNS}))\s*,\s*(\d[\d,]*)\s+(?:of\s+(?:them|whom)\s+(?:an?\s+)?|an?\s+)"
    rf"((?:[\w'’-]+\s+){{0,2}}?(?:{PERSON_NOUNS}))\s*,"
)
# a nationality counted as people: "killing one Ukrainian and injuring five others", "two Russians were wounded"
# (only where no noun follows it: "two Ukrainian soldiers" counts soldiers)
DEMONYM_COUNTED = (
    r"(?i)\b(\d[\d,]*\s+)((?:Ukrainian|Russian|American|Israeli|Georgian|Belarusian)s?|Britons?)"
    # ("left 29 Ukrainians dead": the casualty word right after the nationality)
    r"(\s*(?:[,.;:)]|$)|\s+(?:and|were|was|are|is|who|had|have|has|died|dead|killed|injured|wounded|hurt|including|in|on|at"
    r"|near|during|after|when|while)\b)"
)
# a ground assault backed by fire is still an assault: "stormed the defences 23 times with artillery support",
# "with air support", "supported by tanks", "under the cover of artillery" (the weapons named there are no shelling)
FIRE_SUPPORT = (
    r"(?i)\b(?:with|under)\s+(?:the\s+)?(?:support|cover)\s+of\s+(?:[\w'’-]+\s+){0,2}?(?:artillery|aviation|aircraft|air"
    r"|drones?|tanks?|armou?r(?:ed\s+vehicles)?|mortars?)\b"
    r"|\bwith\s+(?:[\w'’-]+\s+)?(?:artillery|air|aviation|armou?r(?:ed)?|tank|drone|fire|mortar)\s+(?:support|cover)\b"
    r"|\b(?:supported|backed|covered)\s+by\s+(?:[\w'’-]+\s+){0,2}?(?:artillery|aviation|aircraft|drones?|tanks?|armou?r"
    r"(?:ed\s+vehicles)?|mortars?|shelling|fire)\b"
)
# "nine attacks of the Ukrainian army were repulsed", "14 assaults by Russian units near Bakhmut were repelled": a
# phrase naming whose attacks or where between the figure and its repelled verb
REPELLED_AFTER_PHRASE = (
    r"(?i)^\s+(?:of|by|from|near|around|in|on|at|against)\s+([^,;.:]{1,60}?)\s+(?:were|was|have\s+been|had\s+been)\s+"
    r"(?:\w+\s+)?(?:repell?ed|repulsed|beaten\s+back|thwarted)"
)
# a record's comparison is no span of the figure: "killing 12 in its deadliest attack on the capital in eight months"
SUPERLATIVE_SPAN = (
    r"(?i)\b(?:biggest|largest|heaviest|deadliest|worst|most\s+\w+|first|longest)\b[^,;]*?\b(?:in|for|over)\s+"
    r"(?:(?:the|a)\s+)?(?:past\s+|last\s+)?(?:#?\d+|several|many|a\s+few|few)\s+(?:days|weeks|months|years)\b"
    # "its biggest attack in March killed three": one attack, the month only says when
    r"|\b(?:biggest|largest|heaviest|deadliest|worst|fiercest|bloodiest)\s+(?:[\w'’-]+\s+){0,2}?(?:attack|strike|assault"
    r"|barrage|bombardment|raid)\s+(?:[\w'’-]+\s+){0,3}?in\s+(?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december)\b"
    # "one of its fiercest aerial assaults since the full-scale invasion began" compares, no running total
    r"|\b(?:fiercest|bloodiest|strongest|most\s+\w+|biggest|largest|heaviest|deadliest|worst)\b[^,;]*?\bsince\b[^,;]*"
    # "its largest drone attack to date on Russia killed three": a record, no running total
    r"|\b(?:fiercest|bloodiest|strongest|most\s+\w+|biggest|largest|heaviest|deadliest|worst)\b[^,;]*?\bto\s+date\b"
)
# a weekend of attacks is several days: "a bloody weekend of aerial attacks killed at least 24"
# (and "two weekend attacks", "the weekend strikes on Kyiv": several attacks of a weekend; "the weekend attack" is one)
WEEKEND_OF = (
    r"(?i)\bweekend\s+of\b|\bweekend['’]s\s+(?:attacks|strikes|shelling|bombardments?)\b"
    r"|\bweekend\s+(?:[\w-]+\s+)?(?:attacks|strikes|airstrikes|raids|bombardments)\b"
)
# Rates are not facts (FACTS.md 4): "on average, seven people died every day", "150 killed per month"
RATE = (
    r"(?i)\bon\s+average\b|\ban\s+average\s+of\b|\baverag(?:e|ed|ing)\s+(?:of\s+)?#?\d"
    r"|\b(?:per|each|every)\s+(?:day|week|month|year)\b|\bdaily\s+average\b"
    # "about fifty combat engagements occur daily", "are killed on a daily basis"
    r"|\b(?:occur|occurs|happen|happens|take\s+place|takes\s+place|die|dies|are\s+(?:killed|wounded|injured|fought|recorded))"
    r"\s+(?:daily|weekly|monthly)\b|\bon\s+a\s+(?:daily|weekly|monthly)\s+basis\b"
)
# the opening the shared scope context reads ("In October,", "Since the offensive began,")
# (also inside a quote: "“Since the beginning of November, our forces have ...”")
SENTENCE_OPENING = r"^[“\"‘']?((?:In|During|Since|Throughout|Over|So\s+far|Last|This|From)\b[^,]{0,60}),"
# a sentence that opens on a span sets the scope of all its figures: "Between 1 April and 30 June, ..."
SPAN_OPENING = r"(?i)^(Between\s[^,]{0,60}),"
# ... and so does a reported statement that opens on one: "The mayor said that in September, Russian troops fired at the
# city 53 times, injuring 188 people", "He noted that since January, 40 civilians have been killed"
REPORTED_OPENING = (
    r"(?i)^[^;]{0,100}?\b(?:said|says|sai|reported|reports|added|noted|stated|wrote|announced)\s+that\s+"
    r"((?:in|during|since|throughout|over|so\s+far|last|this|from|between)\b[^,]{0,60}),"
)
# right before it: "killed 19", "killing at least six", "injuring another"
CASUALTY_BEFORE = (
    rf"(?i)\b({CASUALTY_WORDS})\s+(?:a\s+total\s+of\s+|another\s+|a\s+further\s+)?$"
    # "resulted in the deaths of 5 people", "caused injuries to 14 people"
    # ("led to the injury of at least 11 individuals")
    r"|\b(?:the\s+)?(deaths?|injuries|injury)\s+(?:of|to)\s+(?:at\s+least\s+|a\s+total\s+of\s+)?$"
)
# a toll phrase: "death toll ... to 40", "the number wounded ... at 75", "among the dead were"
TOLL_BEFORE = (
    r"(?i)(?:\b(death)\s+toll|\bnumber\s+(?:of\s+(?:people\s+|those\s+|civilians\s+|persons\s+)?)?"
    # "the death toll rose to 40", "... stands at 9", "is 12", "Death toll now 23", "death toll: 23"
    rf"({CASUALTY_WORDS}))\b[^.;]*?(?:\b(?:at|to|of|reached|hit|is|was|now)|:)\s+$"
    # ("Among the dead was at least one teenager", "Among those hurt were two boys")
    rf"|\b(?:among\s+(?:the|those)|the)\s+({CASUALTY_WORDS})\s+(?:were|are|was|is|include|includes|included)\s+$"
    # "Among the injured, two women are in serious condition", "among the injured there are 14 children", "Among
    # the injured on Sadova Street are three boys": a part named by its casualty word, with its place or a comma
    rf"|\bamong\s+(?:the|those)\s+({CASUALTY_WORDS})(?:\s*,\s*|\s+there\s+(?:are|were|is|was)\s+"
    r"|\s+(?:in|on|at)\s+[^,;.]{1,40}?\s+(?:are|were)\s+)$"
)
# "the toll rose to nine": a bare toll in wire copy is the death toll ("the casualty toll" is both, no fact)
BARE_TOLL_BEFORE = (
    r"(?i)\b(?:the|a|an|its)\s+(?:(?:new|earlier|updated|latest|final|official|overall|total)\s+)?toll\b"
    r"[^.;]*?\b(?:at|to|of|reached|hit)\s+$"
)
SUBCOUNT_OF = r"(?i)^of\s+(?:them|these|those)\s+$"
# "20 killed, among them nine children": a part of the figure before, by the words in front of it
SUBCOUNT_BEFORE = r"(?i)\b(?:among\s+them|among\s+whom|of\s+(?:them|whom|these|those))\s*,?\s*$"
ATTRIBUTIVE_PERSON = (
    r"(?i)\b(civilian|volunteer|elderly|child|resident|medic|adult|minor|student)\s+((?:" + PERSON_NOUNS + r")\b)"
)
# a counterattack is an attack of the side defending: "repelled nine counterattacks", "repulsed two counter-attacks"
# read "repelled nine attacks" (the Russian ministry's battlegroup claims); one attack or assault is a count of one
# when repelled ("repelled one Ukrainian counterattack", "beat back one Russian assault"): it reads "1 ... attacks"
COUNTERATTACKS = r"(?i)\bcounter-?(attacks|assaults)\b"
ONE_ATTACK = (
    # (only before a place, a side, punctuation or a verb: "one attack drone" is a weapon, "one assault brigade" a unit)
    r"(?i)\b(1\s+(?:[\w'’-]+\s+){0,2}?)(?:counter-?)?(attack|assault)\b"
    r"(\s*(?:[,.;:)]|$)|\s+(?:near|on|in|at|by|from|of|against|toward|towards|around|and|was|were|while|but)\b)"
)
# what air defence repels is an air attack, never a ground clash: "air defence repelled one massive attack on the
# capital", "anti-aircraft units beat off two attacks"
AIR_DEFENCE_BEFORE = (
    r"(?i)\b(?:air\s+defen[cs]es?|anti-?aircraft|electronic\s+warfare|air\s+force|mobile\s+fire\s+groups?"
    r"|interceptors?)\b[^;:.]*$"
)
# "attacked Ukrainian positions 47 times": each attack is a clash; "struck Kharkiv with drones 5 times" is not
ASSAULT_TIMES_BEFORE = (
    r"(?i)\b(?:attacked|assaulted|stormed|tried\s+to\s+(?:advance|break\s+through)|went\s+on\s+the\s+offensive"
    # the General Staff's "the sides clashed 145 times": each time is a combat engagement
    r"|clashed"
    # "attempted to break through the Ukrainian defences 19 times", "tried to dislodge our units from their
    # positions 6 times": an attempt on positions or defences, whatever its verb
    r"|(?:tried|attempted|sought)\s+to\s+[a-z]+\b[^,;:]*?\b(?:positions?|defen[cs]es|defen[cs]e\s+lines?|strongholds"
    r"|fortifications)\b"
    # "the enemy has been repulsed seven times by our troops": each assault repulsed is a clash
    r"|(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:repulsed|repelled|beaten\s+back))\b[^,;:]*$"
)
TIMES_AFTER = r"(?i)^\s+times\b"
ASSAULT_OBJECT = (
    r"(?i)\b(?:positions?|defen[cs]es|defen[cs]e\s+lines?|lines|defenders|troops|units|strongholds|fortifications)\b"
)
PART_HOSPITALISED_AFTER = (
    r"(?i)^\s*of\s+(?:them|whom|these|those)\s+(?:were|was|had\s+been|have\s+been|are|is)\s+(?:[a-z]+\s+)?"
    r"(?:hospitali[sz]ed|taken\s+to\s+(?:a\s+|the\s+)?hospitals?)\b"
)
# the place a sentence opens on: "In Kherson Oblast, three people were injured", "In the Sumy region, ..."
# ("In the Lyman direction, the enemy attacked 7 times ... One battle is still going on": a General Staff report's front)
OPENING_PLACE = (
    r"^[“\"]?(?:In|Near|Around|On\s+the)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+(?i:region|district|oblast|province|direction"
    r"|front|axis|sector))?)\s*,"
)
# a day's attack before a figure: "Tuesday's attack on Odesa that killed", "yesterday's strike killed"
POSSESSIVE_DAY_ATTACK = (
    r"(?i)\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)['’]s\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:attacks?|strikes?|shelling|bombardment|barrage|assault|raid|bombing|missile\s+attack)\b[^.;]*$"
)
# the front a General Staff paragraph opens on: "On the Marinka front,", "In the Pokrovsk direction,"
CLASH_FRONT = r"\b(?i:on|in|along)\s+the\s+([A-Z][\w'’-]+\s+(?:front|direction|axis|sector))\b"
FRONT_WORDS = r"(?i)\b(?:direction|sector|axis|front\s+line|frontline|front)\b"
TIMES_WITH_WEAPONS = (
    r"(?i)^\s+times\b,?\s*(?:[^,;:.]{0,30}?\b(?:with|using)\b[^;:.]*?\b(?:artillery|drones?|uavs?|mortars?"
    r"|missiles?|aircraft|aviation|bombs?|rockets?|mlrs|tanks?|shells?|munitions)\b"
    # "attacked the region 94 times, firing 480 shells"
    r"|(?:firing|launching|dropping|using)\b)"
)
# the words after the attack verb: what was attacked
ATTACKED_WHAT = r"(?i)\b(?:attacked|assaulted|stormed)\s+(.*)$"
# a ground push: "made seven attempts to advance", "tried 14 times to break through the defences"
TO_ADVANCE = (
    # ("three attempts by Ukrainian units to breach the border": whose attempts, between them and their goal)
    r"(?i)^\s+(?:(?:by|of)\s+[^,;:.]{1,40}?\s+)?(?:times\s+)?to\s+(?:advance|break\s+through|breach|storm|dislodge|push|penetrate|drive\s+out"
    r"|assault|attack\s+(?:our|ukrainian|the)\s+(?:positions|defen))"
)
TRIED_BEFORE = r"(?i)\b(?:tried|attempted)\s+$"
NUMBER_OF_CLASHES_BEFORE = (
    r"(?i)\bnumber\s+of\s+(?:combat\s+|military\s+)?(?:clashes|engagements|battles)\b[^.;,]*?"
    r"\b(?:to|at|reached|hit|was|stood\s+at)\s+$"
)
# "launched 64 assaults on the Pokrovsk front": an assault is fought on the ground whoever won it
# ("carried out 655 attacks on 41 settlements" is shelling: attacks count only when repelled)
ASSAULTS_MOUNTED = (
    r"(?i)\b(?:launched|carried\s+out|conducted|made|mounted|undertook|staged)\s+(?:[a-z]+\s+){0,2}$"
)
NOT_GROUND_ASSAULT = (
    r"(?i)\b(?:missiles?|drones?|uavs?|air|aviation|aircraft|rockets?|artillery|shell\w*|bomb\w*|strikes?|mlrs"
    r"|struck|hit|targeted)\b[^,;:]*$"
)
REPELLED = (
    r"(?i)\b(?:repell?(?:ed|ing)|repuls(?:ed|ing)|beat(?:en)?\s+(?:back|off)|beating\s+(?:back|off)|fended\s+off"
    # (a relayed statement may quote the verb: 'Ukrainian forces "successfully repulsed" 11 enemy attacks')
    r"|fought\s+off|fighting\s+off|thwarted|held\s+off|stopped|halted|repelled\s+all|foiled|defended\s+against"
    r"|repelling|repulsing)[\"”’']?\s+(?:\w+\s+){0,1}$"
)
REPELLED_AFTER = (
    r"(?i)^\s*(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:repell?ed|repulsed|beaten\s+back|thwarted)"
    # "there had been 6 assaults near the village, which they repelled", "..., all of which were repulsed"
    r"|^[^.;:,]{0,50},\s*(?:all\s+of\s+)?which\s+(?:(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?"
    r"|(?:they|we|it|the\s+\w+|(?:[\w'’-]+\s+)?forces|the\s+defenders)\s+(?:\w+\s+)?)"
    r"(?:repell?ed|repulsed|beat\s+back|beaten\s+back|thwarted|fought\s+off)\b"
)
# "launched 17 assaults on Ukrainian lines but to no avail": attacks that failed in their own clause were
# repelled (section 2: attacks count as clashes only when repelled)
FAILED_AFTER = (
    r"(?i)^[^.;:]{0,60}?\b(?:but|yet)\s+(?:to\s+no\s+avail|without\s+success|(?:all\s+)?(?:were|was)\s+"
    r"(?:repell?ed|repulsed|unsuccessful))|^[^.;:,]{0,60}?,?\s+(?:unsuccessfully|to\s+no\s+avail|without\s+success)\b"
)
# "repelled 9 attacks on the A front, 24 attacks on the B front and 4 attacks on the C front": an item of a list
# after a repelled figure, joined to the one before by a comma or "and", shares its verb
LIST_ITEM_JOIN = r"(?i)(?:,|\band|,\s+and)\s*$"
NOT_GROUND_COMBAT = r"(?i)\b(?:missile|air|drone|mlrs|artillery|rocket|mortar|strike|aerial|cyber|terror\w*|shelling)\b"
PLACE_IN = (
    # ("in the Russian-controlled part of the Luhansk region", "in the Russian-occupied city of Horlivka": the side
    # holding a place is no place; the place follows)
    # ("in the same Bila Tserkva district": a round-up's next item in a place named before; "in the eastern Ukrainian
    # city of Kramatorsk": the country's adjective before "city of" names no place, the city does)
    # ("across Ukraine's southern Kherson region", "in the nearby town of Samar": the country's possessive and a
    # word of nearness before the place; "across Ukraine" itself is a round-up, no place)
    r"\b(?:(?:in|near|around|on)\s+(?:the\s+)?(?:(?:Ukraine|Russia)['’]s\s+)?|across\s+(?:the\s+|(?:Ukraine|Russia)['’]s\s+))"
    r"(?:same\s+)?(?:(?:Russian|Ukrainian)-(?:occupied|controlled|held)\s+(?:part\s+of\s+(?:the\s+)?)?)?"
    # ("in the northeastern Sumy region", "the south-eastern city of Zaporizhzhia")
    r"(?:(?:(?:north|south)-?(?:east|west)|north|south|east|west)(?:ern)?\s+|central\s+|nearby\s+|neighbou?ring\s+)?"
    r"(?:(?:(?:Ukrainian|Russian)\s+)?(?:port\s+)?(?:city|village|town|region|settlement|hamlet)\s+of\s+)?"
    r"(capital|[A-Z][\w'’-]+(?:\s+(?:region|district|oblast))?)"
)
# any place a sentence names, also at its opening ("In Russia, one woman died")
# ... also a city named by its kind after a verb or "against" ("a Russian strike against the city of Kherson killed
# two", "shelled the frontline town of Nikopol")
SENTENCE_PLACE = PLACE_IN.replace(
    r"\b(?:(?:in|near|around|on)\s+",
    r"\b(?:(?i:against|at|targeting|struck|hit)\s+the\s+(?:(?:Ukrainian|Russian)\s+)?(?:(?i:north|south|east|west)(?:ern)?\s+)?"
    r"(?:port\s+)?(?:city|town|village)\s+of\s+|(?i:in|near|around|on)\s+",
    1,
)
# a list item's place before a colon, its figures after it: "• Kharkiv region: 3 killed, 12 injured"
PLACE_FIRST_ITEM = (
    r"(?:^|\n)[ \t]*(?:[-–—•*·][ \t]*)?([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?(?:[ \t]+(?:region|district|oblast))?)"
    r"[ \t]*:[^\n:]*$"
)
# labels that are no place: "Update: 3 people were killed"
NOT_AN_ITEM_PLACE = r"^(?i:update|breaking|summary|note|source|details|background|key|overall|total|in\s+total|latest|context|casualties|victims)\b"
# words after "in"/"on" that are no place: "in Thursday's strikes", "in March", "in Russian attacks"
NOT_A_PLACE = (
    # ("the southern Ukrainian region of Odesa": a country's adjective before "region" names no region)
    r"^(?:The|A|An|Ukraine|Russia|(?:Ukrainian|Russian)(?:\s+(?:region|district|oblast))?|Ukraine's|Russia's|Telegram|Facebook"
    r"|(?:Saturday|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday)(?:['’]s)?"
    r"|January|February|March|April|May|June|July|August|September|October|November|December"
    # ... and their short forms: "reported on Sept. 21"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$"
)

# "Three of the dead were children", "two of the wounded": a part of a figure named by its casualty word
OF_THE_CASUALTIES_AFTER = (
    r"(?i)^\s*of\s+(?:the|those)\s+(?:\w+\s+)?(dead|killed|injured|wounded|hurt|hospitali[sz]ed)\b"
)
# "one of the injured died in hospital", "two of the wounded later succumbed": people moving from one toll into the
# other, whose death the toll of the dead already holds (as "another wounded man died in hospital" does): no figure
OF_THE_HURT_DIED = (
    r"(?i)^\s*of\s+(?:the|those)\s+(?:\w+\s+)?(?:injured|wounded|hurt|hospitali[sz]ed)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:died|dies|succumbed|succumbs|passed\s+away|did\s+not\s+survive)\b"
)
# "the deaths and injuries of 16 people": both at once, neither figure (as "killed or wounded")
COMBINED_BEFORE = (
    r"(?i)\b(?:deaths?|killed|dead)\s+(?:and|or|and/or)\s+(?:injuries|injury|wounded|injured)\s+(?:of|to)\s+"
    r"(?:at\s+least\s+|a\s+total\s+of\s+|more\s+than\s+)?$"
)
OF_THE_INJURED_HOSPITALISED = (
    r"(?i)^\s*of\s+(?:the|those)\s+(?:\w+\s+)?(?:injured|wounded|hurt)\b[^,;.]*?"
    r"\b(hospitali[sz]ed|taken\s+to\s+(?:a\s+)?hospital)\b"
)
# "seven people were killed, three of them in the capital": a part of the figure before it, by place
PART_OF_THEM_AFTER = r"(?i)^\s*of\s+(?:them|whom|those|which)\b"
# A toll that changed: only the new figure counts ("rose from 9 to 14", "14, up from 9")
TOLL_CHANGE_FROM = (
    r"(?i)\b((?:rose|risen|rises|rising|increased|climbed|jumped|grew|went\s+up|revised\s+(?:up|down)(?:ward)?"
    r"|fell|dropped))\s+from\s+(?:[a-z]+\s+)?\d[\d,]*\s+(to)\b"
)
TOLL_UP_FROM = r"(?i),?\s*(?:up|down)\s+from\s+(?:[a-z]+\s+)?\d[\d,]*"
# "the death toll rose by three to 15" is 15: the increase is no second figure
TOLL_CHANGE_BY = (
    r"(?i)\b((?:rose|risen|rises|rising|increased|climbed|jumped|grew|went\s+up))\s+by\s+(?:[a-z]+\s+)?"
    r"\d[\d,]*\s+(to)\b"
)
# "injured seven people in Kyiv, three in Odesa and two in Lviv": the figures after the first, one per place
# an editor's bracketed kind of place in a translated quote: "two in [the village of] A and one in [the town of] B"
EDITOR_PLACE_KIND = r"(?i)\[((?:the\s+)?(?:village|town|city|settlement|hamlet)\s+of)\]"
PLACE_ITEM_BEFORE = (
    # "... were injured in the Shevchenkivskyi district and 2 in ...": the first figure's word may come first
    rf"^\s*(?i:(?:more\s+)?(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:{CASUALTY_WORDS})\s+)?"
    # ("Two more deaths were reported in the Sumy region, and one in ...": the deaths' own verb of reporting)
    r"(?i:(?:were|was|have\s+been|had\s+been)\s+(?:reported|recorded|registered|confirmed)\s+)?"
    # ("two people in Sosnivka in Bilopillia hromada, one person in ...": a place inside its community)
    # ("two in the village of A and one in ...": the place's kind before its name)
    # ("killed three people in the southern city of Kherson and one in Mykolaiv": the kind's direction or country first)
    r"(?:(?:in|on|at|near)\s+(?:the\s+)?(?i:(?:(?:(?:north|south|east|west)(?:ern)?|central|nearby|neighbou?ring|ukrainian"
    r"|russian|port|frontline|front-line)\s+)*(?:village|town|city|settlement|hamlet)\s+of\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?)?"
    # ("five more people were hurt (two in Siversk, three in ...)": the list in brackets after its total)
    r"\s*(?:,\s*(?:and\s+|while\s+)?|and\s+|;\s*|\(\s*)$"
    # "six residents of the region: four in Kostiantynivka, ...", "killed four people in the region: two in ..."
    r"|^\s*(?:(?:[a-z][\w'’-]*\s+){0,4}?(?:of\s+)?(?:the\s+)?(?:[A-Z][\w'’-]*|region|oblast|province|district|city|town|area"
    r"|community|hromada)(?:\s+[\w#'’-]+){0,4}?)?\s*:\s*$"
    # "Seven people were killed, three in Kharkiv ..."
    rf"|(?i:^\s*(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:{CASUALTY_WORDS})\s*,\s*$)"
    # "19 residents of the Donetsk region were injured in Russian attacks: eight in Pokrovsk, ..."
    r"|(?i:^\s*(?:of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?)?(?:(?:were|was|have\s+been|had\s+been)\s+)?"
    rf"(?:{CASUALTY_WORDS})(?:\s+(?:in|by|during|after)\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)?\s*:\s*$)"
)
# A figure for each of several places, "one in each of Siversk, Krasnohorivka and Chasiv Yar", "two each in Kherson and
# Nikopol": one figure per place, spelled out as the list the place-list items read ("one in Siversk, one in
# Krasnohorivka and one in Chasiv Yar"); the head gives up one place per pass, the last two places end it
_EACH_OF_LEAD = (
    r"\b(\d[\d,]*)(\s+(?:more\s+)?(?:(?:people|persons|civilians|residents)\s+)?)(?:in\s+\[?each\s+of\s+(?:the\s+)?(?:(?:settlements|towns|villages|cities|communities"
    r"|districts|hromadas)\s+of)?\]?\s*|each\s+in\s+)"
)
_EACH_OF_PLACE = r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
PEOPLE_IN_EACH_OF_HEAD = _EACH_OF_LEAD + _EACH_OF_PLACE + r"\s*,\s+([A-Z])"
PEOPLE_IN_EACH_OF_LAST = _EACH_OF_LEAD + _EACH_OF_PLACE + r",?\s+and\s+" + _EACH_OF_PLACE + r"\b"
# ("and one in the eastern city of Izium": the place's kind and its direction before its name)
PLACE_ITEM_AFTER = (
    r"^\s+(?:(?:more|others?)\s+)?(?:in|on|at|near)\s+(?:the\s+)?"
    r"(?:(?:(?:north|south|east|west)(?:ern)?|central|nearby|neighbou?ring)\s+)?(?:(?:port\s+)?(?:city|town|village|settlement|hamlet)\s+of\s+)?[A-Z]"
)
# one night named by the two days it joins is no span of days: "overnight from Friday to Saturday", "on the night from
# Sunday into Monday", "during the night of Tuesday to Wednesday" (the night's toll is an event; "from Friday to Sunday"
# stays a period, and so do two days in a row without the night)
NIGHT_OF_TWO_DAYS = (
    r"(?i)\b(?:overnight|night)\s+(?:of|from)\s+(?:"
    + "|".join(rf"{day}\s+(?:to|into|until|till|and)\s+{WEEKDAYS[(i + 1) % 7]}" for i, day in enumerate(WEEKDAYS))
    + r")\b"
)
# Figures over several days, not one attack: "from Friday to Sunday", "over the weekend"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
SEVERAL_DAYS = (
    rf"(?i)\bfrom\s+{_WEEKDAY}\s+(?:to|until|through|till)\s+{_WEEKDAY}\b|\bbetween\s+{_WEEKDAY}\s+and\s+{_WEEKDAY}\b"
    r"|\bover\s+the\s+(?:past\s+|last\s+)?weekend\b"
    # the holidays are several days: "over the New Year", "during the Christmas holidays", "over the Easter weekend"
    r"|\b(?:over|during|throughout)\s+the\s+(?:(?:New\s+Year|Christmas|Easter|festive|holiday)(?:['’]s)?\s*)+"
    r"(?:holidays?|period|break|season)?\b"
    r"|\b(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+(?:few|two|three|four|five|several|#?[2-9])\s+days\b"
    # "in the last 48 hours": two days or more counted in hours
    r"|\b(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+#?(?:48|72|96)\s+hours\b"
    # a monitoring report's span: "during the reporting period", "over the period under review"
    r"|\b(?:during|in|over|throughout)\s+the\s+(?:reporting\s+period|period\s+under\s+review)\b"
    rf"|\bsince\s+{_WEEKDAY}\b"
    # "last weekend", "over the weekend": Saturday and Sunday
    r"|\blast\s+weekend\b"
)
# "last month", "earlier this week", "late last month": the week or month an attack came in, said relative to the story
RELATIVE_WEEK_OR_MONTH = ascii_bounds(r"(?i)\b(?:(?:earlier|early|late|later)\s+)?(?:this|last)\s+(?:week|month)\b")
# ... not a span that runs over it: "in the last month", "over the past week", "since last week"
SPAN_OF_WEEK_OR_MONTH = ascii_bounds(
    r"(?i)\b(?:in|over|during|within|throughout|for)\s+the\s+(?:past|last|previous)\s+(?:week|month)\b"
    r"|\bsince\s+(?:(?:earlier|early|late)\s+)?(?:this|last)\s+(?:week|month)\b|\b(?:week|month)\s+alone\b"
)
# one attack, named in the singular: "a Russian missile hit", "a drone strike on the port", "when a restaurant was hit"
ONE_ATTACK_NAMED = ascii_bounds(
    r"(?i)\b(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:strike|attack|airstrike|missile|rocket|drone|bomb|raid|explosion"
    r"|blast|bombardment|barrage)\b|\bwhen\s+(?:a|an)\s"
)
# ... and several, in the plural ("Russian strikes killed 120 civilians last month"), a rank aside ("one of the
# deadliest attacks in months" names no attacks of the figure)
ATTACKS_NAMED = ascii_bounds(r"(?i)\b(?:strikes|attacks|airstrikes|raids|bombardments|barrages)\b")
RANK_AMONG_ATTACKS = ascii_bounds(
    r"(?i)\b(?:one|1)\s+of\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:attacks|strikes|airstrikes|raids|bombardments)\b"
)
# "1,150 troops killed or wounded", "12 people killed and wounded": both at once, so neither figure
COMBINED_AFTER = (
    r"(?i)^\s*(?:[\w'’-]+\s+){0,4}?(?:(?:killed|dead)\s+(?:or|and|and/or)\s+(?:wounded|injured)"
    r"|(?:wounded|injured)\s+(?:or|and|and/or)\s+(?:killed|dead))\b"
)
COMBINED_THEN_FIGURE = r"(?i)\b(?:killed|dead)\s+and\s+(?:wounded|injured)\s*$"
# Running totals the shared scope cues miss: "since Ukrainian forces liberated the city", "since the
# offensive began", "since January"
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
RUNNING_SINCE = (
    r"(?i)\bsince\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:liberat\w*|recaptur\w*|captur\w*|occup\w*|seiz\w*|annex\w*|began|begun|started|invaded|invasion"
    r"|offensive|incursion|escalation|full-scale)\b"
    rf"|\bsince\s+(?:early\s+|late\s+|mid-?)?{_MONTH}\b"
    # "since the beginning of November", "since the start of October"
    rf"|\bsince\s+the\s+(?:start|beginning|end|middle)\s+of\s+{_MONTH}\b"
    # wire abbreviations: "since Feb. 24", "since Oct 7"
    r"|\bsince\s+(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+#?\d"
)
PRELIMINARY = (
    r"(?i)\b(?:according\s+to\s+(?:the\s+)?(?:preliminary|initial|early|first)\s+(?:data|information|reports?|figures)"
    r"|preliminar(?:y|ily)\b|initial\s+reports?|early\s+reports?)"
)
# "the largest attack since the invasion began" dates a record, not a running total
SUPERLATIVE_WORD = r"(?i)\b(?:biggest|largest|heaviest|deadliest|worst|most|first|record|longest|massive|fiercest|bloodiest|strongest)\b"
# a year so far is a period: "this year alone", "so far this year" (the shared cues read "in 2024")
THIS_YEAR = r"(?i)\b(?:this|last|past)\s+year\b|\byear\s+alone\b"
# A war's running toll said without "since" (FACTS.md 3, 8: "so far" is a running total), read in the figure's own
# clause: "884 civilians have been killed in the region thus far", "21,000 soldiers have been killed in the fighting
# so far", "the war has killed 485 children", "612 of its soldiers have been killed in the war", "the UN has recorded 227
# civilian deaths". A toll of one attack or one day says so ("have died in these strikes so far", "nine people
# have so far been injured" after a night's attack): so far alone, with no war, soldiers or region around it, is the
# attack's toll as yet.
SO_FAR = r"(?i)\b(?:so|thus)\s+far\b|\bto\s+date\b"
# the war as the frame of the toll: "in the fighting", "the war has killed", "as a result of the hostilities"
WAR_FRAME = (
    r"(?i)\b(?:the|this|a|russia['’]s|moscow['’]s|its)\s+(?:(?:full-scale|ongoing|whole|entire|current)\s+)?"
    r"(?:war|conflict|invasion|fighting|hostilities)\b"
)
# a perfect of a casualty verb ("have been killed", "has killed", "have died"), not a perfect infinitive ("are said to
# have been killed": the infinitive's "have" is masked before this is read)
CASUALTY_PERFECT = (
    r"(?i)\b(?:has|have)\s+(?:(?:so\s+far|thus\s+far|already|now|also)\s+)?(?:been\s+)?"
    # ("has claimed the lives of", not the reporting verb: "the military has claimed that 200 soldiers were killed")
    r"(?:killed|died|wounded|injured|perished|claimed\s+the\s+lives?)\b"
)
# a monitoring mission's tally: "the UN has recorded", "the mission has documented", "OHCHR has verified"
MONITOR_TALLY = (
    r"(?i)\b(?:UN|U\.N\.|United\s+Nations|OHCHR|HRMMU|monitor\w*|mission|human\s+rights\s+office)\b[^,;]*?"
    r"\b(?:has|have)\s+(?:so\s+far\s+|already\s+|now\s+)?(?:recorded|documented|verified|registered|confirmed|counted)\b"
)
# the UN's monitors as the source of a toll: "at least 9,500 civilians have been killed, according to UN human
# rights monitors", "the UN says 600 children have died" (their counts are the war's, never one attack's)
UN_MONITORS = (
    r"\b(?:UN|U\.N\.|United\s+Nations|OHCHR|HRMMU|UNICEF)\b(?:[^.;]{0,40}?\b(?:monitor\w*|mission|agency|office))?"
)
# a region or a country, not a town: "in Donetsk Oblast", "in the Kharkiv region", "in Ukraine"
WHOLE_REGION = r"\b(?:in|across)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+(?:[Oo]blast|[Rr]egion|[Pp]rovince)|Ukraine|Russia)\b"
# attacks in general, no one attack: "the attacks", "Russian missile strikes", "drone and missile attacks"
ATTACKS_IN_GENERAL = (
    r"(?i)\b(?:(?:missile|drone|rocket|air|artillery|aerial)\s+(?:and\s+(?:missile|drone|rocket)\s+)?)?"
    r"(?:attacks|strikes|airstrikes|bombardments)\b"
)
# the words any of these needs in the figure's clause
RUNNING_TOLL_WORDS = r"(?i)\b(?:so\s+far|thus\s+far|to\s+date|has|have)\b"
# the day a statement was made is no day of the toll: "the ministry announced Wednesday that ..."
STATED_ON_DAY = (
    r"(?i)\b(?:said|says|announced|reported|stated|told|claimed|wrote|added)\s+(?:on\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\b"
)
# soldiers counted: a side's losses in the war ("498 of its troops have died", "21,000 Russian soldiers have been killed")
SOLDIERS = (
    r"(?i)\b(?:soldiers?|troops|servicem[ae]n|servicewomen|service\s+members|servicemembers|fighters|marines"
    r"|paratroopers|conscripts|mercenaries|military\s+personnel)\b"
)
# ... but one attack, one clash or one day in the clause makes it that event's toll as yet
ONE_EVENT_WORDS = (
    r"(?i)\b(?:attacks?|strikes?|airstrikes?|shelling|shelled|bombing|bombardment|barrage|explosions?|blasts?|missiles?"
    r"|drones?|rockets?|bombs?|clashes|battle|assault|ambush|raid|incident|latest|outburst|overnight|tonight|today"
    r"|yesterday|this\s+morning|last\s+night|past\s+day|#?24\s+hours|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)\b"
)
# A daily tally, not a running total: "155 combat clashes since the start of the day"
SINCE_THE_DAY_BEGAN = (
    r"(?i)\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+day|(?:this\s+)?morning|midnight|dawn"
    # "have clashed 103 times since the day began"
    r"|(?:the\s+)?day\s+(?:began|started))\b"
)
# "three lives were lost", "at least 12 civilian lives have been lost": as many people lost their lives (not "lives
# could be lost")
LIVES_LOST = (
    r"(?i)\b(\d[\d,]*)\s+(?:more\s+|other\s+)?(?:civilian\s+|human\s+|innocent\s+)?lives\s+"
    # ("mourning the 10 lives lost in the attack": the participle alone)
    r"(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:tragically\s+|also\s+)?)?lost\b"
)
# "one of the biggest civilian death tolls", "one of the deadliest attacks on the city": a rank among others, whatever
# its noun says
ONE_OF_THE_MOST = (
    r"(?i)\b(1\s+of\s+(?:the|its|their|this|Russia['’]s|Ukraine['’]s)\s+(?:[\w'’-]+\s+){0,1}?"
    r"(?:biggest|largest|deadliest|worst|heaviest|highest|bloodiest|fiercest|most|greatest|strongest|gravest|costliest"
    r"|latest|major|main)\b)"
)
# "two women were in grave condition", "three remain in critical condition": people hurt, though no injury verb is used
IN_GRAVE_CONDITION = (
    r"(?i)\b(were|was|are|is|remain|remains|remained|(?:are|is|were|was)\s+still)\s+(?:now\s+)?in\s+(?:a\s+)?"
    r"(?:grave|serious|critical|severe|moderate|extremely\s+serious|life-threatening)\s+condition\b"
)
# a sentence that is nothing but a part of the figure before it: "Three of them were children.", "Two of whom were
# rescuers." (its total's casualty word is in the sentence before)
SENTENCE_OF_THEM = (
    r"(?i)^\W*(?:at\s+least\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
    r"|twenty|thirty|forty|fifty)\s+of\s+(?:them|whom)\s+(?:were|was|are|is)\s+(?:also\s+)?(?:[\w'’-]+\s+){0,2}?"
    rf"(?:{PERSON_NOUNS})\s*[.!]?[\"”’]?\s*$"
)
# "The number of injured in Samar has also increased. There are 11 of them.": a bare count of a sentence of its own
# whose kind is the number the sentence before it speaks of (that sentence giving no figure)
_SMALL_NUMBER = (
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)"
)
THERE_ARE_N = (
    r"(?i)^\W*(?:(?:according\s+to\s+[^,.;]{1,60}|as\s+of\s+[^,.;]{1,40}|so\s+far|currently|now|at\s+the\s+moment),\s*)?"
    r"there\s+(?:are|were|is)\s+(?:now\s+|already\s+|currently\s+)?(?:at\s+least\s+)?" + _SMALL_NUMBER
    + r"(?:\s+of\s+them)?\s*[,.!]?[\"”’]?"
    # (a quote's attribution after it: "... there are nine of them," the governor said.)
    r"(?:\s*,?\s+(?:[\w'’-]+\s+){1,3}?(?:said|added|wrote|noted|reported)\b[^.\d]*)?\s*[.!]?\s*$"
)
NUMBER_OF_KIND = r"(?i)\bthe\s+number\s+of\s+(?:the\s+)?(injured|wounded|dead|killed|deaths|fatalities)\b"
# "The two residents reported missing ... have been found. Sadly, they are dead.": people counted as missing,
# trapped or under the rubble, whose death the next sentence states of "they" (that sentence giving no figure)
MISSING_PEOPLE = r"(?i)\b(?:missing|unaccounted\s+for|trapped|under\s+the\s+(?:rubble|debris)|buried)\b"
THEY_ARE_DEAD = (
    r"(?i)^\W*(?:(?:sadly|unfortunately|tragically|alas),?\s+)?(?:they|all\s+of\s+them)\s+"
    r"(?:(?:are|were|have\s+been)\s+(?:all\s+|now\s+)?(?:dead|killed|(?:confirmed|found)\s+dead)"
    r"|(?:all\s+)?(?:died|did\s+not\s+survive))\b[^\d]*$"
)
# "Among the victims are five men and 11 women", "The other victims include five women and three men": a list of
# counted people that breaks down the victims of a toll stated just before (within two sentences); the list takes the
# kind of that toll, read as the verb before a list ("injured 7 men and 13 women")
VICTIMS_OPENER = (
    r"(?i)^(\W*)(?:among\s+(?:the\s+)?(?:other\s+)?victims\s*,?\s+(?:are|were)|(?:the\s+)?(?:other\s+)?victims"
    r"(?:,\s+[^,]{1,60},)?\s+(?:include|included|are|were)"
    # ("The children included two girls and four boys": the children of the toll before, by kind)
    r"|the\s+children\s+(?:include|included))\s+(\d[\d,]*\s|an?\s)"
)
# ... the count, which takes the kind ("there are 11 of them injured")
COUNT_OF_THEM = r"(?i)\b(\d[\d,]*(?:\s+of\s+them)?)"
# ... the missing people's figure, which takes the death ("the 3 people killed who went missing")
MISSING_COUNTED = rf"(?i)\b(\d[\d,]*\s+(?:[\w'’-]+\s+)?(?:{PERSON_NOUNS}))\b"
# "killed or wounded" anywhere in a sentence: its figures count both at once
COMBINED_ANYWHERE = r"(?i)\b(?:(?:killed|dead)\s+(?:or|and|and/or)\s+(?:wounded|injured)|(?:wounded|injured)\s+(?:or|and|and/or)\s+(?:killed|dead))\b"
WHO_IN_GRAVE_CONDITION = (
    r"(?i)\bwho\s+(?:are|were|is|was|remain|remains|remained)\s+(?:now\s+|still\s+)?in\s+(?:a\s+)?"
    r"(?:grave|serious|critical|severe|moderate|extremely\s+serious|life-threatening)\s+condition\b"
)
# "... and 10 were policemen": a second part's copula and its person noun
SECOND_PART_AFTER = rf"(?i)^\s+(?:were|was|are|is)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{PERSON_NOUNS})\s*(?:[.,;]|$)"
# a part after its total's "the N wounded": "Among the 64 wounded were 14 children", "the 18 wounded included two
# children", "The 12 dead include three children", "among the 40 people injured were six children" (the text between
# the two figures)
PART_AFTER_THE_TOTAL = (
    rf"(?i)^\s*(?:[\w'’-]+\s+){{0,2}}?(?:{CASUALTY_WORDS})\s+(?:were|are|was|is|include|includes|included)\s+"
    r"(?:also\s+)?$"
)
# ... and "Of the 30 injured, 11 were children"
PART_AFTER_THE_TOTAL_COMMA = rf"(?i)^\s*(?:[\w'’-]+\s+){{0,2}}?(?:{CASUALTY_WORDS})\s*,\s*$"
SECOND_PART_AFTER_NOUN = rf"(?i)^\s+(?:were|was|are|is)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{PERSON_NOUNS})\b"
# "kills 10 or more": the figure is a floor, and the words after it are no noun
OR_MORE_AFTER = r"(?i)^\s+or\s+more\b"
# "killed a family of four", "a family of five was killed": the count is the family's members
FAMILY_OF = r"(?i)\ba\s+family\s+of\s+(\d+)\b"
# "her son was one of three people killed": the person named is one of the dead, the count is the three (a
# named individual is no count, as "a 55-year-old man was killed" is none); "two of the 12 killed were
# children" has no copula before it and stays a part (of the twelve: N_OF_THE_M_CASUALTIES)
ONE_OF_THE_COUNTED = (
    r"(?i)\b(was|is|were|are|as|became)\s+\d[\d,]*\s+of\s+(?:the\s+)?"
    r"((?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+)?\d)"
)
# "three are being treated in hospital": hospitalised; "a woman was treated at the scene" received medical help,
# counted the same
TREATED_IN_HOSPITAL = (
    r"(?i)\b(?:treated|cared\s+for)\s+(?:(?:in|at)\s+(?:a\s+|the\s+)?(?:local\s+|city\s+|regional\s+)?(?:hospitals?"
    # ("some 40 residents are still being treated in medical facilities")
    r"|medical\s+(?:facilities|facility|institutions?))"
    r"|at\s+the\s+scene|on\s+the\s+(?:spot|ground)|on\s+site|on-site)\b"
    # "two women are receiving treatment in hospital", "seven undergoing hospital treatment"
    r"|\b(?:receiving|undergoing|getting|receive|undergo|received|underwent)\s+(?:(?:in-?patient|medical|hospital)\s+)?"
    r"(?:treatment|care)\s+(?:in|at)\s+(?:a\s+|the\s+)?(?:local\s+|city\s+|regional\s+)?hospitals?\b"
    r"|\b(?:receiving|undergoing|received|underwent)\s+(?:in-?patient\s+)?hospital\s+(?:treatment|care)\b"
    # ... or help without a bed: "two others are receiving outpatient treatment" (medical help, counted the same)
    r"|\b(?:receiving|undergoing|received|underwent|given)\s+out-?patient\s+(?:treatment|care)\b"
)
# "one resident died and another was injured", "killing one person and wounding another": "another" after a
# counted person, with a casualty word of its own, is one more person (not "another three", a figure of its own, nor
# "another wounded man died", a person inside a toll)
ANOTHER_ONE_SUBJECT = (
    r"(?i)\b(and|while|,)\s+another(\s+(?:one\s+)?(?:was|has\s+been|is)\s+(?:also\s+|reportedly\s+|later\s+)?"
    r"(?:injured|wounded|hurt|hospitali[sz]ed|killed)|\s+(?:one\s+)?died)\b"
)
ANOTHER_ONE_OBJECT = (
    r"(?i)\b(and\s+(?:injuring|wounding|hurting|killing|injured|wounded|hurt|killed))\s+another(\s*(?:[.,;:]|$)"
    r"|\s+(?:in|on|at|near|when|during|as|after|while|overnight|with)\b)"
)
# "a second strike killed another person", "injured another civilian": one more person, added to a toll before
ANOTHER_PERSON_OBJECT = (
    r"(?i)\b(killed|killing|kills|injured|injuring|injures|wounded|wounding|wounds|hurt|hurting)\s+another\s+"
    r"(person|man|woman|civilian|resident|child|boy|girl|soldier|serviceman|rescuer|worker|pensioner|teenager)\b"
)
# "three employees of one of the energy facilities", "workers at one of the plants": which place the people are of, no
# count of one
PEOPLE_OF_ONE_OF = rf"(?i)\b((?:{PERSON_NOUNS})\s+(?:of|at|from)\s+)1(\s+of\s+(?:the|its|their)\b)"
# "suffered lethal wounds", "a mortal wound": the fatal injuries of a death
LETHAL_WOUNDS = r"(?i)\b(?:lethal|mortal)\s+(wounds?|injur(?:y|ies))\b"
# "sustained injuries incompatible with life", "wounds that were incompatible with life": the dead
WOUNDS_INCOMPATIBLE_WITH_LIFE = (
    r"(?i)\b(wounds?|injur(?:y|ies))\s+(?:that\s+(?:were|was|are|is)\s+)?incompatible\s+with\s+life\b"
)
# "four more were admitted to hospital", "two were rushed to a local hospital": hospitalised (not patients moved
# between hospitals: "evacuated to another hospital" names no one hurt)
ADMITTED_TO_HOSPITAL = (
    r"(?i)\b(?:admitted|rushed|brought)\s+to\s+(?:a\s+|the\s+)?(?:local\s+|nearby\s+|city\s+|regional\s+)?"
    r"hospitals?\b"
)
# "four injured were hospitalised": the injured (a figure already given) of whom some went to hospital, read as
# "four injured people were hospitalised", a hospitalised figure that names the injured who hold it
INJURED_HOSPITALISED = (
    r"(?i)\b(\d[\d,]*)\s+(injured|wounded)\s+((?:were|was|had\s+been|have\s+been)\s+(?:[a-z]+\s+)?"
    r"(?:hospitali[sz]ed|taken\s+to\s+(?:a\s+)?hospital))"
)
# "of the injured, 11 were taken to hospital", "three injured people were hospitalised": the hospitalised
# figure says it is a part of the injured figure given before, however far back
NAMES_THE_INJURED_BEFORE = r"(?i)\bof\s+(?:the|those)\s+(?:injured|wounded|hurt)\s*,?\s*$"
# "two of the four people reported injured were teenagers": a part of a total named with its casualty word
N_OF_THE_M_CASUALTIES = (
    r"(?i)\b(\d[\d,]*)\s+of\s+(?:the|those)\s+(\d[\d,]*)(\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:killed|dead|injured|wounded|hurt|hospitali[sz]ed))\b"
)
# "raising an earlier toll of one dead", "up from a previous count of 9": the superseded figure of a toll
# that changed is no fact (as "rose from 9 to 14" is 14 only); it is masked before the figures are read
SUPERSEDED_TOLL = (
    r"(?i)\b((?:raising|raised|revising|revised|updating|updated|increasing|up\s+from|down\s+from)\s+"
    r"(?:an?|the|its|their)\s+(?:earlier|previous|prior|initial)\s+(?:death\s+|casualty\s+)?"
    r"(?:toll|count|figure|tally)\s+of\s+(?:at\s+least\s+|more\s+than\s+)?)(\d)"
)
# "the number of dead rose to three people, wounded — to nine": the second figure of a toll with its verb
# left out takes the casualty word before it
TOLL_ELLIPSIS = (
    r"(?i)^\s*(?:people\s*)?[,;]\s*(?:and\s+)?(?:(?:the\s+)?number\s+of\s+|of\s+)?(?:the\s+|those\s+)?"
    rf"({CASUALTY_WORDS})\s*(?:[—–-]+\s*)?(?:to|at)\s+$"
)
# a figure added to an earlier one ("two more died", "another three were injured") is never a restatement
ADDITIONAL_BEFORE = r"(?i)\b(?:another|a\s+further|further|additional|other)\s*$"
ADDITIONAL_AFTER = r"(?i)^\s*(?:more|others?|additional|further)\b"
# "One person was also killed in ...", "two people also died": another toll of the same kind as the figure before it
# ("A woman died. Nine people were also injured." adds the injured to a death: the nine may restate a lede's nine)
ALSO_AFTER = (
    r"(?i)^\s*(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?also\s+(?:been\s+)?(?:killed|died|dead|wounded"
    r"|injured|hurt|hospitali[sz]ed)\b"
)
# people who sought or received medical help are counted like the hospitalised (FACTS.md 8): injured, and no
# second figure beside an injured figure that holds them
_MEDICAL_HELP = (
    r"(?:have\s+|has\s+|had\s+|were\s+)?(?:sought|seeking|seek|needed|needing|requested|received"
    r"|receiving|required|requiring|asked\s+for|turned\s+to\s+(?:doctors|medics|hospitals?)\s+for|given)\s+"
    r"(?:emergency\s+|urgent\s+)?medical\s+(?:help|assistance|aid|attention|care|treatment)\b"
    # the Ukrainian officials' "applied to medical institutions", "turned to medical facilities", "applied for medical
    # help": people who came to doctors after the attack
    r"|(?:have\s+|has\s+|had\s+)?(?:applied|turned|went|came)\s+to\s+(?:(?:the|a)\s+)?(?:medical|health)\s+"
    r"(?:institutions?|facilities|facility|workers|centres|centers)\b"
    r"|(?:have\s+|has\s+|had\s+)?applied\s+for\s+(?:emergency\s+|urgent\s+)?medical\s+(?:help|assistance|aid|care)\b"
    # help given where they were hurt: "received assistance on the spot", "were given first aid at the scene"
    r"|(?:have\s+|has\s+|had\s+|were\s+|was\s+)?(?:received|given|provided\s+with|got)\s+(?:the\s+)?(?:necessary\s+)?"
    r"(?:first\s+aid|(?:assistance|help|aid)\s+(?:on\s+the\s+spot|at\s+the\s+scene|on\s+site|on-site))\b"
)
MEDICAL_HELP = rf"(?i)\b(?:who\s+)?{_MEDICAL_HELP}"
# "six of them sought medical help" is a hospitalised part: "six of them were hospitalised"
MEDICAL_HELP_PART = rf"(?i)\b(of\s+(?:them|whom|those)\s+){_MEDICAL_HELP}"
# "8 injured, 6 of them needed hospitalisation": a hospitalised part in the words of its need
NEEDED_HOSPITAL_PART = (
    r"(?i)\b(of\s+(?:them|whom|those)\s+)(?:needed|need|needing|required|require|requiring)\s+"
    r"(?:to\s+be\s+hospitali[sz]ed|hospitali[sz]ation|(?:in-?patient\s+)?treatment\s+in\s+(?:a\s+)?hospital)\b"
)
# ... and a figure of its own: "four people needed hospitalisation", "with two requiring hospitalisation" (not the base
# form a negation takes: "did not require hospitalisation")
NEEDED_HOSPITAL = (
    r"(?i)\b(?:needed|needing|required|requiring)\s+(?:to\s+be\s+hospitali[sz]ed|hospitali[sz]ation"
    r"|(?:in-?patient\s+)?treatment\s+in\s+(?:a\s+)?hospital)\b"
)
# "three people remain in hospital", "one is still in hospital", "two of them are in hospital": hospitalised
# ("nine patients were in hospital when the drone hit" is no casualty)
IN_HOSPITAL = (
    r"(?i)\b(?:remain(?:s|ed)?|(?:is|are|was|were)\s+still)\s+(?:in|at)\s+(?:(?:a|the)\s+)?"
    r"(?:local\s+|city\s+|regional\s+)?hospitals?\b"
)
IN_HOSPITAL_PART = (
    r"(?i)\b(of\s+(?:them|whom)\s+)(?:is|are|was|were)\s+(?:now\s+)?(?:in|at)\s+(?:(?:a|the)\s+)?hospitals?\b"
)
TREATED_FOR = (
    r"(?i)\b(?:treated|treating)\s+((?:at\s+least\s+|more\s+than\s+|about\s+|some\s+)?\d[\d,]*\s+"
    r"(?:[a-z'’-]+\s+){0,2}?)for\s+(?:[a-z-]+\s+){0,2}?(?:injuries|wounds|burns)\b"
)
# bodies recovered: "the bodies of 12 people", "five bodies were pulled out" are the dead
BODIES_OF = (
    r"(?i)\b(?:the\s+)?bodies\s+of\s+((?:at\s+least\s+|more\s+than\s+|about\s+|around\s+|nearly\s+|some\s+"
    r"|over\s+)?\d)"
)
N_BODIES = r"(?i)\b(\d[\d,]*)\s+((?:more|further|other)\s+)?bodies\b"
# ... but not bodies exchanged, handed over or exhumed from graves, nor bodies that raise a toll in the
# same sentence ("bodies of two more victims were found, bringing the toll to 23": only the toll counts;
# "two more bodies were found" alone is two dead, as "two more people died" is)
BODIES_NOT_DEAD = (
    r"(?i)\b(?:repatriat\w*|exchang\w*|swap\w*|hand(?:ed|s|ing)?\s+over|handover|return\w*|transferr?\w*"
    r"|receiv\w*|graves?|exhum\w*|burial|toll|bringing|morgues?|identif\w*)\b"
    # the bodies of weapons and vehicles: "found the bodies of 2 drones"
    r"|\bbod(?:y|ies)\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:missiles?|drones?|uavs?|rockets?|shells?|bombs?|shaheds?"
    r"|vehicles?|cars?|trucks?|tanks?|aircraft)\b"
)

# "... killed and 1,730 injured": the text between two figures is the first's casualty word and "and"
# ("... 485 children in Ukraine and injured nearly 1,500": the second verb after "and")
JOINED_BY_AND = (
    # ("... including 412 children, and left around 17,000 injured": a comma before "and", "left" as the second verb)
    r"(?i)^\s*,?\s*(?:[\w'’-]+\s+){0,3}?and\s+"
    r"(?:a\s+further\s+|another\s+|(?:wounded|injured|wounding|injuring|killed|killing|hurt|left|leaving)\s+)?$"
)
# "... were killed and 9,089 were injured": a few words of the first figure, then "and"
WORDS_THEN_AND = r"(?i)^\s*(?:[\w'’-]+\s+){1,5}?and\s+$"
# "1,702 and wounded": nothing but "and" and a casualty verb between two figures
JOINED_PAIR = rf"(?i)^\s*and\s+(?:{CASUALTY_WORDS})\s+$"
HOSPITALISED = r"(?i)^(?:hospitali[sz](?:ed|ing)|taken\s+to\s+(?:a\s+)?hospital)$"
# "12 of whom were hospitalised": a part with a casualty word of its own
# ("59 wounded, 25 of them hospitalised", "19 injured, with 14 of them being treated in hospital": the verb left out
# or a participle)
# a total said without a figure right before a part: "wounded dozens, including six children"
PART_OF_UNCOUNTED_BEFORE = (
    rf"(?i)\b({CASUALTY_WORDS})\s+(?:dozens|scores|hundreds|thousands|many|several|others|more|other\s+people"
    r"|a\s+number\s+of\s+(?:people|others))(?:\s+(?:more|others|of\s+(?:people|others)))?\s*,?\s*including\s+(?:the\s+)?$"
)
# ... and the relative clause of a part that opens before its figure: "131 people of whom 24 people died"
PART_OWN_CLAUSE_BEFORE = r"(?i)(?:^|\s)of\s+(?:whom|them|which)\s*$"
PART_WORD_AFTER = (
    r"(?i)^\s*of\s+(?:them|whom|those)\s+(?:(?:were|was|had\s+been|have\s+been|are|is)\s+)?(?:\w+\s+){0,2}?"
    rf"({CASUALTY_WORDS})\b"
)

# Which side's attack hit the people counted, where the sentence says: "a Ukrainian drone strike on
# Belgorod killed two" (attacker UA), "Russian shelling of Kherson wounded five" (RU). A side's own
# regional heads count their own people (Gladkov: UA attacked; Klitschko: RU attacked). "The Ukrainian
# military said ..." names a speaker, not an attacker, so armies count only with a verb of attack.
_ATTACK_WORDS = (
    r"(?:(?:kamikaze|attack|combat|long-range|guided|glide|aerial|ballistic|cruise|artillery)\s+)?"
    r"(?:drones?|uavs?|missiles?|rockets?|strikes?|attacks?|shelling|shells|bombs?|bombing|airstrikes?"
    r"|air\s+strikes?|barrage|fire|incursion|sabotage|aggression|bombardment|terror)"
)
_ARMY_ATTACKS = (
    r"(?:forces|troops|army|military|armed\s+forces)\s+(?:have\s+|has\s+|had\s+)?"
    r"(?:shelled|struck|attacked|hit|fired|launched|targeted|bombed|dropped|killed|wounded|injured)"
)
ATTACKED_BY_UA = (
    rf"(?i)\b(?:ukrainian|ukraine's|kyiv's)\s+(?:{_ATTACK_WORDS}|{_ARMY_ATTACKS})\b"
    r"|\bkyiv\s+regime\b|\bukrainian\s+(?:nationalists|militants|saboteurs)\b"
    # "Russian and Ukrainian shelling" names both sides: the sentence then says neither
    r"|\brussian\s+and\s+ukrainian\b|\bukrainian\s+and\s+russian\b"
    r"|\b(?:ukraine|kyiv)\s+(?:has\s+|had\s+)?(?:launched|fired|attacked|struck|shelled|targeted)\b"
    r"|\bby\s+(?:the\s+)?(?:ukrainian|ukraine's)\s+(?:forces|troops|army|military|armed\s+forces)\b"
)
ATTACKED_BY_RU = (
    rf"(?i)\b(?:russian|russia's|moscow's)\s+(?:{_ATTACK_WORDS}|{_ARMY_ATTACKS})\b"
    r"|\b(?:russian|russia's)\s+(?:occupiers|invaders)\b|\bukrainian\s+and\s+russian\b|\brussian\s+and\s+ukrainian\b"
    r"|\brussia\s+(?:has\s+|had\s+)?(?:launched|fired|attacked|struck|pounded|targeted|shelled|hit)\b"
    r"|\bby\s+(?:the\s+)?(?:russian|russia's)\s+(?:forces|troops|army|military|armed\s+forces)\b"
    # Ukrainian officials' wording: "the Russians killed two residents", "the invaders fired 97 times"
    r"|\b(?:the\s+)?(?:russians|invaders|occupiers)\s+(?:have\s+|had\s+)?(?:also\s+)?"
    r"(?:killed|shelled|attacked|struck|wounded|injured|fired|hit|launched|dropped)\b"
)

# ASCII word boundaries keep these on the regex engine's fast path (see numbers.ascii_bounds)
PERSON_NOUNS = ascii_bounds(PERSON_NOUNS)
CLASH_NOUNS = ascii_bounds(CLASH_NOUNS)
MILITARY_VICTIMS = ascii_bounds(MILITARY_VICTIMS)
CIVILIAN_VICTIMS = ascii_bounds(CIVILIAN_VICTIMS)
KILLED_WORDS = ascii_bounds(KILLED_WORDS)
INJURED_WORDS = ascii_bounds(INJURED_WORDS)
CASUALTY_WORDS = ascii_bounds(CASUALTY_WORDS)
CASUALTY_AFTER = ascii_bounds(CASUALTY_AFTER)
CASUALTY_AFTER_OF_PHRASE = ascii_bounds(CASUALTY_AFTER_OF_PHRASE)
CASUALTY_ADJECTIVE = ascii_bounds(CASUALTY_ADJECTIVE)
OTHER_TYPE_BEFORE_INJURED = ascii_bounds(OTHER_TYPE_BEFORE_INJURED)
OTHER_TYPE_BEFORE_KILLED = ascii_bounds(OTHER_TYPE_BEFORE_KILLED)
LIST_JOIN_AFTER = ascii_bounds(LIST_JOIN_AFTER)
WITH_INJURIES_AFTER = ascii_bounds(WITH_INJURIES_AFTER)
GLUED_RELATED_LINK = ascii_bounds(GLUED_RELATED_LINK)
DASHED_PARTS = ascii_bounds(DASHED_PARTS)
DASHED_INCLUDING = ascii_bounds(DASHED_INCLUDING)
DEMONYM_COUNTED = ascii_bounds(DEMONYM_COUNTED)
COMMA_PARTS = ascii_bounds(COMMA_PARTS)
FIRE_SUPPORT = ascii_bounds(FIRE_SUPPORT)
REPELLED_AFTER_PHRASE = ascii_bounds(REPELLED_AFTER_PHRASE)
SUPERLATIVE_SPAN = ascii_bounds(SUPERLATIVE_SPAN)
WEEKEND_OF = ascii_bounds(WEEKEND_OF)
OWN_PEOPLE_AFTER = ascii_bounds(OWN_PEOPLE_AFTER)
AND_ONE_MORE_AFTER = ascii_bounds(AND_ONE_MORE_AFTER)
RATE = ascii_bounds(RATE)
MODAL_BEFORE = ascii_bounds(MODAL_BEFORE)
IN_CAPTIVITY = ascii_bounds(IN_CAPTIVITY)
VERB_CHAIN_AFTER = ascii_bounds(VERB_CHAIN_AFTER)
VERB_CHAIN_UNCOUNTED = ascii_bounds(VERB_CHAIN_UNCOUNTED)
SEPARATE_OPENER = ascii_bounds(
    r"(?i)^\W*(?:separately|elsewhere|in\s+a\s+separate\s+(?:attack|strike|incident))\b"
)
CASUALTY_BEFORE = ascii_bounds(CASUALTY_BEFORE)
TOLL_BEFORE = ascii_bounds(TOLL_BEFORE)
BARE_TOLL_BEFORE = ascii_bounds(BARE_TOLL_BEFORE)
REPELLED = ascii_bounds(REPELLED)
ATTRIBUTIVE_PERSON = ascii_bounds(ATTRIBUTIVE_PERSON)
AIR_DEFENCE_BEFORE = ascii_bounds(AIR_DEFENCE_BEFORE)
COUNTERATTACKS = ascii_bounds(COUNTERATTACKS)
ONE_ATTACK = ascii_bounds(ONE_ATTACK)
SUBCOUNT_BEFORE = ascii_bounds(SUBCOUNT_BEFORE)
ASSAULT_TIMES_BEFORE = ascii_bounds(ASSAULT_TIMES_BEFORE)
TIMES_AFTER = ascii_bounds(TIMES_AFTER)
ASSAULT_OBJECT = ascii_bounds(ASSAULT_OBJECT)
FRONT_WORDS = ascii_bounds(FRONT_WORDS)
TIMES_WITH_WEAPONS = ascii_bounds(TIMES_WITH_WEAPONS)
ATTACKED_WHAT = ascii_bounds(ATTACKED_WHAT)
TO_ADVANCE = ascii_bounds(TO_ADVANCE)
TRIED_BEFORE = ascii_bounds(TRIED_BEFORE)
NUMBER_OF_CLASHES_BEFORE = ascii_bounds(NUMBER_OF_CLASHES_BEFORE)
ASSAULTS_MOUNTED = ascii_bounds(ASSAULTS_MOUNTED)
NOT_GROUND_ASSAULT = ascii_bounds(NOT_GROUND_ASSAULT)
REPELLED_AFTER = ascii_bounds(REPELLED_AFTER)
FAILED_AFTER = ascii_bounds(FAILED_AFTER)
LIST_ITEM_JOIN = ascii_bounds(LIST_ITEM_JOIN)
NOT_GROUND_COMBAT = ascii_bounds(NOT_GROUND_COMBAT)
PLACE_IN = ascii_bounds(PLACE_IN)
SENTENCE_PLACE = ascii_bounds(SENTENCE_PLACE)
OF_THE_CASUALTIES_AFTER = ascii_bounds(OF_THE_CASUALTIES_AFTER)
OF_THE_INJURED_HOSPITALISED = ascii_bounds(OF_THE_INJURED_HOSPITALISED)
OF_THE_HURT_DIED = ascii_bounds(OF_THE_HURT_DIED)
COMBINED_BEFORE = ascii_bounds(COMBINED_BEFORE)
PART_OF_THEM_AFTER = ascii_bounds(PART_OF_THEM_AFTER)
PART_WORD_AFTER = ascii_bounds(PART_WORD_AFTER)
PART_OF_UNCOUNTED_BEFORE = ascii_bounds(PART_OF_UNCOUNTED_BEFORE)
PART_OWN_CLAUSE_BEFORE = ascii_bounds(PART_OWN_CLAUSE_BEFORE)
COMBINED_AFTER = ascii_bounds(COMBINED_AFTER)
COMBINED_THEN_FIGURE = ascii_bounds(COMBINED_THEN_FIGURE)
SINCE_THE_DAY_BEGAN = ascii_bounds(SINCE_THE_DAY_BEGAN)
TOLL_CHANGE_FROM = ascii_bounds(TOLL_CHANGE_FROM)
TOLL_UP_FROM = ascii_bounds(TOLL_UP_FROM)
TOLL_CHANGE_BY = ascii_bounds(TOLL_CHANGE_BY)
PLACE_ITEM_BEFORE = ascii_bounds(PLACE_ITEM_BEFORE)
PLACE_ITEM_AFTER = ascii_bounds(PLACE_ITEM_AFTER)
PEOPLE_IN_EACH_OF_HEAD = ascii_bounds(PEOPLE_IN_EACH_OF_HEAD)
PEOPLE_IN_EACH_OF_LAST = ascii_bounds(PEOPLE_IN_EACH_OF_LAST)
SEVERAL_DAYS = ascii_bounds(SEVERAL_DAYS)
NIGHT_OF_TWO_DAYS = ascii_bounds(NIGHT_OF_TWO_DAYS)
RUNNING_SINCE = ascii_bounds(RUNNING_SINCE)
REPORTED_OPENING = ascii_bounds(REPORTED_OPENING)
SUPERLATIVE_WORD = ascii_bounds(SUPERLATIVE_WORD)
PRELIMINARY = ascii_bounds(PRELIMINARY)
THIS_YEAR = ascii_bounds(THIS_YEAR)
SO_FAR = ascii_bounds(SO_FAR)
WAR_FRAME = ascii_bounds(WAR_FRAME)
CASUALTY_PERFECT = ascii_bounds(CASUALTY_PERFECT)
MONITOR_TALLY = ascii_bounds(MONITOR_TALLY)
UN_MONITORS = ascii_bounds(UN_MONITORS)
ATTACKS_IN_GENERAL = ascii_bounds(ATTACKS_IN_GENERAL)
WHOLE_REGION = ascii_bounds(WHOLE_REGION)
ONE_EVENT_WORDS = ascii_bounds(ONE_EVENT_WORDS)
SOLDIERS = ascii_bounds(SOLDIERS)
STATED_ON_DAY = ascii_bounds(STATED_ON_DAY)
RUNNING_TOLL_WORDS = ascii_bounds(RUNNING_TOLL_WORDS)
JOINED_BY_AND = ascii_bounds(JOINED_BY_AND)
FAMILY_OF = ascii_bounds(FAMILY_OF)
LIVES_LOST = ascii_bounds(LIVES_LOST)
SECOND_PART_AFTER = ascii_bounds(SECOND_PART_AFTER)
SENTENCE_OF_THEM = ascii_bounds(SENTENCE_OF_THEM)
THERE_ARE_N = ascii_bounds(THERE_ARE_N)
THEY_ARE_DEAD = ascii_bounds(THEY_ARE_DEAD)
MISSING_COUNTED = ascii_bounds(MISSING_COUNTED)
COUNT_OF_THEM = ascii_bounds(COUNT_OF_THEM)
VICTIMS_OPENER = ascii_bounds(VICTIMS_OPENER)
COMBINED_ANYWHERE = ascii_bounds(COMBINED_ANYWHERE)
IN_GRAVE_CONDITION = ascii_bounds(IN_GRAVE_CONDITION)
WHO_IN_GRAVE_CONDITION = ascii_bounds(WHO_IN_GRAVE_CONDITION)
ONE_OF_THE_MOST = ascii_bounds(ONE_OF_THE_MOST)
OR_MORE_AFTER = ascii_bounds(OR_MORE_AFTER)
PART_AFTER_THE_TOTAL = ascii_bounds(PART_AFTER_THE_TOTAL)
PART_AFTER_THE_TOTAL_COMMA = ascii_bounds(PART_AFTER_THE_TOTAL_COMMA)
SECOND_PART_AFTER_NOUN = ascii_bounds(SECOND_PART_AFTER_NOUN)
ONE_OF_THE_COUNTED = ascii_bounds(ONE_OF_THE_COUNTED)
TREATED_IN_HOSPITAL = ascii_bounds(TREATED_IN_HOSPITAL)
INJURED_HOSPITALISED = ascii_bounds(INJURED_HOSPITALISED)
LETHAL_WOUNDS = ascii_bounds(LETHAL_WOUNDS)
PEOPLE_OF_ONE_OF = ascii_bounds(PEOPLE_OF_ONE_OF)
ANOTHER_ONE_SUBJECT = ascii_bounds(ANOTHER_ONE_SUBJECT)
ANOTHER_ONE_OBJECT = ascii_bounds(ANOTHER_ONE_OBJECT)
ANOTHER_PERSON_OBJECT = ascii_bounds(ANOTHER_PERSON_OBJECT)
WOUNDS_INCOMPATIBLE_WITH_LIFE = ascii_bounds(WOUNDS_INCOMPATIBLE_WITH_LIFE)
ADMITTED_TO_HOSPITAL = ascii_bounds(ADMITTED_TO_HOSPITAL)
NAMES_THE_INJURED_BEFORE = ascii_bounds(NAMES_THE_INJURED_BEFORE)
SUPERSEDED_TOLL = ascii_bounds(SUPERSEDED_TOLL)
N_OF_THE_M_CASUALTIES = ascii_bounds(N_OF_THE_M_CASUALTIES)
TOLL_ELLIPSIS = ascii_bounds(TOLL_ELLIPSIS)
ADDITIONAL_BEFORE = ascii_bounds(ADDITIONAL_BEFORE)
ADDITIONAL_AFTER = ascii_bounds(ADDITIONAL_AFTER)
ALSO_AFTER = ascii_bounds(ALSO_AFTER)
MEDICAL_HELP = ascii_bounds(MEDICAL_HELP)
MEDICAL_HELP_PART = ascii_bounds(MEDICAL_HELP_PART)
NEEDED_HOSPITAL_PART = ascii_bounds(NEEDED_HOSPITAL_PART)
NEEDED_HOSPITAL = ascii_bounds(NEEDED_HOSPITAL)
IN_HOSPITAL = ascii_bounds(IN_HOSPITAL)
IN_HOSPITAL_PART = ascii_bounds(IN_HOSPITAL_PART)
TREATED_FOR = ascii_bounds(TREATED_FOR)
BODIES_OF = ascii_bounds(BODIES_OF)
N_BODIES = ascii_bounds(N_BODIES)
BODIES_NOT_DEAD = ascii_bounds(BODIES_NOT_DEAD)
JOINED_PAIR = ascii_bounds(JOINED_PAIR)
WORDS_THEN_AND = ascii_bounds(WORDS_THEN_AND)
ATTACKED_BY_UA = ascii_bounds(ATTACKED_BY_UA)
ATTACKED_BY_RU = ascii_bounds(ATTACKED_BY_RU)

CASUALTY_RULES = [
    Rule("casualty.word_after", "a casualty word right after the figure, maybe after 'were' or an aside",
         "Fourteen people were killed in the strike on the market."),
    Rule("casualty.verb_before", "a casualty verb right before the figure; bodies recovered are the dead ('pulled "
         "the bodies of 12 people from the rubble'), a family of N is N people ('killed a family of four')",
         "The missile killed 19 people in Odesa."),
    Rule("casualty.toll", "a toll phrase before the figure: 'death toll ... rose to', 'the number of injured ... at'",
         "The death toll from the strike on Dnipro rose to 40 on Monday."),
    Rule("casualty.of_the_dead", "a part named by its casualty word: 'three of the dead', 'two of the wounded'",
         "Three people were killed in Kharkiv. Two of the dead were children."),
    Rule("casualty.part_of_total", "a part of the figure before it: 'including two children', "
         "'14 of them children', 'three of them in the capital'; it takes the figure's casualty type",
         "The strike injured 20 people, including five children."),
    Rule("casualty.place_list", "a list of places after a figure: each later figure with its place takes the "
         "first figure's casualty word", "The strike injured seven people in Kyiv, three in Odesa and two in Lviv."),
    Rule("casualty.hospitalised", "people hospitalised, taken to hospital or who sought or received medical help "
         "are injured, unless their sentence or the one before states an injured figure they are part of",
         "Five people were hospitalised after the drone attack on Sumy."),
    Rule("clash.engagements", "a count of battles, combat engagements or clashes",
         "There were 81 combat clashes along the front line over the past day."),
    Rule("clash.repelled_attacks", "attacks or assaults that were repelled",
         "Ukrainian forces repelled 42 Russian attacks near Bakhmut."),
    Rule("clash.assaults_mounted", "assaults (not attacks: those may be shelling) launched, carried out or "
         "conducted, with no air or artillery weapon named",
         "Russian forces launched 38 assaults on the Pokrovsk front over the past day."),
    Rule("clash.assault_times", "attacked (positions) N times, with no air or artillery weapon named; "
         "'made N attempts to advance', 'tried N times to break through'",
         "Russian troops attacked Ukrainian positions near Pokrovsk 47 times."),
    Rule("clash.part_of_total", "a part of a clash count: '36 of them in the Pokrovsk sector'",
         "The General Staff counted 140 combat clashes on Tuesday, 52 of them in the Pokrovsk sector."),
]


def _attacker(sentence: pl.Expr) -> pl.Expr:
    """The side that attacked, from the sentence's own words; null when it names neither or both."""
    by_ua = sentence.str.contains(ATTACKED_BY_UA) | sentence.str.contains(
        actor_pattern("regional_official", ("RU",))
    )
    by_ru = sentence.str.contains(ATTACKED_BY_RU) | sentence.str.contains(
        actor_pattern("regional_official", ("UA",))
    )
    return pl.when(by_ua & ~by_ru).then(pl.lit("UA")).when(by_ru & ~by_ua).then(pl.lit("RU"))


def _casualty_type(word: pl.Expr) -> pl.Expr:
    return (
        pl.when(word.str.contains(rf"(?i)^(?:{KILLED_WORDS})$"))
        .then(pl.lit("killed"))
        .when(word.str.contains(rf"(?i)^(?:{INJURED_WORDS})$"))
        .then(pl.lit("injured"))
        .otherwise(None)
    )


# a sentence telling what the strikes of the sentence before did: "As a result of these strikes, 17 people died", "As a
# result, 12 civilians were killed", "In these attacks, ..."; and the sentence that goes on with it, "Another 250 people
# were wounded"
RESULT_OPENER = ascii_bounds(
    r"(?i)^\W*(?:as\s+a\s+result(?:\s+of\s+(?:these|those|the|such)\s+(?:[\w-]+\s+){0,2}?(?:strikes|attacks|shelling"
    r"|shellings|bombardments|assaults|raids))?\s*,|(?:in|during)\s+(?:these|those)\s+(?:strikes|attacks|shellings)\s*,)"
)
ANOTHER_OPENER = ascii_bounds(r"(?i)^\W*(?:another|a\s+further)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)")


def _stated_span(text: pl.Expr) -> pl.Expr:
    """"period" or "cumulative" where `text` states a span of its own ("over the past month", "since the invasion"; not
    a week or month named only as when, "last month"), else null."""
    text = text.str.replace_all(SUPERLATIVE, " ")
    return (
        pl.when(text.str.contains(PERIOD_SINCE) | text.str.replace_all(RELATIVE_WEEK_OR_MONTH, " ").str.contains(PERIOD))
        .then(pl.lit("period"))
        .when(text.str.contains(CUMULATIVE))
        .then(pl.lit("cumulative"))
    )


def _result_of_span(frame: pl.DataFrame, candidates: pl.DataFrame) -> pl.DataFrame:
    """`article_id`, `sentence_idx` and `result_of_span`: for a candidate sentence that tells the result of the strikes
    the sentence before tallies over a span (`RESULT_OPENER`), or goes on with such a sentence (`ANOTHER_OPENER`), that
    span's scope."""
    columns = {"article_id": frame.schema["article_id"], "sentence_idx": frame.schema["sentence_idx"], "result_of_span": pl.String}
    asked = candidates.filter(
        pl.col("sentence").str.contains(RESULT_OPENER) | pl.col("sentence").str.contains(ANOTHER_OPENER)
    ).select("article_id", "sentence_idx", "sentence").unique(["article_id", "sentence_idx"])
    if asked.is_empty():
        return pl.DataFrame(schema=columns)
    before = frame.select("article_id", "sentence_idx", "sentence")
    found = (
        asked.join(
            before.select("article_id", (pl.col("sentence_idx") + 1).alias("sentence_idx"), pl.col("sentence").alias("_prev1")),
            on=["article_id", "sentence_idx"], how="left",
        )
        .join(
            before.select("article_id", (pl.col("sentence_idx") + 2).alias("sentence_idx"), pl.col("sentence").alias("_prev2")),
            on=["article_id", "sentence_idx"], how="left",
        )
        .select(
            "article_id", "sentence_idx",
            pl.when(pl.col("sentence").str.contains(RESULT_OPENER)).then(_stated_span(pl.col("_prev1")))
            .when(pl.col("_prev1").str.contains(RESULT_OPENER)).then(_stated_span(pl.col("_prev2")))
            .alias("result_of_span"),
        )
    )
    return found.cast(columns)


def extract_casualties(sentences: pl.DataFrame, dates: ArticleDates | None = None) -> pl.DataFrame:
    """killed / injured / clash facts (FACT_SCHEMA) from the sentence frame of `split_sentences`; `dates`, its
    `article_dates` when the caller has them (read here otherwise)."""
    if sentences.is_empty():
        return empty_facts()
    frame = add_off_topic(sentences)
    # only sentences with a casualty word or a clash noun can state one of these figures
    cue = ascii_bounds(
        rf"(?i)\b(?:{CASUALTY_WORDS}|toll|{CLASH_NOUNS}|times|to\s+advance|to\s+break\s+through|lives|bodies"
        r"|family\s+of|medical|hospitals?|treated|counter-?attacks?|counter-?assaults?|attack|assault|condition"
        r"|first\s+aid|on\s+the\s+spot|at\s+the\s+scene|hospitali[sz]ation)\b"
    )
    frame_parts = _with_victims_of_the_toll_before(
        _with_missing_people_dead(_with_count_of_the_number_before(_with_parts_of_the_sentence_before(frame)))
    )
    candidates = (
        frame_parts.filter(
            ~pl.col("off_topic")
            & (pl.col("sentence").str.contains(cue) | pl.col("_part_type").is_not_null() | pl.col("_fate_type").is_not_null()
               | pl.col("_count_type").is_not_null() | pl.col("_victims_type").is_not_null())
        )
        # (the figures first, as a column: the age lists read it more than once)
        # ("two men, (aged) 38 and 66, were wounded": an editor's bracketed "aged" opens the ages list as the
        # plain word does; so does a bracketed kind of place, "two in [the village of] A", as the plain words)
        .with_columns(
            normalize_numbers(
                pl.col("sentence").str.replace(GLUED_RELATED_LINK, ".").str.replace_all(r"(?i)[(\[](aged|ages)[)\]]", "${1}")
                .str.replace_all(EDITOR_PLACE_KIND, "${1}")
            ).alias("norm")
        )
        # "one in each of Siversk, Krasnohorivka and Chasiv Yar": one figure per place, spelled out (only the rows
        # that say "each")
        .with_columns(
            only_where(
                pl.col("norm").str.contains("each ", literal=True), pl.col("norm"),
                lambda t: t.str.replace_all(PEOPLE_IN_EACH_OF_HEAD, "${1}${2}in ${3}, ${1} in each of ${4}")
                .str.replace_all(PEOPLE_IN_EACH_OF_HEAD, "${1}${2}in ${3}, ${1} in each of ${4}")
                .str.replace_all(PEOPLE_IN_EACH_OF_HEAD, "${1}${2}in ${3}, ${1} in each of ${4}")
                .str.replace_all(PEOPLE_IN_EACH_OF_LAST, "${1}${2}in ${3} and ${1} in ${4}"),
            ).alias("norm")
        )
        # "28 people died. Three of them were children.": the part says its total's word ("... children killed.")
        .with_columns(
            pl.when(pl.col("_part_type").is_not_null())
            .then(pl.concat_str([pl.col("norm").str.replace(r"[\s.!]*$", ""), pl.lit(" "), pl.col("_part_type"), pl.lit(".")]))
            # "the 3 people who went missing ... Sadly, they are dead.": the missing people take the death
            .when(pl.col("_fate_type").is_not_null())
            .then(pl.col("norm").str.replace(MISSING_COUNTED, "${1} killed"))
            # "The number of injured ... has increased. There are 11 of them.": the count takes the number's kind
            # "Among the victims are 7 men and 13 women", after a toll of the injured: "injured 7 men and 13 women"
            .when(pl.col("_victims_type") == "killed")
            .then(pl.col("norm").str.replace(VICTIMS_OPENER, "${1}killed ${2}"))
            .when(pl.col("_victims_type") == "injured")
            .then(pl.col("norm").str.replace(VICTIMS_OPENER, "${1}injured ${2}"))
            .when(pl.col("_count_type") == "killed")
            .then(pl.col("norm").str.replace(COUNT_OF_THEM, "${1} killed"))
            .when(pl.col("_count_type") == "injured")
            .then(pl.col("norm").str.replace(COUNT_OF_THEM, "${1} injured"))
            .otherwise(pl.col("norm"))
            .alias("norm")
        )
        # "ten others — including two boys — were hurt" reads the aside between commas; "6 of them needed
        # hospitalisation" reads "6 of them were hospitalised"; "killed another person" reads "killed another 1 person"
        # (only the rows that have their words)
        .with_columns(
            only_where(
                pl.col("norm").str.contains("including", literal=True)
                | pl.col("norm").str.contains("another", literal=True)
                | pl.col("norm").str.contains("ospital", literal=True),
                pl.col("norm"),
                lambda t: t.str.replace_all(DASHED_INCLUDING, ", ${1}, ")
                .str.replace_all(NEEDED_HOSPITAL_PART, "${1}were hospitalised")
                .str.replace_all(NEEDED_HOSPITAL, "hospitalised")
                .str.replace_all(ANOTHER_PERSON_OBJECT, "${1} another 1 ${2}"),
            ).alias("norm")
        )
        .with_columns(
            mask_age_lists(pl.col("norm"))
            # "Five people — three women and two men — were killed": parts between dashes
            .str.replace_all(DASHED_PARTS, "${1}, including ${2}, ")
            # "Three people, one of them a child, were killed": a part set between commas reads "including 1 child"
            .str.replace_all(COMMA_PARTS, "${1}, including ${2} ${3},")
            # "killing one Ukrainian": a nationality counted as people
            .str.replace_all(DEMONYM_COUNTED, "${1}${2} people${3}")
            # a toll that changed keeps only its new figure: "rose from 9 to 14" reads "rose to 14"
            .str.replace_all(TOLL_CHANGE_FROM, "${1} ${2}")
            .str.replace_all(TOLL_UP_FROM, "")
            .str.replace_all(TOLL_CHANGE_BY, "${1} ${2}")
            # "repelled nine counterattacks", "repelled one Ukrainian counterattack": attacks, each a clash when repelled
            .str.replace_all(COUNTERATTACKS, "${1}")
            .str.replace_all(ONE_ATTACK, "${1}${2}s${3}")
            # "two elderly women", "three civilian workers", "two volunteer firefighters": a person noun used as an
            # adjective is a modifier of the noun after it ("civilian_"), so the figure reaches that noun and its verb
            .str.replace_all(ATTRIBUTIVE_PERSON, "${1}_ ${2}")
            # "the attack has claimed 14 lives" is "claimed the lives of 14 people"
            .str.replace_all(
                r"(?i)\b(claimed|claiming|claims|took|taking|takes)\s+((?:at\s+least\s+|more\s+than\s+|nearly\s+|about\s+)?)"
                r"(\d[\d,]*)\s+(?:civilian\s+|human\s+)?lives\b",
                "${1} the lives of ${2}${3} people",
            )
            # "three men were in grave condition after the attack": people in a grave condition are injured
            # (not in a relative clause: "five patients — three girls and two men, who are in critical condition" counts
            # the five, not the two men)
            .str.replace_all(WHO_IN_GRAVE_CONDITION, "who are in that condition")
            .str.replace_all(IN_GRAVE_CONDITION, "were injured")
            # "two 17-year-old girls were injured": the age between a figure and its noun (masked already) is an
            # adjective, so the figure reaches its noun
            .str.replace_all(r"#\d+-(?:years?|months?)-old\b", "young")
            # "one of the biggest civilian death tolls", "one of the deadliest strikes": a rank, no count of one
            .str.replace_all(ONE_OF_THE_MOST, "#${1}")
            # "three lives were lost", "12 lives have been lost": the people who lost their lives
            .str.replace_all(LIVES_LOST, "${1} people lost their lives")
            # "killed a family of four", "a family of five was injured": the family's members are the count
            .str.replace_all(FAMILY_OF, "${1} family members")
            # "she was one of three people killed": the three
            .str.replace_all(ONE_OF_THE_COUNTED, "${1} among the ${2}")
            # "two of the three injured were children", "Three of the 12 people killed were soldiers": the total is a
            # figure too, and the two its part ("3 injured, 2 of them were children")
            .str.replace_all(N_OF_THE_M_CASUALTIES, "${2}${3}, ${1} of them")
            # "raising an earlier toll of one dead": the old figure is no count
            .str.replace_all(SUPERSEDED_TOLL, "${1}#${2}")
            # "three being treated in hospital" are hospitalised; "four injured were hospitalised" are injured
            # people hospitalised
            .str.replace_all(TREATED_IN_HOSPITAL, "hospitalised")
            # "four more were admitted to hospital", "two were rushed to hospital": hospitalised
            .str.replace_all(ADMITTED_TO_HOSPITAL, "hospitalised")
            .str.replace_all(INJURED_HOSPITALISED, "${1} ${2} people ${3}")
            # "sought medical help", "received medical assistance": counted like the hospitalised
            .str.replace_all(MEDICAL_HELP_PART, "${1}were hospitalised")
            .str.replace_all(MEDICAL_HELP, "hospitalised")
            .str.replace_all(IN_HOSPITAL_PART, "${1}were hospitalised")
            .str.replace_all(IN_HOSPITAL, "were hospitalised")
            # "medics treated 14 people for injuries" injured them
            .str.replace_all(TREATED_FOR, "injured ${1}")
            # "non-fatal injuries" are injuries, not the "fatal injuries" of a death
            # a wound that kills is a death: "suffered lethal wounds", "sustained injuries incompatible with life"
            # (Ukrainian officials' wording), "received a mortal wound" ("non-lethal wounds" are minor, below)
            .str.replace_all(LETHAL_WOUNDS, "fatal ${1}")
            .str.replace_all(WOUNDS_INCOMPATIBLE_WITH_LIFE, "fatal ${1}")
            .str.replace_all(r"(?i)\bnon-?fatal\b", "minor")
            # "three employees of one of the energy facilities were killed": the place's "one" is no count
            .str.replace_all(PEOPLE_OF_ONE_OF, "${1}#1${2}")
            # "one was killed and another was injured": another is one more person
            .str.replace_all(ANOTHER_ONE_SUBJECT, "${1} 1 person${2}")
            .str.replace_all(ANOTHER_ONE_OBJECT, "${1} 1 person${2}")
            # an age bound is no count: "three children younger than 10", "under the age of 14"
            .str.replace_all(
                r"(?i)\b((?:younger|older)\s+than|(?:under|over)\s+the\s+age\s+of|aged\s+(?:under|over|between))\s+(\d+)",
                "${1} #${2}",
            )
            # ... and after a child noun: "three children under 10", "two kids below 5"
            .str.replace_all(
                r"(?i)\b(children|kids|minors|boys|girls|babies|infants)\s+(under|below)\s+(\d+)\b", "${1} ${2} #${3}"
            )
            .alias("norm")
        )
        # bodies recovered from the ruins are the dead ("pulled the bodies of 12 people from the rubble",
        # "five bodies were recovered"), except bodies exchanged or exhumed, and bodies that raise a toll
        .with_columns(
            pl.when(pl.col("sentence").str.contains(BODIES_NOT_DEAD))
            .then(pl.col("norm"))
            .otherwise(
                pl.col("norm").str.replace_all(BODIES_OF, "killed ${1}").str.replace_all(N_BODIES, "killed ${1} ${2}people")
            )
            .alias("norm")
        )
        # rates are no facts: "on average, seven people died every day"
        .filter(pl.col("norm").str.contains(r"\d") & ~pl.col("sentence").str.contains(RATE))
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
    # a toll or an update of one ("the death toll rose to 30 on Monday", "As of June 28, 10 people are known to have
    # been killed") names the day it was counted: its figures are the attack's, dated by the day it names of its
    # own, else by the day the article dates its attack by
    candidates = candidates.with_columns(is_toll_update(pl.col("sentence")).alias("toll_update"))
    updates = candidates.filter(pl.col("toll_update"))
    # (the day references are read on the few update sentences only: `pl.when` would read them on every candidate)
    update_own_refs = updates.select(
        "article_id", "sentence_idx", date_ref_expr(without_update_days(pl.col("sentence")), pick="best").alias("update_own_ref")
    ).unique(["article_id", "sentence_idx"])
    candidates = candidates.join(
        article_attack_dates(frame, updates.select("article_id")), on="article_id", how="left"
    ).join(update_own_refs, on=["article_id", "sentence_idx"], how="left")
    candidates = candidates.join(_result_of_span(frame, candidates), on=["article_id", "sentence_idx"], how="left")
    keep = (
        "article_id", "sentence_idx", "sentence_start", "sentence_end", "sentence", "published_date", "lede_date",
        "lede_anchor", "that_day_date", "previous_attack_date", "toll_update", "article_attack_date", "update_own_ref",
        "result_of_span",
    )
    # the place a paragraph opens on holds for its sentences that name none ("In Kharkiv Oblast, a bomb hit a village.
    # Three people were wounded, the governor said.")
    paragraph_places = (
        frame.select(
            "article_id", "sentence_idx",
            pl.col("sentence").str.extract(OPENING_PLACE).str.replace(_PLACE_SUFFIX, "").str.to_lowercase()
            .forward_fill().over(["article_id", "paragraph_idx"], order_by="sentence_idx")
            .alias("paragraph_place"),
        )
    )
    candidates = candidates.join(paragraph_places, on=["article_id", "sentence_idx"], how="left")
    keep = (*keep, "paragraph_place")
    candidates = _with_type_of_sentence_before(candidates, frame)
    keep = (*keep, "type_of_sentence_before")
    if "list_item" in candidates.columns:
        keep = (*keep, "list_item")
    m = number_mentions(candidates, "norm", f"(?:{CLASH_NOUNS}|{PERSON_NOUNS})", max_modifiers=3, keep=keep)
    if m.is_empty():
        return empty_facts()
    return conform(
        _with_named_tally_day(_with_weekly_clashes(_with_list_header_attacker(_facts_from_mentions(m), frame), frame), frame)
    )


# a week's summary: "Battlegroup Yug has eliminated over 4,170 servicemen during the past week, the ministry said"
WEEK_SUMMARY = ascii_bounds(
    r"(?i)\b(?:over|in|during|throughout|for)\s+the\s+(?:past|last|previous)\s+(?:week|seven\s+days)\b|\bweekly\b"
)
# ... and the time a clash sentence may name of its own: "over the past day", "overnight", "on Tuesday"
OWN_TIME = ascii_bounds(
    r"(?i)\b(?:past|last|previous)\s+(?:day|#?\d+\s+hours|night|week|seven\s+days|month)\b|\b(?:overnight|today|yesterday"
    r"|tonight|daily|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bthis\s+(?:morning|evening|week|month)\b"
    r"|\bsince\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
)


def _with_weekly_clashes(facts: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """Clash counts after a week's summary take its week: the Russian ministry's weekly report ("Battlegroup Yug has
    eliminated over 4,170 servicemen during the past week") goes on "the southern group has repelled 10
    counterattacks", "Battlegroup Zapad repelled 35 counterattacks", the week's counts (period), unless their own
    sentence names a time of its own ("over the past day", "on Tuesday"). Only a week its lede (the story's first two
    sentences) names counts."""
    clash = (pl.col("fact_type") == "clash") & (pl.col("scope") == "event")
    if facts.is_empty() or not facts.select(clash.any()).item():
        return facts
    # (the week of the story's lede, its first two sentences: a week named further on is background)
    weeks = (
        sentences.filter(pl.col("sentence_idx") <= pl.col("sentence_idx").min().over("article_id") + 1)
        .filter(pl.col("sentence").str.contains(WEEK_SUMMARY))
        .group_by("article_id")
        .agg(pl.col("sentence_start").min().alias("_week_start"))
    )
    if weeks.is_empty():
        return facts
    facts = facts.join(weeks, on="article_id", how="left", maintain_order="left")
    of_the_week = (
        clash
        & (pl.col("evidence_start") >= pl.col("_week_start")).fill_null(False)
        & ~pl.col("evidence").str.contains(OWN_TIME)
    )
    return facts.with_columns(pl.when(of_the_week).then(pl.lit("period")).otherwise(pl.col("scope")).alias("scope")).drop(
        "_week_start"
    )


# A General Staff summary that names the day it counts, in its story's first sentences: "Since the beginning of the day on
# March 4, there have been 87 combat clashes", "since the start of the day on 13 January". The clash counts after it
# (or in a standfirst quoting it before) that name no time of their own ("In the Siversk direction, the enemy made six
# attempts to push our defenders back", "during this day, the occupiers stormed our lines 38 times", "Two clashes are
# still ongoing") are that day's, as a
# story's figures take the day of the attack its lede dates (FACTS.md 5; the day's own tally is dated by its report).
NAMED_TALLY_DAY = ascii_bounds(
    rf"(?i)\bsince\s+the\s+(?:beginning|start)\s+of\s+(?:the\s+)?day,?\s+(?:on\s+)?"
    rf"({MONTHS}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTHS})\b"
)
# ... the words of that day's tally, which name no other time: "since the beginning of the day", "during this day"
_THE_TALLYS_DAY = ascii_bounds(
    r"(?i)\bsince\s+the\s+(?:beginning|start)\s+of\s+(?:the\s+)?day\b|\b(?:during|throughout|over)\s+(?:this|the)\s+day\b"
)
NAMED_TALLY_SENTENCES = 5


def _with_named_tally_day(facts: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """Clash counts of a story whose lede holds a General Staff tally of a named day (NAMED_TALLY_DAY) take that day, unless their
    sentence names a time of its own (OWN_TIME); the day lies no later than publication and at most
    TOLL_UPDATE_WINDOW_DAYS before it."""
    clash = (pl.col("fact_type") == "clash") & (pl.col("scope") == "event")
    if facts.is_empty() or not facts.select(clash.any()).item():
        return facts
    tallies = (
        sentences.join(facts.filter(clash).select("article_id").unique(), on="article_id", how="semi")
        .filter(pl.col("sentence_idx") < pl.col("sentence_idx").min().over("article_id") + NAMED_TALLY_SENTENCES)
        .filter(pl.col("sentence").str.contains(NAMED_TALLY_DAY))
        .with_columns(
            ref_to_date(pl.col("sentence").str.extract(NAMED_TALLY_DAY, 1), pl.col("published_date")).alias("_tally_day")
        )
        .filter(
            pl.col("_tally_day").is_not_null()
            & (pl.col("_tally_day") <= pl.col("published_date"))
            & (pl.col("_tally_day") >= pl.col("published_date") - pl.duration(days=TOLL_UPDATE_WINDOW_DAYS))
        )
        .group_by("article_id")
        .agg(pl.col("_tally_day").sort_by("sentence_start").first())
    )
    if tallies.is_empty():
        return facts
    facts = facts.join(tallies, on="article_id", how="left", maintain_order="left")
    of_the_day = (
        clash
        & pl.col("_tally_day").is_not_null()
        & ~pl.col("evidence").str.replace_all(_THE_TALLYS_DAY, " ").str.contains(OWN_TIME)
    )
    return facts.with_columns(
        pl.when(of_the_day).then(pl.col("_tally_day")).otherwise(pl.col("event_date")).alias("event_date")
    ).drop("_tally_day")


def _with_type_of_sentence_before(candidates: pl.DataFrame, frame: pl.DataFrame) -> pl.DataFrame:
    """`candidates` plus `type_of_sentence_before`: the casualty type (killed, injured) of the last casualty word of the
    nearest earlier sentence of its article (`frame`, the sentences) that has one; read only in articles with an "also"
    (ALSO_AFTER), null elsewhere."""
    typed = candidates.filter(pl.col("sentence").str.contains(r"(?i)\balso\b")).select("article_id").unique()
    if typed.is_empty():
        return candidates.with_columns(pl.lit(None, dtype=pl.String).alias("type_of_sentence_before"))
    types = (
        frame.join(typed, on="article_id", how="semi")
        .filter(~pl.col("off_topic"))
        .select(
            "article_id", "sentence_idx",
            _casualty_type(pl.col("sentence").str.extract_all(rf"(?i)\b(?:{CASUALTY_WORDS})\b").list.last()).alias("_own_type"),
        )
        .unique(["article_id", "sentence_idx"])
        .sort("article_id", "sentence_idx")
        .with_columns(pl.col("_own_type").forward_fill().shift(1).over("article_id").alias("type_of_sentence_before"))
        .select("article_id", "sentence_idx", "type_of_sentence_before")
    )
    return candidates.join(types, on=["article_id", "sentence_idx"], how="left", maintain_order="left")


def _with_parts_of_the_sentence_before(frame: pl.DataFrame) -> pl.DataFrame:
    """`frame` plus `_part_type`: for a sentence that is nothing but a part of the figure before it ("Three of them
    were children.", "Two of whom were soldiers."), the casualty type of the last casualty word of the sentence right
    before it in its paragraph ("28 people were known to have died." -> killed); null elsewhere. A sentence before
    that counts the killed and the wounded together ("1,150 troops killed or wounded") lends no type."""
    frame = frame.with_columns(pl.lit(None, dtype=pl.String).alias("_part_type"))
    # (a literal test first: the pattern is read on the few sentences that have its words)
    parts = frame.filter(
        (pl.col("sentence").str.contains(" of them ", literal=True) | pl.col("sentence").str.contains(" of whom ", literal=True))
    ).filter(~pl.col("off_topic") & pl.col("sentence").str.contains(SENTENCE_OF_THEM))
    if parts.is_empty():
        return frame
    # (only the few sentences right before such a part are read)
    before = (
        frame.join(
            parts.select("article_id", "paragraph_idx", (pl.col("sentence_idx") - 1).alias("sentence_idx")),
            on=["article_id", "paragraph_idx", "sentence_idx"], how="semi",
        )
        .filter(~pl.col("off_topic") & ~pl.col("sentence").str.contains(COMBINED_ANYWHERE))
        .select(
            "article_id", "paragraph_idx", (pl.col("sentence_idx") + 1).alias("sentence_idx"),
            _casualty_type(pl.col("sentence").str.extract_all(rf"(?i)\b(?:{CASUALTY_WORDS})\b").list.last()).alias("_type_before"),
        )
    )
    parts = (
        parts.select("article_id", "paragraph_idx", "sentence_idx")
        .join(before, on=["article_id", "paragraph_idx", "sentence_idx"])
        .filter(pl.col("_type_before").is_not_null())
        .select("article_id", "sentence_idx", "_type_before")
    )
    return (
        frame.join(parts, on=["article_id", "sentence_idx"], how="left", maintain_order="left")
        .with_columns(pl.col("_type_before").alias("_part_type"))
        .drop("_type_before")
    )


def _sentence_before_in_paragraph(
    frame: pl.DataFrame, these: pl.DataFrame, *columns: pl.Expr, same_paragraph: bool = True
) -> pl.DataFrame:
    """`columns` of the sentence right before each of `these` (in its paragraph, unless `same_paragraph` is False: a
    quote's paragraph may open on the figure), keyed by the later sentence."""
    on = ["article_id", "paragraph_idx", "sentence_idx"] if same_paragraph else ["article_id", "sentence_idx"]
    return frame.join(
        these.select("article_id", "paragraph_idx", (pl.col("sentence_idx") - 1).alias("sentence_idx")).select(on),
        on=on, how="semi",
    ).filter(~pl.col("off_topic")).select("article_id", (pl.col("sentence_idx") + 1).alias("sentence_idx"), *columns)


def _with_count_of_the_number_before(frame: pl.DataFrame) -> pl.DataFrame:
    """`frame` plus `_count_type` (null elsewhere): "The number of injured in Samar has also increased. There are 11 of
    them.": a bare count that is its whole sentence takes the kind of the number its sentence before names, when
    that sentence gives no figure of its own (FACTS.md 4, a figure whose kind comes from the sentence before)."""
    frame = frame.with_columns(pl.lit(None, dtype=pl.String).alias("_count_type"))
    counts = frame.filter(
        pl.col("sentence").str.contains("there ", literal=True) | pl.col("sentence").str.contains("There ", literal=True)
    ).filter(~pl.col("off_topic") & pl.col("sentence").str.contains(THERE_ARE_N))
    if counts.is_empty():
        return frame
    before = _sentence_before_in_paragraph(
        frame, counts, _casualty_type(pl.col("sentence").str.extract(NUMBER_OF_KIND, 1)).alias("_kind_before"),
        pl.col("sentence").str.contains(r"\d").alias("_figure_before"), same_paragraph=False,
    ).filter(pl.col("_kind_before").is_not_null() & ~pl.col("_figure_before"))
    return (
        frame.join(before.select("article_id", "sentence_idx", "_kind_before"), on=["article_id", "sentence_idx"], how="left",
                   maintain_order="left")
        .with_columns(pl.col("_kind_before").alias("_count_type"))
        .drop("_kind_before")
    )


def _with_victims_of_the_toll_before(frame: pl.DataFrame) -> pl.DataFrame:
    """`frame` plus `_victims_type` (null elsewhere): "19 people were injured ... Among the victims are five men and 11
    women.": a sentence that opens on the victims and counts them by kind takes the kind of the last casualty word of
    the nearest sentence before it that has one, within two sentences (a paragraph may open on the list); none when
    that sentence counts the killed and the wounded together."""
    frame = frame.with_columns(pl.lit(None, dtype=pl.String).alias("_victims_type"))
    opens = frame.filter(
        pl.col("sentence").str.contains("ictims", literal=True) | pl.col("sentence").str.contains("hildren incl", literal=True)
    ).filter(
        ~pl.col("off_topic") & normalize_numbers(pl.col("sentence")).str.contains(VICTIMS_OPENER)
    )
    if opens.is_empty():
        return frame
    typed = (
        frame.join(opens.select("article_id").unique(), on="article_id", how="semi")
        .filter(~pl.col("off_topic") & ~pl.col("sentence").str.contains(COMBINED_ANYWHERE))
        .select(
            "article_id", "sentence_idx",
            _casualty_type(pl.col("sentence").str.extract_all(rf"(?i)\b(?:{CASUALTY_WORDS})\b").list.last()).alias("_type"),
        )
        .filter(pl.col("_type").is_not_null())
    )
    nearest = (
        opens.select("article_id", "sentence_idx")
        .join(typed.rename({"sentence_idx": "_typed_idx"}), on="article_id")
        .filter((pl.col("_typed_idx") < pl.col("sentence_idx")) & (pl.col("_typed_idx") >= pl.col("sentence_idx") - 2))
        .sort("_typed_idx")
        .group_by("article_id", "sentence_idx")
        .agg(pl.col("_type").last().alias("_nearest_type"))
    )
    return (
        frame.join(nearest, on=["article_id", "sentence_idx"], how="left", maintain_order="left")
        .with_columns(pl.col("_nearest_type").alias("_victims_type"))
        .drop("_nearest_type")
    )


def _with_missing_people_dead(frame: pl.DataFrame) -> pl.DataFrame:
    """`frame` plus `_fate_type` (null elsewhere): "The two residents reported missing ... have been found.
    Sadly, they are dead.": the people counted as missing, trapped or under the rubble are killed when the next
    sentence of the paragraph says "they" are dead and gives no figure; the counting sentence must have no casualty
    word and one figure of people."""
    frame = frame.with_columns(pl.lit(None, dtype=pl.String).alias("_fate_type"))
    dead = frame.filter(
        pl.col("sentence").str.contains("hey ", literal=True) | pl.col("sentence").str.contains("of them ", literal=True)
    ).filter(~pl.col("off_topic") & pl.col("sentence").str.contains(THEY_ARE_DEAD))
    if dead.is_empty():
        return frame
    counting = (
        _sentence_before_in_paragraph(
            frame, dead,
            pl.col("sentence").str.contains(MISSING_PEOPLE).alias("_missing"),
            pl.col("sentence").str.contains(rf"(?i)\b(?:{CASUALTY_WORDS})\b").alias("_typed"),
            normalize_numbers(pl.col("sentence")).str.count_matches(r"(?:^|[^\w#])\d").alias("_figures"),
            normalize_numbers(pl.col("sentence")).str.contains(MISSING_COUNTED).alias("_people"),
        )
        .filter(pl.col("_missing") & ~pl.col("_typed") & (pl.col("_figures") == 1) & pl.col("_people"))
        .select("article_id", pl.col("sentence_idx") - 1, pl.lit("killed").alias("_fate"))
    )
    return (
        frame.join(counting, on=["article_id", "sentence_idx"], how="left", maintain_order="left")
        .with_columns(pl.col("_fate").alias("_fate_type"))
        .drop("_fate")
    )


# a list's header line, the text before the first item of the sentence that opens the list: "Russian strikes
# overnight:\n• Kharkiv region: 3 killed, 12 injured" -> "Russian strikes overnight:"
_LIST_HEADER_LINE = r"^([^\n]*:)[ \t]*\n"


def _with_list_header_attacker(facts: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """Casualty items of a list take the side its header names when their own words name none: under
    "Russian strikes overnight:", "• Odesa: 1 killed, 4 injured" counts Russia's victims. Only the header's
    own line is read, so a round-up's "Key events:" passes no side from one item to the next."""
    if facts.is_empty() or "list_item" not in sentences.columns:
        return facts
    items = sentences.filter(pl.col("list_item")).select("article_id", "paragraph_idx", "sentence_idx", "sentence_start", "sentence")
    if items.is_empty():
        return facts
    run_start = ~(
        (pl.col("article_id") == pl.col("article_id").shift(1))
        & (pl.col("paragraph_idx") == pl.col("paragraph_idx").shift(1))
        & (pl.col("sentence_idx") == pl.col("sentence_idx").shift(1) + 1)
    ).fill_null(False)
    headers = (
        items.sort("article_id", "sentence_idx")
        .with_columns(run_start.cum_sum().alias("_run"))
        .with_columns(
            pl.when(run_start).then(_attacker(pl.col("sentence").str.extract(_LIST_HEADER_LINE, 1))).otherwise(None).alias("_head")
        )
        .with_columns(pl.col("_head").first().over("_run").alias("_header_attacker"))
        .filter(pl.col("_header_attacker").is_not_null())
        .select("article_id", pl.col("sentence_start").alias("evidence_start"), "_header_attacker")
    )
    if headers.is_empty():
        return facts
    return (
        facts.join(headers, on=["article_id", "evidence_start"], how="left", maintain_order="left")
        .with_columns(
            pl.when(pl.col("attacker").is_null() & pl.col("fact_type").is_in(["killed", "injured"]))
            .then(pl.col("_header_attacker"))
            .otherwise(pl.col("attacker"))
            .alias("attacker")
        )
        .drop("_header_attacker")
    )


def _facts_from_mentions(m: pl.DataFrame) -> pl.DataFrame:
    noun = pl.col("noun").str.to_lowercase()
    is_clash_noun = noun.str.contains(rf"^(?:{CLASH_NOUNS})$")
    # ("one of the victims, who suffered burns": one of a count, no count of its own)
    is_person = noun.str.contains(rf"^(?:{PERSON_NOUNS})$") & ~(
        (noun == "victims") & pl.col("of_ref").is_not_null()
    )
    # a figure with no noun may still be a casualty count if nothing but punctuation or a preposition follows
    bare_then_break = pl.col("noun").is_null() & pl.col("post").str.contains(
        # ("now stands at 27 – one more injured man died in hospital": a dash opens the next clause)
        r"(?i)^\s*(?:[.,;:)]|\s[—–-]\s|$|(?:in|at|on|when|and|as|after|during|including|across|from|by|there"
        r"|over|overnight|yesterday|today|earlier|while|with|near|amid|since|more"
        # "wounded 105 last week": a time after the figure (its scope is read from it)
        r"|last|this|past"
        # ("had killed two and wounded nine the previous day", "wounded four the same day")
        r"|the\s+(?:previous|same|following|next)\s+(?:day|night|morning|evening)|the\s+day\s+before"
        # "kills 10 or more and wounds 20"
        r"|or\s+more"
        # "killed four of its workers"
        r"|of\s+(?:its|their|our|his|her))\b)"
    )
    # "killed one person, wounded at least two", "kills 23, wounds 28": a verb before the figure, then a second
    # verb that governs the next figure; the second verb is not the first figure's word
    verb_chain = pl.col("pre").str.contains(CASUALTY_BEFORE) & (
        (pl.col("post").str.contains(VERB_CHAIN_AFTER) & (pl.col("row_id").shift(-1) == pl.col("row_id")).fill_null(False))
        | pl.col("post").str.contains(VERB_CHAIN_UNCOUNTED)
    )
    # a list of counted people ("four soldiers, two officers and three civilians"): each item joined to the next by a
    # comma or "and" (not a part: "five people, two of them children"); its items share the verb before the first
    # ("injured four soldiers, two officers and ...") or the word after the last ("... and three civilians were
    # wounded"), each item its own figure (FACTS.md 8)
    same_row_next = (pl.col("row_id").shift(-1) == pl.col("row_id")).fill_null(False)
    joined_next = (
        is_person
        & pl.col("post").str.contains(LIST_JOIN_AFTER)
        # (not a part closed by a comma: "7 dead, including two children, and 48 people have been hurt" joins two
        # clauses, and the children take their total's word)
        & ~(
            pl.col("pre").str.contains(r"(?i)\b(?:including|among\s+them|of\s+(?:them|whom))\s*,?\s*$")
            & pl.col("post").str.contains(",", literal=True)
        )
        & same_row_next
        & is_person.shift(-1).fill_null(False)
        & pl.col("of_ref").shift(-1).is_null()
    )
    m = m.with_columns(joined_next.alias("_joined_next")).with_columns(
        (~(pl.col("_joined_next").shift(1).fill_null(False))).cum_sum().alias("_list_run"),
        (
            pl.col("_joined_next").shift(1).fill_null(False)
            & (pl.col("row_id").shift(1) == pl.col("row_id")).fill_null(False)
        ).alias("_list_item"),
    )
    m = m.with_columns(
        pl.coalesce(
            # "killed one person, injuring at least 14 more": a participle after the figure governs the next one
            pl.when(~verb_chain).then(pl.col("post").str.extract(CASUALTY_AFTER).str.replace(PARTICIPLE, "")),
            pl.when(pl.col("noun").is_null()).then(pl.col("post").str.extract(OWN_PEOPLE_AFTER)),
            pl.when(is_person).then(
                pl.coalesce(
                    pl.when(~pl.col("post").str.contains(PART_OF_THEM_AFTER))
                    .then(pl.col("post").str.extract(CASUALTY_AFTER_OF_PHRASE)),
                    pl.col("modifiers").str.extract(CASUALTY_ADJECTIVE),
                    pl.col("post").str.extract(AND_ONE_MORE_AFTER),
                    pl.col("post").str.extract(WITH_INJURIES_AFTER, 2),
                    pl.col("post").str.extract(WITH_INJURIES_AFTER, 1),
                )
            ),
        ).alias("word_after"),
        pl.coalesce(
            pl.col("pre").str.extract(CASUALTY_BEFORE, 1), pl.col("pre").str.extract(CASUALTY_BEFORE, 2)
        ).alias("word_before"),
        # "injured three women and one man": a second counted object of the verb ("one man") is its own figure
        # (FACTS.md 8: every stated count is a fact), read after the first below
        pl.col("_list_item").alias("_second_object"),
        pl.coalesce(
            pl.col("pre").str.extract(TOLL_BEFORE, 1),
            pl.col("pre").str.extract(TOLL_BEFORE, 2),
            pl.col("pre").str.extract(TOLL_BEFORE, 3),
            pl.col("pre").str.extract(TOLL_BEFORE, 4),
            pl.when(pl.col("pre").str.contains(BARE_TOLL_BEFORE)).then(pl.lit("death")),
            # "the number of dead rose to 3 people, wounded — to 9": the verb left out after a toll's figure
            pl.when(
                (pl.col("row_id").shift(1) == pl.col("row_id"))
                & pl.col("pre").shift(1).str.contains(TOLL_BEFORE).fill_null(False)
            ).then(pl.col("pre").str.extract(TOLL_ELLIPSIS, 1)),
        ).alias("word_toll"),
        pl.when(pl.col("noun").is_null())
        .then(
            # "three of the injured were hospitalised" is a hospitalised part: the subset rule judges it
            pl.coalesce(
                pl.col("post").str.extract(OF_THE_INJURED_HOSPITALISED, 1),
                pl.col("post").str.extract(OF_THE_CASUALTIES_AFTER, 1),
            )
        ).alias("word_of_the"),
        pl.col("post").str.extract(PART_WORD_AFTER, 1).alias("word_of_part"),
        (pl.col("of_ref").fill_null("").str.contains(SUBCOUNT_OF) & is_person).alias("subcount"),
    ).with_columns(
        # "two police officers and three rescuers were injured", "4 soldiers, 2 officers and 3 civilians were
        # wounded": the items of a list of joined subjects take the casualty word of a later one
        pl.when(pl.col("word_after").is_null() & pl.col("_joined_next"))
        .then(pl.col("word_after").backward_fill().over("_list_run"))
        # "two children were among the 20 injured": a part named before its total takes the total's word
        .when(
            pl.col("word_after").is_null()
            & is_person
            # ("Eleven children were among 97 people wounded": the total's figure with no article before it)
            & pl.col("post").str.contains(r"(?i)^\s+(?:were|was|are|is)\s+(?:also\s+)?among(?:\s+(?:the|those))?\s*$")
            & (pl.col("row_id").shift(-1) == pl.col("row_id"))
        )
        .then(pl.col("word_after").shift(-1))
        .otherwise(pl.col("word_after"))
        .alias("word_after"),
    ).with_columns(
        pl.when(pl.col("word_before").is_null() & pl.col("_second_object") & pl.col("word_after").is_null())
        .then(pl.col("word_before").forward_fill().over("_list_run"))
        .otherwise(pl.col("word_before"))
        .alias("word_before"),
        # "Among the dead were three children and two rescuers": the second counted person of a toll phrase is named by
        # it too
        pl.when(
            pl.col("word_toll").is_null() & pl.col("_second_object") & pl.col("word_after").is_null()
            & pl.col("word_before").is_null()
        )
        .then(pl.col("word_toll").forward_fill().over("_list_run"))
        .otherwise(pl.col("word_toll"))
        .alias("word_toll"),
        # "9 of the wounded were children and 4 were firefighters": a second part of the same casualty word, joined by
        # "and" with its own copula
        pl.when(
            pl.col("word_of_the").is_null() & pl.col("noun").is_null() & pl.col("word_after").is_null()
            & pl.col("post").str.contains(SECOND_PART_AFTER)
            & pl.col("pre").str.contains(r"(?i)^\s*,?\s*and\s+$")
            & pl.col("post").shift(1).str.contains(r"(?i)^\s*of\s+(?:the|those)\s+[^,;.]*?\b(?:were|was|are|is)\s+").fill_null(False)
            & (pl.col("row_id").shift(1) == pl.col("row_id")).fill_null(False)
        )
        .then(pl.col("word_of_the").shift(1))
        .otherwise(pl.col("word_of_the"))
        .alias("word_of_the"),
    ).with_columns(
        _casualty_type(pl.col("word_after")).alias("type_after"),
        _casualty_type(pl.col("word_before")).alias("type_before"),
        _casualty_type(pl.col("word_toll")).alias("type_toll"),
        _casualty_type(pl.col("word_of_the")).alias("type_of_the"),
    )
    after_applies = is_person | pl.col("noun").is_null()
    before_applies = is_person | bare_then_break
    own_rule = first_rule([
        ("casualty.of_the_dead", pl.col("type_of_the").is_not_null()),
        # "the number of dead rose to 3 people, wounded — to 9": the toll before the figure is its word, not the
        # next toll's word after a comma
        ("casualty.toll", before_applies & pl.col("type_toll").is_not_null() & pl.col("post").str.contains(r"^\s*[,;]")),
        ("casualty.word_after", after_applies & pl.col("type_after").is_not_null()),
        ("casualty.verb_before", before_applies & pl.col("type_before").is_not_null()),
        ("casualty.toll", before_applies & pl.col("type_toll").is_not_null()),
    ])
    m = with_columns_once(m, own_rule.alias("own_rule"))
    # a list of places after a figure: each later item ("three in Odesa") takes the first's casualty word
    place_item = (
        pl.col("own_rule").is_null()
        # (an item may name its people again: "killed three people in A, one person in B and one person in C")
        & (pl.col("noun").is_null() | (noun.str.contains(r"^(?:person|people|persons)$") & (pl.col("modifiers").fill_null("") == "")))
        & (pl.col("mention_idx") > 0)
        & pl.col("pre").str.contains(PLACE_ITEM_BEFORE)
        & pl.col("post").str.contains(PLACE_ITEM_AFTER)
    )
    head_word = pl.coalesce(
        pl.when(pl.col("own_rule") == "casualty.word_after").then(pl.col("word_after")),
        pl.when(pl.col("own_rule") == "casualty.verb_before").then(pl.col("word_before")),
        pl.when(pl.col("own_rule") == "casualty.toll").then(pl.col("word_toll")),
    )
    # rows are in text order and an item is never a sentence's first figure, so a plain forward fill from
    # each run's head (an empty word where the head has none) reads the head's word without a window
    m = m.with_columns(place_item.alias("_place_item")).with_columns(
        pl.when(pl.col("_place_item"))
        .then(pl.when(~pl.col("_place_item")).then(head_word.fill_null("")).forward_fill())
        .replace("", None)
        .alias("word_of_place"),
    ).with_columns(
        pl.when(pl.col("word_of_place").is_not_null()).then(pl.lit("casualty.place_list"))
        .otherwise(pl.col("own_rule")).alias("own_rule")
    )
    own_rule = pl.col("own_rule")
    own_word = (
        pl.when(pl.col("word_of_part").is_not_null()).then(pl.col("word_of_part"))
        .when(own_rule == "casualty.of_the_dead").then(pl.col("word_of_the"))
        .when(own_rule == "casualty.word_after").then(pl.col("word_after"))
        .when(own_rule == "casualty.verb_before").then(pl.col("word_before"))
        .when(own_rule == "casualty.toll").then(pl.col("word_toll"))
        .when(own_rule == "casualty.place_list").then(pl.col("word_of_place"))
    )
    # "eight people, including two children, ...", "seven killed, three of them in the capital":
    # a figure and its parts share the casualty word
    # "injured 14, including seven in Kostiantynivka and four in Druzhkivka": a place item right after a
    # part is the next part (the part has no word of its own for the item to take)
    part_place_item = (
        pl.col("_place_item")
        & pl.col("word_of_place").is_null()
        & (pl.col("row_id").shift(1) == pl.col("row_id"))
        & pl.col("pre").shift(1).str.contains(r"(?i)\bincluding\s+(?:the\s+)?$")
    )
    part_of_before = (
        part_place_item
        # "208 clashes, most of them, 54, in the Pokrovsk sector": the share named, then its figure
        | (
            pl.col("noun").is_null()
            & (pl.col("mention_idx") > 0)
            & pl.col("pre").str.contains(r"(?i)\b(?:the\s+)?(?:most|bulk|majority|largest\s+number)\s+of\s+(?:them|these)\s*,\s*$")
        )
        | pl.col("pre").str.contains(r"(?i)\bincluding\s+(?:the\s+)?$")
        # "Among the 64 wounded were 14 children", "the 18 wounded included two children", "Of the 30 injured, 11 were
        # children": a part named after its total's "the N wounded"
        | (
            (pl.col("row_id").shift(1) == pl.col("row_id")).fill_null(False)
            & pl.col("pre").shift(1).str.contains(r"(?i)\b(?:among\s+|of\s+)?the\s+$").fill_null(False)
            & (
                (is_person & pl.col("pre").str.contains(PART_AFTER_THE_TOTAL))
                | (
                    pl.col("noun").is_null()
                    & pl.col("pre").str.contains(PART_AFTER_THE_TOTAL_COMMA)
                    & pl.col("post").str.contains(SECOND_PART_AFTER_NOUN)
                )
            )
        )
        | pl.col("subcount")
        | (is_person & pl.col("pre").str.contains(SUBCOUNT_BEFORE))
        # "killed 20 people, of whom seven were children": the part's people named after its copula
        | (
            pl.col("noun").is_null() & (pl.col("mention_idx") > 0)
            & pl.col("pre").str.contains(SUBCOUNT_BEFORE) & pl.col("post").str.contains(SECOND_PART_AFTER_NOUN)
        )
        | (pl.col("noun").is_null() & pl.col("post").str.contains(PART_OF_THEM_AFTER) & (pl.col("mention_idx") > 0))
    )
    # the later items of a list whose first item is a part are parts too: "including two women and three men", "Among
    # the five killed were three soldiers and two medics"
    # (read into a column first: a window would read its shifts inside the list's rows only)
    m = with_columns_once(m, part_of_before.alias("_part_core"))
    part_of_before = pl.col("_part_core") | (pl.col("_list_item") & pl.col("_part_core").first().over("_list_run"))
    in_group = ["row_id", "part_group"]
    m = with_columns_once(
        m,
        own_word.str.to_lowercase().alias("own_word"),
        part_of_before.alias("is_part"),
        (~part_of_before).cum_sum().over("row_id", order_by="mention_idx").alias("part_group"),
    ).with_columns(
        # a part is read by the part rule whatever word it took ("Nine people, including two women and three men, were
        # killed": the men's word right after them is their total's); a total whose word its part lent is read by the
        # rule that read the part's word
        pl.when(
            pl.col("is_part") & (pl.col("mention_idx") > 0)
            & ~pl.col("own_rule").is_in(["casualty.of_the_dead", "casualty.place_list"]).fill_null(False)
        )
        .then(pl.lit("casualty.part_of_total"))
        .when(pl.col("own_rule").is_null() & ~pl.col("is_part"))
        .then(pl.col("own_rule").backward_fill().over(in_group, order_by="mention_idx"))
        .otherwise(pl.col("own_rule"))
        .fill_null(pl.lit("casualty.part_of_total"))
        .alias("own_rule"),
        # a part takes the word after it first ("18 of them, including two children, were taken to
        # hospital"), then its total's; a total takes its parts' ("eight people, including two children,
        # were killed")
        # ... but not "hospitalised": "108 victims, 61 of them hospitalised" does not make 108 hospitalised (the word
        # after an "including" part is the total's too: "four people, including two children, were hospitalised");
        # nor a part's own word after "of them": "Four people were pulled from the rubble, one of them died" counts
        # one death, not four
        pl.coalesce(
            "own_word",
            # a part of a total said without a figure takes that total's verb: "two were killed and dozens
            # wounded, among them five children" (the children are among the wounded, not the two killed)
            pl.when(pl.col("is_part")).then(pl.col("pre").str.extract(PART_OF_UNCOUNTED_BEFORE, 1)),
            pl.when(pl.col("is_part"))
            .then(pl.col("own_word").backward_fill().forward_fill().over(in_group, order_by="mention_idx"))
            .otherwise(
                pl.when(
                    pl.col("word_of_part").is_not_null()
                    | (
                        pl.col("own_word").str.contains(HOSPITALISED)
                        & ~pl.col("pre").str.contains(r"(?i)\bincluding\s+(?:the\s+)?$")
                    )
                    # ... nor a part's own verb after "of whom" before its figure: "totalled 131 people of whom 24
                    # people died" counts 24 deaths, no 131 (the total's people are all the casualties)
                    | pl.col("pre").str.contains(PART_OWN_CLAUSE_BEFORE)
                )
                .then(None)
                .otherwise(pl.col("own_word"))
                .backward_fill().forward_fill().over(in_group, order_by="mention_idx")
            ),
        ).alias("own_word"),
        # the group's total: its first figure ("20 killed, among them nine children" -> 20); rows are in
        # text order and a sentence's first figure starts a group, so a forward fill finds it
        pl.when(~pl.col("is_part") | (pl.col("mention_idx") == 0)).then(pl.col("count")).forward_fill()
        .alias("group_total"),
    ).with_columns(_casualty_type(pl.col("own_word")).alias("own_type"))
    clash = (
        is_clash_noun
        & ~pl.col("modifiers").fill_null("").str.contains(NOT_GROUND_COMBAT)
        # a singular clash noun counts one ("one combat clash"), never a thing named for battle ("2 main battle tanks")
        & ~(
            noun.str.contains(r"^(?:combat\s+clash|combat\s+engagement|clash|battle)$")
            & ((pl.col("count") != 1) | pl.col("post").str.contains(r"(?i)^[\s-]*(?:tanks?|groups?|fields?|ships?|lines?|plans?|cry|dress)\b"))
        )
        & ~(noun.str.contains(r"^(?:attacks|assaults)$") & pl.col("pre").str.contains(AIR_DEFENCE_BEFORE))
        & (
            ~noun.str.contains(r"^(?:attacks|assaults|attempts)$")
            | (noun.str.contains(r"^(?:attacks|assaults)$") & pl.col("pre").str.contains(REPELLED))
            | (noun.str.contains(r"^(?:attacks|assaults)$") & pl.col("post").str.contains(REPELLED_AFTER))
            # "nine attacks of the Ukrainian army were repulsed" (not "attacks by drones on the city were repelled")
            | (
                noun.str.contains(r"^(?:attacks|assaults)$")
                & pl.col("post").str.contains(REPELLED_AFTER_PHRASE)
                & ~pl.col("post").str.extract(REPELLED_AFTER_PHRASE, 1).fill_null("").str.contains(NOT_GROUND_ASSAULT)
            )
            | (noun.str.contains(r"^(?:attacks|assaults)$") & pl.col("post").str.contains(FAILED_AFTER))
            # "launched 5 unsuccessful attacks on Ukrainian positions": failed attacks were repelled
            | (
                noun.str.contains(r"^(?:attacks|assaults)$")
                & pl.col("modifiers").fill_null("").str.contains(r"(?i)\b(?:unsuccessful|failed|repelled|repulsed)\b")
            )
        )
    )
    # "repelled 9 attacks on the A front, 24 attacks on the B front, ...": each item of the list is a clash
    # when the run of comma-joined attack figures it belongs to opens on one
    is_attacks = noun.str.contains(r"^(?:attacks|assaults)$")
    joined = is_attacks & pl.col("pre").str.contains(LIST_ITEM_JOIN) & (pl.col("mention_idx") > 0)
    clash = clash | (
        joined
        & pl.when(~joined).then(clash & is_attacks).otherwise(None)
        .forward_fill().over("row_id", order_by="mention_idx").fill_null(False)
    )
    # "the number of combat clashes rose to 132": a clash count named before its figure
    clash = clash | (
        pl.col("noun").is_null() & pl.col("pre").str.contains(NUMBER_OF_CLASHES_BEFORE)
    )
    # an assault mounted (not an attack: that may be shelling), or an attempt to advance
    assaults_mounted = (
        (noun == "assaults")
        & pl.col("pre").str.contains(ASSAULTS_MOUNTED)
        & ~pl.col("modifiers").fill_null("").str.contains(NOT_GROUND_COMBAT)
        & ~pl.col("post").str.contains(r"(?i)^\s*(?:using|with|by)\b")
    )
    attempts_to_advance = (noun == "attempts") & pl.col("post").str.contains(TO_ADVANCE)
    # both read the clause before the figure (they end in "[^,;:]*$")
    assaults_counted = (
        pl.col("noun").is_null()
        & (
            (
                pl.col("post").str.contains(TIMES_AFTER)
                & pl.col("pre").str.contains(ASSAULT_TIMES_BEFORE)
                # a ground assault is on positions or along a front; "attacked Nikopol 12 times with
                # artillery" and "attacked the Kherson region 94 times" are shelling
                & (
                    # "tried to advance", "tried to break through" are ground verbs with or without an object
                    pl.col("pre").str.extract(ATTACKED_WHAT).is_null()
                    | pl.col("pre").str.extract(ATTACKED_WHAT).str.contains(ASSAULT_OBJECT)
                    | pl.col("sentence").str.contains(FRONT_WORDS)
                )
                # ("stormed the defences 23 times with artillery support": fire backing an assault is no shelling)
                & ~pl.col("post").str.replace_all(FIRE_SUPPORT, " ").str.contains(TIMES_WITH_WEAPONS)
            )
            | (pl.col("pre").str.contains(TRIED_BEFORE) & pl.col("post").str.contains(TO_ADVANCE))
        )
        & ~pl.col("pre").str.replace_all(FIRE_SUPPORT, " ").str.contains(NOT_GROUND_ASSAULT)
    ) | attempts_to_advance
    # each test is read once into a column: the expressions below use them several times
    m = with_columns_once(
        m, clash.alias("_clash"), assaults_mounted.alias("_assaults_mounted"), assaults_counted.alias("_assaults_counted")
    )
    clash = pl.col("_clash")
    assaults_mounted = pl.col("_assaults_mounted")
    assaults_counted = pl.col("_assaults_counted")
    # "123 clashes ..., 36 of them in the Pokrovsk sector": a part of a clash count is a clash count
    head = ~pl.col("is_part") | (pl.col("mention_idx") == 0)
    part_of_clashes = (
        pl.col("is_part") & pl.col("noun").is_null()
        # (within its own sentence: a part whose total was read from no figure is no part of another sentence's count)
        & pl.when(head).then(clash | assaults_mounted | assaults_counted).forward_fill()
        .over("row_id", order_by="mention_idx").fill_null(False)
    )
    m = m.with_columns(
        pl.when(clash | assaults_mounted | assaults_counted | part_of_clashes).then(pl.lit("clash"))
        .otherwise(pl.col("own_type")).alias("fact_type"),
        first_rule([
            ("clash.repelled_attacks", clash & noun.str.contains(r"^(?:attacks|assaults)$")),
            ("clash.engagements", clash),
            ("clash.assaults_mounted", assaults_mounted),
            ("clash.assault_times", assaults_counted),
            ("clash.part_of_total", part_of_clashes),
        ]).alias("clash_rule"),
    ).with_columns(
        pl.coalesce(
            "clash_rule",
            pl.when(pl.col("own_word").str.contains(HOSPITALISED)).then(pl.lit("casualty.hospitalised")),
            "own_rule",
        ).alias("rule_id"),
    ).filter(
        pl.col("fact_type").is_not_null()
        & ((pl.col("count") % 1) == 0)
        & (pl.col("count") > 0)
        & ~pl.col("pre").str.contains(MODAL_BEFORE)
        # (read where their words are: "and"/"or" before the figure, "of the" after it)
        & ~pl.when(pl.col("pre").str.contains(" and ", literal=True) | pl.col("pre").str.contains(" or ", literal=True))
        .then(pl.col("pre").str.contains(COMBINED_BEFORE)).fill_null(False)
        & ~pl.when(pl.col("noun").is_null() & pl.col("post").str.contains("of th", literal=True))
        .then(pl.col("post").str.contains(OF_THE_HURT_DIED)).fill_null(False)
        # prisoners who died held by the other side died in no attack: "12 soldiers who died in Russian captivity"
        & ~(pl.col("fact_type").is_in(["killed", "injured"]) & pl.col("post").str.contains(IN_CAPTIVITY))
        # "two to four", "between 5 and 10"
        & ~pl.col("pre").str.contains(r"(?i)\bbetween\s+(?:\S+\s+and\s+)?$|^\s*(?:-|–|to|or)\s*$")
    )
    if m.is_empty():
        return empty_facts()

    # the shared context reads a sentence-opening "In ...,"/"From ...,"; a casualty sentence also opens on
    # "Between 1 April and 30 June," (UN monitoring reports), which holds for every figure after it
    # ("in its deadliest attack in eight months": a record's comparison names no span of the figure)
    context = pl.concat_str(
        [
            scope_context(),
            pl.col("sentence").str.extract(SPAN_OPENING).fill_null(""),
            pl.col("sentence").str.extract(REPORTED_OPENING).fill_null(""),
        ],
        separator=" ",
    ).str.replace_all(SUPERLATIVE_SPAN, " ").str.replace_all(NIGHT_OF_TWO_DAYS, " overnight ")
    # the figure's date: the first reference after it, else the last before it, else the sentence's
    m = with_columns_once(
        m,
        # "Friday's strike on Sumy that killed two people and Thursday's strike on Poltava that killed six": the
        # figure after a day's attack is that day's, whatever day follows it
        date_ref_expr(pl.col("pre").str.extract(POSSESSIVE_DAY_ATTACK, 0), pick="last").alias("_ref_possessive"),
        date_ref_expr(pl.col("post"), pick="first").alias("_ref_after"),
        date_ref_expr(pl.col("pre"), pick="last").alias("_ref_before"),
        date_ref_expr(pl.col("sentence"), pick="best").alias("_ref_sentence"),
        statement_day_ref(pl.col("sentence")).alias("_stated_on"),
    ).with_columns(ref_to_date(pl.col("_stated_on"), pl.col("published_date")).alias("_stated_on"))
    clause = pl.concat_str(
        [
            pl.col("sentence").str.extract(SENTENCE_OPENING),
            pl.col("sentence").str.extract(REPORTED_OPENING),
            pl.col("pre").str.extract(r"([^,;]*)$"),
            pl.col("post").str.extract(r"^([^,;]*)"),
        ],
        separator=" ",
        ignore_nulls=True,
    )
    m = with_columns_once(m, context.alias("_context"), clause.alias("_clause"))
    # a war's running toll without "since": "thus far" with the war, soldiers or a whole region around it, a perfect
    # of the war or of soldiers, a monitoring mission's tally; never with one attack or one day in the clause
    # (the figure's own noun too: "21,000 Russian soldiers"; and "said on Wednesday" dates a statement, no event)
    # (read only where the clause has one of its words: few figures do, and the sentence test is costly)
    own_clause = (
        pl.concat_str([pl.col("_clause"), pl.col("modifiers"), pl.col("noun")], separator=" ", ignore_nulls=True)
        .str.replace_all(r"(?i)\bto\s+have\b", "to")
        .str.replace_all(STATED_ON_DAY, " ")
    )
    war_or_soldiers = own_clause.str.contains(WAR_FRAME) | own_clause.str.contains(SOLDIERS)
    m = m.with_row_index("_mention_row")
    running = (
        m.select("_mention_row", "_clause", "modifiers", "noun", "sentence")
        .filter(pl.col("_clause").str.contains(RUNNING_TOLL_WORDS))
        .with_columns(
            ((
                # (one attack or one day anywhere in the sentence: "... have been killed and six wounded in clashes")
                ~pl.col("sentence").str.replace_all(STATED_ON_DAY, " ").str.contains(ONE_EVENT_WORDS)
                & (
                    (own_clause.str.contains(SO_FAR) & (war_or_soldiers | own_clause.str.contains(WHOLE_REGION)))
                    | (own_clause.str.contains(CASUALTY_PERFECT) & war_or_soldiers)
                    | own_clause.str.contains(MONITOR_TALLY)
                    # a perfect credited to the UN anywhere in the sentence ("..., according to the United Nations")
                    | (own_clause.str.contains(CASUALTY_PERFECT) & pl.col("sentence").str.contains(UN_MONITORS))
                )
            )
            # ... also where the sentence names the attacks in general, no one of them: "Russia's strikes have killed
            # over 9,500 Ukrainian civilians, according to the UN"
            | (
                own_clause.str.contains(CASUALTY_PERFECT)
                & pl.col("sentence").str.contains(UN_MONITORS)
                & ~pl.col("sentence").str.replace_all(STATED_ON_DAY, " ").str.replace_all(ATTACKS_IN_GENERAL, " ")
                .str.contains(ONE_EVENT_WORDS)
            )).alias("_running_toll")
        )
        .filter(pl.col("_running_toll"))
        .select("_mention_row", "_running_toll")
    )
    m = (
        m.join(running, on="_mention_row", how="left", maintain_order="left")
        .with_columns(pl.col("_running_toll").fill_null(False))
        .drop("_mention_row")
    )
    m = with_columns_once(m, scope_expr(pl.col("_context")).alias("_scope"))
    # one attack told with the week or month it came in ("killed 30 people last month when a missile hit a block of
    # flats", "a drone strike late last month killed eight") is that attack's toll, no period's: the relative week or
    # month only says when (read on the few period rows that name one)
    # (the texts are null outside the period rows, so the patterns read those rows only)
    period_context = pl.when(pl.col("_scope") == "period").then(pl.col("_context"))
    period_sentence = pl.when(pl.col("_scope") == "period").then(pl.col("sentence"))
    m = with_columns_once(
        m,
        (
            period_context.str.contains(RELATIVE_WEEK_OR_MONTH)
            & ~period_context.str.contains(SPAN_OF_WEEK_OR_MONTH)
            & period_sentence.str.contains(ONE_ATTACK_NAMED)
            & ~period_sentence.str.replace_all(RANK_AMONG_ATTACKS, " ").str.contains(ATTACKS_NAMED)
        ).fill_null(False).alias("_relative_one_attack"),
    )
    m = with_columns_once(
        m,
        pl.when(pl.col("_relative_one_attack"))
        .then(
            scope_expr(pl.when(pl.col("_relative_one_attack")).then(pl.col("_context")).str.replace_all(RELATIVE_WEEK_OR_MONTH, " "))
        )
        .otherwise(pl.col("_scope"))
        .alias("_scope"),
    ).drop("_relative_one_attack")
    m = with_columns_once(
        m,
        pl.when(
            (pl.col("_scope") == "event")
            & (pl.col("_context").str.contains(SEVERAL_DAYS) | pl.col("_clause").str.contains(WEEKEND_OF))
        ).then(pl.lit("period"))
        .when((pl.col("_scope") == "cumulative") & pl.col("_context").str.contains(SINCE_THE_DAY_BEGAN))
        .then(pl.lit("event"))
        # read in the figure's own clause only ("where forces have held territory since August, they
        # repelled 11 attacks" is a day's count), superlatives aside ("the largest attack since ...")
        .when(
            (pl.col("_scope") == "event")
            & pl.col("_clause").str.contains(RUNNING_SINCE)
            & ~pl.col("_clause").str.contains(SINCE_THE_DAY_BEGAN)
            & ~pl.col("_clause").str.contains(SUPERLATIVE_WORD)
        )
        .then(pl.lit("cumulative"))
        .when((pl.col("_scope") == "event") & pl.col("_clause").str.contains(THIS_YEAR))
        .then(pl.lit("period"))
        .when((pl.col("_scope") == "event") & pl.col("_running_toll"))
        .then(pl.lit("cumulative"))
        .otherwise(pl.col("_scope")).alias("_scope")
    )
    # "Through the last month, the occupiers fired 5,100 shells at the district. As a result of these strikes, 17 people died":
    # the toll of a span's strikes is that span's, when its own sentence names no time
    m = m.with_columns(
        pl.when((pl.col("_scope") == "event") & pl.col("result_of_span").is_not_null() & pl.col("_ref_sentence").is_null())
        .then(pl.col("result_of_span"))
        .otherwise(pl.col("_scope"))
        .alias("_scope")
    )
    # "2,380 children killed or injured since the invasion, including 650 killed and 1,730 injured": a
    # figure joined to the one before by a bare "and" shares its scope, and a part takes its total's;
    # a killed-or-injured figure is no fact but still lends its scope, so it is dropped only now
    # "have killed at least 1,702 and wounded at least 4,110 civilians ... since the invasion": a close pair
    # shares a scope stated after its second figure too
    same_sentence = pl.col("row_id") == pl.col("row_id").shift(1)
    joined_to_previous = same_sentence & pl.col("pre").str.contains(JOINED_BY_AND)
    # ("4,310 deaths and 7,265 injuries ... since the invasion": the first figure's word alone between them)
    # ("2,064 civilians were killed and 9,089 were injured in 2024", "612 of its soldiers have died and 1,840 more
    # injured so far": the first figure's words alone between them, with no attack or day of their own)
    close_pair = same_sentence & (
        pl.col("pre").str.contains(JOINED_PAIR) | pl.col("pre").str.contains(r"(?i)^\s*[\w'’-]+\s+and\s+$")
        | (pl.col("pre").str.contains(WORDS_THEN_AND) & ~pl.col("pre").str.contains(ONE_EVENT_WORDS))
    )
    # (joined to a part, "killed 10,500, including 587 children, and left 20,000 injured": the part's total's scope)
    total_scope = pl.when(~pl.col("is_part") | (pl.col("mention_idx") == 0)).then(pl.col("_scope")).forward_fill()
    m = m.with_columns(
        pl.when((pl.col("_scope") == "event") & joined_to_previous)
        .then(total_scope.shift(1))
        .when((pl.col("_scope") == "event") & close_pair.shift(-1).fill_null(False))
        .then(pl.col("_scope").shift(-1))
        .otherwise(pl.col("_scope"))
        .alias("_scope")
    ).with_columns(
        # a part has the scope of the figure it is part of ("... from Saturday to Monday, killing 13
        # civilians, three of them children")
        # (a part whose total is no fact, "108 victims ..., 61 of them hospitalised", keeps its own)
        pl.when(
            pl.when(~pl.col("is_part") | (pl.col("mention_idx") == 0)).then(pl.col("row_id")).forward_fill()
            == pl.col("row_id")
        )
        .then(pl.when(~pl.col("is_part") | (pl.col("mention_idx") == 0)).then(pl.col("_scope")).forward_fill())
        .otherwise(pl.col("_scope"))
        .alias("_scope")
    ).filter(
        ~pl.col("post").str.contains(COMBINED_AFTER)
        # "left one person dead and injured 26 others": the second word governs the next figure
        | pl.col("post").str.contains(COMBINED_THEN_FIGURE)
    )
    if m.is_empty():
        return empty_facts()
    phrase = pl.concat_str(
        [pl.col("modifiers").fill_null("").str.replace_all("_", ""), pl.col("noun").fill_null("")], separator=" "
    )
    if "list_item" in m.columns and m.get_column("list_item").any():
        # a list item's place named first holds for every figure of its line ("3 killed, 12 injured")
        own = pl.when(pl.col("list_item")).then(pl.col("pre").str.extract(PLACE_FIRST_ITEM))
        own = pl.when(own.str.contains(NOT_AN_ITEM_PLACE)).then(None).otherwise(own)
        m = m.with_columns(
            pl.when(pl.col("pre").str.contains("\n") | own.is_not_null())
            .then(own.fill_null(""))
            .forward_fill()
            .over(["article_id", "sentence_start"], order_by="mention_idx")
            .replace("", None)
            .alias("_item_place")
        )
    # consistency: a part is no larger than the figure it is part of
    too_large = (
        (pl.col("rule_id") == "casualty.part_of_total") & (pl.col("count") > pl.col("group_total")).fill_null(False)
    )
    place = pl.coalesce(
        # (the first that is a place: "died on Sunday in a missile strike on the town of Lozova" is
        # Lozova, not Sunday)
        pl.col("post").str.extract(r"^([^;]*)").str.extract_all(PLACE_IN)
        .list.eval(pl.element().str.extract(PLACE_IN, 1).filter(~pl.element().str.extract(PLACE_IN, 1).str.contains(NOT_A_PLACE)))
        .list.first(),
        # a list item that names its place first: "• Kharkiv region: 3 killed, 12 injured"
        pl.col("_item_place") if "_item_place" in m.columns else None,
        pl.col("pre").str.extract_all(PLACE_IN).list.last().str.extract(PLACE_IN),
        # the place a sentence opens on: "In Kherson Oblast, three people were injured"
        pl.col("sentence").str.extract(OPENING_PLACE),
        # a clash count's front, where no settlement is named: "On the Avdiivka front, ... repelled 15 attacks"
        pl.when(pl.col("fact_type") == "clash").then(pl.col("sentence").str.extract(CLASH_FRONT)),
    )
    m = with_columns_once(
        m,
        # one reference is read (ref_to_date is costly, so it runs once on the chosen reference)
        pl.coalesce(
            ref_to_date(
                pl.coalesce(
                    # a toll "from Saturday's strike rose to 40 on Monday" is dated by the strike
                    pl.when(pl.col("type_toll").is_not_null()).then(pl.col("_ref_before")),
                    "_ref_possessive",
                    "_ref_after",
                    # ("... that killed four people and wounded at least 19": a figure joined to one of a day's attack)
                    pl.col("_ref_possessive").forward_fill().over("row_id", order_by="mention_idx"),
                    "_ref_before",
                    # a part with no day of its own is its total's day: "a day after missiles killed four people,
                    # including two in Kyiv" dates the two by the "day after" too
                    pl.when(pl.col("is_part") & (pl.col("mention_idx") > 0)).then(
                        pl.when(~pl.col("is_part") | (pl.col("mention_idx") == 0))
                        .then(
                            pl.coalesce(
                                pl.when(pl.col("type_toll").is_not_null()).then(pl.col("_ref_before")),
                                "_ref_possessive", "_ref_after", "_ref_before",
                            )
                        )
                        .forward_fill()
                        .over(["row_id", "part_group"], order_by="mention_idx")
                    ),
                    "_ref_sentence",
                ),
                pl.col("published_date"),
                # ("killed 3 overnight, the governor said on Wednesday" is Wednesday's night)
                stated_on=relative_anchor(pl.col("_stated_on"), pl.col("lede_anchor"), pl.col("published_date")),
            ),
            # a daily tally is dated by its report: "killed two ... during the past day, the governor said on March 5"
            pl.when(pl.col("sentence").str.contains(DAILY_TALLY)).then(pl.col("_stated_on")),
            # "that day" is the day named last before it; a sentence that names no day is dated by the attack its
            # article's lede dates
            pl.col("that_day_date"),
            # (a period's or a running total's figure is no part of that attack)
            # (the attack the sentence before dates, else the one the lede dates)
            pl.when(~pl.col("sentence").str.contains(DAILY_TALLY) & (pl.col("_scope") == "event"))
            .then(pl.coalesce("previous_attack_date", "lede_date")),
            # else the day its source spoke on, when its sentence names no other: "three people were killed when a drone
            # hit a train, prosecutors said Tuesday" in a story of the Wednesday is the Tuesday's
            pl.when(pl.col("_scope") == "event").then(pl.col("_stated_on")),
            pl.col("published_date"),
        ).alias("_own_date"),
    )
    # a toll or an update that names no attack day of its own is the attack's: the day the article dates it by
    # (the sentence before, the lede, else the one day its attacks are dated by), when that is no later than the
    # update and not long before it (FACTS.md 5: a toll reported later is dated by the strike)
    attack_date = pl.coalesce("previous_attack_date", "lede_date", "article_attack_date")
    of_the_attack = (
        pl.col("toll_update")
        & pl.col("update_own_ref").is_null()
        & (pl.col("_scope") == "event")
        & ~pl.col("sentence").str.contains(DAILY_TALLY)
        & (attack_date <= pl.col("_own_date"))
        & (attack_date >= pl.col("_own_date") - pl.duration(days=TOLL_UPDATE_WINDOW_DAYS))
    ).fill_null(False)
    # ... and so is any other figure of a follow-up story that names no day and no source's day at all ("75 were
    # injured, including 14 children" after "the toll from Saturday's strike has risen to 35"): the story's attack
    undated_of_follow_up = (
        pl.col("article_attack_date").is_not_null()
        & ~pl.col("toll_update")
        & (pl.col("_scope") == "event")
        & pl.col("_ref_sentence").is_null()
        & pl.col("_stated_on").is_null()
        & pl.col("that_day_date").is_null()
        & pl.col("previous_attack_date").is_null()
        & pl.col("lede_date").is_null()
        & ~pl.col("sentence").str.contains(DAILY_TALLY)
        & (pl.col("article_attack_date") <= pl.col("_own_date"))
        & (pl.col("article_attack_date") >= pl.col("_own_date") - pl.duration(days=TOLL_UPDATE_WINDOW_DAYS))
    ).fill_null(False)
    facts = select_once(
        m,
        "article_id",
        "fact_type",
        pl.when(of_the_attack).then(attack_date)
        .when(undated_of_follow_up).then(pl.col("article_attack_date"))
        .otherwise(pl.col("_own_date")).alias("event_date"),
        pl.col("_scope").alias("scope"),
        pl.when(pl.col("post").str.contains(OR_MORE_AFTER)).then(pl.lit("at_least"))
        .otherwise(qualifier_expr(pl.col("qual_text"))).alias("qualifier"),
        pl.col("sentence").alias("evidence"),
        pl.col("sentence_start").alias("evidence_start"),
        pl.col("sentence_end").alias("evidence_end"),
        # ("rocket attacks on Kyiv's critical infrastructure": the place without its possessive)
        pl.when(place.str.contains(NOT_A_PLACE)).then(None).when(place == "capital").then(pl.lit("Kyiv"))
        .otherwise(place.str.replace(r"['’]s$", "")).alias("place"),
        pl.col("count").cast(pl.Int64),
        pl.when(pl.col("fact_type") == "clash")
        .then(None)
        # police officers are not soldiers
        .when(phrase.str.contains(r"(?i)\bpolice"))
        .then(pl.lit("civilian"))
        .when(phrase.str.contains(MILITARY_VICTIMS))
        .then(pl.lit("military"))
        .when(phrase.str.contains(CIVILIAN_VICTIMS))
        .then(pl.lit("civilian"))
        .alias("victims"),
        "rule_id",
        pl.when(too_large).then(pl.lit(INCONSISTENT_CONFIDENCE)).otherwise(pl.lit(1.0)).alias("confidence"),
        pl.concat_str(
            [
                pl.when(too_large).then(
                    pl.format("part exceeds its total ({} > {})", pl.col("count").cast(pl.Int64),
                              pl.col("group_total").cast(pl.Int64))
                ),
                # "according to preliminary data": the count may still change (a later toll is another fact)
                pl.when(pl.col("sentence").str.contains(PRELIMINARY)).then(pl.lit("preliminary figure")),
            ],
            separator="; ",
            ignore_nulls=True,
        )
        .replace("", None)
        .alias("note"),
        ((pl.col("fact_type") == "injured") & pl.col("own_word").fill_null("").str.contains(HOSPITALISED))
        .alias("_hospitalised"),
        # a hospitalised figure that calls its people the injured ("of the injured, 11 were hospitalised",
        # "four injured were hospitalised") is part of the injured figure given before it, however far back
        (
            pl.col("pre").str.contains(NAMES_THE_INJURED_BEFORE)
            # ("nine of the injured remain hospitalised")
            | pl.col("post").str.contains(OF_THE_INJURED_HOSPITALISED)
            | pl.col("modifiers").fill_null("").str.contains(r"(?i)\b(?:injured|wounded)\b")
        ).alias("_names_the_injured"),
        # "two more were killed", "another three injured": added to a figure, never the same one restated
        (
            pl.col("pre").str.contains(ADDITIONAL_BEFORE)
            | pl.col("post").str.contains(ADDITIONAL_AFTER)
            | pl.col("modifiers").fill_null("").str.contains(r"(?i)\b(?:more|other|additional|further)\b")
        ).alias("_more"),
        (pl.col("post").str.contains(ALSO_AFTER) & (pl.col("type_of_sentence_before") == pl.col("fact_type")).fill_null(False))
        .alias("_also"),
        # "resulted in the death of a police officer and injured 30 others": the others are besides the dead named
        # before the figure in its clause, though they were not counted
        (
            ((pl.col("fact_type") == "injured") & pl.col("pre").str.contains(OTHER_TYPE_BEFORE_INJURED))
            | ((pl.col("fact_type") == "killed") & pl.col("pre").str.contains(OTHER_TYPE_BEFORE_KILLED))
        ).alias("_besides_named"),
        # "Separately, one person was killed ...", "Elsewhere, two were injured": another attack's figure
        pl.col("sentence").str.contains(SEPARATE_OPENER).alias("_additional"),
        pl.col("sentence_idx").alias("_sentence_idx"),
        pl.col("mention_idx").alias("_mention_idx"),
        pl.col("paragraph_place").alias("_paragraph_place"),
        # "25 of them were hospitalised": a part hospitalised by its own words (not "three of them children")
        (pl.col("is_part").fill_null(False) & pl.col("post").str.contains(PART_HOSPITALISED_AFTER)).alias("_is_part"),
        # whether the figure's own sentence names its day (else it was dated by the lede, the sentence before or the
        # publication)
        # (or by the attack the sentence right before it dates: "In an assault on Friday, a missile struck Kharkiv. It
        # left 30 people wounded.")
        (
            pl.coalesce("_ref_after", "_ref_before", "_ref_sentence").is_not_null()
            | (pl.col("previous_attack_date").is_not_null() & (pl.col("_scope") == "event"))
        ).alias("_own_day"),
    )
    # one figure restated in an article keeps one side: "Five people were killed in Sumy" and "the Russian
    # strike on Sumy killed five people" are one fact (extract_facts drops repeats that agree in every other
    # field, so only those share a side); restatements naming different sides name none
    # who speaks and which side attacked are read once per sentence (facts share them), then joined back
    per_sentence = with_columns_once(
        facts.select("evidence").unique(),
        attribution_expr(pl.col("evidence")).alias("attribution"),
        _attacker(pl.col("evidence")).alias("attacker"),
    )
    facts = facts.join(per_sentence, on="evidence", how="left", maintain_order="left").with_columns(
        pl.when(pl.col("fact_type") != "clash").then(pl.col("attacker")).alias("attacker")
    )
    restated = ["article_id", "fact_type", "count", "scope", "event_date", "qualifier", "place", "victims"]
    sides = pl.col("attacker").drop_nulls()
    facts = facts.with_columns(
        pl.when(sides.n_unique().over(restated) == 1).then(sides.first().over(restated)).alias("attacker")
    )
    return _without_restatements(_without_hospitalised_subsets(_with_additional_figures(_with_part_sentence_scopes(facts))))


# a sentence that names a part by the casualty word of the figure before it: "Among the dead are 382 children."
PART_SENTENCE = ascii_bounds(rf"(?i)^\W*among\s+(?:the|those|them)\b(?:\s+(?:{CASUALTY_WORDS}))?")


def _with_part_sentence_scopes(facts: pl.DataFrame) -> pl.DataFrame:
    """A part in a sentence of its own ("Among the dead are 382 children.") takes the scope of the figure of its type in
    the sentence right before it ("there have been 5,996 documented deaths since Feb. 24"), as a part takes its
    total's (FACTS.md 8), when its own sentence names no time."""
    parts = pl.col("evidence").str.contains(PART_SENTENCE) & (pl.col("scope") == "event") & ~pl.col("evidence").str.contains(OWN_TIME)
    if facts.is_empty() or not facts.select(parts.any()).item():
        return facts
    totals = (
        facts.filter(pl.col("fact_type").is_in(["killed", "injured"]))
        .group_by("article_id", "fact_type", "_sentence_idx")
        .agg(pl.col("scope").first().alias("_total_scope"), pl.col("scope").n_unique().alias("_scopes"))
        .filter((pl.col("_scopes") == 1) & (pl.col("_total_scope") != "event"))
        .select("article_id", "fact_type", (pl.col("_sentence_idx") + 1).alias("_sentence_idx"), "_total_scope")
    )
    return (
        facts.join(totals, on=["article_id", "fact_type", "_sentence_idx"], how="left", maintain_order="left")
        .with_columns(pl.when(parts & pl.col("_total_scope").is_not_null()).then(pl.col("_total_scope")).otherwise(pl.col("scope")).alias("scope"))
        .drop("_total_scope")
    )


def _with_additional_figures(facts: pl.DataFrame) -> pl.DataFrame:
    """`_additional` also for a figure added to an earlier one of its own type ("two more died", "another three
    were injured"), never restated by it. "More", "other" and "another" right after a figure of the other casualty
    type, in its sentence or the one before, count the people besides those: "one man died and six more were
    injured", "three were killed, and five others were injured", "Three people were killed. Five more were wounded."
    are the nine and the five of the injured, which a later or earlier statement of the same toll restates."""
    order = ["article_id", "_sentence_idx", "_mention_idx"]
    indexed = facts.with_row_index("_row")
    ordered = indexed.filter(pl.col("fact_type").is_in(["killed", "injured"])).sort(order)
    same_article = pl.col("article_id") == pl.col("article_id").shift(1)
    beside_other_type = (
        same_article
        & (pl.col("fact_type").shift(1) != pl.col("fact_type"))
        & (pl.col("_sentence_idx").shift(1) >= pl.col("_sentence_idx") - 1)
    ).fill_null(False)
    besides = ordered.filter(pl.col("_more") & (beside_other_type | pl.col("_besides_named"))).select("_row")
    # "also" after a casualty word of its own type is another toll ("Another person was killed in Dnipro. One person was
    # also killed in Zaporizhzhia."); after the other type it adds to that ("... a woman died. Nine people were also
    # injured." may restate a lede's nine) (`_also` holds only the first)
    also_added = ordered.filter(pl.col("_also")).select("_row")
    return (
        indexed.with_columns(
            (
                pl.col("_additional")
                | (pl.col("_more") & ~pl.col("_row").is_in(besides.get_column("_row").implode()))
                | pl.col("_row").is_in(also_added.get_column("_row").implode())
            )
            .alias("_additional")
        )
        .drop("_row", "_more", "_also", "_mention_idx", "_besides_named")
    )


def _without_hospitalised_subsets(facts: pl.DataFrame) -> pl.DataFrame:
    """Drop a hospitalised figure (and its parts) when its sentence or the one before states an
    injured figure that holds it: "45 were injured ... 18 of them were hospitalised" is one injured
    fact, 45. In a round-up of places, a hospitalised figure further on stands on its own, unless its
    words call its people the injured ("Of the injured, 11 were taken to hospital"): that names the
    figure before it, however far back."""
    injured = facts.filter((pl.col("fact_type") == "injured") & ~pl.col("_hospitalised")).select(
        "article_id", pl.col("_sentence_idx").alias("_injured_sentence"), pl.col("count").alias("_injured_count")
    )
    held = (
        facts.with_row_index("_row")
        .filter(pl.col("_hospitalised"))
        .join(injured, on="article_id")
        .filter(
            (pl.col("_injured_sentence") <= pl.col("_sentence_idx"))
            & (
                (pl.col("_injured_sentence") >= pl.col("_sentence_idx") - 1)
                | pl.col("_names_the_injured")
            )
            & (pl.col("_injured_count") >= pl.col("count"))
        )
        .select("_row")
    )
    # "59 people sought medical help, 25 of them were hospitalised": the part of a hospitalised figure of its own
    # sentence is held in it too (the 59 are the injured)
    hospitalised_totals = facts.filter(pl.col("_hospitalised") & ~pl.col("_is_part")).select(
        "article_id", "_sentence_idx", pl.col("count").alias("_total_count")
    )
    held_parts = (
        facts.with_row_index("_row")
        .filter(pl.col("_hospitalised") & pl.col("_is_part"))
        .join(hospitalised_totals, on=["article_id", "_sentence_idx"])
        .filter(pl.col("_total_count") > pl.col("count"))
        .select("_row")
    )
    held = pl.concat([held, held_parts]).unique()
    return _without_rows(facts, held).drop("_hospitalised", "_names_the_injured", "_is_part")


def _without_rows(facts: pl.DataFrame, rows: pl.DataFrame) -> pl.DataFrame:
    """`facts` without the rows whose position (`_row`, from `with_row_index`) is listed in `rows`, order kept."""
    return facts.with_row_index("_row").join(rows, on="_row", how="anti", maintain_order="left").drop("_row")


# a round-up's total over several places: "in Russian attacks across Ukraine", "in eight regions over the past day",
# "local authorities reported"
ROUNDUP_TOTAL = ascii_bounds(
    r"(?i)\bacross\s+(?:Ukraine|the\s+country|(?:[\w'’-]+\s+)?(?:regions|oblasts|provinces))\b|\bnationwide\b"
    r"|\bin\s+(?:#?\d+|several|multiple|various|[a-z]+)\s+(?:regions|oblasts|provinces)\b"
    r"|\b(?:local|regional)\s+(?:authorities|officials|administrations|governors)\b"
)
_PLACE_SUFFIX = r"(?i)\s+(?:region|district|oblast|province|front|direction|axis|sector)$"
# a region a round-up's item names as what was attacked: "Russian attacks against Sumy Oblast killed a man", "strikes
# targeting the Kharkiv region injured four" (a sentence place like "in Sumy Oblast")
AGAINST_REGION = ascii_bounds(
    r"\b(?i:against|targeting)\s+(?:the\s+)?([A-Z][\w'’-]+\s+(?i:oblast|region|province))\b"
)
OFFICIAL_OF_REGION = ascii_bounds(
    r"\b(?:[Gg]overnor|[Hh]ead|[Cc]hief)\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?([A-Z][\w'’-]+)\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince|[Rr]egional)\b"
    r"|\b([A-Z][\w'’-]+)\s+(?:(?:[Rr]egional|[Oo]blast)\s+)?[Gg]overnor\b"
)


def _without_restatements(facts: pl.DataFrame) -> pl.DataFrame:
    """Drop a killed, injured or clash figure that an earlier sentence of its article already stated (FACTS.md 4: the
    same figure repeated is one fact). A lede's "killed four people" and the quote's "Four people were killed"
    are one fact even where only one of them names the place, qualifies the figure ("at least three" and "three
    injured men") or names the victims; figures of two named places, and a figure added to another ("two more
    died"), stay apart. (extract_facts drops repeats that agree in every field; these differ in some.)"""
    # (the day only where both statements name one: "Late Friday, cruise missiles ... killing at least three people"
    # and the governor's "the missiles killed at least three people" are one figure, though the quote, naming no day,
    # was dated by the lede's attack of Thursday)
    key = ["article_id", "fact_type", "count", "scope"]
    # the places a sentence names anywhere ("In Russia, one woman died ... in Vladikavkaz" names Vladikavkaz
    # though its figure's own place is left empty): two figures whose sentences name places, none shared, are
    # two figures ("one person was killed in the Dnipropetrovsk region" is another death)
    # (a sentence may open on its place, "In Russia, ...": a country counts here, as no figure's own place)
    places = (
        pl.col("evidence").str.extract_all(SENTENCE_PLACE)
        .list.eval(pl.element().str.extract(SENTENCE_PLACE, 1))
        .list.concat(
            # (read only where its words are)
            pl.when(pl.col("evidence").str.contains("against", literal=True) | pl.col("evidence").str.contains("targeting", literal=True))
            .then(pl.col("evidence").str.extract_all(AGAINST_REGION).list.eval(pl.element().str.extract(AGAINST_REGION, 1)))
            .otherwise(pl.lit([], dtype=pl.List(pl.String)))
        )
        .list.eval(pl.element().filter(~pl.element().str.contains(NOT_A_PLACE) | pl.element().is_in(["Ukraine", "Russia"])))
        # "near Luhansk" and "in the Luhansk region" name one place; "in the capital" is Kyiv, as a figure's place is
        .list.eval(pl.element().str.replace(_PLACE_SUFFIX, "").str.to_lowercase().replace("capital", "kyiv"))
    )
    # the regions of the officials a sentence credits ("Oleksandr Prokudin, governor of the southern Kherson region",
    # "Kharkiv governor Oleh Syniehubov"): two governors' counts of their own regions are two figures, even where
    # neither names a place of its own
    officials = (
        pl.col("evidence").str.extract_all(OFFICIAL_OF_REGION)
        .list.eval(pl.coalesce(pl.element().str.extract(OFFICIAL_OF_REGION, 1), pl.element().str.extract(OFFICIAL_OF_REGION, 2)))
        .list.eval(
            pl.element().filter(
                ~pl.element().str.contains(NOT_A_PLACE)
                & ~pl.element().str.contains(r"^(?:Regional|Oblast|Local|Former|Deputy|Acting|Military|Provincial|State|City)$")
                # "the Russian-installed governor", "the Kremlin-appointed governor": the side that named the
                # official, no region (two such statements may be one governor's toll)
                & ~pl.element().str.contains(r"-(?:installed|appointed|backed|imposed|controlled|led)$")
            ).str.to_lowercase()
        )
    )
    # ... and the regions a sentence names, by an official's title or a place's own word ("in the village of Mala Danylivka in
    # the Kharkiv region"): a Belgorod governor's "one civilian was killed" and "one person was killed ... in the Kharkiv
    # region" are two figures (a town alone names no region: "in Bilozerka" may be the Kherson governor's toll)
    # ... and the regions of the officials a sentence names by name ("Kiper said", "according to Syniehubov"): two
    # statements that each name officials, none of one region, are two regions' tolls
    named_officials = official_regions_expr(pl.col("evidence"))
    regions = pl.concat_list(
        officials,
        pl.col("evidence").str.extract_all(SENTENCE_PLACE)
        .list.eval(pl.element().str.extract(SENTENCE_PLACE, 1))
        .list.eval(
            pl.element().filter(pl.element().str.contains(r"(?i)\s(?:region|oblast|province)$"))
            .str.replace(_PLACE_SUFFIX, "").str.to_lowercase()
        ),
    ).list.unique()
    # (a day's clash count restated is one figure too: "clashed 87 times since the day began" and the quote's "the
    # number of combat clashes has now reached 87"; the fronts' counts name their fronts)
    naming_ukraine = pl.when(pl.col("evidence").str.contains("Ukraine", literal=True)).then(pl.col("evidence"))
    casualties = facts.with_row_index("_row").filter(pl.col("fact_type").is_in(["killed", "injured", "clash"])).with_columns(
        places.alias("_places"), regions.alias("_officials"), named_officials.alias("_named_officials")
    )
    # the places of a breakdown by place are its items', not its total's: "killed 5 residents of the oblast: two in A,
    # and one in B" names no place of the five, which may restate the lede's five (the items themselves keep them)
    item_places = (
        casualties.filter((pl.col("rule_id") == "casualty.place_list") & pl.col("place").is_not_null())
        .group_by("article_id", "_sentence_idx")
        .agg(pl.col("place").str.replace(_PLACE_SUFFIX, "").str.to_lowercase().alias("_item_places"))
    )
    casualties = casualties.join(item_places, on=["article_id", "_sentence_idx"], how="left").with_columns(
        pl.when((pl.col("rule_id") != "casualty.place_list") & pl.col("_item_places").is_not_null())
        .then(pl.col("_places").list.set_difference("_item_places"))
        .otherwise(pl.col("_places"))
        .alias("_places")
    ).drop("_item_places").with_columns(
        # a sentence that names no place is about the place its paragraph named before it ("In Donetsk Oblast, three
        # residents were killed. Another three people were injured, the governor said.")
        pl.when((pl.col("_places").list.len() == 0) & pl.col("_paragraph_place").is_not_null())
        .then(pl.concat_list(pl.col("_paragraph_place")))
        .otherwise(pl.col("_places"))
        .alias("_places"),
        # a round-up's total over the country ("across Ukraine", "in five regions", "local authorities reported")
        pl.col("evidence").str.contains(ROUNDUP_TOTAL).alias("_roundup_total"),
        headline_line(pl.col("evidence")).alias("_headline"),
        # (read only where Ukraine is named: the test below needs it nowhere else)
        (
            naming_ukraine.str.contains(ONE_ATTACK_NAMED)
            & ~naming_ukraine.str.replace_all(RANK_AMONG_ATTACKS, " ").str.contains(ATTACKS_NAMED)
        ).fill_null(False).alias("_one_attack"),
    ).with_columns(
        pl.col("_roundup_total").alias("_own_roundup_total"),
        # ... and the headline that states the same total without its words ("Shelling kills 2, wounds 11 in a day"
        # above "... across Ukraine killed two civilians"): a statement of that total too, naming no place of its own
        (
            pl.col("_roundup_total")
            | (
                pl.col("_roundup_total").any().over(key)
                & pl.col("place").is_null()
                & (pl.col("_places").list.len() == 0)
            )
        ).alias("_roundup_total"),
    )
    earlier = casualties.select(
        *key,
        pl.col("_sentence_idx").alias("_earlier_sentence"),
        pl.col("place").alias("_earlier_place"),
        pl.col("_places").alias("_earlier_places"),
        pl.col("_officials").alias("_earlier_officials"),
        pl.col("_named_officials").alias("_earlier_named_officials"),
        pl.col("_roundup_total").alias("_earlier_roundup_total"),
        pl.col("_headline").alias("_earlier_headline"),
        pl.col("_one_attack").alias("_earlier_one_attack"),
        pl.col("event_date").alias("_earlier_date"),
        pl.col("_own_day").alias("_earlier_own_day"),
        pl.col("_row").alias("_earlier_row"),
        pl.col("_additional").alias("_earlier_additional"),
    )
    same_own_place = pl.col("place").is_not_null() & (
        pl.col("place").str.replace(_PLACE_SUFFIX, "").str.to_lowercase()
        == pl.col("_earlier_place").str.replace(_PLACE_SUFFIX, "").str.to_lowercase()
    ).fill_null(False)
    restated = (
        casualties.join(earlier, on=key)
        .filter(
            # a figure added to another is no restatement of it; the same added figure of the same place said again
            # ("while another three died in Vuhledar" in the lede and in the quote) is one fact
            (~pl.col("_additional") | (pl.col("_earlier_additional") & same_own_place))
            & (pl.col("_earlier_sentence") < pl.col("_sentence_idx"))
            & (
                (pl.col("event_date") == pl.col("_earlier_date")).fill_null(False)
                | ~pl.col("_own_day")
                | ~pl.col("_earlier_own_day")
            )
            & (
                pl.col("place").is_null()
                | pl.col("_earlier_place").is_null()
                | (pl.col("place").str.replace(_PLACE_SUFFIX, "").str.to_lowercase()
                   == pl.col("_earlier_place").str.replace(_PLACE_SUFFIX, "").str.to_lowercase())
            )
            & (
                (pl.col("_places").list.len() == 0)
                | (pl.col("_earlier_places").list.len() == 0)
                | (pl.col("_places").list.set_intersection("_earlier_places").list.len() > 0)
                # one attack placed in Ukraine as a whole holds its city: "a missile strike on a block of flats in
                # Ukraine killed 18" and "left 18 dead in the city of Dnipro" are one toll (not a toll of several
                # attacks across the country, whose equal regional figure is a part; not beside Russia: "In Russia, one
                # man died" stays apart)
                | (
                    (pl.col("_places").list.set_difference(pl.lit(["ukraine"])).list.len() == 0)
                    & pl.col("_one_attack")
                    & ~pl.col("_earlier_places").list.contains("russia")
                )
                | (
                    (pl.col("_earlier_places").list.set_difference(pl.lit(["ukraine"])).list.len() == 0)
                    & pl.col("_earlier_one_attack")
                    & ~pl.col("_places").list.contains("russia")
                )
            )
            & ~(
                (pl.col("_officials").list.len() > 0)
                & (pl.col("_earlier_officials").list.len() > 0)
                & (pl.col("_officials").list.set_intersection("_earlier_officials").list.len() == 0)
            )
            & ~(
                (pl.col("_named_officials").list.len() > 0)
                & (pl.col("_earlier_named_officials").list.len() > 0)
                & (pl.col("_named_officials").list.set_intersection("_earlier_named_officials").list.len() == 0)
            )
            # a region's figure after the country's round-up total is its part, even when the two are equal ("at
            # least two killed and six injured across Ukraine ... six others were wounded in Kherson Oblast")
            & ~(
                pl.col("_earlier_roundup_total") & ~pl.col("_roundup_total")
                & (pl.col("place").is_not_null() | (pl.col("_places").list.len() > 0))
            )
        )
        # the statement that names its day stays: an earlier one dated only by its article ("with at least 18 dead" in
        # the lede, "taking at least 18 lives on Saturday" after it) gives way to it
        .select(
            pl.when(
                (pl.col("event_date") != pl.col("_earlier_date")).fill_null(False)
                & pl.col("_own_day") & ~pl.col("_earlier_own_day")
            ).then(pl.col("_earlier_row"))
            # the body's round-up total stays over the headline that states it ("Strikes kill 4, wound 9 in the regions"):
            # the headline would give way to the body's regional figure of the same count, and the total be lost
            .when(pl.col("_earlier_headline") & pl.col("_own_roundup_total")).then(pl.col("_earlier_row"))
            .otherwise(pl.col("_row")).alias("_row")
        )
        .unique()
    )
    return _without_rows(facts, restated).drop("_sentence_idx", "_additional", "_paragraph_place", "_own_day")
