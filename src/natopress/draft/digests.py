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


def _items_after(found: Sequence[Line], start: int) -> int:
    """How many dated items open after line `start`: a date line, a headline (`looks_like_title`, no link to
    the page's photos or sound, `_MEDIA_LINK_RE`), then a paragraph that is no headline; chrome lines are
    skipped."""
    texts = [line.text for line in found[start:] if not is_chrome(line.text)]
    return sum(
        1
        for k in range(len(texts) - 2)
        if item_date_line(texts[k])
        and looks_like_title(texts[k + 1])
        and not _MEDIA_LINK_RE.match(texts[k + 1])
        and not looks_like_title(texts[k + 2])
    )


def is_digest(found: Sequence[Line], title_end: int) -> bool:
    """True when the page is a digest: at least `DIGEST_MIN_ITEMS` dated items (`_items_after`) open after
    its title, which ends at `title_end` (code points)."""
    first = next((i for i, line in enumerate(found) if line.start >= title_end), len(found))
    return _items_after(found, first) >= DIGEST_MIN_ITEMS
