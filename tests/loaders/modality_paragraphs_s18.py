"""A generated battery of modality that spans sentences: a claim and its denial in the next
sentence, a paragraph or section governed by a frame written once above it ("According to
unverified reports:", "Scenario:", a heading "Unconfirmed reports"), a question, a condition
set up in one sentence and played out in the next, one side's word rejected by the other, an
"alleged" or "suspected" deed told as a noun, and a paragraph of plans.

Each item holds relation-bearing clauses of every relation type (the clauses of
tests/loaders/modality_battery.py) under such a frame, and most items a factual clause the
frame does not govern: after a new heading, in the next paragraph, before the frame, or after
"In fact," / "What is confirmed is that". The expected outcome is computed from the parts: no
relation among the framed clauses' entities (a plan may give one only marked ``planned``), and
every relation of the factual clause.

>>> items = battery(seed=1, size=30)
>>> len(items) == 30 and all(item.forbidden and not item.forbidden & item.control_entities for item in items)
True
"""
from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field

from tests.loaders.battery_text import capitalised
from tests.loaders.modality_battery import CLAUSES, ORGANIZATIONS, REGIONS, STATES, WEAPONS, Clause, _pick, fact, rebound, symmetric

# Relations that tell no deed: a force's state and a document's mention stand whatever the frame
UNFRAMED_TYPES = {"MENTIONS", "ARMED_FORCE_OF"}
# A state that says or denies: capitals and names, kept apart from the clause's own entities
VOICES = {"Kyiv": "Ukraine", "Moscow": "Russia", "Beijing": "China", "Washington": "United States", "Tehran": "Iran",
          "New Delhi": "India", "Tokyo": "Japan", "Ankara": "Turkey", "Paris": "France", "Hanoi": "Vietnam"}
# a noun for the deed, by clause kind, as a denial or a doubt names it ("No such delivery has been confirmed")
DEED_NOUNS = {
    "SOLD": "delivery", "ACQUIRED": "purchase", "ACQUIRED/received": "delivery", "PRODUCED": "programme", "OPERATES": "deployment",
    "TRANSFERRED_TECHNOLOGY_TO": "transfer", "PARTICIPATED_IN": "participation", "HOSTED": "exercise", "HELD_IN": "exercise",
    "PATROLLED": "patrol", "DRILLED_IN": "drill", "VETOED": "veto", "MEMBER_OF": "accession", "PARTNERS_WITH": "agreement",
    "OPPOSES": "statement", "SANCTIONED": "measures", "CLASHED_WITH": "clash", "LEADS": "initiative",
}


def present(clause: Clause) -> str:
    """The clause's predicate in the present tense of its subject ("sells S-400s to Iran")."""
    head, _, tail = clause.verb.base.partition(" ")
    if head.endswith(("s", "sh", "ch", "x", "o")):
        head += "es"
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        head = head[:-1] + "ies"
    else:
        head += "s"
    return " ".join(part for part in (head, tail, clause.rest) if part)


def told(clause: Clause, tense: str) -> str:
    """The clause as a writer would state it in ``tense`` ("past", "present", "will", "to")."""
    if tense == "past":
        return fact(clause)
    if tense == "present":
        return f"{clause.subject} {present(clause)}"
    return f"{clause.subject} {tense} {clause.predicate('base')}"


@dataclass(frozen=True)
class Frame:
    """A frame over one or two clauses. ``template`` has {A} and {B} for the clauses told in
    ``tense``, {noun} for the first deed's noun, {V} for a voice that is no party of the clause and
    {D} for a party of the first clause (its subject) that denies it. ``paragraph``: the frame
    governs its paragraph, so a control in it after "In fact" is fair; ``section``: it governs
    to the next heading."""
    family: str
    template: str
    tense: str = "past"
    clauses: int = 1
    planned: bool = False
    scope: str = "sentence"  # sentence, paragraph or section
    known_gap: str = ""


def _frames(family: str, *templates: str, **flags) -> list[Frame]:
    return [Frame(family, t, **flags) for t in templates]


CLAIMED = ["Local media said that {A}.", "A regional newspaper reported that {A}.", "A Telegram channel claimed that {A}.",
           "Several outlets reported that {A}.", "According to a blogger, {A}.", "Opposition websites wrote that {A}."]
