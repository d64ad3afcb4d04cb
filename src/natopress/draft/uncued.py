"""Speakers of quotations that open their own sentence or follow a colon with no cue of speech
(guidelines 2.4): the subject of the sentence before that states a view, of the reported clause before, or
of the sentence the colon ends (natopress.draft.subjects holds the rules for a quotation hanging on a verb)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from natopress.draft.candidates import QuoteCandidate
from natopress.draft.entities import SpeakerResolver
from natopress.draft.holders import AS_TITLE_RE
from natopress.draft.interrupted import MAX_ATTRIBUTION_WORDS
from natopress.draft.inverted import attribution_in
from natopress.draft.pairing import cut_by_end
from natopress.draft.phrases import APPOSITION_THEN_VERB_RE, RELATIVE_PRONOUN_RE, sentence_before
from natopress.draft.speech import CUE_RE, HONORIFIC_RE, LEAD_CUE_RE, PRONOUN_RE, TITLE_PHRASE_RE
from natopress.draft.subjects import is_person_phrase, person_subject
from natopress.model import QuoteType
from natopress.text.marks import Pair
from natopress.text.sentences import TITLE_STOP, Range, trim

_STANCE_VERB_RE = re.compile(
    r"(?<![\w’'-])(?:(?:a|ont)\s+(?:[\w’'-]+\s+)?(?:exprimé|insisté|mis\s+l['’]accent|salué|souligné|rappelé"
    r"|remercié|félicité|mis\s+en\s+(?:avant|évidence|lumière|exergue)|rendu\s+hommage|présenté|évoqué"
    r"|pris\s+la\s+parole|expliqué|exposé|appelé|exhorté|condamné|dénoncé|déploré"
    r"|adressé\s+(?:[\w’'-]+\s+){0,3}?(?:ses|sa|son|leurs?)\s+(?:félicitations|remerciements|vœux))"
    r"|s['’]est\s+exprimée?|expressed|stressed|emphasi[sz]ed|underlined|underscored|highlighted|explained"
    r"|elaborated|appealed|(?:was|were)\s+appealing|urged|called\s+(?:on|upon)"
    r"|welcomed|paid\s+tribute|briefed|outlined|described|spoke|addressed"
    r"|praised|lauded|commended|congratulated|insisted|reiterated|thanked|condemned|denounced|deplored"
    r"|(?:passed|conveyed|extended)\s+(?:his|her|their)\s+(?:[\w’'-]+\s+)?"
    r"(?:thanks|gratitude|appreciation|congratulations)"
    r"|(?:delivered|gave)\s+(?:a|an|the|his|her)\s+(?:[\w’'-]+\s+){0,3}?(?:remarks|address|speech)"
    r"|(?:released|issued|sent|recorded)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:message|greetings|statement)|thanking|praising|commending|congratulating"
    rf"|(?:en|by)\s+(?:{LEAD_CUE_RE.pattern}))(?![\w’'-])",
    re.IGNORECASE,
)
"""Verbs of stating a view or speaking without words quoted (`a insisté sur`, `a exprimé sa gratitude`,
`a rendu hommage à`, `a adressé à la ministre ses félicitations`, `a pris la parole`, `a expliqué les réformes`, `a mis en évidence le rôle`, `stressed
the importance of`, `elaborated on the title`, `paid tribute to`, `was appealing to all Afghans to`,
`briefed the visitors on`, `spoke about`, `passed his thanks to`, `gave the keynote address`, `released
holiday greetings to NATO troops`, `thanking them for their service`, a participle
after `en`/`by`: `a ouvert la cérémonie en soulignant l’importance de …`, `opened it by stressing …`): a quotation
in the next sentence, with no cue, gives the words."""


def speaker_before(
    text: str, resolver: SpeakerResolver, before: Range, opens_paragraph: bool, pair: Pair
) -> Range | None:
    """The speaker mention of the quotation of `pair`, with no cue, from the sentence `before` it: the
    subject of a sentence the colon ends when the quotation opens its paragraph (`… had some words to say
    about the HQ:` ⏎ `“…”`, `introducing_subject`), else the subject stating a view (`subject_before`),
    unless the excerpt's end cuts a quotation opening its paragraph before its closing mark (its attribution
    may be in the words cut; guidelines 2.4); None when neither names one. Offsets are code points."""
    if opens_paragraph and text[slice(*before)].rstrip().endswith(":"):
        return introducing_subject(text, resolver, before[0], trim(text, *before)[1])
    return None if opens_paragraph and cut_by_end(text, pair) else subject_before(text, resolver, before)


_WORDS_OWNER_RE = re.compile(
    r"\s*(?P<owner>[A-ZÀ-Ý][^,;:.!?«»“”\"\n]{1,60}?)['’]s\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:point|message|remarks|argument|conclusion|theme|focus)\s"
)
"""A sentence opening on a person's words as its subject (`The Secretary General’s last point concerned
the budget.`): a quotation opening the next sentence gives them."""


def subject_before(text: str, resolver: SpeakerResolver, sentence: Range) -> Range | None:
    """The speaker mention of a quotation that opens its own sentence with no cue, right after `sentence`
    (`M. X a insisté sur l’attachement de l’OTAN. « … »`, or whose subject is the person's words: `The
    Secretary General’s last point concerned the budget. “…”`; the caller allows the same paragraph, or the
    paragraph before when the quotation opens its own): that sentence's subject, a person who states a
    view there (`_STANCE_VERB_RE` or a verb of saying), when the sentence names no other person before
    its first such verb (one after it is what is said: `stated the meeting with General Y was productive`,
    or the verb's object: `said a fond farewell to Admiral Y and welcomed General Z. “…”`) and
    holds no quotation marks, or a pronoun subject in a sentence naming nobody right after a quotation
    (`“…,” said General X. He is responsible for the event. “…”`: the pronoun's person, resolved as any
    pronoun; not after narration: `Il a ensuite visité le centre. « … »` names no speaker); else None."""
    start, end = sentence
    if re.search(r"[«»“”\"]", text[start:end]):
        return None
    owner = _WORDS_OWNER_RE.match(text, start, end)  # `The Secretary General’s last point concerned …`
    if owner is not None and is_person_phrase(text, resolver, owner.span("owner")):
        return owner.span("owner")
    subject = person_subject(text, resolver, start, end) or _joined_clause_subject(text, resolver, start, end)
    if subject is None:
        return None
    # the first verb (`said a fond farewell to Y and welcomed Z`: Y is named after it)
    verbs = (_STANCE_VERB_RE.search(text, subject[1], end), CUE_RE.search(text, subject[1], end))
    verb = min((m for m in verbs if m), key=lambda m: m.start(), default=None)
    if verb is None:  # `“…,” said General X. He is responsible for the event. “…”`: the pronoun's person
        quoted = sentence_before(text, start)  # right after a quotation, whose speaker it stands for
        pronoun = PRONOUN_RE.fullmatch(text, *subject) and not resolver.persons_within(start, end)
        return subject if pronoun and quoted and re.search(r"[»”\"]", text[quoted[0] : quoted[1]]) else None
    person = resolver.resolve(text, *subject, None)
    if any(m.entity != person for m in resolver.persons_within(subject[1], verb.start())):
        return None
    return subject


_JOINED_CLAUSE_RE = re.compile(r",\s+(?:and|et)\s+")


def _joined_clause_subject(text: str, resolver: SpeakerResolver, start: int, end: int) -> Range | None:
    """The person phrase opening the last clause joined by `, and`/`, et` in `text[start:end]`, when a
    verb of stating a view follows it straight (`…’s forces have begun taking responsibility …, and the
    Secretary General paid tribute to them.`); None otherwise."""
    joined = max(_JOINED_CLAUSE_RE.finditer(text, start, end), key=lambda m: m.start(), default=None)
    phrase = resolver.phrase_at(text, joined.end(), end) if joined is not None else None
    verb = _STANCE_VERB_RE.match(text, phrase[1] + 1, end) if phrase is not None else None
    return (
        phrase if phrase is not None and verb is not None and resolver.resolve(text, *phrase, None) else None
    )


def after_reported(
    text: str,
    candidates: Sequence[QuoteCandidate],
    paragraph: Range,
    pair: Pair,
    resolver: SpeakerResolver | None = None,
) -> bool:
    """True when the quotation opening at `opening` (its sentence's first word, no cue) comes right after
    an indirect or mixed quote of the same paragraph (`M. X a déclaré que P. « … »`, `Pour X, P : « … »`,
    only sentence-ending punctuation or a colon between, or the rest of the sentence its attribution ends:
    `P, X said as she left. “…”`; or a comma, `said that P, “They will …”`), or is the whole paragraph (`paragraph`,
    or its start before a sentence whose subject is a pronoun: `“…” As examples he mentioned …`;
    `closing` is its closing mark) right after a paragraph that such a quote ends (`Il a précisé que P.` ⏎
    `« … »`), also past the rest of that paragraph when it holds no quotation mark and names no person
    (`Admiral X said P. The exercise tested the headquarters.` ⏎ `“…”`; `resolver` finds the persons;
    not when the excerpt's end cuts the quotation):
    the same speaker goes on (resolved from that quote only)."""
    opening, closing = pair.open, pair.close
    before = [c for c in candidates if c.end <= opening]
    last = max(before, key=lambda c: c.end, default=None)
    alone = not text[paragraph[0] : opening].strip() and (
        re.fullmatch(r"[\s.…!?]*", text[closing + 1 : paragraph[1]])
        or _PRONOUN_GOES_ON_RE.match(text, closing + 1, paragraph[1])  # `“…” As examples he mentioned …`
    )
    return (
        last is not None
        and last.type is not QuoteType.DIRECT
        and (paragraph[0] <= last.start or alone is not None)
        and (
            re.fullmatch(r"[\s.…!?»”\":]*|\s*,\s*", text[last.end : opening]) is not None  # `that P, “Q”`
            or (  # `P, X, NATO’s Special Representative …, stressed as she completed a visit. “…”`
                last.attribution_end > last.end
                and _REST_OF_SENTENCE_RE.fullmatch(text, last.attribution_end, opening) is not None
            )
            or (
                alone is not None
                and resolver is not None
                and _NARRATION_AFTER_RE.fullmatch(text, last.end, opening) is not None
                and not resolver.persons_within(last.end, opening)
                and not cut_by_end(text, pair)  # its attribution may be in the words cut (guidelines 2.4)
            )
        )
    )


_PRONOUN_GOES_ON_RE = re.compile(
    r"[\s.…!?]*(?:[A-ZÀ-Ý][\w’'-]*(?:\s+[\w’'-]+){0,3}?\s+)?(?:[Hh]e|[Ss]he|[Ii]l|[Ee]lle)\s+[a-zà-ÿ]"
)
"""A sentence after a quotation in its paragraph whose subject, within its first words, is a pronoun (`As
examples he mentioned …`): the narrative goes on about the quotation's speaker, who is that of the quote
before."""
_NARRATION_AFTER_RE = re.compile(r"[^«»“”\"\n]{0,400}[.…!?][ \t\u00a0]*\n\s*")
"""The rest of a paragraph after a reported clause, with no quotation mark, to the next paragraph."""
_REST_OF_SENTENCE_RE = re.compile(r"[^.!?;«»“”\"\n]*[.…!?]\s*")
"""The rest of a sentence after an attribution, with no quotation mark (`as she completed a visit.`)."""


def introducing_subject(
    text: str, resolver: SpeakerResolver, sentence_start: int, opening: int
) -> Range | None:
    """The subject of a sentence that introduces a quotation after a colon without a verb of saying
    (`Mr Halvorsen underlined the importance of unity: “…”`, `M. Halvorsen a été clair : « … »`): a
    person's phrase opening the sentence, with no other person, title (but the subject's capacity: `en tant
    que secrétaire général`), honorific or relative clause between it and the colon (`He welcomed the
    Minister's words: “…”`, `Il a reçu les députés, qui ont déclaré : « … »` name no sure speaker), unless
    a participle of saying after a comma comes after them (`_PARTICIPLE_AFTER_COMMA_RE`); a pronoun and its
    verb of saying set between commas before the colon speak instead (`_pronoun_aside`)."""
    aside = _pronoun_aside(text, resolver, sentence_start, opening)
    if aside is not None:  # `NATO … offered, he continued, a second kind of help: “…”`: the pronoun's words
        return aside
    antecedent = _speaking_antecedent(text, resolver, sentence_start, opening)
    if antecedent is not None:  # `… was welcomed by Admiral X, …, who highlighted …: “…”`
        return antecedent
    subject = resolver.sentence_subject(text, sentence_start, opening)
    speaker = resolver.resolve(text, *subject, None) if subject is not None else None
    if subject is None or (speaker is None and not PRONOUN_RE.fullmatch(text, *subject)):
        return None  # a pronoun is resolved later, against the quote before (`he added that: “…”`)
    apposed = APPOSITION_THEN_VERB_RE.match(text, subject[1], opening)  # `X, Assistant Secretary General
    # of …, highlighted the importance of …:`: the subject's own apposition; or the title's holder
    # (`Le président du Comité militaire, le général Y, a condamné … :`)
    holders = resolver.persons_within(subject[1], apposed.end()) if apposed is not None else []
    own = len(holders) == 1 and holders[0].entity == speaker
    named = apposed is not None and (resolver.persons_within(*subject) or own)
    between = (apposed.end() - 1 if apposed is not None and named else subject[1], opening)
    relative = _RELATIVE_BEFORE_VERB_RE.match(text, *between)  # `X, the Chief of …, who also represented
    between = (relative.end(), opening) if relative is not None else between  # Mr. Y, highlighted … :`
    participle = [m for m in _PARTICIPLE_AFTER_COMMA_RE.finditer(text, *between)][-1:]  # `X a accueilli Y,
    between = (participle[0].end(), opening) if participle else between  # insistant sur … :`: X's words
    if (
        resolver.persons_within(*between)
        or any(  # not the subject's own capacity: `en tant que secrétaire général`, `as Chairman`
            not AS_TITLE_RE.search(text, max(0, m.start() - 30), m.start())
            for m in TITLE_PHRASE_RE.finditer(text, *between)
        )
        or HONORIFIC_RE.search(text, *between)
        or re.search(r"[«»“”\"]", text[between[0] : between[1]])
        or SPEAKING_RELATIVE_RE.search(text, *between)  # `…, qui ont déclaré :`: another subject
    ):
        return None
    return subject


def _speaking_antecedent(text: str, resolver: SpeakerResolver, start: int, opening: int) -> Range | None:
    """The person named right before the last relative clause of saying (`SPEAKING_RELATIVE_RE`) of
    `text[start:opening]`, when no quotation mark and no other person stand between its verb and the colon
    (`… was welcomed by Admiral X, Supreme Allied Commander Europe, who highlighted during his presentation
    the support …: “…”` → X); None when the antecedent names no person (`Il a reçu les députés, qui ont
    déclaré : « … »`). Ranges are code points of `text`."""
    relatives = list(SPEAKING_RELATIVE_RE.finditer(text, start, opening))
    if not relatives or re.search(r"[«»“”\"]", text[relatives[-1].end() : opening]):
        return None
    if resolver.persons_within(relatives[-1].end(), opening):
        return None
    pronoun = RELATIVE_PRONOUN_RE.match(text, relatives[-1].start())
    phrase = resolver.phrase_before(text, start, pronoun.end()) if pronoun is not None else None
    return phrase if phrase is not None and resolver.persons_within(*phrase) else None


def _pronoun_aside(text: str, resolver: SpeakerResolver, start: int, end: int) -> Range | None:
    """The pronoun of an attribution set between two commas in `text[start:end]` (`inverted.attribution_in`,
    as `interrupted` reads it: `NATO not only sent engineers …, but offered, he continued, a second kind of
    help: “…”`): that person speaks, not the sentence's subject; None otherwise."""
    commas = [m.start() for m in re.finditer(",", text[start:end])]
    for first, second in itertools.pairwise(commas):
        tail = trim(text, start + first + 1, start + second)
        found = (
            attribution_in(text, tail, resolver)
            if len(text[slice(*tail)].split()) <= MAX_ATTRIBUTION_WORDS
            else None
        )
        if found is not None and PRONOUN_RE.fullmatch(text, *found[1]):
            return found[1]
    return None


