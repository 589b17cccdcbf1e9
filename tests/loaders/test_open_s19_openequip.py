"""Session 19, from the first reading of dev80 to dev84: equipment wordings other authors use that the
extractor missed. Every sentence here is written for these tests; none is taken from an evaluation document."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts


# --- a reduced passive of a sale, the recipient before the agent -----------------------------

@pytest.mark.parametrize("text, seller, buyer, system", [
    ("Veterans remember the Mi-24 helicopters delivered to Ethiopia by the Soviet Union.", "Soviet Union", "Ethiopia", "Mi-24"),
    ("The museum displays M60 tanks supplied to the Jordanian Army by the United States.", "United States", "Jordanian Army", "M60 Patton"),
    ("The base kept a few Mirage 5 jets sold to Colombia in 1972 by France.", "France", "Colombia", "Mirage 5"),
])
def test_a_participle_sale_names_its_agent_after_the_recipient(text, seller, buyer, system):
    found = facts(text, "SOLD", "ACQUIRED")
    assert (seller, "SOLD", system) in found
    assert (buyer, "ACQUIRED", system) in found
    assert (buyer, "SOLD", system) not in found


@pytest.mark.parametrize("text", [
    "Veterans remember the Mi-24 helicopters delivered to Ethiopia by ship.",
    "Veterans remember the Mi-24 helicopters delivered to Ethiopia.",
    "The squadron flew Mirage 5 jets sold to Colombia in 1972 by sea.",
])
def test_no_agent_after_the_recipient_names_no_seller(text):
    assert not facts(text, "SOLD")


# --- a maker's second verb with a pronoun object, after the system it made ---------------------

@pytest.mark.parametrize("text, seller, buyer, system", [
    ("In 2012 Germany built two MEKO A-200 frigates and shipped them to Algeria.", "Germany", "Algeria", "MEKO A-200"),
    ("South Korea assembled the first K9 howitzers and delivered them to the Polish Land Forces in 2022.", "South Korea", "Polish Land Forces", "K9 Thunder"),
])
def test_a_verb_with_a_pronoun_object_after_the_made_system_is_a_sale(text, seller, buyer, system):
    found = facts(text, "SOLD", "ACQUIRED")
    assert (seller, "SOLD", system) in found
    assert (buyer, "ACQUIRED", system) in found


@pytest.mark.parametrize("text", [
    "Algeria operates two MEKO A-200 frigates delivered in 2016.",
    "Algeria operates two MEKO A-200 frigates, delivered in 2016 and 2017.",
])
def test_a_participle_after_the_system_still_names_no_seller(text):
    assert not facts(text, "SOLD")


# --- a report's nominal with its agent before the goods: "the sale by X of Y to Z" -------------------------

@pytest.mark.parametrize("text, seller, buyer, system", [
    ("The sale by France of twelve Mirage 2000 jets to Peru in 1984 strained ties with Ecuador.", "France", "Peru", "Mirage 2000"),
    ("Analysts link the donation by Japan of two patrol aircraft, P-3C Orions, to the Philippines with the dispute.", "Japan", "Philippines", "P-3C"),
    ("The procurement by Greece from France of three FDI frigates was approved in 2022.", "France", "Greece", "FDI frigate"),
    ("The import by India, in 2018, of the S-400 from Russia drew a warning.", "Russia", "India", "S-400"),
])
def test_a_nominal_names_its_agent_before_the_goods(text, seller, buyer, system):
    found = facts(text, "SOLD", "ACQUIRED")
    assert (seller, "SOLD", system) in found
    assert (buyer, "ACQUIRED", system) in found


@pytest.mark.parametrize("text", [
    "The purchase by Greece of fuel for its FDI frigates was approved in 2022.",
    "The review by India of the S-400 deal drew a warning.",
])
def test_a_nominal_whose_goods_are_not_a_system_names_no_sale(text):
    assert not facts(text, "SOLD", "ACQUIRED")


def test_a_conjunct_under_an_event_noun_of_its_own_is_not_bought():
    text = "The purchase by Denmark of Archer howitzers, and the later evaluation of the F-35, changed the plan."
    found = facts(text, "ACQUIRED")
    assert ("Denmark", "ACQUIRED", "Archer artillery system") in found
    assert ("Denmark", "ACQUIRED", "F-35") not in found


def test_a_counted_conjunct_is_still_bought():
    found = facts("Denmark bought Archer howitzers and a batch of F-35 fighters.", "ACQUIRED")
    assert {("Denmark", "ACQUIRED", "Archer artillery system"), ("Denmark", "ACQUIRED", "F-35")} <= found
