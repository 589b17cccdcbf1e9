"""Technology transfer, membership and partnership said in ways the first rules missed:
a transfer named as a noun with its giver after "from", help "with Russian technology",
blueprints supplied with the goods, know-how shared inside a joint programme, belonging
to a bloc, a bloc's member named in apposition, a state's partnership "with" another; and
the denied, planned or hedged variants of each, which give nothing."""
from __future__ import annotations

from loaders.extract import extract_text
from tests.loaders.sentences import facts

TT = "TRANSFERRED_TECHNOLOGY_TO"


# --- technology transfer ------------------------------------------------------------------

def test_a_transfer_named_as_a_noun_with_giver_and_receiver():
    text = "The frigate contract provided for an extensive transfer of naval design technology from France to Brazil."
    assert ("France", TT, "Brazil") in facts(text, TT)
    text = "Officials in Ankara welcomed the technology transfer from South Korea to Turkey for the new tank."
    assert ("South Korea", TT, "Turkey") in facts(text, TT)


def test_a_transfer_only_sought_or_denied_gives_nothing():
    assert not facts("Delhi has long sought a transfer of engine technology from France to India.", TT)
    assert not facts("There was no transfer of missile know-how from Russia to Iran, the ministry insisted.", TT)


def test_built_with_a_states_technology():
    text = "Most of Egypt's new corvettes were assembled in Alexandria with German technology."
    assert ("Germany", TT, "Egypt") in facts(text, TT)
    text = "The Pakistan Air Force keeps its JF-17s flying with Chinese engineering support."
    assert ("China", TT, "Pakistan") in facts(text, TT)


def test_built_with_technology_that_might_come_gives_nothing():
    assert not facts("Egypt might build corvettes at Alexandria with German technology.", TT)


def test_supplied_with_goods_and_the_blueprints_to_make_them():
    text = "In the late 1950s Moscow furnished Beijing with jet engines and the blueprints to copy them."
    assert ("Russia", TT, "China") in facts(text, TT) or ("Soviet Union", TT, "China") in facts(text, TT)
    text = "France provided India with the technical documentation for local assembly of the Scorpene."
    assert ("France", TT, "India") in facts(text, TT)


def test_supplied_with_goods_alone_is_no_technology_transfer():
    assert not facts("France provided India with six Scorpene submarines.", TT)


def test_know_how_shared_inside_a_joint_programme_goes_to_the_partner():
    text = "The missile was developed jointly by India and Russia, and Russian engineers passed on much of the know-how."
    assert ("Russia", TT, "India") in facts(text, TT)
    text = "China and Pakistan co-developed the trainer, with the Chinese side sharing its design know-how."
    assert ("China", TT, "Pakistan") in facts(text, TT)


def test_know_how_kept_back_inside_a_joint_programme_gives_nothing():
    text = "The missile was developed jointly by India and Russia, but Russia never shared its seeker know-how."
    assert not facts(text, TT)


def test_a_sale_then_licensed_production_goes_to_the_buyer():
    text = "Moscow sold Delhi its first MiG-21s in 1962 and later licensed their production."
    assert ("Soviet Union", TT, "India") in facts(text, TT)  # Moscow in 1962
    text = "Sweden sold the Gripen to Brazil and licensed its assembly as well."
    assert ("Sweden", TT, "Brazil") in facts(text, TT)


def test_a_sale_with_a_licence_refused_gives_no_transfer():
    assert not facts("Moscow sold Delhi its first MiG-21s but refused to license their production.", TT)


# --- membership ---------------------------------------------------------------------------

def test_a_state_that_belongs_to_a_bloc_is_a_member():
    assert ("Oman", "MEMBER_OF", "Gulf Cooperation Council") in facts("Oman, which belongs to the GCC, stayed neutral.", "MEMBER_OF")
    assert ("Kazakhstan", "MEMBER_OF", "Collective Security Treaty Organization") in facts(
        "Kazakhstan has belonged to the CSTO since the treaty took effect.", "MEMBER_OF")


def test_a_state_that_does_not_belong_to_a_bloc_is_no_member():
    assert not facts("Serbia does not belong to NATO and has no plan to apply.", "MEMBER_OF")


def test_a_bloc_member_in_a_coordinated_apposition():
    text = "Hungary, a landlocked state and a NATO member since 1999, bought Gripen fighters."
    assert ("Hungary", "MEMBER_OF", "North Atlantic Treaty Organization") in facts(text, "MEMBER_OF")


def test_an_elected_seat_described_at_some_length():
    text = "At the Security Council, Brazil, one of the ten elected members that year, abstained."
    assert ("Brazil", "MEMBER_OF", "United Nations Security Council") in facts(text, "MEMBER_OF")


