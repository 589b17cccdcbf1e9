"""Fleet lists, inventories and country profiles of regional militaries (session 8, dev21's
causes). Every sentence and table here is written for these tests; none is taken from a corpus
or evaluation document."""
from __future__ import annotations

import pytest

# the fixture that reads a Markdown document written for a test
from tests.loaders.test_fleet_tables import facts  # noqa: F401


# --- fleet-list tables: "| Class | Type | ... |" and a column of services ------------------------

def fleet_list(heading: str, header: str, *rows: str) -> str:
    rule = "|" + "---|" * (header.count("|") - 1)
    return "\n".join([f"# {heading}", "", "Ships listed by class, as of this year.", "", header, rule, *rows, ""])


def test_a_ship_class_column_is_the_system_and_the_type_column_only_its_kind(facts):
    text = fleet_list(
        "Royal Thai Navy - ships and submarines",
        "| Class | Type | Hulls | Acquired from | Entered service |",
        "| Type 209 | Submarine | 1 | Germany | 2011 |",
    )
    found = facts(text, "ACQUIRED", "SOLD", "OPERATES")
    assert {("Royal Thai Navy", "OPERATES", "Type 209 submarine"), ("Royal Thai Navy", "ACQUIRED", "Type 209 submarine"),
            ("Germany", "SOLD", "Type 209 submarine")} <= found
    assert not {f for f in found if f[2] == "Submarine"}


def test_a_class_with_no_date_of_entry_was_bought_but_is_not_in_service(facts):
    text = fleet_list(
        "Royal Thai Navy - ships and submarines",
        "| Class | Type | Hulls | Acquired from | Entered service |",
        "| Type 209 | Submarine | 1 | Germany | - |",
    )
    found = facts(text, "ACQUIRED", "OPERATES")
    assert ("Royal Thai Navy", "ACQUIRED", "Type 209 submarine") in found
    assert ("Royal Thai Navy", "OPERATES", "Type 209 submarine") not in found


@pytest.mark.parametrize("row", [
    "| Type 209 | Submarine | 1 | Germany | offered in 2019, no contract |",
    "| Type 209 | Submarine | 1 | Germany | shelved |",
])
def test_a_hedged_row_of_a_fleet_list_yields_nothing(row, facts):
    text = fleet_list("Royal Thai Navy - ships and submarines", "| Class | Type | Hulls | Acquired from | Entered service |", row)
    assert facts(text, "ACQUIRED", "SOLD", "OPERATES") == set()


def test_a_column_of_navies_names_each_rows_owner_not_the_heading_above(facts):
    text = "\n".join([
        "# Submarine arms of the region", "",
        "## Thailand", "", "Bangkok still waits for its first boat.", "",
        "## Summary", "",
        "| Navy | Boats in service | Classes |", "|---|---|---|",
        "| Myanmar Navy | 2 | Kilo-class |",
        "| Royal Malaysian Navy | 2 | Scorpène |",
        "| Royal Thai Navy | none yet | - |", "",
    ])
    found = facts(text, "ACQUIRED", "SOLD", "OPERATES")
    assert {("Myanmar Navy", "OPERATES", "Kilo-class submarine"), ("Royal Malaysian Navy", "OPERATES", "Scorpène-class submarine")} <= found
    assert not {f for f in found if f[0] in ("Thailand", "Royal Thai Navy")}
    # an inventory says who fields a class, not who bought it
    assert not {f for f in found if f[1] == "ACQUIRED"}


# --- a force's acronym given in brackets; "entered operational service with" -------------------

def test_an_acronym_given_in_brackets_after_a_force_names_that_force_later(facts):
    text = ("The Indonesian Air Force (TNI-AU) is re-equipping. "
            "The Royal Thai Air Force (RTAF) keeps its older jets: the F-5 fighters remain in service with the RTAF.\n")
    assert ("Royal Thai Air Force", "OPERATES", "F-5") in facts(text, "OPERATES")


def test_an_acronym_that_already_names_something_keeps_its_own_meaning(facts):
    text = "The Royal Thai Air Force (NATO) is no such thing. The F-5 fighters remain in service with NATO members.\n"
    assert ("Royal Thai Air Force", "OPERATES", "F-5") not in facts(text, "OPERATES")


