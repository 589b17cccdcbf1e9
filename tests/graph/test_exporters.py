"""The exporters, on small graphs built by hand in the shape ``GraphStore.to_networkx`` documents."""

from __future__ import annotations

import csv
import json
import random
import re
import time
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest

from graph.exporters import (
    ExportError,
    export_csv,
    export_gexf,
    export_graphml,
    export_html,
    export_json,
    read_gexf,
    read_graphml,
    read_json,
)
from graph.schema import load_schema

HOSTILE_IMG = '<img src=x onerror="window.__pwned=1">'
HOSTILE_SCRIPT = "</script><script>window.__pwned=2</script>"


def add_entity(graph: nx.MultiDiGraph, label: str, name: str, *aliases: str) -> str:
    node = f"{label}:{name}"
    graph.add_node(node, name=name, label=label, aliases=list(aliases), discovered=False)
    return node


def add_relation(graph, source, rel_type, target, *sentences, years=(), document="report.txt", **properties):
    """One relation with one evidence sentence per ``sentences``, keyed like graph.model does."""
    key = f"{rel_type}:{source}>{target}:{sorted(properties.items())}"
    evidence = [
        {
            "document": f"sha-{document}",
            "path": document,
            "sentence": s,
            "start": 100 * i,
            "end": 100 * i + len(s),
        }
        for i, s in enumerate(sentences)
    ]
    graph.add_edge(
        source,
        target,
        key=key,
        type=rel_type,
        properties=dict(properties),
        years=list(years),
        evidence=evidence,
    )
    return key


def sample_graph() -> nx.MultiDiGraph:
    """A small picture of Russia–China defence ties, with one hostile evidence sentence."""
    g = nx.MultiDiGraph()
    russia = add_entity(g, "State", "Russia", "Moscow", "Russian Federation")
    china = add_entity(g, "State", "China", "Beijing", "PRC")
    india = add_entity(g, "State", "India", "New Delhi")
    usa = add_entity(g, "State", "United States", "Washington", "US")
    s400 = add_entity(g, "WeaponSystem", "S-400")
    su35 = add_entity(g, "WeaponSystem", "Su-35")
    kilo = add_entity(g, "WeaponSystem", "Kilo-class submarine")
    vostok = add_entity(g, "Exercise", "Vostok-2018")
    joint_sea = add_entity(g, "Exercise", "Joint Sea-2016")
    sea_of_japan = add_entity(g, "Region", "Sea of Japan")
    south_china_sea = add_entity(g, "Region", "South China Sea")
    sco = add_entity(g, "Organization", "Shanghai Cooperation Organisation", "SCO")
    pla = add_entity(g, "ArmedForce", "People's Liberation Army", "PLA")
    bri = add_entity(g, "Initiative", "Belt and Road Initiative", "BRI")
    add_relation(
        g,
        russia,
        "SOLD",
        s400,
        "Russia delivered the first S-400 battalion to China in 2018.",
        years=[2018],
        to="China",
    )
    add_relation(
        g,
        russia,
        "SOLD",
        s400,
        f"Russia sold India the S-400 {HOSTILE_IMG} {HOSTILE_SCRIPT} in 2021.",
        years=[2021],
        document=f"evil{HOSTILE_IMG}.html",
        to="India",
    )
    add_relation(
        g,
        china,
        "ACQUIRED",
        s400,
        "China received its first S-400 regiment in 2018.",
        "Beijing took delivery of the S-400 in 2018.",
        years=[2018],
        **{"from": "Russia"},
    )
    add_relation(
        g, russia, "SOLD", su35, "Moscow sold 24 Su-35 fighters to Beijing in 2015.", years=[2015], to="China"
    )
    add_relation(
        g,
        china,
        "ACQUIRED",
        kilo,
        "China bought Kilo-class submarines in the 1990s.",
        years=[1994],
        **{"from": "Russia"},
    )
    add_relation(g, russia, "HOSTED", vostok, "Russia hosted Vostok-2018.", years=[2018])
    add_relation(
        g, china, "PARTICIPATED_IN", vostok, "The PLA sent 3,200 troops to Vostok-2018.", years=[2018]
    )
    add_relation(
        g,
        pla,
        "PARTICIPATED_IN",
        vostok,
        "PLA units drilled alongside Russian forces in Vostok-2018.",
        years=[2018],
    )
    add_relation(
        g,
        vostok,
        "HELD_IN",
        sea_of_japan,
        "Naval drills of Vostok-2018 took place in the Sea of Japan.",
        years=[2018],
    )
    add_relation(g, china, "HOSTED", joint_sea, "China hosted Joint Sea-2016.", years=[2016])
    add_relation(g, russia, "PARTICIPATED_IN", joint_sea, "Russia took part in Joint Sea-2016.", years=[2016])
    add_relation(
        g,
        joint_sea,
        "HELD_IN",
        south_china_sea,
        "Joint Sea-2016 was held in the South China Sea.",
        years=[2016],
    )
    add_relation(
        g,
        russia,
        "PARTNERS_WITH",
        china,
        "Russia and China signed a treaty of friendship in 2001.",
        years=[2001],
    )
    add_relation(g, russia, "MEMBER_OF", sco, "Russia is a founding member of the SCO.")
    add_relation(g, china, "MEMBER_OF", sco, "China is a founding member of the SCO.")
    add_relation(g, india, "MEMBER_OF", sco, "India joined the SCO in 2017.", years=[2017])
    add_relation(g, pla, "ARMED_FORCE_OF", china, "The PLA is the armed force of China.")
    add_relation(g, china, "LEADS", bri, "China launched the Belt and Road Initiative in 2013.", years=[2013])
    add_relation(
        g, usa, "SANCTIONED", china, "Washington sanctioned China for buying Su-35s in 2018.", years=[2018]
    )
    return g


