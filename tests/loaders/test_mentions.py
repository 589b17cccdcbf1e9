"""Finding entities in text, and the gazetteer that names them."""
from __future__ import annotations

from itertools import pairwise

import pytest

from graph.gazetteer import load_gazetteer, parse_gazetteer
from graph.schema import SchemaError, load_schema
from loaders.extract import extract_text
from loaders.mentions import DISCOVERED_CONFIDENCE, finder_for


@pytest.fixture(scope="module")
def find():
    finder = finder_for(load_gazetteer())

    def found(text: str) -> list[tuple[str, str, str]]:
        """``(surface, canonical name, label)`` of every mention, checking offsets on the way."""
        mentions = finder.find(text)
        for mention in mentions:
            assert text[mention.start:mention.end] == mention.text
        return [(m.text, m.name, m.label) for m in mentions]

    found.mentions = finder.find
    return found


# --- aliases, demonyms, capitals ------------------------------------------------------------

@pytest.mark.parametrize(
    "text, surface, name, label",
    [
        ("Officials in Moscow objected.", "Moscow", "Russia", "State"),
        ("Beijing welcomed the move.", "Beijing", "China", "State"),
        ("Washington imposed new curbs.", "Washington", "United States", "State"),
        ("A statement from the Kremlin followed.", "the Kremlin", "Russia", "State"),
        ("Tokyo scrambled jets.", "Tokyo", "Japan", "State"),
        ("Russian bombers flew south.", "Russian", "Russia", "State"),
        ("Chinese destroyers joined them.", "Chinese", "China", "State"),
        ("An Iranian frigate sailed.", "Iranian", "Iran", "State"),
        ("The USSR built it.", "USSR", "Soviet Union", "State"),
        ("The PLA fields new units.", "PLA", "People's Liberation Army", "ArmedForce"),
        ("The People’s Liberation Army deployed.", "People’s Liberation Army", "People's Liberation Army", "ArmedForce"),
        ("The PLAN sent a frigate.", "PLAN", "PLA Navy", "ArmedForce"),
        ("It fields the SA-21 Growler.", "SA-21 Growler", "S-400", "WeaponSystem"),
        ("The Flanker-E is agile.", "Flanker-E", "Su-35", "WeaponSystem"),
        ("The Sukhoi Su-35 is agile.", "Sukhoi Su-35", "Su-35", "WeaponSystem"),
        ("Members of the SCO met.", "SCO", "Shanghai Cooperation Organisation", "Organization"),
        ("NATO-led drills began.", "NATO", "North Atlantic Treaty Organization", "Organization"),
        ("The Quad met in Tokyo.", "Quad", "Quadrilateral Security Dialogue", "Organization"),
        ("The UN Security Council voted.", "UN Security Council", "United Nations Security Council", "Organization"),
        ("Projects of the BRI stalled.", "BRI", "Belt and Road Initiative", "Initiative"),
        ("They patrolled the Sea of Japan.", "Sea of Japan", "Sea of Japan", "Region"),
        ("Ships crossed the Pacific.", "Pacific", "Pacific Ocean", "Region"),
    ],
)
def test_surface_forms_resolve_to_canonical_entities(find, text, surface, name, label):
    assert (surface, name, label) in find(text)


def test_spelling_variants_of_designations(find):
    assert [name for _, name, _ in find("The Su–27, the Su 35 and the Su35 flew with MiG 29s.")] == ["Su-27", "Su-35", "Su-35", "MiG-29"]


# --- case rules -----------------------------------------------------------------------------

def test_short_acronyms_match_only_in_capitals(find):
    assert find("The US and the UK agreed.") == [("US", "United States", "State"), ("UK", "United Kingdom", "State")]
    assert find("Let us know; tell us more.") == []
    assert find("The plan is to sell.") == []
    assert find("Every sco member and a quad bike.") == []


def test_names_match_capitalised_or_in_capitals_but_not_lowercase(find):
    assert find("RUSSIA SOLD JETS") == [("RUSSIA", "Russia", "State")]
    assert find("Russia sold jets") == [("Russia", "Russia", "State")]
    assert find("russia sold jets") == []


def test_mentions_respect_word_boundaries(find):
    assert find("The Chinaware and Russiagate stories.") == []
    assert find("US-made jets") == [("US", "United States", "State")]


# --- plurals and leftmost-longest ----------------------------------------------------------

