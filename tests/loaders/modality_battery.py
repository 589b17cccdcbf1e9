"""A generated battery for one property of extraction: nothing is drawn from a statement the
writer does not assert as fact.

Relation-bearing clauses over every relation type (varied verbs, objects and entity names from
the gazetteer) are put inside frames that take the writer's word away from them: negation,
denial, hedging, absent evidence, hypotheticals, questions, plans, refusals and imagined
scenarios. Each framed clause stands alone, after "that", as a list of predicates under one
frame, or beside a factual clause that the frame does not cover. The expected outcome is
computed from the parts: a framed clause must give no relation among its own entities (a plan
may give one only marked ``planned``), the factual clause beside it must give its relations,
and every clause must give its relations in a plain factual frame (the positive control).

>>> items = battery(seed=1, size=40)
>>> len(items) == 40 and all(item.forbidden for item in items if item.family != "control")
True
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

import yaml

GAZETTEER = Path(__file__).resolve().parents[2] / "seeds" / "gazetteer"

# surface -> canonical name: names, capitals as metonyms
STATES = {
    "Russia": "Russia", "Moscow": "Russia", "China": "China", "Beijing": "China", "India": "India", "New Delhi": "India",
    "Iran": "Iran", "Tehran": "Iran", "Turkey": "Turkey", "Ankara": "Turkey", "Egypt": "Egypt", "Cairo": "Egypt",
    "Algeria": "Algeria", "Vietnam": "Vietnam", "Hanoi": "Vietnam", "Pakistan": "Pakistan", "Islamabad": "Pakistan",
    "Belarus": "Belarus", "Minsk": "Belarus", "Kazakhstan": "Kazakhstan", "Serbia": "Serbia", "Indonesia": "Indonesia",
    "Myanmar": "Myanmar", "Venezuela": "Venezuela", "Japan": "Japan", "Tokyo": "Japan", "Australia": "Australia",
    "the United States": "United States", "Washington": "United States", "the United Kingdom": "United Kingdom",
    "France": "France", "Paris": "France", "Germany": "Germany", "Poland": "Poland", "Mongolia": "Mongolia",
    "Laos": "Laos", "Armenia": "Armenia", "Brazil": "Brazil", "South Africa": "South Africa",
}
SELLERS = {"Russia": "Russia", "Moscow": "Russia", "China": "China", "Beijing": "China", "France": "France", "Germany": "Germany",
           "the United States": "United States", "Washington": "United States", "Turkey": "Turkey", "Pakistan": "Pakistan"}
WEAPONS = ["S-400", "S-300", "Su-35", "Su-30", "MiG-29", "Mi-17", "T-90", "J-10C", "JF-17", "Kilo-class submarine", "Tu-95", "H-6K"]
# a weapon's surface in a clause: a count and a plural, a bare name, or "the" name
WEAPON_FORMS = ["{w}s", "the {w}", "{n} {w}s", "{w} systems", "a batch of {w}s"]
EXERCISES = ["Vostok-2018", "Tsentr-2019", "Kavkaz-2020", "Zapad-2021", "Joint Sea-2016", "Joint Sea-2019", "Peace Mission-2021"]
REGIONS = {"the Baltic Sea": "Baltic Sea", "the South China Sea": "South China Sea", "the Sea of Japan": "Sea of Japan",
           "the East China Sea": "East China Sea", "the Arctic": "Arctic", "the Pacific Ocean": "Pacific Ocean",
           "the Mediterranean Sea": "Mediterranean Sea", "the Black Sea": "Black Sea", "the Arabian Sea": "Arabian Sea"}
ORGANIZATIONS = {"the SCO": "Shanghai Cooperation Organisation", "the Shanghai Cooperation Organisation": "Shanghai Cooperation Organisation",
                 "BRICS": "BRICS", "NATO": "North Atlantic Treaty Organization", "the CSTO": "Collective Security Treaty Organization",
                 "the Eurasian Economic Union": "Eurasian Economic Union"}
VETO_SUBJECTS = {"Syria": "Syria", "Myanmar": "Myanmar", "Venezuela": "Venezuela", "climate security": "Climate security",
                 "chemical weapons": "Chemical weapons"}


@dataclass(frozen=True)
class Verb:
    past: str
    base: str
    participle: str
    gerund: str


def verb(past: str, base: str, participle: str | None = None, gerund: str | None = None) -> Verb:
    return Verb(past, base, participle or past, gerund or (base[:-1] if base.endswith("e") and not base.endswith("ee") else base) + "ing")


SYMMETRIC = {"PARTNERS_WITH", "CLASHED_WITH"}


def symmetric(source: str, rel_type: str, target: str) -> tuple:
    """(source, type, target), the two ends in name order for a symmetric type."""
    if rel_type in SYMMETRIC:
        source, target = sorted((source, target))
    return (source, rel_type, target)


@dataclass(frozen=True)
class Clause:
    """A subject and a predicate, in each form a frame needs, with the relations it states."""
    subject: str
    verb: Verb
    rest: str
    facts: frozenset  # (source, type, target) a factual statement of it must give
    entities: frozenset  # canonical names the clause mentions: no relation among them may come of a frame

    def predicate(self, form: str) -> str:
        return f"{getattr(self.verb, form)} {self.rest}"


def _weapon(rng: random.Random, name: str) -> str:
    return rng.choice(WEAPON_FORMS).format(w=name, n=rng.choice(["two", "six", "12", "24", "several"]))


def _pick(rng: random.Random, names: dict, avoid: set) -> tuple[str, str]:
    choices = [(surface, canonical) for surface, canonical in names.items() if canonical not in avoid]
    return rng.choice(choices)


def _sale(rng, avoid):
    seller, s = _pick(rng, SELLERS, avoid)
    buyer, b = _pick(rng, STATES, avoid | {s})
    w = rng.choice(WEAPONS)
    v = rng.choice([verb("sold", "sell"), verb("supplied", "supply", gerund="supplying"), verb("delivered", "deliver"), verb("exported", "export")])
    return Clause(seller, v, f"{_weapon(rng, w)} to {buyer}", frozenset({(s, "SOLD", w), (b, "ACQUIRED", w)}), frozenset({s, b, w}))


def _purchase(rng, avoid):
    buyer, b = _pick(rng, STATES, avoid)
    seller, s = _pick(rng, SELLERS, avoid | {b})
    w = rng.choice(WEAPONS)
    v = rng.choice([verb("bought", "buy", gerund="buying"), verb("purchased", "purchase"), verb("acquired", "acquire"), verb("ordered", "order")])
    return Clause(buyer, v, f"{_weapon(rng, w)} from {seller}", frozenset({(b, "ACQUIRED", w), (s, "SOLD", w)}), frozenset({s, b, w}))


def _receipt(rng, avoid):
    buyer, b = _pick(rng, STATES, avoid)
    w = rng.choice(WEAPONS)
    v = rng.choice([verb("received", "receive"), verb("took delivery of", "take delivery of", "taken delivery of", "taking delivery of"),
                    verb("imported", "import")])
    return Clause(buyer, v, _weapon(rng, w), frozenset({(b, "ACQUIRED", w)}), frozenset({b, w}))


def _production(rng, avoid):
    maker, m = _pick(rng, SELLERS, avoid)
    w = rng.choice(WEAPONS)
    v = rng.choice([verb("developed", "develop"), verb("built", "build"), verb("manufactured", "manufacture"), verb("designed", "design")])
    return Clause(maker, v, f"the {w}", frozenset({(m, "PRODUCED", w)}), frozenset({m, w}))


def _operation(rng, avoid):
    user, u = _pick(rng, STATES, avoid)
    w = rng.choice(WEAPONS)
    v = rng.choice([verb("operated", "operate"), verb("fielded", "field"), verb("deployed", "deploy")])
    return Clause(user, v, _weapon(rng, w), frozenset({(u, "OPERATES", w)}), frozenset({u, w}))


def _technology(rng, avoid):
    giver, g = _pick(rng, SELLERS, avoid)
    taker, t = _pick(rng, STATES, avoid | {g})
    w = rng.choice(WEAPONS)
    v, rest = rng.choice([
        (verb("transferred", "transfer"), f"technology for the {w} to {taker}"),
        (verb("licensed", "license"), f"production of the {w} to {taker}"),
        (verb("helped", "help"), f"{taker} develop its own version of the {w}"),
    ])
    return Clause(giver, v, rest, frozenset({(g, "TRANSFERRED_TECHNOLOGY_TO", t)}), frozenset({g, t, w}))


def _participation(rng, avoid):
    state, s = _pick(rng, STATES, avoid)
    e = rng.choice(EXERCISES)
    v, rest = rng.choice([
        (verb("took part in", "take part in", "taken part in", "taking part in"), e),
        (verb("participated in", "participate in", gerund="participating in"), e),
        (verb("sent troops to", "send troops to", "sent troops to", "sending troops to"), e),
        (verb("joined", "join"), f"the {e} exercise"),
    ])
    return Clause(state, v, rest, frozenset({(s, "PARTICIPATED_IN", e)}), frozenset({s, e}))


def _hosting(rng, avoid):
    state, s = _pick(rng, STATES, avoid)
    e = rng.choice(EXERCISES)
    v = rng.choice([verb("hosted", "host"), verb("organised", "organise")])
    return Clause(state, v, e, frozenset({(s, "HOSTED", e)}), frozenset({s, e}))


def _venue(rng, avoid):
    state, s = _pick(rng, STATES, avoid)
    e = rng.choice(EXERCISES)
    region, r = _pick(rng, REGIONS, avoid)
    v = rng.choice([verb("staged", "stage"), verb("held", "hold", gerund="holding")])
    return Clause(state, v, f"{e} in {region}", frozenset({(e, "HELD_IN", r)}), frozenset({s, e, r}))


def _patrol(rng, avoid):
    first, a = _pick(rng, STATES, avoid)
    second, b = _pick(rng, STATES, avoid | {a})
    region, r = _pick(rng, REGIONS, avoid)
    v, rest = rng.choice([
        (verb("conducted", "conduct"), f"a joint naval patrol with {second} in {region}"),
        (verb("flew", "fly", "flown", "flying"), f"joint air patrols with {second} over {region}"),
        (verb("patrolled", "patrol", gerund="patrolling"), f"{region} jointly with {second}"),
    ])
    return Clause(first, v, rest, frozenset({(a, "PATROLLED", r), (b, "PATROLLED", r)}), frozenset({a, b, r}))


def _drill(rng, avoid):
    state, s = _pick(rng, STATES, avoid)
    region, r = _pick(rng, REGIONS, avoid)
    v, rest = rng.choice([
        (verb("held", "hold", gerund="holding"), f"naval drills in {region}"),
        (verb("conducted", "conduct"), f"live-fire drills in {region}"),
        (verb("carried out", "carry out", gerund="carrying out"), f"military manoeuvres in {region}"),
    ])
    return Clause(state, v, rest, frozenset({(s, "DRILLED_IN", r)}), frozenset({s, r}))


def _veto(rng, avoid):
    state, s = _pick(rng, {k: v for k, v in STATES.items() if v in {"Russia", "China", "United States", "France", "United Kingdom"}}, avoid)
    topic, t = _pick(rng, VETO_SUBJECTS, avoid | {s})
    v, rest = rng.choice([
        (verb("vetoed", "veto", gerund="vetoing"), f"a UN Security Council resolution on {topic}"),
        (verb("blocked", "block"), f"a Security Council resolution on {topic} with its veto"),
    ])
    return Clause(state, v, rest, frozenset({(s, "VETOED", t)}), frozenset({s, t}))


def _membership(rng, avoid):
    state, s = _pick(rng, STATES, avoid)
    org, o = _pick(rng, ORGANIZATIONS, avoid)
    v, rest = rng.choice([
        (verb("joined", "join"), org),
        (verb("became", "become", "become", "becoming"), f"a full member of {org}"),
        (verb("acceded to", "accede to", gerund="acceding to"), org),
    ])
    return Clause(state, v, rest, frozenset({(s, "MEMBER_OF", o)}), frozenset({s, o}))


def _partnership(rng, avoid):
    first, a = _pick(rng, STATES, avoid)
    second, b = _pick(rng, STATES, avoid | {a})
    v, rest = rng.choice([
        (verb("signed", "sign"), f"a strategic partnership with {second}"),
        (verb("concluded", "conclude"), f"a treaty of friendship with {second}"),
        (verb("formed", "form"), f"a strategic partnership with {second}"),
    ])
    return Clause(first, v, rest, frozenset({symmetric(a, "PARTNERS_WITH", b)}), frozenset({a, b}))


def _opposition(rng, avoid):
    first, a = _pick(rng, STATES, avoid)
    org, o = _pick(rng, {**ORGANIZATIONS, **STATES}, avoid | {a})
    v = rng.choice([verb("opposed", "oppose"), verb("condemned", "condemn"), verb("criticised", "criticise")])
    return Clause(first, v, f"the expansion of {org}" if o in ORGANIZATIONS.values() else f"the policy of {org}",
                  frozenset({(a, "OPPOSES", o)}), frozenset({a, o}))


def _sanctions(rng, avoid):
    first, a = _pick(rng, STATES, avoid)
    second, b = _pick(rng, STATES, avoid | {a})
    v, rest = rng.choice([
        (verb("imposed", "impose"), f"sanctions on {second}"),
        (verb("sanctioned", "sanction"), second),
    ])
    return Clause(first, v, rest, frozenset({(a, "SANCTIONED", b)}), frozenset({a, b}))


def _clash(rng, avoid):
    first, a = _pick(rng, STATES, avoid)
    second, b = _pick(rng, STATES, avoid | {a})
    v, rest = rng.choice([
        (verb("clashed with", "clash with", gerund="clashing with"), f"{second} on their border"),
        (verb("fought", "fight", "fought", "fighting"), f"a border war with {second}"),
    ])
    return Clause(first, v, rest, frozenset({symmetric(a, "CLASHED_WITH", b)}), frozenset({a, b}))


def _leadership(rng, avoid):
    state, s = _pick(rng, STATES, avoid)
    org, o = rng.choice([("the Belt and Road Initiative", "Belt and Road Initiative"), *ORGANIZATIONS.items()])
    v = rng.choice([verb("launched", "launch"), verb("led", "lead", "led", "leading")])
    return Clause(state, v, org, frozenset({(s, "LEADS", o)}), frozenset({s, o}))


CLAUSES = {
    "SOLD": _sale, "ACQUIRED": _purchase, "ACQUIRED/received": _receipt, "PRODUCED": _production, "OPERATES": _operation,
    "TRANSFERRED_TECHNOLOGY_TO": _technology, "PARTICIPATED_IN": _participation, "HOSTED": _hosting, "HELD_IN": _venue,
    "PATROLLED": _patrol, "DRILLED_IN": _drill, "VETOED": _veto, "MEMBER_OF": _membership, "PARTNERS_WITH": _partnership,
    "OPPOSES": _opposition, "SANCTIONED": _sanctions, "CLASHED_WITH": _clash, "LEADS": _leadership,
}


def rebound(clause: Clause, subject: str) -> Clause:
    """The clause with ``subject`` (a surface of STATES) in place of its own."""
    old, new = STATES[clause.subject], STATES[subject]
    swap = {old: new}
    facts = frozenset(symmetric(swap.get(s, s), t, swap.get(o, o)) for s, t, o in clause.facts)
    return Clause(subject, clause.verb, clause.rest, facts, frozenset(swap.get(e, e) for e in clause.entities))


@dataclass(frozen=True)
class Frame:
    """A context that withholds the writer's word from its clause.

    ``template`` holds {S} for the subject and {past}, {base}, {pp} or {ing} for the predicate.
    ``embeddable``: it reads after "that"; ``closed``: it covers nothing after its own clause,
    so a factual clause may follow it after a comma ("..., but Iran joined the SCO").
    """
    family: str
    template: str
    embeddable: bool = True
    closed: bool = True
    planned: bool = False
    known_gap: str = ""  # why extraction cannot handle the frame yet (its items are counted apart)


def _frames(family: str, *templates: str, **flags) -> list[Frame]:
    return [Frame(family, t, **flags) for t in templates]


FRAMES = [
    *_frames("negation", "{S} has not {pp}", "{S} did not {base}", "{S} never {past}", "{S} has never {pp}", "{S} didn't {base}",
             "{S} had not {pp}", "{S} has yet to {base}", "It is not true that {S} {past}", "{S} has at no point {pp}",
             "{S} certainly did not {base}"),
    *_frames("negation", "At no point did {S} {base}", "Nor did {S} {base}", embeddable=False),
    *_frames("denial", "{S} denied {ing}", "{S} denies ever having {pp}", "Officials rejected reports that {S} had {pp}",
             "The foreign ministry dismissed claims that {S} {past}", "{S} denied that it had {pp}",
             "Officials flatly rejected the allegation that {S} {past}", "Both governments deny that {S} {past}",
             "The embassy refuted reports that {S} {past}"),
    *_frames("denial", "Reports that {S} {past} were denied by officials", "Claims that {S} {past} have been denied"),
    *_frames("hedge", "{S} might have {pp}", "{S} may have {pp}", "{S} could have {pp}", "{S} possibly {past}",
             "{S} reportedly {past}", "{S} allegedly {past}", "{S} is said to have {pp}", "{S} is believed to have {pp}",
             "It is rumoured that {S} {past}", "{S} probably {past}", "{S} is thought to have {pp}", "{S} apparently {past}",
             "{S} may {base}", "{S} is rumoured to have {pp}", "Rumours suggest that {S} {past}", "{S} seems to have {pp}",
             "{S} supposedly {past}", "{S} is reported to have {pp}", "Some analysts believe that {S} {past}", "{S} might {base}"),
    *_frames("no evidence", "There is no evidence that {S} {past}", "Nothing confirms that {S} {past}",
             "No official has confirmed that {S} {past}", "There is no sign that {S} {past}",
             "It has never been confirmed that {S} {past}", "Nobody has been able to verify that {S} {past}",
             "There is no proof that {S} {past}"),
    *_frames("no evidence", "Reports that {S} {past} have never been confirmed", "Claims that {S} {past} remain unverified",
             "Accounts that {S} {past} could not be verified", "Rumours that {S} {past} were never substantiated"),
    *_frames("hypothetical", "{S} would {base} only if the price fell", "{S} would have {pp} had funding allowed",
             "{S} could {base} if Congress agreed"),
    *_frames("hypothetical", "If {S} were to {base}, the region would take notice", "Should {S} {base}, the balance would shift",
             "In the event that {S} were to {base}, tensions would rise", "Were {S} to {base}, neighbours would react",
             "Had {S} {pp}, the balance would have shifted", "If {S} {past}, it would break the embargo", embeddable=False, closed=False),
    *_frames("question", "Did {S} {base}?", "Has {S} {pp}?", "Will {S} {base}?", "Could {S} {base}?", embeddable=False),
    *_frames("question", "Analysts ask whether {S} will {base}", "It remains unclear whether {S} {past}",
             "Whether {S} {past} is still debated", "Observers wonder if {S} {past}", "Nobody knows whether {S} {past}"),
    *_frames("plan", "{S} plans to {base}", "{S} intends to {base}", "{S} will {base}", "{S} is expected to {base}",
             "{S} is set to {base}", "{S} seeks to {base}", "{S} is considering {ing}", "{S} hopes to {base}",
             "{S} aims to {base}", "{S} is preparing to {base}", "{S} is due to {base}", "{S} announced plans to {base}",
             "{S} is in talks about {ing}", "{S} is scheduled to {base}", "{S} wants to {base}", "{S} is likely to {base}",
             planned=True),
    *_frames("refusal", "{S} declined to {base}", "{S} refused to {base}", "{S} failed to {base}", "{S} chose not to {base}",
             "{S} ruled out {ing}", "{S} stopped short of {ing}", "{S} turned down a proposal to {base}", "{S} was unwilling to {base}"),
    *_frames("scenario", "In the wargame, {S} {past}", "Imagine that {S} {past}", "Suppose {S} {past}",
             "In this scenario, {S} {past}", "In the simulation, {S} {past}", "In one hypothetical scenario, {S} {past}",
             "In a war-game run by the institute, {S} {past}", "Let's say {S} {past}", embeddable=False, closed=False),
]
# More wordings of each family, written after the first fixes were made: a check that the fixes are general
FRAMES += [
    *_frames("negation", "{S} has never once {pp}", "{S} has so far not {pp}", "{S} never actually {past}", "{S} is not known to have {pp}",
             "Contrary to some reports, {S} did not {base}", "{S} did not in the end {base}", "{S} has not yet {pp}"),
    *_frames("denial", "{S} flatly denied {ing}", "A spokesman for {S} denied {ing}", "{S} has rejected claims that it {past}",
             "{S} rejected suggestions that it had {pp}", "Officials dismissed as false reports that {S} {past}"),
    *_frames("hedge", "{S} is understood to have {pp}", "{S} is alleged to have {pp}", "Sources say {S} {past}", "{S} may well have {pp}",
             "{S} is rumored to have {pp}", "{S} purportedly {past}", "{S} presumably {past}", "According to unconfirmed reports, {S} {past}",
             "{S} appears to have {pp}", "Unnamed officials claim that {S} {past}", "{S} likely {past}"),
    *_frames("no evidence", "No evidence has emerged that {S} {past}", "There is nothing to suggest that {S} {past}",
             "We could find no evidence that {S} {past}", "No document shows that {S} {past}", "None of this proves that {S} {past}",
             "It could not be confirmed that {S} {past}", "Reports that {S} {past} are unconfirmed"),
    *_frames("hypothetical", "{S} might {base} should sanctions ease", "In theory, {S} could {base}", embeddable=True),
    *_frames("hypothetical", "If {S} had {pp}, the balance would have shifted", "Even if {S} were to {base}, little would change",
             "Supposing {S} {past}, what would follow", "Unless {S} were to {base}, nothing would change", embeddable=False, closed=False),
    *_frames("question", "Is {S} going to {base}?", "Would {S} {base}?", "Has {S} really {pp}?", "Did {S} ever {base}?", embeddable=False),
    *_frames("question", "The question is whether {S} {past}", "It is uncertain whether {S} will {base}", "Analysts debate whether {S} {past}"),
    *_frames("plan", "{S} is poised to {base}", "{S} has pledged to {base}", "{S} is slated to {base}", "{S} is going to {base}",
             "{S} has vowed to {base}", "{S} is weighing whether to {base}", "{S} is in negotiations to {base}", "{S} is keen to {base}",
             "{S} will soon {base}", "{S} is about to {base}", "{S} could soon {base}", planned=True),
    *_frames("refusal", "{S} has refused to {base}", "{S} balked at {ing}", "{S} rejected a request to {base}", "{S} decided against {ing}",
             "{S} backed away from {ing}", "{S} was reluctant to {base}", "{S} pulled out of plans to {base}"),
    *_frames("scenario", "In our hypothetical, {S} {past}", "Picture a world in which {S} {past}", "The exercise scenario assumed that {S} {past}",
             "In a fictional scenario, {S} {past}", "Assume that {S} {past}", "In the tabletop exercise, {S} {past}",
             "For the sake of argument, say {S} {past}", embeddable=False, closed=False),
]
# A third round of wordings, written after the second round's fixes
FRAMES += [
    *_frames("negation", "{S} has never really {pp}", "{S} failed ever to {base}", "{S} did not, despite the rumours, {base}",
             "It is untrue that {S} {past}", "{S} has not, to date, {pp}"),
    *_frames("denial", "{S} strongly denies {ing}", "Diplomats in {S} denied that it had {pp}", "{S} has always denied that it {past}",
             "{S} disputes reports that it {past}", "The government denied outright that {S} {past}"),
    *_frames("hedge", "{S} is suspected of {ing}", "{S} is widely believed to have {pp}", "{S} could well have {pp}",
             "{S} may possibly have {pp}", "{S} is understood by analysts to have {pp}", "There are rumours that {S} {past}",
             "It is possible that {S} {past}", "Speculation is growing that {S} {past}"),
    *_frames("no evidence", "There is no indication that {S} {past}", "No proof has been offered that {S} {past}",
             "Nobody has confirmed that {S} {past}", "Neither government has confirmed that {S} {past}",
             "There is little evidence that {S} {past}"),
    *_frames("hypothetical", "{S} would likely {base} if asked", "{S} might yet {base}", "{S} could conceivably {base}"),
    *_frames("hypothetical", "Were {S} ever to {base}, it would be a first", "If ever {S} {past}, nobody noticed", embeddable=False, closed=False),
    *_frames("question", "Might {S} {base}?", "Why would {S} {base}?", "Can {S} {base}?", embeddable=False),
    *_frames("question", "Nobody can say whether {S} {past}", "Experts are divided over whether {S} {past}",
             "The open question is whether {S} will {base}"),
    *_frames("plan", "{S} is planning to {base}", "{S} has offered to {base}", "{S} has promised to {base}", "{S} is expected soon to {base}",
             "{S} is seeking to {base}", "{S} has been invited to {base}", "{S} has applied to {base}", "{S} is tipped to {base}",
             "{S} is considering whether to {base}", planned=True),
    *_frames("refusal", "{S} refuses to {base}", "{S} has declined to {base}", "{S} flatly refused to {base}", "{S} turned down the chance to {base}",
             "{S} said no to {ing}", "{S} walked away from {ing}"),
    *_frames("scenario", "In the hypothetical case, {S} {past}", "In a simulated conflict, {S} {past}",
             "The scenario imagines that {S} {past}", "Hypothetically, {S} {past}", embeddable=False, closed=False),
    *_frames("scenario", "In the game, {S} {past}", embeddable=False, closed=False,
             known_gap='"in the game" is a figure of speech too ("in the game of influence"): no cue marks it as imagined'),
]
FAMILIES = sorted({frame.family for frame in FRAMES})
PLACEMENTS = ["main", "that", "list", "fact before", "fact after"]
REPORTERS = ["Analysts said that", "The report notes that", "A diplomat added that", "Our correspondent writes that",
             "The minister said that", "The paper explains that"]
JOINS_AFTER = [", but {x}", "; {x}", ". {x}", ", while {x}", ", although {x}"]
JOINS_BEFORE_CLOSED = ["{x}, but ", "{x}; ", "{x}. ", "{x}, while "]
# after a frame whose subject opens it ("India has not ..."), ", and" starts a clause of its own; after a
# "that" or "whether" complement it may go on inside it, so the factual clause comes after "but" or a stop
JOINS_BEFORE_SUBJECT_FIRST = JOINS_BEFORE_CLOSED + ["{x}, and "]
FUNCTION_WORDS = {"It", "There", "Nothing", "No", "Nobody", "Reports", "Claims", "Accounts", "Rumours", "Officials", "The", "Both",
                  "Some", "Analysts", "Observers", "Whether", "In", "Imagine", "Suppose", "Let's", "If", "Should", "Were", "Had",
                  "At", "Nor", "Did", "Has", "Will", "Could", "None", "Sources", "Picture", "For", "Contrary", "According", "Unnamed",
                  "We", "Even", "Supposing", "Unless", "Assume", "A", "Would", "Is", "Diplomats", "Speculation", "Experts", "Neither",
                  "Might", "Why", "Can", "Hypothetically", "Were", "Nobody"}


def _predicates(clauses: list[Clause], form: str, conj: str) -> str:
    parts = [clause.predicate(form) for clause in clauses]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + f" {conj} " + parts[-1]


def framed(frame: Frame, clauses: list[Clause]) -> str:
    """The frame's text around ``clauses`` (one clause, or predicates of one subject)."""
    conj = "and" if frame.family in {"plan", "scenario", "hedge"} or "{S} {past}" in frame.template else "or"
    fills = {form: _predicates(clauses, form, conj) for form in ("past", "base", "participle", "gerund")}
    return frame.template.format(S=clauses[0].subject, past=fills["past"], base=fills["base"], pp=fills["participle"], ing=fills["gerund"])


