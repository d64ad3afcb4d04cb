"""Names of things that read like persons' names: ships, exercises, operations and the like after the noun or
prefix that names them (`l’exercice Steel Harbour`, `HNoMS Otra`), words alone in quotation marks, and armed
groups (natopress.draft.names, natopress.draft.pipeline and natopress.draft.ingest keep them from persons)."""

from __future__ import annotations

import re

from natopress.draft.speech import RANKS_WITHOUT_POINT

SHIP_PREFIXES = r"URS|USNS|USCGC|HMNZS|HNoMS|HNoMs|HMS|USS|HNLMS|FGS|ITS|ESPS|TCG|HDMS|HMCS|HMAS|BNS|ORP|NRP|HS|RFS|SNS|ROKS|KNM|FS|MV|MT|ROS|BGS|HSwMS|LVNS|LNS|EML|FNS|RMNS|SPS|ENS|INS|JS|HrMs|BRP"
"""Navies' ship prefixes (`HNoMS Otra`, `HS Navarinon`) and merchant ships' (`MV Dubai Moon`: motor vessel, `MT`:
motor tanker)."""
_VAISSEAU = r"vaisseaux|vaisseau(?:\s+(?:étendard|amiral))?"
"""The French noun of a warship, maybe a flagship's (`le vaisseau étendard X`)."""
_THING_NOUNS = (
    rf"exercices?|exercises?|opérations?|operations?|navires?|{_VAISSEAU}|ships?|warships?|vessels?|frégates?|frigates?|flagships?"
    r"|minesweepers?|minehunters?|corvettes?|destroyers?|submarines?|tankers?|company|companies|firm|subsidiary"
    r"|porte-avions|porte-hélicoptères|(?:aircraft\s+|helicopter\s+)?carriers?|sous-marins?|croiseurs?|cruisers?"
    r"|hôtels?|hotels?|journal|journaux|quotidiens?|hebdomadaires?|newspapers?|dailies|magazines?"
    r"|mosquées?|mosques?|églises?|churches|church|cathédrales?|cathedrals?|synagogues?|temples?"
    r"|mausolées?|mausoleums?|cimetières?|cemeter(?:y|ies)"
)
"""Nouns before the name of what they name (`l’exercice Steel Harbour`, `the vessel X`, `l’hôtel Ritz Carlton`,
`la mosquée Al Karim`, `le mausolée Piet Brouwman`,
`trois journaux monténégrins (Dnevne Novine, Pobjeda et Vijesti)`), in lower case."""
NAMED_THING_RE = re.compile(
    rf"(?<![\w-])(?<!de\s)(?:{_THING_NOUNS}|missions?|programmes?|programs?|initiatives?|campaigns?|campagnes?"
    rf"|slogans?|mottos?|devises?|(?-i:{SHIP_PREFIXES})"
    r"|(?-i:(?:[uU]niversités?|[éÉ]coles?|lycées?|[aA]cadémies?|[iI]nstituts?|[fF]ondations?|laboratoires?"
    r"|hôpital|hôpitaux|aéroports?|casernes?)(?:\s+(?:nationa(?:l|le|ux|les)|militaires?|internationa(?:l|le|ux|les)|fédéra(?:l|le)))?"
    r"|foundations?|forces?\s+opérationnelles?)"
    rf"|(?-i:frégates?|navires?|patrouilleurs?|corvettes?|bâtiments?|{_VAISSEAU})\s+(?-i:[a-zà-ÿ]{{4,}})"
    r"|systèmes?(?:\s+de\s+défense\s+(?:aérienne|antimissile))?|(?-i:antimissile|balistique)"
    r"|(?:air|missile)\s+defen[cs]e\s+systems?"
    r"|(?-i:Conference|Symposium|Workshop|Seminar|Course|Centre|Center|Institute)\s+(?-i:on|for))"
    r"\s+(?:[–—-]\s+)?(?:[‘’“\"«]\s?)?\Z",
    re.IGNORECASE,
)
"""A noun naming what the capitalised words after it are (`l’exercice Steel Harbour`, `operation Sea Guardian`,
`l’université Charles de Prague`, `la fondation Konrad Adenauer`, with an adjective: `l’Université nationale
Piet Brouwman`, `le laboratoire national
Lawrence Livermore`), a ship's prefix (`la frégate norvégienne HNoMS Fridtjof Nansen`), a French
ship's noun and its adjective (`la frégate bulgare Smeli`), or a weapon system's noun or adjective (`un
système de défense aérienne Patriot`, `le système Aegis Ashore`, `antimissile balistique Aegis Ashore`), or an
event's or institute's name before its subject (`the International Conference on Cyber Conflict`, `Centre for
Security Studies`), also before a quotation mark (`Exercise ‘Howling Wolf II’`, an initiative's or
campaign's name or motto: `his initiative “Understand Better, Decide Faster”`); searched within
`NAMED_THING_REACH` code points before the words."""
NAMED_THING_REACH = 32
"""How far before a run of capitalised words `NAMED_THING_RE` looks (code points)."""
_LISTED_THING_RE = re.compile(
    rf"(?<![\w-])(?:{_THING_NOUNS})(?:\s+[a-zà-ÿ][\w’'-]*){{0,2}}\s*\((?:[^()\n]{{0,100}}(?:,|\set|\sand))?\s*\Z",
    re.IGNORECASE,
)
"""A plural thing's noun, maybe with an adjective, opening brackets that list names (`trois exercices
importants (Noble Mariner, Noble Award et Kindred Sword)`): each name is one of those things."""
_LISTED_THING_REACH = 140
"""How far before a run of capitalised words `_LISTED_THING_RE` looks (code points)."""