@pytest.mark.parametrize(
    "text, surface, name",
    [
        ("China bought 24 Su-35s.", "Su-35s", "Su-35"),
        ("The S-400s arrived.", "S-400s", "S-400"),
        ("Two Su-30MKKs landed.", "Su-30MKKs", "Su-30MKK"),
        ("China bought four Kilo-class submarines.", "Kilo-class submarines", "Kilo-class submarine"),
    ],
)
def test_plural_designations(find, text, surface, name):
    assert (surface, name, "WeaponSystem") in find(text)


def test_leftmost_longest_match_wins(find):
    assert find("The Su-30MKK entered service.") == [("Su-30MKK", "Su-30MKK", "WeaponSystem")]
    assert find("Then the Su-30 flew.") == [("Su-30", "Su-30", "WeaponSystem")]
    assert find("The Su-35S and the Su-35.") == [("Su-35S", "Su-35S", "WeaponSystem"), ("Su-35", "Su-35", "WeaponSystem")]
    assert [name for _, name, _ in find("The People's Liberation Army Navy sailed.")] == ["PLA Navy"]


def test_mentions_do_not_overlap_and_are_in_order(find):
    mentions = find.mentions("Moscow delivered Su-35s to the PLA Air Force and the PLA; the Su-79 followed in the Sea of Japan.")
    for before, after in pairwise(mentions):
        assert before.end <= after.start


# --- discovered designations ---------------------------------------------------------------

@pytest.mark.parametrize(
    "text, surface, name, label",
    [
        ("The Su-79 flew in 2031.", "Su-79", "Su-79", "WeaponSystem"),
        ("China fielded the J-36A.", "J-36A", "J-36A", "WeaponSystem"),  # no J-36 in the gazetteer: a variant of a known system is that system
        ("China launched a Type 078 amphibious assault ship.", "Type 078 amphibious assault ship", "Type 078 amphibious assault ship", "WeaponSystem"),
        ("Russia launched an Ivanovo-class frigate.", "Ivanovo-class frigate", "Ivanovo-class frigate", "WeaponSystem"),
        ("The navy commissioned two Zircon-class corvettes.", "Zircon-class corvettes", "Zircon-class corvette", "WeaponSystem"),
        ("Russia held the Ocean-2031 exercise in the Pacific.", "Ocean-2031", "Ocean-2031", "Exercise"),
        ("Units joined the Joint Sea-2031 drills.", "Joint Sea-2031", "Joint Sea-2031", "Exercise"),
        ("Ships of the Tihany Fleet sailed.", "Tihany Fleet", "Tihany Fleet", "ArmedForce"),
    ],
)
def test_new_designations_are_discovered_with_lower_confidence(find, text, surface, name, label):
    mentions = [m for m in find.mentions(text) if m.text == surface]
    assert len(mentions) == 1
    mention = mentions[0]
    assert (mention.name, mention.label) == (name, label)
    assert mention.discovered and mention.kind == "discovered"
    assert mention.confidence == DISCOVERED_CONFIDENCE < 1


def test_discovered_entities_and_their_relations_carry_the_lower_confidence():
    extraction = extract_text("Russia sold the Su-79 to Algeria in 2031.")
    entities = {entity.name: entity for entity in extraction.entities}
    assert entities["Su-79"].discovered and entities["Su-79"].confidence < 1 and entities["Su-79"].aliases == ()
    assert not entities["Russia"].discovered and "Moscow" in entities["Russia"].aliases
    sale = next(r for r in extraction.relations if r.type == "SOLD")
    assert (sale.source, sale.target, sale.properties["to"]) == ("Russia", "Su-79", "Algeria")
    assert sale.confidence < 1


def test_known_designations_are_not_discovered(find):
    for mention in find.mentions("Russia sold the Su-35 and the S-400 to China before Vostok-2018."):
        assert not mention.discovered
        assert mention.confidence == 1.0


def test_a_year_after_a_word_is_an_exercise_only_near_an_exercise_word(find):
    assert find("Ocean-2031 was a good year for shipping.") == []


@pytest.mark.parametrize(
    "text, names",
    [
        ("The Ivanovo-class frigate sailed.", ["Ivanovo-class frigate"]),
        ("The Ocean-2031 exercise began.", ["Ocean-2031"]),
        ("Four Kilo-class submarines arrived.", ["Kilo-class submarine"]),
        ("China bought Russian Kilo-class submarines in 1994.", ["China", "Russia", "Kilo-class submarine"]),
        ("Chinese Sovremenny-class destroyers sailed.", ["China", "Sovremenny-class destroyer"]),
        ("The Russian Vostok-2018 exercise began.", ["Russia", "Vostok-2018"]),
    ],
)
def test_a_discovered_name_does_not_swallow_the_words_before_it(find, text, names):
    assert [name for _, name, _ in find(text)] == names