def fact(clause: Clause) -> str:
    return f"{clause.subject} {clause.predicate('past')}"


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0]
    return text[0].lower() + text[1:] if first in FUNCTION_WORDS else text


def _upper_first(text: str) -> str:
    return text[0].upper() + text[1:]


def _end(text: str) -> str:
    return text if text.endswith("?") else text + "."


@dataclass(frozen=True)
class Item:
    """One generated text: the relations among ``forbidden`` entities must not come out of it
    (but planned ones where ``planned`` allows them), and ``required`` relations must."""
    text: str
    family: str
    frame: str
    placement: str
    relation: str
    known_gap: str = ""
    forbidden: frozenset = field(default_factory=frozenset)
    required: frozenset = field(default_factory=frozenset)
    planned: bool = False


ANY_SUBJECT = sorted(set(CLAUSES) - {"VETOED", "LEADS"})


def _clause(rng: random.Random, avoid: set, relations: list[str] | None = None) -> tuple[str, Clause]:
    relation = rng.choice(relations or sorted(CLAUSES))
    return relation, CLAUSES[relation](rng, avoid)


def _item(rng: random.Random, frame: Frame, placement: str) -> Item:
    relation, clause = _clause(rng, set())
    clauses = [clause]
    if placement == "list":
        for _ in range(rng.choice([1, 2])):
            clauses.append(rebound(_clause(rng, {STATES[clause.subject]})[1], clause.subject))
    forbidden = frozenset().union(*(c.entities for c in clauses))
    text = framed(frame, clauses)
    required: frozenset = frozenset()
    if placement == "that":
        text = f"{rng.choice(REPORTERS)} {_lower_first(text)}"
    elif placement in ("fact before", "fact after"):
        other = _clause(rng, set(forbidden))[1]
        required = other.facts
        question = text.endswith("?")
        if placement == "fact before":
            join = ". {x}" if question else rng.choice(JOINS_AFTER)
            text = fact(other) + join.format(x=_upper_first(text) if join.startswith(".") else _lower_first(text))
        else:
            subject_first = frame.template.startswith("{S}")
            joins = JOINS_BEFORE_SUBJECT_FIRST if subject_first else JOINS_BEFORE_CLOSED
            join = rng.choice(joins) if frame.closed and not question else "{x} " if question else "{x}. "
            sentence_break = join.endswith(("? ", ". ")) or question
            text = join.format(x=text) + (_upper_first(fact(other)) if sentence_break else fact(other))
    return Item(_end(_upper_first(text)), frame.family, frame.template, placement, relation, frame.known_gap, forbidden, required, frame.planned)


