"""Fast search for large case-insensitive alternations, with exactly the results of ``re``.

Python's ``re`` has no index over the alternatives of a pattern such as
``\\b(?:sold|supplied|delivered|...)``: with IGNORECASE it tries every alternative at
every word boundary of the text, which made the trigger lexicon and the cue lists the
largest cost of extraction. An :class:`OpeningIndex` reads off each pattern, parsed by
``re``'s own parser, the text every match starts with (its *openings*: literal
characters, lower-cased, up to the first repetition or character class of more than
CLASS_EXPANSION characters, and at most OPENING_LENGTH of them), finds all openings of
all patterns in one Aho-Corasick pass, and tries a pattern only where one of its
openings stands.

The results are those of ``pattern.finditer`` and ``pattern.search``. Openings are
looked for in the lower-cased text, where the few characters beyond ASCII that ``re``
takes for an ASCII letter (the Kelvin sign is a capital "k") are made that letter. A
pattern that may start with a character class is searched by ``re`` itself, unless the
text lacks every string one of which its matches must contain (its *requirements*:
"but", "while", ";" ... for a clause break).

>>> index = OpeningIndex([re.compile(r"\\b(?:sold|supplied)\\b", re.IGNORECASE)])
>>> [m.group(0) for m in index.finditer(0, "Russia SOLD jets and supplied parts.")]
['SOLD', 'supplied']
>>> sorted(index.openings(0))
['sold', 'supplied']
"""
from __future__ import annotations

import re
from bisect import bisect_left
from re import _compiler as sre_compiler
from re import _constants as sre_constants
from re import _parser as sre_parser

import ahocorasick

OPENING_LENGTH = 8
# The only characters beyond ASCII that re matches to an ASCII one under IGNORECASE
# (dotted and dotless i, long s, Kelvin sign); tests check the list is complete.
ASCII_CASE_PARTNERS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
ZERO_WIDTH = (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT)
REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT)
CLASS_EXPANSION = 4  # a character class of at most this many characters opens that many ways


def comparable(text: str) -> str | None:
    """``text`` lower-cased, with the characters beyond ASCII that ``re`` matches to an
    ASCII letter under IGNORECASE made that letter, so that an opening stands wherever a
    match can start; None if the offsets would not carry over.

    >>> comparable("Su-35 \u212ailo-class ſubmarine")
    'su-35 kilo-class submarine'
    """
    if not text.isascii():
        for char, letter in ASCII_CASE_PARTNERS.items():
            if char in text:
                text = text.replace(char, letter)
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


def openings(pattern: re.Pattern, length: int = OPENING_LENGTH) -> set[str]:
    """Lower-cased strings one of which starts every match of ``pattern`` ("" when a
    match may start with a character class or be empty: no opening is known).

    >>> sorted(openings(re.compile(r"\\b(?:was |were )?(?:sold|sells?)\\s+to", re.IGNORECASE)))
    ['sell', 'sold', 'was sell', 'was sold', 'were sel', 'were sol']
    """
    found = {text for text, _ in _starts(sre_parser.parse(pattern.pattern, pattern.flags), length)}
    # An opening that extends a shorter one adds no place to try the pattern.
    return _without_extensions(found)


def _without_extensions(found: set[str]) -> set[str]:
    """``found`` without the strings that extend a shorter one of it. In sorted order the
    strings that extend one follow it at once, so each is checked against the last kept
    (not against every other: the lexicon's patterns have hundreds of openings)."""
    kept: list[str] = []
    for text in sorted(found):
        if not (kept and text.startswith(kept[-1])):
            kept.append(text)
    return set(kept)