def after_thing_noun(text: str, floor: int, start: int, end: int | None = None) -> bool:
    """True when the capitalised words at `start` (code points; nothing before `floor` read) name a thing:
    after its noun (`NAMED_THING_RE`: `l’exercice Steel Harbour`) or in a bracketed list after it
    (`_LISTED_THING_RE`: `exercices importants (Noble Mariner, Noble Award et Kindred Sword)`), or right
    after an ordinal (`the 31st Annual Brennos’ Conference`, `la 5e Conférence`): an edition's name; or,
    when the run's `end` is given, before a year or an activity's noun (`Steel Arrow 2022`, `the Steel Arrow
    deployment`): an exercise's name, or before a place's noun (`the Ostrava Gora barracks`)."""
    return bool(
        NAMED_THING_RE.search(text, max(floor, start - NAMED_THING_REACH), start)
        or _LISTED_THING_RE.search(text, max(floor, start - _LISTED_THING_REACH), start)
        or _ORDINAL_BEFORE_RE.search(text, max(floor, start - 8), start)
        or (end is not None and _THING_AFTER_RE.match(text, end) is not None)
    )


_THING_AFTER_RE = re.compile(
    r"[”\"’]?[ \u00a0]+(?:(?:19|20)\d\d|deployment|exercise|operation|drill|manoeuvres|maneuvers"
    r"|monastery|monasteries|church|cathedral|mosque|bridge|village|barracks|airport|airfield|municipality"
    r"|district|province|valley|river)(?![\w’'-])"
)
"""A year or an activity's noun right after a run (`Steel Arrow 2022`, `Steel Arrow deployment`), or a
place's noun (`the Ostrava Gora barracks`, `the “Velgrad Polje” airfield`): the run names no person."""
_ORDINAL_BEFORE_RE = re.compile(r"(?<![\w’'-])\d{1,3}(?:st|nd|rd|th|e|ème|er|re)[ \u00a0]+\Z")
"""An ordinal number right before a run (`31st `, `5e `)."""


def named_thing_elsewhere(text: str, start: int, end: int) -> bool:
    """True when the words `text[start:end]` stand after a noun or ship's prefix (`_THING_NOUN_RE`)
    somewhere in `text` (`MV Dubai Moon` … `Dubai Moon was hit`, `exercise Steel Harbour` … `Steel Harbour
    ended`), or between an article and a journalist's noun (`An Ostravia Times journalist`): a ship's, exercise's,
    operation's or newspaper's name, no person's, wherever else it stands. Positions are
    code points; one call is linear in the text's length."""
    words = re.escape(text[start:end])
    return any(
        _THING_NOUN_RE.search(text, max(0, m.start() - NAMED_THING_REACH), m.start())
        or (
            _ARTICLE_BEFORE_RE.search(text, max(0, m.start() - 4), m.start()) is not None
            and _JOURNALIST_AFTER_RE.match(text, m.end()) is not None
        )
        for m in re.finditer(rf"(?<!\w){words}(?!\w)", text)
    )


_ARTICLE_BEFORE_RE = re.compile(r"(?<![\w’'-])(?:[Aa]n?|[Tt]he)\s\Z")
_JOURNALIST_AFTER_RE = re.compile(
    r"\s(?:journalists?|correspondents?|reporters?|editors?|newspaper)(?![\w’'-])"
)
"""An article before words and a journalist's noun after them (`An Ostravia Times journalist interviewed …`): a
newspaper's name, no person, wherever the same words stand."""


_QUOTED_RUN_RE = re.compile(r"[«“\"][ \u00a0\u202f]?(?P<run>[^«»“”\"\n]{1,80}?)[ \u00a0\u202f]?,?[»”\"]")
"""A run of words wrapped in quotation marks and nothing else (`the military base “Milovan Šaranović”`, `“San
Giovanni Bosco,”`): a school's, base's or ship's name, no person, wherever the same words stand."""


