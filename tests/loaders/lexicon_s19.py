"""Lexical breadth (session 19): the many words other authors use for each relationship type, each put into the
same three or four sentence frames, with the same words negated, hedged or planned, and near-synonyms that must
not give the relation.

A word of a type is a verb phrase (``past / base / passive participle``; the passive left out where the phrase
does not take one; ``{B}`` or ``{C}`` in it where the object does not simply follow) or a noun phrase written with
its slots. Whether a word counts follows seeds/gold/GUIDELINES.md: "inducted", "commissioned" and "brought into
service" tell OPERATES, not ACQUIRED; "offered", "evaluated", "marketed" give nothing; "reverse-engineered" is a
copy, not a transfer of technology. Words the guidelines leave open are measured apart (``OPEN``) and neither
expected nor counted false.

Every entity is drawn at random (fixed seed) from the gazetteer, by label, and the relation an item must give is
computed from the type and the drawn parts. A control gives nothing of its type between its two entities; a
near-synonym that belongs to another type (``ordered`` under OPERATES) may give that type.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from functools import lru_cache

SYMMETRIC = {"PARTNERS_WITH", "CLASHED_WITH"}
# other types an item of a type may also give between its two entities (the guidelines allow both readings)
# ("China launched the SCO": a founder is a member; "Russia hosted Vostok-2018 on its soil": held there)
ALSO_ALLOWED = {"ARMED_FORCE_OF": {"PARTICIPATED_IN"}, "SANCTIONED": {"OPPOSES"}, "HOSTED": {"PARTICIPATED_IN", "HELD_IN"},
                "OPERATES": {"ACQUIRED"}, "VETOED": {"OPPOSES"}, "CLASHED_WITH": {"OPPOSES"}, "LEADS": {"MEMBER_OF"}}

# -- the words, by type: "past / base / passive participle" (no passive when the third part is left out)
COUNTS = {
    "ACQUIRED": [
        "bought / buy / bought", "purchased / purchase / purchased", "acquired / acquire / acquired",
        "received / receive / received", "took delivery of / take delivery of", "imported / import / imported",
        "ordered / order / ordered", "procured / procure / procured", "snapped up / snap up / snapped up",
        "placed an order for / place an order for", "signed a contract for / sign a contract for",
        "inked a deal for / ink a deal for", "signed a deal for / sign a deal for", "obtained / obtain / obtained",
        "secured / secure / secured", "picked up / pick up / picked up", "took possession of / take possession of",
        "contracted for / contract for", "signed for / sign for", "splashed out on / splash out on",
        "took receipt of / take receipt of", "accepted delivery of / accept delivery of",
        "received its first / receive its first", "clinched a deal for / clinch a deal for",
        "sealed a deal for / seal a deal for", "struck a deal for / strike a deal for",
        "concluded a contract for / conclude a contract for", "finalised a deal for / finalise a deal for",
        "finalized a contract for / finalize a contract for", "paid for / pay for / paid for",
        "stocked up on / stock up on", "bought in / buy in / bought in", "sourced / source / sourced",
        "got its hands on / get its hands on", "took on charge / take on charge / taken on charge",
        "purchased outright / purchase outright", "acquired second-hand / acquire second-hand",
        "took a first batch of / take a first batch of", "received a batch of / receive a batch of",
        "placed a firm order for / place a firm order for", "bagged / bag / bagged",
    ],
    "SOLD": [
        "sold / sell / sold", "delivered / deliver / delivered", "supplied / supply / supplied",
        "exported / export / exported", "shipped / ship / shipped", "furnished / furnish / furnished",
        "handed over / hand over / handed over", "transferred / transfer / transferred",
        "provided / provide / provided", "donated / donate / donated", "gifted / gift / gifted",
        "sold on / sell on / sold on", "offloaded / offload / offloaded", 
        "re-exported / re-export / re-exported",
        "sold off / sell off / sold off", "passed on / pass on / passed on", "airlifted / airlift / airlifted",
        "armed {C} with / arm {C} with", "completed deliveries of / complete deliveries of",
        "began deliveries of / begin deliveries of", "made deliveries of / make deliveries of",
        "flogged / flog / flogged", "signed a contract to supply / sign a contract to supply",
        "inked a deal to sell / ink a deal to sell", "won an order for / win an order for",
        "landed a contract for / land a contract for", "disposed of / dispose of / disposed of",
        "handed / hand / handed", "sold second-hand / sell second-hand", "shipped out / ship out / shipped out",
        "consigned / consign / consigned", 
    ],
    "PRODUCED": [
        "produced / produce / produced", "manufactured / manufacture / manufactured", "built / build / built",
        "developed / develop / developed", "designed / design / designed", "assembled / assemble / assembled",
        "made / make / made", "designed and built / design and build / designed and built",
        "rolled out / roll out / rolled out", "churned out / churn out / churned out",
        "turned out / turn out / turned out", "fabricated / fabricate / fabricated",
        "constructed / construct / constructed", "engineered / engineer / engineered", "created / create / created",
        "invented / invent / invented", "came up with / come up with", "put together / put together / put together",
        "mass-produced / mass-produce / mass-produced", "series-produced / series-produce / series-produced",
        "co-developed / co-develop / co-developed", "jointly developed / jointly develop / jointly developed",
        "licence-built / licence-build / licence-built", "license-produced / license-produce / license-produced",
        "serially produced / serially produce / serially produced", "developed and produced / develop and produce",
        "designed and manufactured / design and manufacture", "cranked out / crank out / cranked out",
        "began production of / begin production of", "started serial production of / start serial production of",
        "launched production of / launch production of", "pioneered / pioneer / pioneered",
    ],
    "OPERATES": [
        "operated / operate / operated", "flew / fly / flown", "fielded / field / fielded",
        "deployed / deploy / deployed", "inducted / induct / inducted", "commissioned / commission / commissioned",
        "employed / employ / employed", "used / use / used", "brought into service / bring into service",
        "took into service / take into service", "put into service / put into service",
        "introduced into service / introduce into service", "was equipped with / be equipped with",
        "maintained a fleet of / maintain a fleet of", "kept a fleet of / keep a fleet of",
        "possessed / possess / possessed", "boasted a fleet of / boast a fleet of", "stationed / station / stationed",
        "based / base / based", "had in service / have in service", "relied on / rely on / relied on",
        "retained / retain / retained", "manned / man / manned", "crewed / crew / crewed",
        "flew and maintained / fly and maintain", "wielded / wield / wielded", 
        "had in its inventory / have in its inventory", "kept in service / keep in service / kept in service",
        "placed in service / place in service", "brought into operation / bring into operation",
        "had on strength / have on strength", "re-equipped with / re-equip with", "sailed / sail / sailed",
    ],
    "TRANSFERRED_TECHNOLOGY_TO": [
        "transferred technology to / transfer technology to", "shared technology with / share technology with",
        "licensed production of the {X} to / license production of the {X} to",
        "granted a licence to / grant a licence to", "granted a license to / grant a license to",
        "helped {B} build the {X} / help {B} build the {X}", "assisted {B} in developing the {X} / assist {B} in developing the {X}",
        "passed know-how to / pass know-how to", "provided technical assistance to / provide technical assistance to",
        "gave blueprints to / give blueprints to", "sold production rights for the {X} to / sell production rights for the {X} to",
        "handed over the designs to / hand over the designs to", "let {B} build the {X} / let {B} build the {X}",
        "allowed {B} to produce the {X} / allow {B} to produce the {X}",
        "authorised {B} to build the {X} / authorise {B} to build the {X}",
        "transferred know-how to / transfer know-how to", "supplied technology to / supply technology to",
        "provided technology to / provide technology to", "shared know-how with / share know-how with",
        "handed over technology to / hand over technology to", "sold a licence to / sell a licence to",
        "issued a production licence to / issue a production licence to",
        "helped {B} develop the {X} / help {B} develop the {X}",
        "gave {B} the technology for the {X} / give {B} the technology for the {X}",
        "offered technical help to {B}, which then built the {X} / offer technical help to {B}, which then builds the {X}",
    ],
    "PARTICIPATED_IN": [
        "took part in / take part in", "participated in / participate in", "joined / join / joined",
        "sent troops to / send troops to", "contributed troops to / contribute troops to",
        "fielded a contingent in / field a contingent in", "deployed forces to / deploy forces to",
        "partook in / partake in", "competed in / compete in", "sent a frigate to / send a frigate to",
        "dispatched warships to / dispatch warships to", "was part of / be part of", "played a part in / play a part in",
        "fought in / fight in", "drilled in / drill in", "trained in / train in", "sailed in / sail in",
        "flew in / fly in", "teamed up in / team up in", "showed up for / show up for",
        "turned up at / turn up at", "rejoined / rejoin / rejoined", "returned to / return to",
        "sent a contingent to / send a contingent to", "contributed ships to / contribute ships to",
        "was among the participants in / be among the participants in", "took a role in / take a role in",
        "sent aircraft to / send aircraft to", "sent marines to / send marines to",
        "joined forces in / join forces in", "was represented in / be represented in",
    ],
    "HOSTED": [
        "hosted / host / hosted", "held / hold / held", "staged / stage / staged", "organised / organise / organised",
        "organized / organize / organized", "led / lead / led", "ran / run / run",
        "played host to / play host to", "put on / put on / put on", "mounted / mount / mounted",
        "co-hosted / co-host / co-hosted", "convened / convene / convened", "was the host of / be the host of",
        "was host nation for / be host nation for", "hosted on its soil / host on its soil",
        "laid on / lay on / laid on", "planned and led / plan and lead",
        "arranged / arrange / arranged", "kicked off / kick off",
        
    ],
    "HELD_IN": [
        "took place in / take place in", "was held in / be held in", "was staged in / be staged in",
        "unfolded in / unfold in", "ran in / run in", "was conducted in / be conducted in",
        "played out in / play out in", "kicked off in / kick off in", "got under way in / get under way in",
        "opened in / open in", "began in / begin in", "ended in / end in", "wrapped up in / wrap up in",
        "was carried out in / be carried out in", "was hosted in / be hosted in", "moved to / move to",
        "shifted to / shift to", "spanned / span", "covered / cover", "stretched across / stretch across",
        "ranged over / range over", "was centred on / be centred on", "was centered on / be centered on",
        "returned to / return to", "came to / come to", "was organised in / be organised in",
        "went ahead in / go ahead in", "culminated in / culminate in", "was fought out in / be fought out in",
        "started in / start in", "continued in / continue in", "concluded in / conclude in",
    ],
    "PATROLLED": [
        "patrolled / patrol / patrolled", "jointly patrolled / jointly patrol / jointly patrolled",
        "conducted a joint patrol over / conduct a joint patrol over", "carried out a joint air patrol over / carry out a joint air patrol over",
        "flew a joint patrol over / fly a joint patrol over", "flew patrols over / fly patrols over",
        "mounted a joint patrol in / mount a joint patrol in", "staged a joint naval patrol in / stage a joint naval patrol in",
        "held a joint patrol in / hold a joint patrol in", "sent bombers on a joint patrol over / send bombers on a joint patrol over",
        "ran a joint naval patrol through / run a joint naval patrol through", "went on a joint patrol in / go on a joint patrol in",
        "launched a joint patrol over / launch a joint patrol over", "performed a joint patrol over / perform a joint patrol over",
        "completed a joint patrol in / complete a joint patrol in", "undertook a joint patrol in / undertake a joint patrol in",
        "made a joint patrol over / make a joint patrol over", "flew a joint air patrol over / fly a joint air patrol over",
        "conducted joint naval patrols in / conduct joint naval patrols in",
        "carried out joint patrols in / carry out joint patrols in",
    ],
    "DRILLED_IN": [
        "held drills in / hold drills in", "conducted exercises in / conduct exercises in",
        "staged manoeuvres in / stage manoeuvres in", "held war games in / hold war games in",
        "carried out live-fire drills in / carry out live-fire drills in", "practised anti-submarine warfare in / practise anti-submarine warfare in",
        "exercised in / exercise in", "manoeuvred in / manoeuvre in", "held naval drills in / hold naval drills in",
        "conducted maneuvers in / conduct maneuvers in", "fired live rounds in / fire live rounds in",
        "conducted firing practice in / conduct firing practice in", "held gunnery practice in / hold gunnery practice in",
        "drilled in / drill in", "staged drills in / stage drills in",
        "held exercises in / hold exercises in", "ran drills in / run drills in",
        "conducted live-fire exercises in / conduct live-fire exercises in", "held military exercises in / hold military exercises in",
        "carried out naval manoeuvres in / carry out naval manoeuvres in", "held air-defence drills in / hold air-defence drills in",
        "staged war games in / stage war games in", "practiced amphibious landings in / practice amphibious landings in",
        "conducted training in / conduct training in", "held wargames in / hold wargames in",
    ],
    "VETOED": [
        "vetoed a resolution on / veto a resolution on", "vetoed a draft on / veto a draft on",
        "blocked a resolution on / block a resolution on", "cast a veto on a resolution on / cast a veto on a resolution on",
        "used its veto against a resolution on / use its veto against a resolution on",
        "wielded its veto on a draft on / wield its veto on a draft on", "killed a draft resolution on / kill a draft resolution on",
        "struck down a resolution on / strike down a resolution on", "exercised its veto on a resolution on / exercise its veto on a resolution on",
        "vetoed a Security Council draft on / veto a Security Council draft on",
        "vetoed a text on / veto a text on", "cast its veto against a draft on / cast its veto against a draft on",
        "blocked a Security Council resolution on / block a Security Council resolution on",
        "vetoed a resolution condemning / veto a resolution condemning",
        "vetoed a resolution concerning / veto a resolution concerning",
        "vetoed a draft resolution about / veto a draft resolution about",
    ],
    "MEMBER_OF": [
        "joined / join / joined", "became a member of / become a member of", "acceded to / accede to",
        "came into the fold of / come into the fold of", "was welcomed into / be welcomed into",
        "rejoined / rejoin / rejoined", "was admitted to / be admitted to", "gained membership of / gain membership of",
        "entered / enter / entered", "was inducted into / be inducted into", "became a full member of / become a full member of",
        "was accepted into / be accepted into", "took its seat in / take its seat in", "completed its accession to / complete its accession to",
        "was granted membership in / be granted membership in", "was a founding member of / be a founding member of",
        "co-founded / co-found / co-founded", "belonged to / belong to",
        "was brought into / be brought into", "acceded to the treaty of / accede to the treaty of",
        "was a member state of / be a member state of", "was a full member of / be a full member of",
        "won admission to / win admission to", "was let into / be let into", "formally joined / formally join",
        "was a signatory to / be a signatory to", 
    ],
    "PARTNERS_WITH": [
        "signed a strategic partnership with / sign a strategic partnership with",
        "signed a treaty of friendship with / sign a treaty of friendship with", "forged an alliance with / forge an alliance with",
        "struck a defence pact with / strike a defence pact with", "inked a security pact with / ink a security pact with",
        "signed a mutual defence treaty with / sign a mutual defense treaty with", "formed an alliance with / form an alliance with",
        "concluded a friendship treaty with / conclude a friendship treaty with",
        "entered into a strategic partnership with / enter into a strategic partnership with",
        "established a strategic partnership with / establish a strategic partnership with",
        "upgraded ties to a comprehensive strategic partnership with / upgrade ties to a comprehensive strategic partnership with",
        "declared a no-limits partnership with / declare a no-limits partnership with",
        "signed a defence cooperation agreement with / sign a defence cooperation agreement with",
        "allied with / ally with / allied with", "signed a military alliance with / sign a military alliance with",
        "sealed a strategic partnership with / seal a strategic partnership with",
        "signed a defense cooperation pact with / sign a defense cooperation pact with",
        "formed a strategic partnership with / form a strategic partnership with",
        "launched a strategic partnership with / launch a strategic partnership with",
        "became a strategic partner of / become a strategic partner of",
        "signed a treaty of alliance with / sign a treaty of alliance with",
        "concluded a mutual assistance pact with / conclude a mutual assistance pact with",
        "signed a security agreement with / sign a security agreement with",
        "built a comprehensive strategic partnership with / build a comprehensive strategic partnership with",
        "renewed its treaty of friendship with / renew its treaty of friendship with",
    ],
    "OPPOSES": [
        "opposed / oppose / opposed", "criticised / criticise / criticised", "criticized / criticize / criticized",
        "condemned / condemn / condemned", "denounced / denounce / denounced", "slammed / slam / slammed",
        "lambasted / lambast / lambasted", "railed against / rail against", "took issue with / take issue with",
        "blasted / blast / blasted", "castigated / castigate / castigated", "censured / censure / censured",
        "decried / decry / decried", "rebuked / rebuke / rebuked", "berated / berate / berated",
        "hit out at / hit out at", "lashed out at / lash out at", "pushed back against / push back against",
        "countered / counter / countered", "protested against / protest against", "objected to / object to",
        "spoke out against / speak out against", "came out against / come out against", "stood up to / stand up to",
        "excoriated / excoriate / excoriated", "pilloried / pillory / pilloried", "tore into / tear into",
        "took aim at / take aim at", "poured scorn on / pour scorn on", "voiced opposition to / voice opposition to",
        "chided / chide / chided", "assailed / assail / assailed", "reproached / reproach / reproached",
        "scolded / scold / scolded", "upbraided / upbraid / upbraided", "resisted / resist / resisted",
        "deplored / deplore / deplored", "took a swipe at / take a swipe at", "rounded on / round on",
    ],
    "SANCTIONED": [
        "sanctioned / sanction / sanctioned", "imposed sanctions on / impose sanctions on",
        "slapped sanctions on / slap sanctions on", "blacklisted / blacklist / blacklisted",
        "embargoed / embargo / embargoed", "froze the assets of / freeze the assets of",
        "imposed an arms embargo on / impose an arms embargo on", "levied sanctions against / levy sanctions against",
        "hit {B} with sanctions / hit {B} with sanctions / hit with sanctions",
        "targeted {B} with sanctions / target {B} with sanctions / targeted with sanctions",
        "placed sanctions on / place sanctions on", "expanded sanctions on / expand sanctions on",
        "tightened sanctions on / tighten sanctions on", "renewed sanctions on / renew sanctions on",
        "extended sanctions on / extend sanctions on", "reimposed sanctions on / reimpose sanctions on",
        "announced sanctions against / announce sanctions against", "unveiled sanctions against / unveil sanctions against",
        "put an embargo on / put an embargo on", "applied sanctions to / apply sanctions to",
        "enforced sanctions against / enforce sanctions against", "adopted sanctions against / adopt sanctions against",
        "imposed penalties on / impose penalties on", "slapped an arms embargo on / slap an arms embargo on",
        "introduced sanctions against / introduce sanctions against", "widened sanctions against / widen sanctions against",
        "stepped up sanctions on / step up sanctions on", "placed an embargo on / place an embargo on",
    ],
    "CLASHED_WITH": [
        "clashed with / clash with", "fought / fight / fought", "went to war with / go to war with",
        "exchanged fire with / exchange fire with", "skirmished with / skirmish with", "battled / battle / battled",
        "waged war on / wage war on", "fought a border war with / fight a border war with",
        "came to blows with / come to blows with", "traded fire with / trade fire with",
        "fought against / fight against", "was at war with / be at war with", "invaded / invade / invaded",
        "engaged in firefights with / engage in firefights with", "fought a war with / fight a war with",
        "waged war against / wage war against", "exchanged artillery fire with / exchange artillery fire with",
        "fought border clashes with / fight border clashes with", "clashed militarily with / clash militarily with",
        "fought a brief war with / fight a brief war with", "came into armed conflict with / come into armed conflict with",
        "engaged in border skirmishes with / engage in border skirmishes with", "shelled / shell / shelled",
        "attacked / attack / attacked",
    ],
    "LEADS": [
        "launched / launch / launched", "led / lead / led", "spearheaded / spearhead / spearheaded",
        "headed / head / headed", "initiated / initiate / initiated",
        
        "steered / steer / steered",
        "drove / drive / driven", "rolled out / roll out / rolled out", "was at the helm of / be at the helm of",
        "was the driving force behind / be the driving force behind", "took the lead in / take the lead in",
        "directed / direct / directed",
        "set in motion / set in motion", "championed / champion / championed",
        "masterminded / mastermind / masterminded", "inaugurated / inaugurate / inaugurated",
    ],
}

# noun phrases and other nominal forms, written whole with their slots
NOMINALS = {
    "ACQUIRED": ["{A}'s purchase of the {B} was completed in {yr}.", "{A}'s acquisition of the {B} drew notice.",
                 "The procurement of the {B} by {A} began in {yr}.", "{A}'s order for the {B} was signed in {yr}.",
                 "{A}'s import of the {B} from {C} ended in {yr}.", "{A}'s buy of the {B} was a large one.",
                 "{A} was the first buyer of the {B}.", "{A}, a customer for the {B} since {yr}, wants more.",
                 "{A}'s receipt of the {B} in {yr} changed the balance.", "{A}'s deal for the {B} was worth $2 billion.",
                 "{A} became the launch customer for the {B} in {yr}.", "{A} was the first recipient of the {B}."],
    "SOLD": ["The sale of the {B} to {C} by {A} closed in {yr}.", "{A}'s delivery of the {B} to {C} ended in {yr}.",
             "{A}'s supply of the {B} to {C} continued until {yr}.", "{A}'s export of the {B} to {C} began in {yr}.",
             "{A}'s transfer of the {B} to {C} took place in {yr}.", "The shipment of the {B} to {C} by {A} arrived in {yr}.",
             "{A}'s handover of the {B} to {C} came in {yr}.", "{A}'s donation of the {B} to {C} was announced in {yr}.",
             "{A} is the main supplier of the {B} to {C}.", "{A}'s gift of the {B} to {C} arrived in {yr}.",
             "A consignment of the {B} from {A} reached {C} in {yr}.", "{A}'s deliveries of the {B} to {C} resumed in {yr}."],
    "PRODUCED": ["{A} is the maker of the {B}.", "{A} is the manufacturer of the {B}.", "{A} is the builder of the {B}.",
                 "{A} is the designer of the {B}.", "{A} is the developer of the {B}.", "{A} is the sole producer of the {B}.",
                 "The {Dem}-made {B} entered service in {yr}.", "The {Dem}-built {B} entered service in {yr}.",
                 "The {Dem}-designed {B} entered service in {yr}.", "The {Dem}-developed {B} first flew in {yr}.",
                 "The {Dem}-manufactured {B} entered service in {yr}.", "{A}'s production of the {B} began in {yr}.",
                 "{A}'s development of the {B} began in {yr}.", "The {B}, a product of {A}, entered service in {yr}.",
                 "The {B} is {A}'s own design.", "{A}'s home-grown {B} entered service in {yr}."],
    "OPERATES": ["{A} is an operator of the {B}.", "{A}'s fleet of {B} aircraft is based in the north.",
                 "The {B} is in service with {A}.", "{A} is a user of the {B}.", "The {B} entered service with {A} in {yr}.",
                 "{A}'s {B} fleet flew many sorties in {yr}.", "The {B} remains in {A}'s inventory.",
                 "The {B} has served with {A} since {yr}.", "{A}'s ageing {B} fleet needs replacing.",
                 "The {B} is operated by {A}.", "The {B} forms the backbone of {A}'s fleet.",
                 "The {B} is the mainstay of {A}'s air defence."],
    "TRANSFERRED_TECHNOLOGY_TO": ["{B} builds the {X} under licence from {A}.", "{B} built the {X} with help from {A}.",
                                  "{B} produces the {X} under a licence from {A}.", "{B} built the {X} with {Dem} assistance.",
                                  "{B} assembles the {X} under {Dem} licence.", "{A}'s transfer of technology to {B} began in {yr}.",
                                  "A technology transfer from {A} to {B} was agreed in {yr}.",
                                  "{B} obtained a licence from {A} to build the {X}.", "{B} received know-how from {A} in {yr}.",
                                  "{B} licensed the {X} from {A} in {yr}.", "{B} made the {X} with technology transferred from {A}.",
                                  "{B} built the {X} with {Dem} technical support."],
    "PARTICIPATED_IN": ["{A}'s participation in {B} was its first.", "{B} included troops from {A}.",
                        "{B} featured units from {A}.", "{B} was joined by {A}.", "{B} involved forces from {A}.",
                        "{A}'s contingent in {B} was the largest.", "{A} was among the participants in {B}.",
                        "{A}'s involvement in {B} was new.", "Participants in {B} included {A}.",
                        "{B} brought together forces from {A} and {C}."],
    "HOSTED": ["{A} was the host of {B}.", "{B} was hosted by {A}.", "{B} was held on {A}'s territory.",
               "{A}, the host nation of {B}, sent the most troops.", "The {A}-hosted {B} ended in {yr}.",
               "{B} was organised by {A}.", "{B}, hosted by {A}, ended in {yr}.", "{B}, led by {A}, ended in {yr}.",
               "{B} was staged by {A}."],
    "HELD_IN": ["The {B} leg of {A} ended in {yr}.", "{A}, held in the {B}, ended in {yr}.",
                "The venue of {A} was the {B}.", "{A} in the {B} drew many ships.", "{A}, staged in the {B}, ended in {yr}.",
                "{A} took place across the {B}.", "{A} was held in the waters of the {B}.", "The {B} hosted {A}."],
    "PATROLLED": ["{A}'s joint patrol of the {B} with {C} lasted two days.", "The {B} was patrolled by {A} and {C}.",
                  "{A} and {C} bombers flew a joint patrol over the {B}.", "A joint {A}-{C} patrol crossed the {B} in {yr}.",
                  "The joint patrol by {A} and {C} over the {B} lasted eight hours.",
                  "{A} and {C} held their first joint air patrol over the {B} in {yr}."],
    "DRILLED_IN": ["{A}'s drills in the {B} lasted a week.", "{A}'s manoeuvres in the {B} worried its neighbours.",
                   "Live-fire exercises by {A} in the {B} ended in {yr}.", "Drills were held in the {B} by {A}.",
                   "{A} staged naval drills in the {B} in {yr}.", "{A}'s war games in the {B} ended in {yr}.",
                   "The {B} saw {A}'s navy drill in {yr}."],
    "VETOED": ["{A}'s veto of a resolution on {B} came in {yr}.", "A draft on {B} was vetoed by {A} in {yr}.",
               "A resolution on {B} was blocked by {A}'s veto in {yr}.", "The {A} veto on {B} came in {yr}.",
               "{A} cast the lone veto on a draft on {B} in {yr}."],
    "MEMBER_OF": ["{A}'s membership of {B} dates from {yr}.", "{A}'s accession to {B} came in {yr}.",
                  "{B} member {A} voted against.", "{A}, a member of {B}, abstained.", "{A} has been in {B} since {yr}.",
                  "{B} admitted {A} in {yr}.", "{B} welcomed {A} as a full member in {yr}.",
                  "{A}'s entry into {B} came in {yr}.", "{B} expanded in {yr} to take in {A}.",
                  "{A}, a founding member of {B}, hosted the summit.", "{B} counts {A} among its members."],
    "PARTNERS_WITH": ["The strategic partnership between {A} and {B} dates from {yr}.",
                      "{A} and {B} are treaty allies.", "{A} is a strategic partner of {B}.",
                      "The {A}-{B} alliance dates from {yr}.", "{A}'s alliance with {B} dates from {yr}.",
                      "A treaty of friendship binds {A} and {B}.", "{A} and {B} signed a strategic partnership in {yr}."],
    "OPPOSES": ["{A}'s criticism of {B} grew in {yr}.", "{A}'s opposition to {B} is long-standing.",
                "{A}'s condemnation of {B} came in {yr}.", "{A} is a critic of {B}.",
                "{A}'s rebuke of {B} came in {yr}.", "{B} drew sharp criticism from {A}.",
                "{B} came under fire from {A} in {yr}.", "{B} was condemned by {A} in {yr}."],
    "SANCTIONED": ["{A}'s sanctions on {B} remain in force.", "{A} sanctions against {B} were widened in {yr}.",
                   "The {A} embargo on {B} began in {yr}.", "{B} was sanctioned by {A} in {yr}.",
                   "{B} is under {A} sanctions.", "{B} was blacklisted by {A} in {yr}.",
                   "{A}'s arms embargo on {B} took effect in {yr}."],
    "CLASHED_WITH": ["The {A}-{B} border war broke out in {yr}.", "The clashes between {A} and {B} ended in {yr}.",
                     "The war between {A} and {B} ended in {yr}.", "{A}'s war with {B} ended in {yr}.",
                     "{A} and {B} fought a border war in {yr}.", "{A} and {B} clashed in {yr}.",
                     "{A}'s border conflict with {B} flared in {yr}."],
    "LEADS": ["{A}'s {B} turned ten in {yr}.", "The {A}-led {B} grew in {yr}.", "{A}'s leadership of {B} began in {yr}.",
              "{B}, launched by {A} in {yr}, grew fast.", "{B} was launched by {A} in {yr}.",
              "{A}'s chairmanship of {B} began in {yr}.", "{B}, championed by {A}, grew in {yr}."],
}

# near-synonyms that must not give the type; a second type after ":" is one they may give
NEAR = {
    "ACQUIRED": ["offered / offer", "evaluated / evaluate", "tested / test", "considered buying / consider buying",
                 "shopped for / shop for", "sought / seek", "eyed / eye", "expressed interest in / express interest in",
                 "trialled / trial", "requested / request", "inducted / induct :OPERATES", "commissioned / commission :OPERATES",
                 "examined / examine", "rejected / reject", "turned down / turn down", "looked at / look at"],
    "SOLD": ["offered / offer", "marketed / market", "pitched / pitch", "showcased / showcase", "displayed / display",
             "promoted / promote", "demonstrated / demonstrate", "advertised / advertise", "touted / tout",
             "refused to sell / refuse to sell", "withheld / withhold"],
    "PRODUCED": ["upgraded / upgrade", "modernised / modernise", "refitted / refit", "repaired / repair",
                 "displayed / display", "exhibited / exhibit", "showcased / showcase", "overhauled / overhaul",
                 "bought / buy :ACQUIRED", "operated / operate :OPERATES", "studied / study", "copied / copy"],
    "OPERATES": ["evaluated / evaluate", "trialled / trial", "ordered / order :ACQUIRED", "bought / buy :ACQUIRED",
                 "tested / test", "inspected / inspect", "was interested in / be interested in", "looked at / look at",
                 "studied / study", "turned down / turn down", "rejected / reject", "considered / consider"],
    "TRANSFERRED_TECHNOLOGY_TO": ["reverse-engineered the {X} / reverse-engineer the {X}", "copied the {X} / copy the {X}",
                                  "stole technology from / steal technology from", "cloned the {X} / clone the {X}",
                                  "refused technology to / refuse technology to", "denied technology to / deny technology to",
                                  "withheld know-how from / withhold know-how from"],
    "PARTICIPATED_IN": ["observed / observe", "watched / watch", "sent observers to / send observers to",
                        "was invited to / be invited to", "skipped / skip", "pulled out of / pull out of",
                        "boycotted / boycott", "withdrew from / withdraw from", "stayed away from / stay away from",
                        "monitored / monitor", "shadowed / shadow", "criticised / criticise :OPPOSES"],
    "HOSTED": ["attended / attend", "observed / observe", "proposed / propose", "bid to host / bid to host",
               "watched / watch", "criticised / criticise :OPPOSES", "skipped / skip"],
    "HELD_IN": ["was planned for / be planned for", "was postponed in / be postponed in",
                "was cancelled in / be cancelled in", "was announced in / be announced in", "was discussed in / be discussed in"],
    "PATROLLED": ["transited / transit", "sailed through / sail through", "intercepted aircraft over / intercept aircraft over",
                  "passed through / pass through", "flew near / fly near", "discussed patrols in / discuss patrols in",
                  "monitored / monitor"],
    "DRILLED_IN": ["transited / transit", "sailed through / sail through", "discussed drills in / discuss drills in",
                   "called off drills in / call off drills in", "postponed drills in / postpone drills in",
                   "protested drills in / protest drills in"],
    "VETOED": ["abstained on a resolution on / abstain on a resolution on", "drafted a resolution on / draft a resolution on",
               "sponsored a resolution on / sponsor a resolution on", "supported a resolution on / support a resolution on",
               "voted for a resolution on / vote for a resolution on", "tabled a resolution on / table a resolution on",
               "welcomed a resolution on / welcome a resolution on"],
    "MEMBER_OF": ["applied to join / apply to join", "was an observer of / be an observer of",
                  "was a dialogue partner of / be a dialogue partner of", "declined to join / decline to join",
                  "sought membership of / seek membership of", "was invited to join / be invited to join",
                  "applied for membership of / apply for membership of", "was a guest at / be a guest at",
                  "was a candidate for / be a candidate for", "was rejected by / be rejected by"],
    "PARTNERS_WITH": ["held talks with / hold talks with", "ruled out a pact with / rule out a pact with",
                      "proposed a partnership to / propose a partnership to", "normalised relations with / normalise relations with",
                      "established diplomatic relations with / establish diplomatic relations with",
                      "traded with / trade with", "met with / meet with", "broke off relations with / break off relations with",
                      "clashed with / clash with :CLASHED_WITH", "criticised / criticise :OPPOSES"],
    "OPPOSES": ["praised / praise", "welcomed / welcome", "backed / back", "supported / support", "endorsed / endorse",
                "applauded / applaud", "defended / defend", "hailed / hail", "congratulated / congratulate",
                "refused to criticise / refuse to criticise", "declined to condemn / decline to condemn"],
    "SANCTIONED": ["lifted sanctions on / lift sanctions on", "eased sanctions on / ease sanctions on",
                   "waived sanctions on / waive sanctions on", "threatened sanctions on / threaten sanctions on",
                   "considered sanctions on / consider sanctions on", "mulled sanctions on / mull sanctions on",
                   "rolled back sanctions on / roll back sanctions on", "relaxed sanctions on / relax sanctions on",
                   "suspended sanctions on / suspend sanctions on", "warned of sanctions on / warn of sanctions on",
                   "criticised / criticise :OPPOSES"],
    "CLASHED_WITH": ["held talks with / hold talks with", "traded with / trade with", "negotiated with / negotiate with",
                     "drilled with / drill with", "made peace with / make peace with", "signed an armistice with / sign an armistice with",
                     "sparred verbally with / spar verbally with", "criticised / criticise :OPPOSES"],
    "LEADS": ["joined / join :MEMBER_OF", "attended / attend", "criticised / criticise :OPPOSES", "observed / observe",
              "left / leave", "praised / praise", "signed up to / sign up to :MEMBER_OF"],
}

# words the guidelines leave open: measured and reported, neither expected nor counted false
OPEN = {
    "ACQUIRED": ["leased from {C} / lease from {C}", "added to its fleet / add to its fleet", "landed / land",
                 "brought in / bring in", "welcomed its first / welcome its first"],
    "SOLD": ["sent / send / sent", "dispatched / dispatch / dispatched", "despatched / despatch / despatched", "conveyed / convey / conveyed", "cleared the sale of / clear the sale of", "agreed to sell / agree to sell", "leased / lease",
             "lent / lend", "made available / make available", "equipped {C} with / equip {C} with",
             "kitted out {C} with / kit out {C} with", "peddled / peddle"],
    "PRODUCED": ["unveiled / unveil", "launched / launch", "laid down / lay down", "tested / test",
                 "test-fired / test-fire"],
    "OPERATES": ["ran / run", "retired / retire", "mothballed / mothball", "phased out / phase out", "decommissioned / decommission",
                 "grounded / ground", "positioned / position", "emplaced / emplace", "acquired / acquire"],
    "PARTICIPATED_IN": ["attended / attend", "played a role in / play a role in", "was present at / be present at"],
    "HOSTED": ["conducted / conduct / conducted", "launched / launch / launched", "kicked off / kick off",
               "opened / open / opened", "sponsored / sponsor"],
    "PATROLLED": ["policed / police", "swept / sweep", "prowled / prowl", "cruised / cruise",
                  "kept watch over / keep watch over"],
    "DRILLED_IN": ["trained in / train in", "test-fired missiles in / test-fire missiles in", "rehearsed / rehearse", "flexed its muscles in / flex its muscles in",
                   "staged a show of force in / stage a show of force in"],
    "VETOED": ["voted against a resolution on / vote against a resolution on", "torpedoed a resolution on / torpedo a resolution on",
               "scuppered a resolution on / scupper a resolution on", "shot down a resolution on / shoot down a resolution on"],
    "MEMBER_OF": ["signed up to / sign up to", "signed on to / sign on to", "sat in / sit in", "founded / found",
                  "left / leave", "withdrew from / withdraw from", "was suspended from / be suspended from"],
    "PARTNERS_WITH": ["teamed up with / team up with", "cemented ties with / cement ties with", "deepened ties with / deepen ties with",
                      "forged an axis with / forge an axis with"],
    "OPPOSES": ["warned / warn", "accused / accuse", "blamed / blame", "challenged / challenge",
                "confronted / confront"],
    "SANCTIONED": ["penalised / penalise", "restricted exports to / restrict exports to", "banned exports to / ban exports to",
                   "imposed export controls on / impose export controls on", "designated / designate"],
    "CLASHED_WITH": ["crossed swords with / cross swords with", "faced off with / face off with",
                     "tussled with / tussle with"],
    "LEADS": ["chaired / chair / chaired", "presided over / preside over / presided over", "held the chair of / hold the chair of", "held the presidency of / hold the presidency of", "held the rotating chair of / hold the rotating chair of", "ran / run / run", "directed / direct / directed", "founded / found", "created / create", "set up / set up", "established / establish", "proposed / propose",
              "announced / announce", "unveiled / unveil", "pioneered / pioneer"],
}

# ARMED_FORCE_OF: how a writer names a state's service ({svc} as the force's name ends, lower-cased), each put
# into FORCE_FRAMES
FORCE_WORDS = ["{S}'s {svc}", "the {svc} of {S}", "the {Dem} {svc}", "the {Dem} {Svc}", "{S}'s own {svc}",
               "{S}'s {Svc}"]
FORCE_FRAMES = ["{F} took part in {X} in {yr}.", "In {yr}, {F} took delivery of new equipment.",
                "Officers of {F} visited {C} in {yr}."]

# what each type's two slots are drawn from
SLOTS = {"ACQUIRED": ("State", "WeaponSystem"), "SOLD": ("State", "WeaponSystem"), "PRODUCED": ("State", "WeaponSystem"),
         "OPERATES": ("State", "WeaponSystem"), "TRANSFERRED_TECHNOLOGY_TO": ("State", "State"),
         "PARTICIPATED_IN": ("State", "Exercise"), "HOSTED": ("State", "Exercise"), "HELD_IN": ("Exercise", "Region"),
         "PATROLLED": ("State", "Region"), "DRILLED_IN": ("State", "Region"), "VETOED": ("Vetoer", "State"),
         "MEMBER_OF": ("State", "Organization"), "PARTNERS_WITH": ("State", "State"), "OPPOSES": ("State", "State"),
         "SANCTIONED": ("State", "State"), "CLASHED_WITH": ("State", "State"), "LEADS": ("State", "Led")}
# the third party: the other side of a transfer, the partner on a joint patrol, a state that takes part beside another
THIRD = {"ACQUIRED": "seller", "SOLD": "buyer", "PATROLLED": "co-patroller"}

# the sentence frames of a verb phrase: V is the phrase with its object in place, P its passive, Base its base form
VERB_FRAMES = {
    "active": "{A} {V}.",
    "dated": "In {yr}, {A} {V}{tail}.",
    "passive": "{Bcap} {was} {P} by {A} in {yr}.",
    "relative": "{A}, which {V} in {yr}, says little about it.",
}
CONTROL_FRAMES = {
    "negated": "{A} never {V}.",
    "hedged": "{A} reportedly {V} in {yr}, but this has never been confirmed.",
    "planned": "{A} plans to {Base} by {yr2}.",
    "denied": "{A} denied that it {V}.",
}
# the tail of the dated frame: the other party of a transfer
TAILS = {"ACQUIRED": " from {C}", "SOLD": " to {C}"}


@dataclass(frozen=True)
class Item:
    """One generated sentence: its type, the word and frame it was made of, what it must give and what it may give."""
    type: str
    word: str
    frame: str  # a VERB_FRAMES or CONTROL_FRAMES key, "nominal", or "near" for a near-synonym
    kind: str  # count, control, near, open
    text: str
    pair: tuple  # the two entities the type links
    expected: frozenset
    allowed: frozenset = field(default_factory=frozenset)

    @property
    def shape(self) -> str:
        return f"{self.type}:{self.kind}"


@lru_cache(maxsize=1)
def _pools() -> dict:
    """The gazetteer's entities each slot is drawn from."""
    from graph.gazetteer import load_gazetteer

    g = load_gazetteer()
    # (no plural names, which take "the" and a plural verb: "the Philippines")
    states = [e for e in g.by_label("State") if e.get("demonyms") and " and " not in e.name and not e.name.endswith("s")
              and not re.search(r"Union|Republic|Kingdom|States|Empire|Germany|Czechoslovakia|Yugoslavia", e.name)]
    bodies = {"regional organization", "alliance", "forum", "intergovernmental organization", "grouping", "bloc",
              "regional grouping", "regional organisation", "economic union", "security forum"}
    # a body's name with more than one word takes "the" ("the Shanghai Cooperation Organisation", "BRICS")
    organizations = [(e.name, f"the {e.name}" if " " in e.name else e.name, None) for e in g.by_label("Organization")
                     if e.get("kind") in bodies and e.name[:1].isupper() and "," not in e.name]
    # a state's navy and air force, where the gazetteer names one of each (not "China's army": which force?)
    services = {}
    for e in g.by_label("ArmedForce"):
        kind = re.search(r"(?:Navy|Air Force)$", e.name)
        if kind and e.get("state") and e.get("state") in {s.name for s in states}:
            services.setdefault((e.get("state"), kind.group(0)), []).append(e.name)
    return {
        "Service": sorted((state, kind, names[0], g.get(state).get("demonyms")[0])
                          for (state, kind), names in services.items() if len(names) == 1),
        "State": [(e.name, e.name, e.get("demonyms")[0]) for e in states],
        "Vetoer": [(n, n, d) for n, d in (("Russia", "Russian"), ("China", "Chinese"), ("France", "French"))],
        "WeaponSystem": [(e.name, e.name, None) for e in g.by_label("WeaponSystem")
                         if re.fullmatch(r"(?:Su|MiG|Tu|Il|J|JF|F|H|Y|Ka|Mi|KJ|S|T|BMP|BTR)-\d+[A-Z]{0,3}", e.name)],
        "Exercise": [(e.name, e.name, None) for e in g.by_label("Exercise") if e.get("year")],
        "Region": [(e.name, e.name, None) for e in g.by_label("Region") if re.search(r"\b(?:Sea|Ocean)$", e.name)],
        "Organization": organizations,
        "Led": organizations + [(e.name, f"the {e.name}", None) for e in g.by_label("Initiative")
                                if re.search(r"(?:Initiative|Road|Programme|Program)$", e.name)],
    }


