"""Generated compositional battery for the diplomacy family (session 19), with near-miss controls.

Past batteries varied one shape at a time; authors combine several in one sentence or paragraph. Each item here
starts from one base clause (a membership, an opposition, a partnership, a sanction, a veto, a leadership or a
clash), written in one of a broad pool of wordings, and applies a random combination of two to four independent
transformations: a fronted date or adverbial, an apposition on either argument, a relative clause, coordination of
the states or of the bodies, an attribution that keeps the clause a fact ("diplomats said"), a trailing participial
clause, a second clause with other entities joined by "while" or "as", a parenthetical, the body or draft named in
the sentence before and referred to by "the bloc", "the alliance", "the text" ..., and a list of states split over
two sentences ("So did X").

Expectations are computed from the parts: every state of the subject list with every body or state of the object
list, plus whatever the second clause states. A control (shape name starting ``control_``) takes its base clause
from a pool of near-miss wordings (observers, dialogue partners, applicants, guests, drafters, abstainers,
co-sponsors, planned, hedged, denied or declined deeds) that give nothing, under the same transformations; only its
second clause, if any, gives relations. Every sentence is written for the battery.
"""
from __future__ import annotations

import random
import re
from collections import Counter

from tests.loaders.battery_text import ParagraphItem as Item, capitalised, spoken_list

FAMILY = {"MEMBER_OF", "OPPOSES", "PARTNERS_WITH", "SANCTIONED", "VETOED", "LEADS", "CLASHED_WITH"}
SYMMETRIC = {"PARTNERS_WITH", "CLASHED_WITH"}

# (as written, canonical, the noun that refers back to it)
BLOCS = [("the Shanghai Cooperation Organisation", "Shanghai Cooperation Organisation", "the bloc"),
         ("the Collective Security Treaty Organization", "Collective Security Treaty Organization", "the alliance"),
         ("NATO", "North Atlantic Treaty Organization", "the alliance"),
         ("ASEAN", "Association of Southeast Asian Nations", "the bloc"),
         ("BRICS", "BRICS", "the grouping"),
         ("the Eurasian Economic Union", "Eurasian Economic Union", "the union"),
         ("the African Union", "African Union", "the bloc")]
COUNCILS = [("the UN Security Council", "United Nations Security Council", "the council"),
            ("the AU Peace and Security Council", "Peace and Security Council", "the council")]
MEMBERS = ["Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Armenia", "Belarus", "Iran", "Finland", "Sweden",
           "Egypt", "Ethiopia", "Indonesia", "Laos", "Montenegro", "Ghana", "Kenya"]
CRITICS = ["Russia", "China", "India", "Japan", "Australia", "Iran", "Turkey", "Brazil", "the Philippines", "Vietnam"]
CRITICISED = ["the United States", "Japan", "South Korea", "North Korea", "Israel", "NATO", "AUKUS", "Pakistan",
              "Taiwan", "Lithuania"]
PARTNERS = ["India", "Vietnam", "Indonesia", "Egypt", "Brazil", "Mongolia", "Kazakhstan", "Serbia", "Algeria",
            "South Africa", "Malaysia", "Greece"]
SANCTIONERS = ["the United States", "the United Kingdom", "Canada", "Japan", "Australia", "the European Union",
               "Switzerland", "New Zealand"]
SANCTIONED = ["Iran", "North Korea", "Belarus", "Myanmar", "Venezuela", "Syria", "Russia", "Nicaragua"]
VETOERS = ["Russia", "China", "the United States", "the United Kingdom", "France"]
# (as written after "on", canonical)
SUBJECTS = [("Syria", "Syria"), ("Myanmar", "Myanmar"), ("Venezuela", "Venezuela"), ("Ukraine", "Ukraine"),
            ("Mali", "Mali"), ("climate security", "Climate security"), ("Yemen", "Yemen")]
# (leader, [(as written, canonical, the noun that refers back to it)])
LEADERS = [("China", [("the Belt and Road Initiative", "Belt and Road Initiative", "the scheme"),
                      ("the Global Security Initiative", "Global Security Initiative", "the initiative")]),
           ("Russia", [("the Collective Security Treaty Organization", "Collective Security Treaty Organization",
                        "the alliance"), ("the Eurasian Economic Union", "Eurasian Economic Union", "the union")]),
           ("Japan", [("the Free and Open Indo-Pacific", "Free and Open Indo-Pacific", "the strategy")]),
           ("India", [("the Act East Policy", "Act East Policy", "the policy")])]
