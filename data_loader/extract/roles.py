"""Who did what for the event: organiser, funder, partner or participant, from the phrase
that attaches a name to the act of holding, paying for, helping with or attending it.

Rules work on zones of a sentence: a cue ("organized by", "with the financial
support of", "in collaboration with") opens a zone that runs until the next cue
or a stop word outside any name; an active holding verb ("X and Y held a
workshop") makes its subject a zone of organisers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from data_loader.casefold import CuePattern, CueSet, lowered
from data_loader.extract.mentions import HOLDING_ADJECTIVES, Mention

EVENT_NOUN = (
    # (a press conference tells the news, it builds no one's capacity)
    r"(?:workshops?|seminars?|webinars?|trainings?|training\s+courses?|courses?|(?<!press\s)(?<!news\s)(?:video[\s-]?)?"
    r"conferences?|forums?|"
    r"dialogues?|summits?|symposium|colloqui(?:um|a|ums)|meetings?|round\s*-?tables?|consultations?|briefings?|exercises?|drills?|convenings?|"
    r"congress(?:es)?|plenar(?:y|ies)|"
    r"simulations?|sessions?|events?|study\s+(?:visit|tour)s?|roundtables?|discussions?|talks|lectures?|"
    # a class held for an audience beyond its course ("held an open lesson on countering extremism")
    r"open\s+(?:lessons?|classes)|"
    # a school's or university's hour on a topic ("held a curatorial hour for first-year students", "an information
    # hour ... for 8th-grade pupils", "a class hour"), as releases from Kazakhstan call such talks
    r"(?:curatorial|information(?:al)?|class|educational)\s+hours?|"
    # a lab where young people work out initiatives ("the Youth Idea Generation Lab was held in Osh"; not a forensic
    # laboratory)
    r"idea\s+labs?|idea\s+generation\s+labs?|innovation\s+labs?|"
    # classes held for serving officers ("held theoretical classes for servicemen of specialised battalions")
    r"(?:theoretical|practical|training|master|thematic|methodological|field)\s+(?:classes|lessons)|"
    # a camp held for young people ("A youth camp was held at the university"), not a refugee or a terrorists'
    # training camp
    r"(?:youth|summer|winter|leadership|peace(?:building)?|tolerance|student|debate|media)\s+camps?|"
    # a conference as releases translated from Russian call it ("the International Expert Platform ... was held in
    # Orenburg"; not an online platform)
    r"expert\s+platforms?|"
    # "A Peer Review was held in support of the BWC" (experts of several countries reviewing one's implementation;
    # not "peer-reviewed", nor the topic of a workshop "on the peer review of resolution 1540", nor "carried out
    # tripartite peer reviews" over years)
    r"(?<=\b[Aa]\s)peer[\s-]review(?![\w-])(?!\s+of\b)|"
    # "A gathering was held at the Agency" (not intelligence gathering, nor the security of mass gatherings; and not
    # "addressed the gathering", which only names again an event told of before)
    r"(?<=\b[Aa]\s)gathering(?!\s+(?:of\s+)?(?:information|intelligence|data|evidence))|"
    # an awareness campaign's event, as releases translated from Russian call it ("hosted a preventive action on
    # protecting young people"; not "preventive action" as a policy)
    r"(?<=\ba\s)(?:preventive|awareness(?:[\s-]raising)?|information(?:al)?|educational|explanatory|outreach)\s+action|"
    # a part of a course held on its days ("the second module of the course", "The module took place in Osh"), not
    # a teaching module handed over
    r"(?:first|second|third|fourth|fifth|final|last|next|introductory)\s+modules?|"
    r"module(?=\s+(?:took\s+place|was\s+held|was\s+conducted|ran|opened|began|concluded)\b)|"
    # "the online hearing of the Assembly", "public hearings on the draft law" (not "the hearing of a case")
    r"(?:online|public|parliamentary|joint|expert|open)\s+hearings?|"
    # a sitting of the Security Council or the General Assembly open to all members: "took part in the Security
    # Council Open Debate on Preventing and Combating the Financing of Terrorism" (not a public debate on a topic)
    r"open\s+debates?|"
    # a mission of experts to a country: "a follow-up assessment visit to Turkmenistan"
    r"(?:assessment|follow-up|fact-finding|technical\s+assistance)\s+(?:assessment\s+)?(?:visit|mission)s?|"
    # a programme held on some days ("a two-day capacity building programme"), not one run for years
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]days?\s+(?:[\w-]+\s+){0,3}?programmes?|"
    # a launch as an occasion ("at the launch of the project", "the launch event"), not the verb
    r"(?<=\bthe\s)launch(?=\s+of\b)|launch\s+(?:event|ceremony|ceremonies)s?|"
    # a round of a body's sittings, held: "held the first round of its National Project Steering Group (NSG)" (not a
    # round of funding, grants, applications or voting)
    r"(?:first|second|third|fourth|fifth|sixth|final|next|new)\s+round(?=\s+of\s+(?:its\s+|the\s+|their\s+)?"
    r"(?!funding|grants?|applications?|applause|voting|votes|elections?|sanctions|calls?|proposals?|negotiations|"
    r"shelling|strikes|fighting|layoffs|price)[a-z])|"
    # a project's results presented to an audience: "held a final presentation on the implementation of the grant
    # project" (not a presentation given at an event: "made a presentation at the workshop")
    r"(?:final|public|official|closing)\s+presentations?(?=\s+(?:of|on)\b)|"
    # a presentation someone is thanked for organising or hosting: "thanks ... the OSCE Project Co-ordinator for
    # organizing the presentation" (of a study, to an audience; not one given at another event)
    r"(?:(?<=\borganizing\sthe\s)|(?<=\borganising\sthe\s)|(?<=\bhosting\sthe\s))presentation\b|"
    # an activity like the one reported, told in passing: "a similar activity took place in Uzbekistan in July"
    r"(?<=\bsimilar\s)activit(?:y|ies)|"
    # a delegation's trip that someone organised: "The trip was organised under the UN Global Programme ..."
    r"(?<=\bthe\s)(?:trip|visit)(?=\s+(?:was|had\s+been)\s+(?:organi[sz]ed|arranged|facilitated|funded|supported)\b))"
)
#: the titles of officials an event is held with, who are met, not co-hosts ("held a video conference with the Deputy
#: Foreign Ministers of ..."): the roles cue and the participating countries (``event_attendance``) read the same list
TITLES_MET = r"ministers?|ambassadors?|envoys?|secretaries|heads|chairmen"
#: a country's armed forces, the nouns its drills name them by ("troops", "Russia's 201st military base", "sub-units")
FORCES = (r"(?:troops|forces|servicemen|soldiers|riflemen|paratroopers|marines|(?:sub-)?units|contingent|garrison|"
          r"military\s+base|base|army)")
#: "took place" and the perfect's "have taken place": a report that an event happened
TOOK_PLACE = r"(?:took|taken)\s+place"
#: "organised" as a verb: "organized crime" is a kind of crime ("presented their approaches to organized crime at ...",
#: "combating cybercrime and transnational organized crime")
ORGANISED = r"organi[sz]ed(?!\s+crim)"
#: "host" as a verb, not the noun of "joined the host country for the talks", "the host government"
_HOST_VERB = (r"host(?!\s+(?:country|countries|nation|nations|city|cities|government|governments|state|states|side|"
              r"team)\b)")
ORG_VERB = (
    r"(?:co-)?(?:" + ORGANISED + r"|organi[sz]es|convened|convenes|convening|hosted|hosts|hosting|" + _HOST_VERB
    + r"|held|holds|"
    r"holding|"
    r"conducted|conducts|conducting|launched|ran|runs|(?:(?<=\bhave\s)|(?<=\bhas\s)|(?<=\bhad\s))run|delivered|delivers|arranged|facilitated|co-host|co-organi[sz]ed|"
    r"led|carried\s+out|carries\s+out|carrying\s+out|staged|stages|staging|"
    # "An officer of the KNB gave a lecture at the university": a lecture or a course given is run (not "gave an
    # interview at the conference")
    r"(?:gave|gives|giving)(?=\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:lectures?|trainings?|seminars?|courses?|briefings?)\b)|"
    # "The State Committee ... and the CIS Anti-Terrorism Center were the co-organizers of the event"
    r"(?:was|were|are|is)\s+(?:the\s+)?(?:main\s+)?(?:co-)?organi[sz]ers?\s+of)"
)
#: not after a hyphen: "the OSCE-led Mobile Training Team", "UN-hosted" are adjectives, not the verb
#: (nor "held up as a model": praised, not holding anything)
_ACTIVE = CuePattern.compile(r"(?<!-)\b" + ORG_VERB + r"\b(?!\s+(?:jointly\s+)?by\b)(?!\s+up\b)"
                             r"(?=[^.;]{0,120}?\b" + EVENT_NOUN + r"\b)", first_chars=True, prefilter=True)
#: the same verbs with the event named again as "it", and whom it was held with after: "The Programme Office in
#: Nur-Sultan ran it with the International Narcotics and Law Enforcement Office of the US Embassy" (a pattern of its
#: own, so that ``_ACTIVE`` is still looked for only where an event noun is)
_ACTIVE_IT = CuePattern.compile(r"(?<!-)\b" + ORG_VERB + r"\b(?=\s+it\s+with\b)", first_chars=True, prefilter=True)
#: meeting the public: "met students and teachers of Danghara State University", "met the population" (not "met the
#: Ambassador", people of another body)
_MET_PUBLIC = (r"met\s+(?:with\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:students|pupils|schoolchildren|cadets|teachers|"
               r"activists|residents|elders|imams|parents|young\s+people|youth|population)\b")
#: verbs that say an organisation ran the event without saying it organised it ("UNOCT concluded a
#: training"); their subject counts only when it is a known organisation, never a list of countries
_WEAK_ACTIVE = CuePattern.compile(
    r"\b(?:concluded|completed|finished|wrapped\s+up|opened|open|opens|kicked\s+off|started|began|organi[sz]ing|"
    r"organi[sz]e|hold|will\s+host|to\s+host)\b"
    r"(?=[^.;]{0,80}?\b" + EVENT_NOUN + r"\b)|"
    # "UN Women brought together more than 30 women peacebuilders ... for a consultation": who gathered them
    r"\b(?:brought|brings|bringing)\s+together\b(?=[^.;]{0,200}?\b(?:for|at|in)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    + EVENT_NOUN + r"\b)|"
    # "officers of the district department of the SCNS met students and teachers of Danghara State University": an
    # outreach meeting those who met the public held (not "the Minister met the Ambassador", people of another body)
    r"\b" + _MET_PUBLIC, prefilter=True)
#: "in cooperation with", "in close partnership with": the cue of bodies an event was held with (see ``CUES`` and
#: ``held_with_someone_unnamed``)
_IN_COOPERATION_WITH = r"in\s+(?:close\s+|full\s+)?(?:partnership|cooperation|co-operation|coordination)\s+with"

#: "run" of an event, not of a place the participants were taken to: "a battle area clearance site run by the Swiss
#: Foundation for Mine Action" names who runs the site, not who held the workshop
_RUN_NOT_A_PLACE = "".join(rf"(?<!\b{w}\s)" for w in ("site", "sites", "centre", "center", "facility", "facilities",
                                                     "school", "camp", "shelter", "range", "farm", "station")) + "run"

CUES: list[tuple[str, str]] = [
    ("organizer", r"\b(?:jointly\s+|co-)?(?:organi[sz]ed|co-organi[sz]ed|convened|co-convened|hosted|co-hosted|"
                  r"held|led|conducted|facilitated|" + _RUN_NOT_A_PLACE + r"|arranged|delivered|implemented|initiated|"
                  r"launched|opened\s+and\s+led|"
                  r"chaired|co-chaired|put\s+together)"
                  r"(?:\s+(?:jointly|together|today|yesterday|recently|successfully))?"
                  r"(?:,?\s+(?:on|in|at|last|this|from)\s+[\w\s-]{1,25}?){0,3},?\s+by\b"),
    # "The ... training was coordinated by the US National Nuclear Security Administration": an event coordinated
    # (a mission or a programme "coordinated by" a body is not said to be held by it)
    ("organizer", r"\b" + EVENT_NOUN + r"\b[^.;]{0,60}?\b(?:was|were)\s+(?:jointly\s+)?co-?ordinated\s+by\b"),
    # "Moscow hosted, under the chairmanship of the Republic of Tajikistan, a joint meeting": who chairs leads it
    ("organizer", r"\bunder\s+the\s+(?:chairmanship|presidency)\s+of\b"),
    # "was brought to a close by UNCCT", "was concluded by the Centre": who closes an event ran it
    ("organizer", r"\b(?:brought\s+to\s+a\s+close|concluded)\s+by\b"),
    # "a standing format convened with the coordinating role of the CIS Anti-Terrorism Center"
    ("organizer", r"\bwith\s+the\s+(?:coordinating|leading|organi[sz]ing)\s+role\s+of\b"),
    # an event page's field: "Host: Davis Center for Russian and Eurasian Studies, Harvard University"
    ("organizer", r"^\s*(?:hosts?|hosted\s+by|organi[sz]ers?|organi[sz]ed\s+by|conveners?|convened\s+by)\s*:"),
    # "convened on the initiative of the Prosecutor General's Office": the body that called it
    ("organizer", r"\b(?:on|at|upon)\s+the\s+initiative\s+of\b"),
    # "The event was co-hosted with Uzbekistan": the other host
    # "... co-organized the roundtable with the Ministry of Religious Affairs": with the event named between
    ("organizer", r"\b(?:co-hosted|co-organi[sz]ed|co-convened|(?:organi[sz]ed|held|hosted)\s+jointly)"
                  r"(?:\s+(?:the|this|a|an|its)\s+(?:[\w-]+\s+){0,3}?" + EVENT_NOUN + r")?\s+with\b"),
    # "The Programme Office in Astana held the seminar with the US Embassy in Kazakhstan and the Border Guard Service",
    # "ran it with the International Narcotics and Law Enforcement Office": those it was held with (a body's name
    # next; not "with the support of", a funder, nor "held a meeting with representatives of ...", people met)
    ("organizer", r"\b(?:organi[sz]ed|held|hosted|conducted|ran)\s+(?:it|(?:the|this|a|an|its)\s+(?:[\w-]+\s+){0,3}?"
                  + EVENT_NOUN + r")\s+with\s+(?!(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
                  r"(?:support|funding|assistance|participation|help|contributions?|involvement|aim|view|goal|purpose|"
                  r"representatives|participants|officials|officers|experts|students|members|people|youth|staff|"
                  r"teachers|journalists|leaders|women|delegations?|colleagues|counterparts|" + TITLES_MET
                  + r"|chiefs|directors|commanders|governors)\b)"),
    # "A joint exercise between Uzbekistan's National Guard and the U.S. Central Command ... came to an end": the two
    # sides of a joint drill hold it
    ("organizer", r"\bjoint\s+(?:[\w-]+\s+){0,2}?(?:exercises?|drills?|manoeuvres?|maneuvers?)\s+between\b"),
    # "The round table was held at the invitation of CORE and of the Center for ...": the hosts
    ("organizer", r"\bat\s+the\s+(?:kind\s+)?invitation\s+of\b"),
    ("organizer", r"\b(?:part\s+of|under|within)\s+(?:a|the)\s+joint\s+"
                  r"(?:initiative|project|programme|program|effort)\s+of\b"),
    ("coop", r"\b(?:" + _IN_COOPERATION_WITH + r"|jointly\s+with|together\s+with|partnered\s+with)\b"),
    # (not "in support of a stable Afghanistan": who is supported, not who pays)
    ("funder", r"\b(?<!\bin\s)(?:(?:made\s+possible\s+)?(?:thanks\s+to|through|with|by|owing\s+to)\s+)?(?:the\s+)?"
               r"(?:generous\s+|kind\s+|continued\s+|continuous\s+)?(?:financial\s+|funding\s+)?"
               r"(?:support|contributions?|funding|backing|sponsorship|grant|financial\s+assistance)\s+"
               r"(?:of|from|by|provided\s+by)\b"),
    ("funder", r"\b(?:financial|funding)\s+(?:assistance|aid)\s+(?:of|from|by)\b"),
    # "thanked the U.S. Department of State's INL for supporting the implementation of Phase III": thanks for support
    # are a donor's acknowledgment (as "with the support of" is); not thanks "for their support and co-operation in
    # protecting the border", a partner's
    ("funder", r"\b(?:thanked|thanks|thanking|(?:expressed|expresses|expressing)\s+(?:his|her|their|its)?\s*"
               r"(?:gratitude|appreciation)\s+to)\s+(?=[^;]{3,160}?\bfor\s+(?:(?:its|their|the|his|her)\s+)?"
               r"(?:(?:generous|continued|continuous|kind|financial)\s+)*(?:support(?:ing)?|funding|financing|"
               r"sponsor(?:ing|ship)|contributions?)\b(?!\s+and\s+(?:co-?operation|collaboration|partnership)))"),
    ("funder", r"\b(?:funded|co-funded|financed|co-financed|sponsored|supported|made\s+possible)"
               r"(?:\s+(?:financially|generously|jointly|in\s+part|partly|partially|fully|entirely|largely|mainly))?"
               r"\s+(?:by|thanks\s+to|through|under)\b"),
    ("funder", r"\bwith\s+funding\s+from\b|\b(?:funding|financing|financial\s+support|financial\s+assistance|"
               r"sponsorship)\s+(?:was\s+|were\s+|has\s+been\s+)?(?:kindly\s+|generously\s+)?provided\s+"
               r"(?:by|under|through)\b|"
               r"\bdonors?\s*(?:were|was|:)\s"),
    ("partner", r"\b(?:in\s+(?:close\s+)?collaboration\s+with|under\s+the\s+auspices\s+of|with\s+the\s+"
                r"(?:technical\s+|expert\s+)?(?:assistance|expertise|involvement)\s+of|"
                r"(?:as\s+part\s+of|under)\s+(?:a|the|its|their)\s+(?:long-term\s+|long-standing\s+)?partnership\s+with|"
                # ("with the organizational support of the SCNS": the host's help on the ground, not money; this cue,
                # starting before the funder's "support of", holds it)
                r"(?:(?:expert|technical|methodological|advisory|organi[sz]ational|logistical)\s+support|presentations?)"
                r"\s+(?:was\s+|were\s+)?"
                r"(?:provided\s+|given\s+|delivered\s+)?(?:by|from|of)|"
                r"contributions?\s+(?:by|from))\b"),
    # "One of the keynote addresses in the session ... was delivered by the CSTO": a speaker, not a host
    ("participant", r"\b(?:remarks|speech(?:es)?|statements?|address(?:es)?)\b[^.;]{0,160}?\b(?:was|were)\s+"
                    r"(?:delivered|given|made)\s+by\b"),
    # "On behalf of the Security Council's Counter-Terrorism Committee, its Executive Directorate carried out":
    # the body a mission acts for does not hold it
    ("aside", r"\b(?:on|in)\s+behalf\s+of\b"),
    # "a project funded by Japan and carried out by the UNDP offices in ...": who carries out a project or a study
    # is not its funder (whether it ran this event, the sentences about the event say)
    ("aside", r"\band\s+carried\s+out\s+by\b"),
    # "held in line with an agreement reached between UNODC, the FATF and Interpol": who agreed did not hold it
    # (also with the body named before the word: "in line with the FATF decision of February 2025")
    ("aside", r"\b(?:in\s+line\s+with|in\s+accordance\s+with|pursuant\s+to)\s+(?:an?|the)\s+"
              r"(?:[\w-]+\s+){0,2}?(?:agreement|decision|"
              r"resolution|memorandum)(?:\s+(?:reached|signed|concluded|adopted))?(?:\s+(?:between|by|of|with))?\b"),
    # "the Plenary agreed that the mutual evaluation of China will be led by the IMF": what a meeting agreed or
    # decided is other work, and who is to lead it did not hold this event
    # (every cue after it in the sentence is of that other work too: see ``zones``)
    ("decided", r"\b(?:agreed|decided|resolved)\s+that\b"),
    # "According to UNODC, the workshop was held ...": the source of the news, not the subject of the verb
    ("aside", r"\baccording\s+to\b"),
    # "a delegation of the CIS Anti-Terrorism Center, led by the Head of the Center, took part": who leads a delegation
    # does not lead the event
    ("aside", r"\bdelegations?\b[^.;]{0,80}?,?\s+(?:led|headed)\s+by\b"),
    ("participant", r"\b(?:representatives?\s+(?:of|from)|delegations?\s+(?:of|from)|delegates\s+(?:of|from)|"
                    r"(?:with\s+)?the\s+participation\s+of|officials\s+from|along\s+with|as\s+well\s+as\s+"
                    r"representatives\s+of)\b"),
]
#: each searched only in a sentence holding one of its words (no cue in most sentences: one pattern of all
#: the cues, tried in full at every character, cost more than these word tests)
_CUE_RES = [(role, CuePattern.compile(p, prefilter=True)) for role, p in CUES]
#: the same cues asked together of a sentence (one look-up of its words for all of them, see casefold.CueSet)
_CUE_SET = CueSet([rx for _, rx in _CUE_RES])
_CUE_ROLES = [role for role, _ in _CUE_RES]
_STOP = re.compile(
    r"\b(?:under|within|on|at|for|during|which|who|whose|that|aimed|aiming|as\s+part|from|between|focused|"
    r"focusing|addressing|entitled|titled|where|while|to\s+(?!the\s+United)|brought|gathered|took|through|"
    r"included|includes|discussed|provided|presented|organi[sz]ed|held|hosted|convened|launched|conducted|"
    r"was|were|is|are|has|have|will|would|also|now|provides|supports|helps|works|offers|continues)\b|(?<!\b[A-Z])\.|[;:!?]|\s[–—]\s|,\s+(?:and\s+)?(?:the\s+)?(?:workshop|training|"
    r"event|course|meeting|conference|seminar)\b|"
    # ", and followed the priority areas of ...": a new clause with its own verb
    r",\s+and\s+(?:then\s+|later\s+|also\s+)?(?:[a-z]+ed|took|gave|made|ran|met|saw|became|brought|won)\b"
)
#: the verbs a stop word can be: a name just before one, after ", and", is that verb's subject, not part of
#: the zone ("with the support of X, and the Monitoring Team took part")
_STOP_VERBS = {"took", "was", "were", "is", "are", "has", "have", "will", "would", "brought", "gathered",
               "included", "includes", "discussed", "provided", "presented", "provides", "supports", "helps", "works",
               "offers", "continues"}
_LINKING = {"within", "at", "under", "on", "for", "from"}
#: an event or programme before a relative clause whose subject holds it ("the second stage of a training
#: programme that UNODC and the OSCE are conducting", "the seminar, which the Embassy organised"); asked of the
#: lowered sentence in three short steps (one pattern for all of it cost a twentieth of extraction time)
_RELATIVE_PRONOUN = re.compile(r"\b(?:that|which)\s+")
_HELD_THING = re.compile(r"\b(?:" + EVENT_NOUN + r"|programmes?|programs?|series|projects?|initiatives?)\b[^.;]*$")
_CLAUSE_VERB = re.compile(r"([^.;]{1,240}?)\s(?:(?:are|is|were|was|have|has|had)\s+)?(?:jointly\s+)?(" + ORG_VERB +
                          r")\b(?!\s+(?:jointly\s+)?by\b)")
RELATIVE_REACH = 120


#: a relative clause without its pronoun, its subject a name: "Proceedings of the consultation UN Women organized in
#: September 2021" (a capital letter opens the subject, so "the training participants attended" is no such clause)
_CONTACT_CLAUSE = re.compile(r"\b(?:the|a|an)\s+" + EVENT_NOUN + r"\s+(?=[A-Z])((?:[A-Z][\w’'&.-]*\s+){1,5}?)"
                             r"(?:jointly\s+)?(?:co-)?(organi[sz]ed|convened|hosted|held|conducted|ran)\b")


def _contact_clause(sentence: str) -> tuple[int, int, int] | None:
    """(start and end of the subject, start of the verb) of 'the consultation UN Women organized'."""
    m = _CONTACT_CLAUSE.search(sentence)
    return (m.start(1), m.end(1) - 1, m.start(2)) if m is not None else None


def _relative_clause(sentence: str, low: str) -> tuple[int, int, int] | None:
    """(start and end of the subject, start of the verb) of 'that|which SUBJECT held' after an event or
    programme named at most ``RELATIVE_REACH`` characters before the pronoun."""
    for p in _RELATIVE_PRONOUN.finditer(low):
        if _HELD_THING.search(low, max(0, p.start() - RELATIVE_REACH), p.start()) is None:
            continue
        v = _CLAUSE_VERB.match(low, p.end())
        if v is not None:
            return v.start(1), v.end(1), v.start(2)
    return None
_IN_PLACE = re.compile(r"\bin\s+(?!(?:close\s+)?(?:partnership|cooperation|co-operation|collaboration|coordination)\b)")
_PARTICIPATION = CuePattern.compile(
    r"\b(?:took\s+part|participated|attended|joined|were\s+present|was\s+present|brought\s+together|"
    r"gathered|participants|attendees)\b", prefilter=True)


#: a list of organisers after a colon: "Five institutions are co-organizing the conference: A, B and C",
#: "The organizers were: A and B" (searched only in sentences with a colon)
_ORGANISERS_COLON = re.compile(
    r"\b(?:(?:are|is|were|was)\s+(?:jointly\s+)?(?:co-)?(?:organi[sz]ing|hosting|convening)\s+(?:the|this)\s+"
    + EVENT_NOUN + r"\s*:|(?:co-)?organi[sz]ers\s+(?:are|were|include|included)?\s*:)", re.IGNORECASE)
#: "Opening remarks were delivered by X": the speech, not the event, was delivered by X
_SPEECH_BEFORE = re.compile(r"\b(?:remarks|speech(?:es)?|statements?|address(?:es)?|messages?|greetings|keynote|"
                            r"words\s+of\s+welcome)\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:also\s+)?$",
                            re.IGNORECASE)
#: "the Caucus, set up in 2020 with the support of A and B", "the Roadmap was developed earlier with the
#: support of C": the support went to making that other thing, not to this event
#: a sentence about a body's work in general, not the event: "These efforts are led by UNCCT and UNRCCA, with the
#: support of Norway and the European Union" (who leads or pays for them did neither for the event)
_ABOUT_EFFORTS = re.compile(r"\s*(?:These|Those|Such|The(?:se)?\s+regional|Its|Their)\s+(?:[a-z-]+\s+)?"
                            r"(?:efforts|activities|initiatives|work|endeavou?rs)\s+"
                            r"(?:are|were|is|was|have\s+been|has\s+been)\b")
#: "the Declaration adopted at the high-level conference convened by the UN, the EU and the OSCE": who held
#: another event, at which something the story speaks of happened
_AT_ANOTHER_EVENT = re.compile(r"\b(?:adopted|agreed|signed|announced|presented|launched|endorsed)\s+(?:at|during)\s+"
                               r"(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?" + EVENT_NOUN + r"\s+$", re.IGNORECASE)
_MADE_BEFORE = re.compile(r"\b(?:set\s+up|established|developed|created|founded|launched|adopted|drafted|prepared|"
                          r"built|introduced|elaborated)(?:\s+(?:in\s+\d{4}|earlier|previously|last\s+year|jointly|"
                          r"itself|back))*\s*,?\s*$", re.IGNORECASE)


#: the last word of every event noun (``EVENT_NOUN``: "training courses" ends in "courses")
_EVENT_WORD_LIST = (
    "workshop workshops seminar seminars webinar webinars training trainings course courses conference conferences "
    "forum forums dialogue dialogues summit summits symposium meeting meetings table tables roundtable roundtables "
    "videoconference videoconferences "
    "round-table round-tables consultation consultations briefing briefings exercise exercises simulation plenary "
    "plenaries "
    "simulations session sessions event events visit visits tour tours discussion discussions talks hearing hearings "
    "debate debates")
_EVENT_WORDS = frozenset(_EVENT_WORD_LIST.split())


#: an organisation's head word right before a name in quotes: 'the Public Foundation “Aqniet”'
_ORG_HEAD_BEFORE = re.compile(r"\b(?:Foundation|Association|Organi[sz]ation|Fund|Centre|Center|Union|Society|Institute|"
                              r"Agency|Company|NGO|Movement|Alliance|Council|Committee)\s*$")


def _after_an_event(sentence: str, pos: int) -> bool:
    """Whether the words right before ``pos`` end with an event (its noun or its quoted title): "spoke at the
    Parliamentary Forum held on the margins of ..." -- "held" describes that event; it is not the verb of a
    sentence whose subject held something."""
    tail = sentence[max(0, pos - 40) : pos].rstrip(" ,")
    if tail.endswith(("”", '"', "»")):
        # a quoted title, unless the quotes hold an organisation's name ('the Public Foundation “Aqniet”')
        head = sentence[:pos].rstrip(" ,")
        opening = max(head.rfind(q, 0, len(head) - 1) for q in "“\"«")
        return not (opening > 0 and _ORG_HEAD_BEFORE.search(sentence, max(0, opening - 30), opening))
    words = tail.rsplit(None, 1)
    return bool(words) and words[-1].lower() in _EVENT_WORDS


#: the head word of an event's own name ("Central Asian Expert Forum")
_NAMED_EVENT_HEAD = re.compile(r"\b(?:Forum|Conference|Summit|Dialogue|Congress|Symposium)$")


def _active_verbs(sentence: str, low: str | None) -> list[re.Match[str]]:
    """The verbs of holding an event in the active voice, left to right: before an event noun, or before "it with"."""
    found = list(_ACTIVE.finditer(sentence, low))
    if " it with" in (low if low is not None else sentence):
        seen = {m.start() for m in found}
        found = sorted(found + [m for m in _ACTIVE_IT.finditer(sentence, low) if m.start() not in seen],
                       key=lambda m: m.start())
    return found


def _event_of_before(sentence: str, pos: int) -> bool:
    """'the 10th Conference of the SCO RATS': an event named as an organisation's own, right before ``pos``."""
    words = sentence[max(0, pos - 60) : pos].lower().split()
    if words[-1:] == ["the"]:
        words = words[:-1]
    if words[-4:-1] in (["the", "member", "states"], ["the", "member", "countries"]) and words[-1:] == ["of"]:
        # "a joint exercise of the member states of the Collective Security Treaty Organization": its members', so
        # the organisation's own
        words = words[:-4]
    if not (len(words) >= 2 and words[-1] == "of" and words[-2] in _OWN_EVENT_WORDS):
        return False
    # "held on the sidelines of the 31st session of the Commission": the session is the Commission's, the side event
    # held beside it is not; nor is the meeting that examined "the decisions of the Astana summit of the SCO"
    return _BESIDE.search(sentence, max(0, pos - 90), pos) is None \
        and _OUTCOMES_OF.search(sentence, max(0, pos - 90), pos) is None


