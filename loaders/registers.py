"""Structured arms-transfer registers (CSV or JSON) loaded as SOLD/ACQUIRED facts.

Column mapping (header names are matched case-insensitively, first match wins):

=================  ===========================================================
role               accepted header names
=================  ===========================================================
supplier           supplier, seller, exporter, from, supplier state
recipient          recipient, buyer, importer, to, customer, recipient state
designation        designation, system, weapon, weapon system, item, model
order_year         order year, year of order, ordered, contract year, order
delivery_years     delivery years, delivery year, years of delivery, delivered, deliveries
number             number, quantity, units, number ordered, no. ordered
=================  ===========================================================

``delivery_years`` may be one year, a range (``2016-2018``) or a list (``2016; 2018``).
JSON registers are a list of objects with the same keys, or ``{"transfers": [...]}``.
Every row becomes one SOLD and one ACQUIRED relation whose evidence is the row itself,
each kept only where the schema allows its endpoints (an organization may sell, as
Rosoboronexport does, but not buy).

>>> ex = read_register(b"Supplier,Recipient,Designation,Order year,Delivery years\\nRussia,China,Su-35,2015,2016-2018\\n", "arms.csv")
>>> [(r.source, r.type, r.target, r.properties) for r in ex.relations][0]
('Russia', 'SOLD', 'Su-35', {'to': 'China', 'order_year': 2015, 'delivery_year': 2016, 'year': 2015})
"""
from __future__ import annotations

import csv
import io
import json
import re

from graph.gazetteer import Gazetteer, load_gazetteer
from graph.model import Document, Entity, Evidence, Extraction, Relation
from graph.schema import Schema, load_schema
from loaders.readers import DocumentError, decode, normalise_newlines

COLUMNS = {
    "supplier": ("supplier", "seller", "exporter", "from", "supplier state"),
    "recipient": ("recipient", "buyer", "importer", "to", "customer", "recipient state"),
    "designation": ("designation", "system", "weapon", "weapon system", "item", "model"),
    "order_year": ("order year", "year of order", "ordered", "contract year", "order"),
    "delivery_years": ("delivery years", "delivery year", "years of delivery", "delivered", "deliveries"),
    "number": ("number", "quantity", "units", "number ordered", "no. ordered"),
}
REQUIRED = ("supplier", "recipient", "designation")
YEAR = re.compile(r"(?:1[89]|20)\d\d")


def read_register(raw: bytes, path: str, gazetteer: Gazetteer | None = None, schema: Schema | None = None) -> Extraction:
    """Parse a CSV or JSON register into an :class:`Extraction`."""
    gazetteer = gazetteer or load_gazetteer()
    schema = schema or load_schema()
    text = normalise_newlines(decode(raw))
    rows = _json_rows(text, path) if path.lower().endswith((".json", ".jsonl")) else _csv_rows(text, path)
    if not rows:
        raise DocumentError("register has no rows")
    lines, spans, position = [], [], 0
    for _, line in rows:
        lines.append(line)
        spans.append((position, position + len(line)))
        position += len(line) + 1
    document = Document(Document.content_id(raw), path, path.rsplit("/", 1)[-1], "\n".join(lines), "register")
    entities: dict[tuple[str, str], Entity] = {}
    relations: list[Relation] = []
    for (record, line), (start, end) in zip(rows, spans):
        found = _row_relations(record, Evidence(document.id, path, line, start, end, _years(record)), gazetteer, entities)
        relations += [r for r in found if schema.allows(r.type, r.source_label, r.target_label)]
    return Extraction(document, list(entities.values()), relations)