CLASHERS = [("India", "China"), ("Armenia", "Azerbaijan"), ("India", "Pakistan"), ("Thailand", "Cambodia"),
            ("Kyrgyzstan", "Tajikistan"), ("Ethiopia", "Eritrea"), ("Israel", "Lebanon")]
OTHERS = ["Chile", "Morocco", "Peru", "Qatar", "Norway", "Portugal"]
YEARS = list(range(1995, 2024))
ORDINALS = ["ninth", "tenth", "eleventh", "thirtieth", "thirty-second"]

# Base wordings per type: "{S}" the subject list, "{O}" the object noun phrase, "{sg|pl}" a form chosen by the
# number of the subject, "{yr}" a year. Options: "council" (a seat on a council), "no_split" (no "So did X").
WORDINGS = {
    "MEMBER_OF": ["{S} joined {O} in {yr}", "{S} acceded to {O} in {yr}", "{S} {was|were} admitted to {O} in {yr}",
                  "{S} became {the ORD member|members} of {O} in {yr}",
                  "{S} {is a founding member|are founding members} of {O}",
                  "{S} {has|have} been {a full member|full members} of {O} since {yr}",
                  "{S} ratified {its|their} accession to {O} in {yr}",
                  ("{S} {sits|sit} on {O}", "council"), ("{S} {holds a seat|hold seats} on {O}", "council"),
                  ("{S} won {a seat|seats} on {O} in {yr}", "council")],
    "OPPOSES": ["{S} condemned {O}'s missile tests", "{S} criticised {O} over its naval deployments",
                "{S} pushed back against {O}'s plans for new bases", "{S} denounced {O}'s military build-up",
                "{S} objected to {O}'s deployment of troops near the border",
                "{S} {counters|counter} {O}'s influence in the region", "{S} strongly opposed {O}'s arms sales"],
    "PARTNERS_WITH": ["{S} signed a strategic partnership with {O} in {yr}",
                      "{S} signed a defence cooperation pact with {O} in {yr}", "{S} deepened ties with {O} in {yr}",
                      "{S} upgraded {its|their} relations with {O} to a comprehensive strategic partnership in {yr}",
                      "{S} concluded a treaty of friendship with {O} in {yr}"],
    "SANCTIONED": ["{S} imposed sanctions on {O} in {yr}", "{S} slapped sanctions on {O}",
                   "{S} extended {its|their} sanctions on {O} in {yr}", "{S} tightened sanctions against {O}",
                   "{S} blacklisted {O}'s state arms exporter", "{S} froze the assets of {O}'s central bank",
                   "{S} imposed export bans on {O} in {yr}"],
    "VETOED": ["{S} vetoed {O} in {yr}", "{S} cast {a veto|vetoes} against {O} in {yr}",
               "{S} blocked {O} with {its veto|their vetoes} in {yr}",
               "{S}, as {a permanent member|permanent members}, voted against {O} in {yr}"],
    "LEADS": [("{S} {heads|head} {O}", "no_split"), ("{S} {leads|lead} {O}", "no_split"),
              ("{S} launched {O} in {yr}", "no_split"), ("{O}, led by {S}, met again in {yr}", "no_split"),
              ("{S} spearheaded {O} from its start in {yr}", "no_split")],
    "CLASHED_WITH": [("{S} clashed with {O} along the disputed border in {yr}", "no_split"),
                     ("{S} traded fire with {O} in {yr}", "no_split"),
                     ("{S} fought a brief border war with {O} in {yr}", "no_split"),
                     ("troops from {S} clashed with forces of {O} in {yr}", "no_split")],
}
# Near-miss wordings per type: none of them states the relation.
CONTROLS = {
    "MEMBER_OF": ["{S} {holds|hold} observer status in {O}", "{S} became {a dialogue partner|dialogue partners} of {O} "
                  "in {yr}", "{S} applied to join {O} in {yr}", "{S} attended the summit of {O} as {a guest|guests}",
                  "{S} {plans|plan} to join {O}", "{S} declined to join {O} in {yr}",
                  "{S} {is|are} expected to join {O} next year", "{S} denied that {it|they} would join {O}",
                  "{S} {is|are} {a candidate|candidates} for membership of {O}"],
    "OPPOSES": ["{S} declined to condemn {O}'s missile tests", "{S} praised {O}'s naval deployments",
                "{S} might criticise {O}'s plans for new bases", "{S} denied opposing {O}'s military build-up",
                "{S} {is|are} said to have objected to {O}'s deployment of troops"],
    "PARTNERS_WITH": ["{S} held talks on a strategic partnership with {O} in {yr}",
                      "{S} {plans|plan} to sign a defence cooperation pact with {O}",
                      "{S} ruled out a strategic partnership with {O}",
                      "{S} {is|are} expected to deepen ties with {O} next year"],
    "SANCTIONED": ["{S} threatened sanctions on {O} in {yr}", "{S} lifted {its|their} sanctions on {O} in {yr}",
                   "{S} {is|are} considering sanctions against {O}", "{S} declined to impose sanctions on {O}",
                   "{S} proposed an export ban on {O}"],
    "VETOED": ["{S} tabled {O} in {yr}", "{S} abstained on {O} in {yr}", "{S} co-sponsored {O} in {yr}",
               "{S} threatened to veto {O} in {yr}", "{S} voted in favour of {O} in {yr}"],
    "LEADS": [("{S} {hopes|hope} to lead {O}", "no_split"), ("{S} attended the launch of {O} in {yr}", "no_split"),
              ("{S} {is|are} expected to take over {O} next year", "no_split")],
    "CLASHED_WITH": [("{S} denied clashing with {O} in {yr}", "no_split"),
                     ("{S} warned of possible clashes with {O}", "no_split"),
                     ("{S} held border talks with {O} in {yr}", "no_split")],
}

