"""A name's role as its release states it: the title right before the name (`Secretary General Jens
Stoltenberg`, `le ministre de la Défense, M. X`) or set in apposition after it (`X, Minister of Defence
of Ostravia,`), as natopress.draft.names reads it for a proposed person's role."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from natopress.draft.lexicon import is_common
from natopress.draft.namewords import PEERAGE, STYLE, TITLE_RE, TITLES, nationality_after
from natopress.draft.phrases import APPOSED_VERB_RE
from natopress.draft.speech import BARE_RANK_RE, BODY_ACRONYM, HONORIFICS, RETIRED
from natopress.text.sentences import Range

ON_BEHALF_RE = re.compile(
    r"(?<![\w’'-])(?:représentante?s?|envoyée?s?|conseill(?:er|ère)s?|adjointe?s?|porte-parole|chef\s+de\s+cabinet"
    r"|representatives?|envoys?|advis[eo]rs?|spokesperson|deputy|assistant|chief\s+of\s+staff)"
    r"(?:\s+(?:spéciale?s?|special|personnel(?:le)?|personal|principal|senior))?"
    r"\s+(?:du|des|de\s+la|de\s+l['’]|of\s+the|to\s+the)\s*\Z",
    re.IGNORECASE,
)
"""A role held on behalf of a title's holder (`le représentant spécial du secrétaire général des Nations
Unies, M. X`): X holds that role, not the title."""


_HOLDER_INSIDE_RE = re.compile(r"\s(?:of|for)\s+[A-Z][\w’'-]+\s+[A-Z][\w’'-]+\s+[A-Z][\w’'-]+\Z")
"""A title's complement ending with a name (`Minister of Defence Jan Visser`): the title is that name's."""
_OF_RE = re.compile(r"\s(?:of|for|de|du|des|d['’]|aux|à\s+la|au)\s", re.IGNORECASE)
"""A title's complement (`Minister of Defence`), which may run on through the name after it."""
GAP_RE = re.compile(
    rf"(?:\s*\([A-Z]{{2,8}}\)|\s*{RETIRED}|\s+{BODY_ACRONYM}(?=\s+[A-Z][a-z]))?\s*,?\s*(?:(?:the|le|la|l['’])\s+)?"
    rf"(?:(?:{HONORIFICS}|{PEERAGE})(?:\s+|(?<=\.)))?"
)
"""What may stand between a title and the name it heads: the body's acronym, in brackets or not (`Director
NCIA ` Kevin X), a comma, an article, an honorific or peerage (`le Secrétaire général de l’OTAN, Lord
Robertson`, `Secretary General of the North Atlantic Treaty Organization (NATO) Mr. X`), a dotted one maybe
glued to the name (`…, M.Karl X`)."""
FORM_OF_ADDRESS_RE = re.compile(
    rf"H\.\s?E\.|HE|S\.\s?E\.(?:\s?M\.)?|H\.\s?R\.\s?H\.|HRH|(?:(?:His|Her)\s+)?Royal\s+Highness|(?:His|Her)\s+Majesty"
    rf"|(?:His|Her|Son)\s+Excellen(?:cy|ce)|(?i:{PEERAGE}|Sir|Dame)|H\.\s?H\.(?:\s+Sheikh)?|(?i:Sheikh|Cheikh)"
    r"|(?:Crown\s+)?Prince(?:ss)?|(?:Grand\s+)?Duke|(?:Grand\s+)?Duchess|(?i:prince(?:sse)?(?:\s+héritier)?)|Prof"
    rf"|{STYLE}"
)
"""`H.E.` (His or Her Excellency), `S.E.M.` (Son Excellence Monsieur), `H.R.H.` (royalty), a
peerage (`Lord Robertson`), `H.H. Sheikh` (His Highness, the Gulf rulers' style), a prince's or duke's style (`H.R.H. Prince X`,
`Crown Prince X`; readers name `Philippe`, never `Prince Philippe`), an academic `Prof` (without its full
stop), a Privy Counsellor's style (`the Right Honourable`, `Rt Hon`): a form of address before a name, no
role."""


_LEAD_BEFORE_RE = re.compile(r"(?<![\w’'-])(?:with|avec|by|par)\s+(?:the|le|la|l['’])\s*\Z", re.IGNORECASE)
_VERB_AFTER_RE = re.compile(
    r"\s+(?!(?:and|et|in|at|on|of|during|to|for|from|with|en|à|au|aux|dans|lors|pour|sur|avec|de|du|des)\b)"
    r"(?-i:[a-zà-ÿ])",
    re.IGNORECASE,
)


def subject_after_lead(text: str, title: Range, name: Range) -> bool:
    """True when the title (code points) ends a lead and the name after its comma opens the clause: `(During
    a press conference with) the Secretary General, Mr X reiterated` (a lower-case word that is no
    preposition after the name): X is the clause's subject, neither the title's holder nor its role."""
    return (
        _LEAD_BEFORE_RE.search(text, max(0, title[0] - 12), title[0]) is not None
        and "," in text[title[1] : name[0]]
        and _VERB_AFTER_RE.match(text, name[1]) is not None
    )


def role_before(text: str, start: int, floor: int, end: int | None = None) -> Range | None:
    """The title that ends right before the name starting at `start` (a comma or article between); never a
    title ending a lead before the clause's subject (`subject_after_lead`, when the name's `end` is given)."""
    window = max(floor, start - 160)
    best = None
    for match in _titles_before(text, window, start):
        title_end = nationality_after(text, match.end(), start)  # `ministre britannique, X`
        gap = GAP_RE.fullmatch(text, title_end, start)
        if re.search(r"(?<![\w’'-])(?:de|des|du|la|le|of|the|l['’])\s*$", match.group(), re.IGNORECASE):
            continue  # `vice-président des` États-Unis: the name completes a title, it is not its holder
        whole = TITLE_RE.match(text, match.start())
        if whole is None or (
            whole.end() > start and not _name_ends_complement(text, match, whole.end(), end)
        ):
            continue  # `Minister for Defence` Procurement: the word completes the title, it names no one;
            # `Secretary` General’s: a title only while the window hides the words after it
        if FORM_OF_ADDRESS_RE.fullmatch(match.group()) or (
            end is not None and subject_after_lead(text, match.span(), (start, end))
        ):
            continue  # `H.E. Mr. X`: a form of address, no role; `with the Secretary General, Mr X said`
        previous = re.search(r"[\w’']+[\s-]+\Z", text[max(window, match.start() - 30) : match.start()])
        longer = TITLE_RE.match(text, match.start() - len(previous[0])) if previous is not None else None
        if longer is not None and longer.end() >= match.end():
            continue  # `général` of `secrétaire général` (the rest of a title matched as a complement)
        if gap is not None and _HOLDER_INSIDE_RE.search(match.group()) and re.search(HONORIFICS, gap.group()):
            continue  # `the Minister of Defence Jan Visser, Mr. X`: that title has its holder; X's is not it
        if gap is not None and not ON_BEHALF_RE.search(text, max(window, match.start() - 40), match.start()):
            best = (match.start(), title_end)  # not `représentant spécial
            # du` secrétaire général …: another’s title
    return best