RETRACTIONS = ["The defence ministry denied the report.", "Officials later denied the story.", "The claim was later withdrawn.",
               "The report was retracted the next day.", "No such {noun} has been confirmed.", "Both governments have since denied this.",
               "This has not been independently verified.", "The story turned out to be false.", "None of this has been confirmed.",
               "The ministry called the report baseless.", "The outlet later withdrew the claim.", "No such {noun} ever took place.",
               "We have seen no evidence either way."]
FRAMES = [
    *[Frame("retracted", f"{claim} {retraction}") for claim in CLAIMED for retraction in RETRACTIONS],
    *_frames("retracted", "Local media said that {A}; the claim was later withdrawn.", "A newspaper reported that {A}, a claim the ministry denied.",
             "It was reported that {A}, but the report was later retracted."),
    *_frames("denied by a party", "{V} says {A}; {D} rejects this.", "{V} claims that {A}. {D} denies it.",
             "According to {V}, {A}. {D} has denied the claim.", "{V} alleges that {A}. {D} dismissed the allegation.",
             "{V} accuses {D} over the {noun}, saying {A}. {D} denies any such {noun}.",
             "{V} and its allies say that {A}. {D} denies {ing}.", "{V} says {A}. {D} has always denied {ing}."),
    *_frames("intro frame", "According to unverified reports: {A}. {B}.", "The following is speculation. {A}. {B}.",
             "Rumours in the region include the following: {A}; {B}.", "What follows is unconfirmed. {A}. {B}.",
             "Some claims circulating online: {A}. {B}.", "Unverified accounts tell the following story. {A}. {B}.",
             clauses=2, scope="paragraph"),
    *_frames("scenario", "Scenario: {A}. {B}.", clauses=2, tense="present", scope="paragraph",
             known_gap='a "Scenario:" label covers its own sentence only: real scenario paragraphs go on to tell the facts they weigh'),
    *_frames("scenario", "Consider the following scenario. {A}. {B}.", "Hypothetically, suppose the embargo ends. {A}. {B}.",
             "Imagine the talks succeed. {A}. {B}.", "Suppose the sanctions are lifted. Then {A}. {B}.",
             "Picture a war in 2035. {A}. {B}.", "Let us assume the regime falls. In that case {A}, and {B}.",
             clauses=2, tense="present", scope="paragraph"),
    *_frames("condition", "If the talks succeed, several things follow. {A}. {B}.", "Should the ceasefire fail, the consequences are clear. {A}. {B}.",
             "Assume the treaty collapses. {A}, and {B}.", clauses=2, tense="will", planned=True, scope="paragraph"),
    *_frames("heading frame", "Unconfirmed reports\n\n{A}. {B}.", "Rumours\n\n{A}. {B}.", "Speculation\n\n{A}. {B}.",
             "Claims we could not verify\n\n- {A}\n- {B}", "Unconfirmed reports\n\n- {A}\n- {B}", "Alleged deliveries and deals\n\n- {A}\n- {B}",
             "Unverified claims\n\n{A}. {B}.", clauses=2, scope="section"),
    *_frames("heading frame", "What might happen next\n\n- {A}\n- {B}", "Options under consideration\n\n- {A}\n- {B}",
             clauses=2, tense="to", planned=True, scope="section"),
    *_frames("heading frame", "Possible scenarios\n\n- {A}\n- {B}", clauses=2, tense="to", planned=True, scope="section",
             known_gap="a scenario heading governs nothing: real scenario sections tell facts beside their cases"),
    *_frames("question", "Did {Q}? Nobody can say for sure.", "Did {Q}? The evidence is thin.", "Has {Qp}? Officials will not say.",
             "Did {Q}?\n\nAnalysts are divided.", "Q: Did {Q}?\nA: We have no information on that."),
    *_frames("nominal", "The alleged {nominal} drew protests.", "Officials discussed the purported {nominal}.",
             "The suspected {nominal} remains a mystery.", "Nobody has explained the rumoured {nominal}.",
             "The reported {nominal} has been questioned.", "The so-called {nominal} was never documented."),
    *_frames("plan paragraph", "Next year, {A}. It will also {b}.", "Looking ahead, {A}. After that, it will {b}.",
             "Under the new programme, {A}. It will then {b}.", "The plan for the next decade is ambitious. {A}, and it will {b}.",
             tense="will", clauses=2, planned=True, scope="paragraph"),
]
FAMILIES = sorted({frame.family for frame in FRAMES})
# Ways the factual clause stands apart from the frame, and whether a frame of each scope leaves it free
CONTROL_PLACEMENTS = {"none": set(), "next paragraph": {"sentence", "paragraph"}, "new heading": {"sentence", "paragraph", "section"},
                      "in fact": {"sentence", "paragraph"}, "confirmed": {"sentence", "paragraph"}, "before": {"sentence", "paragraph", "section"}}
