"""The verbs that give a strike figure its role: launched, intercepted (shot down, destroyed,
suppressed) or lost (locationally lost, did not reach), and rewrites of phrasings the role rules
would misread ("managed to shoot down", "hit by air defence", "which were all shot down").
"""

from __future__ import annotations

import polars as pl

from pipelines.extract.numbers import ascii_bounds
from pipelines.extract.weapons import noun_pattern


VERBS_LOST = (
    r"locationally\s+lost|lost\s+locationally|locally\s+lost|lost\s+locally|lost\s+(?:from|on|off)\s+(?:the\s+)?radars?"
    r"|(?:failed|fail)\s+to\s+reach|did\s+not\s+reach|didn't\s+reach|(?:were|was)\s+(?:\w+\s+)?lost"
    r"|lost\s+(?:to|due\s+to|because\s+of|as\s+a\s+result\s+of|through)\s+(?:active\s+)?(?:electronic|ew\b|countermeasures)"
    # "the location of 27 drones had been lost", "19 drones disappeared over Ukrainian territory"
    r"|been\s+lost|disappeared|vanished"
    # "the air force lost track of 34 decoy drones"
    r"|lost\s+track\s+of"
    # "another 30 were redirected by electronic warfare", "diverted by jamming": sent off course, not downed
    r"|(?:were|was|had\s+been|have\s+been)\s+(?:redirected|diverted)"
)
VERBS_INTERCEPTED = (
    r"destroy(?:ed|ing|s)?|shot\s+down|shoot(?:ing|s)?\s+down|downed|downing|downs|intercept(?:ed|ing|s)?"
    r"|brought\s+down|bring(?:ing|s)?\s+down|neutrali[sz](?:e|ed|ing|es)?|suppress(?:ed|ing|es)?"
    # the Russian ministry's "disabled 28 UAVs", electronic warfare's "three UAVs were jammed"
    r"|disabled|jammed"
    r"|repell?(?:ed|ing|s)?|eliminat(?:ed|ing)|taken\s+down|took\s+down|takes?\s+down|knocked\s+(?:out|down)"
    r"|thwarted|defeated|destruction\s+of|interception\s+of"
    # "air defences took out seven drones", "the mayor announced the repulsion of two UAVs" (the noun of "repelled")
    r"|took\s+out|taken\s+out|takes?\s+out|taking\s+out|repulsion\s+of"
    # ... and the other nouns of downing, and the translated ministries' "liquidated": "the mayor announced the
    # elimination of three drones", "reported the neutralisation of 40 UAVs", "air defence liquidated five drones"
    r"|elimination\s+of|neutrali[sz]ation\s+of|liquidat(?:ed|ion\s+of)"
)
VERBS_LAUNCHED = (
    r"launch(?:ed|es|ing)?|fir(?:ed|es|ing)|sent|send(?:s|ing)?|used|using|drop(?:ped|s|ping)?|released"
    r"|deploy(?:ed|ing)|employ(?:ed|ing)|direct(?:ed|ing)|unleash(?:ed|ing)?|hurl(?:ed|ing)?|fl(?:ung|ing(?:s|ing)?)|lobbed|barrage\s+of|volley\s+of|salvo\s+of|wave\s+of"
    r"|record\s+(?:was|of|is)|involved|involving|attacked\s+with|took\s+part|attack\s+(?:by|of|with|involving)"
    r"|attacked\s+by|detected|tracked|recorded|registered|spotted"
    # the air force's reporting verbs of what came in: "the air force tallied 310 aerial weapons, including 15 missiles"
    r"|tallied|counted"
    # "267 drones had entered Ukrainian airspace": the air force counts what it tracked coming in
    # ... and a city's or region's count of what came into its sky: "About 30 missiles entered the city's airspace",
    # "at least 5 missiles had entered Ukrainian air space" (only Ukraine's: never a neighbour's)
    r"|entered\s+(?:ukrainian|ukraine's|ukraine’s|(?:the\s+)?(?:city|capital|region|oblast|kyiv|kiev)(?:'s|’s))\s+air\s?space"
    r"|entered\s+the\s+air\s?space\s+(?:of|over)\s+(?:ukraine|the\s+(?:city|capital|region|oblast)|kyiv|kiev)\b"
    # the target as subject: "Kharkiv was attacked overnight by 3 missiles", "was targeted with 120 projectiles" ("was hit
    # by", "was struck by" count hits: strike_mentions.HIT_BY_BEFORE)
    r"|(?:was|were|been)\s+(?:targeted|attacked)\s+(?:[a-z]+\s+){0,2}?(?:by|with)"
    # ... and its idiom: "Kharkiv came under attack from 8 drones", "the region came under a massive attack by 40 UAVs"
    r"|c(?:ame|omes)\s+under\s+(?:an?\s+)?(?:[a-z-]+\s+){0,2}?(?:attack|fire)\s+(?:from|by)"
    # a breakdown of the attack: "The missiles included 40 Kh-101", "the barrage, which included 32"
    # ... or its makeup: "the night's barrage comprised 297 drones", "the attack overnight consisted of 20 missiles"
    # ("the overnight barrage had included 297 drones")
    r"|(?:missiles|drones|uavs|weapons|attack|barrage|assault|strikes?|salvo|wave|raid|onslaught|bombardment)(?:\s+overnight)?"
    # (its target between: "the overnight attack on Ukraine included 6 missiles", "Sunday's barrage against the
    # energy grid comprised 90 drones")
    # (or a target of several words: "the strikes on Ukraine's gas and power sites included 60 missiles")
    r"(?:\s+(?:on|against)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?"
    r"\s+(?:had\s+|has\s+)?(?:also\s+)?"
    r"(?:included|comprised|consisted\s+of|was\s+made\s+up\s+of|featured)"
    r"|(?:which|that)\s+(?:also\s+)?(?:included|comprised|consisted\s+of)"
    # the attack as the subject of "saw": "the night's onslaught saw Russia deploy almost 250 drones", "Sunday's
    # barrage also saw the enemy fire 40 missiles" (the attack's, not a year's: "last year saw ..." is no night)
    # (a night named by its dates between: "the night of May 6-7 saw Russia fire 500 drones")
    r"|(?:attacks?|assault|offensive|barrage|strikes?|raid|wave|bombardment|onslaught|salvo|night)(?:\s+of\s+[\w#-]+(?:\s+[\w#-]+)?)?"
    r"\s+(?:also\s+)?saw\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:launch|fire|deploy|use|send|unleash|hurl)"
    # ... also naming the launch as a noun: "the strike saw the deployment of 97 missiles", "the attack saw the use of
    # 40 drones", "the barrage saw the launch of 90 missiles"
    r"|(?:attacks?|assault|offensive|barrage|strikes?|raid|wave|bombardment|onslaught|salvo|night)\s+(?:also\s+)?saw\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+)?(?:deployment|use|launch|launching|firing)\s+of"
)
VERBS = rf"(?i)\b(?:{VERBS_LOST}|{VERBS_INTERCEPTED}|{VERBS_LAUNCHED})\b"
# ASCII word boundaries keep these on the regex engine's fast path (see numbers.ascii_bounds)
VERBS_LOST = ascii_bounds(VERBS_LOST)
VERBS_INTERCEPTED = ascii_bounds(VERBS_INTERCEPTED)
VERBS_LAUNCHED = ascii_bounds(VERBS_LAUNCHED)
VERBS = ascii_bounds(VERBS)


