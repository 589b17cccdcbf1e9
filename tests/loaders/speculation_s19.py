"""A generated, compositional battery of speculation: passages of three to six sentences that mix
stated facts with claims the writer does not vouch for, in many registers: rumour ("word in
defence circles is that"), imagery that "appears to show", suspicion, open questions ("it is
unclear whether"), modals ("could eventually"), conditions ("if ... were to"), questions,
counterfactuals ("had X bought ..., it would have"), talks and plans ("is said to be weighing",
"floated the idea of"), deals undone ("ruled out", "shelved", "fell through", "has yet to",
"never materialised"), "neither ... nor", "far from", a party's denial in the next sentence
("Beijing dismissed the reports"), frames over a list, a paragraph or a section under a heading
("Rumoured deals"); and double negatives and emphatic forms that DO state facts ("did not fail
to", "not only ... but also", "there is no doubt that").

Every passage is built from units: a framed unit (one frame over one to three clauses of the
relation clauses of tests/loaders/modality_battery.py) or a factual sentence, each unit naming
entities no other unit names. The expected outcome is computed from the parts: no relation
between two entities of one framed unit (a talk or plan may give one only marked ``planned``),
and every relation of every factual unit (plain sentences beside the frames, facts after a new
heading or in another paragraph, and the fact-stating double negatives).

>>> passages = battery(seed=1, size=40)
>>> all(3 <= passage.sentences <= 9 for passage in passages)
True
>>> all(not a.entities & b.entities for p in passages for a in p.units for b in p.units if a is not b)
True
"""
from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field

from tests.loaders.battery_text import capitalised
from tests.loaders.modality_battery import CLAUSES, STATES, Clause, fact, rebound, symmetric
from tests.loaders.modality_paragraphs_s18 import UNFRAMED_TYPES, VOICES, _noun_phrase, _sentence_starts_raised, present

CAPITALS = {state: capital for capital, state in VOICES.items()}


@dataclass(frozen=True)
class Frame:
    """A wording that withholds (or, with ``states``, grants) the writer's word.

    ``template`` holds {S} for the subject, {past}, {base}, {pp}, {ing} for the predicates of
    ``clauses`` clauses of that subject joined with "and" ({past_or}, {base_or} with "or";
    {past1}, {past2} ... one at a time), {A}, {B}, {C} for whole clauses in ``tense``, {noun} for
    the first deed told as a noun, {V} for an outside voice and {D} for the first clause's
    subject as its capital (a party that denies). ``scope``: what the frame governs (sentence,
    paragraph, section)."""
    family: str
    template: str
    clauses: int = 1
    tense: str = "past"
    scope: str = "sentence"
    states: bool = False
    planned: bool = False
    known_gap: str = ""
    round: int = 1  # 2: written after the first round's fixes, a check that they are general


def _frames(family: str, *templates: str, **flags) -> list[Frame]:
    return [Frame(family, t, **flags) for t in templates]


