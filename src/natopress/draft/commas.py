"""Speaker phrases set off by a comma right before a cue: a name in apposition after a title or a
description (`the Corps’s commander, Lieutenant General Sir X, said`), and a subject with a stray comma
before its verb (`Col. X, stated that`). `by_end` maps each end (code points) to the person mentions
ending there (natopress.draft.speakerphrases)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from natopress.draft.mentions import FoundMention
from natopress.draft.namewords import TITLE_RE
from natopress.draft.phrases import DESCRIPTION_OPENING_RE, RANK_WORDS_RE, RELATIVE_PRONOUN_RE, titled_start


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


def apposed_name_before_comma(
    text: str, by_end: Mapping[int, Sequence[FoundMention]], lower: int, position: int
) -> tuple[int, int] | None:
    """The name set between commas after a title or a description, right before the cue (`the Corps’s
    commander, Lieutenant General Sir X, said`, `The doctor on board the ship, Lieutenant Commander X,
    stated`): the name's span; None when neither heads the words before its first comma, or a relative
    pronoun stands there (`The Minister, who met X, said`)."""
    if position <= lower or text[position - 1] != ",":
        return None
    named = [m for m in by_end.get(position - 1, ()) if m.start >= lower]
    if not named:
        return None
    head = text.rfind(",", lower, named[0].start)
    chunk = text[max(lower, text.rfind(",", lower, max(lower, head)) + 1) : max(lower, head)]
    described = TITLE_RE.search(chunk) or DESCRIPTION_OPENING_RE.match(chunk)  # `The doctor on board X,`
    if head < 0 or not described or RELATIVE_PRONOUN_RE.search(chunk):
        return None
    if not RANK_WORDS_RE.fullmatch(text, head + 1, named[0].start):
        return None  # `The Minister, who met General X, said`: X is the relative clause's object
    return named[0].start, named[0].end
