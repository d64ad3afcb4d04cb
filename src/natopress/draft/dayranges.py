"""Days a release states that are no single day (natopress.draft.eventdates): ranges, a second day
coordinated with the first, a span's end, and a weekday with its day number alone (ANNOTATION_GUIDELINES.md
§4)."""

from __future__ import annotations

import re

from natopress.draft.dates import DAY_RANGE_RE, PLACE, WEEKDAY_DAY_RE, WEEKDAYS
from natopress.text.sentences import rough_sentence_start


def no_single_day(text: str, match: re.Match[str], start: int, stop: int) -> bool:
    """True when `match` states no single day: a range (`Le vendredi 16 et le samedi 17 février 2018`, `le
    26 août et se poursuivra jusqu’au 24 septembre`, `kicks off 08 September and runs through Sept. 22,
    2017`, a second day coordinated with the first: `visited Prague on 18 March and Bratislava on 19 March`)
    or a weekday with its day number alone (`on Saturday (20th)`: no month), or the day of the event closing
    a span (`until his untimely death on 13 August 1994`), or the day an action ended whose beginning's day
    its sentence states before (`The airlift, which commenced on 5 March 2010, was completed on 16 March
    2010`), or a day a duration of days follows (`à partir de mardi (1er avril 2014), pour deux jours`), or
    the day after or before it (`on 22 October and a morning session the next day`, `et, la veille,`)."""
    return bool(
        match.re in (DAY_RANGE_RE, WEEKDAY_DAY_RE)
        or _ended_span(text, match, start)
        or _DURATION_AFTER_RE.match(text, match.end(), stop)
        or _UNTIL_AFTER_RE.match(text, match.end(), stop)
        or _SECOND_DAY_AFTER_RE.match(text, match.end(), stop)
        or _NEXT_DAY_AFTER_RE.match(text, match.end(), stop)
        or _UNTIL_BEFORE_RE.search(text, max(start, match.start() - 20), match.start())
        or _UNTIL_EVENT_BEFORE_RE.search(text, max(start, match.start() - 60), match.start())
    )


_DURATION_AFTER_RE = re.compile(
    r"\)?\s*,?\s+(?:pour|for|durant|pendant|over)\s+(?:deux|trois|quatre|cinq|two|three|four|five|[2-9])\s+(?:jours|days)\b",
    re.IGNORECASE,
)
"""A duration of days right after a day (`à partir de mardi (1er avril 2014), pour deux jours`, `on 3 May for
two days`): the first day of a span, no single day."""
_ENDED = r"(?:completed|ended|concluded|finished|terminated|s['’]est\s+(?:achevée?s?|terminée?s?)|(?:a|ont)\s+pris\s+fin)"
"""The verb of an action's end (`completed`, `s’est achevée`, `a pris fin`), as a pattern to embed."""
_ENDED_BEFORE_RE = re.compile(rf"(?<![\w’'-]){_ENDED}\s+(?:(?:on|le)\s+(?:the\s+)?)?\Z", re.IGNORECASE)
"""Before a day (and its `on`/`le`, which a prose date may hold), the verb of an action's end (`was completed
on`, `s’est achevée le`)."""
_BEGAN_DAY_RE = re.compile(
    rf"(?<![\w’'-])(?:commenced|began|begun|started|kicked\s+off|a\s+(?:commencé|débuté)|ont\s+(?:commencé|débuté))"
    rf"\s+(?:on|le)\s+(?:the\s+)?(?:(?:{WEEKDAYS})\s*,?\s*)?\d{{1,2}}",
    re.IGNORECASE,
)
"""A day an action began on, with its verb (`which commenced on 5 March 2010`, `qui a débuté le 3 mai`)."""