FRAMES = [
    *_frames("rumour", "Word in defence circles is that {S} {past}.", "Rumour has it that {S} {past}.",
             "Unconfirmed reports say {S} {past}.", "There is talk among arms dealers that {S} {past}.",
             "Gossip at the arms fair held that {S} {past}.", "Whispers in the trade press suggest {S} {past}.",
             "Industry chatter has {S} {ing}."),
    *_frames("rumour", "Unconfirmed reports claim that {S} {past}.", "Word in defence circles is that {S} {past}.", clauses=2),
    *_frames("imagery", "Satellite imagery appears to show that {S} {past}.", "Commercial satellite photos seem to suggest {S} {past}.",
             "Imagery from last month would appear to indicate that {S} {past}.",
             "Open-source sleuths think they have spotted evidence that {S} {past}.",
             "Leaked documents, whose authenticity is disputed, indicate that {S} {past}.",
             "Photos circulating online purport to show that {S} {past}."),
    *_frames("suspicion", "Analysts suspect that {S} {past}.", "Western officials suspect {S} {past}.", "It is widely suspected that {S} {past}.",
             "Intelligence services believe {S} may have {pp}.", "Some observers speculate that {S} {past}.",
             "{S} is suspected to have {pp}.", "Diplomats privately suspect that {S} {past}."),
    *_frames("suspicion", "Analysts suspect that {S} {past}.", clauses=2),
    *_frames("uncertain", "It is unclear whether {S} {past_or}.", "It remains to be seen whether {S} will {base}.",
             "It is not known if {S} {past}.", "Whether {S} {past} is anyone's guess.", "There is no telling whether {S} {past}.",
             "Analysts are unsure if {S} {past}.", "It is still an open question whether {S} {past}."),
    *_frames("uncertain", "It is unclear whether {S} {past_or}.", clauses=2),
    *_frames("modal", "{S} could eventually {base}.", "{S} might one day {base}.", "{S} would be able to {base} once the embargo lapses.",
             "{S} could in principle {base}.", "In time, {S} could {base}.", "{S} may soon be in a position to {base}.",
             "{S} would {base} under the draft terms."),
    *_frames("condition", "If {S} were to {base}, the regional balance would shift.", "If {S} {past}, it would be a breach of the embargo.",
             "Should {S} {base}, neighbours would respond.", "{S} will only {base} if the price falls.",
             "Only if sanctions ease would {S} {base}.", "Provided the loan comes through, {S} would {base}."),
    *_frames("question", "Will {S} {base}?", "Is {S} about to {base}?", "Could {S} really have {pp}?", "Why would {S} {base} now?",
             "Has {S} quietly {pp}?", "So did {S} {base}, or not?"),
    *_frames("counterfactual", "Had {S} {pp}, the war would have gone differently.", "{S} would have {pp} had the money been there.",
             "But for the sanctions, {S} would have {pp}.", "Without the coup, {S} would have {pp}."),
    *_frames("counterfactual", "Had {S} {pp1}, it would also have {pp2}.", clauses=2),
    *_frames("talks", "Talks on the {noun} are under way.", "Negotiations over the {noun} continue.",
             "{S} is said to be weighing {ing}.", "{S} floated the idea of {ing}.", "{S} has signalled interest in {ing}.",
             "{S} is exploring {ing}.", planned=True),
    *_frames("undone", "{S} ruled out {ing}.", "Plans for {S} to {base} were shelved.", "{S} stopped short of {ing}.",
             "A deal under which {S} would {base} fell through.", "The plan for {S} to {base} was cancelled.", "{S} has yet to {base}.",
             "The proposal that {S} {base} never materialised.", "{S} backed out of plans to {base}.",
             "A proposal for {S} to {base} was scrapped.", "{S} no longer intends to {base}.", "{S} is no longer expected to {base}."),
    *_frames("neither nor", "{S} neither {past1} nor {past2}.", "{S} did not {base1}, nor did it {base2}.",
             "{S} has neither {pp1} nor {pp2}.", clauses=2),
    *_frames("far from", "Far from {ing}, {S} has kept its distance.", "{S} is far from {ing}.", "{S} came nowhere near {ing}.",
             "Far from having {pp}, {S} stayed on the sidelines."),
    *_frames("party denial", "Reports that {A} surfaced last spring. {D} dismissed the reports as fabrication.",
             "{V} claims {A}. {D} dismissed the claim out of hand.", "A think tank wrote that {A}. {D} called the report fiction.",
             "{D} has flatly dismissed reports that {A}.", "Media in {V} alleged that {A}; officials in {D} dismissed the story."),
    *_frames("list frame", "Among the rumoured deals: {A}; {B}; {C}.", "Claims that went unconfirmed included the following: {A}; {B}.",
             "Unverified reports have {S} {ing}.", clauses=3),
    *_frames("paragraph frame", "The following is rumour, not fact. {A}. {B}.", "None of what follows has been confirmed. {A}. {B}.",
             "Word in defence circles runs as follows. {A}. {B}.", "Here is what the rumour mill says. {A}. {B}.",
             clauses=2, scope="paragraph"),
    *_frames("paragraph frame", "Consider what might happen if the embargo ends. {A}. {B}.", clauses=2, tense="present", scope="paragraph"),
    *_frames("heading frame", "Rumoured deals\n\n{A}. {B}.", "Unconfirmed sightings\n\n- {A}\n- {B}", "Speculation corner\n\n{A}. {B}.",
             "What the rumour mill says\n\n{A}. {B}.", clauses=2, scope="section"),
    *_frames("heading frame", "Deals that fell through\n\n- {A}\n- {B}", "Possible future moves\n\n- {A}\n- {B}",
             clauses=2, tense="to", scope="section", planned=True),
    *_frames("double negative", "{S} did not fail to {base}.", "There is no doubt that {S} {past}.", "Nobody disputes that {S} {past}.",
             "{S} did not hesitate to {base}.", "It is no secret that {S} {past}.", "Contrary to the rumours, {S} did {base}.", states=True),
    *_frames("double negative", "{S} not only {past1} but also {past2}.", "Not only did {S} {base1}, it also {past2}.", clauses=2, states=True),
]
# A second round of wordings, written after the first round's fixes were made
FRAMES += [
    *_frames("rumour", "The word on the street is that {S} {past}.", "Arms-trade gossip has it that {S} {past}.",
             "Rumours are swirling that {S} {past}.", "Chatter on specialist forums suggests {S} {past}.",
             "Talk in the corridors of the ministry is that {S} {past}.", round=2),
    *_frames("imagery", "Satellite pictures seem to show {S} {ing}.", "Drone footage, not yet verified, appears to show that {S} {past}.",
             "Images posted online appear to confirm that {S} {past}.", "Radar tracks would seem to suggest that {S} {past}.", round=2),
    *_frames("suspicion", "Investigators suspect {S} {past}.", "Many in the region suspect that {S} {past}.", "{S} stands accused of {ing}.",
             "There are suspicions that {S} {past}.", round=2),
    *_frames("uncertain", "It is anybody's guess whether {S} {past}.", "Nobody is sure whether {S} {past}.",
             "Whether or not {S} {past} remains unclear.", "It is hard to say if {S} {past}.", round=2),
    *_frames("modal", "{S} might conceivably {base}.", "{S} could one day {base}.", "{S} would probably {base} given the chance.", round=2),
    *_frames("condition", "Unless the talks collapse, {S} will {base}.", "If and when the embargo lifts, {S} could {base}.", round=2),
    *_frames("condition", "Assuming the financing holds, {S} would {base}.", round=2,
             known_gap='a condition fronted without "if" sets no scope, and its own verb ("holds") is read as a trigger'),
    *_frames("question", "Did {S} in fact {base}?", "Is it true that {S} {past}?", "What if {S} {past}?", round=2),
    *_frames("counterfactual", "{S} could have {pp} had the deal closed.", "If only {S} had {pp}.",
             "Had it not been for the war, {S} would have {pp}.", round=2),
    *_frames("talks", "{S} is mulling {ing}.", "{S} has toyed with the idea of {ing}.", "Discussions about the {noun} are continuing.",
             "{S} has been sounding out partners about {ing}.", planned=True, round=2),
    *_frames("undone", "{S} never got round to {ing}.", "The {noun} never happened.", "{S} abandoned its bid to {base}.",
             "Plans for the {noun} were put on ice.", "{S} has held off {ing}.", round=2),
    *_frames("undone", "A bid by {S} to {base} came to nothing.", round=2,
             known_gap="an exercise's place is read past a bid whose undoing comes after the clause"),
    *_frames("neither nor", "Neither did {S} {base1} nor did it {base2}.", "{S} has not {pp1}, and neither has it {pp2}.", clauses=2, round=2),
    *_frames("far from", "{S} is a long way from {ing}.", "Far from {ing}, {S} is scaling back.", round=2),
    *_frames("party denial", "Opposition media reported that {A}. {D} rejected the report as propaganda.",
             "A leaked cable says {A}. {D} has categorically denied this.", "{V} alleges {A}. Officials in {D} rejected the allegation.", round=2),
    *_frames("list frame", "Among the unconfirmed claims: {A}; {B}; {C}.", "Unverified accounts have {S} {ing}.", clauses=3, round=2),
    *_frames("paragraph frame", "The following has not been verified. {A}. {B}.", "What follows is hearsay. {A}. {B}.",
             "Here is the gossip. {A}. {B}.", clauses=2, scope="paragraph", round=2),
    *_frames("heading frame", "Unverified claims\n\n- {A}\n- {B}", "Hearsay\n\n{A}. {B}.", "Talked about, never confirmed\n\n{A}. {B}.",
             clauses=2, scope="section", round=2),
    *_frames("double negative", "{S} did not shy away from {ing}.", "It cannot be denied that {S} {past}.", "{S} has not refrained from {ing}.",
             "No one denies that {S} {past}.", states=True, round=2),
]
# A third round, written after the second round's fixes
FRAMES += [
    *_frames("rumour", "Scuttlebutt among defence attachés says {S} {past}.", "The buzz at the defence show was that {S} {past}.",
             "Rumour mills in the capital claim {S} {past}.", round=3),
    *_frames("imagery", "Grainy photographs seem to suggest that {S} {past}.", "What appears to be the {noun} was caught on satellite images.",
             round=3),
    *_frames("suspicion", "Officials privately suspect {S} of {ing}.", "{S} is under suspicion of {ing}.", "Suspicion lingers that {S} {past}.",
             round=3),
    *_frames("uncertain", "It is far from clear whether {S} {past}.", "Whether {S} {past} remains an open question.",
             "Opinions differ on whether {S} {past}.", round=3),
    *_frames("modal", "{S} may yet {base}.", "{S} could plausibly {base}.", "{S} would need years to {base}.", round=3),
    *_frames("condition", "Were sanctions to ease, {S} might {base}.", "If funding allows, {S} will {base}.", "In case of war, {S} would {base}.",
             round=3),
    *_frames("question", "Has {S} actually {pp}?", "Could it be that {S} {past}?", "Might {S} {base} next year?", round=3),
    *_frames("counterfactual", "Had the deal gone ahead, {S} would have {pp}.", "{S} might have {pp} but for the coup.", round=3),
    *_frames("talks", "{S} has opened talks on {ing}.", "{S} is reportedly mulling {ing}.", "Officials are weighing the {noun}.",
             "{S} has put out feelers about {ing}.", planned=True, round=3),
    *_frames("undone", "{S} walked back plans to {base}.", "The {noun} was quietly dropped.", "{S} has not got round to {ing}.",
             "Hopes that {S} would {base} were dashed.", "The {noun} is dead in the water.", round=3),
    *_frames("neither nor", "Not once did {S} {base1} or {base2}.", clauses=2, round=3),
    *_frames("far from", "{S} is nowhere close to {ing}.", "Rather than {ing}, {S} stayed neutral.", round=3),
    *_frames("party denial", "Pro-government bloggers claimed that {A}. {D} swiftly denied the report.",
             "An exile group says {A}. {D} has called the claim a fabrication.", "{V} insists {A}; {D} rejects the charge.", round=3),
    *_frames("list frame", "Rumoured, but unconfirmed: {A}; {B}; {C}.", "Reports we could not confirm: {A}; {B}.", clauses=3, round=3),
    *_frames("paragraph frame", "What follows is unconfirmed and may be wrong. {A}. {B}.", "Treat the following as rumour. {A}. {B}.",
             "Take this with a pinch of salt. {A}. {B}.", clauses=2, scope="paragraph", round=3),
    *_frames("heading frame", "Rumour mill\n\n{A}. {B}.", "Not yet confirmed\n\n- {A}\n- {B}", "Unverified sightings\n\n{A}. {B}.",
             clauses=2, scope="section", round=3),
    *_frames("double negative", "{S} did not hold back from {ing}.", "Nobody doubts that {S} {past}.", "It is beyond doubt that {S} {past}.",
             "There is no question that {S} {past}.", states=True, round=3),
]
FAMILIES = sorted({frame.family for frame in FRAMES})
# a heading that ends a section of doubt, before the facts that follow it
RECORD_HEADINGS = ["Confirmed deliveries", "On the record", "What we know", "Background"]
TITLES = ["Arms trade notebook", "Regional defence brief", "The week in security"]
FACT_OPENERS = ["", "", "", "In {year}, ", "Records show that ", "Officially, "]


