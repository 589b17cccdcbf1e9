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

from loaders.openings import SENTENCES, IndexedPattern, comparable, gate_patterns

LOCAL = re.compile(
    r"\b(?:not|never|no|no longer|nobody|no one|neither|nor|cannot|can't|won't|didn't|doesn't|don't|hasn't|haven't|hadn't|wasn't|weren't|isn't|aren't|"
    r"might|(?-i:may)|could|would|should|must|can|reportedly|allegedly|purportedly|supposedly|apparently|possibly|probably|likely|unlikely|perhaps|"
    r"potentially|potential|prospective|would-be|eventually|future|reported|rumou?red|supposed|supposedly|alleged|purported|so-called|claimed|suspected|unconfirmed|"
    r"wrongly|falsely|incorrectly|erroneously|mistakenly|"
    r"said to|believed to|thought to|understood to|rumou?red to|expected to|expects to|expecting to|set to|due to (?:receive|take|get|be|arrive|begin|start|join|sign|buy|acquire|"
    # (the deed's own verb after "due to": "is due to hold naval drills", not the cause in "due to sanctions")
    r"hold|host|stage|conduct|carry out|fly|sail|patrol|accede|become|conclude|form|launch|lead|deliver|supply|sell|export|transfer|"
    r"licen[cs]e|help|build|develop|produce|manufacture|design|deploy|field|operate|induct|commission|impose|sanction|veto|send|"
    r"participate|purchase|order|resume|organi[sz]e|co-host|critici[sz]e|condemn|oppose|clash|fight|station|test|visit|block)\b|"
    # ... or any verb with its object: "is due to block a resolution" (not "due to fears of", "due to the war")
    r"(?<=\bis )due to (?=(?-i:[a-z]+) (?:the|an?|its|their|\d+|(?-i:[A-Z]))\b)|(?<=\bare )due to (?=(?-i:[a-z]+) (?:the|an?|its|their|\d+|(?-i:[A-Z]))\b)|scheduled to|slated to|poised to|going to|about to|"
    # "Sea Breeze, which was to be held in the Black Sea", "the ships were to join Malabar": a plan told in the past
    r"(?<=\bwas )to (?:be|have been|hold|host|stage|conduct|join|take part)\b|(?<=\bwere )to (?:be|have been|hold|host|stage|conduct|join|take part)\b|"
    # "China has scheduled live-fire drills for Friday", "announced plans for a patrol": a date set, nothing held yet
    r"(?:has|have|had) scheduled|announced plans? for|"
    # "funds have been earmarked for the purchase of ...": money set aside, nothing bought yet
    r"earmark(?:ed|s|ing)(?=(?:\s+\S+){0,4}?\s+for\s+(?:the\s+|a\s+|an\s+)?(?:possible\s+|planned\s+|future\s+)?$)|"
    # "India and Indonesia plan a bilateral exercise": the verb with its object, not only "plan to"
    # (the cue ends where the trigger starts, so "plan joint exercises" is "plan" right before it)
    r"(?<!\ba )(?<!\bthe )(?<!'s )(?<!’s )plans?(?: (?:a|an|another|their|its|new|further|more|two|three|several)\b|(?= +(?:[a-z-]+ +)?$))|"
    r"plans? to|planned|planning|intends? to|intended to|intention to|intent to|ambitions? to|desire to|aims? to|aimed to|hopes? to|hoped to|wants? to|wanted to|wishes to|seeks? to|sought to|aspires? to|aspired to|aspiring to|"
    # "failed ever to condemn", "is suspected of delivering", "is understood by analysts to have"
    r"fail(?:ed|s)? (?:ever |even |once |so far |yet )to|suspected of|(?:is|are|was|were) (?:widely |strongly )?suspected|"
    r"(?:believed|thought|understood|reported|rumou?red|alleged|known|suspected|assumed|presumed) by (?:\S+ ){1,3}?to|"
    # "Egypt was allowed to buy Su-35s", "given permission by Russia to buy": a leave granted, nothing done with it yet
    r"(?:allowed|permitted|cleared) to|given (?:the )?(?:permission|approval|clearance|go-ahead|green light) (?:\S+ ){0,3}?to|"
    r"tries to|tried to|attempted to|bid to|seeks?|seeking|sought|ready to|prepared to|willing to|agreed to|offered to|offers? to|proposed to|promised to|pledged to|vowed to|committed to|"
    # "while refusing any joint patrol with Washington": a deed turned down
    r"refus(?:e|es|ed|ing)(?= (?:any|all|every|a|an|the|joint|to)\b)|refusals? (?:of|to)|"
    r"threatened to|refused to|declined to|failed to|stopped short of|stops short of|refrained from|instead of|rather than|"
    # "is far from joining BRICS", "came nowhere near buying", "floated the idea of selling": a deed kept at a distance
    # (right before the deed: not "Serbia, far from Africa but courted by the same suppliers, took delivery")
    r"(?:far from|a long way from|nowhere near|nowhere close to)(?=\s+(?:(?:having|being|actually|ever)\s+)*(?:$|(?-i:[a-z]+ing)\b))|"
    # "floated the idea of selling", "toyed with the idea of joining", "has been sounding out partners about holding drills",
    # "has held off buying" (not an exercise "held off Durban"), "discussions about the purchase of ..." (right before the deed)
    r"(?:idea|prospect|possibility|notion) of(?=\s+(?:\S+\s+){0,2}$|\s+(?-i:[a-z]+ing)\b)|sound(?:s|ed|ing)? out|(?:put|puts|putting) out feelers|(?:under )?suspicion of|"
    r"(?:held|holds?|holding) off(?: on)?(?=\s*$|\s+(?-i:[a-z]+ing)\b)|"
    r"discussions? (?:about|on|over|of)(?=\s+(?:\S+\s+){0,2}?(?:$|(?-i:[a-z]+ing)\b|(?:sales?|purchases?|deliver(?:y|ies)|transfers?|deals?|"
    r"patrols?|drills?|manoeuvres|exercises?|clash(?:es)?|partnerships?|treat(?:y|ies)|accession|membership|deployments?|sanctions|veto(?:es)?)\b))|"
    # "it sat out Western sanctions on Russia": kept out of what the others did
    r"sat out|sits out|sitting out|stayed out of|stays out of|"
    # "Lithuania lobbied for sanctions against Belarus", "urged the EU to sanction Iran": asked for, not done
    r"(?:called|calls|calling|lobbied|lobbies|lobbying|pushed|pushes|pushing|pressed|presses|pressing|campaigned|campaigns|campaigning|argued|argues) for|"
    r"urg(?:ed|es|ing) (?:[\w-]+ ){0,4}?to|"
    # "has yet to join", "turned down an invitation to join"
    r"yet to|turned down|spurned|invitations? to|invited to|"
    # "Japan lost the vote for a seat on the Council": a seat contested, not won
    r"lost (?:the |its |their |a )?(?:votes?|election|race|bid|contest|run-?off) (?:for|to)|"
    # "was in talks to buy", "opened negotiations for the Su-35", "came close to buying"
    r"talks to|in talks|negotiations? (?:to|for|on|over)|in negotiations|came close to|comes? close to|coming close to|"
    # an accusation or a hearsay: "Kyiv accused Tehran of supplying", "is said by some to have bought"
    r"accused of|accus(?:ed|es|ing) (?:\S+ ){1,3}?of|accusations? (?:that|of)|said by (?:\S+ ){1,3}?to|"
    # a deal agreed with its date between: "agreed in 2022 to assemble" (kept when the deed is the deal, see AGREED)
    r"agreed (?:in|on|during|at|last|this|earlier) (?:[\w,]+ ){0,3}?to|"
    # "commentators talk up a tenth flight", "a joint patrol touted by state media": promoted, not seen
    r"talk(?:s|ed|ing)? up|touted|touts|touting|hyped|hypes|"
    # likelihood and appearance: "seems to have bought", "almost certainly bought", "is tipped to become", "has ruled out buying"
    r"seems? to|seemed to|appears? to|appeared to|assumed to|presumed to|presumably|almost certainly|most likely|in all likelihood|"
    # "Egypt stands to receive Su-35s if financing is found": a gain in prospect
    r"stands? to|stood to|standing to|"
    r"tipped to|on the verge of|(?:is|was|are|were|came|comes|come|get|gets|got|getting) close to|on course to|in line to|"
    r"rul(?:ed|es|ing) out|await(?:s|ed|ing)?|waiting for|"
    # a plan, a wish or an argument for the deed: "the roadmap foresees Vietnam buying", "Hanoi ought to buy", "was meant to receive"
    r"fores(?:ee|ees|aw|een)|envisag(?:e|es|ed)|envision(?:s|ed)?|calls? for|called for|(?:has|have) been linked (?:to|with)|ought to|needs? to|needed to|meant to|pitch(?:ed|es)? to|"
    r"preparing to|prepares to|getting ready to|gearing up to|reluctant to|unwilling to|loath to|hesitant to|balk(?:ed|s)? at|waiv(?:ed|es|ing)|possible|"
    # an eagerness or a retreat: "is keen to join", "backed away from buying", "decided against joining"
    r"keen to|eager to|anxious to|determined to|looking to|"
    r"back(?:ed|s|ing)? away from|(?:decided|decides|deciding|opted|opts|opting) against|shied away from|shies away from|steer(?:ed|s)? clear of|"
    # a buyer kept from the deal: "barred Turkey from buying" (a deal stopped: STOPPED_DEAL)
    r"(?:barred|bars|banned|bans|prevented|prevents|blocked|blocks|stopped|stops|kept|keeps|excluded|precluded|prohibited|forbidden|forbade)(?: \S+){0,3}? from|"
    # staying out: "India withdrew before the exercise began", "Minsk sat out Zapad", "none of them sent troops"
    r"withdr(?:ew|awn|aws|awing)(?=(?: \S+){0,4}? before\b|\s*[,.;]|$)|pulled out|dropped out|backed out|skipped|sat out|boycott(?:ed|s|ing)?|stayed away|none of|none(?! other)|"
    # "is in the process of joining BRICS": under way, not done
    r"in the process of|"
    r"threat of|threaten(?:ed|s|ing)?|abandoned|cancel+ed|scrapped|shelved|called off|walked away from|"
    # ("will continue to deepen its partnerships with China": a tie that holds now goes on)
    r"will(?! (?:also |still )?continue to\b)|shall|'ll|considering|considered|consider|mulling|weighing|exploring|eyeing|discussing|discussed|negotiating|negotiated|"
    # "has been talking about buying BrahMos for years": the purchase only spoken of
    r"talk(?:ed|ing) (?:about|of)|"
    # "Moscow has spoken of joint bomber patrols over the Arctic", "hinted at a second flight": words about a deed, not the deed
    r"(?:spoke|spoken|speaks?|speaking) (?:of|about)|hint(?:s|ed|ing)? at|"
    r"talks? (?:on|about|over|of)|interest in|interested in|proposal|proposed|request(?:ed)? to|applied to|applying to|applies to|applications? (?:to|for)|recommend(?:s|ed|ing)? that|appl(?:y|ies|ied) for|ask(?:s|ed|ing)? to|"
    # a wish or a request about another: "some wanted India to join Western sanctions", "Pakistan wants China to help it build", "asked Moscow to supply"
    # ("NATO invited Finland and Sweden to join": an invitation, not yet the entry)
    r"(?:wants?|wanted|wanting|would like|asks?|asked|asking|expects?|expected|expecting|wish(?:es|ed)?|invit(?:es|ed|ing)) (?:(?!to\b)[\w-]+ ){1,3}?to|"
    # ("If asked about the SCO: India joined in 2017": a condition on saying it, not on the fact)
    r"denied|denies|deny|denying|dismissed|refuted|rejected claims|if(?!\s+(?:asked|pressed|raised|questioned)\b)|unless|whether|in case|hypothetically|"
    # a correction restating the claim it withdraws: "we wrongly reported that ...", "we misreported that ..."
    r"wrongly|incorrectly|erroneously|mistakenly|falsely|"
    r"mis(?:reported|reports|stated|states|quoted|quotes|identified|described|attributed|characteri[sz]ed)|mis-(?:reported|stated|quoted|identified))\b",
    re.IGNORECASE,
)
# An imagined case: "Imagine that India bought ...", "In this scenario, China sells ..."
IMAGINING = (
    r"imagine|suppose|supposing|let(?: u|')s say|for the sake of argument|picture (?:a|the|an) (?:world|scenario|future|case)|assume that|let us assume|"
    r"in (?:the|this|that|our|a|an|one|each) (?:[\w-]+ ){0,2}?(?:scenario|wargame|war game|war-game|simulation|thought experiment|tabletop exercise|hypothetical|counterfactual|"
    r"simulated (?:conflict|war|campaign|crisis|attack|invasion|battle))|hypothetically|"
    r"(?:scenario|simulation|wargame|war game) (?:assumed|assumes|assuming|posits|posited|imagines|imagined|has|had) that"
)
# A published item dated with "on" that a correction retells: what it said is the error, not a fact
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
DATED_ITEM_RETOLD = (
    r"(?:article|report|story|piece|sidebar|obituary|column|feature|profile|review|item|post|letter|interview|broadcast|segment|"
    r"bulletin|timeline|graphic|chart|map|photo|photograph|picture|caption|headline)s?\s+(?:on|of|dated|published on)\s+"
    rf"(?:\d{{1,2}}\s+{MONTH}|{MONTH}\s+\d{{1,2}})(?:,?\s+\d{{4}})?\s*(?:\([^()]{{0,80}}\)\s*)?,?\s+"
    r"(?:said|stated|wrote|reported|described|called|named|identified|misidentified|referred to|claimed|asserted|implied|suggested|"
    r"gave|listed|showed|put|(?:was|were) captioned)"
)
SCOPING = re.compile(
    r"\b(?:no evidence|no sign|no indication|no proof|no confirmation|nothing to suggest|"
    # "There is little evidence that ...", "scant proof that ..."
    r"(?:little|scant|scarce|thin|slim|no real|no hard|no firm|no clear) (?:evidence|sign|indication|proof|confirmation)s?|"
    # "I have found nothing to support the story that ...", "there is no basis for the report that ..."
    r"nothing (?:\w+ )?to (?:support|back up|corroborate|confirm|substantiate)|no (?:\w+ )?(?:support|basis) for|"
    # a claim nobody vouches for, told before it: "Nothing confirms that ...", "No official has confirmed that ...",
    # "nobody has been able to verify that ...", "It has never been confirmed that ...", "Nobody knows whether ..."
    r"(?:nothing|nobody|no one|none of (?:this|these|that|it|them|the \w+)|neither (?:side|party|government|country|capital|company|ministry|state)|no (?:[\w-]+ ){0,2}?(?:officials?|sources?|governments?|ministry|one|documents?|records?|images?|photos?))\s+"
    r"(?:has |have |had |can |could |did |does |was |is )?(?:yet |ever |so far |independently |publicly |officially |been able to |managed to )*"
    r"(?:confirm|verif|substantiat|corroborat|prove|show|establish|know|knew|demonstrat|suggest|indicat)[a-z]*\s+(?:that|whether|if)|"
    r"(?:has|have|had|was|were|is|are)\s+(?:never|not|yet to)\s+(?:yet\s+)?(?:been\s+|be\s+)?(?:independently |officially |publicly )?"
    r"(?:confirmed|verified|substantiated|proven|proved|established|shown|demonstrated)\s+(?:that|whether|if)|"
    r"(?:could|can|cannot|can't)(?:\s+not)?\s+(?:yet\s+)?be\s+(?:independently |immediately |officially )?(?:confirmed|verified|substantiated|proven|established)\s+(?:that|whether|if)|"
    # "It is not true that India sold ...": a claim set out only to be negated
    r"(?:not|never|hardly|by no means|far from) (?:true|the case|correct|accurate|so|certain|established|proven) that|"
    r"denied|denies|deny|denying|"
    r"rumou?rs?|speculation|speculated|speculative|"
    r"reports? (?:say |suggest |claim |indicate )?that|reported that|"
    # "There were reports in 2019 that ...", "reports from Moscow that ...", "Media reports say Egypt ..."
    r"reports?\s+(?:in|from|by|on|during)\s+[^,.;:]{1,30}?\s+that|"
    r"(?:(?:media|press|news|local|unconfirmed)\s+)?reports?\s+(?:(?:in|from|during)\s+[^,.;:]{1,30}?\s+)?(?:say|says|said|suggest|suggested|claim|claimed|indicate|indicated)(?= (?:the )?(?-i:[A-Z]))|claims? that|claimed that|alleged that|alleges that|"
    # "Russian state media say Algeria has taken its first Su-57s": the media's word, like "reports say"
    r"(?:media|press|newspapers) (?:say|says|said|claim|claims|claimed)(?= (?:the )?(?-i:[A-Z]))|"
    r"unclear (?:whether|if)|not clear (?:whether|if)|not known|unknown whether|it is uncertain|"
    # a charge named before what it charges: "rejects the allegations, repeated by ..., that Iran has transferred"
    r"(?:allegations?|accusations?|insinuations?|charges?)(?:,[^,.;]{1,80},)?\s+that|"
    r"unconfirmed|unverified|hypothetical|in theory|would have|if(?!\s+(?:asked|pressed|raised|questioned)\b)|whether|"
    # doubted or argued claims: "analysts doubt that", "few experts believe", "posts claiming that"
    r"(?:doubts?|doubted|doubting|doubtful|questions?|questioned|questioning|sceptical|skeptical) (?:that|whether|if)|"
    r"few (?:\w+ ){0,2}?(?:believe|believes|think|expect|accept)|(?:claiming|alleging|asserting|asserted|asserts) that|"
    rf"{IMAGINING}|"
    # a writer unsure of the memory: "I think Iran got ...", "AFAIK", "IIRC"
    r"(?:I|we) (?:think|believe|guess|suspect|reckon|assume|gather)|afaik|iirc|imo|imho|pretty sure|not sure|"
    # hearsay the writer passes on: "I'm told they were up north doing Nordic Response"
    r"(?:I|we)(?:'m|’m| am|'re|’re| are|'ve been|’ve been| have been| was| were) told|(?:I|we) (?:hear|heard)(?= (?:that |the |they |it |(?-i:[A-Z])))|"
    # a claim the reader may have met: "You may read that Kazakhstan joined BRICS", "you might have heard that ..."
    r"you (?:may|might|will|could|can|'ll) (?:have )?(?:read|heard|hear|seen|see|been told) that|"
    r"(?:word|talk|gossip) is|(?:rumou?r|gossip|legend) has it|(?:insist|insists|insisted|insisting) that|"
    # hearsay as the subject: "Word in defence circles is that ...", "Gossip at the fair held that ...", "Whispers in
    # the trade press suggest ...", "Industry chatter has Egypt buying ...", "There is talk among dealers that ..."
    r"(?:word|talk|gossip|chatter|whispers?|buzz|scuttlebutt)(?: (?:in|among|at|around|on|from|within|across|inside) [^.;:,]{1,40}?)?\s+"
    r"(?:(?:is|was|holds?|held|runs?) that|(?:has|have|had) it|suggests?|suggested|says?|said|claims?|claimed|(?:has|had)(?= (?:the )?(?-i:[A-Z])))|"
    r"there (?:is|was|has been) (?:\w+ )?(?:talk|gossip|chatter|buzz)|"
    # what a picture or a paper seems to show: "Satellite imagery appears to show that ...", "photos purport to show ..."
    r"(?:appears?|appeared|seems?|seemed|purports?|purported) to (?:show|suggest|indicate|confirm|prove|reveal|depict|document)|"
    # watchers sure of their own find only: "sleuths think they have spotted ..."
    r"(?:think|thinks|thought|believe|believes|believed) (?:they|he|she) (?:have|has|had|may|might|could)|"
    # a source in doubt: "Leaked documents, whose authenticity is disputed, indicate that ..."
    r"(?:authenticity|provenance|veracity|accuracy) (?:\w+ ){0,2}?(?:is|was|has been|remains?) (?:\w+ )?(?:disputed|contested|questioned|unverified|unclear|unknown|in doubt|doubtful)|"
    # a claim of the people a relative clause picks out: "Candidates who say Japan is a member lose the mark",
    # "those who wrote that Iran bought ..." (what they say, not what the writer states)
    r"\bwho (?:say|says|said|write|writes|wrote|claim|claims|claimed|argue|argues|argued|think|thinks|thought|believe|believes|believed|assume|assumed)(?= (?:that|the|(?-i:[A-Z])))|"
    r"(?:posts?|tweets?|messages?|memes?|threads?) (?:say|says|said|claim|claims|claimed|suggest|suggests|suggested)|"
    # hearsay with nobody named: "unnamed officials told ...", "sources close to the deal say ..."
    r"(?:unnamed|anonymous) (?:\w+ )?(?:officials?|sources?|diplomats?|insiders?)|sources? (?:close to|familiar with)|"
    # "Sources say Russia deployed ...", "Western sources claimed ...": hearsay with no source named
    r"sources? (?:\w+ ){0,2}?(?:say|says|said|claim|claims|claimed|suggest|suggested|report|reported|tell|told|indicate|indicated)\b|"
    r"(?:suggestions?|assertions?|contentions?|insinuations?) that|suspicions? (?:\w+ ){0,3}?that|"
    # "a person familiar with the talks said ...", "It is understood that Oman has ordered ...": hearsay, nobody named
    r"(?:person|people|someone|individuals?|insiders?) (?:familiar with|close to|briefed on|with (?:direct )?knowledge of)|"
    r"it is (?:widely |generally )?(?:understood|believed|thought|rumou?red|said|claimed|alleged|assumed|whispered)(?= that\b| (?:the )?(?-i:[A-Z]))|"
    # a claim put as possible, false or argued: "it is possible that", "it is false that", "critics claim Algeria ..."
    r"(?:possible|likely|probable|plausible|conceivable|false|untrue|a myth|nonsense) that|in the event (?:that|of)|provided that|on condition that|assuming that|"
    r"(?:claim|claims|argue|argues|argued|allege|alleges|insist|insists|insisted|speculate|speculates|suspect|suspects|suspected|"
    # a belief with its "that" left out: "Some analysts think Algeria also signed for Su-35s"
    r"think|thinks|believe|believes|reckon|reckons|doubt|doubts)(?= (?:the )?(?-i:[A-Z]))|"
    # a claim whose "that" is left out before a subject that is no name, right before the verb: "accounts
    # claim the bombers also flew ..." (the pieces searched end at the trigger)
    r"(?:claim|claims|allege|alleges)(?= (?:the|these|those) (?:[\w-]+ ){1,3}(?:(?:also|then|later|had|have|has|were|was|did) )?$)|"
    # ... or before a count of crafts or people of a nationality: "one account claims an Iranian corvette joined"
    r"(?:claim|claims|claimed|allege|alleges|alleged)(?= (?:an?|one|two|three|four|several|some) (?-i:[A-Z])[\w-]+ )|"
    # a correction quoting what was said before: "An earlier version of this article said ...", "We said that ..."
    # (not "we wrote to Denmark": a letter sent to someone, no statement retold)
    r"(?:earlier|previous|original) version|we (?:said|stated|reported|wrote(?! to\b)|claimed)|"
    # a newsletter's or bulletin's correction of its last number: "Last week's issue said Norway hosted ..."
    r"(?:last|previous|yesterday['’]s|last (?:week|month)['’]s)\s+(?:issue|edition|newsletter|bulletin|episode|round-?up|digest|update)\s+"
    r"(?:\w+ ){0,3}?(?:said|stated|reported|wrote|claimed|listed|named|gave)|"
    # "The report, later retracted, said ...": a source since withdrawn
    r"(?:later|since|subsequently|now)\s+(?:retracted|withdrawn|deleted|debunked|disproved|corrected)|"
    # a correction retelling its error: "A photo caption identified a warship as ...", "An editorial said ..."
    # ('objected to a picture caption that read "Pakistani and Chinese jets over the Arabian Sea"': the words quoted)
    r"(?:caption|editorial|headline|subheading|graphic|chart|map|picture|photo) (?:\w+ ){0,3}?(?:said|stated|identified|described|called|named|referred to|reported|gave|misidentified|suggested|read|reads)|"
    # a corrections column citing the dated item it corrects: "A sidebar (4 November) said that ...",
    # "An analysis piece on air power (World, 9 November) stated ..."
    r"(?:article|report|story|piece|sidebar|box|obituary|column|feature|profile|review|analysis|item|post|letter|interview|"
    r"broadcast|segment|bulletin|timeline|table|list|factbox)\b[^.;]{0,80}?\([^()]{0,40}?\b(?:\d{1,2}\s+[a-z]{3,9}|[a-z]{3,9}\s+\d{1,2})\b[^()]{0,20}\)\s*,?\s+"
    r"(?:said|stated|wrote|reported|described|called|named|identified|referred to|claimed|asserted|implied|suggested|gave|listed|showed|put)|"
    # ... or dating it with "on" and quoting its headline after: 'An article on 10 October ("Navies gather
    # for Malabar") said that ...', "A photograph on 28 November was captioned as showing ..."
    rf"{DATED_ITEM_RETOLD}|"
    r"(?:suggest|suggests|suggested|speculate|speculates|argue|argues|argued|believe|believes|believed|predict|predicts|predicted|"
    r"expect|expects|expected|hope|hopes|hoped|fear|fears|feared|warn|warns|warned|assume|assumed|think|thinks|thought|suspect|suspects|suspected) that)\b"
    # a reading of what was seen, not what the writer states: "some bloggers interpreted the flights as a
    # delivery of Su-35s to Iran", "the convoy was widely seen as proof that Russia sold ..."
    # (not "read the visit as a signal that their partnership is intact": a plain "read" judges what is so)
    r"|\b(?:interpreted|misread|misinterpreted|construed)\s+(?:[\w-]+\s+){0,4}?as\b"
    r"|\b(?:seen|viewed|taken|read|interpreted|hailed|touted)\s+(?:[\w-]+\s+){0,3}?as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:sign|proof|evidence|indication|confirmation)\s+(?:that|of)\b"
    # a labelled claim, as a fact-check quotes it: 'Claim 1: "Venezuela received ..."'
    r"|\b(?:claims?|rumou?rs?|allegations?|the post|posts?|viral post)\s*#?\d{0,3}\s*:",
    re.IGNORECASE,
)
# Nothing in an imagined case is so, not even whose forces it names ("In the scenario, the Russian
# Baltic Fleet would ..."); a report, a rumour or a denial names real forces ("Reports that the Indian Navy ...").
IMAGINED = re.compile(rf"\b(?:{IMAGINING})\b", re.IGNORECASE)
# A frame written once over what follows it. A section's heading: "Unconfirmed reports", "Rumours",
# "What might happen next", "Options under consideration" (not one that promises facts, "Rumours and facts";
# nor "Scenarios": a scenario section tells facts beside its cases, "Scenario B. ... China has, however,
# shown it will sell: Pakistan fields the HQ-9, bought from China in 2021", and its cases carry their own cues)
DOUBTING_HEADING = re.compile(
    r"^(?!.*(?<!never )(?<!not )(?<!yet )\b(?:confirmed|documented|verified|facts?|known|record)\b)\W*(?:\S+\s+){0,3}?(?:unconfirmed|unverified|rumou?r(?:s|ed)?|speculat\w*|"
    # "Hearsay", "Talked about, never confirmed"
    r"hearsay|gossip|(?:never|not(?: yet)?) (?:confirmed|verified)|"
    r"alleged|hypothetical\w*|(?:could|can)(?:\s+not|n't)\s+(?:be\s+)?verif\w*|"
    r"what (?:might|could|may) (?:happen|come)|options? (?:under|for) (?:consideration|discussion|review)|possible (?:futures?|outcomes?|developments?)|"
    # deals that never were: "Deals that fell through", "Possible future moves" (not "Slipped, stalled, shelved" nor
    # "Cancelled orders": a section of setbacks tells the orders placed and the goods delivered beside them)
    r"fell through|fallen through|never (?:happened|materiali[sz]ed|came about)|possible (?:future |next )?(?:moves|steps|deals|deliveries|purchases|sales))\b"
    r"(?:\s+\S+){0,4}\s*$",
    re.IGNORECASE,
)
# ... or a paragraph's opening that tells nothing itself and says what kind of words follow: a label
# ("Scenario: ...", "Speculation:"), a lead-in ending in a colon or announcing "the following" with a
# word of doubt ("According to unverified reports:", "The following is speculation."), or an imagined case
# set up ("Imagine the talks succeed.", "Picture a war in 2035.", "Consider the following scenario.")
DOUBT_LABEL = re.compile(r"\W*(?:speculation|rumou?rs?|unconfirmed|unverified|conjecture)(?:\s+\d+)?\s*:", re.IGNORECASE)
DOUBT_WORD = re.compile(
    # (not a doubt denied: "What is not gossip: Indonesia ordered ...")
    r"(?<!\bnot )(?<!\bno )\b(?:unconfirmed|unverified|rumou?r\w*|speculat\w*|alleg\w*|hypothetical\w*|hearsay|conjecture|guesswork|"
    r"claims? (?:circulating|made|doing the rounds)|(?:could|can)(?:\s+not|n't)\s+(?:be\s+)?(?:verif|confirm)\w*|"
    # "None of what follows has been confirmed.", "Word in defence circles runs as follows."
    r"(?:none|nothing|no part|little) of (?:what follows|the following|it|this)\b[^.]{0,30}?\b(?:confirmed|verified|substantiated)|"
    # "The following has not been verified."
    r"(?:has|have|had|is|are)(?:\s+not|n't)\s+(?:yet\s+)?(?:been\s+)?(?:independently\s+)?(?:verified|confirmed|substantiated)|"
    r"(?:word|talk|gossip|chatter|whispers?) (?:in|among|around|on|from|at) |gossip|chatter|whispers|scuttlebutt|(?:pinch|grain) of salt)\b",
    re.IGNORECASE,
)
# A case labelled as imagined ("Scenario B: Russia delivers S-400s"): the label covers its own sentence only,
# as the rest of a scenario's paragraph may tell the facts it weighs
CASE_LABEL = re.compile(r"\W*(?:scenario|hypothetical(?:\s+case)?)(?:\s+(?:[A-Z]|\d{1,2}))?\s*:", re.IGNORECASE)
LEAD_IN = re.compile(r"\bthe following\b|\bwhat follows\b|\bas follows\b|^\W*here (?:is|are)\b|^\W*(?:take|treat|read) (?:this|these)\b|:\s*$", re.IGNORECASE)
CASE_SET_UP = re.compile(
    r"\W*(?:hypothetically,?\s+)?(?:imagine|suppose|supposing|assume|let(?: u|')s (?:say|assume)|let us (?:say|assume)|picture (?:a|an|the)\b|"
    r"consider (?:a|an|the|this|one) (?:[\w-]+ )?(?:scenario|case|hypothetical)|"
    # "Consider what might happen if the embargo ends.", "What would happen if the talks succeeded?"
    r"(?:consider|imagine) (?:what|how) (?:\w+ )?(?:might|could|would|may)\b|(?:what|how) (?:might|could|would) (?:\w+ )?(?:happen|follow|change|unfold) (?:if|should|were)\b)",
    re.IGNORECASE,
)
# What ends such a frame before its paragraph or section does: "In fact, ...", "What is confirmed is that ..."
FRAME_RELEASE = re.compile(
    r"\W*(?:in fact|in reality|what (?:is|has been|we know is|can be) (?:confirmed|known|certain|documented|clear|established|verified)|"
    r"it is (?:confirmed|documented|certain|established) that|confirmed\s*:|the facts?\s*(?:are|is)?\s*:|for the record)\b",
    re.IGNORECASE,
)