TITLES = ["Regional security notes", "Defence digest", "Arms and alliances: a weekly brief"]
NEW_HEADINGS = ["Confirmed deliveries", "What is known", "Background", "The record"]


def _noun_phrase(rng: random.Random, relation: str, avoid: set) -> tuple[str, frozenset]:
    """A deed told as a noun ("sale of S-400s to Iran by Russia") and the entities it names."""
    def state():
        surface, name = _pick(rng, STATES, avoid | chosen)
        chosen.add(name)
        return surface, name
    chosen: set = set()
    first, a = state()
    second, b = state()
    weapon = rng.choice(WEAPONS)
    region, r = _pick(rng, REGIONS, avoid)
    org, o = _pick(rng, ORGANIZATIONS, avoid)
    kind = relation.split("/")[0]
    shapes = {
        "SOLD": (f"sale of {weapon}s to {second} by {first}", {a, b, weapon}),
        "ACQUIRED": (f"purchase of {weapon}s by {first} from {second}", {a, b, weapon}),
        "OPERATES": (f"deployment of {weapon}s by {first}", {a, weapon}),
        "PRODUCED": (f"development of the {weapon} by {first}", {a, weapon}),
        "TRANSFERRED_TECHNOLOGY_TO": (f"transfer of {weapon} technology from {first} to {second}", {a, b, weapon}),
        "MEMBER_OF": (f"accession of {first} to {org}", {a, o}),
        "PATROLLED": (f"joint patrol by {first} and {second} over {region}", {a, b, r}),
        "DRILLED_IN": (f"naval drills by {first} in {region}", {a, r}),
        "SANCTIONED": (f"sanctions imposed by {first} on {second}", {a, b}),
        "PARTNERS_WITH": (f"strategic partnership between {first} and {second}", {a, b}),
        "CLASHED_WITH": (f"border clash between {first} and {second}", {a, b}),
    }
    phrase, names = shapes.get(kind, shapes["SOLD"])
    return phrase, frozenset(names)


@dataclass(frozen=True)
class Item:
    """One generated text: no relation among ``forbidden`` entities may come of it (but planned
    ones where ``planned`` allows them), and the factual clause's ``expected`` relations must."""
    text: str
    shape: str
    frame: str
    relation: str
    placement: str
    forbidden: frozenset
    expected: frozenset = field(default_factory=frozenset)  # (type, source, target)
    control_entities: frozenset = field(default_factory=frozenset)
    planned: bool = False
    known_gap: str = ""


def _control(rng: random.Random, avoid: set) -> Clause:
    """A factual clause that shares no entity with the framed ones."""
    while True:
        clause = CLAUSES[rng.choice(sorted(CLAUSES))](rng, avoid)
        if not clause.entities & avoid:
            return clause


def _subject_of(clause: Clause) -> str:
    return STATES[clause.subject]


def _framed_text(rng: random.Random, frame: Frame, relation: str) -> tuple[str, frozenset]:
    """The frame filled with generated clauses, and the entities they name."""
    first = CLAUSES[relation](rng, set())
    if frame.family == "nominal":
        phrase, names = _noun_phrase(rng, relation, set())
        return frame.template.format(nominal=phrase), names
    second = rebound(CLAUSES[rng.choice(sorted(CLAUSES))](rng, {_subject_of(first)}), first.subject) if "{b}" in frame.template else (
        CLAUSES[rng.choice(sorted(CLAUSES))](rng, set(first.entities)))
    entities = first.entities | (second.entities if "{B}" in frame.template or "{b}" in frame.template else frozenset())
    voice_surface = ""
    if "{V}" in frame.template:
        voice_surface, _ = _pick(rng, VOICES, set(first.entities))  # no party of the claim, so not forbidden
    fills = {
        "A": told(first, frame.tense), "B": told(second, frame.tense), "b": second.predicate("base"), "ing": first.predicate("gerund"),
        "noun": DEED_NOUNS[relation], "V": voice_surface, "D": capitalised(first.subject),
        "Q": f"{first.subject} {first.predicate('base')}", "Qp": f"{first.subject} {first.predicate('participle')}",
    }
    text = _sentence_starts_raised(frame.template.format(**fills))
    if frame.scope == "section":  # a section's heading under the document's title (a title frames nothing)
        text = f"{rng.choice(TITLES)}\n\n{text}"
    return text, entities


