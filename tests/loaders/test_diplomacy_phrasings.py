"""Leadership, membership, partnership, opposition, vetoes and technology transfer as other
writers put them, each with variants that must give nothing: negated, hedged, planned,
declined, or a role that is not the relation (a rotating chair, an observer, a drafter).

Every sentence here was written for these tests; none is copied from the seeds.
"""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts

NATO = "North Atlantic Treaty Organization"
SCO = "Shanghai Cooperation Organisation"
BRI = "Belt and Road Initiative"


# --- leadership ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kazakhstan has borrowed heavily under China's Belt and Road Initiative since 2014.", ("China", BRI)),
        ("Beijing's Global Security Initiative says little about arms sales.", ("China", "Global Security Initiative")),
        ("Ports built under Xi Jinping's Belt and Road Initiative now host Chinese warships.", ("China", BRI)),
        ("China proposed the Global Security Initiative in April 2022.", ("China", "Global Security Initiative")),
        ("The Global Development Initiative was put forward by Beijing in 2021.", ("China", "Global Development Initiative")),
        ("The Russian-dominated Collective Security Treaty Organization sent troops to Kazakhstan.", ("Russia", "Collective Security Treaty Organization")),
        ("The Collective Security Treaty Organization, dominated by Moscow, did not answer Armenia's call.", ("Russia", "Collective Security Treaty Organization")),
        ("Moscow heads the Eurasian Economic Union.", ("Russia", "Eurasian Economic Union")),
    ],
)
def test_leadership_in_many_phrasings(text, expected):
    source, target = expected
    assert (source, "LEADS", target) in facts(text, "LEADS")


@pytest.mark.parametrize(
    "text, wrong",
    [
        # who launched a corridor is not the owner of the initiative it belongs to
        ("Islamabad and Beijing launched the China-Pakistan Economic Corridor, the flagship of Beijing's Belt and Road Initiative.",
         ("Pakistan", "LEADS", BRI)),
        ("Kazakhstan holds the rotating chairmanship of the SCO this year.", ("Kazakhstan", "LEADS", SCO)),
        ("India took over the chair of the SCO from Kazakhstan in 2023.", ("India", "LEADS", SCO)),
        ("The SCO met in Astana. Kazakhstan, the group's current chair, opened the summit.", ("Kazakhstan", "LEADS", SCO)),
        ("Russia is said to lead the Collective Security Treaty Organization.", ("Russia", "LEADS", "Collective Security Treaty Organization")),
        ("China has not proposed a Global Security Initiative for Africa.", ("China", "LEADS", "Global Security Initiative")),
        ("India was reportedly asked to lead the Quad's maritime initiative.", ("India", "LEADS", "Quadrilateral Security Dialogue")),
    ],
)
def test_chairs_partners_and_hedged_leaders_lead_nothing(text, wrong):
    assert wrong not in facts(text, "LEADS")


# --- membership ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, member, organization",
    [
        ("Finland joined NATO in April 2023.", "Finland", NATO),
        ("Finland's accession to NATO in 2023 doubled the alliance's land border with Russia.", "Finland", NATO),
        ("BRICS grew again in 2024. The bloc's newest members, Egypt and Ethiopia, attended the summit.", "Ethiopia", "BRICS"),
        ("NATO expanded north. Sweden became the alliance's 32nd member in March 2024.", "Sweden", NATO),
        ("Kazakhstan, a founding member of the SCO, hosted the 2024 summit.", "Kazakhstan", SCO),
        ("Iran became a full member of the SCO in 2023.", "Iran", SCO),
        ("Indonesia joined BRICS as a full member in January 2025.", "Indonesia", "BRICS"),
        ("The SCO met in Astana. Belarus joined the organisation in July 2024.", "Belarus", SCO),
    ],
)
def test_membership_in_many_phrasings(text, member, organization):
    assert (member, "MEMBER_OF", organization) in facts(text, "MEMBER_OF")


def test_co_founders_after_alongside_and_a_second_organization_after_and_of():
    text = ("Norway is one of the founding members of the Arctic Council, alongside Denmark, Iceland and Canada. "
            "Russia and China talk often. Both states are, moreover, founding members of the SCO and of BRICS.")
    members = {(state, org) for state, _, org in facts(text, "MEMBER_OF")}
    assert {("Denmark", "Arctic Council"), ("Canada", "Arctic Council"), ("Norway", "Arctic Council")} <= members
    assert {("Russia", "BRICS"), ("China", "BRICS"), ("Russia", SCO)} <= members


def test_observers_named_alongside_are_not_members():
    text = "Norway is a founding member of the Arctic Council. China has been an observer since 2013, alongside India and Japan."
    assert {state for state, _, _ in facts(text, "MEMBER_OF")} == {"Norway"}


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine applied to join NATO in 2022.",
        "Qatar is not a member of the Gulf Cooperation Council.",
        "Egypt is no longer a member of BRICS.",
        "Saudi Arabia has yet to join BRICS.",
        "Argentina turned down an invitation to join BRICS.",
        "Russia warned Finland against joining NATO.",
        "Afghanistan is an observer in the SCO.",
        "Turkey is a dialogue partner of the SCO.",
        "Uzbekistan withdrew from the Collective Security Treaty Organization in 2012.",
        "Finland is expected to join NATO next year.",
        "Indonesia declined to join BRICS in 2023.",
        "Serbia has not joined the Collective Security Treaty Organization.",
    ],
)
def test_applicants_observers_leavers_and_refusals_are_not_members(text):
    assert not facts(text, "MEMBER_OF")