@dataclass(frozen=True)
class Unit:
    """A framed unit or a factual one, its text's paragraphs and the entities it names."""
    family: str
    template: str
    text: str
    entities: frozenset
    facts: frozenset = field(default_factory=frozenset)  # (type, source, target) a factual unit must give
    framed: bool = True
    scope: str = "sentence"
    known_gap: str = ""
    round: int = 1


@dataclass(frozen=True)
class Passage:
    """One generated passage: its units, its text and the family it was made for."""
    family: str
    text: str
    units: tuple
    sentences: int

    @property
    def expected(self) -> frozenset:
        return frozenset().union(*(unit.facts for unit in self.units))


def _key(source: str, rel_type: str, target: str) -> tuple:
    source, rel_type, target = symmetric(source, rel_type, target)
    return (rel_type, source, target)


def _clause(rng: random.Random, avoid: set, relation: str | None = None) -> tuple[str, Clause]:
    """A clause of ``relation`` (or any kind) sharing no entity with ``avoid``."""
    for _ in range(60):
        kind = relation or rng.choice(sorted(CLAUSES))
        clause = CLAUSES[kind](rng, avoid)
        if not clause.entities & avoid:
            return kind, clause
        relation = None if _ > 20 else relation
    raise ValueError("no clause free of the entities already named")


