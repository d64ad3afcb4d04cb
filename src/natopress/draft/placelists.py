"""Places by where they stand: a run of capitalised words that the structural rules or a pipeline take for a
person is a place when it stands among the items of a list that opens with a place (`… the bases in Chag
Charan, Mazar-e-Sharif, Tirin Kot, Kandahar and Camp Bastion`), in a paragraph's dateline (`Solbiate Olona
(VA), 22nd September 2016 – This week, …`), after a postal code (`21058 Solbiate Olona (VA) Italy`) or
after a phrase of where (`based on Salisbury Plain`, `near High Wycombe`), before a noun of place
(`the Drawsko Pomorskie training area`) or a phrase of nearness (`…, près de Velgrad`), before a slash
and its name in another language (`Fushë Kosovë/Kosovo Polje`), before a comma and a country ending the
sentence (`Poggio Renatico, Italy.`) or in a postal address (`Via per Busto Arsizio, 20`, `Waleriana
Łukasińskiego 33` ⏎ `71-215 Szczecin`); a run that is a place once is one wherever it stands, and so is a
dateline's place written in capitals (`VELGRAD (OS), 12th May, 2021.`, guidelines 3.7)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from natopress.draft.countries import is_country
from natopress.draft.dates import DATELINE_RE
from natopress.draft.nameparts import NameCandidate
from natopress.model import EntityType

_ITEM = r"[A-ZÀ-Ý][\w’'-]*(?:[^\S\n]+[A-ZÀ-Ý][\w’'-]*)?"
_ITEMS_BETWEEN_RE = re.compile(rf"(?:[^\S\n]*,[^\S\n]*{_ITEM})*[^\S\n]*,[^\S\n]*")
"""What stands between a place and a later item of its list: commas and items of one or two capitalised
words (`, Mazar-e-Sharif, `)."""
_ITEM_AFTER_RE = re.compile(r"[^\S\n]*,[^\S\n]*[A-ZÀ-Ý]|[^\S\n]+(?:and|et)[^\S\n]+[A-ZÀ-Ý]")
"""A further item after the candidate (`, Kandahar`, ` and Camp Bastion`): the list goes on."""
_POSTCODE_BEFORE_RE = re.compile(r"(?:(?<![\w.,])\d{4,5}|(?<![\w.,-])\d{2}-\d{3})[ \t]+\Z")
"""A postal code right before the words (`21058 Solbiate Olona (VA) Italy`, `71-215 Szczecin`, an address):
a town."""
_LOCATIVE_BEFORE_RE = re.compile(
    r"(?<![\w’'-])(?:near|off|out[^\S\n]+of|(?:based|located|stationed|situated|headquartered)[^\S\n]+(?:in|at|on|near)"
    r"|(?:in[^\S\n]+)?(?:the[^\S\n]+)?vicinity[^\S\n]+of|(?:près|non[^\S\n]+loin)[^\S\n]+d[e’']"
    r"|(?:basée?s?|située?s?|stationnée?s?|implantée?s?)[^\S\n]+(?:à|en|près[^\S\n]+de)"
    r"|(?:municipalit(?:y|ies)|town|village|city)[^\S\n]+of|(?:ville|commune|municipalité)[^\S\n]+d[e’']"
    r"|(?:base|camp|zone|terrain|champ)[^\S\n]+(?:aérienne|militaire|navale|d['’]entraînement|de[^\S\n]+tir)"
    r"(?:[^\S\n]+d[e’'])?)[^\S\n]*\Z",
    re.IGNORECASE,
)
"""A phrase of where right before the words (`based on Salisbury Plain`, `near High Wycombe`, `off Aksaz`,
`operating out of Velgrad Nord`,
`in the vicinity of Drawsko Pomorskie`, `basé à Poggio Renatico`, `the municipalities of Zubin Potok`, `la base
militaire Mihail Kogălniceanu`, `la zone d'entraînement de Bemowo Piskie`): a place, not a person."""
_SLASH_RE = re.compile(r"/[^\S\n]*[A-ZÀ-Ý]")
"""A slash and a capital after the words (`Fushë Kosovë/Kosovo Polje`): a place named in two languages."""
_PLACE_NOUN_AFTER_RE = re.compile(
    r"[^\S\n]+(?:training\s+(?:area|ground|range)|air\s+base|airfield|airport|harbou?r|region|province|district"
    r"|county|municipality)(?![\w’'-])"
)
"""A noun of place right after the words (`the Drawsko Pomorskie training area`): they name that place."""
_NEAR_AFTER_RE = re.compile(
    r",[^\S\n]*(?:près[^\S\n]+d[e’']|non[^\S\n]+loin[^\S\n]+d[e’']|near|outside)[^\S\n]*[A-ZÀ-Ý]"
)
"""A comma and a phrase of nearness before another place after the words (`Velgrad Ostra, près de Velgrad`,
`…, near Velgrad`): they name a place."""
_REACH = 120
"""How far after a place (code points) a later item of its list may start."""


def listed_places(text: str, candidates: Sequence[NameCandidate]) -> list[NameCandidate]:
    """`candidates` (sorted by start, code points), each person with no title given (`role` None) that
    stands in a list after a place and before a further item, in a dateline, after a postal code, after a
    phrase of where, before a noun of place or a phrase of nearness, before a slash and another name or
    before a comma and a country
    ending the sentence, in a postal address, or a country's region (`Northeastern Poland`), made a place
    (`LOC`); so is every other person candidate with no title whose words one of them has."""
    places = [c for c in candidates if c.type is EntityType.LOC]
    found = [
        dataclasses.replace(c, type=EntityType.LOC)
        if c.type is EntityType.PER
        and c.role is None
        and (
            _in_list(text, c, places)
            or _in_dateline(text, c)
            or _POSTCODE_BEFORE_RE.search(text, max(0, c.start - 8), c.start) is not None
            or _LOCATIVE_BEFORE_RE.search(text, max(0, c.start - 30), c.start) is not None
            or _PLACE_NOUN_AFTER_RE.match(text, c.end) is not None
            or _NEAR_AFTER_RE.match(text, c.end) is not None
            or _SLASH_RE.match(text, c.end) is not None
            or (_before_country(text, c.start, c.end) and not _nationals_listed(text, c.start, candidates))
            or _region_of_country(text[c.start : c.end])
            or _in_address(text, c)
        )
        else c
        for c in candidates
    ]
    named_places = {  # the persons made places here, not the pipeline's places (`fidèles à Kadhafi`)
        " ".join(text[c.start : c.end].split()).casefold()
        for c, old in zip(found, candidates, strict=True)
        if c.type is not old.type
    }
    if any(c.type is EntityType.PER and c.role is None for c in found):
        named_places |= _dateline_places(text)
    return [  # `21058 Solbiate Olona (VA)` in the footer: `the home base of Solbiate Olona` is that place too
        dataclasses.replace(c, type=EntityType.LOC)
        if c.type is EntityType.PER
        and c.role is None
        and " ".join(text[c.start : c.end].split()).casefold() in named_places
        else c
        for c in found
    ]


_BRACKETS_RE = re.compile(r"\([^()\n]*\)")


def _dateline_places(text: str) -> set[str]:
    """The places of the datelines opening paragraphs (`DATELINE_RE`), case folded, each of a pair apart and
    brackets left out: `VELGRAD (OS), 12th May, 2021.` gives `velgrad`, so that `the garrison of Velgrad` later
    is that place, though the dateline writes it in capitals, which no name finder proposes."""
    places: set[str] = set()
    for line in re.finditer(r"^", text, re.MULTILINE):
        dateline = DATELINE_RE.match(text, line.start())
        if dateline is not None:
            lead = _BRACKETS_RE.sub(" ", text[line.start() : dateline.start("date")])
            places.update(" ".join(part.split()).casefold() for part in lead.split(",") if part.strip())
    return places


_STREET_BEFORE_RE = re.compile(
    r"(?<![\w’'-])(?:Via(?:[^\S\n]+per)?|Viale|Rue|Avenue|Av\.|Boulevard|Bd\.?|Calle|Rua|ul\.|Ulica|Straße|Strasse)"
    r"[^\S\n]+\Z"
)
"""A street's noun right before the words (`Via per Busto Arsizio, 20`, `Rue de la Loi`): a postal address."""
_NUMBER_THEN_POSTCODE_RE = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?:\d{1,4}[a-zA-Z]?)?[^\S\n]*,?[^\S\n]*\n[^\S\n]*(?:\d{2}-\d{3}|\d{4,5})\b"
)
"""A house number, the line's end and a postal code opening the next line after the words (`Waleriana
Łukasińskiego 33` ⏎ `71-215 Szczecin`): the words name a street."""


