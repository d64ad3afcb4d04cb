"""Country names in English and French, from ISO 3166-1 as packaged by `pycountry`
(https://pypi.org/project/pycountry/) with its French translations: a person's name never ends with one
after a particle (`Fawaz Al-Sabah du Koweït`: a person of Kuwait, natopress.draft.pipeline)."""

from __future__ import annotations

import functools
import gettext
import re

from natopress.draft.namewords import DEMONYMS
from natopress.text.sentences import trim


@functools.cache
def country_names() -> frozenset[str]:
    """The official, common and short names of ISO 3166-1's countries in English and French (`Koweït`,
    `Russie` for `Russie, Fédération de`), short names also with their hyphens as spaces (`Nouvelle
    Zélande`), and the names joined by `and`/`et` without it (`Bosnia Herzegovina`, `Bosnia-Herzegovina`); loaded once (about 500 entries, under 0.1 s).

    Raises ModuleNotFoundError when `pycountry` is not installed (the `ingest` extra installs it)."""
    import pycountry

    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    names: set[str] = set()
    for country in pycountry.countries:
        for name in {country.name, getattr(country, "common_name", country.name)}:
            for form in (name, french.gettext(name)):
                short = form.split(", ")[0]  # `Nouvelle Zélande`, as some pages write it, too
                names.update({form, short, short.replace("-", " ")})
                for joined in (" and ", " et "):  # `Bosnia Herzegovina`, `Bosnia-Herzegovina`
                    if joined in short:
                        names.update({short.replace(joined, " "), short.replace(joined, "-")})
    return frozenset(names | _USUAL_NAMES)


_USUAL_NAMES = frozenset(
    {
        *("Turkey", "Russia", "Czech Republic", "Kosovo", "Great Britain", "Britain", "Grande-Bretagne"),
        *(
            "Macedonia",
            "Republic of Korea",
            "Vatican",
            "Holy See",
            "Etats-Unis",
            "Ivory Coast",
        ),
        *("Cape Verde", "Swaziland", "Burma", "Brunei"),
        *("United States of America", "États-Unis d'Amérique", "Etats-Unis d'Amérique"),
    }
)
"""Names the releases use that ISO 3166-1 (as `pycountry` packages it) gives otherwise or not at all:
former short names (`Turkey` for `Türkiye`, `Czech Republic` for `Czechia`, `Swaziland`), common names
(`Russia` for `Russian Federation`, `Great Britain`, `Holy See`), Kosovo (no ISO code), an unaccented
capital (`Etats-Unis`) and the full name (`United States of America`, `États-Unis d'Amérique`); a
typographic apostrophe is matched as a straight one (`_fold`: `Côte d’Ivoire`)."""


def is_country(words: str) -> bool:
    """True when `words` (white space as in the text) is a country's name in English or French, case aside
    (`Arabie Saoudite` as some pages capitalise ISO's `Arabie saoudite`)."""
    return _fold(words) in _folded_names()


def cut_country(words: str) -> bool:
    """True when `words` is the opening of a longer country name (`Lettoni` of `Lettonie`, an excerpt cut
    inside the word), case aside."""
    folded = _fold(words)
    return len(folded) >= 3 and any(name.startswith(folded) and name != folded for name in _folded_names())


COUNTRY_ROW_MIN = 3
"""The fewest country names that make a line of names alone a row of flags (`country_row`)."""
_COUNTRY_NAME_WORDS = 4
"""The most words of one country's name (`Bosnia and Herzegovina`, `United States of America`)."""


def country_row(line: str) -> bool:
    """True when `line` is only country names, at least `COUNTRY_ROW_MIN` of them, maybe with commas and a
    leading `The` (`Belgium Canada Czech Republic … The Netherlands …`): the row of a centre's sponsoring
    nations under their flags, site chrome, never a title (natopress.draft.chrome)."""
    words = [w for w in line.replace(",", " ").split() if w not in ("The", "the")]
    count = i = 0
    while i < len(words):
        size = next(
            (
                n
                for n in range(min(_COUNTRY_NAME_WORDS, len(words) - i), 0, -1)
                if is_country(" ".join(words[i : i + n]))
            ),
            0,
        )
        if size == 0:
            return False
        count, i = count + 1, i + size
    return count >= COUNTRY_ROW_MIN


@functools.cache
def _folded_names() -> frozenset[str]:
    """`country_names`, folded (`_fold`)."""
    return frozenset(_fold(name) for name in country_names())


def _fold(words: str) -> str:
    """`words` with single spaces, case-folded, a typographic apostrophe made straight (`Côte d’Ivoire`)."""
    return " ".join(words.split()).casefold().replace("’", "'")


@functools.cache
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-3 codes (`GBR`, `USA`, `DEU`), as NATO's photo credits write a photographer's
    country after the name (`WO2 Ian Houlding GBR Army`); about 250 codes.

    Raises ModuleNotFoundError when `pycountry` is not installed (the `ingest` extra installs it)."""
    import pycountry

    return frozenset(country.alpha_3 for country in pycountry.countries)


_COUNTRY_CODE_RE = re.compile(r"(?:\S+\s+){2,}(?P<code>[A-Z]{3})(?:-?[AFN])?")
_SERVICE_RE = re.compile(
    r"(?:\S+\s+){2,}(?P<service>(?P<demonym>[A-Z][a-z]+)\s+(?:Army|Navy|Air\s+Force|Marine\s+Corps))"
)


_LANGUAGE_CODES = frozenset({"ENG", "FRE"})
"""A recording's language after a speaker's name in a page's list of media files (`Opening statement by NATO
Secretary General X ENG .WMV/1720kb`): no part of the name (`FRA` is France's country code already)."""


_DEMONYM_LAST_RE = re.compile(r"(?:\S+\s+){2,}(?P<demonym>[A-Z][a-z]+)")
_CAPITAL_NEXT_RE = re.compile(r"[ \t]+[A-Z]")
"""A nationality ending a name's run (`_DEMONYM_LAST_RE`), then a capitalised word (`Brigade Commander`)."""


def without_country_code(text: str, start: int, end: int) -> int:
    """The end of the name `text[start:end]` without a last word that is an ISO 3166-1 alpha-3 code after
    two words or more (`country_codes`: `Ian Houlding GBR`, as NATO's photo credits write a
    photographer's country), maybe with its service's letter (`GBRA`, `ITA-A`: army, `GBRN`: navy, `-F`: air
    force) or a recording's language (`ENG`), or without a nationality and its service (`General X Italian
    Army`), or a nationality before the capitalised words that go on after the run (`Col. Alexandr X Russian`
    + ` Brigade Commander`); `end` when there is none. Raises ModuleNotFoundError without `pycountry`."""
    service = _SERVICE_RE.fullmatch(text, start, end)
    if service is not None and service["demonym"] in DEMONYMS:
        return trim(text, start, service.start("service"))[1]
    unit = _DEMONYM_LAST_RE.fullmatch(text, start, end)
    if unit is not None and unit["demonym"] in DEMONYMS and _CAPITAL_NEXT_RE.match(text, end):
        return trim(text, start, unit.start("demonym"))[1]  # `Col. X Y Russian` + `Brigade Commander`
    code = _COUNTRY_CODE_RE.fullmatch(text, start, end)
    if code is None or (code["code"] not in country_codes() and code["code"] not in _LANGUAGE_CODES):
        return end
    return trim(text, start, code.start("code"))[1]
