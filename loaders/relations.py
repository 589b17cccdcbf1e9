"""Relation extraction: from the mentions of one sentence to typed, directed facts.

Each trigger the lexicon (:mod:`loaders.frames`) finds is checked against the
negation/hedge cues (:mod:`loaders.cues`), then its arguments are read off the
clause around it: the coordinated group nearest on the left is the agent, mentions on
the right take their role from the preposition before them (*to* the buyer, *from*
the seller, *by* the agent of a passive, *in/over* a place, *with* a partner).
Only argument pairs the schema allows become :class:`Fact` objects.

>>> from loaders.extract import extract_text
>>> [f"{r.source} {r.type} {r.target}" for r in extract_text("Russia sold the S-400 to China in 2018.").relations]
['Russia SOLD S-400', 'China ACQUIRED S-400']
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain, combinations

from graph.schema import Schema
from loaders.cues import blocked
from loaders.frames import FRAMES, Frame, candidate_frames, trigger_matches
from loaders.openings import IndexedPattern

PARTNERSHIP = next(frame for frame in FRAMES if frame.type == "PARTNERS_WITH")
GROUPING = re.compile(r"partnership|pact|alliance|grouping|arrangement", re.IGNORECASE)

CLAUSE_BREAK = re.compile(
    r";|\s[—–]\s|\s--\s|,?\s+but\s|,\s*while\s|,\s*whereas\s|,?\s*although\s|,\s*though\s|,\s*(?:which|who|whose)\s|\bwhile\b|\bwhereas\b",
    re.IGNORECASE,
)
# Most sentences hold no clause break: the words one needs are looked for first.
CLAUSE_BREAKS = IndexedPattern(CLAUSE_BREAK)
RELATIVE = re.compile(r",\s*(?:which|who|whose)\s", re.IGNORECASE)
PREPOSITION = re.compile(
    r"\b(to|from|by|with|alongside|between|among|of|on|against|in|over|off|near|across|into|at|around|through|above|along|"
    r"within|throughout|for|as|including|like|such as|than|via|toward|towards|under|near|beside|besides|except)\b[^a-z0-9,;:.]*"
    r"(?:\b(?:the|a|an|its|their|his|her|both|all|some|several|two|three|\d{1,3})\b[^a-z0-9,;:.]*)*$",
    re.IGNORECASE,
)
ROLE_OF = {
    "to": "to", "toward": "to", "towards": "to", "from": "from", "by": "by", "with": "with", "alongside": "with",
    "between": "between", "among": "between", "of": "of", "on": "on", "against": "on", "for": "for",
    "as": "as", "than": "other", "including": "including", "like": "other", "such as": "other", "via": "loc",
    "under": "other", "except": "other", "besides": "other", "beside": "loc",
}
ALONG_WITH = re.compile(r"(?:together with|along with|as well as|plus)\s+(?:(?:the|a|an|two|three|four|five|six|more|other|several|\d+)\s+)*$", re.IGNORECASE)
SUBJECT_GAP_BLOCKERS = re.compile(r"\b(?:to|from|by|in|over|off|near|into|at|on|against|of|for|than|which|who|that|after|before|since|when)\b|[;:()]", re.IGNORECASE)
SENDING = re.compile(r"sen[dt]|contribut|dispatch|sail", re.IGNORECASE)
# "Chinese firms", "Russian banks": people and companies of a state, not the state.
NOT_THE_STATE = re.compile(r"\s+(?:state-owned\s+|defen[cs]e\s+|arms\s+)?(?:firms?|compan(?:y|ies)|banks?|entit(?:y|ies)|individuals?|officials?|nationals?|citizens?|businesse?s?|people|media|oligarchs?|exporters?)\b", re.IGNORECASE)
DEAL_WORD = re.compile(r"\b(?:contract|deal|agreement|accord)\b|\borders? for\b", re.IGNORECASE)
INFINITIVE = re.compile(r"\bto\s+(?!the\b|a\b|an\b)[a-z]+\b")
COORDINATOR = re.compile(r"^[\s,]*(?:,|and\b|or\b|&|/|as well as\b|along with\b|together with\b|plus\b)", re.IGNORECASE)
GAP_BLOCKERS = re.compile(
    r"\b(?:to|from|by|in|over|off|near|into|at|on|against|between|of|for|than|which|who|that|while|after|before|since|when)\b|[;:()]"
    r"|(?<!together )(?<!along )\bwith\b|\b\w{3,}(?:ing|ed)\b",
    re.IGNORECASE,
)
OBSERVER = re.compile(r"\bobserv(?:er|ers|ed|ing|ation)\b|\bmonitor(?:ed|ing)?\b|\bwatched\b|\bguests?\b", re.IGNORECASE)
NON_MEMBER = re.compile(
    r"\b(?:observers?|dialogue partners?|partner states?|applicants?|candidates?|applied|application|bid|associate|guests?|"
    r"invited|aspirants?|interested|prospective|withdrew|withdrawn|suspended|expelled|quit)\b",
    re.IGNORECASE,
)
DOCUMENT_BEFORE = re.compile(r"\b(?:draft|resolution|text|statement|proposal|motion|declaration|communiqu[eé])s?\s+(?:\w+\s+)?$", re.IGNORECASE)
RESOLUTION_SUBJECT = re.compile(
    r"\b(?:on|concerning|regarding|about|over|condemning|against|targeting|sanctioning|censuring|for|in|to)\s+(?:the\s+)?(?:situation in\s+(?:the\s+)?|crisis in\s+(?:the\s+)?|war in\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
DRAFTER = re.compile(r"\b(?:drafted|tabled|sponsored|co-sponsored|put forward|proposed|introduced|penned|submitted|authored|circulated|prepared|written|presented)\b", re.IGNORECASE)
# Participation words that imply an exercise even when the sentence does not name it.
STRONG_PARTICIPATION = re.compile(
    r"took part|take part|takes part|taking part|participa|sent |contributed|dispatched|joined|joins|trained|drilled|fought|with forces from|"
    r"location|venue|area|waters|region|host",
    re.IGNORECASE,
)
ABSTAINED = re.compile(r"\babstain(?:ed|ing|s)?\b|\babstention", re.IGNORECASE)
FORUM = {"UN Security Council": re.compile(r"Security Council|\bUNSC\b"), "UN General Assembly": re.compile(r"General Assembly")}
YEAR = IndexedPattern(re.compile(r"(?<![\w-])(1[89]\d\d|20\d\d)(?:s)?(?![\w])"))  # tried only at "18", "19", "20"
ORDER_CUE = re.compile(r"\b(?:ordered|order|contract|deal|agreement|signed|purchase agreement)\b[^.;]{0,40}?$", re.IGNORECASE)
DELIVERY_CUE = re.compile(r"\b(?:deliver(?:ed|ies|y)|received|arriv(?:ed|al)|handed over|took delivery|shipped)\b[^.;]{0,40}?$", re.IGNORECASE)
MADE_BY = re.compile(r"-(?:made|built|designed|developed|produced|manufactured|origin)\b", re.IGNORECASE)
# Compiled once: the per-sentence helpers below run them for every pair of mentions.
OWNER_GAP = re.compile(r"(?:'s|’s|')?\s*(?:own\s+|new\s+|elite\s+)?")  # "China's navy", "the Russian Pacific Fleet"
LED_SUFFIX = re.compile(r"-led\b")
POSSESSIVE_S = re.compile(r"(?:'s|’s)\b")
LIST_MARK = re.compile(r",|\band\b|\bor\b|&")


@dataclass(frozen=True)
class Ref:
    """One entity an argument slot stands for."""

    name: str
    label: str
    confidence: float = 1.0


@dataclass
class Slot:
    """A mention (or a resolved reference) inside a sentence, offsets relative to the sentence."""

    start: int
    end: int
    refs: tuple[Ref, ...]
    kind: str = "name"
    role: str = "object"  # filled per trigger: object, to, from, by, with, loc, ...

    @cached_property  # asked many times per sentence; a slot's refs never change
    def labels(self) -> frozenset[str]:
        return frozenset(ref.label for ref in self.refs)


@dataclass
class Fact:
    """A relation found in one sentence, before it is tied to a document."""

    type: str
    source: Ref
    target: Ref
    properties: dict = field(default_factory=dict)
    anchor: tuple[int, int] = (0, 0)  # where in the sentence its trigger stands, for picking its year

    @property
    def confidence(self) -> float:
        return min(self.source.confidence, self.target.confidence)


class SentenceReader:
    """Finds facts in one sentence given its argument slots."""

    def __init__(self, schema: Schema):
        self.schema = schema

    def read(self, text: str, slots: list[Slot], context: "ParagraphContext") -> list[Fact]:
        if not slots or text.rstrip().endswith("?"):
            return []
        self._sentence_slots = slots
        labels = {label for slot in slots for label in slot.labels}
        candidates = candidate_frames(text)
        possible = {family: _family_possible(family, labels, context) for family in {f.family for f in candidates}}
        triggers = _triggers(text, [f for f in candidates if possible[f.family]], slots)
        breaks = _breaks(text, [start for _, start, _ in triggers])
        facts: list[Fact] = []
        for index, (frame, start, end) in enumerate(triggers):
            clause_start, clause_end, relative_at = _clause(breaks, start, end, len(text))
            clause_end = _until_next_trigger(text, triggers[index + 1:], frame, end, clause_end, slots)
            # A cue anywhere earlier in the clause scopes over the trigger: "might one day hold
            # a joint patrol". Relative clauses, "but" and "although" start new clauses.
            scope = clause_start
            if blocked(text, start, end, scope):
                continue
            clause = [s for s in slots if s.start >= clause_start and s.end <= clause_end]
            before = [s for s in slots if s.end <= relative_at] if relative_at is not None else []
            handler = getattr(self, f"_{frame.family}")
            found = handler(frame, text, start, end, clause, before, context)
            for fact in found:
                fact.anchor = (start, end)
            facts += found
        facts += self._possessive_links(text, slots)
        return _with_years(text, facts, context)

    # --- families -------------------------------------------------------------------

    def _transfer(self, frame, text, start, end, clause, before, context) -> list[Fact]:
        spec = self.schema.relationship(frame.type)
        left, right = _sides(text, clause, start, end)
        if frame.form in ("passive", "reverse"):
            themes = (
                _nearest_group(text, left, spec.targets) or _role(right, spec.targets, ("object",))
                or _headword(text, self._sentence_slots, spec.targets) or context.term(self._sentence_slots, spec.targets)
            )
            agents = _role(right, spec.sources, ("by", "with") if frame.form == "reverse" else ("by",))
            if frame.form == "reverse" and not agents:
                agents = _role(right, spec.sources, ("object",))
            if not agents and frame.type in ("ACQUIRED", "OPERATES") and themes:
                agents = _possessor(text, left, themes[0], spec.sources)
        elif frame.form == "nominal":
            themes = _role(right, spec.targets, ("object", "of"))
            agents = _role(right, spec.sources, ("by", "from") if frame.type == "SOLD" else ("by",))
            agents = agents or _nearest_group(text, left, spec.sources) or _antecedent(before, spec.sources)
        else:
            if _participle_after_theme(text, left, start, right, spec.targets):
                return []  # "two destroyers, handed over in 1999": a modifier, not a new statement
            reduced = _reduced_relative(text, left, end, spec.targets)
            if reduced:  # "Iran flies F-14s bought from the United States"
                left = [s for s in left if s.end <= reduced[0].start]
                right = [s for s in right if s.role in ("from", "to", "by")]
                right = reduced + right
            agents = (
                _role(right, spec.sources, ("of",)) if frame.type == "OPERATES" and _role(right, ("ArmedForce",), ("of",)) else []
            ) or _nearest_group(text, left, spec.sources) or _antecedent(before, spec.sources) or _pronoun_subject(text, start, left, context) or context.subject(spec.sources, text, left)
            deal = DEAL_WORD.search(text[start:end])
            themes = _role(right, spec.targets, ("object", "of", "as") if frame.type == "PRODUCED" else ("object", "of", "for") if deal else ("object", "of"))
            themes = (
                themes or _nearest_group(text, [s for s in left if s not in agents], spec.targets)
                or context.pronoun_object(text, end) or _headword(text, self._sentence_slots, spec.targets)
            )
        agents = [s for s in agents if s not in themes]
        if frame.type == "SOLD" and not themes and re.search(r"\b(?:suppl|provid|furnish|equip|arm)", text[start:end], re.IGNORECASE):
            themes = _role(right, spec.targets, ("with",))  # "supply Beijing with 24 Su-35s"
        if frame.type == "OPERATES" and SENDING.match(text[start:end]) and _role(right, ("State",), ("to",)):
            return []  # "sent S-300 batteries to Syria" may be a transfer; say nothing
        counterpart_role = {"SOLD": ("to",), "ACQUIRED": ("from",)}.get(frame.type, ())
        if frame.form == "active" and DEAL_WORD.search(text[start:end]):
            counterpart_role += ("with",)  # "inked a deal with Russia for ..."
        counterparts = _role(right, ("State", "ArmedForce", "Organization"), counterpart_role)
        if frame.type == "SOLD" and frame.form == "active" and not counterparts:
            counterparts = _double_object(right, themes)
        if frame.type == "ACQUIRED" and frame.form != "passive" and not counterparts:
            counterparts = _role(right, ("State", "Organization"), ("by",)) if frame.form == "nominal" else []
        facts = []
        if frame.type == "SOLD" and not agents:
            return [Fact("ACQUIRED", buyer, theme) for buyer in _refs(counterparts, ("State", "ArmedForce")) for theme in _refs(themes, spec.targets)]
        for agent in _refs(agents, spec.sources):
            for theme in _refs(themes, spec.targets):
                partners = _refs(counterparts, ("State", "ArmedForce") if frame.type == "SOLD" else ("State", "Organization"))
                partners = [p for p in partners if p.name != agent.name] or [None]
                for partner in partners:
                    props = {}
                    if partner is not None and frame.type in ("SOLD", "ACQUIRED"):
                        props["to" if frame.type == "SOLD" else "from"] = partner.name
                    facts.append(Fact(frame.type, agent, theme, props))
        context.remember_subject(agents)
        return facts

    def _directed(self, frame, text, start, end, clause, before, context) -> list[Fact]:
        spec = self.schema.relationship(frame.type)
        if frame.type == "OPPOSES" and DOCUMENT_BEFORE.search(text[max(0, start - 30):start]):
            return []  # "a European draft condemning ...": the text condemns, not a state
        left, right = _sides(text, clause, start, end)
        if frame.form == "reverse":  # receiver on the left, giver after "from"
            sources = _role(right, spec.sources, ("from", "by", "object"))[:1]
            targets = _nearest_group(text, left, spec.targets) or _antecedent(before, spec.targets)
        elif frame.form == "passive":
            targets = _nearest_group(text, left, spec.targets) or context.term(self._sentence_slots, spec.targets)
            sources = _role(right, spec.sources, ("by",))
        else:
            sources = _nearest_group(text, left, spec.sources) or _antecedent(before, spec.sources) or context.subject(spec.sources, text, left)
            wanted = ("object", "on", "to", "of", "for") if frame.type != "TRANSFERRED_TECHNOLOGY_TO" else ("object", "to", "with", "for")
            near = [s for s in right if s.start - end <= 80]  # a target far down the sentence belongs to another verb
            targets = _possessed_over_possessor(text, _first_group(text, _role(near, spec.targets, wanted)), near, spec.targets)
            inside = [s for s in self._sentence_slots if start <= s.start and s.end <= end and s.labels & set(spec.targets)]
            targets = targets or inside  # "sold China a licence": the receiver inside the trigger
            if not targets and frame.type in ("LEADS", "OPPOSES"):
                targets = _possessed(text, left, spec.targets, sources) or [s for s in _antecedent(before, spec.targets) if s not in sources]
            if frame.type == "SANCTIONED" and not targets:
                targets = _role(right, spec.targets, ("object", "on", "of", "for"))
        targets = [s for s in targets if not (s.kind == "demonym" and NOT_THE_STATE.match(text, s.end))]
        facts = [
            Fact(frame.type, source, target)
            for source in _refs(sources, spec.sources)
            for target in _refs(targets, spec.targets)
            if source.name != target.name
        ]
        context.remember_subject(sources)
        return facts

    def _pair(self, frame, text, start, end, clause, before, context) -> list[Fact]:
        left, right = _sides(text, clause, start, end)
        states = ("State",)
        group = _nearest_group(text, left, states)
        if len(group) == 1 and re.fullmatch(r"(?:'s|’s)\s+(?:\w+\s+){0,3}", text[group[0].end:start]):
            owners = [s for s in left if s.end <= group[0].start and "State" in s.labels]
            if owners:  # "China has been Russia's closest partner"
                return [Fact(frame.type, *sorted((a, b), key=lambda r: r.name)) for a in _refs(owners[-1:], states) for b in _refs(group, states) if a.name != b.name]
        if group and (SUBJECT_GAP_BLOCKERS.search(text[group[-1].end:start]) or start - group[-1].end > 60):
            group = []
        group = group or _pronoun_subject(text, start, left, context) or context.subject(states, text, left)
        partners = _role(right, states, ("with", "between", "object", "of"))
        between = [s for s in right if s.role == "between"]
        refs: list[tuple[Ref, Ref]] = []
        if between and len(_refs(_role(right, states, ("between",)), states)) <= 3:
            refs += list(combinations(_refs(_role(right, states, ("between",)), states), 2))
        elif partners and group:
            refs += [(a, b) for a in _refs(group, states) for b in _refs(_first_group(text, partners), states)]
        elif len(_refs(group, states)) == 2:  # a long list of states is not one partnership
            refs += list(combinations(_refs(group, states), 2))
        elif not group and len(_refs(partners, states)) >= 2 and frame.type == "CLASHED_WITH":
            refs += list(combinations(_refs(_first_group(text, partners), states), 2))
        pairs = {tuple(sorted((a, b), key=lambda r: r.name)) for a, b in refs if a.name != b.name}
        if len(pairs) > 3:
            return []  # a statement about many states at once is not a pairwise partnership or clash
        return [Fact(frame.type, a, b) for a, b in sorted(pairs, key=lambda p: (p[0].name, p[1].name))]

    def _participation(self, frame, text, start, end, clause, before, context) -> list[Fact]:
        exercises = [s for s in clause if "Exercise" in s.labels] or [s for s in self._sentence_slots if "Exercise" in s.labels]
        if not exercises and STRONG_PARTICIPATION.match(text[start:end]):
            exercises = context.exercise()
        if not exercises:
            return []
        actors = [s for s in clause if s.labels & {"State", "ArmedForce"} and s.role != "loc"]
        actors = [s for s in actors if not _located(text, s) and not _owner_of_force(text, s, clause)]
        actors = [
            s for s in actors
            if not OBSERVER.search(_window(text, s, 30, after=True)) and not OBSERVER.search(text[max(0, s.start - 30):s.start])
            and not re.search(r"\b(?:hosted|organi[sz]ed|led|run|staged) by\s+(?:the\s+)?$", text[max(0, s.start - 20):s.start])
        ]
        left, right = _sides(text, clause, start, end)
        places = [
            s for s in clause
            if s.labels & {"Region", "State"} and s.kind != "demonym" and (s.role in ("loc", "on", "possessor") or _territory(text, s))
        ]
        label = re.match(r"(location|venue|area|waters|region|host)\w*(?: nation| country| by)?$", text[start:end], re.IGNORECASE)
        if label and re.match(r"\s*(?::|\.{2,})", text[end:end + 3]):  # "Location: Sea of Japan", "Hosted by ..... Russia"
            listed = [s for s in self._sentence_slots if s.start >= end]
            if label.group(1).lower() != "host":
                places, actors = [s for s in listed if s.labels & {"Region", "State"}], []
            else:
                hosts = _refs([s for s in listed if "State" in s.labels][:1], ("State",))
                return [Fact(kind, host, ex) for host in hosts for ex in _refs(exercises, ("Exercise",)) for kind in ("HOSTED", "PARTICIPATED_IN")]
        if re.match(r"participants?$|participating", text[start:end], re.IGNORECASE) and re.match(r"\s*(?::|\.{2,})", text[end:end + 3]):
            actors = [s for s in self._sentence_slots if s.start >= end and s.labels & {"State", "ArmedForce"}]  # a whole "Participants:" list
        held = [Fact("HELD_IN", ex, place) for ex in _refs(exercises, ("Exercise",)) for place in _refs(places, ("Region", "State"))]
        if label and not actors:
            return held
        if frame.type == "HOSTED":
            hosts = _role(right, ("State",), ("by",)) if frame.form == "passive" else _nearest_group(text, left, ("State",))
            hosting = [(host, ex) for host in _refs(hosts, ("State",)) for ex in _refs(exercises, ("Exercise",))]
            return held + [Fact(kind, host, ex) for host, ex in hosting for kind in ("HOSTED", "PARTICIPATED_IN")]
        if not actors:
            actors = context.subject(("State", "ArmedForce"), text, [])
        context.remember_subject(actors)
        facts = held + [
            Fact("PARTICIPATED_IN", actor, ex)
            for actor in _refs(actors, ("State", "ArmedForce"))
            for ex in _refs(exercises, ("Exercise",))
        ]
        if re.match(r"\b(?:held|staged|hosted|organi[sz]ed|ran)\b", text[start:end], re.IGNORECASE):
            hosts = _refs(_nearest_group(text, left, ("State",)), ("State",))
            if len(hosts) == 1 and not re.search(r"\bjoint(?:ly)?\b|\btogether\b|\bwith\b", text, re.IGNORECASE):
                facts += [Fact("HOSTED", hosts[0], ex) for ex in _refs(exercises, ("Exercise",))]
        return facts

    def _location(self, frame, text, start, end, clause, before, context) -> list[Fact]:
        if frame.type == "DRILLED_IN" and any("Exercise" in s.labels for s in clause):
            return []
        if frame.form == "journey" and not (context.memory.patrol_seen or re.search(r"patrol", text, re.IGNORECASE)):
            return []  # "flew over the Sea of Japan" is a patrol only in a text about patrols
        _, right = _sides(text, clause, start, end)
        places = [s for s in right if "Region" in s.labels and s.role in ("loc", "of", "object", "to", "on", "from")]
        places = places or [s for s in clause if "Region" in s.labels and s.start < start and s.role == "loc"]
        left = [s for s in clause if s.end <= start and not re.match(r"(?:'s|’s)\s", text[s.end:s.end + 3])]
        actors = _nearest_group(text, [s for s in left if not _owner_of_force(text, s, clause)], ("State", "ArmedForce"))
        actors += [s for s in right if s.labels & {"State", "ArmedForce"} and s.role in ("with", "by")]
        actors = actors or context.subject(("State", "ArmedForce"), text, [])
        refs = _refs(actors, ("State", "ArmedForce"))
        if frame.type == "PATROLLED":  # "the flotilla crossed ...": the patrol's participants, as named before
            refs = refs or list(context.patrollers) or [r for r in context.memory.heading_refs if r.label in ("State", "ArmedForce")]
            if refs:
                context.memory.patrollers = refs
        context.remember_subject(actors)
        return [Fact(frame.type, actor, place) for actor in refs for place in _refs(places, ("Region",))]

    def _veto(self, frame, text, start, end, clause, before, context) -> list[Fact]:
        if frame.pattern.pattern and re.match(r"(?:blocked|blocks|blocking|voted against|killed)", text[start:end], re.I):
            if not re.search(r"\b(?:resolution|draft|text|measure|motion)\b", text, re.IGNORECASE):
                return []
        if not re.search(r"\bveto|resolution|draft|security council|unsc\b", text, re.IGNORECASE):
            return []
        left, right = _sides(text, clause, start, end)
        if re.search(r"\b(?:was|were|been|be|is|are)\s+(?:\w+ly\s+)?$", text[:start], re.IGNORECASE):
            vetoers = _role(right, ("State",), ("by",))
        elif re.match(r"negative vote", text[start:end], re.IGNORECASE):
            vetoers = _first_group(text, [s for s in right if "State" in s.labels])
        else:
            vetoers = _nearest_group(text, left, ("State",)) or context.subject(("State",), text, left)
        vetoers = [s for s in vetoers if not drafted(text, [s]) and not ABSTAINED.search(_window(text, s, 25, after=True))]
        drafters = [s for group in _groups(text, self._sentence_slots) if drafted(text, group) for s in group]
        candidates = [
            s for s in self._sentence_slots
            if (s.end <= start or s in clause)
            and s.labels & {"State", "Topic"} and s not in vetoers and s not in drafters
            and not ABSTAINED.search(_window(text, s, 30, after=True))
            and not re.match(r"\s*(?:'s\s+)?(?:drafters?|delegation|representative|ambassador|envoy)\b", text[s.end:s.end + 20])
        ]
        subjects = [s for s in candidates if RESOLUTION_SUBJECT.search(text[max(0, s.start - 40):s.start]) or re.match(r"[\s-]*(?:resolution|draft)", text[s.end:s.end + 15])]
        distinct = {ref.name for c in candidates for ref in c.refs}
        later = {ref.name for c in candidates if c.start > start for ref in c.refs}
        subjects = subjects or [s for s in candidates if "Topic" in s.labels] or (
            candidates if len(distinct) == 1 else [c for c in candidates if c.start > start] if len(later) == 1 else []
        )
        forum = next((name for name, pattern in FORUM.items() if pattern.search(text)), "UN Security Council")
        context.remember_subject(vetoers)
        return [
            Fact("VETOED", v, t, {"forum": forum})
            for v in _refs(vetoers, ("State",))
            for t in _refs(subjects, ("State", "Topic"))
            if v.name != t.name
        ]

    def _membership(self, frame, text, start, end, clause, before, context) -> list[Fact]:
        left, right = _sides(text, clause, start, end)
        if GROUPING.search(text[start:end]):
            if not _nearest_group(text, left, ("Organization",)):  # "a partnership between Russia and China"
                return self._pair(PARTNERSHIP, text, start, end, clause, before, context)
        if frame.form == "reverse":
            orgs = _nearest_group(text, left, ("Organization",)) or _antecedent(before, ("Organization",)) or context.organization()
            members = [s for s in right if "State" in s.labels and s.role in ("object", "including", "with", "by", "of")]
        else:
            bare = re.fullmatch(r"members?|member \w+", text[start:end], re.IGNORECASE)
            owner = [s for s in left if "Organization" in s.labels and re.fullmatch(r"\s*", text[s.end:start])]
            if bare and not owner:
                return []  # "member" alone needs its organization right before it: "NATO members"
            if owner:
                left = [s for s in left if s.end <= owner[-1].start]
            members = _nearest_group(text, left, ("State",)) or _antecedent(before, ("State",)) or context.subject(("State",), text, left)
            orgs = owner or _first_group(text, [s for s in right if "Organization" in s.labels]) or context.organization()
            if not members and orgs and re.match(r"[^,;]{0,40}?:\s*", text[orgs[-1].end:] if orgs[-1].end else ""):
                members = _first_group(text, [s for s in right if "State" in s.labels and s.start > orgs[-1].end])  # "Members of the Quad: ..."
            members += _gapped(text, right, ("State",))
            orgs = orgs + [s for s in _gapped(text, right, ("Organization",)) if s not in orgs]  # "the SCO in 2023 and BRICS in 2024"
        members = [s for s in members if not NON_MEMBER.search(_window(text, s, 25, after=True))]
        context.remember_subject(members)
        facts = []
        for slot in members:
            for org in orgs:
                year = _own_year(text, slot) or _own_year(text, org)
                props = {"year": year} if year else {}
                facts += [Fact("MEMBER_OF", m, o, dict(props)) for m in _refs([slot], ("State",)) for o in _refs([org], ("Organization",))]
        return facts

    # --- links made by possession, not by a verb ---------------------------------------

    def _possessive_links(self, text: str, slots: list[Slot]) -> list[Fact]:
        """"China's PLA Navy", "the Russian Pacific Fleet", "Russian-made S-400"."""
        facts = []
        for first, second in zip(slots, slots[1:]):
            gap = text[first.end:second.start]
            owner = [r for r in first.refs if r.label == "State"]
            if not owner:
                continue
            possessive = OWNER_GAP.fullmatch(gap) and (gap.strip() or first.kind == "demonym")
            if possessive and "ArmedForce" in second.labels:
                facts += [Fact("ARMED_FORCE_OF", ref, owner[0]) for ref in second.refs if ref.label == "ArmedForce"]
        for index, first in enumerate(slots):
            owner = [r for r in first.refs if r.label == "State"]
            after = text[first.end:first.end + 12]
            if owner and MADE_BY.match(after):
                weapon = next((s for s in slots[index + 1:] if "WeaponSystem" in s.labels and s.start - first.end <= 45), None)
                if weapon:
                    facts += [Fact("PRODUCED", owner[0], ref) for ref in weapon.refs if ref.label == "WeaponSystem"]
            if owner and LED_SUFFIX.match(after):
                led = next((s for s in slots[index + 1:] if s.labels & {"Initiative", "Organization"} and s.start - first.end <= 60), None)
                if led:
                    facts += [Fact("LEADS", owner[0], ref) for ref in led.refs if ref.label in ("Initiative", "Organization")]
        for index, slot in enumerate(slots):
            owner = [r for r in slot.refs if r.label == "State"]
            if owner and slot.kind == "demonym" and re.search(r"\bin\s+$", text[max(0, slot.start - 4):slot.start]) and re.match(r"\s+service\b", text[slot.end:slot.end + 9]):
                weapons = [s for s in slots[:index] if "WeaponSystem" in s.labels]
                if weapons:  # "Versions of the H-6 remain in Chinese service"
                    facts += [Fact("OPERATES", owner[0], ref) for ref in weapons[-1].refs if ref.label == "WeaponSystem"]
        return facts + _appositive_members(text, slots)


@dataclass
class DocumentMemory:
    """What holds for the whole document: its headings, and who has been patrolling."""

    headings: list[str] = field(default_factory=list)
    heading_refs: list[Ref] = field(default_factory=list)  # entities of the latest heading
    patrollers: list[Ref] = field(default_factory=list)
    exercises: list[Ref] = field(default_factory=list)  # every exercise named so far
    patrol_seen: bool = False


class ParagraphContext:
    """What earlier sentences of the paragraph (and the section heading) said: the
    last subjects, organizations and exercises, and the years in play."""

    def __init__(self, heading_refs: list[Ref] | None = None, memory: "DocumentMemory | None" = None):
        self.recent: list[Ref] = list(heading_refs or [])
        self.labels_seen = {ref.label for ref in self.recent}  # kept with ``recent``: asked for every sentence
        self.subjects: list[Ref] = []
        self.years: list[int] = []
        self.memory = memory or DocumentMemory()
        self.sentence_start = len(self.recent)  # where the current sentence's mentions begin in ``recent``

    @property
    def headings(self) -> list[str]:
        return self.memory.headings

    @property
    def patrollers(self) -> list[Ref]:
        return self.memory.patrollers

    def see(self, slots: list[Slot]) -> None:
        self.sentence_start = len(self.recent)
        for slot in slots:
            self.recent.extend(slot.refs)
            self.labels_seen.update(ref.label for ref in slot.refs)
            self.memory.exercises.extend(ref for ref in slot.refs if ref.label == "Exercise" and slot.kind != "reference")

    def remember_subject(self, slots: list[Slot]) -> None:
        refs = [ref for slot in slots for ref in slot.refs]
        if refs:
            self.subjects = refs

    def subject(self, labels, text: str, left: list[Slot]) -> list[Slot]:
        """Earlier subjects, for a clause whose subject is a pronoun ("It", "They") or elided."""
        if left or not re.match(r"\s*(?:it|they|the country|the state|the government|both|the two|the pair)\b", text, re.IGNORECASE):
            return []
        refs = tuple(ref for ref in self.subjects if ref.label in labels)
        return [Slot(0, 0, refs, "reference")] if refs else []

    def pronoun_object(self, text: str, end: int) -> list[Slot]:
        """"... flies them": the system the paragraph was last about."""
        if not re.match(
            r"\s+(?:(?:more than|about|some|over|at least|nearly|around|almost)\s+)?(?:[\d,]+\s+|several\s+|many\s+|all\s+|most\s+|some\s+)?(?:of\s+)?(?:them|it|these|those|the type)\b",
            text[end:end + 40], re.IGNORECASE,
        ):
            return []
        refs = self.last(("WeaponSystem",))
        return [Slot(end, end, refs, "reference")] if refs else []

    def term(self, sentence_slots: list[Slot], labels) -> list[Slot]:
        """In a glossary or definition list ("GSI — Spearheaded by China since 2022"), a
        sentence that names nothing of ``labels`` is about the term just defined."""
        if any(s.labels & set(labels) for s in sentence_slots):
            return []
        refs = self.last_before_sentence(labels)
        return [Slot(0, 0, refs, "reference")] if refs else []

    def last_before_sentence(self, labels) -> tuple[Ref, ...]:
        """The most recent entity with one of ``labels`` named before the current sentence."""
        earlier = (self.recent[i] for i in range(self.sentence_start - 1, -1, -1))
        return next(((ref,) for ref in earlier if ref.label in labels), ())

    def last(self, labels, count: int = 1, extra: tuple[Ref, ...] = ()) -> tuple[Ref, ...]:
        """The ``count`` most recent distinct entities with one of ``labels`` (``extra`` counts as most recent)."""
        found: list[Ref] = []
        for ref in chain(reversed(extra), reversed(self.recent)):
            if ref.label in labels and ref not in found:
                found.append(ref)
                if len(found) == count:
                    break
        return tuple(found)

    def organization(self) -> list[Slot]:
        refs = self.last(("Organization",))
        return [Slot(0, 0, refs, "reference")] if refs else []

    def exercise(self) -> list[Slot]:
        refs = self.last(("Exercise",)) or self.memory.exercises[-1:]
        return [Slot(0, 0, refs, "reference")] if refs else []


# --- helpers over slots -----------------------------------------------------------------

def _family_possible(family: str, labels: set[str], context: "ParagraphContext") -> bool:
    """Whether a sentence with mentions of ``labels`` can hold a relation of ``family``;
    skipping the others keeps extraction fast."""
    if family == "transfer":
        return "WeaponSystem" in labels or "WeaponSystem" in context.labels_seen
    if family == "participation":
        return "Exercise" in labels or "Exercise" in context.labels_seen
    if family == "location":
        return "Region" in labels or bool(labels & {"State", "ArmedForce"})
    if family == "membership":
        return "State" in labels or "Organization" in labels
    return bool(labels & {"State", "Organization", "ArmedForce"})


def _breaks(text: str, trigger_starts: list[int]) -> list[tuple[int, int, int | None]]:
    """Clause boundaries as ``(start, end, resumes)``; ``resumes`` is, for the comma that
    closes a relative clause ("Moscow, which had refused ..., sold"), where that relative
    clause began, so the main clause can find its subject before it. Only a comma right
    before a verb closes one: the commas of a list ("whose members are A, B and C") do not."""
    breaks = []
    found = list(CLAUSE_BREAKS.finditer(text))
    dashes = [m for m in found if m.group(0).strip() in ("—", "–", "--")]
    # "all four Quad navies -- India, the US, Japan, Australia -- took part": a dashed
    # aside is part of its clause.
    aside = {m.start() for a, b in zip(dashes, dashes[1:]) if b.start() - a.end() <= 80 for m in (a, b)}
    for match in found:
        if match.start() in aside:
            continue
        relative = RELATIVE.match(match.group(0))
        breaks.append((match.start(), match.end(), match.start() if relative else None))
        if relative:
            closing = text.find(",", match.end())
            verb_follows = any(0 < start - closing <= 20 and re.fullmatch(r",\s*(?:\w+ly\s+)?", text[closing:start]) for start in trigger_starts)
            if closing != -1 and verb_follows and not CLAUSE_BREAK.search(text, match.end(), closing + 1):
                breaks.append((closing, closing + 1, -match.start() - 1))
    return sorted(breaks)


def _triggers(text: str, frames: list[Frame], slots: list[Slot]) -> list[tuple[Frame, int, int]]:
    """Non-overlapping trigger matches of ``frames``, longest first where two overlap."""
    found = [(frame, match.start(), match.end()) for frame, match in trigger_matches(text, frames)]
    found.sort(key=lambda t: (t[1], -(t[2] - t[1])))
    chosen: list[tuple[Frame, int, int]] = []
    for item in found:
        frame, start, end = item
        overlapping = [c for c in chosen if c[1] < end and start < c[2]]
        if not overlapping:
            chosen.append(item)
        elif all(c[0].family != frame.family and (c[1], c[2]) == (start, end) for c in overlapping):
            chosen.append(item)  # one word, two families ("held" an exercise, "led" an initiative)
    return sorted(_by_object(chosen, slots), key=lambda t: t[1])


# Which family a shared word belongs to, by the label of the mention right after it:
# "joined the SCO" is membership, "joined Vostok-2018" participation.
OBJECT_FAMILY = {"Organization": "membership", "Exercise": "participation", "Initiative": "directed"}


def _by_object(triggers, slots: list[Slot]):
    kept = []
    for frame, start, end in triggers:
        twins = [t for t in triggers if (t[1], t[2]) == (start, end) and t[0].family != frame.family]
        following = next((s for s in slots if s.start >= end), None)
        wanted = {OBJECT_FAMILY[label] for label in following.labels if label in OBJECT_FAMILY} if following else set()
        if twins and wanted and frame.family not in wanted and any(t[0].family in wanted for t in twins):
            continue
        kept.append((frame, start, end))
    return kept


PARTICIPLE_AFTER_COMMA = re.compile(r",\s*$")


def _until_next_trigger(text: str, following, frame: Frame, end: int, clause_end: int, slots: list[Slot]) -> int:
    """A trigger's right side stops where the next trigger of its family starts, unless
    nothing stands between the two ("developed and sold the S-400" shares its object)."""
    for other, other_start, _ in following:
        if other_start >= clause_end:
            break
        if other.family == frame.family and not PARTICIPLE_AFTER_COMMA.search(text[max(0, other_start - 3):other_start]):
            between = [s for s in slots if end <= s.start and s.end <= other_start]
            return other_start if between else clause_end
    return clause_end


def _clause(breaks, start: int, end: int, length: int) -> tuple[int, int, int | None]:
    """The clause around a trigger, and where the relative clause it follows began."""
    clause_start, relative_at, clause_end = 0, None, length
    for b_start, b_end, resumes in breaks:
        if b_end <= start:
            clause_start = b_end
            relative_at = None if resumes is None else (resumes if resumes >= 0 else -resumes - 1)
        elif b_start >= end:
            clause_end = b_start
            break
    return clause_start, clause_end, relative_at


def _sides(text: str, clause: list[Slot], start: int, end: int) -> tuple[list[Slot], list[Slot]]:
    left = [s for s in clause if s.end <= start]
    right = [s for s in clause if s.start >= end]
    previous_end, previous = end, None
    infinitive = False
    for slot in right:
        gap = text[previous_end:slot.start]
        infinitive = infinitive or bool(INFINITIVE.search(gap))
        if ALONG_WITH.search(gap) and any(p.labels & slot.labels for p in right if p.end <= slot.start):
            # "eight Kilo-class submarines ... from Russia, together with two destroyers"
            slot.role = [p for p in right if p.end <= slot.start and p.labels & slot.labels][-1].role
        elif previous is not None and _coordinated(gap):
            slot.role = previous.role
        elif previous is not None and re.fullmatch(r"(?:'s|’s)\s+", gap):
            slot.role, previous.role = previous.role, "possessor"  # "by China's Chengdu Aircraft Corporation"
        else:
            match = PREPOSITION.search(gap)
            word = match.group(1).lower() if match else None
            slot.role = ROLE_OF.get(word, "loc") if word else "object"
            if not word and infinitive:
                slot.role = "other"  # "engines from Russia to power the H-6K ... and later the Y-20"
        previous_end, previous = slot.end, slot
    for slot in left:
        match = PREPOSITION.search(text[max(0, slot.start - 30):slot.start])
        possessor = POSSESSIVE_S.match(text[slot.end:slot.end + 3])
        slot.role = ROLE_OF.get(match.group(1).lower(), "loc") if match and not possessor else "object"
    return left, right


def _coordinated(gap: str) -> bool:
    return len(gap) <= 40 and bool(COORDINATOR.search(gap) or LIST_MARK.search(gap)) and not GAP_BLOCKERS.search(gap)


def _groups(text: str, slots: list[Slot]) -> list[list[Slot]]:
    groups: list[list[Slot]] = []
    for slot in slots:
        if groups and _coordinated(text[groups[-1][-1].end:slot.start]):
            groups[-1].append(slot)
        else:
            groups.append([slot])
    return groups


def _nearest_group(text: str, left: list[Slot], labels) -> list[Slot]:
    """The coordinated group of ``labels`` mentions closest before the trigger."""
    candidates = [s for s in left if s.labels & set(labels) and s.role in ("object", "with", "of", "including")]
    if not candidates:
        return []
    groups = _groups(text, candidates)
    return groups[-1]


def _first_group(text: str, slots: list[Slot]) -> list[Slot]:
    return _groups(text, slots)[0] if slots else []


def _role(slots: list[Slot], labels, roles) -> list[Slot]:
    return [s for s in slots if s.labels & set(labels) and s.role in roles]


def _refs(slots: list[Slot], labels) -> list[Ref]:
    seen: list[Ref] = []
    for slot in slots:
        for ref in slot.refs:
            if ref.label in labels and ref not in seen:
                seen.append(ref)
    return seen


def _before(slots: list[Slot], agents: list[Slot]) -> list[Slot]:
    if not agents:
        return slots
    return [s for s in slots if s.end <= agents[0].start]


def _antecedent(before: list[Slot], labels) -> list[Slot]:
    """For "..., which sold ...": the mention the relative pronoun points back to."""
    candidates = [s for s in before if s.labels & set(labels)]
    return candidates[-1:] if candidates else []


def _participle_after_theme(text: str, left: list[Slot], start: int, right: list[Slot], labels) -> bool:
    """"two destroyers, handed over in 1999": a participle that only modifies its theme."""
    if not left or not left[-1].labels & set(labels):
        return False
    if COUNTERPART_AFTER.match(text, start + len(re.match(r"\w+", text[start:]).group(0))):
        return False  # "Su-30MK2s, bought from Russia": a reduced relative, read as one
    gap = text[left[-1].end:start]
    if re.fullmatch(r"(?:\s+\w+){0,2}\s*,\s*(?:\w+ly\s+)?", gap):
        return True
    return bool(re.fullmatch(r"\s+(?:\w+ly\s+)?", gap)) and not _role(right, labels, ("object", "of"))


COUNTERPART_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:from|to|by|under)\b")


def _reduced_relative(text: str, left: list[Slot], end: int, labels) -> list[Slot]:
    """A participle right after its theme and before from/to/by modifies the theme."""
    if not left or not left[-1].labels & set(labels):
        return []
    gap = text[left[-1].end:end]
    if re.fullmatch(r"(?:s|es)?(?:\s+[A-Za-z-]+){0,2},?\s+(?:\w+ly\s+)?\w+", gap) and COUNTERPART_AFTER.match(text, end):
        theme = left[-1]
        theme.role = "object"
        return [theme]
    return []


def _pronoun_subject(text: str, start: int, left: list[Slot], context: "ParagraphContext") -> list[Slot]:
    """"the batteries it bought": "it" or "they" right before the verb is the last state named."""
    if not re.search(r"\b(?:it|they)\s+(?:\w+\s+)?$", text[max(0, start - 20):start], re.IGNORECASE):
        return []
    states = [s for s in left if "State" in s.labels]
    if states:
        return states[-1:]
    refs = context.last_before_sentence(("State",))
    return [Slot(0, 0, refs, "reference")] if refs else []


def _possessor(text: str, left: list[Slot], theme: Slot, labels) -> list[Slot]:
    """"China's four Sovremenny-class destroyers were bought": the owner of the theme."""
    owners = [s for s in left if s.end <= theme.start and s.labels & set(labels)]
    if owners and re.fullmatch(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,3}", text[owners[-1].end:theme.start]):
        return owners[-1:]
    return []


def _headword(text: str, slots: list[Slot], labels) -> list[Slot]:
    """"S-400 — India ordered five squadrons": a definition list's term is the theme."""
    if slots and slots[0].start == 0 and slots[0].labels & set(labels) and re.match(r"\s*(?:[—–:-]|--)", text[slots[0].end:slots[0].end + 3]):
        return slots[:1]
    return []


