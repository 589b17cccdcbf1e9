"""Generated parenthetical insertions and appositions in factual clauses (session 18), with near-miss controls.

Analyst text breaks its clauses with brackets and asides: a local name "(K9 VIDAR)", a NATO reporting name, an
abbreviation "(SCO)", a count "(24 units)", a year "(2019)", a remark "(then the world's largest)", a citation mark
"[3]", a pointer "(see table 2)", an em-dash aside "— a deal worth $2bn —", an apposition ", a former Soviet
republic,". None of these changes what the clause tells.

Each item is a clause built from parts (a sale, an acquisition, an operator, a membership, an exercise, a joint
patrol, a veto) with one insertion placed at one of its slots (after the system, after a state, after the
organization, after the exercise, at the end). The relations it must give are computed from the parts of the clause
without the insertion, never written per item. Near-miss controls (shape name starting ``control_``): an insertion
that carries doubt about the deed or denies it ("(reportedly)", "(never delivered)", "(the deal was later
cancelled)") gives nothing of the family; a bracket naming another state ("(also sought by Egypt)") must not make
that state a party. Every sentence is written for the battery.
"""
from __future__ import annotations

import random

from tests.loaders.battery_text import ParagraphItem as Item

FAMILY = {"SOLD", "ACQUIRED", "OPERATES", "MEMBER_OF", "PARTICIPATED_IN", "PATROLLED", "VETOED"}

# (canonical system, as written with its count noun, a local name, a NATO reporting name or None)
SYSTEMS = [("K9 Thunder", "K9 Thunder howitzers", "K9 VIDAR", None),
           ("S-400", "S-400 systems", "Triumf", "SA-21 Growler"),
           ("Pinaka", "Pinaka rocket launchers", "Pinaka Mk II", None),
           ("Rafale", "Rafale fighters", "Rafale DH", None),
           ("Su-30MKI", "Su-30MKI fighters", "Flanker-H", "Flanker-H"),
           ("T-90", "T-90 tanks", "T-90 Vladimir", None)]
SELLERS = ["Russia", "France", "South Korea", "Germany", "Israel"]
BUYERS = ["Norway", "India", "Egypt", "Algeria", "Vietnam", "Turkey", "Poland", "Indonesia"]
# (force as written, canonical force)
FORCES = [("the Indian Air Force", "Indian Air Force"), ("the Egyptian Air Force", "Egyptian Air Force"),
          ("the Algerian Air Force", "Algerian Air Force"), ("the Vietnam People's Air Force", "Vietnam People's Air Force")]
# (organization as written, canonical, abbreviation)
ORGANIZATIONS = [("the Shanghai Cooperation Organisation", "Shanghai Cooperation Organisation", "SCO"),
                 ("the Collective Security Treaty Organization", "Collective Security Treaty Organization", "CSTO"),
                 ("the Association of Southeast Asian Nations", "Association of Southeast Asian Nations", "ASEAN")]
MEMBERS = ["Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Armenia", "Belarus"]
EXERCISES = ["Vostok-2018", "Tsentr-2019", "Zapad-2021", "Kavkaz-2020"]
PATROL_PAIRS = [("Russia", "China")]
SEAS = ["Sea of Japan", "East China Sea", "South China Sea"]
VETOERS = ["Russia", "China", "United States"]
SUBJECTS = ["Syria", "Ukraine", "Myanmar", "Venezuela"]
OTHERS = ["Egypt", "Greece", "Qatar", "Chile", "Morocco", "Peru"]
YEARS = list(range(2001, 2023))


