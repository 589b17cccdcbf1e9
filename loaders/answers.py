"""Question-and-answer sheets: the answer completes the question into a statement.

A quiz, an FAQ or a briefing's Q&A says "Q4. Which state sold the S-400 to India?" then
"A4. Russia."; a flashcard export puts both on one line, a tab between them. Neither part
states a fact; together they say "Russia sold the S-400 to India". The answer's leading names take the place of the question's "which ..."; what
follows them ("China, in 2016") is added at the end. The sentence reader then reads the
statement, with its negation and hedging cues, so "None so far" answers nothing.

>>> question = "Which country launched the Belt and Road Initiative, and in what year?"
>>> statement(question, [Slot(31, 58, ())], "China, in 2013.", [Slot(0, 5, ())])[0]
'China launched the Belt and Road Initiative, in 2013.'
"""
from __future__ import annotations

import re

from loaders.openings import gate_patterns
from loaders.relations import Slot

MARKER = re.compile(r"[ \t]*(?:(?P<question>Q|Question)|A|Ans|Answer)[ \t]*\d{0,3}[ \t]*[.:)][ \t]*")
QUESTION_LINE = re.compile(r"^[ \t]*(?:Q|Question)[ \t]*\d{0,3}[ \t]*[.:)]|^[^\n\t]{8,}\?\t+[^\s?]", re.MULTILINE)  # does a document ask at all
# A flashcard exported as a line, its question (the card's front) and a tab before its answer (the back)
CARD_FRONT = re.compile(r"\?[\"”’)]*\t+(?=[^\s?])")
# "which two navies", "what NATO member", "who": the phrase the answer's names stand for
ASKED = re.compile(
    r"\b(?:(?:which|what)\s+(?:[\w-]+\s+){0,3}?(?:states?|countries|country|nations?|navies|navy|members?|forces?|powers?|"
    r"organi[sz]ations?|alliances?|blocs?|groups?|governments?|militaries|armies|army|air forces?|sides?|partners?|suppliers?|sellers?|buyers?)|who)\s+"
    r"(?!(?:did|does|do|has|have|is|are|was|were)\s+(?:the|it|they|\w+s?\b\s+\w+)\b)",
    re.IGNORECASE,
)
# "Over which two seas did the patrol fly?": the answer goes after the clause, behind its preposition
ASKED_PLACE = re.compile(r"(?P<prep>over|in|into|through|across|to|from|with|near)\s+(?:which|what)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:did|do|does)\s+", re.IGNORECASE)
# "Which organization did Kazakhstan join in 2014?": the answer is the object, after the subject and its verb
ASKED_OBJECT = re.compile(r"\b(?:which|what)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?P<aux>did|does|do|has|have|had)\s+(?=\S)", re.IGNORECASE)
OBJECT_VERB = re.compile(r"\s+(?P<verb>[a-z]+)\b")
# "... sell the Kilo to first?", "... take part in?": the answer belongs after a preposition, not after the verb
STRANDED = re.compile(r"\s(?:in|on|at|to|from|with|into|over|for|by)(?:\s+(?:first|last|again|then|before|ever|\w+ly))?\s*$")
NAME_THE = re.compile(r"(?:name|list|identify|give)\s+(?=the\s)", re.IGNORECASE)
TOPIC = re.compile(r"([^:?]{2,60}?):\s+")
SECOND_QUESTION = re.compile(r",?\s+and\s+(?:in\s+|from\s+|over\s+)?(?:which|what|when|where|who|how)\b.*$|\?\s*$", re.IGNORECASE | re.DOTALL)
ANSWER_JOINS = re.compile(r"\s*(?:,\s*and|,|and|&)\s+(?:the\s+)?")
ANSWER_OPENS = re.compile(r"(?:the\s+)?", re.IGNORECASE)