def _same_subject(rng: random.Random, first: Clause, count: int, avoid: set) -> list[Clause]:
    """``count`` clauses of ``first``'s subject, each naming nothing the others name."""
    clauses = [first]
    while len(clauses) < count:
        used = avoid | set().union(*(c.entities for c in clauses))
        clauses.append(rebound(_clause(rng, used)[1], first.subject))
    return clauses


def _told(clause: Clause, tense: str) -> str:
    if tense == "present":
        return f"{clause.subject} {present(clause)}"
    if tense == "to":
        return f"{clause.subject} to {clause.predicate('base')}"
    return fact(clause)


def _joined(parts: list[str], conj: str) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + f" {conj} " + parts[-1]


def _framed_unit(rng: random.Random, frame: Frame, avoid: set, relation: str) -> Unit:
    _, first = _clause(rng, avoid, relation)
    needs_subject = "{S}" in frame.template or any(f"{{{p}" in frame.template for p in ("past", "base", "pp", "ing"))
    if needs_subject or frame.clauses == 1:
        clauses = _same_subject(rng, first, frame.clauses if needs_subject else 1, avoid)
    else:
        clauses = [first]
        while len(clauses) < frame.clauses:
            clauses.append(_clause(rng, avoid | set().union(*(c.entities for c in clauses)))[1])
    entities = frozenset().union(*(c.entities for c in clauses))
    fills = {"S": first.subject, "noun": "", "V": "", "D": ""}
    for form, name in (("past", "past"), ("base", "base"), ("participle", "pp"), ("gerund", "ing")):
        parts = [c.predicate(form) for c in clauses]
        fills[name], fills[f"{name}_or"] = _joined(parts, "and"), _joined(parts, "or")
        fills.update({f"{name}{i + 1}": part for i, part in enumerate(parts)})
    for letter, clause in zip("ABC", clauses):
        fills[letter] = _told(clause, frame.tense)
    if "{noun}" in frame.template:
        for _ in range(40):
            phrase, names = _noun_phrase(rng, relation, avoid)
            if not names & avoid:
                break
        fills["noun"], entities = phrase, names
    if "{V}" in frame.template:
        fills["V"] = rng.choice([capital for capital, state in VOICES.items() if state not in entities | avoid])
    subject = STATES[first.subject]
    fills["D"] = CAPITALS.get(subject) or capitalised(first.subject)
    text = _sentence_starts_raised(frame.template.format(**fills))
    facts = frozenset(_key(*f) for c in clauses for f in c.facts) if frame.states else frozenset()
    return Unit(frame.family, frame.template, text, entities, facts, not frame.states, frame.scope, frame.known_gap, frame.round)


