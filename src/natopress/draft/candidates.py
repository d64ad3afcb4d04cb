"""A quote candidate, and its speaker resolved in text order (a pronoun or a title against the quotes
before it, a continuation from the quote it continues)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from natopress.draft.entities import SpeakerResolver
from natopress.draft.interrupted import aside_partner
from natopress.draft.jointspeakers import described_pair, joint_partner, joint_subject, participle_joint
from natopress.draft.phrases import PLURAL_PERSONS_OPENING_RE, is_feminine
from natopress.draft.speech import (
    HONORIFICS,
    PRONOUN_RE,
    pronoun_feminine,
)
from natopress.model import QuoteType
from natopress.text.sentences import Range, abbreviation_point


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
            candidate, speaker = _continuation(text, resolver, resolved, candidate)
        elif candidate.speaker is not None:
            speaker = candidate.speaker  # resolved where it was found (a speaker label)
        elif (mention := candidate.speaker_mention) is not None:
            speaker = _mention_speaker(text, resolver, candidate, mention, previous, previous_end)
            if speaker is not None and _named_only_inside(text, resolver, candidate, speaker):
                speaker = resolver.holder_outside(text, *mention, (candidate.start, candidate.end))
                # `“… Lieutenant General X, Commander …, visited us …,” explains the Commander`: not X
            speaker, candidate = _joint(text, resolver, candidate, speaker)
            if not candidate.co_speakers and _last_of_subjects(text, mention, candidate.cue):
                speaker = None  # `he and Chancellor Merkel agreed`: not the Chancellor alone
        elif candidate.cue is not None and (
            joint := participle_joint(text, resolver, candidate.cue, candidate.inherits_speaker)
            or described_pair(text, resolver, candidate.cue)
        ):
            speaker, candidate = joint[0], replace(candidate, co_speakers=tuple(joint[1:]))
        elif candidate.inherits_speaker and resolved:
            last = resolved[-1]  # the quote right before; none when it has none, or when another person
            # acts between (`Newly appointed Commander X addressed the guests, stating: “`; `Les représentants
            # du Comité ont rendu hommage …`)
            acting = (
                resolver.other_subject(text, last.end, candidate.start, last.speaker)
                or (PLURAL_PERSONS_OPENING_RE.search(text, last.end, candidate.start) is not None)
                or _shared_sentence(text, resolved, len(resolved) - 1)
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


def _mention_speaker(
    text: str,
    resolver: SpeakerResolver,
    candidate: QuoteCandidate,
    mention: Range,
    previous: str | None,
    since: int,
) -> str | None:
    """The person the speaker phrase `mention` of `candidate` names: resolved against the previous quote's
    speaker `previous` unless the text names another person as a subject since `since`
    (`SpeakerResolver.other_subject`); then, for a pronoun after a quotation opening its paragraph, the one
    person the paragraph before names as its subject (`Le lieutenant X a présenté son unité. Elle a
    décrit …` ⏎ `« … », a-t-elle ajouté`; `SpeakerResolver.paragraph_subject`)."""
    others = resolver.other_subject(text, since, candidate.start, previous)
    speaker = resolver.resolve(text, *mention, None if others else previous, since)
    if speaker is None and others and _pronoun_after_paragraph(text, mention, candidate):
        return resolver.paragraph_subject(text, candidate.start)
    return speaker


def _pronoun_after_paragraph(text: str, mention: Range, candidate: QuoteCandidate) -> bool:
    """True when the speaker phrase `mention` is a pronoun after the quotation of `candidate`, which opens
    its paragraph (only a quotation mark before it on its line)."""
    line_start = text.rfind("\n", 0, candidate.start) + 1
    return (
        PRONOUN_RE.fullmatch(text[slice(*mention)]) is not None  # `a-t-elle`: the pronoun alone
        and mention[0] >= candidate.end
        and re.fullmatch(r"\s*[«“\"]\s*", text[line_start : candidate.start]) is not None
    )


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


def _first_stop(text: str, start: int, end: int) -> int | None:
    """Where the first sentence stop in `text[start:end]` ends (code points), a rank's or initial's point
    (`Col.`) being none; None when the span holds none."""
    for stop in _SENTENCE_STOP_RE.finditer(text, start, end):
        if not (text[stop.start()] == "." and abbreviation_point(text, stop.start())):
            return stop.end()
    return None


def _others_between(text: str, resolver: SpeakerResolver, parent: QuoteCandidate, start: int) -> bool:
    """True when a sentence after the one of `parent`'s attribution and before `start` names a person other
    than `parent`'s speaker (`“…,” he said. He was accompanied by Mr. Y. “…”`); the attribution's own
    sentence does not count (`« … », a expliqué X après un entretien avec le président Y. « … »`)."""
    stop = _first_stop(text, parent.attribution_end, start)
    return stop is not None and bool(
        {m.entity for m in resolver.persons_within(stop, start)} - {parent.speaker}
    )


def _shared_sentence(text: str, resolved: list[QuoteCandidate], index: int) -> bool:
    """True when the quote `resolved[index]` shares its sentence and paragraph with the quote before it,
    another speaker's (`X called it “…,” while Y said they were “…”.`): a quotation after it with no cue
    may be either's (guidelines 2.4)."""
    earlier, parent = resolved[index - 1] if index else None, resolved[index]
    return (
        earlier is not None
        and earlier.speaker not in (None, parent.speaker)
        and "\n" not in text[earlier.end : parent.start]
        and _first_stop(text, earlier.end, parent.start) is None
    )