@pytest.mark.parametrize("sentence, expected", [
    ("The Gripen E entered operational service with the Royal Thai Air Force in 2011.", True),
    ("Its first JF-17s entered front-line service with the Nigerian Air Force last year.", True),
    ("The Gripen E has not entered operational service with the Royal Thai Air Force.", False),
    ("The Gripen E is expected to enter operational service with the Royal Thai Air Force in 2031.", False),
    ("The Gripen E may never enter operational service with the Royal Thai Air Force.", False),
])
def test_entering_operational_service_with_a_force_is_being_operated_by_it(sentence, expected, facts):
    found = facts(sentence + "\n", "OPERATES")
    assert bool({f for f in found if f[0] in ("Royal Thai Air Force", "Nigerian Air Force")}) is expected


def test_people_trained_somewhere_do_not_take_part_in_the_last_exercise_named(facts):
    text = ("Thailand hosted Cobra Gold 2025 in Chonburi.\n\n"
            "Separately, Sweden agreed to help Thailand maintain its jets, and 40 Thai technicians were trained in Sweden.\n")
    assert facts(text, "PARTICIPATED_IN") == set()


# --- the buyer of a country profile, named only in its title --------------------------------

def profile(title: str, *paragraphs: str) -> str:
    return "\n\n".join([f"# {title}", "The country keeps small forces, mostly for coastal and internal duties.", *paragraphs]) + "\n"


def test_a_delivery_with_no_buyer_in_a_country_profile_went_to_the_country_of_its_title(facts):
    text = profile("Sri Lanka", "## Air force", "Four Mi-171 helicopters were received from Russia in 2019.")
    found = facts(text, "ACQUIRED", "SOLD")
    assert {("Sri Lanka", "ACQUIRED", "Mi-171"), ("Russia", "SOLD", "Mi-171")} <= found


def test_the_profile_of_a_force_makes_that_force_the_buyer(facts):
    text = profile("Royal Thai Navy: the fleet today", "Two frigates were handed over by South Korea in 2018 and 2024, and one S26T arrived from China this year.")
    assert ("Royal Thai Navy", "ACQUIRED", "S26T") in facts(text, "ACQUIRED")


def test_a_second_source_after_from_is_no_rival_buyer(facts):
    # "from Pakistan" gives the next system's source; the title's state still bought the first
    text = profile("Sri Lanka", "Four Mi-171 helicopters were received from Russia in 2019, and two more patrol craft followed from Pakistan.")
    assert ("Sri Lanka", "ACQUIRED", "Mi-171") in facts(text, "ACQUIRED")


@pytest.mark.parametrize("title, sentence", [
    # the sentence names another state that may have bought them
    ("Sri Lanka", "Four Mi-171 helicopters were received from Russia by Nepal in 2019."),
    ("Sri Lanka", "Nepal says four Mi-171 helicopters were received from Russia in 2019."),
    # a title that names a place by its capital is no country profile
    ("Trade fair notes, Colombo", "Four Mi-171 helicopters were received from Russia in 2019."),
    # a buyer stated, if not by name
    ("Sri Lanka", "The Mi-171 was exported to more than forty countries by Russia."),
])
def test_no_title_buyer_where_the_sentence_or_the_title_says_otherwise(title, sentence, facts):
    assert ("Sri Lanka", "ACQUIRED", "Mi-171") not in facts(profile(title, sentence), "ACQUIRED")


@pytest.mark.parametrize("sentence", [
    "Four Mi-171 helicopters may be received from Russia next year.",
    "Four Mi-171 helicopters were never received from Russia.",
    "Whether four Mi-171 helicopters were received from Russia is unclear.",
])
def test_a_hedged_or_denied_delivery_in_a_profile_gives_the_title_no_purchase(sentence, facts):
    assert facts(profile("Sri Lanka", sentence), "ACQUIRED", "SOLD") == set()


def test_a_short_acronym_in_a_title_written_in_capitals_is_no_owner(facts):
    text = "ANNUAL REPORT ON THE FLEET RENEWAL PLAN\n\nFour Mi-171 helicopters were received from Russia in 2019.\n"
    assert ("PLA Navy", "ACQUIRED", "Mi-171") not in facts(text, "ACQUIRED")


