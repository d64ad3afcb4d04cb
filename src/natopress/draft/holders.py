"""Who holds a title in a release: the persons the text names with it, before or after the name, in the
release's language or in the other one (an English caption in a French release).

Only the text decides who holds a title: roles recorded from other releases are never used, since the
same title changes hands (`le secrétaire général` of 2021 is not that of 2025).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from natopress.draft.leadsubject import headline_holder
from natopress.draft.located import Located
from natopress.draft.namewords import STYLE, TITLE_NOUNS, TITLE_RE
from natopress.draft.phrases import ASIDE_RE
from natopress.draft.roles import ON_BEHALF_RE, subject_after_lead
from natopress.draft.speech import (
    BARE_RANK_RE,
    BODY_ACRONYM,
    HONORIFICS,
    RANK_COMPLEMENT,
    TITLE_MODIFIERS,
)
from natopress.text.sentences import rough_sentence_start

TITLE_EQUIVALENTS = (
    ("secrétaire général", "secrétaire générale", "secretary general"),
    ("secrétaire général délégué", "secrétaire générale déléguée", "deputy secretary general"),
    ("secrétaire général adjoint", "secrétaire générale adjointe", "assistant secretary general"),
    ("président", "présidente", "president"),
    ("premier ministre", "première ministre", "prime minister"),
    ("ministre", "minister"),
    ("commandant", "commandante", "commander"),
    ("porte-parole", "spokesperson"),
    ("représentant spécial", "représentante spéciale", "special representative"),
    ("chair", "chairman", "chairwoman"),
)
"""One title in French (both genders) and English, as NATO's French pages translate it (`secrétaire
général délégué` is the Deputy Secretary General, `secrétaire général adjoint` an Assistant Secretary
General): those pages keep English photo captions (`NATO Secretary General Jens Stoltenberg`), so `le
secrétaire général` of the body may be named there."""


def _another_holders(text: str, match: re.Match[str]) -> bool:
    """True when the title at `match` names no holder of its own here: part of a longer title (`général` in
    `secrétaire général`), held on another's behalf (`le représentant spécial du secrétaire général …, M.
    X`), shared out `respectivement` (`MM. X et Y, respectivement secrétaire général délégué et …`: whose is
    whose, unsaid), another body's (`le secrétaire général de l’ONU, X`, `the OSCE Secretary General`) or
    after an indefinite article (`la visite d'un secrétaire général de l’OTAN, Lord X`: any holder)."""
    start, end = match.span()
    return bool(
        _inside_longer_title(text, start)
        or LONGER_AFTER_RE.match(text, end)
        or ON_BEHALF_RE.search(text, max(0, start - 40), start)
        or _RESPECTIVELY_RE.search(text, max(0, start - 60), start)
        or _OTHER_BODY_RE.match(text, end)
        or _OTHER_BODY_BEFORE_RE.search(text, max(0, start - 40), start)
        or _INDEFINITE_BEFORE_RE.search(text, max(0, start - 12), start)
    )


