"""Memberships, vetoes, production and technology transfer in the many shapes other writers
give them: member lists after a verb, a colon or a bracket, joining and enlargement, founding
members in apposition, Security Council seats, vetoes cast, used or suffered by a text, things
built, designed or licence-built, and the look-alikes that must give nothing (observers,
applicants, drafters, abstainers, threats, denials and plans)."""
from __future__ import annotations

import pytest

from tests.loaders.sentences import facts

NATO = "North Atlantic Treaty Organization"
SCO = "Shanghai Cooperation Organisation"
CSTO = "Collective Security Treaty Organization"
ASEAN = "Association of Southeast Asian Nations"
QUAD = "Quadrilateral Security Dialogue"
EAEU = "Eurasian Economic Union"
EU = "European Union"
UNSC = "United Nations Security Council"
BRICS_FIVE = ("Brazil", "Russia", "India", "China", "South Africa")
P5 = ("China", "France", "Russia", "United Kingdom", "United States")


def members(org: str, *states: str) -> set[tuple]:
    return {(s, "MEMBER_OF", org) for s in states}


MEMBERSHIP = [
    ("BRICS met in Kazan. The bloc's members are Brazil, Russia, India, China and South Africa.", members("BRICS", *BRICS_FIVE)),
    ("Brazil, Russia, India, China and South Africa make up BRICS.", members("BRICS", *BRICS_FIVE)),
    ("The CSTO, which groups Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan, met in Minsk.",
     members(CSTO, "Russia", "Belarus", "Armenia", "Kazakhstan", "Kyrgyzstan", "Tajikistan")),
    ("ASEAN comprises Brunei, Cambodia, Indonesia, Laos, Malaysia, Myanmar, the Philippines, Singapore, Thailand and Vietnam.",
     members(ASEAN, "Brunei", "Cambodia", "Indonesia", "Laos", "Malaysia", "Myanmar", "Philippines", "Singapore", "Thailand", "Vietnam")),
    ("The Quad consists of Australia, India, Japan and the United States.", members(QUAD, "Australia", "India", "Japan", "United States")),
    ("AUKUS brings together Australia, the United Kingdom and the United States.", members("AUKUS", "Australia", "United Kingdom", "United States")),
    ("The SCO counts India and Pakistan among its members.", members(SCO, "India", "Pakistan")),
    ("The CSTO members — Russia, Belarus and Kazakhstan — agreed to hold the drill in October.", members(CSTO, "Russia", "Belarus", "Kazakhstan")),
    ("The SCO's nine members include China, Russia, India, Pakistan and Iran.", members(SCO, "China", "Russia", "India", "Pakistan", "Iran")),
    ("Estonia joined NATO in 2004 along with Latvia and Lithuania.", members(NATO, "Estonia", "Latvia", "Lithuania")),
    ("In 2023 BRICS expanded to take in Egypt and Ethiopia.", members("BRICS", "Egypt", "Ethiopia")),
    ("NATO's 2004 enlargement brought in Bulgaria, Romania and Slovakia.", members(NATO, "Bulgaria", "Romania", "Slovakia")),
    ("Montenegro was admitted to NATO in 2017.", members(NATO, "Montenegro")),
    ("North Macedonia acceded to NATO in 2020.", members(NATO, "North Macedonia")),
    ("Finland became the 31st member of NATO in April 2023, and Sweden became the 32nd in March 2024.", members(NATO, "Finland", "Sweden")),
    ("Kazakhstan, a founding member of the SCO, hosted the summit.", members(SCO, "Kazakhstan")),
    ("As SCO members, India and Pakistan take part in its counter-terrorism structure.", members(SCO, "India", "Pakistan")),
    ("The Quad (Australia, India, Japan and the United States) met in Tokyo.", members(QUAD, "Australia", "India", "Japan", "United States")),
    ("Norway has been part of NATO since 1949.", members(NATO, "Norway")),
    ("The Security Council's five permanent members (China, France, Russia, the United Kingdom and the United States) met behind closed doors.",
     members(UNSC, *P5)),
    ("Brazil holds a non-permanent seat on the Security Council for 2022-23.", members(UNSC, "Brazil")),
    ("India sits on the UN Security Council as an elected member this year.", members(UNSC, "India")),
    ("Sweden's accession to NATO was completed in March 2024.", members(NATO, "Sweden")),
    ("Iran became a full member of the SCO in July 2023.", members(SCO, "Iran")),
    ("Turkey, a NATO member since 1952, bought the S-400.", members(NATO, "Turkey")),
    ("Belarus is the newest member of the SCO, admitted in 2024.", members(SCO, "Belarus")),
    ("Members of the EAEU: Russia, Belarus, Kazakhstan, Armenia and Kyrgyzstan.", members(EAEU, "Russia", "Belarus", "Kazakhstan", "Armenia", "Kyrgyzstan")),
    ("Russia and China are both members of BRICS and the SCO.", members("BRICS", "Russia", "China") | members(SCO, "Russia", "China")),
    ("The Shanghai Cooperation Organisation, whose members include China, Russia and Kazakhstan, met in Astana.", members(SCO, "China", "Russia", "Kazakhstan")),
    ("Among NATO's members are Poland, Romania and Turkey.", members(NATO, "Poland", "Romania", "Turkey")),
    ("Denmark, Norway and Iceland were among the founding members of NATO in 1949.", members(NATO, "Denmark", "Norway", "Iceland")),
    ("The European Union's 27 member states include France, Germany and Poland.", members(EU, "France", "Germany", "Poland")),
    ("Egypt, Ethiopia, Iran and the United Arab Emirates joined BRICS on 1 January 2024.", members("BRICS", "Egypt", "Ethiopia", "Iran", "United Arab Emirates")),
    ("Laos and Myanmar were admitted into ASEAN in 1997, and Cambodia followed in 1999.", members(ASEAN, "Laos", "Myanmar", "Cambodia")),
    ("The Collective Security Treaty Organization is made up of Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan.",
     members(CSTO, "Russia", "Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Tajikistan")),
    ("Vietnam has been an ASEAN member since 1995.", members(ASEAN, "Vietnam")),
    ("Pakistan and India entered the SCO together in 2017.", members(SCO, "Pakistan", "India")),
    ("Uzbekistan is one of the SCO's founding members.", members(SCO, "Uzbekistan")),
    ("Members of NATO since 1999, Poland, Hungary and the Czech Republic host allied troops.", members(NATO, "Poland", "Hungary", "Czech Republic")),
    ("The Security Council meets today. The Council's elected members this year include Algeria, Guyana and South Korea.", members(UNSC, "Algeria", "Guyana", "South Korea")),
    ("France is one of the five permanent members of the UN Security Council.", members(UNSC, "France")),
    ("NATO's newest members, Finland and Sweden, joined in 2023 and 2024.", members(NATO, "Finland", "Sweden")),
    ("The Quad's four members are Australia, India, Japan and the United States.", members(QUAD, "Australia", "India", "Japan", "United States")),
    ("The enlargement of 1999 took in Poland, Hungary and the Czech Republic, bringing NATO to 19 members.", members(NATO, "Poland", "Hungary", "Czech Republic")),
]

