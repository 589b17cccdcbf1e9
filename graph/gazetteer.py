"""The gazetteer: every known entity, its label and the surface forms that name it.

Read once from seeds/gazetteer/*.yaml (format in seeds/gazetteer/README.md) and
cross-checked: a dangling reference or an alias shared by two entities is refused.

>>> gaz = load_gazetteer()
>>> gaz.resolve("Moscow").name
'Russia'
>>> gaz.resolve("the kremlin").name   # resolve() falls back to a case-insensitive look-up
'Russia'
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from graph.schema import SEEDS, SchemaError, load_schema

# libyaml reads the gazetteer about six times faster than the pure-Python loader, which
# stays the fallback where PyYAML was built without it.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Keys that add surface forms, and the kind of reference each makes.
SURFACE_KEYS = {"aliases": "alias", "demonyms": "demonym", "capitals": "capital", "leaders": "leader", "nato": "nato", "acronyms": "acronym"}
# Keys that refer to another entity, and the label that entity must have.
REFERENCE_KEYS = {
    "variant_of": ("WeaponSystem",),
    "producer": ("Organization", "State"),
    "state": ("State",),
    "parent": ("ArmedForce",),
    "series": ("Exercise",),
    "capitals_of": ("State",),
}
LABEL_KEYS = {
    "State": {"demonyms", "capitals", "leaders", "historical", "capitals_of", "until", "permanent_seat"},
    "WeaponSystem": {"kind", "nato", "variant_of", "producer"},
    "Organization": {"acronyms", "kind", "state"},  # a firm's home state: whom a licence to it reaches
    "ArmedForce": {"state", "parent"},
    "Exercise": {"series", "year"},
}
COMMON_KEYS = {"name", "aliases", "note"}


@dataclass(frozen=True)
class GazetteerEntry:
    """One known entity. ``attributes`` holds the label-specific keys (``state``, ``series`` ...)."""

    name: str
    label: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    attributes: dict = field(default_factory=dict, hash=False, compare=False)

    def get(self, key: str, default=None):
        return self.attributes.get(key, default)


@dataclass(frozen=True)
class SurfaceForm:
    """A string that names an entity in text, and how it names it (name, alias, demonym ...)."""

    text: str
    entry: GazetteerEntry
    kind: str


class Gazetteer:
    """Entities by canonical name and the surface forms that point at them."""

    def __init__(self, entries: list[GazetteerEntry]):
        self.entries = {entry.name: entry for entry in entries}
        self.forms: dict[str, SurfaceForm] = {}
        for entry in entries:
            self._add_form(entry.name, entry, "name")
            for kind_key, kind in SURFACE_KEYS.items():
                for text in entry.attributes.get(kind_key, ()):
                    self._add_form(text, entry, kind)
        self._folded = {text.casefold(): form for text, form in self.forms.items()}

    def _add_form(self, text: str, entry: GazetteerEntry, kind: str) -> None:
        other = self.forms.get(text)
        if other is not None and other.entry.name != entry.name:
            raise SchemaError(f"gazetteer: {text!r} names both {other.entry.name!r} and {entry.name!r}")
        if other is None or kind == "name":
            self.forms[text] = SurfaceForm(text, entry, kind)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, name: str) -> bool:
        return name in self.entries

    def get(self, name: str) -> GazetteerEntry | None:
        return self.entries.get(name)

    def resolve(self, text: str) -> GazetteerEntry | None:
        """The entry a surface form names: exact first, then case-insensitive."""
        form = self.forms.get(text) or self._folded.get(text.casefold())
        return form.entry if form else None

    def by_label(self, label: str) -> list[GazetteerEntry]:
        return [entry for entry in self.entries.values() if entry.label == label]


def _entry(raw: dict, label: str, where: str) -> GazetteerEntry:
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str) or not raw["name"].strip():
        raise SchemaError(f"{where}: every entity needs a non-empty string 'name'")
    unknown = set(raw) - COMMON_KEYS - LABEL_KEYS.get(label, set())
    if unknown:
        raise SchemaError(f"{where}: {raw['name']!r} has keys not allowed for {label}: {', '.join(sorted(unknown))}")
    for key in SURFACE_KEYS:
        value = raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise SchemaError(f"{where}: {raw['name']!r}: {key!r} must be a list of non-empty strings")
    if ("capitals_of" in raw) != isinstance(raw.get("until"), int) or isinstance(raw.get("until"), bool):
        raise SchemaError(f"{where}: {raw['name']!r}: 'capitals_of' and 'until' (a year) go together")
    attributes = {k: v for k, v in raw.items() if k not in ("name", "note")}
    return GazetteerEntry(
        name=raw["name"],
        label=label,
        aliases=tuple(raw.get("aliases", [])) + tuple(raw.get("nato", [])) + tuple(raw.get("acronyms", [])),
        demonyms=tuple(raw.get("demonyms", [])),
        capitals=tuple(raw.get("capitals", [])),
        attributes=attributes,
    )


def _check_references(gazetteer: Gazetteer) -> None:
    for entry in gazetteer.entries.values():
        for key, labels in REFERENCE_KEYS.items():
            target = entry.get(key)
            if target is None:
                continue
            found = gazetteer.get(target)
            if found is None or found.label not in labels:
                raise SchemaError(
                    f"gazetteer: {entry.name!r} refers by {key!r} to {target!r}, "
                    f"which is not a known {' or '.join(labels)}"
                )


def parse_gazetteer(files: dict[str, object]) -> Gazetteer:
    """Build a validated gazetteer from parsed YAML documents keyed by file name."""
    labels = load_schema().entity_labels
    entries: list[GazetteerEntry] = []
    seen: dict[str, str] = {}
    for where, raw in files.items():
        if not isinstance(raw, dict) or raw.get("label") not in labels:
            raise SchemaError(f"{where}: needs 'label' set to one of {', '.join(labels)}")
        if not isinstance(raw.get("entities"), list):
            raise SchemaError(f"{where}: needs an 'entities' list")
        for item in raw["entities"]:
            entry = _entry(item, raw["label"], where)
            if entry.name in seen:
                raise SchemaError(f"{where}: {entry.name!r} is also declared in {seen[entry.name]}")
            seen[entry.name] = where
            entries.append(entry)
    gazetteer = Gazetteer(entries)
    _check_references(gazetteer)
    return gazetteer


@lru_cache(maxsize=None)
def load_gazetteer(folder: str | Path | None = None) -> Gazetteer:
    """Load and validate every ``*.yaml`` file in seeds/gazetteer (or ``folder``)."""
    folder = Path(folder) if folder else SEEDS / "gazetteer"
    files = {}
    for path in sorted(folder.glob("*.yaml")):
        try:
            files[str(path)] = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
        except (OSError, yaml.YAMLError) as exc:
            reason = str(exc).splitlines()[0]
            raise SchemaError(f"{path}: cannot read gazetteer file: {reason}") from None
    return parse_gazetteer(files)
