"""The compositional diplomacy battery (tests/loaders/compose_diplomacy_s19.py): each wording of the seven
diplomacy types, alone and under each transformation, gives its relations and its near-miss controls give none;
pieces that pass alone pass together under two to four transformations; and the causes fixed for it hold in
sentences written here."""
from collections import defaultdict
from functools import lru_cache

import pytest

from tests.loaders.compose_diplomacy_s19 import battery, family_relations, single_battery, transforms_of

SINGLE = defaultdict(list)
for _item in single_battery():
    SINGLE[_item.shape].append(_item)

CLASH_TROOPS = "'troops from X clashed with forces of Y' is not read as a clash of the two states"
AU_COUNCIL_SEAT = "'sits on the AU Peace and Security Council' is not read as a membership"
# single shapes not read yet, with the reason
SINGLE_OPEN = {
    **{f"CLASHED_WITH:{t}": CLASH_TROOPS for t in ("attribution", "bare", "front", "object_apposition", "parenthetical",
                                                     "participle", "relative", "second_clause", "subject_apposition")},
    **{f"MEMBER_OF:{t}": AU_COUNCIL_SEAT for t in ("bare", "front", "participle", "second_clause")},
    "MEMBER_OF:split_list": "'So did X' after 'won a seat on the Council' is not read: a seat is taken for a standing",
    "PARTNERS_WITH:coordinate_subjects": "'A and B upgraded their relations with C to a strategic partnership' pairs "
                                         "A with B, not each with C",
    "PARTNERS_WITH:relative": "'A, which has close ties to D, upgraded its relations with C to ...' loses A's partnership",
    "PARTNERS_WITH:split_list": "'X did the same', 'So did X', 'X followed suit' after a partnership are not read "
                                "(a symmetric tie: which side X joins is not kept)",
    "SANCTIONED:coordinate_objects": "'blacklisted A and B's state arms exporter' loses the second owner",
    "control_CLASHED_WITH:second_clause": "a clause after ', as' loses its relation after a denial or a clash with troops",
    "control_MEMBER_OF:object_apposition": "'became a dialogue partner of X, a grouping founded decades ago,' is read "
                                           "as a membership",
    "control_MEMBER_OF:second_clause": CLASH_TROOPS + " (in the clause after ', as')",
    "control_OPPOSES:second_clause": "a clause after ', as' loses its relation after a denial",
    "control_SANCTIONED:second_clause": CLASH_TROOPS + " (in the clause after ', as')",
}
# types whose compositions of pieces that pass alone still fail somewhere, with what they combine
COMPOSED_OPEN = {
    "LEADS": "'X, led by Y, met again' after a fronted adverbial or with two initiatives loses the leader",
    "OPPOSES": "coordinated subjects before a relative clause ('A and B, which have close ties to C, condemned ...') "
               "lose one subject; an apposition with coordinated objects loses the opposition",
    "PARTNERS_WITH": "a coordinated object with a bracket after it, or 'upgraded its relations' with a second clause",
    "SANCTIONED": "coordinated subjects before a relative clause or a bracket lose one sanctioner; 'one of the "
                  "region's larger economies' after the subject with a fronted adverbial",
    "VETOED": "'the measure' for a draft tabled by another state in the sentence before, with 'as permanent "
              "members' or a bracket; coordinated subjects before a relative clause",
    "control_PARTNERS_WITH": CLASH_TROOPS + " (in a second clause)",
    "control_VETOED": "'X, led by Y, met again' as a second clause after a relative clause",
}


def _passes(item) -> bool:
    got = family_relations(item.text, item.path)
    return item.expected <= got and not got - item.expected - item.allowed


def _cases(shapes, open_shapes):
    return [pytest.param(shape, marks=pytest.mark.xfail(strict=True, reason=open_shapes[shape]))
            if shape in open_shapes else shape for shape in sorted(shapes)]


@pytest.mark.parametrize("shape", _cases(SINGLE, SINGLE_OPEN))
def test_each_wording_alone_and_under_each_transformation(shape):
    failures = [item.text for item in SINGLE[shape] if not _passes(item)]
    assert failures == []


@lru_cache(maxsize=1)
def _composed_from_good_pieces() -> dict:
    """The battery's items whose every transformation passes alone for their type, by type."""
    good = {shape for shape, items in SINGLE.items() if all(_passes(item) for item in items)}
    by_type = defaultdict(list)
    for item in battery():
        kind = item.shape.split(":")[0]
        if f"{kind}:bare" in good and all(f"{kind}:{t}" in good for t in transforms_of(item)):
            by_type[kind].append(item)
    return by_type


TYPES = sorted({item.shape.split(":")[0] for item in battery()})


@pytest.mark.parametrize("kind", _cases(TYPES, COMPOSED_OPEN))
def test_pieces_that_pass_alone_pass_together(kind):
    items = _composed_from_good_pieces()[kind]  # none where the bare wordings fail (CLASHED_WITH: see above)
    assert [item.text for item in items if not _passes(item)] == []


def test_the_battery_combines_two_to_four_transformations_and_holds_controls():
    items = battery()
    assert {len(transforms_of(item)) for item in items} == {2, 3, 4}
    assert sum(item.shape.startswith("control_") for item in items) >= 400
    assert all(item.expected for item in items if not item.shape.startswith("control_"))


# -- the causes fixed, in sentences written here

def test_a_second_clause_after_as_keeps_its_own_relation_and_lends_none():
    got = family_relations("Japan and Norway imposed sanctions on Belarus, as Peru condemned Chile's naval build-up.")
    assert got == {("SANCTIONED", "Japan", "Belarus"), ("SANCTIONED", "Norway", "Belarus"), ("OPPOSES", "Peru", "Chile")}
    got = family_relations("Greece deepened ties with Egypt in 2004, as Kenya signed a defence cooperation pact with Ghana.")
    assert got == {("PARTNERS_WITH", "Egypt", "Greece"), ("PARTNERS_WITH", "Ghana", "Kenya")}