NOT_MEMBERSHIP = [
    "Mongolia is an observer at the SCO.",
    "Turkey is an SCO dialogue partner.",
    "Ukraine has applied to join NATO.",
    "Georgia is a candidate for NATO membership.",
    "Saudi Arabia was invited to join BRICS but has not yet taken up membership.",
    "Mali was suspended from the African Union after the coup.",
    "Uzbekistan withdrew from the CSTO in 2012.",
    "Armenia wants to join the European Union.",
    "Serbia could join the SCO as an observer.",
    "Azerbaijan is considering membership in the SCO.",
    "Sri Lanka and Cambodia are SCO dialogue partners.",
    "Indonesia declined to join BRICS in 2023.",
    "Timor-Leste has applied for ASEAN membership and holds observer status.",
    "Moldova is not a member of NATO.",
    "The SCO's observer states are Afghanistan and Mongolia.",
    "Kosovo aspires to join NATO.",
    "Algeria applied to join BRICS in 2022.",
    "If Ukraine joined NATO, Russia would respond.",
    "Uzbekistan left the CSTO in 2012.",
    "Colombia is a NATO global partner but not a member.",
    "Bosnia and Herzegovina hopes to become a member of NATO.",
    "Laos and Myanmar were ASEAN applicants in 1996.",
    "Japan might join AUKUS's second pillar.",
    "India is expected to join the Security Council as a permanent member.",
    "NATO\n\nCandidates for enlargement\n\n- Georgia\n- Ukraine\n",
    "NATO\n\nEnlargement debate\n\n- Georgia: could join after 2030\n- Ukraine: invited, not yet admitted\n",
    "India took in refugees from Myanmar.",
    "BRICS now has a tier of partner countries that includes Cuba, Bolivia and Uganda.",
    "The SCO's observers include Mongolia and Afghanistan.",
    "Dialogue partners of the SCO include Turkey, Egypt and Qatar.",
    'Azerbaijan is a dialogue partner; Baku\'s talk of "joining" the SCO is not a decision.',
    "Georgia left the CSTO in 1999 and Azerbaijan quit the same year.",
    "Serbia, not a member of the CSTO, observes its drills.",
    "Serbia is neither a member of NATO nor of the CSTO.",
    "In 2024 Chinese and Belarusian special forces drilled near Brest while the SCO summit met.",
    "NATO met in Vilnius. In 2024 Russia re-created the Leningrad Military District.",
    "The Security Council met. The United States vetoed a draft recommending the admission of the State of Palestine to UN membership.",
    "The G7 met in Italy. Italy, the only G7 state to have signed up, was preparing to leave the initiative.",
]

