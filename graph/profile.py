"""An entity's profile: its label and aliases, and its relations grouped by type, each
group with its count and years and each relation with its best evidence.

>>> import tempfile, pathlib
>>> from graph.model import Document, Entity, Evidence, Extraction, Relation
>>> from graph.stores import open_store
>>> text = "Russia sold the S-400 to India in 2018."
>>> wire = Document("ab12", "wire.txt", "S-400 to India", text, "txt")
>>> ev = Evidence("ab12", "wire.txt", text, 0, len(text), (2018,))
>>> sale = Relation("Russia", "State", "SOLD", "S-400", "WeaponSystem", {"to": "India"}, [ev])
>>> with open_store(pathlib.Path(tempfile.mkdtemp()) / "demo.lbug") as store:
...     _ = store.write(Extraction(wire, [Entity("Russia", "State", aliases=("Moscow",))], [sale]))
...     russia = profile(store, "moscow")
>>> print("\\n".join(russia.lines()))
Russia (State)
aliases: Moscow
1 relation of 1 type
<BLANKLINE>
SOLD (1) 2018
  -[SOLD to=India]-> S-400  (2018)  1 sentence
      "Russia sold the S-400 to India in 2018." (wire.txt)
"""
from __future__ import annotations

from dataclasses import dataclass

from graph.model import Entity, Hop
from graph.stores.base import GraphStore
from graph.trace import counted, hop_dict, hop_lines


@dataclass
class RelationGroup:
    """An entity's relations of one type, seen from the entity."""

    type: str
    hops: list[Hop]

    @property
    def years(self) -> list[int]:
        return sorted({year for hop in self.hops for year in hop.relation.years})


@dataclass
class Profile:
    entity: Entity
    groups: list[RelationGroup]

    def lines(self):
        """The profile as text: a heading, then each group and its relations."""
        entity = self.entity
        yield f"{entity.name} ({entity.label}){' — discovered' if entity.discovered else ''}"
        if entity.aliases:
            yield f"aliases: {', '.join(entity.aliases)}"
        yield f"{counted(sum(len(group.hops) for group in self.groups), 'relation')} of {counted(len(self.groups), 'type')}"
        for group in self.groups:
            yield ""
            yield f"{group.type} ({len(group.hops)}) {_span(group.years)}".rstrip()
            for hop in group.hops:
                relation, *evidence = hop_lines(hop, with_start=False)
                yield f"{relation}  {counted(len(hop.relation.evidence), 'sentence')}"
                yield from evidence

    def to_dict(self) -> dict:
        """The profile as plain data (JSON-ready)."""
        entity = self.entity
        return {
            "name": entity.name, "label": entity.label, "id": entity.id, "aliases": list(entity.aliases),
            "groups": [
                {"type": group.type, "count": len(group.hops), "years": group.years,
                 "relations": [hop_dict(hop) for hop in group.hops]}
                for group in self.groups
            ],
        }


def profile(store: GraphStore, name: str) -> Profile:
    """The profile of the entity called ``name`` (a name or alias, case-insensitively):
    groups by type name, relations in a group by the entity at their other end."""
    entity = store.entity(name)
    hops = [Hop(relation, forward=relation.source_id == entity.id) for relation in store.relations(entity.id)]
    groups: dict[str, list[Hop]] = {}
    for hop in sorted(hops, key=lambda hop: (hop.end, not hop.forward, hop.relation.id)):
        groups.setdefault(hop.relation.type, []).append(hop)
    return Profile(entity, [RelationGroup(type_, group) for type_, group in sorted(groups.items())])


def _span(years: list[int]) -> str:
    if not years:
        return ""
    return str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"
