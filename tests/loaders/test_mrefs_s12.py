"""Pronoun, speaker and description resolution (issue #3, ERRORS.md rank 2: R1 + R3 + R5),
kept only where it transferred to sets nobody read while writing it (seeds/eval/TRANSFER.md):
a follower that repeats the paragraph's sanctions without naming them ("adopted the same
measures", "did the same"); a document's own voice as who "we" is (a parliament's record, a
force's or firm's own periodical or filing, an interview that introduces its interviewee) and
"our ships" doing what the speaker did; "it" after the verb of a sale as the state an earlier
clause of the same sentence named; a description by a system's kind ("the drones", "the
airlifter"); a new subject repeating the deed told before ("Pakistan did too"); "they" after a
fronted date as the patrollers; "its air force" after a sale left unresolved rather than given to
the seller. Every sentence here is written for these tests; none is taken
from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- ellipsis: a second sanctioner repeats the measures without naming their target -----------------

@pytest.mark.parametrize("text, follower, target", [
    ("The European Union imposed a new package of sanctions on Belarus in March. Norway announced that it had adopted the same measures.",
     "Norway", "Belarus"),
    ("In 2022 Canada imposed sanctions on Iran, and Australia did the same a week later.", "Australia", "Iran"),
    ("Britain imposed sanctions on Syria in 2011; Switzerland took the same steps in May.", "Switzerland", "Syria"),
    ("Japan sanctioned North Korea in 2006, and South Korea did likewise.", "South Korea", "North Korea"),
])
def test_a_follower_repeating_the_measures_sanctions_their_target(text, follower, target):
    assert (follower, "SANCTIONED", target) in facts(text, "SANCTIONED")


@pytest.mark.parametrize("text, follower", [
    ("The EU imposed sanctions on Belarus. Norway has not adopted the same measures.", "Norway"),
    ("The EU imposed sanctions on Belarus. Norway may adopt the same measures.", "Norway"),
    ("The EU imposed sanctions on Belarus. Iceland is expected to adopt the same measures next month.", "Iceland"),
    ("The EU imposed sanctions on Belarus. Norway did not do the same.", "Norway"),
    # "did the same" repeats what its own sentence told, here a purchase, not the sanctions before it
    ("The EU imposed sanctions on Belarus. Turkey bought drones from Iran, and Qatar did the same.", "Qatar"),
])
def test_a_follower_denied_planned_or_repeating_something_else_sanctions_no_one(text, follower):
    assert not {f for f in facts(text, "SANCTIONED") if f[0] == follower}


# --- first person as the document's own voice -------------------------------------------------------

NAVY_REVIEW = """# A Year at Sea

*The Royal Australian Navy Review*, Issue 12

Our frigates exercised in the Coral Sea in June, and our submarines trained off Perth.
"""
NAVY_REVIEW_NOT_DONE = """# A Year at Sea

*The Royal Australian Navy Review*, Issue 12

Chinese warships shadowed our frigates in the Coral Sea. Our frigates may drill in the Tasman Sea next year.
"""
COMMONS_RECORD = """HOUSE OF COMMONS OF CANADA
PARLIAMENTARY DEBATES (OFFICIAL REPORT)

Mr. Tremblay (Laval): Mr. Speaker, we joined NATO in 1949 and we bought F-35A fighters from the United States last year.
"""
PARLIAMENT_IN_THE_NEWS = """Parliament of Canada votes on budget

OTTAWA - Mr. Tremblay said the budget passed. We bought F-35A fighters from the United States, a reader wrote.
"""
FIRM_FILING = """Saab AB — Annual Report 2024

Products. We produce the Gripen E fighter and the GlobalEye surveillance aircraft at Linkoping.
"""
FIRM_FILING_PLANNED = """Saab AB — Annual Report 2024

Products. We may produce the Gripen E fighter in Brazil if the contract is extended.
"""
INTERVIEW = """Interview: "Nobody sells you everything"

Our guest is a retired Indian air marshal who commanded a fighter wing in the 2000s.