# --- a participle on a system with no buyer named; sellers of systems in a row ---------------

@pytest.mark.parametrize("sentence", [
    "Airlift rests on three C-295 aircraft bought from Spain in 2015.",
    "Airlift rests on three C-295 aircraft bought second-hand from Spain in 2015.",
    "Airlift rests on three C-295s, bought from Spain in 2015.",
    pytest.param("Airlift improved with three C-295s, bought from Spain in 2015.", marks=pytest.mark.xfail(
        strict=True, reason="a system after 'with' is set aside as a deal partner or helper before the participle on it is read")),
])
def test_a_system_bought_from_a_seller_names_the_seller_when_no_buyer_is_named(sentence, facts):
    assert ("Spain", "SOLD", "C-295") in facts(sentence + "\n", "SOLD")


@pytest.mark.parametrize("sentence", [
    "Airlift might one day rest on three C-295 aircraft bought from Spain.",
    "Its engineers examined a C-295 mock-up obtained from Spain.",
])
def test_an_imagined_or_studied_system_names_no_seller(sentence, facts):
    assert facts(sentence + "\n", "SOLD", "ACQUIRED") == set()


def test_the_seller_after_a_second_system_is_that_systems_seller(facts):
    text = "Ghana flies four K-8 trainers bought from China in 2015 and two C-295 aircraft from Spain.\n"
    found = facts(text, "SOLD", "ACQUIRED")
    assert ("China", "SOLD", "K-8") in found
    assert ("Spain", "SOLD", "K-8") not in found and ("Ghana", "ACQUIRED", "K-8") in found


def test_an_improved_kilo_in_lower_case_is_the_project_636(facts):
    text = "Algeria's newest boat, an improved Kilo-class submarine, entered service with the Algerian Navy in 2019.\n"
    assert ("Algerian Navy", "OPERATES", "Project 636 Varshavyanka") in facts(text, "OPERATES")


# --- who leads or owns an exercise is not where it is held, nor a participant ------------------

@pytest.mark.parametrize("sentence, participant, exercise", [
    ("The Sri Lanka Navy joins the US-led CARAT series every year.", "Sri Lanka Navy", "CARAT"),
    ("The Sri Lanka Navy sent a corvette to India's MILAN gathering in 2022.", "Sri Lanka Navy", "MILAN"),
])
def test_the_leader_or_owner_of_an_exercise_neither_holds_it_nor_takes_part(sentence, participant, exercise, facts):
    found = facts(sentence + "\n", "PARTICIPATED_IN", "HELD_IN")
    assert (participant, "PARTICIPATED_IN", exercise) in found
    assert not {f for f in found if f[1] == "HELD_IN" or f[0] in ("United States", "India")}


def test_a_place_named_as_the_location_still_holds_the_exercise(facts):
    text = "The Sri Lanka Navy sent a corvette to MILAN, held in India in 2022.\n"
    assert ("MILAN", "HELD_IN", "India") in facts(text, "HELD_IN")


# --- arrivals at a base, the force they were for; comments and phrasal verbs -----------------

@pytest.mark.parametrize("sentence", [
    "The first three JF-17 fighters for the Nigerian Air Force arrived at Makurdi from Pakistan in 2021.",
    "Three JF-17 fighters for the Nigerian Air Force were delivered by Pakistan in 2021.",
])
def test_what_arrived_for_a_force_from_a_seller_was_sold_to_that_force(sentence, facts):
    found = facts(sentence + "\n", "SOLD", "ACQUIRED")
    assert {("Pakistan", "SOLD", "JF-17"), ("Nigerian Air Force", "ACQUIRED", "JF-17")} <= found


@pytest.mark.parametrize("sentence", [
    "Three JF-17 fighters for the Nigerian Air Force may arrive at Makurdi from Pakistan next year.",
    "Three JF-17 fighters for the Nigerian Air Force never arrived at Makurdi from Pakistan.",
])
def test_an_arrival_still_to_come_or_denied_gives_nothing(sentence, facts):
    assert facts(sentence + "\n", "SOLD", "ACQUIRED") == set()