# --- partnership --------------------------------------------------------------------------

def test_a_states_partnership_with_another():
    text = "Analysts read the visit as a signal that Egypt's partnership with Russia is intact."
    assert ("Egypt", "PARTNERS_WITH", "Russia") in facts(text, "PARTNERS_WITH")


def test_a_partnership_that_is_denied_or_wished_gives_nothing():
    assert not facts("Egypt's partnership with Russia is a myth, the minister said, and there is none.", "PARTNERS_WITH")
    assert not facts("Ankara hopes for a strategic partnership with Beijing one day.", "PARTNERS_WITH")


def test_two_states_sign_a_declaration_of_partnership():
    text = "Mongolia and India signed a declaration of strategic partnership in 2015."
    assert ("India", "PARTNERS_WITH", "Mongolia") in facts(text, "PARTNERS_WITH")


# --- sanctions ----------------------------------------------------------------------------

def test_an_airline_named_after_its_state_is_the_airline_not_the_state():
    found = facts("In 2019 Washington designated Mahan Air and Caspian Airlines over arms flights to Syria.", "SANCTIONED")
    assert ("United States", "SANCTIONED", "Mahan Air") in found
    assert ("United States", "SANCTIONED", "Caspian Airlines") in found
    found = facts("Ottawa blacklisted Venezuela Airways last spring.", "SANCTIONED")
    assert found == {("Canada", "SANCTIONED", "Venezuela Airways")}


def test_an_air_force_is_no_airline():
    found = facts("Britain sanctioned the Iranian Air Force's drone units.", "SANCTIONED")
    assert not {f for f in found if f[2].endswith(" Air")}


def test_a_second_predicate_shares_the_sentence_subject():
    text = "Japan froze the assets of two Syrian banks and extended its sanctions on Belarus."
    assert facts(text, "SANCTIONED") >= {("Japan", "SANCTIONED", "Belarus")}
    assert ("Syria", "SANCTIONED", "Belarus") not in facts(text, "SANCTIONED")
    text = "Beijing summoned the Philippine ambassador and condemned the United States for the deployment."
    assert ("China", "OPPOSES", "United States") in facts(text, "OPPOSES")
    assert ("Philippines", "OPPOSES", "United States") not in facts(text, "OPPOSES")


def test_a_second_predicate_that_is_denied_gives_nothing():
    text = "Japan froze the assets of two Syrian banks but has not imposed sanctions on Belarus."
    assert ("Japan", "SANCTIONED", "Belarus") not in facts(text, "SANCTIONED")


def test_an_air_force_broken_over_a_line_is_no_airline():
    text = "Shaheen-I was the first air exercise of the PLA Air Force and the Pakistan Air\n      Force, held in 2011."
    assert not [e for e in extract_text(text).entities if e.name == "Pakistan Air"]


# --- more membership phrasings ------------------------------------------------------------

NATO = "North Atlantic Treaty Organization"


def test_member_states_listed_after_include():
    found = facts("The CSTO's member states include Armenia, Belarus and Tajikistan.", "MEMBER_OF")
    assert {m for m, _, o in found if o == "Collective Security Treaty Organization"} == {"Armenia", "Belarus", "Tajikistan"}


def test_an_accession_names_only_the_state_that_acceded():
    found = facts("The accession of Finland to NATO lengthened the alliance's frontier with Russia.", "MEMBER_OF")
    assert found == {("Finland", "MEMBER_OF", NATO)}


def test_entry_into_and_membership_of_a_state():
    assert ("Montenegro", "MEMBER_OF", NATO) in facts("Montenegro's entry into NATO in 2017 angered Moscow.", "MEMBER_OF")
    assert ("Albania", "MEMBER_OF", NATO) in facts("Albania's NATO membership dates from 2009.", "MEMBER_OF")


def test_membership_only_sought_gives_nothing():
    assert not facts("Ukraine's NATO membership bid remains stalled.", "MEMBER_OF")
    assert not facts("Georgia's NATO membership aspirations date back to 2008.", "MEMBER_OF")
    assert not facts("Serbia's entry into the EU is years away, if it happens at all.", "MEMBER_OF")


def test_part_of_a_bloc():
    found = facts("Brunei has been part of ASEAN since 1984.", "MEMBER_OF")
    assert ("Brunei", "MEMBER_OF", "Association of Southeast Asian Nations") in found


def test_not_part_of_a_bloc_gives_nothing():
    assert not facts("Switzerland is not part of NATO.", "MEMBER_OF")