def test_as_a_member_is_still_a_role():
    assert not family_relations("Colombia took part in the NATO summit as a guest.")


@pytest.mark.parametrize("follow, doer", [("So did Norway.", "Norway"), ("Switzerland followed suit.", "Switzerland"),
                                           ("And so did Iceland.", "Iceland")])
def test_a_repeated_deed_is_done_by_the_new_subject(follow, doer):
    got = family_relations(f"Canada imposed sanctions on Nicaragua in 2019. {follow}")
    assert ("SANCTIONED", doer, "Nicaragua") in got


@pytest.mark.parametrize("follow", ["So is Laos.", "Laos is too."])
def test_a_shared_standing_is_held_by_the_new_subject(follow):
    got = family_relations(f"Cambodia is a full member of ASEAN. {follow}")
    assert ("MEMBER_OF", "Laos", "Association of Southeast Asian Nations") in got


def test_so_did_repeats_the_opening_subject_deed_not_a_relative_clause_one():
    got = family_relations("Kenya abstained on the 2019 draft on Yemen that China vetoed. So did Ghana and Peru.")
    assert not {r for r in got if r[1] in ("Ghana", "Peru")}


def test_so_did_repeats_no_standing_held_in_an_apposition():
    got = family_relations("Kenya, then an elected member of the Council, abstained on the draft on Yemen. So did Gabon.")
    assert ("MEMBER_OF", "Gabon", "United Nations Security Council") not in got


@pytest.mark.parametrize("first", ["Chile condemned NATO's missile tests.", "Chile holds observer status in ASEAN.",
                                   "Chile applied to join the Shanghai Cooperation Organisation."])
def test_following_suit_is_no_accession_after_another_deed(first):
    got = family_relations(f"{first} Peru followed suit in 2012.")
    assert not {r for r in got if r[0] == "MEMBER_OF" and r[1] == "Peru"}


def test_following_is_an_accession_after_one_in_the_same_sentence():
    got = family_relations("Finland became the 31st member of NATO in 2023, and Sweden followed as the 32nd in March 2024.")
    assert ("MEMBER_OF", "Sweden", "North Atlantic Treaty Organization") in got


@pytest.mark.parametrize("aside", ["(see table 2)", "(in 2011)", ", one of the region's larger economies,"])
def test_a_bracket_or_apposition_after_the_subject_keeps_its_partnership(aside):
    got = family_relations(f"Ghana {aside} signed a strategic partnership with Kenya in 2012.".replace(" ,", ","))
    assert ("PARTNERS_WITH", "Ghana", "Kenya") in got


def test_a_relative_clause_on_the_vetoer_names_no_subject_of_the_draft():
    got = family_relations("France, which has close ties to Morocco, vetoed a draft resolution on Mali in 2014.")
    assert got == {("VETOED", "France", "Mali")}


def test_a_relative_clause_on_the_draft_still_tells_what_it_concerned():
    got = family_relations("The American draft, which called for a ceasefire in Yemen, was blocked by Russia in 2016.")
    assert ("VETOED", "Russia", "Yemen") in got


@pytest.mark.parametrize("verb", ["ratified its accession to", "holds a seat on"])
def test_the_comma_closing_a_relative_clause_before_the_main_verb(verb):
    body, canonical = ("the UN Security Council", "United Nations Security Council") if "seat" in verb else (
        "the Collective Security Treaty Organization", "Collective Security Treaty Organization")
    got = family_relations(f"Ghana, which has a long border with Togo, {verb} {body}.")
    assert got == {("MEMBER_OF", "Ghana", canonical)}


def test_a_permanent_member_after_a_relative_clause_is_the_subject():
    got = family_relations("Russia, which has a long border with Norway, as a permanent member, voted against a draft "
                           "resolution on Mali in 2012.")
    assert ("MEMBER_OF", "Norway", "United Nations Security Council") not in got
    assert ("VETOED", "Russia", "Mali") in got


def test_a_vetoer_opening_a_while_clause_takes_no_subject_from_the_clause_before():
    got = family_relations("Canada imposed sanctions on Syria in 2007, while Russia blocked a draft resolution on Mali "
                           "with its veto in 2011.")
    assert {r for r in got if r[0] == "VETOED"} == {("VETOED", "Russia", "Mali")}


@pytest.mark.parametrize("noun, initiative", [("the scheme", "Belt and Road Initiative"),
                                               ("the initiative", "Global Security Initiative"),
                                               ("the policy", "Act East Policy")])
def test_an_initiative_named_before_is_referred_to_by_its_kind(noun, initiative):
    leader = "India" if "Act East" in initiative else "China"
    got = family_relations(f"The {initiative} was announced with great fanfare. {leader} still leads {noun}.")
    assert ("LEADS", leader, initiative) in got


@pytest.mark.parametrize("measure", ["imposed export bans on", "imposed an arms ban on", "froze the assets of",
                                     "imposed sanctions on"])
def test_bans_and_a_central_bank_are_sanctions_on_the_state(measure):
    target = "Belarus" if "ban" in measure else "Belarus's central bank"
    assert ("SANCTIONED", "Norway", "Belarus") in family_relations(f"Norway {measure} {target} in 2021.")


def test_a_proposed_ban_or_a_states_firms_are_no_sanction_on_the_state():
    assert not family_relations("Norway proposed an export ban on Belarus.")
    assert not family_relations("Norway imposed sanctions on Belarusian banks.")