_PARTICIPLE_AFTER_COMMA_RE = re.compile(rf",\s+(?:{LEAD_CUE_RE.pattern})", re.IGNORECASE)
"""A participle of saying after a comma: the sentence's subject speaks through it, whoever the first verb's
object (`L’amiral X a réservé un accueil chaleureux à l’amiral Y, insistant sur … : « … »` → X)."""
SPEAKING_RELATIVE_RE = re.compile(
    rf"(?:{RELATIVE_PRONOUN_RE.pattern})\s+(?:[\w’'-]+\s+){{0,3}}?(?:{CUE_RE.pattern})", re.IGNORECASE
)
"""A relative clause whose verb, within three words, is one of saying (`Il a reçu les députés, qui ont
déclaré :`: their words may follow); not one that says which thing or who (`a commenté les attaques dont
ont été la cible …`, `Le général X, qui a commandé la mission …, a déclaré que P :`)."""
_RELATIVE_BEFORE_VERB_RE = re.compile(
    rf"(?:,\s+(?:(?:the|le|la)\s+|l['’])?[^,;:.!?«»“”\"\n]{{1,80}}?)?,\s+(?:who|qui)\s(?:[^;:.!?«»“”\"\n]|{TITLE_STOP}|\b[A-Z]\.){{1,200}}?,\s+"
    rf"(?=(?:also\s+|then\s+|aussi\s+)?(?:{_STANCE_VERB_RE.pattern}|{CUE_RE.pattern}))",
    re.IGNORECASE,
)
"""The subject's apposition, maybe, and a relative clause set off by commas right before the sentence's
verb (`X, the Chief of the General Staff, who also represented the Minister, Mr. Y, highlighted`): a person
named inside it is its object, not the speaker."""
