"""Pages stored as the fields of a content system's form (sto.nato.int's news archive: `Title: …`,
`Start_Publishing: 26/09/2023`, `Page_ID: 3917`, `Main_Body_Multi: …`): which lines are fields and what
each field's value is (natopress.draft.segmenter makes them segments)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from natopress.draft.datelines import is_date_line
from natopress.draft.lines import Line
from natopress.model import SegmentKind

FIELD_RE = re.compile(r"(?P<label>[A-Z][A-Za-z]*(?:_[A-Za-z]+)+|Title):[^\S\n]*")
"""A form field's name opening its line, then its value: a name joining words with underscores
(`Start_Publishing:`, `Main_Body_Multi:`, SharePoint's internal field names), or `Title:`."""
_MIN_FIELDS = 2
"""How many lines must open on a name with underscores for the page to be a form: one alone may be a
sentence's label."""
_DATE_LABEL_RE = re.compile(r"publish|date|created|modified", re.IGNORECASE)
"""A field whose value is the page's date (`Start_Publishing`, `Publishing_Date`)."""
_BODY_MIN_WORDS = 8
"""The fewest words of a field's value that is body text (`Main_Body_Multi: Last week, a contingent …`);
shorter values (`Panel_Page: STO`, `Page_ID: 3917`) are the system's own."""

FieldSegment = tuple[SegmentKind, int, int]
"""A segment of a form line: kind, start and end (code points)."""


def form_segments(found: Sequence[Line]) -> dict[int, list[FieldSegment]]:
    """The segments of each field line of a form page, by line index (empty when the page is no form:
    fewer than `_MIN_FIELDS` lines open on a field name with underscores): a field's name is chrome; the
    value of `Title:` is the title, a date field's date (`Start_Publishing: 26/09/2023`) the date block,
    a value of `_BODY_MIN_WORDS` words or more body text, any other value chrome. A line above the title
    field that ends with its value (`STONewsArchive: Finland hosts …`, the list's name and the title) is
    chrome too."""
    fields = {k: m for k, line in enumerate(found) if (m := FIELD_RE.match(line.text)) is not None}
    if sum("_" in m["label"] for m in fields.values()) < _MIN_FIELDS:
        return {}
    segments: dict[int, list[FieldSegment]] = {}
    for k, match in fields.items():
        line = found[k]
        value, start = line.text[match.end() :], line.start + match.end()
        if match["label"] == "Title" and value:
            kind = SegmentKind.TITLE
            if any(found[j].text.endswith(value) for j in range(k)):  # `STONewsArchive: Finland hosts …`
                above = (j for j in range(k) if j not in fields)  # over `Title: Finland hosts …`
                segments.update({j: [(SegmentKind.CHROME, found[j].start, found[j].end)] for j in above})
        elif value and _DATE_LABEL_RE.search(match["label"]) and is_date_line(value):
            kind = SegmentKind.DATE_BLOCK
        elif len(value.split()) >= _BODY_MIN_WORDS:
            kind = SegmentKind.BODY
        else:
            segments[k] = [(SegmentKind.CHROME, line.start, line.end)]
            continue
        segments[k] = [
            (SegmentKind.CHROME, line.start, line.start + match.end("label") + 1),
            (kind, start, line.end),
        ]
    return segments