Q: Where does the fleet come from?
A: We took the Su-30MKI from Russia and later we bought Rafales from France. We are also in the SCO.
"""
INTERVIEW_DENIED = """Interview: "Nobody sells you everything"

Our guest is a retired Indian air marshal who commanded a fighter wing in the 2000s.

Q: Where does the fleet come from?
A: We never bought Rafales from France, and we might buy the Su-57 from Russia one day.
"""


@pytest.mark.parametrize("text, expected", [
    (NAVY_REVIEW, {("Royal Australian Navy", "DRILLED_IN", "Coral Sea")}),
    (COMMONS_RECORD, {("Canada", "MEMBER_OF", "North Atlantic Treaty Organization"), ("Canada", "ACQUIRED", "F-35")}),
    (FIRM_FILING, {("Saab", "PRODUCED", "Gripen E"), ("Saab", "PRODUCED", "GlobalEye")}),
    (INTERVIEW, {("India", "ACQUIRED", "Su-30MKI"), ("India", "ACQUIRED", "Rafale"), ("India", "MEMBER_OF", "Shanghai Cooperation Organisation")}),
])
def test_we_is_the_voice_the_document_opens_with(text, expected):
    assert expected <= facts(text)


@pytest.mark.parametrize("text", [NAVY_REVIEW_NOT_DONE, PARLIAMENT_IN_THE_NEWS, FIRM_FILING_PLANNED, INTERVIEW_DENIED])
def test_the_voice_states_nothing_denied_planned_or_done_to_it_nor_in_a_news_story(text):
    found = facts(text)
    assert not {f for f in found if f[1] != "ARMED_FORCE_OF"}


# --- "it" after a sale's verb: the state an earlier clause of the sentence named ----------------------

@pytest.mark.parametrize("text, buyer, system", [
    ("Ukraine was the first European customer: Turkey sold it an initial batch of six TB2s in 2019.", "Ukraine", "Bayraktar TB2"),
    ("Kenya became a customer in 2021, when France sold it four Caesar howitzers.", "Kenya", "CAESAR"),
    ("Peru was short of fighters, so Russia sold it MiG-29s.", "Peru", "MiG-29"),
])
def test_it_after_a_sale_is_the_state_the_earlier_clause_named(text, buyer, system):
    assert (buyer, "ACQUIRED", system) in facts(text, "ACQUIRED")


@pytest.mark.parametrize("text", [
    "Peru was short of fighters, so Russia might sell it MiG-29s.",
    "Peru was short of fighters, but Russia never sold it MiG-29s.",
    # two states before: which one "it" is, is not said
    "Chile and Peru were short of fighters, so Russia sold it MiG-29s.",
])
def test_it_after_a_sale_denied_hedged_or_ambiguous_buys_nothing(text):
    assert not facts(text, "ACQUIRED")


def test_it_after_a_sale_goes_on_with_the_owner_a_possessive_named_not_the_earlier_supplier():
    text = ("Kenya's army grew out of colonial units. Britain equipped most of its first battalions, "
            "and in 2021 France sold it Caesar howitzers.")
    found = facts(text, "ACQUIRED")
    assert ("United Kingdom", "ACQUIRED", "CAESAR") not in found


# --- a description by the system's kind: "the drones", "the airlifter" ------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Turkey developed the Bayraktar TB2. Ukraine bought the drones in 2019.", ("Ukraine", "ACQUIRED", "Bayraktar TB2")),
    ("Embraer builds the C-390 Millennium at Gaviao Peixoto. The Brazilian Air Force flies the airlifter.",
     ("Brazilian Air Force", "OPERATES", "C-390")),
])
def test_a_description_by_kind_is_the_last_system_of_that_kind(text, expected):
    assert expected in facts(text)


@pytest.mark.parametrize("text, absent", [
    ("Embraer builds the C-390 Millennium at Gaviao Peixoto. The Brazilian Air Force may buy the airlifter.",
     ("Brazilian Air Force", "ACQUIRED", "C-390")),
    ("Turkey developed the Bayraktar TB2. Ukraine has not bought the drones.", ("Ukraine", "ACQUIRED", "Bayraktar TB2")),
    # no drone named before: "the drones" is not the fighter just named
    ("Russia sold Su-35 fighters to Egypt. Algeria bought the drones.", ("Algeria", "ACQUIRED", "Su-35")),
])
def test_a_description_by_kind_hedged_denied_or_of_no_such_system_gives_nothing(text, absent):
    assert absent not in facts(text)


# --- ellipsis: "Pakistan did too", "Sweden did the same in 2024" ------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Bangladesh sent a frigate to Aman-2023. Sri Lanka did too.", ("Sri Lanka", "PARTICIPATED_IN", "AMAN-2023")),
    ("Finland joined NATO in 2023, and Sweden did the same in 2024.", ("Sweden", "MEMBER_OF", "North Atlantic Treaty Organization")),
    ("Norway became a member of NATO in 1949; Denmark did so as well.", ("Denmark", "MEMBER_OF", "North Atlantic Treaty Organization")),
    ("Chinese and Russian bombers patrolled the Sea of Japan in 2019. Iran later did the same.", ("Iran", "PATROLLED", "Sea of Japan")),
])
def test_a_new_subject_repeats_the_deed_told_before(text, expected):
    assert expected in facts(text)


@pytest.mark.parametrize("text, doer", [
    ("Bangladesh sent a frigate to Aman-2023. Sri Lanka did not.", "Sri Lanka"),
    ("Bangladesh sent a frigate to Aman-2023. Sri Lanka may do the same next time.", "Sri Lanka"),
    ("Bangladesh sent a frigate to Aman-2023. Sri Lanka reportedly did too.", "Sri Lanka"),
    # a sale is told twice (seller and buyer): which side the new subject takes is not said
    ("Russia sold S-400 systems to Turkey. India did the same.", "India"),
])
def test_a_repeat_denied_hedged_or_of_a_two_sided_deed_gives_nothing(text, doer):
    assert not {f for f in facts(text) if f[0] == doer}


# --- "they" after a fronted date, as the subject of a patrol -----------------------------------------

def test_they_after_a_fronted_date_are_the_patrollers():
    text = "Russia and China held Joint Sea-2021 in the Sea of Japan. In October they also flew a joint air patrol over the East China Sea."
    assert {("Russia", "PATROLLED", "East China Sea"), ("China", "PATROLLED", "East China Sea")} <= facts(text, "PATROLLED")


@pytest.mark.parametrize("text", [
    "Russia and China held Joint Sea-2021 in the Sea of Japan. In October they may fly a joint air patrol over the East China Sea.",
    "Russia and China held Joint Sea-2021 in the Sea of Japan. In October they did not fly a joint air patrol over the East China Sea.",
])
def test_they_after_a_fronted_date_planned_or_denied_patrol_nothing(text):
    assert not facts(text, "PATROLLED")


# --- "its" after a sale: the seller's or the buyer's, which is not said ------------------------------

def test_its_service_after_a_sale_is_not_the_sellers():
    found = facts("Italy sold M-346 trainers to Nigeria in 2022. Its air force also flies JF-17 fighters.", "OPERATES")
    assert not {f for f in found if f[0] in ("Italy", "Italian Air Force")}


def test_its_service_after_a_purchase_is_still_the_buyers():
    text = "Nigeria bought M-346 trainers from Italy in 2022. Its air force also flies JF-17 fighters."
    assert ("Nigerian Air Force", "OPERATES", "JF-17") in facts(text, "OPERATES")


@pytest.mark.xfail(strict=True, reason="after a sale the sentence before told, 'its' is left unresolved even where a later sentence made the seller the subject again")
def test_its_service_after_the_seller_is_the_subject_again():
    text = "Italy sold M-346 trainers to Nigeria. Italy is a large exporter. Its navy operates the FREMM frigate."
    assert ("Italian Navy", "OPERATES", "FREMM frigate") in facts(text, "OPERATES")