_RESPECTIVELY_RE = re.compile(
    r"(?<![\w’'-])(?:respectivement|respectively)\s[^,;:.()«»“”\"\n]*\Z", re.IGNORECASE
)
"""`respectivement` / `respectively` before a title: titles shared out among the names before them in order."""
_APPOSITION_GAP_RE = re.compile(
    r"(?:\s+[a-zà-ÿ]+(?:ien|ienne|ais|aise|ois|oise|ain|aine|and|ande|ol|ole|èque|ec|ite|ique|ate|aque|ène|ge"
    r"|sse|on|one))?"
    r"(?P<complement>\s+(?:de|du|des|d['’]|of|for|pour)\b[^,;:.()«»“”\"\n]{0,60}?(?:\s*\([A-Z]{2,8}\))?"
    rf"|\s+(?-i:{BODY_ACRONYM})(?=\s*,))?"  # a body's acronym: `Commander JFCBS, General X`
    r"(?P<second>\s+(?:and|et)\s+[A-ZÀ-Ý][\w’'-]*(?:\s+(?:[A-ZÀ-Ý][\w’'-]*|and|of|for|et|de|du|des)){0,6}(?=\s*,))?"
    rf"(?P<joint>\s+(?:(?:{BARE_RANK_RE.pattern}|Lord|Lady|Baroness|Sir|Dame|{HONORIFICS})\s+)?|\s*,\s*(?:(?:the\s+)?{STYLE}\s+)?(?:{HONORIFICS}\s+)?(?:{BARE_RANK_RE.pattern}(?:{RANK_COMPLEMENT})?\s+(?:{HONORIFICS}\s+)?)?(?:[A-ZÀ-Ý][\w’'-]*\s+){{0,4}}(?:{BARE_RANK_RE.pattern}\s+)?"
    r"|\s*\(\s*(?:[^,;:.()«»“”\"\n]{0,40}\s)?)"
)
"""What may stand between a title and the name it introduces: `secrétaire général de l’OTAN, ` Jens
Stoltenberg, `Secretary General ` Jens Stoltenberg, `Secretary General Lord ` Robertson, `Secretary General
of the North Atlantic Treaty Organization (NATO) Mr. ` X (its acronym in brackets), `Deputy Secretary
General Ambassador ` X, `Premier ministre ostravien, M. ` X (a nationality's adjective after the title),
`commandant (le général de division ` Franco Federici, `Commander of KFOR, Major General ` Franco Federici,
`Chief Scientist and Science and Technology Board Chairman, Dr ` Bryan Wells (a second title joined by
`and`: `second`), `secrétaire général de l’OTAN, M. ` Jens Stoltenberg, `secrétaire général délégué de
l’OTAN, M. l’ambassadeur ` Mircea Geoană, `président du Comité militaire de l’OTAN, le général d’armée `
Petr Pavel, `commander of Qalat PRT, US Air Force Lt. Col. ` X (a service's name before the rank),
`Secretary General, the Right Honourable Lord ` Robertson (a style, `STYLE`), `Commander KFOR, General Dr. `
Klaus Reinhardt (an honorific after the rank)."""
FINITE_VERB_RE = re.compile(
    r"(?<![\w’'-])(?:a|ont|est|sont|était|avait|has|have|had|is|was|were|will)(?![\w’'-])"
)


def _inside_longer_title(text: str, start: int) -> bool:
    """True when the title word at `start` follows a word that makes a longer title of it (`secrétaire
    général`, `Major General`, `vice-amiral`)."""
    before = re.search(r"([\w’']+)[\s-]+$", text[max(0, start - 30) : start])
    return before is not None and before[1].lower() in TITLE_MODIFIERS


def equivalent_titles(head: str) -> list[str]:
    """`head` and the same title in the other language and gender (TITLE_EQUIVALENTS), `head` first."""
    key = " ".join(head.lower().split())
    for group in TITLE_EQUIVALENTS:
        if key in group:
            return [head, *(title for title in group if title != key)]
    return [head]


_NAME_THEN_TITLE_RE = re.compile(
    r"\s*,\s*(?:(?i:the|le|la)\s+|(?i:l)['’])?(?:[\w’'-]+(?:ième|ème|th|st|nd|rd|er)\s+)?"
    r"(?:(?:NATO['’]s\s+|NATO\s+)?Secretary\s+General['’]s\s+"  # a post of the Secretary General's
    r"|(?:NATO|OTAN)\s+|(?:de\s+l['’]|of\s+)(?:OTAN|NATO)\s+|(?:[A-ZÀ-Ý][\w’'-]*\s+){1,2}"
    r"|(?!(?:former|ancien|ancienne|deputy|assistant|acting|vice|associate|interim)\s)[a-z]+\s+)?$"
)
"""What stands between a name and its title set in apposition after it: `Anders Fogh Rasmussen, douzième
` secrétaire général, `Marek Halvorsen, the NATO ` Deputy Secretary General, `Ilse Varga, NATO Secretary
General's ` Special Representative (whose post it is), `Chris Luedtke, Panjshir ` PRT commander (a place or
body's name), `Dragan Cajic, hospital ` director (a lower-case noun). `former`,
`ancien`, `deputy`, `acting` … are not allowed: a former holder, a deputy does not hold the title."""
LONGER_AFTER_RE = re.compile(
    r"(?:\s+(?:adjointe?|déléguée?|suprême|exécutif|exécutive|en\s+chef|par\s+intérim|intérimaire"
    r"|(?-i:Manager|Counsel|Secretary))|(?<!secrétaire)(?<!secretary)\s+(?:générale?|(?-i:General)))(?![\w’'-])",
    re.IGNORECASE,
)
"""A word after a title's head that makes it another title (`secrétaire général délégué`, `secrétaire
général exécutif du Service européen …`, `commandant suprême des forces alliées en Europe`, `commandant en
chef`, `directeur général`): French sets these adjectives after the head; so does English after `General`
(`General Manager X`, `Director General`), but not after `Secretary` (`The Deputy Secretary` cut short)."""