def doubting_opening(sentence: str, tells: bool, names: bool) -> bool:
    """Whether ``sentence`` opens words it does not vouch for, up to its paragraph's end;
    ``tells``: it states a relation itself (then only a label counts); ``names``: it names an
    entity (then a case it sets up is a case of its own, "Imagine that Iran bought Su-35s.", and
    covers no more than itself).

    >>> doubting_opening("According to unverified reports:", False, False), doubting_opening("Imagine the talks succeed.", False, False)
    (True, True)
    >>> doubting_opening("Distinguishing what is documented from what is rumoured:", False, False)
    False
    """
    head, colon, _ = sentence.partition(":")
    if DOUBT_LABEL.match(sentence) or (colon and len(head) <= 80 and DOUBT_WORD.search(head) and not SORTED_CLAIMS.search(head)):
        return True  # "Scenario: ...", "Some claims circulating online: ..."
    if tells or len(sentence) > 200:
        return False
    if CASE_SET_UP.match(sentence):
        return not names
    return bool(LEAD_IN.search(sentence) and DOUBT_WORD.search(sentence) and not SORTED_CLAIMS.search(sentence))


# A lead-in that sets out to tell fact from rumour: each entry says for itself which it is
SORTED_CLAIMS = re.compile(r"\b(?:distinguish\w*|separat\w*|sort\w*|telling)\b[^:]{0,100}?\b(?:documented|confirmed|verified|known|facts?)\b", re.IGNORECASE)
# A sentence that opens by declaring the one before it wrong ("That was wrong.", "It did not.",
# "This is incorrect") withdraws what that sentence said: a correction notice.
TOLD_CLAIM = r"(?:the|this|that|these|such) (?:claims?|reports?|stor(?:y|ies)|allegations?|accounts?|posts?|articles?)"
DISOWNERS = (
    r"(?:(?:the|both|all|several|two|local|senior|its|their)\s+)?(?:(?-i:[a-z-]+)\s+){0,2}?(?:officials|governments|sides|countries|ministr(?:y|ies)|"
    r"spokes(?:man|woman|person)|authorities|parties|outlets?|newspapers?|paper|agency|embassy|diplomats|channel|site|website|broadcaster)"
)
WITHDRAWING = re.compile(
    r"(?:that|this|the (?:report|claim|story|article|caption|graphic|statement))\s+(?:was|is)\s+(?:wrong|incorrect|false|untrue|inaccurate|"
    r"mistaken|an error|a mistake|not (?:true|correct|accurate|the case))\b|"
    r"(?:it|they|he|she|we)\s+(?:did|does|has|have|had|was|were|is|are)(?:\s+not|n't)\s*[.;:]|not so\b|"
    # an answer to a claim just quoted: '"China vetoed it too." No. China abstained.', "Wrong, it abstained."
    r"(?:no|wrong|false|untrue|not true|incorrect)\s*(?:[.!](?!\s*\d)|,\s)|"
    # a fact-check's verdict on the claim it just quoted: "Our rating: false", "Verdict: misleading"
    r"(?:our |the )?(?:rating|verdict)\s*:\s*(?:false|misleading|fake|untrue|incorrect|unproven|unsupported|mostly false|pants on fire)\b|"
    # a sentence that disowns the one before without naming a party whose facts alone it takes back (a
    # state's denial, "Tehran denies it", is read apart): the writer cannot vouch for it, "We could not
    # verify this.", "This could not be independently confirmed."; or officials, a ministry or a spokesman
    # deny it or have not confirmed it, "Officials in Algiers have not confirmed it."
    r"(?:we|I)\s+(?:could|can|have|did)(?:\s+not|n't)\s+(?:yet\s+)?(?:been\s+able\s+to\s+)?(?:independently\s+)?(?:verify|verified|confirm|confirmed)\s+"
    r"(?:(?:it|this|that|these|them)(?=\s*(?:[.;,!)\]]|$))|the (?:report|claim|story|account|post|video|images?|footage)s?\b)|"
    # (not "It could not be confirmed that ...": the "it" of a claim told after it, no word on the sentence before)
    r"(?:this|that|it|these|the (?:report|claim|story|account))\s+(?:could|can|has|have)(?:\s+not|n't)\s+(?:yet\s+)?(?:been|be)\s+"
    r"(?:independently\s+|officially\s+)?(?:verified|confirmed|substantiated)\b(?!\s+(?:that|whether|if)\b)|"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:ministry|government|officials|spokes(?:man|woman|person)|authorities|embassy)"
    r"(?:\s+(?:in|of)\s+(?:the\s+)?(?-i:[A-Z])[\w-]+)?\s+(?:\w+ly\s+)?(?:den(?:y|ies|ied)|(?:has|have|had|did)(?:\s+not|n't)\s+(?:yet\s+)?confirm(?:ed)?)\s+"
    r"(?:(?:it|this|that|them)(?=\s*(?:[.;,!)\]]|$))|the (?:report|claim|story|deal|sale|purchase|deliver(?:y|ies)|transfer)s?\b)|"
    # a report taken back or proven wrong after it was told: "The claim was later withdrawn.", "The outlet retracted
    # the story.", "The story turned out to be false.", "Both governments have since denied this.", "The ministry
    # called the report baseless.", "None of this has been confirmed.", "No such delivery ever took place."
    rf"{TOLD_CLAIM}\s+(?:(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+|later\s+|since\s+|soon\s+)?"
    r"(?:withdrawn|retracted|denied|debunked|disproved|refuted|corrected|deleted|taken down)|turned out to be (?:false|wrong|untrue|fake|baseless))\b|"
    rf"(?:{DISOWNERS}\s+)?(?:later\s+|since\s+|quickly\s+|\w+ly\s+)?(?:withdrew|retracted|deleted|took down|corrected|disowned)\s+"
    r"(?:the|its|their|this|that)\s+(?:claims?|reports?|stor(?:y|ies)|articles?|posts?|allegations?)\b|"
    # (whoever denies is no party named: "Tehran denies it" takes back only Tehran's side, see extract._denied_in)
    rf"{DISOWNERS}\s+(?:later\s+|since\s+|\w+ly\s+)?(?:has\s+|have\s+)?(?:since\s+|later\s+)?(?:denied|dismissed|rejected)\s+"
    r"(?:it|this|that|them|the (?:reports?|claims?|stor(?:y|ies)|allegations?|accounts?))(?=\s*(?:[.;,!)\]]|$|as\b))|"
    rf"{DISOWNERS}\s+(?:\w+ly\s+)?(?:called|branded|described|termed|dismissed)\s+(?:the|this|that|these)\s+(?:reports?|claims?|stor(?:y|ies)|allegations?|accounts?)\s+"
    r"(?:as\s+)?(?:baseless|false|fake|untrue|groundless|unfounded|fabricated|a fabrication|nonsense|disinformation|propaganda)\b|"
    r"it (?:later )?(?:emerged|turned out|transpired) that (?:the|this) (?:reports?|claims?|stor(?:y|ies)) (?:was|were) (?:false|wrong|untrue|fake)\b|"
    r"none of (?:this|these|it|the (?:reports?|claims?))\s+(?:has|have|could|can)(?:\s+not|n't)?\s+(?:ever\s+)?(?:yet\s+)?(?:been|be)\s+(?:independently\s+)?(?:confirmed|verified|substantiated)\b|"
    # "We have seen no evidence either way.", "There is no proof of it.": the writer vouches for none of it
    r"(?:(?:we|I)\s+(?:have\s+)?(?:seen|found)|there\s+is)\s+no\s+(?:\w+\s+)?(?:evidence|proof|confirmation)\s+(?:either\s+way|of\s+(?:it|this|that)(?=\s*[.;,]))|"
    r"no such (?:[\w-]+\s+){1,2}?(?:(?:has|have|had) (?:ever |yet |since )?been (?:confirmed|verified|recorded|documented)|(?:ever |actually )?(?:took place|happened|occurred|existed))\b",
    re.IGNORECASE,
)
# "Ghana, which some accounts list as a participant, is absent from the official roster": the record
# the writer trusts leaves it out; "..., and we have not coded it": the writer does not count it. Said
# in a main clause, it takes back what a relative clause on the same subject claimed.
LEFT_OUT_OF_RECORD = (
    r"(?:is|are|was|were|remains?|remained) (?:\w+ly )?(?:absent|missing) from (?:the |its |their |our )?(?:official |final |published )?"
    r"(?:rosters?|lists?|records?|registers?|tally|count|dataset)(?=\s*[,.;)]|\s*$|\s+of\s+(?:participants|participating|members|contingents|parties)\b)|"
    r"(?:we|I) (?:have|has|had|did) not (?:coded|counted|included|listed|recorded) (?:it|them|this|that)\b"
)
LEFT_OUT_OF_RECORD_CUE = re.compile(LEFT_OUT_OF_RECORD, re.IGNORECASE)
RETRACTING = re.compile(
    r"\b(?:(?:has|have|had) (?:never|not) been (?:confirmed|verified|substantiated|completed|finali[sz]ed)|"
    r"never (?:been )?(?:confirmed|materiali[sz]ed|happened|took place|completed|went ahead|came to pass|came about)|came to nothing|"
    # "Deliveries of the system to Iran never began", "... did not start": the nominal event itself denied (not "did not begin until 2019")
    r"never (?:began|started|commenced|got under way)|(?:did|has|have|had) not (?:yet )?(?:begin|begun|start|started|commence|commenced)\b(?!\s+until\b)|"
    r"remain(?:s|ed)? (?:unconfirmed|unverified|speculative|a rumou?r)|"
    r"(?:is|are|was|were) (?:unconfirmed|unverified|denied|disputed|speculative|not confirmed|false|untrue|baseless|unfounded|groundless|fake|a hoax|disinformation)|"
    # "..., if one believes Russian bloggers", "..., if the channel is to be believed"
    r"if (?:one|you) (?:believes?|trusts?)|if (?:\S+ ){1,4}?(?:is|are) to be (?:believed|trusted)|"
    r"(?:is|are|was|were) (?:a |an )?(?:myth|fiction|fabrication|invention)s?|"
    r"(?:has|have|had) been denied|(?:could|can|cannot|can't)(?: not)? be (?:independently |immediately |officially |separately )?(?:verified|confirmed)|cannot be (?:verified|confirmed)|"
    # "Border clashes ... were reported in 2022 but denied by Beijing"
    r"but (?:was |were |has been |have been )?(?:later |since |quickly |promptly )?(?:denied|disputed|rejected|refuted)\b|"
    r"(?:has|have|had) (?:not|never) been (?:announced|made public|disclosed)|(?:has|have|had|is|are) yet to be (?:confirmed|announced|verified)|"
    # "..., though neither side has confirmed the order", "but no one has verified it": nobody vouches for it
    r"(?:neither (?:side|party|government|country|capital|company|ministry)|nobody|no one|no official) (?:has |have |had )?(?:yet |so far |publicly |officially )?"
    r"(?:confirmed|verified|acknowledged)|"
    # "Colombia's contract for Gripens has not yet been signed": a deal still unmade
    r"(?:has|have|had) (?:not|never) (?:yet )?been (?:signed|concluded)|(?:has|have|had|is|are|was|were) (?:still )?yet to be (?:signed|concluded)|"
    r"(?:may|might|could|will|would|should|is to|are to) (?:soon |only |still |now )?be (?:signed|concluded|finali[sz]ed)|"
    r"(?:deny|denies|denied) (?:it|this|that|them|the (?:claims?|reports?|allegations?))|"
    # "...; Moscow rejects this" (not "a dispute that began ...")
    r"(?:rejects?|rejected|disputes|disputed|dismiss(?:es|ed)?) (?:it|this|them|the (?:claims?|reports?|allegations?|charges?|accusations?))(?![\w-])|"
    # a style guide's list of errors: '"BRICS member Saudi Arabia" (wrong)'
    r"(?<=\()(?:wrong|incorrect|false|untrue|out of date|outdated)\b|"
    # a link or a claim marked doubtful at its end: '"Algeria receives first Su-57 fighters" (the viral post; unverified)'
    r"(?:(?<=\()|(?<=[;,] ))(?:unverified|unconfirmed|not (?:yet )?(?:verified|confirmed)|rumou?r|debunked|fake|disputed)(?=\))|"
    r"fell through|collapsed|(?:was|were) (?:\w+ly )?(?:cancel+ed|scrapped|abandoned|called off|dropped|shelved|postponed|put on hold|put on ice|mothballed|blocked|halted|frozen|suspended(?! from))|"
    r"(?:is|are|was|were) (?:now |all but )?dead in the water|"
    # "The sale of Su-35s to Egypt is in the pipeline": still to come
    r"(?:is|are|was|were|remains?|remained) (?:still |now |already )?in the pipeline|"
    # "was agreed in 2018 but abandoned under the threat of sanctions": the deal undone in the same clause
    # (the verb with no object of its own: not "but dropped a plan for Su-35s")
    r"but (?:later |then |quietly |eventually )?(?:abandoned|cancel+ed|scrapped|shelved|dropped|called off)"
    r"(?=\s+(?:in|under|after|when|because|amid|following|by|before|within)\b|\s*[,.;)]|\s*$)|"
    # "signs a contract to supply S-300s to Iran; Moscow suspends it in 2010"
    # (a clause of its own: not "ending a dispute that began when Moscow froze the contract")
    r"(?:;|but|and|then)\s+(?:[\w-]+\s+){0,2}?(?:(?:later|then|soon|quickly|abruptly)\s+)?"
    r"(?:(?:was|were|has been|had been) (?:suspended|frozen|halted|revoked|annul+ed)(?! from)|"
    r"(?:suspend|cancel|freez|froze|scrap|halt|revok|annul)\w*\s+(?:it|them|the (?:contract|deal|sale|order|deliver(?:y|ies)|agreement)))|"
    r"did not (?:materiali[sz]e|happen|go ahead|proceed)|"
    # "was admitted in 2022 and is still an observer": the standing the clause goes on to give is below membership
    # (its own standing, the clause ending there: not "and is a candidate for a further term", "an observer of the SCO")
    r"(?:and|but) (?:is|remains|stays) (?:still |only |for now |so far |currently )?(?:an? )?(?:observer|applicant|candidate|dialogue partner)s?"
    r"(?=\s*(?:[.;)]|$|for now\b|today\b|so far\b|at present\b))|"
    # "talk of full accession has gone nowhere", "the bid went nowhere": a step that led to nothing
    r"(?:has|have|had) (?:gone|got|led) nowhere|(?:went|goes|go|got|gets|led|leads) nowhere|(?:petered|fizzled) out|"
    # the claim named and disowned after it: "..., a claim his family has always denied"
    r"(?:a|an) (?:claim|allegation|assertion|charge|report|rumou?r|story)s? (?:that )?(?:\w+ ){0,4}?(?:has |have |had )?(?:always |repeatedly |strongly |firmly |flatly |since )?"
    r"(?:denied|denies|deny|disputes?|disputed|rejects?|rejected)|"
    # a hedge closing the sentence: "The US opposes the decision, maybe."; hearsay as its source
    r"(?<=, )(?:maybe|perhaps|possibly|probably|reportedly|allegedly|apparently|supposedly|it (?:seems|appears|would seem))(?=[\s.!]*$)|"
    # the writer's own doubt closing the sentence: "..., I thought.", "..., if I remember correctly."
    # or set off as an aside: "Uzbekistan took part too, I think, but ..."
    r"(?<=, )(?:I (?:think|thought|believe|guess|suspect|reckon|assume|gather)|if (?:I (?:remember|recall)|memory serves)(?: (?:correctly|rightly|right|me))?)(?=[\s.!?]*$|\s*[,;—–]|\s+-\s)|"
    # "..., but that's hearsay from a friend": the writer's own source disowned
    r"(?:that's|that is|this is|it's|it is) (?:only |just |mere |pure )?(?:hearsay|gossip|second-hand|a rumou?r)|"
    r"according to (?:an? |some |one )?(?:unconfirmed |unverified |anonymous |unnamed )?(?:rumou?rs|speculation|gossip)|according to (?:an? |some |one )?(?:unconfirmed|unverified|anonymous|unnamed)|"
    # a doubtful speech tag closing the sentence: "..., a Russian tabloid claimed", "..., sources claim", "..., or so the rumour goes"
    r"(?:(?<=, )|(?<=,\" )|(?<=,” ))(?!despite|in spite|contrary|notwithstanding|against|denying|rejecting)(?:(?:a|an|the|some|several|one)\s+)?(?:[\w-]+\s+){0,3}?(?:claim(?:s|ed)?|alleged?|alleges|insists?|insisted|speculated?|speculates)(?=(?:\s+[\w ]{0,30})?[\s.!]*$)|or so (?:\w+ ){0,3}?(?:goes|go|claims?|claimed|says?|said)|"
    r"if (?:it|this|that|so) (?:happened|occurred|took place|is true|was true|is confirmed)|if true|if confirmed|"
    # a bid's condition set after the deed: "to produce the aircraft in India if we are selected"
    r"if (?:we|they|it|he|she|(?:the |our )?(?:company|firm|group|bid|offer)) (?:are|is|were|was|get|gets|got) (?:selected|chosen|successful|shortlisted|awarded (?:the|a|an) (?:contract|deal|order))|"
    # a condition set after the deed: "a first joint patrol with Japan, subject to the treaty's entry into force"
    r"(?<=, )subject to (?:the |their |its |a |an )?(?:[\w-]+ ){0,3}?(?:approval|agreement|consent|ratification|entry into force|confirmation|authori[sz]ation|conditions?|funding|availability)\b|"
    # a speaker taking back what they just said: "... to Cape Verde... no, sorry, I think that was ..."
    r"no, (?:sorry|wait)|sorry, I mean|scratch that|I misspoke|(?:I|I'm) (?:was )?wrong about|"
    r"(?:is|are|was|were|has been|have been|remains?|remained) (?:still )?(?:pending|on hold|in doubt|in limbo|uncertain|stalled|(?:delayed|postponed) indefinitely)|"
    # "the Chinese-led exercise with Malaysia and Thailand has moved to November": an edition put off to a later date, not held yet
    r"(?:has|have|had|is|are|was|were) (?:now |since )?(?:been )?(?:moved|pushed back|put back|put off|rescheduled|postponed|delayed|deferred|shifted) "
    r"(?:to|until|till|into) (?:early |late |mid-?)?(?:next\b|later\b|the (?:spring|summer|autumn|fall|winter|new year)\b|(?-i:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b|\d{4}\b)|"
    # the deed said not to count as the standing it would give: "sent only staff officers and is usually
    # not counted as a participant", "are not listed among the members"
    r"(?:is|are|was|were) (?:usually |generally |normally |often |rightly |therefore |thus )?not (?:counted|listed|treated|regarded|considered|classed|recorded) (?:as|among)|"
    # "Danish participation in future drills was \"under discussion\""
    r"(?:is|are|was|were|remains?|remained) (?:still )?[\"“]?(?:under (?:discussion|consideration|review)|being (?:discussed|considered))|"
    # (not a hull "floated out" of its dock, a ship launched)
    r"(?:is|are|was|were) (?:only )?(?:planned|proposed|expected|rumou?red|mooted|floated(?! out\b)|touted|envisaged|contemplated)|"
    # "The 2022 patrol is sometimes placed over the Sea of Japan as well": what some accounts say, not the writer
    r"(?:(?:is|are|was|were|has been|have been) (?:sometimes|often|occasionally|also)|(?:has|have) (?:sometimes|often|occasionally|also) been) "
    r"(?:placed|put|located|said to have|reported|described as|credited)|"
    # "The first deliveries of Rafale jets to Serbia are due in 2028": still to come (not a part of
    # what was bought: "signed for 42 Rafales, the first of which is due in 2026", "the rest are due")
    r"(?<!which )(?<!rest )(?<!remainder )(?<!others )(?<!balance )(?:is|are|was|were) (?:now |still |originally |only )?due(?=\s+(?:in|by|next|this|later|early|from|to (?:begin|start|arrive|be|take|follow))\b)|"
    r"(?:was|were|has been|have been|had been) (?:later |since |subsequently )?(?:retracted|withdrawn|debunked|disproved)|"
    # a bracketed aside doubting or undoing the deed (the brackets outside the match: it opens and ends on a word): "(reportedly)", "(unconfirmed)", "(never delivered)",
    # "(the deal was later cancelled)"
    r"(?<=\()(?:reportedly|allegedly|unconfirmed|unverified|disputed|never (?:delivered|completed|signed)|not (?:yet )?delivered|"
    r"(?:(?:the|this|that) (?:deal|sale|order|contract|purchase|transfer) (?:was|has been) )?(?:later |since |subsequently )?"
    r"(?:cancell?ed|scrapped|abandoned|annulled))(?=\s*\))|"
    rf"{LEFT_OUT_OF_RECORD}|"
    # "A Vietnamese order for BrahMos or for Western fighters": one deal or another, none chosen
    r"(?<=[\w)]) or (?:for|from) (?:the |an? |other |more )?(?:[\w-]+ ){0,2}?(?:fighters|jets|aircraft|planes|helicopters|tanks|ships|warships|submarines|frigates|corvettes|missiles|systems|drones|types|suppliers|sellers)\b|"
    # "Serbia joining the CSTO is unthinkable"
    r"(?:is|was|would be|remains?|remained) (?:still )?(?:unthinkable|unlikely|impossible|improbable|inconceivable|out of the question|off the table|premature|a non-starter))\b",
    re.IGNORECASE,
)
# Phrases that look like cues but assert: "not only ... but also", a resolution that
# "failed to pass" because of a veto, "no." in a resolution number, a partnership's
# "no limits" label (however quoted), and a writer's aside that brings in a fact
# ("One should recall that ...", "It must be noted that ...").
NEUTRAL = re.compile(
    r"\bnot only\b|\bno[- ]limits\b|\bfail(?:ed|s|ing)? to (?:adopt|pass|approve|win)\b|\bno\.\s*\d+|\bnot least\b|\bnot in doubt\b|\bno doubt\b|\bbeyond doubt\b|"
    r"\b(?:one|we) (?:should|must|may|can) (?:also )?(?:recall|note|remember|add|mention|stress|point out)\b|"
    # a negated factive that brings the fact in: "planners have not forgotten that Vietnam fought ...",
    # "it is no secret that", "nobody doubts that"
    r"\b(?:not|never) (?:forgotten|forgot|forget|forgetting|overlooked|ignored)(?: (?:\w+ ){0,2}?)? that\b|\bno secret that\b|\bnobody doubts that\b|\bno one doubts that\b|"
    # "few observers doubted that the clash was the reason", "nobody doubted that": near certainty, no hedge
    r"\b(?:few|nobody|no one)(?: [\w-]+){0,2}? (?:doubts?|doubted) that\b|"
    # "Nobody disputes that ...", "did not fail to", "did not hesitate to", "Contrary to the rumours, Egypt did buy ...":
    # a negation that grants the deed
    r"\b(?:nobody|no one) (?:disputes?|disputed|denies|denied|questions?|questioned|contests?) that\b|"
    r"\b(?:did|does|do|has|have|had)(?: not|n't) (?:fail|hesitate|neglect) to\b|"
    # "It cannot be denied that ...", "there is no denying that", "did not shy away from hosting", "has not refrained from selling"
    r"\b(?:cannot|can't|could not|couldn't) be (?:denied|disputed)(?: that)?\b|\bno denying(?: that)?\b|\bno question that\b|"
    r"\b(?:did|does|do|has|have|had)(?: not|n't) (?:shied|shy|refrained|refrain|flinched|flinch|held back|hold back) (?:away )?from\b|"
    r"\bcontrary to (?:the |some |earlier |initial )?(?:rumou?rs?|reports?|claims?|speculation|expectations)\b,?(?!\s+\S+\s+(?:did|has|had|was|were|is)(?: not|n't| never)\b)|"
    r"\bit (?:should|must|may|can) (?:also )?be (?:noted|recalled|remembered|stressed|added|pointed out|said)\b|"
    # a hedge on one entry of a list, not on the verb: "Kazakhstan, Armenia and possibly India took part"
    # (the entry itself is dropped where the list is read)
    r"(?:,|\band|\bor)\s+(?:possibly|perhaps|probably|reportedly|allegedly|maybe|presumably|apparently)\s+(?=(?-i:[A-Z]))|"
    # an entry left out of a list, not the verb denied: "India but not Pakistan bought the S-400"
    r"\bbut not\s+(?:the\s+)?(?=(?-i:[A-Z]))|"
    # a speaker vouching for the fact: "I can confirm that ...", "we can now reveal", "What I can say is that ..."
    r"\b(?:I|we) can (?:now |also )?(?:confirm|reveal|report|tell you|announce)\b|\bwhat (?:I|we) can (?:say|tell you|confirm) is\b|"
    # the reader's chance of meeting a fact, not a hedge on it: "Here are some vetoes you might read about:",
    # "members you will hear of" (not "you may read that ...": a claim retold)
    r"\byou (?:may|might|will|can|could|'ll) (?:also |often |still )?(?:read|hear|see|come across|find|meet|spot|notice)(?: (?:about|of|in the news))?\b(?!\s+that\b)|"
    # a vote cast, not a negation: "Russia voted no, and as a permanent member ..."
    r"\b(?:voted|votes|vote|voting) no\b|"
    # what a draft asks for is its content, no wish of the sentence's verb: "A draft that called for a
    # ceasefire was vetoed by Russia", "the text, calling for a truce, fell to a veto"
    r"\b(?:drafts?|texts?|resolutions?)\b,?\s+(?:[\w-]+\s+){0,4}?(?:that\s+|which\s+)?(?:also\s+)?(?:called|calls|calling|call)\s+for\b|"
    # a comparison that negates nothing after it: "The eastern front is no calmer: ...", "Hanoi was no exception"
    r"\b(?:is|are|was|were|been)\s+no\s+(?!longer\b)(?:[a-z]{2,}er|different|exception|stranger to)\b",
    re.IGNORECASE,
)
# "warned Finland against joining", "campaigned against buying": the deed argued against
AGAINST = re.compile(r"\bagainst\s+$", re.IGNORECASE)
# "has transferred no military technology": "no" inside a trigger, not "no-limits"
# ("cast a no vote": a vote, not its negation)
NEGATED_TRIGGER = re.compile(r"\b(?:not|never|no longer)\b|n't\b|(?<!\ba )(?<!\bthe )(?<!\bits )(?<!\btheir )\bno\s(?!limits\b)", re.IGNORECASE)
# "agreed to help build", "agreed to license the design", "agreed to buy the MiG-21",
# "agreed to let India build": a concluded agreement records the transfer or the deal itself, not a plan.
AGREED = re.compile(r"\bagreed (?:(?:in|on|during|at|last|this|earlier) (?:[\w,]+ ){0,3}?)?to\s*$", re.IGNORECASE)
AGREED_DEED = re.compile(r"help|assist|licen[cs]e|transfer|share|buy|purchase|acquire|procure|sell|supply|deliver|let\b|allow|permit", re.IGNORECASE)

