"""Reading files into documents: formats, boilerplate, encodings, refusals and identity."""
from __future__ import annotations

import codecs
import io

import pytest
from pypdf import PdfWriter

from graph.model import Document
from loaders.readers import (
    DocumentError,
    decode,
    format_of,
    markdown_text,
    read_bytes,
    read_document,
)
from loaders.text import segment


def text_pdf(lines: list[str], title: str | None = None) -> bytes:
    """A minimal valid one-page PDF whose text layer holds ``lines`` in Helvetica.

    Built by hand (with a correct cross-reference table) because no installed library
    writes text into a PDF page.
    """
    content = ["BT", "/F1 12 Tf", "14 TL", "72 720 Td"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content.append(f"({escaped}) Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    if title:
        objects.append(b"<< /Title (%s) >>" % title.encode("latin-1"))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    info = b" /Info %d 0 R" % len(objects) if title else b""
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, info, xref)
    return bytes(out)


def written_pdf(writer: PdfWriter) -> bytes:
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


# --- formats ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "name, expected",
    [("a.txt", "txt"), ("a.TEXT", "txt"), ("a.md", "md"), ("a.markdown", "md"), ("a.htm", "html"),
     ("a.HTML", "html"), ("a.pdf", "pdf"), ("a.csv", "csv"), ("a.json", "json"), ("a.jsonl", "json"),
     ("a.docx", None), ("a", None)],
)
def test_format_of(name, expected):
    assert format_of(name) == expected


