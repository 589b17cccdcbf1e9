"""The saved query library: the questions analysts ask, one Cypher file each in queries/.

A saved query is a ``.cypher`` file whose leading ``//`` lines name it, say in one line
what it answers and declare its parameters with their types and defaults::

    // name: who-acquired
    // description: Who acquired a weapon system, from whom and when.
    // param system: entity = S-400
    MATCH (buyer)-[r:ACQUIRED]->(w:WeaponSystem) WHERE w.name = $system
    RETURN buyer.name AS buyer, r.`from` AS seller, r.years AS years

Parameter types are ``string``, ``entity`` (a name, resolved through the store's
aliases to the canonical one, so ``Moscow`` means Russia), ``int``, ``float``,
``bool`` and ``list`` (of strings); a default of ``null`` means "no filter", and a
parameter without a default must be given. Every ``$name`` the Cypher uses must be
declared and every declared parameter used.

An ``entity`` parameter ``NAME`` also binds ``$NAME_id``: the resolved entity's id
(``State:China``, see :func:`graph.model.entity_id`), None when the value is null or no
store resolves it. A query that starts from one entity matches its id, the primary key,
rather than its name, which no index serves: on LadybugDB the start is then a
primary-key lookup when its label is written, else a scan of the id columns; on Neo4j,
with the start's labels written (``(a:State|Organization {id: $NAME_id})``), a seek of
each label's id uniqueness constraint. Using ``$NAME_id`` counts as using ``NAME``.

Queries are written once, in the Cypher both stores share. Where that cannot be done
(LadybugDB names a relationship's type ``label(r)``, Neo4j ``type(r)``), a file
``NAME.DIALECT.cypher`` next to ``NAME.cypher`` holds the Cypher for stores of that
:attr:`~graph.stores.base.GraphStore.dialect`, after a ``// why:`` line saying why.

One LadybugDB habit shapes the shared Cypher: a parameter's type is taken from its
first use, so an optional filter is written ``s.name = $seller OR $seller IS NULL``
(comparison first) rather than the other way round.

>>> library = load_library()
>>> query = library["arms-transfers"]
>>> query.description
'Arms transfers by seller, buyer, system and year range.'
>>> query.bind({"since": "2010", "buyer": "China"})["since"]
2010
>>> query.bind({"sinse": "2010"})
Traceback (most recent call last):
graph.library.LibraryError: arms-transfers has no parameter 'sinse' (it takes seller, buyer, system, since, until)
"""
from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from graph.stores._cypher import parameter_names
from graph.stores.base import GraphStore, QueryResult

PARAMETER_TYPES = ("string", "entity", "int", "float", "bool", "list")
DIALECTS = ("embedded", "neo4j")
_HEADER = re.compile(r"//\s*(name|description|param|why)\b\s*(.*)")
_PARAMETER = re.compile(r"(?P<name>[A-Za-z_]\w*)\s*:\s*(?P<type>\w+)\s*(?:=\s*(?P<default>.*))?")
_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_TRUE, _FALSE = {"true", "yes", "1"}, {"false", "no", "0"}


class LibraryError(ValueError):
    """A saved query is malformed, unknown or given bad parameters; one line for the user."""


@dataclass(frozen=True)
class Parameter:
    """A declared parameter of a saved query.

    >>> since = Parameter("since", "int", None)
    >>> since.parse("2014"), since.parse("null")
    (2014, None)
    >>> since.parse("recently")
    Traceback (most recent call last):
    graph.library.LibraryError: parameter since: expected an int, got 'recently'
    >>> Parameter("names", "list").parse("S-400, Su-35")
    ['S-400', 'Su-35']
    """

    name: str
    type: str
    default: object = None
    required: bool = False

    def parse(self, text: str):
        """The typed value of ``text`` as given on a command line; ``null`` is no value."""
        text = text.strip()
        if text == "null":
            return None
        if self.type in ("string", "entity"):
            return _unquoted(text)
        if self.type == "list":
            try:
                items = json.loads(text) if text.startswith("[") else _split(text)
            except ValueError:
                raise self._wrong(text) from None
            return self.check(items)
        if self.type == "bool" and text.lower() in _TRUE | _FALSE:
            return text.lower() in _TRUE
        try:
            return {"int": int, "float": float}[self.type](text)
        except (KeyError, ValueError):
            raise self._wrong(text) from None

    def check(self, value):
        """``value`` (a Python value) if it has this parameter's type; ints pass as floats."""
        expected = {"string": str, "entity": str, "int": int, "float": (int, float), "bool": bool, "list": list}
        fits = value is None or (
            isinstance(value, expected[self.type]) and (self.type == "bool" or not isinstance(value, bool))
        )
        if self.type == "list" and fits and value is not None:
            fits = all(isinstance(item, str) for item in value)
        if not fits:
            raise self._wrong(value)
        return float(value) if self.type == "float" and value is not None else value

    def _wrong(self, value) -> LibraryError:
        article = "an" if self.type[0] in "aeiou" else "a"
        what = "a list of strings" if self.type == "list" else f"{article} {self.type}"
        return LibraryError(f"parameter {self.name}: expected {what}, got {value!r}")