#: an event held beside another, which the words after it name: "on the sidelines of the 31st session of"
_BESIDE = re.compile(r"\b(?:on|at)\s+the\s+(?:sidelines?|margins?|fringes?)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                     r"[\w-]+\s+of\s+(?:the\s+)?$", re.IGNORECASE)
#: what an earlier event left, named before it: "the decisions of the Astana summit of", "the outcomes of the last
#: meeting of"
_OUTCOMES_OF = re.compile(r"\b(?:decisions?|declarations?|resolutions?|outcomes?|results|recommendations|"
                          r"agreements?)\s+(?:adopted\s+|reached\s+|taken\s+)?(?:of|at|by)\s+(?:the\s+)?"
                          r"(?:[\w-]+\s+){0,3}?[\w-]+\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_OWN_EVENT_WORDS = frozenset({"conference", "meeting", "session", "forum", "summit", "workshop", "seminar", "congress",
                              "assembly", "plenary", "week", "exercise", "exercises"})
#: "delivered opening remarks at the workshop", "presented a statement": a speech, not the event, was delivered
_SPEECH_OBJECT = re.compile(r"\s+(?:(?:the|an?|his|her|their|its)\s+)?(?:(?:opening|welcoming|welcome|closing|keynote|"
                            r"introductory|concluding)\s+)?(?:remarks|speech(?:es)?|statements?|address(?:es)?|"
                            r"greetings|messages?|presentations?|lectures?|words)\b", re.IGNORECASE)
