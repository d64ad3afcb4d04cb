"""A quote candidate, and its speaker resolved in text order (a pronoun or a title against the quotes
before it, a continuation from the quote it continues)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from natopress.draft.entities import SpeakerResolver
from natopress.draft.holders import FINITE_VERB_RE
from natopress.draft.mentions import FoundMention
from natopress.draft.phrases import LEAD_RE, PLURAL_PERSONS_OPENING_RE, is_feminine
from natopress.draft.speech import (
    CUE_RE,
    HONORIFICS,
    PARTICIPLE_CUE_RE,
    PRONOUN_RE,
    TITLE_PHRASE_RE,
    pronoun_feminine,
)
from natopress.model import QuoteType
from natopress.text.sentences import Range, abbreviation_point, rough_sentence_start


@dataclass(frozen=True)
class QuoteCandidate:
    """A suggested quote: type, content span, cue and speaker-mention spans, speaker, continued quote."""

    type: QuoteType
    start: int
    end: int
    cue: Range | None = None
    speaker_mention: Range | None = None
    speaker: str | None = None
    continues: int | None = None
    """Index (in the returned list) of the quote this one continues."""
    inherits_speaker: bool = False
    """True when the speaker is the one of the previous quote (`avant d’ajouter :`, a continuation)."""
    co_speakers: tuple[str, ...] = ()
    """Further speakers of a joint statement (`X et Y ont déclaré`), after `speaker`."""

    @property
    def span(self) -> Range:
        """The content's span: (start, end) in code points."""
        return self.start, self.end

    @property
    def attribution_end(self) -> int:
        """Where the quote and its cue and speaker mention end, whichever is last (code points)."""
        return max([self.end, *(span[1] for span in (self.cue, self.speaker_mention) if span)])


_LAST_OF_SUBJECTS_RE = re.compile(
    rf"(?P<comma>,[^\S\n]*)?(?<![\w’'-])(?<![”»\"][^\S\n])(?:and|et)[^\S\n]+(?:(?:the|le|la)[^\S\n]+|l['’])?(?:{HONORIFICS}[^\S\n]+)?"
    r"(?:[A-ZÀ-Ý][\w’'-]*[^\S\n]+){0,4}\Z"
)
"""A speaker phrase right after `and`/`et` (and its capitalised title: `and Chancellor Merkel`) is the last
of a coordinated subject; after a comma, only when its verb is plural (`X, secrétaire général, et Mme Y, ministre
…, ont rappelé`): else the comma coordinates clauses (`Les entretiens ont porté sur …, et M. Goff a souligné
que`); not after a quotation's closing mark (`“…” and Ambassador X, …, concluded:` opens a clause)."""
_PLURAL_CUE_RE = re.compile(r"(?:ont|sont|have|are|were|agree)\b", re.IGNORECASE)
"""A cue whose verb is plural."""
_SINGULAR_CUE_RE = re.compile(r"(?:a|est|is|was|has)\b", re.IGNORECASE)
"""A cue whose verb is singular: its subject is one phrase, not the last of several."""


def _named_only_inside(text: str, resolver: SpeakerResolver, candidate: QuoteCandidate, speaker: str) -> bool:
    """True when the speaker phrase names no one itself (a title, a pronoun) and the person it resolves to is
    named only inside the quote's own content: someone the speaker talks about, not the speaker."""
    mention = candidate.speaker_mention
    if mention is None or resolver.persons_within(*mention):
        return False
    named = resolver.named_at(speaker)
    return bool(named) and candidate.start <= named[0] and named[-1] < candidate.end


