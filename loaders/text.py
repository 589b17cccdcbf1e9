"""Sentence segmentation with character offsets.

A document's text is cut into paragraphs (blank lines), then into units (a list
item, a table row, a heading, or a run of hard-wrapped lines), then into sentences.
Every :class:`Sentence` satisfies ``text[s.start:s.end] == s.text``.

>>> [s.text for s in segment("MOSCOW, July 3 (Wire) — Russia sold jets. Gen. Ivanov said so.\\n\\nSCO members\\n- China")]
['Russia sold jets.', 'Gen. Ivanov said so.', 'SCO members', 'China']
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from loaders.openings import IndexedPattern, gate_patterns

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "adm", "sgt", "rep", "sen", "gov",
    "pres", "st", "nos", "vs", "org", "etc", "e.g", "i.e", "approx", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "u.s", "u.k", "u.n",
    "a.m", "p.m", "fig", "cf", "al", "vol", "pp", "art", "para", "ca", "est", "dept", "govt", "sr", "jr",
}
# A run of three or more dots is a leader ("Areas ........ Pacific Ocean") or an
# ellipsis, not the end of a sentence.
# A run of "!" and "?" is taken whole, from its first mark only, so that a long one
# with no sentence after it costs one pass, not one per mark.
# A footnote mark after the full stop ("delivered in 2016.[1] Since 2022 ...") ends with it.
# Tried only at a full stop, "!" or "?" (loaders.openings), not at every character.
# a footnote mark may follow the stop: "[12]" of a wiki page, "⁸" of a journal article
SENTENCE_END = IndexedPattern(re.compile(r"(?:(?<![!?])[!?]++|(?<!\.)\.{1,2}(?!\.))[\"'”’)\]]*(?:\[\d{1,3}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})?(?=\s+[\"'“‘(\[]?[A-Z0-9])"))
BULLET = re.compile(r"[ \t]*(?:[-*•▪◦–]|\d{1,3}[.)])[ \t]+")
# "MOSCOW, July 23 (Wire) —", "ST. PETERSBURG, Russia —", "WASHINGTON —": a place in
# capitals, then optionally a country, a date and an agency, then a dash. Also a place written
# "Moscow" before a date, an agency between slashes ("/Xinhua/"), a colon after a date
# ("ISLAMABAD, Feb 10:", where a bare "HOST:" is a speaker), and a story budget's slug line,
# ended by a line break after its bracketed aside ("INDONESIA/NAVAL EXERCISE (530 words)").
DATELINE_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s*\d{4})?"
DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'/-]*(?: [A-Z][A-Z.'/-]*)*|[A-Z][a-z]+(?: [A-Z][a-z]+)?(?=(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)*)?,\s*" + DATELINE_DATE + r"))"
    r"(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)*)?"
    r"(?P<date>,\s*" + DATELINE_DATE + r")?(?P<aside>\s*\([^)\n]{1,40}\)|\s*/[^/\n]{1,30}/)?"
    r"(?:\s*[—–-]{1,2}\s+|(?(date):\s+|(?!))|(?(aside)[ \t]*\n\s*(?=[A-Z])|(?!)))"
)
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# A labelled field of a record: "Members: Russia; Belarus", "Joined 2011: Chile",
# "Members (original, 2006): Chile", "CURRENT MEMBERS:  Russia", a row of a
# two-column table ("| Host | Russia |") or, in an infobox rendered as text, "Host            Russia"
# (a short label, then a gap of two or more spaces, lined up with the field above or below it).
FIELD_LINE = re.compile(
    r"(?P<indent>[ \t]*(?:[-*\u2022][ \t]+|\|[ \t]*)?)(?P<label>[A-Z][A-Za-z()'/&-]*(?:[ \t][A-Za-z()'/&-]+){0,4}?(?:[ \t](?:\d{4}|\([^()\n]{1,30}\)))?)"
    r"(?:(?P<colon>[ \t]*(?::|(?P<pipe>\|))[ \t]+)|[ \t]*\.{2,}[ \t]*|[ \t]{2,})(?=\S)"
)
# Extraction looks at a whole sentence, and back over its paragraph, for each fact it
# reads, so text that never ends a sentence (a data dump, a page with no punctuation, a
# file with no line breaks) is cut into pieces of bounded size: a sentence at the last
# space before MAX_SENTENCE characters, a paragraph after MAX_PARAGRAPH characters at a
# sentence boundary. Real sentences and paragraphs are far shorter.
MAX_SENTENCE = 1000
MAX_PARAGRAPH = 20_000
TERMINAL = (".", "!", "?", ":", ";", "\"", "”", "'", "’")


# Hashed and compared by its fields as a frozen dataclass is, but built without the
# object.__setattr__ per field that frozen costs (three times slower): one is made for every
# sentence.
@dataclass(unsafe_hash=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int  # index of the paragraph the sentence belongs to
    heading: bool = False  # a title or section heading rather than running text
    table_row: bool = False  # cells joined by " | "


def paragraphs(text: str):
    """Yield ``(start, end)`` of each blank-line separated block, whitespace trimmed."""
    position = 0
    for match in PARAGRAPH_BREAK.finditer(text):
        yield from _trimmed(text, position, match.start())
        position = match.end()
    yield from _trimmed(text, position, len(text))


def _trimmed(text: str, start: int, end: int):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def units(text: str, start: int, end: int):
    """Split a paragraph into units: list items, table rows and headings stand alone,
    hard-wrapped prose lines are joined. Yields ``(start, end, kind)``."""
    lines = []
    position = start
    for line in text[start:end].split("\n"):
        lines.append((position, position + len(line)))
        position += len(line) + 1
    chunk = text[start:end]
    fields = field_lines([text[a:b] for a, b in lines]) if ":" in chunk or "  " in chunk or "|" in chunk or ".." in chunk else {}
    unit_start = None
    # the margin wrapped prose runs to, measured on lines as printed (a word rejoined across a line
    # end, or the blank of a page break, leaves a run of spaces in a line made of two)
    printed = [len(text[begin:end].strip()) for begin, end in lines if "  " not in text[begin:end].strip()]
    width = max(printed or [len(text[begin:end].strip()) for begin, end in lines])
    # a paragraph whose lines plainly run on somewhere (in lower case, after "the", across a full stop) is wrapped prose
    wrapped = any(_runs_on(text[a:b].rstrip(), text[c:d], None) for (a, b), (c, d) in zip(lines, lines[1:]) if text[a:b].strip())
    for index, (line_start, line_end) in enumerate(lines):
        line = text[line_start:line_end]
        if not line.strip():
            continue
        bullet = BULLET.match(line)
        if bullet and line.startswith(("|", "\t"), bullet.end()):
            bullet = None  # "– | Oct 2024 | ...": a dash in a row's first cell, "nothing here", not a list mark
        if bullet:
            line_start += bullet.end()
        if unit_start is None:
            unit_start, field = line_start, index in fields
        elif bullet or is_table_row(line) or index in fields:
            yield from _unit(text, unit_start, previous_end, field)
            unit_start, field = line_start, index in fields
        previous_end = line_end
        next_line = text[lines[index + 1][0]:lines[index + 1][1]] if index + 1 < len(lines) else ""
        if field and index + 1 not in fields and next_line[:1] in " \t" and FIELD_CONTINUATION.match(next_line):
            continue  # "Participants    Russia; China; ...\n                Laos; Syria"
        running = wrapped or unit_start < line_start and not bullet  # the unit began on an earlier line: wrapped prose
        if _stands_alone(line, next_line, width if running else None) or index + 1 in fields or (line_start == 0 and _is_title(line, next_line)):
            yield from _unit(text, unit_start, line_end, field)
            unit_start = None
    if unit_start is not None:
        yield from _unit(text, unit_start, previous_end, field)


def field_lines(lines: list[str]) -> dict[int, re.Match]:
    """The lines of a block that open a labelled field, by index: "Label: value" lines and
    "Label   value" lines that put their values in one column, where a block has two or more.

    >>> sorted(field_lines(["Host        Russia", "Location    Sea of Japan", "  Sea of Okhotsk", "Note: none"]))
    [0, 1, 3]
    """
    found = {
        index: match for index, line in enumerate(lines) if ":" in line or "  " in line or "|" in line or ".." in line
        if (match := FIELD_LINE.match(line)) and not (match.group("pipe") and line.strip().strip("|").count("|") != 1)
    }
    column = {index: match.end() for index, match in found.items() if not match.group("colon")}
    aligned = Counter(column.values())  # values in one column, whatever continuation lines lie between
    fields = {index: match for index, match in found.items() if match.group("colon") or aligned[column[index]] >= 2}
    return fields if len(fields) >= 2 else {}  # "Joint patrols: a log" alone is a title, not a record


# A field's value may run on in lines indented under it.
FIELD_CONTINUATION = re.compile(r"[ \t]{4,}\S")


# A word broken at a line end by print layout ("partici-\npated", "Su-\n35"). A lower-case word
# is joined whole; a designation or name ("Su-35", "Steregushchiy-class") and a common compound
# ("long-range", "self-propelled") keep their hyphen.
BROKEN_WORD = re.compile(r"\b(\w+)-[ \t]*\n[ \t]*(\w+)")
BROKEN_LINE_END = re.compile(r"\w-$")
COMPOUND_FIRST = {"self", "anti", "multi", "all", "well", "long", "short", "half", "semi", "cross", "air", "sea", "land", "ship", "surface", "ex", "so"}
COMPOUND_SECOND = {
    "range", "term", "based", "built", "made", "led", "class", "level", "scale", "owned", "run", "time", "year", "style",
    "type", "like", "known", "up", "off", "sized", "wide", "free", "related", "role", "purpose", "engined", "launched", "propelled",
}


def rejoin_hyphenated(text: str) -> str:
    """``text`` with each word broken across a line end made whole again, of the same length
    (the freed characters become spaces after the word), so that every offset still holds.

    >>> rejoin_hyphenated("they partici-\\npated with the Su-\\n35.")
    'they participated   with the Su-35 .'
    """
    if "-\n" not in text and not re.search(r"-[ \t]+\n", text):
        return text
    return BROKEN_WORD.sub(_rejoined, text)


def _rejoined(match: re.Match) -> str:
    first, second = match.group(1), match.group(2)
    split_word = (
        first.isalpha() and second.isalpha() and first.islower() and second.islower()
        and first not in COMPOUND_FIRST and second not in COMPOUND_SECOND
    )
    return (first + second if split_word else f"{first}-{second}").ljust(len(match.group(0)))


# The furniture of a printed page carried into its text: a page number ("Page 4 of 18" after a
# running title, "- 4 -", "12"), rules, and the running header or footer repeated on each page.
PAGE_MARK = re.compile(
    r"[ \t]*(?:(?:\S.*?[ \t]{2,})?page[ \t]*\d{1,4}(?:[ \t]+of[ \t]+\d{1,4})?|[-–—][ \t]*\d{1,3}[ \t]*[-–—]|\d{1,3})[ \t]*",
    re.IGNORECASE,
)
RULE = re.compile(r"[ \t]*[-=_*]{8,}[ \t]*")  # part of the furniture around a page number; alone, a section divider
# A line that stops mid-sentence: the sentence goes on after the page break.
RUNS_ON = re.compile(r"(?:[,;(\-–—]|\b(?:a|an|the|in|of|on|at|to|by|for|with|and|or|from|its|their|that|which|as))\s*$", re.IGNORECASE)


def without_page_furniture(text: str) -> str:
    """``text`` with the page numbers, rules and running headers and footers between pages
    blanked out (offsets kept); where a sentence runs across the break, its two halves are
    left one line break apart, so that they read as one sentence.

    >>> without_page_furniture("Russia sold the S-400 to\\n\\nPage 2 of 9\\n\\nTurkey in 2019.")
    'Russia sold the S-400 to\\n              Turkey in 2019.'
    """
    lines, position = [], 0
    for line in text.split("\n"):
        lines.append((position, position + len(line)))
        position += len(line) + 1
    marks = [
        i for i, (start, end) in enumerate(lines)
        if end - start < 200 and text[start:end].strip() and PAGE_MARK.fullmatch(text, start, end) and (not text[start:end].strip().isdigit() or _set_apart(text, lines, i))
    ]
    if not marks:
        return text
    repeated = Counter(_running_line(text, start, end) for start, end in lines if end - start < 160)
    marked = set(marks)

    def furniture(index: int) -> bool:
        start, end = lines[index]
        line = text[start:end]
        return (
            not line.strip() or index in marked or RULE.fullmatch(line) is not None
            or (end - start < 160 and repeated[_running_line(text, start, end)] >= 2)
        )

    pieces, done = [], 0
    for mark in marks:
        if mark < done:
            continue
        first, last = mark, mark
        while first > 0 and furniture(first - 1):
            first -= 1
        while last + 1 < len(lines) and furniture(last + 1):
            last += 1
        region_start = lines[first - 1][1] if first else 0
        region_end = lines[last + 1][0] if last + 1 < len(lines) else len(text)
        runs_on = first and last + 1 < len(lines) and _runs_across(text, lines, first - 1, last + 1)
        blank = "\n" + " " * (region_end - region_start - 1) if runs_on else re.sub(r"[^\n]", " ", text[region_start:region_end])
        pieces += [text[lines[done][0] if done < len(lines) else len(text):region_start], blank]
        done = last + 1
    pieces.append(text[lines[done][0]:] if done < len(lines) else "")
    return "".join(pieces)


# A subtitle file's cue: its number (SRT) and its timing line, "00:01:02,500 --> 00:01:05,000"
# (WebVTT writes a full stop before the milliseconds and may add settings after the timing).
CUE_TIMING = re.compile(r"^[ \t]*(?:\d{1,6}[ \t]*\n[ \t]*)?(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}[ \t]+-->[ \t]+(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}[^\n]*$", re.MULTILINE)
CUE_HEADER = re.compile(r"\AWEBVTT[^\n]*$", re.MULTILINE)
# A cue's styling: italics and fonts ("<i>", "<font color=...>"), a WebVTT voice ("<v Narrator>"), a positioning code ("{\\an8}")
CUE_TAG = re.compile(r"</?(?:i|b|u|c|v|font)\b[^<>\n]{0,80}>|\{\\[^{}\n]{1,20}\}", re.IGNORECASE)


def without_cue_timings(text: str) -> str:
    """``text`` with a subtitle file's cue numbers, timings and styling blanked out (offsets kept): a
    cue that goes on with the sentence of the one before is set in by the blanked timing after a
    line break, so that a sentence spoken across two or three cues reads as one wrapped sentence;
    a cue after a finished sentence opens a line at the margin.

    >>> without_cue_timings("1\\n00:00:01,000 --> 00:00:03,000\\nRussia sold\\n\\n2\\n00:00:03,500 --> 00:00:05,000\\nthe S-400.\\n").split()
    ['Russia', 'sold', 'the', 'S-400.']
    """
    if "-->" not in text:
        return text
    timings = list(CUE_TIMING.finditer(text))
    if len(timings) < 2 and not (timings and CUE_HEADER.match(text)):
        return text  # one arrow in prose is no subtitle file
    text = CUE_TAG.sub(lambda tag: " " * len(tag.group(0)), text)
    header = CUE_HEADER.match(text)
    pieces, done = ([" " * header.end()], header.end()) if header else ([], 0)
    for index, timing in enumerate(timings):
        spoken = text[done:timing.start()].rstrip()  # the previous cue's lines (before the first: a title, if any)
        pieces.append(_joined_lines(spoken))
        gap = text[done + len(spoken):timing.end() + 1] if timing.end() < len(text) else text[done + len(spoken):timing.end()]
        if not (spoken and index):
            pieces.append(re.sub(r"[^\n]", " ", gap))  # the first cue goes on from no words
        elif spoken.endswith(TERMINAL[:3]):
            pieces.append(" " * (len(gap) - 1) + "\n")  # a sentence ended: the next cue opens a line at the margin
        else:
            pieces.append(_blanked(gap))
        done = done + len(spoken) + len(gap)
    rest = text[done:]
    body = rest.rstrip()
    pieces.append(_joined_lines(body) + rest[len(body):])
    return "".join(pieces)


def _joined_lines(cue: str) -> str:
    """A cue's own lines as one: a bare line break (a cue set on two lines) a space, a longer
    break a line break and an indent."""
    return re.sub(r"[ \t]*\n[ \t]*", lambda m: " " if m.group(0) == "\n" else _blanked(m.group(0)), cue)


# A line written wholly in capitals, as a telex, a navigational warning or a bulletin is: three words or more
CAPITALS_LINE = re.compile(r"^(?=[^a-z\n]*(?:\b[A-Z]{2,}\b[^a-z\n]*){3})[^a-z\n]*[A-Z][^a-z\n]*$", re.MULTILINE)
CAPITALS_SENTENCE_START = re.compile(r"(?:^|[.!?][\"'”’)]*\s+)(?=[A-Z])", re.MULTILINE)


def sentence_cased(text: str, names: list[tuple[int, int]]) -> str:
    """``text`` with its lines written wholly in capitals in sentence case (offsets kept): each
    word in lower case but a sentence's first letter and the ``names`` (start, end) found in it, so
    that cues which take a capital for a name's start ("is in" a body, "served" a state) read the
    words as words.

    >>> sentence_cased("NOTE\\nTHE SU-30 IS IN SERVICE WITH PAKISTAN. IT\\nFLIES AND IS BASED NEAR KARACHI.", [(9, 14), (34, 42)])
    'NOTE\\nThe SU-30 is in service with PAKISTAN. It\\nflies and is based near karachi.'
    """
    if not CAPITALS_LINE.search(text):
        return text
    chars = list(text)
    kept = sorted(names)
    for line in _stating_capitals(text):
        starts = {m.end() for m in CAPITALS_SENTENCE_START.finditer(text, line.start(), line.end())}
        before = text.rfind("\n", 0, max(0, line.start() - 1)) + 1
        previous = text[before:line.start()].strip()
        if len(previous) >= 30 and CAPITALS_LINE.fullmatch(previous) and not previous.endswith(TERMINAL[:3]):
            starts.discard(line.start())  # a wrapped line goes on with the sentence begun on the line before
        for position in range(line.start(), line.end()):
            if chars[position].isupper() and position not in starts and not _within(kept, position):
                chars[position] = chars[position].lower()
    return "".join(chars)


def _stating_capitals(text: str) -> list[re.Match]:
    """The capitals lines of runs of them that end a sentence somewhere: a bulletin's text, not a
    title or a heading in capitals ("JOINT STATEMENT ON ...", "FINDINGS OF FACT"), which is left as written."""
    runs, run = [], []
    for line in CAPITALS_LINE.finditer(text):
        if run and text.count("\n", run[-1].end(), line.start()) != 1:
            runs.append(run)
            run = []
        run.append(line)
    runs.append(run)
    return [line for run in runs if any(CAPITALS_STOP.search(line.group(0)) for line in run) for line in run]


CAPITALS_STOP = re.compile(r"[A-Z0-9)][.!?](?:\s|$)")


def _within(spans: list[tuple[int, int]], position: int) -> bool:
    index = bisect.bisect_right(spans, (position, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


# A chat or IRC line's time and speaker: "[14:02] <kestrel> ", "14:02 kestrel: ", "<kestrel> "
CHAT_PREFIX = re.compile(r"^(?:\[?(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+(?:<[@+]?(?P<nick>[^<>\s]{1,30})>|(?P<named>[\w.-]{1,30}):)|<[@+]?(?P<bare>[^<>\s]{1,30})>)[ \t]+(?=\S)", re.MULTILINE)


def without_chat_continuations(text: str) -> str:
    """``text`` with the time and speaker blanked out (offsets kept) on each chat line that goes
    on with the same speaker's unfinished message on the line before ("<ann> Russia sold the" then
    "<ann> S-400 to India."): set in under the line it continues, the words read on from it.

    >>> without_chat_continuations("[14:02] <ann> Russia sold\\n[14:02] <ann> the S-400.\\n[14:03] <bo> Right.")
    '[14:02] <ann> Russia sold\\n              the S-400.\\n[14:03] <bo> Right.'
    """
    if "<" not in text and ":" not in text:
        return text
    pieces, done, previous = [], 0, None  # previous: the last chat line's speaker and where its line ends
    for prefix in CHAT_PREFIX.finditer(text):
        speaker = prefix.group("nick") or prefix.group("named") or prefix.group("bare")
        if previous and previous[0] == speaker and previous[1] == prefix.start() - 1:
            message = text[previous[2]:previous[1]].rstrip()
            if message and not message.endswith(TERMINAL[:3]):
                pieces += [text[done:prefix.start()], " " * (prefix.end() - prefix.start())]
                done = prefix.end()
        line_end = text.find("\n", prefix.end())
        previous = (speaker, len(text) if line_end < 0 else line_end, prefix.end())
    return "".join(pieces) + text[done:] if pieces else text


def _blanked(gap: str) -> str:
    """The stretch between two cues' words as one line break and the spaces of an indent: the
    form in which a name ("the Baltic\\n   Sea") and a phrase ("took\\n   part in") are read across lines."""
    return "\n" + " " * (len(gap) - 1) if gap else gap


# the marks a mail client puts before each line it quotes: "> ", ">> ", "> > "
QUOTE_MARKS = re.compile(r"^[ \t]*>(?:[ \t]*>)*[ \t]?", re.MULTILINE)
# a block quoted as another's words, to be answered: "On 3 May, Anna wrote:", "> Quote from navalnerd77:"
ATTRIBUTED_QUOTE = re.compile(r"(?:\bwrote|\bsaid|\bposted|\bquote(?:d)?(?:\s+from\b[^:\n]{0,60})?)\s*:\s*$", re.IGNORECASE)


def without_quote_marks(text: str) -> str:
    """``text`` with the quote marks of a forwarded e-mail blanked out (offsets kept), so that
    the quoted lines read as the sentences they are; a block quoted as someone's words to be
    answered ("Anna wrote:", "Quote from ...:") is left as it is, a claim, not the writer's.

    >>> without_quote_marks("See below.\\n> Kuwait joined the GCC in 1981.\\n>> Oman did not.")
    'See below.\\n  Kuwait joined the GCC in 1981.\\n   Oman did not.'
    >>> without_quote_marks("Anna wrote:\\n> Oman joined.")
    'Anna wrote:\\n> Oman joined.'
    """
    if ">" not in text or not QUOTE_MARKS.search(text):
        return text
    lines, kept, attributed, previous = text.split("\n"), [], False, ""
    for line in lines:
        mark = QUOTE_MARKS.match(line)
        if mark is None:
            attributed = False
            if line.strip():
                previous = line
            kept.append(line)
            continue
        if not attributed and (ATTRIBUTED_QUOTE.search(previous) or ATTRIBUTED_QUOTE.search(line)):
            attributed = True  # the block that follows an attribution, up to its end
        previous = line
        kept.append(line if attributed else " " * mark.end() + line[mark.end():])
    return "\n".join(kept)


def _runs_across(text: str, lines: list[tuple[int, int]], index: int, resumes: int) -> bool:
    """Whether the sentence on the last line before a page break goes on after it, on line ``resumes``: the line
    stops on "the" or a comma, or it is unpunctuated and either goes on in lower case or ends a
    run of wrapped lines (a heading at the foot of a page stands on a line of its own)."""
    start, end = lines[index]
    line = text[start:end].rstrip()
    if RUNS_ON.search(line):
        return True
    if not line or line.endswith(TERMINAL[:3]):
        return False
    return text[lines[resumes][0]:lines[resumes][1]].lstrip()[:1].islower() or (index > 0 and bool(text[lines[index - 1][0]:lines[index - 1][1]].strip()))


def _set_apart(text: str, lines: list[tuple[int, int]], index: int) -> bool:
    """Whether a line has blank lines (or the text's ends) on both sides: a bare page number
    does, a value under its label ("Strength\\n120") does not."""
    return all(not (0 <= i < len(lines)) or not text[lines[i][0]:lines[i][1]].strip() for i in (index - 1, index + 1))


def _running_line(text: str, start: int, end: int) -> str:
    """A line as it repeats from page to page: its words, with any number the same."""
    return re.sub(r"\d+", "#", " ".join(text[start:end].split()))


def cell_delimiter(line: str) -> str | None:
    """The character that separates a table row's cells: `` | ``, tabs, or semicolons in a
    spreadsheet export ("China;Russia;S-400;2014"), or None for a line of prose.

    >>> cell_delimiter("China;Russia;S-400;2 regiments;2014"), cell_delimiter("Russia sold it; China paid.")
    (';', None)
    """
    if " | " in line:
        return "|"
    if line.count("\t") >= 2:
        return "\t"
    if line.count(";") < 3:  # fewer than four cells; most lines have no semicolon at all
        return None
    cells = line.split(";")
    if "\n" not in line and all(len(cell.split()) <= 5 for cell in cells):
        return ";"
    return None


def is_table_row(line: str) -> bool:
    return cell_delimiter(line) is not None


def _stands_alone(line: str, next_line: str, width: int | None = None) -> bool:
    """A line ends its unit when it is a table row, or short and unpunctuated
    (a heading or list entry), or the next line opens a list item. A short line runs on
    where a heading would not: its sentence goes on in lower case on the next line, it ends
    on "the" or "in", a sentence ends inside it, the next line is set in deep (a subtitle's
    next cue), or, within wrapped prose (``width`` its margin), the next word would not
    have fitted on it.

    >>> _stands_alone("Operators", "Russia"), _stands_alone("China vetoed a resolution on", "Syria.")
    (True, False)
    >>> _stands_alone("Kazakhstan joined the Shanghai", "Cooperation Organisation in 2014.", width=38)
    False
    """
    stripped = line.rstrip()
    if is_table_row(stripped) or not next_line.strip():
        return True
    if BULLET.match(next_line) or is_table_row(next_line) or FLASHCARD.search(line) or FLASHCARD.search(next_line):
        return True  # a flashcard's line is its own unit: question, tab, answer
    if BROKEN_LINE_END.search(stripped) and next_line.lstrip()[:1].isalnum():
        return False  # "partici-" runs on into "pated" on the next line
    if not stripped.endswith(TERMINAL[:3]) and _runs_on(stripped, next_line, width):
        return False
    # a short line that ends on a comma or "and" runs on as a wrapped list does ("to India,\nMalaysia and Vietnam")
    return (len(stripped) < 50 and not stripped.endswith(TERMINAL[:3]) and not RUNS_ON_LIST.search(stripped)) or _numbered_heading(stripped, next_line)


FLASHCARD = re.compile(r"\?[\"”’)]*\t+[^\s?]")
RUNS_ON_LIST = re.compile(r"(?:,|\s(?:and|or))$")
# "... on Ukraine in 2014. India and Egypt took part in": a sentence ends inside the line, after a word or a year
INNER_SENTENCE_END = re.compile(r"(?:\b[a-z]{3,}|\b\d{4})[.!?][\"”’)]?[ \t]+[A-Z]")
# how much deeper a line is set than the one before when it goes on with it (a subtitle's next cue)
WRAP_INDENT = 8


def _runs_on(line: str, next_line: str, width: int | None) -> bool:
    """Whether an unpunctuated line reads on into the next as one sentence (see _stands_alone)."""
    following = next_line.lstrip()
    if following[:1].islower() or RUNS_ON.search(line) or INNER_SENTENCE_END.search(line):
        return True
    if len(next_line) - len(following) >= len(line) - len(line.lstrip()) + WRAP_INDENT:
        return True
    return width is not None and len(line.strip()) + 1 + len(following.split(" ", 1)[0]) > width


def _numbered_heading(line: str, next_line: str) -> bool:
    """"4. International Maritime Security Construct (2019- )" over a line of prose: a
    numbered section title, not the first line of a hard-wrapped numbered note."""
    return bool(
        re.match(r"\d{1,2}[.)]\s+[A-Z]", line) and len(line) < 120 and ". " not in line[3:]
        # a wrapped line of prose runs on to the margin in many words; a title is short
        and len(line.split()) <= 12
        and re.search(r"(?:\)|\b[A-Z][\w-]*)$", line) and next_line.lstrip()[:1].isupper()
    )


def _unit(text: str, start: int, end: int, field: bool = False):
    """A unit's span and kind; a labelled field ("Host   Russia") and a flashcard read as prose, not as a heading."""
    start, end = next(_trimmed(text, start, end), (start, start))
    if end > start:
        chunk = text[start:end]
        card = FLASHCARD.search(chunk)  # a card's answer needs no stop, and its tags after another tab make no table
        kind = "table" if is_table_row(chunk) and not card else ("heading" if _looks_like_heading(chunk) and not field and not card else "prose")
        yield start, end, kind


def _is_title(line: str, next_line: str) -> bool:
    """A document's first line is its title when it reads as a heading and the prose
    does not run on into the next line ("... in Moscow in\nJuly 2001")."""
    runs_on = re.search(r"(?:[,;(\-–—]|\b(?:a|an|the|in|of|on|at|to|by|for|with|and|or|from|its|their))\s*$", line, re.IGNORECASE)
    return _looks_like_heading(line) and not runs_on and not BROKEN_LINE_END.search(line) and not next_line.lstrip()[:1].islower()


# "2.1 The problem", "4.3.2 Exercises", "IV. Membership": a section's number before its heading's first word
# (two levels or a Roman numeral: "3 Russia ..." and "1. ..." open list entries as often as sections)
SECTION_NUMBER = re.compile(r"(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?|[IVX]{1,4}\.)\s+")


# "## Operators", "== Current operators ==": a markdown or wiki heading pasted into plain text
HEADING_MARK = re.compile(r"(?:#{1,6}|={2,6})[ \t]+")


def _looks_like_heading(chunk: str) -> bool:
    numbered = SECTION_NUMBER.match(chunk) or HEADING_MARK.match(chunk)
    opening = chunk[numbered.end():] if numbered else chunk
    return "\n" not in chunk and len(chunk) < 120 and not chunk.rstrip().endswith(TERMINAL[:3]) and opening[:1].isupper()


def split_sentences(text: str, start: int, end: int):
    """Yield ``(start, end)`` of each sentence in ``text[start:end]``."""
    chunk = text[start:end]
    dateline = DATELINE.match(chunk)
    offset = dateline.end() if dateline and dateline.end() < len(chunk) and _is_dateline(dateline.group(0)) else 0
    position = offset
    for match in SENTENCE_END.finditer(chunk, offset):
        if _is_abbreviation(chunk, match.start()):
            continue
        yield from _trimmed(text, start + position, start + match.end())
        position = match.end()
    yield from _trimmed(text, start + position, end)


def _is_dateline(prefix: str) -> bool:
    """A dateline has a date, an agency or a country after its place, or a place name of
    five letters or more: "NATO — the alliance — said" is a sentence."""
    place = re.match(r"[A-Z.'/ -]+", prefix).group(0)
    return "," in prefix or "(" in prefix or sum(ch.isalpha() for ch in place) >= 5


def _is_abbreviation(chunk: str, period: int) -> bool:
    if chunk[period] != ".":
        return False
    word_start = period
    while word_start > 0 and (chunk[word_start - 1].isalpha() or chunk[word_start - 1] == "."):
        word_start -= 1
    word = chunk[word_start:period].lower()
    if word == "no":  # "No. 5" abbreviates number; "...: no. Iran joined" ends a sentence
        return bool(re.match(r"\.\s*\d", chunk[period:period + 4]))
    # "J. Smith" is an initial; the last letter of "H-6K." or "Type 052D." ends a designation
    designation = word_start > 0 and (chunk[word_start - 1].isdigit() or chunk[word_start - 1] == "-")
    return word in ABBREVIATIONS or (len(word) == 1 and chunk[word_start].isupper() and not designation)


def segment(text: str) -> list[Sentence]:
    """Every sentence of ``text`` in order, with its paragraph index.

    >>> [len(s.text) for s in segment("word " * 500)]
    [999, 994, 504]
    """
    sentences = []
    index = -1
    for p_start, p_end in paragraphs(text):
        index, paragraph_start = index + 1, p_start
        for u_start, u_end, kind in units(text, p_start, p_end):
            if kind == "prose":
                spans = split_sentences(text, u_start, u_end)
            else:
                spans = [(u_start, u_end)]
            for s_start, s_end in (piece for span in spans for piece in _bounded(text, *span)):
                if s_start - paragraph_start >= MAX_PARAGRAPH:
                    index, paragraph_start = index + 1, s_start
                sentences.append(
                    Sentence(s_start, s_end, text[s_start:s_end], index, kind == "heading", kind == "table")
                )
    return sentences


def _bounded(text: str, start: int, end: int):
    """``(start, end)`` cut at spaces into pieces of at most MAX_SENTENCE characters (at
    MAX_SENTENCE exactly where there is no space in the second half of a piece)."""
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        yield from _trimmed(text, start, cut)
        start = cut
    yield from _trimmed(text, start, end)


# Searched by re: behind a look-ahead for the characters their matches start with.
gate_patterns(globals())