def _double_object(right: list[Slot], themes: list[Slot]) -> list[Slot]:
    """"sold China the S-400": a state right after the verb and before the theme."""
    if not themes:
        return []
    return [s for s in right if s.end <= themes[0].start and s.role == "object" and s.labels & {"State", "ArmedForce"}]


def _own_year(text: str, slot: Slot) -> int | None:
    """The year right after a mention: "Iran in 2023", "BRICS in January 2024"."""
    found = re.match(r"\s+in\s+(?:\w+\s+)?((?:1[89]|20)\d\d)\b", text[slot.end:slot.end + 22]) if slot.end else None
    return int(found.group(1)) if found else None


def _gapped(text: str, right: list[Slot], labels) -> list[Slot]:
    """", Iran in 2023 and Belarus in 2024": states that repeat the verb by ellipsis."""
    found = []
    for slot in right:
        follow = text[slot.end:slot.end + 14]
        if slot.labels & set(labels) and re.match(r"\s+in\s+(?:\w+\s+)?(?:1[89]|20)\d\d", follow) and re.search(r"(?:,|\band|followed by|then)\s*$", text[:slot.start]):
            found.append(slot)
    return found


def _possessed_over_possessor(text: str, group: list[Slot], right: list[Slot], labels) -> list[Slot]:
    """"blacklisted China's Equipment Development Department": the department, not China."""
    if len(group) == 1 and re.match(r"(?:'s|’s)\s", text[group[0].end:group[0].end + 3]):
        following = [s for s in right if s.start > group[0].end and s.labels & set(labels)]
        if following and following[0].start - group[0].end <= 4:
            return following[:1]
    return group