def _split(entry: str) -> tuple[str, str, str | None, str | None]:
    """A word entry: the phrase in the past, its base form, its passive participle, the type it may give instead."""
    entry, _, other = entry.partition(" :")
    parts = [p.strip() for p in entry.split(" / ")]
    return parts[0], parts[1], parts[2] if len(parts) > 2 else None, other or None


def _with_object(phrase: str, obj: str, x: str) -> str:
    """The phrase with its object: in its ``{B}`` slot, else after it."""
    text = phrase.replace("{X}", x)
    return text.replace("{B}", obj) if "{B}" in phrase else f"{text} {obj}"


def _object(kind: str, name: str) -> str:
    """How a writer names the entity as an object: seas and systems take "the"."""
    return f"the {name}" if kind in ("WeaponSystem", "Region") else name


def _draw(rng: random.Random, rel_type: str) -> dict:
    pools = _pools()
    a_kind, b_kind = SLOTS[rel_type]
    a, a_surface, dem = rng.choice(pools[a_kind])
    b, b_surface, _ = rng.choice([p for p in pools[b_kind] if p[0] != a])
    c, c_surface, _ = rng.choice([p for p in pools["State"] if p[0] not in (a, b)])
    x = rng.choice(pools["WeaponSystem"])[0]
    yr = rng.randrange(1995, 2024)
    return dict(a=a, b=b, c=c, A=a_surface, B=_object(b_kind, b_surface), C=c_surface, Dem=dem, X=x, yr=yr,
                yr2=yr + rng.choice((2, 3, 5)), b_surface=b_surface)


