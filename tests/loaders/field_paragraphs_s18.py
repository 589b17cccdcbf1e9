"""A generated PARAGRAPH-level battery for patrols, drills and exercises (PATROLLED, DRILLED_IN,
HELD_IN, PARTICIPATED_IN, with HOSTED alongside).

The sentence batteries (field_shapes.py, field_shapes_s17.py) state a patrol or an exercise and its
parties and place in one sentence. Patrol histories and exercise reports spread them over a
paragraph or a section: the patrol introduced in one sentence and its route in later ones ("The
flight lasted eight hours. The bombers crossed R1 and then R2"), the participants after the
exercise ("Ships from A and B took part", "Participants: A, B, C"), the place after it ("The
exercise was held in R", "It was staged near S"), chronological bullet lists and tables under a
heading that names the parties or the years, and series wording ("the ninth joint air patrol").

Controls keep those words with a party or a place that is none: an observer, a host that sent
nothing (GUIDELINES.md: the host is HOSTED, not a participant), a patrol announced but not yet
flown, the state whose jets intercepted the bombers, a leg that was cancelled, a bullet or row
that is denied, unconfirmed or planned, and a second patrol in a later paragraph whose places
must not go to the first patrol's parties.

The patroller is who the text names (GUIDELINES.md: "each participant → region"): here always a
state, named or as a demonym before the craft ("Russian and Chinese bombers"), so the expected
source is the state. Every expectation is computed from the parts an item is built from.

>>> items = battery(seed=1, per_shape=1)
>>> all(item.expected or item.shape.startswith("control") for item in items)
True
"""
from __future__ import annotations

from dataclasses import dataclass

from tests.loaders.battery_text import capitalised as _cap, spoken_list as _list, items_from_makers

STATES = {"Russia": "Russian", "China": "Chinese", "Iran": "Iranian", "India": "Indian", "Japan": "Japanese",
          "France": "French", "Australia": "Australian", "Indonesia": "Indonesian", "Pakistan": "Pakistani",
          "South Korea": "South Korean", "Egypt": "Egyptian", "Malaysia": "Malaysian", "Vietnam": "Vietnamese"}
SEAS = ["Sea of Japan", "East China Sea", "Arabian Sea", "Baltic Sea", "South China Sea", "Philippine Sea",
        "Sea of Okhotsk", "Bay of Bengal", "Gulf of Oman", "Mediterranean Sea", "Bering Sea", "Yellow Sea"]
EDITIONS = ["Vostok-2018", "Tsentr-2019", "Kavkaz-2020", "Zapad-2021", "Joint Sea-2019", "Joint Sea-2021",
            "Sea Guardian-2023", "Indra-2021", "Mosi-2023", "Selenga-2022"]