def test_a_joining_clause_before_its_subject():
    found = facts("Since joining NATO in 1982, Spain has hosted two American bases.", "MEMBER_OF")
    assert ("Spain", "MEMBER_OF", NATO) in found
    found = facts("After acceding to the CSTO, Armenia hosted the alliance's drills.", "MEMBER_OF")
    assert ("Armenia", "MEMBER_OF", "Collective Security Treaty Organization") in found


def test_a_joining_clause_about_a_plan_gives_nothing():
    assert not facts("Instead of joining NATO, Austria stayed neutral.", "MEMBER_OF")


# --- more opposition phrasings ------------------------------------------------------------

def test_criticism_drawn_from_a_state():
    found = facts("South Korea drew sharp criticism from Japan over the island visit.", "OPPOSES")
    assert ("Japan", "OPPOSES", "South Korea") in found
    found = facts("Hungary faced condemnation from Poland for the pipeline deal.", "OPPOSES")
    assert ("Poland", "OPPOSES", "Hungary") in found


def test_criticism_that_was_expected_gives_nothing():
    assert not facts("South Korea may draw criticism from Japan over the visit.", "OPPOSES")


def test_lashed_out_at():
    assert ("North Korea", "OPPOSES", "South Korea") in facts("Pyongyang lashed out at Seoul over the leaflets.", "OPPOSES")


def test_condemnation_of_a_state_by_another():
    found = facts("The condemnation of Iran by Germany came within hours.", "OPPOSES")
    assert found == {("Germany", "OPPOSES", "Iran")}


def test_criticism_drawn_by_something_that_is_no_state_targets_nobody():
    text = "The timing, on the anniversary of Russia's invasion of Ukraine, drew criticism from Washington."
    assert not facts(text, "OPPOSES")


def test_technology_for_systems_still_to_be_built_gives_nothing():
    text = "Egypt ordered four corvettes to be built in Alexandria with German technology."
    assert not facts(text, TT)


# --- vetoes -------------------------------------------------------------------------------

def test_only_a_permanent_member_vetoes():
    text = "At the Security Council, Brazil and France voted against the draft resolution on Syria."
    assert facts(text, "VETOED") == {("France", "VETOED", "Syria")}
    text = "The draft on Myanmar failed after Russia cast a veto; Kenya voted against the text too."
    assert {f[0] for f in facts(text, "VETOED")} == {"Russia"}


def test_a_clause_after_a_semicolon_is_asserted_on_its_own():
    text = "Critics say the bloc would have collapsed without Moscow; Tajikistan joined the CSTO in 1994."
    assert ("Tajikistan", "MEMBER_OF", "Collective Security Treaty Organization") in facts(text, "MEMBER_OF")


def test_a_vote_that_counts_as_a_veto_lists_no_members():
    text = "At the Security Council only a permanent member's no counts as a veto, and Kenya abstained."
    assert not facts(text, "MEMBER_OF")


def test_a_present_tense_second_predicate_shares_the_subject():
    text = "Canada condemns Russia's invasion of Ukraine and condemns Belarus for its support."
    found = facts(text, "OPPOSES")
    assert ("Canada", "OPPOSES", "Belarus") in found
    assert ("Ukraine", "OPPOSES", "Belarus") not in found
    text = "Japan has sanctioned Russia since 2022 and maintains sanctions on North Korea."
    found = facts(text, "SANCTIONED")
    assert ("Japan", "SANCTIONED", "North Korea") in found
    assert ("Russia", "SANCTIONED", "North Korea") not in found


def test_a_firm_has_no_member_states():
    text = "The Khanjar drone, produced by Baykar, has been exported to many states, including Qatar and Morocco."
    assert not facts(text, "MEMBER_OF")


def test_a_technology_transfer_agreement_with_a_state():
    text = "The frigates are assembled in Brazil under a technology transfer agreement with Germany."
    assert ("Germany", TT, "Brazil") in facts(text, TT)


def test_a_technology_transfer_agreement_between_two_states_goes_to_where_it_is_built():
    text = "The howitzers for Norway are built in Norway under a technology transfer agreement between South Korea and Norway."
    assert facts(text, TT) == {("South Korea", TT, "Norway")}


def test_a_technology_transfer_agreement_still_negotiated_gives_nothing():
    text = "Brazil is negotiating a technology transfer agreement with Germany for the frigates."
    assert not facts(text, TT)


def test_built_under_a_states_licence():
    text = "The Pakistan Army fields Type 85 tanks, built in Pakistan under Chinese licence."
    assert ("China", TT, "Pakistan") in facts(text, TT)