def synthetic_graph(entities: int, relations: int, seed: int = 7) -> nx.MultiDiGraph:
    """A large graph of made-up entities, a few of them hubs, for size and speed checks."""
    rnd = random.Random(seed)
    schema = load_schema()
    labels, types = schema.entity_labels, [t for t in schema.relationships if t != "MENTIONS"]
    g = nx.MultiDiGraph()
    nodes = [add_entity(g, labels[i % len(labels)], f"Entity {i}", f"E{i}") for i in range(entities)]
    for i in range(relations):
        # Cubing the draw makes the first entities hubs, as states are in real corpora.
        source, target = nodes[int(entities * rnd.random() ** 3)], rnd.choice(nodes)
        sentences = [
            f"Sentence {i}.{n} about how {source} relates to {target}." for n in range(rnd.randint(1, 3))
        ]
        years = sorted(rnd.sample(range(1990, 2025), rnd.randint(0, 2)))
        add_relation(g, source, rnd.choice(types), target, *sentences, years=years, n=i)
    return g


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    return sample_graph()


def map_data(html: str) -> dict:
    """The JSON the page's script reads."""
    found = re.search(r'<script type="application/json" id="map-data">(.*?)</script>', html, re.S)
    return json.loads(found.group(1))


class ScriptCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts: list[dict] = []

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts.append(dict(attrs))


def drawn(graph, tmp_path, **filters) -> tuple[object, dict]:
    summary = export_html(graph, tmp_path / "map.html", **filters)
    return summary, map_data((tmp_path / "map.html").read_text(encoding="utf-8"))


# --- HTML -------------------------------------------------------------------------------


def test_html_asks_for_nothing_remote(graph, tmp_path):
    export_html(graph, tmp_path / "map.html")
    html = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert not re.search(r"""url\(\s*["']?\s*(?:https?:)?//|@import""", html, re.I)
    assert "sourceMappingURL" not in html
    assert "default-src 'none'" in html
    collector = ScriptCollector()
    collector.feed(html)
    # The data, vis-network and the map's own script, all inline: nothing closed a script early.
    assert collector.scripts == [{"type": "application/json", "id": "map-data"}, {}, {}]


def test_hostile_evidence_appears_only_escaped(graph, tmp_path):
    export_html(graph, tmp_path / "map.html", title="<b>Arms</b> & allies")
    html = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert HOSTILE_IMG not in html
    assert HOSTILE_SCRIPT not in html
    assert "\\u003c/script\\u003e\\u003cscript\\u003ewindow.__pwned=2" in html
    assert "<title>&lt;b&gt;Arms&lt;/b&gt; &amp; allies</title>" in html
    sentences = [sentence for edge in map_data(html)["edges"] for _, sentence in edge["evidence"]]
    assert any(HOSTILE_IMG in s and HOSTILE_SCRIPT in s for s in sentences)  # escaped, not altered
    assert f"evil{HOSTILE_IMG}.html" in map_data(html)["documents"]


