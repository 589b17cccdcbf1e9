"""Generated operator, partnership, sanction, leadership and host shapes (session 18), sentences and paragraphs,
with near-miss controls.

OPERATES is told by what a state or force flies, fields or has in service ("flies", "is equipped with", "in
service with", "X's fleet of Y", "the Y of the Z Navy", "its Su-30s" for a state named before); never by a
purchase, an evaluation, an offer or an order. PARTNERS_WITH is a strategic partnership, a treaty or pact, a
defence cooperation agreement (symmetric); talks about one, or one ruled out, give nothing. SANCTIONED is an
imposed sanction, a blacklisting, an asset freeze, an entry on an export blacklist, the sanctioning side often named
a sentence before; sanctions lifted, threatened or proposed give nothing. LEADS is launching or leading an
organization or initiative ("chairs", "holds the rotating presidency"); HOSTED a state that held an exercise.

Each item is built from parts (an operator state with one of its forces, systems, two partner states, a sanctioning
state or organization and its target, an organization and its chair, an exercise and its host); the relations it
must give are computed from those parts, never written per item. A control (shape name starting ``control_``)
expects nothing of the family beyond what its positive sentence, if any, states. ``allowed`` holds readings the
guidelines leave open (the state of a force that operates a system). Every sentence is written for the battery.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from tests.loaders.battery_text import ParagraphItem as Item, capitalised

FAMILY = {"OPERATES", "PARTNERS_WITH", "SANCTIONED", "LEADS", "HOSTED"}

# (canonical system, plural as written, the noun that refers back to it)
AIRCRAFT = [("Su-30MKI", "Su-30MKIs", "fighters"), ("MiG-29", "MiG-29s", "jets"), ("Su-35", "Su-35s", "fighters"),
            ("Rafale", "Rafales", "jets"), ("F-16", "F-16s", "fighters"), ("Il-76", "Il-76s", "transports"),
            ("Su-30MKM", "Su-30MKMs", "fighters"), ("J-10C", "J-10Cs", "fighters")]
SHIPS = [("Kilo-class submarine", "Kilo-class submarines", "submarines", "Kilo-class"),
         ("Sovremenny-class destroyer", "Sovremenny-class destroyers", "destroyers", "Sovremenny-class")]
GROUND = [("S-400", "S-400 batteries", "batteries"), ("T-90", "T-90 tanks", "tanks"), ("S-300", "S-300 systems", "systems")]
# (state, its air force, its navy, its army or armed forces, demonym)
OPERATORS = [("India", "Indian Air Force", "Indian Navy", "Indian Army", "Indian"),
             ("Vietnam", "Vietnam People's Air Force", "Vietnam People's Navy", "Vietnam People's Army", "Vietnamese"),
             ("Indonesia", "Indonesian Air Force", "Indonesian Navy", "Indonesian Army", "Indonesian"),
             ("Pakistan", "Pakistan Air Force", "Pakistan Navy", "Pakistan Army", "Pakistani"),
             ("Egypt", "Egyptian Air Force", "Egyptian Navy", "Egyptian Armed Forces", "Egyptian"),
             ("Algeria", "Algerian Air Force", "Algerian Navy", "Algerian People's National Army", "Algerian")]
PARTNERS = ["India", "Russia", "China", "Vietnam", "Indonesia", "Japan", "Australia", "France", "Egypt", "Brazil",
            "Kazakhstan", "Mongolia", "Pakistan", "Iran", "South Africa", "Turkey", "Philippines", "South Korea"]
# (sanctioning side as written at the start of a sentence, canonical, the noun that refers back to it)
SANCTIONERS = [("The United States", "United States", "Washington"), ("The European Union", "European Union", "the bloc"),
               ("The United Kingdom", "United Kingdom", "London"), ("Japan", "Japan", "Tokyo"),
               ("Canada", "Canada", "Ottawa"), ("Australia", "Australia", "Canberra")]
TARGETS = ["Russia", "Iran", "North Korea", "Belarus", "Myanmar", "Syria"]
# (organization as written, canonical)
ORGANIZATIONS = [("the Shanghai Cooperation Organisation", "Shanghai Cooperation Organisation"), ("BRICS", "BRICS"),
                 ("ASEAN", "Association of Southeast Asian Nations"), ("the G20", "Group of Twenty"),
                 ("the Collective Security Treaty Organization", "Collective Security Treaty Organization")]
CHAIRS = ["India", "Russia", "China", "Kazakhstan", "Indonesia", "Brazil", "South Africa", "Uzbekistan"]
# (exercise, host, capital of the host)
EXERCISES = [("Vostok-2018", "Russia"), ("Peace Mission-2021", "Russia"), ("Joint Sea-2016", "China"),
             ("Tsentr-2019", "Russia"), ("Cobra Gold", "Thailand"), ("Malabar", "India")]
YEARS = list(range(1998, 2024))


@dataclass(frozen=True)
class Parts:
    state: str
    air: str
    navy: str
    army: str
    plane: str
    ship: str
    ground: str
    a: str  # partner states
    b: str
    c: str  # a state of the next paragraph
    by: str  # sanctioning side
    target: str
    target2: str
    org: str
    chair: str
    exercise: str
    host: str


def _operates(operator, *systems):
    return {("OPERATES", operator, s) for s in systems}


def _partners(a, b):
    return {("PARTNERS_WITH", *sorted((a, b)))}


def _sanctioned(by, *targets):
    return {("SANCTIONED", by, t) for t in targets}


# shape -> (template, expected relations from the parts, path)
SHAPES = {
    # -- OPERATES in one sentence
    "flies": ("The {air} flies {n} {planes} from bases in the north.", lambda p: _operates(p.air, p.plane)),
    "state_flies": ("{State} flies the {plane} alongside older types.", lambda p: _operates(p.state, p.plane)),
    "fields": ("{State} fields {ground_p} around its capital.", lambda p: _operates(p.state, p.ground)),
    "is_equipped_with": ("The {army} is equipped with {ground_p} bought in the {decade}s.",
                         lambda p: _operates(p.army, p.ground)),
    "in_service_with": ("The {plane} has been in service with the {air} since {yr}.", lambda p: _operates(p.air, p.plane)),
    "remain_in_service_with": ("{n} {planes} remain in service with the {air}.", lambda p: _operates(p.air, p.plane)),
    "fleet_of": ("{State}'s fleet of {n} {planes} is based at three airfields.", lambda p: _operates(p.state, p.plane)),
    "force_fleet_of": ("The {air}'s fleet of {planes} flew {n} sorties last year.", lambda p: _operates(p.air, p.plane)),
    "system_of_the_navy": ("The {ships} of the {navy} sailed from their base in {yr}.",
                           lambda p: _operates(p.navy, p.ship)),
    "equipped_squadrons_of": ("{Plane}-equipped squadrons of the {air} took part in the review.",
                              lambda p: _operates(p.air, p.plane)),
    "class_submarines": ("{State}'s {ship_class} submarines patrol the approaches to its main port.",
                         lambda p: _operates(p.state, SHIPS[0][0])),
    "unit_of_force_flies": ("The 12th Fighter Wing of the {air} flies {planes}.", lambda p: _operates(p.air, p.plane)),
    "operates_both": ("{State} operates both the {plane} and the {ground}.", lambda p: _operates(p.state, p.plane, p.ground)),
    "operators_include": ("Operators of the {plane} include {State} and {A}.",
                          lambda p: _operates(p.state, p.plane) | _operates(p.a, p.plane)),
    "dem_force_flies": ("The {dem} Air Force has flown the {plane} since {yr}.", lambda p: _operates(p.air, p.plane)),
    "operates_them_alongside": ("{State} took delivery of {n} {planes} in {yr} and operates them alongside American F-16s.",
                                lambda p: _operates(p.state, p.plane, "F-16")),
    # -- OPERATES across a paragraph
    "its_systems_next_sentence": ("{State} bought {n} {planes} in {yr}. Its {planes} now fly from two bases in the south.",
                                  lambda p: _operates(p.state, p.plane)),
    "force_named_before": ("The {air} was formed in {yr}. Today it flies {planes} and older MiG-21s.",
                           lambda p: _operates(p.air, p.plane, "MiG-21")),
    "the_type_in_service": ("The {plane} first flew in the {decade}s. The type is in service with the {air}.",
                            lambda p: _operates(p.air, p.plane)),
    "state_then_its_force": ("{State} has modernised its navy since {yr}. Its {ships} patrol the coast.",
                             lambda p: _operates(p.state, p.ship)),
    "retired_then_still": ("{State} retired its MiG-21s in {yr}. It still flies the {plane}.",
                           lambda p: _operates(p.state, p.plane)),
    # -- PARTNERS_WITH
    "defence_cooperation_agreement": ("{A} signed a defence cooperation agreement with {B} in {yr}.",
                                      lambda p: _partners(p.a, p.b)),
    "strategic_partnership_between": ("The strategic partnership between {A} and {B} dates from {yr}.",
                                      lambda p: _partners(p.a, p.b)),
    "treaty_binds": ("A mutual defence treaty binds {A} and {B}.", lambda p: _partners(p.a, p.b)),
    "upgraded_ties": ("{A} and {B} upgraded ties to a comprehensive strategic partnership in {yr}.",
                      lambda p: _partners(p.a, p.b)),
    "upgraded_ties_with_list": ("{A} raised its relations with {B} and {C} to comprehensive strategic partnerships in {yr}.",
                                lambda p: _partners(p.a, p.b) | _partners(p.a, p.c)),
    "security_pact": ("{A} and {B} signed a security pact in {yr}.", lambda p: _partners(p.a, p.b)),
    "two_sides_also_signed": ("{A}'s president visited {B} in {yr}. The two sides also signed a strategic partnership "
                              "agreement.", lambda p: _partners(p.a, p.b)),
    "the_partnership_next_sentence": ("{A} and {B} agreed a strategic partnership in {yr}. The partnership covers arms "
                                      "and energy.", lambda p: _partners(p.a, p.b)),
    "partnership_with_apposition": ("{A}, a strategic partner of {B} since {yr}, buys most of its arms abroad.",
                                    lambda p: _partners(p.a, p.b)),
    # -- SANCTIONED
    "imposed_sanctions_on": ("{By} imposed sanctions on {T} in {yr}.", lambda p: _sanctioned(p.by, p.target)),
    "blacklisted": ("{By} blacklisted {T} in {yr} over its missile programme.", lambda p: _sanctioned(p.by, p.target)),
    "asset_freezes_against": ("{By} announced asset freezes against {T} in {yr}.", lambda p: _sanctioned(p.by, p.target)),
    "sanctions_package_targeting": ("{By} adopted a sanctions package targeting {T} in {yr}.",
                                    lambda p: _sanctioned(p.by, p.target)),
    "sanctioner_named_before": ("{By} condemned the missile test in {yr}. It then imposed sanctions on {T}.",
                                lambda p: _sanctioned(p.by, p.target)),
    "metonym_sanctions": ("{By} responded within days. {Ref} imposed new sanctions on {T} and {T2}.",
                          lambda p: _sanctioned(p.by, p.target, p.target2)),
    "sanctions_on_both": ("{By} imposed sanctions on {T} and {T2} in {yr}.", lambda p: _sanctioned(p.by, p.target, p.target2)),
    # -- LEADS and HOSTED
    "chairs": ("{Chair} chairs {org} this year.", lambda p: {("LEADS", p.chair, p.org)}),
    "rotating_presidency": ("{Chair} holds the rotating presidency of {org} in {yr}.", lambda p: {("LEADS", p.chair, p.org)}),
    "under_chairmanship": ("{Org_cap} met in {yr} under the chairmanship of {Chair}.", lambda p: {("LEADS", p.chair, p.org)}),
    "hosted_exercise": ("{Host} hosted {exercise} in {yr}.", lambda p: {("HOSTED", p.host, p.exercise)}),
    # -- near misses
    "control_evaluated": ("The {air} evaluated the {plane} in {yr} but chose another type.", lambda p: set()),
    "control_offered": ("{A} offered the {plane} to {State} in {yr}.", lambda p: set()),
    "control_on_order": ("{State} has {n} {planes} on order; the first is due in {yr2}.", lambda p: set()),
    "control_plans_to_field": ("{State} plans to field the {ground} by {yr2}.", lambda p: set()),
    "control_does_not_fly": ("{State} does not fly the {plane}.", lambda p: set()),
    "control_may_operate": ("{State} may operate a few {planes}, but no photographs have confirmed it.", lambda p: set()),
    "control_partnership_talks": ("{A} and {B} held talks on a possible strategic partnership in {yr}.", lambda p: set()),
    "control_partnership_ruled_out": ("{A} ruled out a security pact with {B} in {yr}.", lambda p: set()),
    "control_partnership_proposed": ("{A} proposed a defence cooperation agreement to {B}, which has not replied.",
                                     lambda p: set()),
    "control_upgrade_hoped": ("{A} hopes to raise its relations with {B} and {C} to strategic partnerships.",
                              lambda p: set()),
    "control_no_treaty_binds": ("No defence treaty binds {A} and {B}; their ties rest on trade.", lambda p: set()),
    "control_sanctions_lifted": ("{By} lifted sanctions on {T} in {yr}.", lambda p: set()),
    "control_sanctions_threatened": ("{By} threatened sanctions on {T} in {yr}.", lambda p: set()),
    "control_sanctions_proposed": ("{By} proposed sanctions on {T} in {yr}, but the measure stalled.", lambda p: set()),
    "control_sanctions_could": ("{By} could impose sanctions on {T} if the tests continue.", lambda p: set()),
    "control_second_state_next_paragraph": (
        "{By} imposed sanctions on {T} in {yr}.\n\n{C} criticised the decision but took no action of its own.",
        lambda p: _sanctioned(p.by, p.target)),
    "control_operator_next_paragraph": (
        "The {air} flies {planes}.\n\n{C} has shown interest in the type but has not ordered it.",
        lambda p: _operates(p.air, p.plane)),
}


def _draw(rng: random.Random):
    state, air, navy, army, dem = rng.choice(OPERATORS)
    plane, planes, _ = rng.choice(AIRCRAFT)
    ship, ships, _, ship_class = rng.choice(SHIPS)
    ground, ground_p, _ = rng.choice(GROUND)
    a, b, c = rng.sample([s for s in PARTNERS if s != state], 3)
    by_written, by, ref = rng.choice(SANCTIONERS)
    target, target2 = rng.sample(TARGETS, 2)
    org_written, org = rng.choice(ORGANIZATIONS)
    chair = rng.choice(CHAIRS)
    exercise, host = rng.choice(EXERCISES)
    yr = rng.choice(YEARS)
    words = dict(State=state, air=air, navy=navy, army=army, dem=dem, plane=plane, Plane=plane, planes=planes, ship=ship,
                 ships=ships, ship_class=ship_class, ground=ground, ground_p=ground_p, A=a, B=b, C=c, By=by_written,
                 Ref=capitalised(ref), T=target, T2=target2, org=org_written, Org_cap=capitalised(org_written),
                 Chair=chair, exercise=exercise, Host=host, yr=yr, yr2=yr + rng.choice((2, 3, 4)),
                 decade=yr // 10 * 10 - 20, n=rng.choice(["12", "24", "36", "two dozen", "forty"]))
    parts = Parts(state, air, navy, army, plane, ship, ground, a, b, c, by, target, target2, org, chair, exercise, host)
    return parts, words


def _allowed(parts: Parts) -> frozenset:
    """The state of a force that operates a system: the guidelines leave it open."""
    return frozenset(_operates(parts.state, parts.plane, parts.ship, parts.ground, "MiG-21", SHIPS[0][0]))


def battery(seed: int = 18, per_shape: int = 10) -> list[Item]:
    rng = random.Random(seed)
    items = []
    for shape, (template, expect, *path) in SHAPES.items():
        for _ in range(per_shape):
            parts, words = _draw(rng)
            allowed = _allowed(parts) if not shape.startswith("control_") else frozenset()
            if shape == "retired_then_still":  # a retired type is no longer operated; whether it once was is open
                allowed |= _operates(parts.state, "MiG-21")
            items.append(Item(shape, template.format(**words), frozenset(expect(parts)), allowed,
                              path[0] if path else "paragraph.txt"))
    return items


def family_relations(text: str, path: str = "paragraph.txt") -> set:
    """The family's relations the document gives, read through the reader its file name picks; symmetric pairs sorted."""
    from loaders.extract import default_extractor
    from loaders.readers import read_bytes

    document = read_bytes(text.encode("utf-8"), path)
    found = set()
    for r in default_extractor().extract_document(document).relations:
        if r.type == "PARTNERS_WITH":
            found.add((r.type, *sorted((r.source, r.target))))
        elif r.type in FAMILY:
            found.add((r.type, r.source, r.target))
    return found
