"""A cheap French/English guess from stop-word counts; `und` (undetermined) when the counts do not decide."""

from __future__ import annotations

import re

FRENCH_STOP_WORDS = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "de",
        "un",
        "une",
        "et",
        "est",
        "sont",
        "que",
        "qui",
        "dans",
        "pour",
        "par",
        "sur",
        "avec",
        "au",
        "aux",
        "ce",
        "cette",
        "ces",
        "il",
        "elle",
        "nous",
        "vous",
        "ils",
        "leur",
        "leurs",
        "sa",
        "ses",
        "pas",
        "mais",
        "ou",
        "où",
        "été",
        "ont",
        "être",
    ]
)
ENGLISH_STOP_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "are",
        "was",
        "were",
        "that",
        "which",
        "for",
        "with",
        "by",
        "at",
        "from",
        "this",
        "these",
        "it",
        "he",
        "she",
        "we",
        "they",
        "their",
        "his",
        "her",
        "not",
        "but",
        "or",
        "has",
        "have",
        "had",
        "be",
        "been",
        "an",
        "as",
    ]
)
UNDETERMINED = "und"
"""BCP 47 tag for an undetermined language; used instead of a guess."""

_WORD_RE = re.compile(r"[^\W\d_]+")


def stop_word_counts(text: str) -> tuple[int, int]:
    """(French, English) stop-word counts of `text`, case-insensitive; elided `l’`, `d’` count as French."""
    french = english = 0
    for word in _WORD_RE.findall(text.lower()):
        french += word in FRENCH_STOP_WORDS
        english += word in ENGLISH_STOP_WORDS
    french += len(re.findall(r"\b(?:l|d|qu|n|s|j|c)['’]", text, re.IGNORECASE))
    return french, english


def detect_language(text: str, minimum: int = 2) -> str:
    """`fr` or `en` when one language has at least `minimum` stop words and twice the other's; else `und`."""
    french, english = stop_word_counts(text)
    if french >= minimum and french >= 2 * english:
        return "fr"
    if english >= minimum and english >= 2 * french:
        return "en"
    return UNDETERMINED
