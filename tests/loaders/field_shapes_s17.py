"""A generated shape battery for the field family (PATROLLED, PARTICIPATED_IN, HELD_IN, DRILLED_IN,
HOSTED), wider than field_shapes.py and with many near-miss controls.

Positive shapes are the ways patrol histories and exercise reports state who patrolled or took part
where: chronological histories ("the first ..., in July 2019, ...; the second, ..."), ordinal patrols,
routes ("from the Sea of Japan into the East China Sea"), participants named in a heading or a
sentence before, editions and series, participants listed after the exercise, "sent ships to",
"alongside", "off the coast of", "in waters near" and unnamed drills.

Controls keep the same words with a state that is no party: one that intercepts, shadows or monitors
a joint patrol, observers, a host that only hosts, escorts, port calls,
transits, a patrol or exercise planned, cancelled, denied or proposed, an exercise named only as a
later edition, a region named as where ships came from or went to. (A single state's patrol is no
control: the evaluation sets' gold gives it PATROLLED, "the Japan Coast Guard patrolled ...".) Each item lists every family
relation it must give (``expected``); anything else of the family it gives is false.

>>> items = battery(seed=1, per_shape=2)
>>> all(item.expected or item.shape.startswith("control") for item in items)
True
"""
from __future__ import annotations

from dataclasses import dataclass
from tests.loaders.battery_text import capitalised as _cap, spoken_list as _list, items_from_makers

# surface -> canonical; names, capitals used as metonyms would be a second axis the reference battery covers
STATES = {"Russia": "Russia", "China": "China", "Iran": "Iran", "India": "India", "Japan": "Japan",
          "the United States": "United States", "France": "France", "Australia": "Australia",
          "Indonesia": "Indonesia", "Pakistan": "Pakistan", "South Korea": "South Korea", "Egypt": "Egypt"}
DEMONYMS = {"Russia": "Russian", "China": "Chinese", "Iran": "Iranian", "India": "Indian", "Japan": "Japanese",
            "United States": "American", "France": "French", "Australia": "Australian", "Indonesia": "Indonesian",
            "Pakistan": "Pakistani", "South Korea": "South Korean", "Egypt": "Egyptian"}
SEAS = ["Sea of Japan", "East China Sea", "Arabian Sea", "Baltic Sea", "Black Sea", "South China Sea",
        "Philippine Sea", "Sea of Okhotsk", "Bay of Bengal", "Gulf of Oman", "Mediterranean Sea", "Bering Sea"]
