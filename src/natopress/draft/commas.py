"""Speaker phrases set off by a comma right before a cue: a name in apposition after a title or a
description (`the Corps’s commander, Lieutenant General Sir X, said`), a subject with a stray comma
before its verb (`Col. X, stated that`), and where a speaker phrase ends before its cue, a setting set off
by commas passed over (`phrase_end`). `by_end` maps each end (code points) to the person mentions ending
there (natopress.draft.speakerphrases)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from natopress.draft.dates import MONTH_ALT
from natopress.draft.mentions import FoundMention
from natopress.draft.namewords import POST_NOMINALS, TITLE_NOUNS, TITLE_RE
from natopress.draft.phrases import (
    DESCRIPTION_OPENING_RE,
    ONE_S_PART,
    RANK_WORDS_RE,
    RELATIVE_PRONOUN_RE,
    SHORT_LEAD_RE,
    WHERE_OR_WHEN,
    titled_start,
)


def subject_before_comma(
    text: str, by_end: Mapping[int, Sequence[FoundMention]], lower: int, position: int
) -> tuple[int, int] | None:
    """A name opening the clause at `lower`, maybe after its title, then a comma right before the cue
    (`Col. X, stated that`, `Police Chief of Nawa District X, says`): a stray comma between a subject
    and its verb; the name's span with its title."""
    if position <= lower or text[position - 1] != ",":
        return None
    end = position - 1
    while end > lower and text[end - 1].isspace():
        end -= 1
    for mention in by_end.get(end, ()):
        start = titled_start(text, lower, mention.start, r"\s+")
        if not text[lower:start].strip():
            return start, mention.end
    return None