def _possessed(text: str, left: list[Slot], labels, owners: list[Slot]) -> list[Slot]:
    """"China's Belt and Road Initiative": the thing an owner's possessive names."""
    return [s for s in left if s.labels & set(labels) and owners and s.start > owners[-1].end and re.fullmatch(r"(?:'s|’s)\s*", text[owners[-1].end:s.start])]


def _appositive_members(text: str, slots: list[Slot]) -> list[Fact]:
    """"the Quad — Japan, the United States, India and Australia —", "Turkey, a NATO member"."""
    facts = []
    for index, slot in enumerate(slots):
        if "Organization" in slot.labels:
            opener = re.match(r"\s*(?:[—–(]|--)\s*", text[slot.end:slot.end + 4])
            if opener:
                group = _groups(text, [s for s in slots[index + 1:] if "State" in s.labels])[:1]
                members = group[0] if group else []
                closed = members and re.match(r"\s*(?:[—–)]|--)", text[members[-1].end:members[-1].end + 3])
                if len(members) >= 2 and closed and members[0].start - slot.end <= 8:
                    facts += [Fact("MEMBER_OF", m, o) for m in _refs(members, ("State",)) for o in _refs([slot], ("Organization",))]
            copula = re.match(r"\s+(?:is|are|was|were)\s+(?:made up of\s+|composed of\s+|now\s+)?", text[slot.end:slot.end + 30])
            if copula:  # "The Quad is Australia, India, Japan and the US"
                group = _groups(text, [s for s in slots[index + 1:] if "State" in s.labels])[:1]
                members = group[0] if group else []
                starts_list = members and re.fullmatch(r"(?:the\s+)?", text[slot.end + copula.end():members[0].start])
                ends_list = members and re.match(r"\s*(?:[.,;:—–)]|--|$)", text[members[-1].end:members[-1].end + 3])
                if len(members) >= 2 and starts_list and ends_list:
                    facts += [Fact("MEMBER_OF", m, o) for m in _refs(members, ("State",)) for o in _refs([slot], ("Organization",))]
            member_of = re.match(r"\s+(?:member|members|member state|member states|member country|ally|allies)\b", text[slot.end:slot.end + 20])
            before = text[max(0, slot.start - 40):slot.start]
            owner = re.search(r"(?:,\s+(?:a|an|the|another|fellow)\s+(?:founding\s+|fellow\s+|full\s+|longtime\s+|key\s+)?)$", before)
            states = [s for s in slots[:index] if "State" in s.labels]
            if member_of and owner and states and states[-1].end == slot.start - len(owner.group(0)) - 0:
                facts += [Fact("MEMBER_OF", m, o) for m in _refs(states[-1:], ("State",)) for o in _refs([slot], ("Organization",))]
    return facts


