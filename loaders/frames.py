"""The trigger lexicon: which words signal which relationship, and in which form.

A :class:`Frame` ties a trigger pattern to a relationship family and a grammatical
form. ``active`` triggers take their agent on the left ("Russia **sold** ..."),
``passive`` ones take it after *by* ("... **was supplied by** Russia"), ``nominal``
ones take their theme after *of* ("the **sale of** the S-400 to China"), and
``reverse`` ones put the agent's counterpart on the left ("the SCO was **founded by**
China and Russia", "Su-27s built **under licence from** Russia").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.openings import SENTENCES, OpeningIndex, gate_patterns

# "built by", "built jointly by", "built under licence by", "built in Russia by", "built for it by", "built for the navy by"
BY_AGENT = r"(?:under (?:a )?licen[cs]e\s+|in (?:\w+ ){1,2}|for (?:it|them|(?:the )?[\w'’-]+(?: [\w'’-]+){0,2}) )?by\b"
# a reduced passive of a sale whose recipient comes before the agent: "helicopters supplied to South Vietnam by the
# United States", "jets sold to Peru in 1985 by France" (a capitalised name after "to", then "by")
BY_AGENT_AFTER_RECIPIENT = (
    r"(?:to (?:the )?(?-i:[A-Z])[\w'’-]*(?: (?:of )?(?-i:[A-Z])[\w'’-]*){0,3},? (?:(?:in|during) (?:\w+ ){1,2})?by\b|" + BY_AGENT + ")"
)
PASSIVE_AUX = r"(?:(?:was|were|is|are|been|being|be|had been|has been|have been)\s+(?:\w+ly\s+|first\s+|also\s+|later\s+)?)"


@dataclass(frozen=True)
class Frame:
    type: str
    pattern: re.Pattern
    form: str  # active, passive, nominal, reverse, joint, journey
    family: str  # transfer, directed, pair, participation, location, veto, membership


def _frames(rel_type: str, family: str, form: str, *words: str, by_agent: str = BY_AGENT) -> list[Frame]:
    alternatives = "|".join(words)
    if form == "passive":
        # "has been co-developing" is progressive, not passive
        regex = rf"\b(?:{PASSIVE_AUX}(?![\w-]+ing\b)(?:{alternatives})\b|(?:{alternatives})(?=\s+(?:\w+ly\s+)?{by_agent}))"
    else:
        # A word boundary after a word, none needed after a colon ("Founding members:").
        regex = rf"\b(?:{alternatives})(?!(?<=\w)\w)"
    return [Frame(rel_type, re.compile(regex, re.IGNORECASE), form, family)]


# when an entrant came in, told from the entry before: "two years later", "the following year", "the year after",
# "at the start of the next year"
ENTRY_AFTER = (
    r"\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:later|afterwards)"
    r"|the\s+(?:following|next)\s+year|the\s+year\s+after|(?:at|by)\s+the\s+(?:start|beginning|end)\s+of\s+the\s+(?:following|next)\s+year)\b"
)
IN_ORGANIZATION = r"(?:is|are|['’]s|['’]re|been)(?: still| also| both| all)? in(?= (?:both )?(?:the )?(?-i:[A-Z]))"
# "signed a $5.4 billion deal in 2018 to ...", "inked a contract for ..."; a timeline's present "2017 — Turkey
# signs a contract with Russia for ..." (not "signs of a deal")
DEAL = (
    r"(?:signed|inked|concluded|struck|sealed|agreed|clinched|finali[sz]ed|signs(?! of\b)|inks|concludes|seals|clinches|finali[sz]es)\s+(?:a |an |the )?(?:[\w$.,-]+\s+){0,4}?(?:contract|deal|agreement|accord)"
    r"(?:\s+(?:in|on)\s+(?:\w+\s+)?\d{4})?"
)
# the other party and the date that may follow a deal ("... with the United States government in January 2023")
DEAL_PARTY_AND_DATE = r"(?: with (?:the )?(?:[A-Z][\w-]*(?:'s|’s) )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}(?: government| authorities)?)?(?:\s+(?:in|on)\s+(?:\w+\s+)?\d{4},?)?"
SELL_VERBS = (
    r"(?:sold|sells|selling) (?:on|off)(?= (?:the|its|their|a|an|\d+|some|several|two|three|four|five|six) )|"
    # "Jordan offloaded its Cobras to Pakistan", "flogged the jets to Iran", "consigned the tanks to Kenya": sold, in
    # wire copy's and dealers' words
    r"offloaded|offloads|offloading|flogged|flogs|flogging|consigned|consigns|re-export(?:ed|s|ing)?|"
    # "Rosoboronexport won an order for twelve Su-35s", "landed a contract to supply ...": the seller's side of an order
    r"(?:won|wins|winning|landed|lands|landing) (?:a |an |its |their |the )?(?:[\w$€£.,-]+ ){0,3}?(?:orders?|contracts?|deals?) (?:for|to (?:supply|deliver|build))|"
    r"sold|sells?|selling|delivered|deliver(?:s|ing)?|supplied|suppl(?:y|ies|ying)(?! ships?| vessels?| chains?| lines?| routes?| depots?| convoys?| tankers?)|"
    # not the noun before another: "the missile's first export customer", "an export version"
    r"exported|exports?(?! (?:customers?|clients?|markets?|versions?|variants?|models?|orders?|deals?|contracts?|licen[cs]es?|controls?|bans?|"
    r"successe?s?|credits?|sales|earnings|revenues?|figures|drive|push|potential|success)\b)|exporting|"
    # "leased ... from Switzerland" is the lessee's (see BUY_VERBS)
    # (not the noun: "escorted landing ships", "two supply ships", "Mistral ships from France", "ships built in Korea")
    r"shipped|(?<!landing )(?<!cargo )(?<!supply )(?<!container )(?<!naval )(?<!patrol )(?<!amphibious )(?<!support )(?<!escort )(?<!transport )"
    r"ships(?!,? (?:from|built|made|were|are|was|of|for|and|or)\b)|shipping|handed over|transferred|"
    # "Russia handed Iran Yak-130 trainers": the recipient before the theme, as after "sold"
    r"handed(?! (?:down|out|back)\b)|leased(?!\s[^.;:?!]{0,60}?\bfrom\b)|airlift(?:ed|ing|s)|"
    # "Moscow armed Vietnam with six Kilo-class boats": the recipient named, the system after "with" (not the
    # participle of "Su-35s armed with R-77 missiles", which has no recipient between)
    r"(?:armed|arms|arming)(?= (?:the )?(?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*){0,2} with\b)|"
    # "1995 - Russia transfers the first of two Kilo-class submarines": a timeline's present; not the noun
    r"transfers(?= (?:the|a|an|its|their|\d+|two|three|four|five|six|more|further)\b)|provided|provides|furnished|donated|donates|donating|gifted|passe[sd] on|"
    # "Australia gave the air force 23 Sabre fighters": a counted system after its recipient (not "gave two reasons")
    r"gave(?=\s(?:[\w-]+\s){0,4}?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)\s(?:[a-z][\w-]*\s){0,2}?(?-i:[A-Z])[\w-]*\d?)|"
    # "Egypt passed MiG-21s to the United States": a system handed on to the recipient after "to"
    r"passed(?=\s(?:(?:a|an|the|its|their|some|several|\d+|two|three|four|five|six)\s)?(?-i:[A-Z])[\w-]*\s?[^.;:?!]{0,30}?\bto\b)|"
    rf"{DEAL} to (?:sell|supply|deliver|provide)|"
    # "Embraer holds orders from the Netherlands and Austria": the seller's order book, its buyers after "from"
    r"(?:holds?|held|holding|won|wins?|winning) (?:(?:firm|new|export|further|more|fresh|repeat) )?orders from"
)
BUY_VERBS = (
    r"bought|buys?|buying|purchased|purchases?|purchasing|acquired|acquires?|acquiring|received|receives?|receiving|"
    r"took delivery of|takes? delivery of|taking delivery of|taken delivery of|imported|imports?|importing|ordered|orders|"
    r"obtained|obtains?|procured|procures?|took possession of|takes? possession of|taken possession of|"
    # "Vietnam snapped up six Kilos": bought, in wire copy's idiom
    r"snapped up|snaps up|snapping up|"
    # "Egypt secured 24 Rafales", "Hanoi picked up six Kilos", "splashed out on the F-35", "got its hands on the S-400":
    # bought, in wire copy's idiom, only with a designated system (a name with a digit) right after
    r"(?:secured|secures|picked up|picks up|sourced|sources|bagged|bags|paid for|pays for|splashed out on|splashes out on|"
    r"stocked up on|stocks up on|(?:got|gets|getting) (?:its|their) hands on)"
    r"(?=\s(?:(?:a|an|the|its|their|some|several|more|further|new|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)\s){0,2}"
    r"(?:[a-z][\w-]*\s)?(?-i:[A-Z])[\w/-]*\d)|"
    # "the air force took the aircraft on charge", "took on charge the first of them": accepted into the inventory,
    # in British service usage; "accepted delivery of": the buyer's
    r"(?:took|takes|taken|taking) on charge|accept(?:ed|s|ing)? delivery of|"
    # "Vietnam got six Kilos from Russia": "got" buys only with a seller after it
    r"got(?=\s[^.;:?!]{0,60}?\bfrom\b)|"
    # "The Agency accepted 96 K9 howitzers from South Korea": a buyer's acceptance of delivered goods,
    # only with their seller after it (not "accepted the offer", "accepted a proposal from")
    r"accepted(?=\s(?:(?:a|an|the|its|their|all|\d[\d,]*|first|last|remaining|final|further|more|new)\s){0,3}?(?-i:[A-Z0-9])[^.;:?!]{0,50}?\bfrom\b)|"
    # "took its first Gripen E from Sweden", "has taken twenty Su-30SMs from Russia": likewise
    r"(?:took|taken)(?! (?:part|place|over|office|power|command|control|note|charge|shape|effect|hold|aim|refuge)\b)(?=\s[^.;:?!]{0,60}?\bfrom\b)|"
    # "signed a contract with the United States government in January 2023 for 88 F-35A aircraft"
    # ("... with France's Naval Group for two Scorpène submarines": a possessive state before the firm)
    rf"{DEAL}(?=(?: with (?:the )?(?:[A-Z][\w-]*(?:'s|’s) )?[A-Z][\w-]*(?: [A-Z][\w-]*){{0,2}}(?: government| authorities)?)?(?:\s+(?:in|on)\s+(?:\w+\s+)?\d{{4}},?)? (?:for|to (?:buy|acquire|purchase|procure)))|"
    # "Kenya signed a contract with China in 2023; the shipyard will deliver two corvettes in 2025": a signed
    # contract is an order, whose goods the delivery still to come names (see relations.GOODS_DUE_UNDER_DEAL)
    rf"{DEAL}(?={DEAL_PARTY_AND_DATE}(?:;|,? and|,? under which) (?:the |its |their )?(?:[\w-]+ ){{0,3}}?(?:will|is to|are to|is due to|are due to|shall) (?:\w+ly )?(?:deliver|supply|build|hand over|provide))|"
    # ("placed a joint order for nine", "placed its first order for": a closed set of words for what kind of order)
    r"placed (?:an |a |its |their )?(?:(?:joint|first|second|new|initial|follow-on|further|repeat|firm|combined|additional|launch) )?orders? for|"
    # "Saudi Arabia placed a $3.2bn order with LIG Nex1": the firm or state after "with" is the seller
    r"placed (?:an |a |its |their )?(?:[\w$€£.,-]+\s+){0,3}?orders?(?= with\b)|"
    # "Saudi Arabia signed its own THAAD order in 2017", "followed with a KM-SAM contract of its own": the system named
    # before the deal noun (not "... contract with France", whose other side the seller or the buyer may be)
    r"(?:signed|placed|inked|concluded|finali[sz]ed|followed with)(?= (?:a|an|its|their)(?: own| first| second| new)? (?-i:[A-Z])[\w-]*(?: (?-i:[A-Z0-9])[\w-]*)?"
    r" (?:order|contract|deal|purchase)s?\b(?![^.;:]{0,40}?\bwith\b))|"
    # "has a Yuan-class submarine on order", "have twelve more FA-50s on order": a buyer's standing order
    r"(?:has|have|had)(?= (?:(?:a|an|another|\d+|[a-z]+|more|further) ){0,2}(?:[\w-]+ ){1,3}on order\b)|"
    # "the contract that Canada signed with the United States government in 2023 for 88 F-35A": the deal named before
    r"(?<!contract )(?<!deal )(?<!agreement )signed(?= with (?:the )?(?-i:[A-Z])[^.;:]{0,80}? for\b)|"
    # "Algiers signed for a package of ...", "Poland signed for 24 TB2s", a timeline's "2022: Poland signs for ...",
    # "tested the JF-17 before finally signing for F-16s"
    r"sign(?:ed|s|ing) (?:up )?for|contracted for|"
    # "Romania signed a letter of acceptance for 32 F-35As": a foreign military sale's order, the letter
    # the buyer signs once the seller's offer stands ("letter of offer and acceptance", "LOA")
    r"sign(?:ed|s) (?:a |an |the |its |their )?(?:letters? of (?:offer and )?acceptance|LOAs?)(?: \((?:LOA|LOAs)\))? for|"
    # "Austria leased twelve F-5s from Switzerland": the lessee takes them, from the lessor after "from"
    r"leased(?=\s[^.;:?!]{0,60}?\bfrom\b)|"
    # "Vietnam took its first Su-27s in 1995", "Algeria took two Project 636M boats": a delivery of a
    # designated system (a designation with a digit follows), though no seller is named
    r"(?:took|takes|taken|taking) (?:its|their) (?:first|initial)(?= (?:[\w-]+ )?(?-i:[A-Z])[\w-]*(?: (?=\d))?\d)|"
    r"(?:took|takes|taken|taking)(?= (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty) (?:[\w-]+ ){0,2}?(?-i:[A-Z])[\w-]*(?: (?=\d))?\d)|"
    # "the air force took the first batch of twelve FA-50s": a delivery, though no seller is named
    r"(?:took|takes|taken|taking) (?:the|its|their|a) (?:first|second|third|fourth|last|final|initial|next|remaining) (?:batch|tranche|lot|deliveries|delivery|shipment)(?= of\b)|"
    # "the air force took the last of them in August": the count of the system just named
    r"(?:took|takes|taken|taking) (?:the|its|their) (?:first|last|final|remaining)(?= (?:\w+ )?of (?:them|these|those)\b)"
)
PRODUCE_VERBS = (
    # ("Manila builds up its coastal defence": strengthens, makes nothing)
    r"(?:mass|series|serially)-produc(?:ed|es|e|ing)|produced|produces?|producing|developed|develops?|developing|designed|designs|designing|(?:built|builds?|building)(?! up\b)|"
    # ("the MiG-21s of the Yugoslav air force made their passes": a light verb's deed, nothing built)
    r"manufactured|manufactures?|manufacturing|assembled|assembles?|assembling|"
    r"(?:makes|made)(?! up\b)(?! (?:deliveries|delivery|shipments?)\b)(?! (?:its|their|his|her|a|an|the|several|two|three|repeated|low|first|final|regular)\s+(?:[\w-]+\s+)?"
    r"(?:pass|passes|runs?|way|approach(?:es)?|deliveries|delivery|shipments?|attempts?|landings?|stops?|visits?|calls?|port calls?|history|headlines|progress|debut|appearance|contact|transits?|journeys?|crossings?|voyages?|flights?|trips?)\b)|"
    # "rolled out the first KF-21 prototype": a maker showing what it has built
    r"rolled out|rolls out|rolling out|"
    # "the plant churns out S-400 launchers": mass production, in wire copy's idiom
    r"churn(?:ed|s|ing)? out|"
    # "the works constructed twelve corvettes", "cranked out 300 tanks a year", "came up with the J-7's successor"
    # (not "turned out to be", "put together a coalition")
    r"constructed|constructs|constructing|fabricated|fabricates|fabricating|invented|invents|crank(?:ed|s|ing)? out|"
    r"(?:turned|turns|turning) out(?! to\b| that\b| in\b| for\b| well\b| badly\b)|(?:came|comes|coming) up with|"
    r"(?:put|puts|putting) together(?= (?:the|a|an|its|their|\d+|two|three|four|five|six)? ?(?-i:[A-Z])[\w/-]*\d)|"
    r"co-develop(?:ed|s|ing)?|co-produc(?:ed|es|e|ing)|co-buil(?:t|ds?|ding)|"
    r"licen[cs]e-(?:builds?|built|produces?|produced|assembles?|assembled)|"
    # "reverse-engineered the MiG-21 as the J-7": the copy, named after "as", is what was made
    r"reverse[- ]engineer(?:ed|s|ing)?(?! from)|copied|copies|copying"
)
OPERATE_VERBS = (
    # (not a cargo "flown in by Y-20 transports" or "flown out aboard an Il-76": carried, not fielded)
    r"operates?|operated|operating|fields?|fielded|fielding|fly|flies|flew|flown(?!\s+(?:in|out|over|home)\s+(?:by|aboard|on|in)\b)|flying|deploys?|deployed|deploying|inducted|inducts?|"
    # "Russia has launched thousands of Shahed-136 drones", "fired KN-23 missiles": a weapon spent is one fielded
    r"(?:launched|launches|launching|fired|fires|firing)(?=\s+(?:[\w-]+\s+){0,4}?(?:drones?|missiles?|rockets?|munitions|cruise missiles?)\b)|"
    # "Russia stationed S-400 batteries in Kaliningrad", "Iran possesses the S-300", "wields the Kinzhal": fielded
    # (the slot after it must hold a system, so "stationed troops" gives nothing)
    r"stationed|stations|stationing|possessed|possesses|possess|possessing|wielded|wields|wielding|retained|retains|retaining|"
    # "India based the Su-30MKI at Tezpur": a designated system right after (not "based on", "based in")
    r"(?:based|bases|basing)(?= (?:its |their |the )?(?:\d+ |[a-z]+ )?(?-i:[A-Z])[\w/-]*\d)|"
    r"(?:relied|relies|rely|relying) on(?= (?:the|its|their|\d+|[a-z]+ )? ?(?-i:[A-Z])[\w/-]*\d)|"
    # "Egypt put into service the Ka-52", "took into service", "introduced into service": the system after the phrase
    r"(?:put|puts|putting|brought|brings|took|takes|taken|placed|places|introduced|introduces|pressed|presses|kept|keeps) into (?:service|operation)|placed in service|places in service|"
    r"kept in service|keeps in service|(?:has|have|had) in (?:its |their )?(?:service|inventory|arsenal)|(?:has|have|had) on (?:its |their )?strength|"
    r"commissioned(?! as\b)|commissions|commissioning|scrambled|scrambles|scrambling|employs?|employed|has in service|have in service|"
    # "the Egyptian Air Defence Forces took over the missiles after them": the crews' systems, now its own
    r"(?:took|takes|take|taking) over(?= (?:the|their|its|all|these|those|\d+) )|"
    # "Egypt has the Ka-52 in service", "Algeria has had 48 S-300 launchers in service since 2008"
    # ("Finland has 18 Su-35s and 9 MiG-23 fighters (2020 figures) in service": a list or a note between)
    r"(?:has|have|had)(?=\s+(?:had\s+)?(?!no\b|not\b|been\b|never\b)(?:[\w,()-]+\s+){1,10}?(?:in\s+(?:active\s+)?service|in\s+(?:its|their)\s+(?:inventory|arsenal|order of battle)|on\s+(?:its\s+|their\s+)?strength)\b)|"
    # "retired its last MiG-21 squadrons in 2025": a former operator
    r"(?:retired|retires|retiring|decommissioned|decommissions)(?= (?:its|their|the) (?:last|remaining|final)\b)|"
    # "has used Russian-built Yak-130s and Mi-35 helicopters against villages": used in combat
    r"(?:used|uses)(?=\s[^.;:]{0,80}?\bagainst\b)|"
    # "have used the Shahed-136 in large numbers since 2022", "used it in combat": fielded in war
    r"(?:used|uses)(?=\s[^.;:]{0,80}?\b(?:in (?:large |great |growing |huge |vast )?numbers|in combat|in battle|on the battlefield)\b)|"
    # "used them to devastating effect", "used the drones in the 2020 war", "in the border clashes": fielded in a war or
    # fighting (not "used the S-400 deal to good effect")
    r"(?:used|uses)(?=\s(?:(?!\b(?:deals?|contracts?|purchases?|orders?|sales?|issues?|questions?|agreements?|talks|programmes?|programs?)\b)[^.;:]){0,80}?\b(?:to (?:\w+ )?effect|(?:in|during) (?:the |that |this )?(?:[\w-]+ ){0,2}(?:war|conflict|fighting|offensive|clashes|battles?|hostilities|insurgency|counter-?insurgency|campaign against))\b)|"
    # "Russia put the S-400 into service in 2007"
    r"(?:put|puts|putting|brought|took|placed)(?=(?: [\w-]+){1,4} into (?:service|operation))|"
    # "it equipped them with Russian Ka-52 helicopters": the theme follows "with"
    r"(?:re-)?equipped|(?:re-)?equips|(?:re-)?equipping|"
    # "its air defence forces man the THAAD batteries", "which also run the older Patriot units": crews
    # at the system's controls (not "manned flights"; "run" only with the units it runs)
    r"(?:man|mans|manned|manning|crew|crews|crewed)(?= (?:the|its|their|all|both|some|most|\d+|two|three|four|five|six)\b)|"
    r"(?:run|runs|ran|running)(?=(?: (?:the|its|their|all|both|some|most|older|newer|remaining|last|first|\d+|[A-Z][\w-]*)){1,4} (?:units|batteries|battalions|squadrons|regiments|sites)\b)"
)

# the nouns for what a force fields, right before the verb that lists it
FLEET_HEADS = "".join(
    rf"(?<=\b{noun} )" + "|" for noun in ("fleet", "inventory", "front line", "front-line", "order of battle", "surface fleet", "air arm", "submarine arm", "combat fleet", "holdings")
)
FLEET_HEADS = "(?:" + FLEET_HEADS.rstrip("|") + ")"

# Verbs that start an initiative but, said of an organization, mean something else
# ("proposed the SCO's expansion"): the reader keeps only Initiative targets for them.
INITIATIVE_ONLY = r"proposed|proposes|put forward|puts forward|announced|announces"

# what was said, a few words after "hit back at": "Beijing's claims", "the minister's remarks"
SPOKEN_WORDS_AHEAD = (r"\s+(?:[\w'’-]+\s+){0,3}?(?:claims?|remarks?|comments?|criticisms?|accusations?|statements?|allegations?|"
                      r"rhetoric|charges|words|reports?|suggestions?|assertions?)\b")

# a nominal's agent named before its goods: "by the Soviet Union of ...", "by Norway from South Korea in 2017 of ..."
_NAME = r"(?:the )?(?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*){0,3}"
NOMINAL_AGENT_FIRST = rf"(?= by {_NAME}(?: from {_NAME})?(?:,? in (?:\w+ )?\d{{4}})?,? of\b)"

FRAMES: list[Frame] = [
    # --- transfers and production -----------------------------------------------------
    *_frames("SOLD", "transfer", "passive", SELL_VERBS, by_agent=BY_AGENT_AFTER_RECIPIENT),
    # "Algeria was given twelve S-400 batteries by Russia": given, only in the passive (the active "given"
    # opens an aside as often: "given its S-400s, Turkey ...")
    *_frames("SOLD", "transfer", "passive", r"given(?! (?:up|away|in|out|over|to understand)\b)"),
    *_frames(
        "SOLD", "transfer", "nominal",
        r"sales? of|deliver(?:y|ies) of|suppl(?:y|ies) of|exports? of|transfers? of|shipments? of|handover of|donations? of|"
        # "the delivery by the Soviet Union of MiG-21 fighters to Mongolia": a report's nominal, its agent before the goods
        rf"(?:sales?|deliver(?:y|ies)|suppl(?:y|ies)|exports?|transfers?|shipments?|handover|donations?|gifts?){NOMINAL_AGENT_FIRST}|"
        # "Soviet deliveries since 1960 have included MiG-21 fighters, ...": what was delivered, listed
        r"(?:deliveries|supplies|exports|shipments)(?=(?: to (?:the )?(?-i:[A-Z])[\w-]*)?(?: (?:since|from|in|between|after) [\w -]{1,24}?)? (?:have |has |had )?(?:included|include|includes|comprised)\b)|"
        r"(?:main |largest |leading |biggest |principal |sole )?(?:suppliers?|exporters?|sellers?) of",
    ),
    *_frames("SOLD", "transfer", "active", SELL_VERBS),
    # "the first J-10C fighters arrived from China", "the Rafale came from France": the system comes, its seller after "from"
    # ("... arrived at Kainji from Turkey": the base or port they reached, then where they came from)
    # ("came partly from the Soviet Union", "arrived second-hand from Belarus": how much, or in what state, before "from")
    *_frames("SOLD", "transfer", "reverse", r"(?:arrived|arrives|arrive|arriving|came|comes|come|coming)(?: at (?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*)?)?"
             r"(?: (?:partly|mostly|largely|mainly|chiefly|directly|originally|initially|second-?hand|used))? from|"
             # "the two Archer-class boats came to us second-hand from Sweden": the receiver after "to", the seller after "from"
             r"(?:came|comes|come) (?:to (?:us|them|it|(?:the )?(?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*){0,2}) )?(?:(?:second-?hand|used|new) )?(?<!came )(?<!comes )(?<!come )from|"
             # "two frigates transferred from China in 2020", "patrol boats handed over from Japan": the giver after "from"
             r"(?:transferred|handed over|donated|gifted) from|"
             # "the MiG-29s came as gifts from Russia and Belarus", "the boats were a gift from Japan": a gift, its giver after "from"
             r"(?:(?:arrived|arrives|arrive|came|comes|come)\s+as|(?:was|were|is|are)(?:\s+(?:also|originally|both|all))?)"
             r"\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:gifts?|donations?|presents?) from"),
    # "the acquisition by Norway of five P-8A aircraft from the United States", "the purchase by Norway from South Korea
    # in 2017 of K9 howitzers": the buyer after "by", before the goods (before the passive, which "purchase by" would take)
    *_frames("ACQUIRED", "transfer", "nominal", rf"(?:purchases?|acquisitions?|imports?|procurement|receipt){NOMINAL_AGENT_FIRST}"),
    *_frames("ACQUIRED", "transfer", "passive", BUY_VERBS),
    # (not "its first export order for the S-400": an exporter's order is one it sells on)
    *_frames("ACQUIRED", "transfer", "nominal", r"purchases? of|acquisitions? of|imports? of|(?<!export )(?<!export-)orders? for|procurement of|receipt of|buy of|buyers? of|importers? of|"
        # "China's acquisition from Russia of 24 Su-35s": the seller before the goods
        r"(?:purchases?|acquisitions?|imports?|procurement|receipt)(?= from (?:the )?(?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*){0,3} of\b)|"
        # "its lease of 14 Gripens from Sweden"; "South Korea's contract for three C-390s" (a contract
        # only after its owner's name: a bare "contract for" may be the seller's, or for support)
        # (not "France's contract for 80 Rafales with the UAE": the seller's, its buyer after "with")
        r"leases? of|(?:(?<='s )|(?<=’s ))contracts? for(?![^.;,]{0,50}\bwith\b)|"
        # "Pakistan is the launch customer for the J-10CE"
        r"(?:launch|first|export|foreign|largest|biggest|main|sole|only|major|key|principal|leading) customers? (?:for|of)|"
        # "China was the first recipient of the Su-35": received, in an encyclopedia's words
        r"(?:first |sole |only |main |largest |biggest )?recipients? of"),
    # "Rafale orders were placed by Greece and Croatia": the system before, the buyers after "by"
    Frame("ACQUIRED", re.compile(r"\borders?\s+(?:[\w-]+\s+){0,3}?(?:was|were|had been|has been|have been)\s+placed(?=\s+by\b)", re.IGNORECASE), "passive", "transfer"),
    # "A contract for two Hisar-class patrol vessels was signed by Ghana": the order, its one signer after "by" the buyer
    # (not "signed by Serbia and France": which of two signers buys the passive does not tell)
    Frame("ACQUIRED", re.compile(
        # ("was finally signed", "Type 054A/P"; not "was reportedly signed": a hedge the trigger, before it, would not see)
        r"\b(?:contract|order|purchase agreement)\s+for(?=\s+(?:[\w/-]+\s+){1,6}?(?:was|had been|has been)\s+"
        r"(?:(?!(?:reportedly|allegedly|supposedly|apparently|purportedly|possibly|probably|likely|only)\b)[a-z]+ly\s+)?signed\s+by\s+(?:the\s+)?"
        r"(?>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})(?!\s*(?:,|and\b|&|together\b|with\b)))", re.IGNORECASE), "passive", "transfer"),
    *_frames("ACQUIRED", "transfer", "active", BUY_VERBS),
    *_frames("PRODUCED", "transfer", "passive", PRODUCE_VERBS),
    *_frames("PRODUCED", "transfer", "nominal", r"makers? of|manufacturers? of|producers? of|developers? of|designers? of|builders? of|design bureau behind|designer behind|"
        # "China and Pakistan began joint development of the JF-17"
        r"(?:(?:joint|serial|series|local) )?(?<!licensed )(?<!licenced )(?:co-)?(?:development|production|manufacture) of|"
        # ("Seoul licensed production of the K9 to Ankara": the verb, whose subject grants the licence and makes nothing)
        r"licen[cs]ed (?:co-)?(?:production|manufacture) of(?!\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?to\s+(?-i:[A-Z]))|"
        # "the Company is the lead production agency for the Akash system", "prime contractor for the frigates"
        r"(?:lead |nodal |sole |main )?production agency for|prime contractor for"),
    *_frames("PRODUCED", "transfer", "active", PRODUCE_VERBS),
    # "corvettes built in China", "developed and built in South Korea": the state where it was made
    # "... and produced at the Pakistan Aeronautical Complex": the works where it was made (not "which China built at Shenyang")
    *_frames(
        "PRODUCED", "transfer", "reverse",
        r"(?:built|manufactured|produced|assembled|made) (?:under (?:a |an )?(?:(?-i:[A-Z])[\w-]* )?licen[cs]e,? )?in(?= (?:the )?[A-Z])|"
        r"(?:(?<=\band )|(?<=, )|(?<=was )|(?<=were )|(?<=is )|(?<=are )|(?<=been ))(?:built|manufactured|produced|assembled|made) at(?= (?:the )?[A-Z])",
    ),
    # ("commissioned as the RI Irian": the name a ship took, not who commissioned it)
    *_frames("OPERATES", "transfer", "passive", r"operated|flown(?!\s+(?:in|out|over|home)\s+(?:by|aboard|on|in)\b)|fielded|deployed|employed|commissioned(?! as\b)|manned|crewed|"
             r"inducted|stationed|possessed|retained|wielded"),
    *_frames(
        "OPERATES", "transfer", "reverse",
        # "The C-390 equips the air forces of Brazil and Portugal" (not "equipped the army with drones": the kit after "with")
        r"(?:equips|equipped)(?![^.;]{0,60}\bwith\b)|"
        # ("in service today with", "in use still with": a time word may come between)
        r"in (?:(?:today|now|still|currently) )?service (?:(?:today|now|still|currently) )?with|in the service of|in use (?:(?:today|now|still|currently) )?with|operational with|in operation with|operated by the|in the inventory of|in the arsenal of|serves? with|served with|serving with|belongs? to|belonged to|belonging to|"
        r"(?:entered|enters|entering|joined|joins) (?:service|the fleet) (?:with|of|in)|(?:was |were )?(?:commissioned|inducted) into|"
        # "The Mirage F1 served Ecuador from 1979 until 2011": a system that served a state or force named right after it
        r"(?:served|serves)(?= (?:the )?(?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*){0,3}(?: (?:from|for|until|between|in|since)\b|[,.;]))|"
        # "entered operational service with the air force", "entered front-line service with"
        r"(?:entered|enters|entering) (?:operational|active|front-?line|regular|squadron) service (?:with|in)|"
        # "The FA-50s have flown with the Philippine Air Force since 2015": a force named by its service, not
        # another state's aircraft flying alongside ("Tu-95s flew with Chinese H-6Ks"); not "sailed with",
        # which ships of one navy mostly do beside another's ("the French carrier sailed with the Philippine Navy")
        r"(?:(?:has|have|had) flown|flew|flies|fly|flying) with(?=\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,4}(?-i:Air Force|Navy|Army|Corps|Forces|Force|Guard|Fleet)\b(?!\s+(?:[\w-]*\d|(?-i:[A-Z]))))|"
        # "in the end they served in the French Air Force": aircraft or ships in a force's service (not a
        # person who "served in the Royal Navy", whom no system slot stands for)
        r"(?:served|serves|serving|saw service) in(?=\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,4}(?-i:Air Force|Navy|Army|Corps|Fleet)\b(?!\s+(?:[\w-]*\d|(?-i:[A-Z]))))",
    ),
    *_frames("OPERATES", "transfer", "active", OPERATE_VERBS),
    # "the Indian Air Force's ageing MiG-21s", "Nigeria’s surviving F-7s": a fleet's age or what is left of it is
    # its owner's, who flies it (a closed list of words that only a fleet in service takes)
    # (the system's name next, with at most a count: not "Ukraine's remaining hope is the F-16")
    *_frames("OPERATES", "transfer", "active", r"(?:(?<='s )|(?<=’s ))(?:ageing|aging|elderly|remaining|surviving)(?=\s+(?:\d+\s+|[a-z]+\s+)?(?-i:[A-Z]))"),
    # "The air force's front line consists of eight MiG-29s", "the navy's surface fleet includes two frigates":
    # what an owner's fleet is made of, it fields
    # "the Wing Loong II drones the air force received in 2020 now patrol the Lake Chad basin": kit that now
    # patrols or guards is fielded by whoever the clause before says got it (only after "now", "still", "today")
    *_frames("OPERATES", "transfer", "active", r"(?:(?<=\bnow )|(?<=\bstill )|(?<=\btoday ))(?:patrol|patrols|guard|guards|protect|protects|defend|defends)"),
    *_frames("OPERATES", "transfer", "active", FLEET_HEADS + r"(?:includes|included|comprises|comprised|consists of|consisted of|is made up of|was made up of)"),
    # "Algeria maintains a fleet of Su-30MKA fighters", "the navy retains a force of four Kilo-class boats"
    # ("Indonesia has a small mixed fleet of Su-27s and Su-30s", "Peru kept a squadron of Mirage 2000s")
    *_frames("OPERATES", "transfer", "active", r"(?:maintains|maintained|maintaining|retains|retained|retaining|has|had|have|keeps|kept|possesses|possessed|boasts|boasted|boasting) "
                                                      r"(?:a |an |its |their )?(?:[\w-]+ ){0,3}?(?:fleet|force|inventory|squadron|flotilla) of"),
    # "The PLA Navy sent the Type 055 destroyer Nanchang": a force fields what it sends.
    *_frames("OPERATES", "transfer", "active", r"sent|sends|sending|(?<=to )send|contributed|contributes|dispatched|dispatches|sailed|sails|put out(?! feelers\b)|brought|brings|"
                                                      r"contributions? (?:was|were|included|includes|comprised|consisted of)"),
    # "Pakistan's use of the type", "the operation of S-400 batteries by the Indian Air Force"
    *_frames("OPERATES", "transfer", "nominal", r"use of|operation of|(?:largest |main |only |first |sole |biggest )?(?:\w+ )?(?:operators?|users?) of|"
             # "the first live firing of its Type 12 missile", "the first firing in Australia of the PrSM by the army" (not a
             # ship's "launch", which is its building)
             r"(?:live[- ])?firings? (?:in (?:the )?(?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*){0,2} )?of"),
    # --- technology transfer: giver on the left, or receiver on the left ("under licence from")
    *_frames(
        "TRANSFERRED_TECHNOLOGY_TO", "directed", "reverse",
        r"under (?:a )?licen[cs]es? (?:(?:obtained|bought|acquired|purchased|received) )?(?:from|granted by)|with (?:technical )?(?:help|assistance|support) from|"
        # "manufactures T-90s under a 2001 licence agreement with Russia": the licence's other party gives it
        r"under (?:a |an |the |its |their )?(?:\d{4} )?licen[cs]e(?:-production| production)? (?:agreement|deal|contract|arrangement) with|"
        # "acquired a licence from Russia to build the Su-27", "obtains the rights from Moscow to assemble it"
        r"(?:bought|buys|acquired|acquires|obtained|obtains|purchased|purchases|secured|secures|received|receives|won|wins) (?:a |the )?(?:production )?(?:rights|licen[cs]es?)"
        r"(?=(?: from (?:the )?[\w-]+(?: [\w-]+)?)? to (?:build|produce|make|manufacture|assemble))|"
        # "Canada licensed the British Type 26 design from the United Kingdom": the licensee is the subject
        r"licen[cs]ed(?= (?:[\w'’-]+ ){1,6}?from (?:the )?(?-i:[A-Z]))|"
        # "received Su-30MKI production technology from Russia"
        r"(?:received|obtained|acquired|gained) (?:[\w-]+ ){0,3}?(?:technology|know-how|technical assistance|designs?) from|"
        r"licen[cs]ed from|reverse[- ]engineered from|"
        # "Indonesia built the third boat with technology transferred from South Korea", "... with know-how supplied by India"
        r"with (?:(?:the|its|their) )?(?:[\w-]+ (?:and )?){0,3}?(?:technology|technologies|know-how|expertise|designs?) "
        r"(?:transferred|supplied|provided|licen[cs]ed|obtained|received|bought|acquired) (?:from|by)|"
        # "under a licence Russia granted in 2001": the giver names itself after the licence
        r"under (?:a |the )?licen[cs]es?(?= (?:that |which )?(?:the )?(?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*)? (?:had )?(?:granted|issued|gave|sold|awarded)\b)|"
        # "built in India under Russian licence", "under South Korean licence": the giver is the demonym
        r"under(?=\s+(?:a\s+|an\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?\s+licen[cs]es?\b)|"
        # "built the J-11 with Russian technical assistance": the giver is the demonym after "with"
        r"with(?=\s+(?:[\w'’-]+\s+){1,2}(?:technical\s+|technological\s+|engineering\s+|design\s+)?(?:help|assistance|support|aid|expertise|know-how|technology|technologies|blueprints)\b)",
    ),
    # "an extensive transfer of naval design technology from France to Brazil": giver after "from"
    *_frames(
        "TRANSFERRED_TECHNOLOGY_TO", "directed", "nominal",
        # written open or hyphenated: "a technology-transfer deal", "a transfer-of-technology agreement"
        r"(?:technology|know-how)[- ]transfers?|transfers?[- ]of[- ](?!(?-i:[A-Z]))(?:[\w-]+ ){0,3}?(?:technology|technologies|know-how|expertise)|"
        # "the transfer of Spanish shipbuilding technology to Australia": the giver is the demonym after "of"
        r"transfers?[- ]of(?= (?-i:[A-Z])[\w-]* (?:[\w-]+ ){0,2}?(?:technology|technologies|know-how|expertise)\b)",
    ),
    *_frames(
        "TRANSFERRED_TECHNOLOGY_TO", "directed", "active",
        # "transferred the ramjet propulsion and much of the airframe technology to India"
        r"(?:transferred|transfers?(?! of\b)|transferring|handed over|passed on|passing on|passed|passes|handed|share|shared|shares|sharing|provide|provided|provides|providing|give|gave|gives|"
        r"furnished|furnishes|furnishing|supplied|supplies|supplying)(?! for\b)"
        r" (?:[\w-]+ ){0,8}?(?:technology|technologies|know-how|designs?|blueprints|technical documentation)|"
        r"technology transfers? to|transfer of (?:\w+ )?technology to|"
        r"licen[cs]ed(?! (?:[\w'’-]+ ){1,6}?from (?:the )?(?-i:[A-Z]))|licen[cs]e(?=\s+(?:the\s+)?(?:production|manufacture|assembly)\b|\s+(?:[\w-]+\s+){1,4}to\b)|"
        r"(?:grant(?:s|ed|ing)?|gave|gives|issued|awarded|sold|sells) (?:[\w-]+ ){0,3}?(?:licen[cs]es?|rights(?= to [a-z]))|"
        # "sold production rights for the Su-30 to India", "provided technical assistance to Pakistan", "helped Iran in
        # developing ...": help given to the state named
        r"(?:grant(?:s|ed|ing)?|gave|gives|sold|sells|transferred|transfers) (?:the )?(?:production|manufacturing|licen[cs]e) rights (?:for|to) (?:the )?(?:[\w-]+ ){0,3}?to|"
        r"(?:provided|provides|gave|gives|extended|extends|lent|lends|rendered|renders) (?:[\w-]+ )?(?:technical|technological|engineering|design) (?:assistance|help|support|aid) to|"
        r"(?:helped|helps|assisted|assists)(?=\s+(?:[\w'’-]+\s+){0,4}?in\s+(?:building|developing|designing|producing|manufacturing|assembling|making)\b)|"
        # "agreed to let India build the MiG-21", "allowed China to assemble the Su-27": the one let builds
        r"(?:let|lets|letting|allowed|allows|allowing|permitted|permits|permitting|authori[sz]ed|authori[sz]es|authori[sz]ing)(?=\s+(?:[\w-]+\s+){1,4}?(?:to\s+)?(?:build|produce|assemble|manufacture|make|licen[cs]e-(?:build|produce|assemble))\b)|"
        # "helped Pakistan build the JF-17", "assisted India with the design of"; not "helped Russia's war effort"
        r"(?:helped|assisted|help|helps|helping|assists|assisting)(?=\s+(?:[\w'’-]+\s+){0,4}?(?:to\s+)?(?:build|develop|design|produce|manufacture|set up|establish|assemble|"
        r"make|copy|(?:with|in|on)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:design|development|production|construction|manufacture|assembly|technology|know-how|programme|program))\b)",
    ),
    # --- exercises ----------------------------------------------------------------------
    *_frames(
        "PARTICIPATED_IN", "participation", "active",
        r"took part|take part|takes part|taking part|taken part|participated|participates?|participating|participation|"
        # "Laos was part of Cobra Gold 2024", "played a part in", "took a role in", "was among the participants in",
        # "was represented in": a share in a named exercise
        r"(?:was|were|is|are) (?:also )?(?:a )?part of(?= (?:the )?(?-i:[A-Z]))|(?:played|plays|took|takes) (?:a|an) (?:[\w-]+ )?(?:part|role) in(?= (?:the )?(?-i:[A-Z]))|"
        r"(?:was|were|is|are) among the participants (?:in|of|at)|represented (?:in|at)(?= (?:the )?(?-i:[A-Z]))|"
        # ("Participants asked whether Chad might join", "one participant suggested that ...": people at a meeting who speak)
        r"participants?(?!\s+(?:from\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?:(?:also|then|later)\s+)?"
        r"(?:asked|asks|suggested|suggests|said|says|noted|notes|argued|argues|raised|raises|questioned|wondered|observed|stressed|urged|"
        r"pointed out|points out|warned|warns|recalled|recalls|added|adds|agreed|agree|disagreed|discussed|welcomed|heard|expressed|commented|remarked)\b)|"
        r"joined|joins?|joining|rejoined|rejoins?|(?:returned|returns|returning) to(?= (?:the )?(?-i:[A-Z]))|"
        # "sent a frigate to Mosi"; not "sent questions to every capital involved", which is diplomacy
        # (nor across a clause with a subject of its own: "deployed 12 bombers, while Islamabad is set to host ...")
        r"(?:sent|sends|contributed|contributes|dispatched|dispatches|deployed) (?!(?:[\w,.-]+ ){0,3}?(?:questions|letters?|notes|messages?|protests?|d[ée]marches?|invitations?|congratulations|condolences|warnings?|signals?)\b)"
        r"(?!(?:[\w,.-]+ ){0,7}?(?:while|whereas|but|although|though|which|who|is|are|was|were|will|would)\b)(?:[\w,.-]+ ){0,8}?to|"
        # ("held in Norway, Sweden and Finland, with 20,000 troops from 13 countries": a count names no one)
        r"(?:troops|forces|units|contingents?|soldiers|servicemen|sailors|airmen|crews|warships|personnel|detachments?) from"
        r"(?!\s+(?:(?:more than|over|about|around|some|nearly|almost)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|several|many|numerous)\s+(?:other\s+|different\s+)?(?:countries|nations|states|allies)\b)|"
        # "was attended by air, land and air defence forces of Qatar, Kuwait and ...": the forces named are there, not watching
        # (the trigger opens at "attended", a word the lexicon's index can find: a pattern opening with any
        # word is tried by re at every position of every sentence)
        r"attended by (?:[\w,-]+ ){0,6}?(?:forces|troops|units|contingents|navies|armies|sailors|soldiers|airmen|personnel) (?:of|from)|"
        r"(?:ships|warships|vessels|aircraft|bombers|jets|frigates|destroyers|units|troops|forces|contingents?|crews) (?:came|arrived|sailed in|flew in) from|"
        # "Thai Gripens flew in Cope Tiger 2025": crews that flew or sailed in a named exercise
        r"(?:flew|sailed|fought|steamed) in(?= (?:the )?(?-i:[A-Z])(?![\w-]* from\b))|"
        # "the PLA Navy partook in Joint Sea-2019", "Russian and Chinese warships teamed up in Joint Sea-2021"
        r"(?:partook|partakes|partaking|partaken) in|(?:teamed|teams|teaming) up in(?= (?:the )?(?-i:[A-Z]))|"
        # "Laos turned up at Cobra Gold 2024", "Mongolian troops showed up for Vostok-2022": present at a named exercise
        r"(?:showed|shows|showing|shown|turned|turns|turning) up (?:at|for|in)(?= (?:the )?(?-i:[A-Z]))|"
        # "The Russian Navy and the PLA Navy sail together in Joint Sea-2012": a timeline's present, crews side by side
        r"(?:fly|flies|sail|sails|flew|sailed|steam|steams|steamed) together in(?= (?:the )?(?-i:[A-Z])(?![\w-]* from\b))|"
        # "Japanese and Indian aircraft have all flown in Red Flag Alaska", "... have flown in it": the exercise just named
        r"(?:flown|sailed|fought) in(?= (?:the )?(?-i:[A-Z])(?![\w-]* from\b))|(?:flew|flown|sailed|fought) in(?= it\b)|"
        # "Finland flew its F/A-18 Hornets in it": the state's own aircraft in the exercise just named
        r"(?:flew|flown|sailed) (?:its|their) (?:[\w/-]+ ){1,3}?in(?= it\b)|"
        # "warships sailed into the Baltic for the first phase of Joint Sea-2017": came to take part in it
        r"(?:sailed|steamed|flew|deployed|arrived|headed)(?= (?:[\w-]+ ){0,5}?for (?:the )?(?:(?:first|second|third|final|main|naval|maritime|live-fire|opening|closing|\w+) )?(?:phase |stage |leg |part )?(?:of )?(?:the )?(?-i:[A-Z]))|"
        # "Indian ships sailed from the Bay of Bengal to Malabar-2020": a voyage whose end is an edition (written with its
        # year, not a port or a sea) is a voyage to take part in it
        r"(?:sailed|steamed|flew|headed)(?= (?:[\w-]+ ){0,6}?to (?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*)?-(?:19|20)\d\d\b)|"
        # "Vostok-2018 brought some 3,200 soldiers of the People's Liberation Army to the Tsugol range";
        # "Tsentr-2019 brought Indian and Pakistani units to the same range": the nations' troops, brought in
        r"(?:brought|brings|bringing)(?=\s+(?:[\w,-]+\s+){0,3}?(?:soldiers|troops|sailors|airmen|personnel|servicemen|contingents|units|warships|ships)\s+(?:of|from|to|into)\b)|"
        # "hosted Mosi-2023, bringing a Russian frigate and a Chinese task group": the crafts' states, in the exercise
        r"(?<=, )(?:bringing|which brought)(?=\s+(?:the|an?|\d+|two|three|four|five|six)\s+(?-i:[A-Z])[\w-]+\s+(?:frigates?|destroyers?|corvettes?|cruisers?|submarines?|warships?|ships?|task groups?|flotillas?|squadrons?|contingents?|battalions?|companies|units?|troops|jets|fighters|bombers)\b)|"
        r"involved|involves|involving|included|includes|including|featured|features|featuring|(?:bring|brings|brought|bringing) together|(?:bring|brings|brought|bringing)(?=.{0,80}\btogether\b)|drew|with forces from|"
        r"(?:sent|sends|contributed|contributes|dispatched|dispatches|deployed|deploys|put out(?! feelers)|puts out(?! feelers)|fielded|fields|fielding) (?!(?:no|none|zero|only)\b)(?:[\w,.-]+ ){0,4}?(?:contingents?|troops|units?|ships?|warships?|vessels?|forces|personnel|squadrons?|"
        r"aircraft|detachments?|soldiers|servicemen|sailors|marines|paratroopers|battalions?|brigades?|regiments?|companies|company|platoons?|crews|"
        r"destroyers?|frigates?|corvettes?|cruisers?|submarines?|carriers?|fighters?|bombers?|helicopters?|jets|planes|groupings?)|"
        # "Air Defender 2023 brought 250 aircraft from 25 nations; the United States alone sent about 100": a
        # share of the aircraft or troops just counted, the noun left out
        r"(?:sent|sends|contributed|contributes|provided|provides) (?:(?:about|some|around|roughly|nearly|almost|more than|over) )?\d[\d,]*(?= of them\b|\s*[.;]|\s*$)|"
        # "Kazakhstan and Tajikistan contributed as well": a share in the exercise just named
        r"contributed(?= (?:as well|too)\b)|"
        # "we did Yudh Abhyas with the Americans", "had done Malabar with the US Navy before": spoken for taking part
        r"(?<!\bhow )(?<!\bwhat )(?:did|done)(?= (?:the )?(?-i:[A-Z])[\w/-]*)|"
        # "Russian and Chinese troops made up the bulk of the force"
        r"(?:made|make|makes) up (?:the (?:bulk|core|majority|rest) of |most of |part of )?the (?:force|forces|contingents?|grouping|exercise)\b|"
        # "the Chinese, Pakistani and Kazakh contingents were larger": contingents of the exercise in view
        r"(?<=[a-z] )contingents?(?=\s+(?:was|were|is|are|had|has|numbered|included|comprised|arrived|came)\b)|"
        # "Among the warships were an Indian frigate, a Japanese destroyer ...", "Among them is the Indian Navy's frigate"
        r"among (?:the|them|its|their)(?: [\w-]+){0,2}? (?:warships|ships|vessels|aircraft|jets|participants|navies|units|contingents|forces)(?= (?:were|was|are|is)\b)|among them (?:were|was|are|is)(?= )|"
        # "Germany, France and India were among those that flew": the ones who flew in the exercise in view
        r"(?<=\bwere )among those (?:that |which |who )?(?:flew|sailed|took part|participated|trained|drilled|exercised|competed)\b|"
        # "The Royal Australian Navy has two ships and a submarine in the exercise", "New Zealand has crews in the exercise"
        r"(?:has|have|had) (?:[\w,-]+ ){0,6}?(?:crews?|troops|ships?|units?|forces|personnel|sailors|soldiers|aircraft|jets|submarines?|frigates?|destroyers?) (?:in|at)(?= (?:the|this|that) (?:exercise|drills?|manoeuvres|maneuvers)\b)|"
        # a ship by its name and prefix: "contributed HMS Diamond", "sent INS Trikand"
        r"(?:sent|sends|contributed|contributes|dispatched|dispatches) (?:the )?(?-i:[A-Z]{2,5} [A-Z][a-z]+)|"
        r"(?:foreign |national |visiting )?contingents?(?=[^.:;]{0,24}:)|(?:was|were|is|are|been) represented by|drilled|drilling|exercised|manoeuvred|maneuvered|gathered|"
        # (not an opinion held: "Gossip at the fair held that Armenia organised Kavkaz-2020")
        # (nor a deed put off: "has held off buying", but "held off Durban" is where it was held)
        r"held(?! that\b| off (?-i:[a-z]+ing)\b)|holds?(?! that\b| off (?-i:[a-z]+ing)\b)|holding(?! off (?-i:[a-z]+ing)\b)|staged|(?<!the )staging|conducted|conducts?|conducting|launched|launches|kicked off|began|begins|"
        # (not "opened talks on hosting it": the talks open, no exercise)
        r"opened(?! (?:talks|negotiations|discussions|consultations)\b)|opens(?! (?:talks|negotiations|discussions|consultations)\b)|"
        # "BALTOPS 2025 ended in the Baltic Sea on 20 June": where the exercise went on to its end
        r"ended|ends|"
        # "Vostok-2022 got under way in the Sea of Japan", "played out across the Baltic", "went ahead in Belarus",
        # "culminated in the Barents Sea": where it went on
        r"(?:got|gets|getting) under ?way(?= in\b)|(?:played|plays|playing) out(?= (?:in|across|over|on)\b)|(?:went|goes|going) ahead(?= in\b)|"
        r"(?:culminated|culminates|started|starts)(?= in (?:the )?(?-i:[A-Z]))|"
        # "Okean-2024 continued in the Baltic Sea", "entered its second day in ...": an exercise going on somewhere
        r"continued|continues|continuing|resumed|resumes|entered|enters|"
        # ("technicians were trained in Linköping": people taught a skill, not a force exercising)
        # ("the sea phase runs in the South China Sea": where a share of the exercise goes on)
        # "Nordic Response, which stretched across the borders into Sweden and Finland": where it reached
        r"(?:stretched|stretches|extended|extends|spread|spreads)(?= (?:across (?:the |their )?(?:borders? |frontiers? )?)?into\b)|"
        r"completed|wrapped up|concluded|finished|carried out|carry out|carries out|ran|runs(?= (?:in|across|through)\b)|rehearsed|fought|(?<!were )(?<!was )(?<!been )(?<!being )trained|practi[sc]ed|practi[sc]ing|"
        # "sails with India and Brazil in IBSAMAR", "trains with the Indian Navy in ...": alongside partners, in the exercise
        r"(?:sails|sailed|sailing|trains|training|drills|exercises)(?=\s+(?:\w+ly\s+)?(?:with|alongside)\b)|"
        r"(?:exercise|drill|train)s? (?:together|jointly|side by side)|"  # "the two navies exercise together in ..."
        # a caption: "Sailors of A and B on deck during Malabar 2020", "... at the opening of Khaan Quest"
        r"during(?= (?:the )?(?-i:[A-Z]))|at the (?:opening|closing|start|end)(?: ceremony)? of|"
        r"took place|take place|takes place|taking place|unfolded|"
        # "attended Zapad-2017 in Belarus as observers": those who attend may only watch, but the place stands
        r"attended|attends|attending|"
        # "The exercise has alternated between India and the United States": held in each in turn
        r"alternat(?:ed|es|ing)(?= between\b)|"
        # "the exercise areas in Peter the Great Bay": where the exercise is, not who takes part
        r"(?:(?<=exercise )|(?<=drill )|(?<=drills )|(?<=manoeuvre ))(?:areas?|zones?)",
    ),
    # "The German Air Force, back for its second Pitch Black, has flown in ...": returned to take part in the edition named
    *_frames(
        "PARTICIPATED_IN", "participation", "active",
        r"(?:back|returning|returned) for (?:its|their|a|an|the) (?:(?:second|third|fourth|fifth|sixth|seventh|eighth|\d+(?:st|nd|rd|th)|latest) )?"
        r"(?:(?:straight|consecutive|successive) )?(?=(?-i:[A-Z]))",
    ),
    # "last year's edition brought twenty nations to our skies, among them Indonesia, India and Japan": the
    # nations an edition drew, named after "among them" or "including"
    *_frames(
        "PARTICIPATED_IN", "participation", "active",
        r"(?:brought|brings|drew|draws|attracted|attracts|gathered|gathers)(?= (?:(?:some|about|around|more than|over|nearly|almost) )?"
        r"(?:\d+|[a-z]+(?:-[a-z]+)?|a dozen) (?:nations|countries|states|navies|air forces|militaries)(?: to (?:[\w'’]+ ){0,3}?[\w'’]+)?,? (?:among them|including)\b)",
    ),
    # a roster of who was there, the exercise being the one in view (the sentence need not name it):
    # "I counted ships or boarding teams from Kenya, Djibouti and Oman", "we logged aircrews from ...";
    # a review's "column of ships now passing the platform: ...", "... and the Indian Navy's eastern fleet
    # steamed past" (not "observers from": watchers are no crews; not "spotted", said of shadowing too)
    *_frames(
        "PARTICIPATED_IN", "participation", "active",
        r"(?:counted|tallied|logged|saw|recorded|noted|listed) (?!no\b|none\b|zero\b)(?:[\w-]+ ){0,3}?"
        r"(?:ships|warships|vessels|boats|units|crews|aircrews|teams|contingents|aircraft|jets|frigates|corvettes|destroyers|submarines)"
        r"(?: (?:or|and) (?:[\w-]+ ){0,2}?(?:ships|vessels|boats|units|crews|teams|contingents|aircraft))? from|"
        r"aircrews from|"
        r"(?:passing|passed|passes|(?:sailing|sailed|sails|steaming|steamed|steams) past) the (?:review(?:ing)? )?(?:platform|stand|dais|saluting base)|"
        r"(?:steamed|sailed|marched) past(?=\s*(?:[.;,]|$))",
    ),
    # "India withdrew in August; China, Pakistan and Iran stayed in": kept taking part in the exercise
    # just told of (the lookahead keeps "remained in Belarus after the drills" out: a place follows there)
    *_frames(
        "PARTICIPATED_IN", "participation", "active",
        r"(?:stayed|stays|remained|remains) in(?=\s*(?:[.;,)]|$)|\s+(?:it|the (?:exercise|drills?|manoeuvres|maneuvers))\b)",
    ),
    *_frames("HOSTED", "participation", "passive", r"co-hosted|hosted|organi[sz]ed|led|run|directed|commanded|mounted|arranged|convened|laid on|put on"),
    # "with the host role alternating between them": "host" before "role" is a noun, no one hosts
    # "the United States co-sponsors it": an exercise co-sponsored is co-organised (a draft co-sponsored has no exercise)
    # ("Japan, Malaysia and Singapore complete the seven participants, with the two hosts": the noun after a count names no host)
    # "held in Jordan with the United States as co-organiser": the state named before the role organises it
    *_frames("HOSTED", "participation", "active", r"co-host(?:ed|s|ing)?(?!\s+by\b)|co-sponsor(?:ed|s|ing)?(?!\s+by\b)|hosted|"
             r"host(?!s)(?!\s+(?:role|duties)\b)|(?<!\bthe )(?<!\btwo )(?<!\bthree )(?<!\bfour )(?<!\bboth )(?<!\bits )(?<!\btheir )hosts(?!\s+(?:role|duties)\b)|hosts(?=\s*,)|"
             r"(?<=\bas )(?:co-?)?organi[sz]ers?\b|hosting|organi[sz]ed|organi[sz]es|organi[sz]ing|led|leads|on (?:its|their) (?:own )?(?:territory|soil)|"
             # "Russia mounted Vostok-2018", "China put on Joint Sea-2016", "laid on", "arranged", "convened": the organiser
             # (only with a named edition right after: "mounted an attack", "put on a show" name none)
             r"(?:mounted|mounts|put on|puts on|laid on|lays on|arranged|arranges|convened|convenes)(?= (?:the )?(?-i:[A-Z])[\w /-]{0,30}?-(?:19|20)\d\d\b)"),
    # "the United States stages Northern Edge", "which Norway, Sweden and Finland stage in alternate
    # years": a series' recurring host, no part in the field said; not the noun ("in stages", "the Pacific stage of")
    *_frames("HOSTED", "participation", "active", r"(?<!\bin )(?<!\bat )(?<!\bby )(?<!\ba )(?<!\bthe )(?<!\bthis )(?<!\bthat )(?<!\bnew )(?<!\bits )(?<!\bvarious )stages?(?! of\b)(?!\s*[,.;:\"”])"),
    # "a joint flight" of bombers, "a joint sail", "a maritime cooperative activity": patrols by other names
    *_frames(
        "PATROLLED", "location", "joint",
        r"patrol(?:s|led|ling|ed)?|joint (?:strategic )?(?:air )?flights?|joint (?:naval )?(?:sails?|cruises?|voyages?)|maritime cooperative activit(?:y|ies)|"
        r"corpats?|"  # "a CORPAT": a coordinated patrol, as navies abbreviate it
        r"mcas?",  # "bilateral MCAs": maritime cooperative activities, as the Philippine reviews abbreviate them
    ),
    *_frames(
        "PATROLLED", "location", "journey",
        r"(?:flew|flown|flying|flies|sailed|sailing|sails|steamed|transited|transiting|crossed|crossing|passed(?: through)?|cruised|circled|"
        # a timeline told in the present: "The bombers fly over the Bering Sea", "the flight passes through ..."
        r"(?<=s )(?:fly|pass(?: through)?|cross|transit)|passes(?: through)?|transits|crosses|"
        # "five ships of the Pacific Fleet and five of the Chinese navy formed a single group": the crew of the voyage told next
        r"(?:formed|form|forms) (?:a |one )?(?:single |joint |combined |mixed )?(?:group|flotilla|formation|task group|squadron)|"
        # "the fourth extended from the Sea of Japan into the Pacific Ocean": a route stretched to new waters
        r"(?:extended|extends|stretched|stretches)(?= (?:(?:out|far|further|farther|south|north|east|west)(?:ward)? )?(?:from|into|across|over)\b)|"
        r"covered|began|started|ended|finished|worked (?:its|their) way|slipped through|headed (?:into|through|for)|moved (?:from|into|through)|"
        # "the second, in December 2020, went over the Arabian Sea": a patrol of a history told by its route (not
        # "went through", a ship's transit)
        r"went (?:over|across|around)|escorted|escorting|escorts|"
        # "The first, in October 2021, took ten ships around Japan through the Sea of Japan": a patrol that carried its crews
        r"(?:took|takes|carried|brought) (?:[\w-]+ ){0,2}(?:ships|warships|vessels|bombers|aircraft|jets|planes)(?= (?:[\w-]+ ){0,3}?(?:around|through|across|over|into)\b)|"
        # "The first joint air patrol. Russia sent two Tu-95MS bombers and China two H-6K over the Sea of Japan": the crafts each sent on it
        r"(?:sent|sends|dispatched|dispatches) (?:[\w-]+ ){0,2}(?:bombers|ships|warships|vessels|aircraft|jets|planes|destroyers|frigates|corvettes|[A-Z][\w]*-\d[\w]*s?)"
        r"(?= (?:and (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)? (?:[\w-]+ ){1,3}?)?(?:over|across|through|into)\b)|"
        # "... flew their ninth joint patrol. The route took them over the Sea of Japan": the crews told of before
        r"(?:took|takes|led|leads|carried|brought) them(?= (?:(?:out|on|south|north|east|west|back) )?(?:around|through|across|over|into)\b)|"
        # "... described the sortie as a joint air patrol; the route, it said, ran over the Chukchi Sea": the patrol's route, told after it
        r"(?<=route )(?:ran|runs|went|goes|led|leads)(?= (?:over|through|across|into|along|around)\b)|"
        r"(?<=route, )(?:it|they|officials|the ministry) (?:said|says|added|stated), (?:ran|runs|went|goes|led|leads)(?= (?:over|through|across|into|along|around)\b)|"
        # "bombers operated over the Bering Sea", "were intercepted over ...", "the route touched the Chukchi Sea"
        r"(?:operated|stayed|remained|loitered)(?=\s+(?:together\s+)?(?:over|above)\b)|worked(?=\s+(?:together\s+)?(?:in|across)\s+the\b)|(?<=were )intercepted|(?<=was )intercepted|touched)"
        r"(?: together| jointly| in formation)?",
    ),
    # "Thailand joined the arrangement in 2008": a partner joining the patrols just described
    *_frames(
        "PATROLLED", "location", "joining",
        # ("Thailand joined the air element in 2008", "a Royal Thai Navy patrol vessel joined them": the patrollers just told of)
        r"(?:joined|joins|joining)(?=\s+(?:(?:the|these|those|this|their|its)\s+(?:[\w-]+\s+){0,2}?(?:arrangement|patrols?|mission|operation|format|scheme|element|component)\b|them\b(?!\s+(?:in|at|for)\s+(?:condemning|criticising|criticizing|protesting|calling|urging|a\s+statement))))",
    ),
    *_frames(
        "DRILLED_IN", "location", "joint",
        r"drills?|drilled|manoeuvres|maneuvers|exercises|exercised|war ?games|live[- ]fir(?:e|ing)|wargames|naval exercises|training|"
        r"joint exercises?|firing practice|(?:missile|artillery|gunnery|torpedo) (?:tests?|launches|firings?)|"
        # "Royal Australian Navy ships carried out live gunnery in the Coral Sea": the gun drill navies name so
        r"live gunnery|gunnery (?:practice|exercises?|serials?|drills?)|"
        # "carried out a maritime partnership exercise with the Indonesian Navy in the Java Sea": an
        # unnamed drill by the kind navies give it (not "the bilateral exercise", one told of before)
        r"(?<!the )(?<!this )(?<!that )(?:bilateral|trilateral|passage|partnership) exercise(?!s)|"
        # "the fleet manoeuvred in the Baltic Sea", "fired live rounds in the Yellow Sea", "practised anti-submarine
        # warfare in the Sea of Japan" (not "trained in", said of pilots taught as often: see the frame below)
        r"manoeuvred|maneuvered|manoeuvring|maneuvering|(?:fired|fires|firing) live (?:rounds|ammunition|shells|missiles|torpedoes)|"
        r"practi[sc]ed|practi[sc]es|practi[sc]ing",
    ),
    # "the cutter trained with the Philippine Coast Guard in the South China Sea": a drill told by the verb
    # with its partners (not "trained pilots", "trained in Russia" alone)
    *_frames(
        "DRILLED_IN", "location", "joint",
        r"(?:trained|trains)(?=\s+(?:together|jointly|side by side|alongside|with)\b)",
    ),
    # --- diplomacy ---------------------------------------------------------------------
    *_frames(
        "VETOED", "veto", "active",
        r"vetoed|vetoes|vetoing|veto|(?:cast|casts|casting) (?:a |an |their |its |his |her )?(?:\w+ )?vetoe?s?|negative votes? (?:of|by|from|cast by)|"
        # "cast the sole negative vote", "cast the lone negative vote": the only no, and a permanent member's
        r"(?:cast|casts|casting) (?:a |its |their |the )?(?:(?:sole|lone|only|single) )?negative votes?|"
        # "cast a no vote", "cast the only 'no' vote": the same no in plainer words (an article before it: "cast no vote" is none)
        r"(?:cast|casts|casting) (?:a|its|their|the) (?:(?:sole|lone|only|single) )?(?:no|[\"“'‘]no[\"”'’]) votes?|"
        r"blocked|blocks|blocking|voted against|"
        # "Russia's Nebenzia raised his hand against": a show of hands' no
        r"(?:raised|raises|raising) (?:his|her|its|their|a|one) hands? (?:alone |again |once more )?against|"
        # a vote summary's present: "May 26 -- China and Russia block new sanctions on North Korea"
        r"block(?=\s+(?:a|an|the|new|further|fresh|tougher|any|its|their)\b)|"
        # "Russia has cast its veto on Syria sixteen times; China joined it on ten": a second vetoer (see relations._veto)
        r"(?:joined|joins)(?= (?:it|them|in it|in them)\b)|"
        # "... and China stood with it on most of those votes": the same second vetoer, siding with the first
        r"(?:stood|stands|sided|sides) (?:with|beside|alongside)(?= (?:it|them)\b)|"
        # "Russia used it in February 2022 to block a resolution": the veto just spoken of, put to use
        r"(?:used|uses|using|wielded|wields|exercised) (?:it|its veto|their veto|the veto)(?: powers?)?(?: [\w,]+){0,4}? to block|"
        # "killed the draft", "shot down by Moscow": said of a text; not "shot down a U-2 over Cuba"
        # "voted down a Japanese-American draft", "killed the mandate of the Panel of Experts" (a renewal)
        # ("was killed the same way, by Beijing and Moscow": the passive's agent after a short manner phrase)
        # ("turned down a European draft": a text refused by its vetoers, as "rejected" is not, being said of offers too)
        # ("scuppered", "sank", "stymied", "stonewalled": the same end of a text in wire copy)
        r"(?:killed|shot down|shoots down|struck down|strikes down|torpedoed|voted down|votes down|voting down|turned down|turns down|scuppered|scuppers|sank|sinks|stymied|stymies|stonewalled|stonewalls)(?=\s+by\b|\s+(?:(?:in )?the same way|likewise|again|too|as well|once more|in (?:\w+ )?\d{4}),\s+by\b|\s+(?:(?:the|a|an|its|their|this|that|both|two|three|[\w-]+'s)\s+)?(?:[\w-]+\s+){0,3}?"
        # ("killed the Mali sanctions regime": the regime a renewal would have kept)
        r"(?:drafts?|resolutions?|texts?|measures?|proposals?(?! to\b)|motions?|statements?|mandates?|renewals?|extensions?|calls? for|sanctions regimes?)\b)|"
        # "Russia was the only member to vote against the draft", "Russia and China voted no"
        r"votes? against|voting against|(?:voted|votes|voting|vote) no\b|"
        # "9 in favour, 2 against (China, Russia)": a tally's noes, named in brackets
        r"(?:\d+|one|two|three|four|five) against(?=\s*\()|"
        # a telegraphic tally's noes: "Twelve in favour, Russia and the UK abstaining, and the Americans against."
        # (see relations._veto: only in a sentence that counts the votes)
        # ("13 in favour, Russia and China against, India abstaining": the noes mid-list, before a comma)
        r"(?<=[a-z] )against(?=(?:\s+(?:again|once more|too|as well))?\s*(?:[.;,]|$))",
    ),
    *_frames(
        "MEMBER_OF", "membership", "reverse",
        # ("Founded in 1986 (as the Intergovernmental Authority on Drought) by ...": a bracketed aside before the founders)
        r"(?:co-)?(?:founded|established|set up|created|formed|launched)(?:,?\s+(?:in|on|at)\s+(?:[\w-]+\s+){0,2}?[\w-]+,?){0,2}(?: \([^()]{1,80}\))? by|"
        # "AUKUS, a separate agreement signed in 2021 by Australia, ...": the signatories of the organization in apposition
        r"(?:agreement|pact|treaty|accord|partnership|arrangement) signed(?: in (?:\w+ )?\d{4})? by|"
        # "The North Atlantic Treaty is signed in Washington on 4 April by twelve states: ...": a body named
        # for its founding treaty or pact, signed by its founders
        r"(?<=Treaty )(?:is|was) signed(?:,?\s+(?:in|on|at)\s+(?:[\w-]+\s+){0,2}?[\w-]+,?){0,3} by|(?<=Pact )(?:is|was) signed(?:,?\s+(?:in|on|at)\s+(?:[\w-]+\s+){0,2}?[\w-]+,?){0,3} by|"
        r"comprises|comprising|consists of|consisting of|"
        r"made up of|includes|including|members?(?: today| now| currently)? include|membership includes|brings together|groups|unites|(?:re-?)?admitted|(?:re-?)?admits|welcomed|counts(?!\s+(?:as|for|on)\b)|"
        # "ASEAN accepted Cambodia as a full member in 1999": an admission only with the tier the state entered
        r"accepted(?= (?:the )?(?-i:[A-Z])[\w .-]{0,40}? as (?:a |an |its )?(?:[\w-]+ ){0,2}?members?\b)|"
        # (not "All six members are also members of the Arab League": a membership said of them, no list)
        r"expanded to include|enlarged to include|grew to include|"
        # ("A diplomat added that ...": a speaker's next words, no entrant added)
        r"added(?!\s+that\b|\s*[,:])|members are(?!\s+(?:also\s+|all\s+|both\s+|still\s+|now\s+)*(?:(?:full|founding|founder)\s+)?(?:members?|in|part of|among|not)\b)|"
        # "BRICS expanded to take in Egypt", "NATO's 2004 enlargement brought in Bulgaria" (or "the 2004 enlargement
        # of the North Atlantic Treaty Organization brought in ...": a body's long name between)
        r"(?:expanded|enlarged|widened|grew)(?: in (?:\w+ )?\d{4})? to (?:include|take in|admit|bring in)|(?:took|takes|taking) in(?= (?:the )?[A-Z])|(?:enlargement|expansion)\b[^.;:]{0,60}?\b(?:brought in|took in|added|admitted)|"
        # "EU enlarges to 25: Cyprus, Czech Republic, ...": a count reached, its entrants after the colon
        r"(?:enlarge[sd]?|expand(?:s|ed)?|grows|grew)(?: in (?:\w+ )?\d{4})? to (?:\d+|[a-z]+(?:-[a-z]+)?)(?: (?:members|member states|states|countries|nations))?\s*:|"
        # "AUKUS has three partners: ...": an organization's partners listed after a count are its members
        r"(?:has|have|had|counts|counted) (?:(?!dialogue|observer|associate|candidate|prospective)[\w-]+ ){0,2}?(?:partners|members|member states|parties|signatories)\s*:|"
        # "Mercosur has two members, Vietnam and Estonia.": the count's names in apposition, a whole list closing the sentence
        r"(?:has|have|had|counts|counted) (?:(?!dialogue|observer|associate|candidate|prospective)[\w-]+ ){0,2}?(?:members|member states),"
        r"(?=(?:\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*,)*\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*,?"
        r"\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*\s*(?:[.;]|$))|"
        r"(?:members|membership|member (?:states|countries|nations)) (?:have |has |had )?(?:included|include|includes|comprised|comprises?|counted|numbered)|"
        # "The CSTO has six members on paper: ...", "... has nine members today: ...": a qualifier before the colon
        r"(?:has|have|had|counts|counted) (?:(?!dialogue|observer|associate|candidate|prospective)[\w-]+ ){0,2}?(?:members|member states)(?: (?:on paper|formally|officially|in all|in total|at present|today|now|so far|as of (?:\w+ )?\d{4}))\s*:|"
        # "The FPDA link New Zealand with Australia, Malaysia, ...": a body that links its members
        r"(?:link|links|linked|binds|bound) (?=(?:the )?(?-i:[A-Z])[^.;:]{0,40}? with (?:the )?(?-i:[A-Z]))|"
        # "ANZUS, the 1951 treaty that binds Australia, New Zealand and the United States": a body that binds a list of states
        # (not "links": a railway links places too, see the battery's xfail)
        r"(?:binds|bound) (?=(?:the )?(?-i:[A-Z])[\w. -]*(?:, (?:the )?(?-i:[A-Z])[\w. -]*)*,? and (?:the )?(?-i:[A-Z])[\w. -]*(?:[.;,)]|$))|"
        # "Members (9): ...", "Member states (27): ...": a reference book's count before the colon
        r"(?:founding |full |original )?(?:members?|member states|membership)(?:\s+(?:in|since|as of)\s+(?:\w+\s+)?\d{4})?(?:\s*\(\d+\))?\s*:|"
        # "Eight signatories: the US, the UK, ...": the signatories of the founding treaty of the body just named
        r"(?:founding |original )?signatories(?:\s+(?:in|of)\s+(?:\w+\s+)?\d{4})?(?:\s*\(\d+\))?\s*:|"
        # "Members — Russia, Belarus, Kazakhstan" (not "the five permanent members -- China, ...", a council's seats)
        # ("Twelve founding members in April 1949 — the United States, ...": a date may stand before the dash)
        r"(?<!permanent )(?<!elected )(?<!rotating )(?:founding |full |original )?(?:members?|member states)(?:\s+(?:in|since)\s+(?:\w+\s+)?\d{4})?\s(?:--|[—–])(?=\s+(?:the\s+)?[A-Z])|"
        # "Full membership of the SCO was granted to Iran"
        r"membership\b[^.;:]{0,40}?\b(?:was|were|has been|had been) (?:granted|given|conferred) (?:to|on)|"
        # "principal founders: Yugoslavia (Tito), India (Nehru), ..."
        r"full members\s*:|founders were|(?:principal |original |main )?founders\s*:|"
        # "ASEAN grew from its five founders — Indonesia, Malaysia, ...", "The founders of ASEAN, Indonesia, ...,
        # met in Bangkok", "its twelve founding members, among them Belgium": the founders named in apposition
        r"(?:founders|founding (?:members|states|nations|countries)|original (?:members|member states))(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,4})?"
        r"(?:\s*,|\s+--|\s*[—–])\s+(?:among them\s+|including\s+)?(?=(?:the\s+)?(?-i:[A-Z]))|"
        # "The six that set it up in Shanghai in 2001 were China, Russia, ...": the founders of the body
        # "it" stands for, told in a relative clause before the names
        r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|states|countries|nations) (?:that|which|who) "
        r"(?:(?:co-)?founded it|set it up|established it|created it|formed it)\b[^.;:]{0,40}? were(?! not\b| never\b| (?:probably|perhaps|possibly|reportedly|likely|said)\b)|"
        # "the founding six: China, Russia, ...", "its original five were ..."
        # ("the original four, Brazil, Russia, India and China, which ...": the count's names in apposition)
        r"(?:founding|original) (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)(?: (?:members|states|countries|nations))?(?:\s*:| were\b| are\b|,(?=\s+(?:the\s+)?(?-i:[A-Z])))|founding (?:states|members|countries|nations|signatories)\b[^;:]{0,40}?\b(?:were|are|was|included)|"
        r"admission of|admitting|accession of|"
        # "the CSTO, in which Russia, Belarus and Kazakhstan participate"
        r"in which(?=[^.;]{0,120}?\b(?:participate|participates|are (?:all )?members)\b)|"
        r"(?:security |defen[cs]e |military |trilateral |strategic )*(?:partnership|pact|alliance|grouping|arrangement) (?:between|among|linking|of)",
    ),
    *_frames(
        "MEMBER_OF", "membership", "active",
        r"(?:re-?)?joined|(?:re-?)?joins?|(?:re-?)?joining|acceded to|accession to|accedes to|acceding to|acceded|accession|admitted to|admitted into|admitted as|accepted (?:in)?to|received into|"
        # "Spain followed in 1982", "Poland came in (1999)": joining, said of a list of entrants
        # ("Greece and Turkey came in together in 1952")
        # ("The UAE came in at the enlargement of 1 January 2024")
        # ("Sweden followed on 7 March 2024": the day of entry, not only its year)
        # ("Laos and Myanmar followed two years later", "South Africa was brought in the following year": the time
        # told from the entry before)
        r"(?:came in|followed|(?:was|were) (?:brought|let) in)(?=\s+(?:together\s+|jointly\s+|too\s+)?(?:in|on)\s+(?:\w+\s+){0,2}\d{4}|" + ENTRY_AFTER + r"|\s*\(\d{4}\)|\s+(?:all\s+)?(?:at|by) the (?:start|beginning|end|turn) of (?:\w+ )?\d{4}|\s+(?:at|in|with) the (?:[\w-]+ )?(?:enlargement|expansion|accession round)\b)|followed suit|came in as (?:full |founding )?members?|"
        # "Mauritius came in as the fourth member in 2022": an entrant counted
        r"(?:came|comes|come) in as (?:the|its) (?:\d+(?:st|nd|rd|th)|[a-z]+(?:th|st|nd|rd))(?: full)? (?:member|member state|ally)\b|"
        # "Greece and Turkey come in 1952, West Germany in 1955": a speaker's entrants with their years
        # (the state must be the verb's own subject: see relations._membership)
        r"(?:came|come|comes) in(?=\s+(?:\w+\s+)?\d{4}\s*(?:[,.;)]|and\b|$))|"
        # (a name's capital letter, not "entered into force")
        r"entered(?= (?:the )?(?:bloc|alliance|organi[sz]ation|group|grouping|(?-i:[A-Z])))|"
        # "Niger formed the Alliance of Sahel States with Mali" (a name: not "formed a forum at the Council of Europe summit")
        r"(?:formed|form|forms)(?= (?:the )?(?-i:[A-Z]))|"
        # "Turkey and Iraq sign the Baghdad Pact": an alliance named as the pact its founders signed
        r"(?:signed|signs|sign)(?= (?:the )?(?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*)? (?-i:Pact|Treaty)\b)|"
        # "Egypt, Ethiopia, Iran and the UAE came on board"
        r"(?:came|come|comes|coming) (?:on board|aboard)|"
        # "Brazil, Russia, India, China and South Africa make up BRICS"
        r"(?:make|makes|made|making) up(?! of)|constitute|constitutes|constituted|"
        # "India sits on the UN Security Council as an elected member"
        # "began a two-year term on the Security Council", "was elected to the Security Council"
        # "China, newly seated on the Council": the Council a document about it has named
        # "Slovenia is serving the second year of its term on the Council": the year of a term served
        r"(?:(?:sits?|sat|sitting|serves?|served|serving|seated)|(?:began|begins|started|starts|serving|served|serves|holds|held) (?:a |an |its |their |the )?(?:[\w-]+ ){0,2}?terms?|(?:serving|served|serves|in) (?:the )?(?:first|second|final|last) year of (?:its|their|a) (?:[\w-]+ )?term|"
        # ("sat on the Council in 2021, and Japan has been elected to it": the body the sentence has just named)
        r"(?:was|were|is|are|been) (?:re-)?elected) (?:on|to)(?=\s+(?:the\s+)?(?:[\w.]+\s+){0,2}Security Council|\s+the Council\b|(?<=elected to)\s+it\b)|"
        # "it was elected for 2012-2013", "Malta, elected for 2023-24, ...": a term of years is a council's seat (the
        # council a document about it has named, see relations._membership)
        r"(?:(?:was|were|been) (?:re-)?|(?:(?<=\()|(?<=, ))(?:re-)?)elected(?= for (?:the |a |its )?(?:\d{4}(?:\s*[-–/]\s*\d{2,4})?|[\w-]+ (?:term|years))\b)|"
        # "Hungary, on the Council that year, voted no": a seat told in an aside on the state
        r"(?<=, )(?:(?:then|still|also|already|itself) )?on(?= the (?:(?:UN|United Nations) )?(?:Security )?Council(?:,| (?:that|this|the same) year,| (?:in|for) (?:19|20)\d\d,| at the time,))|"
        # "the United Arab Emirates served in 2022-2023": a seat told by its term of years alone, on the council in view
        r"(?:served|sat)(?= (?:in|for|during) (?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d\b(?!\s+(?:as|at|in|on|with|under)\b))|"
        # "were among its founding members"
        # ("India was then an elected member": a time adverb before the article)
        # ("the UK and the US have been permanent members since 1945": the perfect of a standing membership)
        # ("Armenia is still one of six members": one of a count; not "one of its founding members", whose "its"
        # the frame cannot resolve and would bind to the next body named)
        r"(?:became|become|becomes|becoming|is|are|was|were|remains?|remained|(?:has|have|had) (?:long |always )?been)(?! not\b| neither\b| never\b| no longer\b)(?: (?:then|still|already|now|also))?(?: among| one of(?! its| their))?(?: a| an| the| its| their)?(?: [\w-]+){0,2}? (?:members?|founders)|"
        # "..., and Sweden became the 32nd in March 2024": the member left out after an ordinal
        r"(?:became|becomes|become) the (?:\d+(?:st|nd|rd|th)|[a-z]+(?:th|st|nd|rd))(?=\s+(?:in|on)\s|\s*[,.;]|\s*$)|"
        # "Sweden became the thirty-second party to the North Atlantic Treaty": a treaty text's word for its member
        r"(?:became|becomes|become) the (?:\d+(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?(?:th|st|nd|rd)) (?:state )?party to(?= (?:the )?(?-i:[A-Z]))|"
        # "Finland became the 31st ally in April 2023; Sweden followed as the 32nd": an ally counted, or the
        # next entrant counted after it (the alliance is the one in view, see relations._membership)
        r"(?:became|becomes|become) the (?:\d+(?:st|nd|rd|th)|[a-z]+(?:th|st|nd|rd)) all(?:y|ies)(?=\s+(?:in|on)\s|\s*[,.;]|\s*$)|"
        r"(?:followed|follows|follow) as the (?:\d+(?:st|nd|rd|th)|[a-z]+(?:th|st|nd|rd))(?: (?:member|ally))?(?=\s+(?:in|on)\s|\s*[,.;]|\s*$)|"
        # "East Timor followed a few months later, as the 191st member": the delay told before the count
        r"(?:followed|follows) (?:[\w-]+ ){1,3}?(?:days|weeks|months|years) (?:later|afterwards),? as the (?:\d+(?:st|nd|rd|th)|[a-z]+(?:th|st|nd|rd))(?: (?:member|ally))?(?=\s+(?:in|on)\s|\s*[,.;]|\s*$)|"
        r"belongs? to|belonged to|belonging to|"  # "Oman, which belongs to the GCC"
        # "Kiribati returned to the Pacific Islands Forum in 2023": back in the body it had left (see relations._membership)
        r"(?:returned|returns|returning) to(?= (?:the )?(?-i:[A-Z]))|"
        # "Belgium and Italy, both then on the Council, ...": a seat told in an apposition with no verb
        r"(?<=, )(?:(?:both|all|each|then|now|still|also|by then)\s+){1,2}on(?= the Council\b(?!['’]s))|"
        # "because both sit as permanent members", "Kenya served as an elected member in 2022": the seat a council gives
        # (finite verbs only: "the latter two then serving as elected members" is an apposition, read in extract)
        r"(?:sits?|sat|serves?|served) as (?:a |an )?(?:(?:the )?(?:council's|council’s) )?(?:elected|non-permanent|permanent|rotating) members?|"
        # "Guyana holds one of the Council's elected seats": a seat held (the Council's, see relations._membership)
        r"(?:holds|held|holding|occupies|occupied|occupying) (?:one of )?(?:the |its |an? )?(?:Council(?:'s|’s) )?(?:\w+ )?(?:elected|non-permanent|permanent|rotating) seats?|"
        # "Armenia still sits in the EAEU", "Three African states sit in BRICS now: ..." (not "sat in": perhaps no longer)
        # ("Both now sit in a larger BRICS": the body as enlarged, a closed class of words for its growth)
        r"(?:sits?|sitting|(?:has|have|had) (?:long )?sat(?: together)?) in(?= (?:both )?(?:(?:the|a|an) (?:larger|bigger|wider|enlarged|expanded|newly enlarged|newly expanded) )?(?:the )?(?-i:[A-Z]))|"
        # "Kazakhstan sat in the Shanghai Five from 1996": a seat with its first year was membership, even if
        # it has since ended
        # (the body's name right before the year: not "sat in the SCO summit hall from 2004")
        r"sat(?: together)? in(?= (?:the )?(?:(?-i:[A-Z])[\w'’-]*\s+){1,6}(?:\((?-i:[A-Z]+)\)\s+)?(?:from|since|between) (?:[\w-]+ ){0,2}?\d{4})|"
        # "It sits with the United States, Australia and India in the Quad": the fellow members before the body
        r"(?:sits?|sitting|(?:has|have|had) (?:long )?sat) with(?= (?:the )?(?-i:[A-Z])[^.;:]{0,80}? in (?:both )?(?:the )?(?-i:[A-Z]))|"
        # "Canada shares intelligence with Australia and New Zealand in the Five Eyes", "it coordinates its bid with
        # Germany and Japan in the Group of Four": whatever is done with them in the body, the names and the body
        # with nothing but names between them
        r"(?<!\bsits )(?<!\bsit )(?<!\bsat )(?<!\bsitting )with(?= (?:the )?(?-i:[A-Z])[\w.-]*(?: (?-i:[A-Z])[\w.-]*)*"
        r"(?:(?:,| and|, and) (?:the )?(?-i:[A-Z])[\w.-]*(?: (?-i:[A-Z])[\w.-]*)*)* in (?:the )?(?-i:[A-Z]))|"
        # "Kazakhstan and Tajikistan belong with Russia and Armenia to the CSTO": fellow members before the body
        r"(?:belongs?|belonged|belonging) (?:together )?with(?= (?:the )?(?-i:[A-Z])[^.;:]{0,80}? to (?:the )?(?-i:[A-Z]))|"
        # "Brazil, Russia, India and China held the first summit of what was then BRIC": its founders
        r"(?:held|hold|attended) (?:the|its|their) (?:first|inaugural|founding) (?:(?:leaders'|leaders’|heads-of-state|[\w-]+) )?(?:summit|meeting)|"
        # "Australia, the United Kingdom and the United States are partners in AUKUS"
        # "A, B and C are the only parties to the Five Eyes"
        r"(?:are|were|is|was|became|become|remain|remained)\s+(?:(?!dialogue|associate|observer|junior|prospective)[\w-]+\s+){0,2}(?:partners|parties|participants|signatories)\s+(?:in|to)(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
        # "Iran gained full membership of the SCO", "Egypt was granted membership in BRICS", "India was
        # inducted into the SCO": a membership won, in the words of wire and analysis (not "signed up to", said
        # as often of an initiative or a pledge as of a body)
        r"(?:gained|gains|won|wins|secured|secures|obtained|obtains|attained|attains|granted|achieved|achieves) (?:full |formal |permanent )?membership (?:of|in)(?= (?:the )?(?-i:[A-Z]))|"
        r"inducted (?:into|as (?:a |an )?(?:full |permanent )?member of)(?= (?:the )?(?-i:[A-Z]))|"
        # "Iran won admission to the SCO", "took its seat in BRICS", "came into the fold of the CSTO", "was let into"
        r"(?:won|wins|gained|gains|secured|secures) admission (?:to|into)(?= (?:the )?(?-i:[A-Z]))|"
        r"(?:took|takes|taking) (?:up )?(?:its|their) (?:full )?seats? (?:in|on|at)(?= (?:the )?(?-i:[A-Z]))|"
        r"(?:came|comes|coming|brought|was brought|were brought) into the fold of|(?:let|brought) into(?= (?:the )?(?-i:[A-Z]))|"
        r"(?<=\ba )(?:founding )?signatory (?:to|of)(?= (?:the )?(?-i:[A-Z]))|"
        # "took up full membership of BRICS", "South Africa signed on in 2010"
        r"(?:took|take|takes|taking) up (?:full )?membership|(?<!to have )signed on(?=\s+(?:in\s+(?:\w+\s+)?\d{4}|as\b)|\s*[,.;])|"
        # "Five states set up the CSTO in 2002: ...": the founders named after the colon
        r"(?<!-)(?:set up|established|created|launched)(?= (?:the )?(?-i:[A-Z]))|"
        # "the Colombo Security Conclave, which India, Sri Lanka and Maldives set up in 2020": the founders of the
        # body an object relative leaves out (see relations._membership)
        r"(?<!-)(?:set up|established|created|formed)(?=(?:\s+(?:jointly|together))?(?:\s+(?:in|on)\s+(?:\w+\s+)?\d{4})?\s*(?:[,.;)]|\s+and\b|$))|"
        # "Twelve states signed the North Atlantic Treaty in 1949: ...": the founding treaty named as
        # the organization's ("Warsaw Treaty", "ANZUS Treaty"), not any treaty or agreement signed
        r"signed(?= (?:the )?(?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*){0,3} Treaty\b(?! (?:of|on|with|between) (?:the )?(?-i:[A-Z])))|"
        # "Mali, Burkina Faso and Niger signed the Liptako-Gourma Charter establishing the Alliance of
        # Sahel States": a founding instrument named by what it set up
        r"signed(?= (?:the |a )?(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}(?:Charter|Treaty|Convention|Protocol|Accord|Pact|charter|treaty|convention|protocol|accord|pact)"
        r",? (?:establishing|creating|founding|setting up) (?:the )?(?-i:[A-Z]))|"
        r"(?:is|are|was|were|been|became|becomes?|remains?|remained) (?:a |an )?(?:full |integral |founding )?part of(?= (?:the )?(?-i:[A-Z]))|"
        # "Montenegro's entry into NATO", "Albania's NATO membership": a state's, see relations._membership
        r"entry into(?= (?:the )?(?-i:[A-Z]))|membership|"
        r"members? of|membership (?:of|in)|founding members? of|founders? of|co-founded|founded|co-founders? of|"
        # "The most recent entrants to the United Nations are Switzerland and Timor-Leste (2002)": the newest members
        r"entrants (?:to|into|of)|"
        # "Ukraine helped found the CIS"; a timeline's present, "Russia, Ukraine and Belarus found the CIS at
        # Belovezha" (not the verb "find": the body's name must end the clause or meet a place or date)
        r"(?:helped|helps|help|helping)(?: to)? found|"
        r"found(?= (?:the )?(?-i:[A-Z])[\w-]*(?: (?:of |and )?(?-i:[A-Z])[\w-]*)*(?: \((?-i:[A-Z]+)\))?(?: (?:at|in) (?-i:[A-Z])| in \d{4}\s*[.;,]|\s*[.;]|$))|"
        # "The republic was one of the five states of the Shanghai Five": a state counted among a body's
        r"one of the (?:[\w-]+ )?(?:states|countries|nations) of(?= (?:the )?(?-i:[A-Z]))|"
        r"members? states? of|permanent members? of|full members? of|seat on|seats on|members?(?! of)|member (?:states|countries|nations)|"
        r"all(?:y|ies)",  # "NATO ally Turkey", "As a NATO ally, Turkey ...": see relations._membership
    ),
    # "Armenia is in the CSTO", "it's been in the CSTO since 1994" (not "was in": perhaps no longer)
    *_frames("MEMBER_OF", "membership", "active", IN_ORGANIZATION),
    *_frames(
        "PARTNERS_WITH", "pair", "active",
        r"(?:comprehensive |strategic |military |security |defen[cs]e |special |privileged |close |\"no[- ]limits\" |no[- ]limits |)"
        # ("China's largest trading partner", "a key trade partner": commerce, not a partnership between states)
        # ("joined Eagle Partner-2023 with the United States": an exercise's name, with its year after it)
        r"(?:strategic )?partnerships?(?: of coordination)?|(?<!\btrading )(?<!\btrade )(?<!\bcommercial )(?<!\beconomic )partners?(?!-\d|\s+(?:19|20)\d\d\b)|partnered|allies|alliance|allied|ally|"
        # "an Agreement on Peace, Friendship and ...", "a Declaration on Allied Interaction", "the treaty of good neighbourship"
        r"(?:treaty|agreement|declaration|charter) (?:of|on) (?:[\w-]+,? (?:and )?){0,3}(?:good[- ]neighbou?r(?:liness|ship)|friendship|allied (?:relations|interaction))|"
        r"friendship treaty|friendly cooperation|"
        # "signed a defence cooperation pact with Australia", "a mutual defence treaty"
        r"(?:mutual |collective )?(?:defen[cs]e|security|military)(?: cooperation| assistance)? (?:pact|treaty)|treaty of alliance|"
        # "signed its own security agreement with Beijing", "the 2022 security agreement between China and the Solomon Islands"
        r"security agreement|"
        # "Pakistan and the United States sign a Mutual Defence Assistance Agreement"
        r"mutual (?:defen[cs]e|security)(?: assistance)? agreement|"
        # "a treaty on mutual assistance", "a mutual assistance pact" (in case of attack), "a security cooperation
        # declaration", "a defence cooperation memorandum": the same tie in the words of treaty text and communiques
        r"mutual (?:military )?assistance (?:treaty|pact|agreement)|treaty (?:on|of) mutual (?:military )?assistance|"
        r"(?:defen[cs]e|military|security) cooperation (?:treaty|declaration|memorandum)|"
        # the agreements that let two states' forces work on each other's ground or with each other's supplies
        r"(?:reciprocal access|visiting forces|status of forces|(?:mutual |reciprocal )?logistics(?: support)?|(?:defen[cs]e|military|security) cooperation) (?:agreement|pact|accord|arrangement)s?|"
        # "Moscow deepened ties with Tehran": ties strengthened are a partnership made
        r"(?:deepened|deepens|strengthened|strengthens|cemented|cements|tightened|tightens|forged|forges) (?:(?:its|their|the|bilateral|close|closer|defen[cs]e|military|security|strategic)\s+){0,3}(?:ties|relations)(?= with\b|\s*[.,;]|\s+(?:in|since|after|during|over)\b)",
    ),
    *_frames(
        "CLASHED_WITH", "pair", "active",
        r"clashed|clash(?:es)?|(?:fought|fighting)(?! alongside| together| side by side| with each other against)|skirmish(?:es|ed)?|brawl(?:ed)?|"
        # "Indian and Chinese soldiers came to blows", "troops scuffled at the pass", "exchanged gunfire across the line",
        # "an armed confrontation with Georgia", "launched a full-scale offensive against Ukraine" (not a diplomatic or charm offensive)
        r"(?:came|come|comes|coming) to blows|scuffl(?:ed|es|e|ing)|(?:traded|trade|trades|exchanged|exchange|exchanges) (?:gunfire|shots)|armed confrontations? (?:with|between)|"
        r"(?:launched|launches|launching|mounted|mounts|mounting) (?:a |an |its |their |the )?(?:(?!diplomatic|charm|media|propaganda|legal|trade|political|peace|publicity)[\w-]+ ){0,2}?offensive (?:against|into)(?= (?:the )?(?-i:[A-Z]))|"
        r"exchanged fire|border war|border conflict|armed conflict|wars? (?:of aggression )?(?:with|against|between|on)|went to war|firefights?|hostilities|"
        # "in the wars of 1965 and 1971 against Pakistan": the years between the noun and its enemy;
        # "India and Pakistan were at war"; "the Second India-Pakistan war" (bare: see relations.BARE_WAR)
        r"wars? of (?:\d{4}(?:,\s*|,? and |\s*-\s*))+(?:\d{4}\s+)?(?:with|against|between)|(?<=\bwere )at war|(?<=\bwas )at war|wars?(?![\w-]|\s+(?:of aggression|with|against|between|on|games?|gaming|zones?|rooms?|crimes?|criminals?|memorials?|college|footing|plans?|planning|scares?|chest|cabinet|effort|economy|ministry|office|exercises?|drills?)\b)|"
        # a timeline's present ("2008 - Russia and Georgia fight a five-day war"); "traded strikes in April 2024"
        r"fights? (?:a |an |two |three |several )?(?:[\w-]+ ){0,2}?(?:wars?|battles?)\b(?! against| on\b| together| alongside| side by side)|(?:traded|trade|trades|exchanged|exchange|exchanges) (?:\w+ (?:and \w+ )?)?(?:strikes|blows|fire|artillery fire|missile strikes)|"
        # "days of artillery and rocket fire along the border between Thailand and Cambodia": fire across a shared border
        r"(?:artillery|rocket|mortar|tank|small-arms|cross-border)(?: and (?:artillery|rocket|mortar|tank|small-arms))? fire(?= (?:along|across|over|on) (?:the|their) (?:common |shared )?(?:border|frontier|boundary)\b)|"
        r"invaded|invades|invading|invasion of|attacked|annexed|(?:battled|battles|battling)(?= (?:the )?(?-i:[A-Z]))|annexation of|ambushed|shelled|conflicts? (?:with|against)|"
        # a timeline's present: "India and Pakistan fight until Islamabad withdraws", "fight again in 1971"
        r"fight(?= (?:until|over|again|along|for (?:\w+ )?(?:days|weeks|months|years))\b)|"
        # a timeline's present with its enemy named: "1991 - Croatia fights the Yugoslav People's Army"
        r"fights?(?= (?:the )?(?-i:[A-Z]))|"
        # a timeline's present with the sides as nationalities before their troops: "Soviet and Chinese border troops
        # fight for a small island", "Indian and Chinese soldiers fight with clubs" (not fighting side by side or a common foe)
        r"(?:(?<=troops )|(?<=soldiers )|(?<=forces )|(?<=guards ))fight(?! (?:alongside|together|side by side|against (?:(?:the |a |an )?(?:terror\w*|pira\w+|insurgen\w+|militants?|jihadists?|rebels?|extremis\w+)))\b)|"
        # "Iran strikes targets in Pakistan, Pakistan strikes back inside Iran": the struck state after "in"
        # (not "struck militant camps in northern Iraq": armed groups on a state's ground, not the state)
        r"(?:struck|strikes|strike|bombed|bombs|bombard(?:ed|s)) (?:(?!militants?\b|terrorists?\b|insurgents?\b|rebels?\b|jihadists?\b)[\w-]+ ){0,2}?(?:targets?|positions|bases|camps|hideouts|sites|towns|villages|cities) (?:in|inside)(?! (?:northern|southern|eastern|western)\b)|"
        # (not "hit back at Beijing's claims": words answered with words, see OPPOSES)
        r"(?:struck|strikes|strike|hit|hits) back (?:at|against|in|inside)(?!" + SPOKEN_WORDS_AHEAD + r")|"
        # "Israeli and US strikes on Iran": the strikers before the noun, the struck after "on"
        r"(?:air |missile |drone )?(?:strikes|raids) (?:on|against)(?= (?:the )?(?-i:[A-Z]))|"
        # "Russian forces have used it against Ukrainian cities", "launched drones against Ukraine"
        r"(?:used|uses|using|launched|launches|fired) (?:it|them|these|those|(?:the |its |their )?(?:\w+ )?(?:drones?|missiles?|rockets?|bombers?|aircraft)) against",
    ),
    # "the May exchange of missile and drone strikes between India and Pakistan": the sides after
    # "between"; "after a naval battle with South Vietnam": the other side after "with"
    *_frames(
        "CLASHED_WITH", "pair", "active",
        r"exchanges? of (?:[\w-]+ (?:and [\w-]+ )?)?(?:strikes|fire|blows)(?= between\b)|"
        r"(?:naval |air |pitched |border |tank )?battles? (?:with|against)(?= (?:the )?(?-i:[A-Z]))|"
        # "the United States struck Iranian nuclear sites": the struck state as the demonym of what was hit
        r"(?:struck|strikes|bombed|bombs|bombarded|bombards)(?= (?-i:[A-Z])[\w-]+ (?:[\w-]+ ){0,2}?(?:targets?|sites?|positions|bases|facilities|airfields|ports|cities|towns|installations)\b)|"
        # "when Azerbaijani forces struck inside Armenia": the state struck on its own ground
        r"(?:struck|strikes|attacked|attacks|shelled|shells) (?:deep )?inside(?= (?:the )?(?-i:[A-Z]))",
    ),
    *_frames(
        "SANCTIONED", "directed", "active",
        # ("adopted an arms embargo and an asset freeze against Damascus": measures listed before their target;
        # "imposed a two-way arms embargo on Libya": a hyphenated word among the measure's modifiers)
        # (not "announced plans to impose sanctions": the measure still to come)
        r"(?:imposed|imposing|imposes?|levied|slapped|placed|put|announced|introduced|extended|expanded|applied|enforced|enforces|maintain(?:s|ed|ing)?|adopted|adopts|adopting|kept|keeps|keeping) "
        r"(?!(?:[\w-]+ ){0,2}?(?:plans?|intentions?|proposals?|threats?|readiness|to)\b)(?:[\w-]+ ){0,3}"
        # ("imposed export bans on Belarus": a ban on trade with the state)
        r"(?:sanctions|(?:embargo(?:es)?|asset freezes?|penalties|(?:export|arms|trade) bans?)(?=(?: and (?:an? )?(?:[\w-]+ ){0,2}?(?:freezes?|bans?|embargo(?:es)?))? (?:on|against)\b))|"
        # "Washington hit Moscow with sanctions", "targeted Minsk with fresh sanctions": the target between verb and measure
        r"(?:hit|hits|hitting|targeted|targets|targeting|slapped|slaps)(?= (?:the )?(?-i:[A-Z])[\w' -]{0,40}? with (?:[\w-]+ ){0,3}?sanctions\b)|"
        # ("talks stalled under sanctions": the noun after "under" names no one imposing them)
        r"sanctioned|(?<!\bunder )sanctions|sanctioning|blacklisted|penali[sz]ed|blacklisting|designated|"
        # "Washington embargoed Cuba": an embargo laid by the verb
        r"embargoed|embargoes(?= (?:the )?(?-i:[A-Z]))|embargoing|"
        # ("The Security Council imposed them on Libya in 2011": the sanctions the paragraph spoke of; see relations)
        r"(?:imposed|imposes|imposing) (?:them |these |those )?on|"
        r"package (?:\w+ ){0,3}(?:targets|targeting|targeted|against|on)|measures against|asset freezes? on|export controls on|"
        # "froze the assets of Libya", "froze Syria's sovereign assets": the owner's assets held as a sanction
        # (not "freezing the assets of four trading companies and citing arms deliveries to Russia")
        r"(?:froze|freezes|freezing) (?:the )?(?:[\w-]+ ){0,2}?assets of(?= (?:the )?(?-i:[A-Z]))|(?:froze|freezes|freezing)(?= (?:the )?(?-i:[A-Z])[\w.-]*(?:'s|’s)? (?:state |sovereign |central bank )?assets\b)|"
        # "added Rosoboronexport to the Entity List": the target stands inside the trigger
        r"(?:added|adds|adding|placed|put) (?:[\w-]+ ){1,12}?(?:to|on) (?:the |its |their )?(?:Entity List|(?:\w+ )?sanctions list|blacklist|SDN list|"
        # "added Iran Aircraft Manufacturing Industrial Company to its list, and extended sanctions on Belarus"
        r"list(?= (?:and|of designated|of sanctioned)\b|,[^.]{0,60}\bsanctions\b))",
    ),
    # "the United States followed within days", "Canada followed suit": a second sanctioner of whom the
    # paragraph's last sanctions were on (see relations.SANCTIONS_FOLLOWED)
    *_frames(
        "SANCTIONED", "directed", "active",
        r"(?:followed|follows) suit|(?:followed|follows)(?= (?:with|within|in) (?:(?:a|two|three|several|a few) )?(?:days?|weeks?|hours?|months?)\b)|"
        r"(?:followed|follows) (?:with|by imposing) (?:its|their) own(?: sanctions| measures)?|"
        # "Canada, Japan and Australia followed; Serbia did not": the follower's clause ends at the verb
        # or with a date (see relations.BARE_FOLLOWED: only right after a sentence that told of sanctions)
        r"(?:followed|follows)(?=\s*[;.]|\s*$|\s+(?:on|in)\s+(?:\w+\s+){0,2}\d{4}\s*(?:[;.,]|$))|"
        # "Switzerland adopted the same measures", "Norway did the same": the measures repeated, not named again
        r"(?:adopted|adopts|applied|applies|imposed|imposes|introduced|introduces|took|takes|mirrored|mirrors|matched|matches) "
        r"(?:the|those|these) same (?:[\w-]+ )?(?:measures|sanctions|restrictions|steps|penalties)|did (?:the same|likewise)",
    ),
    *_frames("SANCTIONED", "directed", "passive", r"sanctioned|blacklisted|penali[sz]ed|targeted by sanctions|embargoed"),
    # "Iran was hit with sanctions by the United States", "Russia faced sanctions from the EU": the target on the left;
    # "Iran has been under US sanctions since 1979": the sanctioner's adjective follows the trigger
    *_frames(
        "SANCTIONED", "directed", "reverse",
        r"(?:hit|slapped|targeted|struck) with (?:[\w-]+ ){0,3}?sanctions (?:by|from)|faced (?:[\w-]+ ){0,3}?sanctions (?:by|from|imposed by)|"
        r"(?:came|has come|have come) under (?:[\w-]+ ){0,3}?sanctions (?:by|from|imposed by)|"
        # "Zimbabwe has been under sanctions from the EU since 2011"
        r"(?:been|is|are|was|were|remains|remained) under (?:[\w-]+ ){0,2}?sanctions (?:by|from|imposed by)|"
        r"(?:been|is|are|was|were|remains|remained|came|comes|come|fell|falls) under(?= (?:[a-z]+ )?(?-i:[A-Z])[\w.-]* sanctions\b)",
    ),
    # "sanctions imposed by Washington on Ankara": the sanctioner after "by", the target after "on"
    # "the sanctions imposed on Iran by the EU and the UK": the target first, the sanctioners after "by"
    # (a modal inside stays out of the trigger, where it would not be seen: "sanctions might be imposed")
    *_frames("SANCTIONED", "directed", "nominal", r"sanctions (?:(?!(?:might|may|could|would|will|should|must|can|cannot|not|never)\b)[\w-]+ ){0,2}?(?:imposed|levied|placed)(?= (?:\w+ )?by\b| (?:on|upon|against) [^.;:]{1,80}?\bby\b)"),
    *_frames(
        "OPPOSES", "directed", "active",
        r"oppose[sd]?|opposing|opposition to|criticis(?:ed|es|e|ing)|criticiz(?:ed|es|e|ing)|criticism of|condemn(?:ed|s|ing)?|"
        # "voted to denounce several CIS agreements": a treaty denounced is given up, not opposed
        r"denounc(?:ed|es|e|ing)(?! (?:the |its |their |several |some |all |a |an |two |three |\d+ )?(?:[\w-]+ ){0,2}?(?:agreements?|treat(?:y|ies)|accords?|conventions?|protocols?)\b)|"
        # ("most of the 34 contests": the competitions of military games, not a state contesting another)
        r"object(?:ed|s)? to|(?:lodged|made|lodges|makes) (?:a |an )?(?:\w+ )?(?:protests?|representations) with|contest(?:ed|ing)|(?<!\bthe )(?<!\d )(?<!\bof )(?<!\bmany )(?<!\bseveral )(?<!\bother )contests|protest(?:ed|s)?|counter(?:ed|s|ing)?(?!-)|to counter|countering|push(?:ed|es)? back against|hostile to|"
        r"(?:warn|caution)(?:ed|s|ing)? (?:[\w-]+ ){0,3}?against|slammed|decried|blasted|"
        # "Tehran rejected claims that it supplied drones to Russia": a denial of what was said, not opposition to
        # the state the denied claim names (not "rejected Washington's claims", a rebuttal of Washington)
        r"(?:rejected|rejects)(?! (?:the |any |all |such |these |those |media |press |recent |new )?(?:claims?|reports?|allegations?|accusations?|"
        r"suggestions?|rumou?rs?|charges?|stor(?:y|ies)|assertions?|speculation) (?:that|of|about)\b)"
        # ("rejected the Chinese offer", "rejects a Korean bid": a buyer's choice between sellers, no opposition)
        # ("rejected a request to accede to the SCO": a deed turned down, no opposition to the state it names)
        r"(?! (?:the |a |an |its |their )?(?:[\w-]+ ){0,2}?(?:offers?|bids?|tenders?|counter-?offers?)\b)(?! (?:the |a |an |its |their |any )?(?:[\w-]+ ){0,2}?(?:requests?|calls?|proposals?|invitations?|demands?|plans?|pressure|appeals?) to\b)|resist(?:ed|s)?|confront(?:ed|s)?|accused|accuses|accusing|"
        # "warned Beijing over its conduct", "cautioned Tehran about the launches": a rebuke that names the state warned
        r"(?:warn|caution)(?:ed|s|ing)? (?=(?:the )?(?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*)?(?:'s|’s)? (?:[\w-]+ )?(?:over|about)\b)|"
        r"held (?:[\w-]+ ){1,2}up\b|holds? (?:[\w-]+ ){1,2}up\b|held up|holding up|"
        r"counterweight to|bulwark against|lash(?:ed|es|ing)? out at|(?:condemnation|denunciation) of|"
        # the reproach of wire copy and diplomatic readouts: "railed against NATO", "hit out at Tokyo", "took issue with
        # Washington", "lambasted", "castigated", "rebuked", "censured", "assailed", "chided", "excoriated", "deplored"
        r"(?:railed|rails|railing|inveighed|inveighs) against|(?:hit|hits|hitting) out at|(?:took|takes|taking|take) (?:issue with|aim at|exception to)|"
        # "Hanoi hit back at Beijing's claims": a rebuttal of what the other said (a strike back is CLASHED_WITH)
        r"(?:hit|hits|hitting) back at(?=" + SPOKEN_WORDS_AHEAD + r")|"
        # "Manila summoned the Chinese ambassador", "summoned Russia's envoy over the incursion": a protest lodged in person
        r"(?:summoned|summons|summoning)(?= (?:the |its |their )?(?:(?-i:[A-Z])[\w-]*(?:'s|’s)? )(?:(?:acting|deputy|top) )?(?:ambassador|envoy|charg[ée] d['’]affaires|diplomats?|defen[cs]e attach[ée])\b)|"
        r"lambast(?:ed|s|ing)?|castigat(?:ed|es|ing)|rebuk(?:ed|es|ing)|censur(?:ed|es|ing)|assail(?:ed|s|ing)|chid(?:ed|es|ing)|excoriat(?:ed|es|ing)|deplor(?:ed|es|ing)|"
        # "Tokyo berated Beijing", "pilloried", "upbraided", "scolded", "reproached", "rounded on", "tore into",
        # "took a swipe at", "poured scorn on", "spoke out against", "came out against", "stood up to"
        r"berat(?:ed|es|ing)|pillor(?:ied|ies|ying)|upbraid(?:ed|s|ing)?|scold(?:ed|s|ing)|reproach(?:ed|es|ing)|"
        r"(?:rounded|rounds|rounding) on|(?:tore|tears|tearing|torn) into|(?:took|takes|taking|take) (?:a )?(?:swipe|swipes|potshots?) at|"
        r"(?:poured|pours|pouring) (?:cold water|scorn) on|(?:spoke|speaks|speaking|spoken|came|comes|coming) out against|(?:stood|stands|standing) up to|"
        # "sent two frigates to the test zone in protest at French nuclear testing": the deed done as a protest
        r"in protest (?:at|against|over)|"
        # "Moscow's complaints about NATO", "Russian grievances against the alliance": the complainant before the noun
        r"(?:complaints?|objections?|grievances?) (?:about|over|to|against|regarding)|hostility (?:to|towards?)|"
        # "New Delhi has been critical of Beijing's projects"
        r"(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere )|(?<=\bbeen )|(?<=\bremains )|(?<=\bremained ))(?:\w+ly )?critical of|"
        # "Moscow is a vocal critic of NATO": a critic said of the subject, not "critics of the deal say"
        r"(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere )|(?<=\bbeen )|(?<=\bremains )|(?<=\bremained )|(?<=\bbecame ))(?:a |an |the )?(?:[\w-]+ ){0,2}?critics? of",
    ),
    # "Malaysia called the veto 'a denial of justice'", "branded the veto a disgrace": a verdict on a veto
    # that names it for what the speaker holds it to be (see relations.CONDEMNED_VETO for whose veto)
    *_frames(
        "OPPOSES", "directed", "active",
        r"(?:called|calls|calling|described|describes|branded|brands|termed|terms|labell?ed)(?= (?:the|this|that|these|those|both) (?:[\w-]+ ){0,2}?vetoe?s? (?:as )?"
        r"[\"“‘']?(?:an? |the |its |their )?(?:[\w-]+ ){0,3}?(?:disgrace\w*|shame\w*|outrage\w*|betrayal|sabotage|self-sabotage|denial|cynical|shocking|appalling|"
        r"unacceptable|unconscionable|indefensible|abuse|travesty|scandal\w*|irresponsible|reckless|cowardly|affront)\b)",
    ),
    # "Russia has echoed the criticism", "Poland condemned Minsk, and Lithuania did too": a second
    # critic of whom the last opposition opposed (see relations.ECHOED)
    *_frames(
        "OPPOSES", "directed", "active",
        r"(?:echoed|echoes|echoing|joined|joins|shared|shares|repeated|repeats|seconded) (?:the|this|that|these|those|such|its|their) (?:[\w-]+ )?"
        r"(?:criticisms?|condemnations?|objections?|protests?|denunciations?)|did (?:so |the same )?too|did likewise",
    ),
    # "Seoul's decision was criticised by Tokyo": the critic after "by"
    *_frames("OPPOSES", "directed", "passive", r"criticised|criticized|condemned|denounced|rebuked|censured|slammed|decried|"
             r"lambasted|castigated|assailed|excoriated|chided|berated|pilloried|upbraided|scolded|reproached|blasted|opposed|"
             r"countered|deplored|resisted"),
    # "South Korea drew sharp criticism from Japan": the critic after "from", the criticised on the
    # left; the verb before the noun is checked by relations.CRITICISM_DRAWN (the lexicon's keywords
    # are then these nouns, not "came" or "met")
    *_frames("OPPOSES", "directed", "reverse", r"(?:criticism|condemnation|protests?|objections?|rebukes?|censure)\s+from"),
    # "bought the system in the face of American objections", "despite Beijing's protests": the
    # critic names the objections, the subject acted against them
    *_frames(
        "OPPOSES", "directed", "reverse",
        r"(?:despite|in the face of|in defiance of|over)(?= (?:the )?(?:strong |vocal |repeated |fierce |loud |sharp )?"
        r"(?-i:[A-Z])[\w.-]*(?:'s|’s)? (?:strong |vocal |repeated |fierce |loud |sharp )?(?:objections|opposition|protests|criticism)\b)",
    ),
    # A rotating chair organises a summit; it does not lead the organization, so "chairs" is no trigger.
    *_frames("LEADS", "directed", "passive", r"led|launched|spearheaded|initiated|championed|headed|proposed|unveiled|dominated|put forward|announced|"
             r"steered|masterminded|inaugurated|driven|rolled out"),
    # "the Global Security Initiative is the brainchild of China": the leader after "of"
    *_frames("LEADS", "directed", "reverse", r"(?:the )?brainchild of"),
    *_frames(
        "LEADS", "directed", "active",
        r"launched|launches|launching|leads|led|leading|spearheaded|spearheads|initiated|championed|champions|heads|headed|"
        r"(?<!to )lead(?= (?:the|a|an|both|two|three)\b)|"  # "Britain, Italy and Japan lead the programme together"
        r"unveiled|unveils|unveiling|flagship|dominates|dominated|(?:driving force|prime mover|moving spirit) behind|"
        # "Beijing steered the initiative from the start", "masterminded", "set in motion", "at the helm of"
        r"steered|steers|steering|masterminded|masterminds|inaugurated|inaugurates|set in motion|sets in motion|"
        r"(?:took|takes|taking) the lead (?:in|on)|at the helm of|(?:drove|drives|driven|driving)(?= (?:the )?(?-i:[A-Z]))|"
        r"(?:rolled|rolls|rolling) out(?= (?:the )?(?-i:[A-Z])(?![\w/-]*\d))|(?:kicked|kicks) off(?= (?:the )?(?-i:[A-Z])(?![\w/-]*-(?:19|20)\d\d))|"
        # an organization is proposed or announced before it exists; only an initiative is led so
        rf"{INITIATIVE_ONLY}",
    ),
]


# --- a cheap pre-filter: which frames can match a sentence at all ------------------------
# A trigger of short words only is gated by the strings it ends in, spaces included.
SHORT_TRIGGER_KEYS = {IN_ORGANIZATION: {"s in ", "re in ", "been in ", "still in ", "also in ", "both in ", "all in "}}
# Every trigger contains at least one content word of its pattern, so one Aho-Corasick
# pass over the sentence tells which frames are worth running.
STOPWORDS = {
    "the", "and", "for", "with", "from", "was", "were", "been", "being", "had", "has", "have", "are",
    "its", "their", "his", "her", "into", "over", "off", "near", "that", "this", "which", "who", "whose", "own",
}


def _content_words(frame: Frame) -> set[str]:
    source = re.sub(r"\\[a-zA-Z]", " ", frame.pattern.pattern.replace(PASSIVE_AUX, ""))
    # Optional parts may be absent from a match: "exports?" must yield "export".
    source = re.sub(r"\(\?:[^()]*\)\?|[a-z]\?|\[[a-z]+\]\?", " ", source)
    words = {word for word in re.findall(r"[a-z]{3,}", source) if word not in STOPWORDS}
    return words or next(keys for trigger, keys in SHORT_TRIGGER_KEYS.items() if trigger in frame.pattern.pattern)


def _frames_by_keyword() -> dict[str, list[int]]:
    by_word: dict[str, set[int]] = {}
    for index, frame in enumerate(FRAMES):
        for word in _content_words(frame):
            by_word.setdefault(word, set()).add(index)
    return {word: sorted(indices) for word, indices in by_word.items()}


def _keyword_automaton(by_word: dict[str, list[int]]):
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for word, indices in by_word.items():
        automaton.add_word(word, frozenset(indices))
    automaton.make_automaton()
    return automaton


# Keywords are found in the sentence scan (slot KEYWORD_SLOTS + i: keyword i, a word of
# the frames KEYWORD_FRAMES[i]), or, in the rare text where lower-casing differs from the
# scan's folding ("ſold"), in text.lower() by an automaton of their own.
_BY_KEYWORD = _frames_by_keyword()
KEYWORD_FRAMES = [frozenset(indices) for indices in _BY_KEYWORD.values()]
KEYWORD_SLOTS = SENTENCES.reserve(len(KEYWORD_FRAMES), {word: [i] for i, word in enumerate(_BY_KEYWORD)})
KEYWORD_SLOT_SET = frozenset(range(KEYWORD_SLOTS, KEYWORD_SLOTS + len(KEYWORD_FRAMES)))
KEYWORDS = _keyword_automaton(_BY_KEYWORD)


def candidate_frames(text: str) -> list[Frame]:
    """The frames whose pattern may match ``text``, in lexicon order: a superset of
    those that match, never missing one, found by keyword.

    >>> types = {f.type for f in candidate_frames("Russia sold jets.")}
    >>> "SOLD" in types, "VETOED" in types, "MEMBER_OF" in types
    (True, False, False)
    """
    scan = SENTENCES.scan(text)
    if scan is not None and scan.plain:
        indices = set().union(*(KEYWORD_FRAMES[slot - KEYWORD_SLOTS] for slot in KEYWORD_SLOT_SET.intersection(scan.found)))  # iterates the few found
    else:
        indices = set().union(*(found for _, found in KEYWORDS.iter(text.lower())))
    return [FRAMES[i] for i in sorted(indices)]


# --- where triggers can start ---------------------------------------------------------
TRIGGER_OPENINGS = OpeningIndex([frame.pattern for frame in FRAMES], SENTENCES)
# Keyed by identity: hashing a frame hashes its compiled pattern, which costs more than
# the look-up saves. The lexicon's frames live as long as the module.
_LEXICON_INDEX = {id(frame): index for index, frame in enumerate(FRAMES)}


def trigger_matches(text: str, frames: list[Frame]):
    """``(frame, match)`` for every match of each of ``frames`` in ``text``, frame by
    frame: what ``frame.pattern.finditer(text)`` finds, with each lexicon pattern tried
    only where it can start (see :mod:`loaders.openings`).

    >>> [(f.type, f.form, m.group(0)) for f, m in trigger_matches("Russia sold jets.", candidate_frames("Russia sold jets."))]
    [('SOLD', 'active', 'sold')]
    """
    possible = TRIGGER_OPENINGS.possible(text)
    for frame in frames:
        index = _LEXICON_INDEX.get(id(frame))
        if index is not None and possible is not None and index not in possible:
            continue  # half the frames a sentence's keywords suggest: none of their openings stands in it
        matches = frame.pattern.finditer(text) if index is None else TRIGGER_OPENINGS.finditer(index, text)
        for match in matches:
            yield frame, match


# Searched by re: behind a look-ahead for the characters their matches start with.
gate_patterns(globals())