def verb_type(verb: pl.Expr) -> pl.Expr:
    return (
        pl.when(verb.str.contains(rf"(?i)^(?:{VERBS_LOST}|lost)$"))
        .then(pl.lit("lost"))
        .when(verb.str.contains(rf"(?i)^(?:{VERBS_INTERCEPTED})$"))
        .then(pl.lit("intercepted"))
        .when(verb.str.contains(rf"(?i)^(?:{VERBS_LAUNCHED})$"))
        .then(pl.lit("launched"))
        .otherwise(None)
    )


def both_as_all_two(norm: pl.Expr) -> pl.Expr:
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
# ... and the translated Ukrainian idiom of the same ("it was possible to shoot down 43 missiles", "it was possible to
# destroy 17 drones": what the defenders managed, never a capability, which is "it is possible" or "would be possible")
ACHIEVED_TO = ascii_bounds(
    r"(?i)\b(?:(?:had\s+)?managed\s+to|succeeded\s+to|(?:was|were|had\s+been)\s+able\s+to|it\s+was\s+possible\s+to)\s+"
)
# "managed to down nine of the drones": "down" is the verb only after such a "to"; it reads as "downed"
ACHIEVED_TO_DOWN = ACHIEVED_TO + r"down\b"
# a headline's plural present "down": "Ukrainian forces down 16 kamikaze drones", "Air defences down all 12 missiles"
# (its subject the defenders: "prices down 5%" and "down 12 from last week" name no downing)
DEFENDERS_DOWN = ascii_bounds(
    r"(?i)\b((?:forces|defen[cs]es|defenders|troops|units|gunners|systems|military|army|air\s+force))\s+down\s+(all\s+|#?\d)"
)
# "the two drones that were not downed", "had not been intercepted", "weren't intercepted": a negated interception
# counts nothing
NEGATED_INTERCEPTION = ascii_bounds(r"(?i)(?:\b(?:not|never)|n[’']t)\s+(?:been\s+|yet\s+)?(?:" + VERBS_INTERCEPTED + r")")
# "six more drones were lost after getting neutralised by electronic warfare", "were lost after being suppressed by EW":
# the cause named by a verb of neutralising is a downing (FACTS.md 2: "neutralised" and EW suppression are intercepted),
# read as "were neutralised" ...
LOST_AFTER_NEUTRALISED = ascii_bounds(
    r"(?i)\b(were|was|had\s+been|have\s+been)\s+lost\s+(?:after|when|as)\s+(?:getting|being|they\s+were|it\s+was)\s+"
    r"(neutrali[sz]ed|suppressed|jammed)\b"
)
# ... while any other "lost after ..." keeps the figure's own passive, "lost" (the air force's locationally lost drones:
# "were lost after entering Belarus"), and a cause said as a reason or a guess ("lost due to electronic warfare",
# "lost, likely having been jammed") stays lost
WERE_LOST = ascii_bounds(r"(?i)\b(were|was|had\s+been|have\s+been)\s+lost\s+(after|when|as)\b")
# "four drones were hit by air defence": the weapons as the subject, hit by the defenders, were downed (and "landed", the
# translated Ukrainian idiom: "28 were landed by mobile fire groups")
HIT_BY_DEFENCE = ascii_bounds(
    r"(?i)\b(?:hit|struck|landed)(\s+by\s+(?:the\s+)?(?:ukrainian\s+|russian\s+)?(?:air\s+defen[cs]es?|anti-aircraft|mobile\s+fire))"
)
# the Russian ministry's electronic-warfare downings told by the crash: "21 crashed into the Sea of Azov under electronic
# jamming", "seven others crashed after being jammed by electronic warfare", "two crashed as a result of EW" are
# suppressed (intercepted, like "suppressed by electronic warfare and crashed"), not impacts
CRASHED_UNDER_JAMMING = ascii_bounds(
    r"(?i)\b(?:crashed|fell|came\s+down)\b([^.;]{0,60}?\b(?:under|due\s+to|after\s+being|as\s+a\s+result\s+of|because\s+of"
    r"|following)\s+(?:(?:jammed|suppressed|hit)\s+by\s+)?(?:electronic\s+(?:jamming|warfare|countermeasures|suppression)|ew\b"
    r"|(?:radio-electronic|radio\s+electronic)\s+(?:warfare|suppression)|jamming))"
)
JAMMED_OR_LOST = ascii_bounds(r"(?i)\bjammed\s+or\s+lost\b|\blost\b(?:\s+(?:from|on|off)\s+(?:the\s+)?radars?)?\s+or\s+jammed\b")
# ... and "some 300 drones went off radar or were jammed", "disappeared from radar or were suppressed": lost
OFF_RADAR_OR_JAMMED = ascii_bounds(
    r"(?i)\b(?:went\s+off|disappeared\s+from|vanished\s+from)\s+(?:the\s+)?radars?\s+or\s+(?:were\s+|had\s+been\s+)?(?:jammed|suppressed)\b"
)
ALL_THE_WEAPONS = ascii_bounds(
    r"(?i)\ball\s+(?:of\s+)?(these|those|the)\s+((?:[a-z-]+\s+){0,2}?"
    r"(?:drones|uavs|missiles|air\s+targets|aerial\s+targets|targets|shaheds))\b"
)
# "all missiles had been shot down", "all of Friday's drones were destroyed": "all" with a bare plural or a day's
# possessive is "all the missiles" (never "all 12 drones", a count of its own; "not all" and "almost all" are shares)
ALL_BARE_WEAPONS = ascii_bounds(
    r"(?i)\ball\s+(?:of\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last\s+night)['’]s\s+)?"
    r"((?:enemy\s+|russian\s+|ukrainian\s+|incoming\s+|attacking\s+)?(?:drones|uavs|missiles|shaheds)\b)"
)
# "All the drones Russia launched on Kyiv were destroyed": a city's whole, its count unsaid (the figure before is the
# country's), so no "all" of a figure where no figure of its own follows; the country's own ("all the drones launched at Ukraine") stays a whole
ALL_THE_WEAPONS_AT_A_PLACE = ascii_bounds(
    r"(?i)\ball\s+(?:of\s+)?(?:these|those|the)\s+((?:[a-z-]+\s+){0,2}?(?:drones|uavs|missiles|shaheds))"
    r"(\s+(?:that\s+)?(?:(?:russia|moscow|the\s+enemy|the\s+russians|the\s+occupiers|russian\s+forces)\s+)?(?:had\s+)?"
    r"(?:launched|fired|sent|directed|aimed)\s+(?:on|at|towards?|against)\s+(?:the\s+)?"
    # ... or on their way to it: "all the drones targeting Kyiv", "all the missiles heading for the capital"
    r"|\s+(?:(?:that|which)\s+were\s+)?(?:targeting|targetting|head(?:ing|ed)\s+(?:for|to|towards?)|(?:flying|moving)\s+(?:at|to|towards?))"
    r"\s+(?:the\s+)?)"
    r"(capital|city|(?-i:[A-TV-Z][\w'’-]*|U[a-jl-z][\w'’-]*))"
    # (with no figure after it: "downed all the drones and missiles Russia launched at the capital, including six
    # Kinzhal missiles" gives the whole's parts)
    # (a masked figure, "#4 a.m.", "#2 hours", is none)
    r"((?:[^\d#]|#\d[\d,.:]*)*)$"
)
# "..., which were all shot down", "..., and all were downed", "they were all destroyed": the whole of the
# figure (or list) before, like "all of which" / "all of them"
WHICH_WERE_ALL = ascii_bounds(r"(?i)\b(?:which|that)\s+(were|had\s+been|have\s+been)\s+all\b")
# a relative clause right after the weapons, without "all", says the same of every one of them: "the attack included
# six Shahed drones and two cruise missiles which were shot down", "a wave that included 45 drones that his forces
# shot down" (read as "all of which were shot down": each figure of the list before, both launched and downed)
WEAPONS_WHICH_WERE_DOWNED = ascii_bounds(
    # (a clause between commas too: "a wave of 45 drones, which his forces shot down, targeted the city")
    # (the weapons counted: "the drones that were intercepted during the night included 24 over ..." restricts a definite noun
    # to the downed ones, whose breakdown follows; it says nothing of all of a figure)
    r"(?i)\b(\d[\d,]*\s+(?:[\w'’-]+\s+){0,4}?(?:drones|uavs|missiles|shaheds))(?:\s+(?:which|that)|\s*,\s*which)\s+"
    r"(?:(were|had\s+been|have\s+been)\s+"
    # (the subject may be anyone's: "his forces", "its air defences", "Ukraine's air defence", "the country's air
    # defence systems", "our forces", "the air force", "the military's mobile fire groups")
    r"|(?:(?:his|its|their|our|her|the|ukrainian|(?:the\s+)?[a-z-]+['’]s)\s+)?(?:own\s+)?"
    r"(?:forces|air\s+defen[cs]es?|air\s+defen[cs]e\s+(?:forces|systems|units)|air\s+force|defenders|units|military|troops"
    r"|army|(?:mobile\s+)?fire\s+groups)\s+(?:had\s+|have\s+)?)"
    r"(shot\s+down|downed|destroyed|intercepted)\b"
)
# ("the commander-in-chief said all had been intercepted": "all" right after a speaker's verb too)
ALL_WERE = ascii_bounds(
    r"(?i)(^|[,;]\s*|\band\s+|\b(?:said|says|added|reported|claimed|stated)\s+(?:that\s+)?)(?:they\s+)?all\s+"
    r"(were|had\s+been|have\s+been)\b"
)
THEY_WERE_ALL = ascii_bounds(r"(?i)\bthey\s+(were|had\s+been|have\s+been)\s+all\b")
# "they had all been intercepted", "the drones were all destroyed": "all" after its subject, the whole of the figure
# named before (the last figure of that class, like "all the drones")
THEY_HAD_ALL_BEEN = ascii_bounds(r"(?i)\bthey\s+(had|have)\s+all\s+been\b")
THE_WEAPONS_WERE_ALL = ascii_bounds(
    r"(?i)\bthe\s+((?:[a-z-]+\s+){0,2}?(?:drones|uavs|missiles|air\s+targets|aerial\s+targets|shaheds))\s+"
    r"(were|had\s+been|have\s+been)\s+all\b"
)
# "two Kalibr missiles, both of which were shot down": "both" is exactly two of what was named last
BOTH_OF_WHICH = ascii_bounds(r"(?i)\bboth\s+of\s+(which|them|these|those)\b")
# "air defence repelled an attack by three UAVs heading for Moscow", "thwarted an attempted attack of 12 drones":
# the attackers of a repelled attack were downed (not launched: the attack noun's own "attack by" is no launch here)
REPELLED_ATTACK_BY = ascii_bounds(
    # (case-sensitive but for its first letter: several times faster than (?i))
    r"\b(?:[Rr]epell?ed|[Rr]epulsed|[Tt]hwarted|[Ff]oiled|[Ff]ended\s+off|[Bb]eat\s+back|[Bb]eaten\s+back)\s+(?:an?\s+|the\s+)?"
    r"(?:attempted\s+|massive\s+|massed\s+|large-scale\s+|new\s+|another\s+|night\s+|drone\s+|air\s+)?attack\s+(?:by|of)\s+"
)
# ... and the passive: "The attack of three more UAVs on the Moscow Region was repelled", "an attack by 12 drones was
# thwarted": the attack's figure is its downed attackers ("attack of" is read as no launch)
ATTACK_BY_REPELLED = (
    r"(?-u:\b)[Aa]ttacks?\s+(?:by|of)\s+[^.;]*?(?-u:\b)(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:\w+\s+)?(?:repell?ed|repulsed|thwarted|foiled)(?-u:\b)"
)
ATTACK_BY = r"(?-u:\b)([Aa]ttacks?)\s+(?:by|of)\s+"
REPELLED_THEN_DOWNED = REPELLED_ATTACK_BY + r"[^.;]*?(?-u:\b)(?i:" + VERBS_INTERCEPTED + r")(?-u:\b)"
# "All air targets - almost ten of them - were hit by air defence", "all the drones, about 15 of them, were downed":
# the count of "all" set off after its noun is "all almost 10 air targets" (launched and intercepted, with its qualifier;
# not "all the drones, 12 of them over Kyiv, were downed", a part)
ALL_WEAPONS_N_OF_THEM = ascii_bounds(
    r"(?i)\ball\s+(?:of\s+)?(?:the\s+)?((?:[a-z-]+\s+){0,2}?(?:drones|uavs|missiles|air\s+targets|aerial\s+targets|targets|shaheds))"
    r"\s*[,(–—-]\s*((?:about|almost|nearly|around|some|roughly|approximately|over|more\s+than|up\s+to)\s+)?(\d[\d,]*)\s+of\s+them\s*[,)–—-]"
)
# "destroyed 16 Shahed-136/131 over two regions", "the enemy used 36 Shahed (drones)", '16 "Shahed-136/131" were
# destroyed': the model as the count's own noun, where what follows ends the noun phrase (not "20 Shahed launches",
# "12 Shahed factories", nor a list going on: "106 Shahed and other drones", "70 Shahed, Gerbera and other drones")
MODEL_AS_NOUN = ascii_bounds(
    # (case-sensitive, the capitals spelled out: several times faster than (?i) on every figure)
    # (a front-line tally's tactical models too: "two Lancets", "three Molniyas"; and a list of counted models going
    # on, "one Geran-2, two Lancets and ...": the model is its item's noun, never the class of the figure before)
    r"\b(\d[\d,]*)\s+[\"“]?((?:[Ss]hahed|SHAHED|[Gg]eran|GERAN)(?:-\d+(?:/\d+)?)?|[Ll]ancets?|[Mm]olniyas?)[\"”]?"
    r"(\s*(?:[.;:()]|$)|\s*,\s+(?:and\s+)?\d|\s+and\s+\d"
    r"|\s+(?:were|was|had|have|has|in|over|within|on|at|from|across|during|overnight|that|which)\b)"
)
# "in a single night" is "in 1 night" once number words are digits, and a digit would end the figure's context (its
# scope words): written back as words ("700 drones in a single night" is one attack, see scope.SINGLE_ATTACK)
IN_A_SINGLE = ascii_bounds(
    r"\b([Ii]n|[Dd]uring|[Oo]ver|[Ww]ithin)\s+(?:a\s+single|(?:just\s+|only\s+|a\s+)?(?:one|#?1))\s+"
    r"(night|attack|assault|salvo|barrage|wave|strike|raid)\b"
)
# a verb of downing quoted from the ministry's words: 'five drones were "destroyed" over the Bryansk region', 'were
# "shot down" over the district', 'were "intercepted and destroyed"': the verb without its quotes
QUOTED_DOWNING_VERB = ascii_bounds(
    r"(?i)\b(were|was|been|being)\s+[\"“‘]((?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed|eliminated"
    r"|suppressed)(?:\s+and\s+(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed|eliminated))?)[\"”’]"
)
# a quoted aside closed right before the list's next figure: 'intercepted six Kalibr missiles "launched from the sea at
# Odesa," and 21 Shahed drones' (the quotes set off the speaker's words, not a new sentence): the aside unquoted
QUOTED_ASIDE_BEFORE_AND = r"[\"“‘]([^\"“”‘’\d]{1,80}[,;])[\"”’](\s+and\s+(?:\d|a\s+|one\b|two\b|three\b|four\b|five\b))"
# a model name in quotes, as Ukrainian outlets write them ('6 "Kinzhal" missiles', '20 «Shahed» drones', '7
# "Kh-101"/"Iskander-K" missiles'): the name without its quotes (a quoted word of one token only)
QUOTED_NAME = r"[\"“«‘]([A-Z][\w/-]{1,24})[\"”»’]"
# "Shahed, Gerbera and other types of drones", "drones of other types": the other drones, a mixed group whatever the
# models named before ("94 Geran, Gerbera, decoy and other types of drones" is 94 drones, no single model)
OTHER_TYPES_OF = ascii_bounds(r"(?i)\b(other|various|different)\s+(?:types?|kinds?)\s+of\s+(drones|uavs)\b")
# a total named by a word for any weapon and broken down into aerial weapons right after it is a mixed aerial
# total: "99 projectiles, including 60 drones and three Kinzhal missiles", "184 weapons, among them 78 missiles"
# (never the word alone: "30 projectiles" are as often shells)
MIXED_TOTAL_WORD = ascii_bounds(
    r"(?i)\b(\d[\d,]*\s+(?:[a-z-]+\s+)?)(?:projectiles|munitions|weapons|means\s+of\s+attack)"
    r"(\s*(?:,|:|\(|[–—-])\s*(?:including|among\s+them|of\s+which|namely|in\s+particular)\s+[^.;:]{0,40}?"
    r"\b(?:drones|uavs|missiles|shaheds|kinzhals|kalibrs|iskanders))\b"
)
# "14 Tu-95 missile-carrying aircraft", "8 missile-armed ships", "drone-carrying vessels": the carriers are counted,
# never their weapons (aircraft, launchers and ships are no count): the weapon word is only their modifier
CARRIER_MODIFIER = ascii_bounds(
    r"(?i)\b(?:missile|rocket|drone|uav|kalibr|kinzhal|cruise[\s-]missile)[\s-](?:carrying|armed|laden|equipped|capable)\b"
)
# "almost all of which were shot down", "nearly all of them were destroyed", "not all were intercepted": a share whose
# count is unsaid, never "all" (the whole of the figure); "almost all 40 drones were downed" says 40 were launched
# ("most of the 40 drones", strike_roles.FRACTION_OF)
NEAR_ALL_N = ascii_bounds(
    r"(?i)\b(?:almost|nearly|virtually|practically|not\s+quite|just\s+about)\s+all\s+(?:of\s+)?(?:the\s+)?(\d)"
)
NEAR_ALL = ascii_bounds(r"(?i)\b(?:almost|nearly|virtually|practically|not\s+quite|just\s+about|not)\s+all\b")
# "22 drones attacked Dnipro, most of which were shot down", "the majority of them were destroyed", "some were downed":
# a share of the figure before was downed, its count unsaid, so the verb is no figure's: neither the whole's
# (whose own verb, "attacked", types it) nor a count of downings
SHARE_DOWNED = ascii_bounds(
    r"(?i)\b((?:most|many|some|several|a\s+few|few|the\s+(?:majority|bulk)|half|part|a\s+(?:number|third|quarter|share)"
    r"|two[\s-]thirds|three[\s-]quarters)(?:\s+of\s+(?:which|them|these|those))?"
    r"(?:\s+(?:were|was|had\s+been|have\s+been|being))?)\s+(?:successfully\s+|reportedly\s+)?(?:"
    + VERBS_INTERCEPTED + r")\b"
)
# "26 of 33 drones, all of which targeted Kyiv", "20 drones, all of which were Shaheds", "all of them aimed at Odesa":
# "all" whose own verb is no downing (where the weapons flew, what they were) says nothing of how many were downed, so
# it is no figure ("all 0" is written back as the words)
ALL_OF_WHICH_NOT_DOWNED = ascii_bounds(
    r"(?i)\ball\s+0\s+of\s+(which|them|these|those)(\s+(?:were|was|had\s+been|have\s+been|are)?\s*(?:[a-z]+ly\s+)?"
    r"(?:targeted|targeting|aimed|directed|headed|heading|flying|flew|attacked|attacking|came|coming|launched|fired|sent"
    r"|released|deployed|used|a|an|the|of|shaheds|gerans|drones|uavs|missiles|[a-z-]+\s+(?:drones|missiles))\b)"
)
# "81 drones, with 53 being shot down", "with 40 of them having been destroyed": a clause of its own
WITH_N_BEING = ascii_bounds(r"(?i),?\s*\bwith\s+(\d[\d,]*(?:\s+of\s+(?:them|these|those))?)\s+(?:being|having\s+been)\b")
# ... and with the participle alone: "28 missiles launched, with 19 shot down", "Russia sent 40 drones, with 31
# destroyed by air defence" (only where the participle ends its phrase: "with 2 destroyed houses" names houses)
WITH_N_DOWNED = ascii_bounds(
    r"(?i),?\s*\bwith\s+(\d[\d,]*(?:\s+of\s+(?:them|these|those))?)\s+"
    r"((?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed|brought\s+down|taken\s+down|suppressed)"
    r"(?:\s+or\s+(?:otherwise\s+)?(?:suppressed|jammed|neutrali[sz]ed|destroyed|intercepted))?)"
    r"(\s+(?:by|over|above|in|on|and|overnight|before|during)\b|\s*[,.;)]|\s*$)"
)
# "air defences downed 17 drones, with 9 over the Belgorod region, 5 over ...": a list of places after "with" is the
# total's parts by place, like "including 9 over ..."
# "30 drones were said to have been shot down", "are believed to have been downed": the reported passive, as "were
# shot down"
SAID_TO_HAVE_BEEN = ascii_bounds(
    r"(?i)\b(were|was|are|is)\s+(?:said|reported|believed|thought|understood|claimed|estimated)\s+to\s+have\s+been\s+"
)
# a second "with" in a list of the attack's means: "attacked Ukraine with one Iskander-M missile, as well as with 95
# drones", "with 2 missiles and with 40 drones": the list's next item, as without its "with"
AND_WITH_N = ascii_bounds(
    r"(?i)(,?\s+(?:as\s+well\s+as|and|plus))\s+with\s+((?:about|around|nearly|almost|some|over|more\s+than|at\s+least)\s+)?(\d)"
)
# "launched 60 drones and three Iskander-M missiles, of which 52 were shot down", "40 missiles and 30 drones, 55 of which
# were destroyed": a part of a list of two classes, its count unsplit, is a part of the mixed group (`aerial_target`),
# never of the last item (read as "of which 52 air targets were shot down"; "all of which" is each item, above)
_DRONE_ITEM = r"\d[\d,]*\s+(?:[\w'’-]+\s+){0,3}?(?:drones|uavs|shaheds)"
_MISSILE_ITEM = r"\d[\d,]*\s+(?:[\w'’-]+\s+){0,3}?missiles"
PART_OF_MIXED_LIST = ascii_bounds(
    r"(?i)\b((?:" + _DRONE_ITEM + r"(?:\s+and\s+decoys)?\s+and\s+" + _MISSILE_ITEM + r"|" + _MISSILE_ITEM + r"\s+and\s+"
    + _DRONE_ITEM + r")\b[^,.;:]{0,60}?),\s*(?:of\s+which\s+((?:about|around|nearly|almost|some|over|more\s+than|at\s+least)\s+)?"
    r"(\d[\d,]*)|((?:about|around|nearly|almost|some|over|more\s+than|at\s+least)\s+)?(\d[\d,]*)\s+of\s+(?:which|them))"
    r"\s+(were|was|had\s+been|have\s+been)\b"
)
# "most of the 30 drones and four missiles launched ... had been downed": a share of a list is a share of each of
# its figures (read as "most of the 30 drones and most of the 4 missiles"), so its verb counts none of them (each
# figure is launched: FACTS.md 4, a share stated without a count)
# (the second figure with its own noun, never a partitive of its own: "half of the 12 missiles and 50 of the 70 drones")
_NOT_OF_WORD = r"(?:[a-np-z][\w'’-]*|o(?:[a-eg-z][\w'’-]*)?|of[\w'’-]+)"
SHARE_OF_LIST = ascii_bounds(
    r"(?i)\b(most|(?:the\s+)?(?:majority|bulk)|half|many|some)\s+of\s+(?:the\s+)?((?:(?:about|around|roughly|approximately|nearly|almost|some|over|more\s+than"
    r"|at\s+least)\s+)?\d[\d,]*\s+(?:[\w'’-]+\s+){0,3}?(?:drones|uavs|missiles|shaheds))\s+and\s+"
    r"((?:about|around|roughly|approximately|nearly|almost|some|over|more\s+than|at\s+least)\s+)?(\d[\d,]*\s+(?:" + _NOT_OF_WORD + r"\s+){0,3}?"
    r"(?:drones|uavs|missiles|shaheds))\b"
)
# "reported the destruction by air defence (air defence) of 12 missiles": the downing's agent between the noun and
# its weapons, read as "the destruction of 12 missiles by air defence"
DOWNING_NOUN_AGENT = ascii_bounds(
    r"(?i)\b(destruction|interception|elimination|neutrali[sz]ation)\s+(by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:air\s+defen[cs]es?|systems|forces|units|troops)(?:\s*\([^()]{1,30}\))?)\s+of\s+(\d)"
)
# "Russia said it downed 250 Ukrainian drones, 70 of which targeted Moscow": a part of a downing named by its target is
# a part of the downed weapons (intercepted, placed at the target), not a launch of its own: read as a part like
# "including 70 heading for Moscow" (after a launch, "25 of them targeted Odesa" stays a launch)
DOWNED_PART_TARGETED = ascii_bounds(
    r"(?i)\b((?:" + VERBS_INTERCEPTED + r")\s+[^.;]{0,60}?\b\d[\d,]*\s+(?:[\w'’-]+\s+){0,3}?(?:drones|uavs|missiles)),\s*"
    r"(?:(\d[\d,]*)\s+of\s+(?:which|them)|of\s+which\s+(\d[\d,]*))\s+(?:had\s+|have\s+)?(?:targeted|were\s+targeting|were\s+aimed\s+at"
    r"|were\s+(?:heading|headed|flying)\s+(?:for|to|towards?))\s+(?:the\s+)?"
)
# "300 drones and 18 missiles, including three of its rarely used Zircon missiles": a part named with the side's
# possessive is a part like "including three Zircon missiles"
INCLUDING_N_OF_ITS = ascii_bounds(
    r"(?i)\b(including|among\s+them|of\s+which)\s+(\d[\d,]*)\s+of\s+(?:its|their|russia['’]s|moscow['’]s|ukraine['’]s|kyiv['’]s)\s+"
    r"((?:[\w'’-]+\s+){0,4}?(?:drones|uavs|missiles|shaheds|bombs)\b)"
)
# "30 were redirected using electronic warfare", "suppressed using EW": the means of the defence, no launch ("using" is
# a launch verb only for the weapons a side used)
USING_EW = ascii_bounds(r"(?i)\busing\s+((?:means\s+of\s+)?(?:electronic\s+(?:warfare|jamming|countermeasures)|ew\b|jamming))")
# "Ukrainian forces used 53 shells and 19 drones in their attacks on the region": the shells (mortar rounds, mines) are
# no count, and as an item before the weapons they cut the drones off from the verb: read as "used 19 drones"
SHELLS_ITEM_BEFORE = ascii_bounds(
    r"(?i)\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:shells|rounds|mines)(?:\s*,\s*(?:and\s+)?|\s+and\s+)(\d)"
)
# '"Nine [drones] were shot down"': an editor's noun in square brackets after a quoted figure is its noun
BRACKETED_NOUN = ascii_bounds(r"(?i)\b(\d[\d,]*)\s*\[((?:[\w'’-]+\s+){0,2}?(?:drones|uavs|missiles|shaheds|air\s+targets))\]")
# "51 of the 60 unmanned aerial vehicles (UAVs) shot down", "12 drones (UAV) were destroyed": the abbreviation in
# brackets after its noun names the noun again, no part of the phrase between the figure and its verb
NOUN_ABBREVIATION = ascii_bounds(r"(?i)\b(vehicles|drones|uavs|aircraft)\s*\((?:uavs?|drones?|bpla|ucavs?)\)")
# "Russia fired 450 drones and decoys, with 20 cruise missiles, into Ukraine", "launched 80 drones, along with six
# missiles, at the city": the weapons "with" the launched ones are the list's next item (set off by commas, or before
# the launch's own target; never "with N drones shot down", a downing, nor "with 20 missiles in its arsenal")
WITH_N_WEAPONS = ascii_bounds(
    r"(?i)(\b\d[\d,]*\s+(?:[\w'’-]+\s+){0,3}?(?:drones|uavs|missiles|shaheds|decoys))\s*,\s*(?:along\s+|together\s+)?with\s+"
    r"((?:about|around|some|over|more\s+than|at\s+least|nearly|almost)\s+)?(\d[\d,]*\s+(?:[\w'’-]+\s+){0,2}?(?:drones|uavs|missiles))"
    r"(\s*,|\s+(?:into|at|on|against|towards?|overnight)\b)"
)
WITH_N_OVER = ascii_bounds(r"(?i),\s*with\s+(\d[\d,]*\s+(?:over|above)\s+(?:the\s+)?(?-i:[A-Z]))")


