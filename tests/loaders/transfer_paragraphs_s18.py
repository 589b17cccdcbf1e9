"""Generated PARAGRAPH-level transfer, operator, production and licence shapes (session 18), with near-miss controls.

The sentence batteries (transfer_shapes.py, transfer_shapes_s17.py) state each fact in one sentence. Here the
arguments are spread over a paragraph or set out as structured text: the deal named in one sentence and its
parties or its system in the next ("The contract was signed in 2015. Deliveries of the jets began in 2018"),
a paragraph about one system (its maker, its users, its buyers) that refers to it as "the type", "jets",
"it", lists and tables of operators or buyers under a heading (markdown, plain text, HTML), licence production
and technology transfer told across sentences, and a second deal in the next paragraph.

Each item is built from parts (a seller state and its maker firm, a buyer state and one of its forces, a
system with its plural and the noun that refers back to it, years); the relations it must give are computed
from those parts, never written per item. A control (shape name starting ``control_``) is a paragraph whose
deal is offered, bid, negotiated, rumoured, planned, cancelled or only evaluated, a system named only as a
comparison, or a denied line: it expects nothing of the family beyond what its positive sentence, if any,
states. ``allowed`` holds readings the guidelines leave open (the maker of a system named by its maker, the
maker firm's state), neither required nor counted false. Every sentence is written for the battery.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from tests.loaders.battery_text import ParagraphItem as Item

FAMILY = {"SOLD", "ACQUIRED", "OPERATES", "PRODUCED", "TRANSFERRED_TECHNOLOGY_TO"}

# (canonical system, plural as counted, noun that refers back to it after "the", maker firm, the firm's state, description)
SYSTEMS = [
    ("Su-35", "Su-35 fighters", "fighters", "Sukhoi", "Russia", "a twin-engine multirole fighter"),
    ("MiG-29", "MiG-29 jets", "jets", "Mikoyan", "Russia", "a light fighter"),
    ("S-400", "S-400 batteries", "batteries", "Almaz-Antey", "Russia", "a long-range air defence system"),
    ("Kilo-class submarine", "Kilo-class submarines", "submarines", "Admiralty Shipyards", "Russia",
     "a diesel-electric attack submarine"),
    ("T-90", "T-90 tanks", "tanks", "Uralvagonzavod", "Russia", "a main battle tank"),
    ("Rafale", "Rafale jets", "jets", "Dassault Aviation", "France", "a twin-engine multirole fighter"),
    ("K9 Thunder", "K9 Thunder howitzers", "howitzers", "Hanwha Aerospace", "South Korea",
     "a self-propelled howitzer"),
    ("Ka-31", "Ka-31 helicopters", "helicopters", "Kamov", "Russia", "an airborne early warning helicopter"),
]
DEMONYMS = {"Russia": "Russian", "France": "French", "South Korea": "South Korean"}
# (buyer state, one of its armed forces)
BUYERS = [("India", "Indian Air Force"), ("India", "Indian Army"), ("Egypt", "Egyptian Armed Forces"),
          ("Vietnam", "Vietnam People's Air Force"), ("Indonesia", "Indonesian Navy"), ("Malaysia", "Royal Malaysian Air Force"),
          ("Algeria", "Algerian People's National Army"), ("Bangladesh", "Bangladesh Army"), ("Pakistan", "Pakistan Navy"),
          ("Kazakhstan", "Kazakh Armed Forces"), ("Serbia", "Serbian Armed Forces")]
COUNTS = ["two", "four", "six", "eight", "twelve", "18", "36"]
YEARS = list(range(1995, 2023))


@dataclass(frozen=True)
class Parts:
    x: str  # seller, the maker firm's state
    firm: str
    y: str  # buyer
    force: str  # an armed force of the buyer
    y2: str  # a second buyer
    w: str
    w2: str  # a second system, of another seller where the shape needs one
    x2: str  # the second system's maker state


def _sale(x, y, w):
    return {("SOLD", x, w), ("ACQUIRED", y, w)}


def _operates(*states_and_system):
    *operators, w = states_and_system
    return {("OPERATES", o, w) for o in operators}


def _licence(x, y, w):
    return {("TRANSFERRED_TECHNOLOGY_TO", x, y), ("PRODUCED", y, w)}


# shape -> (template, expected relations from the parts, path)
SHAPES = {
    # -- the deal in one sentence, its parties or its system in the next
    "contract_then_deliveries": (
        "{Y} signed a contract with {X} for {n} {wp} in {yr}. Deliveries of the {ref} began in {yr2}.",
        lambda p: _sale(p.x, p.y, p.w)),
    "contract_then_delivered_to": (
        "The contract for {n} {wp} was signed in {yr}. {X} delivered the {ref} to {Y} in {yr2}.",
        lambda p: _sale(p.x, p.y, p.w)),
    "batch_buyer_was": (
        "{X} completed its first export order for the {w} in {yr}. {X} delivered the first batch in {yr2}; the buyer was {Y}.",
        lambda p: _sale(p.x, p.y, p.w)),
    "buyer_was_next_sentence": (
        "{X} delivered the first {wp} in {yr}. The buyer was {Y}.",
        lambda p: _sale(p.x, p.y, p.w)),
    "ref_built_by_firm": (
        "{Y} took delivery of {n} {wp} in {yr}. The {ref}, built by {firm}, replaced older types.",
        lambda p: {("ACQUIRED", p.y, p.w), ("PRODUCED", p.firm, p.w)}),
    "ref_now_in_service": (
        "{X} delivered {n} {wp} to {Y} in {yr}. The {ref} are now in service with the {force}.",
        lambda p: _sale(p.x, p.y, p.w) | _operates(p.force, p.w)),
    "system_now_in_service": (
        "In {yr} {Y} received the {w} from {X}. The system is now in service with the {force}.",
        lambda p: _sale(p.x, p.y, p.w) | _operates(p.force, p.w)),
    "deal_also_technology": (
        "{X} sold {n} {wp} to {Y} in {yr}. Under the deal, {X} also handed over the production technology.",
        lambda p: _sale(p.x, p.y, p.w) | {("TRANSFERRED_TECHNOLOGY_TO", p.x, p.y)}),
    "order_then_local_build": (
        "{Y} ordered {n} {wp} from {X} in {yr}. The agreement included a transfer of technology, and {Y} now builds "
        "the {ref} locally.",
        lambda p: _sale(p.x, p.y, p.w) | _licence(p.x, p.y, p.w)),
    # -- a paragraph about one system: its maker, its users, its buyers
    "system_users_include": (
        "The {w} is {desc} built by {firm}. Its users include {Y} and {Y2}.",
        lambda p: {("PRODUCED", p.firm, p.w)} | _operates(p.y, p.y2, p.w)),
    "system_export_customers": (
        "The {w} was developed by {firm} in the {decade}s. Export customers include {Y} and {Y2}.",
        lambda p: {("PRODUCED", p.firm, p.w), ("ACQUIRED", p.y, p.w), ("ACQUIRED", p.y2, p.w)}),
    "type_flown_by": (
        "{firm} designed the {w} in the {decade}s. Today the type is operated by {Y} and {Y2}.",
        lambda p: {("PRODUCED", p.firm, p.w)} | _operates(p.y, p.y2, p.w)),
    "customer_in_apposition": (
        "{firm} builds the {w}. {Y}, the first export customer, has operated the type since {yr}.",
        lambda p: {("PRODUCED", p.firm, p.w), ("ACQUIRED", p.y, p.w), ("OPERATES", p.y, p.w)}),
    "exported_among_them": (
        "{firm} designed the {w} in the {decade}s. The type has been exported to more than ten countries, among them {Y} and {Y2}.",
        lambda p: {("PRODUCED", p.firm, p.w), ("ACQUIRED", p.y, p.w), ("ACQUIRED", p.y2, p.w)}),
    "it_was_sold_to": (
        "The {w} is {desc} made by {firm}. {X} sold it to {Y} in {yr}.",
        lambda p: {("PRODUCED", p.firm, p.w)} | _sale(p.x, p.y, p.w)),
    "type_licence_later": (
        "The {w} was designed by {firm}. Since {yr}, {Y} has built the type under licence from {X}.",
        lambda p: {("PRODUCED", p.firm, p.w)} | _licence(p.x, p.y, p.w)),
    # -- lists and tables under a heading
    "operators_markdown": (
        "# {w}\n\nThe {w} is {desc}.\n\n## Operators\n\n- {Y}: in service since {yr}\n- {Y2}: in service since {yr2}\n",
        lambda p: _operates(p.y, p.y2, p.w), "system.md"),
    "buyers_table_markdown": (
        "## Exports of the {w} by {X}\n\n| Buyer | Ordered | Delivered |\n|---|---|---|\n| {Y} | {yr} | {yr2} |\n"
        "| {Y2} | {yr2} | {yr3} |\n",
        lambda p: _sale(p.x, p.y, p.w) | _sale(p.x, p.y2, p.w), "exports.md"),
    "operators_plain": (
        "{W_UPPER}\n\nOperators:\n{Y} ({yr})\n{Y2} ({yr2})\n",
        lambda p: _operates(p.y, p.y2, p.w), "notes.txt"),
    "operators_html": (
        "<html><body><h1>{w}</h1><p>The {w} is {desc}.</p><h2>Operators</h2><ul><li>{Y} - since {yr}</li>"
        "<li>{Y2} - since {yr2}</li></ul></body></html>",
        lambda p: _operates(p.y, p.y2, p.w), "page.html"),
    "customers_html_table": (
        "<html><body><h2>Customers for the {w}</h2><table><tr><th>Country</th><th>Year</th><th>Units</th></tr>"
        "<tr><td>{Y}</td><td>{yr}</td><td>{n}</td></tr><tr><td>{Y2}</td><td>{yr2}</td><td>12</td></tr></table>"
        "</body></html>",
        lambda p: {("ACQUIRED", p.y, p.w), ("ACQUIRED", p.y2, p.w)}, "page.html"),
    # -- licence production and technology transfer
    "licence_built_came_from": (
        "The {wp} were licence-built in {Y} from {yr}. The licence came from {X}.",
        lambda p: _licence(p.x, p.y, p.w)),
    "demonym_licence": (
        "{Y} built the {w} under {dem} licence from {yr}.",
        lambda p: _licence(p.x, p.y, p.w)),
    "assembled_from_kits": (
        "The first {n} {wp} were assembled locally in {Y} from kits supplied by {X}.",
        lambda p: _licence(p.x, p.y, p.w)),
    "rest_assembled_under_transfer": (
        "{Y} bought {n} {wp} from {X} in {yr}. The rest were assembled locally under a transfer of technology from {X}.",
        lambda p: _sale(p.x, p.y, p.w) | {("TRANSFERRED_TECHNOLOGY_TO", p.x, p.y)}),
    "agreement_under_which": (
        "In {yr} {Y} signed an agreement with {X} under which {Y} assembled and then manufactured the {w}.",
        lambda p: _licence(p.x, p.y, p.w)),
    "design_transferred": (
        "{X} developed the {w} in the {decade}s. In {yr} the design was transferred to {Y}.",
        lambda p: {("PRODUCED", p.x, p.w), ("TRANSFERRED_TECHNOLOGY_TO", p.x, p.y)}),
    "with_dem_help": (
        "{Y} developed its own version of the {w} with {dem} help in the {decade}s.",
        lambda p: {("PRODUCED", p.y, p.w), ("TRANSFERRED_TECHNOLOGY_TO", p.x, p.y)}),
    "co_developed_later": (
        "The {w} is a joint project. It was co-developed by {X} and {Y} in the {decade}s.",
        lambda p: {("PRODUCED", p.x, p.w), ("PRODUCED", p.y, p.w)}),
    # -- two deals in two paragraphs: each buyer bound to its own seller
    "second_deal_next_paragraph": (
        "{Y} signed a deal with {X} for {n} {wp} in {yr}. Deliveries began in {yr2}.\n\n"
        "{Y2} ordered {w2p} from {X2} in {yr3}. The first arrived a year later.",
        lambda p: _sale(p.x, p.y, p.w) | _sale(p.x2, p.y2, p.w2)),
    "second_paragraph_technology": (
        "{X} sold {n} {wp} to {Y} in {yr}.\n\nUnder a separate agreement in {yr2}, {X2} transferred production technology to {Y2}.",
        lambda p: _sale(p.x, p.y, p.w) | {("TRANSFERRED_TECHNOLOGY_TO", p.x2, p.y2)}),
    # -- near misses
    "control_offer_then": (
        "{X} offered {n} {wp} to {Y} in {yr}. The {ref} would have replaced ageing types.",
        lambda p: set()),
    "control_bid_lost": (
        "{X} entered the {w} in {Y}'s fighter competition in {yr}. The contract went to another bidder.",
        lambda p: set()),
    "control_negotiations": (
        "{Y} and {X} opened negotiations on {n} {wp} in {yr}. Deliveries could begin in {yr2}.",
        lambda p: set()),
    "control_rumoured": (
        "Reports in {yr} said {Y} had bought {wp} from {X}. Neither government confirmed the deal.",
        lambda p: set()),
    "control_planned": (
        "{Y} plans to order {n} {wp} from {X}. The first deliveries are expected in {yr2}.",
        lambda p: set()),
    "control_cancelled": (
        "{Y} and {X} discussed a contract for {n} {wp} in {yr}. The deal was cancelled in {yr2} before it was signed.",
        lambda p: set()),
    "control_evaluated": (
        "{Y} evaluated the {w} in {yr}. The trials ended without an order.",
        lambda p: set()),
    "control_comparison": (
        "{X} delivered {n} {wp} to {Y} in {yr}. Analysts compare the {ref} with the {w2}.",
        lambda p: _sale(p.x, p.y, p.w)),
    "control_denied_line": (
        "## Operators of the {w}\n\n- {Y}: since {yr}\n- {Y2}: evaluated, not ordered\n",
        lambda p: _operates(p.y, p.w), "operators.md"),
    "control_hedged_help": (
        "{Y} may have developed the {w} with {dem} help, but the claim has never been confirmed.",
        lambda p: set()),
    "control_offered_technology": (
        "{X} offered {Y} a transfer of technology for the {w} in {yr}. No contract followed.",
        lambda p: set()),
    "control_deal_technology_refused": (
        "{X} sold {n} {wp} to {Y} in {yr}. Under the deal, {X} refused to hand over the production technology.",
        lambda p: _sale(p.x, p.y, p.w)),
    "control_design_never_transferred": (
        "{X} developed the {w} in the {decade}s. The design was never transferred to {Y}.",
        lambda p: {("PRODUCED", p.x, p.w)}),
    "control_licence_hoped": (
        "The {wp} were licence-built in {Y} from {yr}. The licence may have come from {X}, but no record says so.",
        lambda p: {("PRODUCED", p.y, p.w)}),
    "control_buyer_unnamed": (
        "{X} delivered the first {wp} in {yr}. The buyer was not named.",
        lambda p: {("SOLD", p.x, p.w)}),
    "control_potential_customer": (
        "{firm} builds the {w}. {Y}, a potential customer, watched a demonstration of the type in {yr}.",
        lambda p: {("PRODUCED", p.firm, p.w)}),
    "control_agreement_would_build": (
        "In {yr} {Y} signed an agreement with {X} under which {Y} would build the {w}, but the plan was dropped.",
        lambda p: set()),
    "control_exports_hoped": (
        "{firm} designed the {w} in the {decade}s. It hopes to export the type to more countries, among them {Y} and {Y2}.",
        lambda p: {("PRODUCED", p.firm, p.w)}),
    "control_licence_refused": (
        "{Y} asked to build the {w} under licence in {yr}. {X} refused.",
        lambda p: set()),
}


def _draw(rng: random.Random):
    w, wp, ref, firm, x, desc = rng.choice(SYSTEMS)
    y, force = rng.choice(BUYERS)
    others = [b for b, _ in BUYERS if b not in (y,)]
    y2 = rng.choice(others)
    w2, w2p, _, _, x2, _ = rng.choice([s for s in SYSTEMS if s[0] != w])
    yr = rng.choice(YEARS)
    words = dict(X=x, dem=DEMONYMS[x], firm=firm, Y=y, Y2=y2, force=force, w=w, wp=wp, ref=ref, desc=desc, w2=w2, w2p=w2p,
                 X2=x2, n=rng.choice(COUNTS), yr=yr, yr2=yr + rng.choice((1, 2, 3)), yr3=yr + rng.choice((4, 5)),
                 decade=yr // 10 * 10 - 20, W_UPPER=w.upper())
    return Parts(x, firm, y, force, y2, w, w2, x2), words


def _allowed(parts: Parts) -> frozenset:
    """Makers a system's own maker or its state stand for: named or not, never wrong."""
    makers = {("PRODUCED", s[3], s[0]) for s in SYSTEMS} | {("PRODUCED", s[4], s[0]) for s in SYSTEMS}
    return frozenset(makers)