def test_plain_text_keeps_its_text_and_unifies_newlines(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_bytes(b"Russia sold the S-400 to China.\r\nBeijing took delivery in 2018.\rEnd.")
    document = read_document(path)
    assert document.text == "Russia sold the S-400 to China.\nBeijing took delivery in 2018.\nEnd."
    assert document.format == "txt"
    assert document.path == str(path)
    assert document.title == "Russia sold the S-400 to China."
    assert document.loaded_at


def test_pdf_text_layer_is_read():
    raw = text_pdf(["Russia sold the S-400 to China in 2018.", "Beijing received the first regiment."], title="S-400 note")
    document = read_bytes(raw, "reports/s400.pdf")
    assert document.format == "pdf"
    assert "Russia sold the S-400 to China in 2018." in document.text
    assert "Beijing received the first regiment." in document.text
    assert document.text.index("Russia") < document.text.index("Beijing")
    assert document.title == "S-400 note"


def test_pdf_without_metadata_title_takes_its_first_line():
    document = read_bytes(text_pdf(["Joint Sea 2016 summary", "China and Russia drilled."]), "note.pdf")
    assert document.title == "Joint Sea 2016 summary"


def test_pdf_without_a_text_layer_is_refused():
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    with pytest.raises(DocumentError, match="no text"):
        read_bytes(written_pdf(writer), "scan.pdf")


def test_encrypted_pdf_is_refused_with_a_reason():
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.encrypt("secret", algorithm="RC4-128")
    with pytest.raises(DocumentError, match="encrypted"):
        read_bytes(written_pdf(writer), "locked.pdf")


def test_corrupt_pdf_is_refused_in_one_line():
    with pytest.raises(DocumentError) as error:
        read_bytes(b"%PDF-1.4\nthis is not really a PDF", "broken.pdf")
    assert "PDF" in str(error.value)
    assert "\n" not in str(error.value)


# --- HTML -----------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>Arms trade desk</title>
<style>p { color: red } .x::before { content: "Sanctions on Iran" }</style>
<script>var teaser = "Turkey bought the Su-57";</script>
</head>
<body>
<header>Defence Daily — Subscribe to Syria alerts</header>
<nav><a href="/">Home</a> <a href="/asia">Vietnam desk</a></nav>
<article>
  <h1>Russia arms China</h1>
  <!-- editor: check whether Egypt belongs here -->
  <p>Russia sold the <b>S-400</b> to
     China in 2018.</p>
  <table>
    <tr><th>Supplier</th><th>Recipient</th><th>System</th></tr>
    <tr><td>Russia</td><td>India</td><td>Su-30MKI</td></tr>
  </table>
  <aside>Sidebar: Algeria story</aside>
  <div class="comments"><p>Reader: Venezuela bought it too.</p></div>
  <section class="related"><p>Also read: Belarus and the SCO</p></section>
  <div class="share-bar">Share on Mongolia</div>
  <div hidden>Hidden Laos note</div>
  <p>Deliveries ended in 2020.</p>
</article>
<footer>Copyright Cambodia Media</footer>
</body></html>"""


@pytest.fixture
def page() -> Document:
    return read_bytes(PAGE.encode("utf-8"), "news/page.html")


def test_html_keeps_the_article(page):
    assert page.format == "html"
    assert page.title == "Arms trade desk"
    assert "Russia sold the S-400 to China in 2018." in page.text  # inline tags and wrapping flattened
    assert "Deliveries ended in 2020." in page.text


@pytest.mark.parametrize(
    "boilerplate",
    ["Subscribe", "Home", "Vietnam", "Turkey", "Sanctions on Iran", "Egypt", "Algeria", "Venezuela",
     "Belarus", "Mongolia", "Laos", "Cambodia"],
)
def test_html_boilerplate_is_dropped(page, boilerplate):
    assert boilerplate not in page.text


def test_html_tables_become_rows_of_cells(page):
    lines = page.text.split("\n")
    assert "Supplier | Recipient | System" in lines
    assert "Russia | India | Su-30MKI" in lines


def test_html_blocks_are_paragraphs(page):
    paragraphs = page.text.split("\n\n")
    assert paragraphs[0] == "Russia arms China"
    assert "Russia sold the S-400 to China in 2018." in paragraphs


def test_html_without_article_reads_the_body_and_takes_h1_as_title():
    raw = b"<html><body><h1>Tsentr-2019</h1><p>India took part.</p><p>One<br>Two</p></body></html>"
    document = read_bytes(raw, "t.html")
    assert document.title == "Tsentr-2019"
    assert document.text == "Tsentr-2019\n\nIndia took part.\n\nOne\n\nTwo"


def test_html_of_only_boilerplate_is_refused():
    with pytest.raises(DocumentError, match="no text"):
        read_bytes(b"<html><body><nav>Home</nav><footer>(c) 2024</footer></body></html>", "empty.html")


# --- Markdown -------------------------------------------------------------------------------

NOTES = """---
title: Notes
author: desk
---
# S-400 buyers

<!-- editor note: mention Iran -->
Russia sold the **S-400** to *China* in [2018](https://example.com/a "source").
![map of deliveries](img/map.png)

> India bought it `too`.

- Turkey: 2019
* Belarus
1. Serbia

| Buyer | Year |
|:------|-----:|
| China | 2018 |
"""


def test_markdown_is_cleaned_to_plain_units():
    document = read_bytes(NOTES.encode("utf-8"), "notes.md")
    assert document.format == "md"
    assert document.title == "S-400 buyers"
    # Each heading, list item and table row is a unit of its own (list markers may stay
    # for the segmenter to recognise), and no markup reaches the sentences.
    assert [s.text for s in segment(document.text)] == [
        "S-400 buyers",
        "Russia sold the S-400 to China in 2018.",
        "India bought it too.",
        "Turkey: 2019",
        "Belarus",
        "Serbia",
        "Buyer | Year",
        "China | 2018",
    ]
    for markup in ("---", "**", "](", "![", "<!--", "Iran", "author", "> ", "`", "|---", "#", "https"):
        assert markup not in document.text


def test_markdown_keeps_hyphenated_designations_and_inline_asterisks():
    assert markdown_text("The Su-35 and 2*3 and the J-20.") == "The Su-35 and 2*3 and the J-20."


# --- encodings ------------------------------------------------------------------------------

SAMPLE = "Ménard: Russia’s “Su-35” deal — São Paulo, 2015."


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), id="utf-8-bom"),
        pytest.param(SAMPLE.encode("utf-8"), id="utf-8"),
        pytest.param(codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), id="utf-16-le-bom"),
        pytest.param(codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), id="utf-16-be-bom"),
        pytest.param(SAMPLE.encode("cp1252"), id="cp1252"),
    ],
)
def test_encodings_decode_to_the_same_text(raw):
    assert decode(raw) == SAMPLE
    document = read_bytes(raw, "quote.txt")
    assert document.text == SAMPLE  # no byte-order mark left at offset 0


def test_latin1_decodes():
    text = "Général Ménard à Moscou, Ångström ø ½"
    assert decode(text.encode("latin-1")) == text


def test_long_legacy_file_decodes():
    text = "Le général Ménard a déclaré à Moscou que la coopération était très étroite. " * 40
    assert decode(text.encode("cp1252")) == text


def test_utf16_with_a_broken_body_is_refused():
    with pytest.raises(DocumentError, match="byte-order mark"):
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8")  # a lone surrogate


# --- refusals -------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["photo.txt", "photo.md", "photo.html", "photo.unknown"])
def test_binary_file_is_refused(name):
    raw = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"
    with pytest.raises(DocumentError, match="binary"):
        read_bytes(raw, name)


@pytest.mark.parametrize("raw", [b"", b"   \n\t\n  ", codecs.BOM_UTF8])
def test_empty_file_is_refused(raw, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(raw)
    with pytest.raises(DocumentError, match="no text"):
        read_document(path)


def test_missing_file_and_directory_are_refused(tmp_path):
    with pytest.raises(DocumentError, match="No such file"):
        read_document(tmp_path / "absent.txt")
    with pytest.raises(DocumentError, match="directory"):
        read_document(tmp_path)


# --- identity -------------------------------------------------------------------------------

def test_same_bytes_under_two_names_are_the_same_document(tmp_path):
    raw = b"Russia sold the S-400 to China in 2018."
    (tmp_path / "a.txt").write_bytes(raw)
    (tmp_path / "copy of a.txt").write_bytes(raw)
    first, second = read_document(tmp_path / "a.txt"), read_document(tmp_path / "copy of a.txt")
    assert first.id == second.id == Document.content_id(raw)
    assert first.path != second.path


def test_id_is_the_hash_of_the_bytes_not_of_the_text():
    text = "Russia sold the S-400 to China in 2018."
    utf8 = read_bytes(text.encode("utf-8"), "a.txt")
    bom = read_bytes(codecs.BOM_UTF8 + text.encode("utf-8"), "a.txt")
    assert utf8.text == bom.text
    assert utf8.id != bom.id
    assert len(utf8.id) == 64