def _fact_unit(rng: random.Random, avoid: set) -> Unit:
    _, clause = _clause(rng, avoid)
    opener = rng.choice(FACT_OPENERS).format(year=rng.randint(1995, 2024))
    text = capitalised(f"{opener}{fact(clause)}.") if opener else capitalised(fact(clause)) + "."
    return Unit("fact", "", text, clause.entities, frozenset(_key(*f) for f in clause.facts), framed=False)


def _passage(rng: random.Random, family: str, relation: str) -> Passage:
    used: set = set()

    def add(unit: Unit) -> Unit:
        used.update(unit.entities)
        return unit

    frame = rng.choice([f for f in FRAMES if f.family == family])
    main = add(_framed_unit(rng, frame, used, relation))
    sentence_frames = [f for f in FRAMES if f.scope == "sentence" and f.family != "double negative"]
    extra = add(_framed_unit(rng, rng.choice(sentence_frames), used, rng.choice(sorted(CLAUSES)))) if rng.random() < 0.6 else None
    facts = [add(_fact_unit(rng, used)) for _ in range(rng.randint(1, 2) if extra else rng.randint(2, 3))]
    if main.scope == "sentence":
        sentences = [main, *([extra] if extra else []), *facts]
        rng.shuffle(sentences)
        paragraphs = [" ".join(unit.text for unit in sentences)]
    elif main.scope == "paragraph":
        before, after = facts[:1], facts[1:]
        lead = " ".join(unit.text for unit in [*before, *([extra] if extra else [])])
        paragraphs = [lead, main.text, " ".join(unit.text for unit in after)]
    else:
        lead = " ".join(unit.text for unit in [facts[0], *([extra] if extra else [])])
        paragraphs = [rng.choice(TITLES), lead, main.text]
        if facts[1:]:
            paragraphs += [rng.choice(RECORD_HEADINGS), " ".join(unit.text for unit in facts[1:])]
    units = tuple(u for u in (main, extra, *facts) if u)
    text = "\n\n".join(p for p in paragraphs if p)
    sentences = len(re.findall(r"[.?;](?=\s|$)|\n- ", text))
    return Passage(family, text, units, sentences)