def resolve_speakers(
    text: str, candidates: list[QuoteCandidate], resolver: SpeakerResolver
) -> list[QuoteCandidate]:
    """Speakers in text order: a pronoun or a title resolves against the previous quote's speaker, unless
    the text names another person as a subject between that quote and this one (`“…,” he added` after
    `its Chair, Admiral X highlighted …`: maybe X; `SpeakerResolver.other_subject`). The last
    phrase of a coordinated subject (`he and Chancellor Merkel agreed`) speaks alone for nobody: the joint
    speakers when the text names them all (`joint_subject`), else None."""
    resolved: list[QuoteCandidate] = []
    previous: str | None = None
    previous_end = 0  # where the last quote with a speaker ends
    unknown = (-1, False)  # where the last quote whose speaker phrase named nobody the text names ends, and
    # whether that phrase was a pronoun
    genders = _honorific_genders(text, resolver)  # speaker -> feminine, from honorifics and pronouns
    for candidate in candidates:
        speaker = None
        if candidate.continues is not None:
            candidate, speaker = _continuation(text, resolver, resolved[candidate.continues], candidate)
        elif candidate.speaker is not None:
            speaker = candidate.speaker  # resolved where it was found (a speaker label)
        elif (mention := candidate.speaker_mention) is not None:
            others = resolver.other_subject(text, previous_end, candidate.start, previous)
            speaker = resolver.resolve(text, *mention, None if others else previous, previous_end)
            if speaker is not None and _named_only_inside(text, resolver, candidate, speaker):
                speaker = resolver.holder_outside(text, *mention, (candidate.start, candidate.end))
                # `“… Lieutenant General X, Commander …, visited us …,” explains the Commander`: not X
            speaker, candidate = _joint(text, resolver, candidate, speaker)
            if not candidate.co_speakers and _last_of_subjects(text, mention, candidate.cue):
                speaker = None  # `he and Chancellor Merkel agreed`: not the Chancellor alone
        elif candidate.cue is not None and (
            joint := participle_joint(text, resolver, candidate)
            or described_pair(text, resolver, candidate.cue)
        ):
            speaker, candidate = joint[0], replace(candidate, co_speakers=tuple(joint[1:]))
        elif candidate.inherits_speaker and resolved:
            last = resolved[-1]  # the quote right before; none when it has none, or when another person
            # acts between (`Newly appointed Commander X addressed the guests, stating: “`; `Les représentants
            # du Comité ont rendu hommage …`)
            acting = resolver.other_subject(text, last.end, candidate.start, last.speaker) or (
                PLURAL_PERSONS_OPENING_RE.search(text, last.end, candidate.start) is not None
            )
            speaker = None if acting else last.speaker
            candidate = replace(candidate, speaker_mention=None if acting else last.speaker_mention)
        speaker = _gendered(text, candidate, speaker, genders)
        if speaker is not None and _after_unknown(text, candidate, unknown, resolver):
            speaker = None  # `“…,” said the Secretary General. He stressed that`: the title's holder is
            # unknown, so `he` is nobody the text names, not an earlier speaker
        resolved.append(replace(candidate, speaker=speaker))
        if speaker is not None:
            previous, previous_end = speaker, candidate.end
        elif candidate.speaker_mention is not None:
            unknown = candidate.end, PRONOUN_RE.fullmatch(text, *candidate.speaker_mention) is not None
    return resolved


def _last_of_subjects(text: str, mention: Range, cue: Range | None) -> bool:
    """True when the speaker phrase `mention` is the last of a coordinated subject (`_LAST_OF_SUBJECTS_RE`):
    not a pronoun after `et` (`…, et il a souligné que`: a clause of its own), nor a phrase before a
    singular verb (`… will be crucial and the Secretary General is confident that`), nor one after a comma
    before a verb that is not plural or before no cue (`…’s forces have begun …, and the Secretary General
    paid tribute to them.` ⏎ `“…”`)."""
    last_of = _LAST_OF_SUBJECTS_RE.search(text, max(0, mention[0] - 80), mention[0])
    return (
        last_of is not None
        and not PRONOUN_RE.fullmatch(text, *mention)
        and not (last_of["comma"] and (cue is None or not _PLURAL_CUE_RE.match(text, *cue)))
        and not (cue and _SINGULAR_CUE_RE.match(text, *cue))
    )


_SENTENCE_STOP_RE = re.compile(r"[.!?…](?=\s+[«“\"A-ZÀ-Ý])")
"""A point before a capital or a quotation mark: a sentence's end unless an abbreviation's or initial's
(`natopress.text.sentences.abbreviation_point`)."""


