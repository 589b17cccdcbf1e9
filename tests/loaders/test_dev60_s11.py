"""What a new author's set (dev60: alignment and hostility between states in a foreign ministry's
press briefing, a law firm's sanctions alert, a regional editorial, a maritime-incident
chronology, an alliance-network explainer with a "Pair | Instrument | Year | Status" table, a
radio phone-in and a risk newsletter) showed the rules missing: clashes told as "an exchange of
strikes between A and B", "after a naval battle with B" and "struck B-ian sites"; a clause's
subject after ", and" taken for a side of the war before it; a protest as a second predicate
("summons its envoy and protests to Beijing"); a statement issued by states that criticises; a
ministry speaking for the state "its" means; a named instrument
"which is an alliance in all but name"; a signer right before "its own agreement"; a tie signed
but never ratified; alignment table rows; and a second sanctioner who "followed suit". Every
sentence here is written for these tests; none is taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from loaders.extract import default_extractor
from loaders.readers import read_bytes
from tests.loaders.sentences import facts


def page_ties(text: str, name: str) -> set[tuple]:
    """The partnerships found in a markdown page ``text`` saved as ``name``, each pair sorted."""
    document = read_bytes(text.encode("utf-8"), f"docs/{name}")
    found = default_extractor().extract_document(document).relations
    return {tuple(sorted((r.source, r.target))) for r in found if r.type == "PARTNERS_WITH"}


# --- clashes: "an exchange of strikes between", "after a battle with", "struck Iranian sites" ---------

@pytest.mark.parametrize("text, pair", [
    ("A year after the April exchange of artillery and rocket strikes between Armenia and Azerbaijan, talks resumed.",
     ("Armenia", "Azerbaijan")),
    ("The exchange of fire between Thailand and Cambodia lasted four days.", ("Cambodia", "Thailand")),
    ("Vietnamese troops withdrew after a border battle with China in 1979.", ("China", "Vietnam")),
    ("Peru lost a pitched battle with Ecuador in 1995.", ("Ecuador", "Peru")),
    ("During the war the United States bombed Iranian air bases.", ("Iran", "United States")),
    ("In 2024 Pakistan struck Iranian targets after a raid on its soil.", ("Iran", "Pakistan")),
])
def test_clashes_told_as_exchanges_battles_and_strikes_on_a_demonym(text, pair):
    assert ("CLASHED_WITH" in {t for _, t, _ in facts(text, "CLASHED_WITH")}
            and {tuple(sorted((s, o))) for s, _, o in facts(text, "CLASHED_WITH")} == {pair})


@pytest.mark.parametrize("text", [
    "An exchange of strikes between Armenia and Azerbaijan was feared by diplomats but never happened.",
    "A naval battle with China would be disastrous for Vietnam.",
    "The United States did not strike Iranian nuclear sites.",
    "The United States may strike Iranian nuclear sites if the talks fail.",
    "Planners asked whether a battle with Ecuador could be avoided.",
])
def test_feared_hypothetical_and_denied_clashes_give_nothing(text):
    assert not facts(text, "CLASHED_WITH")


@pytest.mark.parametrize("text, pairs", [
    ("Eritrea and Ethiopia fought a border war in 1998, and Djibouti stayed neutral.", {("Eritrea", "Ethiopia")}),
    ("Ecuador and Peru fought a short war in 1995, and Brazil mediated the peace.", {("Ecuador", "Peru")}),
])
def test_the_next_clause_subject_is_no_side_of_the_war(text, pairs):
    assert {tuple(sorted((s, o))) for s, _, o in facts(text, "CLASHED_WITH")} == pairs


def test_south_vietnam_is_a_historical_state():
    text = "In 1974 China fought South Vietnam for the Paracel Islands; South Vietnamese sailors died."
    assert ("China", "CLASHED_WITH", "South Vietnam") in facts(text, "CLASHED_WITH")
    assert "Vietnam" not in {o for _, _, o in facts(text, "CLASHED_WITH")}


# --- oppositions: a second predicate, a statement issued, a ministry for its state ------------------

@pytest.mark.parametrize("text, expected", [
    ("Malaysia recalls Israel's envoy and protests to Tel Aviv over the raid.", {("Malaysia", "OPPOSES", "Israel")}),
    ("Chile and Peru issued a joint statement condemning Venezuela's crackdown.",
     {("Chile", "OPPOSES", "Venezuela"), ("Peru", "OPPOSES", "Venezuela")}),
    ("Kenya released a communiqué criticising Somalia for the border closure.", {("Kenya", "OPPOSES", "Somalia")}),
    ("Mexico stayed calm at first. Then its foreign ministry denounced Ecuador for the embassy raid.",
     {("Mexico", "OPPOSES", "Ecuador")}),
])
def test_protests_statements_and_ministries_give_the_stance_of_the_state(text, expected):
    assert expected <= facts(text, "OPPOSES")


def test_a_ministry_speaks_for_its_state_not_for_the_last_name_before_it():
    text = "Beijing has attacked the Quad for years. It has criticised NATO too, and its foreign ministry accused Tokyo of provocation."
    found = facts(text, "OPPOSES")
    assert ("China", "OPPOSES", "Japan") in found
    assert not any(s == "North Atlantic Treaty Organization" for s, _, _ in found)


@pytest.mark.parametrize("text", [
    "Chile and Peru may issue a joint statement condemning Venezuela's crackdown.",
    "Chile and Peru did not issue a statement condemning Venezuela.",
    "Kenya is expected to release a communiqué criticising Somalia.",
    "France tabled a draft condemning Syria, which Russia vetoed.",
])
def test_statements_planned_or_denied_and_drafts_give_no_stance(text):
    assert not {f for f in facts(text, "OPPOSES") if f[0] in ("Chile", "Peru", "Kenya", "France")}


# --- partnerships: named instruments, the signer of its own pact, unratified ties ---------------------

@pytest.mark.parametrize("text, pair", [
    ("Japan and the Philippines signed the Reciprocal Access Agreement, which is in effect a defence pact.", ("Japan", "Philippines")),
    ("Greece and France signed the Corfu Pact in 2021, which is an alliance in all but name.", ("France", "Greece")),
    ("Canberra was alarmed when it saw Honiara sign its own security pact with Beijing.", ("China", "Solomon Islands")),
])
def test_agreements_and_named_instruments_called_ties_are_partnerships(text, pair):
    assert {tuple(sorted((s, o))) for s, _, o in facts(text, "PARTNERS_WITH")} == {pair}


@pytest.mark.parametrize("text", [
    "Fiji may sign a defence pact with New Zealand next year.",
    "Tonga is negotiating a security pact with Australia.",
    "Vanuatu signed a security pact with Australia, but its parliament never ratified it.",
    "Ghana signed a mutual defence treaty with Togo in 2024 that has yet to be ratified.",
    "Greece and France signed the Corfu Pact, which is not an alliance.",
    "Greece and France signed the Corfu Pact, which some call an alliance.",
])
def test_agreements_planned_unratified_or_denied_give_no_partnership(text):
    assert not facts(text, "PARTNERS_WITH")


ALIGNMENT_TABLE = """# Who is tied to whom

