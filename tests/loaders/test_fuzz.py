"""Property-based tests: whatever bytes or text arrive, reading and extraction never crash,
and every piece of evidence slices exactly its sentence out of the document's text.

Each test runs ``TIEGRAPH_FUZZ_EXAMPLES`` generated cases (200 by default; CI sets 2,000,
so the seven tests below run 14,000 cases there).
"""
from __future__ import annotations

import codecs
import csv
import io
import json
import os
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.gazetteer import load_gazetteer
from graph.ingest import extract_raw
from graph.model import Extraction
from graph.schema import load_schema
from loaders.extract import default_extractor
from loaders.readers import LAYOUT_CHARACTERS, DocumentError, normalise_newlines, read_bytes
from loaders.registers import COLUMNS
from loaders.text import segment
from tests.loaders.test_readers import text_pdf

FUZZ = settings(
    max_examples=int(os.environ.get("TIEGRAPH_FUZZ_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

SCHEMA = load_schema()
# Names and aliases the gazetteer knows (a fixed sample, so failures replay), the words
# that make relations, the words that unmake them, and the punctuation and layout that
# cut text into sentences, list items and table rows.
NAMES = random.Random(1).sample(sorted(load_gazetteer().forms), 120)
TRIGGERS = [
    "sold", "bought", "delivered", "acquired", "received", "took delivery of", "supplied", "to", "from", "in",
    "with", "took part in", "joined", "hosted", "held", "vetoed", "patrolled", "drilled in", "operates", "built",
    "signed a treaty of friendship", "sanctioned", "opposed", "clashed with", "members", "and", "both", "the two countries",
    "the system", "the exercise", "its navy", "they",
]
CUES = ["not", "never", "might", "reports that", "will", "declined to", "plans to", "has not been confirmed", "if"]
LAYOUT = [
    ".", ". ", ", ", ";", ":", " — ", "\n", "\n\n", "\r\n", "- ", "* ", "1. ", " | ", "|", "\t", "(", ")", "\"",
    "“", "”", "’s", "U.S.", "Gen.", "No.", "MOSCOW —", "(Reuters)", "2018", "1999", "2020s", "...", "?", "!",
]
UNICODE = ["é", "ü", "Ж", "中国", "\u00a0", "\u200b", "\ufeff", "\ufffd", "🚀", "\u2028", "ﬁ", "İ"]
WORDS = st.sampled_from(NAMES + TRIGGERS + CUES + LAYOUT + UNICODE)
DOCUMENT_TEXT = st.lists(st.one_of(WORDS, st.text(max_size=6)), min_size=1, max_size=60).map(" ".join)
FORMATS = ["txt", "md", "html", "pdf", "csv", "json"]


def assert_well_formed(extraction: Extraction, text: str) -> None:
    """Every relation the schema allows, with evidence that slices its sentence from ``text``."""
    for entity in extraction.entities:
        assert entity.label in SCHEMA.labels
    for relation in extraction.relations:
        assert SCHEMA.allows(relation.type, relation.source_label, relation.target_label)
        assert relation.evidence
        for evidence in relation.evidence:
            assert 0 <= evidence.start <= evidence.end <= len(text)
            assert text[evidence.start:evidence.end] == evidence.sentence
            assert evidence.document == extraction.document.id


@FUZZ
@given(DOCUMENT_TEXT)
def test_extraction_never_crashes_and_evidence_slices_its_sentence(text):
    extraction = default_extractor().extract_text(text)
    assert extraction.document.text == text
    assert_well_formed(extraction, text)


@FUZZ
@given(st.text())
def test_segmentation_of_any_text_slices_exactly(text):
    previous_end = 0
    for sentence in segment(text):
        assert text[sentence.start:sentence.end] == sentence.text
        assert sentence.text and sentence.text == sentence.text.strip()
        assert sentence.start >= previous_end
        previous_end = sentence.end


@FUZZ
@given(st.binary(max_size=3000), st.sampled_from(FORMATS))
def test_any_bytes_in_any_format_are_read_or_refused_with_a_reason(raw, fmt):
    try:
        extraction = extract_raw(raw, f"fuzz.{fmt}", default_extractor())
    except DocumentError as refusal:
        assert str(refusal) and "\n" not in str(refusal)
        return
    if fmt not in ("csv", "json"):
        assert_well_formed(extraction, extraction.document.text)


MARKUP = st.sampled_from([
    "<p>", "</p>", "<div>", "</div>", "<table><tr><td>", "</td><td>", "</tr>", "<br>", "<h1>", "</h1>", "<li>",
    "<nav>", "</nav>", "<b>", "</i>", "<!--", "-->", "&amp;", "&nbsp;", "<", ">", "<a href='x'>", "</a>",
    "# ", "## ", "**", "*", "__", "`", "[", "](http://x)", "![", "> ", "---\n", "| --- |", "\n",
])
HIDDEN = "<script>var s = 'Brazil bought the Su-57';</script><style>.x { content: 'Argentina' }</style>"


@FUZZ
@given(st.lists(st.one_of(MARKUP, WORDS), max_size=80).map(" ".join), st.sampled_from(["html", "md"]))
def test_markup_is_read_to_text_whose_evidence_slices_and_hides_scripts(body, fmt):
    source = f"<html><body>{HIDDEN}{body}{HIDDEN}</body></html>" if fmt == "html" else body
    try:
        document = read_bytes(source.encode("utf-8"), f"page.{fmt}")
    except DocumentError:
        return
    if fmt == "html":  # the script's and style's own words, which no gazetteer name in the body contains
        assert "var s =" not in document.text and "content:" not in document.text
    assert_well_formed(default_extractor().extract_document(document), document.text)


ENCODINGS = [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
]


@FUZZ
@given(DOCUMENT_TEXT.filter(lambda text: "\x00" not in text and "\ufffd" not in text), st.sampled_from(ENCODINGS))
def test_unicode_encodings_with_their_byte_order_marks_decode_to_the_same_text(text, encoding):
    name, bom = encoding
    try:
        document = read_bytes(bom + text.encode(name, "surrogatepass"), "encoded.txt")
    except DocumentError as refusal:
        assert "no text" in str(refusal) or "binary" in str(refusal) or "invalid" in str(refusal)
        return
    # soft hyphens, zero-width marks and stray BOM characters only shape the layout: they go
    assert document.text == normalise_newlines(text).translate(LAYOUT_CHARACTERS)


VALID_PDF = text_pdf(["Russia sold the S-400 to China in 2018.", "India bought the Su-30MKI from Russia."])


@FUZZ
@given(st.lists(st.tuples(st.integers(0, len(VALID_PDF) - 1), st.binary(max_size=8)), max_size=6),
       st.integers(0, len(VALID_PDF)))
def test_damaged_pdfs_are_read_or_refused_with_a_reason(edits, length):
    raw = bytearray(VALID_PDF[:max(length, 1)])
    for position, replacement in edits:
        raw[position:position + len(replacement)] = replacement
    try:
        document = read_bytes(bytes(raw), "damaged.pdf")
    except DocumentError as refusal:
        assert str(refusal) and "\n" not in str(refusal)
        return
    assert_well_formed(default_extractor().extract_document(document), document.text)


HEADERS = st.sampled_from([name for names in COLUMNS.values() for name in names] + ["Supplier", "notes", ""])
CELLS = st.one_of(
    st.sampled_from(NAMES[:20] + ["2018", "2016-2018", "2016; 2018", "12", "n/a", "", "-", "2018-", "99999999999999999999"]),
    st.text(max_size=8),
)
JSON_CELLS = st.one_of(CELLS, st.integers(), st.floats(), st.none(), st.booleans(), st.lists(st.integers(), max_size=2))


@FUZZ
@given(st.lists(HEADERS, min_size=1, max_size=7), st.lists(st.lists(JSON_CELLS, max_size=8), max_size=5),
       st.sampled_from(["csv", "json", "json-transfers"]))
def test_registers_of_any_shape_are_read_or_refused_with_a_reason(header, rows, shape):
    if shape == "csv":
        buffer = io.StringIO()
        csv.writer(buffer).writerows([header, *rows])
        raw, name = buffer.getvalue().encode("utf-8"), "arms.csv"
    else:
        records = [dict(zip(header, row)) for row in rows]
        raw, name = json.dumps({"transfers": records} if shape == "json-transfers" else records).encode("utf-8"), "arms.json"
    try:
        extraction = extract_raw(raw, name, default_extractor())
    except DocumentError as refusal:
        assert str(refusal) and "\n" not in str(refusal)
        return
    # A row the schema does not allow (an organization buying) is refused with the file
    # when it is written; tests/test_robustness.py checks that the other files still load.
    for relation in extraction.relations:
        assert relation.evidence and relation.evidence[0].sentence
