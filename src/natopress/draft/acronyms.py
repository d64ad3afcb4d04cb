"""A title's acronym as a speaker (`a ajouté le SACEUR`, `SACEUR in his address highlighted`): the person the
same release names with the title the acronym abbreviates, where the text defines it (`le général X,
commandant suprême des forces alliées en Europe (SACEUR)`, `NATO Supreme Allied Commander Europe (SACEUR),
General X,`). ANNOTATION_GUIDELINES.md §2.4: who holds a title is read from the same release only."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from natopress.draft.mentions import FoundMention
from natopress.draft.namewords import ORG_WORDS

ACRONYM_PHRASE_RE = re.compile(r"(?i:(?:le|la|the)\s+|l['’])?(?:[A-Z][a-z]+\s+)?(?P<acronym>[A-Z]{3,}\d?|SG)")
"""A speaker phrase that is an acronym alone, maybe after an article and a nationality (`le SACEUR`,
`COMKFOR`, `the Romanian CHOD`, `the SG`: the one post of two letters)."""
_TITLE_BEFORE_RE = re.compile(r"\s*,\s*[^,;:.!?«»“”\"\n()]{1,100}\Z")
"""A name's apposed title right before the acronym's parenthesis (`X, commandant suprême … `)."""
_NAME_AFTER_RE = re.compile(r"\s*,?\s*")
"""What stands between the acronym's parenthesis and the name it heads (`(SACEUR), General X`)."""


def acronym_holder(
    text: str,
    acronym: str,
    persons_within: Callable[[int, int], Sequence[FoundMention]],
    phrase_at: Callable[[str, int, int], tuple[int, int] | None],
) -> str | None:
    """The one person each definition of `acronym` in `text` (`(SACEUR)`, code points) names: the name
    before it whose apposed title it closes (`le général X, commandant suprême … (SACEUR)`), or the name
    right after it (`Supreme Allied Commander Europe (SACEUR), General X`). None when no definition names
    a person (`North Atlantic Council (NAC)`, also after a name: `Led by X, the North Atlantic Council (NAC)`)
    or definitions name several."""
    holders: set[str] = set()
    for definition in re.finditer(rf"\(\s*{re.escape(acronym)}\s*\)", text):
        line_start = text.rfind("\n", 0, definition.start()) + 1
        before = persons_within(line_start, definition.start())
        apposed = _TITLE_BEFORE_RE.fullmatch(text, before[-1].end, definition.start()) if before else None
        if (
            apposed and apposed.group().split()[-1] not in ORG_WORDS
        ):  # not `X, the North Atlantic Council (NAC)`
            holders.add(before[-1].entity)
            continue
        gap = _NAME_AFTER_RE.match(text, definition.end())
        limit = min(len(text), definition.end() + 120)
        phrase = phrase_at(text, gap.end(), limit) if gap is not None else None
        named = persons_within(*phrase) if phrase is not None else []
        if len(named) == 1:
            holders.add(named[0].entity)
    return holders.pop() if len(holders) == 1 else None


POST_TITLES = {
    "COMKFOR": ("Commander of KFOR", "KFOR Commander", "Commander KFOR", "commandant de la KFOR"),
    "COMISAF": ("Commander of ISAF", "ISAF Commander", "Commander ISAF", "commandant de la FIAS"),
    "SACEUR": ("Supreme Allied Commander Europe", "commandant suprême des forces alliées en Europe"),
    "SACT": ("Supreme Allied Commander Transformation", "commandant suprême allié Transformation"),
    "CMC": (
        "Chairman of the Military Committee",
        "Chair of the Military Committee",
        "président du Comité militaire",
    ),
    "SG": ("Secretary General", "secrétaire général", "secrétaire générale"),
    "DSG": ("Deputy Secretary General", "secrétaire général délégué", "secrétaire générale déléguée"),
    "GM": ("General Manager", "directeur général", "directrice générale"),
    "CHOD": ("Chief of Defence", "Chief of Defense", "chef d’état-major de la défense"),
}
"""What a post's acronym stands for, in English and French (NATO's own expansions): `COMKFOR said` names
the one person the text gives one of these titles when it never defines the acronym in brackets."""


_COMPLEMENT_INITIAL_RE = re.compile(
    r"[\w’'-]+(?:[\s-]+[A-Z][\w’'-]*)*?\s+(?:of|for|de|du|des)\s+(?:(?:the|la|le|les)\s+|l['’])?(?P<initial>[A-ZÀ-Ý])"
)


def acronym_fits(text: str, acronym: str, start: int) -> bool:
    """True when the title naming a person at `start` (code points) has no complement, or one whose first
    capitalised word opens with the first letter of `acronym`, the body set before the same title elsewhere
    (`the COMEDS Chair` and `the Chair of the Committee, X`; not `the KFOR Commander` and `the Commander of
    the Italian contingent, X`)."""
    complement = _COMPLEMENT_INITIAL_RE.match(text, start)
    return complement is None or complement["initial"] == acronym[0]