_APPOSITION_END_RE = re.compile(
    r"(?:\s*\([A-Z]{2,8}\))?"  # the title's acronym: `Deputy Assistant Secretary General (DASG) for …`
    r"(?:(?:\s+(?:de|du|des|d['’]|of|for|pour)\b[^,;:.()«»“”\"\n]{0,60}?(?:\s*\([A-Z]{2,8}\))?)?\s*(?:[,;.)]|$)"
    r"|\s+(?:of|for|de|du|des|d['’]|pour)\s[^,;:.()«»“”\"\n]{0,90}?\s(?:[a-z]{3,}ed|met|spoke|took|gave|made|went)"
    r"(?![\w’'-])"
    r"|\s+(?:and|et)\s+(?:the\s+|la\s+|le\s+)?[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*)?\s+(?:of|for|de|des|du|d['’]|pour)"
    r"\b[^,;:.()«»“”\"\n]{0,90}?\s*(?:[,;.)]|$)"
    r"|(?:\s+[A-Z]{2,8})?\s+(?:and|et)\s+(?:the|la|le|l['’])\s*[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*){0,2},)"
)
"""What ends a title set after a name (`Anders Fogh Rasmussen, douzième secrétaire général de l’OTAN,`): a
comma, a closing bracket or the sentence's end, maybe after a body's acronym (`Commander of … (JFCO),`) or a
second title with its complement (`Mr. X, the Prime Minister and Minister of Foreign Affairs of Ostravia,`; up
to 90 code points: `… of the former Yugoslav Republic of Macedonia*,`); a complement may open on `for` (`the
Deputy Assistant Secretary General for Political Affairs and NATO Special Representative … visited`) or a
second post with its article (`Commander OTC and the Course Director,`); a verb
instead makes the title a new subject (`…, with Prime Minister X, the Secretary General praised`: X is not the
Secretary General), unless the title has its complement and no article (`General X, Chairman of the NATO
Military Committee visited`: the closing comma left out; the article is looked for apart)."""


_INDEFINITE_BEFORE_RE = re.compile(
    r"(?:(?<=\b[dD]['’])|(?<![\w’'-]))(?:un|une|a|an)\s+(?:(?:NATO|OTAN)\s+)?\Z", re.IGNORECASE
)
"""An indefinite article before a title (`by a NATO Secretary General`, `d’un secrétaire général`)."""
_ARTICLE_BEFORE_RE = re.compile(r"(?<![\w’'-])(?:the|le|la|l['’])\s*\Z", re.IGNORECASE)
_AND_AFTER_RE = re.compile(r"[^,;:.()«»“”\"\n]{0,60}?\s(?:and|et)\s", re.IGNORECASE)
_AND_HONORIFIC_AFTER_RE = re.compile(rf"[^,;:.()«»“”\"\n]{{0,60}}?\s(?:and|et)\s+{HONORIFICS}\s")
"""`and` and an honorific after a title (`X, General Manager and Mr. Y, Director …`): the next person of a
list, so the title is the name's before it."""


_OTHER_BODIES = (
    r"(?:ONU|Organisation\s+des\s+Nations\s+Unies|Nations\s+Unies|United\s+Nations|UN|UE|Union\s+européenne"
    r"|EU|European\s+Union|OSCE|Union\s+africaine|African\s+Union)"
)
_OTHER_BODY_RE = re.compile(
    rf"\s+(?:de\s+l['’]|de\s+la\s+|des\s+|du\s+|of\s+(?:the\s+)?){_OTHER_BODIES}(?![\w’'-])"
)
_OTHER_BODY_BEFORE_RE = re.compile(rf"(?<![\w’'-]){_OTHER_BODIES}(?:['’]s)?\s+\Z")
"""Another international body after a title (`secrétaire général de l’ONU`, `Secretary General of the United
Nations`) or before it (`the OSCE Secretary General, Mr. X`): that body's title, which a bare `le secrétaire
général` in a NATO release is not."""