def battery(seed: int = 19, size: int = 900) -> list[Passage]:
    """``size`` generated passages, the main frame's family in turn and relation kinds drawn."""
    rng = random.Random(seed)
    return [_passage(rng, FAMILIES[index % len(FAMILIES)], rng.choice(sorted(CLAUSES))) for index in range(size)]


def family_relations(text: str, path: str = "passage.txt") -> set:
    """The deeds (type, source, target) read from ``text`` as facts: no mention, no force's
    state, nothing marked planned."""
    from loaders.extract import default_extractor
    return {
        _key(r.source, r.type, r.target)
        for r in default_extractor().extract_text(text, path).relations
        if r.type not in UNFRAMED_TYPES and not r.properties.get("planned")
    }


def leaks(unit: Unit, found: set) -> set:
    """What ``found`` draws from a framed unit: a relation between two of its entities."""
    return {key for key in found if key[1] in unit.entities and key[2] in unit.entities} if unit.framed else set()


def score(passages: list[Passage], relations=family_relations) -> dict:
    """Per family: framed units and those that leaked; factual units beside the frame and those
    that lost a relation (the double negatives count as their own family's controls)."""
    table: dict = {}
    for passage in passages:
        found = relations(passage.text)
        for unit in passage.units:
            if unit.framed:
                row = table.setdefault(f"{unit.family} (gap)" if unit.known_gap else unit.family, Counter())
                row["framed"] += 1
                row["leaked"] += bool(leaks(unit, found))
                by_round = table.setdefault(f"(round {unit.round})", Counter())
                by_round["framed"] += 1
                by_round["leaked"] += bool(leaks(unit, found))
            else:
                row = table.setdefault(unit.family if unit.family != "fact" else passage.family, Counter())
                row["controls"] += 1
                row["missed"] += bool(unit.facts - found)
    return table


def report(make_battery, relations) -> None:
    """Leaks per 1,000 framed units and control recall, per family and in all (benchmarks/shape_recall.py)."""
    table = score(make_battery(), relations)
    total = sum((row for family, row in table.items() if not family.startswith("(")), Counter())
    for family, row in sorted(table.items()) + [("ALL", total)]:
        rate = 1000 * row["leaked"] / row["framed"] if row["framed"] else 0.0
        recall = 1 - row["missed"] / row["controls"] if row["controls"] else 1.0
        print(f"{family:<16} framed {row['framed']:>5}  leaks {row['leaked']:>4} ({rate:6.1f} per 1000)"
              f"  control recall {recall:.3f} of {row['controls']}")
