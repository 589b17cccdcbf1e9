"""A generated SHAPE battery for Security Council votes, sanctions and opposition: VETOED,
SANCTIONED and OPPOSES.

Each shape is a way other writers report one of these facts ("X vetoed a draft on T", "a
double veto by X and Y", "the draft failed after X voted against", a vote tally, "the X veto
of the draft on T", a flashcard question and answer, a table of votes; "X imposed sanctions
on T", "an embargo on T"; "X condemned T"), filled with varied permanent members, targets,
years, verbs and word orders. The expected relations are computed from the parts. Near-miss
controls keep the words with no fact of the family (drafters, abstainers, an elected member
voting no, threatened or expected vetoes, a draft that passed; sanctions threatened,
considered, lifted or called for; hedged and negated criticism). Mixed items state one fact
next to a near miss (a drafter beside the vetoer) and must give only the fact.

>>> items = battery(seed=3, size=40)
>>> len(items) == 40 and all(item.expected or item.family == "control" for item in items)
True
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from tests.loaders.battery_text import capitalised as _cap, spoken_list as _list

FAMILY = {"VETOED", "SANCTIONED", "OPPOSES"}

# permanent members: surface -> (canonical, demonym)
PERMANENT = {
    "Russia": ("Russia", "Russian"), "Moscow": ("Russia", "Russian"), "China": ("China", "Chinese"),
    "Beijing": ("China", "Chinese"), "the United States": ("United States", "American"),
    "Washington": ("United States", "US"), "Britain": ("United Kingdom", "British"),
    "the United Kingdom": ("United Kingdom", "British"), "France": ("France", "French"),
}
# elected members of the Council, whose no is not a veto
ELECTED = {"India": "India", "Brazil": "Brazil", "Pakistan": "Pakistan", "Egypt": "Egypt", "Japan": "Japan",
           "Kazakhstan": "Kazakhstan", "Algeria": "Algeria", "Indonesia": "Indonesia", "Mexico": "Mexico"}
TARGETS = {"Syria": "Syria", "Myanmar": "Myanmar", "Venezuela": "Venezuela", "Ukraine": "Ukraine",
           "North Korea": "North Korea", "Mali": "Mali", "Yemen": "Yemen", "Zimbabwe": "Zimbabwe",
           "Libya": "Libya", "Sri Lanka": "Sri Lanka", "Georgia": "Georgia", "Nicaragua": "Nicaragua"}
SANCTIONERS = {"the United States": "United States", "Washington": "United States", "the European Union": "European Union",
               "the EU": "European Union", "Britain": "United Kingdom", "Japan": "Japan", "Canada": "Canada",
               "Australia": "Australia", "Switzerland": "Switzerland"}
CRITICS = {"Russia": "Russia", "China": "China", "Beijing": "China", "India": "India", "Japan": "Japan", "Iran": "Iran",
           "Turkey": "Turkey", "the United States": "United States", "France": "France", "Australia": "Australia",
           "Vietnam": "Vietnam", "Tokyo": "Japan"}
OPPOSED = {"North Korea": "North Korea", "Israel": "Israel", "Taiwan": "Taiwan", "Ukraine": "Ukraine", "Poland": "Poland",
           "the Philippines": "Philippines", "Pakistan": "Pakistan", "South Korea": "South Korea", "Armenia": "Armenia"}
# after 1991, so that Moscow is Russia's and not the Soviet Union's veto
YEARS = [1994, 1999, 2004, 2008, 2011, 2014, 2017, 2019, 2022, 2024]
DRAFT = ["a draft resolution", "a draft", "a Security Council resolution", "a draft text", "a resolution"]
ABOUT = ["on", "condemning", "about", "concerning", "on the situation in", "demanding a ceasefire in", "sanctioning"]


@dataclass(frozen=True)
class Item:
    family: str  # a relationship type, or "control"
    shape: str
    text: str
    expected: frozenset  # (type, source, target) it must give
    mentioned: frozenset  # canonical names: no other family relation may join two of them
    checked: frozenset = frozenset(FAMILY)  # the types a false relation is counted in


def _pick(rng, pool, n=1, avoid=()):
    chosen, seen = [], set(avoid)
    while len(chosen) < n:
        surface, value = rng.choice(list(pool.items()))
        canonical = value[0] if isinstance(value, tuple) else value
        if canonical not in seen:
            seen.add(canonical)
            chosen.append((surface, value))
    return chosen


def _name(value):
    return value[0] if isinstance(value, tuple) else value


def _vote(rng, n=None):
    """(vetoer surfaces, canonical vetoers, demonyms, target surface, target, year, 'draft about')."""
    vetoers = _pick(rng, PERMANENT, n or rng.choice([1, 1, 2]))
    (t, target), = _pick(rng, TARGETS)
    draft = f"{rng.choice(DRAFT)} {rng.choice(ABOUT)} {t}"
    return ([s for s, _ in vetoers], [v[0] for _, v in vetoers], [v[1] for _, v in vetoers], t, target,
            rng.choice(YEARS), draft)


# ---- VETOED shapes: each returns (text, vetoers, target)

def vetoed(rng):
    xs, vs, _, _, target, y, draft = _vote(rng)
    return rng.choice([f"{_cap(_list(xs))} vetoed {draft} in {y}.", f"In {y}, {_list(xs)} vetoed {draft}.",
                       f"{_cap(_list(xs))} vetoed {draft}, tabled in {y} by the elected members."]), vs, target


def cast_veto(rng):
    xs, vs, _, _, target, y, draft = _vote(rng)
    noun = "its veto" if len(xs) == 1 else "their vetoes"
    return rng.choice([f"{_cap(_list(xs))} cast {noun} against {draft} in {y}.",
                       f"In {y} {_list(xs)} cast {noun} on {draft}.",
                       f"{_cap(_list(xs))} cast a veto in {y}, killing {draft}."]), vs, target


def used_veto(rng):
    xs, vs, _, _, target, y, draft = _vote(rng)
    noun = "its veto" if len(xs) == 1 else "their veto"
    return rng.choice([f"{_cap(_list(xs))} used {noun} in {y} to block {draft}.",
                       f"In {y}, {_list(xs)} exercised {noun} to defeat {draft}."]), vs, target


def blocked_by(rng):
    xs, vs, ds, _, target, y, draft = _vote(rng)
    veto = f"a {ds[0]} veto" if len(ds) == 1 else f"{ds[0]} and {ds[1]} vetoes"
    return rng.choice([f"{_cap(draft)} was blocked by {veto} in {y}.",
                       f"In {y}, {draft} was blocked by {veto}.",
                       f"{_cap(draft)} fell to {veto} in {y}."]), vs, target


def double_veto(rng):
    xs, vs, _, _, target, y, draft = _vote(rng, 2)
    return rng.choice([f"In {y}, a double veto by {xs[0]} and {xs[1]} killed {draft}.",
                       f"{_cap(draft)} failed in {y} because of a double veto by {xs[0]} and {xs[1]}."]), vs, target


def voted_against(rng):
    xs, vs, _, _, target, y, draft = _vote(rng)
    return rng.choice([f"{_cap(draft)} failed in {y} after {_list(xs)} voted against.",
                       f"In {y}, {draft} was not adopted after {_list(xs)} voted against it.",
                       f"{_cap(_list(xs))} voted against {draft} in {y}, and it was not adopted."]), vs, target


def tally(rng):
    xs, vs, _, _, target, y, draft = _vote(rng)
    (e, _), = _pick(rng, ELECTED)
    favour = 13 if len(xs) == 2 else rng.choice([12, 13, 14])
    return (f"{_cap(draft)} was put to a vote in {y}: {favour} in favour, {_list(xs)} against, {e} abstaining. "
            f"It was not adopted."), vs, target


def nominal(rng):
    xs, vs, ds, t, target, y, _ = _vote(rng, 1)
    return rng.choice([f"The {ds[0]} veto of the {y} draft on {t} drew wide criticism.",
                       f"{_cap(xs[0])}'s veto of a {y} resolution condemning {t} angered the sponsors.",
                       f"After the {y} veto by {xs[0]} of the draft on {t}, the General Assembly met."]), vs, target


def vetoed_by(rng):
    xs, vs, _, _, target, y, draft = _vote(rng)
    return rng.choice([f"{_cap(draft)} was vetoed by {_list(xs)} in {y}.",
                       f"In {y} {draft}, vetoed by {_list(xs)}, never became law."]), vs, target


def year_before(rng):
    xs, vs, _, _, target, y, draft = _vote(rng)
    return f"{y}. The Council voted on {draft}. {_cap(_list(xs))} vetoed it.", vs, target


def question_answer(rng):
    xs, vs, _, t, target, y, _ = _vote(rng)
    return rng.choice([f"Q: Who vetoed the {y} draft on {t}?\nA: {_list(xs)}",
                       f"Q: Which permanent member vetoed the {y} resolution about {t}?\nA: {_cap(_list(xs))}."]), vs, target


def vote_table(rng):
    xs, vs, _, t, target, y, _ = _vote(rng)
    (e, _), = _pick(rng, ELECTED)
    return (f"Year | Draft about | Vetoed by | Abstained\n{y} | {t} | {_list(xs)} | {e}\n"), vs, target


def topic(rng):
    xs, vs, _, _, _, y, _ = _vote(rng)
    subject, canonical = rng.choice([("climate security", "Climate security"), ("humanitarian access", "Humanitarian access"),
                                     ("nuclear testing", "Nuclear testing")])
    return f"{_cap(_list(xs))} vetoed a draft resolution on {subject} in {y}.", vs, canonical


VETO_SHAPES = [vetoed, cast_veto, used_veto, blocked_by, double_veto, voted_against, tally, nominal, vetoed_by,
               year_before, question_answer, vote_table, topic]


# ---- mixed VETOED items: a vetoer beside a near miss (drafter, abstainer, elected no)

def beside_drafter(rng):
    xs, vs, _, _, target, y, draft = _vote(rng, 1)
    (d, drafter), = _pick(rng, ELECTED)
    return rng.choice([f"{_cap(draft)}, drafted by {d}, was vetoed by {xs[0]} in {y}.",
                       f"{_cap(xs[0])} vetoed {draft} sponsored by {d} in {y}."]), vs, target, {drafter}


def beside_abstainer(rng):
    xs, vs, _, _, target, y, draft = _vote(rng, 1)
    (a, abstainer), = _pick(rng, ELECTED)
    return f"{_cap(xs[0])} vetoed {draft} in {y}, while {a} abstained.", vs, target, {abstainer}


def beside_elected_no(rng):
    xs, vs, _, _, target, y, draft = _vote(rng, 1)
    (e, elected), = _pick(rng, ELECTED)
    return f"In {y}, {xs[0]} vetoed {draft}; {e}, an elected member, also voted no.", vs, target, {elected}


MIXED_SHAPES = [beside_drafter, beside_abstainer, beside_elected_no]


# ---- SANCTIONED shapes: each returns (text, sanctioner, target)

def _sanction(rng):
    (s, sanctioner), = _pick(rng, SANCTIONERS)
    (t, target), = _pick(rng, TARGETS, avoid={sanctioner})
    return s, sanctioner, t, target, rng.choice(YEARS)


def imposed(rng):
    s, sanctioner, t, target, y = _sanction(rng)
    what = rng.choice(["sanctions", "new sanctions", "sweeping sanctions", "financial sanctions", "export controls and sanctions"])
    return rng.choice([f"{_cap(s)} imposed {what} on {t} in {y}.", f"In {y}, {s} imposed {what} against {t}.",
                       f"{_cap(s)} slapped {what} on {t} in {y}."]), sanctioner, target


def embargo(rng):
    s, sanctioner, t, target, y = _sanction(rng)
    return rng.choice([f"{_cap(s)} imposed an arms embargo on {t} in {y}.",
                       f"In {y} {s} placed an embargo on {t}.",
                       f"{_cap(s)} has kept an oil embargo on {t} since {y}."]), sanctioner, target


def froze_assets(rng):
    s, sanctioner, t, target, y = _sanction(rng)
    return rng.choice([f"{_cap(s)} froze {t}'s sovereign assets in {y}.",
                       f"In {y}, {s} froze the assets of {t}."]), sanctioner, target


def blacklisted(rng):
    s, sanctioner, t, target, y = _sanction(rng)
    return rng.choice([f"{_cap(s)} blacklisted {t}'s state oil company in {y}.",
                       f"In {y} {s} blacklisted {t}."]), sanctioner, target


def sanctions_regime(rng):
    s, sanctioner, t, target, y = _sanction(rng)
    return rng.choice([f"{_cap(s)} has maintained a sanctions regime against {t} since {y}.",
                       f"{_cap(s)} set up a sanctions regime against {t} in {y}."]), sanctioner, target


def sanctioned_verb(rng):
    s, sanctioner, t, target, y = _sanction(rng)
    return rng.choice([f"{_cap(s)} sanctioned {t} in {y}.", f"{_cap(t)} was sanctioned by {s} in {y}.",
                       f"{_cap(t)} has been under sanctions from {s} since {y}."]), sanctioner, target


SANCTION_SHAPES = [imposed, embargo, froze_assets, blacklisted, sanctions_regime, sanctioned_verb]


# ---- OPPOSES shapes: each returns (text, critic, target)

def _oppose(rng):
    (a, critic), = _pick(rng, CRITICS)
    (b, opposed), = _pick(rng, OPPOSED, avoid={critic})
    return a, critic, b, opposed, rng.choice(YEARS)


def condemned(rng):
    a, critic, b, opposed, y = _oppose(rng)
    return rng.choice([f"{_cap(a)} condemned {b} in {y} for its missile tests.",
                       f"In {y}, {a} strongly condemned {b}'s military build-up.",
                       f"{_cap(a)} denounced {b} over the border incident in {y}."]), critic, opposed


def objects(rng):
    a, critic, b, opposed, y = _oppose(rng)
    return rng.choice([f"{_cap(a)} objects to {b}'s deployment of new missiles.",
                       f"{_cap(a)} opposes {b}'s bid for a permanent seat.",
                       f"{_cap(a)} firmly opposed {b} in the {y} dispute."]), critic, opposed


def criticised(rng):
    a, critic, b, opposed, y = _oppose(rng)
    return rng.choice([f"{_cap(a)} criticised {b} for its naval patrols in {y}.",
                       f"In {y}, {a} sharply criticized {b}'s arms purchases.",
                       f"{_cap(a)} protested to {b} over the {y} incident."]), critic, opposed


OPPOSE_SHAPES = [condemned, objects, criticised]


# ---- controls: the same words, no fact of the family

def control(rng) -> Item:
    xs, vs, ds, t, target, y, draft = _vote(rng, 1)
    (e, elected), = _pick(rng, ELECTED)
    s, sanctioner, st, starget, _ = _sanction(rng)
    a, critic, b, opposed, _ = _oppose(rng)
    forms = [
        ("drafter", f"{_cap(e)} drafted {draft} in {y}.", {elected, target}),
        ("sponsor", f"{_cap(xs[0])} sponsored {draft}, which was adopted unanimously in {y}.", {vs[0], target}),
        ("abstained", f"{_cap(xs[0])} abstained on {draft} in {y}.", {vs[0], target}),
        ("elected_no", f"{_cap(e)} voted against {draft} in {y}, but it was adopted with 12 votes.", {elected, target}),
        ("tally_elected_no", f"{_cap(draft)} was adopted in {y}: 14 in favour, {e} against.", {elected, target}),
        ("threatened_veto", f"{_cap(xs[0])} threatened to veto {draft}, which was never put to a vote.", {vs[0], target}),
        ("expected_veto", f"{_cap(xs[0])} was expected to veto {draft} in {y}.", {vs[0], target}),
        ("did_not_veto", f"{_cap(xs[0])} did not veto {draft} in {y}.", {vs[0], target}),
        ("passed", f"{_cap(draft)} passed in {y} with {xs[0]}'s support.", {vs[0], target}),
        ("sanctions_threatened", f"{_cap(s)} threatened sanctions against {st}.", {sanctioner, starget}),
        ("sanctions_considered", f"{_cap(s)} is considering sanctions on {st}.", {sanctioner, starget}),
        ("sanctions_lifted", f"{_cap(s)} lifted its sanctions on {st} in {y}.", {sanctioner, starget}),
        ("sanctions_unfrozen", f"{_cap(s)} unfroze {st}'s assets in {y}.", {sanctioner, starget}),
        ("sanctions_freeze_threatened", f"{_cap(s)} threatened to freeze {st}'s assets.", {sanctioner, starget}),
        ("sanctions_called", f"{_cap(s)} called for sanctions on {st}.", {sanctioner, starget}),
        ("sanctions_declined", f"{_cap(s)} declined to impose sanctions on {st}.", {sanctioner, starget}),
        ("oppose_hedged", f"{_cap(a)} may criticise {b} at the summit.", {critic, opposed}),
        ("oppose_negated", f"{_cap(a)} did not condemn {b}.", {critic, opposed}),
        ("oppose_refused", f"{_cap(a)} refused to condemn {b}'s missile tests.", {critic, opposed}),
        ("oppose_reportedly", f"{_cap(a)} reportedly opposes {b}'s bid, though officials deny it.", {critic, opposed}),
    ]
    kind, text, mentioned = rng.choice(forms)
    # a control is a near miss of one type only: "called for sanctions on T" may well oppose T
    # (a drafter's or sponsor's "draft sanctioning T" sanctions nothing either)
    checked = {"SANCTIONED"} if kind.startswith("sanctions") else {"OPPOSES"} if kind.startswith("oppose") else \
        {"VETOED", "SANCTIONED"} if kind in ("drafter", "sponsor") else {"VETOED"}
    return Item("control", kind, text, frozenset(), frozenset(mentioned), frozenset(checked))


def battery(seed: int = 17, size: int = 600) -> list[Item]:
    """``size`` items, about a quarter of them controls, the rest spread over every shape."""
    rng = random.Random(seed)
    shapes = ([("VETOED", f) for f in VETO_SHAPES + MIXED_SHAPES] + [("SANCTIONED", f) for f in SANCTION_SHAPES]
              + [("OPPOSES", f) for f in OPPOSE_SHAPES])
    items = []
    for i in range(size):
        if i % 4 == 3:
            items.append(control(rng))
            continue
        rel, shape = shapes[(i - i // 4) % len(shapes)]
        if shape in MIXED_SHAPES:
            text, vetoers, target, near = shape(rng)
            items.append(Item(rel, shape.__name__, text, frozenset(("VETOED", v, target) for v in vetoers),
                              frozenset(set(vetoers) | {target} | near)))
            continue
        text, sources, target = shape(rng)
        sources = sources if isinstance(sources, list) else [sources]
        items.append(Item(rel, shape.__name__, text, frozenset((rel, s, target) for s in sources),
                          frozenset(set(sources) | {target})))
    return items


def family_relations(text: str) -> set:
    from loaders.extract import extract_text
    return {(r.type, r.source, r.target) for r in extract_text(text).relations if r.type in FAMILY}


def check(item: Item, found: set) -> tuple[list, list]:
    """(misses, false relations) of the family relations ``found`` in ``item.text``: a false one
    joins two entities the item mentions and is not expected. A sanction is also an opposition
    (the brief's OPPOSES covers sanctions policy), so OPPOSES beside an expected SANCTIONED is
    not counted false."""
    allowed = {("OPPOSES", s, t) for kind, s, t in item.expected if kind == "SANCTIONED"}
    false = [key for key in found if key[0] in item.checked and key not in item.expected and key not in allowed
             and key[1] in item.mentioned and key[2] in item.mentioned]
    return sorted(item.expected - found), sorted(false)