# --- no false hits -------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    ["A 50 percent rise in exports.", "Be 12 minutes early.", "CH4 emissions rose.", "In 2020 there were 3 tests.", "As 400 troops left."],
)
def test_numbers_after_common_words_are_not_designations(find, text):
    assert [m for m in find(text) if m[2] == "WeaponSystem"] == []


def test_tu_95_without_hyphen_is_a_designation(find):
    assert ("Tu 95", "Tu-95", "WeaponSystem") in find("A Tu 95 flew.")


def test_an_124_page_report_is_not_an_aircraft(find):
    assert find("An 124-page report was published.") == []


# --- names beyond the Russia-China literature -------------------------------------------------

@pytest.mark.parametrize(
    "text, names",
    [
        ("Guinea-Bissau and Equatorial Guinea signed; Guinea did not.", ["Guinea-Bissau", "Equatorial Guinea", "Guinea"]),
        ("Troops from Papua New Guinea arrived.", ["Papua New Guinea"]),
        ("South Sudan accused Sudan.", ["South Sudan", "Sudan"]),
        ("Patrols off Northern Cyprus alarmed Cyprus.", ["Northern Cyprus", "Cyprus"]),
        ("Militants in the Niger Delta and around Lake Chad.", ["Niger Delta", "Lake Chad"]),
        ("The Dominican Republic voted.", ["Dominican Republic"]),
    ],
)
def test_a_longer_name_shields_the_state_inside_it(find, text, names):
    assert [name for _, name, _ in find(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "A spike in prices followed. Spike Lee spoke.",
        "A hawk circled the field; Tiger and Boxer are dogs.",
        "Fatah officials met in Ramallah.",
        "Akash and Emad met Dhruv for lunch.",
        "A Tornado hit the town; the Hunter class was full.",
    ],
)
def test_weapon_names_that_are_also_words_or_given_names_need_their_longer_form(find, text):
    assert [m for m in find(text) if m[2] == "WeaponSystem"] == []


def test_a_variant_designation_is_its_own_entity_not_an_alias_of_the_family(find):
    assert [name for _, name, _ in find("The C-130 and the C-130J; the AH-64 and the AH-64E.")] == ["C-130", "C-130J", "AH-64", "AH-64E"]
    gazetteer = load_gazetteer()
    assert gazetteer.get("C-130J").get("variant_of") == "C-130"
    assert gazetteer.get("AH-64E").get("variant_of") == "AH-64"


def test_leaders_and_capitals_stand_for_their_states(find):
    assert [name for _, name, _ in find("Macron met Modi in Nairobi; Erdogan called Amman.")] == ["France", "India", "Kenya", "Turkey", "Jordan"]


def test_an_exercise_series_written_in_capitals_names_its_instances(find):
    assert ("Aman-2023", "AMAN-2023", "Exercise") in find("The Pakistan Navy hosted the Aman-2023 exercise.")
    assert find("Aman joined the navy.") == []


# --- the gazetteer --------------------------------------------------------------------------

def test_shipped_gazetteer_is_large_and_covers_every_entity_label():
    gazetteer = load_gazetteer()
    assert len(gazetteer) >= 250
    for label in load_schema().entity_labels:
        assert len(gazetteer.by_label(label)) >= 1, label
    assert {entry.label for entry in gazetteer.entries.values()} == set(load_schema().entity_labels)
    assert len(load_schema().entity_labels) == 8


def test_gazetteer_references_point_at_known_entities_of_the_right_label():
    gazetteer = load_gazetteer()
    for entry in gazetteer.by_label("ArmedForce"):
        state = gazetteer.get(entry.get("state")) if entry.get("state") else None
        if state is not None:
            assert state.label == "State"
    assert gazetteer.get(gazetteer.get("PLA Navy").get("state")).name == "China"


def test_resolve_is_exact_then_case_insensitive():
    gazetteer = load_gazetteer()
    assert gazetteer.resolve("Moscow").name == "Russia"
    assert gazetteer.resolve("MOSCOW").name == "Russia"
    assert gazetteer.resolve("Atlantis") is None


STATES = {"label": "State", "entities": [{"name": "Ruritania", "aliases": ["Ruritanian Kingdom"], "capitals": ["Strelsau"]}]}