def _relation(rel_type: str, source: str, target: str) -> tuple:
    return (rel_type, *sorted((source, target))) if rel_type in SYMMETRIC else (rel_type, source, target)


def _expected(rel_type: str, parts: dict) -> frozenset:
    found = {_relation(rel_type, parts["a"], parts["b"])}
    if rel_type == "PATROLLED":
        found.add(_relation(rel_type, parts["c"], parts["b"]))
    return frozenset(found)


def _verb_text(frame: str, rel_type: str, past: str, base: str, pp: str | None, parts: dict) -> str | None:
    a = parts["A"]
    subject = f"{a} and {parts['C']}" if rel_type == "PATROLLED" else a
    template = {**VERB_FRAMES, **CONTROL_FRAMES}[frame]
    if frame == "passive" and not pp:
        return None
    if rel_type == "PATROLLED" and frame in ("relative", "denied"):
        return None  # a pair of patrollers is not "which" nor "it"
    if rel_type == "PATROLLED":
        template = template.replace("plans to", "plan to").replace("{A}", "{Subj}").replace("by {Subj}", "by {A} and {C}")
    obj = parts["B"]
    words = dict(parts, Subj=subject, A=a, V=_with_object(past, obj, parts["X"]).replace("{C}", parts["C"]),
                 Base=_with_object(base, obj, parts["X"]).replace("{C}", parts["C"]),
                 P=(pp or "").replace("{X}", parts["X"]).replace("{B}", "").replace("  ", " ").strip(),
                 Bcap=obj[:1].upper() + obj[1:], was="was",
                 tail="" if "{C}" in past else TAILS.get(rel_type, "").format(C=parts["C"]))
    text = template.format(**words)
    return text[:1].upper() + text[1:]


