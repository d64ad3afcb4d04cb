"""A digest's page: several dated news items, each under its own headline, and no headline of the page.

The older site's weekly (`Week of 10-14 March 2003`) and a mission's magazine (`Mission Monthly` ⏎ `May
2005`) gathered a period's news as items: a date line, the item's headline, its paragraphs. The first
item's headline is no title of the page (ANNOTATION_GUIDELINES.md section 1)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from natopress.draft.chrome import is_chrome
from natopress.draft.dates import DAY_RANGE_RE, date_alone
from natopress.draft.lines import Line
from natopress.draft.titlelines import looks_like_title

DIGEST_MIN_ITEMS = 2
"""The fewest dated items after the first that make a page a digest: one more item is a related link's
place (section 1)."""


def item_date_line(line: str) -> bool:
    """True for a line holding one date or one range of days alone (`11 Mar 2003`, `3rd May`, `10-12 Mar
    2003`)."""
    stripped = line.strip()
    return date_alone(stripped) or DAY_RANGE_RE.fullmatch(stripped) is not None


_MEDIA_LINK_RE = re.compile(
    r"(?:high[ -]resolution\s+)?(?:photos?|pictures?|images?|videos?|audio(?:\s+files?)?|vidéos?|fichiers?\s+audio)"
    r"\s+(?:of|from|de|du|des|d['’])\s",
    re.IGNORECASE,
)
"""A dated link to the page's photos, video or sound (`23/11/2005` ⏎ `High resolution photos of the arrival of
…`, `Audio file of the press point …`): the page's multimedia box, no news item."""


_SHORT_HEADLINE_RE = re.compile(r"[^.!?;:\n]{10,120}\.")
"""A headline written as one short sentence with its full stop (`Velgrad hosts civil emergency planning
course.`), as the older site's weekly set some items' headlines."""
_SHORT_HEADLINE_WORDS = 12
"""The most words such a headline has."""


def _headline(line: str) -> bool:
    """True when `line` reads as an item's headline: `looks_like_title`, or one short sentence with its full
    stop (`_SHORT_HEADLINE_RE`); never a link to the page's photos or sound (`_MEDIA_LINK_RE`)."""
    short = _SHORT_HEADLINE_RE.fullmatch(line.strip()) and len(line.split()) <= _SHORT_HEADLINE_WORDS
    return bool(looks_like_title(line) or short) and not _MEDIA_LINK_RE.match(line)


def _items_after(found: Sequence[Line], start: int) -> int:
    """How many dated items open after line `start`, chrome lines skipped: a date line then a line that is
    no date line, when at least one of them opens as an item does, with a headline (`_headline`) and then a
    paragraph that is no headline or the end of the excerpt (an item may open straight on its paragraph:
    `9 Nov. 2001` ⏎ `Twelve research teams received grants …`); else 0."""
    texts = [line.text for line in found[start:] if not is_chrome(line.text)]
    dated = [
        k for k in range(len(texts) - 1) if item_date_line(texts[k]) and not item_date_line(texts[k + 1])
    ]
    headed = any(
        _headline(texts[k + 1]) and (k + 2 == len(texts) or not looks_like_title(texts[k + 2])) for k in dated
    )
    return len(dated) if headed else 0


def is_digest(found: Sequence[Line], title_end: int) -> bool:
    """True when the page is a digest: at least `DIGEST_MIN_ITEMS` dated items (`_items_after`) open after
    its title, which ends at `title_end` (code points)."""
    first = next((i for i, line in enumerate(found) if line.start >= title_end), len(found))
    return _items_after(found, first) >= DIGEST_MIN_ITEMS