def battery(seed: int = 16, size: int = 1000) -> list[Item]:
    """``size`` generated items, families and placements in turn, from a fixed ``seed``."""
    rng = random.Random(seed)
    items = []
    for index in range(size):
        family = FAMILIES[index % len(FAMILIES)]
        frame = rng.choice([f for f in FRAMES if f.family == family])
        placements = [p for p in PLACEMENTS if p != "that" or frame.embeddable]
        items.append(_item(rng, frame, rng.choice(placements)))
    return items


def controls(seed: int = 16, size: int = 300) -> list[Item]:
    """The clauses stated as plain facts, alone, after "that" and as a list: each must give its relations."""
    rng = random.Random(seed + 1)
    items = []
    for index in range(size):
        relation = sorted(CLAUSES)[index % len(CLAUSES)]
        clause = CLAUSES[relation](rng, set())
        clauses = [clause]
        placement = rng.choice(["main", "that", "list"])
        if placement == "list":
            # (a veto or a lead is left to the states the clause picked: not every state casts one)
            clauses.append(rebound(_clause(rng, {STATES[clause.subject]}, ANY_SUBJECT)[1], clause.subject))
        text = f"{clause.subject} {_predicates(clauses, 'past', 'and')}"
        if placement == "that":
            text = f"{rng.choice(['Officials confirmed that', 'The ministry announced that', 'Records show that'])} {text}"
        required = frozenset().union(*(c.facts for c in clauses))
        items.append(Item(_end(_upper_first(text)), "control", "plain", placement, relation, required=required))
    return items


def gazetteer_names() -> set[str]:
    """Every canonical name the gazetteer lists."""
    names = set()
    for path in GAZETTEER.glob("*.yaml"):
        names |= {entity["name"] for entity in yaml.safe_load(path.read_text(encoding="utf-8")).get("entities", [])}
    return names


@dataclass
class Outcome:
    leaks: list = field(default_factory=list)   # (item, relation found)
    misses: list = field(default_factory=list)  # (item, relation required and not found)


def check(item: Item, relations) -> Outcome:
    """What ``relations`` extracted from ``item.text`` leak or miss."""
    outcome = Outcome()
    found = set()
    for r in relations:
        key = symmetric(r.source, r.type, r.target)
        found.add(key)
        if r.type in {"MENTIONS", "ARMED_FORCE_OF"} or (item.planned and r.properties.get("planned")):
            continue
        if r.source in item.forbidden and r.target in item.forbidden:
            outcome.leaks.append((item, key))
    outcome.misses = [(item, key) for key in sorted(item.required - found)]
    return outcome