def battery(seed: int = 19) -> list[Item]:
    """Every word of every type in each of its frames, its controls, the near-synonyms and the open words."""
    rng = random.Random(seed)
    items = []

    def add(rel_type, word, frame, kind, text, parts, expected, other=None):
        if text is None:
            return
        also = set(ALSO_ALLOWED.get(rel_type, ())) if kind == "count" else set()
        if other:
            also |= {other, *ALSO_ALLOWED.get(other, ())}
        # either way round: an exercise hosted on a state's soil is held in it
        allowed = {_relation(t, *pair) for t in also for pair in ((parts["a"], parts["b"]), (parts["b"], parts["a"]))}
        items.append(Item(rel_type, word, frame, kind, text, (parts["a"], parts["b"]), expected, frozenset(allowed)))

    for rel_type in COUNTS:
        for entry in COUNTS[rel_type]:
            past, base, pp, _ = _split(entry)
            for frame in VERB_FRAMES:
                parts = _draw(rng, rel_type)
                add(rel_type, past, frame, "count", _verb_text(frame, rel_type, past, base, pp, parts), parts,
                    _expected(rel_type, parts))
            for frame in CONTROL_FRAMES:
                parts = _draw(rng, rel_type)
                add(rel_type, past, frame, "control", _verb_text(frame, rel_type, past, base, pp, parts), parts, frozenset())
        for template in NOMINALS[rel_type]:
            parts = _draw(rng, rel_type)
            # ("China's Belt and Road Initiative", "the China-led SCO": no article after a possessive or a "-led")
            text = template.format(**{**parts, "B": parts["b_surface"]}).replace("'s the ", "'s ").replace("-led the ", "-led ")
            expected = _expected(rel_type, parts)
            if rel_type == "PARTICIPATED_IN" and "{C}" in template:  # forces of a second state, named beside the first
                expected |= {_relation(rel_type, parts["c"], parts["b"])}
            add(rel_type, template, "nominal", "count", text[:1].upper() + text[1:], parts, expected)
        for kind, entries in (("near", NEAR.get(rel_type, [])), ("open", OPEN.get(rel_type, []))):
            for entry in entries:
                past, base, pp, other = _split(entry)
                for frame in ("active", "dated"):
                    parts = _draw(rng, rel_type)
                    add(rel_type, past, frame, kind, _verb_text(frame, rel_type, past, base, pp, parts), parts,
                        frozenset(), other)
    for template in FORCE_WORDS:
        for frame in FORCE_FRAMES:
            state, kind, force, dem = rng.choice(_pools()["Service"])
            parts = _draw(rng, "PARTICIPATED_IN")
            surface = template.format(S=state, svc=kind.lower(), Svc=kind, Dem=dem)
            text = frame.format(F=surface, X=parts["b"], C=parts["C"], yr=parts["yr"])
            parts = dict(parts, a=force, b=state)
            add("ARMED_FORCE_OF", template, "nominal", "count", text[:1].upper() + text[1:], parts,
                frozenset({("ARMED_FORCE_OF", force, state)}))
    return items