VETOES = [
    ("Russia cast its veto on a draft resolution on Syria in 2011.", {("Russia", "Syria")}),
    ("Russia and China vetoed the text on Syria at the Security Council.", {("Russia", "Syria"), ("China", "Syria")}),
    ("China killed a draft on Myanmar at the Security Council in 2007.", {("China", "Myanmar")}),
    ("The United States shot down a Security Council draft on Israel in 2018.", {("United States", "Israel")}),
    ("A text on Venezuela fell to a veto by Russia in 2019.", {("Russia", "Venezuela")}),
    ("The draft, vetoed by Russia and China, would have imposed sanctions on Zimbabwe.", {("Russia", "Zimbabwe"), ("China", "Zimbabwe")}),
    ("Russia used its veto for the 17th time, on Syria, in 2020.", {("Russia", "Syria")}),
    ("Russia vetoed a resolution on Ukraine at the UN Security Council in 2022.", {("Russia", "Ukraine")}),
    ("A 2017 draft on Syria was vetoed by Russia.", {("Russia", "Syria")}),
    ("Russia blocked a Security Council draft on Georgia in 2009.", {("Russia", "Georgia")}),
    ("At the Security Council in 2008, Russia and China cast vetoes against a draft on Zimbabwe.", {("Russia", "Zimbabwe"), ("China", "Zimbabwe")}),
    ("China and Russia each cast a veto against the text on Venezuela in 2019.", {("China", "Venezuela"), ("Russia", "Venezuela")}),
    ("Washington vetoed the Security Council resolution on Israel.", {("United States", "Israel")}),
    ("Russia's veto of the draft on Ukraine in 2014 was its first since 2011.", {("Russia", "Ukraine")}),
    ("The draft on Myanmar was blocked by China and Russia in 2007.", {("China", "Myanmar"), ("Russia", "Myanmar")}),
    ("France and the United Kingdom vetoed a Security Council draft on Egypt in 1956.", {("France", "Egypt"), ("United Kingdom", "Egypt")}),
    ("Moscow wielded its veto against a draft on Syria in 2016.", {("Russia", "Syria")}),
    ("The resolution on Venezuela failed after Russia and China voted against it at the Security Council.", {("Russia", "Venezuela"), ("China", "Venezuela")}),
    ("The United States drafted a resolution on Syria, which Russia vetoed.", {("Russia", "Syria")}),
    ("France and the United Kingdom co-sponsored the draft on Myanmar; China vetoed it.", {("China", "Myanmar")}),
    ("A Security Council draft on Syria was killed by a Russian veto in 2014.", {("Russia", "Syria")}),
    ("Russia vetoed, with China, a Security Council text on Syria in 2019.", {("Russia", "Syria"), ("China", "Syria")}),
]

NOT_VETOES = [
    "India abstained on the Security Council draft on Ukraine.",
    "Brazil voted against the Security Council draft on Syria.",
    "Russia threatened a veto on the draft on Libya.",
    "China would veto any Security Council resolution on Taiwan.",
    "No veto was cast on the Security Council resolution on Iraq.",
    "Russia has not vetoed any Security Council draft on Afghanistan.",
    "China abstained rather than veto the Security Council text on Libya.",
    "Russia might veto the Security Council draft on Mali.",
    "France and the United Kingdom drafted the Security Council resolution on Libya.",
    "The Security Council draft on Sudan, co-sponsored by the United States, was adopted unanimously.",
    "Russia voted no on the General Assembly resolution on Ukraine.",
    "The Security Council draft on Venezuela failed for lack of nine votes; no veto was cast, though the United States voted against.",
    "Draft resolution on Syria\n\nVotes: 11 in favour, 2 against (Brazil, India), 2 abstentions.\n",
    "A Russian text on Gaza got five votes. The United States and France voted no, but none of those votes was a veto at the Security Council.",
]

PRODUCTION = [
    ("The Su-35, built by Russia's Sukhoi bureau, entered service in 2014.", {("Sukhoi", "PRODUCED", "Su-35")}),
    ("Pakistan flies the Chinese-designed J-10C.", {("China", "PRODUCED", "J-10C")}),
    ("The JF-17 is manufactured in Pakistan.", {("Pakistan", "PRODUCED", "JF-17")}),
    ("Egypt ordered Chinese-made J-10C fighters.", {("China", "PRODUCED", "J-10C")}),
    ("Turkey's Bayraktar TB2, an indigenous design, has been exported widely.", {("Turkey", "PRODUCED", "Bayraktar TB2")}),
    ("China developed the JF-17 jointly with Pakistan.", {("China", "PRODUCED", "JF-17"), ("Pakistan", "PRODUCED", "JF-17")}),
    ("The Su-30MKI is licence-built in India.", {("India", "PRODUCED", "Su-30MKI")}),
    ("Russia helped India develop the BrahMos.", {("Russia", "TRANSFERRED_TECHNOLOGY_TO", "India")}),
    ("With Russian assistance, China builds the J-11.", {("Russia", "TRANSFERRED_TECHNOLOGY_TO", "China"), ("China", "PRODUCED", "J-11")}),
    ("The J-20 is produced by the Chengdu Aircraft Corporation.", {("Chengdu Aircraft Corporation", "PRODUCED", "J-20")}),
    ("India produces the Su-30MKI under licence from Russia.", {("India", "PRODUCED", "Su-30MKI"), ("Russia", "TRANSFERRED_TECHNOLOGY_TO", "India")}),
    ("The Type 055 destroyer is a Chinese-built warship.", {("China", "PRODUCED", "Type 055 destroyer")}),
    ("Russia transferred the technology for the Su-30MKI to India.", {("Russia", "TRANSFERRED_TECHNOLOGY_TO", "India")}),
    ("The S-400 was designed by Almaz-Antey.", {("Almaz-Antey", "PRODUCED", "S-400")}),
    ("Built in Russia, the Su-35 is a heavy fighter.", {("Russia", "PRODUCED", "Su-35")}),
    ("India assembles the Su-30MKI at Nashik.", {("India", "PRODUCED", "Su-30MKI")}),
    ("The Shahed-136, designed and manufactured in Iran, is a loitering munition.", {("Iran", "PRODUCED", "Shahed-136")}),
    ("South Korea licensed the K9 Thunder design to Poland.", {("South Korea", "TRANSFERRED_TECHNOLOGY_TO", "Poland")}),
    ("Under a technology-transfer deal, France helps Brazil build Scorpene submarines.", {("France", "TRANSFERRED_TECHNOLOGY_TO", "Brazil")}),
    ("China supplied Pakistan with the technology to build the JF-17.", {("China", "TRANSFERRED_TECHNOLOGY_TO", "Pakistan")}),
    ("With China's assistance, Pakistan builds the JF-17.", {("China", "TRANSFERRED_TECHNOLOGY_TO", "Pakistan"), ("Pakistan", "PRODUCED", "JF-17")}),
    ("Russia's Almaz-Antey makes the S-400.", {("Almaz-Antey", "PRODUCED", "S-400")}),
    ("The Su-30MKI is built under licence in India by Hindustan Aeronautics Limited.",
     {("Hindustan Aeronautics Limited", "PRODUCED", "Su-30MKI"), ("India", "PRODUCED", "Su-30MKI")}),
    ("The K9 Thunder, a South Korean design, is also produced in Poland.", {("South Korea", "PRODUCED", "K9 Thunder"), ("Poland", "PRODUCED", "K9 Thunder")}),
]