# listed series whose Roman-numbered editions are not listed (not Shaheen: its numbers name missiles too)
ROMAN_SERIES = ["Sea Guardian", "Eastern Bridge", "Indra", "Selenga", "Peace Mission", "Garuda Shakti"]
ROMAN = {2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII", 9: "IX", 10: "X", 11: "XI", 12: "XII"}
YEARS = [2019, 2020, 2021, 2022, 2023, 2024]
MONTHS = ["March", "May", "July", "September", "November", "December"]
ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
AIR = ["bombers", "strategic bombers", "aircraft"]
SHIPS = ["warships", "ships", "destroyers", "frigates"]


@dataclass(frozen=True)
class Item:
    shape: str
    text: str
    expected: frozenset  # every (type, source, target) of the family it must give


def _states(rng, n):
    return rng.sample(sorted(STATES), n)


def _patrolled(states, seas):
    return {("PATROLLED", s, r) for s in states for r in seas}


def _drilled(states, seas):
    return {("DRILLED_IN", s, r) for s in states for r in seas}


def _took_part(states, exercise):
    return {("PARTICIPATED_IN", s, exercise) for s in states}


# ---- patrols told over several sentences ------------------------------------------------------

def patrol_flight_then_route(rng):
    a, b = _states(rng, 2)
    r1, r2 = rng.sample(SEAS, 2)
    text = (f"{STATES[a]} and {STATES[b]} {rng.choice(AIR)} flew a joint air patrol on {rng.choice(MONTHS)} "
            f"{rng.randint(2, 27)}, {rng.choice(YEARS)}. The flight lasted {rng.choice(['eight', 'nine', 'eleven'])} hours. "
            f"The {rng.choice(AIR)} {rng.choice(['crossed', 'flew over', 'passed over'])} the {r1} and then the {r2}.")
    return text, _patrolled({a, b}, {r1, r2})


def patrol_then_the_patrol_covered(rng):
    a, b = _states(rng, 2)
    r1, r2 = rng.sample(SEAS, 2)
    text = (f"{_cap(a)} and {b} held their {rng.choice(ORDINALS)} joint naval patrol in {rng.choice(YEARS)}. "
            f"{rng.choice(['Four', 'Six', 'Eight'])} {rng.choice(SHIPS)} sailed in one formation. "
            f"The patrol {rng.choice(['covered', 'took in', 'ranged over'])} the {r1} and the {r2}.")
    return text, _patrolled({a, b}, {r1, r2})


def patrol_series_ordinal(rng):
    a, b = _states(rng, 2)
    r = rng.choice(SEAS)
    text = (f"The {rng.choice(ORDINALS)} joint air patrol by {a} and {b} took place in {rng.choice(MONTHS)} "
            f"{rng.choice(YEARS)}. {STATES[a]} and {STATES[b]} {rng.choice(AIR)} flew over the {r}.")
    return text, _patrolled({a, b}, {r})


def patrol_joined_later(rng):
    a, b, c = _states(rng, 3)
    r = rng.choice(SEAS)
    y = rng.choice(YEARS[:4])
    text = (f"{_cap(a)} and {b} began coordinated patrols of the {r} in {y}. "
            f"{_cap(c)} joined {rng.choice(['the patrols', 'the patrols as a full participant', 'the air element'])} in {y + 2}.")
    return text, _patrolled({a, b, c}, {r})


def patrol_entry_each_sent(rng):
    a, b = _states(rng, 2)
    r1, r2 = rng.sample(SEAS, 2)
    text = (f"{rng.randint(2, 27)} {rng.choice(MONTHS)} -- The {rng.choice(ORDINALS)} joint air patrol. "
            f"{_cap(a)} sent two bombers and {b} {rng.choice(['two', 'four'])} over the {r1} and the {r2}.")
    return text, _patrolled({a, b}, {r1, r2})


def patrol_relative_flown(rng):
    a, b = _states(rng, 2)
    r = rng.choice(SEAS)
    text = (f"{rng.choice(['The lecture compares', 'The speaker will compare'])} the drills with the joint air patrols that {a} and {b} have flown over the {r} "
            f"since {rng.choice(YEARS)}.")
    return text, _patrolled({a, b}, {r})


def patrol_the_flight_passes(rng):
    a, b = _states(rng, 2)
    r1, r2 = rng.sample(SEAS, 2)
    month = rng.choice(MONTHS)
    text = (f"{month.upper()} {rng.choice(YEARS)} - {_cap(rng.choice(ORDINALS))} joint patrol by {a} and {b}, over the {r1}. "
            f"The {month} flight {rng.choice(['passes', 'flies on'])} through the {r2}.")
    return text, _patrolled({a, b}, {r1, r2})


def patrol_after_exercise(rng):
    a, b, c = _states(rng, 3)
    e = rng.choice(EDITIONS)
    r1, r2 = rng.sample(SEAS, 2)
    between = rng.choice(["", f"{_cap(c)} protested. ", f"{_cap(c)} sent a frigate to watch. "])
    patrol = rng.choice([
        f"{rng.choice(['Ten', 'Eight', 'Six'])} ships then held a joint naval patrol in the {r2}.",
        f"A joint naval patrol in the {r2} followed.",
        f"After the drills, {rng.choice(['ten', 'eight'])} ships sailed together into the {r2} on a joint naval patrol.",
    ])
    text = f"{_cap(a)} and {b} held {e} in the {r1} in {rng.choice(MONTHS)}. {between}{patrol}"
    return text, _took_part({a, b}, e) | {("HELD_IN", e, r1)} | _patrolled({a, b}, {r2})


def patrol_joined_them(rng):
    a, b, c, d = _states(rng, 4)
    r = rng.choice(SEAS)
    text = (f"Ships of {a}, {b} and {c} patrolled the {r} in their sectors, and "
            f"{rng.choice(['a', 'one'])} {STATES[d]} patrol vessel joined them in the {rng.choice(['north', 'south'])}.")
    return text, _patrolled({a, b, c, d}, {r})


def control_joined_the_protest(rng):
    a, b, c, d = _states(rng, 4)
    r = rng.choice(SEAS)
    text = (f"{_cap(a)} and {b} flew a joint air patrol over the {r}. "
            f"{_cap(c)} protested, and {d} joined {rng.choice(['them', 'the protest'])}.")
    return text, _patrolled({a, b}, {r})


# ---- drills told over several sentences --------------------------------------------------------

def drills_then_moved(rng):
    a, b = _states(rng, 2)
    r1, r2 = rng.sample(SEAS, 2)
    text = (f"{_cap(a)} and {b} held joint naval drills in the {r1} in {rng.choice(MONTHS)}. "
            f"The {rng.choice(SHIPS)} then moved to the {r2}, where the drills continued for three days.")
    return text, _drilled({a, b}, {r1, r2})


def drills_place_next_sentence(rng):
    a, b = _states(rng, 2)
    r = rng.choice(SEAS)
    text = (f"{STATES[a]} and {STATES[b]} {rng.choice(SHIPS)} held {rng.choice(['live-fire drills', 'joint drills', 'anti-submarine drills'])} "
            f"on {rng.choice(MONTHS)} {rng.randint(2, 27)}. The drills took place in the {r}.")
    return text, _drilled({a, b}, {r})


def drills_by_ships_of_a_force(rng):
    a = rng.choice(["Russia", "China", "India", "France"])
    r = rng.choice(SEAS)
    text = (f"A {STATES[a]} naval group left port on {rng.choice(MONTHS)} 6. The group consisted of a frigate, a destroyer "
            f"and a tanker. The frigate and the destroyer carried out firing exercises in the {r} on {rng.choice(MONTHS)} 9.")
    return text, _drilled({a}, {r})


def drills_before_the_exercise(rng):
    a = rng.choice(sorted(STATES))
    e = rng.choice(EDITIONS)
    r1, r2 = rng.sample(SEAS, 2)
    month = rng.choice(MONTHS)
    text = (f"{e} opened on 13 {month} in the {r1}. {STATES[a]} ships carried out "
            f"{rng.choice(['live gunnery', 'gunnery practice', 'live-fire drills'])} in the {r2} on 8 and 9 {month}, before the exercise began.")
    return text, {("HELD_IN", e, r1)} | _drilled({a}, {r2})


# ---- exercises told over several sentences ----------------------------------------------------

def exercise_then_ships_from(rng):
    a, b = _states(rng, 2)
    e = rng.choice(EDITIONS)
    r = rng.choice(SEAS)
    text = (f"{e} opened in the {r} on {rng.choice(MONTHS)} {rng.randint(2, 27)}. The drills lasted a week and "
            f"included live firing. {rng.choice(['Ships', 'Units', 'Troops'])} from {a} and {b} took part.")
    return text, _took_part({a, b}, e) | {("HELD_IN", e, r)}


def exercise_then_held_in(rng):
    a, b = _states(rng, 2)
    e = rng.choice(EDITIONS)
    r = rng.choice(SEAS)
    text = (f"{_cap(a)} and {b} took part in {e}. "
            f"{rng.choice(['The exercise was held in', 'It was staged in', 'It was held in', 'The drills were held in'])} the {r}.")
    return text, _took_part({a, b}, e) | {("HELD_IN", e, r)}


def exercise_staged_near_state(rng):
    a, b, c = _states(rng, 3)
    e = rng.choice(EDITIONS)
    text = f"{_cap(a)} and {b} took part in {e} in {rng.choice(YEARS)}. It was staged {rng.choice(['off', 'in'])} {c}."
    return text, _took_part({a, b}, e) | {("HELD_IN", e, c)}


def exercise_participants_line(rng):
    states = _states(rng, 3)
    e = rng.choice(EDITIONS)
    r = rng.choice(SEAS)
    text = (f"{e}\n\nThe exercise ran for ten days in the {r}.\n\n"
            f"Participants: {', '.join(states)}.")
    return text, _took_part(set(states), e) | {("HELD_IN", e, r)}


def exercise_roman_edition(rng):
    a, b = _states(rng, 2)
    series = rng.choice(ROMAN_SERIES)
    number = rng.randint(2, 12)
    edition = f"{series}-{ROMAN[number]}"
    text = (f"{_cap(a)} and {b} held {edition}, their {ORDINALS[min(number, 9) - 2]} joint exercise, in {rng.choice(YEARS)}. "
            f"The drills lasted two weeks.")
    # a hyphenated edition the gazetteer does not list is kept as written (GUIDELINES.md), Roman numerals too
    return text, _took_part({a, b}, edition)


# ---- histories as lists and tables ----------------------------------------------------------

def patrol_bullets_heading_parties(rng):
    a, b = _states(rng, 2)
    y = rng.choice(YEARS[:3])
    seas = rng.sample(SEAS, 3)
    lines = [f"- {rng.choice(MONTHS)} {y + i}: joint air patrol over the {r}" for i, r in enumerate(seas)]
    text = f"{a}–{b} joint patrols, {y}–{y + 3}\n\n" + "\n".join(lines)
    return text, _patrolled({a, b}, set(seas))


def patrol_bullets_ordinal(rng):
    a, b = _states(rng, 2)
    y = rng.choice(YEARS[:3])
    seas = rng.sample(SEAS, 3)
    lines = [f"- {y + i}: the {ORDINALS[i]} joint {rng.choice(['air', 'naval'])} patrol, over the {r}" for i, r in enumerate(seas)]
    text = (f"Joint patrols by {a} and {b}\n\n" + "\n".join(lines))
    return text, _patrolled({a, b}, set(seas))


def patrol_table(rng):
    pairs = [_states(rng, 2) for _ in range(2)]
    seas = rng.sample(SEAS, 2)
    rows = [f"| {rng.choice(MONTHS)} {y} | {a}, {b} | {r} |" for (a, b), r, y in zip(pairs, seas, rng.sample(YEARS, 2))]
    text = ("Joint naval patrols\n\n| Date | Participants | Area |\n|---|---|---|\n" + "\n".join(rows))
    expected = set()
    for (a, b), r in zip(pairs, seas):
        expected |= _patrolled({a, b}, {r})
    return text, expected


def patrol_table_status(rng):
    a, b = _states(rng, 2)
    y = rng.choice(YEARS[:3])
    r1, r2, r3 = rng.sample(SEAS, 3)
    bad = rng.sample([("Planned", r2), ("Reported, unconfirmed", r3), ("Cancelled", r3)], 2)
    rows = [f"| {ORDINALS[0]} | {y} | {r1} | Completed |"] + [
        f"| {ORDINALS[i + 1]} | {y + i + 1} | {r} | {status} |" for i, (status, r) in enumerate(bad)]
    text = (f"{a}–{b} joint naval patrols\n\n| Patrol | Year | Waters | Status |\n|---|---|---|---|\n" + "\n".join(rows))
    return text, _patrolled({a, b}, {r1} - {r for _, r in bad})


def patrol_table_series(rng):
    a, b = _states(rng, 2)
    seas = rng.sample(SEAS, 3)
    rows = [f"| {ORDINALS[i]} | {rng.choice(MONTHS)} {YEARS[i]} | {r} |" for i, r in enumerate(seas)]
    text = (f"Joint air patrols by {STATES[a]} and {STATES[b]} bombers\n\n| Patrol | Date | Route |\n|---|---|---|\n" + "\n".join(rows))
    return text, _patrolled({a, b}, set(seas))


def exercise_table(rng):
    editions = rng.sample(EDITIONS, 2)
    seas = rng.sample(SEAS, 2)
    parties = [_states(rng, 2) for _ in range(2)]
    rows = [f"| {e} | {', '.join(p)} | {r} |" for e, p, r in zip(editions, parties, seas)]
    text = "Exercises\n\n| Exercise | Participants | Location |\n|---|---|---|\n" + "\n".join(rows)
    expected = set()
    for e, p, r in zip(editions, parties, seas):
        expected |= _took_part(set(p), e) | {("HELD_IN", e, r)}
    return text, expected


# ---- controls: what the parts give, and nothing for the party or place that is none ------------

def control_drills_unrealised(rng):
    a, b = _states(rng, 2)
    r = rng.choice(SEAS)
    text = rng.choice([
        f"{_cap(a)} and {b} plan joint naval drills for next year. The drills will be held in the {r}.",
        f"{_cap(a)} and {b} called off joint naval drills. The drills were to have been held in the {r}.",
        f"{_cap(a)} and {b} denied holding joint drills. The drills reported in the {r} were by other navies.",
    ])
    return text, set()


def control_drills_then_other_paragraph(rng):
    a, b, c = _states(rng, 3)
    r1, r2 = rng.sample(SEAS, 2)
    text = (f"{_cap(a)} and {b} held joint naval drills in {rng.choice(MONTHS)}. The drills took place in the {r1}.\n\n"
            f"{_cap(c)} held drills of its own later that year. The drills were held in the {r2}.")
    return text, _drilled({a, b}, {r1}) | _drilled({c}, {r2})


def control_withdrew_before(rng):
    a, b, c, d = _states(rng, 4)
    e = rng.choice(EDITIONS)
    text = (f"{e} -- a strategic exercise. {_cap(a)}, {b} and {c} took part; "
            f"{d} withdrew before the exercise began.")
    return text, _took_part({a, b, c}, e)


def control_observer_paragraph(rng):
    a, b, c = _states(rng, 3)
    e = rng.choice(EDITIONS)
    r = rng.choice(SEAS)
    text = (f"{e} was held in the {r}. Ships from {a} and {b} took part. "
            f"{_cap(c)} {rng.choice(['sent observers', 'attended as an observer', 'watched from the shore'])}.")
    return text, _took_part({a, b}, e) | {("HELD_IN", e, r)}


def control_host_sent_nothing(rng):
    h, a, b = _states(rng, 3)
    e = rng.choice(EDITIONS)
    text = (f"{_cap(h)} hosted {e}. Ships from {a} and {b} took part. "
            f"{_cap(h)} itself sent no ships.")
    return text, _took_part({a, b}, e) | {("HOSTED", h, e)}


def control_announced_patrol(rng):
    a, b = _states(rng, 2)
    r = rng.choice(SEAS)
    text = rng.choice([
        f"{_cap(a)} and {b} announced a joint air patrol. The {rng.choice(AIR)} are due to fly over the {r} next month.",
        f"{_cap(a)} and {b} plan a joint naval patrol for next year. The ships would sail through the {r}.",
    ])
    return text, set()


def control_interceptor_paragraph(rng):
    a, b, c = _states(rng, 3)
    r = rng.choice(SEAS)
    text = (f"{STATES[a]} and {STATES[b]} {rng.choice(AIR)} flew a joint patrol over the {r} in {rng.choice(YEARS)}. "
            f"{_cap(c)} scrambled fighters to intercept them. The {STATES[c]} jets {rng.choice(['shadowed', 'tracked', 'followed'])} the bombers for an hour.")
    return text, _patrolled({a, b}, {r})


def control_cancelled_leg(rng):
    a, b = _states(rng, 2)
    r1, r2 = rng.sample(SEAS, 2)
    text = (f"{_cap(a)} and {b} flew a joint air patrol over the {r1} in {rng.choice(YEARS)}. "
            f"A planned leg over the {r2} was cancelled because of bad weather.")
    return text, _patrolled({a, b}, {r1})


def control_bullet_unconfirmed(rng):
    a, b = _states(rng, 2)
    y = rng.choice(YEARS[:3])
    r1, r2 = rng.sample(SEAS, 2)
    bad = rng.choice([f"- {y + 1}: a joint patrol over the {r2} was reported but never confirmed",
                      f"- {y + 1}: a joint patrol over the {r2} was planned but did not take place",
                      f"- {y + 1}: no joint patrol; a flight over the {r2} was called off"])
    text = (f"{a}–{b} joint patrols\n\n- {y}: joint air patrol over the {r1}\n{bad}")
    return text, _patrolled({a, b}, {r1})


def control_second_patrol_paragraph(rng):
    a, b, c, d = _states(rng, 4)
    r1, r2 = rng.sample(SEAS, 2)
    text = (f"{_cap(a)} and {b} flew a joint air patrol over the {r1} in {rng.choice(YEARS)}.\n\n"
            f"{_cap(c)} and {d} held a joint naval patrol in {rng.choice(YEARS)}. "
            f"Their ships sailed through the {r2}.")
    return text, _patrolled({a, b}, {r1}) | _patrolled({c, d}, {r2})


def control_second_exercise_paragraph(rng):
    a, b, c = _states(rng, 3)
    e1, e2 = rng.sample(EDITIONS, 2)
    r1, r2 = rng.sample(SEAS, 2)
    text = (f"{e1} was held in the {r1}. {_cap(a)} and {b} took part.\n\n"
            f"{e2} followed a year later. It was staged in the {r2}, with ships from {c}.")
    return text, (_took_part({a, b}, e1) | {("HELD_IN", e1, r1)} | _took_part({c}, e2) | {("HELD_IN", e2, r2)})


SHAPES = {
    "patrol:flight-then-route": patrol_flight_then_route,
    "patrol:then-the-patrol-covered": patrol_then_the_patrol_covered,
    "patrol:series-ordinal": patrol_series_ordinal,
    "patrol:joined-later": patrol_joined_later,
    "patrol:after-exercise": patrol_after_exercise,
    "patrol:joined-them": patrol_joined_them,
    "control:joined-the-protest": control_joined_the_protest,
    "patrol:bullets-heading-parties": patrol_bullets_heading_parties,
    "patrol:bullets-ordinal": patrol_bullets_ordinal,
    "patrol:table": patrol_table,
    "patrol:table-series": patrol_table_series,
    "control:table-status": patrol_table_status,
    "patrol:entry-each-sent": patrol_entry_each_sent,
    "patrol:relative-flown": patrol_relative_flown,
    "patrol:the-flight-passes": patrol_the_flight_passes,
    "drill:then-moved": drills_then_moved,
    "drill:ships-of-a-force": drills_by_ships_of_a_force,
    "drill:before-the-exercise": drills_before_the_exercise,
    "drill:place-next-sentence": drills_place_next_sentence,
    "exercise:then-ships-from": exercise_then_ships_from,
    "exercise:then-held-in": exercise_then_held_in,
    "exercise:staged-near-state": exercise_staged_near_state,
    "exercise:participants-line": exercise_participants_line,
    "exercise:table": exercise_table,
    "exercise:roman-edition": exercise_roman_edition,
    "control:drills-unrealised": control_drills_unrealised,
    "control:drills-then-other-paragraph": control_drills_then_other_paragraph,
    "control:withdrew-before": control_withdrew_before,
    "control:observer-paragraph": control_observer_paragraph,
    "control:host-sent-nothing": control_host_sent_nothing,
    "control:announced-patrol": control_announced_patrol,
    "control:interceptor-paragraph": control_interceptor_paragraph,
    "control:cancelled-leg": control_cancelled_leg,
    "control:bullet-unconfirmed": control_bullet_unconfirmed,
    "control:second-patrol-paragraph": control_second_patrol_paragraph,
    "control:second-exercise-paragraph": control_second_exercise_paragraph,
}


def battery(seed: int = 18, per_shape: int = 20) -> list[Item]:
    return items_from_makers(SHAPES, Item, seed, per_shape)


FAMILY = {"PATROLLED", "PARTICIPATED_IN", "HELD_IN", "DRILLED_IN", "HOSTED"}


def family_relations(text: str) -> set:
    """The family's relations in text, sources as extracted (the patroller's grain is part of the answer)."""
    from loaders.extract import extract_text
    return {(r.type, r.source, r.target) for r in extract_text(text).relations if r.type in FAMILY}