# The cue lists are long alternations, searched through their openings for speed.
LOCAL, SCOPING, RETRACTING, NEUTRAL = (IndexedPattern(cues, SENTENCES) for cues in (LOCAL, SCOPING, RETRACTING, NEUTRAL))



# "did not join NATO until 2023", "was not delivered until 1999": a past deed that took place, at
# the year after "until" (a plan or a condition, "will not join until", keeps its negation)
PAST_NEGATION_BEFORE = re.compile(r"\b(?:did|was|were|had)(?:\s+not|n't)\s+(?:(?:been|be|formally|actually|officially|fully)\s+){0,2}\Z", re.IGNORECASE)
UNTIL_YEAR_AFTER = re.compile(
    r"[^.;:,?!]{0,60}?\b(?:until|till)\s+(?:(?:the\s+)?(?:early|mid|late|spring|summer|autumn|winter|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)[\s-]+){0,2}(?:1[89]\d\d|20\d\d)\b",
    re.IGNORECASE,
)


# "Fifty Mirage 5 fighters that Israel had ordered and paid for were never delivered": an order told in a
# relative clause of goods the main clause says never came
RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s+(?:[\w'’-]+\s+){1,4}\Z", re.IGNORECASE)
UNDELIVERED_AFTER = re.compile(
    r"[^.;:,?!]{0,50}?\s(?:(?:were|was)\s+(?:then\s+|in the end\s+)?never\s+(?:delivered|shipped|handed over|received)|"
    r"never\s+(?:arrived|reached|came|entered service)|did\s+not\s+(?:arrive|reach))\b",
    re.IGNORECASE,
)

# "ordered the F-35 ...; no Turkish F-35 was ever delivered": the order's goods, denied further on
ORDER_TRIGGER = re.compile(r"order", re.IGNORECASE)
NONE_DELIVERED_AFTER = re.compile(
    r"[^.?!]{0,140}?(?:,|;|\bbut)\s+(?:but\s+)?(?:no|none of (?:the|them))\s+(?:[\w'’-]+\s+){0,3}?(?:has|have|had|was|were)\s+"
    r"(?:(?:ever|yet|so far|since|actually)\s+){0,2}(?:been\s+)?(?:(?:ever|yet)\s+)?(?:delivered|shipped|handed over|received|arrived)\b",
    re.IGNORECASE,
)


# "Indonesia ordered 42 Rafales from France, and the first aircraft are due next year": the order
# stands; only its goods are still to come (a delivery verb keeps the cue: what is due was not delivered)
PURCHASE_TRIGGER = re.compile(r"order|bought|buys?\b|purchase|sign|contract", re.IGNORECASE)
DELIVERY_STILL_DUE = re.compile(
    r",?\s+(?:and|but|while|with)\s+(?:(?:the|its|their)\s+)?(?:(?:first|initial|last|remaining|next)\s+)?(?:\w+\s+){0,2}?"
    r"(?:aircraft|jets?|fighters?|planes|helicopters?|boats?|ships?|vessels?|submarines?|frigates?|tanks?|howitzers?|batter(?:y|ies)|"
    r"launchers?|systems?|units?|deliver(?:y|ies)|batch|tranche|examples?|ones?)\s+(?:is|are)\s+(?:now\s+|still\s+)?"
    r"(?:due|scheduled|expected)\b",
    re.IGNORECASE,
)


def _order_with_goods_due(sentence: str, trigger_start: int, trigger_end: int, cue_start: int) -> bool:
    """Whether the trigger orders or buys the goods whose delivery a clause joined on after it says is
    still to come: the order is told as done.

    >>> s = "Indonesia ordered 42 Rafales from France, and the first aircraft are due next year."
    >>> _order_with_goods_due(s, s.index("ordered"), s.index(" 42"), s.index("are due"))
    True
    >>> s = "France delivered 42 Rafales, and the first aircraft are due next year."
    >>> _order_with_goods_due(s, s.index("delivered"), s.index(" 42"), s.index("are due"))
    False
    """
    if not PURCHASE_TRIGGER.match(sentence, trigger_start):
        return False
    joined = [m for m in DELIVERY_STILL_DUE.finditer(sentence, trigger_end, cue_start + 12) if m.end() >= cue_start]
    return bool(joined)


def _ordered_but_undelivered(sentence: str, trigger_start: int, trigger_end: int) -> bool:
    """Whether the trigger sits in a relative clause on goods the main clause says never came."""
    return bool(RELATIVE_BEFORE.search(sentence, max(0, trigger_start - 40), trigger_start) and UNDELIVERED_AFTER.match(sentence, trigger_end))


def _not_until(sentence: str, trigger_start: int, trigger_end: int) -> re.Match | None:
    """The past negation right before a trigger that "until <year>" after it turns into a date.

    >>> s = "Finland did not join NATO until 2023."
    >>> _not_until(s, s.index("join"), s.index("join") + 4).group(0)
    'did not '
    >>> s = "Finland will not join NATO until 2030."
    >>> _not_until(s, s.index("join"), s.index("join") + 4) is None
    True
    """
    negation = PAST_NEGATION_BEFORE.search(sentence, max(0, trigger_start - 30), trigger_start)
    return negation if negation and UNTIL_YEAR_AFTER.match(sentence, trigger_end) else None


# "a joint patrol of the Strait of Hormuz would follow within weeks", "a joint sail ... will take
# place next month", "a joint patrol ... could cross the Sea of Okhotsk": an event named by its noun
# whose own predicate, after it, is still to come (a history's "would" is often the past's future,
# "the patrol would become a yearly fixture": only the verbs of an event happening count after it)
EVENT_NOUN = re.compile(r"\b(?:patrols?|flights?|sails?|exercises?|drills?|manoeuvres|maneuvers|activit(?:y|ies))\Z", re.IGNORECASE)
EVENT_TO_COME = re.compile(
    r"(?:(?!,\s*(?:and|but|while|whereas|yet|which|who)\b)[^.;:!?]){0,80}?\s(?:"
    r"(?-i:will|shall|could|might|may|(?:is|are)\s+(?:due|set|scheduled|planned|expected)?\s*to)\s+(?:\w+ly\s+|then\s+|soon\s+|also\s+)?(?!have\b|not\b)[a-z]+\b"
    r"|(?-i:would)\s+(?:\w+ly\s+|then\s+|soon\s+)?(?:follow|take place|begin|start|commence|be held|be conducted|be staged|go ahead|happen|occur|set out|set sail|get under way|resume)\b)",
    re.IGNORECASE,
)


class _AnyWord:
    """Stands in for a lowered sentence whose offsets did not survive lower-casing: it holds
    every word, so that no cue search is skipped."""

    def __contains__(self, word: str) -> bool:
        return True


ANY_WORD = _AnyWord()


# the trigger's object an edition still to come: "to join next year's edition", "take part in the next Cobra Gold"
EDITION_TO_COME_AFTER = re.compile(
    r"\s+(?:in\s+|to\s+)?(?:(?:next|the following|the coming|this coming)\s+year['’]s|(?:the\s+|an?\s+)?(?:next|upcoming|future|forthcoming))\s+"
    r"(?:(?:edition|exercise|drill|round|iteration|serial|patrol)s?\b|manoeuvres\b|(?-i:[A-Z]))",
    re.IGNORECASE,
)


def blocked(sentence: str, trigger_start: int, trigger_end: int, scope_start: int, assertion_start: int = 0) -> bool:
    """Whether the trigger at ``sentence[trigger_start:trigger_end]`` is negated or hedged.

    ``scope_start`` is where local cues start to count: the end of the previous
    trigger in the same clause, or the clause start. ``assertion_start`` is where
    scoping cues start to count: after a contrast ("..., although X") a new assertion begins.
    """
    if "til" in sentence and (dated := _not_until(sentence, trigger_start, trigger_end)):
        # the negation only dates the deed: read on as if it were not there
        sentence = sentence[:dated.start()] + " " * (dated.end() - dated.start()) + sentence[dated.end():]
    # Most cue patterns below need a word of their own ("against", "nearly", "had"): a sentence
    # without it, looked up in its lowered text (the letters re matches under IGNORECASE made
    # ASCII, see comparable), skips the search. Where offsets do not survive lower-casing every
    # pattern is searched.
    lowered = comparable(sentence) or ANY_WORD
    if NEGATED_TRIGGER.search(sentence, trigger_start, trigger_end):
        return True  # the negation inside the trigger: "is not a member", "was never a partner"
    if "never" in sentence and _ordered_but_undelivered(sentence, trigger_start, trigger_end):
        return True  # "the fighters that Israel had ordered ... were never delivered"
    if ORDER_TRIGGER.match(sentence, trigger_start) and NONE_DELIVERED_AFTER.match(sentence, trigger_end):
        return True  # "Poland ordered the F-35 in 2020, but no Polish F-35 has yet been delivered": an order the sentence says never came
    if "?" in sentence and _in_quoted_question(sentence, trigger_start):
        return True  # '"Has Egypt bought the J-10C?" a reporter asked': a question quoted, not an answer
    if "?" in sentence and _in_direct_question(sentence, trigger_start):
        return True  # "Is Russia selling Su-35s to Iran? What the evidence shows": a headline that asks
    if "?" in sentence and DOUBTED_DATE_AFTER.match(sentence, trigger_end):
        return True  # "find date Uzbekistan rejoined (2006?)", "joined NATO (1999?)": a writer unsure of it
    if ("want" in lowered or "wish" in lowered or "would like" in lowered) and WISHED_FOR.search(sentence, max(scope_start, trigger_start - 50), trigger_start):
        return True  # "said they wanted a 'strategic partnership'": the thing wished for, not had
    if "against" in lowered and AGAINST.search(sentence, scope_start, trigger_start):
        return True  # "warned Finland against joining NATO"
    if "to " in lowered and IS_TO.search(sentence, max(scope_start, trigger_start - 24), trigger_start):
        return True  # "Australia is to buy three to five submarines": a plan, not a purchase
    if "that" in lowered and "be" in lowered and MANDATIVE.search(sentence, max(0, trigger_start - 80), trigger_start):
        return True  # "recommended that Palestine be admitted", "demands that Iran be sanctioned": asked for, not done
    if "with" in lowered and FUTURE_BEFORE_WITH.search(sentence, max(assertion_start, trigger_start - 200), trigger_start):
        return True  # "which this year will involve 14,000 troops, with Japan sending contingents": the absolute shares the clause's future
    if ("nearly" in lowered or "almost" in lowered or "all but" in lowered) and NEAR_MISS.search(sentence, max(scope_start, trigger_start - 12), trigger_start):
        return True  # "Indonesia nearly bought the Su-35": only right before the verb ("nearly 30 were sold" counts)
    if (SELLER_PROMISE.match(sentence, trigger_start) and AGREED_ANY_TENSE.search(sentence, max(scope_start, trigger_start - 40), trigger_start)
            and not PROMISE_KEPT.search(sentence, trigger_end)):
        # "France agreed to sell CAESAR howitzers", "Seoul has agreed to deliver twelve more": a promise,
        # nothing handed over yet (unless the sentence goes on "and the first battery was handed over in 2023")
        return True
    if ("block" in lowered or "froze" in lowered or "freezes" in lowered or "halt" in lowered or "suspend" in lowered
            or "postpone" in lowered or "veto" in lowered) and STOPPED_DEAL.search(sentence, max(scope_start, trigger_start - 30), trigger_start):
        return True  # "Moscow froze the sale of the Su-57 to Algeria": the trigger is the deal stopped
    if DEAL_NOUN.match(sentence, trigger_start) and APPROVED_DEAL.search(sentence, max(scope_start, trigger_start - 50), trigger_start):
        return True  # "the State Department approved the possible sale of F-16s": a permission, no sale yet
    if ("intent" in lowered or "mou" in lowered or "memorand" in lowered or "loi" in lowered or "heads of" in lowered or "term sheet" in lowered) and \
            PRELIMINARY_DEAL_BEFORE.search(sentence, max(0, trigger_start - 120), trigger_start):
        return True  # "signed a letter of intent with Turkey for the supply of ...": a step towards a deal, no deal
    if FRONTED_TIME.match(sentence) and trigger_end < (comma := sentence.find(",")) and FUTURE_MAIN.match(sentence, comma):
        return True  # "Once Algeria receives the Su-57, it will be ...": the delivery is to come
    if EVENT_NOUN.search(sentence, max(trigger_start, trigger_end - 12), trigger_end) and EVENT_TO_COME.match(sentence, trigger_end):
        return True  # "a joint patrol of the Strait of Hormuz would follow within weeks": the patrol is to come
    if (fronted := FRONTED_NEGATIVE_ASIDE.match(sentence)) and fronted.end() <= trigger_start and not _in_another_clause(sentence, fronted.end(), trigger_start):
        return True  # "Nor, despite the rumours, has Hanoi bought the Su-35": the whole main clause is denied
    if "ource" in sentence and OWN_SOURCES_SAY.search(sentence, assertion_start, trigger_start):
        return True  # "Our sources confirm that Egypt has received the Su-35": hearsay with no source named
    if ("had" in lowered or "were" in lowered or "should" in lowered) and INVERTED_CONDITION.search(sentence, assertion_start, trigger_start):
        return True  # "Had Turkey bought the Su-57, it would have ...": a condition without "if"
    agreed = AGREED_DEED.match(sentence, trigger_start) is not None
    if _cue_before(LOCAL, sentence, scope_start, trigger_start, agreed):
        return True
    if _cue_before(SCOPING, sentence, assertion_start, trigger_start, False):
        return True
    if OBSERVER_WORD.search_within(sentence, trigger_end, len(sentence)) and OBSERVER_AFTER.match(sentence, trigger_end):
        return True  # "took part in Kavkaz-2020 only as an observer", "joined the SCO as an observer"
    if EDITION_TO_COME_AFTER.match(sentence, trigger_end):
        return True  # "Pakistan navy to join next year's edition": an edition still to come
    if DENIED_AFTER.match(sentence[trigger_end:trigger_end + 24]):
        return True  # "sold no Su-57s", "participation may become routine"
    retracted = RETRACTING.search_within(sentence, trigger_end, len(sentence))
    if retracted is None:
        return False
    if "due" in lowered and _order_with_goods_due(sentence, trigger_start, trigger_end, trigger_end + retracted.start()):
        return False  # "ordered 42 Rafales, and the first aircraft are due next year": the order stands
    # "..., but both governments deny it", "but officials never confirmed that the aircraft were
    # delivered": the cue's own object points back
    # (the match's offsets are those of the piece after the trigger)
    if (OWN_STATUS_DENIED.match(sentence, trigger_end + retracted.end()) and re.search(r",\s*and\s", sentence[trigger_end:trigger_end + retracted.start()])
            and not STATUS_WORD.search(sentence, trigger_start, trigger_end)):
        return False  # "call it a treaty of friendship, and both deny that they are allies": only the status is denied
    if _denial_of_main_claim(sentence, trigger_start, trigger_end, trigger_end + retracted.start()):
        return False  # "Turkey, which signed an alliance with Baku, is said to have sent advisers; Ankara denied it": the advisers are denied
    complement = COMPLEMENT_THAT.search(retracted.group(0)) and re.match(r"\s+\w", sentence[trigger_end + retracted.end():])
    if POINTING_BACK.search(retracted.group(0)) and not complement or REFERRING_OBJECT.match(sentence, trigger_end + retracted.end()):
        return True
    if sentence.startswith(")", trigger_end + retracted.end()) and not sentence[trigger_end + retracted.end() + 1:].strip(" .;,"):
        return True  # '"Algeria receives first Su-57 fighters" (the viral post; unverified)': a verdict closing the entry covers it all
    temporal = TEMPORAL_CLAUSE_BEFORE.search(sentence, trigger_end, trigger_end + retracted.start())
    if temporal and not TRANSFER_DEAL.search(temporal.group("subject")):
        return False  # "held drills in May 2021, weeks after the talks on the dam collapsed": the talks failed, not the drills
    if _later_edition_planned(sentence, trigger_start, trigger_end + retracted.start()):
        return False  # "was held in Meghalaya in 2024 and is planned for Ulaanbaatar in 2025": the next edition is planned
    named_relative = NAMED_RELATIVE.match(sentence)
    if named_relative and named_relative.end() <= trigger_start and "," in sentence[trigger_end:trigger_end + retracted.start()] \
            and not LEFT_OUT_OF_RECORD_CUE.match(retracted.group(0)):
        return False  # "Pakistan, which ordered VT-4 tanks from China, is expected to field them": the cue is the main clause's
    return not _in_another_clause(sentence, trigger_end, trigger_end + retracted.start())


# a predicate joined on with "and" that plans or expects something: "... and is planned for 2025"
JOINED_PLAN = re.compile(r"\s+and\s+(?:(?:is|are)\s+(?:now\s+|next\s+)?(?:planned|scheduled|expected|due|set)\b)", re.IGNORECASE)
YEAR_IN_TEXT = re.compile(r"\b(?:19|20)\d\d\b")


def _later_edition_planned(sentence: str, trigger_start: int, cue_start: int) -> bool:
    """Whether the retracting cue at ``cue_start`` opens a predicate joined on with "and" that
    plans a later year than the one the deed before it gives: the deed stands, only the next
    edition or step is to come.

    >>> s = "Nomadic Elephant was held in Meghalaya in 2024 and is planned for Ulaanbaatar in 2025."
    >>> _later_edition_planned(s, s.index("held"), s.index("is planned"))
    True
    >>> s = "Nomadic Elephant was held in 2024 and is planned again for the same year."
    >>> _later_edition_planned(s, s.index("held"), s.index("is planned"))
    False
    """
    joined = JOINED_PLAN.search(sentence, max(trigger_start, cue_start - 8), cue_start + 30)
    if joined is None or joined.end() <= cue_start:
        return False
    told = [int(y) for y in YEAR_IN_TEXT.findall(sentence, trigger_start, joined.start())]
    planned = [int(y) for y in YEAR_IN_TEXT.findall(sentence, joined.end())]
    return bool(told and planned and min(planned) > max(told))


# the deal itself as the subject of a later clause of time: "months before the deal collapsed" undoes it
TRANSFER_DEAL = re.compile(r"\b(?:deals?|contracts?|sales?|orders?|purchases?|deliver(?:y|ies)|agreements?|transfers?|it|this|that)\b", re.IGNORECASE)
# a clause of time set off after the deed, with a subject of its own: ", weeks after the talks on the dam"
TEMPORAL_CLAUSE_BEFORE = re.compile(
    r",\s*(?:[\w-]+\s+){0,3}?(?:after|when|before|since|until|once)\s+(?P<subject>(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,7})$",
    re.IGNORECASE,
)


QUOTED_QUESTION = re.compile(r"[\"“‘][^\"“”‘’]{3,300}?\?[\"”’]")


def _in_quoted_question(sentence: str, position: int) -> bool:
    """Whether ``position`` lies inside a quoted question ('"Has Egypt bought the J-10C?"')."""
    return any(m.start() < position < m.end() for m in QUOTED_QUESTION.finditer(sentence))


# A question asked inside a longer unit (a title or a link that goes on after its question mark:
# "Is Russia selling Su-35s to Iran? What the evidence shows"): from the unit's start or a full
# stop, an auxiliary or question word that opens the question, then its words up to the mark
DIRECT_QUESTION = re.compile(
    r"(?:^|(?<=[.!?:]\s))\W*(?:(?:Is|Are|Was|Were|Do|Does|Did|Has|Have|Had|Will|Would|Can|Could|Should|Shall|May|Might|Must)\s|"
    r"(?:Why|How|What|Which|Who|Whom|Whose|When|Where)\b)[^.!?]{3,300}\?"
)


# a wish whose object is the trigger itself: "wanted a real defence pact", "want closer ties"
# (not a later deed of the same sentence: "when it wanted a pact it created AUKUS, signed by ...")
WISHED_FOR = re.compile(
    r"\b(?:wants?|wanted|wanting|would like|wish(?:es|ed)?)\s+(?:(?:a|an|the|closer|deeper|stronger|new|more)\s+)?[\"“]?(?:[\w-]+\s+){0,3}[\"“]?$",
    re.IGNORECASE,
)


# a year queried in brackets right after the deed and its object: " (2006?)", " the CSTO (c. 1999?)"
DOUBTED_DATE_AFTER = re.compile(r"(?:\s+(?:the\s+)?[\w-]+){0,4}?\s*\(\s*(?:in\s+|c\.\s*)?(?:19|20)\d\d\s*\?+\s*\)")


def _in_direct_question(sentence: str, position: int) -> bool:
    """Whether ``position`` lies inside a direct question that ends before the unit does."""
    return any(m.start() <= position < m.end() for m in DIRECT_QUESTION.finditer(sentence))


# A sentence opening on a name and a relative clause about it: what the relative says is the writer's
# fact, whatever the main clause after its closing comma hedges
NAMED_RELATIVE = re.compile(r"\W*(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2},\s+(?:which|who)\s")
# the main predicate after a subject's relative clause, told as hearsay: "..., is said to have sent advisers"
HEARSAY_MAIN_PREDICATE = re.compile(
    r",\s+(?:(?:is|are|was|were)\s+(?:said|reported|rumou?red|believed|alleged|thought|understood)\s+to|(?:reportedly|allegedly|apparently|supposedly)\s+\w+)\b",
    re.IGNORECASE,
)


def _denial_of_main_claim(sentence: str, trigger_start: int, trigger_end: int, cue_start: int) -> bool:
    """Whether the trigger stands in the relative clause after the sentence's subject and the
    main predicate after it is hearsay, which a later denial ("Ankara denied it") points back to:
    the relative clause states its fact, the hearsay alone is denied."""
    named_relative = NAMED_RELATIVE.match(sentence)
    if not named_relative or named_relative.end() > trigger_start:
        return False
    close = sentence.find(",", trigger_end, cue_start)
    return close != -1 and HEARSAY_MAIN_PREDICATE.match(sentence, close) is not None


# "The S-400 went to China and India; Iran's order is unconfirmed": a clause of its own retracts
# only itself, unless it opens by pointing back ("; the deal was cancelled", "but this was denied")
# or its cue does ("but both governments deny it")
SEPARATE_CLAUSE = re.compile(r";\s*|,?\s+but\s+|,\s*(?:al)?though\s+|,?\s*whereas\s+|,\s*while\s+(?!(?-i:[a-z]+ing)\b)", re.IGNORECASE)
POINTING_BACK = re.compile(
    # (not the "it" of "it has never been confirmed that ...", which points ahead to its own clause)
    r"(?:this|that|it(?!\s+(?:is|was|has|had|remains|remained|seems|appears|could|can|cannot|may|might|will|would)\b[^,.;]{0,40}?\b(?:that|whether|if)\b)|these|those|they|which|(?:the|its|their|such) (?:\w+ )?(?:claims?|reports?|stor(?:y|ies)|deals?|sales?|contracts?|deliver(?:y|ies)|"
    r"transfers?|purchases?|orders?|agreements?|rumou?rs?|plans?|talks|negotiations|exports?|visits?|patrols?|exercises?|drills?|membership|accession))\b",
    re.IGNORECASE,
)
REFERRING_OBJECT = re.compile(
    # (not the subject of a deed of its own: "Tehran denied that it had joined the SCO"; but "deny that they
    # signed it" repeats the deed told before)
    r"\s*(?:that\s+|whether\s+)?(?:(?:it|they)(?!\s+(?:(?:has|have|had)\s+(?!been\b)[a-z]+|[a-z]+ed)\s+(?!(?:it|this|that|them|so|one)\b)\w)|this|these|those|them|(?:the|any|such) (?:\w+ )?(?:claims?|reports?|deals?|sales?|contracts?|deliver(?:y|ies)|transfers?|"
    r"purchases?|orders?|aircraft|jets?|fighters?|ships?|vessels?|systems?|missiles?|batteries|tanks?|weapons|drones?|helicopters?|submarines?))\b",
    re.IGNORECASE,
)


# a denial whose complement states a status of its own: "deny that they are allies", "denies that
# it is a member" (what it denies is that status, not a deed told in an earlier clause)
OWN_STATUS_DENIED = re.compile(
    r"\s*(?:that\s+)?(?:they|it|the two|both)\s+(?:are|is|were|was|have ever been|had ever been)\s+(?:an?\s+)?(?:formal\s+|military\s+)?(?:allies|ally|alliance|members?|partners)\b",
    re.IGNORECASE,
)


# "the ministry denied that any Filipino crewman fired shots": "that" opening the clause denied, no pronoun
# pointing back at the deed before (unless what follows is one: "denied that the sale took place")
COMPLEMENT_THAT = re.compile(r"\bthat$", re.IGNORECASE)
STATUS_WORD = re.compile(r"\b(?:all(?:y|ies|iance|ied)|members?|membership|partners?)\b", re.IGNORECASE)


def _in_another_clause(sentence: str, start: int, cue_start: int) -> bool:
    """Whether a clause that does not point back begins between ``start`` and ``cue_start``."""
    breaks = [m for m in SEPARATE_CLAUSE.finditer(sentence, start, cue_start) if m.end() <= cue_start]
    if not breaks:
        return False
    # "... has been reported but was not confirmed": the clause goes on with the same subject
    back = POINTING_BACK.match(sentence, breaks[-1].end())
    if back and _names_another_deal(sentence, breaks[-1].start(), back.end()):
        return True
    return back is None and SAME_SUBJECT.match(sentence, breaks[-1].end()) is None


# "..., although its 2018 order for eleven Su-35s was abandoned": the deal the clause opens on
# names its own object, one the earlier clause did not name
OWN_DEAL_NAMED = re.compile(r"\s+(?:for|of)\s+(?:(?:the|an?|[a-z]+)\s+){0,3}?(?P<name>(?-i:[A-Z])[\w-]*\d[\w-]*|(?-i:[A-Z])[a-z]+(?:[ -](?-i:[A-Z])[\w-]+)*)")


def _names_another_deal(sentence: str, clause_start: int, noun_end: int) -> bool:
    """Whether the deal named at ``noun_end`` ("its order for eleven Su-35s") is for a thing the
    sentence before ``clause_start`` does not name: a deal of its own, not the one told before."""
    named = OWN_DEAL_NAMED.match(sentence, noun_end)
    if named is None:
        return False
    stem = re.sub(r"(?<=\d)s$|(?<=[a-z])s$", "", named.group("name"))
    return stem.lower() not in sentence[:clause_start].lower()


SAME_SUBJECT = re.compile(r"(?:was|were|is|are|has|have|had|never|remains?|remained|did|does|do|later|then|soon)\b", re.IGNORECASE)


# A mandative subjunctive: "that <subject> be <participle>" asks for the deed (a bare "be" after a subject has no tense)
# ("that Palestine be admitted as a full member": the participle before the trigger, too)
MANDATIVE = re.compile(
    r"\bthat\s+(?:[\w'’-]+\s+){1,6}?be\s+(?:\w+ly\s+|also\s+)?(?:(?:admitted|made|accepted|recogni[sz]ed|granted|given)\s+(?:as\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2})?$",
    re.IGNORECASE,
)
IS_TO = re.compile(r"\b(?:(?:is|are|was|were) (?:\w+ly )?|due )to (?:have )?\s*$", re.IGNORECASE)  # the trigger follows at once
STOPPED_DEAL = re.compile(r"\b(?:block(?:ed|s)?|froze|freezes|frozen|halt(?:ed|s)?|suspend(?:ed|s)?|postpone(?:d|s)?|veto(?:ed|es)?)\s+(?:the\s+|all\s+|any\s+|some\s+|further\s+|its\s+|their\s+)?$", re.IGNORECASE)
# An export approved or notified, not concluded: "approved the sale of", "cleared a possible sale of",
# "notified Congress of a proposed sale of"
APPROVED_DEAL = re.compile(
    r"\b(?:approv(?:ed|es|ing)|clear(?:ed|s|ing)|authori[sz](?:ed|es|ing)|green-?lit|greenlighted|notif(?:ied|ies|ying)\s+(?:[\w-]+\s+){0,3}?of)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:possible\s+|potential\s+|proposed\s+|planned\s+)?$",
    re.IGNORECASE,
)
# A step towards a deal, not one, that governs the transfer after it: "signed a letter of intent with
# Turkey for the supply of", "an MoU to buy", "a memorandum of understanding on the purchase of"
PRELIMINARY_DEAL_BEFORE = re.compile(
    r"\b(?:letters? of intent|(?-i:LoIs?|LOIs?|MoUs?|MOUs?)|memorand(?:um|a) of understanding|heads of agreement|term sheets?)"
    r"(?:\s+(?:with|between)\s+[^,;.()]{1,50}?)?\s+(?:for|on|covering|concerning|regarding|about|to)\s+(?:the\s+|a\s+|an\s+|possible\s+|future\s+|eventual\s+)*$",
    re.IGNORECASE,
)
# (of a transfer only: "approved the accession of Finland" admits it)
DEAL_NOUN = re.compile(r"(?:sales?|exports?|transfers?|deliver(?:y|ies)|purchases?|acquisitions?)\b", re.IGNORECASE)
# A fronted time clause whose main clause looks ahead: "Once ..., it will", "When ..., Algeria would"
FRONTED_TIME = re.compile(r"\W*(?:once|when|whenever|until|till|as soon as|after|before|by the time)\s", re.IGNORECASE)
FUTURE_MAIN = re.compile(r",\s*(?:[\w'-]+\s+){1,4}?(?:will|would|shall|(?:is|are) going to)\b|,\s*(?:[\w-]+\s+){0,3}?[\w-]+'ll\b", re.IGNORECASE)
# (not an earlier status: "became a member in 2025 after three years as an observer")
OBSERVER_AFTER = re.compile(r"(?:(?!\b(?:after|before|following|since|until|than|from)\b)[^,;]){0,60}?\bas (?:an? |the )?(?:observers?|guests?)\b", re.IGNORECASE)
# what every match of it holds, looked up in the sentence's scan: the look-ahead at each of its
# 60 characters is costly, and most sentences have neither word
OBSERVER_WORD = IndexedPattern(re.compile(r"observer|guest", re.IGNORECASE), SENTENCES)
# ", with Japan and Australia sending contingents" after a clause in the future: what is to come,
# as the clause it hangs on (one comma only: "which will be repeated, was held in May, with ..." is past)
FUTURE_BEFORE_WITH = re.compile(
    r"\b(?:will|would|shall|is to|are to|set to|expected to|due to)\s(?:[^,;:.()]|(?<=\d)[,.](?=\d)){0,80},\s+with\s+[^,;:.()]{0,60}$", re.IGNORECASE
)
NEAR_MISS = re.compile(r"\b(?:nearly|almost|all but)\s+$", re.IGNORECASE)
# A seller's word that it will hand over: unlike "agreed to buy" or "agreed to license" (the
# deal or the transfer itself, see AGREED), "agreed to sell/supply/deliver" leaves the goods to come
SELLER_PROMISE = re.compile(r"(?:sell|supply|deliver|export)\b", re.IGNORECASE)
PROMISE_KEPT = re.compile(r"\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:handed over|delivered|received|commissioned)\b|\b(?:arrived|entered service)\b", re.IGNORECASE)
AGREED_ANY_TENSE = re.compile(r"\bagree(?:s|d)? (?:(?:in|on|during|at|last|this|earlier) (?:[\w,]+ ){0,3}?)?to\s*$", re.IGNORECASE)
# hearsay from sources the writer keeps unnamed: "Our sources confirm that Egypt has received ...", "my sources
# say ...", "Our sources confirm: ..." (a source owned by the speaker is still no one named)
OWN_SOURCES_SAY = re.compile(
    r"\b(?:our|my|his|her|their)\s+(?:own\s+|(?:\w+\s+)?(?:trusted|usual|reliable|good|military|defen[cs]e)\s+)?sources?\s+(?:\w+ly\s+)?"
    r"(?:confirm|confirms|confirmed|say|says|said|tell|tells|told|report|reports|reported|claim|claims|claimed|insist|insists|insisted|suggest|suggests)\b",
    re.IGNORECASE,
)
# "Nor, despite what the tabloids printed, has Vietnam signed for the Su-35": a fronted negative whose aside
# pushes the inverted auxiliary, and so the verb, past the clause start where local cues count
FRONTED_NEGATIVE_ASIDE = re.compile(
    r"\W*(?:nor|neither)\s*,[^;:.]{1,120}?,\s*(?:has|have|had|did|does|do|is|are|was|were|can|could|will|would)\s", re.IGNORECASE
)
# "Had Turkey bought", "Were Egypt to buy", ", had the deal gone ahead,": the auxiliary opens the clause, its subject follows
# (also after a conjunction: "..., while had China sold ...", "; were Algeria to hold ...")
INVERTED_CONDITION = re.compile(r"(?:^|[,;]\s|(?<=[,;]\s)|(?<=\bbut\s)|(?<=\byet\s)|(?<=though\s)|(?<=while\s)|(?<=whereas\s)|\b(?:while|whereas|although|though|but|yet)\s)\W*(?:had|were|should)\s+(?:the\s+|its\s+|their\s+)?(?-i:[A-Z])", re.IGNORECASE)
# "received no more than 24": a bounded count, not a denial; "bought neither the Su-57 nor the Su-75": both denied
# ("was admitted in principle", "admitted to ASEAN in principle": agreed to, not yet done)
DENIED_AFTER = re.compile(r"\s+(?:no(?!\s+(?:more|fewer|less)\s+than\b)|none of|nothing|(?:(?:in|to|from|with|of|on)\s+)?neither|may|might|could|would|will|is expected|is likely|"
                          r"(?:(?:(?:to|into)\s+)?(?:the\s+)?(?-i:[A-Z])[\w-]*\s+)?in principle)\b", re.IGNORECASE)


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
