"""Relations between states and organizations in the styles they come in (wire copy,
think-tank prose, speeches, state-media translations, editorials, timelines): who opposes,
sanctions, partners, clashes with or leads whom, the direction of each, capitals standing
for their states, pair references, and the negated, hedged, planned or hypothetical
variants that state nothing."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts

OPPOSES = "OPPOSES"
SANCTIONED = "SANCTIONED"
PARTNERS = "PARTNERS_WITH"
CLASHED = "CLASHED_WITH"
LEADS = "LEADS"


# --- opposition ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, critic, criticised",
    [
        ("Hanoi on Friday condemned Beijing's placement of an oil rig in disputed waters.", "Vietnam", "China"),
        ("In a terse note, Seoul criticised Tokyo's revised textbook guidelines.", "South Korea", "Japan"),
        ("Ankara objects to Stockholm's handling of the protests, officials said.", "Turkey", "Sweden"),
        ("New Delhi has long opposed Islamabad's role in the insurgency.", "India", "Pakistan"),
        ("Manila pushed back against Beijing's coast guard manoeuvres near the shoal.", "Philippines", "China"),
        ("Bucharest condemned Moscow's drone incursions into Romanian airspace.", "Romania", "Russia"),
    ],
)
def test_a_critic_of_a_states_conduct_opposes_that_state(text, critic, criticised):
    found = facts(text, OPPOSES)
    assert (critic, OPPOSES, criticised) in found
    assert (criticised, OPPOSES, critic) not in found  # the direction: the critic opposes, not the criticised


def test_opposing_a_states_initiative_opposes_its_owner():
    text = "India, alone among the Quad's members, has long opposed China's Belt and Road Initiative on sovereignty grounds."
    found = facts(text, OPPOSES, LEADS)
    assert ("India", OPPOSES, "China") in found
    assert ("China", LEADS, "Belt and Road Initiative") in found


def test_the_criticised_before_a_passive_and_every_critic_after_from():
    found = facts("Seoul's decision to resume the drills was criticised by Tokyo.", OPPOSES)
    assert found == {("Japan", OPPOSES, "South Korea")}  # direction: the agent after "by" criticises
    text = "Israel's strikes on the port drew condemnation from Turkey and Egypt."
    assert facts(text, OPPOSES) == {("Turkey", OPPOSES, "Israel"), ("Egypt", OPPOSES, "Israel")}
    # criticised by people of no state
    assert not facts("The proposal was criticised by analysts in Seoul.", OPPOSES)
    assert not facts("Seoul's decision was never criticised by Tokyo.", OPPOSES)


def test_a_war_named_by_combining_forms():
    assert facts("The Sino-Indian border war of 1962 lasted a month.", CLASHED) == {("China", CLASHED, "India")}


def test_a_states_complaints_or_grievances_about_another():
    assert facts("The concept echoes Moscow's complaints about NATO almost word for word.", OPPOSES) == {("Russia", OPPOSES, "North Atlantic Treaty Organization")}
    assert facts("The paper reflects long-held Iranian grievances against the United States.", OPPOSES) == {("Iran", OPPOSES, "United States")}
    assert not facts("Analysts' complaints about NATO are many.", OPPOSES)
    assert not facts("There were no complaints about NATO from Helsinki.", OPPOSES)


def test_a_critic_said_of_the_subject_opposes():
    assert ("Russia", OPPOSES, "North Atlantic Treaty Organization") in facts("Moscow has been a vocal critic of NATO since the 1999 bombing campaign.", OPPOSES)
    assert ("Iran", OPPOSES, "European Union") in facts("Tehran remains a fierce critic of the EU's snapback push.", OPPOSES)
    # critics who are no state: nothing
    assert not facts("Critics of NATO in Germany say the alliance has grown too large.", OPPOSES)


def test_a_state_media_translation_and_a_speech():
    state_media = "BEIJING, June 3 (Xinhua) -- China firmly opposes the so-called freedom of navigation operations of the United States, the spokesperson said."
    assert ("China", OPPOSES, "United States") in facts(state_media, OPPOSES)
    speech = "Let me be clear: Japan strongly condemns North Korea's repeated ballistic missile launches."
    assert ("Japan", OPPOSES, "North Korea") in facts(speech, OPPOSES)


def test_a_capital_naming_where_a_summit_met_is_no_critic():
    assert not facts("The Vilnius summit declaration criticised China as an enabler of Russia's war.", OPPOSES)
    assert not facts("Moscow broke the Minsk agreements, Kyiv said.", OPPOSES, SANCTIONED, PARTNERS)
    assert facts("Vilnius criticised China's support for Russia's war.", OPPOSES) == {("Lithuania", OPPOSES, "China")}


def test_a_pair_named_as_capitals_opposes_together():
    text = "Beijing and Moscow condemned the AUKUS submarine deal. Both also oppose the deployment of THAAD in South Korea."
    found = facts(text, OPPOSES)
    assert {("China", OPPOSES, "AUKUS"), ("Russia", OPPOSES, "AUKUS")} <= found


def test_both_opening_a_clause_after_a_list_of_blocs_is_no_bloc():
    text = "Russia and China meet often. Both are founding members of the SCO and of BRICS, and both have criticised AUKUS in the same words."
    found = facts(text, OPPOSES)
    assert found == {("Russia", OPPOSES, "AUKUS"), ("China", OPPOSES, "AUKUS")}
    # with no pair to resolve "both" to, nobody
    assert not facts("Both are founding members of the SCO and of BRICS, and both have criticised AUKUS in the same words.", OPPOSES)


def test_they_after_both_governments_say():
    text = "Moscow and Beijing issued a joint statement on Friday. In it both governments say they oppose the Quad."
    assert facts(text, OPPOSES) == {("Russia", OPPOSES, "Quadrilateral Security Dialogue"), ("China", OPPOSES, "Quadrilateral Security Dialogue")}
    text = "Moscow and Beijing issued a joint statement on Friday. In it both governments say they might one day oppose the Quad."
    assert not facts(text, OPPOSES)


def test_the_two_countries_after_a_meeting_place_are_the_pair_that_met():
    text = "Russia and China held talks in Kazakhstan last week. The two countries oppose any expansion of NATO."
    found = facts(text, OPPOSES)
    assert {("Russia", OPPOSES, "North Atlantic Treaty Organization"), ("China", OPPOSES, "North Atlantic Treaty Organization")} == found
    # a sentence that names three states as actors leaves "the two countries" unresolved
    assert not facts("Russia, China and Kazakhstan met in Astana. The two countries oppose any expansion of NATO.", OPPOSES)


def test_the_agent_of_what_is_opposed_after_by():
    text = 'Commentators said Moscow and Beijing firmly oppose the "exclusive clubs" built by Washington in the region.'
    assert facts(text, OPPOSES) == {("Russia", OPPOSES, "United States"), ("China", OPPOSES, "United States")}
    text = "Pyongyang condemned the drills staged by Seoul and Washington off the peninsula."
    assert facts(text, OPPOSES) == {("North Korea", OPPOSES, "South Korea"), ("North Korea", OPPOSES, "United States")}
    assert facts("Beijing sharply criticised the deployment of THAAD by Seoul.", OPPOSES) == {("China", OPPOSES, "South Korea")}
    # a text voted on is no policy of its drafter here, and a witness is no agent
    assert not facts("Moscow condemned the exercise, which was observed by India.", OPPOSES)


def test_the_victim_of_a_condemned_invasion_is_not_opposed():
    text = "Ankara criticised Russia's annexation of Crimea in 2014 and has condemned the invasion of Ukraine."
    found = facts(text, OPPOSES)
    assert found == {("Turkey", OPPOSES, "Russia")}  # the second verb keeps the subject; Ukraine is the victim
    found = facts("Canberra condemned Moscow for its invasion of Ukraine.", OPPOSES, CLASHED)
    assert found == {("Australia", OPPOSES, "Russia"), ("Russia", CLASHED, "Ukraine")}
    assert ("Australia", CLASHED, "Ukraine") not in found  # "its" is the blamed state's


def test_a_second_verbs_object_is_no_party_to_the_invasion():
    text = "Australia condemns Russia's unprovoked invasion of Ukraine and condemns Iran's support for it."
    found = facts(text, CLASHED)
    assert found == {("Russia", CLASHED, "Ukraine")}


def test_critics_of_a_treaty_oppose_its_parties():
    text = "Moscow and Pyongyang signed a mutual defence treaty in June. Seoul and Tokyo criticised the treaty within hours."
    found = facts(text, OPPOSES)
    assert found == {
        ("South Korea", OPPOSES, "Russia"), ("South Korea", OPPOSES, "North Korea"),
        ("Japan", OPPOSES, "Russia"), ("Japan", OPPOSES, "North Korea"),
    }
    text = "Moscow and Pyongyang signed a mutual defence treaty in June. Seoul declined to criticise the treaty."
    assert not facts(text, OPPOSES)


def test_a_second_critic_who_echoes_the_first():
    text = "Tokyo condemned Pyongyang's satellite launch on Monday. Seoul echoed the condemnation a day later."
    assert facts(text, OPPOSES) == {("Japan", OPPOSES, "North Korea"), ("South Korea", OPPOSES, "North Korea")}
    text = "Warsaw protested to Minsk over the balloon incursions, and Vilnius did too."
    assert facts(text, OPPOSES) == {("Poland", OPPOSES, "Belarus"), ("Lithuania", OPPOSES, "Belarus")}
    # "did too" after something other than opposition, or an echo with no opposition before it
    assert not facts("Warsaw protested to Minsk last year. Latvia bought HIMARS this spring, and Estonia did too.", OPPOSES) - {("Poland", OPPOSES, "Belarus")}
    assert not facts("Seoul echoed the criticism a day later.", OPPOSES)
    assert facts("Tokyo condemned Pyongyang's launch. Moscow has not echoed the condemnation.", OPPOSES) == {("Japan", OPPOSES, "North Korea")}


def test_acting_in_the_face_of_a_states_objections():
    text = "Ankara and New Delhi each bought the system in the face of American objections."
    assert facts(text, OPPOSES) == {("United States", OPPOSES, "Turkey"), ("United States", OPPOSES, "India")}
    assert facts("Manila pressed ahead with the base deal despite Beijing's objections.", OPPOSES) == {("China", OPPOSES, "Philippines")}
    assert facts("Seoul deployed the battery despite strong Chinese opposition.", OPPOSES) == {("China", OPPOSES, "South Korea")}
    # no state behind the objections
    assert not facts("Seoul deployed the battery despite strong local opposition.", OPPOSES)


def test_a_relative_on_a_suppliers_sales_opposes_the_supplier_not_the_recipient():
    text = "Beijing answered with counter-measures against US arms sales to Taiwan, which China has opposed since 1979."
    found = facts(text, OPPOSES)
    assert ("China", OPPOSES, "United States") in found
    assert ("China", OPPOSES, "Taiwan") not in found
    text = "Washington's deliveries of F-16s to Taipei, which Beijing condemns, continued in 2024."
    assert facts(text, OPPOSES) == {("China", OPPOSES, "United States")}


def test_a_critic_of_measures_taken_by_a_state():
    text = "A Chinese foreign ministry spokesman criticised the measures taken by the United States."
    assert facts(text, OPPOSES) == {("China", OPPOSES, "United States")}


def test_an_appositive_between_the_critics_and_their_verb():
    text = "Moscow and Beijing, the two anchors of the SCO, oppose AUKUS."
    found = facts(text, OPPOSES)
    assert found == {("Russia", OPPOSES, "AUKUS"), ("China", OPPOSES, "AUKUS")}
    assert ("Shanghai Cooperation Organisation", OPPOSES, "AUKUS") not in found
    assert facts("Ankara, a member of NATO since 1952, criticised Stockholm's stance.", OPPOSES) == {("Turkey", OPPOSES, "Sweden")}


def test_both_before_a_stance_in_the_present():
    text = "Russia and China met in Astana last week. Both oppose the deployment of US missiles in Asia."
    assert facts(text, OPPOSES) == {("Russia", OPPOSES, "United States"), ("China", OPPOSES, "United States")}
    text = "Moscow and Beijing signed a treaty in 2001. Both describe the partnership as the best in their history."
    assert facts(text, PARTNERS) == {("China", PARTNERS, "Russia")}


def test_state_media_and_official_phrasings_of_opposition():
    text = "The Russian Federation categorically rejects the accusations made by the United States."
    assert facts(text, OPPOSES) == {("Russia", OPPOSES, "United States")}
    text = "The DPRK strongly denounces the US-South Korea joint military drills as a dress rehearsal for invasion."
    assert facts(text, OPPOSES) == {("North Korea", OPPOSES, "United States"), ("North Korea", OPPOSES, "South Korea")}
    text = "New Delhi has been openly critical of Beijing's road building near the border."
    assert facts(text, OPPOSES) == {("India", OPPOSES, "China")}
    # a critical review by no state, and critical as "vital"
    assert not facts("Analysts have been critical of Beijing's road building.", OPPOSES)
    assert not facts("Access to the strait is critical for Japan and South Korea.", OPPOSES)


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam denied that it had condemned China's survey ship.",
        "Japan refrained from condemning Russia's exercise near Hokkaido.",
        "If China attacked Taiwan, Japan would condemn it at once.",
        "Seoul is considering whether to criticise Tokyo's decision.",
        "India has not opposed Russia's position at the council.",
    ],
)
def test_negated_hedged_and_hypothetical_opposition_gives_nothing(text):
    assert not facts(text, OPPOSES)


# --- partnerships ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, pair",
    [
        ("Russia and China signed a treaty of good-neighbourliness and friendly cooperation in 2001.", ("China", "Russia")),
        ('Putin and Xi proclaimed a "no limits" partnership between Russia and China weeks before the invasion.', ("China", "Russia")),
        ("Moscow and Beijing declared a 'no limits' partnership in February 2022.", ("China", "Russia")),
        ("The “no limits” partnership between Moscow and Beijing has survived the war.", ("China", "Russia")),
        ("Russia and Iran, close partners, have coordinated their positions on Syria.", ("Iran", "Russia")),
        ("Hanoi upgraded relations with Washington to a comprehensive strategic partnership in 2023.", ("United States", "Vietnam")),
        ("Moscow deepened its strategic partnership with Tehran after 2022.", ("Iran", "Russia")),
        ("Moscow deepened ties with Tehran after the invasion.", ("Iran", "Russia")),
        ("New Delhi has steadily strengthened its defence ties with Paris.", ("France", "India")),
        ("Minsk and Beijing cemented their military ties in 2024.", ("Belarus", "China")),
    ],
)
def test_a_partnership_is_listed_once_for_the_pair(text, pair):
    found = facts(text, PARTNERS)
    assert found == {(pair[0], PARTNERS, pair[1])}  # symmetric: one fact, names in order


def test_a_partnership_the_pair_made_in_a_relative_clause():
    text = "The strategic partnership that India and France signed in 1998 has outlasted several governments."
    assert facts(text, PARTNERS) == {("France", PARTNERS, "India")}
    text = "The alliance which the Soviet Union and Vietnam sealed in 1978 with a treaty of friendship shaped the war."
    assert facts(text, PARTNERS) == {("Soviet Union", PARTNERS, "Vietnam")}
    assert not facts("The partnership that critics in India and France attacked has outlasted several governments.", PARTNERS)


def test_the_pairs_partnership_after_a_meeting_place():
    text = "Russia and China met in Kazakhstan last year. The pair's partnership has grown steadily since."
    assert facts(text, PARTNERS) == {("China", PARTNERS, "Russia")}
    text = "Russia and China met in Kazakhstan last year. The two countries' partnership has grown steadily since."
    assert facts(text, PARTNERS) == {("China", PARTNERS, "Russia")}


def test_a_timeline_entry_in_the_present_and_a_treaty_signed_by_leaders():
    entry = "2025 (January) - Belarus and China sign a Treaty on All-Weather Comprehensive Strategic Partnership in Minsk."
    assert facts(entry, PARTNERS) == {("Belarus", PARTNERS, "China")}
    text = "The partnership treaty signed by Presidents Lukashenko and Xi in 2025 contains no defence clause."
    assert facts(text, PARTNERS) == {("Belarus", PARTNERS, "China")}
    assert not facts("2025 (March) - Belarus and China plan to sign a Treaty on Strategic Partnership.", PARTNERS)


def test_ties_upgraded_with_one_state_and_then_another_and_a_partnership_the_subject_keeps():
    text = (
        "Indonesia raised its ties with Australia to a comprehensive strategic partnership in 2018 and with Japan a few years later, "
        "while keeping its 2011 strategic partnership with South Korea intact."
    )
    found = facts(text, PARTNERS)
    assert found == {
        ("Australia", PARTNERS, "Indonesia"), ("Indonesia", PARTNERS, "Japan"), ("Indonesia", PARTNERS, "South Korea"),
    }
    assert ("Australia", PARTNERS, "Japan") not in found  # the two the subject partnered are not partners of each other here


def test_an_ally_counted_into_an_alliance_partners_nobody():
    text = "Sweden, which entered the bloc once Turkey and Hungary had ratified its protocol, became the 32nd ally."
    assert not facts(text, PARTNERS)


@pytest.mark.parametrize(
    "text",
    [
        "Russia and China have never been formal allies.",
        "Moscow hopes to sign a strategic partnership with Tehran.",
        "India and the United States might one day sign a mutual defence treaty.",
        "Beijing denied that it had signed a partnership with Pyongyang.",
        "Hanoi has not deepened ties with Moscow since the war.",
        "Beijing hopes to deepen ties with Riyadh.",
        "Ankara severed ties with Tel Aviv in 2024.",
    ],
)
def test_partnerships_not_made_give_nothing(text):
    assert not facts(text, PARTNERS)


# --- sanctions ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, sanctioner, target",
    [
        ("Washington imposed sanctions on Ankara in December 2020 over the S-400 purchase.", "United States", "Turkey"),
        ("The EU sanctioned Belarus after the disputed 2020 election.", "European Union", "Belarus"),
        ("Iran was hit with sanctions by the United States in 2018.", "United States", "Iran"),
        ("North Korea was hit with fresh sanctions by the UN Security Council in 2017.", "United Nations Security Council", "North Korea"),
        ("Belarus has come under sanctions from the European Union since 2020.", "European Union", "Belarus"),
    ],
)
def test_the_sanctioner_and_the_sanctioned(text, sanctioner, target):
    found = facts(text, SANCTIONED)
    assert (sanctioner, SANCTIONED, target) in found
    assert (target, SANCTIONED, sanctioner) not in found


def test_sanctions_imposed_by_one_on_another_and_a_target_under_a_states_sanctions():
    text = "The sanctions imposed by the EU and Britain on Minsk in 2021 were widened the next year."
    assert facts(text, SANCTIONED) == {("European Union", SANCTIONED, "Belarus"), ("United Kingdom", SANCTIONED, "Belarus")}
    assert facts("Venezuela has been under US sanctions since 2017.", SANCTIONED) == {("United States", SANCTIONED, "Venezuela")}
    # no sanctioner named, or sanctions only proposed: nothing
    assert not facts("Venezuela has been under sanctions since 2017.", SANCTIONED)
    assert not facts("Sanctions proposed by Washington on Caracas were never adopted.", SANCTIONED)


def test_sanctions_imposed_after_being_asked_for_still_count():
    assert facts("Poland imposed sanctions on Belarus in 2021, having long called for them.", SANCTIONED) == {("Poland", SANCTIONED, "Belarus")}
    # a state welcoming another's sanctions is no sanctioner
    assert facts("Kyiv welcomed the new US sanctions on Russia.", SANCTIONED) == {("United States", SANCTIONED, "Russia")}


def test_the_first_member_of_a_bloc_to_be_sanctioned_is_the_state_not_the_bloc():
    text = "In December 2020 Turkey became the first NATO ally to be sanctioned by Washington under CAATSA."
    found = facts(text, SANCTIONED)
    assert found == {("United States", SANCTIONED, "Turkey")}
    assert ("United States", SANCTIONED, "North Atlantic Treaty Organization") not in found


@pytest.mark.xfail(strict=True, reason="the sanctioner is implied by the law (CAATSA is a US act); no rule maps a law to its state")
def test_designated_under_caatsa_with_no_agent():
    assert facts("Turkey was designated under CAATSA in December 2020.", SANCTIONED) == {("United States", SANCTIONED, "Turkey")}


def test_every_sanctioner_a_target_faced():
    text = "Russia faced sanctions from the United States and the European Union after the annexation."
    assert facts(text, SANCTIONED) == {("United States", SANCTIONED, "Russia"), ("European Union", SANCTIONED, "Russia")}


def test_a_second_sanctioning_predicate_keeps_the_subject_as_sanctioner():
    text = "Canada sanctioned Rosoboronexport last week and renewed existing measures against Iran."
    found = facts(text, SANCTIONED)
    assert found == {("Canada", SANCTIONED, "Rosoboronexport"), ("Canada", SANCTIONED, "Iran")}
    assert ("Rosoboronexport", SANCTIONED, "Iran") not in found  # the first object sanctions nobody


@pytest.mark.parametrize(
    "text",
    [
        "Washington might impose sanctions on New Delhi over the S-400.",
        "The United States threatened sanctions on India over the purchase.",
        "The EU is considering sanctions on Iran's drone makers.",
        "Turkey could face sanctions from Washington if it activates the system.",
        "Washington has not imposed sanctions on India.",
        "Russia has not sanctioned Turkey.",
        "Ankara sat out Western sanctions on Russia and kept buying its gas.",
        "Vilnius lobbied for sanctions against Minsk for months.",
        "Kyiv urged the European Union to sanction Iran over the drone deliveries.",
        "Warsaw has repeatedly pressed for sanctions on Belarus's potash exports.",
        "Moscow vetoed the mandate of the UN panel that monitored sanctions on North Korea.",
        "Beijing helped Tehran evade US sanctions for years.",
    ],
)
def test_sanctions_not_imposed_give_nothing(text):
    assert not facts(text, SANCTIONED)


# --- clashes ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, pair",
    [
        ("Troops of India and China clashed in the Galwan Valley in June 2020.", ("China", "India")),
        ("A border clash between Armenia and Azerbaijan killed dozens of soldiers in September 2022.", ("Armenia", "Azerbaijan")),
        ("A deadly clash between Thailand and Cambodia broke out near the temple in 2011.", ("Cambodia", "Thailand")),
        ("The 2020 war between Armenia and Azerbaijan lasted six weeks.", ("Armenia", "Azerbaijan")),
        ("Soviet and Chinese forces clashed on Zhenbao Island in March 1969.", ("China", "Soviet Union")),
        ("2008 - Russia and Georgia fight a five-day war over South Ossetia.", ("Georgia", "Russia")),
        ("Israel and Iran traded missile strikes in April 2024.", ("Iran", "Israel")),
    ],
)
def test_a_clash_is_listed_once_for_the_pair(text, pair):
    assert facts(text, CLASHED) == {(pair[0], CLASHED, pair[1])}


@pytest.mark.parametrize(
    "text",
    [
        "India rejected claims of a clash with China along the border.",
        "China and India did not clash in 2023.",
        "Analysts war-gamed a clash between China and Japan over the islands.",
        "A clash between China and Japan could kill thousands.",
        "A future war between China and the United States would be devastating.",
        "The United States and Pakistan fight a war against terrorism together.",
        "Russia and Syria fight a war together against the rebels.",
    ],
)
def test_clashes_denied_or_imagined_give_nothing(text):
    assert not facts(text, CLASHED)


def test_forces_named_by_name_clash_for_their_states():
    text = "The Indian Army and the People's Liberation Army clashed again in the Galwan Valley in 2020."
    assert facts(text, CLASHED) == {("China", CLASHED, "India")}
    text = "Soldiers of the Indian Army clashed with PLA troops at Yangtse in December 2022."
    assert facts(text, CLASHED) == {("China", CLASHED, "India")}
    # forces side by side fight nobody
    assert not facts("The Indian Army fought alongside the French Army in the exercise.", CLASHED)
    assert not facts("The Indian Army and the People's Liberation Army did not clash in 2023.", CLASHED)


# --- leadership ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, leader, led",
    [
        ("China launched the Belt and Road Initiative in 2013.", "China", "Belt and Road Initiative"),
        ("Beijing launched the Global Security Initiative in April 2022.", "China", "Global Security Initiative"),
        ("The Russia-led bloc, the Collective Security Treaty Organization, met in Moscow.", "Russia", "Collective Security Treaty Organization"),
        ("Moscow heads the Collective Security Treaty Organization.", "Russia", "Collective Security Treaty Organization"),
        ("Beijing is the driving force behind the Shanghai Cooperation Organisation.", "China", "Shanghai Cooperation Organisation"),
        ("Launched by China in 2013, the Belt and Road Initiative now spans some 150 countries.", "China", "Belt and Road Initiative"),
        ("The Global Security Initiative, which Beijing unveiled in 2022, echoes Moscow's language.", "China", "Global Security Initiative"),
        ("The Collective Security Treaty Organization, long dominated by Moscow, is fraying.", "Russia", "Collective Security Treaty Organization"),
    ],
)
def test_the_leader_of_an_initiative_or_bloc(text, leader, led):
    assert (leader, LEADS, led) in facts(text, LEADS)


def test_a_led_compound_names_the_leader_not_the_sentences_subject():
    text = "Kyrgyzstan suspended its drills with the Russian-led CSTO in 2023 but remains a member."
    assert facts(text, LEADS) == {("Russia", LEADS, "Collective Security Treaty Organization")}
    text = "Tajikistan sits in the Eurasian Economic Union's orbit and in the Chinese-led Shanghai Cooperation Organisation."
    assert facts(text, LEADS) == {("China", LEADS, "Shanghai Cooperation Organisation")}


def test_a_rotating_chair_does_not_lead_and_a_plan_gives_nothing():
    assert not facts("Kazakhstan chairs the Shanghai Cooperation Organisation this year.", LEADS)
    assert not facts("India assumed the chair of the Shanghai Cooperation Organisation in 2023.", LEADS)
    assert not facts("The United States did not launch the Quad.", LEADS)
    assert not facts("Beijing denies that it leads the Shanghai Cooperation Organisation.", LEADS)
    assert not facts("Beijing will launch a new initiative on data security next year.", LEADS)