def _continuation(
    text: str, resolver: SpeakerResolver, resolved: list[QuoteCandidate], candidate: QuoteCandidate
) -> tuple[QuoteCandidate, str | None]:
    """A continuation with its parent's (`resolved[candidate.continues]`) speaker, co-speakers and (when it
    has none) speaker mention; or, when persons the text does not name act between (`Les représentants du
    Comité ont rendu hommage …`, `phrases.PLURAL_PERSONS_OPENING_RE`), persons other than the speaker are
    named between (`“…,” he said. He was accompanied by Mr. Y and Mr. Z. “…”`, `_others_between`), or the
    parent's sentence quotes another speaker before it (`X called it “…,” while Y said they were “…”. “…`),
    theirs may be the words: a quote of its own, no speaker (guidelines 2.4, as for a pronoun)."""
    parent = resolved[candidate.continues or 0]
    if (
        _others_between(text, resolver, parent, candidate.start)
        or PLURAL_PERSONS_OPENING_RE.search(text, parent.end, candidate.start)
        or _shared_sentence(text, resolved, candidate.continues or 0)
    ):
        return replace(candidate, continues=None, inherits_speaker=False), None
    candidate = replace(candidate, co_speakers=parent.co_speakers)
    if candidate.speaker_mention is None:
        candidate = replace(candidate, speaker_mention=parent.speaker_mention)
    return candidate, parent.speaker


def _joint(
    text: str, resolver: SpeakerResolver, candidate: QuoteCandidate, speaker: str | None
) -> tuple[str | None, QuoteCandidate]:
    """The speaker and candidate of a joint statement: `X et Y ont déclaré` (the first named speaks first,
    `joint_subject`), `said X in a joint statement with Y` (`joint_partner`) or `X stressed, and Y agreed,
    that` (`aside_partner`); else unchanged."""
    mention = candidate.speaker_mention
    partner = joint_partner(text, resolver, mention) if mention is not None else None
    partner = partner or (aside_partner(text, resolver, candidate.cue) if candidate.cue else None)
    if speaker is not None and partner not in (None, speaker):
        return speaker, replace(candidate, co_speakers=(partner,))
    joint = joint_subject(text, resolver, candidate.cue) if candidate.cue else []
    if speaker in joint:
        return joint[0], replace(candidate, co_speakers=tuple(joint[1:]))
    return speaker, candidate


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