def _in_address(text: str, candidate: NameCandidate) -> bool:
    """True when `candidate` stands in a postal address: after a street's noun, or before a house number and
    a line opening with a postal code (after a postal code: `_POSTCODE_BEFORE_RE`)."""
    return bool(
        _STREET_BEFORE_RE.search(text, max(0, candidate.start - 12), candidate.start)
        or _NUMBER_THEN_POSTCODE_RE.match(text, candidate.end)
    )


_COUNTRY_AFTER_RE = re.compile(
    r",[^\S\n]*(?P<country>[A-ZÀ-Ý][\w’'-]*(?:[^\S\n]+[A-ZÀ-Ý][\w’'-]*){0,2})(?=(?P<close>[.;),]|\n|\Z))"
)
"""A comma and a country after the words, ending the sentence (`…, Poggio Renatico, Italy.`) or before a
further comma (`…, Castel Brenno, Italy, who …`)."""
_COMMA_BEFORE_RE = re.compile(r",[^\S\n]*\Z")


def _before_country(text: str, start: int, end: int) -> bool:
    """True when a comma and a country's name close the sentence right after the words at `start`, `end`
    (`Poggio Renatico, Italy.`), or go on after a comma when a comma sets the words off before them too
    (`Commander, Air Surveillance Wing, Castel Brenno, Italy, who …`): the words name a town of that
    country."""
    after = _COUNTRY_AFTER_RE.match(text, end)
    if after is None or not is_country(after["country"]):
        return False
    return after["close"] != "," or _COMMA_BEFORE_RE.search(text, max(0, start - 3), start) is not None