# --- partnership --------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, pair",
    [
        ("Vietnam and the United States upgraded ties to a comprehensive strategic partnership in 2023.", ("United States", "Vietnam")),
        ("Hanoi elevated relations with Washington to a comprehensive strategic partnership.", ("United States", "Vietnam")),
        ("India signed a defence cooperation pact with Australia in 2020.", ("Australia", "India")),
        ("Russia and North Korea signed a mutual defence treaty in June 2024.", ("North Korea", "Russia")),
        ("The two sides signed a comprehensive strategic partnership between Russia and Iran in 2025.", ("Iran", "Russia")),
        ("Russia is a strategic partner of India.", ("India", "Russia")),
    ],
)
def test_partnership_in_many_phrasings(text, pair):
    assert (pair[0], "PARTNERS_WITH", pair[1]) in facts(text, "PARTNERS_WITH")


@pytest.mark.parametrize(
    "text",
    [
        "Niger formed the Alliance of Sahel States with Mali and Burkina Faso in 2023.",  # a name, not a pact between them
        "Russia launched the Greater Eurasian Partnership in 2016 with Kazakhstan watching.",
        "Russia and China are not allies.",
        "India and Australia may sign a defence pact next year.",
        "Vietnam declined to upgrade ties with China to an alliance.",
    ],
)
def test_names_and_hedged_pacts_are_no_partnership(text):
    assert not facts(text, "PARTNERS_WITH")


# --- opposition ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("China condemned Japan's decision to release the water.", ("China", "Japan")),
        ("Beijing strongly objects to the AUKUS deal.", ("China", "AUKUS")),
        ("China accused the United States of provoking tension in the strait.", ("China", "United States")),
        ("Russia warned Finland against joining NATO.", ("Russia", "Finland")),
        ("Japan protested against China's incursions near the Senkakus.", ("Japan", "China")),
    ],
)
def test_opposition_in_many_phrasings(text, expected):
    assert (expected[0], "OPPOSES", expected[1]) in facts(text, "OPPOSES")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ministers were asked about the AUKUS partnership. The Russian Federation has also condemned the partnership.",
         {("Russia", "AUKUS")}),
        ("The Quad and AUKUS keep growing. Moscow has warned against both groupings for years.",
         {("Russia", "AUKUS"), ("Russia", "Quadrilateral Security Dialogue")}),
    ],
)
def test_opposition_to_a_grouping_named_in_an_earlier_sentence(text, expected):
    assert expected <= {(source, target) for source, _, target in facts(text, "OPPOSES")}


def test_the_partnership_between_two_states_in_a_text_about_aukus_is_theirs():
    text = "AUKUS was formed in 2021. In 2022 the two leaders said the partnership between Russia and China had no limits."
    assert ("China", "PARTNERS_WITH", "Russia") in facts(text, "PARTNERS_WITH")


def test_a_partnership_of_two_states_is_no_organization():
    text = "Russia and China met in May. The partnership has deepened since 2014, and Moscow condemned the partnership's critics."
    assert not facts(text, "OPPOSES", "MEMBER_OF")


@pytest.mark.parametrize(
    "text",
    [
        "Moscow has not condemned Pyongyang's missile launch.",
        "China reportedly criticised India's move.",
        "Japan might object to the Russian drills.",
        "There is no evidence that Iran opposed the Russian deployment.",
    ],
)
def test_negated_or_hedged_opposition_is_nothing(text):
    assert not facts(text, "OPPOSES")


# --- vetoes -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, vetoes",
    [
        ("Russia cast its veto on the Syria resolution in 2019.", {("Russia", "Syria")}),
        ("The draft on Syria was blocked by a Russian veto.", {("Russia", "Syria")}),
        ("The draft resolution on Venezuela, vetoed by Russia and China, failed in 2019.", {("Russia", "Venezuela"), ("China", "Venezuela")}),
        ("The resolution on Ukraine failed after Russia voted against it in 2022.", {("Russia", "Ukraine")}),
        ("The United States drafted a resolution on Syria, which Russia vetoed.", {("Russia", "Syria")}),
        ("Russia used its veto to block a resolution on Ukraine in 2022.", {("Russia", "Ukraine")}),
    ],
)
def test_vetoes_in_many_phrasings(text, vetoes):
    found = {(source, target) for source, _, target in facts(text, "VETOED")}
    assert vetoes <= found
    assert not {source for source, _ in found} & {"United States"}


@pytest.mark.parametrize(
    "text",
    [
        "Reports that China vetoed the draft on Myanmar are false.",
        "Russia allegedly vetoed the draft on Mali.",
        "China might veto a resolution on Taiwan.",
        "China has never vetoed a resolution on Syria.",
        "France, which drafted the resolution on Mali, condemned the veto.",
    ],
)
def test_negated_hedged_and_drafters_vetoes_are_nothing(text):
    assert not facts(text, "VETOED")


# --- technology transfer ------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Russia has not transferred engine technology to China.",
        "China denied supplying Iran with drone technology.",
        "There is no evidence that Russia transferred submarine technology to North Korea.",
        "Moscow reportedly considered transferring technology to Pyongyang.",
        "Russia will transfer the technology to India next year.",
    ],
)
def test_denied_or_planned_technology_transfer_is_nothing(text):
    assert not facts(text, "TRANSFERRED_TECHNOLOGY_TO")