# "launched 400 drones and 40 missiles ..., and said it intercepted 380 and 31 of those respectively": two downed
# figures paired in order with the two launched figures before them, read as "intercepted 380 drones and 31 missiles"
# (both after the list: a verb of downing, then the two figures, then "respectively"; or the two figures, "of which",
# then the passive: "40 and 3 of which were shot down, respectively")
_PAIRED_NOUN = r"((?:[\w'’-]+\s+){0,2}?(?:drones|uavs|missiles|shaheds))"
RESPECTIVELY_DOWNED = ascii_bounds(
    r"(?i)\b(\d[\d,]*)\s+" + _PAIRED_NOUN + r"\s+and\s+(\d[\d,]*)\s+" + _PAIRED_NOUN
    + r"\b([^.]*?\b(?:" + VERBS_INTERCEPTED + r"))\s+(\d+(?:,\d{3})*)\s+and\s+(\d+(?:,\d{3})*)"
    r"(?:\s+of\s+(?:them|those|these))?,?\s+respectively\b"
)
RESPECTIVELY_WERE_DOWNED = ascii_bounds(
    r"(?i)\b(\d[\d,]*)\s+" + _PAIRED_NOUN + r"\s+and\s+(\d[\d,]*)\s+" + _PAIRED_NOUN
    + r"\b([^.;]*?)(?:,\s*|\s+and\s+)(?:of\s+which\s+)?(\d+(?:,\d{3})*)\s+and\s+(\d+(?:,\d{3})*)(?:\s+of\s+(?:which|them|those|these))?"
    r"(?:,?\s+respectively,?\s+(were|had\s+been|have\s+been)\s+(?:" + VERBS_INTERCEPTED + r")"
    r"|\s+(were|had\s+been|have\s+been)\s+(?:" + VERBS_INTERCEPTED + r")(?:\s+or\s+\w+)?,?\s+respectively)\b"
)