#: an event a lecture was given at: "gave a lecture at the training course"
_AT_AN_EVENT = re.compile(r"\b(?:at|during|within|in\s+the\s+course\s+of|as\s+part\s+of)\s+(?:the|a|an|this)\s+"
                          r"(?:[\w-]+\s+){0,4}?" + EVENT_NOUN + r"\b", re.IGNORECASE)


def _speech_given(sentence: str, pos: int) -> bool:
    """Whether the verb ending at ``pos`` delivered a speech, not the event: a lecture is the event itself unless
    the sentence says at which event it was given ("An officer of the KNB gave a lecture at the university")."""
    speech = _SPEECH_OBJECT.match(sentence, pos)
    if speech is None:
        return False
    if not speech.group(0).lower().rstrip("s").endswith("lecture"):
        return True
    return _AT_AN_EVENT.search(sentence, speech.end()) is not None


_OPENING_PHRASE = re.compile(r"\W*(?:with|thanks|through|owing|under|within|in|as|made|by|jointly|partnered|on|"
                             r"according)\b",
                             re.IGNORECASE)


#: the people a cue's names stand behind: "conducted by international experts from ..."
_EXPERTS_FROM = re.compile(r"\s+(?:(?:the|a\s+team\s+of|international|national|regional|independent|leading|"
                           r"senior)\s+)*(?:experts|trainers|specialists|instructors|facilitators|speakers|lecturers|"
                           r"consultants|practitioners)\s+(?:from|of|representing)\b", re.IGNORECASE)


