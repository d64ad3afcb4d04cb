"""Runs of capitalised words that a name finder may take for a person but that name none, told by where they
stand: a body's other name in brackets after its own (`the Joint Rescue Coordination Centre South
(Hovedredningssentralen Sør-Norge)`), a line opening on a common word before a country (`Shows France’s
commitment`), and a pipeline's one word cut from a longer run (`“Brilliant Jump”`: `Jump`)."""

from __future__ import annotations

import difflib
import functools
import re

from natopress.draft.countries import is_country
from natopress.draft.dates import PLACE_DATELINE_RE
from natopress.draft.lexicon import all_common, is_common
from natopress.draft.namewords import HONORIFIC_BEFORE_RE, ORG_HEADS, ORG_WORDS, TITLE_NOUNS
from natopress.draft.roles import FORM_OF_ADDRESS_RE, role_before
from natopress.draft.speech import POST_ACRONYMS

_BRACKETED_AFTER_RE = re.compile(
    r"(?P<run>(?:[A-ZÀ-Ý][\w’'.-]*[^\S\n]+){0,6}[A-ZÀ-Ý][\w’'.-]*)(?:[^\S\n]+\d{1,4})?[^\S\n]*\(\Z"
)
"""Capitalised words, maybe a number, then an opening bracket right before a run (`Centre South (` …, `NREP 24
(` …)."""
YEAR_AFTER_RE = re.compile(r"[^\S\n]+(?:19|20)\d\d(?![\w/-]|\.\d)")
"""A year right after a run, maybe closing its sentence (`Brilliant Jump 2022`, `“Crna Gora 2016.”`; not
a date's first part: `2016.05`): an event's name, no person's."""
_CAPITALISED_BEFORE_RE = re.compile(
    r"(?P<lead>[«“\"]|(?<![\w’'-])[a-zà-ÿ][\w’'-]*[^\S\n]+)(?P<word>[A-ZÀ-Ý][\w’'-]*)[^\S\n]+\Z"
)
"""A capitalised word right before a run, after an opening quotation mark or a lower-case word (inside a
sentence, not opening it: `Today Stoltenberg said` is no fragment)."""


def body_other_name(text: str, start: int, end: int) -> bool:
    """True when the run `text[start:end]` stands alone in brackets right after a body's name, a run of
    capitalised words holding a body's word (`ORG_WORDS`, `ORG_HEADS`): the body's name in another language
    or form (`… Rescue Coordination Centre South (Hovedredningssentralen Sør-Norge)`), or after an acronym
    its words' initials spell (`NREP 24 (Nordic Recognized Environmental Picture)`): no person."""
    if not text.startswith(")", end):
        return False
    before = _BRACKETED_AFTER_RE.search(text, max(0, start - 120), start)
    if before is None:
        return False
    words = before["run"].split()
    initials = "".join(w[0] for w in text[start:end].split() if w[:1].isupper())
    acronym = "".join(c for c in words[-1] if c.isalpha()) if words[-1].isupper() else ""
    return any(w in ORG_WORDS or w in ORG_HEADS for w in words) or (len(acronym) > 1 and initials == acronym)


def named_around(text: str, start: int, end: int) -> bool:
    """True when what stands around the run `text[start:end]` names a thing with it: a body's other name in
    brackets (`body_other_name`), a year after it (`“Crna Gora 2016”`, an exercise's name), here or
    anywhere else in the text (`_runs_before_year`), or a dateline's
    spaced dash and a sentence's first word after it, the run opening its line (`Banja Luka - One of the
    most successful campaigns …`: a place)."""
    place = PLACE_DATELINE_RE.match(text, start) if start == 0 or text[start - 1] == "\n" else None
    dateline = place is not None and _SENTENCE_OPENING_RE.match(text, place.end()) is not None
    return (
        body_other_name(text, start, end)
        or YEAR_AFTER_RE.match(text, end) is not None
        or dateline
        or " ".join(text[start:end].split()) in _runs_before_year(text)
    )


