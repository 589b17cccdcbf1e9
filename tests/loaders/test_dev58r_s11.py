"""General rules for what dev58 showed (second pass, session 11): a roster of those counted at, or seen
passing the review of, the exercise in view names its participants even where the sentence names
no exercise and has no verb of taking part. Every sentence here is written for these tests; none is
taken from a corpus or evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


def took_part(text: str) -> set[tuple]:
    return facts(text, "PARTICIPATED_IN")


# --- a roster counted or logged at the exercise in view ------------------------------------------

@pytest.mark.parametrize("text, exercise, participants", [
    ("Cutlass Express 2032 ran off Djibouti in March. On the second day I counted frigates from Kenya, Oman and France.",
     "Cutlass Express", {"Kenya", "Oman", "France"}),
    ("Baltops 2032 began on Monday in the Baltic Sea. Our reporter tallied vessels or boarding teams from Poland and Estonia, "
     "together with Norway.", "BALTOPS", {"Poland", "Estonia", "Norway"}),
    ("SEACAT 2032 opened in Singapore. The harbour master logged warships from Brunei and the Philippines by noon.",
     "SEACAT", {"Brunei", "Philippines"}),
    ("Sea Breeze 2032 ended on Friday.\n\nAt sea. We saw boats and crews from Georgia and Romania in the boarding serials.",
     "Sea Breeze", {"Georgia", "Romania"}),
])
def test_units_counted_at_the_exercise_in_view_took_part(text, exercise, participants):
    assert {(state, "PARTICIPATED_IN", exercise) for state in participants} <= took_part(text)


@pytest.mark.parametrize("text", [
    "Cutlass Express 2032 ran off Djibouti in March. I counted no ships from Kenya or Oman.",  # none counted
    "Cutlass Express 2032 ran off Djibouti in March. I may have counted frigates from Kenya and Oman, but my notes are lost.",
    "Cutlass Express 2032 ran off Djibouti in March. I did not see ships from Kenya or Oman.",
    "Cutlass Express 2032 ran off Djibouti in March. Next year we hope to count frigates from Kenya and Oman.",  # planned
    "Cutlass Express 2032 ran off Djibouti in March. I counted observers from Kenya and Oman on the bridge.",  # watchers
    "Cutlass Express 2032 ran off Djibouti in March. I met delegations from Kenya and Oman at the seminar.",
])
def test_units_not_counted_or_only_watching_give_nothing(text):
    assert not took_part(text)


# --- a fleet review's column of ships passing the platform --------------------------------------

@pytest.mark.parametrize("text, participants", [
    ("MILAN 2032 opened in Visakhapatnam on Monday. The line of visiting ships now passing the review platform: Oman's "
     "frigate, the Royal Navy's HMS Kent, then corvettes from Kenya and Mauritius.", {"Oman", "Royal Navy", "Kenya", "Mauritius"}),
    ("MILAN 2032 opened in Visakhapatnam on Monday. Minutes later the President took the salute as nine visiting ships and "
     "the Indian Navy's western fleet steamed past.", {"Indian Navy"}),
    ("MILAN 2032 opened in Visakhapatnam on Monday. Corvettes from Oman and Kenya sailed past the saluting base at noon.",
     {"Oman", "Kenya"}),
])
def test_ships_passing_the_review_took_part(text, participants):
    assert {(party, "PARTICIPATED_IN", "MILAN") for party in participants} <= took_part(text)


@pytest.mark.parametrize("text", [
    "MILAN 2032 opened in Visakhapatnam on Monday. Corvettes from Oman and Kenya did not sail past the saluting base.",
    "MILAN 2032 opened in Visakhapatnam on Monday. Corvettes from Oman and Kenya will sail past the saluting base on Friday.",
    "MILAN 2032 opened in Visakhapatnam on Monday. Corvettes from Oman and Kenya may sail past the review platform if the weather allows.",
    "MILAN 2032 opened in Visakhapatnam on Monday. The Royal Navy's HMS Kent is here on a port call, not part of MILAN.",
])
def test_ships_not_passing_the_review_give_nothing(text):
    assert not took_part(text)


# --- aircrews of a competition run inside a larger games ------------------------------------------

def test_aircrews_from_states_took_part_in_the_contest_under_its_heading(tmp_path):
    from loaders.extract import extract_path
    path = tmp_path / "results.md"
    path.write_text("# Army Games 2032\n\nThe International Army Games 2032 ran in August.\n\n## Aviadarts\n\n"
                    "Aircrews from Egypt and Laos flew the final. Aircrews from Serbia did not enter this year.\n", encoding="utf-8")
    found = {(r.source, r.type, r.target) for r in extract_path(path).relations if r.type == "PARTICIPATED_IN"}
    assert {("Egypt", "PARTICIPATED_IN", "Aviadarts"), ("Laos", "PARTICIPATED_IN", "Aviadarts")} <= found
    assert not any(fact[0] == "Serbia" for fact in found)


@pytest.mark.xfail(strict=True, reason="'Aviadarts ran as part of the Army Games. Aircrews from ... flew': the exercise in view is "
                   "the last named, the games it is part of, not the contest the sentence before is about")
def test_aircrews_after_a_contest_run_as_part_of_games():
    assert ("Egypt", "PARTICIPATED_IN", "Aviadarts") in took_part(
        "Aviadarts ran as part of the Army Games in 2032. Aircrews from Egypt and Laos flew the final.")


# --- units listed after "from" whose own predicate is denied --------------------------------------

@pytest.mark.parametrize("text", [
    "Vostok 2032 began on Monday. Troops from Serbia did not take part this year.",
    "Vostok 2032 began on Monday. Paratroopers aside, units from Serbia and Armenia didn't enter at all.",
    "Vostok 2032 began on Monday. Crews from Serbia have never flown in it.",
])
def test_units_from_states_whose_predicate_is_denied_give_nothing(text):
    assert not took_part(text)


def test_a_denial_after_a_contrast_leaves_the_units_listed_before():
    assert ("Serbia", "PARTICIPATED_IN", "Vostok") in took_part(
        "Vostok 2032 began on Monday. Troops from Serbia took part, though Armenia did not.")


# --- a joint patrol by the crafts just told of, naming neither crew nor waters --------------------

@pytest.mark.parametrize("text, expected", [
    ("Two Indian Navy frigates met two Royal Thai Navy corvettes in the Andaman Sea on 3 May. They then carried out a "
     "coordinated patrol off Myanmar.", {("Indian Navy", "PATROLLED", "Andaman Sea"), ("Royal Thai Navy", "PATROLLED", "Andaman Sea")}),
    ("A Japan Coast Guard cutter and a U.S. Coast Guard cutter sailed through the Philippine Sea last spring. Both cutters "
     "completed a joint patrol east of Japan.",
     {("Japan Coast Guard", "PATROLLED", "Philippine Sea"), ("United States Coast Guard", "PATROLLED", "Philippine Sea")}),
    ("Two China Coast Guard cutters steamed with two Russian Border Service ships in the Sea of Okhotsk. The four ships "
     "conducted a joint patrol inside the Japanese zone.",
     {("China Coast Guard", "PATROLLED", "Sea of Okhotsk"), ("Border Service", "PATROLLED", "Sea of Okhotsk")}),
])
def test_patrol_by_the_crafts_told_before_takes_their_forces_and_waters(text, expected):
    assert expected <= facts(text, "PATROLLED")


@pytest.mark.parametrize("text", [
    "Two China Coast Guard cutters steamed with two Russian Border Service ships in the Sea of Okhotsk. The four ships did "
    "not conduct a joint patrol inside the Japanese zone.",
    "Two China Coast Guard cutters steamed with two Russian Border Service ships in the Sea of Okhotsk. The four ships may "
    "conduct a joint patrol inside the Japanese zone next year.",
    "Two China Coast Guard cutters steamed in the Sea of Okhotsk. The two ships conducted a patrol inside the Japanese zone.",
    "Two China Coast Guard cutters met two Russian Border Service ships in Vladivostok. The four ships conducted a joint "
    "patrol off Japan.",  # a port, no waters told of
])
def test_patrol_by_the_crafts_told_before_negated_planned_or_alone_gives_nothing_there(text):
    assert not {fact for fact in facts(text, "PATROLLED") if fact[2] in ("Sea of Okhotsk",) or fact[0] in ("China Coast Guard", "Border Service")}
