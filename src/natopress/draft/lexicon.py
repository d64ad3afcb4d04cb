"""English common words, to tell a run of capitalised common words (`Blue Mosque`, `Monthly Briefing`,
`Best Practices`) from a person's name when nothing in the text says it names a person.

The words are Webster's Second International word list (`web2`) and the GNU Collaborative International
Dictionary of English (`gcide`, which adds later words: `airborne`, `internet`) as packaged by `english-words`
(https://pypi.org/project/english-words/); only the entries they write in lower case are common words
(`mosque`, `briefing`), their capitalised ones being proper nouns (`Riga`). The list has no inflected forms,
so a plural is looked up by its singular (`Practices` -> `practice`, `Emirates` -> `emirate`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence


@functools.cache
def common_words() -> frozenset[str]:
    """The lower-case entries of `web2` and `gcide` (about 215,000 words); loaded once (about 0.2 s).

    Raises ModuleNotFoundError when `english-words` is not installed (the `ingest` extra installs it)."""
    from english_words import get_english_words_set

    return frozenset(
        w for w in get_english_words_set(["web2", "gcide"], lower=False, alpha=True) if w.islower()
    )


def is_common(word: str) -> bool:
    """True when `word` (any case, a possessive or a final full stop dropped) or its singular is an
    English common word. A singular is tried by the regular plural endings only: `-ies` (`Activities`),
    `-es` after a sibilant (`Churches`), `-s` after no `s`, `u` or `i` (`Practices`; not `James`, whose
    `jame` is no word, nor `Mattis`); a British spelling by its American one (`BRITISH_ENDINGS`); a verb by its `-ing` or `-ed` form in words of over seven letters
    (`Countering`, `Recycling`, `Detained`; not `Manning`, `Harding`); a noun in `-ation`/`-ition` is common (the list
    lacks some: `coordination`); a hyphenated word is common when each of its parts is (`Forty-one`)."""
    lower = word.strip(".,’'").lower().removesuffix("’s").removesuffix("'s")
    if "-" in lower.strip("-"):  # `Forty-one`, `Partner-Country`: every part a common word
        return all(is_common(part) for part in lower.split("-") if part)
    candidates = [lower]
    if lower.endswith("ing") and len(lower) > 7:  # `Countering`, `Executing`, `Recycling`; not `Manning`
        candidates += [lower[:-3], lower[:-3] + "e"]
    if lower.endswith("ed") and len(lower) > 7:  # `Detained`, `Improvised`; not `Ahmed`, `Alfred`
        candidates += [lower[:-2], lower[:-1]]
    if lower.endswith(("ation", "ations", "ition", "itions")):  # `Coordination`, missing from `web2`
        return True
    if len(lower) > 4 and lower.endswith("ies"):
        candidates.append(lower[:-3] + "y")
    elif lower.endswith(("ses", "xes", "zes", "ches", "shes")):
        candidates.append(lower[:-2])
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
        candidates.append(lower[:-1])
    candidates += [c.removesuffix(b) + a for c in candidates for b, a in BRITISH_ENDINGS if c.endswith(b)]
    return any(c in common_words() or c in LATER_WORDS for c in candidates)


BRITISH_ENDINGS = (
    ("our", "or"),
    ("tre", "ter"),
    ("mme", "m"),
    ("ence", "ense"),
    ("ise", "ize"),
    ("oeuvre", "euver"),
)
"""British endings and their American spelling, which `web2` lists when it lacks the British one
(`Programme` -> `program`, `Harbour` -> `harbor`, `Theatre` -> `theater`, `Offence` -> `offense`,
`Manoeuvre` -> `maneuver`): the regular correspondences of British and American spelling (Oxford English
Dictionary's spelling notes; Webster's own `-or`, `-er`, `-ize` forms)."""


LATER_WORDS = frozenset(
    [
        "cyber",
        "cyberspace",
        "website",
        "ops",
        "intel",
        "wargame",
        "wargaming",
        "counterterrorism",
        "deconfliction",
        "warfighting",
        "geospatial",
        "teleconference",
        "videoconference",
        "hackathon",
        "podcast",
        "webinar",
        "startup",
        "smartphone",
    ]
)
"""Common words of military and technical English younger than `web2` (1934) and `gcide` (1913 at its core):
`Cyberspace Situational Awareness`, `Log Ops` name no person."""
ABSTRACT_ENDINGS = ("ness", "ity", "ities", "tion", "tions", "sion", "sions", "ship", "ships", "ism")
"""Endings of abstract nouns (`Awareness`, `Security`, `Coordination`, `Partnership`): a common word with one
is no surname (unlike `-ment`, `-ance`: `Clement`, `Vance`)."""


def abstract_noun(word: str) -> bool:
    """True when `word` is an English common word (`is_common`) with an abstract noun's ending
    (`ABSTRACT_ENDINGS`): the last word of a thing's name, not a person's (`Rescue Coordination`); or any
    word of seven letters or more ending in `-ism`, which no dictionary lists whole (`A New Atlanticism`)."""
    lower = word.lower()
    return (lower.endswith(ABSTRACT_ENDINGS) and is_common(word)) or (
        len(lower) >= 7 and lower.endswith("ism")
    )


def all_common(words: Sequence[str]) -> bool:
    """True when every one of `words` is an English common word (`is_common`): a run that names a thing,
    not a person, unless a title, rank or honorific says otherwise."""
    return bool(words) and all(is_common(w) for w in words)


def past_participle(word: str) -> bool:
    """True when `word` is a capitalised past participle of an English common verb, six letters or more: the
    verb and `-ed` (`Awarded`), or a verb in `-e` and `-d` (`Welcomed`); the predicate of a headline after a
    post (`Former Logistics Manager Decorated`), no name. Not `Waleed` (`wale` would make
    `waled`), `Alfred`, nor a shorter name (`Ahmed`, `Jared`)."""
    lower = word.lower()
    if not word[:1].isupper() or len(lower) < 6 or not lower.endswith("ed"):
        return False
    stem = lower[:-2]
    return (not stem.endswith("e") and stem in common_words()) or lower[:-1] in common_words()
