"""Words that stop a statement from being a fact: negation, hedging, modality, attribution.

A trigger word is blocked when

* a *local* cue stands between it and the previous trigger or clause start
  ("Russia has **not** sold", "China **might** buy", "India **plans to** acquire");
* a *scoping* cue stands anywhere before it in the sentence ("**there is no evidence
  that** Iran bought", "**reports that** Beijing acquired ...");
* a *retracting* cue follows it in the sentence ("... the S-500 **have never been
  confirmed**").

>>> blocked("Reports that China acquired the S-500 have never been confirmed.", 13, 21, 0)
True
>>> blocked("Russia delivered the S-400 to China in 2018.", 7, 16, 0)
False
>>> blocked("India has not bought the Su-57.", 14, 20, 0)
True
"""
from __future__ import annotations

import re

from loaders.openings import SENTENCES, IndexedPattern, gate_patterns

LOCAL = re.compile(
    r"\b(?:not|never|no|no longer|nobody|no one|neither|nor|cannot|can't|won't|didn't|doesn't|don't|hasn't|haven't|hadn't|wasn't|weren't|isn't|aren't|"
    r"might|(?-i:may)|could|would|should|must|can|reportedly|allegedly|purportedly|supposedly|apparently|possibly|probably|likely|unlikely|perhaps|"
    r"potentially|potential|prospective|would-be|eventually|future|reported|rumou?red|supposed|supposedly|alleged|purported|so-called|claimed|"
    r"wrongly|falsely|incorrectly|erroneously|mistakenly|"
    r"said to|believed to|thought to|understood to|rumou?red to|expected to|set to|due to (?:receive|take|get|be|arrive|begin|start|join|sign|buy|acquire)|scheduled to|slated to|poised to|going to|about to|"
    r"plans? to|planned|planning|intends? to|intended to|intention to|intent to|ambitions? to|desire to|aims? to|aimed to|hopes? to|hoped to|wants? to|wanted to|wishes to|seeks? to|sought to|aspires? to|aspired to|aspiring to|"
    r"tries to|tried to|attempted to|bid to|seeks?|seeking|sought|ready to|prepared to|willing to|agreed to|offered to|offers? to|proposed to|promised to|pledged to|vowed to|"
    r"threatened to|refused to|declined to|failed to|stopped short of|stops short of|refrained from|instead of|rather than|"
    # "it sat out Western sanctions on Russia": kept out of what the others did
    r"sat out|sits out|sitting out|stayed out of|stays out of|"
    # "Lithuania lobbied for sanctions against Belarus", "urged the EU to sanction Iran": asked for, not done
    r"(?:called|calls|calling|lobbied|lobbies|lobbying|pushed|pushes|pushing|pressed|presses|pressing|campaigned|campaigns|campaigning|argued|argues) for|"
    r"urg(?:ed|es|ing) (?:[\w-]+ ){0,4}?to|"
    # "has yet to join", "turned down an invitation to join"
    r"yet to|turned down|spurned|invitations? to|invited to|"
    r"threat of|threaten(?:ed|s|ing)?|abandoned|cancel+ed|scrapped|shelved|called off|walked away from|"
    r"will|shall|'ll|considering|considered|consider|mulling|weighing|exploring|eyeing|discussing|discussed|negotiating|negotiated|"
    r"talks? (?:on|about|over)|interest in|interested in|proposal|proposed|request(?:ed)? to|applied to|applying to|"
    r"denied|denies|deny|denying|dismissed|refuted|rejected claims|if|unless|whether|in case|hypothetically|"
    # a correction restating the claim it withdraws: "we wrongly reported that ..."
    r"wrongly|incorrectly|erroneously|mistakenly|falsely)\b",
    re.IGNORECASE,
)
SCOPING = re.compile(
    r"\b(?:no evidence|no sign|no indication|no proof|no confirmation|nothing to suggest|"
    r"denied|denies|deny|denying|"
    r"rumou?rs?|speculation|speculated|speculative|"
    r"reports? (?:say |suggest |claim |indicate )?that|reported that|claims? that|claimed that|alleged that|alleges that|"
    r"unclear (?:whether|if)|not clear (?:whether|if)|not known|unknown whether|it is uncertain|"
    r"unconfirmed|unverified|hypothetical|in theory|would have|if|whether|"
    # a correction quoting what was said before: "An earlier version of this article said ...", "We said that ..."
    r"(?:earlier|previous|original) version|we (?:said|stated|reported|wrote|claimed)|"
    r"(?:suggest|suggests|suggested|speculate|speculates|argue|argues|argued|believe|believes|believed|predict|predicts|predicted|"
    r"expect|expects|expected|hope|hopes|hoped|fear|fears|feared|warn|warns|warned|assume|assumed|think|thinks|thought) that)\b"
    # a labelled claim, as a fact-check quotes it: 'Claim 1: "Venezuela received ..."'
    r"|\b(?:claims?|rumou?rs?|allegations?|the post|posts?|viral post)\s*#?\d{0,3}\s*:",
    re.IGNORECASE,
)
# A sentence that opens by declaring the one before it wrong ("That was wrong.", "It did not.",
# "This is incorrect") withdraws what that sentence said: a correction notice.
WITHDRAWING = re.compile(
    r"(?:that|this|the (?:report|claim|story|article|caption|graphic|statement))\s+(?:was|is)\s+(?:wrong|incorrect|false|untrue|inaccurate|"
    r"mistaken|an error|a mistake|not (?:true|correct|accurate|the case))\b|"
    r"(?:it|they|he|she|we)\s+(?:did|does|has|have|had|was|were|is|are)(?:\s+not|n't)\s*[.;]|not so\b",
    re.IGNORECASE,
)
RETRACTING = re.compile(
    r"\b(?:(?:has|have|had) (?:never|not) been (?:confirmed|verified|substantiated|completed|finali[sz]ed)|"
    r"never (?:been )?(?:confirmed|materiali[sz]ed|happened|took place|completed|went ahead|came to pass|came about)|came to nothing|"
    r"remain(?:s|ed)? (?:unconfirmed|unverified|speculative|a rumou?r)|"
    r"(?:is|are|was|were) (?:unconfirmed|unverified|denied|disputed|speculative|not confirmed)|"
    r"(?:is|are|was|were) (?:a |an )?(?:myth|fiction|fabrication|invention)s?|"
    r"(?:has|have|had) been denied|could not be (?:verified|confirmed)|"
    r"(?:deny|denies|denied) (?:it|this|that|them|the (?:claims?|reports?|allegations?))|"
    # a style guide's list of errors: '"BRICS member Saudi Arabia" (wrong)'
    r"(?<=\()(?:wrong|incorrect|false|untrue|out of date|outdated)\b|"
    r"fell through|collapsed|(?:was|were) (?:cancel+ed|scrapped|abandoned|called off|shelved)|"
    # "signs a contract to supply S-300s to Iran; Moscow suspends it in 2010"
    # (a clause of its own: not "ending a dispute that began when Moscow froze the contract")
    r"(?:;|but|and|then)\s+(?:[\w-]+\s+){0,2}?(?:(?:later|then|soon|quickly|abruptly)\s+)?"
    r"(?:(?:was|were|has been|had been) (?:suspended|frozen|halted|revoked|annul+ed)(?! from)|"
    r"(?:suspend|cancel|freez|froze|scrap|halt|revok|annul)\w*\s+(?:it|them|the (?:contract|deal|sale|order|deliver(?:y|ies)|agreement)))|"
    r"did not (?:materiali[sz]e|happen|go ahead|proceed)|"
    # "Danish participation in future drills was \"under discussion\""
    r"(?:is|are|was|were|remains?|remained) (?:still )?[\"“]?(?:under (?:discussion|consideration|review)|being (?:discussed|considered))|"
    r"(?:is|are|was|were) (?:only )?(?:planned|proposed|expected|rumou?red))\b",
    re.IGNORECASE,
)
# Phrases that look like cues but assert: "not only ... but also", a resolution that
# "failed to pass" because of a veto, "no." in a resolution number, a partnership's
# "no limits" label (however quoted), and a writer's aside that brings in a fact
# ("One should recall that ...", "It must be noted that ...").
NEUTRAL = re.compile(
    r"\bnot only\b|\bno[- ]limits\b|\bfailed to (?:adopt|pass|approve|win)\b|\bno\.\s*\d+|\bnot least\b|\bnot in doubt\b|\bno doubt\b|\bbeyond doubt\b|"
    r"\b(?:one|we) (?:should|must|may|can) (?:also )?(?:recall|note|remember|add|mention|stress|point out)\b|"
    r"\bit (?:should|must|may|can) (?:also )?be (?:noted|recalled|remembered|stressed|added|pointed out|said)\b",
    re.IGNORECASE,
)
# "warned Finland against joining", "campaigned against buying": the deed argued against
AGAINST = re.compile(r"\bagainst\s+$", re.IGNORECASE)
# "has transferred no military technology": "no" inside a trigger, not "no-limits"
NEGATED_TRIGGER = re.compile(r"\b(?:not|never|no longer)\b|n't\b|\bno\s(?!limits\b)", re.IGNORECASE)
# "agreed to help build", "agreed to license the design", "agreed to buy the MiG-21": a
# concluded agreement records the transfer or the deal itself, not a plan.
AGREED = re.compile(r"\bagreed to\s*$", re.IGNORECASE)
AGREED_DEED = re.compile(r"help|assist|licen[cs]e|transfer|share|buy|purchase|acquire|procure|sell|supply|deliver", re.IGNORECASE)