def test_a_comment_without_its_relative_pronoun_is_no_part_of_the_clause(facts):
    text = "Australia sent F-35A fighters to Pitch Black 2024, a move Jakarta welcomed.\n"
    found = facts(text, "PARTICIPATED_IN")
    assert ("Australia", "PARTICIPATED_IN", "Pitch Black") in found
    assert ("Indonesia", "PARTICIPATED_IN", "Pitch Black") not in found


def test_building_up_a_defence_makes_nothing(facts):
    assert facts("Jakarta studies the BrahMos missile as Hanoi builds up its coastal defence\n", "PRODUCED") == set()
    assert ("Vietnam", "PRODUCED", "BrahMos") in facts("Hanoi builds BrahMos launchers under licence.\n", "PRODUCED")


# --- what a fleet consists of; a family glossed in brackets; a relative clause on the subject --

@pytest.mark.parametrize("text", [
    "The Sri Lanka Air Force's front line consists of six Kfir fighters and four MiG-27s.\n",
    "The Sri Lanka Air Force is small. Its combat fleet comprises four MiG-27s.\n",
    "The Sri Lanka Navy's surface fleet includes two Type 053H2G frigates and four MiG-27s.\n",
])
def test_what_an_owners_fleet_consists_of_it_operates(text, facts):
    found = facts(text, "OPERATES")
    assert {f[0] for f in found if f[2] == "MiG-27"} & {"Sri Lanka Air Force", "Sri Lanka Navy"}


@pytest.mark.parametrize("text", [
    "The Sri Lanka Air Force is small. Its front line may one day consist of four MiG-29s.\n",
    "The Sri Lanka Air Force's fleet does not include MiG-29s.\n",
    "The world's largest fleet of MiG-29s includes none from Sri Lanka.\n",
])
def test_a_fleet_that_only_may_include_or_does_not_include_a_system_gives_nothing(text, facts):
    assert facts(text, "OPERATES") == set()


def test_a_family_in_brackets_after_a_variant_only_glosses_it(facts):
    text = "The Algerian Navy commissioned two Project 636 (Kilo-class) submarines in 2019.\n"
    found = facts(text, "OPERATES")
    assert ("Algerian Navy", "OPERATES", "Project 636 Varshavyanka") in found
    assert ("Algerian Navy", "OPERATES", "Kilo-class submarine") not in found


def test_the_head_of_a_subject_with_an_object_relative_is_what_serves(facts):
    text = "The MiG-21 fighters that the Tejas replaces remain in service with the Indian Air Force.\n"
    found = facts(text, "OPERATES")
    assert ("Indian Air Force", "OPERATES", "MiG-21") in found
    assert ("Indian Air Force", "OPERATES", "Tejas") not in found


# --- fellow members after "with"; a negated factive that brings a fact in ----------------------

def test_fellow_members_named_with_the_body_are_members_too(facts):
    text = "Brunei belongs to ASEAN with Laos, Cambodia and Myanmar.\n"
    found = facts(text, "MEMBER_OF")
    assert {(state, "MEMBER_OF", "Association of Southeast Asian Nations") for state in ("Brunei", "Laos", "Cambodia", "Myanmar")} <= found


@pytest.mark.parametrize("text", [
    "Brunei may one day belong to ASEAN with Laos and Cambodia.\n",
    "Timor-Leste does not yet belong to ASEAN with Laos and Cambodia.\n",
])
def test_a_hedged_or_negated_membership_names_no_fellow_members(text, facts):
    assert not {f for f in facts(text, "MEMBER_OF") if f[0] in ("Laos", "Cambodia")}


@pytest.mark.parametrize("sentence, expected", [
    ("Hanoi's planners have not forgotten that Vietnam fought a border war with China in 1979.", True),
    ("It is no secret that Vietnam fought a border war with China in 1979.", True),
    ("Hanoi's planners have not forgotten the border war, and Vietnam has not fought China since.", False),
])
def test_a_negated_factive_verb_does_not_negate_the_fact_it_brings_in(sentence, expected, facts):
    assert bool(facts(sentence + "\n", "CLASHED_WITH")) is expected