def test_page_script_never_writes_markup():
    script = (Path(__file__).resolve().parents[2] / "graph" / "templates" / "map.js").read_text()
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(", script)


def test_everything_drawn_by_default(graph, tmp_path):
    summary, data = drawn(graph, tmp_path)
    assert (summary.nodes_drawn, summary.edges_drawn, summary.nodes_left_out) == (14, 19, 0)
    assert len(data["nodes"]) == 14 and len(data["edges"]) == 19
    assert {label["name"]: label["count"] for label in data["labels"]}["State"] == 4
    assert data["years"] == [1994, 2021]


def test_label_filter_keeps_entities_and_relations_among_them(graph, tmp_path):
    summary, data = drawn(graph, tmp_path, labels=["State"])
    assert summary.nodes_drawn == 4  # India has no relation to another state but stays
    assert sorted(edge["type"] for edge in data["edges"]) == ["PARTNERS_WITH", "SANCTIONED"]


def test_type_filter_drops_entities_left_without_relations(graph, tmp_path):
    _, data = drawn(graph, tmp_path, types=["SOLD"])
    assert sorted(node["id"] for node in data["nodes"]) == [
        "State:Russia",
        "WeaponSystem:S-400",
        "WeaponSystem:Su-35",
    ]
    assert len(data["edges"]) == 3


def test_year_range_keeps_relations_whose_years_meet_it(graph, tmp_path):
    _, data = drawn(graph, tmp_path, since=2016, until=2017)
    assert sorted(edge["type"] for edge in data["edges"]) == [
        "HELD_IN",
        "HOSTED",
        "MEMBER_OF",
        "PARTICIPATED_IN",
    ]
    assert all(edge["years"] for edge in data["edges"])  # MEMBER_OF without years went


def test_min_evidence(graph, tmp_path):
    summary, data = drawn(graph, tmp_path, min_evidence=2)
    assert (summary.nodes_drawn, summary.edges_drawn) == (2, 1)
    assert data["edges"][0]["evidenceCount"] == 2


def test_focus_follows_relations_both_ways(graph, tmp_path):
    _, data = drawn(graph, tmp_path, focus="Moscow", depth=1)
    assert sorted(node["id"] for node in data["nodes"]) == [
        "Exercise:Joint Sea-2016",
        "Exercise:Vostok-2018",
        "Organization:Shanghai Cooperation Organisation",
        "State:China",
        "State:Russia",
        "WeaponSystem:S-400",
        "WeaponSystem:Su-35",
    ]
    summary, _ = drawn(graph, tmp_path, focus="State:India", depth=2)
    assert summary.nodes_drawn == 4  # India, the SCO, and the SCO's other members


def test_max_nodes_keeps_the_most_connected_and_the_focus(graph, tmp_path):
    summary, data = drawn(graph, tmp_path, max_nodes=2)
    assert (summary.nodes_drawn, summary.nodes_left_out) == (2, 12)
    assert sorted(node["id"] for node in data["nodes"]) == ["State:China", "State:Russia"]
    assert data["leftOut"] == 12
    summary, data = drawn(graph, tmp_path, focus="India", max_nodes=2)
    assert "State:India" in [node["id"] for node in data["nodes"]]
    assert summary.nodes_left_out == 2


def test_nodes_sized_by_degree_and_coloured_by_label(graph, tmp_path):
    _, data = drawn(graph, tmp_path)
    size = {node["id"]: node["size"] for node in data["nodes"]}
    assert size["State:Russia"] > size["WeaponSystem:Su-35"]
    groups = data["options"]["groups"]
    assert groups["State"]["color"]["background"] != groups["WeaponSystem"]["color"]["background"]
    colours = {edge["type"]: edge["color"] for edge in data["edges"]}
    assert colours["SOLD"] != colours["ACQUIRED"]
    assert {edge["arrows"] for edge in data["edges"] if edge["type"] == "PARTNERS_WITH"} == {""}


def test_layouts(graph, tmp_path):
    _, data = drawn(graph, tmp_path)  # auto, small: the browser arranges it
    assert data["options"]["physics"]["enabled"] is True and "x" not in data["nodes"][0]
    _, data = drawn(graph, tmp_path, layout="static")
    assert data["options"]["physics"]["enabled"] is False
    assert all(isinstance(node["x"], int) and isinstance(node["y"], int) for node in data["nodes"])
    with pytest.raises(ExportError, match="unknown layout"):
        drawn(graph, tmp_path, layout="circle")


def test_auto_layout_is_static_for_large_maps(tmp_path):
    _, data = drawn(synthetic_graph(400, 1200), tmp_path)
    assert data["options"]["physics"]["enabled"] is False
    spots = {(node["x"], node["y"]) for node in data["nodes"]}
    assert len(spots) > 390  # hardly two entities on one spot
    assert all(edge["label"] == edge["type"] for edge in data["edges"])


def test_busy_maps_draw_edges_without_labels(tmp_path):
    _, data = drawn(synthetic_graph(300, 2500), tmp_path)
    assert not any("label" in edge for edge in data["edges"])
    assert data["options"]["interaction"]["hideEdgesOnDrag"] is True


def test_bad_requests_are_one_line_errors(graph, tmp_path):
    with pytest.raises(ExportError, match="no entity named 'Atlantis'"):
        export_html(graph, tmp_path / "map.html", focus="Atlantis")
    with pytest.raises(ExportError, match="unknown label 'Stat'"):
        export_html(graph, tmp_path / "map.html", labels=["Stat"])
    with pytest.raises(ExportError, match="year range 2020-2010 is empty"):
        export_html(graph, tmp_path / "map.html", since=2020, until=2010)
    with pytest.raises(ExportError, match="no relation left"):
        export_html(graph, tmp_path / "map.html", focus="Russia", types=["LEADS"])


# --- GraphML, GEXF, JSON ----------------------------------------------------------------


def assert_same_graph(read: nx.MultiDiGraph, original: nx.MultiDiGraph) -> None:
    assert read.is_directed() and read.is_multigraph()
    assert dict(read.nodes(data=True)) == dict(original.nodes(data=True))
    assert {(u, v, k): d for u, v, k, d in read.edges(keys=True, data=True)} == {
        (u, v, k): d for u, v, k, d in original.edges(keys=True, data=True)
    }


@pytest.mark.parametrize(
    ("export", "read", "suffix"),
    [
        (export_graphml, read_graphml, "graphml"),
        (export_gexf, read_gexf, "gexf"),
        (export_json, read_json, "json"),
    ],
)
def test_round_trip(graph, tmp_path, export, read, suffix):
    # A relation id of digits only must come back as the same string, not a number.
    graph.add_edge(
        "State:India",
        "WeaponSystem:S-400",
        key="1234567890123456",
        type="OPERATES",
        properties={"planned": False},
        years=[],
        evidence=[],
    )
    path = export(graph, tmp_path / f"graph.{suffix}")
    assert_same_graph(read(path), graph)


def test_graphml_holds_lists_as_json_text(graph, tmp_path):
    plain = nx.read_graphml(export_graphml(graph, tmp_path / "graph.graphml"))
    assert json.loads(plain.nodes["State:Russia"]["aliases"]) == ["Moscow", "Russian Federation"]


def test_gexf_shows_names_and_types_in_gephi(graph, tmp_path):
    plain = nx.read_gexf(export_gexf(graph, tmp_path / "graph.gexf"))
    assert plain.nodes["State:Russia"]["label"] == "Russia"
    assert plain.nodes["State:Russia"]["entity_label"] == "State"
    assert {d["label"] for *_, d in plain.edges(data=True)} >= {"SOLD", "MEMBER_OF"}


# --- neo4j-admin CSV --------------------------------------------------------------------


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as rows:
        return list(csv.reader(rows))


def test_csv_files_per_label_and_type(graph, tmp_path):
    written = export_csv(graph, tmp_path)
    states = read_csv(tmp_path / "nodes_State.csv")
    assert states[0] == ["id:ID", "name", "aliases:string[]", "discovered:boolean", ":LABEL"]
    assert ["State:Russia", "Russia", "Moscow;Russian Federation", "false", "State"] in states
    sold = read_csv(tmp_path / "relationships_SOLD.csv")
    # Every declared property has its column, typed by the schema, whether or not a row holds it.
    assert sold[0] == [
        ":START_ID", ":END_ID", ":TYPE", "id", "to", "quantity:long", "order_year:long", "delivery_year:long",
        "year:long", "planned:boolean", "years:long[]", "evidence_count:long", "document_count:long",
        "evidence_next:long",
    ]
    su35 = next(dict(zip(sold[0], row)) for row in sold if row[1] == "WeaponSystem:Su-35")
    assert (su35[":START_ID"], su35[":TYPE"], su35["to"], su35["years:long[]"]) == ("State:Russia", "SOLD", "China", "2015")
    assert su35["quantity:long"] == "" and su35["evidence_count:long"] == "1" and su35["evidence_next:long"] == "1"
    evidence = read_csv(tmp_path / "nodes_Evidence.csv")
    assert evidence[0] == [
        "id:ID", "relation", "type", "source", "target", "document", "path", "sentence", "start:long", "end:long",
        "years:long[]", ":LABEL",
    ]
    (sentence,) = [dict(zip(evidence[0], row)) for row in evidence if row[1] == su35["id"]]
    assert (sentence["id:ID"], sentence["type"], sentence["source"], sentence[":LABEL"]) == (
        f"{su35['id']}:0", "SOLD", "State:Russia", "Evidence")
    assert sentence["sentence"] == "Moscow sold 24 Su-35 fighters to Beijing in 2015."
    files = sorted(p.name for p in tmp_path.glob("*.csv"))
    assert files == sorted(
        [f"nodes_{label}.csv" for label in {label for _, label in graph.nodes(data="label")} | {"Evidence"}]
        + [f"relationships_{t}.csv" for t in {t for *_, t in graph.edges(data="type")}]
    )
    assert (written.entities, written.relations) == (graph.number_of_nodes(), graph.number_of_edges())
    assert written.evidence == sum(len(attrs["evidence"]) for *_, attrs in graph.edges(data=True))
    command = written.command
    assert command.startswith("neo4j-admin database import full neo4j --array-delimiter=U+003B ")
    assert command.split()[4] == "neo4j"  # before the files, or the last --relationships would take it
    for name in files:
        flag = "--nodes" if name.startswith("nodes_") else "--relationships"
        assert f"{flag}={tmp_path / name}" in command


def test_csv_array_delimiter_avoids_semicolons_in_arrays_and_sentences_need_none(graph, tmp_path):
    add_relation(graph, "State:India", "OPERATES", "WeaponSystem:S-400", "India operates the S-400; it bought five regiments.")
    command = export_csv(graph, tmp_path).command
    assert "--array-delimiter=U+003B" in command  # a sentence is a plain string, not an array
    sentences = [row[7] for row in read_csv(tmp_path / "nodes_Evidence.csv")[1:]]
    assert "India operates the S-400; it bought five regiments." in sentences

    graph.add_node("Organization:Collective Security Treaty Organization", name="Collective Security Treaty Organization",
                   label="Organization", aliases=["CSTO; ODKB"], discovered=False)
    command = export_csv(graph, tmp_path / "again").command
    assert "--array-delimiter=U+007C" in command
    # Rows written before the semicolon turned up were rewritten with the new delimiter.
    assert read_csv(tmp_path / "again" / "nodes_State.csv")[1:].count(
        ["State:Russia", "Russia", "Moscow|Russian Federation", "false", "State"]) == 1


def test_csv_refuses_arrays_that_hold_every_delimiter(graph, tmp_path):
    graph.add_node("State:Atlantis", name="Atlantis", label="State", aliases=["A; B | \x1f"], discovered=False)
    with pytest.raises(ExportError, match="no array delimiter is free"):
        export_csv(graph, tmp_path)


@pytest.mark.bench
def test_large_map_exports_in_well_under_five_seconds(tmp_path):
    graph = synthetic_graph(5000, 20_000)
    started = time.perf_counter()
    summary = export_html(graph, tmp_path / "map.html", isolated=True)
    elapsed = time.perf_counter() - started
    print(f"\nHTML map of 5,000 entities and 20,000 relations: {elapsed:.2f} s, {summary.path.stat().st_size / 1e6:.1f} MB")
    assert (summary.nodes_drawn, summary.edges_drawn) == (5000, 20_000)
    assert elapsed < 5.0, f"exporting 5,000 entities and 20,000 relations took {elapsed:.1f} s"


def test_entities_never_related_are_left_off_unless_asked(graph, tmp_path):
    graph.add_node("State:Laos", name="Laos", label="State", aliases=[], discovered=False)
    _, default = drawn(graph, tmp_path)
    _, everything = drawn(graph, tmp_path, isolated=True)
    assert "State:Laos" not in {node["id"] for node in default["nodes"]}
    assert "State:Laos" in {node["id"] for node in everything["nodes"]}
    assert not list(tmp_path.glob("*.partial"))