FRONTS = ["In {yr}, ", "On 12 March {yr}, ", "Late in {yr}, ", "Earlier this year, ", "After months of debate, ",
          "Despite objections at home, "]
SUBJECT_APPOSITIONS = [", {a landlocked country|both landlocked countries},",
                       ", long {a cautious player|cautious players},", ", {a mid-sized power|both mid-sized powers},",
                       ", {one of the region's larger economies|two of the region's larger economies},"]
OBJECT_APPOSITIONS = {"body": [", a grouping founded decades ago,", ", a security bloc,", ", a body of growing weight,"],
                      "state": [", a long-standing rival,", ", under new leadership at the time,"],
                      "draft": [", a text months in the making,", ", a short text,"],
                      "initiative": [", a flagship scheme,", ", a signature project,"]}
RELATIVES = [", which {sg_has} a long border with {Other},", ", which {sg_has} close ties to {Other},",
             ", which had hosted talks in {yr0},"]
ATTRIBUTIONS = [("", ", diplomats said"), ("According to diplomats, ", ""), ("Officials confirmed that ", ""),
                ("", ", the foreign ministry said"), ("", ", state media reported")]
PARTICIPLES = [", citing security concerns", ", ending years of hesitation", ", underscoring a shift in policy",
               ", following a review of its foreign policy"]
PARENTHETICALS = [" (see table 2)", " [4]", " (in {yr0})", " (then under a new government)"]
JOINERS = [", while ", ", as "]
SPLITS = ["So did {S2}.", "{S2} followed suit in {yr2}.", "{S2} did the same a year later."]
# after a clause that tells a standing ("is a founding member", "has been a member since", "sits on")
STANDING_SPLITS = {"{is": ["So is {S2}.", "{S2} is too."], "{has": ["So has {S2}.", "{S2} has too."],
                   "{sits": ["So does {S2}.", "{S2} does too."], "{holds": ["So does {S2}.", "{S2} does too."],
                   "{counters": ["So does {S2}.", "{S2} does too."]}
# the sentence that names a body or a draft before the clause refers to it
LEADS_IN = {"body": "{O} was set up in {yr0} to coordinate security policy.",
            "initiative": "{O} was announced in {yr0} with great fanfare.",
            "draft": "A draft resolution on {topic} was tabled by {Drafter} in {yr}."}
DRAFT_REFERENCES = ["the text", "the measure", "the draft"]

TRANSFORMS = ["front", "subject_apposition", "object_apposition", "relative", "coordinate_subjects",
              "coordinate_objects", "attribution", "participle", "second_clause", "parenthetical", "reference",
              "split_list"]
# pairs that cannot go together in one item
EXCLUSIVE = [{"reference", "coordinate_objects"}, {"split_list", "second_clause"}, {"front", "attribution"},
             {"relative", "subject_apposition"}]


