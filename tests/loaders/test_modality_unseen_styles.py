"""Statements nobody asserts, in styles the evaluation sets hardly have: op-eds, rumours,
forum posts, spokespeople's denials, fact-checks, question headlines, conditional scenarios,
wargames, speculation and quoted claims. Each unasserted sentence gives nothing at all; the
same claim stated plainly gives its relation, so no case passes because a name or a trigger
went unread. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from loaders.extract import extract_text
from loaders.readers import read_bytes
from tests.loaders.sentences import facts

SALE = ("Belarus", "SOLD", "Su-25")
PURCHASE = ("Egypt", "ACQUIRED", "Su-35")
IRAN_SU35 = ("Iran", "ACQUIRED", "Su-35")
ZAPAD = ("Kazakhstan", "PARTICIPATED_IN", "Zapad-2021")

# (a sentence that asserts nothing, the claim stated plainly, the relation the plain one gives)
CASES = [
    # rumours, fact-checks and quoted claims
    ("Reports that Belarus sold Su-25 jets to Sudan have never been confirmed.", "Belarus sold Su-25 jets to Sudan in 2008.", SALE),
    ("Minsk dismissed as fabricated claims that it had sold Su-25 jets to Sudan.", "Minsk sold Su-25 jets to Sudan.", SALE),
    ("There is no evidence that Belarus sold Su-25 jets to Sudan.", "Belarus sold Su-25 jets to Sudan.", SALE),
    ("It is unclear whether Cairo ever took delivery of Su-35 fighters.", "Cairo took delivery of Su-35 fighters.", PURCHASE),
    ("Analysts doubt that Egypt acquired the Su-35.", "Egypt acquired the Su-35.", PURCHASE),
    ("Few Western analysts believe Egypt acquired the Su-35.", "Egypt acquired the Su-35.", PURCHASE),
    ("FALSE: posts claiming that Egypt took delivery of the Su-35 last month.", "Egypt took delivery of the Su-35 last month.", PURCHASE),
    ("Egypt bought the Su-35, a claim the defence ministry has always denied.", "Egypt bought the Su-35.", PURCHASE),
    ("Egypt bought the Su-35, according to rumours on Telegram channels.", "Egypt bought the Su-35.", PURCHASE),
    ("Press accounts asserted that Egypt had acquired the Su-35.", "Egypt had acquired the Su-35.", PURCHASE),
    ("Egypt's alleged purchase of the Su-35 drew warnings from Washington.", "Egypt bought the Su-35.", PURCHASE),
    ("Cairo neither confirmed nor denied that it had bought the Su-35.", "Cairo bought the Su-35.", PURCHASE),
    ("A spokesman for the Egyptian defence ministry denied that Egypt had received any Su-35 jets.", "Egypt received Su-35 jets.", PURCHASE),
    ("Contrary to reports, Egypt did not take delivery of the Su-35.", "Egypt took delivery of the Su-35.", PURCHASE),
    ('"Egypt has received the Su-35," a pro-government channel claimed.', "Egypt has received the Su-35.", PURCHASE),
    ("A Russian blogger insists that Egypt received the Su-35.", "Egypt received the Su-35.", PURCHASE),
    ("Egypt took delivery of the Su-35, if one believes Russian bloggers.", "Egypt took delivery of the Su-35.", PURCHASE),
    ("Word is that Egypt received the Su-35.", "Egypt received the Su-35.", PURCHASE),
    ("The story that Egypt received the Su-35 is a hoax.", "Egypt received the Su-35.", PURCHASE),
    ("Viral posts say Egypt received the Su-35.", "Egypt received the Su-35.", PURCHASE),
    ("Egypt received the Su-35 in 2021. Our rating: false.", "Egypt received the Su-35 in 2021.", PURCHASE),
    # hearsay, belief and speculation
    ("Tehran is believed to have received Su-35 fighters.", "Tehran received Su-35 fighters.", IRAN_SU35),
    ("Tehran was rumoured to have received Su-35 fighters.", "Tehran received Su-35 fighters.", IRAN_SU35),
    ("Tehran is said by some to have received Su-35 fighters.", "Tehran received Su-35 fighters.", IRAN_SU35),
    ("Tehran was accused of receiving Su-35 fighters.", "Tehran received Su-35 fighters.", IRAN_SU35),
    # a forum post or a talk show
    ("I think Iran received Su-35s last winter.", "Iran received Su-35s last winter.", IRAN_SU35),
    ("AFAIK Iran received Su-35s last winter.", "Iran received Su-35s last winter.", IRAN_SU35),
    ("IIRC Iran received Su-35s last winter.", "Iran received Su-35s last winter.", IRAN_SU35),
    ("Iran received Su-35s last winter, maybe.", "Iran received Su-35s last winter.", IRAN_SU35),
    ("Belarus sold Su-25 jets to Chad... no, sorry, I think that was to Sudan.", "Belarus sold Su-25 jets to Chad.", ("Chad", "ACQUIRED", "Su-25")),
    # wanting, talking, being offered
    ("Iran was in talks to buy Su-35 fighters.", "Iran bought Su-35 fighters.", IRAN_SU35),
    ("Iran held talks to buy Su-35 fighters.", "Iran bought Su-35 fighters.", IRAN_SU35),
    ("Iran sought to buy Su-35 fighters.", "Iran bought Su-35 fighters.", IRAN_SU35),
    ("Iran was offered Su-35 fighters.", "Iran received Su-35 fighters.", IRAN_SU35),
    ("Iran expressed interest in the Su-35.", "Iran acquired the Su-35.", IRAN_SU35),
    ("Iran came close to buying Su-35 fighters.", "Iran bought Su-35 fighters.", IRAN_SU35),
    ("Iran nearly bought Su-35 fighters.", "Iran bought Su-35 fighters.", IRAN_SU35),
    # what is to come
    ("Iran could soon receive Su-35 fighters.", "Iran received Su-35 fighters.", IRAN_SU35),
    ("Iran is expected to receive Su-35 fighters.", "Iran received Su-35 fighters.", IRAN_SU35),
    ("Iran is set to receive Su-35 fighters.", "Iran received Su-35 fighters.", IRAN_SU35),
    ("Iran would have to buy Su-35 fighters to replace its F-14s.", "Iran bought Su-35 fighters to replace its F-14s.", IRAN_SU35),
    ("The planned sale of Su-25 jets by Belarus to Sudan stalled.", "Belarus sold Su-25 jets to Sudan.", SALE),
    ("A proposed joint patrol by Russia and China in the Arctic was shelved.", "Russia and China held a joint patrol in the Arctic.",
     ("Russia", "PATROLLED", "Arctic")),
    ("Turkish Aerospace agreed in 2022 to assemble the Anka drone in Kazakhstan.", "Turkish Aerospace built the Anka drone in Kazakhstan.",
     ("Turkish Aerospace Industries", "PRODUCED", "Anka")),
    # op-eds and plans: what ought to, is foreseen or was meant to happen
    ("The defence roadmap foresees Iran buying Su-35 fighters.", "Iran bought Su-35 fighters.", IRAN_SU35),
    ("The agreement calls for Iran to receive Su-35 fighters by 2026.", "Iran received Su-35 fighters in 2026.", IRAN_SU35),
    ("Iran has been linked with a purchase of Su-35 fighters.", "Iran bought Su-35 fighters.", IRAN_SU35),
    ("Iran ought to buy Su-35 fighters, this newspaper argues.", "Iran bought Su-35 fighters.", IRAN_SU35),
    ("Tehran needs to buy Su-35 fighters.", "Tehran bought Su-35 fighters.", IRAN_SU35),
    ("Tehran was meant to receive Su-35 fighters in 2023.", "Tehran received Su-35 fighters in 2023.", IRAN_SU35),
    ("Russia's pitch to sell Su-25 jets to Sudan failed.", "Russia sold Su-25 jets to Sudan.", ("Russia", "SOLD", "Su-25")),
    # conditions without "if", wargames and thought experiments
    ("Had Iran bought Su-35 fighters, Israel would have protested.", "Iran bought Su-35 fighters.", IRAN_SU35),
    ("Were Iran to buy Su-35 fighters, Israel would protest.", "Iran bought Su-35 fighters.", IRAN_SU35),
    ("Imagine that Iran bought Su-35 fighters.", "Iran bought Su-35 fighters.", IRAN_SU35),
    ("Suppose Iran bought Su-35 fighters.", "Iran bought Su-35 fighters.", IRAN_SU35),
    ("In this scenario, Tehran receives Su-35 fighters in the first week.", "Tehran received Su-35 fighters in 2023.", IRAN_SU35),
    ("In the wargame, Belarus sells Su-25 jets to Sudan.", "Belarus sells Su-25 jets to Sudan.", SALE),
    # a question headline, answered or not
    ("Did Belarus sell Su-25 jets to Sudan? Officials would not say.", "Belarus sold Su-25 jets to Sudan.", SALE),
    # refusals, failures and staying out
    ("Kazakhstan has yet to take part in Zapad-2021.", "Kazakhstan took part in Zapad-2021.", ZAPAD),
    ("Kazakhstan stopped short of joining Zapad-2021.", "Kazakhstan joined Zapad-2021.", ZAPAD),
    ("Kazakhstan refused to take part in Zapad-2021.", "Kazakhstan took part in Zapad-2021.", ZAPAD),
    ("Kazakhstan failed to send troops to Zapad-2021.", "Kazakhstan sent troops to Zapad-2021.", ZAPAD),
    ("Kazakhstan has never taken part in Zapad-2021.", "Kazakhstan has taken part in Zapad-2021.", ZAPAD),
    ("Kazakhstan withdrew from Zapad-2021 before it began.", "Kazakhstan took part in Zapad-2021.", ZAPAD),
    ("Kazakhstan sat out Zapad-2021.", "Kazakhstan took part in Zapad-2021.", ZAPAD),
    ("No Kazakh units took part in Zapad-2021.", "Kazakh units took part in Zapad-2021.", ZAPAD),
    ("None of Armenia, Kazakhstan and Kyrgyzstan sent troops to Zapad-2021.", "Armenia, Kazakhstan and Kyrgyzstan sent troops to Zapad-2021.", ZAPAD),
    # anonymous sources, likelihood and doubtful speech tags
    ("Sources close to the deal say Algeria has bought the Su-57.", "Algeria has bought the Su-57.", ("Algeria", "ACQUIRED", "Su-57")),
    ("Unnamed officials told the paper that Algeria had bought the Su-57.", "Algeria had bought the Su-57.", ("Algeria", "ACQUIRED", "Su-57")),
    ("It is possible that Algeria bought the Su-57.", "Algeria bought the Su-57.", ("Algeria", "ACQUIRED", "Su-57")),
    ("It is false that Algeria bought the Su-57.", "Algeria bought the Su-57.", ("Algeria", "ACQUIRED", "Su-57")),
    ("Critics claim Algeria bought the Su-57.", "Algeria bought the Su-57.", ("Algeria", "ACQUIRED", "Su-57")),
    ("Algeria almost certainly bought the Su-57.", "Algeria bought the Su-57.", ("Algeria", "ACQUIRED", "Su-57")),
    ("Algeria appears to have bought the Su-57.", "Algeria bought the Su-57.", ("Algeria", "ACQUIRED", "Su-57")),
    ("Algeria bought the Su-57, it seems.", "Algeria bought the Su-57.", ("Algeria", "ACQUIRED", "Su-57")),
    ("Algeria bought the Su-57, a Moscow tabloid claimed without evidence.", "Algeria bought the Su-57.", ("Algeria", "ACQUIRED", "Su-57")),
    ("Algeria bought the Su-57, or so the rumour goes.", "Algeria bought the Su-57.", ("Algeria", "ACQUIRED", "Su-57")),
    ("Algeria bought the Su-57, according to an unverified post.", "Algeria bought the Su-57.", ("Algeria", "ACQUIRED", "Su-57")),
    ("Algeria's purchase of the Su-57, if it happened, would be the first export.", "Algeria bought the Su-57.", ("Algeria", "ACQUIRED", "Su-57")),
    ("Algeria was tipped to become the first buyer of the Su-57.", "Algeria bought the Su-57.", ("Algeria", "ACQUIRED", "Su-57")),
    ("Algeria is on the verge of buying the Su-57.", "Algeria bought the Su-57.", ("Algeria", "ACQUIRED", "Su-57")),
    ("Algeria has ruled out buying the Su-57.", "Algeria bought the Su-57.", ("Algeria", "ACQUIRED", "Su-57")),
    ("Algeria ruled out joining Vostok-2022.", "Algeria joined Vostok-2022.", ("Algeria", "PARTICIPATED_IN", "Vostok-2022")),
    # a deal to come, held up or stopped
    ("Algeria is still awaiting delivery of the Su-57.", "Algeria took delivery of the Su-57.", ("Algeria", "ACQUIRED", "Su-57")),
    ("Delivery of the Su-57 to Algeria is still pending.", "Russia delivered the Su-57 to Algeria.", ("Algeria", "ACQUIRED", "Su-57")),
    ("Delivery of the Su-57 to Algeria was postponed.", "Russia delivered the Su-57 to Algeria.", ("Algeria", "ACQUIRED", "Su-57")),
    ("Russia froze the sale of the Su-57 to Algeria.", "Russia sold the Su-57 to Algeria.", ("Russia", "SOLD", "Su-57")),
    ("Russia suspended deliveries of the Su-57 to Algeria.", "Russia made deliveries of the Su-57 to Algeria.", ("Russia", "SOLD", "Su-57")),
    ("Moscow is preparing to sell the Su-57 to Algeria.", "Moscow sold the Su-57 to Algeria.", ("Russia", "SOLD", "Su-57")),
    ("Washington barred Turkey from buying the F-35.", "Turkey bought the F-35.", ("Turkey", "ACQUIRED", "F-35")),
    ("Turkey was prevented from acquiring the F-35.", "Turkey acquired the F-35.", ("Turkey", "ACQUIRED", "F-35")),
    ("In the event that Moscow sells the Su-57 to Algeria, Paris would object.", "Moscow sold the Su-57 to Algeria.", ("Russia", "SOLD", "Su-57")),
    ("Once Algeria receives the Su-57, it will be the first foreign operator.", "Algeria received the Su-57.", ("Algeria", "ACQUIRED", "Su-57")),
    ("When Algeria receives the Su-57, the air force will retire its MiG-29s.", "Algeria received the Su-57.", ("Algeria", "ACQUIRED", "Su-57")),
    # memberships, patrols, hosting, sanctions, production and know-how that are only talked about
    ("Serbia joining the CSTO is unthinkable, its president said.", "Serbia joined the CSTO in 2031.", ("Serbia", "MEMBER_OF", "Collective Security Treaty Organization")),
    ("Serbia's possible accession to the CSTO worries Brussels.", "Serbia joined the CSTO in 2031.", ("Serbia", "MEMBER_OF", "Collective Security Treaty Organization")),
    ("A joint Sino-Russian patrol in the Arctic was mooted but never held.", "Russia and China held a joint patrol in the Arctic.", ("China", "PATROLLED", "Arctic")),
    ("Belarus is due to host Zapad-2025.", "Belarus hosted Zapad-2025.", ("Belarus", "HOSTED", "Zapad-2025")),
    ("Washington waived sanctions on India over the S-400.", "Washington sanctioned India over the S-400.", ("United States", "SANCTIONED", "India")),
    ("HAL was to have built the Su-57 in Nashik.", "HAL built the Su-57 in Nashik.", ("Hindustan Aeronautics Limited", "PRODUCED", "Su-57")),
    ("Russia is reluctant to transfer engine technology to China.", "Russia transferred engine technology to China.", ("Russia", "TRANSFERRED_TECHNOLOGY_TO", "China")),
    ("Russia balked at transferring engine technology to China.", "Russia transferred engine technology to China.", ("Russia", "TRANSFERRED_TECHNOLOGY_TO", "China")),
    ("Kazakhstan's participation in Zapad-2021 has not been announced.", "Kazakhstan took part in Zapad-2021.", ZAPAD),
    ("Kazakhstan took part in Zapad-2021 only as an observer.", "Kazakhstan took part in Zapad-2021.", ZAPAD),
    ("Iran joined the SCO as an observer in 2005.", "Iran joined the SCO in 2023.", ("Iran", "MEMBER_OF", "Shanghai Cooperation Organisation")),
    # a denial of a denial is still someone's claim, not the writer's
    ("Tehran denied that it had stopped buying Su-35 fighters.", "Tehran bought Su-35 fighters.", IRAN_SU35),
]


def _id(case) -> str:
    return case[0][:48]


@pytest.mark.parametrize("unasserted, plain, relation", CASES, ids=[_id(case) for case in CASES])
def test_an_unasserted_claim_gives_nothing(unasserted, plain, relation):
    assert facts(unasserted) == set()


@pytest.mark.parametrize("unasserted, plain, relation", CASES, ids=[_id(case) for case in CASES])
def test_the_claim_stated_plainly_gives_its_relation(unasserted, plain, relation):
    assert relation in facts(plain)


# --- cues that do not govern the statement ------------------------------------------------

@pytest.mark.parametrize("text, relation", [
    # a fronted concession is a clause of its own
    ("Although talks failed in 2010, Belarus sold Su-25 jets to Sudan in 2015.", SALE),
    ("Although no deal was reached in 2010, Belarus sold Su-25 jets to Sudan in 2015.", SALE),
    ("Even though Minsk never confirmed it, Belarus sold Su-25 jets to Sudan.", SALE),
    ("Although there is no evidence that Iran paid, Belarus sold Su-25 jets to Sudan.", SALE),
    ("While Moscow refused to sell the Su-35, Egypt bought the MiG-29M from Russia.", ("Egypt", "ACQUIRED", "MiG-29M")),
    ("Despite warnings that sanctions could follow, Egypt bought the Su-35.", PURCHASE),
    # the cue comes after the statement, in another clause
    ("Belarus sold Su-25 jets to Sudan in 2008, though it refused to sell the Su-30.", SALE),
    ("Egypt did not buy the Rafale M, although it bought the Su-35 in 2020.", PURCHASE),
    # phrases that only look like cues
    ("Belarus not only sold Su-25 jets to Sudan but also trained its pilots.", SALE),
    ("Contrary to earlier denials, Egypt did take delivery of the Su-35.", PURCHASE),
    ("I can confirm that Egypt took delivery of the Su-35.", PURCHASE),
    ("Nearly thirty Su-35 fighters were delivered to Egypt.", PURCHASE),
    ("Egypt agreed in 2018 to buy the Su-35.", PURCHASE),
    ("Egypt bought the Su-35, despite claims to the contrary.", PURCHASE),
    # a cue in an aside after the subject, or before another verb of the clause
    ("Egypt, long accused of arming Haftar, bought the Su-35.", PURCHASE),
    ("Egypt, barred by Congress from buying jets, bought the Su-35.", PURCHASE),
    pytest.param("Egypt, barred by Congress from buying the F-35, bought the Su-35.", PURCHASE, marks=pytest.mark.xfail(
        strict=True, reason="a system named in the aside is taken as the subject of the main verb: argument reading, not a cue")),
    ("Egypt, which was in talks to buy the Rafale M, bought the Su-35.", PURCHASE),
    ("Belarus withdrew from the CFE talks in 2007 and sold Su-25 jets to Sudan in 2008.", SALE),
    ("When Egypt received the Su-35 in 2020, Washington protested.", PURCHASE),
    ("Once Egypt had received the Su-35, it retired its oldest MiG-21s.", PURCHASE),
    ("Egypt bought the Su-35, the ministry said.", PURCHASE),
    ("Kazakhstan took part in Zapad-2021, with Mongolia as an observer.", ZAPAD),
    ("Iran became a full member of the SCO in 2023 after years as an observer.", ("Iran", "MEMBER_OF", "Shanghai Cooperation Organisation")),
    ('"Egypt has received the Su-35," the ministry spokesman said.', PURCHASE),
    ("Egypt received the Su-35 in 2021. Our rating: true.", PURCHASE),
    ("Russia delivered the S-400 to Turkey in 2019, and Turkey was suspended from the F-35 programme.", ("Russia", "SOLD", "S-400")),
])
def test_a_cue_that_does_not_govern_the_statement_leaves_it_asserted(text, relation):
    assert relation in facts(text)


def test_a_cue_in_the_concession_still_governs_the_concession():
    found = facts("Although Minsk never sold Su-25 jets to Sudan, Egypt bought the Su-35.")
    assert PURCHASE in found
    assert SALE not in found


@pytest.mark.xfail(strict=True, reason="a regret presupposes the deed: 'should never have bought' is read as a hedge")
def test_a_regret_presupposes_the_deed():
    assert PURCHASE in facts("Egypt should never have bought the Su-35.")


def test_a_condition_opening_the_sentence_reaches_its_main_clause():
    assert facts("Had Egypt bought the Su-35, Russia would have sold it more MiG-29M jets.") == set()


def test_a_force_named_before_a_hedge_is_still_its_state_s_force():
    found = facts("The Kazakh Ground Forces drilled at Otar, and I think also Kyrgyz troops.")
    assert ("Kazakh Ground Forces", "ARMED_FORCE_OF", "Kazakhstan") in found


def test_a_force_named_after_a_scoping_cue_is_not_read():
    text = "There is no evidence that the Kazakh Ground Forces sent anyone to Zapad-2021."
    assert not facts(text, "PARTICIPATED_IN")


# --- page furniture of web pages ----------------------------------------------------------

PAGE = """<html><body>
<div class="site-navigation"><a href="/">Home</a> <a href="/x">Russia sold the S-400 to China</a></div>
<article><h1>Sudan's air force</h1>
<p>Belarus sold Su-25 jets to Sudan in 2008.</p>
<figure class="ad-slot"><figcaption>Advertisement: Egypt bought the Su-35 - read our offer</figcaption></figure>
</article>
<section id="comments-area"><p>Commenter: Iran got Su-35s from Russia last winter, trust me.</p></section>
<div id="cookie-notice"><p>We and our partners, including Kazakhstan, use cookies.</p></div>
<div class="related-stories"><ul><li><a href="/y">India bought the Su-57 from Russia</a></li></ul></div>
</body></html>"""


def test_only_the_article_of_a_web_page_is_read():
    document = read_bytes(PAGE.encode("utf-8"), "page.html")
    found = {(r.source, r.type, r.target) for r in extract_text(document.text).relations}
    assert SALE in found
    assert not {("Russia", "SOLD", "S-400"), ("China", "ACQUIRED", "S-400"), PURCHASE, IRAN_SU35, ("India", "ACQUIRED", "Su-57")} & found


# Boilerplate with no class or id word to give it away: known by its own words and shape.
PLAIN_PAGE = """<html><body><div class="wrap">
<ul class="top"><li><a href="/">Home</a></li><li><a href="/a">Turkey bought the S-400</a></li></ul>
<div class="main"><h1>Sudan's air force</h1>
<p>Belarus sold Su-25 jets to Sudan in 2008.</p>
<p><strong>Read more:</strong> <a href="/b">India bought the Su-57 from Russia</a></p>
<p>ADVERTISEMENT</p>
<p>Sponsored: Egypt bought the Su-35 - see the offer</p>
<p>Our own list of Sudan's suppliers:</p>
<ul><li>Russia sold Mi-24 helicopters to Sudan in 2013.</li></ul>
<h3>You may also like</h3>
<p><a href="/c">Russia sold the S-400 to China</a></p>
<h3>3 Comments</h3>
<div class="c"><p>jimbo77 says: Iran received Su-35s from Russia last winter, trust me.</p><p>Reply</p></div>
<p>This site uses cookies. By continuing you agree to our use of cookies. Accept</p>
</div></div></body></html>"""


def test_markerless_boilerplate_of_a_web_page_is_not_read():
    document = read_bytes(PLAIN_PAGE.encode("utf-8"), "page.html")
    found = {(r.source, r.type, r.target) for r in extract_text(document.text).relations}
    assert {SALE, ("Russia", "SOLD", "Mi-24")} <= found  # the article and its own list
    assert not {("Turkey", "ACQUIRED", "S-400"), ("India", "ACQUIRED", "Su-57"), PURCHASE, ("China", "ACQUIRED", "S-400"), IRAN_SU35} & found
    assert "cookies" not in document.text


def test_a_heading_after_the_comments_brings_the_article_back():
    page = "<html><body><h2>Comments</h2><p>Iran received Su-35s last winter.</p><h2>Background</h2><p>Belarus sold Su-25 jets to Sudan in 2008.</p></body></html>"
    found = {(r.source, r.type, r.target) for r in extract_text(read_bytes(page.encode("utf-8"), "p.html").text).relations}
    assert SALE in found
    assert IRAN_SU35 not in found


# --- tables and corrections ----------------------------------------------------------------

DEALS_TABLE = """Arms deals in our region, 2015-2024

