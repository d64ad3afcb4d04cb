"""Joint speakers (guidelines 2.4, joint statements and coordinated subjects): the persons of a coordinated
subject before a cue (`Ms Kovacs and Mr Halvorsen said`), of a described pair (`Les deux dirigeants`), of a
main clause before a participle cue, and a joint statement's partner (`in a joint statement with Y`)."""

from __future__ import annotations

import itertools
import re

from natopress.draft.entities import SpeakerResolver
from natopress.draft.holders import FINITE_VERB_RE
from natopress.draft.mentions import FoundMention
from natopress.draft.phrases import LEAD_RE
from natopress.draft.speech import CUE_RE, PARTICIPLE_CUE_RE, TITLE_PHRASE_RE
from natopress.text.sentences import Range, rough_sentence_start

_JOINT_WITH_RE = re.compile(
    r"(?:\s+(?:from|of|de|du)\s+(?:the\s+|la\s+|le\s+|l['’])?[\w’'-]+)?,?\s+(?:in|dans)\s+(?:a|une)\s+"
    r"(?:joint\s+statement|déclaration\s+commune)\s+(?:with|avec)\s+(?:[A-Z][\w’'.-]*\s+){0,3}",
    re.IGNORECASE,
)
"""A joint statement's partner after the speaker (`said Dr X from NCIA in a joint statement with Y`)."""


_SUBJECT_TO_CUE_RE = re.compile(r"[\s,]*(?:(?:also|both|then|jointly|together|aussi|également)\s+)?")
"""What may stand between a joint subject and its cue: an adverb (`the Secretary General and the President also
shared the view that`)."""


_APPOSITION_RE = re.compile(r",[^\S\n]+[^\W\d_][^,;:.«»“”\"\n]{0,100},")
"""A title in apposition after the last person of a joint subject (`, ministre des Affaires étrangères de
l’Ostravie,`)."""


def joint_subject(text: str, resolver: SpeakerResolver, cue: Range) -> list[str]:
    """The persons of a joint subject right before a cue, in text order (`Ms Kovacs and Mr Halvorsen
    said`, `Le secrétaire général, X, et la présidente, Y, ont déclaré`): two or more named persons
    joined by `et`/`and`, no verb or closing mark between; [] for any other subject. French needs a
    plural cue (`ont`, `sont`)."""
    start = rough_sentence_start(text, cue[0])
    start = max(start, *(text.rfind(mark, start, cue[0]) + 1 for mark in '”»"'))  # not in a quotation
    words = text[cue[0] : cue[1]].lower().split()
    first = words[1] if words[0] in {"se", "s’", "s'"} and len(words) > 1 else words[0]  # `se sont accordés`
    if (first in {"a", "est"} or first.endswith("e")) and first not in {"ont", "sont"}:
        return []  # French: a singular cue
    inside = [m for m in resolver.persons_within(start, cue[0]) if m.end <= cue[0]]
    titled = _titled_partner(text, resolver, start, inside[0]) if len(inside) == 1 else None
    if titled is not None and _SUBJECT_TO_CUE_RE.fullmatch(text, inside[0].end, cue[0]):
        return [titled, inside[0].entity]  # `The Secretary General and Prime Minister X agreed that`
    if len(inside) < 2:
        return []
    apposed = _APPOSITION_RE.match(text, inside[-1].end)  # `…, et Mme Y, ministre des Affaires …, ont`
    after = apposed.end() if apposed is not None and not FINITE_VERB_RE.search(apposed[0]) else inside[-1].end
    if not _SUBJECT_TO_CUE_RE.fullmatch(text, after, cue[0]):
        return []
    joins = [text[a.end : b.start] for a, b in itertools.pairwise(inside)]
    if not any(re.search(r"(?<!\w)(?:et|and)(?!\w)", j) for j in joins):
        return []
    if any(FINITE_VERB_RE.search(j) for j in joins):
        return []
    subject = resolver.sentence_subject(text, start, cue[0])
    if subject is not None and not subject[0] <= inside[0].start < subject[1]:
        return []  # `At a ceremony with President X and Secretary Y, Mr. Z said`: Z alone is the subject
    ids = list(dict.fromkeys(m.entity for m in inside))
    return ids if len(ids) > 1 else []


def _titled_partner(text: str, resolver: SpeakerResolver, start: int, mention: FoundMention) -> str | None:
    """The holder of a title opening the clause at `start` (maybe after a lead) and joined by `and`/`et` to
    the speaker phrase ending with the name at `mention` (`The Secretary General and Prime Minister X`,
    `SpeakerResolver.phrase_at`), when the release gives that title to one other person; None otherwise."""
    lead = LEAD_RE.match(text, start, mention.start)
    title = TITLE_PHRASE_RE.match(text, lead.end() if lead is not None else start, mention.start)
    joined = _AND_RE.match(text, title.end(), mention.start) if title is not None else None
    if title is None or joined is None:
        return _reporter(text, resolver, start, mention)
    if resolver.phrase_at(text, joined.end(), mention.end) != (joined.end(), mention.end):
        return None  # `The Secretary General and the soldiers of Colonel X`: no phrase of X's
    holder = resolver.resolve(text, *title.span(), None)
    return holder if holder not in (None, mention.entity) else None