@dataclass(frozen=True)
class SavedQuery:
    """One saved question: its name, description, parameters and Cypher per dialect."""

    name: str
    description: str
    parameters: tuple[Parameter, ...]
    cypher: str
    path: Path | None = None
    variants: Mapping[str, str] = field(default_factory=dict)  # dialect -> Cypher
    reasons: Mapping[str, str] = field(default_factory=dict)  # dialect -> why it needs its own

    def cypher_for(self, dialect: str) -> str:
        """The Cypher a store of ``dialect`` runs."""
        return self.variants.get(dialect, self.cypher)

    def bind(self, values: Mapping[str, object] | None = None, store: GraphStore | None = None) -> dict:
        """Every parameter's value: the given ones typed (strings are parsed, Python values
        checked), the rest their defaults. With a ``store``, entity names are resolved
        to canonical names through its aliases, and each entity parameter ``NAME`` also
        binds ``NAME_id``, the resolved entity's id (a default the store does not hold
        stays as it is, with no id)."""
        values = dict(values or {})
        declared = {parameter.name: parameter for parameter in self.parameters}
        for name in values:
            if name not in declared:
                takes = ", ".join(declared) or "no parameters"
                raise LibraryError(f"{self.name} has no parameter {name!r} (it takes {takes})")
        bound = {}
        for name, parameter in declared.items():
            given = name in values
            if not given and parameter.required:
                raise LibraryError(f"{self.name} needs a value for parameter {name}")
            try:
                value = _typed(parameter, values[name]) if given else parameter.default
                bound[name] = value
                if parameter.type == "entity":
                    bound[name], bound[f"{name}_id"] = _resolved(store, parameter, value, strict=given)
            except LibraryError as exc:
                raise LibraryError(f"{self.name}: {exc}") from None
        return bound

    def run(self, store: GraphStore, values: Mapping[str, object] | None = None) -> QueryResult:
        """Run on ``store`` with ``values`` bound as :meth:`bind` does.

        >>> import tempfile, pathlib
        >>> from graph.stores import open_store
        >>> with open_store(pathlib.Path(tempfile.mkdtemp()) / "demo.lbug") as store:
        ...     load_library()["shared-vetoes"].run(store).columns
        ['first', 'second', 'subjects', 'same_year']
        """
        return store.query(self.cypher_for(store.dialect), self.bind(values, store))

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "description": self.description,
            "parameters": [
                {"name": p.name, "type": p.type, "default": p.default, "required": p.required}
                for p in self.parameters
            ],
        }


def load_library(folder: str | Path | None = None) -> dict[str, SavedQuery]:
    """Every saved query in ``folder`` (default: the installed ``queries`` package), by name,
    each checked: header complete, name matching the file, parameters declared and used,
    variants for a known dialect using the same parameters."""
    folder = Path(folder) if folder else Path(str(resources.files("queries")))
    files = [(*_name_and_dialect(path), path) for path in sorted(folder.glob("*.cypher"))]
    library = {name: parse_query(path.read_text(encoding="utf-8"), path) for name, dialect, path in files if not dialect}
    for name, dialect, path in files:
        if dialect:
            library[name] = _with_variant(library.get(name), dialect, path)
    return library


def saved_query(name: str, folder: str | Path | None = None) -> SavedQuery:
    """The saved query called ``name``, or a one-line error listing the names there are."""
    library = load_library(folder)
    if name not in library:
        raise LibraryError(f"no saved query named {name!r}; known: {', '.join(library)}")
    return library[name]


def parse_query(text: str, path: Path | None = None) -> SavedQuery:
    """A :class:`SavedQuery` from the text of its file.

    >>> query = parse_query('''// name: members
    ... // description: Members of an organization.
    ... // param organization: entity = "BRICS"
    ... MATCH (s:State)-[:MEMBER_OF]->(o:Organization) WHERE o.name = $organization RETURN s.name''')
    >>> query.parameters
    (Parameter(name='organization', type='entity', default='BRICS', required=False),)
    >>> parse_query("// name: members\\nMATCH (s:State) RETURN s.name")
    Traceback (most recent call last):
    graph.library.LibraryError: query: no '// description:' line in the header
    """
    where = str(path) if path else "query"
    header, cypher = _header(text, where)
    name = _single(header, "name", where)
    if not _NAME.fullmatch(name):
        raise LibraryError(f"{where}: name {name!r} is not lowercase words joined by hyphens")
    if path is not None and path.name != f"{name}.cypher":
        raise LibraryError(f"{where}: the header names it {name!r}; the file must be {name}.cypher")
    parameters = tuple(_parameter(line, where) for line in header.get("param", []))
    query = SavedQuery(name, _single(header, "description", where), parameters, cypher, path)
    _check_parameters(query, cypher, where)
    return query