def _territory(text: str, slot: Slot) -> bool:
    return bool(re.search(r"\b(?:territory|territories|soil|ranges|waters) of\s+(?:the\s+)?$", text[max(0, slot.start - 30):slot.start], re.IGNORECASE))


def drafted(text: str, group: list[Slot]) -> bool:
    """Whether a coordinated group is named as the drafters or sponsors of a text."""
    before = text[max(0, group[0].start - 40):group[0].start]
    after = text[group[-1].end:group[-1].end + 40]
    return bool(
        re.search(DRAFTER.pattern + r"\s+(?:jointly\s+)?by\s+(?:the\s+)?$", before, re.IGNORECASE)
        or re.match(r"(?:'s|’s)?[-\s]*(?:,\s*which\s+)?(?:had\s+|has\s+)?(?:jointly\s+)?(?:" + DRAFTER.pattern + r")(?!\s+by)", after, re.IGNORECASE)
        or re.match(r"(?:'s|’s)?[-–\s]*(?:[A-Z]{2,3}[-–]?\s*)?(?:own\s+)?(?:drafts?|texts?|proposals?)\b", after)
    )


def _located(text: str, slot: Slot) -> bool:
    return bool(re.search(r"\b(?:in|over|off|near|at|across|into|on the territory of|on)\s+(?:the\s+)?$", text[max(0, slot.start - 25):slot.start], re.IGNORECASE)) and not re.search(r"\b(?:took part|participated)\s+in\s+$", text[max(0, slot.start - 25):slot.start], re.IGNORECASE)


