"""A title as a speaker phrase: its head without article or NATO's name, and where it ends past a French
nationality and its complement (`le ministre ukrainien des Affaires étrangères`)."""

from __future__ import annotations

import re

from natopress.draft.namewords import nationality_after
from natopress.draft.speech import TITLE_COMPLEMENT_RE


def title_head(phrase: str) -> str:
    """The title of a speaker phrase without its article or NATO's name (`le secrétaire général de
    l’OTAN` → `secrétaire général`, `NATO’s Deputy Secretary General`, `the NATO Secretary General`,
    `l’amiral` → `amiral`), and without a French nationality after its first word (`le ministre ukrainien
    des Affaires étrangères` → `ministre des Affaires étrangères`)."""
    head = re.sub(
        r"^(?:(?:le|la|the)\s+)?(?:NATO|OTAN)\s+|^(?:le|la|the)\s+|^l['’]|^(?:NATO|OTAN|the\s+Alliance)['’]s\s+",
        "",
        phrase.strip(),
        flags=re.IGNORECASE,
    )
    head = re.sub(r"\s+(?:de\s+l['’]|of\s+the\s+)?(?:OTAN|NATO|Alliance)$", "", head, flags=re.IGNORECASE)
    first = re.match(r"[\w’'-]+", head)  # `ministre ukrainien des Affaires étrangères`: a nationality dropped
    end = nationality_after(head, first.end(), len(head)) if first else 0
    return head[: first.end()] + head[end:] if first and end > first.end() else head


def title_end(text: str, head_end: int, limit: int) -> int:
    """The end (code points) of the title whose head ends at `head_end` (`Le ministre`), past a French
    nationality (`ukrainien`, `namewords.nationality_after`) and the title's complement (`des Affaires
    étrangères`, `speech.TITLE_COMPLEMENT_RE`), before `limit`: `head_end` when neither follows."""
    after = nationality_after(text, head_end, limit)
    complement = TITLE_COMPLEMENT_RE.match(text, after, limit)
    return complement.end() if complement is not None else after