# clause -> (template with slots {st} after the first state, {sy} after the system, {or} after the organization,
#            {ex} after the exercise, {end} before the full stop; the relations from the parts)
CLAUSES = {
    "sold": ("{Seller}{st} sold {n} {systems}{sy} to {Buyer} in {yr}{end}.",
             lambda p: {("SOLD", p["Seller"], p["system"]), ("ACQUIRED", p["Buyer"], p["system"])}),
    "bought_from": ("{Buyer}{st} bought {n} {systems}{sy} from {Seller} in {yr}{end}.",
                    lambda p: {("SOLD", p["Seller"], p["system"]), ("ACQUIRED", p["Buyer"], p["system"])}),
    "possessive_bought": ("{Buyer}'s {n} {systems}{sy}, bought from {Seller} in {yr}, entered service last year{end}.",
                          lambda p: {("SOLD", p["Seller"], p["system"]), ("ACQUIRED", p["Buyer"], p["system"])}),
    "operates": ("{Force}{st} operates {n} {systems}{sy} from two bases in the north{end}.",
                 lambda p: {("OPERATES", p["force"], p["system"])}),
    "member_of": ("{Member}{st} is a member of {org}{or}{end}.", lambda p: {("MEMBER_OF", p["Member"], p["org_c"])}),
    "joined": ("{Member}{st} joined {org}{or} in {yr}{end}.", lambda p: {("MEMBER_OF", p["Member"], p["org_c"])}),
    "took_part": ("{Member}{st} took part in {Exercise}{ex} with {n2} troops{end}.",
                  lambda p: {("PARTICIPATED_IN", p["Member"], p["Exercise"])}),
    "joint_patrol": ("{P1}{st} and {P2} held a joint naval patrol in the {Sea} in {yr}{end}.",
                     lambda p: {("PATROLLED", p["P1"], p["Sea"]), ("PATROLLED", p["P2"], p["Sea"])}),
    "vetoed": ("{Vetoer}{st} vetoed the draft resolution on {Subject} in {yr}{end}.",
               lambda p: {("VETOED", p["Vetoer"], p["Subject"])}),
}
TRANSFERS = {"sold", "bought_from", "possessive_bought"}
WITH_SYSTEM = TRANSFERS | {"operates"}

# insertion -> (slots it may take, how it is written from the parts); a leading space or comma is part of it
INSERTIONS = {
    "local_name": ({"sy"}, lambda p: f" ({p['local']})"),
    "nato_name": ({"sy"}, lambda p: f" (NATO: {p['nato']})" if p["nato"] else f" ({p['local']})"),
    "abbreviation": ({"or"}, lambda p: f" ({p['abbr']})"),
    "count": ({"sy"}, lambda p: f" ({p['n3']} units)"),
    "year": ({"st", "sy", "or", "ex"}, lambda p: f" ({p['yr0']})"),
    "remark": ({"sy", "ex"}, lambda p: " (then the world's largest)"),
    "citation": ({"st", "sy", "or", "ex", "end"}, lambda p: " [3]"),
    "see_table": ({"sy", "end"}, lambda p: " (see table 2)"),
    "dash_aside": ({"st", "sy"}, lambda p: " — a deal worth $2bn —" if p["clause"] in TRANSFERS
                   else " — long a close partner of Moscow —"),
    "apposition": ({"st"}, lambda p: ", a former Soviet republic," if p["clause"] in {"member_of", "joined", "took_part"}
                   else ", long one of the region's larger powers,"),
}
# controls: (clauses they apply to, slots, insertion, whether the family's relations of the clause remain)
CONTROLS = {
    "reportedly": (set(CLAUSES), {"st", "end"}, lambda p: " (reportedly)", False),
    "unconfirmed": (set(CLAUSES), {"end", "sy"}, lambda p: " (unconfirmed)", False),
    "never_delivered": (TRANSFERS, {"sy", "end"}, lambda p: " (never delivered)", False),
    "later_cancelled": (TRANSFERS, {"end"}, lambda p: " (the deal was later cancelled)", False),
    "second_state": (WITH_SYSTEM, {"sy"}, lambda p: f" (also sought by {p['Other']})", True),
}
SLOT_NAMES = {"st": "after_state", "sy": "after_system", "or": "after_org", "ex": "after_exercise", "end": "at_end"}


def _slots(template: str) -> set[str]:
    return {s for s in SLOT_NAMES if "{" + s + "}" in template}