def quoted_runs(text: str) -> frozenset[str]:
    """The runs of words that `text` wraps whole in quotation marks (`_QUOTED_RUN_RE`): things' names, not
    persons', wherever the same words stand. Linear in the text's length."""
    return frozenset(m["run"] for m in _QUOTED_RUN_RE.finditer(text))


_THING_NOUN_RE = re.compile(
    rf"(?<![\w-])(?<!de\s)(?:(?:{_THING_NOUNS}|dhows?|Exercices?|Exercises?)(?:,?\s+the|\s+[–—-])?"
    rf"|(?:{SHIP_PREFIXES})(?:\s+(?:{RANKS_WITHOUT_POINT}|Slt|General|Admiral|Kontradmiral|Queen|King|Prince"
    r"|Princess|Commandant|Commandante|Comandante|Almirante|Amiral)\.?)?)\s+\Z"
)
"""`NAMED_THING_RE`'s nouns in lower case (and `Exercise`), or a ship's prefix, maybe with the rank of the
person the ship is named after (`ROS Lt Lupu Dinescu`, a Romanian minesweeper; `ORP General T.
Kosciuszko`; `HMS Queen Elizabeth`, `FS Commandant Blaison`): `Operations` in a title (`Assistant Secretary General for Operations
Helena Marsh`) names no operation, nor `frégate` a ship after `de` (`capitaine de frégate X`); the noun may
stand before `the` (`another vessel, the Bourhan Nour`) or a dash (`a deployment exercise – Ramstein
Dust`)."""
ARMED_GROUPS = frozenset(
    {
        "Islamic State",
        "Boko Haram",
        "Al Qaeda",
        "Al Qaida",
        "Al-Qaeda",
        "Al-Qaida",
        "Al-Shabaab",
        "Al Shabaab",
    }
    | {"Daesh", "Taliban", "Hezbollah", "Hamas", "État islamique", "Etat islamique"}
)
"""Armed groups whose names read like a person's (`Al Qaeda`: an Arabic particle and a word; `Islamic
State`): organisations, never persons."""


_INITIALISM_AFTER_RE = re.compile(r"[^\S\n]*\((?P<acronym>[A-Z]{2,8})(?:[^\S\n]?\d{2,4}(?:\.\d)?)?\)")


def initialism_after(text: str, start: int, end: int) -> bool:
    """True when the words `text[start:end]` are followed by their initials in brackets (`Microwave Imaging
    Curtain (MIC)`, `Officine Grandi Riparazioni (OGR)`; the initials of its capitalised words, maybe with an
    edition's year: `Neptune Strike (NS22)`): an exercise's, a project's,
    a firm's or a body's name, no person's (a release never gives a person an acronym of their name).
    Positions are code points."""
    bracket = _INITIALISM_AFTER_RE.match(text, end)
    if bracket is None:
        return False
    return (
        "".join(w[0] for w in re.split(r"[\s-]+", text[start:end]) if w[:1].isupper()) == bracket["acronym"]
    )


ADJECTIVE_BEFORE_RE = re.compile(
    r"(?<![\w’'-])(?:recent|new|latest|annual|first|final|current|updated|revised|so-called|nouveau|nouvelle"
    r"|dernier|dernière|récent|récente|annuel|annuelle|premier|première)\s+\Z",
    re.IGNORECASE,
)
"""An adjective between a determiner and a name in quotation marks (`the recent “Annual Report 2020”`)."""
_HEADLINE_CASE_RE = re.compile(
    r"[A-Z0-9][\w’'-]*:?(?:\s+(?:[A-Z0-9][\w’'-]*:?|[-–—&]|(?-i:[a-z]{1,3})|for|from|with|into))+\s*"
)
COLON_BEFORE_RE = re.compile(r":\s*\Z")
"""A colon right before a position (a quotation's opening mark)."""


def headline_after_colon(text: str, opening: int, closing: int) -> bool:
    """True when the marks from `opening` to `closing` (code points) hold words in headline case after a
    colon, every word capitalised but short function words (`The subject of the conference reads: "Our
    Security Cannot Be Taken for Granted"`, `the 2002 Rome Declaration: "NATO-Russia Relations - A New
    Quality"`, a subtitle after a colon: `"Ostravia and the Alliance: Partners in Security"`): a title, no
    one's words; not words all in capitals (`HALVORSEN:  "THE ALLIANCE REMAINS …"`), which show no case at all."""
    return (
        COLON_BEFORE_RE.search(text, max(0, opening - 3), opening) is not None
        and _HEADLINE_CASE_RE.fullmatch(text, opening + 1, closing) is not None
        and not text[opening + 1 : closing].isupper()
    )
