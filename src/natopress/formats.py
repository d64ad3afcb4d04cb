"""The date and date-time formats of the annotation format: one parse and one written form each, shared by
the model (natopress.model), both schema validators and the checks, none of which may disagree."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
DATETIME_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(?:T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?(?:Z|[+-][0-9]{2}:[0-9]{2})?)?$"
DATETIME_FORMAT = "natopress-date-time"
"""RFC 3339 `date-time` requires an offset, which the source often lacks; this format allows none, and allows
a date alone for an update item that shows no time (`Updated: 16-Aug-2006`), rather than an invented one."""

UPDATE_LABEL = (
    r"(?:mis à jour le|mis à jour|mise(?:[ -]à[ -]|-+|\s+)jour|dernière mise à jour|last updated|last update"
    r"|page updated|updated|update(?=\s*:))"
)
"""The label of a page's update item (`Mis à jour le`, `Last updated`, `Page Updated`), also as stored with
its accents lost (`Mise--jour`, `Mise jour`), and `Update:`; case-insensitive where it is used (the drafts'
date block, and NP503: an `updated` span holding it is the page's own statement)."""

# `$` also matches before a final newline in Python; `\Z` is the end of the text, as in the schema's dialect.
_DATE = re.compile(DATE_PATTERN[:-1] + r"\Z")
_DATETIME = re.compile(DATETIME_PATTERN[:-1] + r"\Z")


def parse_date(value: str) -> dt.date:
    """The date `YYYY-MM-DD` (ISO 8601, a day that exists); ValueError for anything else."""
    if _DATE.match(value) is None:
        raise ValueError(f"string should match pattern '{DATE_PATTERN}'")
    return dt.date.fromisoformat(value)


def parse_datetime(value: str) -> dt.datetime | dt.date:
    """The date-time `YYYY-MM-DDTHH:MM:SS[.ffffff][Z|+HH:MM]` (offset optional), or the date `YYYY-MM-DD`
    alone (a `datetime.date`: the source shows no time); ValueError otherwise."""
    if _DATETIME.match(value) is None:
        raise ValueError(f"string should match pattern '{DATETIME_PATTERN}'")
    if "T" not in value:
        return dt.date.fromisoformat(value)
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


def day_of(value: dt.date | dt.datetime) -> dt.date:
    """The calendar day of a date or date-time (`parse_datetime`'s result)."""
    return value.date() if isinstance(value, dt.datetime) else value


def format_datetime(value: dt.datetime | dt.date) -> str:
    """The written form of a date-time (what `natopress format` writes): ISO 8601, UTC as `Z`, microseconds
    only when not zero, no offset when the time zone is unknown; a date alone as `YYYY-MM-DD`.
    `parse_datetime` reads it back."""
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _format(parse: Callable[[str], object]) -> Callable[[object], bool]:
    """A JSON Schema format check: True for a string `parse` reads, and for any non-string (the `type`
    keyword's concern, as JSON Schema's formats leave other types alone)."""

    def check(value: object) -> bool:
        """Whether `value` is in the format."""
        if not isinstance(value, str):
            return True
        try:
            parse(value)
        except ValueError:
            return False
        return True

    return check


is_date = _format(parse_date)
"""The `date` format (parse_date)."""
is_datetime = _format(parse_datetime)
"""The `natopress-date-time` format (parse_datetime)."""

FORMATS = {"date": is_date, DATETIME_FORMAT: is_datetime}
"""The schema's formats by name, for both validators (natopress.compiled and validate.schema_errors)."""