def _draw(rng: random.Random, clause: str) -> dict:
    system, systems, local, nato = rng.choice(SYSTEMS)
    force_written, force = rng.choice(FORCES)
    org_written, org, abbr = rng.choice(ORGANIZATIONS)
    p1, p2 = rng.choice(PATROL_PAIRS)
    yr = rng.choice(YEARS)
    return dict(clause=clause, system=system, systems=systems, local=local, nato=nato, Seller=rng.choice(SELLERS),
                Buyer=rng.choice(BUYERS), Force=force_written[0].upper() + force_written[1:], force=force,
                org=org_written, org_c=org, abbr=abbr, Member=rng.choice(MEMBERS), Exercise=rng.choice(EXERCISES),
                P1=p1, P2=p2, Sea=rng.choice(SEAS), Vetoer=rng.choice(VETOERS), Subject=rng.choice(SUBJECTS),
                Other=rng.choice(OTHERS), yr=yr, yr0=yr - rng.choice((1, 2, 3)), n=rng.choice(["24", "12", "36"]),
                n2=rng.choice(["300", "1,200"]), n3=rng.choice(["18", "24", "48"]))


def _text(template: str, parts: dict, slot: str = "", insertion: str = "") -> str:
    fill = {s: "" for s in SLOT_NAMES}
    if slot:
        fill[slot] = insertion
    return template.format(**parts, **fill)


def battery(seed: int = 18, per_shape: int = 3) -> list[Item]:
    """Per insertion and slot, ``per_shape`` items over every clause that has the slot (shape ``<insertion>@<slot>``)."""
    rng = random.Random(seed)
    items = []
    for clause, (template, expect) in CLAUSES.items():
        slots = _slots(template)
        for kind, (kind_slots, write) in INSERTIONS.items():
            for slot in sorted(kind_slots & slots):
                for _ in range(per_shape):
                    parts = _draw(rng, clause)
                    items.append(Item(f"{kind}@{SLOT_NAMES[slot]}", _text(template, parts, slot, write(parts)),
                                      frozenset(expect(parts))))
        for kind, (clauses, kind_slots, write, keeps) in CONTROLS.items():
            if clause not in clauses:
                continue
            for slot in sorted(kind_slots & slots):
                for _ in range(per_shape):
                    parts = _draw(rng, clause)
                    items.append(Item(f"control_{kind}@{SLOT_NAMES[slot]}", _text(template, parts, slot, write(parts)),
                                      frozenset(expect(parts)) if keeps else frozenset()))
    return items


def bare_battery(seed: int = 18, per_shape: int = 3) -> list[Item]:
    """The clauses without any insertion, to tell a gap of the clause itself from one the insertion makes."""
    rng = random.Random(seed)
    return [Item(f"bare_{clause}", _text(template, parts := _draw(rng, clause)), frozenset(expect(parts)))
            for clause, (template, expect) in CLAUSES.items() for _ in range(per_shape)]


def family_relations(text: str, path: str = "paragraph.txt") -> set:
    from loaders.extract import default_extractor
    from loaders.readers import read_bytes

    document = read_bytes(text.encode("utf-8"), path)
    return {(r.type, r.source, r.target) for r in default_extractor().extract_document(document).relations
            if r.type in FAMILY}


def report(battery_fn, relations_fn) -> None:
    """Recall and false relations per shape, and per clause, over the bare clauses and the battery."""
    from collections import Counter
    found, wanted, false = Counter(), Counter(), Counter()
    for item in bare_battery() + battery_fn():
        got = relations_fn(item.text)
        for key in (item.shape, "clause:" + _clause_of(item.text)):
            wanted[key] += len(item.expected) or 1
            found[key] += len(got & item.expected)
            false[key] += len(got - item.expected)
    for key in sorted(wanted):
        print(f"{key:<32} recall {found[key] / wanted[key]:.2f}  false {false[key]}")
    positive = [k for k in wanted if not k.startswith(("clause:", "control_"))]
    print(f"{'ALL positive':<32} recall {sum(found[k] for k in positive) / sum(wanted[k] for k in positive):.2f}  "
          f"false {sum(false[k] for k in positive)}")
    print(f"{'ALL control':<32} false {sum(false[k] for k in wanted if k.startswith('control_'))}")


def _clause_of(text: str) -> str:
    words = {"possessive_bought": ", bought from", "sold": " sold ", "bought_from": " bought ", "operates": " operates ",
             "member_of": " is a member of ", "joined": " joined ", "took_part": " took part in ",
             "joint_patrol": "joint naval patrol", "vetoed": " vetoed "}
    return next((c for c, w in words.items() if w in text), "?")