def _sentence_starts_raised(text: str) -> str:
    """Each sentence, list entry and line opening with a capital ("the United States" at a start)."""
    out, raise_next = [], True
    for index, char in enumerate(text):
        if raise_next and char.isalpha():
            char, raise_next = char.upper(), False
        elif char in ".?:;\n" or (char == "-" and (index == 0 or text[index - 1] == "\n")):
            raise_next = char != ";"
        out.append(char)
    return "".join(out)


def _placed(rng: random.Random, framed: str, frame: Frame, placement: str, control: Clause) -> str:
    statement = capitalised(fact(control)) + "."
    if placement == "next paragraph":
        return f"{framed}\n\n{statement}"
    if placement == "new heading":
        return f"{framed}\n\n{rng.choice(NEW_HEADINGS)}\n\n{statement}"
    if placement == "in fact":
        return f"{framed} In fact, {fact(control)}."
    if placement == "confirmed":
        return f"{framed} What is confirmed is that {fact(control)}."
    if placement == "before":
        if frame.scope == "section":
            return f"{rng.choice(NEW_HEADINGS)}\n\n{statement}\n\n{framed}"
        return f"{statement}\n\n{framed}" if frame.scope == "paragraph" else f"{statement} {framed}"
    return framed


def battery(seed: int = 18, size: int = 1000) -> list[Item]:
    """``size`` generated items, families in turn, relation kinds and control placements drawn."""
    rng = random.Random(seed)
    items = []
    for index in range(size):
        family = FAMILIES[index % len(FAMILIES)]
        frame = rng.choice([f for f in FRAMES if f.family == family])
        relation = rng.choice(sorted(CLAUSES))
        framed, forbidden = _framed_text(rng, frame, relation)
        placement = rng.choice([p for p, scopes in CONTROL_PLACEMENTS.items() if not scopes or frame.scope in scopes])
        expected, control_entities = frozenset(), frozenset()
        if placement != "none":
            control = _control(rng, set(forbidden))
            expected = frozenset((t, s, o) for s, t, o in (symmetric(s, t, o) for s, t, o in control.facts))
            control_entities = control.entities
            framed = _placed(rng, framed, frame, placement, control)
        if not framed.endswith((".", "?")) and "\n- " not in framed.rsplit("\n\n", 1)[-1]:
            framed += "."
        items.append(Item(framed, family, frame.template, relation, placement, forbidden, expected, control_entities, frame.planned, frame.known_gap))
    return items


def family_relations(text: str, path: str = "note.txt") -> set:
    """The deeds (type, source, target) read from ``text`` as facts: no mention, no force's
    state, nothing marked planned."""
    from loaders.extract import default_extractor
    return {
        (r.type, *symmetric(r.source, r.type, r.target)[::2])
        for r in default_extractor().extract_text(text, path).relations
        if r.type not in UNFRAMED_TYPES and not r.properties.get("planned")
    }


@dataclass
class Outcome:
    leaks: set = field(default_factory=set)
    misses: set = field(default_factory=set)


def check(item: Item, found: set) -> Outcome:
    """What the relations ``found`` in ``item.text`` leak (both ends among the framed entities) and miss."""
    return Outcome({key for key in found if key[1] in item.forbidden and key[2] in item.forbidden}, set(item.expected - found))


def score(items: list[Item], relations=family_relations) -> dict:
    """Per family: items, items that leaked, controls, controls with a relation missed."""
    table: dict = {}
    for item in items:
        outcome = check(item, relations(item.text))
        row = table.setdefault(f"{item.shape} (gap)" if item.known_gap else item.shape, Counter())  # a frame marked as not handled yet
        row["items"] += 1
        row["leaked"] += bool(outcome.leaks)
        row["controls"] += bool(item.expected)
        row["missed"] += bool(outcome.misses)
    return table


def report(make_battery, relations) -> None:
    """Leaks per 1,000 framed items and control recall, per family and in all (benchmarks/shape_recall.py)."""
    table = score(make_battery(), relations)
    total = sum(table.values(), Counter())
    for family, row in sorted(table.items()) + [("ALL", total)]:
        recall = 1 - row["missed"] / row["controls"] if row["controls"] else 1.0
        print(f"{family:<18} items {row['items']:>5}  leaks {row['leaked']:>4} ({1000 * row['leaked'] / row['items']:6.1f} per 1000)"
              f"  control recall {recall:.3f} of {row['controls']}")