def _titles_before(text: str, window: int, start: int) -> Iterator[re.Match[str]]:
    """The titles in `text[window:start]`, each followed by any title after `and` inside it: a complement
    of capitalised words may run over a name to the next title (`the President of the Assembly Dana Kovacs
    and Prime Minister` X: `Prime Minister` is X's)."""
    for match in TITLE_RE.finditer(text, window, start):
        yield match
        for joined in _AND_CAPITAL_RE.finditer(text, match.start(), match.end()):
            inner = TITLE_RE.match(text, joined.end(), start)
            if inner is not None:
                yield inner


_AND_CAPITAL_RE = re.compile(r"\s(?:and|et)\s+(?=[A-ZÀ-Ý])")


def _name_ends_complement(text: str, title: re.Match[str], title_end: int, end: int | None) -> bool:
    """True when a title with a complement (`title`) runs on (to `title_end`) through the words of a name
    of two words or more that ends at `end`: `Minister of Defence Jan Visser` is Jan Visser's title; not
    `Minister for Defence Procurement` (one word) nor `General de la Cruz` (no complement)."""
    return (
        end is not None
        and title_end <= end
        and _OF_RE.search(title.group()) is not None
        and len(text[title.end() : end].split()) >= 2
    )


def role_after(text: str, end: int, ceiling: int) -> Range | None:
    """The title set in apposition after a name: `Firstname Lastname, Minister of Defence of Ostravia,`."""
    gap = re.compile(r"\s*,\s*(?:(?:the|le|la|l['’])\s*)?").match(text, end, ceiling)
    if gap is None:
        return None
    ordinal = _ORDINAL_RE.match(text, gap.end(), ceiling)
    possessor = _POSSESSOR_RE.match(text, gap.end(), ceiling)  # `X, the Forum’s Vice President`
    title = (
        TITLE_RE.match(text, gap.end(), ceiling)
        or (TITLE_RE.match(text, ordinal.end(), ceiling) if ordinal is not None else None)
        or (TITLE_RE.match(text, possessor.end(), ceiling) if possessor is not None else None)
    )
    owned = possessor is not None and title is not None and possessor.end() == title.start()
    if (
        title is None
        or (owned and _LIST_GOES_ON_RE.match(text, title.end()))  # `…’s Special Representative for Women,
        # Peace and Security`: the title's list cut at its first comma
        or FORM_OF_ADDRESS_RE.fullmatch(title.group())  # `à la Pilgrims Society, Lord X`: the next name's
        or _SUBJECT_AFTER_RE.match(text, title.end())
        or APPOSED_VERB_RE.match(text, title.end())
        or _next_name(text, title.end())  # `Dr. X, the Commander KFOR, General Dr. Y and …`: Y's
        or (
            BARE_RANK_RE.fullmatch(title.group()) and _NAME_NEXT_RE.match(text, title.end())
        )  # `…, Colonel Y`
        or _full_name_next(text, title.end())  # `Prince X, NATO Deputy Secretary General Y and …`: Y's
    ):
        return (
            None  # `X, le secrétaire général a félicité`, `l’exercice X, le secrétaire général, M. Y, s’est`
        )
    joined = _JOINED_HOLDER_RE.search(text, *title.span())  # `…, Minister of Foreign Affairs and
    start = possessor.start() if owned and possessor is not None else title.start()
    return (start, joined.start() if joined is not None else title.end())  # Lieutenant General Y`


