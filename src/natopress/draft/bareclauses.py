"""English indirect speech without `that` (`said the mission would continue`): the verb of saying, the clause's
subject and its finite verb (guidelines 2.1, 1.16)."""

from __future__ import annotations

import re

from natopress.draft.cuewords import WHEN
from natopress.draft.speech import ENGLISH_CUES, TOLD_WHOM

_FINITE_AFTER_SUBJECT = (
    r"(?:would|will|is|was|were|are|has|had|have|must|should|could|can|cannot|may|might|remains|remained|stands|stood|"
    r"continues|continued|continue|remain|needs|needed|wants|wanted|makes|means|meant|shows|demonstrates|proves|marks"
    r"|provides|offers|represents|reflects|requires|plays|brings|gives|helps|supports|contributes|depends|faces"
    r"|sends|goes|go|went|grows|grew|lies|seems|looks|comes"
    r"|includes|allows|enables|ensures|serves|constitutes|matters|poses|shares|deserves|began|became|stays|stayed"
    r"|(?:did|does|do)\s+not)"
)
_BARE_SUBJECT = (
    r"(?:(?:he|she|it|they|we|there|this|NATO|Allies)(?:\s+and\s+(?:his|her|their|our)\s+[a-z][\w’'-]*)?"
    r"|(?:the|this|these|his|her|its|their|our)(?!\s+[a-z]+ly\s+[a-z]+ed\s)"  # `the recently appointed ministers`
    r"(?:\s+(?!(?:of|to|for|in|on|with|at|by|that|which|who|but|he|she|it|they|we|you|i)\s)[a-z][\w’'-]*){1,3}?"
    r"|the\s+(?:most\s+)?(?:[A-Z]{2,}\s+)?[a-z][\w’'-]*(?:\s+(?!(?:that|which|who|whom|whose|to(?!\s+(?:the|a|an)\s)|or|when"
    r"|where|while|because|if)\s)(?:\d{1,3}(?:,\d{3})+|[\w’'-]+)){0,10}?"
    r"\s+(?:(?!(?:it|he|she|they|we|you|i|that|which|who)\s)[a-z][\w’'-]*"
    r"|(?:(?<=\sfrom\s)|(?<=\sof\s)|(?<=\sin\s)|(?<=\sby\s)|(?<=\sby\sthe\s))[A-Z][\w’'-]*)"
    r"(?=\s+(?:was|were|is|are|has\s+been|have\s+been)\s)"
    r"|the\s+[a-z][\w’'-]*\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?"  # `the attacks in Istanbul highlighted`
    r"|the\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,5}(?:\s+\([A-Z]{2,8}\))?"
    r"|the\s+[A-Z][\w’'-]+\s+(?!(?:of|to|for|in|on|with|at|by|that|which|who|but|and|or)\s)[a-z][\w’'-]*"
    r"|(?:the|his|her|its|their|our)\s+(?:[A-Z]{2,}\s+)?(?:[a-z][\w’'-]*\s+){1,2}(?:to|of|for|with|from)\s+(?:the\s+)?"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
    r"|(?:the|his|her|its|their|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+['’]s(?:\s+(?!(?:and|or)\s)[a-z][\w’'-]*){1,3}?"
    r"(?:\s+(?:with|in|to|between)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?"  # `ties with Ostravia`
    r"|[A-Z][\w-]*['’]s(?:\s+(?!(?:and|or)\s)[a-z][\w’'-]*){1,3}?"  # `NATO’s security presence was`
    r"(?=\s+(?:was|were|is|are|has|had|would|will)\s)"
    r"|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+and\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"
    r"|neither\s+[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}?\s+nor\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?"
    r"|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?:\s+\d{1,4}(?![\w,.]))?(?:\s+(?!to\s)[a-z][\w’'-]*|(?<![’']s))"
    r"|(?:several|many|some|most|both|a\s+number\s+of|a\s+few|two|three|four|five)"
    r"(?:\s+[A-Z][\w’'-]*|(?:\s+(?!(?:to|for|in|on|with|at|by|that|which|who)\s)[\w’'-]+){0,5}?"
    r"\s+(?!(?:to|for|in|on|with|at|by|that|which|who|has|have|had|is|are|was|were)\s)[a-z][\w’'-]*)"
    r"|(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|which|who|how|what|why|when|where|whether|if|it|he"
    r"|she|they|we|you|i|there|not|also|all|both|in|on|at|for|to|with|by|from|of|after|during)\s)[a-z][\w’'-]*"
    r"(?:\s+(?!(?:and|or|that|which|who|to|of|in|with)\s)[a-z][\w’'-]*)?"
    r"(?:\s+(?:of|in|with|between|among|across)\s+(?:(?:the|a|an)\s+)?(?!(?:the|a|an|his|her|its|their|our)\s)"
    r"[a-zA-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?){1,2}"
    r"(?=\s+(?:would|will|should|must|could|can|cannot|may|might|was|were|is|are)\s+(?!(?:of|and|or)\s))"
    r"|(?!(?:that|which|who|in|on|at|for|to|with|by|from|of|after|during)\s)[a-z][\w’'-]*"
    r"(?:\s+(?!(?:of|in|on|at|for|to|with|by|from)\s)[a-z][\w’'-]*){0,2}?[a-z]{2}s"
    r"(?=\s+(?:are|were|have|had|will|would|remain|must|should)\s))"
    r"(?:,[^,.;:\n]{1,80},)?\s+"
)
"""The subject of a clause after a verb of saying without `that` (`said he and his soldiers are`, `said there
was`, `said this did not` (not `urged the recently appointed ministers to`: an adverb and a participle, no
verb), `said both of the events of the day were`, a noun without a determiner and one or
two prepositional phrases before a modal or `be`: `said old barriers of mistrust in the region should`, `said
cooperation with Australia was`, not `continued defiance of the will of`; not `highlighted some of the ways NATO has changed`, a relative clause
without its pronoun, nor `explained the mission he was given`, nor `emphasized the importance of X’s engagement and expressed`), and a title or
participle phrase set between commas after it (`said Allied leaders, meeting in Warsaw on Friday, will
take`)."""
_TOLD_WHOM = rf"(?:(?<=told)\s+(?:{TOLD_WHOM}|him|them|us|me))?"
"""Whom a bare clause was told (`told reporters neither NATO nor …`, `told him the new barracks were …`)."""
_BARE_PARTICIPLES = r"saying|adding|noting|stressing|warning|explaining|underlining|emphasi[sz]ing"
_BELIEF = r"believes|believed"
"""A verb of belief, which reports a bare clause like a verb of saying (`X believes the numbers will keep
growing`)."""
BARE_INDIRECT_RE = re.compile(
    rf"(?<![\w’'-])(?<![”\"»],\s)(?<!,[”\"]\s)(?<![”\"»]\s)(?<![Tt]he\s)(?<!\b[Aa]\s)(?<![Ii]ts\s)(?<!their\s)"
    r"(?<![’']s\s)"  # `NATO’s continued efforts in Iraq were …`: an adjective after a possessive, no verb
    r"(?!(?:(?<=,\s)|(?<=[.!?]\s)|^)(?i:assessed)\s)"  # `During the period, assessed enemy forces were`
    # `the annexation of X and continued incursions … are`: an adjective
    r"(?!(?:(?<=\band\s)|(?<=\bof\s)|(?<=\bwith\s)|(?<=\bfor\s)|(?<=\bby\s))continued\s)"
    rf"(?P<cue>(?i:{ENGLISH_CUES}|{_BARE_PARTICIPLES}|{_BELIEF}))(?:\s+(?i:{WHEN}))?{_TOLD_WHOM}\s+(?P<conj>)"
    rf"(?={_BARE_SUBJECT}(?:(?<![’']s\s){_FINITE_AFTER_SUBJECT}(?![\w’'-])(?!\s*[.;!?)])"
    r"|(?<=[a-z)]\s)(?<!\band\s)(?<![’']s\s)(?<!\bbeing\s)(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?!(?:need|indeed|speed|proceed|exceed|succeed|feed|seed)\s)"
    r"(?!(?:provided|given|offered|delivered|granted|extended|dedicated|assigned)\s+to\s)[a-z]+ed(?!\s+(?:by|during)\s)"
    r"|(?:(?<=\bhe\s)|(?<=\bshe\s))(?!is\b|was\b|has\b)[a-z]+[^s\W]?s"
    r"|(?:(?<=\bthey\s)|(?<=\bwe\s))(?!(?:also|all|both|and|or|too|not)\b)[a-z]{3,}(?<!ing)(?<!ly)(?!\s*[.;!?)]))(?![\w’'-])(?!\s*:))"
)
"""English indirect speech without `that`: `said the mission would continue`, `stressed NATO is ready`,
`said he was confident`, `said they value the step` (a plain present after `they`/`we`): a verb of saying, then a subject (a pronoun, `NATO`, `Allies`, `the` or a
possessive + lower-case words that are no preposition (`noted the importance of continued …` is no
clause, `said his visit reflected …` is one), `the` + maybe an acronym + up to twelve words before
`was`/`is`/`were`/`are`, the last a lower-case noun (`the steps NATO is taking` is no clause) or a name after
`from`, `of`, `in`, `by` (`the evacuation of over 100,000 people from Afghanistan was`; `has been` too: `said
the aid provided by the IBG has been`), no relative pronoun, `to` (but `to the`: `said the ANA response to the
attack is`) or word opening another clause (`stressed the importance of cybersecurity at a time when new
technology is` is no clause) (nor a possessive alone: `underlined NATO’s continued commitment` is no clause)
(`stated the meeting with General X and his staff was very productive`), `the` + one or two capitalised words
(`said the Alliance wants`), maybe before a lower-case noun (`said the Summit decision will`), a noun and a
name after a preposition (`said the way to NATO stays open`), a possessive
phrase (`noted the PRT team’s positive attitude would`, also a name's before `was`, `is`, `has`, `would`,
`will`: `said NATO’s security presence was`), two of one or two words joined by `and` (`said NATO
and Serbia must`, `said Nordic Allies and Canada are ready`, `said Ostravia and the Alliance had to`),
one or two capitalised words, or a plural noun, maybe after two lower-case words that are no preposition,
before `are`, `had`, `must` … (`said parliamentarians had`, `said significant security gains have`; not `that
civilians had`, `continued improvement of conditions will`; a number after them: `said Article 5 can`)) and a
finite verb (not `need`: `highlighted the critical need for`; not a past after `and`, the cue's subject's
second act: `emphasised the programme’s success and reaffirmed …`; nor right after a possessive or an article,
an adjective: `reaffirmed the college’s continued engagement`, `recalled the government’s promise of a reduced
number of`), not a participle before `by` or `during` (`emphasizes the
key role played by NATO`, `described some of the successes realized during the reform`), nor one of giving
before `to` (`highlighted the continuous support provided to the institutions`), nor a relative pronoun's
(`explained the role of X inside the organisation that is NATO`), nor one a colon follows (`said the High
Level Steering Session was: An excellent …`, a quotation's layout), nor an auxiliary closing the sentence (`as
they have said they will.`: an ellipsis in a comparative clause). Not a cue used as an adjective (`The
continued improvement of conditions will`, `the annexation of Crimea and continued incursions … are`).
Case-sensitive after the cue, so that `said the Secretary General,
who was` (an attribution) is no clause; nor is anything after a cue right after a quotation's closing mark
(`“…”, said JFTC Commander and added:`: an attribution)."""
PARENTHETICAL_CUE_RE = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n)|(?<!.))[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,6},\s+"
    r"(?:he|she|the\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+"
    r"(?P<cue>added|said|stressed|noted|warned|explained|continued|insisted|argued|underlined|emphasi[sz]ed)"
    r"\s*,\s+(?P<conj>)(?=[A-Z]|(?:the|a|an|it|there|we|they|he|she|you|this|these|those|more|many|most|all|some|both|no|every|each|our|their"
    r"|his|her|its)\s)",
    re.DOTALL,
)
"""A verb of saying set inside the reported sentence after a short opening (`Today, he added, Allies are
taking the next steps.`, `In the coming months, the Secretary General said, more equipment will …`): the
clause after it is reported, its speaker the subject before the verb (guidelines 2.1). Only when the clause
opens with a name, a pronoun or a determiner: a verb there (`Ukraine, he said, is a partner`) means the
opening was the clause's subject, and a span cannot hold both parts."""