_APPOSITIONS_RE = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?(?:\s*,(?:[^,;:.!?«»“”\"()\n]|\([^()\n]{1,40}\)){2,160}){1,3}\s*,\s*"
)
"""One to three appositions set off by commas between a name and its verb (`Vice Admiral X, French Navy,
recently appointed Commander of the Group, says`), maybe with a bracket (`des forces (KFOR) dirigées par
l’OTAN,`), also after the name's country in brackets (`X (Lithuania), former Defence Minister, reminded`)."""
OPENING_TITLE_RE = re.compile(r"\s*(?:[A-Z][\w.’'-]*\s+)*")
"""Capitalised words only before the name: its rank or title (`Lieutenant Colonel `)."""


_SETTING_LEAD_RE = re.compile(rf"{WHERE_OR_WHEN}\s", re.IGNORECASE)
"""A sentence opening on where or when (`Dans sa contribution au débat …`, `During the meeting …`): a lead,
whatever commas it holds, up to the comma before the subject's name."""


def name_then_appositions(
    text: str, by_end: Mapping[int, Sequence[FoundMention]], lower: int, position: int
) -> tuple[int, int] | None:
    """A name opening the clause at `lower` (after its rank or title only), then one to three appositions
    set off by commas, none naming another person or holding a relative pronoun, right before the cue at
    `position` (`Vice Admiral X, French Navy, recently appointed Commander of the Allied Maritime Group,
    says:`), maybe after a lead naming nobody (`S’exprimant à cette occasion, M. X, responsable du
    programme, a souligné`): the name's span with its title, else None."""
    if position <= lower or text[position - 1] != ",":
        return None
    lead = SHORT_LEAD_RE.match(text, lower, position)  # `S’exprimant à cette occasion, M. X, responsable …,`
    names = sorted(
        (m for ms in by_end.values() for m in ms if lower <= m.start < position), key=lambda m: m.start
    )
    if lead is not None and names and names[0].start >= lead.end():
        lower = lead.end()
    elif names and _SETTING_LEAD_RE.match(text, lower):  # `Dans sa contribution au débat sur les femmes,
        # la paix et …, Mme X, représentante …, a souligné`: the lead ends at the comma before the name
        comma = text.rfind(",", lower, titled_start(text, lower, names[0].start, r"\s+"))
        if comma > lower and OPENING_TITLE_RE.fullmatch(text, comma + 1, names[0].start):
            lower = comma + 1
    if not names or any(m.start >= names[0].end for m in names):
        return None  # no name, or another person between the name and the verb
    first = names[0]
    start = titled_start(text, lower, first.start, r"\s+")
    if not OPENING_TITLE_RE.fullmatch(text, lower, start):
        return None
    if not _APPOSITIONS_RE.fullmatch(text, first.end, position) or RELATIVE_PRONOUN_RE.search(
        text, first.end, position
    ):
        return None
    return start, first.end


def apposed_name_before_comma(
    text: str, by_end: Mapping[int, Sequence[FoundMention]], lower: int, position: int
) -> tuple[int, int] | None:
    """The name set between commas after a title or a description, right before the cue (`the Corps’s
    commander, Lieutenant General Sir X, said`, `The doctor on board the ship, Lieutenant Commander X,
    stated`, `Initiator and coordinator of the project, Major X, said`: a role opening the sentence without
    its article, before a ranked name): the name's span; None when neither heads the words before its
    first comma, or a relative pronoun stands there (`The Minister, who met X, said`)."""
    if position <= lower or text[position - 1] != ",":
        return None
    named = [m for m in by_end.get(position - 1, ()) if m.start >= lower]
    if not named:
        return None
    head = text.rfind(",", lower, named[0].start)
    chunk = text[max(lower, text.rfind(",", lower, max(lower, head)) + 1) : max(lower, head)]
    # a role without its article opening the sentence, before a ranked name (`Initiator and coordinator of
    # the project, Major X,`)
    ranked = bool(text[head + 1 : named[0].start].strip())
    bare = ranked and text[lower:head].strip() == chunk.strip() and _BARE_ROLE_RE.fullmatch(chunk)
    described = TITLE_RE.search(chunk) or DESCRIPTION_OPENING_RE.match(chunk) or bare  # `The doctor on board`
    if head < 0 or not described or RELATIVE_PRONOUN_RE.search(chunk):
        return None
    if not RANK_WORDS_RE.fullmatch(text, head + 1, named[0].start):
        return None  # `The Minister, who met General X, said`: X is the relative clause's object
    return named[0].start, named[0].end


_BARE_ROLE_RE = re.compile(r"\s*[A-ZÀ-Ý][a-zà-ÿ]+(?:\s+[a-zà-ÿ][\w’'-]*){0,8}\s*")
"""A role without its article opening the sentence (`Initiator and coordinator of the project`), before a
ranked name set between commas."""
_SETTING_BEFORE_CUE_RE = re.compile(rf",\s*{WHERE_OR_WHEN}\s[^,;:.!?«»“”\"\n]{{1,80}},\s*\Z", re.IGNORECASE)
"""Where or when, set off by commas between a subject and its verb (`Le Premier ministre slovène, M. X,
en visite à l’OTAN le 25 janvier, a déclaré que`)."""

_SPEECH_BEFORE_CUE_RE = re.compile(
    r"(?:,\s*|\s+)(?:in|during|dans|lors\s+de)\s+(?:his|her|their|son|sa|ses|leur|leurs)\s+"
    r"(?:[A-Za-zÀ-ÿ]+\s+){0,2}(?:remarks|speech|address|statement|words|allocution|discours|intervention)\s*\Z"
)
"""The speech a subject gave, right before its verb without a comma of its own (`General X, chairman of the
plenary, in his opening remarks stated`, `M. X dans son allocution a souligné`, `X in his Welcome address
remarked`)."""


WHEN_SAID = (
    r"\s+(?:(?:(?:ce|le)\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+\d{1,2}(?:er)?\s+"
    rf"(?:{MONTH_ALT})(?:\s+\d{{4}})?"
    r"|(?:on|this|last|ce|le)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lundi|mardi"
    r"|mercredi|jeudi|vendredi|samedi|dimanche)|today|yesterday|aujourd['’]hui|hier"
    r"|(?:this|earlier\s+this|yesterday)\s+(?:morning|afternoon|evening)|ce\s+(?:matin|soir)"
    r"|on\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?)"
    r"(?:\s*\([^()\n]{1,30}\))?"
)
"""When words were said, next to their verb of saying (`on Thursday (22 April 2021)`, `on 12 May`, `ce
lundi`, `mercredi 4 novembre 2015`, `aujourd’hui`, `this morning`)."""
_WHEN_BEFORE_CUE_RE = re.compile(rf"{WHEN_SAID}\s*\Z")
"""When, between a subject and its verb of saying without commas (`X on Thursday (22 April 2021) said`, `X on
12 May said`, `M. X ce lundi a déclaré`): the subject ends before it."""


def phrase_end(text: str, by_end: Mapping[int, Sequence[FoundMention]], lower: int, position: int) -> int:
    """Where the speaker phrase before a cue at `position` ends: before adverbs, an English auxiliary or a
    clitic (`He also said`, `X has said`, `Farrand proudly said`, `Il y a notamment déclaré`, `Il les a
    informés`), a phrase of reference (`The Secretary General in this regard stressed`, `X for his part
    said`, `M. X à son tour a déclaré`), post-nominal
    letters (`Captain X RN said`), when (`X on Thursday said`), a setting set off by commas (`M. X, en
    visite à l’OTAN le 25 janvier, a déclaré`), the speech given (`X, in his opening remarks stated`), a
    person's affiliation in brackets (`Sir X (Transparency International) a souligné`) and white space."""
    adverb = re.search(
        r"(?:\s(?:also|again|further|furthermore|moreover|later|earlier|then|once(?:\s+again)?|meanwhile"
        r"|however|too|subsequently|finally|y|en|les|lui|leur|vous|nous|l['’]|[mt]['’]|has|have|had|[a-z]{3,}ly"
        rf"|{ONE_S_PART}|in\s+(?:this|that)\s+(?:respect|regard|context)|à\s+cet\s+égard))+\s*$",
        text[lower:position],
    )
    if adverb is not None:
        position = lower + adverb.start()
    when = _WHEN_BEFORE_CUE_RE.search(text, lower, position)
    if when is not None:  # `X on Thursday (22 April 2021) said`
        position = when.start()
    setting = _SETTING_BEFORE_CUE_RE.search(text, lower, position)
    if setting is not None:
        position = setting.start() + 1
    speech = _SPEECH_BEFORE_CUE_RE.search(text, lower, position)
    if speech is not None:
        position = speech.start()
    bracket = re.search(r"\s*\([^()\n]{1,60}\)\s*$", text[lower:position])
    if bracket is not None and by_end.get(lower + bracket.start()):
        position = lower + bracket.start()
    honours = re.search(rf"{POST_NOMINALS}\s*$", text[lower:position])
    if honours is not None and by_end.get(lower + honours.start()):  # `Captain X RN said`
        position = lower + honours.start()
    while position > lower and text[position - 1].isspace():
        position -= 1
    return position


def named_before_body(
    text: str, by_end: Mapping[int, Sequence[FoundMention]], lower: int, body: tuple[int, int]
) -> tuple[int, int] | None:
    """The person named right before an acronym set in apposition (`LT Gen Jan Broeks, DGIMS, stressed`:
    the acronym is his post, not the speaker), or before a body set off by commas when the name opens
    the clause, maybe after a title in apposition (`Lieutenant Colonel X, Italian Army, says`, `The
    Commander-in-Chief South Atlantic (CINCSOUTHLANT), Vice Admiral X, Portuguese Navy, announced`: his
    service): the name's span with its rank (code points), or None. `body` is the body's span."""
    comma = re.search(r",\s*\Z", text[lower : body[0]])
    end = lower + comma.start() if comma is not None else -1
    named = [m for m in by_end.get(end, ()) if m.start >= lower]
    if not named:
        return None
    start = titled_start(text, lower, named[0].start, r"\s+")
    lead = _TITLE_LEAD_RE.fullmatch(text, lower, start)
    opening = OPENING_TITLE_RE.fullmatch(text, lower, start) or (lead and _titled(lead["title"]))
    apposed = opening and re.match(r"\s*,", text[body[1] :])
    return (start, named[0].end) if text[body[0] : body[1]].isupper() or apposed else None


_TITLE_LEAD_RE = re.compile(
    r"\s*(?:the\s+)?(?P<title>[^,;:«»“”\"\n]{1,80}),\s*(?:[A-Z][\w.’'-]*\s+)*", re.IGNORECASE
)
"""A title set before the name in apposition, then the name's rank (`The Commander-in-Chief South Atlantic
(CINCSOUTHLANT), Vice Admiral ` X)."""


def _titled(words: str) -> bool:
    """True when `words` hold a title's noun, also inside a hyphenated one (`Commander-in-Chief`)."""
    return any(word in TITLE_NOUNS for word in re.split(r"[\s-]+", words))