NOT_PRODUCTION = [
    "Iran denied that it produced the Shahed-136.",
    "The J-10C might be built in Pakistan one day.",
    "India plans to produce the Su-57 locally.",
    "Russia has not produced any new Tu-160 since 1992.",
    "There is no evidence that North Korea manufactured the Shahed-136.",
    "Egypt is expected to assemble the J-10C.",
    "Vietnam has not transferred any technology to Laos.",
    "Turkey may license the Bayraktar TB2 to Ukraine.",
    "Reports that China helped Iran build the Shahed-136 are unconfirmed.",
    "India hopes to build the Su-57 under licence from Russia.",
    "The J-10C is not a Chinese design.",
    "Pakistan's JF-17 is an indigenous design, officials claim.",
]

KINDS = ("MEMBER_OF", "VETOED", "PRODUCED", "TRANSFERRED_TECHNOLOGY_TO")


@pytest.mark.parametrize("text,expected", MEMBERSHIP)
def test_membership_shapes_name_each_member(text, expected):
    orgs = {t for _, _, t in expected}
    found = {f for f in facts(text, "MEMBER_OF") if f[2] in orgs}
    assert found == expected


@pytest.mark.parametrize("text", NOT_MEMBERSHIP)
def test_observers_applicants_and_leavers_are_no_members(text):
    assert facts(text, "MEMBER_OF") == set()


@pytest.mark.parametrize("text,expected", VETOES)
def test_veto_shapes_name_each_vetoer_and_subject(text, expected):
    assert {(s, t) for s, _, t in facts(text, "VETOED")} == expected


@pytest.mark.parametrize("text", NOT_VETOES)
def test_drafters_abstainers_and_threats_are_no_vetoes(text):
    assert facts(text, "VETOED") == set()


@pytest.mark.parametrize("text,expected", PRODUCTION)
def test_production_and_technology_shapes(text, expected):
    assert expected <= facts(text, "PRODUCED", "TRANSFERRED_TECHNOLOGY_TO")


@pytest.mark.parametrize("text", NOT_PRODUCTION)
def test_denied_or_planned_production_gives_nothing(text):
    assert facts(text, "PRODUCED", "TRANSFERRED_TECHNOLOGY_TO") == set()


# --- the same relations as fact sheets, encyclopedia sections and briefings lay them out ---

ASEAN_TEN = ("Brunei", "Cambodia", "Indonesia", "Laos", "Malaysia", "Myanmar", "Philippines", "Singapore", "Thailand", "Vietnam")
SCO_SIX = ("China", "Russia", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan")
CSTO_SIX = ("Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan")
NATO_2004 = ("Bulgaria", "Estonia", "Latvia", "Lithuania", "Romania", "Slovakia", "Slovenia")


def gap(*values, reason: str):
    """A shape the rules do not read yet: kept in the battery, expected to fail until they do."""
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=reason))