# --- a system "transferred from" a giver -------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The navy took over two Jiangwei II-class frigates transferred from China in 2019.",
    "Its patrol arm grew with four Island-class boats, all former ships donated from the United States in 2018.",
    pytest.param("Two Jiangwei II-class frigates were transferred from China in 2019.", marks=pytest.mark.xfail(
        strict=True, reason="the passive 'were transferred' is read first, wants its giver after 'by', and keeps the span")),
])
def test_a_system_transferred_or_donated_from_a_giver_was_sold_by_it(sentence, facts):
    found = facts(sentence + "\n", "SOLD")
    assert {f[0] for f in found} & {"China", "United States"}


@pytest.mark.parametrize("sentence", [
    "Two Jiangwei II-class frigates may be transferred from China next year.",
    "Crews transferred from China to Pakistan in 2019 to train on the frigates.",
])
def test_no_transfer_from_a_giver_where_it_is_to_come_or_nothing_was_given(sentence, facts):
    assert facts(sentence + "\n", "SOLD") == set()


# --- "built for it by" a maker --------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The Royal Thai Navy commissioned HTMS Bhumibol, one of the Bhumibol Adulyadej-class frigates built for it by Hanwha Ocean in South Korea.",
    "Three Daegu-class frigates, built for the navy by Hanwha Ocean, arrived in 2019.",
])
def test_a_maker_after_built_for_the_buyer_made_it(sentence, facts):
    found = facts(sentence + "\n", "PRODUCED")
    assert {f for f in found if f[0] == "Hanwha Ocean"}


def test_a_system_that_may_be_built_for_a_buyer_has_no_maker_yet(facts):
    text = "The Royal Thai Navy wants two frigates that may be built for it by Hanwha Ocean.\n"
    assert not {f for f in facts(text, "PRODUCED") if f[0] == "Hanwha Ocean"}


def test_a_state_named_as_host_is_the_host_not_thereby_a_participant(facts):
    text = "In 2024 the Sri Lanka Navy held SLINEX with the Indian Navy off Trincomalee, with Sri Lanka as host.\n"
    found = facts(text, "PARTICIPATED_IN", "HOSTED")
    assert ("Sri Lanka", "HOSTED", "SLINEX") in found and ("Sri Lanka Navy", "PARTICIPATED_IN", "SLINEX") in found
    assert not {f for f in found if f[0] == "Sri Lanka" and f[1] == "PARTICIPATED_IN"}


# --- the giver of military aid; the buyer after an order's date ---------------------------------

def test_the_state_whose_military_aid_package_handed_systems_over_sold_them(facts):
    text = "Six Mi-17 helicopters were handed to the Nigerian Air Force at Makurdi under a US military aid package.\n"
    found = facts(text, "SOLD", "ACQUIRED")
    assert {("United States", "SOLD", "Mi-17"), ("Nigerian Air Force", "ACQUIRED", "Mi-17")} <= found


def test_systems_that_may_be_handed_over_under_an_aid_package_give_nothing(facts):
    text = "Six Mi-17 helicopters may be handed to the Nigerian Air Force under a US military aid package.\n"
    assert facts(text, "SOLD", "ACQUIRED") == set()


def test_the_buyer_after_an_orders_date_in_a_delivery_noun_is_the_buyer(facts):
    text = "Saab completed deliveries of the six Gripen E fighters ordered in 2022 to the Royal Thai Air Force.\n"
    found = facts(text, "SOLD", "ACQUIRED")
    assert {("Saab", "SOLD", "Gripen E"), ("Royal Thai Air Force", "ACQUIRED", "Gripen E")} <= found


def test_deliveries_still_to_be_completed_give_nothing(facts):
    text = "Saab may complete deliveries of the six Gripen E fighters ordered in 2022 to the Royal Thai Air Force in 2027.\n"
    assert facts(text, "SOLD", "ACQUIRED") == set()


def test_only_a_header_that_is_a_service_names_the_rows_owners():
    from loaders.tables import header_roles
    assert header_roles(["Navy", "Boats in service", "Types"])["buyer"] == 0
    assert "buyer" not in header_roles(["Class", "Years of service", "Supplier"])