class AnswerSheet:
    """Follows the questions and answers of a document, sentence by sentence."""

    def __init__(self):
        self.question: tuple[str, list[Slot]] | None = None
        self.expecting = False  # the next sentence opens an answer

    def see(self, text: str, start: int, sentence: str, slots: list[Slot]) -> tuple[str, list[Slot]] | None:
        """Take in the sentence at ``start`` of ``text``; the question it answers, if it opens an answer."""
        window = max(0, start - 24)  # a marker is short; a text with no line breaks is not searched back
        line_start = text.rfind("\n", window, start) + 1 or (0 if window == 0 else start)
        marker = MARKER.match(text, line_start)
        if marker is None or start not in (line_start, marker.end()):
            answered, self.expecting = (self.question if self.expecting else None), False
            if CARD_FRONT.match(text, start + len(sentence.rstrip()) - 1):
                self.question, self.expecting = (sentence, slots), True  # a card's front: its back follows after the tab
            elif answered is None and self.question and sentence.rstrip().endswith("?"):
                self.question = (sentence, slots)  # "Tie-breaker. How many ...?": the question's last sentence
            return answered
        rest, slots = _unmarked(sentence, slots, max(0, marker.end() - start))
        if marker.group("question"):
            self.question, self.expecting = ((rest, slots) if rest.strip() else None), False
            return None
        self.expecting = not rest.strip()  # "A1." alone: the answer is the next sentence
        return None if self.expecting else self.question


def _unmarked(sentence: str, slots: list[Slot], shift: int) -> tuple[str, list[Slot]]:
    """The sentence from ``shift`` on ("Q4: Which ..." without "Q4: "), its slots moved to match."""
    return sentence[shift:], [Slot(s.start - shift, s.end - shift, s.refs, s.kind) for s in slots if s.start >= shift]


def answer_slots(sentence: str, slots: list[Slot]) -> tuple[str, list[Slot]]:
    """An answer's sentence without its "A4." marker, its slots moved to match."""
    marker = MARKER.match(sentence)
    return _unmarked(sentence, slots, marker.end()) if marker and not marker.group("question") else (sentence, slots)


def statement(question: str, q_slots: list[Slot], answer: str, a_slots: list[Slot]) -> tuple[str, list[Slot]] | None:
    """The statement a question and its answer make together, with its slots; None where the
    answer does not open with names or the question has no shape this knows."""
    names = _leading_names(answer, a_slots)
    if names is None:
        return None
    head_end = names[-1].end
    tail = answer[head_end:].strip().lstrip(",;:").strip().rstrip(".")
    tail = re.split(r"[.;(]", tail, maxsplit=1)[0].strip()
    topic = TOPIC.match(question)
    body_start = topic.end() if topic and not re.search(r"\b(?:which|what|who)\b", topic.group(1), re.IGNORECASE) else 0
    parts: list = []
    asked = ASKED.search(question, body_start)
    named = NAME_THE.match(question, body_start)
    placed = ASKED_PLACE.match(question, body_start)
    shape = placed or asked or named
    if shape is None:
        return _object_asked(question, q_slots, body_start, answer, a_slots, head_end, tail)
    rest = SECOND_QUESTION.search(question, shape.end())  # ", and in what year?": asked of the tail
    end = rest.start() if rest else len(question)
    if placed:
        parts += [("q", placed.end(), end), f" {placed.group('prep').lower()} ", ("a", 0, head_end)]
    elif asked:
        parts += [("q", body_start, asked.start()), ("a", 0, head_end), " ", ("q", asked.end(), end)]
    else:
        parts += [("a", 0, head_end), " are ", ("q", named.end(), end)]
    if topic and body_start:
        parts = _topic_for_pronoun(question, parts, topic)
    parts += [", " if rest and rest.group(0).startswith(",") else " ", tail] if tail else []
    return _composed(parts, question, q_slots, answer, a_slots)


def _object_asked(question: str, q_slots: list[Slot], start: int, answer: str, a_slots: list[Slot], head_end: int, tail: str) -> tuple[str, list[Slot]] | None:
    """"Which system does India operate?" answered "S-400": "India does operate S-400". The answer
    is the verb's object; a question that leaves a preposition at its end ("sell it to first?")
    asks something else and makes no statement.

    >>> _object_asked("Which system does India operate?", [Slot(18, 23, ())], 0, "S-400", [Slot(0, 5, ())], 5, "")[0]
    'India does operate S-400.'
    """
    asked = ASKED_OBJECT.search(question, start)
    subject = next((s for s in q_slots if asked and s.start in (asked.end(), asked.end() + 4) and question[asked.end():s.start] in ("", "the ")), None)
    verb = subject and OBJECT_VERB.match(question, subject.end)
    if not verb:
        return None
    end = question.rstrip().rstrip("?").rstrip()
    end = len(end)
    aux = " " + asked.group("aux").lower() + " "
    if STRANDED.search(question, verb.end(), end):
        return None  # "Which navy did Russia sell it to first?": the answer is no object of the verb
    parts = [("q", asked.end(), subject.end), aux, ("q", verb.start("verb"), verb.end()), " ", ("a", 0, head_end), ("q", verb.end(), end)]
    parts += [" ", tail] if tail else []
    return _composed(parts, question, q_slots, answer, a_slots)