EDITIONS = ["Vostok-2018", "Tsentr-2019", "Kavkaz-2020", "Zapad-2021", "Joint Sea-2019", "Joint Sea-2021"]
# listed series whose editions are mostly not listed: an edition "<Series>-<year>" is kept as written
NEW_SERIES = ["Sea Guardian", "Eastern Bridge", "Indra", "Selenga", "Mosi", "Sea Breeze"]
YEARS = [2019, 2020, 2021, 2022, 2023, 2024]
MONTHS = ["March", "May", "July", "September", "December"]
ORDINALS = ["third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
CRAFT = ["bombers", "warships", "destroyers", "frigates", "aircraft", "strategic bombers"]
WATCH = ["scrambled fighters to intercept", "shadowed", "monitored", "tracked", "sent jets to escort"]


@dataclass(frozen=True)
class Item:
    shape: str
    text: str
    expected: frozenset  # every (type, source, target) of the family it must give


def _states(rng, n):
    chosen = rng.sample(sorted(STATES), n)
    return [(surface, STATES[surface]) for surface in chosen]


def _year(rng):
    return rng.choice(["", f" in {rng.choice(MONTHS)} {rng.choice(YEARS)}", f" in {rng.choice(YEARS)}"])


def _edition(rng):
    """(surface, canonical exercise) of a named edition, listed or kept as written."""
    if rng.random() < 0.5:
        name = rng.choice(EDITIONS)
        return name, name
    name = f"{rng.choice(NEW_SERIES)}-{rng.choice(YEARS)}"
    return name, name


def _patrolled(states, seas):
    return {("PATROLLED", state, sea) for state in states for sea in seas}


def _took_part(states, exercise):
    return {("PARTICIPATED_IN", state, exercise) for state in states}


# ---- PATROLLED shapes: each returns (text, expected) ------------------------------------------

def patrol_history(rng):
    (a, ca), (b, cb) = _states(rng, 2)
    r1, r2 = rng.sample(SEAS, 2)
    y = rng.choice(YEARS[:4])
    text = (f"{a} and {b} have flown joint air patrols since {y}. The first, in {rng.choice(MONTHS)} {y}, "
            f"crossed the {r1}; the second, in {rng.choice(MONTHS)} {y + 1}, went over the {r2}.")
    return text, _patrolled({ca, cb}, {r1, r2})


def ordinal_patrol(rng):
    (a, ca), (b, cb) = _states(rng, 2)
    r = rng.choice(SEAS)
    text = (f"{DEMONYMS[ca]} and {DEMONYMS[cb]} {rng.choice(CRAFT)} flew over the {r}{_year(rng)} "
            f"in the {rng.choice(ORDINALS)} such joint patrol.")
    return text, _patrolled({ca, cb}, {r})


def patrol_route(rng):
    (a, ca), (b, cb) = _states(rng, 2)
    r1, r2 = rng.sample(SEAS, 2)
    verb = rng.choice(["flew", "sailed", "moved"])
    text = (f"{_cap(a)} and {b} held a joint {rng.choice(['air', 'naval'])} patrol{_year(rng)}. "
            f"The group {verb} from the {r1} into the {r2}.")
    return text, _patrolled({ca, cb}, {r1, r2})


def patrol_heading(rng):
    (a, ca), (b, cb) = _states(rng, 2)
    r = rng.choice(SEAS)
    text = (f"{_cap(a)}-{b} joint patrols\n\nThe {rng.choice(ORDINALS)} joint patrol took their "
            f"{rng.choice(CRAFT)} over the {r}{_year(rng)}.")
    return text, _patrolled({ca, cb}, {r})


def patrol_alongside(rng):
    (a, ca), (b, cb) = _states(rng, 2)
    r = rng.choice(SEAS)
    text = (f"{DEMONYMS[ca]} {rng.choice(CRAFT)} patrolled the {r} alongside {DEMONYMS[cb]} "
            f"{rng.choice(CRAFT)}{_year(rng)}.")
    return text, _patrolled({ca, cb}, {r})


def patrol_joined(rng):
    (a, ca), (b, cb) = _states(rng, 2)
    r = rng.choice(SEAS)
    text = f"{_cap(a)} joined {b} in a joint patrol of the {r}{_year(rng)}."
    return text, _patrolled({ca, cb}, {r})


def patrol_paragraph_parties(rng):
    (a, ca), (b, cb) = _states(rng, 2)
    r = rng.choice(SEAS)
    text = (f"{_cap(a)} and {b} have grown closer at sea. Their {rng.choice(CRAFT)} mounted a joint patrol "
            f"over the {r}{_year(rng)}.")
    return text, _patrolled({ca, cb}, {r})


# ---- PARTICIPATED_IN / HELD_IN / HOSTED shapes ------------------------------------------------

def taking_part_were(rng):
    states = _states(rng, 3)
    surface, exercise = _edition(rng)
    r = rng.choice(SEAS)
    text = f"{surface} was held in the {r}{_year(rng)}. Taking part were {_list([s for s, _ in states])}."
    return text, _took_part({c for _, c in states}, exercise) | {("HELD_IN", exercise, r)}


def sent_ships_to(rng):
    (a, ca), = _states(rng, 1)
    surface, exercise = _edition(rng)
    text = f"{_cap(a)} sent {rng.choice(['two frigates', 'ships', 'a destroyer', 'troops', 'jets'])} to {surface}."
    return text, _took_part({ca}, exercise)


def exercise_alongside(rng):
    (a, ca), (b, cb) = _states(rng, 2)
    surface, exercise = _edition(rng)
    text = f"{_cap(a)} took part in {surface} alongside {b}."
    return text, _took_part({ca, cb}, exercise)


def series_edition(rng):
    (a, ca), (b, cb) = _states(rng, 2)
    series, year = rng.choice(NEW_SERIES), rng.choice(YEARS)
    since = rng.choice(["", " in 2015"])
    text = (f"The {series} series, begun by {a} and {b}{since}, continued with {series}-{year}, "
            f"in which both navies took part.")
    # a series begun in a year of its own is told apart from the edition (tests/loaders/test_membership_s7.py): its
    # founders take part in both
    return text, _took_part({ca, cb}, f"{series}-{year}") | (_took_part({ca, cb}, series) if since else set())


def off_the_coast(rng):
    (a, ca), (b, cb) = _states(rng, 2)
    surface, exercise = _edition(rng)
    place = rng.choice(["off the coast of", "in waters near", "in the waters off"])
    text = f"{DEMONYMS[ca]} and {DEMONYMS[cb]} warships held {surface} {place} {b}{_year(rng)}."
    return text, _took_part({ca, cb}, exercise) | {("HELD_IN", exercise, cb)}


def host_and_guests(rng):
    (h, ch), (a, ca), (b, cb) = _states(rng, 3)
    surface, exercise = _edition(rng)
    text = f"{_cap(h)} hosted {surface}, in which {a} and {b} took part."
    return text, _took_part({ca, cb}, exercise) | {("HOSTED", ch, exercise)}


def unnamed_drills(rng):
    (a, ca), (b, cb) = _states(rng, 2)
    r = rng.choice(SEAS)
    kind = rng.choice(["joint naval drills", "live-fire drills", "joint manoeuvres", "anti-submarine drills"])
    text = f"{_cap(a)} and {b} {rng.choice(['held', 'staged', 'conducted'])} {kind} in the {r}{_year(rng)}."
    return text, {("DRILLED_IN", ca, r), ("DRILLED_IN", cb, r)}


def patrol_joined_theirs(rng):
    (a, ca), (b, cb) = _states(rng, 2)
    r = rng.choice(SEAS)
    text = f"{_cap(a)} joined {'an' if DEMONYMS[cb][0] in 'AEIOU' else 'a'} {DEMONYMS[cb]} patrol in the {r}{_year(rng)}."
    return text, _patrolled({ca, cb}, {r})


def patrol_passive_by(rng):
    (a, ca), (b, cb) = _states(rng, 2)
    r = rng.choice(SEAS)
    text = f"A joint {rng.choice(['air', 'naval'])} patrol was {rng.choice(['flown', 'conducted', 'carried out'])} over the {r} by {a} and {b}{_year(rng)}."
    return text, _patrolled({ca, cb}, {r})


def patrol_such_next_sentence(rng):
    (a, ca), (b, cb) = _states(rng, 2)
    r1, r2 = rng.sample(SEAS, 2)
    text = (f"{DEMONYMS[ca]} and {DEMONYMS[cb]} {rng.choice(CRAFT)} took off on {rng.choice(MONTHS)} 5. "
            f"The {rng.choice(ORDINALS)} such joint patrol took them over the {r1} and the {r2}.")
    return text, _patrolled({ca, cb}, {r1, r2})


def participants_next_sentence(rng):
    states = _states(rng, 3)
    surface, exercise = _edition(rng)
    r = rng.choice(SEAS)
    text = (f"{surface} began in the {r} on Monday. {rng.choice(['Ships', 'Troops', 'Units'])} from "
            f"{_list([s for s, _ in states])} took part.")
    return text, _took_part({c for _, c in states}, exercise) | {("HELD_IN", exercise, r)}


def host_with_ships_from(rng):
    (h, ch), (a, ca), (b, cb) = _states(rng, 3)
    surface, exercise = _edition(rng)
    r = rng.choice(SEAS)
    text = f"{_cap(h)} hosted {surface} in the {r}, with ships from {a} and {b}."
    return text, _took_part({ca, cb}, exercise) | {("HOSTED", ch, exercise), ("HELD_IN", exercise, r)}


def sailed_to_exercise(rng):
    (a, ca), = _states(rng, 1)
    surface, exercise = _edition(rng)
    r1, r2 = rng.sample(SEAS, 2)
    text = f"{DEMONYMS[ca]} {rng.choice(['ships', 'warships', 'frigates'])} {rng.choice(['sailed', 'headed'])} from the {r1} to {surface} in the {r2}."
    return text, _took_part({ca}, exercise) | {("HELD_IN", exercise, r2)}


def single_state_drills(rng):
    (a, ca), = _states(rng, 1)
    r = rng.choice(SEAS)
    text = f"The {DEMONYMS[ca]} navy held {rng.choice(['live-fire drills', 'anti-submarine drills', 'gunnery drills'])} in the {r}{_year(rng)}."
    return text, {("DRILLED_IN", ca, r)}


# ---- controls: the family relations of their parties, and none for the state that is no party ----

def control_interceptor(rng):
    (a, ca), (b, cb), (c, cc) = _states(rng, 3)
    r = rng.choice(SEAS)
    text = (f"{_cap(c)} {rng.choice(WATCH)} {DEMONYMS[ca]} and {DEMONYMS[cb]} {rng.choice(CRAFT)} "
            f"on a joint patrol over the {r}{_year(rng)}.")
    return text, _patrolled({ca, cb}, {r})


def control_observer(rng):
    (a, ca), (b, cb), (c, cc) = _states(rng, 3)
    surface, exercise = _edition(rng)
    text = f"{_cap(a)} and {b} took part in {surface}; {c} sent observers."
    return text, _took_part({ca, cb}, exercise)


def control_host_only(rng):
    (h, ch), (a, ca) = _states(rng, 2)
    surface, exercise = _edition(rng)
    text = f"{_cap(h)} hosted {surface} but sent no ships; {a} took part."
    return text, _took_part({ca}, exercise) | {("HOSTED", ch, exercise)}


def control_escort_port_call(rng):
    (a, ca), (b, cb) = _states(rng, 2)
    r = rng.choice(SEAS)
    text = rng.choice([f"{DEMONYMS[ca]} destroyers escorted {DEMONYMS[cb]} tankers through the {r}{_year(rng)}.",
                       f"A {DEMONYMS[ca]} frigate made a port call in {b} after crossing the {r}."])
    return text, set()


def control_transit(rng):
    (a, ca), (b, cb) = _states(rng, 2)
    r = rng.choice(SEAS)
    text = f"{DEMONYMS[ca]} and {DEMONYMS[cb]} warships transited the {r}{_year(rng)}; it was not a patrol."
    return text, set()


def control_unrealised(rng):
    (a, ca), (b, cb) = _states(rng, 2)
    r = rng.choice(SEAS)
    surface, _ = _edition(rng)
    text = rng.choice([
        f"{_cap(a)} and {b} plan a joint patrol over the {r} next year.",
        f"A joint patrol of the {r} by {a} and {b} was cancelled.",
        f"{_cap(a)} denied that its {rng.choice(CRAFT)} had patrolled the {r} with {b}.",
        f"{_cap(a)} proposed a joint patrol of the {r} to {b}.",
        f"{_cap(a)} and {b} will take part in {surface} next year.",
        f"{surface}, which {a} and {b} were to hold in the {r}, was called off.",
    ])
    return text, set()


def control_later_edition(rng):
    (a, ca), (b, cb) = _states(rng, 2)
    surface, exercise = _edition(rng)
    text = f"{_cap(a)} took part in {surface}; {b} is expected to join the next edition."
    return text, _took_part({ca}, exercise)


def control_origin_destination(rng):
    (a, ca), (b, cb) = _states(rng, 2)
    r1, r2 = rng.sample(SEAS, 2)
    surface, exercise = _edition(rng)
    text = rng.choice([
        f"{DEMONYMS[ca]} ships left the {r1} to join {surface}.",
        f"After {surface}, the {DEMONYMS[ca]} ships returned to the {r2}.",
    ])
    return text, _took_part({ca}, exercise)


def control_coast_no_party(rng):
    (c, cc), = _states(rng, 1)
    surface, exercise = _edition(rng)
    place = rng.choice(["off the coast of", "in waters near", "along the coast of", "in the waters off"])
    text = f"{surface} was {rng.choice(['held', 'staged', 'conducted'])} {place} {c}{_year(rng)}."
    return text, {("HELD_IN", exercise, cc)}


def control_interceptor_after(rng):
    (a, ca), (b, cb), (c, cc) = _states(rng, 3)
    r = rng.choice(SEAS)
    text = (f"{DEMONYMS[ca]} and {DEMONYMS[cb]} {rng.choice(CRAFT)} flew a joint patrol over the {r}{_year(rng)}. "
            f"{_cap(c)} {rng.choice(['scrambled fighters in response', 'said it had monitored the flight', 'sent jets to shadow them'])}.")
    return text, _patrolled({ca, cb}, {r})


def control_observers_watched(rng):
    (a, ca), (b, cb), (c, cc) = _states(rng, 3)
    surface, exercise = _edition(rng)
    text = f"Observers from {c} watched {surface}, in which {a} and {b} took part."
    return text, _took_part({ca, cb}, exercise)


def control_agreed_future(rng):
    (a, ca), (b, cb) = _states(rng, 2)
    r = rng.choice(SEAS)
    text = rng.choice([f"{_cap(a)} and {b} agreed to hold joint patrols in the {r} from next year.",
                       f"{_cap(a)} and {b} are considering a joint naval patrol in the {r}.",
                       f"{_cap(a)} rejected a proposal from {b} for joint patrols over the {r}."])
    return text, set()


def control_exercise_cancelled(rng):
    (a, ca), (b, cb) = _states(rng, 2)
    surface, _ = _edition(rng)
    r = rng.choice(SEAS)
    text = rng.choice([f"{surface}, due to be held in the {r} with {a} and {b}, was cancelled.",
                       f"{_cap(a)} denied that it had sent ships to {surface}.",
                       f"{_cap(a)} and {b} postponed {surface}, which was to be held in the {r}."])
    return text, set()


def control_next_edition_place(rng):
    (a, ca), = _states(rng, 1)
    surface, exercise = _edition(rng)
    r = rng.choice(SEAS)
    text = f"{_cap(a)} took part in {surface}; the next edition will be held in the {r}."
    return text, _took_part({ca}, exercise)


def control_port_call_after_patrol(rng):
    (a, ca), (b, cb), (c, cc) = _states(rng, 3)
    r = rng.choice(SEAS)
    text = (f"{DEMONYMS[ca]} and {DEMONYMS[cb]} warships patrolled the {r} together{_year(rng)}. "
            f"Afterwards the {DEMONYMS[ca]} ships made a port call in {c}.")
    return text, _patrolled({ca, cb}, {r})


def control_reporter_or_protester(rng):
    (a, ca), (b, cb), (c, cc) = _states(rng, 3)
    r = rng.choice(SEAS)
    craft = rng.choice(CRAFT)
    text = rng.choice([
        f"{_cap(c)}'s defence ministry said {DEMONYMS[ca]} and {DEMONYMS[cb]} {craft} flew a joint patrol over the {r}.",
        f"{_cap(c)} {rng.choice(['protested', 'noted', 'tracked', 'condemned'])} the joint patrol by {a} and {b} over the {r}.",
        f"The joint patrol by {a} and {b} entered {c}'s air defence identification zone over the {r}.",
    ])
    return text, _patrolled({ca, cb}, {r})


def control_critic_or_decliner(rng):
    (a, ca), (b, cb), (c, cc) = _states(rng, 3)
    surface, exercise = _edition(rng)
    text = rng.choice([
        f"{_cap(c)} criticised {surface}, in which {a} and {b} took part.",
        f"{_cap(a)} and {b} took part in {surface}; {c} was invited but declined.",
        f"{_cap(c)} accused {a} and {b} of using {surface} to rehearse a blockade.",
    ])
    return text, _took_part({ca, cb}, exercise) if "accused" not in text else set()


def control_others_next_sentence(rng):
    (a, ca), (b, cb), (c, cc) = _states(rng, 3)
    r1, r2 = rng.sample(SEAS, 2)
    other = rng.choice([
        f"{DEMONYMS[cc]} destroyers escorted them through the {r2}.",
        f"{DEMONYMS[cc]} destroyers shadowed the group in the {r2}.",
        f"Afterwards {DEMONYMS[cc]} warships transited the {r2}.",
        f"{_cap(c)} scrambled jets over the {r2}.",
        f"A {DEMONYMS[cc]} patrol aircraft flew over the {r2} the same day.",
    ])
    text = f"{_cap(a)} and {b} held a joint naval patrol in the {r1}{_year(rng)}. {other}"
    return text, _patrolled({ca, cb}, {r1})


def control_hosted_by_then_guests(rng):
    (h, ch), (a, ca), (b, cb) = _states(rng, 3)
    surface, exercise = _edition(rng)
    text = (f"{surface}, {rng.choice(['hosted', 'organised', 'led'])} by {h}, "
            f"{rng.choice(['drew', 'involved', 'brought together', 'featured'])} {a} and {b}.")
    return text, _took_part({ca, cb}, exercise) | {("HOSTED", ch, exercise)}


SHAPES = {
    "patrol:history": patrol_history, "patrol:ordinal": ordinal_patrol, "patrol:route": patrol_route,
    "patrol:heading": patrol_heading, "patrol:alongside": patrol_alongside, "patrol:joined": patrol_joined,
    "patrol:paragraph": patrol_paragraph_parties,
    "exercise:taking-part-were": taking_part_were, "exercise:sent-to": sent_ships_to,
    "exercise:alongside": exercise_alongside, "exercise:series-edition": series_edition,
    "exercise:off-the-coast": off_the_coast, "exercise:host-and-guests": host_and_guests,
    "drill:unnamed": unnamed_drills, "drill:single-state": single_state_drills,
    "patrol:joined-theirs": patrol_joined_theirs, "patrol:passive-by": patrol_passive_by,
    "patrol:such-next-sentence": patrol_such_next_sentence, "exercise:participants-next-sentence": participants_next_sentence,
    "exercise:host-with-ships-from": host_with_ships_from, "exercise:sailed-to": sailed_to_exercise,
    "control:interceptor": control_interceptor, "control:observer": control_observer,
    "control:host-only": control_host_only,
    "control:escort-port-call": control_escort_port_call, "control:transit": control_transit,
    "control:unrealised": control_unrealised, "control:later-edition": control_later_edition,
    "control:origin-destination": control_origin_destination, "control:coast-no-party": control_coast_no_party,
    "control:interceptor-after": control_interceptor_after, "control:observers-watched": control_observers_watched,
    "control:agreed-future": control_agreed_future, "control:exercise-cancelled": control_exercise_cancelled,
    "control:next-edition-place": control_next_edition_place, "control:port-call-after-patrol": control_port_call_after_patrol,
    "control:others-next-sentence": control_others_next_sentence, "control:hosted-by-then-guests": control_hosted_by_then_guests,
    "control:reporter-or-protester": control_reporter_or_protester, "control:critic-or-decliner": control_critic_or_decliner,
}


def battery(seed: int = 17, per_shape: int = 20) -> list[Item]:
    return items_from_makers(SHAPES, Item, seed, per_shape)


FAMILY = {"PATROLLED", "PARTICIPATED_IN", "HELD_IN", "DRILLED_IN", "HOSTED"}


def family_relations(text: str) -> set:
    """The family's relations in text, a force source read as its state (the guidelines keep the force)."""
    from loaders.extract import extract_text
    relations = extract_text(text).relations
    state_of = {r.source: r.target for r in relations if r.type == "ARMED_FORCE_OF"}
    return {(r.type, state_of.get(r.source, r.source), r.target) for r in relations if r.type in FAMILY}