def _ended_span(text: str, match: re.Match[str], start: int) -> bool:
    """True when an action's end verb stands right before the day `match` and its sentence (not before
    `start`) states the day it began before it: a span, no single day (ANNOTATION_GUIDELINES.md §4)."""
    if _ENDED_BEFORE_RE.search(text, max(start, match.start() - 40), match.start()) is None:
        return False
    sentence = max(start, rough_sentence_start(text, match.start()))
    return _BEGAN_DAY_RE.search(text, sentence, match.start()) is not None


_SECOND_DAY_AFTER_RE = re.compile(
    r",?\s+(?:and|et)\s+(?:(?:a|an|une?)\s+(?:[\w’'-]+\s+){1,2}?(?=(?:to|in|at|à|en|au)\s))?"
    rf"(?:(?:to|in|at|à|en|au)\s+(?:the\s+|la\s+|l['’])?)?(?:(?-i:{PLACE})\s+)?(?:on|le)\s+(?:(?:{WEEKDAYS})\s*,?\s*)?\d{{1,2}}\b",
    re.IGNORECASE,
)
"""A second day coordinated with a first, maybe with its own place (`paid a visit to Prague on 18 March
and to Bratislava on 19 March`, `le 3 mai et à Varsovie le 4 mai`) and its own noun (`a stop in Velgrad on 4
May, and a visit to Castel Brenno on 8 May`): the event spans both, no single day."""
_NEXT_DAY_AFTER_RE = re.compile(
    r"\)?\s+(?:and|et)(?:\s*,)?\s+(?:(?:a|an|the|une?|la|le)\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:the\s+(?:next|following|previous)\s+day|the\s+day\s+before|le\s+lendemain|la\s+veille)(?![\w’'-])",
    re.IGNORECASE,
)
"""A second day after or before the first, named by the day after or before (`at a working dinner on 22 October
and a morning session the next day`, `le 3 mai et le lendemain`, `ce jeudi (12 mars 2015) et, la veille,`):
the event spans both, no single day."""
_UNTIL = r"(?:jusqu['’](?:au|à)|through|until|till)"
"""The words that state a range's last day (`jusqu’au`, `through`), as a pattern to embed."""
_UNTIL_BEFORE_RE = re.compile(rf"(?<![\w’'-]){_UNTIL}\s+(?:the\s+|le\s+)?\Z", re.I)
"""Before a day, the end of a range whose first day the text states in another form or not at all (`runs
through Sept. 22, 2017`): no single day."""
_UNTIL_EVENT_BEFORE_RE = re.compile(
    rf"(?<![\w’'-]){_UNTIL}\s+(?:his|her|their|its|the|sa|son|ses|la|le|l['’])\s*[^\d,;:.()\n]{{1,40}}?(?:\s(?:on|le))?\s+\Z",
    re.IGNORECASE,
)
"""Before a day, the end of a span named by its closing event (`served as Secretary General from 1 July 1988
until his untimely death on 13 August 1994`): no single day."""


_UNTIL_AFTER_RE = re.compile(
    r"\s*,?\s+(?:et\s+|and\s+)?(?:(?:il|elle|it|they)\s+)?(?:se\s+poursuivr\w+\s+|(?:will\s+)?(?:run|last|continue)s?\s+)?"
    rf"{_UNTIL}\s+(?:\w+,?\s+)?\d{{1,2}}"
    rf"|\s*,?\s+(?:and|et)\s+(?:(?:il|elle|it|they)\s+)?(?:was\s+|were\s+)?{_ENDED}\s+(?:on|le)\s+(?:\w+,?\s+)?\d{{1,2}}",
    re.IGNORECASE,
)
"""A day's end stated after a first day with a verb between (`le 26 août et se poursuivra jusqu’au 24
septembre`, `on 21 May and will last until 6 June`, `started on 19 May 2009 and it will continue until 31 May
2009`, `from Thursday, 11 January, till Friday, 12 January`), or its end's verb and day (`began on 2 March
2010 and ended on 4 March 2010`, `le 1er mars et s’est achevée le 4 mars`): a range, no single day."""