def _agree(text: str, plural: bool) -> str:
    """The template with each "{singular|plural}" choice made; "ORD" stands for an ordinal filled in later."""
    return re.sub(r"\{([^{}|]*)\|([^{}|]*)\}", lambda m: m.group(2 if plural else 1), text)


def _draw_parts(rng: random.Random, kind: str, avoid: set[str]) -> dict:
    """Subject and object pools of one relation type: surfaces and canonicals, the kind of the object."""
    def pick(pool, n=1):
        free = [x for x in pool if _canonical(x) not in avoid]
        return rng.sample(free, min(n, len(free)))
    if kind == "MEMBER_OF":
        council = rng.random() < 0.25
        bodies = COUNCILS if council else BLOCS
        return dict(subjects=pick(MEMBERS, 3), objects=pick(bodies, 2), object_kind="body", council=council)
    if kind == "OPPOSES":
        subjects = pick(CRITICS, 3)
        return dict(subjects=subjects, objects=[x for x in pick(CRITICISED, 4) if _canonical(x) not in
                                                {_canonical(c) for c in subjects}][:2], object_kind="state")
    if kind == "PARTNERS_WITH":
        subjects = pick(PARTNERS, 3)
        return dict(subjects=subjects, objects=[x for x in pick(PARTNERS, 5) if x not in subjects][:2],
                    object_kind="state")
    if kind == "SANCTIONED":
        return dict(subjects=pick(SANCTIONERS, 3), objects=pick(SANCTIONED, 2), object_kind="state")
    if kind == "VETOED":
        return dict(subjects=pick(VETOERS, 3), objects=pick(SUBJECTS, 2), object_kind="draft")
    if kind == "LEADS":
        leader, bodies = rng.choice([x for x in LEADERS if x[0] not in avoid] or LEADERS)
        return dict(subjects=[leader], objects=rng.sample(bodies, min(2, len(bodies))), object_kind="initiative")
    pair = rng.choice([p for p in CLASHERS if not set(p) & avoid])
    return dict(subjects=[pair[0]], objects=[pair[1]], object_kind="state")


def _canonical(name) -> str:
    if isinstance(name, tuple):
        return name[1]
    return {"the United States": "United States", "the United Kingdom": "United Kingdom",
            "the European Union": "European Union", "the Philippines": "Philippines",
            "NATO": "North Atlantic Treaty Organization"}.get(name, name)


def _written(name) -> str:
    return name[0] if isinstance(name, tuple) else name


def _relations(kind: str, subjects, objects) -> set:
    found = set()
    for s in subjects:
        for o in objects:
            a, b = _canonical(s), _canonical(o)
            found.add((kind, *sorted((a, b))) if kind in SYMMETRIC else (kind, a, b))
    return found


def _allowed(kind: str, template: str, subjects, objects) -> set:
    """Readings the guidelines leave open: a sanction is also opposition, a permanent member of the Council is a
    member of it, a state that launched a body is among its founders."""
    if kind == "SANCTIONED":
        return {("OPPOSES", _canonical(s), _canonical(o)) for s in subjects for o in objects}
    if kind == "VETOED" and "permanent member" in template:
        return {("MEMBER_OF", _canonical(s), "United Nations Security Council") for s in subjects}
    if kind == "LEADS":
        return {("MEMBER_OF", _canonical(s), _canonical(o)) for s in subjects for o in objects}
    return set()


def _object_phrase(kind: str, objects: list[str]) -> str:
    if kind == "VETOED":
        return ("a draft resolution on " if len(objects) == 1 else "draft resolutions on ") + spoken_list(objects)
    return spoken_list(objects)


def _wording(rng: random.Random, pool: list) -> tuple[str, set]:
    choice = rng.choice(pool)
    return (choice, set()) if isinstance(choice, str) else (choice[0], set(choice[1:]))


def _plain_clause(rng: random.Random, avoid: set[str]) -> tuple[str, set, set]:
    """A second, untransformed factual clause of another type with other entities, its relations and those it
    may give."""
    while True:
        kind = rng.choice(sorted(WORDINGS))
        parts = _draw_parts(rng, kind, avoid)
        if parts["subjects"] and parts["objects"]:
            break
    template, options = _wording(rng, [w for w in WORDINGS[kind]
                                       if isinstance(w, str) or ("council" in w) == bool(parts.get("council"))])
    subject, obj = parts["subjects"][0], parts["objects"][0]
    text = _agree(template, False).format(S=_written(subject), O=_object_phrase(kind, [_written(obj)]),
                                          yr=rng.choice(YEARS), ord=rng.choice(ORDINALS)).replace("ORD", rng.choice(ORDINALS))
    return text, _relations(kind, [subject], [obj]), _allowed(kind, template, [subject], [obj])