def _others_between(text: str, resolver: SpeakerResolver, parent: QuoteCandidate, start: int) -> bool:
    """True when a sentence after the one of `parent`'s attribution and before `start` names a person other
    than `parent`'s speaker (`“…,” he said. He was accompanied by Mr. Y. “…”`); the attribution's own
    sentence does not count (`« … », a expliqué X après un entretien avec le président Y. « … »`), and a
    rank's or initial's point ends none (`Col.`)."""
    for stop in _SENTENCE_STOP_RE.finditer(text, parent.attribution_end, start):
        if not (text[stop.start()] == "." and abbreviation_point(text, stop.start())):
            between = resolver.persons_within(stop.end(), start)
            return bool({m.entity for m in between} - {parent.speaker})
    return False


def _continuation(
    text: str, resolver: SpeakerResolver, parent: QuoteCandidate, candidate: QuoteCandidate
) -> tuple[QuoteCandidate, str | None]:
    """A continuation with its parent's speaker, co-speakers and (when it has none) speaker mention; or, when
    persons the text does not name act between (`Les représentants du Comité ont rendu hommage …`,
    `phrases.PLURAL_PERSONS_OPENING_RE`) or persons other than the speaker are named between
    (`“…,” he said. He was accompanied by Mr. Y and Mr. Z. “…”`, `_others_between`), theirs may be the words: a quote of its own,
    no speaker (guidelines 2.4, as for a pronoun)."""
    if _others_between(text, resolver, parent, candidate.start) or PLURAL_PERSONS_OPENING_RE.search(
        text, parent.end, candidate.start
    ):
        return replace(candidate, continues=None, inherits_speaker=False), None
    candidate = replace(candidate, co_speakers=parent.co_speakers)
    if candidate.speaker_mention is None:
        candidate = replace(candidate, speaker_mention=parent.speaker_mention)
    return candidate, parent.speaker


_JOINT_WITH_RE = re.compile(
    r"(?:\s+(?:from|of|de|du)\s+(?:the\s+|la\s+|le\s+|l['’])?[\w’'-]+)?,?\s+(?:in|dans)\s+(?:a|une)\s+"
    r"(?:joint\s+statement|déclaration\s+commune)\s+(?:with|avec)\s+(?:[A-Z][\w’'.-]*\s+){0,3}",
    re.IGNORECASE,
)
"""A joint statement's partner after the speaker (`said Dr X from NCIA in a joint statement with Y`)."""


def _joint(
    text: str, resolver: SpeakerResolver, candidate: QuoteCandidate, speaker: str | None
) -> tuple[str | None, QuoteCandidate]:
    """The speaker and candidate of a joint statement: `X et Y ont déclaré` (the first named speaks first,
    `joint_subject`) or `said X in a joint statement with Y` (`_joint_partner`); else unchanged."""
    mention = candidate.speaker_mention
    partner = _joint_partner(text, resolver, mention) if mention is not None else None
    if speaker is not None and partner not in (None, speaker):
        return speaker, replace(candidate, co_speakers=(partner,))
    joint = joint_subject(text, resolver, candidate.cue) if candidate.cue else []
    if speaker in joint:
        return joint[0], replace(candidate, co_speakers=tuple(joint[1:]))
    return speaker, candidate


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


def _joint_partner(text: str, resolver: SpeakerResolver, mention: Range) -> str | None:
    """The person named right after `in a joint statement with` following the speaker `mention` (a
    joint statement's other speaker, ANNOTATION_GUIDELINES.md §2.4), or None."""
    joint = _JOINT_WITH_RE.match(text, mention[1])
    if joint is None:
        return None
    named = resolver.persons_within(joint.start(), min(len(text), joint.end() + 60))
    return named[0].entity if named else None


_AND_RE = re.compile(r",?\s+(?:et|and)\s+")
_VERB_AFTER_RE = re.compile(r"\s+([^\W\d_][\w’'-]*)")


def participle_joint(text: str, resolver: SpeakerResolver, candidate: QuoteCandidate) -> list[str]:
    """The persons of the main clause's coordinated subject before a participle cue, with no speaker
    phrase of the quote's own (`le général X et l’Ambassadeur Y ont fait le point …, réaffirmant que`):
    `joint_subject` at the word after the subject's second phrase (French needs `ont`, `sont`);
    [] otherwise (ANNOTATION_GUIDELINES.md §2.4, coordinated subjects)."""
    cue = candidate.cue
    if cue is None or candidate.inherits_speaker or not PARTICIPLE_CUE_RE.fullmatch(text, *cue):
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


