"""Relation extraction: from the mentions of one sentence to typed, directed facts.

Each trigger the lexicon (:mod:`loaders.frames`) finds is checked against the
negation/hedge cues (:mod:`loaders.cues`), then its arguments are read off the
clause around it: the coordinated group nearest on the left is the agent, mentions on
the right take their role from the preposition before them (*to* the buyer, *from*
the seller, *by* the agent of a passive, *in/over* a place, *with* a partner).
Only argument pairs the schema allows become :class:`Fact` objects.

>>> from loaders.extract import extract_text
>>> [f"{r.source} {r.type} {r.target}" for r in extract_text("Russia sold the S-400 to China in 2018.").relations]
['Russia SOLD S-400', 'China ACQUIRED S-400']
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, combinations

from graph.schema import Schema
from loaders.cues import FUTURE_BEFORE_WITH, JOINED_PLAN, LOCAL, RETRACTING, SCOPING, blocked
from loaders.frames import FRAMES, IN_ORGANIZATION, INITIATIVE_ONLY, Frame, candidate_frames, trigger_matches
from loaders.openings import SENTENCES, IndexedPattern, gate_patterns

PARTNERSHIP = next(frame for frame in FRAMES if frame.type == "PARTNERS_WITH")
GROUPING = re.compile(r"partnership|pact|alliance|grouping|arrangement", re.IGNORECASE)
COPULA = re.compile(r"\b(?:is|was|are|were|remains|became|becomes)\b", re.IGNORECASE)

# "..., as Iran condemned the tests", "..., as the United States, a permanent member, voted against": a second
# clause with its own subject, joined by "as" (not "as a member", "as observers": no name and verb follow)
AS_CLAUSE = (
    r",\s*as\s+(?=(?:the\s+)?(?-i:[A-Z])[\w'-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w'-]*){0,4}(?:\s*,|\s+(?:(?-i:[a-z]+ly)\s+)?"
    r"(?:(?-i:[a-z]+ed)|was|were|is|are|has|have|had|did|fought|won|cast|held|took|sent|sold|bought|led|leads|heads|counters|"
    r"froze|sits|holds|began|became|struck|met|made|gave|kept|signed)\b))"
)
AS_CLAUSE_OPENING = re.compile(AS_CLAUSE)
CLAUSE_BREAK = re.compile(
    r";|:\s+(?=(?:it|they|he|she|we)\s)|\s[—–]\s|\s--\s|,?\s+but\s(?!not\s+(?:the\s+)?(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,3}(?:\s*,|\s+(?:\w+ly\s+)?(?:[a-z]+ed|bought|sold|took|joined|held|sent|built|flew|is|are|was|were|has|have)\b))|,\s*while\s|,\s*whereas\s|,?\s*although\s|,\s*(?:even\s+)?though\s|,\s*(?:which|who|whose)\s|,\s*(?:of|to) which\s+(?=(?:the\s+)?(?-i:[A-Z]))|\bwhile\b|\bwhereas\b"
    # "..., and this time Beijing again sent ...": a clause about another occasion
    r"|,\s*and\s+(?=(?:this|that) (?:time|year)\b)"
    # "..., and in July the Royal Navy joined Talisman Sabre": a clause of its own, opened by its time and a new subject
    r"|,\s*and\s+(?=(?:in|by|from|on)\s+(?:(?:early|mid|late)[- ])?(?-i:January|February|March|April|May|June|July|August|September|October|November|December|[12]\d{3})\b[\w ]{0,12}?,?\s+(?:the\s+)?(?-i:[A-Z]))"
    r"|" + AS_CLAUSE +
    # "..., a move that got Turkey thrown out of the F-35 programme": a comment on the whole clause
    r"|,\s*(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:move|step|decision|choice|development|purchase|deal|blow|act|gesture|outcome|result|episode)\s+(?:that|which)\s"
    # "India has not forgotten 1962, when India and China fought a border war": the year's events, told as fact
    r"|(?<=\d{4}),\s+when\s+(?=(?:the\s+)?(?-i:[A-Z])|(?:the\s+two|both)\b)"
    # "never forgave Ecuador for the war of 1995, in which the two countries clashed": the event's own clause, told as
    # fact whatever the main clause's mood (a break only: its subject is its own, not the event before it)
    r"|,\s*(?:in|during|at)\s+which\s+(?=(?:the\s+)?(?:(?-i:[A-Z])|two\b|both\b))"
    # "..., a move Beijing condemned": the same comment with its relative pronoun left out
    r"|,\s*(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:move|step|decision|choice|development|purchase|deal|gesture)\s+(?=(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?\s+(?:\w+ly\s+)?(?:[a-z]+ed|saw|took|met|called)\b)",
    re.IGNORECASE,
)
# Most sentences hold no clause break: the words one needs are looked for first.
CLAUSE_BREAKS = IndexedPattern(CLAUSE_BREAK, SENTENCES)
# ("the joint air patrols that Russia and China have flown since 2019": a patrol or drill the relative clause tells as
# done, by a subject of several names, whatever the main clause plans)
EMBEDDED_CLAUSE = re.compile(
    r"\b(?:that|which)\s+(?=[A-Z][\w-]+\s+(?:\w+ly\s+)?\w+ed\b)|"
    r"\b(?:patrols?|drills|exercises|manoeuvres|maneuvers|flights|sorties|voyages)\s+(?:that|which)\s+(?=(?:the\s+)?(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+"
    r"(?:(?:,\s+|\s+and\s+)(?:the\s+)?(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+){0,3}\s+(?:(?:have|has|had)\s+)?(?:flown|flew|sailed|held|conducted|staged|mounted|carried\s+out)\b)")
# "ALBA, the bloc Venezuela and Cuba launched in 2004": a relative with its pronoun left out, on a body's noun set in
# apposition to its name; like "which Venezuela launched", its own subject puts it out of the reach of the cues before it
APPOSED_CONTACT_RELATIVE = re.compile(
    r",\s+(?:the|a|an)\s+(?:(?-i:[a-z])[\w-]*\s+)?(?:bloc|alliance|group|grouping|organi[sz]ation|body|pact|forum|club|union|league|initiative)\s+"
    r"(?=(?:the\s+)?(?-i:[A-Z])[\w-]+(?:(?:,\s+|\s+and\s+)(?:the\s+)?(?-i:[A-Z])[\w-]+){0,3}\s+(?:\w+ly\s+)?(?:\w+ed|leads|runs|led|ran|set\s+up|built)\b)",
    re.IGNORECASE,
)
# ("The European Union, of which Ireland is a member, has imposed ...": a relative after its preposition)
RELATIVE = re.compile(r",\s*(?:(?:of|to)\s+)?(?:which|who|whose)\s", re.IGNORECASE)
PREPOSITION = re.compile(
    r"\b(to|from|by|with|alongside|between|among|of|on|against|in|over|off|near|across|into|at|around|through|above|along|aboard|"
    r"within|throughout|for|as|including|like|such as|than|via|toward|towards|under|near|beside|besides|except)\b[^a-z0-9,;:.]*"
    # "air forces from across Europe", "from around the region": where they come from, not where they go
    r"(?:(?<=from )(?:across|around|throughout|all over)\b[^a-z0-9,;:.]*)?"
    # "across northern Australia": a compass adjective (lower-case: "South China" is a name) leaves the place governed
    r"(?:\b(?:the|a|an|its|their|his|her|both|all|some|several|two|three|\d{1,3}|(?-i:(?:north|south|east|west)(?:ern|-western|-eastern|west|east)?|central|far))\b[^a-z0-9,;:.]*|\b[A-Z][\w-]*(?:'s|’s)\s+"
    # a state named as it then was: "by the then Soviet Union", "to what was then Yugoslavia", "by the former USSR"
    r"|(?<=the\s)then\s+|\bwhat\s+(?:was|were)\s+then\s+|\b(?:former|erstwhile)\s+"
    # "signed by Presidents Putin and Pezeshkian": a leader's title leaves the leader governed
    r"|\b(?-i:Presidents?|Prime Ministers?|Premiers?|Chancellors?|Foreign Ministers?|Defen[cs]e Ministers?)\s+"
    # "in the waters of the Baltic Sea", "over the territory of Belarus", "off the coast of Oman": the place after
    # "of" is governed by the preposition before the noun
    r"|\b(?:waters|territory|territories|airspace|skies|coast|coasts|coastline|shores?)\s+of\b[^a-z0-9,;:.]*)*$",
    re.IGNORECASE,
)
# Searched through its openings (the prepositions themselves): re would try the whole
# alternation at every position of every gap between mentions, the largest regex cost here.
PREPOSITION = IndexedPattern(PREPOSITION, SENTENCES)
ROLE_OF = {
    "to": "to", "toward": "to", "towards": "to", "from": "from", "by": "by", "with": "with", "alongside": "with",
    "between": "between", "among": "between", "of": "of", "on": "on", "against": "on", "for": "for",
    "as": "as", "than": "other", "including": "including", "like": "other", "such as": "other", "via": "loc",
    "under": "other", "except": "other", "besides": "other", "beside": "loc",
}
NEW_CLAUSE_AFTER = re.compile(r"\s+(?:has|have|had|is|are|was|were|will|would|also|then|later|did|does)\b", re.IGNORECASE)
# "bought the Rafale from France, and India flies the Su-30MKI": the state opens a clause of its own
LEXICAL_VERB_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:[a-z]+ed|flies|operates|fields|buys|sells|bought|sold|built|flew|took|got|made|sent|began|won|kept)\b")
# a nationality word heading a new clause's subject: "Cuban troops fought", "Indian pilots flew"
DEMONYM_SUBJECT = re.compile(r"\s+(?:troops|forces|soldiers|units|pilots|crews|sailors|ships|warships|jets|aircraft|advisers|officers)\s+(?:\w+ly\s+|also\s+)?(?:[a-z]+ed|fought|flew|sent|took|held|were|was|have|had)\b")
ALONG_WITH = re.compile(r"(?:together with|along with|as well as|plus)\s+(?:(?:the|a|an|two|three|four|five|six|more|other|several|\d+)\s+)*$", re.IGNORECASE)
SUBJECT_GAP_BLOCKERS = re.compile(r"\b(?:to|from|by|in|over|off|near|into|at|on|against|of|for|than|which|who|that|after|before|since|when)\b|[;:()]", re.IGNORECASE)
# "have since declared": the adverb between an auxiliary and its participle opens no phrase of its own
ADVERBIAL_SINCE = re.compile(r"\b(has|have|had)\s+since\s+(?=[a-z]+(?:ed|en|wn|ght|one|ade|ook|ung)\b|$)", re.IGNORECASE)


# "Egypt (see table 2) signed", "Egypt [4], a mid-sized power, signed", "Egypt, one of the region's larger
# economies, signed": a bracketed note or an apposition right after the subject, which leaves it the subject
SUBJECT_ASIDE = re.compile(r"^(?:\s*(?:\([^()]{0,40}\)|\[[^\[\]]{0,12}\]))*(?:\s*,\s*(?:a|an|one|two|both|long|the)\s[^,;()]{0,60},)?", re.IGNORECASE)


def _subject_gap_blocked(gap: str) -> bool:
    """Whether the words between a subject and its verb phrase hold a preposition or a relative
    that makes the subject another phrase's (not "have since signed", nor an aside set off after the subject)."""
    return SUBJECT_GAP_BLOCKERS.search(ADVERBIAL_SINCE.sub(r"\1 ", SUBJECT_ASIDE.sub(" ", gap, count=1))) is not None
SENDING = re.compile(r"sen[dt]|contribut|dispatch|sail", re.IGNORECASE)
# "Chinese firms", "Russian banks": people and companies of a state, not the state.
# (not "Russia's central bank": an organ of the state itself)
NOT_THE_STATE = re.compile(r"\s+(?!central\s+bank)(?:state-owned\s+|defen[cs]e\s+|arms\s+|(?-i:[a-z][\w-]*)\s+)?(?:firms?|compan(?:y|ies)|banks?|entit(?:y|ies)|individuals?|officials?|nationals?|citizens?|businesse?s?|people|media|oligarchs?|exporters?|"
    # "Iranian drone makers", "Russian procurement networks": a trade's firms and go-betweens
    r"makers?|manufacturers?|producers?|suppliers?|networks?|traders?|brokers?|intermediar(?:y|ies)|middlemen|"
    # "sanctions on Iranian tankers", "Chinese refineries", "Russian airlines": its trade's assets, not the state
    r"tankers?|refiner(?:y|ies)|airlines?|"
    r"TV|television|radio|press|newspapers?|broadcasters?|outlets?|commentators?|bloggers?)\b", re.IGNORECASE)
MAKER_COMPOUND = re.compile(r"-(?:built|made|designed|developed|produced|manufactured|supplied|era|origin)\b", re.IGNORECASE)
NEW_CLAUSE_AND = re.compile(r"(?:,\s*|\s)and\s+$", re.IGNORECASE)
# "American officials", "Russian media": a state's people who speak or judge, never a side of a trade
SPEAKERS_OF_A_STATE = re.compile(
    r"\s+(?:(?-i:[a-z])[\w-]*\s+)?(?:officials?|diplomats?|ministers?|lawmakers?|legislators?|senators?|politicians?|analysts?|experts?|observers?|"
    r"commentators?|critics?|media|press|newspapers?|TV|television|outlets?|sources|auditors?|people|citizens|voters)\b",
    re.IGNORECASE,
)
# "Kyrgyz and Kazakh firms": nationality words coordinated before the people or firms of the last
NATIONALITIES_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)")


def _nationality_of_people(text: str, slots: list[Slot], slot: Slot) -> bool:
    """Whether the nationality word ``slot`` is coordinated with later ones the last of which is
    followed by a state's people or firms ("several Kyrgyz and Kazakh firms"): the firms of both."""
    later = [s for s in slots if s.start >= slot.end]
    current = slot
    for following in later:
        if following.kind != "demonym" or not NATIONALITIES_JOINED.fullmatch(text, current.end, following.start):
            return False
        if NOT_THE_STATE.match(text, following.end):
            return True
        current = following
    return False


POSSESSED_NOT_THE_STATE = re.compile(r"(?:'s|’s)" + NOT_THE_STATE.pattern, re.IGNORECASE)
DEAL_WORD = re.compile(r"\b(?:contract|deal|agreement|accord)\b|\borders? (?:for|with)\b|\bsigned (?:up )?for\b|\bsigned with\b", re.IGNORECASE)
INFINITIVE = re.compile(r"\bto\s+(?!the\b|a\b|an\b)[a-z]+\b")
# ("India but not Pakistan bought": the entry after "but not" is read into the list, then left out as excluded)
COORDINATOR = re.compile(r"^[\s,]*(?:,|and\b|or\b|&|/|as well as\b|along with\b|together with\b|plus\b|but not\b)", re.IGNORECASE)
GAP_BLOCKERS = re.compile(
    r"\b(?:to|from|by|in|over|off|near|into|at|on|against|between|of|for|than|which|who|that|while|after|before|since|when)\b|[;:()]"
    # "in Siberia, alongside Chinese units": a preposition of its own opens a new role, no list
    r"|\b(?:alongside|beside|besides)\b"
    r"|(?<!together )(?<!along )\bwith\b|\b\w{3,}(?:ing|ed)\b"
    r"|\b(?:bought|sold|built|made|sent|flew|took|gave|got|kept|began|won|fought|held|ran|led)\b",  # "which Ukraine bought, and Turkey sold"
    re.IGNORECASE,
)
# those who watch an exercise, or come to its talks and ceremonies ("sent a delegation to the harbour phase")
# "sent officers to watch", "sent a colonel to observe": whom a state sent came only to look on
SENT_TO_WATCH = re.compile(r"\s+(?:watch|observe|look on|monitor)\b", re.IGNORECASE)
# "sent four destroyers to keep watch", "scrambled jets and dispatched a frigate to shadow the group": the
# ones sent follow others' patrol or drill, they take no part in it
SENT_TO_SHADOW = re.compile(
    r"(?<=\bto)\s+(?:keep\s+(?:a\s+)?(?:close\s+|careful\s+)?(?:watch|an\s+eye|tabs)|shadow|track|tail|trail|follow|intercept|escort\s+(?:them|it|the\s+\w+)\s+(?:out|away))\b",
    re.IGNORECASE,
)
OBSERVER = re.compile(r"\bobserv(?:er|ers|ed|ing|ation)\b|\bmonitor(?:ed|ing)?\b|\bwatched\b|\bguests?\b|\bdelegat(?:ion|ions|es)\b|\bliaison officers?\b", re.IGNORECASE)
NON_MEMBER = re.compile(
    r"\b(?:observers?|dialogue partners?|partner states?|applicants?|candidates?|applied|application|bid|associate|guests?|"
    r"invited|aspirants?|interested|prospective|withdrew|withdrawn|suspended|expelled|quit|"
    # "Uzbekistan is a former member of the CSTO": no longer one (not "Kazakhstan, a former Soviet republic, is a member")
    r"former\s+(?:full\s+|founding\s+)?members?|ex-members?|"
    # "- Uzbekistan: left in 2012", "Georgia left the CIS": gone (not "left out of the talks")
    r"left(?=\s+(?:the|it|in|after|during|over)\b))\b",
    re.IGNORECASE,
)
AS_TIER = re.compile(
    r"(?:\s+in\s+(?:\w+\s+)?\d{4})?,?\s+(?:only\s+|just\s+|merely\s+|solely\s+)?as\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+)?"
    r"(?:observers?|dialogue partners?|partner (?:states?|countries|nations)|guests?|associates?|applicants?|candidates?)\b",
    re.IGNORECASE,
)
# "a 2022 text condemning the", "a draft resolution on the": what a document is about follows
DOCUMENT_ABOUT = re.compile(
    r"\b(?:draft|resolution|text|statement|proposal|motion|declaration|communiqu[eé])s?\s+(?:\w+\s+){0,2}?"
    r"(?:condemning|deploring|denouncing|critici[sz]ing|on|about|concerning|regarding|against)\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# (not "rejected Chinese claims in the South China Sea": a claim of a state is its policy)
REJECTING = re.compile(r"reject|dismiss|refut|deni|deny", re.IGNORECASE)
REPORT_REJECTED = re.compile(r"\s+(?:(?:the|a|an|any|all|these|those|media|press|recent|new)\s+){0,2}(?:reports?|rumou?rs?|allegations?|stories|story|speculation|accounts?)\b(?!\s+by\b)", re.IGNORECASE)
DOCUMENT_BEFORE = re.compile(r"\b(?:draft|resolution|text|statement|proposal|motion|declaration|communiqu[eé])s?\s+(?:\w+\s+)?$", re.IGNORECASE)
# "issued a joint statement criticising", "released a communiqué condemning": a statement its issuers make
STATEMENT_ISSUED = re.compile(
    r"\b(?:issued|issues?|released|releases?|published|publishes|put out|puts out)\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statements?|declarations?|communiqu[eé]s?)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
RESOLUTION_SUBJECT = re.compile(
    r"\b(?:on|concerning|regarding|about|over|condemning|deploring|critical\s+of|against|targeting|sanctioning|censuring|for|in|to)\s+(?:the\s+)?(?:situation in\s+(?:the\s+)?|crisis in\s+(?:the\s+)?|war in\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# What a draft would have done to a body or mechanism: "renewed the panel of experts", "extended the mandate of the ...".
# "renewed the panel", "the renewal of the UN panel of experts", "extending the mandate of the panel"
DRAFT_ACTION = re.compile(
    # ("the renewal of the Security Council's panel of experts": the Council's own body)
    r"\b(?:renew\w*|extend\w*|extension|establish\w*|creat\w*|set up|setting up)\s+(?:of\s+)?(?:the\s+)?(?:mandate\s+of\s+(?:the\s+)?)?(?:UN\s+|U\.N\.\s+|(?:UN\s+)?(?:Security\s+)?Council['’]s\s+)?$"
    # "killed the mandate of the Panel of Experts": the body whose mandate ended
    r"|\bmandate\s+of\s+(?:the\s+)?(?:UN\s+|U\.N\.\s+)?$",
    re.IGNORECASE,
)
BODY_ON = re.compile(r"\s+(?:on|for|concerning|monitoring\s+(?:sanctions\s+)?(?:on|against))\s+(?:the\s+)?", re.IGNORECASE)
# "sanctions regime", "sanctions committee": a noun the word "sanctions" modifies, whose owner is its target
SANCTIONS_COMPOUND_AFTER = re.compile(r"\s+(?:regimes?|committees?|panels?|monitors?|monitoring|experts|mandates?)\b", re.IGNORECASE)
# ... whose target may follow it: "imposed a sanctions regime on Belarus" (not "on Wednesday")
COMPOUND_TARGET_AFTER = re.compile(r"\s+(?:on|against)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
SANCTIONS_ON = re.compile(r"\bsanctions\s+(?:regime\s+)?(?:on|against)\s+(?:the\s+)?$", re.IGNORECASE)
# A state a draft would have admitted: "the admission of Mongolia", "blocking the entry of Italy", "Japan's admission".
ADMISSION_OF = re.compile(r"\b(?:admissions?|entry|accession|membership|application)\s+of\s+(?:the\s+)?(?:State\s+of\s+)?$", re.IGNORECASE)
# A state named as a draft's author: "a Brazilian draft", "a US-Japanese draft", "a US-drafted text"
DRAFTER_PREFIX = re.compile(r"(?:-[A-Za-z]+)*-(?:drafted|sponsored|authored|tabled)\b|(?:-[A-Z][a-z]+)+\s+(?:draft|text|proposal)\b", re.IGNORECASE)
ADMISSION_AFTER = re.compile(r"(?:'s|’s)\s+(?:admission|entry|accession|membership application|application)\b", re.IGNORECASE)
# What the vote did to the text the paragraph spoke of: "cast negative votes and it went down", "cast the sole negative
# vote and the regime lapsed" (said after the trigger, so the draft is the one told of before)
VOTE_OUTCOME = re.compile(
    r"\b(?:it|they|the\s+(?:[\w-]+\s+)?(?:draft|text|resolution|regime|mandate|renewal|measure|proposal)s?)\s+"
    r"(?:failed|fell|went down|lapsed|collapsed|died|sank|expired|was lost|was defeated|is gone|was not adopted)\b",
    re.IGNORECASE,
)
# What a draft is said to be on: "a draft on Sudan", "texts concerning the situation in Mali", "the penholders on Syria"
TOLD_DRAFT_SUBJECT = re.compile(
    r"\b(?:drafts?|(?:draft\s+)?resolutions?|texts?|penholders?|pen-holders?)\s+(?:concerning|regarding|about|on|condemning|deploring)\s+"
    r"(?:the\s+)?(?:situation\s+in\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# A veto's sentence pointing back at the draft: "It was vetoed by France", "France vetoed it", "the draft fell"
DRAFT_BACK = re.compile(r"\b(?:[Ii]t|them|[Tt]he (?:draft|text|resolution))\b")
# The passive of a veto whose subject is a pronoun: "It was vetoed by France", "They were blocked by Russia"
PASSIVE_OF_IT = re.compile(r"\W*(?:it|they)\s+(?:was|were)\s+(?:\w+ly\s+|then\s+|also\s+)?", re.IGNORECASE)
# A negative vote said to have been all it took: "The Soviet Union voted against, which was enough", "Russia votes
# against and that is that" (said after the trigger, so the draft is the one told of before)
VOTE_SUFFICED = re.compile(r",?\s+(?:which|that|and that)\s+(?:was|is|proved)\s+(?:enough|sufficient|that)\b", re.IGNORECASE)
# The votes a sentence counts: "thirteen for,", "Twelve in favour", "Britain abstaining"
VOTES_COUNTED = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen)\s+(?:for|in favou?r|yes)\b|\babstain(?:ing|ed|s)?\b", re.IGNORECASE)
# a new clause whose subject is a pronoun, right before a veto verb: ", and in February 2024 it struck down"
PRONOUN_CLAUSE_BEFORE = re.compile(r"[,;]\s+(?:and|but|while|then)\s+(?:[\w-]+\s+){0,4}?(?:it|they)\s+(?:\w+ly\s+|also\s+|then\s+)?$", re.IGNORECASE)
# "belongs to", "belonged to": a membership only where an organization follows (see SentenceReader._body_named_after)
BELONGING_TRIGGER = re.compile(r"belongs? to|belonged to|belonging to", re.IGNORECASE)
# "Canada belongs to it": the organization the sentences before named, as for "joined it" and "a member of it"
BELONGS_TO_IT = re.compile(r"\s+it\b(?!\s+(?:to|that|whether)\b)")
BODY_GAP = re.compile(r"\s+(?:both\s+|all\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}")
# A state that casts a veto of its own in the sentence is no subject of another's: "The United States cast its first veto".
VETO_CAST = re.compile(r"\s+(?:\w+ly\s+|also\s+|then\s+)?(?:cast|used|wielded|exercised)\s+(?:its|a|the|their)\s+(?:\w+\s+)?vetoe?s?\b", re.IGNORECASE)
# The noun's own passive names who cast it: "The first veto was cast by the Soviet Union in 1946, on a draft about Syria".
# ("the veto cast by Moscow": the reduced relative)
VETO_CAST_BY = re.compile(r"\s+(?:(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+)?)?(?:cast|used|wielded|exercised)\s+by\b", re.IGNORECASE)
# The vetoers judged by the sentence's subject: "China denounced the United Kingdom for blocking the text"
VETOERS_JUDGED = re.compile(r"\b(?:condemn|critici[sz]|denounc|accus|blam|fault|rebuk|castigat|slamm)\w*\s+(?:the\s+)?\Z", re.IGNORECASE)
# A veto named as what was judged, its casters after "by": "condemned the veto by Russia", "the veto cast by Moscow"
JUDGED_VETO_BY = re.compile(r"\s+(?:the|this|that|a)\s+(?:\w+\s+)?(?:vetoe?s?|negative votes?)\s+(?:(?:cast|used)\s+)?by\s+(?:the\s+)?", re.IGNORECASE)
# States that veto in the sentence ("Russia and China together vetoed ...") are not listed among its subjects
# ("Russia cast sixteen vetoes on Syria and China ten").
VETO_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:vetoed|vetoes|blocked|cast)\b", re.IGNORECASE)
# a permanent seat held, not an elected one: "held the permanent seat until 1971"
PERMANENT_SEAT = re.compile(r"(?<!non-)(?<!non )\bpermanent\s+seats?\b", re.IGNORECASE)
# "the Chinese seat": a seat, not the state acting
SEAT_AFTER = re.compile(r"\s+seat\b", re.IGNORECASE)
# (a vote summary's present: "The US and Albania table a text", "France and Niger put forward a draft")
DRAFTER = re.compile(
    r"\b(?:drafted|tabled|sponsored|co-sponsored|put forward|proposed|introduced|penned|submitted|authored|circulated|prepared|written|presented|"
    r"(?:table|tables|tabling|sponsor|sponsors|puts? forward|propose|proposes|introduce|introduces|circulate|circulates)(?=\s+(?:a|an|the|their|its|a\s+joint)\s))\b",
    re.IGNORECASE,
)
# Asked of every sentence with mentions: its scan finds the words (re, case-insensitive, tried every position: 18 µs a sentence)
DRAFTER_WORDS = IndexedPattern(DRAFTER, SENTENCES)
# Participation words that imply an exercise even when the sentence does not name it.
STRONG_PARTICIPATION = re.compile(
    r"took part|take part|takes part|taking part|taken part|participa|sent |contributed|dispatched|deployed|fielded|fields|put out|among |(?:has|have|had) |made up|(?:\w+ )?represented by|joined|joins|trained|practi[sc]ed|rehearsed|fought|with forces from|(?:\w+ )?(?:came|arrived|sailed in|flew in) from|"
    r"(?:troops|forces|units|contingents?|soldiers|servicemen|sailors|airmen|crews|warships|personnel|detachments?) from|"
    r"location|venue|area|waters|region|(?:co-)?host|(?:\w+ )?contingent|(?:stayed|stays|remained|remains) in\b|"
    # "Belarus and Iran each staged at least one contest on their own territory": hosts of the exercise in view
    r"on (?:its|their) (?:own )?(?:territory|soil)",
    re.IGNORECASE,
)
# A roster of those counted, or seen passing a review, stands for the exercise in view like a verb of taking part.
ROSTER_PARTICIPATION = re.compile(r"(?:counted|tallied|logged|saw|recorded|noted|listed) |aircrews from|passing|passed|passes|(?:sailing|sailed|sails|steaming|steamed|steams|marched) past", re.IGNORECASE)
# "Troops from Serbia did not take part", "aircrews from Laos never arrived": the units listed after the
# trigger have their own predicate, and it is denied (read up to a contrast: "..., though Croatia did not")
DENIED_AFTER_UNITS_FROM = re.compile(r"(?:(?!,?\s+(?:but|though|although|while|whereas)\s|;).)*?\b(?:(?:did|does|do|has|have|had|was|were|is|are|will|would|could|can)(?:\s+(?:not|never)\b|n[’']t\b)|never\b)", re.IGNORECASE)
# "fought" on its own is combat; "fought alongside Russian units" in an exercise paragraph is a drill
HOST_ADJECTIVE = re.compile(r"-(?:hosted|led|organi[sz]ed|run)\b", re.IGNORECASE)
FOUGHT = re.compile(r"fought\b(?! alongside| together| side by side| with\b)", re.IGNORECASE)
# "ran the maritime phase", "led the naval part": a share of the exercise the paragraph is about
PART_RUN = re.compile(r"(?:ran|runs|led|leads|commanded|conducted)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:phase|stage|component|portion|leg)\b", re.IGNORECASE)
IT_AFTER = re.compile(r"\s+it\b")
# "ran that one together", "held the exercise jointly": a verb whose object stands for the exercise
THAT_ONE_AFTER = re.compile(r"\s+(?:that one|that exercise|that drill|this one)\b", re.IGNORECASE)
RAN_IT = re.compile(r"ran|run|held|staged|conducted|organi[sz]ed|co-organi[sz]ed", re.IGNORECASE)
HOST_VERB_AFTER = re.compile(r"\s+(?:(?:also|again|then)\s+)?(?:co-)?host(?:ed|s)\b", re.IGNORECASE)
HOSTED_AND = re.compile(r"\s+(?:(?:also|again|then)\s+)?(?:co-)?host(?:ed|s)\s+(?:[\w/-]+\s+){0,4}?and\s+(?:also\s+)?(?:took|takes|joined|participated|sent)\b", re.IGNORECASE)
# captions: crews "during" an exercise, or "at the opening of" it; not those who watch, track or protest
CAPTION_TRIGGER = re.compile(r"during\b|at the (?:opening|closing|start|end)\b", re.IGNORECASE)
SHADOWING = re.compile(r"\b(?:shadow\w*|track\w*|tail(?:ed|ing|s)|monitor\w*|watch\w*|observ\w*|intercept\w*|protest\w*|condemn\w*|criticis\w*|criticiz\w*)\b", re.IGNORECASE)
CREW_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:sailors|soldiers|marines|troops|paratroopers|pilots|crews?|airmen|servicemen|personnel|units?|ships?|warships?|"
    r"vessels?|destroyers?|frigates?|corvettes?|submarines?|carriers?|aircraft|jets?|fighters?|bombers?|helicopters?|tanks?|forces)\b",
    re.IGNORECASE,
)
CREW_OF = re.compile(r"\b(?:sailors|soldiers|marines|troops|paratroopers|pilots|crews|airmen|servicemen|personnel|units|ships|aircraft)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
DRILL_WITH = re.compile(r"\b(?:exercises?|drills?|manoeuvres|maneuvers|war ?games|wargames)\s+with\s+(?:the\s+)?$", re.IGNORECASE)
# "with Azerbaijan and Pakistan taking part", "with Japan sending a contingent": guests, not co-hosts
TAKING_PART_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:taking part|participating|joining(?: in)?|fighting|training|sailing|in attendance|attending|sending|contributing|dispatching|as (?:guests?|observers?|participants?))\b", re.IGNORECASE)
# "hosted Bright Star 2023 with the United States and more than thirty other countries": one of many
# nations that came, a guest, not a co-host
AND_OTHER_NATIONS_AFTER = re.compile(
    r",?\s+and\s+(?:(?:some|more than|over|nearly|about|around|almost|at least|up to)\s+)?(?:[\w-]+\s+){0,2}?"
    r"other\s+(?:countries|nations|states|armies|navies|militaries|partners|participants|allies)\b",
    re.IGNORECASE,
)


def _guest_group_end(text: str, end: int) -> bool:
    """Whether what follows a "with" group makes its states guests of the exercise rather than
    co-hosts: "with Japan sending a contingent", "with the US and 30 other countries"."""
    return bool(TAKING_PART_AFTER.match(text, end) or AND_OTHER_NATIONS_AFTER.match(text, end))


# what stands between a hosting verb and its own object ("hosted the Cobra Gold-2023"), and between a
# first predicate's exercise and a second verb ("joined Pitch Black-2022 and later hosted")
OWN_OBJECT_GAP = re.compile(r"\s+(?:the\s+)?(?:(?:exercise|drills?|manoeuvres)\s+)?", re.IGNORECASE)
SECOND_PREDICATE_GAP = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?,?\s+and\s+(?:(?:also|later|then|itself|in\s+\d{4},?)\s+)?", re.IGNORECASE)
HOSTED_BY = re.compile(r"\b(?:hosted|organi[sz]ed|led|run) by\s+(?:the\s+)?$", re.IGNORECASE)
# "staged by Malaysia": the one state staging it hosted it; "staged by Beijing and Moscow" is a pair's joint exercise
STAGED_BY = re.compile(r"\bstaged by\s+(?:the\s+)?$", re.IGNORECASE)
# "exercised together", "drill jointly": a joint drill, in a paragraph that has just named its exercise
# Drills said to be no part of the exercise in view: "outside the plan of Okean-2024", "outside the
# series", "separately from the exercise", "its own drills"
APART_FROM_EXERCISE = re.compile(
    r"\b(?:outside|separately from|independently of|(?:not|no) part of)\s+(?:the\s+)?(?:(?:plan|framework|scope|programme|program|schedule)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
APART = r"\b(?:outside|separately from|independently of|(?:not|no) part of)\s+(?:the\s+)?(?:(?:plan|framework|scope|programme|program|schedule)\s+of\s+(?:the\s+)?)?"
OWN_DRILLS = r"|\b(?:its|their)\s+own\s+(?:[\w-]+\s+)?(?:drills|exercises|manoeuvres|maneuvers|training)\b"
# ... where the exercise is only referred to ("outside the series"), or also named ("outside AMAN")
# "hosted its own multinational gathering": an event of the host's, whatever exercise the sentence names
OWN_EVENT_AFTER = re.compile(r"\s+(?:its|their)\s+own\b", re.IGNORECASE)
# "After the exercise, the Russian and Chinese corvettes held a drill in the Java Sea": a drill of their
# own once the exercise was over (or before it began), not a serial of it ("after the exercise's first
# phase" and "after the exercise moved to the Bay of Bengal" are still inside it)
TIMED_APART = (r"|\b(?:after|before|following|ahead of)\s+(?:the|this|that)\s+(?:exercise|drills|manoeuvres|maneuvers)"
               r"(?=\s*[,;]|\s+(?:had\s+)?(?:ended|finished|closed|concluded|wrapped up|was over|were over)\b)")
# "carried out live gunnery in the Coral Sea on 8 July, before the exercise began": drills ahead of it, no part of it
# (set off by a comma: "India withdrew before the exercise began" tells of a party, not of drills apart)
DRILLS_BEFORE = r"|,\s+before\s+(?:the|this|that)\s+(?:exercise|drills|manoeuvres|maneuvers)\s+(?:had\s+)?(?:began|begun|started|opened)\b"
APART_FROM_THE_EXERCISE = re.compile(APART + r"(?:series|exercise|drills?|manoeuvres|maneuvers)\b" + OWN_DRILLS + TIMED_APART + DRILLS_BEFORE, re.IGNORECASE)
APART_DRILLS = re.compile(APART + r"(?:series|exercise|drills?|manoeuvres|maneuvers|(?-i:[A-Z])[\w/-]+)\b" + OWN_DRILLS + TIMED_APART + DRILLS_BEFORE, re.IGNORECASE)
JOINT_DRILL = re.compile(r"(?:exercised|drilled|trained|manoeuvred|maneuvered|exercise|drill|train)s?\s+(?:together|jointly|side by side)\b", re.IGNORECASE)
# "hosted Kavkaz-2020 in its south", "on its own territory", "in its Eastern Military District"
HOST_GROUND = re.compile(
    r"(?:\s+(?!in\b|on\b|across\b)[\w-]+){0,8}?\s+(?:in|on|across)\s+(?:its|their)\s+(?:own\s+)?"
    r"(?:territory|territories|soil|(?:far\s+)?(?:north|south|east|west|centre|center|interior)[\w-]*|(?:[\w-]+\s+){0,2}(?:military district|ranges?|training grounds?))\b",
    re.IGNORECASE,
)
OWN_GROUND_TRIGGER = re.compile(r"on (?:its|their) (?:own )?(?:territory|soil)", re.IGNORECASE)
# "declined to host the alliance's exercises on its own soil": the hosting verb right before decides, not the place
# "had declined in January of that year to host": a refusal with a date between it and its verb
REFUSED_BEFORE = re.compile(r"\b(?:declined|refused|failed|unwilling|reluctant)\b[^.;,]{0,40}?\bto\s+$", re.IGNORECASE)
HOST_VERB_BEFORE = re.compile(r"\b(?:co-)?host(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
# "It is held in Thailand", "It was staged at Five Hills": an exercise as the subject, then where
IT_HELD = re.compile(r"\s*It\s+(?:is|was|has been|had been|is being|was being)?\s*(?:\w+ly\s+|again\s+|also\s+)?")
# "The sea phase was held in ...", "Its second stage took place in ...": a share of the exercise told of, as subject
PHASE_HELD = re.compile(
    r"\W*(?:The|Its|Their|This year's)\s+(?:[\w-]+\s+){0,2}?(?:phase|stage|leg|portion)\s+(?:of\s+the\s+(?:exercise|drills?)\s+)?"
    # ("Its sea phase is being held in the West Philippine Sea": the progressive of a phase under way)
    r"(?:was|were|is|are|has been|had been|is being|are being|was being|were being)?\s*(?:\w+ly\s+|again\s+|also\s+)?"
)
# "Activities were held in Australia and ...", "Live-fire serials took place in ...": the exercise's events, named
# after it, with no determiner; where they went on is where the exercise was
ACTIVITIES_HELD = re.compile(
    r"\W*(?:(?:The|Its|Their)\s+)?(?:[\w-]+\s+){0,2}?(?:activities|events|serials|landings|firings|contests|competitions)\s+"
    r"(?:were|have been|had been)?\s*(?:\w+ly\s+|again\s+|also\s+)?"
    # "Activity took place across Queensland and ... in Papua New Guinea": the exercise's activity as a mass noun
    r"|\W*(?:(?:The|Its|Their)\s+)?(?:[\w-]+\s+){0,2}?activity\s+(?:was|has been|had been)?\s*(?:\w+ly\s+|again\s+|also\s+)?",
    re.IGNORECASE,
)
# ("Events take place in Morocco, Tunisia and Senegal", "the sea phase runs in the South China Sea")
SITED = re.compile(r"held|staged|conducted|took place|takes place|take place|unfolded|ran|runs", re.IGNORECASE)
# the same share of the exercise opening a clause after a semicolon: "... take part; the sea phase runs in ..."
PHASE_HELD_AFTER_SEMICOLON = re.compile(r";\s*" + PHASE_HELD.pattern.replace(r"\W*", "", 1), re.IGNORECASE)
# "COBRA GOLD. Annual exercise, est. 1982 ...; held in Thailand", "Biennial US-Australian exercise,
# held in Australia": a reference entry's opening phrase, with no verb, that describes the exercise its
# run-in head named; what follows ("held in", "est." for established, "hosted by") tells of that exercise
ENTRY_DESCRIPTION = re.compile(
    r"\W*(?:(?:An?|The)\s+)?(?:[\w.-]+\s+){0,4}?(?:exercise|drill|war ?game|series)s?\b"
    r"(?:(?:(?:[^;.:!?]|\b(?:est|c|ca)\.)*?[,;]\s+)+(?:[^;.:!?]*?\band\s+)?|\s+)",
    re.IGNORECASE,
)
# "Iran also sent a frigate, its navy said", "..., according to the Russian defence ministry":
# who says so after the statement is no participant
SOURCE_BEFORE = re.compile(r"(?:,\s+(?:its|their|the|a|an)|\baccording to(?:\s+the)?)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
SAID_AFTER = re.compile(r"(?:(?:['’]s)?\s+[\w-]+){0,3}?\s+(?:(?:has|had)\s+)?(?:said|says|announced|reported|confirmed|added|stated|told)\b", re.IGNORECASE)


# "... with India, off Visakhapatnam in December [Sri Lanka Navy]": a thread's or note's source, cited in
# square brackets at the end of what it backs
CITED_SOURCE = re.compile(r"\[[^\[\]]{1,80}\]\W*$")


def _cited_in_brackets(text: str, slot: Slot) -> bool:
    """Whether ``slot`` lies in a bracketed source closing the sentence ("[Indian Navy release]")."""
    cited = CITED_SOURCE.search(text, max(0, slot.start - 80))
    return bool(cited and cited.start() < slot.start)


def _source(text: str, slot: Slot) -> bool:
    """Whether ``slot`` names who reports the sentence's statement, after it."""
    before = SOURCE_BEFORE.search(text, max(0, slot.start - 40), slot.start)
    return bool(before) and (before.group(0).lower().startswith("according") or SAID_AFTER.match(text, slot.end) is not None)


CLAUSE_JOIN = re.compile(r"[,;]\s*(?:and|but|while|whereas)\s", re.IGNORECASE)
# the verb of taking part in a clause joined on: "..., and Thai marines took part in "
JOINED_TAKING_PART = re.compile(r"\b(?:took|take|takes|taking) part\b|\bparticipat(?:ed|es|ing)\b", re.IGNORECASE)
# the verb of a predicate coordinated after ", and", its subject left out or a one-word name: "..., and commends",
# "..., and strongly urges", "..., and the Council commends"
COORDINATED_PREDICATE = re.compile(r"\s*(?:(?:the\s+)?(?-i:[A-Z])[\w-]+\s+)?(?:(?-i:[a-z]+ly)\s+)?(?!(?:its|this|his|various|numerous|previous|others|thus|perhaps|as|was|has|is)\b)(?-i:[a-z]{3,}(?:es|s))\s+(?:the|its|their|all|both|(?-i:[A-Z]))")
# drills a later clause names by a nationality, host or "other": "to Russian-hosted manoeuvres", "in its own drills"
OTHER_DRILLS = re.compile(
    r"(?:[^.;:]{0,40}?\b(?:to|in|into|for))?\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*(?:-(?:hosted|led|run|organi[sz]ed))?|other|its\s+own|their\s+own|separate|bilateral)\s+"
    r"(?:(?:military|naval|joint|large|annual)\s+)?(?:manoeuvres|maneuvers|drills|exercises|war\s?games)\b"
)
TIMED_BY = re.compile(r"\b(?:before|ahead of|prior to|after|following|since)\s+(?:the\s+|this year's\s+|last year's\s+)?$", re.IGNORECASE)
TIME_CLAUSE_IT = re.compile(r"\b(?:before|after|when|until|once|since)\s+it\s+(?:had\s+|has\s+|was\s+|even\s+)?$", re.IGNORECASE)
AREA = re.compile(r"areas?\b|zones?\b", re.IGNORECASE)
# What a head of state or a government vetoes at home: "vetoed the sale of jets", "vetoed Greece's purchase",
# "vetoed the arms bill". Such a veto is no Council veto unless a draft or the Council is in view.
DOMESTIC_VETO = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+|any\s+|[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:sales?|deals?|purchases?|bills?|laws?|legislation|contracts?|exports?|acquisitions?|transfers?|budgets?|takeovers?)\b",
    re.IGNORECASE,
)
COUNCIL_IN_VIEW = re.compile(r"\bresolutions?\b|\bdrafts?\b|\bsecurity council\b|\bunsc\b", re.IGNORECASE)
# Seats only a council has: "a permanent member", "the ten elected members".
# "Chile and Peru, two of the three Latin American elected members"
# A negative vote said not to have been a veto: the draft lacked its nine votes anyway
NO_VETO = re.compile(
    r"\bno veto\b|\bnot (?:count as )?a veto\b|\bnone\b[^.;]{0,40}\bveto|\bwithout (?:a )?veto\b|\black of (?:nine|9)\b|"
    r"\b(?:does|did) not reach nine\b|\black(?:ed|s)? (?:the )?(?:nine|9)\b",
    re.IGNORECASE,
)
# the triggers that tell a negative vote, which NO_VETO can say was no veto: "voted against", "cast the only negative vote"
NEGATIVE_VOTE_TRIGGER = re.compile(r"vot|\w+ against|cast\w* (?:\w+ ){0,2}negative", re.IGNORECASE)


def _no_veto_said_of(text: str, start: int, end: int) -> bool:
    """Whether a remark that a negative vote was no veto bears on the vote told at ``start:end``.

    The remark bears on every vote of its own part of the sentence (between semicolons), and on
    the whole sentence unless it stands in a later part that tells a negative vote of its own:
    "China and Russia voted down the draft; South Africa also voted no, which did not count as a
    veto" says that of South Africa's vote alone.

    >>> _no_veto_said_of("Russia voted down the draft; Ghana also voted no, which did not count as a veto.", 7, 17)
    False
    >>> _no_veto_said_of("No veto was cast; France voted against.", 25, 38)
    True
    """
    remark = NO_VETO.search(text)
    if remark is None:
        return False
    part_end = text.find(";", end)
    part_end = len(text) if part_end < 0 else part_end
    if remark.start() < part_end:
        return True
    remark_part = text[text.rfind(";", 0, remark.start()) + 1:remark.start()]
    return not OWN_NEGATIVE_VOTE.search(remark_part)


# a later part's own "no" ("South Africa also voted no, which did not count as a veto"), not "as only five voted for it"
OWN_NEGATIVE_VOTE = re.compile(r"\bvot(?:ed|es|ing) (?:\w+ )?(?:no|against)\b|\bnegative vote", re.IGNORECASE)

# "Ghana, one of the three African elected members", "Japan's representative, also speaking as an elected member",
# a speaker's label "MALTA (as penholder and elected member of the Council):"
SEAT_APPOSITIVE = re.compile(
    r"(?:['’]s\s+(?:representative|delegate|delegation|ambassador|envoy))?(?:,\s+|\s*\(\s*)(?:(?:one|two|three|four|five|both|all|\d+)\s+of\s+)?(?:[\w'’-]+\s+){0,4}"
    r"|\s+(?:sat|sits|served|serves|was|is)\s+on\s+the\s+Council\s+as\s+(?:an?\s+)?"  # "India sat on the Council as an elected member"
    r"|,\s+the\s+(?:latter|last)\s+(?:two|three|four)\s+(?:[\w-]+\s+){0,4}"  # "China, India and the UAE, the latter two then serving as elected members"
    # "East Germany, then serving a two-year term as a non-permanent member": the term the appositive's head served
    r"|,\s+(?:then\s+|now\s+|still\s+)?(?:serving|holding|in)\s+(?:a|an|its|the|her|their)\s+(?:[\w-]+\s+){0,2}?(?:term|seat|year)\s+as\s+(?:an?\s+)?",
    re.IGNORECASE,
)
SPEAKER_AFTER = re.compile(r"\s*(?:['’]s\s+)?(?:representative|delegate|delegation|ambassador|envoy|spokes(?:man|woman|person))\b", re.IGNORECASE)
SAYING = re.compile(r"\b(?:said|says|told|tells|argued|argues|stated|states|noted|notes|added|adds|warned|warns|recalled|recalls)\b", re.IGNORECASE)
VETO_TOLD = re.compile(r"\bvetoe[sd]\b|\bveto\b", re.IGNORECASE)
JOINED_IT = re.compile(r"\s+(?:in\s+)?(?:it|them)\b", re.IGNORECASE)
# what a membership trigger's own words are, asked of every trigger _membership reads (named, not
# inline: re's cache look-up costs more than these short matches)
JOIN_TRIGGER = re.compile(r"join", re.IGNORECASE)
REJOIN_TRIGGER = re.compile(r"(?:re-?)?join", re.IGNORECASE)
ALLY_OR_MEMBER_TRIGGER = re.compile(r"all(?:y|ies)|members?", re.IGNORECASE)
ALLY_TRIGGER = re.compile(r"all(?:y|ies)", re.IGNORECASE)
ACCESSION_TRIGGER = re.compile(r"accession", re.IGNORECASE)
ADMISSION_OF_TRIGGER = re.compile(r"(?:admission|accession) of", re.IGNORECASE)
BARE_MEMBER_TRIGGER = re.compile(r"members?|member \w+", re.IGNORECASE)
MEMBER_OF_TRIGGER = re.compile(r"member of", re.IGNORECASE)
# "Belarus and Cuba, joined in June by Nigeria": a passive join, whose joiners come after "by" and share
# whatever standing the states before it have (members, partners, guests), which the join itself does not tell
JOINED_BY_PASSIVE = re.compile(r"(?:\s+(?:on|in|at|from|since)(?:\s+[\w-]+){1,3}?|\s+(?:later|then|soon|also))?\s+by\b", re.IGNORECASE)
# "joined the United States in voting down a draft": the state joined, then what they did together
STATE_AFTER_GAP = re.compile(r"\s+(?:the\s+)?")
JOINED_IN_DOING = re.compile(r"\s+in\s+\w+ing\b")
TOPIC_BY = re.compile(r"\s+(?:committed\s+|carried out\s+|perpetrated\s+)?by\s+(?:the\s+)?")
TOPIC_COMPLEMENT = re.compile(r"\s+(?:to|into|for|in)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}")
# "..., which it joined", "..., which Kazakhstan joined", "(which Belarus joined in 2024)", "..., which India,
# Sri Lanka and Maldives set up in 2020": an object relative, whose antecedent is what was joined or founded
RELATIVE_NAME = r"(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3}"
JOINED_RELATIVE = re.compile(
    rf"(?:,|\()\s*(?:which|that)\s+(?:it|they|{RELATIVE_NAME}(?:(?:\s*,\s*|,?\s+and\s+){RELATIVE_NAME}){{0,8}})\s+"
    r"(?:(?:\w+ly|also|later|then|finally|together|jointly)\s+)?$",
    re.IGNORECASE,
)
# the verbs whose object an object relative may leave out: what was joined, or founded by the relative's subject
OBJECT_RELATIVE_VERB = re.compile(r"(?:re-?)?joined|entered|(?:co-)?founded|set up|established|created|formed", re.IGNORECASE)
BEING_IN = re.compile(IN_ORGANIZATION, re.IGNORECASE)
IN_ORGANIZATION_GAP = re.compile(r"\s+(?:both\s+)?(?:the\s+)?")


def _in_organization(text: str, start: int, end: int, members: list[Slot], orgs: list[Slot]) -> bool:
    """Whether "is in" says the state before it belongs to the organization right after it: the
    state (or "it") is the subject itself (not "Russia's interest"), the organization the whole
    object (not "NATO's sights")."""
    if not orgs or not IN_ORGANIZATION_GAP.fullmatch(text, end, orgs[0].start) or re.match(r"['’]s\b", text[orgs[-1].end:orgs[-1].end + 2]):
        return False
    subject = members[-1] if members and members[-1].end and not PRONOUN_SUBJECT.search(text, max(0, start - 60), start) else None
    return subject is None or bool(re.fullmatch(r"\s*(?:,[^,;]{1,60},\s*)?|\s+(?:\w+\s+){0,2}", text[subject.end:start])) and not re.match(r"['’]s\b", text[subject.end:subject.end + 2])


# a relative whose antecedent is the organizations just named: ", of which both countries are"
# (and ", where both are members", ", in which all three are members")
PRONOUN_OBJECT = re.compile(r"\s+(?:it|them)\b(?!\s+(?:is|was|has|had|will|would|to)\b)", re.IGNORECASE)  # "still leads it"
COORDINATED_VERB_GAP = re.compile(r"(?:\s+(?:in|since)\s+(?:\w+\s+)?\d{4})?,?\s+(?:and|but)\s+(?:\w+\s+){0,2}", re.IGNORECASE)
COLON_LIST = re.compile(r"[^,;]{0,40}?:\s*")  # "set up the CSTO in 2002: ...": the names follow the colon
# "its partner in Mercosur", "partners within NATO"; "still partners of NATO and not members": the body's outer tier
PARTNER_IN_BODY = re.compile(r"\s+(?:in|within|inside|of|to)\s+(?:the\s+)?")
# "Bangladesh, then newly bound to India by a treaty of friendship": the state before the participle and the one it
# is bound to, by the instrument the trigger names
BOUND_TO_BEFORE = re.compile(r",\s+(?:(?:then|now|still|long|newly|already|closely|formally)\s+){0,2}bound\s+(?:closely\s+)?to\s+(?:the\s+)?$", re.IGNORECASE)
BY_INSTRUMENT = re.compile(r"\s+by\s+(?:a|an|the|its|their|this|that)\s+(?:[\w-]+\s+){0,3}", re.IGNORECASE)
# "worked closely with the alliance as partners", "took part as partners" (of a drill's host alliance), "ASEAN's
# dialogue partners": a tier of the body the states stand in, not a partnership between them
PARTNERS_OF_BODY_BEFORE = re.compile(
    r"(?:\b(?:with\s+(?:the\s+)?(?:alliance|bloc|organi[sz]ation|grouping|group|union|pact|club)|(?:took|take|takes|taking)\s+part|participated|participates)\s+as\s+(?:[\w-]+\s+)?"
    r"|\b(?:dialogue|observer|associate)\s+)$",
    re.IGNORECASE,
)
# "were given partner status", "accepted partner-country status": a bloc's outer tier, not a tie between the states
PARTNER_TIER_STATUS = re.compile(r"(?:[\s-]+(?:country|countries|state|states|nation|nations))?\s+(?:status|category|tier)\b", re.IGNORECASE)
PARTNER_TIER_NOUN = re.compile(r"[\s-]+(?:country|countries|state|states|nation|nations)\b(?!\s+(?:of|with)\b)", re.IGNORECASE)  # "listed as partner countries"
ORGANIZATION_PARTNER = re.compile(r"(?:'s|’s)?\s+(?:(?:dialogue|associate|official|formal)\s+)?")  # "the SCO's dialogue partners"
NON_PREFIX = re.compile(r"\bnon-$", re.IGNORECASE)  # "non-NATO", "non-EU"
OF_WHICH = re.compile(r",\s+(?:of\s+which|where|in\s+which)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
LATTER_COUNT = re.compile(r",\s+the\s+(?:latter|last)\s+(two|three|four)\b", re.IGNORECASE)
COUNT_WORDS = {"two": 2, "three": 3, "four": 4}
# ("Morocco, a Council member, ...": the council the document is about, not a former one)
# ("The other fourteen members, including Britain, ...": the Council's fifteen less the one just named)
SEAT = re.compile(r"\b(?:permanent|non-permanent|elected|rotating|(?<!former )(?<!past )(?-i:Council)|(?<=\bother )(?:fourteen|14))\s+$", re.IGNORECASE)
# "lifted its sanctions on", "eased the remaining sanctions": an end to sanctions, not their imposition
SANCTIONS_LIFTED = re.compile(
    r"\b(?:lift(?:ed|s|ing)?|eas(?:ed|es|ing)|remov(?:ed|es|ing)|end(?:ed|s|ing)|(?:end|removal|expiry|termination)(?=\s+of\b)|drop(?:ped|s|ping)|rescind(?:ed|s|ing)?|revok(?:ed|es|ing)|"
    r"suspend(?:ed|s|ing)?|terminat(?:ed|es|ing)|waiv(?:ed|es|ing)|relax(?:ed|es|ing)?|unfr[eo]z\w*|"
    # "rolled back sanctions on", "mulled sanctions on", "warned of sanctions on": ended, or only weighed or threatened
    r"(?:roll(?:ed|s|ing)?|scal(?:ed|es|ing)) back|mull(?:ed|s|ing)?|weigh(?:ed|s|ing)?|ponder(?:ed|s|ing)?|warn(?:ed|s|ing)? of)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "China and Russia blocked new sanctions on North Korea", "vetoed a draft imposing sanctions on Mali",
# "opposed fresh sanctions on Iran": sanctions stopped or argued against, none imposed by the subject
SANCTIONS_STOPPED = re.compile(
    # ("cast its veto against a resolution sanctioning Libya", "exercised its veto to defeat a draft")
    r"\b(?:block(?:ed|s|ing)?|vetoe?(?:d|s|ing)?|oppos(?:ed|es|ing)|reject(?:ed|s|ing)?|(?:voted|votes|voting) against|shot down|killed|defeat(?:ed|s|ing)?)\s+"
    r"(?:(?:against|on|of)\s+)?(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:drafts?|texts?|resolutions?|proposals?)\s+(?:(?:that|which)\s+would\s+have\s+|to\s+)?)?"
    r"(?:(?:impos\w*|introduc\w*|add\w*|tighten\w*|extend\w*|expand\w*)\s+(?:[\w.-]+\s+){0,2}?(?:and\s+)?)?"
    # "vetoed the renewal of the sanctions on Mali": the renewal stopped, no sanctions imposed by the vetoer
    r"(?:(?:the|a|any)\s+(?:renewal|extension|expansion|tightening|continuation|prolongation|reimposition|re-imposition)\s+of\s+)?(?:[\w.-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "Uzbekistan criticised the sanctions on Iran", "Brazil condemned the 2019 sanctions against Venezuela": the
# subject argues against sanctions someone else imposed, it imposes none (no "and" in between: "condemned the
# invasion and imposed sanctions on Russia" is a sanctioner's own act)
SANCTIONS_CRITICISED = re.compile(
    r"\b(?:critici[sz](?:ed|es|e|ing)|(?:criticism|condemnation)\s+of|condemn(?:ed|s|ing)?|denounc(?:ed|es|e|ing)|decried|slammed|blasted|"
    r"protest(?:ed|s|ing)?\s+(?:against|over)|object(?:ed|s|ing)?\s+to|complain(?:ed|s|ing)?\s+(?:about|of)|hit(?:s|ting)?\s+out\s+at)\s+"
    r"(?:(?!(?:and|but|or|then)\b)[\w.'-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "designated Kenya a major non-NATO ally", "designated Poland as a strategic partner", "Kuwait and Bahrain
# are designated major non-NATO allies": a status conferred, no sanctions designation
DESIGNATED_STATUS = re.compile(
    r"\s+(?:[\w.'’-]+\s+){1,4}?(?:as\s+)?(?:a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:all(?:y|ies)|partners?|friends?)\b"
    r"|\s+(?:[\w-]+\s+){0,3}?all(?:y|ies)\b",
    re.IGNORECASE,
)
# "the human rights situation in Myanmar": a topic that only qualifies the situation of a state
SITUATION_IN = re.compile(r"\s+situation\s+(?:in|of)\s+(?:the\s+)?", re.IGNORECASE)
# A state that voted for or backed the draft before its veto is told: "Kenya voted for the draft ... that
# Russia vetoed", "Ghana supported the text Russia vetoed" (not the participle of "a draft on Mali sponsored by
# Mexico": the state names the draft's subject, and the supporter follows "by")
VOTED_FOR = re.compile(
    r"\s+(?:(?:also|had|has|have|then|duly)\s+)?(?:voted (?:for|in favou?r(?: of)?|yes\b)|supported|backed|co-?sponsored|sponsored|welcomed)\b(?!\s+by\b)",
    re.IGNORECASE,
)
# "the representative of the United States", "the delegate of Japan": who speaks, not what a draft concerned
SPEAKER_OF = re.compile(r"\b(?:representatives?|delegates?|delegations?|ambassadors?|envoys?|spokes(?:man|woman|person)|ministers?) (?:of|for) (?:the )?$", re.IGNORECASE)
SPEAKER_NOUN = re.compile(r"(?:the\s+)?(?:[\w-]+\s+)?(?:representatives?|delegates?|delegations?|ambassadors?|envoys?|spokes(?:man|woman|person))", re.IGNORECASE)
# "... as an elected member of the Council", "serving as a permanent member": the seat a subject acts in
# "six members abstained, among them China, Russia and Pakistan": members counted by how they voted,
# who can only be the seat holders of the council the document is about
COUNTED_VOTERS = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen)\s+(?:other\s+)?\Z", re.IGNORECASE)
VOTED_AFTER = re.compile(r"\s+(?:abstained|voted\s+(?:against|no|in\s+favou?r|for|yes))\b", re.IGNORECASE)
# the deliveries' own predicate, with no comma before it, saying they are late: "Deliveries of the Tejas Mk1A to the
# Indian Air Force have slipped", "... have been delayed by engine shortages"
DELIVERIES_DELAYED = re.compile(
    r"[^.;,:]{0,90}?\b(?:have|has|had|were|was)\s+(?:(?:again|further|also|\w+ly)\s+)?(?:been\s+)?(?:(?:again|further|\w+ly)\s+)?"
    r"(?:slipped|delayed|postponed|held up|pushed back|put on hold|stalled|suspended|frozen)\b",
    re.IGNORECASE,
)
# What a buyer did not take, after what it did: "after a competition against the Tejas and the JF-17", "beating
# the Rafale", "rather than the Gripen": the rival systems and their makers named after it are no part of the deal
RIVALS_AFTER_TRIGGER = re.compile(
    r"\b(?:competitions?|contests?|fly-?offs?|tenders?|race)\s+(?:against|with)\b|\b(?:beating|beat out|outbidding|rather than|in preference to)\b",
    re.IGNORECASE,
)
REPLACED_BEFORE = re.compile(r"\b(?:in place of|instead of|replacing|succeeding|in succession to)\s+(?:the\s+)?\Z", re.IGNORECASE)
SEAT_HELD_AS = re.compile(r"\bas\s+(?:an?\s+|one\s+of\s+the\s+(?:\w+\s+)?)?(?:permanent|non-permanent|elected|rotating)\s+$", re.IGNORECASE)
ABSTAINED = re.compile(r"\babstain(?:ed|ing|s)?\b|\babstention", re.IGNORECASE)
ABSTAINED_WORDS = IndexedPattern(ABSTAINED, SENTENCES)  # asked of every sentence with mentions: its scan answers
# A text put to the Council told in its own sentence: "28 Mar 2024. Renewal of the Panel of Experts ...",
# "US-Japan draft on keeping nuclear weapons out of orbit." (asked of every sentence with mentions)
DRAFT_TOLD_WORDS = IndexedPattern(re.compile(r"\b(?:drafts?|texts?|resolutions?|renewals?)\b", re.IGNORECASE), SENTENCES)
FORUM = {"UN Security Council": re.compile(r"Security Council|\bUNSC\b"), "UN General Assembly": re.compile(r"General Assembly")}
YEAR = IndexedPattern(re.compile(r"(?<![\w-])(1[89]\d\d|20\d\d)(?:s)?(?![\w])"), SENTENCES)  # tried only at "18", "19", "20"
# ("ordered the Kilo-class submarine from Germany in 2021": the cue's clause may run long, but not past
# another year or a delivery word, whose year that one is)
ORDER_CUE = re.compile(
    r"\b(?:ordered|order|contract|deal|agreement|signed|purchase agreement)\b(?:(?!(?:1[89]|20)\d\d|deliver|received|arriv|handed over|took delivery)[^.;]){0,60}?$",
    re.IGNORECASE,
)
DELIVERY_CUE = re.compile(r"\b(?:deliver(?:ed|ies|y)|received|arriv(?:ed|al)|handed over|took delivery|shipped)\b[^.;]{0,40}?$", re.IGNORECASE)
MADE_BY = re.compile(r"-(?:made|built|designed|developed|produced|manufactured|assembled|origin)\b", re.IGNORECASE)
# "Russian-supplied", "Iranian-delivered": the state the word names sold what follows
SUPPLIED_BY = re.compile(r"-(?:supplied|delivered|donated|exported|sold)\b", re.IGNORECASE)
COPY_OF = re.compile(r"\s+(?:cop(?:y|ies)|versions?|variants?|derivatives?|clones?|development|successor|rival|competitor)s?\s+(?:of|to)\b", re.IGNORECASE)
# "flies MiG-29s, all Russian-built", "the K9s are Korean-built", "the Type 055 is a Chinese-built warship"
LISTED_SYSTEM = re.compile(r"s?(?:,\s+|,?\s+(?:and|or)\s+)(?:the\s+)?")
MADE_BY_AFTER = re.compile(r"(?:,\s*(?:all|both|each)?|\b(?:is|are|was|were)(?:\s+all|\s+both|\s+an?)?)\s*$", re.IGNORECASE)
# Between a "-built" word and a system: a quoted name or a verb shows that the word described
# something else, and the system belongs to another clause.
MADE_THING_BETWEEN = re.compile(r"[\"“”]|\b(?:could|would|will|may|might|can|make|makes|made|is|are|was|were|has|have|had)\b|\b\w+ed\s+(?:the|an?|its|their)\s", re.IGNORECASE)
NO_SUCH = re.compile(r"\b(?:no|not an?|not one|not a single|never an?|any)\s+$", re.IGNORECASE)  # "no Polish-built K2PL had been completed"
# Compiled once: the per-sentence helpers below run them for every pair of mentions.
OWNER_GAP = re.compile(r"(?:'s|’s|')?\s*(?:own\s+|new\s+|elite\s+)?")  # "China's navy", "the Russian Pacific Fleet"
LED_SUFFIX = re.compile(r"-(?:led|dominated|headed)\b")
INITIATIVE_ONLY = re.compile(INITIATIVE_ONLY, re.IGNORECASE)
# "China's Belt and Road Initiative", "Beijing's flagship Global Security Initiative", "the Chinese BRI"
OWNED_BY = re.compile(r"(?:'s|’s)?\s+(?:own\s+|flagship\s+|signature\s+|much-vaunted\s+|vaunted\s+|ambitious\s+|new\s+)?")
POSSESSIVE_S = re.compile(r"(?:'s|’s)\b")
# ", and the " right before a mention: what follows may open a clause of its own
# the carrier of a delivery, named after the cargo: "flown in by Chinese Y-20 transports", "shipped aboard an Il-76"
CARRIED_BY = re.compile(
    r"\b(?:flown|carried|ferried|airlifted|brought|transported|shipped|delivered|moved)\s+(?:in\s+|out\s+|over\s+|home\s+)?"
    # "carried to Belgrade by Chinese Y-20 transport aircraft": the place reached before the carrier
    r"(?:to\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?\s+)?"
    r"(?:by|aboard|on board|on|in|inside)\s+(?:(?:a|an|the|two|three|four|several|\d+)\s+)?(?:[\w-]+\s+)?\Z",
    re.IGNORECASE,
)
OWN_PHRASE_BEFORE = re.compile(r"[,;]\s+(?:[\w-]+\s+){0,3}?(?:before|after|during|since|amid|following|ahead of|despite)\b", re.IGNORECASE)
COMMA_AND_BEFORE = re.compile(r",\s+and\s+(?:the\s+)?\Z")
PROPER_NOUN_NEXT = re.compile(r"(?:'s|’s)\s+[A-Z]")
LIST_MARK = re.compile(r",|\band\b|\bor\b|&")


# Hashed and compared by its fields as a frozen dataclass is, but built without the
# object.__setattr__ per field that frozen costs (three times slower): one is made for every
# argument slot.
@dataclass(unsafe_hash=True)
class Ref:
    """One entity an argument slot stands for."""

    name: str
    label: str
    confidence: float = 1.0


class _SlotLabels:
    """``Slot.labels``, computed on first use and kept in the slot's ``__dict__`` (which then
    answers every later look-up): what ``functools.cached_property`` does, without the lock
    it takes on every first use, one for each of the many slots made per sentence."""

    def __get__(self, slot: "Slot | None", owner=None):
        if slot is None:
            return self
        labels = slot.__dict__["labels"] = frozenset(ref.label for ref in slot.refs)
        return labels


@dataclass
class Slot:
    """A mention (or a resolved reference) inside a sentence, offsets relative to the sentence."""

    start: int
    end: int
    refs: tuple[Ref, ...]
    kind: str = "name"
    role: str = "object"  # filled per trigger: object, to, from, by, with, loc, ...

    labels = _SlotLabels()  # asked many times per sentence; a slot's refs never change


@dataclass
class Fact:
    """A relation found in one sentence, before it is tied to a document."""

    type: str
    source: Ref
    target: Ref
    properties: dict = field(default_factory=dict)
    anchor: tuple[int, int] = (0, 0)  # where in the sentence its trigger stands, for picking its year

    @property
    def confidence(self) -> float:
        return min(self.source.confidence, self.target.confidence)


# Words around a trigger the families ask about for every trigger they read (compiled once, not
# looked up in re's cache per trigger)
DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|this|its|their|whose)\s+$", re.IGNORECASE)
TO_BEFORE = re.compile(r"\bto\s+$")
PARTICIPATION_WORD = re.compile(r"participation", re.IGNORECASE)
# "with participation of air defence units", "with the participation of ships": whose share follows
WITH_BEFORE_PARTICIPATION = re.compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)
PARTICIPANTS_OF = re.compile(r"\s+of\s+[^,;.]*")


def _participation_of_unnamed(text: str, start: int, end: int, slots: list[Slot]) -> bool:
    """Whether the trigger is "with participation of" units no state, force or exercise is
    named for: it tells who shared in the deed before it, not a part in an exercise."""
    if not (PARTICIPATION_WORD.fullmatch(text, start, end) and WITH_BEFORE_PARTICIPATION.search(text, max(0, start - 12), start)):
        return False
    phrase = PARTICIPANTS_OF.match(text, end)
    if phrase is None:
        return False
    return not any(s.labels & {"State", "ArmedForce", "Exercise"} and start <= s.start < phrase.end() for s in slots)
TAKING_PART = re.compile(r"taking part|participating", re.IGNORECASE)
OWNED_EVENT_AFTER = re.compile(
    r"(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:gatherings?|exercises?|drills?|events?|reviews?|manoeuvres|maneuvers|games|competitions?|series)\b", re.IGNORECASE)
STATIONED_BEFORE = re.compile(
    r"\b(?:its|their|his|her|(?-i:[A-Z])[\w-]*(?:'s|’s))\s+(?:[\w-]+\s+)?(?:forces|fleets?|commands?|troops|garrisons?|bases|units)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "took part in a 'joint patrol' with ...", "joined an anti-piracy operation": an indefinite event of its own
INDEFINITE_EVENT_AFTER = re.compile(
    r"\s+(?:part\s+)?(?:in\s+)?(?:an?|another)\s+(?:[\w\"“”'‘’-]+\s+){0,4}?[\"“'‘]?(?:patrols?|drills?|exercises?|operations?|missions?|manoeuvres|maneuvers|sorties?|"
    r"escorts?|transits?|voyages?|deployments?|rescues?|searche?s?|training|inspections?|boardings?)\b",
    re.IGNORECASE,
)
# "the Indian Air Force sent Su-30MKI fighters to Egypt for a joint air exercise": the event the deed
# was for, further on in its clause, is brought in anew as well (no semicolon or sentence end between)
INDEFINITE_EVENT_LATER = re.compile(
    r"[^;.]{0,80}?\b(?:for|in|into|during|at|to)\s+(?:an?|another)\s+(?:[\w-]+\s+){0,4}?(?:exercises?|drills?|manoeuvres|maneuvers|war\s+games|wargames)\b",
    re.IGNORECASE,
)
# "has sent troops to every NATO mission in Afghanistan", "sent a company to the UN operation": another kind of
# deployment than an exercise, not the exercise told of before
OTHER_EVENT_DESTINATION = re.compile(
    r"(?:sen[dt]|dispatch|deploy|contribut)\w*\s[^.;]{0,40}?\bto\s+(?:every|each|all|several|many|both|the|its|their|an?)?\s*(?:[\w-]+\s+){0,3}?"
    r"(?:missions?|operations?|wars?|campaigns?|peacekeeping|coalitions?|battle\s?groups?|garrisons?)\b",
    re.IGNORECASE,
)


PARTICIPANT_NOUN = re.compile(r"participants?$|participating|(?:\w+ )?contingents?$", re.IGNORECASE)
TOGETHER_WORDS = re.compile(r"\b(?:together|jointly|in formation)\b", re.IGNORECASE)
PASSIVE_AUXILIARY_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
NEGATED_ARTICLE = re.compile(r"\b(?:not|never|no)\s+(?:\w+\s+)?(?:an?|the)\s+", re.IGNORECASE)
# "remain in Chinese service": a state's adjective between "in" and "service"
IN_BEFORE = re.compile(r"\bin\s+$")
SERVICE_AFTER = re.compile(r"\s+service\b")


# "Laos applied to the SCO in 2023. It joined in 2024.": a sentence naming nothing whose pronoun
# subject, the state the sentence before was about, enters the body last told of
PRONOUN_ADMITTED = re.compile(
    r"\s*(?:It|They)\s+(?:later\s+|finally\s+|eventually\s+|then\s+|formally\s+|subsequently\s+)?"
    r"(?:joined|became\s+(?:a\s+)?(?:full\s+)?members?|was\s+admitted|were\s+admitted|acceded)\b"
)


def _admitted_pronoun(text: str, context: "ParagraphContext") -> list[Slot]:
    """The pronoun opening ``text`` as a reference to the state subject of the sentence before,
    when the sentence names nothing and goes on to tell its admission ("It joined in 2024.")."""
    opening = PRONOUN_ADMITTED.match(text)
    states = tuple(ref for ref in context.subjects if ref.label == "State")
    if opening is None or not states:
        return []
    pronoun = re.search(r"It|They", text)
    return [Slot(pronoun.start(), pronoun.end(), states, "reference")]


# "sent two corvettes to the Sea of Japan for live-fire drills", "deployed bombers over the Arctic to hold drills":
# a place the drillers were sent to, right before what they went there for
SENT_FOR_DRILLS = re.compile(r"\s+(?:for|to\s+(?:conduct|hold|stage|carry\s+out))\s+(?:(?:a|an|joint|naval|air|live-fire|anti-submarine|combat|routine|fresh|large-scale|military|tactical|missile)\s+){0,2}?", re.IGNORECASE)
SENDING_BEFORE = re.compile(r"\b(?:sent|sends|dispatched|dispatches|deployed|deploys|despatched)\s+(?:[\w-]+\s+){0,5}?(?:to|into|over)\s+(?:the\s+)?$", re.IGNORECASE)


# the words by which a relative clause points to the exercise its main clause names
RELATIVE_EXERCISE_WORD = re.compile(r"\b(?:exercises?|drills?|manoeuvres|maneuvers|war ?games|games|edition|it|them)\b", re.IGNORECASE)


class SentenceReader:
    """Finds facts in one sentence given its argument slots."""

    def __init__(self, schema: Schema, kind_of: Callable[[str], str] = lambda name: ""):
        self.schema = schema
        self.kind_of = kind_of  # a system's kind in the gazetteer ("diesel-electric submarine"), or ""
        self._relative_spans: list[tuple[int, int]] = []  # the current sentence's, set by read
        self._gloss_spans: list[tuple[int, int]] = []  # the current sentence's, set by read

    def _term_of_family(self, text: str, start: int, term: list[Slot]) -> list[Slot]:
        """The term just defined, as the theme of a sentence that names none, unless the sentence
        describes goods of another family before its trigger ("The boats were built by Larsen &
        Toubro" after a missile was named: not the missile)."""
        described = list(DESCRIBED_GOODS.finditer(text, 0, start))
        if not term or not described:
            return term
        last = described[-1]
        return [
            slot for slot in term
            if all(family_fits(last.group(0), self.kind_of(ref.name)) and _warship_fits(text, last, self.kind_of(ref.name)) for ref in slot.refs)
        ]

    def read(self, text: str, slots: list[Slot], context: "ParagraphContext") -> list[Fact]:
        if not slots and context.subjects and context.organization():
            slots = _admitted_pronoun(text, context)
        if not slots or text.rstrip().endswith("?"):
            return []
        if ":" in text and ";" in text:
            text = _semicolon_list_as_commas(text)
        if "—" in text or "–" in text or " - " in text or "--" in text:
            text = _dashed_label_as_subject(text, slots)
        self._sentence_slots = slots
        labels = {label for slot in slots for label in slot.labels}
        candidates = candidate_frames(text)
        possible = {family: _family_possible(family, labels, context) for family in {f.family for f in candidates}}
        triggers = _triggers(text, [f for f in candidates if possible[f.family]], slots)
        # "the Alliance of Sahel States", "the Greater Eurasian Partnership": a word of a name is no trigger
        triggers = [t for t in triggers if not _in_title(text, *t) and not any(s.start <= t[1] and t[2] <= s.end for s in slots)]
        if "(" in text:
            triggers = [t for t in triggers if t[0].type not in ("SOLD", "ACQUIRED") or not _entry_aside(text, t[1], slots)]
        self._trade_ends = [end for frame, _, end in triggers if frame.type in ("SOLD", "ACQUIRED")]
        self._deeds = [(start, frame.type) for frame, start, _ in triggers]  # for what a bare "followed" repeats
        breaks = _breaks(text, [start for _, start, _ in triggers]) if triggers else []  # only triggers need clauses
        # the relative clauses closed before a main verb ("Vietnam, which fought China in 1979, took part in ..."), as (opening, closing comma)
        self._relative_spans = [(-resumes - 1, b_start) for b_start, _, resumes in breaks if resumes is not None and resumes < 0]
        self._gloss_spans = _gloss_spans(text, slots) if ", " in text else []
        self._text = text
        facts: list[Fact] = []
        # An embedded clause opens with a lower-case "that" or "which": most sentences have neither.
        may_embed = "that" in text or "which" in text
        withheld: dict[tuple[int, int], str] = {}  # the span of each trigger a cue before it withholds, with its verb's form
        for index, (frame, start, end) in enumerate(triggers):
            if (form := _predicate_withheld_before(text, withheld, start)) is not None:
                withheld[(start, end)] = form  # "is due to criticise Tokyo, host Vostok-2018 and veto ...": the cue covers each predicate
                continue
            clause_start, clause_end, relative_at = _clause(breaks, start, end, len(text))
            clause_end = _until_next_trigger(text, triggers[index + 1:], frame, end, clause_end, slots)
            # A cue anywhere earlier in the clause scopes over the trigger: "might one day hold
            # a joint patrol". Relative clauses, "but" and "although" start new clauses.
            # A relative clause with its own subject is out of their reach: "would complement the
            # systems that Serbia received", "might buy the jets which Russia sold to India".
            embedded = [m.end() for m in EMBEDDED_CLAUSE.finditer(text, clause_start) if m.end() <= start] if may_embed else []
            embedded += [m.end() for m in APPOSED_CONTACT_RELATIVE.finditer(text, clause_start) if m.end() <= start] if ", " in text else []
            # what a draft "would have" done is no hedge on the verb after it
            contents = [content_end for content_end in _draft_content_ends(text) if content_end <= start] if may_embed else []
            # a speaker's next statement ("..., and recalled that ...") is out of reach of the cues before it
            restated = [m.end() for m in RESTATED.finditer(text, clause_start, start)] if may_embed else []
            # a second predicate of the same subject ("... was not adopted, and commends Gabon") is out of reach too
            restated += [m.end() for m in SECOND_PREDICATE.finditer(text, clause_start, start)] if ", and " in text else []
            # "turned down the JF-17 and bought F-16s": the first predicate's refusal is no cue on the deed told after it
            restated += [m.end() for m in REFUSED_THEN_DONE.finditer(text, clause_start, start) if m.end() == start and PAST_DEED.match(text, start)] if " and " in text else []
            # "applied to the SCO in 2023 and joined in 2024": the application is no hedge on the joining told after it
            restated += [m.end() for m in APPLIED_THEN_ADMITTED.finditer(text, clause_start) if m.end() == start] if frame.type == "MEMBER_OF" else []
            scope = max([_scope_start(text, frame, start, clause_start, slots), *embedded, *contents, *restated])
            assertion = _assertion_start(text, start)
            if frame.type == "CLASHED_WITH" and may_embed and JUDGED_EVENT.match(text, start):
                judged = [verb for verb, content_end in _draft_contents(text) if verb < start < content_end]
                scope = assertion = max([scope, assertion, *judged])
            if blocked(text, start, end, scope, assertion):
                if blocked(text[:end], start, end, scope, assertion):  # by what stands before it, not by what follows
                    withheld[(start, end)] = _verb_form(text, start)
                continue
            # "Egypt has never held Tsentr-2019 in the Pacific, and Beijing held drills in the Black Sea": what the
            # withheld predicate names is no argument of the deed joined on after it
            clause_start = max(clause_start, _after_withheld_predicate(text, withheld, clause_start, start))
            if frame.form == "nominal" and (frame.family == "transfer" or frame.type == "TRANSFERRED_TECHNOLOGY_TO") and _nominal_subject_hedged(text, start, end, clause_start, clause_end):
                continue
            clause = [s for s in slots if s.start >= clause_start and s.end <= clause_end]
            resumed = _predicate_resumed(text, breaks, clause_end) if may_embed else None
            if resumed is not None:  # "took delivery of An-32s, which were built in Kyiv, from Ukraine": the seller too
                clause += [s for s in slots if resumed[0] <= s.start and s.end <= resumed[1]]
            before = [s for s in slots if s.end <= relative_at] if relative_at is not None else []
            handler = getattr(self, f"_{frame.family}")
            found = handler(frame, text, start, end, clause, before, context)
            for fact in found:
                fact.anchor = (start, end)
            facts += found
        # The links read without a trigger each pair two of the sentence's mentions (an owner and
        # what it owns, a body and its members, a system and its buyers), except the operators an
        # opening "Operators include" adds to the paragraph's system: a sentence naming one thing,
        # about a third of those with any mention, is not asked for them.
        paired = len(slots) > 1
        facts += self._possessive_links(text, slots) + _member_list(text, slots, context) + _glossed_members(text, slots) if paired else []
        if paired and ("its " in text or "their " in text) and any("Initiative" in s.labels for s in slots):
            facts += _own_initiative(text, slots)
        if paired and ":" in text:
            facts += _buyers_list(text, slots) + _force_inventory(text, slots)
        if paired and ROSTER_WORDS.search(text):
            facts += _roster(text, slots)
        if paired and EXERCISE_GLOSS_WORDS.search(text):
            facts += _exercise_glossed_parties(text, slots)
        if paired and "(" in text:
            facts += _exercise_bracketed_parties(text, slots)
        if paired and " in " in text:
            facts += _exercise_in_place(text, slots)
        if COUNTED_NATIONS_WORDS.search(text):
            facts += _counted_nations_named(text, slots, context)
        if OPERATOR_WORDS.search(text):
            facts += _operators_too(text, slots) if paired else []
            facts += _customer_in_apposition(text, slots, context)
            facts += _operators_listed(text, slots, context)
        if facts and "-" in text:
            _compound_sellers_buyers(text, facts)
        if facts and HEDGE_WORDS.search(text):
            facts = _without_entries_named_after(HEDGED_ENTRY, 30, text, facts, slots)
        if facts and EXCLUDING_WORDS.search(text):
            facts = _without_entries_named_after(EXCLUDED_ENTRY, 40, text, facts, slots)
        if facts and ", not " in text:
            facts = _without_entries_named_after(CORRECTED_ENTRY, 16, text, facts, slots)
        if facts and context.memory.firm_states:
            facts = [fact for fact in facts if not _opposes_own_firm(fact, context)]
        if facts and "respectively" in text:
            facts = _paired_respectively(text, facts, slots)
        if facts and LINEAGE_WORDS.search(text):
            facts = _without_entries_named_after(LINEAGE, 80, text, facts, slots, "WeaponSystem")
            facts = _without_entries_named_after(COPY_MADE, 80, text, facts, slots)
        if "did " in text or "done " in text or " suit" in text:
            facts += self._done_likewise(text, slots, facts, context)
        if "so " in text or "So " in text or " too" in text:
            facts += self._so_did(text, slots, facts, context)
        if facts:
            context.last_facts, context.last_facts_text = facts, text
        return _with_years(_system_names_undated(text, slots), facts, context)

    def _done_likewise(self, text: str, slots: list[Slot], facts: list[Fact], context: "ParagraphContext") -> list[Fact]:
        """"India took part in Vostok-2018. Pakistan did too.", "Finland joined NATO in 2023, and
        Sweden did the same in 2024": the states named right before the cue did what the
        relation told before it (in the sentence, else the paragraph's last sentence that told
        any) did, to the same target; only relations whose source is the one who acts."""
        cue = DONE_LIKEWISE.search(text)
        if cue is None or blocked(text, cue.start(), cue.end(), 0):
            return []
        left = [s for s in slots if s.end <= cue.start() and s.kind != "demonym"]
        group = _nearest_group(text, left, ("State", "ArmedForce")) if left else []
        if not group or not DOER_BEFORE_CUE.fullmatch(text, group[-1].end, cue.start()):
            return []
        told = [fact for fact in facts if fact.anchor[1] <= cue.start()]
        if not told and DOER_OPENS.fullmatch(text, 0, group[0].start):
            # the deed of the sentence before, only where the doer opens this one ("Turkey bought drones, and Qatar did the same": not the sanctions before)
            told = context.last_facts
        return self._repeated_by(told, group, facts, (cue.start(), cue.end()))

    def _so_did(self, text: str, slots: list[Slot], facts: list[Fact], context: "ParagraphContext") -> list[Fact]:
        """"Iran joined the SCO in 2023. So did Belarus.", "..., and so too did Japan", "Kenya is too.": the
        states named with the cue did or are what the relation told before it (in the sentence, else the
        paragraph's last sentence that told any, where the cue opens this one) told, to the same target."""
        cue = SO_DID.search(text)
        if cue is not None:
            right = [s for s in slots if s.start >= cue.end() and s.kind != "demonym" and s.labels & {"State", "ArmedForce"}]
            group = _groups(text, right)[0] if right else []
            if not group or group[0].start - cue.end() > 4 or not SO_DID_CLOSES.match(text, group[-1].end):
                return []
        else:
            cue = ALIKE_TOO.search(text)
            left = [s for s in slots if cue and s.end <= cue.start() and s.kind != "demonym" and s.labels & {"State", "ArmedForce"}]
            group = _groups(text, left)[-1] if left else []
            if not group or not DOER_OPENS.fullmatch(text, 0, group[0].start) or not re.fullmatch(r"\s*", text[group[-1].end:cue.start()]):
                return []
        told = [fact for fact in facts if fact.anchor[1] <= cue.start()]
        if not told and (cue.start() == 0 or cue.group("aux").lower() != "did"):
            # only what the sentence before told of the state it opens with, and of those beside it ("India
            # abstained on the draft that Russia vetoed. So did China.": China abstained, no veto repeated)
            opener = context.previous_named[:1]
            # (a standing it held is no deed "did" repeats: "India, then an elected member of the Council, abstained ...")
            deed_only = cue.group("aux").lower() == "did"
            deeds = {(fact.type, fact.target) for fact in context.last_facts if fact.source in opener
                     and not (deed_only and STANDING_TRIGGER.search(context.last_facts_text, *fact.anchor)
                              and not BECAME_BEFORE.search(context.last_facts_text, max(0, fact.anchor[0] - 40), fact.anchor[1]))}
            told = [fact for fact in context.last_facts if (fact.type, fact.target) in deeds]
        return self._repeated_by(told, group, facts, (cue.start(), cue.end()))

    def _repeated_by(self, told: list[Fact], group: list[Slot], facts: list[Fact], anchor: tuple[int, int]) -> list[Fact]:
        """The relations of ``told`` that a repeatable deed gives, done again by the states of ``group``."""
        doers = [ref for slot in group for ref in slot.refs if ref.label in ("State", "ArmedForce")]
        earlier = {(fact.type, fact.source, fact.target) for fact in facts}
        done = []
        for fact in told:
            if fact.type not in DONE_LIKEWISE_TYPES:
                continue
            spec = self.schema.relationship(fact.type)
            for doer in doers:
                if doer.label in spec.sources and doer.name not in (fact.source.name, fact.target.name) and (fact.type, doer, fact.target) not in earlier:
                    earlier.add((fact.type, doer, fact.target))
                    done.append(Fact(fact.type, doer, fact.target, {k: v for k, v in fact.properties.items() if k != "year"}, anchor))
        return done

    @staticmethod
    def _agent_predicate_denied(text: str, end: int, agents: list[Slot]) -> bool:
        """Whether the passive predicate that brings a noun's agent ("an order ... was signed by Iraq")
        is itself negated or hedged: "was not signed by", "was reportedly placed by"."""
        predicate = PASSIVE_PREDICATE_BY.search(text, end, agents[0].start)
        return predicate is not None and blocked(text, predicate.start("verb"), predicate.end("verb"), end, end)

    def _untraded_relative(self, text: str, start: int) -> bool:
        """Whether the trigger at ``start`` opens "which it"/"that they" with no sale or purchase
        before the relative pronoun in the sentence."""
        relative = PRONOUN_RELATIVE.search(text, max(0, start - 30), start)
        return relative is not None and not any(end <= relative.start() for end in self._trade_ends)

    def _named_before(self, left: list[Slot], start: int) -> list[Slot]:
        """The mentions left of a trigger in its clause or, when the clause names none there,
        the names (not nationality adjectives) earlier in the sentence: where "it" may point."""
        return left or [s for s in self._sentence_slots if s.end <= start and s.kind != "demonym"]

    # --- families -------------------------------------------------------------------

    def _transfer(self, frame, text, start, end, clause, before, context) -> list[Fact]:
        spec = self.schema.relationship(frame.type)
        if frame.type in ("SOLD", "ACQUIRED") and INDEFINITE_DEAL.search(text, max(0, start - 40), start) and MODAL_AFTER.match(text, end):
            return []  # "what a Su-57 export to Algeria would mean": a deal imagined, not made
        if frame.type in ("SOLD", "ACQUIRED") and frame.form == "nominal" and DELIVERIES_DELAYED.match(text, end):
            return []  # "Deliveries of the Tejas Mk1A to the air force have slipped": what is late has not come
        if frame.type in ("SOLD", "ACQUIRED") and ABSOLUTE_PARTICIPLE_BEFORE.search(text, max(0, start - 40), start):
            return []  # "bought 400 Tomahawks from the US, with the first delivered in 2025": dates the deal told before, names no new side
        if frame.form == "active" and text[start:end].endswith("ed") and PASSIVE_CONJUNCT_BEFORE.search(text, max(0, start - 70), start):
            return []  # "six submarines, all built in Russia and delivered between 2014 and 2017": the participle goes on, no seller acts
        if frame.type == "PRODUCED" and _quoted(text, start) and _in_short_quote(text, start, end, self._sentence_slots):
            return []  # '"Made in India", mostly: inside the C295 licence deal': a slogan quoted, no maker stated
        if frame.type == "PRODUCED" and LICENSED_MAKING.search(text, max(0, start - 60), start):
            return []  # "Spain has licensed the C295's manufacturing to India": the licensor makes nothing here
        if frame.form == "passive" and STILL_TO_BE.search(text, max(0, start - 40), start + 3):
            return []  # "twelve Su-30MKI, to be built by HAL": not yet made, sold or bought
        if frame.type == "OPERATES" and CARGO_BEFORE.search(text, max(0, start - 30), start):
            return []  # "in a series of deliveries flown into Murted": the cargo was flown, not operated
        if frame.type == "OPERATES" and frame.form == "active" and OPERATED_ALONGSIDE.match(text, end):
            return []  # "the two countries' aircraft have operated together": a joint deed, no system named as fielded
        if frame.type == "OPERATES" and frame.form == "active" and text[start:end].lower().startswith("operat") and OPERATED_WHERE.match(text, end) and not any(
            "WeaponSystem" in s.labels and CRAFT_SUBJECT_GAP.fullmatch(text, s.end, start) for s in self._sentence_slots
        ):
            # "the pair had operated that close to Alaska": where they went, no system named as fielded
            # (not "two Chinese H-6K bombers operated over the Bering Sea": the crafts themselves are the subject)
            return []
        if frame.type == "OPERATES" and frame.form == "active" and KIT_ON_DUTY.match(text, start) and not GOT_BEFORE_DUTY.search(text, max(0, start - 80), start):
            return []  # "Russian S-300 batteries now guard Tehran": the maker's kit on another's ground; only who got it fields it
        if frame.type == "OPERATES" and frame.form == "passive" and FERRIED_AFTER.match(text, end):
            return []  # "the jets were flown across the Atlantic by Danish pilots": delivered, not operated
        coming = frame.form == "reverse" and text[start:end].startswith(("came ", "come ", "comes ", "coming "))
        if coming and not _comes_as_goods(text, self._sentence_slots, start):
            return []  # "criticism of the S-400 deal came from Washington": only goods come from a seller
        if (coming or text[start:end].startswith("arriv")) and (VISITING.search(text, end) or any("Exercise" in s.labels for s in self._sentence_slots)):
            return []  # "the destroyer arrived from Russia for the exercise": a visit, not a delivery
        left, right = _sides(text, clause, start, end)
        whole_right = right
        reduced: list[Slot] = []
        client: list[Slot] = []
        if frame.form in ("passive", "reverse"):
            if left and OTHER_GOODS.search(text, left[-1].end, start) and "WeaponSystem" in left[-1].labels:
                return []  # "the J-11, ... with kits supplied by Russia": the kits were supplied
            if frame.type in ("SOLD", "ACQUIRED") and NOT_A_WEAPON_BOUGHT.search(text, 0, start):
                return []  # "In 2022 the design was transferred to Malaysia": papers or rights, not the system
            counted = COUNT_SUBJECT.search(text, max(0, start - 30), start) and not _nearest_group(text, left, spec.targets)
            if counted:  # "the MiG-29K from INS Vikramaditya; 45 were ordered from Russia": the count is of the system just named
                named = [
                    s for s in self._sentence_slots
                    if s.end <= start and s.labels & set(spec.targets) and not PLACE_BEFORE.search(text, max(0, s.start - 12), s.start)
                    and not re.search(r"\bfrom\s+(?:the\s+)?$", text[max(0, s.start - 10):s.start])
                ]  # not "from INS Vikramaditya", where the jets fly
                left = left + named[-1:]
            themes = (
                # "Designed by Sukhoi, the Su-35 ...": a system after the agent, read as its conjunct, is the theme
                _nearest_group(text, left, spec.targets)
                # "the lead production agency for the Akash system, developed by DRDO": the noun a
                # participle set off by a comma modifies, whatever its preposition
                or (_participle_antecedent(text, left, start, spec.targets) if frame.form == "passive" else [])
                # "Su-30s, which were delivered in 2006, and K-8s": the relative's antecedent, not the next conjunct
                or (_antecedent(before, spec.targets) if SUBJECT_RELATIVE.search(text, max(0, start - 12), start) else [])
                # "The K9, which Hanwha builds in Changwon, has been exported to ...": the main clause
                # resumes after the relative, whose antecedent is the theme
                or (_antecedent(before, spec.targets) if before and not left and RESUMED_AFTER_RELATIVE.search(text, max(0, start - 24), start) else [])
                or _role(right, spec.targets, ("object", "by"))
                # "Delivered by India in April, the first of three BrahMos batteries ...": the kit a part is taken from
                or _partitive_theme(text, right, start, spec.targets)
                or _headword(text, self._sentence_slots, spec.targets) or context.plural_term(text, self._sentence_slots, spec.targets)
                or self._term_of_family(text, start, context.term(self._sentence_slots, spec.targets))
            )
            # "The F-5 fighters that the Gripen replaces remain in service with ...": the head, not the relative's object
            themes = _head_before_relative(text, left, themes, spec.targets)
            # "built in Pakistan with Chinese help": the place is the maker, the helper is not
            agents = _role(right, spec.sources, ("by", "with") if frame.form == "reverse" and not text[start:end].endswith(" in") else ("by",))
            agents = _through_brackets(text, right, _first_group(text, agents), spec.sources) + agents[len(_first_group(text, agents)):] if agents else agents
            if frame.form == "reverse" and not agents:  # "came from Russia in 2016, Chinese media said": the first only
                agents = _first_group(text, _role(right, spec.sources, ("object",)))
            customers = CUSTOMERS_LISTED.match(text, end) if frame.type == "OPERATES" and frame.form == "reverse" else None
            services = SERVICES_OF_AFTER.match(text, end) if frame.type == "OPERATES" and frame.form == "reverse" and not agents else None
            if customers:
                # "in service with nine export customers, including Kuwait and Morocco": those listed
                listed = _first_group(text, [s for s in right if s.start >= customers.end() and s.labels & set(spec.sources)])
                agents = agents + [s for s in listed if s not in agents]
            elif services:
                # "equips the air forces of Brazil, Portugal and Hungary": each service named, or its state
                agents = _first_group(text, [s for s in right if s.start >= services.end() and s.labels & set(spec.sources)])
            elif frame.form == "reverse" and text[start:end].endswith(" in"):
                # "built in China by Hudong-Zhonghua": the state where it was made, beside its works
                agents = [s for s in _role(right, spec.sources, ("object",)) if s.end <= agents[0].start][:1] + agents
            if not agents and frame.type in ("ACQUIRED", "OPERATES") and themes:
                agents = _possessor(text, left, themes[0], spec.sources)
            if not agents and frame.type == "ACQUIRED" and frame.form == "passive" and themes and OWNER_PRONOUN_BEFORE.search(text, max(0, themes[0].start - 30), themes[0].start):
                # "Peru is a stranger case: its MiG-29s were bought from Belarus": the state "its" stands for
                agents = _sentence_subject(text, self._sentence_slots, themes[0].start, spec.sources) or _pronoun_owner(text, themes[:1], context, spec.sources)
            if not agents and frame.type == "SOLD" and themes:  # "Baykar's TB2 has been sold to thirty countries"
                agents = _possessor(text, left, themes[0], ("Organization",))
            if not agents and frame.type == "SOLD" and themes:  # "handed to the Kenya Defence Forces under a US military aid package"
                agents = [s for s in right if "State" in s.labels and AID_AFTER.match(text, s.end) and AID_BEFORE.search(text, max(0, s.start - 30), s.start)][:1]
            to = _role(right, ("State", "ArmedForce"), ("to",))
            if not agents and frame.type == "SOLD" and frame.form == "passive" and to:
                # "launchers delivered to Armenia from India": the seller after "from", beside the buyer after "to"
                agents = [s for s in _first_group(text, _role(right, spec.sources, ("from",))) if s.start > to[0].start and "State" in s.labels]
            if agents and frame.type == "PRODUCED":  # "built by Pakistan Aeronautical Complex with Chengdu Aircraft Corporation"
                agents += [s for s in _role(right, spec.sources, ("with",)) if s.kind != "demonym" and not ABSOLUTE_WITH_SUBJECT.match(text, s.end)]
            if not agents and frame.type == "PRODUCED" and frame.form == "passive":
                agents = _place_of_making(text, left, start)  # "delivered to Brazil, where they are also assembled"
            elif agents and frame.type == "PRODUCED" and frame.form == "passive":
                agents = agents + _makers_country(text, right, agents)  # "designed by the Mikoyan bureau in the Soviet Union"
            if frame.type == "PRODUCED" and frame.form == "passive":
                agents = agents + [s for s in _made_in(text, right, end) if s not in agents]  # "is licence-built in India (by HAL)"
                gapped_makers = _gapped_makers(text, agents, right)
                agents = [a for a in agents if all(a is not maker for maker, _ in gapped_makers)]
            if not agents and frame.type == "PRODUCED" and themes and JOINT_MAKING.search(text, start, end):
                # "South Korea's KF-21 is co-developed with Indonesia": the owner and its partners
                agents = _possessor(text, left, themes[0], spec.sources) + _co_makers(text, right)
        elif frame.form == "nominal":
            left = [s for s in left if not _modifier(text, s)]  # "Polish-built Krabs ..., the first combat use of the system": no user named
            themes = _role(right, spec.targets, ("object", "of")) or _role(right, spec.targets, ("including",))
            # "Russia has been India's main supplier of fighters": the possessor is the client, not the seller
            client = [s for s in left[-1:] if frame.type == "SOLD" and s.labels & {"State", "ArmedForce"} and SUPPLIER_OF.fullmatch(text, s.end, end)]
            left = [s for s in left if s not in client]
            agents = _role(right, spec.sources, ("by", "from") if frame.type == "SOLD" else ("by",))
            # "the lead production agency for the Akash system, developed by DRDO": the agent of the
            # participle after the theme is that participle's, not the noun's
            agents = [a for a in agents if not PARTICIPLE_AGENT.search(text, end, a.start)]
            if agents and frame.type == "ACQUIRED" and self._agent_predicate_denied(text, end, agents):
                return []  # "an order for eight Rafales was not signed by Iraq", "... was reportedly signed by Iraq"
            if frame.type == "ACQUIRED" and len(_refs(agents, ("State",))) > 1 and SIGNED_BY_AFTER.search(text, end, agents[0].start):
                return []  # "an order for Rafales was signed by Iraq and France": both signed, neither is the buyer by it
            if not agents and themes and ROLE_NOUNS.search(text, start, end):
                agents = _role_holders(text, right, themes, spec.sources)
            agents = agents or _nearest_group(text, left, spec.sources) or _antecedent(before, spec.sources)
            if frame.type == "PRODUCED" and not agents and themes:  # "production of the Su-30MKI in India began"
                agents = _made_in(text, [s for s in right if s.start > themes[-1].end and "State" in s.labels], themes[-1].end)
            if frame.type == "PRODUCED" and any(RENAMED.search(text, max(0, s.start - 8), s.start) for s in self._sentence_slots if s.start > end and "WeaponSystem" in s.labels):
                return []  # "licence production of the MiG-17, which China built as the J-5": the J-5 was made
        else:
            if _participle_after_theme(text, left, start, right, spec.targets) and not (frame.type == "OPERATES" and _role(right, spec.targets, ("object",))):
                return []  # "two destroyers, handed over in 1999": a modifier, not a new statement
            if frame.type in ("SOLD", "ACQUIRED") and text[start:end].endswith("ed") and (
                DATED_PARTICIPLE.match(text, end) and re.search(r",\s*$", text[:start]) and not _closes_relative(text, start)
                or reduced_here(text, left, end, spec.targets) and not COUNTERPART_AFTER.match(text, end)
            ):
                return []  # "Kilos from Russia, delivered 2013-2017"; "36 Rafale fighters ordered in 2016": no new buyer or seller
            if frame.type == "SOLD" and LEASED.match(text, start) and not _role(right, ("State", "ArmedForce"), ("to",)):
                return []  # "India ... leased INS Chakra": the lessee, whose counterpart is not named
            participle = COMMA_END.search(text[:start]) and text[start:end].endswith("ing")
            if participle:  # "Moscow has been Delhi's main supplier, selling it MiG-21s": the sentence's subject sells
                left = [s for s in left if s is left[0]] if left and left[0].role == "object" else left
            if NOUN_BEFORE.search(text, 0, start) or (text[start:end].endswith("ed") and not reduced_here(text, left, end, spec.targets) and WEAPON_NOUN_BEFORE.search(text, 0, start)):
                return []  # "a purchase that angered Washington"; "the first Russian aircraft delivered to Iran"
            means = MEANS_TO_PRODUCE.search(text, 0, start) if frame.type == "PRODUCED" else None
            if means:  # "granted China a licence to assemble": the receiver builds, not the giver
                left = _receivers(text, left, means.start())
                if not left:
                    return []
            if frame.type == "ACQUIRED" and NOT_A_WEAPON_BOUGHT.search(text, 0, start):
                return []  # "under a licence obtained from Russia"
            deal_partners = _deal_partner(text, left, start)
            # "With Russian assistance, China builds the J-11": the helper is no maker
            left = [
                s for s in left if s not in deal_partners and not _modifier(text, s)
                and not (s.role == "with" and (frame.type == "ACQUIRED" or frame.type == "PRODUCED" and s.kind == "demonym"))
            ]
            reduced = _reduced_relative(text, left, end, spec.targets)
            if reduced:  # "Iran flies F-14s bought from the United States"
                # not the seller of an earlier item: "flies Su-30s bought from Russia, ..., and K-8s purchased from China"
                left = [s for s in left if s.end <= reduced[0].start and s.role not in ("from", "by")]
                before = [s for s in before if s.role not in ("from", "by")]
                right = [s for s in right if s.role in ("from", "to", "by")]
                right = reduced + right
            if DETERMINER_BEFORE.search(text[max(0, start - 7):start]):
                return []  # "a purchase that ...": a noun, not a verb with a subject
            rivals = RIVALS_AFTER_TRIGGER.search(text, end, right[-1].start) if frame.type in ("SOLD", "ACQUIRED") and right else None
            if rivals:  # "ordered FA-50s from Korea, after a competition against the Tejas from India": the losers and their makers
                right = [s for s in right if s.start < rivals.start()]
            if frame.type in ("SOLD", "ACQUIRED") and KNOW_HOW_OBJECT.match(text, end):
                return []  # "Saab transferred Gripen production technology to Brazil": the know-how, not the jets
            if frame.type == "SOLD" and DELIVERED_AS_PROMISED.search(text, max(0, start - 12), start) and CLAUSE_COLON.match(text, end):
                return []  # "the agreements were chosen for speed, and they delivered: ...": kept a promise, sold nothing
            if EXPORT_NOUN.search(text, max(0, start - 60), start) and re.fullmatch(r"exports?", text[start:end], re.IGNORECASE):
                # "..., our first supersonic export": a noun with no possessor named, not a verb
                # ("The Soviet Union exported the MiG-21": a past tense is the verb after a capitalised subject)
                return []
            if EXPORTS_AFTER_PREPOSITION.search(text, max(0, start - 12), start) and text[start:end].lower().startswith("export"):
                return []  # "built the Typhoon together, and decisions on exports are taken jointly": the noun after a preposition
            # "signed a contract with France to buy": the infinitive's subject is the signer's;
            # "Turkey's closest ally fielded": a possessor is not the subject
            subject_side = [s for s in left if s.role != "with"] if TO_BEFORE.search(text[max(0, start - 4):start]) else left
            subject_side = [
                s for s in subject_side
                if not POSSESSOR_ONLY.match(text, s.end) or re.fullmatch(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,3}", text[s.end:start])
            ]  # "India's first missile export": the trigger is the possessed noun
            if frame.type in ("SOLD", "ACQUIRED") and SECOND_PREDICATE.search(text, max(0, start - 24), start):
                # "India shares a border with Myanmar and has sold it a Kilo": the second predicate's subject is the
                # first's, not a name a preposition of the first took
                subject_side = [s for s in subject_side if s.role not in ("with", "to", "from", "loc", "of", "by")] or subject_side
            # "Pakistan's JF-17, co-produced with China, flew": the agent of a participle set off by commas is not the subject
            in_aside = [s for s in subject_side if PARTICIPLE_ASIDE_BEFORE.search(text, max(0, s.start - 50), s.start) and ASIDE_CLOSE.match(text, s.end)]
            subject_side = [s for s in subject_side if s not in in_aside]
            # "flies Tu-95MS bombers of the Russian Aerospace Forces": the force, when no subject is named
            of_force = _role(right, spec.sources, ("of",)) if frame.type == "OPERATES" and _role(right, ("ArmedForce",), ("of",)) else []
            # "a NATO-standard version we developed": "we" the reader could not resolve is the subject,
            # and no name before it is (a resolved "we" stands as a slot of its own between)
            unresolved_speaker = SPEAKER_SUBJECT.search(text, max(0, start - 30), start)
            if unresolved_speaker and any(unresolved_speaker.start() <= s.start < start for s in self._sentence_slots):
                unresolved_speaker = None
            # "the MiG-21, which Chengdu built as the J-7": a relative's own subject the gazetteer does not know
            # is the subject, not a name of the main clause
            unknown_subject = UNKNOWN_RELATIVE_SUBJECT.search(text, max(0, start - 60), start)
            if unknown_subject and any(unknown_subject.start() <= s.start < start for s in self._sentence_slots):
                unknown_subject = None
            # "the men who flew Ethiopia's Su-27s, bought from Russia in 1998": the owner of the system a participle modifies
            owner_of_reduced = _possessor(text, left, reduced[0], ("State", "ArmedForce")) if reduced and frame.type == "ACQUIRED" else []
            agents = [] if unresolved_speaker or unknown_subject else (
                owner_of_reduced or _penalised_doer(text, left, start, spec.sources)
                or _pronoun_subject(text, start, self._named_before(left, start), context, spec.sources, self._sentence_slots)
                or _nearest_group(text, subject_side, spec.sources) or _antecedent_group(text, before, spec.sources)
                or of_force or context.subject(spec.sources, text, left)
                # "It handed its bombers back to Russia and took Su-27s from Russia": the opening pronoun is the second predicate's subject too
                or (context.subject(spec.sources, text, []) if SECOND_PREDICATE.search(text, max(0, start - 24), start) else [])
                # "Japan commissioned the Mogami-class frigates; operates the F-35B": a note's next predicate after a
                # semicolon, its subject left out, is the sentence's opening subject's
                or (_sentence_subject(text, self._sentence_slots, start, spec.sources) if SEMICOLON_PREDICATE.search(text, max(0, start - 24), start) else [])
                or _pronoun_owner(text, reduced, context, spec.sources)
            )
            by = _first_group(text, _role(right, spec.sources, ("by",))) if frame.type in ("SOLD", "PRODUCED") else []
            if by and not any(s.labels & set(spec.sources) for s in left) and PARTICIPLE_OPENING.fullmatch(text, start, end) and (
                by[0].kind != "demonym" and INVERTED_COPULA.match(text, by[-1].end) and ";" not in text[end:by[0].start]
            ):
                # "Delivered to Kuwait by Russia in 2016 were ten T-90s", "Also sold to Togo by Ukraine were ...": a participle
                # opening an inverted sentence, no subject before it; its agent follows "by"
                agents = by
            deal = DEAL_WORD.search(text[start:end + 5])  # "signed" with "with" after it
            if deal and frame.type == "ACQUIRED" and len(_refs(agents, ("State",))) > 1 and not text.startswith("placed", start):
                # (an order is placed by its buyers only: "Austria and Sweden placed a joint order for nine")
                return []  # "India and Russia signed a contract", "the two sides inked a deal": both signed, neither is the buyer by it
            themes = _role(right, spec.targets, ("object", "of", "as") if frame.type == "PRODUCED" else ("object", "of", "for") if deal else ("object", "of"))
            if frame.type == "PRODUCED" and COMPONENT_OBJECT.match(text, end):
                return []  # "its firms had produced 900 parts for the programme": parts, not the system
            if frame.type in ("SOLD", "ACQUIRED"):
                # "France transferred the Scorpène design to Brazil": papers or know-how for the system, not the system
                themes = [t for t in themes if not DESIGN_OF_SYSTEM_AFTER.match(text, t.end)]
            if frame.type == "PRODUCED" and PRONOUN_OBJECT_ALONE.match(text, end):
                # "Navantia designed them, from our own F-100": the pronoun's antecedent, not a system named after it
                themes = context.pronoun_object(text, end, [s for s in self._sentence_slots if s.end <= start]) or themes
            if frame.type == "PRODUCED" and COPYING.match(text, start):  # "copied the Su-27 as the J-11": the J-11 only
                themes = _role(right, spec.targets, ("as",))
            if frame.type == "PRODUCED":  # "build the MiG-17 under licence as the J-5": the J-5 was built
                themes = [t for t in themes if not any(u.start > t.end and BUILT_AS.fullmatch(text, t.end, u.start) for u in themes)]
            beside = PRONOUN_OBJECT_BESIDE.match(text, end) if frame.type == "OPERATES" else None
            if beside:  # "the air force now operates it alongside older F-7s": the system "it" stands for, and the one beside it
                besides = _first_group(text, [s for s in right if s.labels & set(spec.targets) and s.start >= beside.end()])
                themes = context.pronoun_object(text, end, [s for s in self._sentence_slots if s.end <= start]) + (besides or themes)
            if frame.type == "OPERATES" and EQUIPPING.match(text, start):  # "equipped them with Russian Ka-52 helicopters"
                themes = [s for s in right if s.labels & set(spec.targets) and re.search(r"\bwith\b", text[end:s.start])]
            if themes and frame.type == "OPERATES" and not agents:
                # "the men who flew Ethiopia's Su-27s": no state or force flies them but the one that owns them
                agents = _possessor(text, [s for s in self._sentence_slots if s.end <= themes[0].start and s.kind != "demonym"], themes[0], ("State", "ArmedForce"))
            if themes and frame.type == "OPERATES" and agents:
                # "A Chinese J-16 flew close to an Australian P-8": a system another nationality's word claims is not the subject's
                # (but "Egypt operates them alongside American F-16s": a system fielded beside another is the subject's, its maker's word)
                fielded_beside = beside and re.match(r"operat|field", text[start:end], re.IGNORECASE)
                themes = [t for t in themes if fielded_beside and t.start >= beside.end() or not _owned_by_other(text, self._sentence_slots, t, agents)]
            if themes and frame.type == "OPERATES":
                # "warships sailed close to the Aleutians, shadowed by four US destroyers and a P-8": the shadowers' crafts
                themes = [t for t in themes if not MET_BY_OTHERS.search(text, end, t.start)]
            if themes and frame.type == "OPERATES":  # "flies Su-30s bought from Russia, and K-8s purchased from China"
                themes = themes + _conjuncts_after_modifier(text, self._sentence_slots, themes, spec.targets)
            if themes and agents and frame.type in ("SOLD", "ACQUIRED"):
                # "the MiG-29M, which Russia delivered to Cairo, and the Ka-52": the gap is the antecedent, the next system a conjunct of it
                themes = _object_relative_antecedent(text, before, agents, start, spec.targets) or themes
            if frame.type in ("PRODUCED", "SOLD", "ACQUIRED") and PARTS_OF.match(text, end):
                return []  # "Turkish firms had built parts of the jet's fuselage", "supplied spare parts for the Su-27": not the system
            if frame.type == "PRODUCED" and not themes and BUILT_FACILITY.match(text, end):
                return []  # "Peru, which bought T-72 tanks from Poland, is building a depot": the depot is what is built
            if not themes and frame.type == "ACQUIRED" and deal:  # "signed a contract with China; the yard will deliver two corvettes"
                themes = _goods_due_under_deal(text, self._sentence_slots, end, spec.targets)
            if not themes and frame.type in ("SOLD", "ACQUIRED", "OPERATES"):  # "operates Iran's missile arsenal, including the Fateh-110"
                themes = _role(right, spec.targets, ("including",))  # "a large package of Russian equipment, including Su-30MKA fighters"
            themes = (
                themes or _theme_before_agent(text, [s for s in left if s not in agents], agents, spec.targets)
                # "the J-20, which Chengdu Aircraft Corporation designed": an object relative's antecedent
                or (_antecedent(before, spec.targets) if agents and re.search(r"\b(?:which|that)\s+(?:the\s+)?$", text[:agents[0].start]) else [])
                # "flies the Ka-52, which it bought from Russia": the pronoun is the buyer, the antecedent the
                # theme, unless a trade before the relative already took it ("took delivery of ..., which it ordered")
                or (_antecedent(before, spec.targets) if agents and self._untraded_relative(text, start) else [])
                or context.pronoun_object(text, end, [s for s in self._sentence_slots if s.end <= start])
                or _headword(text, self._sentence_slots, spec.targets)
            )
            if not agents and in_aside and themes and frame.type == "OPERATES" and themes[0].end <= in_aside[0].start:
                agents = _possessor(text, left, themes[0], spec.sources)  # "Turkey's T129, co-produced with Italy, flew": the owner flies it
        if len(themes) > 1 and themes[-1].kind == "reference" and themes[-1].end <= start and set(themes[-1].refs) <= {ref for s in themes[:-1] for ref in s.refs}:
            themes = themes[-1:]  # "... Su-22 and Su-30 jets, the Sukhois having been bought": the restatement picks
        followed: list[Slot] = []
        if frame.type in ("SOLD", "ACQUIRED") and themes:
            followed = _followed_by(text, whole_right, themes, spec.targets)
            themes = themes + _systems_after_counterparts(text, whole_right, themes, spec.targets) + followed
        if frame.type == "PRODUCED" and frame.form == "active" and agents and (JOINT_MAKING.match(text, start) or JOINTLY_LATER.match(text, end)):
            agents = agents + [s for s in _co_makers(text, right) if s not in agents]  # "co-produces the JF-17 with China"
        if frame.type == "PRODUCED" and frame.form == "active" and agents and themes and all(a.labels == {"Organization"} for a in agents):
            # "Airbus built the first sixteen C-295s on its own line in Spain": the state where the firm made them
            agents = agents + [s for s in right if s.start > themes[-1].end and "State" in s.labels and s.kind != "demonym"
                               and MADE_IN_AFTER_THEME.fullmatch(text, themes[-1].end, s.start)][:1]
        if frame.type == "PRODUCED" and frame.form == "active" and agents:
            # "co-produce BrahMos through BrahMos Aerospace": the venture makes it too
            agents = agents + [s for s in right if "Organization" in s.labels and THROUGH.search(text, max(0, s.start - 12), s.start)]
        if not themes and frame.form == "active" and (
            frame.type in ("SOLD", "ACQUIRED", "PRODUCED") and BARE_COUNT.match(text, end)
            or frame.type in ("SOLD", "ACQUIRED", "PRODUCED", "OPERATES") and QUANTITY_OF_THE_TYPE.match(text, end)
        ):
            # "the F-35 sells well; Poland ordered 32 in 2020": the count is of the system just named
            named = [s for s in self._sentence_slots if s.end <= start and s.labels & set(spec.targets)]
            themes = named[-1:] or context.term(self._sentence_slots, spec.targets)
        if not themes and frame.form == "active" and (
            frame.type == "ACQUIRED" and ORDER_PLACED_WITH.fullmatch(text, start, end + 5) or frame.type == "SOLD" and ORDERS_HELD_FROM.search(text, start, end)
        ):
            # "The UAE bought the KM-SAM in 2022, and Saudi Arabia placed an order with LIG Nex1": the system just named
            named = [s for s in self._sentence_slots if s.end <= start and s.labels & set(spec.targets)]
            refs = named[-1].refs if named else context.last_before_sentence(spec.targets)
            themes = [Slot(end, end, tuple(r for r in refs if r.label in spec.targets), "reference")] if refs else []
        agents = [s for s in agents if s not in themes]
        if frame.type == "PRODUCED":  # "jets built at the Tbilisi aircraft plant", "built in Tbilisi": a city, not its state, is named
            agents = [s for s in agents if not (s.kind == "capital" and CAPITAL_AS_PLACE.search(text, max(0, s.start - 8), s.start))]
            if frame.form == "active" and PARTICIPLE_AFTER_SYSTEM.match(text, start) and any(
                "WeaponSystem" in t.labels and t.end <= start and SYSTEM_NOUN_GAP.fullmatch(text, t.end, start) for t in self._sentence_slots
            ):
                # "Georgia flew Su-25 jets built at the Tbilisi plant": the participle's own clause names no maker
                # before it; the subject flies them
                agents = [a for a in agents if a.start > start]
        if frame.form == "active":  # "bought the S-400 and was then thrown out of the F-35 programme"
            themes = [s for s in themes if not (s.start > end and NEW_PREDICATE.search(text, end, s.start))]
            # "bought the Pantsir-S1 and wanted the S-400", "flies the Su-25, and sought the Su-35": a system
            # only wished for, weighed or turned down under a verb of its own
            themes = [s for s in themes if not (s.start > end and WEIGHED_PREDICATE.search(text, end, s.start))]
            if frame.type == "OPERATES":  # "flies F-16s and has ordered F-35s", "and retired its MiG-29s": not (or no longer) fielded
                themes = [s for s in themes if not (s.start > end and SUBJECT_SECOND_VERB.search(text, end, s.start))]
            # "bought the Patriot from the United States instead of the S-400 from Russia": the system passed over
            themes = [s for s in themes if not (s.start > end and PASSED_OVER_BEFORE.search(text, end, s.start))]
            # "delivered MiG-29s to Peru, and Belarusian Su-25s turned up in Africa": a system with a verb of its own
            # after ", and" is the next clause's subject, not one more thing delivered
            themes = _without_next_clause_subjects(text, themes, end)
        if frame.form in ("active", "nominal") and frame.type in ("SOLD", "ACQUIRED"):
            # "the purchase of K9 howitzers, and the earlier selection of the F-35": a system under a noun of its own
            # after "and" is that noun's, not one more thing bought
            themes = [s for s in themes if not (s.start > end and OTHER_NOMINAL_BEFORE.search(text, max(0, s.start - 60), s.start))]
        if frame.form == "passive":  # "F-16s, as well as Tucanos supplied by Brazil": the unlisted conjunct was supplied
            themes = [t for t in themes if not (t.end <= start and _unlisted_conjunct_between(text, self._sentence_slots, t.end, start))]
        # "the first F-6 fighters, its licence-built MiG-19, to Pakistan": an appositive renames the theme
        themes = [s for i, s in enumerate(themes) if not (i and APPOSITIVE.fullmatch(text, themes[i - 1].end, s.start))]
        if frame.type in ("SOLD", "ACQUIRED"):
            # "FK-3 systems from China, flown in by Chinese Y-20 transports": the craft that carried the cargo is not the cargo
            themes = [s for i, s in enumerate(themes) if not (i and CARRIED_BY.search(text, max(0, s.start - 60), s.start))]
            # "received Harpoons from Denmark and Neptune missiles of its own design": its own make changed no hands
            themes = [s for s in themes if not OWN_DESIGN_AFTER.match(text, s.end)]
        if frame.type in ("SOLD", "ACQUIRED") and LICENSED_OBJECT.search(text, 0, start):
            return []  # "a licence obtained from Russia": the licence changed hands, not the tanks
        if frame.type == "PRODUCED" and frame.form == "active" and LICENSED_INFINITIVE.search(text, 0, start):
            agents = _built_in(text, right) or [a for a in agents if not re.search(r"\b(?:transferr|gave|grant|sold|provid|shar)", text[a.end:start], re.IGNORECASE)]
        if frame.type == "SOLD" and not themes and re.search(r"\b(?:suppl|provid|furnish|equip|arm)", text[start:end], re.IGNORECASE):
            themes = _role(right, spec.targets, ("with",))  # "supply Beijing with 24 Su-35s"
        if frame.type == "OPERATES" and SENDING.match(text[start:end]) and _role(right, ("State",), ("to",)):
            return []  # "sent S-300 batteries to Syria" may be a transfer; say nothing
        counterpart_role: tuple[str, ...] = {"SOLD": ("to",), "ACQUIRED": ("from",)}.get(frame.type, ())
        if frame.form == "active" and DEAL_WORD.search(text[start:end + 5]):
            counterpart_role += ("with",)  # "inked a deal with Russia for ..."
        if frame.type == "SOLD" and frame.form == "active" and ORDERS_HELD_FROM.search(text, start, end):
            counterpart_role = ("from", "object")  # "holds orders from the Netherlands": the buyers
        counterparts = _role(right, ("State", "ArmedForce", "Organization"), counterpart_role)
        # "from Beijing, not from Moscow": a counterpart ruled out
        counterparts = [s for s in counterparts if not RULED_OUT.search(text, max(0, s.start - 30), s.start)]
        # "bought the Rafale from France, and American officials were unhappy": a new clause's people, no second seller
        counterparts = [s for i, s in enumerate(counterparts) if not (i and s.kind == "demonym" and NEW_CLAUSE_AND.search(text, max(0, s.start - 8), s.start)
                                                                       and SPEAKERS_OF_A_STATE.match(text, s.end))]
        # "MiG-29s bought from Russia and 36 J-7 fighters from China": China sold the J-7s, not the MiG-29s
        counterparts = [s for s in counterparts if not _another_systems_source(text, self._sentence_slots, themes, s, spec.targets)]
        # "F-16s bought from the Netherlands and Tucano trainers from Brazil": Brazil sold the trainers the gazetteer does not know
        counterparts = [s for s in counterparts if not _unlisted_items_source(text, self._sentence_slots, themes, s)]
        if frame.type == "SOLD" and not counterparts:
            counterparts = client or _buyers_included(text, right, end)
        if frame.type == "SOLD" and frame.form == "nominal" and not counterparts and themes and agents:
            # "Ghana signed a contract with Turkey for the supply of Cobra vehicles": the one who signed with the seller gets them
            counterparts = _deal_signer(text, left, agents[0], start)
        if frame.type == "SOLD" and frame.form == "nominal" and not counterparts and themes:
            # "deliveries of the 24 Typhoons ordered in 2017 to the Qatar Emiri Air Force": the buyer after the order's date
            counterparts = [s for s in self._sentence_slots if s.start > themes[-1].end and s.labels & {"State", "ArmedForce"} and DATED_ORDER_TO.fullmatch(text, themes[-1].end, s.start)][:1]
        # "sold S-400s to China in 2014, Turkey in 2017 and India in 2018": more buyers, each its year
        gapped = _gapped(text, [s for s in right if s.start > counterparts[0].end], ("State",)) if frame.type == "SOLD" and counterparts else []
        counterparts = counterparts + [s for s in gapped if s not in counterparts]
        own_years = {ref.name: _own_year(text, slot) for slot in counterparts for ref in slot.refs} if frame.type == "SOLD" and len(counterparts) > 1 else {}
        if frame.type == "SOLD" and frame.form == "active" and not counterparts and agents and themes:
            counterparts = _recipient_of_supplier_noun(text, self._sentence_slots, agents[0], start)  # "X, a major supplier to India, selling it ..."
        if frame.type == "SOLD" and frame.form == "active" and not counterparts:
            counterparts = _double_object(right, themes) or _pronoun_recipient(text, end, themes, agents, context, self._sentence_slots)
        if frame.type == "SOLD" and frame.form == "active" and not counterparts and agents and themes:
            counterparts = _operator_of_relative_theme(text, self._sentence_slots, themes[0], agents[0])
        if frame.type == "SOLD" and frame.form == "passive" and not counterparts and agents and themes:
            counterparts = _operator_of(text, self._sentence_slots, themes[0]) if PASSIVE_RELATIVE_OPENING.fullmatch(text, themes[-1].end, start) else []
        if frame.type == "SOLD" and frame.form in ("passive", "reverse") and not counterparts and agents and themes:
            # "Vietnam's six Kilo-class submarines were delivered by Russia", "Qatar's Rafales came from France": the owner got them
            counterparts = [s for s in _possessor(text, left, themes[0], ("State", "ArmedForce")) if s not in agents]
        if frame.type == "SOLD" and frame.form in ("passive", "reverse") and not counterparts and agents and themes:
            # "the first T129 helicopters for the Nigerian Air Force arrived from Turkey": whom they were for got them
            counterparts = [s for s in left if s.role == "for" and s.start > themes[0].end and s.labels & {"State", "ArmedForce"} and s not in agents][:1]
        if frame.type == "SOLD" and frame.form == "passive" and not counterparts and agents and themes and themes[0].start >= end:
            # "Egypt was supplied with Su-35 fighters by Israel", "India was sold eight boats by Russia": the goods
            # after the passive verb, its subject is who got them
            counterparts = [s for s in left[-1:] if s.labels & {"State", "ArmedForce"} and s not in agents and not text[s.end:start].strip()]
        if frame.type == "SOLD" and frame.form == "reverse" and not counterparts and agents and themes and CAME_TO_RECEIVER.match(text, start):
            # "the Archer-class boats came to us second-hand from Sweden": the receiver inside the trigger
            counterparts = [s for s in self._sentence_slots if start < s.start and s.end < end and s.labels & {"State", "ArmedForce"}][:1]
        if frame.type == "ACQUIRED" and SAME_SUPPLIER.match(text, end):
            counterparts = _earlier_supplier(self._sentence_slots, agents, start) or counterparts
        if frame.type == "ACQUIRED" and frame.form != "passive" and not counterparts:
            counterparts = _role(right, ("State", "Organization"), ("by",)) if frame.form == "nominal" else []
        if frame.type == "ACQUIRED" and not counterparts and themes:
            counterparts = _former_owner(text, self._sentence_slots, themes[0])  # "Argentina bought ex-Danish F-16s": Denmark sold them
        if frame.type == "ACQUIRED" and frame.form == "active" and not counterparts and themes:
            counterparts = _giver_after_theme(text, self._sentence_slots, themes[-1])  # "received six MiG-29s donated by Russia": Russia gave them
        if frame.type == "ACQUIRED" and frame.form == "active" and not counterparts and agents:
            counterparts = _fronted_supplier(text, left, agents[0])  # "From Turkey, Mali bought TB2 drones"
        if frame.type == "ACQUIRED" and frame.form == "active" and not counterparts and agents:
            counterparts = _other_party_of_deal(text, self._sentence_slots, agents[0])  # "Ankara's deal with Rabat, which received ..."
        if frame.type == "ACQUIRED" and frame.form == "active" and not counterparts and agents and themes:
            counterparts = _signer_of_deal_closed(text, self._sentence_slots, themes[-1], agents)  # "..., closing a deal that Moscow signed"
        if frame.type == "ACQUIRED" and frame.form == "active" and agents and themes:
            agents = agents + _gapped_buyers(text, right, themes[-1], spec.sources)  # "Portugal ordered five C-390s and Hungary two"
        if frame.type == "ACQUIRED" and frame.form == "active":
            counterparts = counterparts + deal_partners or _seller_named_on_goods(text, right, themes)
        if frame.form == "passive" and frame.type == "PRODUCED" and gapped_makers:
            # "the tanks were built by Hyundai Rotem and the howitzers by Hanwha Aerospace"
            themes = [t for t in themes if all(t is not made for _, made in gapped_makers)]
            return self._transfer_facts(frame, text, agents, themes, [], {}, reduced, left, right, start, end, context) + [
                Fact("PRODUCED", m, w) for maker, made in gapped_makers for m in _refs([maker], spec.sources) for w in _refs([made], spec.targets)
            ]
        if frame.type == "PRODUCED" and frame.form == "active" and BUILDING.match(text, start):
            return self._transfer_facts(frame, text, agents, themes, counterparts, own_years, reduced, left, right, start, end, context) + _built_for(text, right, agents, themes)
        if frame.type == "ACQUIRED" and frame.form == "active" and deal and themes:
            signed = self._firm_signing_with(text, left, start, counterparts, themes, spec, context)
            if signed is not None:
                return signed
        if frame.type == "OPERATES" and frame.form == "active" and agents and len(themes) > 1:
            owned = _gapped_owners(text, self._sentence_slots, themes, spec.sources)
            if owned:  # "Russia sent two Tu-95MS, China four H-6K": the second state's systems are its own
                themes = [t for t in themes if all(t is not system for _, system in owned)]
                return self._transfer_facts(frame, text, agents, themes, counterparts, own_years, reduced, left, right, start, end, context) + [
                    Fact(frame.type, o, w) for owner, system in owned for o in _refs([owner], spec.sources) for w in _refs([system], spec.targets)
                ]
        paired = _counterparts_by_theme(text, themes, counterparts)
        if paired:  # "received JF-17s from China and T-72s from Russia": one transfer each
            return [fact for theme, own in paired for fact in self._transfer_facts(frame, text, agents, [theme], own, own_years, reduced, left, right, start, end)]
        found = self._transfer_facts(frame, text, agents, themes, counterparts, own_years, reduced, left, right, start, end, context)
        customers = CUSTOMERS_LISTED.match(text, end) if frame.type == "OPERATES" and frame.form == "reverse" else None
        if customers:  # "... export customers, among them Pakistan": a customer bought what it fields
            listed = {ref.name for s in right if s.start >= customers.end() for ref in s.refs}
            found += [Fact("ACQUIRED", fact.source, fact.target) for fact in found if fact.type == "OPERATES" and fact.source.name in listed]
        if followed:
            _date_followers(text, found, followed)
        return found

    @staticmethod
    def _firm_signing_with(text, left, start, counterparts, themes, spec, context) -> list[Fact] | None:
        """"KAI signed a contract with Poland for 48 FA-50s": a maker that signs a deal with a
        state for its systems sells them to it; None when the signer is no firm."""
        signer = [s for s in left if s.end <= start][-1:]
        if not signer or signer[0].labels != {"Organization"} or not any(r.name in context.memory.firms for r in signer[0].refs):
            return None
        if re.search(r"[,;]", text[signer[0].end:start]):
            return None  # "KAI, which ..., signed": a clause between; left to the other readings
        buyers = _refs([s for s in counterparts if s.role == "with"], ("State", "ArmedForce"))
        sellers = _refs(signer, ("Organization",))
        systems = _refs(themes, spec.targets)
        return [Fact("SOLD", seller, system, {"to": buyer.name}) for seller in sellers for buyer in buyers for system in systems] + [
            Fact("ACQUIRED", buyer, system, {"from": seller.name}) for seller in sellers for buyer in buyers for system in systems
        ] if buyers else None

    def _transfer_facts(self, frame, text, agents, themes, counterparts, own_years, reduced, left, right, start, end, context=None) -> list[Fact]:
        """The facts of one transfer trigger once its agents, themes and counterparts are known."""
        spec = self.schema.relationship(frame.type)
        facts = []
        if frame.type == "SOLD" and not agents:
            return [Fact("ACQUIRED", buyer, theme) for buyer in _refs(counterparts, ("State", "ArmedForce")) for theme in _refs(themes, spec.targets)]
        if frame.type == "ACQUIRED" and not agents and frame.form == "passive" and not counterparts:
            counterparts = _role(right, ("State", "Organization"), ("from",))  # "the Sukhois having been bought from Russia"
        if frame.type == "ACQUIRED" and not agents and (
            frame.form in ("nominal", "passive") or _bought_in_apposition(text, left, reduced, start, end) or re.search(r"\bto\s+$", text[:start])
            # "Its front line consists of eight MiG-29s bought from Russia": a participle on a system
            # whose buyer the sentence does not name; the seller is named all the same
            or reduced and BOUGHT_FLEET.fullmatch(text, reduced[-1].end, start) and not HYPOTHETICAL.search(text, end)
            # "the Agency received 46 K2 tanks from the Republic of Korea": a buyer the gazetteer cannot name
            or frame.form == "active" and UNNAMED_BUYER.search(text, max(0, start - 50), start)
        ):
            # "a deal to buy twelve Mirage 2000-5 fighters from Qatar", "the batteries, bought from the United States,"
            return [Fact("SOLD", seller, theme) for seller in _refs(counterparts, ("State", "Organization")) for theme in _refs(themes, spec.targets)]
        labelled = _labelled_systems(text, agents, themes)
        for agent in _refs(agents, spec.sources):
            for theme in _refs(themes, spec.targets):
                if labelled and (agent.name, theme.name) not in labelled:
                    continue  # "Chinese H-6K and Russian Tu-95MS bombers flew ...": each its own
                partners = _refs(counterparts, ("State", "ArmedForce") if frame.type == "SOLD" else ("State", "Organization"))
                partners = [p for p in partners if p.name != agent.name] or [None]
                for partner in partners:
                    props = {}
                    if partner is not None and frame.type in ("SOLD", "ACQUIRED"):
                        props["to" if frame.type == "SOLD" else "from"] = partner.name
                    if partner is not None and own_years.get(partner.name):
                        props["year"] = own_years[partner.name]
                    facts.append(Fact(frame.type, agent, theme, props))
        if context is not None and not _reduced_passive_agents(text, start, agents):
            context.remember_subject(agents)
        return facts

    def _directed(self, frame, text, start, end, clause, before, context) -> list[Fact]:
        spec = self.schema.relationship(frame.type)
        if frame.type == "OPPOSES" and DOCUMENT_BEFORE.search(text[max(0, start - 30):start]) and not STATEMENT_ISSUED.search(text, max(0, start - 70), start):
            # "a European draft condemning ...": the text condemns, not a state (but "the two issued a joint
            # statement criticising China": the issuers' own words)
            return []
        if frame.type == "OPPOSES" and REJECTING.match(text, start) and REPORT_REJECTED.match(text, end):
            return []  # "Jakarta rejects report of Russian bid for an air base": a denial of the news, no stand against anyone
        compound = SANCTIONS_COMPOUND_AFTER.match(text, end) if frame.type == "SANCTIONED" and text[start:end].lower() == "sanctions" else None
        if compound and (re.search(r"(?:'s|’s)\s+$", text[max(0, start - 4):start]) or not COMPOUND_TARGET_AFTER.match(text, compound.end())):
            return []  # "a draft on Mali's sanctions regime", "the sanctions committee": the regime names its target, not who imposes it
        if frame.type == "SANCTIONED" and SANCTIONS_LIFTED.search(text, max(0, start - 40), start):
            return []  # "the Council lifted its sanctions on Eritrea", "mulled sanctions on Iran": none imposed here
        if frame.type == "SANCTIONED" and DOCUMENT_BEFORE.search(text[max(0, start - 30):start]) and DRAFTER.search(text, max(0, start - 80), start):
            return []  # "India drafted a resolution sanctioning Syria": the text would sanction, its drafter imposes nothing
        if frame.type == "SANCTIONED" and SANCTIONS_STOPPED.search(text, max(0, start - 90), start):
            return []  # "China and Russia blocked new sanctions on North Korea": a veto of sanctions, none imposed
        if frame.type == "SANCTIONED" and frame.form == "active" and text[start:end].lower().startswith("sanction") and SANCTIONS_CRITICISED.search(text, max(0, start - 70), start):
            return []  # "Uzbekistan criticised the sanctions on Iran": sanctions argued against, none imposed
        if frame.type == "SANCTIONED" and text[start:end].lower() == "designated" and DESIGNATED_STATUS.match(text, end):
            return []  # "The United States designated Kenya a major non-NATO ally": a status conferred
        if frame.type == "OPPOSES" and ACCUSED_PARTICIPLE.search(text, max(0, start - 30), start) and text[start:end].lower() == "accused" and ACCUSED_OF.match(text, end):
            # "two Chinese firms accused of shipping engines": they are accused, nobody here accuses
            # ("Russian officials accused China of copying": an object after the verb, who accuses is the subject)
            return []
        if frame.type == "LEADS" and text[start - 1:start] == "-" and any(re.fullmatch(r"\s+", text[end:s.start]) for s in clause if s.start > end):
            return []  # "froze its participation in the Russian-led CSTO": the leader is the word before the hyphen (see _possessive_links), not the subject
        left, right = _sides(text, clause, start, end)
        if frame.type == "OPPOSES" and ECHOED.fullmatch(text, start, end):
            return self._echoed(text, start, end, left, spec, context)
        if frame.type == "SANCTIONED" and SANCTIONS_FOLLOWED.fullmatch(text, start, end):
            return self._followed(text, start, left, spec, context)
        if frame.type == "TRANSFERRED_TECHNOLOGY_TO" and FUTURE_WORK.search(text, max(0, start - 80), start):
            return []  # "submarines to be built in Surabaya with French technology": not built yet
        if frame.type == "TRANSFERRED_TECHNOLOGY_TO" and text[start:end].lower() == "with" and not (
            MAKING_NEAR.search(text, max(0, start - 120), start) or MAKING_NEAR.search(text, end, end + 120)
            or TECHNICAL_HELP.match(text, end) or any("WeaponSystem" in s.labels for s in self._sentence_slots)
        ):
            return []  # "cast a dozen vetoes, most of them with Chinese support": backing, nothing built with it
        if frame.form == "reverse":  # receiver on the left, giver after "from"; "the brainchild of China"
            sources = _role(right, spec.sources, ("of", "object") if frame.type == "LEADS" else ("from", "by", "object"))
            # "faced sanctions from the United States and the EU", "drew condemnation from Turkey and Egypt": every one listed
            sources = _first_group(text, sources) if frame.type in ("SANCTIONED", "OPPOSES") else sources[:1]
            licensee = frame.type == "TRANSFERRED_TECHNOLOGY_TO"  # a firm given a licence stands for its state
            if licensee and not sources:  # "under a licence from Hanwha Aerospace": the licensing firm's home state gives it
                firms = [s for s in _role(right, ("Organization",), ("from", "by", "object"))[:1] if re.fullmatch(r"\s+(?:the\s+)?", text[end:s.start])]
                sources = _forces_as_states(firms, context, True)
                if not sources:  # "under a licence from MBDA of France", "... from France's MBDA": the state the text gives the firm
                    sources = [
                        s for s in right if "State" in s.labels and s.kind != "demonym" and s.start - end <= 80
                        and (firms and FIRM_OF_STATE.fullmatch(text, firms[0].end, s.start) or STATES_FIRM.match(text, s.end) and re.fullmatch(r"\s+(?:the\s+)?", text[end:s.start]))
                    ][:1]
            if licensee:  # "... of Russia, and the MILAN 2T under a licence from ...": a firm's state receives nothing
                left = [s for s in left if not ("State" in s.labels and any(o.labels == {"Organization"} and FIRM_OF_STATE.fullmatch(text, o.end, s.start) for o in left))]
            targets = _nearest_group(text, left, spec.targets) or _antecedent(before, spec.targets)
            owners = _nearest_group(text, left, ("ArmedForce", "Organization") if licensee else ("ArmedForce",))
            targets = targets or _forces_as_states(owners, context, licensee) or _built_in(text, left[-1:])
            made = [s for s in right if "State" in s.labels and s.kind != "demonym"] if licensee else []
            if made and LICENCE_IN.fullmatch(text, end, made[0].start):
                # "was produced under Soviet licence in Czechoslovakia ... and in India": the places named
                # right after the licence receive it (not "the lines at Gorky, Moscow and Tbilisi" before it)
                targets = _made_in(text, made, made[0].start - 4) if text[made[0].start - 4:made[0].start] == " in " else made[:1]
            if not targets and frame.type == "TRANSFERRED_TECHNOLOGY_TO" and not text[:start].strip():
                # "With Russian assistance, China builds the J-11": the subject after the opening phrase
                comma = text.find(",", end)
                after = [s for s in right if comma > 0 and s.start > comma and s.kind != "demonym" and "State" in s.labels]
                targets = _first_group(text, after) if after and re.fullmatch(r",\s*(?:the\s+)?", text[comma:after[0].start]) else []
            if frame.type == "OPPOSES":  # "South Korea drew criticism from Japan": only the subject was criticised
                drawn = CRITICISM_DRAWN.search(text, max(0, start - 40), start) or not text[start:end].lower().endswith("from")
                targets = _sentence_subject(text, left, start, spec.targets) if drawn else []
        elif frame.form == "nominal":  # "the transfer of design technology from France to Brazil"
            if frame.type == "TRANSFERRED_TECHNOLOGY_TO" and WITHOUT_BEFORE.search(text, max(0, start - 40), start):
                return []  # "built without any technology-transfer agreement with Russia"
            sources = _role(right, spec.sources, ("from", "by"))
            if not sources and frame.type == "TRANSFERRED_TECHNOLOGY_TO" and TRANSFER_OF.fullmatch(text, start, end):
                # "the transfer of Spanish shipbuilding technology to Australia": the nationality of the technology gives it
                sources = [s for s in right if s.kind == "demonym" and s.start <= end + 1 and "State" in s.labels][:1]
            sources = (_first_group(text, sources) if frame.type == "SANCTIONED" else sources[:1]) or _nearest_group(text, left, spec.sources)
            targets = _first_group(text, _role(right, spec.targets, ("on", "against") if frame.type == "SANCTIONED" else ("to", "for")))
            agreement = TRANSFER_AGREEMENT.match(text, end)
            if agreement:  # "assembled in Brazil under a technology transfer agreement with Sweden"
                # "built at Karachi Shipyard under a technology-transfer deal with Turkey": a firm stands for its state
                firms = [s for s in left if s.labels == {"Organization"} and s.role not in ("from", "by")][-1:]
                sides = left if any("State" in s.labels for s in left) else _forces_as_states(firms, context, True)
                sources, targets = _agreement_sides(text, sides, [s for s in right if s.start >= agreement.end() - 1])
        elif frame.form == "passive":  # "the Combined Maritime Forces, which is led by the United States": the antecedent
            targets = _nearest_group(text, left, spec.targets) or _antecedent(before, spec.targets) or context.term(self._sentence_slots, spec.targets)
            if frame.type == "SANCTIONED" and targets and MODIFIER_OF_MEMBER.match(text, targets[-1].end):
                # "Turkey became the first NATO ally to be sanctioned": the ally, not the alliance
                member = _nearest_group(text, [s for s in left if s.end <= targets[0].start], ("State",))
                targets = member if member and MEMBER_COPULA.fullmatch(text, member[-1].end, targets[0].start) else []
            sources = _role(right, spec.sources, ("by",))
            if not targets and frame.type == "LEADS" and sources and FRONTED.fullmatch(text, 0, start):
                # "Spearheaded by China, the Global Development Initiative ...": the subject after the comma
                # ("Launched by China in 2013, the Belt and Road Initiative ...": a date may close the phrase)
                targets = [s for s in right if s.labels & set(spec.targets) and re.fullmatch(r"(?:\s+(?:in|on|since)\s+[^,]{1,20})?,\s+(?:the\s+)?", text[sources[-1].end:s.start])]
        else:
            turned = _time_clause_end(text) if frame.type in ("SANCTIONED", "OPPOSES") else None
            if turned is not None and turned <= start:
                # "When Iraq invaded Kuwait, the Council imposed sanctions on Iraq": the main clause's subject, not the time clause's
                left = [s for s in left if s.start >= turned]
            people = [s for s in left if frame.type == "SANCTIONED" and s.kind == "demonym" and NOT_THE_STATE.match(text, s.end)]  # "Russian arms exporters"
            sources = (
                _nearest_group(text, [s for s in left if s not in people], spec.sources) or _antecedent(before, spec.sources)
                or _pronoun_subject(text, start, self._named_before(left, start), context)
                or context.subject(spec.sources, text, left)
            )
            sources = _shared_subject(text, self._sentence_slots, start, spec.sources, sources) or sources
            if frame.type == "OPPOSES" and sources and sources[-1].end <= start and OWN_SPEAKER_BEFORE.search(text, max(0, start - 50), start):
                # "It has criticised AUKUS, and its foreign ministry accused Canberra of ...": the state whose
                # ministry speaks, not the last name before it
                sources = _pronoun_subject(text, start, [], context, ("State",), self._sentence_slots) or sources
            if frame.type == "OPPOSES":
                sources = _new_clause_subject(text, sources)
                # (the whole sentence before the verb: a relative clause closes the verb's own clause on its left)
                sources = _before_appositive(text, [s for s in self._sentence_slots if s.end <= start], sources, start, spec.sources)
                if sources and sources[-1].kind != "reference" and UNRESOLVED_PAIR.search(text, sources[-1].end, start):
                    sources = []  # "members of the SCO and of BRICS, and both have criticised AUKUS": "both" is the subject, whoever they are
                if _object_of_first_predicate(text, self._sentence_slots, start, sources, spec.sources):
                    sources = []  # "The committee condemned Indonesia ... and protested against Malaysia's law": the committee protests, not Indonesia
            if re.search(r"\bof$", text[start:end]) and frame.type == "OPPOSES":  # "the condemnation of Iran by Germany"
                sources = _role([s for s in right if s.start - end <= 60], spec.sources, ("by",)) or sources
            if frame.type == "SANCTIONED":
                if re.match(r"\s+(?:resolutions?|drafts?|bills?|proposals?|votes?|debates?)\b", text[end:end + 14], re.IGNORECASE):
                    return []  # "a sanctions resolution on North Korea failed": a text, not sanctions
                if SANCTIONS_TALK.match(text, end) or SANCTIONS_WATCHED.search(text, max(0, start - 40), start):
                    return []  # "after US sanctions threats": sanctions feared, not imposed; "monitored sanctions on": watched
                if SANCTIONS_KEPT.search(text, max(0, start - 60), start) or (VERB_TRIGGER.match(text, start) and re.search(r",?\s+and\s+(?:also\s+)?$", text[max(0, start - 12):start])):
                    # "Australia has sanctioned Russia and Belarus and maintains sanctions against Iran"
                    sources = _first_group(text, [s for s in self._sentence_slots if s.labels & set(spec.sources) and s.end <= start]) or sources
                imposed = re.fullmatch(r"impos(?:ed|es|ing) (?:(them|these|those) )?on", text[start:end], re.IGNORECASE)
                if imposed and not (context.sanctions_named if imposed.group(1) else SANCTION_WORD.search(text, max(0, start - 60), start)):
                    return []  # "tariffs imposed on": only sanctions count; "imposed them on" only after the paragraph named sanctions
                sources = _controller(text, left, start) or _pronoun_subject(text, start, left, context, spec.sources) or sources
                sources = sources or _designator_in_heading(context)
            if frame.type == "TRANSFERRED_TECHNOLOGY_TO" and sources and sources[-1].end <= start:
                # "Brazil is a maker: Embraer developed the A-29, and Saab transferred technology to Brazil": a firm
                # closer to the verb than the state is its subject, for its home state
                firms = [s for s in left if s.labels == {"Organization"} and s.kind != "demonym" and s.start > sources[-1].end]
                sources = _forces_as_states(_nearest_group(text, firms, ("Organization",)), context, True) or sources
            if frame.type == "TRANSFERRED_TECHNOLOGY_TO" and not sources:
                # "Airbus transferred the assembly know-how from Spain to India": the state after "from";
                # "Kalashnikov Concern transferred the technology to ...": the giving firm's home state
                sources = _role([s for s in right if s.start - end <= 60], spec.sources, ("from",))[:1] or _forces_as_states(
                    [s for s in _nearest_group(text, left, ("Organization",)) if s.kind != "demonym"], context, True)
            wanted = ("object", "on", "to", "of", "for") if frame.type != "TRANSFERRED_TECHNOLOGY_TO" else ("object", "to", "with", "for")
            near = [s for s in right if s.start - end <= 80]  # a target far down the sentence belongs to another verb
            own = {ref.name for slot in sources for ref in slot.refs}  # "the United States ... under the Countering America's ... Act on X"
            candidates = [s for s in _role(near, spec.targets, wanted) if {ref.name for ref in s.refs} - own and not _inside_name(text, s)]
            targets = _possessed_over_possessor(text, _first_group(text, candidates), near, spec.targets)
            targets = _without_next_clause_subject(text, targets)
            judged_veto = JUDGED_VETO_BY.match(text, end) if frame.type == "OPPOSES" and "by" in text[end:end + 40] else None
            if judged_veto:  # "the representative of France condemned the veto by Russia": the vetoers are the target
                targets = _first_group(text, [s for s in right if s.start >= judged_veto.end() and "State" in s.labels])
            counted = COUNTED_LIST.match(text, end) if frame.type == "LEADS" else None
            if counted:  # "leads two organisations there: the CSTO, whose ..., and the EAEU, which ...": every one listed
                targets = [
                    s for s in self._sentence_slots
                    if s.start >= counted.end() and s.labels & set(spec.targets) and LIST_ITEM_BEFORE.search(text, max(0, s.start - 12), s.start)
                ]
            inside = [s for s in self._sentence_slots if start <= s.start and s.end <= end and s.labels & set(spec.targets)]
            targets = targets or inside  # "sold China a licence": the receiver inside the trigger
            if frame.type == "SANCTIONED" and inside and LISTED.match(text, start):
                targets = inside  # "added HESA to its list, and extended sanctions on Belarus": the one listed
            if frame.type == "OPPOSES" and inside:
                targets = inside  # "warned Finland against joining NATO": the one warned
            if not targets and frame.type == "OPPOSES" and (event := CRITICISED_EVENT.match(text, end)) and not GENERIC_EVENT_COMPLEMENT.match(text, event.end()):
                # "Egypt and Somalia signed a protocol; Ethiopia condemned the deal": the parties of the clause before
                targets = _parties_of_earlier_clause(text, self._sentence_slots, sources) or context.event_parties(sources)
                if targets and PURCHASE_CRITICISED.match(text, end):
                    # "Cyprus ordered S-300s from Russia. Turkey condemned the purchase": the buyer's deed, not the seller's
                    buyer = tuple(_refs(targets, ("State",))[:1])
                    targets = [Slot(0, 0, buyer, "reference")] if buyer else []
            if frame.type == "OPPOSES" and not targets and len(sources) > 1:
                # "India bought Russian oil, a move Washington criticised": the critic after "a move", not the group it ends
                moved = next((i for i, s in enumerate(sources) if i and OPPOSED_MOVE_BEFORE.search(text, max(0, s.start - 40), s.start)), None)
                sources = sources[moved:] if moved else sources
            critics_start = _pair_named_before(text, self._sentence_slots, sources[0]) if frame.type == "OPPOSES" and sources else None
            critics_start = critics_start if critics_start is not None else sources[0].start if sources else 0
            if not targets and frame.type == "OPPOSES" and sources and OPPOSED_MOVE_BEFORE.search(text, max(0, critics_start - 40), critics_start):
                # "Armenia sent troops to the drill, a move Moscow criticised": whoever made the move, the sentence's subject
                # ("a move Beijing and Moscow have both condemned": the pair "both" stands for are the critics)
                targets = [t for t in _sentence_subject(text, self._sentence_slots, critics_start, spec.targets) if t not in sources and t.start < critics_start]
                if targets and re.search(r",\s+(?:and|but)\s|;\s", text[targets[-1].end:sources[0].start]):
                    # "Riyadh bought drones from China, and Chinese engineers helped it build a line, a step Washington
                    # criticised": the move is the last clause's, whose maker is not the sentence's subject
                    targets = []
            if frame.type == "OPPOSES" and sources and OPPOSED_WHICH_BEFORE.search(text, max(0, sources[0].start - 12), sources[0].start) and not text[end:].strip(" .;,)\"'”’"):
                # "Azerbaijan's proposed corridor through Armenia, which Tehran opposes": the owner of what the
                # relative's antecedent names, else no one (Armenia is only where the corridor would run)
                targets = _antecedent_owner(text, self._sentence_slots, sources[0].start, spec.targets)
                if not targets and THROUGH_PLACE_BEFORE_WHICH.search(text, max(0, sources[0].start - 80), sources[0].start):
                    return []  # "the railway through Kyrgyzstan, which Russia opposes": the railway, not Kyrgyzstan
            if not targets and frame.type == "OPPOSES" and CONDEMNED_VETO.match(text, end) and context.memory.vetoers:
                # "Russia vetoed the renewal. Japan condemned the veto": those who cast the veto the document last told of
                critics = {ref.name for slot in sources for ref in slot.refs}
                targets = [Slot(0, 0, tuple(r for r in context.memory.vetoers if r.name not in critics), "reference")]
                targets = targets if targets[0].refs else []
            if not targets and frame.type == "OPPOSES" and CONDEMNED_AGGRESSION.match(text, end) and context.memory.aggressors:
                # "Russia invaded Ukraine ... Poland condemns this aggression": the aggressor the document last told of
                critics = {ref.name for slot in sources for ref in slot.refs}
                targets = [Slot(0, 0, tuple(r for r in context.memory.aggressors if r.name not in critics), "reference")]
                targets = targets if targets[0].refs else []
            if not targets and frame.type == "OPPOSES":
                # "opposed China's Belt and Road Initiative": the owner of the policy opposed
                targets = [s for s in near[:1] if s.role == "possessor" and s.labels & set(spec.targets) and OWNER_NEXT.fullmatch(text, end, s.start)]
                # "oppose the 'small circles' built by the United States", "criticised the deployment of THAAD by Seoul": the agent of what is opposed
                agents = [s for s in near if s.role == "by" and s.labels & set(spec.targets)]
                targets = targets or (_first_group(text, agents) if agents and AGENT_OF_OPPOSED.search(text, end, agents[0].start) else [])
                # "condemned the juntas in Bamako and Niamey", "opposed the military takeover in Niger": the state whose rulers,
                # or whose seizure of power, is opposed
                seized = RULERS_IN.match(text, end)
                ruled = _first_group(text, [s for s in near if seized and s.start >= seized.end() and "State" in s.labels])
                targets = targets or (ruled if ruled and ruled[0].start == seized.end() else [])
            if not targets and frame.type == "LEADS" and PRONOUN_OBJECT.match(text, end):
                # "founded the IMCTC in 2015 and still leads it": the body named last before the verb
                # (the object of the verb coordinated just before, not a name further back: "... launched
                # the BRI in 2013, when Xi announced a 'Silk Road Economic Belt' ..., and Beijing has led it")
                targets = [s for s in left if s.labels & set(spec.targets) and s.kind != "reference"][-1:]
                targets = [s for s in targets if COORDINATED_VERB_GAP.fullmatch(text, s.end, start)]
            if not targets and frame.type in ("LEADS", "OPPOSES"):
                antecedent = _antecedent(before, spec.targets) if frame.type == "LEADS" else _supplier_antecedent(text, before, spec.targets)
                targets = _possessed(text, left, spec.targets, sources) or [s for s in antecedent if s not in sources]
            if not targets and frame.type == "LEADS":
                targets = _led_appositive(text, start, left, sources, spec.targets)
            if not targets and frame.type in ("LEADS", "OPPOSES"):
                targets = _relative_antecedent(text, left, sources, spec.targets)
            if frame.type == "SANCTIONED" and not targets:
                targets = [s for s in _role(right, spec.targets, ("object", "on", "of", "for")) if not _inside_name(text, s)]
            if frame.type == "SANCTIONED" and not targets and SANCTIONS_ON_IT.match(text, end):
                # "has criticised Venezuela's government and has imposed sanctions on it": the object of the
                # verb coordinated just before, as "still leads it" is for LEADS
                targets = [s for s in left if s.labels & set(spec.targets) and s.kind != "reference" and s not in sources][-1:]
                targets = [s for s in targets if GOVERNMENT_THEN_COORDINATED.fullmatch(text, s.end, start)]
            if frame.type == "SANCTIONED" and not targets:
                # "Russia or Belarus, against which Switzerland has applied sanctions": the relative's antecedent
                targets = _sanctioned_antecedent(text, self._sentence_slots, start, spec.targets)
            if frame.type == "TRANSFERRED_TECHNOLOGY_TO":
                sources, targets = _licensed_after_sale(text, self._sentence_slots, start) or (sources, targets)
            if frame.type == "TRANSFERRED_TECHNOLOGY_TO" and not targets:
                # "let Shenyang Aircraft Corporation assemble it", "licensed the design to HAL": the firm's state
                targets = _forces_as_states(_first_group(text, _role(near, ("Organization",), wanted)), context, True)
                targets = targets or _built_in(text, near) or _joint_partner(text, self._sentence_slots, sources)  # "transferred the technology to produce the Su-30MKI in India"
                # "transferred the technology for the MiG-17, which China built as the J-5": the builder in the relative
                targets = targets or [s for s in self._sentence_slots if s.start > end and s.start - end <= 80 and "State" in s.labels and s.kind != "demonym" and RELATIVE_BUILDER.search(text, max(0, s.start - 12), s.start)
                                      and BUILDING.match(text, s.end + 1)][:1]
        if frame.type == "TRANSFERRED_TECHNOLOGY_TO" and sources and not targets and context.trade and LOCAL_MAKING.search(text):
            # "Egypt bought the boats from Israel. The rest were assembled locally under a transfer of technology
            # from Israel": know-how from the seller of the sale the sentence before told went to its buyer
            seller, buyer = context.trade
            if [ref.name for ref in _refs(sources, spec.sources)] == [seller.name] and buyer in context.previous_named and not any(
                "State" in s.labels and s.kind != "demonym" and buyer not in s.refs and seller not in s.refs for s in self._sentence_slots
            ):
                targets = [Slot(start, start, (buyer,), "reference")]
        # "Russian procurement networks", "Iran's drone makers": the state's firms, not the state
        targets = [s for s in targets if not ((s.kind == "demonym" or frame.type == "SANCTIONED") and NOT_THE_STATE.match(text, s.end))
                   and not (frame.type == "SANCTIONED" and POSSESSED_NOT_THE_STATE.match(text, s.end))
                   and not (s.kind == "demonym" and _nationality_of_people(text, self._sentence_slots, s))]
        if frame.type == "OPPOSES":  # "opposed several Western drafts on Syria": the drafts, not Syria
            targets = [s for s in targets if not TEXT_ABOUT.search(text, max(0, s.start - 40), s.start)]
            # "condemned the invasion of Ukraine": the victim of what is condemned is not opposed
            targets = [s for s in targets if not VICTIM_BEFORE.search(text, max(0, s.start - 40), s.start)]
            # ("counter-measures against US arms sales": the state owning the thing named after it stays)
            targets = [s for s in targets if not (MEASURE_TARGET_BEFORE.search(text, max(0, s.start - 40), s.start) and STATE_ENDS_PHRASE.match(text, s.end))]
            targets = [_led_by(text, s, self._sentence_slots) or s for s in targets]  # "denounced the US-led IMSC": the IMSC
            # "denounces the US-South Korea joint drills": both states of the hyphenated pair
            targets += [s for s in self._sentence_slots if len(targets) == 1 and "State" in s.labels and "State" in targets[0].labels and s.start == targets[0].end + 1 and text[targets[0].end] == "-"]
            # "condemned Russia's decision, and South Korea, an elected member, criticised ...": a new clause's subject
            # "criticised the Quad as an exclusive clique, and Russian Foreign Minister Lavrov has called ...": so is one after ", and"
            cut = next((i for i, s in enumerate(targets) if s.start > end and (i and CLAUSE_SUBJECT.match(text, s.end) or JOINED_CLAUSE_SUBJECT.search(text, 0, s.start) and SUBJECT_THEN_VERB.match(text, s.end))), None)
            targets = targets[:cut] if cut is not None else targets
            # "criticised Malabar as an 'Asian NATO'": the organization of a label given is no target
            targets = [s for s in targets if not LABEL_GIVEN.search(text, max(0, s.start - 50), s.start)]
        if frame.type == "LEADS":
            targets = self._led(text, frame, start, end, sources, targets)
        if frame.type == "SANCTIONED":  # "imposed not on Pakistan as such but on four entities": the target denied
            targets = [s for s in targets if not DENIED_TARGET.search(text, max(0, s.start - 24), s.start)]
        if frame.type == "SANCTIONED" and len(targets) > 1:  # "the Presidency of Defence Industries, Turkey's procurement agency"
            targets = [s for s in targets if not re.match(r"(?:'s|’s)\s", text[s.end:s.end + 3])] or targets
        if len(sources) > 1:
            # "Greece, a NATO member, condemned the strike": the body named as the subject's standing does not act
            # (the apposition `_appositive_members` reads as the subject's membership)
            sources = [s for s in sources if not ("Organization" in s.labels and APPOSITIVE_ARTICLE_BEFORE.search(text, max(0, s.start - 40), s.start)
                                                  and MEMBER_WORD_AFTER.match(text, s.end))] or sources
        if frame.type == "SANCTIONED" and {r.name for r in _refs(sources, spec.sources)} & {r.name for r in _refs(targets, spec.targets)}:
            # "the United States removed Turkey from the programme and sanctioned Turkey": the subject
            sources = [s for s in left[:1] if s.labels & set(spec.sources) and s.role == "object" and s not in targets]
        facts = [
            Fact(frame.type, source, target)
            for source in _refs(sources, spec.sources)
            for target in _refs(targets, spec.targets)
            if source.name != target.name
        ]
        if frame.type == "OPPOSES" and facts:
            context.opposed = (text, tuple(dict.fromkeys(fact.target for fact in facts)))
        if frame.type == "SANCTIONED" and facts:
            context.sanctioned = tuple(dict.fromkeys(fact.target for fact in facts))
            context.sanctioned_in = text
        context.remember_subject(sources)
        return facts

    def _followed(self, text, start, left, spec, context) -> list[Fact]:
        """"The United Kingdom imposed sanctions on Russia; the United States followed within days":
        the follower sanctions whom the paragraph's last sanctions were on."""
        if not context.sanctioned or text[start:start + 4].lower() == "did " and context.sanctioned_in != text:
            return []  # ("The US sanctioned Iran. Turkey bought jets; India did the same.": what "did" repeats is not said)
        if BARE_FOLLOWED.match(text, start) and not self._sanctions_just_told(start, context):
            return []  # "The EU sanctioned Russia. Finland joined NATO; Sweden followed.": the accession followed
        followers = _nearest_group(text, left, spec.sources) or _pronoun_subject(text, start, left, context, spec.sources)
        return [Fact("SANCTIONED", follower, target) for follower in _refs(followers, spec.sources) for target in context.sanctioned if follower.name != target.name]

    def _sanctions_just_told(self, start: int, context: "ParagraphContext") -> bool:
        """Whether the deed told last before ``start`` was sanctions: the sentence's last trigger
        before it, else the paragraph's last sentence that told any relation."""
        earlier = [deed for at, deed in self._deeds if at < start]
        if earlier:
            return earlier[-1] == "SANCTIONED"
        return any(fact.type == "SANCTIONED" for fact in context.last_facts)

    def _echoed(self, text, start, end, left, spec, context) -> list[Fact]:
        """"Russia has echoed the criticism": whom the paragraph's last critic opposed; "...,
        and Lithuania did too" only after an opposition stated in the same sentence."""
        said_in, opposed = context.opposed
        if not opposed or (said_in != text and not ECHOED_NOUN.search(text, start, end)):
            return []
        critics = _nearest_group(text, left, spec.sources) or _pronoun_subject(text, start, left, context)
        return [Fact("OPPOSES", critic, target) for critic in _refs(critics, spec.sources) for target in opposed if critic.name != target.name]

    def _led(self, text, frame, start, end, sources, targets) -> list[Slot]:
        """What a leadership trigger's subject leads: only initiatives after "proposed" or
        "announced", and nothing that another state owns ("launched the corridor, the flagship
        of Beijing's Belt and Road Initiative": Beijing's, see :meth:`_possessive_links`)."""
        if INITIATIVE_ONLY.search(text, start, end):
            targets = [s for s in targets if "Initiative" in s.labels]
        if sources and NAMED_AS.search(text, max(0, sources[0].start - 40), sources[0].start):
            return []  # "which critics call a Russian-led bloc": someone's label, not a fact stated
        if text[start - 1:start] == "-" and _quoted(text, start):
            return []  # 'the wording "China-led SCO"': words talked about, not used
        owned = {id(s) for s in targets if (owner := _state_possessor(text, self._sentence_slots, s)) and owner not in sources}
        # "leads the NATO battlegroup in Latvia", "led NATO's mission in Kosovo": one of the body's units, not the body
        return [s for s in targets if id(s) not in owned and not ("Organization" in s.labels and BODY_UNIT_AFTER.match(text, s.end))]

    def _pair(self, frame, text, start, end, clause, before, context) -> list[Fact]:
        fronted_pair = _fronted_allied(text, start, end, self._sentence_slots) if frame.type == "PARTNERS_WITH" else None
        if fronted_pair:  # "Allied by the 1950 treaty, China and the Soviet Union ...": the subject after the comma
            return [Fact(frame.type, *sorted(fronted_pair, key=lambda r: r.name))]
        left, right = _sides(text, clause, start, end)
        bound = _first_group(text, [s for s in right if "State" in s.labels]) if frame.type == "PARTNERS_WITH" and PACT_BINDS.match(text, end) else []
        if len(bound) == 2 and re.fullmatch(r"\s+(?:and|&)\s+", text[bound[0].end:bound[1].start]):
            # "A mutual defence treaty binds Japan and Australia": the two states the pact binds
            pair = _refs(bound, ("State",))
            return [Fact(frame.type, *sorted(pair, key=lambda r: r.name))] if len(pair) == 2 and pair[0].name != pair[1].name else []
        if frame.type == "CLASHED_WITH":
            return _clash(text, start, end, left, right, context, self._sentence_slots, before)
        if frame.type == "PARTNERS_WITH" and (UNNAMED_PARTNERS.search(text, max(0, start - 60), start) and text[start:end].lower() == "partners"
                                             or THE_ALLIANCE.search(text, max(0, start - 30), start) and text[start:end].lower() == "alliance"):
            return []  # "several of Russia's Central Asian partners" names none; "accession to the alliance" is an organization
        if frame.type == "PARTNERS_WITH" and NOT_RATIFIED_AFTER.match(text, end):
            return []  # "signed a security agreement with Australia, but its parliament never ratified it": no tie in force
        if frame.type == "PARTNERS_WITH" and re.fullmatch(r"all(?:y|ies)", text[start:end], re.IGNORECASE) and COUNTED_ALLY.search(text, max(0, start - 16), start):
            return []  # "Sweden ... became the 32nd ally": a member counted, see _membership
        if frame.type == "PARTNERS_WITH" and re.fullmatch(r"partners?|all(?:y|ies)", text[start:end], re.IGNORECASE) and any(
            "Organization" in s.labels and ORGANIZATION_PARTNER.fullmatch(text, s.end, start) for s in left
        ):
            # "Malaysia and Thailand are BRICS partner countries": a tier of the bloc, not a tie between the two;
            # "Denmark and Greece are NATO allies": fellow members of the alliance
            return []
        if frame.type == "PARTNERS_WITH" and re.fullmatch(r"partners?", text[start:end], re.IGNORECASE) and PARTNER_TIER_STATUS.match(text, end):
            return []  # "Malaysia and Thailand were given partner status": a status a bloc grants, no partnership of the two
        if frame.type == "PARTNERS_WITH" and re.fullmatch(r"partners?", text[start:end], re.IGNORECASE) and PARTNER_TIER_NOUN.match(text, end) and any(
            "Organization" in s.labels for s in self._sentence_slots
        ):
            # "Neither Malaysia nor Thailand is a BRICS member; both are listed as partner countries": the bloc's
            # tier, named earlier in the sentence, not a partnership of the two
            return []
        if frame.type == "PARTNERS_WITH" and re.fullmatch(r"partners?", text[start:end], re.IGNORECASE) and any(
            "Organization" in s.labels and PARTNER_IN_BODY.fullmatch(text, end, s.start) for s in right
        ):
            return []  # "Brazil, Argentina's partner in Mercosur": fellow members of a bloc, not a partnership of their own
        if frame.type == "PARTNERS_WITH" and re.fullmatch(r"partners?", text[start:end], re.IGNORECASE) and (
            PARTNERS_OF_BODY_BEFORE.search(text, max(0, start - 60), start)
            or any("Organization" in s.labels and re.fullmatch(r"\s+as\s+(?:[\w-]+\s+)?", text[s.end:start]) for s in left)
        ):
            return []  # "worked with NATO as partners", "dialogue partners of ASEAN": the body's tier, no tie between the states
        if frame.type == "PARTNERS_WITH" and any("Organization" in s.labels and BODY_IS_A.fullmatch(text, s.end, start) for s in self._sentence_slots):
            return []  # "not a member of AUKUS, which remains a partnership of ...": the body's members (_grouping_members), no tie of the subject's
        states = ("State",)
        group = _nearest_group(text, left, states)
        if len(group) == 2 and re.fullmatch(r",\s+", text[group[0].end:group[1].start]) and re.fullmatch(r"(?:'s|’s)\s+(?:\w+\s+){0,3}", text[group[1].end:start]):
            group = group[1:]  # "Beijing, Pyongyang's treaty ally since 1961, ...": the appositive's owner, after its head
        if len(group) == 1 and re.fullmatch(r"(?:'s|’s)\s+(?:\w+\s+){0,3}", text[group[0].end:start]):
            owners = [s for s in left if s.end <= group[0].start and "State" in s.labels]
            if owners:  # "China has been Russia's closest partner"
                return [Fact(frame.type, *sorted((a, b), key=lambda r: r.name)) for a in _refs(owners[-1:], states) for b in _refs(group, states) if a.name != b.name]
        if len(group) == 1 and CALLS.search(text, 0, group[0].start) and PARTNER_COMPLEMENT.fullmatch(text[group[0].end:start]):
            callers = [s for s in left if s.end <= group[0].start and "State" in s.labels]
            if callers and CALLS.fullmatch(text[callers[-1].end:group[0].start]):  # "Vietnam calls the United States a partner"
                group = callers[-1:] + group
        # "The Soviet Union, bound to Hanoi by a treaty of friendship, ...": the state the participle is said of, and Hanoi
        bound_to = [s for s in left if "State" in s.labels and BY_INSTRUMENT.fullmatch(text, s.end, start)][-1:] if frame.type == "PARTNERS_WITH" else []
        bound = BOUND_TO_BEFORE.search(text, max(0, bound_to[0].start - 40), bound_to[0].start) if bound_to else None
        bound_pair = _refs([s for s in self._sentence_slots if "State" in s.labels and s.end == bound.start()] + bound_to, states) if bound else []
        if len(bound_pair) == 2 and bound_pair[0].name != bound_pair[1].name:
            return [Fact(frame.type, *sorted(bound_pair, key=lambda r: r.name))]
        upgrade = UPGRADED_TIES.search(text, 0, start) if frame.type == "PARTNERS_WITH" else None
        upgraded: list[Slot] = []
        if upgrade:  # "Hanoi elevated relations with Washington to a comprehensive strategic partnership"
            # the subject of the upgrade, not a partner of an earlier clause ("our partnership with Indonesia ..., and we upgraded")
            group = _nearest_group(text, [s for s in left if s.end <= upgrade.start() and s.role == "object"], states)
            if not group:  # "It upgraded its relationship with the United States to ...": the paragraph's state "it" stands for
                group = context.subject(states, text, [s for s in left if s.end <= upgrade.start()])
            # "raised its relations with China, Russia and India to comprehensive strategic partnerships": each listed state
            upgraded = _first_group(text, [s for s in left if s.start >= upgrade.start() and "State" in s.labels])
            group = group + upgraded
        elif frame.type == "PARTNERS_WITH" and len(group) > 1 and THEIR_OWN_TIE.fullmatch(text, group[-1].end, start):
            pass  # ", and Kazakhstan and Azerbaijan reviewed the progress of their strategic partnership": the clause's own pair
        elif frame.type == "PARTNERS_WITH" and OWN_PARTNERSHIP.search(text, max(0, start - 40), start) and not (
                group and OWN_TIE_SIGNER.fullmatch(text, group[-1].end, start)):
            # "..., while keeping its 2001 strategic partnership with Russia": the sentence's subject owns it
            # (but "it watched Honiara sign its own security agreement with Beijing": the signer right before it)
            group = _sentence_subject(text, self._sentence_slots, start, states) or group
        elif group and (_subject_gap_blocked(text[group[-1].end:start]) or start - group[-1].end > 80) and not SIGNED_CHARTER.fullmatch(text, group[-1].end, start) \
                and not SIGNED_WHERE_AND_WHEN.fullmatch(text, group[-1].end, start) and not SIGNED_NAMED_INSTRUMENT.fullmatch(text, group[-1].end, start) \
                and not (len(group) > 1 and THEIR_OWN_TIE.fullmatch(text, group[-1].end, start)):
            # (but "Kazakhstan and Azerbaijan reviewed the progress of their strategic partnership": the pair's own tie)
            group = []
        with_which = WITH_WHICH.search(text, max(0, group[0].start - 24), group[0].start) if len(group) == 1 and frame.type == "PARTNERS_WITH" else None
        if with_which:  # "India, with which Moscow had signed a Treaty of Friendship": the antecedent is the partner
            antecedent = [s for s in self._sentence_slots if "State" in s.labels and s.end <= with_which.start()]
            if antecedent and re.fullmatch(r"\s*", text[antecedent[-1].end:with_which.start()]):
                group = antecedent[-1:] + group
        hyphenated = _hyphen_pair(text, left, start) if frame.type == "PARTNERS_WITH" else []
        partners = _role(right, states, ("with", "between", "object", "of"))
        # "..., and the Quad, of which India is a founding member, ...": a state in a later clause is no partner
        partners = [p for p in partners if not LATER_CLAUSE.search(text, end, p.start)]
        # "declared a partnership with \"no limits\" in 2022, weeks before the invasion of Ukraine": a state set
        # off by a comma after the tie is in a phrase of its own, not the tie's partner
        partners = [p for p in partners if not (p.role in ("of", "object") and OWN_PHRASE_BEFORE.search(text, end, p.start))]
        # "the comprehensive strategic partnership that Russia and China proclaim": the pair of the relative clause
        relative = _first_group(text, partners) if not group and partners and RELATIVE_PAIR.match(text, end, partners[0].start) else []
        if len(relative) == 2 and VERB_AFTER_LIST.match(text, relative[-1].end):
            group, partners = relative, []
        # "China, which signed a comprehensive strategic partnership with Cambodia in 2010, said ...": the relative's antecedent
        # ("Moscow and Beijing, which describe their relationship as a partnership, ...": the whole antecedent pair)
        group = hyphenated or group or _instrument_signers(text, before, start) or _antecedent_group(text, before, states) or _pronoun_subject(text, start, left, context) or context.subject(states, text, left)
        if not group and frame.type == "PARTNERS_WITH" and re.match(r"\s*(?:its|their)\s", text, re.IGNORECASE) and not left:
            # "Its 1997 Treaty of Friendship with Russia remains in force": the paragraph's state owns it
            refs = tuple(ref for ref in context.state_subjects if ref.label == "State")
            group = [Slot(0, 0, refs, "reference")] if len(refs) == 1 else []
        if partners and NEW_CLAUSE_SUBJECT.search(text, end, partners[0].start):
            partners = []  # "signed a pact in 2023, and the UK, Italy and Japan lead ...": another clause's subject
        if not group and re.match(r"[^.;,]{0,25}?\b(?:signed|concluded|agreed|inked) by\b", text[end:]):
            group = _first_group(text, _role(right, states, ("by",)))  # "a friendship treaty signed by India and the Soviet Union"
            partners = [] if len(group) == 2 else partners
        fronted = _fronted_partner(text, self._sentence_slots, start) if frame.type == "PARTNERS_WITH" and not partners else None
        if fronted:  # "With Russia we have a special and privileged strategic partnership": the partner opens the sentence
            partners, subject = fronted
            group = [g for g in group if g is not partners[0] and {r.name for r in g.refs}.isdisjoint(r.name for r in partners[0].refs)] or subject
        between = [s for s in right if s.role == "between"]
        refs: list[tuple[Ref, Ref]] = []
        if between and len(_refs(_role(right, states, ("between",)), states)) <= 3:
            refs += list(combinations(_refs(_role(right, states, ("between",)), states), 2))
        elif len(upgraded) > 1 and len(group) > len(upgraded):  # the subject of the upgrade with each listed state
            refs += [(a, b) for a in _refs(group[:-len(upgraded)], states) for b in _refs(upgraded, states)]
        elif upgraded and partners and len(group) == 2:
            # "upgraded its ties with the United States to ... and with Japan two months later": the subject with each
            refs += [(a, b) for a in _refs(group[:1], states) for b in _refs(group[1:] + _first_group(text, partners), states)]
        elif partners and group and not (len(_refs(group, states)) == 2 and NEW_CLAUSE.search(text, end, partners[0].start)):
            # not "the two countries signed a treaty, and during the war with Pakistan ...": that pair is complete
            refs += [(a, b) for a in _refs(group, states) for b in _refs(_with_repeated(text, partners), states)]
        elif len(_refs(group, states)) == 2:  # a long list of states is not one partnership
            refs += list(combinations(_refs(group, states), 2))
        if frame.type == "PARTNERS_WITH" and (not refs or group and all(s.kind == "reference" for s in group) and not partners):
            # ("- **Uzbekistan:** the two presidents signed a treaty on allied relations": the page's state and the entry's,
            # not the last pair the page named)
            refs = _run_in_partner(text, [s for s in self._sentence_slots if s.start < start], context) or refs
        pairs = {tuple(sorted((a, b), key=lambda r: r.name)) for a, b in refs if a.name != b.name}
        if len(pairs) > 3 and not _one_hub(pairs):
            # a statement about many states at once is not a pairwise partnership or clash; one state's own
            # partnerships with each of a list are ("Vietnam has strategic partnerships with China, Russia, India and Japan")
            return []
        return [Fact(frame.type, a, b) for a, b in sorted(pairs, key=lambda p: (p[0].name, p[1].name))]

    def _participation(self, frame, text, start, end, clause, before, context) -> list[Fact]:
        if HELD_OTHER_THING.match(text, start):
            return []  # "the Yellow Sea, where Japan holds fishing rights": rights, claims or talks held, no exercise
        if frame.form == "active" and MANY_EXERCISES_OBJECT.match(text, end) and not any(
                "Exercise" in s.labels and s.start > end and NAMED_AMONG_MANY.search(text, max(0, s.start - 24), s.start) for s in clause):
            # "Russia organised the majority of exercises in our sample": a share of many, no one exercise
            # (but "hosted most of the drills, including Steppe Eagle": the one named among them)
            return []
        if APART_FROM_THE_EXERCISE.search(text) or any("Exercise" in s.labels and _apart(text, s) for s in self._sentence_slots):
            # "drilled in the Caspian Sea, outside the series", "conducted its own drills", "its transit
            # was not part of Sea Breeze": not the exercise
            return []
        if frame.type == "PARTICIPATED_IN" and _participation_in_body(text, end, self._sentence_slots):
            return []  # "has frozen Armenia's participation in the Russia-led CSTO": a body's work, no exercise
        if frame.type == "PARTICIPATED_IN" and PARTICIPATION_WORD.match(text[start:end]) and any("Organization" in s.labels and re.fullmatch(r"(?:'s|’s)?\s+", text[s.end:start]) for s in self._sentence_slots if s.end <= start):
            return []  # "Uzbekistan suspends CSTO participation", "its NATO participation": a body's work, no exercise
        if frame.type == "PARTICIPATED_IN" and _participation_of_unnamed(text, start, end, self._sentence_slots):
            return []  # "carried out drills in the Caspian Sea, with participation of air defence units": a share in those drills
        if frame.type == "PARTICIPATED_IN" and _joined_crafts(text, start, end, self._sentence_slots):
            return []  # "two Russian Tu-95MS bombers joined two Chinese H-6K bombers over the Sea of Japan": a formation, no exercise
        if frame.type == "HOSTED" and OWN_GROUND_TRIGGER.fullmatch(text, start, end):
            verb = HOST_VERB_BEFORE.search(text, max(0, start - 80), start)
            if verb and (blocked(text, verb.start(), verb.start() + 4, 0) or REFUSED_BEFORE.search(text, max(0, verb.start() - 60), verb.start())):
                return []  # "Armenia had declined to host the alliance's exercises on its own soil": the hosting refused
        if frame.type == "HOSTED" and OWN_EVENT_AFTER.match(text, end):
            return []  # "Bangladesh hosted its own fleet review-style event, and ... observed Malabar": not the exercise named
        if frame.type == "HOSTED" and text[start - 1:start] == "-":
            named = [s for s in clause if "Exercise" in s.labels and 0 <= s.start - end <= 2]
            if named:  # "the US-hosted RIMPAC-2014": the word before the hyphen hosts the exercise named right after
                hosts = [s for s in clause if s.end == start - 1 and "State" in s.labels]
                return [Fact("HOSTED", host, ex) for host in _refs(hosts, ("State",)) for ex in _refs(named, ("Exercise",))]
            if any(CLAUSE_JOIN.search(text, s.end, start) for s in self._sentence_exercises(text, start) if s.end <= start):
                return []  # "Malabar ..., while the army sends troops to Russian-hosted manoeuvres": other drills
        exercises = [s for s in clause if "Exercise" in s.labels]
        if not exercises and frame.type == "PARTICIPATED_IN" and _body_taken_part_in(text, end, clause):
            return []  # "takes part in NATO's Partnership for Peace and has hosted Platinum Wolf": a programme, not the later exercise
        exercises = exercises or self._sentence_exercises(text, start)
        # "took part in Sea Breeze, and Greece hosted Medusa with Egypt taking part": an exercise
        # before a new clause joined on with ", and" is that clause's, where another is left
        behind = [s for s in exercises if s.end <= start and CLAUSE_JOIN.search(text, s.end, start)]
        if behind and len(behind) < len(exercises):
            exercises = [s for s in exercises if s not in behind]
        # "exercised with the Indian Navy during Konkan Shakti, and in July the Royal Navy joined Talisman
        # Sabre": an exercise named after a clause joined on is that clause's, where one is left for this
        # (not a gapped clause with the verb left out: "hosted by Russia at Chebarkul, and Peace Mission-2014 by China")
        ahead = [s for s in exercises if s.start >= end and (join := CLAUSE_JOIN.search(text, end, s.start)) and CLAUSE_OWN_VERB.search(text, join.end(), s.start)]
        if ahead and len(ahead) < len(exercises):
            exercises = [s for s in exercises if s not in ahead]
        elif behind and OTHER_DRILLS.match(text, end):
            return []  # "..., while the Indian Army sends troops to Russian-hosted manoeuvres": other drills than the first clause's
        if frame.type == "HOSTED" and frame.form == "active":
            # "took part in RIMPAC-2022 and hosted UNITAS-2023": with an exercise of its own right after the
            # verb, the exercises before the "and" are the first predicate's, not hosted
            # ("hosted Tsentr-2019 events on its territory": the verb before the place trigger)
            verb = HOST_VERB_BEFORE.search(text, max(0, start - 80), start) if OWN_GROUND_TRIGGER.fullmatch(text, start, end) else None
            verb_start, verb_end = (verb.start(), verb.start() + len(verb.group().split()[0])) if verb else (start, end)
            own = [s for s in exercises if s.start >= verb_end and OWN_OBJECT_GAP.fullmatch(text, verb_end, s.start)]
            earlier = [s for s in exercises if s.end <= verb_start]
            if own and earlier and SECOND_PREDICATE_GAP.fullmatch(text, earlier[-1].end, verb_start):
                exercises = [s for s in exercises if s not in earlier]
        if frame.type == "PARTICIPATED_IN":
            # "..., joined on two sorties by Japan, and Thai marines took part in Cobra Gold": an exercise
            # after a clause joined on with its own verb of taking part is that clause's alone
            joined_on = [s for s in exercises if self._joined_clause_exercise(text, end, s)]
            if joined_on and len(joined_on) == len(exercises):
                return []
            exercises = [s for s in exercises if s not in joined_on]
        # "sailed with the Chinese group for two days before Joint Sea-2021": an exercise named after the deed only dates it
        timed = [s for s in exercises if s.start > end and s.kind != "reference" and TIMED_BY.search(text, max(0, s.start - 20), s.start)]
        if timed:
            exercises = [s for s in exercises if s not in timed]
            if not exercises:
                return []
        if exercises and THIS_TIME.search(text, max(0, start - 60), start) and all(EARLIER_EDITION_AFTER.match(text, s.end) for s in exercises):
            exercises = context.exercise()  # "Vostok-2018, the previous edition, ..., and this time Beijing sent ...": the current one
        strong = STRONG_PARTICIPATION.match(text[start:end]) or PART_RUN.match(text, start) or ROSTER_PARTICIPATION.match(text[start:end])
        # ("Pakistani and Indian aircraft fought over Kashmir": fighting with no exercise named is combat, not a drill)
        if not exercises and strong and not context.patrol_named and not _joined_organization(text[start:end], context) and not FOUGHT.match(text, start) \
                and not INDEFINITE_EVENT_AFTER.match(text, end) and not INDEFINITE_EVENT_LATER.match(text, end) \
                and not OTHER_EVENT_DESTINATION.match(text, start):
            # not in a paragraph on a patrol: "Moscow sent a frigate" joined the patrol; nor "took part in a joint
            # patrol", "in a search-and-rescue drill": an event the article brings in anew, not the exercise before
            exercises = context.exercise()
        if not exercises and THAT_ONE_AFTER.match(text, end) and RAN_IT.match(text, start):
            exercises = context.exercise()  # "Think back to Zapad-2021. Belarus and Russia ran that one together."
        if not exercises and JOINT_DRILL.match(text, start):  # "4. Northern/Interaction-2023. In July, ... exercised together"
            exercises = [Slot(0, 0, refs, "reference")] if (refs := context.last(("Exercise",))) else []
        held_it = not exercises and IT_AFTER.match(text, end) and SITED.match(text, start)
        if held_it:
            exercises = context.exercise_subject()  # "Kenya and Tanzania have held it since 2011"
        if not exercises and frame.type == "HOSTED" and frame.form == "passive" and IT_HELD.fullmatch(text, 0, start):
            exercises = context.exercise_subject()  # "Malabar 2024 opened on Monday. It was hosted by India.": the exercise just named
        it_held = not exercises and frame.type == "PARTICIPATED_IN" and IT_HELD.fullmatch(text, 0, start) and SITED.match(text, start)
        if it_held:  # "Cobra Gold opened on Tuesday. It is held in Thailand.": the exercise just named, and only where
            exercises = context.exercise_subject()
        if not exercises and frame.type == "PARTICIPATED_IN" and SITED.match(text, start) and ENTRY_DESCRIPTION.fullmatch(text, 0, start):
            exercises = context.exercise_subject()  # "BALIKATAN. Annual US-Philippine exercise, est. 1991, held in the Philippines."
        phase_held = not exercises and frame.type == "PARTICIPATED_IN" and (
            PHASE_HELD.fullmatch(text, 0, start) or PHASE_HELD_AFTER_SEMICOLON.fullmatch(text, max(0, text.rfind(";", 0, start)), start)) and SITED.match(text, start)
        phase_held = phase_held or (not exercises and frame.type == "PARTICIPATED_IN" and bool(ACTIVITIES_HELD.fullmatch(text, 0, start)) and bool(SITED.match(text, start)))
        if phase_held:  # "Malabar 2024 opened on 8 October. The sea phase was held in the Bay of Bengal.": where the exercise went on
            exercises, it_held = context.exercise(), True
        # "the exercise areas in Peter the Great Bay"; "attended Zapad-2017 in Belarus" (perhaps only to watch)
        sited_only = it_held or AREA.match(text, start) is not None or ATTENDED.match(text, start) is not None
        if ALTERNATED.match(text, start):  # "has alternated between India and the United States": held in each
            hosts_in_turn = _first_group(text, [s for s in clause if s.start >= end and "State" in s.labels and s.kind != "demonym"])
            return [Fact("HELD_IN", ex, state) for ex in _refs(exercises, ("Exercise",)) for state in _refs(hosts_in_turn, ("State",))]
        if frame.type == "PARTICIPATED_IN" and SENT_TO_SHADOW.match(text, end):
            return []  # "the US Navy sent four destroyers to keep watch", "dispatched a frigate to shadow them": watchers, not crews
        # "A further activity followed in the same waters; a Royal Australian Navy frigate took part": in the patrol
        if not exercises and context.patrol_places and SENDING.match(text, start):
            if WATCH_PURPOSE.search(text, end):
                return []  # "Japan sent two jets over the Sea of Japan to shadow them": watchers of the patrol, not its crews
            return self._sent_on_patrol(text, start, clause, context)
        if not exercises and context.patrol_places and context.patrol_named and TOOK_PART.fullmatch(text, start, end) and (BARE_END.match(text, end) or IN_THE_PATROL.match(text, end)):
            # "A further activity followed in the same waters; a Royal Australian Navy frigate took part.": a named
            # force or state in the patrol just described (not a nationality's ships, nor "joined" something else)
            return [fact for fact in self._sent_on_patrol(text, start, clause, context)
                    if not any(s.kind == "demonym" and fact.source in s.refs for s in clause)]
        crew = self._crew_named_after(text, start, end, clause) if not exercises and (context.patrol_places and context.patrol_named or context.drill_places) else []
        if crew:
            # "A joint air patrol crossed the East China Sea. The participants were China and Iran.", "Live-fire
            # drills were held in the Gulf of Oman. Iran and Pakistan took part.": the crews of the deed told before
            kind, waters = ("PATROLLED", context.patrol_places) if context.patrol_places else ("DRILLED_IN", context.drill_places)
            return [Fact(kind, actor, place) for actor in _refs(crew, ("State", "ArmedForce")) for place in waters]
        if TIME_CLAUSE_IT.search(text, max(0, start - 30), start):
            return []  # "pulled out of Kavkaz-2020 days before it began": when the exercise began, not who took part
        if not exercises or OBSERVER.search(text, start, end) or SENT_TO_WATCH.match(text, end):
            return []  # "... and South Africa sent observers to the exercise", "sent two officers to watch": watching is not taking part
        if frame.type == "PARTICIPATED_IN" and text[start:end].lower().endswith(" from") and DENIED_AFTER_UNITS_FROM.match(text, end):
            return []  # "Troops from Serbia did not take part": the units' own predicate denies it
        # "Northern/Interaction-2024, held as part of the larger Okean-2024 manoeuvres, ...": the parties and
        # waters are the named part's; the whole it belongs to only frames it
        exercises = _without_enclosing_exercise(text, exercises, start, self._sentence_slots)
        closing = self._relative_closing_around(start)
        if closing is not None and not RELATIVE_EXERCISE_WORD.search(text, end, closing):
            # "Japan, which hosts US bases, drilled in Malabar": the main clause's exercise, not the relative's
            # (but "Kazakhstan, which hosted the exercise, sent troops to Peace Mission-2010": the one named after)
            main_clause = {ref.name for s in self._sentence_slots if s.start >= closing and "Exercise" in s.labels for ref in s.refs}
            exercises = [s for s in exercises if s.start < closing and not (s.kind == "reference" and {ref.name for ref in s.refs} <= main_clause)]
            if not exercises:
                return []
        left, right = _sides(text, clause, start, end)
        if frame.type == "HOSTED" and right and right[0].labels & {"Organization", "Initiative"} and right[0].start - end <= 6 \
                and not (ORGANIZATION_OWNS.match(text, right[0].end) and any(s.start > right[0].end for s in exercises)):
            # "leads the International Maritime Security Construct": not an exercise it hosts
            # (but "hosts the FPDA's main annual exercise, Bersama Shield": the body's exercise, named after)
            return []
        actors = [s for s in clause if s.labels & {"State", "ArmedForce"} and s.role != "loc"]
        if frame.type == "PARTICIPATED_IN":
            # "Russia and China patrolled ..., and India took part in Malabar": a clause joined on
            # with its own subject right before the trigger takes part alone
            joins = [m for m in CLAUSE_JOIN.finditer(text, 0, start)]
            subject = next((s for s in self._sentence_slots if joins and s.start >= joins[-1].end()), None)
            if subject and subject.end <= start and JOINED_SUBJECT_GAP.fullmatch(text, joins[-1].end(), subject.start) and OWN_PREDICATE.fullmatch(text, subject.end, start):
                actors = [s for s in actors if s.start >= joins[-1].end()]
            elif subject and subject.end <= start and JOINED_SUBJECT_GAP.fullmatch(text, joins[-1].end(), subject.start):
                # "The United States led it, and Germany and Poland were among the 17 nations that took part": the joined list only
                group = _first_group(text, [s for s in self._sentence_slots if s.start >= subject.start and s.end <= start and s.labels & {"State", "ArmedForce"}])
                if group and AMONG_PARTICIPANTS.fullmatch(text, group[-1].end, start):
                    actors = [s for s in actors if s.start >= joins[-1].end()]
            elif subject and subject.end <= start and SENT_FROM_GAP.fullmatch(text, joins[-1].end(), subject.start):
                # "..., and troops from Japan, India and some twenty other countries took part": the joined clause's own subject
                group = _first_group(text, [s for s in self._sentence_slots if s.start >= subject.start and s.end <= start and s.labels & {"State", "ArmedForce"}])
                if group and OTHERS_THEN_PREDICATE.fullmatch(text, group[-1].end, start):
                    actors = [s for s in actors if s.start >= joins[-1].end()]
        exercise_which = _exercise_as_subject(text, start, self._sentence_slots)
        if exercise_which:
            # "Balikatan 2024, which ... and which sent ships beyond Philippine waters": the exercise did;
            # a nationality of the crafts it holds took part ("which includes Indian Su-30s")
            crafts = {s.start for s in self._sentence_slots if "WeaponSystem" in s.labels}
            actors = [s for s in actors if s.start >= end and (s.kind != "demonym" or s.end + 1 in crafts)]
        aside = self._members_aside(text) if "which" in text else None
        if aside and aside[0] <= start < aside[1]:
            return []  # "the CSTO, in which Russia and Belarus participate, held ...": membership, not a drill
        if aside:  # ... and the organization, not its members, is who held it
            actors = [s for s in actors if not aside[0] <= s.start < aside[1]]
        actors = [
            s for s in actors
            if not _located(text, s) and not _territory(text, s) and not _owner_of_force(text, s, clause) and not _namer(text, s) and not (held_it and s.start > end)
            and not _name_in_quotes(text, s)  # 'a TV crawl listed "China" among the participants': a word quoted, not a party
            and not (s.kind == "demonym" and NOT_THE_STATE.match(text, s.end))  # "a Russian TV crawl listed ...": its media, not the state
            and not HOST_ADJECTIVE.match(text, s.end)  # "sent a frigate to the US-hosted RIMPAC": the host, not said to take part
            and not _exercise_owner(text, s, clause)  # "sent a frigate to India's MILAN": whose it is, not said to take part
            and not AS_HOST_AFTER.match(text, s.end)  # "held Bongosagar with the Indian Navy, with Bangladesh as host"
        ]
        actors = [s for s in actors if not (s.start > end and (_source(text, s) or _cited_in_brackets(text, s)))]
        # "The Indonesian Navy said 38 countries had sent ships": the speaker, not one of those it speaks of
        speakers = [s for s in actors if s.end <= start and REPORTED_CLAUSE.search(text, s.end, start)]
        actors = [s for s in actors if s not in speakers]
        glossed = _subject_before_gloss(text, self._sentence_slots, start, ("State", "ArmedForce")) if "," in text[max(0, start - 80):start] else None
        if glossed and frame.type == "PARTICIPATED_IN":
            # "Japan and Australia, long-standing partners of China, joined ...": the subject, not the gloss's names
            actors = glossed[0] + [s for s in actors if not s.end <= start]
        # "..., a move Moscow criticised": who judged the deed, not one more party to it
        actors = [s for s in actors if not (s.start > end and OPPOSED_MOVE_BEFORE.search(text, max(0, s.start - 40), s.start))]
        # "took part in Sea Breeze, and Greece hosted Medusa": the subject of a clause joined on is not this one's
        actors = [s for s in actors if not (s.start > end and s.role == "other" and CLAUSE_JOIN.search(text, end, s.start))]
        # "..., which drew criticism from the United States", "out of regard for Japan's sensitivities": a
        # bystander's reaction to the drill, no part in it
        actors = [s for s in actors if not _reacting_bystander(text, s)]
        if frame.type == "PARTICIPATED_IN":
            # "Mongolia hosted Khaan Quest, with ... among 20-odd participants", "took part in RIMPAC, which the
            # United States hosts", "the Philippines and the United States hosted it, and Japan took part": hosts only
            hosting = {id(s) for group in _groups(text, actors) if HOST_VERB_AFTER.match(text, group[-1].end) and not HOSTED_AND.match(text, group[-1].end) for s in group}
            actors = [s for s in actors if id(s) not in hosting]
        hosts_by = {
            id(s) for group in _groups(text, actors)
            if HOSTED_BY.search(text, max(0, group[0].start - 20), group[0].start) or len(group) == 1 and STAGED_BY.search(text, max(0, group[0].start - 20), group[0].start)
            for s in _hosts_only(text, group, start)
        }
        actors = [
            s for s in actors
            if not _observer(text, s)
            and id(s) not in hosts_by  # "co-hosted by Thailand and the United States": hosts, not said to take part
        ]
        places = [
            s for s in clause
            if s.labels & {"Region", "State"} and (s.kind != "demonym" or HOME_WATERS.match(text, s.end))
            and (s.role in ("loc", "on", "possessor") or _territory(text, s) or _after_province(text, s, clause) or _after_town(text, s))
            and not _owner_of_force(text, s, clause)  # "troops of China's People's Liberation Army"
            # "the US-led CARAT series", "India's MILAN gathering": who leads or owns it, not where it is
            and not HOST_ADJECTIVE.match(text, s.end) and not _exercise_owner(text, s, clause)
        ]
        actors = [s for s in actors if not _after_province(text, s, clause)]
        listed_territory = _territory_listed(text, places, clause)  # "in the north of Norway, Sweden and Finland"
        places += [s for s in listed_territory if s not in places]
        actors = [s for s in actors if s not in listed_territory]
        places = [s for s in places if not PLACE_AS_MODIFIER.match(text, s.end)]  # "disinvited over the South China Sea island-building"
        # "has grown into India's biggest naval gathering": whose event it is, not where; "led it through its naval
        # forces in Europe and Africa": where the forces are based, not where the exercise went on
        places = [s for s in places if not OWNED_EVENT_AFTER.match(text, s.end)]
        based = [s for group in _groups(text, places) if STATIONED_BEFORE.search(text, max(0, group[0].start - 50), group[0].start) for s in group]
        places = [s for s in places if s not in based]
        # "in the Sea of Japan, near Peter the Great Bay": beside the place, not in it ("in the waters off" a bay is in it)
        places = [s for s in places if not BESIDE_BEFORE.search(text, max(0, s.start - 40), s.start)]
        # "..., to unease in Stockholm": where the drill was felt, not where it was held
        felt = [s for group in _groups(text, places) if REACTION_IN.search(text, max(0, group[0].start - 50), group[0].start) for s in group]
        places = [s for s in places if s not in felt]
        # "wrapped up Joint Sea-2024 and went into their joint patrol, through the South China Sea": the patrol's waters
        patrol_after = PATROL_WORD.search(text, max([s.end for s in exercises] + [end]))
        if patrol_after:
            places = [s for s in places if s.start < patrol_after.start()]
        aside_time = _time_aside(text, start, end)
        if aside_time:  # "two months after a tribunal ruled against China's claims in a case brought by the Philippines"
            actors = [s for s in actors if not aside_time[0] <= s.start < aside_time[1]]
            places = [s for s in places if not aside_time[0] <= s.start < aside_time[1]]
        # "took part in Sea Breeze, and Greece hosted ...": a place in a clause joined on is that clause's,
        # unless it names an exercise of its own ("..., and Peace Mission-2014 by China in Inner Mongolia")
        join = CLAUSE_JOIN.search(text, end)
        if join and not any(s.start >= join.end() for s in exercises):
            places = [s for s in places if s.start < join.start()]
        # "was held in Meghalaya in 2024 and is planned for Ulaanbaatar in 2025": the next edition's place, no party to this one
        planned = JOINED_PLAN.search(text, end)
        if planned:
            actors = [s for s in actors if s.start < planned.start()]
            places = [s for s in places if s.start < planned.start()]
        if CAPTION_TRIGGER.match(text, start):  # "Soldiers of A and B during Khaan Quest": only crews seen there
            if not right or "Exercise" not in right[0].labels:
                return []
            if SHADOWING.search(text, 0, start):
                # "Sailors watch a helicopter land during Malabar 2024 in the Bay of Bengal": no one seen
                # takes part, but the place written onto the exercise is still where it was held
                return _caption_exercise_place(text, right[0], self._sentence_slots)
            actors = _crews_seen(text, [s for s in actors if s.end <= start], self._sentence_slots)
            if not actors:
                # "At the end of the Joint Sea-2021 drills, ...": a time, not a caption
                return _caption_exercise_place(text, right[0], self._sentence_slots)
        absolute = _nearest_group(text, [s for s in actors if s.end <= start], ("State", "ArmedForce")) if TAKING_PART.match(text[start:end]) else []
        if absolute and absolute[0].role == "with" and len(text[absolute[-1].end:start]) <= 24:
            # "hosted Bright Star with Greece and India taking part (alongside the Egyptian Army)": those taking part
            actors = absolute + [s for s in actors if s.start >= end and re.fullmatch(r"\s+alongside\s+(?:the\s+)?", text[end:s.start])]
        if text[start:end].lower().endswith(" from") or BROUGHT.fullmatch(text, start, end):  # "hosted troops from Russia and Serbia": those after "from"
            actors = [s for s in actors if s.start >= end] or actors
            origin = _first_group(text, [s for s in places if s.start >= end]) if text[start:end].lower().endswith(" from") else []
            if origin and ORIGIN_GAP.fullmatch(text, end, origin[0].start):
                # "air forces from across the Indo-Pacific and Europe": where the forces come from, not where it was held
                places = [s for s in places if s not in origin]
            # "brought troops from 13 countries to northern Norway, Sweden and Finland": where they went
            destination = [s for s in _first_group(text, [s for s in actors if s.role == "to"]) if "State" in s.labels]
            actors = [s for s in actors if s not in destination]
            places += [s for s in destination if s not in places]
        if frame.type == "PARTICIPATED_IN" and re.search(r"\sto$", text[start:end]):
            # "deployed to Australia for Pitch Black 2024": the state the crews went to is where
            # the exercise was held, not one more participant
            after = _first_group(text, [s for s in actors if s.start >= end])
            if after and re.fullmatch(r"\s+(?:the\s+)?", text[end:after[0].start]) and TRAVELLED_FOR.match(text, after[-1].end):
                destination = [s for s in after if "State" in s.labels]
                actors = [s for s in actors if s not in destination]
                places += [s for s in destination if s not in places]
        if frame.type == "PARTICIPATED_IN" and re.search(r"\bto\s+$", text[:start]):
            # "dispatched two frigates to Oman to take part in ...": the state sent to, not a participant
            destination = [s for s in actors if "State" in s.labels and s.end < start and re.fullmatch(r"\s+to\s+", text[s.end:start])
                           and re.search(r"\bto\s+(?:the\s+)?$", text[:s.start])]
            actors = [s for s in actors if s not in destination]
            places += [s for s in destination if s not in places]
        value_end = _field_end(text, end)
        listing = PARTICIPANT_NOUN.match(text[start:end])
        colon = re.match(r"[^.:;]{0,24}?(?::|\.{2,})|[ \t]{2,}(?=\S)", text[end:end + 28]) if listing else None
        if colon and LOCAL.search(colon.group(0)):
            return []  # "Foreign contingents were not invited: ..."
        if colon and (re.match(r"participa", text[start:end], re.IGNORECASE) or colon.end() > 3):
            # a whole "Participants:" list, "Foreign contingents march past: A, B and C"
            actors = [s for s in self._sentence_slots if end + colon.end() <= s.start and s.end <= value_end and s.labels & {"State", "ArmedForce"}]
        actors = self._outside_glosses(actors, start)
        places = self._outside_glosses(places, start)
        held = [
            Fact("HELD_IN", ex, place) for ex_slot, place_slot in _each_to_its_exercise(text, exercises, places)
            for ex in _refs([ex_slot], ("Exercise",)) for place in _refs([place_slot], ("Region", "State"))
        ]
        if SPREAD_INTO.fullmatch(text, start, end):
            return held  # "Nordic Response, which stretched into Sweden and Finland": where it reached, no one's part in it
        if frame.type == "HOSTED" and frame.form == "active" and PART_RUN.match(text, start):
            # "The Ukrainian Navy and the US Sixth Fleet jointly led the maritime component": a share in it, not hosting
            runners = _nearest_group(text, [s for s in actors if s.end <= start], ("State", "ArmedForce"))
            return held + [Fact("PARTICIPATED_IN", actor, ex) for actor in _refs(runners, ("State", "ArmedForce")) for ex in _refs(exercises, ("Exercise",))]
        if frame.type == "HOSTED":
            # "Pitch Black, which the Royal Australian Air Force hosted": a force hosts for its state
            # "organised by the Russian Navy": a force hosts for its state where no state is named
            if frame.form == "active" and any(s.start >= end for s in exercises):
                # "took part in CARAT with the United States and hosted the Sea Thunder drills in the Bay of Bengal":
                # the verb's own object is what it hosted and where, not an exercise of the verb before it
                exercises = [s for s in exercises if s.start >= end]
                held = [fact for fact in held if any(ref.name == fact.source.name for s in exercises for ref in s.refs)]
            hosts = (_role(right, ("State",), ("by",)) or _first_group(text, _role(right, ("ArmedForce",), ("by",)))) if frame.form == "passive" else _nearest_group(text, left, ("State", "ArmedForce")) or _antecedent(before, ("State", "ArmedForce"))
            if frame.form == "active" and hosts and hosts[0].role == "with" and COORDINATED_HOSTING.fullmatch(text, hosts[-1].end, start):
                # "took part in CARAT with the United States and hosted the Sea Thunder drills": the subject of
                # the first verb, not the companion named after "with" right before the coordinated "hosted"
                hosts = [s for s in left if s.labels & {"State", "ArmedForce"} and s.role not in ("with", "from", "by", "to", "for", "loc")][:1]
            labelled = _labelled_hosts(text, end, right)
            if labelled:  # "Kakadu 2024: host Australia; 30 nations": the state the label names hosts, it is no guest
                return held + [Fact("HOSTED", host, ex) for host in _refs(labelled, ("State",)) for ex in _refs(exercises, ("Exercise",))]
            if not hosts and frame.form == "active":  # "Since 2017 it has hosted Bright Star": the state "it" stands for
                hosts = _fronted_pronoun_subject(text, start, context, ("State",))
                if not hosts and PRONOUN_BEFORE_VERB.fullmatch(text, 0, start):  # "It hosted Mosi-2023": opening the sentence too
                    hosts = context.subject(("State",), text, [])
            partners = _role(right, ("State",), ("with",)) if frame.form == "active" else []
            # "co-hosted Balikatan with the United States", "hosts Bright Star with the United States": both host;
            # "hosted a naval exercise with Tanzania": the partners of the drill take part (below)
            # "..., with Japan and Australia sending contingents": guests, even after "co-host"
            cohosts = [s for group in _groups(text, partners) if not _guest_group_end(text, group[-1].end) for s in group] if text[start:start + 3].lower() == "co-" else [
                s for group in _groups(text, partners) if not DRILL_WITH.search(text, end, group[0].start) and not _guest_group_end(text, group[-1].end)
                and not UNITS_FROM.search(text, end, group[0].start) and not ORDINAL_GLOSS_WITH.search(text, end, group[0].start)
                for s in group if s.kind != "demonym"
            ]
            hosts = [s for s in hosts + cohosts if not (aside_time and aside_time[0] <= s.start < aside_time[1])]
            hosting = [
                (host, ex) for ex_slot, host_slot in _each_to_its_exercise(text, exercises, hosts)
                for host in _host_states([host_slot], context) for ex in _refs([ex_slot], ("Exercise",))
            ]
            # "hosted Kavkaz-2020 in its south": on the host's own ground; "each staged a contest on their own territory": the trigger says so
            if frame.form == "active" and (HOST_GROUND.match(text, end) or OWN_GROUND_TRIGGER.fullmatch(text, start, end)):
                held += [Fact("HELD_IN", ex, host) for host, ex in hosting if Fact("HELD_IN", ex, host) not in held]
            guests = _guests(text, end, right) if frame.form == "active" else []
            if frame.form == "active":  # "hosted a naval exercise with Tanzania and Uganda": its partners take part
                guests = guests + [s for s in _role(right, ("State", "ArmedForce"), ("with",)) if s not in guests and s not in cohosts and not _namer(text, s)]
                guests = guests + [s for s in _sent_from(text, end, right) if s not in guests]
            # "the drills Australia co-hosts and which this year will involve 30,000 troops, with Japan sending
            # contingents": guests of an edition to come, whatever the host's verb says
            guests = [s for s in guests if not FUTURE_BEFORE_WITH.search(text, max(end, s.start - 200), s.start)]
            # "Russia hosted Vostok-2018" names no part the host took in the field: only hosting
            return held + [Fact("HOSTED", host, ex) for host, ex in hosting] + [
                Fact("PARTICIPATED_IN", guest, ex) for guest in _refs(guests, ("State", "ArmedForce")) for ex in _refs(exercises, ("Exercise",))
            ]
        if sited_only:
            # "It was staged jointly by Russia and Belarus in ...": where, and by whom; "It was staged in the Baltic Sea,
            # with ships from Egypt": and who sent ships to it
            sent = [Fact("PARTICIPATED_IN", guest, ex) for guest in _refs(_sent_from(text, end, right), ("State", "ArmedForce")) for ex in _refs(exercises, ("Exercise",))] if it_held else []
            return held + sent + (_staged_by(text, end, right, exercises) if re.match(r"held|staged|organi[sz]ed", text[start:end], re.IGNORECASE) else [])
        if actors and all(s.start >= end and s.role == "with" for s in actors) and not any(s.end <= start for s in clause):
            # "It also sails with India and Brazil in IBSAMAR": the pronoun's state sails too
            actors = _pronoun_subject(text, start, [], context, ("State", "ArmedForce")) + actors
        elif frame.family == "participation" and actors and all(s.end <= start and s.role == "with" for s in actors) and FRONTED_PARTNERS.match(text) and PRONOUN_BEFORE_VERB.search(text, max(0, start - 24), start):
            # "With India and Brazil it has held IBSAMAR since 2008": the fronted partners and the state "it" stands for
            actors = _fronted_pronoun_subject(text, start, context, ("State", "ArmedForce")) + actors
        if not actors and speakers:
            return held  # "The navy, which hosted the drills, said 38 countries had sent ships": no sender named
        if not actors and text[start:end].lower().endswith(" from") and COUNTED_STATES.match(text, end):
            return held  # "4,400 personnel from 20 nations": a count that names no state, not the subject "it" stands for
        if not actors and exercise_which:
            return held  # "Norway hosted Cold Response 2022, which was held in Norway": the "which" is the exercise, not its host
        if frame.type == "PARTICIPATED_IN" and actors and before and not aside and all(s.start >= end and s.role == "with" for s in actors):
            # "Greece, which operates French frigates, joined Sea Breeze with Ukraine": the relative's antecedent
            # is the subject, beside the companions named after the verb
            actors = _antecedent(before, ("State", "ArmedForce")) + actors
        if not actors and not aside:  # "Kazakhstan, which hosted the exercise, sent 500 troops": the relative clause's antecedent
            # ("Russia and China, which signed a pact in 2001, joined ...": the whole group the plural relative follows)
            actors = _antecedent_group(text, before, ("State", "ArmedForce")) or context.subject(("State", "ArmedForce"), text, [])
            if actors and actors[-1].end <= start and REPORTED_CLAUSE.search(text, actors[-1].end, start):
                return held  # "The navy, which hosted the drills, said 38 countries took part": the speaker, no participant
            # "In 2023 they held Varuna": "they" right before the verb, past a fronted date
            actors = actors or _fronted_pronoun_subject(text, start, context, ("State", "ArmedForce"))
        if frame.type == "PARTICIPATED_IN":
            # "Zapad-2021, staged jointly by Russia and Belarus, was held in ...": the hosts the participle names, not participants
            hosts_named = [s for group in _groups(text, [s for s in actors if s.end <= start]) if HOST_AGENT_BEFORE.search(text, max(0, group[0].start - 40), group[0].start) for s in group]
            actors = [s for s in actors if s not in hosts_named]
        context.remember_subject(actors)
        staging = _stagers(text, start, end, [s for s in left if not (aside_time and aside_time[0] <= s.start < aside_time[1])], right, exercises, context) if STAGED.match(text, start) else []
        if len({fact.source for fact in staging}) > 1 and HELD_BY.match(text, end):
            # "staged jointly by Russia and Belarus": co-hosts, as the participle before a main verb names them (above)
            actors = [s for s in actors if not (s.start >= end and s.role == "by")]
        facts = held + [
            Fact("PARTICIPATED_IN", actor, ex)
            for actor in _refs(actors, ("State", "ArmedForce"))
            for ex in _refs(exercises, ("Exercise",))
        ]
        facts += [fact for fact in staging if fact not in facts]
        if re.match(r"\b(?:held|staged|hosted|organi[sz]ed|ran)\b", text[start:end], re.IGNORECASE):
            # "Russia staged Vostok-2022", "Vostok-2022 was staged by Russia": one state alone holds it
            outside = [s for s in left if not (aside_time and aside_time[0] <= s.start < aside_time[1])]
            if HELD_BY.match(text, end):
                facts += _staged_by(text, end, right, exercises)
            else:
                host_slots = _nearest_group(text, outside, ("State",))
                hosts = _refs(host_slots, ("State",))
                if any(s.kind == "demonym" and "-" in (text[s.start - 1:s.start], text[s.end:s.end + 1]) for s in host_slots):
                    hosts = []  # "the first Sino-Russian exercise, held in Russia and China": a joint drill's pair, no one host
                if any(s.end <= start and re.fullmatch(r",\s*", text[s.end:start]) for s in exercises):
                    hosts = []  # "China sent troops to Vostok-2018, held in the Russian Far East": the exercise's own participle, no host named
                if EXERCISE_NOUN_BEFORE.search(text, max(0, start - 60), start):
                    hosts = []  # "sent a contingent to Eagle Partner, a peacekeeping exercise held in Armenia": the noun's participle
                if any(s.end <= start and EXERCISE_HEAD_GAP.fullmatch(text, s.end, start) for s in exercises):
                    hosts = []  # "were joined by Kyrgyz troops at the Interaction-2022 exercise held in Belarus": the noun's participle too
                # "Joint Sea-2022" says nothing of a joint drill; "jointly", "together", "with" in the words around it do
                if len(hosts) == 1 and not re.search(r"\bjoint(?:ly)?\b|\btogether\b|\bwith\b", _blanked(text, exercises), re.IGNORECASE):
                    facts += [Fact("HOSTED", hosts[0], ex) for ex in _refs(exercises, ("Exercise",))]
        return facts

    def _joined_clause_exercise(self, text: str, end: int, exercise: Slot) -> bool:
        """Whether ``exercise``, named after the trigger ending at ``end``, belongs to a clause
        joined on with ", and" that has its own verb of taking part ("..., joined twice by Japan,
        and Thai marines took part in Cobra Gold"), where the trigger's clause names a party or
        place of its own before the join (not "Russia sent troops, and China took part in ...")."""
        if exercise.start < end:
            return False
        joins = list(CLAUSE_JOIN.finditer(text, end, exercise.start))
        if not joins:
            return False
        own = any(s.labels & {"State", "ArmedForce", "Region"} and end <= s.start and s.end <= joins[-1].start() for s in self._sentence_slots)
        return own and JOINED_TAKING_PART.search(text, joins[-1].end(), exercise.start) is not None

    def _sentence_exercises(self, text: str, start: int) -> list[Slot]:
        """The exercises of the sentence for a trigger whose clause names none: the group
        named last before it ("Vostok-2018 was bilateral and Tsentr-2019 multinational;
        Pakistan sent a company" is Tsentr-2019), else every one the sentence names after it
        in the trigger's own clause."""
        named = [s for s in self._sentence_slots if "Exercise" in s.labels]
        earlier = [s for s in named if s.end <= start]
        if earlier:
            return _groups(text, earlier)[-1]
        # "In March the Indian Navy drilled with the French Navy ..., and in May 2023 the Royal Australian
        # Navy joined Malabar-2023": an exercise beyond a clause break after the trigger is that clause's
        # ("Vietnam, which fought China in 1979, took part in Komodo": and beyond the relative clause it stands in)
        closing = self._relative_closing_around(start)
        return [s for s in named if (closing is None or s.start < closing) and not CLAUSE_BREAKS.search(text, start, s.start)]

    def _outside_glosses(self, slots: list[Slot], start: int) -> list[Slot]:
        """``slots`` without those named in a gloss on another name, unless the trigger at ``start``
        stands in that gloss too: "India and Vietnam, long-standing partners of Iran, took part"
        (not Iran), but "the Yellow Sea, where Russian ships patrolled" (the gloss's own deed)."""
        if not self._gloss_spans:
            return slots
        glosses = [(a, b) for a, b in self._gloss_spans if not a < start < b]
        slots = [s for s in slots if not any(a < s.start < b for a, b in glosses)]
        # "in the Yellow Sea, where Japan holds fishing rights": a "where" clause has a subject of its own
        own = [(a, b) for a, b in self._gloss_spans if a < start < b and WHERE_GLOSS.match(self._text, a)]
        # (and the place "where" stands for: "the Taiwan Strait, where the PLA staged drills")
        return [s for s in slots if all(a < s.start < b or s.end <= a and SUBJECT_TAIL.fullmatch(self._text, s.end, a) for a, b in own)]

    def _relative_closing_around(self, start: int) -> int | None:
        """The comma closing the relative clause set off after the subject that ``start`` stands in, if any."""
        return min((close for begin, close in self._relative_spans if begin < start < close), default=None)

    def _members_aside(self, text: str) -> tuple[int, int] | None:
        """Where a relative clause on an organization's members stands: "the CSTO, in which
        Russia and Belarus participate, held ..." (its members, not the deed's doers)."""
        for relative in ORGANIZATION_RELATIVE.finditer(text):
            if any("Organization" in s.labels and re.fullmatch(r",\s*", text[s.end:relative.start()]) for s in self._sentence_slots):
                return relative.start(), relative.end()
        return None

    def _crew_named_after(self, text: str, start: int, end: int, clause: list[Slot]) -> list[Slot]:
        """The states or forces a sentence names as taking part in something it does not name:
        "Iran and Pakistan took part.", "The participants were China and Iran."."""
        parties = [s for s in clause if s.labels & {"State", "ArmedForce"} and s.role != "loc"]
        if TOOK_PART.fullmatch(text, start, end) and BARE_END.match(text, end):
            group = _nearest_group(text, [s for s in parties if s.end <= start], ("State", "ArmedForce"))
            return group if group and re.fullmatch(r"\s+(?:(?:also|both|all|each)\s+)?", text[group[-1].end:start]) and not text[:group[0].start].strip() else []
        if re.search(r"\b(?:came|arrived|sailed in|flew in) from$", text[start:end]) and re.fullmatch(r"\s*(?:The|the)?\s*", text[:start]):
            # "The aircraft came from China and Iran."
            group = _first_group(text, [s for s in parties if s.start >= end])
            return group if group and re.fullmatch(r"\s+(?:the\s+)?", text[end:group[0].start]) and BARE_END.match(text, group[-1].end) else []
        if PARTICIPANT_NOUN.match(text[start:end]) and PARTICIPANTS_WERE.match(text, end) and re.fullmatch(r"\s*(?:The|the)?\s*", text[:start]):
            group = _first_group(text, [s for s in parties if s.start >= end])
            return group if group and PARTICIPANTS_WERE.fullmatch(text, end, group[0].start) and BARE_END.match(text, group[-1].end) else []
        return []

    def _sent_on_patrol(self, text, start, clause, context) -> list[Fact]:
        """"Four navies held a joint patrol in the Celebes Sea. The Royal Navy sent HMS Spey": a
        state or force that sent ships to the patrol just described patrolled where it went."""
        senders = [s for s in clause if s.end <= start and s.labels & {"State", "ArmedForce"} and s.role != "loc"]
        senders = _nearest_group(text, senders, ("State", "ArmedForce"))
        return [Fact("PATROLLED", actor, place) for actor in _refs(senders, ("State", "ArmedForce")) for place in context.patrol_places]

    def _location(self, frame, text, start, end, clause, before, context) -> list[Fact]:
        if frame.type == "DRILLED_IN" and any("Exercise" in s.labels and not _apart(text, s) for s in clause) and not APART_DRILLS.search(text):
            return []
        if frame.type == "PATROLLED" and NOT_JOINT.search(text):
            return []  # "its own patrols ... are not joint operations, and no other state joins them"
        if frame.type == "PATROLLED" and NOT_A_PATROL.search(text):
            return []  # "passed through the Taiwan Strait; it was a transit, not a patrol"
        if frame.form == "joint" and PATROL_CRAFT.match(text, start):
            return []  # "two Tu-142 maritime patrol aircraft flew ...": the craft's kind, no patrol
        if frame.form == "journey" and re.match(r"took|takes|carried|brought", text[start:end], re.IGNORECASE) and any(
            "Exercise" in s.labels for s in self._sentence_slots if s.end <= start
        ):
            return []  # "Joint Sea-2017 brought Chinese warships into the Baltic Sea": where an exercise went, not a patrol
        if frame.form == "journey" and re.match(r"began|started|ended|finished", text[start:end], re.IGNORECASE) and "patrol" not in text.lower():
            return []  # "the patrol began in the Sea of Japan", not any exercise that began there
        _, right = _sides(text, clause, start, end)
        # "India's naval drills in the Baltic Sea": the drills' owner right before them drills (as when a critic names them)
        left = [s for s in clause if s.end <= start and not (
            POSSESSIVE_S_SPACE.match(text[s.end:s.end + 3]) and not _owns_crew(text, s, start)
            and not (frame.type == "DRILLED_IN" and DRILLER_BEFORE.fullmatch(text, s.end, start)))]
        actors = _crews(text, [s for s in left if not _owner_of_force(text, s, clause)])
        whose = WHOSE_CRAFT.search(text, max(0, start - 60), start) if frame.type == "PATROLLED" and not actors else None
        if whose:  # "provided by the RAAF and the French Navy, whose aircraft patrolled the Coral Sea": the owners of the crafts
            owners = [s for s in self._sentence_slots if s.end <= whose.start() and s.labels & {"State", "ArmedForce"}]
            actors = _groups(text, owners)[-1] if owners else []
        actors = _forces_behind_a_patrol_name(text, start, left, actors) if frame.type == "PATROLLED" else actors
        actors = [s for s in actors if not MEETING_AFTER.match(text, s.end)]
        glossed = _subject_before_gloss(text, self._sentence_slots, start, ("State", "ArmedForce")) if "," in text[max(0, start - 80):start] else None
        if glossed and all(s.start > glossed[1] for s in actors):
            # "Australia and Japan, long-standing partners of Vietnam, conducted drills": the subject, not the gloss's names
            actors = glossed[0]
        # "Iran noted the joint patrol by India and Australia": a patrol named with its own agents is theirs; the
        # subject before is theirs too only by a verb of doing it ("India conducted a joint patrol by sea and air" has none)
        agents = frame.type == "PATROLLED" and frame.form == "joint" and any(
            s.role == "by" and s.labels & {"State", "ArmedForce"} and AGENTS_GAP.fullmatch(text, end, s.start) for s in right)
        if agents and actors and not PATROL_DOER_BEFORE.search(text, actors[-1].end, start):
            actors = []
        if (frame.type == "DRILLED_IN" or frame.form == "joint") and (CRITIC_BEFORE.search(text, 0, start) or WATCHER_BEFORE.search(text, 0, start)):
            # "Japan and the Philippines condemn China's dangerous manoeuvres", "Japan protested the patrol": the critics do not drill or patrol
            actors = [s for s in clause if s.end <= start and DRILLER_BEFORE.fullmatch(text, s.end, start)]
            if not actors and frame.type == "PATROLLED" and not agents:
                return []  # the patrol criticised is one told of before, by whom it says there
        # "a Chinese-Russian flotilla sailed ...": two navies named as one crew travel together
        together = TOGETHER_WORDS.search(text[start:end + 12]) or len(actors) > 1 and JOINT_CREW.match(text, actors[-1].end, start)
        if frame.form == "journey" and not (context.memory.patrol_seen or together or re.search(r"patrol", text, re.IGNORECASE) or PATROL_BY_OTHER_NAME.search(text)):
            return []  # "flew over the Sea of Japan" is a patrol only in a text about patrols or when flown together
        if frame.form == "journey" and not actors and NAMED_SHIP_BEFORE.search(text, max(0, start - 60), start) and not TOGETHER_AFTER.match(text, end):
            return []  # "USS Benfold sails near the Paracel Islands": a ship of its own, not the crew of the last patrol (unless they sailed together)
        if frame.form == "journey" and TRANSIT_VERB.match(text, start) and not (together or PATROL_WORD.search(text) or _crew_told_before(actors)):
            return []  # "Canada and New Zealand have transited the Taiwan Strait": a passage of their own, even in a text about patrols
        if frame.form == "journey" and DRILLING_PURPOSE.match(text, end):
            return []  # "sailed with the Norwegian frigate for anti-submarine training": drills, not a patrol
        places = [s for s in right if "Region" in s.labels and s.role in ("loc", "of", "object", "to", "on", "from") and not TOWARD.search(text, 0, s.start)]
        if frame.form == "journey":  # "P-8I aircraft flew from the Andaman and Nicobar Islands": the base they left, not waters patrolled
            places = [s for s in places if not (s.role == "from" and any(LAND_BASE.search(ref.name) for ref in s.refs))]
        # "... for anti-submarine training before returning to the North Sea": where they went next, not where it was
        places = [s for s in places if not (destination := DESTINATION_BEFORE.search(text, max(0, s.start - 40), s.start)) or destination.start() < end]
        if frame.type == "DRILLED_IN":  # "drills held near the Kuril Islands": beside the place, not in it
            places = [s for s in places if not NEAR_BEFORE.search(text, max(0, s.start - 40), s.start)]
        if frame.type == "PATROLLED":  # "sailed close to the Aleutian Islands on a joint patrol": beside the place, not in it
            places = [s for s in places if not CLOSE_TO_BEFORE.search(text, max(0, s.start - 40), s.start)]
            places = [s for s in places if not SAILED_NEAR_BEFORE.search(text, max(0, s.start - 40), s.start)]
        # a place before the trigger ("In the Sea of Japan, Russian ships patrolled"), not one
        # of an earlier clause with its own actors ("Russia and China patrolled the Sea of Japan,
        # and Japan conducted its own patrol")
        if frame.type == "PATROLLED" and not places and PATROLLED_BY.match(text, start):
            # "The Sea of Japan was patrolled by Russia and China": the waters the passive's subject names
            places = [s for s in clause if "Region" in s.labels and s.end <= start and PASSIVE_AUX_GAP.fullmatch(text, s.end, start)]
        if not FORMED_GROUP.match(text, start):  # "Fresh from Joint Sea-2021 in the Sea of Japan, ... formed a single group": the drill's place
            places = places or [s for s in clause if "Region" in s.labels and s.start < start and s.role == "loc" and not NEXT_CLAUSE.search(text, s.end, start)]
        if frame.type == "DRILLED_IN" and not places:
            # "sent two corvettes to the Sea of Japan for live-fire drills": the place the drillers were sent to;
            # "moved to the Gulf of Oman, where the drills continued": the place the relative clause is about
            places = [s for s in clause if "Region" in s.labels and s.end <= start and (
                SENT_FOR_DRILLS.fullmatch(text, s.end, start) and SENDING_BEFORE.search(text, max(0, s.start - 60), s.start)
                or WHERE_THE_DRILLS.fullmatch(text, s.end, start))][-1:]
        route = ROUTE_RELATIVE.match(text, end) if frame.type == "PATROLLED" and frame.form == "joint" and not places else None
        if route:  # "a joint patrol, the third since 2021, which took them across the Pacific Ocean"
            places = [s for s in self._sentence_slots if s.start >= route.end() and "Region" in s.labels and not TOWARD.search(text, 0, s.start)]
        if frame.type == "PATROLLED":  # "a joint patrol near Alaska" patrols the sea off it, not the land
            places = [s for s in places if any(PATROLLED_WATERS.search(ref.name) for ref in s.refs)]
            places = [s for s in places if not self._exercise_place(text, start, s)]
        if frame.type == "PATROLLED" and (
            frame.form == "joint" and PATROL_AS_TIME.search(text, max(0, start - 40), start)
            or frame.form == "journey" and PATROL_BEGAN_AS_TIME.search(text, max(0, start - 50), start)
        ):
            # "conducted artillery firing in the Sea of Okhotsk before the patrol set out": the patrol dates the deed, it is not there
            places = [s for s in places if s.start > end]
        if frame.type == "DRILLED_IN" and DRILL_AS_TIME.search(text, max(0, start - 40), start):
            # "completed their first joint patrol in the Arctic Ocean, after a joint exercise in Vladivostok":
            # the drill dates the patrol; where it was is what follows it, not the patrol's waters
            places = [s for s in places if s.start > end]
        if frame.type == "PATROLLED" and not places and context.patrol_places and THE_PATROL.search(text, start, min(len(text), end + 40)):
            # "A joint patrol crossed the Sea of Japan. Aircraft from Russia flew the patrol.": the waters of the patrol told of
            places = [Slot(end, end, context.patrol_places, "reference")]
        if frame.form == "joining" and JOINED_THEM.match(text, end) and not PATROLLED_BEFORE_JOINED.search(text, 0, start):
            return []  # "... protested, and the United States joined them": "them" are the patrollers only in a sentence telling the patrol
        if frame.form == "joining":  # "... joined the arrangement": the patrol the paragraph described
            places = places or [Slot(end, end, context.patrol_places, "reference")] if context.patrol_places else []
            return [Fact(frame.type, actor, place) for actor in _refs(actors, ("State", "ArmedForce")) for place in _refs(places, ("Region",))]
        # "a joint patrol by Russian and Chinese warships"; after a verb of travel, "by" is
        # someone else's ("crossed the Bering Sea and were intercepted by US fighters")
        actors += [
            s for s in right if s.labels & {"State", "ArmedForce"} and s.role in (("with", "by") if frame.form == "joint" else ("with",))
            and not SHADOWING.search(text, max(0, s.start - 25), s.start)  # "..., shadowed by Japanese F-15s"
            and not (s.role == "with" and WATCHING_AFTER.match(text, s.end))  # "..., with Japan scrambling jets to monitor them"
            and not BORDER_WITH.search(text, max(0, s.start - 80), s.start)  # "near the borders with China and Mongolia": neighbours, not partners
            and not (s.role == "by" and PASSIVE_BY.search(text, max(0, s.start - 40), s.start)  # "was recorded by the US"
                     and not (frame.type == "PATROLLED" and PATROLLED_BY.fullmatch(text, start, s.start)))  # but "was patrolled by" names the crews
            and not (s.role == "by" and MET_BY.search(text, max(0, s.start - 40), s.start))  # "were met by Japanese F-15s": the interceptors
        ]
        actors += [s for s in _forces_of_the_patrol(text, frame, end, right) if s not in actors]
        if frame.form == "journey" and SENT_CRAFTS.match(text, start) and WATCH_PURPOSE.search(text, end):
            return []  # "Japan sent two jets over the Sea of Japan to shadow them": watchers, not crews
        if frame.form == "journey" and SENT_CRAFTS.match(text, start):
            # "Russia sent two Tu-95MS bombers and China two H-6K over ...": the second sender, its verb left out
            actors += [s for s in right if s.labels & {"State", "ArmedForce"} and GAPPED_SENDER.fullmatch(text, end, s.start) and s not in actors]
        if frame.form == "joint":  # "drills involving China and Iran", "the patrol ... took Russian and Chinese bombers over"
            actors += [s for s in _involved(text, end, right) if s not in actors]
        if frame.form == "journey" and not together and _solo_journey(text, actors, context):
            return []  # "Chinese H-6K bombers flew through the Bashi Channel": one state's own flight, even in a text about patrols
        if frame.type == "PATROLLED" and frame.form == "joint" and not actors and not places and CRAFTS_TOLD_BEFORE.fullmatch(text, 0, start):
            told = _patrol_told_before(context)
            if told:
                return told
        if not actors and frame.type == "DRILLED_IN":  # "India, which held drills in the Baltic Sea, ...": the relative's antecedent
            actors = _antecedent(before, ("State", "ArmedForce"))
        # ("In October they flew a joint patrol": the pronoun after a fronted date, as opening the sentence)
        actors = actors or context.subject(("State", "ArmedForce"), text, []) or _fronted_pronoun_subject(text, start, context, ("State", "ArmedForce"))
        if not actors and frame.type == "PATROLLED" and _crew_in_relative(text, end, self._sentence_slots):
            return []  # "a joint patrol in which the Russian Navy and the PLA Navy sailed ...": the relative clause says who
        actors = self._outside_glosses(actors, start)
        places = self._outside_glosses(places, start)
        refs = _refs(actors, ("State", "ArmedForce"))
        if frame.type == "DRILLED_IN" and not refs and THE_DRILLS_TOLD.search(text, max(0, start - 40), start):
            # "Iran and Pakistan held joint naval drills on 4 May. The drills took place in the Arabian Sea":
            # the drills told of before, by those who held them
            refs = context.drillers
        if frame.type == "DRILLED_IN" and actors and all(s.kind == "reference" and CREW_REFERENCE.search(text, s.start, s.end) for s in actors):
            # "the flotilla held anti-submarine drills": the whole combined crew told of before, not one force of it
            remembered = context.memory.crews.get(_patrol_domain(text)) or context.patrollers
            refs = _whole_crew(refs, context.subjects, context.memory.force_states) or _whole_crew(refs, remembered, context.memory.force_states) or refs
        if frame.type == "PATROLLED" and frame.form == "joint" and _solo_patrol(text, start, actors, refs, self._sentence_slots):
            return []  # "China's Southern Theater Command announced a combat readiness patrol": one force alone, no joint patrol
        if frame.type == "PATROLLED":
            refs = self._patrol_crew(text, frame, actors, refs, places, context)
        context.remember_subject(actors)
        shares = _distributed(text, right, places) if len(places) > 1 else []
        if shares:  # "with Thailand in the Andaman Sea, and with Bangladesh in the Bay of Bengal": each partner its own place
            partners = {ref for partner, _ in shares for ref in partner.refs}
            return [Fact(frame.type, actor, place) for actor in refs if actor not in partners for place in _refs(places, ("Region",))] + [
                Fact(frame.type, actor, place) for partner, slot in shares for actor in _refs([partner], ("State", "ArmedForce")) for place in _refs([slot], ("Region",))
            ]
        if frame.type == "DRILLED_IN" and refs:
            context.drillers = refs
        elif frame.type == "DRILLED_IN" and places:
            context.drill_places = tuple(_refs(places, ("Region",)))
        exercise = [ref for ref in context.previous_named if ref.label == "Exercise"][:1] if frame.type == "DRILLED_IN" else []
        if exercise and PAIR_OF_FORCES.search(text, 0, start) and not PATROL_WORD.search(text):
            # (not "... had also conducted artillery firing in the Sea of Okhotsk before the patrol set out": the patrol's time)
            # "... concluded Sea Guardian-2023. Ships of the two navies conducted drills in the East China Sea":
            # drills of the exercise just named, held where the drills were
            return [Fact("HELD_IN", exercise[0], place) for place in _refs(places, ("Region",))]
        return [Fact(frame.type, actor, place) for actor in refs for place in _refs(places, ("Region",))]

    def _exercise_place(self, text: str, start: int, place: Slot) -> bool:
        """Whether ``place`` is where an exercise named just before it was held, not the patrol's
        waters: "fresh from Joint Sea-2021 in the Sea of Japan, sailed together through ...",
        "the patrol followed Joint Sea-2021, a four-day exercise hosted by Russia in Peter the
        Great Bay" (the trigger stands outside the words from the exercise to the place)."""
        for exercise in self._sentence_slots:
            if "Exercise" in exercise.labels and exercise.end <= place.start and not exercise.end <= start < place.start:
                if EXERCISE_THEN_PLACE.fullmatch(text, exercise.end, place.start):
                    return True
        return False

    def _patrol_crew(self, text, frame, actors, refs, places, context) -> list[Ref]:
        """Who patrols when the sentence names no one or only "the flotilla": the patrol's
        participants as named before; remembered for the sentences that follow."""
        domain = _patrol_domain(text)  # an air patrol's crews are the last air patrol's, not the last naval one's
        remembered = context.memory.crews.get(domain) or context.patrollers
        if actors and all(s.kind == "reference" and CREW_REFERENCE.search(text, s.start, s.end) for s in actors):
            # "the flotilla": the whole crew, not one force of it; the paragraph's subjects first
            refs = _whole_crew(refs, context.subjects, context.memory.force_states) or _whole_crew(refs, remembered, context.memory.force_states) or refs
        refs = refs or list(context.senders) or list(remembered) or _crew_of_the_paragraph(frame, context) or [r for r in context.memory.heading_refs if r.label in ("State", "ArmedForce")]
        if refs and (places or frame.form == "joint"):  # "the Chinese side flies the H-6K" names no patrol
            context.memory.patrollers = refs
            context.remember_acting(refs)
            if domain:
                context.memory.crews[domain] = refs
        if places:
            context.patrol_places = tuple(_refs(places, ("Region",)))
        return refs

    def _veto(self, frame, text, start, end, clause, before, context) -> list[Fact]:
        if re.match(r"join|stood|stands|sided|sides", text[start:end], re.IGNORECASE):
            return self._joined_veto(text, start, end, clause, context)
        if (_no_veto_said_of(text, start, end) or FORUM["UN General Assembly"].search(text)) and NEGATIVE_VOTE_TRIGGER.match(text, start, end):
            return []  # "no veto was involved, although France was among those voting against"; the Assembly knows no veto
        tally = re.match(r"(?:\d+|one|two|three|four|five) against", text[start:end], re.IGNORECASE)  # "2 against (China, Russia)"
        if text[start:end].lower() == "against" and not VOTES_COUNTED.search(text):
            return []  # a bare "against" is a no only in a sentence that counts the votes: "thirteen for, ..., the United States against"
        # "Renewal of the Panel of Experts ... Blocked by Russia; China abstained.": a telegraphic vote on the
        # draft the sentence before told of, in a document that speaks of vetoes
        draft_before = context.draft_told and "veto" in context.memory.council_cues
        if frame.pattern.pattern and re.match(r"(?:blocked|blocks|blocking|vot\w+ (?:against|no)|killed|rais\w+ \w+ hands? (?:\w+ )?against)", text[start:end], re.I):
            if not re.search(r"\b(?:resolution|draft|text|measure|motion)\b", text, re.IGNORECASE) and context.memory.council is None and not draft_before:
                return []
        drafts_heading = bool(context.memory.headings) and re.search(r"\b(?:draft|resolution|veto)", context.memory.headings[-1], re.IGNORECASE)
        if not re.search(r"\bveto|resolution|draft|security council|unsc\b|negative votes?\b", text, re.IGNORECASE) and context.memory.council is None \
                and not (tally and drafts_heading) and not draft_before:
            return []  # in a document about the Council, "the text on Syria fell owing to the negative vote of Russia"
        if DOMESTIC_VETO.match(text, end) and context.memory.council is None and not COUNCIL_IN_VIEW.search(text):
            return []
        left, right = _sides(text, clause, start, end)
        new_clause = None
        # "Russia's vetoes: 2011 (Syria), 2014 (Ukraine)": a roll of the drafts a state vetoed, after a colon
        roll = _veto_roll(text, start)
        if roll is None:
            return []  # "Russia's vetoes: none since 2022"
        # "was vetoed by", and the reduced relative "the draft, vetoed by Russia and China, failed"
        if re.search(r"\b(?:was|were|been|be|is|are)\s+(?:\w+ly\s+)?$", text[:start], re.IGNORECASE) or re.match(r"\s+(?:\w+ly\s+)?by\b", text[end:end + 16]) \
                or (re.fullmatch(r"vetoe?s?", text[start:end], re.IGNORECASE) and VETO_CAST_BY.match(text, end)):
            vetoers = _role(right, ("State",), ("by",))
            if not vetoers and re.match(r"\s+by\s*:", text[end:end + 8]):  # "Vetoed by: China, Russia"
                vetoers = _first_group(text, [s for s in right if "State" in s.labels])
        elif re.match(r"negative vote", text[start:end], re.IGNORECASE) or tally:
            vetoers = _first_group(text, [s for s in right if "State" in s.labels])
        elif re.match(r"vetoe?s?\s+from\b", text[start:end + 6], re.IGNORECASE):  # "ended with vetoes from China and Russia"
            vetoers = _first_group(text, [s for s in right if "State" in s.labels])
        elif roll and VETO_ROLL_BY.match(text, end):
            # "Vetoes cast by China: Syria (2011), Myanmar (2007)"
            vetoers = _first_group(text, [s for s in right if "State" in s.labels and s.end <= roll])
        else:
            actors = [s for s in left if not SEAT_AFTER.match(text, s.end)]  # "then holding the Chinese seat"
            # "China, newly seated in place of the Republic of China, casts its first veto": the state replaced casts none
            actors = [s for s in actors if not REPLACED_BEFORE.search(text, max(0, s.start - 30), s.start)]
            # "The United States representative said the veto showed ...": the speaker tells of a veto, casts none
            actors = [s for s in actors if not (SPEAKER_AFTER.match(text, s.end) and SAYING.search(text, s.end, start))]
            # "defeated by Russian and Chinese vetoes": the nationality words on the veto itself
            own = _veto_adjectives(text, actors, start) or _veto_by_agents(text, actors, start)
            # "Russia, which holds a veto, blocked the draft": a verb's subject before the relative; not "whose veto"
            antecedent = [] if re.fullmatch(r"vetoe?s?", text[start:end], re.IGNORECASE) else _antecedent(before, ("State",))
            # ("In September 2022 it struck down a draft ...": "it" after a fronted date is the paragraph's state)
            # ("..., and in February 2024 it struck down ...": the pronoun right before the verb is its subject, not
            # the state the clause before ended on)
            new_clause = PRONOUN_CLAUSE_BEFORE.search(text, max(0, start - 40), start) if actors else None
            pronoun_first = _pronoun_subject(text, start, actors, context, sentence=self._sentence_slots) if new_clause else []
            vetoers = own or pronoun_first or _nearest_group(text, actors, ("State",)) or antecedent or _pronoun_subject(text, start, actors, context) or context.subject(("State",), text, actors) \
                or (_fronted_pronoun_subject(text, start, context, ("State",)) if not actors else []) or _owner_of_veto(text, start, end, context)
            vetoers = _joiners_in_veto(text, start, actors, vetoers) + vetoers
            if len(context.memory.vetoers) == 2 and vetoers and all(s.kind == "reference" and PAIR_WORD.match(text, s.start) for s in vetoers):
                # "China and Russia vetoed a draft on Myanmar, and in 2008 the two countries blocked a text on
                # Zimbabwe": the pair is the two who vetoed before, not the last two states named
                vetoers = [Slot(vetoers[0].start, vetoers[0].end, context.memory.vetoers, "reference")]
            vetoers = [] if _pair_of_other_roles(text, start, vetoers, self._sentence_slots) else vetoers
            named_after = re.match(r"\s*(?:--|[—–:])\s*(?:the\s+)?", text[end:end + 8])
            if named_after and not _nearest_group(text, actors, ("State",)):
                # "because two permanent members voted against -- Russia and China"
                listed = _first_group(text, [s for s in self._sentence_slots if "State" in s.labels and s.start >= end])
                vetoers = listed if listed and listed[0].start == end + named_after.end() else vetoers
        partners = re.match(r",?\s+(?:together\s+|along\s+|jointly\s+)?with\s+(?:the\s+)?", text[end:end + 30])
        joint = [s for s in right if "State" in s.labels and s.start >= end + partners.end()] if vetoers and partners else []
        if joint and joint[0].start == end + partners.end():  # "Russia vetoed, with China, a text on Syria"
            vetoers = vetoers + _first_group(text, joint)
        # the noes in a tally's brackets are no abstainers, whatever the tally says next
        # ("Blocked by Russia; China abstained": the abstention after the semicolon is another's)
        vetoers = [s for s in vetoers if not drafted(text, [s]) and (tally or not ABSTAINED.search(_own_clause(_window(text, s, 25, after=True))))]
        # ("ceasefire texts" are texts on a ceasefire: a topic drafts nothing)
        drafters = [s for group in _groups(text, self._sentence_slots) if drafted(text, group) for s in group if "Topic" not in s.labels]
        # "China and Russia voted against it, ... their negative votes blocked the draft": the second trigger's
        # vetoers come back as references, and neither is the subject of the other's veto
        vetoing = {ref.name for s in vetoers for ref in s.refs}
        # "cast 29 vetoes, the rest alongside the United States, France or both": who vetoed with them, no subject
        drafters += _co_vetoers(text, self._sentence_slots)
        candidates = [
            s for s in self._sentence_slots
            if (s.end <= start or s in clause or (roll and s.start >= roll))
            and s.labels & {"State", "Topic"} and s not in vetoers and s not in drafters
            and not {ref.name for ref in s.refs} <= vetoing
            and not ABSTAINED.search(_own_clause(_window(text, s, 30, after=True)))  # "...; China abstained" is another clause
            and not re.match(r"\s*(?:'s\s+)?(?:drafters?|delegation|representative|ambassador|envoy)\b", text[s.end:s.end + 20])
            # "the representative of the United States condemned the veto", and "the representative" for that state
            and not SPEAKER_OF.search(text, max(0, s.start - 40), s.start)
            and not (s.kind == "reference" and SPEAKER_NOUN.fullmatch(text, s.start, s.end))
            and not VETO_CAST.match(text, s.end)  # "The United States cast its first veto ..., which Britain also vetoed"
            and not DRAFTER_PREFIX.match(text, s.end)  # "a Brazilian draft", "a US-Japanese draft", "a US-drafted text"
            and not VOTED_FOR.match(text, s.end)  # "Kenya voted for the draft that Russia vetoed": a supporter, no subject
        ]
        candidates = _without_troop_owners(text, candidates)
        candidates = [s for s in candidates if not _topic_qualifying_a_state(text, candidates, s)]
        # "China, which has close ties to Morocco, vetoed ...": a relative clause said of the vetoer names no subject of the draft
        candidates = [s for s in candidates if not _in_relative_aside(text, s, start)]
        if new_clause is not None and any(s.start >= new_clause.start() for s in candidates):
            # "... drafts critical of Israel, and in February 2024 it struck down a call for a ceasefire": the
            # pronoun's clause says what this draft concerned
            candidates = [s for s in candidates if s.start >= new_clause.start()]
        # "a draft on the human rights situation in Myanmar": the agenda item is the state's situation, not the topic
        candidates = [
            s for s in candidates
            if not ("Topic" in s.labels and any(
                "State" in other.labels and SITUATION_IN.fullmatch(text, s.end, other.start) for other in candidates))
        ]
        if tally:  # the states a tally lists after its noes voted; the subject is named before
            candidates = [s for s in candidates if s.end <= start]
        semicolon = text.find(";", end)
        if semicolon != -1:
            # "China and Russia vetoed a modest text ...; South Africa, then an elected member, voted against it
            # too": the clause after the semicolon is another's vote, not what the draft concerned
            candidates = [s for s in candidates if s.start < semicolon]
        if vetoers and VETOERS_JUDGED.search(text, max(0, vetoers[0].start - 40), vetoers[0].start):
            # "China denounced the United Kingdom for blocking the text": the judge is no subject of the draft
            candidates = [s for s in candidates if s.start >= vetoers[0].start]
        judged = VETO_JUDGED_BEFORE.search(text, max(0, start - 80), start) if re.fullmatch(r"vetoe?s?", text[start:end], re.IGNORECASE) else None
        if judged:
            # "Pakistan condemned the US veto", "said Washington condemns Russia's veto": the judge is no
            # subject of the draft; only what follows the noun ("... veto of the text on Sudan") can be
            candidates = [s for s in candidates if s.start >= judged.start()]
        subordinate_end = _fronted_clause_end(text)
        if subordinate_end is not None and end < subordinate_end:
            # "Since Russia vetoed the renewal of the panel, no body has reported on the measures against Pyongyang":
            # the veto is the fronted clause's, and the main clause's states are no subject of it
            candidates = [s for s in candidates if s.start < subordinate_end]
        joined = CLAUSE_JOIN.search(text, end) if "," in text[end:] or ";" in text[end:] else None
        if joined and re.fullmatch(r"vetoe?s?", text[start:end], re.IGNORECASE):
            # "condemned the American veto, and Iran's foreign ministry condemned ...": a state of the next clause
            # is no subject of the veto the noun names
            candidates = [s for s in candidates if s.start < joined.start()]
        elif joined and COORDINATED_PREDICATE.match(text, joined.end()):
            # "... was not adopted, owing to the negative vote of Russia, and commends Gabon and Ghana for their
            # position": a second predicate of the sentence's subject, whose objects are no subject of the veto
            candidates = [s for s in candidates if s.start < joined.start()]
        elif joined:
            # "Russia cast a veto on Syria, and China joined it": the next clause's subject is no subject of the veto
            # (one named before the join stays: "the draft on Syria submitted by France in 2019, and we ...")
            candidates = [s for s in candidates if not (
                s.start >= joined.end() and re.fullmatch(r"\s*(?:the\s+)?", text[joined.end():s.start]) and (NEW_CLAUSE_AFTER.match(text, s.end) or LEXICAL_VERB_AFTER.match(text, s.end))
            )]
        if vetoers and vetoers[0].start < start and SECOND_CLAUSE_OPENER.search(text, max(0, vetoers[0].start - 16), vetoers[0].start):
            # "Canada imposed sanctions on Syria, while Russia blocked a draft on Mali": the clause before the
            # vetoer's "while" or "as" is another deed, and its states are no subject of the draft
            candidates = [s for s in candidates if s.start >= vetoers[0].start]
        opened = COORDINATED_CLAUSE.search(text, max(0, vetoers[0].start - 20), vetoers[0].start + 1) if vetoers and vetoers[0].start < start else None
        if opened and any(s.start > end for s in candidates):
            # "The US imposed sanctions on China in 2018, and Russia vetoed a draft on Syria": the clause before the
            # vetoer's own is another deed, and its states are no subject of the draft that clause names
            candidates = [s for s in candidates if s.start >= opened.start()]
        subjects = [s for s in candidates if RESOLUTION_SUBJECT.search(text[max(0, s.start - 40):s.start]) or re.match(r"[\s-]*(?:resolution|draft)", text[s.end:s.end + 15])]
        subjects += [s for s in candidates if ADMISSION_OF.search(text[max(0, s.start - 40):s.start]) or ADMISSION_AFTER.match(text, s.end)]
        # "would have renewed the panel of experts monitoring sanctions on North Korea": the panel, not the sanctioned state
        admitted = [s for s in subjects if "State" in s.labels and (ADMISSION_OF.search(text[max(0, s.start - 40):s.start]) or ADMISSION_AFTER.match(text, s.end))]
        if admitted:  # "the admission of the State of Palestine to UN membership": the state, not the membership
            subjects = [s for s in subjects if not ("Topic" in s.labels and any(r.name == "UN membership" for r in s.refs))]
        renewed = [s for s in candidates if "Topic" in s.labels and DRAFT_ACTION.search(text, max(0, s.start - 40), s.start)]
        if renewed:
            subjects = renewed + [
                s for s in subjects if s not in renewed and not SANCTIONS_ON.search(text, max(0, s.start - 30), s.start)
                # "the panel of experts on North Korea": the state the renewed body watches, not the draft's subject
                and not any(t.end <= s.start and BODY_ON.fullmatch(text, t.end, s.start) for t in renewed)
            ]
        # "concerning Israel and Egypt", "the entry of Italy, Portugal and Japan": the whole list is the subject
        groups = [_without_next_clause_subject(text, group) for group in _groups(text, candidates, dated=True)]
        acting = {ref.name for group in _groups(text, self._sentence_slots) if VETO_AFTER.match(text, group[-1].end) for s in group for ref in s.refs}
        subjects = [s for group in groups if any(s in subjects for s in group) for s in group if s in subjects or not {ref.name for ref in s.refs} & acting]
        # "a draft on cross-border humanitarian aid to Syria": the state completes the topic, it is no subject of its own
        subjects = [s for s in subjects if not ("State" in s.labels and any(
            "Topic" in t.labels and t.end <= s.start and TOPIC_COMPLEMENT.fullmatch(text, t.end, s.start) for t in subjects))]
        # "a draft on Burma's human rights record": the topic is the state's, the state is what the draft concerned
        subjects = [s for s in subjects if not _topic_of_a_state(text, subjects, s)]
        named_on = [s for s in subjects if DRAFT_NAMED_SUBJECT.search(text, max(0, s.start - 40), s.start)]
        would_have = WOULD_HAVE_RELATIVE.search(text, named_on[-1].end) if named_on else None
        if would_have:
            # "a draft resolution concerning Syria, which would have imposed sanctions in response to the use of
            # chemical weapons": the draft named its subject; the relative tells what it would have done
            subjects = [s for s in subjects if s.start < would_have.start()]
        distinct = {ref.name for c in candidates for ref in c.refs}
        later = [c for c in candidates if c.start > start]
        topics = [s for s in candidates if "Topic" in s.labels]
        # "condemned human rights violations by the Syrian authorities": the text is about the state that commits them
        perpetrators = [s for s in candidates if "State" in s.labels and any(t.end <= s.start and TOPIC_BY.fullmatch(text, t.end, s.start) for t in topics)]
        # (the nationality words of "the withdrawal of British and French troops from Syria" are gone already: _without_troop_owners)
        subjects = subjects or perpetrators or topics or (
            candidates if len(distinct) == 1 else later if any(later == group for group in groups) else []
        )
        # "Russia and China voted no.", "Vetoed by: China, Russia.": nothing said after the vetoers (nor after a vote
        # in its clause: "China and Russia voted against; as permanent members, their votes were vetoes")
        said = text[max(end, vetoers[-1].end):] if vetoers else ""
        # (nor after a telegraphic passive: "Blocked by Russia; China abstained; 13 in favour.")
        # ("The two permanent members Russia and China cast vetoes; South Africa also voted no.": any veto's clause)
        said_no_more = vetoers and re.fullmatch(r"\W*(?:it|them)?\W*", said.split(";")[0])
        # "... cast a negative vote, and that one vote killed it": the draft the paragraph spoke of
        # ("vetoed a modest text urging ...", not "the Russian text" of a drafter; "vetoed a dozen drafts on the war
        # there": drafts about the place just named)
        spoken_of = re.search(r"\b(?:the|a|an) (?:(?-i:[a-z])[\w-]* )?(?:draft|text|resolution)\b|\b(?:killed|blocked|vetoed|sank|defeated|torpedoed)\s+(?:it|them)\b|"
                              r"\b(?:drafts|texts|resolutions) (?:on|about|concerning) (?:the )?(?:[\w-]+ ){0,2}there\b", text, re.IGNORECASE) or VOTE_OUTCOME.search(text, end) \
            or (vetoers and VOTE_SUFFICED.match(text, end)) or (TEXT_KILLING_TRIGGER.match(text, start) and _text_of_another_drafter(text, self._sentence_slots, vetoers)) \
            or PASSIVE_OF_IT.fullmatch(text, 0, start)  # "It was vetoed by France, while Ghana abstained": the draft told before
        if not subjects and not candidates and (spoken_of or said_no_more or tally):
            # "CASE 2 -- ZIMBABWE" over "China and Russia vetoed the draft": the section's subject
            named = {ref.name for slot in vetoers for ref in slot.refs}
            # "Ukraine, March 2014. Russia vetoed the draft ...": the one state or topic the paragraph opened on
            # (not a party this sentence names in another role: "the representative of the United States condemned the veto")
            named |= {ref.name for slot in self._sentence_slots if slot.labels & {"State", "Topic"} for ref in slot.refs}
            # ("- Zimbabwe, July 2008. ... Russia and China vetoed them.": in a list, the current entry's opening, not an earlier entry's)
            opened_on = {ref.name: ref for ref in context.earlier_parties[context.entry_parties_from:] if ref.label in ("State", "Topic") and ref.name not in named | context.bystanders}
            # else the section's subject; else "The UAE and then Algeria drafted texts demanding a ceasefire. ... and
            # the US vetoed": the paragraph's one topic
            heading = [ref for ref in context.memory.heading_refs[-1:] if ref.label in ("State", "Topic") and ref.name not in named]
            topics = [ref for ref in opened_on.values() if ref.label == "Topic"]
            # else "The draft asked for ... humanitarian pauses" paragraphs before "the draft was vetoed": the one topic the document named
            # (unless a veto the document already told of concerned something: "the text" is that one's)
            named_topics = list(dict.fromkeys(ref for ref in context.memory.topics if ref.name not in named))
            told = [ref for ref in context.memory.veto_subjects if ref.name not in named] if spoken_of or tally else []
            # ("Consider Syria. ... Consider Myanmar. In 2007 China and Russia vetoed a modest text": of the
            # paragraph's several, the one the sentence right before named)
            just_before = list(dict.fromkeys(ref for ref in context.previous_parties if ref.name in opened_on))
            # ("The United Kingdom and Norway put a draft on Sudan to the vote. It was vetoed by France.": the one
            # the paragraph's latest draft was said to be on, not its drafters)
            drafted_on = list(dict.fromkeys(ref for ref in context.draft_subjects if ref.name in opened_on)) if DRAFT_BACK.search(text) else []
            refs = list(opened_on.values()) if len(opened_on) == 1 else (drafted_on if len(drafted_on) == 1 else []) or heading or (just_before if len(just_before) == 1 else []) or (
                topics if len(topics) == 1 else told or (named_topics if len(named_topics) == 1 else [])
            )
            subjects = [Slot(0, 0, (ref,), "reference") for ref in refs if ref.label in ("State", "Topic") and ref.name not in named]
        forum = next((name for name, pattern in FORUM.items() if pattern.search(text)), "UN Security Council")
        permanent = context.memory.permanent_members
        if permanent:  # "India voted against the text": an elected member's no is no veto
            vetoers = [s for s in vetoers if any(ref.name in permanent for ref in s.refs)]
        context.remember_subject(vetoers)
        facts = [
            Fact("VETOED", v, t, {"forum": forum})
            for v in _refs(vetoers, ("State",))
            for t in _refs(subjects, ("State", "Topic"))
            if v.name != t.name
        ]
        if facts:
            context.memory.veto_subjects = tuple(dict.fromkeys(fact.target for fact in facts))
            context.memory.vetoers = tuple(dict.fromkeys(fact.source for fact in facts))
        elif vetoers and not re.fullmatch(r"vetoe?s?", text[start:end], re.IGNORECASE):
            # a veto cast on a draft whose subject escaped us still tells who vetoed, for "the two countries" next
            # (not the bare noun: "the US representative said the veto showed ..." casts none)
            context.memory.vetoers = tuple(dict.fromkeys(_refs(vetoers, ("State",))))
        return facts

    def _joined_veto(self, text, start, end, clause, context) -> list[Fact]:
        """"Russia has cast its veto on Syria sixteen times; China joined it on ten of those
        occasions": who joins a veto the sentence has just told of vetoes its subject too."""
        told = VETO_TOLD.search(text, 0, start)
        if told is None or not context.memory.veto_subjects or any("Organization" in s.labels for s in self._sentence_slots):
            return []
        left, _ = _sides(text, clause, start, end)
        joiners = [s for s in _nearest_group(text, [s for s in left if s.start >= told.end()], ("State",)) if s.kind != "reference"]
        permanent = context.memory.permanent_members
        if permanent:  # "Russia vetoed; Bolivia joined it in voting no": an elected member's no is no veto, as in _veto
            joiners = [s for s in joiners if any(ref.name in permanent for ref in s.refs)]
        return [
            Fact("VETOED", joiner, subject, {"forum": "UN Security Council"})
            for joiner in _refs(joiners, ("State",)) for subject in context.memory.veto_subjects if joiner.name != subject.name
        ]

    def _after_states_comma(self, text: str, start: int) -> bool:
        """Whether a list of states and a comma stand right before ``start`` ("Belarus and Cuba, joined ...")."""
        named = [s for s in self._sentence_slots if s.end <= start]
        return bool(named) and "State" in named[-1].labels and re.fullmatch(r"\)?,\s*", text[named[-1].end:start]) is not None

    def _membership(self, frame, text, start, end, clause, before, context) -> list[Fact]:
        if JOIN_TRIGGER.match(text[start:end]) and JOINED_IT.match(text, end) and VETO_TOLD.search(text, 0, start) and not any(
            "Organization" in s.labels for s in self._sentence_slots
        ):
            return []  # "Russia vetoed the draft, and China joined it": the veto joined, no organization
        if context.sanctioned and text[start:end].lower().startswith("follow") and self._sanctions_just_told(start, context):
            return []  # "The EU imposed sanctions on Belarus. Canada followed suit.": the sanctions followed, no accession
        if text[start:end].lower().startswith("follow") and (context.last_facts or text[start:end].lower().endswith("suit")) and not any(
            fact.type == "MEMBER_OF" for fact in context.last_facts
        ) and not ENTRY_TOLD_BEFORE.search(text, 0, start):
            # "Russia condemned NATO's tests. Turkey followed suit.", "Egypt holds observer status in the SCO. Iran
            # followed suit.": what followed is the deed told before, which was no accession
            return []
        if text[start:end].lower() == "joined" and JOINED_BY_PASSIVE.match(text, end) and self._after_states_comma(text, start):
            return []  # "Belarus and Cuba, joined in June by Nigeria": the states before were joined, in whatever standing
        if JOINED_UNIT.match(text, end) and text[start:end].lower().startswith("join"):
            return []  # "a platoon that joined the Kazakh company": a unit joined in the field, no organization
        if REJOIN_TRIGGER.match(text[start:end]) and JOINED_THEN_LEFT.match(text, end):
            return []  # "Uzbekistan rejoined in 2006, then quit again in 2012": no longer a member
        after = [s for s in self._sentence_slots if s.start >= end]
        joined = _first_group(text, after) if after and "State" in after[0].labels and STATE_AFTER_GAP.fullmatch(text, end, after[0].start) else []
        if text[start:end].lower().startswith("join") and joined and JOINED_IN_DOING.match(text, joined[-1].end) \
                and not any("Organization" in s.labels for s in after):
            # "Britain and France joined the United States in voting down a draft": a state joined, no organization
            # (not "joined China and Russia in the SCO")
            return []
        if text[start:end].lower().startswith("join") and JOINED_ACTION.match(text, end):
            return []  # "Canada and Australia joined the Western sanctions on Russia": a policy joined, no organization
        if _admission_proposed_before(text, start):
            return []  # "a draft recommending the admission of Palestine as a full member of the UN": proposed, not made
        if AS_TIER.match(text, end - 3 if text[start:end].lower().endswith(" as") else end):
            # "Qatar and Egypt were admitted as dialogue partners of the SCO", "Laos joined, as an observer, ...": the
            # tier the trigger took them in at is below membership, whichever body follows
            return []
        if text[start:end].lower().startswith("join") and JOINED_AS_NON_MEMBER.match(text, end):
            return []  # "before joining as a full participant in 2018": an exercise joined, no organization
        companions: list[Slot] = []  # members named beside the subject: "alongside Japan", "like Ethiopia"
        if ENTRANT_YEAR.fullmatch(text, start, end) and not _entrants_subject(text, self._sentence_slots, start):
            return []  # "Russia's response came in 2014": only states that come in are entrants
        if _quoted(text, start):
            return []  # 'talk of "joining"': the word, not the act
        if BELONGING_TRIGGER.fullmatch(text, start, end) and not self._body_named_after(text, end) and not BELONGS_TO_IT.match(text, end):
            return []  # "any decision belonged to the Sudanese government": a belonging, no organization in view
        if ALLY_OR_MEMBER_TRIGGER.fullmatch(text, start, end) and OTHER_MEMBER_OBJECT.search(text, max(0, start - 60), start):
            return []  # "used that law against a NATO ally", "ties with an ASEAN member": some other member, not the subject
        if MEMBERSHIP_NOUN.fullmatch(text, start, end) and SOUGHT_BEFORE.search(text, max(0, start - 50), start):
            return []  # "starting the process of accession to the EU", "the conditions of full membership": sought, not held
        if MEMBERSHIP_NOUN.fullmatch(text, start, end) and SOUGHT_AFTER_NOUN.match(text, end):
            return []  # "Sweden's accession talks with the CSTO", "its membership application to BRICS": sought, not held
        if ACCESSION_TRIGGER.fullmatch(text, start, end) and OWNED_ACCESSION.search(text, max(0, start - 40), start):
            return []  # "after Greece and Spain had ratified its accession protocol": another's accession, ratified by them
        if frame.form == "reverse" and NON_MEMBER_TIER.search(text, max(0, start - 60), start):
            return []  # "a tier of partner countries that includes Cuba", "the SCO's observers include Mongolia"
        if ADMISSION_OF_TRIGGER.match(text[start:end]) and ADMISSION_SOUGHT.search(text, max(0, start - 40), start):
            return []  # "a draft recommending the admission of Palestine": an admission proposed, not made
        left, right = _sides(text, clause, start, end)
        # "NATO notes the partnership between Russia and China": the tie of the two, whoever notes it
        # ("AUKUS is a partnership between ..." defines the organization); "we" owns no partnership
        grouping = _nearest_group(text, [s for s in left if s.kind != "reference"], ("Organization",))
        noted = grouping and re.search(r"\bbetween$", text[start:end]) and not COPULA.search(text, grouping[-1].end, start)
        if GROUPING.search(text[start:end]) and (not grouping or noted):
            # the organization an entry or a section is about: "Five Eyes" over "- Intelligence-sharing alliance of ..."
            # (not "Russia and the Quad" over "- Strategic partnership of Russia and China")
            defined = context.topic or len({r for r in context.section_refs if r.label == "Organization"}) == 1 and not any(r.label == "State" for r in context.section_refs)
            if not (defined and re.fullmatch(r"\s*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}", text[:start], re.IGNORECASE)):
                return self._pair(PARTNERSHIP, text, start, end, clause, before, context)  # "a partnership between Russia and China"
            # "AUKUS. A trilateral security partnership of Australia, ...": the entry's definition
        passive = PASSIVE_AUXILIARY_BEFORE.search(text[:start])
        if frame.form == "reverse" and passive and not text[start:end].endswith("by"):
            # "India and Pakistan were admitted in 2017": the members stand before a passive
            members = _subject_pronoun(text, start, left, context, self._sentence_slots) or _nearest_group(text, left, ("State",))
            members += [s for s in _gapped(text, right, ("State",)) if s not in members]  # "..., Iran in 2023 and Belarus in 2024"
            together = re.match(r"\s+(?:in\s+\d{4}\s+)?(?:together|along)\s+with\s+(?:the\s+)?", text[end:end + 40])
            members += _first_group(text, [s for s in right if "State" in s.labels and s.start == end + together.end()]) if together else []
            orgs = _first_group(text, [s for s in right if "Organization" in s.labels]) or context.organization(_enters_body(text, start, end))
        elif frame.form == "reverse" and _headline_passive(text, left, start, end):
            # "Laos and Myanmar admitted together in Kuala Lumpur": a timeline's passive with its auxiliary left out
            members = _nearest_group(text, left, ("State",))
            orgs = _first_group(text, [s for s in right if "Organization" in s.labels]) or context.organization(_enters_body(text, start, end))
        elif frame.form == "reverse" and SIGNED_BY.match(text, start, end):
            # only of the organization the agreement is in apposition to: "AUKUS, a separate agreement signed ... by"
            orgs = _nearest_group(text, left, ("Organization",))
            if not orgs or not SIGNED_APPOSITION.fullmatch(text, orgs[-1].end, start):
                return []
            clause_end = NEXT_SUBJECT_CLAUSE.search(text, end)  # "..., and it did not invite India": another clause
            members = _first_group(text, [s for s in right if "State" in s.labels and (not clause_end or s.start < clause_end.start())])
        elif frame.form == "reverse":
            if left and "Initiative" in left[-1].labels and re.search(r"\bby$", text[start:end]):
                return []  # "the Belt and Road Initiative launched by Beijing": an initiative set up has no members
            if STATE_WELCOMER.fullmatch(text, start, end) and not any("Organization" in s.labels for s in left) and any(
                "State" in s.labels and re.fullmatch(r"\s+(?:\w+ly\s+|also\s+|has\s+|have\s+|had\s+)*", text[s.end:start]) for s in left
            ):
                return []  # "Vietnam welcomed Japan's support for ASEAN": a state welcomes; only a body admits members
            orgs = _nearest_group(text, left, ("Organization",)) or _antecedent(before, ("Organization",)) or _organization_told_before(text, context, self._sentence_slots, end)
            orgs = orgs or _counted_members_body(text, start, end, right, context)
            # "membership was granted to Iran": the receiver after "to"
            roles = ("object", "including", "with", "by", "of") + (("to", "on") if re.search(r"\b(?:to|on)$", text[start:end]) else ())
            members = [s for s in right if "State" in s.labels and s.role in roles]
            members += [s for s in _gapped(text, right, ("State",)) if s not in members]  # "welcomed Iran in 2023 and Belarus in 2024"
            # "welcomed the bid of Hungary", "admitted the request of Laos": the state whose step it is, not one taken in
            members = [s for s in members if not (s.role == "of" and STEP_OF.search(text, max(0, s.start - 30), s.start))]
            opened = _joined_clause_start(text, right, end)
            members = [s for s in members if opened is None or s.start < opened]
            members = _before_event_phrase(text, end, members)
            if members and text[start:end].rstrip().endswith(":") and not re.fullmatch(r"\s*(?:the\s+)?", text[end:members[0].start], re.IGNORECASE):
                members = []  # "the Member States: took note of the request of Turkmenistan": the colon opens what they did, not names
            if re.search(r"\bof$|\bwhich$", text[start:end]):  # "the accession of Finland to NATO ... with Russia": Finland only
                members = _first_group(text, members)
            if APPOSITION_OPENED.search(text, start, end):
                # "its original four, Brazil, Russia, India and China, did not invite Iran": the apposition's names only
                closed = APPOSITION_CLOSED.search(text, end)
                members = [s for s in members if closed is None or s.start < closed.start()]
        else:
            # "member states", and "an elected member of the Council" (a seat); not "a member of the CSTO"
            seat_before = SEAT.search(text[max(0, start - 16):start])
            bare = BARE_MEMBER_TRIGGER.fullmatch(text, start, end) and (seat_before or not MEMBER_OF_TRIGGER.fullmatch(text, start, end))
            # "NATO members", "NATO's 31st member"
            # (not "a major non-NATO ally": a status outside the organization)
            owner = [
                s for s in left if "Organization" in s.labels and re.fullmatch(r"\s*|(?:'s|’s)\s+(?:(?:\d+\w*|[a-z-]+)\s+){0,2}", text[s.end:start])
                and not NON_PREFIX.search(text, max(0, s.start - 4), s.start)
            ]
            if owner:  # "the first NATO and EU member"
                owner = next(g for g in _groups(text, [s for s in left if "Organization" in s.labels]) if owner[0] in g)
            body_aside = _body_members_aside(text, start, end, right) if bare and not owner and not seat_before else []
            if bare and not owner and not body_aside and (SEAT.search(text[max(0, start - 16):start]) or not (
                _gerund_subject(text, start, end, right) or _appositive_member(text, left, start, end) or _bare_apposed_member(text, left, start, end, context)
            )):
                # "member" alone needs its organization right before it ("NATO members"), or
                # a seat type only a council has ("the United States, a permanent member"), or
                # the subject after an opening "As a member of the CSTO, ...", or the state it
                # stands in apposition to ("India, a member of the SCO, ...")
                seated = SEAT.search(text[max(0, start - 16):start]) or COUNTED_VOTERS.search(text, max(0, start - 16), start) and VOTED_AFTER.match(text, end)
                return self._council_seats(text, start, end, left, context) if seated else []
            if ALLY_TRIGGER.fullmatch(text, start, end) and not owner:
                return []  # "its allies", "a close ally": an ally of a state, not a member of a named alliance
            if owner:
                left = [s for s in left if s.end <= owner[-1].start]
            if re.fullmatch(r"membership|entry into", text[start:end], re.IGNORECASE) and not _held_membership(text, left, owner, right, start, end):
                return []  # "Ukraine's NATO membership bid", "NATO membership is a goal": no member named as such
            # "Egypt and Ethiopia, which joined BRICS": every state of the antecedent
            antecedent = _antecedent(before, ("State",))
            antecedent = next((g for g in _groups(text, [s for s in before if "State" in s.labels]) if antecedent[0] in g), antecedent) if antecedent else []
            antecedent = _clause_antecedent(text, antecedent)
            # "India is a member of the Quad alongside Japan, and it is also a founding member of BRICS": "it" is India
            members = _subject_pronoun(text, start, left, context, self._sentence_slots) or _nearest_group(text, left, ("State",))
            apposed = [s for s in left if "State" in s.labels][-1:]
            if apposed and re.search(r"\bmembers?\s+of$", text[start:end], re.IGNORECASE) and APPOSED_MEMBER.fullmatch(text, apposed[0].end, start):
                # "built in what was then Czechoslovakia, a founding member of the Warsaw Pact": the state (or the
                # coordinated states: "Kazakhstan and Armenia, members of ...") it is said of, whatever its role
                members = next(g for g in _groups(text, [s for s in left if "State" in s.labels]) if apposed[0] in g)
            quantified = MEMBERS_NP.search(text, max(0, start - 40), start) if re.match(r"(?:founding |full |permanent )?members?\b", text[start:end], re.IGNORECASE) else None
            if quantified and members and not owner and members[-1].end <= quantified.start() and not COPULAR_GAP.fullmatch(text, members[-1].end, quantified.start()):
                members = []  # "Sweden followed in 2024, so that seven of the eight members of the Arctic Council ...": no member named
            # "Mongolia, which attends as an observer, and Iran, admitted as a full member in 2023": the states a
            # participle is set off after, not the antecedent of a relative before them
            # (not "Iran, which bought S-400s from Russia, joined the SCO": the comma closes a relative on the
            # sentence's subject, and the verb after it is the main clause's, whose subject stands before the relative)
            closes_relative = bool(before) and not re.search(r",\s+and\s+", text[before[-1].end:start])
            set_off = _participle_set_off_after(text, self._sentence_slots, start, end) if not members and not closes_relative else []
            members = members or set_off or antecedent or context.subject(("State",), text, left) or _entry_heading_member(text, start, left, context)
            members = _quantified_antecedent(text, self._sentence_slots, start) or members
            members = members or _gerund_subject(text, start, end, right)
            joined = _nearest_group(text, left, ("State",))
            if joined and re.search(r"\bmembers?\s+of$", text[start:end], re.IGNORECASE) and JOINED_BEFORE.search(text, max(0, joined[0].start - 16), joined[0].start) \
                    and re.fullmatch(r"\s+(?:in\s+\d{4}\s+)?as\s+(?:the\s+|a\s+|an\s+)?", text[joined[-1].end:start], re.IGNORECASE):
                # "Pakistan and Thailand join the US, the UK and France as the founding members of SEATO": the joined are members too
                members = members + [s for s in joined if s not in members]
            listed = [s for s in right if "State" in s.labels] if owner else []
            # ("Egypt and its fellow SCO members Japan and India", "Egypt and fellow SCO member Japan": the subject's fellows)
            if listed and (not members or re.search(r"\b(?:(?:its|their)\s+(?:fellow\s+)?|fellow\s+)$", text[max(0, owner[0].start - 14):owner[0].start], re.IGNORECASE)):
                # "the bloc's newest members, Egypt and Ethiopia, ..."; "Russia and its CSTO allies Belarus and Armenia"
                # "NATO members Poland and Romania": the title before the names, with no comma
                # "the Council's five permanent members (China, ...)", "NATO's members this year include Poland"
                # ("the eight SCO member states (China, ...)": the trigger "member" stops before its head noun)
                head = MEMBER_HEAD_NOUN.match(text, end) if re.fullmatch(r"member", text[start:end], re.IGNORECASE) else None
                members = members + (_first_group(text, listed) if MEMBERS_LISTED.fullmatch(text, head.end() if head else end, listed[0].start) else [])
            # "it rejoined in 2017, thirty years after it walked out of the OAU": the body left is not the one joined
            orgs = owner or _first_group(text, [s for s in right if "Organization" in s.labels and not LEFT_BODY.search(text, max(0, s.start - 30), s.start)])
            if re.match(r"return", text[start:end], re.IGNORECASE) and not (orgs and re.fullmatch(r"\s+(?:the\s+)?", text[end:orgs[0].start])):
                return []  # "returned to Moscow", "returned to power": only a body named right after it is rejoined
            if orgs and not owner and all(PARTNER_PROGRAMME.match(text, s.end) for s in orgs):
                return []  # "joined NATO's Partnership for Peace", "the ASEAN dialogue partnership": the organization's outer tier, not the organization
            possessed = re.match(r"\s+(?:its|their)\s+", text[end:end + 8], re.IGNORECASE) if not orgs else None
            if possessed and (PARTNER_PROGRAMME.match(text, end + possessed.end() - 1) or any(s.start == end + possessed.end() and "Initiative" in s.labels for s in right)):
                return []  # "is not in NATO but joined its Partnership for Peace": the body's outer tier, not the body "its" means
            object_relative = JOINED_RELATIVE.search(text, max(0, start - 120), start) if OBJECT_RELATIVE_VERB.fullmatch(text, start, end) else None
            if object_relative:  # "the CSTO, which it joined in 1994, and ... the Arab League": the antecedent was joined
                before_relative = [s for s in self._sentence_slots if "Organization" in s.labels and s.end <= object_relative.start()]
                orgs = before_relative[-1:] if before_relative and not text[before_relative[-1].end:object_relative.start()].strip() else []
                right = [s for s in right if "Organization" not in s.labels]
            joined_as = [s for s in right if "State" in s.labels and s.start > end]
            joined_as = _first_group(text, joined_as) if joined_as and re.fullmatch(r"(?:re-?)?join(?:s|ed|ing)?", text[start:end], re.IGNORECASE) and re.fullmatch(r"\s+(?:the\s+)?", text[end:joined_as[0].start]) else []
            if joined_as and orgs and JOINED_AS_MEMBERS.fullmatch(text, joined_as[-1].end, orgs[0].start):
                # "Pakistan and Thailand join the US, the UK and France as the founding members of SEATO": those joined are members too
                members = members + [s for s in joined_as if s not in members]
            elif joined_as and EXISTING_MEMBERS.match(text, joined_as[-1].end):
                # "it joined the OTS in 2019, joining Azerbaijan, Kazakhstan and Turkey, the existing members": so are they,
                # of the body the sentence named before
                named = [s for s in self._sentence_slots if "Organization" in s.labels and s.end <= start]
                orgs = orgs or named[-1:]
                members = members + [s for s in joined_as if s not in members]
            held_seat = re.search(r"\bseats?$", text[start:end], re.IGNORECASE)
            # "Algeria, which holds an elected seat until December, ...": an elected seat with the Council in view is
            # the Council's; "which held an elected seat that year" too, but "held the permanent seat until October
            # 1971" is a former one, and a permanent seat may be one whose holder changed ("the Republic of China
            # held the permanent seat")
            # ("holds ... until December" is a seat held now; "held ... until 1989" a former one)
            former = re.match(r"held\b", text[start:end], re.IGNORECASE) and re.match(r"\s+(?:until|till|up to)\b", text[end:end + 8])
            elected_in_view = context.memory.council is not None and not PERMANENT_SEAT.search(text, start, end) and not former
            told_in_view = context.memory.council and SEAT.search(text[start:start + held_seat.start()]) and not re.match(r"\s+(?:until|till|up to)\b", text[end:end + 8]) if held_seat else False
            if held_seat and not orgs and "Council" not in text[start:end] and not (elected_in_view or told_in_view):
                # "holds a permanent seat" with no council named: which body is not said
                return []
            council_named = re.match(r"\s+(?:of\s+)?the\s+Council\b", text[end:end + 18])
            # "the three African members of the Council — Gabon, Ghana and Mozambique —": the states set off after it
            council_end = end + council_named.end() if council_named else end
            aside = _first_group(text, [s for s in self._sentence_slots if "State" in s.labels and s.start > council_end]) if council_named else []
            aside = aside if aside and ASIDE_LIST.fullmatch(text, council_end, aside[0].start) and re.match(r"\s*(?:--|[—–)]|\s-)", text[aside[-1].end:aside[-1].end + 3]) else []
            seat_held = re.search(r"\bmembers?(?:\s+of)?$", text[start:end]) and (
                SEAT.search(text, max(0, start - 16), start) or re.search(r"\b(?:permanent|non-permanent|elected|rotating)\s+members?(?:\s+of)?$", text[start:end])
                or aside
            )
            # (an organization named further on, "the group had voted", is not what "of the Council" names)
            seated_on = re.search(r"\b(?:on|to)$|^(?:re-?)?join(?:s|ed|ing)?$", text[start:end], re.IGNORECASE)
            # "Japan and Malta were among the elected members": a seat only a council has, with no body named after it,
            # is the council's, not that of the body the sentence before named ("elected by the General Assembly")
            seat_alone = not orgs and seat_held and not council_named and not re.match(r"\s+of\b", text[end:end + 4])
            # "it was elected for 2012-2013", "Ghana served in 2022-2023": a term of years with no body named is a seat on the council in view
            seat_alone = seat_alone or not orgs and re.search(r"\b(?:elected|served|sat)$", text[start:end])
            if (not orgs or orgs[0].start >= council_end) and council_named and (seated_on and not council_named.group(0).lstrip().startswith("of") or seat_held) or not orgs and held_seat or seat_alone:
                # "sat on the Council", "joined the Council", "a permanent member of the Council": the Security Council of a
                # document about it, else no organization named
                council = context.memory.council
                if council is None:
                    return []
                orgs = [Slot(end + council_named.start() + 1, end + council_named.end(), (council,), "reference")] if council_named else [Slot(0, 0, (council,), "reference")]
                members = aside or members
            named_object = re.search(r"\bof$|(?:partners|parties|participants|signatories)\s+(?:in|to)$", text[start:end]) and not (
                # "a member of both the Quad and the SCO", "a member of the Russian-led CSTO"
                orgs and (orgs[0].start - end <= 6 or re.fullmatch(r"\s+(?:both\s+)?(?:the\s+)?(?:[\w-]+-(?:led|backed|dominated|founded)\s+)?", text[end:orgs[0].start]))
            )
            if named_object:
                return []  # "members of the PKK": an organization the gazetteer does not know, not the last one named
            if re.fullmatch(r"set up|established|created|formed", text[start:end], re.IGNORECASE) and not (orgs and (orgs[0].start - end <= 6 or object_relative)):
                return []  # "re-created the Leningrad Military District": only an organization set up is joined
            if re.fullmatch(r"followed|came in", text[start:end], re.IGNORECASE):
                # "Finland joined NATO in 2023 and Sweden followed in 2024, so that seven of the Arctic Council ...": NATO
                orgs = [s for s in self._sentence_slots if "Organization" in s.labels and s.end <= start][-1:]
            relative = OF_WHICH.search(text, max(0, start - 60), start) if not orgs else None
            if relative:  # "mechanisms including the East Asia Summit and the ADMM-Plus, of which both countries are members"
                named = [s for s in self._sentence_slots if "Organization" in s.labels and s.end <= relative.start()]
                orgs = _groups(text, named)[-1] if named and not text[named[-1].end:relative.start()].strip() else []
            if not orgs and re.match(r"\s+of\s+(?:the\s+|a\s+|an\s+)?(?!(?:all|each|both|it|them|this|that|these|those|its|their)\b)(?-i:[a-z])", text[end:end + 16], re.IGNORECASE):
                return []  # "a member of a rice cartel": a body the gazetteer does not know, not the last one named
            if not orgs and JOINED_IT.match(text, end) and _last_body_is_initiative(text, start, self._sentence_slots, context):
                return []  # "NATO runs a Partnership for Peace. Serbia joined it in 2006.": "it" is the programme, not the body
            if not orgs and re.match(r"signator|part(?:y|ies)\b", text[start:end], re.IGNORECASE) and UNKNOWN_TREATY_AFTER.match(text, end):
                return []  # "a signatory to the Treaty of Tlatelolco": a treaty the gazetteer does not know, not the last body named
            being_in = BEING_IN.match(text, start)
            if being_in and being_in.end() == end and not _in_organization(text, start, end, members, orgs):
                return []  # "Russia's interest is in the SCO", "India is in NATO's sights", "the CSTO ... is in Moscow"
            # (a body left before the joining may be the one rejoined: "left the CSTO in 1999 and rejoined it in 2006")
            left_bodies = {ref for s in self._sentence_slots if "Organization" in s.labels and s.start > end and LEFT_BODY.search(text, max(0, s.start - 30), s.start) for ref in s.refs}
            if not orgs and BODY_REFERENCE_AFTER.match(text, end):
                return []  # "joined the bloc" that the references left unresolved: two were just named, no guess
            if not orgs and left_bodies:
                kept = context.topic if context.topic and context.topic not in left_bodies else next((r for r in context.last(("Organization",), 4) if r not in left_bodies), None)
                orgs = [Slot(0, 0, (kept,), "reference")] if kept else []
            else:
                orgs = orgs or context.organization(_enters_body(text, start, end))
            opener = (COLON_LIST.match(text, orgs[-1].end) or ROLE_HOLDERS.match(text, orgs[-1].end)) if orgs and orgs[-1].end else None
            if not members and opener:
                # "Members of the Quad: ...", "Members of the CSTO include ..." (the names after the colon,
                # not "in Washington" before it)
                members = _first_group(text, [s for s in right if "State" in s.labels and s.start >= opener.end()])
            if members and orgs and orgs[-1].end:
                # "... due to the negative vote of Russia, and commends the African members of the Council at that
                # time, namely Gabon, Ghana and Mozambique": the names "namely" gives, not the state before the seat
                members = _namely_listed(text, right, orgs[-1].end) or members
            if not members and orgs and orgs[-1].end:  # "All ten members of ASEAN - Brunei, ..., Vietnam - reject"
                aside = _first_group(text, [s for s in right if "State" in s.labels and s.start > orgs[-1].end])
                if aside and ASIDE_LIST.fullmatch(text, orgs[-1].end, aside[0].start) and re.match(r"\s*(?:--|[—–)-])", text[aside[-1].end:aside[-1].end + 3]):
                    members = aside
                elif aside and COUNTED_ROLE.search(text, max(0, start - 30), start) and re.fullmatch(r",\s*(?:the\s+)?", text[orgs[-1].end:aside[0].start]) and text.startswith(",", aside[-1].end):
                    members = aside  # "Two permanent members of the Council, Britain and France, ...": the count's names between commas
                elif aside:
                    members = _namely_listed(text, right, orgs[-1].end)  # "the African members of the Security Council at that time, namely Gabon, Ghana and Mozambique"
            if body_aside and not (orgs and orgs[-1].end):
                members = body_aside  # "The remaining Member States (Kenya, ..., Yemen) are listed in Annex 4": the body in view
            members += _gapped(text, right, ("State",))
            if re.fullmatch(r"(?:co-)?founded|formed", text[start:end], re.IGNORECASE):  # "... with Mali and Burkina Faso": co-founders
                members += [s for s in right if "State" in s.labels and s.role == "with" and s not in members]
            orgs = orgs + [s for s in _gapped(text, right, ("Organization",)) if s not in orgs]  # "the SCO in 2023 and BRICS in 2024"
            for slot in right:  # "founding members of the SCO and of BRICS, alongside Kazakhstan and Kyrgyzstan"
                if orgs and slot.start > orgs[-1].end and "Organization" in slot.labels and REPEATED_OF.fullmatch(text, orgs[-1].end, slot.start):
                    orgs.append(slot)
            co_members = [s for s in right if "State" in s.labels and orgs and s.start > max(orgs[-1].end, end)]
            # "founding members of the SCO along with China", "one of the SCO's founding members, along with China"
            # ("belong to the Five Power Defence Arrangements with Australia, New Zealand and the United Kingdom")
            if co_members and (ALONGSIDE.fullmatch(text, orgs[-1].end, co_members[0].start) or ALONGSIDE.fullmatch(text, end, co_members[0].start)
                               or FELLOWSHIP_VERB.search(text, start, end) and CO_MEMBERS_WITH.fullmatch(text, orgs[-1].end, co_members[0].start)
                               # ("one of six CSTO members, with Russia, Belarus and Kazakhstan": the body before "members")
                               or FELLOWSHIP_VERB.search(text, start, end) and orgs[-1].end <= start and CO_MEMBERS_WITH.fullmatch(text, end, co_members[0].start)):
                companions = [s for s in _first_group(text, co_members) if s not in members]
                companions = _plain_list(text, companions)
                if companions and WITH_AS_ROLE.match(text, companions[-1].end):
                    companions = []  # "a member of NATO, with Russia as its main worry": what they are to it, not members
            founded_with = FOUNDED_ALONGSIDE.match(text, orgs[-1].end) if co_members and re.search(r"found", text[start:end], re.IGNORECASE) else None
            if founded_with:
                # "a founding member of the Forum, set up in Wellington in 1971 together with Australia, Fiji, ...":
                # the co-founders after the body's founding, past the place and date it was founded at
                companions += [s for s in _first_group(text, [s for s in co_members if s.start >= founded_with.end()]) if s not in members]
        between = [s for s in self._sentence_slots if orgs and end <= s.start < orgs[0].start]
        if re.fullmatch(r"with", text[start:end], re.IGNORECASE) and not (
            between and all("State" in s.labels for s in between) and re.search(r"\sin\s+(?:both\s+)?(?:the\s+)?\Z", text[between[-1].end:orgs[0].start])
        ):
            return []  # "held a drill with the Indian Navy in the Bay of Bengal": only states named right before the body are fellows in it
        if orgs and orgs[0].end and SAT_WITH.search(text, start, end):
            # "Japan sits with the United States and India in the Quad": fellow members between the verb and the body
            fellows = _first_group(text, [s for s in right if "State" in s.labels and end <= s.start < orgs[0].start])
            members = [s for s in members if s not in fellows]
            companions += [s for s in fellows if s not in companions]
        # "Egypt, like Ethiopia, is a member"; the companions are members too, but "it" later is the subject
        companions += [s for s in _likened(text, members, right + left) if s not in members and s not in companions]
        # "Chinese and Belarusian special forces drilled as Belarus was joining": a nationality word names no member
        # ("Gabon, suspended in 2023, was readmitted": a re-entry ends the suspension told beside the name)
        reentry = re.match(r"re-?(?:admit|join)", text[start:end], re.IGNORECASE)
        # ("Turkey is a dialogue partner, and it is a member of NATO": the tier is told in a clause of its own,
        # or of another body than the one joined)
        members = [
            s for s in members
            if (reentry or s.end < start and OWN_CLAUSE_BREAK.search(text, s.end, start) or not NON_MEMBER.search(_window(text, s, 25, after=True))
                or s.end < start and any(m.end() == start for m in APPLIED_THEN_ADMITTED.finditer(text, s.end)) and not AS_TIER.search(text, start, end + 30)
                or _tier_in_another_body(text, s, orgs, start)) and s.kind != "demonym"
        ]
        orgs = [s for s in orgs if not {r.name for r in s.refs} <= context.memory.firms]  # "produced by Baykar, ... including Qatar"
        # "joined the SCO as an observer", "is in the SCO only as a dialogue partner": a tier below membership
        orgs = [s for s in orgs if not (s.end and AS_TIER.match(text, s.end))]
        context.remember_subject(members)
        members = members + [s for s in companions if not NON_MEMBER.search(_window(text, s, 25, after=True))]
        facts = []
        # "Bulgaria and Romania (2007)": the year after a group belongs to each of its members
        group_year = {id(s): _own_year(text, group[-1]) for group in _groups(text, members) for s in group}
        for slot in members:
            for org in orgs:
                year = group_year.get(id(slot)) or _own_year(text, org)
                props = {"year": year} if year else {}
                facts += [Fact("MEMBER_OF", m, o, dict(props)) for m in _refs([slot], ("State",)) for o in _refs([org], ("Organization",))]
        return facts

    def _body_named_after(self, text: str, end: int) -> bool:
        """Whether the sentence names an organization, or refers to one, just after ``end``
        ("belongs to the GCC", "belonged to both the SCO and BRICS", "belongs to the Russian-led CSTO")."""
        body = next((s for s in self._sentence_slots if s.start >= end and "Organization" in s.labels), None)
        return body is not None and body.start - end <= 40 and BODY_GAP.fullmatch(text, end, body.start) is not None

    def _council_seats(self, text, start, end, left, context) -> list[Fact]:
        """"The UAE, an elected member, ...", "two permanent members -- Russia and China":
        seat holders of the council the document is about."""
        council = context.memory.council
        if council is None:
            return []
        # "Diplomats from Ghana and Kenya, two of the three African elected members": the states
        # the appositive follows, whatever their role; "both" there only restates them
        named = [s for s in left if "State" in s.labels and not (s.kind == "reference" and re.fullmatch(r"both|all|each", text[s.start:s.end], re.IGNORECASE))]
        seat_word = SEAT.search(text[max(0, start - 16):start])  # none in "six members abstained, among them ..."
        seat = start - len(seat_word.group(0)) if seat_word else start
        members = next((g for g in reversed(_groups(text, named)) if SEAT_APPOSITIVE.fullmatch(text, g[-1].end, seat)), [])
        if not members and SEAT_HELD_AS.search(text, max(0, start - 40), start):
            # "Brazil put this text forward as an elected member of the Council": the sentence's subject holds the seat
            members = _sentence_subject(text, self._sentence_slots, start, ("State",))
        latter = LATTER_COUNT.match(text, members[-1].end) if members else None
        if latter:
            members = members[-COUNT_WORDS[latter.group(1).lower()]:]
        if not members:
            listed = [s for s in self._sentence_slots if s.start >= end and "State" in s.labels]
            # "... elected members: A, B", "the elected members this year include A, B", "the three Western
            # permanent members (France, ...)"
            opener = listed and re.fullmatch(
                r"[^.;,]{0,40}?(?:\s*(?:--|[—–:,(])\s*(?:(?:among\s+them|amongst\s+them|including|such\s+as|namely)\s+)?|\s+(?:include|included|includes|are|were)\s+)(?:the\s+)?",
                text[end:listed[0].start],
            )
            # "the two permanent members Russia and China cast vetoes": the seat's title right before the names
            opener = opener or listed and re.fullmatch(r"\s+", text[end:listed[0].start])
            # ("the elected members include Egypt (2016-2017), Ethiopia (2017-2018) and Kenya": each seat's term
            # told after its holder does not end the list)
            members = _groups(text, listed, dated=True)[0] if opener else []
        members = [s for s in members if not NON_MEMBER.search(_window(text, s, 25, after=True))]
        return [Fact("MEMBER_OF", m, council) for m in _refs(members, ("State",))]

    # --- links made by possession, not by a verb ---------------------------------------

    def _possessive_links(self, text: str, slots: list[Slot]) -> list[Fact]:
        """"China's PLA Navy", "the Russian Pacific Fleet", "Russian-made S-400"."""
        facts = []
        # Every link below has a state as its owner: the other slots are passed over at once.
        owners = [(index, slot, [r for r in slot.refs if r.label == "State"]) for index, slot in enumerate(slots) if "State" in slot.labels]
        for index, first, owner in owners:
            second = slots[index + 1] if index + 1 < len(slots) else None
            if second is None or "ArmedForce" not in second.labels:
                continue
            gap = text[first.end:second.start]
            if OWNER_GAP.fullmatch(gap) and (gap.strip() or first.kind == "demonym"):
                facts += [Fact("ARMED_FORCE_OF", ref, owner[0]) for ref in second.refs if ref.label == "ArmedForce"]
        for index, first, owner in owners:
            after = text[first.end:first.end + 12]
            if MADE_BY.match(after) and not NO_SUCH.search(text, max(0, first.start - 14), first.start):
                weapon = next((s for s in slots[index + 1:] if "WeaponSystem" in s.labels and s.start - first.end <= 45), None)
                if weapon and MADE_THING_BETWEEN.search(text, first.end + MADE_BY.match(after).end(), weapon.start):
                    weapon = None  # 'a Turkish-built "Steel Dome" could make the S-400 irrelevant': the word built something else
                copy = COPY_OF.match(text, first.end + MADE_BY.match(after).end())
                if copy:
                    # "Chinese-built copy of the MiG-19": the copy was built there, not the original;
                    # "the Type 59, a Chinese-built copy of the T-54A": the copy is the appositive's head
                    head = next((s for s in reversed(slots[:index]) if "WeaponSystem" in s.labels), None)
                    if head and re.fullmatch(r"s?,\s+(?:an?|the|its)\s+(?:[\w-]+\s+)?", text[head.end:first.start]):
                        facts += [Fact("PRODUCED", owner[0], ref) for ref in head.refs if ref.label == "WeaponSystem"]
                elif weapon:
                    # "the Chinese-built J-10C and JF-17": the word covers a list of systems right after it
                    made = [weapon]
                    for following in slots[slots.index(weapon) + 1:]:
                        if "WeaponSystem" not in following.labels or not LISTED_SYSTEM.fullmatch(text, made[-1].end, following.start):
                            break
                        made.append(following)
                    facts += [Fact("PRODUCED", owner[0], ref) for ref in _refs(made, ("WeaponSystem",))]
                elif MADE_BY_AFTER.search(text, max(0, first.start - 20), first.start):
                    # "flies MiG-29 and Su-25 jets, all Russian-built", "the K9s are Korean-built"
                    weapons = [s for s in slots[:index] if "WeaponSystem" in s.labels]
                    made = next((g for g in reversed(_groups(text, weapons))), []) if weapons else []
                    facts += [Fact("PRODUCED", owner[0], ref) for ref in _refs(made, ("WeaponSystem",))]
            supplied = SUPPLIED_BY.match(after)
            # (a sale is a claim the sentence may hedge: "officials have claimed that Chinese-supplied PL-15 missiles were used")
            if supplied and not NO_SUCH.search(text, max(0, first.start - 14), first.start) and not blocked(text, first.start, first.end + supplied.end(), 0):
                # "deploys Russian-supplied S-400 batteries": the state the word names sold the system right after it
                weapon = next((s for s in slots[index + 1:] if "WeaponSystem" in s.labels and s.start - first.end <= 45), None)
                if weapon and not MADE_THING_BETWEEN.search(text, first.end + supplied.end(), weapon.start):
                    # "Syria's Russian-supplied S-300 batteries": the possessor got them
                    holder = slots[index - 1] if index and slots[index - 1].labels & {"State", "ArmedForce"} and POSSESSIVE_GAP.fullmatch(text, slots[index - 1].end, first.start) else None
                    to = {"to": next(r.name for r in holder.refs if r.label in ("State", "ArmedForce"))} if holder else {}
                    facts += [Fact("SOLD", owner[0], ref, dict(to), (first.start, first.end + supplied.end())) for ref in _refs([weapon], ("WeaponSystem",))]
            initiative = slots[index + 1] if index + 1 < len(slots) and "Initiative" in slots[index + 1].labels else None
            if initiative and _state_possessor(text, slots, initiative) is first:
                facts += [Fact("LEADS", owner[0], ref) for ref in initiative.refs if ref.label == "Initiative"]  # "China's Belt and Road Initiative"
            if LED_SUFFIX.match(after) and not _quoted(text, first.start):  # 'the wording "China-led SCO"' is talk about words
                led = next((s for s in slots[index + 1:] if s.labels & {"Initiative", "Organization"} and s.start - first.end <= 60), None)
                if led:
                    facts += [Fact("LEADS", owner[0], ref) for ref in led.refs if ref.label in ("Initiative", "Organization")]
        for index, slot, owner in owners:
            if slot.kind == "demonym" and IN_BEFORE.search(text[max(0, slot.start - 4):slot.start]) and SERVICE_AFTER.match(text[slot.end:slot.end + 9]):
                weapons = [s for s in slots[:index] if "WeaponSystem" in s.labels]
                # the phrase is the sentence's claim, and so as doubtful as the sentence: "no evidence
                # that a single Su-35 is in Egyptian service", "No Su-35 is in Egyptian service"
                if weapons and not blocked(text, slot.start - 3, slot.end + 8, max(0, weapons[-1].start - 16), _assertion_start(text, slot.start)):
                    # "Versions of the H-6 remain in Chinese service"
                    facts += [Fact("OPERATES", owner[0], ref) for ref in weapons[-1].refs if ref.label == "WeaponSystem"]
        return facts + _operator_links(text, slots) + _appositive_members(text, slots) + _colon_members(text, slots) + _grouping_members(text, slots) + _own_designs(text, slots) + _engaged_crafts(text, slots) + _coordinated_crafts(text, slots) + _carrier_crafts(text, slots)


# A fight between two states' crafts: "Ethiopian Su-27s shot down Eritrean MiG-29s", "a Turkish F-16 downed a Russian Su-24"
ENGAGED = re.compile(r"(?:s|es)?\s+(?:\w+ly\s+)?(?:shot down|shoots down|downed|intercepted|engaged|sank|destroyed)\s+(?:an?\s+|the\s+|two\s+|three\s+|\d+\s+)?$", re.IGNORECASE)


def _engaged_crafts(text: str, slots: list[Slot]) -> list[Fact]:
    """Both sides of an engagement between crafts each named with its state's adjective operate
    them: "Ethiopian Su-27s shot down Eritrean MiG-29s"."""
    crafts = [
        (first, second) for first, second in zip(slots, slots[1:])
        if (first.kind == "demonym" and "State" in first.labels or "ArmedForce" in first.labels)
        and "WeaponSystem" in second.labels and text[first.end:second.start] == " "
    ]
    facts = []
    for (owner, craft), (other_owner, other_craft) in zip(crafts, crafts[1:]):
        engaged = ENGAGED.fullmatch(text, craft.end, other_owner.start)
        verb = re.search(r"shot down|shoots down|downed|intercepted|engaged|sank|destroyed", text[craft.end:other_owner.start], re.IGNORECASE) if engaged else None
        if verb is None or blocked(text, craft.end + verb.start(), craft.end + verb.end(), 0):
            continue  # "No Turkish F-16 ever shot down ...", "Reports claim a Turkish F-16 shot down ..."
        for side, system in ((owner, craft), (other_owner, other_craft)):
            facts += [Fact("OPERATES", o, w) for o in side.refs if o.label in ("State", "ArmedForce") for w in system.refs if w.label == "WeaponSystem"]
    return facts


# Two states' crafts as one subject: "A Russian Tu-95 and a Chinese H-6K fly over the Sea of Japan",
# "an Egyptian Air Force MiG-29M and a Chinese J-10C flew in formation"; the words between the two
# crafts (their class nouns, "and", an article or count) ...
CRAFTS_AND = re.compile(r"(?:s|es)?(?:\s+(?-i:[a-z])[\w-]*){0,2}?,?\s+and\s+(?:an?\s+|the\s+|two\s+|three\s+|four\s+|\d+\s+)?", re.IGNORECASE)
# ... and the verb of motion or use that follows the second, after its own class noun
CRAFTS_MOVE = re.compile(
    r"(?:s|es)?(?:\s+(?-i:[a-z])[\w-]*){0,2}?\s+(?:\w+ly\s+|also\s+|both\s+)?"
    r"(fly|flies|flew|flying|sail|sails|sailed|sailing|patrol|patrols|patrolled|land|lands|landed|take off|takes off|took off|"
    r"fire|fires|fired|escort|escorts|escorted|refuel|refuels|refuelled|refueled|taxi|taxis|taxied)\b",
    re.IGNORECASE,
)


def _coordinated_crafts(text: str, slots: list[Slot]) -> list[Fact]:
    """Each of two crafts named with its own state's adjective or force and joined as the
    subject of a verb of motion or use is fielded by that owner: "A Russian Tu-95 and a Chinese
    H-6K fly over the Sea of Japan" (the second owner is otherwise left out, the nearest verb's
    subject being the second craft alone)."""
    crafts = [
        (first, second) for first, second in zip(slots, slots[1:])
        if (first.kind == "demonym" and "State" in first.labels or "ArmedForce" in first.labels)
        and "WeaponSystem" in second.labels and text[first.end:second.start] == " "
    ]
    facts = []
    for (owner, craft), (other_owner, other_craft) in zip(crafts, crafts[1:]):
        if not CRAFTS_AND.fullmatch(text, craft.end, other_owner.start):
            continue
        verb = CRAFTS_MOVE.match(text, other_craft.end)
        if verb is None or blocked(text, verb.start(1), verb.end(1), 0):
            continue  # "A Russian Tu-95 and a Chinese H-6K did not fly ...", "were said to have flown ..."
        for side, system in ((owner, craft), (other_owner, other_craft)):
            facts += [Fact("OPERATES", o, w) for o in side.refs if o.label in ("State", "ArmedForce") for w in system.refs if w.label == "WeaponSystem"]
    return facts


def _carrier_crafts(text: str, slots: list[Slot]) -> list[Fact]:
    """The craft that carried a delivery, named with its state's adjective or force, is fielded
    by that owner: "FK-3 systems, carried to Belgrade by Chinese Y-20 transport aircraft",
    "flown in by Chinese Y-20 transports" (the cargo's buyer does not get the carrier)."""
    facts = []
    for owner, craft in zip(slots, slots[1:]):
        if not ((owner.kind == "demonym" and "State" in owner.labels or "ArmedForce" in owner.labels)
                and "WeaponSystem" in craft.labels and text[owner.end:craft.start] == " "):
            continue
        carried = CARRIED_BY.search(text, max(0, owner.start - 60), owner.start)
        if carried is None or text[carried.end():owner.start].strip() or blocked(text, carried.start(), carried.end(), 0):
            continue  # "were not flown in by Chinese Y-20s", "reportedly carried by ..."
        facts += [Fact("OPERATES", o, w) for o in owner.refs if o.label in ("State", "ArmedForce") for w in craft.refs if w.label == "WeaponSystem"]
    return facts


# "Both ships", "The two vessels", "These warships": the systems just named, all of them
PLURAL_SYSTEMS = re.compile(
    r"\s*(?:both|all)?\s*(?:the|these|those)?\s*(?:two|three|four|five|six|several)?\s*"
    r"(?:ships|vessels|warships|submarines|boats|aircraft|jets|fighters|bombers|helicopters)\b",
    re.IGNORECASE,
)


# "Unlike India, Pakistan has never flown ...": the state compared with is not the one the
# sentence is about, nor what "it" or "its navy" means next
COMPARED_OPENING = re.compile(r"\W*(?:unlike|like|as with|compared (?:with|to)|in contrast (?:with|to)|contrary to)\s[^,;.]{1,80},", re.IGNORECASE)


# what joins two names in one coordination: "A and the B", "A, B"
COORDINATED_NAMES = re.compile(r"\s*(?:,|\band\b|&)\s*(?:the\s+)?", re.IGNORECASE)


@dataclass
class DocumentMemory:
    """What holds for the whole document: its headings, and who has been patrolling."""

    headings: list[str] = field(default_factory=list)
    heading_refs: list[Ref] = field(default_factory=list)  # entities of the latest heading
    patrollers: list[Ref] = field(default_factory=list)
    crews: dict[str, list[Ref]] = field(default_factory=dict)  # the last patrollers by air and by sea
    exercises: list[Ref] = field(default_factory=list)  # every exercise named so far
    forces: list[Ref] = field(default_factory=list)  # every armed force named so far
    systems: list[Ref] = field(default_factory=list)  # every weapon system named so far
    topics: list[Ref] = field(default_factory=list)  # every topic named so far (what a draft was about)
    veto_subjects: tuple[Ref, ...] = ()  # what the document's last veto found concerned ("the draft" after it is that draft)
    aggressors: tuple[Ref, ...] = ()  # who the last invasion or attack the document told of was by ("condemns this aggression")
    vetoers: tuple[Ref, ...] = ()  # who cast the last veto the document told of ("Japan condemned the veto")
    paragraph_before: list[Ref] = field(default_factory=list)  # what the paragraph before the current one named ("the jets" going on with it)
    # the organization a paragraph since the latest heading opened with ("The African Union (AU) is ..."), while no later
    # paragraph names another: what a "Members:" list or a "| State | Joined |" table in the next paragraphs is of
    lead_body: Ref | None = None
    lead_in: str = ""  # the sentence before, when it ends with a colon: what a table under it lists ("... of the following organisations:")
    states: list[Ref] = field(default_factory=list)  # every state named so far ("The two countries" opening a paragraph)
    # every state that opened a sentence as its subject so far: the actors a later paragraph's "all four
    # states" means, not the sellers and places named beside them
    subject_states: list[Ref] = field(default_factory=list)
    state_pair: tuple[Ref, ...] = ()  # the last two states named as a pair ("Russia and China vetoed ...")
    states_listed: int = 0  # how many states the last sentence naming any named ("the two countries" after three is none of them)
    acting_pair: tuple[Ref, ...] = ()  # the last two states found doing one thing together (a force stands for its state)
    exporters: list[Ref] = field(default_factory=list)  # "Chinese armed drone exports": the seller a heading names
    patrol_seen: bool = False
    council: Ref | None = None  # the latest council named (its seats are "permanent" or "elected")
    council_cues: frozenset = frozenset()  # what sentences so far spoke of: "veto", a bare "the Council", "resolution"; "not adopted" anywhere
    dateline: Ref | None = None  # the state a wire story's dateline places it in ("MOSCOW —")
    force_states: dict[str, str] = field(default_factory=dict)  # armed force → the state it belongs to (gazetteer)
    permanent_members: frozenset = frozenset()  # the states whose negative vote is a veto (gazetteer)
    firms: frozenset = frozenset()  # organizations that have no member states: companies, shipyards (gazetteer)
    firm_states: dict[str, str] = field(default_factory=dict)  # firm → its home state (gazetteer)
    title_refs: list[Ref] = field(default_factory=list)  # entities of the first heading that names any ("THE COUNCIL OF THE EUROPEAN UNION,")
    opening_refs: list[Ref] = field(default_factory=list)  # what the document's first heading names by name ("# Bangladesh"; not "IDEX, Abu Dhabi")
    issuers: tuple[Ref, ...] = ()  # who a speech or statement is by, as its heading or "We, the ..." says
    speakers: tuple[Ref, ...] = ()  # who "we" is in the current turn: the issuers, or a labelled speaker's state
    speaker_states: dict[str, tuple[Ref, ...]] = field(default_factory=dict)  # a transcript speaker's surname → the state their first label named
    members: dict[str, list[Ref]] = field(default_factory=dict)  # organization → the states found to be its members so far
    organizations: list[Ref] = field(default_factory=list)  # every organization named so far (what a bare list of members is of)
    body_mentions: Counter = field(default_factory=Counter)  # organization → how often named or referred to so far
    group_labels: set[str] = field(default_factory=set)  # headings that were list entries ("- North Africa" grouping members)
    written: int | None = None  # the year a dated document was written: a "March 1978" line in its title block

    def main_body(self) -> tuple[Ref, ...]:
        """The organization the document has named or referred to ("the alliance") most often so
        far, where one leads the rest: what a paragraph naming none is about."""
        ranked = Counter({ref: n for ref, n in self.body_mentions.items() if ref.name not in self.firms}).most_common(2)
        if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
            return ()
        return (ranked[0][0],)

    def named_by_label(self) -> dict[str, list[Ref]]:
        """The lists of entities named so far, by the label they keep."""
        return {"Exercise": self.exercises, "ArmedForce": self.forces, "State": self.states, "WeaponSystem": self.systems, "Topic": self.topics, "Organization": self.organizations}


# "The air force flew both against Egypt": the object "both" closing its clause, not "both the MiG-21 and ...", "both types of radar"
BOTH_OBJECT = re.compile(r"\s+both(?=\s*(?:[.,;:]|$)|\s+(?:against|in|at|on|from|with|until|till|during|for|over|into|since|when|after|before|alongside|throughout)\b)")
# "Mirage 5 drawings", "MiG-21 spares", "Su-27 engines": a system naming what was taken from it
# what a system's name may stand before as the goods of a deal that are not the system itself
# the papers a system is made from, named after it: "Mirage 5 drawings", "the Su-27 blueprints"
SYSTEM_PAPERS = r"drawings|plans|blueprints|documentation"
DESIGN_OF_SYSTEM_AFTER = re.compile(
    rf"s?\s+(?:designs?|{SYSTEM_PAPERS}|technology|technologies|know-how|production (?:licen[cs]es?|rights|lines?)|licen[cs]es?|source code)\b",
    re.IGNORECASE,
)
SYSTEM_AS_SOURCE_OF_PARTS = re.compile(rf"s?\s+(?:{SYSTEM_PAPERS}|engines?|spares|spare parts|components|tooling)\b", re.IGNORECASE)


# "It ...", "The two countries ...": a clause opening with a pronoun for earlier subjects
SINGULAR_SUBJECT_OPENING = re.compile(r"\s*(?:it|the country|the state|the government)\b", re.IGNORECASE)
PRONOUN_SUBJECT_OPENING = re.compile(r"\s*(?:it|they|the country|the state|the government|both|the two|the pair)\b", re.IGNORECASE)
# "Relations between India and Russia", "Military ties between ...": the two a sentence is about, though no subject
TIES_BETWEEN = re.compile(r"\W*(?:[\w-]+\s+){0,2}?(?:ties|relations|cooperation|contacts|links|friendship|rapprochement)\s+between\s+(?:the\s+)?", re.IGNORECASE)
# "France, Russia and China" is a list's end, not a pair
LISTED_BEFORE = re.compile(r",\s*(?:the\s+)?$")


# "Pakistan did too", "Sweden did the same in 2024", "Canada followed suit": a deed told before, repeated by a new subject
# (not "did not", "may do the same": the cue needs the deed done)
DONE_LIKEWISE = re.compile(r"\b(?:did|has done|have done|had done)\s+(?:so|likewise|the same)\b|\bdid\s+too\b|\bfollowed\s+suit\b", re.IGNORECASE)
# "Finland became the 31st member of NATO, and Sweden followed": an entry told before in the sentence
ENTRY_TOLD_BEFORE = re.compile(r"\b(?:join|member|accession|acced|admitted|admission)", re.IGNORECASE)
# "So did Belarus", ", and so too did Japan": the same cue inverted, its doer after it (not "so did not")
SO_DID = re.compile(r"(?:^(?:and\s+)?|,\s*and\s+|;\s*)so\s+(?:too\s+|also\s+)?(?P<aux>did|does|do|is|are|has|have)\s+(?!not\b)", re.IGNORECASE)
# "Kenya is too.", "India does too": a standing or habit shared, its holder before the cue, the sentence ending
ALIKE_TOO = re.compile(r"\s(?P<aux>is|are|does|do|has|have)\s+too\s*[.;]", re.IGNORECASE)
# a trigger that tells a standing, not a deed another can repeat with "so did"
STANDING_TRIGGER = re.compile(r"\b(?:members?|membership|seats?|partners?|allies|ally)\b", re.IGNORECASE)
# (but "became the ninth member" is a deed: an entry)
BECAME_BEFORE = re.compile(r"\b(?:became|become|won)\s+(?:[\w-]+\s+){0,3}(?:members?|membership|seats?|partners?|allies|ally)$", re.IGNORECASE)
# what may follow that doer: the clause's end, a time, a place
SO_DID_CLOSES = re.compile(r"\s*(?:[.;!]|,?\s+(?:in|on|by|at|a|an|two|three|later|soon|shortly|too|months?|weeks?|days?|years?)\b|$)", re.IGNORECASE)
# the doer right before the cue: "Pakistan did too", "Sweden, too, did so", "the Netherlands later did the same"
DOER_BEFORE_CUE = re.compile(r"(?:\s*,\s*too\s*,)?\s+(?:(?:also|later|soon|then|quickly|eventually|\w+ly)\s+)?", re.IGNORECASE)
# what may stand before a doer opening its sentence: "In 2024 Sweden did the same", "Two days later, Japan did too"
DOER_OPENS = re.compile(r"\W*(?:(?:in|by|a|an|two|three|four|five|six|some|several|\d{4}|\w+ly|later|then|soon|and|but|months?|years?|weeks?|days?)[\s,]+){0,4}(?:the\s+)?", re.IGNORECASE)
# the relations whose source is the one who acts, the deed another can repeat (a sale told also as a purchase is not)
DONE_LIKEWISE_TYPES = frozenset(("MEMBER_OF", "PARTICIPATED_IN", "PATROLLED", "DRILLED_IN", "OPERATES", "SANCTIONED", "OPPOSES", "VETOED", "HOSTED"))


# The broad family of a kind of system, by the last word of its kind in the gazetteer or of the
# noun that describes it: "the boats" may be the corvettes or the submarine just named, not the
# missile named before them. Words of two families ("carrier", "tanker") and the generic ones
# ("system", "platform", "type") belong to none and are never checked.
KIND_FAMILIES = {
    "naval": frozenset(("boat", "ship", "vessel", "frigate", "corvette", "destroyer", "submarine", "cruiser", "battlecruiser",
                        "dock", "minesweeper", "icebreaker", "chaser", "cutter", "escort", "warship")),
    "air": frozenset(("fighter", "aircraft", "helicopter", "bomber", "fighter-bomber", "drone", "trainer", "interceptor",
                      "airlifter", "quadcopter", "jet", "plane", "warplane", "airframe")),
    "land": frozenset(("vehicle", "tank", "howitzer", "mortar", "rifle")),
    "missile": frozenset(("missile", "launcher", "radar", "munition", "torpedo", "battery", "batterie")),
}
FAMILY_OF_WORD = {word: family for family, words in KIND_FAMILIES.items() for word in words}


def family_fits(noun: str, kind: str) -> bool:
    """Whether a system of the gazetteer's ``kind`` may be what ``noun`` describes: not when
    both name a family of systems and the families differ; an unknown kind or a generic noun
    always may.

    >>> family_fits("boats", "supersonic cruise missile"), family_fits("boats", "diesel-electric submarine")
    (False, True)
    >>> family_fits("systems", "supersonic cruise missile"), family_fits("boats", "")
    (True, True)
    >>> family_fits("drone", "unmanned combat aerial vehicle"), family_fits("tanks", "unmanned combat aerial vehicle")
    (True, False)
    >>> family_fits("corvettes", "frigate"), family_fits("ships", "frigate")
    (False, True)
    """
    singular = noun.lower()[:-1] if noun.lower().endswith("s") else noun.lower()
    described = FAMILY_OF_WORD.get(singular)
    words = kind.lower().split()
    if not words or described is None:
        return True
    if singular in WARSHIP_TYPES and words[-1] in WARSHIP_TYPES:
        return singular == words[-1]  # a writer keeps warship types apart: corvettes are no frigate
    # "unmanned aerial vehicle" flies, "unmanned underwater vehicle" swims: the word before "vehicle" says which
    family = {"aerial": "air", "air": "air", "underwater": "naval", "surface": "naval"}.get(words[-2]) if words[-1] == "vehicle" and len(words) > 1 else None
    return (family or FAMILY_OF_WORD.get(words[-1], described)) == described


# warship types a writer keeps apart: a patrol boat is no frigate, a frigate no submarine
WARSHIP_TYPES = frozenset(("frigate", "corvette", "destroyer", "submarine", "cruiser", "minesweeper", "icebreaker"))
SMALL_CRAFT_BEFORE = re.compile(r"\b(?:patrol|attack|landing|missile|gun|fast|torpedo|coastal)\s+$", re.IGNORECASE)


def _warship_fits(text: str, described: re.Match, kind: str) -> bool:
    """Whether a naval system of the gazetteer's ``kind`` may be the ``described`` goods, beyond
    ``family_fits``: small craft ("patrol boats", "fast attack craft") are no warship of a named
    type ("a credit line for patrol boats; twelve were built by ...": not the frigate named before)."""
    noun = described.group(0).lower().rstrip("s")
    words = kind.lower().split()
    if not words:
        return True
    if noun in ("boat", "vessel", "craft") and SMALL_CRAFT_BEFORE.search(text, max(0, described.start() - 12), described.start()):
        return words[-1] not in WARSHIP_TYPES
    return True


# the making that "with Russian help/support" must go with to be a transfer of know-how
# the making a sale's know-how went into: "the rest were assembled locally", "built in the country"
LOCAL_MAKING = re.compile(r"\b(?:assembled|built|produced|manufactured|made)\b", re.IGNORECASE)
MAKING_NEAR = re.compile(
    r"\b(?:buil[dt]s?|building|develop(?:s|ed|ing)?|design(?:s|ed|ing)?|produc(?:e|es|ed|ing|tion)|manufactur(?:e|es|ed|ing)|made|makes?|making|"
    r"assembl(?:e|es|ed|ing|y)|construct(?:s|ed|ing|ion)?|upgrad(?:e|es|ed|ing)|moderni[sz](?:e|es|ed|ing|ation)|refit(?:s|ted|ting)?|"
    r"cop(?:y|ies|ied|ying)|reverse-engineer(?:s|ed|ing)?|licen[cs]e|programme|program|project|industry|factory|plant|shipyard|line)\b",
    re.IGNORECASE,
)
# help that is know-how by its own words: "with Chinese engineering support", "with Russian technology"
TECHNICAL_HELP = re.compile(
    r"\s+(?:[\w'’-]+\s+){1,2}?(?:(?:technical|technological|engineering|design)\s+(?:help|assistance|support|aid)|expertise|know-how|technology|technologies|blueprints)\b",
    re.IGNORECASE,
)
# a trigger that ends where an apposition naming its members opens: "its five founders — ", "the original four, "
APPOSITION_OPENED = re.compile(r"(?:,|--|[—–])\s*(?:among them\s+|including\s+)?$")
# ... and where it closes: a dash, or a comma before a lower-case word that is no list's ("..., did not invite")
APPOSITION_CLOSED = re.compile(r"\s*(?:--|[—–])|,\s+(?!(?:the|and|or)\b)(?-i:[a-z])")


# A kind of system named by a common noun: "The boats were built by Larsen & Toubro" tells of
# boats the sentence describes, not of the term or system named before it (see ParagraphContext.term).
DESCRIBED_GOODS = re.compile(
    r"\b(?:boats?|ships?|vessels?|frigates?|corvettes?|destroyers?|submarines?|tanks?|howitzers?|helicopters?|jets?|fighters?|"
    r"aircraft|bombers?|planes?|missiles?|drones?|vehicles?|launchers?|radars?|rifles?)\b",
    re.IGNORECASE,
)


class ParagraphContext:
    """What earlier sentences of the paragraph (and the section heading) said: the
    last subjects, organizations and exercises, and the years in play."""

    def __init__(self, heading_refs: list[Ref] | None = None, memory: "DocumentMemory | None" = None):
        self.recent: list[Ref] = list(heading_refs or [])
        self.section_refs = tuple(self.recent)  # what the headings over the paragraph name
        self.section_heading = memory.headings[-1] if memory and memory.headings else ""  # the text of the heading over it
        self.labels_seen = {ref.label for ref in self.recent}  # kept with ``recent``: asked for every sentence
        self.subjects: list[Ref] = []
        self.lead_subjects: list[Ref] = []  # ... without those named after "with" as the subject's companions
        self.state_subjects: list[Ref] = []  # the last subject that was a state
        self.state_subjects_before: list[Ref] = []  # ... as the previous sentence left it
        self.supplier: Ref | None = None  # "Russian arms purchases": where the paragraph's arms come from
        self.clientele: tuple[Ref, Ref] | None = None  # "Russia is Vietnam's largest supplier": (seller, buyer)
        self.trade: tuple[Ref, Ref] | None = None  # the paragraph's last (seller, buyer) of any sale, for "the buyer", "the seller"
        self.named: list[Ref] = []  # what the current sentence names by name
        self.previous_named: list[Ref] = []  # ... and the previous one
        self.parties: list[Ref] = []  # what the current sentence names by name, places left out
        self.earlier_parties: list[Ref] = []  # ... and the paragraph's earlier sentences
        self.previous_parties: list[Ref] = []  # ... and the sentence right before
        self.draft_subjects: list[Ref] = []  # what the paragraph's latest "draft on ..." concerned
        self.sanctions_named = False  # whether the paragraph spoke of sanctions, for "imposed them on Libya"
        self.entry_parties_from = 0  # where in ``earlier_parties`` the current list entry's own begin
        self.bystanders: set[str] = set()  # states the paragraph named as a text's drafters, sponsors or abstainers
        self.draft_told = False  # an earlier sentence of the paragraph told of a draft ("Blocked by Russia." after it)
        self._draft_in_sentence = False
        self.senders: list[Ref] = []  # "Moscow sent a frigate; Beijing sent a destroyer": who made up the group
        self.patrol_places: tuple[Ref, ...] = ()  # where the paragraph's last patrol went, for "X joined the arrangement"
        self.patrol_named = False  # whether an earlier sentence of the paragraph spoke of a patrol
        self.drillers: list[Ref] = []  # who held the paragraph's last drill with no name, for "The drills were held in R"
        self.drill_places: tuple[Ref, ...] = ()  # where the paragraph's last drill by no one named was, for "A and B took part"
        self.years: list[int] = []
        self.memory = memory or DocumentMemory()
        self.sentence_start = len(self.recent)  # where the current sentence's mentions begin in ``recent``
        # where in ``recent`` the paragraph's list (bulleted lines, table rows) began and its current entry began:
        # what the earlier entries between them named is theirs, not the current entry's to borrow
        self.list_start: int | None = None
        self.entry_start = 0
        self.years_before_list: list[int] = []  # the paragraph's years when its list began
        self.topic: Ref | None = None  # the organization a paragraph opens with, which it is about
        self.entered: tuple[Ref, ...] = ()  # the document's main body, once an entry of the paragraph was read as into it
        self.entry_title = False  # whether the paragraph opens with the topic's bare name, as an entry of a reference list does
        self.opened = False
        self.opposed: tuple[str, tuple[Ref, ...]] = ("", ())  # the sentence of the last opposition and whom it opposed, for "... echoed the criticism"
        self.sanctioned: tuple[Ref, ...] = ()  # whom the paragraph's last sanctions were on, for "... followed suit"
        self.sanctioned_in = ""  # the sentence that told of them, for "..., and Norway did the same" in it
        self.last_facts: list[Fact] = []  # what the paragraph's last sentence telling any relation told, for "Pakistan did too"
        self.last_facts_text = ""  # ... and that sentence
        # states last named as the owner of a place ("did not enter United States airspace") or as
        # the nationality of people ("Ukrainian officials"): not actors a later "the two" means
        self.only_places: set[Ref] = set()

    @property
    def headings(self) -> list[str]:
        return self.memory.headings

    @property
    def patrollers(self) -> list[Ref]:
        return self.memory.patrollers

    def see(self, slots: list[Slot], text: str = "") -> None:
        if self.topic is None and not self.opened and slots and (slots[0].start == 0 or text[:slots[0].start] in ("The ", "the ")) \
                and not (len(slots) > 1 and "Organization" in slots[1].labels and COORDINATED_NAMES.fullmatch(text, slots[0].end, slots[1].start)):
            # "SCO (Shanghai Cooperation Organisation). ...": an entry about the organization it opens with;
            # "History. The group grew out of the Shanghai Five ...": the group is the one the section is about;
            # "The Eurasian Economic Union is ...": the article before the name opens the paragraph as well
            # (not "The Gulf Cooperation Council and the Arab League both met ...": about neither alone)
            self.topic = next((ref for ref in slots[0].refs if ref.label == "Organization"), None)
            self.entry_title = slots[0].start == 0  # "Quad (Quadrilateral Security Dialogue). ...": the name alone opens it
        # a run-in label ("History.") does not open the paragraph
        self.opened = self.opened or bool(slots) or len(text.split()) > 3
        self.sentence_start = len(self.recent)
        self.state_subjects_before = self.state_subjects
        # what the previous sentence named by name, in order ("Venezuela's air force is built
        # on Russian and Chinese equipment. It flies ...": "it" is Venezuela, not "Chinese")
        self.earlier_parties.extend(self.parties)
        self.previous_parties = self.parties
        self.sanctions_named = self.sanctions_named or "sanctions" in text.lower()
        if slots and ("raft" in text or "text" in text or "esolution" in text or "enholder" in text):
            # "the United Kingdom and Norway put a draft on Sudan to the vote", "the penholders on Sudan"
            told = [ref for slot in slots if TOLD_DRAFT_SUBJECT.search(text, max(0, slot.start - 40), slot.start) for ref in slot.refs if ref.label in ("State", "Topic")]
            self.draft_subjects = told or self.draft_subjects
        self.draft_told = self.draft_told or self._draft_in_sentence
        self._draft_in_sentence = bool(slots) and DRAFT_TOLD_WORDS.search(text) is not None
        # "a draft sponsored by Morocco ...", "with 1 abstention (China)": no subject of a veto told next
        if slots and (DRAFTER_WORDS.search(text) or ABSTAINED_WORDS.search(text)):  # no mention, no bystander: most sentences skip both
            self.bystanders.update(
                ref.name for group in _groups(text, slots) if drafted(text, group) or _abstaining(text, group) for slot in group for ref in slot.refs
            )
        compared = COMPARED_OPENING.match(text)
        self.parties = [
            ref for slot in slots
            if slot.kind not in ("demonym", "reference") and not _place_before(text, slot.start)
            and not _topic_of_a_state(text, slots, slot)
            and (not OCCASION_AFTER.match(text, slot.end) or _state_owning_a_topic(text, slots, slot))
            and not (compared and slot.end <= compared.end())
            for ref in slot.refs
        ]
        self.previous_named, self.named = self.named, [
            ref for slot in slots if slot.kind not in ("demonym", "reference") for ref in slot.refs
        ]
        self._remember_pair(slots, text)
        self._remember_opening_subject(slots, text)
        # the distinct states, counted by their fields (a tuple hashes in C, a Ref in Python)
        listed = {(ref.name, ref.confidence) for slot in slots if slot.kind not in ("demonym", "reference") for ref in slot.refs if ref.label == "State"}
        self.memory.states_listed = len(listed) or self.memory.states_listed
        named_by_label = self.memory.named_by_label()
        for slot in slots:
            # ... or as the nationality of people or firms: "Ukrainian officials recovered the fragments"
            # ... or as a system's maker: "Peru flew Soviet-built Su-22s" (no actor a later "the two countries" means)
            if "State" in slot.labels and (HOME_WATERS.match(text, slot.end) or slot.kind == "demonym" and (
                    NOT_THE_STATE.match(text, slot.end) or MAKER_COMPOUND.match(text, slot.end))):
                self.only_places.update(slot.refs)
            elif "State" in slot.labels:
                self.only_places.difference_update(slot.refs)
            if "Exercise" in slot.labels and EARLIER_EDITION_AFTER.match(text, slot.end):
                continue  # "Vostok-2018, the previous edition, brought ...": not what "the exercise" means next
            self.recent.extend(slot.refs)
            self.labels_seen.update(slot.labels)
            if "Organization" in slot.labels:
                self.memory.body_mentions.update(ref for ref in slot.refs if ref.label == "Organization")
            if slot.kind != "reference":
                for ref in slot.refs:
                    kept = named_by_label.get(ref.label)
                    if kept is not None:
                        kept.append(ref)
            elif len(slot.refs) == 1 and slot.refs[0].label == "ArmedForce":
                self.memory.forces.append(slot.refs[0])  # "China's navy": a force named, for "both fleets" later

    def _remember_pair(self, slots: list[Slot], text: str) -> None:
        """"China and Russia": two states joined by "and", not the end of a longer list, are
        the pair a later paragraph's "the two countries" means."""
        for first, second in zip(slots, slots[1:]):
            if (
                len(first.refs) == len(second.refs) == 1 and first.refs[0].label == second.refs[0].label == "State"
                and "demonym" not in (first.kind, second.kind)  # "a French and Spanish draft": no actors
                and first.refs[0] != second.refs[0] and text[first.end:second.start] in (" and ", " and the ")
                and not LISTED_BEFORE.search(text[max(0, first.start - 6):first.start])
            ):
                self.memory.state_pair = (first.refs[0], second.refs[0])

    def _remember_opening_subject(self, slots: list[Slot], text: str) -> None:
        """"Vietnam and Laos are neighbours. They held ...": states opening a sentence are its
        subject even where the sentence states no relation; a relation read later replaces them."""
        compared = COMPARED_OPENING.match(text)  # "Unlike India, Pakistan has never ...": Pakistan
        opening = len(text) - len(text[compared.end():].lstrip()) if compared else 0
        slots = [s for s in slots if s.start >= opening]
        first = slots[0] if slots and slots[0].labels == {"State"} else None
        if first is not None and TIES_BETWEEN.fullmatch(text, opening, first.start):
            # "Ties between Egypt and Indonesia deepened. In 2018 they joined ...": the two the ties are between
            pair = [slot for slot in slots[:2] if slot.labels == {"State"} and slot.kind != "demonym"]
            if len(pair) == 2 and text[pair[0].end:pair[1].start] in (" and ", " and the ") and not text.startswith(("'s", "’s"), pair[1].end):
                self.subjects = self.state_subjects = self.lead_subjects = [ref for slot in pair for ref in slot.refs]
            return
        if first is None or not SUBJECT_PREAMBLE.fullmatch(text, opening, first.start):
            return
        group = next(g for g in _groups(text, [s for s in slots if s.labels == {"State"}]) if first in g)
        if not SUBJECT_VERB_AFTER.match(text, group[-1].end):
            return  # "India and Russia's partnership", "Russia and China in the Arctic": not the subject
        refs = [ref for slot in group for ref in slot.refs]
        self.subjects = self.state_subjects = self.lead_subjects = refs
        self._remember_subject_states(refs)

    def remember_subject(self, slots: list[Slot]) -> None:
        if slots and all(slot.role == "with" for slot in slots):
            return  # "Talks with South Africa followed": a companion named alone is nobody's subject for a later "they"
        refs = [ref for slot in slots for ref in slot.refs]
        if refs:
            self.subjects = refs
            # "The navy took part in CARAT with the United States. It ...": "it" is the one that took part, not its companion
            self.lead_subjects = [ref for slot in slots if slot.role != "with" for ref in slot.refs] or refs
        if refs and all(ref.label == "State" for ref in refs):
            self.state_subjects = refs
        self.remember_acting(refs)

    def _remember_subject_states(self, refs: list[Ref]) -> None:
        """Keep the states opening a sentence as its subject, in the document's order (a seller or
        partner named after the verb is none of them)."""
        self.memory.subject_states.extend(ref for ref in refs if ref.label == "State")

    def last_subject_states(self, count: int) -> tuple[Ref, ...]:
        """The ``count`` states that last opened a sentence as its subject, most recent first;
        nothing where fewer did."""
        found = tuple(dict.fromkeys(reversed(self.memory.subject_states)))[:count]
        return found if len(found) == count else ()

    def remember_acting(self, refs: list[Ref]) -> None:
        """Two states (a force standing for its own) that did something together, for a later "both countries"."""
        owners = [ref.name if ref.label == "State" else self.memory.force_states.get(ref.name) for ref in refs]
        states = tuple(Ref(name, "State") for name in dict.fromkeys(owners) if name)
        if len(states) == 2:
            self.memory.acting_pair = states

    def event_parties(self, critics: list[Slot]) -> list[Slot]:
        """Who took part in the event a critic names only by a noun ("Beijing condemned the
        patrol"): the states the paragraph's earlier sentences named, a force standing for its
        state, the critics themselves left out."""
        critic_names = {ref.name for slot in critics for ref in slot.refs}
        states = [
            Ref(self.memory.force_states[ref.name], "State") if ref.label == "ArmedForce" else ref
            for ref in self.earlier_parties
            if ref.label == "State" or (ref.label == "ArmedForce" and ref.name in self.memory.force_states)
        ]
        refs = tuple({ref.name: ref for ref in states if ref.name not in critic_names}.values())
        return [Slot(0, 0, refs, "reference")] if refs else []

    def owner_subject(self, forces: tuple[Ref, ...]) -> tuple[Ref, ...]:
        """"Egypt bought Rafales; its air force flies them. In 2016 it took delivery of ...": after
        an aside about a state's own force, "it" (or "they") is still the state the paragraph is about."""
        owners = {self.memory.force_states.get(ref.name) for ref in forces if ref.label == "ArmedForce"}
        if len(self.state_subjects) == 1 and len(forces) == 1 and owners == {self.state_subjects[0].name}:
            return tuple(self.state_subjects)
        return ()

    def subject(self, labels, text: str, left: list[Slot]) -> list[Slot]:
        """Earlier subjects, for a clause whose subject is a pronoun ("It", "They") or elided."""
        if left or not PRONOUN_SUBJECT_OPENING.match(text):
            return []
        refs = tuple(ref for ref in self.subjects if ref.label in labels)
        if len(refs) != 2 and re.match(r"\s*(?:both|the two|the pair)\b", text, re.IGNORECASE):
            return []  # "India, Russia and China met. The two countries ...": which two is not said
        if len(set(refs)) > 1 and SINGULAR_SUBJECT_OPENING.match(text):
            lead = tuple(ref for ref in self.lead_subjects if ref.label in labels)
            refs = lead if len(set(lead)) == 1 else refs  # "It": the one subject, not the companions "with" added
        return [Slot(0, 0, refs, "reference")] if refs else []

    def pronoun_object(self, text: str, end: int, earlier: list[Slot] | tuple[Slot, ...] = ()) -> list[Slot]:
        """"... flies them": the system last named before the verb (``earlier``: the sentence's
        mentions before it), else the one the paragraph was last about; "flew both": the two
        systems the previous sentence named."""
        if BOTH_OBJECT.match(text, end) and not any("WeaponSystem" in s.labels for s in earlier):
            pair = tuple(dict.fromkeys(ref for ref in self.previous_named if ref.label == "WeaponSystem"))
            return [Slot(end, end, pair, "reference")] if len(pair) == 2 else []
        if not re.match(
            r"\s+(?:(?:more than|about|some|over|at least|nearly|around|almost)\s+)?(?:(?:[\d,]+|several|many|all|most|some|a few|"
            # "about sixty of them", "forty-four of them"
            r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
            r"(?:more\s+)?(?:(?:hundred|dozen|thousand)s?\s+)?(?:(?:regiments?|batteries|battery|squadrons?|units?|batch(?:es)?|examples?|copies)\s+)?)?(?:of\s+)?(?:them|it|these|those|the type|"
            # "flies about 260 of the twin-engine jets": a count of the kind of craft just named
            r"(?<=of )(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?(?:jets|fighters|aircraft|planes|helicopters|bombers|ships|warships|frigates|submarines|tanks|howitzers|launchers|batteries))\b",
            text[end:end + 40], re.IGNORECASE,
        ) or SUPPLIED_WITH.search(text, max(0, end - 12), end) and re.match(r"\s+(?:it|them)\s+with\b", text[end:end + 14], re.IGNORECASE):
            return []  # "supplied it with radars": "it" is who received them (not "fielded them with a division")
        # ("built the Nesher from Mirage 5 drawings, and sold 26 of them": a system naming the papers or
        # parts another was made from is not what was sold)
        named = [s for s in earlier if "WeaponSystem" in s.labels and not SYSTEM_AS_SOURCE_OF_PARTS.match(text, s.end)]
        refs = tuple(ref for ref in named[-1].refs if ref.label == "WeaponSystem") if named else self.last_before_sentence(("WeaponSystem",))
        return [Slot(end, end, refs, "reference")] if refs else []

    def term(self, sentence_slots: list[Slot], labels) -> list[Slot]:
        """In a glossary or definition list ("GSI — Spearheaded by China since 2022"), a
        sentence that names nothing of ``labels`` is about the term just defined."""
        if any(s.labels & set(labels) for s in sentence_slots):
            return []
        refs = self.last_before_sentence(labels)
        return [Slot(0, 0, refs, "reference")] if refs else []

    def plural_term(self, text: str, sentence_slots: list[Slot], labels) -> list[Slot]:
        """"A cruiser and a corvette reached Chabahar. Both ships belong to ...": a plural noun
        opening a sentence that names nothing of ``labels`` stands for all the previous sentence named."""
        if any(s.labels & set(labels) for s in sentence_slots) or not PLURAL_SYSTEMS.match(text):
            return []
        refs = tuple({ref.name: ref for ref in self.previous_named if ref.label in labels}.values())
        return [Slot(0, 0, refs, "reference")] if len(refs) > 1 else []

    def last_before_sentence(self, labels) -> tuple[Ref, ...]:
        """The most recent entity with one of ``labels`` named before the current sentence, not
        in an earlier entry of the list the sentence is an entry of ("- Germany: Type 209
        submarines." then "- China: drones operated by the air force": not the submarines)."""
        earlier = (self.recent[i] for i in self._borrowable())
        return next(((ref,) for ref in earlier if ref.label in labels), ())

    def _borrowable(self) -> Iterator[int]:
        """The positions in ``recent`` before the current sentence a reference may reach, latest
        first: the current list entry's earlier sentences, then what came before the list."""
        skipped = range(self.list_start, self.entry_start) if self.list_start is not None else range(0)
        return (i for i in range(self.sentence_start - 1, -1, -1) if i not in skipped)

    def see_entry(self, opens: bool) -> None:
        """The current sentence ``opens`` a list entry (a bulleted line, a table row), or ends
        the list (a line of its own that is no entry); called after :meth:`see`."""
        if opens:
            if self.list_start is None:
                self.list_start, self.years_before_list = self.sentence_start, list(self.years)
            self.entry_start = self.sentence_start
            self.entry_parties_from = len(self.earlier_parties)
            # "2. BG: ... slipped to 2025." then "4. TR: Turkey operates the S-400": an entry is dated by
            # its own years, or those before the list ("In 2019:"), not the last entry's
            self.years = list(self.years_before_list)
        else:
            self.list_start = None
            self.entry_parties_from = 0

    def last(self, labels, count: int = 1, extra: tuple[Ref, ...] = (), actors: bool = False) -> tuple[Ref, ...]:
        """The ``count`` most recent distinct entities with one of ``labels`` (``extra`` counts as
        most recent); with ``actors``, not states last named as a place's owner."""
        found: list[Ref] = []
        for ref in chain(reversed(extra), reversed(self.recent)):
            if actors and ref in self.only_places:
                continue
            if ref.label in labels and ref not in found:
                found.append(ref)
                if len(found) == count:
                    break
        return tuple(found)

    def organization(self, entry: bool = False) -> list[Slot]:
        """The organization an elliptical statement is about: the paragraph's topic, else the last
        named, else, for an ``entry`` (a timeline's "2009 — Albania and Croatia join."), the
        document's main body."""
        # a list entry that names its own body ("- On ECOWAS: Nigeria and Ghana joined in 2001.") is about it, not
        # about the body the list opened with
        own = [ref for ref in self.recent[self.entry_start:] if ref.label == "Organization"] if self.list_start is not None else []
        refs = (own[-1],) if own else (self.topic,) if self.topic else self.last(("Organization",))
        # (not "Malta left the Partnership for Peace and rejoined in 2008", nor a body the paragraph's
        # earlier sentences told of without a name the gazetteer knows: "Georgia and Moldova set it up")
        if entry and not refs and not self.earlier_parties and not any(ref.label in ("Organization", "Initiative") for ref in self.named):
            # the body the paragraphs before were about ("The EU was founded by ..." over "Kuwait acceded in 2010."),
            # else the one the document names most
            lead = self.memory.lead_body
            refs = self.entered = (lead,) if lead is not None and lead.name not in self.memory.firms else self.memory.main_body()
        # "Brunei joined in 1984. ... Vietnam was admitted. Laos and Myanmar followed in 1997.": the paragraph's
        # later entries go on into the body its first one went into
        refs = refs or self.entered
        return [Slot(0, 0, refs, "reference")] if refs else []

    def exercise_subject(self) -> list[Slot]:
        """The exercise "it" stands for: the one the previous sentence opened with or named last."""
        opening = self.previous_named[:1]
        refs = tuple(opening) if opening and opening[0].label == "Exercise" else self.last_before_sentence(("Exercise", "State", "Organization"))
        if refs and refs[0].label != "Exercise":
            # "Indra-2021 lasted a week. Talks with China followed. It was held in ...": the states named since the
            # exercise were nobody's subject, so "it" goes on with the exercise
            told = [i for i, ref in enumerate(self.recent[:self.sentence_start]) if ref.label == "Exercise"]
            since = self.recent[told[-1] + 1:self.sentence_start] if told else []
            if told and not any(ref in self.subjects for ref in since):
                refs = (self.recent[told[-1]],)
        return [Slot(0, 0, refs, "reference")] if refs and refs[0].label == "Exercise" else []

    def exercise(self) -> list[Slot]:
        refs = self.last(("Exercise",)) or self.main_exercise()
        return [Slot(0, 0, refs, "reference")] if refs else []

    def main_exercise(self) -> tuple[Ref, ...]:
        """The exercise the document is about: the one it names most often, the earliest of
        equals (a report on Peace Mission-2021 that mentions Joint Sea in passing)."""
        named = self.memory.exercises
        if not named:
            return ()
        return (max(dict.fromkeys(named), key=named.count),)


# --- helpers over slots -----------------------------------------------------------------

def _family_possible(family: str, labels: set[str], context: "ParagraphContext") -> bool:
    """Whether a sentence with mentions of ``labels`` can hold a relation of ``family``;
    skipping the others keeps extraction fast."""
    if family == "transfer":
        return "WeaponSystem" in labels or "WeaponSystem" in context.labels_seen
    if family == "participation":
        return "Exercise" in labels or "Exercise" in context.labels_seen or bool(context.memory.exercises) or bool(context.patrol_places) or bool(context.drill_places)
    if family == "location":
        return "Region" in labels or bool(labels & {"State", "ArmedForce"})
    if family == "membership":
        return "State" in labels or "Organization" in labels
    return bool(labels & {"State", "Organization", "ArmedForce"})


# a refusal or a withdrawal done with its own object, then "and" a second deed in the past: "turned down the JF-17
# and bought F-16s", "withdrew from Zapad and took part in Vostok" (not "refused to buy X and sell Y", one refusal)
REFUSED_THEN_DONE = re.compile(
    r"\b(?:turned down|rejected|refused|declined|spurned|withdrew from|pulled out of|dropped out of|backed out of|walked away from|"
    r"ruled out|cancel+ed|scrapped|abandoned|skipped|boycotted|sat out)\b"
    # (not a refusal of what others say: "rejected claims that Iran supplied drones and sent troops")
    r"(?:(?!\b(?:that|whether|claims?|reports?|allegations?|accusations?|suggestions?|rumou?rs?|stor(?:y|ies))\b)[^,;:.]){1,80}?\s+and\s+(?:(?:still|later|then|instead|also|eventually)\s+)?$",
    re.IGNORECASE,
)
PAST_DEED = re.compile(r"(?:took part|bought|sold|sent|held|flew|won|got|built|made|(?!(?:denied|refused|declined|failed|rejected|dismissed)\b)[a-z]{3,}ed)\b")
CONTRAST = IndexedPattern(re.compile(r",?\s+but\s|,\s*(?:even\s+)?(?:al)?though\s|\bwhereas\b|;", re.IGNORECASE), SENTENCES)
# ", while" before a subject of its own (not ", while visiting Moscow")
WHILE_CONTRAST = re.compile(r",\s*while\s+(?!(?-i:[a-z]+ing)\b)", re.IGNORECASE)
# A speaker's next statement joined on: "rejected the claim that members would be taxed, and recalled
# that Brazil is a founding member of Mercosur" asserts what is recalled, whatever came before it
RESTATED = IndexedPattern(re.compile(
    r",\s*and\s+(?:also\s+)?(?:recalled|noted|stressed|underlined|reaffirmed|reiterated|added|pointed out|emphasi[sz]ed|affirmed|stated)\s+that\s",
    re.IGNORECASE,
), SENTENCES)


# The words between two predicates of one subject: an object, then a comma or "and"/"or" right before
# the next verb ("to criticise Tokyo, host Vostok-2018 and veto ..."), no new subject or clause between
COORDINATED_PREDICATE = re.compile(r"(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|nor)\s+)(?:(?:also|then|later|\w+ly)\s+)?$", re.IGNORECASE)
CLAUSE_BETWEEN = re.compile(
    r"[;:()\"“”?!]|\.\s|\b(?:but|yet|while|whereas|although|though|because|since|after|before|when|once|until|unless|if|that|which|who|whom|whose|where|whether|instead)\b",
    re.IGNORECASE,
)
IRREGULAR_PAST = (
    "bought sold held flew flown fought took taken sent built led became made won got gave given began begun brought struck met left paid put set shot".split()
)


def _verb_form(text: str, start: int) -> str:
    """The form of the word at ``start``, as far as coordination needs it: "ing", "past", "s" or "base"."""
    word = re.match(r"[A-Za-z-]*", text[start:]).group(0).lower()
    if word.endswith("ing"):
        return "ing"
    if word.endswith("ed") or word in IRREGULAR_PAST:
        return "past"
    return "s" if word.endswith("s") and not word.endswith("ss") else "base"


def _predicate_withheld_before(text: str, withheld: dict[tuple[int, int], str], start: int) -> str | None:
    """The verb form of the predicate before, coordinated with the trigger at ``start`` and kept
    from being a fact by a cue before it, where the trigger shares that form: the cue covers both
    ("has not bought the Su-57 or sold ...", "plans to host Vostok-2018 and join the SCO"). A predicate
    of another form is a statement of its own ("has not bought the Su-57 and operates the Su-30")."""
    earlier = [(span, form) for span, form in withheld.items() if span[1] <= start]
    if not earlier:
        return None
    (_, previous_end), form = max(earlier)
    gap = text[previous_end:start]
    if len(gap) > 120 or CLAUSE_BETWEEN.search(gap) or not COORDINATED_PREDICATE.search(gap):
        return None
    return form if _verb_form(text, start) == form else None


# (a clause with a subject of its own: not "has not bought the BrahMos, and operates the Kilo-class")
JOINED_ON = re.compile(r",\s+(?:and|but|while|whereas)\s+(?=(?:the\s+)?(?-i:[A-Z])|(?:it|they|he|she|we)\b)|;\s*", re.IGNORECASE)


def _after_withheld_predicate(text: str, withheld: dict[tuple[int, int], str], clause_start: int, start: int) -> int:
    """Where a clause joined on after a withheld trigger of the same clause begins ("..., and Beijing
    held ..."), or ``clause_start``."""
    earlier = [end for (_, end) in withheld if clause_start <= end <= start]
    joins = [m.end() for m in JOINED_ON.finditer(text, max(earlier), start)] if earlier else []
    return joins[-1] if joins else clause_start


# ", and Beijing sold ...": a clause of its own joined on, its subject a name and its verb in the past
JOINED_PAST_CLAUSE = re.compile(
    r",\s+and\s+(?=(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\s+(?:(?-i:[a-z]+ly)\s+)?"
    rf"(?-i:[a-z]+ed|{'|'.join(IRREGULAR_PAST)})\b)"
)


def _assertion_start(text: str, start: int) -> int:
    """Where the assertion holding a trigger begins: "there is no evidence that X, although
    Y" asserts Y; a contrast, a semicolon or a clause of its own joined on (", and Beijing sold")
    ends what a scoping cue covers."""
    contrasts = [m.end() for m in CONTRAST.finditer(text, 0, start)]
    # (its look-ahead reads the verb at the trigger: the whole text is searched)
    contrasts += [m.end() for m in JOINED_PAST_CLAUSE.finditer(text) if m.end() <= start] if ", and " in text else []
    contrasts += [m.end() for m in WHILE_CONTRAST.finditer(text, 0, start)] if "while" in text else []
    contrasts += [m.end() for m in RESTATED.finditer(text, 0, start)]
    conceded = _concession_end(text)
    if conceded is not None and conceded < start:
        contrasts.append(conceded)
    contrasts += [end for end in _draft_content_ends(text) if end <= start]
    contrasts.append(_place_relative_start(text, 0, start))
    return max(contrasts)


# What a failed text "would have" done is its content, not the writer's hedge: "a draft that would
# have threatened sanctions was vetoed by China and Russia", "a text, which would have warned of
# measures, received 9 votes to 2". The relative clause ends at its closing comma or at the main
# clause's verb; what follows is asserted.
DRAFT_CONTENT = re.compile(
    r"\b(?:drafts?|texts?|resolutions?|proposals?|motions?)\b[^.;]{0,100}?,?\s+(?:that|which)\s+would\s+have\s+[a-z]",
    re.IGNORECASE,
)
DRAFT_CONTENT_END = re.compile(
    r",\s|\s(?:was|were|had been|has been)\s+(?:\w+ly\s+|again\s+|also\s+|then\s+)?(?:not\s+)?(?:vetoed|blocked|defeated|rejected|adopted|killed|voted down|shot down|struck down|put)\b"
    r"|\s(?:received|failed|fell|got|drew|won|obtained)\b",
    re.IGNORECASE,
)


def _draft_contents(text: str) -> list[tuple[int, int]]:
    """Where each relative clause telling what a draft "would have" done starts (at its verb) and ends."""
    if "would have" not in text:
        return []
    spans = []
    for content in DRAFT_CONTENT.finditer(text):
        end = DRAFT_CONTENT_END.search(text, content.end())
        spans.append((content.end() - 1, end.start() + 1 if end is not None else len(text)))
    return spans


def _draft_content_ends(text: str) -> list[int]:
    """Where each relative clause telling what a draft "would have" done ends (where it is seen to end)."""
    return [end for _, end in _draft_contents(text) if end < len(text)]


# "a draft that would have deplored the US invasion of Panama": the event a draft would have judged took place
JUDGED_EVENT = re.compile(r"invasion of|annexation of|(?:air |missile |drone )?(?:strikes|raids) (?:on|against)|wars? (?:with|against|on)", re.IGNORECASE)


# "Although talks failed in 2010, Russia sold ...": a fronted concession ends at its comma
FRONTED_CONCESSION = re.compile(r"\W*(?:(?:even\s+)?(?:al)?though|while|whereas|despite|in spite of)\s", re.IGNORECASE)
# "Before the plant could deliver anything, the air force received ...": a modal in a fronted
# time clause does not reach the main clause after its comma
FRONTED_TIME_CLAUSE = re.compile(r"\W*(?:before|until|till|after|when|whenever|once|as soon as|by the time)\s", re.IGNORECASE)
# a comma inside a list of names goes on with the list: "Although Russia, China and Iran protested"
# (not the name the main clause opens with, set off by an apposition or a relative: "Despite delays, Estonia, a long-time
# customer, received ...", "..., Peru, which flies the Su-25, bought ...": a lower-case word after its comma)
LIST_COMMA = re.compile(r",\s*(?:the\s+)?(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)*\s*(?:,(?!\s*(?:the\s+)?(?-i:[a-z]))|and\b|or\b)")


def _concession_end(text: str) -> int | None:
    """Where a sentence that opens with "although", "even though" or "despite" turns to
    its main clause: after the first comma that does not go on with a list."""
    if not FRONTED_CONCESSION.match(text):
        return None
    return next((m.end() for m in re.finditer(",", text) if not LIST_COMMA.match(text, m.start())), None)


# a short negated answer that a colon opens out: "It did not: ...", "No: ..."
NEGATED_ANSWER = re.compile(r"\W*(?:no|not so|(?:it|they|this|that|he|she|we|none)\s+(?:did|does|do|was|were|is|are|has|have|had|could|would)(?:\s+not|n't))\s*:\s*", re.IGNORECASE)


FRONTED_SUBORDINATE = re.compile(r"\W*(?:since|because|as|although|though|while|whereas)\s", re.IGNORECASE)


def _fronted_clause_end(text: str) -> int | None:
    """Where a sentence that opens with a subordinate clause ("Since Russia vetoed ...", "When ...",
    "Because ...") turns to its main clause: after its first comma that does not go on with a list."""
    if not (FRONTED_TIME_CLAUSE.match(text) or FRONTED_SUBORDINATE.match(text)):
        return None
    return next((m.end() for m in re.finditer(",", text) if not LIST_COMMA.match(text, m.start())), None)


def _time_clause_end(text: str) -> int | None:
    """Where a sentence that opens with a time conjunction ("before", "when", "once") turns
    to its main clause: after the first comma that does not go on with a list."""
    if not FRONTED_TIME_CLAUSE.match(text):
        return None
    return next((m.end() for m in re.finditer(",", text) if not LIST_COMMA.match(text, m.start())), None)


# ", where" after a named place opens a clause on that place, told as fact whatever the main clause's
# mood: "a larger Council would not have acted on Syria, where Russia and China vetoed draft after draft"
PLACE_RELATIVE = re.compile(r"\b(?-i:[A-Z])[\w-]+,\s+where\s+(?=(?:the\s+)?(?-i:[A-Z]))", re.IGNORECASE)


def _place_relative_start(text: str, begin: int, start: int) -> int:
    """Where the last ", where" clause on a named place before ``start`` opens (``begin`` if none)."""
    if ", where" not in text:
        return begin
    ends = [m.end() for m in PLACE_RELATIVE.finditer(text, begin, start)]
    return max(ends, default=begin)


# "Neither has used the veto since December 1989, when both joined ...": what the "when" clause tells
# is the last time it happened, out of the reach of the negation before "since"
SINCE_WHEN = re.compile(r"\bsince\s+(?:(?:early|mid|late)[- ])?(?:(?:\d{1,2}\s+)?(?-i:[A-Z])[a-z]+\s+)?\d{4},?\s+when\s+", re.IGNORECASE)


def _scope_start(text: str, frame: Frame, start: int, clause_start: int, slots: list[Slot]) -> int:
    """Where cues before a trigger start to count. Within a clause that is its start, except
    that a noun phrase naming its own agent ("refused to join EU sanctions against Russia")
    and a relative clause on a named system ("would complement the Pantsir-S1 systems that
    Serbia received") hold facts that the clause's hedge does not reach."""
    if frame.type == "SANCTIONED" and text[start:start + 9].lower().startswith("sanction"):
        agent = next((s for s in slots if s.end <= start and re.fullmatch(r"\s+", text[s.end:start]) and s.labels & {"State", "Organization"}), None)
        if agent is not None and agent.start >= clause_start and not QUANTIFIED.search(text, clause_start, agent.start):
            return agent.start
    joined = JOINED_CLAUSE_OWN_SUBJECT.search(text, max(clause_start, start - 80), start) if "," in text[clause_start:start] else None
    if joined and _names_its_object(text, start, slots):
        # "India has not bought the Su-57, and it operates the Su-30MKI": a clause of its own (not an elliptical
        # "..., and Armenia remains a member State", whose body the first clause's context supplies)
        clause_start = joined.start() + 1
    if "though" in text[max(0, clause_start - 12):start]:
        conceded = CONCESSIVE_ASIDE.search(text, max(0, clause_start - 12), start)
        if conceded is not None and clause_start < conceded.end():
            clause_start = conceded.end()  # "Angola, though not in the cell, has been a member of SADC": the aside's negation is its own
    paired = JOINED_CLAUSE_PAIR_SUBJECT.search(text, max(clause_start, start - 80), start) if "," in text[clause_start:start] else None
    if paired:
        # "Tajikistan accused Kyrgyzstan of shelling, and the two states clashed again": the pair is a subject
        # of its own, the accusation no cue on what they did together
        clause_start = paired.start() + 1
    answered = NEGATED_ANSWER.match(text)
    if answered and clause_start < answered.end() <= start:
        clause_start = answered.end()  # "It did not: all 36 aircraft were built by Dassault in France"
    timed = _time_clause_end(text) if clause_start < start else None
    if timed is not None and clause_start < timed <= start:
        clause_start = timed
    last_time = SINCE_WHEN.search(text, clause_start, start)
    if last_time is not None:
        clause_start = last_time.end()  # "has not cast one since 1989, when it joined ... in vetoing": the last time, told as fact
    clause_start = max(clause_start, _place_relative_start(text, clause_start, start))
    if frame.type == "VETOED":  # "Result: not adopted (vetoed by China and Russia)": the draft failed, the veto stands
        clause_start = max([clause_start] + [m.end() for m in NOT_ADOPTED.finditer(text, clause_start, start)])
    if frame.type == "MEMBER_OF" and DRAFT_NOUN.search(text, clause_start, start):
        # "the draft ... was not adopted, due to the negative vote of Russia, a permanent member": the draft
        # failed, the seat of the one who voted stands
        clause_start = max([clause_start] + [m.end() for m in NOT_ADOPTED.finditer(text, clause_start, start)])
    if ":" in text[clause_start:start]:
        # "China has shown it will sell air defence to friends: Pakistan fields the HQ-9": the example after
        # the colon is told as fact; not what a report, a claim or a denial goes on to quote
        colons = [m for m in EXAMPLE_COLON.finditer(text, clause_start) if m.end() <= start]
        if colons and not QUOTING_BEFORE_COLON.search(text, clause_start, colons[-1].start()):
            clause_start = colons[-1].end()
    # Dashes, "that" and "which" are rare: look for the characters before running the patterns.
    dashes = [m for m in DASH.finditer(text, clause_start, start)] if "—" in text or "–" in text or "--" in text else []
    if dashes and DASH.search(text, start, start + 120):  # "Egypt might be interested -- Pakistan's use of the type has ... --"
        clause_start = dashes[-1].end()
    asides = [m.end() for m in ASIDE.finditer(text, clause_start, start) if m.end() <= start]
    if asides:  # "the government, having failed to obtain fighters from Britain, agreed to buy ..."
        clause_start = asides[-1]
    relatives = RELATIVE_ON_SYSTEM.finditer(text, clause_start, start) if "that" in text or "which" in text else ()
    for relative in reversed(list(relatives)):
        named = [s for s in slots if "WeaponSystem" in s.labels and s.end <= relative.start()]
        if named and re.fullmatch(r"(?:s|es)?(?:\s+[a-z-]+){0,3}\s+", text[named[-1].end:relative.start()]):
            return relative.start()
    return clause_start


# a concession set off between commas after the subject, negated in itself: "Peru, although not a NATO member,
# bought ...", "Angola, though never in the planning cell, has been ..." (the main clause goes on after the second comma)
CONCESSIVE_ASIDE = re.compile(r",\s*(?:even\s+)?(?:al)?though\s+(?:(?:still|now|long|officially|formally)\s+)?(?:not|never|no longer|hardly)\b[^,;:.]{1,80},\s*", re.IGNORECASE)
# a clause joined on with ", and" that names its own subject right before the trigger: the negation or
# hedge of the first clause stops at the comma ("has not bought the Su-57, and India flies the Su-30MKI"),
# unlike verbs that share the first clause's subject ("has not bought or flown the Su-57")
JOINED_CLAUSE_OWN_SUBJECT = re.compile(
    r",\s+(?:and|but|yet|so|while|whereas)\s+(?:it|they|he|she|we|(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})\s+"
    r"(?:(?:has|have|had|is|are|was|were|did|does|do)\s+)?(?:(?:also|still|now|then|later|since|already|instead|\w+ly)\s+)?"
    # the joined clause's own verb and the words of its object before a noun trigger: ", and Brazil concluded a treaty ..."
    r"(?:(?-i:[a-z])[\w-]*(?:ed|ght|ld|ew|ok|nt|uilt|ade|ame|ove|old)\s+(?:(?:an?|the|its|their|joint|strategic|new|naval|military|live-fire)\s+){0,2})?$"
)
# ", and the two states", ", but both countries", ", and the pair": a pair named before as the joined clause's subject
JOINED_CLAUSE_PAIR_SUBJECT = re.compile(
    r",\s+(?:and|but|yet|so)\s+(?:then\s+)?(?:the\s+two|both|the\s+pair|the\s+neighbou?rs)(?:\s+(?:states|countries|nations|neighbou?rs|sides|governments|armies))?\s+"
    r"(?:(?:has|have|had|is|are|was|were|did|does|do)\s+)?(?:(?:also|still|now|then|later|since|already|again|\w+ly)\s+)?$",
    re.IGNORECASE,
)
PHRASE_END = re.compile(r"[.;:,?!]")


def _names_its_object(text: str, start: int, slots: list[Slot]) -> bool:
    """Whether a name follows the trigger at ``start`` before the next punctuation."""
    stop = PHRASE_END.search(text, start)
    limit = stop.start() if stop else len(text)
    return any(start < s.start < limit for s in slots)


DASH = re.compile(r"\s(?:--|[—–])\s")
# a colon followed by a clause that opens with a name: "...: Pakistan fields the HQ-9"
EXAMPLE_COLON = re.compile(r"(?<=\w):\s+(?=(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*\s+(?:has\s+|have\s+|had\s+|also\s+|already\s+)?[a-z]+(?:s|ed)\b)")
QUOTING_BEFORE_COLON = re.compile(
    r"\b(?:said|says|say|told|claim\w*|alleg\w*|report\w*|rumou?r\w*|den(?:y|ies|ied)|insist\w*|argu\w*|wrote|writes|asked|asks|"
    r"tweet\w*|posted|announc\w*|statement|headline|caption|quot\w*|suggest\w*|speculat\w*|scenario|imagine|suppose|if|whether|would|could|might)\b",
    re.IGNORECASE,
)
# an object that is a part of a system: "produced more than 900 parts", "builds forward fuselage sections"
COMPONENT_OBJECT = re.compile(
    r"\s+(?:the\s+|its\s+|their\s+|some\s+|many\s+|most\s+|all\s+)?(?:(?:more than|over|about|around|nearly|some)\s+)?(?:[\w,-]+\s+){0,4}?"
    r"(?:parts|components|sub-?assemblies|sub-?systems|sections|fuselages?|wings|wing sets|hulls?|modules|spares|kits|airframe parts|assemblies)\b(?!\s+(?:and|as well as)\s+(?:the\s+)?(?:complete|whole|entire))", re.IGNORECASE)
# a pronoun object closing the verb phrase: "designed them, from ...", "built it in Adelaide"
# "organised the majority of exercises", "hosted most of the drills", "led many exercises": a count of exercises, none named
MANY_EXERCISES_OBJECT = re.compile(
    r"\s+(?:the\s+(?:majority|bulk)\s+of|most|many|several|dozens\s+of|scores\s+of|a\s+(?:number|third|quarter|half)\s+of|half|numerous|\d+\s+per\s*cent\s+of)"
    r"(?:\s+of)?(?:\s+the)?\s+(?:[\w-]+\s+){0,2}?(?:exercises|drills|manoeuvres|maneuvers|war\s?games)\b",
    re.IGNORECASE,
)
NAMED_AMONG_MANY = re.compile(r"\b(?:including|such as|among them|notably)\s+(?:the\s+)?$", re.IGNORECASE)
# "operates it alongside older F-7s", "flies them together with its Su-30s": the pronoun is an object of its own
PRONOUN_OBJECT_BESIDE = re.compile(r"\s+(?:them|it)\s+(?:alongside|together with|as well as|next to|beside)\s", re.IGNORECASE)
PRONOUN_OBJECT_ALONE = re.compile(r"\s+(?:them|it)(?=\s*[,.;:]|\s+(?:in|at|from|for|with|under|and|but|during|between|since|until)\b)", re.IGNORECASE)
# an object that is the know-how for a system, not the system: "transferred Gripen production technology"
KNOW_HOW_OBJECT = re.compile(
    r"\s+(?:the\s+|its\s+|their\s+|full\s+|some\s+)?(?:[\w-]+\s+){0,4}?(?:technology|technologies|know-how|blueprints|technical documentation|production rights|"
    # "handed over drawings of the MiG-17": the papers to build it, not the jets
    r"drawings|schematics|design documents|design documentation)\b", re.IGNORECASE)
# a pronoun that "delivered" with nothing after it but a colon or a dash: a promise kept
DELIVERED_AS_PROMISED = re.compile(r"\b(?:they|it|we|he|she)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
CLAUSE_COLON = re.compile(r"\s*(?::|;|\s(?:--|[—–])\s)")
# "our first supersonic export", "the largest single export": the noun after a determiner and its adjectives
# ("the country also exports": an adverb before the verb is no adjective)
EXPORT_NOUN = re.compile(
    r"\b(?:a|an|the|our|its|their|his|her|this|that)\s+(?:(?:(?-i:[A-Z])[a-z]+|first|second|third|fourth|fifth|last|latest|largest|biggest|single|only|"
    r"major|main|new|initial|supersonic|significant|big|notable|\w+-\w+)\s+){1,3}$", re.IGNORECASE)
EXPORTS_AFTER_PREPOSITION = re.compile(r"\b(?:on|about|over|for|of|in|into|with|by|from)\s+$", re.IGNORECASE)
# ", developed by", ", built under licence by": a participle set off after a noun, with its own agent
PARTICIPLE_AGENT = re.compile(r",\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|built|made|sold|bought)\s+(?:[\w-]+\s+){0,3}?by\s+(?:the\s+)?$")
# "failed to extend the mandate of the panel, owing to a veto by Russia": the text failed, the veto stands
NOT_ADOPTED = re.compile(r"\bnot (?:been )?(?:adopted|passed|approved|extended|renewed)\b|\bfailed to (?:be )?(?:adopted|adopt|pass|extend|renew)\b", re.IGNORECASE)
# "the draft resolution", "the text": what a council adopts or fails to
DRAFT_NOUN = re.compile(r"\b(?:draft|resolution|text)s?\b", re.IGNORECASE)
BORDER_WITH = re.compile(r"\b(?:borders?|frontiers?|boundar(?:y|ies))\s+with\s+[^;:.()]{0,60}$", re.IGNORECASE)
ASIDE = IndexedPattern(re.compile(
    r"(?:^|,)\s*(?:having|after|despite|unlike)\b[^,;]{0,120},\s*|"
    # a participle set off after the subject: "Turkey, barred from the F-35 programme, bought ...",
    # "Iran, long accused of arming militias, bought ..."
    r",\s*(?:\w+ly\s+|long\s+|once\s+)?(?:accused|barred|banned|excluded|expelled|suspended|removed|sanctioned|denied|refused|rebuffed|spurned|"
    r"shut out|kept out|unable|blocked|prevented|frustrated|stung|angered|alarmed)\b[^,;]{0,120},\s*",
    re.IGNORECASE), SENTENCES)
# "No US sanctions", "possible EU sanctions": the noun phrase itself is negated or hedged.
QUANTIFIED = re.compile(r"\b(?:no|not|any|never|possible|potential|proposed|future|further|new|more)\s+$", re.IGNORECASE)
SUBJECT_RELATIVE = re.compile(r",\s*(?:which|that)\s+$")
# the comma that closes a relative clause, right before the main clause's passive verb
# a phrase of comparison opening the sentence, whose relative clause the main clause's own subject follows
FRONTED_COMPARISON = re.compile(r"\W*(?:unlike|like|besides|apart from|as with|compared (?:with|to)|in contrast to)\s", re.IGNORECASE)
NEW_SUBJECT_AFTER_RELATIVE = re.compile(
    r",\s*(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\s+(?:(?:\w+ly|also|has|have|had|is|are|was|were)\s+){0,2}"
)
# ", ratified its accession", ", holds a seat": a finite verb right after the comma, the main clause's
VERB_AFTER_RELATIVE = re.compile(r",\s+(?:(?-i:[a-z]+ly)\s+)?(?-i:[a-z]{3,}(?:ed|s))\s+(?:(?:a|an|the|its|their)\s|(?-i:[a-z]))")
# (", as a permanent member,": the standing the main clause's subject acts in)
RESUMED_AFTER_RELATIVE = re.compile(r",\s*(?:(?:is|are|was|were|has|have|had|been|still|also|now)\s+){0,2}(?:as\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?)?$")
# "from 20 nations", "from a dozen partner countries", "from more than 30 states": states counted, none named
COUNTED_STATES = re.compile(
    r"\s+(?:(?:some|about|around|roughly|nearly|almost|over|more than|at least|up to)\s+)?(?:\d+|a dozen|dozens of|several|many|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)(?:-[a-z]+)?)\s+"
    r"(?:[\w-]+\s+)?(?:nations|countries|states|navies|armies|air forces)\b",
    re.IGNORECASE,
)
PRONOUN_RELATIVE = re.compile(r"\b(?:which|that)\s+(?:it|they)\s+(?:\w+\s+)?$")
RELATIVE_ON_SYSTEM = re.compile(r"\b(?:that|which)\s+(?=[A-Z]|the\s+[A-Z]|it\s|they\s)")


# names and nothing else between two dashes: "Argentina, Australia, ..., the United Kingdom and the United States"
LISTED_NAME = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’.-]*){0,4}"
NAME_LIST = re.compile(rf"\s*{LISTED_NAME}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+){LISTED_NAME})*\s*")


# "Serbia, far from Africa but courted by the same suppliers, took delivery": a "but" inside the
# commas of an aside on the subject, closed by a comma right before the main verb
BUT_IN_APPOSITION_BEFORE = re.compile(r",\s+(?:[\w'’-]+\s+){1,5}$")
BUT_IN_APPOSITION_AFTER = re.compile(
    r"(?:[\w'’-]+\s+){0,6}?[\w'’-]+,\s+(?:\w+ly\s+)?(?:(?:has|have|had)\s+)?"
    r"(?:took|bought|sold|joined|held|sent|built|flew|signed|received|ordered|acquired|supplied|delivered|hosted|imposed|vetoed)\b",
    re.IGNORECASE,
)


BARE_BUT = re.compile(r"\s+but\s")


def _but_in_apposition(text: str, match: re.Match) -> bool:
    """Whether a clause break is the bare "but" of an aside between commas after the subject."""
    if not BARE_BUT.fullmatch(match.group(0)):
        return False
    before = BUT_IN_APPOSITION_BEFORE.search(text, max(0, match.start() - 60), match.start() + 1)
    return bool(before and "," not in text[before.start() + 1:match.start()] and BUT_IN_APPOSITION_AFTER.match(text, match.end()))


def _breaks(text: str, trigger_starts: list[int]) -> list[tuple[int, int, int | None]]:
    """Clause boundaries as ``(start, end, resumes)``; ``resumes`` is, for the comma that
    closes a relative clause ("Moscow, which had refused ..., sold"), where that relative
    clause began, so the main clause can find its subject before it. Only a comma right
    before a verb closes one: the commas of a list ("whose members are A, B and C") do not."""
    breaks = []
    conceded = _concession_end(text)
    if conceded is not None:
        breaks.append((conceded - 1, conceded, None))
    found = list(CLAUSE_BREAKS.finditer(text))
    dashes = [m for m in found if m.group(0).strip() in ("—", "–", "--")]
    # "all four Quad navies -- India, the US, Japan, Australia -- took part": a dashed
    # aside is part of its clause.
    # ("nineteen countries — Argentina, Australia, ..., the United States — plus": a list of names of any length)
    aside = {m.start() for a, b in zip(dashes, dashes[1:]) if b.start() - a.end() <= 80 or NAME_LIST.fullmatch(text, a.end(), b.start()) for m in (a, b)}
    found += _prepositional_relatives(text) + _purpose_clauses(text)
    for match in found:
        if match.start() in aside or _but_in_apposition(text, match):
            continue
        relative = RELATIVE.match(match.group(0)) or PREPOSITIONAL_RELATIVE.match(match.group(0))
        if not relative and SET_OFF_CONCESSION.fullmatch(match.group(0)):
            # "Angola, though not in the planning cell, has been a member": a concession set off after the
            # subject, closed by a comma the main clause's verb follows, is read as a relative clause is
            closing = _relative_closing(text, match.end(), trigger_starts)
            relative = closing is not None and not CLAUSE_BREAK.search(text, match.end(), closing + 1)
        breaks.append((match.start(), match.end(), match.start() if relative else None))
        if relative:
            closing = _relative_closing(text, match.end(), trigger_starts)
            if closing is not None and not CLAUSE_BREAK.search(text, match.end(), closing + 1):
                breaks.append((closing, closing + 1, -match.start() - 1))
    return sorted(breaks)


# a past participle that may open an inverted sentence: "Delivered to ... by ... were", "Also sold to ... by ..."
PARTICIPLE_OPENING = re.compile(r"(?i:[a-z]+ed|sold|built|made)")
# the copula after the agent, before the subject it inverts: "... by Russia in 2016 were"
INVERTED_COPULA = re.compile(r"[^;.]{0,40}?\s(?:were|was|are|is)\s", re.IGNORECASE)
SET_OFF_CONCESSION = re.compile(r",\s*(?:even\s+)?(?:al)?though\s", re.IGNORECASE)


# ", for which India has trained pilots,", ", with whom": a relative clause opened by a preposition
PREPOSITIONAL_RELATIVE = re.compile(r",\s*(?:for|with|to|from|by|on|under|through|against) (?:which|whom)\s", re.IGNORECASE)
# ", so that the guests should not see ...": a clause of purpose, whose states do nothing in the main clause
PURPOSE_CLAUSE = re.compile(r",\s*so that\s|,\s*in order that\s", re.IGNORECASE)


def _prepositional_relatives(text: str) -> list[re.Match]:
    """The openings of relative clauses after a preposition (looked for only where "which" or "whom" is)."""
    return list(PREPOSITIONAL_RELATIVE.finditer(text)) if " which " in text or " whom " in text else []


def _purpose_clauses(text: str) -> list[re.Match]:
    """The openings of clauses of purpose (looked for only where "that" follows "so" or "order")."""
    return list(PURPOSE_CLAUSE.finditer(text)) if " that " in text else []


def _closes_relative(text: str, start: int) -> bool:
    """Whether the comma right before the verb at ``start`` closes a relative clause, so the
    verb is the main clause's ("The UAE, which joined BRICS in 2024, ordered in 2021 eighty
    Rafales"), not a participle set off after a noun ("Kilos from Russia, delivered in 2013")."""
    comma = text.rfind(",", 0, start)
    return any(_relative_closing(text, relative.end(), [start]) == comma for relative in RELATIVE.finditer(text, 0, comma))


# a passive participle with its agent right after a comma: "..., co-developed by", "..., built jointly by"
PARTICIPLE_WORD = r"(?:[a-z]+-)?(?:[a-z]+ed|built|made|sold|flown|run|led|held|shown|drawn)"
PASSIVE_PARTICIPLE_BY = re.compile(
    rf",\s*(?:(?:\w+ly|also|both|first|later|originally)\s+)?{PARTICIPLE_WORD}(?:\s+(?:and|or)\s+{PARTICIPLE_WORD})?\s+(?:\w+ly\s+)?by\b"
)


def _relative_closing(text: str, begin: int, trigger_starts: list[int]) -> int | None:
    """The comma that closes a relative clause opened before ``begin``: the first one a
    verb follows. The commas of a list inside the clause ("which joined BRICS together with
    Egypt, Ethiopia and Iran, ordered ...") are passed over, since no verb comes right after them."""
    closing = text.find(",", begin)
    while closing != -1 and closing - begin <= 160:
        if PASSIVE_PARTICIPLE_BY.match(text, closing):
            # "Pakistan, which flies the JF-17, co-developed by China and Pakistan": a participle set off
            # after the relative's object, not the main clause's verb
            closing = text.find(",", closing + 1)
            continue
        if any(0 < start - closing <= 20 and (re.fullmatch(r",\s*(?:\w+ly\s+)?", text[closing:start]) or RESUMED_AFTER_RELATIVE.fullmatch(text[closing:start])) for start in trigger_starts):
            return closing
        if VERB_AFTER_RELATIVE.match(text, closing) and any(0 < start - closing <= 60 for start in trigger_starts):
            return closing  # "Ghana, which borders Togo, ratified its accession to ...": the main verb right after the comma
        if FRONTED_COMPARISON.match(text) and any(0 < start - closing <= 50 and NEW_SUBJECT_AFTER_RELATIVE.fullmatch(text, closing, start) for start in trigger_starts):
            return closing  # "Unlike Botswana, which has not joined, Angola has been a member": the main clause, with its own subject
        closing = text.find(",", closing + 1)
    return None


def _compound_sellers_buyers(text: str, facts: list[Fact]) -> None:
    """The buyer of a sale told by a compound ("Myanmar deploys German-supplied S-400 batteries",
    "Turkey bought Russian-supplied S-400s"): the one state or force the sentence says got or
    fields that system, where there is exactly one."""
    for fact in facts:
        compound = SUPPLIED_BY.search(text, *fact.anchor) if fact.type == "SOLD" and "to" not in fact.properties else None
        if compound is None or compound.end() != fact.anchor[1]:
            continue
        holders = {f.source.name for f in facts if f.type in ("ACQUIRED", "OPERATES") and f.target == fact.target and f.source.name != fact.source.name}
        if len(holders) == 1:
            fact.properties["to"] = holders.pop()


def _counted_noun(text: str, start: int, end: int) -> bool:
    """Whether a transfer word is a noun or an adjective: "two ships", "the Chinese ships",
    "its licence-built MiG-19", "the largest Korean arms export" (which then ends no clause)."""
    window = max(0, start - 40)  # the words just before; searching from 0 would rescan the sentence per trigger
    return bool(
        text[start - 1:start] == "-"  # "the Russian-built S-400": a compound adjective
        or COUNTED.search(text, window, start) or NOUN_BEFORE.search(text, window, start) or ARMS_NOUN_BEFORE.search(text, window, start)
        or (PLURAL_WORD.fullmatch(text, start, end) and NAMED_NOUN_BEFORE.search(text, window, start))
    )


def _triggers(text: str, frames: list[Frame], slots: list[Slot]) -> list[tuple[Frame, int, int]]:
    """Non-overlapping trigger matches of ``frames``, longest first where two overlap."""
    found = [
        (frame, match.start(), match.end()) for frame, match in trigger_matches(text, frames)
        if not (frame.form == "active" and frame.family == "transfer" and _counted_noun(text, match.start(), match.end()))
    ]
    found.sort(key=lambda t: (t[1], -(t[2] - t[1])))
    chosen: list[tuple[Frame, int, int]] = []
    for item in found:
        frame, start, end = item
        overlapping = [c for c in chosen if c[1] < end and start < c[2]]
        if not overlapping:
            chosen.append(item)
        elif all(c[0].family != frame.family and c[1] == start for c in overlapping) or _launched_by_twin(text, overlapping, frame, start):
            # One word, two families ("held" an exercise, "led" an initiative), even where
            # one family's trigger reads on ("launched by" a founder, "launched" an initiative).
            chosen.append(item)
    return sorted(_by_object(text, chosen, slots), key=lambda t: t[1])


def _launched_by_twin(text: str, overlapping, frame: Frame, start: int) -> bool:
    """Whether ``frame`` is the founders' "launched by" inside the passive "was launched" of
    leading ("The SCO was launched by China and Russia"): those who launch a body are its
    founding members as well as its leaders, so both triggers read."""
    return frame.family == "membership" and re.match(r"launched\b", text[start:start + 9], re.IGNORECASE) is not None and all(
        c[0].type == "LEADS" and c[0].form == "passive" and c[1] < start < c[2] for c in overlapping
    )


# Which family a shared word belongs to, by the label of the mention right after it:
# "joined the SCO" is membership, "joined Vostok-2018" participation.
OBJECT_FAMILY = {"Organization": "membership", "Exercise": "participation", "Initiative": "directed"}


def _by_object(text: str, triggers, slots: list[Slot]):
    # Only a trigger sharing its span with one of another family can be dropped: most
    # sentences have none, and keep their triggers without looking at what follows each.
    spans = {(start, end) for _, start, end in triggers}
    if len(spans) == len(triggers):
        return list(triggers)
    kept = []
    for frame, start, end in triggers:
        twins = [t for t in triggers if (t[1], t[2]) == (start, end) and t[0].family != frame.family]
        following = next((s for s in slots if s.start >= end), None)
        wanted = {OBJECT_FAMILY[label] for label in following.labels if label in OBJECT_FAMILY} if following else set()
        if wanted == {"membership"} and frame.type == "LEADS" and re.fullmatch(r"launch(?:ed|es|ing)", text[start:end], re.IGNORECASE):
            wanted = {"membership", "directed"}  # "Poland and Romania launched the Bucharest Nine": its founders, who lead it
        if twins and wanted and frame.family not in wanted and any(t[0].family in wanted for t in twins):
            continue
        kept.append((frame, start, end))
    return kept


PARTICIPLE_AFTER_COMMA = re.compile(r",\s*$")
# "joined the SCO as full members in 2017, Iran in 2023": the standing the first trigger gave, not a second fact
AS_STANDING = re.compile(r"\bas\s+(?:(?:a|an)\s+)?(?:full\s+|founding\s+|permanent\s+)?$", re.IGNORECASE)


BODY_TAKEN_PART_IN = re.compile(r"\s+(?:in\s+)?(?:the\s+)?$", re.IGNORECASE)


def _body_taken_part_in(text: str, end: int, clause: list[Slot]) -> bool:
    """Whether the first name after a participation trigger is an organization or a programme
    ("took part in NATO's Partnership for Peace", "joined the Partnership for Peace"): the trigger's
    own object, so no exercise named elsewhere in the sentence is what was joined."""
    following = next((s for s in clause if s.start >= end), None)
    return bool(following and following.labels & {"Organization", "Initiative"} and BODY_TAKEN_PART_IN.fullmatch(text, end, following.start))


def _until_next_trigger(text: str, following, frame: Frame, end: int, clause_end: int, slots: list[Slot]) -> int:
    """A trigger's right side stops where the next trigger of its family starts, unless
    nothing stands between the two ("developed and sold the S-400" shares its object)."""
    for other, other_start, _ in following:
        if other_start >= clause_end:
            break
        if other.family == frame.family and not PARTICIPLE_AFTER_COMMA.search(text[max(0, other_start - 3):other_start]) and not AS_STANDING.search(text, max(0, other_start - 16), other_start):
            between = [s for s in slots if end <= s.start and s.end <= other_start]
            return other_start if between else clause_end
    return clause_end


# what takes up a predicate again after a relative clause set off inside it: "..., which were built in Kyiv, from
# Ukraine", "sold Finland, which had lobbied for the deal, eight Mi-24s", "..., to the Maldives"
PREDICATE_RESUMED = re.compile(
    r",\s+(?:(?:from|to|by|with|for|into)\s|(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|some|another|a\s+further)\s+(?:[\w-]+\s+){0,3}?(?-i:[A-Z]))",
    re.IGNORECASE,
)


def _predicate_resumed(text: str, breaks, clause_end: int) -> tuple[int, int] | None:
    """Where a predicate goes on after a relative clause set off inside it (", which ...,") that ends its clause at
    ``clause_end``: the span from the relative's closing comma to the next break, or None."""
    if not RELATIVE.match(text, clause_end):
        return None
    closing = text.find(",", clause_end + 1)
    if closing == -1 or closing - clause_end > 100 or not PREDICATE_RESUMED.match(text, closing):
        return None
    following = [b_start for b_start, _, _ in breaks if b_start > closing]
    opened = CLAUSE_OPENING.search(text, closing + 1)  # "..., and Lebanon operates the Su-30": a clause of its own
    return closing, min(following[:1] + [opened.start() if opened else len(text)])


def _clause(breaks, start: int, end: int, length: int) -> tuple[int, int, int | None]:
    """The clause around a trigger, and where the relative clause it follows began."""
    clause_start, relative_at, clause_end = 0, None, length
    for b_start, b_end, resumes in breaks:
        if b_end <= start:
            clause_start = b_end
            relative_at = None if resumes is None else (resumes if resumes >= 0 else -resumes - 1)
        elif b_start >= end:
            clause_end = b_start
            break
    return clause_start, clause_end, relative_at


# "... Arctic Oceans and of the Baltic Sea": after a plural head, "and of" opens a second place
PARALLEL_OF = re.compile(r"s?\s*(?:,\s*)?and\s+of\s+(?:the\s+)?", re.IGNORECASE)


# Ships or troops "of" a force after "with": the force is the companion ("with two frigates of the Royal Navy")
COMPANION_CRAFT = (
    r"(?:ships|warships|vessels|carriers|escorts|frigates?|destroyers?|corvettes?|submarines?|cruisers?|tankers?|aircraft|jets|fighters|"
    r"helicopters|units|troops|contingents?|sailors|marines|crews)"
)
COMPANIONS_OF = re.compile(
    r"\b(?:with|alongside)\s+(?:[\w-]+\s+){0,3}?" + COMPANION_CRAFT + r"(?:\s*,?\s*(?:and|or)\s+(?:[\w-]+\s+){0,2}?" + COMPANION_CRAFT + r")?\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
MORE_COMPANIONS_OF = re.compile(r"\s*,?\s*(?:and|as well as|plus)\s+(?:[\w-]+\s+){0,3}?" + COMPANION_CRAFT + r"\s+of\s+(?:the\s+)?", re.IGNORECASE)


# The gaps between argument slots, asked of every slot a trigger reads (compiled here, not looked up in re's cache per slot)
# a participle of its own before "by" in an apposition: "..., a joint venture set up in 1998 by", "..., owned by"
FOUNDERS_BY = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:set up|founded|established|formed|created|owned|controlled|backed|run)\b[^,;.]{0,30}?\bby\s",
    re.IGNORECASE,
)
# a third party of a deal after "from" or "by": "financed by a loan from Benin", "with observers from Finland
# present", "insurance from a Mexican firm", "brokered by Qatar": who paid, insured, watched or mediated, not a side
THIRD_PARTY_OF_DEAL = re.compile(
    r"\b(?:(?:credit\s+lines?|financing|funding|insurance|guarantees?|observers?|monitors?|inspectors?|delegations?|"
    r"mediators?|mediation|diplomats?)\s+from|(?:financed|funded|insured|underwritten|guaranteed|brokered|mediated|witnessed|observed|"
    r"bankrolled)\s+by"
    # a deal arranged by a broker, but "Indra-2021 was arranged by India": the exercise's host
    r"|(?:deal|sale|purchase|contract|transfer|order|loan|credit|financing)s?\s+(?:(?:was|were|had\s+been)\s+)?arranged\s+by"
    # money lent for the deal, not aircraft "on loan from India"
    r"|(?:financed|funded|paid\s+for)\s+(?:by|with|through)\s+(?:a|an)?\s*(?:[\w-]+\s+){0,2}(?:loans?|credits?)\s+from)\s+(?:a|an|the)?\s*$",
    re.IGNORECASE,
)
# a firm's kind between its nationality and its name: "the French shipbuilder DCNS", "Swedish firm Saab"
DEMONYM_FIRM_GAP = re.compile(
    r"\s+(?:(?:state-owned|state|private|defen[cs]e|arms|aerospace|naval|aircraft|missile|engineering)\s+){0,2}"
    r"(?:firm|company|shipbuilder|shipyard|manufacturer|maker|group|conglomerate|contractor|consortium|corporation|giant|design bureau|bureau)\s+",
    re.IGNORECASE,
)
CLAUSE_COMMA_AND = re.compile(r"[,;]\s*and\s")
# a system's plural and a finite verb after it: "..., and the MiG-23s are largely in storage", "and the Su-22 still flies"
SYSTEM_CLAUSE_AFTER = re.compile(r"(?:s|es)?(?:\s+[a-z]+s)?\s+(?:(?:\w+ly|still|now|also|all|both|since)\s+)?(?:are|were|is|was|remain|remains|remained|have|has|had|stay|stayed|sit|sat)\b")
# "F-16s and has ordered F-35s", "F-16s, and retired its MiG-29s": a second finite verb of the subject
# after the first verb's object (not "built and sold Su-30s", both verbs before the object)
SUBJECT_SECOND_VERB = re.compile(
    r"\S\s+(?:and|but)\s+(?:(?:has|have|had|also|then|later|since|recently|now|still|already|only|so far)\s+){0,2}"
    r"(?:ordered|bought|purchased|acquired|received|signed|sold|supplied|delivered|exported|imported|leased|retired|decommissioned|"
    r"scrapped|replaced|phased out|withdrew|operates|flies|fields|plans|planned|intends|intended|wants|hopes|will|would|may|might)\b",
    re.IGNORECASE,
)
ALTERNATIVE_GAP = re.compile(r"\s+(?:or|and|&)\s+(?:the\s+)?")


def _sides(text: str, clause: list[Slot], start: int, end: int) -> tuple[list[Slot], list[Slot]]:
    left = [s for s in clause if s.end <= start]
    right = [s for s in clause if s.start >= end]
    previous_end, previous = end, None
    infinitive = False
    for slot in right:
        gap = text[previous_end:slot.start]
        infinitive = infinitive or bool(INFINITIVE.search(gap))
        if ALONG_WITH.search(gap) and any(p.labels & slot.labels for p in right if p.end <= slot.start):
            # "eight Kilo-class submarines ... from Russia, together with two destroyers"
            slot.role = [p for p in right if p.end <= slot.start and p.labels & slot.labels][-1].role
            if slot.role == "possessor":
                # "by the French shipbuilder DCNS together with Spain's Navantia": the role of the firm the state's name qualified
                slot.role = next((p.role for p in reversed(right) if p.end <= slot.start and p.role != "possessor"), slot.role)
        elif previous is not None and _coordinated(gap):
            # "..., and North Korea has supplied ...": the subject of a new clause, not a conjunct
            new_clause = NEW_CLAUSE_AFTER.match(text, slot.end) or (slot.labels & {"State", "ArmedForce"} and LEXICAL_VERB_AFTER.match(text, slot.end)) or (
                slot.kind == "demonym" and DEMONYM_SUBJECT.match(text, slot.end)  # "..., and some 15,000 Cuban troops fought ..."
            )
            # "bought the Mirage 5 from France, and the MiG-23s are largely in storage": a system heading a clause of its own
            # (a system named, not a reference: "flies a hundred of them, and the type has become ..." is left as it was read)
            system_clause = "WeaponSystem" in slot.labels and slot.kind != "reference" and CLAUSE_COMMA_AND.search(gap) and SYSTEM_CLAUSE_AFTER.match(text, slot.end)
            slot.role = "other" if CLAUSE_COMMA_AND.search(gap) and (new_clause or system_clause) else previous.role
            if system_clause:
                pass
            elif "WeaponSystem" in slot.labels and not previous.labels & slot.labels and previous.role not in ("object", "of", "including"):
                slot.role = "object"  # "built in India under Russian licence, and T-90 tanks": a further object, not a licensor
        elif previous is not None and POSSESSIVE_GAP.fullmatch(gap):
            slot.role, previous.role = previous.role, "possessor"  # "by China's Chengdu Aircraft Corporation"
        elif previous is not None and previous.kind == "demonym" and "Organization" in slot.labels and DEMONYM_FIRM_GAP.fullmatch(gap):
            slot.role, previous.role = previous.role, "possessor"  # "by the French shipbuilder DCNS": the firm, not its state
        elif previous is not None and previous.role == "loc" and PARALLEL_OF.fullmatch(gap):
            slot.role = "loc"  # "in the waters of the Pacific and of the Baltic Sea": a second place, not an owner
        elif previous is not None and previous.kind == "demonym" and gap == " " and previous.role == "with":
            slot.role = previous.role  # "sailed alongside Chinese Type 055 destroyers": one noun phrase, a companion
        else:
            match = _governing_preposition(text, previous_end, slot.start)
            word = match.group(1).lower() if match else None
            slot.role = ROLE_OF.get(word, "loc") if word else "object"
            if word == "of" and (COMPANIONS_OF.search(text, max(0, slot.start - 80), slot.start) or previous is not None and previous.role == "with" and MORE_COMPANIONS_OF.fullmatch(gap)):
                slot.role = "with"  # "with carriers and escorts of the US Navy, and a frigate of the Italian Navy": the navies sail with it
            if not word and infinitive:
                slot.role = "other"  # "engines from Russia to power the H-6K ... and later the Y-20"
            if not word and "WeaponSystem" in slot.labels and slot.kind != "reference" and CLAUSE_COMMA_AND.search(gap) and SYSTEM_CLAUSE_AFTER.match(text, slot.end):
                slot.role = "other"  # "bought Mirage 5s from France in 1970, and the MiG-23s are in storage": the next clause's subject
            if word == "by" and FOUNDERS_BY.search(gap):
                slot.role = "other"  # "built by BrahMos Aerospace, a joint venture set up in 1998 by India's DRDO": its founders, not builders
            if word in ("from", "by") and THIRD_PARTY_OF_DEAL.search(text, max(0, slot.start - 40), slot.start):
                slot.role = "other"  # "bought F-16s from the US, in a deal financed by a loan from Qatar": the lender is no seller
        if slot.labels & {"State", "ArmedForce"} and COMMA_AND_BEFORE.search(text, previous_end, slot.start) and POSSESSIVE_S.match(text, slot.end):
            # "flies 260 of the jets, and the Indian Army's main battle tank, the T-90S, came from Russia":
            # a new clause whose subject is what the force owns; nothing from here on is this verb's
            for later in right[right.index(slot):]:
                later.role = "other"
            break
        previous_end, previous = slot.end, slot
    previous = None
    for slot in left:
        match = _governing_preposition(text, max(0, slot.start - 30), slot.start)
        possessor = POSSESSIVE_S.match(text[slot.end:slot.end + 3])
        role = ROLE_OF.get(match.group(1).lower(), "loc") if match else "object"
        # "at Zhurihe in China's Inner Mongolia": a possessor of a place after "in" is a place
        # too, not of "in Russia's war against Ukraine"
        place = match and match.group(1).lower() in ("in", "at", "across", "near", "off") and PROPER_NOUN_NEXT.match(text, slot.end)
        slot.role = role if match and (not possessor or place) else "object"
        if role == "as" and re.fullmatch(r"\s+(?:\w+ly\s+|also\s+|again\s+|then\s+)?", text[slot.end:start]):
            slot.role = "object"  # "... fails to adopt the draft as Russia casts veto": "as" opens a clause, the state its subject
        elif role == "as" and AS_CREW_CLAUSE.fullmatch(text, slot.end, start):
            slot.role = "object"  # "Japan watched as Chinese and Russian bombers flew ...": the crews are the clause's subject
        if previous is not None and previous.labels & {"State", "ArmedForce"} and text[previous.end:slot.start] == " " and not (
            previous.role == "loc" and previous.kind != "demonym" and slot.labels == {"Organization"}
        ):  # ... but "In India Larsen & Toubro builds ...": a firm after a fronted place is the subject
            slot.role = previous.role  # "aboard Indian Air Force C-17 transports": one noun phrase
        elif previous is not None and slot.role == "object" and previous.labels & slot.labels and ALTERNATIVE_GAP.fullmatch(text[previous.end:slot.start]):
            slot.role = previous.role  # "from Britain or the United States"
        previous = slot
    return left, right


# "as Chinese and Russian bombers flew (a joint patrol)": after "as", nationalities of the crews
# that open a clause of their own, the subject of the verb that follows (up to a trigger in its object)
AS_CREW_CLAUSE = re.compile(
    r"(?:,?\s+and\s+(?:the\s+)?[\w-]+)*\s+(?:[\w-]+\s+){0,2}?(?:bombers|warships|ships|vessels|aircraft|planes|jets|fighters|frigates|"
    r"destroyers|corvettes|submarines|troops|forces|navies|crews|units)(?:\s+(?-i:[a-z][\w'-]*)){0,5}\s+",
    re.IGNORECASE,
)


# "the United States (since 2023) and Russia": an aside on how long, between conjuncts (a bare
# "(2004)" closes a wave of entrants: "Poland (2004), Bulgaria and Romania (2007)")
YEAR_ASIDE = re.compile(r"\s*\((?:since|from|until|as of) (?:\w+ )?\d{4}\)")
# "with Russia, Pakistan, and, since 2016, Egypt", "Russia, China and, for the first time, South Africa":
# an aside on when, between the last two conjuncts ("a member of the CSTO and, since 2024, of the SCO": the
# preposition said again after it)
COMMA_ASIDE = re.compile(
    r"(?<=\band),\s+(?:(?:since|from|in|until|after|as of|for the (?:first|second|third) time|most recently|more recently|later|finally|briefly)\b[^,;()]{0,24}),\s*(?:of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# Between the drafts a veto concerned, a date does not end the list: "drafts on Syria (2011), Ukraine (2014)
# and Mali", "on Syria in 2011, Ukraine in 2014", "2011 (Syria), 2014 (Ukraine)"
DATED_ITEM = re.compile(r"\b(?:in\s+)?(?:[A-Z][a-z]+\s+)?\d{4}\b|[()]")


@lru_cache(maxsize=256)  # most gaps are a few strings: ", ", " and ", " and the "
def _coordinated(gap: str, dated: bool = False) -> bool:
    if gap[:1] in "'’" and POSSESSED_THEN_AND.match(gap):
        return False  # "Russia's decision, and South Korea": the decision is what the list joins, not Russia
    if dated:
        gap = DATED_ITEM.sub("", gap)
    elif "(" in gap:
        gap = YEAR_ASIDE.sub("", gap)
    elif gap.count(",") >= 2:
        gap = COMMA_ASIDE.sub(" ", gap)
    return len(gap) <= 40 and bool(COORDINATOR.search(gap) or LIST_MARK.search(gap)) and not GAP_BLOCKERS.search(gap) and not VERB_AFTER_COMMA_GAP.fullmatch(gap)


# "Malabar-2020, hosted by India, drew Japan and Australia": a past verb after the comma opens the predicate, no list
VERB_AFTER_COMMA_GAP = re.compile(r",\s+(?-i:[a-z]+ed|drew|brought|saw|took|sent|won|made|held|began|became|got)(?:\s+(?:together|in|up|out))?\s+(?:the\s+)?")


BRACKETED_NAME = re.compile(r"\s*\((?-i:[A-Z])[\w&.-]{0,10}(?:\s[\w&.-]{1,10})?\)")


POSSESSIVE_GAP = re.compile(r"['’]s\s+")


# the gap before the name again in brackets: "the Indonesian National Armed Forces (TNI)"
BRACKET_OPENING_GAP = re.compile(r"\s*\(")


def _groups(text: str, slots: list[Slot], dated: bool = False) -> list[list[Slot]]:
    groups: list[list[Slot]] = []
    for slot in slots:
        gap = text[groups[-1][-1].end:slot.start] if groups else ""
        # both bracket patterns need a "(" in the gap: most gaps (", ", " and ") are not searched
        bracket = "(" in gap
        if bracket and BRACKET_OPENING_GAP.fullmatch(gap) and text[slot.end:slot.end + 1] == ")" and set(slot.refs) == set(groups[-1][-1].refs):
            continue  # "the Indonesian National Armed Forces (TNI)": the name again, in brackets
        bracketed = BRACKETED_NAME.match(gap) if bracket else None
        gap = gap[bracketed.end():] if bracketed else gap  # "... (TNI) and the United States": a list all the same
        if groups and len(groups[-1]) > 1 and POSSESSIVE_GAP.fullmatch(gap) and groups[-1][-1].labels == {"State"} and "Organization" in slot.labels:
            groups[-1][-1] = slot  # "SOKO and Romania's IAR jointly developed": the state's firm is the one listed
            continue
        if groups and _coordinated(gap, dated) and not (slot.kind == "reference" and CLAUSE_AND.fullmatch(gap) and PAIR_WORD.match(text, slot.start)):
            # not "founding members of the SCO and of BRICS, and both have criticised AUKUS": "both" opens a clause
            groups[-1].append(slot)
        else:
            groups.append([slot])
    return groups


# "imposed sanctions on Ankara for buying", "penalties against Moscow over selling": what a state is
# penalised for, told as a gerund, is its own deed
PENALISED_FOR_GERUND = re.compile(
    r"\b(?:sanctions|penalties|measures|restrictions|an?\s+(?:embargo|ban))\s+(?:on|against)\s+(?:the\s+)?([^,;:.]{1,60}?)\s+(?:for|over)\s+$",
    re.IGNORECASE,
)


def _penalised_doer(text: str, left: list[Slot], start: int, labels) -> list[Slot]:
    """The states sanctions fall on, as the subject of the gerund saying what for ("The US imposed
    sanctions on Turkey for buying the S-400": Turkey bought it, not the US)."""
    if not text[start:start + 40].split(" ", 1)[0].lower().endswith("ing"):
        return []
    penalised = PENALISED_FOR_GERUND.search(text, max(0, start - 120), start)
    if not penalised:
        return []
    return [s for s in left if s.labels & set(labels) and penalised.start(1) <= s.start and s.end <= penalised.end(1)]


def _nearest_group(text: str, left: list[Slot], labels) -> list[Slot]:
    """The coordinated group of ``labels`` mentions closest before the trigger."""
    candidates = [s for s in left if s.labels & set(labels) and s.role in ("object", "with", "of", "including")]
    if not candidates:
        return []
    group = _groups(text, candidates)[-1]
    # "Kuwait fields Mi-35s, and Norway operates ...", "In service with Peru are BMP-3s, and Norway operates ...": a
    # system named before a clause's ", and" makes the states around it the subjects of two clauses, not one list
    # ("shared the technology with Belarus and Qatar, and Afghanistan operates ...": nor do names of another role join it)
    cut = [i for i in range(1, len(group)) if CLAUSE_COMMA_AND.search(text, group[i - 1].end, group[i].start) and (
        group[i].role != group[i - 1].role or any(
            "WeaponSystem" in s.labels and s.kind != "demonym" and group[i - 1].end <= s.start and s.end <= group[i].start for s in left))]
    group = group[cut[-1]:] if cut else group
    if len(group) > 1 and OPENING_END.match(text, group[0].end) and OPENING_PHRASE.search(text, 0, group[0].start):
        # "During the war with Israel, Russia and China condemned ...": Israel ends the opening phrase;
        # "In response to Iran's support for Russia's war, Canada imposed ...": so does Russia's war
        return group[1:]
    return group


# a sentence's opening adverbial phrase whose object comes next: "During the twelve-day war with "
OPENING_PHRASE = re.compile(
    r"\b(?:During|After|Before|Amid|Following|Despite|Unlike|Throughout|In (?:response|reaction|reply|retaliation) (?:to|for)|"
    r"Because of|Owing to|As a result of|In the wake of|"
    # "Under a 1971 agreement with France, SOKO produced ...": the deal's other party is no maker or buyer
    r"Under (?:a|an|the|its|their) (?:[\w-]+ ){0,3}?(?:agreement|contract|deal|accord|treaty|arrangement|licen[cs]e))(?:\b[^,;.]*\b(?:with|against|on|of|in|from|by|to|for))?\s+(?:the\s+)?$"
)
# where that phrase ends: right after its object, or after the object's possession ("Russia's war,")
OPENING_END = re.compile(r"(?:['’]s\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?,")
AIR_PATROL = re.compile(r"\b(?:air|aerial|bombers?|aircraft|flights?|flew|flown|fly|flying)\b", re.IGNORECASE)
SEA_PATROL = re.compile(r"\b(?:naval|navy|navies|ships?|warships|vessels|fleets?|sailed|sailing|voyages?|flotilla|steamed)\b", re.IGNORECASE)


OBJECT_OF_VERB = re.compile(r"\b[a-z]+(?:ed|ned)\s+(?:the\s+)?$")
POSSESSED_THEN_AND = re.compile(r"(?:'s|’s)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?,\s+and\s+$")
# What follows the subject of a new clause: an optional appositive, then a verb ("South Korea, a member, criticised").
CLAUSE_SUBJECT = re.compile(r"(?:,\s[^,;]{1,60},)?\s+(?:\w+ly\s+|also\s+)?(?:[a-z]+ed|said|says|warned|has|have|had|was|were|is|are|called)\b")
# a clause joined on after a comma, and a subject then its verb: ", and Russian Foreign Minister Sergei Lavrov has called"
JOINED_CLAUSE_SUBJECT = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s+(?:the\s+)?$")
SUBJECT_THEN_VERB = re.compile(r"[^,;.()]{0,50}?\s(?:has|have|had|is|are|was|were|will|said|says|called|calls|[a-z]+ed)\b")
# a label the critic gives, comparing with an organization: 'as an "Asian NATO"', "as a new NATO", "like a mini-NATO"
LABEL_GIVEN = re.compile(r"\b(?<!such )(?:as|like)\s+(?:an?|the|some\s+(?:kind|sort)\s+of)\s+[\"“'‘]?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "Tu-95MS of Russia's long-range aviation": a state's own arm the gazetteer does not name
# "The PLA Navy's carrier Shandong conducted flight drills": a ship of its own, named after it, does the deed for it
OWN_CREW = re.compile(
    r"(?:'s|’s)\s+(?:[a-z][\w-]*\s+){0,2}(?:aviation|air arm|bombers|warships|ships|aircraft|"
    r"(?:aircraft )?carriers?|destroyers?|frigates?|corvettes?|submarines?|cruisers?|task group|carrier group|strike group)\b"
)


def _owns_crew(text: str, slot: Slot, start: int) -> bool:
    """Whether a possessor before a patrol verb stands for the crew its arm makes up."""
    arm = OWN_CREW.match(text, slot.end)
    return bool(arm) and arm.end() <= start


# A patrol the sentence says is no joint one.
# "in which ... participate," or "of which ... are members,": a relative clause closed by a comma
ORGANIZATION_RELATIVE = re.compile(r"\b(?:in|of) which\b[^;.]*?\b(?:participate|participates|members)\b[^,;.]*,", re.IGNORECASE)
# Just before a state: a clause joined on, the state its subject (", and the UK ...")
NEW_CLAUSE_SUBJECT = re.compile(r"(?:,\s*(?:and|but|while|whereas)|;)\s+(?:the\s+)?$")
# A clause with a subject of its own begins: ", and Japan ...", "; ...", ", while ..."
NEXT_CLAUSE = re.compile(r"(?:,\s*(?:and|but|while|whereas|yet)|;|\bwhile|\bwhereas)\s+(?:\w+\s+){0,3}?(?:[A-Z]|the\s+[A-Z])")
# "before the patrol", "after their joint patrol", "until the patrol": a patrol that only dates the clause
PATROL_AS_TIME = re.compile(r"\b(?:before|after|until|till|since|once|when|while|as soon as)\s+(?:the|their|its|this|that)\s+(?:[\w-]+\s+){0,2}\Z", re.IGNORECASE)
# "before the patrol began", "after the joint patrol set out": the same, with the patrol the subject of its own verb
# a verb of a clause's own before the exercise it names: ", and in July the Royal Navy joined Talisman Sabre"
CLAUSE_OWN_VERB = re.compile(r"\b(?:[a-z]{3,}ed|took|takes|sent|sends|held|holds|began|begins|led|leads|ran|runs|flew|joins|hosts|will|would|may|might|could)\b")
# "after a joint exercise in Vladivostok": a drill named to date another deed
DRILL_AS_TIME = re.compile(r"\b(?:before|after|following|ahead of|prior to)\s+(?:a|an|the|their|its|this|that)\s+(?:[\w-]+\s+){0,2}\Z", re.IGNORECASE)
PATROL_BEGAN_AS_TIME = re.compile(r"\b(?:before|after|until|till|since|once|when|while|as soon as)\s+(?:the|their|its|this|that)\s+(?:[\w-]+\s+){0,2}patrols?\s+\Z", re.IGNORECASE)
# A patrol told of after an exercise: the waters after it are the patrol's
# a reporting verb whose clause has a subject of its own: "said 38 countries had ...", "announced that Japan ..."
REPORTED_CLAUSE = re.compile(
    r"\b(?:said|says|told reporters|announced|reported|stated|added)(?:\s+(?:on|in|last|this|late|early)\s+\w+)?,?\s+(?:that\s+)?"
    r"(?!(?:it|they|its|their|it['’]s|the country|the state|both|the two|on|in|last|this|late|early)\b)(?=\S)",
    re.IGNORECASE,
)
TOOK_PART = re.compile(r"took part|takes part|participated", re.IGNORECASE)
PARTICIPANTS_WERE = re.compile(r"\s+(?:were|was)\s+(?:the\s+)?", re.IGNORECASE)
BARE_END = re.compile(r"\s*(?:[.;]|$)")
# "took part in the patrol", "flew the joint air patrol": the patrol the paragraph told of, by a definite noun
THE_PATROL = re.compile(r"\b(?:the|that|this)\s+(?:(?:joint|combined|air|naval|maritime|bomber)\s+){0,3}patrol\b(?!\s+(?:over|in|across|through|of|near|around|to)\b)", re.IGNORECASE)
IN_THE_PATROL = re.compile(r"\s+in\s+" + THE_PATROL.pattern.removeprefix("\\b") + r"\s*(?:[.;]|$)", re.IGNORECASE)
PATROL_WORD = re.compile(r"\bpatrol(?:s|led|ling)?\b", re.IGNORECASE)
# a patrol by the names navies give it ("a maritime cooperative activity", "a joint sail", "a CORPAT"; frames.py):
# crews that sail with one another in such a sentence are on it
PATROL_BY_OTHER_NAME = re.compile(r"\b(?:maritime cooperative activit(?:y|ies)|joint (?:naval )?(?:sails?|cruises?)|corpats?|mcas?)\b", re.IGNORECASE)
# A passage the text calls something else: "it was a transit, not a patrol", "was a routine port call"
NOT_A_PATROL = re.compile(
    r"\bnot (?:a |any |on a )?(?:joint |combined )?patrol\b|"
    # "sailed together through the strait without a declared patrol", "does not regard such transits as patrols"
    r"\bwithout (?:a |any )?(?:declared |formal |announced |joint )?patrol\b|"
    r"\bnot (?:regard|count|consider|treat|class|classify|list|record)(?:ed|s)? (?:such |these |those |the |this |that |them |it )?"
    r"(?:(?:transits?|passages?|voyages?|flights?|sails?|crossings?) )?as (?:a |any )?(?:joint )?patrols?\b|"
    r"\b(?:was|were|is|are) (?:just |only |simply |merely )?(?:a |an )?(?:routine |normal |innocent |ordinary )?(?:transits?|port calls?|passages?|goodwill visits?)\b",
    re.IGNORECASE,
)
NOT_JOINT = re.compile(r"\bnot (?:a |as )?(?:joint|combined)\b|\bno other (?:state|country|navy|nation)\b|\bunilateral(?:ly)?\b", re.IGNORECASE)
# "a patrol ... was recorded by the US Northern Command": the agent of another verb, not a patroller
# "was patrolled by", "were jointly patrolled by": a patrol told in the passive, its crews after "by"
PATROLLED_BY = re.compile(r"patroll?ed\s+(?:\w+ly\s+)?by\s+(?:the\s+)?", re.IGNORECASE)
PASSIVE_AUX_GAP = re.compile(r"\s+(?:was|were|is|are|has been|have been|had been)\s+(?:\w+ly\s+)?", re.IGNORECASE)
PASSIVE_BY = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(?!led\b)\w+(?:ed|en|wn)\s+by\s+(?:the\s+)?(?:[A-Z][\w.]*\s+)?$")
# "sanctions on a NATO ally", "relations with an ASEAN member": an unnamed member as the object of a
# preposition (not "a fellow EU member", which makes the subject one too)
OTHER_MEMBER_OBJECT = re.compile(
    r"\b(?:on|against|with|to|for|from|at|towards?|by|about|over)\s+(?:a|an|another|one)\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3}\s+$",
    re.IGNORECASE,
)
# ", with the first delivered", ", with the last two handed over": an absolute participle on the goods of the clause before
ABSOLUTE_PARTICIPLE_BEFORE = re.compile(r"[,;]\s+with\s+(?:the|its|their)\s+(?:(?:first|last|remaining|rest|final|second|third|\w+)\s+){1,2}(?:of\s+\w+\s+)?(?:being\s+|to\s+be\s+)?$", re.IGNORECASE)
# the irregular participles PASSIVE_BY misses: "were met by American F-16s", "were seen off by Japanese jets"
MET_BY = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(?:met|seen off|caught|chased off|driven off)\s+by\s+(?:the\s+)?(?:[A-Z][\w.]*\s+)?$")
# "... in which", "during which", "where": a relative clause that tells of the patrol
PATROL_RELATIVE = re.compile(r"\b(?:in|during|on|for) which\b|,?\s+where\b", re.IGNORECASE)


# A ship named by its navy's prefix as the subject of a voyage: "HMS Defender sails through ...", "USS Benfold, a destroyer, sailed"
NAMED_SHIP_BEFORE = re.compile(
    r"(?<![\w-])(?-i:USS|USNS|HMS|HMAS|HMCS|HMNZS|INS|JS|BRP|KRI|RSS|ROKS|PNS|TCG|FS|ITS|HNLMS|HDMS|HNoMS|HSwMS|SAS|CNS|RFS|NRP|ESPS|BNS|SLNS|KD|HTMS)"
    r"\s+(?:\*|_)?(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w.'-]+){0,2}(?:\*|_)?(?:\s*\([^)]{0,20}\))?(?:,[^,;]{0,40},)?\s+(?:\w+ly\s+)?\Z",
    re.IGNORECASE,
)
# "INS Kesari and KRI Cut Nyak Dien sailed the boundary line together": ships that sailed as one crew
TOGETHER_AFTER = re.compile(r"[^.;]{0,60}?\b(?:together|jointly|in formation)\b", re.IGNORECASE)
# A passage through a strait, which navies make on their own as often as on a patrol
TRANSIT_VERB = re.compile(r"transit(?:ed|ing|s)?\b|pass(?:ed|es|ing) through\b", re.IGNORECASE)


def _crew_told_before(actors: list[Slot]) -> bool:
    """Whether the travellers are a crew named before ("the flotilla", "the ships") or no
    one, so that their passage is a leg of the patrol the text tells of."""
    return not actors or any(s.kind == "reference" for s in actors)


def _crew_in_relative(text: str, end: int, slots: list[Slot]) -> bool:
    """Whether a relative clause after the trigger names states or forces of its own."""
    relative = PATROL_RELATIVE.search(text, end)
    return bool(relative) and any(s.start >= relative.end() and s.labels & {"State", "ArmedForce"} and s.kind != "demonym" for s in slots)


# What makes a patrol a joint one in its own sentence: partners, a number of them, a word for it
JOINT_CUE = re.compile(
    r"\b(?:joint(?:ly)?|together|combined|co-?ordinated|bilateral|trilateral|quadrilateral|multilateral|multinational|with|alongside|"
    r"formation|corpats?|cooperative|allied|partners?|both|two|three|four|five|each other|one another|join(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)


def _solo_patrol(text: str, start: int, actors: list[Slot], refs: list[Ref], slots: list[Slot]) -> bool:
    """Whether a patrol named in its sentence is one state's or force's alone: a single
    patroller named by its name, no other state or force in the sentence and no word of
    partners ("the China Coast Guard continued to patrol the waters around the islands"). A
    patrol whose crew is left to the paragraph, or told by nationality, is not judged."""
    # "the flotilla", "the two navies" stand for a crew told of before; "Vietnam's navy" is named here.
    # "Russian bombers patrolled ..." may tell one side's share of a combined patrol: left as it is
    if len(refs) != 1 or not actors or any(s.kind == "demonym" or s.kind == "reference" and not re.search(r"(?:'s|’s)\s+\Z", text[:s.start]) for s in actors):
        return False
    others = [s for s in slots if s.labels & {"State", "ArmedForce"} and s not in actors and not set(s.refs) & set(refs)]
    # "China's Southern Theater Command": the force's own state is no partner
    others = [s for s in others if not re.match(r"\s*(?:'s|’s)\s", text[s.end:s.end + 4])]
    return not others and not JOINT_CUE.search(text)


# islands and peninsulas a journey starts "from": land the crafts are based on
LAND_BASE = re.compile(r"\b(?:Islands?|Archipelago|Peninsula)\b")
# "before returning to the North Sea", "heading back to port": where a ship went after the deed
DESTINATION_BEFORE = re.compile(
    # (not "the flotilla ... returned to the East China Sea by the Osumi Strait": that return is a leg of the route)
    r"\b(?:(?:before|then)\s+return(?:ed|ing|s)?|head(?:ed|ing|s)?\s+back|sail(?:ed|ing|s)?\s+back|bound|en route|on (?:its|their) way)\s+(?:to|for)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
# "sailed with KNM Thor Heyerdahl on 12 March for anti-submarine training": a journey made to drill
DRILLING_PURPOSE = re.compile(
    r"[^.;:]{0,80}?\bfor\s+(?:(?:a|an|the|joint|combined)\s+)?(?:[\w-]+\s+){0,2}?(?:training|drills?|exercises?|manoeuvres|maneuvers|gunnery|firings?)\b",
    re.IGNORECASE,
)
# "maritime patrol aircraft", "a patrol boat": the craft's kind, which tells of no patrol flown
PATROL_CRAFT = re.compile(r"\bpatrol\s+(?:aircraft|planes?|boats?|vessels?|ships?|craft|cutters?|helicopters?)\b", re.IGNORECASE)


# "several multilateral sails", "flew in company with": words that make a journey a shared one
JOINT_JOURNEY = re.compile(r"\b(?:joint(?:ly)?|together|combined|co-?ordinated|bilateral|trilateral|multilateral|multinational|in company|in formation)\b", re.IGNORECASE)


def _solo_journey(text: str, actors: list[Slot], context: "ParagraphContext") -> bool:
    """Whether a journey told with no word of a patrol is one state's or force's own: its
    crew is a single state (a force standing for its own state) that no patrol told of
    before had among its crews ("Chinese H-6K bombers flew through the Bashi Channel" in a
    tally that only mentions joint patrols; "two Russian Tu-142 maritime patrol aircraft flew
    over the Norwegian Sea"). A leg flown by one side of a patrol told before ("Russia and
    China flew a joint patrol. The Russian bombers then flew over ...") is still the patrol's."""
    if not actors or PATROL_WORD.search(PATROL_CRAFT.sub(" ", text)) or JOINT_JOURNEY.search(text):
        return False
    if any(s.kind == "reference" and CREW_REFERENCE.search(text, s.start, s.end) for s in actors):
        return False  # "the flotilla crossed ...": the whole crew told of before, which may be of two states
    force_states = context.memory.force_states
    states = {force_states.get(ref.name, ref.name) for ref in _refs(actors, ("State", "ArmedForce"))}
    if len(states) != 1:
        return False
    crews = [*context.patrollers, *chain.from_iterable(context.memory.crews.values())]
    return not states & {force_states.get(ref.name, ref.name) for ref in crews}


# "The four ships conducted a joint ...", "They then carried out a joint ...": the crafts or forces just told of
CRAFTS_TOLD_BEFORE = re.compile(
    r"\s*(?:(?:the|these|those|all|both)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    r"(?:ships|vessels|cutters|warships|boats|aircraft|bombers|navies|fleets|forces|crews|units)|they)\s+"
    r"(?:(?:\w+ly|then|also|later|together)\s+)?(?:conducted|carried out|held|began|made|mounted|undertook|completed|staged)\s+"
    r"(?:(?:a|an|their|its)\s+)?(?:[\w-]+\s+){0,3}",
    re.IGNORECASE,
)


def _patrol_told_before(context: "ParagraphContext") -> list[Fact]:
    """"Two China Coast Guard cutters sailed with two Russian Border Service ships in the Bering Sea.
    The four ships conducted a joint patrol.": a patrol sentence that opens on the crafts just told of
    and names neither crew nor waters patrols with the forces, in the waters, of the sentence before
    (two crews at least: one force's ships are no joint patrol)."""
    named = list(dict.fromkeys(context.previous_named))
    forces = [ref for ref in named if ref.label == "ArmedForce"]
    owners = {context.memory.force_states.get(ref.name) for ref in forces}
    crews = forces + [ref for ref in named if ref.label == "State" and ref.name not in owners]
    waters = [ref for ref in named if ref.label == "Region" and PATROLLED_WATERS.search(ref.name)]
    if len(crews) < 2 or not waters:
        return []
    return [Fact("PATROLLED", crew, place) for crew in crews for place in waters]


def _patrol_domain(text: str) -> str | None:
    """"air" or "sea" when the sentence says which kind of patrol it is."""
    air, sea = bool(AIR_PATROL.search(text)), bool(SEA_PATROL.search(text))
    return "air" if air and not sea else "sea" if sea and not air else None


# "Turkey's closest ally", not "India's defence ministry", "Serbia's air force" or "India's
# carrier", which act for the state or are its own
POSSESSOR_ONLY = re.compile(
    r"(?:'s|’s)\s+(?!(?:[\w-]+\s+){0,2}?(?:ministry|government|military|navy|army|air force|armed forces|forces|president|cabinet|"
    r"authorities|agency|leadership|coast guard|marines|carriers?|warships?|frigates?|destroyers?|submarines?|fleet|squadrons?|"
    r"jets?|fighters?|bombers?|aircraft)\b)",
    re.IGNORECASE,
)


# "two Tu-95MS of the Russian Aerospace Forces and two H-6K of the PLA Air Force",
# "five from the Pacific Fleet and five from the PLA Navy": one subject in two halves.
HALVES = re.compile(r"\s*,?\s*(?:and|plus|as well as)\s+(?:[\w-]+\s+){0,4}?(?:of|from)\s+(?:the\s+)?", re.IGNORECASE)


# "held in South African waters", "on Belarusian territory": the state itself
HOME_WATERS = re.compile(r"\s+(?:waters|territory|soil|airspace|coastal waters|coast|coastline|shores?)\b", re.IGNORECASE)
NEXT_FIELD = re.compile(r"\n(?=\S)")


def _field_end(text: str, start: int) -> int:
    """Where a field's value ends: at the next line that is not indented as its continuation."""
    following = NEXT_FIELD.search(text, start)
    return following.start() if following else len(text)


# "formed a single group": ships gathered for the voyage told next, where they gathered from is no patrol
FORMED_GROUP = re.compile(r"form(?:ed|s)?\b", re.IGNORECASE)
# What a joint patrol covers: seas, straits, island groups and the open ocean
# "Joint Sea-2021 in the Sea of Japan", "Joint Sea-2021, a four-day exercise hosted by Russia in Peter the Great Bay in the"
EXERCISE_THEN_PLACE = re.compile(r"(?:,\s+(?:an?|the|its|their)\s+[^,;.()]{0,60}?)?\s+(?:(?:held|staged|hosted|conducted)\s+)?in\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+in\s+(?:the\s+)?)?")
PATROLLED_WATERS = re.compile(r"\b(?:Seas?|Oceans?|Straits?|Gulf|Bay|Channel|Passage|Sound|Islands?|Archipelago|Shoals?|Reefs?|Pacific|Atlantic|Arctic|Waters)\b")
# "the French Navy, whose aircraft patrolled the Coral Sea": a relative on the crafts of the names before it
WHOSE_CRAFT = re.compile(
    r",\s+whose\s+(?:[\w-]+\s+){0,2}?(?:aircraft|planes|jets|bombers|fighters|ships|warships|vessels|boats|cutters|frigates|destroyers|corvettes|crews)"
    r"\s+(?:\w+ly\s+|also\s+|then\s+|(?:have|has|had)\s+)?\Z",
    re.IGNORECASE,
)
# "..., which took them through the Tsugaru Strait": the route of the patrol just named
ROUTE_RELATIVE = re.compile(r"[^.;]{0,60}?,\s*which\s+(?:\w+ly\s+)?(?:took|takes|carried|carries|brought|brings|led|leads)\s+(?:them|it|the\s+\w+)\b", re.IGNORECASE)
NEAR_BEFORE = re.compile(r"\b(?:near|close to|not far from)\s+(?:the\s+)?(?:[\w-]+\s+)?\Z", re.IGNORECASE)
# "near the Kuril Islands", "in the Philippine Sea east of Okinawa": beside the place, not in it
# (but "in the south of the country" is in it)
# (a patrol that "passed near" islands is told as going by them, a leg of its route; "close to" keeps its distance)
CLOSE_TO_BEFORE = re.compile(r"\b(?:close to|not far from)\s+(?:the\s+)?(?:[\w-]+\s+)?\Z", re.IGNORECASE)
# "a naval group sailed near the Aleutian Islands", "flew near Okinawa": a route kept beside the place
# (not "passed near", a leg of the route; not "a patrol near ...", which names the patrol's area)
SAILED_NEAR_BEFORE = re.compile(r"\b(?:sailed|sailing|sails|flew|flying|flies|steamed|cruised|operated|operating)\s+(?:\w+ly\s+)?near\s+(?:the\s+)?(?:[\w-]+\s+)?\Z", re.IGNORECASE)
# ("in waters near Oman", "in the waters close to Japan": the exercise is in those waters, so in the state's;
# not "in waters east of Taiwan", beside it)
BESIDE_BEFORE = re.compile(r"\b(?:(?<!\bwaters )near|(?<!\bwaters )close to|not far from|(?<!\bthe )(?<!\bfar )(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?\s+of)\s+(?:the\s+)?\Z", re.IGNORECASE)
REACTION_IN = re.compile(r"\b(?:to|amid|causing|caused|prompting|prompted|stirring|stirred|sparking|sparked|drawing|drew|draws|drawn)\s+(?:(?:some|much|considerable|great|growing|deep|the)\s+)?(?:unease|alarm|concern|dismay|anger|consternation|irritation|worry|worries|protests?|criticism|outrage|nervousness)\s+in\s+\Z", re.IGNORECASE)
TOWARD = re.compile(r"\btowards?\s+(?:the\s+)?\Z", re.IGNORECASE)  # "out toward the Pacific": where a route heads, not a leg of it
JOINED_THEM = re.compile(r"\s+them\b")
# "Ships of A, B and C patrolled the strait, and a Royal Thai Navy vessel joined them": the patrol told in the sentence itself
PATROLLED_BEFORE_JOINED = re.compile(r"\bpatroll(?:ed|ing)\b[^;.]*,\s+and\s+[^,;.]*\Z", re.IGNORECASE)
SENT_CRAFTS = re.compile(r"(?:sent|sends|dispatched|dispatches)\s", re.IGNORECASE)
WATCH_PURPOSE = re.compile(r"\bto\s+(?:keep\s+(?:a\s+)?(?:close\s+|careful\s+)?(?:watch|an\s+eye|tabs)|shadow|track|tail|trail|follow|intercept|monitor|watch|escort)\b", re.IGNORECASE)
GAPPED_SENDER = re.compile(r"\s+and\s+(?:the\s+)?")
# "The drills were held in ...", "where the manoeuvres continued": drills told of before, as the trigger's own words
THE_DRILLS_TOLD = re.compile(r"\b(?:the|these|those|where the)\s+(?:(?:joint|naval|combined|bilateral|live-fire|air)\s+){0,2}\Z", re.IGNORECASE)
WHERE_THE_DRILLS = re.compile(r",?\s+where\s+the\s+(?:(?:joint|naval|combined|bilateral|live-fire|air)\s+){0,2}", re.IGNORECASE)
CREW_REFERENCE = re.compile(r"(?:flotilla|fleet|group|formation)\Z", re.IGNORECASE)
# "Iran joined Russia's navy for patrols": whoever joins a crew travels with it; the crafts
# may come between ("two Chinese H-6 bombers joined two Russian Tu-95 bombers").
JOINED_CREW = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:\w+ly\s+)?(?:joined|joins|accompanied|accompanies|teamed up with|linked up with)\s+(?:the\s+|an?\s+|two\s+|three\s+|four\s+|six\s+|\d+\s+)?(?:[A-Z][\w-]*(?:'s|’s)\s+)?",
    re.IGNORECASE,
)
# "Chinese H-6K bombers escorted by Russian Su-30SM fighters": the escort flies with them
ESCORTED_BY = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:escorted|accompanied|joined)\s+by\s+(?:the\s+|\w+\s+)?$", re.IGNORECASE)
# "a Chinese-Russian flotilla", "Sino-Russian bombers": one crew of two nations
HYPHENATED = re.compile(r"\s*[-–/]\s*")
JOINT_CREW = re.compile(r"\s*(?:naval\s+|air\s+)?(?:flotilla|squadron|task (?:force|group)|formation|group|convoy|warships|ships|bombers|aircraft)\b", re.IGNORECASE)
# "drills involving China and Iran", "took Russian and Chinese bombers over ..."
INVOLVING = re.compile(
    r"\A\s*(?:[\w-]+,?\s+|,\s*){0,8}?(?:involving|featuring|between|among|took|brought|carried)\s+(?:the\s+|both\s+|[\d,]+\s+|\w+\s+(?:and|or)\s+)*\Z",
    re.IGNORECASE,
)
CRAFT = re.compile(r"\s+(?:[-\w]+\s+){0,2}?(?:bombers|warships|ships|vessels|aircraft|planes|jets|fighters|frigates|destroyers|corvettes|troops|forces|navies|units)\b", re.IGNORECASE)


# "The Armed Forces of the Philippines, together with the armed forces of the United States, ...,
# conducted": partners set beside the subject, who acts with them
# ("The Philippine Navy sailed with the Japan Maritime Self-Defense Force ... in the first
# four-nation maritime cooperative activity": the subject of a verb of sailing with them, the same)
TOGETHER_WITH = re.compile(
    r",\s*(?:together|along|jointly|in concert)\s+with\s+(?:the\s+)?"
    r"(?:(?:armed forces|navies|navy|forces|militaries|air forces|coast guards|ships|warships|aircraft)\s+of\s+(?:the\s+)?)?"
    r"|\s+(?:(?:also|again|then|first)\s+)?(?:sailed|sails|flew|flies|steamed|operated|patrolled)\s+(?:together\s+)?(?:with|alongside)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _crews(text: str, left: list[Slot]) -> list[Slot]:
    """The states and forces whose ships or aircraft travel: the group nearest before the
    verb, with the groups it is joined to as "X of the A and Y of the B", as "A-B" ("a
    Chinese-Russian flotilla", "the Russia-China patrol") or as "X joined Y"."""
    candidates = [
        s for s in left
        if s.labels & {"State", "ArmedForce"} and (s.role in ("object", "with", "of", "including", "from") or s.role == "by" and ESCORTED_BY.search(text, max(0, s.start - 60), s.start))
        and text.rfind("(", 0, s.start) <= text.rfind(")", 0, s.start)  # "(per US officials)" is an aside
        and not _namer(text, s)
    ]
    groups = _groups(text, candidates)
    if not groups:
        return []
    actors = _crew_clause_tail(text, groups.pop())
    while groups:
        gap = text[groups[-1][-1].end:actors[0].start]
        demonyms = groups[-1][-1].kind == "demonym" and actors[0].kind == "demonym"
        if not (HALVES.fullmatch(gap) or JOINED_CREW.fullmatch(gap) or ESCORTED_BY.fullmatch(gap) or HYPHENATED.fullmatch(gap) and (demonyms or " " not in gap)
                or TOGETHER_WITH.fullmatch(gap)):
            break
        actors = groups.pop() + actors
    return actors


# "the first coordinated patrol of the Indian and Indonesian navies": the forces whose patrol it was
FORCES_OF_PATROL = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:two|three|four)\s+)?\Z", re.IGNORECASE)


def _forces_of_the_patrol(text: str, frame: Frame, end: int, right: list[Slot]) -> list[Slot]:
    """The forces a patrol noun names as its own right after "of" ("a joint patrol of the
    Chinese and Russian navies"); "a patrol of the strait" names a place, no crew."""
    forces = [s for s in right if "ArmedForce" in s.labels]
    if frame.form != "joint" or not forces or not FORCES_OF_PATROL.fullmatch(text, end, forces[0].start):
        return []
    return _groups(text, forces)[0]


# "timed to coincide with the Japan-Australia-India-U.S. leaders' meeting": states that name a meeting, no crew
MEETING_AFTER = re.compile(r"(?:[-–/][\w.]+)*\s+(?:leaders['’]?|heads['’]? of (?:state|government)|foreign ministers['’]?|defen[cs]e ministers['’]?)?\s*(?:summit|meeting|talks|dialogue|consultations)\b", re.IGNORECASE)


# between a hyphenated pair of nations and the patrol noun they name: "the India-Indonesia CORPAT"
PATROL_NAME_GAP = re.compile(r"\s+(?:(?:joint|coordinated|combined|naval|maritime|air|bilateral|trilateral)\s+)*\Z", re.IGNORECASE)


def _forces_behind_a_patrol_name(text: str, start: int, left: list[Slot], actors: list[Slot]) -> list[Slot]:
    """"The Royal Thai Navy and the Indian Navy began a similar Indo-Thai CORPAT": the nations
    that name the patrol ("Indo-Thai", "India-Indonesia") stand for the forces the clause
    named as its doers, which are the crews; without such forces the nations are."""
    if len(actors) < 2 or not PATROL_NAME_GAP.match(text, actors[-1].end, start):
        return actors
    if not all(re.fullmatch(r"[-–/]", text[a.end:b.start]) for a, b in zip(actors, actors[1:])):
        return actors  # "Russian and Chinese ships": a crew, no name
    forces = [s for s in left if s.end <= actors[0].start and "ArmedForce" in s.labels]
    named = _groups(text, forces)[-1] if forces else []
    return named if len(named) >= 2 else actors


LIST_AFTER_WORD = re.compile(r"(?-i:\b[a-z]+)\s+(?:the\s+)?$")  # "members include Qatar, ...": the list is some verb's object


def _crew_clause_tail(text: str, group: list[Slot]) -> list[Slot]:
    """The nationalities of the crews that open a clause of their own at the end of a list: in
    "its members include Bahrain, France and Italy, and French and Italian frigates patrol ..."
    the list of members ends at ", and", and the frigates' states are the ones that travel (a
    list that opens the clause is its subject whole: "Russia, China, and Iranian warships held ...")."""
    if not LIST_AFTER_WORD.search(text, max(0, group[0].start - 30), group[0].start):
        return group
    for index in range(len(group) - 1, 0, -1):
        if group[index].kind == "demonym" and group[index - 1].kind != "demonym" and CLAUSE_AND.fullmatch(text, group[index - 1].end, group[index].start):
            tail = group[index:]
            return tail if CREW_AFTER.match(text, tail[-1].end) else group
    return group


# "South Africa hosted the exercise, its second with the two powers": a gloss counting the host's editions
# with the others, who are its guests, not its co-hosts
ORDINAL_GLOSS_WITH = re.compile(
    r",\s+(?:its|their|the)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|last|largest|biggest)\s+"
    r"(?:[\w-]+\s+){0,3}?with\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def _each_to_its_exercise(text: str, exercises: list[Slot], others: list[Slot]) -> list[tuple[Slot, Slot]]:
    """Pairs of an exercise and a host or place. Where several exercises are named each with
    its own ("Peace Mission-2007 was hosted by Russia at Chebarkul, and Peace Mission-2014 by
    China at Zhurihe in Inner Mongolia"), each goes with the exercise last named before it;
    otherwise every exercise goes with every one."""
    groups = _groups(text, exercises)  # "Joint Sea-2021 and Joint Sea-2022 in the Sea of Japan" share it
    interleaved = len(groups) > 1 and any(groups[0][-1].end <= other.start < groups[1][0].start for other in others)
    if interleaved and all(other.start > exercises[0].end for other in others):
        return [(ex, other) for other in others for ex in next(group for group in reversed(groups) if group[0].end <= other.start)]
    return [(ex, other) for ex in exercises for other in others]


# "Kenya hosted Justified Accord 2025, the yearly exercise of the Kenya Defence Forces and US troops", "Cobra
# Gold is the exercise of Thailand and the United States": an exercise glossed by whose exercise it is, the
# gloss set off by a comma or given by a copula (an edition number may stand between: "IBSAMAR VIII, the ...")
EXERCISE_GLOSS_WORDS = IndexedPattern(re.compile(r"\b(?:exercises?|drills?|manoeuvres|maneuvers|war ?games)\s+(?:of|with)\b", re.IGNORECASE), SENTENCES)
EXERCISE_GLOSS = re.compile(
    r"(?:[\s-](?:19|20)\d\d|[\s-][IVX]{1,5})?(?:\s*,\s*|\s+(?:is|was|has been|remains)\s+)the\s+(?:[\w-]+\s+){0,4}?"
    r"(?:exercises?|drills?|manoeuvres|maneuvers|war ?games)\s+of\s+(?:the\s+)?"
)
# between two parties of the gloss: "the Indian Navy, the Brazilian Navy and the South African Navy", "US forces and ..."
GLOSS_PARTY_GAP = re.compile(
    r"(?:\s+(?:forces|troops|armed forces|navies|navy|armies|army|air forces|marines|units|contingents|personnel|sailors|soldiers))?"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?",
    re.IGNORECASE,
)


# "SIMBEX, the Indian Navy's yearly exercise with the Republic of Singapore Navy, this time in the Bay of Bengal":
# the gloss names one party as the owner and the other after "with"
EXERCISE_OWNER_GLOSS = re.compile(r"(?:[\s-](?:19|20)\d\d|[\s-][IVX]{1,5})?\s*,\s*(?:the\s+)?")
EXERCISE_OWNED_WITH = re.compile(
    r"(?:'s|’s)\s+(?:[\w-]+\s+){0,4}?(?:exercises?|drills?|manoeuvres|maneuvers|war ?games)\s+with\s+(?:the\s+)?", re.IGNORECASE
)


def _exercise_glossed_parties(text: str, slots: list[Slot]) -> list[Fact]:
    """PARTICIPATED_IN for the states and forces a gloss on an exercise names as its parties:
    "South Africa is hosting IBSAMAR VIII, the exercise of the Indian Navy, the Brazilian Navy and
    the South African Navy" (each of the three takes part, whatever the host's verb). A body named
    there ("the main exercise of the SCO") is no participant; a cue anywhere in the sentence ("was
    called off", "might", "reports that") leaves the gloss unread."""
    facts = []
    for exercise in slots:
        if "Exercise" not in exercise.labels:
            continue
        gloss = EXERCISE_GLOSS.match(text, exercise.end)
        owner = None
        if gloss is None:
            opened = EXERCISE_OWNER_GLOSS.match(text, exercise.end)
            owner = next((s for s in slots if opened and s.start == opened.end() and s.labels & {"State", "ArmedForce"}), None)
            gloss = EXERCISE_OWNED_WITH.match(text, owner.end) if owner is not None else None
        if gloss is None:
            continue
        parties, end = [owner] if owner is not None else [], gloss.end()
        for slot in slots:
            if slot.start < end:
                continue
            if slot.start != end and not GLOSS_PARTY_GAP.fullmatch(text, end, slot.start):
                break
            if not slot.labels & {"State", "ArmedForce"}:
                break
            parties.append(slot)
            end = slot.end
        if len(parties) < (2 if owner is not None else 1) or LOCAL.search_within(text, 0, len(text)) or SCOPING.search_within(text, 0, len(text)):
            continue
        facts += [
            Fact("PARTICIPATED_IN", party, ex, {}, (exercise.start, exercise.end))
            for ex in _refs([exercise], ("Exercise",)) for party in _refs(parties, ("State", "ArmedForce"))
        ]
    return facts


# "Malabar-2020 (India, the United States, Japan and Australia)": the parties listed in brackets after the name
BRACKET_AFTER_EXERCISE = re.compile(r"(?:[\s-](?:19|20)\d\d)?\s*\(\s*(?:the\s+)?")
BRACKETED_PARTY_GAP = re.compile(r"\s*(?:,|;|/|\band\b|,\s*and\b)\s*(?:the\s+)?", re.IGNORECASE)


def _exercise_bracketed_parties(text: str, slots: list[Slot]) -> list[Fact]:
    """PARTICIPATED_IN for two or more states or forces listed alone in brackets right after an
    exercise's name, whatever the sentence's verb: "the navies met for Malabar-2020 (India, the
    United States, Japan and Australia)". One name alone may be the host or the place ("Vostok-2018
    (Russia)"); a bracket with anything else in it ("(hosted by India)") is no list of parties."""
    facts = []
    for exercise in slots:
        opened = BRACKET_AFTER_EXERCISE.match(text, exercise.end) if "Exercise" in exercise.labels else None
        if opened is None:
            continue
        parties, end = [], opened.end()
        for slot in slots:
            if slot.start < end:
                continue
            if (parties and not BRACKETED_PARTY_GAP.fullmatch(text, end, slot.start)) or (not parties and slot.start != end) or not slot.labels & {"State", "ArmedForce"}:
                break
            parties.append(slot)
            end = slot.end
        if len(parties) < 2 or not re.match(r"\s*\)", text[end:]) or LOCAL.search_within(text, 0, len(text)) or SCOPING.search_within(text, 0, len(text)):
            continue
        facts += [Fact("PARTICIPATED_IN", party, ex, {}, (exercise.start, exercise.end)) for ex in _refs([exercise], ("Exercise",)) for party in _refs(parties, ("State", "ArmedForce"))]
    return facts


# "Dragon-24 in Poland", "Khaan Quest 2024 in Mongolia", "the Slavic Brotherhood drill in Belarus": the place a
# phrase right after the exercise's name gives it (a year or the exercise's noun may stand between)
EXERCISE_IN = re.compile(
    r"(?:[\s-](?:19|20)\d\d)?(?:\s+(?:exercises?|drills?|manoeuvres|maneuvers|war ?games))?\s+in\s+(?:the\s+)?"
    r"(?:(?:far\s+)?(?:north|south|east|west|central|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western)\s+)?",
    re.IGNORECASE,
)
PLACE_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", re.IGNORECASE)


def _exercise_in_place(text: str, slots: list[Slot]) -> list[Fact]:
    """HELD_IN for the regions or states an "in" phrase right after an exercise's name places it in,
    whatever the sentence's verb: "our bit of it was Dragon-24 in Poland". Not a place owning what
    follows ("in Russia's Far East"), nor in a negated or hedged sentence."""
    facts = []
    for exercise in slots:
        opened = EXERCISE_IN.match(text, exercise.end) if "Exercise" in exercise.labels else None
        if opened is None:
            continue
        places, end = [], opened.end()
        for slot in slots:
            if slot.start < end:
                continue
            gap_ok = slot.start == end if not places else bool(PLACE_LIST_GAP.fullmatch(text, end, slot.start))
            if not gap_ok or slot.kind == "demonym" or not slot.labels & {"Region", "State"} or slot.labels & {"ArmedForce", "Organization"}:
                break
            places.append(slot)
            end = slot.end
        if not places or POSSESSIVE_S_SPACE.match(text[end:end + 3]) or LOCAL.search_within(text, 0, len(text)) or SCOPING.search_within(text, 0, len(text)):
            continue
        facts += [Fact("HELD_IN", ex, place, {}, (exercise.start, exercise.end)) for ex in _refs([exercise], ("Exercise",)) for place in _refs(places, ("Region", "State"))]
    return facts


# "with troops from 34 countries, India, Greece and Cyprus among them", "... from twenty nations, among them
# Japan and Fiji": the nations a count of contingents names, before or after "among them"
COUNTED_NATIONS_WORDS = IndexedPattern(re.compile(r"\bamong them\b", re.IGNORECASE), SENTENCES)
COUNTED_NATIONS = re.compile(
    r"\b(?:troops|forces|units|contingents|soldiers|sailors|airmen|personnel|ships|warships|aircraft|crews|militaries|navies)\s+from\s+"
    r"(?:(?:some|about|around|more than|over|nearly|almost)\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?|a dozen)\s+(?:other\s+)?(?:countries|nations|states)\s*,\s*"
    r"(?P<before>among them\s+|including\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
COUNTED_LIST_GAP = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", re.IGNORECASE)
# contingents told as still to come: "... among them Ghana and Senegal, are expected"
COUNTED_TO_COME = re.compile(r"\b(?:expected|due|scheduled|invited|awaited|anticipated|forecast)\b", re.IGNORECASE)


def _counted_nations_named(text: str, slots: list[Slot], context: "ParagraphContext") -> list[Fact]:
    """PARTICIPATED_IN for the states a count of an exercise's contingents names: "It was hosted
    by Egypt and the United States, with troops from 34 countries, India, Greece, Cyprus and Saudi
    Arabia among them" (the exercise named in the sentence, else the one "it" stands for). Nothing
    where a cue stands anywhere in the sentence ("troops from 30 nations, among them Japan, are expected")."""
    counted = COUNTED_NATIONS.search(text)
    if counted is None:
        return []
    listed, end = [], counted.end()
    for slot in slots:
        if slot.start < end:
            continue
        if slot.start != end and not COUNTED_LIST_GAP.fullmatch(text, end, slot.start):
            break
        if "State" not in slot.labels or slot.kind == "demonym":
            break
        listed.append(slot)
        end = slot.end
    closed = counted.group("before") or re.match(r"\s+among them\b", text[end:end + 12], re.IGNORECASE)
    if not listed or not closed or LOCAL.search_within(text, 0, len(text)) or SCOPING.search_within(text, 0, len(text)) or COUNTED_TO_COME.search(text):
        return []
    exercises = _refs([s for s in slots if "Exercise" in s.labels], ("Exercise",)) or list(context.last(("Exercise",)))
    return [Fact("PARTICIPATED_IN", state, exercise, {}, (counted.start(), counted.end())) for exercise in exercises[:1] for state in _refs(listed, ("State",))]


# "during Malabar 2024 in the Bay of Bengal", "during Joint Sea-2021, off Vladivostok in the Sea of Japan":
# the place written right onto the exercise's name
CAPTION_PLACE_GAP = re.compile(r"(?:[\s-](?:19|20)\d\d)?,?\s+(?:in|off|over|on)\s+(?:the\s+)?(?:waters\s+of\s+(?:the\s+)?)?")


def _caption_exercise_place(text: str, exercise: Slot, slots: list[Slot]) -> list[Fact]:
    """HELD_IN for the region or state named right after an exercise a caption or a time phrase
    gives after "during" ("... watch a helicopter land during Malabar 2024 in the Bay of Bengal"),
    where nobody in the sentence is read as taking part."""
    place = next((s for s in slots if s.start >= exercise.end), None)
    if place is None or not place.labels & {"Region", "State"} or place.kind == "demonym" or not CAPTION_PLACE_GAP.fullmatch(text, exercise.end, place.start):
        return []
    return [Fact("HELD_IN", ex, where) for ex in _refs([exercise], ("Exercise",)) for where in _refs([place], ("Region", "State"))]


def _crews_seen(text: str, actors: list[Slot], slots: list[Slot]) -> list[Slot]:
    """The states and forces a caption shows as crews: a force, a group after "soldiers of",
    or a nationality or state before a crew noun or a named system ("a French Rafale")."""
    crews = []
    for group in _groups(text, actors):
        if CREW_OF.search(text, max(0, group[0].start - 30), group[0].start):
            crews += group
            continue
        for slot in group:
            system_next = any("WeaponSystem" in s.labels and 0 <= s.start - slot.end <= 1 for s in slots)
            if "ArmedForce" in slot.labels or system_next or CREW_AFTER.match(text, slot.end):
                crews.append(slot)
    return crews


def _hosts_only(text: str, group: list[Slot], start: int) -> list[Slot]:
    """The hosts of a group after "hosted by": "co-hosted by Australia and the United States, and
    Japan and Indonesia took part" runs on into the subject of the verb at ``start``."""
    if not re.fullmatch(r"\s*(?:also\s+|both\s+|all\s+)?", text[group[-1].end:start]):
        return group
    breaks = [i for i in range(1, len(group)) if re.search(r",\s*and\s", text[group[i - 1].end:group[i].start])]
    return group[:breaks[-1]] if breaks else group


def _joined_organization(trigger: str, context: "ParagraphContext") -> bool:
    """Whether "joined" speaks of the organization the paragraph last named rather than an
    exercise ("Pakistan remains a full member, having joined together with India")."""
    if not trigger.lower().startswith("join"):
        return False
    latest = context.last(("Organization", "Exercise"))
    return bool(latest) and latest[0].label == "Organization"


def _host_states(hosts: list[Slot], context: "ParagraphContext") -> list[Ref]:
    """The states that host: "the Indian Navy, which hosted the 24th edition" is India hosting."""
    states = _refs(hosts, ("State",)) or [
        Ref(state, "State") for ref in _refs(hosts, ("ArmedForce",)) if (state := context.memory.force_states.get(ref.name))
    ]
    return list(dict.fromkeys(states))


# "hosted the Chinese and Russian navies", "hosted troops from Iran": the host's guests
UNITS = r"(?:aircraft|troops|forces|units|ships|warships|vessels|sailors|soldiers|contingents?|crews|jets|pilots|marines|personnel|teams)"
GUESTS = re.compile(r"\s+(?:the\s+)?(?:(?:troops|forces|units|ships|warships|sailors|soldiers|contingents?|delegations?)\s+(?:from|of)\s+(?:the\s+)?)?", re.IGNORECASE)


# "hosted Spears of Victory at an air base, with aircraft and crews from the UAE, Qatar and ...":
# the units the host received, and the states they came from (not "observers from");
# "hosted the drill ..., together with units of Kazakhstan and Armenia": guests too, not co-hosts
UNITS_FROM = re.compile(
    rf",?\s+with\s+(?:[\w-]+\s+){{0,2}}?{UNITS}(?:\s+and\s+{UNITS})?\s+(?:from|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _sent_from(text: str, end: int, right: list[Slot]) -> list[Slot]:
    """The states of a host's ", with troops from A, B and C" after its exercise."""
    states = [s for s in right if s.labels & {"State", "ArmedForce"} and s.kind != "demonym"]
    for group in _groups(text, states):
        if UNITS_FROM.search(text, end, group[0].start):
            return group
    return []


# "Kakadu 2024: host Australia", "(co-hosts: Thailand and the United States)", "HOST - Norway": the noun as a label
HOST_LABEL = re.compile(r"(?:^|[:;,(\n–—]|\s-)\s*(?:the\s+)?(?:co-?)?hosts?\Z", re.IGNORECASE)
HOST_LABEL_GAP = re.compile(r"\s*[:–—-]?\s*(?:the\s+)?")
HOST_LABEL_AND = re.compile(r",?\s+(?:and|&)\s+(?:the\s+)?")


def _labelled_hosts(text: str, end: int, right: list[Slot]) -> list[Slot]:
    """The states a bare "host" label names right after it ("Kakadu 2024: host Australia"), else none."""
    if not HOST_LABEL.search(text, 0, end) or not right or "State" not in right[0].labels or not HOST_LABEL_GAP.fullmatch(text, end, right[0].start):
        return []
    # "co-hosts: Japan and the United States"; not "host Philippines, India sent four Su-30s", the next clause's subject
    hosts = [right[0]]
    for slot in right[1:]:
        if not HOST_LABEL_AND.fullmatch(text, hosts[-1].end, slot.start):
            break
        hosts.append(slot)
    return [s for s in hosts if "State" in s.labels]


def _guests(text: str, end: int, right: list[Slot]) -> list[Slot]:
    """The states or forces a host's verb takes as its object, as opposed to an exercise."""
    if not right or not right[0].labels & {"State", "ArmedForce"} or not GUESTS.fullmatch(text, end, right[0].start):
        return []
    return _groups(text, [s for s in right if s.labels & {"State", "ArmedForce"}])[0]



def _crew_of_the_paragraph(frame, context: "ParagraphContext") -> list[Ref]:
    """"Russia and China held Joint Sea-2021 in October. Ten ships then held a joint naval patrol in the
    Pacific": in a document that told of no patrol before, a joint patrol whose crews go unnamed is
    sailed by the several parties of the exercise or drill the paragraph's last sentence told of (not
    by those who only protested or watched, who told nothing)."""
    parties = list(dict.fromkeys(fact.source for fact in context.last_facts if fact.type in ("PARTICIPATED_IN", "DRILLED_IN")))
    return parties if frame.form == "joint" and len(parties) > 1 else []

def _whole_crew(refs: list[Ref], crew: list[Ref], force_states: dict[str, str]) -> list[Ref]:
    """The ``crew`` of two or more a reference to one of its forces ("the flotilla") stands
    for, when each of ``refs`` is in it or belongs to a state in it; else nothing."""
    names = {ref.name for ref in crew}
    return list(crew) if len(crew) > 1 and all(ref.name in names or force_states.get(ref.name) in names for ref in refs) else []


def _involved(text: str, end: int, right: list[Slot]) -> list[Slot]:
    """The group a patrol or drill noun names after "involving", "between" or "took"
    ("drills involving China and Iran"); after "took" or "brought" only crews ("took
    Russian and Chinese bombers over the Sea of Japan")."""
    actors = [s for s in right if s.labels & {"State", "ArmedForce"}]
    gap = INVOLVING.match(text[end:actors[0].start]) if actors else None
    if not gap:
        return []
    group = _groups(text, actors)[0]
    if re.search(r"\b(?:took|brought|carried)\s", gap.group(0), re.IGNORECASE) and not CRAFT.match(text, group[-1].end):
        return []
    return group


def _in_title(text: str, frame: Frame, start: int, end: int) -> bool:
    """"the Countering America's Adversaries Through Sanctions Act": a capitalised word of a
    title mid-sentence is no verb of opposing, sanctioning or leading."""
    if frame.family != "directed" or start == 0 or not text[start].isupper():
        return False
    return bool(re.match(r"\s+(?:[A-Z]\w*'s\s+)?[A-Z]", text[end:]) or re.search(r"[A-Z][\w']*\s+$", text[max(0, start - 30):start]))


def _inside_name(text: str, slot: Slot) -> bool:
    """"Countering America's Adversaries": a mention between capitalised words of a title."""
    return bool(re.search(r"\b[A-Z][a-z]+\s+$", text[max(0, slot.start - 20):slot.start]) and re.match(r"(?:'s|’s)?\s+[A-Z]", text[slot.end:slot.end + 6]))


def _built_in(text: str, slots: list[Slot]) -> list[Slot]:
    """The state a production line stands in: "... to build the aircraft in India"."""
    return [s for s in slots if "State" in s.labels and re.search(r"\bin\s+$", text[max(0, s.start - 4):s.start])][:1]


# "the technology to produce", "a licence to build", "the rights to assemble": whoever
# builds is the receiver of the know-how, not its giver.
LICENSED_INFINITIVE = re.compile(r"\b(?:technology|technologies|know-how|licen[cs]es?|rights|documentation)\s+(?:\w+\s+){0,3}?to\s+$", re.IGNORECASE)
# the making itself as what is licensed: "licensed the C295's manufacturing to India", "licenses production of the
# K9 to Egypt" (the licensee makes it; the transfer of technology is read from the licence)
LICENSED_MAKING = re.compile(r"\blicen[cs](?:ed|es|ing)\s+(?:out\s+)?(?:(?:the|its|their|a|local)\s+)?(?:[\w'’-]+\s+){0,3}?$", re.IGNORECASE)
LICENSED_OBJECT = re.compile(r"\b(?:licen[cs]es?|rights|technology|know-how)\s+$", re.IGNORECASE)


# ("a full member of the SCO in July 2023 and of BRICS in January 2024", "of the Gulf Cooperation Council (GCC) and of ...":
# the date of the first entry or its acronym between them)
REPEATED_OF = re.compile(r"(?:\s*\([A-Za-z&.\s-]{1,12}\))?(?:\s*\((?:since\s+|from\s+)?\d{4}\))?(?:\s+(?:in|since)\s+(?:(?-i:[A-Z])[a-z]+\s+)?\d{4})?,?\s+(?:and|as well as)\s+(?:of|in|to)\s+(?:the\s+)?", re.IGNORECASE)
# "joined NATO in 2004 along with Latvia and Lithuania": a date may come between
MEMBERS_LISTED = re.compile(
    r"\s*(?:,|:|--|[—–(])\s*(?:the\s+)?|\s+-\s+(?:the\s+)?|\s+(?:the\s+)?|\s+(?:[\w-]+\s+){0,3}?(?:include|included|includes|are|were)\s+(?:the\s+)?", re.IGNORECASE
)
# the noun "member" modifies when a list follows: "the SCO member states (China, Russia, ...)"
MEMBER_HEAD_NOUN = re.compile(r"\s+(?:states|countries|nations|governments)\b", re.IGNORECASE)
# "belongs to the FPDA with Australia", "a member of the FPDA with Australia", "is in the Union State with
# Russia", "As a member of the Quad, with India, Japan and the United States, we ...": fellow members right
# after the body, with no date between
CO_MEMBERS_WITH = re.compile(r",?\s+with\s+(?:the\s+)?")
# the triggers after which a body's "with" names fellow members: belonging, membership, sitting or being in it
# (not "joined the SCO with India": who came in with the subject is told by the joining of its own)
# the sitting with fellow members that frames.py takes up before the body they sit in
SAT_WITH = re.compile(r"\bwith\Z", re.IGNORECASE)
# "with Russia as its main worry", "with Mongolia as an observer": the names' role told after them
WITH_AS_ROLE = re.compile(r"\s+as\b", re.IGNORECASE)
FELLOWSHIP_VERB = re.compile(r"belong|member|\bsits?\b|\bsat\b|\bsitting\b|\bin\Z", re.IGNORECASE)
# ("came in at the enlargement of 1 January 2024, alongside Egypt")
ALONGSIDE = re.compile(r"(?:\s+(?:in|on|at)\s+(?:[\w-]+\s+){0,6}?\d{4})?\s*,?\s*(?:alongside|together with|along with)\s+(?:the\s+)?", re.IGNORECASE)
# ("the Forum, set up in Wellington in 1971 together with Australia"): the founding told after the body
FOUNDED_ALONGSIDE = re.compile(r",\s+(?:co-)?(?:set up|founded|established|created|formed|launched)\b[^,;.:]{0,50}?\b(?:together with|along with|alongside)\s+(?:the\s+)?", re.IGNORECASE)
# "a mutual defence treaty binds Japan and Australia", "a pact linking Manila and Washington since 1951"
PACT_BINDS = re.compile(r"(?:\s+(?:that|which))?(?:\s+(?:still|has|have|had|now|formally|legally))*\s+(?:binds|bound|linking|links|linked|joins)\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)
UPGRADED_TIES = re.compile(
    r"\b(?:upgrad|elevat|rais|lift|deepen)\w*\s+(?:(?:their|its|bilateral|diplomatic)\s+)*(?:ties|relations|relationship)\b[^;.:]{0,60}?\bto\s+(?:(?:a|an|the)\s+)?(?:[\w\"“”-]+\s+){0,4}$"
    # "Beijing describes its tie with Islamabad as an all-weather strategic cooperative partnership"
    r"|\b(?:describ|characteri[sz]|term|label|dubb?)\w*\s+(?:(?:their|its|bilateral|diplomatic)\s+)*(?:ties?|relations|relationship)\b[^;.:]{0,60}?\bas\s+(?:a|an|the)\s+(?:[\w\"“”-]+\s+){0,4}$",
    re.IGNORECASE,
)
# "Mongolia and India signed a declaration of strategic partnership": the signers are the partners
SIGNED_CHARTER = re.compile(
    # ("Russia and Iran did sign a treaty on ...": the emphatic "did" asserts the signing)
    r"\s+(?:\w+ly\s+)?(?:(?:did|do|does)\s+(?:\w+ly\s+)?(?:sign|conclude|adopt|issue|proclaim)|signed|concluded|inked|adopted|issued|proclaimed|signs?|concludes?|adopts?|issues?|proclaims?)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:declaration|treaty|agreement|joint statement|charter|accord)\s+(?:of|on|establishing)\s+(?:a\s+|an\s+|the\s+)?(?:[\w\"-]+\s+){0,3}",
    re.IGNORECASE,
)
# "signed in Riyadh in September 2025 a mutual defence agreement": the place and date before the
# object, as translated copy puts them, leave the pair the signers
SIGNED_WHERE_AND_WHEN = re.compile(
    r"\s+(?:\w+ly\s+)?(?:signed|concluded|inked|signs|concludes)\s+(?:(?:in|at|on)\s+(?:[\w-]+\s+){1,3}?){1,3}(?:a|an|the)\s+(?:[\w-]+\s+){0,3}",
    re.IGNORECASE,
)
# "Ankara and Baku signed the Shusha Declaration in June 2021, a treaty of alliance": an instrument named by its
# title, then said in apposition, after its place and date, to be the tie
SIGNED_NAMED_INSTRUMENT = re.compile(
    r"\s+(?:\w+ly\s+)?(?:signed|concluded|inked|signs|concludes)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?:of\s+|on\s+)?(?-i:[A-Z])[\w'’-]*){0,5}"
    r"(?:\s+(?:in|at|on)\s+(?:[\w-]+\s+){0,2}?[\w-]+){0,2},\s+(?:a|an|their|its)\s+(?:[\w-]+\s+){0,2}?",
    re.IGNORECASE,
)
# "..., but its parliament never ratified it", "but has since refused to ratify it": a tie signed and left unratified
NOT_RATIFIED_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:never|not|refused to|declined to|yet to|failed to)\s+(?:\w+\s+){0,2}?(?:ratif\w*|(?:entered|enter) into force)\b",
    re.IGNORECASE,
)
# "Turkey and Azerbaijan signed the Shusha Declaration in 2021, which is an alliance in all but name": the
# named instrument the pair signed, said in a relative clause to be the tie
SIGNED_INSTRUMENT_CALLED = re.compile(
    r"\s+(?:\w+ly\s+)?(?:signed|concluded|inked|signs|concludes)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4}\s+"
    r"(?:Declaration|Treaty|Agreement|Pact|Accord|Charter)(?:\s+(?:in|of)\s+(?:[\w-]+\s+)?\d{4})?,\s+which\s+(?:is|was|amounts to|amounted to|created|set up|made)\s+"
    r"(?:(?:in effect|effectively|in practice)\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}?",
    re.IGNORECASE,
)
# "the partnership that Russia and China proclaim": a relative clause whose subject is the pair
RELATIVE_PAIR = re.compile(r"(?:\s+[\w,-]+){0,8}?\s+(?:that|which)\s+(?:the\s+)?", re.IGNORECASE)
# "its 2001 strategic partnership": a partnership owned by the sentence's subject
OWN_PARTNERSHIP = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
OWN_TIE_SIGNER = re.compile(r"\s+(?:\w+ly\s+)?(?:sign|signed|signs|signing|conclude|concluded|concludes|ink|inked|inks)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}", re.IGNORECASE)
CALLS = re.compile(r"\s+(?:\w+ly\s+|now\s+|still\s+)?(?:calls|called|considers|considered|regards|regarded|describes|described|sees|saw|treats|treated|names|named)\s+(?:the\s+)?$", re.IGNORECASE)
PARTNER_COMPLEMENT = re.compile(r"\s+(?:as\s+)?(?:a|an|its|their|his|her)\s+(?:[\w\"“”-]+\s+){0,3}", re.IGNORECASE)


def _hyphen_pair(text: str, left: list[Slot], start: int) -> list[Slot]:
    """"the China-Russia comprehensive strategic partnership", "the Russia–China 'no-limits'
    partnership": two states joined by a hyphen, dash or slash, a few words before the trigger."""
    states = [s for s in left if "State" in s.labels]
    if len(states) < 2:
        return []
    first, second = states[-2:]
    gap = text[second.end:start]
    if re.fullmatch(r"\s*[-–/]\s*", text[first.end:second.start]) and re.fullmatch(r"[^,;.:()]{0,60}", gap) and not SUBJECT_GAP_BLOCKERS.search(gap):
        return [first, second]
    return []


# "China keeps building its Belt and Road Initiative": a few lower-case words of the subject's verb, then its own
# (not "Italy quit its Belt and Road membership", "Greece joined its ...": a member's standing in another's initiative)
OWN_INITIATIVE_GAP = re.compile(
    r"\s+(?!(?:\w+\s+){0,2}?(?:left|leaves|leaving|quit|quits|quitting|exited|exits|withdrew|withdraws|joined|joins|joining|signed|signs|endorsed|endorses)\b)"
    r"(?:(?-i:[a-z][\w-]*)\s+){1,3}?(?P<its>its|their)\s+(?:own\s+|flagship\s+|signature\s+|vaunted\s+|much-vaunted\s+|ambitious\s+)?"
)
# what a state holds in another's initiative: "its Belt and Road Initiative membership", "... projects"
STAKE_IN_INITIATIVE = re.compile(r"\s+(?:membership|participation|commitments?|obligations|accession|memorandum|MoU|deal|agreement|projects?|loans?|debts?)\b", re.IGNORECASE)


def _own_initiative(text: str, slots: list[Slot]) -> list[Fact]:
    """"China keeps building its Belt and Road Initiative": an initiative the sentence's state
    subject calls its own, as "China's Belt and Road Initiative" is (see :meth:`RelationReader._possessive_links`),
    unless negated or hedged ("China might revive its ...")."""
    facts = []
    for previous, slot in zip(slots, slots[1:]):
        if "Initiative" not in slot.labels or "State" not in previous.labels or previous.kind in ("demonym", "reference"):
            continue
        gap = OWN_INITIATIVE_GAP.fullmatch(text, previous.end, slot.start)
        if gap and not STAKE_IN_INITIATIVE.match(text, slot.end) and not blocked(text, gap.start("its"), gap.end("its"), previous.end, _assertion_start(text, previous.end)):
            facts += [Fact("LEADS", state, ref) for state in _refs([previous], ("State",)) for ref in slot.refs if ref.label == "Initiative"]
    return facts


def _state_possessor(text: str, slots: list[Slot], slot: Slot) -> Slot | None:
    """The state that owns ``slot`` by a possessive or a nationality adjective right before
    it ("Beijing's Belt and Road Initiative", "the Chinese BRI"), if any."""
    previous = [s for s in slots if s.end <= slot.start]
    if not previous or "State" not in previous[-1].labels:
        return None
    owner = previous[-1]
    gap = OWNED_BY.fullmatch(text, owner.end, slot.start)
    return owner if gap and (gap.group(0).lstrip()[:1] in ("'", "’") or owner.kind == "demonym") else None


# "Operators of the S-400 include China, India and Turkey", "Buyers of the Su-35 were Egypt and
# China": the holders of a role the trigger names in the plural are listed after its theme
ROLE_NOUNS = re.compile(r"s\s+(?:of|for)$")
ROLE_HOLDERS = re.compile(r"\s*(?:,\s*)?(?:include|includes|included|have included|now include|are|were|comprise|comprised)\s*:?\s+(?!not\b|no\b|never\b)", re.IGNORECASE)


def _role_holders(text: str, right: list[Slot], themes: list[Slot], labels) -> list[Slot]:
    """The group of ``labels`` listed after "include" or "are" right after ``themes``, if any."""
    theme_group = _first_group(text, themes)
    listed = ROLE_HOLDERS.match(text, theme_group[-1].end)
    if listed is None:
        return []
    return _first_group(text, [s for s in right if s.start >= listed.end() and s.labels & set(labels)])


# "the US-led coalition", "the Russian-backed bloc": a state named only as a modifier of what follows
LED_MODIFIER = re.compile(r"-(?:led|backed|sponsored|dominated|founded|initiated)\b")


def _led_by(text: str, slot: Slot, slots: list[Slot]) -> Slot | None:
    """The organization ``slot`` is named as the leader or backer of, right after it: "the
    US-led IMSC" (a state so named only qualifies it); None otherwise."""
    modifier = LED_MODIFIER.match(text, slot.end)
    if modifier is None:
        return None
    return next((s for s in slots if "Organization" in s.labels and re.fullmatch(r"\s+(?:[\w-]+\s+){0,2}?", text[modifier.end():s.start])), None)


def _blanked(text: str, slots: list[Slot]) -> str:
    """The text with the words of ``slots`` blanked out, offsets kept."""
    for slot in slots:
        text = text[:slot.start] + " " * (slot.end - slot.start) + text[slot.end:]
    return text


# what may stand before the states of a timeline's line: a date, a bullet, a cell rule
HEADLINE_OPENING = re.compile(
    r"[\W\d]*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?(?:1[89]|20)\d\d)?[\s|:–—-]*(?:the\s+)?"
)
# what may follow a headline's "admitted" when no object does: "together", "in 1997", "at the summit"
HEADLINE_ADMITTED_AFTER = re.compile(r"\s+(?:together|jointly|simultaneously|at|in|on|during)\b|\s*(?:[,;.]|$)")


def _headline_passive(text: str, left: list[Slot], start: int, end: int) -> bool:
    """Whether "admitted" follows the states that open the sentence with nothing between and
    no object after it, as a timeline writes a passive ("Laos and Myanmar admitted together");
    not "Russia admitted that ...", "Vietnam admitted Laos"."""
    if text[start:end].lower() != "admitted":
        return False
    group = _nearest_group(text, left, ("State",))
    if not group or text[group[-1].end:start].strip() or not HEADLINE_OPENING.fullmatch(text, 0, group[0].start):
        return False
    return bool(HEADLINE_ADMITTED_AFTER.match(text, end)) and not re.search(r"\bthat\b", text[end:], re.IGNORECASE)


def _with_repeated(text: str, slots: list[Slot]) -> list[Slot]:
    """The first group of ``slots`` and those joined to it by a repeated "with": "partnerships
    with China and with the United States"."""
    groups = _groups(text, slots)
    if not groups:
        return []
    joined = list(groups[0])
    for group in groups[1:]:
        if not REPEATED_WITH.fullmatch(text, joined[-1].end, group[0].start):
            break
        joined += group
    return joined
# "... to Australia for Pitch Black", "... to Egypt to take part in Bright Star": a journey's end before its purpose
TRAVELLED_FOR = re.compile(r",?\s+(?:for|to take part in|to join|to participate in)\s+(?:the\s+|this year's\s+)?(?:\d{4}\s+)?(?-i:[A-Z])", re.IGNORECASE)


# commas and "and" only: the joints of a plain list of names
PLAIN_LIST_JOINT = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", re.IGNORECASE)


def _plain_list(text: str, group: list[Slot]) -> list[Slot]:
    """The names of ``group`` up to where a clause comes between two of them ("with India, Japan
    and the United States, we don't need Beijing's permission": not Beijing)."""
    for n in range(1, len(group)):
        if not PLAIN_LIST_JOINT.fullmatch(text, group[n - 1].end, group[n].start):
            return group[:n]
    return group


def _first_group(text: str, slots: list[Slot]) -> list[Slot]:
    return _groups(text, slots)[0] if slots else []


def _role(slots: list[Slot], labels, roles) -> list[Slot]:
    return [s for s in slots if s.labels & set(labels) and s.role in roles]


def _refs(slots: list[Slot], labels) -> list[Ref]:
    seen: list[Ref] = []
    for slot in slots:
        for ref in slot.refs:
            if ref.label in labels and ref not in seen:
                seen.append(ref)
    return seen


# A count in words ("twelve", "forty"); each pattern says which figures count with them.
CARDINAL_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
# "more than 200 Su-30MKIs", "over 40 MiG-29s", "up to 12 J-10Cs": the preposition bounds a
# count, it places or compares nothing
BOUNDED_COUNT = re.compile(
    r"\b(?:(?:more|fewer|less)\s+than|over|around|under|up\s+to)\s+"
    rf"(?:\d[\d,]*|{CARDINAL_WORDS}|a\s+dozen)\s+$",
    re.IGNORECASE,
)


def _opens_as_clause(text: str, at: int) -> bool:
    """Whether the "as" at ``at`` opens a clause of its own after a comma ("..., as Kazakhstan signed ...")."""
    comma = text.rfind(",", max(0, at - 3), at)
    return comma != -1 and AS_CLAUSE_OPENING.match(text, comma) is not None


@lru_cache(maxsize=32)  # each trigger of a sentence asks again about the mentions before it
def _governing_preposition(text: str, start: int, end: int) -> re.Match | None:
    """The preposition that ends ``text[start:end]`` and so governs the mention after it
    (offsets of the match are the piece's), unless it only bounds a count."""
    match = PREPOSITION.search_within(text, start, end)
    if match and BOUNDED_COUNT.search(text, max(start, end - 40), end):
        return None
    if match and match.group(1).lower() == "as" and AS_WELL.search(text, max(start, start + match.start() - 9), start + match.start()):
        return None  # "Turkey as well as India bought": a conjunct, not a role
    if match and match.group(1).lower() == "as" and _opens_as_clause(text, start + match.start()):
        return None  # "..., as Kazakhstan signed a pact": a clause's subject after "as", not a role
    return match


AS_WELL = re.compile(r"\bas\s+well\s+$", re.IGNORECASE)



def _participle_set_off_after(text: str, sentence: list[Slot], start: int, end: int) -> list[Slot]:
    """The states a participial trigger is set off after by a comma ("..., and Iran and Belarus,
    admitted as full members in 2023 and 2024"): the participle's subject."""
    if not re.fullmatch(r"[a-z]+ed\b.*", text[start:end]):
        return []
    named = [s for s in sentence if s.end <= start]
    if not named or "State" not in named[-1].labels or not re.fullmatch(r",\s+", text[named[-1].end:start]):
        return []
    group = next((g for g in _groups(text, named) if named[-1] in g), [named[-1]])
    return [s for s in group if "State" in s.labels]


def _subject_pronoun(text: str, start: int, left: list[Slot], context: "ParagraphContext", sentence: list[Slot]) -> list[Slot]:
    """The state "it" or "they" stands for before a membership word, or the subject a
    coordinated predicate leaves out: "India is in the Quad, and it is also a founding member of
    BRICS and has been a full member of the SCO since 2017"."""
    pronoun = PRONOUN_SUBJECT.search(text, max(0, start - 60), start)
    if pronoun:
        # "Armenia froze its participation, but it is still a member": else the sentence's subject
        return _pronoun_subject(text, pronoun.end(), left, context, sentence=sentence) or _sentence_subject(text, sentence, pronoun.start(), ("State",))
    elided = ELIDED_SUBJECT.search(text, max(0, start - 50), start)
    if elided:
        # "Armenia froze its participation but remains formally a member": the sentence's subject
        # ("Iran bought Su-35s, while Algeria flies the Su-30 and is a member of the AU": the clause's it continues)
        subject = _joined_clause_subject(text, sentence, elided.start()) or _sentence_subject(text, sentence, start, ("State",))
        refs = tuple(ref for ref in context.subjects if ref.label == "State")
        return subject or ([Slot(0, 0, refs, "reference")] if refs else [])
    return []


# where a clause of its own opens inside a sentence: ", while Algeria ...", "; Algeria ..."
CLAUSE_OPENING = re.compile(r"[,;]\s*(?:and|but|while|whereas|although|though)\s+(?:the\s+)?|;\s+(?:the\s+)?", re.IGNORECASE)


def _joined_clause_subject(text: str, sentence: list[Slot], end: int) -> list[Slot]:
    """The states opening the last clause joined on before ``end`` ("Iran bought Su-35s, while
    Algeria flies the Su-30MKA"): the subject a predicate coordinated in that clause leaves out."""
    openings = list(CLAUSE_OPENING.finditer(text, 0, end))
    if not openings:
        return []
    opening = openings[-1]
    opened = [s for s in sentence if opening.end() <= s.start < end]
    if not opened or opened[0].start != opening.end() or "State" not in opened[0].labels:
        return []
    return _first_group(text, opened)


# "seven of the eight members of", "all members of": a noun phrase of its own, whose members the text does not name ...
MEMBERS_NP = re.compile(r"\b(?:[\w-]+\s+of\s+)?(?:the|its|their|all|most|many|several|some)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# ... unless a copula or an apposition ties it to the states before it: "Iceland was among the founding members"
COPULAR_GAP = re.compile(
    r"\s*,?\s*(?:(?:is|are|was|were|remains?|remained|became|become|has been|have been|had been)\s+(?:(?:\w+ly|also|still|now|both|all)\s+)?"
    r"(?:(?:one|two|three|four|five|among)\s+)?(?:of\s+)?|,\s*(?:both\s+|all\s+)?)",
    re.IGNORECASE,
)
ELIDED_SUBJECT = re.compile(
    r"\b(?:and|but)\s+(?:also\s+|still\s+)?(?:(?:has|have|had|is|are|was|were|became|remains?|remained)\b[^,;.]{0,30})?$"
    # "Angola is not in the planning cell, though a full member of SADC": a concession with its subject and copula left out
    r"|,\s*(?:even\s+)?(?:al)?though\s+(?:(?:still|now|long|also)\s+)?(?:an?\s+|one\s+of\s+the\s+)$",
    re.IGNORECASE,
)
# "joined the bloc", "rejoined the continental body": an organization the text means but does not name here
BODY_REFERENCE_AFTER = re.compile(r"\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:bloc|alliance|grouping|group|organi[sz]ation|body|club|forum|pact)\b", re.IGNORECASE)
# "it is", and the spoken "it's a full member", "they're in the CSTO"; "since July 2024 it is"
PRONOUN_SUBJECT = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|when|after|since|as|because|while|until|though|although|whereas|yet)\s+|\.\s+|\b\d{4},?\s+)(?:it|they)(?:\s+|['’](?:s|re)\b\s*|$)(?=(?:[\w’'-]+\s+){0,4}$)", re.IGNORECASE)
# What a state joins that is no organization: "joined the Western sanctions", "joined the call for a ceasefire"
JOINED_ACTION = re.compile(
    r"(?:\s+in)?\s+(?:the|its|their|a|an)?\s*(?:[\w-]+\s+){0,2}?(?:sanctions|measures|embargo(?:es)?|boycotts?|calls?|statements?|appeals?|"
    r"criticism|condemnations?|chorus|talks|negotiations|efforts?|campaigns?|votes?|consensus|protests?|"
    # "Botswana, not itself in SADC, joined the drills": an event joined, not the body named before
    r"drills?|exercises?|manoeuvres|maneuvers|war ?games|patrols?|operations?|missions?|flotillas?|convoys?)\b",
    re.IGNORECASE,
)
# "recommending the admission of the State of Palestine as a full member of": the admission a draft proposed
ADMISSION_AS = re.compile(r"\b(?:admission|accession|entry)\s+of\s+[^.;:]{1,60}?\s+as\s+(?:an?\s+)?(?:full\s+)?$", re.IGNORECASE)


def _last_body_is_initiative(text: str, start: int, sentence: list[Slot], context: "ParagraphContext") -> bool:
    """Whether the last organization or initiative named before ``start`` (in the sentence, else
    before it) is an initiative: what "joined it" then joined is no organization."""
    labels = ("Organization", "Initiative")
    named = [s for s in sentence if s.end <= start and s.labels & set(labels)]
    if named:
        return "Initiative" in named[-1].labels and "Organization" not in named[-1].labels
    last = context.last_before_sentence(labels)
    return bool(last) and last[0].label == "Initiative"


def _admission_proposed_before(text: str, start: int) -> bool:
    """Whether the membership at ``start`` is the standing of an admission that was only sought
    or proposed ("a draft recommending the admission of X as a full member of the UN")."""
    if "as " not in text[max(0, start - 20):start]:
        return False
    admission = ADMISSION_AS.search(text, max(0, start - 100), start)
    return admission is not None and ADMISSION_SOUGHT.search(text, max(0, admission.start() - 40), admission.start()) is not None


ADMISSION_SOUGHT = re.compile(r"\b(?:recommend\w*|propos\w*|block\w*|veto\w*|oppos\w*|seek\w*|sought|request\w*|against|on)\s+(?:the\s+)?$", re.IGNORECASE)
# "the SCO's observers include", "partner countries that includes": a tier below membership
# what an organization offers states outside it: "NATO's Partnership for Peace programme", "ASEAN's dialogue partners"
PARTNER_PROGRAMME = re.compile(
    r"(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:partnerships?|partners?|programmes?|programs?|dialogue|cooperation initiative|observer status)\b",
    re.IGNORECASE,
)
NON_MEMBER_TIER = re.compile(
    r"\b(?:observers?|observer states|dialogue partners?|partner (?:countries|states|nations)|applicants?|candidates?|aspirants?|invitees)\b[^.;:]{0,40}$"
    r"|\b(?:associate|assoc\.)\s+$",  # "Assoc. member: Turkmenistan", "associate members are ..."
    re.IGNORECASE,
)
# "members of ASEAN - Brunei, ...": the names in a dashed or bracketed aside
ASIDE_LIST = re.compile(r"\s*(?:--|[—–(]|\s-)\s*(?:the\s+)?")
# "members of the Security Council at that time, namely Gabon, ...": the names "namely" sets off (a time the
# membership held may come between), ending the clause or set off by a comma or bracket
NAMELY = re.compile(r"(?:\s+(?:at (?:that|the) time|then|in \d{4}))?\s*,?\s*(?:namely|that is|i\.e\.),?\s+(?:the\s+)?", re.IGNORECASE)
NAMELY_END = re.compile(r"\s*(?:[,.;(]|$)")


# "the first of three", "the last of the 24", "the rest of its": a part of the goods named next
PARTITIVE = re.compile(
    r"\b(?:first|last|second|third|rest|remainder|bulk|majority|remaining|final|latest)\s+of\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many)?\s*$", re.IGNORECASE)


def _partitive_theme(text: str, right: list[Slot], start: int, labels: tuple[str, ...]) -> list[Slot]:
    """The goods a fronted participle at ``start`` is told of when the subject after it is a
    part of them ("Supplied by Russia in 2019, the first of four S-400 battalions ..."): the
    first slot of ``labels`` after the comma that closes the participle, right after a partitive."""
    comma = text.find(",")
    if not 0 <= start < comma:
        return []
    first = next((s for s in right if s.labels & set(labels) and s.start > comma), None)
    return [first] if first is not None and PARTITIVE.search(text, comma, first.start) else []


def _namely_listed(text: str, right: list[Slot], body_end: int) -> list[Slot]:
    """The states "namely" sets off after a body ("members of the Council at that time,
    namely Gabon, Ghana and Mozambique"), or none."""
    listed = _first_group(text, [s for s in right if "State" in s.labels and s.start > body_end])
    if listed and NAMELY.fullmatch(text, body_end, listed[0].start) and NAMELY_END.match(text, listed[-1].end):
        return listed
    return []
# "Two permanent members of ...", "three of the founding members of ...": a count the names after it fill
COUNTED_ROLE = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:of\s+(?:the|its)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


LIKE_GAP = re.compile(r",\s+like\s+(?:the\s+)?")


def _likened(text: str, members: list[Slot], slots: list[Slot]) -> list[Slot]:
    """"Egypt, like Ethiopia, is a member": the state a member is likened to in an aside."""
    if not members:
        return []
    return [s for s in slots if "State" in s.labels and LIKE_GAP.fullmatch(text[members[-1].end:s.start])
            and re.match(r"\s*,", text[s.end:s.end + 2])]


# the vetoes a roll lists, and who cast them: "Russia's vetoes:", "Vetoes cast by China since 1971:" (not "... : none")
VETO_ROLL = re.compile(r"vetoe?s\b(?:\s+(?:cast\s+)?by\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?(?:\s+(?:since|from|in)\s+\d{4})?\s*:\s*(?P<empty>(?:none|nil|n/a)\b)?", re.IGNORECASE)
VETO_ROLL_BY = re.compile(r"\s+(?:cast\s+)?by\b", re.IGNORECASE)


# "alongside the United States", "together with France", "joined by China": states vetoing beside the subject
CO_VETOER_BEFORE = re.compile(r"\b(?:alongside|together with|along with|joined by|in tandem with)\s+(?:the\s+)?$", re.IGNORECASE)


# "a dialogue partner and a NATO member": the second of two coordinated standings, named on its own body
OTHER_STANDING = re.compile(r"[^.;:]*?\s+and\s+(?:also\s+)?(?:an?\s+)$", re.IGNORECASE)


def _tier_in_another_body(text: str, member: Slot, orgs: list[Slot], start: int) -> bool:
    """Whether the tier word after a state ("observer", "dialogue partner") is its standing in
    another body than the one the trigger names: "Turkey, a dialogue partner since 2012 and a NATO
    member, ..." is a partner of the body the text is about and a member of NATO."""
    tier = NON_MEMBER.search(_window(text, member, 25, after=True))
    named = next((o for o in orgs if o.end <= start and re.fullmatch(r"(?:'s|’s)?\s*", text[o.end:start])), None)
    if tier is None or named is None or member.start + tier.end() > named.start:
        return False
    return OTHER_STANDING.fullmatch(text, member.start + tier.end(), named.start) is not None


# "Britain and France joined the United States in vetoing a draft": who joined the vetoer, named before the verb
JOINED_VETOER = re.compile(r"\b(?:joined|joins|joining)\s+(?:the\s+)?$", re.IGNORECASE)
IN_VETOING = re.compile(r"\bin\s+$", re.IGNORECASE)


def _joiners_in_veto(text: str, start: int, actors: list[Slot], vetoers: list[Slot]) -> list[Slot]:
    """The states that "joined" the vetoer "in vetoing" a draft: "Britain and France joined
    the United States in vetoing a text on Panama" has three vetoers, not one."""
    if not vetoers or not IN_VETOING.search(text, 0, start):
        return []
    joined = JOINED_VETOER.search(text, 0, vetoers[0].start)
    if joined is None:
        return []
    return _nearest_group(text, [s for s in actors if s.end <= joined.start()], ("State",))


def _pair_of_other_roles(text: str, start: int, vetoers: list[Slot], slots: list[Slot]) -> bool:
    """Whether "the two countries" said to veto were resolved to a pair this sentence has
    already named as a drafter or a draft's subject: in "both vetoed a US draft on Venezuela,
    and in 2022 the two countries vetoed ..." the pair is not the United States and Venezuela."""
    if not vetoers or not all(s.kind == "reference" and PAIR_WORD.match(text, s.start) for s in vetoers):
        return False
    other_roles = {
        ref.name for s in slots if s.end <= vetoers[0].start and "State" in s.labels and s.kind != "reference"
        and (drafted(text, [s]) or RESOLUTION_SUBJECT.search(text, max(0, s.start - 40), s.start))
        for ref in s.refs
    }
    return bool(other_roles & {ref.name for s in vetoers for ref in s.refs})


# "the withdrawal of British and French troops from Syria": whose troops they are, before the force noun
TROOPS_AFTER = re.compile(r"(?:\s+(?:and|or)\s+(?-i:[A-Z])[\w-]+)?\s+(?:troops|forces|soldiers|contingents?|garrisons?)\b", re.IGNORECASE)


def _without_troop_owners(text: str, candidates: list[Slot]) -> list[Slot]:
    """The subjects a vetoed draft may have, less the states whose troops it spoke of when a
    place comes after them: "a draft on the withdrawal of British and French troops from Syria
    and Lebanon" concerned Syria and Lebanon, not the states the troops came from."""
    owners = [s for s in candidates if s.kind == "demonym" and TROOPS_AFTER.match(text, s.end)]
    if not owners or not any(c.start > owners[-1].end and c not in owners for c in candidates):
        return candidates
    return [s for s in candidates if s not in owners]


def _co_vetoers(text: str, slots: list[Slot]) -> list[Slot]:
    """The states a veto sentence names as casting it beside its subject ("alongside the United
    States, France or both"): companions, never what the vetoed draft was about."""
    if "along" not in text and "with" not in text and "joined by" not in text:
        return []
    return [s for group in _groups(text, slots) if CO_VETOER_BEFORE.search(text, max(0, group[0].start - 20), group[0].start) for s in group]


# ", while Russia", ", as the United States": the vetoer opening a clause of its own
SECOND_CLAUSE_OPENER = re.compile(r",\s*(?:while|whereas|as)\s+(?:the\s+)?$", re.IGNORECASE)
# ", which has close ties to Morocco,": a relative clause set off by commas that speaks of no draft
RELATIVE_ASIDE = re.compile(r",\s*(?:which|who)\s+(?![^,;]*\b(?:draft|resolution|text|measure)s?\b)[^,;()]{1,80},", re.IGNORECASE)


# the relative clause's antecedent is a name (not "The American draft, which spoke of humanitarian pauses,")
NAME_BEFORE_RELATIVE = re.compile(r"(?-i:[A-Z])[\w'’-]*$")


def _in_relative_aside(text: str, slot: Slot, end: int) -> bool:
    """Whether ``slot`` stands inside a relative clause set off by commas after a name, before ``end``, that
    speaks of no draft."""
    if ", wh" not in text[:end]:
        return False
    return any(m.start() < slot.start and slot.end <= m.end() and NAME_BEFORE_RELATIVE.search(text, max(0, m.start() - 30), m.start())
               for m in RELATIVE_ASIDE.finditer(text, 0, end))


def _veto_roll(text: str, start: int) -> int | None:
    """Where the list of vetoed drafts begins when the veto noun heads a roll ending in a colon,
    0 when there is no roll, None when the roll says there were none."""
    roll = VETO_ROLL.match(text, start)
    if roll and roll.group("empty"):
        return None
    return roll.end() if roll else 0


# "Its last veto was cast in November", "Their first vetoes came in 1956": a sentence opening on the veto of "it"
OWNED_VETO_OPENING = re.compile(r"\W*(its|their)\s+(?:[\w-]+\s+){0,2}\Z", re.IGNORECASE)


def _owner_of_veto(text: str, start: int, end: int, context: "ParagraphContext") -> list[Slot]:
    """Who "its" or "their" means when a sentence opens on a possessed veto noun: the
    paragraph's subject, as for "It" opening the sentence."""
    owned = OWNED_VETO_OPENING.fullmatch(text, 0, start) if re.fullmatch(r"vetoe?s?", text[start:end], re.IGNORECASE) else None
    if owned is None:
        return []
    subject = context.subject(("State",), "it" if owned.group(1).lower() == "its" else "they", [])
    if subject or owned.group(1).lower() != "its":
        return subject
    # else the one state the paragraph has named ("A member asked whether Russia vetoed anything. It did not.")
    states = list(dict.fromkeys(ref for ref in context.earlier_parties if ref.label == "State"))
    return [Slot(0, 0, (states[0],), "reference")] if len(states) == 1 else []


def _veto_adjectives(text: str, actors: list[Slot], start: int) -> list[Slot]:
    """The nationality words right before a veto: "Russian and Chinese vetoes", "the joint
    Russian-Chinese veto", and the peoples that cast it: "the Russians and the Chinese vetoed"."""
    own: list[Slot] = []
    for slot in reversed([s for s in actors if s.kind == "demonym"]):
        if not re.fullmatch(r"\s*" if not own else r"\s*(?:[-–/,]|,?\s+and)\s*(?:the\s+)?", text[slot.end:own[0].start if own else start]):
            break
        own.insert(0, slot)
    return own


# "a double veto by Russia and China killed the draft": the noun's agents, the subject of the verb after them
VETO_NOUN_BY = re.compile(r"\bvetoe?s?\s+(?:(?:cast|used|exercised)\s+)?by\s+(?:the\s+)?$", re.IGNORECASE)


def _veto_by_agents(text: str, actors: list[Slot], start: int) -> list[Slot]:
    """The states after "veto by" in a subject that ends right before the trigger: "a veto by
    Russia blocked the draft on Mali" (not "after a veto by Russia, France drafted again")."""
    groups = _groups(text, [s for s in actors if "State" in s.labels])
    if not groups or not re.fullmatch(r"\s*", text[groups[-1][-1].end:start]):
        return []
    return groups[-1] if VETO_NOUN_BY.search(text, max(0, groups[-1][0].start - 40), groups[-1][0].start) else []


def _joined_clause_start(text: str, right: list[Slot], end: int) -> int | None:
    """Where a clause joined on after the trigger's opens with states as its own subject
    ("includes a mutual defence commitment, and Australia and Papua New Guinea signed ..."):
    those states belong to that clause, not to the trigger's list."""
    states = [s for s in right if "State" in s.labels and s.start > end]
    for group in _groups(text, states):
        if JOINED_CLAUSE_SUBJECT.search(text, max(end, group[0].start - 12), group[0].start) and SUBJECT_THEN_VERB.match(text, group[-1].end) \
                and not re.match(r"\s*,", text[group[-1].end:]):
            return group[0].start
    return None


# "..., plus the European Union", "together with the African Union": a member added to a list
# "The eight members are Canada, ...": a count of members, then that many states named
COUNTED_MEMBERS_ARE = re.compile(r"\bthe\s+(?P<count>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:full\s+|current\s+)?$", re.IGNORECASE)
MEMBER_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


# "its other members (", "the remaining Member States (": the members of the body in view, set off in brackets
# or dashes (a bare "the members" may be anyone's)
BODY_MEMBERS_BEFORE = re.compile(r"\b(?:its\s+(?:(?:other|remaining|current|present|founding|full)\s+)?|the\s+(?:other|remaining|current|present|founding)\s+)\Z", re.IGNORECASE)


def _body_members_aside(text: str, start: int, end: int, right: list[Slot]) -> list[Slot]:
    """The states bracketed or dashed right after "its other members" or "the remaining Member
    States", the aside closed after them ("The remaining Member States (Kenya, ..., Yemen) are
    listed in Annex 4"); none when nothing opens or closes the aside."""
    if not BODY_MEMBERS_BEFORE.search(text, max(0, start - 30), start) or not re.fullmatch(r"members|member(?: states)?", text[start:end], re.IGNORECASE):
        return []
    states = re.match(r"\s+states\b", text[end:end + 8], re.IGNORECASE)  # the cue is "Member" of "Member States"
    if text[start:end].lower() == "member" and states is None:
        return []
    after = end + (states.end() if states else 0)
    aside = _first_group(text, [s for s in right if "State" in s.labels and s.start > after])
    if aside and ASIDE_LIST.fullmatch(text, after, aside[0].start) and re.match(r"\s*(?:--|[—–)]|\s-)", text[aside[-1].end:aside[-1].end + 3]):
        return aside
    return []


def _counted_members_body(text: str, start: int, end: int, right: list[Slot], context: "ParagraphContext") -> list[Slot]:
    """The body of "The eight members are Canada, Denmark, ..." when the paragraph names none: the
    last organization the document named (a quiz host answering a question turns earlier), only
    where exactly the counted number of states is listed."""
    counted = COUNTED_MEMBERS_ARE.search(text, max(0, start - 30), start)
    if counted is None or not re.match(r"members are", text[start:end], re.IGNORECASE) or not context.memory.organizations:
        return []
    listed = _first_group(text, [s for s in right if "State" in s.labels])
    if len({ref for s in listed for ref in s.refs}) != MEMBER_COUNTS[counted.group("count").lower()]:
        return []
    return [Slot(0, 0, (context.memory.organizations[-1],), "reference")]


SANCTIONS_ON_IT = re.compile(r"\s+(?:on|against)\s+(?:it|them)\b", re.IGNORECASE)
# "Venezuela's government since 2017 and has ": a state (or its government) closing the clause before "and"
GOVERNMENT_THEN_COORDINATED = re.compile(
    r"(?:['’]s\s+(?:government|regime|leadership|rulers|authorities))?(?:\s+(?:in|since)\s+(?:\w+\s+)?\d{4})?,?\s+(?:and|but)\s+(?:\w+\s+){0,3}",
    re.IGNORECASE,
)
RIVAL_BODY_BEFORE = re.compile(r"\b(?:alternative|rival|counterweight|challenger|answer)\s+to\s+(?:the\s+)?$|\b(?:instead of|in place of)\s+(?:the\s+)?$", re.IGNORECASE)
FELLOW_MEMBER_BEFORE = re.compile(r"(?:\bplus|together with|along with|as well as)\s+(?:the\s+)?$", re.IGNORECASE)


# a sentence opening on the possessive pronoun: "Its other founding members were ..."
ITS_OPENING = re.compile(r"\W*its\s", re.IGNORECASE)


def _organization_told_before(text: str, context: "ParagraphContext", slots: list[Slot], end: int) -> list[Slot]:
    """The organization "it comprises ..." is about: the context's, unless that is one the sentence
    names only after the trigger ("It comprises nineteen countries ... plus the European Union":
    a fellow member, not the body), when it is the last one named before the sentence."""
    told = context.organization()
    if context.topic and ITS_OPENING.match(text):
        # "NATO was founded in 1949 ... the reason for the Warsaw Pact, which ... Its other founding members were
        # Poland, ...": "its" opening the sentence is the body the sentence before named last, not the paragraph's topic
        previous = [ref for ref in context.previous_named if ref.label == "Organization"]
        if previous and previous[-1] != context.topic:
            return [Slot(0, 0, (previous[-1],), "reference")]
    # (not "the accession of Finland to NATO": the body after "to" is the one joined)
    # ("plus the European Union and, since 2023, the African Union": both added after the first)
    later = [s for s in slots if s.start >= end and "Organization" in s.labels]
    added = next((i for i, s in enumerate(later) if FELLOW_MEMBER_BEFORE.search(text, max(0, s.start - 40), s.start)), None)
    fellows = {ref for s in later[added:] for ref in s.refs} if added is not None else set()
    # "a forum launched by Chile and Colombia as an alternative to UNASUR": the body it rivals is not the one set up
    rivals = {ref for s in later if RIVAL_BODY_BEFORE.search(text, max(0, s.start - 40), s.start) for ref in s.refs}
    if told and rivals and set(told[0].refs) <= rivals:
        return []
    if context.topic or not told or not set(told[0].refs) <= fellows:
        return told
    refs = context.last_before_sentence(("Organization",))
    return [Slot(0, 0, refs, "reference")] if refs else []


# An entry into a body with no body named: "join", "is admitted", "becomes the sixteenth member"
# (not "both are permanent members", "allies, including Japan": members of a body in view)
BODY_ENTERED = re.compile(r"(?:re-?)?(?:join(?:s|ed)?|admitted|acceded?|accedes)$", re.IGNORECASE)
BECAME_COUNTED = re.compile(r"\b(?:becomes|became)\s+(?:the|its)\s+(?:\d+(?:st|nd|rd|th)|[\w-]+(?:st|nd|rd|th)|newest|latest)\s+(?:member|ally)$", re.IGNORECASE)


def _enters_body(text: str, start: int, end: int) -> bool:
    """Whether the trigger at ``start`` tells an entry into a body: "Albania and Croatia join",
    "Spain becomes the sixteenth member"."""
    if "?" in text:
        return False  # "find the date Uzbekistan rejoined (2006?)": a date in doubt, a question
    trigger = text[max(0, start - 40):end]  # (the trigger may hold "becomes the seventh member" itself)
    return bool(BODY_ENTERED.match(text[start:end]) or BECAME_COUNTED.search(trigger))


# "Greece and Turkey come in 1952": the bare verb whose year follows (not "came in in 1952", read as before)
ENTRANT_YEAR = re.compile(r"(?:came|come|comes) in", re.IGNORECASE)


def _entrants_subject(text: str, slots: list[Slot], start: int) -> bool:
    """Whether the verb at ``start`` has states as its own subject, right before it ("Greece
    and Turkey come in 1952"), not a state's noun ("Russia's response came in 2014")."""
    states = [s for s in slots if "State" in s.labels and s.end <= start]
    # (a leader who came in March is a visitor, and "Turkish" no member)
    return bool(states) and states[-1].kind not in ("demonym", "leader") and re.fullmatch(r"\s+(?:(?:then|also|finally|only|both|all|each|later|together)\s+)?", text[states[-1].end:start]) is not None


def _antecedent(before: list[Slot], labels) -> list[Slot]:
    """For "..., which sold ...": the mention the relative pronoun points back to."""
    candidates = [s for s in before if s.labels & set(labels)]
    return candidates[-1:] if candidates else []


# "sanctions imposed not on Pakistan but on its firms", "aimed not at Iran itself": a target said not to be one
DENIED_TARGET = re.compile(r"\bnot\s+(?:(?:directly|primarily|only|so much)\s+)?(?:on|upon|against|at)\s+(?:the\s+)?$", re.IGNORECASE)


# "in service with eleven export customers, among them ...", "with several customers including"
# "in service with the air forces of India, Algeria and Malaysia": the operators after a plural service word
SERVICES_OF_AFTER = re.compile(r"\s+(?:the\s+)?(?:(?:air|naval|land|ground|armed)\s+forces|navies|armies|coast\s+guards|militaries)\s+of\s+(?:the\s+)?", re.IGNORECASE)
CUSTOMERS_LISTED = re.compile(r"(?:[^.;:]{0,60}?\band\s+with)?\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|\w+ other)\s+)?(?:export\s+|foreign\s+|overseas\s+)?(?:customers|buyers|clients)\s*,?\s+(?:among them|including|notably|such as)\b", re.IGNORECASE)


# "..., both of which joined the Council this year": a relative that counts its antecedents
QUANTIFIED_RELATIVE = re.compile(r",\s*(?:both|all|each|two|three|four|five) of (?:which|whom)\s+(?:(?:\w+ly|also|later|then|since)\s+)?$", re.IGNORECASE)


def _quantified_antecedent(text: str, slots: list[Slot], start: int) -> list[Slot]:
    """For "We have written to Denmark and Greece, both of which joined ...": every state of the
    coordinated group right before the counted relative pronoun, whatever its role in the main clause."""
    relative = QUANTIFIED_RELATIVE.search(text, max(0, start - 40), start)
    if relative is None:
        return []
    states = [s for s in slots if "State" in s.labels and s.end <= relative.start()]
    group = _groups(text, states)[-1] if states else []
    return group if group and group[-1].end == relative.start() else []


# "- **China:** permanent comprehensive strategic partnership": a list entry headed by the partner's name
RUN_IN_STATE_HEAD = re.compile(r"[\W_]*(?:the\s+)?$", re.IGNORECASE)
RUN_IN_STATE_COLON = re.compile(r"[*_]*\s*:")
# "Turkey: a strategic partnership has been proposed but not declared": a tie the entry says is not made
RUN_IN_TIE_UNMADE = re.compile(
    r"\b(?:not|no|never|proposed|planned|mooted|discussed|under (?:negotiation|discussion)|being negotiated|expected|would|could|may|might|suspended|lapsed|ended)\b",
    re.IGNORECASE,
)


def _run_in_partner(text: str, earlier: list[Slot], context: "ParagraphContext") -> list[tuple[Ref, Ref]]:
    """The tie a list entry headed by one state's name records on the page of another state: "-
    **China:** permanent comprehensive strategic partnership (upgraded 2019)" under "# KAZAKHSTAN —
    COUNTRY BRIEFING BOOK" is Kazakhstan's partnership with China."""
    if not earlier or "State" not in earlier[0].labels or earlier[0].kind == "demonym" \
            or not RUN_IN_STATE_HEAD.fullmatch(text, 0, earlier[0].start) or not RUN_IN_STATE_COLON.match(text, earlier[0].end):
        return []
    entry = re.split(r"[;.]", text[earlier[0].end:], maxsplit=1)[0]
    pages = list(dict.fromkeys(ref for ref in context.memory.opening_refs if ref.label == "State"))
    if len(pages) != 1 or RUN_IN_TIE_UNMADE.search(entry):
        return []
    return [(pages[0], partner) for partner in _refs(earlier[:1], ("State",))]


def _instrument_signers(text: str, before: list[Slot], start: int) -> list[Slot]:
    """The two states that signed a named instrument which a relative clause then calls the tie:
    "Turkey and Azerbaijan signed the Shusha Declaration in 2021, which is an alliance in all but name"."""
    states = [s for s in before if "State" in s.labels]
    signers = _groups(text, states)[-1] if states else []
    if len(signers) != 2 or not SIGNED_INSTRUMENT_CALLED.fullmatch(text, signers[-1].end, start):
        return []
    return signers


def _antecedent_group(text: str, before: list[Slot], labels) -> list[Slot]:
    """For "Denmark and Norway, which both fly ...": every mention of a coordinated group the
    relative pronoun follows; otherwise the last mention, as :func:`_antecedent`."""
    candidates = [s for s in before if s.labels & set(labels)]
    if not candidates:
        return []
    group = _groups(text, candidates)[-1]
    plural = RELATIVE.match(text, group[-1].end) and not SINGULAR_RELATIVE.match(text, group[-1].end)
    return group if len(group) > 1 and plural else candidates[-1:]


# ", co-produced with", ", built by", ", bought from the": a participle set off by a comma, and its
# preposition, before a name; the aside closes at the next comma ("..., co-produced with China, flew")
PARTICIPLE_ASIDE_BEFORE = re.compile(
    r",\s+(?:[\w-]+\s+){0,2}?(?:[\w-]+ed|built|made|flown|sold|bought|given)\s+(?:(?:jointly|together|partly|largely|originally)\s+)?"
    r"(?:with|by|from|for|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
ASIDE_CLOSE = re.compile(r"(?:\s+in\s+\d{4})?\s*,")


# "the NATO battlegroup", "NATO's air policing mission", "the EU naval mission": a unit or an operation
# of an organization, which a state may lead without leading the organization
BODY_UNIT_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:(?:multinational|naval|maritime|air|training|peacekeeping|advisory|policing|enhanced|forward|rapid|response|"
    r"reaction|\w+-led)\s+){0,3}(?:battle\s?groups?|missions?|operations?|task\s+forces?|contingents?|brigades?|divisions?|corps|"
    r"rotations?|deployments?|presence|patrols?|headquarters|command)\b",
    re.IGNORECASE,
)


# ", and " after a name governed by a preposition: "the battlegroup in Lithuania, and Sweden, which ...
# joined": a new clause's subject follows, not the list's next name
PLACE_THEN_CLAUSE_GAP = re.compile(r"\s*[,;]\s*(?:and|but)\s+(?:the\s+)?")


def _clause_antecedent(text: str, group: list[Slot]) -> list[Slot]:
    """The names of a coordinated ``group`` a relative pronoun after it points back to: from the
    last name back to the first one after a ", and" that follows a name a preposition governs
    ("a company to the battlegroup in Lithuania, and Sweden, which joined NATO": Sweden only)."""
    for i in range(len(group) - 1, 0, -1):
        if PLACE_THEN_CLAUSE_GAP.fullmatch(text, group[i - 1].end, group[i].start) and PLACE_PREPOSITION_BEFORE.search(text[max(0, group[i - 1].start - 35):group[i - 1].start]):
            return group[i:]
    return group


# "India and Algeria, which flies them": a verb in the singular points to the last one only
SINGULAR_RELATIVE = re.compile(r",\s*(?:which|who)\s+(?:(?:still|also|already|now|\w+ly)\s+)?(?:has|is|was|does|\w+(?<!s)s)\b", re.IGNORECASE)


def _supplier_antecedent(text: str, before: list[Slot], labels) -> list[Slot]:
    """"US arms sales to Taiwan, which China has opposed": what is opposed is the supplier's
    sales, so the supplier, not the recipient the antecedent ends on."""
    candidates = [s for s in before if s.labels & set(labels)]
    if not candidates or not RECIPIENT_BEFORE.search(text, max(0, candidates[-1].start - 60), candidates[-1].start):
        return candidates[-1:]
    return [s for s in candidates[:-1] if SUPPLIER_AFTER.match(text, s.end)][-1:]


RECIPIENT_BEFORE = re.compile(r"\b(?:sales?|deliver(?:y|ies)|exports?|transfers?|shipments?|supplies)\s+(?:of\s+[^,;]{0,30}?\s+)?to\s+(?:the\s+)?$", re.IGNORECASE)
SUPPLIER_AFTER = re.compile(r"(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}(?:sales?|deliver(?:y|ies)|exports?|transfers?|shipments?|supplies)\b", re.IGNORECASE)

# "... with the United States and hosted": a verb coordinated after a companion
COORDINATED_HOSTING = re.compile(r"\s+(?:(?:in|since)\s+(?:\w+\s+)?\d{4}\s+)?,?\s*and\s+(?:(?:also|then|later|itself)\s+)?", re.IGNORECASE)
# "opposes the deployment of any foreign military bases": a kind of deed, not one the paragraph told of
GENERIC_EVENT_COMPLEMENT = re.compile(r"\s+(?:of|by)\s+(?:any|all|foreign|outside|further|future|additional|new|more|such)\b", re.IGNORECASE)


# the few words between ", and" and a new clause's subject, and between that subject and its verb
# "reviewed the progress of their", "marked the tenth anniversary of their": the subjects' own tie, after a verb and a noun
THEIR_OWN_TIE = re.compile(r"\s+(?:\w+ly\s+|also\s+)?[a-z]+ed\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:of|in|on)\s+their\s+(?:[\w-]+\s+){0,3}", re.IGNORECASE)
# "troops from Japan, India and some twenty other countries took part": people sent by the states that open a clause
SENT_FROM_GAP = re.compile(r"\s*(?:the\s+)?(?:troops|forces|units|contingents|soldiers|personnel|sailors|marines|delegations|teams)\s+from\s+(?:the\s+)?", re.IGNORECASE)
OTHERS_THEN_PREDICATE = re.compile(r"(?:,?\s+and\s+(?:some\s+|about\s+|around\s+)?(?:[\w-]+\s+)?(?:other\s+)?(?:countries|states|nations))?\s*(?:(?:also|then|later|too|all)\s+)?(?:(?:has|have|had)\s+)?", re.IGNORECASE)
JOINED_SUBJECT_GAP = re.compile(r"\s*(?:the\s+|two\s+|three\s+|four\s+|its\s+|their\s+|\d+\s+)?")
# "were among the 17 nations that ", "are among the navies which ": a joined subject's own predicate before "took part"
AMONG_PARTICIPANTS = re.compile(
    r"\s*(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:nations|countries|states|navies|air forces|armies|forces|participants)\s+(?:that|which|who)\s+",
    re.IGNORECASE,
)
OWN_PREDICATE = re.compile(r"\s*(?:[\w-]+\s+)?(?:(?:also|then|later|too|both)\s+)?(?:(?:has|have|had)\s+)?")
# "'s defeat in the 2020 ", "'s victory in its ": what a war meant to one side, before "war with"
WAR_OUTCOME = re.compile(r"(?:'s|’s)\s+(?:\w+\s+)?(?:defeat|victory|loss|win|humiliation|role|part|performance|conduct)\s+in\s+(?:the\s+|its\s+|their\s+)?(?:\d{4}\s+)?(?:[\w-]+\s+){0,2}")


# Clash words that take the other side as their object: "invaded Ukraine", "fought India".
INDEFINITE_CLASH = re.compile(r"\b(?:a|an|any|possible|potential|future|another)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# the echo triggers of the OPPOSES lexicon ("echoed the criticism", "did too")
ECHOED = re.compile(r"(?:echo|join|shar|repeat|second|did)\w*\b.*", re.IGNORECASE)
# the nouns an echo repeats across sentences ("echoed the criticism"); "did too" stays in its sentence
# the follow-up triggers of the SANCTIONED lexicon ("followed suit", "followed within days")
# ("adopted the same measures", "did the same": the measures repeated; "did" only after sanctions told in its own sentence)
SANCTIONS_FOLLOWED = re.compile(r"follow\w*\b.*|.*\bsame\b.*|did likewise", re.IGNORECASE)
# "Canada and Japan followed": the verb alone says nothing of what was followed, so it needs the
# sentence just before (the paragraph's last deed told) to have been sanctions
BARE_FOLLOWED = re.compile(r"follow(?:ed|s)(?=\s*[;.]|\s*$|\s+(?:on|in)\s+(?:\w+\s+){0,2}\d{4})", re.IGNORECASE)
ECHOED_NOUN = re.compile(r"criticism|condemnation|objection|protest|denunciation", re.IGNORECASE)
VICTIM_BEFORE = re.compile(
    r"\b(?:invasions?|annexation|occupation|bombing|shelling|blockade|dismemberment)\s+of\s+(?:the\s+)?$|"
    r"\b(?:attacks?|strikes|raids|aggression|assaults?)\s+(?:on|against)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "condemned the strike on Syria", "opposed the sanctions on Russia", "the arms embargo against Iran": the
# state a single strike or a measure falls on is not whom its critic opposes (the striker or the sanctioner is)
MEASURE_TARGET_BEFORE = re.compile(
    r"\b(?:strike|airstrike|sanctions|embargo(?:es)?|tariffs|restrictions|measures|penalties|blockades|ban)\s+"
    r"(?:(?:imposed|placed|levied|announced|carried out|launched)\s+)?(?:on|upon|against)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a state name that ends its noun phrase (not "US" in "US arms sales", not "Russia's")
STATE_ENDS_PHRASE = re.compile(
    r"\s*(?:[,.;:)!?]|$)|\s+(?:in|at|on|over|for|by|and|or|as|last|this|since|after|before|that|which|who|during|from|earlier|"
    r"were|was|is|are|had|has|have)\b",
    re.IGNORECASE,
)
# the rulers of a state, or their seizure of power, before the place they rule: "the juntas in Bamako and Niamey"
RULERS_IN = re.compile(
    r"\s+(?:the|a|an|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?(?:coups?(?: d['’]état)?|putsch(?:es)?|takeovers?|juntas?|regimes?|"
    r"military (?:rulers|governments?|authorities)|seizures? of power|crackdowns?)\s+in\s+(?:the\s+)?",
    re.IGNORECASE,
)
AGENT_OF_OPPOSED = re.compile(
    r"\b(?:built|led|backed|created|formed|set up|pushed|promoted|sponsored|deployed|imposed|launched|waged|staged|held|conducted|taken|adopted|made|levelled|leveled)\s+by\s+(?:the\s+)?$|"
    # "condemned the use of water cannon by China": the user of what is condemned
    r"\b(?:use|deployments?|sales?|purchases?|expansion|enlargement|buildup|build-up|stationing|militari[sz]ation)\s+of\b[^,.;]{0,40}?\bby\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# what may stand between a verb of opposing and the owner of what is opposed: "opposed China's BRI"
OWNER_NEXT = re.compile(r"\s+(?:\w+ly\s+)?(?:the\s+)?")
# ", and condemns": a second verb between two states, which are then no list
VERB_IN_GAP = re.compile(r"\s*,?\s*and\s+(?:\w+ly\s+)?(?:[a-z]{2,}(?:ed|es)|[a-z]{3,}s)\s+(?:(?:the|a|an)\s+)?", re.IGNORECASE)
# "condemned Russia for its invasion": the state blamed just before the possessive
BLAMED_FOR_ITS = re.compile(r"\s+(?:for|over)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE)
# "a border clash between Armenia and Azerbaijan killed dozens": an indefinite clash told as an event that happened
CLASH_TOLD = re.compile(
    r"[^.;:]{0,80}?\b(?:killed|left|erupted|broke out|flared|took place|occurred|claimed|cost|ended|lasted|wounded)\b", re.IGNORECASE
)
# "Armenia and Azerbaijan, which had fought over ...": the clash is the relative clause's own verb (not
# "a draft by A and B, which called on the parties to cease hostilities")
# ("Armenia and Azerbaijan, which are neighbours, exchanged fire": the main verb after a closed relative)
RELATIVE_CLASH_VERB = re.compile(r",\s*(?:which|who)\s+(?:(?:had|have|has|once|twice|also|later|then|\w+ly)\s+){0,3}$|,\s*(?:which|who)\s+[^,;.]{1,40},\s*$", re.IGNORECASE)
# "seized the islands after a naval battle with South Vietnam": a clash that an event followed, so told as past
CLASH_SEQUENCED = re.compile(r"\b(?:after|following)\s+$", re.IGNORECASE)
BARE_WAR = re.compile(r"wars?", re.IGNORECASE)
NEVER_CAME = re.compile(r"\s+(?:never|did not|didn't|was not|has not|had not|would|might|could|may)\b", re.IGNORECASE)
WHOSE_WAR = re.compile(r",\s+whose\s+(?:(?:\d{4}|[a-z-]+)\s+){0,2}", re.IGNORECASE)
AVERTED = re.compile(r"\s+(?:was|were|had been|has been|is being)\s+(?:\w+ly\s+)?(?:avoided|averted|prevented|headed off|forestalled|staved off)\b", re.IGNORECASE)
TRANSITIVE_CLASH = re.compile(r"(?:fought|fighting|fights?|battled|battles|battling|invad\w+|attacked|annexed|ambushed|shelled|struck|strikes|bomb\w*)$|(?:with|against|between|on|of|at|in|inside)$", re.IGNORECASE)


# "drills around Taiwan": a state named as the place of an event, not a party to it
# ("a draft on the situation in Libya": the agenda item's state, a party to the text, not a place)
PLACE_BEFORE = re.compile(r"\b(?:around|near|off|over|(?<!situation )(?<!crisis )in|into|inside|outside|at|across|towards?)\s+(?:the\s+)?$", re.IGNORECASE)
PLACE_WORD_ENDINGS = ("around", "near", "off", "over", "in", "into", "inside", "outside", "at", "across", "toward", "towards", "the")


# "the UAE's ceasefire text", "Brazil's humanitarian-pauses draft": a text the state wrote on the topic, which
# the state does not own (unlike "Burma's human rights record")
TOPIC_DRAFT_AFTER = re.compile(r"\s+(?:drafts?|texts?|resolutions?|proposals?)\b", re.IGNORECASE)


# "the Sudan ceasefire draft", "| Sudan (ceasefire) |": a topic set between a state and the draft, or in brackets
# after the state, says what the draft asked of the state (not "Gaza ceasefire texts": Gaza is no state)
STATE_TOPIC_GAP = re.compile(r"\s+|\s*\(\s*")
TOPIC_AFTER_STATE_END = re.compile(r"\s+(?:drafts?|texts?|resolutions?)\b|\s*\)", re.IGNORECASE)


def _topic_qualifying_a_state(text: str, slots: list[Slot], slot: Slot) -> bool:
    """Whether ``slot`` is a topic that only says what a draft on a state named right before
    it asked ("Russia vetoes Sudan ceasefire draft"): the draft concerned the state."""
    if "Topic" not in slot.labels or not TOPIC_AFTER_STATE_END.match(text, slot.end):
        return False
    return any(
        "State" in s.labels and s.end < slot.start and STATE_TOPIC_GAP.fullmatch(text, s.end, slot.start)
        and (text[s.end:slot.start].strip() == "(") == text[slot.end:slot.end + 3].lstrip().startswith(")")
        for s in slots
    )


# "a draft resolution concerning Syria", "the text on Mali": the subject the draft noun names, before a relative
# ", which would have ..." telling what the draft would have done
DRAFT_NAMED_SUBJECT = re.compile(r"\b(?:drafts?|resolutions?|texts?)\s+(?:concerning|regarding|about|on)\s+(?:the\s+)?(?:situation\s+in\s+(?:the\s+)?)?$", re.IGNORECASE)
WOULD_HAVE_RELATIVE = re.compile(r",\s+(?:which|that)\s+would\s+have\b", re.IGNORECASE)


def _state_owns_topic(text: str, owner: Slot, owned: Slot) -> bool:
    """Whether ``owner`` is a state named in the possessive right before the topic ``owned``."""
    return "State" in owner.labels and "Topic" in owned.labels and owner.end <= owned.start and bool(
        POSSESSIVE_GAP.fullmatch(text, owner.end, owned.start)) and not TOPIC_DRAFT_AFTER.match(text, owned.end)


def _topic_of_a_state(text: str, slots: list[Slot], slot: Slot) -> bool:
    """Whether ``slot`` is a topic a state in ``slots`` owns ("Burma's human rights record",
    "Syria's chemical weapons"): a draft on it concerns the state, not the topic."""
    return "Topic" in slot.labels and any(_state_owns_topic(text, s, slot) for s in slots)


def _state_owning_a_topic(text: str, slots: list[Slot], slot: Slot) -> bool:
    """Whether ``slot`` is the state of "Burma's human rights record": a party to what the
    paragraph tells next, unlike the owner of an occasion ("Lai Ching-te's inauguration")."""
    return "State" in slot.labels and any(_state_owns_topic(text, slot, s) for s in slots)


def _place_before(text: str, start: int) -> bool:
    """Whether ``PLACE_BEFORE`` matches the 20 characters before ``start``. Asked for every
    mention: most are ruled out by the word before them (a match ends in white space after
    one of its words or "the") before re tries the pattern at each of the 20 places."""
    window = text[max(0, start - 20):start]
    if window.isascii():  # beyond ASCII, lower-casing and white space are left to re
        stripped = window.rstrip()
        if len(stripped) == len(window) or not stripped.lower().endswith(PLACE_WORD_ENDINGS):
            return False
    return PLACE_BEFORE.search(window) is not None
# "after Lai Ching-te's inauguration": whose occasion it was, not who acted
# an exercise that reached further: "stretched across the borders into Sweden", "extended into Finland"
SPREAD_INTO = re.compile(r"stretched|stretches|extended|extends|spread|spreads", re.IGNORECASE)
# between "forces from" and the places they come from: "from across the", "from all over"
ORIGIN_GAP = re.compile(r"\s+(?:(?:across|around|throughout|all over)\s+)?(?:the\s+)?", re.IGNORECASE)
BROUGHT = re.compile(r"brought|brings|bringing", re.IGNORECASE)  # "brought 3,200 soldiers of the PLA to ...": those after it
THIS_TIME = re.compile(r"\b(?:this time|this year|this edition|on this occasion)\b", re.IGNORECASE)
# an edition set aside as an earlier one: "Vostok-2018, the previous edition,", "..., its predecessor,"
EARLIER_EDITION_AFTER = re.compile(r",\s+(?:the\s+(?:previous|last|preceding|earlier)\s+(?:edition|one|iteration|round)|its\s+predecessor)\b", re.IGNORECASE)
# what may come before a sentence's subject: "In 2019, ", "Since then ", "The"
# ("After a series of kidnappings by the Abu Sayyaf group, Indonesia, Malaysia and the Philippines signed": a longer fronted phrase)
SUBJECT_PREAMBLE = re.compile(r"(?:(?:In|By|Since|During|After|Before|Until|Last|Earlier|Later|Today|Now|Then|Meanwhile|Historically|Traditionally)\b[^,;:.]{0,60},?\s+)?(?:the\s+)?", re.IGNORECASE)
# a finite verb, maybe after an adverb, right after the subject: "are", "have long", "also signed"
# ("India, by contrast, has ...": a short lower-case aside may stand between them)
SUBJECT_VERB_AFTER = re.compile(r"(?:,\s+(?:[a-z]+\s+){0,3}[a-z]+,)?,?\s+(?:[a-z]+ly\s+|also\s+|still\s+|long\s+|often\s+|then\s+|later\s+)?(?:is|are|was|were|have|has|had|share[sd]?|remain(?:ed)?|maintain(?:ed)?|[a-z]{3,}ed|"
    r"bought|sold|sent|held|took|made|won|led|left|began|flew|built|became|gave|kept|met|grew|fought|sought|ran|said)\b")
OCCASION_AFTER = re.compile(r"(?:'s|’s)\s+(?!(?:air|naval|navy|army|armed|coast|marine|defen[cs]e|military|forces?)\b)[a-z]")
# "condemned the patrol", "criticised these naval drills", "protested against the deal": an
# event the paragraph has told of stands where the opposed states would.
# an invasion or attack by the state on the left of the trigger (not "fought", where neither side is the aggressor)
AGGRESSION_TRIGGER = re.compile(r"invad|invasion|attacked|annex|shelled|(?:air |missile |drone )?(?:strikes|raids)", re.IGNORECASE)
# a deed one side does to another: "The United Kingdom and the United States carried out strikes on Houthi
# targets", "Britain and France invaded Egypt" (the two subjects struck together; they did not fight each other)
ONE_SIDED_CLASH = re.compile(r"invad|invasion|attacked|annex|shelled|ambushed|(?:air |missile |drone )?(?:strikes|raids)\b|struck|strike\b|bomb", re.IGNORECASE)
# "condemns this aggression", "denounced the invasion": an act the document told of, by its aggressor
# "condemned the veto", "criticised these vetoes" (not "the veto of a draft by ...", which names its caster)
# a verdict on a veto whose caster the noun phrase names: "condemned the US veto", "deplores Russia's veto"
VETO_JUDGED_BEFORE = re.compile(
    r"\b(?:condemn|criticis|criticiz|deplor|denounc|regrett?|lament|decr(?:y|ie)|slamm|welcom|prais|defend|hail|justif)\w*\s+"
    r"(?:the\s+|this\s+|that\s+|these\s+|those\s+)?(?:[\w-]+(?:['’]s)?\s+){1,4}\Z",
    re.IGNORECASE,
)
CONDEMNED_VETO = re.compile(r"\s+(?:the|this|that|these|those|both)\s+(?:[\w-]+\s+){0,2}?vetoe?s?\b(?!\s+(?:of|by|on)\b)", re.IGNORECASE)
CONDEMNED_AGGRESSION = re.compile(
    r"\s+(?:the|this|that|such|its|their)\s+(?:[\w-]+\s+){0,2}?(?:aggression|invasion|annexation|attacks?|assault|offensive|occupation)\b(?!\s+(?:of|on|against|by)\b)",
    re.IGNORECASE,
)
CRITICISED_EVENT = re.compile(
    r"\s+(?:against\s+)?(?:the|these|those|this|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:joint\s+)?(?:patrols?|drills?|exercises?|manoeuvres|maneuvers|war games|deployments?|rotations?|deal|agreement|pact|treaty|accord|sales?|"
    # "Russia recognises Abkhazia; the EU and the US condemn the recognition": a state's deed named by its noun
    r"recognition|purchases?|acquisition|decision|move)\b",
    re.IGNORECASE,
)


# a buying named by its noun: the buyer, first named, made it
PURCHASE_CRITICISED = re.compile(r"\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:purchases?|acquisition)\b", re.IGNORECASE)


# an exercise noun right before "held"/"staged": a reduced relative about the exercise, whose subject is no host
# ("Tsentr-2019 -- Russian command-staff exercise held in ...": a state's adjective before the noun is its host)
# "signatory to the Treaty of Tlatelolco", "party to the Ottawa Convention": a named treaty right after the trigger
UNKNOWN_TREATY_AFTER = re.compile(r"\s+(?:(?:to|of)\s+)?(?:the\s+)?(?-i:[A-Z])")
# "the Interaction-2022 exercise held in", "Zapad-2021 drills staged by": the exercise's head noun right before a participle
EXERCISE_HEAD_GAP = re.compile(r"\s+(?:exercises?|drills?|manoeuvres|maneuvers|war\s?games|games)\s+")
EXERCISE_NOUN_BEFORE = re.compile(
    r",\s+(?:a|an)\s+(?!(?:[\w-]+\s+){0,4}?(?-i:[A-Z])[a-z]+(?:ian|ese|ish|i|an)\s)(?:[\w-]+\s+){0,4}?(?:exercises?|drills?|manoeuvres|maneuvers|war games|wargames)\s+$",
    re.IGNORECASE,
)


# "participation in the Russia-led CSTO": the words between "in" and the organization's name
ORGANIZATION_AFTER_IN = re.compile(r"\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?", re.IGNORECASE)
DRILL_NOUN_AFTER = re.compile(r"(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:drills?|exercises?|manoeuvres|maneuvers|war games|games|patrols?)\b", re.IGNORECASE)


def _participation_in_body(text: str, end: int, slots: list[Slot]) -> bool:
    """Whether a participation word is followed by "in" and an organization, not an exercise:
    taking part in a body's work ("participation in the CSTO") is no drill."""
    after = [s for s in slots if s.start >= end and s.start - end <= 60 and s.labels & {"Organization", "Exercise"}]
    if not after or any("Exercise" in s.labels for s in after):
        return False  # "took part in the SCO's Peace Mission-2010 exercise": the body's exercise
    # ("took part in the SCO drills there": the body's drills)
    return ORGANIZATION_AFTER_IN.fullmatch(text, end, after[0].start) is not None and not DRILL_NOUN_AFTER.match(text, after[0].end)


# "Allied by the 1950 treaty, China and ...", "Allied since 1961, ...": a participle that opens the sentence
FRONTED_ALLIED = re.compile(r"\W*$")
ALLIED_PHRASE_AFTER = re.compile(r"\s+(?:by|under|through|since|from)\b[^,;:.]{1,60},\s+(?:the\s+)?", re.IGNORECASE)


def _fronted_allied(text: str, start: int, end: int, slots: list[Slot]) -> tuple[Ref, Ref] | None:
    """The pair a fronted "Allied by ..., A and B ..." speaks of: the two states that open the
    main clause after the comma."""
    if text[start:end].lower() != "allied" or not FRONTED_ALLIED.match(text[:start]):
        return None
    phrase = ALLIED_PHRASE_AFTER.match(text, end)
    if phrase is None:
        return None
    group = _first_group(text, [s for s in slots if s.start >= phrase.end() and "State" in s.labels])
    if not group or group[0].start != phrase.end():
        return None
    refs = _refs(group, ("State",))
    return (refs[0], refs[1]) if len(refs) == 2 else None


# the verbs by which a body takes in members, said of a state: it welcomes or admits no one into a body
STATE_WELCOMER = re.compile(r"welcomed|(?:re-?)?admitted|(?:re-?)?admits", re.IGNORECASE)
# "..., a move Moscow criticised", "..., a step that Beijing condemned": the critic of a deed the
# main clause told of
OPPOSED_MOVE_BEFORE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:move|step|decision|deal|act|action|choice|gesture|deployment|visit|position|stance|posture|policy|refusal)\s+(?:that\s+|which\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# "..., which Tehran opposes.": the critic of a relative clause that ends the sentence
OPPOSED_WHICH_BEFORE = re.compile(r",\s+which\s+(?:the\s+)?$", re.IGNORECASE)
# a state named as where the antecedent runs or stands, just before ", which"
THROUGH_PLACE_BEFORE_WHICH = re.compile(r"\b(?:through|across|via|along|into|in|near|off)\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2},\s+which\s+(?:the\s+)?$", re.IGNORECASE)


def _parties_of_earlier_clause(text: str, slots: list[Slot], critics: list[Slot]) -> list[Slot]:
    """The states that open the clause before the critic's, after a semicolon ("Egypt and Somalia
    signed a defence protocol; Ethiopia condemned the deal"), the critics left out."""
    if not critics:
        return []
    semicolon = text.rfind(";", 0, critics[0].start)
    if semicolon < 0:
        return []
    opening = text.rfind(";", 0, semicolon) + 1
    states = [s for s in slots if opening <= s.start and s.end <= semicolon and "State" in s.labels and s.kind != "demonym" and s not in critics]
    group = _first_group(text, states)
    return group if group and SUBJECT_OPENING.fullmatch(text, opening, group[0].start) else []


def _antecedent_owner(text: str, slots: list[Slot], which_at: int, labels) -> list[Slot]:
    """The possessor named in a relative clause's antecedent ("Azerbaijan's proposed corridor
    ..., which"): the nearest "X's" between the clause's comma and the one before it."""
    comma = text.rfind(",", 0, which_at)
    opening = max(text.rfind(",", 0, comma), text.rfind(";", 0, comma), 0)
    owners = [s for s in slots if opening <= s.start and s.end <= comma and s.labels & set(labels) and re.match(r"(?:'s|’s)\s", text[s.end:s.end + 3])]
    return owners[-1:]


SANCTIONS_TALK = re.compile(r"\s+(?:threats?|warnings?|risks?|fears?|relief|waivers?|exemptions?|monitors?|panel|experts|inspectors|evasion|busting)\b", re.IGNORECASE)
# "the panel that monitored sanctions on the DPRK", "helped Iran evade sanctions": sanctions in place, imposed by no one named here
SANCTIONS_WATCHED = re.compile(r"\b(?:monitor\w*|track\w*|oversee\w*|oversaw|police[sd]?|policing|enforc\w*|evad\w*|evasion of|violat\w*|breach\w*|circumvent\w*|bust\w*|skirt\w*|dodg\w*)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "... and maintains sanctions against Iran", "... and extended existing measures against Belarus": a second verb of the sentence's subject
SANCTIONS_KEPT = re.compile(r"\band\s+(?:also\s+|still\s+)?(?:maintains|maintained|keeps|kept|retains|retained|upholds|has imposed|imposed|extended|extends|renewed|renews)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
LISTED = re.compile(r"(?:added|adds|adding|placed|put)\b", re.IGNORECASE)
VERB_TRIGGER = re.compile(r"(?:imposed|imposes|levied|slapped|placed|announced|introduced|extended|expanded|applied|renewed|sanctioned|designated|blacklisted)\b", re.IGNORECASE)
DESIGNATED_BY = re.compile(r"\b(?:designat\w*|sanction\w*|listings?|measures)\b[^.]{0,40}\bby\b", re.IGNORECASE)


def _designator_in_heading(context: "ParagraphContext") -> list[Slot]:
    """"Entities designated by the United States" over "The Department of the Treasury
    designated ...": the one state or organization the section heading names as designator."""
    heading = context.memory.headings[-1] if context.memory.headings else ""
    actors = [ref for ref in context.memory.heading_refs if ref.label in ("State", "Organization")]
    if len(actors) == 1 and DESIGNATED_BY.search(heading):
        return [Slot(0, 0, (actors[0],), "reference")]
    return []


SANCTION_WORD = re.compile(r"\b(?:sanctions|measures|penalties|embargo|restrictions)\b", re.IGNORECASE)


def _sanctioned_antecedent(text: str, sentence: list[Slot], start: int, labels) -> list[Slot]:
    """The group that ", against which" or ", on which" points back to, when the relative
    clause holds the sanctions: "Russia or Belarus, against which Switzerland has applied ..."."""
    relative = None
    for relative in SANCTIONED_RELATIVE.finditer(text, 0, start):
        pass
    if relative is None or SENTENCE_BREAK_BETWEEN.search(text, relative.end(), start):
        return []
    subject = next((s for s in sentence if s.start >= relative.end()), None)
    if subject is None or not re.fullmatch(r"(?:the\s+)?", text[relative.end():subject.start]):
        return []  # the relative's own subject comes right after it
    before = [s for s in sentence if s.end <= relative.start() and s.labels & set(labels)]
    group = _groups(text, before)[-1] if before else []
    return group if group and not text[group[-1].end:relative.start()].strip() else []


SANCTIONED_RELATIVE = re.compile(r",\s*(?:against|on|upon)\s+(?:which|whom)\s+", re.IGNORECASE)
SENTENCE_BREAK_BETWEEN = re.compile(r"[;:]|,\s+(?:and|but)\s")


def _controller(text: str, left: list[Slot], start: int) -> list[Slot]:
    """The subject of an infinitive: "led Washington to remove Turkey from the programme and,
    in 2020, to impose sanctions" — Washington, the mention an earlier "to <verb>" follows."""
    if not TO_BEFORE.search(text[max(0, start - 4):start]):
        return []
    controllers = [s for s in left if re.match(r"\s+to\s+[a-z]", text[s.end:s.end + 12])]
    return controllers[-1:]


# a lower-case word after a list that is not a preposition or conjunction: the list is a subject
VERB_AFTER_LIST = re.compile(
    r"\s+(?:\w+ly\s+)?(?!(?:in|on|at|over|since|during|from|to|for|and|or|but|that|which|who|between|across|near|off|along|until|after|before|when|while|as|by|of|with|in\s+\d)\b)[a-z]+\b"
)
# where a pair's own partnership ends: "..., and during the war with Pakistan", ";"
NEW_CLAUSE = re.compile(r",\s+and\s|;")
# "Turkey became the first NATO ally to be sanctioned": an organization naming the kind of member, and the copula before it
MODIFIER_OF_MEMBER = re.compile(r"\s+(?:ally|allies|member|members|member states?|partner|partners|country|countries|state|states)\b", re.IGNORECASE)
MEMBER_COPULA = re.compile(r"\s+(?:became|becomes|is|was|remains|remained|,)\s+(?:the\s+|a\s+|an\s+)?(?:first|only|second|third|latest|last)?\s*", re.IGNORECASE)
# "..., and both have criticised AUKUS": a pair as a new clause's subject (see _groups)
UNRESOLVED_PAIR = re.compile(r",\s*and\s+(?:both|the two(?:\s+\w+)?|the pair)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
CLAUSE_AND = re.compile(r"\s*,\s*and\s+")
PAIR_WORD = re.compile(r"both\b|the two\b|the pair\b", re.IGNORECASE)
# "became the 32nd ally", "the newest ally": a member counted into an alliance, no partner of anyone
COUNTED_ALLY = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|newest|latest|youngest)\s+$", re.IGNORECASE)
# "several of Russia's Central Asian partners", "other Western partners": partners not named
UNNAMED_PARTNERS = re.compile(
    r"\b(?:several|some|many|most|few|all|(?<!each )other|various|one|two|three|four)\s+(?:of\s+)?(?:(?:the|its|their|\w+(?:'s|’s))\s+)?(?:[\w-]+\s+){0,2}$"
    # "Armenia, Azerbaijan and their partners": the partners of the states named, not each other
    r"|\b(?:their|its|our|his|her)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "accession to the alliance", "joined the alliance": the organization, not a pair's alliance
# ("worked closely with the alliance": the organization the document has named, dealt with from outside)
THE_ALLIANCE = re.compile(r"\b(?:to|of|join(?:ed|s|ing)?|enter(?:ed|s|ing)?|left|quit|in|into|within|inside|with)\s+the\s+$", re.IGNORECASE)
# the forces of the exercise just named: "the two navies", "both sides", "the participants"
PAIR_OF_FORCES = re.compile(r"\b(?:the two|both) (?:navies|sides|fleets|militaries|armies|air forces|forces|countries)\b|\bthe participants\b|\bthe (?:allied|participating) (?:ships|forces|units)\b", re.IGNORECASE)
# a delivery flight after the participle: "flown across the Atlantic", "flown home in stages"
FERRIED_AFTER = re.compile(r"\s+(?:across|home\b|in stages\b|(?:all the way|non-?stop) to\b)", re.IGNORECASE)
# a delivery noun right before a participle: "deliveries flown into", "shipments sent to"
# "have operated together", "operate jointly with the Indian Navy": the verb with no object, said of a joint activity
OPERATED_ALONGSIDE = re.compile(r"\s+(?:together|jointly|side by side|alongside|in tandem|in concert)\b", re.IGNORECASE)
# "the first time the pair had operated that close to American soil": the verb with no object, said of where crafts went
OPERATED_WHERE = re.compile(r"\s+(?:(?:that|so|as|this)\s+(?:close|near|far)|close to|near|nearby|over|off|around|there|here)\b", re.IGNORECASE)
# "with Japan scrambling jets", "with the United States shadowing them": a state named in an absolute
# phrase that watches the patrol, not one of its partners
WATCHING_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:scrambl|shadow|track|tailing|monitor|watch|intercept|protest|observ|sending\s+(?:[\w-]+\s+){0,2}?observers|sending\s+(?:[\w-]+\s+){0,3}?to\s+(?:watch|monitor|shadow|track))\w*", re.IGNORECASE)
# ", shadowed by four US destroyers": what follows is another side's, met on the way
MET_BY_OTHERS = re.compile(r",\s*(?:\w+ly\s+)?(?:shadow(?:ed|ing)|track(?:ed|ing)|tail(?:ed|ing)|escort(?:ed|ing)|intercept(?:ed|ing)|follow(?:ed|ing)|met|watched|monitored)\s+by\b", re.IGNORECASE)
CRAFT_SUBJECT_GAP = re.compile(r"s?(?:\s+[a-z][\w-]*){0,2}?\s+(?:(?:have|has|had)\s+)?(?:\w+ly\s+|also\s+)?")
CARGO_BEFORE = re.compile(r"\b(?:deliveries|delivery|shipments?|consignments?|cargo(?:es)?|airlifts?)\s+$", re.IGNORECASE)
EXERCISE_WHICH = re.compile(r"\bwhich\s+(?:[\w-]+\s+){0,4}$")
AND_WHICH = re.compile(r"\band\s+$")
# between an exercise and its ", which": nothing, or the year of an edition the gazetteer
# does not list ("Cobra Gold 2025, which ...")
WHICH_GAP = re.compile(r"(?:[ -](?:19|20)\d\d)?,?\s?")




ATTENDED = re.compile(r"attend(?!ed by\b)", re.IGNORECASE)  # ("attended by the forces of ...": those forces take part)
JOINED_UNIT = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:company|battalion|brigade|contingent|unit|platoon|squadron|formation|flotilla|task force|task group|crew|convoy)\b",
    re.IGNORECASE,
)
# "rejoined in 2006, then quit again in 2012", "joined the CIS in 1993 but left it in 2009": a
# membership the same clause ends (not "... and left the GUAM", another body named after the verb)
# ", and it is a member of": a clause of its own between a member and its trigger
# "Laos applied to ASEAN in 1991 and joined in 1997", "applied in 2022 and became a full member in 2024":
# the applicant then admitted is a member; only the application, told first, is not (ends at the admission)
APPLIED_THEN_ADMITTED = IndexedPattern(re.compile(
    r"\b(?:applied|bid)\b[^.;:]{0,60}?,?\s+(?:and|but|then)\s+(?:then\s+|later\s+|finally\s+|eventually\s+|subsequently\s+)?"
    r"(?:(?:was|were)\s+)?(?=(?:joined|became|admitted|acceded)\b)",
    re.IGNORECASE,
), SENTENCES)
OWN_CLAUSE_BREAK = re.compile(r"[,;]\s*(?:and|but|while|whereas)\s+(?:it|they|he|she)\b|;\s*(?:it|they)\b", re.IGNORECASE)
JOINED_THEN_LEFT = re.compile(
    r"(?:\s+(?:the\s+)?(?:[\w-]+\s+){0,8}?)?(?:\s*(?:in|on)\s+(?:[\w]+\s+){0,2}?\d{4})?,?\s+(?:and|but|then|before|only to)\s+(?:then\s+|later\s+|subsequently\s+|again\s+)?"
    r"(?:(?:quit|left|withdrew|walked out|pulled out)(?:\s+(?:again|it|them|once more)\b|\s+(?:in|on)\s+(?:\w+\s+)?\d{4}|\s*[,.;]|\s*$)"
    # "joined in 2012, but the other members suspended it in 2016", "..., but was expelled in 1962"
    r"|(?:the\s+)?(?:other\s+)?(?:members|bloc|alliance|organi[sz]ation|body|group|leaders|league|union|council|community)\s+(?:\w+ly\s+)?(?:suspended|expelled)\s+(?:it|them)\b"
    r"|(?:was|were|has been|had been)\s+(?:\w+ly\s+)?(?:suspended|expelled)\b)",
    re.IGNORECASE,
)
ALTERNATED = re.compile(r"alternat", re.IGNORECASE)
HELD_BY = re.compile(r"\s+(?P<jointly>(?:jointly|together)\s+)?by\b", re.IGNORECASE)


STAGED = re.compile(r"staged\b", re.IGNORECASE)
# "staged Joint Sea-2016 jointly with Moscow", "with its Russian partner": a side of a joint drill, no one host
# (not "staged Okean-2024 with several hundred ships of its own": its own forces)
JOINT_STAGING = re.compile(
    r"\bjoint(?:ly)?\b|\btogether\b|\bwith\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:(?-i:[A-Z])|(?:[\w-]+\s+){0,2}?(?:partners?|allies|ally|counterparts?|neighbours?|neighbors?)\b)",
    re.IGNORECASE,
)
STAGER_GAP = re.compile(r"(?:\s+(?:has|have|had|also|again|first|then|jointly|together|\w+ly))*\s+", re.IGNORECASE)
HOST_AGENT_BEFORE = re.compile(r",\s+(?:\w+ly\s+)?(?:staged|(?:co-)?hosted|organi[sz]ed)\s+(?:jointly\s+|together\s+)?by\s+(?:the\s+)?\Z", re.IGNORECASE)


def _stagers(text: str, start: int, end: int, left: list[Slot], right: list[Slot], exercises: list[Slot], context: "ParagraphContext") -> list[Fact]:
    """Who staged an exercise, as its hosts: "Japan and the United Kingdom staged Exercise
    Vigilant Isles" (each of them, as co-hosts), "China's Eastern Theater Command staged
    Strait Thunder-2025A" (a force stages for its state), "staged jointly by Russia and Belarus"
    after the verb. Whether they also take part is the participation frame's to say."""
    if HELD_BY.match(text, end):
        return _staged_by(text, end, right, exercises)
    group = _nearest_group(text, [s for s in left if s.end <= start], ("State", "ArmedForce"))
    if not group or not STAGER_GAP.fullmatch(text, group[-1].end, start):
        return []  # "its annual exercise with Russia, ... the first time the series has been staged there": no one named stages it
    hosts = _host_states(group, context)
    if not 1 <= len(hosts) <= 3 or len(hosts) == 1 and JOINT_STAGING.search(_blanked(text, exercises)):
        return []  # "Beijing staged Joint Sea-2016 jointly with Moscow": a joint drill's side, no one host
    return [Fact("HOSTED", host, ex) for host in hosts for ex in _refs(exercises, ("Exercise",))]


def _staged_by(text: str, end: int, right: list[Slot], exercises: list[Slot]) -> list[Fact]:
    """Who held an exercise, named after "by": "Vostok-2022 was staged by Russia" (one state alone
    holds it, unless the words around say it was joint), "staged jointly by Russia and Belarus"
    (each of them, as co-hosts)."""
    by = HELD_BY.match(text, end)
    if by is None:
        return []
    hosts = _refs(_first_group(text, [s for s in right if s.labels & {"State", "ArmedForce"}]), ("State",))
    if len(hosts) == 1 and not JOINT_STAGING.search(_blanked(text, exercises)):
        return [Fact("HOSTED", hosts[0], ex) for ex in _refs(exercises, ("Exercise",))]
    if by.group("jointly") and 1 < len(hosts) <= 3:
        return [Fact("HOSTED", host, ex) for host in hosts for ex in _refs(exercises, ("Exercise",))]
    return []


# "as part of the larger Okean-2024", "within the framework of Kavkaz-2020": the whole a named drill belongs to
ENCLOSING_EXERCISE_BEFORE = re.compile(
    r"\b(?:(?:as|was|is|were|are)\s+)?(?:a\s+|one\s+)?(?:part|phase|stage|component|segment)\s+of\s+(?:the\s+)?"
    r"(?:(?:larger|wider|broader|bigger|overall|main|strategic|massive|vast)\s+)?\Z|\bwithin\s+(?:the\s+)?(?:framework\s+of\s+(?:the\s+)?)?\Z",
    re.IGNORECASE,
)


def _without_enclosing_exercise(text: str, exercises: list[Slot], start: int, sentence: list[Slot]) -> list[Slot]:
    """The exercises a deed is told of, less one named only as the whole another named drill is part
    of: "Northern/Interaction-2024 continued as part of Okean-2024" is Northern/Interaction-2024's
    news alone; "Northern/Interaction-2024, which was held ... as part of Okean-2024": the part the
    relative clause hangs on. Where the sentence names no other exercise, the whole stays ("took part
    in a phase of Okean-2024")."""
    enclosing = [s for s in exercises if s.kind != "reference" and ENCLOSING_EXERCISE_BEFORE.search(text, max(0, s.start - 50), s.start)]
    if not enclosing:
        return exercises
    if len(enclosing) < len(exercises):
        return [s for s in exercises if s not in enclosing]
    parts = [s for s in sentence if "Exercise" in s.labels and s.kind != "reference" and s.end <= start and s not in enclosing
             and not ENCLOSING_EXERCISE_BEFORE.search(text, max(0, s.start - 50), s.start)]
    return parts[-1:] or exercises


# "drew criticism from", "prompting protests by": who reacted to the deed
REACTION_FROM_BEFORE = re.compile(
    r"\b(?:criticism|condemnation|protests?|objections?|complaints?|concerns?|alarm|rebukes?|warnings?|anger|displeasure)\s+(?:from|by)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
# ", prompting Japan to scramble fighters", ", leading India to lodge a protest": a trailing participle's
# object, who reacted to the deed
REACTION_PROMPTED_BEFORE = re.compile(r",\s+(?:prompting|prompted|leading|forcing|causing|pushing|spurring|provoking|alarming|angering|worrying)\s+(?:the\s+)?\Z", re.IGNORECASE)
# "Japan's sensitivities", "Tokyo's protests": the reaction the state had, not a part it took
REACTION_OWNED_AFTER = re.compile(
    r"(?:'s|’s)\s+(?:[\w-]+\s+)?(?:sensitivities|concerns?|objections?|protests?|reaction|displeasure|anger|unease|worries|alarm|criticism|complaints?)\b",
    re.IGNORECASE,
)


def _reacting_bystander(text: str, slot: Slot) -> bool:
    """Whether ``slot`` is named only as who reacted to a drill: "drew criticism from the United States",
    "out of regard for Japan's sensitivities"."""
    return bool(REACTION_FROM_BEFORE.search(text, max(0, slot.start - 40), slot.start) or REACTION_OWNED_AFTER.match(text, slot.end)
                or REACTION_PROMPTED_BEFORE.search(text, max(0, slot.start - 30), slot.start))


def _apart(text: str, slot: Slot) -> bool:
    """Whether the exercise at ``slot`` is named as what the deed was no part of: "outside AMAN"."""
    return APART_FROM_EXERCISE.search(text, max(0, slot.start - 40), slot.start) is not None


def _exercise_as_subject(text: str, start: int, sentence: list[Slot]) -> bool:
    """Whether the trigger at ``start`` has for subject a "which" standing for an exercise
    ("Balikatan 2024, which the United States co-hosted and which sent ships ..."): a
    second "which" after "and" stands for what the first one did."""
    which = EXERCISE_WHICH.search(text, max(0, start - 60), start)
    if which is None or any(s.labels & {"State", "ArmedForce"} and which.start() <= s.start < start for s in sentence):
        return False
    at = which.start()
    if AND_WHICH.search(text, max(0, at - 8), at):
        earlier = text.rfind(", which", 0, at)
        at = earlier if earlier != -1 else at
    antecedent = [s for s in sentence if s.end <= at and WHICH_GAP.fullmatch(text, s.end, at)]
    return bool(antecedent) and "Exercise" in antecedent[-1].labels


NEXT_SUBJECT_CLAUSE = re.compile(r"[,;]\s*(?:and|but|while)\s+(?:it|they|he|she|we|this|that)\b", re.IGNORECASE)
SIGNED_BY = re.compile(r"(?:agreement|pact|treaty|accord|partnership|arrangement) signed\b", re.IGNORECASE)
SIGNED_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}", re.IGNORECASE)
LEFT_BODY = re.compile(
    r"\b(?:walked out of|walks out of|pulled out of|withdrew from|withdraws from|withdrawn from|left|leaves|leaving|quit|quits|exited|exits|"
    r"expelled from|suspended from)\s+(?:the\s+)?(?:old\s+|former\s+)?$",
    re.IGNORECASE,
)
SUPPLIED_WITH = re.compile(r"\b(?:suppl(?:ied|ies|y|ying)|provid(?:ed|es|e|ing)|furnish(?:ed|es|ing)?|equipp(?:ed|ing)|arm(?:ed|s|ing))$", re.IGNORECASE)
REPEATED_WITH = re.compile(r"(?:\s+in\s+(?:[A-Z][a-z]+\s+)?\d{4})?,?\s+and\s+(?:again\s+|later\s+|then\s+)?with\s+(?:the\s+)?")


WITH_WHICH = re.compile(r",\s+with\s+(?:which|whom)\s+$", re.IGNORECASE)
LATER_CLAUSE = re.compile(r",\s*(?:and|but)\s+(?:the\s+)?(?-i:[A-Z])|,\s*(?:of\s+|in\s+)?(?:which|whom|whose)\b", re.IGNORECASE)
FRONTED_WITH = re.compile(r"\W*with\s+(?:the\s+)?", re.IGNORECASE)


def _without_next_clause_subject(text: str, group: list[Slot]) -> list[Slot]:
    """A group cut where ", and" opens a clause whose subject is the rest of it: "opposed a seat
    for Japan, and Pakistan and Italy lead the group ..." names Japan only."""
    for index in range(1, len(group)):
        if NEW_CLAUSE.fullmatch(text, group[index - 1].end, group[index].start) and VERB_AFTER_LIST.match(text, group[-1].end):
            return group[:index]
    return group


def _fronted_partner(text: str, slots: list[Slot], start: int) -> tuple[list[Slot], list[Slot]] | None:
    """The state a sentence opens on with "With", and the subject after it: "With the United
    States we signed up to a comprehensive global strategic partnership" (one state each)."""
    first = next((s for s in slots if s.start < start), None)
    if first is None or not FRONTED_WITH.fullmatch(text, 0, first.start) or "State" not in first.labels:
        return None
    subject = [s for s in slots if first.end < s.start and s.end <= start and "State" in s.labels][:1]
    if not subject or re.match(r"\s*(?:,\s*)?(?:and|or)\b", text[first.end:first.end + 6]):
        return None  # "With Japan and Korea ...": a list, not a partner and a subject
    return [first], subject


# "Moscow's war in Ukraine", "Russia's full-scale war in Ukraine": the possessor wages it, on the state it is in
WAR_POSSESSOR_GAP = re.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,2}")
WAR_IN = re.compile(r"\s+in\s+")


def _possessor_war_in(text: str, left: list[Slot], right: list[Slot], start: int, end: int) -> list[Slot]:
    """The two sides of a state's war named by its possessor and the state it is fought in:
    "Moscow's war in Ukraine has made delivery dates meaningless" (a bare "war" names no side otherwise)."""
    owner = left[-1] if left else None
    place = right[0] if right else None
    if owner is None or place is None or "State" not in owner.labels or "State" not in place.labels or "demonym" in (owner.kind, place.kind):
        return []
    if not WAR_POSSESSOR_GAP.fullmatch(text, owner.end, start) or not WAR_IN.fullmatch(text, end, place.start):
        return []
    return [owner, place]


# "war broke out again between Azerbaijan and Armenia", "war erupted between Ethiopia and Eritrea": a
# bare war told as an event that began, its two sides after "between"
WAR_BROKE_OUT = re.compile(
    r"\s+(?:(?:again|once more|finally|then|later)\s+)?(?:broke out|erupted|flared(?: up)?|resumed)\s+(?:(?:again|once more)\s+)?"
    r"(?:(?:in|on|along|across|over)\s+[^,;.]{1,40}?\s+)?between\s+(?:the\s+)?",
    re.IGNORECASE,
)
WAR_SIDES_GAP = re.compile(r"\s+and\s+(?:the\s+)?", re.IGNORECASE)


def _war_broke_out_between(text: str, right: list[Slot], end: int) -> list[Slot]:
    """The two states a bare "war" that "broke out between" them names right after it:
    "In September 2020 war broke out again between Azerbaijan and Armenia" (not a list of more)."""
    told = WAR_BROKE_OUT.match(text, end)
    if told is None:
        return []
    states = [s for s in right if s.start >= told.end()][:3]
    if len(states) < 2 or states[0].start != told.end() or not WAR_SIDES_GAP.fullmatch(text, states[0].end, states[1].start):
        return []
    if len(states) == 3 and re.match(r"\s*(?:,|and\b)", text[states[1].end:states[1].end + 5]):
        return []  # "between A and B, C ...": a list, not two sides
    if not all("State" in s.labels and s.kind != "demonym" for s in states[:2]):
        return []
    return states[:2]


WAR_PAIR_GAP = re.compile(r"\s*(?:(?:border|frontier|boundary|undeclared|brief|short|naval|air)\s+)?", re.IGNORECASE)


def _war_pair(text: str, left: list[Slot], start: int) -> list[Slot]:
    """"the Iran-Iraq war", "the Sino-Indian border war": the hyphenated pair that names a war,
    right before its noun ("Russian–Chinese military relations as well as the fighting" names none)."""
    pair = _hyphen_pair(text, left, start)
    return pair if pair and WAR_PAIR_GAP.fullmatch(text, pair[-1].end, start) else []


def _clash(text: str, start: int, end: int, left: list[Slot], right: list[Slot], context: "ParagraphContext", sentence: list[Slot], before: list[Slot]) -> list[Fact]:
    """Both sides of a war or clash: "China and India fought a border war", "Russia's war
    of aggression against Ukraine", "Azerbaijan ... in the 2020 war with Armenia"."""
    if BARE_WAR.fullmatch(text, start, end):
        # "the Second India-Pakistan war": a bare "war" names its sides only as the hyphenated pair
        # right before it (any other state near a war is no party to it)
        pair = _war_pair(text, left, start)
        owners = _nearest_group(text, [s for s in left + before if s.end <= start], ("State",))
        if not pair and len(owners) == 2 and WHOSE_WAR.fullmatch(text, owners[-1].end, start) and not NEVER_CAME.match(text, end):
            pair = owners  # "India and Pakistan, whose war had ended ...": the two the relative is about
        pair = pair or _possessor_war_in(text, left, right, start, end)
        pair = pair or _war_broke_out_between(text, right, end)
        if not pair or AVERTED.match(text, end):
            return []  # "a second India-Pakistan war was averted" is none
        return [Fact("CLASHED_WITH", *sorted((a, b), key=lambda r: r.name)) for a in pair[0].refs for b in pair[1].refs if a.name != b.name]
    indefinite = INDEFINITE_CLASH.search(text, max(0, start - 40), start)
    if indefinite and not re.search(r"\b(?:fought|waged|won|lost|went)\b", text[max(0, start - 40):start]) and not (
        re.match(r"an?\b", indefinite.group(0), re.IGNORECASE) and (CLASH_TOLD.match(text, end) or CLASH_SEQUENCED.search(text, max(0, indefinite.start() - 12), indefinite.start()))
    ):
        return []  # "scenarios involving a conflict with China": no particular war; but "a clash between ... killed 20" is one
    states = ("State",)
    # "The Indian Army and the People's Liberation Army clashed": forces fight for their states
    left, right = _force_sides(left, context), _force_sides(right, context)
    roles = ("with", "between", "on") + (("object",) if TRANSITIVE_CLASH.search(text[start:end]) else ())
    # ("Israel and Iran fought a twelve-day war in June, and the United States struck ...": the next clause's subject is no side)
    partners = _first_group(text, [s for s in right if s.labels & {"State"} and s.role in roles and s.start - end <= 60 and not LATER_CLAUSE.search(text, end, s.start + 1)])
    # "struck towns inside Armenia, and the Russian-led CSTO sent ...": the leader of a body in the next clause is no party
    partners = [p for p in partners if not LED_MODIFIER.match(text, p.end)] if len(partners) > 1 else partners
    for slot in right:  # "clashed with Georgia in 2008 and with Ukraine in 2014": each "with" its own war
        if partners and slot.start > partners[-1].end and "State" in slot.labels and REPEATED_WITH.fullmatch(text, partners[-1].end, slot.start):
            partners.append(slot)
    if len(partners) > 1 and not text[start:end].lower().endswith("between") and VERB_AFTER_LIST.match(text, partners[-1].end) and not all(p.kind == "demonym" for p in partners):
        # "During the war with Israel, Russia and China condemn ...": the list is the next clause's subject
        # (not "clashed with British and Malaysian troops", adjectives before their noun)
        partners = partners[:1]
    # "... invasion of Ukraine and condemns Iran's support for it": a second verb's object is no party
    cut = next((i for i in range(1, len(partners)) if VERB_IN_GAP.fullmatch(text, partners[i - 1].end, partners[i].start)), None)
    partners = partners[:cut] if cut else partners
    group = _nearest_group(text, left, states)
    if not partners and len(group) < 2:
        group = _war_pair(text, left, start) or group  # "the Sino-Indian border war"
    if group and DOCUMENT_ABOUT.search(text, group[-1].end, start):
        group = []  # "Moscow blocked a text condemning the annexation of ...": the voter is not the invader
    if group and (_subject_gap_blocked(text[group[-1].end:start]) or start - group[-1].end > 60):
        possessive = re.fullmatch(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,3}", text[group[-1].end:start])
        group = group[-1:] if possessive and partners else []  # "Russia's full-scale invasion of Ukraine"
    its = re.search(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}$", text[max(0, start - 40):start], re.IGNORECASE)
    blamed = [s for s in left if "State" in s.labels and BLAMED_FOR_ITS.fullmatch(text, s.end, start)] if its else []
    if blamed and partners:  # "condemned Russia for its invasion of Ukraine": the state blamed, not the condemner
        group, its = blamed[-1:], None
    unnamed_invader = re.match(r"invasion|annexation", text[start:end], re.IGNORECASE) and not its
    if (not group or its) and partners and not unnamed_invader:
        # "Azerbaijan ... in the 2020 war with Armenia"; "Russia vetoed a draft on its invasion of Ukraine";
        # but "three weeks before the invasion of Ukraine" names no invader
        group = [s for s in left[:1] if "State" in s.labels and s.role == "object" and not re.match(r"(?:'s|’s)", text[s.end:s.end + 2])]
        if its and not group:
            refs = tuple(r for r in context.subjects if r.label == "State")
            group = [Slot(0, 0, refs, "reference")] if refs else [s for s in sentence if "State" in s.labels and s.end <= start][:1]
    if not group and partners:  # "Armenia's defeat in the 2020 war with Azerbaijan": the side whose outcome it was
        group = [s for s in left if "State" in s.labels and s.kind != "demonym" and WAR_OUTCOME.fullmatch(text, s.end, start)][-1:]
    # "Eritrea, which had skirmished with Djibouti in 2008, ...": the relative's antecedent ("Armenia and
    # Azerbaijan, which had fought over Nagorno-Karabakh": the pair)
    antecedent = _antecedent_group(text, before, states) if RELATIVE_CLASH_VERB.search(text, max(0, start - 60), start) else _antecedent(before, states)
    group = group or antecedent or _pronoun_subject(text, start, left, context) or context.subject(states, text, left)
    between = _refs([s for s in right if s.role == "between" and "State" in s.labels], states)
    if 2 <= len(between) <= 3:
        refs = list(combinations(between, 2))
    elif partners and group:
        refs = [(a, b) for a in _refs(group, states) for b in _refs(partners, states)]
    elif len(_refs(group, states)) == 2 and not ONE_SIDED_CLASH.match(text, start, end):
        refs = list(combinations(_refs(group, states), 2))
    elif not group and len(_refs(partners, states)) >= 2:
        refs = list(combinations(_refs(partners, states), 2))
    else:
        refs = []
    pairs = {tuple(sorted((a, b), key=lambda r: r.name)) for a, b in refs if a.name != b.name}
    if len(pairs) > 3:
        return []  # a statement about many states at once is not a pairwise clash
    if pairs and group and partners and AGGRESSION_TRIGGER.match(text, start, end):
        context.memory.aggressors = tuple(_refs(group, states))  # "Russia invaded Ukraine. ... Poland condemns this aggression"
    return [Fact("CLASHED_WITH", a, b) for a, b in sorted(pairs, key=lambda p: (p[0].name, p[1].name))]


def _participle_antecedent(text: str, left: list[Slot], start: int, labels) -> list[Slot]:
    """"..., the Akash system, developed by DRDO": the system right before a participle set
    off by a comma (a few words of its name or kind between), whatever its role."""
    if left and left[-1].labels & set(labels) and PARTICIPLE_GAP.fullmatch(text, left[-1].end, start):
        return left[-1:]
    return []


PARTICIPLE_GAP = re.compile(r"(?:\s+[\w-]+){0,3}\s*,\s*(?:\w+ly\s+)?")


OBJECT_RELATIVE_AFTER = re.compile(r"(?:s|es)?(?:\s+[a-z][\w-]*){0,2}\s+(?:that|which)\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?")


def _head_before_relative(text: str, left: list[Slot], themes: list[Slot], labels) -> list[Slot]:
    """The system a subject opens with when the theme found is the object of a relative clause on
    it ("The F-5 fighters that the Gripen replaces remain in service"); else the themes as found."""
    systems = [s for s in left if s.labels & set(labels)]
    if len(themes) == 1 and len(systems) >= 2 and themes[0] is not systems[0] and OBJECT_RELATIVE_AFTER.fullmatch(text, systems[0].end, themes[0].start):
        return systems[:1]
    return themes


# "under a US military aid package", "as part of Japanese security assistance": the giver of what was handed over
AID_BEFORE = re.compile(r"\b(?:under|through|via|as part of|with|from)\s+(?:an?\s+|the\s+)?(?:new\s+|\d{4}\s+)?$", re.IGNORECASE)
AID_AFTER = re.compile(r"\s+(?:military|security|defen[cs]e)\s+(?:aid|assistance)\b", re.IGNORECASE)
DATED_ORDER_TO = re.compile(r"(?:s|es)?(?:\s+[a-z][\w-]*)??\s+(?:ordered|bought|purchased|contracted|signed for)(?:\s+(?:in|on|during|under)\s+[\w ]{1,24}?)?\s+to\s+(?:the\s+)?")
AS_HOST_AFTER = re.compile(r"\s+as\s+(?:the\s+)?(?:co-?)?hosts?\b", re.IGNORECASE)
# "India's MILAN", "Indonesia's multilateral naval exercise Komodo": whose the exercise is
OWNED_BY_BEFORE = re.compile(r"(?:'s|’s)\s+(?:(?:(?-i:[a-z][\w-]*)\s+){0,3}?(?:exercises?|drills?|manoeuvres|maneuvers|war\s?games|series)\s+)?")


def _exercise_owner(text: str, slot: Slot, clause: list[Slot]) -> bool:
    """Whether ``slot`` is the possessor of an exercise named right after it ("India's MILAN")."""
    return any("Exercise" in s.labels and s.start > slot.end and OWNED_BY_BEFORE.fullmatch(text, slot.end, s.start) for s in clause)


# the gap between a system and its own source: "JF-17 from ", "Su-30 fighters from the "
# (or behind the sources listed before it: "JF-17 from Pakistan and ")
SOURCE_RIGHT_AFTER = re.compile(
    r"(?:s|['’]s)?(?:\s+[a-z-]+){0,2}\s+from\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}(?:,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?)*"
)


def _another_systems_source(text: str, slots: list[Slot], themes: list[Slot], counterpart: Slot, labels) -> bool:
    """Whether ``counterpart`` ("from China") follows another system joined to the themes by "and",
    or stands right behind one in a later clause, and is that system's source ("MiG-29s bought
    from Russia and 36 J-7 fighters from China")."""
    if not themes or counterpart.role != "from":
        return False
    systems = [s for s in slots if s.end <= counterpart.start and s.labels & set(labels)]
    if not systems or systems[-1].start <= themes[-1].end or systems[-1] in themes:
        return False
    between = text[themes[-1].end:systems[-1].start]
    # "... bought from Denmark, ending a search that saw offers of the JF-17 from Pakistan rejected": after
    # a comma, a source right behind another system is that system's
    # "... from the United States instead of the S-400 from Russia": the source of the system passed over
    contrasted = re.search(r"\b(?:instead\s+of|rather\s+than|in\s+place\s+of|not)\b", between, re.IGNORECASE)
    return bool(re.search(r"\band\b", between)) or ("," in between or contrasted) and bool(SOURCE_RIGHT_AFTER.fullmatch(text, systems[-1].end, counterpart.start))


# a conjunct named by a word no entity covers, then its own source: ", as well as Tucano trainers bought from ",
# " and 12 Hawks from the "
UNLISTED_ITEM_SOURCE = re.compile(
    r"(?:,\s*|\s+)(?:and|as well as|plus|alongside)\s+(?:\d+\s+|[a-z]+\s+)?(?P<name>(?-i:[A-Z])[\w-]*)(?:\s+[a-z][\w-]*){0,2}"
    r"\s+(?:(?:\w+ly\s+)?(?:bought|purchased|acquired|obtained|leased|ordered|supplied|delivered|received)\s+(?:(?:in|during)\s+[\w ]{2,14}?\s+)?)?from\s+(?:the\s+)?$"
)


def _unlisted_items_source(text: str, slots: list[Slot], themes: list[Slot], counterpart: Slot) -> bool:
    """Whether ``counterpart`` ("from Brazil") is the source of a later conjunct the gazetteer does not
    list ("F-16s bought from the Netherlands and Tucano trainers from Brazil"), not of the themes.
    Only once the themes have a source of their own: "Su-27s and Ilyushin transports from Russia"
    shares its one source."""
    if not themes or counterpart.role != "from" or counterpart.start <= themes[-1].end:
        return False
    match = UNLISTED_ITEM_SOURCE.search(text, themes[-1].end, counterpart.start)
    if not match or match.end() != counterpart.start:
        return False
    if not any(s.role == "from" and themes[-1].end < s.start < match.start() for s in slots):
        return False
    return not any(s.start <= match.start("name") < s.end or match.start("name") <= s.start < match.end() for s in slots if s is not counterpart)


# the participle's own head, a conjunct no entity covers: "s, as well as Tucanos ", " and 12 Hawk trainers "
UNLISTED_CONJUNCT = re.compile(r"s?(?:,\s*|\s+)(?:and|as well as|plus|alongside)\s+(?:\d+\s+|[a-z]+\s+)?(?-i:[A-Z])[\w-]*(?:\s+[a-z][\w-]*){0,2}\s+")


def _unlisted_conjunct_between(text: str, slots: list[Slot], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a conjunct the gazetteer does not list, heading the participle
    at ``end`` ("F-16s, as well as Tucanos supplied by Brazil")."""
    last = max([start] + [s.end for s in slots if start <= s.end <= end])  # past the theme's own source, if any
    match = UNLISTED_CONJUNCT.search(text, last, end)
    return match is not None and match.end() == end


def _participle_after_theme(text: str, left: list[Slot], start: int, right: list[Slot], labels) -> bool:
    """"two destroyers, handed over in 1999": a participle that only modifies its theme."""
    if not left or not left[-1].labels & set(labels):
        return False
    if COUNTERPART_AFTER.match(text, start + len(re.match(r"\w+", text[start:]).group(0))):
        return False  # "Su-30MK2s, bought from Russia": a reduced relative, read as one
    gap = text[left[-1].end:start]
    if re.fullmatch(r"(?:\s+\w+){0,3}\s*,\s*(?:\w+ly\s+)?", gap):
        return True
    return bool(re.fullmatch(r"\s+(?:\w+ly\s+)?", gap)) and not _role(right, labels, ("object", "of"))


# ("C-130J aircraft bought second-hand from the United Kingdom": how it was bought, then from whom)
COUNTERPART_AFTER = re.compile(r"\s+(?:\w+ly\s+|(?:second-?hand|used|new|outright)\s+)?(?:from|to|by|under)\b")
# A trigger word right after a determiner is a noun: "a purchase that angered Washington".
WEAPON_NOUN_BEFORE = re.compile(
    r"\b(?:aircraft|jets?|fighters?|trainers?|bombers?|systems?|missiles?|tanks?|ships?|boats?|submarines?|drones?|helicopters?|"
    r"batteries|vessels?|frigates?|destroyers?|corvettes?|weapons?|equipment|arms)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
NOUN_BEFORE = re.compile(r"\b(?:a|an|the|this|its|their|his|her|such)\s+$", re.IGNORECASE)
def _without_next_clause_subjects(text: str, themes: list[Slot], end: int) -> list[Slot]:
    """The themes after the verb, less those that open the next clause as its subject: "delivered
    MiG-29s to Peru, and Belarusian Su-25s and Mi-24s turned up in Africa" (the last of the
    coordinated systems has a verb of its own, and so have those joined to it)."""
    dropped: list[Slot] = []
    for slot in reversed(themes):
        if slot.start <= end or not JOINED_CLAUSE_OPENING.search(text, end, slot.start):
            continue
        joined = dropped and re.fullmatch(r"(?:'?s)?(?:,\s*|\s+)(?:and\s+|or\s+)?(?:[\w-]+\s+){0,2}?", text[slot.end:dropped[-1].start])
        if THEME_OWN_VERB.match(text, slot.end) or THEME_CONTACT_RELATIVE.match(text, slot.end) or joined:
            dropped.append(slot)
    return [s for s in themes if s not in dropped]


PARTICIPLE_AFTER_SYSTEM = re.compile(r"(?:built|made|produced|manufactured|assembled)\s+(?:at|in)\b", re.IGNORECASE)
SYSTEM_NOUN_GAP = re.compile(r"s?(?:\s+[a-z][\w-]*){0,2}\s+", re.IGNORECASE)
CAPITAL_AS_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
JOINED_CLAUSE_OPENING = re.compile(r",\s+(?:and|but|while)\s|;\s")
THEME_OWN_VERB = re.compile(
    r"(?:'?s)?\s+(?:\w+ly\s+)?(?:turned up|turned|were|was|arrived|appeared|went|came|remained|surfaced|ended up|found their way|began|entered|reached|"
    # "..., and Brazilian F-5s flew alongside Chilean jets": the fleet already flown, doing something of its own
    r"flew|fly|flies|sailed|sails|served|serve|serves|fought|took part|took|escorted|intercepted|shadowed|fired|crashed|landed)\b",
    re.IGNORECASE,
)
# "..., and the Chinese-made Wing Loong II drones the NAF received in 2020 now patrol ...": a system
# heading a relative clause with a subject of its own opens the next clause
THEME_CONTACT_RELATIVE = re.compile(
    r"s?(?:\s+[a-z][\w-]*){0,2}?\s+(?:that\s+|which\s+)?(?:(?:the|its|their)\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3}"
    r"\s+(?:\w+ly\s+)?(?:had\s+|has\s+|have\s+)?(?:[a-z]+ed|bought|got|took|built|sold)\b"
)
# "..., and the earlier selection of the F-35": a conjunct headed by an event noun of its own (not a count: "and a batch of
# F-16s", nor another purchase: "and the acquisition of")
OTHER_NOMINAL_BEFORE = re.compile(
    r"\band\s+(?:the|its|their|his|her|a|an)\s+(?:[\w-]+\s+)?(?!acquisition|procurement|transfer|shipment)"
    r"[a-z]+(?:tion|sion|ment|ance|ence|al)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
NEW_PREDICATE = re.compile(r"\band\s+(?:then\s+|later\s+|also\s+|\w+ly\s+)?(?:was|were|is|are|has|have|had|became|becomes|joined|left)\b", re.IGNORECASE)
# what stands before a system passed over for the one taken: "instead of the S-400", "rather than Russian jets", ", not the Su-35"
PASSED_OVER_BEFORE = re.compile(
    r"(?:\b(?:instead\s+of|rather\s+than|in\s+place\s+of|in\s+preference\s+to)|,\s*(?:but\s+)?not)\s+(?:(?:the|a|an|its|their|any|\d+)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# a second predicate that only wants, weighs or refuses what it names: "..., and considered the S-400", "but rejected the J-10"
WEIGHED_PREDICATE = re.compile(
    r"(?:\band|\bbut|,)\s+(?:(?:then|later|also|too|still|once|has|have|had|\w+ly)\s+){0,2}"
    r"(?:wanted|wants|sought|seeks|eyed|eyes|considered|considers|evaluated|evaluates|studied|studies|tested|tests|trialled|trialed|"
    r"examined|requested|requests|coveted|covets|pursued|pursues|courted|courts|shortlisted|rejected|rejects|turned down|declined|declines|"
    r"refused|refuses|passed on|passes on|lobbied for|asked for|asks for|looked at|looks at)\b",
    re.IGNORECASE,
)
# (not "six Kilos, a squadron of Su-30MK2s and ...": a measure of the next item in a list)
APPOSITIVE = re.compile(r"s?(?:\s+[\w-]+)?,\s+(?:its|their|a|an)\s+(?:(?!of\s)[\w-]+\s+){0,3}", re.IGNORECASE)
PLURAL_WORD = re.compile(r"[a-z]+s")
# (not a force's acronym, a subject: "the IAF flies thirty-six Rafales")
NAMED_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|its|their|these|those|his|her|our)\s+(?![A-Z]{3,}\s+$)[A-Z][\w-]*\s+$")
ARMS_NOUN_BEFORE = re.compile(r"\b(?:arms|weapons?|defen[cs]e|military|equipment)\s+$", re.IGNORECASE)
# "two ships of the Mistral class", "several orders": a counted noun, not a verb
COUNTED = re.compile(rf"\b(?:{CARDINAL_WORDS}|dozens of|several|many|\d{{1,3}})\s+$", re.IGNORECASE)
# Building is not done by whoever hands over the means: "the technology needed to build the aircraft".
MEANS_TO_PRODUCE = re.compile(r"\b(?:licen[cs]es?|rights?|technology|know-how|blueprints?|designs?|tooling|kits?|capacity|capability|needed|required)\s+(?:\w+\s+){0,2}?to\s+$", re.IGNORECASE)
# "a licence obtained from Russia", "bought the rights": what was bought is not a weapon.
# ("the design was transferred to Malaysia": the papers, not the system)
NOT_A_WEAPON_BOUGHT = re.compile(r"\b(?:licen[cs]es?|rights|technology|know-how|blueprints?|drawings|documentation|(?:the|its|their)\s+designs?)\s+(?:(?:was|were|had been|has been)\s+)?$", re.IGNORECASE)
EQUIPPING = re.compile(r"(?:re-)?equip", re.IGNORECASE)
COPYING = re.compile(r"reverse|cop(?:y|i)", re.IGNORECASE)
RENAMED = re.compile(r"\bas\s+(?:the\s+)?$")
INDEFINITE_DEAL = re.compile(r"\b(?:a|an|any)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
VISITING = re.compile(
    r"\b(?:for|to)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:exercises?|drills?|visits?|port calls?|patrols?|manoeuvres|maneuvers|talks|review|parade|show)\b"
    r"|\bto\s+(?:take part|join|participate|visit|patrol|exercise|drill)\b",
    re.IGNORECASE,
)
MODAL_AFTER = re.compile(r"[^.;:,]{0,60}?\b(?:would|could|might|may)\b")
# "package of Russian equipment", "Chinese arms": a demonym on goods in general names the seller.
GOODS = re.compile(r"\s+(?:military\s+|defen[cs]e\s+|naval\s+)?(?:equipment|arms|weapons|weaponry|hardware|materiel|kit)\b", re.IGNORECASE)
DEAL_WITH = re.compile(r"\b(?:contract|deal|agreement|accord)\s+with\s+(?:the\s+)?$", re.IGNORECASE)


GIVING = re.compile(r"\b(?:transferred|transfers?|granted|grants?|sold|sells?|gave|gives?|provided|provides?|supplied|supplies|passed|shared|handed)\b", re.IGNORECASE)


def _receivers(text: str, left: list[Slot], means_start: int) -> list[Slot]:
    """Who got the licence or technology: the mentions between the giving verb and it."""
    giving = [m.end() for m in GIVING.finditer(text, 0, means_start)]
    return [s for s in left if giving and giving[-1] <= s.start and s.end <= means_start] if giving else []


POSSESSIVE_S_SPACE = re.compile(r"(?:'s|’s)\s")
COMMA_END = re.compile(r",\s*$")


# a sentence's opening adverbial phrases, each closed by a comma: "In 2019, ", "Earlier this decade, after years of talks, "
FRONTED_ADVERBIALS = re.compile(
    r"\s*(?:(?:in|by|on|at|during|after|before|since|despite|earlier|later|last|amid|following|according\s+to|under|for|within|"
    r"throughout)\b[^,;.()]*,\s*)+(?:the\s+)?",
    re.IGNORECASE,
)


def _modifier(text: str, slot: Slot) -> bool:
    """A state named only to describe something else: "Soviet-era debt", "Russian-built", the
    people who speak of a deal ("Russian officials have said a foreign customer received ..."),
    and an appositive's possessor ("Azerbaijan, Turkey's closest ally, fielded TB2s")."""
    if slot.kind == "demonym" and (re.match(r"-[a-z]", text[slot.end:slot.end + 2]) or SPEAKERS_AFTER.match(text, slot.end)):
        return True
    if _in_owner_apposition(text, slot):
        return True  # "Mesko, a PGZ company, makes ...": the owner named in the maker's apposition
    # (not "In late 2019, after years of talks, Russia's sale of": a possessor after fronted adverbials opens the clause)
    return bool(POSSESSIVE_S_SPACE.match(text[slot.end:slot.end + 3]) and COMMA_END.search(text[:slot.start])
                and not FRONTED_ADVERBIALS.fullmatch(text, 0, slot.start))


def _in_owner_apposition(text: str, slot: Slot) -> bool:
    """Whether ``slot`` names the owner in an apposition on a firm ("Mesko, a Polish
    Armaments Group (PGZ) company, makes ...") or one of a joint venture's owners, not a maker
    of its own."""
    opening = JOINT_VENTURE_OPENING.search(text, max(0, slot.start - 200), slot.start)
    venture = JOINT_VENTURE_APPOSITION.match(text, opening.start()) if opening else None
    if venture and venture.end() >= slot.end:
        return True  # "IRRPL, the joint venture of AWEIL, Munitions India and Kalashnikov Concern, rolled out ...": its owners
    opening = text.rfind(",", max(0, slot.start - 60), slot.start)
    if opening < 0:
        return False
    apposition = OWNER_APPOSITION.match(text, opening)
    return apposition is not None and apposition.end() > slot.end


# ", the joint venture of A, B and C, today rolled out": the owners listed up to the comma before the verb
JOINT_VENTURE_OPENING = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:joint venture|consortium)\s+(?:of|between|formed by|owned by)\s", re.IGNORECASE)
JOINT_VENTURE_APPOSITION = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:joint venture|consortium)\s+(?:of|between|formed by|owned by)\s+[^;.]{0,200}?,\s+(?-i:[a-z])", re.IGNORECASE)
# ", a ... company,": an indefinite apposition that ends in the noun for a firm or a part of one
OWNER_APPOSITION = re.compile(
    r",\s+an?\s+[^,;.]{0,60}?\b(?:company|subsidiary|unit|division|firm|affiliate|arm|shipyard|yard|plant|undertaking|venture)\s*,", re.IGNORECASE)


# who talk about a deal, not who make it: "Russian officials", "Iranian state media", "Chinese sources"
SPEAKERS_AFTER = re.compile(
    r"\s+(?:state\s+|military\s+|government\s+|industry\s+|senior\s+|defen[cs]e\s+)?(?:officials?|sources?|media|press|television|TV|"
    r"diplomats?|analysts?|experts?|commentators?|bloggers?|lawmakers|legislators|parliamentarians|MPs|spokes(?:man|woman|person)|"
    r"outlets?|newspapers?|journalists?|reporters?)\b",
    re.IGNORECASE,
)


def _deal_partner(text: str, left: list[Slot], start: int) -> list[Slot]:
    """"signed a contract with France to buy 12 Rafales": France sells, it does not buy."""
    return [
        s for s in left
        if DEAL_WITH.search(text, 0, s.start) and re.fullmatch(r"\s+to\s+", text[s.end:start])
    ]


def _former_owner(text: str, slots: list[Slot], theme: Slot) -> list[Slot]:
    """"ex-Danish F-16s", "former Dutch Leopard tanks": the state the goods were second-hand from."""
    return [
        s for s in slots
        if s.kind == "demonym" and "State" in s.labels and 0 <= theme.start - s.end <= 2 and text[s.end:theme.start].strip() == ""
        and FORMER_OWNER.search(text, max(0, s.start - 16), s.start)
    ]


def _giver_after_theme(text: str, slots: list[Slot], theme: Slot) -> list[Slot]:
    """"Serbia received six MiG-29s donated by Russia": the agent of a giving participle right after the goods."""
    return _first_group(text, [
        s for s in slots if s.start > theme.end and s.labels & {"State", "Organization"} and s.kind != "demonym"
        and GIVEN_BY_AFTER.fullmatch(text, theme.end, s.start)
    ][:1])


# "... MiG-29s donated by ", "... jets, supplied free of charge by the ": the goods' giver follows
GIVEN_BY_AFTER = re.compile(
    r"s?(?:\s+(?-i:[a-z])[\w-]*?(?<!ly)){0,2}?,?\s+(?:\w+ly\s+)?(?:donated|gifted|supplied|delivered|sold|provided|transferred|handed over|shipped|exported)\s+(?:[\w-]+\s+){0,3}?by\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _deal_signer(text: str, left: list[Slot], seller: Slot, start: int) -> list[Slot]:
    """"Ghana signed a contract with Turkey for the supply of ...": the party that signed with
    the seller (the clause's subject before "contract with"), where the transfer is what the deal is for."""
    deal = DEAL_WITH.search(text, max(0, seller.start - 40), seller.start)
    if deal is None or not DEAL_FOR_SUPPLY.fullmatch(text, seller.end, start):
        return []
    return _nearest_group(text, [s for s in left if s.end <= deal.start() and s.role not in ("with", "from", "by")], ("State", "ArmedForce"))


# "... with Turkey for the supply of": the deal's object is the transfer
DEAL_FOR_SUPPLY = re.compile(r"\s+(?:(?:in|on)\s+(?:\w+\s+)?\d{4}\s+)?(?:for|covering|on)\s+(?:the\s+)?", re.IGNORECASE)


# "From Turkey, Mali bought ...", "In 2022, from Russia, Mali received ...": the seller fronted before the buyer
FRONTED_SUPPLIER = re.compile(r"(?:^|[.;:]\s+|^(?:In|By|Since|During)\s+(?:(?:early|mid|late)[\s-]+)?(?:19|20)\d\d,?\s+)from\s+(?:the\s+)?$", re.IGNORECASE)


# "Portugal ordered five C-390s and Hungary two", "... in 2023 and Hungary of its first in 2024": a buyer that
# repeats the verb by ellipsis, with its own count or its own share of the goods
GAPPED_BUYER_BEFORE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$", re.IGNORECASE)
GAPPED_BUYER_AFTER = re.compile(
    rf"\s+(?:(?:of\s+)?(?:its|their)\s+(?:first|own)\b|(?:another\s+|a\s+further\s+)?(?:\d[\d,]*|{CARDINAL_WORDS})\b(?!\s*(?:per|%|years?|months?|weeks?|days?|times)\b))",
    re.IGNORECASE,
)


def _gapped_buyers(text: str, right: list[Slot], theme: Slot, labels) -> list[Slot]:
    """The states after ``theme`` that buy the same goods by ellipsis: each set off by a comma or
    "and" and followed at once by its own count ("and Hungary two") or "of its first"."""
    return [
        s for s in right
        if s.start > theme.end and s.labels & set(labels) & {"State", "ArmedForce"} and s.kind != "demonym"
        and GAPPED_BUYER_BEFORE.search(text, max(theme.end, s.start - 8), s.start) and GAPPED_BUYER_AFTER.match(text, s.end)
    ]


# "Ankara's 2021 deal with Morocco, which received ...": the deal's owner, the buyer after "with"
DEAL_OWNED_WITH = re.compile(r"(?:'s|’s)\s+(?:[\w$.,-]+\s+){0,4}?(?:deal|contract|agreement|accord)\s+with\s+(?:the\s+)?$", re.IGNORECASE)
# "Under a 2021 deal with Turkey, Morocco received ...": the seller in a phrase opening the sentence
DEAL_WITH_FRONTED = re.compile(r"^\W*(?:under|through|via|as part of)\s+(?:a|an|the|its|their)\s+(?:[\w$.,-]+\s+){0,4}?(?:deal|contract|agreement|accord)\s+with\s+(?:the\s+)?$", re.IGNORECASE)
RELATIVE_SUBJECT_AFTER = re.compile(r",\s+(?:which|who)\s+")


# "signed a contract with China in 2023; the shipyard will deliver two Type 056 corvettes in 2025": the
# delivery still to come that names the goods of a signed deal
GOODS_DUE_UNDER_DEAL = re.compile(
    r"(?:\s+with\s+[^.;:,]{1,60}?)?(?:\s+(?:in|on)\s+(?:\w+\s+)?\d{4})?,?(?:;|,?\s+and|,?\s+under\s+which)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:will|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to|shall)\s+(?:\w+ly\s+)?(?:deliver|supply|build|hand\s+over|provide)\b[^.;]*",
    re.IGNORECASE,
)


def _goods_due_under_deal(text: str, slots: list[Slot], deal_end: int, labels) -> list[Slot]:
    """The systems a signed deal buys when only the delivery still to come after it names them:
    the first group of systems in that delivery's clause."""
    due = GOODS_DUE_UNDER_DEAL.match(text, deal_end)
    if due is None:
        return []
    return _first_group(text, [s for s in slots if due.start() <= s.start and s.end <= due.end() and s.labels & set(labels) and "WeaponSystem" in s.labels])


def _other_party_of_deal(text: str, slots: list[Slot], buyer: Slot) -> list[Slot]:
    """The seller a deal named around the buyer makes: the deal's owner when the buyer is the
    party after "with" and the subject of the relative after it, or the party after "with" in
    a fronted "Under a deal with <seller>," before the buyer."""
    owner = next((s for s in slots if s.end <= buyer.start and DEAL_OWNED_WITH.fullmatch(text, s.end, buyer.start)), None)
    if owner is not None and "State" in owner.labels and RELATIVE_SUBJECT_AFTER.match(text, buyer.end):
        return [owner]
    fronted = [s for s in slots if s.end <= buyer.start and s.labels & {"State", "Organization"} and DEAL_WITH_FRONTED.search(text, 0, s.start)][:1]
    return fronted if fronted and re.fullmatch(r",\s*(?:the\s+)?", text[fronted[0].end:buyer.start]) else []


OWN_DESIGN_AFTER = re.compile(
    r"(?:s|es)?\s+(?:(?:[\w-]+\s+){0,2}?(?:missiles|rockets|drones|systems|ships|vessels|tanks|aircraft|jets|fighters|helicopters|launchers)\s+)?"
    r"(?:of|to)\s+(?:its|their)\s+own\s+(?:design|making|manufacture|production|development)\b",
    re.IGNORECASE,
)
# the passive predicate whose "by" brings a noun's agent: "an order for Rafales was (not) signed by"
PASSIVE_PREDICATE_BY = re.compile(
    r"\s(?:was|were|is|are|has been|have been|had been|been|being)\s+[^,;.]{0,40}?(?P<verb>\b[a-z]+ed|\bmade|\bbuilt|\bwon|\bstruck)\s+(?:\w+ly\s+)?by\s+(?:the\s+)?$"
)
SIGNED_BY_AFTER = re.compile(r"\b(?:signed|inked|concluded|agreed|sealed|struck)\s+(?:\w+ly\s+)?by\s+(?:the\s+)?$")
# "took delivery of the last Kilos, closing a deal that Moscow signed in 2009": the deal the receipt completes ...
DEAL_CLOSED = re.compile(
    r"[^.;:]{0,40}?,\s+(?:(?:so|thus|thereby)\s+)?(?:closing|completing|concluding|fulfilling|finishing|wrapping up|rounding off|ending)\s+"
    r"(?:a|an|the|its|their)\s+(?:[\w$.,-]+\s+){0,4}?(?:deal|contract|order|agreement|package)\s+(?:(?:that|which)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# ... and the signer named in its relative, with a plain past verb of signing right after it
DEAL_SIGNER_VERB = re.compile(r"\s+(?:had\s+|has\s+)?(?:first\s+|originally\s+)?(?:signed|struck|inked|sealed|concluded|agreed)\b", re.IGNORECASE)


def _signer_of_deal_closed(text: str, slots: list[Slot], theme: Slot, buyers: list[Slot]) -> list[Slot]:
    """The seller named as the one who signed the deal a receipt closes: "Hanoi took delivery of
    the last of its Kilo-class submarines, closing a deal that Moscow signed in 2009" (the other
    signer of a purchase is the seller; the buyer itself signing names none)."""
    if "closing" not in text and "complet" not in text and "conclud" not in text and "fulfil" not in text \
            and "finishing" not in text and "wrapping" not in text and "rounding" not in text and "ending" not in text:
        return []
    buyer_refs = {ref for s in buyers for ref in s.refs}
    for slot in slots:
        if slot.start > theme.end and slot.labels & {"State", "Organization"} and DEAL_CLOSED.fullmatch(text, theme.end, slot.start):
            if DEAL_SIGNER_VERB.match(text, slot.end) and not buyer_refs & set(slot.refs):
                return [slot]
            return []
    return []


def _fronted_supplier(text: str, left: list[Slot], buyer: Slot) -> list[Slot]:
    """The seller named in a phrase "From <state>," that opens the sentence before its buyer.

    The comma must close the phrase right after the seller, so "From 2019 to 2022 Mali ..." or a
    seller list running on into the clause are not read.
    """
    fronted = [s for s in left if s.role == "from" and s.end <= buyer.start and s.labels & {"State", "Organization"}]
    if not fronted or not FRONTED_SUPPLIER.search(text, 0, fronted[0].start):
        return []
    return fronted[:1] if re.match(r"\s*,", text[fronted[0].end:]) else []


def _seller_named_on_goods(text: str, right: list[Slot], themes: list[Slot]) -> list[Slot]:
    """"bought Russia's S-400", "signed for a package of Russian equipment, including ...": the seller."""
    first = themes[0].start if themes else len(text)
    return [
        s for s in right
        if s.end <= first and "State" in s.labels
        and (s.role == "possessor" or s.kind == "demonym" and GOODS.match(text, s.end))
    ]


OBJECT_RELATIVE = re.compile(r"(?:s|es)?(?:\s+[\w-]+){0,3}?(?:\s*,\s*(?:a|an|the)(?:\s+[\w-]+){1,4})?\s+(?:that|which)\s+(?:the\s+)?", re.IGNORECASE)


# "the Belt and Road Initiative which President Xi Jinping launched": a restrictive relative with
# the founder as its subject (a leader's title between the pronoun and the name); "AUKUS, a pact that
# Beijing has criticised", "ALBA, the bloc Venezuela and Cuba launched": the relative on a noun set in
# apposition to the name, with or without its pronoun
LED_RELATIVE = re.compile(
    r"(?:\s*,\s*(?:a|an|the)(?:\s+(?-i:[a-z])[\w-]*){1,3}?)?\s+(?:that|which)\s+(?:the\s+)?(?:(?-i:President|Prime Minister|Premier|Chairman|Secretary-General|King|Emir|Sultan)\s+)?"
    r"|\s*,\s*(?:a|an|the)(?:\s+(?-i:[a-z])[\w-]*){1,3}?\s+"
)


def _relative_antecedent(text: str, left: list[Slot], sources: list[Slot], labels) -> list[Slot]:
    """The initiative or body a relative clause says its subject launched, leads or opposes:
    "the Belt and Road Initiative which China launched in 2013", "the alliance that Caracas founded",
    "AUKUS, a pact that Beijing has criticised"."""
    if not sources:
        return []
    named = [s for s in left if s.labels & set(labels) and s.end <= sources[0].start]
    if len(named) > 1 and named[-1].kind == "reference" and set(named[-1].refs) & set(named[-2].refs) and APPOSED_REFERENCE.fullmatch(text, named[-2].end, named[-1].start):
        named.pop()  # "ALBA, the bloc Venezuela and Cuba launched": the noun in apposition is read as a reference to the name
    return named[-1:] if named and LED_RELATIVE.fullmatch(text, named[-1].end, sources[0].start) else []


APPOSED_REFERENCE = re.compile(r"\s*,\s*")


def _theme_before_agent(text: str, left: list[Slot], agents: list[Slot], labels) -> list[Slot]:
    """The theme of "the Pantsir-S1 systems Serbia received" stands before the agent, but
    not across another noun phrase: "Y-20 aircraft carrying a missile system Serbia bought"."""
    if agents:  # "the RD-93, a Klimov engine that Russia sells": the antecedent, whatever its role outside
        named = [s for s in left if s.labels & set(labels) and s.end <= agents[0].start]
        if named and OBJECT_RELATIVE.fullmatch(text[named[-1].end:agents[0].start]):
            return named[-1:]
    themes = _nearest_group(text, left, labels)
    if themes and agents and agents[0].start >= themes[-1].end:
        gap = text[themes[-1].end:agents[0].start]
        appositive = re.match(r"\s*,\s*(?:a|an)\s", gap)  # "the RD-93, a Klimov engine that Russia sells"
        if (re.search(r"\b(?:a|an|another)\s[^,;]{0,50}$", gap) and not appositive) or re.search(r"\b(?:anything|something|nothing|everything|what|whatever)\s+$", gap) or re.search(r"[,;]\s*(?:and|but|while)\s", gap):
            return []  # another noun phrase, or another clause, stands between
    return themes


THROUGH = re.compile(r"\b(?:through|via)\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
WHERE_MADE = re.compile(r"\s*,\s*where\s+(?:they|it|the\s+[\w-]+)\s+(?:(?:are|is|were|was|have been|has been)\s+(?:also\s+|now\s+|later\s+)?)?$", re.IGNORECASE)


MAKER_IN = re.compile(r"\s+(?:design\s+)?(?:bureau|works|plant|factory|shipyard|yards?)?\s*(?:in|of)\s+(?:the\s+)?", re.IGNORECASE)


def _makers_country(text: str, right: list[Slot], agents: list[Slot]) -> list[Slot]:
    """"designed by the Mikoyan bureau in the Soviet Union": the state the maker works in made it too."""
    makers = [a for a in agents if "Organization" in a.labels]
    return [
        s for s in right
        if "State" in s.labels and s.kind != "demonym" and any(m.end <= s.start and MAKER_IN.fullmatch(text, m.end, s.start) for m in makers)
    ][:1]


# "is manufactured in Pakistan", "is also built under licence in India by HAL"
MADE_IN = re.compile(r"\s+(?:(?:\w+ly|also|now|still|later|first|jointly)\s+)*(?:under\s+(?:a\s+|an\s+)?(?:(?-i:[A-Z])[\w-]*\s+)?licen[cs]e,?\s+)?(?:in|at)\s+(?:the\s+)?", re.IGNORECASE)
# "produced under Soviet licence in Czechoslovakia, by Aero Vodochody, and in India": each further place
FURTHER_PLACE = re.compile(r"(?:,\s+by\s+[^,;.]{1,60},)?,?\s+(?:and|as well as)\s+in\s+(?:the\s+)?", re.IGNORECASE)
# "under Soviet licence in Czechoslovakia": the receiver of the licence is where the making was
LICENCE_IN = re.compile(r"\s+(?:a\s+|an\s+)?(?-i:[A-Z])[\w-]*\s+licen[cs]es?,?\s+in\s+(?:the\s+)?", re.IGNORECASE)


def _gapped_makers(text: str, agents: list[Slot], right: list[Slot]) -> list[tuple[Slot, Slot]]:
    """"... were built by Hyundai Rotem and the K9 howitzers by Hanwha": each later maker with the
    system named right before its "by", which the verb, left out, applies to as well."""
    pairs = []
    for agent in agents:
        made = [s for s in right if "WeaponSystem" in s.labels and s.end <= agent.start]
        if made and GAPPED_BY.fullmatch(text, made[-1].end, agent.start) and re.search(r"\band\s+(?:the\s+)?$", text[max(0, made[-1].start - 10):made[-1].start]):
            pairs.append((agent, made[-1]))
    return pairs


GAPPED_BY = re.compile(r"s?(?:\s+[a-z][\w-]*){0,2}\s+by\s+(?:the\s+)?")


# the theme, a few words of the verb phrase, and "in" before the state: "... on its own line in"
MADE_IN_AFTER_THEME = re.compile(r"s?(?:\s+(?!in\b|for\b|to\b|from\b|by\b|and\b|but\b|which\b|that\b)[\w-]+){0,6}?\s+in\s+(?:the\s+)?", re.IGNORECASE)


def _made_in(text: str, right: list[Slot], end: int) -> list[Slot]:
    """The state (or the works, "at Jiangnan Shipyard") a passive of making names as the place
    right after it: "is built in Pakistan"."""
    places = [s for s in right if s.labels & {"State", "Organization"} and s.kind != "demonym"]
    if not places or not MADE_IN.fullmatch(text, end, places[0].start):
        return []
    made = places[:1]
    for place in places[1:]:
        if "State" in place.labels and FURTHER_PLACE.fullmatch(text, made[-1].end, place.start):
            made.append(place)
    return made


def _place_of_making(text: str, left: list[Slot], start: int) -> list[Slot]:
    """"... to Brazil, where they are also assembled": the state named before "where"."""
    if left and "State" in left[-1].labels and left[-1].kind != "demonym" and WHERE_MADE.fullmatch(text, left[-1].end, start):
        return left[-1:]
    return []


# "co-developed jointly with", "developed the JF-17 jointly with Pakistan"
JOINTLY_LATER = re.compile(r"[^.;:,]{0,60}?\s(?:jointly|together)\s+with\b", re.IGNORECASE)
JOINT_MAKING = re.compile(r"\bco-|\bjointly\b", re.IGNORECASE)


# What a state builds that is no weapon, named right after the verb: "is building a new naval base",
# "built two hangars", "constructed its own shipyard"
BUILT_FACILITY = re.compile(
    r"\s+(?:(?:a|an|the|its|their|two|three|several|new|own|naval|air|army|military|maintenance|repair|storage|support)\s+){0,4}"
    r"(?:bases?|depots?|ports?|piers?|facilit(?:y|ies)|hangars?|airfields?|airstrips?|runways?|roads?|bridges?|barracks|"
    r"shipyards?|dry ?docks?|warehouses?|infrastructure|headquarters|shelters?|bunkers?)\b",
    re.IGNORECASE,
)
BUILDING = re.compile(r"buil[td]|construct|produc|manufactur", re.IGNORECASE)
RELATIVE_BUILDER = re.compile(r",\s*(?:which|that)\s+$", re.IGNORECASE)


def _built_for(text: str, right: list[Slot], agents: list[Slot], themes: list[Slot]) -> list[Fact]:
    """"China built four Zulfiquar-class frigates for Pakistan": the maker sold them to the
    state they were built for (the state right after "for", following the system)."""
    if not (agents and themes):
        return []
    buyers = [s for s in right if s.role == "for" and "State" in s.labels and s.kind != "demonym" and s.start > themes[-1].end and s.start - themes[-1].end <= 20]
    makers = _refs(agents, ("State", "Organization"))
    return [
        Fact("SOLD", maker, theme, {"to": buyer.name})
        for buyer in _refs(buyers[:1], ("State",)) for maker in makers if maker.name != buyer.name for theme in _refs(themes, ("WeaponSystem",))
    ]


# "built by PT PAL, with France transferring the design": the subject of an absolute clause after
# "with", doing a deed of its own, not a partner in the making
ABSOLUTE_WITH_SUBJECT = re.compile(r"\s+(?:\w+ly\s+)?(?-i:[a-z]+ing)\b(?<!\bthing)")


def _co_makers(text: str, right: list[Slot]) -> list[Slot]:
    """The partners after "with" of a joint maker ("co-produces the TB2 with Ukraine"), the
    first group of them only, and no "with Russian help" or "with France transferring the design"."""
    partners = [s for s in right if s.role == "with" and s.labels & {"State", "Organization"} and s.kind != "demonym"
                and not ABSOLUTE_WITH_SUBJECT.match(text, s.end)]
    return _first_group(text, partners)


COUNT_SUBJECT = re.compile(rf"(?:^|[;:]\s*|,\s*and\s+|\.\s+)(?:\d[\d,]*|{CARDINAL_WORDS})\s+(?:more\s+|others\s+)?$", re.IGNORECASE)
DATED_PARTICIPLE = re.compile(r"\s+(?:(?:in|from|between|during|since)\s+)?(?:(?:early|mid|late)[\s-]+)?(?:1[89]|20)\d\d\b", re.IGNORECASE)
LEASED = re.compile(r"leas", re.IGNORECASE)
OTHER_GOODS = re.compile(r"\bwith\s+(?:[\w-]+\s+){1,3}$", re.IGNORECASE)
BUILT_AS = re.compile(r"s?\s+(?:(?:under|with)\s+(?:a\s+)?licen[cs]e\s+|locally\s+)?as\s+(?:the\s+)?", re.IGNORECASE)
# "to be built by", "are to be delivered": still to come; "the first to be delivered" and
# "continues to be built" state what is done
STILL_TO_BE = re.compile(r"(?<!first )(?<!last )(?<!only )(?<!continue )(?<!continues )(?<!continued )(?<!used )\bto\s+be(?:\s+|$)", re.IGNORECASE)
# "placed a $3.2bn order with LIG Nex1": an order whose system the clause does not name
ORDER_PLACED_WITH = re.compile(r"placed\s.*\borders?\s+with", re.IGNORECASE)
# "came to us second-hand from Sweden": the receiver between "came to" and "from"
CAME_TO_RECEIVER = re.compile(r"(?:came|comes|come)\s+to\s", re.IGNORECASE)
# "Embraer holds orders from Austria": the seller's order book, the buyers after "from"
ORDERS_HELD_FROM = re.compile(r"\borders\s+from$", re.IGNORECASE)
# "ordered 32 in 2020", "ordered twelve.": a count with no noun after it
# ("Navantia built all five at the Bay of Cadiz yards": the whole count of the system just named)
BARE_COUNT = re.compile(
    r"\s+(?:(?:more than|over|about|some|nearly|almost|around|at least|all)\s+)?"
    rf"(?:\d[\d,]{{0,5}}|{CARDINAL_WORDS}|sixty|a hundred|hundreds)(?:\s+more)?"
    r"(?=\s*(?:[.;,]|$|\s+(?:in|at|from|during|by|and|between|before|after|under)\b))",
    re.IGNORECASE,
)
# "took delivery of the first of two aircraft", "still operates a small number": a share of a count, or a
# quantity with no number, of the system just named (a generic craft noun only after "the first of")
QUANTITY_OF_THE_TYPE = re.compile(
    r"\s+(?:(?:(?:the|its|their)\s+(?:first|second|third|last|final)\s+of\s+(?:the\s+|its\s+|their\s+)?"
    rf"(?:\d{{1,3}}|{CARDINAL_WORDS})(?:\s+(?:aircraft|airframes|examples|jets|planes|helicopters|ships|boats|vessels|hulls|units))?)"
    r"|a (?:small |limited |large )?(?:number|handful)|a few|several|a dozen|dozens)"
    r"(?=\s*(?:[.;,]|$|\s+(?:in|at|from|during|by|and|between|before|after|under|this|last|so far|today|still)\b))",
    re.IGNORECASE,
)
BRACKETED_NEXT = re.compile(r"\s*\([^()]{0,80}\)\s*(?:,\s*(?:and\s+)?|\s*and\s+)(?:the\s+)?")


def _through_brackets(text: str, right: list[Slot], group: list[Slot], labels) -> list[Slot]:
    """"placed by Greece (2021), Croatia (2021, second-hand aircraft from France) and
    Indonesia (2022)": a list whose entries carry bracketed notes is one group; what the
    notes name is not in it."""
    if not group:
        return group
    group = list(group)
    for slot in right:
        last = group[-1]
        if slot.start <= last.end or text.count("(", last.end, slot.start) > text.count(")", last.end, slot.start):
            continue  # inside a note
        if not (slot.labels & set(labels) and BRACKETED_NEXT.fullmatch(text, last.end, slot.start)):
            break
        slot.role = last.role
        group.append(slot)
    return group


AMONG_THEM_BEFORE = re.compile(r",\s*among them\s+(?:the\s+)?$", re.IGNORECASE)


def _buyers_included(text: str, right: list[Slot], end: int) -> list[Slot]:
    """"has been exported to more than 30 states, including Ukraine and Poland" (", among them Ukraine
    and Poland"): the buyers named as examples of the ones it went to."""
    included = [s for s in right if "State" in s.labels and (s.role == "including" or AMONG_THEM_BEFORE.search(text, max(0, s.start - 16), s.start))]
    if included and re.search(r"\bto\b", text[end:included[0].start]) and not re.search(r"[;:]", text[end:included[0].start]):
        return _first_group(text, [s for s in right if "State" in s.labels and s.start >= included[0].start])
    return []


def _systems_after_counterparts(text: str, right: list[Slot], themes: list[Slot], labels) -> list[Slot]:
    """"received JF-17s from China and T-72s from Russia": a system joined by "and" to the
    seller of the one before is a further theme, not a further seller."""
    found = []
    for before, slot, after in zip(right, right[1:], right[2:]):
        if slot.start < themes[-1].end or slot in themes or not slot.labels & set(labels) or slot.role not in ("from", "to", "object"):
            continue
        counterpart = before.role in ("from", "to") and not before.labels & set(labels)
        joined = counterpart and _governing_preposition(text, before.end, slot.start) is None and _coordinated(text[before.end:slot.start])
        # the further system needs its own seller after it: "..., and S-400 batteries, Participant D said" has none
        own = after.role == before.role and not after.labels & set(labels) and _governing_preposition(text, slot.end, after.start) is not None
        if joined and own and not NEW_PREDICATE.search(text, themes[-1].end, slot.start):
            found.append(slot)
    return found


# "delivered Su-27s to China in 1992, followed by Kilo-class submarines from 1995": the same deal's next goods
FOLLOWED_BY = re.compile(r",\s*(?:and\s+)?(?:later\s+|then\s+|soon\s+)?followed\s+by\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?", re.IGNORECASE)


def _date_followers(text: str, facts: list[Fact], followed: list[Slot]) -> None:
    """The goods that followed carry the year named right after them ("from 1995"), not the first delivery's."""
    year = FOLLOWER_YEAR.match(text, followed[-1].end)
    if year is None:
        return
    names = {ref.name for slot in followed for ref in slot.refs}
    for fact in facts:
        if fact.target.name in names:
            fact.properties["year"] = int(year.group(1))


FOLLOWER_YEAR = re.compile(r"s?(?:\s+[a-z][\w-]*){0,2}?\s+(?:from|in|since|after)\s+(?:(?:early|late|mid-?)\s*)?((?:1[89]|20)\d\d)\b")


def _followed_by(text: str, right: list[Slot], themes: list[Slot], labels) -> list[Slot]:
    """The systems, and their conjuncts, that ", followed by" adds after the last theme."""
    later = [s for s in right if s.start >= themes[-1].end and s.labels & set(labels) and s not in themes]
    if not later:
        return []
    opening = FOLLOWED_BY.search(text, themes[-1].end, later[0].start)
    if opening is None or opening.end() != later[0].start:
        return []
    return next(group for group in _groups(text, later) if later[0] in group)


# "Egypt's supplier mix: Rafale from France, MiG-29M fighters from Russia": a buyer's list
BUYERS_LIST = re.compile(
    r"(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:supplier mix|suppliers|sources of supply|purchases|imports|acquisitions|procurement|buys)\s*:\s*",
    re.IGNORECASE,
)


def _force_inventory(text: str, slots: list[Slot]) -> list[Fact]:
    """"- Indian Navy: INS Vikramaditya (carrier), MiG-29K fighters": an entry that opens with
    a force and a colon and goes on with systems lists what the force fields."""
    if len(slots) < 2 or "ArmedForce" not in slots[0].labels or slots[0].kind == "reference":
        return []
    if not re.fullmatch(r"[\s*•·–-]*", text[:slots[0].start]) or not re.fullmatch(r"\s*:\s*", text[slots[0].end:slots[1].start]):
        return []
    if "WeaponSystem" not in slots[1].labels or LOCAL.search(text) or SCOPING.search(text):
        return []
    stop = re.search(r"[;.](?:\s|$)", text[slots[1].end:])
    stop = slots[1].end + stop.start() if stop else len(text)
    forces = [ref for ref in slots[0].refs if ref.label == "ArmedForce"]
    return [
        Fact("OPERATES", force, ref, anchor=(slot.start, slot.end))
        for slot in slots[1:] if slot.end <= stop and "WeaponSystem" in slot.labels
        for ref in slot.refs if ref.label == "WeaponSystem" for force in forces
    ]


# A roster of a system's buyers or operators: "Buyers of the Su-35: China, Egypt and Iran", "Customers
# for the S-400 include China, India and Turkey", "Su-35 operators: China, Indonesia"
# asked of every sentence with names, as are HEDGE_WORDS, EXCLUDING_WORDS and LINEAGE_WORDS: looked up
# in the sentence's one scan, not searched by re
ROSTER_WORDS = IndexedPattern(re.compile(r"\b(?:buyers|customers|clients|importers|operators|users)\b", re.IGNORECASE), SENTENCES)
ROSTER_BEFORE = re.compile(r"\b(?P<kind>buyers|customers|clients|importers|operators|users)\s+(?:of|for)\s+(?:the\s+)?$", re.IGNORECASE)
ROSTER_AFTER = re.compile(r"(?:\s+[a-z][\w-]*)?\s+(?:(?:export|foreign)\s+)?(?P<kind>buyers|customers|clients|importers|operators|users)\b", re.IGNORECASE)
ROSTER_OPENS = re.compile(r"(?:\s+[a-z][\w-]*)?\s*(?::|\s(?:include|included|includes|are|were|comprise|comprised|so far are)\s)", re.IGNORECASE)
# "Egypt (cancelled)", "Algeria (in talks)": an entry its own aside puts in doubt
DOUBTED_ENTRY = re.compile(r"\s*\([^()]*?\b(?:cancel+ed|scrapped|planned|proposed|rumou?red|unconfirmed|reported|talks|negotiat\w*|expected|pending|interest\w*|withdrawn|never|not|no|possibl\w*|prospective|potential|option)\b[^()]*\)|\s*\(\?\)", re.IGNORECASE)


# "Iran (delivered 2023)", "Egypt (ordered in 2018, 24 aircraft)": a parenthesis right after a name, with no name in it
ENTRY_ASIDE = re.compile(r"\(\s*(?:\w+\s+){0,2}$")


def _entry_aside(text: str, start: int, slots: list[Slot]) -> bool:
    """Whether the trade trigger at ``start`` stands in an aside on the entry just before it, which
    it describes (delivered to it, ordered by it) and has no subject of its own. ("ECUADOR (elected
    member):" is a status, read as such.)"""
    opening = ENTRY_ASIDE.search(text, max(0, start - 30), start)
    if opening is None:
        return False
    closing = text.find(")", start)
    before = text[:opening.start()].rstrip()
    return closing > 0 and any(s.end == len(before) for s in slots) and not any(opening.start() < s.start < closing for s in slots)


# A clause of its own inside an entry of a semicolon list: a finite verb
ENTRY_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|did|does)\b|\b[a-z]{3,}ed\s+(?:the|a|an|to|in|by|from)\b", re.IGNORECASE)


# a bullet or a slide line that opens on a state and a dash, then goes on with a verb or a noun phrase
# in lower case: "• Japan — operates the F-35B", "Indonesia – ordered 42 Rafales from France"
DASHED_LABEL = re.compile(r"[\W\d]*(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}(?P<dash>\s*(?:[—–]|--?)\s*)(?=(?-i:[a-z]))")


def _dashed_label_as_subject(text: str, slots: list[Slot]) -> str:
    """"• Japan — commissioned the Mogami-class frigates": the state a line opens on, set off by a
    dash, is the subject of what follows it; the dash is read as a space. The text keeps its length."""
    label = DASHED_LABEL.match(text)
    if label is None or not any(s.end == label.start("dash") and s.labels & {"State", "ArmedForce", "Organization"} for s in slots):
        return text
    if not any(s.start >= label.end("dash") for s in slots):
        return text  # "Liberia – rejoined after the civil war": a note on a list's entry, read with the list's heading
    return text[:label.start("dash")] + " " * (label.end("dash") - label.start("dash")) + text[label.end("dash"):]


def _semicolon_list_as_commas(text: str) -> str:
    """"Russia has delivered the following: S-400s to China; Su-35s to Egypt": after a colon,
    short entries with no verb of their own, split by semicolons, are one list, not clauses.
    The text keeps its length, so every offset stays."""
    colon = text.find(":")
    pieces = text[colon + 1:].split(";")
    if len(pieces) < 2 or any(len(piece) > 80 or ":" in piece or ENTRY_VERB.search(piece) for piece in pieces):
        return text
    return text[:colon + 1] + text[colon + 1:].replace(";", ",")


def _roster(text: str, slots: list[Slot]) -> list[Fact]:
    """The states (or forces) a roster of a system's buyers or operators lists after a colon or
    "include": each bought (or operates) the system. Nothing when a cue stands before the list
    ("Possible buyers of the Su-57:"); an entry with a doubting aside ("Egypt (cancelled)") is left out."""
    for slot in slots:
        if "WeaponSystem" not in slot.labels:
            continue
        head = ROSTER_BEFORE.search(text, max(0, slot.start - 30), slot.start)
        tail = None if head else ROSTER_AFTER.match(text, slot.end)
        opening = ROSTER_OPENS.match(text, slot.end if head else tail.end()) if head or tail else None
        if opening:
            break
    else:
        return []
    kind = "OPERATES" if (head or tail).group("kind").lower() in ("operators", "users") else "ACQUIRED"
    # a list after a colon runs to the end ("India; Algeria; Malaysia"), one after "include" to its clause's
    stop = len(text) if ":" in opening.group(0) else next((m.start() for m in CLAUSE_BREAKS.finditer(text, opening.end())), len(text))
    system = next(ref for ref in slot.refs if ref.label == "WeaponSystem")
    entries = [
        (entry, ref) for entry in slots
        if opening.end() <= entry.start and entry.end <= stop and entry.kind not in ("demonym", "reference") and not DOUBTED_ENTRY.match(text, entry.end)
        for ref in entry.refs[:1] if ref.label in ("State", "ArmedForce")
    ]
    # "are not Uganda and Kenya", "could one day include": a cue up to the first entry denies the roster
    if not entries or SCOPING.search_within(text, 0, entries[0][0].start) or LOCAL.search_within(text, 0, entries[0][0].start):
        return []
    return [Fact(kind, ref, system, {}, (entry.start, entry.end)) for entry, ref in entries]


OPERATOR_WORDS = IndexedPattern(re.compile(r"\b(?:operators?|users?|customers?|buyers?)\b", re.IGNORECASE), SENTENCES)
# "we"/"I"/"you" right before a verb: a speaker's or reader's own deed
# "which Chengdu built", "that Hanwha later delivered": a capitalised subject right after a relative pronoun
UNKNOWN_RELATIVE_SUBJECT = re.compile(r"\b(?:which|that)\s+(?:the\s+)?(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+){0,3}\s+(?:(?:\w+ly|also|then|later|first)\s+)?$")
SPEAKER_SUBJECT = re.compile(r"\b(?:we|I|you)\s+(?:(?:\w+ly|also|have|has|had|then|later|jointly|together|first)\s+){0,2}$")
PREPOSITION_BEFORE = re.compile(r"\b(?:in|from|by|to|with|of|for|at|than)\s+(?:the\s+)?$", re.IGNORECASE)
LISTED_ACTOR_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# "..., and Angola and Mali are also operators.", "Pakistan, which flies the J-10C, is the only export
# customer": states said to be operators or customers with no "of" after, of the system the sentence named before
OPERATORS_TOO = re.compile(
    r"(?:,\s*(?:which|who)\s[^,;()]{1,80},)?\s+(?:is|are)\s+(?:also\s+|both\s+|now\s+|still\s+|likewise\s+)?(?:an?\s+|the\s+(?:other\s+|only\s+|first\s+|sole\s+|launch\s+)?)?"
    r"(?:(?:current|active|regular|confirmed|known)\s+)?(?:(?:export|foreign)\s+)?(?P<kind>operators?|users?|customers?|buyers?)(?=\s*(?:[.,;)]|$))",
    re.IGNORECASE,
)


# "Operators include Azerbaijan, Ukraine and Qatar", "Current users: Egypt and India", "Its users include ...",
# "Export customers include ...": a list of operators or buyers opening a sentence that names no system (not
# "Operators may include", "Former operators include")
OPERATORS_LISTED = re.compile(
    r"\W*(?P<its>(?:its|their)\s+)?(?:(?:current|known|other|confirmed|foreign|export|overseas|present|main|active)\s+)*"
    r"(?P<kind>operators|users|customers|buyers)\s*(?:include|includes|are|:)\s+(?:the\s+)?",
    re.IGNORECASE,
)

# a verb right after the listed states: they are its subject, not entries of the list
LISTED_AS_SUBJECT = re.compile(r"\s+(?:\w+ly\s+|also\s+|both\s+)?(?:have|has|had|are|is|were|was|may|might|could|would|will|do|does|did)\b", re.IGNORECASE)


def _operators_listed(text: str, slots: list[Slot], context: "ParagraphContext") -> list[Fact]:
    """"Designed by Baykar, the TB2 ... Operators include Azerbaijan, Ukraine and Qatar": the
    states listed right after an opening "Operators include" field the system the paragraph or
    its heading named last."""
    opening = OPERATORS_LISTED.match(text)
    if opening is None or any("WeaponSystem" in s.labels for s in slots):
        return []
    listed = [s for s in slots if s.start >= opening.end() and s.labels & {"State", "ArmedForce"} and s.kind != "demonym"]
    group = _first_group(text, listed) if listed and listed[0].start == opening.end() else []
    systems = context.last_before_sentence(("WeaponSystem",)) if group else ()
    if group and not systems and opening.group().rstrip().endswith(":") and context.memory.systems:
        # "Operators: Egypt (2014), Algeria (2016)" as a page's field, its system in another paragraph: the page's most named
        systems = (max(dict.fromkeys(context.memory.systems), key=context.memory.systems.count),)
    if group and LISTED_AS_SUBJECT.match(text, group[-1].end):
        return []  # "Other buyers: Indonesia and Vietnam have been in talks ...": the list is a clause's subject
    if opening.group("its") and systems and context.previous_named[:1] != list(systems):
        return []  # "Its users": the system only where the sentence before opened with it, not "Russia ... Its customers"
    kind = "OPERATES" if opening.group("kind").lower() in ("operators", "users") else "ACQUIRED"
    return [Fact(kind, operator, system) for operator in _refs(group, ("State", "ArmedForce")) for system in systems]


# "Indonesia, our first export customer, has flown ...", "the Brazilian Air Force, the launch customer, ...": a buyer in apposition
CUSTOMER_IN_APPOSITION = re.compile(
    r",\s+(?:the|our|its|their|an?)\s+(?:(?:first|launch|only|sole|largest|biggest|main|second|third|latest|newest|earliest|early|original)\s+)?"
    r"(?:(?:export|foreign|overseas)\s+)?(?:customer|buyer|client)(?:\s+(?:for|of)\s+(?:the\s+)?(?:type|system|jets?|aircraft))?\s*,",
    re.IGNORECASE,
)


def _customer_in_apposition(text: str, slots: list[Slot], context: "ParagraphContext") -> list[Fact]:
    """"Indonesia, our first export customer, has flown the T-50i since 2014": a state or force called a
    customer in apposition bought the system the sentence names (the nearest after it, else the last
    before), else the one the paragraph was last about."""
    facts = []
    for slot in slots:
        apposition = CUSTOMER_IN_APPOSITION.match(text, slot.end) if slot.labels & {"State", "ArmedForce"} and slot.kind != "demonym" else None
        if apposition is None or LOCAL.search_within(text, 0, apposition.end()) or SCOPING.search_within(text, 0, len(text)):
            continue
        systems = [s for s in slots if "WeaponSystem" in s.labels]
        after = [s for s in systems if s.start >= apposition.end()]
        chosen = after[:1] or [s for s in systems if s.end <= slot.start][-1:]
        refs = tuple(ref for s in chosen for ref in s.refs if ref.label == "WeaponSystem") or context.last_before_sentence(("WeaponSystem",))
        buyer = next(ref for ref in slot.refs if ref.label in ("State", "ArmedForce"))
        facts += [Fact("ACQUIRED", buyer, system, {}, (apposition.start(), apposition.end())) for system in refs[:1]]
    return facts


def _operators_too(text: str, slots: list[Slot]) -> list[Fact]:
    """"Nigeria operates twelve A-29s, and Angola and Mali are also operators": the states of the
    list just before "are (also) operators" field the system the sentence named last before them;
    "Pakistan, which flies the J-10C, is the only export customer": a customer bought it.
    Nothing when a cue stands before the list ("reports that Angola is an operator")."""
    actors = [s for s in slots if s.labels & {"State", "ArmedForce"} and s.kind != "demonym"]
    facts: list[Fact] = []
    for index, last in enumerate(actors):
        match = OPERATORS_TOO.match(text, last.end)
        if match is None:
            continue
        group = [last]
        # back along the list, but not into a prepositional phrase of the clause before: "built in
        # the United States, and Angola and Mali are ..."
        for before in reversed(actors[:index]):
            if not LISTED_ACTOR_GAP.fullmatch(text, before.end, group[0].start) or PREPOSITION_BEFORE.search(text, max(0, before.start - 12), before.start):
                break
            group.insert(0, before)
        # the system named last before the copula: before the list, or in a relative clause on it
        systems = [ref for slot in slots if slot.end <= match.end() for ref in slot.refs if ref.label == "WeaponSystem"]
        if not systems or SCOPING.search_within(text, 0, match.end()) or LOCAL.search_within(text, 0, match.end()):
            continue
        kind = "OPERATES" if match.group("kind").lower().startswith(("operator", "user")) else "ACQUIRED"
        facts += [
            Fact(kind, ref, systems[-1], {}, (match.start(), match.end()))
            for slot in group for ref in slot.refs[:1] if ref.label in ("State", "ArmedForce")
        ]
    return facts


def _buyers_list(text: str, slots: list[Slot]) -> list[Fact]:
    """A list after "<State>'s arms imports:" whose entries name systems, each group followed
    by its seller after "from": the state bought each group from that seller. Nothing when
    the sentence hedges the list or an entry."""
    for index, slot in enumerate(slots):
        opening = BUYERS_LIST.match(text, slot.end) if "State" in slot.labels and slot.kind != "reference" else None
        if opening:
            break
    else:
        return []
    if SCOPING.search_within(text, 0, opening.end()) or LOCAL.search_within(text, 0, opening.end()):
        return []
    buyer = next(ref for ref in slot.refs if ref.label == "State")
    facts, pending, entry_start = [], [], opening.end()
    for entry in slots[index + 1:]:
        if entry.start < opening.end():
            continue
        if "WeaponSystem" in entry.labels:
            pending.append(entry)
        elif entry.labels & {"State", "Organization"} and pending and re.search(r"\bfrom\s+(?:the\s+)?$", text[pending[-1].end:entry.start]):
            if LOCAL.search_within(text, entry_start, entry.start) is None:
                sellers = [ref for ref in entry.refs if ref.label in ("State", "Organization")][:1]
                facts += [Fact("ACQUIRED", buyer, ref, {"from": seller.name}, (entry.start, entry.end)) for seller in sellers for s in pending for ref in s.refs if ref.label == "WeaponSystem"]
            pending, entry_start = [], entry.end
    return facts


def _counterparts_by_theme(text: str, themes: list[Slot], counterparts: list[Slot]) -> list[tuple[Slot, list[Slot]]]:
    """"took delivery of T-72s from Russia and of Leopard 2s from Germany": when a sentence
    names several systems and several sellers (or buyers), each system goes with the group
    of them named first after it. A system after the last group ("..., Abrams tanks from the United
    States, and Patriot batteries") goes with none, once two earlier ones went with different
    groups; nothing is paired otherwise."""
    if len(themes) < 2 or len(counterparts) < 2:
        return []
    groups = _groups(text, sorted(counterparts, key=lambda s: s.start))
    if len(groups) < 2:
        return []
    paired = []
    for theme in themes:
        following = next((group for group in groups if group[0].start >= theme.end), None)
        if following is None and len({id(own[0]) for _, own in paired if own}) < 2:
            return []
        paired.append((theme, following or []))
    return paired


def _bought_in_apposition(text: str, left: list[Slot], reduced: list[Slot], start: int, end: int) -> bool:
    """"The first Patriot batteries, bought from the United States in 2018, reached ...": a
    participle set off by commas after a clause's first name, with nothing hypothetical after it."""
    return bool(reduced) and not left and "," in text[reduced[0].end:start] and not HYPOTHETICAL.search(text, end)


HYPOTHETICAL = re.compile(r"\b(?:would|could|might|may)\b", re.IGNORECASE)
# between a system and the participle on it, only its plural or its kind: "eight MiG-29s bought",
# "five C-130J aircraft bought" (not "a Su-33 prototype obtained", a thing studied)
BOUGHT_FLEET = re.compile(
    r"(?:s|es)?(?:\s+(?:aircraft|jets?|fighters?|trainers?|bombers?|transports?|helicopters?|tanks?|ships?|boats?|submarines?|frigates?|"
    r"corvettes?|destroyers?|cutters?|vessels?|systems?|batteries|launchers?|missiles?|drones?|vehicles?))?\s+"
)


def reduced_here(text: str, left: list[Slot], end: int, labels) -> bool:
    """Whether the participle ending at ``end`` follows its named theme ("S-400 systems bought from Russia")."""
    if not left or not left[-1].labels & set(labels):
        return False
    if OBJECT_PRONOUN_AFTER.match(text, end):
        return False  # "China built three corvettes and delivered them to Algeria": a verb with its object, the subject's own deed
    return bool(REDUCED_GAP.fullmatch(text[left[-1].end:end]))


# a pronoun object right after the verb: a participle that modifies the system before it takes none
OBJECT_PRONOUN_AFTER = re.compile(r"\s+(?:them|it|these|those)\b(?!\s+(?:is|was|were|are|has|had|have|said|says|seems?|appears?)\b)", re.IGNORECASE)


# a bracketed note or a citation mark may stand after the theme: "S-400 systems (NATO: SA-21), bought", "tanks [3], bought"
REDUCED_GAP = re.compile(r"(?:s|es)?(?:\s+[A-Za-z-]+){0,2}(?:\s*(?:\([^()]{1,50}\)|\[\d{1,3}\]))?,?\s+(?:\w+ly\s+)?\w+")


# "which Egypt bought from the same supplier", "bought more from the same source"
SAME_SUPPLIER = re.compile(r"[^.;:]{0,60}?\bfrom\s+the\s+same\s+(?:supplier|source|seller|exporter|vendor|country)\b", re.IGNORECASE)


def _earlier_supplier(slots: list[Slot], agents: list[Slot], start: int) -> list[Slot]:
    """The last state named before ``start`` that is not the buyer: the supplier "the same" points back to."""
    buyers = {ref.name for slot in agents for ref in slot.refs}
    earlier = [s for s in slots if s.end <= start and "State" in s.labels and s.kind != "demonym" and not {ref.name for ref in s.refs} & buyers]
    return earlier[-1:]


# "the Rafale came from France", "Su-35 fighters, the first of them, came": the system, or its kind of kit, heads the subject
# (", came from Russia": the comma that closes an apposition, "the army's tank, the T-90S, came from")
GOODS_BEFORE_COMING = re.compile(
    r"(?:s|es)?(?:\s+(?:fighters?|jets?|aircraft|helicopters?|bombers?|trainers?|frigates?|corvettes?|submarines?|destroyers?|ships?|boats?|vessels?|"
    r"tanks?|howitzers?|batteries|battery|systems?|launchers?|missiles?|drones?|regiments?|squadrons?|units?))?(?:\s*,[^,]{1,60},|,)?\s+(?:\w+ly\s+|also\s+|all\s+)?"
)


# kit that "now patrols" or "still guards" (frames.py), and the clause before it that says who got it:
# "the drones the air force received in 2020 now patrol ..."
KIT_ON_DUTY = re.compile(r"(?:patrols?|guards?|protects?|defends?)\b", re.IGNORECASE)
GOT_BEFORE_DUTY = re.compile(r"\b(?:received|bought|acquired|got|obtained|purchased|took delivery of|inherited|imported)\b[^.;]*$", re.IGNORECASE)


def _comes_as_goods(text: str, slots: list[Slot], start: int) -> bool:
    """Whether the subject of "came from" at ``start`` is a weapon system."""
    systems = [s for s in slots if s.end <= start and "WeaponSystem" in s.labels]
    return bool(systems) and GOODS_BEFORE_COMING.fullmatch(text, systems[-1].end, start) is not None


# A modifier set off after an object: "Su-30s bought from Russia", "the MiG-29M, which Russia delivered"
MODIFIER_OPENING = re.compile(
    r"s?(?:\s+[a-z][\w-]*){0,2}?(?:,\s*(?:which|that)\b|,?\s+(?:bought|purchased|acquired|supplied|delivered|built|made|ordered|obtained|received|imported|donated)\b)"
)
# "..., and the Ka-52 attack helicopter", "... bought from Russia and three C28A corvettes": a further object after the modifier
CONJUNCT_AFTER_MODIFIER = re.compile(r",?\s+and\s+(?:also\s+)?(?:the\s+|its\s+|their\s+)?(?:(?:some|several|a few|[\d,]+|[a-z]+-?[a-z]*)\s+){0,2}?$")
# what may not follow that object before the next comma: a verb of its own ("..., and the Su-35 was never delivered")
# or an attribution that leaves it in doubt ("..., and S-400 batteries according to Participant D")
OWN_VERB_AFTER = re.compile(
    r"[^,.;]*?\b(?:is|are|was|were|has|have|had|will|would|could|may|might|remains?|remained|stays?|stayed|became|becomes|did|does|do|"
    r"according|said|says|reportedly|claimed|claims|allegedly)\b",
    re.IGNORECASE,
)


def _conjuncts_after_modifier(text: str, slots: list[Slot], themes: list[Slot], labels) -> list[Slot]:
    """The systems that ", and" joins to an object list after a modifier of its last item."""
    last = themes[-1]
    modifier = MODIFIER_OPENING.match(text, last.end)
    if not modifier:
        return []
    later = [s for s in slots if s.start > last.end and s.labels & set(labels)]
    for index, slot in enumerate(later):
        if CONJUNCT_AFTER_MODIFIER.search(text[last.end:slot.start]) is None or re.search(r"[;:]|\bbut\b", text[last.end:slot.start]):
            continue
        comma_and = re.search(r",\s+and\s+(?:\S+\s+){0,3}$", text[last.end:slot.start])
        if not comma_and and ("," in text[last.end:slot.start] or re.search(r"\b(?:which|that)\b", modifier.group(0))):
            continue  # with no comma, only after a participle: "bought from Russia and three C28A corvettes", not "which has been fitted to ships and the Su-30MKI"
        group = next(g for g in _groups(text, later[index:]) if slot in g)
        return [] if OWN_VERB_AFTER.match(text, group[-1].end) else group
    return []


# "Its Su-27 and Su-30 fleet, acquired from Russia", "Their F-16s, bought in the 1980s": the sentence opens with the owner's pronoun
# "its MiG-29s were bought", "their first two Kilos were delivered": the owner's pronoun right before the system
OWNER_PRONOUN_BEFORE = re.compile(r"\b(?:its|their)\s+(?:(?:first|last|remaining|\d+|two|three|four|five|six|eight|ten|twelve)\s+){0,2}$", re.IGNORECASE)
OWNER_PRONOUN_OPENING = re.compile(r"\s*(?:Its|Their)\s+(?:[\w-]+\s+){0,3}?(?:(?:fleet|force|inventory)\s+of\s+)?(?:[\w-]+\s+)?")


def _pronoun_owner(text: str, reduced: list[Slot], context: "ParagraphContext", labels) -> list[Slot]:
    """The paragraph's subject, as owner of a system a reduced relative says was bought, when "Its" or "Their" opens the sentence on it."""
    if not reduced or not OWNER_PRONOUN_OPENING.fullmatch(text, 0, reduced[0].start):
        return []
    refs = tuple(ref for ref in context.subjects if ref.label in labels)
    return [Slot(0, 0, refs, "reference")] if refs else []


# "In 2023 the Agency received ...", "the navy bought ...": a subject no mention names, at a clause's start
UNNAMED_BUYER = re.compile(r"(?:^|[,;]\s+|\b(?:In|in|By|by|Since|since)\s+\d{4},?\s+)(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[A-Za-z][\w-]*\s+){1,3}?(?:(?:\w+ly|also|later|then|first|finally|has|have|had)\s+)*$")
# "from Beijing, not from Moscow", "to Egypt rather than to Algeria"
RULED_OUT = re.compile(r"\b(?:not|never|rather than|instead of)\s+(?:from|to)\s+(?:the\s+)?$", re.IGNORECASE)
# "India's main supplier of fighters": the possessor is who is supplied
SUPPLIER_OF = re.compile(r"(?:'s|’s)\s+(?:[a-z]+\s+)?(?:suppliers?|sellers?)\s+of", re.IGNORECASE)
# "the MiG-29M, which Russia delivered", "the Ka-52 attack helicopters that Egypt bought"
OBJECT_RELATIVE_GAP = re.compile(r"s?(?:\s+[a-z][\w-]*){0,3}?\s*,?\s*(?:which|that)\s+(?:the\s+)?")
VERB_AFTER_SUBJECT = re.compile(r"\s+(?:\w+ly\s+|also\s+|later\s+|then\s+)?")


def _object_relative_antecedent(text: str, before: list[Slot], agents: list[Slot], start: int, labels) -> list[Slot]:
    """The system a relative clause's verb takes as its object when the clause's subject is
    named right after "which" and the verb right after the subject; else nothing."""
    antecedent = _antecedent(before, labels)
    if not antecedent or agents[0].start < antecedent[0].end:
        return []
    if OBJECT_RELATIVE_GAP.fullmatch(text, antecedent[0].end, agents[0].start) and VERB_AFTER_SUBJECT.fullmatch(text, agents[-1].end, start):
        return antecedent
    return []


def _reduced_relative(text: str, left: list[Slot], end: int, labels) -> list[Slot]:
    """A participle right after its theme and before from/to/by modifies the theme."""
    left = _outside_closed_bracket(text, left, end)
    if not left or not left[-1].labels & set(labels):
        return []
    gap = text[left[-1].end:end]
    if REDUCED_GAP.fullmatch(gap) and COUNTERPART_AFTER.match(text, end):
        # "Su-22 and Su-30 jets bought from Russia": the participle modifies the whole group
        group = next(g for g in _groups(text, [s for s in left if s.labels & set(labels)]) if left[-1] in g)
        group = group if group[-1] is left[-1] else [left[-1]]
        for theme in group:
            theme.role = "object"
        return group
    return []


def _outside_closed_bracket(text: str, left: list[Slot], end: int) -> list[Slot]:
    """``left`` without the names in a short bracket closed right before ``end`` ("K9 Thunder howitzers
    (K9 VIDAR), bought", "(also sought by Qatar), bought"): a note on the theme, not the theme."""
    if not left or ")" not in text[left[-1].end:end]:
        return left
    opening = text.rfind("(", 0, left[-1].start)
    if opening == -1 or end - opening > 60 or text.find(")", opening) > end:
        return left
    return [s for s in left if s.end <= opening]


OWN_FLEET_BEFORE = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:fleet|inventory|front line|front-line|order of battle|air arm|submarine arm|holdings)\s+$", re.IGNORECASE)
# "In February 2022 its permanent representative criticised Russia": the state speaks through its envoy
OWN_SPEAKER_BEFORE = re.compile(
    r"\b(?:its|their)\s+(?:permanent\s+|deputy\s+|foreign\s+|defen[cs]e\s+)?(?:representatives?|ambassadors?|envoys?|delegations?|ministers?|ministry|"
    r"presidents?|prime ministers?|spokes(?:man|woman|person|people))\s+(?:(?:also|then|later|repeatedly|publicly|sharply|strongly|openly)\s+)?$",
    re.IGNORECASE,
)


# "it has also bought", "they had since ordered": the pronoun right before a verb, an auxiliary and an adverb between
PRONOUN_AUXILIARY_BEFORE = re.compile(r"\b(?:it|they)\b(?:['’](?:s|re))?\s*(?:\w+\s+)?(?:(?:also|since|already|then|later|again|now|still|recently|subsequently)\s+)?$", re.IGNORECASE)


def _pronoun_subject(text: str, start: int, left: list[Slot], context: "ParagraphContext", labels=("State",), sentence: list[Slot] = ()) -> list[Slot]:
    """"the batteries it bought": "it" or "they" right before the verb is the sentence's
    subject ("Finland bought American equipment: it ordered ..."), else the subject of the
    paragraph so far, else the last state named. ``sentence``: the sentence's mentions, whose
    opening subject "it" takes up in a later clause ("The Algerian Air Force flies the Su-30MKA,
    ..., and it took delivery of MiG-29Ms")."""
    # "it has also bought", "they had since ordered": an auxiliary and an adverb may stand between
    pronoun = PRONOUN_AUXILIARY_BEFORE.search(text[max(0, start - 24):start])
    position = max(0, start - 24) + pronoun.start() if pronoun else None
    if pronoun is None:  # "Its front line consists of eight MiG-29s": the fleet of whom "its" means
        owned = OWN_FLEET_BEFORE.search(text, max(0, start - 40), start) or OWN_SPEAKER_BEFORE.search(text, max(0, start - 50), start)
        position = owned.start() if owned else None
    if position is None:
        return []
    named = [s for s in left if s.labels & set(labels)]
    if named and named[0] is left[0] and named[0].role == "object" and not re.match(r"(?:'s|’s)", text[named[0].end:named[0].end + 2]):
        return named[:1]
    opening = sentence[0] if sentence else None
    if (
        opening is not None and opening.end <= position and opening.labels & set(labels)
        and opening.kind not in ("demonym", "reference")
        and re.fullmatch(r"\W*(?:the\s+)?", text[:opening.start], re.IGNORECASE)
        # "Argentina's purchase of JF-17s from Pakistan fell through, and it bought F-16s": the opening
        # possessor, not the seller named last
        and (OPENING_VERB_AFTER.match(text, opening.end) or OPENING_POSSESSOR_AFTER.match(text, opening.end))
    ):
        return [opening]
    clause_subject = _earlier_clause_subject(text, position, list(sentence) or left, labels)
    if clause_subject:
        return clause_subject
    subjects = tuple(ref for ref in context.subjects if ref.label in labels)
    if "State" in labels:  # "it" or "they" after an aside about the state's own force
        subjects = context.owner_subject(subjects) or subjects
    if len(set(subjects)) > 1 and (pronoun is None or pronoun.group(0).lower().startswith("it")):
        return []  # ("its" is singular too) "Egypt and Jordan host drills. Since 2017 it has hosted ...": "it" is one of them, which is not said
    # "The air force flies Su-30SMs delivered by Russia; it also fields ...": a state this sentence
    # names only as an agent, source, recipient or partner is not who "it" goes on to speak of
    oblique = [s for s in left if s.end <= position and set(s.refs) & set(subjects)]
    if oblique and all(OBLIQUE_STATE_BEFORE.search(text, max(0, s.start - 12), s.start) for s in oblique):
        return []
    if subjects:
        return [Slot(0, 0, subjects, "reference")]
    states = [s for s in left if "State" in s.labels and not OBLIQUE_STATE_BEFORE.search(text, max(0, s.start - 12), s.start)]
    if states:
        return states[-1:]
    topic = next(((ref,) for ref in context.previous_named if ref.label in labels), ())
    refs = topic or context.last_before_sentence(labels)  # "Does the PLA Air Force fly it? It flies the GJ-2."
    return [Slot(0, 0, refs, "reference")] if refs else []


OBLIQUE_STATE_BEFORE = re.compile(r"\b(?:by|from|to|with|than)\s+(?:the\s+)?$", re.IGNORECASE)


# "..., all built in Russia and delivered": a participle set off after a comma, joined by "and" to the trigger
PASSIVE_CONJUNCT_BEFORE = re.compile(
    r",\s+(?:(?:all|both|each|most|many|some|several|mostly|the\s+first|the\s+last)\s+)?(?:\w+ly\s+)?"
    # (not "built them under licence and exported them": a verb with its object, the subject's own deeds)
    r"(?:built|made|bought|produced|assembled|designed|developed|ordered|purchased|acquired|refitted|upgraded)\b(?!\s+(?:them|it|these|those|the|a|an|its|their)\b)"
    r"[^,;:.()]{0,50}\s+and\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


# "joining as a full participant", "joined as an observer": a role in an exercise or a forum, not membership
JOINED_AS_NON_MEMBER = re.compile(r"\s+as\s+(?:an?\s+)?(?:full\s+|active\s+)?(?:participants?|observers?|guests?|partners?)\b", re.IGNORECASE)


def _reduced_passive_agents(text: str, trigger: int, agents: list[Slot]) -> bool:
    """Whether ``agents`` are only the "by" agents of a participle after a noun ("flies Su-30SMs
    delivered by Russia"): the sentence is not about them, so a later "it" is not them."""
    if not agents or PASSIVE_AUXILIARY_BEFORE.search(text, max(0, trigger - 20), trigger):
        return False
    return all(s.start > trigger and re.search(r"\bby\s+(?:the\s+)?$", text[max(0, s.start - 8):s.start], re.IGNORECASE) for s in agents)


def _earlier_clause_subject(text: str, pronoun_start: int, left: list[Slot], labels) -> list[Slot]:
    """"Neutral in the Cold War, Sweden was no member of NATO; it joined in 2024": "it" after a clause
    break is the subject of the clause before it, where the sentence named one state only and a verb
    follows it, rather than the paragraph's subject of earlier sentences."""
    named = [s for s in left if s.end <= pronoun_start and s.labels & set(labels) and s.kind not in ("demonym", "reference")]
    if len({ref for s in named for ref in s.refs}) != 1 or len(named[-1].refs) != 1:
        return []
    subject = named[-1]
    if _after_fronted_clause(text, subject.start, pronoun_start):
        return [subject]
    if not CLAUSE_SUBJECT_VERB.match(text, subject.end) or not PRONOUN_CLAUSE_BREAK.search(text, subject.end, pronoun_start):
        return []
    return [subject]


# the subject right after the conjunction of a fronted clause: "Though Angola ...", "While the UAE ..."
FRONTED_CLAUSE_SUBJECT = re.compile(r"\W*(?:(?:even\s+)?(?:al)?though|while|whereas|since|because|as|before|after|when|once|until)\s+(?:the\s+)?", re.IGNORECASE)


def _after_fronted_clause(text: str, subject_start: int, pronoun_start: int) -> bool:
    """Whether "it" or "they" opens the main clause right after a fronted subordinate clause whose
    subject starts at ``subject_start``: "Though Angola sits in no planning cell, it has been a
    member of SADC since 1992" ("it" is Angola)."""
    if not FRONTED_CLAUSE_SUBJECT.fullmatch(text, 0, subject_start):
        return False
    turned = _fronted_clause_end(text)
    return turned is not None and subject_start < turned and not text[turned:pronoun_start].strip()


CLAUSE_SUBJECT_VERB = re.compile(r"\s+(?:\w+ly\s+)?(?:is|was|are|were|has|had|have|did|does|[a-z]+ed|[a-z]+s)\b")
# "Sweden bought ...; it also ...", "..., but it ...": where a new clause, and its own "it", begins
PRONOUN_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but)\b|\s+but\b")


def _fronted_pronoun_subject(text: str, start: int, context: "ParagraphContext", labels) -> list[Slot]:
    """"In 2023 they held Varuna", "Since 2017, it has hosted Bright Star": "it" or "they" right
    before the verb, after a fronted date or phrase, is the paragraph's subject, as it is opening
    the sentence; "it" for two subjects is neither."""
    pronoun = re.search(r"\b(?:it|they)\s+(?:\w+\s+)?$", text[max(0, start - 20):start], re.IGNORECASE)
    at = max(0, start - 20) + pronoun.start() if pronoun else None
    if pronoun is None:  # "After long talks, they conducted a joint naval patrol": the pronoun right after the fronted phrase
        fronted = FRONTED_PRONOUN.match(text, 0, start)
        at = fronted.start("pronoun") if fronted else None
    if at is None or not text[:at].strip():
        return []  # opening the sentence, the pronoun is each frame's own to read
    subject = context.subject(labels, text[at:], [])
    if subject and len(set(subject[0].refs)) > 1 and text[at:at + 2].lower() == "it":
        return []
    return subject


# a phrase set off by a comma, then the pronoun and its verb: "After long talks, they conducted ..."
FRONTED_PRONOUN = re.compile(r"[^,;:.()]{2,60},\s+(?P<pronoun>it|they)\s+(?:\w+ly\s+)?(?-i:[a-z]+)(?:ed|s)?\b", re.IGNORECASE)
# a sentence that opens on its partners ("With India and Brazil it has held ..."), then the pronoun before the verb
FRONTED_PARTNERS = re.compile(r"\W*(?:(?:[\w-]+\s+){0,3},?\s*)?(?:together\s+)?with\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)
PRONOUN_BEFORE_VERB = re.compile(r"\b(?:it|they)\s+(?:(?:has|have|had|also|again|regularly|since)\s+){0,2}$", re.IGNORECASE)


# the opening name is the subject when a verb follows it: "The Algerian Air Force flies", "Egypt has long bought"
OPENING_VERB_AFTER = re.compile(r"\s+(?:(?:also|already|still|now|long|has|have|had|is|are|was|were)\s+){0,2}[a-z]+(?:s|ed)\b")
# a state opening the sentence as the owner of its subject: "Argentina's purchase of ...", "Egypt's own bid for ..."
OPENING_POSSESSOR_AFTER = re.compile(r"(?:'s|’s)\s+(?:[a-z][\w-]*\s+){0,2}?(?:purchase|order|bid|deal|contract|plan|talks|negotiations|search|tender|competition|attempt|effort)s?\b")


def _possessor(text: str, left: list[Slot], theme: Slot, labels) -> list[Slot]:
    """"China's four Sovremenny-class destroyers were bought": the owner of the theme."""
    owners = [s for s in left if s.end <= theme.start and s.labels & set(labels)]
    # ("the Indian Army's main battle tank, the T-90S, ...": the theme in apposition to the owned noun)
    if owners and re.fullmatch(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,3}(?:[\w-]+,\s+the\s+)?", text[owners[-1].end:theme.start]):
        return owners[-1:]
    return []


def _headword(text: str, slots: list[Slot], labels) -> list[Slot]:
    """"S-400 — India ordered five squadrons": a definition list's term is the theme."""
    if slots and slots[0].start == 0 and slots[0].labels & set(labels) and re.match(r"\s*(?:[—–:-]|--)", text[slots[0].end:slots[0].end + 3]):
        return slots[:1]
    return []


def _double_object(right: list[Slot], themes: list[Slot]) -> list[Slot]:
    """"sold China the S-400": a state right after the verb and before the theme."""
    if not themes:
        return []
    return [s for s in right if s.end <= themes[0].start and s.role == "object" and s.labels & {"State", "ArmedForce"}]


def _pronoun_recipient(text: str, end: int, themes: list[Slot], agents: list[Slot], context: "ParagraphContext", sentence: list[Slot] = ()) -> list[Slot]:
    """"The latter also sold it Su-30MKI fighters": "it" or "them" between the verb and the
    theme is the buyer, the state the paragraph was last about other than the seller; where an
    earlier clause of the sentence named one state ("Kenya became a customer when France sold
    it ..."), that state."""
    if not themes or not PRONOUN_RECIPIENT.fullmatch(text, end, themes[0].start):
        return []
    sellers = {ref for slot in agents for ref in slot.refs}
    in_sentence = _clause_state_before(text, sentence, agents, sellers)
    if in_sentence:
        return in_sentence
    refs = tuple(ref for ref in context.state_subjects_before if ref not in sellers) or _one_state_before(context, sellers)
    if len(refs) > 1 and re.match(r"\s+it\b", text[end:end + 4], re.IGNORECASE):
        return []  # "India and Pakistan were courted. France sold it ...": "it" is one of them, which is not said
    return [Slot(0, 0, refs, "reference")] if refs else []


# "Russia, a major supplier to India, ...", "Israel remains the main arms supplier to Azerbaijan, ...": the seller
# named by a noun of supplying with its recipient, as an apposition or after a copula ...
SUPPLIER_NOUN_TO = re.compile(
    r"(?:\s*,\s*|\s+(?:is|was|remains|remained|became|has become|had become|has been|had been|has long been)\s+)(?:(?:still|long|also|now|once)\s+)?(?:a|an|the|its|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:supplier|exporter|seller|provider|source)\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# ... and the sale told right after the recipient, as a participle or a verb set off by a comma: ", selling it", ", and sold"
SALE_AFTER_SUPPLIER_NOUN = re.compile(r"\s*,\s*(?:and\s+)?(?:(?:has|had|also|\w+ly)\s+){0,2}$", re.IGNORECASE)


def _recipient_of_supplier_noun(text: str, sentence: list[Slot], seller: Slot, start: int) -> list[Slot]:
    """The buyer a seller's own noun of supplying names right before the sale: "Israel remains the
    main arms supplier to Azerbaijan, selling Harop drones", "Russia, a major supplier to India,
    sold it T-90 tanks" (Azerbaijan and India buy)."""
    if "to" not in text[seller.end:start]:
        return []
    recipient = next((s for s in sentence if seller.end < s.start < start and "State" in s.labels), None)
    if recipient is None or not SUPPLIER_NOUN_TO.fullmatch(text, seller.end, recipient.start):
        return []
    return [recipient] if SALE_AFTER_SUPPLIER_NOUN.fullmatch(text, recipient.end, start) else []


# where a clause before the seller's ends: "...: France sold it", "..., when France sold it", "...; in 2020 France sold it"
CLAUSE_BEFORE_SELLER = re.compile(r"(?:[:;]|,\s+(?:and|so|when|after|as|because|before|until|once)|\s+(?:when|after|because|once|and|so))\s+(?:(?:in|by|since)\s+(?:\w+\s+)?\d{4},?\s+)?(?:the\s+)?$", re.IGNORECASE)


OWNER_PRONOUN_BETWEEN = re.compile(r"\b(?:its|their)\b", re.IGNORECASE)


def _clause_state_before(text: str, sentence: list[Slot], agents: list[Slot], sellers: set[Ref]) -> list[Slot]:
    """The one state (by name, not a nationality adjective) an earlier clause of the sentence
    names before the seller, where a clause break stands right before the seller: who "it"
    after the verb stands for ("Ukraine was the first customer: Turkey sold it six drones")."""
    if not agents or not agents[0].end or not CLAUSE_BEFORE_SELLER.search(text, max(0, agents[0].start - 40), agents[0].start):
        return []
    earlier = [s for s in sentence if s.end <= agents[0].start and s.kind not in ("demonym", "reference") and "State" in s.labels]
    states = {ref for s in earlier for ref in s.refs if ref.label == "State" and ref not in sellers}
    if len(states) != 1 or len(earlier[-1].refs) != 1 or earlier[-1].refs[0] not in states:
        return []
    # ("The United States supplied most of its early fleet, and France sold it ...": a possessive in between
    # already stands for someone else, whom "it" goes on with)
    return [] if OWNER_PRONOUN_BETWEEN.search(text, earlier[-1].end, agents[0].start) else earlier[-1:]


def _one_state_before(context: "ParagraphContext", sellers: set[Ref]) -> tuple[Ref, ...]:
    """"Pakistan's navy grew out of its alliances. France sold it submarines": where the sentence
    before had no state for its subject, the one state it named (a force standing for its own
    state) other than the seller; nothing where it named two."""
    owners = [ref if ref.label == "State" else Ref(context.memory.force_states[ref.name], "State") for ref in context.previous_named if ref.label == "State" or ref.name in context.memory.force_states]
    states = tuple(dict.fromkeys(ref for ref in owners if ref not in sellers))
    return states if len(states) == 1 else ()


# ("sold it an initial batch of six TB2s": a batch counted before the goods)
PRONOUN_RECIPIENT = re.compile(r"\s+(?:it|them)\s+(?:(?:an?|its|their|another)\s+(?:[\w-]+\s+)?(?:batch|consignment|shipment|lot|tranche|squadron|pair)\s+of\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of|several|more|some|new|further|the|its|their|additional)\s+){0,2}", re.IGNORECASE)


OWN_YEAR_AFTER = re.compile(r"\s+in\s+(?:\w+\s+)?((?:1[89]|20)\d\d)\b|\s*\((?:\w+\s+)?((?:1[89]|20)\d\d)\)")


def _own_year(text: str, slot: Slot) -> int | None:
    """The year right after a mention: "Iran in 2023", "BRICS in January 2024", "Croatia (2009)"."""
    found = OWN_YEAR_AFTER.match(text[slot.end:slot.end + 22]) if slot.end else None
    return int(found.group(1) or found.group(2)) if found else None


GAPPED_YEAR = re.compile(
    # ("... and Belarus, the newest member, in July 2024": an apposition may stand before the year)
    r"(?:,\s+(?:the|its|our)\s+(?:[a-z][\w-]*\s+){1,3}?(?:member|members|entrant|arrival|addition|newcomer)s?,)?"
    r"(?:\s+in\s+(?:\w+\s+)?(?:1[89]|20)\d\d|\s*\((?:\w+\s+)?(?:1[89]|20)\d\d\)|"
    r"\s+(?:a|one|two|three|four|five) years? later\b|\s+the (?:following|next) year\b|"  # "..., Iran in 2023 and Belarus a year later"
    r"\s+last year\b)",  # "..., Iran in 2023 and Belarus last year": a year told from the writer's present
    re.IGNORECASE,
)


def _distributed(text: str, right: list[Slot], places: list[Slot]) -> list[tuple[Slot, Slot]]:
    """"with Thailand and with Indonesia in the Andaman Sea, and with Bangladesh in the Bay of
    Bengal": each partner ("with ...") and the place named after it, when the partners and the
    places alternate; nothing when they do not ("with India and Japan in the Arabian Sea and
    the Bay of Bengal" is every partner in every place)."""
    partners = [s for s in right if s.labels & {"State", "ArmedForce"} and s.role == "with"]
    shares, waiting, previous = [], [], None
    for slot in sorted(partners + places, key=lambda s: s.start):
        if slot in places:
            if not waiting and previous is not None:
                return []  # a second place with no partner of its own: "in A and B"
            shares += [(partner, slot) for partner in waiting]
            waiting, previous = [], slot
        else:
            waiting.append(slot)
    return shares if not waiting and len({place.start for _, place in shares}) > 1 else []


NAME_ASIDE = re.compile(r"\s*\((?![^()]*\d{4})[^()]{1,30}\)")  # "(later CENTO)", not "(2009)"


# ", China four H-6K", "; India, the Su-30MKI": a later subject whose verb is left out, then its own systems
# (", China four H-6K", "; the navy two frigates", and with no comma "Yugoslavia flew the Orao and Romania the IAR-93")
GAPPED_SUBJECT_BEFORE = re.compile(r"(?:,|;)\s*(?:and\s+|while\s+|whereas\s+)?(?:the\s+)?\Z|\s+and\s+(?:the\s+)?\Z")
GAPPED_OBJECT_BEFORE = re.compile(r",?\s+(?:(?:the|its|their|some|\d+|one|two|three|four|five|six|eight|ten|twelve|several|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}")


# "close to an Australian P-8", "flew J-10Cs against Indian Rafales" (a plural needs no article)
BESIDE_CRAFT = re.compile(r"\b(?:close to|near|towards?|alongside|past|behind|beside|around|at|against)\s+(?:(?:an?|the|two|three|several)\s+)?\Z", re.IGNORECASE)


JOINING = re.compile(r"(?:re)?join(?:s|ed|ing)?", re.IGNORECASE)
# what may stand between "joined" and the crafts joined: "two Chinese", "a pair of", "the"
JOINED_CRAFT_GAP = re.compile(r"\s+(?:(?:the|a|an|two|three|four|five|six|\d+|several|a pair of|a group of|its|their)\s+){0,2}(?:[\w-]+\s+)?")


def _joined_crafts(text: str, start: int, end: int, slots: list[Slot]) -> bool:
    """Whether "joined" takes crafts as its object ("joined two Chinese H-6K bombers"): aircraft
    or ships joining others, not a party joining an exercise."""
    if not JOINING.fullmatch(text[start:end]):
        return False
    following = [s for s in slots if s.start >= end][:2]
    if not following or "Exercise" in following[0].labels or not JOINED_CRAFT_GAP.fullmatch(text, end, following[0].start):
        return False
    if "WeaponSystem" in following[0].labels:
        return True
    # "joined two Chinese H-6K bombers": a nationality word, then the craft
    return following[0].kind == "demonym" and len(following) > 1 and "WeaponSystem" in following[1].labels and text[following[0].end:following[1].start].isspace()


def _pair_named_before(text: str, slots: list[Slot], source: Slot) -> int | None:
    """Where the pair that a "both" source stands for opens, when it is named right before it
    ("Beijing and Moscow have both condemned"); None otherwise."""
    if source.kind != "reference" or not PAIR_WORD.match(text, source.start):
        return None
    named = [s for s in slots if s.end <= source.start and s.kind != "reference"]
    group = _groups(text, named)[-1] if named else []
    if len(group) == 2 and re.fullmatch(r"\s+(?:(?:have|has|had)\s+)?", text[group[-1].end:source.start]):
        return group[0].start
    return None


def _one_hub(pairs: set[tuple[Ref, Ref]]) -> bool:
    """Whether one entity is a party to every pair: a subject's ties with each state of a list."""
    return bool(set.intersection(*({a.name, b.name} for a, b in pairs)))


def _owned_by_other(text: str, slots: list[Slot], theme: Slot, agents: list[Slot]) -> bool:
    """Whether a nationality word right before ``theme``, after a preposition of place ("close
    to an Australian P-8"), names a state other than the agents'. Not "flies Russian Su-30s",
    where the word names the maker."""
    before = [s for s in slots if s.end <= theme.start and s.kind == "demonym" and text[s.end:theme.start].isspace()]
    if not before or not BESIDE_CRAFT.search(text, max(0, before[-1].start - 30), before[-1].start):
        return False
    owners = {ref.name for ref in before[-1].refs if ref.label == "State"}
    acting = {ref.name for s in agents for ref in s.refs}
    return bool(owners) and not owners & acting


def _gapped_owners(text: str, slots: list[Slot], themes: list[Slot], sources) -> list[tuple[Slot, Slot]]:
    """(owner, system) for each system after the first that follows a gapped clause's own
    subject: "Russia sent two Tu-95MS, China four H-6K" gives China its H-6K."""
    found = []
    for earlier, theme in zip(themes, themes[1:]):
        between = [s for s in slots if earlier.end <= s.start and s.end <= theme.start]
        if len(between) != 1 or not between[0].labels & set(sources) or between[0].kind == "demonym":
            continue
        owner = between[0]
        if GAPPED_SUBJECT_BEFORE.search(text, earlier.end, owner.start) and GAPPED_OBJECT_BEFORE.fullmatch(text, owner.end, theme.start):
            found.append((owner, theme))
    return found


def _gapped(text: str, right: list[Slot], labels) -> list[Slot]:
    """", Iran in 2023 and Belarus in 2024", "then Bulgaria and Romania (2004), Albania (2009)":
    states (or groups of them) that repeat the verb by ellipsis, each with its year."""
    found = []
    for group in _groups(text, [s for s in right if s.labels & set(labels)]):
        # ("SEATO in 1954 and the Baghdad Pact (later CENTO) in 1955": an article before the name, an aside after it)
        aside = NAME_ASIDE.match(text, group[-1].end)
        if GAPPED_YEAR.match(text, aside.end() if aside else group[-1].end) and re.search(r"(?:,|\band|followed by|then)\s*(?:the\s+)?$", text[:group[0].start]):
            found += group
        elif AFTER_OTHERS_BEFORE.search(text, max(0, group[0].start - 40), group[0].start) and re.match(r"\s*(?:[.;]|$)", text[group[-1].end:]):
            found += group  # "Belarus joined in July 2024, a year after Iran": Iran did the same a year before
    return found


# ", a year after Iran", ", two months before Egypt" closing a clause: another who did the same
AFTER_OTHERS_BEFORE = re.compile(r",\s+(?:a|an|one|two|three|four|five|six|\d+|some|several|a few|just)\s+(?:full\s+)?(?:years?|months?|weeks?|days?|decades?)\s+(?:after|before)\s+(?:the\s+)?$", re.IGNORECASE)


# "... and extended its sanctions on Belarus": a second predicate with no subject of its own
# ("... in 2014 and has condemned the invasion of Ukraine": an auxiliary may come first)
# ("... and in December 2020 imposed sanctions on ...": a date may open the second predicate)
SECOND_PREDICATE = re.compile(r"\s+and\s+(?:(?:in|on|by|from)\s+(?:(?-i:[A-Z])[a-z]+\s+)?(?:\d{1,2}\s+)?\d{4},?\s+)?(?:(?:also|later|then|has|have|had|\w+ly)\s+){0,2}$", re.IGNORECASE)
SEMICOLON_PREDICATE = re.compile(r";\s*(?:(?:also|later|then|now|still|since|\w+ly)\s+){0,2}$", re.IGNORECASE)
# "drew sharp criticism from", "came under fire ... from": what the criticised did
CRITICISM_DRAWN = re.compile(
    r"\b(?:drew|draws|drawing|drawn|faced|faces|facing|attracted|attracts|earned|earns|met with|meets with|came under)\s+(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
# "firms accused of", "was accused of": the accused stand before; "has accused": the accuser
ACCUSED_OF = re.compile(r"\s+(?:\w+ly\s+)?(?:of|by|in)\b")
ACCUSED_PARTICIPLE = re.compile(r"\b(?:(?!has\b|always\b|thus\b|perhaps\b)[a-z]+s|was|were|is|are|been|being|be)\s+$")
TEXT_ABOUT = re.compile(r"\b(?:texts?|drafts?|resolutions?|motions?|proposals?)\s+(?:on|about|concerning|regarding)\s+(?:the\s+)?$", re.IGNORECASE)
OWN_VERB = re.compile(r"\s+(?:\w+ly\s+)?(?:[a-z]+ed|struck|fought|hit|took|made|won|lost)\b")
# ("and protests to Beijing": a verb by the recipient of the protest after it)
FINITE_VERB = re.compile(r"(?!(?:sanctions|measures|packages?|criticism|opposition)\b|protests?\b(?!\s+(?:to|against)\b))[a-z]+(?:ed|es|s)\b")
# what may stand before a sentence's subject: a paragraph number, "The", "The Council of the"
SUBJECT_OPENING = re.compile(
    r"\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:in|on|by)\s+[^,]{1,30},\s*)?(?:the\s+)?(?:(?:council|government|ministry|department|parliament|commission)\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)


def _new_clause_subject(text: str, group: list[Slot]) -> list[Slot]:
    """"Paris condemned Iran, and Japan criticised ...": of a group whose head is a verb's object,
    only the names after the ", and" that opens the new clause are its subject."""
    if len(group) < 2 or not OBJECT_OF_VERB.search(text, max(0, group[0].start - 30), group[0].start):
        return group
    opens = [i for i in range(1, len(group)) if re.fullmatch(r"[^,;]*,\s+and\s+", text[group[i - 1].end:group[i].start])]
    return group[opens[-1]:] if opens else group


def _shared_subject(text: str, slots: list[Slot], start: int, labels, nearest: list[Slot]) -> list[Slot]:
    """The sentence's subject for a trigger that opens a second predicate ("Japan froze the
    assets of two Syrian banks and extended its sanctions on Belarus": Japan), where the
    ``nearest`` names before the trigger are the first predicate's objects, not the subject of
    a verb of their own ("..., and Russia retaliated and condemned the United States")."""
    if not SECOND_PREDICATE.search(text, max(0, start - 24), start) or not FINITE_VERB.match(text, start):
        return []  # a verb: "and sanctions followed" opens no predicate
    if nearest and OWN_VERB.match(text, nearest[-1].end):
        return []
    return _sentence_subject(text, slots, start, labels)


def _object_of_first_predicate(text: str, slots: list[Slot], start: int, nearest: list[Slot], labels) -> bool:
    """Whether the ``nearest`` names before a trigger that opens a second predicate are the first
    predicate's object ("The union condemned Egypt for the arrests and protested against ...") under
    a subject that names no entity, so that they must not stand in as the trigger's subject."""
    if not nearest or nearest[-1].end > start or not SECOND_PREDICATE.search(text, max(0, start - 24), start) or not FINITE_VERB.match(text, start):
        return False
    if re.search(r"[;]|,\s+and\s", text[nearest[-1].end:start]) or OWN_VERB.match(text, nearest[-1].end):
        return False
    return bool(OBJECT_OF_VERB.search(text, max(0, nearest[0].start - 30), nearest[0].start)) and not _sentence_subject(text, slots, start, labels)


def _sentence_subject(text: str, slots: list[Slot], start: int, labels) -> list[Slot]:
    """The group of ``labels`` mentions that opens the sentence before ``start``, if one does."""
    first = next((s for s in slots if s.start < start), None)
    if first is None or not first.labels & set(labels) or not SUBJECT_OPENING.fullmatch(text, 0, first.start):
        return []
    return _first_group(text, [s for s in slots if s.start < start])


# "bid", "aspirations": membership sought; "would", "years away": membership imagined
ORGANIZATION_OWNS = re.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:exercises?|drills?|manoeuvres|maneuvers|war ?games)\b", re.IGNORECASE)
# "founded by China and Russia after the collapse of the Soviet Union": the states inside a
# time phrase name the event, not founders (unless a "by" after it brings the founders)
EVENT_PHRASE = re.compile(r"\s(?:after|following|before|amid|during|in the wake of)\s+the\s", re.IGNORECASE)


def _before_event_phrase(text: str, end: int, members: list[Slot]) -> list[Slot]:
    """The members that stand before a time phrase naming an event ("after the Iranian
    revolution"), or after a "by" that follows it ("after the war by Russia and ...")."""
    event = EVENT_PHRASE.search(text, end, members[-1].start) if members else None
    if event is None:
        return members
    return [s for s in members if s.start < event.start() or re.search(r"\bby\b", text[event.end():s.start])]


STEP_OF = re.compile(r"\b(?:bids?|requests?|applications?|offers?|proposals?|candidacy|decisions?|statements?|positions?|interest|wish|intention)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# a membership named as what is pursued or weighed: "the process of accession to", "the conditions of full membership"
MEMBERSHIP_NOUN = re.compile(r"(?:accession|membership|entry into)(?: to| of| in)?", re.IGNORECASE)
# an accession owned by a pronoun, which the states before it approve: "had ratified its accession protocol"
OWNED_ACCESSION = re.compile(r"\b(?:ratif(?:ied|ies|y|ying)|approv(?:ed|es|e|ing)|back(?:ed|s)?|endors(?:ed|es|e)|welcom(?:ed|es|e)|block(?:ed|s)?|delay(?:ed|s)?)\s+(?:its|their|his|her)\s+$", re.IGNORECASE)
SOUGHT_BEFORE = re.compile(
    r"\b(?:process|path|road|roadmap|bid|request|application|conditions|criteria|terms|prospects?|steps|talks|negotiations|preparations?)\s+"
    r"(?:of|for|on|towards?|to)\s+(?:(?:the|its|their|full|formal|eventual)\s+)*$",
    re.IGNORECASE,
)
# what a membership noun is the bid of: "Sweden's accession talks", "Albania's NATO membership bid"
SOUGHT_NOUN = r"\s*(?:bids?|applications?|aspirations?|ambitions?|hopes?|talks|negotiations|candidacy|process|prospects?|path|plans?|requests?|drive|push|goal|action plan)\b"
SOUGHT_MEMBERSHIP = re.compile(SOUGHT_NOUN + r"|[^.;:,]{0,30}?\b(?:would|could|might|may|will|years away|unlikely|distant)\b", re.IGNORECASE)
SOUGHT_AFTER_NOUN = re.compile(SOUGHT_NOUN, re.IGNORECASE)


# a membership told as over: "Kyrgyzstan's membership of the CIS lapsed in 2009", "... was suspended"
ENDED_MEMBERSHIP = re.compile(
    r"\s*(?:(?:was|were|has been|had been|is|got)\s+)?(?:formally\s+)?(?:lapsed|ended|expired|suspended|terminated|revoked|frozen|ceased|cancell?ed|annulled)\b",
    re.IGNORECASE,
)
# between "membership" and its body: "Nigeria's membership of the SCO", "membership in the G20"
MEMBERSHIP_LINK = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?", re.IGNORECASE)


def _held_membership(text: str, left: list[Slot], owner: list[Slot], right: list[Slot], start: int, end: int) -> bool:
    """Whether "membership" or "entry into" states a membership held: a state's own
    ("Albania's NATO membership", "Montenegro's entry into NATO"), not one sought or imagined."""
    orgs = owner or _first_group(text, [s for s in right if "Organization" in s.labels and (s.start - end <= 6 or MEMBERSHIP_LINK.fullmatch(text, end, s.start))])
    if not orgs:
        return False
    anchor = owner[0].start if owner else start
    holder = [s for s in left if "State" in s.labels and s.end <= anchor]
    possessive = holder and re.fullmatch(r"(?:'s|’s)\s+", text[holder[-1].end:anchor])
    after = max(end, orgs[-1].end)
    return bool(possessive) and not SOUGHT_MEMBERSHIP.match(text, after) and not ENDED_MEMBERSHIP.match(text, after)


# Pieces of a system made or traded, not the system: "built parts of the jet's fuselage", "supplies
# spare parts for the Su-27", "makes components for the F-35"
PARTS_OF = re.compile(
    r"\s+(?:(?:the|some|many|most|all|key|major|critical|spare|its|their|\d+)\s+){0,2}?(?:parts|components|sub-?assemblies|sections|pieces|spares|subsystems)\s+(?:of|for)\b",
    re.IGNORECASE,
)


# "Since joining NATO in 1982, Spain ...", "As a member of the CSTO, Belarus ...": the subject
# of the main clause joined
INVERTED_SUBJECT = re.compile(r"[^,.;:]{0,40}?\s(?:were|was|are|is)\s+(?:the\s+)?")
# (after a white paper's paragraph number: "4.8 As a member of NATO, Poland ...")
GERUND_OPENING = re.compile(r"\W*(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+)?(?:(?:since|after|upon|on|by|while|when)\s+|as\s+(?:(?:a|an)\s+)?(?:full\s+|founding\s+|fellow\s+|permanent\s+|non-permanent\s+|elected\s+)?)?$", re.IGNORECASE)
PERFECT_OPENING = re.compile(r"\W*having\s+(?:(?:first|already|finally|formally|only|just)\s+)?$", re.IGNORECASE)


# "India, a member of the SCO": a state, a comma, and the member phrase
JOINED_BEFORE = re.compile(r"\b(?:re-?)?join(?:s|ed)?\s+(?:the\s+)?$", re.IGNORECASE)
EXISTING_MEMBERS = re.compile(r",\s+(?:the|its)\s+(?:existing|other|current|founding|original|first)\s+(?:(?:\w+|\d+)\s+)?members\b", re.IGNORECASE)
JOINED_AS_MEMBERS = re.compile(r"\s+(?:in\s+\d{4}\s+)?as\s+(?:the\s+)?(?:\w+\s+)?(?:founding\s+|full\s+|fellow\s+|original\s+)?members?\s+of\s+(?:the\s+)?", re.IGNORECASE)
APPOSED_MEMBER = re.compile(r",\s+(?:(?:a|an|the|one|both|all|each)\s+)?(?:(?:long-?time|longstanding|long-standing|full|active|key|fellow|founding|leading)\s+)?$", re.IGNORECASE)


# "The United States, a founding member, hosts ...", "Turkey and Hungary, the last two members to ratify, ...":
# "member" in an apposition of its own, with the organization in view
BARE_APPOSED_MEMBER = re.compile(
    r",\s+(?:(?:a|an|the)\s+)?(?:(?:founding|full|newest|latest|last|first|original|(?:two|three|four|five|\d+))\s+){1,3}$", re.IGNORECASE
)
BARE_APPOSITION_CLOSE = re.compile(r"(?:\s+to\s+(?:ratify|join|sign)\b[^,;.()]{0,40}?)?\s*,", re.IGNORECASE)


# what may stand before "member of" opening an entry's sentence with its subject left out: "A founding member of"
ENTRY_MEMBER_OPENING = re.compile(r"\W*(?:(?:a|an)\s+)?(?:(?:founding|founder|full|original|early|long-standing|longstanding)\s+)?", re.IGNORECASE)


def _entry_heading_member(text: str, start: int, left: list[Slot], context: "ParagraphContext") -> list[Slot]:
    """"## Kazakhstan" over "A founding member of the CSTO (1992) and of the SCO (2001).": a
    sentence of an entry that opens on "member of" with no subject is about the one state its
    heading names."""
    if left or not ENTRY_MEMBER_OPENING.fullmatch(text, 0, start):
        return []
    states = tuple(dict.fromkeys(ref for ref in context.memory.heading_refs if ref.label == "State"))
    return [Slot(0, 0, states, "reference")] if len(states) == 1 else []


def _bare_apposed_member(text: str, left: list[Slot], start: int, end: int, context: "ParagraphContext") -> bool:
    """Whether a bare "member" stands in an apposition of its own to the states before it,
    with an organization the sentence or the paragraph has named for it to be of."""
    states = [s for s in left if "State" in s.labels]
    if not states or not BARE_APPOSED_MEMBER.fullmatch(text, states[-1].end, start) or not BARE_APPOSITION_CLOSE.match(text, end):
        return False
    return any("Organization" in s.labels for s in left) or bool(context.organization())


def _appositive_member(text: str, left: list[Slot], start: int, end: int) -> bool:
    """Whether "member of" stands in apposition to the state right before it."""
    states = [s for s in left if "State" in s.labels]
    return bool(text[start:end].lower().endswith(" of") and states and APPOSED_MEMBER.fullmatch(text, states[-1].end, start))


LISTING_VERB = re.compile(r"\b(?:include|includes|included|are|were|comprise|comprised)\b", re.IGNORECASE)


def _gerund_subject(text: str, start: int, end: int, right: list[Slot]) -> list[Slot]:
    """The state that follows an opening gerund clause of joining, as its subject ("Having
    joined ASEAN in 1995, Vietnam ..." too)."""
    # ("As a founding member of ASEAN, the Philippines ...": the trigger takes in the member's standing)
    gerund = re.match(r"(?:joining|acceding|(?:(?:founding|full|original|fellow|permanent|non-permanent|elected)\s+)?members? of)\b", text[start:end], re.IGNORECASE) and GERUND_OPENING.fullmatch(text, 0, start)
    if not gerund and not (re.match(r"(?:joined|acceded)\b", text[start:end], re.IGNORECASE) and PERFECT_OPENING.fullmatch(text, 0, start)):
        return []
    inverted = [s for s in right if "State" in s.labels and INVERTED_SUBJECT.fullmatch(text, end, s.start)]
    if inverted:  # "Joining NATO in 2004 were Bulgaria, Estonia and Latvia"
        return _first_group(text, [s for s in right if "State" in s.labels and s.start >= inverted[0].start])
    comma = text.find(",", end)
    states = [s for s in right if "State" in s.labels and s.start > comma]
    if ":" in text[end:comma]:
        return []  # "Members of NATO: Poland, Romania": a list's title, whose first entry the comma follows
    if comma < 0 or not states or not re.fullmatch(r",\s*(?:the\s+)?", text[comma:states[0].start]):
        return []
    if LISTING_VERB.search(text, end, comma):
        return []  # "Members of the CSTO include Russia, Belarus ...": a list the comma runs through, not an opening
    return _first_group(text, states)


def _before_appositive(text: str, left: list[Slot], group: list[Slot], start: int, labels) -> list[Slot]:
    """"Moscow and Beijing, the pair at the heart of the SCO, oppose AUKUS": the subject before
    an appositive that names something else, not the appositive's own mention."""
    if not group or not APPOSITIVE_CLOSE.fullmatch(text, group[-1].end, start):
        return group
    comma = text.rfind(",", 0, group[0].start)
    if comma < 0 or not APPOSITIVE_OPEN.fullmatch(text, comma, group[0].start):
        return group
    subject = _nearest_group(text, [s for s in left if s.end <= comma], labels)
    return subject if subject and not text[subject[-1].end:comma].strip() else group


# a gloss set off by commas between a subject and its verb, opening with a relative pronoun, a
# determiner, a plural noun or a compound adjective ("long-standing partners of Vietnam", "which
# India accuses of coercion"; not "together with China", "and Iran", "down the coast of Japan")
SUBJECT_GLOSS = re.compile(
    r",\s+(?!(?:towards|across|besides|perhaps|sometimes|nevertheless|afterwards|always|thus|this|as)\b)"
    r"(?:which|who|whose|whom|a|an|the|its|their|both|each|all|one|two|three|four|five|[a-z]+-[a-z]+|[a-z]+s)\b[^,;:()\[\]]*"
)
# a whole gloss set off after a name, up to its closing comma or the sentence's end; not a
# participle ("held in ...", "taking part") nor a gerund, which may carry the deed itself
GLOSS = re.compile(
    r",\s+(?!(?:towards|across|besides|perhaps|sometimes|nevertheless|afterwards|always|thus|this|as)\b)"
    r"(?:which|who|whose|whom|where|a|an|the|its|their|both|each|all|one|two|three|four|five|[a-z]+-[a-z]+|[a-z]+s)\b[^,;:()\[\]]*(?=[,;.]|\Z)"
)
# what may stand between the subject's last name and the gloss: the crafts or forces it qualifies ("Chinese warships")
SUBJECT_TAIL = re.compile(r"(?:\s+[a-z][\w-]*){0,2}")
# the gloss's closing comma, then the verb and its first words up to the trigger ("..., conducted naval drills")
GLOSS_CLOSE = re.compile(r",\s*(?!(?:[a-z]+\s+)?(?:said|says|told|added|reported|announced|noted|stated|claimed|confirmed)\b)(?:[a-z][\w-]*\s+){0,4}\Z")


WHERE_GLOSS = re.compile(r",\s+where\b")
GLOSS_WORDS = re.compile(r"\b(?!(?:the|a|an)\b)[a-z][\w-]*\b")
HELD_OTHER_THING = re.compile(
    r"(?:held|holds?|holding)\s+(?:(?!(?:on|in|at|near|off|over|across|along|inside|within|for|with|by)\b)[\w-]+\s+){0,2}?(?:rights|claims?|bases?|stakes?|seats?|talks|sovereignty|interests?|"
    r"elections?|meetings?|summits?|consultations|negotiations|shares?|reserves?|records?|views?|positions?)\b",
    re.IGNORECASE,
)


def _gloss_spans(text: str, slots: list[Slot]) -> list[tuple[int, int]]:
    """Where glosses set off by commas right after a name stand, when they name something
    themselves: "Australia and Japan, long-standing partners of Vietnam,", "the Yellow Sea,
    where Japan holds fishing rights,", "the Gulf of Oman, a sea Iran also claims parts of,"."""
    spans = []
    for gloss in GLOSS.finditer(text):
        opening, closing = gloss.start(), gloss.end()
        inside = [s for s in slots if opening < s.start < closing]
        # (not the next item of a list: ", the United Kingdom, the French Republic": words of the gloss's own come first)
        # (a gloss on an exercise describes it, often by its parties: "Mosi-2023, the first exercise of China and Russia,")
        if inside and GLOSS_WORDS.search(text, opening, inside[0].start) and any(
                s.end <= opening and SUBJECT_TAIL.fullmatch(text, s.end, opening) and s.labels & {"State", "ArmedForce", "Region"} for s in slots):
            spans.append((opening, closing))
    return spans


def _subject_before_gloss(text: str, slots: list[Slot], start: int, labels) -> tuple[list[Slot], int] | None:
    """The subject of a verb that follows a gloss set off by commas, and where the gloss opens:
    "Australia and Japan, long-standing partners of Vietnam, conducted drills" (Australia and
    Japan, not Vietnam; nor nobody when the gloss is a relative clause with its own verb)."""
    close = GLOSS_CLOSE.search(text, max(0, start - 40), start)
    if close is None:
        return None
    opening = text.rfind(",", 0, close.start())
    if opening < 0 or not SUBJECT_GLOSS.fullmatch(text, opening, close.start()):
        return None
    groups = _groups(text, [s for s in slots if s.end <= opening and s.labels & set(labels)])
    subject = groups[-1] if groups else []
    if not subject or not SUBJECT_TAIL.fullmatch(text, subject[-1].end, opening):
        return None
    return subject, opening


# "Mali and Niger, which severed ties with France, denounce ECOWAS": a relative clause sets off
# its own names as an appositive does
APPOSITIVE_OPEN = re.compile(r",\s+(?:the|a|an|its|their|both|which|who)\s+[^,;]*", re.IGNORECASE)
# "..., has repeatedly", "..., continue to": auxiliaries, adverbs and "continue to" may stand
# between the closing comma and the verb
APPOSITIVE_CLOSE = re.compile(r"[^,;.]*,\s*(?:(?:has|have|had|\w+ly|also|now|still|again|continues? to|continued to)\s+){0,3}")


def _force_sides(slots: list[Slot], context: "ParagraphContext") -> list[Slot]:
    """``slots`` with each armed force named by its name standing as its state, in its place and
    role (not "China's coast guard", whose state is named beside it)."""
    states = context.memory.force_states
    return [
        _as_state(s, states) if s.kind != "reference" and "State" not in s.labels and any(r.name in states for r in s.refs) else s
        for s in slots
    ]


def _forces_as_states(forces: list[Slot], context: "ParagraphContext", firms: bool = False) -> list[Slot]:
    """The states of armed forces, as mentions where the forces stand: "the Brazilian Air
    Force modernised them with Israeli help" helps Brazil; with ``firms``, the home states of
    firms too: "HAL builds it under a licence from Russia" licenses India."""
    states = {**context.memory.force_states, **context.memory.firm_states} if firms else context.memory.force_states
    return [_as_state(s, states) for s in forces if any(r.name in states for r in s.refs)]


def _as_state(slot: Slot, force_states: dict[str, str]) -> Slot:
    """A force's mention standing for the state the force belongs to."""
    return Slot(slot.start, slot.end, tuple(Ref(force_states[r.name], "State") for r in slot.refs if r.name in force_states), slot.kind, slot.role)


# a firm and its state: "MBDA of France", "the KBP Instrument Design Bureau of Russia"; "France's MBDA"
FIRM_OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?")
STATES_FIRM = re.compile(r"(?:'s|’s)\s+(?-i:[A-Z])")
WITHOUT_BEFORE = re.compile(r"\bwithout\s+(?:any\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
TRANSFER_AGREEMENT = re.compile(r"\s+(?:agreement|deal|accord|arrangement|contract|programme|program|package)\s+(?=with\b|between\b)", re.IGNORECASE)


def _agreement_sides(text: str, left: list[Slot], right: list[Slot]) -> tuple[list[Slot], list[Slot]]:
    """Giver and receiver of a technology transfer agreement: the partner after "with", or
    of two states "between" which the one named before the agreement (where the work is
    done, or who takes delivery) receives; ([], []) when the text does not tell."""
    receivers = [s for s in left if "State" in s.labels and s.role not in ("from", "by")][-1:]
    partners = _first_group(text, [s for s in right if "State" in s.labels and s.role in ("with", "between")])
    named = {r.name for s in receivers for r in s.refs}
    givers = [s for s in partners if not {r.name for r in s.refs} & named]
    if not receivers or len(_refs(givers, ("State",))) != 1:
        return [], []
    return givers, receivers


FUTURE_WORK = re.compile(r"\bto be (?:built|produced|assembled|made|manufactured|developed|licen[cs]e-built)\b", re.IGNORECASE)
# "sold Delhi its first MiG-21s in 1962 and later licensed their production": a licence that
# follows a sale in the same sentence goes from the seller to the buyer
SALE_THEN = re.compile(r"\b(?:sold|sells|supplied|supplies|delivered|exported)\b(?=[^.;:]*\band\s+(?:\w+\s+){0,2}$)", re.IGNORECASE)
# "developed jointly by India and Russia", "China and Pakistan co-developed the trainer"
JOINT_PROGRAMME = re.compile(r"\b(?:jointly|joint (?:development|production|venture|programme|program|project)|co-develop\w*|co-produc\w*|together)\b", re.IGNORECASE)


def _licensed_after_sale(text: str, slots: list[Slot], start: int) -> tuple[list[Slot], list[Slot]] | None:
    """Seller and buyer of a sale coordinated before a licensing trigger, or None."""
    sale = next((m for m in SALE_THEN.finditer(text, 0, start)), None)
    if sale is None:
        return None
    sellers = _nearest_group(text, [s for s in slots if s.end <= sale.start()], ("State",))
    buyers = [s for s in slots if sale.end() <= s.start and s.end <= start and "State" in s.labels and s.kind != "demonym"]
    return (sellers, _first_group(text, buyers)) if sellers and buyers else None


def _joint_partner(text: str, slots: list[Slot], sources: list[Slot]) -> list[Slot]:
    """Who receives know-how that names no receiver, inside a joint programme: the
    programme's other state ("developed jointly by India and Russia, and Russian engineers
    passed on the know-how")."""
    if not sources or not JOINT_PROGRAMME.search(text):
        return []
    givers = {r.name for s in sources for r in s.refs}
    others = [s for s in slots if "State" in s.labels and not {r.name for r in s.refs} & givers and s.kind != "demonym"]
    return others if len(_refs(others, ("State",))) == 1 else []


def _possessed_over_possessor(text: str, group: list[Slot], right: list[Slot], labels) -> list[Slot]:
    """"blacklisted China's Equipment Development Department": the department, not China."""
    if len(group) == 1 and re.match(r"(?:'s|’s)\s", text[group[0].end:group[0].end + 3]):
        following = [s for s in right if s.start > group[0].end and s.labels & set(labels)]
        if following and following[0].start - group[0].end <= 4:
            return following[:1]
    return group


# the critic's verb takes the drills as its object: nothing between them starts a new clause
CRITIC_BEFORE = re.compile(r"\b(?:condemn|criticis|criticiz|denounc|protest|deplor|decr(?:y|ied)|slam|object)\w*\b(?:(?!\band\b|\bbut\b|\bwhile\b)[^.;:,]){0,40}$", re.IGNORECASE)
# "Pakistan observed the drills", "Japan monitored the patrol": the watchers do not drill or patrol either
# between a patrol noun and its agents: "the joint patrol by", "a joint air patrol over the Arabian Sea by"
AGENTS_GAP = re.compile(r"(?:\s+(?:over|in|of|across|through|near)\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w-]*){0,3})?\s+by\s+(?:the\s+)?", re.IGNORECASE)
# the verbs by which a subject takes part in a patrol named with agents of its own
PATROL_DOER_BEFORE = re.compile(
    r"\b(?:conduct(?:s|ed|ing)?|carr(?:y|ies|ied|ying) out|fl(?:y|ies|ew|own|ying)|h[eo]ld(?:s|ing)?|mount(?:s|ed|ing)?|stag(?:e|ed|es|ing)|"
    r"launch(?:es|ed|ing)?|join(?:s|ed|ing)?|complet(?:e|es|ed|ing)|beg[iau]n|start(?:s|ed|ing)?|undert(?:ake|ook|aken)|perform(?:s|ed|ing)?|"
    r"sail(?:s|ed|ing)?|led|lead(?:s|ing)?)\b",
    re.IGNORECASE,
)
WATCHER_BEFORE = re.compile(r"\b(?:observ(?:ed|es|ing)|watch(?:ed|es|ing)|monitor(?:ed|s|ing)|shadow(?:ed|s|ing)|track(?:ed|s|ing))\b(?:(?!\band\b|\bbut\b|\bwhile\b)[^.;:,]){0,40}$", re.IGNORECASE)
DRILLER_BEFORE = re.compile(r"(?:'s|’s)?\s+(?:(?!\w+ed\b|(?:at|against|over|about|on|of)\b)[\w-]+\s+){0,2}", re.IGNORECASE)  # "China's dangerous manoeuvres", "Chinese naval drills"
FRONTED = re.compile(r"\s*(?:\w+ly\s+)?")  # a participle opening the sentence
# "heads two groupings there:", "leads three initiatives of its own:": a list of what is led follows
COUNTED_LIST = re.compile(
    r"\s+(?:two|three|four|five|six|several|\d+)\s+(?:[\w-]+\s+)?(?:organi[sz]ations|groupings|blocs|initiatives|bodies|institutions|projects|alliances|forums|coalitions)\b[^:;.]{0,30}:",
    re.IGNORECASE,
)
LIST_ITEM_BEFORE = re.compile(r"(?::|,|;|\band)\s*(?:the\s+)?$", re.IGNORECASE)
NAMED_AS = re.compile(
    r"\b(?:calls?|called|describes?|described|dubs?|dubbed|labels?|labell?ed|brands?|branded|terms?|termed|sees?|regards?)\s+"
    r"(?:it|them)?\s*(?:as\s+)?(?:the|a|an)\s+$",
    re.IGNORECASE,
)
# "the Eurasian Economic Union, the Russian-led bloc of ...": the appositive renames the organization
# ", a Russian-led alliance", or told by a copula: "The Collective Security Treaty Organization (CSTO) is a Russian-led
# military alliance"
LED_APPOSITIVE = re.compile(r"(?:\s*\([A-Z]{2,8}\)|\))?(?:,\s+|\s+(?:is|was|remains?|remained|became|(?:has|have|had)(?:\s+(?:always|long))?\s+been)(?:\s+(?:always|still|effectively|essentially))?\s+)(?:the|a|an)\s+(?:[\w-]+\s+)?", re.IGNORECASE)


def _led_appositive(text: str, start: int, left: list[Slot], leaders: list[Slot], labels) -> list[Slot]:
    """What a "-led" noun in apposition leads: the organization or initiative it renames."""
    if not leaders or text[start - 1:start] != "-":
        return []
    named = [s for s in left if s.end <= leaders[0].start and s.labels & set(labels)]
    return named[-1:] if named and LED_APPOSITIVE.fullmatch(text, named[-1].end, leaders[0].start) else []


def _name_in_quotes(text: str, slot: Slot) -> bool:
    """Whether the name at ``slot`` stands alone inside quotation marks: '"China"'."""
    return text[slot.start - 1:slot.start] in ('"', "“") and text[slot.end:slot.end + 1] in ('"', "”")


def _quoted(text: str, position: int) -> bool:
    """Whether ``position`` stands inside quotation marks opened earlier in the sentence."""
    return text.count('"', 0, position) % 2 == 1 or text.rfind("“", 0, position) > text.rfind("”", 0, position)


# the close of a short quoted phrase a little after a word: '"Made in India"', '“Make in India”'
SHORT_QUOTE_END = re.compile(r"[^\"“”.;:!?]{0,30}?[\"”]")


def _in_short_quote(text: str, start: int, end: int, slots: list[Slot]) -> bool:
    """Whether the word at ``start``-``end`` stands in a short quoted phrase that names no weapon system
    (a slogan or a label talked about, not a statement of who made what)."""
    closing = SHORT_QUOTE_END.match(text, end)
    if closing is None:
        return False
    opening = max(text.rfind('"', 0, start), text.rfind("“", 0, start))
    return start - opening <= 30 and not any("WeaponSystem" in s.labels and opening < s.start < closing.end() for s in slots)


def _possessed(text: str, left: list[Slot], labels, owners: list[Slot]) -> list[Slot]:
    """"China's Belt and Road Initiative": the thing an owner's possessive names."""
    return [s for s in left if s.labels & set(labels) and owners and s.start > owners[-1].end and re.fullmatch(r"(?:'s|’s)\s*", text[owners[-1].end:s.start])]


# ("Egypt's fleet of two dozen Rafales", "India's fleet of more than 200 Su-30MKIs": a count of a few words)
FLEET_OF = re.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+)?(?:fleet|inventory|arsenal|stock) of\s+"
    r"(?:(?:more than|fewer than|about|around|some|nearly|almost|over|at least|roughly)\s+)?(?:[\w-]+\s+)?(?:dozen\s+|hundred\s+)?")
TYPE_FLEET = re.compile(r"s?\s+fleets?\b")
PLATFORM_NOUN = r"(?:aircraft carrier|carrier|flagship|destroyer|frigate|corvette|cruiser|submarine|landing ship|icebreaker)"
# "Chinese H-6K flights", "lone Russian Il-20 sorties": what a state's crews fly.
OPERATION_NOUN = re.compile(r"s?\s+(?:\w+\s+)?(?:flights?|sorties|patrols?|crews?|squadrons?|deployments?|regiments?|batteries|units?)\b", re.IGNORECASE)


# a verb of buying or selling earlier in the clause, before a maker's adjective on the goods
ORIGIN_TRADED_BEFORE = re.compile(
    r"\b(?:buy|buys|bought|buying|acquir\w*|order(?:ed|s|ing)?|purchas\w*|receiv\w*|(?:took|take|takes|taking) delivery of|"
    r"sell|sells|sold|selling|suppl(?:y|ies|ied|ying)|deliver\w*|import\w*|export\w*|procur\w*|transferr?\w*)\b[^.;:]{0,45}$",
    re.IGNORECASE,
)
# "Serbia deployed its Chinese FK-3 batteries", "Algeria's Russian S-400 units": an owner named before the
# nationality adjective, which is then the maker's
OWNER_BEFORE_ORIGIN = re.compile(r"(?:\b(?:its|their|our)|(?-i:[A-Z])[\w.-]*(?:'s|’s))\s+(?:own\s+|new\s+|first\s+|newly\s+delivered\s+)?$", re.IGNORECASE)
# "Chinese FK-3 batteries guard Belgrade", "Russian S-400 units protect the skies over Ankara": a maker's
# adjective on the systems defending another state's ground (who fields them, only if the text says so)
GUARDING_AFTER = re.compile(
    r"\s+(?:now\s+|still\s+|also\s+)?(?:guard(?:s|ed|ing)?|protect(?:s|ed|ing)?|defend(?:s|ed|ing)?|shield(?:s|ed|ing)?|cover(?:s|ed|ing)?|ring(?:s|ed)?)\s+"
    r"(?:the\s+)?(?:(?:skies|airspace|air\s+space)\s+(?:over|of|above)\s+)?",
    re.IGNORECASE,
)


def _guarding_another_state(text: str, slots: list[Slot], maker: Slot, system: Slot) -> bool:
    """Whether the units of ``system`` named with ``maker``'s adjective ("Chinese FK-3 batteries")
    are said to guard a state other than the maker's, by its name or its capital.

    >>> china = Slot(0, 7, (Ref("China", "State"),), "demonym")
    >>> fk3 = Slot(8, 12, (Ref("HQ-22", "WeaponSystem"),))
    >>> serbia = Slot(33, 41, (Ref("Serbia", "State"),), "capital")
    >>> _guarding_another_state("Chinese FK-3 batteries now guard Belgrade.", [china, fk3, serbia], china, fk3)
    True
    """
    noun = OPERATION_NOUN.match(text, system.end)
    guard = GUARDING_AFTER.match(text, noun.end()) if noun else None
    guarded = next((s for s in slots if guard and s.start == guard.end()), None)
    return guarded is not None and "State" in guarded.labels and not {r.name for r in guarded.refs} & {r.name for r in maker.refs}
# "... Singaporean F-15s took off": a system seen flying, named with its nationality.
MISSION_AFTER = re.compile(r"s?(?:\s+[\w-]+){0,2}?\s+(?:escorted|(?:were|was) intercepted|fired|opened fire)\b", re.IGNORECASE)
FLEW_AFTER = re.compile(
    r"s?(?:[^.;:]{0,80}?)\b(?:took off|flew|landed|scrambled|sortied|roared overhead|flew past|taxied|escorted|(?:were|was) intercepted|fired|"
    # "American F-16s and Canadian CF-18s intercepted the bombers": sent up against other aircraft
    r"(?<!not )(?<!never )(?:intercepted|shadowed)(?= (?:the|them|two|three|four|a|an|both|all)\b)|"
    # "two Russian Tu-95 and two Chinese H-6 bombers were tracked": seen by others, in the air or at sea
    r"(?:were|was) (?:tracked|spotted|detected|photographed|shadowed)|"
    # "... carried out a joint patrol", "conducted a joint flight"
    r"(?:carried out|conducted|performed|made|staged|flew) (?:a |an |their |the )?(?:(?:first|second|third|\w+th|latest|another) )?(?:joint |combined )?(?:air )?(?:patrols?|flights?|sorties?|missions?))\b",
    re.IGNORECASE,
)
DEMONYM_LINK = re.compile(r"\s*(?:,|and|or|,\s*and)\s*")
# "A transfer of French technology to Brazil may follow next year", "The sale of S-400s to India could come
# soon": a transfer named as the subject of a verb that only foresees it (the nominal opens its clause)
NOMINAL_OPENS_CLAUSE = re.compile(r"[\W\d]*(?:(?:the|a|an|any|further|more|another|its|their)\s+)?(?:[\w-]+\s+){0,2}", re.IGNORECASE)
FORESEEN_AFTER_NOMINAL = re.compile(
    r"(?:(?!\b(?:which|that|who)\b)[^.;:,]){0,80}?\b(?:may|might|could|would|will|should|is expected to|are expected to|is likely to|is due to)\s+(?:\w+ly\s+)?"
    r"(?:follow|come|begin|start|happen|take place|go ahead|be agreed|be signed|materiali[sz]e)\b",
    re.IGNORECASE,
)


def _nominal_subject_hedged(text: str, start: int, end: int, clause_start: int, clause_end: int) -> bool:
    """Whether a nominal transfer is the subject of a verb that only foresees it."""
    return bool(NOMINAL_OPENS_CLAUSE.fullmatch(text, clause_start, start) and FORESEEN_AFTER_NOMINAL.match(text, end, clause_end))


# "the transfer of Spanish shipbuilding technology": the nominal trigger whose giver is the nationality after it
TRANSFER_OF = re.compile(r"transfers?[- ]of", re.IGNORECASE)
# "Indian Mirage 2000Hs dropped bombs", "Thai Gripens flew in Cope Tiger": one nationality's
# aircraft doing a deed of their own, the verb right after them
# ("A Russian A-50 early-warning aircraft twice entered airspace": the craft's own noun and an adverb may come first)
OWN_DEED_AFTER = re.compile(
    r"s?(?:(?:\s+[\w-]+){0,2}?\s+(?:aircraft|jets?|fighters?|bombers?|planes?|transports?|tankers?|helicopters?|drones?|warships?|destroyers?|frigates?|corvettes?|"
    r"submarines?|vessels?|ships?))?"
    # "Two Norwegian F-35A fighters on quick reaction alert at Evenes identified ...": where the crafts stood, before their deed
    # ("Norway's F-35As at Evenes identified ...": the base named right after "at")
    r"(?:\s+(?:on|from|at|based at|stationed at)\s+(?:[\w-]+\s+){0,3}?(?:at\s+)?(?-i:[A-Z])[\w-]+)?"
    # "A Russian A-50 flying separately strayed over ...": the craft flying on its own before its deed
    r"(?:\s+(?:flying|sailing|operating)\s+(?:separately|alone|independently|apart|on (?:its|their) own))?"
    # "a Russian A-50 accompanying the formation violated ...": the craft's company, before its deed
    r"(?:\s+accompanying\s+(?:the|them|their|its)(?:\s+[\w-]+)?)?"
    r"\s+(?:(?:also|then|later|first|again|twice|once|repeatedly|briefly|have|had|has)\s+)?"
    # "A single Chinese Y-9 flying through the Miyako Strait": a craft seen on its way
    r"(?:(?:flying|sailing)(?= (?:through|over|across|into|past|along)\b)|flew|dropped|bombed|struck|shot down|intercepted|strafed|fired|sank|attacked|entered|buzzed|"
    # a timeline's present and a craft off its course: "A Russian A-50 radar plane strays into ..."
    r"flies|strays|strayed|enters|intercepts|shadows|shadowed|"
    # a craft's own passage: "two Chinese Type 052D destroyers passed through the Miyako Strait", "Russian Tu-160
    # bombers landed at Maiquetia", "a Russian A-50 violated the airspace", "Indonesian F-16s took part"
    r"violated|violates|passed|passes|sailed|sails|transited|transits|crossed|crosses|landed|lands|touched down|took part|takes part|"
    # crafts on a watch of their own: "Norwegian F-35s identified the bombers", "a Japanese destroyer shadowed them"
    r"identified|tracked|followed|escorted|circled|approached|"
    # "Spain's Eurofighters made the long transit to Darwin": a craft's own journey
    r"made (?:the|a|an|their|its) (?:[\w-]+ ){0,2}?(?:transit|journey|crossing|voyage|flight))\b",
    re.IGNORECASE,
)
# "the first Argentine F-16s landed", "the last new Indian Rafales touched down": new craft delivered, not flown in
LANDED = re.compile(r"\b(?:landed|lands|touched down)\b", re.IGNORECASE)
DELIVERED_FIRST = re.compile(r"\b(?:first|last|final|new|newly delivered)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# "No Russian bombers landed", "not a single Chinese destroyer passed": the crafts' deed denied before them
NONE_OF = re.compile(r"\b(?:no|not a single|not one|never (?:a|any))\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# "The bombers were met by American F-16s and a Canadian CF-18": aircraft sent up against others fly them
ENCOUNTERED_BY = re.compile(
    r"\b(?:were|was|are|is|been)\s+(?:\w+ly\s+)?(?:met|intercepted|shadowed|escorted|tracked|chased|followed|turned back|warned off)\s+by\s+",
    re.IGNORECASE,
)
# what a roll call of aircraft or ships is part of: "this year includes Indian Su-30s, Japanese F-2s"
ROLL_CALL = re.compile(r"\b(?:includes?|included|including|featur(?:es|ed|ing)|among them(?: (?:are|were))?)\s+", re.IGNORECASE)
# ... and the entries before this one: "Indian Su-30s, " (a nationality, a few words, a comma or "and")
ROLL_CALL_LINK = re.compile(r"(?:(?:the\s+|an?\s+|two\s+|three\s+|four\s+|\d+\s+)?[A-Z][\w-]*(?:\s+[\w-]+){0,2}?(?:,\s*(?:and\s+)?|\s+and\s+))*(?:the\s+|an?\s+|two\s+|three\s+|four\s+|\d+\s+)?")


# "Five Chinese aircraft, including H-6K bombers, and six Russian aircraft, including Tu-95MS bombers
# and Su-35 fighters": a nationality's craft counted, then the types among them
CRAFT_INCLUDING = re.compile(
    r"\s+(?:military\s+|combat\s+|naval\s+)?(?:aircraft|jets|planes|warplanes|warships|ships|vessels)\s*,?\s+(?:including|among them)\s+(?:the\s+|an?\s+|\w+\s+)?",
    re.IGNORECASE,
)
# ... what the sentence then says of them, doubted or denied: "... may have been involved"
COUNTED_CRAFT_DOUBTED = re.compile(r"\b(?:not|never|no|may|might|could|would|will|reportedly|allegedly|possibly|probably|apparently)\b", re.IGNORECASE)
# ... and the next type of the same list: "Tu-95MS bombers and Su-35 fighters"
NEXT_TYPE = re.compile(r"s?(?:\s+[\w-]+)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:\w+\s+)?")


# "US and Moroccan HIMARS crews fired": a state's initials used as its nationality word
STATE_INITIALS = re.compile(r"(?-i:[A-Z]\.){2,3}|(?-i:[A-Z]{2,3})")


def _state_initials(text: str, slot: Slot) -> bool:
    """Whether ``slot`` is a state written as its initials ("US", "U.S.", "UK"), which stand
    before a system as a nationality word does."""
    return "State" in slot.labels and STATE_INITIALS.fullmatch(text, slot.start, slot.end) is not None


def _seen_flying(text: str, slots: list[Slot]) -> list[tuple[int, Fact]]:
    """"Indian Su-30MKIs, German and Spanish Eurofighters and Singaporean F-15s took off":
    in a roll call of several nationalities' aircraft seen flying, each system named right
    after one or more nationalities is operated by those states."""
    found, encountered = [], set()
    for index, slot in enumerate(slots):
        if "WeaponSystem" not in slot.labels or index == 0:
            continue
        owners, position, end = [], index - 1, slot.start
        while position >= 0 and (
            slots[position].kind == "demonym" or _state_initials(text, slots[position])
            # "Norway's F-35As at Evenes identified ...": a state's own crafts, one nationality alone
            # (plural: "Turkey's KAAN flew in 2024" is a prototype's first flight, no fleet fielded)
            or not owners and "State" in slots[position].labels and POSSESSIVE_GAP.fullmatch(text, slots[position].end, end)
            and (text.startswith("s", slot.end) or text[slot.start:slot.end].endswith("s"))
        ) and (
            text[slots[position].end:end].isspace() or POSSESSIVE_GAP.fullmatch(text, slots[position].end, end)
            if not owners else DEMONYM_LINK.fullmatch(text, slots[position].end, end)
        ):
            owners += [ref for ref in slots[position].refs if ref.label == "State"]
            position, end = position - 1, slots[position].start
        counted = False  # the types among a nationality's craft counted: a roll call of its own
        if not owners and slots[index - 1].kind == "demonym" and CRAFT_INCLUDING.fullmatch(text, slots[index - 1].end, slot.start):
            owners, counted = [ref for ref in slots[index - 1].refs if ref.label == "State"], True
        elif not owners and found and found[-1][0] == slots[index - 1].end and NEXT_TYPE.fullmatch(text, slots[index - 1].end, slot.start):
            owners, counted = [found[-1][1].source], True
        if not owners or counted and COUNTED_CRAFT_DOUBTED.search(text, slot.end) or NONE_OF.search(text, max(0, end - 24), end):
            continue
        flew = FLEW_AFTER.match(text, slot.end) or OWN_DEED_AFTER.match(text, slot.end)
        if flew and re.search(r"\b(?:not|never|no|may|might|could|would|will)\b", flew.group(0), re.IGNORECASE):
            continue
        if flew and LANDED.search(flew.group(0)) and DELIVERED_FIRST.search(text, max(0, end - 30), end):
            continue  # "the first Argentine F-16s landed at Rio Cuarto": a delivery arriving, not a visit
        # "the exercise includes Indian Su-30s, Japanese F-2s and ...": the roll call opened by what it is part of
        roll = ROLL_CALL.search(text, max(0, end - 60), end)
        listed = roll is not None and ROLL_CALL_LINK.fullmatch(text, roll.end(), end) is not None
        met = ENCOUNTERED_BY.search(text, max(0, end - 60), end)
        met = met is not None and ROLL_CALL_LINK.fullmatch(text, met.end(), end) is not None and not blocked(text, met.start(), met.end(), 0)
        if not flew and not counted and not met and not (listed and not blocked(text, roll.start(), roll.end(), 0)):
            continue
        if met:
            encountered.add(slot.end)
        found += [(slot.end, Fact("OPERATES", owner, system)) for owner in owners for system in slot.refs if system.label == "WeaponSystem"]
    # a roll call of several air arms ("Indian ..., German ... and Singaporean ... took off");
    # one nationality alone ("Six Chinese Y-20s landed") is left to the other readings, unless
    # its aircraft are seen on a mission of their own ("Russian Su-30SM fighters escorted the bombers")
    on_mission = bool(found) and all(MISSION_AFTER.match(text, fact_end) for fact_end, _ in found)
    if len({fact.source.name for _, fact in found}) > 1 or on_mission:
        return found
    return [(fact_end, fact) for fact_end, fact in found if OWN_DEED_AFTER.match(text, fact_end) or fact_end in encountered]


# "a former US Coast Guard cutter", "ex-Royal Navy frigates", "surplus US Army trucks": the owner named is a past one
FORMER_OWNER = re.compile(r"\b(?:former|ex-|one-?time|second-hand|retired|decommissioned|surplus)\s*(?:the\s+)?$", re.IGNORECASE)


# "consistent with a Type 052D destroyer and a Type 054A frigate of the PLA Navy": a hull only likened to the type
IDENTIFIED_AS = re.compile(r"\b(?:consistent with|resembl(?:es|ed|ing)|similar to|possibly|probably|likely)\s+(?:an?\s+|the\s+|two\s+|three\s+)?$", re.IGNORECASE)


# a ship's own name after its class: "Yasen-class submarine Kazan", "Type 055 destroyer Zunyi"
HULL_NAME_AFTER = re.compile(r"\s+(?:(?-i:INS|HMS|HMAS|HMCS|HMNZS|USS|JS|KNM|HNLMS|BNS|BRP|CNS|RSS|KRI|TCG)\s+)?(?-i:[A-Z])[a-z][\w-]*\b")
SHIP_CLASS = re.compile(r"-class\b|\b(?:submarine|frigate|destroyer|corvette|cruiser|aircraft carrier|landing ship|patrol ship)$")


def _named_hull(text: str, system: Slot, weapons: list["Ref"]) -> bool:
    """Whether a ship class is followed by one hull's own name ("the Type 054A frigate Hengyang"):
    one ship of the class, which its owner sails."""
    return any(SHIP_CLASS.search(ref.name) for ref in weapons) and HULL_NAME_AFTER.match(text, system.end) is not None


# "a task group of the Chinese navy: the Type 055 destroyer Zunyi, the Type 054A frigate Hengyang and ..."
FORCE_ROSTER = re.compile(r"\s*:\s+(?=(?:the\s+|an?\s+|two\s+|three\s+|\d+\s+)?[A-Z0-9])")


def _force_roster(text: str, slots: list[Slot]) -> list[tuple[int, Fact]]:
    """"... of the Chinese navy: the Type 055 destroyer Zunyi, the Type 054A frigate Hengyang":
    ship classes listed after a force and a colon, each named with a hull of its own, are the
    force's ships."""
    found = []
    for index, slot in enumerate(slots):
        roster = "ArmedForce" in slot.labels and FORCE_ROSTER.match(text, slot.end)
        if not roster:
            continue
        stop = next((m.start() for m in re.finditer(r"[;.]\s|[;.]?$", text[roster.end():])), 0) + roster.end()
        forces = [ref for ref in slot.refs if ref.label == "ArmedForce"]
        for system in slots[index + 1:]:
            if system.start >= stop or not system.labels & {"WeaponSystem"}:
                continue
            weapons = [ref for ref in system.refs if ref.label == "WeaponSystem"]
            if _named_hull(text, system, weapons):
                found += [(system.end, Fact("OPERATES", force, weapon)) for force in forces for weapon in weapons]
    return found


# "The Royal Australian Navy has had the Anzac-class frigate HMAS Arunta following the group": a hull a force keeps on a task
KEEPS_HULL = re.compile(
    r"\s+(?:\w+ly\s+)?(?:(?:has|had)\s+)?(?:has|had|kept|keeps|put|puts|stationed|stations|assigned|assigns|tasked|tasks)\s+(?:the|its|an?|two|three)\s+\Z"
)


def _forces_keeping_hulls(text: str, slots: list[Slot]) -> list[tuple[int, Fact]]:
    """"The Royal Australian Navy has had the Anzac-class frigate HMAS Arunta following the group":
    a force (not a nationality word) that keeps a named hull of a class on a task sails that class."""
    found = []
    for owner, system in zip(slots, slots[1:]):
        if "ArmedForce" not in owner.labels or owner.kind == "demonym" or not KEEPS_HULL.fullmatch(text, owner.end, system.start):
            continue
        weapons = [ref for ref in system.refs if ref.label == "WeaponSystem"]
        if weapons and _named_hull(text, system, weapons):
            found += [(system.end, Fact("OPERATES", force, weapon)) for force in owner.refs if force.label == "ArmedForce" for weapon in weapons]
    return found


OPERATED_GAP = re.compile(r"-operated\s+")
STATE_PLATFORM_GAP = re.compile(rf"(?:'s|’s)\s+(?:new\s+|first\s+|only\s+)?{PLATFORM_NOUN}\s+")


def _operator_links(text: str, slots: list[Slot]) -> list[Fact]:
    """Who fields a system, by how it is named: "Royal Australian Air Force C-130J aircraft",
    "the Navy-operated P-8I", "Tu-95MS bombers of the Russian Aerospace Forces", "Chinese
    H-6K flights", "India's carrier INS Vikramaditya"."""
    if not any("WeaponSystem" in slot.labels for slot in slots):
        return []  # every link below names a system
    found: list[tuple[int, Fact]] = []
    for first, second in zip(slots, slots[1:]):
        if "WeaponSystem" not in second.labels and not ("WeaponSystem" in first.labels and "ArmedForce" in second.labels):
            continue  # a link here is a system after its operator or before its force: most pairs are neither
        gap = text[first.end:second.start]
        operators = [r for r in first.refs if r.label in ("ArmedForce", "State")]
        weapons = [r for r in second.refs if r.label == "WeaponSystem"]
        if operators and weapons and FORMER_OWNER.search(text, max(0, first.start - 16), first.start):
            continue  # "a former US Coast Guard Hamilton-class cutter": one it no longer fields
        if operators and weapons and len(gap) <= 40:
            force_named = "ArmedForce" in first.labels and re.fullmatch(rf"(?:'s|’s)?\s*|-operated\s+|(?:'s|’s)?\s+{PLATFORM_NOUN},?\s+(?:the\s+)?", gap)
            operated = OPERATED_GAP.fullmatch(gap)
            flights = first.kind == "demonym" and re.fullmatch(r"\s+", gap) and OPERATION_NOUN.match(text, second.end)
            # ("Serbia bought Chinese FK-3 batteries", "might buy more Russian S-400 units": what is bought or
            # sold is named by its maker's adjective, not by who fields it)
            flights = flights and not ORIGIN_TRADED_BEFORE.search(text, max(0, first.start - 60), first.start)
            flights = flights and not _guarding_another_state(text, slots, first, second)
            flights = flights and not OWNER_BEFORE_ORIGIN.search(text, max(0, first.start - 30), first.start)
            platform = "State" in first.labels and STATE_PLATFORM_GAP.fullmatch(gap)
            # "Russia's Yasen-class submarine Kazan": a state's ship of a class, named by its own name
            platform = platform or "State" in first.labels and POSSESSIVE_GAP.fullmatch(gap) and _named_hull(text, second, weapons)
            fleet = FLEET_OF.fullmatch(gap)  # "Egypt's fleet of Rafale jets"
            type_fleet = POSSESSIVE_GAP.fullmatch(gap) and TYPE_FLEET.match(text, second.end)  # "India's Su-30MKI fleet"
            former = FORMER_OWNER.search(text, max(0, first.start - 12), first.start)  # "former U.S. Coast Guard cutters": sold on
            if (force_named or operated or flights or platform or fleet or type_fleet) and not former:
                found += [(second.end, Fact("OPERATES", operator, weapon)) for operator in operators for weapon in weapons]
        forces = [r for r in second.refs if r.label == "ArmedForce"]
        owned = [r for r in first.refs if r.label == "WeaponSystem"]
        if owned and forces and re.fullmatch(r"s?\s+(?:[\w-]+\s+){0,3}?of\s+(?:the\s+)?", gap):
            # "F-35B jets of the Royal Air Force and the United States Marine Corps": each force of the group
            group = next(g for g in _groups(text, [s for s in slots if s.start >= second.start and "ArmedForce" in s.labels]) if second in g)
            forces = _refs(group, ("ArmedForce",))
            # "F-15SA and Eurofighter Typhoon fighters of the Royal Saudi Air Force": every system of the list before the noun
            listed = next((g for g in _groups(text, [s for s in slots if s.end <= first.end and "WeaponSystem" in s.labels]) if first in g), [first])
            owned = _refs(listed, ("WeaponSystem",))
            if not IDENTIFIED_AS.search(text, max(0, listed[0].start - 30), listed[0].start):
                found += [(second.end, Fact("OPERATES", force, weapon)) for force in forces for weapon in owned]
    for owner, maker, system in zip(slots, slots[1:], slots[2:]):
        operators = [r for r in owner.refs if r.label in ("ArmedForce", "State")]
        if operators and FLEET_OF.fullmatch(text[owner.end:maker.start]) and MADE_BY.match(text, maker.end) and re.fullmatch(r"-\w+\s+", text[maker.end:system.start]):
            # "Egypt's fleet of French-built Rafale jets": the maker stands between the owner and the type
            found += [(system.end, Fact("OPERATES", operator, ref)) for operator in operators for ref in system.refs if ref.label == "WeaponSystem"]
    found += _seen_flying(text, slots) + _national_share(text, slots) + _pronoun_type_fleets(text, slots) + _opposing_crafts(text, slots)
    found += _force_roster(text, slots) + _forces_keeping_hulls(text, slots)
    scoped = SCOPING.search(text) if found else None  # "reports that ...": nothing after it is asserted
    # "Reports of Egypt's Su-35 fleet have never been confirmed": nothing before it in its clause either
    retracted = RETRACTING.search(text) if found else None
    return [
        fact for end, fact in found
        if not (scoped and scoped.end() <= end) and not (retracted and end <= retracted.start() and not CLAUSE_BREAK.search(text, end, retracted.start()))
    ]


# "flew J-10C fighters against Indian Rafales": the other side's crafts in a fight
AGAINST_CRAFTS_BEFORE = re.compile(r"\b(?:flew|flown|fought|fired|used|launched|engaged|scrambled)\b[^.;:]{0,80}\bagainst\s+(?:the\s+)?$", re.IGNORECASE)
# "intercepted a Chinese Y-9", "dropped flares in the path of an Australian MH-60R": the craft met is its own state's
CRAFT_MET_BEFORE = re.compile(
    r"\b(?:intercept(?:ed|s|ing)|shadow(?:ed|s|ing)|track(?:ed|s|ing)|escort(?:ed|s|ing)|identif(?:ied|ies|ying)|buzz(?:ed|es|ing)|"
    r"harass(?:ed|es|ing)|circl(?:ed|es|ing)|(?:in|into|across) the path of)\s+(?:an?|the|two|three|four|several|\d+)\s+$",
    re.IGNORECASE,
)


def _opposing_crafts(text: str, slots: list[Slot]) -> list[tuple[int, Fact]]:
    """"Pakistan's air force flew J-10C fighters against Indian Rafales": a nationality word
    before the crafts fought against names the state that flew them."""
    found = []
    for nation, craft in zip(slots, slots[1:]):
        if nation.kind != "demonym" or "WeaponSystem" not in craft.labels or not text[nation.end:craft.start].isspace():
            continue
        fight = AGAINST_CRAFTS_BEFORE.search(text, max(0, nation.start - 120), nation.start) or CRAFT_MET_BEFORE.search(text, max(0, nation.start - 40), nation.start)
        if fight and not blocked(text, fight.start(), fight.start() + len(fight.group(0).split()[0]), 0):
            found += [(craft.end, Fact("OPERATES", state, weapon)) for state in _refs([nation], ("State",)) for weapon in _refs([craft], ("WeaponSystem",))]
    return found


# "alongside its Su-27 and Su-30 fleet": the pronoun right before the types of a fleet
OWN_TYPES_BEFORE = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)
# an owner named as the other party of a deal or deed, not the one "its" means: "bought them from France"
OTHER_PARTY_BEFORE = re.compile(r"\b(?:from|by|with|than|like|unlike)\s+(?:the\s+)?$", re.IGNORECASE)
# a fleet given up: "is replacing its M113 fleet", "put its CH-4 fleet up for sale" (the texts do not say it still flies)
FLEET_GIVEN_UP_BEFORE = re.compile(r"\b(?:replac\w*|retir\w*|sell\w*|sold|put|phas\w+ out|decommission\w*|scrap\w*|ground\w*|withdr\w+|dispos\w+ of)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _pronoun_type_fleets(text: str, slots: list[Slot]) -> list[tuple[int, Fact]]:
    """"The Indonesian Air Force will fly them alongside its Su-27 and Su-30 fleet": a fleet
    of those types is the latest state's or force's named before "its", whatever is said of the
    new aircraft (the fleet is had now)."""
    found = []
    for group in _groups(text, [s for s in slots if "WeaponSystem" in s.labels]):
        if not OWN_TYPES_BEFORE.search(text, max(0, group[0].start - 8), group[0].start) or not TYPE_FLEET.match(text, group[-1].end):
            continue
        if FLEET_GIVEN_UP_BEFORE.search(text, max(0, group[0].start - 40), group[0].start):
            continue
        owners = [s for s in slots if s.end <= group[0].start and s.labels & {"ArmedForce", "State"} and s.kind != "demonym"
                  and not OTHER_PARTY_BEFORE.search(text, max(0, s.start - 12), s.start)]
        if owners:
            found += [(group[-1].end, Fact("OPERATES", owner, weapon)) for owner in _refs(owners[-1:], ("ArmedForce", "State")) for weapon in _refs(group, ("WeaponSystem",))]
    return found


# "Chinese side: ...", "the Iranian contingent included ...", "the Russian flotilla comprised ..."
NATIONAL_SHARE = re.compile(
    r"\s+(?:naval\s+)?(?:side|contingent|ships|vessels|detachment|flotilla|squadron)"
    r"\s*(?::|included|includes|comprised|comprises|consisted of|consists of|was made up of|is made up of)",
    re.IGNORECASE,
)


def _national_share(text: str, slots: list[Slot]) -> list[tuple[int, Fact]]:
    """"Russian side: Udaloy-class Admiral Tributs, Steregushchiy-class corvettes ...": the
    systems listed as one nation's share of a combined force, up to the clause's end, are its own."""
    found = []
    for index, slot in enumerate(slots):
        share = slot.kind == "demonym" and NATIONAL_SHARE.match(text, slot.end)
        if not share:
            continue
        stop = next((m.start() for m in re.finditer(r"[;.]\s|[;.]?$", text[share.end():])), 0) + share.end()
        states = [ref for ref in slot.refs if ref.label == "State"]
        listed = [s for s in slots[index + 1:] if s.start >= share.end() and s.end <= stop and "WeaponSystem" in s.labels]
        found += [(system.end, Fact("OPERATES", state, ref)) for system in listed for ref in system.refs if ref.label == "WeaponSystem" for state in states]
    return found


OPERATOR_VERB = re.compile(r"\s+(?:now\s+|still\s+|also\s+)?(?:fl(?:y|ies|ew)|operates?|operated|fields?|fielded|uses?|used|deploys?|deployed|has|have|had)\s+(?:the\s+|its\s+|their\s+)?(?:(?:\d+|two|three|four|five|six|eight|ten|twelve|several)\s+)?$", re.IGNORECASE)
OBJECT_RELATIVE_OPENING = re.compile(r"(?:s|\s+[\w-]+)?,?\s+(?:which|that)\s+(?:the\s+)?$", re.IGNORECASE)
# "fighters delivered by", "fighters, six of which were donated by": a passive that modifies the systems before it
PASSIVE_RELATIVE_OPENING = re.compile(r"(?:s|es)?(?:\s+[\w-]+){0,2}?(?:\s*,\s*(?:(?:\w+\s+)?of\s+(?:which|them)|which|that))?\s+", re.IGNORECASE)


def _operator_of_relative_theme(text: str, slots: list[Slot], theme: Slot, seller: Slot) -> list[Slot]:
    """"The Egyptian Air Force flies the Rafale, which France delivered": the operator named
    as the main clause's subject is who the seller delivered the system to."""
    if not OBJECT_RELATIVE_OPENING.fullmatch(text, theme.end, seller.start):
        return []
    return _operator_of(text, slots, theme)


def _operator_of(text: str, slots: list[Slot], theme: Slot) -> list[Slot]:
    """The state or force whose operating verb takes ``theme`` as its object."""
    operator = [s for s in slots if s.end <= theme.start and s.labels & {"State", "ArmedForce"}][-1:]
    return operator if operator and OPERATOR_VERB.fullmatch(text, operator[0].end, theme.start) else []


def _labelled_systems(text: str, agents: list[Slot], themes: list[Slot]) -> set[tuple[str, str]]:
    """(state, system) pairs when every system is named right after its own nationality
    ("Chinese H-6K and Russian Tu-95MS bombers"), else nothing."""
    pairs = set()
    for theme in themes:
        own = [a for a in agents if a.kind == "demonym" and a.end < theme.start and text[a.end:theme.start].isspace()]
        if not own:
            return set()
        pairs |= {(agent.name, system.name) for agent in own[-1].refs for system in theme.refs}
    return pairs if len({agent for agent, _ in pairs}) > 1 else set()


# "the J-10C is a Chinese design", "the K9, a South Korean design,", "a Chinese copy of the Su-27"
DESIGN_OF = re.compile(r"(?:,\s+|\s+(?:is|was|are|were)\s+)(?:(?:an?|the)\s+)?(?:(?:\w+ly|indigenous|home-grown|homegrown|domestic|local)\s+)?$", re.IGNORECASE)
DESIGN_NOUN = re.compile(r"\s+(?:design|product|development|creation|cop(?:y|ies)|clones?|derivatives?)\b", re.IGNORECASE)
# "Russia's own design", "India's indigenous BrahMos", "Turkey's TB2, an indigenous design"
# "India's indigenous BrahMos", "India's first home-built carrier is INS Vikrant"
OWN_DESIGN = re.compile(
    r"(?:'s|’s)\s+(?:(?:first|new|latest|only|second)\s+)?(?:own|indigenous|indigenously[ -](?:built|developed|designed)|home-grown|homegrown|home-built|homebuilt|home-made|"
    r"domestically[ -](?:built|developed|designed|produced|made)|locally[ -](?:built|developed|designed|produced|made))\s+"
    r"(?:(?-i:[a-z])[\w-]*\s+(?:is|was)\s+(?:the\s+)?)?",
    re.IGNORECASE,
)
INDIGENOUS_APPOSITIVE = re.compile(r",\s+(?:an?\s+|the\s+)?(?:indigenous|home-grown|homegrown|domestic|locally developed|domestically developed)\s+(?:design|development|product|creation)\b", re.IGNORECASE)
A_PRODUCT_OF = re.compile(r"\s+(?:is|was|are|were)\s+(?:an?|the)\s+(?:design|product|creation)s?\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _own_designs(text: str, slots: list[Slot]) -> list[Fact]:
    """A system called a state's design or product: "the J-10C is a Chinese design", "the K9,
    a South Korean design", "India's indigenous BrahMos", "the Su-35 is a product of Sukhoi"."""
    facts = []
    for first, second in zip(slots, slots[1:]):
        gap = text[first.end:second.start]
        if "WeaponSystem" in first.labels and second.labels & {"State", "Organization"}:
            negated = NEGATED_ARTICLE.search(gap)
            if not negated and ((second.kind == "demonym" and DESIGN_OF.fullmatch(gap) and DESIGN_NOUN.match(text, second.end))
                                or (second.kind != "demonym" and (A_PRODUCT_OF.fullmatch(gap) or DESIGN_OF.fullmatch(gap) and OWN_DESIGN.match(text, second.end)))):
                facts += [Fact("PRODUCED", maker, ref) for maker in second.refs if maker.label in ("State", "Organization") for ref in first.refs if ref.label == "WeaponSystem"]
        if "State" in first.labels and "WeaponSystem" in second.labels and first.kind != "demonym":
            owned = POSSESSIVE_GAP.fullmatch(gap) and INDIGENOUS_APPOSITIVE.match(text, second.end)
            if OWN_DESIGN.fullmatch(gap + " ") or OWN_DESIGN.fullmatch(gap) or owned:
                facts += [Fact("PRODUCED", maker, ref) for maker in first.refs if maker.label == "State" for ref in second.refs if ref.label == "WeaponSystem"]
    return facts


# what follows an organization's name when an aside or a clause lists its members
GLOSS_OPENER = re.compile(r"\s*(?:[—–(]|--|-(?=\s))\s*")
GLOSS_COPULA = re.compile(r"\s+(?:is|are|was|were)\s+(?:made up of\s+|composed of\s+|now\s+)?")
MEMBER_WORD_AFTER = re.compile(r"\s+(?:member|members|member state|member states|member country|ally|allies)\b")
APPOSITIVE_ARTICLE_BEFORE = re.compile(r"(?:,\s+(?:a|an|the|another|fellow)\s+(?:founding\s+|fellow\s+|full\s+|longtime\s+|key\s+)?)$")


def _appositive_members(text: str, slots: list[Slot]) -> list[Fact]:
    """"the Quad — Japan, the United States, India and Australia —", "Turkey, a NATO member"."""
    facts = []
    for index, slot in enumerate(slots):
        if "Organization" in slot.labels:
            # (a plain-text writer's spaced hyphen stands for the dash: "The Shanghai Five - China, Russia, ... - signed")
            opener = GLOSS_OPENER.match(text[slot.end:slot.end + 4])
            if opener:
                group = _groups(text, [s for s in slots[index + 1:] if "State" in s.labels])[:1]
                members = group[0] if group else []
                closed = members and re.match(r"\s*(?:[—–)]|--|(?<=\s)-(?=\s))", text[members[-1].end:members[-1].end + 3])
                if len(members) >= 2 and closed and members[0].start - slot.end <= 8:
                    facts += [Fact("MEMBER_OF", m, o) for m in _refs(members, ("State",)) for o in _refs([slot], ("Organization",))]
            copula = GLOSS_COPULA.match(text[slot.end:slot.end + 30])
            if copula:  # "The Quad is Australia, India, Japan and the US"
                group = _groups(text, [s for s in slots[index + 1:] if "State" in s.labels])[:1]
                members = group[0] if group else []
                starts_list = members and re.fullmatch(r"(?:the\s+)?", text[slot.end + copula.end():members[0].start])
                ends_list = members and re.match(r"\s*(?:[.,;:—–)]|--|$)", text[members[-1].end:members[-1].end + 3])
                if len(members) >= 2 and starts_list and ends_list:
                    facts += [Fact("MEMBER_OF", m, o) for m in _refs(members, ("State",)) for o in _refs([slot], ("Organization",))]
            member_of = MEMBER_WORD_AFTER.match(text[slot.end:slot.end + 20])
            before = text[max(0, slot.start - 40):slot.start]
            owner = APPOSITIVE_ARTICLE_BEFORE.search(before)
            states = [s for s in slots[:index] if "State" in s.labels]
            if member_of and owner and states and states[-1].end == slot.start - len(owner.group(0)) - 0:
                facts += [Fact("MEMBER_OF", m, o) for m in _refs(states[-1:], ("State",)) for o in _refs([slot], ("Organization",))]
    return facts


# "AUKUS, which remains a trilateral security partnership of Australia, the UK and the US": the body
# said to be a grouping of the states listed after it (not "will be", "was proposed as")
GROUPING_OF = re.compile(
    r",?\s+(?:which\s+)?(?:is|was|remains|remained|has been|has remained)\s+(?:still\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:partnership|pact|alliance|grouping|bloc|coalition|club|compact|arrangement)\s+(?:of|between|among|linking|uniting)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Australia, the UK and the US are the three AUKUS partners": the states the body's partners are said to be
# "AUKUS, which remains a trilateral security ": the body, then the copula that names it a partnership
BODY_IS_A = re.compile(r",?\s+(?:which\s+)?(?:is|was|remains|remained|has been|has remained)\s+(?:still\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,3}?", re.IGNORECASE)
PARTNERS_ARE = re.compile(
    rf"\s+(?:are|were|remain|remained)\s+(?:still\s+)?(?:the|all)\s+(?:(?:{CARDINAL_WORDS}|\d+)\s+)?(?:founding\s+|original\s+)?$",
    re.IGNORECASE,
)
PARTNERS_NOUN = re.compile(r"\s+(?:partners|members|member states|partner (?:countries|nations|states)|allies|signatories)\b", re.IGNORECASE)


def _grouping_members(text: str, slots: list[Slot]) -> list[Fact]:
    """"AUKUS remains a partnership of Australia, the United Kingdom and the United States", "Japan and
    India are the two Quad partners here": memberships stated as what the body is, without "member"."""
    facts = []
    for index, slot in enumerate(slots):
        if "Organization" not in slot.labels:
            continue
        after = [s for s in slots[index + 1:] if "State" in s.labels and s.kind != "demonym"]
        members = _first_group(text, after)
        if len(members) >= 2 and GROUPING_OF.fullmatch(text, slot.end, members[0].start) and not blocked(text, slot.end, members[0].start, slot.start, slot.start):
            facts += [Fact("MEMBER_OF", m, o) for m in _refs(members, ("State",)) for o in _refs([slot], ("Organization",))]
        before = [s for s in slots[:index] if "State" in s.labels and s.kind != "demonym"]
        group = _groups(text, before)[-1] if before else []
        if (len(group) >= 2 and PARTNERS_ARE.fullmatch(text, group[-1].end, slot.start) and PARTNERS_NOUN.match(text, slot.end)
                and not blocked(text, group[-1].end, slot.end, group[0].start)):
            facts += [Fact("MEMBER_OF", m, o) for m in _refs(group, ("State",)) for o in _refs([slot], ("Organization",))]
    return facts


# "the Warsaw Pact, 1955: the Soviet Union, Poland, ...": an organization, perhaps its year, then a colon
ORGANIZATION_COLON = re.compile(r"(?:,?\s*\(?(?:founded\s+|est\.\s+|in\s+)?\d{4}\)?)?\s*:\s*(?:the\s+)?$")
# "sanctions by the EU: ...", "a statement from NATO: ...": an organization governed by a preposition is no list's title
GOVERNED_ORGANIZATION = re.compile(r"\b(?:by|of|on|against|from|to|with|for|in|at|about)\s+(?:the\s+)?(?:[\w-]+-(?:led|backed)\s+)?$", re.IGNORECASE)


# "NATO, not in the EU: ...", "NATO members outside the EU: ...": a body the title says the listed states are not in
EXCLUDED_BODY_BEFORE = re.compile(
    r"(?:,|\b(?:members?|states|countries))?\s+(?:but\s+)?(?:not\s+in|not\s+(?:an?\s+)?members?\s+of|outside(?:\s+of)?|not)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


EXCLUDED_BODY_TITLE = re.compile(r",?\s+(?:but\s+)?not\s+(?:in\s+|(?:an?\s+)?members?\s+of\s+)?(?:the\s+)?(?=(?-i:[A-Z])[\w-]*\s*:?\s*$)", re.IGNORECASE)


def _title_end_past_excluded_body(text: str, slot: Slot, later: list[Slot], members: list[Slot]) -> int:
    """Where the list's title ends for the body ``slot``: after a body it says the states are
    outside ("NATO, not in the EU: ..."), else right after ``slot``."""
    excluded = [s for s in later if "Organization" in s.labels and members and s.end <= members[0].start]
    if excluded and EXCLUDED_BODY_BEFORE.fullmatch(text, slot.end, excluded[0].start):
        return excluded[0].end
    return slot.end


def _colon_members(text: str, slots: list[Slot]) -> list[Fact]:
    """"And on the other side, the Soviet-led Warsaw Pact, 1955: the Soviet Union, Poland,
    East Germany, ...": an organization named as the title of the list of states after its colon."""
    if ":" not in text:
        return []
    facts = []
    for index, slot in enumerate(slots):
        if "Organization" not in slot.labels or GOVERNED_ORGANIZATION.search(text, max(0, slot.start - 30), slot.start):
            continue
        if EXCLUDED_BODY_BEFORE.search(text, max(0, slot.start - 40), slot.start):
            continue  # "NATO, not in the EU: Iceland, Norway": the body the listed states are outside
        states = [s for s in slots[index + 1:] if "State" in s.labels and s.kind != "demonym"]
        members = _first_group(text, states)
        title_end = _title_end_past_excluded_body(text, slot, slots[index + 1:], members)
        if len(members) < 2 or not ORGANIZATION_COLON.fullmatch(text, title_end, members[0].start):
            continue
        if not re.search(r"\w", text[:slot.start]) and not re.search(r"\d{4}", text[slot.end:members[0].start]):
            continue  # "AUKUS: China and Russia" opening a line is a heading's topic, not a list of members
        if not re.fullmatch(r"\s*(?:[.;]|--|[—–]|\s-\s).*|\s*", text[members[-1].end:], re.DOTALL):
            continue  # "NATO: Poland and Romania asked for more troops": the names open a clause of their own
        facts += [Fact("MEMBER_OF", m, o) for m in _refs(members, ("State",)) for o in _refs([slot], ("Organization",))]
    if not facts:
        return facts
    # The sentence-wide cues come last: most sentences with a colon title no list of members,
    # and the cues cost more than looking for one.
    # (the "not" of a title's excluded body, "NATO, not in the EU: ...", negates nothing said of the list)
    title = text[:text.find(":")]
    unnegated = EXCLUDED_BODY_TITLE.sub(lambda m: " " * len(m.group(0)), title) + text[len(title):]
    return [] if NON_MEMBER.search(text) or blocked(unnegated, len(text), len(text), 0) else facts


# "Memberships: UN (1992), CIS, SCO (founder, 2001); observer: EAEU": a country entry's line of
# the bodies it belongs to ("Former memberships:" opens with another word and is no such line)
# ("| Memberships | UN, ASEAN, NAM |": an infobox row, its label cell before the bar)
MEMBERSHIPS_LABEL = re.compile(r"\s*(?:international\s+)?(?:memberships?|member\s+of)\s*[:|]\s*", re.IGNORECASE)
# "; observer: EAEU", ". Applicant: WTO": a lower tier's label ends the list of memberships
LOWER_TIER_LABEL = re.compile(r"[;.]\s*[A-Za-z][\w ]{0,30}:")
ENTRY_NOTE = re.compile(r"\s*\(([^()]{1,40})\)")  # "SCO (founder, 2001)", "ASEAN (observer)"


# a note naming the profiled state's fellow founders: "Founding member with Russia and Belarus",
# "founding member (1991), with Argentina, Paraguay and Uruguay"
CO_FOUNDERS_NOTE = re.compile(r"\b(?:founding member|co-?founder|founder)s?\b[^.;:]{0,20}?\b(?:with|alongside|along with|together with)\s", re.IGNORECASE)
# "United Nations: founding member (1945); ...", "BRICS: full member from 1 January 2024": a
# profile's entry whose value opens with the profiled state's standing in the body it is labelled with
MEMBER_STANDING = re.compile(
    r"\s*(?::|[–—]|-(?=\s))\s*(?:(?:a|an)\s+)?(?:(?:founding|full|original|permanent|founder)?\s*(?:member|founder)\b(?!\s+(?:status|states?\b))"
    r"|(?:joined|admitted|acceded)\b)(?P<note>[^;]*)",
    re.IGNORECASE,
)


def membership_entry(text: str, slots: list[Slot], memory: "DocumentMemory", section: tuple[Ref, ...] = ()) -> list[Fact]:
    """"- Arab League: founding member (Cairo, 1945); ..." in a profile whose title names one
    state ("Country Profile: Arab Republic of Egypt"): that state belongs to the body the entry
    opens with; the entry's first clause alone tells its standing ("founding member of the OAU
    (1963) and of the AU (2002)" names the bodies itself). The standing may follow a dash
    ("- Mercosur – founding member (1991), with ..."), and the fellow founders it names with the
    state belong too."""
    # (the state of the section the entry stands in, "### Kazakhstan" over "- SCO: founding member", else the title's)
    states = {ref for ref in section if ref.label == "State"}
    states = states if len(states) == 1 else {ref for ref in memory.title_refs if ref.label == "State"}
    if len(states) != 1 or not slots or slots[0].start != 0 or "Organization" not in slots[0].labels:
        return []
    standing = MEMBER_STANDING.match(text, slots[0].end)
    if not standing or NON_MEMBER.search(standing.group(0)) or re.search(r"\b(?:not|never|suspended|former|left)\b", standing.group(0), re.IGNORECASE):
        return []
    named = [s for s in slots if "Organization" in s.labels and standing.start("note") <= s.start < standing.end()]
    bodies = named if named and re.match(r"\s*of\b", standing.group("note")) else slots[:1]
    year = re.search(r"\b(?:19|20)\d\d\b", standing.group("note")) if not named else None
    # "founding member (1991), with Argentina, Paraguay and Uruguay": the body's other founders, up to the sentence's end
    founders = CO_FOUNDERS_NOTE.search(text, standing.start(), standing.end())
    stop = text.find(".", founders.end(), standing.end()) if founders else -1
    members = list(states) + [ref for s in slots if founders and founders.end() <= s.start < (stop if stop != -1 else standing.end()) for ref in s.refs if ref.label == "State"]
    return [
        Fact("MEMBER_OF", state, org, {"year": int(year.group(0))} if year else {})
        for state in dict.fromkeys(members) for org in _refs(bodies, ("Organization",)) if org.name not in memory.firms
    ]


def memberships_line(text: str, slots: list[Slot], memory: "DocumentMemory") -> list[Fact]:
    """"Memberships: UN (1992), CIS, OIC, SCO (founder, 2001); observer: EAEU" under an entry whose
    heading names one state: that state belongs to each body listed before a lower tier's label."""
    label = MEMBERSHIPS_LABEL.match(text)
    states = {ref for ref in memory.heading_refs if ref.label == "State"}
    if not label or len(states) != 1:
        return []
    tier = LOWER_TIER_LABEL.search(text, label.end())
    stop = tier.start() if tier else len(text)
    facts = []
    for slot in slots:
        if "Organization" not in slot.labels or not label.end() <= slot.start < stop or {r.name for r in slot.refs} <= memory.firms:
            continue
        note = ENTRY_NOTE.match(text, slot.end)
        if note and NON_MEMBER.search(note.group(1)):
            continue  # "ASEAN (observer)"
        if NON_MEMBER.search(text, _entry_start(text, slot.start, label.end()), slot.start):
            continue  # "..., observer at the SCO since 2004", "applicant to the WTO": the entry's own lower tier
        year = re.search(r"\b(?:19|20)\d\d\b", note.group(1)) if note else None
        facts += [Fact("MEMBER_OF", state, org, {"year": int(year.group(0))} if year else {}) for state in states for org in _refs([slot], ("Organization",))]
    return facts


# "Thailand — CIS (dialogue partner); AUKUS (full member since 2008).": a state, a dash or a colon, then bodies each
# with its standing in brackets
STANDINGS_OPENING = re.compile(r"\s*(?:[—–:]|--|\s-\s)\s*(?:the\s+)?")
STANDINGS_JOINT = re.compile(r"\s*[;,]\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
STANDING_WORD = re.compile(r"\b(?:members?|found(?:er|ing)|joined|admitted|acceded)\b", re.IGNORECASE)


def state_standings(text: str, slots: list[Slot], memberless: frozenset = frozenset()) -> list[Fact]:
    """The memberships a state's line of standings gives: each body whose bracketed note says member, founder,
    joined, admitted or acceded (not "observer", "candidate for membership", "left in 1990").

    >>> text = "Thailand — CIS (dialogue partner); AUKUS (full member since 2008)."
    >>> slots = [Slot(0, 8, (Ref("Thailand", "State"),)), Slot(11, 14, (Ref("Commonwealth of Independent States", "Organization"),)),
    ...          Slot(35, 40, (Ref("AUKUS", "Organization"),))]
    >>> [(f.source.name, f.target.name) for f in state_standings(text, slots)]
    [('Thailand', 'AUKUS')]
    """
    if len(slots) < 2 or slots[0].labels != {"State"} or not re.fullmatch(r"[\W_]*(?:the\s+)?", text[:slots[0].start], re.IGNORECASE):
        return []
    opening = STANDINGS_OPENING.match(text, slots[0].end)
    if opening is None:
        return []
    facts, position = [], opening.end()
    for slot in slots[1:]:
        if slot.start != position or "Organization" not in slot.labels:
            break
        note = ENTRY_NOTE.match(text, slot.end)
        if note is None:
            break
        if STANDING_WORD.search(note.group(1)) and not NON_MEMBER.search(note.group(1)) and not re.search(r"\b(?:not|never|former|until)\b", note.group(1), re.IGNORECASE):
            facts += [Fact("MEMBER_OF", slots[0].refs[0], org) for org in _refs([slot], ("Organization",)) if org.name not in memberless]
        joint = STANDINGS_JOINT.match(text, note.end())
        position = joint.end() if joint else note.end()
    return facts


def _entry_start(text: str, position: int, start: int) -> int:
    """Where the list entry holding ``position`` opens: after the last comma or semicolon before
    it, or at ``start`` (the end of the list's label)."""
    return max(text.rfind(",", start, position), text.rfind(";", start, position), start - 1) + 1


# A tracker's status record, "Sweden / NATO: `invited` → `member`, effective 7 March 2024": the states, a
# slash, the body, then the standing (the last one after an arrow is the current one)
RECORD_PAIR = re.compile(r"[\s*`_]*/[\s*`_]*")
RECORD_LABEL_END = re.compile(r"[\s*`_]*(?::|--|[—–])\s*")
RECORD_ARROW = re.compile(r"→|->|=>|⇒")
RECORD_STANDING = re.compile(
    r"\b(?:(?P<member>(?:founding |full )?members?)|former|ex-members?|observers?|partners?|applicants?|candidates?|invited|invitees?|"
    r"suspended|expelled|withdrawn|aspirants?|dialogue partners?)\b",
    re.IGNORECASE,
)


def status_record(text: str, slots: list[Slot]) -> list[Fact]:
    """"Belarus / SCO: `observer` → `member` (4 July 2024)", "Egypt, Ethiopia / BRICS: member from
    2024": a record pairing states with a body, whose current standing (after the last arrow, in
    the record's first clause) makes them members; "`member` → `former`", "kept at `invited`",
    "unchanged at `applicant`" do not."""
    states = []
    position = 0
    for slot in slots:
        if "State" not in slot.labels or not re.fullmatch(r"[\s*`_•-]*|\s*(?:,|and|&)\s*(?:and\s+)?", text[position:slot.start]):
            break
        states.append(slot)
        position = slot.end
    pair = RECORD_PAIR.match(text, position) if states else None
    body = next((s for s in slots if pair and s.start == pair.end()), None)
    if body is None or "Organization" not in body.labels:
        return []
    label_end = RECORD_LABEL_END.match(text, body.end)
    if label_end is None:
        return []
    clause = re.split(r";|\.(?:\s|$)", text[label_end.end():], maxsplit=1)[0]
    current = clause[[m.end() for m in RECORD_ARROW.finditer(clause)][-1]:] if RECORD_ARROW.search(clause) else clause
    standing = RECORD_STANDING.search(current)
    if standing is None or not standing.group("member") or re.search(r"\b(?:not|never|no longer|no)\b", current[:standing.start()], re.IGNORECASE):
        return []
    year = re.search(r"\b(?:19|20)\d\d\b", clause)
    return [
        Fact("MEMBER_OF", state, org, {"year": int(year.group(0))} if year else {})
        for state in _refs(states, ("State",)) for org in _refs([body], ("Organization",))
    ]


def headline_exercise(text: str, slots: list[Slot]) -> list[Fact]:
    """A heading that names an exercise, then who drills and where: "Joint Sea-2021:
    Russian and Chinese navies in the Sea of Japan", "Vostok-2018 — Russia and China on the steppe"."""
    exercise = next((s for s in slots if "Exercise" in s.labels), None)
    if exercise is None or not re.match(r"\s*(?::|--|[—–])\s|\s\(", text[exercise.end:exercise.end + 4]):
        return []
    after = [s for s in slots if s.start > exercise.end]
    actors = _first_group(text, [s for s in after if s.labels & {"State", "ArmedForce"} and not _located(text, s)])
    if not actors or not re.fullmatch(r"\s*(?::|--|[—–])\s+(?:the\s+)?|\s\(\s*", text[exercise.end:actors[0].start]):
        return []
    if text[exercise.end:actors[0].start].strip() == "(" and (len(actors) < 2 or not re.match(r"\s*\)", text[actors[-1].end:])):
        return []  # "Vostok-2018 (Russia, China, Mongolia)" lists who took part; one state alone in brackets may be the host
    if blocked(text, len(text), len(text), 0):  # "Zapad-2025: Belarus expected to co-host"
        return []
    places = [s for s in after if s.start > actors[-1].end and s.labels & {"Region", "State"} and _located(text, s)]
    return [Fact("PARTICIPATED_IN", a, e) for a in _refs(actors, ("State", "ArmedForce")) for e in _refs([exercise], ("Exercise",))] + [
        Fact("HELD_IN", e, p) for e in _refs([exercise], ("Exercise",)) for p in _refs(places, ("Region", "State"))
    ]


# A heading over a list that is not of participants: "Observers", "Invited but absent"
# the verb after an entry's opening names, which makes the entry a clause ("Mongolia is hedging",
# "India stayed home"), not a name listed under the heading
ENTRY_OWN_VERB = re.compile(r"\s+(?:\w+ly\s+)?(?:is|are|was|were|has|have|had|will|would|may|might|could|can|did|does|do|seems?|remains?|stays?|[a-z]+ed)\b")
NOT_PARTICIPANTS = re.compile(r"\b(?:observ\w*|invit\w*|absent|declined|withdr\w*|candidates?|possible|expect\w*|planned|future|hosts?)\b", re.IGNORECASE)


def listed_participant(text: str, slots: list[Slot], heading: str, exercises: list[Ref]) -> list[Fact]:
    """An entry of a bulleted list under a heading that names an exercise ("Vostok-2018"
    then "- China", "- Mongolia (ground troops)"): the states and forces it opens with took
    part, unless the heading or the entry says they only watched or were to come."""
    if not exercises or not slots or slots[0].start != 0 or slots[0].kind == "reference" or NOT_PARTICIPANTS.search(heading):
        return []
    if OBSERVER.search(text) or NOT_PARTICIPANTS.search(text) or blocked(text, len(text), len(text), 0):
        return []
    actors = _first_group(text, [s for s in slots if s.labels & {"State", "ArmedForce"}])
    if not actors or actors[0] is not slots[0]:
        return []
    if ENTRY_OWN_VERB.match(text, actors[-1].end):
        return []  # "2. Mongolia is hedging.": an entry with a verb of its own says what it says, no listing
    return [Fact("PARTICIPATED_IN", actor, ex) for actor in _refs(actors, ("State", "ArmedForce")) for ex in exercises]


def _member_list(text: str, slots: list[Slot], context: "ParagraphContext") -> list[Fact]:
    """"Quad (Quadrilateral Security Dialogue). Australia, India, Japan and the United States.":
    in an entry about an organization, a sentence that only lists states lists its members."""
    # (not after "The Quad will not have new members.": a sentence about the body, not an entry's title)
    if context.topic is None or not context.entry_title or len(slots) < 3 or any(s.labels != {"State"} for s in slots):
        return []
    pieces = [text[:slots[0].start]] + [text[a.end:b.start] for a, b in zip(slots, slots[1:])] + [text[slots[-1].end:]]
    if not all(re.fullmatch(r"\s*(?:,|,?\s*and)?\s*(?:the\s+)?|\s*\.?\s*", piece, re.IGNORECASE) for piece in pieces):
        return []
    return [Fact("MEMBER_OF", ref, context.topic) for ref in _refs(slots, ("State",))]


# "The Quad -- Australia, India, ...": a note's entry, the organization first, its states after a dash, then
# nothing but a full stop or semicolon (or "at the start": the founders, whoever came later); not a colon
# and not a heading with no stop ("CSTO: Azerbaijan and Georgia" titles a question about them)
GLOSS_OPENING = re.compile(r"[\s*_#>•-]*(?:the\s+)?", re.IGNORECASE)
GLOSS_DASH = re.compile(r"\s*(?:--|[—–])\s*(?:the\s+)?", re.IGNORECASE)
GLOSS_LIST_GAP = re.compile(r"\s*(?:,|,?\s*and)\s*(?:the\s+)?", re.IGNORECASE)
GLOSS_END = re.compile(r"\s*(?:(?:at|from)\s+(?:the\s+)?(?:start|outset|founding)|originally|at first)?\s*[.;]", re.IGNORECASE)


def _glossed_members(text: str, slots: list[Slot]) -> list[Fact]:
    """"**The Quad** -- Australia, India, Japan, United States.": an entry that opens with an
    organization and glosses it with a list of states alone lists its members (not "NATO --
    Russia and China criticised it": a list that runs on into a clause is something else)."""
    if len(slots) < 3 or "Organization" not in slots[0].labels or not GLOSS_OPENING.fullmatch(text, 0, slots[0].start):
        return []
    dash = GLOSS_DASH.match(text, slots[0].end)
    if not dash:
        return []
    states: list[Slot] = []
    for slot in slots[1:]:
        gap = (GLOSS_LIST_GAP.fullmatch(text, states[-1].end, slot.start) if states else slot.start == dash.end())
        if slot.labels != {"State"} or not gap:
            break
        states.append(slot)
    if len(states) < 2 or not GLOSS_END.match(text, states[-1].end):
        return []
    organization = next(ref for ref in slots[0].refs if ref.label == "Organization")
    return [Fact("MEMBER_OF", ref, organization) for ref in _refs(states, ("State",))]


TERRITORY_OF_BEFORE = re.compile(
    r"\b(?:territory|territories|soil|ranges|waters|(?:north|south|east|west|centre|center|interior)\w*(?:\s+part)?|"
    r"(?:in|at|near) (?:the )?(?-i:[A-Z])[\w-]+ (?:region|province|oblast|krai|district|state)) of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _territory(text: str, slot: Slot) -> bool:
    """"on the territory of Belarus", "in the south of Russia", "across the east of the country",
    "at Chebarkul in the Chelyabinsk region of Russia"."""
    window = text[max(0, slot.start - 50):slot.start]
    # every match holds " of" (no letter beyond ASCII matches "o" or "f"): most windows lack it
    return " of" in window.lower() and bool(TERRITORY_OF_BEFORE.search(window))


# "in the east of Russia, and China and India took part": the names after it are a clause's subject
LIST_OPENS_CLAUSE = re.compile(r"\s+(?:\w+ly\s+|also\s+|both\s+)?(?:took|take|joined|join|sent|send|were|was|are|is|have|has|had|did|do|will|would)\b", re.IGNORECASE)


def _territory_listed(text: str, places: list[Slot], clause: list[Slot]) -> list[Slot]:
    """The states listed after a territory's first: "in the north of Norway, Sweden and Finland" is in
    the north of each, not a place and two parties."""
    listed = []
    for place in (s for s in places if "State" in s.labels and _territory(text, s)):
        group = next((g for g in _groups(text, [s for s in clause if s.start >= place.start and "State" in s.labels and s.kind != "demonym"]) if g[0] is place), [])
        if len(group) > 1 and not LIST_OPENS_CLAUSE.match(text, group[-1].end):
            listed += group[1:]
    return listed


# Compiled once: drafted() is asked for every mention of a sentence about a veto.
DRAFTED_BY = re.compile(DRAFTER.pattern + r"\s+(?:jointly\s+)?by\s+(?:the\s+)?$", re.IGNORECASE)
# ("Algeria, an elected member, circulated a text": an apposition may stand between the drafter and its verb)
DRAFTER_VERB_AFTER = re.compile(
    r"(?:'s|’s)?[-\s]*(?:,\s*which\s+)?(?:,\s+(?:an?|the|its|their|one\s+of\s+the)\s+[^,;:()]{1,30},\s*)?(?:had\s+|has\s+)?(?:jointly\s+)?(?:" + DRAFTER.pattern + r")(?!\s+by)",
    re.IGNORECASE,
)


# after a group of states, a text of their own: "Russia's own draft", "France's text", "the Russia-UK proposal"
OWN_DRAFT_AFTER = re.compile(r"(?:'s|’s)?[-–\s]*(?:[A-Z]{2,3}[-–]?\s*)?(?:own\s+)?(?:drafts?|texts?|proposals?)\b")
# a text of their own on a subject: "Algeria's ceasefire text", "Brazil's humanitarian-pauses draft", "Russia's own humanitarian text"
OWN_DRAFT_ON_AFTER = re.compile(r"(?:'s|’s)\s+(?:own\s+)?(?-i:[a-z])[\w-]*(?:\s+(?-i:[a-z])[\w-]*)?\s+(?:drafts?|texts?|proposals?)\b")
# "France and the United Arab Emirates, the penholders, put forward ...": the drafters named in apposition
DRAFTER_APPOSITION = re.compile(r",\s+(?:the\s+|its\s+|their\s+)?(?:co-)?(?:penholders?|drafters?|sponsors?|co-sponsors?|authors)\b", re.IGNORECASE)


# "blocked the American text", "vetoed a French draft": a text named by its drafter's nationality
DRAFTER_NATIONALITY_TEXT = re.compile(r"\s+(?:draft|text|resolution)\b", re.IGNORECASE)
ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
# the verbs that end a text ("vetoed", "blocked", "killed"), not a vote against it, which an elected member casts too
TEXT_KILLING_TRIGGER = re.compile(r"(?:vetoe?|block|kill|sank|sink|struck down|strikes down|torpedo|scupper)", re.IGNORECASE)


def _text_of_another_drafter(text: str, slots: list[Slot], vetoers: list[Slot]) -> bool:
    """Whether the sentence names the vetoed text by the nationality of a drafter that is none
    of the vetoers ("Russia and China blocked the American text"): a draft the section spoke of,
    whose subject the drafter's nationality is not."""
    vetoing = {ref.name for slot in vetoers for ref in slot.refs}
    return any(
        slot.kind == "demonym" and DRAFTER_NATIONALITY_TEXT.match(text, slot.end) and ARTICLE_BEFORE.search(text, max(0, slot.start - 6), slot.start)
        and not {ref.name for ref in slot.refs} & vetoing
        for slot in slots
    )


def drafted(text: str, group: list[Slot]) -> bool:
    """Whether a coordinated group is named as the drafters or sponsors of a text."""
    before = text[max(0, group[0].start - 40):group[0].start]
    after = text[group[-1].end:group[-1].end + 40]
    return bool(
        DRAFTED_BY.search(before)
        or DRAFTER_VERB_AFTER.match(after)
        or OWN_DRAFT_AFTER.match(after)
        or OWN_DRAFT_ON_AFTER.match(after)
        or DRAFTER_APPOSITION.match(after)
    )


# "a firing range in Rajasthan, India": a province the gazetteer does not know, then its state
# (a lower-case preposition: "In July, Ukrainian ships ..." opens a sentence with a date)
PROVINCE_BEFORE = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2},\s+$")


def _after_province(text: str, slot: Slot, clause: list[Slot]) -> bool:
    """Whether a state is named as where an unknown province lies ("in Rajasthan, India")."""
    if "State" not in slot.labels or slot.kind == "demonym" or not PROVINCE_BEFORE.search(text, max(0, slot.start - 40), slot.start):
        return False
    return not any(s.end <= slot.start and slot.start - s.end <= 3 for s in clause)  # "in Vostok, China and ...": a list


# "in waters off Zhanjiang, China": a state after the town it is in, the town unknown to the gazetteer
TOWN_OF = re.compile(
    r"\b(?-i:in|off|near|at)\s+(?:the\s+)?(?:waters\s+off\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
    r"June|July|August|September|October|November|December|Spring|Summer|Autumn|Winter|Addition|Particular|Total|Turn|Response|Contrast|Short|Practice)\b)"
    r"(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?,\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _after_town(text: str, slot: Slot) -> bool:
    return TOWN_OF.search(text, max(0, slot.start - 45), slot.start) is not None


# a place name used as a noun's modifier: "the South China Sea dispute", "Taiwan Strait tensions"
PLACE_AS_MODIFIER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+)?(?:disputes?|claims?|island-building|crisis|issues?|question|stand-?offs?|tensions?|arbitration|ruling|militari[sz]ation|policy|code of conduct)\b"
)
# an adverbial of time that is a clause or event of its own: "two months after a tribunal ruled ...",
# "shortly before the summit in Delhi", "after the clash with Chinese troops"
TIME_ASIDE = IndexedPattern(re.compile(
    r"(?:\b(?:(?:a|one|two|three|four|five|six|several|a few|\d+)\s+(?:days?|weeks?|months?|years?)|shortly|soon|just|only)\s+)?\b(?:after|before|following)\s+(?!(?:the\s+|this\s+|that\s+)?(?:exercise|drills?|manoeuvres|maneuvers|it|them)\b)",
    re.IGNORECASE,
), SENTENCES)  # asked for each trigger of a participation: tried only where the sentence's scan finds an opening
ASIDE_END = re.compile(r"[,;]|\s[-–—]\s")


def _time_aside(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a time adverbial that says what happened around the deed (up to the next
    comma or semicolon), unless the trigger itself is inside it."""
    for aside in TIME_ASIDE.finditer(text):
        stop = ASIDE_END.search(text, aside.end())
        span = (aside.start(), stop.start() if stop else len(text))
        if not span[0] <= start < span[1]:
            return span
    return None


PLACE_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|over|off|near|at|across|into|on the territory of|on)\s+(?:the\s+)?(?:(?:north|south|east|west|central|far)[\w-]*\s+)?$", re.IGNORECASE
)


def _located(text: str, slot: Slot) -> bool:
    return bool(PLACE_PREPOSITION_BEFORE.search(text[max(0, slot.start - 35):slot.start]) or _after_town(text, slot)) and not re.search(r"\b(?:took part|participated)\s+in\s+$", text[max(0, slot.start - 25):slot.start], re.IGNORECASE)


# "carried out what Manila calls a maritime cooperative activity": the state names the deed, it does not do it
NAMER_BEFORE = re.compile(r"\bwhat\s+(?:the\s+)?$", re.IGNORECASE)
NAMER_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:calls?|called|describe[sd]?|terms?|termed|dubs?|dubbed|labels?|labell?ed|brands?|branded)\b", re.IGNORECASE)


def _namer(text: str, slot: Slot) -> bool:
    """Whether ``slot`` only names what others do: "what Hanoi described as a joint patrol"."""
    return bool(NAMER_BEFORE.search(text, max(0, slot.start - 10), slot.start) and NAMER_AFTER.match(text, slot.end))


def _owner_of_force(text: str, slot: Slot, clause: list[Slot]) -> bool:
    """A state named only as the owner of a force that follows ("China's PLA Navy")."""
    following = [s for s in clause if s.start >= slot.end]
    if not following or "ArmedForce" not in following[0].labels:
        return False
    return bool(re.fullmatch(r"(?:'s|’s|')?\s*", text[slot.end:following[0].start]))


# "India attended as an observer, while China took part": the observer's word stays in its own clause
OBSERVER_REACH = re.compile(r";|\bwhile\b|\bwhereas\b|,\s*but\b", re.IGNORECASE)
RELATIVE_OPENING = re.compile(r",\s*(?:(?:in|at|during|to|for|of)\s+)?which\b", re.IGNORECASE)


def _observer(text: str, slot: Slot) -> bool:
    """Whether the words next to ``slot`` in its clause say it only watched."""
    before = OBSERVER_REACH.split(text[max(0, slot.start - 30):slot.start])[-1]
    # "France watched Mosi-2024, in which Egypt ... took part": a relative after the watcher opens a clause with
    # a subject of its own (only before the state: "Egypt, which only observed," is still Egypt watching)
    before = RELATIVE_OPENING.split(before)[-1]
    after = OBSERVER_REACH.split(_window(text, slot, 30, after=True))[0]
    return bool(OBSERVER.search(before) or OBSERVER.search(after))


ABSTENTIONS_LISTED = re.compile(r"\babstentions?\s*\([^()]*$", re.IGNORECASE)


def _abstaining(text: str, group: list[Slot]) -> bool:
    """Whether a coordinated group is said to abstain: "China and India abstained", "2 abstentions (China, India)"."""
    return bool(ABSTAINED.search(_window(text, group[-1], 30, after=True).split(";")[0]) or ABSTENTIONS_LISTED.search(text, max(0, group[0].start - 60), group[0].start))


# "..., while Brazil abstained", "; China abstained": a clause of another state's own
CLAUSE_AFTER_SLOT = re.compile(r";|,\s+(?:while|whereas|but|although|though|with)\b", re.IGNORECASE)


def _own_clause(window: str) -> str:
    """The words after a state up to the next clause ("a draft on Sri Lanka in 1999, while
    Brazil abstained": Sri Lanka abstained from nothing)."""
    return CLAUSE_AFTER_SLOT.split(window, maxsplit=1)[0]


def _window(text: str, slot: Slot, width: int, after: bool = False) -> str:
    if after:
        return text[slot.start:slot.end + width]
    return text[max(0, slot.start - width):slot.end + 12]


# A date counted from when the text was written ("last year", "earlier this month"): no year
# the sentence names, and nearer its fact than one another clause names, it leaves that fact undated.
RELATIVE_DATE = re.compile(
    r"\b(?:(?:last|this|next|past|previous|coming)\s+(?:year|month|week|spring|summer|autumn|fall|winter)|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|a few|\d{1,2})\s+(?:years?|months?|decades?)\s+ago)\b",
    re.IGNORECASE,
)


# A hedge on one entry of a list: "China, Turkey and possibly Iran", "to China and, some say, to Iran",
# "Kazakhstan and Armenia, I believe also India"
# ("... I believe also India, though I'd want to double-check India": the second naming is as unsure)
HEDGE_WORD = r"\b(?:possibly|perhaps|probably|reportedly|allegedly|apparently|maybe|presumably|supposedly|some say|it (?:seems|appears)|(?:I|we) (?:believe|think)|double-check|verify)"
HEDGED_ENTRY = re.compile(HEDGE_WORD + r",?\s+(?:also\s+|even\s+)?(?:to\s+|from\s+|by\s+|with\s+|the\s+)?$", re.IGNORECASE)
HEDGE_WORDS = IndexedPattern(re.compile(HEDGE_WORD, re.IGNORECASE), SENTENCES)  # whether a sentence has any: most have none
# An entry a list leaves out: "all SCO founders except Uzbekistan", "the G7, with the exception of
# Italy,", "Russia and Belarus, but not Armenia,", "every member but Armenia", "states other than India"
EXCLUDED_ENTRY = re.compile(
    r"(?:\bexcept(?:ing)?(?:\s+for)?|\bexcluding|\bnot including|\bsave for|\bwith the (?:sole )?exceptions? of|\bother than|\bbut not"
    r"|\b(?:all|every|each)\s+(?:[\w-]+\s+){0,3}?(?:but|save|apart from|aside from))\s+(?:to\s+|from\s+|by\s+|with\s+|the\s+)?$",
    re.IGNORECASE,
)
# An entry set against the one before it: "bought twelve Anka drones from Turkey, not Akincis", "Russia,
# not China, sold the jets" (not "not least India" or "not only ...": those add an entry)
CORRECTED_ENTRY = re.compile(r",\s+not\s+(?:to\s+|from\s+|by\s+|with\s+|the\s+|an?\s+)?$", re.IGNORECASE)
EXCLUDING_WORDS = IndexedPattern(re.compile(r"\bexcept|\bexcluding|\bnot including|\bsave\s|\bexceptions? of|\bother than|\bbut\s|\b(?:apart|aside) from", re.IGNORECASE), SENTENCES)


# The type a system descends from, named in an apposition or after "based on": "the H-6K, a
# much-modernised descendant of the Tu-16", "built the BrahMos on the basis of the P-800 Oniks".
# The fact is about the descendant. ("an export version of the S-400" as the object itself stays.)
LINEAGE = re.compile(
    r",\s*(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}?(?:descendants?|offshoots?|derivatives?|cop(?:y|ies)|clones?|versions?|variants?|developments?|successors?|relatives?)"
    r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$|\b(?:based on|on the basis of|modell?ed on|derived from|patterned on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# The original a maker copied, named after the copy it made: "built its own copy of the Su-27, the J-11",
# "makes an unlicensed clone of the C-802": the maker made the copy, not the original
# (unlike "an export version of the S-400", which is that system still)
COPY_MADE = re.compile(
    r"\b(?:built|builds|build|building|produced|produces|produce|made|makes|make|manufactured|manufactures|developed|develops|reverse-engineered)\s+"
    r"(?:(?:a|an|the|its|their|own|first|unlicensed|unlicenced|local|domestic|indigenous|reverse-engineered|illegal|pirated)\s+){0,3}"
    r"(?:cop(?:y|ies)|clones?|knock-offs?|imitations?)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
LINEAGE_WORDS = IndexedPattern(re.compile(r"\b(?:descendant|offshoot|derivative|cop(?:y|ies)|clone|knock-off|imitation|version|variant|development|successor|relative|based on|basis of|modell?ed on|derived from|patterned on)", re.IGNORECASE), SENTENCES)


def _without_entries_named_after(pattern: re.Pattern, reach: int, text: str, facts: list[Fact], slots: list[Slot], head: str | None = None) -> list[Fact]:
    """``facts`` without those whose argument is named only right after ``pattern`` (a hedged
    entry of a list, the type a system descends from). With ``head``, only where a mention of
    that label stands just before the pattern: "the J-7, a descendant of the MiG-21" names what
    descends; in "flies the CF-18, a variant of the F/A-18" with the CF-18 unknown, the F/A-18
    is all there is to read."""
    hedged = set()
    for slot in slots:
        match = pattern.search(text, max(0, slot.start - reach), slot.start)
        if match and (head is None or any(head in other.labels and 0 <= match.start() - other.end <= 40 for other in slots)):
            hedged.add(id(slot))
    if not hedged:
        return facts

    def only_hedged(name: str) -> bool:
        named = [slot for slot in slots if any(ref.name == name for ref in slot.refs)]
        return bool(named) and all(id(slot) in hedged for slot in named)

    # the buyer of a sale stands in its "to", the seller of a purchase in its "from"
    return [
        fact for fact in facts
        if not any(only_hedged(name) for name in (fact.source.name, fact.target.name, fact.properties.get("to"), fact.properties.get("from")) if isinstance(name, str))
    ]


# Between two entries of one list: ", ", " and the ", ", and ", " or "; between two years also "in".
LIST_GAP = re.compile(r"\s*,?\s*(?:(?:and|or)\s+)?(?:the\s+|in\s+)?")


def _opposes_own_firm(fact: Fact, context: "ParagraphContext") -> bool:
    """Whether ``fact`` has a state oppose a firm of its own ("HAL assembled the Su-30MKI, a deal that
    Indian auditors criticised"): domestic criticism of a programme, no opposition between parties."""
    return fact.type == "OPPOSES" and context.memory.firm_states.get(fact.target.name) == fact.source.name


def _runs_of_entries(text: str, spans: list[tuple[int, int, object]]) -> list[list[object]]:
    """The runs of ``spans`` (start, end, item; in order) joined only by list gaps, two or more long."""
    runs: list[list[tuple[int, int, object]]] = []
    for span in spans:
        if runs and LIST_GAP.fullmatch(text, runs[-1][-1][1], span[0]):
            runs[-1].append(span)
        else:
            runs.append([span])
    return [[item for _, _, item in run] for run in runs if len(run) > 1]


OWNER_GAP = re.compile(r"(?:'s|’s)\s+")


def _paired_respectively(text: str, facts: list[Fact], slots: list[Slot]) -> list[Fact]:
    """With "respectively", the n-th entry of one list goes only with the n-th of another as long:
    "India and Vietnam bought the Su-30MKI and the Su-30MK2 respectively" pairs India with the
    Su-30MKI alone; "received it in 2018 and 2021 respectively" gives each buyer its own year."""
    entries: list[tuple[int, int, set]] = []
    for slot in sorted(slots, key=lambda s: (s.start, -s.end)):
        if entries and (slot.start < entries[-1][1] or OWNER_GAP.fullmatch(text, entries[-1][1], slot.start)):
            entries[-1] = (entries[-1][0], max(entries[-1][1], slot.end), entries[-1][2] | {ref.name for ref in slot.refs})  # "Russia's Far East": one entry
        else:
            entries.append((slot.start, slot.end, {ref.name for ref in slot.refs}))
    lists = _runs_of_entries(text, entries)
    years = _runs_of_entries(text, [(m.start(), m.end(), int(m.group(1))) for m in YEAR.finditer(text)])
    if not lists:
        return facts

    def places(name) -> list[tuple[int, int, int]]:
        return [(number, len(run), index) for number, run in enumerate(lists) for index, names in enumerate(run) if name in names]

    kept = []
    for fact in facts:
        named = [places(name) for name in (fact.source.name, fact.target.name, fact.properties.get("to"), fact.properties.get("from")) if isinstance(name, str)]
        found = [place for found in named for place in found]
        if any(a[0] != b[0] and a[1] == b[1] and a[2] != b[2] for one, other in combinations(named, 2) for a in one for b in other):
            continue  # entries of two lists as long, at different places
        dated = [run[index] for _, length, index in found for run in years if len(run) == length]
        if dated and "year" not in fact.properties:
            fact.properties["year"] = dated[0]
        kept.append(fact)
    return kept


# An author-year citation in brackets: "(Bailey and Daws 1998, 229)", "(Luard 1982)", "(Smith et al.
# 2004: 12; Roberts 2008)". Its years date a book, not what the sentence tells.
CITATION = re.compile(
    r"\((?:see |cf\. |e\.g\. )?(?-i:[A-Z])[\w'’-]+(?:,? (?:and|&) (?-i:[A-Z])[\w'’-]+| et al\.)?,? (?:1[89]|20)\d\d[a-z]?"
    r"(?:[,:] (?:pp?\. )?\d+(?:[-–]\d+)?)?(?:; [^()]{1,80})?\)"
)


# a number inside a system's name that reads as a year: "Mirage 2000", "the MiG-29 and Mirage 2000-5"
SYSTEM_NUMBER = re.compile(r"(?<![\w-])(?:1[89]\d\d|20\d\d)(?!\d)")


def _system_names_undated(text: str, slots: list[Slot]) -> str:
    """``text`` with the year-like numbers inside weapon systems' names masked, offsets kept:
    "Peru flew its Mirage 2000s" is not dated 2000.

    >>> _system_names_undated("Peru flew Mirage 2000s in 1996.", [Slot(10, 22, (Ref("Mirage 2000", "WeaponSystem"),))])
    'Peru flew Mirage ####s in 1996.'
    """
    for slot in slots:
        if "WeaponSystem" in slot.labels and SYSTEM_NUMBER.search(text, slot.start, slot.end):
            text = text[:slot.start] + SYSTEM_NUMBER.sub("####", text[slot.start:slot.end]) + text[slot.end:]
    return text


def event_years(text: str) -> list[re.Match]:
    """The year matches of ``text`` (``YEAR``) outside author-year citations: in "Moscow vetoed
    a draft on Hungary (Luard 1982, 94)" the sentence's year is none of the citation's.

    >>> [m.group(1) for m in event_years("In 1956 Moscow vetoed it (Luard 1982, 94).")]
    ['1956']
    """
    years = list(YEAR.finditer(text))
    if not years or "(" not in text:
        return years
    cited = [(m.start(), m.end()) for m in CITATION.finditer(text)]
    return [year for year in years if not any(start <= year.start() < end for start, end in cited)]


# A contrasting clause with its own subject: ", whereas Uzbekistan left it in 2012", ", but India
# bought them in 2021". What it dates is its own; the main clause's year still dates it.
CONTRASTED_CLAUSE = IndexedPattern(re.compile(
    r"[,;]\s*(?:whereas|while|but|(?:even\s+)?(?:al)?though)\s+(?-i:(?:the\s+)?[A-Z])", re.IGNORECASE,
), SENTENCES)

# A clause joined on with its own subject: ", and WHEREAS Russia vetoed", "... in 2017 and the US
# sanctioned". A year before it dates the clause before, when the trigger's own clause has a year after it.
COORDINATED_CLAUSE = re.compile(r"(?:[,;]\s*and\s+(?:(?-i:WHEREAS)\s+)?|\s+and\s+the\s+)(?-i:(?:the\s+)?[A-Z])", re.IGNORECASE)


def _clause_years(text: str, found: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The years of ``found`` that may date the trigger at ``start``-``end``, scoped by clause.

    Two kinds of clause with their own subject divide a sentence. Across a contrasting one
    ("..., whereas B left it in 2012") the trigger takes the years of its own clause when it has
    any, else those of the main clause, never another contrasting clause's. Across a coordinated
    one ("A left in 1969, and B vetoed it in 2017") an earlier clause's years are dropped only
    when a year follows the trigger in its own clause.

    >>> _clause_years("A joined in 1992, whereas B left it in 2012.", [(12, 1992), (38, 2012)], 2, 8)
    [(12, 1992)]
    >>> _clause_years("A and C belong to it, whereas B left it in 2012.", [(44, 2012)], 8, 14)
    []
    >>> _clause_years("A left in 1969, and B vetoed it in 2017.", [(10, 1969), (35, 2017)], 22, 28)
    [(35, 2017)]
    >>> _clause_years("A left in 1969, and B vetoed it.", [(10, 1969)], 22, 28)
    [(10, 1969)]
    """
    breaks = [m.start() for m in CONTRASTED_CLAUSE.finditer(text)] if found else []
    if breaks:
        def clause(offset: int) -> int:
            return sum(1 for b in breaks if b <= offset)

        own = clause(start)
        found = [year for year in found if clause(year[0]) == own] or [year for year in found if clause(year[0]) == 0]
    after = [year for year in found if year[0] >= end and not COORDINATED_CLAUSE.search(text, end, year[0])]
    if not after:
        return found
    return [year for year in found if year[0] >= end or not COORDINATED_CLAUSE.search(text, year[0], start)]


# the year an exercise's own name gives: "Joint Sea-2016", "Peace Mission-2010"
EXERCISE_NAME_YEAR = re.compile(r"-((?:19|20)\d\d)$")


def _exercise_name_year(fact: Fact) -> int | None:
    """The year in the name of the exercise ``fact`` links, which dates it when its sentence gives none
    ("Joint Sea is a series begun in 2012. Joint Sea-2016 was held in ...": 2016, not the paragraph's 2012)."""
    named = [EXERCISE_NAME_YEAR.search(ref.name) for ref in (fact.source, fact.target) if ref.label == "Exercise"]
    return next((int(m.group(1)) for m in named if m), None)


def _with_years(text: str, facts: list[Fact], context: ParagraphContext) -> list[Fact]:
    """Give each fact the year nearest its trigger in its own clause (or the paragraph's last
    year); a relative date nearer the trigger ("bought S-400s last year, and in 2019 ...") gives
    it none, and so does a year only a contrasting clause gives ("belong to the CSTO, whereas
    Uzbekistan left it in 2012")."""
    matches = event_years(text)
    found = [(m.start(), int(m.group(1))) for m in matches]
    exact = [int(m.group(1)) for m in matches if not m.group(0).endswith("s")]
    if exact:  # a decade ("since the 1950s") dates its own sentence, not the ones after it
        context.years = exact
    relative = [(m.start(), None) for m in RELATIVE_DATE.finditer(text)] if "ago" in text or "ast " in text or "his " in text or "ext " in text or "revious" in text or "oming" in text else []
    sentence_years = found
    for fact in facts:
        if "year" in fact.properties:
            continue
        start, end = fact.anchor
        found = _clause_years(text, sentence_years, start, end)
        if found and ", " in text:
            found = _without_apposition_years(text, found, start)
        if sentence_years and not found:
            continue  # dated only by a contrasting clause: not by this sentence, nor the one before
        if relative and min(found + relative, key=lambda f: (max(start - f[0], f[0] - end, 0), f[0]))[1] is None:
            pass  # dated only from when it was written
        elif found:
            fact.properties["year"] = min(found, key=lambda f: (max(start - f[0], f[0] - end, 0), f[0]))[1]
        elif _exercise_name_year(fact):
            fact.properties["year"] = _exercise_name_year(fact)
        elif context.years:
            fact.properties["year"] = context.years[-1]
        if fact.type in ("SOLD", "ACQUIRED"):
            _order_and_delivery_years(text, fact, found)
    return facts


# a noun phrase set off after a name that dates its own fact: "Norway, a NATO member since 1949, scrambled F-35s"
DATED_APPOSITION = re.compile(r"(?<=[\w)]),\s+(?:a|an|the|its|one of the)\s+[^,;:.()]{0,60}?\b(?:1[89]\d\d|20\d\d)\b[^,;:.()]{0,20},\s", re.IGNORECASE)


def _without_apposition_years(text: str, found: list[tuple[int, int]], start: int) -> list[tuple[int, int]]:
    """The years of ``found`` but those inside an apposition that does not hold the trigger at
    ``start``: the member's year dates the membership, not the scramble after it.

    >>> _without_apposition_years("Norway, a NATO member since 1949, flies F-35s.", [(28, 1949)], 35)
    []
    """
    asides = [(m.start(), m.end()) for m in DATED_APPOSITION.finditer(text)]
    if not asides:
        return found
    holding = next(((a, b) for a, b in asides if a <= start < b), None)
    if holding is not None:  # "Poland, an EU member since 2004, joined NATO in 1999": the aside's own year
        return [year for year in found if holding[0] <= year[0] < holding[1]]
    return [year for year in found if not any(a <= year[0] < b for a, b in asides)]


# How far before a year its order or delivery cue may stand ("ordered ... in October 2018").
# Only this stretch is searched, not the whole sentence before the year.
CUE_REACH = 70


def _order_and_delivery_years(text: str, fact: Fact, years: list[tuple[int, int]]) -> None:
    """``years`` are the sentence's ``(offset, year)``, found once for all its facts."""
    start, end = fact.anchor  # "Poland ordered 32 in 2020 and Finland ordered 64 in 2022": each its own year first
    for offset, year in sorted(years, key=lambda y: (max(start - y[0], y[0] - end, 0), y[0])):
        head = text[max(0, offset - CUE_REACH):offset]
        if ORDER_CUE.search(head):
            fact.properties.setdefault("order_year", year)
        elif DELIVERY_CUE.search(head):
            fact.properties.setdefault("delivery_year", year)


# Searched by re: behind a look-ahead for the characters their matches start with.
gate_patterns(globals())