def _usable(kind: str, options: set) -> list[str]:
    """The transformations a base clause of ``kind`` with these wording options can take."""
    return [t for t in TRANSFORMS
            if not (t == "split_list" and "no_split" in options)
            and not (t == "coordinate_subjects" and kind in {"LEADS", "CLASHED_WITH"})
            and not (t == "coordinate_objects" and kind == "CLASHED_WITH")
            and not (t == "object_apposition" and "possessive" in options)
            and not (t == "reference" and kind not in {"MEMBER_OF", "VETOED", "LEADS"})]


def _choose_transforms(rng: random.Random, kind: str, options: set) -> list[str]:
    usable = _usable(kind, options)
    size = rng.choice((2, 3, 4))
    while True:
        chosen = set(rng.sample(usable, size))
        if not any(pair <= chosen for pair in EXCLUSIVE):
            return sorted(chosen)


def make_item(rng: random.Random, kind: str, control: bool, wording=None, transforms=None) -> Item:
    """One item: a base clause of ``kind`` (a near-miss wording if ``control``) under two to four transformations
    (or the ``wording`` and ``transforms`` given)."""
    parts = _draw_parts(rng, kind, set())
    pool = CONTROLS[kind] if control else WORDINGS[kind]
    if wording is not None:
        pool = [wording]
        parts["council"] = not isinstance(wording, str) and "council" in wording
        if kind == "MEMBER_OF":
            parts["objects"] = rng.sample(COUNCILS if parts["council"] else BLOCS, 2)
    elif not control:
        pool = [w for w in pool if isinstance(w, str) or ("council" in w) == bool(parts.get("council"))]
    template, options = _wording(rng, pool)
    possessive = "{O}'s" in template
    if transforms is None:
        transforms = _choose_transforms(rng, kind, options | ({"possessive"} if possessive else set()))
    yr = rng.choice(YEARS)
    subjects = parts["subjects"][:2 if "coordinate_subjects" in transforms else 1]
    objects = parts["objects"][:2 if "coordinate_objects" in transforms else 1]
    object_kind = parts["object_kind"]
    lead, after = "", []
    split_rest = []
    if "split_list" in transforms:
        split_rest = [s for s in parts["subjects"] if s not in subjects][:1]
    names = {_canonical(x) for x in parts["subjects"] + parts["objects"]}
    other = rng.choice(OTHERS)

    subject_text = spoken_list([_written(s) for s in subjects])
    if kind == "VETOED":
        object_text = _object_phrase(kind, [_written(o) for o in objects])
    else:
        object_text = spoken_list([_written(o) for o in objects])
    if "reference" in transforms:
        if kind == "VETOED":
            drafter = rng.choice([o for o in OTHERS if o != other])
            lead = LEADS_IN["draft"].format(topic=_written(objects[0]), Drafter=drafter, yr=yr)
            object_text = rng.choice(DRAFT_REFERENCES)
        else:
            lead = capitalised(LEADS_IN[object_kind].format(O=_written(objects[0]), yr0=yr - 3))
            object_text = objects[0][2] if isinstance(objects[0], tuple) else "the group"
    subject_slot, object_slot = "", ""
    if "subject_apposition" in transforms:
        subject_slot = _agree(rng.choice(SUBJECT_APPOSITIONS), len(subjects) > 1)
    if "object_apposition" in transforms:
        object_slot = rng.choice(OBJECT_APPOSITIONS[object_kind if not parts.get("council") else "body"])
    if "relative" in transforms:
        relative = _agree(rng.choice(RELATIVES).replace("{sg_has}", "{has|have}"), len(subjects) > 1)
        relative = relative.format(Other=other, yr0=yr - 2)
        if object_slot or possessive or object_kind != "state" or rng.random() < 0.5:
            subject_slot = relative
        else:
            object_slot = _agree(relative, len(objects) > 1)
    if "parenthetical" in transforms:
        note = rng.choice(PARENTHETICALS).format(yr0=yr - 1)
        if (possessive or rng.random() < 0.5) and not subject_slot:
            subject_slot = note
        elif not object_slot and not possessive:
            object_slot = note
        else:
            subject_slot = note + subject_slot
    written_template = _agree(template, len(subjects) > 1)
    clause = written_template.format(S=subject_text + subject_slot, O=object_text + object_slot, yr=yr,
                                     ord=rng.choice(ORDINALS)).replace("ORD", rng.choice(ORDINALS))
    front, tail = "", ""
    if "front" in transforms:
        front = rng.choice(FRONTS).format(yr=yr)
    if "attribution" in transforms:
        front, tail_attr = rng.choice(ATTRIBUTIONS)
    else:
        tail_attr = ""
    if "participle" in transforms:
        tail += rng.choice(PARTICIPLES)
    second_relations, allowed = set(), set()
    if "second_clause" in transforms:
        second, second_relations, allowed = _plain_clause(rng, names | {other})
        tail += rng.choice(JOINERS) + second
    tail += tail_attr
    if clause.endswith(","):
        clause = clause[:-1]
    sentence = capitalised(front + clause + tail) + "."
    sentence = re.sub(r",(\s*,)+", ",", sentence).replace(",.", ".")
    text = re.sub(r"(States|Philippines)'s\b", r"\1'", " ".join(x for x in (lead, sentence) if x))
    all_subjects = subjects + split_rest
    if split_rest:
        splits = next((v for k, v in STANDING_SPLITS.items() if template.startswith("{S} " + k)), SPLITS)
        text += " " + capitalised(rng.choice(splits).format(S2=_written(split_rest[0]), yr2=yr + 1))
    expected = set() if control else _relations(kind, all_subjects, objects)
    if not control:
        allowed |= _allowed(kind, template, all_subjects, objects)
    shape = ("control_" if control else "") + kind + ":" + ("+".join(transforms) or "bare")
    return Item(shape, text, frozenset(expected | second_relations), frozenset(allowed))