_LIST_GOES_ON_RE = re.compile(r"\s*,\s*[A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*)*\s+(?:and|et)\s")
"""A comma, capitalised words and `and`: the title's complement is a list going on past the comma."""
_POSSESSOR_RE = re.compile(r"(?:[A-ZÀ-Ý][\w.-]*\s+){0,2}[A-ZÀ-Ý][\w.-]*['’]s\s+")
"""A body owning the title after a name (`the Forum’s` Vice President, `the Centre’s` Director): part of
the role."""
_JOINED_HOLDER_RE = re.compile(
    rf"\s+(?:and|et)\s+(?i:{TITLES})(?![\w’'-])|\s+(?:(?:and|et)\s+)?{HONORIFICS}\s"
)
"""`and` + a title or honorific, or an honorific, inside a title's complement: the next person of a list
(`Minister of Foreign Affairs of Ukraine and H.E. Mr. Y`, `the Minister of Defence Mr. Y`), not the
title's."""
_ORDINAL_RE = re.compile(
    r"(?:\d+(?:st|nd|rd|th|e|er|ère|ème)|[\w’'-]+(?:ième|ème|[0-9]th)|first|second|third|fourth|fifth|sixth"
    r"|former|ancien|ancienne|new|nouveau|nouvelle|premier|première)\s+",
    re.IGNORECASE,
)
"""An ordinal or `former`/`new` before a title in apposition (`X, 15th Commander of …`, `X, ancien
ministre`); never a title's own word ending like one (`Minister`, `Commander`)."""
_NEXT_NAME_RE = re.compile(
    rf"(?:\s+{BODY_ACRONYM})?\s*,\s*(?:(?:{TITLES})\s+(?:{HONORIFICS}\s+)?|{HONORIFICS}\s+)"
    r"[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+)*"
)
_OWN_TITLE_RE = re.compile(r"\s*,\s*(?:(?:the|le|la)\s+|l['’])?")


