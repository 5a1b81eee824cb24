"""Aid to Ukraine: money committed, pledged, contracted or given (FACTS.md `aid`).

Every money mention (`money.find_money_mentions`) is a candidate. It becomes
a fact when

* its sentence speaks of aid (package, pledged, assistance, weapons, ...), and
  either names Ukraine or belongs to an article that does so in an aid
  sentence ("Of that sum, 2.8 billion crowns is for humanitarian relief");
* the words around it do not make it other money: budgets, GDP, losses,
  damage, cost estimates, reserves, prices, salaries, a country's spending on
  its own defence;
* it is not aid to another country or conflict (Israel, Taiwan, ...), and the
  nearest actor before it is not Russia or its allies;
* its currency is known and is not the rouble, and it is at least 1,000 and
  at most a trillion dollars (more is a fund's or an economy's size);
* nobody has yet committed it (`NOT_COMMITTED`, `REQUESTED_BEFORE`,
  `STALLED_AFTER`): drawdown authority left unused or about to lapse,
  financing needs and gaps, Ukraine's own borrowing, a weapon's unit price,
  what frozen assets earn, money asked for, being prepared, or stuck;
  forecast, hoped for, awaited, blocked, supposed ("would have received"),
  left over ("its remaining $5bn in drawdown authority"), repaid by Ukraine,
  or the value of each of several units ("packages worth $500m each"); what
  someone asked for ("the $33 billion Biden requested"), held back or paused,
  still awaited after the amount ("... is expected in March"), or the
  difference between two amounts ("$7 billion bigger than").

An amount governed by an aid verb or named as aid ("pledged €500m", "give
Ukraine C$300 million", "$1.2bn in new military aid", "a C$2 billion aid
package") is judged by the words right around it (`DIRECT_WINDOW`, cut at a
clause break), so that a budget or a sanction elsewhere in the sentence does
not drop it. Each fact records the rule that produced it (`AID_RULES`, in
priority order: part of a total, running total, period budget, direct
commitment, aid sentence) and a `confidence`, lowered with a note when a part
exceeds its total.

Each mention is read in its clause: the text since the previous amount
(`before`) and up to the next one (`after`). The clause gives the qualifier
("more than", "up to"), the scope ("so far", "since Russia invaded", "over the
past three years" -> cumulative; "this year", "over five years" -> period), the
date, the aid type and the recipient. A part ("including C$8.5 billion", "Of
this amount, NOK 22.5 billion ... and NOK 12.5 billion") takes its total's
scope; one package ("starting with a $400 million package") is an event
whatever the clause says about the months around it; a running total is also
read from its verb ("now reaches", "has totalled", "will exceed"). Scope and other-money cues are read in
the amount's own clause: without the words before the last clause boundary
(", and", "; ", "while") that belong to an earlier amount, and without the
words that lead to the next amount ("..., bringing this year's support to").
The donor is the agent of a passive or relative clause right after the amount
("agreed by the G7", "a loan that G7 leaders agreed"), else the nearest country or organisation before it
(`lexicon/donors.csv`; a list of givers as one subject, "Denmark, Norway and
Sweden", is one donor), else the first one after it, else the donor of the
article's previous aid figure; a figure nobody gives is dropped (Ukraine's
own contracts and budget read like aid otherwise).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import polars as pl

from pipelines.extract.dates import DEADLINE, LEDE_SENTENCES, date_aid_events, date_ref_expr, month_only_date, ref_to_date
from pipelines.extract.frames import filter_once, with_columns_once
from pipelines.extract.money import (
    add_conversions,
    ascii_regex,
    find_money_mentions,
    same_group_as_previous,
    split_on_matches,
)
from pipelines.extract.sentences import headline_line
from pipelines.extract.topic import related_links
from pipelines.extract.rulebook import INCONSISTENT_CONFIDENCE, Rule, first_rule
from pipelines.contract import conform, empty_facts

LEXICON_DIR = Path(__file__).parent / "lexicon"

_I = "(?i)"
# The words that may stand between a cue and its amount without changing what
# the amount is: "worth about $5 million", "from more than $2 billion". One set
# for every pattern that looks back from an amount, so a hedge a writer uses
# ("approximately", "just over", "close to") is read the same way everywhere;
# patterns add their own extra words ("another", "a further") beside it. Longer
# phrases first, so "just over" is tried before "over".
HEDGE_WORDS = (
    "just over|just under|a total of|an estimated|approximately|more than|at least|close to|up to"
    "|about|around|roughly|some|nearly|almost|over|under"
)
# ... as an optional word before an amount, the way most patterns use it
OPTIONAL_HEDGE = r"(?:(?:" + HEDGE_WORDS + r")\s+)?"
AID_WORDS = ascii_regex(
    _I + r"\b(?:aid|assistance|support|package|packages|pledg\w*|provid\w*|give|gives|given|gave|giving|grants?"
    r"|donat\w*|contribut\w*|funds?|funding|financing|financed|tranche|drawdowns?|weapons|arms|ammunition|munitions"
    # "Japan granted 22.44 billion yen", "the $500 million promised in July", "Norway will pay for interceptors"
    r"|granted|granting|promis\w*|pay for|pays for|paying for|paid for"
    # Ukraine's finance ministry: "Ukraine has attracted EUR 3 billion from the EU", "$1.1 billion from the IMF arrived
    # in Ukraine's budget", "were credited to the state budget"
    r"|attracted|arrived|credited"
    r"|shells|equipment|military|humanitarian|relief|air[- ]defen[cs]e|reimburs\w*|contracts?|orders|allocat\w*"
    r"|ordered|earmark\w*|commit\w*|approv\w*|unveil\w*|loans?|help|helps|helping|deliver\w*|send|sends|sent|sending"
    r"|suppl(?:y|ies|ied)|backing|deliveries|receiv\w*|disburs\w*|transferr?\w*|lend|lends|lending|lent|loaned"
    r"|set aside|windfall|paid out|pays out|pay out|paying out|payouts?|instalments?|installments?|tranches"
    r"|mobili[sz]\w*|announc\w*"
    # a fund's parts: "1.2 billion kroner has been reserved for civilian aid"; money paid under a lender's project
    # for Ukraine: "$48 million under the World Bank's PEACE project"
    r"|reserved for|under\s+(?:the\s+)?(?:[\w'’()-]+\s+){0,8}?(?:project|programme|program)s?)\b"
    # "Ukraine got EUR 1.5 billion from the EU": "got" only right before an amount
    r"|\b(?:got|gets|getting)\s+(?:(?:another|a further|an additional|" + HEDGE_WORDS + r")\s+)?"
    r"(?:[$€£¥]|[A-Z]{1,3}\$|[A-Z]{3}\s?[0-9]|[0-9])"
)
# ... also Ukraine's state companies that receive the money: "will allocate $40 million to NPC Ukrenergo",
# "Ukrenergo has got EUR 210 million as an EIB credit"
UKRAINE = ascii_regex(
    r"\b(?:Ukrain\w*|Kyiv|Kiev|Zelensk\w*|Ukrenergo|Ukrhydroenergo|Naftogaz|Energoatom|Ukrzaliznytsia|Ukrnafta"
    r"|Ukrtransgaz|Ukravtodor)\b"
)
# Money that is not aid, read in the clause around the amount.
NOT_AID = ascii_regex(
    _I + r"\b(?:GDP|gross domestic|economy|economic output|loss|losses|damage\w*|reserves|prices?|priced|costs?"
    r"|costing|salar\w*|wages?|pensions?|revenues?|exports?|imports?|spending|spend|own defen[cs]e|deficit|debts?"
    r"|bonds?|inflation|interest rates?|exchange rates?|per (?:dollar|euro)|turnover|shares|stock market|sell|sells"
    r"|selling"
    r"|fines?|fined|bribes?|bribery|embezzl\w*|needs|need|estimates?|estimated|valued at|expenditures?|sale"
    r"|ransom|smuggl\w*|budget|budgets|market|sales|sold|bought|reconstruction costs?|sanction\w*|confiscat\w*"
    # what a fund, company or person is worth: "a sovereign wealth fund worth 19 trillion crowns"
    r"|(?:sovereign|wealth|oil|pension|investment|hedge) funds?|valuation|capitali[sz]ation|assets under management"
    r"|net worth|fortune|holdings|portfolio"
    # a company's business, not a giver's: "Rheinmetall will invest EUR 300 million in a plant", "won a contract
    # worth EUR 600 million from the Bundeswehr", "an order backlog of EUR 55 billion", "a joint venture"
    r"|invest|invests|invested|investing|investments?|investors?|backlog|joint ventures?|shareholders?"
    # the giver's own rearmament: "a EUR 150 billion loan scheme to help member states rearm", "ReArm Europe"
    r"|rearm\w*|re-arm\w*|defen[cs]e readiness|(?:to|for) (?:help |the |its |their |EU )*member states"
    # the giver's own refugee costs at home, not aid to Ukraine: "spent EUR 6 billion on hosting Ukrainian refugees",
    # "on people with protection status in Switzerland"
    r"|(?:hosting|host|hosts|housing|houses|housed|accommodat\w*|reception of|receiving|welcoming|integrat\w*"
    r"|resettl\w*|settlement of)\s+(?:[\w'’-]+\s+){0,3}?"
    r"refugees|on\s+(?:[\w'’-]+\s+){0,3}?refugees|protection status|temporary protection"
    # a company's deal: "Dutch firms signed contracts worth EUR 100 million with Ukrainian drone makers"
    r"|(?:firms?|compan(?:y|ies)|manufacturers?|makers?|producers?|contractors?|industry|industries)\s+(?:(?:have|has|had"
    r"|also|jointly)\s+)*(?:signed|agreed|concluded|inked|sealed|struck)\s+(?:[\w-]+\s+){0,3}?(?:contracts?|deals?"
    r"|agreements?|orders?)"
    # the giver's own forces: "approved EUR 8 billion for Bundeswehr ammunition", "for its own army"
    r"|for (?:the )?Bundeswehr|Bundeswehr(?:'s|’s)? own|own (?:army|armed forces|military|forces|troops|soldiers)"
    # "10.1 billion francs in additional funds for the army, along with the Ukraine sum" (not "funds for the army of
    # Ukraine", "for the Ukrainian army", "give Ukraine DKK 1 billion for the army and civilian needs")
    r"|(?:funds|funding|money|financing)\s+for the (?:army|armed forces)\s*(?:$|[,.;]|(?:and|along|as|while|but|this"
    r"|next|until|by)\b)"
    # a bookkeeping figure: "an accounting error worth $6.2 billion", "the Pentagon overvalued the weapons by $6.2bn"
    r"|accounting (?:error|mistake|discrepanc\w*)|overvalu\w*|over-valu\w*|undervalu\w*|miscalculat\w*|miscount\w*"
    # ... or awarded to it, its subject the company that gets it: "Raytheon was awarded a $1.2 billion contract" (a
    # giver's contracts "awarded" for Ukraine, "Denmark awarded contracts worth EUR 600 million", stay aid)
    r"|(?:was|were|been)\s+awarded\s+(?:a|an|the)\s+(?:[\w'’$€£.,-]+\s+){0,5}?(?:contracts?|orders?|deals?)"
    # ... with the amount inside its noun phrase: "won a 14.6 million dollar contract to build drones"
    r"|(?:won|wins|win|winning|secured|secures|landed|lands|booked|books|bagged|clinched)\s+(?:[\w'’$€£.,-]+\s+){0,5}?"
    r"(?:contracts?|orders?))\b"
)
# What a part of a bill is for, said right after its amount (up to the next amount or clause), when that is no aid to
# Ukraine: the giver's services for refugees who arrived at home ("$620 million set aside to house and school
# newcomers who fled Ukraine"), world food security ("Over $4 billion goes to easing hunger around the
# world"), the giver's own command's operations ("$3.9 billion for European Command operations"). Read on the
# part's own words only: the next part of the list, "and $11 billion for the State Department's help to Kyiv", is aid.
OTHER_PURPOSE_AFTER = ascii_regex(
    _I + r"^[^.;]{0,60}?\b(?:refugee\s+(?:support\s+|resettlement\s+|assistance\s+)?services|settlement\s+services"
    # a host scheme for those who fled: "the Homes for Ukraine scheme", Canada's "CUAET" visas
    r"|Homes for Ukraine|CUAET"
    # the giver's own stocks refilled: "$2 billion to replenish US weapons stocks"
    r"|(?:replenish|restock|refill|backfill)\w*\s+(?:the\s+)?(?:US|U\.S\.|American|Pentagon|its own|their own|our own"
    r"|own)\s+(?:[\w-]+\s+){0,2}?(?:stocks|stockpiles|inventor(?:y|ies)|arsenals?)"
    r"|(?:new\s+)?arrivals\s+from\s+Ukraine|Ukrainian\s+arrivals|global\s+food\s+(?:in)?security"
    r"|(?:world|worldwide|global)\s+hunger|(?:(?:US|U\.S\.|American)\s+)?European\s+Command|EUCOM"
    r"|(?:US|U\.S\.|American)\s+(?:troops|forces|military)\s+(?:deployed\s+)?(?:in|to)\s+Europe)\b"
)
# Aid wordings that contain one of those words; blanked out before the test.
AID_PHRASES = ascii_regex(
    # ("$2 billion in urgent budget financing support")
    _I + r"\b(?:budget support|budget assistance|budget financing (?:support|assistance)|export finance|export credits?"
    # a lender's name: "the European Investment Bank lent EUR 400 million"
    r"|Investment Bank"
    # ... and the name of a lending product, the World Bank's "Investment Project Financing"; and money paid straight
    # into Ukraine's budget, "$6.2 billion paid as direct budget funding by Washington"
    # (not the G7's "Extraordinary Revenue Acceleration": its sentences mostly size the whole scheme, many givers' money)
    r"|Investment Project Financing|direct budget (?:funding|financing|aid)"
    # the rate a stated conversion was taken at: "NOK 1 billion (about $95 million at current exchange rates)"
    r"|(?:at|by|using|according to)\s+(?:the\s+)?(?:(?:current|today['’]s|present|the day['’]s|that day['’]s|official"
    r"|latest|prevailing|central bank|market)\s+)*(?:exchange|conversion)\s+rates?"
    # what the money buys for Ukraine abroad: "a EUR 64 million grant deal for gas imports", "a EUR 210
    # million credit to finance urgent winter gas imports" (not a trade figure)
    r"|(?:for|to (?:finance|fund|pay for|cover))\s+(?:the\s+)?(?:(?:purchase of|emergency|urgent|winter)\s+)?"
    r"(?:natural\s+)?(?:gas|fuel|electricity|power)\s+imports?"
    # a parliament's committee that approves aid: "Germany's budget committee approved EUR 7 billion"
    r"|(?:budget|budgetary|appropriations?|finance) committees?"
    # a law that appropriates aid: "the supplemental spending bill provided $61 billion for Ukraine"
    r"|(?:supplemental |stopgap |emergency |foreign aid )?spending (?:bill|law|package|measure)s?"
    # a package's value: "the latest package, valued at $275 million"
    r"|(?:package|tranche|aid|assistance)\b[^.;,]{0,30},? valued at"
    # ... or of a drawdown of weapons: "our 31st drawdown of arms and equipment for Ukraine ..., valued at $425 million"
    r"|(?:drawdown|arms|equipment|weapons|munitions|capabilities)\b[^;,]{0,40},? valued at"
    # ... said as its cost or value (Finnish releases): "the estimated cost of replacing the materiel in this
    # package is roughly EUR 86 million", "its 19th package, whose estimated cost is EUR 86 million"
    r"|(?:estimated\s+)?(?:value|cost)\s+of\s+(?:replacing\s+)?(?:[\w'’-]+\s+){0,6}?(?:package|tranche|aid"
    r"|assistance|donation|contribution)\b(?:[^.;,0-9]{0,40}?\b(?:is|was|amounts? to|stands? at)\s+(?:(?:an|the)\s+)?"
    r"(?:estimated\s+)?)?"
    r"|(?:package|aid|assistance|donation)\b[^.;,0-9]{0,30}?,?\s+whose\s+(?:estimated\s+)?(?:value|cost)\s+(?:is|was)"
    r"(?:\s+(?:an|the))?(?:\s+estimated)?"
    # ... or as the cost of replacing what it gives (Finnish releases, in many wordings): "Replacement of the capabilities
    # in this package will cost Finland an estimated EUR 188 million", "The replacement of the equipment included in
    # this batch is estimated to cost Finland approximately EUR 159 million", "It is estimated that to replace the
    # materiel in this package will cost Finland EUR 161 million" (only cost words up to the amount)
    r"|(?:it is estimated that\s+)?(?:the\s+)?(?:(?:estimated\s+)?(?:cost|value)\s+(?:to\s+(?-i:[A-Z])\w+\s+)?of\s+)?"
    r"(?:to\s+)?replac\w*\b[^.;0-9]{0,100}?\b(?:package|shipment|batch|equipment|capabilities|materiel|assistance"
    r"|donation)\b[^.;0-9]{0,60}?\b(?:is|was|are|were|will|would)\s+(?:be\s+)?(?:estimated\s+)?(?:(?:to\s+)?(?:be|cost)"
    r"\s+)?(?:(?-i:[A-Z])\w+\s+)?(?:(?:an?|at)\s+)?(?:estimated\s+)?"
    # "This Presidential Drawdown Authority package, which has an estimated value of $400 million, will provide"
    r"|(?:package|tranche|aid|assistance|donation|drawdown)\b[^.;,0-9]{0,30}?,?\s+(?:which|that)\s+(?:has|had|carries"
    r"|carried)\s+an?\s+(?:(?:estimated|total|overall)\s+)?(?:value|cost)\s+of"
    # "the package cost, which covers, among other things, artillery shells and spare parts, is EUR 61 million"
    r"|(?:package|tranche|aid|assistance|donation)\s+(?:cost|value)\b[^.;0-9]{0,80}?\b(?:is|was|amounts? to"
    r"|stands? at)(?:\s+(?:an|the))?(?:\s+estimated)?"
    # "the package's estimated value is EUR 198 million"
    r"|(?:package|tranche|aid|assistance|donation)(?:'s|’s)\s+(?:(?:estimated|total|overall)\s+)?(?:value|cost)\s+"
    r"(?:is|was|amounts? to|stands? at)(?:\s+(?:an|the))?(?:\s+estimated)?"
    # Ukraine's budget as the recipient: "Ukraine's state budget received the second tranche"
    r"|(?:Ukraine's|Ukrainian|the) (?:state )?budget(?: of Ukraine)? (?:has |have )?"
    r"(?:received|receives|got|will receive)"
    r"|(?:to|into|for) (?:Ukraine's|the Ukrainian|the) state budget"
    r"|(?:to|into|in) (?:Ukraine's|the Ukrainian) (?:state |general )?(?:budget|fund)"
    # money raised from Russia's immobilised assets and handed over: "€1.5bn in windfall revenues"
    # ("interest generated from sanctioned Russian sovereign assets", "profits earned on immobilised assets")
    r"|(?:proceeds|profits|revenues?|income|interest|windfall \w+) (?:from|on|of|(?:generated|earned|accrued)"
    r" (?:by|from|on))"
    r" (?:[a-z'’-]+ ){0,5}?assets"
    r"|windfall (?:profits|revenues?|proceeds)"
    # aid measured against the giver's economy: "more than 1 billion euros, or 1.5 percent of its GDP"
    r"|[0-9][0-9.,]*\s*(?:%|percent|per cent) of (?:[\w'’-]+\s+){0,2}?(?:annual\s+)?(?:GDP|gross domestic product))\b"
)
# What the money is for, when the clause names Ukraine: "lend Ukraine £2bn for
# military spending", "to cover Kyiv's budget needs". Without Ukraine the same
# words are a country's own spending and stay a reason to drop the amount.
PURPOSE_PHRASES = ascii_regex(
    # ("EUR 180 million of it will be spent on relief needs")
    _I + r"\b(?:(?:for|on|to (?:fund|finance|cover|support|meet|plug|close|fill|bridge|address|respond to|tackle)"
    r"|help (?:cover|close|plug|fill|address|meet)"
    # ("Canada will provide $5.7 million for Ukrainians to meet their basic needs")
    r"|towards?|to)\s+(?:(?:Ukraine['’]s|Kyiv['’]s|Ukrainian|its|their|the|the country['’]s|military|defen[cs]e|social"
    r"|budget"
    r"|budgetary"
    r"|civilian|civil|energy|basic|essential|immediate|vital|critical|daily|everyday"
    # ("to support its military and economic needs", "to address urgent needs in Ukraine")
    r"|economic|financial|fiscal|security|acute|most|short-term|long-term"
    r"|urgent|priority|pressing|humanitarian|reconstruction|state|financing|funding)\s+(?:and\s+)?){1,4}"
    r"(?:spending|needs|expenditures?|budget|deficit|gap|shortfall)"
    # any kind of Ukraine['’]s needs: "for Ukraine['’]s artillery needs", "to meet Kyiv['’]s drone requirements"
    r"|(?:for|to (?:meet|cover))\s+(?:Ukraine['’]s|Kyiv['’]s|the Ukrainian|Ukrainian)\s+(?:[a-z-]+\s+(?:and\s+)?){0,3}"
    r"(?:needs|requirements)"
    # what is damaged is what the money repairs: "to restore damaged infrastructure", "to repair damaged power plants"
    r"|(?:restor|repair|rebuild|reconstruct|rehabilitat|fix)\w*\s+(?:[\w'’-]+\s+){0,2}?(?:[\w'’]+-)?damaged"
    # ... and what the war damaged is what the money goes to: "to five cities damaged by Russia's invasion", "power
    # lines and substations that the fighting had badly damaged" (not the damage itself: "$5bn in damage")
    r"|(?:war|shell|missile|bomb|drone)-damaged"
    r"|damaged\s+(?:in|by)\s+(?:the\s+)?(?:war|invasion|Russia['’]s\s+(?:war|invasion|attacks?|strikes?|shelling)"
    r"|Russian\s+(?:attacks?|strikes?|shelling|missiles?|drones?|forces|troops)|attacks?|shelling|strikes?|fighting"
    r"|hostilities)"
    # budget support names the state payroll it keeps paying: "to help pay wages for government workers", "to cover
    # salaries and pensions", "financing the salaries of teachers" (a giver's own wages stay no aid: not about Ukraine)
    r"|(?:help\s+)?(?:pay|paying|cover|covering|fund|funding|finance|financing|meet)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:wages|salaries|pensions)"
    r"(?:\s*(?:,|and|or)\s*(?:[\w'’-]+\s+){0,2}?(?:wages|salaries|pensions|social payments|benefits))*"
    # money a giver's agency is given to spend on aid: "sets aside $13 billion for the Pentagon to spend on
    # arms aid for Kyiv"
    r"|spen(?:d|ds|t|ding)\s+on\s+(?:[\w'’-]+\s+){0,2}?(?:aid|assistance|support))\b"
)
# The amount is itself the assets ("€200 billion in frozen Russian assets"),
# as opposed to a loan repaid from their profits, which is aid.
AMOUNT_OF_ASSETS = ascii_regex(
    _I + r"^\W*(?:in|of|worth of)\s+(?:(?:[a-z'’-]+\s+){0,4}assets"
    # "EUR 185 billion in Russian central bank funds", "of frozen Russian money"
    # ... also named again with a demonstrative: "the interest from over GBP 200 billion of these immobilised funds"
    r"|(?:(?:frozen|immobili[sz]ed|Russian|Russia's|Moscow's|sovereign|central|bank|central-bank|the|these|those"
    r"|such)\s+){1,5}"
    r"(?:funds|money|cash|reserves|deposits|balances))\b"
)
# ... unless they are weapons given: "a drawdown of $1 billion in US military assets for Ukraine", "$300 million in
# Pentagon assets", "worth of defence assets" (what a giver hands over from its stocks is aid)
MILITARY_ASSETS_AFTER = ascii_regex(
    _I + r"^\W*(?:in|of|worth of|worth in)\s+(?:[\w.'’-]+\s+){0,2}?(?:military|defen[cs]e|army|weapons?|arms"
    r"|Pentagon|DoD)\s+assets\b"
)
# ... or said as the predicate of the assets: "Russian assets frozen in the EU amount to EUR 210 billion", "the
# immobilised assets total about EUR 190 billion", "are worth some $300 billion"; or as their attribute: "income from
# immobilised Russian assets of roughly $260 billion", "Frozen Russian assets worth EUR 390 million"
ASSETS_PREDICATE_BEFORE = ascii_regex(
    _I + r"\b(?:assets|reserves)\b(?:[^.;,]{0,60}?\b(?:amount(?:s|ed)? to|total(?:s|l?ed)?|(?:are|were|is|was)"
    r"\s+(?:worth|valued at|estimated at)|stand at|stood at)"
    r"|\s+(?:of|worth|valued at|estimated at|totall?ing|amounting to))\s+"
    + OPTIONAL_HEDGE
    + "$"
)
# ... unless it is what those assets earned: "€1.5bn in proceeds from immobilised assets"
AMOUNT_OF_ASSET_PROCEEDS = ascii_regex(
    _I + r"^\W*(?:in|of)\s+(?:[a-z'’-]+\s+){0,2}(?:proceeds|profits|revenues?|income|interest|windfall)\b"
)
OTHER_RECIPIENTS = ascii_regex(
    r"\b(?:Israel\w*|Taiwan\w*|Gaza\w*|Palestin\w*|Armenia\w*|Azerbaijan\w*|Sudan\w*|Yemen\w*|Houthi\w*|Syria\w*"
    r"|Leban\w*|Haiti\w*|Afghan\w*|Iraq\w*|Jordan\w*|Egypt\w*|Moldova\w*|Kosovo\w*|Serbia\w*|Somali\w*|Niger"
    r"|Libya\w*|Venezuela\w*|Myanmar)\b"
)
# Money for Ukrainians who have fled abroad goes to the country that hosts them (FACTS.md 6: aid to another country, also
# when it hosts Ukrainian refugees): "a donation to a refugee council that helps displaced Ukrainians who have fled to
# Estonia", "for Ukrainian refugees in Poland"
REFUGEES_ABROAD = ascii_regex(
    _I + r"\b(?:refugees|displaced\s+(?:Ukrainians|people|persons|families)|Ukrainians|families|people)\s+"
    # (also "refugees from Ukraine in EU countries", and a longer relative clause before the verb: "Ukrainians who had
    # to flee their homes and now stay in nearby states")
    r"(?:from\s+(?:Ukraine|Kyiv)\s+)?(?:(?:who|that)\s+(?:have\s+|had\s+)?(?:[\w'’-]+\s+){0,10}?)?"
    r"(?:fled|fleeing|moved|relocated|sheltering|sheltered|living|staying|hosted"
    r"|arrived|arriving|in)\s+(?:(?:to|in|into)\s+)?(?:neighbou?ring\s+)?(?:Poland|Estonia|Latvia|Lithuania|Moldova"
    r"|Romania|Slovakia|Hungary|Czechia|the Czech Republic|Germany|Austria|Bulgaria|Ireland|Britain|the UK|Europe"
    r"|the EU|abroad|other countries|neighbou?ring countries|host countries"
    # (a giver's own country: "for Ukrainians arriving in Canada")
    r"|Canada|the (?:US|U\.S\.|United States)|America|Australia|New Zealand|Japan|Switzerland|Norway|Sweden|Denmark"
    r"|Finland|the Netherlands|Belgium|France|Italy|Spain|Portugal|Luxembourg|Iceland"
    r"|(?:(?:other|the)\s+)?(?:EU|European|European Union)\s+(?:member\s+)?(?:countries|states|nations))\b"
    # ... and money for hosting them: "EUR 200 million to Poland for hosting Ukrainian refugees"
    r"|\b(?:host|hosts|hosting|hosted|housing|accommodating)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:Ukrainian\s+)?"
    r"(?:refugees|Ukrainians|displaced\s+(?:Ukrainians|people|persons))\b"
)
REFUGEES_AFTER = _I + r"^[^.;]{0,80}?(?:" + REFUGEES_ABROAD.removeprefix(_I) + r")"
# Ukraine's own purchases are no aid (FACTS.md 6: "Ukraine's own purchases"): Ukraine, its government or its defence
# ministry the subject of a buying verb before the amount, "Ukraine will buy EUR 500 million of air defence systems from
# Germany", "Kyiv has ordered $300 million worth of drones"; or of a contract it signs, "Ukraine signed a EUR 500
# million contract with Rheinmetall" (a loan or grant agreement Ukraine signs with a lender stays aid: the lender
# gives it)
_UKRAINE_BUYER = (
    r"\b(?:(?-i:Ukraine|Kyiv|Kiev)|(?-i:Ukraine|Kyiv)['’]s\s+(?:government|defen[cs]e ministry|ministry of defen[cs]e"
    r"|army|armed forces|military)|the\s+(?-i:Ukrainian)\s+(?:government|defen[cs]e ministry|army|armed forces|military"
    r"|side))\s+(?:(?:has|have|had|will|would|is to|plans to|also|then|now|itself|already)\s+)*"
)
UKRAINE_BUYS_BEFORE = ascii_regex(
    _I + _UKRAINE_BUYER + r"(?:buy|buys|bought|buying|purchase|purchases|purchased|purchasing)\b[^.;,]{0,40}$"
)
UKRAINE_SIGNS_BEFORE = ascii_regex(
    _I + _UKRAINE_BUYER + r"(?:signed|signs|concluded|concludes|inked|inks|sealed|seals)\s+(?:a|an|the)\s+$"
)
CONTRACT_AFTER = ascii_regex(
    _I + r"^\s*(?:[\w-]+\s+){0,2}?(?:contracts?|deals?|orders?|purchase)\b"
)
LENDING_AFTER = ascii_regex(_I + r"^[^.;]{0,40}?\b(?:loans?|grants?|credits?|financing|guarantees?)\b")
# The total of a bill for several countries is no aid to Ukraine (its share for Ukraine is): "The whole $88 billion
# foreign aid package won the Senate's vote", "an $88 billion national security package", "the $104 billion
# supplemental spending bill"
FOREIGN_AID_BILL_AFTER = ascii_regex(
    _I + r"^\s*(?:in\s+)?(?:[\w-]+\s+){0,2}?(?:foreign|overseas|national[- ]security|international security)\s+"
    r"(?:(?:aid|assistance|spending|funding|security|supplemental)\s+){0,2}"
    r"(?:packages?|bills?|legislation|measures?|supplementals?|laws?|deals?)\b"
)
# A sentence that goes on with the package of the sentence before ("It also includes", "The bill also provides") is
# about that package's recipient: after "Aid for Taiwan includes roughly $2 billion ...", "It also includes $300 million
# for munitions" is Taiwan's too
CONTINUATION_OPENING = ascii_regex(
    r"^\W*(?:It|This|(?i:the|this) (?:package|bill|legislation|law|measure|aid|assistance))\s+(?:(?i:also)\s+)?"
    r"(?i:includes|included|provides|provided|contains|contained|sets aside|set aside|allocates|allocated|earmarks"
    r"|earmarked|adds|added)\b"
)
# Money for several countries (host states of refugees, a region's states): no aid to Ukraine, also when Ukraine's
# refugees are its reason: "EUR 173 million for six member states sheltering refugees", "EUR 41 million to support three
# countries hosting Ukrainians", "for the seven member states that receive the most refugees"
SEVERAL_STATES_AFTER = ascii_regex(
    _I + r"^[^.;]{0,40}?\b(?:for|to|among|between)\s+(?:(?:support|help|assist)\s+)?(?:the\s+)?(?:two|three|four"
    r"|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]+|several|various|neighbou?ring|frontline|front-line|host"
    r"|hosting)\s+(?:(?:EU|European|member|neighbou?ring|host|hosting|frontline|front-line|other)\s+)*"
    r"(?:countries|states|nations)\b"
)
# ... also Ukraine with other countries as the receivers of one sum: "$3 billion for Ukraine and other European countries
# at risk from Moscow", "will hand it to Ukraine and 11 other European countries" (said of the sum before); not
# "for Ukraine and for European countries that have armed Kyiv", a package for Ukraine with its givers' refills
# (also an unnumbered group: "to Ukraine and a number of European countries"; "for Ukraine and NATO allies" stays aid,
# to `Ukraine and European allies`)
_OTHER_STATES = (
    r"(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|several|other|its|their"
    r"|a number of|a few|many)\s+"
    r"(?:other\s+|of its\s+)?(?:(?:European|neighbou?ring|regional|NATO|partner|frontline|Baltic|Nordic|Eastern"
    r"|Central|Balkan|allied)\s+)*(?:countries|states|nations|neighbou?rs)\b"
)
UKRAINE_AND_OTHERS_AFTER = ascii_regex(
    _I + r"^[^.;]{0,60}?\b(?:for|to)\s+Ukraine\s+and\s+" + _OTHER_STATES
)
# A sum the givers named after it share out among themselves names no one giver: "the last $6 billion is to be
# divided between Britain, Japan and Canada", "the rest is to be shared between Norway and Sweden"
SPLIT_AMONG_AFTER = ascii_regex(
    _I + r"^[^.;]{0,40}?\b(?:split|shared|divided|distributed|spread)\s+(?:equally\s+|evenly\s+)?(?:among|between)\s+"
    r"(?:the\s+)?(?-i:[A-Z])[^;]{0,60}?\band\s+(?:the\s+)?(?-i:[A-Z])"
)
# ... also named before the amount as the receivers of one sum: "Washington will give Ukraine and several European
# states arms worth $1 billion"
UKRAINE_AND_OTHERS_BEFORE = ascii_regex(
    _I + r"\b(?:provid|giv|send|allocat|offer|lend|grant|suppl|equip|arm)\w*\s+Ukraine\s+and\s+" + _OTHER_STATES
    + r"[^.;]{0,60}$"
)
UKRAINE_AND_OTHERS_NEXT = ascii_regex(
    _I + r"\b(?:provid|giv|send|shar|split|divid|distribut|allocat)\w*\s+(?:it|them|this|the (?:money|funds?|package"
    r"|aid|funding|financing|sum))\s+(?:to|with|between|among)\s+Ukraine\s+and\s+" + _OTHER_STATES
)
# The rest of a sum named after Ukraine's share goes elsewhere: "Roughly $700 million of that is for Ukraine and the
# rest will be shared among Moldova, Georgia, ..." (Ukraine's share stays)
THE_REST_CLAUSE = ascii_regex(_I + r"(?s)\b(?:and|while|with|but)\s+the\s+(?:rest|remainder|remaining\s+\w+)\b.*$")
REST_GOES_TO = ascii_regex(_I + r"\bthe\s+(?:rest|remainder)\b[^.;]{0,40}?\b(?:among|to|for|between)\b")
OF_THE_TOTAL = ascii_regex(
    _I + r"\b(?:of|out of)\s+(?:the|its|their)\s+total\s+(?:of\s+)?(?:[$€£¥]|[A-Z]{1,3}\$|[A-Z]{3}\s?[0-9]|[0-9]"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:million|billion))"
)
TOTAL_ITSELF = ascii_regex(_I + r"\btotal\s+(?:of\s+)?" + OPTIONAL_HEDGE + "$")
# A part named as Ukraine's share ("including $61 billion designated for Ukraine") makes the total before it a bill
# for several recipients: the total is no aid to Ukraine (its part is)
UKRAINE_PART_AFTER = ascii_regex(
    _I + r"^\s*(?:(?:in|of)\s+(?:[\w-]+\s+){0,2}?)?(?:(?:designated|earmarked|intended|set aside|reserved|allocated"
    r"|destined|slated)\s+)?(?:for|to)\s+(?:Ukraine|Kyiv)\b(?:[^'’]|$)"
)
# The recipient named right after the amount: "... and 45 million euros for Ukraine"
UKRAINE_SHARE_AFTER = ascii_regex(
    _I + r"^\s*(?:(?:in|of)\s+(?:[\w-]+\s+){0,3}?)?(?:for|to)\s+(?:Ukraine|Kyiv)\b"
)
# ... and a share for something else after a share for Ukraine: "$61 billion for Ukraine and $20 billion for border
# security", "$8 billion to counter China in the Indo-Pacific" (parts, "including $13.8bn for weapons", stay)
SHARE_AFTER = ascii_regex(_I + r"^\s*(?:(?:in|of)\s+(?:[\w-]+\s+){0,3}?)?(?:for|to)\s+")
# Said as possible after the amount: "some $2 billion of that money could be on its way soon", "EUR 5bn may be released"
MODAL_AFTER = ascii_regex(
    _I + r"^[^.;]{0,40}?\b(?:could|might|(?-i:may))\s+(?:soon\s+|also\s+|still\s+)?(?:be\s+(?:on its way|sent"
    r"|delivered|released|disbursed|transferred|paid|approved|allocated|made available|provided|unlocked|ready)"
    r"|arrive|come|flow|reach)\b"
)
_BORROWING_WORDS = r"(?:external|foreign|necessary|needed)\s+borrowing|borrowing\s+(?:needs?|requirements?)"
# Money for Ukraine that nobody has committed (yet): authority left unused or about
# to lapse, financing needs and gaps, Ukraine's own borrowing, what one weapon costs.
NOT_COMMITTED = ascii_regex(
    _I + r"\b(?:unused|unspent|untapped|unutili[sz]ed|unallocated|left (?:in|over|under)|remaining (?:in|under|from)"
    r"|still (?:available|accessible)|remain(?:s|ed|ing)? accessible"
    r"|remain(?:s|ed|ing)? (?:unused|unspent|available)|(?:expire|expires|expired|expiring|lapse|lapses|lapsed)"
    r"|use[- ]it[- ]or[- ]lose[- ]it|financing (?:gap|needs?|requirements?)|funding (?:gap|shortfall)|gap|shortfall"
    r"|black hole|uncovered|(?:plans?|planning|intends?|seeks?|aims?) to borrow|borrowing plans?|eurobonds?"
    # what Ukraine's budget must borrow abroad ("borrowing needs of $38 billion"; BORROWING, for the whole sentence)
    rf"|{_BORROWING_WORDS}"
    r"|apiece|a pop|per (?:unit|missile|system|battery|round|shell|drone|interceptor|launcher)"
    # the EU's reparations loan, debated in 2025 and not adopted
    r"|reparations? loans?"
    # a legal ceiling: "raised the cap on drawdown authority for Ukraine to $11 billion"
    r"|(?:cap|ceiling|limit)\s+(?:on|of|for)\s+(?:[\w-]+\s+){0,3}?authority"
    # authority not yet used, in other word orders: "$4 billion in remaining drawdown authority", "$3.9 billion
    # in drawdown authority available for Ukraine"
    r"|(?:remaining|leftover|residual)\s+(?:[\w-]+\s+){0,2}?(?:authority|appropriations?)"
    r"|authority\s+(?:still\s+)?(?:available|left|remaining)"
    # ... and money left to spend, said after the amount: "the Pentagon has just $2.3bn in remaining funding to
    # restock what it has sent", "$2 billion in leftover funds"
    r"|(?:in|of)\s+(?:remaining|leftover|residual|unobligated)\s+(?:[\w-]+\s+){0,1}?(?:funding|funds|money|cash)"
    # ... and authority held, not used: "the White House still has authority to draw down roughly $3.8bn worth of
    # stocks" ("used its authority to send $400 million" is a drawdown given)
    r"|(?:has|have|had|retains?|retained)\s+(?:the\s+)?(?:legal\s+|remaining\s+|enough\s+)?authority\s+to"
    # ... "the Pentagon still has about $4 billion in drawdown authority"
    # (not what it "has used" of it)
    # ("The White House still retains roughly $4 billion in presidential drawdown authority")
    r"|(?:has|have|had|retains?|retained|holds?|held)\s+(?:(?:still|only|just|less than|" + HEDGE_WORDS + r")\s+)*(?:US)?[$€£]?\s?[0-9](?:[^.;]|\.[0-9]){0,25}?\b(?:in|of)\s+(?:(?:its|the|remaining|presidential"
    r"|unused)\s+)*(?:drawdown\s+)?authority"
    # ... and the amount itself said to remain: "Washington has $3.1 billion remaining of presidential drawdown authority",
    # "$4 billion left in the drawdown authority"
    r"|(?:remaining|left|unused|available)\s+(?:(?:of|in|under|from)\s+)?(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:authority|appropriations?))\b"
)
# Money asked for, planned or stuck is not yet committed: "Biden asked Congress to provide $60 billion",
# "the EU is preparing a package worth around EUR 20 billion", "the $61 billion package stuck in Congress".
REQUESTED_BEFORE = ascii_regex(
    _I + r"(?:\b(?:ask\w*|urg\w*|call(?:s|ed|ing)? on|request\w*|plead\w*|appeal\w*|lobb\w*|push(?:es|ed|ing)?)\b"
    r"[^;]{0,80}\bto\s+"
    # ("is asking Congress to authorise $33 billion in new funding", "urged lawmakers to fund")
    r"(?:approve|provide|pass|send|unblock|release|give|allocate|authori[sz]e|fund|appropriate)\b"
    # (also contracted: "We're working towards approval of a EUR 90bn package")
    # ("the ministry is already preparing a $700 million package": a package in the making, not given yet)
    r"|(?:\b(?:is|are|was|were)|['’](?:re|s))\s+(?:still\s+|now\s+|already\s+)?(?:preparing|considering|discussing|working on"
    # ("we are working to operationalise a 90 billion euro loan so that the first payments can be made in April")
    r"|working towards?|working to|weighing|mulling|drafting"
    # ("The lender is continuing to work on a $2 billion arrangement, it said")
    r"|continuing to work(?:ing)? (?:on|towards?|to)"
    r"|debating|negotiating|exploring|eyeing"
    # ... a package still being put together: "Washington is readying a $500 million package", "officials are
    # finalising", "the administration is putting together", "is assembling", "is drawing up"
    r"|readying|finali[sz]ing|putting together|piecing together|assembling|drawing up|crafting|hammering out"
    # ... also a plan named with the aid as its object: "Berlin was planning new aid for Kyiv worth EUR 2.7 billion"
    r"|planning)\b"
    # ... also in a headline's present: "Brussels considers 15 billion euro arms fund for Kyiv", "Washington weighs"
    r"|\b(?:considers|weighs|mulls|debates|discusses|explores)\b"
    # forecast receipts: "Ukraine is expected to receive $5 billion from the IMF" (hopes: AWAITED_BEFORE)
    r"|\bexpected to\s+(?:receive|get|secure|obtain|raise|attract)\b"
    r"|\b(?:could|might|(?-i:may))\s+(?:\w+\s+)?(?:receive|get|provide|send|give|unlock|release|raise|mobili[sz]e"
    r"|grow|increase|rise|reach)\b"
    # still undecided: "the cabinet was at odds over whether to approve EUR 3 billion"
    r"|\bwhether (?:or not )?to\s+(?:approve|provide|send|give|allocate|release|fund|grant|unblock|extend)\b"
    r"|\bpropos(?:ed|es|ing|al)\b"
    # an announcement still ahead is a forecast: "the president will announce a new $250 million package on
    # Friday", "is set to unveil", "is to announce" (what was announced is named in the past)
    # ... also said in the past of a speech: "the Pentagon would also announce an additional $850 million"
    # ... also "going to": "At the conference, we are going to announce an additional $116 million in grants"
    r"|\b(?:will|would|(?:is|are|was|were|am|['’]re|['’]s) (?:set |due |scheduled |poised |going )?to)\s+"
    r"(?:soon\s+|also\s+|formally\s+"
    r"|officially\s+)?(?:announce|unveil)\b"
    # a request named as a noun or a verb with the money's release as its object: "the government requests the
    # immediate release of a CHF 100 million package", "sent an urgent request to the allies for the allocation of"
    # (a request granted is named by its approval: "at Kyiv's request, the EU approved ...")
    r"|\b(?:request(?:s|ed|ing)?|(?:a|an|the|its|their)\s+(?:(?:urgent|formal|official|new|written)\s+)?request)\b"
    r"[^.;]{0,100}?\b(?:release|allocation|approval|disbursement|provision|unblocking|transfer)\s+of\b"
    # unconfirmed: "as reports of fresh US arms aid worth three billion dollars circulated"
    r"|\b(?:reports?\s+of|(?:rumou?rs?|speculation)\s+(?:of|that|about))\b"
    # an intention is not yet a commitment: "Germany plans to send", "Japan is ready to provide", "Norway intends to
    # give", "is preparing to allocate" (FACTS.md 6)
    r"|\b(?:plans?|planning|intends?|intending|(?:is|are|was|were|stands?|stood) (?:ready|willing|prepared|poised)"
    r"|(?:is|are|was|were) (?:preparing|looking|hoping)|wants?|wanted|would like"
    # ... also said as a noun: "Berlin has announced its intention to finance the third package for $500 million"
    # ... also bare: "the minister had indicated intentions to utilise frozen Russian assets to prepare a package"
    # ... or as a readiness: "Berlin has announced its readiness, together with partners, to finance a $350 million
    # package", "Tokyo expressed willingness to provide" (a readiness announced is not yet the money given; any of
    # these may take an aside between commas: "Berlin is prepared, with its partners, to finance")
    r"|(?:(?:its|their|his|her|the|an)\s+)?(?:intentions?|readiness|willingness))(?:\s*,[^,.;0-9]{1,50},)?\s+to\s+"
    r"(?:\w+\s+){0,2}?"
    r"(?:send|provide|give|allocate|grant|lend|transfer|disburse|contribute|donate|pledge|announce|supply|deliver"
    r"|fund|finance|spend|invest|approve|earmark|offer|commit|make available|set aside"
    # ... also the receiver's plan: "Kiev plans to receive financial assistance ... of over $30 billion"
    r"|receive|obtain|attract"
    # ... or to prepare it, or use money for it ("intentions to utilise frozen assets to prepare a EUR 195m package")
    r"|prepare|use|utili[sz]e)\b"
    # ... or a giver's wish that the receiver get it: "The Commission wants Ukraine to receive the first instalment of a
    # EUR 90bn loan in April"
    r"|\b(?:wants?|wanted|would like|wishes|wished)\s+(?:Ukraine|Kyiv|Kiev|the country|the Ukrainians)\s+to\s+"
    r"(?:receive|get|obtain|have)\b"
    # ... also with the package as the plan's object: "Sweden plans a new military aid package worth SEK 3 billion",
    # "Norway plans a further NOK 2 billion", a headline's "Germany plans EUR 500m in new aid for Kyiv", "Oslo prepares
    # a new package" (a plan is no commitment until it is announced as given: FACTS.md 6)
    r"|\b(?:plans|prepares|readies)\s+(?:(?:a|an|another|new|further|fresh|additional|more|extra)\b"
    r"|(?:US|A|C|NZ)?[$€£]|[0-9]|$)"
    # ... and so is a draft of the agreement, still to be signed: "the cabinet approved a draft agreement with Tokyo on
    # a JPY 5 billion grant"
    r"|\bdraft\s+(?:agreements?|accords?|treat(?:y|ies)|memorand(?:um|a))\b"
    # ... and so is a memorandum of understanding: "the memorandum of understanding provides that the EBRD will
    # accumulate EUR 300 million", "the MoU will give Ukraine access to EUR 500 million"
    r"|\b(?:memorand(?:um|a) of understanding|MoUs?|letters? of intent)\b"
    # ... also named short as the subject of its terms: "The memorandum provides that the EBRD will ..."
    r"|\bthe memorand(?:um|a)\s+(?:\w+\s+){0,3}?(?:provides?|envisages?|stipulates?|foresees?|sets? out|outlines?"
    r"|calls? for)\b"
    # a forecast: "the minister predicted that aid would grow to $3.6 billion from $1.2 billion"
    r"|\b(?:predict(?:s|ed|ing)?|forecast(?:s|ed|ing)?|projected|anticipat(?:es|ed|ing))\s+that\b"
    # a forecast: "allies are expected to fund about $1 billion a month"
    r"|\b(?:is|are|was|were) expected to\s+(?:\w+\s+)?(?:provide|fund|give|send|pay|contribute|allocate|approve"
    r"|announce|unveil|pledge|finance|sign)\b)[^;]*$"
)
# ... but a memorandum signed together with a loan, credit or grant agreement comes with the agreement, which gives the
# money: "Kyiv and Brussels have signed an MoU and a Loan Agreement for EUR 3 billion", "Seoul
# signed a grant agreement and a memorandum of understanding with Kyiv, worth $120 million" (FACTS.md 6)
MOU_WITH_AGREEMENT = ascii_regex(
    _I + r"\b(?:signed|signs|signing|concluded|inked)\s+(?:the\s+|a\s+|an\s+)?(?:(?:memorand(?:um|a) of understanding"
    r"|MoUs?)(?:\s*\([^)]{0,10}\))?\s+and\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:loan|credit|grant|financing"
    r"|funding)\s+agreements?"
    r"|(?:(?:loan|credit|grant|financing|funding)\s+)?agreements?\s+and\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:memorand(?:um|a) of understanding|MoUs?)(?:\s*\([^)]{0,10}\))?)"
)
# A parliamentary committee's vote is a step before parliament decides (FACTS.md 6): "A parliamentary committee voted
# to back a CHF 5 billion contribution for Ukraine", "the security committee approved the package" (a budget or
# appropriations committee that releases the money, "Germany's budget committee approved EUR 7 billion", gives it)
COMMITTEE_VOTE_BEFORE = ascii_regex(
    _I + r"\b(?:parliamentary|parliament's|security|defen[cs]e|foreign(?: affairs)?|policy|select|upper house"
    r"|lower house)\s+committees?\b[^.;]{0,80}?\b(?:vot(?:e|es|ed|ing)\s+"
    r"(?:to\s+(?:back|support|endorse|recommend|approve)"
    r"|in favou?r of|for|through)|backed|backs|endorsed|endorses|recommended|recommends|approved|approves)\b[^;]*$"
)
# The amount someone asked for, named by that request: "Biden had asked for a smaller $33 billion package",
# "the $33 billion Biden requested in April" (a request that was granted is named by its law or package)
REQUEST_OBJECT_BEFORE = ascii_regex(
    # ("asked Congress on Thursday for an additional $33 billion")
    _I + r"\b(?:ask(?:s|ed|ing)?\s+(?:\w+\s+){0,4}?for|request(?:s|ed|ing)?|sought|seek(?:s|ing)?|demand(?:s|ed|ing)?"
    # a UN appeal is a need: "launched an emergency appeal on Tuesday for $1.7 billion", "the plan calls for $3.9
    # billion", "the response requires $2.6 billion"
    r"|appeal(?:s|ed|ing)?\b[^.;,0-9]{0,30}?\bfor|call(?:s|ed|ing)? for|requir(?:e|es|ed|ing))\s+"
    r"(?:(?:a|an|the|another|additional|smaller|larger|bigger|new|further|extra|roughly|about|around|some|nearly"
    r"|almost|up to)\s+){0,3}$"
)
REQUESTED_AFTER = ascii_regex(
    r"^\s*(?:(?i:that|which)\s+)?(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:(?:had|has|have|originally|initially)\s+)?"
    r"(?i:requested|asked for|sought|proposed|wanted)\b"
    # ... also after the aid's own words, with the lawmakers urged to pass it: "the $48 billion in aid that the President has
    # urged Congress to release", "the $60 billion package the White House asked lawmakers to pass"
    r"|^\s*(?:[a-z][\w-]*\s+){0,4}?(?:(?i:that|which)\s+)?(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}"
    r"(?:(?:had|has|have|originally|initially|repeatedly|long)\s+)*"
    r"(?i:urged|asked|pressed|pushed|called on|implored|begged|lobbied)\s+(?:[\w.'’-]+\s+){1,3}?to\s+"
    r"(?i:approve|pass|fund|provide|authori[sz]e|appropriate|release|unblock)\b"
)
# ... also said in the passive, with or without its asker: "the $33 billion previously requested by the White House",
# "some $3 billion is proposed to fund humanitarian aid" (not one proposed and then approved: APPROVED_AFTER); and the
# extra beyond a request is the difference of two amounts: "an extra $3.4 billion ... on top of the funding requested"
PROPOSED_AFTER = ascii_regex(
    _I + r"^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:is|are|was|were|had been|has been|have been|being)\s+)?"
    r"(?:(?:previously|originally|initially|first|earlier|now|also)\s+)?(?:requested|proposed|sought)\b"
    r"|^[^.;]{0,60}?\bon top of (?:the|what)\s+(?:[\w-]+\s+){0,3}?(?:requested|asked for|sought|proposed)\b"
)
# ... and so is the amount that names an appeal or a response plan: "the UN's $3.9 billion humanitarian response
# plan for Ukraine", "a $1.1 billion flash appeal"
APPEAL_AFTER = ascii_regex(
    _I + r"^\s*(?:(?:humanitarian|flash|emergency|UN|U\.N\.|regional|refugee|annual|global|joint|coordinated"
    r"|international|inter-agency|Ukraine|Ukrainian|response)\s+){0,3}"
    r"(?:appeals?|response plans?|humanitarian plans?|needs overview)\b"
)
# Money Ukraine received from many givers at once names no one giver: "Ukraine's budget received $13.8 billion in
# external financing", "... $41.7 billion from international partners" (FACTS.md 6)
POOLED_RECEIPT_BEFORE = ascii_regex(
    _I + r"\b(?:received|receives|receive|got|attracted|raised|came to|reached)\b[^.;]{0,40}$"
)
POOLED_FROM_AFTER = ascii_regex(
    _I + r"^[^.;]{0,60}?\bfrom\s+(?:(?:its|Ukraine's|Kyiv's|international|Western|foreign|other|all|the|many|several"
    r"|various)\s+)+(?:partners|donors|allies|creditors|lenders|countries)\b"
)
FROM_AFTER = ascii_regex(_I + r"^[^.;]{0,60}?\bfrom\b")
POOLED_SOURCE_AFTER = ascii_regex(
    _I + r"^\s*(?:(?:in|of)\s+)?(?:[\w-]+\s+){0,2}?(?:external|international|foreign|donor|partner)\s+"
    r"(?:financing|funding|aid|assistance|support|financial (?:aid|assistance|support)|grants|loans)\b"
    r"|^[^.;]{0,40}?\bfrom\s+(?:(?:its|Ukraine's|Kyiv's|international|Western|foreign|other|all|the|many|several"
    r"|various)\s+)+(?:partners|donors|allies|creditors|lenders|countries)\b"
)
# A total pledged by a group of givers the lexicon does not name (at a conference): no one giver gives it, neither
# the host nor the speaker ("Countries pledged $6.5 billion for Ukraine at a donor conference in Warsaw, Polish Prime
# Minister Mateusz Morawiecki announced"; "Ukraine received pledges of $6.5 billion"). A forum named right after
# ("at a session of the Ukraine Defense Contact Group") is the giver. "NATO allies" are NATO.
GROUP_PLEDGE_BEFORE = ascii_regex(
    _I + r"(?:\b(?:allies|partners|donors|backers|supporters|countries|nations|governments|participants|delegates"
    r"|delegations|international community|organi[sz]ations)\b[^.;0-9]{0,60}?\b(?:pledged|pledge|pledging|committed"
    r"|promised|raised|mobili[sz]ed|offered"
    # ("donors have channelled $50 billion through the bank's trust funds")
    r"|channell?ed|channell?ing"
    # "four countries have allocated another $800 million through the PURL scheme"
    r"|allocated|contributed|donated|provided)"
    # ... a counted group, that a list of its givers does not follow: "five countries confirmed the allocation of $1
    # billion" ("The countries announced ...", of givers named before, is theirs)
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|several|a number of|a group of)\s+(?:[\w-]+\s+)?"
    r"(?:countries|nations|allies|partners|donors|states|governments)\s+(?:have\s+|has\s+|also\s+|jointly\s+)*"
    r"(?:confirmed|announced|agreed|approved)\b"
    r"|\b(?:received|secured|attracted|won|got|garnered|drew)\s+(?:[\w-]+\s+){0,2}?pledges"
    # what a conference as a whole brought: "the recovery conference in Rome has led to commitments of over EUR 10
    # billion", "the summit yielded pledges exceeding $5 billion"
    r"|\b(?:conference|summit|forum)\b[^.;0-9]{0,80}?\b(?:commitments|pledges)\s+(?:of|worth|exceeding|totall?ing"
    r"|amounting to)\b)\b[^.;0-9]{0,40}$"
)
GROUP_OF_THE_DONOR = ascii_regex(
    _I + r"^\s*(?:(?:'s|’s)\s+)?(?:\w+\s+)?(?:allies|partners|members?|member states|countries|nations"
    r"|governments|leaders)\b"
)
CONFERENCE_GAP = ascii_regex(
    _I + r"^\s*(?:(?:donor|donors'|pledging|recovery|reconstruction|international|aid|humanitarian)\s+)*"
    r"(?:conference|summit|meeting|forum)\b"
)
FORUM_AFTER = ascii_regex(
    _I + r"^[^,;]{0,80}\b(?:meeting|session|summit|talks|gathering|auspices|framework) of (?:the )?$"
)
# A difference between two amounts is no commitment: "the package is $7 billion bigger than the one requested"
# A figure named only as the benchmark of another is no commitment of its own: "the sum exceeds the EUR 2.4
# billion agreed earlier by EU envoys", "surpassing the $2 billion promised in spring"
REFERENCE_BEFORE = ascii_regex(
    _I + r"\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|outstrip(?:s|ped|ping)?|eclips(?:es|ed|ing))\s+"
    r"(?:the|its|their)\s+(?:(?:earlier|previous|initial|original|planned|promised)\s+)?"
    + OPTIONAL_HEDGE
    + "$"
)
# The guarantee of a loan named before it is no second amount: "a EUR 446.8 million loan from the World Bank with a
# guarantee of EUR 424.6 million from Great Britain"
LOAN_GUARANTEE_BEFORE = ascii_regex(
    _I + r"\bloans?\b[^.;]{0,80}\bwith\s+(?:a|an|the)\s+(?:[\w-]+\s+)?guarantees?\s+(?:of|for|worth"
    r"|in the amount of)\s+" + OPTIONAL_HEDGE + "$"
)
COMPARISON_AFTER = ascii_regex(
    _I + r"^\s*(?:(?:more|less|bigger|larger|smaller|greater|higher|lower)\s+than|short of)\b"
)
# A range is no commitment of either figure: "EUR 2bn-EUR 3bn this year", "between $1 billion and $2 billion"
RANGE_DASH = ascii_regex(r"^\s*[-–—]\s*$")
BETWEEN_BEFORE = ascii_regex(_I + r"\bbetween\s+" + OPTIONAL_HEDGE + "$")
AND_ONLY = ascii_regex(_I + r"^\s*and\s+$")
# Awaited, said after the amount: "the first tranche, worth $880 million, is expected in late March"
# ("a package that is expected to help Ukraine" is not: only a date or a still-to-come step follows)
EXPECTED_AFTER = ascii_regex(
    _I + r"^[^.;]{0,40}?\b(?:is|are|will be)\s+(?:(?:now|also|still)\s+)?(?:expected|due|scheduled|slated)\s+"
    r"(?:in|on|by|at|next|soon|later|this|within|before|after|shortly|early|late"
    r"|to (?:arrive|come|be (?:disbursed|paid|transferred|received|approved|announced|signed|released|allocated"
    r"|unveiled|adopted|credited)))\b"
    # a receipt still to come, dated ahead: "EUR 4.5 billion will be received in March", "a new payment of EUR 3.5
    # billion will arrive in March" (like "is expected in March"; FACTS.md 6: due to come)
    r"|^[^.;]{0,60}?\b(?:will|is to|are to|should)\s+(?:(?:also|only|then)\s+)?(?:be received|arrive|reach Ukraine"
    r"|be credited)\s+(?:(?:in|by|at|on)\s+(?:early\s+|late\s+|mid-?\s*)?(?:Jan(?:uary)?|Feb(?:ruary)?|March|April"
    r"|May|June|July|Aug(?:ust)?|Sep(?:tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|the (?:coming|next|first|second"
    r"|third|fourth)|the end|(?:the )?spring|(?:the )?summer|(?:the )?autumn|(?:the )?winter)|next\s+(?:week|month"
    r"|year)|soon|shortly|later)\b"
    # ... also with no verb of its own, right after the amount: "with the second tranche of EUR 1.5 billion coming in
    # April", "a payment of $900 million due in June", "another EUR 2 billion to follow next month"
    r"|^\s*,?\s*(?:coming|arriving|due|to (?:come|follow|arrive))\s+(?:(?:in|by|on|at)\s+|next\s+|later\b|soon\b"
    r"|shortly\b)"
    # ... or scheduled for a month or a near time: "A tranche of EUR 1.5 billion is scheduled for June", "is planned for
    # July", "a payment set for next month" (not a year's budget: "earmarked for 2025")
    r"|^[^.;]{0,40}?\b(?:scheduled|slated|planned|set|due)\s+for\s+(?:(?:early|late|mid-?)\s*)?(?:Jan(?:uary)?"
    r"|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sep(?:tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    r"|next\s+(?:week|month|year)|the (?:coming|next) (?:weeks?|months?|days?)|later)\b"
    # ... or a package still in the making, said after it in its own clause: "A $500 million package is being prepared
    # for Ukraine", "the package, worth about $500 million, is being drawn up", "is in the works", "is under preparation"
    r"|^(?:\s*(?:[\w'’-]+\s+){0,6}?|\s*,\s*)(?:is|are|was|were)\s+(?:still\s+|now\s+|currently\s+|reportedly\s+)?"
    r"(?:being\s+(?:prepared|readied|finali[sz]ed|assembled|drawn up|put together|worked out|crafted|negotiated"
    r"|discussed|considered|drafted|developed|hammered out|weighed)|in the works|in preparation"
    r"|under (?:preparation|consideration|discussion|negotiation|development))\b"
    # ... or a step still to be taken on it, said as a participle after its noun: "a broader $40bn credit line expected
    # to be approved by the lenders next month", "a $400 million package, expected to be announced on Friday"
    r"|^[^.;]{0,40}?\b(?:expected|due|scheduled|slated|set)\s+to\s+be\s+(?:formally\s+|officially\s+|finally\s+)?"
    r"(?:confirmed|approved|finali[sz]ed|agreed|signed|adopted|announced|unveiled|ratified|endorsed|rubber-stamped)\b"
)
# ... and a payout only scheduled, with no decision named before it in its clause: "the third tranche, worth EUR 2.2
# billion, will be disbursed in June" ("the EU approved EUR 2.2 billion, which will be disbursed in June" stays)
SCHEDULED_AFTER = ascii_regex(
    _I + r"^[^.;]{0,60}?\b(?:will|is to|are to|should)\s+(?:(?:also|only|then)\s+)?be\s+"
    # (an adverb of time before the verb, or "immediately" as its time: "about $1.9 billion will be immediately
    # released", "will be paid out immediately")
    r"(?:(?:immediately|promptly|quickly|swiftly|soon)\s+(?:disbursed|paid out|paid|transferred|released)\b"
    r"|(?:disbursed|paid out|paid|transferred|released)\s+(?:immediately|promptly|right away|at once)\b"
    # (its receiver may come first: "Another EUR 4.2 billion will be transferred to Ukraine in July"; and a condition
    # still to be met is a time to come: "is to be paid out once reforms are done")
    r"|(?:disbursed|paid out|paid|transferred|released)\s+(?:(?:to|into)\s+(?:Ukraine|Kyiv|Kiev|the country"
    r"|Ukraine['’]s\s+(?:state\s+)?budget|the\s+(?:state\s+)?budget)\s+)?"
    r"(?:(?:in|by|at|on)\s+(?:early\s+|late\s+|mid-?\s*)?(?:Jan(?:uary)?|Feb(?:ruary)?|March"
    r"|April|May|June|July|Aug(?:ust)?|Sep(?:tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|the (?:coming|next)"
    r"|the end)|next\s+(?:week|month|year)|soon|shortly|later|once|provided|upon|subject to)\b)"
)
_DECIDED_WORDS = r"approv\w*|agreed|adopted|allocated|pledged|announced|signed|committed|decided|granted|promised"
DECIDED_BEFORE = ascii_regex(_I + rf"\b(?:{_DECIDED_WORDS})\b")
# Hoped for, awaited or likely, in the amount's own clause: "Kyiv hopes to receive $5 billion",
# "expects the next tranche of EUR 1.9bn", "is likely to announce a $700 million package"
AWAITED_BEFORE = ascii_regex(
    # (a project's acronym in capitals is no hope: "a grant for the HOPE project")
    _I + r"\b(?:expect|expects|expecting|await|awaits|awaiting|(?-i:[Hh]ope|[Hh]opes|[Hh]oped|[Hh]oping|[Hh]opeful)"
    # an aim: "NATO allies aim to fund $1 billion a month", "Kyiv aims to secure"
    r"|(?:aim|aims|aiming|aimed|seek|seeks|seeking)\s+to\s+(?:secure|raise|obtain|get|receive|mobili[sz]e|provide"
    r"|fund|collect|attract|give|allocate|send|deliver|finance)"
    # a step that only opens the way: "the IMF completed its review, paving the way for a payout of $900 million"
    r"|(?:pav|open)(?:e|es|s|ed|ing)? the (?:way|path|door) (?:for|to)"
    # "the deal clears the way for leaders to announce a $50 billion loan" (FACTS.md 6: only opened the way for)
    r"|clear(?:s|ed|ing)? the (?:way|path) (?:for|to)"
    # ... or scheduled: "the Pentagon is set to announce", "Ukraine is due to receive"
    r"|(?:is|are|was|were) (?:likely|poised|set|due|scheduled|slated) to"
    # ... either way: "the package is unlikely to include the entire $4 billion approved by Congress"
    r"|\bunlikely to"
    # ... or promised to come: "Kyiv is guaranteed to receive the first three payments - EUR 3bn in May and ..."
    r"|(?:is|are|was|were) (?:now |already )?(?:guaranteed|assured|entitled) to (?:receive|get|obtain)"
    # a step that only makes the money possible: "This will make it possible to attract the next tranche of EUR 4bn",
    # "the review will allow Ukraine to receive $900 million" (FACTS.md 6: only opened the way for)
    r"|(?:make|makes|made|making) it possible (?:for (?:Ukraine|Kyiv) )?to (?:attract|receive|get|obtain|unlock"
    r"|secure)"
    r"|(?:will|would|should|could|to) (?:allow|enable) (?:Ukraine|Kyiv|Kiev|the country|us|the government) to (?:attract"
    r"|receive|get|obtain|unlock|secure)"
    # Ukraine's government deciding to take up a grant or loan is its step towards receiving it, not the giver's
    # commitment: "the Cabinet decided to attract a $3.9 billion grant from the United States", "approved the
    # decision to attract", "approved the attraction of"
    r"|(?:decided|decides|deciding|decision|agreed|resolved) to attract|attraction of"
    # a forecast of what givers will have delivered: "allies are on track to deliver almost $60 billion"
    r"|(?:is|are|was|were) (?:well |firmly )?on (?:track|course|pace) to"
    # a receipt still to come, like "is due to receive": "Ukraine will receive only EUR 3.2 billion from the first
    # tranche" (FACTS.md 6; "Taiwan ... will receive" names another receiver, GIVER_RECEIVES_GAP)
    # (Ukraine the subject: not "a fund for Ukraine will receive EUR 20m from the EPF")
    # ... also Ukraine's government or budget, or a Ukrainian speaker's "we": "the government of Ukraine will receive
    # the money in instalments", "We will also receive almost $8 billion from the United States"
    # (a capital "We" also after an opening quote, where the group's leading word boundary falls)
    r"|(?:(?:^\W*|[:;,.]\s+|\b(?:that|and|but|while|as|said|says|then|so)\s+)(?:(?-i:Ukraine|Kyiv|Kiev)"
    r"|(?-i:Ukraine|Kyiv)['’]s\s+(?:government|(?:state\s+)?budget)|the\s+(?:government|(?:state\s+)?budget)\s+of\s+"
    r"(?-i:Ukraine)|the\s+(?-i:Ukrainian)\s+(?:government|(?:state\s+)?budget)|(?-i:we))|(?-i:We))\s+"
    r"(?:will|shall|would|is to)\s+(?:(?:also|only|now|still|soon|then|additionally)\s+)?"
    # ... also as what it would then be able to get: "once the board signs off, Ukraine would be able to receive
    # EUR 2.6 billion in July"
    r"(?:be able to\s+)?(?:receive|get|obtain))\b[^.;,]{0,120}"
    # (the amount named after a comma, as an apposition: "expects to receive a tranche of budget aid from the
    # bloc, in the amount of EUR 3.2 billion")
    # (... or as the first payment of it: "will receive the money in parts, the first of them a payment of $2 billion")
    r"(?:,\s*(?:in the amount of|in the sum of|worth|amounting to|totall?ing|of"
    r"|(?:starting|beginning) with (?:a|an|the) (?:first )?(?:payment|tranche|disbursement|instal+ment) of)\s+"
    + OPTIONAL_HEDGE + r")?$"
)
# The aim of a step, said in a purpose clause after a comma: "the agreement will use the assets' income, to secure a
# $50 billion loan" (what someone "managed to secure" or "has secured" is not an aim)
AIM_CLAUSE_BEFORE = ascii_regex(
    _I + r",\s*(?:in order\s+)?to\s+(?:secure|unlock|mobili[sz]e|raise|leverage)\s+[^.;,]{0,40}$"
    # "in order to" marks the aim without a comma too: "agreed to launch the loans in order to make about $50
    # billion available to Ukraine"
    r"|\bin order to\s+(?:make|secure|unlock|mobili[sz]e|raise|leverage)\s+[^.;,]{0,40}$"
    # the aim said as the subject: "the aim is to supply $7 billion in weapons", "the plan is to raise EUR 5 billion"
    r"|\b(?:goal|aim|objective|ambition|intention|target|plan|idea|hope)\s+(?:now\s+)?(?:is|was|would be|will be)\s+"
    r"(?:now\s+)?to\s+[^.;,]{0,40}$"
)
# What did not happen or is only supposed: "had it met all the steps, Ukraine would have received
# EUR 4.5bn", "if Estonia gave 0.1% of it, that would amount to EUR 35m".
HYPOTHETICAL_BEFORE = ascii_regex(
    _I + r"(?:\bwould have\s+(?:[\w-]+\s+){0,3}"
    r"|\bif\b[^;]{0,80}\bwould\s+(?:amount to|be|total|come to|equal|mean|reach|cost|add up to)\s+(?:[\w-]+\s+){0,2}"
    # ... a supposition said with "were to": "if Latvia were to give 0.1 percent of EUR 40 billion", "if each ally were
    # to contribute EUR 500 million"
    r"|\bif\b[^;]{0,60}\bwere to\b[^;]{0,100}"
    # ... and the sum such a supposition comes to, after the amount it is reckoned from: "if Latvia were to give 0.1
    # percent of EUR 40 billion, that would be EUR 40 million"
    r"|,\s*(?:that|this|it)\s+would\s+(?:amount to|be|total|come to|equal|mean|add up to)\s+(?:[\w-]+\s+){0,2})$"
)
# Money Ukraine pays back is no aid: "Ukraine will have to repay $2 billion to the IMF"
REPAYMENT_BEFORE = ascii_regex(
    _I + r"\b(?:repay|repays|repaid|repaying|pay back|pays back|paid back|paying back|repayments? of"
    r"|debt service of)\s+"
    + OPTIONAL_HEDGE
    + "$"
)
# A package's own value, not a running total: "its largest package so far, totalling $1.6 billion"
PACKAGE_VALUE_BEFORE = ascii_regex(
    # ... also several given at once: "sent Ukraine grants totalling EUR 495 million", "resuming bank-financed projects in
    # Ukraine totaling EUR 500 million"
    _I + r"\b(?:package|tranche|contribution|pledge|donation|grant|loan|programme|program|deal|agreement|project)s?\b"
    # (a quote's ellipsis is no sentence end: "a large package of support ... totaling EUR 9 billion")
    r"(?:[^.;]|\.\.\.){0,90}?,?\s+(?:worth|totall?ing|valued at"
    r"|amounting to)\s+" + OPTIONAL_HEDGE + "$"
)
# ... but a count of three or more of them is a tally over time, a running total: "through 17 military
# support packages worth about SEK 43 billion"
COUNTED_PACKAGES_BEFORE = ascii_regex(
    _I + r"\b(?:[3-9]|[1-9][0-9]{1,2}|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens? of|several"
    r"|numerous|multiple)\s+(?:[\w'’-]+\s+){0,3}?(?:packages|tranches|contributions|pledges|donations|grants|loans"
    r"|programmes|programs|deals|agreements)\b(?:[^.;]|\.\.\.){0,90}?,?\s+(?:worth|totall?ing|valued at"
    r"|amounting to)\s+" + OPTIONAL_HEDGE + "$"
)
# ... and so are the first, previous or all of two or more, given one after another: "The first three arms packages
# worth over $1.5 billion contained artillery shells", "its previous three tranches, totalling EUR 4.5 billion", "all
# 12 packages so far, valued at $3 billion"
SERIES_OF_PACKAGES_BEFORE = ascii_regex(
    _I + r"\b(?:(?:the|its|their|our|his|her)\s+(?:first|previous|past|last|earlier|prior)|all(?:\s+(?:the|its|their))?)"
    r"\s+(?:[2-9]|[1-9][0-9]{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w'’/-]+\s+){0,3}?"
    r"(?:packages|tranches|instalments|installments|disbursements|contributions|pledges|donations|grants|loans"
    r"|shipments|batches|drawdowns)\b[^.;0-9]{0,60}?,?\s+(?:worth|totall?ing|valued at|amounting to"
    r"|with a (?:combined |total )?value of|for a total of)\s+(?:a combined\s+|a total of\s+)?" + OPTIONAL_HEDGE + "$"
)
# ... unless the value is said as it stands now: "loans and grants (currently totaling $12 billion)", "the
# fund, now amounting to EUR 2 billion" (FACTS.md 6: "currently totals" is a running total)
TOTAL_AS_IT_STANDS_BEFORE = ascii_regex(
    _I + r"\b(?:now|currently|so far|to date)\s+(?:totall?ing|amounting to|standing at|worth)\s+" + OPTIONAL_HEDGE + "$"
)
# ... and a sum said to have "now been" disbursed or paid (a passive perfect with "now"): "about $3 billion has now been
# paid out", "EUR 5 billion have now been paid out"
NOW_BEEN_GIVEN_AFTER = ascii_regex(
    _I + r"^\)?\s*(?:\([^)]{0,40}\)\s*)?(?:[\w'’-]+\s+){0,3}?(?:has|have)\s+(?:now|so far|thus far|to date)\s+been\s+"
    r"(?:disbursed|paid|paid out|provided|transferred|allocated|delivered|mobili[sz]ed|received|channell?ed|given)\b"
)
# "Australia's military assistance to Ukraine is now over A$700 million" (not "is now receiving")
IS_NOW_TOTAL = ascii_regex(
    _I + r"\b(?:is|are|stands?) now\s+(?:(?:over|more than|above|at|about|around|nearly|almost|close to|some"
    r"|roughly)\s+)*$"
)
# the next figure of a rise, with no verb of its own: "... and military support to NOK 17 billion"
JOINED_RISE_LEAD = ascii_regex(
    _I + r"^\s*,?\s*and\s+(?:[\w'’-]+\s+){0,3}?to\s+" + OPTIONAL_HEDGE + "$"
    # ... also a second total named with its giver: "..., and the sum the federal government gave overall to
    # about $2 billion"
    + r"|^\s*,?\s*and\s+(?:the|its|their)\s+(?:total|overall|combined)\s+(?:[\w'’.-]+\s+){0,8}?to\s+"
    + OPTIONAL_HEDGE + "$"
)
# A total about to grow: "its military aid to Ukraine will rise to 380 million euros" (a budget's, "for
# 2025", stays a period)
RISES_TO_BEFORE = ascii_regex(
    _I + r"(?:\b(?:will|would|to) (?:rise|increase|grow|climb|go up) to"
    # a figure raised to a new total without its old one: "Japan would increase its loans to Ukraine to $300 million"
    # (a longer object between: "decided to increase humanitarian support to Ukraine and its neighbours to CHF
    # 70 million")
    r"|\b(?:rais|increas|boost|lift|expand|doubl|tripl|top(?:ped|ping|s)? up|upp|scal(?:e|es|ed|ing) up)\w*\b[^.;,]{0,80}"
    r"\bto"
    # "..., bringing its drone package to GBP 325 million"; a running total said as the result of the new money, also
    # with "take" and a longer subject between: "This support takes Canberra's military assistance to Ukraine to
    # A$1.3 billion", "will bring Oslo's total aid to Ukraine since the invasion to over NOK 90 billion", "That
    # brought the package's combined value at the time to $1.3 billion" (read on the clause as it stands: a
    # "latest package ... since" ranking does not hide it)
    # (also with the total quoted and glossed: brings "the total (aid) pledged over the past fortnight alone to $900 million";
    # and with its receiver named inside: "takes all the food aid that the agency has sent to Ukrainians since spring to
    # almost $700 million")
    r"|\b(?:bring|brings|bringing|brought|take|takes|taking|took)\s+(?:[\w'’\"“”()-]+\s+){1,16}?to)"
    r"\s+" + OPTIONAL_HEDGE + "$"
)
# the old figure said after the new one: "... would increase to $3.6 billion from $1.2 billion in March"
FROM_OLD_FIGURE_LEAD = ascii_regex(
    _I + r"^\s*,?\s*(?:(?:in|by|for)\s+[A-Z][a-z]+(?:\s+[0-9]{1,2})?\s*,?\s*)?(?:up\s+|down\s+)?from\s+"
    r"(?:(?:just|" + HEDGE_WORDS + r")\s+)?$"
)
# A second amount joined to the first with no verb of its own: "... in the first month and about $750m"
JOINED_AMOUNT_LEAD = ascii_regex(
    _I + r"^[^.;]{0,60}\band\s+(?:(?:another|a further|" + HEDGE_WORDS + r")\s+)?$"
)
# Authority or funds left over: "its remaining $5.1 billion in drawdown authority"
# The whole of which only an unnamed share is given is not the aid: "France will use a share of EUR 1.4 billion in
# revenue from frozen assets to buy weapons for Ukraine", "a portion of the $3 billion windfall will go to Kyiv",
# "some of the EUR 2 billion fund" (the share has no figure; "part of the EUR 45 billion package" is its envelope);
# also the bigger share a giver pays of a joint whole: "most of the $500 million package", "the bulk of the EUR 1
# billion fund", "half of the half-a-billion-dollar package"
UNNAMED_SHARE_BEFORE = ascii_regex(
    _I + r"\b(?:(?:a|an)\s+(?:(?:small|smaller|large|larger|big|bigger|unspecified|undisclosed|certain|significant"
    r"|substantial|sizeable|major)\s+)?(?:share|portion|fraction|slice|proportion)|some|most|much|half"
    r"|the\s+(?:bulk|majority|lion['’]s\s+share|greater\s+part|larger\s+part|biggest\s+share|largest\s+share))"
    # (also of what is left: "uses up almost half of the remaining $1.84 billion")
    r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:(?:remaining|leftover|residual|available)\s+)?" + OPTIONAL_HEDGE + "$"
)
REMAINING_BEFORE = ascii_regex(
    _I + r"\bremaining\s+" + OPTIONAL_HEDGE + "$"
)
# ... and a giver's own balance still to deliver, named by its possessive: "the US may not manage to ship its
# remaining $3.9 billion in weapons aid", "Washington's remaining $4 billion" (what is left of an earlier commitment,
# not new money; "the remaining $1.15 billion is to be drawn from stocks" is a part of the package just named)
OWN_REMAINING_BEFORE = ascii_regex(
    _I + r"(?:\b(?:its|their|his|her|our)|['’]s)\s+(?:still\s+)?remaining\s+"
    + OPTIONAL_HEDGE + "$"
)
REMAINING_AFTER = ascii_regex(_I + r"^[^.;]{0,40}\b(?:authority|funds|funding|money|appropriations?)\b")
# The value of each of several units, not a commitment: "packages worth around $500 million each"
UNIT_VALUE_BEFORE = ascii_regex(
    _I + r"\b(?:each|apiece)\s+(?:worth|valued at|costing)\s+" + OPTIONAL_HEDGE + "$"
)
WORTH_BEFORE = ascii_regex(_I + r"\bworth\s+" + OPTIONAL_HEDGE + "$")
# What Ukraine's budget must borrow abroad, for every amount of its sentence that has no aid wording of its own: "the
# necessary external borrowing was cut from $42.9 billion to $41 billion under the deal with the IMF"
BORROWING = ascii_regex(_I + rf"\b(?:{_BORROWING_WORDS})\b")
# The package still to come, its value named before anyone announced it: "The next $625 million package of US military
# aid may include four HIMARS" (a decision or a payment before it, "approved the next $400 million tranche", "disbursed
# the next $900 million", is one)
NEXT_AMOUNT_BEFORE = ascii_regex(_I + r"\b(?:the|its|their|a)\s+next\s+" + OPTIONAL_HEDGE + "$")
NEXT_DONE_BEFORE = ascii_regex(
    _I + rf"\b(?:{_DECIDED_WORDS}|disbursed|paid|transferred|released|sent|delivered|received|unveiled|provided)\b"
)
# A value only guessed at is a forecast, no commitment: "the coming tranche of US arms aid, likely worth $1.2 billion,
# could contain HIMARS rounds", "a package that could be worth $2 billion", "is expected to be valued at EUR 500 million"
GUESSED_VALUE_BEFORE = ascii_regex(
    _I + r"\b(?:likely|probably|possibly|potentially|could be|may be|might be|would be|(?:is|are) expected to be)\s+"
    r"(?:worth|valued at|totall?ing|amounting to)\s+" + OPTIONAL_HEDGE + "$"
)
EACH_AFTER = ascii_regex(_I + r"^\s*(?:each|apiece)\b")
PACKAGES_OF_BEFORE = ascii_regex(
    _I + r"\b(?:packages|tranches|instalments|installments|loans|grants|contributions|deliveries|batches|rounds"
    r"|payments|disbursements)\s+(?:(?:worth|of|valued at|totall?ing|amounting to|with)\s+)"
    + OPTIONAL_HEDGE
    + "$"
)
# ... and the money a mechanism delivers "in packages worth" a figure: "Washington sends its weapons aid in packages
# worth roughly $400 million" (FACTS.md 6: a mechanism's typical size rather than a package)
IN_PACKAGES_OF_BEFORE = ascii_regex(
    _I + r"\bin\s+(?:[\w-]+\s+){0,2}?(?:packages|tranches|instalments|installments|batches|rounds)\s+"
    r"(?:worth|of|valued at)\s+" + OPTIONAL_HEDGE + "$"
)
# Money left out of a bill or package is not given: "the choice to forgo adding $8 billion in disaster funding to the
# package", "lawmakers stripped $5 billion from the bill", "dropped the $2 billion for ... from the package"
LEFT_OUT_BEFORE = ascii_regex(
    _I + r"\b(?:forgo|forgoes|forgoing|forgone|forwent|decided against|declined to add|refused to add|chose not to add)"
    r"\s+(?:(?:adding|including|providing|the|a|an)\s+)*" + OPTIONAL_HEDGE + "$"
)
LEFT_OUT_OF = ascii_regex(
    _I + r"\b(?:stripp|dropp|remov|excis|struck)\w*\s+(?:out\s+)?(?:the\s+)?" + OPTIONAL_HEDGE + "$"
)
LEFT_OUT_OF_AFTER = ascii_regex(_I + r"^[^.;]{0,60}?\b(?:from|out of)\s+(?:the|a|its|their)\s+(?:[\w-]+\s+){0,3}?"
                                r"(?:bill|package|legislation|measure|supplemental)\b")
# A figure raised to another: "raised the programme from NOK 60 billion to NOK 110 billion". The
# first is the old figure (no fact); the second the new total (cumulative). "by X to Y": X is new money.
RAISED_FROM_BEFORE = ascii_regex(
    # ... also a figure that rises by itself: "Ukraine's financing needs would rise from $115 billion to $140 billion"
    _I + r"\b(?:rais|increas|boost|lift|expand|doubl|tripl|top(?:ped|ping|s)? up|upp|rise|rises|rising|risen|rose"
    r"|grow|grows|growing|grown|grew|climb|jump|swell|soar)\w*\b[^.;]{0,80}\bfrom\s+"
    + OPTIONAL_HEDGE
    + "$"
)
RAISED_BY_BEFORE = ascii_regex(
    _I + r"\b(?:rais|increas|boost|lift|expand|top(?:ped|ping|s)? up|upp)\w*\b[^.;]{0,80}\bby\s+"
    r"(?:(?:another|a further|an additional|" + HEDGE_WORDS + r")\s+)?$"
)
RAISED_TO_AFTER = ascii_regex(
    # (a conversion in brackets may stand between: "raising the figure from EUR 4 billion ($4.3 billion) to EUR 8
    # billion")
    _I + r"^\s*\)?\s*(?:\([^()]{0,40}\)\s*)?,?\s*to\s+" + OPTIONAL_HEDGE + "$"
)
# A decision still to be taken: "the executive board is to consider releasing a $700 million tranche", "will
# decide on the allocation of", "in case of a positive decision", "if approved", "subject to approval by the board"
PENDING_DECISION_BEFORE = ascii_regex(
    _I + r"(?:\b(?:will|would|shall|to)\s+(?:\w+\s+)?(?:consider|decide on|decide upon|vote on|deliberate on"
    r"|discuss)\b[^.;,]{0,80}"
    # a vote or approval still ahead: "the House could vote as soon as this week on a $40 billion package", "the
    # bank will soon approve a EUR 250 million loan", "the board is going to consider"
    r"|\b(?:could|might|(?-i:may)|will|would|is due to|are due to|is set to|are set to|is scheduled to"
    r"|are scheduled to|(?:is|are) going to)\s+(?:soon\s+|likely\s+|also\s+|then\s+)?(?:vote\b[^.;,]{0,40}?\bon"
    r"|approve|consider)\b[^.;,]{0,80}"
    # still to be voted: "hours ahead of a Senate vote on a package that includes $61 billion for Ukraine"
    r"|\b(?:ahead of|pending|awaiting|in advance of)\s+(?:(?:a|an|the|its)\s+)?(?:[\w.'’-]+\s+){0,3}?"
    r"(?:vote|votes|ballot|decision)\s+(?:on|over|for)\s+[^.;,]{0,80}"
    r"|\bin (?:the )?case of (?:a )?(?:positive|favou?rable)\b[^;]*"
    r"|\bif (?:it is |they are |this is |the \w+ is )?(?:approved|adopted|passed|confirmed|endorsed)\b[^;]*"
    r"|\bsubject to (?:the )?(?:[\w-]+\s+){0,3}?(?:approval|endorsement|confirmation|ratification)\b[^;]*"
    # "a deal that, pending final approval, would let Kiev obtain $400 million"
    r"|\bpending (?:(?:the|its|their|a)\s+)?(?:[\w-]+\s+){0,2}?(?:approval|endorsement|confirmation|ratification"
    r"|sign-off)\b[^;]*)$"
)
# Held up by someone right before the amount: "Hungary has vetoed a EUR 6.6 billion tranche", "is
# blocking a 1.5 billion-euro loan" (not "Hungary, which held up the money, agreed to ...")
BLOCKED_BEFORE = ascii_regex(
    _I + r"\b(?:block(?:s|ed|ing)?|veto(?:es|ed|ing)?|refus\w* to \w+|reject(?:s|ed|ing)?|holding up|held up"
    # "Scholz has held back an air defence package worth EUR 3 billion", "Washington paused a $1bn package"
    r"|held back|holding back|holds back|withh[oe]ld\w*|halt(?:s|ed|ing)?|paus(?:e|es|ed|ing)|suspend(?:s|ed|ing)?"
    r"|froze|freez(?:e|es|ing))\b"
    r"[^.;,]{0,60}$"
)
STALLED_AFTER = ascii_regex(
    # "... and another EUR 5 billion in financing are in the pipeline"
    _I + r"^[^;]{0,60}\b(?:stuck|stalled|blocked|held up|blocking|(?:is|are|remains?|still) in the pipeline"
    # "a bill that would give Kyiv $45 billion remains in limbo in Congress", "is on hold"
    r"|(?:is|are|was|were|remains?|remained|still|hangs?|hung|left)\s+(?:(?:still|now|largely)\s+)?(?:in limbo"
    r"|on hold))\b"
    # what was called off, in the amount's own clause: "Ukraine's previous $5 billion IMF program was canceled in
    # March 2022" (not "a package announced after a visit was cancelled")
    r"|^\s*(?:[\w-]+\s+){0,4}?(?:(?:programmes?|programs?|packages?|loans?|grants?|tranches?|deals?|arrangements?"
    r"|facility|aid|assistance|pledges?)\s+)(?:was|were|has been|have been|had been|got)\s+(?:later\s+|then\s+"
    r"|eventually\s+)?(?:cancel+ed|scrapped|terminated|withdrawn|revoked|annulled|rescinded|called off)\b"
)
# ... where "blocked" names the frozen assets a loan is repaid from, not the money: "a GBP 1.8 billion loan, repaid
# from the proceeds of blocked Russian assets", "serviced from the income of blocked sovereign funds"
BLOCKED_ASSETS = ascii_regex(
    _I + r"\bblocked\s+(?:(?:Russian|Russia['’]s|sovereign|central[- ]bank|state|the|these|those|such)\s+){0,3}"
    r"(?:assets|funds|reserves|money)\b"
)


def _blocked(before: pl.Expr) -> pl.Expr:
    """The words before an amount say someone holds it up (BLOCKED_BEFORE); the blocked assets a loan is repaid from
    block nothing: "agreed to tap profits on blocked Russian assets to back a $45 billion loan"."""
    return before.str.replace_all(BLOCKED_ASSETS, " frozen assets").str.contains(BLOCKED_BEFORE)


def _stalled(after: pl.Expr) -> pl.Expr:
    """The words after an amount say it is stuck, stalled or on hold (STALLED_AFTER); blocked assets a loan is
    repaid from stall nothing."""
    return after.str.replace_all(BLOCKED_ASSETS, " frozen assets").str.contains(STALLED_AFTER)

# A goal is no commitment: "the latest pledges bring the alliance close to the $5 billion target", "a fundraising
# goal of EUR 2 billion"
TARGET_AFTER = ascii_regex(_I + r"^\s*(?:[\w-]+\s+){0,2}?(?:targets?|goals?)\b")
# ... not the verb: "while EUR 60 billion will target defence industrial capacities" (what the money is for)
TARGET_VERB_AFTER = ascii_regex(
    _I + r"^\s*(?:(?:will|would|shall|should|could|can|to|must|is to|are to|also|mainly|primarily|largely|chiefly"
    r"|partly|then)\s+)+targets?\b"
)
# A package only planned, said by its adjective: "the bloc would move ahead with a planned EUR 90bn loan package for
# Ukraine, despite opposition from Hungary" (a plan is no commitment: FACTS.md 6)
PLANNED_BEFORE = ascii_regex(
    # (also after the giver's possessive: "Germany's prospective EUR 3 billion package")
    _I + r"(?:\b(?:a|an|the|its|their|this|that)\s+|['’]s\s+)(?:(?:long|much|widely|previously|originally|initially"
    r"|once)[- ])?"
    r"(?:planned|envisaged|mooted|contemplated|prospective|potential|possible)\s+" + OPTIONAL_HEDGE + "$"
)
# ... and the items of a list whose head says they are still planned: "Three more tranches are envisaged for 2024: EUR 2
# billion in June, followed by EUR 1 billion in September", "Two payments are scheduled for next year: ..."
PLANNED_LIST_HEAD = ascii_regex(
    _I + r"\b(?:are|is)\s+(?:(?:also|still|now|currently)\s+)?(?:envisaged|planned|scheduled|foreseen|expected|due"
    r"|to be (?:disbursed|paid|paid out|released|transferred|allocated))\b[^:.;]{0,40}:[^:]*$"
)
# ... also with its amount further on: "the planned funding via grants and loans to Ukrhydroenergo in the
# amount of $55 million", "the envisaged loan for the grid operator worth EUR 40 million"
PLANNED_NOUN_BEFORE = ascii_regex(
    _I + r"\b(?:a|an|the|its|their|this|that)\s+(?:planned|envisaged|mooted|prospective|potential|possible)\s+"
    r"(?:financing|funding|loans?|grants?|allocation|support|assistance|package|contribution|tranche|aid)\b"
    r"[^.;0-9]{0,80}?\b(?:of|worth|totall?ing|in the amount of|amounting to)\s+" + OPTIONAL_HEDGE + "$"
)
# ... unless the plan is said as carried out: "the EU disbursed the planned tranche of EUR 4.2 billion"
PLANNED_DONE_BEFORE = ascii_regex(
    _I + r"\b(?:disbursed|paid|transferred|provided|allocated|received|delivered|approved|signed|released|sent"
    r"|granted|gave|credited)\s+(?:a|an|the|its|their|this|that)\s+(?:planned|envisaged|prospective)\b"
)
# The total of the pledges made at a gathering, with no giver of its own: "the host said that the promises made
# over the day amount to more than eight billion euros", "pledges announced at the conference totalled $6 billion" (the
# host or the speaker gives none of it: FACTS.md 6)
GATHERED_PLEDGES_BEFORE = ascii_regex(
    _I + r"\b(?:commitments|pledges|contributions|promises)\s+(?:made|announced"
    r"|received|secured|collected|gathered|raised|given)\s+[^.;0-9]{0,60}?\b(?:amount(?:s|ed)? to|total(?:s|l?ed)?"
    r"|(?:have |has )?reach(?:es|ed)?|(?:have |has )?exceed(?:s|ed)?|stand at|stood at|come to|came to|(?:are|were) worth)"
    r"\s+" + OPTIONAL_HEDGE + "$"
)
# ... not one giver's own: "Germany's pledges made at the summit total EUR 2 billion"
OWN_PLEDGES_BEFORE = ascii_regex(
    _I + r"(?:['’]s|\b(?:its|their|his|her|our|my))\s+(?:[\w-]+\s+)?(?:commitments|pledges|contributions|promises)\b"
)
TARGET_BEFORE = ascii_regex(
    _I + r"\b(?:targets?|goals?|objectives?)\s+of\s+" + OPTIONAL_HEDGE + "$"
)
# A sentence that says the money named just before it still awaits approval: "The aid ... must still be approved by
# the IMF executive board", "The agreement is subject to approval by the Fund's board", "It still requires the
# approval of parliament" (the amount of the sentence before is no commitment yet)
STILL_TO_BE_APPROVED = ascii_regex(
    # (also after its source: "According to the ministry, the deal still needs to be approved by parliament")
    _I + r"^\W*(?:according to [^.;,]{0,60},\s*"
    r"|(?:[\w'’.-]+\s+){1,4}(?:said|says|added|reported|reports)\s+(?:that\s+)?)?"
    r"(?:the|this|that|it|its|such)\b[^.;]{0,100}?\b(?:(?:must|has|have|needs?|will need|is yet|are yet)\s+"
    r"(?:(?:still|now|also|first|yet)\s+)?(?:to\s+)?(?:(?:still|now|also|first)\s+)?be\s+(?:formally\s+)?"
    r"(?:approved|ratified|endorsed|signed off)"
    r"|(?:is|are|remains?)\s+(?:still\s+)?subject to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:approval|ratification"
    r"|endorsement)"
    r"|(?:still\s+)?(?:requires?|needs?)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:approval|ratification|endorsement))\b"
)
# ... and the figure of that sentence named as already approved stays: "a $15.6 billion package approved last year"
APPROVED_AFTER = ascii_regex(_I + r"^[^.;,]{0,40}?\b(?:approved|agreed|adopted|signed|ratified)\b")
# A staff-level agreement of the IMF is no commitment until the board approves it (FACTS.md 6)
STAFF_LEVEL = ascii_regex(_I + r"\bstaff[- ]level\b")
BOARD_APPROVED = ascii_regex(
    _I + r"\b(?:board|directors)\b[^.;]{0,60}?\b(?:approved|approves|completed|completes|signed off)\b"
)
# A past year's total, given over that year: "NATO members provided about $120 billion in 2022"
GIVEN_OVER_TIME = ascii_regex(
    _I + r"\b(?:provided|gave|given|spent|allocated|delivered|sent|disbursed|contributed|received"
    # "Canada was the fifth-largest donor to Ukraine in 2024, providing $2.9 billion"
    r"|providing|giving|contributing|disbursing|delivering"
    # "Washington remained the largest donor in 2024, allocating $38 billion", "mobilised $5 billion in 2025"
    r"|allocating|sending|transferring|lent|lending|mobili[sz]ed|mobili[sz]ing)\b"
)
# A past year's figure set beside another year's with no verb of its own takes that figure's scope: "in 2024, Denmark
# provided 16.5 billion kroner, and in 2023 - almost 19 billion kroner" (a comparison with an earlier year, no new
# money)
GAPPED_YEAR_LEAD = ascii_regex(
    _I + r"^[^.;]{0,40}?(?:,\s*|\s)(?:(?:and|while|whereas|but|against|versus)\s+)?(?:in|for|during)\s+(?:19|20)\d\d\s*"
    r"(?:[,:\u2013\u2014-]\s*)?" + OPTIONAL_HEDGE + "$"
)
GAPPED_JOINED_LEAD = ascii_regex(
    _I + r"^[^.;]{0,40}?(?:,\s*|\s)(?:and|while|whereas|but|against|versus)\s+" + OPTIONAL_HEDGE + "$"
)
JOINED_TO_TOTAL_LEAD = ascii_regex(
    _I + r"^[^.;]{0,60}?(?:,\s*|\s)(?:on top of|plus)\s+(?:another|a further|an additional|an extra)\s+"
    + OPTIONAL_HEDGE + "$"
)
OWN_DECISION_AFTER = ascii_regex(
    # ("and another EUR 2 billion in June", "and a further EUR 2 billion has been earmarked this year" have their own)
    _I + r"^[^.;]{0,60}?\b(?:announced|pledged|approved|unveiled|agreed|signed|promised|allocated|committed|earmarked"
    r"|(?:has|have|had|was|were|is|are|will be) been)\b"
)
NEXT_VERB_TAIL = ascii_regex(
    _I + r"(?s)(?:,\s*|\s)(?:and|but|while|then)\s+(?:[\w'’-]+\s+){0,3}?(?:agreed|announced|signed|approved|pledged"
    r"|unveiled|adopted|passed)\b.*$"
)
YEAR_AFTER = ascii_regex(_I + r"^\s*(?:in|for|during)\s+(?:19|20)\d\d\b")
POINT_IN_TIME = ascii_regex(
    _I + r"\b(?:agreed|announced|signed|approved|pledged|unveiled|adopted|passed"
    # ... also a decision said as reached: "have reached a deal on how to channel some $40 bln in credit"
    r"|(?:reached|struck|sealed|clinched)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:agreement|deal|consensus|accord))\b"
)
# What frozen assets earn is not yet anyone's aid: "the assets generate roughly €3bn a year"
ASSET_YIELD_BEFORE = ascii_regex(
    _I + r"\b(?:generat(?:e|es|ed|ing)|earn(?:s|ed|ing)?|yield(?:s|ed|ing)?|produc(?:e|es|ed|ing)|accru(?:e|es|ed|ing))"
    r"\s+(?:[a-z-]+\s+){0,2}$"
)
# An amount governed by an aid verb or named as aid: "pledged €500m", "give Ukraine C$300 million",
# "$1.2bn in new military aid", "a C$2 billion aid package". Such an amount is judged by the
# words right around it, not by a budget or a sanction the rest of the sentence mentions.
DIRECT_AID_BEFORE = ascii_regex(
    _I + r"\b(?:pledg\w*|provid\w*|give|gives|giving|gave|given|grant\w*|donat\w*|allocat\w*|send|sends|sending|sent"
    r"|lend|lends|lending|lent|disburs\w*|transferr?\w*|commit\w*|approv\w*|announc\w*|unveil\w*|earmark\w*"
    r"|contribut\w*|receiv\w*|financ(?:e|es|ing)\s+(?:[\w-]+\s+){0,3}?with"
    r"|(?:aid|assistance|support|package|tranche)\b[^.;,]{0,30},? (?:worth|totall?ing|valued at)"
    r"|(?:tranche|instalment|installment|disbursement|payment) of)\s+(?:(?:Ukraine|Kyiv|Kiev)\s+(?:with\s+)?)?"
    r"(?:(?:a|an|another|additional|new|further|fresh"
    r"|nearly|almost|about|around|roughly|some|more than|over|up to|at least|total of)\s+){0,3}$"
)
DIRECT_AID_AFTER = ascii_regex(
    _I + r"^\s*(?:in|of|worth of)?\s*(?:(?:new|additional|fresh|further|extra|military|security|humanitarian"
    r"|financial|defen[cs]e|budget|macro-financial|energy|winter|emergency|economic)\s+){0,3}"
    r"(?:aid|assistance|support|funding|package|tranche|grant|loan)s?\b"
)
# How far around a directly governed amount the other-money words are read: at most this many
# characters, and not past a clause break ("... in military aid and impose sanctions on ...").
DIRECT_WINDOW = 40
# A second sum of the same size named as such: "and another $4 billion", "plus a further EUR 50 million"
ANOTHER_SUM_BEFORE = ascii_regex(
    _I + r"\b(?:another|a further|an additional|a second|yet another)\s+" + OPTIONAL_HEDGE + "$"
)
ALSO_THE_SAME_BEFORE = ascii_regex(
    _I + r"\balso\s+(?:(?:amounted|amounts|amounting|came|comes) to\s+|(?:totall?ed|totall?ing|was|were|worth|for)\s+)?"
    + OPTIONAL_HEDGE + "$"
    # ... and so is a tranche named by its rank, opening its sentence: "It amounted to EUR 3 billion. The second was for
    # EUR 1.5 billion and arrived in March" (after "the previous tranche ... amounted to EUR 1.5 billion")
    + r"|^\W*The\s+(?:second|third|fourth|fifth|sixth|next)\s+(?:(?:tranche|instalment|installment|payment|one)\s+)?"
    r"(?:was|came to|amounted to|totall?ed|was worth)\s+(?:for\s+|of\s+)?" + OPTIONAL_HEDGE + "$"
)
# The money named again by its noun and given as an equivalent: "The funds, equivalent to 471 billion yen,", "This
# amount, the equivalent of about EUR 2.7 billion," (the figure is that of an earlier statement of the article)
RESTATED_EQUIVALENT_BEFORE = ascii_regex(
    _I + r"^\W*(?:the|this|that|these|those|such|said)\s+(?:[\w-]+\s+){0,2}?(?:funds|money|amount|sum|loan|loans|grant"
    r"|grants|package|aid|assistance|support|financing|funding|contribution|allocation|tranche)\s*,?\s*"
    r"(?:(?:which is|which are|is|are|being)\s+)?(?:equivalent to|the equivalent of|equivalent of|equal to|equalling"
    r"|equaling)\s+" + OPTIONAL_HEDGE + "$"
)
# A clause of contrast or simultaneity after the amount is about something else: "declared a AUD 70 million aid
# package on Tuesday while at the same time widening its sanctions on Moscow" (its sanctions are not this money's)
CONTRAST_CLAUSE_AFTER = ascii_regex(_I + r"(?s)(?:,\s*|\s+)(?:while|whereas|even as|at the same time as)\s.*$")
CLAUSE_BREAK_AFTER = ascii_regex(_I + r"(?s)(?:[,;]|\b(?:and|but|while|as|which|after|before|when)\b).*$")
CLAUSE_BREAK_BEFORE = ascii_regex(_I + r"(?s)^.*(?:[,;]|\b(?:and|but|while|as|which|after|before|when)\b)")
# A running total named by its verb: "now reaches", "has totalled", "total aid ... will exceed",
# "Including this decision, ... will exceed".
# A giver ranked among the donors "with" its amount: "Washington is by far Ukraine's leading donor, with over EUR 70
# billion of aid pledged", "Germany remains the second-largest donor with EUR 17 billion" (what ranks a donor
# is its total so far; a ranking in a year, "the largest donor in 2024", stays that year's, read as a period first)
RANKED_DONOR_WITH_BEFORE = ascii_regex(
    _I + r"\b(?:leading|largest|biggest|top|main|major|(?:second|third|fourth|fifth)[- ](?:largest|biggest))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:donors?|contributors?|supporters?|backers?|providers?|lenders?|sponsors?)\b"
    r"(?:\s+(?:to|of|for)\s+(?:Ukraine|Kyiv|Kiev))?,?\s+with\s+"
    r"(?:a total of\s+|total\s+\w+\s+of\s+)?" + OPTIONAL_HEDGE + "$"
    # ... also ranked by its verb: "Among them, Germany gave the most, EUR 12 billion", "the US contributed the largest
    # share, with $40 billion"
    + r"|\b(?:contributed|gave|given|provided|allocated|pledged|committed|donated|lent|disbursed)\s+(?:by\s+far\s+)?"
    r"the\s+(?:most|largest\s+(?:share|amount|sum|part)|biggest\s+(?:share|amount|sum|part)),?\s+(?:with\s+)?"
    + OPTIONAL_HEDGE + "$"
)
RUNNING_TOTAL_BEFORE = ascii_regex(
    _I + r"(?:\b(?:now|currently) (?:reach\w*|stands? at|totals?|amounts? to|exceeds?|tops?)"
    # "the World Bank has now mobilized nearly $35 billion"
    r"|\b(?:has|have) now (?:mobili[sz]ed|provided|given|disbursed|allocated|committed|delivered|contributed|sent"
    r"|transferred|channell?ed|raised)"
    r"|\b(?:has|have|had) totall?ed|\btotall?ing"
    r"|\b(?:total|overall|combined|cumulative|aggregate)\b[^;]{0,80}?\b(?:reach\w*|exceed\w*|amounts? to"
    r"|amounted to|stands? at|stood at|tops?|topped|surpass\w*|rises? to|rose to|risen to|comes? to|came to|is|was)"
    r"|\b(?:will|would|to) (?:exceed|surpass|top|reach)"
    # a giver's aid to Ukraine as a whole: "US aid commitments to Ukraine totalled $119 billion"
    # ... also with a word before the country: "Norway's military assistance to war-ravaged Ukraine has surpassed"
    r"|\b(?:aid|assistance|support|commitments?|contributions?|pledges?)\s+(?:to|for)\s+(?:[\w-]+\s+)?"
    r"(?:Ukraine|Kyiv)\s+"
    # ... also in the perfect: "Japan's aid to Ukraine has reached $7.6 billion"
    r"(?:(?:has|have|had)\s+(?:now\s+|already\s+|thus\s+)?)?(?:totall?ed|amounted to|reached|topped|exceeded"
    r"|surpassed|stood at"
    # ... also in the present of a milestone: "Belgium's military aid to Ukraine surpasses EUR 1 billion", "Seoul's
    # aid to Kyiv now exceeds $500 million"
    r"|(?:now\s+)?(?:surpasses|exceeds|tops|crosses|passes))"
    # a total as it will stand after the new money, in the future perfect: "With this tranche, Ukraine will have
    # received nearly EUR 20 billion under the facility", "by then Norway will have given NOK 50 billion"
    r"|\bwill have\s+(?:now\s+|then\s+|thus\s+|already\s+)?(?:received|provided|given|disbursed|allocated"
    r"|committed|delivered|contributed|sent|transferred|mobili[sz]ed|paid out)"
    # a count of packages said with their value now: "Finland's 20 defence packages now have a total value of EUR 1.5
    # billion", "the packages currently have a combined value of"
    r"|\b(?:now|currently|thus far|so far)\s+(?:has|have|had)\s+a\s+(?:total|combined|overall|cumulative|joint)\s+"
    r"(?:[\w-]+\s+)?(?:value|worth|volume)\s+of"
    # "Japan's assistance to Ukraine has thus increased to $700 million"
    r"|\b(?:has|have|had) (?:thus |now |so |already )?(?:increased|risen|grown|climbed|gone up|escalated|swelled"
    r"|swollen|soared|jumped|mounted|expanded) to"
    # a sum of what was received or given so far: "Ukraine has received a total of EUR 7 billion from the EU under
    # ERA" (a pledge "of a total of" is the pledge's own size)
    r"|\b(?:has|have|had)\s+(?:(?:now|already|so far|thus far)\s+)?(?:received|provided|given|disbursed|sent"
    r"|transferred|contributed|delivered|mobili[sz]ed)\s+(?:[\w'’-]+\s+){0,2}?a total of"
    # the total just named, said again as it has grown: "With the new package, this amount exceeded $14 billion"
    r"|\b(?:this|that|the)\s+(?:amount|figure|sum)\s+(?:has\s+)?(?:now\s+|thus\s+|therefore\s+)?(?:exceeded"
    r"|surpassed|topped|reached|rose to|grew to|increased to)"
    r")"
    r"\s+(?:[a-z]+\s+){0,2}$"
)
# ... and what a giver has committed in all, not said to be new: "Canada has committed a total of C$5 billion to the
# scheme" ("has pledged a total of EUR 400 million in new aid" is that pledge)
COMMITTED_TOTAL_BEFORE = ascii_regex(
    _I + r"\b(?:has|have|had)\s+(?:(?:now|already|so far|thus far)\s+)?(?:committed|allocated|earmarked)\s+"
    r"(?:[\w'’-]+\s+){0,2}?a total of\s+" + OPTIONAL_HEDGE + "$"
)
NEW_AID_AFTER = ascii_regex(_I + r"^\s*(?:in|of)\s+(?:new|fresh|additional|further|extra)\b")
INCLUDING_THE_NEW = ascii_regex(_I + r"\bincluding (?:this|the new|the latest|today's|these|the)\s+(?:\w+\s+){0,2}?"
                                r"(?:decision|package|framework|pledge|contribution|tranche|aid|support|increase|top-up|rise)\b")
# What one giver of a shared total does with its part: "with Denmark committing EUR 135 million"
_PART_GIVING = (
    r"(?:contributing|providing|giving|paying|putting up|accounting for|committing|pledging|adding|allocating"
    r"|donating|financing|funding|sending|covering)"
)
# A part of the amount before it: "including C$8.5 billion", "of which", "Of this amount, NOK 22.5 billion".
PART_LEAD = ascii_regex(
    _I + r"(?:(?:^|[,;(]|\band\b)\s*(?:including|among them|of which|of whom|of that|of this|of these|of it"
    # "... NOK 27 billion in support, from which $900 million is set aside for civilian needs"
    r"|from which|out of which)\b"
    r"[^.;]{0,40}$"
    # "Britain's aid, worth GBP 12.8 billion since 2022, includes GBP 7.8 billion in military support"
    r"|\b(?:includes|include|included|comprises|comprising)\s+(?:(?:the|a|an|" + HEDGE_WORDS + r")\s+)?$"
    # "... to Prague's initiative, with Denmark contributing 2.4 billion crowns"
    r"|,\s*with\s+(?:[\w'’.-]+\s+){1,4}" + _PART_GIVING + r"\s+"
    r"(?:(?:another|" + HEDGE_WORDS + r")\s+)?$"
    # ... or a kind of aid with its figure: "has passed AUD 1.9 billion since 2022, with military assistance
    # exceeding AUD 1.3 billion", "..., with humanitarian aid at EUR 300 million"
    r"|,\s*with\s+(?:(?:the|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?:aid|assistance|support|help|funding|financing"
    r"|contributions?|share|part|portion)\s+(?:alone\s+)?(?:exceeding|surpassing|topping|totall?ing|reaching|amounting to"
    r"|at|of|worth|standing at|now at)\s+(?:(?:" + HEDGE_WORDS + r")\s+)?$)"
)
# ... also when the total before it names no giver of its own (no fact): "Donor states have given 81 billion crowns
# to the initiative, with Denmark contributing 2.4 billion crowns" is a share of that running total
GIVER_PART_LEAD = ascii_regex(
    _I + r",\s*with\s+(?:[\w'’.-]+\s+){1,4}" + _PART_GIVING + r"\s+(?:(?:another|" + HEDGE_WORDS + r")\s+)?$"
)
TOTAL_SO_FAR_PREFIX = ascii_regex(
    _I + r"\b(?:has|have)\s+(?:now\s+|already\s+|so far\s+|jointly\s+|collectively\s+)?(?:provided|given|contributed"
    r"|pledged|committed|raised|mobili[sz]ed|donated|sent|allocated|put up|paid)\b"
)
# ... the next part of such a list, its giver and its giving word after "and": "..., with Denmark committing EUR 135
# million and Norway adding EUR 43 million"
NEXT_PART_GIVING_LEAD = ascii_regex(
    _I + r"^[^.;]{0,60}?\band\s+(?:[\w'’.-]+\s+){1,4}" + _PART_GIVING + r"\s+(?:(?:another|" + HEDGE_WORDS + r")\s+)?$"
)
# ... a part that is a relative clause with its own verb: "..., of which EUR 2 billion will be spent this year"
OWN_VERB_PART_LEAD = ascii_regex(
    _I + r"(?:^|[,;(]|\band\b)\s*(?:of which|from which|out of which)\b[^.;]{0,40}$"
)
# ... said after the part: "Japan has pledged $4.5 billion ..., $1 billion of which is designated for humanitarian aid"
PART_AFTER = ascii_regex(_I + r"^\s*of\s+(?:which|this|that|it)\b")
PART_OPENING = ascii_regex(
    # (also behind its source: "According to the deputy minister, out of this amount, EUR 12 million will go to ...")
    _I + r"^\W*(?:according to [^.;]{1,120}?,\s*)?(?:(?:of|from|out of)\s+(?:this|that|the|these)\s+(?:total\s+"
    r"|overall\s+)?(?:amount|sum|total|package|money"
    r"|funds?|figure|envelope)\b"
    # ... also named right after the part that opens the sentence: "450 million euros of the latest package is for
    # drones", "EUR 2 billion of this sum is for air defence"
    r"|^\W*(?:[$€£¥]|[A-Z]{1,3}\$|[A-Z]{3}\s?[0-9]|[0-9])[^.;]{0,40}?\s(?:of|from|out of)\s+(?:this|that|the|these)\s+"
    r"(?:new\s+|same\s+|latest\s+|total\s+|overall\s+)?(?:amount|sum|package|envelope|allocation)\b"
    # ... or by a pronoun before its verb: "Roughly $600 million of that is meant for Kyiv", "EUR 250 million of it is for
    # energy"
    r"|^\W*(?:(?:about|around|roughly|some|nearly|almost|over|more than|up to)\s+)?"
    r"(?:[$€£¥]|[A-Z]{1,3}\$|[A-Z]{3}\s?[0-9]|[0-9])[^.;]{0,40}?\s(?:of|from|out of)\s+(?:this|that|it)\s+"
    r"(?:will|would|is|was|goes|went|are|were|has|have|had)\b"
    # the rest of the amount before, right at the start of a sentence: "The remaining $860 million will be drawn from
    # US stockpiles" (remaining authority or funds are still no aid: REMAINING_BEFORE)
    r"|the\s+(?:remaining|rest of the|remainder of the)\s+"
    + OPTIONAL_HEDGE
    + r"(?:[$€£¥]|[A-Z]{1,3}\$|[A-Z]{3}\s?[0-9]|[0-9])"
    # "That includes the $500 million promised by Trudeau in July."
    # ... or the package named before: "The package includes GBP 160m to repair vehicles"
    r"|(?:that|this|it|this sum|that sum|the total|the figure|this figure|(?:the|this|that|today's|the new) (?:aid )?"
    r"(?:package|pledge|contribution|support package|aid))\s+(?:includes|included|comprises|covers)"
    r"\s+(?:the\s+)?(?:[$€£¥]|[A-Z]{1,3}\$|[A-Z]{3}\s?[0-9]|[0-9])"
    # ... or a piece of the package named before, said as what it is: "A key element of this aid package is the
    # allocation of GBP 150 million for drones", "A key part of the package is EUR 50 million for ..."
    r"|^\W*(?:(?:meanwhile|also|moreover|in addition|notably|crucially),\s+)?(?:a|an|one|another|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:aspect|part|element|component|feature|highlight|centrepiece|centerpiece)\s+of\s+"
    r"(?:the|this|that|today's|the new)\s+(?:[\w-]+\s+){0,2}?(?:package|pledge|aid|support|assistance)\s+"
    r"(?:is|was|will be)\s+(?:the\s+)?(?:(?:allocation|provision|commitment|inclusion)\s+of\s+)?" + OPTIONAL_HEDGE
    + r"(?:[$€£¥]|[A-Z]{1,3}\$|[A-Z]{3}\s?[0-9]|[0-9]))"
)
# A sentence that opens on the whole named before, restated, and goes on with a part of it: "Of the EUR 2 billion aid
# package, EUR 500 million will go to drones", "Out of this $1 billion, $300 million is for air defence"
_AMOUNT_START = r"(?:[$€£¥]|[A-Z]{1,3}\$|[A-Z]{3}\s?[0-9]|[0-9])"
OF_WHOLE_OPENING = ascii_regex(
    _I + r"^\W*(?:of|out of|from)\s+(?:the|this|that|its|their)\s+(?:total\s+|overall\s+|new\s+)?" + OPTIONAL_HEDGE
    + _AMOUNT_START + r"[^.;,()]{0,60}?(?:\([^()]{0,40}\)[^.;,()]{0,30})?,\s*" + OPTIONAL_HEDGE + _AMOUNT_START
)
# ... or that opens on the fund or package named before as the subject that shares it out: "The fund, which parliament
# backs, will channel 3 billion crowns into arms, ...", "The package allocates EUR 300 million to energy"
SHARED_OUT_OPENING = ascii_regex(
    _I + r"^\W*(?:the|this|that)\s+(?:new\s+)?(?:fund|package|allocation|envelope)\b[^.;]{0,80}?"
    r"\b(?:(?:will|would|is to|is set to|is going to)\s+)?(?:direct|directs|allocate|allocates|earmark|earmarks"
    r"|channel|channels|devote|devotes|set aside|sets aside|split|splits|divide|divides|distribute|distributes)\s+"
    + OPTIONAL_HEDGE + _AMOUNT_START
)
# A sentence that opens on a breakdown of the figure before it, its first amount close after: "In particular, 1 billion
# euros will go to humanitarian support, 300 million euros to energy, ...", "Specifically, Wellington will allocate 3.68
# million dollars for military aid and another 6.12 million dollars for humanitarian aid"
BREAKDOWN_OPENING = ascii_regex(
    r"^\W*(?i:in particular|specifically|more specifically|namely|in detail),\s+(?:[^.;,]{0,40}?\s)?"
    r"(?:[$€£¥]|[A-Z]{1,3}\$|[A-Z]{3}\s?[0-9]|[0-9])"
)
# ... or whose amounts, the first opening it, add up to the figure of the sentence before: "Sweden allocated EUR 410
# million in aid to Ukraine. EUR 260 million is meant for relief work and a further EUR 150 million will go to
# the state budget" (a breakdown within this share of that figure)
BREAKDOWN_SUM_SHARE = 0.005
OPENS_ON_AMOUNT = ascii_regex(r"^\W*$")

# A second part joined to the first: "... to military support and NOK 12.5 billion to civilian needs"
NEXT_PART_LEAD = ascii_regex(
    # ("Of this amount, EUR 30 billion is for budget support, while EUR 60 billion is for defence")
    # ... also the rest of the total: "..., and the remaining $10 billion will come from the other lenders"
    # (a hedge before the part too: "$100 million for schools, more than $200 million for food and ...")
    _I + r"^[^.;]{0,60}(?:(?:\band|,|,\s+while|,\s+whereas)\s+(?:another\s+|a further\s+|the\s+(?:remaining|other)\s+)?"
    + OPTIONAL_HEDGE
    # "..., with Denmark committing EUR 135 million and Norway adding EUR 45 million"
    + r"|\band\s+(?:[\w'’.-]+\s+){1,4}" + _PART_GIVING + r"\s+(?:(?:" + HEDGE_WORDS + r")\s+)?"
    # "... including $900 million in March and the latest tranche of $2.2 billion in July"
    r"|\band\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:tranche|instalment|installment|payment|disbursement"
    r"|package|grant|loan)s?,?\s+(?:of|worth|totall?ing|amounting to|in the amount of)\s+" + OPTIONAL_HEDGE + r")$"
)
# ... and an item of a list with nothing of its own before its amount but the comma or "and": "..., more than $200
# million for food and another $100 million for roads" (not "..., and a grant of $900 million from Japan")
PLAIN_ITEM_LEAD = ascii_regex(
    _I + r"^[^.;]{0,60}(?:\band|,)\s+(?:and\s+)?(?:another\s+|a further\s+)?" + OPTIONAL_HEDGE + "$"
)
# The next giver of a list of givers, each with its amount in brackets: "has received contributions from Denmark
# (about EUR 20 million), Iceland (EUR 400,000) and the United Kingdom (EUR 60 million)": the same kind of money as
# the first, in the same scope
LISTED_GIVER_LEAD = ascii_regex(
    r"^\s*\)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*\(\s*"
    r"(?:(?i:about|around|roughly|some|nearly|almost|approximately|over|more than)\s+)?$"
)
# A list after a colon: its first amount right after the colon, the next ones after a comma or "and" with no verb
COLON_LIST_LEAD = ascii_regex(_I + r":\s*" + OPTIONAL_HEDGE + "$")
LIST_ITEM_GAP = ascii_regex(
    _I + r"^(?:[^.;:]|[0-9]\.[0-9]){0,100}(?:,|\band)\s+(?:[\w'’-]+\s+){0,3}?(?:of\s+)?" + OPTIONAL_HEDGE + "$"
)
LIST_ITEM_VERB = ascii_regex(
    _I + r"\b(?:is|are|was|were|will|would|has|have|had|be|been|received|provided|gave|sent|pledged|allocated"
    r"|announced|committed|approved|paid|transferred|disbursed)\b"
)
# One package, whatever a clause says about the months around it:
# "beginning with a $400 million package", "a 4.2 billion euro tranche".
SINGLE_PACKAGE_BEFORE = ascii_regex(
    _I + r"\b(?:a|an)\s+(?:(?:new|further|fresh|first|separate|single|additional)\s+)?$"
)
SINGLE_PACKAGE_AFTER = ascii_regex(
    # (after a stated conversion's closing bracket too: "a GBP 225 million ($286 million) military aid package")
    _I + r"^\)?\s*(?:[a-z-]+\s+){0,2}?(?:package|tranche|loan|grant|instalment|installment|deal|disbursement|contract)\b"
)
# Years that date a need, not the amount: "to cover its needs in 2026 and 2027"
YEARS_OF_A_NEED = ascii_regex(
    _I + r"\b(?:needs|requirements|deficit|gap|shortfall|expenses|expenditures?)\s+(?:in|for|of|through)\s+"
    r"(?:19|20)\d\d(?:\s*(?:and|-|–|to|through)\s*(?:19|20)\d\d)?"
    # ... also the years the money keeps Ukraine going, said after a purpose verb: "a EUR 90bn loan to finance Ukraine over
    # the coming two years" (FACTS.md 6: a loan to cover its needs in 2026 and 2027 is one decision, an event)
    r"|\bto\s+(?:fund|finance|support|sustain|keep|cover)\s+(?:Ukraine|Kyiv|the country)(?:['’]s\s+(?:needs|budget"
    r"|defen[cs]e|economy))?(?:\s+(?:afloat|going|running))?\s+(?:for|over|through|during)\s+the\s+(?:next|coming)\s+"
    r"(?:\w+\s+)?years"
    # ... and a point of a year dates the decision, no year's budget: "early in 2023, the two governments agreed ..."
    r"|\b(?:early|late|earlier|later)\s+in\s+(?:19|20)\d\d\b"
)
# The year or years a package is for: "for 2025", "through 2025", "for 2026-27", "for 2024 and 2025"
YEARS_OF_A_PACKAGE = ascii_regex(
    _I + r"\b(?:for|through|until|till|covering)\s+(?:the\s+(?:years?|period)\s+)?(?:19|20)\d\d"
    r"(?:\s*(?:[-–/]|to|and|through)\s*(?:(?:19|20)\d\d|\d\d))?\b"
    # ... or the run of the package to the end of this year and on through the next: "a EUR 600 million support package for
    # Kyiv by the end of this year and into the following year"
    r"|\bby (?:the )?end of (?:this|the current) year\s+and\s+(?:throughout|through|into|over|during|in)\s+(?:the\s+)?"
    r"(?:next|following|coming) year\b"
    # ... or for the next year: "a package of GBP 180 million in fresh arms support for Kyiv for next year"
    r"|\bfor (?:the )?(?:next|coming|following) year\b"
)
# ... the year words a single package may be dated by (a rate, "a year", stays a period)
YEAR_OF_ONE_PACKAGE = ascii_regex(_I + r"\b(?:last year|(?:in|during) (?:19|20)\d\d)\b")
LARGER_PACKAGE_BEFORE = ascii_regex(
    _I + r"\b(?:a|an)\s+(?:larger|bigger|broader|wider|major|big|huge|massive|comprehensive)\s+$"
)
PACKAGE_IN_THE_AMOUNT_BEFORE = ascii_regex(
    # ("unveiled a package of GBP 225 million in new military aid")
    _I + r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?package\b[^.;,0-9]{0,40}?\b(?:in the amount of|amounting to|of)\s+"
    + OPTIONAL_HEDGE
    + "$"
)
# A package said to span years: "a multi-year macro-financial assistance package" (a programme's length, "a 48-month
# programme", is not a package)
MULTI_YEAR_PACKAGE = ascii_regex(
    _I + r"\b(?:multi|two|three|four|five|\d+)-year\s+(?:[\w-]+\s+){0,3}?package\b"
)
# A donor list as one subject: "Denmark, Norway and Sweden said they would jointly pay for ..."
# ... also joined by "with": "The Netherlands, with Denmark and Germany, will provide ...", "Britain, together
# with Norway, pledged ..." ("Sweden signed with Denmark" has no comma and is no list)
DONOR_LIST_GAP = ascii_regex(
    _I + r"^\s*(?:,\s*(?:and\s+|(?:together |along |jointly )?with\s+|alongside\s+)?|and\s+"
    r"|(?:together|along|jointly) with\s+)(?:the\s+)?$"
)
TOGETHER_WITH_LEAD = ascii_regex(_I + r"(?:^|[,;:.(]\s*|^\W*)(?:together|along|jointly)\s+with\s+(?:the\s+)?$")
# A place named before a comma ("At the NATO summit in Washington, Britain pledged ...") is where the giver spoke:
# it does not start a list of givers
PLACE_LEAD = ascii_regex(_I + r"\b(?:in|at|near|outside|inside|visiting|visit to|trip to)\s+(?:the\s+)?$")
PLACE_LEAD_CHARS = 20
# ... and a place after the amount, a town before its country allowed: "in Ramstein, Germany"
PLACE_AFTER_LEAD = ascii_regex(r"\b(?i:in|at|near)\s+(?:(?i:the)\s+)?(?:[A-Z][\w'’-]*,?\s+){0,2}$")
PLACE_AFTER_END = ascii_regex(
    _I + r"^\s*(?:[.,;:)]|$|(?:on|last|this|earlier|later|yesterday|today|during|after|before|where)\b)"
)
# "... loan that G7 leaders agreed": the giver named in a relative clause right after the amount
RELATIVE_AGENT_GAP = ascii_regex(_I + r"^\)?[^.;:()0-9]{0,40}?\b(?:that|which)\s+(?:the\s+)?$")
# "... and a $1.1 billion grant from the United States", "EUR 20 million from Sweden": the giver named by "from"
# right after the amount (only aid nouns between: "to buy weapons from the United States" names a seller)
FROM_AGENT_GAP = ascii_regex(
    _I + r"^\)?\s*(?:(?:in|of|worth of)\s+)?(?:(?:new|additional|fresh|further|military|humanitarian|financial|budget"
    r"|concessional|non-repayable|macro-financial|direct|emergency|security|grant)\s+){0,3}"
    r"(?:(?:grants?|loans?|aid|assistance|support|funding|financing|contributions?|donations?|tranches?|package"
    r"|credit)\s+)?from\s+(?:the\s+)?(?:(?:government|governments|people)\s+of\s+(?:the\s+)?)?$"
)
# The lender a Ukrainian borrower signs with: "Naftogaz signed a EUR 500 million loan agreement with the EBRD",
# "Ukraine's government signed a $300 million loan with Japan's JICA" (a contract with a company is a purchase)
WITH_LENDER_GAP = ascii_regex(
    _I + r"^\)?\s*(?:(?:new|additional|long-term|concessional|guaranteed|emergency|grant)\s+)*(?:loan|grant|credit"
    r"|financing|guarantee)s?\s+(?:(?:agreement|deal|contract|facility)s?\s+)?with\s+(?:the\s+)?$"
)
# The giver named as the attribute of the aid noun right after the amount: "a $700 million World Bank package", "a
# EUR 18 billion EU loan" (it outranks a giver named before: "on top of a $700 million World Bank package")
ATTRIBUTIVE_GIVER_GAP = ascii_regex(r"^\s+$")
ATTRIBUTIVE_NOUN_AFTER = ascii_regex(
    _I + r"^\s+(?:(?:economic|financial|military|humanitarian|budget|emergency|support|aid|financing|security"
    r"|development|macro-financial|concessional|new|additional)\s+){0,2}(?:package|loan|grant|aid|assistance|support"
    r"|financing|funding|tranche|facility|credit|contribution|disbursement)s?\b"
)
# The organiser of a fund or coalition named by a passive: it runs the pooled money, it does not give it all
ORGANISER_LEAD = ascii_regex(
    _I + r"\b(?:led|co-led|chaired|co-chaired|hosted|run|managed|administered|coordinated|organi[sz]ed|operated"
    r"|spearheaded|headed|convened) by\s+(?:the\s+)?$"
)
# A Ukrainian body as the object of a giving verb receives the money, it is no party to it: "The EBRD previously
# supported Naftogaz with a EUR 300 million loan", "the World Bank granted Ukrenergo $40 million"
RECEIVER_OBJECT_LEAD = ascii_regex(
    _I + r"\b(?:supported|supports|support|lent|lends|lend|gave|gives|give|granted|grants|grant|provided|provides"
    r"|provide|financed|finances|finance|awarded|awards|award|helped|helps|help)\s+(?:Ukraine['’]s\s+)?"
    r"(?:(?:the|state-owned|state|national)\s+)*$"
)
# ... also said as a compound before the fund: "the UK-administered International Fund for Ukraine" (a "Czech-led
# initiative" that raised money is left as its giver, as before)
ORGANISER_AFTER = ascii_regex(
    # ... also the ranking it gives: "NATO-prioritised equipment"
    _I + r"^-(?:administered|run|managed|hosted|operated|prioriti[sz]ed)\b"
)
JOINED_INITIATIVE_AFTER = ascii_regex(
    _I + r"^(?:-led)?\s+(?:[\w-]+\s+){0,2}?(?:initiative|coalition|mechanism|scheme|platform|model)\b"
)
JOINED_INITIATIVE_LEAD = ascii_regex(
    _I + r"\b(?:support\w*|join\w*|back\w*|contribut\w*\s+to|t(?:o|ake)\w*\s+part\s+in|participat\w*\s+in"
    r"|sign\w*\s+up\s+to"
    # ... also what the giver named before pays into: "the state will finance the Czech initiative for EUR 120
    # million", "to contribute funds under a new US-led initiative, committing EUR 250 million"
    r"|financ(?:e|es|ed|ing)|fund(?:s|ed|ing)?|under|into|through|via)\s+(?:(?:the|a|an)\s+)?(?:new\s+)?$"
)
# ... and the body that set up the fund a giver named before pays into: "Latvia will pay EUR 0.8 billion into
# a support fund for Kyiv, created by the EU" is Latvia's (alone in its sentence the creator stays the giver)
# ... and a bloc named as what a giver named before is one of: "The Netherlands became the first NATO country to
# contribute", "Finland, an EU member state, pledged" (one member, singular; "NATO allies agreed" gives as the bloc)
MEMBER_OF_AFTER = ascii_regex(_I + r"^\s+(?:member\s+)?(?:country|member|ally|state|nation|partner)\b")
CREATOR_LEAD = ascii_regex(
    _I + r"\b(?:created|set up|established|founded|launched|initiated|conceived|proposed|designed)\s+by\s+(?:the\s+)?$"
)
# ... and a mechanism it leads, named after the amount: "will flow into the PURL, a NATO-led programme" (before the
# amount, "The Czech-led initiative raised EUR 1.5bn", the initiative's leader stays its giver)
# (also a standard or a list a body sets, not its money: "will fund NATO-approved purchases", "EU-certified kits")
LED_MECHANISM_AFTER = ascii_regex(
    _I + r"^-(?:led|co-led|coordinated|chaired|run|approved|certified|prioriti[sz]ed|standard|compatible|compliant)\b"
)
GUARANTOR_LEAD = ascii_regex(
    _I + r"\b(?:guaranteed|co-?financed|co-?funded|backed|insured|underwritten|secured|covered|matched|topped up)"
    r"\s+by\s+(?:the\s+)?(?:government of\s+(?:the\s+)?)?$"
)
RECIPIENT_POSITION = ascii_regex(
    _I + r"\b(?:for|to|of|in|into|with)\b[^.;,:]{0,30}$"
    # ... also the last of a list of receivers: "a package for Ukraine, Israel and Taiwan"
    r"|\b(?:for|to)\s+(?:[\w'’-]+(?:,\s+and\s+|,\s+|\s+and\s+)){1,4}$"
)
RECIPIENT_LEAD = ascii_regex(_I + r"\b(?:for|to|among)\s+(?:the\s+)?$")
NOT_RECIPIENT_LEAD = ascii_regex(_I + r"\b(?:according|thanks|due|owing|next|close)\s+to\s+(?:the\s+)?$")
RECIPIENT_LEAD_CHARS = 30
# A country's company is a seller, not a giver: "signed a $300 million contract with an American drone maker"
SELLER_AFTER = ascii_regex(
    _I + r"^[\s-]+(?:[\w-]+\s+){0,2}?(?:company|companies|firm|firms|maker|makers|manufacturer|manufacturers"
    r"|producer|producers|contractor|contractors|supplier|suppliers|arms industry|defen[cs]e industry)\b"
)
# ... and so is the country whose weapons are bought: "to buy US weapons for Ukraine", "US-made interceptors"
MADE_IN_AFTER = ascii_regex(_I + r"^-(?:made|built|produced|manufactured|designed|origin)\b")
PURCHASE_LEAD = ascii_regex(
    _I + r"\b(?:buy|buys|buying|bought|purchas\w*|procur\w*|pay(?:s|ing)? for|paid for|acquir\w*|order(?:s|ed|ing)?)"
    r"\s+(?:(?:more|new|additional|further|the|its|their|of)\s+){0,2}$"
)
WEAPONS_AFTER = ascii_regex(
    _I + r"^\s+(?:[\w-]+\s+){0,2}?(?:weapons|arms|missiles|interceptors|munitions|ammunition|equipment|systems"
    r"|shells|jets|tanks|air[- ]defen[cs]e|hardware|kit)\b"
)
# A giver that invests or spends on weapons for Ukraine gives aid ("The Netherlands will invest EUR 500 million
# in drones for Ukraine"): the giver is the subject of the verb, right before it (a company is not:
# "Germany's Rheinmetall will invest"), and what the money buys is for Ukraine, before any clause break
# ("will spend an extra GBP 2.2bn on defence as it keeps up its support for Ukraine" is its own defence).
GIVER_INVESTS_GAP = ascii_regex(
    _I + r"^\s*(?:(?:is|are|will|would|has|have|had|also|now|plans?|planning|to|further|currently|again)\s+)*"
    r"(?:invest|invests|investing|invested|spend|spends|spending|spent)\s+"
    r"(?:(?:another|an additional|a further|an extra|a total of|about|around|roughly|some|nearly|almost|more than"
    r"|over)\s+)*$"
)
INVEST_WORDS = ascii_regex(_I + r"\b(?:invest|invests|invested|investing|investments?|spend|spends|spending)\b")
FOR_UKRAINE_AFTER = ascii_regex(_I + r"^\s*(?:on|in|into|for|to)\s+[^.;]{0,60}?\b(?:Ukrain\w*|Kyiv)")
# The size of a fund many givers pay into, said as what it is or has reached, names no one giver: "the International
# Fund for Ukraine is over GBP 1.3 billion", "the energy fund now stands at EUR 400 million", "the trust fund has grown
# to $2 billion" (a giver's own share of it, "Norway's contribution to the fund is NOK 1 billion", stays its aid)
FUND_SIZE_BEFORE = ascii_regex(
    _I + r"\b(?:fund|funds|facility|mechanism|coalition|initiative)\b(?:\s+(?:for|of)\s+Ukraine)?(?:\s*\([A-Z]{2,6}\))?"
    r"\s+(?:(?:now|already|currently|so far|has|have|had)\s+)*(?:is|was|stands at|stood at|reached|reaches"
    r"|totals|totalled|totaled|amounts to|amounted to|grown to|grew to|risen to|rose to|is worth|is now worth)\s+"
    + OPTIONAL_HEDGE + "$"
)
OWN_SHARE_OF_A_FUND_BEFORE = ascii_regex(_I + r"\b(?:contributions?|share|pledges?|donations?)\s+(?:to|for|into|of)\b")
# ... and money given to such a fund by a group of givers the lexicon does not name, said in the passive: "an extra
# GBP 190 million has been pledged to the fund by allies and partners" ("by NATO allies" names its giver)
GROUP_AGENT_AFTER = ascii_regex(
    _I + r"^[^.;]{0,80}?\b(?:has|have|had|was|were|been|be|is|are)\s+(?:(?:also|already|now|jointly)\s+)?"
    r"(?:pledged|committed|assured|provided|allocated|contributed|promised|raised|given|donated|mobili[sz]ed)\b"
    r"[^.;]{0,60}?\bby\s+(?:(?:its|Ukraine['’]s|Kyiv['’]s|international|Western|other|several|many|various|the"
    r"|some|dozens of|a number of|a group of)\s+)*(?:allies|partners|donors|countries|nations|states|governments)\b"
)
# The total of many givers' contributions: it names no one giver
POOLED_TOTAL = ascii_regex(
    _I + r"\b(?:total (?:amount|sum|volume|value) of (?:[\w'’-]+\s+){0,2}?(?:contributions|donations|pledges)"
    r"|(?:donors'|donor|partners'|allies') (?:contributions|obligations|pledges|commitments)"
    r"|contributions (?:from|of|by) (?:all |other |international |the )?(?:donors|partners|countries|allies))\b"
)
# A pooled envelope of many givers that an amount is part of: "the EFF is part of a $115 billion global package",
# "the IMF's portion of a US$115 billion total support package" (no one giver gives it; a package agreed by one
# giver, named after it, stays aid)
POOLED_PACKAGE_BEFORE = ascii_regex(_I + r"\b(?:part|portion|share|component) of (?:a|an|the)\s+(?:[a-z]+\s+)?$")
# ... also with the envelope's pooling word before the amount ("part of a global $115 billion package", "part of a
# broader $115bn international package") or after it, with no article ("part of $115 billion in global support")
_POOLING = r"(?:global|overall|total|international|multilateral|multi-donor|wider|broader|combined|joint)"
POOLED_ENVELOPE_BEFORE = ascii_regex(
    _I + r"\b(?:part|portion|share|component) of (?:(?:a|an|the)\s+)?(?:larger\s+|bigger\s+)?" + _POOLING + r"\s+$"
)
POOLED_ENVELOPE_AFTER = ascii_regex(
    _I + r"^\s*(?:" + _POOLING + r"\s+)?(?:[\w-]+\s+){0,2}?(?:package|envelope|financing|effort|support|aid"
    r"|assistance|funding)\b"
)
# ... and the envelope a programme or loan is said to be part of: "The programme became part of the $122 billion
# support envelope for Kyiv", "the loan forms part of a EUR 50 billion envelope"
PROGRAMME_PART_OF_BEFORE = ascii_regex(
    _I + r"\b(?:programmes?|programs?|loans?|facility|arrangements?|EFF|financing)\s+(?:(?:is|was|are|were|has|have"
    r"|had|also|now|thus)\s+)*(?:become|became|becomes|form|forms|formed|be|been)\s+(?:a\s+)?part of\s+(?:a|an|the)\s+"
    r"(?:[a-z-]+\s+){0,2}$"
)
# The sum of many givers' contributions to a fund or programme names no one giver: "contributions to the PURL
# programme amount to $2.1 billion" (FACTS.md 6: a pooled total; not "Germany's contributions to the fund total")
CONTRIBUTIONS_TOTAL_BEFORE = ascii_regex(
    _I + r"(?:^|[^'’\w]\s*|\b(?:the|all|total)\s+)contributions\s+(?:to|for|into)\s+[^.;]{0,80}?\b(?:amount(?:s|ed)? to"
    r"|total(?:s|l?ed)?|(?:have |has )?reach(?:es|ed)?|stand at|stood at|(?:have |has )?exceed(?:s|ed)?|(?:are|is) now"
    r"|come to|came to)\s+" + OPTIONAL_HEDGE + "$"
)
OWN_CONTRIBUTIONS_BEFORE = ascii_regex(_I + r"(?:['’]s|\b(?:its|their|his|her|our|my))\s+(?:[\w-]+\s+)?contributions\b")
# A figure named only as the benchmark of a comparison is no commitment of its own: "a higher amount than was
# initially approved by EU ambassadors, which totalled EUR 3.05 billion" ("more than", a hedge, is not one)
BENCHMARK_BEFORE = ascii_regex(
    _I + r"\b(?:higher|larger|bigger|greater|lower|smaller)\s+(?:[\w-]+\s+){0,2}?than\s+(?:the|what|was|were|had|it"
    r"|initially|originally|previously|earlier|first)\b[^.;0-9]{0,80}$"
)
# A country's own defence in a sentence that does not name Ukraine: "Lithuania had allocated an additional EUR 136
# million for defence, which means the country's defence budget would ..."
OWN_DEFENCE = ascii_regex(
    _I + r"\b(?:defen[cs]e (?:budget|spending|expenditure)|for (?:its |their |national |the country['’]s )?defen[cs]e"
    r"\s*(?:$|[,.;)]|and\b|which\b))"
)
# Pledges of many givers at once: "$80bn in pledges for grants and loans from multilateral institutions and other
# countries" (FACTS.md 6: a total pledged by a group of givers the lexicon does not name)
POOLED_PLEDGES_AFTER = ascii_regex(
    # (also support said as such: "unlocks $115 billion of support from other lenders")
    _I + r"^\s*(?:in|of)\s+(?:new\s+|further\s+|additional\s+)?(?:pledges|commitments|contributions|support|financing"
    r"|funding)\b[^.;]{0,60}?\bfrom\s+"
    r"(?:(?:multilateral|international|other|several|various|many|bilateral|Western|foreign|the)\s+)+(?:[\w-]+\s+)?"
    r"(?:institutions|countries|donors|partners|lenders|creditors|allies)\b"
)
# ... and a package said to be made of many givers' money, the lender's own loan among it: "the fresh $120bn package
# includes the IMF loan, $75bn promised by development banks and other states, and debt relief"
POOLED_MAKEUP_AFTER = ascii_regex(
    _I + r"^\s*(?:[\w-]+\s+){0,3}?(?:package|envelope|financing|support|programme|program)\s+(?:includes|included"
    r"|comprises|comprised|consists of|consisted of|is made up of|combines|brings together)\b[^.;]{0,120}?"
    r"\b(?:pledges|commitments|contributions|loans|grants|financing)\b[^.;]{0,60}?\bfrom\s+"
    r"(?:(?:multilateral|international|other|several|various|many|bilateral|Western|foreign|the)\s+)+(?:[\w-]+\s+)?"
    r"(?:institutions|countries|donors|partners|lenders|creditors|allies)\b"
)
POOLED_IN_BEFORE = ascii_regex(_I + r"\b(?:part|portion|share|component) of\s+$")
POOLED_IN_AFTER = ascii_regex(
    _I + r"^\s*(?:in|of)\s+" + _POOLING + r"\s+(?:[\w-]+\s+){0,1}?(?:support|aid|assistance|financing|funding"
    r"|pledges|commitments)\b"
)
POOLED_PACKAGE_AFTER = ascii_regex(
    _I + r"^\s*(?:global|overall|total|international|multilateral|multi-donor|wider|broader|combined)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:package|envelope|financing|effort)\b"
    # "part of a $136.5 billion package from allies"
    # (also "part of a $122 billion package of support from international partners")
    r"|^\s*(?:[\w-]+\s+){0,2}?(?:package|envelope|financing)\s+(?:of\s+(?:[\w-]+\s+){0,2}?(?:support|aid|assistance"
    r"|financing|funding)\s+)?(?:from|of|by)\s+(?:(?:its|Ukraine's|Kyiv's"
    r"|international|Western|other|all|the|many|several|various)\s+)*(?:allies|partners|donors|lenders|creditors"
    r"|countries)\b"
)
# A lending programme's overall envelope is a period (FACTS.md 6, like the Ukraine Facility's): "Ukraine's $15.6
# billion loan programme", "a $15.6 billion Extended Fund Facility"; its tranches and payouts are events
PROGRAMME_AFTER = ascii_regex(
    # ... also a named programme the amount is the size of: "funds allocated by the EUR 50 billion Ukraine Facility
    # programme", "the $5 billion Ukraine Recovery Instrument"
    r"^\s*(?:[A-Z][\w'’-]*\s+){1,4}(?:Facility|Programme|Program|Instrument|Mechanism)\b|"
    + _I + r"^\s*(?:(?:loan|lending|financing|credit|support|aid|assistance|extended|IMF|EFF|multi-year|multiyear)\s+)+"
    r"(?:programmes?|programs?|facility|facilities|arrangements?)\b"
    r"|^\s*(?:Extended Fund Facility|EFF)\b"
)
# ... said before it: "the approval of the programme totalling $15.6 billion" (its envelope, section 6: a period)
PROGRAMME_BEFORE = ascii_regex(
    # ("Ukraine's agreement with the IMF under the EFF program for $15.6 billion was approved in March 2023")
    _I + r"(?:\b(?:programmes?|programs?|arrangements?|EFF)\s+(?:totall?ing|worth|valued at|amounting to|of|for)\s+"
    # ... also with its total said as such: "a lending program for a total amount of
    # EUR 30 billion", "a programme with a total volume of $5 billion"
    r"(?:(?:a|the)\s+total\s+(?:amount|value|volume|sum|size)\s+of\s+)?"
    # ... or its ceiling: "the EPF creates a provision for up to EUR 5 billion", "a financial mechanism worth up to
    # EUR 45 billion", "the facility provides for up to EUR 50 billion" (a loan "of up to" is that loan)
    r"|\b(?:facility|fund|instrument|mechanism|programmes?|programs?|EPF)\b[^.;]{0,40}?\b(?:provision for|provides? for"
    r"|providing for|worth|allows? for|envisages?|with a (?:ceiling|budget|envelope) of)\s+up to\s+"
    # ... or as its declared size: "the Facility, with a stated value of EUR 40 billion, is the backbone of
    # the bloc's support"
    # ... or as what the programme itself allocates: "The programme will allocate CHF 1.5 billion from the
    # international cooperation budget" (a giver's own allocation, "Norway will allocate", is an event)
    r"|\b(?:the|this|that|its|the new)\s+(?:[\w-]+\s+){0,2}?(?:programme|program)\s+(?:(?:will|would|is to|also)\s+)*"
    r"(?:allocates?|provides?|includes?|comprises?|totals?|amounts? to|envisages?|covers?)\s+"
    # ... or in a relative clause on the programme: "the ERA program, which provides Ukraine with $45
    # billion", "the Ukraine Facility, which will give Ukraine up to EUR 50 billion" (FACTS.md 6: its envelope)
    r"|\b(?:programmes?|programs?|facility|instrument|mechanism|initiative|scheme|fund|ERA|EFF)\b(?:\s*\([^)]{0,40}\))?,?"
    r"\s+(?:which|that)\s+(?:will\s+|would\s+|is to\s+)?(?:provides?|gives?|offers?|envisages?|allocates?|grants?"
    # ... or pledges, or is made of: "the ERA program, which pledges $50 billion", "The fund, which consists of five
    # billion kroner, is to go to ..."
    r"|pledges?|promises?|commits?|mobili[sz]es?|consists? of|comprises?|totals?|amounts? to|is worth"
    r"|lends?|makes? available)\s+(?:(?:to\s+)?(?:Ukraine|Kyiv|Kiev|the country)\s+(?:with\s+)?)?"
    # ... also the givers' pooled giving through it: "the G7 ERA scheme, through which the member states will jointly
    # provide $45bn" (not what has been given through it so far: a running total)
    r"|\b(?:programmes?|programs?|facility|instrument|mechanism|initiative|scheme|fund|ERA|EFF)\b(?:\s*\([^)]{0,40}\))?,?"
    r"\s+(?:through|under|via|by)\s+which\s+(?:[\w'’-]+\s+){1,4}?(?:will|would|are to|is to|shall)\s+"
    r"(?:(?:collectively|jointly|together)\s+)?(?:provide|give|lend|make available|allocate|mobili[sz]e|disburse)\s+"
    r"(?:(?:to\s+)?(?:Ukraine|Kyiv|Kiev|the country)\s+(?:with\s+)?)?"
    r"|\b(?:programmes?|programs?|facility|fund|instrument|mechanism)\b,?\s+with\s+an?\s+(?:declared|total|overall"
    r"|nominal|planned)\s+(?:value|volume|budget|size|envelope)\s+of\s+)"
    + OPTIONAL_HEDGE
    + "$"
)
# The whole a part just named is drawn from: "disbursed the first EUR 3 billion of the EUR 18 billion of promised
# assistance", "$500 million of its $2 billion pledge has arrived" (the whole is the envelope the part comes from,
# FACTS.md 6: a period; the part is the day's money)
# (the sentence's amount before is the part: the clause before the whole is only "of the")
WHOLE_OF_A_NAMED_PART_BEFORE = ascii_regex(
    _I + r"^\s*(?:out\s+)?of\s+(?:the|its|their|[\w.-]+['’]s)\s+(?:(?:total|overall|joint|combined|whole"
    r"|entire|full|promised|pledged|agreed)\s+(?:of\s+)?)?" + OPTIONAL_HEDGE + "$"
)
WHOLE_NOUN_AFTER = ascii_regex(
    _I + r"^\s*(?:\([^)]{1,40}\)\s*)?(?:[\w'’-]+\s+){0,3}?(?:loans?|packages?|funds?|facility|initiative|mechanism"
    r"|scheme|envelope|programmes?|programs?|pledges?|commitments?|assistance|aid|support|financing|funding|grants?"
    r"|credits?|MFA)\b"
)
# A named programme's ceiling, said as what Ukraine may get under it: "the conditions for Ukraine to receive up to EUR
# 40 billion of help under the Ukraine Facility", "can draw up to $45 billion through the ERA Mechanism" (the
# programme's envelope, FACTS.md 6: "the Ukraine Facility's up to 50 billion euros"; a loan "of up to" is that loan)
CEILING_BEFORE = ascii_regex(_I + r"\b(?:receive|get|obtain|draw|access|be granted|be provided with|provide|give"
                             r"|allocate|lend|make available)\s+(?:[\w-]+\s+){0,2}?up to\s+$")
UNDER_NAMED_PROGRAMME_AFTER = ascii_regex(
    r"^[^.;]{0,60}?\b(?:under|from|through|via|within)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?:Facility|Programme|Program|Instrument|Mechanism|Fund|Initiative)\b"
)

# The envelope a tranche or payment comes from, named in the same sentence as background: "the disbursement of a EUR 1.5
# billion tranche ... as part of a large EUR 50 billion support package", "has paid the first tranche ... from a support
# package worth EUR 50 billion"; and the known envelope a loan or sum is part of, named with "the": "the loan ...,
# forming part of the $50 billion package pledged by G7 nations" (FACTS.md 6: a programme's overall envelope is a
# period; the tranche is the day's money). A package a sum is part of, named with "a", is a package of its own: "a
# EUR 300 million loan as part of a EUR 500 million package", "the fresh funds are part of a C$1.6 billion aid package".
_ENVELOPE_NOUN = (
    r"(?:package|programme|program|facility|initiative|instrument|mechanism|envelope|scheme|framework"
    # ... also a giver's earlier pledge the sum comes out of: "part of the UK's broader GBP 4.5 billion pledge"
    r"|pledge|commitment"
    # ... or a year's pot: "from this year's pot of GBP 4bn"
    r"|pot"
    # ... and the law it was drawn from: "The $300 million was taken from the $48 billion Ukraine aid bill"
    r"|bill|supplemental|legislation"
    # ... and an EU macro-financial "operation": "the second payment of EUR 1 billion under a EUR 3 billion
    # emergency macro-financial assistance (MFA) operation"
    r"|operation"
    # ... and a giver's share of a joint envelope: "This is part of the EU's EUR 18.1 billion share of the G7 loans"
    r"|share)"
)
_ENVELOPE_LEAD = r"\b(?:part of|from|under|within)\s+"
ENVELOPE_LEAD = ascii_regex(_I + _ENVELOPE_LEAD + r"(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,3}?$")
ENVELOPE_NOUN_AFTER = ascii_regex(
    _I + r"^\)?\s*(?:[\w'’-]+\s+){0,3}?(?:\([A-Z]{2,6}\)\s+)?" + _ENVELOPE_NOUN + r"s?\b"
)
_ENVELOPE_NAMED = (
    r"(?:[\w'’-]+\s+){0,3}?" + _ENVELOPE_NOUN
    # (its kind of money may stand between: "from a package of budget assistance worth EUR 16 billion")
    + r"s?(?:\s+of\s+(?:[\w'’-]+\s+){0,2}?(?:assistance|aid|support|financing|funding|loans|grants))?"
    + r"\s+(?:worth|totall?ing|valued at|of|amounting to|in the amount of)\s+" + OPTIONAL_HEDGE + "$"
)
ENVELOPE_NAMED_BEFORE = ascii_regex(_I + _ENVELOPE_LEAD + r"(?:a|an|the|its|their)\s+" + _ENVELOPE_NAMED)
# ... the known one, named with "the" or a giver's possessive ("part of the G7's wider $45 billion initiative")
KNOWN_ENVELOPE_LEAD = ascii_regex(
    _I + _ENVELOPE_LEAD + r"(?:the|its|their|(?:this|last|next) year['’]s)\s+(?:[\w'’-]+\s+){0,3}?$"
)
KNOWN_ENVELOPE_NAMED_BEFORE = ascii_regex(
    _I + _ENVELOPE_LEAD + r"(?:the|its|their|(?:this|last|next) year['’]s)\s+" + _ENVELOPE_NAMED
)
# ... or a sentence whose subject is the money just named, said to be part of it: "This forms part of an MFA envelope of up
# to EUR 7 billion", "The tranche forms part of a $15.6 billion programme"
ANAPHORIC_PART_OPENING = ascii_regex(
    # (also behind a speech verb: "He said the money is the second part of a package of EUR 6 billion")
    _I + r"^\W*(?:(?:[\w'’.-]+\s+){1,4}?(?:said|says|noted|notes|stressed|added|explained|recalled|specified)"
    r"(?:\s+that)?\s+)?"
    r"(?:(?:this|these|those|that)\s+(?:funds|money|tranche|payment|sum|amount|financing)|this|it|that|these"
    r"|the (?:tranche|payment|disbursement|instalment|installment|loan|money|funding"
    r"|amount|sum|funds|grant|financing|assistance|aid|contribution))\s+(?:(?:is|was|are|were|forms?|formed|comes?|came"
    r"|as)\s+)+(?:(?:a|the)\s+(?:(?:first|second|third|fourth|next|last|final|initial)\s+)?)?part\s+of\b"
)
# ... a tranche of the grant or loan named with its total: "this is the third tranche of the grant totaling $3.9
# billion", "the first instalment of a loan worth EUR 5 billion" (the grant's or loan's size is its envelope)
TRANCHE_OF_ENVELOPE_BEFORE = ascii_regex(
    _I + r"\b(?:tranches?|instalments?|installments?|disbursements?|payments?|payouts?)\s+(?:of|from|under)\s+"
    r"(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:grants?|loans?|credits?|financing|packages?|programmes?"
    r"|programs?|facility|pledges?|commitments?)\s+(?:worth|totall?ing|valued at|of|amounting to|in the amount of)\s+"
    + OPTIONAL_HEDGE + "$"
)
# ... also with the amount before the loan's noun: "the latest payout from its $12 billion credit line",
# "the second tranche of the EUR 18 billion grant" (the loan or grant is the envelope)
TRANCHE_OF_BEFORE = ascii_regex(
    _I + r"\b(?:tranches?|instalments?|installments?|disbursements?|payments?|payouts?)\s+(?:of|from|under)\s+"
    r"(?:the|a|an|its|their)\s+(?:(?:total|overall|entire|whole)\s+)?" + OPTIONAL_HEDGE + "$"
)
LOAN_NOUN_AFTER = ascii_regex(
    _I + r"^\s*(?:\([^()]{0,40}\)\s*)?(?:[\w-]+\s+){0,2}?(?:loans?|grants?|credits?|financing|packages?|programmes?"
    r"|programs?|facility|arrangements?)\b"
)
# ... and a giver's earlier pledge the sum comes out of, named by who made it: "The money comes from $650 million pledged
# by the chancellor at the summit", "the donation was part of the C$400 million worth of military aid that the
# defence minister announced in March" (FACTS.md 6: the known envelope a sum is part of is a period)
KNOWN_PLEDGE_LEAD = ascii_regex(
    # (a sum "part of" an amount with no article is that package itself, FACTS.md 6: "They are part of C$400 million
    # in military assistance pledged by Canada in June, this year" is an event; one it "comes from" is drawn out of it)
    _I + r"\b(?:(?:is|was|are|were|forms?|formed|comes?|came)\s+(?:a\s+)?part of\s+(?:the|its|their)"
    r"|(?:comes?|came|drawn|taken|pulled|paid|funded|financed)\s+(?:out of|from)(?:\s+(?:the|its|their))?)\s+$"
)
KNOWN_PLEDGE_AFTER = ascii_regex(
    # ("will come from the 5 billion kroner that the government allocated to a fund")
    _I + r"^\s*(?:[\w'’-]+\s+){0,8}?(?:(?:that|which)\s+[^.;,]{0,60}?\b(?:announced|promised|pledged|committed|passed"
    r"|approved|signed|allocated|earmarked|set aside|reserved)\b"
    r"|(?:promised|pledged|announced|committed|passed|approved|signed)\s+(?:by|at|in|earlier|last)\b)"
)
# ... what the sentence says is paid out of that envelope
DRAWN_FROM_ENVELOPE = ascii_regex(
    # ... or transferred out of it: "the EU transferred EUR 6 billion to Ukraine from a package ... worth"
    _I + r"\b(?:tranches?|instalments?|installments?|disburs\w*|payments?|payouts?|transferred|transfers?)\b"
)
# A programme's size said as what it is: "The Reform Facility is a EUR 30 billion macro-financial support package
# for Kyiv, spread over four years", "The ERA mechanism, launched by the G7, is a $50 billion programme" (its
# envelope, a period; the subject is the programme's name, not "the package" or "this")
PROGRAMME_DEFINED_BEFORE = ascii_regex(
    r"^\W*(?:The\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}(?:Facility|Fund|Mechanism|Initiative|Instrument|Programme|Program"
    r"|Loans?|ERA|PURL|EFF|(?i:mechanism|initiative|programme|program|facility|fund|instrument|scheme))"
    r"(?:\s*\([^)]{0,40}\))?\s*(?:,[^.;]{0,100}?,\s*)?(?:is|was|remains)\s+(?:a|an)\s+"
    r"(?:(?i:total of|overall|combined|planned)\s+)?" + OPTIONAL_HEDGE + "$"
)

# ... or said as what it provides for: "The G7 loan initiative provides for the allocation of $45 billion to Ukraine", "The
# Recovery Facility provides up to EUR 40 billion in grants and loans" (the programme's name opens the sentence)
PROGRAMME_PROVIDES_BEFORE = ascii_regex(
    r"^\W*(?:The\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}(?:[a-z-]+\s+)?(?:Facility|Fund|Mechanism|Initiative|Instrument"
    r"|Programme|Program|ERA|PURL|EFF|(?i:mechanism|initiative|programme|program|facility|fund|instrument|scheme))"
    r"(?:\s*\([^)]{0,40}\))?\s+(?i:(?:provides|provided|envisages|envisaged|foresees|foresaw|stipulates|offers)"
    r"(?:\s+for)?(?:\s+(?:Ukraine|Kyiv)\s+with)?(?:\s+(?:the\s+)?(?:allocation|provision|disbursement|financing)\s+of)?)"
    r"\s+(?:(?i:up to|a total of|total)\s+)?" + OPTIONAL_HEDGE + "$"
)

# ... and a giver's share of a joint loan or fund, said bare as what its contribution is, with no verb of giving and no
# package named: "The EU's contribution will come to EUR 17 billion", "Washington's contribution was $15 billion" (after
# a joint $45 billion loan: the share of the envelope named before, a period; whether it is a new commitment cannot be
# told, so it is no event). Said with what it goes to, "Canada's contribution to the PURL package will be CAD 150
# million", it is that giver's own commitment and stays an event.
CONTRIBUTION_SHARE_BEFORE = ascii_regex(
    r"^\W*(?:[Tt]he\s+|[Ii]ts\s+|[Tt]heir\s+)?(?:[A-Z][\w.'’-]*(?:['’]s)?\s+){1,3}(?i:contribution|share|part|portion)"
    r"\s+(?i:(?:was|is|will be|would be|will amount to"
    r"|would amount to|amounts to|amounted to|stands at|stood at|came to|comes to|totals|totalled|totaled))\s+"
    + OPTIONAL_HEDGE + "$"
)

# ... and the joint loan or programme such a share is given to, named by its purpose: "The sum is the bloc's
# contribution to the G7 scheme to give Kyiv a $40 billion loan" (the initiative's size, a period)
ENVELOPE_OF_A_SHARE_BEFORE = ascii_regex(
    _I + r"\b(?:contribution|share|part|portion)\s+(?:to|of|in)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:initiative"
    r"|programme|program|mechanism|scheme|facility|plan|effort)\s+(?:to|that will|which will|that would|which would)\s+"
    r"(?:provide|give|lend|grant|allocate|fund|raise)\s+(?:(?:Ukraine|Kyiv)\s+(?:with\s+)?)?(?:(?:a|an)\s+)?"
    + OPTIONAL_HEDGE + "$"
)

# ... and the whole a giver's share or contribution is said to be of, with its amount: "these funds are Canada's share
# of a $50 billion loan package the G7 leaders agreed", "the money is Britain's contribution to a GBP 38 billion
# fund" (the joint loan or fund the share goes to, a period, FACTS.md 6; the whole is no one giver's
# new money). A sum "part of" a package named with "a" stays a package of its own, as before, and a whole said with
# the day it was agreed ("a $50 billion loan that G7 leaders agreed at their summit on June 13") is that day's news,
# an event (the devset's reading).
SHARE_OF_A_WHOLE_BEFORE = ascii_regex(
    # (the whole's own givers may be named before it: "Canada's contribution to the G7's $50 billion ERA loans")
    _I + r"\b(?:share|contribution|stake)\s+(?:of|to|in|into|towards?)\s+(?:(?:a|an|the)\s+(?:[\w.-]+['’]s?\s+)?"
    r"|[\w.-]+['’]s?\s+)"
    r"(?:(?:total|overall|joint|combined|common|multilateral|international|broader|larger|wider|new)\s+)?" + OPTIONAL_HEDGE + "$"
)
SHARE_OF_A_WHOLE_AFTER = ascii_regex(
    _I + r"^\s*(?:\([^)]{1,40}\)\s*)?(?:[\w'’-]+\s+){0,3}?(?:loans?|packages?|funds?|facility|initiative|mechanism"
    r"|scheme|envelope|programme|program|pool|coalition)\b"
)
# ... and the whole that the amount just named is a part of, said right after it: "the US will provide $20 billion of
# the $50 billion G7 loan"; or the whole said with another giver's share of it after a comma: "The G7's $50 billion
# loan, of which the US provides $20 billion, ..." (a breakdown of one giver's own package, "pledged $500 million, of
# which $300 million is military aid", names no giver and stays)
WHOLE_OF_A_PART_BEFORE = ascii_regex(
    _I + r"^\s*(?:out\s+)?of\s+(?:the|a|an|its|their)\s+(?:(?:total|overall|joint|combined|whole|entire|full)\s+)?"
    + OPTIONAL_HEDGE + "$"
)
OF_WHICH_A_GIVER_AFTER = ascii_regex(
    _I + r"^[^.;]{0,60}?,\s*of which\s+(?:the\s+)?(?:[\w.'’-]+\s+){1,3}?(?:will\s+)?(?:provides?|contributes?|gives?"
    r"|lends?|pays?|covers?|finances?|funds?|accounts? for)\s+" + OPTIONAL_HEDGE + "$"
)
# ... and the whole the money just named will be part of, said in a relative clause on it: "Japan - about $3 billion,
# which will be part of an overall package worth $50 billion" (the money just named is the subject: an envelope,
# FACTS.md 6, as a sum said to be part of a macro-financial package of up to a larger amount)
# ... and the joint fund a giver contributes to, or gives its own amount to: "Norway will contribute to a $500 million
# fund", "Norway will give $100 million to a new $500 million fund" (the fund's size, a period; the giver's own sum
# stays its event)
CONTRIBUTED_TO_A_FUND_BEFORE = ascii_regex(
    # (the text since the giver's own amount is only "to a new ": "will give $100 million to a new $500 million fund")
    _I + r"(?:\bcontribut(?:e|es|ed|ing)\s+|^\s*)(?:to|into|towards?)\s+(?:a|an|the)\s+"
    r"(?:(?:new|joint|common|multilateral|international|multi-donor)\s+)?" + OPTIONAL_HEDGE + "$"
)
CONTRIBUTED_TO_A_FUND_AFTER = ascii_regex(
    _I + r"^\s*(?:\([^)]{1,40}\)\s*)?(?:[\w'’-]+\s+){0,3}?(?:funds?|pool|facility|mechanism|trust fund|loans?)\b"
)
RELATIVE_PART_OF_BEFORE = ascii_regex(
    _I + r"\b(?:which|that)\s+(?:(?:will|would|is|are|was|were|to)\s+)?(?:be|forms?|formed|becomes?|became)?\s*"
    r"(?:a\s+)?part\s+of\s+(?:a|an|the)\s+(?:(?:total|overall|joint|combined|common|broader|larger|wider)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:package|loan|fund|facility|initiative|mechanism|programme|program|envelope)s?"
    r"\s+(?:worth|totall?ing|valued at|of|amounting to|in the amount of)\s+" + OPTIONAL_HEDGE + "$"
)

# What a programme or fund of many givers has raised is their pooled total, no one giver's aid (FACTS.md 6): "the PURL
# programme mobilised around $5 billion for Ukraine's needs in 2025", "the initiative has raised $1.5 billion", "USD 2
# billion had been raised under the initiative" (money a named giver put into it, "from Sweden", stays Sweden's, and so
# does what its named leader's initiative raised: "the Czech-led initiative raised EUR 1.5bn")
PROGRAMME_RAISED_BEFORE = ascii_regex(
    _I + r"\b(?:programmes?|programs?|initiatives?|funds?|mechanisms?|facility|coalitions?|PURL|IFU)\b[^.;,]{0,40}?"
    r"\b(?:(?:has|have|had)\s+)?(?:(?:already|now|so far|thus far|jointly)\s+)?(?:mobili[sz]ed|raised|collected"
    r"|attracted|accumulated|gathered|pooled)\s+" + OPTIONAL_HEDGE + "$"
)
POOLED_RAISED_AFTER = ascii_regex(
    _I + r"^[^.;]{0,30}?\b(?:has|have|had) been (?:raised|mobili[sz]ed|collected|pooled|gathered|accumulated)\b"
)

# Between a giver and the amount, a verb of receiving: the giver is the recipient ("Hungary received EUR 10 billion")
GIVER_RECEIVES_GAP = ascii_regex(
    # ... also as one of a group of receivers: "Taiwan and other Indo-Pacific partners will receive $8.1 billion"
    _I + r"^\s*(?:(?:,\s*|\s)(?:and|or)\s+(?:[\w'’-]+\s+){0,4}?(?:partners|allies|countries|states|nations"
    r"|neighbou?rs|others|regions?)\s*,?\s*)?"
    r"(?:(?:has|have|had|will|would|is|are|was|were|set|to|also|already|now|just|still)\s+)*(?:received|receives"
    r"|receive|receiving|got|gets|get|getting|obtained|obtains)\s+(?:(?:a|an|the|another|some|about|around|nearly"
    r"|almost|more than|over|up to|roughly|a further|an additional)\s+)*$"
)
# A legislature that votes aid names its country only by the article's context: "The Senate approved $40bn"; so does
# the bill it votes and the vote itself: "The bill includes $60 billion for Ukraine", "The $61 billion package passed
# in a 311-112 vote", "was approved with 311 votes in favor"
LEGISLATURE = ascii_regex(
    r"\b(?:[Tt]he (?:U\.S\. |US )?Senate|[Tt]he (?:U\.S\. |US )?House(?: of Representatives)?|[Ss]enators"
    r"|Capitol Hill"
    r"|[Tt]he (?:[\w'’-]+ ){0,3}?(?:bill|legislation)"
    r"|[0-9]{2,3}\s*[-–]\s*[0-9]{1,3} vote|[0-9]{2,3} votes (?:in favou?r|to [0-9]{1,3}))\b"
)
# A subject that is a group of givers not in the lexicon ("Ukraine's allies pledged ..."): the
# country named before it (a dateline, "BRUSSELS (AP) —") is not the giver; the one after is.
GENERIC_GIVERS = ascii_regex(_I + r"\b(?:allies|partners|donors|backers|supporters|coalition|member states)\b")

MIN_AMOUNT = 1_000
# How many parts a list of parts may name after its first one
MAX_LISTED_PARTS = 4


def carry_down_list(frame: pl.DataFrame, flag: str, link: pl.Expr) -> pl.DataFrame:
    """`frame` with its boolean column `flag` set also on each row that `link` ties to the row before it, when that
    row has it: a flag passed down a list of amounts, up to MAX_LISTED_PARTS items past the first."""
    for _ in range(MAX_LISTED_PARTS):
        frame = frame.with_columns((pl.col(flag) | (link & pl.col(flag).shift(1).fill_null(False))).alias(flag))
    return frame
# Currencies an aid figure to Ukraine is never given in.
NOT_AID_CURRENCIES = ("RUB", "BYN")

_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th)"
    # "our thirteenth drawdown", "the fifty-fifth drawdown"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth"
    r"|fiftieth|sixtieth|(?:twenty|thirty|forty|fifty|sixty)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth)"
    r"|largest|biggest|highest|smallest|latest|most\s+\w+)"
)
# "Sweden's tenth since the invasion", "the largest since the start of the
# war": a "since" that ranks the package, not a running total.
# "its largest so far", "the biggest to date" rank the package the same way.
# (an abbreviation's dot is no sentence end: "our 31st drawdown of U.S. arms for Ukraine since August 2021")
RANKING_SINCE = ascii_regex(
    _I + rf"\b{_ORDINAL}\b(?:[^.;]|(?-i:[A-Z])\.){{0,60}}?\b(?:since|so far|to date|thus far|yet|ever)\b"
    # ... a ranked drawdown or package further from its "since": "our eleventh drawdown of weapons and materiel from
    # Pentagon stocks for Kyiv's defense since last August"
    rf"|\b{_ORDINAL}\s+(?:[\w-]+\s+){{0,2}}?(?:drawdowns?|packages?|tranches?)\b(?:[^.;]|(?-i:[A-Z])\.){{0,110}}?"
    r"\b(?:since|so far|to date|thus far|yet|ever)\b"
)
# A donor ranked since a date is ranked by its running total ("the largest donor of budget support
# since 2022, with more than EUR 31 billion"): that "since" stays.
DONOR_RANKING = ascii_regex(
    _I + rf"\b{_ORDINAL}\s+(?:[\w-]+\s+)?(?:donors?|contributors?|supporters?|backers?|providers?|lenders?|sponsors?)\b"
)
# ... and so is a total after a ranked package ("the 37th package approved for Kyiv since the invasion, for a
# combined total of over $35 billion"): the total of all of them since then
RANKED_TOTAL = ascii_regex(
    _I + rf"\b{_ORDINAL}\b(?:[^.;]|(?-i:[A-Z])\.){{0,60}}?\bsince\b[^.;]{{0,80}}?"
    r"(?:\bfor a (?:combined |grand )?total of|\bin total\b|\bbringing (?:the|its|their) total\b)"
)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?"
    r"|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
CUMULATIVE = ascii_regex(
    _I + r"\b(?:so far|to date|to-date|thus far|already|(?:stand|stands|stood) at"
    r"|total (?:\w+ )?(?:commitments?|aid|assistance|support|contributions?|pledges?|allocations?)"
    # "as part of its ongoing support of over EUR 37 billion", "Germany's overall aid of EUR 28 billion"
    r"|(?:ongoing|overall|continued|continuing) (?:\w+ )?(?:support|aid|assistance|contributions?|commitments?)"
    r" (?:of|worth|totall?ing|amounting to)"
    r"|(?:brings?|brought|raises?|raised|takes?|took|lifts?|lifted) (?:the|its|their|his|her) total"
    r"|(?:bring|rais|tak|lift|push)\w* (?:[A-Za-z'’-]+ ){0,3}?(?:total|tally|overall)"
    # "..., putting the total money spent on Ukraine at $8 billion"
    r"|(?:put|puts|putting) (?:the|its|their) (?:[A-Za-z'’-]+ ){0,2}?(?:total|tally)\b"
    r"|cumulative\w*|since (?:the )?(?:start|beginning|outbreak|onset)"
    # what a programme or a fund has gathered: "the program has seen an accumulation of NOK 35 billion", "has accumulated"
    r"|accumulat(?:ed|ion|ing)"
    # "since the first day of the full-scale invasion", "since the very first days of the war", "since day one"
    r"|since (?:the )?(?:very )?first (?:days?|weeks?|months?|hours?) of|since day one"
    # since an event: "since Russia invaded", "since the full-scale invasion", "since the war began"
    r"|since (?:[A-Za-z0-9_'’-]+ ){0,4}?(?:invasion|invaded|invading|aggression|attacked|war|conflict|hostilities)"
    # since a date: "since 2022", "since February 2022", "since 24 February 2022", "since Feb. 24, 2022"
    r"|since (?:(?:early|late|mid)[ -])?(?:[0-9]{1,2} )?" + _MONTH + r"(?: [0-9]{1,2})?,?(?: (?:19|20)\d\d)?"
    r"|since (?:19|20)\d\d|since \w+'s inauguration"
    # a total taken on a day: "As of Dec. 14, the World Bank has facilitated more than $39 billion", "as of today"
    r"|as (?:of|at) (?:today|now|this (?:week|month)|(?:the end of )?(?:(?:early|late|mid)[ -])?(?:[0-9]{1,2} )?"
    + _MONTH + r"(?: [0-9]{1,2})?|(?:19|20)\d\d)"
    # since a programme began: "since its entry into force", "since it was launched"
    r"|since (?:its |it |the \w+ )?(?:entry into force|entered into force|came into force|launch|creation|inception"
    r"|(?:was )?(?:launched|created|established|set up))"
    # "over the past three years", "in the last two years"
    r"|(?:over|in|during|throughout) the (?:past|last|previous) (?:[a-z0-9-]+ ){0,2}?(?:years|winters)"
    r"|between \w+ (?:19|20)\d\d and"
    # earlier gifts summed up: "complements earlier British donations totalling EUR 40 million", "previous
    # contributions worth $80 million"
    r"|(?:earlier|previous|prior|past)\s+(?:[\w'’-]+\s+){0,2}?(?:donations|contributions|pledges|packages|commitments"
    r"|allocations|grants)\s+(?:totall?ing|worth|amounting to|of)"
    # a part of what was gathered so far: "$18.5 billion of the total funds mobilised had been disbursed"
    r"|of the total (?:\w+ )?(?:funds|funding|aid|assistance|support|financing|money|pledges|commitments)"
    r" (?:mobili[sz]ed|provided|pledged|committed|raised|collected|received|given)"
    # a mechanism used many times: "has used its drawdown authority 37 times to provide"
    r"|\b(?:used|tapped|drawn on|invoked)\b[^.;]{0,40}?\b(?:[0-9]+|[a-z]+(?:-[a-z]+)?) times)\b"
)
PERIOD = ascii_regex(
    _I + r"\b(?:this year|next year|last year|per year|each year|every year|a year|annual\w*|yearly"
    r"|per month|a month|each month|every month|monthly|over (?:the )?(?:next |coming )?(?:\w+ )?years"
    # a rate written as one hyphenated word: "the UK's existing GBP 3 billion-a-year support", "a $1bn-per-month"
    r"|(?:a|per)-(?:year|month)"
    # the year said as the current one: "In the current year, budget support from the USA amounts to $7.8 billion"
    r"|(?:in|for|during|throughout|over) the current year"
    # "for the next four years", "in the next financial year"
    r"|(?:for|in|during|within) the (?:next|coming|following) (?:\w+ )?years"
    r"|(?:next|this|the coming|the next|the upcoming|upcoming|current) (?:financial|fiscal|budget) year"
    # ... and a past one said whole: "during the last fiscal year, the Department provided $6.3 billion", "in fiscal
    # year 2022", "in fiscal 2023", "in FY22", "in FY 2024"
    r"|(?:last|past|previous|prior) (?:financial|fiscal|budget) year|fiscal (?:year )?(?:19|20)\d\d"
    r"|(?-i:FY)\s?(?:(?:19|20)\d\d|\d\d)"
    r"|(?:19|20)\d\d\s*(?:to|-|–|through|and)\s*(?:19|20)\d\d|for (?:19|20)\d\d|(?:19|20)\d\d budget"
    # ... also said with its noun: "had promised up to EUR 3 billion in military aid for the year 2024"
    r"|for the (?:calendar |fiscal |budget |financial )?year (?:19|20)\d\d"
    # a financial year written short: "in 2025-26", "until 2030/31"
    r"|(?:19|20)\d\d\s*[-–/]\s*\d\d"
    # spread over a decade: "over a decade", "over the next decade", "for the coming decade"
    r"|(?:over|across|during|within)\s+(?:the\s+)?(?:next\s+|coming\s+)?(?:a\s+|one\s+|two\s+)?decades?"
    r"|for\s+the\s+(?:next|coming)\s+(?:two\s+)?decades?"
    # spread up to a year: "through 2036", "until the end of 2027" (a delivery deadline, "by 2026", is not)
    r"|(?:through|until|till|up to) (?:the end of )?(?:19|20)\d\d"
    # ... also said as the end of a year the money runs to: "will provide EUR 1 billion by the end of this year", "will
    # receive an additional EUR 430 million by the end of 2024" (a year's budget; a bare "by 2026" stays a deadline)
    r"|by (?:the )?end(?:[- ]of)?[- ](?:(?:this|the|next|the current) year|(?:19|20)\d\d)"
    # a programme's whole run: "for the duration of the program", "over the programme's lifetime"; "for both years"
    r"|(?:for|over|during) the (?:whole |entire |full )?(?:duration|lifetime|life|length|term) of the (?:[\w-]+\s+)?"
    r"(?:programmes?|programs?|fund|facility|initiative|scheme|framework)"
    r"|for (?:both|the two|these two|those two) years"
    r"|(?:multi|two|three|four|five|six|seven|eight|nine|ten|\d+)-year"
    # a programme's length in months: "a 48-month programme", "the 48-month EFF arrangement"
    r"|(?:[0-9]+|twelve|eighteen|twenty-four|thirty-six|forty-eight)-month\s+(?:[\w-]+\s+){0,2}?(?:programmes?"
    r"|programs?|arrangements?|facility|EFF|loans?))\b"
)
ALREADY = ascii_regex(_I + r"\balready\b")
# "already" with a verb of decision and the day in the same clause before the amount: "had already approved on Friday"
ALREADY_WITH_ITS_DAY = ascii_regex(
    _I + r"\balready\s+(?:approved|agreed|signed|pledged|announced|allocated|decided|adopted|committed|transferred"
    r"|disbursed|sent|paid)\b[^.;,]{0,60}?\b(?:today|yesterday|on\s+[A-Z0-9])"
)
# A contrast that opens a clause of its own after the amount: ", but only 1 billion has been disbursed so far"
CONTRAST_AFTER = ascii_regex(_I + r"(?s)^[^;]*?,\s+but\s+(?:only|just|so far only|to date only|as yet only)\b.*$")
# ... and so does a participle clause that comments on the amount: in "Seoul committed $2.2 billion to Kyiv on Friday,
# roughly tripling what it had pledged since the war began" the "since" is the comparison's, and the pledge an event
TRAILING_PARTICIPLE_AFTER = ascii_regex(
    _I + r"(?s)^[^;]*?,\s+(?:(?:roughly|nearly|almost|more than|effectively|thus|so|in effect|once again|again)\s+)?"
    r"(?:doubl|tripl|quadrupl|multiply|rais|lift|boost|increas|mak|mark|reflect|show|highlight|underscor|follow"
    r"|surpass|exceed|outpac|match|dwarf|reinforc|cement|strengthen|consolidat|confirm|underlin|surpris|bring)ing\b.*$"
)
LATER_CLAUSE = ascii_regex(
    _I + r"(?s)(?:;|,\s+(?:as|while|whereas|when|which|after|before|because|since|but|and)\b).*$"
)
# "The United States has provided $44 billion": a running total, unless a
# period cue says it is this year's ("has provided £2.3 bn ... this year").
# Pledges and announcements in the perfect ("has pledged") are new events.
PERFECT_TOTAL = ascii_regex(
    # "the EU and its member states have mobilised over EUR 4 billion in humanitarian aid" sums up what they gave
    _I + r"\b(?:has|have|had)(?: \w+)? (?:provided|given|sent|spent|contributed|delivered|donated|transferred"
    r"|mobili[sz]ed"
    # what was bought with it so far: "the programme has enabled (financed, funded, paid for) weapons purchases worth
    # EUR 500 million" (a perfect of spending, as "has spent")
    r"|enabled|financed|funded|paid for)\b"
)
# ... unless the perfect's own clause names the day of the transfer (FACTS.md 5: a perfect with its day is that
# day's event): "the EU has transferred $1.7bn to Ukraine on Friday". A day in a speech tag ("..., the Pentagon
# said on Friday") or before the verb ("said on Friday it had contributed") dates the statement, not the money.
PERFECT_TOTAL_TAIL = ascii_regex(
    _I + r"\b(?:has|have|had)(?: \w+)? (?:provided|given|sent|spent|contributed|delivered|donated|transferred|mobili[sz]ed"
    r"|enabled|financed|funded|paid for)\b"
    r"([^;]*)$"
)
# ... nor one contribution said with the fund or project it went to: "Japan has sent $380 million to the Recovery Trust
# Fund", "has sent around $450 million to Kyiv as part of the Bank's welfare projects" (a total says so: "since 2022", "so far"; a past perfect in reported speech, "the bank said Belgium
# had provided 12 million euros for a multi-donor trust fund", stays a running total: labelled both ways)
ONE_CONTRIBUTION_AFTER = ascii_regex(
    _I + r"^\)?\s*(?:\([^)]{0,40}\)\s*)?(?:to\s+(?:Ukraine|Kyiv|Kiev)\s+)?(?:(?:to|for|into)\s+(?:the|a|an)\s+"
    r"(?:[\w'’,-]+\s+){0,6}?(?:trust\s+)?fund\b|as\s+part\s+of\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,6}?projects?\b)"
)
PRESENT_PERFECT_GIVING = ascii_regex(
    _I + r"\b(?:has|have)(?: \w+)? (?:provided|given|sent|spent|contributed|delivered|donated|transferred)\b"
)
SPEECH_TAG_AFTER = ascii_regex(
    _I + r"(?s)(?:,|\s(?:the|a|an)\s)[^,;]{0,60}?\b(?:said|says|announced|announces|told|reported|wrote|stated|added"
    r"|confirmed)\b.*$"
)
OWN_DAY = ascii_regex(
    _I + r"\b(?:today|yesterday|this morning|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|on " + r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? [0-9]{1,2}|on [0-9]{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep"
    r"|Oct|Nov|Dec)[a-z]*)\b"
)
# ... nor a month of this year, which dates the amount: "pledged by the prime minister in July, this year"
NOT_PERIOD = ascii_regex(
    # ("a year into the invasion", "a year after", "a year on" measure the war's age, no rate)
    # ("earlier this year", "earlier in the year" date a past decision: no year's budget)
    _I + r"\b(?:(?:a|last) year ago|(?:a|one|two|three|four) years?\s+(?:into|after|since|on from|on)\b"
    r"|earlier (?:this|in the) year|(?:in|on|since|by)\s+(?:early\s+|late\s+|mid-)?(?:Jan(?:uary)?|Feb(?:ruary)?"
    r"|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
    r"(?:\s+[0-9]{1,2})?,?\s+(?:of\s+)?this year"
    # ... and a month or a point of last year dates a past decision or payment, no year's budget: "In November last year,
    # the leaders announced ...", "at the end of last year, Canada paid ..." (FACTS.md 6)
    r"|(?:in|on|since|by)\s+(?:early\s+|late\s+|mid-)?(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?:\s+[0-9]{1,2})?,?\s+(?:of\s+)?last year"
    r"|(?:at|as early as|as late as|towards?|in|since)\s+the\s+(?:very\s+)?(?:end|start|beginning|middle|close)\s+of\s+"
    r"last year"
    # ... and a year's pot the amount is drawn from is that pot's year: "GBP 300m from this year's pot of GBP 4bn" (the year names the pot, not the amount)
    r"|(?:from|out of|under|within)\s+(?:this|last|next)\s+year['’]s"
    # ... and "within a month of the invasion", "a month after": the war's or a deal's age, no rate
    r"|(?:within|in|after|under|less than)\s+a\s+(?:month|year)\s+(?:of|after|since|from)"
    # an annual event is no yearly budget: "at a two-day annual conference in London"
    r"|annual\s+(?:[\w-]+\s+)?(?:conferences?|meetings?|summits?|forums?|reports?|sessions?|gatherings?|events?"
    r"|congress|conventions?|assembly|festivals?|awards?|address|speech)"
    # a dateline's year and clock time is no financial year: "- 03 February, 2026\n- 09:54"
    r"|(?:19|20)[0-9][0-9]\s*[-–/]\s*[0-9][0-9][:.][0-9][0-9]"
    # ... nor is a date written the ISO way: "2026-02-11 03:15:24", "date 2023-01-06"
    r"|(?:19|20)[0-9][0-9]-[0-9][0-9]-[0-9][0-9])\b"
)
# "Altogether, the allies have pledged ...", "has given €3bn in total": a total
# in the perfect is a running total; "the package is worth €1bn in all" is not.
# ... "Overall, the EU has allocated EUR 70 billion" (not "the overall package")
TOTAL_WORDS = ascii_regex(_I + r"\b(?:altogether|in total|in all|all told|overall,|in sum)")
PERFECT = ascii_regex(_I + r"\b(?:has|have|had)(?: \w+)? (?:\w+ed|given|sent|spent|lent|paid|made available)\b")
# "has transferred the first €1.5bn", "has allocated an additional NOK 7bn":
# a new amount, not a running total, even in the perfect.
# One package or tranche named as the object of a perfect is that package, not a running total: "The EU has given
# Ukraine a EUR 1.5 billion tranche under the Ukraine Facility" (FACTS.md 6)
ONE_PACKAGE_BEFORE = ascii_regex(_I + r"\b(?:a|an)\s+$")
ONE_PACKAGE_AFTER = ascii_regex(
    _I + r"^\s*(?:[\w-]+\s+){0,2}?(?:tranche|package|disbursement|instalment|installment|payment|grant)\b"
)
# ... also named before its amount: "the White House has approved a drawdown of up to $325 million",
# "the EU has disbursed a tranche of EUR 600 million", "Japan has provided a grant worth $100 million"
ONE_PACKAGE_LEAD_BEFORE = ascii_regex(
    _I + r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:tranche|package|disbursement|instalment|installment|payment|grant"
    r"|drawdown)\s+(?:of|worth|valued at|totall?ing|amounting to|in the amount of)\s+" + OPTIONAL_HEDGE + "$"
    # ... also a ranked one, with what it is of or for between it and its value: "Sweden has sent the 14th package
    # of defence aid to Ukraine worth 160 million euros", "has approved its 19th defence package, worth EUR 86 million"
    + r"|\b(?:the|its|their)\s+(?:[0-9]+(?:st|nd|rd|th)|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
    r"|twentieth|(?:twenty|thirty)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:tranche|package|disbursement|instalment|installment|drawdown)\b"
    r"(?:\s+(?:of|for|to)\s+[^.;,0-9]{0,50}?)?,?\s+(?:worth|valued at|totall?ing|amounting to|in the amount of)\s+"
    + OPTIONAL_HEDGE + "$"
)
NEW_AMOUNT = ascii_regex(
    _I + r"\b(?:the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|next"
    r"|new|final|last|initial)|an? (?:new|further|fresh"
    r"|first|second|third|additional|extra)|another|additional|further|fresh)\s+(?:[a-z-]+\s+){0,2}?"
    # (also between commas: "the first tranche, amounting to EUR 500 million, is already on the account")
    r"(?:(?:tranche|instalment|installment|batch|round|package|payment),? (?:of|worth|amounting to|totall?ing)\s+)?$"
    # ... also with its kind of money before the amount: "has paid the second tranche of loan support in the
    # amount of EUR 1.6 billion"
    r"|\b(?:the|a|an) (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|next"
    r"|new|final|last|initial|further|additional) (?:tranche|instalment|installment|payment|disbursement|batch)"
    r" of (?:[\w'’-]+\s+){1,4}?(?:in the amount of|worth|amounting to|totall?ing|of)\s+" + OPTIONAL_HEDGE + "$"
)
# Two or three tranches sent at once are one transfer, not a running total, even in the perfect: "the EU has
# transferred two tranches totalling EUR 3 billion to Ukraine"
FEW_TRANCHES_BEFORE = ascii_regex(
    _I + r"\b(?:two|three|both)\s+(?:new\s+|more\s+|further\s+|additional\s+)?(?:tranches|instalments|installments"
    r"|payments|disbursements)\s+(?:totall?ing|worth|amounting to|with a (?:combined )?total of|for a total of|of)\s+"
    + OPTIONAL_HEDGE
    + "$"
)
# Everything up to the last clause boundary before an amount belongs to the
# amounts before it: in "has provided $66bn since 2022, and on Monday announced
# another $988m" the "since 2022" is not the second amount's.
EARLIER_CLAUSE = ascii_regex(
    _I + r"(?s)^.*(?:;|, and|, but|,? while|,? whereas|, with|\bas (?:a )?part of"
    # "..., the ministry said, as Berlin pledged EUR 500 million more": "as" and a new subject
    r"|, as (?-i:[A-Z])\w*|, as (?:the|it|they|he|she|we|its|their))\s"
)
# Words that open the part of a clause about the next amount: in "will allocate
# NOK 7bn, bringing this year's support to NOK 35bn" the year is the second's.
NEXT_AMOUNT_LEAD = ascii_regex(
    _I + r"(?s)\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|took|lifting|lifts|lifted|pushing"
    r"|pushes|pushed|putting|on top of|in addition to|adding to|up from|down from"
    # "... approved $1.49 billion, expanding the bank's total support to $4 billion": the total is the next amount's
    r"|expanding|expands|expanded|increasing|increases|boosting|boosts|boosted"
    # "The sixth tranche worth EUR 500 million will now bring the total ... to EUR 3.1 billion"
    r"|(?:will|would|to|should)\s+(?:now\s+|also\s+)?(?:bring|raise|take|lift|push))\b.*$"
)
# "in 2024", "for 2025": a calendar year's budget when the year is not over
# at publication ("the fund, set up in 2022," is no period)
CALENDAR_YEAR = ascii_regex(_I + r"\b(?:in|for|during|throughout|over) ((?:19|20)\d\d)\b")
AT_LEAST = ascii_regex(
    _I + r"\b(?:more than|over|at least|in excess of|upwards of|above|exceeding|no less than|(?:a )?minimum of"
    r"|at minimum)\s*$"
)
APPROX = ascii_regex(
    _I + r"\b(?:about|around|roughly|some|nearly|almost|approximately|approx\.|close to|an estimated|circa"
    r"|an? (?:roughly|approximately))\s*$"
)
AT_MOST = ascii_regex(_I + r"\b(?:up to|as much as|a maximum of|no more than|at most|not more than|a ceiling of)\s*$")
AID_TYPES = (
    ("ammunition", _I + r"\b(?:ammunition|shells|munitions|artillery rounds|rounds)\b"),
    ("military", _I + r"\b(?:military|weapons|arms|air[- ]defen[cs]e|security assistance|drawdowns?|tanks|armou?red"
     r"|defen[cs]e equipment|missiles|howitzers|artillery)\b"),
    ("humanitarian", _I + r"\b(?:humanitarian|relief|civilian|demining|energy|power|shelter|food|medical)\b"),
    ("financial", _I + r"\b(?:financial|budget support|macro-financial|loans?|grants?|financing|budget)\b"),
)
AID_TYPES = tuple((name, ascii_regex(pattern)) for name, pattern in AID_TYPES)
_ALLIES = r"(?:European|NATO|other|its|their) (?:allies|countries|partners)"
# "earmarked for European allies": money for third countries that backfill donations
ALLIES_FIRST = ascii_regex(_I + rf"^(.*?)\bfor {_ALLIES}\b")
UKRAINE_AND_ALLIES = ascii_regex(_I + rf"\bfor Ukraine and (?:for )?{_ALLIES}\b")
MAY_NAME_A_DAY = ascii_regex(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday"
    r"|overnight|night|today|tonight|this morning|last month|last year)"
)
# "a $50 billion package agreed by the Group of Seven": the agent of a passive
# right after the amount gives it, whoever is named before ("Britain's share of").
PASSIVE_AGENT_GAP = ascii_regex(
    _I + r"^[^.;:()0-9]{0,50}?\b(?:\w+ed|given|lent|sent|put up|made available|paid|set up) by (?:the )?$"
)
# More than any donor has given Ukraine in all: a fund's, a market's or an economy's size.
MAX_AID_USD = 1e12
DONOR_CURRENCIES = {"Norway": "NOK", "Sweden": "SEK", "Denmark": "DKK", "Iceland": "ISK", "Czech Republic": "CZK"}
# A bare "$" given by these donors is their own dollar when the article marks no dollar anywhere
# (Canadian and Australian outlets and government releases: "Canada announces $1.5 million ...").
DOLLAR_DONORS = {"Canada": "CAD", "Australia": "AUD", "New Zealand": "NZD"}
DOLLAR_MARKERS = ascii_regex(
    r"US\$|U\.S\.\$|C\$|CA\$|CAN\$|A\$|AU\$|NZ\$|\b(?:USD|CAD|AUD|NZD)\b"
    r"|(?i:\b(?:Canadian|Australian|New Zealand|U\.?S\.?|American|US) dollars?\b)"
    r"|\$[0-9][0-9.,]*(?:\s*[A-Za-z]+)?\s+(?i:Canadian|Australian|U\.S\.|US)\b"
)


US_AFTER = ascii_regex(r"^\s+(?:US|U\.S\.)(?:\s|$|[,.;)])")
US_BEFORE = ascii_regex(r"\b(?:USD|US|U\.S\.)\s*$")
# ... and so is the bare word: "Canada announced it is sending 100 million dollars in humanitarian aid" (not "US
# dollars", "U.S. dollars", which name their dollar)
BARE_DOLLARS_WORD = ascii_regex(r"(?i)^[^A-Za-z]*(?:(?:thousand|million|billion|mln|bln|bn|m)\s+)?dollars?$")


def load_donors() -> pl.DataFrame:
    """`lexicon/donors.csv`: surface, donor (null for neutral phrases), gives_aid."""
    with open(LEXICON_DIR / "donors.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    return pl.DataFrame(
        {
            "surface": [r["surface"] for r in rows],
            "donor": [r["donor"] or None for r in rows],
            "gives_aid": [r["gives_aid"].strip().lower() == "true" for r in rows],
        }
    ).unique("surface", keep="first", maintain_order=True)


DONORS = load_donors()


def _whole_word(surface: str) -> str:
    # \b only where the surface starts/ends with a word character: "U.S." ends
    # with a dot, after which a space is no word boundary
    start = r"\b" if re.match(r"\w", surface) else ""
    end = r"\b" if re.search(r"\w$", surface) else ""
    return start + re.escape(surface) + end


# Longest first so "Russia's full-scale invasion" is read before "Russia".
DONOR_PATTERN = ascii_regex(
    "|".join(_whole_word(surface) for surface in sorted(DONORS["surface"].to_list(), key=len, reverse=True))
)


# A giver followed by its verb is the subject of a clause of its own: "..., and Denmark gave $100 million"
SUBJECT_VERB_AFTER = ascii_regex(
    _I + r"^\s*(?:(?:also|has|have|had|will|would|then|later|in turn|itself|separately)\s+)*(?:gave|gives|give"
    r"|pledged|pledges|pledge|provided|provides|provide|sent|sends|send|contributed|contributes|contribute|committed"
    r"|commits|announced|announces|donated|donates|allocated|allocates|added|adds|offered|offers|promised|promises"
    r"|transferred|transfers|approved|approves|granted|grants|lent|lends)\b"
)


# A country named as the home of an organisation that receives or delivers part of the money is no giver: "$3.5 million
# will go to the services provided by the UK's International Medical Corps", "$2 million for the Canadian organisation
# Save the Children", "through the Norwegian Refugee Council" (the article's giver carries)
ORGANISATION_AFTER = ascii_regex(
    r"^(?:['’]s)?\s+(?:[A-Z][\w.'’-]*\s+){0,4}?(?:Corps|Trust|Foundation|Red Cross|Red Crescent|Society|Council"
    r"|Committee|Charity|(?i:charity|charities|NGOs?|non-governmental organi[sz]ations?|organi[sz]ations?|aid agency"
    r"|relief agency|humanitarian agency))\b"
)
ORGANISATION_LEAD = ascii_regex(
    _I + r"\b(?:to|for|by|through|via|with|towards?|among|between)\s+(?:the\s+|an?\s+)?$"
)


# A sentence's opening adverbial of place or occasion, up to its first comma, names where the giver spoke, not a
# giver (FACTS.md 6): "At a gathering of NATO foreign ministers in Vilnius, the minister announced $25 million",
# "Speaking at the NATO meeting in Brussels yesterday (3 December), the Foreign Secretary pledged GBP 10 million"
OPENING_PLACE_OPENS = ascii_regex(
    r"^\W*(?:At|Speaking (?:at|in|on|during)|During|On the (?:sidelines|margins) of|(?:While|When) (?:at|in|visiting)"
    r"|Addressing)\b"
)
OPENING_PLACE_BEFORE = ascii_regex(
    r"^\W*(?:At|Speaking (?:at|in|on|during)|During|On the (?:sidelines|margins) of|(?:While|When) (?:at|in|visiting)"
    r"|Addressing)\b[^,;.]*$"
)
# The country a package is bought from sells it: "a package of military capabilities sourced from the United States",
# "money to buy from the US an initial batch of shells"
SOURCED_FROM_LEAD = ascii_regex(
    _I + r"\b(?:sourced|bought|purchased|procured|acquired|imported|ordered|buy|buys|buying|purchase|purchases"
    r"|purchasing|procure|procuring|acquire|acquiring|import|importing)\s+(?:[\w'’-]+\s+){0,4}?from\s+(?:the\s+)?$"
)


# A group named as what the giver belongs to describes the giver, it gives nothing itself: "Italy, a member of the
# G7, announced ...", "the Netherlands became the first NATO ally to pledge ...", "As an EU member,
# Austria gave ..." (plural "NATO allies pledged" is a subject of its own)
MEMBER_OF_LEAD = ascii_regex(
    _I + r",\s*(?:a|an|one|the|itself a)\s+(?:[\w-]+\s+){0,2}?(?:member|members|ally|allies|partner|partners"
    r"|member states?)\s+of\s+(?:the\s+)?$"
)
ONE_MEMBER_LEAD = ascii_regex(
    _I + r"\b(?:a|an|the|first|fellow|another|second|only|sole|largest|biggest)\s+(?:(?:first|fellow|other|only)\s+)?$"
)
ONE_MEMBER_AFTER = ascii_regex(_I + r"^\s+(?:ally|member|member state|member country|partner country)\b")


SOURCED_FROM_CHARS = 80


def _donor_hits(sentences: pl.DataFrame) -> pl.DataFrame:
    """Every donor-lexicon hit in the sentences with its character span and lexicon entry."""
    group = ["article_id", "sentence_idx"]
    gap_before = pl.col("gap_before").fill_null("")
    # the organiser of a fund or coalition named before the amount ("for the demining coalition that Lithuania and
    # Iceland lead"), with the rest of its list, is no giver (FACTS.md 6), as after it
    organiser = gap_before.str.contains(ORGANISER_LEAD)
    hits = split_on_matches(sentences, DONOR_PATTERN, group).with_columns(organiser.alias("_organiser"))
    hits = carry_down_list(hits, "_organiser", same_group_as_previous(group) & gap_before.str.contains(DONOR_LIST_GAP))
    # (the sentence's opening adverbial is read only where the sentence opens on one)
    opening = sentences.filter(pl.col("sentence").str.contains(OPENING_PLACE_OPENS)).select(*group, "sentence")
    # (the seller's lead is read on the sentence, not only since the previous hit: "the purchase of NATO-prioritised
    # equipment from the US")
    lead_start = (pl.col("match_start") - SOURCED_FROM_CHARS).clip(lower_bound=0)
    sourced_from = pl.col("_whole").str.slice(lead_start, pl.col("match_start") - lead_start).str.contains(SOURCED_FROM_LEAD)
    # ... and so is a country named as the adjective of an initiative that a giver named before it in the sentence joined:
    # "Latvia has supported the Czech initiative ..., pledging 10 million euros" is Latvia's
    joined_initiative = (
        (
            (pl.col("gap_after").fill_null("").str.contains(JOINED_INITIATIVE_AFTER)
             & pl.col("gap_before").fill_null("").str.contains(JOINED_INITIATIVE_LEAD))
            | pl.col("gap_before").fill_null("").str.contains(CREATOR_LEAD)
            | pl.col("gap_after").fill_null("").str.contains(MEMBER_OF_AFTER)
        )
        & (pl.int_range(pl.len()).over(group) > 0)
    )
    hits = hits.filter(~joined_initiative)
    hits = (
        hits.join(opening, on=group, how="left", maintain_order="left")
        .join(sentences.select(*group, pl.col("sentence").alias("_whole")), on=group, how="left", maintain_order="left")
        .filter(~pl.col("_organiser") & ~gap_before.str.contains(SOURCED_FROM_LEAD) & ~sourced_from.fill_null(False))
        .drop("_whole")
        .filter(
            ~pl.col("sentence").str.slice(0, pl.col("match_start")).str.contains(OPENING_PLACE_BEFORE).fill_null(False)
        )
        .drop("sentence", "_organiser")
    )
    return (
        hits
        .join(DONORS, left_on="match", right_on="surface", how="inner")
        # "a contract with an American drone maker": a seller, not a giver
        .filter(~(pl.col("gives_aid") & pl.col("gap_after").fill_null("").str.contains(SELLER_AFTER)))
        # "to buy US weapons for Ukraine", "US-made interceptors": the country of the weapons sells them
        .filter(~(
            pl.col("gives_aid")
            & (
                pl.col("gap_after").fill_null("").str.contains(MADE_IN_AFTER)
                | pl.col("gap_after").fill_null("").str.contains(ORGANISER_AFTER)
                | (pl.col("gap_before").fill_null("").str.contains(PURCHASE_LEAD)
                   & pl.col("gap_after").fill_null("").str.contains(WEAPONS_AFTER))
            )
        ))
        .filter(~(
            (pl.col("donor") == "Ukraine") & pl.col("gap_before").fill_null("").str.contains(RECEIVER_OBJECT_LEAD)
        ))
        .filter(~(
            pl.col("gap_before").fill_null("").str.contains(MEMBER_OF_LEAD)
            | (pl.col("gap_before").fill_null("").str.contains(ONE_MEMBER_LEAD)
               & pl.col("gap_after").fill_null("").str.contains(ONE_MEMBER_AFTER))
        ))
        .filter(~(
            pl.col("gap_after").fill_null("").str.contains(ORGANISATION_AFTER)
            & pl.col("gap_before").fill_null("").str.contains(ORGANISATION_LEAD)
        ))
        # a giver that is elsewhere a recipient (Taiwan) is one here when named after "for", "to", "of": "the
        # package, which also includes aid for Israel and Taiwan"
        .filter(~(
            pl.col("donor").str.contains(OTHER_RECIPIENTS)
            & pl.col("gap_before").fill_null("").str.contains(RECIPIENT_POSITION)
        ))
        .select(*group, pl.col("match_start").alias("hit_start"), pl.col("match_end").alias("hit_end"),
                "donor", "gives_aid",
                pl.col("gap_after").fill_null("").str.contains(SUBJECT_VERB_AFTER).alias("_verb_after"))
    )


def _with_donor_lists(hits: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """`hits` plus `list_donor`: for a giver in a list of givers ("Denmark, Norway and Sweden"),
    all of them in text order joined by ", "; else its own donor."""
    group = ["article_id", "sentence_idx"]
    hits = hits.sort(*group, "hit_start")
    previous_end = pl.when(same_group_as_previous(group)).then(pl.col("hit_end").shift(1))
    # a place before the comma is where, not who: "At the summit in Washington, Britain pledged ..."
    previous_start = pl.col("hit_start").shift(1)
    lead_start = (previous_start - PLACE_LEAD_CHARS).clip(lower_bound=0)
    previous_is_place = pl.col("sentence").str.slice(lead_start, previous_start - lead_start).str.contains(PLACE_LEAD)
    joined = (
        same_group_as_previous(group)
        & pl.col("gives_aid") & pl.col("gives_aid").shift(1).fill_null(False)
        & pl.col("sentence").str.slice(previous_end, pl.col("hit_start") - previous_end).str.contains(DONOR_LIST_GAP)
        & ~previous_is_place.fill_null(False)
    )
    # "Together with Denmark, the Netherlands contributed ...": the subject after the comma leads the list
    own_lead_start = (pl.col("hit_start") - PLACE_LEAD_CHARS).clip(lower_bound=0)
    with_lead = pl.col("sentence").str.slice(own_lead_start, pl.col("hit_start") - own_lead_start) \
        .str.contains(TOGETHER_WITH_LEAD)
    hits = (
        hits.join(sentences.select(*group, "sentence"), on=group, how="left", maintain_order="left")
        .with_columns(joined.fill_null(False).alias("_joined"), with_lead.fill_null(False).alias("_with_lead"))
        .with_columns((~pl.col("_joined")).cum_sum().alias("_list"))
    )
    lists = hits.group_by("_list").agg(
        pl.col("donor").unique(maintain_order=True).alias("_donors"),
        pl.col("_with_lead").first().alias("_list_with_lead"),
        pl.col("_verb_after").last().alias("_list_verb_after"),
    ).with_columns(
        pl.when(pl.col("_list_with_lead") & (pl.col("_donors").list.len() > 1))
        .then(pl.concat_list(pl.col("_donors").list.slice(1), pl.col("_donors").list.slice(0, 1)))
        .otherwise(pl.col("_donors")).list.join(", ").alias("list_donor")
    ).drop("_donors", "_list_with_lead")
    return hits.join(lists, on="_list", how="left", maintain_order="left").drop("sentence", "_joined", "_list")


def _nearest_donors(mentions: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """Per mention: the nearest donor hit before it (and whether it gives aid), the first giver after
    it, and the giver named as agent of a passive right after it (`donor_agent`)."""
    group = ["article_id", "sentence_idx"]
    key = [*group, "mention_idx"]
    hits = _donor_hits(sentences)
    spans = mentions.select(*key, "mention_start", "mention_end")
    # a hit inside a money mention ("US" of "US$24.5 million") is no actor
    inside = (
        hits.join(spans, on=group)
        .filter((pl.col("hit_start") >= pl.col("mention_start")) & (pl.col("hit_start") < pl.col("mention_end")))
        .select(*group, "hit_start")
        .unique()
    )
    hits = hits.join(inside, on=[*group, "hit_start"], how="anti").filter(pl.col("donor").is_not_null())
    hits = _with_donor_lists(hits, sentences)
    pairs = spans.join(hits, on=group)
    # a place named before the amount ("said in Brussels that his country will give", "at the NATO meeting") is where,
    # not who, when a giver is named before it: "Estonian Defence Minister X, at the NATO meeting in Brussels, said his
    # country will contribute $12 million" is Estonia's (a place alone stays the giver: "In Berlin, ... EUR 1 billion")
    place_lead_start = (pl.col("hit_start") - PLACE_LEAD_CHARS).clip(lower_bound=0)
    with_sentence = sentences.select(*group, "sentence").join(hits.select(group).unique(), on=group, how="semi")
    hits_before = (
        pairs.filter(pl.col("hit_end") <= pl.col("mention_start"))
        .join(with_sentence, on=group, how="left")
        .with_columns(
            pl.col("sentence").str.slice(place_lead_start, pl.col("hit_start") - place_lead_start)
            .str.contains(PLACE_LEAD).fill_null(False).alias("_place")
        )
        .drop("sentence")
        .with_columns((~pl.col("_place") & pl.col("gives_aid")).any().over(key).alias("_has_giver"))
        .filter(~(pl.col("_place") & pl.col("_has_giver")))
    )
    before = (
        hits_before
        .group_by(key)
        .agg(
            pl.col("list_donor").sort_by("hit_start").last().alias("donor_before"),
            pl.col("gives_aid").sort_by("hit_start").last().alias("before_gives_aid"),
            pl.col("hit_end").sort_by("hit_start").last().alias("before_hit_end"),
            pl.col("_place").sort_by("hit_start").last().alias("before_is_place"),
        )
    )
    givers_after = pairs.filter((pl.col("hit_start") >= pl.col("mention_end")) & pl.col("gives_aid"))
    # a country right after "for" or "to" is a recipient ("$60.8 billion for Ukraine and $8.1 billion for
    # Taiwan", "$X in aid to Poland"), not the giver of an amount before it
    lead_start = (pl.col("hit_start") - RECIPIENT_LEAD_CHARS).clip(lower_bound=0)
    lead = pl.col("sentence").str.slice(lead_start, pl.col("hit_start") - lead_start)
    givers_after = (
        givers_after.join(sentences.select(*group, "sentence"), on=group, how="left", maintain_order="left")
        .filter(~(lead.str.contains(RECIPIENT_LEAD) & ~lead.str.contains(NOT_RECIPIENT_LEAD)))
        # ... nor is the country that leads or hosts a fund ("a joint drone fund for Ukraine led by the UK")
        .filter(~lead.str.contains(ORGANISER_LEAD))
        .filter(~pl.col("sentence").str.slice(pl.col("hit_end")).str.contains(LED_MECHANISM_AFTER))
        # ... nor one that guarantees or co-finances a loan ("a $350 million World Bank loan guaranteed by Canada"):
        # the lender gives it
        .filter(~lead.str.contains(GUARANTOR_LEAD))
        # ... nor the place where it was announced, ending its clause: "announced $675 million at the meeting in
        # Germany", "at a conference in Ramstein, Germany, on Thursday" (not "$400 million in US aid")
        .filter(~(lead.str.contains(PLACE_AFTER_LEAD)
                  & pl.col("sentence").str.slice(pl.col("hit_end")).str.contains(PLACE_AFTER_END)))
        # ... nor the receivers of the rest of the sum: "of that is for Ukraine and the rest will be shared among
        # Moldova, Georgia, Armenia, ..."
        .filter(~pl.col("sentence").str.slice(pl.col("mention_end"), pl.col("hit_start") - pl.col("mention_end"))
                .str.contains(REST_GOES_TO))
        .drop("sentence")
    )
    after = givers_after.group_by(key).agg(
        pl.col("donor").sort_by("hit_start").first().alias("donor_after"),
        pl.col("hit_start").sort_by("hit_start").first().alias("after_hit_start"),
    )
    # the gap between the amount and the first giver after it: "package agreed by the "
    first_giver = givers_after.sort("hit_start").unique(key, keep="first")
    agent = (
        first_giver.join(sentences.select(*group, "sentence"), on=group, how="left")
        .filter(
            pl.col("sentence")
            .str.slice(pl.col("mention_end"), pl.col("hit_start") - pl.col("mention_end"))
            .str.contains(f"{PASSIVE_AGENT_GAP}|{RELATIVE_AGENT_GAP}|{FROM_AGENT_GAP}|{WITH_LENDER_GAP}")
            | (pl.col("sentence").str.slice(pl.col("mention_end"), pl.col("hit_start") - pl.col("mention_end"))
               .str.contains(ATTRIBUTIVE_GIVER_GAP)
               & pl.col("sentence").str.slice(pl.col("hit_end")).str.contains(ATTRIBUTIVE_NOUN_AFTER))
        )
        # a list of givers is one donor: "$760 million in grants from Japan and Norway" is `Japan, Norway` (not when
        # its last giver is the subject of a verb: "$300 million from Sweden, and Denmark gave $100 million")
        .select(*key, pl.when(pl.col("_list_verb_after")).then(pl.col("donor")).otherwise(pl.col("list_donor"))
                .alias("donor_agent"))
    )
    return (
        mentions.join(before, on=key, how="left", maintain_order="left")
        .join(after, on=key, how="left", maintain_order="left")
        .join(agent, on=key, how="left", maintain_order="left")
    )


def _clauses(mentions: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """The mentions (in text order) with their sentence and the clause around each:
    `before` (since the previous amount of the sentence), `after` (up to the next one)."""
    group = ["article_id", "sentence_idx"]
    frame = mentions.join(
        sentences.select(*group, "published_date", "sentence", "sentence_start", "sentence_end"),
        on=group, how="left", maintain_order="left",
    )
    same_as_next = pl.lit(True)
    for column in group:
        same_as_next = same_as_next & (pl.col(column) == pl.col(column).shift(-1)).fill_null(False)
    previous_end = pl.when(same_group_as_previous(group)).then(pl.col("mention_end").shift(1)).otherwise(0)
    next_start = (
        pl.when(same_as_next).then(pl.col("mention_start").shift(-1)).otherwise(pl.col("sentence").str.len_chars())
    )
    return (
        frame.with_columns(previous_end.alias("_prev_end"), next_start.alias("_next_start"))
        .with_columns(
            pl.col("sentence").str.slice(pl.col("_prev_end"), pl.col("mention_start") - pl.col("_prev_end"))
            .alias("before"),
            pl.col("sentence").str.slice(pl.col("mention_end"), pl.col("_next_start") - pl.col("mention_end"))
            .alias("after"),
        )
        .with_columns(
            (pl.col("before") + " " + pl.col("mention") + " " + pl.col("after")).alias("clause"),
            # the clause without what belongs to its neighbours (scope cues): the words after
            # an earlier amount's clause boundary, and those introducing the next amount
            (
                pl.when(same_group_as_previous(group)).then(pl.col("before").str.replace(EARLIER_CLAUSE, ""))
                .otherwise(pl.col("before"))
                + " " + pl.col("mention") + " "
                + pl.when(same_as_next).then(pl.col("after").str.replace(NEXT_AMOUNT_LEAD, ""))
                .otherwise(pl.col("after"))
            ).alias("own_clause"),
            pl.when(same_group_as_previous(group)).then(pl.col("before").str.replace(EARLIER_CLAUSE, ""))
            .otherwise(pl.col("before")).alias("_own_before"),
        )
        .drop("_prev_end", "_next_start")
    )


def _first_match(patterns: tuple[tuple[str, str], ...], text: pl.Expr) -> pl.Expr:
    expr = pl.lit(None, dtype=pl.String)
    for name, pattern in reversed(patterns):
        expr = pl.when(text.str.contains(pattern)).then(pl.lit(name)).otherwise(expr)
    return expr


# The day the war began dates the war, not the money: "agreed between Ukraine and Japan after Russia launched a war on
# its neighbour on Feb. 24", "since the full-scale invasion on 24 February"
WAR_START_DAY = ascii_regex(
    _I + r"\b(?:(?:after|since|when|as|before)\s+(?:Russia|Moscow|the Kremlin|Putin|Russian (?:forces|troops))\s+"
    r"(?:\w+\s+){0,2}?(?:launched|started|began|invaded|unleashed|attacked)\b[^,;.()]{0,60}"
    # (the war named by its attacks: "relentless assaults that started on Feb. 24", "the offensive it began on 24 February")
    r"|\b(?:invasion|war|aggression|assaults|attacks|offensive|hostilities)\b[^,;.()]{0,30}?\b(?:on|since)\s+"
    r"(?:Feb(?:ruary)?\.?\s+24|24\s+Feb(?:ruary)?\.?)"
    r"(?:,?\s+2022)?)"
)


# The amount's own verb still to come, right before it or after it up to its month: "would provide $16 billion to the
# fund during November", "EUR 1.5 billion coming in April" (FACTS.md 6: a month not yet reached dates the amount by the
# publication day)
FUTURE_VERB = ascii_regex(
    _I + r"\b(?:will|would|shall|(?:is|are) (?:set |due |scheduled )?to|coming|due|to (?:come|follow|arrive))\b"
)
FUTURE_VERB_CHARS = 40


# The text after an amount where the month it names is read: the bracket that closes the amount's stated conversion
# ("1.5 billion euros (1.62 billion dollars) in urgent aid in March") and the comma that closes an apposition
# around it ("The previous tranche, amounting to EUR 4.2 billion, was released in August 2024") are no clause break,
# and a month alone in brackets right after it is its month ("$890 million (June 2023)")
APPOSITION_BEFORE = ascii_regex(
    _I + r",\s*(?:amounting to|worth|totall?ing|valued at|of|in the amount of|(?:which|that) (?:is|was) (?:worth )?)\s*"
    + OPTIONAL_HEDGE + "$"
)
DASH_APPOSITION_BEFORE = ascii_regex(r"\s[\u2013\u2014]\s*" + OPTIONAL_HEDGE + "$")
_month_after = (
    pl.when(pl.col("before").str.contains(APPOSITION_BEFORE))
    .then(pl.col("after").str.replace(r"^\s*\)?\s*,", " "))
    # ... and so is the dash closing an amount set off by dashes: "the second \u2014 EUR 2.5 billion \u2014 in November"
    .when(pl.col("before").str.contains(DASH_APPOSITION_BEFORE))
    .then(pl.col("after").str.replace(r"^\s*(?:\([^()]*\)\s*)?[\u2013\u2014]", " "))
    .otherwise(pl.col("after"))
    .str.replace(r"^\s*\)", " ")
    .str.replace(r"^\s*\(\s*((?:January|February|March|April|May|June|July|August|September|October|November|December)"
                 r"\s+(?:19|20)\d\d)\s*\)", " in $1 ")
)
# A month and year set before the decision that gives the amount, as its date: "following the G7's October 2024
# agreement to grant Kyiv a $45 billion loan", "under its June 2023 decision to lend EUR 600 million" (read as
# "in October 2024")
ATTRIBUTIVE_MONTH = ascii_regex(
    r"(?:['\u2019]s?|\b(?i:the|an?|its|their|his|her))\s+((?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\s+(?:19|20)[0-9][0-9])\s+((?:[\w-]+\s+)?(?i:agreement|decision|deal|pledge|package"
    r"|commitment|summit|loan|announcement|tranche|accord)s?)\b"
)
# ("since last month" starts a running total: it dates nothing)
LAST_MONTH = ascii_regex(_I + r"\blast month\b")
SINCE_LAST_MONTH = ascii_regex(_I + r"\bsince last month\b")
LAST_YEAR_POINT = ascii_regex(_I + r"\blast year\b")
# ... but a comparison or a running total's start: "more than last year", "up from last year", "since last year", "last
# year's level"
LAST_YEAR_OTHER = ascii_regex(_I + r"\b(?:than|since|as|over|from)\s+last year\b|\blast year(?:['\u2019]s?\b|\s+and\b)")


def _add_clause_dates(frame: pl.LazyFrame) -> pl.LazyFrame:
    """`event_date` from the best date reference of the clause (dates.py rules), else the publication day."""
    # Most clauses name no day at all: they take the publication day without
    # running the date rules (a cheap test for any month, weekday or relative word).
    # (an amount that gives the tranche of the sentence before, "It amounted to EUR 3 billion", is dated by that sentence:
    # "In January Ukraine received the first EU tranche ...")
    date_text = (
        pl.when(pl.col("_antecedent").is_not_null()).then(pl.col("_antecedent") + " " + pl.col("clause"))
        .otherwise(pl.col("clause"))
    )
    may_name_a_day = date_text.str.contains(MAY_NAME_A_DAY)
    # a deadline dates nothing: "EUR 1 billion for ammunition to Ukraine by May 31" (dates.DEADLINE)
    date_text = date_text.str.replace_all(DEADLINE, " ")
    month_after = _month_after.str.replace_all(DEADLINE, " ")
    before = pl.col("before").str.replace_all(DEADLINE, " ")
    dated = (
        frame.filter(may_name_a_day)
        # the reference is materialised first: ref_to_date reads it many times
        # a commitment is dated by its announcement: "said on October 21 that it would lend"
        .with_columns(
            date_ref_expr(date_text.str.replace_all(WAR_START_DAY, " "), pick="best", announcement=True)
            .alias("_date_ref")
        )
        .with_columns(ref_to_date(pl.col("_date_ref"), pl.col("published_date")).alias("_own_date"))
        .with_columns(
            pl.coalesce("_own_date", "published_date").alias("event_date"),
            pl.col("_own_date").is_not_null().alias("_text_dated"),
            # a month without its day, nearest the amount in its own clause ("aid had been limited before late
            # April, with a $300 million package in March" is March; "; more is expected in April" is another
            # clause's): dates an event (dates.date_aid_events)
            pl.coalesce(
                pl.when(pl.col("_antecedent").is_not_null())
                .then(month_only_date(pl.col("_antecedent"), pl.col("published_date"), pick="last")),
                month_only_date(
                    month_after.str.replace(r"[,;:()\u2013\u2014].*", ""), pl.col("published_date"),
                    ahead=(before.str.tail(FUTURE_VERB_CHARS) + " " + month_after
                           .str.replace(r"[,;:()\u2013\u2014].*", "")).str.contains(FUTURE_VERB),
                ),
                # (a month of an earlier clause joined by ", and" is that clause's: in "will allocate the next package in
                # January, and announced the transfer of the tranche for EUR 100 million" January is not the tranche's)
                month_only_date(before.str.replace(r".*(?:[;:()\u2013\u2014]|,\s+(?:and|but|while)\s)", "")
                                .str.replace_all(ATTRIBUTIVE_MONTH, " in $1 $2"),
                                pl.col("published_date"), pick="last"),
                # "Last month, the ministers approved EUR 1 billion", "after the passage last month of a bill that
                # included $61 billion": the month before publication, by its last day (FACTS.md 6)
                pl.when(
                    (before.str.replace(r".*[;:()\u2013\u2014]", "").str.contains(LAST_MONTH)
                     | month_after.str.replace(r"[,;:()\u2013\u2014].*", "").str.contains(LAST_MONTH))
                    & ~pl.col("clause").str.contains(SINCE_LAST_MONTH)
                ).then(pl.col("published_date").dt.month_start().dt.offset_by("-1d")),
                # "backed the gas company last year with a EUR 200 million loan", "at the end of last year, Canada paid":
                # an event of last year, by its last day (FACTS.md 6: a point of an earlier year dates; a year said as a
                # whole is a period, which keeps its own date); not a comparison ("twice as much as last year")
                pl.when(
                    (before.str.replace(r".*(?:[;:()\u2013\u2014]|,\s+(?:and|but|while)\s)", "")
                     + " " + month_after.str.replace(r"[,;:()\u2013\u2014].*", "")).str.contains(LAST_YEAR_POINT)
                    & ~pl.col("clause").str.contains(LAST_YEAR_OTHER)
                ).then(pl.date(pl.col("published_date").dt.year() - 1, 12, 31)),
            ).alias("_month_date"),
        )
        .drop("_date_ref", "_own_date")
    )
    undated = frame.filter(~may_name_a_day).with_columns(
        pl.col("published_date").alias("event_date"),
        pl.lit(False).alias("_text_dated"),
        pl.lit(None, dtype=pl.Date).alias("_month_date"),
    )
    return pl.concat([dated, undated], how="vertical")


AID_RULES = [
    Rule("aid.part_of_total", "a part of the amount before it: 'including', 'includes', 'of which', 'Of this "
         "amount', 'The remaining $X' or 'The package includes $X' opening the next sentence, 'with X "
         "contributing' (or committing, adding, "
         "...), or a further part joined to the one before by 'and' or a comma; it takes the scope and "
         "donor of its total",
         "Norway will give Ukraine NOK 5 billion this year, including NOK 3 billion for air defence."),
    Rule("aid.raised_total", "the new figure of one raised from another: 'raised ... from $100 million to "
         "$300 million' (the old figure is no fact), 'increased by $200 million to $500 million' (scope cumulative; "
         "a budget's new figure, 'until 2030', is a period)",
         "Japan raised its loans to Ukraine from $100 million to $300 million."),
    Rule("aid.running_total", "a running total: 'so far', 'since 2022', 'has provided' (without the day of the "
         "transfer in its clause), 'now reaches', "
         "'bringing total aid to', 'will exceed', 'aid to Ukraine totalled', 'would increase its loans to $X', "
         "'the 41st package since the invasion, for a total of $X', givers listed each with its amount "
         "in brackets after a running total's first (scope cumulative)",
         "Since the invasion, Belgium has provided 2 billion euros in military aid to Ukraine."),
    Rule("aid.period_budget", "a standing or multi-year budget: 'a year', 'this year', 'for 2025', "
         "'over 2024 to 2026' (scope period)",
         "Britain will give Ukraine 3 billion pounds a year in military aid."),
    Rule("aid.direct_commitment", "an amount governed by an aid verb or named as aid: 'pledged EUR 500m', "
         "'give Ukraine C$300 million', '$1.2bn in new military aid', 'a $250 million package'",
         "Spain pledged 1 billion euros in military aid to Ukraine on Tuesday."),
    Rule("aid.aid_sentence", "any other amount with a donor in a sentence that speaks of aid to Ukraine",
         "Under the agreement with Ukraine, Portugal will finance the purchase of ammunition worth 100 million euros."),
]


def _scope_and_rule(frame: pl.DataFrame) -> pl.DataFrame:
    """`scope` and `rule_id` of each amount, in text order; parts take their total's scope."""
    own_clause = pl.col("own_clause")
    before = pl.col("before")
    after = pl.col("after")
    new_amount = before.str.contains(NEW_AMOUNT) | before.str.contains(FEW_TRANCHES_BEFORE)
    one_package = (
        ((before.str.contains(ONE_PACKAGE_BEFORE) & after.str.contains(ONE_PACKAGE_AFTER))
         | before.str.contains(ONE_PACKAGE_LEAD_BEFORE))
        & ~own_clause.str.contains(CUMULATIVE)
    )
    # a contrast after the amount is another clause: in "agreed to back Ukraine with 7 billion euros in March, but
    # only 2 billion has been paid out so far" the "so far" is the disbursed part's, not the pledge's
    own_clause = (
        pl.when(after.str.contains(CONTRAST_AFTER) | after.str.contains(TRAILING_PARTICIPLE_AFTER))
        .then(
            pl.col("_own_before") + " " + pl.col("mention") + " "
            + after.str.replace(CONTRAST_AFTER, "").str.replace(TRAILING_PARTICIPLE_AFTER, "")
        )
        .otherwise(own_clause)
    )
    ranked_clause = (
        pl.when(own_clause.str.contains(DONOR_RANKING) | own_clause.str.contains(RANKED_TOTAL)).then(own_clause)
        .otherwise(own_clause.str.replace_all(RANKING_SINCE, " "))
    )
    single_package = before.str.contains(SINGLE_PACKAGE_BEFORE) & after.str.contains(SINGLE_PACKAGE_AFTER)
    # years that date a need ("to cover its needs in 2026 and 2027") say nothing of the amount's spread
    period_clause = own_clause.str.replace_all(YEARS_OF_A_NEED, " ")
    # ... and one package for a year or years stays an event (FACTS.md 6): "a GBP 180 million arms package for
    # Kyiv for 2026" (a programme's envelope, "a $15.6 billion loan program", stays a period; a rate, "a year", too)
    # ... also "part of a larger EUR 2 billion aid package to support Ukraine through 2025", "agreed to allocate a
    # multi-year support package for Kyiv in the amount of EUR 40 billion"
    one_package_for_years = (
        (
            single_package
            | (before.str.contains(LARGER_PACKAGE_BEFORE) & after.str.contains(SINGLE_PACKAGE_AFTER))
            | before.str.contains(PACKAGE_IN_THE_AMOUNT_BEFORE)
        )
        & ~after.str.contains(PROGRAMME_AFTER) & ~before.str.contains(PROGRAMME_BEFORE)
        & (period_clause.str.contains(YEARS_OF_A_PACKAGE) | period_clause.str.contains(MULTI_YEAR_PACKAGE))
    )
    period_clause = (
        pl.when(one_package_for_years)
        .then(period_clause.str.replace_all(YEARS_OF_A_PACKAGE, " ").str.replace_all(MULTI_YEAR_PACKAGE, " package"))
        # ... and a year said of one package dates it: "backed the gas company last year with a EUR 200 million loan",
        # "through a GBP 40 million contract" in a sentence about the current year (FACTS.md 6: a package stays an event, and so do its parts)
        .when(single_package & ~after.str.contains(PROGRAMME_AFTER) & ~before.str.contains(PROGRAMME_BEFORE))
        .then(period_clause.str.replace_all(YEAR_OF_ONE_PACKAGE, " "))
        .otherwise(period_clause)
    )
    # the envelope a tranche or loan of the sentence comes from, and a programme's size said as what it is
    noun_after = after.str.contains(ENVELOPE_NOUN_AFTER)
    envelope = (
        (
            ((before.str.contains(ENVELOPE_LEAD) & noun_after) | before.str.contains(ENVELOPE_NAMED_BEFORE))
            & (pl.col("sentence").str.contains(DRAWN_FROM_ENVELOPE)
               | pl.col("sentence").str.contains(ANAPHORIC_PART_OPENING))
        )
        | (before.str.contains(KNOWN_ENVELOPE_LEAD) & noun_after)
        | before.str.contains(KNOWN_ENVELOPE_NAMED_BEFORE)
        | (before.str.contains(PROGRAMME_DEFINED_BEFORE) & noun_after)
        | (before.str.contains(PROGRAMME_PROVIDES_BEFORE) & ~same_group_as_previous(["article_id", "sentence_idx"]))
        | (before.str.contains(CONTRIBUTION_SHARE_BEFORE) & ~same_group_as_previous(["article_id", "sentence_idx"]))
        | before.str.contains(ENVELOPE_OF_A_SHARE_BEFORE)
        | (before.str.contains(SHARE_OF_A_WHOLE_BEFORE) & after.str.contains(SHARE_OF_A_WHOLE_AFTER)
           & ~after.str.contains(OWN_DAY))
        | before.str.contains(RELATIVE_PART_OF_BEFORE)
        | (same_group_as_previous(["article_id", "sentence_idx"]) & before.str.contains(WHOLE_OF_A_PART_BEFORE)
           & after.str.contains(SHARE_OF_A_WHOLE_AFTER))
        | after.str.contains(OF_WHICH_A_GIVER_AFTER)
        | (before.str.contains(CONTRIBUTED_TO_A_FUND_BEFORE) & after.str.contains(CONTRIBUTED_TO_A_FUND_AFTER))
        | before.str.contains(TRANCHE_OF_ENVELOPE_BEFORE)
        | (before.str.contains(CEILING_BEFORE) & after.str.contains(UNDER_NAMED_PROGRAMME_AFTER))
        | (same_group_as_previous(["article_id", "sentence_idx"]) & before.str.contains(WHOLE_OF_A_NAMED_PART_BEFORE)
           & after.str.contains(WHOLE_NOUN_AFTER))
        | (before.str.contains(TRANCHE_OF_BEFORE) & after.str.contains(LOAN_NOUN_AFTER))
        | (before.str.contains(KNOWN_PLEDGE_LEAD) & after.str.contains(KNOWN_PLEDGE_AFTER))
    )
    period_cue = (
        period_clause.str.replace_all(NOT_PERIOD, " ").str.contains(PERIOD) | after.str.contains(PROGRAMME_AFTER)
        | before.str.contains(PROGRAMME_BEFORE) | envelope
    )
    # "have already committed an additional GBP 450 million", "has already pledged EUR 1 billion ... this year",
    # "already earmarked for 2025": "already" dates a new amount or a year's budget, it sums nothing (the year
    # read before the next clause: in "$600 million Tokyo had already provided, as Japan holds the G7 presidency
    # this year" the year is not the amount's)
    near_clause = (
        before.str.replace(EARLIER_CLAUSE, "") + " " + pl.col("mention") + " " + after.str.replace(LATER_CLAUSE, "")
    )
    year_budget = (
        near_clause.str.replace_all(YEARS_OF_A_NEED, " ").str.replace_all(NOT_PERIOD, " ").str.contains(PERIOD)
    )
    # ... and beside the day of its own clause it dates that day's decision: "had already approved on Friday a shipment
    # worth 200 million crowns" is that Friday's event (FACTS.md 6: a perfect with its day is that day's event)
    already_on_its_day = (
        before.str.replace(EARLIER_CLAUSE, "").str.contains(OWN_DAY) & before.str.contains(ALREADY_WITH_ITS_DAY)
    )
    ranked_clause = (
        pl.when(new_amount | year_budget | already_on_its_day).then(ranked_clause.str.replace_all(ALREADY, " "))
        .otherwise(ranked_clause)
    )
    cumulative = (
        ~single_package
        & (
            ranked_clause.str.contains(CUMULATIVE)
            | (
                before.str.contains(RUNNING_TOTAL_BEFORE)
                & ~(before.str.contains(PACKAGE_VALUE_BEFORE) & ~before.str.contains(COUNTED_PACKAGES_BEFORE))
            )
            | before.str.contains(IS_NOW_TOTAL)
            | (before.str.contains(COMMITTED_TOTAL_BEFORE) & ~after.str.contains(NEW_AID_AFTER))
            | (before.str.contains(RANKED_DONOR_WITH_BEFORE) & ~year_budget)
            | before.str.contains(TOTAL_AS_IT_STANDS_BEFORE)
            | after.str.contains(NOW_BEEN_GIVEN_AFTER)
            | before.str.contains(SERIES_OF_PACKAGES_BEFORE)
            | own_clause.str.contains(INCLUDING_THE_NEW)
            # a raised figure is the new total, unless it is a budget's ("... to NOK 135 billion until 2030")
            | ((pl.col("_raised_total") | before.str.contains(RISES_TO_BEFORE)) & ~period_cue)
            # "civilian aid will be increased to NOK 8 billion and military aid to NOK 14 billion": the second
            # figure shares the verb of the first
            | (pl.col("_joined_rise") & ~period_cue)
        )
    )
    # the perfect of the amount's own clause: "Britain has sent tanks, and Germany pledged EUR 1.3bn" is no total
    own_before = before.str.replace(EARLIER_CLAUSE, "")
    perfect_on_its_day = (
        (own_before.str.extract(PERFECT_TOTAL_TAIL, 1).fill_null("") + " " + after.str.replace(SPEECH_TAG_AFTER, ""))
        .str.contains(OWN_DAY)
    )
    # (a verb of its own that the next amount's clause opens with is the next amount's: in "gave SEK 20 billion in 2023
    # and pledged SEK 4 billion on Friday" the pledge is not the past year's)
    point_in_time_clause = (
        pl.when(same_group_as_previous(["article_id", "sentence_idx"])).then(before.str.replace(EARLIER_CLAUSE, ""))
        .otherwise(before)
        + " " + pl.col("mention") + " " + after.str.replace(NEXT_VERB_TAIL, "")
    )
    own_scope = (
        pl.when(cumulative).then(pl.lit("cumulative"))
        .when(
            ~same_group_as_previous(["article_id", "sentence_idx"]) & (pl.col("mention_idx") > 0)
            & before.str.contains(GIVER_PART_LEAD)
            & pl.col("sentence").str.slice(0, pl.col("mention_start")).str.contains(TOTAL_SO_FAR_PREFIX)
        ).then(pl.lit("cumulative"))
        .when(period_cue).then(pl.lit("period"))
        .when(
            period_clause.str.extract(CALENDAR_YEAR, 1).cast(pl.Int32, strict=False)
            >= pl.col("published_date").dt.year().cast(pl.Int32)
        ).then(pl.lit("period"))
        .when(
            period_clause.str.contains(CALENDAR_YEAR)
            & own_clause.str.contains(GIVEN_OVER_TIME) & ~point_in_time_clause.str.contains(POINT_IN_TIME)
        ).then(pl.lit("period"))
        .when(
            ~new_amount & ~one_package & own_before.str.contains(PERFECT_TOTAL) & ~perfect_on_its_day
            & ~(after.str.contains(ONE_CONTRIBUTION_AFTER) & own_before.str.contains(PRESENT_PERFECT_GIVING))
        )
        .then(pl.lit("cumulative"))
        .when(~new_amount & ~one_package & own_clause.str.contains(TOTAL_WORDS) & own_clause.str.contains(PERFECT))
        .then(pl.lit("cumulative"))
        .otherwise(pl.lit("event"))
    )
    same_sentence = same_group_as_previous(["article_id", "sentence_idx"])
    same_article = same_group_as_previous(["article_id"])
    # the next giver of a list with its amount in brackets shares the scope of the first
    listed = same_sentence & before.str.contains(LISTED_GIVER_LEAD)
    # ... and another year's figure set beside a year's, with no verb of its own, is that year's too
    gapped_year = same_sentence & (
        before.str.contains(GAPPED_YEAR_LEAD)
        | (before.str.contains(GAPPED_JOINED_LEAD) & after.str.contains(YEAR_AFTER))
    )
    # (the clauses it reads recur across its branches: each once)
    # ... and a sum joined to a running total with no verb of its own is summed up too: "had earlier promised or delivered
    # over $57 million in arms aid, on top of a further $31 million in relief aid"
    joined_to_total = (
        same_sentence & before.str.contains(JOINED_TO_TOTAL_LEAD) & ~after.str.contains(OWN_DECISION_AFTER)
    )
    frame = with_columns_once(
        frame, own_scope.alias("_own_scope"), gapped_year.alias("_gapped_year"), joined_to_total.alias("_joined_total")
    )
    # ... and so does each item of a list after a colon, with no verb of its own: "Since the facility began, Ukraine
    # has already received: EUR 5 billion in bridge financing, EUR 1.5 billion in pre-financing and ..."
    # (one pass: the head's scope carried down the items, cut by any amount that is neither)
    is_item = same_sentence & before.str.contains(LIST_ITEM_GAP) & ~before.str.contains(LIST_ITEM_VERB)
    carried = (
        pl.when(before.str.contains(COLON_LIST_LEAD)).then(pl.col("_own_scope"))
        .when(~is_item).then(pl.lit(""))
        .otherwise(pl.lit(None, dtype=pl.String))
        .forward_fill()
    )
    frame = frame.with_columns(
        pl.when(is_item & (carried != "")).then(carried).otherwise(pl.col("_own_scope")).alias("_own_scope")
    )
    for _ in range(MAX_LISTED_PARTS):
        frame = frame.with_columns(
            pl.when(listed).then(pl.col("_own_scope").shift(1))
            .when(pl.col("_gapped_year") & (pl.col("_own_scope").shift(1) == "period")).then(pl.lit("period"))
            .when(pl.col("_joined_total") & (pl.col("_own_scope").shift(1) == "cumulative")).then(pl.lit("cumulative"))
            .otherwise(pl.col("_own_scope")).alias("_own_scope")
        )
    own_scope = pl.col("_own_scope")
    # "Of this amount, ..." opens a sentence about the article's previous figure
    opens_on_previous = same_article & (pl.col("mention_idx") == 0) & pl.col("_opens_part")
    # (the clauses the scope rules read recur across them: each once)
    # ... and the part after the whole it restates: "Of the EUR 2 billion package, EUR 500 million will go to drones"
    after_restated_whole = pl.col("_after_restated_whole")
    frame = with_columns_once(
        frame,
        own_scope.alias("_own_scope"),
        (
            (same_sentence & (before.str.contains(PART_LEAD) | after.str.contains(PART_AFTER))) | opens_on_previous
            | after_restated_whole | (same_sentence & pl.col("_part_read_early"))
        ).alias("_part"),
    )
    # a sentence that breaks down a total it names ("Around 4.1 billion of the total 6 billion kroner will go to military
    # aid, with 1.9 billion kroner for civilian needs"): its other amounts are parts of that figure, which is the total
    # (its first statement, when the article named it before)
    breaks_down = same_article & pl.col("sentence").str.contains(OF_THE_TOTAL) & ~before.str.contains(TOTAL_ITSELF)
    frame = frame.with_columns((pl.col("_part") | breaks_down.fill_null(False)).alias("_part"))
    # "... and NOK 12.5 billion to civilian needs": the next amount of a sentence of parts; a list of
    # parts ("including A from Denmark, B from Sweden and C from Iceland") passes it on down the list
    # (a column first: the loop reads it in every pass)
    frame = frame.with_columns((same_sentence & before.str.contains(NEXT_PART_LEAD)).alias("_next_part"))
    frame = carry_down_list(frame, "_part", pl.col("_next_part")).drop("_next_part")
    # an article's first amount is never a part, so the fill never reaches into the article before
    total_value = lambda column: pl.when(~pl.col("_part")).then(pl.col(column)).forward_fill()
    frame = frame.with_columns(
        total_value("_own_scope").alias("_total_scope"),
        total_value("amount_eur").alias("_total_eur"),
        total_value("amount").alias("_total_amount"),
        total_value("currency").alias("_total_currency"),
    )
    # (a part of an event with a scope cue of its own keeps it: "an additional EUR 3 billion, of which EUR 1.5 billion
    # will be spent this year" is that year's share, "a fund of over GBP 1.2 billion, of which the UK has contributed GBP
    # 400 million" the UK's running total; a part of a year's budget or of a running total takes its total's, "this year's
    # $4.1 billion, of which $2.9 billion has already arrived" is this year's; FACTS.md 6, parts take their total's scope)
    # (only a part with a verb of its own, "of which ... will be spent", "of which X has contributed": a part opening a
    # sentence keeps its total's scope whatever a relative clause after it says, "The package includes GBP 150m to repair
    # the vehicles the UK has already provided")
    # (... and a giver's share of a whole said as "of which <giver> provides" keeps its own reading: FACTS.md 6, the
    # whole a giver's share goes to is its envelope, and the share itself keeps its own reading)
    frame = frame.with_columns(
        (
            (before.str.contains(OWN_VERB_PART_LEAD) & (pl.col("_own_scope") != "event")
             & (pl.col("_total_scope") == "event"))
            | (same_group_as_previous(["article_id", "sentence_idx"])
               & pl.col("after").shift(1).str.contains(OF_WHICH_A_GIVER_AFTER))
        ).fill_null(False).alias("_own_cue_part")
    )
    scope = (
        pl.when(pl.col("_part") & pl.col("_total_scope").is_not_null() & ~pl.col("_own_cue_part"))
        .then(pl.col("_total_scope"))
        .otherwise(pl.col("_own_scope"))
    )
    direct = before.str.contains(DIRECT_AID_BEFORE) | after.str.contains(DIRECT_AID_AFTER)
    rule_id = first_rule([
        ("aid.part_of_total", pl.col("_part") & pl.col("_total_scope").is_not_null() & ~pl.col("_own_cue_part")),
        ("aid.raised_total", pl.col("_raised_total") & (pl.col("_own_scope") == "cumulative")),
        ("aid.running_total", pl.col("_own_scope") == "cumulative"),
        ("aid.period_budget", pl.col("_own_scope") == "period"),
        ("aid.direct_commitment", direct),
        ("aid.aid_sentence", pl.lit(True)),
    ])
    # consistency: a part is no larger than its total (compared in euros, or in the shared currency)
    part_eur, total_eur = pl.col("amount_eur"), pl.col("_total_eur")
    too_large = (rule_id == "aid.part_of_total") & (
        pl.when(pl.col("currency") == pl.col("_total_currency"))
        .then(pl.col("amount") > pl.col("_total_amount") * (1 + 1e-9))
        .otherwise(part_eur > total_eur * 1.005)
        .fill_null(False)
    )
    inconsistency = (
        pl.lit("part exceeds its total (") + pl.col("amount").cast(pl.Int64).cast(pl.String) + pl.lit(" ")
        + pl.col("currency") + pl.lit(" > ") + pl.col("_total_amount").cast(pl.Int64).cast(pl.String) + pl.lit(" ")
        + pl.col("_total_currency") + pl.lit(")")
    )
    return frame.with_columns(
        scope.alias("scope"),
        rule_id.alias("rule_id"),
        pl.when(too_large).then(pl.lit(INCONSISTENT_CONFIDENCE)).otherwise(pl.lit(1.0)).alias("confidence"),
        pl.when(too_large)
        .then(pl.concat_str([inconsistency, pl.col("note")], separator="; ", ignore_nulls=True))
        .otherwise(pl.col("note")).alias("note"),
    ).drop(
        "_own_scope", "_own_cue_part", "_gapped_year", "_joined_total", "_part", "_part_read_early", "_total_scope", "_total_eur",
        "_total_amount",
        "_total_currency",
    )


def _legislature_donor(frame: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """An amount with no giver whose sentence names a legislature ("The Senate approved $40bn in aid for
    Ukraine") is given by that legislature's country, named earlier in the article: the nearest giver
    before it ("Washington has armed Kyiv for months."). Without one it stays without a donor (no fact)."""
    key = ["article_id", "sentence_idx", "mention_idx"]
    needs = frame.filter(pl.col("donor").is_null() & pl.col("sentence").str.contains(LEGISLATURE))
    if needs.is_empty():
        return frame
    context = sentences.join(needs.select("article_id").unique(), on="article_id", how="semi")
    hits = _donor_hits(context).filter(pl.col("gives_aid") & ~pl.col("donor").str.contains(OTHER_RECIPIENTS))
    # (with none before it, the first giver the article names after it: "The Senate approved $40 billion ... for
    # Ukraine" opening a story that names Washington only further down)
    is_before = (pl.col("_hit_sentence") < pl.col("sentence_idx")) | (
        (pl.col("_hit_sentence") == pl.col("sentence_idx")) & (pl.col("hit_end") <= pl.col("mention_start"))
    )
    found = (
        needs.select(*key, "mention_start")
        .join(hits.rename({"sentence_idx": "_hit_sentence"}), on="article_id")
        .sort(*key, "_hit_sentence", "hit_start")
        .group_by(key, maintain_order=True)
        .agg(pl.coalesce(pl.col("donor").filter(is_before).last(), pl.col("donor").filter(~is_before).first())
             .alias("_context_donor"))
    )
    # ... and the figures after it that name no giver of their own take it as they take any earlier figure's ("The
    # bill includes over $18 billion for the Pentagon", after "The Senate approved $40 billion"); a pooled total
    # of many givers stays without one
    voted = pl.col("_context_donor").is_not_null()
    # (a figure with a giver of its own stops the carrying: "" until the filled figures below are read)
    carried = pl.when(voted).then(pl.col("_context_donor")).when(pl.col("donor").is_not_null()).then(pl.lit(""))
    return (
        frame.join(found, on=key, how="left", maintain_order="left")
        .with_columns(
            pl.coalesce(
                pl.col("donor"), pl.col("_context_donor"),
                pl.when(~pl.col("clause").str.contains(POOLED_TOTAL))
                .then(carried.forward_fill().over("article_id").replace("", None)),
            ).alias("donor")
        )
        .drop("_context_donor")
    )


def _local_dollars(frame: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """A bare "$" amount given by a `DOLLAR_DONORS` donor, in an article that marks no dollar
    (no "US$", "C$", "USD", "Canadian dollars", ...), is in that donor's dollar; unless
    its sentence lists bare "$" sums of other givers too ("Germany paid $450 million for one package, Sweden $300
    million for the next and Canada another $300 million": one dollar for all, the US one)."""
    bare = (
        (pl.col("mention").str.starts_with("$") | pl.col("mention").str.contains(BARE_DOLLARS_WORD))
        & (pl.col("currency") == "USD")
        # (a dollar named after the figure, or its code before the sign, is the US one: "$5 million US", "USD $300
        # million")
        & ~pl.col("after").str.contains(US_AFTER) & ~pl.col("before").str.contains(US_BEFORE)
    )
    candidates = frame.filter(bare & pl.col("donor").is_in(list(DOLLAR_DONORS))).select("article_id").unique()
    if candidates.is_empty():
        return frame
    sentence = ["article_id", "sentence_idx"]
    others_bare = (
        frame.join(candidates, on="article_id", how="semi")
        .filter(bare & ~pl.col("donor").is_in(list(DOLLAR_DONORS)) & pl.col("donor").is_not_null())
        .select(sentence).unique().with_columns(pl.lit(True).alias("_others_bare"))
    )
    frame = frame.join(others_bare, on=sentence, how="left", maintain_order="left")
    bare_local = bare & pl.col("donor").is_in(list(DOLLAR_DONORS)) & ~pl.col("_others_bare").fill_null(False)
    candidates = frame.filter(bare_local).select("article_id").unique()
    if candidates.is_empty():
        return frame.drop("_others_bare")
    marked = pl.concat([
        sentences.join(candidates, on="article_id", how="semi")
        .filter(pl.col("sentence").str.contains(DOLLAR_MARKERS))
        .select("article_id"),
        # ... and one whose "$" states another currency's conversion writes the US dollar: "the first EUR 3 billion ($3.09
        # billion) tranche", then "$3.7 billion from Canada" (a Canadian giver's own dollar is marked, "C$")
        frame.join(candidates, on="article_id", how="semi")
        .filter(pl.col("stated_usd").is_not_null() & ~pl.col("currency").is_in(["USD", *DOLLAR_DONORS.values()]))
        .select("article_id"),
    ]).unique()
    unmarked = ~pl.col("article_id").is_in(marked["article_id"].implode())
    own_dollar = pl.col("donor").replace_strict(DOLLAR_DONORS, default=None, return_dtype=pl.String)
    # ... and in an article that marks dollars, a bare "$" figure that the donor's own dollar already stated is that
    # statement again: "Canada is donating 3 million Canadian dollars (about $2.3 million)" then, in the ministry's
    # quote, "Canada is donating $3 million"
    stated_local = (
        frame.filter(~bare_local & (pl.col("currency") == own_dollar))
        .select("article_id", "donor", "amount").unique()
        .with_columns(pl.lit(True).alias("_stated_local"))
    )
    frame = frame.join(stated_local, on=["article_id", "donor", "amount"], how="left", maintain_order="left")
    # ... and a bare "$" figure whose own US-dollar conversion the sentence states is no US dollar, whatever the
    # article marks: "$6.8 billion (about $5 billion US) in Canadian aid"
    converted_to_usd = pl.col("stated_usd").is_not_null() & (pl.col("currency") == "USD")
    return frame.with_columns(
        pl.when(bare_local & (unmarked | pl.col("_stated_local").fill_null(False) | converted_to_usd))
        .then(own_dollar)
        .otherwise(pl.col("currency")).alias("currency")
    ).drop("_stated_local", "_others_bare")


def _drop_unrelated_headlines(frame: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """`frame` without the amounts of a headline line inside the body (not the text's first line) whose giver no other
    sentence of the article names: a page's link to another story, printed without its "Read also:" label ("US
    unveils $900m in fresh arms aid for Kyiv" between the paragraphs of a story on Denmark's fund). A headline
    line the body goes on with names its giver again; one the body restates is dropped before, as the body's figure."""
    group = ["article_id", "sentence_idx"]
    candidates = frame.filter(
        headline_line(pl.col("sentence")) & (pl.col("sentence_idx") > 0) & pl.col("_own_donor").is_not_null()
    ).select(*group, pl.col("_own_donor").alias("donor")).unique()
    if candidates.is_empty():
        return frame
    hits = (
        sentences.join(candidates.select("article_id").unique(), on="article_id", how="semi")
        .select(*group, pl.col("sentence").str.extract_all(DONOR_PATTERN).alias("_surface"))
        .explode("_surface")
        .join(DONORS.filter(pl.col("donor").is_not_null()), left_on="_surface", right_on="surface", how="inner")
        .select("article_id", pl.col("sentence_idx").alias("_elsewhere"), "donor")
    )
    named_elsewhere = (
        candidates.join(hits, on=["article_id", "donor"], how="inner")
        .filter(pl.col("_elsewhere") != pl.col("sentence_idx"))
        .select(*group, "donor").unique()
    )
    unrelated = candidates.join(named_elsewhere, on=[*group, "donor"], how="anti").rename({"donor": "_own_donor"})
    frame = frame.join(unrelated, on=[*group, "_own_donor"], how="anti", maintain_order="left")
    # ... and a line set in title case inside the body ("Britain And Poland Seal $2 Billion Drone Deal") whose figure no
    # other sentence of the article states is another story's headline, whoever it names
    title_case = (
        headline_line(pl.col("sentence")) & (pl.col("sentence_idx") > 0)
        & (pl.col("sentence").str.count_matches(TITLE_WORD) >= TITLE_CASE_MIN_WORDS)
        & (pl.col("sentence").str.count_matches(TITLE_WORD)
           >= TITLE_CASE_SHARE * pl.col("sentence").str.count_matches(LONG_WORD))
    )
    titled = frame.filter(title_case).select(*group, "currency", "amount")
    if titled.is_empty():
        return frame
    stated = pl.concat([
        frame.select(*group, "currency", "amount"),
        frame.filter(pl.col("stated_usd").is_not_null()).select(
            *group, pl.lit("USD").alias("currency"), pl.col("stated_usd").cast(frame.schema["amount"]).alias("amount")),
        frame.filter(pl.col("stated_eur").is_not_null()).select(
            *group, pl.lit("EUR").alias("currency"), pl.col("stated_eur").cast(frame.schema["amount"]).alias("amount")),
    ]).rename({"sentence_idx": "_elsewhere"})
    restated = (
        titled.join(stated, on=["article_id", "currency", "amount"], how="inner")
        .filter(pl.col("_elsewhere") != pl.col("sentence_idx"))
        .select(*group, "currency", "amount").unique()
    )
    other_story = titled.join(restated, on=[*group, "currency", "amount"], how="anti")
    return frame.join(other_story, on=[*group, "currency", "amount"], how="anti", maintain_order="left")


# A title-case line: most of its words of four letters or more capitalised, and enough of them
TITLE_WORD = r"\b[A-Z][A-Za-z'’-]{3,}"
LONG_WORD = r"\b[A-Za-z][A-Za-z'’-]{3,}"
TITLE_CASE_MIN_WORDS = 4
TITLE_CASE_SHARE = 0.75
# How far a headline's rounded figure ("almost 500 million dollars", "over $100 mln") may lie from the body's
HEADLINE_ROUNDING = 0.1
# ... and, rounded down with "over", "more than" ("Aid Package of Over $3 Million" for the body's $3.4 million), how far
# above it the body's figure may lie
HEADLINE_ROUNDING_UP = 0.2
# ... and, written with fewer digits than the body's ("Canada's New $3 Billion Aid Package" over the body's "$3.02
# billion"), the body's figure rounds to it at its last digit and lies within this share of it
HEADLINE_PRECISION_SHARE = 0.05
# a headline bullet: "  • Minister announces $65 million in aid to Ukraine" (a tally's dashes are items of a list)
HEADLINE_BULLET = r"^[ \t]*[•·*][ \t]*[A-Z]"
LIST_HEADER_BEFORE_LINE = r"[:;,][ \t]*\n[^\n]*$"
ROUNDED_DOWN_BEFORE = ascii_regex(_I + r"\b(?:more than|over|at least|just over|upwards of)\s*$")
ROUNDED_BEFORE = ascii_regex(
    _I + r"\b(?:about|around|roughly|some|nearly|almost|approximately|close to|more than|over|at least|up to"
    r"|just over|just under)\s*$"
)


def _drop_restated_headline_amounts(frame: pl.DataFrame, uncommitted: pl.DataFrame | None = None) -> pl.DataFrame:
    """`frame` without the amounts of a headline line that the body of its article states again: the same amount,
    the body's stated conversion ("worth about 2 billion euros ($2.2 billion)" restated by the headline's "$2.2
    billion"), or, rounded in the headline ("almost 500 million dollars"), a body amount of the same currency
    within `HEADLINE_ROUNDING`. The body's statement is the fact (FACTS.md 2: one fact per stated figure); when the
    body names that figure as no commitment (`uncommitted`: "Korea to offer US$3 mln" over "plans to contribute
    US$3 million"), there is none."""
    sentence = pl.col("sentence")
    flagged = frame.with_columns(headline_line(sentence).alias("_headline"))
    # ... also a headline bullet run into the line before it, which ends in no colon ("The Canadian Press, 18 Oct,
    # 2024 02:56 PM\n  • Minister announces nearly $65 million in aid to Ukraine"): the amount's own line (read only in
    # the sentences of several lines)
    several_lines = flagged.get_column("sentence").str.contains("\n", literal=True)
    if several_lines.any():
        rows = several_lines.arg_true()
        line_before = sentence.str.slice(0, pl.col("mention_start")).str.extract(r"(?:^|\n)([^\n]*)$", 1)
        line = line_before + pl.col("mention") + sentence.str.slice(pl.col("mention_end")).str.extract(r"^([^\n]*)", 1)
        bullet_headline = flagged[rows].select(
            (
                line_before.str.contains(HEADLINE_BULLET)
                & ~sentence.str.slice(0, pl.col("mention_start")).str.contains(LIST_HEADER_BEFORE_LINE)
                & headline_line(line)
            ).fill_null(False)
        ).to_series()
        headline = flagged.get_column("_headline")
        flagged = flagged.with_columns(headline.scatter(rows, headline.gather(rows) | bullet_headline))
    if not flagged.get_column("_headline").any():
        return frame
    indexed = flagged.with_row_index("_row")
    figure = pl.col("mention").str.extract(r"([0-9][0-9,]*(?:\.[0-9]+)?)", 1)
    decimals = pl.col("mention").str.extract(r"[0-9]\.([0-9]+)", 1).str.len_chars().fill_null(0)
    trailing_zeros = figure.str.replace_all(",", "").str.extract(r"[1-9](0+)$", 1).str.len_chars().fill_null(0)
    heads = indexed.filter("_headline").select(
        "_row", "article_id", "currency", "amount", pl.col("donor").alias("_head_donor"),
        pl.col("before").str.contains(ROUNDED_BEFORE).alias("_rounded"),
        pl.col("before").str.contains(ROUNDED_DOWN_BEFORE).alias("_rounded_down"),
        # the value of the headline figure's last digit: "$3 Billion" is read to the billion, "$3.02 billion" to ten
        # million
        # ... and a whole figure's trailing zeros are rounding too: "$440 million" over the body's "$443 million" is read
        # to the ten million
        (pl.col("amount") / figure.str.replace_all(",", "").cast(pl.Float64, strict=False)
         * pl.lit(10.0).pow(-decimals.cast(pl.Float64))
         * pl.when(decimals == 0).then(pl.lit(10.0).pow(trailing_zeros.cast(pl.Float64))).otherwise(1.0)
         ).alias("_head_unit"),
    )
    body = indexed.filter(~pl.col("_headline"))
    figures = pl.concat([
        body.select("article_id", "currency", "amount", "donor"),
        body.filter(pl.col("stated_eur").is_not_null())
        .select("article_id", pl.lit("EUR").alias("currency"), pl.col("stated_eur").alias("amount"), "donor"),
        body.filter(pl.col("stated_usd").is_not_null())
        .select("article_id", pl.lit("USD").alias("currency"), pl.col("stated_usd").alias("amount"), "donor"),
    ]).rename({"amount": "_body_amount", "donor": "_body_donor"})
    if uncommitted is not None and not uncommitted.is_empty():
        figures = pl.concat([
            figures,
            uncommitted.select(
                "article_id", "currency", pl.col("amount").cast(figures.schema["_body_amount"]).alias("_body_amount"),
                pl.lit(None, dtype=figures.schema["_body_donor"]).alias("_body_donor"),
            ),
        ])
    tolerance = pl.when(pl.col("_rounded")).then(HEADLINE_ROUNDING).otherwise(1e-9)
    gap = pl.col("_body_amount") - pl.col("amount")
    rounded_to_its_digit = (
        (gap.abs() <= pl.col("_head_unit") / 2) & (gap.abs() <= pl.col("amount") * HEADLINE_PRECISION_SHARE)
    ).fill_null(False)
    restated = (
        heads.join(figures, on=["article_id", "currency"], how="inner")
        .filter(
            ((gap.abs() <= pl.col("amount") * tolerance) | rounded_to_its_digit
             | (pl.col("_rounded_down") & (gap >= 0) & (gap <= pl.col("amount") * HEADLINE_ROUNDING_UP)))
            & (pl.col("_head_donor").is_null() | pl.col("_body_donor").is_null()
               | (pl.col("_head_donor") == pl.col("_body_donor")))
        )
        .select("_row")
        .unique()
    )
    return indexed.join(restated, on="_row", how="anti", maintain_order="left").drop("_row", "_headline")


CLOSED_SENTENCE = r"[.!?\"”’]\s*$"


# A figure restated in dollars or euros in a sentence of its own, the only amount there: "at that day's conversion rate
# the package came to roughly $150 million", "In dollar terms, the aid is worth about $280 million"
CONVERSION_RESTATED = ascii_regex(
    _I + r"\b(?:conversion rates?|(?:(?:US|U\.S\.|American)\s+)?(?:dollar|euro)\s+(?:value|equivalent|terms))\b"
)
# A figure said as a round approximation, and how far from it its exact statement may be
ROUND_FIGURE_BEFORE = ascii_regex(
    _I + r"\b(?:about|around|roughly|nearly|almost|approximately|some|close to|just over|just under|an estimated)\s+$"
)
ROUNDED_SHARE = 0.03


def _drop_restated_conversions(frame: pl.DataFrame) -> pl.DataFrame:
    """`frame` without an amount in dollars or euros that another amount of the same giver in the article states as
    its conversion: "grant aid equivalent to over $100 million" beside "15.8 billion yen, or over $100 million" is
    one figure, kept where it is stated in its own currency with the conversion (FACTS.md 7); but when the article
    states the dollar or euro figure first, in a sentence that gives it ("Japan transferred about EUR 31.4 million for
    rebuilding Ukraine", then "the transfer of grant money of JPY 5.6 billion (about EUR 31.4 million)"),
    the first statement is the fact and the later one restates it (FACTS.md 3: the currency of the first-stated
    amount; 7: the money named again as an equivalent has no fact of its own)."""
    converted = frame.filter(pl.col("stated_usd").is_not_null() | pl.col("stated_eur").is_not_null())
    if converted.is_empty():
        return frame
    indexed = frame.with_row_index("_row")
    converted = indexed.filter(pl.col("stated_usd").is_not_null() | pl.col("stated_eur").is_not_null())
    stated = pl.concat([
        converted.filter(pl.col("stated_usd").is_not_null()).select(
            "article_id", pl.lit("USD").alias("currency"), pl.col("stated_usd").alias("amount"),
            pl.col("currency").alias("_own_currency"), pl.col("donor").alias("_stated_donor"),
            pl.col("_row").alias("_stated_row")),
        converted.filter(pl.col("stated_eur").is_not_null()).select(
            "article_id", pl.lit("EUR").alias("currency"), pl.col("stated_eur").alias("amount"),
            pl.col("currency").alias("_own_currency"), pl.col("donor").alias("_stated_donor"),
            pl.col("_row").alias("_stated_row")),
    ])
    # (a rounded figure said first matches its exact conversion said later: "aid worth around $150 million", then
    # "SEK 1.6 billion (about $152 million)")
    rounded = pl.col("before").str.contains(ROUND_FIGURE_BEFORE)
    pairs = (
        indexed.filter(pl.col("stated_usd").is_null() & pl.col("stated_eur").is_null())
        .join(stated.rename({"amount": "_stated_amount"}), on=["article_id", "currency"], how="inner")
        .filter(
            (
                (pl.col("amount") == pl.col("_stated_amount"))
                | (rounded & ((pl.col("amount") - pl.col("_stated_amount")).abs()
                              <= ROUNDED_SHARE * pl.col("amount")))
            )
            & (pl.col("_own_currency") != pl.col("currency"))
            & (pl.col("donor").is_null() | pl.col("_stated_donor").is_null() | (pl.col("donor") == pl.col("_stated_donor")))
        )
        .drop("_stated_amount")
    )
    # the plain figure stated first, as the object of its sentence's own aid verb in a closed sentence (not a headline
    # or a caption line), keeps the fact; the converted statement and its later restatements in their own currency go
    plain_first = (
        (pl.col("_row") < pl.col("_stated_row")) & pl.col("before").str.contains(DIRECT_AID_BEFORE)
        & pl.col("sentence").str.contains(CLOSED_SENTENCE) & ~headline_line(pl.col("sentence"))
    )
    kept_first = pairs.filter(plain_first).select("_stated_row").unique()
    own_figures = (
        indexed.join(kept_first, left_on="_row", right_on="_stated_row", how="semi")
        .select("article_id", "currency", "amount")
    )
    restated = pl.concat([
        pairs.filter(~plain_first).select("_row"),
        kept_first.select(pl.col("_stated_row").alias("_row")),
        indexed.join(own_figures, on=["article_id", "currency", "amount"], how="semi").select("_row"),
    ]).unique()
    return indexed.join(restated, on="_row", how="anti", maintain_order="left").drop("_row")


def _with_breakdown_openings(frame: pl.DataFrame) -> pl.DataFrame:
    """`frame` (mentions in text order) with `_opens_part`: the sentence opens on a part of the article's figure before
    it ("Of this amount, ...", "The remaining $X", "In particular, EUR 1 billion ..."), or opens on an amount and its
    amounts of that currency add up to the last amount of the sentence before with money (FACTS.md 6: a total and its
    parts)."""
    group = ["article_id", "sentence_idx"]
    # the whole restated at the opening ("Of the EUR 2 billion package, EUR 500 million ...") is the figure right before
    # it, in its currency; the amount after it is its part
    whole_restated = (
        (pl.col("mention_idx") == 0) & pl.col("sentence").str.contains(OF_WHOLE_OPENING)
        & same_group_as_previous(["article_id"])
        & (pl.col("currency") == pl.col("currency").shift(1)).fill_null(False)
        & (pl.col("amount") == pl.col("amount").shift(1)).fill_null(False)
    )
    frame = frame.with_columns(
        (same_group_as_previous(group) & whole_restated.shift(1).fill_null(False))
        .alias("_after_restated_whole")
    )
    opens = (
        pl.col("sentence").str.contains(PART_OPENING) | pl.col("sentence").str.contains(BREAKDOWN_OPENING)
        | (
            pl.col("sentence").str.contains(SHARED_OUT_OPENING) & same_group_as_previous(["article_id"])
            & (pl.col("currency") == pl.col("currency").shift(1)).fill_null(False)
            & (pl.col("amount") < pl.col("amount").shift(1)).fill_null(False)
        )
        | whole_restated | pl.col("_after_restated_whole")
    )
    # the sentences that may add up to the figure before: two amounts or more, the first opening the sentence, in the
    # currency of the previous row (the last amount of the sentence before with money); few, so only they are summed
    next_in_sentence = pl.lit(True)
    for column in group:
        next_in_sentence = next_in_sentence & (pl.col(column) == pl.col(column).shift(-1)).fill_null(False)
    candidate = (
        (pl.col("mention_idx") == 0) & same_group_as_previous(["article_id"]) & next_in_sentence
        & (pl.col("currency") == pl.col("currency").shift(1)).fill_null(False)
        & pl.col("before").str.contains(OPENS_ON_AMOUNT)
    )
    candidates = frame.with_columns(pl.col("amount").shift(1).alias("_previous_amount")).filter(candidate).select(
        *group, pl.col("currency").alias("_first_currency"), "_previous_amount"
    )
    if candidates.is_empty():
        return frame.with_columns(opens.alias("_opens_part"))
    sums_previous = (
        frame.select(*group, "currency", "amount")
        .join(candidates, on=group, how="inner")
        .filter(pl.col("currency") == pl.col("_first_currency"))
        .group_by(group)
        .agg(pl.col("amount").sum().alias("_sum"), pl.col("_previous_amount").first())
        .filter((pl.col("_sum") - pl.col("_previous_amount")).abs() <= pl.col("_previous_amount") * BREAKDOWN_SUM_SHARE)
        .select(*group, pl.lit(True).alias("_sums_previous"))
    )
    return (
        frame.join(sums_previous, on=group, how="left", maintain_order="left")
        .with_columns((opens | pl.col("_sums_previous").fill_null(False)).alias("_opens_part"))
        .drop("_sums_previous")
    )


def _with_continued_recipients(frame: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """`frame` plus `_continues_other`: the amount's sentence goes on with the package of the sentence before
    (CONTINUATION_OPENING), and that sentence is about aid to another country, never naming Ukraine."""
    group = ["article_id", "sentence_idx"]
    opening = frame.filter(pl.col("sentence").str.contains(CONTINUATION_OPENING)).select(group).unique()
    if opening.is_empty():
        return frame.with_columns(pl.lit(False).alias("_continues_other"))
    previous = (
        sentences.join(opening.with_columns(pl.col("sentence_idx") - 1), on=group, how="semi")
        .filter(pl.col("sentence").str.contains(OTHER_RECIPIENTS) & ~pl.col("sentence").str.contains(UKRAINE))
        .select("article_id", (pl.col("sentence_idx") + 1).alias("sentence_idx"), pl.lit(True).alias("_continues_other"))
    )
    return (
        frame.join(previous, on=group, how="left", maintain_order="left")
        .with_columns(pl.col("_continues_other").fill_null(False))
    )


# A sentence that gives the amount of the tranche or package the sentence before names without one: "In January
# Ukraine received the first EU tranche of budget aid. It amounted to EUR 2.5 billion." (the
# pronoun is that tranche: its giver and its recipient are the sentence before's)
ANAPHORIC_AMOUNT_OPENING = ascii_regex(
    r"^\W*It\s+(?:(?i:also)\s+)?(?i:amounts?\s+to|amounted\s+to|totals|totall?ed|comes\s+to|came\s+to|is\s+worth"
    r"|was\s+worth)\s+" + OPTIONAL_HEDGE + r"(?:[$€£¥]|[A-Z]{1,3}\$|[A-Z]{3}\s?[0-9]|[0-9])"
)
ANTECEDENT_PACKAGE = ascii_regex(
    _I + r"\b(?:tranches?|packages?|grants?|loans?|instalments?|installments?|disbursements?|payments?)\b"
)
# (a sentence before with an amount of its own gives the pronoun that amount's money, no new tranche)
ANTECEDENT_AMOUNT = ascii_regex(
    _I + r"(?:[$€£¥]\s?[0-9]|[0-9][0-9.,]*\s*(?:million|billion|bn|mln|trillion)\b|\b[A-Z]{3}\s?[0-9])"
)


def _with_anaphoric_amounts(frame: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """`frame` plus `_anaphoric` and `_antecedent_donor`: the amount's sentence opens on "It amounted to" and the
    sentence before, in the same paragraph, names a tranche or package for Ukraine, its giver and no amount; the giver is
    that sentence's last giver (ANAPHORIC_AMOUNT_OPENING), and `_antecedent` that sentence (it dates the amount)."""
    group = ["article_id", "sentence_idx"]
    opening = frame.filter(pl.col("sentence").str.contains(ANAPHORIC_AMOUNT_OPENING)).select(group).unique()
    if opening.is_empty():
        return frame.with_columns(
            pl.lit(False).alias("_anaphoric"), pl.lit(None, dtype=pl.String).alias("_antecedent_donor"),
            pl.lit(None, dtype=pl.String).alias("_antecedent"),
        )
    own_paragraph = sentences.join(opening, on=group, how="semi").select(*group, "paragraph_idx")
    previous = (
        sentences.join(
            own_paragraph.with_columns(pl.col("sentence_idx") - 1), on=[*group, "paragraph_idx"], how="semi"
        )
        .filter(
            pl.col("sentence").str.contains(ANTECEDENT_PACKAGE) & pl.col("sentence").str.contains(UKRAINE)
            & ~pl.col("sentence").str.contains(ANTECEDENT_AMOUNT)
        )
        .select(*group, "sentence", pl.col("sentence").str.extract_all(DONOR_PATTERN).alias("_surface"))
        .explode("_surface")
        .join(DONORS.filter(pl.col("gives_aid") & pl.col("donor").is_not_null()), left_on="_surface",
              right_on="surface", how="inner", maintain_order="left")
        .group_by(group, maintain_order=True)
        .agg(pl.col("donor").last().alias("_antecedent_donor"), pl.col("sentence").first().alias("_antecedent"))
        .select("article_id", (pl.col("sentence_idx") + 1).alias("sentence_idx"), "_antecedent_donor", "_antecedent")
    )
    return frame.join(previous, on=group, how="left", maintain_order="left").with_columns(
        pl.col("_antecedent_donor").is_not_null().alias("_anaphoric")
    )


# A lede that names the day of an announcement without its amount: "On March 3, the Baltic states - Estonia,
# Latvia and Lithuania - pledged fresh aid to Kyiv" (the amounts that follow, each with its giver, are that day's)
# ... or said in reported speech: "Latvia on Tuesday said it would step up its defence support to Ukraine"
LEDE_ANNOUNCES = ascii_regex(
    _I + r"\b(?:pledged|announced|unveiled|committed|promised|approved|allocated|agreed)\b"
    r"|\b(?:said|says)\s+(?:on\s+[A-Z][a-z]+\s+)?(?:that\s+)?(?:it|they)\s+(?:would|will)\s+(?:increase|boost|raise|step\s+up|provide|give|send"
    r"|allocate|donate|supply)\b"
)


def _announcement_ledes(sentences: pl.DataFrame, facts: pl.DataFrame) -> pl.DataFrame | None:
    """Per article with aid facts, its first lede sentence (`dates.LEDE_SENTENCES`) that names a day, an aid verb, aid
    and one or more givers, without an amount of its own: `article_id`, `_lede_idx`, `_lede_donor` (the givers it
    names, in order, joined by ", ") and `_lede_date` (for `dates.date_aid_events`)."""
    if facts.is_empty():
        return None
    lede = (
        sentences.join(facts.select("article_id").unique(), on="article_id", how="semi")
        .filter(
            (pl.col("sentence_idx") < LEDE_SENTENCES)
            & pl.col("sentence").str.contains(LEDE_ANNOUNCES) & pl.col("sentence").str.contains(AID_WORDS)
            & pl.col("sentence").str.contains(MAY_NAME_A_DAY)
        )
        .join(facts.select("article_id", "sentence_idx").unique(), on=["article_id", "sentence_idx"], how="anti")
    )
    if lede.is_empty():
        return None
    lede = (
        lede.with_columns(
            ref_to_date(date_ref_expr(pl.col("sentence"), pick="best", announcement=True), pl.col("published_date"))
            .alias("_lede_date"),
            pl.col("sentence").str.extract_all(DONOR_PATTERN).alias("_surface"),
        )
        .filter(pl.col("_lede_date").is_not_null())
    )
    givers = (
        lede.select("article_id", "sentence_idx", "_surface").explode("_surface")
        .join(DONORS.filter(pl.col("gives_aid") & pl.col("donor").is_not_null()), left_on="_surface",
              right_on="surface", how="inner", maintain_order="left")
        .group_by("article_id", "sentence_idx", maintain_order=True)
        .agg(pl.col("donor").unique(maintain_order=True).str.join(", ").alias("_lede_donor"))
    )
    return (
        lede.join(givers, on=["article_id", "sentence_idx"], how="inner")
        .sort("article_id", "sentence_idx")
        .unique("article_id", keep="first", maintain_order=True)
        .select("article_id", pl.col("sentence_idx").alias("_lede_idx"), "_lede_donor", "_lede_date")
    )


# An undated event amount whose neighbouring sentence names the day of its announcement, agreement or decision (FACTS.md 6,
# decisions of round 17): the sentence right after it, with no amount of its own, points back to it ("This was revealed
# by the vice president on Thursday", "The announcement was made by the prime minister on Friday", "The matching
# agreement was signed on Thursday", "The ministry on Monday announced the plan", "The president on Friday approved the
# proposal"); or the amount's own sentence opens on what the sentence before names with its day ("The grant agreement
# was signed on 14 June 2022. It covers a grant of ...", "The United States on Monday announced a package. The aid
# includes $1.25 billion ...").
_POINTER_NOUN = (
    r"(?:announcement|agreement|decision|plan|proposal|deal|package|grant|loan|funding|tranche|aid|assistance"
    r"|memorandum|contract|pledge|commitment|allocation|donation|decree|resolution|programme|program|initiative)"
)
_POINTED_VERB = (
    r"(?:announced|revealed|unveiled|signed|approved|adopted|agreed|confirmed|disclosed|endorsed|authori[sz]ed"
    r"|ratified|made|reached|concluded|published)"
)
NEXT_SENTENCE_NAMES_ITS_DAY = ascii_regex(
    _I + r"^\W*(?:this|it|the\s+(?:[\w-]+\s+){0,2}?" + _POINTER_NOUN + r")\s+(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:\w+\s+)?" + _POINTED_VERB + r"\b"
    + r"|\b" + _POINTED_VERB + r"\s+(?:this|it|the\s+(?:[\w-]+\s+){0,2}?" + _POINTER_NOUN + r")\b"
    + r"|\bthe\s+(?:[\w-]+\s+){0,2}?" + _POINTER_NOUN + r"\b[^.;:]{0,60}?,\s+" + _POINTED_VERB + r"\s+on\s+"
)
OPENS_ON_PREVIOUS = ascii_regex(
    _I + r"^\W*(?:it|this|the\s+(?:[\w-]+\s+){0,2}?" + _POINTER_NOUN + r"|this\s+(?:[\w-]+\s+){0,2}?" + _POINTER_NOUN
    + r")\s+(?:[\w-]+\s+){0,8}?(?:also\s+)?(?:provides?|provided|includes?|included|allocates?|allocated|envisages?"
    r"|envisaged|foresees?|foresaw|consists?|consisted|comprises?|comprised|covers?|covered|contains?|contained)\b"
)
# a day of its own, not a relative word: a weekday or a day and month
NAMED_DAY = ascii_regex(
    r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+[0-9]{1,2}\b"
    r"|\b[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
)
# an amount its sentence places in another time keeps its own dating
NEIGHBOUR_OTHER_TIME = ascii_regex(
    _I + r"\b(?:earlier|previously|before|ago|last|past|already|since|recently|later|next|year|years|(?:19|20)[0-9][0-9])\b"
)


def _neighbour_days(facts: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """`facts` (aid, with `scope`, `_text_dated`, `_month_date`) with the undated events dated by a neighbouring sentence
    that names the day of their announcement, agreement or decision (NEXT_SENTENCE_NAMES_ITS_DAY, OPENS_ON_PREVIOUS)."""
    group = ["article_id", "sentence_idx"]
    undated = (
        (pl.col("scope") == "event") & ~pl.col("_text_dated") & pl.col("_month_date").is_null()
        & ~pl.col("sentence").str.contains(NEIGHBOUR_OTHER_TIME)
    )
    # (a part of a total named before, "Of this amount, EUR 30 billion ...", is its total's: not the next sentence's)
    wanted = facts.filter(undated & ~pl.col("_opens_part").fill_null(False)).select(group).unique()
    opening = facts.filter(undated & pl.col("sentence").str.contains(OPENS_ON_PREVIOUS)).select(group).unique()
    if wanted.is_empty() and opening.is_empty():
        return facts
    with_amounts = facts.select(group).unique()

    def day_of(text: pl.Expr) -> pl.Expr:
        # (the day something was done before the day it was reported: "As Reuters reported on April 24, the agreement,
        # signed on April 18, ...")
        return pl.coalesce(
            ref_to_date(date_ref_expr(text, pick="best"), pl.col("published_date")),
            ref_to_date(date_ref_expr(text, pick="best", announcement=True), pl.col("published_date")),
        )

    after = (
        sentences.join(wanted.with_columns(pl.col("sentence_idx") + 1), on=group, how="semi")
        .join(with_amounts, on=group, how="anti")
        .filter(pl.col("sentence").str.contains(NEXT_SENTENCE_NAMES_ITS_DAY) & pl.col("sentence").str.contains(NAMED_DAY))
        .select("article_id", (pl.col("sentence_idx") - 1).alias("sentence_idx"), day_of(pl.col("sentence")).alias("_next_day"))
    )
    before = (
        sentences.join(opening.with_columns(pl.col("sentence_idx") - 1), on=group, how="semi")
        .filter(pl.col("sentence").str.contains(NAMED_DAY)
                & (pl.col("sentence").str.contains(AID_WORDS) | pl.col("sentence").str.contains(_I + _POINTER_NOUN)))
        .select("article_id", (pl.col("sentence_idx") + 1).alias("sentence_idx"), day_of(pl.col("sentence")).alias("_previous_day"))
    )
    day = pl.coalesce(pl.when(~pl.col("_opens_part").fill_null(False)).then(pl.col("_next_day")), "_previous_day")
    dated = undated & day.is_not_null()
    return (
        facts.join(after, on=group, how="left", maintain_order="left")
        .join(before, on=group, how="left", maintain_order="left")
        .with_columns(
            pl.when(dated).then(day).otherwise(pl.col("event_date")).alias("event_date"),
            (pl.col("_text_dated") | dated.fill_null(False)).alias("_text_dated"),
        )
        .drop("_next_day", "_previous_day")
    )


def extract_aid(sentences: pl.DataFrame) -> pl.DataFrame:
    """Aid facts (FACT_SCHEMA) in the sentence frame of `split_sentences`."""
    mentions = find_money_mentions(sentences)
    group = ["article_id", "sentence_idx"]
    # a related-story link inside the body ("Read also: IMF clears another $700 million payout to Ukraine") is another
    # story's headline: its figure is no fact of this article (FACTS.md 10: "Read also" boxes carry other stories); so
    # are the items listed under a "Read also:" header and the bare headlines printed after one standing alone
    related = related_links(sentences)
    if not related.is_empty():
        mentions = mentions.join(related, on=group, how="anti")
    if mentions.is_empty():
        return empty_facts()
    with_money = sentences.join(mentions.select(group).unique(), on=group, how="semi")
    # frames stay in text order (article, sentence, mention) from here on:
    # the clause windows and the donor carried forward rely on it
    frame = _with_breakdown_openings(_nearest_donors(_clauses(mentions, with_money), with_money))
    frame = _with_continued_recipients(frame, sentences)
    frame = _with_anaphoric_amounts(frame, sentences)
    # the sentence after says the sum is shared between Ukraine and other countries
    shared = sentences.filter(pl.col("sentence").str.contains(UKRAINE_AND_OTHERS_NEXT)).select(
        "article_id", (pl.col("sentence_idx") - 1).alias("sentence_idx"), pl.lit(True).alias("_shared_with_others")
    ).unique()
    frame = frame.join(shared, on=group, how="left", maintain_order="left").with_columns(
        pl.col("_shared_with_others").fill_null(False)
    )
    # the wordings of money not yet committed, read once: several rules below ask for them
    frame = frame.with_columns(
        pl.col("before").str.replace_all(MOU_WITH_AGREEMENT, " signed an agreement ").str.contains(REQUESTED_BEFORE)
        .alias("_requested"),
        pl.col("before").str.contains(AWAITED_BEFORE).alias("_awaited"),
        (pl.col("after").str.contains(PROPOSED_AFTER) & ~pl.col("after").str.contains(APPROVED_AFTER)).alias("_proposed"),
    )

    clause = pl.col("clause")
    sentence = pl.col("sentence")
    before = pl.col("before")
    after = pl.col("after")
    gap_to_donor_before = sentence.str.slice(
        pl.col("before_hit_end"), pl.col("mention_start") - pl.col("before_hit_end")
    )
    # a giver investing or spending on weapons for Ukraine: "The Netherlands will invest EUR 500m in drones for Ukraine"
    giver_invests = (
        pl.col("before_gives_aid").fill_null(False)
        & gap_to_donor_before.str.contains(GIVER_INVESTS_GAP)
        & after.str.replace(CLAUSE_BREAK_AFTER, "").str.contains(FOR_UKRAINE_AFTER)
    ).fill_null(False)
    # a sentence that opens on a part of the amount before ("Of this amount", "The remaining $X") continues its aid
    # (or gives the amount of the tranche the sentence before names: "It amounted to EUR 3 billion")
    aid_sentence = sentence.str.contains(AID_WORDS) | pl.col("_opens_part") | giver_invests | pl.col("_anaphoric")
    # A directly governed amount ("pledged EUR 500m", "$1.2bn in military aid") is judged by the
    # words right around it; any other by its own clause: "Oslo's $1.8 trillion fund ..., while
    # Norway pledged NOK 3bn".
    direct = before.str.contains(DIRECT_AID_BEFORE) | after.str.contains(DIRECT_AID_AFTER)
    # a group of givers the lexicon does not name pledges the amount (not a donor's own members: "NATO allies")
    group_pledge = (
        pl.when(pl.col("donor_before").is_null()).then(before.str.contains(GROUP_PLEDGE_BEFORE))
        .otherwise(
            (gap_to_donor_before.str.contains(GROUP_PLEDGE_BEFORE)
             & ~gap_to_donor_before.str.contains(GROUP_OF_THE_DONOR))
            # ... also when the giver named is the conference's place: "Donors at the London conference pledged",
            # "the conference held in Rome has led to commitments of over EUR 10 billion"
            | (before.str.contains(GROUP_PLEDGE_BEFORE)
               & (gap_to_donor_before.str.contains(CONFERENCE_GAP) | pl.col("before_is_place").fill_null(False)))
        )
    ).fill_null(False)
    forum_after = (
        pl.col("donor_after").is_not_null()
        & sentence.str.slice(pl.col("mention_end"), pl.col("after_hit_start") - pl.col("mention_end"))
        .str.contains(FORUM_AFTER)
    ).fill_null(False)
    # ... for Ukraine, or for a part of an amount given to it ("Of this amount, ... to civilian needs")
    about_ukraine = (
        clause.str.contains(UKRAINE) | pl.col("_opens_part") | pl.col("_anaphoric") | before.str.contains(PART_LEAD)
        | (same_group_as_previous(["article_id", "sentence_idx"]) & after.str.contains(PART_AFTER))
        # ... or for a further part joined to one in a sentence about Ukraine: "..., with NOK 3 billion for air
        # defence and NOK 2 billion for civilian needs"
        | (same_group_as_previous(["article_id", "sentence_idx"]) & sentence.str.contains(UKRAINE)
           & before.str.contains(NEXT_PART_LEAD))
    )

    # money no one giver gives: a fund's size, a group's pledges, a sum split among givers (a headline restating it is
    # none either)
    pooled_money = (
        (before.str.contains(FUND_SIZE_BEFORE) & ~before.str.contains(OWN_SHARE_OF_A_FUND_BEFORE))
        | (after.str.contains(GROUP_AGENT_AFTER) & pl.col("donor_agent").is_null())
        | after.str.contains(SPLIT_AMONG_AFTER)
        | (group_pledge & pl.col("donor_agent").is_null() & ~forum_after)
    )
    # (read once: the other-money rules and the headline's restatements ask for it; the other wordings here are read in
    # a column of their own, so that the test for other money below stays shallow enough for `with_columns_once` to
    # take apart)
    frame = with_columns_once(frame, pooled_money.fill_null(False).alias("_pooled")).with_columns(
        (
            pl.col("_pooled")
            # the items of a list headed as still planned
            | sentence.str.slice(0, pl.col("mention_start")).str.contains(PLANNED_LIST_HEAD)
            # one sum for Ukraine and other states named before it
            | before.str.contains(UKRAINE_AND_OTHERS_BEFORE)
            # a conversion restated in a sentence of its own, the only amount there
            | (sentence.str.contains(CONVERSION_RESTATED) & pl.col("currency").is_in(["USD", "EUR"])
               & ~same_group_as_previous(["article_id", "sentence_idx"])
               & ~((pl.col("article_id") == pl.col("article_id").shift(-1))
                   & (pl.col("sentence_idx") == pl.col("sentence_idx").shift(-1))).fill_null(False))
        ).fill_null(False).alias("_other_r62")
    ).with_columns(
        (
            # a package made of many lenders' money
            (sentence.str.slice(pl.col("mention_end")).str.contains(POOLED_MAKEUP_AFTER)
             & pl.col("donor_agent").is_null())
            # a bill's part for another purpose, read on its own words
            | after.str.replace(CLAUSE_BREAK_AFTER, "").str.contains(OTHER_PURPOSE_AFTER)
            # Ukraine's own purchases
            | before.str.contains(UKRAINE_BUYS_BEFORE)
            | (before.str.contains(UKRAINE_SIGNS_BEFORE) & after.str.contains(CONTRACT_AFTER)
               & ~after.str.contains(LENDING_AFTER))
        ).fill_null(False).alias("_other_r17")
    )

    def without_aid_wording(text: pl.Expr) -> pl.Expr:
        text = text.str.replace_all(AID_PHRASES, " ")
        return pl.when(about_ukraine).then(text.str.replace_all(PURPOSE_PHRASES, " ")).otherwise(text)

    # aid wordings are blanked out before the window is cut, so that a cut cannot split one
    judged_text = (
        pl.when(direct)
        .then(
            without_aid_wording(before).str.tail(DIRECT_WINDOW).str.replace(CLAUSE_BREAK_BEFORE, "")
            + " " + pl.col("mention") + " "
            + without_aid_wording(after).str.head(DIRECT_WINDOW).str.replace(CLAUSE_BREAK_AFTER, "")
        )
        .otherwise(without_aid_wording(
            pl.col("own_clause").str.head(pl.col("_own_before").str.len_chars() + pl.col("mention").str.len_chars() + 2)
            + pl.col("own_clause").str.slice(pl.col("_own_before").str.len_chars() + pl.col("mention").str.len_chars() + 2)
            .str.replace(CONTRAST_CLAUSE_AFTER, "")
        ))
    )
    judged_text = pl.when(giver_invests).then(judged_text.str.replace_all(INVEST_WORDS, " ")).otherwise(judged_text)
    other_money = (
        judged_text.str.contains(NOT_AID)
        | judged_text.str.contains(NOT_COMMITTED)
        | before.str.contains(ASSET_YIELD_BEFORE)
        | pl.col("_requested")
        | before.str.contains(PENDING_DECISION_BEFORE)
        | before.str.contains(COMMITTEE_VOTE_BEFORE)
        | before.str.contains(ASSETS_PREDICATE_BEFORE)
        | _stalled(after)
        | (after.str.contains(AMOUNT_OF_ASSETS) & ~after.str.contains(AMOUNT_OF_ASSET_PROCEEDS)
           & ~after.str.contains(MILITARY_ASSETS_AFTER))
        | before.str.contains(HYPOTHETICAL_BEFORE)
        | pl.col("_awaited")
        | before.str.contains(AIM_CLAUSE_BEFORE)
        | before.str.contains(REPAYMENT_BEFORE)
        | _blocked(before)
        | before.str.contains(REQUEST_OBJECT_BEFORE)
        | after.str.contains(REQUESTED_AFTER)
        | pl.col("_proposed")
        | after.str.contains(COMPARISON_AFTER)
        | before.str.contains(REFERENCE_BEFORE)
        | before.str.contains(LOAN_GUARANTEE_BEFORE)
        | after.str.contains(EXPECTED_AFTER)
        | (after.str.contains(SCHEDULED_AFTER) & ~pl.col("own_clause").str.contains(DECIDED_BEFORE))
        | after.str.contains(MODAL_AFTER)
        | (after.str.contains(TARGET_AFTER) & ~after.str.contains(TARGET_VERB_AFTER))
        | before.str.contains(TARGET_BEFORE)
        | before.str.contains(PLANNED_BEFORE)
        | (before.str.contains(PLANNED_NOUN_BEFORE) & ~before.str.contains(PLANNED_DONE_BEFORE))
        | (before.str.contains(GATHERED_PLEDGES_BEFORE) & ~before.str.contains(OWN_PLEDGES_BEFORE))
        # (a giver's own remaining balance is "remaining" too: one test for both keeps the expression shallow)
        | (before.str.contains(REMAINING_BEFORE)
           & (after.str.contains(REMAINING_AFTER) | before.str.contains(OWN_REMAINING_BEFORE)))
        | before.str.contains(UNIT_VALUE_BEFORE)
        | before.str.contains(GUESSED_VALUE_BEFORE)
        | (before.str.contains(NEXT_AMOUNT_BEFORE) & ~before.str.contains(NEXT_DONE_BEFORE))
        | (pl.col("sentence").str.contains(BORROWING) & ~direct)
        | before.str.contains(UNNAMED_SHARE_BEFORE)
        | (before.str.contains(WORTH_BEFORE) & after.str.contains(EACH_AFTER))
        | (before.str.contains(POOLED_PACKAGE_BEFORE) & after.str.contains(POOLED_PACKAGE_AFTER)
           & pl.col("donor_agent").is_null())
        | (before.str.contains(POOLED_ENVELOPE_BEFORE) & after.str.contains(POOLED_ENVELOPE_AFTER)
           & pl.col("donor_agent").is_null())
        | (before.str.contains(POOLED_IN_BEFORE) & after.str.contains(POOLED_IN_AFTER))
        | (before.str.contains(PROGRAMME_PART_OF_BEFORE) & pl.col("donor_agent").is_null())
        | after.str.contains(POOLED_PLEDGES_AFTER)
        | ((before.str.contains(PROGRAMME_RAISED_BEFORE) | after.str.contains(POOLED_RAISED_AFTER))
           & pl.col("donor_agent").is_null() & pl.col("donor_before").is_null())
        | (before.str.contains(CONTRIBUTIONS_TOTAL_BEFORE) & ~before.str.contains(OWN_CONTRIBUTIONS_BEFORE))
        | before.str.contains(BENCHMARK_BEFORE)
        | (~about_ukraine & pl.col("own_clause").str.contains(OWN_DEFENCE))
        | after.str.contains(APPEAL_AFTER)
        | after.str.contains(SEVERAL_STATES_AFTER)
        | after.str.contains(UKRAINE_AND_OTHERS_AFTER)
        | pl.col("_shared_with_others")
        | after.str.contains(FOREIGN_AID_BILL_AFTER)
        # the typical size of several packages: "three aid packages of roughly 400 million euros each"
        | (before.str.contains(PACKAGES_OF_BEFORE) & after.str.contains(EACH_AFTER))
        | before.str.contains(IN_PACKAGES_OF_BEFORE)
        | before.str.contains(LEFT_OUT_BEFORE)
        | (before.str.contains(LEFT_OUT_OF) & after.str.contains(LEFT_OUT_OF_AFTER))
        # many givers' money at once: external financing Ukraine received, a group's pledges at a conference
        | (before.str.contains(POOLED_RECEIPT_BEFORE) & after.str.contains(POOLED_SOURCE_AFTER)
           & (~after.str.contains(FROM_AFTER) | after.str.contains(POOLED_FROM_AFTER))
           & pl.col("donor_agent").is_null())
        | (pl.col("_other_r62") | pl.col("_other_r17"))
    )
    # "allies are expected to fund about $1 billion in the first month and about $750 million a
    # month after": a second amount joined by "and", with no verb of its own, is as uncommitted
    not_yet = (
        pl.col("_requested") | before.str.contains(HYPOTHETICAL_BEFORE)
        | pl.col("_awaited") | before.str.contains(PENDING_DECISION_BEFORE)
        | before.str.contains(AIM_CLAUSE_BEFORE)
    )
    joined_lead = (
        same_group_as_previous(["article_id", "sentence_idx"])
        & (
            (before.str.contains(JOINED_AMOUNT_LEAD) & ~before.str.contains(DIRECT_AID_BEFORE))
            # ... and so is a part of it: "is asking Congress to authorise $33 billion, including $20 billion in
            # military assistance"
            | before.str.contains(PART_LEAD)
            # ... and so is the rest of it: "...; Brussels will use the remaining EUR 5.9 billion to buy drones"
            | before.str.contains(REMAINING_BEFORE)
        )
    )
    frame = frame.with_columns(not_yet.alias("_not_yet"), joined_lead.alias("_joined_lead")).with_columns(
        (pl.col("_joined_lead") & pl.col("_not_yet").shift(1).fill_null(False)).alias("_joined_not_yet")
    )
    # ... and the next part joined to such a part: "are set to allocate EUR 178 million ..., with Denmark committing
    # EUR 135 million and Norway adding EUR 43 million" (a breakdown of money not yet committed is not committed either)
    for _ in range(MAX_LISTED_PARTS - 1):
        frame = frame.with_columns(
            (
                pl.col("_joined_not_yet")
                | (
                    (pl.col("_joined_lead") | (same_group_as_previous(["article_id", "sentence_idx"])
                                               & before.str.contains(NEXT_PART_GIVING_LEAD)))
                    & pl.col("_joined_not_yet").shift(1).fill_null(False)
                )
            ).alias("_joined_not_yet")
        )
    frame = frame.drop("_joined_lead")
    # "would increase to $3.6 billion from $1.2 billion": the old figure of a rise, said after the new one, is no fact
    old_of_rise = (
        same_group_as_previous(["article_id", "sentence_idx"])
        & before.str.contains(FROM_OLD_FIGURE_LEAD)
        & before.shift(1).str.contains(RISES_TO_BEFORE).fill_null(False)
    )
    # The figures that go on describing money not yet committed, with no giver of their own and no verb that gives
    # them, are as uncommitted as it: "Biden's proposal has $20 billion in military aid. There is also $8.5 billion in
    # economic aid ...", "The government proposes NOK 85 billion for 2026. Fifteen billion ($1.4 billion) will be
    # civilian aid and 70 billion ($6.9 billion) military aid" (a figure that names its giver, or an aid verb right
    # before it, is a statement of its own)
    uncommitted_here = (
        pl.col("_not_yet") | pl.col("_joined_not_yet")
        | pl.col("_proposed")
    )
    unanchored = (
        pl.col("donor_agent").is_null() & pl.col("donor_before").is_null() & pl.col("donor_after").is_null()
        & ~before.str.contains(DIRECT_AID_BEFORE) & aid_sentence
        # (a sentence opening on "Of this amount" names its total and is read with it, as before)
        # (a breakdown, "In particular, EUR 1 billion should go to ...", goes on describing the figure before it)
        & ~sentence.str.contains(PART_OPENING)
    ).fill_null(False)
    # (its wordings read once: the loop below passes the flag on down the rows)
    frame = frame.with_columns(
        uncommitted_here.fill_null(False).alias("_continues_uncommitted"),
        (same_group_as_previous(["article_id"]) & unanchored).alias("_unanchored"),
    )
    frame = carry_down_list(frame, "_continues_uncommitted", pl.col("_unanchored")).drop("_unanchored")
    other_money = other_money | pl.col("_joined_not_yet") | old_of_rise | pl.col("_continues_uncommitted")
    # the two ends of a range: "EUR 2bn-EUR 3bn", "between $1bn and $2bn"
    same_sentence_as_previous = same_group_as_previous(["article_id", "sentence_idx"])
    range_end = same_sentence_as_previous & (
        before.str.contains(RANGE_DASH)
        | (before.str.contains(AND_ONLY) & before.shift(1).str.contains(BETWEEN_BEFORE).fill_null(False))
    )
    frame = frame.with_columns(range_end.alias("_range_end"))
    other_money = other_money | pl.col("_range_end") | pl.col("_range_end").shift(-1).fill_null(False)
    # "raised from X to Y": X is the old figure; Y, the new total, is the same kind of money as X
    # ("raised the cap on drawdown authority from $100 million to $11 billion" is neither aid)
    raised_to_next = after.str.contains(RAISED_TO_AFTER)
    # (the judged text and the wordings read around the amount recur across these rules: each once)
    frame = with_columns_once(
        frame,
        other_money.alias("_other_money"),
        (before.str.contains(RAISED_FROM_BEFORE) & raised_to_next).alias("_superseded"),
        (before.str.contains(RAISED_BY_BEFORE) & raised_to_next).alias("_raised_by"),
    ).with_columns(
        (
            same_group_as_previous(["article_id", "sentence_idx"])
            & (pl.col("_superseded") | pl.col("_raised_by")).shift(1).fill_null(False)
        ).alias("_raised_total"),
        # read here, before repeated amounts are dropped, so that the figure before is the sentence's own
        (
            same_group_as_previous(["article_id", "sentence_idx"])
            & before.shift(1).str.contains(RISES_TO_BEFORE).fill_null(False)
            & before.str.contains(JOINED_RISE_LEAD)
        ).alias("_joined_rise"),
        # a part of the figure before, read here too, so that a part said again (a conversion, a repeat) and dropped
        # below does not cut the list of parts after it: "35 billion crowns ($3 billion), from which $1.1 billion is
        # for civilian needs and $2 billion is for the army"
        (
            same_group_as_previous(["article_id", "sentence_idx"])
            & (before.str.contains(PART_LEAD) | after.str.contains(PART_AFTER))
        ).alias("_part_read_early"),
    )
    frame = frame.with_columns(
        (same_group_as_previous(["article_id", "sentence_idx"]) & before.str.contains(NEXT_PART_LEAD))
        .alias("_next_part_early")
    )
    frame = carry_down_list(frame, "_part_read_early", pl.col("_next_part_early")).drop("_next_part_early")
    # the next items of a list whose first item is other money, joined by a comma or "and" with no verb of their own,
    # are the same money: "the 2024 budget includes $100 million for schools, more than $200 million for food and
    # another $100 million for roads" (read before repeated amounts are dropped, so that the item before is the list's)
    list_item = (
        same_group_as_previous(["article_id", "sentence_idx"])
        & before.str.contains(PLAIN_ITEM_LEAD) & ~before.str.contains(LIST_ITEM_VERB)
        & ~before.str.contains(DIRECT_AID_BEFORE)
    )
    frame = frame.with_columns(list_item.alias("_list_item"))
    frame = carry_down_list(frame, "_other_money", pl.col("_list_item")).drop("_list_item")
    other_money = (
        pl.col("_other_money") | pl.col("_superseded")
        | (pl.col("_raised_total") & pl.col("_other_money").shift(1).fill_null(False))
    )
    # a giver that is elsewhere a recipient ("Taiwan pledged US$2.5 million for a bridge in Kyiv") is read
    # from the end of its name on
    giver_is_listed = pl.col("donor_before").fill_null("").str.contains(OTHER_RECIPIENTS)
    recipient_text = (
        pl.when(giver_is_listed).then(sentence.str.slice(pl.col("before_hit_end"))).otherwise(clause)
    )
    other_recipient = recipient_text.str.contains(OTHER_RECIPIENTS) | (
        sentence.str.contains(OTHER_RECIPIENTS) & ~clause.str.contains(UKRAINE) & ~giver_is_listed
    )
    # a share named for Ukraine right after it is Ukraine's, whatever share for another country comes before it:
    # "includes 5 million euros for Moldova and 45 million euros for Ukraine"
    ukraine_share = after.str.contains(UKRAINE_SHARE_AFTER) & ~after.str.replace(THE_REST_CLAUSE, "").str.contains(
        OTHER_RECIPIENTS
    )
    other_recipient = other_recipient & ~ukraine_share
    # after a share for Ukraine, a share for something else is not Ukraine's: "$61bn for Ukraine and $20bn for border
    # security" (a part, "including $13.8bn for weapons", stays)
    sentence_key = pl.col("article_id") + "#" + pl.col("sentence_idx").cast(pl.String)
    after_a_ukraine_share = (
        pl.when(ukraine_share).then(sentence_key).forward_fill().shift(1) == sentence_key
    ).fill_null(False)
    other_share = (
        after_a_ukraine_share & after.str.contains(SHARE_AFTER)
        & ~after.str.replace(CLAUSE_BREAK_AFTER, "").str.contains(UKRAINE) & ~before.str.contains(PART_LEAD)
        & ~after.str.contains(PART_AFTER)
    )
    other_recipient = other_recipient | other_share
    same_sentence_as_next = pl.lit(True)
    for column in ("article_id", "sentence_idx"):
        same_sentence_as_next = same_sentence_as_next & (pl.col(column) == pl.col(column).shift(-1)).fill_null(False)
    total_of_a_ukraine_share = (
        same_sentence_as_next
        & (before.str.contains(PART_LEAD) & after.str.contains(UKRAINE_PART_AFTER)).shift(-1).fill_null(False)
        & ~clause.str.contains(UKRAINE)
    )
    # ... and money for Ukrainians who fled to another country is that country's aid
    other_recipient = other_recipient | pl.col("own_clause").str.contains(REFUGEES_ABROAD) | (
        # ... also said after the amount in a relative clause that runs past the amount's own clause: "NZD 1 million
        # will help Ukrainians who had to flee their homes and have since settled in nearby states" (up to the next amount only)
        after.str.contains(REFUGEES_AFTER)
    ) | (
        ~clause.str.contains(UKRAINE) & sentence.str.contains(REFUGEES_ABROAD)
    )
    other_recipient = other_recipient | total_of_a_ukraine_share | (pl.col("_continues_other") & ~sentence.str.contains(UKRAINE))
    adversary_money = (
        pl.col("donor_before").is_not_null() & ~pl.col("before_gives_aid").fill_null(True)
        & pl.col("donor_agent").is_null()
    )
    # a giver that receives the money is its recipient: "Hungary received EUR 10 billion of unfrozen EU funds"
    giver_receives = (
        pl.col("before_gives_aid").fill_null(False)
        & sentence.str.slice(pl.col("before_hit_end"), pl.col("mention_start") - pl.col("before_hit_end"))
        .str.contains(GIVER_RECEIVES_GAP)
    )
    clean = aid_sentence & ~other_money & ~other_recipient & ~adversary_money & ~giver_receives
    # The article is about aid to Ukraine when one of its sentences speaks of
    # aid and names Ukraine; then an aid sentence that does not ("Of that
    # sum, ...", "Sweden's tenth package was worth ...") still counts.
    anchored_articles = pl.concat([
        sentences.filter(
            pl.col("sentence").str.contains(UKRAINE) & pl.col("sentence").str.contains(AID_WORDS)
        ).select("article_id"),
        # ... or a giver invests in weapons for Ukraine
        frame.filter(giver_invests).select("article_id"),
    ]).unique()

    # "Ukraine's allies pledged ..." after a dateline ("BRUSSELS (AP) —"): the giver is named after
    donor_before = (
        pl.when(gap_to_donor_before.str.contains(GENERIC_GIVERS) & pl.col("donor_after").is_not_null())
        .then(None).otherwise(pl.col("donor_before"))
    )
    # figures the body names as no commitment (planned, a memorandum, a forecast): a headline restating one is none
    # (only those not yet given: a figure dropped as other money, "an estimated value", is no such statement)
    not_given = (
        pl.col("_requested") | pl.col("_awaited") | before.str.contains(PLANNED_BEFORE)
        | before.str.contains(PENDING_DECISION_BEFORE) | _blocked(before)
        | before.str.contains(HYPOTHETICAL_BEFORE) | after.str.contains(REQUESTED_AFTER)
        | pl.col("_proposed")
        | after.str.contains(EXPECTED_AFTER) | after.str.contains(MODAL_AFTER)
        | before.str.contains(GUESSED_VALUE_BEFORE)
        | _stalled(after)
        # ... and the next package before its announcement: "The next $625 million US aid package may include ..."
        | (before.str.contains(NEXT_AMOUNT_BEFORE) & ~before.str.contains(NEXT_DONE_BEFORE))
        | pl.col("_pooled")
    )
    # the sentence right after says the money still awaits approval; or a staff-level agreement names it
    awaiting = sentences.filter(pl.col("sentence").str.contains(STILL_TO_BE_APPROVED)).select(
        "article_id", (pl.col("sentence_idx") - 1).alias("sentence_idx"), pl.lit(True).alias("_awaiting")
    )
    frame = frame.join(awaiting.unique(), on=["article_id", "sentence_idx"], how="left", maintain_order="left")
    pending = (
        (pl.col("_awaiting").fill_null(False) & ~after.str.contains(APPROVED_AFTER))
        | (before.str.contains(STAFF_LEVEL) & ~sentence.str.contains(BOARD_APPROVED))
    )
    frame = frame.with_columns(pending.alias("_pending")).drop("_awaiting")
    not_given = not_given | pl.col("_pending")
    uncommitted_figures = frame.filter(
        not_given & pl.col("currency").is_not_null() & ~headline_line(pl.col("sentence"))
    ).select("article_id", "currency", "amount")
    # ... and the conversion the body states beside any of its aid figures, kept or not: a headline quoting it ("Taiwan
    # to send $41 million" over "a dedicated budget of NT$1.3 billion (about $41 million) ... this year") restates that
    # figure, which is the fact or none (FACTS.md 4: a conversion in brackets is the same fact)
    body_rows = frame.filter(aid_sentence & ~headline_line(pl.col("sentence")))
    headline_figures = pl.concat([
        uncommitted_figures,
        body_rows.filter(pl.col("stated_usd").is_not_null() & (pl.col("currency") != "USD")).select(
            "article_id", pl.lit("USD").alias("currency"),
            pl.col("stated_usd").cast(uncommitted_figures.schema["amount"]).alias("amount")),
        body_rows.filter(pl.col("stated_eur").is_not_null() & (pl.col("currency") != "EUR")).select(
            "article_id", pl.lit("EUR").alias("currency"),
            pl.col("stated_eur").cast(uncommitted_figures.schema["amount"]).alias("amount")),
    ])
    frame = (
        frame.join(anchored_articles, on="article_id", how="semi", maintain_order="left")
        .with_columns(direct.fill_null(False).alias("_direct"))
        # below a thousand it is a price or a misread range ("$1-2 billion"), not a package
        .pipe(filter_once, clean & ~pl.col("_pending") & (pl.col("amount") >= MIN_AMOUNT))
        .with_columns(
            pl.coalesce(pl.col("donor_agent"), donor_before, pl.col("donor_after"), pl.col("_antecedent_donor"))
            .alias("_own_donor")
        )
    )
    # a headline line in the body whose giver the article names nowhere else is another story's headline (read before
    # its giver could be carried on to the figures after it)
    frame = _drop_unrelated_headlines(frame, sentences)
    # "Of that sum, 2.8 billion crowns ..." names no donor: it is the donor of
    # the article's previous figure (carried down the rows, not across articles)
    carried_donor = pl.col("_own_donor").forward_fill()
    carried_from = pl.when(pl.col("_own_donor").is_not_null()).then(pl.col("article_id")).forward_fill()
    frame = (
        frame.with_columns(
            pl.when(
                (carried_from == pl.col("article_id"))
                # a pooled total of many givers is not the previous giver's ("the total amount of
                # contributions to the Fund has increased to EUR 440 million")
                & (pl.col("_own_donor").is_not_null() | ~pl.col("clause").str.contains(POOLED_TOTAL))
            ).then(carried_donor).alias("donor")
        )
    )
    frame = _legislature_donor(frame, sentences).with_columns(
        pl.coalesce(
            pl.col("currency"),
            pl.col("donor").replace_strict(DONOR_CURRENCIES, default=None, return_dtype=pl.String),
        ).alias("currency")
    )
    frame = _local_dollars(frame, sentences)
    frame = (
        frame
        # no currency, or no one to give it (Ukraine's own spending reads like aid otherwise)
        .filter(
            pl.col("currency").is_not_null()
            & ~pl.col("currency").is_in(NOT_AID_CURRENCIES)
            & pl.col("donor").is_not_null()
        )
    )
    # a headline line that the body states again is the body's fact: the body says the day and the scope
    frame = _drop_restated_headline_amounts(frame, headline_figures)
    # ... and a figure the article names elsewhere as no commitment (planned, ready to give, to be announced), restated
    # with no aid verb of its own, is that figure: "Kishida said Japan was ready to provide $4.5 billion" and "The new
    # package will amount to around $4.5 billion" (a restatement that gives it, "Japan pledged $4.5 billion", stays)
    if not uncommitted_figures.is_empty():
        restated_uncommitted = uncommitted_figures.unique().with_columns(pl.lit(True).alias("_named_uncommitted"))
        frame = (
            frame.join(restated_uncommitted, on=["article_id", "currency", "amount"], how="left", maintain_order="left")
            # (nor one whose sentence names a decision: "the framework agreed is SEK 75 billion")
            # (an aid noun after it gives nothing: "three people familiar with the $725 million package" restates "the
            # next $725 million package")
            .filter(~(pl.col("_named_uncommitted").fill_null(False) & ~pl.col("before").str.contains(DIRECT_AID_BEFORE)
                      & ~pl.col("sentence").str.contains(POINT_IN_TIME)))
            .drop("_named_uncommitted")
        )
    frame = frame.drop("_direct")
    # ... and an amount that another statement of the article gives as its conversion is that statement's figure
    frame = _drop_restated_conversions(frame)
    # ... and so is an amount that a pronoun-like subject restates in another currency after an earlier figure: "The
    # funds, equivalent to 471 billion yen, are part of ..." after "Japan converted a $3 billion loan" (FACTS.md 7)
    frame = frame.filter(~(
        pl.col("before").str.contains(RESTATED_EQUIVALENT_BEFORE)
        & (pl.int_range(pl.len()).over("article_id") > 0)
    ))
    # the same amount repeated in one article is one fact: keep its first statement; but the same sum from another
    # giver, named as its sentence's own subject, is that giver's package: "Germany will finance a $500 million
    # package" and "Denmark, Norway and Sweden confirmed they would finance a $500 million package" are two (FACTS.md 6)
    own_giver = (
        pl.when(pl.col("donor_agent").is_null() & pl.col("donor_before").is_not_null()
                & (pl.col("_own_donor") == pl.col("donor_before")))
        .then(pl.col("_own_donor"))
        # ... and so is one whose giver is named right after it, in a list of givers each with its sum: "$2 billion
        # from Norway, $2.6 billion from Germany, and $2 billion from France" (two $2 billion facts)
        .when(pl.col("donor_agent").is_not_null()).then(pl.col("donor_agent"))
    )
    frame = (
        frame.with_row_index("_row").with_columns(own_giver.alias("_giver"))
        .with_columns(
            pl.col("_giver").is_not_null().alias("_named"),
            pl.col("_giver").fill_null("").alias("_giver_key"),
        )
    )
    figure = ["article_id", "currency", "amount"]
    # ... but "another" before the same figure in the sentence of its first statement is a second sum: "over $3
    # billion in humanitarian relief and another $3 billion in foreign military financing" (two facts)
    first_sentence = frame.unique(figure, keep="first", maintain_order=True).select(
        *figure, pl.col("sentence_idx").alias("_first_sentence"), pl.col("_row").alias("_first_statement"))
    another = (
        frame.join(first_sentence, on=figure, how="inner")
        .filter((pl.col("_row") != pl.col("_first_statement")) & (pl.col("sentence_idx") == pl.col("_first_sentence"))
                & pl.col("before").str.contains(ANOTHER_SUM_BEFORE))
        .drop("_first_sentence", "_first_statement")
    )
    # ... and so is one said to be "also" that figure: another tranche of the same size ("The previous tranche was sent on
    # June 12, it also came to EUR 1.8 billion", "Before that, a tranche arrived on June 6 - also EUR 1.8 billion")
    also_the_same = (
        frame.join(first_sentence.select(*figure, "_first_statement"), on=figure, how="inner")
        .filter((pl.col("_row") != pl.col("_first_statement")) & pl.col("before").str.contains(ALSO_THE_SAME_BEFORE))
        .drop("_first_statement")
    )
    another = pl.concat([another, also_the_same])
    first_of_figure = frame.unique(figure, keep="first", maintain_order=True)
    # a later statement with a giver of its own that no earlier statement of the figure named
    other_giver = (
        frame.filter(pl.col("_named"))
        .unique([*figure, "_giver_key"], keep="first", maintain_order=True)
        .join(first_of_figure.select(*figure, pl.col("_giver_key").alias("_first_giver"),
                                     pl.col("_row").alias("_first_row")), on=figure, how="inner")
        .filter((pl.col("_row") != pl.col("_first_row")) & (pl.col("_first_giver") != "")
                & (pl.col("_giver_key") != pl.col("_first_giver")))
        .drop("_first_giver", "_first_row")
    )
    frame = (
        pl.concat([first_of_figure, other_giver, another]).unique("_row", keep="first").sort("_row")
        .drop("_row", "_giver", "_named", "_giver_key")
    )

    frame = frame.with_columns(
        pl.lit("aid").alias("fact_type"),
        pl.when(before.str.contains(AT_LEAST)).then(pl.lit("at_least"))
        .when(before.str.contains(APPROX)).then(pl.lit("approx"))
        .when(before.str.contains(AT_MOST)).then(pl.lit("at_most"))
        .otherwise(pl.lit("exact")).alias("qualifier"),
        pl.when(pl.col("after").str.contains(UKRAINE_AND_ALLIES)).then(pl.lit("Ukraine and European allies"))
        .when(~pl.col("after").str.extract(ALLIES_FIRST, 1).str.contains(UKRAINE))
        .then(pl.lit("European allies"))
        .otherwise(pl.lit("Ukraine")).alias("recipient"),
        pl.coalesce(_first_match(AID_TYPES, pl.col("after")), _first_match(AID_TYPES, clause)).alias("aid_type"),
        pl.col("sentence").alias("evidence"),
        pl.col("sentence_start").alias("evidence_start"),
        pl.col("sentence_end").alias("evidence_end"),
    )
    facts = _add_clause_dates(frame.lazy()).collect().sort("article_id", "sentence_idx", "mention_idx")
    facts = add_conversions(facts, date_column="published_date")
    facts = facts.filter(pl.col("amount_usd").fill_null(0) <= MAX_AID_USD)
    # an event's month without its day, and the lede's day for the undated parts of its announcement
    return conform(date_aid_events(_neighbour_days(_scope_and_rule(facts), sentences),
                                   ledes=_announcement_ledes(sentences, facts)))