def family_relations(text: str, path: str = "lexicon.txt") -> set:
    """Every relation the text gives (symmetric pairs sorted), read as a plain text file."""
    from loaders.extract import default_extractor
    from loaders.readers import read_bytes

    document = read_bytes(text.encode("utf-8"), path)
    return {_relation(r.type, r.source, r.target) for r in default_extractor().extract_document(document).relations
            if r.type != "MENTIONS"}


def judged(item: Item, got: set) -> tuple[int, int]:
    """(relations found of those expected, false relations): a false one is of the item's type, or links its two
    entities by any type, and is neither expected nor allowed."""
    a, b = item.pair
    false = {r for r in got - item.expected - item.allowed
             if r[0] == item.type or {r[1], r[2]} == {a, b}}
    return len(got & item.expected), len(false)


def report(battery_fn=battery, family=family_relations) -> None:
    """Recall and false relations per type and kind, then the counted words under full recall."""
    from collections import Counter, defaultdict

    found, wanted, false, items = Counter(), Counter(), Counter(), Counter()
    per_word = defaultdict(lambda: [0, 0, 0])
    for item in battery_fn():
        hit, wrong = judged(item, family(item.text))
        key = (item.type, item.kind)
        wanted[key] += len(item.expected)
        found[key] += hit
        false[key] += wrong
        items[key] += 1
        word = per_word[(item.type, item.kind, item.word)]
        word[0] += hit
        word[1] += len(item.expected)
        word[2] += wrong
    for key in sorted(items):
        recall = f"recall {found[key] / wanted[key]:.2f}" if wanted[key] else "           "
        given = "gave" if key[1] == "open" else "false"  # an open word's relations are not false, only counted
        print(f"{key[0]:<26} {key[1]:<8} items {items[key]:>4}  {recall}  {given} {false[key]}")
    print(f"ALL counted recall {sum(found.values()) / sum(wanted.values()):.3f}  "
          f"false {sum(n for key, n in false.items() if key[1] != 'open')}")
    print("\n-- words below full recall or with false relations")
    for (rel_type, kind, word), (hit, want, wrong) in sorted(per_word.items()):
        if (want and hit < want) or wrong:
            print(f"{rel_type:<26} {kind:<8} {hit}/{want} false {wrong}  {word}")