def first_character_gate(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` behind a look-ahead for the characters its matches can start with:
    the same matches, found faster where ``re`` would enter every alternative of a case-
    insensitive pattern at every position (it skips ahead by first character only for
    case-sensitive literals). ``pattern`` itself when those characters are not known.

    >>> print(first_character_gate(re.compile(r",?\\s+but\\s|\\bwhile\\b", re.IGNORECASE)).pattern)
    (?=[,W\\sw])(?:,?\\s+but\\s|\\bwhile\\b)
    """
    if pattern in _GATES:  # imported from a module that gated it already
        return pattern
    parsed = sre_parser.parse(pattern.pattern, pattern.flags)
    if _skips_ahead(parsed, pattern.flags):
        return pattern  # a look-ahead in front would only hide the prefix re uses
    members = _first_characters(parsed)
    if not members:
        return pattern
    try:
        gated = re.compile(f"(?=[{''.join(sorted(members))}])(?:{pattern.pattern})", pattern.flags)
    except re.error:  # "(?i)" at the start of the pattern must stay there
        return pattern
    _GATES.add(gated)
    return gated


_GATES: set[re.Pattern] = set()


def _skips_ahead(parsed, flags: int) -> bool:
    """Whether ``re`` itself finds where matches may start, from a literal prefix ("\\n\\n")
    or a set of first characters ("[A-Z]") of a case-sensitive pattern."""
    prefix, _, _ = sre_compiler._get_literal_prefix(parsed, flags)
    return bool(prefix) or bool(sre_compiler._get_charset_prefix(parsed, flags))


def gate_patterns(namespace: dict) -> None:
    """Put every compiled pattern bound to a name in ``namespace`` (a module's globals)
    behind its :func:`first_character_gate`: rule modules call this last, so that the
    patterns their functions search are the gated ones."""
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern):
            namespace[name] = first_character_gate(value)


# How a category of characters is written in a class.
CATEGORY_CLASSES = {
    sre_constants.CATEGORY_SPACE: "\\s", sre_constants.CATEGORY_DIGIT: "\\d", sre_constants.CATEGORY_WORD: "\\w",
}


def _first_characters(items) -> set[str] | None:
    """Class members (escaped characters, "\\s", "\\d", "\\w") one of which starts every
    match of the parsed sequence ``items``, both cases of each letter; None when unknown
    or when a match may be empty."""
    members: set[str] = set()
    for op, argument in items:
        if op in ZERO_WIDTH:
            continue
        if op is sre_constants.LITERAL:
            character = chr(argument)
            if not character.isascii() and character.lower() + character.upper() != character * 2:
                return None  # a cased letter beyond ASCII may have more partners than its two cases
            letters = {character, character.lower(), character.upper()} | {p for p, a in ASCII_CASE_PARTNERS.items() if a == character.lower()}
            return members | {re.escape(letter) for letter in letters if len(letter) == 1}
        if op is sre_constants.IN:
            found = set()
            for kind, value in argument:
                if kind is sre_constants.LITERAL:
                    letters = _first_characters([(kind, value)])
                    if letters is None:
                        return None
                    found |= letters
                elif kind is sre_constants.CATEGORY and value in CATEGORY_CLASSES:
                    found.add(CATEGORY_CLASSES[value])
                else:
                    return None
            return members | found
        if op is sre_constants.SUBPATTERN:
            _, add_flags, del_flags, body = argument
            if (add_flags | del_flags) & (re.ASCII | re.LOCALE | re.UNICODE):
                return None  # "\\w" would mean another class inside
            following = [body]
        elif op is sre_constants.BRANCH:
            following = argument[1]
        elif op in REPEATS and argument[0] >= 1:
            following = [argument[2]]
        elif op in REPEATS:  # what may be absent: it or what comes after it starts the match
            found = _first_characters(argument[2])
            if found is None:
                return None
            members |= found
            continue
        else:
            return None
        each = [_first_characters(body) for body in following]
        if any(found is None for found in each):
            return None
        return members.union(*each)
    return None  # the match may be empty


def _starts(items, room: int) -> set[tuple[str, bool]]:
    """``(text, open)`` pairs: every match of the parsed sequence ``items`` starts with
    one ``text``; ``open`` says whether the whole sequence was literal, so that what
    follows it may extend ``text``. Zero-width assertions are skipped (a weaker
    condition is still a true one)."""
    starts = {("", True)}
    for op, argument in items:
        if op in ZERO_WIDTH:
            continue
        grown: set[tuple[str, bool]] = set()
        for text, growing in starts:
            left = room - len(text)
            if not growing or left <= 0:
                grown.add((text, False))
            elif op is sre_constants.LITERAL and argument < 128:  # "ſ" in a pattern matches "s" in a text
                grown.add((text + chr(argument).lower(), True))
            elif op is sre_constants.IN and _class_characters(argument):
                grown |= {(text + character, True) for character in _class_characters(argument)}
            elif op is sre_constants.SUBPATTERN:
                grown |= {(text + more, still) for more, still in _starts(argument[-1], left)}
            elif op is sre_constants.BRANCH:
                for alternative in argument[1]:
                    grown |= {(text + more, still) for more, still in _starts(alternative, left)}
            elif op in REPEATS:
                least, most, repeated = argument
                if least == 0:
                    grown.add((text, True))  # the repeated part may be absent
                # After one round of an optional part ("(?:was )?") comes what follows it;
                # after one of several, either another round or what follows.
                grown |= {(text + more, still and most == 1) for more, still in _starts(repeated, left)}
            else:  # a character class, a back-reference ...: any of many characters
                grown.add((text, False))
        starts = grown
    return starts


def requirements(pattern: re.Pattern) -> set[str] | None:
    """Lower-cased strings one of which every match of ``pattern`` contains somewhere,
    or None when none are known.

    >>> sorted(requirements(re.compile(r",?\\s*(?:although|though)\\s|;|\\bwhile\\b", re.IGNORECASE)))
    [';', 'though', 'while']
    """
    return _required(sre_parser.parse(pattern.pattern, pattern.flags))


def _required(items) -> set[str] | None:
    candidates = _required_sets(items)
    # The set whose shortest string is longest rules out the most texts; of two, the one with
    # fewer strings (the exercise words, not the dozen modifiers that may come before them).
    best = max(candidates, key=lambda found: (min(map(len, found), default=OPENING_LENGTH + 1), -len(found)), default=None)
    # A text that holds "though" holds it whether or not "although" is wanted too.
    return None if best is None else {text for text in best if not _holds_another(text, best)}


def _holds_another(text: str, strings: set[str]) -> bool:
    """Whether a shorter string of ``strings`` stands inside ``text``: its pieces are looked
    up, as they are fewer than ``strings`` can be."""
    return any(text[start:start + length] in strings for length in range(len(text)) for start in range(len(text) - length + 1))


def _required_sets(items) -> list[set[str]]:
    """Sets of strings, every match of the parsed ``items`` holding one of each set."""
    items = list(items)
    candidates: list[set[str]] = []
    for position, (op, argument) in enumerate(items):
        if op in ZERO_WIDTH:
            continue
        # The text from here on must match somewhere in the match: its openings are in it.
        following = {text for text, _ in _starts(items[position:], OPENING_LENGTH)}
        if "" not in following:
            candidates.append(following)
        needed = None
        if op is sre_constants.SUBPATTERN:
            needed = _required(argument[-1])
        elif op is sre_constants.BRANCH:
            each = [_required(alternative) for alternative in argument[1]]
            needed = None if any(found is None for found in each) else set().union(*each)
        elif op in REPEATS and argument[0] >= 1:
            needed = _required(argument[2])
        elif op is sre_constants.IN:
            needed = _class_characters(argument)
        if needed is not None:
            candidates.append(needed)
    return candidates


def _selective_requirement(pattern: re.Pattern, found: set[str]) -> set[str] | None:
    """Strings one of which every match of ``pattern`` contains besides one of its openings
    ``found`` (none begins as an opening does, none is shorter than the shortest), if it
    has such: "the " opens "the destroyers", which must hold " destroyer" (or another of
    its nouns) too. Of several, the set whose shortest string is longest, then the smallest."""
    shortest = min(map(len, found))
    beginnings = {opening[:3] for opening in found}
    sets = [
        needed for needed in _required_sets(sre_parser.parse(pattern.pattern, pattern.flags))
        if needed and min(map(len, needed)) >= shortest
        and not any(text[:3] in beginnings or text.startswith(tuple(beginnings)) for text in needed)
    ]
    return max(sets, key=lambda needed: (min(map(len, needed)), -len(needed)), default=None)


def _class_characters(members) -> set[str] | None:
    """The characters, as :func:`comparable` writes them, of a class that lists a few
    ("[!?]", "[—–]"); None for ranges, categories, negation, more characters, or a
    cased letter beyond ASCII (re pairs some, such as "ς" and "σ", under IGNORECASE)."""
    if len(members) > CLASS_EXPANSION or any(op is not sre_constants.LITERAL for op, _ in members):
        return None
    characters = {chr(code) for _, code in members}
    if any(not character.isascii() and character.lower() + character.upper() != character * 2 for character in characters):
        return None
    return {comparable(character) for character in characters}


class Scan:
    """Where the strings a :class:`Scanner` knows stand in one text: slot number →
    sorted start offsets. ``plain`` says the offsets are those of ``text.lower()`` too
    (no character beyond ASCII was made an ASCII letter)."""

    __slots__ = ("found", "plain")

    def __init__(self, found: dict[int, list[int]], plain: bool):
        self.found, self.plain = found, plain

    def first_in(self, slot: int, start: int, end: int) -> bool:
        """Whether a string of ``slot`` starts in ``[start, end)``."""
        positions = self.found.get(slot)
        if not positions:
            return False
        index = bisect_left(positions, start)
        return index < len(positions) and positions[index] < end


class Scanner:
    """One Aho-Corasick pass serving many opening indexes and word lists.

    Extraction asks a sentence for its trigger openings, cues, clause breaks, references,
    years and prepositions, and asks each cue list again over pieces of it for every
    trigger. Indexes built with a scanner share its automaton: a text is walked once,
    and a question about a piece of it (``search_within``) only looks up the offsets.
    Each index takes a range of *slot* numbers; a string's value in the automaton is
    every slot it marks. A string may mark some slots only at the start of a word (an
    opening of a pattern that starts with ``\\b``): "is" inside "missile" opens no
    passive. The automaton is built when first used (indexes register as their modules
    are imported) and the scans of the last few texts are kept.
    """

    KEPT = 8  # texts whose scans are kept: extraction asks about one sentence at a time

    def __init__(self) -> None:
        self._words: dict[str, list[int]] = {}
        self._word_start: dict[str, list[int]] = {}  # slots a string marks only at a word start
        self._slots = 0
        self._automaton: ahocorasick.Automaton | None = None
        self._scans: dict[str, Scan | None] = {}
        self._last_text: str | None = None
        self._last_scan: Scan | None = None

    def reserve(self, count: int, words: dict[str, list[int]], word_start: dict[str, list[int]] | None = None) -> int:
        """Take ``count`` slot numbers and return the first; ``words`` maps each string
        (lower-cased) to the slots, counted from 0, it marks, ``word_start`` to those it
        marks only where no letter, digit or "_" stands before it."""
        base, self._slots = self._slots, self._slots + count
        for word, slots in words.items():
            self._words.setdefault(word, []).extend(base + slot for slot in slots)
        for word, slots in (word_start or {}).items():
            self._words.setdefault(word, [])
            self._word_start.setdefault(word, []).extend(base + slot for slot in slots)
        self._automaton = None
        self._scans.clear()
        self._last_text = self._last_scan = None
        return base

    def scan(self, text: str) -> Scan | None:
        """Every registered string in ``text``, or None when offsets in ``text`` do not
        survive lower-casing (see :func:`comparable`)."""
        if text is self._last_text:  # asked a dozen times in a row about the same sentence
            return self._last_scan
        scan = self._scans.get(text, self)
        if scan is self:  # not kept (None is a kept answer)
            if len(self._scans) >= self.KEPT:
                self._scans.clear()
            scan = self._scans[text] = self._walk(text)
        self._last_text, self._last_scan = text, scan
        return scan

    def _walk(self, text: str) -> Scan | None:
        if self._automaton is None:
            self._automaton = ahocorasick.Automaton()
            for word, slots in self._words.items():
                anywhere, only_there = tuple(slots), tuple(self._word_start.get(word, ()))
                self._automaton.add_word(word, (len(word), anywhere, anywhere + only_there if only_there else anywhere))
            self._automaton.make_automaton()
        lowered = comparable(text)
        if lowered is None:
            return None
        found: dict[int, list[int]] = {}
        for end, (length, slots, at_word_start) in self._automaton.iter(lowered):
            start = end - length + 1
            if at_word_start is not slots:
                before = text[start - 1] if start else " "  # _in_word, inline: asked for every hit
                if not (before.isalnum() or before == "_"):
                    slots = at_word_start
            for slot in slots:
                positions = found.get(slot)
                if positions is None:
                    found[slot] = [start]
                else:
                    positions.append(start)
        for positions in found.values():
            if len(positions) > 1:
                positions.sort()  # strings of several lengths end in order, not start
        return Scan(found, text.isascii() or not any(char in text for char in ASCII_CASE_PARTNERS))


def _in_word(text: str, position: int) -> bool:
    """Whether a word character (for re) stands right before ``position``."""
    before = text[position - 1]
    return before.isalnum() or before == "_"


def _opens_at_boundary(items) -> bool:
    """Whether every match of the parsed sequence ``items`` starts at ``\\b``."""
    for op, argument in items:
        if op is sre_constants.AT:
            return argument is sre_constants.AT_BOUNDARY
        if op is sre_constants.SUBPATTERN:
            return _opens_at_boundary(argument[-1])
        if op is sre_constants.BRANCH:
            return all(_opens_at_boundary(alternative) for alternative in argument[1])
        return False
    return False


# The scanner of sentences: the lexicon, cue lists, clause breaks, references, years and
# prepositions are all asked about the same sentence.
SENTENCES = Scanner()


class OpeningIndex:
    """Where the matches of each of ``patterns`` can start in a text, found in one pass;
    with a ``scanner``, in the pass it makes for every index it serves."""

    def __init__(self, patterns: list[re.Pattern], scanner: Scanner | None = None):
        self.patterns = patterns
        self._openings = [openings(pattern) for pattern in patterns]
        # A pattern with no known opening is scanned by re, unless the text lacks
        # every string one of which its matches contain.
        self.scanned = {index: requirements(patterns[index]) for index, found in enumerate(self._openings) if "" in found}
        # ... and then behind a look-ahead for the characters its matches start with.
        self._searched = {index: first_character_gate(patterns[index]) for index in self.scanned}
        by_opening: dict[str, list[int]] = {}
        for index, found in enumerate(self._openings):
            if index not in self.scanned:
                for text in found:
                    by_opening.setdefault(text, []).append(index)
        self._scanner = scanner
        if scanner is not None:
            # slot i: an opening of pattern i; slot len(patterns) + i: a string pattern i
            # requires. An opening that starts with a letter of a pattern that starts with
            # \b counts only at a word start (re.ASCII has other word characters).
            self._at_word_start = {
                index for index, pattern in enumerate(patterns)
                if not pattern.flags & re.ASCII and _opens_at_boundary(sre_parser.parse(pattern.pattern, pattern.flags))
            }
            words: dict[str, list[int]] = {}
            word_start: dict[str, list[int]] = {}
            for text, indices in by_opening.items():
                for index in indices:
                    bounded = index in self._at_word_start and (text[0].isalnum() or text[0] == "_")
                    (word_start if bounded else words).setdefault(text, []).append(index)
            for index, needed in self.scanned.items():
                for text in needed or ():
                    words.setdefault(text, []).append(len(patterns) + index)
            self._base = scanner.reserve(2 * len(patterns), words, word_start)
            return
        # A pattern that opens with a common word is tried only in a text holding one of the
        # longer strings its matches need ("the " then " destroyer", " exercise" ...), found
        # in the same pass: they mark index len(patterns) + i for pattern i.
        self.required = {
            index: needed for index, found in enumerate(self._openings)
            if len(patterns) > 1 and index not in self.scanned and (needed := _selective_requirement(patterns[index], found))
        }
        words = {text: list(indices) for text, indices in by_opening.items()}
        for index, needed in self.required.items():
            for text in needed:
                words.setdefault(text, []).append(len(patterns) + index)
        self.automaton = ahocorasick.Automaton()
        for text, indices in words.items():
            self.automaton.add_word(text, (len(text), tuple(indices)))
        if by_opening:
            self.automaton.make_automaton()
        self._searchable = bool(by_opening)
        self._lone = len(patterns) == 1 and self._searchable  # one cue list: the common case, made cheap

    def openings(self, index: int) -> set[str]:
        return self._openings[index]

    def starts(self, text: str) -> dict[int, list[int] | None] | None:
        """Pattern index → positions of ``text`` where one of its openings stands, in
        order, or None where the pattern must be scanned by re; a pattern that cannot
        match is left out. None when offsets in ``text`` do not survive lower-casing
        (then search it with ``re``)."""
        if self._scanner is not None:
            scan = self._scanner.scan(text)
            if scan is None:
                return None
            found: dict[int, list[int] | None] = {}
            for index in range(len(self.patterns)):
                candidates = self._candidates(scan, text, index, 0, len(text))
                if candidates != ():
                    found[index] = None if candidates is None else list(candidates)
            return found
        lowered = comparable(text)
        if lowered is None:
            return None
        if self._lone:
            return {0: sorted(end - length + 1 for end, (length, _) in self.automaton.iter(lowered))}
        found = {
            index: None for index, needed in self.scanned.items() if needed is None or any(word in lowered for word in needed)
        }
        if not self._searchable:
            return found
        for end, (length, indices) in self.automaton.iter(lowered):
            for index in indices:
                found.setdefault(index, []).append(end - length + 1)
        for index in self.required:
            if found.pop(len(self.patterns) + index, None) is None:
                found.pop(index, None)
        for positions in found.values():
            if positions is not None:
                positions.sort()
        return found

    def possible(self, text: str) -> set[int] | None:
        """The patterns that may match somewhere in ``text``: those with an opening in it and
        those searched by re whose required strings it holds; None when any may (``text``
        has no scan). One look at the shared scan instead of one per pattern: most patterns
        a sentence is asked about have no opening in it."""
        if self._scanner is None:
            starts = self.starts(text)
            return None if starts is None else set(starts)
        scan = self._scanner.scan(text)
        if scan is None:
            return None
        base, count = self._base, len(self.patterns)
        found = {slot - base for slot in scan.found if base <= slot < base + 2 * count}
        return {index for index in found if index < count} | {
            index for index, needed in self.scanned.items() if needed is None or count + index in found
        }

    def _candidates(self, scan: Scan, text: str, index: int, start: int, end: int, piece: bool = True):
        """Where in ``[start, end)`` of a scanned ``text`` a match of pattern ``index`` may
        start: offsets, None (scan it with re), or () (it cannot match there). A match
        inside the piece starts with an opening inside it, so the openings that start in
        it are enough; one that runs past its end is only a place tried in vain. At the
        start of a ``piece`` cut out of a word, ``\\b`` holds although the scan, which saw
        the whole word, left the place out: it is tried too."""
        if index in self.scanned:
            needed = self.scanned[index]
            return None if needed is None or scan.first_in(self._base + len(self.patterns) + index, start, end) else ()
        positions = scan.found.get(self._base + index, ())
        if positions and not (start == 0 and positions[-1] < end):
            positions = positions[bisect_left(positions, start):bisect_left(positions, end)]
        if piece and start > 0 and index in self._at_word_start and start < end and _in_word(text, start) and start not in positions[:1]:
            return [start, *positions]
        return positions

    def finditer(self, index: int, text: str, starts: dict[int, list[int] | None] | None = None, pos: int = 0, endpos: int | None = None):
        """What ``patterns[index].finditer(text, pos, endpos)`` yields; ``starts`` may be
        given when several patterns are run over the same text."""
        pattern = self.patterns[index]
        endpos = len(text) if endpos is None else min(endpos, len(text))
        if self._scanner is not None and starts is None:
            scan = self._scanner.scan(text)
            positions = None if scan is None else self._candidates(scan, text, index, pos, endpos, piece=False)
        else:
            if starts is None:
                starts = self.starts(text)
            positions = None if starts is None else starts.get(index, ())
        if positions is None:
            yield from self._searched.get(index, pattern).finditer(text, pos, endpos)
            return
        resume = pos
        for position in positions:
            if position >= endpos:
                break
            if position >= resume:
                match = pattern.match(text, position, endpos)
                if match:
                    yield match
                    resume = match.end()

    def search(self, index: int, text: str) -> re.Match | None:
        """What ``patterns[index].search(text)`` returns."""
        return self.search_within(index, text, 0, len(text))

    def search_within(self, index: int, text: str, start: int, end: int) -> re.Match | None:
        """What ``patterns[index].search(text[start:end])`` returns (offsets are the
        piece's); with a scanner, ``text`` is scanned once for every piece asked about."""
        pattern = self.patterns[index]
        whole = start == 0 and end >= len(text)
        if self._scanner is None:
            text, start, end, whole = (text if whole else text[start:end]), 0, min(end, len(text)) - start, True
            starts = self.starts(text)
            positions = None if starts is None else starts.get(index, ())
        else:
            scan = self._scanner.scan(text)
            positions = None if scan is None else self._candidates(scan, text, index, start, end)
        if positions is None:
            return self._searched.get(index, pattern).search(text if whole else text[start:end])
        piece = text if whole else None
        for position in positions:
            if piece is None:  # cut only when there is a place to try
                piece = text[start:end]
            match = pattern.match(piece, position - start)
            if match:
                return match
        return None


class IndexedPattern:
    """A compiled pattern searched through its openings: ``search``, ``finditer`` and
    ``sub`` give what the same methods of ``regex`` give.

    >>> cue = IndexedPattern(re.compile(r"\\b(?:not|never)\\b", re.IGNORECASE))
    >>> cue.search("India has NOT bought it").group(0), cue.search("India bought it")
    ('NOT', None)
    """

    def __init__(self, regex: re.Pattern, scanner: Scanner | None = None):
        self.regex = regex
        self.pattern = regex.pattern
        self._index = OpeningIndex([regex], scanner)

    def search(self, text: str, *bounds: int) -> re.Match | None:
        if bounds:  # a search within bounds is rare: left to re
            return self.regex.search(text, *bounds)
        return self._index.search(0, text)

    def search_within(self, text: str, start: int, end: int) -> re.Match | None:
        """What ``search(text[start:end])`` returns, without cutting ``text`` unless a
        match may stand in the piece."""
        return self._index.search_within(0, text, start, end)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        return self._index.finditer(0, text, pos=pos, endpos=endpos)

    def __getattr__(self, name: str):
        # Only asked for what this class lacks (match, fullmatch, findall ...): as re does it.
        if name.startswith("_") or "regex" not in self.__dict__:
            raise AttributeError(name)
        return getattr(self.regex, name)

    def sub(self, replacement: str, text: str) -> str:
        # Most texts hold no match: only those are handed to re.
        return text if self.search(text) is None else self.regex.sub(replacement, text)
