"""Generated transfer, operator and production shapes by other writers (session 17), with near-miss controls.

Beyond transfer_shapes.py: ditransitive and possessive sales, nominal deliveries to an armed force, the
seller named only after a list, "X-built" kit in operator sentences, operation by "flies", "fields",
"in service with", "the X Navy's Y", "X's fleet of Y", a ship named after its class, licence production and
technology transfer. Every item's expected relations are computed from its parts; a control expects
nothing of the family. `allowed` holds relations an item may give without being wrong (a reading the
guidelines leave open), neither required nor counted false.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

FAMILY = {"SOLD", "ACQUIRED", "OPERATES", "PRODUCED", "TRANSFERRED_TECHNOLOGY_TO"}

# (canonical name, demonym) of states that sell, build or license
MAKERS = [("Russia", "Russian"), ("France", "French"), ("China", "Chinese"), ("Israel", "Israeli"),
          ("Germany", "German")]
BUYERS = ["India", "Egypt", "Vietnam", "Algeria", "Indonesia", "Myanmar", "Malaysia"]
# (armed force, its state)
FORCES = [("PLA Air Force", "China"), ("Indian Navy", "India"), ("Pakistan Navy", "Pakistan"),
          ("Vietnam People's Air Force", "Vietnam"), ("Bangladesh Navy", "Bangladesh")]
NAVIES = ["Indian Navy", "Pakistan Navy", "Bangladesh Navy", "PLA Navy", "Vietnam People's Navy"]
# (canonical system, a plural the way writers count it)
SYSTEMS = [("Su-35", "Su-35 fighters"), ("S-400", "S-400 batteries"), ("Kilo-class submarine", "Kilo-class submarines"),
           ("Rafale", "Rafale jets"), ("T-90", "T-90 tanks"), ("MiG-29", "MiG-29s"), ("Mi-17", "Mi-17 helicopters"),
           ("Type 054A frigate", "Type 054A frigates")]
# (class, a ship's prefix) for a ship named after its class
CLASSES = [("Talwar-class frigate", "INS"), ("Kilo-class submarine", "INS"), ("Type 054A frigate", ""),
           ("Steregushchiy-class corvette", "")]
# (lead ship's name, kind) of classes named after their lead ship: the ship named alone stands for its class
LEAD_SHIPS = [("Admiral Gorshkov", "frigate"), ("Steregushchiy", "corvette"), ("Udaloy", "destroyer"),
              ("Talwar", "frigate"), ("Sovremenny", "destroyer")]
SHIP_NAMES = ["Tabar", "Sindhuratna", "Hengyang", "Soobrazitelny", "Trikand", "Xuchang"]
COUNTS = ["two", "four", "eight", "twelve", "24"]
YEARS = [str(y) for y in range(1996, 2024)]


def _sale(x, y, w):
    return {("SOLD", x, w), ("ACQUIRED", y, w)}


SHAPES = {
    # -- transfers told from either side
    "ditransitive": ("{x} {give} {y} {n} {wp} in {yr}.", lambda p: _sale(p.x, p.y, p.w)),
    "poss_purchase": ("{y}'s purchase of {n} {wp} from {x} was completed in {yr}.", lambda p: _sale(p.x, p.y, p.w)),
    "poss_buyer_only": ("{y}'s purchase of {wp} in {yr} strengthened its defences.",
                        lambda p: {("ACQUIRED", p.y, p.w)}),
    "poss_acq_from": ("{y}'s acquisition from {x} of {n} {wp} was finalised in {yr}.", lambda p: _sale(p.x, p.y, p.w)),
    "nominal_sale": ("The sale of the {w} to {y} was approved by {x} in {yr}.", lambda p: _sale(p.x, p.y, p.w)),
    "seller_poss_sale": ("{x}'s sale of {wp} to {y} in {yr} drew protests.", lambda p: _sale(p.x, p.y, p.w)),
    "deliveries_force": ("{x} completed deliveries of {wp} to the {force} in {yr}.",
                         lambda p: {("SOLD", p.x, p.w), ("ACQUIRED", p.force, p.w)}),
    "nominal_deliveries": ("Deliveries of {wp} from {x} to the {force} began in {yr}.",
                           lambda p: {("SOLD", p.x, p.w), ("ACQUIRED", p.force, p.w)}),
    "took_delivery_first": ("{y} took delivery of its first {wp} from {x} in {yr}.", lambda p: _sale(p.x, p.y, p.w)),
    "received_from": ("{y} received {n} {wp} from {x} in {yr}.", lambda p: _sale(p.x, p.y, p.w)),
    "bought_from": ("In {yr}, {y} bought {n} {wp} from {x}.", lambda p: _sale(p.x, p.y, p.w)),
    "supplied_with_by": ("{y} was supplied with {wp} by {x} in {yr}.", lambda p: _sale(p.x, p.y, p.w)),
    "ordered_from": ("{y} ordered {n} {wp} from {x} in {yr}.", lambda p: _sale(p.x, p.y, p.w)),
    "seller_after_list": ("In {yr}, {y} bought {w2p}, {n} {wp} and four {w3p} from {x}.",
                          lambda p: _sale(p.x, p.y, p.w) | _sale(p.x, p.y, p.w2) | _sale(p.x, p.y, p.w3)),
    "passive_ditransitive": ("{y} was {given} {n} {wp} by {x} in {yr}.", lambda p: _sale(p.x, p.y, p.w)),
    "force_list_from": ("The {force} received {w2p}, {wp} and four {w3p} from {x} between {yr} and {yr2}.",
                        lambda p: {("SOLD", p.x, w) for w in (p.w, p.w2, p.w3)} | {("ACQUIRED", p.force, w) for w in (p.w, p.w2, p.w3)}),
    "order_then_delivery": ("{y} ordered the {w} from {x} in {yr}, and the first units were delivered in {yr2}.",
                            lambda p: _sale(p.x, p.y, p.w)),
    "supplied_poss_by": ("{y}'s {wp} were supplied by {x} in {yr}.", lambda p: _sale(p.x, p.y, p.w)),
    "handed_over_force": ("{x} handed over {n} {wp} to the {force} in {yr}.",
                          lambda p: {("SOLD", p.x, p.w), ("ACQUIRED", p.force, p.w)}),
    "seller_poss_deliveries": ("{x}'s deliveries of {wp} to {y} ended in {yr}.", lambda p: _sale(p.x, p.y, p.w)),
    "pairs_respectively": ("In {yr}, {x} exported {n} {wp} to {y} and four {w2p} to {y2}.",
                           lambda p: _sale(p.x, p.y, p.w) | _sale(p.x, p.y2, p.w2)),
    "among_imported": ("Among the weapons {y} imported from {x} in {yr} were {wp} and {w2p}.",
                       lambda p: _sale(p.x, p.y, p.w) | _sale(p.x, p.y, p.w2)),
    "buyer_relative": ("{y}, which bought {wp} from {x} in {yr}, now wants more.", lambda p: _sale(p.x, p.y, p.w)),
    "supplied_adjective": ("{y} deploys {dem}-supplied {wp} along its coast.",
                           lambda p: _sale(p.x, p.y, p.w) | {("OPERATES", p.y, p.w)}),
    # -- operators, with the maker named in the description
    "built_operates": ("The {force} operates {n} {dem}-built {wp}.",
                       lambda p: {("OPERATES", p.force, p.w), ("PRODUCED", p.x, p.w)}),
    "made_in_service": ("{dem}-made {wp} are in service with the {force}.",
                        lambda p: {("OPERATES", p.force, p.w), ("PRODUCED", p.x, p.w)}),
    "flies": ("{y} flies {n} {wp}.", lambda p: {("OPERATES", p.y, p.w)}),
    "fields": ("Today {y} fields {n} {wp}.", lambda p: {("OPERATES", p.y, p.w)}),
    "in_service_with": ("{wp} have been in service with the {force} since {yr}.",
                        lambda p: {("OPERATES", p.force, p.w)}),
    "force_poss": ("The {force}'s {wp} took part in the parade in {yr}.", lambda p: {("OPERATES", p.force, p.w)}),
    "fleet_of": ("{y}'s fleet of {n} {wp} is ageing.", lambda p: {("OPERATES", p.y, p.w)}),
    "built_of_force": ("The {dem}-built {wp} of the {force} sailed in {yr}.",
                       lambda p: {("OPERATES", p.force, p.w), ("PRODUCED", p.x, p.w)}),
    "operated_by": ("{wp} operated by the {force} took part in the {yr} parade.",
                    lambda p: {("OPERATES", p.force, p.w)}),
    "in_inventory": ("{y} has {n} {wp} in its inventory.", lambda p: {("OPERATES", p.y, p.w)}),
    "serve_with": ("{n} {wp} serve with the {force}.", lambda p: {("OPERATES", p.force, p.w)}),
    "force_which_flies": ("The {force}, which flies {wp}, trained with {y} in {yr}.",
                          lambda p: {("OPERATES", p.force, p.w)}),
    "of_force": ("{n} {wp} of the {force} flew over the strait in {yr}.", lambda p: {("OPERATES", p.force, p.w)}),
    "force_modifier": ("{force} {wp} took part in the {yr} parade.", lambda p: {("OPERATES", p.force, p.w)}),
    "class_ship_of_navy": ("The {cls} {ship} of the {navy} docked at Colombo in {yr}.", lambda p: {("OPERATES", p.navy, p.cls)}),
    "ship_by_lead_name": ("The {navy}'s {kind} {lead} docked at Colombo in {yr}.",
                          lambda p: {("OPERATES", p.navy, p.lead_class)}),
    "ship_by_class": ("The {force}'s {cls} {ship} docked at Colombo in {yr}.",
                      lambda p: {("OPERATES", p.force, p.cls)}),
    # -- facts told as answers on a question-and-answer sheet
    "qa_seller": ("Q{k}. Which country sold the {w} to {y}?\nA{k}. {x}, in {yr}.", lambda p: _sale(p.x, p.y, p.w)),
    "qa_operator": ("Q: Which navy operates the {cls}?\nA: The {navy}.", lambda p: {("OPERATES", p.navy, p.cls)}),
    # -- licence production and technology transfer
    "under_licence": ("{y} builds {wp} under licence from {x}.",
                      lambda p: {("TRANSFERRED_TECHNOLOGY_TO", p.x, p.y), ("PRODUCED", p.y, p.w)}),
    "with_tot": ("{y} produced {n} {wp} with transfer of technology from {x} in {yr}.",
                 lambda p: {("TRANSFERRED_TECHNOLOGY_TO", p.x, p.y), ("PRODUCED", p.y, p.w)}),
    "tot_nominal": ("The {yr} deal gave {y} a transfer of technology from {x} for the {w}.",
                    lambda p: {("TRANSFERRED_TECHNOLOGY_TO", p.x, p.y)}),
    "licensed_to_build": ("{x} licensed {y} to build {wp} in {yr}.",
                          lambda p: {("TRANSFERRED_TECHNOLOGY_TO", p.x, p.y)}),
    "helped_develop": ("{x} helped {y} develop the {w} in the {decade}s.",
                       lambda p: {("TRANSFERRED_TECHNOLOGY_TO", p.x, p.y), ("PRODUCED", p.y, p.w)}),
    "licence_agreement": ("{y} manufactures {wp} under a {yr} licence agreement with {x}.",
                          lambda p: {("TRANSFERRED_TECHNOLOGY_TO", p.x, p.y), ("PRODUCED", p.y, p.w)}),
    "licence_built_in": ("{wp} built in {y} under licence from {x} entered service in {yr}.",
                         lambda p: {("TRANSFERRED_TECHNOLOGY_TO", p.x, p.y), ("PRODUCED", p.y, p.w)}),
    "co_developed": ("{x} and {y} co-developed the {w} in the {decade}s.",
                     lambda p: {("PRODUCED", p.x, p.w), ("PRODUCED", p.y, p.w)}),
    # -- near misses: nothing of the family
    "control_offered_ditransitive": ("{x} offered {y} {n} {wp} in {yr}.", lambda p: set()),
    "control_turned_down": ("{y} turned down {x}'s offer of {n} {wp} in {yr}.", lambda p: set()),
    "control_considering": ("{y} is considering the {w} from {x}.", lambda p: set()),
    "control_denied_buying": ("{y} denied buying {wp} from {x} in {yr}.", lambda p: set()),
    "control_offer_refused": ("{x} offered {wp} to {y} in {yr}, but {y} chose another bid.", lambda p: set()),
    "control_negotiating": ("{x} and {y} are negotiating the sale of {n} {wp}.", lambda p: set()),
    "control_plans": ("{y} plans to buy {n} {wp} from {x}.", lambda p: set()),
    "control_may": ("{y} may acquire {wp} from {x} next year.", lambda p: set()),
    "control_denied": ("{x} denied that it had sold {wp} to {y}.", lambda p: set()),
    "control_tender": ("{y} opened a tender for {n} fighters in {yr}; the {w} from {x} is one of the bids.",
                       lambda p: set()),
    "control_trials": ("{y} tested the {w} in trials in {yr} but did not buy it.", lambda p: set()),
    "control_airshow": ("The {w} was shown at an air show in {y} in {yr}.", lambda p: set()),
    "control_interest": ("{y} has expressed interest in {wp} from {x}.", lambda p: set()),
    "control_reportedly": ("{x} is reportedly supplying {wp} to {y}.", lambda p: set()),
    "control_cancelled": ("{y} cancelled its order for {n} {wp} from {x} in {yr}.", lambda p: set()),
    "control_talks": ("{y} is in talks with {x} about {n} {wp}.", lambda p: set()),
    "control_fired_at": ("{n} {wp} were fired at {y} in {yr}.", lambda p: set()),
    "control_qa_none": ("Q: Which state bought the {w} from {x}?\nA: None so far.", lambda p: set()),
    "control_claimed_supplied": ("Officials in {y} claimed that {dem}-supplied {wp} were used in the fighting in {yr}.",
                                 lambda p: set()),
    "control_permission": ("{y} was given permission by {x} to buy {n} {wp} in {yr}.", lambda p: set()),
    "control_allowed": ("{y} was allowed to buy {wp} from {x}.", lambda p: set()),
    "control_against": ("{y}'s air defences shot down {n} {wp} over its territory in {yr}.", lambda p: set()),
}

# readings the guidelines leave open: the maker of a system the text calls by its maker is not wrong
_ALLOWED_PRODUCERS = {"Su-35": "Russia", "S-400": "Russia", "Kilo-class submarine": "Russia", "Rafale": "France",
                      "T-90": "Russia", "MiG-29": "Russia", "Mi-17": "Russia", "Type 054A frigate": "China"}


@dataclass(frozen=True)
class Item:
    shape: str
    text: str
    expected: frozenset
    allowed: frozenset = field(default_factory=frozenset)


@dataclass(frozen=True)
class _Parts:
    x: str
    dem: str
    y: str
    force: str
    w: str
    w2: str
    w3: str
    cls: str
    y2: str
    lead_class: str
    navy: str


def _draw(rng):
    (x, dem), y = rng.choice(MAKERS), rng.choice(BUYERS)
    force, _ = rng.choice([f for f in FORCES if f[1] not in (x, y)])
    (w, wp), (w2, w2p), (w3, w3p) = rng.sample(SYSTEMS, 3)
    cls, prefix = rng.choice(CLASSES)
    y2 = rng.choice([b for b in BUYERS if b != y])
    lead, kind = rng.choice(LEAD_SHIPS)
    navy = rng.choice(NAVIES)
    ship = f"{prefix} {rng.choice(SHIP_NAMES)}".strip()
    yr = rng.choice(YEARS)
    words = dict(x=x, dem=dem, y=y, force=force, w=w, wp=wp, w2p=w2p, w3p=w3p, cls=cls, ship=ship,
                 n=rng.choice(COUNTS), yr=yr, yr2=str(int(yr) + rng.choice((2, 3, 4))),
                 give=rng.choice(["sold", "gave", "handed"]), given=rng.choice(["sold", "given", "handed"]), k=rng.randint(1, 12), y2=y2, lead=lead, kind=kind, navy=navy,
                 decade=str(int(yr) // 10 * 10))
    return _Parts(x, dem, y, force, w, w2, w3, cls, y2, f"{lead}-class {kind}", navy), words


def battery(seed: int = 17, per_shape: int = 10) -> list[Item]:
    rng = random.Random(seed)
    items = []
    for shape, (template, expect) in SHAPES.items():
        for _ in range(per_shape):
            parts, words = _draw(rng)
            while parts.x in (parts.y,) or (shape == "ship_by_class" and parts.cls == parts.w):
                parts, words = _draw(rng)
            allowed = {("PRODUCED", maker, system) for system, maker in _ALLOWED_PRODUCERS.items()}
            if shape == "co_developed":  # which partner helped the other the guidelines leave open
                allowed |= {("TRANSFERRED_TECHNOLOGY_TO", parts.x, parts.y), ("TRANSFERRED_TECHNOLOGY_TO", parts.y, parts.x)}
            items.append(Item(shape, template.format(**words), frozenset(expect(parts)), frozenset(allowed)))
    return items


def family_relations(text: str) -> set:
    from loaders.extract import extract_text
    return {(r.type, r.source, r.target) for r in extract_text(text).relations if r.type in FAMILY}