def battery(seed: int = 19, per_type: int = 120, controls_per_type: int = 60) -> list[Item]:
    """``per_type`` positive items and ``controls_per_type`` controls of every type, each with 2 to 4 transformations."""
    rng = random.Random(seed)
    return [make_item(rng, kind, control) for kind in sorted(WORDINGS)
            for control, count in ((False, per_type), (True, controls_per_type)) for _ in range(count)]


def single_battery(seed: int = 19) -> list[Item]:
    """Every wording of every type, positive and near-miss, bare and under each one transformation it can take
    (shape ``<type>:<transformation>`` or ``<type>:bare``): what each piece gives alone."""
    rng = random.Random(seed)
    items = []
    for kind in sorted(WORDINGS):
        for control, pool in ((False, WORDINGS[kind]), (True, CONTROLS[kind])):
            for wording in pool:
                template, options = _wording(rng, [wording])
                options |= {"possessive"} if "{O}'s" in template else set()
                for transform in ["bare"] + _usable(kind, options):
                    items.append(make_item(rng, kind, control, wording, [] if transform == "bare" else [transform]))
    return items


def family_relations(text: str, path: str = "paragraph.txt") -> set:
    """The family's relations the document gives; symmetric pairs sorted."""
    from loaders.extract import default_extractor
    from loaders.readers import read_bytes

    document = read_bytes(text.encode("utf-8"), path)
    found = set()
    for r in default_extractor().extract_document(document).relations:
        if r.type in SYMMETRIC:
            found.add((r.type, *sorted((r.source, r.target))))
        elif r.type in FAMILY:
            found.add((r.type, r.source, r.target))
    return found


def transforms_of(item: Item) -> list[str]:
    return item.shape.split(":", 1)[1].split("+")


def report(battery_fn, relations_fn) -> None:
    """Recall and false relations per type, per transformation and per combination size; controls apart."""
    found, wanted, false = Counter(), Counter(), Counter()
    for item in battery_fn():
        got = relations_fn(item.text, item.path)
        control = item.shape.startswith("control_")
        kind = item.shape.split(":")[0]
        keys = [kind, f"size {len(transforms_of(item))}" + (" (control)" if control else "")]
        keys += [("control " if control else "") + "t:" + t for t in transforms_of(item)]
        keys.append("ALL control" if control else "ALL positive")
        for key in keys:
            wanted[key] += len(item.expected)
            found[key] += len(got & item.expected)
            false[key] += len(got - item.expected - item.allowed)
    for key in sorted(wanted):
        recall = found[key] / wanted[key] if wanted[key] else 1.0
        print(f"{key:<36} recall {recall:.3f} ({wanted[key]:4d})  false {false[key]}")