def test_partners_in_an_organization_are_its_members():
    text = "New Zealand, Canada and the United Kingdom are partners in the Five Eyes."
    found = facts(text, "MEMBER_OF")
    assert {m for m, _, _ in found} == {"New Zealand", "Canada", "United Kingdom"}
    assert not facts("Mongolia is a dialogue partner in the SCO and no more.", "MEMBER_OF")


def test_states_that_take_part_in_an_organization():
    text = "The SCO, in which India, Pakistan and Iran participate, held its summit in Astana."
    found = facts(text, "MEMBER_OF")
    assert {m for m, _, o in found if o == "Shanghai Cooperation Organisation"} >= {"India", "Pakistan", "Iran"}


def test_partners_in_a_field_are_partners_not_members():
    found = facts("Moscow said Russia and China were partners in security as well as in trade.", "PARTNERS_WITH", "MEMBER_OF")
    assert found == {("China", "PARTNERS_WITH", "Russia")}



def test_technology_transfer_in_base_verb_forms_and_rights_granted():
    text = "Under the accord Seoul agreed to share production know-how with Warsaw."
    assert ("South Korea", TT, "Poland") in facts(text, TT)
    text = "In 2009 France granted Brazil the rights to build four submarines at Itaguai."
    assert ("France", TT, "Brazil") in facts(text, TT)


def test_no_technology_transferred_and_help_denied_give_nothing():
    assert not facts("Japan has transferred no military technology to Vietnam.", TT)
    assert not facts("Israel helped China develop the J-10, some studies say, but both governments deny it.", TT)


def test_a_text_that_fell_to_a_negative_vote():
    text = "The Security Council met on Friday. The text on Yemen fell owing to the negative vote of Russia."
    assert ("Russia", "VETOED", "Yemen") in facts(text, "VETOED")


def test_a_negative_vote_of_an_elected_member_is_no_veto():
    text = "The Security Council met on Friday. The text on Yemen passed despite the negative vote of Algeria."
    assert not facts(text, "VETOED")


def test_opposing_texts_on_a_state_does_not_oppose_the_state():
    text = "Egypt abstained on or opposed several Western drafts on Syria in the General Assembly."
    assert ("Egypt", "OPPOSES", "Syria") not in facts(text, "OPPOSES")
    text = "Egypt opposed Syria's return to the Arab League for a decade."
    assert ("Egypt", "OPPOSES", "Syria") in facts(text, "OPPOSES")


def test_firms_accused_of_a_deed_are_not_accusers():
    text = "Japan froze the assets of two Chinese firms accused of shipping engines to Russian drone makers."
    assert ("Japan", "OPPOSES", "Russia") not in facts(text, "OPPOSES")
    assert ("China", "OPPOSES", "Russia") not in facts(text, "OPPOSES")
    assert ("Japan", "OPPOSES", "China") in facts("Japan accused China of shipping engines to Russia.", "OPPOSES")
    assert ("Japan", "OPPOSES", "China") in facts("Japan has accused China of shipping engines to Russia.", "OPPOSES")


def test_partners_listed_with_dated_asides():
    text = "Indonesia has a comprehensive strategic partnership with both Australia (since 2018) and Japan."
    assert facts(text, "PARTNERS_WITH") == {("Australia", "PARTNERS_WITH", "Indonesia"), ("Indonesia", "PARTNERS_WITH", "Japan")}


def test_criticism_from_a_state_that_nobody_drew_targets_nobody():
    assert not facts("Protests from Japan were noted by South Korea's foreign ministry.", "OPPOSES")


def test_members_named_right_after_their_bloc_and_title():
    found = facts("EU members Austria and Ireland stayed outside NATO.", "MEMBER_OF")
    assert {("Austria", "MEMBER_OF", "European Union"), ("Ireland", "MEMBER_OF", "European Union")} <= found
    assert not {f for f in found if f[2] == NATO}


def test_as_a_member_opening_names_its_subject():
    found = facts("As a member of the CSTO since 1994, Belarus hosts Russian air-defence units.", "MEMBER_OF")
    assert ("Belarus", "MEMBER_OF", "Collective Security Treaty Organization") in found
    assert not facts("As a candidate for membership of the EU, Serbia must align its policy.", "MEMBER_OF")


def test_phrases_listed_as_errors_give_nothing():
    text = 'Avoid these: "NATO member Austria" (wrong); "EU member Norway" (wrong).'
    assert not facts(text, "MEMBER_OF")


def test_a_second_predicate_after_a_new_subject_keeps_that_subject():
    text = "Canada imposed sanctions on Iran, and Iran retaliated and condemned Canada."
    found = facts(text, "OPPOSES")
    assert ("Iran", "OPPOSES", "Canada") in found