# The cue lists are long alternations, searched through their openings for speed.
LOCAL, SCOPING, RETRACTING, NEUTRAL = (IndexedPattern(cues, SENTENCES) for cues in (LOCAL, SCOPING, RETRACTING, NEUTRAL))



def blocked(sentence: str, trigger_start: int, trigger_end: int, scope_start: int, assertion_start: int = 0) -> bool:
    """Whether the trigger at ``sentence[trigger_start:trigger_end]`` is negated or hedged.

    ``scope_start`` is where local cues start to count: the end of the previous
    trigger in the same clause, or the clause start. ``assertion_start`` is where
    scoping cues start to count: after a contrast ("..., although X") a new assertion begins.
    """
    if NEGATED_TRIGGER.search(sentence, trigger_start, trigger_end):
        return True  # the negation inside the trigger: "is not a member", "was never a partner"
    if AGAINST.search(sentence, scope_start, trigger_start):
        return True  # "warned Finland against joining NATO"
    if IS_TO.search(sentence, max(scope_start, trigger_start - 24), trigger_start):
        return True  # "Australia is to buy three to five submarines": a plan, not a purchase
    agreed = AGREED_DEED.match(sentence, trigger_start) is not None
    if _cue_before(LOCAL, sentence, scope_start, trigger_start, agreed):
        return True
    if _cue_before(SCOPING, sentence, assertion_start, trigger_start, False):
        return True
    if DENIED_AFTER.match(sentence[trigger_end:trigger_end + 24]):
        return True  # "sold no Su-57s", "participation may become routine"
    return RETRACTING.search_within(sentence, trigger_end, len(sentence)) is not None


IS_TO = re.compile(r"\b(?:is|are|was|were) (?:\w+ly )?to\s*$", re.IGNORECASE)  # the trigger follows at once
# "received no more than 24": a bounded count, not a denial
DENIED_AFTER = re.compile(r"\s+(?:no(?!\s+(?:more|fewer|less)\s+than\b)|none of|nothing|may|might|could|would|will|is expected|is likely)\b", re.IGNORECASE)


def _cue_before(cues: IndexedPattern, sentence: str, start: int, end: int, agreed: bool) -> bool:
    """Whether ``cues`` stand in ``sentence[start:end]`` once neutral phrases ("not only")
    and, when ``agreed``, a final "agreed to" are taken out. The piece is cut out only
    when there is something to take out: otherwise the sentence's scan answers."""
    if not agreed and NEUTRAL.search_within(sentence, start, end) is None:
        return cues.search_within(sentence, start, end) is not None
    piece = NEUTRAL.sub("", sentence[start:end])
    if agreed:
        piece = AGREED.sub("", piece)
    return cues.search(piece) is not None


# Searched by re: behind a look-ahead for the characters their matches start with.
gate_patterns(globals())
