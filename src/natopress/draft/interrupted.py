"""Reported speech without quotation marks that an attribution set between two commas interrupts (`Defence
reform, Ms X said, remains …`, `P, a déclaré M. X, Q`): the words after the attribution are an
indirect quote, and so are the words before it when they are more than a subject or an opening phrase
(guidelines 2.1). natopress.draft.inverted reads an attribution closing the clause (`P, he said.`)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from natopress.draft.dates import after_dateline
from natopress.draft.entities import SpeakerResolver
from natopress.draft.inverted import LEADING_SETTING_RE, MARKS_RE, MIN_WORDS, attribution_in
from natopress.draft.speech import CUE_RE
from natopress.draft.tails import PREDICATE_RE
from natopress.text.sentences import Range, trim, without_final_punctuation

_CONJUNCTION_RE = re.compile(
    r"(?:and|et|but|mais|because|car|as|comme|that|que|qu['’]|or|ou|so)(?![\w’'-])", re.IGNORECASE
)
"""A conjunction opening the words after an attribution's second comma: the sentence goes on past the
clause (`P, he said, because Q`: natopress.draft.tails), no interrupted clause."""
_NOT_CONTENT_RE = re.compile(
    r"(?:where|which|who|whom|when|while|in|at|on|during|after|before|to|from|with|for|today|yesterday|où|qui"
    r"|dont|lorsque|lors|à|au|aux|en|pendant|devant|dans|avec|après|avant|ce|cette|aujourd['’]hui|hier"
    r"|[a-z]{3,}ing|[a-zé]{3,}ant)(?![\w’'-])",
    re.IGNORECASE,
)
"""What opens the words after an attribution's second comma when they are still the attribution's: where,
when or how the words were said (`P, Ms X said at the opening of the centre, which …`, `P, he said, in a
speech at …`, `P, a-t-il déclaré, lors de …`, `P, he said, adding that Q`): P alone is the quote."""
_NEXT_ACT_RE = re.compile(r",\s+(?:[a-z]{3,}ing|[a-zé]{3,}ant)\s")
"""A participle after a comma in the words after the attribution: the speaker's next act (`P, praising the
crews …`) ends the clause."""
_SINGLE_OPENING_RE = re.compile(r"(?<!\w)[‘’'](?=\w)")
"""A single mark opening a word (the text folds `‘` to `’`): a quotation in single marks, no unmarked clause."""
_VERB_OPENING_RE = re.compile(
    r"(?:ne|n['’]|se|s['’]|y|[a-zàâçéèêîôû]{2,}(?:ra|ront|rait|raient|ait|aient)|[a-z]{3,}ed)(?![\w’'-])"
)
"""Besides `PREDICATE_RE`, what opens a clause's finite verb: a French clitic (`ne`, `se`, `y`), a French
future, conditional or imperfect (`mettra`, `permettrait`, `devait`), an English past (`marked`): the
words before the attribution are the subject alone (`Cet ordre du jour, a-t-il déclaré, mettra en valeur …`)."""
MAX_ATTRIBUTION_WORDS = 10
"""The most words an attribution between commas holds (`a déclaré le secrétaire général de l’OTAN, M. X`);
a longer run is a main clause (`General X spoke at length about the training of …`)."""

Interruption = tuple[Range, Range | None, Range | None, Range, Range]
"""(sentence, words before, words after, cue, speaker mention): at least one of the words before and after
is a quote."""


_ASIDE_RE = re.compile(
    rf",\s+(?:and|et)\s+(?P<who>[^,;:.!?«»“”\"\n]{{1,60}}?)\s+(?P<second>{CUE_RE.pattern}),\s*(?:that|que|qu['’])",
    re.IGNORECASE,
)
"""An aside right after a verb of saying that names a second speaker and verb before `that`/`que` (`X also
stressed, and President Y agreed, that P`)."""


def aside_first_cue(text: str, sentence_start: int, cue: Range) -> Range:
    """The cue of a clause whose verb of saying `cue` closes an aside (`_ASIDE_RE`) set between the subject's
    own verb of saying and `that`/`que` (`X also stressed, and President Y agreed, that P`): that first verb,
    whose subject speaks (guidelines 2.4); else `cue`. Ranges are code points of `text`."""
    for first in CUE_RE.finditer(text, sentence_start, cue[0]):
        aside = _ASIDE_RE.match(text, first.end())
        if aside is not None and aside.end("second") == cue[1]:
            return first.span()
    return cue


def aside_partner(text: str, resolver: SpeakerResolver, cue: Range) -> str | None:
    """The person whom the aside (`_ASIDE_RE`) right after `cue` names (`X also stressed, and President Y
    agreed, that P`: Y, who speaks with X; guidelines 2.4), or None. Ranges are code points of `text`."""
    aside = _ASIDE_RE.match(text, cue[1])
    named = resolver.persons_within(*aside.span("who")) if aside is not None else []
    return named[0].entity if named else None


def interrupted_indirect(
    text: str, sentences: Sequence[Range], resolver: SpeakerResolver, quoted: Callable[[int], bool]
) -> list[Interruption]:
    """The interruptions (`Interruption`) of sentences without quotation marks whose clause an attribution
    between two commas (`attribution_in`: `he said`, `a déclaré M. X`, `a-t-il ajouté`; ten words at most)
    interrupts, the words before it holding no verb of saying. The words before are a quote when they are
    four words or more, name no person (`M. X a remercié le ministre …, l’Ostravie étant, a-t-il ajouté, P`:
    narration) and no finite verb opens the words after (the subject alone: `PREDICATE_RE`); the words
    after, up to a participle after a comma, when two words or more, four or more in all, and opening with
    no setting, relative or participle (`_NOT_CONTENT_RE`: then the words before alone). `quoted(position)`
    is True inside a quotation (the speaker's own words). Ranges are code points of `text`."""
    found = []
    for start, end in sentences:
        start, end = without_final_punctuation(text, start, end)
        start = after_dateline(text, start, end)
        if MARKS_RE.search(text, start, end) or _SINGLE_OPENING_RE.search(text, start, end) or quoted(start):
            continue
        commas = [position for position in range(start, end) if text[position] == ","]
        for first, second in itertools.pairwise(commas):
            tail = trim(text, first + 1, second)
            if _CONJUNCTION_RE.match(text, trim(text, second + 1, end)[0]):
                continue
            if len(text[slice(*tail)].split()) > MAX_ATTRIBUTION_WORDS:
                continue
            attribution = attribution_in(text, tail, resolver)
            if attribution is None:
                continue
            if CUE_RE.search(text, start, first) is None and not LEADING_SETTING_RE.fullmatch(
                text, *trim(text, start, first)
            ):  # `Parmi les réformes attendues, il a mentionné A, B et C`: a setting, no interruption
                found += _pieces(text, resolver, (start, first), (second + 1, end), attribution)
            break
    return found


def _pieces(
    text: str, resolver: SpeakerResolver, before: Range, after: Range, attribution: tuple[Range, Range]
) -> list[Interruption]:
    """The interruption of one sentence, `before` and `after` its attribution (see `interrupted_indirect`),
    or none."""
    sentence = trim(text, before[0], after[1])
    before, after = trim(text, *before), trim(text, *after)
    next_act = _NEXT_ACT_RE.search(text, *after)
    after = trim(text, after[0], next_act.start()) if next_act is not None else after
    words = len(text[slice(*before)].split()), len(text[slice(*after)].split())
    own = words[0] >= MIN_WORDS and not resolver.persons_within(*before)
    if _NOT_CONTENT_RE.match(text, after[0]):
        return [(sentence, before, None, *attribution)] if own else []
    if words[1] < 2 or sum(words) < MIN_WORDS:
        return []
    whole = own and not (PREDICATE_RE.match(text, after[0]) or _VERB_OPENING_RE.match(text, after[0]))
    return [(sentence, before if whole else None, after, *attribution)]