def test_a_small_valid_gazetteer_parses():
    forces = {"label": "ArmedForce", "entities": [{"name": "Ruritanian Navy", "state": "Ruritania"}]}
    gazetteer = parse_gazetteer({"states.yaml": STATES, "forces.yaml": forces})
    assert gazetteer.resolve("Strelsau").name == "Ruritania"
    assert gazetteer.get("Ruritanian Navy").get("state") == "Ruritania"


def test_dangling_state_reference_is_refused():
    forces = {"label": "ArmedForce", "entities": [{"name": "Grand Fenwick Navy", "state": "Grand Fenwick"}]}
    with pytest.raises(SchemaError) as error:
        parse_gazetteer({"states.yaml": STATES, "forces.yaml": forces})
    message = str(error.value)
    assert "Grand Fenwick Navy" in message and "'state'" in message and "'Grand Fenwick'" in message
    assert "State" in message


def test_reference_to_an_entity_of_the_wrong_label_is_refused():
    forces = {"label": "ArmedForce", "entities": [{"name": "Ruritanian Navy", "state": "Ruritanian Navy"}]}
    with pytest.raises(SchemaError, match="not a known State"):
        parse_gazetteer({"states.yaml": STATES, "forces.yaml": forces})


def test_alias_shared_by_two_entities_is_refused():
    states = {"label": "State", "entities": [{"name": "Ruritania", "aliases": ["RU"]}, {"name": "Rusland", "aliases": ["RU"]}]}
    with pytest.raises(SchemaError) as error:
        parse_gazetteer({"states.yaml": states})
    message = str(error.value)
    assert "'RU'" in message and "Ruritania" in message and "Rusland" in message


def test_surface_form_shared_across_files_and_kinds_is_refused():
    organizations = {"label": "Organization", "entities": [{"name": "Strelsau Pact", "acronyms": ["Strelsau"]}]}
    with pytest.raises(SchemaError, match="'Strelsau' names both"):
        parse_gazetteer({"states.yaml": STATES, "organizations.yaml": organizations})


def test_a_gazetteer_file_that_is_not_yaml_is_refused_in_one_line_naming_it(tmp_path):
    (tmp_path / "states.yaml").write_text("label: State\nentities: [{name: Ruritania\n", encoding="utf-8")
    with pytest.raises(SchemaError) as error:
        load_gazetteer(tmp_path)
    message = str(error.value)
    assert "states.yaml" in message and "cannot read gazetteer file" in message and "\n" not in message


def test_entity_declared_twice_is_refused_naming_both_files():
    with pytest.raises(SchemaError) as error:
        parse_gazetteer({"states.yaml": STATES, "more_states.yaml": STATES})
    assert "Ruritania" in str(error.value) and "states.yaml" in str(error.value)


@pytest.mark.parametrize(
    "files, problem",
    [
        ({"x.yaml": {"label": "Statee", "entities": []}}, "label"),
        ({"x.yaml": {"label": "State"}}, "entities"),
        ({"x.yaml": {"label": "State", "entities": [{"aliases": ["X"]}]}}, "name"),
        ({"x.yaml": {"label": "State", "entities": [{"name": "Ruritania", "kind": "kingdom"}]}}, "kind"),
        ({"x.yaml": {"label": "State", "entities": [{"name": "Ruritania", "aliases": "Strelsau"}]}}, "aliases"),
    ],
)
def test_malformed_gazetteer_files_are_refused_naming_the_problem(files, problem):
    with pytest.raises(SchemaError) as error:
        parse_gazetteer(files)
    assert "x.yaml" in str(error.value) and problem in str(error.value)


@pytest.mark.parametrize("extra", [{"capitals_of": "Ruritania"}, {"until": 1918}, {"capitals_of": "Ruritania", "until": "1918"}])
def test_a_former_capital_holder_needs_both_the_state_and_a_year(extra):
    states = {"label": "State", "entities": STATES["entities"] + [dict({"name": "Greater Ruritania", "historical": True}, **extra)]}
    with pytest.raises(SchemaError, match="'capitals_of' and 'until'"):
        parse_gazetteer({"states.yaml": states})


def test_a_former_capital_holder_must_name_a_known_state():
    states = {"label": "State", "entities": STATES["entities"] + [{"name": "Greater Ruritania", "capitals_of": "Kreutzberg", "until": 1918}]}
    with pytest.raises(SchemaError, match="not a known State"):
        parse_gazetteer({"states.yaml": states})


def test_a_howitzer_is_named_by_its_bare_designation():
    assert load_gazetteer().resolve("K9").name == "K9 Thunder"