def _nationals_listed(text: str, start: int, candidates: Sequence[NameCandidate]) -> bool:
    """True when the words at `start` follow a semicolon in a list whose items are persons and their
    countries, the first with a title (`Ambassadors X, Germany; Y, Italy; Z, Turkey`): a person, like it."""
    if not re.search(r";[^\S\n]*\Z", text[max(0, start - 3) : start]):
        return False
    return any(
        c.type is EntityType.PER
        and c.role is not None
        and start - _REACH <= c.end < start
        and (after := _COUNTRY_AFTER_RE.match(text, c.end)) is not None
        and after["close"] == ";"
        and is_country(after["country"])
        for c in candidates
    )


_COMPASS_RE = re.compile(
    r"(?:North|South|East|West|Central)(?:ern|east|west|eastern|western)?\s+(?P<country>.+)"
)
"""A point of the compass before a name (`Northeastern Poland`, `Southern Italy`)."""


def _region_of_country(words: str) -> bool:
    """True when `words` are a country's region (`Northeastern Poland`): a place, not a person."""
    region = _COMPASS_RE.fullmatch(" ".join(words.split()))
    return region is not None and is_country(region["country"])


def _in_dateline(text: str, candidate: NameCandidate) -> bool:
    """True when `candidate` stands in the place of a dateline opening its paragraph (`DATELINE_RE`)."""
    line_start = text.rfind("\n", 0, candidate.start) + 1
    dateline = DATELINE_RE.match(text, line_start)
    return dateline is not None and candidate.end <= dateline.start("date")


def _in_list(text: str, candidate: NameCandidate, places: Sequence[NameCandidate]) -> bool:
    """True when a place before `candidate` opens a list holding it, and an item follows it."""
    if _ITEM_AFTER_RE.match(text, candidate.end) is None:
        return False
    return any(
        p.end <= candidate.start <= p.end + _REACH
        and _ITEMS_BETWEEN_RE.fullmatch(text, p.end, candidate.start) is not None
        for p in places
    )