def apposition_namings(
    text: str, head: str, persons: Sequence[Located], limit: int = 120
) -> list[tuple[int, str]]:
    """Where this text names a person in apposition with the title `head` or its equivalents
    (`equivalent_titles`): (title start, person id) pairs in text order. A title before the name
    (`le secrétaire général de l’OTAN, Jens Stoltenberg`) or after it (`Anders Fogh Rasmussen, douzième
    secrétaire général de l’OTAN,`). Linear in the text: each title looks only at the persons starting
    within `limit` code points after it (found by bisection), taking the first of them in `persons`
    order that fits, else at a person ending right before it.
    """
    order = sorted(range(len(persons)), key=lambda i: persons[i].start)
    starts = [persons[i].start for i in order]
    by_end = {person.end: person for person in persons}
    namings: list[tuple[int, str]] = []
    for title in equivalent_titles(head):
        words = r"[\s-]+".join(re.escape(word) for word in re.split(r"[\s-]+", title))  # `Secretary-General`
        pattern = re.compile(rf"(?:(?<=\b[lLdD][’'])|(?<![\w’'-])){words}(?![\w’'-])", re.IGNORECASE)
        for match in pattern.finditer(text):
            if _another_holders(text, match):
                continue
            low = bisect.bisect_left(starts, match.end())
            high = bisect.bisect_right(starts, match.end() + limit)
            after = (persons[i] for i in sorted(order[low:high]))
            named = (
                _named_before(text, match.start(), by_end)
                if not _ARTICLE_BEFORE_RE.search(text, max(0, match.start() - 5), match.start())
                and _APPOSITION_END_RE.match(text, match.end())
                else None
            )  # `Mme X, secrétaire générale
            # déléguée de l’OTAN, le général Y, président du Comité militaire`: X's title, not Y's
            named = named or next(
                (
                    p
                    for p in after
                    if _is_apposition(text, match.end(), p.start)
                    and bisect.bisect_left(starts, p.start) == bisect.bisect_left(starts, match.end())
                    and not subject_after_lead(text, match.span(), (p.start, p.end))
                ),  # no other person between: `Le secrétaire général X et l’ambassadrice Y`: not Y's
                None,
            )
            if named is None and (
                _APPOSITION_END_RE.match(text, match.end())
                or not (  # `General X, Chairman of the NATO Military Committee visited`: no article, an
                    # apposition; not `X, Deputy Secretary General and Admiral Y, Chair …` (whose title?)
                    _ARTICLE_BEFORE_RE.search(text, max(0, match.start() - 5), match.start())
                    or (
                        _AND_AFTER_RE.match(text, match.end())
                        and not _AND_HONORIFIC_AFTER_RE.match(text, match.end())
                    )
                )
            ):
                named = _named_before(text, match.start(), by_end)
            if named is None and AS_TITLE_RE.search(text, max(0, match.start() - 30), match.start()):
                named = _sentence_person(text, match.start(), persons, order, starts)
            named = named or headline_holder(text, match.span(), persons)  # the lead's subject
            if named is not None:
                namings.append((match.start(), named.entity))
    return sorted(namings)


AS_TITLE_RE = re.compile(
    r"(?<![\w’'-])(?:as|en\s+tant\s+que|en\s+qualité\s+de)\s+(?:(?:the|NATO|NATO’s|NATO's|le|la|l['’])\s*)*\Z",
    re.IGNORECASE,
)
"""`as` before a title (`his first visit to Afghanistan as NATO Secretary General`, `en tant que secrétaire
général`): the title is held by the person the sentence is about."""


def _sentence_person(
    text: str, position: int, persons: Sequence[Located], order: Sequence[int], starts: Sequence[int]
) -> Located | None:
    """The one person named in the sentence before `position` (`Mr. X had a busy day … as NATO Secretary
    General`), or None when it names none or several."""
    sentence_start = rough_sentence_start(text, position)
    low, high = bisect.bisect_left(starts, sentence_start), bisect.bisect_left(starts, position)
    named = {persons[i].entity: persons[i] for i in order[low:high]}
    return next(iter(named.values())) if len(named) == 1 else None


