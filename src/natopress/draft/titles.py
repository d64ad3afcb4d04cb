"""A title as a speaker phrase: its head without article or NATO's name, and where it ends past a French
nationality and its complement (`le ministre ukrainien des Affaires étrangères`)."""

from __future__ import annotations

import re

from natopress.draft.namewords import nationality_after
from natopress.draft.speech import TITLE_COMPLEMENT_RE


def title_head(phrase: str) -> str:
    """The title of a speaker phrase without its article or NATO's name (`le secrétaire général de
    l’OTAN` → `secrétaire général`, `NATO’s Deputy Secretary General`, `the NATO Secretary General`, `the
    Secretary General for NATO`,
    `l’amiral` → `amiral`), and without a French nationality after its first word (`le ministre ukrainien
    des Affaires étrangères` → `ministre des Affaires étrangères`)."""
    head = re.sub(
        r"^(?:(?:le|la|the)\s+)?(?:NATO|OTAN)\s+|^(?:le|la|the)\s+|^l['’]|^(?:NATO|OTAN|the\s+Alliance)['’]s\s+",
        "",
        phrase.strip(),
        flags=re.IGNORECASE,
    )
    head = re.sub(  # `the Secretary General for NATO`, `of NATO`: the title of NATO's
        r"\s+(?:de\s+l['’]|(?:of|for)\s+(?:the\s+)?)?(?:OTAN|NATO|Alliance)$", "", head, flags=re.IGNORECASE
    )
    first = re.match(r"[\w’'-]+", head)  # `ministre ukrainien des Affaires étrangères`: a nationality dropped
    end = nationality_after(head, first.end(), len(head)) if first else 0
    return head[: first.end()] + head[end:] if first and end > first.end() else head


def title_complement(text: str, head_end: int, limit: int) -> re.Match[str] | None:
    """The complement of the title whose head ends at `head_end` (code points; `des Affaires étrangères`
    after `Le ministre`), past a French nationality (`ukrainien`, `namewords.nationality_after`), before
    `limit`; None when none follows."""
    return TITLE_COMPLEMENT_RE.match(text, nationality_after(text, head_end, limit), limit)


def title_fills(text: str, head_end: int, end: int) -> bool:
    """True when the title whose head ends at `head_end` runs to `end` (code points): nothing follows the
    head, or a French nationality, its complement, or both (`Le ministre ukrainien des Affaires étrangères`,
    `le président du Comité militaire`), or a command's acronym (`Commander JFC Brunssum`)."""
    after = nationality_after(text, head_end, end)
    return (
        after == end
        or TITLE_COMPLEMENT_RE.fullmatch(text, after, end) is not None
        or _ACRONYM_COMPLEMENT_RE.fullmatch(text, after, end) is not None
    )


_ACRONYM_COMPLEMENT_RE = re.compile(r"\s+[A-Z]{2,}[A-Z0-9-]*(?:\s+[A-Z][\w’'-]*){0,2}")
"""A command's acronym right after a post, maybe with its place (`Commander JFC Brunssum`, `Commander
KFOR`): the post's complement without a preposition."""
