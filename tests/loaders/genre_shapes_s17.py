"""A generated GENRE-INVARIANCE battery: the same facts, written in different document genres,
must give the same relations.

A fact is built from parts (states, systems, bodies, exercises, regions, years) in one of several
relation types (sale, membership, participation, veto, patrol, operation), each with a plain-prose
sentence, a flashcard question and its answer. Its relations are computed from the parts. A few
facts make a paragraph, and the paragraph is then written as a document of one genre: plain prose,
SRT subtitles (numbered timed cues, a sentence split across cues, a speaker label), a flashcard
export (question TAB answer), an all-capitals bulletin, chat lines ("[14:02] <nick> ..."), forum
posts under their author lines, a fixed-column log, Markdown bullets, a Markdown table of sales, a
timetable of exercises in aligned columns, an e-mail with headers and a forwarded message in quote
marks, an HTML page with its furniture, and hard-wrapped PDF-like text with hyphenated line ends
and page headers. Every genre must give the facts' relations and nothing more.

Controls give none: boilerplate of a page (navigation, related links, reader comments, footer,
script) that states fact-like headlines, flashcards answered "No" or "None", chat lines that hedge,
subtitles that disown a claim or deny a fact across cues.

>>> items = battery(seed=5, per_genre=3)
>>> {item.genre for item in items} == set(GENRES) | set(CONTROLS) and all(item.expected or item.genre.startswith("control") for item in items)
True
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from tests.loaders.battery_text import capitalised as _cap

STATES = {"Russia": "Russia", "China": "China", "India": "India", "Iran": "Iran", "Egypt": "Egypt", "Vietnam": "Vietnam",
          "Algeria": "Algeria", "Belarus": "Belarus", "Kazakhstan": "Kazakhstan", "Pakistan": "Pakistan", "Turkey": "Turkey",
          "Indonesia": "Indonesia", "Myanmar": "Myanmar", "the United States": "United States", "France": "France"}
SELLERS = ["Russia", "China", "France", "the United States", "Turkey"]
SYSTEMS = ["S-400", "Su-35", "Su-30", "MiG-29", "T-90", "J-10C", "JF-17", "Mi-17"]
ORGANIZATIONS = {"the Shanghai Cooperation Organisation": "Shanghai Cooperation Organisation", "BRICS": "BRICS",
                 "the Collective Security Treaty Organization": "Collective Security Treaty Organization",
                 "the Eurasian Economic Union": "Eurasian Economic Union"}
EXERCISES = ["Vostok-2018", "Tsentr-2019", "Zapad-2021", "Kavkaz-2020"]
REGIONS = ["Sea of Japan", "East China Sea", "Baltic Sea", "Arabian Sea"]
TOPICS = {"Syria": "Syria", "Myanmar": "Myanmar", "Venezuela": "Venezuela", "Ukraine": "Ukraine"}
YEARS = [2009, 2014, 2016, 2018, 2019, 2021, 2023]
NICKS = ["kestrel", "ops_anna", "dmitri_k", "w4tchman", "leila"]
FAMILY = {"SOLD", "ACQUIRED", "MEMBER_OF", "PARTICIPATED_IN", "VETOED", "PATROLLED", "OPERATES"}


@dataclass(frozen=True)
class Fact:
    prose: str
    question: str
    answer: str
    relations: frozenset  # of (type, source, target)


@dataclass(frozen=True)
class Item:
    genre: str
    document: str  # a file name: its suffix picks the reader
    text: str
    expected: frozenset


def _state(rng, avoid=()):
    surface = rng.choice([s for s, c in STATES.items() if c not in avoid])
    return surface, STATES[surface]


def _sale(rng):
    seller = rng.choice(SELLERS)
    s = seller.removeprefix("the ")
    b, buyer = _state(rng, avoid={s})
    w, y = rng.choice(SYSTEMS), rng.choice(YEARS)
    n = rng.choice(["", "eight ", "a batch of ", "24 "])
    prose = rng.choice([f"{_cap(seller)} {rng.choice(['sold', 'delivered', 'supplied'])} {n}{w} to {b} in {y}.",
                        f"In {y}, {b} {rng.choice(['bought', 'purchased', 'acquired'])} {n}{w} from {seller}."])
    relations = {("SOLD", s, w), ("ACQUIRED", buyer, w)}
    return Fact(prose, f"Which country sold the {w} to {b} in {y}?", _cap(seller), frozenset(relations))


def _membership(rng):
    x, s = _state(rng)
    o, c = rng.choice(list(ORGANIZATIONS.items()))
    y = rng.choice(YEARS)
    prose = rng.choice([f"{_cap(x)} joined {o} in {y}.", f"{_cap(x)} became a full member of {o} in {y}."])
    return Fact(prose, f"Which organization did {x} join in {y}?", _cap(o), frozenset({("MEMBER_OF", s, c)}))


def _participation(rng):
    (a, s), e = _state(rng), rng.choice(EXERCISES)
    b, t = _state(rng, avoid={s})
    prose = rng.choice([f"{_cap(a)} and {b} took part in the {e} exercise.", f"Troops from {a} and {b} participated in {e}."])
    return Fact(prose, f"Which states took part in {e}?", f"{_cap(a)} and {b}",
                frozenset({("PARTICIPATED_IN", s, e), ("PARTICIPATED_IN", t, e)}))


def _veto(rng):
    v = rng.choice(["Russia", "China"])
    topic, y = rng.choice(list(TOPICS.items())), rng.choice(YEARS)
    prose = rng.choice([f"{v} vetoed a UN Security Council resolution on {topic[0]} in {y}.",
                        f"In {y}, {v} vetoed a Security Council draft resolution on {topic[0]}."])
    return Fact(prose, f"Which state vetoed the {y} Security Council resolution on {topic[0]}?", v,
                frozenset({("VETOED", v, topic[1])}))


def _patrol(rng):
    a, b = rng.choice([("Russia", "China"), ("China", "Russia"), ("Russia", "Iran"), ("China", "Pakistan")])
    r, y = rng.choice(REGIONS), rng.choice(YEARS)
    prose = rng.choice([f"{a} and {b} conducted a joint naval patrol in the {r} in {y}.",
                        f"In {y}, {a} and {b} held a joint air patrol over the {r}."])
    return Fact(prose, f"Which two states conducted a joint patrol in the {r} in {y}?", f"{a} and {b}",
                frozenset({("PATROLLED", a, r), ("PATROLLED", b, r)}))


def _operation(rng):
    x, s = _state(rng)
    w = rng.choice(SYSTEMS)
    prose = rng.choice([f"{_cap(x)} operates the {w}.", f"The {w} is in service with {x}."])
    return Fact(prose, f"Which system does {x} operate?", w, frozenset({("OPERATES", s, w)}))


KINDS = [_sale, _membership, _participation, _veto, _patrol, _operation]


# ---- genres: each writes a list of facts as one document, returns (file name, text)

def prose(rng, facts):
    return "brief.txt", " ".join(f.prose for f in facts) + "\n"


def _split_words(sentence, rng, parts):
    words = sentence.split(" ")
    cuts = sorted(rng.sample(range(1, len(words)), min(parts - 1, len(words) - 1)))
    return [" ".join(words[i:j]) for i, j in zip([0] + cuts, cuts + [len(words)])]


def subtitles(rng, facts):
    lines, second = [], rng.randint(1, 40)
    for index, fact in enumerate(facts):
        for piece in _split_words(fact.prose, rng, rng.choice([1, 2, 3]) if index else 2):
            lines.append(piece)
    if rng.random() < 0.6:
        lines[0] = rng.choice(["NARRATOR: ", "- ", "REPORTER: "]) + lines[0]
    if rng.random() < 0.4:  # italics, as a narrator's voice is often set
        lines = [f"<i>{line}</i>" for line in lines]
    lines = [_two_lines(line) if len(line) > 40 and rng.random() < 0.5 else line for line in lines]
    cues = []
    for number, line in enumerate(lines, 1):
        start, second = second, second + rng.randint(2, 5)
        cues.append(f"{number}\n00:00:{start:02d},{rng.randint(0, 999):03d} --> 00:00:{second:02d},{rng.randint(0, 999):03d}\n{line}\n")
    return "episode.srt", "\n".join(cues)


def _two_lines(cue):
    """A long cue set on two lines, broken at the space nearest its middle."""
    middle = cue.rfind(" ", 0, len(cue) // 2 + 6)
    return cue[:middle] + "\n" + cue[middle + 1:] if middle > 0 else cue


def flashcards(rng, facts):
    tags = rng.choice(["", "\tdefence", "\tgeo::arms history"])
    lines = [f"{f.question}\t{f.answer}{tags}" for f in facts]
    if rng.random() < 0.5:
        lines.insert(0, "#separator:tab\n#html:false")
    return "deck.txt", "\n".join(lines) + "\n"


def capitals(rng, facts):
    head = rng.choice(["NAVAREA XI 0412/23", "BULLETIN 17/2023", "NAVWARN 0931 2023", "SITREP 44"])
    body = "\n".join(f.prose.upper() for f in facts)
    if rng.random() < 0.5:  # a telex's lines, wrapped at its margin
        body = "\n".join(_wrapped(" ".join(f.prose.upper() for f in facts), rng.choice([44, 60, 69])))
    tail = rng.choice(["NNNN", "CANCEL THIS MSG 301200Z.", "END OF BULLETIN"])
    return "warning.txt", f"{head}\n{body}\n{tail}\n"


def _wrapped(text, width):
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [line]


def chat(rng, facts):
    lines, minute = [], rng.randint(0, 40)
    form = rng.choice(["[{t}] <{n}> {s}", "{t} {n}: {s}", "[{t}] {n}: {s}"])
    for fact in facts:
        minute += rng.randint(1, 4)
        nick = rng.choice(NICKS)
        # a message sent in two pieces, as people type
        pieces = _split_words(fact.prose, rng, 2) if rng.random() < 0.4 else [fact.prose]
        lines += [form.format(t=f"14:{minute:02d}", n=nick, s=piece) for piece in pieces]
    return "channel.log", "\n".join(lines) + "\n"


def forum(rng, facts):
    """A forum thread: each post under a line naming its author and time."""
    posts = []
    for index, fact in enumerate(facts):
        who = rng.choice(NICKS)
        head = rng.choice([f"Post by {who} » Tue Mar 14, 2023 {2 + index}:0{index} pm", f"{who} wrote on 14 March 2023, 14:0{index}:",
                           f"#{index + 1}  {who}  (Member, 312 posts)"])
        posts.append(f"{head}\n{fact.prose}\n")
    return "thread.txt", "Re: background on arms deals\n\n" + "\n".join(posts)


def log(rng, facts):
    """A fixed-column log: time, a level, then the message, wrapped under its own column."""
    lines, column = [], rng.choice([40, 52])
    for index, fact in enumerate(facts):
        prefix = f"2023-03-14 14:{10 + index:02d}:0{index}  {rng.choice(['INFO ', 'NOTE ', 'EVENT'])}  "
        pieces = _wrapped(fact.prose, column)
        lines.append(prefix + pieces[0])
        lines += [" " * len(prefix) + piece for piece in pieces[1:]]
    return "events.log", "\n".join(lines) + "\n"


def bullets(rng, facts):
    mark = rng.choice(["- ", "* ", "1. "])
    head = rng.choice(["# Key facts\n\n", "## Briefing notes\n\n", ""])
    return "notes.md", head + "\n".join(mark + f.prose for f in facts) + "\n"


def table(rng, facts):
    """The facts a table can hold (sales, memberships) as rows of a Markdown table, the rest as bullets under it."""
    sales = [f for f in facts if any(r[0] == "SOLD" for r in f.relations)]
    rows = []
    for fact in sales:
        (_, seller, system), = [r for r in fact.relations if r[0] == "SOLD"]
        (_, buyer, _), = [r for r in fact.relations if r[0] == "ACQUIRED"]
        year = next(word.strip(".,") for word in fact.prose.split() if word.strip(".,").isdigit() and len(word.strip(".,")) == 4)
        rows.append(f"| {seller} | {buyer} | {system} | {year} |")
    head = rng.choice(["| Supplier | Recipient | System | Year |", "| Seller | Buyer | Weapon | Delivered |"])
    text = head + "\n|---|---|---|---|\n" + "\n".join(rows) if rows else ""
    rest = [f"- {f.prose}" for f in facts if f not in sales]
    return "transfers.md", (rng.choice(["## Arms transfers\n\n", ""]) + text + ("\n\n" if rows and rest else "") + "\n".join(rest) + "\n").lstrip("\n")


def timetable(rng, facts):
    """Exercises as rows of a timetable in aligned columns (dates, exercise, participants); the other facts as notes under it."""
    drills = [f for f in facts if any(r[0] == "PARTICIPATED_IN" for r in f.relations)]
    rows = ["Dates          Exercise        Participants", "-------------  --------------  ------------------------"]
    for index, fact in enumerate(drills):
        exercise = next(r[2] for r in fact.relations)
        states = " and ".join(sorted(r[1] for r in fact.relations))
        rows.append(f"{3 + index:>2}-{9 + index:<2} {rng.choice(['Jul', 'Sep'])}      {exercise:<14}  {states}")
    notes = [f.prose for f in facts if f not in drills]
    return "schedule.txt", ("Exercise schedule\n\n" + "\n".join(rows) + "\n\n" if drills else "") + " ".join(notes) + "\n"


def email(rng, facts):
    cut = rng.randint(1, len(facts))
    own, quoted = facts[:cut], facts[cut:]
    text = ("From: Anna Petrova <anna@example.org>\nTo: desk@example.org\nSubject: Re: background for Friday\n"
            "Date: Tue, 14 Mar 2023 09:12:44 +0000\n\nHi all,\n\n" + " ".join(f.prose for f in own) + "\n\nBest,\nAnna\n")
    if quoted:
        # forwarded, the quoted text is the sender's to pass on (a block quoted after "X wrote:" is X's claim, answered)
        text += "\n---------- Forwarded message ---------\nFrom: Desk <desk@example.org>\n\n" + "".join(f"> {f.prose}\n" for f in quoted)
    return "message.txt", text


def web_page(rng, facts):
    body = "".join(f"<p>{f.prose}</p>" for f in facts)
    return "article.html", (
        "<html><head><title>Defence ties</title><script>var teaser = 'Russia sold the Su-57 to Algeria in 2020.';</script></head><body>"
        "<nav><a href='/'>Home</a> <a href='/asia'>Asia</a></nav>"
        f"<article><h1>Defence ties in review</h1>{body}</article>"
        "<aside class='related'><h3>Related stories</h3><ul><li><a href='/a'>India bought the Su-57 from Russia</a></li>"
        "<li><a href='/b'>Egypt joined BRICS in 2024</a></li></ul></aside>"
        "<section id='comments'><h3>3 comments</h3><p>bob: Algeria bought the Su-57 from Russia in 2020, everyone knows.</p></section>"
        "<footer>Copyright 2023. Turkey operates the S-400, see our archive.</footer></body></html>")


def hard_wrapped(rng, facts):
    words = " ".join(f.prose for f in facts).split(" ")
    width, lines, line = rng.choice([38, 46, 55]), [], ""
    for word in words:
        if len(line) + 1 + len(word) <= width or not line:
            line = f"{line} {word}".strip()
            continue
        if word.isalpha() and word.islower() and len(word) >= 7 and rng.random() < 0.5:  # hyphenated at the line end
            cut = len(word) // 2
            lines.append(f"{line} {word[:cut]}-")
            line = word[cut:]
        else:
            lines.append(line)
            line = word
    lines.append(line)
    page = rng.randint(2, 40)
    header = rng.choice(["STRATEGIC REVIEW 2023", "Journal of Defence Studies, vol. 12"])
    middle = len(lines) // 2
    return "report.txt", "\n".join([header, ""] + lines[:middle] + ["", f"Page {page} of 60", "", header, ""] + lines[middle:] + ["", f"{page + 1}"]) + "\n"


GENRES = {"prose": prose, "subtitles": subtitles, "flashcards": flashcards, "capitals": capitals, "chat": chat, "forum": forum, "log": log,
          "bullets": bullets, "table": table, "timetable": timetable, "email": email, "web_page": web_page, "hard_wrapped": hard_wrapped}


# ---- controls: each gives a document whose family relations must be none

def control_flashcard_no(rng):
    fact = _sale(rng)
    (_, s, w), (_, b, _) = sorted(fact.relations, key=lambda r: r[0], reverse=True)
    answer = rng.choice(["No", "No.", "Not to our knowledge", "No, it was never delivered", "Unknown"])
    return "deck.txt", f"Did {b} buy the {w} from {s}?\t{answer}\nDid {b} join BRICS?\tNo\nWhich organization did {b} join in 2015?\tNone, it only applied\n"


def control_chat_hedge(rng):
    b, _ = _state(rng)
    w = rng.choice(SYSTEMS)
    lines = [f"[14:02] <kestrel> rumour is {b} bought the {w} from Russia", "[14:03] <leila> lol no way they bought that",
             f"[14:04] <dmitri_k> {b} might join BRICS next year", f"[14:05] <w4tchman> did {b} really buy the {w}?"]
    return "channel.log", "\n".join(lines) + "\n"


def control_comments(rng):
    b, _ = _state(rng)
    w = rng.choice(SYSTEMS)
    return "article.html", (
        "<html><body><nav>Home | World</nav><article><h1>Markets</h1><p>Oil prices rose on Tuesday.</p></article>"
        f"<div class='comments'><h3>Reader comments</h3><p>max: {b} bought the {w} from Russia last year.</p>"
        f"<p>jo: and {b} joined BRICS too.</p></div>"
        f"<div class='related-links'><a href='/x'>{b} buys the {w} from China</a></div>"
        "<footer>Russia vetoed everything, says our columnist.</footer></body></html>")


def control_subtitle_hedge(rng):
    """A claim the narration disowns, and a denial, each spoken across cues."""
    b, _ = _state(rng, avoid={"Russia"})
    w = rng.choice(SYSTEMS)
    lines = ["NARRATOR: Some reports claimed", f"that Russia sold the {w} to {b},", "but this was never confirmed.", f"{b} did not", "join BRICS in 2015."]
    return "episode.srt", "\n".join(f"{n}\n00:00:{2 * n:02d},000 --> 00:00:{2 * n + 1:02d},500\n{line}\n" for n, line in enumerate(lines, 1))


CONTROLS = {"control_flashcard_no": control_flashcard_no, "control_subtitle_hedge": control_subtitle_hedge, "control_chat_hedge": control_chat_hedge, "control_comments": control_comments}


def battery(seed: int = 17, per_genre: int = 12) -> list[Item]:
    rng = random.Random(seed)
    items = []
    for _ in range(per_genre):
        facts = [rng.choice(KINDS)(rng) for _ in range(rng.randint(2, 4))]
        expected = frozenset().union(*(f.relations for f in facts))
        for genre, write in GENRES.items():
            name, text = write(random.Random(rng.random()), facts)
            items.append(Item(genre, name, text, expected))
    for genre, write in CONTROLS.items():
        for _ in range(per_genre):
            name, text = write(rng)
            items.append(Item(genre, name, text, frozenset()))
    return items


def family_relations(item: Item) -> set:
    """The family's relations the document gives, read through the reader its file name picks."""
    from loaders.extract import default_extractor
    from loaders.readers import read_bytes

    document = read_bytes(item.text.encode("utf-8"), item.document)
    return {(r.type, r.source, r.target) for r in default_extractor().extract_document(document).relations if r.type in FAMILY}


def report(items: list[Item]) -> dict[str, tuple[float, int]]:
    """Recall and false count per genre."""
    found, wanted, false = {}, {}, {}
    for item in items:
        got = family_relations(item)
        wanted[item.genre] = wanted.get(item.genre, 0) + len(item.expected)
        found[item.genre] = found.get(item.genre, 0) + len(got & item.expected)
        false[item.genre] = false.get(item.genre, 0) + len(got - item.expected)
    return {g: (found[g] / wanted[g] if wanted[g] else 1.0, false[g]) for g in wanted}


if __name__ == "__main__":
    for genre, (recall, false) in report(battery()).items():
        print(f"{genre:<22} recall {recall:.2f}  false {false}")