def _leading_names(answer: str, slots: list[Slot]) -> list[Slot] | None:
    """The names an answer opens with ("The PLA Navy and the Russian Navy, in ..."), or None."""
    ordered = sorted(slots, key=lambda s: s.start)
    if not ordered or not ANSWER_OPENS.fullmatch(answer, 0, ordered[0].start):
        return None
    names = [ordered[0]]
    for slot in ordered[1:]:
        if not ANSWER_JOINS.fullmatch(answer, names[-1].end, slot.start):
            break
        names.append(slot)
    return names


def _topic_for_pronoun(question: str, parts: list, topic: re.Match) -> list:
    """"Su-35: which state received it first?": "it" is the topic before the colon."""
    result = []
    for part in parts:
        if isinstance(part, tuple) and part[0] == "q":
            pronoun = re.search(r"\b(?:it|them)\b", question[part[1]:part[2]])
            if pronoun:
                at = part[1] + pronoun.start()
                result += [("q", part[1], at), ("q", topic.start(1), topic.end(1)), ("q", at + len(pronoun.group(0)), part[2])]
                continue
        result.append(part)
    return result


def _composed(parts: list, question: str, q_slots: list[Slot], answer: str, a_slots: list[Slot]) -> tuple[str, list[Slot]]:
    """Join pieces of the question ("q", start, end), of the answer ("a", start, end) and words."""
    text, slots = "", []
    for part in parts:
        if isinstance(part, str):
            text += part
            continue
        source, start, end = part
        own, own_slots = (question, q_slots) if source == "q" else (answer, a_slots)
        shift = len(text) - start
        slots += [Slot(s.start + shift, s.end + shift, s.refs, s.kind) for s in own_slots if start <= s.start and s.end <= end]
        text += own[start:end]
    return text.rstrip() + ".", slots


# "Is Turkey a member?", "Does India belong to it?", "Has Iran joined?": a question asked of its subject, to be
# answered yes or no; the auxiliary, then the subject's name
POLAR = re.compile(r"[\W_]*(?:Q\s*\d{0,3}\s*[.:)]\s*)?(?P<aux>[Ii]s|[Aa]re|[Ww]as|[Ww]ere|[Hh]as|[Hh]ave|[Hh]ad|[Dd]oes|[Dd]o|[Dd]id)\s+(?:the\s+)?(?=[A-Z])")
# an answer that says yes and takes nothing back: "Yes, since 1952.", "A: Yes — a founding member." (not "Yes, but
# only as an observer", "Yes and no")
YES = re.compile(r"[\W_]*(?:A\s*\d{0,3}\s*[.:)]\s*)?(?:yes|yep|indeed|correct)\b(?!\s+and\s+no)", re.IGNORECASE)
YES_TAKEN_BACK = re.compile(r"\b(?:but|only|not|no\s+longer|until|observer|partner|applicant|candidate|suspended|formally)\b", re.IGNORECASE)


def polar_statement(question: str, q_slots: list[Slot], answer: str) -> tuple[str, list[Slot]] | None:
    """The statement a yes-or-no question makes when the answer says yes: the question with its subject
    before its auxiliary; None for another question or answer.

    >>> polar_statement("Is Turkey a member of NATO?", [Slot(3, 9, ()), Slot(22, 26, ())], "Yes, since 1952.")[0]
    'Turkey is a member of NATO.'
    """
    asked = POLAR.match(question)
    said = YES.match(answer)
    if asked is None or said is None or YES_TAKEN_BACK.search(answer, said.end()) or not question.rstrip().endswith("?"):
        return None
    subject = next((s for s in q_slots if s.start == asked.end()), None)
    if subject is None:
        return None
    end = len(question.rstrip().rstrip("?").rstrip())
    return _composed([("q", subject.start, subject.end), " " + asked.group("aux").lower(), ("q", subject.end, end)], question, q_slots, answer, [])


# Searched by re: behind a look-ahead for the characters their matches start with.
gate_patterns(globals())