# "intercepted 87 missiles and stopped 27 drones", "air defence stopped 20 of the 25 drones": the defenders stopping
# counted weapons downed them ("stopped" with its weapons right after it only: the rewrites below use "stopped" for a
# verb that types nothing)
STOPPED_WEAPONS = ascii_bounds(
    r"\bstopped\s+((?:all\s+|about\s+|around\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+|at\s+least\s+)?\d[\d,]*\s+"
    r"(?:(?:out\s+)?of\s+(?:the\s+)?\d[\d,]*\s+)?(?:[\w'’-]+\s+){0,3}?(?:drones|uavs|missiles|shaheds|air\s+targets"
    r"|aerial\s+targets)\b)"
)


def plain_verbs(norm: pl.Expr) -> pl.Expr:
    """Rewrite verb phrasings the type rules would misread into their plain verbs: "managed to shoot down 40"
    -> "shoot down 40" (the "to" of a plan or capability is no fact), "hit by air defence" -> "destroyed by
    air defence" (a target "hit by" missiles was attacked; a drone hit by air defence was downed)."""
    # (unless the sentence counts the downings of the attack apart: "repelled an attack by 70 drones, destroying 64")
    norm = (
        pl.when(norm.str.contains(REPELLED_ATTACK_BY) & ~norm.str.contains(REPELLED_THEN_DOWNED))
        .then(norm.str.replace_all(REPELLED_ATTACK_BY, "repelled "))
        .when(norm.str.contains(ATTACK_BY_REPELLED))
        .then(norm.str.replace(ATTACK_BY, "${1}: "))
        .otherwise(norm)
    )
    return (
        norm.str.replace_all(SHELLS_ITEM_BEFORE, "${1}")
        .str.replace_all(USING_EW, "by ${1}")
        .str.replace_all(DOWNING_NOUN_AGENT, "${1} of ${3}")
        .str.replace_all(INCLUDING_N_OF_ITS, "${1} ${2} ${3}")
        .str.replace_all(DOWNED_PART_TARGETED, "${1}, including ${2}${3} heading for ")
        .str.replace_all(BRACKETED_NOUN, "${1} ${2}")
        .str.replace_all(NOUN_ABBREVIATION, "${1}")
        .str.replace_all(SHARE_OF_LIST, "${1} of the ${2} and ${1} of the ${3}${4}")
        .str.replace_all(PART_OF_MIXED_LIST, "${1}, of which ${2}${4}${3}${5} air targets ${6}")
        .str.replace_all(STOPPED_WEAPONS, "intercepted ${1}")
        .str.replace_all(RESPECTIVELY_DOWNED, "${1} ${2} and ${3} ${4}${5} ${6} ${2} and ${7} ${4}")
        .str.replace_all(RESPECTIVELY_WERE_DOWNED, "${1} ${2} and ${3} ${4}${5}, while ${6} ${2} and ${7} ${4} were shot down")
        .str.replace_all(QUOTED_DOWNING_VERB, "${1} ${2}")
        .str.replace_all(QUOTED_ASIDE_BEFORE_AND, "${1}${2}")
        .str.replace_all(QUOTED_NAME, "${1}")
        .str.replace_all(CARRIER_MODIFIER, "armed")
        .str.replace_all(OTHER_TYPES_OF, "${1} ${2}")
        .str.replace_all(MIXED_TOTAL_WORD, "${1}air targets${2}")
        .str.replace_all(MODEL_AS_NOUN, "${1} ${2} drones${3}")
        # (twice: in a list, "1 Geran-2, 2 Lancets and 3 ...", one item's match ends on the next one's figure)
        .str.replace_all(MODEL_AS_NOUN, "${1} ${2} drones${3}")
        .str.replace_all(IN_A_SINGLE, "${1} a single ${2}")
        .str.replace_all(NEGATED_INTERCEPTION, "not stopped")
        .str.replace_all(ACHIEVED_TO_DOWN, "downed")
        .str.replace_all(DEFENDERS_DOWN, "${1} shoot down ${2}")
        .str.replace_all(LOST_AFTER_NEUTRALISED, "${1} ${2}")
        .str.replace_all(WERE_LOST, "${1} locationally lost ${2}")
        .str.replace_all(ACHIEVED_TO, "")
        .str.replace_all(NEAR_ALL_N, "most of the ${1}")
        .str.replace_all(NEAR_ALL, "most")
        .str.replace_all(SHARE_DOWNED, "${1} stopped")
        .str.replace_all(HIT_BY_DEFENCE, "destroyed${1}")
        # "jammed or lost from radar" does not say which: what was lost may never have been jammed
        .str.replace_all(JAMMED_OR_LOST, "lost")
        .str.replace_all(OFF_RADAR_OR_JAMMED, "were lost from radar")
        .str.replace_all(CRASHED_UNDER_JAMMING, "were suppressed${1}")
        # "All the missiles were intercepted", "all these air targets were destroyed": the whole of a figure
        # named before, like "all of them" ("all 0 of ..." is read as that figure)
        .str.replace_all(ALL_WEAPONS_N_OF_THEM, "all ${2}${3} ${1}")
        .str.replace_all(THE_WEAPONS_WERE_ALL, "all 0 of the ${1} ${2}")
        .str.replace_all(ALL_BARE_WEAPONS, "all the ${1}")
        .str.replace_all(ALL_THE_WEAPONS_AT_A_PLACE, "the ${1}${2}${3}${4}")
        .str.replace_all(ALL_THE_WEAPONS, "all 0 of ${1} ${2}")
        .str.replace_all(WHICH_WERE_ALL, "all 0 of which ${1}")
        .str.replace_all(WEAPONS_WHICH_WERE_DOWNED, "${1}, all 0 of which were ${3}")
        .str.replace_all(ALL_WERE, "${1}all 0 of them ${2}")
        .str.replace_all(THEY_WERE_ALL, "all 0 of them ${1}")
        .str.replace_all(THEY_HAD_ALL_BEEN, "all 0 of them ${1} been")
        .str.replace_all(BOTH_OF_WHICH, "all 2 of ${1}")
        .str.replace_all(WITH_N_BEING, ", ${1} were")
        .str.replace_all(WITH_N_DOWNED, ", ${1} were ${2}${3}")
        .str.replace_all(WITH_N_OVER, ", including ${1}")
        .str.replace_all(WITH_N_WEAPONS, "${1} and ${2}${3}${4}")
        .str.replace_all(AND_WITH_N, "${1} ${2}${3}")
        .str.replace_all(SAID_TO_HAVE_BEEN, "${1} ")
        .str.replace_all(ALL_OF_WHICH_NOT_DOWNED, "all of ${1}${2}")
    )
