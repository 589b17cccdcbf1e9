"""Tracing how two entities are linked: the shortest chains of relations between them,
every hop with the sentence and document that support it.

>>> import tempfile, pathlib
>>> from graph.model import Document, Entity, Evidence, Extraction, Relation
>>> from graph.stores import open_store
>>> text = "Russia sold the S-400 to India in 2018."
>>> wire = Document("ab12", "wire.txt", "S-400 to India", text, "txt")
>>> ev = Evidence("ab12", "wire.txt", text, 0, len(text), (2018,))
>>> facts = Extraction(wire, [Entity("Russia", "State", aliases=("Moscow",))], [
...     Relation("Russia", "State", "SOLD", "S-400", "WeaponSystem", {"to": "India"}, [ev]),
...     Relation("India", "State", "ACQUIRED", "S-400", "WeaponSystem", {"from": "Russia"}, [ev])])
>>> with open_store(pathlib.Path(tempfile.mkdtemp()) / "demo.lbug") as store:
...     _ = store.write(facts)
...     found = trace(store, "Moscow", "India")
>>> print("\\n".join(found.lines()))
Russia (State) to India (State): 1 shortest path, 2 hops
<BLANKLINE>
path 1
  Russia -[SOLD to=India]-> S-400  (2018)
      "Russia sold the S-400 to India in 2018." (wire.txt)
  S-400 <-[ACQUIRED from=Russia]- India  (2018)
      "Russia sold the S-400 to India in 2018." (wire.txt)
"""
from __future__ import annotations

from dataclasses import dataclass

from graph.model import Entity, Hop, walk
from graph.stores.base import GraphStore, StoreError


@dataclass
class Trace:
    """The shortest paths found between ``source`` and ``target``, each a list of hops."""

    source: Entity
    target: Entity
    paths: list[list[Hop]]
    max_hops: int

    def lines(self):
        """The paths as text, hop by hop, each hop with its best evidence."""
        if not self.paths:
            yield f"no path between {self.source.name} and {self.target.name} within {self.max_hops} hops"
            return
        yield (
            f"{_named(self.source)} to {_named(self.target)}: {counted(len(self.paths), 'shortest path')}, "
            f"{counted(len(self.paths[0]), 'hop')}"
        )
        for number, path in enumerate(self.paths, 1):
            yield ""
            yield f"path {number}"
            for hop in path:
                yield from hop_lines(hop)

    def to_dict(self) -> dict:
        """The paths as plain data (JSON-ready)."""
        return {
            "source": {"name": self.source.name, "label": self.source.label, "id": self.source.id},
            "target": {"name": self.target.name, "label": self.target.label, "id": self.target.id},
            "max_hops": self.max_hops,
            "paths": [{"hops": [hop_dict(hop) for hop in path]} for path in self.paths],
        }


def trace(
    store: GraphStore,
    source: str,
    target: str,
    *,
    max_hops: int = 4,
    types: list[str] | None = None,
    via: list[str] | None = None,
    since: int | None = None,
    limit: int = 10,
) -> Trace:
    """The shortest paths between the entities called ``source`` and ``target`` (names or
    aliases, case-insensitively), with the filters of :meth:`GraphStore.paths`."""
    start, end = store.entity(source), store.entity(target)
    if start.id == end.id:
        raise StoreError(f"{source!r} and {target!r} are the same entity, {start.name}")
    found = store.paths(start.id, end.id, max_hops=max_hops, types=types, via=via, since=since, limit=limit)
    return Trace(start, end, [walk(path, start.id) for path in found], max_hops)


def hop_lines(hop: Hop, *, with_start: bool = True, indent: str = "  "):
    """A hop as text: the relation as walked (from the start entity unless not
    ``with_start``) and its years, then its best evidence sentence and document."""
    relation = hop.relation
    keyed = " ".join(f"{name}={relation.properties[name]}" for name in ("to", "from", "forum") if relation.properties.get(name))
    label = f"{relation.type} {keyed}".strip()
    link = f"-[{label}]->" if hop.forward else f"<-[{label}]-"
    years = ", ".join(str(year) for year in relation.years)
    start = f"{hop.start} " if with_start else ""
    yield f"{indent}{start}{link} {hop.end}" + (f"  ({years})" if years else "")
    best = relation.best_evidence
    if best is not None:
        yield f"{indent}    \"{' '.join(best.sentence.split())}\" ({best.path})"


def hop_dict(hop: Hop) -> dict:
    """A hop as plain data: the relation, the way it was walked and its best evidence."""
    relation = hop.relation
    best = relation.best_evidence
    return {
        "from": hop.start,
        "to": hop.end,
        "type": relation.type,
        "direction": "forward" if hop.forward else "backward",
        "source": relation.source,
        "target": relation.target,
        "properties": relation.properties,
        "years": relation.years,
        "evidence_count": len(relation.evidence),
        "evidence": best.to_dict() if best else None,
    }


def counted(count: int, thing: str) -> str:
    """``count`` things, in words.

    >>> counted(1, "hop"), counted(3, "shortest path")
    ('1 hop', '3 shortest paths')
    """
    return f"{count} {thing}{'' if count == 1 else 's'}"


def _named(entity: Entity) -> str:
    return f"{entity.name} ({entity.label})"