DOCUMENT_MEMBERSHIP = [
    ("ASEAN\n\nMember states (10): Brunei, Cambodia, Indonesia, Laos, Malaysia, Myanmar, the Philippines, Singapore, Thailand, Vietnam\n"
     "Observers: Papua New Guinea\n", members(ASEAN, *ASEAN_TEN)),
    ("Shanghai Cooperation Organisation\n\nFounded: 2001 | Members: China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan\n", members(SCO, *SCO_SIX)),
    ("Collective Security Treaty Organization\n\nMembers:\n- Russia\n- Belarus\n- Armenia\n- Kazakhstan\n", members(CSTO, "Russia", "Belarus", "Armenia", "Kazakhstan")),
    ("The SCO was set up in 2001. Its members are China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.", members(SCO, *SCO_SIX)),
    ("The SCO grew in 2017. India and Pakistan acceded in 2017, Iran in 2023 and Belarus in 2024.", members(SCO, "India", "Pakistan", "Iran", "Belarus")),
    ("The SCO grew steadily. India and Pakistan were admitted together in 2017, Iran in 2023 and Belarus in 2024, bringing the total to ten.",
     members(SCO, "India", "Pakistan", "Iran", "Belarus")),
    ("SCO notes. Please keep the founding six: China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan (2001).", members(SCO, *SCO_SIX)),
    ("BRICS was expanded in 2024, when Egypt, Ethiopia, Iran and the United Arab Emirates came on board.",
     members("BRICS", "Egypt", "Ethiopia", "Iran", "United Arab Emirates")),
    ("NATO had twelve founding members. Membership grew to sixteen in 1982 when Spain joined.", members(NATO, "Spain")),
    ("Ten countries belong to ASEAN: Brunei, Cambodia, Indonesia, Laos, Malaysia, Myanmar, the Philippines, Singapore, Thailand and Vietnam.",
     members(ASEAN, *ASEAN_TEN)),
    ("Full membership of the SCO was granted to Iran in 2023.", members(SCO, "Iran")),
    ("The UN Security Council has five permanent members: China, France, Russia, the United Kingdom and the United States.", members(UNSC, *P5)),
    ("The Security Council has fifteen members. Five of them - China, France, Russia, the United Kingdom and the United States - are permanent.",
     members(UNSC, *P5)),
    ("NATO\n\nMember states by year of accession\n\n| State | Joined |\n|---|---|\n| Poland | 1999 |\n| Hungary | 1999 |\n| Estonia | 2004 |\n",
     members(NATO, "Poland", "Hungary", "Estonia")),
    ("NATO\n\nEnlargement\n\n- 1999: Czech Republic, Hungary, Poland\n- 2004: Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia, Slovenia\n"
     "- 2009: Albania, Croatia\n", members(NATO, "Czech Republic", "Hungary", "Poland", *NATO_2004, "Albania", "Croatia")),
    ("The Collective Security Treaty Organization was founded in 2002. Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan are its members.",
     members(CSTO, *CSTO_SIX)),
    ("The Collective Security Treaty Organization (CSTO)\n\nIt brings together Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan.",
     members(CSTO, *CSTO_SIX)),
    ("The CSTO is a Russian-led alliance. Its other members are Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan.",
     members(CSTO, "Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Tajikistan")),
    ("NATO was founded in 1949. Belgium, Canada and Denmark were among its founders.", members(NATO, "Belgium", "Canada", "Denmark")),
    ("Armenia, Belarus, Kazakhstan, Kyrgyzstan and Russia form the Eurasian Economic Union.", members(EAEU, "Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia")),
    ("In 2004 seven countries joined NATO: Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia.", members(NATO, *NATO_2004)),
    ("NATO enlarged in 2004 to include Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia.", members(NATO, *NATO_2004)),
    ("ASEAN was founded in 1967 by Indonesia, Malaysia, the Philippines, Singapore and Thailand. Brunei joined in 1984.",
     members(ASEAN, "Indonesia", "Malaysia", "Philippines", "Singapore", "Thailand", "Brunei")),
    ("Key facts: NATO\n\n* Founded: 1949\n* Members: 32\n* Newest members: Finland (2023), Sweden (2024)\n", members(NATO, "Finland", "Sweden")),
    ("ASEAN membership: Brunei (1984), Vietnam (1995), Laos (1997), Myanmar (1997), Cambodia (1999).",
     members(ASEAN, "Brunei", "Vietnam", "Laos", "Myanmar", "Cambodia")),
    ("The SCO's full members now number nine: China, Russia, India, Pakistan, Iran, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.",
     members(SCO, *SCO_SIX, "India", "Pakistan", "Iran")),
    ("Security Council composition, 2024\n\nPermanent members: China, France, Russia, United Kingdom, United States\n"
     "Elected members: Algeria, Ecuador, Guyana, Japan, Malta\n", members(UNSC, *P5, "Algeria", "Ecuador", "Guyana", "Japan", "Malta")),
    ("Egypt and Ethiopia, which joined BRICS in 2024, attended.", members("BRICS", "Egypt", "Ethiopia")),
    ("The accession of Finland and Sweden doubled NATO's border with Russia.", members(NATO, "Finland", "Sweden")),
    ("NATO welcomed Finland as its 31st member in April 2023.", members(NATO, "Finland")),
    ("Russia holds one of the five permanent seats on the Security Council.", members(UNSC, "Russia")),
    ("Japan began a two-year term on the Security Council in January 2023.", members(UNSC, "Japan")),
    ("Mozambique was elected to the Security Council for 2023-24.", members(UNSC, "Mozambique")),
    ("The Security Council voted on Friday. Chile and Peru, both elected members, voted yes.", members(UNSC, "Chile", "Peru")),
    ("The Security Council will vote on Friday. Officials from Chile and Peru, two of the three Latin American elected members, expect a yes.",
     members(UNSC, "Chile", "Peru")),
    ("Of the SCO's members, China and Russia are the largest.", members(SCO, "China", "Russia")),
    ("NATO is a military alliance of 32 states, among them Poland, Norway and Turkey.", members(NATO, "Poland", "Norway", "Turkey")),
    ("Poland, which joined NATO in 1999, hosts allied troops.", members(NATO, "Poland")),
    ("NATO members Estonia, Latvia and Lithuania border Russia.", members(NATO, "Estonia", "Latvia", "Lithuania")),
    ("The Quad groups four democracies: Australia, India, Japan and the United States.", members(QUAD, "Australia", "India", "Japan", "United States")),
    ("ASEAN's ten members - Brunei, Cambodia, Indonesia, Laos, Malaysia, Myanmar, the Philippines, Singapore, Thailand and Vietnam - met in Jakarta.",
     members(ASEAN, *ASEAN_TEN)),
    ("Among the founding members of NATO were France and the United Kingdom.", members(NATO, "France", "United Kingdom")),
    ("Joining NATO in 2004 were Bulgaria, Estonia and Latvia.", members(NATO, "Bulgaria", "Estonia", "Latvia")),
    ("The United Kingdom is one of the Security Council's five permanent members.", members(UNSC, "United Kingdom")),
    ("Ghana, Gabon and Mozambique held the three African seats on the Security Council in 2023.", members(UNSC, "Ghana", "Gabon", "Mozambique")),
    ("SCO\n\nAdmitted in 2017: India, Pakistan.", members(SCO, "India", "Pakistan")),
    ("CSTO\n\nMembers — Russia, Belarus, Kazakhstan.", members(CSTO, "Russia", "Belarus", "Kazakhstan")),
    ("Kazakhstan is one of the SCO's founding members, along with China and Russia.", members(SCO, "Kazakhstan", "China", "Russia")),
    ("As a NATO ally, Turkey hosts the Incirlik base.", members(NATO, "Turkey")),
    ("NATO ally Turkey hosts the base.", members(NATO, "Turkey")),
    ("Russia and its CSTO allies Belarus and Armenia met.", members(CSTO, "Russia", "Belarus", "Armenia")),
    ("All five members of the CSTO - Russia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan - sent troops.",
     members(CSTO, "Russia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Tajikistan")),
    ("Canada, the United Kingdom and the United States are the only parties to the Five Eyes.",
     members("Five Eyes", "Canada", "United Kingdom", "United States")),
    ("Minsk, a member of the CSTO since 1992, hosted the drill.", members(CSTO, "Belarus")),
    ("Egypt, like Ethiopia, is a member of BRICS.", members("BRICS", "Egypt", "Ethiopia")),
    ("Egypt, Ethiopia and Iran took up full membership of BRICS in 2024.", members("BRICS", "Egypt", "Ethiopia", "Iran")),
    ("BRICS grew in 2010. South Africa signed on in 2010.", members("BRICS", "South Africa")),
    ("The SCO expanded. India and Pakistan came in as full members in 2017, Iran was admitted in 2023 and Belarus a year later.",
     members(SCO, "India", "Pakistan", "Iran", "Belarus")),
    ("Five states set up the CSTO in 2002: Russia, Belarus, Armenia, Kazakhstan and Tajikistan.",
     members(CSTO, "Russia", "Belarus", "Armenia", "Kazakhstan", "Tajikistan")),
    ("Kazakhstan is a member of the CSTO. It is also a member of the Eurasian Economic Union.", members(CSTO, "Kazakhstan") | members(EAEU, "Kazakhstan")),
    ("Japan is a member of the Quad alongside India and Australia, and it is also a founding member of the G7 and has been "
     "a member of ASEAN Regional Forum since 1994, when it was admitted together with Canada.",
     members(QUAD, "Japan", "India", "Australia") | members("Group of Seven", "Japan")),
    ("Armenia froze its participation in the CSTO in 2024 but remains formally a member.", members(CSTO, "Armenia")),
    ("Finland joined NATO in April 2023 and Sweden followed in March 2024, so that seven of the eight members of the Arctic Council now sit in the alliance.",
     members(NATO, "Finland", "Sweden")),
    ("Armenia is in the CSTO with Russia.", members(CSTO, "Armenia", "Russia")),
    gap("Iran joined BRICS in 2024. Since then it's a full member of the SCO as well.", members(SCO, "Iran"),
        reason="a pronoun subject contracted with 'is'"),
    gap("The Quad links Australia, India, Japan and the United States.", members(QUAD, "Australia", "India", "Japan", "United States"),
        reason="'links' also joins places and people: not read as membership"),
    gap("The bloc took in Egypt, Ethiopia, Iran and the United Arab Emirates in 2024. BRICS now has nine members.",
        members("BRICS", "Egypt", "Ethiopia", "Iran", "United Arab Emirates"), reason="'the bloc' before the organization is named"),
    ("The SCO welcomed Iran as a full member in 2023 and Belarus in 2024.", members(SCO, "Iran", "Belarus")),
    gap("In 1999 the Czech Republic, Hungary and Poland became NATO's first former Warsaw Pact members.",
        members(NATO, "Czech Republic", "Hungary", "Poland"), reason="the organization inside a long complement"),
]