_DELEGATION_LED = re.compile(r"\b(?:delegations?|team|side)\b(?:(?:\s+(?:of|from)\s+(?:[\w’'-]+\s+){1,5}?|\s+)"
                             r"(?:was|were|is|are)\s+|,\s*)$", re.IGNORECASE)


#: a cue denied right before it: "not organised by the CSTO", "never hosted by", "neither funded by" (not "not only")
_DENIED = re.compile(r"\b(?:not|never|neither|nor)(?!\s+only\b)(?:\s+(?:been|being|jointly|directly|formally|"
                     r"officially))?\s*$", re.IGNORECASE)


def _for_this_event(sentence: str, cue: tuple[int, int, str]) -> tuple[int, int, str]:
    """A cue whose words are about something else than the event gets the role ``aside``: the names after it
    take no role from it (and none from the sentence's subject either)."""
    start, end, role = cue
    if _ABOUT_EFFORTS.match(sentence):
        return start, end, "aside"  # "These efforts are led by UNCCT and UNRCCA, with the support of Norway"
    before = sentence[max(0, start - 60) : start]
    if role == "organizer" and _SPEECH_BEFORE.search(before):
        return start, end, "aside"
    if role == "funder" and _MADE_BEFORE.search(before):
        return start, end, "aside"
    if role == "organizer" and _AT_ANOTHER_EVENT.search(sentence, max(0, start - 100), start):
        return start, end, "aside"
    if role == "organizer" and _DELEGATION_LED.search(before):
        # "The delegation of Turkmenistan was led by V. Khadzhiev, Deputy Minister ...", "the meeting with the Turkish
        # delegation, led by the head of Turkey's Interpol National Central Bureau": who led a delegation took part
        return start, end, "participant"
    if role == "organizer" and _PROGRAMME_IMPLEMENTED.search(sentence, max(0, start - 60), end):
        # "the Central Asia COVID-19 Crisis Response Programme (CACCR) implemented by the EU, ... and the World Health
        # Organization": who implements a programme named there (its work, not this event)
        return start, end, "aside"
    if _DENIED.search(before):
        return start, end, "aside"  # "bilateral or regional, not organised by the CSTO or the SCO"
    if role == "organizer" and (_EXPERTS_FROM.match(sentence, end)
                                or (_PARTS_LED.search(before) and _A_PERSON_AFTER.match(sentence, end))):
        # "conducted by international experts from IATA, INTERPOL and the OSCE": they lent experts (partners); so too
        # "The sessions were led by Ian Leach, coordinator of a GIZ project": a person who taught parts of it (not
        # "Sessions were led by the OSCE", a body leading them)
        return start, end, "partner"
    return cue


