"""Read a file into a :class:`graph.model.Document`: raw bytes → decoded main text.

A document's identity is the sha256 of its bytes, so the same file under another
name is the same document. Every reader returns text whose character offsets the
evidence refers to.

>>> doc = read_bytes(b"<html><nav>Menu</nav><p>Russia sold the S-400.</p></html>", "a.html")
>>> doc.text
'Russia sold the S-400.'
"""
from __future__ import annotations

import codecs
import io
import os
import re
import stat
from datetime import datetime, timezone
from pathlib import Path

from graph.model import Document

TEXT_FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".pdf": "pdf"}
REGISTER_FORMATS = {".csv": "csv", ".json": "json", ".jsonl": "json"}

# Elements whose text is never part of the article (AMP pages put their ads, consent
# dialogs, menus and share buttons in elements of their own).
DROPPED_TAGS = {
    "nav", "footer", "script", "style", "noscript", "template", "form", "iframe", "svg", "button", "select", "head",
    "_comment", "!comment", "menu", "dialog", "amp-ad", "amp-embed", "amp-sticky-ad", "amp-consent", "amp-sidebar",
    "amp-social-share", "amp-analytics", "amp-user-notification", "amp-next-page",
}
# Roles that mark the site's furniture rather than the article.
DROPPED_ROLES = {"navigation", "complementary", "banner", "contentinfo", "search", "menu", "menubar", "dialog", "alertdialog"}
# Class, id or label words that mark boilerplate blocks on real news sites. A word matches
# whole (camelCase split), so "tag-egypt" and "has-post-thumbnail", the words a CMS puts on
# the article itself to describe it, are not taken for a tag list or a thumbnail strip;
# a few markers also match run together with what follows ("jp-relatedposts").
BOILERPLATE_MARKERS = re.compile(
    r"(?:^|[\s_-])(?:comments?|comment-?(?:list|form|respond|area)|respond|disqus\w*|related\w*|sidebar\w*|cookies?\w*|consent|gdpr"
    r"|banner|notice|share|sharing|sharedaddy|social\w*|newsletter\w*|sign-?up|subscri\w*|advert\w*|ads?|promo\w*|sponsor\w*"
    r"|outbrain|taboola|breadcrumbs?|menu|navbar|navigation|pagination|pager|footer|masthead|popup|modal|recommend\w*|trending"
    r"|popular|most-?(?:read|viewed|shared)|tags|tag(?=$|\s)|tag-?(?:list|cloud|links)|cat-?links|author-?(?:bio|box|info)|bio"
    r"|credits?|edit-?section|references|reflist|navbox|feedback|ticker|donate|more-?(?:from|stories|news|articles)\w*|read-?next"
    r"|also-?read|further-?reading|recirc\w*|embedded-?(?:post|tweet|status)|twitter-?tweet|tweets?|instagram-?media|tiktok-?embed|fb-?post)"
    r"(?:$|[\s_-])",
    re.IGNORECASE,
)
# A box that opens with a heading like these is a box of teasers or the page's furniture,
# whatever its cards hold (a headline link and a line of summary each). Only headings that
# name the box whole: "Related developments" or "More on the S-400 deal" head article sections.
FURNITURE_HEADING = re.compile(
    r"(?:related|recommended(?: for you)?|you (?:may|might) (?:also )?(?:like|enjoy)|more from .{1,40}|more on this (?:story|topic)"
    r"|more (?:stories|news|articles|coverage)(?: from .{1,40})?|most (?:read|popular|viewed|shared|commented)|read (?:more|next|also)"
    r"|also read|see also|trending(?: now)?|popular(?: now)?|latest (?:news|stories|articles)|further reading|editor'?s picks"
    r"|share (?:this(?: article| story| page)?|on .{1,20})|comments?|\d+ comments?|leave a (?:reply|comment)|sign up.{0,40}|subscribe.{0,40}|newsletter)"
    r"(?: (?:stories|articles|posts|content|coverage|links|news|reading|topics|videos))?",
    re.IGNORECASE,
)
# Boilerplate that carries no class or id word, known by its own words: a block that opens
# with a teaser label ("Read more: ...", "Sponsored: ...") or a cookie notice.
BOILERPLATE_BLOCK = re.compile(
    r"(?:read (?:more|also|next)|see also|also read|related(?: stories| articles| coverage| reading| content)?|more on this(?: story)?|"
    r"sponsored(?: content)?|promoted|paid content|advertisement|recommended(?: for you)?)\s*(?::|$)|"
    r".{0,300}?\b(?:(?:uses?|use of|accept(?: all)?) cookies|cookie (?:policy|settings|preferences))\b",
    re.IGNORECASE,
)
# The longest description of a fact box's term, in words: longer ones are a glossary's prose.
RECORD_WORDS = 10
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
BOX_TAGS = {"div", "section", "aside"}
# An <aside> is the site's sidebar, except a fact box set beside the article's text, which
# states facts of its own: known by its class or id words or by its heading.
FACT_BOX_MARKERS = re.compile(r"(?:^|[\s_-])(?:fact\w*|key-?facts|infobox|at-?a-?glance)(?:$|[\s_-])", re.IGNORECASE)
# "Vietnam's arsenal at a glance": a few words may name what the box sums up before the phrase.
FACT_BOX_HEADING = re.compile(r"(?:[\w'’-]+ ){0,4}?(?:fact ?(?:box|file|sheet)|(?:key|fast|quick) facts|at a glance)\b.{0,40}", re.IGNORECASE)
SIDEBAR_WORD = re.compile(r"(?:^|(?<=[\s_-]))sidebar\w*(?=$|[\s_-])", re.IGNORECASE)
CAMEL_BOUNDARY = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Link lists (related stories, most read, see also) are known by their links: most of
# the block's text is link text, and each link is a headline of several words rather
# than a name ("Russia", "Tsentr-2019") as in a list of participants.
LINK_SHARE = 0.6
HEADLINE_WORDS = 4
# Blocks of running text, and the fewest words outside links that make one prose.
PROSE_TAGS = {"p", "li", "blockquote", "dd", "td", "figcaption"}
PROSE_WORDS = 3
LINK_LIST_TAGS = {"ul", "ol", "div", "section", "p", "dl", "li", "span"}
# A paragraph of one link after a label like these points to another page.
LINK_LABEL = re.compile(r"(?:read|see|also|more|related|recommended|further|watch|listen|previously|next|older|newer|latest)\b[\w ]{0,20}:?", re.IGNORECASE)
# Characters that only shape the layout, in any format: soft hyphens and zero-width marks
# go, the non-breaking hyphen reads as a hyphen ("Su&#8209;35").
LAYOUT_CHARACTERS = str.maketrans({"\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None, "\u2011": "-"})
BLOCK_TAGS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "blockquote", "pre", "dl", "dt", "dd", "figcaption", "caption", "br", "hr", "body", "html", "thead", "tbody", "figure", "address", "summary", "details", "header", "hgroup", "center", "aside"}
CELL_TAGS = {"td", "th"}
# The HTML parser looks through every open element at each of these tags, so its time
# grows with the square of how deep they nest: a few megabytes of unclosed <div>s would
# take hours. Pages nest them a few dozen deep.
NESTING_TAGS = re.compile(
    r"<(/?)(?:div|ul|ol|dl|blockquote|section|article|aside|nav|header|footer|main|figure|"
    r"fieldset|details|center|address|menu|dir|pre|hgroup|search)\b",
    re.IGNORECASE,
)
MAX_NESTING = 10_000


# Limits that keep memory and time bounded whatever the input: a file's size, and the
# length of the text extraction works on (news text takes about 90 s and 200 MB per
# 10 million characters).
MAX_FILE_BYTES = 256_000_000
MAX_TEXT_CHARACTERS = 32_000_000


class DocumentError(ValueError):
    """A file cannot be read as a document; the message says why in one line."""


def format_of(path: str | Path) -> str | None:
    """The reader format for a file name, or None when tiegraph does not read it.

    >>> format_of("report.HTML"), format_of("arms.csv"), format_of("photo.jpg")
    ('html', 'csv', None)
    """
    suffix = Path(path).suffix.lower()
    return TEXT_FORMATS.get(suffix) or REGISTER_FORMATS.get(suffix)


def read_document(path: str | Path) -> Document:
    """Read one text, Markdown, HTML or PDF file."""
    return read_bytes(read_file(path), str(path))


def read_file(path: str | Path) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES; anything else is a
    :class:`DocumentError` saying why (a pipe would block, a huge file exhaust memory)."""
    try:
        status = os.stat(path)
        if stat.S_ISDIR(status.st_mode):
            raise DocumentError("is a directory")
        if not stat.S_ISREG(status.st_mode):
            raise DocumentError("not a regular file (a pipe, socket or device)")
        if status.st_size > MAX_FILE_BYTES:
            raise DocumentError(f"too large ({status.st_size / 1e6:,.0f} MB; tiegraph reads files up to {MAX_FILE_BYTES // 1_000_000} MB)")
        with open(path, "rb") as file:
            return file.read(MAX_FILE_BYTES + 1)
    except PermissionError:
        raise DocumentError("permission denied") from None
    except OSError as exc:
        raise DocumentError(exc.strerror or str(exc)) from None


def read_bytes(raw: bytes, path: str) -> Document:
    """Decode and clean ``raw`` according to the format its ``path`` suggests."""
    path = unicode_path(path)
    fmt = format_of(path) or "txt"
    if fmt == "pdf":
        text, title = _pdf_text(raw)
    else:
        decoded = decode(raw)
        if fmt == "html":
            text, title = html_text(decoded)
        elif fmt == "md":
            text, title = markdown_text(decoded), None
        else:
            text, title = fixed_width_tables(saved_page_text(normalise_newlines(decoded))), None
    text = text.translate(LAYOUT_CHARACTERS)
    if not text.strip():
        raise DocumentError("no text found")
    if len(text) > MAX_TEXT_CHARACTERS:
        raise DocumentError(
            f"too much text ({len(text) / 1e6:,.0f} million characters; tiegraph reads up to "
            f"{MAX_TEXT_CHARACTERS // 1_000_000} million per document): split it"
        )
    return Document(
        id=Document.content_id(raw),
        path=path,
        title=title or _first_line(text) or Path(path).name,
        text=text,
        format=fmt,
        loaded_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
    )


def unicode_path(path: str | Path) -> str:
    """``path`` as text a store can hold: bytes of a file name that are not UTF-8 (which
    Python keeps as lone surrogates) become U+FFFD.

    >>> unicode_path(os.fsdecode(b"caf\\xe9.txt"))
    'caf\ufffd.txt'
    """
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def decode(raw: bytes) -> str:
    """Bytes to text: byte-order marks first, then UTF-8, then the likeliest legacy encoding.
    Bytes that decode to control characters rather than text are refused.

    >>> decode("Ménard".encode("cp1252"))
    'Ménard'
    >>> decode(codecs.BOM_UTF16_LE + "Su-27".encode("utf-16-le"))
    'Su-27'
    >>> decode("Ménard’s “Su-35” ".encode("utf-8") * 5 + b"\\xff").endswith("Su-35” \\ufffd")
    True
    """
    text = _decoded(raw)
    sample = text[:8192]
    controls = sum(1 for ch in sample if (ch < " " and ch not in "\t\n\r\f\v") or "\x7f" <= ch < "\xa0")
    if controls > max(8, len(sample) // 20):
        raise DocumentError("binary file (control characters), not text")
    return text


def _decoded(raw: bytes) -> str:
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                raise DocumentError(f"invalid {encoding} after its byte-order mark") from None
    if b"\x00" in raw[:8192]:
        raise DocumentError("binary file (NUL bytes), not text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few broken bytes (a truncated or spliced file) stays UTF-8: read as a
    # legacy encoding, every one of its good characters would turn into mojibake. Legacy
    # text almost never holds a valid UTF-8 sequence, so a file with more good ones than
    # broken ones is UTF-8.
    repaired = raw.decode("utf-8", errors="replace")
    broken = repaired.count("\ufffd")
    if broken <= sum(1 for ch in repaired if ch > "\x7f") - broken:
        return repaired
    encoding = "cp1252"
    # Detection needs a sample long enough to be meaningful; short legacy files are
    # almost always Windows-1252 in this domain's sources.
    if len(raw) >= 2000:
        from charset_normalizer import from_bytes

        best = from_bytes(raw[:200_000]).best()
        encoding = best.encoding if best else encoding
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return raw.decode("latin-1")


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:120]
    return ""


# --- Markdown ---------------------------------------------------------------

# Every rule runs in time linear in the text, even on hostile input (thousands of "[" or
# "*" with nothing to close them): a character class that excludes the opening mark
# stops each attempt at the next one, where ".*?" would scan to the end every time.
_MD_RULES = [
    (re.compile(r"^---\n.*?\n---\n", re.S), ""),  # front matter
    # a list item that is one link and nothing else: a saved page's "Read more" or menu
    (re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\[[^\[\]\n]+\]\([^()\n]*\)[ \t]*\n?", re.M), ""),
    (re.compile(r"!\[[^\[\]\n]*\]\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)"), ""),  # images
    (re.compile(r"\[([^\[\]\n]+)\]\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)"), r"\1"),  # links keep their text
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M), ""),  # heading marks
    (re.compile(r"^[ \t]*>[ \t]?", re.M), ""),  # block quotes
    (re.compile(r"^[ \t]*(?:\|[ \t]*)?:?-{3,}:?(?:[ \t]*\|[ \t]*:?-{3,}:?)*(?:[ \t]*\|)?[ \t]*\n", re.M), ""),  # table rules
    (re.compile(r"\*\*([^*\n]+)\*\*|__([^_\n]+)__"), r"\1\2"),
    (re.compile(r"(?<![\w*])\*(?![\s*])([^*\n]+?)(?<!\s)\*(?![\w*])"), r"\1"),
    (re.compile(r"`([^`]*)`"), r"\1"),
]


# The line that opens a blog post's reader comments, once its markup is gone: "3 comments",
# "Comments (12)", "Leave a reply". Only the whole line: "Comments from the ministry" is prose.
READER_COMMENTS = re.compile(
    r"^[ \t]*(?:\d+ (?:comments?|responses?|replies)|(?:reader )?comments?(?: \(\d+\))?|leave a (?:reply|comment)|join the discussion)[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def markdown_text(source: str) -> str:
    """Markdown to plain text, keeping one unit per line (headings, list items, table rows).

    List markers stay, so that segmentation keeps each item a sentence of its own.

    >>> markdown_text("# SCO\\n\\n- **2017**: India joins\\n| A | B |\\n|---|---|\\n| x | y |")
    'SCO\\n\\n- 2017: India joins\\nA | B\\nx | y'
    """
    text = _without_comments(normalise_newlines(source))
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    readers = READER_COMMENTS.search(text)
    if readers:  # "**3 comments**", "## Comments (12)": readers' posts run from there to the end
        text = text[:readers.start()]
    lines = [_table_row(line) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# A web page saved as plain text keeps its furniture as lines of its own. Only forms no report
# uses for a heading of its own are taken: a count of comments ("COMMENTS (214)", "87 comments"),
# not a cable's bare "COMMENT"; a ticker line, a label then two or more items set apart by
# " * ", " · " or " | " ("TRENDING: Protests go on * Gas prices fall * ...").
SAVED_PAGE_COMMENTS = re.compile(
    r"^[ \t]*(?:\d+ (?:comments?|responses?|replies)|(?:reader )?comments? \(\d+\)|leave a (?:reply|comment)|join the discussion)[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
SAVED_PAGE_TICKER = re.compile(
    r"^[ \t]*(?:trending(?: now)?|breaking(?: news)?|latest|just in|top stories|most read)[ \t]*:[^\n]*?(?:[ \t]+[*·•|][ \t]+[^\n]*?){2,}$",
    re.IGNORECASE | re.MULTILINE,
)


def saved_page_text(text: str) -> str:
    """Plain text without the reader comments and ticker lines of a web page saved as text;
    the comments run from their counted heading to the end (unless nothing comes before them).

    >>> saved_page_text("TRENDING: Storms * Rates * Football\\nRussia sold jets.\\nCOMMENTS (3)\\nann: India sold tanks.")
    '\\nRussia sold jets.\\n'
    """
    readers = SAVED_PAGE_COMMENTS.search(text)
    if readers and text[:readers.start()].strip():  # a thread saved on its own is the document, not a page's tail
        text = text[:readers.start()]
    return SAVED_PAGE_TICKER.sub("", text)


# The rule under a plain-text table's header: two or more runs of dashes (or equals signs) set
# apart by spaces, each run as wide as its column ("--------  ------  ------").
COLUMN_RULE = re.compile(r"^[ \t]*(?:-{2,}|={2,})(?:[ \t]+(?:-{2,}|={2,}))+[ \t]*$", re.MULTILINE)


def fixed_width_tables(text: str) -> str:
    """Plain-text tables whose columns are aligned by spaces, as a register return or a
    typed annex lays them out, rewritten as rows with cells joined by `` | `` (the form a
    Markdown or HTML table takes), so that the header's words name each row's cells.

    The dash rule under the header gives the columns; a line whose first column is blank
    continues the row above it (a description wrapped over several lines); a blank line
    or a line that does not fit the columns ends the table.

    >>> print(fixed_width_tables("Kind  Importer  Item\\n----  --------  ----------\\nI     Poland    K2 tanks,\\n                second lot\\n\\nNotes."))
    Kind | Importer | Item
    I | Poland | K2 tanks, second lot
    <BLANKLINE>
    Notes.
    """
    if "--" not in text and "==" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    rules = {number for number, line in enumerate(lines) if ("--" in line or "==" in line) and COLUMN_RULE.match(line)}
    while index < len(lines):
        if index + 1 in rules and lines[index].strip() and len(lines[index + 1]) - len(lines[index + 1].lstrip()) <= len(lines[index]) - len(lines[index].lstrip()):
            starts = [match.start() for match in re.finditer(r"[-=]{2,}", lines[index + 1])]
            rows = [_fixed_width_cells(lines[index], starts)]
            index += 2
            while index < len(lines) and lines[index].strip() and index not in rules:
                cells = _fixed_width_cells(lines[index], starts)
                if not cells[0] and len(rows) > 1:
                    rows[-1] = [f"{old} {new}".strip() for old, new in zip(rows[-1], cells)]
                else:
                    rows.append(cells)
                index += 1
            out += [" | ".join(cell or "-" for cell in row) for row in rows]
            continue
        out.append(lines[index])
        index += 1
    return "\n".join(out)


def _fixed_width_cells(line: str, starts: list[int]) -> list[str]:
    """The cells of ``line`` cut at the columns' start positions."""
    ends = starts[1:] + [len(line)]
    return [line[start:end].strip() for start, end in zip([0] + starts[1:], ends)]


def _without_comments(text: str) -> str:
    """``text`` without its ``<!-- -->`` comments; an unclosed one runs to the end.

    >>> _without_comments("a<!-- note -->b<!-- open")
    'ab'
    """
    kept, position = [], 0
    while (start := text.find("<!--", position)) != -1:
        kept.append(text[position:start])
        end = text.find("-->", start + 4)
        position = len(text) if end == -1 else end + 3
    kept.append(text[position:])
    return "".join(kept)


def _table_row(line: str) -> str:
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
        return " | ".join(cell.strip() for cell in stripped[1:-1].split("|"))
    return line


# --- HTML -------------------------------------------------------------------

def html_text(source: str) -> tuple[str, str | None]:
    """The main text of an HTML page and its title; boilerplate elements are dropped.

    Blocks become paragraphs separated by blank lines; table rows become one line
    with cells joined by `` | ``.
    """
    from selectolax.lexbor import LexborHTMLParser

    if _nesting(source) > MAX_NESTING:
        raise DocumentError(f"HTML nests block elements more than {MAX_NESTING:,} deep (unclosed tags)")
    tree = LexborHTMLParser(source)
    title_node = tree.css_first("title") or tree.css_first("h1")
    title = " ".join(title_node.text().translate(LAYOUT_CHARACTERS).split()) if title_node else None
    root = _main_node(tree)
    # a header or aside inside the article is its own (a headline, a fact box), elsewhere the site's
    in_article = {node.mem_id for node in tree.css(", ".join(f"{outer} {inner}" for outer in ("article", "main", "[role=main]") for inner in ("header", "aside")))}
    page = _Page(_link_lists(root), in_article)
    page.walk(root)
    page.flush()
    return "\n\n".join(page.blocks), title


def _nesting(source: str) -> int:
    """How deep the block elements of NESTING_TAGS nest, counting unclosed ones.

    >>> _nesting("<div><ul><li>a</ul></div><div><section>")
    2
    """
    depth = deepest = 0
    for tag in NESTING_TAGS.finditer(source):
        depth = max(0, depth - 1) if tag.group(1) else depth + 1
        deepest = max(deepest, depth)
    return deepest


# Finding the element around a page's articles walks up from each; past this many (no live
# blog pages that many entries) the body is read instead, so the walk stays bounded.
MAX_ARTICLES = 200


def _main_node(tree):
    """The element that holds the article: <main>, else the one <article> or, on a page of
    several (a live blog's entries), the element that holds them all, else the body."""
    main = tree.css_first("main") or tree.css_first("[role=main]")
    if main is not None:
        return main
    articles = tree.css("article:not(article article)")
    if 0 < len(articles) <= MAX_ARTICLES:
        # a live blog's headline and "What we know" box often stand beside its feed of entries: the
        # element that holds the entries and the page's headline
        headline = tree.css_first("h1") if len(articles) > 1 else None
        held = articles[1:] + ([headline] if headline is not None else [])
        shared = set.intersection(*(set(_lineage(node)) for node in held)) if len(articles) > 1 else None
        for node, mem_id in zip([articles[0], *_ancestor_nodes(articles[0])], _lineage(articles[0])):
            if shared is None or mem_id in shared:
                return node
    return tree.css_first("body") or tree.root


def _ancestor_nodes(node) -> list:
    found = []
    while (node := node.parent) is not None:
        found.append(node)
    return found


def _lineage(node) -> list[int]:
    """The mem_ids of ``node`` and the elements around it, innermost first."""
    return [node.mem_id] + [parent.mem_id for parent in _ancestor_nodes(node)]


TICKER_WORD = re.compile(r"(?:^|(?<=[\s_-]))ticker(?=$|[\s_-])", re.IGNORECASE)


def _timed_feed(node, marker: str) -> bool:
    """Whether a block marked only as a "ticker" is a feed of timestamped items, the page's
    own reporting (a UN desk's ticker of short dated items), rather than the site's marquee
    of headlines, which carries no <time> of its own."""
    if not TICKER_WORD.search(marker) or BOILERPLATE_MARKERS.search(TICKER_WORD.sub(" ", marker)):
        return False
    return len(node.css("li time, article time, p time")) >= 2


def _link_lists(root) -> set[int]:
    """The mem_ids of the blocks under ``root`` that are lists of links to other pages:
    several links whose words are most of the block's and that read as headlines, with
    few words outside them (a heading, dates), or one such link after a label ("Read more:").
    A block that holds a paragraph of prose is never one, however many links follow it.

    One pass from the leaves up, so the cost is linear in the page.
    """
    found: set[int] = set()
    # mem_id -> [characters, loose words, link characters, link words, links, paragraphs of prose]
    totals: dict[int, list[int]] = {}
    stack = [(root, False)]
    while stack:
        node, done = stack.pop()
        if not done:
            stack.append((node, True))
            stack.extend((child, False) for child in _children_reversed(node))
            continue
        if node.tag == "-text":
            text = node.text_content or ""
            totals[node.mem_id] = [len(text) - text.count(" "), len(text.split()), 0, 0, 0, 0]
            continue
        total = [0, 0, 0, 0, 0, 0]
        for child in _children_reversed(node):
            for index, value in enumerate(totals.pop(child.mem_id, ())):
                total[index] += value
        if node.tag == "a":
            total = [total[0], 0, total[0], total[1], 1, total[5]]
        characters, loose, link_characters, link_words, links, prose = total
        linked = (links and link_characters >= LINK_SHARE * characters and link_words >= HEADLINE_WORDS * links
                  and loose <= 2 * links + 4 and not prose)
        if linked and node.tag in LINK_LIST_TAGS and (links > 1 or _labelled_link(node)):
            found.add(node.mem_id)
        if node.tag in PROSE_TAGS and not linked and loose >= PROSE_WORDS:
            total[5] += 1
        totals[node.mem_id] = total
    return found


def _menu(node) -> bool:
    """Whether a list is a menu: every item a link and nothing else, one of them a headline
    ("Home", "Turkey bought the S-400"); a list of linked names (participants) is the article's."""
    links = [" ".join(link.text().split()) for link in node.css("a")]
    for item in node.css("li"):
        words = " ".join(item.text().split())
        if not words or words != " ".join(" ".join(link.text().split()) for link in item.css("a")):
            return False
    return bool(node.css_first("li")) and any(link.count(" ") + 1 >= HEADLINE_WORDS for link in links)


def _headed_as_furniture(node) -> bool:
    """Whether the first element in ``node`` is a heading that names a box of furniture."""
    return _heading_matches(node, FURNITURE_HEADING)


def _heading_matches(node, pattern: re.Pattern) -> bool:
    """Whether the first element in ``node`` is a heading that ``pattern`` matches whole."""
    child = node.child
    while child is not None and child.tag == "-text" and not (child.text_content or "").strip():
        child = child.next
    if child is None or child.tag not in HEADINGS:
        return False
    return bool(pattern.fullmatch(" ".join(child.text().split()).strip(" :.!?»›")))


def _labelled_link(node) -> bool:
    """Whether the words of ``node`` outside its one link are a label like "Read more:"."""
    link = node.css_first("a")
    label = node.text().replace(link.text(), " ") if link is not None else ""
    return bool(LINK_LABEL.fullmatch(" ".join(label.split()).strip(" :|-–—»›")))


# Marks a line or block boundary inside a table cell.
CELL_BREAK = "\x1e"
# Marks the end of a list item on the walk's stack. Items keep a list marker, as in text
# and Markdown, so that a list reads as the entries of the sentence that opens it
# ("... with troops from these states:").
LIST_ITEM_END = object()


class _Page:
    """The text blocks of a page's main element, read in document order."""

    def __init__(self, link_lists: set[int], in_article: set[int]):
        self.link_lists = link_lists
        self.in_article = in_article
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.bullet = False  # the next block opens a list item
        self.furniture = False  # inside a section a furniture heading opened

    def is_boilerplate(self, node) -> bool:
        tag = node.tag
        if tag in DROPPED_TAGS:
            return True
        attrs = node.attributes or {}
        if "hidden" in attrs or attrs.get("aria-hidden") == "true" or attrs.get("role") in DROPPED_ROLES:
            return True
        if HIDDEN_STYLE.search(attrs.get("style") or ""):
            return True
        # the header of an article holds its headline; the page's header, the site's name and menu
        if tag == "header" and node.mem_id not in self.in_article:
            return True
        if node.mem_id in self.link_lists or (tag in BOX_TAGS and _headed_as_furniture(node)) or (tag in ("ul", "ol") and _menu(node)):
            return True
        marker = CAMEL_BOUNDARY.sub("-", " ".join(filter(None, (attrs.get("class"), attrs.get("id"), attrs.get("aria-label")))))
        if tag == "aside" and not (node.mem_id in self.in_article and (FACT_BOX_MARKERS.search(marker) or _heading_matches(node, FACT_BOX_HEADING))):
            return True
        if tag == "aside" and _heading_matches(node, FACT_BOX_HEADING):
            # a box headed "... at a glance" in the article is its own even where the CMS calls every aside a "sidebar"
            marker = SIDEBAR_WORD.sub(" ", marker)
        if marker and BOILERPLATE_MARKERS.search(marker):
            return not _timed_feed(node, marker)
        return False

    def walk(self, node) -> None:
        # A stack rather than recursion: a page with thousands of tags left open nests
        # deeper than Python's recursion limit. None on the stack marks the end of a block,
        # LIST_ITEM_END that of a list item.
        stack = _children_reversed(node)
        while stack:
            child = stack.pop()
            if child is None or child is LIST_ITEM_END:
                self.flush()
                self.bullet = self.bullet and child is None
                continue
            tag = child.tag
            if tag in HEADINGS:
                # "You may also like", "3 Comments" over loose links or comments: the section runs to the next heading
                self.furniture = FURNITURE_HEADING.fullmatch(" ".join(child.text().split()).strip(" :.!?»›")) is not None
            if self.furniture:
                continue
            if tag == "-text":
                self.current.append(child.text_content or "")
            elif self.is_boilerplate(child):
                continue
            elif tag == "dl" and (lines := self.definitions(child)) is not None:
                # a fact box: one block, a "term: description" line per term, read as a record's fields
                self.flush()
                self.blocks.append("\n".join(lines))
            elif tag == "table":  # one block, a line per row, so a header row stays with its rows
                self.flush()
                rows = [" | ".join(self.visible_text(cell) for cell in row.iter() if cell.tag in CELL_TAGS)
                        for row in child.css("tr") if not self.is_boilerplate(row)]
                self.blocks.append("\n".join(row for row in rows if row.strip(" |")))
            else:
                if tag in BLOCK_TAGS:
                    self.flush()
                    stack.append(LIST_ITEM_END if tag == "li" else None)
                    self.bullet = self.bullet or tag == "li"
                stack.extend(_children_reversed(child))

    def definitions(self, node) -> list[str] | None:
        """The lines of a definition list, "term: description; description" each; None for a
        glossary, whose descriptions are prose to be read as paragraphs."""
        lines: list[str] = []
        described = None  # whether the last line's term has a description yet; None before any term
        for item in node.css("dt, dd"):
            text = "" if self.is_boilerplate(item) else self.visible_text(item)
            if not text:
                continue
            if item.tag == "dd" and text.count(" ") >= RECORD_WORDS:
                return None
            if item.tag == "dt":
                lines.append(text)
                described = False
            elif described:
                lines[-1] += f"; {text}"
            elif described is False:
                lines[-1] = f"{lines[-1].rstrip(':')}: {text}"
                described = True
            else:
                lines.append(text)
        return lines

    def visible_text(self, node) -> str:
        """The text inside a table cell ``node``, whitespace collapsed, without its scripts,
        styles and other boilerplate; lines and blocks within it ("India<br>Kyrgyzstan",
        a list in an infobox) are joined by "; ", inline elements by nothing
        ("<a>Kyrgyz</a>stan")."""
        parts = []
        stack = _children_reversed(node)
        while stack:
            child = stack.pop()
            if child is None:
                parts.append(CELL_BREAK)
            elif child.tag == "-text":
                parts.append((child.text_content or "").replace(CELL_BREAK, " "))
            elif not self.is_boilerplate(child):
                if child.tag in BLOCK_TAGS:
                    parts.append(CELL_BREAK)
                    stack.append(None)
                stack.extend(_children_reversed(child))
        lines = (" ".join(line.split()) for line in "".join(parts).split(CELL_BREAK))
        return "; ".join(line for line in lines if line)

    def flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text and not BOILERPLATE_BLOCK.match(text):
            self.blocks.append("- " + text if self.bullet else text)
            self.bullet = False
        self.current.clear()


def _children_reversed(node) -> list:
    children = []
    child = node.child
    while child is not None:
        children.append(child)
        child = child.next
    children.reverse()
    return children


# --- PDF --------------------------------------------------------------------

def _pdf_text(raw: bytes) -> tuple[str, str | None]:
    import logging

    from pypdf import PdfReader

    # pypdf logs its repairs of damaged files; the user gets our one-line reason instead.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError("encrypted PDF (a password is needed)")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = (reader.metadata or {}).get("/Title") if reader.metadata else None
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise DocumentError(f"corrupt PDF ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})") from None
    except Exception as exc:  # pypdf raises many internal types on damaged files
        raise DocumentError(f"unreadable PDF ({type(exc).__name__})") from None
    text = normalise_newlines("\n\n".join(page.strip() for page in pages if page.strip()))
    return text, str(title) if title else None