DOCUMENT_VETOES = [
    ("Security Council vetoes\n\n| Date | Draft | Subject | Vetoed by |\n|---|---|---|---|\n| 4 Oct 2011 | S/2011/612 | Syria | Russia, China |\n"
     "| 28 Feb 2019 | S/2019/186 | Venezuela | Russia, China |\n", {("Russia", "Syria"), ("China", "Syria"), ("Russia", "Venezuela"), ("China", "Venezuela")}),
    ("Draft resolution on Syria (4 October 2011)\nVotes: 9 in favour, 2 against (China, Russia), 4 abstentions.\n"
     "Not adopted owing to the negative votes of permanent members.\n", {("Russia", "Syria"), ("China", "Syria")}),
    ("Draft resolution on Syria\n\nVotes: 11 in favour, 2 against (China, India), 2 abstentions (Russia, Brazil).\n", {("China", "Syria")}),
    ("Veto on Myanmar, 12 January 2007. Vetoed by: China, Russia.", {("China", "Myanmar"), ("Russia", "Myanmar")}),
    ("On 11 July 2008 a Security Council draft on Zimbabwe failed. Russia and China voted no.", {("Russia", "Zimbabwe"), ("China", "Zimbabwe")}),
    ("The Security Council failed to adopt a draft on Syria on 19 September 2019 because of vetoes by Russia and China.", {("Russia", "Syria"), ("China", "Syria")}),
    ("Russia was the only Council member to vote against the draft on Ukraine in 2022, which was therefore not adopted.", {("Russia", "Ukraine")}),
    ("In 2017 Russia vetoed two texts on Syria.", {("Russia", "Syria")}),
    ("A Russian veto in 2022 sank a Security Council draft on Ukraine.", {("Russia", "Ukraine")}),
    ("The Security Council draft on Syria was defeated by Russian and Chinese vetoes in 2012.", {("Russia", "Syria"), ("China", "Syria")}),
    ("2014 - Ukraine: vetoed by Russia (Security Council).", {("Russia", "Ukraine")}),
    ("Syria, 2011 (UN Security Council): Russia and China vetoed.", {("Russia", "Syria"), ("China", "Syria")}),
    ("The Security Council draft on Venezuela, put forward by the United States in 2019, was vetoed by Russia and China.",
     {("Russia", "Venezuela"), ("China", "Venezuela")}),
    ("Russia cast the lone veto on a 2022 Security Council text on Ukraine; China, India and the United Arab Emirates abstained.", {("Russia", "Ukraine")}),
    ("Beijing and Moscow jointly vetoed a Security Council resolution on Zimbabwe in 2008.", {("China", "Zimbabwe"), ("Russia", "Zimbabwe")}),
    ("The United States has vetoed Security Council drafts on Israel more than forty times.", {("United States", "Israel")}),
    ("At the Security Council, Russia used its veto on Mali in 2023.", {("Russia", "Mali")}),
    ("China's first veto, in 1972, blocked the admission of Bangladesh at the Security Council.", {("China", "Bangladesh")}),
    ("The Security Council vote on North Korea in May 2022 ended with vetoes from China and Russia.", {("China", "North Korea"), ("Russia", "North Korea")}),
    ("Russia, which holds a veto, blocked the Security Council draft on Georgia in 2009.", {("Russia", "Georgia")}),
    ("In 2020 a Security Council draft on Syria was vetoed; Russia and China cast the vetoes.", {("Russia", "Syria"), ("China", "Syria")}),
    ("The 2019 Russian veto on Venezuela was the first of its kind.", {("Russia", "Venezuela")}),
    ("The joint Russian-Chinese veto of the Security Council draft on Syria drew protests.", {("Russia", "Syria"), ("China", "Syria")}),
    ("Draft S/2007/14 on Myanmar. Result: not adopted (vetoed by China and Russia).", {("China", "Myanmar"), ("Russia", "Myanmar")}),
    ("Security Council draft on Syria, 2016 - failed (Russian veto).", {("Russia", "Syria")}),
    ("In March 2024 Russia vetoed the renewal of the UN panel of experts that monitored sanctions on North Korea.", {("Russia", "Sanctions monitoring")}),
    ("The United States cast the only vote against a Security Council draft recommending the admission of the State of Palestine to UN membership, "
     "thereby vetoing it.", {("United States", "Palestine")}),
    ("China and Russia vetoed a US-drafted Security Council text on a ceasefire.", {("China", "Ceasefire"), ("Russia", "Ceasefire")}),
    gap("Vetoes cast: Russia (Syria, 2011), China (Myanmar, 2007).", {("Russia", "Syria"), ("China", "Myanmar")},
        reason="each vetoer with its own bracketed subject"),
]