def battery(seed: int = 18, per_shape: int = 10) -> list[Item]:
    rng = random.Random(seed)
    items = []
    for shape, (template, expect, *path) in SHAPES.items():
        for _ in range(per_shape):
            parts, words = _draw(rng)
            while parts.x == parts.x2 and shape in ("second_deal_next_paragraph", "second_paragraph_technology"):
                parts, words = _draw(rng)
            allowed = _allowed(parts)
            if shape == "assembled_from_kits":  # the kits themselves are a delivery the guidelines leave open
                allowed |= _sale(parts.x, parts.y, parts.w)
            if shape == "rest_assembled_under_transfer":  # the buyer's local assembly is making the guidelines leave open
                allowed |= {("PRODUCED", parts.y, parts.w)}
            if shape == "co_developed_later":  # which partner helped the other the guidelines leave open
                allowed |= {("TRANSFERRED_TECHNOLOGY_TO", parts.x, parts.y), ("TRANSFERRED_TECHNOLOGY_TO", parts.y, parts.x)}
            items.append(Item(shape, template.format(**words), frozenset(expect(parts)), allowed,
                              path[0] if path else "paragraph.txt"))
    return items


def family_relations(text: str, path: str = "paragraph.txt") -> set:
    """The family's relations the document gives, read through the reader its file name picks."""
    from loaders.extract import default_extractor
    from loaders.readers import read_bytes

    document = read_bytes(text.encode("utf-8"), path)
    return {(r.type, r.source, r.target) for r in default_extractor().extract_document(document).relations
            if r.type in FAMILY}