def _owner_of_force(text: str, slot: Slot, clause: list[Slot]) -> bool:
    """A state named only as the owner of a force that follows ("China's PLA Navy")."""
    following = [s for s in clause if s.start >= slot.end]
    if not following or "ArmedForce" not in following[0].labels:
        return False
    return bool(re.fullmatch(r"(?:'s|’s|')?\s*", text[slot.end:following[0].start]))


def _window(text: str, slot: Slot, width: int, after: bool = False) -> str:
    if after:
        return text[slot.start:slot.end + width]
    return text[max(0, slot.start - width):slot.end + 12]


def _with_years(text: str, facts: list[Fact], context: ParagraphContext) -> list[Fact]:
    """Give each fact the year nearest its trigger (or the paragraph's last year)."""
    found = [(m.start(), int(m.group(1))) for m in YEAR.finditer(text)]
    if found:
        context.years = [year for _, year in found]
    for fact in facts:
        if "year" in fact.properties:
            continue
        if found:
            start, end = fact.anchor
            fact.properties["year"] = min(found, key=lambda f: (max(start - f[0], f[0] - end, 0), f[0]))[1]
        elif context.years:
            fact.properties["year"] = context.years[-1]
        if fact.type in ("SOLD", "ACQUIRED"):
            for match in YEAR.finditer(text):
                head = text[: match.start()]
                if ORDER_CUE.search(head):
                    fact.properties.setdefault("order_year", int(match.group(1)))
                elif DELIVERY_CUE.search(head):
                    fact.properties.setdefault("delivery_year", int(match.group(1)))
    return facts