def _name_and_dialect(path: Path) -> tuple[str, str]:
    """``("timeline", "embedded")`` for timeline.embedded.cypher, ``("timeline", "")`` for
    timeline.cypher."""
    name, _, dialect = path.name.removesuffix(".cypher").partition(".")
    return name, dialect


def _with_variant(query: SavedQuery | None, dialect: str, path: Path) -> SavedQuery:
    where = str(path)
    if query is None:
        raise LibraryError(f"{where}: a variant of a query that has no {_name_and_dialect(path)[0]}.cypher")
    if dialect not in DIALECTS:
        raise LibraryError(f"{where}: unknown dialect {dialect!r}; known: {', '.join(DIALECTS)}")
    header, cypher = _header(path.read_text(encoding="utf-8"), where)
    if set(header) != {"why"}:
        raise LibraryError(f"{where}: a variant's header is one '// why:' line saying why it is needed")
    _check_parameters(query, cypher, where)
    return SavedQuery(
        query.name, query.description, query.parameters, query.cypher, query.path,
        {**query.variants, dialect: cypher}, {**query.reasons, dialect: _single(header, "why", where)},
    )


def _header(text: str, where: str) -> tuple[dict[str, list[str]], str]:
    """The header's entries by key, and the Cypher after it. Other comment lines in the
    header are notes for the reader."""
    lines = text.splitlines()
    header: dict[str, list[str]] = {}
    position = 0
    while position < len(lines) and (lines[position].strip().startswith("//") or not lines[position].strip()):
        entry = _HEADER.fullmatch(lines[position].strip())
        if entry:
            key, value = entry.groups()
            header.setdefault(key, []).append(value.lstrip(":").strip())
        position += 1
    cypher = "\n".join(lines[position:]).strip()
    if not cypher:
        raise LibraryError(f"{where}: no Cypher after the header")
    return header, cypher


def _single(header: dict[str, list[str]], key: str, where: str) -> str:
    values = header.get(key, [])
    if len(values) != 1 or not values[0]:
        problem = "several" if len(values) > 1 else "no"
        raise LibraryError(f"{where}: {problem} '// {key}:' line{'s' if len(values) > 1 else ''} in the header")
    return values[0]


def _parameter(line: str, where: str) -> Parameter:
    found = _PARAMETER.fullmatch(line)
    if not found:
        raise LibraryError(f"{where}: cannot read parameter {line!r}; write '// param NAME: TYPE = DEFAULT'")
    name, kind, default = found["name"], found["type"], found["default"]
    if kind not in PARAMETER_TYPES:
        raise LibraryError(f"{where}: parameter {name} has unknown type {kind!r}; known: {', '.join(PARAMETER_TYPES)}")
    if default is None or not default.strip():
        return Parameter(name, kind, required=True)
    try:
        return Parameter(name, kind, Parameter(name, kind).parse(default))
    except (LibraryError, ValueError) as exc:
        raise LibraryError(f"{where}: default of {name}: {exc}") from None


def _check_parameters(query: SavedQuery, cypher: str, where: str) -> None:
    declared = [parameter.name for parameter in query.parameters]
    ids = {f"{parameter.name}_id": parameter.name for parameter in query.parameters if parameter.type == "entity"}
    used = {ids.get(name, name) for name in parameter_names(cypher)}
    if len(set(declared)) != len(declared):
        raise LibraryError(f"{where}: a parameter is declared twice")
    if set(declared) & set(ids):
        clash = sorted(set(declared) & set(ids))[0]
        raise LibraryError(f"{where}: parameter {clash} would hide the id of entity parameter {ids[clash]}")
    undeclared = sorted(used - set(declared))
    if undeclared:
        raise LibraryError(f"{where}: uses ${undeclared[0]} but declares no '// param {undeclared[0]}:'")
    unused = [name for name in declared if name not in used]
    if unused:
        raise LibraryError(f"{where}: declares parameter {unused[0]} but never uses ${unused[0]}")


def _typed(parameter: Parameter, given):
    return parameter.parse(given) if isinstance(given, str) else parameter.check(given)


def _resolved(store: GraphStore | None, parameter: Parameter, name: str | None, *, strict: bool):
    """The canonical name and the id of the entity called ``name``. Without a store or a
    name, or for a default (not ``strict``) the store does not hold, the name as it is
    and no id: a default names an entity of the seed corpus, which a store may lack."""
    entity = store.find_entity(name) if store is not None and name is not None else None
    if entity is None and strict and store is not None and name is not None:
        raise LibraryError(f"parameter {parameter.name}: no entity named {name!r} in the store")
    return (entity.name, entity.id) if entity else (name, None)


def _unquoted(text: str) -> str:
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    return text


def _split(text: str) -> list[str]:
    return [_unquoted(item.strip()) for item in text.split(",") if item.strip()]
