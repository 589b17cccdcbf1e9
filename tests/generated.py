"""A generated corpus for tests that need many documents, and what a store holds of it.

Every document states facts drawn from a small vocabulary, so documents share
relations (later ones add evidence to earlier ones') and the order they load in
matters, as it does with real news.

>>> texts = generated_texts(2)
>>> len(texts), texts[0].splitlines()[0]
(2, 'Digest 000: arms, exercises and votes')
"""
from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

from graph.stores.base import GraphStore

REPOSITORY = Path(__file__).resolve().parents[1]

SELLERS = ["Russia", "China", "France", "Israel"]
BUYERS = ["India", "Egypt", "Vietnam", "Algeria", "Iran", "Turkey", "Indonesia"]
SYSTEMS = ["S-400", "Su-35", "Su-30MKI", "Kilo-class submarines", "S-300", "MiG-29"]
EXERCISES = ["Joint Sea-2016", "Vostok-2018", "Tsentr-2019", "Peace Mission-2021"]
REGIONS = ["South China Sea", "Sea of Japan", "Baltic Sea", "Central Asia"]
STATES = ["Russia", "China", "India", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Iran"]
ORGANIZATIONS = ["Shanghai Cooperation Organisation", "BRICS"]
TOPICS = ["Syria", "Venezuela", "Myanmar", "North Korea"]

TEMPLATES = [
    lambda r: f"{r.choice(SELLERS)} sold the {r.choice(SYSTEMS)} to {r.choice(BUYERS)} in {r.randint(1995, 2023)}.",
    lambda r: f"{r.choice(BUYERS)} took delivery of the {r.choice(SYSTEMS)} from {r.choice(SELLERS)} in {r.randint(1995, 2023)}.",
    lambda r: "{} and {} held the {} exercise in the {} in {}.".format(
        *r.sample(STATES, 2), r.choice(EXERCISES), r.choice(REGIONS), r.randint(2005, 2023)),
    lambda r: f"{r.choice(STATES)} joined the {r.choice(ORGANIZATIONS)} in {r.randint(2001, 2024)}.",
    lambda r: "{} and {} signed a treaty of friendship in {}.".format(*r.sample(STATES, 2), r.randint(1990, 2020)),
    lambda r: "{} and {} vetoed the draft resolution on {} in {}.".format(
        *r.sample(["Russia", "China"], 2), r.choice(TOPICS), r.randint(2007, 2024)),
    lambda r: "Officials declined to comment on the schedule, and analysts expect further delays.",
]


def generated_texts(count: int, *, seed: int = 11, paragraphs: int = 5) -> list[str]:
    """``count`` documents of a title and ``paragraphs`` paragraphs of four to six facts."""
    rng = random.Random(seed)
    texts = []
    for number in range(count):
        body = [
            " ".join(rng.choice(TEMPLATES)(rng) for _ in range(rng.randint(4, 6)))
            for _ in range(paragraphs)
        ]
        texts.append(f"Digest {number:03d}: arms, exercises and votes\n\n" + "\n\n".join(body) + "\n")
    return texts


def write_corpus(folder: Path, count: int, **options) -> Path:
    """Write ``generated_texts`` as ``digest-NNN.txt`` files into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for number, text in enumerate(generated_texts(count, **options)):
        (folder / f"digest-{number:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def tiegraph(*args, **options) -> subprocess.Popen:
    """Start ``tiegraph ARGS`` as its own process (stdout and stderr piped), as a user would."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("TIEGRAPH_")}
    env["PYTHONPATH"] = str(REPOSITORY)
    return subprocess.Popen([sys.executable, "-m", "graph.cli", *map(str, args)], cwd=REPOSITORY, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **options)


def run_tiegraph(*args, timeout: float = 300) -> subprocess.CompletedProcess:
    process = tiegraph(*args)
    stdout, stderr = process.communicate(timeout=timeout)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def documents(store: GraphStore) -> dict[str, tuple]:
    """Each document's id with what it brought: its mentions (entity id, count) and its
    evidence (relation id, start, end), sorted. A document only partly written would
    show less than the same document fully written."""
    held = {document_id: ([], []) for (document_id,) in store.query("MATCH (d:Document) RETURN d.id").rows}
    for document_id, entity_id, count in store.query(
        "MATCH (d:Document)-[m:MENTIONS]->(n) RETURN d.id, n.id, m.count"
    ).rows:
        held.setdefault(document_id, ([], []))[0].append((entity_id, count))
    for _, _, key, attributes in store.to_networkx().edges(keys=True, data=True):
        for evidence in attributes["evidence"]:
            held.setdefault(evidence["document"], ([], []))[1].append((key, evidence["start"], evidence["end"]))
    return {document_id: (sorted(mentions), sorted(evidence)) for document_id, (mentions, evidence) in held.items()}


def contents(store: GraphStore) -> tuple:
    """Everything a store holds that does not depend on when it was loaded: counts,
    entities and relations with their evidence in order, and each document's share."""
    graph = store.to_networkx()
    return (
        store.stats(),
        dict(graph.nodes(data=True)),
        {key: (source, target, attributes) for source, target, key, attributes in graph.edges(keys=True, data=True)},
        documents(store),
    )
