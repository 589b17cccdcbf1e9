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

# Elements whose text is never part of the article.
DROPPED_TAGS = {"nav", "header", "footer", "aside", "script", "style", "noscript", "template", "form", "iframe", "svg", "button", "select", "head", "_comment", "!comment", "menu", "dialog"}
# Class or id words that mark boilerplate blocks on real news sites.
BOILERPLATE_MARKERS = re.compile(
    r"(?:^|[\s_-])(comments?|related|sidebar|cookie|consent|banner|share|social|newsletter|advert|ads?|promo|breadcrumbs?|menu|navbar|footer|masthead|subscribe|popup|modal|recommended|trending|most-read|tags?)(?:$|[\s_-])",
    re.IGNORECASE,
)
# Boilerplate that carries no class or id word, known by its own words: a block that opens
# with a teaser label ("Read more: ...", "Sponsored: ..."), a cookie notice, and a heading
# over a section of links or readers' comments, which runs to the next heading.
BOILERPLATE_BLOCK = re.compile(
    r"(?:read (?:more|also|next)|see also|also read|related(?: stories| articles| coverage| reading| content)?|more on this(?: story)?|"
    r"sponsored(?: content)?|promoted|paid content|advertisement|recommended(?: for you)?)\s*(?::|$)|"
    r".{0,300}?\b(?:(?:uses?|use of|accept(?: all)?) cookies|cookie (?:policy|settings|preferences))\b",
    re.IGNORECASE,
)
BOILERPLATE_HEADING = re.compile(
    r"(?:you (?:may|might) also (?:like|enjoy)|related(?: (?:stories|articles|coverage|reading|content|links|news))?|more (?:from|stories|in)\b.*|"
    r"more on this(?: story| topic)?|most (?:read|popular|viewed)|recommended(?: for you| reading)?|trending(?: now| stories)?|"
    r"read next|(?:\d+\s+)?(?:reader )?comments?(?:\s*\(\d+\))?|leave a (?:reply|comment)|join the (?:conversation|discussion)|what (?:readers|you) (?:say|think))\W*",
    re.IGNORECASE,
)
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
BLOCK_TAGS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "blockquote", "pre", "dl", "dt", "dd", "figcaption", "caption", "br", "hr", "body", "html", "thead", "tbody", "figure", "address", "summary", "details"}
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
            text, title = normalise_newlines(decoded), None
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
    (re.compile(r"!\[[^\[\]\n]*\]\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)"), ""),  # images
    (re.compile(r"\[([^\[\]\n]+)\]\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)"), r"\1"),  # links keep their text
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M), ""),  # heading marks
    (re.compile(r"^[ \t]*>[ \t]?", re.M), ""),  # block quotes
    (re.compile(r"^[ \t]*(?:\|[ \t]*)?:?-{3,}:?(?:[ \t]*\|[ \t]*:?-{3,}:?)*(?:[ \t]*\|)?[ \t]*\n", re.M), ""),  # table rules
    (re.compile(r"\*\*([^*\n]+)\*\*|__([^_\n]+)__"), r"\1\2"),
    (re.compile(r"(?<![\w*])\*(?![\s*])([^*\n]+?)(?<!\s)\*(?![\w*])"), r"\1"),
    (re.compile(r"`([^`]*)`"), r"\1"),
]


def markdown_text(source: str) -> str:
    """Markdown to plain text, keeping one unit per line (headings, list items, table rows).

    List markers stay, so that segmentation keeps each item a sentence of its own.

    >>> markdown_text("# SCO\\n\\n- **2017**: India joins\\n| A | B |\\n|---|---|\\n| x | y |")
    'SCO\\n\\n- 2017: India joins\\nA | B\\nx | y'
    """
    text = _without_comments(normalise_newlines(source))
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    lines = [_table_row(line) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


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
    title = " ".join(title_node.text().split()) if title_node else None
    root = _main_node(tree)
    blocks: list[str] = []
    current: list[str] = []
    _walk(root, blocks, current)
    _flush(blocks, current)
    return "\n\n".join(blocks), title


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


def _main_node(tree):
    for selector in ("main", "article", "[role=main]", "body"):
        node = tree.css_first(selector)
        if node is not None:
            return node
    return tree.root


def _is_boilerplate(node) -> bool:
    if node.tag in DROPPED_TAGS:
        return True
    attrs = node.attributes or {}
    if "hidden" in attrs or attrs.get("aria-hidden") == "true" or attrs.get("role") in ("navigation", "complementary", "banner", "contentinfo"):
        return True
    marker = " ".join(filter(None, (attrs.get("class"), attrs.get("id"))))
    return bool(marker and BOILERPLATE_MARKERS.search(marker))


def _walk(node, blocks: list[str], current: list[str]) -> None:
    # A stack rather than recursion: a page with thousands of tags left open nests
    # deeper than Python's recursion limit. None on the stack marks the end of a block.
    stack = _children_reversed(node)
    aside = False  # inside a section that a heading such as "You may also like" or "3 Comments" opened
    while stack:
        child = stack.pop()
        if child is None:
            _flush(blocks, current)
            continue
        tag = child.tag
        if tag in HEADINGS:
            aside = BOILERPLATE_HEADING.fullmatch(_visible_text(child)) is not None
        if aside:
            continue
        if tag == "-text":
            current.append(child.text_content or "")
        elif _is_boilerplate(child) or (tag in ("ul", "ol") and _only_links(child)):
            continue
        elif tag == "table":  # one block, a line per row, so a header row stays with its rows
            _flush(blocks, current)
            rows = [" | ".join(_visible_text(cell) for cell in row.iter() if cell.tag in CELL_TAGS)
                    for row in child.css("tr") if not _is_boilerplate(row)]
            blocks.append("\n".join(row for row in rows if row.strip(" |")))
        else:
            if tag in BLOCK_TAGS:
                _flush(blocks, current)
                stack.append(None)
            stack.extend(_children_reversed(child))


def _only_links(node) -> bool:
    """Whether every item of a list is a link and nothing else: a menu or a list of other
    stories, not the article's own list."""
    items = [item for item in node.iter() if item.tag == "li"]
    return bool(items) and all(
        (text := _visible_text(item)) and text == " ".join(_visible_text(link) for link in item.css("a")) for item in items
    )


def _visible_text(node) -> str:
    """The text inside ``node``, whitespace collapsed, without its scripts, styles and
    other boilerplate."""
    parts = []
    stack = _children_reversed(node)
    while stack:
        child = stack.pop()
        if child.tag == "-text":
            parts.append(child.text_content or "")
        elif not _is_boilerplate(child):
            stack.extend(_children_reversed(child))
    return " ".join(" ".join(parts).split())


def _children_reversed(node) -> list:
    children = []
    child = node.child
    while child is not None:
        children.append(child)
        child = child.next
    children.reverse()
    return children


def _flush(blocks: list[str], current: list[str]) -> None:
    text = " ".join("".join(current).split())
    if text and not BOILERPLATE_BLOCK.match(text):
        blocks.append(text)
    current.clear()


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