_PRONOUN_AND_RE = re.compile(r"\s+(?:that\s+)?(?:he|she)\s+and\s+(?:[\w’'.-]+\s+){0,3}\Z")


def _reporter(text: str, resolver: SpeakerResolver, start: int, mention: FoundMention) -> str | None:
    """The subject of a verb of saying whose clause opens on `he`/`she` and the person at `mention` (`the
    Secretary General said he and Chancellor X agreed that`: the pronoun is that subject), resolved; or None."""
    pronoun = _PRONOUN_AND_RE.search(text, start, mention.start)
    at = pronoun.start() if pronoun else start  # the verb of saying must end right before the pronoun
    verbs = [m for m in CUE_RE.finditer(text, start, at) if m.end() == at]
    subject = resolver.sentence_subject(text, start, verbs[-1].start()) if verbs else None
    holder = resolver.resolve(text, *subject, None) if subject is not None else None
    return holder if holder not in (None, mention.entity) else None


_PAIR_SUBJECT_RE = re.compile(
    r"(?:Les|les)\s+deux\s+(?:hauts\s+)?(?:responsables|dirigeants|homologues|ministres|interlocuteurs"
    r"|secrétaires\s+généraux)|(?:The|the)\s+two\s+(?:leaders|officials|ministers|counterparts|men|women"
    r"|Secretaries\s+General)|(?:Both|both)\s+(?:leaders|officials|ministers|men|women)"
)
"""A subject describing two persons (`Les deux hauts responsables`, `The two leaders`)."""


def described_pair(text: str, resolver: SpeakerResolver, cue: Range) -> list[str]:
    """The two persons a described pair right before a cue stands for (`… avec le secrétaire général de
    l’ONU, António X, M. Y a souligné que P. Les deux hauts responsables sont convenus que`): the only two
    persons its paragraph names before it, in text order, or, when the pair opens its paragraph, the only two
    the whole text names before it (`Les deux dirigeants se sont accordés sur le fait que` after paragraphs
    naming the host and the guest alone); [] otherwise (guidelines 2.4, joint statements)."""
    start = rough_sentence_start(text, cue[0])
    subject = _PAIR_SUBJECT_RE.search(text, start, cue[0])
    if subject is None or not _SUBJECT_TO_CUE_RE.fullmatch(text, subject.end(), cue[0]):
        return []
    paragraph = text.rfind("\n", 0, start) + 1
    named = list(dict.fromkeys(m.entity for m in resolver.persons_within(paragraph, subject.start())))
    if not named and not text[paragraph : subject.start()].strip():
        named = list(dict.fromkeys(m.entity for m in resolver.persons_within(0, subject.start())))
    return named if len(named) == 2 else []


def joint_partner(text: str, resolver: SpeakerResolver, mention: Range) -> str | None:
    """The person named right after `in a joint statement with` following the speaker `mention` (a
    joint statement's other speaker, ANNOTATION_GUIDELINES.md §2.4), or None."""
    joint = _JOINT_WITH_RE.match(text, mention[1])
    if joint is None:
        return None
    named = resolver.persons_within(joint.start(), min(len(text), joint.end() + 60))
    return named[0].entity if named else None


_AND_RE = re.compile(r",?\s+(?:et|and)\s+")
_VERB_AFTER_RE = re.compile(r"\s+([^\W\d_][\w’'-]*)")


def participle_joint(text: str, resolver: SpeakerResolver, cue: Range | None, inherits: bool) -> list[str]:
    """The persons of the main clause's coordinated subject before a participle cue, with no speaker
    phrase of the quote's own (`le général X et l’Ambassadeur Y ont fait le point …, réaffirmant que`):
    `joint_subject` at the word after the subject's second phrase (French needs `ont`, `sont`);
    [] otherwise (ANNOTATION_GUIDELINES.md §2.4, coordinated subjects)."""
    if cue is None or inherits or not PARTICIPLE_CUE_RE.fullmatch(text, *cue):
        return []
    start = rough_sentence_start(text, cue[0])
    lead = LEAD_RE.match(text, start, cue[0])  # `Lors d’une conférence de presse, `
    subject = resolver.phrase_at(text, start, cue[0]) or (
        resolver.phrase_at(text, lead.end(), cue[0]) if lead is not None else None
    )
    joined = _AND_RE.match(text, subject[1], cue[0]) if subject is not None else None
    second = resolver.phrase_at(text, joined.end(), cue[0]) if joined is not None else None
    verb = _VERB_AFTER_RE.match(text, second[1], cue[0]) if second is not None else None
    return joint_subject(text, resolver, verb.span(1)) if verb is not None else []