def _named_before(text: str, start: int, by_end: dict[int, Located]) -> Located | None:
    """The person whose name ends right before the title starting at `start`, set off by a comma, maybe
    after an aside in brackets (`Admiral X (third from left), commander of JFC Naples`)."""
    gap = _NAME_THEN_TITLE_RE.search(text, max(0, start - 40), start)
    if gap is None:
        return None
    aside = _ASIDE_BEFORE_RE.search(text, max(0, gap.start() - 50), gap.start())
    return by_end.get(gap.start()) or (by_end.get(aside.start()) if aside is not None else None)


_ASIDE_BEFORE_RE = re.compile(rf"{ASIDE_RE.pattern}[^\S\n]*\Z")
"""An aside in brackets between a name and its title (`(third from left, near)`)."""


_MEETING_VERB_RE = re.compile(
    r"(?<![\w’'-])(?:reçoit|rencontre|accueille|visite|remercie|félicite|meets|welcomes|receives|visits|thanks"
    r"|s['’]entretien(?:t|nent)|s['’](?:est|sont)\s+entretenue?s?|hosts|discusses|holds\s+talks|talks\s+with)"
    r"(?![\w’'-])",
    re.IGNORECASE,
)
"""A verb of meeting inside a title's complement (`le secrétaire général de l’OTAN reçoit …, X`, `s’entretient
avec le secrétaire d'État américain, M. X`): the name after it is the verb's object."""


def _is_apposition(text: str, start: int, end: int) -> bool:
    """True when the words between a title and a name (`text[start:end]`) make an apposition (`le
    secrétaire général de l’OTAN, Jens Stoltenberg`; a rank complement `général de brigade`; `de l’OTAN` or
    `of NATO` right before the name, no comma: `le secrétaire général de l'OTAN Anders Fogh Rasmussen`), not
    a clause (`le secrétaire général de l’OTAN a reçu X`), within one line."""
    # a title line (`Allocution du secrétaire général délégué` ⏎ `MM. X et Y, …`) names no one
    gap = _APPOSITION_GAP_RE.fullmatch(text, start, end) if "\n" not in text[start:end] else None
    if gap is None or (gap["second"] and gap["second"].split()[-1] not in TITLE_NOUNS):
        return False  # `Director … and Wing Commander Jones, Section Head`: a second person, no title
    complement = gap["complement"] or ""
    rank = complement and re.fullmatch(r"\s+\S+(?:\s+[a-zà-ÿ][a-zà-ÿ’'-]*)+", complement)
    principal = _PRINCIPAL_RE.match(complement)  # `représentant spécial du secrétaire général …`
    if (
        FINITE_VERB_RE.search(complement)
        or _MEETING_VERB_RE.search(complement)
        or TITLE_RE.search(complement, principal.end() if principal else 0)
    ):
        return False  # `le secrétaire général de l’OTAN reçoit le premier ministre …, X`: X is the other's
    nato = re.fullmatch(r"\s+(?:de\s+l['’]OTAN|of\s+NATO)", complement)  # `le secrétaire général de l’OTAN X`
    return not (complement and not gap["joint"].strip() and not rank and not nato)


_PRINCIPAL_RE = re.compile(
    r"\s+(?:du|de\s+la|de\s+l['’]|des|of\s+the|to\s+the)\s+(?:(?:secrétaire\s+générale?|président(?:e)?"
    r"|Secretary\s+General|President|Chair(?:man)?)(?![\w’'-]))?",
    re.IGNORECASE,
)
"""The principal named first in a title's complement (`représentant spécial du secrétaire général`): the
title is held on that one's behalf, so the name after it holds the title, not the principal's."""


def holder_at(namings: Sequence[tuple[int, str]], position: int) -> str | None:
    """The person of the nearest naming before `position`, else of the first after it, else None."""
    index = bisect.bisect_left(namings, position, key=lambda naming: naming[0])
    if index > 0:
        return namings[index - 1][1]
    return namings[index][1] if index < len(namings) else None


_NATO_COMPLEMENT_RE = re.compile(
    r"[^,;:.()«»“”\"\n]{0,40}?(?<![\w-])(?:NATO|OTAN|Alliance)(?![\w’'-])", re.IGNORECASE
)
"""A title's complement naming NATO (`of the NATO Military Committee`, `de l’OTAN`)."""