T = "TRANSFERRED_TECHNOLOGY_TO"
DOCUMENT_PRODUCTION = [
    ("India's indigenous BrahMos is a supersonic cruise missile.", {("India", "PRODUCED", "BrahMos")}),
    ("The J-10C is a Chinese design.", {("China", "PRODUCED", "J-10C")}),
    ("The Su-57 is Russia's own design.", {("Russia", "PRODUCED", "Su-57")}),
    ("Su-30MKI\n\nManufacturer: Hindustan Aeronautics Limited\nOrigin: Russia\n", {("Hindustan Aeronautics Limited", "PRODUCED", "Su-30MKI")}),
    ("Pakistan Aeronautical Complex and Chengdu Aircraft Corporation co-produce the JF-17.",
     {("Pakistan Aeronautical Complex", "PRODUCED", "JF-17"), ("Chengdu Aircraft Corporation", "PRODUCED", "JF-17")}),
    ("The JF-17 was jointly developed by China and Pakistan.", {("China", "PRODUCED", "JF-17"), ("Pakistan", "PRODUCED", "JF-17")}),
    ("Production of the Su-30MKI in India began in 2004 under a licence from Russia.", {("India", "PRODUCED", "Su-30MKI"), ("Russia", T, "India")}),
    ("India builds the Su-30MKI with Russian technology.", {("India", "PRODUCED", "Su-30MKI"), ("Russia", T, "India")}),
    ("Russia has licensed India to build the Su-30MKI.", {("Russia", T, "India")}),
    ("The J-11 is a Chinese copy of the Su-27.", {("China", "PRODUCED", "J-11")}),
    ("Russian engineers helped China build the J-11.", {("Russia", T, "China")}),
    ("France is transferring submarine technology to Brazil.", {("France", T, "Brazil")}),
    ("Brazil builds Scorpene submarines with French help.", {("France", T, "Brazil"), ("Brazil", "PRODUCED", "Scorpène-class submarine")}),
    ("The BrahMos, developed by India and Russia, is built by BrahMos Aerospace.",
     {("India", "PRODUCED", "BrahMos"), ("Russia", "PRODUCED", "BrahMos"), ("BrahMos Aerospace", "PRODUCED", "BrahMos")}),
    ("The Bayraktar TB2 is made by Baykar in Turkey.", {("Baykar", "PRODUCED", "Bayraktar TB2"), ("Turkey", "PRODUCED", "Bayraktar TB2")}),
    ("Iran's Shahed-136 drone is now also produced in Russia.", {("Russia", "PRODUCED", "Shahed-136")}),
    ("The Soviet Union passed the MiG-21 design to China, which built it as the J-7.", {("Soviet Union", T, "China"), ("China", "PRODUCED", "J-7")}),
    ("The Type 055 destroyer is built at Jiangnan Shipyard.", {("Jiangnan Shipyard", "PRODUCED", "Type 055 destroyer")}),
    ("The Su-35 is a product of Sukhoi.", {("Sukhoi", "PRODUCED", "Su-35")}),
    ("Turkey's defence industry produces the Bayraktar TB2.", {("Turkey", "PRODUCED", "Bayraktar TB2")}),
    ("China's technology transfer to Pakistan covers the JF-17.", {("China", T, "Pakistan")}),
    ("Moscow shared the technology of the BrahMos with New Delhi.", {("Russia", T, "India")}),
    ("Pakistan has produced the JF-17 since 2008 with Chinese assistance.", {("Pakistan", "PRODUCED", "JF-17"), ("China", T, "Pakistan")}),
    ("Pakistan flies the Chinese-built J-10C and JF-17.", {("China", "PRODUCED", "J-10C"), ("China", "PRODUCED", "JF-17")}),
    ("The J-10C fighters were built by Chengdu Aircraft Corporation and the Y-20 transports by Xi'an Aircraft Industrial Corporation.",
     {("Chengdu Aircraft Corporation", "PRODUCED", "J-10C"), ("Xi'an Aircraft Industrial Corporation", "PRODUCED", "Y-20")}),
    ("The JF-17, developed by China and Pakistan and produced at the Pakistan Aeronautical Complex, flies with three air forces.",
     {("China", "PRODUCED", "JF-17"), ("Pakistan", "PRODUCED", "JF-17"), ("Pakistan Aeronautical Complex", "PRODUCED", "JF-17")}),
    ("The Soviet Union transferred the technology for the MiG-17, which China built at Shenyang as the J-5.",
     {("Soviet Union", T, "China"), ("China", "PRODUCED", "J-5")}),
    gap("China acquired a licence from Russia to build the Su-27 as the J-11.", {("Russia", T, "China"), ("China", "PRODUCED", "J-11")},
        reason="the copy named after 'as' at the end of a licence's infinitive"),
    gap("Maker: Sukhoi (Russia). The Su-35 first flew in 2008.", {("Sukhoi", "PRODUCED", "Su-35")},
        reason="a maker field before the system is named"),
]


