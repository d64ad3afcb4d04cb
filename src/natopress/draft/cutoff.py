"""Names an excerpt's end may cut (`… said NATO Secretary Gener`): whether a run's last word is a title's
beginning rather than a name (natopress.draft.names and natopress.draft.pipeline propose no such word)."""

from __future__ import annotations

import re

from natopress.draft.lexicon import all_common
from natopress.draft.nameparts import personal
from natopress.draft.namewords import TITLE_RE, TITLES
from natopress.text.sentences import trim

_TITLE_WORDS = frozenset(word.lower() for word in re.findall(r"[^\W\d_]{3,}", TITLES))


def cut_off(text: str, start: int, end: int, floor: int) -> bool:
    """True when the last word of the run `text[start:end]`, where the excerpt ends, may be a word it cut
    off: the run's last word of three letters at most (`Secretary Ge`) or going on in lower case after a
    hyphen (`Casualty Co-ordin`), or the first letters of a title's
    word right after a title starting at or after `floor` (`said NATO Secretary Gener`): the title's rest,
    no name to propose. A cut name after a title stays a name (`Foreign Minister Igor`, `M. Kem`), and so
    does a short last word after given names that are no common words (`Rear Admiral Marek Ho`: `Marek Ho`,
    as the text writes it; not `Great Br`, nor a rank's `Major Ek`)."""
    cut = max(start, text.rfind(" ", start, end) + 1)
    hyphen_cut = re.search(r"\w-[a-z]+\Z", text[cut:end]) is not None  # `our Casualty Co-ordin`
    head = max((m.end() for m in TITLE_RE.finditer(text, start, cut)), default=start)  # after `Admiral`
    given = text[head:cut].split()  # `Marek` of `Admiral Marek Ho`; none in `Major Ek`, `Secretary Ge`
    named = end - cut > 1 and bool(given) and personal(given) and not all_common(given)  # not `Great Br`
    if cut > start and ((end - cut <= 3 and not named) or hyphen_cut):
        return True
    before = trim(text, floor, cut)[1]
    word = text[cut:end].lower()
    return any(title.startswith(word) and title != word for title in _TITLE_WORDS) and any(
        title.end() == before for title in TITLE_RE.finditer(text, floor, before)
    )