_RUN_BEFORE_YEAR_RE = re.compile(
    rf"[A-ZÀ-Ý][\w’'-]*(?:[^\S\n]+[A-ZÀ-Ý][\w’'-]*){{0,4}}(?={YEAR_AFTER_RE.pattern})"
)


@functools.lru_cache(maxsize=8)
def _runs_before_year(text: str) -> frozenset[str]:
    """The runs of capitalised words that `text` writes before a year somewhere (`Ostrava Shield 2022`), each
    with its shorter tails (`Exercise Ostrava Shield 2022` gives `Ostrava Shield` too): an event's name,
    also where the release writes it without its year (`Ostrava Shield brings together …`)."""
    runs: set[str] = set()
    for match in _RUN_BEFORE_YEAR_RE.finditer(text):
        words = match.group().split()
        runs.update(" ".join(words[i:]) for i in range(len(words)) if len(words) - i > 1)
    return frozenset(runs)


_SENTENCE_OPENING_RE = re.compile(
    r"(?:One|The|A|An|In|On|At|During|Over|Some|More|Nearly|Le|La|Les|L['’]|Un|Une|Des|Ce|Cette|Lors|Plus"
    r"|\d{1,2}(?:er)?)\s"
)
"""A sentence's first function word or a day, after a dateline's dash (`Banja Luka - One of …`, `Tel Aviv
(Israel) – 19 November 2009:`)."""


def common_word_then_country(words: list[str]) -> bool:
    """True when a run of two words (`words`) is an English common word, then a country's name (`Shows
    France`, `Thanks Norway`): a sentence opening on a verb or noun before its object, no person."""
    return (
        len(words) == 2 and is_common(words[0]) and is_country(words[1].removesuffix("’s").removesuffix("'s"))
    )


def cut_from_run(text: str, start: int, floor: int) -> bool:
    """True when the one-word run at `start` follows another capitalised word inside its sentence or
    quotation (`l’exercice “Brilliant Jump”`: `Jump`) that is no title, rank, honorific or form of address
    (`President Obama`, `Mr Obama`, `H.E. Obama`): a pipeline's fragment of a longer name, no person."""
    before = _CAPITALISED_BEFORE_RE.search(text, max(floor, start - 60), start)
    if before is None:
        return False
    word = before["word"]
    return not (
        word in TITLE_NOUNS
        or FORM_OF_ADDRESS_RE.fullmatch(word)
        or HONORIFIC_BEFORE_RE.match(text, before.start("word"), start)
        or role_before(text, start, floor) is not None
    )


_RANKS = ("colonel", "general", "admiral", "captain", "commander", "brigadier", "lieutenant", "sergeant")
"""Ranks of seven letters or more, long enough that one letter more, less or changed still reads as them."""


def misspelt_rank(word: str) -> bool:
    """True when `word` is a rank of `_RANKS` with one letter more, less or changed (`Colonnel`, difflib's
    ratio 0.9 or more), not the rank itself nor its plural (`Commanders Conference`): `said Colonnel X` names
    X with that rank, not a person `Colonnel X`; so is a hyphenated rank with one such part (`Leutenant-Colonel`)."""
    lower = word.lower()
    parts = lower.split("-")
    if len(parts) == 2 and all(p in _RANKS or misspelt_rank(p) for p in parts):
        return not all(p in _RANKS for p in parts)
    return (
        lower not in _RANKS
        and lower.removesuffix("s") not in _RANKS
        and any(
            abs(len(lower) - len(rank)) <= 1 and difflib.SequenceMatcher(None, lower, rank).ratio() >= 0.9
            for rank in _RANKS
        )
    )


def event_after_post(text: str, title: str, words: list[str], end: int) -> bool:
    """True when `words`, ending at `end` (code points) after the title `title`, are one common word after a
    post's acronym and before `of` (`COMSFOR Transfer of Authority`, `SACEUR Change of Command`): an event,
    no person."""
    return len(words) == 1 and title in POST_ACRONYMS and all_common(words) and text.startswith(" of ", end)