@pytest.mark.parametrize("text,expected", DOCUMENT_MEMBERSHIP)
def test_membership_as_documents_lay_it_out(text, expected):
    orgs = {t for _, _, t in expected}
    assert {f for f in facts(text, "MEMBER_OF") if f[2] in orgs} == expected


@pytest.mark.parametrize("text,expected", DOCUMENT_VETOES)
def test_vetoes_as_documents_lay_them_out(text, expected):
    assert {(s, t) for s, _, t in facts(text, "VETOED")} == expected


@pytest.mark.parametrize("text,expected", DOCUMENT_PRODUCTION)
def test_production_as_documents_lay_it_out(text, expected):
    assert expected <= facts(text, "PRODUCED", "TRANSFERRED_TECHNOLOGY_TO")


def test_a_council_s_seats_listed_after_a_dash_are_no_members_of_the_organization_a_title_names():
    text = (
        "UN WATCH\n\nThe Security Council meets at noon. Ten elected members plus the five permanent members -- "
        "China, France, Russia, the United Kingdom and the United States -- will vote."
    )
    assert facts(text, "MEMBER_OF") == members(UNSC, *P5)


@pytest.mark.parametrize("text", [
    "Russia vetoed a US-Japanese draft reaffirming the ban on weapons in orbit in 2024.",
    "Russia vetoed a US-drafted text at the Security Council in 2024.",
])
def test_a_draft_s_authors_are_not_its_subject(text):
    assert not {t for _, _, t in facts(text, "VETOED")} & {"United States", "Japan", "Brazil"}