| Supplier | Recipient | System | Note |
|---|---|---|---|
| Belarus | Sudan | Su-25 | delivered 2008 |
| Russia | Algeria | Su-57 | contract signed; assembly halted, not delivered |
| Russia | Egypt | Su-35 | deal shelved under US pressure |
"""


def test_a_table_row_whose_deal_stopped_short_gives_nothing():
    found = facts(DEALS_TABLE)
    assert ("Sudan", "ACQUIRED", "Su-25") in found
    assert not {t for t in found if t[2] in ("Su-57", "Su-35")}


@pytest.mark.parametrize("text", [
    "A photo caption identified the ship as a Su-35 of the Egyptian Air Force.",
    "An editorial on Monday said Egypt had bought the Su-35.",
    "Our headline wrongly said Egypt bought the Su-35.",
])
def test_a_correction_retelling_its_error_asserts_nothing(text):
    assert not facts(text, "ACQUIRED", "OPERATES", "SOLD")


def test_a_report_saying_something_is_still_read():
    assert PURCHASE in facts("A report by the institute said Egypt had bought the Su-35.")


# --- a hedge on one entry of a list; a retraction in a clause of its own ----------------------

@pytest.mark.parametrize("text, kept, dropped", [
    ("Kazakhstan, Armenia and possibly Mongolia took part in Zapad-2021.", ZAPAD, ("Mongolia", "PARTICIPATED_IN", "Zapad-2021")),
    ("Troops from Kazakhstan and Armenia took part in Zapad-2021, and perhaps also Mongolia.", ZAPAD, ("Mongolia", "PARTICIPATED_IN", "Zapad-2021")),
    ("Contingents from Kazakhstan took part in Zapad-2021 - I believe also Mongolia.", ZAPAD, ("Mongolia", "PARTICIPATED_IN", "Zapad-2021")),
    ("Contingents from Kazakhstan took part in Zapad-2021, I think also Mongolia, but I'd have to double-check Mongolia.", ZAPAD,
     ("Mongolia", "PARTICIPATED_IN", "Zapad-2021")),
    ("Belarus sold Su-25 jets to Sudan and possibly to Chad.", SALE, ("Chad", "ACQUIRED", "Su-25")),
    ("Belarus sold Su-25 jets to Sudan and, some say, to Chad.", ("Sudan", "ACQUIRED", "Su-25"), ("Chad", "ACQUIRED", "Su-25")),
])
def test_a_hedged_entry_of_a_list_is_dropped_and_the_rest_kept(text, kept, dropped):
    found = facts(text)
    assert kept in found
    assert dropped not in found


@pytest.mark.parametrize("text, relation, asserted", [
    ("Egypt bought the Su-35 in 2020; Algeria's order is unconfirmed.", PURCHASE, True),
    ("Egypt bought the Su-35 in 2020, but a second batch was cancelled.", PURCHASE, True),
    ("Egypt agreed to buy the Su-35 in 2018, but the deal was cancelled.", PURCHASE, False),
    ("Egypt bought the Su-35 in 2020; this has never been confirmed.", PURCHASE, False),
    ("Egypt bought the Su-35 in 2020, some papers say, but Cairo denies it.", PURCHASE, False),
    ("Egypt ordered the Su-35 in 2018, but officials never confirmed that the jets were delivered.", PURCHASE, False),
    ("Egypt's purchase of the Su-35 was reported online but was never confirmed.", PURCHASE, False),
])
def test_a_retraction_reaches_back_only_when_it_points_back(text, relation, asserted):
    assert (relation in facts(text)) is asserted


# --- a place's neighbours are not the drill's partners --------------------------------------

@pytest.mark.parametrize("text, actor, neighbours", [
    ("Russian troops drilled in Kaliningrad, near the borders with Poland and Lithuania.", "Russia", ("Poland", "Lithuania")),
    ("Russian troops exercised in Zabaykalsky Krai, close to the frontier with Mongolia.", "Russia", ("Mongolia",)),
])
def test_states_named_as_a_place_s_neighbours_do_not_drill(text, actor, neighbours):
    found = facts(text, "DRILLED_IN")
    assert any(source == actor for source, _, _ in found)
    assert not {source for source, _, _ in found} & set(neighbours)


def test_partners_named_with_with_still_drill():
    found = facts("Russia drilled with China and Mongolia in Zabaykalsky Krai.", "DRILLED_IN")
    assert {("China", "DRILLED_IN", "Zabaykalsky Krai"), ("Mongolia", "DRILLED_IN", "Zabaykalsky Krai")} <= found


# --- the type a system descends from is not the system -------------------------------------

@pytest.mark.parametrize("text, fact, ancestor", [
    ("Chinese crews fly the J-7, a distant descendant of the MiG-21.", ("China", "OPERATES", "J-7"), ("China", "OPERATES", "MiG-21")),
    ("Pakistan flies the JF-17 and India built the Tejas on the basis of the MiG-21.", ("India", "PRODUCED", "Tejas"), ("India", "PRODUCED", "MiG-21")),
])
def test_an_ancestor_named_in_an_apposition_gets_no_relation(text, fact, ancestor):
    found = facts(text)
    assert fact in found
    assert ancestor not in found


def test_an_export_version_of_a_system_is_that_system():
    assert ("China", "ACQUIRED", "S-400") in facts("Russia sold an export version of the S-400 to China.")


def test_an_ancestor_is_read_when_the_descendant_is_not_known():
    # "Zulfiqar" is no name the gazetteer knows: the family named after it is all there is
    assert ("Iran", "OPERATES", "T-72") in facts("Iran fields the Zulfiqar, a heavily reworked version of the T-72.")


# --- picture credits -------------------------------------------------------------------------

def test_a_picture_credit_is_not_content():
    text = ("Sailors of the Indian Navy on deck during Malabar-2024. Photo credit: Royal Australian Navy\n\n"
            "Marines wade ashore at Zambales. (Photo: US Army)\n\nImage: Japan Maritime Self-Defense Force")
    found = facts(text, "ARMED_FORCE_OF")
    assert ("Indian Navy", "ARMED_FORCE_OF", "India") in found
    assert not {source for source, _, _ in found} & {"Royal Australian Navy", "United States Army", "Japan Maritime Self-Defense Force"}