| Pair | Instrument | Year | Status |
|---|---|---|---|
| Kenya - Ethiopia | Defence cooperation agreement | 2019 | In force |
| Brazil - Argentina | Strategic partnership | 2008 | In force |
| Chad - Niger | Memorandum on border trade | 2022 | In force |
| Ghana - Togo | Mutual defence treaty | 2024 | Not ratified |
| Peru - Chile | Security protocol | - | Talks suspended |
"""


def test_alignment_table_rows_give_the_ties_in_force_only():
    assert page_ties(ALIGNMENT_TABLE, "ties.md") == {("Ethiopia", "Kenya"), ("Argentina", "Brazil")}


# --- sanctions: "followed suit", "followed within days" -------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Canada imposed sanctions on Nicaragua in June; Britain followed within weeks.",
     {("Canada", "SANCTIONED", "Nicaragua"), ("United Kingdom", "SANCTIONED", "Nicaragua")}),
    ("The EU imposed sanctions on Myanmar in 2021. Norway and Switzerland followed suit.",
     {("Norway", "SANCTIONED", "Myanmar"), ("Switzerland", "SANCTIONED", "Myanmar")}),
])
def test_a_follower_sanctions_whom_the_last_sanctions_were_on(text, expected):
    assert expected <= facts(text, "SANCTIONED")


@pytest.mark.parametrize("text", [
    "The EU imposed sanctions on Myanmar in 2021. Norway has not followed suit.",
    "The EU imposed sanctions on Myanmar in 2021. Norway may follow suit.",
    "The summit ended on Friday. Norway followed within days with a statement.",
])
def test_followers_denied_or_to_come_and_followers_of_nothing_sanction_no_one(text):
    assert not {f for f in facts(text, "SANCTIONED") if f[0] == "Norway"}


def test_following_sanctions_is_no_accession():
    text = "The EU imposed sanctions on Myanmar in 2021. Norway and Switzerland followed suit."
    assert not facts(text, "MEMBER_OF")


# --- an edition that "brought twenty nations to Darwin, among them ..." ------------------------------

@pytest.mark.parametrize("text, states", [
    ("Every other year Australia hosts Pitch Black, and the last edition brought seventeen nations to the Top End, "
     "among them Singapore, Thailand and France.", {"Singapore", "Thailand", "France"}),
    ("Cobra Gold drew some thirty countries to Thailand, including Indonesia and Malaysia.", {"Indonesia", "Malaysia"}),
])
def test_nations_an_edition_brought_took_part(text, states):
    assert states <= {s for s, _, _ in facts(text, "PARTICIPATED_IN")}


@pytest.mark.parametrize("text", [
    "Australia hosts Pitch Black every two years. The next edition may bring thirty nations to Darwin, including Singapore.",
    "Australia hosts Pitch Black every two years. It has never brought twenty nations to Darwin, including Singapore.",
])
def test_nations_an_edition_may_bring_took_no_part(text):
    assert "Singapore" not in {s for s, _, _ in facts(text, "PARTICIPATED_IN")}


def test_akash_air_defence_is_the_akash_system():
    text = "Armenia bought Pinaka launchers and Akash air defence from India in 2023."
    assert ("Armenia", "ACQUIRED", "Akash missile system") in facts(text, "ACQUIRED")


# --- ", a stance Washington has criticised": the critic after the noun, against the clause's subject ---

@pytest.mark.parametrize("text, expected", [
    ("Hungary kept buying gas, a stance the EU has criticised.", ("European Union", "OPPOSES", "Hungary")),
    ("Pakistan bought Chinese frigates, a move New Delhi has criticised.", ("India", "OPPOSES", "Pakistan")),
    ("Brazil refused to send ammunition, a position that Ukraine condemned.", ("Ukraine", "OPPOSES", "Brazil")),
])
def test_a_stance_or_move_named_after_a_comma_is_opposed_by_its_critic(text, expected):
    assert expected in facts(text, "OPPOSES")


@pytest.mark.parametrize("text", [
    "Pakistan bought Chinese frigates, a move New Delhi has not criticised.",
    "Hungary kept buying gas, a stance the EU may criticise.",
])
def test_a_stance_not_or_not_yet_criticised_gives_nothing(text):
    assert not facts(text, "OPPOSES")


# --- a pair's relative clause, strikes "inside" a state, "Moscow's war in Ukraine" -----------------

@pytest.mark.parametrize("text, pair", [
    ("The bloc's founders included Peru and Ecuador, which had fought over the Cordillera del Cóndor.", ("Ecuador", "Peru")),
    ("Tension rose in 2024, when Pakistani jets struck inside Iran, and trade stopped.", ("Iran", "Pakistan")),
    ("Addis Ababa's war in Eritrea cost tens of thousands of lives.", ("Eritrea", "Ethiopia")),
    ("Russia's war on Ukraine continues to shape its arms exports.", ("Russia", "Ukraine")),
])
def test_a_pair_that_had_fought_strikes_inside_a_state_and_a_states_war_in_another(text, pair):
    assert {tuple(sorted((s, o))) for s, _, o in facts(text, "CLASHED_WITH")} == {pair}


@pytest.mark.parametrize("text", [
    "The war in Sudan has slowed deliveries to the region.",
    "Ethiopia's war in Tigray ended in 2022.",
    "Pakistani jets did not strike inside Iran, officials said.",
    "Peru and Ecuador, which have never fought since 1998, signed the accord.",
])
def test_wars_without_two_states_and_strikes_denied_give_nothing(text):
    assert not facts(text, "CLASHED_WITH")


def test_a_relative_clause_that_only_mentions_hostilities_makes_no_clash_of_its_antecedents():
    text = ("Russia blocked a draft on Sudan, put forward by Guyana and Slovenia, which called on the warring "
            "parties to cease hostilities.")
    assert not facts(text, "CLASHED_WITH")


# --- a state's own page: "| Partner | Instrument | Year | Status |" rows and "- **China:** ..." entries ---

PROFILE = """# MONGOLIA — COUNTRY PROFILE