#: the parts of an event someone taught, before "led by": "The sessions were led by", "lectures were delivered by"
_PARTS_LED = re.compile(r"\b(?:sessions|lectures|classes|modules|presentations|practical\s+exercises)\s+(?:were|are)\s+"
                        r"(?:also\s+)?$", re.IGNORECASE)
#: a person's name and the comma of an apposition saying who they are: " Ian Leach, coordinator of ..."
_A_PERSON_AFTER = re.compile(r"\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+"
                             r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s*,")


#: a programme's or project's name (and its acronym), then its implementers
_PROGRAMME_IMPLEMENTED = re.compile(r"\b(?:[Pp]rogramme|[Pp]rogram|[Pp]roject|[Ii]nitiative)(?:\s*\([^()]{1,15}\))?\s+"
                                    r"implemented\s+by$")


@dataclass(frozen=True)
class Zone:
    role: str
    start: int
    end: int
    #: where the words that open the zone start ("with the financial support of"), for evidence
    cue: int = -1


def _inside(mentions: list[Mention], pos: int) -> bool:
    return any(m.start <= pos < m.end for m in mentions)


#: a name that only says whose programme follows: "funded by Germany under the UNODC project ..." (the chain of
#: names ends before it; "the Office under the President" goes on)
_NAMES_A_PROGRAMME = re.compile(r"(?:['’]s)?\s+(?:[A-Z][\w-]*\s+){0,3}(?:project|programme|program|initiative|"
                                r"framework)\b")


#: a region or country an office is for, then "of" and its organisation's name (see ``_zone_end``)
_REGION_THEN_OF = re.compile(r"\s*(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+of\s+(?:the\s+)?")
#: a region, then the next name of a list: " Central Asia and the Border Service ..."
_REGION_THEN_LIST = re.compile(r"\s*(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
                               r"(?P<the>the\s+)?")


#: an office's seat after its name ("the OSCE Programme Office in Nur-Sultan"), and the list going on after it
_OFFICE_BEFORE = re.compile(r"\b(?:Office|Centre|Center|Mission|Embassy|Delegation|Bureau|Consulate)\s*$")
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<the>the\s+)?")


def _office_in_listed(sentence: str, at: int, place_end: int, starts: set[int]) -> bool:
    """Whether 'in CITY' is the seat of the office named before it, and another name follows in the same list:
    "organised by the OSCE Programme Office in Nur-Sultan and the Embassy of Israel" (the list goes on past the
    city, which ends it elsewhere: "held by UNODC in Osh and ...")."""
    if _OFFICE_BEFORE.search(sentence, max(0, at - 30), at) is None:
        return False
    nxt = _LIST_GOES_ON.match(sentence, place_end)
    return nxt is not None and (nxt.end() in starts or nxt.start("the") in starts)


#: people an organisation lends to an event, before "from" and its name ("conducted by international experts from
#: INTERPOL")
_LENT_PEOPLE = re.compile(r"\b(?:experts?|specialists?|trainers?|instructors?|consultants?|mentors?|advis[eo]rs?|"
                          r"lecturers?|speakers?|facilitators?)\s+$", re.I)


def _after_a_name(sentence: str, mentions: list[Mention], at: int) -> bool:
    """Whether a name ends just before ``at`` (spaces between): a preposition there may link it to the next name
    ("the Centre within the UN Office"); after other words ("30 women peacebuilders from Kazakhstan") it does not."""
    return any(m.end <= at and not sentence[m.end : at].strip() for m in mentions)