def _gendered(
    text: str, candidate: QuoteCandidate, speaker: str | None, genders: dict[str, bool]
) -> str | None:
    """`speaker`, unless `candidate`'s speaker phrase is a pronoun of the other gender than one that stood
    for that speaker before (`“…,” he said` … `“…,” she said`: not the same person; `genders` records
    each speaker's pronoun)."""
    mention = candidate.speaker_mention
    feminine = pronoun_feminine(text, mention[0]) if mention is not None else None
    if speaker is None or feminine is None:
        return speaker
    return speaker if genders.setdefault(speaker, feminine) == feminine else None


def _honorific_genders(text: str, resolver: SpeakerResolver) -> dict[str, bool]:
    """Person id -> True (feminine) or False, for each person an honorific or a French title with its
    article gives one gender before every mention where it gives any (`is_feminine`: `Lord Robertson`,
    `Mme X`): a pronoun of the other gender is not them (`Lorsque l’Alliance a invoqué …, elle avait
    déclaré` after `Lord Robertson`)."""
    genders: dict[str, bool | None] = {}
    for mention in resolver.persons_within(0, len(text)):
        feminine = is_feminine(text, mention.start)
        if feminine is not None:
            known = genders.setdefault(mention.entity, feminine)
            genders[mention.entity] = known if known == feminine else None
    return {person: feminine for person, feminine in genders.items() if feminine is not None}


_PRONOUNS = frozenset({"il", "elle", "he", "she"})
"""Subject pronouns, standing alone or inverted (`a-t-il ajouté`), as a speaker phrase."""


def _after_unknown(
    text: str, candidate: QuoteCandidate, unknown: tuple[int, bool], resolver: SpeakerResolver
) -> bool:
    """True when `candidate`'s speaker phrase is a pronoun after a quote ending at `unknown[0]` whose
    speaker phrase named nobody, with no person named between: in that quote's paragraph, or in a later one
    when that phrase was a pronoun too (`unknown[1]`: `He noted that …` ⏎ `He went on to highlight that
    …`, the first `he` unresolved): the pronoun is that unknown speaker."""
    mention, (unknown_end, pronoun) = candidate.speaker_mention, unknown
    return (
        unknown_end >= 0
        and mention is not None
        and text[mention[0] : mention[1]].lower() in _PRONOUNS  # also `a-t-il ajouté`
        and unknown_end <= mention[0]
        and (pronoun or "\n" not in text[unknown_end : mention[0]])
        and not resolver.persons_within(unknown_end, mention[0])
    )


def without_overlaps(direct: list[QuoteCandidate], indirect: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """The direct and the indirect candidates in text order, less any candidate overlapping an earlier
    one (or, at the same start, a longer one), since quotes may not overlap; `continues` (an index into
    `direct`) then points at the right candidate, or at none when it was dropped or comes later."""
    tagged = [(c, ("d", i)) for i, c in enumerate(direct)] + [(c, ("i", i)) for i, c in enumerate(indirect)]
    tagged.sort(key=lambda item: (item[0].start, -item[0].end))
    kept: list[tuple[QuoteCandidate, tuple[str, int]]] = []
    reach = 0  # the largest end kept so far
    for candidate, tag in tagged:
        if not kept or candidate.start >= reach:
            kept.append((candidate, tag))
            reach = max(reach, candidate.end)
    position = {tag: number for number, (_, tag) in enumerate(kept)}
    return [
        replace(c, continues=_earlier(_position(position, c.continues), n)) for n, (c, _) in enumerate(kept)
    ]


def _position(position: dict[tuple[str, int], int], direct: int | None) -> int | None:
    """Where direct candidate number `direct` ended up among the kept candidates; None when dropped or None."""
    return position.get(("d", direct)) if direct is not None else None


def _earlier(target: int | None, index: int) -> int | None:
    """`target` when it is a quote before `index` (a quote continues an earlier one only), else None."""
    return target if target is not None and target < index else None
