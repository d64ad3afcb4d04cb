"""A quote candidate, and its speaker resolved in text order (a pronoun or a title against the quotes
before it, a continuation from the quote it continues)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from natopress.draft.entities import SpeakerResolver
from natopress.model import QuoteType
from natopress.text.sentences import Range


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


def resolve_speakers(
    text: str, candidates: list[QuoteCandidate], resolver: SpeakerResolver
) -> list[QuoteCandidate]:
    """Speakers in text order: a pronoun or a title resolves against the previous quote's speaker."""
    resolved: list[QuoteCandidate] = []
    previous: str | None = None
    for candidate in candidates:
        speaker = None
        if candidate.continues is not None:
            parent = resolved[candidate.continues]
            speaker = parent.speaker
            candidate = replace(candidate, co_speakers=parent.co_speakers)
            if candidate.speaker_mention is None:
                candidate = replace(candidate, speaker_mention=parent.speaker_mention)
        elif candidate.speaker is not None:
            speaker = candidate.speaker  # resolved where it was found (a speaker label)
        elif candidate.speaker_mention is not None:
            speaker = resolver.resolve(text, *candidate.speaker_mention, previous)
            joint = resolver.joint(text, candidate.cue) if candidate.cue else []
            if speaker in joint:  # `X et Y ont déclaré`: the first named speaks first
                speaker, co = joint[0], tuple(joint[1:])
                candidate = replace(candidate, co_speakers=co)
        elif candidate.inherits_speaker and resolved:
            speaker = resolved[-1].speaker  # the quote right before; none when it has none
            candidate = replace(candidate, speaker_mention=resolved[-1].speaker_mention)
        resolved.append(replace(candidate, speaker=speaker))
        if speaker is not None:
            previous = speaker
    return resolved
