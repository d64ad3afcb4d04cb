"""Runs of capitalised words that a name finder may take for a person but that name none, told by where they
stand: a body's other name in brackets after its own (`the Joint Rescue Coordination Centre South
(Hovedredningssentralen Sør-Norge)`), a line opening on a common word before a country (`Shows France’s
commitment`), and a pipeline's one word cut from a longer run (`“Brilliant Jump”`: `Jump`)."""

from __future__ import annotations

import re

from natopress.draft.countries import is_country
from natopress.draft.lexicon import is_common
from natopress.draft.namewords import HONORIFIC_BEFORE_RE, ORG_HEADS, ORG_WORDS, TITLE_NOUNS
from natopress.draft.roles import FORM_OF_ADDRESS_RE, role_before

_BRACKETED_AFTER_RE = re.compile(r"(?P<run>(?:[A-ZÀ-Ý][\w’'.-]*[^\S\n]+){0,6}[A-ZÀ-Ý][\w’'.-]*)[^\S\n]*\(\Z")
"""Capitalised words, then an opening bracket right before a run (`Centre South (` …)."""
_CAPITALISED_BEFORE_RE = re.compile(
    r"(?P<lead>[«“\"]|(?<![\w’'-])[a-zà-ÿ][\w’'-]*[^\S\n]+)(?P<word>[A-ZÀ-Ý][\w’'-]*)[^\S\n]+\Z"
)
"""A capitalised word right before a run, after an opening quotation mark or a lower-case word (inside a
sentence, not opening it: `Today Stoltenberg said` is no fragment)."""


def body_other_name(text: str, start: int, end: int) -> bool:
    """True when the run `text[start:end]` stands alone in brackets right after a body's name, a run of
    capitalised words holding a body's word (`ORG_WORDS`, `ORG_HEADS`): the body's name in another language
    or form (`… Rescue Coordination Centre South (Hovedredningssentralen Sør-Norge)`), no person."""
    if not text.startswith(")", end):
        return False
    before = _BRACKETED_AFTER_RE.search(text, max(0, start - 120), start)
    return before is not None and any(w in ORG_WORDS or w in ORG_HEADS for w in before["run"].split())


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