def nato_namings(text: str, head: str, namings: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """The namings of the title `head` whose complement, if any, names NATO: those a title followed by
    NATO's name may mean (`le secrétaire général de l’OTAN`: not `le secrétaire général de
    l’Organisation, X`, the UN's; guidelines 2.4)."""
    return [
        (start, person)
        for start, person in namings
        if not _COMPLEMENT_RE.match(text, start + len(head))
        or _NATO_COMPLEMENT_RE.match(text, start + len(head))
    ]


def nato_holder(text: str, head: str, namings: Sequence[tuple[int, str]]) -> str | None:
    """When the text names several holders of the title `head` and one only with a complement naming NATO
    (`General X, Chairman of the NATO Military Committee`, `General Y, the Chairman of the Joint Chiefs of
    Staff Committee`), that one: a NATO release's titles without a body are NATO's; else None. Linear in
    `namings`: callers drafting many titles compute it once per title."""
    if len({person for _, person in namings}) > 1:
        ours = {person for start, person in namings if _NATO_COMPLEMENT_RE.match(text, start + len(head))}
        if len(ours) == 1:
            return ours.pop()
    return None


def preferred_holder(text: str, head: str, namings: Sequence[tuple[int, str]], position: int) -> str | None:
    """`holder_at`, except that the bare title (`said the Chairman`) is the `nato_holder` when there is one."""
    return nato_holder(text, head, namings) or holder_at(namings, position)


def apposition_holder(
    text: str, head: str, position: int, persons: Sequence[Located], limit: int = 120
) -> str | None:
    """The person this text names in apposition with the title `head`: the nearest such naming before
    `position`, else the first after it (a title may come before its holder is named, as in a headline).

    Only the text decides who holds a title: roles recorded from other releases are never used, since the
    same title changes hands (`le secrétaire général` of 2021 is not that of 2025).
    """
    return preferred_holder(text, head, apposition_namings(text, head, persons, limit), position)


_COMPLEMENT_RE = re.compile(r"\s+(?:of|for|de|du|des|pour)\s+|\s+d['’]", re.IGNORECASE)
"""Where a title's complement starts (`Vice Minister of Defence`, `ministre de la Défense`)."""
_FUNCTION_WORDS = frozenset(
    {"of", "the", "for", "and", "de", "du", "des", "la", "le", "l", "d", "et", "pour"}
)
"""Articles, prepositions and conjunctions, left out when a title's complements are compared."""


def complement_holder(
    text: str, head: str, namings_of: Callable[[str], Sequence[tuple[int, str]]]
) -> str | None:
    """The one person this text names with the title `head` less its complement and with every word of that
    complement within the 80 code points after (`the Vice Minister of Defence` → `X, Vice Minister of
    National Defence`), or less a body's acronym before it found next to the naming (`NRDC-GR Commander` →
    `The Commander of NRDC-GR, X`); None when `head` has neither, or when none or several persons fit. A
    title with a complement the naming lacks (`Minister of Defence`, `X, Minister of Foreign Affairs`) is
    not that person's."""
    split = _COMPLEMENT_RE.search(head)
    body = _BODY_BEFORE_RE.match(head)
    if split is not None:
        bare, wanted = head[: split.start()], _content_words(head[split.start() :])
    elif body is not None:  # `NRDC-GR Commander`: `The Commander of NRDC-GR, X`, `X, NRDC-GR Commander`
        bare, wanted = head[body.end() :], {body["body"].casefold()}
    else:
        return None
    holders = {
        person
        for start, person in namings_of(bare)
        if wanted
        <= _content_words(text[start + len(bare) : start + len(bare) + 80].split(",")[0])
        | _content_words(text[max(0, start - 20) : start].rsplit(",", 1)[-1])
    }
    return holders.pop() if len(holders) == 1 else None


_BODY_BEFORE_RE = re.compile(rf"(?P<body>{BODY_ACRONYM})\s+(?=\w)")
"""A body's acronym before a title (`NRDC-GR Commander`)."""


def _content_words(phrase: str) -> set[str]:
    """The words of `phrase` (acronyms with their hyphens: `NRDC-GR`), case-folded, without articles and
    prepositions."""
    return {word.casefold() for word in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", phrase)} - _FUNCTION_WORDS