def _zone_end(sentence: str, start: int, mentions: list[Mention], limit: int, place_names: set[str]) -> int:
    """First stop word after ``start`` that is not part of a name."""
    end = limit
    starts = {m.start for m in mentions}
    ends_at = {m.start: m.end for m in mentions}
    for m in _STOP.finditer(sentence, start, limit):
        if _inside(mentions, m.start()):
            continue
        word = m.group(0).strip().lower()
        # ("30 women peacebuilders from Kazakhstan": where people come from, not a name continued)
        if word in _LINKING and (word != "from" or _after_a_name(sentence, mentions, m.start())
                                 or _LENT_PEOPLE.search(sentence, max(0, m.start() - 40), m.start())):
            # "the Centre within the UN Office of ...", "the Office ... at the U.S. Department of State":
            # a preposition followed by another name continues the same name chain
            nxt = re.match(r"\s*(?:the\s+)?", sentence[m.end() :])
            at = m.end() + (nxt.end() if nxt else 0)
            if at in starts and not _NAMES_A_PROGRAMME.match(sentence, ends_at.get(at, at)):
                continue
            # "the Regional Office for Central Asia of the United Nations Office on Drugs and Crime": an office
            # for a region, of the organisation named next
            region_of = _REGION_THEN_OF.match(sentence, m.end())
            if region_of is not None and region_of.end() in starts:
                continue
            # "the UNODC Regional Office for Central Asia and the Ministry of Interior": an office for a region, and
            # the list goes on after it
            if word == "for" and _OFFICE_BEFORE.search(sentence, max(0, m.start() - 30), m.start()) \
                    and (region := _REGION_THEN_LIST.match(sentence, m.end())) is not None \
                    and (region.end() in starts or region.start("the") in starts):
                continue
        end = m.start()
        if word in _STOP_VERBS:
            comma_and = sentence.rfind(", and ", start, end)
            if comma_and >= 0 and not _inside(mentions, comma_and):
                end = comma_and
            else:
                # "with support from the EU and the United States, UNICEF has helped": the name after the comma
                # is the verb's subject (not the end of a list: no "and" between it and the verb)
                comma = sentence.rfind(", ", start, end)
                if comma >= 0 and not _inside(mentions, comma) and " and " not in sentence[comma:end]:
                    end = comma
        break
    for m in _IN_PLACE.finditer(sentence, start, end):
        rest = sentence[m.end() : m.end() + 40]
        place = next((p for p in place_names if rest.startswith(p)), None) if not _inside(mentions, m.start()) \
            else None
        if place is not None and not _office_in_listed(sentence, m.start(), m.end() + len(place), starts):
            return m.start()
        if not _inside(mentions, m.start()) and re.match(r"(?:the\s+)?(?:region|country|capital|city)\b", rest):
            return m.start()
    return end


def zones(sentence: str, mentions: list[Mention], place_names: set[str], low: str | None = None) -> list[Zone]:
    """Role zones of one sentence (offsets relative to the sentence); ``low`` is ``lowered(sentence)``
    when the caller already has it."""
    low = lowered(sentence) if low is None else low
    cues = []
    for i, m in _CUE_SET.finditer(sentence, low):
        if not _inside(mentions, m.start()):
            cues.append((m.start(), m.end(), _CUE_ROLES[i]))
    if ":" in sentence:  # "Five institutions are co-organizing the conference: A, B and C"
        cues += [(m.start(), m.end(), "organizer") for m in _ORGANISERS_COLON.finditer(sentence)
                 if not _inside(mentions, m.start())]
    cues = [_for_this_event(sentence, c) for c in cues]
    cues.sort(key=lambda c: (c[0], -c[1]))  # (of two cues at one place, the longer holds the other)
    # drop cues nested inside an earlier, longer cue
    kept: list[tuple[int, int, str]] = []
    for c in cues:
        if kept and c[0] < kept[-1][1]:
            continue
        if kept and kept[-1][2] == "decided" and ";" not in sentence[kept[-1][1] : c[0]]:
            continue  # "agreed that the evaluation will be led by the IMF": the decision's own cues
        kept.append(c)
    kept = [(a, b, "aside" if role == "decided" else role) for a, b, role in kept]
    out: list[Zone] = []
    acts = [m for m in _active_verbs(sentence, low)
            if not _inside(mentions, m.start()) and not _after_an_event(sentence, m.start())
            and not _speech_given(sentence, m.end())]
    relative = None if acts or low is None or ("that" not in low and "which" not in low) else \
        _relative_clause(sentence, low)
    if relative is None and not acts and low is not None and ("organi" in low or " held" in low or "hosted" in low
                                                               or "convened" in low or "conducted" in low):
        relative = _contact_clause(sentence)
    if relative is not None and _inside(mentions, relative[2]):
        relative = None
    has_act = bool(acts) or relative is not None or any(role == "organizer" for _, _, role in kept)
    for i, (_s, e, role) in enumerate(kept):  # noqa: B007 - _s is used for opening phrases
        limit = kept[i + 1][0] if i + 1 < len(kept) else len(sentence)
        if acts and acts[0].start() > e:
            limit = min(limit, acts[0].start())
            # "with funding from the Fund, UNODC convened a meeting": the verb's subject follows the last comma
            comma = sentence.rfind(",", e, limit)
            if comma >= 0 and not _inside(mentions, comma):
                limit = comma
        end = _zone_end(sentence, e, mentions, limit, place_names)
        if (_s <= 3 or not sentence[:_s].strip(" ,")) and _OPENING_PHRASE.match(sentence, _s):
            # "With the support of X, Y held ...": an opening phrase ends at its comma (not a clause: "Financial
            # support was provided by A, B and C")
            comma = next((i for i in range(e, end) if sentence[i] == "," and not _inside(mentions, i)), None)
            end = comma if comma is not None else end
        if role == "coop":
            # ("The briefing was organised in cooperation with UNOCT and the EU": those it was organised with)
            role = "organizer" if has_act or _held_just_before(sentence, _s) else "partner"
        elif role == "partner" and _ASSISTANCE_OF.match(sentence, _s) and _held_just_before(sentence, _s):
            role = "organizer"  # "The event has been organized with the assistance of the OSCE Centre in Ashgabat"
        if role == "funder" and _EFFORT_TO.match(sentence, e, min(len(sentence), end + 40)) \
                and "contribut" in low[_s:e]:
            continue  # "the contribution of the Republic of Tajikistan to countering terrorism": an effort, not money
        out.append(Zone(role, e, end, _s))
    if acts:
        verb = acts[0]
        clause_start = max(sentence.rfind(";", 0, verb.start()) + 1, 0)
        out.append(Zone("subject", clause_start, _before_aside(sentence, clause_start, verb.start())))
    elif relative is not None:
        # "a training programme that UNODC and GPML are conducting": the relative clause's subject held it
        out.append(Zone("subject", relative[0], relative[1]))
    else:
        weak = [m for m in _WEAK_ACTIVE.finditer(sentence, low) if not _inside(mentions, m.start())]
        if weak:
            clause_start = max(sentence.rfind(";", 0, weak[0].start()) + 1, 0)
            out.append(Zone("subject_weak", clause_start, weak[0].start()))
        elif (by_event := _WITH_AN_EVENT.search(sentence)) is not None:
            # "With a final coordination meeting in Bishkek, the Government, UNDP and UNRCPD brought the project to a
            # close": those who closed it with the meeting held it
            verb = _CLOSED_WITH.search(sentence, by_event.end())
            if verb is not None:
                out.append(Zone("subject_weak", by_event.end(), verb.start()))
    return out


#: an opening phrase naming the event something was done with: "With a final coordination meeting in Bishkek, "
_WITH_AN_EVENT = re.compile(r"(?:^|[–—-]\s)With\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?" + EVENT_NOUN
                            + r"\b[^,;.]{0,60},\s")
#: what the subject did with that event: closed, marked, opened or launched something
_CLOSED_WITH = re.compile(r"\s(?:brought|concluded|closed|marked|celebrated|launched|opened|wrapped\s+up|ended|"
                          r"completed|finished|kicked\s+off|started|began)\b")


#: a passive holding verb before "in cooperation with": "The briefing was organised in cooperation with ..."
_HELD_PASSIVE = re.compile(r"\b(?:was|were|is|are|been)\s+(?:jointly\s+)?(?:organi[sz]ed|held|conducted|hosted|"
                           r"convened|run|delivered)\b")
#: the writer's own side holding the event, in a relative clause right before the cue: "the training we ran together
#: with UNODC, CTED and the OSCE" (all of them held it)
_WE_HELD = re.compile(r"\b(?:we|I)\s+(?:jointly\s+)?(?:ran|held|organi[sz]ed|hosted|conducted|delivered|"
                      r"co-organi[sz]ed|co-hosted)\s+$")
#: what may stand between that verb and the cue: the event's days and place ("was delivered from 20 to 24 November
#: in Astana, Kazakhstan, in cooperation with ..."), nothing that opens another clause
_SETTING = re.compile(r"(?:,?\s+(?:in|at|on|from|between|during|over)\s+[^;]*)?,?\s+$")
_NEW_CLAUSE = re.compile(r"\b(?:was|were|is|are|has|have|which|who|that|and|but|while|where|with|by)\b")
#: the cue before a name held with an unnamed holder: "was delivered ... in cooperation with the Embassy of Italy and"
_COOP_CUE_BEFORE = re.compile(r"\b" + _IN_COOPERATION_WITH + r"\s+[^.;]*$")