def _csv_rows(text: str, path: str) -> list[tuple[dict, str]]:
    lines = text.split("\n")
    try:
        reader = csv.reader(io.StringIO(text))
        header = [h.strip().lower() for h in next(reader)]
    except (csv.Error, StopIteration):
        raise DocumentError("not a CSV register with a header row") from None
    mapping = _mapping(header)
    rows = []
    first_line = reader.line_num
    try:
        for cells in reader:
            # A quoted cell may span lines: the row's evidence is every physical line it used.
            row_text = "\n".join(lines[first_line:reader.line_num])
            first_line = reader.line_num
            if any(c.strip() for c in cells):
                rows.append(({role: cells[col].strip() for role, col in mapping.items() if col < len(cells)}, row_text))
    except csv.Error as exc:
        raise DocumentError(f"malformed CSV ({exc})") from None
    return rows


def _json_rows(text: str, path: str) -> list[tuple[dict, str]]:
    try:
        data = json.loads(text) if not path.lower().endswith(".jsonl") else [json.loads(l) for l in text.split("\n") if l.strip()]
    except json.JSONDecodeError as exc:
        raise DocumentError(f"invalid JSON (line {exc.lineno}: {exc.msg})") from None
    if isinstance(data, dict):
        data = data.get("transfers")
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise DocumentError("JSON register must be a list of objects or {\"transfers\": [...]}")
    rows = []
    for record in data:
        lowered = {str(k).strip().lower(): v for k, v in record.items()}
        mapping = _mapping(list(lowered))
        keys = list(lowered)
        rows.append(({role: str(lowered[keys[col]]) for role, col in mapping.items() if lowered[keys[col]] is not None}, json.dumps(record, ensure_ascii=False, sort_keys=True)))
    return rows


def _mapping(header: list[str]) -> dict[str, int]:
    mapping = {}
    for role, names in COLUMNS.items():
        for name in names:
            if name in header and header.index(name) not in mapping.values():
                mapping[role] = header.index(name)
                break
    missing = [role for role in REQUIRED if role not in mapping]
    if missing:
        raise DocumentError(f"register lacks column(s) for {', '.join(missing)} (see loaders/registers.py for accepted names)")
    return mapping


def _years(record: dict) -> tuple[int, ...]:
    found = YEAR.findall(record.get("order_year", "") + " " + record.get("delivery_years", ""))
    return tuple(sorted({int(y) for y in found}))


def _resolve(name: str, label: str, gazetteer: Gazetteer, entities: dict) -> Entity:
    entry = gazetteer.resolve(name)
    if entry is not None and (entry.label == label or label == "State" and entry.label == "Organization"):
        entity = Entity(entry.name, entry.label, tuple(sorted(set(entry.aliases))))
    else:
        entity = Entity(name, label, discovered=True, confidence=0.6)
    entities.setdefault((entity.name, entity.label), entity).mentions += 1
    return entity


def _row_relations(record: dict, evidence: Evidence, gazetteer: Gazetteer, entities: dict) -> list[Relation]:
    if not all(record.get(role) for role in REQUIRED):
        return []
    seller = _resolve(record["supplier"], "State", gazetteer, entities)
    buyer = _resolve(record["recipient"], "State", gazetteer, entities)
    system = _resolve(record["designation"], "WeaponSystem", gazetteer, entities)
    props: dict = {}
    if YEAR.search(record.get("order_year", "")):
        props["order_year"] = int(YEAR.search(record["order_year"]).group(0))
    delivered = YEAR.findall(record.get("delivery_years", ""))
    if delivered:
        props["delivery_year"] = int(delivered[0])
    if re.fullmatch(r"\d+", record.get("number", "")):
        props["quantity"] = int(record["number"])
    year = props.get("order_year") or props.get("delivery_year")
    if year:
        props["year"] = year
    return [
        Relation(seller.name, seller.label, "SOLD", system.name, system.label, {"to": buyer.name, **props}, [evidence], min(seller.confidence, system.confidence)),
        Relation(buyer.name, buyer.label, "ACQUIRED", system.name, system.label, {"from": seller.name, **props}, [evidence], min(buyer.confidence, system.confidence)),
    ]