## Strategic partnerships

| Partner | Instrument | Year | Status |
|---|---|---|---|
| Japan | Strategic partnership | 2022 | in force |
| India | Memorandum on cultural exchange | 2015 | in force |
| Turkey | Strategic partnership | - | proposed |

## Bilateral frameworks

- **Russia:** comprehensive strategic partnership (upgraded 2019).
- **Kyrgyzstan:** the two presidents signed a treaty on allied relations in 2023.
- **Kazakhstan:** a strategic partnership has been proposed but not declared.
- **Canada:** trade talks only.
"""


def test_a_states_page_gives_its_own_partnerships_from_tables_and_entries():
    assert page_ties(PROFILE, "profile.md") == {("Japan", "Mongolia"), ("Mongolia", "Russia"), ("Kyrgyzstan", "Mongolia")}


# --- "; the ministry denied that any crewman fired": a denial of its own clause, not of the stance before ---

def test_a_later_clause_denying_another_deed_leaves_the_condemnation():
    text = "Hanoi condemned China after the ramming on 3 May; the ministry denied that any Vietnamese sailor had fired first."
    assert ("Vietnam", "OPPOSES", "China") in facts(text, "OPPOSES")


@pytest.mark.parametrize("text", [
    "Russia sold S-300s to Iran in 2016; Tehran denied that.",
    "Russia sold S-300s to Iran in 2016; Moscow denied that the sale took place.",
    "Russia sold S-300s to Iran in 2016; Moscow denied that it happened.",
])
def test_a_later_denial_pointing_back_still_retracts_the_deed(text):
    assert not facts(text, "SOLD")