def held_with_someone_unnamed(sentence: str, at: int) -> bool:
    """Whether the name at ``at`` is one a passive act of holding was done with ("The training was delivered in
    Astana in cooperation with the Embassy of Italy"): it co-organised, and whoever did the holding is not named,
    so the name is not the event's only organiser."""
    m = _COOP_CUE_BEFORE.search(sentence, max(0, at - 200), at)
    return m is not None and _held_just_before(sentence, m.start())


def _held_just_before(sentence: str, cue: int) -> bool:
    """Whether a cue of partnership at ``cue`` is attached to a passive act of holding, so that those named after
    it held the event: right after the verb, or after only the event's days and place."""
    if _WE_HELD.search(sentence, max(0, cue - 40), cue):
        return True  # "the Central Asia e-evidence training we ran together with UNODC, CTED and the OSCE"
    verbs = list(_HELD_PASSIVE.finditer(sentence, max(0, cue - 120), cue))
    if not verbs:
        return False
    between = sentence[verbs[-1].end() : cue]
    if not between.strip(" ,"):
        return True
    # after the days and place only "in cooperation (partnership) with": "was held on the shore of the lake together
    # with the get-together of ..." names another gathering; "was to have been held in China jointly with the FATF"
    # a plan that was not carried out
    return sentence.startswith("in ", cue) and _SETTING.fullmatch(between) is not None \
        and _NEW_CLAUSE.search(between) is None and not sentence.endswith("to have ", 0, verbs[-1].start())


_ASSISTANCE_OF = re.compile(r"with\s+the\s+(?:technical\s+|expert\s+)?assistance\s+of\b", re.IGNORECASE)
#: what a contribution that is an effort, not money, goes to: "the contribution of Tajikistan to countering the
#: threats", "... to the fight against terrorism", "... to regional security"
_EFFORT_TO = re.compile(r"[^,;]*?\bto\s+(?:the\s+)?(?:[a-z]+ing\b|fight|struggle|efforts?|peace|security|stability|"
                        r"prevention)")
#: a clause set off by commas between a subject and its verb: "Delegates of the group set up under the C5+1 format,
#: which brings together the five states and the United States, held a meeting"
_ASIDE_CLAUSE = re.compile(r",\s+(?:which|who|whose)\s[^;]*,\s*$")
#: an aside naming the subject's neighbours: "Kyrgyzstan, with borders on China, Kazakhstan and Tajikistan, has put
#: itself forward as a host" (the neighbours host nothing)
_NEIGHBOURS_ASIDE = re.compile(r",\s+(?:with\s+(?:a\s+)?(?:common\s+)?borders?\s+(?:on|with)|bordering|"
                               r"neighbou?ring|(?:a\s+)?neighbou?r\s+(?:of|to))\s")


def _before_aside(sentence: str, start: int, verb: int) -> int:
    """Where the subject before ``verb`` ends: before a relative clause set off by commas, or an aside naming its
    neighbours, whose names describe the subject and did not hold the event."""
    m = _ASIDE_CLAUSE.search(sentence, start, verb) or _NEIGHBOURS_ASIDE.search(sentence, start, verb)
    return m.start() if m else verb


_POSSESSIVE_FUNDING = re.compile(
    r"^\)?['’]s?\s+(?:generous\s+|kind\s+|continued\s+)?(?:financial\s+|funding\s+)?"
    r"(?:support|contributions?|funding|grant|sponsorship|donation)\b", re.IGNORECASE)
#: what an adjective of funding may stand before without naming this event: projects and programmes in general
_GENERIC_FUNDED = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:projects|programmes|programs|initiatives|activities|efforts)\b",
                             re.IGNORECASE)
#: "EU-funded", "the European Union funded project LEICA", "Japan funded the course" (not "UNODC funded by ...")
_FUNDED_ADJ = re.compile(r"^(?:-|\s+)(?:funded|financed|sponsored|co-funded)\b(?!\s+(?:by|through|under|from)\b)",
                         re.IGNORECASE)
#: "a UNOCT-facilitated exchange", "an OSCE-organised workshop": the body that ran the event (not "the OSCE-led Mobile
#: Training Team", a team)
_HELD_ADJ_BODY = (r"-(?:" + HOLDING_ADJECTIVES + r")\s+(?:[\w-]+\s+){0,2}?(?:exchange|visit|trip|tour|" + EVENT_NOUN
                  + r")\b(?!\s+(?:teams?|groups?|units?|cent(?:re|er)s?|offices?|missions?|programmes?|programs?|"
                  r"projects?|networks?)\b)")
#: after a name ("-organised workshop ..."), and anywhere in a sentence after a word (whether to ask for roles at all)
_HELD_ADJ = re.compile(r"^" + _HELD_ADJ_BODY, re.IGNORECASE)
_HELD_ADJ_ANYWHERE = re.compile(r"\w" + _HELD_ADJ_BODY, re.IGNORECASE)
_FUNDING_VERB = CuePattern.compile(
    r"\b(?:(?:provided|provides|contributed|allocated|granted|donated|(?:is|are|was|were)\s+(?:also\s+)?providing)"
    r"\s+(?:the\s+)?(?:generous\s+)?(?:financial\s+support|funding|funds|financing|a\s+grant|the\s+funds)|"
    # "Germany is proud to be one of the donors of this important project"
    r"(?:is|are|was|were)\s+(?:proud\s+to\s+be\s+)?(?:one\s+of\s+)?(?:the\s+)?(?:main\s+|key\s+|largest\s+)?"
    r"donors?\s+(?:of|to)\s+(?:this|the)\b|"
    # "The European Union backs a training-of-trainers course for ...", "Japan funded the course": who pays for it
    r"(?:funds|funded|finances|financed|co-funds|co-funded|co-finances|co-financed|sponsors|sponsored|backs|backed)"
    r"\s+(?:the|a|an|this|its)\s+(?:[\w-]+\s+){0,4}?" + EVENT_NOUN + r"\b)", prefilter=True)
#: "the project ..., which the European Union funds through UNODA": the subject of the relative clause pays
_FUNDS_WHICH = CuePattern.compile(
    r"\b(?:which|that)\s+((?:[a-z.()-]+\s+){1,7}?)(?:funds|finances|co-funds|co-finances|sponsors)\b",
    prefilter=True)


def _funding_subject(sentence: str, mentions: list[Mention], low: str | None) -> tuple[int, int, int] | None:
    """'Japan provided funding for the course': the subject before the verb pays for the event; (start of the
    subject, start and end of the verb)."""
    m = _FUNDING_VERB.search(sentence, low)
    if not m or _inside(mentions, m.start()):
        w = _FUNDS_WHICH.search(sentence, low)
        return (w.start(1), w.end(1), w.end()) if w else None
    return max(sentence.rfind(";", 0, m.start()) + 1, sentence.rfind(",", 0, m.start()) + 1, 0), m.start(), m.end()


def may_assign(sentence: str, low: str | None = None) -> bool:
    """Whether a sentence holds anything that gives a name a role other than participant: a cue, a holding
    verb or a word of paying (cheap: most headlines hold none)."""
    low = lowered(sentence) if low is None else low
    if low is not None and ("fund" in low or "support" in low or "financ" in low or "sponsor" in low):
        return True
    if "-" in sentence and _HELD_ADJ_ANYWHERE.search(sentence):
        return True  # "an OSCE-organised workshop"
    return bool(_CUE_SET.search_any(sentence, low) or _ACTIVE.search(sentence, low) or _ACTIVE_IT.search(sentence, low)
                or _WEAK_ACTIVE.search(sentence, low))


