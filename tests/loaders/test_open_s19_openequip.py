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