_NAME_NEXT_RE = re.compile(r"[^\S\n]+[A-ZÀ-Ý][\w’'-]+")
"""A rank right before a capitalised word (`…, Colonel Ilse X`): the next name's rank, no apposition."""


_FULL_NAME_NEXT_RE = re.compile(r"[^\S\n]+([A-ZÀ-Ý][a-zà-ÿ’'-]+)[^\S\n]+([A-ZÀ-Ý][a-zà-ÿ’'-]+)")


def _full_name_next(text: str, position: int) -> bool:
    """True when a given name and a surname, capitalised words that are no common words (`Ilse Varga`, not
    `Joint Force`), follow the title ending at `position` with no comma: the title is that name's."""
    name = _FULL_NAME_NEXT_RE.match(text, position)
    return name is not None and not any(is_common(word) for word in name.groups())


def _next_name(text: str, position: int) -> bool:
    """True when a comma and a rank or honorific before a name follow the title ending at `position` (`Dr. X,
    the Commander KFOR, General Dr. Klaus Reinhardt and …`), that name with no title of its own after it: the
    title introduces that next name, no apposition of the name before it; in a list of names and their
    titles (`X, Minister of Defence, Mr Y, Vice Minister of Defence`) it is the name's before."""
    name = _NEXT_NAME_RE.match(text, position)
    own = _OWN_TITLE_RE.match(text, name.end()) if name is not None else None
    return name is not None and not (own is not None and TITLE_RE.match(text, own.end()))


_SUBJECT_AFTER_RE = re.compile(r"[^\S\n]+(?:a|ont|est|sont|has|have|is|was|were|had)(?![\w’'-])")
"""A finite verb right after a title: the title heads a new subject, it is no apposition of the name before."""


_WORD_BEFORE_RE = re.compile(r"(?<![\w’'-])[a-zà-ÿ][\w’'-]*[ \u00a0]+\Z")


def title_word_before(text: str, start: int, floor: int) -> Range | None:
    """The title of one lower-case word right before the name at `start` (`président` Obama), also inside
    another title's complement, which `role_before` reads as one (`le représentant spécial du président
    Obama`: Obama is a person, whichever of the two holds the title); None if there is none."""
    word = _WORD_BEFORE_RE.search(text, max(floor, start - 30), start)
    if word is None:
        return None
    end = word.start() + len(word[0].rstrip())
    return (word.start(), end) if TITLE_RE.fullmatch(text, word.start(), end) else None


def holds_name(role: Range, names: Sequence[int]) -> bool:
    """True when a person's name opens inside `role` (code points; `names`: the names' starts): the title is
    that person's, whose name its complement runs into (`X, the Director of NSPA Dana Y, …`: Y's title, not
    X's role)."""
    return any(role[0] < n < role[1] for n in names)


def titled_on_line(text: str, start: int, end: int, rank_is_title: bool = True) -> bool:
    """True when the text gives the name `text[start:end]` (code points) a title on its line: before it
    (`role_before`, `title_word_before`: `le premier ministre, X`, `président X`) or in apposition after it
    (`role_after`: `X, Minister of Defence,`); a rank alone (`General X`) counts unless not `rank_is_title`."""
    floor = text.rfind("\n", 0, start) + 1
    ceiling = text.find("\n", end) % (len(text) + 1)
    role = role_before(text, start, floor, end)
    return (
        (role is not None and (rank_is_title or BARE_RANK_RE.fullmatch(text, *role) is None))
        or title_word_before(text, start, floor) is not None
        or role_after(text, end, ceiling) is not None
    )