def assign_roles(sentence: str, mentions: list[Mention], place_names: set[str], low: str | None = None
                 ) -> list[tuple[Mention, str, tuple[int, int]]]:
    """(mention, role, cited) for every organisation-like mention the sentence attaches to the event; ``low``
    is ``lowered(sentence)`` when the caller already has it (the cues are searched on it, see casefold.py).
    ``cited`` is the span to cite for it: the name, and for a funder the words of paying with it ("with the
    financial support of the European Union", "Japan's financial support")."""
    low = lowered(sentence) if low is None else low
    zs = zones(sentence, mentions, place_names, low)
    specific = [z for z in zs if z.role not in ("subject", "subject_weak")]
    subject = [z for z in zs if z.role == "subject"]
    weak = [z for z in zs if z.role == "subject_weak"]
    participation = bool(_PARTICIPATION.search(sentence, low))
    out: list[tuple[Mention, str, tuple[int, int]]] = []
    funding_subject = _funding_subject(sentence, mentions, low)
    given: dict[int, tuple[str, tuple[int, int]]] = {}  # end of a name -> the role it got, for its acronym
    for m in mentions:
        role = None
        cited = (m.start, m.end)
        prev = _BRACKET_BEFORE.search(sentence, max(0, m.start - 4), m.start)
        if prev is not None and sentence.startswith(")", m.end) and prev.start() in given:
            # "the United Nations Peace and Development Trust Fund (UNPDF)": the acronym has its name's role
            out.append((m, given[prev.start()][0], given[prev.start()][1]))
            continue
        follows = sentence[m.end : m.end + 60]
        paying = _POSSESSIVE_FUNDING.match(follows) or _FUNDED_ADJ.match(follows)
        if paying and _GENERIC_FUNDED.match(follows, paying.end()):
            continue  # "through EU-funded security projects, thousands have been trained": other work, in general
        if paying and not m.kind.startswith("unknown"):
            out.append((m, "funder", (m.start, m.end + paying.end())))
            given[m.end] = out[-1][1:]
            continue
        if (holding := _HELD_ADJ.match(follows)) and not m.kind.startswith("unknown"):
            out.append((m, "organizer", (m.start, m.end + holding.end())))
            given[m.end] = out[-1][1:]
            continue
        if funding_subject and funding_subject[0] <= m.start < funding_subject[1]:
            out.append((m, "funder", (m.start, funding_subject[2])))
            given[m.end] = out[-1][1:]
            continue
        for z in specific:
            if z.start <= m.start < z.end:
                if z.role == "organizer" and _after_from(sentence, z.start, m.start, through_lists=True):
                    break  # "led by the Team together with experts from INTERPOL": the experts' home
                role = z.role
                if role == "funder" and _OWN_FIELD_OFFICES.match(sentence, m.end):
                    role = "partner"  # "supported by Germany and the OSCE field missions": its own offices helped
                elif role == "funder" and z.cue >= 0:
                    cited = (z.cue, m.end)
                break
        if role == "aside":
            continue
        if role is None and m.kind in ("org", "government", "unknown_org") and _event_of_before(sentence, m.start) \
                and not (m.kind == "unknown_org" and _NAMED_EVENT_HEAD.search(m.value)):
            # "the 10th Conference of the SCO RATS": its own event (not "The first meeting of the Central Asian
            # Expert Forum": a forum no registry knows is the event, named, and holds nothing)
            role = "organizer"
        if role is None and m.kind == "org" and _OWN_EVENT_AFTER.match(sentence, m.end):
            role = "organizer"  # "The EAG plenary week is under way": its own event
        through = (_THROUGH.search(sentence, max(0, m.start - 40), m.start)
                   if role != "funder" and m.surface.endswith("Fund") else None)
        if through:
            role, cited = "funder", (through.start(), m.end)  # "through the UN Counter-Terrorism Trust Fund"
        if role is None:
            for z in subject:
                if z.start <= m.start < z.end and (not _after_from(sentence, z.start, m.start)
                                                   or its_staff_ran(sentence, m)):
                    role = "organizer"
                    break
        if role is None and m.kind in ("org", "programme", "government"):
            for z in weak:
                if z.start <= m.start < z.end and (not _after_from(sentence, z.start, m.start)
                                                   or its_staff_ran(sentence, m)):
                    role = "organizer"
                    break
        if role is None and participation and not any(z.role in ("organizer",) for z in zs):
            role = "participant"
        if role is not None:
            out.append((m, role, cited))
            given[m.end] = (role, cited)
    return out


#: an organisation's name before its event: "the EAG plenary week", "the SCO RATS Council meeting" (not a verb
#: between them: "experts of UNICEF led interactive sessions" gave sessions at someone else's event)
_OWN_EVENT_AFTER = re.compile(r"\s+(?:(?!(?:led|held|ran|gave|took|made|[a-z]+ed)\b)[A-Za-z]+\s+){0,2}?(?:"
                              + EVENT_NOUN + r")\b")
#: an organisation's own offices in the field: their support is help on the ground, not money
_OWN_FIELD_OFFICES = re.compile(r"\s+field\s+(?:missions?|offices?|operations?|presences?)\b", re.IGNORECASE)
#: what stands between a name and its acronym in brackets
_BRACKET_BEFORE = re.compile(r"\s*\(\s*$")
#: paying through a fund: "through the UN Counter-Terrorism Trust Fund", "from the Peace and Development Fund" (not
#: work "led by the International Monetary Fund")
_THROUGH = re.compile(r"\b(?:through|from|(?<!\bled\s)(?<!\bheaded\s)(?<!\bchaired\s)by)\s+(?:the\s+)?"
                      r"(?:[\w-]+['’]s\s+)?$", re.IGNORECASE)


def _after_from(sentence: str, zone_start: int, pos: int, through_lists: bool = False) -> bool:
    """In a subject such as 'Officials from Kazakhstan and UNODC held ...' the names after 'from'
    describe who the people are, not who organised. After a cue ('led by the Team together with experts from
    INTERPOL, UNHCR and UNODC') the whole list after 'from' is theirs: ``through_lists``."""
    head = sentence[zone_start:pos]
    tail = _FROM_LIST_TAIL if through_lists else _FROM_TAIL
    return tail.search(head) is not None and _PEOPLE_WORD.search(head) is not None


def its_staff_ran(sentence: str, m: Mention) -> bool:
    """'Specialists of the Centre for ..., a non-governmental organization, have run a series of trainings': the
    people of one organisation running the event are that organisation running it (but 'Experts of UNHCR and UNICEF
    led interactive sessions' of someone else's course only taught)."""
    return _STAFF_OF_BEFORE.search(sentence, max(0, m.start - 120), m.start) is not None \
        and _STAFF_RAN_AFTER.match(sentence, m.end) is not None


#: the people of an organisation opening a sentence's subject, right before its name
#: ("On 18-19 September, experts of the Center for Geopolitical Studies «Berlek-Edinstvo» (Ufa, Russia) held ...":
#: after the days it was held on, and with the kind of body its quoted name follows)
_STAFF_OF_BEFORE = re.compile(r"(?:^\W*|\.\s+|^(?:(?:On|In|From)\s+[^,.;]{3,40}|Yesterday|Today|Recently|Earlier),\s+)"
                              r"(?:[Ss]pecialists|[Ee]xperts|[Ss]taff|[Tt]rainers|[Ii]nstructors|[Oo]fficers|[Ee]mployees|"
                              r"[Ii]nvestigators|[Ii]nspectors)\s+of\s+"
                              # (and the units they work in: "Officers of the counter-terrorism department of the
                              # operational-search service of the Kashkadarya Region Internal Affairs Directorate")
                              r"(?:(?:the\s+)?(?:[\w-]+\s+){0,2}(?:department|service|division|unit|group|section|"
                              r"directorate|office|branch)\s+of\s+){0,3}"
                              r"(?:the\s+)?(?:(?:[A-Z][\w-]*|for|of)\s+){0,6}?[«“\"]?$")
#: the one name, an apposition of it, then the verb of holding an event (not of leading its sessions)
_STAFF_RAN_AFTER = re.compile(r"[»”\"]?(?:\s*\([^()]{1,40}\))?(?:\s*,\s*(?:an?|the)\s+[^,.;]{1,60},)?"
                              r"\s+(?:ha(?:ve|s|d)\s+)?"
                              r"(?:(?:run|ran|conducted|held|organi[sz]ed)\s+(?:a|an|the|two|three|four|five|several)\b|"
                              + _MET_PUBLIC + ")")


#: "from" or "of" before a name, up to the name (a list's commas kept or not, see ``_after_from``)
_FROM_TAIL = re.compile(r"\b(?:from|of)\s+[^,;]*$")
_FROM_LIST_TAIL = re.compile(r"\b(?:from|of)\s+[^;]*$")
_PEOPLE_WORD = re.compile(r"\b(?:officials|representatives|participants|experts|delegates|trainers|speakers|lecturers|"
                          r"instructors|facilitators|specialists|consultants|officers|staff|personnel|"
                          r"cadets|judges|prosecutors|investigators|practitioners)\b", re.IGNORECASE)
